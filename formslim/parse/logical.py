"""Logical documents: where one file holds several forms.

Korean agencies ship a programme's forms as one HWP ("[별지 제1호 서식] … [별지 제5호 서식]", "[붙임 1] …
[붙임 6]", "별표1 … 별표8" banners), tenders put an RFP and its annexes in one file, and the ministry
counts the forms, not the files. A reader finds the boundaries by the printed markers that start each
form, and so does :func:`split_layout`:

* a **marker line** — a short paragraph that is, or starts with, a numbered form marker: ``[별지 제3호
  서식]``, ``[붙임 2]``, ``별첨 1``, ``참고 2``, ``별표4``, ``서식 2``, ``Form 4506-C``, ``Schedule B``, ``Annex 3``;
* a **banner** — a one-row table of at most three cells whose first text is such a marker
  (``별표1 | | 정부포상 추천자 현황``);
* a **listed title** — a short paragraph or one-cell box that repeats, word for word, a document the
  file's own checklist lists (``(해당 시) 공동대표 또는 각자대표 동의서``).

A marker inside a table body (a checklist row naming ``[붙임 1]``) is a reference, not a boundary. A
boundary with no fillable content before the next one joins it (a banner followed by the statutory
``■ 상훈법 시행령 [별지 제1호서식]`` header is one form). A file with one part stays one form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..text import clean_label
from .layout import Block, Cell, Layout, Table

_KO_WORD = r"(?:별지|별첨|별표|붙임|첨부|참고|부록|서식|양식|부표)"
_KO_MARK = _KO_WORD + r"\s*(?:제\s*)?\d{1,3}(?:\s*[-의]\s*\d{1,3})?\s*(?:호)?\s*(?:서식|양식)?"
_EN_MARK = (r"(?:Form|Schedule|Annex|Appendix|Attachment|Exhibit|Enclosure)\s+(?:No\.?\s*)?"
            r"(?=[A-Z0-9-]*\d|[A-Z]\b)[A-Z0-9][A-Z0-9.-]{0,9}\b")
#: a marker at the start of a line (after bullets or a statute name), bracketed or bare
_MARKER = re.compile(
    r"^[\s■□◆◇○●※*]*(?:[가-힣·ㆍ\s]{2,24}(?=\[))?"
    r"(?:[\[［【〔〈<(]\s*(?P<b>" + _KO_MARK + r"|" + _KO_WORD + r")\s*[\]］】〕〉>)]"
    r"|(?P<k>" + _KO_MARK + r")(?![\d가-힣])"
    r"|(?P<e>" + _EN_MARK + r"))")
MAX_MARKER_LINE = 90


@dataclass(frozen=True)
class Segment:
    """The blocks of one logical document, with the heading that starts it."""

    locator: str  # the printed marker (and title) that starts it; "" for the part before any marker
    title: str
    blocks: tuple[Block, ...]


def marker_of(text: str) -> Optional[str]:
    """The form marker a short line starts with ("[붙임 2]", "별표4", "Form 4506-C"), else None."""
    t = (text or "").replace("\t", " ").strip()
    if not t or len(t) > MAX_MARKER_LINE or "\n" in t.strip():
        return None
    m = _MARKER.match(t)
    if not m:
        return None
    if m.group("e") and not re.fullmatch(r".{0,12}" + _EN_MARK + r"[\s:.,-]*(?:\(.*\))?[^.]{0,70}", t):
        return None  # "Form 1040 line 7" inside a sentence is a reference
    return re.sub(r"\s+", " ", m.group(0).strip(" ■□◆◇○●※*"))


def _banner(table: Table) -> Optional[tuple[str, str]]:
    """(marker, title) of a one-row banner table: "별표1 | | 정부포상 추천자 현황"."""
    if table.n_rows != 1 or len(table.cells) > 3:
        return None
    texts = [c.text.strip() for c in sorted(table.cells, key=lambda c: c.col) if c.text.strip()]
    if not texts:
        return None
    mark = marker_of(texts[0].split("\n")[0])
    if not mark:
        return None
    rest = texts[0][len(texts[0].split("\n")[0]):].strip() if len(texts) == 1 else texts[-1]
    return mark, _title_line(rest)


def _title_line(text: str) -> str:
    first = re.split(r"\n|\s※", text.strip())[0] if text else ""
    return clean_label(first)[:80]


def _norm(text: str) -> str:
    return re.sub(r"[^\w]", "", text or "").lower()


def _fillable(b: Block) -> bool:
    """Whether a block can hold answers: a table with more than a title in it, or a line with blanks."""
    if isinstance(b, Table):
        return not (len(b.cells) == 1 and len(b.cells[0].text.strip()) <= 60 and "\t" not in b.cells[0].text) \
            and _banner(b) is None
    return "\t" in b.text or "_" * 3 in b.text or bool(b.native) or bool(re.search(r"\(\s*(?:서명|인)\s*\)|□|☐", b.text))


def _is_listed(text: str, listed: set[str]) -> bool:
    """Whether a caption names a document the checklist lists: the whole entry, or its head when the
    entry goes on with a parenthesised note ("(해당 시) 기타 증빙서류 (특허, …)")."""
    t = _norm(text)
    return len(t) >= 6 and any(t == x or x.startswith(t) and len(t) >= 0.4 * len(x) for x in listed)


def _first_cell_line(table: Table) -> str:
    first = min(table.cells, key=lambda c: (c.row, c.col), default=None)
    return first.text.strip().split("\n")[0].strip() if first is not None else ""


def _boundary(b: Block, listed: set[str]) -> Optional[tuple[str, str]]:
    """(locator, title) when a block starts a logical document."""
    if isinstance(b, Table):
        found = _banner(b)
        if found:
            mark, title = found
            return (f"{mark} {title}".strip(), title)
        head = _first_cell_line(b)
        if listed and b.n_cols == 1 and len(head) <= 80 and _is_listed(head, listed):
            t = clean_label(head)
            return (t, t)
        return None
    text = b.text.replace("\t", " ").strip()
    mark = marker_of(text)
    if mark:
        title = _title_line(text[text.find(mark) + len(mark):] if mark in text else "")
        return (text if len(text) <= 60 else mark, title)
    if listed and len(text) <= 80 and _is_listed(text, listed):
        return (clean_label(text), clean_label(text))
    return None


def _split_tables(blocks, listed: set[str]) -> list[Block]:
    """A one-column table whose rows hold several documents (a DOCX bundle drawn as one long table:
    "[붙임 3] ID copy" row, then "(해당 시) 공동대표 … 동의서" rows) is cut at each row that names a listed
    document, so that the pieces can start logical documents."""
    out: list[Block] = []
    for b in blocks:
        if not (listed and isinstance(b, Table) and b.n_cols == 1 and b.n_rows > 1):
            out.append(b)
            continue
        cuts = [r for r in range(1, b.n_rows)
                if any(c.row == r and _is_listed(c.text.strip().split("\n")[0], listed) for c in b.cells)]
        if not cuts:
            out.append(b)
            continue
        bounds = [0, *cuts, b.n_rows]
        for lo, hi in zip(bounds, bounds[1:]):
            cells = [Cell(**{**c.__dict__, "row": c.row - lo}) for c in b.cells if lo <= c.row < hi]
            out.append(Table.of(b.index, cells, page=b.page))
    return out


def _listed_titles(layout: Layout) -> set[str]:
    """The documents the file's own checklist names ("(해당 시) 공동대표 또는 각자대표 동의서"), normalised."""
    from .classify import listed_attachments

    out = set()
    for b in layout.blocks:
        if isinstance(b, Table):
            for c in b.cells:
                for entry in listed_attachments(c.text):
                    item = entry.split(": ", 1)[1]
                    tag = "(필수)" if entry.startswith("required") else "(해당 시)"
                    out.add(_norm(f"{tag} {item}"))
    return {x for x in out if len(x) >= 6}


def split_layout(layout: Layout) -> list[Segment]:
    """The logical documents of a layout, in order. One segment (locator "") when the file is one form."""
    listed = _listed_titles(layout)
    segments: list[list] = [["", "", []]]  # locator, title, blocks
    for b in _split_tables(layout.blocks, listed):
        found = _boundary(b, listed)
        cur = segments[-1]
        if found is not None:
            if any(_fillable(x) for x in cur[2]) or not cur[2] and cur[0] == "":
                segments.append([found[0], found[1], [b]])
                continue
            # nothing to fill since the last marker: one form with two headings; keep the first
            if not cur[0]:
                cur[0], cur[1] = found
            cur[2].append(b)
            continue
        cur[2].append(b)
    segments = [s for s in segments if s[2]]
    if len(segments) <= 1:
        return [Segment("", "", layout.blocks)]
    out = []
    for locator, title, blocks in segments:
        if not title:
            title = _first_title(blocks[1:] if locator else blocks)
        out.append(Segment(locator=locator or title, title=title, blocks=tuple(blocks)))
    return out


def _first_title(blocks) -> str:
    for b in blocks[:6]:
        t = (_first_cell_line(b) if isinstance(b, Table) else b.text).strip()
        if t and len(t) <= 120:
            title = _title_line(t)
            sub = _subtitle(b) if isinstance(b, Table) else ""
            return f"{title} - {sub}" if sub else title
    return ""


def _subtitle(table: Table) -> str:
    """The line under a one-column caption box that says what the evidence is ("사업자등록증 사본 또는
    사업자등록증명원"), not guidance ("※ …")."""
    if table.n_cols != 1 or table.n_rows < 2:
        return ""
    second = [c for c in table.cells if c.row == 1]
    text = second[0].text.strip().split("\n")[0].strip() if second else ""
    return _title_line(text) if text and len(text) <= 60 and not re.match(r"[※*⧉(<]", text) else ""
