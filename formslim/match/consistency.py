"""Printed rules that disagree between documents of one package.

A programme notice and the templates it ships state the same rules — the share of the budget the grant may
cover, the share the applicant pays — and an applicant reads both. Where one document prints a bound on an
amount ("정부지원사업비 70% 이하") and another prints the opposite bound on that amount at that share
("정부지원사업비(A) 총 사업비의 70% 이상"), the package contradicts itself: a reviewer decides which is meant, and
the template is corrected before anyone fills it (K-Startup 2025, review 28 #7).

Only a document whose bounds on that amount and share all point one way can be contradicted: a notice that
prints both "50% 초과" and "50% 이하" of one amount states two rules of different cases, not a contradiction.
"""
from __future__ import annotations

import re

from ..model import Package

_UPPER = {"이하", "미만"}
_LOWER = {"이상", "초과"}


def _side(direction: str) -> str:
    return "upper" if direction in _UPPER else "lower" if direction in _LOWER else ""


def bound_conflicts(package: Package, skip: frozenset = frozenset()) -> list[dict]:
    """Each amount and share that one document bounds one way and another the other way: ``subject``,
    ``percent`` and the documents with what each prints (``title``, ``file``, ``directions``, ``text``).
    ``skip``: the keys of documents not to read (a form's twin in another format: one form, read once)."""
    by_key: dict[tuple[str, str], dict[str, dict]] = {}
    for d in package.documents:
        for x in d.logical:
            if x.key in skip:
                continue
            title = x.title or x.locator or x.path
            for b in x.bounds:
                side = _side(b.direction)
                if not side:
                    continue
                entry = by_key.setdefault((b.subject, b.percent), {}).setdefault(
                    title, {"title": title, "file": x.path, "directions": [], "sides": set(), "text": []})
                if b.direction not in entry["directions"]:
                    entry["directions"].append(b.direction)
                    entry["text"].append(b.text)
                entry["sides"].add(side)
    out = []
    for (subject, percent), docs in by_key.items():
        if len(docs) < 2:
            continue
        one_way = [e for e in docs.values() if len(e["sides"]) == 1]
        against = [e for e in docs.values() for o in one_way if e is not o and e["sides"] - o["sides"]]
        if one_way and against:
            out.append({"subject": subject, "percent": percent,
                        "documents": [{"title": e["title"], "file": e["file"], "directions": e["directions"],
                                       "text": e["text"]} for e in docs.values()]})
    return out


#: a case a window is printed for names programmes by number or acronym ("7(a)/504/SBG/8(a) BD/WOSB", "Disaster")
_CASE_TOKEN = re.compile(r"[A-Za-z0-9]+(?:\([a-z]\))?")


def _case_tokens(text: str) -> set[str]:
    """The words of a case or programme name that can name a programme: a number ("504", "7(a)") or an acronym
    ("SBG", "WOSB"); a capitalised word ("Disaster") where nothing else is printed."""
    words = _CASE_TOKEN.findall(text or "")
    strong = {w.lower() for w in words if any(c.isdigit() for c in w) or (len(w) >= 2 and w.isupper())}
    return strong or {w.lower() for w in words if w[:1].isupper() and len(w) > 3}


def names_document(subject: str, target) -> bool:
    """Whether a window's subject ("SBA Form 413, Personal Financial Statement") is ``target``: by the number its
    header prints, else by its title."""
    number = re.sub(r"^(?:form|schedule)\s+", "", target.form_number or "")
    if number and re.search(r"\bform\s+" + re.escape(number) + r"\b", subject, re.I):
        return True
    title = re.sub(r"\s+", " ", (target.title or "")).strip().lower()
    return len(title) >= 8 and title in re.sub(r"\s+", " ", subject).lower()


def window_conflicts(package: Package, programme: str, skip: frozenset = frozenset()) -> list[dict]:
    """Each document whose required recency another document prints differently from what it prints itself for this
    programme (review 46 #7: SBA Form 1244 asks for "SBA Form 413 … signed and current within 90 days"; the 413 says
    "within 120 days of submission for 7(a)/504/…"): ``subject`` (its title), ``file``, ``case`` (the case of its own
    window that names the programme; "" where it prints one for every case) and ``documents`` (each with ``title``,
    ``file``, ``days``, ``text``; the document itself last). A form that prints its window for other programmes only
    is not compared: which applies is not known."""
    docs = [x for d in package.documents for x in d.logical if x.key not in skip]
    wanted = _case_tokens(programme)
    out = []
    for target in docs:
        own = [w for w in target.windows if not w.subject]
        cases = [w for w in own if w.applies_to and _case_tokens(w.applies_to) & wanted]
        applicable = cases or [w for w in own if not w.applies_to]
        if not applicable:
            continue
        days = sorted({w.days for w in applicable})
        others = []
        for other in docs:
            said = [w for w in other.windows if other is not target and w.subject and names_document(w.subject, target)
                    and w.days not in days]
            if said:
                others.append({"title": other.title or other.path, "file": other.path,
                               "days": sorted({w.days for w in said}), "text": [w.text for w in said]})
        if others:
            out.append({"subject": target.title or target.path, "file": target.path,
                        "case": cases[0].applies_to if cases else "",
                        "documents": others + [{"title": target.title or target.path, "file": target.path,
                                                "days": days, "text": [w.text for w in applicable]}]})
    return out
