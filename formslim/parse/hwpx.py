"""HWPX reader (OWPML, KS X 6101): a zip of XML parts. Paragraphs, tables with spans (nested too),
click-here fields (누름틀) with their names and hints, check-box characters, headers and footers."""
from __future__ import annotations

import re
import zipfile
from typing import Iterator

from ..limits import check, current
from ..model import Document
from .layout import NESTED_TABLE, Cell, Layout, Line, Table
from .xmlsafe import local_name as _local
from .xmlsafe import parse_xml, part_names, read_part

HWPUNIT_PER_POINT = 100.0  # 1/7200 inch
_SPACES = re.compile(r" {3,}")


def _children(el, name: str):
    return [c for c in el if _local(c.tag) == name]


def section_parts(z: zipfile.ZipFile, rel: str) -> list[str]:
    """Section files in reading order: the spine of content.hpf, else by number."""
    names = set(part_names(z))
    order: list[str] = []
    if "Contents/content.hpf" in names:
        root = parse_xml(read_part(z, "Contents/content.hpf", rel), rel, "Contents/content.hpf")
        items = {}
        for el in root.iter():
            if _local(el.tag) == "item" and el.get("id") and el.get("href"):
                items[el.get("id")] = el.get("href")
        for el in root.iter():
            if _local(el.tag) == "itemref":
                href = items.get(el.get("idref"), "")
                if re.search(r"section\d+\.xml$", href):
                    order.append(href if href in names else f"Contents/{href.split('/')[-1]}")
    if not order:
        order = sorted((n for n in names if re.fullmatch(r"Contents/section\d+\.xml", n)),
                       key=lambda n: int(re.findall(r"\d+", n)[-1]))
    order = list(dict.fromkeys(n for n in order if n in names))  # a section named twice is read once
    check(len(order), current().sections, "body sections")
    return order


def read_hwpx_layout(path: str, rel: str) -> tuple[Layout, dict]:
    from ..errors import InputFileError

    with zipfile.ZipFile(path) as z:
        parts = section_parts(z, rel)
        if not parts:
            raise InputFileError(rel, "corrupt", "HWPX archive has no body sections (Contents/section*.xml)")
        title = ""
        if "Contents/content.hpf" in part_names(z):
            hpf = parse_xml(read_part(z, "Contents/content.hpf", rel), rel, "content.hpf")
            for el in hpf.iter():
                if _local(el.tag) == "title" and (el.text or "").strip():
                    title = el.text.strip()
                    break
        walker = _Walker()
        for part in parts:
            root = parse_xml(read_part(z, part, rel), rel, part)
            walker.section(root)
    return Layout(blocks=tuple(walker.blocks), page_count=None), {"title": title}


class _Walker:
    def __init__(self) -> None:
        self.blocks: list = []
        self.para_no = 0
        self.table_no = 0
        self.max_paragraphs = current().paragraphs

    def section(self, root) -> None:
        for p in root:
            if _local(p.tag) == "p":
                self.paragraph(p)

    def paragraph(self, p) -> None:
        text, native, tables = _paragraph_content(p)
        self.para_no += 1
        check(self.para_no, self.max_paragraphs, "paragraphs")
        # headers and footers: their paragraphs come first as plain lines
        for sub in _header_footer_paragraphs(p):
            t, nat, _ = _paragraph_content(sub)
            if t.strip() or nat:
                self.para_no += 1
                self.blocks.append(Line(text=t, index=self.para_no, native=nat))
        if text.strip() or native:
            self.blocks.append(Line(text=text, index=self.para_no, native=native))
        for tbl in tables:
            self.table(tbl)

    def table(self, tbl, depth: int = 0) -> None:
        if depth > 20:
            return
        self.table_no += 1
        index = self.table_no
        cells: list[Cell] = []
        nested: list = []
        for tr in _children(tbl, "tr"):
            for tc in _children(tr, "tc"):
                addr = next(iter(_children(tc, "cellAddr")), None)
                span = next(iter(_children(tc, "cellSpan")), None)
                size = next(iter(_children(tc, "cellSz")), None)
                col = int(addr.get("colAddr", 0)) if addr is not None else 0
                row = int(addr.get("rowAddr", 0)) if addr is not None else 0
                cs = int(span.get("colSpan", 1)) if span is not None else 1
                rs = int(span.get("rowSpan", 1)) if span is not None else 1
                height = int(size.get("height", 0)) / HWPUNIT_PER_POINT if size is not None else None
                width = int(size.get("width", 0)) / HWPUNIT_PER_POINT if size is not None else None
                texts, native = [], []
                for sub in _children(tc, "subList"):
                    for p in _children(sub, "p"):
                        t, nat, inner = _paragraph_content(p)
                        texts.append(t.replace("\x00", ""))
                        native += nat
                        for it in inner:
                            nested.append(it)
                            texts.append(NESTED_TABLE)
                cells.append(Cell(row=row, col=col, text="\n".join(texts).strip("\n"), rowspan=max(rs, 1),
                                  colspan=max(cs, 1), native=tuple(native), height=height, width=width))
        self.blocks.append(Table.of(index, cells))
        for t in nested:
            self.table(t, depth + 1)


def _header_footer_paragraphs(p) -> Iterator:
    for el in p.iter():
        if _local(el.tag) in ("header", "footer"):
            for sub in el.iter():
                if _local(sub.tag) == "subList":
                    yield from _children(sub, "p")


def _paragraph_content(p) -> tuple[str, tuple[tuple[str, str], ...], list]:
    """Text of one paragraph (tabs kept), its click-here fields, and the tables anchored in it."""
    parts: list[str] = []
    native: list[tuple[str, str]] = []
    tables: list = []
    in_field = 0
    for run in _children(p, "run"):
        for el in run:
            name = _local(el.tag)
            if name == "t":
                if in_field:
                    continue  # the current content of a click-here field: a hint or a filled answer
                parts.append(_t_text(el))
            elif name == "tab":
                parts.append("\t")
            elif name == "ctrl":
                for c in el:
                    cname = _local(c.tag)
                    if cname == "fieldBegin":
                        if (c.get("type") or "").upper() == "CLICK_HERE":
                            hint = ""
                            for prm in c.iter():
                                if _local(prm.tag) == "stringParam" and prm.get("name") == "Direction":
                                    hint = (prm.text or "").strip()
                            native.append((c.get("name") or "", hint))
                            parts.append("\x00")
                            in_field += 1
                    elif cname == "fieldEnd" and in_field:
                        in_field -= 1
            elif name == "tbl":
                tables.append(el)
            elif name in ("pic", "container", "rect", "ellipse", "polygon", "curve", "line", "arc"):
                for sub in el.iter():  # text boxes inside drawing objects
                    if _local(sub.tag) == "t":
                        parts.append(_t_text(sub))
    text = "".join(parts)
    text = _SPACES.sub("\t", text)
    return text, tuple(native), tables


def _t_text(t) -> str:
    out = [t.text or ""]
    for c in t:
        name = _local(c.tag)
        if name == "tab":
            out.append("\t")
        elif name in ("lineBreak",):
            out.append(" ")
        elif name in ("fwSpace", "nbSpace"):
            out.append(" ")
        out.append(c.tail or "")
    return "".join(out)


def read_hwpx(path: str, rel: str) -> Document:
    """An HWPX file as a :class:`~formslim.model.Document`."""
    from .document import document_from_layout

    layout, meta = read_hwpx_layout(path, rel)
    return document_from_layout(layout, rel, "hwpx", title=meta["title"], language="ko")
