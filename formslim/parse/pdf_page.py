"""Page geometry from PDFium: text segments, phrases and ruling lines, without laying out the whole
page the way pdfminer does. This is what keeps whole-corpus extraction fast (see benchmarks/)."""
from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Optional

BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class Segment:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


def page_segments(page, height: float) -> list[Segment]:
    """Text runs with boxes, in top-left coordinates.

    PDFium's text rectangles are fast; where a font is not embedded its glyph boxes can be empty, and
    the page is then read character by character with boxes from the font size."""
    tp = page.get_textpage()
    try:
        out = []
        covered = 0
        degenerate = False
        for i in range(tp.count_rects()):
            l, b, r, t = tp.get_rect(i)
            if t - b < 1.0:
                degenerate = True
                break
            text = tp.get_text_bounded(l, b, r, t).replace("\r", " ").replace("\n", " ").strip()
            if text:
                covered += len(text.replace(" ", ""))
                out.append(Segment(text, l, height - t, r, height - b))
        n_chars = tp.count_chars()
        if degenerate or (n_chars > 20 and covered < 0.8 * _visible_chars(tp, n_chars)):
            return _char_segments(tp, n_chars, height)
        return _without_repeats(out)
    finally:
        tp.close()


def _without_repeats(segs: list[Segment]) -> list[Segment]:
    """A rectangle's text is every character it touches, so two rectangles that overlap on one line can
    both hold the characters between them ("누전" and "누전경보기" for a printed "누전경보기", "단독경보형"
    and "보형" for "단독경보형"). Where a run overlaps the one before it on its line and starts with what
    that one ends with, the repeat is kept once. The runs stay in PDFium's order."""
    index = {id(s): i for i, s in enumerate(segs)}
    keep: list[Optional[Segment]] = list(segs)
    for line in group_lines(segs):
        prev = None  # index of the last run kept on this line
        for s in line:
            i = index[id(s)]
            p = keep[prev] if prev is not None else None
            if p is not None and s.x0 < p.x1 - 0.5:
                k = _overlap(p.text, s.text)
                if k:
                    keep[i] = None
                    if k < len(s.text):  # the rest of the run is new: one run from both
                        keep[prev] = Segment(p.text + s.text[k:], p.x0, min(p.top, s.top), max(p.x1, s.x1),
                                             max(p.bottom, s.bottom))
                    continue
            prev = i
    return [s for s in keep if s is not None]


def _overlap(a: str, b: str) -> int:
    """The longest k with a's last k characters equal to b's first k."""
    for k in range(min(len(a), len(b)), 0, -1):
        if a.endswith(b[:k]):
            return k
    return 0


def _visible_chars(tp, n: int) -> int:
    return len("".join(tp.get_text_range(0, n).split()))


def _char_segments(tp, n: int, height: float) -> list[Segment]:
    """Words from single characters with loose (font-size) boxes."""
    out: list[Segment] = []
    text = tp.get_text_range(0, n)
    if len(text) != n:  # text and char indices disagree: keep what the rectangles gave
        text = "".join(tp.get_text_range(i, 1) or " " for i in range(n))
    cur: list = []

    def flush():
        if cur:
            out.append(Segment("".join(c[0] for c in cur), min(c[1] for c in cur), height - max(c[4] for c in cur),
                               max(c[3] for c in cur), height - min(c[2] for c in cur)))
            cur.clear()

    for i, ch in enumerate(text):
        if ch.isspace() or ch == "\ufffe":
            flush()
            continue
        l, b, r, t = tp.get_charbox(i, loose=True)
        if cur:
            pl, pb, pr, pt = cur[-1][1:]
            if abs((b + t) / 2 - (pb + pt) / 2) > 0.5 * max(t - b, pt - pb) or l - pr > 0.3 * (t - b) or l < pl - 1:
                flush()
        cur.append((ch, l, b, r, t))
    flush()
    return out


def group_lines(segs: list[Segment]) -> list[list[Segment]]:
    """Segments on one visual line, top to bottom, each line left to right."""
    lines: list[list[Segment]] = []
    top = bottom = 0.0  # extent of the last line, kept as it grows (recomputing it was quadratic)
    for s in sorted(segs, key=lambda s: (s.top + s.bottom) / 2):
        mid = (s.top + s.bottom) / 2
        if lines:
            if top - 1 <= mid <= bottom + 1 and abs(mid - (top + bottom) / 2) < max(2.5, 0.45 * (bottom - top)):
                lines[-1].append(s)
                top, bottom = min(top, s.top), max(bottom, s.bottom)
                continue
        lines.append([s])
        top, bottom = s.top, s.bottom
    return [sorted(line, key=lambda s: s.x0) for line in lines]


def line_text(line: list[Segment], blank_factor: float = 1.6) -> str:
    """Join a line's segments; a gap wider than ``blank_factor`` × text height becomes a tab (a blank)."""
    parts: list[str] = []
    prev = None
    for s in line:
        if prev is not None:
            gap = s.x0 - prev.x1
            h = max(min(s.height, prev.height), 4.0)
            parts.append("\t" if gap > blank_factor * h else ("" if gap < 0.15 * h else " "))
        parts.append(s.text)
        prev = s
    return "".join(parts)


def phrases(segs: list[Segment], gap_factor: float = 1.0) -> list[Segment]:
    """Merge neighbouring segments of a line into phrases (a label printed as several runs)."""
    out: list[Segment] = []
    for line in group_lines(segs):
        cur = None
        for s in line:
            if cur is not None and s.x0 - cur.x1 <= gap_factor * max(min(s.height, cur.height), 4.0):
                sep = "" if s.x0 - cur.x1 < 0.15 * s.height else " "
                cur = Segment(cur.text + sep + s.text, cur.x0, min(cur.top, s.top), s.x1, max(cur.bottom, s.bottom))
            else:
                if cur is not None:
                    out.append(cur)
                cur = s
        if cur is not None:
            out.append(cur)
    return out


def _path_objects(container, count, get, depth: int = 0):
    """Path objects of a page or form XObject, with the raw PDFium calls (no wrapper objects)."""
    import pypdfium2.raw as R

    for i in range(count(container)):
        obj = get(container, i)
        kind = R.FPDFPageObj_GetType(obj)
        if kind == R.FPDF_PAGEOBJ_PATH:
            yield obj
        elif kind == R.FPDF_PAGEOBJ_FORM and depth < 2:
            yield from _path_objects(obj, R.FPDFFormObj_CountObjects, R.FPDFFormObj_GetObject, depth + 1)


def page_edges(page, height: float) -> list[dict]:
    """Horizontal and vertical ruling segments (and the sides of rectangles) as pdfplumber edges."""
    import pypdfium2.raw as R

    from ..limits import current

    edges: list[dict] = []
    if R.FPDFPage_CountObjects(page.raw) > current().page_objects:
        return edges  # millions of drawing objects are a drawing, not ruled form cells
    x = ctypes.c_float()
    y = ctypes.c_float()
    m = R.FS_MATRIX()
    for obj in _path_objects(page.raw, R.FPDFPage_CountObjects, R.FPDFPage_GetObject):
        R.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
        a, b, c, d, e, f = m.a, m.b, m.c, m.d, m.e, m.f
        n = R.FPDFPath_CountSegments(obj)
        if n <= 0 or n > 5000:
            continue
        start = prev = None
        for i in range(n):
            seg = R.FPDFPath_GetPathSegment(obj, i)
            R.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
            px, py = a * x.value + c * y.value + e, b * x.value + d * y.value + f
            kind = R.FPDFPathSegment_GetType(seg)
            if kind == R.FPDF_SEGMENT_MOVETO:
                start = prev = (px, py)
            else:
                if prev is not None:
                    _add_edge(edges, prev, (px, py), height)
                prev = (px, py)
                if R.FPDFPathSegment_GetClose(seg) and start is not None:
                    _add_edge(edges, prev, start, height)
                    prev = start
    return edges


def _add_edge(edges: list[dict], p: tuple[float, float], q: tuple[float, float], height: float) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < 1.0 and abs(x1 - x0) >= 3:
        lo, hi = sorted((x0, x1))
        top = height - (y0 + y1) / 2
        edges.append({"x0": lo, "x1": hi, "top": top, "bottom": top, "width": hi - lo, "height": 0,
                      "orientation": "h", "object_type": "line"})
    elif abs(x0 - x1) < 1.0 and abs(y1 - y0) >= 3:
        lo, hi = sorted((height - y0, height - y1))
        xm = (x0 + x1) / 2
        edges.append({"x0": xm, "x1": xm, "top": lo, "bottom": hi, "width": 0, "height": hi - lo,
                      "orientation": "v", "object_type": "line"})
