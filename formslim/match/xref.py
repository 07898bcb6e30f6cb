"""Links a form states itself: "Enter the amount from Form 1040, line 38", "If a profit, enter on both
Form 1040, line 12 and on Schedule SE, line 2", "Amount from line 37".

A line that tells the filer to copy another line's amount, or to carry its own amount to another form's
line, asks the same datum as that line. Such a cross-reference is resolved against the package: the cited
form is the document whose header gives that number (``Document.form_number``), the cited line the one
field of it printed with that line number (``Field.line``). A reference that names a form not in the
package, or a line that is not exactly one field, is left alone. The links are certain (rule M-XREF) and
carry the reference as evidence; inside one document a copy ("Amount from line 37") is a link too, the
datum asked twice.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from ..components import components
from ..model import Link, Package

SCORE = 0.96

#: "Form 1040, line 38", "Schedule SE, line 2", "DC Schedule I, Calc A, line 8", "D-40, Line 12", "Total amount
#: from Form(s) W-2, box 1" (an information return's numbered box)
_CITED = re.compile(
    r"\b(?:(?:the|your|federal|dc|state)\s+)*(form|schedule)(?:\(s\))?\s+([a-z0-9]{1,5}(?:-[a-z0-9]{1,4})?)"
    r"(?:\s*\(form\s+[\w-]+\))?\s*,?\s*(?:(?:calc(?:ulation)?|part|section)\s+\w+\s*,?\s*)?(?:line|box)\s+([1-9]\d?[a-z]?)\b"
    r"(?!\s*(?:and|through|to|[-–])\s*\d)"  # "lines 4 and 5", "line 4 through 6": a sum, not one line
    r"|\b([a-z]{1,2}-\d{1,3}[a-z]?)\s*,?\s*line\s+([1-9]\d?[a-z]?)\b(?!\s*(?:and|through|to|[-–])\s*\d)"
    # "on Line 29 of D-40", "line 37 of Form 1040": the line first, then the form
    r"|\bline\s+([1-9]\d?[a-z]?)\s+of\s+(?:(?:the|your|federal|dc|state)\s+)*(?:form\s+)?"
    r"([a-z]{1,2}-\d{1,3}[a-z]?|\d{3,4}[a-z]{0,2})\b", re.I)
#: the field's whole entry is a copy: "Amount from line 37 (adjusted gross income)", "Enter the amount from
#: line 8", "Enter the amount from Form 1040, line 38"
_COPY = re.compile(r"^\W*(?:line\s+[1-9]\d?[a-z]?\.?\s+)?(?:[1-9]\d?[a-z]?\s+)?(?:enter\s+)?(?:the\s+)?(?:total\s+)?"
                   r"(?:amount|total)\s+(?:from|on)\s+", re.I)
#: carried to another form: "enter here and on Form 1040, line 48", "enter on both Form 1040, line 12",
#: "include on Schedule D, line 1b", "enter this amount on Form 1040, line 13"
_CARRY = re.compile(r"\b(?:enter|include|report|carry)\b([^.;]{0,80}?)\bon\b", re.I)
#: a share of the cited line, not the line: "Enter each person's portion of the amount entered on D-40"
_SHARE = re.compile(r"\b(?:portion|part|percent|share|half|fraction)\b|%", re.I)
#: the line's datum comes from the cited line: "Federal adjusted gross income from federal Form 1040, line
#: 37", "Other subtractions from DC Schedule I, Calculation B, Line 16" — unless the clause computes
_FROM = re.compile(r"^([^.;]*?)\bfrom\s+(?:(?:the|your|federal|dc|state)\s+)*(?:form|schedule)\s", re.I)
_COMPUTES = re.compile(r"\b(?:subtract|multiply|divide|add|combine|smaller|larger|less|minus|plus|times)\b", re.I)
_GLUED = re.compile(r"(?<=[a-z])(?=(?:Form|Schedule)\s)")
_OWN_LINE = re.compile(r"\b(?:enter\s+)?(?:the\s+)?amount\s+from\s+line\s+([1-9]\d?[a-z]?)\b", re.I)


def _cited(text: str) -> list[tuple[str, str, str]]:
    """(form number, line, "line" or "box") triples a text cites: ("form 1040", "38", "line"),
    ("form w-2", "1", "box")."""
    out = []
    for m in _CITED.finditer(text):
        unit = "box" if re.search(r"\bbox\s+\w+\s*$", m.group(0), re.I) else "line"
        if m.group(1):
            out.append((f"{m.group(1).lower()} {m.group(2).lower()}", m.group(3).lower(), unit))
        elif m.group(4):
            out.append((f"form {m.group(4).lower()}", m.group(5).lower(), unit))
        else:
            out.append((f"form {m.group(7).lower()}", m.group(6).lower(), unit))
    return out


def _printed(form: str) -> str:
    """"schedule se" → "Schedule SE", "form 1040" → "Form 1040": the number as forms print it."""
    word, _, number = form.partition(" ")
    return f"{word.title()} {number.upper()}".strip()


def cross_reference_links(package: Package) -> list[Link]:
    """Certain links for the lines a form copies from, or carries to, another line of the package."""
    forms: dict[str, list] = defaultdict(list)
    for d in package.documents:
        if d.form_number:
            forms[d.form_number].append(d)
    lines: dict[tuple[str, str], list] = defaultdict(list)  # (document key, line) → fields
    for d in package.documents:
        for f in d.fields:
            if f.line and f.kind not in ("checkbox", "radio", "signature"):
                lines[(d.key, f.line)].append(f)

    def target(doc_key: str, line: str):
        found = lines.get((doc_key, line), [])
        return found[0] if len(found) == 1 else None

    made: dict[frozenset, Link] = {}
    for d in package.documents:
        for f in d.fields:
            if f.kind in ("checkbox", "radio", "signature"):
                continue
            # runs printed in another font lose the space before them: "enter on bothForm 1040, line 12"
            text = _GLUED.sub(" ", re.sub(r"\s+", " ", f.label))
            copy, carry = _COPY.search(text), _CARRY.search(text)
            if not copy:
                for clause in re.split(r"(?<=[.;])\s+", text):
                    m = _FROM.search(clause)
                    if m and not _COMPUTES.search(m.group(1)):
                        copy = m
                        break
            if carry and _SHARE.search(carry.group(1)):
                carry = None
            refs: list[tuple[Optional[str], str, str]] = []  # (document key, line, how it reads)
            cited_lines = _cited(text) if copy or carry else []
            if copy or carry:
                for form, line, unit in cited_lines:
                    docs = [x for x in forms.get(form, []) if x.key != d.key]
                    if len(docs) == 1:
                        refs.append((docs[0].key, line, f"{_printed(form)}, {unit} {line}"))
            if copy:
                m = _OWN_LINE.search(text)
                if m and not cited_lines:
                    refs.append((d.key, m.group(1).lower(), f"line {m.group(1).lower()} of this form"))
            for doc_key, line, cited in refs:
                other = target(doc_key, line)
                if other is None or other.id == f.id or (doc_key == d.key and other.line == f.line):
                    continue
                a, b = sorted((f.id, other.id))
                made[frozenset((a, b))] = Link(
                    a=a, b=b, score=SCORE, status="certain", rule="M-XREF",
                    evidence=(f"'{f.label[:70]}' ({d.key}) cites {cited}: '{other.label[:60]}' ({doc_key})",))
    return sorted(_chained(made, {f.id: f for d in package.documents for f in d.fields}).values(),
                  key=lambda l: (l.a, l.b))


def _chained(made: dict[frozenset, Link], by_id: dict) -> dict[frozenset, Link]:
    """The references a form states, followed to their end: a line that copies a line that is itself a
    copy ("Enter amount from Form 1040, line 38", where line 38 is "Amount from line 37") asks line 37's
    datum too, and two lines copying one line ask one datum. Every step is a printed copy or carry, so the
    chain is as certain as its steps; the evidence names the line in between."""
    out = dict(made)
    for group in components(sorted(tuple(sorted(pair)) for pair in made)):
        if len(group) < 3:
            continue
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if frozenset((a, b)) in out:
                    continue
                via = next((m for m in group if frozenset((a, m)) in made and frozenset((m, b)) in made), None)
                step = f"'{by_id[via].label[:50]}'" if via else "a chain of printed references"
                out[frozenset((a, b))] = Link(
                    a=a, b=b, score=SCORE, status="certain", rule="M-XREF",
                    evidence=(f"'{by_id[a].label[:50]}' and '{by_id[b].label[:50]}' are both, by the forms' own "
                              f"references, the same line as {step}",))
    return out
