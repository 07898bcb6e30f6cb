"""A neutral layout model that every format reader produces and the field detector reads.

Readers turn their format into paragraphs (text lines) and tables (grids of cells). In a line a
tab character stands for a blank space left for writing: a wide gap on a PDF page, a tab or a run of
spaces in a word processor. This lets one set of field-detection rules serve PDF, DOCX, HWPX and HWP.
"""
from __future__ import annotations

import re
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
    boxed: bool = False  # the cell's text sits in a one-cell box drawn inside it (an answer box)


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
            if c.row >= MAX_TABLE_ROWS or c.col >= MAX_TABLE_COLS or c.row < 0 or c.col < 0:
                continue  # a cell address a damaged file gives out of the grid (a fuzzed HWPX: a negative one)
            if c.rowspan < 1 or c.colspan < 1:
                c = Cell(**{**c.__dict__, "rowspan": max(c.rowspan, 1), "colspan": max(c.colspan, 1)})
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


def _seal_box(table: Table) -> str:
    """The seal word of a small nested table that is only the place for a seal ("관인", "직인"), else ""."""
    if table.n_rows > 2 or table.n_cols > 3 or any(NESTED_TABLE in c.text for c in table.cells):
        return ""
    words = [re.sub(r"\s", "", c.text).strip("()") for c in table.cells if c.text.strip()]
    return words[0] if len(words) == 1 and words[0] in ("관인", "직인", "인", "서명또는인", "날인") else ""


def inline_boxes(layout: Layout) -> Layout:
    """A one-cell table nested in a cell is a box drawn inside that cell — in Korean templates, the
    answer box with its guidance ("아이템명 | [※ 예시1: …]"). Its text goes into the outer cell (marked
    ``boxed``) instead of standing as a table of its own with no label. Readers emit nested tables right
    after their outer table, in the order of the cell markers (pre-order); a layout that does not follow
    that order is returned unchanged."""
    blocks = layout.blocks
    if not any(isinstance(b, Table) and any(NESTED_TABLE in c.text for c in b.cells) for b in blocks):
        return layout
    out: list[Block] = []

    def take(i: int) -> int:
        """Copy the subtree of the table at ``i`` to ``out``; return the index after it."""
        table = blocks[i]
        slot = len(out)
        out.append(table)
        j = i + 1
        cells = []
        for c in table.cells:  # the reader's order, which is the order of its markers
            if NESTED_TABLE not in c.text:
                cells.append(c)
                continue
            pieces = c.text.split(NESTED_TABLE)
            text, boxed = pieces[0], False
            for rest in pieces[1:]:
                if j >= len(blocks) or not isinstance(blocks[j], Table):
                    raise ValueError("nested tables out of order")
                child = blocks[j]
                seal = _seal_box(child)
                if seal:
                    # "추천관  직위  성명 | [ 관인 ]": the box for the seal stands beside the signer's particulars,
                    # on their line
                    text = text.rstrip(" \n") + f"\t({seal})"
                    j += 1
                elif len(child.cells) == 1 and NESTED_TABLE not in child.cells[0].text:
                    inner = child.cells[0]
                    text += inner.text
                    boxed = True
                    c = Cell(**{**c.__dict__, "native": c.native + inner.native,
                                "has_checkbox": c.has_checkbox or inner.has_checkbox})
                    j += 1
                else:
                    text += NESTED_TABLE
                    j = take(j)
                text += rest
            cells.append(Cell(**{**c.__dict__, "text": text, "boxed": boxed or c.boxed}))
        out[slot] = Table(index=table.index, cells=tuple(cells), n_rows=table.n_rows, n_cols=table.n_cols,
                          page=table.page)
        return j

    i = 0
    try:
        while i < len(blocks):
            if isinstance(blocks[i], Table):
                i = take(i)
            else:
                out.append(blocks[i])
                i += 1
    except (ValueError, RecursionError):
        return layout
    return Layout(blocks=tuple(out), page_count=layout.page_count)
