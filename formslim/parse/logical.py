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

In a PDF (:func:`split_pages`, page by page) a running header or footer naming a form ("SBA Form 148 …
Page 1/5"), a Korean marker at the head of a page, or a page that opens with a form's title ("청렴
서약서") starts a document.

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
    r"^[\s■□◆◇○●※*]*(?:[가-힣·ㆍ\s]{2,40}(?=\[))?"
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
    lines = [x.strip() for x in second[0].text.strip().split("\n")] if second else [""]
    text = lines[0]
    for more in lines[1:]:
        # a line that stops mid-phrase ("제출한 자료 외 평가에 참고할 수 있는" / "증빙 첨부(특허, …)") goes on in
        # the next one
        if not _UNFINISHED.search(text) or not more or len(text) + len(more) > 80:
            break
        text = f"{text} {more}"
    return _title_line(text) if text and len(text) <= 80 and not re.match(r"[※*⧉(<]", text) else ""


#: a Korean line that ends mid-phrase: an adnominal ending or a joining word before what it qualifies
_UNFINISHED = re.compile(r"(?:있는|하는|되는|없는|받은|위한|대한|관한|및|또는|의|[,·ㆍ])$")


# ------------------------------------------------------------------ PDF files: forms page by page

#: a page number line ("- 18 -", "(7쪽 중 1쪽)", "Page 2 of 6"): not a heading
_PAGE_NUMBER = re.compile(r"^[-–—\s(]*\d{1,4}[-–—\s)]*$|^\(\s*\d{1,3}\s*쪽(?:\s*중\s*(?:제\s*)?\d{1,3}\s*쪽)?\s*\)$"
                          r"|^page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
#: the form a page belongs to, as its running header or footer prints it: "SBA Form 148 (10/98) …
#: Page 1/5", "Form W-4 (2025) Page 2", "Form I-130 Edition 04/01/24 Page 3 of 12", "Form RD 1910-11
#: (Rev. 02-21)", "Schedule C (Form 1040) 2013 Page 2"
_FORM_ID = re.compile(
    r"\b(?:SCHEDULE|Schedule)\s+(?P<s>[A-Z0-9]{1,3}(?:-[A-Z0-9]{1,3})?)\s*\(\s*Form\s+(?P<sf>[A-Z]{0,4}-?\d[\dA-Z-]*)\s*\)"
    r"|\bForm\s+(?:No\.?\s*)?(?P<id>(?:[A-Z]{1,5}[ -])?[A-Z]{0,3}-?\d[\dA-Z.-]*[\dA-Z]|(?:[A-Z]{1,5}[ -])?[A-Z]{0,3}-?\d)"
    r"(?=\s*(?:\(|Edition\b|Rev\b|Page\b|\(?(?:19|20)\d\d\b))")
#: catalogue and web-address prefixes a footer prints before the form number
_FOOTER_PREFIX = re.compile(r"^.*\b(?:Cat(?:alog)?\.?\s*(?:No\.?|Number)\s*[\w-]+)\s*(?:www\.[\w.]+\s*)?", re.I)


def page_identity(line: str) -> Optional[tuple[str, str]]:
    """(key, printed name) of the form a header or footer line names (("FORM W-4", "Form W-4"),
    ("SCHEDULE C (FORM 1040)", "Schedule C (Form 1040)"), ("FORM 148", "SBA Form 148")), else None. A
    form named inside a sentence ("see Form 8949 (2013)") is a reference, not the page's own form."""
    t = re.sub(r"\s+", " ", (line or "").strip())
    if not t or len(t) > 140:
        return None
    for m in _FORM_ID.finditer(t):
        before = _FOOTER_PREFIX.sub("", t[:m.start()])
        # only an agency's initials may stand before it ("SBA Form 148", "USDA Form RD 1980-19")
        if re.search(r"[a-z]{2,}|[가-힣]", before) or len(before.strip()) > 12:
            continue
        printed = (before.strip() + " " + m.group(0)).strip()
        if m.group("s"):
            return f"SCHEDULE {m.group('s').upper()} (FORM {m.group('sf').upper()})", printed
        return "FORM " + m.group("id").upper().replace(" ", "-"), printed
    return None


@dataclass(frozen=True)
class PageRange:
    """The pages of one logical document in a PDF file, with the heading that starts it."""

    locator: str
    identity: str
    first_page: int  # 1-based
    last_page: int


#: a form's title heading a page: short, not numbered (a numbered heading is a section: "2. 옥내소화전설비
#: 점검표"), ending in the noun that names a document a person fills and hands in
_FORM_TITLE = re.compile(
    r"^(?![\d(①-⑳IVX]+[.)]\s)[^.?!:;]{2,38}?(?:신청서|동의서|서약서|확약서|확인서|계획서|명세서|신고서|보고서|추천서|조서|"
    r"이력서|각서|위임장|청구서|요청서|의뢰서|대장)(?:\s*\([^()]{1,20}\))?$"
    r"|^(?![\d(]+[.)]\s)(?:[A-Z][A-Za-z'’&-]*\s+){0,6}(?:Application|Agreement|Authori[sz]ation|Consent(?:\s+Form)?|"
    r"Certification|Declaration|Questionnaire|Request)$")


def _page_title(line: str) -> Optional[str]:
    """The form title a page opens with ("개인정보 수집·이용 동의서", "Personal Financial Statement" is not one
    — a statement is also a report's section — but "Consent Form" is), else None."""
    t = re.sub(r"\s+", " ", (line or "").strip(" ■□◆◇○●※*"))
    return t if _FORM_TITLE.match(t) else None


def split_pages(pages: list[list[str]], edge: int = 4) -> list[PageRange]:
    """The logical documents of a PDF file from its pages' text lines. A page belongs to the form its
    running header or footer names (the first and last ``edge`` lines); a page naming another form starts
    a new document, and a page that names none belongs to the document before it. A Korean form
    marker at the head of a page ("[별지 제9호서식]", "[붙임 2]") starts one too. One range when the file
    is one form."""
    ranges: list[list] = []  # locator, identity, first, last
    for no, lines in enumerate(pages, 1):
        body = [ln.strip() for ln in lines if ln.strip() and not _PAGE_NUMBER.match(ln.strip())]
        found = None
        for ln in body[:2]:
            mark = marker_of(ln)
            if mark and not mark.lower().startswith(("form", "schedule")) and re.search(r"[가-힣]", mark):
                found = (ln if len(ln) <= 60 else mark, _norm(re.sub(r"<[^>]*>", "", mark)))
                break
        if found is None:
            for ln in body[:edge] + body[-edge:]:
                ident = page_identity(ln)
                if ident:
                    found = (ident[1], ident[0])
                    break
        if found is None and body and ranges and _page_title(body[0]):
            # a page break before a new form's title, with no marker or form number printed: the title
            # starts a document, unless it is the title the current one opened with (printed on each page)
            title = _page_title(body[0])
            if _norm(title) not in (_norm(ranges[-1][0]), ranges[-1][1], _norm(ranges[-1][4])):
                found = (title, _norm(title))
        if not ranges:
            ranges.append([found[0] if found else "", found[1] if found else "", no, no, body[0] if body else ""])
            continue
        cur = ranges[-1]
        starts = found is not None and not found[1].startswith(("FORM ", "SCHEDULE "))
        if found is None or found[1] == cur[1]:
            cur[3] = no
        elif not cur[1] and not starts:
            cur[0], cur[1], cur[3] = found[0], found[1], no  # the file's first pages name no form: it is this one
        else:
            ranges.append([found[0], found[1], no, no, body[0] if body else ""])
    if len(ranges) <= 1:
        return [PageRange("", ranges[0][1] if ranges else "", 1, max(len(pages), 1))]
    return [PageRange(loc, ident, a, b) for loc, ident, a, b, _ in ranges]
