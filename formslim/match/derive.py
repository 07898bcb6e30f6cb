"""Derivable data: fields whose answers follow from other fields (computed, totals, equal-by-rule)
or that an agency can look up in a registry from an identifier the package already asks."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from ..knowledge import Knowledge
from ..model import Derivation, Field
from ..parse.classify import agreement_sides
from ..text import absent_names
from .compare import veto
from .link import MatchResult

_TOTAL = re.compile(r"합계|총계|소계|총\s*사업비|총액|^계$|\btotal\b|\bsum\b|net worth", re.I)
#: line items of a total: amounts, numbers, and text boxes in the total's column (a misread amount)
_ITEM_KINDS = ("amount", "number", "text")
_DESCRIPTION = re.compile(r"descri|name|address|type|kind|purpose|comment|remark|explain|list|phone|zip|city|ssn|"
                          r"security number|basis|내용|명칭|비고|구분|설명|주소|전화|근거|내역", re.I)
_SUPPORT = re.compile(r"정부\s*지원|지원금|지원사업비|government|support|loan", re.I)


def _role_ok(a, b) -> bool:
    return veto(a, b) is None or (a.role is None or b.role is None)


def computed(match: MatchResult, kb: Knowledge) -> list[Derivation]:
    """Rules of type computed: a target concept from input concepts of the same subject."""
    out = []
    by_concept: dict[str, list[str]] = {}
    for fid, r in match.readings.items():
        if r.concept:
            by_concept.setdefault(r.concept, []).append(fid)
    rules = sorted((r for r in kb.rules.values() if r.type == "computed"), key=lambda r: r.id)
    # an input the package does not ask that one step computes from what it asks: the age from the birth date,
    # the birth date from the resident registration number — so the age from that number (review 52 #5: 연령
    # was still asked beside the 주민등록번호, and beside the birth date asked in its place)
    step = {r.target: r for r in rules if r.target not in by_concept and all(c in by_concept for c in r.inputs)}
    for rule in rules:
        target_kind = kb.concepts[rule.target].kind if rule.target in kb.concepts else ""
        through = [step[c] for c in rule.inputs if c not in by_concept and c in step]
        wanted = [c for c in rule.inputs if c in by_concept] + [c for r in through for c in r.inputs]
        for target in by_concept.get(rule.target, []):
            rt = match.readings[target]
            if not _asks(match.fields[target], rt, target_kind):
                continue  # "Are you 62 years of age or older?" mentions an age; it does not ask one
            inputs = []
            for concept in dict.fromkeys(wanted):
                for src in by_concept.get(concept, []):
                    if _same_subject(match, target, src) and \
                            (match.fields[src].repeats > 1) == (match.fields[target].repeats > 1):
                        inputs.append(src)
            if len(inputs) and all(any(match.readings[i].concept == c for i in inputs) for c in wanted):
                needed = [c for c in rule.inputs if c not in by_concept and c not in step]
                if needed:
                    continue  # an input the package does not ask: nothing to compute from
                out.append(Derivation(rule=rule.id, type="computed", target=target, inputs=tuple(sorted(inputs)),
                                      how=rule.how + "".join(f"; {r.how}" for r in through),
                                      evidence=(f"{match.fields[target].label} ← " + ", ".join(
                                          match.fields[i].label for i in sorted(inputs)), rule.source)
                                      + tuple(f"{r.id}: {r.source}" for r in through)))
    return out


def _asks(f: Field, r, concept_kind: str) -> bool:
    """Whether a field asks the datum (its answer is the value), not a yes/no question about it."""
    if f.kind in ("checkbox", "radio") and concept_kind not in ("choice", "checkbox"):
        return False
    return r.how in ("exact", "contains", "alternatives")


def _same_subject(match: MatchResult, target: str, src: str) -> bool:
    """Inputs of a computation belong to the target's party: the same role and index; a datum that
    names nobody only within its own document (another form's nameless birth date may be anyone's)."""
    rt, rs = match.readings[target], match.readings[src]
    if rt.role is not None or rs.role is not None:
        return rt.role == rs.role and rt.index == rs.index
    return match.doc_of[target] == match.doc_of[src]


def _line_items(block: list[Field], match: MatchResult, kb: Knowledge) -> list[Field]:
    """The line items of a total from the boxes above it in its column, nearest first: amounts and
    numbers, and text boxes between them (an amount whose kind was misread: "Stocks and Bonds"). The run
    ends at a box that asks something else (a phone, an address, a name) and never ends on a text box."""
    out: list[Field] = []
    for g in block:
        if g.kind == "text":
            r = match.readings.get(g.id)
            concept = kb.concepts.get(r.concept) if r is not None and r.concept else None
            if _DESCRIPTION.search(g.label) or (concept is not None and concept.kind not in ("amount", "number")):
                break
        out.append(g)
    while out and out[-1].kind == "text":
        out.pop()
    return out


#: a label that computes a difference: "Subtract sum of Lines 36 and 37 from Line 35", "차감"
_DIFFERENCE = re.compile(r"\bsubtract|\bminus\b|\bless\b|차감|빼", re.I)
#: a label that refers to numbered lines ("Add lines 47 through 53", "Subtract line 2 from line 1")
_LINE_REF = re.compile(r"\blines?\s+\d", re.I)
#: a sum of cited lines: "Add lines 47 through 53", "Combine lines 7 through 21", "Add lines 5 and 6", "Add entries on
#: Lines 1– 7" (DC Schedule I)
_SUM_OF = re.compile(r"\b(?:add|combine)\s+(?:the\s+amounts\s+(?:in|on|from)\s+[^.]*?|(?:the\s+)?entries\s+(?:in|on|from)\s+)?lines?\s+"
                     r"([0-9][0-9a-z,\sandthroughtu\-–]*?)(?=[.;:]|$|\s+(?:in|on|from|and\s+enter|for|\())", re.I)


#: a total that names the range of lines it adds without saying "add": "14 Total subtractions from DC income, Lines
#: 7-13" (DC D-40, 2013)
_TOTAL_OF_RANGE = re.compile(r"\btotal\b[^.;]{0,60}?\blines\s+(\d{1,3}[a-z]?(?:\s*(?:,|and|-|–|through|thru)\s*\d{1,3}[a-z]?)+)\s*\.?\s*$",
                             re.I)
#: an instruction glued to the words before it by the form's text layer: "34 Total payments and refundable
#: creditsAdd Lines 28, 29–33" (DC D-40)
_GLUED_VERB = re.compile(r"(?<=[a-z])(?=(?:Add|Subtract|Multiply|Divide|Combine)\b)")
#: the box of a line that holds its result, where the line has another ("23 Credit … $ [____] .00 X .32 Enter
#: result > 23 $ [____]"): what another line means by "line 23"
_RESULT = re.compile(r"\benter\s+(?:the\s+)?result\b", re.I)


def _line_value(cands: list[Field]) -> Optional[Field]:
    """The one box that holds a line's value: its only amount box, or of several the one whose label says it
    takes the result; None where that is not clear."""
    if len(cands) == 1:
        return cands[0]
    results = [g for g in cands if _RESULT.search(g.label)]
    return results[0] if len(results) == 1 else None


def _numbered_block(f: Field, match: MatchResult, wanted: list[str]) -> Optional[set[str]]:
    """The fields a total's cited lines are read among where its form numbers several blocks from 1 (DC Schedule
    I: Calculation A's lines 1–8, then Calculation B's 1–16): the run of lines just before it, back to the lowest
    line it cites — not the same number in another block. None where no number repeats (every field will do)."""
    doc = match.doc_of[f.id]
    fields = [g for g in match.fields.values() if match.doc_of[g.id] == doc]
    numbers = [int(m.group(0)) if (m := re.match(r"\d+", g.line or "")) else None for g in fields]
    lowest = min((int(re.match(r"\d+", w).group(0)) for w in wanted), default=0)
    if numbers.count(lowest) < 2 or f not in fields:
        return None
    out, reached = set(), False
    for g, n in zip(reversed(fields[: fields.index(f)]), reversed(numbers[: fields.index(f)])):
        if n is not None and reached and n > lowest:
            break
        reached = reached or n == lowest
        out.add(g.id)
    return out


def _cited_sum(f: Field, by_line: dict, match: MatchResult, text_lines: Optional[dict] = None) -> list[Field]:
    """The fields of the lines a total's label says to add, in its own document; [] unless every cited
    line is found with one amount (or one that takes the line's result), and at least two."""
    label = _GLUED_VERB.sub(" ", f.label)
    m = _SUM_OF.search(label) or _TOTAL_OF_RANGE.search(label)
    if not m or re.search(r"\bcolumn\b|\bless\s+lines?\b", label, re.I):
        return []  # not a plain sum of whole lines (a column of several lines needs the column; "less line 12")
    doc = match.doc_of[f.id]
    wanted: list[str] = []
    ranged: set[str] = set()  # lines found inside a cited range ("Lines 1– 7"), not cited by number
    for part in re.split(r"\s*(?:,|\band\b)\s*", m.group(1).strip()):
        part = part.strip()
        if not part:
            continue
        rng = re.fullmatch(r"(\d{1,3})([a-z]?)\s*(?:through|thru|to|-|–)\s*(\d{1,3})([a-z]?)", part, re.I)
        if rng:
            lo, hi = int(rng.group(1)), int(rng.group(3))
            if hi < lo or hi - lo > 40:
                return []
            first, last = (lo, rng.group(2).lower()), (hi, rng.group(4).lower() or "z")

            def within(line: str) -> bool:
                # "1a through 1h": the lettered lines between, not line 1z (the total itself) or 1i
                n, letter = int(re.match(r"\d+", line).group(0)), line.lstrip("0123456789")
                return first <= (n, letter) <= last

            present = sorted({line for (d, line) in (*by_line, *(text_lines or {})) if d == doc
                              and re.fullmatch(r"\d{1,3}[a-z]?", line) and lo <= int(re.match(r"\d+", line).group(0)) <= hi
                              and within(line)})
            if not present:
                return []
            wanted += present
            ranged.update(present)
        elif re.fullmatch(r"\d{1,3}[a-z]?", part):
            wanted.append(part.lower())
        else:
            return []
    out = []
    block = _numbered_block(f, match, wanted)

    def ours(g: Field) -> bool:
        return g.id != f.id and (block is None or g.id in block)

    if block is not None:
        # (a range's lines are those of the block: Calculation A's "Lines 1– 7" has no line 7 of Calculation B's)
        wanted = [w for w in wanted if w not in ranged or any(
            g.id in block for g in (*by_line.get((doc, w), []), *(text_lines or {}).get((doc, w), [])))]
    for line in dict.fromkeys(wanted):
        # (a line whose box reads as text — "DC and federal government survivor benefits, see instructions" — is
        # an amount where a total adds it, if it is the line's only box)
        found = _line_value([g for g in by_line.get((doc, line), []) if ours(g)]
                            or [g for g in (text_lines or {}).get((doc, line), []) if ours(g)])
        if found is None:
            return []
        out.append(found)
    return out if len(out) >= 2 else []


#: the arithmetic a label prints with the lines it uses: "Subtract line 36 from line 22", "Subtract sum of
#: Lines 36 and 37 from Line 35", "Multiply line 39 by line 40", "Divide line 1 by line 2", "Add lines 9 and
#: 10, less line 12"
_LINE_NO = r"\d{1,3}[a-z]?"
_LINES = rf"{_LINE_NO}(?:\s*(?:,|and|,\s*and)\s*{_LINE_NO})*"
_ARITHMETIC = (
    ("−", re.compile(rf"\bsubtract\s+(?:the\s+)?(?:sum\s+of\s+)?lines?\s+(?P<x>{_LINES})\s+from\s+line\s+(?P<y>{_LINE_NO})\b", re.I)),
    ("−", re.compile(rf"\badd\s+lines?\s+(?P<y>{_LINES}),?\s+less\s+lines?\s+(?P<x>{_LINES})\b", re.I)),
    ("−", re.compile(rf"\bline\s+(?P<y>{_LINE_NO})\s+minus\s+line\s+(?P<x>{_LINE_NO})\b", re.I)),  # "Line 6 minus Line 14"
    ("×", re.compile(rf"\bmultiply\s+line\s+(?P<y>{_LINE_NO})\s+by\s+line\s+(?P<x>{_LINE_NO})\b", re.I)),
    ("÷", re.compile(rf"\bdivide\s+line\s+(?P<y>{_LINE_NO})\s+by\s+line\s+(?P<x>{_LINE_NO})\b", re.I)),
    # by a figure the form prints: "Multiply $1,675 by number on line 18", "multiply $3,900 by the number on line
    # 6d", "Multiply line 6 by 2.9% (.029)"
    ("×", re.compile(rf"\bmultiply\s+(?P<k>\$\s?[\d,]*\d(?:\.\d+)?)\s+by\s+(?:the\s+)?(?:number|amount|total)?\s*"
                     rf"(?:on|in|from|of)?\s*line\s+(?P<y>{_LINE_NO})\b", re.I)),
    ("×", re.compile(rf"\bmultiply\s+(?:the\s+amount\s+(?:on|in)\s+)?line\s+(?P<y>{_LINE_NO})\s+by\s+"
                     rf"(?P<k>\d*\.?\d+\s*(?:%|percent\b)|\$?\d[\d,]*(?:\.\d+)?|\.\d+)(?!\s*(?:%|percent)?\s*(?:or|and)\b)", re.I)),
    # a line's second box, its result: "23 .00 X .32 Enter result" — the line's other box times the figure
    ("×", re.compile(r"^\W*(?P<own>\d{1,3}[a-z]?)\b[^A-Za-z]*?\bx\s*(?P<k>\d*\.\d+|\d+)\s+enter\s+(?:the\s+)?result\b", re.I)),
)


#: a difference the form keeps at zero or above: "If zero or less, enter -0-", "If less than zero, enter zero",
#: "but not less than zero", or one it asks only where the first line is the larger ("If line 33 is more than
#: line 24, subtract line 24 from line 33"); an amount owed or overpaid, which is one only where it is above zero
_FLOOR = re.compile(r"\bif\s+(?:zero\s+or\s+less|less\s+than\s+(?:zero|-?0-?)|(?:the\s+result\s+is\s+)?(?:negative|a\s+loss))"
                    r"\s*,?\s*enter\s+(?:-?0-?|zero)|\bnot\s+less\s+than\s+(?:zero|-0-)"
                    rf"|\bif\s+line\s+{_LINE_NO}\s+is\s+(?:more|greater|larger)\s+than\s+line\s+{_LINE_NO}\s*,\s*subtract\b"
                    r"|\bamount\s+you\s+(?:owe|overpaid)\b|\bbalance\s+due\b", re.I)


def _line_list(text: str) -> list[str]:
    return [p.lower() for p in re.findall(_LINE_NO, text, re.I)]


def _fields_by_line(match: MatchResult, kinds: tuple[str, ...]) -> dict[tuple[str, str], list[Field]]:
    """The fields of ``kinds`` by (document, the line number the form prints for them)."""
    out: dict[tuple[str, str], list[Field]] = defaultdict(list)
    for g in match.fields.values():
        if g.line and g.kind in kinds:
            out[(match.doc_of[g.id], g.line)].append(g)
    return out


def line_arithmetic(match: MatchResult, kb: Knowledge) -> list[Derivation]:
    """Answers whose label prints how to compute them from other numbered lines of its form ("Line 37.
    Subtract line 36 from line 22"): computed from those lines, each found by its printed number in the
    same document, or no derivation at all. A computation on a column of a line ("line 12, column (b)")
    needs the column, and is left alone."""
    rule = kb.rules.get("D-LINE-ARITHMETIC")
    if rule is None:
        return []
    by_line = _fields_by_line(match, ("amount", "number", "text"))  # (line numbers are read in lower case)
    out = []
    for f in match.fields.values():
        if f.kind not in ("amount", "number", "text") or re.search(r"\bcolumn\b", f.label, re.I):
            continue
        label = _GLUED_VERB.sub(" ", f.label)
        for op, pat in _ARITHMETIC:
            m = pat.search(label)
            if not m:
                continue
            groups = m.groupdict()
            if groups.get("k") and re.search(r"\bor\b", label[m.end():m.end() + 40], re.I):
                break  # one figure or another ("by 7.5 percent (.075) or 10.0 percent (.10)"): the filer's choice
            doc = match.doc_of[f.id]
            ys = _line_list(groups.get("y") or groups.get("own") or "")
            xs = _line_list(groups.get("x") or "")
            found = {}
            for line in ys + xs:
                cands = [g for g in by_line.get((doc, line), []) if g.id != f.id]
                # a line's result box is what "line N" means elsewhere; its own result takes the line's other box
                one = (cands[0] if len(cands) == 1 else None) if groups.get("own") else _line_value(cands)
                if one is None:
                    break
                found[line] = one
            else:
                plus = " + ".join(f"line {n}" for n in ys)
                minus = " + ".join(f"line {n}" for n in xs) or re.sub(r"\s+", "", re.sub(r"\s*percent", "%", groups.get("k") or ""))
                formula = f"({plus}) {op} ({minus})" if len(ys) > 1 or len(xs) > 1 else f"{plus} {op} {minus}"
                floor = _FLOOR.search(label) if op == "−" else None
                if floor:
                    # "Subtract line 14 from line 11. If zero or less, enter -0-", "If line 33 is more than line 24,
                    # subtract …": never below zero, as the form prints (onboarding review 37 #6)
                    formula = f"max(0, {formula})"
                out.append(Derivation(rule=rule.id, type="computed", target=f.id,
                                      inputs=tuple(sorted({g.id for g in found.values()})),
                                      how=f"{rule.how}: {formula}",
                                      evidence=(f"{f.label[:120]}", "the computation its label prints, on the lines "
                                                                     "found by their printed numbers")
                                      + ((f"never below zero: '{floor.group(0).strip()}'",) if floor else ())))
            break
    return out


#: a formula printed in a label over markers other labels carry: "총 사업비 (C=A+B)", "총사업비 (a+b+c)",
#: "합계(①+②)": the markers are Latin letters, circled letters or circled numbers
_MARK = r"[A-Za-z\u24d0-\u24e9\u2460-\u2473]"
_FORMULA = re.compile(rf"[(（]\s*(?:(?P<self>{_MARK})\s*=\s*)?(?P<expr>{_MARK}(?:\s*[+\-−]\s*{_MARK})+)\s*[)）]")


def _carries(label: str, mark: str) -> bool:
    """Whether a label carries a marker: "(A)" for a letter, the circled sign itself for the others."""
    if re.fullmatch(r"[A-Za-z]", mark):
        return re.search(rf"[(（]\s*{mark}\s*[)）]", label) is not None
    return mark in label


#: a checklist section's heading: "1. 소화기구 및 자동소화장치 점검표" names the equipment its items check
_CHECKLIST_SECTION = re.compile(r"^\s*\d{1,2}[.)]\s*(.+?)\s*(?:점검표|체크리스트|checklist)\s*$", re.I)
#: a result asked of one thing as a whole: "옥내소화전설비 점검결과", "소화기구 및 자동소화장치 점검 결과"
_ROLLUP_TARGET = re.compile(r"^(.+?)\s*(?:점검\s*결과|확인\s*결과|결과)$")


def checklist_rollups(match: MatchResult, kb: Knowledge) -> list[Derivation]:
    """A result asked of a piece of equipment as a whole ("옥내소화전설비 점검결과") where the package holds a
    checklist section for that equipment ("2. 옥내소화전설비 점검표") whose items are marked with the legend's marks
    ("양호(○)", "불량(×)", "해당없는 항목(/)"): it follows from those marks — any item 불량 is 불량, every item
    해당없음 is 해당없음, else 양호. Names are compared whole (spacing aside): a report that lists equipment the
    checklist has no section for (another edition's "화재알림설비") derives nothing for it."""
    rule = kb.rules.get("D-CHECKLIST-ROLLUP")
    if rule is None:
        return []
    key = lambda x: re.sub(r"\s+", "", x)
    sections: dict[str, list[str]] = {}
    for fid, f in match.fields.items():
        if f.line and f.options and f.context and any("(×)" in o or "(x)" in o.lower() for o in f.options):
            m = _CHECKLIST_SECTION.match(f.context[0])
            if m:
                sections.setdefault(key(m.group(1)), []).append(fid)
    if not sections:
        return []
    out = []
    for fid, f in match.fields.items():
        m = _ROLLUP_TARGET.match(f.label)
        if f.line or not m or f.kind in ("checkbox", "signature", "attachment"):
            continue
        items = sections.get(key(m.group(1)))
        if not items:
            continue
        heading = match.fields[items[0]].context[0]
        out.append(Derivation(rule=rule.id, type="computed", target=fid, inputs=tuple(sorted(items)), how=rule.how,
                              evidence=(f"{f.label} ← {heading}: {len(items)} items "
                                        f"({match.fields[items[0]].line} … {match.fields[items[-1]].line})",
                                        rule.source)))
    return out


def checklist_gaps(match: MatchResult, derivations) -> list[tuple[str, str, tuple[str, ...]]]:
    """(report document, checklist document, equipment) for each report whose results per equipment follow from a
    checklist (D-CHECKLIST-ROLLUP) and which asks results, in the same block, for equipment that checklist names
    nowhere — in no section, item, heading or summary line ("화재알림설비" on a 9호 of 2025, absent from the 점검표 in the
    package; "강화액소화설비" where the 점검표 says "강화액소화전설비"): the report cites the checklist's item numbers, so
    one of the two may be another edition (fire review 48 #11). Equipment the checklist names under another grouping
    ("소화수조 및 저수조" within its "소화용수설비") is no gap."""
    rolled = [d for d in derivations if d.rule == "D-CHECKLIST-ROLLUP"]
    if not rolled:
        return []
    key = lambda x: re.sub(r"[\s,ㆍ·・/]+", "", x)  # (spacing and the marks between two names aside)
    checklists = {match.doc_of[d.inputs[0]] for d in rolled}
    printed: dict[str, list[str]] = {}  # checklist document → every word it prints in its labels, options and headings
    for fid, f in match.fields.items():
        if match.doc_of[fid] in checklists:
            printed.setdefault(match.doc_of[fid], []).append(key("|".join((f.label, *f.options, *f.context))))
    names = {doc: "|".join(words) for doc, words in printed.items()}  # (joined once: 2,000 fields, no quadratic copy)
    out = []
    pairs = sorted({(match.doc_of[d.target], match.doc_of[d.inputs[0]]) for d in rolled
                    if match.doc_of[d.target] != match.doc_of[d.inputs[0]]})
    derived = {d.target for d in rolled}
    for report, checklist in pairs:
        blocks = {match.fields[d.target].context[0] for d in rolled if match.doc_of[d.target] == report
                  and match.doc_of[d.inputs[0]] == checklist and match.fields[d.target].context}
        missing = []
        for fid, f in match.fields.items():
            m = _ROLLUP_TARGET.match(f.label)
            if match.doc_of[fid] != report or fid in derived or not m or f.line or not f.context \
                    or f.context[0] not in blocks or f.kind in ("checkbox", "signature", "attachment"):
                continue
            if key(m.group(1)) not in names.get(checklist, ""):
                missing.append(m.group(1).strip())
        if missing:
            out.append((report, checklist, tuple(dict.fromkeys(missing))))
    return out


def printed_formulas(match: MatchResult, kb: Knowledge) -> list[Derivation]:
    """A total whose label prints its formula over markers that other labels of its document carry ("총
    사업비 (C=A+B)" over "정부지원사업비(A) 기본", "정부지원사업비(A) 추가", "자기부담사업비(B) 현금" …): the
    sum (or difference) of those fields, all of a marker's fields summed; in the formula's own table
    where the markers are found there. A marker's share ("정부지원사업비(a) (%)") is that part of the
    total. No derivation unless every marker is found."""
    rule = kb.rules.get("D-PRINTED-FORMULA")
    if rule is None:
        return []
    out = []
    fields = list(match.fields.values())
    for f in fields:
        if f.kind not in ("amount", "number"):
            continue
        m = _FORMULA.search(f.label)
        if not m:
            continue
        terms = re.findall(rf"([+\-−]?)\s*({_MARK})", m.group("expr"))
        doc = match.doc_of[f.id]
        percent = "%" in f.label
        pool = [g for g in fields if g.id != f.id and match.doc_of[g.id] == doc and g.kind in ("amount", "number")
                and not _FORMULA.search(g.label) and ("%" in g.label) == percent]
        same_table = [g for g in pool if f.location.table is not None and g.location.table == f.location.table]
        parts: dict[str, list[Field]] = {}
        for _, mark in terms:
            carrying = [g for g in same_table if _carries(g.label, mark)] or [g for g in pool if _carries(g.label, mark)]
            if not carrying:
                break
            parts[mark] = carrying
        else:
            signs = {mark: ("−" if sign in ("-", "−") else "+") for sign, mark in terms}
            inputs = sorted({g.id for gs in parts.values() for g in gs})
            text = " ".join(f"{signs[mk]} ({' + '.join(g.label[:40] for g in gs)})" for mk, gs in parts.items())
            out.append(Derivation(rule=rule.id, type="total" if all(v == "+" for v in signs.values()) else "computed",
                                  target=f.id, inputs=tuple(inputs), how=f"{rule.how}: {m.group(0).strip()}",
                                  evidence=(f"{f.label} = {text.lstrip('+ ')}",)))
            # each part's share of the total, where the form asks it ("정부지원사업비(a) (%)")
            for mark, gs in parts.items():
                shares = [g for g in fields if g.id != f.id and match.doc_of[g.id] == doc and "%" in g.label
                          and g.kind in ("amount", "number") and _carries(g.label, mark) and not _FORMULA.search(g.label)
                          and (f.location.table is None or g.location.table == f.location.table)]
                for share in shares:
                    out.append(Derivation(rule=rule.id, type="computed", target=share.id,
                                          inputs=tuple(sorted({g.id for g in gs} | {f.id})),
                                          how=f"{rule.how}: the share of ({mark}) in {m.group(0).strip()}, in per cent",
                                          evidence=(f"{share.label} = ({' + '.join(g.label[:40] for g in gs)}) ÷ {f.label} × 100",)))
    return out


def _is_total(f: Field) -> bool:
    return bool(_TOTAL.search(f.label))


def totals(match: MatchResult, kb: Knowledge) -> list[Derivation]:
    """A total is the sum of its line items: above it in its column, or (a row total, when the column
    header says total) left of it in its row; on a fillable page, the boxes above it in its column."""
    rule = kb.rules.get("D-TOTAL")
    out = []
    fields = list(match.fields.values())
    by_line = _fields_by_line(match, ("amount", "number"))
    text_lines = _fields_by_line(match, ("text",))
    for f in fields:
        if f.kind not in ("amount", "number"):
            continue
        if _LINE_REF.search(f.label):
            # the label says which lines it adds ("Add lines 47 through 53"): those lines, each found by the
            # number printed with it, or no derivation at all — never the boxes that happen to sit above it
            cited = _cited_sum(f, by_line, match, text_lines)
            if cited:
                out.append(Derivation(rule="D-TOTAL", type="total", target=f.id, inputs=tuple(sorted(g.id for g in cited)),
                                      how=rule.how if rule else "sum of the line items",
                                      evidence=(f"{f.label} = " + " + ".join(g.label for g in cited),
                                                "the lines its label says to add, by their printed numbers")))
            continue
        if not _is_total(f) or _DIFFERENCE.search(f.label):
            continue  # "38 Refund Subtract sum of …" is a difference, never a sum of the boxes above
        loc = f.location
        column_header = f.context[-1] if f.context else ""
        row_total = loc.table is not None and bool(_TOTAL.search(column_header)) and \
            not _TOTAL.search(f.label.replace(column_header, "", 1))
        block: list[Field] = []
        if loc.table is not None:
            same_doc = [g for g in fields if g is not f and g.kind in _ITEM_KINDS
                        and match.doc_of[g.id] == match.doc_of[f.id] and g.location.table == loc.table]
            if row_total:  # a row's text cells name or explain its item ("산출 근거"): only amounts are summed
                block = [g for g in same_doc if g.location.row == loc.row and (g.location.column or 0) < (loc.column or 0)
                         and not _is_total(g) and g.kind != "text"]
            else:
                above = sorted((g for g in same_doc if g.location.column == loc.column and (g.location.row or 0) < (loc.row or 0)),
                               key=lambda g: g.location.row or 0)
                for g in reversed(above):  # up to the previous total in the column
                    if _is_total(g) and not (g.context and _TOTAL.search(g.context[-1])):
                        break
                    block.append(g)
        elif loc.bbox:
            x0, top, x1, _ = loc.bbox
            above = []
            for g in fields:
                gl = g.location
                if g is f or g.kind not in _ITEM_KINDS or match.doc_of[g.id] != match.doc_of[f.id] \
                        or gl.page != loc.page or not gl.bbox:
                    continue
                gx0, gtop, gx1, _ = gl.bbox
                if min(x1, gx1) - max(x0, gx0) > 0.6 * min(x1 - x0, gx1 - gx0) and gtop < top:
                    above.append(g)
            for g in sorted(above, key=lambda g: -g.location.bbox[1]):
                if _is_total(g):
                    break
                block.append(g)
        block = _line_items(block, match, kb)
        # mostly amounts: text boxes are summed only as misread amounts among them, never on their own
        if len(block) >= 2 and 2 * sum(g.kind in ("amount", "number") for g in block) >= len(block):
            block.sort(key=lambda g: ((g.location.row or 0), (g.location.column or 0), (g.location.bbox or (0, 0))[1]))
            out.append(Derivation(rule="D-TOTAL", type="total", target=f.id, inputs=tuple(sorted(g.id for g in block)),
                                  how=rule.how if rule else "sum of the line items",
                                  evidence=(f"{f.label} = " + " + ".join(g.label for g in block),)))
    return _one_box_per_sum(out, match)


#: a label that opens with the number of its own line: "Line 72. Add lines …", "72 Add lines …"
_OWN_NUMBER = re.compile(r"^\s*(?:line\s+)?\d{1,3}[a-z]?\b(?![,.]?\s*\d)", re.I)


def _one_box_per_sum(found: list[Derivation], match: MatchResult) -> list[Derivation]:
    """Of several boxes of one document read as the same sum of the same lines, only one is that line: the
    one whose label opens with a line number of its own ("Line 72. Add lines 62, 63, 64a, and 65 through 71");
    where none or several do, none is taken — two small write-in boxes beside a line that took its printed
    words as their label (Form 1040 (2013)'s Form 2439 and 8885 credit boxes under line 71) are inputs, not
    the total (IRS review 33b #3)."""
    by_sum: dict[tuple, list[Derivation]] = {}
    for d in found:
        by_sum.setdefault((match.doc_of.get(d.target), d.inputs), []).append(d)
    keep = set()
    for group in by_sum.values():
        if len(group) == 1:
            keep.add(id(group[0]))
            continue
        numbered = [d for d in group if _OWN_NUMBER.match(match.fields[d.target].label)]
        if len(numbered) == 1:
            keep.add(id(numbered[0]))
    return [d for d in found if id(d) in keep]


def equal_by_rule(match: MatchResult, kb: Knowledge, derived_totals: list[Derivation],
                  agreements: tuple[tuple[str, str], ...] = ()) -> list[Derivation]:
    """The requested amount must equal the government-support total of the budget — where a form of the
    package says so (``agreements``: (the form, its sentence) pairs, :attr:`Document.agreements`); a rule with
    no ``printed`` words holds everywhere."""
    rule = kb.rules.get("D-REQUESTED-EQUALS-BUDGET")
    if rule is None:
        return []
    said: tuple[str, ...] = ()
    if rule.printed:
        said = tuple(f"\u201c{s}\u201d ({where})" for where, s in agreements if re.search(rule.printed, s, re.IGNORECASE))
        if not said:
            return []  # no form of this package prints it: not this programme's rule
    out = []
    support_totals = [d.target for d in derived_totals if _SUPPORT.search(match.fields[d.target].label + " " +
                                                                          " ".join(match.fields[d.target].context))]
    for fid, r in sorted(match.readings.items()):
        if r.concept == "application.requested_amount":
            for t in support_totals:
                if match.doc_of[t] != match.doc_of[fid]:
                    out.append(Derivation(rule=rule.id, type="equal", target=fid, inputs=(t,), how=rule.how,
                                          evidence=(f"{match.fields[fid].label} = {match.fields[t].label}",
                                                    *(said[:1] or (rule.source,)))))
    return out


def printed_agreements(package) -> tuple[tuple[str, str], ...]:
    """Each logical document's printed sentences that two answers agree, as (where: its file, and its title
    when the file holds several forms; sentence)."""
    return tuple(dict.fromkeys((x.path if not x.part else f"{x.path}, {x.title or x.locator}", s)
                               for d in package.documents for x in d.logical for s in x.agreements))


def country_of(match: MatchResult, package=None, kb: Optional[Knowledge] = None) -> tuple[str, str]:
    """The package's country and why: the country of the agencies its forms print as their issuer
    (agencies.yaml: "Council of Scientific and Industrial Research" on a CSIR Form-C is India's — grants review 43
    #1: an English form is not a US one for its language), the most forms' where they differ; else the
    language's (:func:`package_country`)."""
    if package is not None and kb is not None:
        printed = [x for x in (kb.issuer(d.header) for d in package.documents) if x is not None and x[0].country]
        if printed:
            countries = [a.country for a, _ in printed]
            country = max(dict.fromkeys(countries), key=countries.count)
            agency, words = next((a, w) for a, w in printed if a.country == country)
            return country, f"the forms print their issuer, {agency.name} ('{words}')"
    return package_country(match), "inferred from the language of the forms"


def package_country(match: MatchResult) -> str:
    """KR when the package is mostly Korean, EU for German/French wording, else US."""
    labels = [f.label for f in match.fields.values()]
    if not labels:
        return "US"
    if sum(1 for l in labels if re.search(r"[\uac00-\ud7a3]", l)) >= 0.3 * len(labels):
        return "KR"
    if sum(1 for l in labels if re.search(r"[äöüßéè]|straße|name des|vorname", l, re.I)) >= 0.1 * len(labels):
        return "EU"
    return "US"


def printed_source(match: MatchResult, kb: Knowledge, fid: str, reg,
                   agreements: tuple[tuple[str, str], ...]) -> str:
    """The sentence by which the field's own form says its answer must match a source other than ``reg``
    ("For purposes of reporting NAICS Code, Applicants must match the business activity code provided on their
    IRS income tax filings" — SBA Form 1919: not SAM.gov's self-reported NAICS codes), else "". The sentence
    names the field's concept (one of its wordings) before the verb, and after it a source that does not name
    the registry (its name, Korean name, aliases or issuer): then the registry's value may not be the answer
    the form asks, and it is not pre-filled (SBA review 30 #7)."""
    r = match.readings.get(fid)
    concept = kb.concepts.get(r.concept or "") if r is not None else None
    if concept is None:
        return ""
    path = match.doc_of.get(fid, "").split("#")[0]
    wordings = [w.lower() for w in (*concept.en, *concept.ko) if len(w) >= 3]
    # the registry as a source sentence may name it: any distinctive word of its names or issuer ("tax" of "IRS
    # tax return transcript" in "the name on your tax return"; "사업자등록증" of "사업자등록증명", a Korean word
    # without its last syllable)
    names = {w for x in (reg.name, reg.name_ko, *reg.aliases, reg.issuer) if x
             for w in re.findall(r"[\w.]+", x.lower()) if len(w) >= 3 and w not in _GENERIC_SOURCE_WORDS}
    for where, sentence in agreements:
        if where.split(", ")[0] != path:
            continue
        sides = agreement_sides(sentence)
        if sides is None:
            continue
        subject, source = (x.lower() for x in sides)
        if any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", subject) for w in wordings) \
                and not any(_names(w, source) for w in names):
            return sentence
    return ""


#: words of a registry's names too general to say a sentence names it as the source
_GENERIC_SOURCE_WORDS = frozenset("""the and for via from form forms entity registration information data number code
    public api service services record records system general administration office department national federal
    state agency agencies program programme exchange liaison governmental""".split())


def _names(word: str, text: str) -> bool:
    """Whether ``text`` names ``word``: a Latin word whole, a Korean one also without its last syllable."""
    if re.search(r"[\uac00-\ud7a3]", word):
        return word in text or (len(word) >= 3 and word[:-1] in text)
    return re.search(rf"(?<![\w.]){re.escape(word)}(?![\w])", text) is not None


def registry_lookups(match: MatchResult, kb: Knowledge, keys_present: Optional[set[str]] = None,
                     country: Optional[str] = None, given: tuple[str, ...] = (),
                     agreements: tuple[tuple[str, str], ...] = ()) -> list[Derivation]:
    """Fields an agency can fetch from a registry of the package's country, keyed by an identifier
    the package asks, or one the application gives otherwise (``given``: the business number the online
    application's business authentication establishes) — not a field whose form says its answer must match
    another source (:func:`printed_source`; ``agreements``: :func:`printed_agreements`)."""
    country = country or package_country(match)
    present: dict[str, list[str]] = {}
    for fid, r in match.readings.items():
        if r.concept and match.fields[fid].repeats == 1:
            present.setdefault(r.concept, []).append(fid)
    out = []
    for reg in sorted(kb.registries.values(), key=lambda r: r.id):
        if reg.country and reg.country != country:
            continue
        if reg.verify_only:
            continue  # a check answers match or no match: it confirms what the applicant states, it fills nothing
        keys = [k for k in reg.key if k in present and (keys_present is None or k in keys_present)]
        outside = [k for k in reg.key if k in given and k not in keys]
        if not keys and not outside:
            continue
        key_fields = sorted(fid for k in keys for fid in present[k])
        key_set = set(key_fields)  # membership per field: a list made this pass quadratic
        inputs = (reg.id, *key_fields)  # one tuple shared by the registry's derivations
        role_provides = {(role, c) for role, cs in (reg.provides_roles or {}).items() for c in cs}
        # a registry keyed by a person's identifier holds that person's data, and only theirs
        key_roles = {match.readings[k].role for k in key_fields
                     if kb.concepts.get(match.readings[k].concept or "") is not None
                     and kb.concepts[match.readings[k].concept].subject == "person"}
        for fid, r in sorted(match.readings.items()):
            if not r.concept or fid in key_set or match.fields[fid].repeats > 1 or r.how == "partial":
                continue  # a label read only in part ("estimated total export sales") is no registered datum
            concept = kb.concepts.get(r.concept)
            if concept is not None and concept.subject == "person":
                ok = (r.role, r.concept) in role_provides or (
                    r.concept in reg.provides and key_roles and r.role in key_roles and r.role is not None)
            else:
                ok = r.concept in reg.provides and r.role in (None, "applicant")
            if ok and agreements and printed_source(match, kb, fid, reg, agreements):
                continue
            if ok:
                # looked up by the target's own party's keys: an organisation's record by an organisation's
                # number, a person's by that person's — never an organisation's name through a person's RRN
                subject = concept.subject if concept is not None else "organisation"
                own = [k for k in key_fields if (kb.concepts.get(match.readings[k].concept or "") is not None
                       and kb.concepts[match.readings[k].concept].subject == subject
                       and (subject != "person" or (match.readings[k].role == r.role
                                                    and match.readings[k].index == r.index)))]
                if reg.signed_form and subject == "person" and (r.role not in (None, "applicant") or r.index is not None):
                    # a channel that takes the data subject's own signed form (IVES: Form 4506-C) opens only the
                    # record of the one who signs it: an owner's transcript needs that owner's own signed form,
                    # not the applicant's consent (26 U.S.C. 6103(c))
                    continue
                if subject == "person" and r.role not in ("applicant", "representative"):
                    # a party other forms may name again for someone else (a 포상 후보자 on each 공적조서, an
                    # owner on each statement): looked up only by the identifier the target's own form asks
                    own = [k for k in own if match.doc_of.get(k) == match.doc_of.get(fid)]
                given_here = [k for k in outside if kb.concepts.get(k) is not None and kb.concepts[k].subject == subject]
                if not own and not given_here:
                    continue
                used = sorted({match.readings[k].concept for k in own} | (set(given_here) if not own else set()))
                out.append(Derivation(rule=f"R-{reg.id}", type="registry", target=fid,
                                      inputs=(inputs if len(own) == len(key_fields) else (reg.id, *own)) if own
                                      else (reg.id,),
                                      how=f"{reg.name_ko or reg.name} from {reg.issuer} via {reg.channel}, "
                                          f"looked up by {', '.join(used)}",
                                      evidence=(reg.source,) + ((
                                          f"needs the consent of the {r.role}" if subject == "person" and r.role
                                          not in (None, "applicant", "representative") else
                                          "needs the applicant's consent",) if reg.consent else ())
                                      + ((f"what it gives for {r.concept}: {reg.provides_notes[r.concept]}",)
                                         if r.concept in reg.provides_notes else ())
                                      # (a channel open to some kinds of agency only: analyze uses it where the
                                      # forms' issuing agency is of that kind — review 42 #3)
                                      + ((f"open only to agencies of kind {', '.join(reg.users)}: the plan uses it "
                                          "only where the forms' issuing agency is one",) if reg.users else ())))
    return out


def form_calculations(match: MatchResult, kb: Knowledge) -> list[Derivation]:
    """The answers a fillable form computes itself (its AcroForm calculations): a sum is a total of the
    fields it names, anything else a computed value; the inputs are those fields of the same document."""
    rule = kb.rules.get("D-FORM-CALC")
    if rule is None:
        return []
    by_name: dict[tuple[str, str], str] = {}
    for fid, f in match.fields.items():
        if f.name:
            by_name.setdefault((match.doc_of[fid], f.name), fid)
    out = []
    for fid, f in match.fields.items():
        if not f.calculation:
            continue
        inputs = [by_name[(match.doc_of[fid], n)] for n in f.calculated_from if (match.doc_of[fid], n) in by_name]
        if not inputs or absent_names(f.calculated_from, {name for (doc, name) in by_name if doc == match.doc_of[fid]}):
            # (a calculation naming fields the form does not have computes nothing as shipped: the reader warns of
            # it, and the answer is not the form's own — grants review 43 #6)
            continue
        out.append(Derivation(rule=rule.id, type="total" if f.calculation.startswith("SUM(") else "computed",
                              target=fid, inputs=tuple(sorted(set(inputs))), how=f"{rule.how}: {f.calculation}",
                              evidence=(f"the form's calculation: {f.calculation}",)))
    return out


def derive(match: MatchResult, kb: Knowledge, country: Optional[str] = None,
           agreements: tuple[tuple[str, str], ...] = ()) -> tuple[Derivation, ...]:
    """All derivations of a package: the form's own calculations, computed values, totals, equal-by-rule and
    registry lookups. A total the form computes itself is not guessed again from its line items.
    ``agreements``: the package's printed sentences that two answers agree, as (form, sentence) —
    :func:`printed_agreements`; a rule that needs one holds only with it."""
    # what the form itself says: its calculations, the formulas and the arithmetic its labels print
    own = form_calculations(match, kb)
    computed_by_form = {d.target for d in own}
    printed = [d for d in printed_formulas(match, kb) + line_arithmetic(match, kb) if d.target not in computed_by_form]
    own += printed
    computed_by_form |= {d.target for d in printed}
    t = [d for d in totals(match, kb) if d.target not in computed_by_form]
    out = own + computed(match, kb) + checklist_rollups(match, kb) + t + equal_by_rule(match, kb, t, agreements) + registry_lookups(match, kb, country=country,
                                                                                                      agreements=agreements)
    return tuple(sorted(out, key=lambda d: (d.target, d.rule)))
