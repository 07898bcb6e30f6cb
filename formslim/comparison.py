"""Comparing two versions of a form or package, or two programmes: documents and questions kept,
reworded, changed, moved, removed and added, with both plans' burden and verdicts.

A question is "reworded" only when it asks the same datum as its counterpart (a certain same-datum
link, or a review link with close wording and the same party — :func:`formslim.match.versions.diff_packages`);
"moved" when its counterpart sits in another document. Documents are paired by their questions (the
pair sharing most paired questions first), then by title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from . import __version__
from .match.versions import VersionDiff, detail_lines, diff_packages

if TYPE_CHECKING:
    from .pipeline import Analysis

COMPARE_SCHEMA = "formslim-compare/1"
#: what pair_documents keeps for the comparison itself, not for its JSON
_INTERNAL = ("paired", "doc_of_a", "doc_of_b")


@dataclass(frozen=True)
class Comparison:
    a: "Analysis"
    b: "Analysis"
    questions: VersionDiff
    documents: dict
    #: what the two sides' notices and specifications require to be submitted (formslim.reduce.duties.diff_duties)
    duties: dict

    @property
    def identical(self) -> bool:
        s = self.questions.summary()
        d = self.documents
        return not (s["reworded"] or s["changed"] or s["removed"] or s["added"] or d["removed"] or d["added"]
                    or d["changed"] or self.moved or self.duties["removed"] or self.duties["added"]
                    or self.duties["changed"])

    @property
    def moved(self) -> list[dict]:
        """Questions whose document has a successor, but that went to another document."""
        doc_a, doc_b, paired = self.documents["doc_of_a"], self.documents["doc_of_b"], self.documents["paired"]
        out = []
        for p in self.questions.pairs:
            da, db = doc_a.get(p.old), doc_b.get(p.new)
            if da is not None and db is not None and da in paired and paired[da] != db:
                out.append({"old": p.old, "new": p.new, "from": da, "to": db})
        return out

    def to_dict(self) -> dict:
        from .report.redesign import summary

        def side(x) -> dict:
            s = summary(x)
            return {"package": x.package.name, "programme": x.programme, "documents": s["documents_before"],
                    "documents_after": s["documents_after"], "questions": s["fields_before"],
                    "questions_after": s["fields_after"], "minutes_before": s["minutes_before"],
                    "minutes_after": s["minutes_after"], "target_met": s["target_met"],
                    "problems": [p.to_dict() for p in x.package.problems]}

        q = self.questions.to_dict()  # exactly diff's JSON (formslim.diff/1)
        docs = {k: v for k, v in self.documents.items() if k not in _INTERNAL}
        return {"schema": COMPARE_SCHEMA, "formslim_version": __version__, "identical": self.identical,
                "a": side(self.a), "b": side(self.b), "documents": docs, "questions": q, "moved": self.moved,
                "required_submissions": self.duties}


def _norm_title(t: str) -> str:
    return re.sub(r"[\W_]+", "", (t or "").lower())


def _form_id(d) -> str:
    """The form a document is, by the number its header prints ("form 413"), else its title, normalised."""
    return d.form_number or _norm_title(d.title)


def pair_documents(a, b, diff: VersionDiff, main: tuple[Optional[str], Optional[str]] = (None, None),
                   questions: tuple[dict, dict] = ({}, {})) -> dict:
    """Documents of A and B paired as a reader pairs them: the same form (its printed number, else its title) first,
    then each side's main form with the other's (SBA Form 1244 with Form 1919, not with the creditor's Form 155 —
    review 46 #13), then by the questions they share, then by title. ``main``: each side's main form (its key);
    ``questions``: each side's count of the applicant's questions per document (the plan's, as the inventory counts
    them), else every field is counted."""
    doc_a = {f"A:{f.id}": d.key for d in a.documents for f in d.fields}
    doc_b = {f"B:{f.id}": d.key for d in b.documents for f in d.fields}
    shared: dict[tuple[str, str], int] = {}
    for p in diff.pairs:
        if p.old in doc_a and p.new in doc_b:
            k = (doc_a[p.old], doc_b[p.new])
            shared[k] = shared.get(k, 0) + 1
    paired: dict[str, str] = {}
    used_b: set[str] = set()
    forms_b: dict[str, list[str]] = {}
    for d in b.documents:
        forms_b.setdefault(_form_id(d), []).append(d.key)
    for d in a.documents:
        kb = next((k for k in forms_b.get(_form_id(d), []) if k not in used_b), None) if _form_id(d) else None
        if kb:
            paired[d.key] = kb
            used_b.add(kb)
    main_a, main_b = main
    if main_a and main_b and main_a not in paired and main_b not in used_b \
            and any(d.key == main_a for d in a.documents) and any(d.key == main_b for d in b.documents):
        paired[main_a] = main_b
        used_b.add(main_b)
    size_a = {d.key: len(d.fields) for d in a.documents}
    size_b = {d.key: len(d.fields) for d in b.documents}
    for (ka, kb), n in sorted(shared.items(), key=lambda t: (-t[1], t[0])):
        # two versions of one document share a good part of their questions, not one stray datum
        smaller = min(size_a[ka], size_b[kb])
        if n < max(2, 0.2 * smaller) and n < smaller:
            continue
        if ka not in paired and kb not in used_b:
            paired[ka] = kb
            used_b.add(kb)
    titles_b: dict[str, list[str]] = {}
    for d in b.documents:
        titles_b.setdefault(_norm_title(d.title), []).append(d.key)
    for d in a.documents:
        if d.key not in paired:
            kb = next((k for k in titles_b.get(_norm_title(d.title), []) if k not in used_b), None)
            if kb:
                paired[d.key] = kb
                used_b.add(kb)
    left_a = [d.key for d in a.documents if d.key not in paired]
    left_b = [d.key for d in b.documents if d.key not in used_b]
    if len(left_a) == len(left_b) == 1:  # one document left on each side: its two versions
        paired[left_a[0]] = left_b[0]
        used_b.add(left_b[0])
    by_a = {d.key: d for d in a.documents}
    by_b = {d.key: d for d in b.documents}
    kept, changed = [], []
    for ka, kb in sorted(paired.items()):
        da, db = by_a[ka], by_b[kb]
        what = []
        if _norm_title(da.title) != _norm_title(db.title):
            what.append(f"title {da.title!r} → {db.title!r}")
        if da.kind != db.kind:
            what.append(f"kind {da.kind} → {db.kind}")
        qa = questions[0].get(ka, len(da.fields))
        qb = questions[1].get(kb, len(db.fields))
        if qa != qb:
            what.append(f"questions {qa} → {qb}")
        rec = {"a": ka, "b": kb, "title": db.title}
        (changed if what else kept).append({**rec, "changes": what} if what else rec)
    removed = [{"a": d.key, "title": d.title} for d in a.documents if d.key not in paired]
    added = [{"b": d.key, "title": d.title} for d in b.documents if d.key not in used_b]
    return {"kept": kept, "changed": changed, "removed": removed, "added": added, "paired": paired,
            "doc_of_a": doc_a, "doc_of_b": doc_b}


def compare(a_paths: Iterable[str | Path], b_paths: Iterable[str | Path], target: Optional[float] = None,
            knowledge: Iterable[str | Path] = (), cache=None, lang: Optional[str] = None) -> Comparison:
    """Analyse both sides and compare them."""
    from .pipeline import analyze

    a = analyze(list(a_paths), target=target, knowledge=knowledge, cache=cache, lang=lang)
    b = analyze(list(b_paths), target=target, knowledge=knowledge, cache=cache, lang=lang)
    from .reduce.duties import diff_duties
    from .report.redesign import required_submissions

    diff = diff_packages(a.package, b.package, a.knowledge)
    counts = tuple({d.key or d.file: d.fields_before for d in x.plan.documents} for x in (a, b))
    return Comparison(a=a, b=b, questions=diff, documents=pair_documents(
        a.package, b.package, diff, main=(a.plan.main_form, b.plan.main_form), questions=counts),
        duties=diff_duties(required_submissions(a), required_submissions(b)))


def compare_table(c: Comparison) -> str:
    d = c.to_dict()
    q, docs = d["questions"], d["documents"]
    s = {**q["summary"], "moved": len(d["moved"])}
    # two bases, each named: what an applicant submits and is asked (analyze's counts), and what was read
    # and compared (every logical document and field, notices, twins and copies included)
    lines = [f"{d['a']['package']} → {d['b']['package']}: " + ("identical" if d["identical"] else "changed"),
             f"documents submitted {d['a']['documents']} → {d['b']['documents']}, questions asked "
             f"{d['a']['questions']} → {d['b']['questions']} (as analyze counts them)",
             f"documents read {len(docs['kept']) + len(docs['changed']) + len(docs['removed'])} → "
             f"{len(docs['kept']) + len(docs['changed']) + len(docs['added'])}: kept {len(docs['kept'])}, changed "
             f"{len(docs['changed'])}, removed {len(docs['removed'])}, added {len(docs['added'])}",
             f"fields read {s['a_fields']} → {s['b_fields']}: same {s['same']}, reworded {s['reworded']}, changed "
             f"{s['changed']}, moved {s['moved']}, removed {s['removed']}, added {s['added']}",
             f"minutes per applicant today {d['a']['minutes_before']:.0f} → {d['b']['minutes_before']:.0f}; after each "
             f"plan {d['a']['minutes_after']:.0f} → {d['b']['minutes_after']:.0f}; target "
             f"{_met_word(d['a']['target_met'])} → {_met_word(d['b']['target_met'])}", ""]
    # a document read as a notice or a data file is text: its fields are compared, its prose is not
    texts = sorted({e.get("file") for side in (c.a, c.b) for e in side.plan.excluded
                    if e.get("kind") in ("notice", "data_file")})
    if texts:
        lines.insert(-1, f"note: read as text, not as forms ({', '.join(texts)}): changes to their wording are not "
                         "compared, only the fields formslim reads in them and what they require to be submitted")
    # (what a notice or a specification requires to be submitted: for a revised specification, the change a
    # supplier feels — review 47 #7)
    r = d["required_submissions"]
    if r["removed"] or r["added"] or r["changed"] or r["same"]:
        lines.insert(-1, f"required submissions (notices and specifications): same {r['same']}, changed "
                         f"{len(r['changed'])}, removed {len(r['removed'])}, added {len(r['added'])}")
    for x in docs["changed"]:
        lines.append(f"  ~ document {x['title']}: {'; '.join(x['changes'])}")
    for x in docs["removed"]:
        lines.append(f"  - document {x['title']}")
    for x in docs["added"]:
        lines.append(f"  + document {x['title']}")
    for x in r["removed"]:
        lines.append(f"  - required {_duty(x)}")
    for x in r["added"]:
        lines.append(f"  + required {_duty(x)}")
    for x in r["changed"]:
        lines.append(f"  ~ required {x['document']}: {_duty(x['old'], False)} → {_duty(x['new'], False)}")
    moved = tuple(f"  > {c.questions.fields[m['old']].label}: {m['from']} → {m['to']}" for m in d["moved"])
    lines += detail_lines(c.questions, moved)
    return "\n".join(lines) + "\n"


def _duty(x: dict, named: bool = True) -> str:
    """"KCS 인증서 (delivery, 검수 시, to 검수관; 구매요구서 6.2.3)"."""
    said = ", ".join(v for v in (x["stage"] or "stage not said", x["when"], f"to {x['to']}" if x["to"] else "") if v)
    where = f"{x['source_title']} {x['clause']}".strip()
    return (f"{x['document']} " if named else "") + f"({said}; {where})"


def _met_word(met) -> str:
    """"met", "not met", or "none set" where a plan has no target (no verdict)."""
    return "none set" if met is None else "met" if met else "not met"
