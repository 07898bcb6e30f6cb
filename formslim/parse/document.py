"""From a reader's layout to a :class:`~formslim.model.Document`: the steps every word-processor
format (DOCX, HWPX, HWP, XLSX) shares — field detection, a title, the document kind, and the
attachments a checklist lists."""
from __future__ import annotations

from typing import Optional

from ..limits import check, current
from ..model import Document, Field
from ..text import clean_label
from .classify import classify, listed_attachments
from .layout import Layout, Line, Table, layout_text


def layout_budget(layout: Layout) -> None:
    """Paragraphs and table grid slots within ``Limits`` before fields are looked for: the field rules
    walk every grid slot, and a few KB of XML can claim a 2,000 × 256 table many times over."""
    lim = current()
    check(sum(1 for b in layout.blocks if isinstance(b, Line)), lim.paragraphs, "paragraphs")
    check(sum(b.n_rows * b.n_cols for b in layout.blocks if isinstance(b, Table)), lim.table_cells,
          "table cells (rows × columns of all tables)")


def first_text(layout: Layout) -> str:
    """The first short line of a document, as a stand-in title."""
    for b in layout.blocks:
        if isinstance(b, Line) and b.text.strip() and len(b.text.strip()) <= 80:
            return clean_label(b.text)
    return ""


def document_from_layout(layout: Layout, rel: str, fmt: str, title: str = "", page_count: Optional[int] = None,
                         language: str = "und", fields: Optional[list[Field]] = None,
                         warnings: tuple[str, ...] = (), fillable: Optional[bool] = None) -> Document:
    """Detect the fields of ``layout`` (unless given) and describe the document."""
    from ..fields.detect import detect_fields

    layout_budget(layout)
    if fields is None:
        fields = detect_fields(layout, rel, fmt)
    check(len(fields), current().fields, "fields")
    title = title or first_text(layout)
    kind = classify(title, rel, layout_text(layout), tuple(fields))
    listed = listed_attachments(layout_text(layout, 40000)) if kind == "checklist" else ()
    return Document(path=rel, format=fmt, kind=kind, title=title, page_count=page_count, fields=tuple(fields),
                    warnings=tuple(warnings), language=language, attachments=listed,
                    fillable=any(f.name for f in fields) if fillable is None else fillable)
