"""Label text handling shared by all parsers: Unicode normalisation, Korean spacing, machine names."""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, NamedTuple

from .limits import current

_HANGUL = r"\uac00-\ud7a3"
_WS = re.compile(r"\s+")
#: a USCIS-style tooltip path: "Part 4. Information About …"
_PART_HEAD = re.compile(r"^(?:Part|Section)\s+\d{1,2}[A-Z]?\.\s+[A-Z]")
#: the end of a heading in such a path: a full stop before a capital, not one of an abbreviation ("U.S.",
#: "Apt.", "No.") or an initial
_SENTENCE_BREAK = re.compile(r"(?<!\bU\.S)(?<!\bNo)(?<!\bApt)(?<!\bSte)(?<!\bFlr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bInc)"
                             r"(?<!\bCo)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\betc)(?<!\b[A-Za-z])\.\s+(?=[A-Z(])")
# "1.", "1)", "(1)", "①", "가.", "a.)", "A.", "Line 7." at the start of a label
_ENUM = re.compile(
    r"^\s*(?:(?:line|part|section|step|item)\s+\d+[a-z]?[.:)]?\s*|\(?\d{1,2}(?:[-.]\d{1,2})*[.)]\)?\s+|"
    r"\(?[a-zA-Z][.)]\)?\s+|[①-⑳]\s*|[가-하][.)]\s*|[ivx]{1,4}[.)]\s+)",
    re.IGNORECASE,
)
_BULLETS = "□■☐☑☒◻◼○●◯◦•·※*-–—▶▷►>"
#: (a syllable that runs into a following number is a word, not a spaced letter: "및 제3자" stays two words;
#: one after a number is spaced as usual: "2025년 월 일")
_SPACED_HANGUL = re.compile(rf"(?<![{_HANGUL}])([{_HANGUL}](?: [{_HANGUL}])+)(?![{_HANGUL}0-9])")
_MACHINE = re.compile(
    r"^(?:[A-Za-z_][\w]*\[\d+\]\.?)+$|^(?:topmostsubform|form1|page\d)|^[a-z]{1,2}\d+_\d+(?:\[\d+\])?$|"
    r"^(?:text|check ?box|field|fill|undefined|dropdown|radio ?button|button|combo ?box|list ?box|untitled)[\s_#-]*\d*$"
    # one word joined to a number by an underscore ("Amount_4"): a program's name, nobody prints it
    r"|^[A-Za-z]+_\d+[a-z]?$",
    re.IGNORECASE,
)
#: a label marked required: a star before or after it, or before a note in parentheses at its end ("성명*
#: (단체명)"), "(필수)", "(required)"
REQUIRED_MARKS = re.compile(r"^\s*\*|\*\s*(?:\([^()]{0,40}\)\s*)?$|\(필수\)|\[필수\]|\(required\)|\brequired\b",
                            re.IGNORECASE)
#: the star of such a mark, to print the label without it where the form marks required items itself (one
#: space before a closing star: a label's spaces are collapsed, and a leading run would be retried at every
#: position of a long one)
REQUIRED_STAR = re.compile(r"^\s*\*\s*| ?\*(?=\s*(?:\([^()]{0,40}\)\s*)?$)")
#: a block heading's word for whether its questions must be answered ("Applicant Ownership (Mandatory) and
#: Demographic Information", "Applicant Owner's Demographic Information (Optional)", "(필수)", "(선택)")
BLOCK_MARK = re.compile(r"\((mandatory|required|optional|voluntary|필수|선택)\)", re.I)

#: a question whose subject is the reader: "Are you presently subject to …?", "2. Have you been arrested …",
#: "Initials for 5. Are you …", "If you are a 50% or more owner of the Applicant, are you …" (not "Do you or your
#: spouse …", whose datum may be the spouse's)
ASKED_OF_YOU = re.compile(r"^\W*(?:initials?\s+for\s+)?(?:\d{1,2}[a-z]?\s*[.)]\s*)?(?:if\s+you\b[^?]{1,120}?,\s*)?"
                          r"(?:are|have|do|did|were|was|will|would|has|is|can)\s+you\b(?!\s+or\b)", re.I)

#: a printed notice of what a block's data are for and whether giving them is voluntary (SBA Form 1244: "This data is
#: collected for program reporting purposes only. Disclosure is voluntary and will have no bearing on the credit
#: decision"), read by the reader (a block's heading), the protocol (why a question is asked) and the legal review
#: (the voluntariness a restricted question's form prints): the line that opens one, what it says the data are for
#: (with the voluntariness sentence right after it), and the voluntariness sentence
_PURPOSE_OPENS = re.compile(r"\s*(?:this|these|the\s+following)\s+(?:data|information)\s+(?:is|are)\s+"
                            r"(?:collected|used|requested)\s+(?:for|to)\b|\s*disclosure\s+(?:of\s+[^.]{1,40}\s+)?is\s+"
                            r"voluntary\b", re.I)
_PURPOSE_SAID = re.compile(r"[^.]*\b(?:collected|used|requested)\s+(?:for|to)\b[^.]*\.(?:\s*disclosure\s+is\s+voluntary"
                           r"[^.]*\.)?", re.I)
_VOLUNTARY_SAID = re.compile(r"[^.]*\b(?:is|are)\s+voluntary\b[^.]*\.?", re.I)


def opens_purpose_notice(line: str) -> bool:
    """Whether a printed line opens a notice of what a block's data are for (the block's heading: its note is the
    notice)."""
    return bool(_PURPOSE_OPENS.match(line))


class PurposeNotice(NamedTuple):
    #: what the data are collected, used or requested for, with the voluntariness sentence right after it
    purpose: str
    #: the sentence that says giving them is voluntary
    voluntary: str


def purpose_notice(note: str) -> PurposeNotice:
    """What a block's printed note says its data are for and that giving them is voluntary, as printed (whitespace
    collapsed); "" for what it does not say."""
    note = _WS.sub(" ", note or "")
    purpose, voluntary = _PURPOSE_SAID.search(note), _VOLUNTARY_SAID.search(note)
    return PurposeNotice(purpose.group(0).strip() if purpose else "", voluntary.group(0).strip() if voluntary else "")


#: the words of negation in English labels ("is not", "none of"): a box and its negation ask one question
NEGATION_WORDS = frozenset({"not", "no", "none", "never", "neither", "nor"})

_DIGITS = re.compile(r"\d+")


def line_shape(line: str) -> str:
    """A printed line with its numbers aside: "SBA Form 1919 (02/2025) 5" and "… 6" are one running footer."""
    return _DIGITS.sub("#", line).strip()


def repeated_lines(groups: Iterable[Iterable[str]]) -> set[str]:
    """The shapes (:func:`line_shape`) of the lines found in two groups or more — a page's lines, or each
    line its own group — the running header and footer a form prints on every page."""
    seen: dict[str, int] = {}
    for group in groups:
        for shape in {line_shape(x) for x in group} - {""}:
            seen[shape] = seen.get(shape, 0) + 1
    return {k for k, n in seen.items() if n > 1}

_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


#: circled Hangul syllables (㉮ … ㉻), a Korean form's marks for lines it adds up ("합 계㉮", "(㉮-㉯)"): NFKC would
#: make them bare syllables run into the word before ("합계가"), so they are kept as bracketed marks ("(가)")
_CIRCLED_HANGUL = re.compile("[\u326e-\u327b]")


def _circled(m: re.Match) -> str:
    """㉮ as "(가)" after a word; bare inside a bracket or a range of its own ("(㉮-㉯)" → "(가-나)")."""
    syllable = unicodedata.normalize("NFKC", m.group(0))
    before = m.string[m.start() - 1:m.start()]
    return syllable if before in ("(", "-", "~", "～") else f"({syllable})"


def nfkc(text: str) -> str:
    """NFKC-normalise, drop control characters, collapse whitespace."""
    text = _CIRCLED_HANGUL.sub(_circled, text or "")
    # "직급ㆍ계급": Korean forms print the letter arae-a (U+318D) as their interpunct; NFKC would make it a
    # conjoining vowel (U+119E) that renders as a stray jamo after the syllable before it ("직급ᆞ계급"), so it
    # is kept as printed
    text = unicodedata.normalize("NFKC", _CONTROL.sub(" ", text).replace("\u318d", "\ue18d")).replace("\ue18d", "\u318d")
    text = text.replace("\u00a0", " ").replace("\u3000", " ")
    # (a soft hyphen or a zero-width mark is invisible in print: a fillable form's tooltips carry them — SBA Form
    # 413's "Business Phone (xxx-xxx-xxxx\u00ad)" — and they would otherwise travel into every label written: review 50 #14)
    text = _INVISIBLE.sub("", text)
    return _WS.sub(" ", text).strip()


def join_spaced_hangul(text: str) -> str:
    """``성 명`` → ``성명``, ``대 상 물`` → ``대상물``: letter-spaced Korean labels, a layout habit."""
    return _SPACED_HANGUL.sub(lambda m: m.group(1).replace(" ", ""), text)


#: letter-spaced Latin capitals or roman numerals ("Z I P code", "I V E S participant", "1a.i i i."), as
#: some tooltips spell acronyms for screen readers
_SPACED_LATIN = re.compile(r"(?<![\w])((?:[A-Z] )+[A-Z]|(?:[ivx] )+[ivx])(?![\w])")
#: a word that lists letters after it: "Schedules A B and C", "boxes A B"
_LISTS_LETTERS = re.compile(r"(?:schedules?|parts?|columns?|boxes|box|lines?|items?|options?)\Z", re.I)


def join_spaced_latin(text: str) -> str:
    """``Z I P code`` → ``ZIP code``, ``1a.i i i.`` → ``1a.iii.`` (not letters a word lists: "Schedules A B")."""
    if " " not in text:
        return text

    def joined(m: re.Match) -> str:
        # the word just before the run, past its spaces: looked at there, not searched for in all the text
        # before (a label of many runs would take time with the square of its length)
        j = m.start()
        while j and text[j - 1].isspace():
            j -= 1
        lists = j < m.start() and _LISTS_LETTERS.search(text[max(0, j - 9):j])
        return m.group(1) if lists else m.group(1).replace(" ", "")
    return _SPACED_LATIN.sub(joined, text)


#: a date written out as the blanks to fill, beside a date's caption: "작성일 (2016. ○○. ○○)", "(2016. . .)" —
#: how to write the answer, not what is asked (a date given in full, "(2024. 12. 31.)", says which day: kept)
_DATE_BLANKS = re.compile(r"\s*\(([\d○◯\s.]{2,30})\)")


#: a bracket opened near the end of a label and never closed
_OPEN_TAIL = re.compile(r"\([^()]{1,30}$")


def _without_date_blanks(text: str) -> str:
    """``text`` without a bracketed date of blanks."""
    def drop(m: re.Match) -> str:
        inner = m.group(1)
        blank = "○" in inner or "◯" in inner or re.search(r"\.\s*\.", inner)
        return "" if blank and "." in inner else m.group(0)
    return _DATE_BLANKS.sub(drop, text) if "(" in text else text


def clean_label(text: str) -> str:
    """The label as a person reads it: whitespace collapsed, letter spacing removed, bullets and
    trailing colons stripped. Wording, numbering and parentheses are kept (a date's printed blanks too:
    :func:`caption` drops them where formslim writes a question of its own)."""
    # (a label longer than the budget — a tooltip of 100,000 colons — is cut before it is cleaned: every
    # later pass over it is then bounded, whatever its patterns)
    text = nfkc(text[:current().label_chars].replace("\u29c9", " "))  # ⧉ marks a nested table
    # (bullets and trailing colons or dots stripped together, before letter spacing is joined: "0·." is "0"
    # and "A A_" is "AA", as cleaning them twice would give)
    text = strip_tail(text.lstrip(_BULLETS + " "), ":：_." + _BULLETS).strip()
    return join_spaced_latin(join_spaced_hangul(text))


def caption(label: str) -> str:
    """A field's label as the consolidated form asks it: without a date's printed blanks ("작성일 (2016. ○○.
    ○○)" → "작성일"), which say how the source form wanted it written."""
    text = _without_date_blanks(label or "").strip() or (label or "")
    # (a tooltip cut inside its last bracket — "Date (mm/dd/yyyy", "Date of birth (MMDDYYYY" — is closed, as printed)
    if text.count("(") == text.count(")") + 1 and _OPEN_TAIL.search(text):
        text += ")"
    return text


def strip_tail(text: str, chars: str) -> str:
    """``text`` without trailing whitespace and ``chars``, in linear time (a trailing ``[\\s…]+$``
    pattern retries at every position of a long run: quadratic on a label of 100,000 colons)."""
    i = len(text)
    while i and (text[i - 1] in chars or text[i - 1].isspace()):
        i -= 1
    return text[:i]


def normalize_label(text: str) -> str:
    """A key for comparing labels: lower case, enumerators, bullets, required marks, trailing
    punctuation and the spaces between Korean words removed."""
    text = clean_label(re.sub(r"^[\s\u2460-\u2473\u2776-\u277f]+", "", text or "")).lower()
    for _ in range(2):
        text = _ENUM.sub("", text).strip(_BULLETS + " ")
    text = re.sub(r"\((?:필수|required|optional|선택|택\s*\d+|중\s*택\s*\d+)\)|\*", "", text)
    text = re.sub(r"(?<!\s)\s*([·ㆍ‧/])\s*", r"\1", text)  # a match starts where a space run does: linear
    text = re.sub(rf"(?<=[{_HANGUL}]) (?=[{_HANGUL}])", "", text)
    text = strip_tail(text, ":：.,;")
    return _WS.sub(" ", text).strip()


def is_machine_name(label: str, name: str | None = None) -> bool:
    """True for labels that are only a program's field name, such as ``form1[0].page_1[0].f1_1[0]``."""
    label = (label or "").strip()
    if not label:
        return True
    if name and (label == name or label == name.split(".")[-1]):
        # a name that is itself a word ("Signature", "Title", "성명") reads as a label; a code
        # ("SPMI", "f1_05", "Text12", "ownName1") does not
        word = re.fullmatch(r"[A-Z]?[a-z]+|[\uac00-\ud7a3()]+", label)
        return bool(_MACHINE.search(label)) or (not re.search(r"\s", label) and not word)
    return bool(_MACHINE.search(label))


_HANGUL_RE = re.compile(rf"[{_HANGUL}]")


def display_width(text: str) -> int:
    """Columns a text takes in a monospaced or CJK-aware layout: a wide character (Hangul, Han) takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, limit: int) -> str:
    """``text`` as it is if it fits in ``limit`` characters, else cut at the last space before the limit (never
    inside a word; a text without spaces — Korean without spacing — at the limit) with " …"."""
    if len(text) <= limit:
        return text
    return _cut(text[:max(limit - 2, 1)])


def _cut(head: str) -> str:
    """A clipped text's end: at the last space of ``head`` (all of it without one), with " …"."""
    cut = head.rsplit(" ", 1)[0] if " " in head else head
    return cut.rstrip(" ,;:(—") + " …"


def clip_width(text: str, columns: int) -> str:
    """``text`` as :func:`clip` cuts it, by the columns it takes (:func:`display_width`: a Hangul syllable takes
    two) rather than by its characters, so a Korean and an English text clipped to one budget take about the same
    room on a page."""
    if display_width(text) <= columns:
        return text
    used, end = 0, 0
    while end < len(text) and used + display_width(text[end]) <= columns - 2:
        used += display_width(text[end])
        end += 1
    return _cut(text[:max(end, 1)])


def percent(share: float) -> str:
    """A target share as a percentage, whole where it is whole and to one decimal where it is not: 0.5 → "50",
    1 − 4.4/9 → "51.1" (rounded to "51", MSS's target read as if a 51 % cut met it — review 55 #1)."""
    x = round(share * 100, 1)
    return f"{x:.0f}" if x == int(x) else f"{x:.1f}"


def has_hangul(text: str) -> bool:
    return _HANGUL_RE.search(text or "") is not None  # compiled once: the matcher asks millions of times


def is_required_label(text: str) -> bool:
    return bool(REQUIRED_MARKS.search(text or ""))


#: the case a label says its question is asked in, in parentheses: "(해당 시)", "(해당자만)", "(성공환원형 신청자만 작성)",
#: "(겸용으로 설치된 경우)", "(if applicable)", "(if Applicant is an EPC)", "(if joint return)"; a bracket that names what
#: is asked ("(필수)", "(택 1)") is none
_LABEL_CASE = re.compile(
    r"\(\s*(해당\s*(?:시|자|자만|되는\s*경우|하는\s*경우|사항\s*있는\s*경우)(?:\s*(?:작성|기재|기입|제출))?|"
    r"[^()]{1,30}?(?:경우|자만|때)(?:에만|에\s*한함|에\s*한하여)?(?:\s*(?:작성|기재|기입))?|"
    r"if\s+(?:applicable|any|different(?:\s+(?:from|than)\s+[^()]{1,30})?|(?!applicable\b|any\b)[a-z][^()]{1,60}?)|if(?-i:(?=[A-Z]))[^()]{2,60}?)\s*\)", re.I)


def printed_case(label: str) -> str:
    """The case in which a label says its question is asked, as printed in its parentheses ("해당 시", "성공환원형
    신청자만 작성", "if applicable"); "" where it says none."""
    m = _LABEL_CASE.search(label or "") or _DIFFERENT_FROM.search(label or "")
    # (a PDF's text may glue the words: "ifApplicant is an EPC")
    return re.sub(r"^if(?=[A-Z])", "if ", re.sub(r"\s+", " ", m.group(1)).strip()) if m else ""


#: a case printed without brackets, after the datum: "1c. Previous name shown on the last return filed if different
#: from line 1a" (IRS Form 4506-C) — asked only where it differs from the line it names
_DIFFERENT_FROM = re.compile(r"\b(if\s+different\s+(?:from|than)\s+(?:line|item|box|question|part)\s+[0-9][0-9a-z.]{0,4}?)"
                             r"(?=[\s.,;:)]|$)", re.I)


# "Part 4. Information About You. 1.a. Family Name": a tooltip that carries the form's path to its field
_PATH_BREAK = re.compile(r"(?<=[.:])\s+(?=(?:Part|Section|Item(?: Number)?|Line|Page)\s+\d|\d{1,2}\.?[a-z]?\.\s|"
                         r"\d{1,2}[a-z]?\)\s|[a-z]\.\s)")
_ITEM_NO = re.compile(r"^(?:(?:Item(?: Number)?|Line)\s+)?(\d{1,2}\.?[a-z]?\.|\d{1,2}[a-z]?\)|[a-z]\.)\s+", re.I)
_PART = re.compile(r"^(?:Part|Section|Page)\s+\d", re.I)
#: a tooltip that starts with its page's header: the form's number, title and "Page 1 of 1"
_PAGE_HEADER = re.compile(r"^Form\s+[A-Z0-9][\w-]*[\s\S]{0,300}?\bPage\s+\d{1,3}\s+of\s+\d{1,3}\b\s*")
#: a heading in a tooltip path: capitalised words ("Information About Your Parents", "Employment History")
_HEADING = re.compile(r"^[A-Z][\w'’/&-]*(?:\s+(?:[A-Z0-9][\w'’/&().-]*|of|to|for|and|or|the|a|an|in|on|about|with))*$")
#: a heading that says whose block it is ("Information About Your Parents", "Applicant's Contact Information"):
#: what a path's heading adds to a caption beneath it (a heading naming nobody — "Federal Income Tax Information"
#: — is left in the caption, as words that may make it another datum)
_HEADING_NOUN = re.compile(r"^Information About\b|^[A-Z][\w/-]*(?:\s+[A-Z0-9][\w/-]*)?['’]s\s")
#: a sentence after a caption that tells the reader what to do, not another caption
_INSTRUCTION = re.compile(r"^(?:if|see|attach|also|do|note|list|use|enter|check|complete|include|provide|type|print)\b",
                          re.I)


def split_tooltip(text: str) -> tuple[tuple[str, ...], str]:
    """(path, label) of a tooltip that names the part and item its field sits in; ((), text) otherwise.
    "Part 4. Information About You. 1.a. Family Name (Last Name)" → (("Part 4. Information About You",
    "1.a."), "Family Name (Last Name)"). A label cut inside its last bracket is closed ("Date (mm/dd/yyyy")."""
    path, label = _split_tooltip(text)
    tail = _OPEN_TAIL.search(label)
    # (not a bracket cut after its first word, "beginning (enter": what it held is lost, not ended)
    if label.count("(") == label.count(")") + 1 and tail and not re.fullmatch(r"\([a-z]+", tail.group(0)):
        label += ")"
    return path, label


def _split_tooltip(text: str) -> tuple[tuple[str, ...], str]:
    # (a separator its author left at the end, "Purpose of the loan_$": the "$" is the next box's)
    text = re.sub(r"_[^\w\s]*$", "", (text or "").strip())
    header = _PAGE_HEADER.match(text)
    if header and 2 <= len(text[header.end():].strip(" :")) <= 60:
        # "Form SSA-89 (05-2025) … O M B Number 0960-0760 Page 1 of 1 Printed Name:": the page's header, then
        # the caption of the field
        return (_WS.sub(" ", header.group(0)).strip(),), text[header.end():].strip().rstrip(":").strip()
    pieces = [p.strip() for p in _PATH_BREAK.split(text) if p and p.strip()]
    if pieces and not _ITEM_NO.match(pieces[-1]) and _PART_HEAD.match(text):
        # "Part 1. Information About You. Current U.S. Physical Address. Street Number and Name": a path of short
        # headings with no item number — each sentence a heading, the last the field's caption
        headings = [p.strip() for p in _SENTENCE_BREAK.split(text) if p.strip()]
        if len(headings) >= 3 and all(len(h.split()) <= 10 for h in headings[1:]):
            pieces = headings
    if len(pieces) < 2 and not _PART_HEAD.match(text):
        headings = [p.strip() for p in _SENTENCE_BREAK.split(text) if p.strip()]
        if 2 <= len(headings) <= 5 and all(_HEADING.match(h) and len(h.split()) <= 8 for h in headings[:-1]) \
                and any(_HEADING_NOUN.search(h) for h in headings[:-1]) and not _INSTRUCTION.match(headings[-1]):
            # "Applicant's Contact Information. Applicant's Mobile Telephone Number": the block's heading, then
            # the field's caption, with no part or item number
            return tuple(h.rstrip(".").strip() for h in headings[:-1]), headings[-1].rstrip(".").strip()
    if len(pieces) < 2 or not (_PART.match(pieces[0]) or _ITEM_NO.match(pieces[-1])):
        return (), text
    last = pieces[-1]
    m = _ITEM_NO.match(last)
    path = list(pieces[:-1])
    if m:
        path.append(m.group(1))
        last = last[m.end():]
    label = last.strip().rstrip(".").strip()
    if not label or len(label) < 2:
        return (), text
    return tuple(p.rstrip(".").strip() for p in path), label


def as_date(value):
    """A date from a date, a datetime or text "YYYY-MM-DD" (also with "." or "/"; a trailing "." as Korean
    forms print it); None for anything else, an impossible date included."""
    import datetime as _dt

    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    m = re.fullmatch(r"\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?\s*", str(value))
    if m:
        try:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


#: a title that is a form's number and nothing else: "Form 4506-C (Rev. 10-2022)", "2025 Form W-4", "SBA Form 1244" —
#: parse.pdf gives such a metadata title its subject as the name, the pipeline names a programme by that name
FORM_NUMBER_TITLE = re.compile(r"(?:(?:19|20)\d{2}\s+)?(?:[A-Z]{2,5}\s+)?Form\s+[\w.-]+(?:\s*\((?:Rev\.?[^)]*|(?:19|20)\d{2})\))?",
                               re.I)


def absent_names(wanted, names) -> list[str]:
    """The field names a form's calculation uses (``wanted``) that name no field of it nor a parent of one
    ("fundingfa" where the box is "FundingFederal"): a calculation that cannot run as shipped."""
    return [n for n in wanted if n not in names and not any(x.startswith(n + ".") for x in names)]


#: a block of the form kept for one party: "Employers Only", "Paid Preparer Use Only", "For Official Use Only",
#: "IRS Use Only" (the party as printed, in group "who") — read from a page (parse.pdf) and named in a plan
#: (reduce.plan)
USE_ONLY = re.compile(r"^(?:for\s+)?(?:the\s+)?(?P<who>[A-Za-z][A-Za-z'’ .-]{1,40}?)\s+(?:use\s+)?only\s*[.:]?$", re.I)
USE_ONLY_WORDS = re.compile(r"\b(?:use\s+)?only\b", re.I)
