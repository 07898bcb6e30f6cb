"""A neutral layout model that every format reader produces and the field detector reads.

Readers turn their format into paragraphs (text lines) and tables (grids of cells). In a line a
tab character stands for a blank space left for writing: a wide gap on a PDF page, a tab or a run of
spaces in a word processor. This lets one set of field-detection rules serve PDF, DOCX, HWPX and HWP.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom
MAX_TABLE_ROWS = 2000
MAX_TABLE_COLS = 256
#: stands in a cell's text where a nested table sits; the nested table is a block of its own
NESTED_TABLE = "⧉"


@dataclass(frozen=True)
class Line:
    text: str  # tabs mark blanks
    index: int  # 1-based paragraph number in the document (PDF: line number on the page)
    page: Optional[int] = None
    bbox: Optional[BBox] = None
    heading_level: int = 0  # >0 for headings, which become context for the fields below them
    # A native field (click-here field, content control) embedded in the paragraph: (name, hint)
    native: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Cell:
    row: int  # 0-based
    col: int  # 0-based
    text: str  # lines joined by "\n"; tabs mark blanks
    rowspan: int = 1
    colspan: int = 1
    bbox: Optional[BBox] = None
    shaded: bool = False  # a filled background usually marks a label cell
    native: tuple[tuple[str, str], ...] = ()
    has_checkbox: bool = False  # a form checkbox control sits in the cell
    height: Optional[float] = None  # points, where known: tall empty cells are free-text areas
    width: Optional[float] = None  # points, where known: narrow empty cells are boxes to tick


@dataclass(frozen=True)
class Table:
    index: int  # 1-based in the document
    cells: tuple[Cell, ...]
    n_rows: int
    n_cols: int
    page: Optional[int] = None

    @classmethod
    def of(cls, index: int, cells: list[Cell], page: Optional[int] = None) -> "Table":
        """A table sized by its cells, within bounds: a damaged file can claim any number of rows, and
        the grid must not grow with the claim."""
        kept = []
        for c in cells:
            if c.row >= MAX_TABLE_ROWS or c.col >= MAX_TABLE_COLS:
                continue
            if c.row + c.rowspan > MAX_TABLE_ROWS or c.col + c.colspan > MAX_TABLE_COLS:
                c = Cell(**{**c.__dict__, "rowspan": min(c.rowspan, MAX_TABLE_ROWS - c.row),
                            "colspan": min(c.colspan, MAX_TABLE_COLS - c.col)})
            kept.append(c)
        n_rows = max((c.row + c.rowspan for c in kept), default=0)
        n_cols = max((c.col + c.colspan for c in kept), default=0)
        return cls(index=index, cells=tuple(kept), n_rows=n_rows, n_cols=n_cols, page=page)

    def grid(self) -> list[list[Optional[Cell]]]:
        """Row-major grid; a merged cell occupies every slot it spans."""
        g: list[list[Optional[Cell]]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, min(c.row + c.rowspan, self.n_rows)):
                for k in range(c.col, min(c.col + c.colspan, self.n_cols)):
                    g[r][k] = c
        return g


Block = Union[Line, Table]


@dataclass(frozen=True)
class Layout:
    """The readable content of one document, in reading order."""

    blocks: tuple[Block, ...]
    page_count: Optional[int] = None


def layout_text(layout: Layout, limit: int = 4000) -> str:
    """The first ``limit`` characters of a layout's text, for classifying the document."""
    parts: list[str] = []
    n = 0
    for b in layout.blocks:
        t = b.text if isinstance(b, Line) else " ".join(c.text for c in b.cells)
        parts.append(t)
        n += len(t)
        if n > limit:
            break
    return "\n".join(parts)[:limit]
