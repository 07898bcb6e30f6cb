"""The submissions a package's notices and specifications require, set against the package: by stage, each with
when and to whom, whether the package holds its form, what stands in for it, whether a registry holds it, and
which are required twice.

A 조달청 bid package holds a notice, a 구매요구서 and three 확약서; the supplier files a 서약서 with the bid (the e-bid
stands in for it), 적격심사 papers, the 확약서 before the contract, a 사업이행계획서 after it, and at acceptance a
품질보증서, a 제조일 증명서, a KCS 인증서 (required twice, at 2.1.4 and 6.2.3) and 시험성적서 (review 47 #1, #2). formslim
does not count them in its figures — what each costs is not printed, and most are filed by the winner only — but a
reader is told what they are, stage by stage, instead of "0 → 0".
"""
from __future__ import annotations

import re
from itertools import combinations
from typing import Optional

from ..match.reading import compact
from ..model import Package, ReductionPlan
from ..parse.duties import GENERIC, STAGES
from .plan import _registry_for


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", re.sub(r"[^\w\s]", " ", name)) if w and w not in ("또는", "및", "의")]


def same_document(a: dict, b: dict) -> bool:
    """Whether two required documents are one: written on the same annex form where either names one, else named
    alike — the words of the shorter name (two at least) are all words of the longer and both end in the same
    noun ("KCS 인증서" ~ "KCS 또는 동등규격의 인증서"). A bare or generic name ("확약서", "성적서", "증빙자료") is
    no other's but its own."""
    if a["form"] or b["form"]:
        return compact(a["form"]) == compact(b["form"]) and a["source"] == b["source"]
    x, y = a["document"].strip(), b["document"].strip()
    if GENERIC.match(x) or GENERIC.match(y):
        return False
    wa, wb = _words(x), _words(y)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if compact(x) == compact(y):
        return len(short) >= 2 or len(compact(x)) >= 6
    return len(short) >= 2 and short[-1] == long_[-1] and set(short) <= set(long_)


def _in_package(duty, logical) -> Optional[str]:
    """The key of the package's document a duty is written on: the annex its sentence names ("확약서(붙임1 서식
    참조)" → the part that starts "[붙임 1]"), else a document titled as it is named; None."""
    if duty.form:
        want = compact(duty.form)
        for x in logical:
            if x.locator and compact(re.sub(r"[<>\[\]()〈〉【】]", "", x.locator)).startswith(want):
                return x.key or x.path
    name = compact(duty.document)
    if len(name) >= 4 and not GENERIC.match(duty.document):
        for x in logical:
            if x.kind != "notice" and x.title and compact(x.title) == name:
                return x.key or x.path
        # (the category a checklist prints its attachment under: the notice's "가점 증빙서류" is the checklist's
        # "[가점관련 증빙서류 (최대 1점)] … [붙임 4]" — in the package and counted, not a paper beyond it: review 61 #2)
        for x in logical:
            for entry in x.attachment_details:
                no, _, body = entry.partition(": ")
                category = re.match(r"\[([^\]]+)\]", body)
                if category and _names(duty.document, category.group(1)):
                    want = compact(no)
                    home = next((y for y in logical if y.path == x.path and y.locator
                                 and compact(re.sub(r"[<>\[\]()〈〉【】]", "", y.locator)) == want), None)
                    if home is not None:
                        return home.key or home.path
    return None


def _names(name: str, heading: str) -> bool:
    """Whether a document's name is a heading's, in its words: two words at least, its last word one of the heading's
    and each other word the start of one ("가점 증빙서류" ~ "가점관련 증빙서류 (최대 1점)")."""
    mine, theirs = _words(name), _words(heading)
    return len(mine) >= 2 and mine[-1] in theirs and all(any(w.startswith(v) for w in theirs) for v in mine[:-1])


def _requested(duty, doc: str, who: str) -> bool:
    """Whether a notice's request (``doc`` of ``who``) is the duty: one name holds the other, and a generic name
    ("별도 증빙서류") is asked in the same case ("국외 창업 …")."""
    a, b = compact(duty.document), compact(doc)
    if not a or not b or not (a in b or b in a):
        return False
    if not GENERIC.match(duty.document):
        return True
    said = set(_words(f"{duty.case} {duty.when}"))
    return any(len(w) >= 2 and w in said for w in _words(who))


def submission_duties(package: Package, plan: ReductionPlan, knowledge, country: str = "",
                      requested: tuple[tuple[str, str], ...] = ()) -> list[dict]:
    """Each submission a notice or specification of the package requires (``Document.duties``), in stage order
    (formslim.parse.duties.STAGES), as: document, stage, when, who, to, case, clause, source (the notice's key and
    title), text, form (as printed) and in_package (the key of the package's document it is written on, or null),
    instead (what the text says stands in for it), registry (the id of a registry that holds it, or null) and
    repeats (the other clauses that require the same document: "source clause"), differs (those of them that name it
    in other words, with the words: {where, document}). A document the notice's own
    requests already name (``requested``: (document, who) of formslim.report.redesign.notice_requests) is left to
    them."""
    logical = [x for d in package.documents for x in d.logical]
    titles = {x.key or x.path: x.title or x.path for x in logical}
    registries = {rid: r for rid, r in knowledge.registries.items() if not r.country or not country
                  or r.country == country}
    items = []
    for x in logical:
        for u in x.duties:
            if any(_requested(u, doc, who) for doc, who in requested):
                continue
            reg = None if GENERIC.match(u.document) else _registry_for(u.document, "", registries, None)
            items.append({"document": u.document, "stage": u.stage, "when": u.when, "who": u.who, "to": u.to,
                          "case": u.case, "clause": u.clause, "source": x.key or x.path,
                          "source_title": titles[x.key or x.path], "text": u.text, "form": u.form,
                          "in_package": _in_package(u, logical), "instead": u.instead,
                          "registry": reg.id if reg is not None else None, "repeats": [], "differs": []})
    # (same_document is symmetric: each pair is read once and noted on both sides, in the items' order)
    for a, b in combinations(items, 2):
        if not same_document(a, b):
            continue
        for x, y in ((a, b), (b, a)):
            where = f"{y['source_title']} {y['clause']}".strip()
            x["repeats"].append(where)
            # (one document asked in other words elsewhere — "KCS 또는 동등규격의 인증서" at 2.1.4, "KCS 인증서" at
            # 6.2.3: one admits an equivalent, the other does not — is a difference to settle, not a repeat:
            # review 51 #8)
            if not x["form"] and not y["form"] and compact(x["document"]) != compact(y["document"]):
                x["differs"].append({"where": where, "document": y["document"]})
    return sorted(items, key=lambda d: STAGES.index(d["stage"]) if d["stage"] in STAGES else len(STAGES))


def _alike(a: dict, b: dict) -> bool:
    """Two versions' required documents are one: the same name, or names :func:`same_document` holds alike (the
    annex form and the notice aside: a revision renumbers both)."""
    return compact(a["document"]) == compact(b["document"]) or same_document({**a, "form": "", "source": ""},
                                                                            {**b, "form": "", "source": ""})


def diff_duties(old: list[dict], new: list[dict]) -> dict:
    """What two versions of a package require to be submitted, set side by side (``formslim compare``): ``removed``
    and ``added`` (each document with its stage, clause and notice), and ``changed`` (a document both require, whose
    stage, time or recipient differ: ``old`` and ``new``). Paired one to one — the same name at the same stage first,
    then the same name, then names alike — so a document required twice on one side and once on the other is once
    removed or added."""
    left, right = list(range(len(old))), list(range(len(new)))
    pairs = []
    for test in (lambda a, b: compact(a["document"]) == compact(b["document"]) and a["stage"] == b["stage"],
                 lambda a, b: compact(a["document"]) == compact(b["document"]), _alike):
        for i in list(left):
            j = next((j for j in right if test(old[i], new[j])), None)
            if j is not None:
                pairs.append((i, j))
                left.remove(i)
                right.remove(j)

    def brief(x: dict) -> dict:
        return {k: x[k] for k in ("document", "stage", "when", "to", "clause", "source_title")}

    changed = [{"document": new[j]["document"], "old": brief(old[i]), "new": brief(new[j])} for i, j in sorted(pairs)
               if (old[i]["stage"], compact(old[i]["when"]), compact(old[i]["to"]))
               != (new[j]["stage"], compact(new[j]["when"]), compact(new[j]["to"]))]
    return {"removed": [brief(old[i]) for i in left], "added": [brief(new[j]) for j in right], "changed": changed,
            "same": len(pairs) - len(changed)}
