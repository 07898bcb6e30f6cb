"""XLSX reader (openpyxl): each sheet's used range as a table, merged cells kept, data-validation
lists as options. Formula cells are computed, not asked, and are left out."""
from __future__ import annotations

import contextlib
from dataclasses import replace

from ..limits import check, current
from ..model import Document
from .layout import Cell, Layout, Line, Table

def _merge_budget(path: str) -> None:
    """Count the merged ranges of every sheet in its raw XML before openpyxl parses a million of them."""
    import zipfile

    lim = current()
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            name = info.filename.replace("\\", "/")
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                count, tail = 0, b""
                with z.open(info) as fh:
                    while True:
                        chunk = fh.read(1 << 20)
                        if not chunk:
                            break
                        count += (tail + chunk).count(b"<mergeCell ")
                        tail = chunk[-10:]
                check(count, lim.merged_ranges, f"merged ranges in {name.rsplit('/', 1)[-1]}")


@contextlib.contextmanager
def _bounded_merges():
    """openpyxl makes a cell object for every cell a merged range covers: one ``A1:XFD1048576``
    (12 KB of XML) is 17 billion cells. While a workbook loads, each range is clipped to the rows and
    columns the reader will look at (the sheet's used range, within ``Limits.sheet_cells``)."""
    from openpyxl.worksheet import _reader
    from openpyxl.worksheet.cell_range import MultiCellRange
    from openpyxl.worksheet.merge import MergedCellRange

    original = _reader.WorksheetReader.bind_merged_cells

    def bind_merged_cells(self):
        if not self.parser.merged_cells:
            return
        ws = self.ws
        max_col = max(ws.max_column, 1)
        max_row = min(ws.max_row, max(current().sheet_cells // max_col, 1))
        ranges, area = [], 0
        for cr in self.parser.merged_cells.mergeCell:
            try:
                mcr = MergedCellRange(ws, cr.ref)
            except (ValueError, TypeError):
                continue
            if mcr.min_row > max_row or mcr.min_col > max_col:
                continue
            mcr.max_row, mcr.max_col = min(mcr.max_row, max_row), min(mcr.max_col, max_col)
            area += mcr.size["rows"] * mcr.size["columns"]
            check(area, 4 * current().sheet_cells, f"cells under merged ranges in sheet '{ws.title}'")
            ws._clean_merge_range(mcr)
            ranges.append(mcr)
        ws.merged_cells = MultiCellRange(ranges)

    _reader.WorksheetReader.bind_merged_cells = bind_merged_cells
    try:
        yield
    finally:
        _reader.WorksheetReader.bind_merged_cells = original


def read_xlsx(path: str, rel: str) -> Document:
    import openpyxl

    from ..fields.detect import detect_fields

    _merge_budget(path)
    with _bounded_merges():
        wb = openpyxl.load_workbook(path, read_only=False, data_only=False)
    max_cells = current().sheet_cells
    blocks: list = []
    warnings: list[str] = []
    options_at: dict[tuple[int, int, int], tuple[str, ...]] = {}
    try:
        for si, ws in enumerate(wb.worksheets, 1):
            if ws.max_row * ws.max_column > max_cells:
                warnings.append(f"sheet '{ws.title}' has over {max_cells} cells; read the first {max_cells}")
            blocks.append(Line(text=ws.title, index=si, heading_level=1))
            merged = {}
            for rng in ws.merged_cells.ranges:
                merged[(rng.min_row, rng.min_col)] = (rng.max_row - rng.min_row + 1, rng.max_col - rng.min_col + 1)
            covered = {(r, c) for rng in ws.merged_cells.ranges
                       for r in range(rng.min_row, rng.max_row + 1) for c in range(rng.min_col, rng.max_col + 1)
                       if (r, c) != (rng.min_row, rng.min_col)}
            # (a validation's range is clipped to the cells the sheet holds — "A1:XFD1048576" names 17 billion —
            # and the cells given options are within the sheet's cell budget: 2,000 whole-sheet validations ran
            # past the time limit, held-back hostile set, session 19)
            given = 0
            for dv in getattr(ws.data_validations, "dataValidation", []) or []:
                if dv.type == "list" and dv.formula1 and dv.formula1.startswith('"'):
                    opts = tuple(o.strip() for o in dv.formula1.strip('"').split(",") if o.strip())
                    for rng in dv.sqref.ranges:
                        last_row = min(rng.max_row, rng.min_row + 50, ws.max_row)
                        last_col = min(rng.max_col, ws.max_column)
                        given += max(0, last_row - rng.min_row + 1) * max(0, last_col - rng.min_col + 1)
                        if given > max_cells:
                            break
                        for r in range(rng.min_row, last_row + 1):
                            for c in range(rng.min_col, last_col + 1):
                                options_at[(si, r - 1, c - 1)] = opts
                if given > max_cells:
                    warnings.append(f"sheet '{ws.title}': answer lists of more than {max_cells} cells; the rest not read")
                    break
            cells = []
            max_r = min(ws.max_row, max_cells // max(ws.max_column, 1))
            for row in ws.iter_rows(min_row=1, max_row=max_r):
                for cell in row:
                    r, c = cell.row, cell.column
                    if (r, c) in covered:
                        continue
                    v = cell.value
                    if isinstance(v, str) and v.startswith("="):
                        text = "=formula"
                    else:
                        text = "" if v is None else str(v)
                    rs, cs = merged.get((r, c), (1, 1))
                    fill = getattr(cell.fill, "fgColor", None)
                    shaded = bool(cell.fill and cell.fill.fill_type == "solid" and fill is not None
                                  and str(fill.rgb) not in ("FFFFFFFF", "00000000"))
                    cells.append(Cell(row=r - 1, col=c - 1, text=text, rowspan=rs, colspan=cs, shaded=shaded))
            # trim trailing empty columns and rows that only carry formatting
            used = [c for c in cells if c.text]
            if not used:
                continue
            n_rows = max(c.row + c.rowspan for c in used)
            n_cols = max(c.col + c.colspan for c in used)
            cells = [c for c in cells if c.row < n_rows and c.col < n_cols]
            blocks.append(Table.of(si, cells))
    finally:
        wb.close()
    layout = Layout(blocks=tuple(blocks), page_count=None)
    fields = detect_fields(layout, rel, "xlsx")
    out = []
    for f in fields:
        loc = f.location
        opts = options_at.get((loc.table or 0, (loc.row or 0) - 1, (loc.column or 0) - 1))
        if opts and not f.options:
            f = replace(f, options=opts, kind="choice")
        out.append(f)
    title = wb.properties.title or (wb.worksheets[0].title if wb.worksheets else "")
    from .document import document_from_layout

    return document_from_layout(layout, rel, "xlsx", title=title or "", fields=out, warnings=tuple(warnings),
                                fillable=bool(options_at))
