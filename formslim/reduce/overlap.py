"""Overlaps between documents: how much of one document another asks again, pair by pair.

A plan that keeps every document (each signed by its own person, each another agency's collection) can still
stand on a duplication a policy reader must see: SBA Form 912 asks again most of what Section Two of Form 1244
asks the same associates (review 46 #1, #12). The matrix shows data linked with certainty; an overlap counts, for
each pair of documents an applicant fills, the questions of the smaller one that the other asks too — linked with
certainty, or put to review — and names what the smaller one adds. It is a finding, not a decision: the plan's
decisions stay as they are, and the links to check stay to check.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import ReductionPlan
from ..parse.notices import beside_signature, is_signing_name

#: the sign-off of each form — its signature, the date it is signed — is asked by every form and removes nothing
_SIGN_OFF = frozenset({"person.signature", "application.date", "person.title"})
#: who signs, as a sign-off has them write it beside their signature: their name, rank, post, office
_SIGNER = frozenset({"person.name", "person.grade", "person.title", "person.affiliation"})
#: a pair is an overlap worth a reader's time where the smaller document asks at least this many of its questions
#: again in the other, and this share of them
MIN_SHARED, MIN_SHARE = 3, 0.25


def document_overlaps(plan: ReductionPlan, match) -> list[dict]:
    """Each pair of counted documents the plan keeps where the smaller asks ``MIN_SHARED`` or more of its questions, and
    ``MIN_SHARE`` of them or more, again in the other, one of them at least linked with certainty; largest share
    first. Each: ``documents`` (the smaller, then
    the other: key, title, questions, pages of the shared questions), ``shared`` (the smaller's questions asked
    again), ``certain`` / ``review`` (of them, linked with certainty / put to review), ``share`` (0–1), ``items``
    (the shared questions, certain first: label, concept, status) and ``adds`` (the smaller's other questions)."""
    # (documents the plan merges or drops are asked once by the plan itself: the overlaps left are between those it
    # keeps as they are)
    # (and those of the later stage, among themselves: a tender's three 확약서 filed at contract ask the same six data
    # — review 47 #4)
    # (and another agency's form filed there, whose lines this agency's forms copy: the federal return a state return
    # starts from — review 49 #1, #8)
    counted = {d.key or d.file: d for d in plan.documents
               if (d.counted or d.after_approval or d.filed_elsewhere) and not d.issued and not d.twin_of
               and not d.alternative_of and d.decision == "keep"}
    stage = {k: bool(d.after_approval) for k, d in counted.items()}
    # (questions the plan still asks: one it drops as a duplicate, pre-fills or fetches is asked once already)
    asked = {fp.field: fp.document or fp.file for fp in plan.fields
             if fp.action in ("ask", "checkbox") and not fp.part_of and (fp.document or fp.file) in counted}

    in_doc: dict[str, list] = defaultdict(list)
    for fid, f in match.fields.items():
        in_doc[match.doc_of.get(fid, "")].append(f)

    def sign_off(fid: str) -> bool:
        f = match.fields[fid]
        r = match.readings.get(fid)
        # (… and who signs, as the signature line has them write it — "성 명 : ____ (서명)", "작성자 (직급) ____ (성명)
        # ____ (서명)": a consent's own signer named to sign it, an official's rank in a sign-off, is no question
        # another form asks again — review 54 #8)
        doc_fields = in_doc[match.doc_of.get(fid, "")]
        return f.kind == "signature" or bool(r and r.concepts and set(r.concepts) <= _SIGN_OFF) \
            or is_signing_name(f, doc_fields) \
            or bool(r and r.concepts and set(r.concepts) <= _SIGNER and beside_signature(f, doc_fields))

    # the strongest link of each field to each other document: certain beats review
    best: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for link in match.links:
        if link.status not in ("certain", "review"):
            continue
        da, db = asked.get(link.a), asked.get(link.b)
        if da is None or db is None or da == db or sign_off(link.a) or sign_off(link.b):
            continue
        for fid, other in ((link.a, db), (link.b, da)):
            if best[(fid, other)].get("status") != "certain":
                best[(fid, other)] = {"status": link.status, "other": link.b if fid == link.a else link.a}
    by_doc: dict[str, list[str]] = defaultdict(list)
    for fid, doc in asked.items():
        by_doc[doc].append(fid)
    out = []
    keys = sorted(by_doc)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if stage[a] != stage[b]:
                continue  # (an application's form and a contract's are filed at different times)
            small, big = (a, b) if (len(by_doc[a]), a) <= (len(by_doc[b]), b) else (b, a)
            questions = [f for f in by_doc[small] if not sign_off(f)]
            shared = [f for f in questions if (f, big) in best]
            if len(shared) < MIN_SHARED or not questions or len(shared) / len(questions) < MIN_SHARE:
                continue
            certain = sum(1 for f in shared if best[(f, big)]["status"] == "certain")
            if not certain:
                continue  # (nothing of the pair linked with certainty: look-alikes to check, not an overlap to report)
            shared.sort(key=lambda f: (best[(f, big)]["status"] != "certain", f))
            pages = sorted({match.fields[best[(f, big)]["other"]].location.page for f in shared
                            if match.fields[best[(f, big)]["other"]].location.page})
            out.append({
                "documents": [{"key": small, "title": counted[small].title or small, "questions": len(questions)},
                              {"key": big, "title": counted[big].title or big, "questions": len(
                                  [f for f in by_doc[big] if not sign_off(f)]), "pages": pages}],
                # (the application's documents, or those filed at closing or contract, among themselves)
                "stage": "after_approval" if stage[small] else "application",
                "shared": len(shared), "certain": certain, "review": len(shared) - certain,
                "share": round(len(shared) / len(questions), 3),
                "items": [{"field": f, "label": _label(match.fields[f]), "status": best[(f, big)]["status"],
                           "other": best[(f, big)]["other"], "other_label": _label(match.fields[best[(f, big)]["other"]])}
                          for f in shared],
                "adds": [{"field": f, "label": _label(match.fields[f])} for f in questions if f not in set(shared)]})
    out.sort(key=lambda x: (-x["share"], -x["shared"], x["documents"][0]["key"], x["documents"][1]["key"]))
    return out


def _label(f) -> str:
    """A question as a reader names it: its printed question where the box has one, else its caption or label."""
    return (f.question or f.caption or f.label or f.name).strip()
