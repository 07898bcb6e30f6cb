"""The running text and the file's own metadata of a document, for the tools that compare what people
wrote rather than what a form asks (``formslim screen``).

A :class:`DocumentText` holds the passages of a document in reading order (paragraphs and table cells,
as printed) and what the file says about where it came from: author and last editor, company, template,
the application that saved it and when, the revision-save ids a word processor writes, the fonts it
names and the hashes of its embedded images. It is read with the same readers and under the same
limits as a form (:func:`formslim.parse.guarded`); nothing in it is interpreted.
"""
from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import asdict, dataclass
from typing import Callable, Iterable, Optional

from ..limits import current
from .xmlsafe import local_name, parse_xml, part_names, read_part

#: metadata keys, in the order reports show them
META_KEYS = ("author", "last_modified_by", "company", "manager", "template", "application", "created", "modified",
             "revision_ids", "fonts", "doc_id")
#: at most this many characters of text per document, and this many embedded images hashed
MAX_CHARS = 2_000_000
MAX_IMAGES = 200


@dataclass(frozen=True)
class DocumentText:
    path: str
    format: str
    passages: tuple[str, ...]  # paragraphs and table cells in reading order, as printed
    metadata: tuple[tuple[str, str], ...] = ()  # (key, value): see META_KEYS; lists joined by "; "
    images: tuple[str, ...] = ()  # sha256 of each embedded image, in the file's order

    @property
    def meta(self) -> dict[str, str]:
        return dict(self.metadata)

    def to_dict(self) -> dict:
        out = asdict(self)
        out["metadata"] = dict(self.metadata)
        return out


def read_text(path: str, rel: Optional[str] = None) -> DocumentText:
    """The passages and metadata of one file (PDF, DOCX, HWPX, HWP). Raises ``InputFileError``."""
    from . import guarded

    return guarded(path, rel, _TEXT_READERS)


def _passages(blocks: Iterable) -> list[str]:
    from .layout import Line, Table

    out: list[str] = []
    total = 0
    for b in blocks:
        texts = [b.text] if isinstance(b, Line) else \
            [line for c in b.cells for line in c.text.split("\n")] if isinstance(b, Table) else []
        for t in texts:
            t = re.sub(r"\s+", " ", t.replace("\t", " ")).strip()
            if t:
                out.append(t)
                total += len(t)
                if total > MAX_CHARS:
                    return out
    return out


def _meta(pairs: dict[str, str]) -> tuple[tuple[str, str], ...]:
    clean = {}
    for k, v in pairs.items():
        v = re.sub(r"\s+", " ", str(v or "")).strip()
        if v and v.isprintable():
            clean[k] = v[:300]
    return tuple((k, clean[k]) for k in META_KEYS if k in clean)


def _hashes(blobs: Iterable[bytes]) -> tuple[str, ...]:
    out = []
    for b in blobs:
        if len(out) >= MAX_IMAGES:
            break
        if b:
            out.append(hashlib.sha256(b).hexdigest())
    return tuple(out)


def _zip_members(z: zipfile.ZipFile, prefix: str, rel: str) -> list[bytes]:
    limit = current().part_bytes
    out = []
    for name in sorted(part_names(z)):
        if name.startswith(prefix) and not name.endswith("/") and len(out) < MAX_IMAGES:
            try:
                out.append(read_part(z, name, rel, limit))
            except Exception:
                continue  # an image over the limit is simply not compared
    return out


def _xml(z: zipfile.ZipFile, name: str, rel: str):
    if name not in part_names(z):
        return None
    return parse_xml(read_part(z, name, rel), rel, name)


def _docx_text(path: str, rel: str) -> DocumentText:
    from .docx import read_docx_layout

    layout, _ = read_docx_layout(path)
    meta: dict[str, str] = {}
    with zipfile.ZipFile(path) as z:
        core = _xml(z, "docProps/core.xml", rel)
        if core is not None:
            names = {"creator": "author", "lastModifiedBy": "last_modified_by", "created": "created",
                     "modified": "modified"}
            for el in core.iter():
                key = names.get(local_name(el.tag))
                if key and (el.text or "").strip():
                    meta[key] = el.text.strip()
        app = _xml(z, "docProps/app.xml", rel)
        if app is not None:
            for el in app.iter():
                tag = local_name(el.tag)
                if tag in ("Company", "Manager", "Template") and (el.text or "").strip():
                    meta[tag.lower()] = el.text.strip()
                elif tag == "Application" and (el.text or "").strip():
                    meta["application"] = el.text.strip() + meta.get("application", "")
                elif tag == "AppVersion" and (el.text or "").strip():
                    meta["application"] = meta.get("application", "") + " " + el.text.strip()
        settings = _xml(z, "word/settings.xml", rel)
        if settings is not None:
            rsids = sorted({v for el in settings.iter() if local_name(el.tag) in ("rsid", "rsidRoot")
                            for k, v in el.attrib.items() if local_name(k) == "val"})
            if rsids:
                meta["revision_ids"] = "; ".join(rsids[:500])
            doc_id = next((v for el in settings.iter() if local_name(el.tag) == "docId"
                           for k, v in el.attrib.items() if local_name(k) == "val"), "")
            if doc_id:
                meta["doc_id"] = doc_id
        fonts = _xml(z, "word/fontTable.xml", rel)
        if fonts is not None:
            meta["fonts"] = "; ".join(sorted({v for el in fonts.iter() if local_name(el.tag) == "font"
                                              for k, v in el.attrib.items() if local_name(k) == "name"}))
        images = _zip_members(z, "word/media/", rel)
    return DocumentText(path=rel, format="docx", passages=tuple(_passages(layout.blocks)), metadata=_meta(meta),
                        images=_hashes(images))


def _hwpx_text(path: str, rel: str) -> DocumentText:
    from .hwpx import read_hwpx_layout

    layout, _ = read_hwpx_layout(path, rel)
    meta: dict[str, str] = {}
    with zipfile.ZipFile(path) as z:
        hpf = _xml(z, "Contents/content.hpf", rel)
        if hpf is not None:
            names = {"creator": "author", "lastsaveby": "last_modified_by", "createddate": "created",
                     "modifieddate": "modified", "company": "company"}
            for el in hpf.iter():
                if local_name(el.tag) == "meta":
                    key = names.get(str(el.get("name") or "").lower())
                    if key and (el.text or "").strip():
                        meta[key] = el.text.strip()
        version = _xml(z, "version.xml", rel)
        if version is not None:
            app = " ".join(str(version.get(k) or "") for k in ("application", "appVersion")).strip()
            if app:
                meta["application"] = app
        header = _xml(z, "Contents/header.xml", rel)
        if header is not None:
            meta["fonts"] = "; ".join(sorted({str(el.get("face") or "") for el in header.iter()
                                              if local_name(el.tag) == "font" and el.get("face")}))
        images = _zip_members(z, "BinData/", rel)
    return DocumentText(path=rel, format="hwpx", passages=tuple(_passages(layout.blocks)), metadata=_meta(meta),
                        images=_hashes(images))


def _hwp_text(path: str, rel: str) -> DocumentText:
    import olefile

    from .hwp import read_hwp_layout

    layout, _ = read_hwp_layout(path, rel)
    meta: dict[str, str] = {}
    images: list[bytes] = []
    ole = olefile.OleFileIO(path)
    try:
        from .hwp import summary_properties

        props = summary_properties(ole)
        for pid, key in ((4, "author"), (8, "last_modified_by"), (12, "created"), (13, "modified")):
            if pid in props:
                meta[key] = props[pid] if isinstance(props[pid], str) else props[pid].isoformat()
        limit = current().part_bytes
        for entry in ole.listdir():
            if entry and entry[0] == "BinData" and len(images) < MAX_IMAGES:
                try:
                    if ole.get_size(entry) <= limit:
                        images.append(ole.openstream(entry).read(limit))
                except Exception:
                    continue
    finally:
        ole.close()
    return DocumentText(path=rel, format="hwp", passages=tuple(_passages(layout.blocks)), metadata=_meta(meta),
                        images=_hashes(images))


def _pdf_text(path: str, rel: str) -> DocumentText:
    import pypdfium2 as pdfium

    from .pdf import page_tree_budget
    from .pdf_objects import open_reader

    meta: dict[str, str] = {}
    reader = open_reader(path)
    page_tree_budget(reader, rel)
    info = reader.metadata or {}
    for src, key in (("/Author", "author"), ("/Creator", "application"), ("/Producer", "application"),
                     ("/CreationDate", "created"), ("/ModDate", "modified"), ("/Company", "company")):
        value = info.get(src)
        if value and key not in meta:
            meta[key] = str(value)
    passages: list[str] = []
    total = 0
    pdf = pdfium.PdfDocument(path)
    try:
        for i in range(min(len(pdf), current().layout_pages)):
            page = pdf[i]
            try:
                tp = page.get_textpage()
                text = tp.get_text_range()
                tp.close()
            finally:
                page.close()
            for block in re.split(r"\n\s*\n|\r\n", text):
                t = re.sub(r"\s+", " ", block).strip()
                if t:
                    passages.append(t)
                    total += len(t)
            if total > MAX_CHARS:
                break
    finally:
        pdf.close()
    return DocumentText(path=rel, format="pdf", passages=tuple(passages), metadata=_meta(meta))


_TEXT_READERS: dict[str, Callable[[str, str], DocumentText]] = {
    "docx": _docx_text, "hwpx": _hwpx_text, "hwp": _hwp_text, "pdf": _pdf_text}
