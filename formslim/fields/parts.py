"""Parts of one answer: boxes a form prints for one datum — a date written as month, day and year boxes
("8. 2 digit month. 1 of 4", "8. 2 digit day. 1 of 4", "8. 4 digit Year. 1 of 4" on IRS Form 4506-C), an
address's second line (ADDR, then ADDR2 directly below). Each part records the first box of its answer
(``Field.part_of``): the applicant answers it once, and questions are counted by answer."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Iterable, Optional

from ..model import Field
from ..text import printed_case
from .captions import _core, caption, negation_pairs, option_runs

#: the part of a date a box asks, by the last such word of its label ("… mm/dd/yyyy format … 2 digit month")
_DATE_PART = re.compile(r"\b(?P<m>months?|mm|mo)\b|\b(?P<d>days?|dd)\b|\b(?P<y>years?|yyyy|yy|yr)\b"
                        r"|(?<![가-힣])(?:(?P<ky>년)|(?P<km>월)|(?P<kd>일))$", re.I)
#: a box's place in a list of answers ("1 of 4"): not a word of what it asks
_COUNTER = re.compile(r"\b\d+\s+of\s+\d+\b", re.I)


def date_part(label: str) -> str:
    """"m", "d" or "y": the part of a date a box asks, by the last date word of its label; "" for none."""
    text = _COUNTER.sub(" ", label or "").strip().rstrip(".:) ")
    last = None
    for last in _DATE_PART.finditer(text):
        pass
    if last is None:
        return ""
    g = {k for k, v in last.groupdict().items() if v}
    return "m" if g & {"m", "km"} else "d" if g & {"d", "kd"} else "y"


def date_parts(fields: Iterable[Field]) -> dict[str, str]:
    """The boxes of one date on one printed line, left to right: each names one part (month, day, year),
    none twice, the next box close to the last (within three box heights). Maps each later box to the
    first of its date."""
    rows: dict[tuple, list[Field]] = defaultdict(list)
    for f in fields:
        if f.kind in ("text", "date", "number") and f.location.page is not None and f.location.bbox \
                and f.repeats == 1 and date_part(f.label):
            x0, top, x1, bottom = f.location.bbox
            rows[(f.location.page, round((top + bottom) / 2 / 4))].append(f)
    out: dict[str, str] = {}
    for row in rows.values():
        row.sort(key=lambda f: f.location.bbox[0])
        group: list[Field] = []
        for f in row + [None]:
            if f is not None and group:
                last = group[-1].location.bbox
                height = max(last[3] - last[1], 1.0)
                parts = {date_part(g.label) for g in group}
                if date_part(f.label) not in parts and f.location.bbox[0] - last[2] <= 3 * height:
                    group.append(f)
                    continue
            if len(group) >= 2:
                out.update({g.id: group[0].id for g in group[1:]})
            group = [f] if f is not None else []
    return out


def _name_stem(name: Optional[str]) -> str:
    """A field name without its trailing number: ADDR2 → ADDR."""
    return re.sub(r"[\s_.-]*\d+$", "", name or "")


def continuations(fields, doc_of: dict[str, str]) -> dict[str, str]:
    """Second lines of one answer ("Home address" ADDR and ADDR2 stacked on a page): in one document, two
    text fields with the same caption, on one page, the second directly below the first over the same
    width, named alike (ADDR then ADDR2, or a caption saying "continued"; CASE1, CASE2 are a list). Maps second →
    first. Unnamed fields are left alone: two stacked "Address" lines of a flat page may be two people's."""
    out: dict[str, str] = {}
    by_key: dict[tuple, list[Field]] = defaultdict(list)
    for f in fields:
        if f.kind in ("text", "free_text") and f.location.page is not None and f.location.bbox and f.repeats == 1:
            caption = re.sub(r"\s*(?:\(?continued\)?|\(?cont(?:'d|\.)\)?|line\s*2)\s*$", "", f.label, flags=re.I)
            by_key[(doc_of[f.id], f.location.page, caption)].append(f)
    for group in by_key.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda f: f.location.bbox[1])
        for a, b in zip(group, group[1:]):
            (ax0, at, ax1, ab), (bx0, bt, bx1, _) = a.location.bbox, b.location.bbox
            overlap = min(ax1, bx1) - max(ax0, bx0)
            height = max(ab - at, 1.0)
            if overlap >= 0.8 * max(ax1 - ax0, bx1 - bx0) and 0 <= bt - ab <= 1.5 * height \
                    and a.name and b.name and _name_stem(a.name) == _name_stem(b.name) and a.name != b.name \
                    and (_name_stem(a.name) == a.name or b.label != a.label):  # ADDR → ADDR2; CASE1, CASE2 are a list
                out[b.id] = out.get(a.id, a.id)
    return out


#: a box that answers one question with one of two words: "Has the Applicant business ever declared
#: bankruptcy? Yes" and "… No", "예" / "아니오"
YES_NO = re.compile(r"^(?P<stem>.*\S)\s*[:(]?\s*(?P<word>Yes|No|예|아니오|아니요|있음|없음)\)?\s*$", re.I)
AFFIRM = frozenset({"yes", "예", "있음"})


def yes_no_key(label: str) -> Optional[tuple[str, bool]]:
    """(the question, compacted; whether the box is its "yes") for a box labelled with one of the two answers
    after its question ("U.S. Citizen? yes", "… No"); None for any other label."""
    m = YES_NO.match(label or "")
    if not m:
        return None
    return re.sub(r"\s+", "", m.group("stem").rstrip(" ?:")).lower(), m.group("word").lower() in AFFIRM


def yes_no_pairs(fields: Iterable[Field]) -> dict[str, str]:
    """The Yes and the No box of one question, as two check boxes of one document print them (SBA Form 1244:
    "U.S. Citizen? yes" / "U.S. Citizen? No"): one question with two options. Pairs are made in order, only where
    a question has as many Yes boxes as No boxes. Maps each box after the first of its pair to the first."""
    boxes: dict[str, list[tuple[bool, Field]]] = defaultdict(list)
    for f in fields:
        key = yes_no_key(f.label) if f.kind == "checkbox" else None
        if key is not None and key[0]:
            boxes[key[0]].append((key[1], f))
    out: dict[str, str] = {}
    for found in boxes.values():
        yes = [f for affirm, f in found if affirm]
        no = [f for affirm, f in found if not affirm]
        if len(yes) != len(no):
            continue
        for y, n in zip(yes, no):
            out[n.id] = y.id
    return out


#: the words that name a number written in boxes, by the sort of number they name: an identifier, a date, a
#: postal code ("Social security number", "Employer identification number", "TIN", "ZIP code", "Date of birth
#: (MMDDYYYY)", "사업자등록번호")
_NUMBER_SORT = {"numbers": "id", "number": "id", "no": "id", "tin": "id", "ssn": "id", "ein": "id", "itin": "id", "#": "id",
                "번호": "id", "date": "date", "birth": "date", "mmddyyyy": "date", "일자": "date", "생년월일": "date",
                "zip": "zip", "code": "zip"}
_NUMBER_WORD = re.compile("|".join(rf"\b{re.escape(w)}\b" if re.fullmatch(r"[a-z]+", w) else re.escape(w)
                                   for w in sorted(_NUMBER_SORT, key=lambda w: (-len(w), w))), re.I)


def _number_words(label: str) -> set[str]:
    """The sorts of number a label names (an identifier, a date, a postal code)."""
    return {_NUMBER_SORT[m.group(0).lower()] for m in _NUMBER_WORD.finditer(label or "")}


def number_segments(fields: Iterable[Field]) -> dict[str, str]:
    """The boxes of one number printed as segments on one line: the W-9's SSN as three boxes of 3, 2 and 4 digits
    and its EIN as 2 and 7, the SF 424's EIN as nine one-digit boxes, a date of birth as eight. Boxes that each
    hold at most a few characters (their MaxLen, together at most 13), side by side on one row (the gap at most
    the box's height: room for a printed dash), the first named as a number ("number", "TIN", "ZIP", "date",
    "번호"), each later one named as the same or as the same sort of number ("Enter your TIN …" after "Social
    security number"). A row of boxes for
    different data (first name, initial, last name; SSN then relationship) is not one: their labels name no
    common number. Maps each later box to the first."""
    rows: dict[tuple, list[Field]] = defaultdict(list)
    for f in fields:
        if f.kind not in ("checkbox", "radio", "signature", "choice") and f.max_length and f.location.page is not None \
                and f.location.bbox and f.repeats == 1 and f.max_length <= 9:
            x0, top, x1, bottom = f.location.bbox
            rows[(f.location.page, round((top + bottom) / 2), round(bottom - top))].append(f)
    out: dict[str, str] = {}
    for row in rows.values():
        row.sort(key=lambda f: f.location.bbox[0])
        run: list[Field] = []
        for f in row + [None]:
            if f is not None and run:
                last = run[-1].location.bbox
                words = _number_words(run[0].label)
                if 0 <= f.location.bbox[0] - last[2] <= last[3] - last[1] and words \
                        and (f.label == run[0].label or words & _number_words(f.label)) \
                        and sum(g.max_length for g in run) + f.max_length <= 13:
                    run.append(f)
                    continue
            if len(run) >= 2:
                out.update({g.id: run[0].id for g in run[1:]})
            run = [f] if f is not None else []
    return out


def checkbox_questions(fields: Iterable[Field]) -> dict[str, str]:
    """Check boxes whose captions (a tooltip without its keyboard words: "If the entity type is Partnership,
    please check this box …" → "The entity type is Partnership") say they answer one question, as the
    consolidated form asks it (``report.captions``): an option group — boxes one after another whose captions
    say "<subject> is <option>" of one subject, with a "didn't disclose" box after them (SBA Form 1919's entity
    type, the owner's veteran status, sex, race, ethnicity) — and a negation pair — two boxes whose captions
    differ only in words of negation ("… is presently suspended" / "… is not presently suspended"). Only boxes
    whose label is such a tooltip are read (a printed option beside a box is its own question's answer, "Yes").
    Maps each later box to the first of its question (SBA review 38 #4: 62 boxes of Form 1919 were counted
    as 62 questions while its consolidated form asks them as 21)."""
    boxes = []
    for f in fields:
        if f.kind == "checkbox" and not f.part_of and not f.options:
            cap = caption(f.label, "checkbox")
            if cap != f.label:
                boxes.append((f, cap))
    out: dict[str, str] = {}
    groups = option_runs([(at, f, cap) for at, (f, cap) in enumerate(boxes)], lambda a, b: abs(a - b) <= 2)
    grouped: set[str] = set()
    for opts in groups.values():
        if len(opts) < 2:
            continue
        cores = [_core(o) for _, _, o in opts]
        if len(opts) == 2 and cores[0][0] == cores[1][0] and cores[0][1] != cores[1][1]:
            continue  # "is a veteran" / "is not a veteran": a yes/no pair, below
        first = opts[0][1].id
        out.update({f.id: first for _, f, _ in opts[1:]})
        grouped.update(f.id for _, f, _ in opts)
    for first, second in negation_pairs([(f.id, cap) for f, cap in boxes if f.id not in grouped]):
        out[second] = first
    return out


def with_cases(fields) -> tuple[Field, ...]:
    """A document's fields, each with the case its own label says it is asked in ("정부지원사업비(A) 추가 (성공환원형
    신청자만 작성)", "(해당 시)", "(if applicable)") — else the heading of its block ("Operating Company (if Applicant is
    an EPC)") — added to its ``condition`` (after a checklist legend's, where it has one: "종합점검의 경우에만; 비상전원
    있는 경우")."""
    out = []
    # (the case one box of a numbered item prints is its item's: "2a. Spouse's current name (if joint return …)" —
    # the first-name box — and "2a.ii. Middle initial", "2a.iii. Spouse's last name" beside it; review 50 #10)
    item_case: dict[str, str] = {}
    for f in fields:
        if (m := _ITEM_OF.match(f.label or "")) and (c := printed_case(f.label)):
            item_case.setdefault(m.group(1).lower(), c)
    for f in fields:
        # (else the case the block's heading prints: every box under "Operating Company (if Applicant is an EPC)"
        # is asked in that case — review 50 #3, review 48 #2)
        case = printed_case(f.label) or next((c for c in map(printed_case, reversed(f.context)) if c), "") or (
            item_case.get(m.group(1).lower(), "") if (m := _ITEM_OF.match(f.label or "")) else "")
        out.append(replace(f, condition="; ".join(x for x in (f.condition, case) if x)) if case and case not in f.condition
                   else f)
    return tuple(out)


#: the item a box's label numbers, with its sub-item aside: "2a." of "2a.ii. Middle initial" and of "2a. Spouse's …"
_ITEM_OF = re.compile(r"^\s*(\d{1,2}[a-z])\.(?:[ivx]{1,4}\.)?\s", re.I)


def with_parts(fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """A document's fields, each box that continues another's answer marked ``part_of`` that box (a date's day
    and year boxes, an address's second line, the No box of a yes/no pair)."""
    head = {**continuations(fields, {f.id: "" for f in fields}), **number_segments(fields), **date_parts(fields),
            **yes_no_pairs(fields), **checkbox_questions(fields)}
    if not head:
        return fields
    return tuple(replace(f, part_of=head[f.id]) if f.id in head else f for f in fields)
