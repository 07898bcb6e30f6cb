"""The field inventory of a package as a table, CSV or JSON (``formslim fields``)."""
from __future__ import annotations

import csv
import io
import json

from .. import __version__
from ..model import Package
from ..text import display_width

SCHEMA = "formslim.fields/1"
COLUMNS = ("file", "locator", "id", "label", "name", "kind", "required", "options", "page", "table", "row", "column",
           "bbox", "context", "subject", "repeats", "source", "confidence", "label_source", "max_length")


def csv_safe(value):
    """Spreadsheets run a cell that starts with = + - @ as a formula: see :func:`formslim.safe_output.csv_cell`."""
    from ..safe_output import csv_cell

    return csv_cell(value)


def field_records(package: Package) -> list[dict]:
    """One flat record per field: what scripts read from ``--format json|csv``."""
    rows = []
    for doc in package.documents:
        for f in doc.fields:
            loc = f.location
            rows.append({
                "file": doc.path, "locator": doc.locator, "document": doc.key, "document_title": doc.title,
                "subject": f.subject, "id": f.id, "label": f.label, "normalized_label": f.normalized_label,
                "name": f.name, "kind": f.kind, "required": f.required, "options": list(f.options),
                "max_length": f.max_length, "page": loc.page, "bbox": list(loc.bbox) if loc.bbox else None,
                "table": loc.table, "row": loc.row, "column": loc.column, "paragraph": loc.paragraph,
                "context": list(f.context), "repeats": f.repeats, "source": f.source,
                "confidence": f.confidence, "label_source": f.label_source, "calculation": f.calculation,
                "read_only": f.read_only, "choose": f.choose, "part_of": f.part_of,
                "hint": f.hint, "question": f.question, "caption": f.caption,
                "block_note": f.block_note, "heading": f.heading, "line": f.line, "condition": f.condition,
            })
    return rows


def to_json(package: Package) -> str:
    doc = {
        "schema": SCHEMA,
        "formslim_version": __version__,
        "package": package.name,
        "documents": [d.to_dict(with_fields=False) for d in package.documents],
        "problems": [p.to_dict() for p in package.problems],
        "fields": field_records(package),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def to_csv(package: Package) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in field_records(package):
        w.writerow([csv_safe(x) for x in ["; ".join(r[c]) if c in ("options", "context") else
                    (" ".join(str(v) for v in r[c]) if c == "bbox" and r[c] else
                     ("" if r[c] is None else r[c])) for c in COLUMNS]])
    return buf.getvalue()


def _fit(s: str, n: int) -> str:
    s = s.replace("\n", " ").replace("\t", " ")
    out, w = "", 0
    for ch in s:
        cw = display_width(ch)
        if w + cw > n - (1 if display_width(s) > n else 0):
            out += "…"
            w += 1
            break
        out += ch
        w += cw
    return out + " " * max(n - w, 0)


def to_table(package: Package) -> str:
    """A human-readable table, one block per document (East Asian wide characters aligned)."""
    lines = []
    for doc in package.documents:
        lines.append(f"{doc.path}  [{doc.format}, {doc.kind}, {doc.page_count or '?'} p., {len(doc.fields)} fields"
                     f"{', fillable' if doc.fillable else ''}]  {doc.title}".rstrip())
        for w in doc.warnings:
            lines.append(f"  ! {w}")
        for f in doc.fields:
            where = f.location.describe()
            req = "*" if f.required else " "
            opts = f" [{' / '.join(f.options)}]" if f.options else ""
            rep = f" ×{f.repeats}" if f.repeats > 1 else ""
            lines.append(f"  {req}{_fit(f.label + opts + rep, 48)} {_fit(f.kind, 10)} {_fit(where, 18)} "
                         f"{_fit(f.name or '', 30)} {f.confidence:.2f}".rstrip())
        lines.append("")
    total = sum(len(d.fields) for d in package.documents)
    lines.append(f"{len(package.documents)} document(s), {total} field(s), {len(package.problems)} problem(s)")
    return "\n".join(lines) + "\n"
