"""Links a form states itself: "Enter the amount from Form 1040, line 38", "If a profit, enter on both
Form 1040, line 12 and on Schedule SE, line 2", "Amount from line 37".

A line that tells the filer to copy another line's amount, or to carry its own amount to another form's
line, asks the same datum as that line. Such a cross-reference is resolved against the package: the cited
form is the document whose header gives that number (``Document.form_number``), the cited line the one
field of it printed with that line number (``Field.line``). A reference that names a form not in the
package, or a line that is not exactly one field, is left alone. The links are certain (rule M-XREF) and
carry the reference as evidence — review links where the line totals the cited box over several forms ("Total
amount from Form(s) W-2, box 1") or the two forms' titles print different years ("2024 Form 1040", "2025 Form
W-2"); inside one document a copy ("Amount from line 37") is a link too, the
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
#: a sentence of the printed text carrying a line to another form's line (Document.printed_carries), its parts
_PRINTED_CARRY = re.compile(r"(?:\b(?P<case>if\s+line\s+\d{1,2}[a-z]?\s+is\s+[^,.;]{2,30}),\s*)?\benter\s+the\s+amount\s+"
                            r"from\s+line\s+(?P<src>\d{1,2}[a-z]?)\s+on\s+(?:your\s+)?(?P<form>(?:form|schedule)\s+"
                            r"[a-z0-9-]{1,6})\s*,\s*line\s+(?P<dst>\d{1,2}[a-z]?)\b", re.I)
#: the case a carry holds in, by the sign of a line: "If line 16 is a loss, enter here and on Form 1040, line 13" —
#: the return's line takes line 16 in the other case (IRS review 56 #3)
_LINE_CASE = re.compile(r"\bif\s+line\s+\d{1,2}[a-z]?\s+is\s+[^,.;]{2,30}", re.I)
#: a line carried to one of several lines, each in its case: "line 2 (if Box B above is checked)"
_IN_CASE = re.compile(r"\bline\s+([1-9]\d?[a-z]?)\s*\((if\s[^()]{3,60})\)", re.I)
#: a share of the cited line, not the line: "Enter each person's portion of the amount entered on D-40"
_SHARE = re.compile(r"\b(?:portion|part|percent|share|half|fraction)\b|%", re.I)
#: the line's datum comes from the cited line: "Federal adjusted gross income from federal Form 1040, line
#: 37", "Other subtractions from DC Schedule I, Calculation B, Line 16" — unless the clause computes
_FROM = re.compile(r"^([^.;]*?)\bfrom\s+(?:(?:the|your|federal|dc|state)\s+)*(?:form|schedule)\s", re.I)
_COMPUTES = re.compile(r"\b(?:subtract|multiply|divide|add|combine|smaller|larger|less|minus|plus|times)\b", re.I)
_GLUED = re.compile(r"(?<=[a-z])(?=(?:Form|Schedule)\s)")
#: a copied amount changed by others on the same line: "Enter the amount from Schedule C, line 29, plus any gain …
#: minus any loss …" (Form 8829 line 8) is that line's figure only where there are none (IRS review 56 #3)
_ADJUSTED = re.compile(r"\b(?:plus|minus|less|increased\s+by|reduced\s+by|adjusted\s+(?:by|for))\b", re.I)
_OWN_LINE = re.compile(r"\b(?:enter\s+)?(?:the\s+)?amount\s+from\s+line\s+([1-9]\d?[a-z]?)\b", re.I)


REVIEW_SCORE = 0.8
#: a form cited as one of several the filer may have: "Form(s) W-2" (its number, as printed)
_SEVERAL_FORMS = re.compile(r"\bforms?\(s\)\s+([a-z0-9]{1,5}(?:-[a-z0-9]{1,4})?)\b", re.I)
#: the year a form's title prints for the period it is filed for: "2024 Form 1040", "Form W-2 … 2025" (not a
#: revision date: "Form W-9 (Rev. March 2024)")
_TITLE_YEAR = re.compile(r"(?<![\w.])((?:19|20)\d\d)(?![\w-])")
_REVISION = re.compile(r"\brev(?:ision|ised)?\.?\s*(?:[a-z]+\.?\s+)?(?:\d{1,2}[-/])?$", re.I)


def form_year(title: str) -> str:
    """The one year a form's title prints for the period it is filed for ("2024 Form 1040" → "2024"), not its
    revision ("Form W-9 (Rev. March 2024)"); "" where it prints none or several."""
    years = {m.group(1) for m in _TITLE_YEAR.finditer(title or "") if not _REVISION.search(title[:m.start()])}
    return next(iter(years)) if len(years) == 1 else ""


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


def _sentence_citing(text: str, line: str) -> str:
    """The sentence of a label that cites ``line`` ("… from Schedule C, line 29, plus any gain …"); "" if none."""
    cite = re.compile(rf"\b(?:line|box)\s+{re.escape(line)}\b", re.I)
    return next((c for c in re.split(r"(?<=[.;])\s+", text) if cite.search(c)), "")


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

    def row_of(f, doc_key: str) -> list:
        """The boxes printed on one row with ``f`` (a line's columns), left to right."""
        if not f.location.bbox:
            return [f]
        top = f.location.bbox[1]
        return sorted((x for x in by_doc[doc_key] if x.location.page == f.location.page and x.location.bbox
                       and abs(x.location.bbox[1] - top) < 4 and x.kind not in ("checkbox", "radio", "signature")),
                      key=lambda x: x.location.bbox[0])

    def target(doc_key: str, line: str, f=None, own_doc: str = ""):
        found = lines.get((doc_key, line), [])
        if len(found) == 1:
            return found[0]
        if f is None:
            return None
        # a line of several columns carried to a line of as many ("Enter each total here and include on your
        # Schedule D, line 1b": Form 8949's columns (d), (e), (g), (h) to Schedule D's, left to right); "line 1"
        # where the form prints 1a and 1b: the one of them with as many columns
        own = row_of(f, own_doc)
        if f not in own or len(own) < 2:
            return None
        cands = [found] if found else [v for (k, n), v in lines.items() if k == doc_key and re.fullmatch(
            rf"{re.escape(line)}[a-z]", n)]
        cands = [sorted(c, key=lambda x: x.location.bbox[0] if x.location.bbox else 0) for c in cands if len(c) == len(own)]
        return cands[0][own.index(f)] if len(cands) == 1 else None

    by_doc = {d.key: d.fields for d in package.documents}
    made: dict[frozenset, Link] = {}
    year = {d.key: form_year(d.title) for d in package.documents}
    for d in package.documents:
        for f in d.fields:
            if f.kind in ("checkbox", "radio", "signature"):
                continue
            # runs printed in another font lose the space before them: "enter on bothForm 1040, line 12"
            text = _GLUED.sub(" ", re.sub(r"\s+", " ", f.label))
            copy, carry = _COPY.search(text), _CARRY.search(text)
            if not copy and not carry and f.caption:
                # (the caption printed for the line, where its tooltip drops the carry: Schedule A line 29 — only
                # the clause that carries, from its verb on: "Is Form 1040, line 38, over $150,000? … Also, enter
                # this amount on Form 1040, line 40" cites line 38 as a test, and carries to line 40 alone)
                caption = _GLUED.sub(" ", re.sub(r"\s+", " ", f.caption))
                carry = _CARRY.search(caption)
                if carry:
                    text = caption[carry.start():]
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
            # "Total amount from Form(s) W-2, box 1": the box summed over every such form the filer has
            several = {form for form in _SEVERAL_FORMS.findall(text)} if copy else set()
            cases: dict[str, str] = {}  # line → the case it is carried to in ("if Box A above is checked")
            if copy or carry:
                for form, line, unit in cited_lines:
                    docs = [x for x in forms.get(form, []) if x.key != d.key]
                    if len(docs) == 1:
                        refs.append((docs[0].key, line, f"{_printed(form)}, {unit} {line}"))
                        # "… on your Schedule D, line 1 (if Box A above is checked), line 2 (if Box B …), or line 3
                        # (if Box C …)": each a line of that form, in its case
                        alternatives = [(m.group(1).lower(), m.group(2)) for m in _IN_CASE.finditer(text)]
                        if len(alternatives) > 1 and line in {x for x, _ in alternatives}:
                            cases = dict(alternatives)
                            refs += [(docs[0].key, x, f"{_printed(form)}, {unit} {x}") for x, _ in alternatives
                                     if x != line]
            if copy:
                m = _OWN_LINE.search(text)
                if m and not cited_lines:
                    refs.append((d.key, m.group(1).lower(), f"line {m.group(1).lower()} of this form"))
            for doc_key, line, cited in refs:
                other = target(doc_key, line, f, d.key)
                if other is None or other.id == f.id or (doc_key == d.key and other.line == f.line):
                    continue
                a, b = sorted((f.id, other.id))
                evidence = (f"'{f.label[:70]}' ({d.key}) cites {cited}: '{other.label[:60]}' ({doc_key})",)
                cited_form = next((x.form_number for x in package.documents if x.key == doc_key), "")
                years = (year.get(d.key), year.get(doc_key))
                doubts = []
                if cited_form and cited_form.split(" ", 1)[-1] in {x.lower() for x in several}:
                    doubts.append(f"it totals {_printed(cited_form)} over every such form the filer has: the same only "
                                  "where this is the only one")
                if copy and not carry and (adjusted := _ADJUSTED.search(_sentence_citing(text, line))):
                    doubts.append(f"the line takes {cited} {adjusted.group(0).lower()} other amounts it names: the same "
                                  "figure only where there are none")
                if line in cases:
                    doubts.append(f"it goes to {cited} only {cases[line]}")
                elif carry and not copy and (case := _LINE_CASE.search(text[max(0, text.rfind(".", 0, carry.start()) + 1):
                                                                          carry.start()])):
                    doubts.append(f"it goes to {cited} only {case.group(0)[0].lower()}{case.group(0)[1:]}: in the "
                                  "other case another line does")
                if all(years) and years[0] != years[1]:
                    doubts.append(f"the forms are of different years ({years[0]} and {years[1]}): a figure of one year "
                                  "is not the other's")
                made[frozenset((a, b))] = Link(a=a, b=b, score=SCORE, status="certain", rule="M-XREF", evidence=evidence) \
                    if not doubts else Link(a=a, b=b, score=REVIEW_SCORE, status="review", rule="M-XREF",
                                            evidence=evidence + tuple(doubts))
    for d in package.documents:
        # (a flow the form prints below a line, not in its box's caption: Schedule D's "If line 16 is a gain, enter the
        # amount from line 16 on Form 1040, line 13")
        for sentence in d.printed_carries:
            m = _PRINTED_CARRY.search(sentence)
            docs = [x for x in forms.get(m.group("form").lower().replace("  ", " "), []) if x.key != d.key] if m else []
            if len(docs) != 1:
                continue
            src, dst = target(d.key, m.group("src").lower()), target(docs[0].key, m.group("dst").lower())
            if src is None or dst is None:
                continue
            a, b = sorted((src.id, dst.id))
            evidence = (f"{d.key} prints '{sentence[:120]}': '{src.label[:50]}' goes to '{dst.label[:50]}' ({docs[0].key})",)
            made.setdefault(frozenset((a, b)), Link(
                a=a, b=b, score=REVIEW_SCORE, status="review", rule="M-XREF",
                evidence=evidence + (f"only {m.group('case')[0].lower()}{m.group('case')[1:]}: in the other case another "
                                     "line does",)) if m.group("case") else
                Link(a=a, b=b, score=SCORE, status="certain", rule="M-XREF", evidence=evidence))
    for pair, link in _named_federal_links(package, forms).items():
        made.setdefault(pair, link)
    return sorted(_chained(made, {f.id: f for d in package.documents for f in d.fields}).values(),
                  key=lambda l: (l.a, l.b))


#: a line that takes a datum it names, not by line, from the federal return: "Federal adjusted gross income from
#: adjusted gross income lines on Federal Forms 1040, 1040A …", "Enter the number of exemptions claimed on your
#: federal return", "Enter your federal EIC" (DC D-40, 2013)
_FEDERAL_FORMS = re.compile(r"\bfederal\s+forms?\s+((?:\d{3,4}[a-z]{0,2}(?:-[a-z]{1,2})?(?:\s*,\s*|\s+(?:and|or)\s+|,?\s+or\s+)?)+)", re.I)
_ENTER_YOUR_FEDERAL = re.compile(r"^(?:enter\s+)?your\s+federal\s+(?P<datum>[\w ()'-]{2,60})$", re.I)
_FROM_FEDERAL = re.compile(r"^(?:enter\s+)?(?:the\s+)?(?P<datum>[\w ()'-]{3,80}?)\s+(?:from|on)\s+(?:\w+\s+){0,5}?"
                           r"(?:your\s+|the\s+)?federal\s+(?:return|forms?)\b", re.I)
_LINE_HEAD = re.compile(r"^\s*(?:line\s+)?[1-9]\d?[a-z]?\.?\s+", re.I)
_NOT_DATUM = {"the", "of", "a", "an", "your", "federal", "amount", "amounts", "total", "enter", "line", "lines", "on",
              "from", "and", "or", "for", "in", "to", "as", "you"}


def _datum_words(phrase: str) -> tuple[frozenset, frozenset]:
    """(content words, lower case; abbreviations as printed — "EIC") of the datum a line names."""
    words = re.findall(r"[A-Za-z]+", phrase)
    return (frozenset(w.lower() for w in words if w.lower() not in _NOT_DATUM and len(w) > 1),
            frozenset(w for w in words if len(w) >= 3 and w.isupper()))


def _named_federal_links(package: Package, forms: dict[str, list]) -> dict[frozenset, Link]:
    """Certain links for the lines of a state form that take a datum they name from the federal return: the
    federal return is the one document of the package whose number the form cites as a federal form ("Federal
    Forms 1040, 1040A, …"); the line it means is the one field of that return whose label holds every word of
    the named datum (or the abbreviation, "EIC") — a line that only copies another ("Amount from line 37") aside.
    A line that says not to copy ("Do not copy from federal return"), or whose datum matches no line or several,
    is left alone."""
    made: dict[frozenset, Link] = {}
    for d in package.documents:
        numbers = {f"form {n.lower()}" for f in d.fields for m in _FEDERAL_FORMS.finditer(f.label)
                   for n in re.findall(r"\d{3,4}[a-z]{0,2}(?:-[a-z]{1,2})?", m.group(1), re.I)}
        federal = [x for n in sorted(numbers) for x in forms.get(n, []) if x.key != d.key]
        if len({x.key for x in federal}) != 1:
            continue
        ret = federal[0]
        for f in d.fields:
            if f.kind in ("checkbox", "radio", "signature"):
                continue
            text = _LINE_HEAD.sub("", re.sub(r"\s+", " ", f.label))
            sentence = next((x for x in re.split(r"(?<=\.)\s+", text) if re.search(r"\bfederal\b", x, re.I)), "")
            if not sentence or re.search(r"\bnot\b|\bsee instructions\b", sentence, re.I):
                continue
            m = _ENTER_YOUR_FEDERAL.match(sentence.rstrip(". ")) or _FROM_FEDERAL.match(sentence)
            cites = {f"form {n.lower()}" for c in _FEDERAL_FORMS.finditer(sentence)
                     for n in re.findall(r"\d{3,4}[a-z]{0,2}(?:-[a-z]{1,2})?", c.group(1), re.I)}
            if not m or (cites and ret.form_number not in cites):
                continue  # (a line from another federal form — Form 2441 — is that form's, not the return's)
            words, abbreviations = _datum_words(m.group("datum"))
            if len(words) < 2 and not abbreviations:
                continue
            hits = [x for x in ret.fields if x.kind not in ("checkbox", "radio", "signature")
                    and (words <= set(w.lower() for w in re.findall(r"[A-Za-z]+", x.label))
                         or (abbreviations and abbreviations <= set(re.findall(r"[A-Za-z]+", x.label))))]
            hits = [x for x in hits if not _COPY.search(x.label)] or hits
            if len(hits) != 1:
                continue
            a, b = sorted((f.id, hits[0].id))
            made[frozenset((a, b))] = Link(
                a=a, b=b, score=SCORE, status="certain", rule="M-XREF",
                evidence=(f"'{f.label[:70]}' ({d.key}) takes the federal return's '{m.group('datum').strip()}': "
                          f"'{hits[0].label[:60]}' ({ret.key}, the federal form it cites)",))
    return made


def _chained(made: dict[frozenset, Link], by_id: dict) -> dict[frozenset, Link]:
    """The references a form states, followed to their end: a line that copies a line that is itself a
    copy ("Enter amount from Form 1040, line 38", where line 38 is "Amount from line 37") asks line 37's
    datum too, and two lines copying one line ask one datum. Every step is a printed copy or carry, so the
    chain is as certain as its steps; the evidence names the line in between."""
    out = dict(made)
    made = {pair: link for pair, link in made.items() if link.status == "certain"}  # (a doubted step: no chain)
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
