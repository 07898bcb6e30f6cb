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
