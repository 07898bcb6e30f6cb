"""The exhibits a form lists, set against the package: what is filed with the form beyond the package's forms.

SBA Form 1244 lists 28 exhibits — financial statements, projections, debt schedules, Forms 413, 159, 2481 and
1971 — that are filed with it; a package of four forms is not what a 504 borrower files (review 46 #2). formslim does
not count the exhibits in its figures (what each one costs an applicant is not printed), so it says how many there
are, which are filed only in some cases, which forms they name that the package lacks, and which documents of the
package no exhibit names.
"""
from __future__ import annotations

import re

from ..match.consistency import names_document
from ..model import Package, ReductionPlan


def _number(form: str) -> str:
    m = re.search(r"([A-Z]{0,3}-?\d{2,5}[A-Z]?)\s*$", form, re.I)
    return m.group(1).lower() if m else ""


def _is(doc, form: str, words: str) -> bool:
    """Whether ``doc`` is the form an exhibit names (``form``: "SBA Form 413"): by the number its header prints, else
    by its title printed right after the number in the exhibit ("SBA Form 413, Personal Financial Statement") — as a
    recency rule's subject names its document."""
    at = words.lower().find(form.lower())
    return at >= 0 and names_document(words[at:at + len(form) + 80], doc)


def exhibit_findings(package: Package, plan: ReductionPlan) -> list[dict]:
    """Each counted document that lists exhibits: ``key``, ``title``, ``exhibits`` (number, text, condition, forms —
    each form with the package document that is it, or null), ``conditional`` (how many are filed only in some
    cases), ``forms_missing`` (forms the exhibits name that the package lacks) and ``unnamed`` (the package's other
    counted documents no exhibit names, by title)."""
    counted = {d.key or d.file: d for d in plan.documents if d.counted}
    logical = [x for d in package.documents for x in d.logical if (x.key or x.path) in counted]
    out = []
    for doc in logical:
        if not doc.exhibits:
            continue
        items, named, missing = [], set(), []
        for e in doc.exhibits:
            forms = []
            for form in e.forms:
                match = next((x for x in logical if x is not doc and _is(x, form, e.text)), None)
                forms.append({"form": form, "document": (match.key or match.path) if match else None})
                if match is not None:
                    named.add(match.key or match.path)
                elif form not in missing and _number(form) != re.sub(r"^\D+\s+", "", doc.form_number or ""):
                    missing.append(form)
            items.append({"number": e.number, "text": e.text, "condition": e.condition, "forms": forms})
        unnamed = [counted[x.key or x.path].title or x.path for x in logical
                   if x is not doc and (x.key or x.path) not in named]
        out.append({"key": doc.key or doc.path, "title": doc.title or doc.path, "exhibits": items,
                    "conditional": sum(1 for e in items if e["condition"]), "forms_missing": missing,
                    "unnamed": unnamed})
    return out
