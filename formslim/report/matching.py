"""The matching result of a package as a table or JSON (``formslim match``)."""
from __future__ import annotations

import json
from collections import Counter

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
    template and its filled-in example, ``copy_of``), each copy asking it once: counted once, no datum asked again.
    A form that asks it twice itself ("총사업비 (a+b+c)" in its budget table and again in its summary) asks it
    again, in every format (review 61 #11: `match` said 0 where analyze counted 3 cells asked twice)."""
    from ..match.link import _form_stem

    files = [result.doc_of[f] for f in group.fields]
    return len({_form_stem(copy_of.get(f, f)) for f in files}) == 1 and len(set(files)) == len(files)


def _asked_once(result: MatchResult, group, copy_of: dict[str, str]) -> int:
    """How often a group's datum is asked, each form once whatever its formats or copies: per form, the most its
    copies ask it ("총사업비" twice in each of 별첨1.hwp and 별첨1.docx: 2, not 4)."""
    from ..match.link import _form_stem

    per_form: dict[str, Counter] = {}
    for f in group.fields:
        file = result.doc_of[f]
        per_form.setdefault(_form_stem(copy_of.get(file, file)), Counter())[file] += 1
    return sum(max(c.values()) for c in per_form.values())


def _twin_key(result: MatchResult, d: Derivation) -> tuple:
    """A derivation as one form states it, whichever of its formats it is read from: its rule, its form and the
    labels of its target and inputs."""
    from ..match.link import _form_stem

    return (d.rule, _form_stem(result.doc_of[d.target]), result.fields[d.target].label,
            tuple(result.fields[i].label for i in d.inputs if i in result.fields))


#: a derivation's type as a Korean listing names it (the rule's id stays in the JSON)
_TYPE_KO = {"total": "합계", "computed": "계산", "equal": "일치", "derived": "도출", "registry": "기록 조회"}


def to_table(package: Package, result: MatchResult, derivations: tuple[Derivation, ...], include_review: bool = True,
             lang: str = "en", kb=None) -> str:
    """The listing ``formslim match`` prints, in ``lang`` (the package's: review 61 #11 read a Korean package's in
    English); a derivation a form states in two formats said once, with the other formats named."""
    from ..match.copies import copied_documents
    from .i18n import knowledge_names, t

    from .i18n import localise

    names = knowledge_names(lang, kb)

    def L(key: str, **kw) -> str:
        return t(lang, key, **kw)

    # a part of a file holding several forms named by its title and the file's format — "「공적조서 (개인)」 (hwp)" —,
    # never "….hwp#part3" (review 62 #10); a file that is one form by its name
    part_of = {x.key: x for d in package.documents for x in d.logical if x.key and x.part}

    def doc(key: str) -> str:
        x = part_of.get(key)
        if x is None or not (x.title or x.locator):
            return key
        name = x.title or x.locator
        fmt = x.path.rsplit(".", 1)[-1].lower()
        return (f"「{name}」" if lang == "ko" else name) + f" ({fmt})"

    # (a template and its filled-in example — 조달청's bid notice and the notice filled for one tender — ask
    # nothing twice: their groups are one form's, review 40 #7)
    copy_of = {k: v[0] for k, v in copied_documents([x for d in package.documents for x in d.logical]).items()}
    twins = [g for g in result.groups if _one_form(result, g, copy_of)]
    groups = [g for g in result.groups if not _one_form(result, g, copy_of)]
    lines = [L("match_groups", n=len(groups))]
    if twins:
        lines.append("  (" + L("match_twins", n=len(twins)) + ")")
    for g in groups:
        role = names.get(g.role, g.role) if lang == "ko" else g.role
        who = f" [{role}{' ' + str(g.index) if g.index else ''}]" if g.role else ""
        own = _asked_once(result, g, copy_of)
        asked = L("match_asked_copies", own=own, n=len(g.fields)) if own != len(g.fields) else \
            L("match_asked", n=len(g.fields))
        concept = (names.get(g.concept, g.concept) if lang == "ko" else g.concept) if g.concept else L("match_unlisted")
        lines.append(f"  {g.id}  {concept}{who}  {asked} ({L('match_score')} {g.score:.2f})")
        # (one line per cell's wording in a document, how often it asks it: "…#part5: 성명 ×9", not nine lines)
        shown = Counter(f"{doc(result.doc_of[fid])}: {result.fields[fid].label}" for fid in g.fields)
        lines += [f"        {x}" + (f" ×{k}" if k > 1 else "") for x, k in shown.items()]
    other: dict[tuple, list[Derivation]] = {}
    for d in derivations:
        if d.type != "registry":
            other.setdefault(_twin_key(result, d), []).append(d)
    lines.append("")
    lines.append(L("match_derivable", n=len(other)))
    for same in other.values():
        d = same[0]
        rule = _TYPE_KO.get(d.type, d.type) if lang == "ko" else d.rule
        also = [doc(result.doc_of[x.target]) for x in same[1:]]
        lines.append(f"  {rule}  {doc(result.doc_of[d.target])}: {result.fields[d.target].label}"
                     + (" (" + L("match_also_formats", files=", ".join(also)) + ")" if also else ""))
        shown = [result.fields[i].label if result.doc_of[i] == result.doc_of[d.target]
                 else f"{doc(result.doc_of[i])}: {result.fields[i].label}" for i in d.inputs[:6]]
        more = " … (" + L("match_more_inputs", n=len(d.inputs)) + ")" if len(d.inputs) > 6 else ""
        lines.append("        ← " + ", ".join(shown) + more)
    reg = [d for d in derivations if d.type == "registry"]
    by_registry: dict[str, list[Derivation]] = {}
    for d in reg:
        by_registry.setdefault(d.inputs[0], []).append(d)
    lines.append("")
    lines.append(L("match_registries", fields=len({d.target for d in reg}), registries=len(by_registry)))
    regs = kb.registries if kb is not None else {}
    for rid, ds in sorted(by_registry.items()):
        keys = sorted({k for d in ds for k in d.inputs[1:]})
        only = next((e for d in ds for e in d.evidence if e.startswith("open only to ")), "")
        named = regs[rid].named(lang) if lang == "ko" and rid in regs else rid
        lines.append("  " + L("match_registry", registry=named, n=len({d.target for d in ds}),
                              keys=", ".join(sorted({result.fields[k].label for k in keys})[:3]))
                     + (f" ({only})" if only else ""))
    # what the programme notice says beside the forms — the application is made online, the log-in verifies the
    # business — is the plan's to use: `match` reads the forms alone, and says so where a notice says more, so that
    # "0 groups, 0 registries" is not read against analyze's plan (review 60 #9)
    parts = [x for d in package.documents for x in d.logical]
    online = any(x.online_application for x in parts)
    login = any(x.login_checks for x in parts)
    if online or login:
        lines.append("")
        lines.append(L("match_online_login" if login else "match_online"))
    if include_review:
        review = [l for l in result.links if l.status == "review"]
        twin_links = sum(1 for l in review if between_twins(l, result.doc_of))
        lines.append("")
        lines.append(L("match_review", n=len(result.queue), all=len(review),
                       twins=", " + L("match_review_twins", n=twin_links) if twin_links else ""))
        for item in queue_items(result)[:300]:
            why = localise(lang, item["why_not_certain"], names) if lang != "en" else item["why_not_certain"]
            lines.append(f"  {item['rank']:>3}. {doc(item['a']['file'])}: {item['a']['label']}  ~  {doc(item['b']['file'])}: "
                         f"{item['b']['label']}  ({item['score']:.2f}; {why})")
        if len(result.queue) > 300:
            lines.append("  … " + L("match_more", n=len(result.queue) - 300))
    return "\n".join(lines) + "\n"
