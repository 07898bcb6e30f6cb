"""The matching result of a package as a table or JSON (``formslim match``)."""
from __future__ import annotations

import json

from .. import __version__
from ..match import MatchResult
from ..match.link import between_twins
from ..model import Derivation, Package

SCHEMA = "formslim.match/1"


def _field_ref(result: MatchResult, fid: str) -> dict:
    f = result.fields[fid]
    return {"id": fid, "file": result.doc_of[fid], "label": f.label, "name": f.name}


def _why_review(link) -> str:
    """The reason a link is not certain: the last doubt its evidence states."""
    doubts = [e for e in link.evidence if "check" in e or "only one" in e or "several" in e or "may be" in e]
    return (doubts or list(link.evidence[-1:]) or ["similar wording only"])[-1]


def queue_items(result: MatchResult) -> list[dict]:
    """The review queue, each item with its reason and the manifest lines that accept or reject it."""
    from ..pipeline import field_reference, label_counts

    out = []
    counts = label_counts(result) if result.queue else {}
    for n, l in enumerate(result.queue, 1):
        a, b = field_reference(result, l.a, counts), field_reference(result, l.b, counts)
        out.append({"rank": n, "a": _field_ref(result, l.a), "b": _field_ref(result, l.b), "score": l.score,
                    "rule": l.rule, "why_not_certain": _why_review(l), "evidence": list(l.evidence),
                    "accept": {"overrides": {"same": [[a, b]]}}, "reject": {"overrides": {"never_merge": [[a, b]]}}})
    return out


def empty_json(package: Package) -> str:
    """The match JSON of a package in which nothing could be read: its problems, nothing else."""
    doc = {"schema": SCHEMA, "formslim_version": __version__, "package": package.name, "groups": [], "links": [],
           "review_queue": [], "derivations": [], "readings": {}, "problems": [p.to_dict() for p in package.problems]}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def to_json(package: Package, result: MatchResult, derivations: tuple[Derivation, ...], include_review: bool = True) -> str:
    doc = {
        "schema": SCHEMA,
        "formslim_version": __version__,
        "package": package.name,
        "groups": [{**g.to_dict(), "members": [_field_ref(result, f) for f in g.fields]} for g in result.groups],
        "links": [l.to_dict() for l in result.links if include_review or l.status == "certain"],
        "review_queue": queue_items(result) if include_review else [],
        "derivations": [d.to_dict() for d in derivations],
        "readings": {fid: {"concepts": list(r.concepts), "how": r.how, "role": r.role, "role_from": r.role_from,
                           "index": r.index, "qualifiers": sorted(r.qualifiers)}
                     for fid, r in sorted(result.readings.items())},
        "problems": [p.to_dict() for p in package.problems],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _one_form(result: MatchResult, group, copy_of: dict[str, str]) -> bool:
    """Whether a group's fields are all one form's, in its formats (별첨1.hwp and 별첨1.docx) or its copies (a
    template and its filled-in example, ``copy_of``): counted once, no datum asked again."""
    from ..match.link import _form_stem

    return len({_form_stem(copy_of.get(result.doc_of[f], result.doc_of[f])) for f in group.fields}) == 1


def to_table(package: Package, result: MatchResult, derivations: tuple[Derivation, ...], include_review: bool = True) -> str:
    from ..match.copies import copied_documents

    # (a template and its filled-in example — 조달청's bid notice and the notice filled for one tender — ask
    # nothing twice: their groups are one form's, review 40 #7)
    copy_of = {k: v[0] for k, v in copied_documents([x for d in package.documents for x in d.logical]).items()}
    twins = [g for g in result.groups if _one_form(result, g, copy_of)]
    groups = [g for g in result.groups if not _one_form(result, g, copy_of)]
    lines = [f"Duplicate groups — one datum asked in several documents ({len(groups)})"]
    if twins:
        lines.append(f"  ({len(twins)} more groups only join one form's copies (in two formats, or a template and its "
                     f"filled-in example), counted once: not listed here; --format json has them)")
    for g in groups:
        who = f" [{g.role}{' ' + str(g.index) if g.index else ''}]" if g.role else ""
        own = sum(1 for f in g.fields if result.doc_of[f] not in copy_of)
        asked = f"{own}× ({len(g.fields)} with the copies)" if own != len(g.fields) else f"{len(g.fields)}×"
        lines.append(f"  {g.id}  {g.concept or '(unlisted datum)'}{who}  asked {asked} (score {g.score:.2f})")
        for fid in g.fields:
            lines.append(f"        {result.doc_of[fid]}: {result.fields[fid].label}")
    other = [d for d in derivations if d.type != "registry"]
    lines.append("")
    lines.append(f"Derivable fields ({len(other)})")
    for d in other:
        lines.append(f"  {d.rule}  {result.doc_of[d.target]}: {result.fields[d.target].label}")
        shown = [f"{result.doc_of[i]}: {result.fields[i].label}" for i in d.inputs[:6]]
        more = f" … ({len(d.inputs)} in all; the JSON lists each)" if len(d.inputs) > 6 else ""
        lines.append("        ← " + ", ".join(shown) + more)
    reg = [d for d in derivations if d.type == "registry"]
    by_registry: dict[str, list[Derivation]] = {}
    for d in reg:
        by_registry.setdefault(d.inputs[0], []).append(d)
    lines.append("")
    lines.append(f"Fields a registry lookup could provide ({len({d.target for d in reg})} fields, {len(by_registry)} registries)")
    for rid, ds in sorted(by_registry.items()):
        keys = sorted({k for d in ds for k in d.inputs[1:]})
        only = next((e for d in ds for e in d.evidence if e.startswith("open only to ")), "")
        lines.append(f"  {rid}: {len({d.target for d in ds})} fields, keyed by "
                     + ", ".join(sorted({result.fields[k].label for k in keys})[:3]) + (f" ({only})" if only else ""))
    # what the programme notice says beside the forms — the application is made online, the log-in verifies the
    # business — is the plan's to use: `match` reads the forms alone, and says so where a notice says more, so that
    # "0 groups, 0 registries" is not read against analyze's plan (review 60 #9)
    parts = [x for d in package.documents for x in d.logical]
    online = any(x.online_application for x in parts)
    login = any(x.login_checks for x in parts)
    if online or login:
        lines.append("")
        lines.append("The programme notice says the application is made online"
                     + (" and verifies the applicant at log-in" if login else "")
                     + ": `formslim analyze` takes the forms' questions into that application and fetches the records "
                     "the log-in's identifiers look up — its plan lists them; this listing reads the forms alone.")
    if include_review:
        review = [l for l in result.links if l.status == "review"]
        twins = sum(1 for l in review if between_twins(l, result.doc_of))
        lines.append("")
        lines.append(f"Links to review, best first ({len(result.queue)} questions for a person; the JSON's links hold "
                     f"all {len(review)} review links" + (f", {twins} of them between two formats of one form, which "
                     "ask nobody anything" if twins else "") + "). Accept one with overrides.same, reject it with "
                     "overrides.never_merge in the manifest.")
        for item in queue_items(result)[:300]:
            lines.append(f"  {item['rank']:>3}. {item['a']['file']}: {item['a']['label']}  ~  {item['b']['file']}: "
                         f"{item['b']['label']}  ({item['score']:.2f}; {item['why_not_certain']})")
        if len(result.queue) > 300:
            lines.append(f"  … {len(result.queue) - 300} more (use --format json)")
    return "\n".join(lines) + "\n"
