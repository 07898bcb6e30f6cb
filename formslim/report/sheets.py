"""Spreadsheets an analyst opens and filters: one writer for the report's XLSX and the batch catalogue's.

Each sheet has a bold, shaded header row that stays in view (frozen panes) with filters on, columns as
wide as their content (within bounds), long text wrapped and numbers as numbers.
Text from documents is written as text: characters a worksheet refuses are replaced, and a value that
looks like a formula ("=1+1", "+cmd", "-2+3", "@SUM(…)") is stored as a string, never evaluated.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ..safe_output import xml_text
from .packaging import settle


@dataclass
class Sheet:
    title: str
    header: Sequence[str]
    rows: list[Sequence[Any]] = field(default_factory=list)


_MAX_WIDTH, _MIN_WIDTH = 60, 8


def write_xlsx(sheets: Sequence[Sheet], path: Path, creator: str = "formslim") -> None:
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E9EEF5")
    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet in sheets:
        ws = wb.create_sheet(_title(sheet.title, [s.title for s in wb.worksheets]))
        ws.append([xml_text(str(h)) for h in sheet.header])
        for cell in ws[1]:
            cell.font, cell.fill = bold, fill
        widths = [len(str(h)) for h in sheet.header]
        for r, row in enumerate(sheet.rows, start=2):
            for c, v in enumerate(row, start=1):
                if isinstance(v, str):
                    v = xml_text(ILLEGAL_CHARACTERS_RE.sub(" ", v))
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, str):
                    cell.data_type = "s"  # a label such as "=1+1" stays text, never a formula
                    if len(v) > _MAX_WIDTH:
                        cell.alignment = wrap
                elif isinstance(v, float):
                    cell.number_format = "#,##0.0"
                elif isinstance(v, int) and not isinstance(v, bool):
                    cell.number_format = "#,##0"
                if c - 1 < len(widths):
                    widths[c - 1] = max(widths[c - 1], min(len(str(v)) if v is not None else 0, _MAX_WIDTH))
        for i, w in enumerate(widths, start=1):
            # a Korean syllable is about twice as wide as a Latin letter
            ws.column_dimensions[get_column_letter(i)].width = max(_MIN_WIDTH, min(_MAX_WIDTH, w * 1.3 + 2))
        ws.freeze_panes = "A2"
        if sheet.rows:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.header))}{len(sheet.rows) + 1}"
    wb.properties.creator = creator
    wb.save(path)
    settle(path)


def _title(title: str, taken: list[str]) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of []:*?/\\, unique."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()[:31] or "Sheet"
    name, n = clean, 2
    while name in taken:
        name = f"{clean[:28]} {n}"
        n += 1
    return name
