"""Comparing two versions of a form or package (or two programmes): which questions stayed, which
were reworded, which changed kind or options, which were added or dropped."""
from __future__ import annotations

import re

from dataclasses import dataclass, field

from ..knowledge import Knowledge
from ..model import Field, Package
from .compare import compare, similarity
from .link import candidate_pairs, field_reading


@dataclass(frozen=True)
class Pairing:
    old: str  # field id in A
    new: str  # field id in B
    how: str  # same | reworded
    score: float
    changes: tuple[str, ...] = ()  # kind, options, required differences
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class VersionDiff:
    a: Package
    b: Package
    pairs: tuple[Pairing, ...]
    removed: tuple[str, ...]  # field ids of A with no counterpart
    added: tuple[str, ...]  # field ids of B with no counterpart
    fields: dict = field(default_factory=dict)

    def summary(self) -> dict:
        return {"a_fields": len(self.a.fields), "b_fields": len(self.b.fields),
                "same": sum(1 for p in self.pairs if p.how == "same" and not p.changes),
                "reworded": sum(1 for p in self.pairs if p.how == "reworded"),
                "changed": sum(1 for p in self.pairs if p.changes),
                "removed": len(self.removed), "added": len(self.added)}

    def to_dict(self) -> dict:
        def ref(fid: str) -> dict:
            f = self.fields[fid]
            return {"id": fid, "file": f.location.file, "label": f.label, "kind": f.kind}

        return {"schema": "formslim.diff/1", "a": self.a.name, "b": self.b.name, "summary": self.summary(),
                "pairs": [{"old": ref(p.old), "new": ref(p.new), "how": p.how, "score": p.score,
                           "changes": list(p.changes), "evidence": list(p.evidence)} for p in self.pairs],
                "removed": [ref(x) for x in self.removed], "added": [ref(x) for x in self.added]}


def _changes(fa: Field, fb: Field) -> tuple[str, ...]:
    out = []
    if fa.kind != fb.kind:
        out.append(f"kind {fa.kind} → {fb.kind}")
    # (an option is its words, not their spacing: a flat PDF justifies "기동용수압개폐장치" as "기동용수압개 폐 장치" —
    # review 48 #13)
    def key(o: str) -> str:
        return re.sub(r"\s+", "", o).casefold()

    ka, kb = {key(o): o for o in fa.options}, {key(o): o for o in fb.options}
    if set(ka) != set(kb) and (fa.options or fb.options):
        gone = sorted(ka[k] for k in set(ka) - set(kb))
        new = sorted(kb[k] for k in set(kb) - set(ka))
        out.append("options" + (f" −{', '.join(gone)}" if gone else "") + (f" +{', '.join(new)}" if new else ""))
    if bool(fa.required) != bool(fb.required):
        out.append("now required" if fb.required else "no longer required")
    if fa.repeats != fb.repeats:
        out.append(f"rows {fa.repeats} → {fb.repeats}")
    return tuple(out)


def diff_packages(a: Package, b: Package, kb: Knowledge) -> VersionDiff:
    """Pair each question of ``a`` with at most one of ``b``: the same wording first, then the
    matcher's same-datum links (certain before review), strongest first."""
    fa_list, fb_list = list(a.fields), list(b.fields)
    # ids are "<file>#n"; the two sides may share file names: key them apart
    fields = {f"A:{f.id}": f for f in fa_list} | {f"B:{f.id}": f for f in fb_list}
    renamed = [Field(**{**f.__dict__, "id": k}) for k, f in fields.items()]
    readings = {f.id: field_reading(f, kb) for f in renamed}
    by_id = {f.id: f for f in renamed}
    scored: list[tuple[float, str, str, str, tuple[str, ...]]] = []
    # the same printed wording is a candidate whatever the blocking keys say ("Item 2", "(a)")
    same_label: dict[str, list[str]] = {}
    for f in renamed:
        if f.id.startswith("B:"):
            same_label.setdefault(f.label, []).append(f.id)
    direct = {(f.id, y) for f in renamed if f.id.startswith("A:") for y in same_label.get(f.label, ())
              if len(same_label[f.label]) <= 20 or y[2:] == f.id[2:]}  # a label printed 1,000 times: not 1M pairs
    blocked = {(x, y) if x.startswith("A:") else (y, x) for x, y in candidate_pairs(renamed, readings) if x[:2] != y[:2]}
    for old, new in sorted(direct | blocked):
        fo, fn = by_id[old], by_id[new]
        # where labels repeat ("Amount", "성명"), the question in the same place is its successor
        place = 0.01 * (old[2:] == new[2:]) + 0.005 * (fo.location == fn.location) + 0.002 * (fo.context == fn.context)
        if fo.label == fn.label or fo.normalized_label == fn.normalized_label and fo.normalized_label:
            scored.append((1.0 + place, old, new, "same", ("same wording",)))
            continue
        v = compare(readings[old], readings[new], kb, fo.kind, fn.kind)
        # a version pairs a question with its successor: a certain link, or a review link whose
        # wording is close too (a bare "review" would pair "spouse's first name" with "first name")
        # and the same party: a review link between a named party and nobody in particular pairs nothing
        if v.status == "certain" or (v.status == "review" and similarity(fo.label, fn.label, contained=True) >= 0.75
                                     and readings[old].role == readings[new].role):
            scored.append((v.score + place, old, new, "reworded", v.evidence))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_a: set[str] = set()
    used_b: set[str] = set()
    pairs = []
    for score, old, new, how, ev in scored:
        if old in used_a or new in used_b:
            continue
        used_a.add(old)
        used_b.add(new)
        pairs.append(Pairing(old=old, new=new, how=how, score=round(min(score, 1.0), 3),
                             changes=_changes(by_id[old], by_id[new]), evidence=ev))
    pairs.sort(key=lambda p: p.old)
    removed = tuple(sorted(k for k in fields if k.startswith("A:") and k not in used_a))
    added = tuple(sorted(k for k in fields if k.startswith("B:") and k not in used_b))
    return VersionDiff(a=a, b=b, pairs=tuple(pairs), removed=removed, added=added, fields=by_id)


def diff_table(d: VersionDiff) -> str:
    s = d.summary()
    lines = [f"{d.a.name} → {d.b.name}: {s['a_fields']} → {s['b_fields']} questions; same {s['same']}, "
             f"reworded {s['reworded']}, changed {s['changed']}, removed {s['removed']}, added {s['added']}", ""]
    return "\n".join(lines + detail_lines(d)) + "\n"


def detail_lines(d: VersionDiff, moved: tuple[str, ...] = ()) -> list[str]:
    """The questions reworded or changed, then ``moved`` (lines the caller words), removed and added."""
    lines = []
    for p in d.pairs:
        if p.how == "reworded" or p.changes:
            fo, fn = d.fields[p.old], d.fields[p.new]
            lines.append(f"  ~ {fo.label}  →  {fn.label}" + (f"   [{'; '.join(p.changes)}]" if p.changes else ""))
    lines += moved
    for x in d.removed:
        lines.append(f"  - {d.fields[x].label}   ({d.fields[x].location.file})")
    for x in d.added:
        lines.append(f"  + {d.fields[x].label}   ({d.fields[x].location.file})")
    return lines
