"""DOCX reader: body paragraphs and tables (merged cells, nested tables), content controls,
legacy form fields, check-box characters, headings."""
from __future__ import annotations

import re
from typing import Iterator, Optional

from ..limits import check, current
from .layout import MAX_TABLE_COLS, NESTED_TABLE, Cell, Layout, Line, Table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_SPACES = re.compile(r" {3,}")


def read_docx_layout(path: str) -> tuple[Layout, dict]:
    import docx  # python-docx

    _docx_budget(path)
    doc = docx.Document(path)
    body = doc.element.body
    walker = _Walker(doc)
    blocks = list(walker.blocks(body))
    props = doc.core_properties
    pages = _app_pages(path)
    meta = {"title": (props.title or "").strip(), "page_count": pages}
    return Layout(blocks=tuple(blocks), page_count=pages), meta


def _docx_budget(path: str) -> None:
    """Count paragraphs and cells in the raw XML before python-docx builds a tree of it: a DOCX of
    100 KB can hold millions of empty paragraphs."""
    import zipfile

    from .xmlsafe import read_part

    lim = current()
    from ..errors import InputFileError
    from ..limits import BudgetExceeded

    with zipfile.ZipFile(path) as z:
        try:
            data = read_part(z, "word/document.xml", "")
        except InputFileError as exc:
            raise BudgetExceeded(exc.message) from None
    check(data.count(b"<w:p>") + data.count(b"<w:p "), lim.paragraphs, "paragraphs")
    check(data.count(b"<w:tc>") + data.count(b"<w:tc "), lim.table_cells, "table cells")


def _app_pages(path: str) -> Optional[int]:
    """docProps/app.xml carries the page count the authoring program saw last."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        try:
            info = z.getinfo("docProps/app.xml")
        except KeyError:
            return None
        if info.file_size > 1_000_000:
            return None
        m = re.search(rb"<Pages>(\d+)</Pages>", z.read(info))
    return int(m.group(1)) if m else None


class _Walker:
    def __init__(self, doc) -> None:
        self.doc = doc
        self.para_no = 0
        self.table_no = 0
        self.max_paragraphs = current().paragraphs
        self.styles = {s.style_id: (s.name or "") for s in doc.styles if getattr(s, "style_id", None)}

    def blocks(self, container) -> Iterator:
        for el in container.iterchildren():
            tag = el.tag
            if tag == W + "p":
                yield from self.paragraph(el)
            elif tag == W + "tbl":
                yield from self.table(el)
            elif tag == W + "sdt":
                content = el.find(W + "sdtContent")
                name, hint, kind = _sdt_info(el)
                if content is not None and name and kind == "text" and len(content) == 1 and content[0].tag == W + "p":
                    self.para_no += 1
                    yield Line(text="\x00", index=self.para_no, native=((name, hint),))
                elif content is not None:
                    yield from self.blocks(content)

    def paragraph(self, p) -> Iterator[Line]:
        self.para_no += 1
        check(self.para_no, self.max_paragraphs, "paragraphs")
        text, native = _paragraph_text(p)
        if "\n" in text:  # text boxes: each of their paragraphs is a line
            first, *rest = text.split("\n")
            yield from self._line(p, first, native)
            for extra in rest:
                if extra.strip():
                    self.para_no += 1
                    yield Line(text=extra, index=self.para_no)
            return
        yield from self._line(p, text, native)

    def _line(self, p, text: str, native) -> Iterator[Line]:
        level = 0
        ppr = p.find(W + "pPr")
        if ppr is not None:
            st = ppr.find(W + "pStyle")
            if st is not None:
                name = self.styles.get(st.get(W + "val"), st.get(W + "val") or "").lower()
                m = re.search(r"(?:heading|제목)\s*(\d)", name)
                if m:
                    level = int(m.group(1))
                elif name in ("title", "제목"):
                    level = 1
            ol = ppr.find(W + "outlineLvl")
            if ol is not None and not level and text.strip():
                level = int(ol.get(W + "val", "0")) + 1
        if text.strip() or native:
            yield Line(text=text, index=self.para_no, heading_level=level if text.strip() else 0, native=native)

    def table(self, tbl) -> Iterator:
        self.table_no += 1
        index = self.table_no
        cells: list[Cell] = []
        nested: list = []
        open_by_col: dict[int, int] = {}  # grid column → index in cells of a cell that may continue below
        rows = tbl.findall(W + "tr")
        for r, tr in enumerate(rows):
            col = 0
            trpr = tr.find(W + "trPr")
            height = None
            if trpr is not None:
                gb = trpr.find(W + "gridBefore")
                if gb is not None:  # a damaged file may claim any number: the grid has at most MAX_TABLE_COLS
                    col += min(max(int(gb.get(W + "val", "0")), 0), MAX_TABLE_COLS)
                h = trpr.find(W + "trHeight")
                if h is not None and (h.get(W + "val") or "").isdigit():
                    height = int(h.get(W + "val")) / 20.0
            for tc in _row_cells(tr):
                tcpr = tc.find(W + "tcPr")
                span, vmerge, shaded, width = 1, None, False, None
                if tcpr is not None:
                    tcw = tcpr.find(W + "tcW")
                    if tcw is not None and tcw.get(W + "type") == "dxa" and (tcw.get(W + "w") or "").isdigit():
                        width = int(tcw.get(W + "w")) / 20.0
                    gs = tcpr.find(W + "gridSpan")
                    if gs is not None:
                        span = min(max(int(gs.get(W + "val", "1")), 1), MAX_TABLE_COLS)
                    vm = tcpr.find(W + "vMerge")
                    if vm is not None:
                        vmerge = vm.get(W + "val", "continue")
                    shd = tcpr.find(W + "shd")
                    if shd is not None and (shd.get(W + "fill") or "auto").lower() not in ("auto", "ffffff", "none"):
                        shaded = True
                if vmerge == "continue" and col in open_by_col:
                    i = open_by_col[col]
                    prev = cells[i]
                    cells[i] = Cell(row=prev.row, col=prev.col, text=prev.text, rowspan=prev.rowspan + 1,
                                    colspan=prev.colspan, shaded=prev.shaded, native=prev.native,
                                    has_checkbox=prev.has_checkbox,
                                    height=(prev.height or 0) + (height or 0) or None)
                    col += span
                    continue
                texts, native, checkbox = [], [], False
                for child in tc.iterchildren():
                    if child.tag == W + "p":
                        t, nat = _paragraph_text(child)
                        texts.append(t.replace("\x00", "").strip("\n"))
                        native += nat
                    elif child.tag == W + "tbl":
                        nested.append(child)
                        texts.append(NESTED_TABLE)
                    elif child.tag == W + "sdt":
                        name, hint, kind = _sdt_info(child)
                        if name and kind == "text":
                            native.append((name, hint))
                        else:
                            for p in child.iter(W + "p"):
                                t, nat = _paragraph_text(p)
                                texts.append(t.replace("\x00", ""))
                                native += nat
                if any(el.tag == W14 + "checkbox" for el in tc.iter()):
                    checkbox = True
                cells.append(Cell(row=r, col=col, text="\n".join(texts).strip("\n"), colspan=span,
                                  shaded=shaded, native=tuple(native), has_checkbox=checkbox, height=height,
                                  width=width))
                for k in range(col, col + span):
                    open_by_col.pop(k, None)
                open_by_col[col] = len(cells) - 1
                col += span
        yield Table.of(index, cells)
        for t in nested:
            yield from self.table(t)


def _row_cells(tr) -> Iterator:
    for el in tr.iterchildren():
        if el.tag == W + "tc":
            yield el
        elif el.tag in (W + "sdt", W + "customXml"):
            content = el.find(W + "sdtContent") if el.tag == W + "sdt" else el
            if content is not None:
                yield from (c for c in content.iterchildren() if c.tag == W + "tc")


def _sdt_info(sdt) -> tuple[str, str, str]:
    pr = sdt.find(W + "sdtPr")
    name, kind = "", "text"
    if pr is not None:
        for tag in ("tag", "alias"):
            el = pr.find(W + tag)
            if el is not None and el.get(W + "val"):
                name = el.get(W + "val")
                break
        if pr.find(W14 + "checkbox") is not None:
            kind = "checkbox"
        elif pr.find(W + "dropDownList") is not None or pr.find(W + "comboBox") is not None:
            kind = "choice"
        elif pr.find(W + "date") is not None:
            kind = "date"
    content = sdt.find(W + "sdtContent")
    # a block-level control holds paragraphs; a run-level one (inside a paragraph) holds runs
    hint = (" ".join(_all_text(content)) or "".join(t.text or "" for t in content.iter(W + "t"))) \
        if content is not None else ""
    return name, hint.strip(), kind


def _all_text(el) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in el.iter(W + "p")]


MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def _paragraph_text(p) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Text of a paragraph with tabs kept as blanks; content controls and legacy form fields become
    native fields, check-box controls become ``☐``. Text boxes anchored in the paragraph follow on
    lines of their own; the fallback copy of a drawing (mc:Fallback) and deleted text are skipped."""
    parts: list[str] = []
    native: list[tuple[str, str]] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag == MC + "Fallback" or tag == W + "delText":
                continue
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag == W + "tab":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                parts.append(" ")
            elif tag == W + "ffData":  # legacy form field: name and kind live here
                nm = child.find(W + "name")
                name = nm.get(W + "val") if nm is not None else ""
                if child.find(W + "checkBox") is not None:
                    parts.append("☐")
                elif name:
                    native.append((name, ""))
                    parts.append("\x00")
            elif tag == W + "sdt":
                name, hint, kind = _sdt_info(child)
                if kind != "checkbox" and name:
                    native.append((name, hint))
                    parts.append("\x00")
                else:
                    walk(child)  # a check-box control renders as a box character
            elif tag == W + "txbxContent":
                for sub in child.iter(W + "p"):
                    parts.append("\n")
                    walk(sub)
                parts.append("\n")  # the paragraph's own text resumes after the box
            else:
                walk(child)

    walk(p)
    text = _SPACES.sub("\t", "".join(parts))
    return text, tuple(native)


def read_docx(path: str, rel: str):
    """A DOCX file as a :class:`~formslim.model.Document`."""
    from .document import document_from_layout

    layout, meta = read_docx_layout(path)
    return document_from_layout(layout, rel, "docx", title=meta["title"], page_count=meta["page_count"])
