"""Linking the fields of a package: candidate pairs by blocking, same-datum links with evidence, and
duplicate groups that cannot chain unrelated fields together."""
from __future__ import annotations

from pathlib import PurePosixPath

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from difflib import SequenceMatcher
from itertools import combinations
from typing import Iterable, Optional

from ..components import components
from ..fields.parts import continuations
from ..knowledge import Knowledge
from ..manifest import party_ref
from ..model import Document, DuplicateGroup, Field, Link, Package
from ..parse.parties import roles_in
from .compare import CERTAIN, Verdict, contrasting_words, compare, veto, wording_key
from ..text import clean_label, has_hangul
from .reading import (OF_AN_ORGANISATION, Reading, acronym_definitions, compact, contrast_marks, en_key, en_words, ko_key, lexicon, option_reading,
                      party_named, read_label, read_spelled_out, standard_words)
from .xref import cross_reference_links

MAX_POSTING = 400  # a blocking key shared by more fields than this is too common to block on
LEXICAL_KEYS = 4  # rarest keys kept per field


@dataclass(frozen=True)
class MatchResult:
    readings: dict[str, Reading]
    links: tuple[Link, ...]
    groups: tuple[DuplicateGroup, ...]
    fields: dict[str, Field]
    doc_of: dict[str, str]
    queue: tuple[Link, ...] = ()  # the review links a person works through (review_queue)

    def group_of(self) -> dict[str, str]:
        return {fid: g.id for g in self.groups for fid in g.fields}


def field_reading(f: Field, kb: Knowledge, acronyms: Optional[dict[str, str]] = None) -> Reading:
    """A field's reading; a roster column asks about each listed person (role "member"). ``acronyms``: those
    the package defines (:func:`~formslim.match.reading.acronym_definitions`), read written out."""
    r = read_spelled_out(f.label, kb, acronyms or {}, f.context)
    if f.kind in ("checkbox", "radio"):
        r = option_reading(r, f.label, kb)
        if r.option is None:
            # a box answers yes or no: "If any of the Applicant's revenues are derived from gambling" asks
            # about the revenue, it is not the revenue; only a choice (or a consent) can be a box
            r = _of_kinds(r, ("choice", "checkbox"), kb)
    elif f.kind == "amount":
        # a sum of money asks no name, place or identifier: "Taxable refunds, credits, or offsets of state
        # and local income taxes" is not a state
        r = _of_kinds(r, ("amount", "number"), kb)
    elif f.kind == "number" and _SHARE_OF.search(f.label):
        # a share of an amount is not the amount: "정부지원사업비(ⓐ) (%)", "Federal share (%)" ask a percentage
        r = _of_kinds(r, ("number",), kb)
    # a column that only names a script ("한글", "한자", "영문") under a name caption ("4)성명"): the name
    # as written in that script
    script = _NAME_SCRIPTS.get(re.sub(r"\s+", "", f.label))
    if script and not r.concepts and f.context and _NAME_CAPTION.search(f.context[-1]):
        c = kb.concepts.get(script)
        if c is not None:
            r = replace(r, concepts=(script,), how="exact", identifier=c.identifier,
                        note=f"'{f.label}' under '{f.context[-1][:30]}': the name written in that script")
    if not r.concepts and re.sub(r"\s+", "", f.label) in _ASPECT_WORDS and f.context:
        # "20)징계,형벌 | 종류 | 일자": a column that only says which aspect of its caption's datum it asks (the kind of
        # punishment) asks that datum — the criminal record a legal review must see —, at most "contains"
        head = _caption_reading(f.context[-1], kb)
        if head is not None:
            r = replace(r, concepts=head.concepts, how="contains", identifier=None,
                        note=f"'{f.label}' under '{f.context[-1][:30]}': that datum's {f.label}")
    if f.repeats > 1 and r.role is None and any(
            kb.concepts.get(c) is not None and kb.concepts[c].subject == "person" for c in r.concepts):
        r = replace(r, role="member", role_from="roster")
    if (r.role is None or r.role_from == "default") and f.subject and f.subject != "applicant" \
            and f.subject in kb.roles and any(
            kb.concepts.get(c) is not None and kb.concepts[c].subject in kb.roles[f.subject].subject
            for c in r.concepts) and not roles_in(" ".join((f.label, *f.context))):
        # whose the reading of the form says where nothing printed at the field names a party (a CV's title names
        # its staff member; a caption after one that defines "the Company"; the date under the spouse's
        # signature) — where words at the field name one, the label's reading has weighed them already
        r = replace(r, role=f.subject, role_from="context")
    return _with_field_marks(r, f, kb)


#: a label that asks a percentage: "(%)", "비율", "percent"
_SHARE_OF = re.compile(r"\(\s*%\s*\)|%\s*$|비율|\bper\s*cent(?:age)?\b", re.I)

#: the words a column uses to ask one aspect of the datum its caption names (its kind, content, details, whether)
_ASPECT_WORDS = frozenset({"종류", "내용", "내역", "사항", "여부", "유무"})


def _caption_reading(caption: str, kb: Knowledge) -> Optional[Reading]:
    """The datum a block caption names, read from its whole words and then from fewer of its last words (a caption
    built over its columns' headings, "20)징계,형벌 종류일자", names its datum first): None where none reads one."""
    words = caption.split()
    for n in range(len(words), 0, -1):
        r = read_label(" ".join(words[:n]), kb)
        if r.concepts and r.how in ("exact", "alternatives", "contains"):
            return r
    return None


def _with_field_marks(r: Reading, f: Field, kb: Knowledge) -> Reading:
    """The contrast marks a field holds beyond its label's: those of the classes read in the instruction its
    answer space prints ("공적조서에 기재된 공적내용을 요약하여 전부 기재": a summary) or in the headings it sits
    under (``context: true``: "유사사업 참여경력" over a past project's columns), and the unmarked member of
    a class for a field of its kinds (a free-text answer is the full text unless it says it is a summary)."""
    lex = lexicon(kb)
    marks = set(r.marks)
    if f.hint and lex.contrast_in_hint:
        marks |= {(c, w) for c, w in contrast_marks(f.hint, lex) if c in lex.contrast_in_hint
                  and not any(c == x for x, _ in r.marks)}
    if (f.context or f.heading) and lex.contrast_in_context:
        # (the headings it sits under, where its label says none of the class: "담당업무" under "유사사업 참여경력";
        # "Routing number" under "Electronic Withdrawal of Tax Due")
        marks |= {(c, w) for c, w in contrast_marks(" ".join((*f.context, f.heading)), lex)
                  if c in lex.contrast_in_context and not any(c == x for x, _ in marks)}
    for cid, member, kinds in lex.contrast_unmarked_fields:
        if f.kind in kinds and not any(c == cid for c, _ in marks):
            marks.add((cid, member))
    return r if marks == set(r.marks) else replace(r, marks=frozenset(marks))


def _of_kinds(r: Reading, kinds: tuple[str, ...], kb: Knowledge) -> Reading:
    """The reading without the concepts an answer of this kind cannot give."""
    kept = tuple(c for c in r.concepts if kb.concepts.get(c) is not None and kb.concepts[c].kind in kinds)
    if kept == r.concepts:
        return r
    return replace(r, concepts=kept, how=r.how if kept else "none",
                   identifier=kb.concepts[kept[0]].identifier if len(kept) == 1 else None)


#: script columns of a name, and the concept each asks
_NAME_SCRIPTS = {"한글": "person.name", "국문": "person.name", "한자": "person.name_hanja", "漢字": "person.name_hanja",
                 "영문": "person.name_en", "English": "person.name_en"}
_NAME_CAPTION = re.compile(r"성\s*명|이\s*름|\bname\b", re.I)


def _lexical_keys(r: Reading, label: str) -> list[str]:
    text = r.text or label
    if re.search(r"[\uac00-\ud7a3]", text):
        c = compact(text)
        return [f"k:{c[i:i + 3]}" for i in range(max(len(c) - 2, 1))]
    return [f"e:{w}" for w in en_key(text).split()]


def _postings(fields: list[Field], readings: dict[str, Reading], kb: Optional[Knowledge],
              parties_may_be: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """The blocking keys chosen for each field (see :func:`candidate_pairs`): key → field ids."""
    postings: dict[str, list[str]] = defaultdict(list)
    lexical: dict[str, list[str]] = {}
    narrower = {c.id: c.may_be for c in kb.concepts.values() if c.may_be} if kb is not None else {}

    def concepts_of(r: Reading) -> tuple[str, ...]:
        return r.concepts + tuple(n for c in r.concepts for n in narrower.get(c, ())) if narrower else r.concepts

    may_be = {ro.id: tuple(ro.may_be) for ro in kb.roles.values() if ro.may_be} if kb is not None else {}
    for x, y in parties_may_be:
        may_be[x] = may_be.get(x, ()) + (y,)

    def concept_keys(r: Reading) -> list[str]:
        # a concept bucket is split by whose datum it is: fields of different roles never match anyway, but
        # for a party who may be another ("the individual" a statement is about may be the applicant)
        cs = concepts_of(r)
        return [f"c:{c}|{r.role or ''}|{r.index if r.index is not None else ''}" for c in cs] + \
               ([f"c:{c}|*" for c in cs] if r.role is None else []) + \
               ([f"c:{c}|{other}|" for c in cs for other in may_be.get(r.role, ())] if r.role and r.index is None else [])

    for f in fields:
        r = readings[f.id]
        for c in concept_keys(r):
            postings[c].append(f.id)
        keys = sorted(set(_lexical_keys(r, f.label)))
        lexical[f.id] = keys
        for k in keys:
            postings[k].append(f.id)
    df = {k: len(v) for k, v in postings.items()}
    chosen: dict[str, list[str]] = defaultdict(list)
    unknown_role: dict[str, list[str]] = defaultdict(list)
    for f in fields:
        r = readings[f.id]
        for c in concept_keys(r):
            chosen[c].append(f.id)
        if r.role is not None:  # a field that names no one is compared with those that do (a review link)
            for c in concepts_of(r):
                unknown_role[f"c:{c}|*"].append(f.id)
    for k, ids in unknown_role.items():
        if k in chosen:
            chosen[k] += ids
    # every field's rarest lexical keys (labels outside the dictionary meet only here); a field the
    # dictionary already reads needs fewer. Keys shared by more than MAX_POSTING fields say nothing.
    for f in fields:
        useful = [k for k in lexical[f.id] if 1 < df[k] <= MAX_POSTING]
        n = LEXICAL_KEYS if not readings[f.id].concepts else 1
        for k in sorted(useful, key=lambda k: (df[k], k))[:n]:
            chosen[k].append(f.id)
    # Korean labels outside the dictionary made of the same standard words ("입사일" / "입사일자") meet too
    if kb is not None:
        std: dict[str, list[str]] = defaultdict(list)
        for f in fields:
            k = _standard_key(readings[f.id], kb)
            if k:
                std[k].append(f.id)
        for k, ids in std.items():
            if 1 < len(ids) <= MAX_POSTING:
                chosen[k] += ids
    return chosen


def _standard_key(r: Reading, kb: Knowledge) -> str:
    """The posting key of a Korean label outside the dictionary by its standard words, or ""."""
    if r.concepts or not re.search(r"[\uac00-\ud7a3]", r.text or ""):
        return ""
    words = standard_words(r.text, lexicon(kb))
    return "s:" + "+".join(words) if words else ""


def candidate_pairs(fields: list[Field], readings: dict[str, Reading],
                    kb: Optional[Knowledge] = None,
                    parties_may_be: Iterable[tuple[str, str]] = ()) -> set[tuple[str, str]]:
    """Pairs worth comparing, without comparing all pairs: fields sharing a concept (or a narrower concept
    it may be: a TIN and an SSN), or sharing one of their rarest lexical keys (character trigrams in
    Korean, words in English). ``parties_may_be``: (role, role) pairs this package says may be one person,
    besides those of roles.yaml. (:func:`candidate_codes` gives the same pairs as integer codes.)"""
    pairs: set[tuple[str, str]] = set()
    for k, ids in _postings(fields, readings, kb, parties_may_be).items():
        ids = sorted(set(ids))
        if len(ids) > MAX_POSTING:
            if k.startswith("c:"):
                # a very common datum (a catalogue of forms): link each field to one hub, not all pairs
                hub = ids[0]
                pairs.update((hub, x) for x in ids[1:])
            continue  # a very common word says nothing
        for a, b in combinations(ids, 2):
            pairs.add((a, b))
    return pairs


def candidate_codes(fields: list[Field], readings: dict[str, Reading], kb: Optional[Knowledge],
                    parties_may_be: Iterable[tuple[str, str]], pos: dict[str, int]):
    """The pairs of :func:`candidate_pairs` as sorted unique codes ``pos[a] * n + pos[b]`` (``pos``: the
    fields' places in id order, so that ``pos[a] < pos[b]``), built in bulk: a catalogue of 300,000 labels
    has tens of millions of candidate pairs, too many for a set of tuples."""
    import numpy as np

    n = len(pos)
    chunks = []
    upper: dict[int, tuple] = {}  # the pairs (i < j) of a posting of each length
    for k, ids in _postings(fields, readings, kb, parties_may_be).items():
        places = sorted({pos[i] for i in ids})
        if len(places) > MAX_POSTING:
            if k.startswith("c:"):
                idx = np.array(places, dtype=np.int64)
                chunks.append(idx[0] * n + idx[1:])  # one hub: the first in id order
            continue
        if len(places) > 1:
            if len(places) not in upper:
                upper[len(places)] = np.triu_indices(len(places), 1)
            i, j = upper[len(places)]
            idx = np.array(places, dtype=np.int64)
            chunks.append(idx[i] * n + idx[j])
    return _sorted_unique(np.concatenate(chunks)) if chunks else np.zeros(0, dtype=np.int64)


def _sorted_unique(values):
    """``np.unique`` of an integer array by sorting (numpy 2's hashing ``unique`` is many times slower on
    millions of codes)."""
    import numpy as np

    v = np.sort(values)
    return v[np.concatenate(([True], v[1:] != v[:-1]))] if len(v) else v


def _first_and_inverse(values):
    """For an integer array: the index of each distinct value's first occurrence (distinct values in
    ascending order) and, for each element, the place of its value among them — ``np.unique``'s
    ``return_index`` and ``return_inverse``, by a stable sort."""
    import numpy as np

    order = np.argsort(values, kind="stable")
    v = values[order]
    starts = np.concatenate(([True], v[1:] != v[:-1]))
    inverse = np.empty(len(values), dtype=np.int64)
    inverse[order] = np.cumsum(starts) - 1
    return order[starts], inverse


#: a field this near the top of a later page repeats the filer's identity in the page header
HEADER_BAND = 80.0  # points from the top of the page


def _signer_names(package: Package, readings: dict[str, Reading]) -> set[str]:
    """Name fields printed on a signature line ("신청인(대표자) ______ (서명 또는 인)"): the signer's name."""
    out: set[str] = set()
    for d in package.documents:
        signatures = [f for f in d.fields if f.kind == "signature"]
        lines = {_line_of(f) for f in signatures} - {None}
        for f in d.fields:
            r = readings[f.id]
            if f.kind != "signature" and r.concept and r.concept.endswith("name") and signatures and (
                    _line_of(f) in lines or any(_just_below(f, s) for s in signatures) or _PRINTED_NAME.search(f.label)):
                out.add(f.id)
    return out


def signer_name_subjects(package: Package, readings: dict[str, Reading], kinds: dict[str, tuple[str, str]],
                         names: set[str]) -> dict[str, Reading]:
    """Where the applicant is a business, the name printed at the signature of a form only the applicant
    signs ("Print/Type name" under the taxpayer's signature of a 4506-C filed for a company) names the
    person who signs for the business: its representative. ``names``: :func:`_signer_names`."""
    if kinds.get("applicant", ("",))[0] != "organisation":
        return readings
    out = dict(readings)
    for d in package.documents:
        # (a business files no joint return: a spouse's signature line is not for it)
        signers = {s.signer for s in d.signers} - {"spouse"}
        if not signers or not signers <= {"applicant", "representative"}:
            continue
        signer_of = {s.field: s.signer for s in d.signers if s.field}
        marks = [f for f in d.fields if f.kind == "signature"]
        for f in d.fields:
            r = out[f.id]
            if f.id not in names or r.role is not None or r.concept != "person.name" or f.repeats != 1:
                continue
            above = _signature_above(f, marks)
            other = signer_of.get(above.id, "applicant") if above is not None else "applicant"
            if other not in ("applicant", "representative"):
                # "Print/Type name" under the spouse's signature: the spouse's
                out[f.id] = replace(r, role=other, role_from="signer",
                                    note=f"the name printed under the {other}'s signature ('{above.label[:40]}')")
                continue
            out[f.id] = replace(r, role="representative", role_from="signer",
                                note=f"the name at the signature of a form the applicant business signs: the "
                                     f"person who signs for it ({kinds['applicant'][1]})")
        signed = [f for f in d.fields if out[f.id].role_from == "signer" and readings[f.id].role_from != "signer"]
        for f in d.fields:
            r = out[f.id]
            if r.role is not None or r.concepts != ("person.title",) or f.repeats != 1:
                continue
            # "Title (if line 1a above is a corporation …)" beside or under "Print/Type name": the signer's
            name = next((g for g in signed if _same_row(f, g) or _just_below(f, g)), None)
            if name is not None:
                out[f.id] = replace(r, role=out[name.id].role, role_from="signer",
                                    note=f"the title beside or under the signer's printed name ('{name.label[:40]}')")
    return out


#: the fewest fields a signature block must repeat, word for word and in order, to be another signer's copy of it
BLOCK_MIN_FIELDS = 4


def repeated_blocks(d: Document) -> dict[str, int]:
    """A signature block a form prints again, field for field ("Legal Name of Business / EPC or OC / DBA /
    Authorized Signature / Date / Print Name of Authorized Representative / Title / Attested By", twice on SBA
    Form 1244's page 11: "an authorized representative for each co-borrower must sign"): each copy is another
    signer's. Field id → the copy it is in (1, 2 …) for the fields of every copy; {} where no signature's block
    repeats over at least :data:`BLOCK_MIN_FIELDS` fields. A form that has one signer sign twice prints two
    different blocks (a consent's, the filing's), not one block twice."""
    labels = [compact(f.label) for f in d.fields]
    marks = [i for i, f in enumerate(d.fields) if f.kind == "signature"]
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = []  # (a copy, a later copy of it): first and last index
    for n, p in enumerate(marks):
        # (each signature against the next of the same words: copies follow one another)
        for q in [next((q for q in marks[n + 1:] if labels[q] == labels[p]), None)]:
            if q is None:
                continue
            # (the two copies never overlap, and a copy holds one such signature: the first ends before the second
            # starts, and before the next signature of the same words)
            def another(i: int) -> bool:
                return d.fields[i].kind == "signature" and labels[i] == labels[p]

            left = 0
            while p - left > 0 and labels[p - left - 1] == labels[q - left - 1] and q - left - 1 > p \
                    and not another(p - left - 1):
                left += 1
            right = 0
            while q + right + 1 < len(labels) and labels[p + right + 1] == labels[q + right + 1] \
                    and p + right + 1 < q - left and not another(p + right + 1):
                right += 1
            if left + right + 1 >= BLOCK_MIN_FIELDS:
                spans.append(((p - left, p + right), (q - left, q + right)))
    if not spans:
        return {}
    out: dict[str, int] = {}
    for group in components(spans):
        for copy, (lo, hi) in enumerate(sorted(group), 1):
            for i in range(lo, hi + 1):
                out.setdefault(d.fields[i].id, copy)
    return out


def repeated_block_subjects(package: Package, readings: dict[str, Reading]) -> dict[str, Reading]:
    """The party a field names in a copy of a repeated signature block (:func:`repeated_blocks`) after the
    first is another of that party: the second copy's "Print Name of Authorized Representative" is the
    co-borrower's representative, representative 2 — never asked once with the first copy's, nor certain with
    another form's representative."""
    out = readings
    for d in package.documents:
        copies = repeated_blocks(d)
        for fid, copy in copies.items():
            r = out[fid]
            if copy > 1 and r.role and r.index is None:
                if out is readings:
                    out = dict(readings)
                out[fid] = replace(r, index=copy, note=(r.note + "; " if r.note else "") +
                                   f"copy {copy} of a signature block the form prints again: another signer's")
    return out


def _signature_above(f: Field, marks: list[Field]) -> Optional[Field]:
    """The signature box nearest above field ``f`` on its page, if any."""
    a = f.location
    if not (a.bbox and a.page):
        return None
    above = [m for m in marks if m.location.page == a.page and m.location.bbox and m.location.bbox[3] <= a.bbox[1] + 2]
    return max(above, key=lambda m: m.location.bbox[3], default=None)


#: a label that says it is the signer's name, printed beside the signature: "Print Name", "Print/Type name",
#: "Printed name of signer", "Name (print)", "Typed name"
_PRINTED_NAME = re.compile(r"\bprint(?:ed)?(?:\s*/\s*type)?\s+name\b|\btyped\s+name\b|\bname\s*\((?:please\s+)?print\)",
                           re.I)


def _just_below(f: Field, s: Field) -> bool:
    """Whether field ``f`` sits just under signature ``s`` ("Signature 1" / "Print Name 1" below it)."""
    a, b = f.location, s.location
    if not (a.bbox and b.bbox and a.page and a.page == b.page):
        return False
    gap = a.bbox[1] - b.bbox[3]
    overlap = min(a.bbox[2], b.bbox[2]) - max(a.bbox[0], b.bbox[0])
    return -2 <= gap <= max(12.0, 0.6 * (b.bbox[3] - b.bbox[1])) and overlap > 0.5 * (a.bbox[2] - a.bbox[0])


def _line_of(f: Field) -> Optional[tuple]:
    loc = f.location
    if loc.paragraph is not None:
        return ("p", loc.paragraph)
    if loc.table is not None and loc.row is not None:
        return ("t", loc.table, loc.row)
    if loc.page is not None and loc.bbox:
        return ("y", loc.page, round((loc.bbox[1] + loc.bbox[3]) / 24))  # a 12-point band
    return None


def _same_party_datum(fa: Field, fb: Field, ra: Reading, rb: Reading) -> bool:
    """Whether two fields read as one datum of one named party (same concept, role and index), each
    asked once."""
    return bool(ra.concept and ra.concept == rb.concept and ra.role and ra.role == rb.role
                and ra.index == rb.index and fa.repeats == fb.repeats == 1)


def _applicant_asked_again(fa: Field, fb: Field, ra: Reading, rb: Reading) -> Optional[Verdict]:
    """The applicant's own name or identifier asked again in another part of one form ("Legal Name" under
    the applicant's heading on page 2 of SBA Form 1244, "Legal Name of Applicant Business" at its
    signatures on page 11, "Applicant Business Name" in the lender's part on page 12): the application
    has one applicant, so each is the one answer, asked again (SBA 504 key: must_link across forms, and
    the consolidated form asks it once). Only where at least one of the two labels names the applicant
    itself and the other is not the applicant's only because the form is (the second business's "Legal Name
    of Business" at 1244's signatures), neither is a roster column, asks a former or other one or carries
    a word the other lacks, and one reads as a datum the other allows ("Legal Name": a business's or a
    person's name)."""
    ca, cb = set(ra.concepts), set(rb.concepts)
    if not (ra.role == rb.role == "applicant" and "label" in (ra.role_from, rb.role_from)
            and "default" not in (ra.role_from, rb.role_from)
            and ra.index is None is rb.index and fa.repeats == fb.repeats == 1 and fa.kind == fb.kind
            and ca and cb and (ca <= cb or cb <= ca) and ra.qualifiers == rb.qualifiers
            and not ra.modifiers and not rb.modifiers and "previous" not in ra.qualifiers
            and all(c.endswith(".name") for c in ca & cb)):
        return None
    la, lb = fa.location, fb.location
    if la.page == lb.page and la.table == lb.table:
        return None  # one part of the form: two boxes side by side are two things (or one answer's two lines)
    concept = sorted(ca & cb)[0]
    return Verdict(0.93, "certain", "M-SAME-DOC-REPEAT", (
        f"the form asks the applicant's {concept} again: '{fa.label[:40]}' (page {la.page}) and "
        f"'{fb.label[:40]}' (page {lb.page}); an application has one applicant",))


def _signer_name_verdict(fa: Field, fb: Field, ra: Reading, rb: Reading) -> Optional[Verdict]:
    """The signer's name on the signature line and the same party's name asked above it are one datum."""
    if _same_party_datum(fa, fb, ra, rb):
        return Verdict(0.93, "certain", "M-SIGNER-NAME",
                       (f"the signer's name on the signature line and '{fa.label[:40]}' / '{fb.label[:40]}' are "
                        f"the same {ra.role}'s {ra.concept}",))
    return None


def _signature(r: Reading) -> tuple:
    """What ``compare`` reads of a reading that has concepts (its wording then does not count)."""
    return (r.concepts, r.how, r.role, r.index, r.qualifiers, r.years, r.identifier, r.note, r.option, r.marks)


#: a copy of a form printed for several recipients, as its fillable subform is named: "CopyA[0]", "Copy1[0]"
_COPY_SUBFORM = re.compile(r"(?:^|\.)copy\s*_?([a-d1-3])(?:\[\d+\])?\.", re.I)


def _copies_of_one_field(fa: Field, fb: Field) -> str:
    """"Copy A and Copy B" where the two fields are one field of two copies of a form issued in copies (a W-2's
    Copy A for the SSA, Copy B for the employee's return …): AcroForm subforms named for different copies, the
    fields at the same place on different pages; else ""."""
    ma, mb = _COPY_SUBFORM.search(fa.name or ""), _COPY_SUBFORM.search(fb.name or "")
    la, lb = fa.location, fb.location
    if not (ma and mb) or ma.group(1).lower() == mb.group(1).lower() or la.page == lb.page or not (la.bbox and lb.bbox):
        return ""
    if any(abs(x - y) > 2.0 for x, y in zip(la.bbox, lb.bbox)):
        return ""
    return f"Copy {ma.group(1).upper()} and Copy {mb.group(1).upper()}"


#: the letters a form prints to name an amount in its formulas: "(C=A+B)", "(ⓐ)", "(a+b+c)", "(B)"
_AMOUNT_MARKS = re.compile(r"\(\s*[A-Za-z\u24b6-\u24e9](?:\s*[=+\-]\s*[A-Za-z\u24b6-\u24e9])*\s*\)")


def _unmarked(label: str) -> str:
    """A label without the letters that mark its amount in a formula, compacted: "총 사업비 (C=A+B)" and
    "총사업비 (ⓐ+ⓑ+ⓒ)" are both "총사업비"."""
    return compact(_AMOUNT_MARKS.sub(" ", label or ""))


def _same_doc_verdict(fa: Field, fb: Field, ra: Reading, rb: Reading,
                      of_application: frozenset = frozenset()) -> Optional[Verdict]:
    """Inside one document a datum is asked once; two fields are the same only when the document
    itself says so: a field repeated under one name, or a page header that asks the same party's name
    or identifier again at the top of a later page ("Your social security number" on page 2) — or the
    same datum of the filing itself, which has no party ("Name(s) shown on return" atop pages 1 and 2;
    ``of_application``: the concepts whose subject is the application)."""
    if fa.name and fa.name == fb.name:
        return Verdict(0.99, "certain", "M-NATIVE-NAME", (f"the document repeats the field named '{fa.name}'",))
    copies = _copies_of_one_field(fa, fb)
    if copies and ra.concepts and ra.concepts == rb.concepts and ra.role == rb.role and ra.index == rb.index:
        return Verdict(0.97, "certain", "M-COPY", (
            f"the same field of two copies of one form ({copies}), at the same place on pages {fa.location.page} "
            f"and {fb.location.page}: one answer, printed on each copy",))
    if (fa.kind == fb.kind == "amount" and len(ra.concepts) == 1 and ra.concepts == rb.concepts
            and ra.concept in of_application and ra.role is None is rb.role and ra.index is None is rb.index
            and fa.repeats == fb.repeats == 1 and ra.qualifiers == rb.qualifiers and not ra.modifiers
            and not rb.modifiers and fa.location.table != fb.location.table
            and (_unmarked(fa.label) == _unmarked(fb.label) != "" or ra.how == rb.how == "exact")):
        # the application's one amount asked again, in the same words, in another of the form's tables ("총 사업비
        # (C=A+B)" in its 일반현황, "총사업비 (ⓐ+ⓑ+ⓒ)" in its 사업비 집행계획): one answer, whatever letters mark its
        # parts in each (K-Startup review 30 #7) — or each label wholly a wording of that amount, less the word for
        # the applicant ("자기부담사업비(B) 현금" and "창업기업 자기부담사업비 현금(b)": review 44 #5). Not a part of it
        # ("정부지원사업비(A) 기본", its modifier 기본, is no "정부지원사업비(ⓐ)")
        return Verdict(0.95, "certain", "M-SAME-DOC-REPEAT", (
            f"the form asks '{fa.label[:50]}' again as '{fb.label[:50]}' in another of its tables: the application's "
            f"one {ra.concept}",))
    again = _applicant_asked_again(fa, fb, ra, rb)
    if again:
        return again
    party = _same_party_datum(fa, fb, ra, rb)
    filing = (ra.concept in of_application and ra.concept == rb.concept and ra.role is None is rb.role
              and ra.index is None is rb.index and fa.repeats == fb.repeats == 1)
    if (party or filing) and (ra.identifier or ra.concept.endswith("name") or filing):
        for x, y in ((fa, fb), (fb, fa)):
            lx, ly = x.location, y.location
            if lx.page and ly.page and lx.page > ly.page and lx.bbox and lx.bbox[1] < HEADER_BAND:
                whose = f"the same {ra.role}'s {ra.concept}" if party else f"the filing's own {ra.concept}"
                return Verdict(0.95, "certain", "M-PAGE-HEADER",
                               (f"'{x.label[:50]}' at the top of page {lx.page} repeats '{y.label[:50]}' (page "
                                f"{ly.page}): {whose}",))
    return None


def match_package(package: Package, kb: Knowledge,
                  same_parties: tuple[tuple[str, ...], ...] = (), filled_by: Optional[dict[str, str]] = None,
                  document_parties: Optional[dict[str, dict[str, str]]] = None,
                  same_fields: tuple[tuple[str, str], ...] = ()) -> MatchResult:
    """Same-datum links and duplicate groups for all fields of a package. ``same_parties`` are groups of
    parties ("representative", "owner 1", "guarantor") the user says are one person in this programme;
    ``filled_by`` says whose copy a per-person form is (file → "owner 1"); ``document_parties`` what a
    party word means in one file (file → {"guarantor": "spouse"}); ``same_fields`` pairs of field ids a
    person has confirmed are one datum (a review link accepted in the manifest's ``overrides.same``)."""
    fields = [f for d in package.documents for f in d.fields]
    by_id = {f.id: f for f in fields}
    doc_of = {f.id: d.key for d in package.documents for f in d.fields}
    acronyms = acronym_definitions(f.label for f in fields)
    readings = {f.id: field_reading(f, kb, acronyms) for f in fields}
    readings = listed_organisations(package, readings, kb)
    readings = stated_parties(package, readings, kb, filled_by or {}, document_parties or {})
    named_you = {d.key: _named_you(d, kb) for d in package.documents}
    readings = you_parties(package, readings, named_you)
    if not any(party_ref(x)[0] == "beneficiary" for group in same_parties for x in group):
        readings = petition_parties(package, readings, named_you)
    if same_parties:
        readings = one_party(readings, same_parties, kb)
    readings = same_row_subjects(package, readings, kb)
    readings = line_subjects(package, readings, kb)
    readings = group_subjects(package, readings, kb)
    readings = abroad_rows(package, readings)
    readings = page_header_subjects(package, readings, kb)
    readings = vague_alone_readings(package, readings, kb)
    kinds = party_kinds(readings, by_id, doc_of, kb)
    either = either_kind_parties(package, readings, kb)
    # the second line of one answer (ADDR, then ADDR2 below it): one datum, whatever its reading
    continued = continuations(fields, doc_of)
    readings = filer_subjects(package, readings, kb, kinds, continued)
    readings = same_row_subjects(package, readings, kb, named_by=("filer",), address_parts=False)
    variants = contrasting_documents(package, kb)
    org_variants = organisation_variants(package, kb, variants)
    readings = organisation_form_subjects(package, readings, kb, org_variants)
    readings = resolve_party_kinds(readings, kinds, kb, beside_a_person(fields, readings, doc_of))
    readings = named_organisation_subjects(package, readings, kb, kinds)
    # (a name field printed at a signature, by its concept: no later stage changes concepts)
    signer_names = _signer_names(package, readings)
    readings = signer_name_subjects(package, readings, kinds, signer_names)
    readings = repeated_block_subjects(package, readings)
    if same_parties:
        # (again: the parties the stages since have read — the W-4's filer, its "member" employee — are the ones
        # the manifest makes one too, "same: [applicant, member]")
        readings = one_party(readings, same_parties, kb)
    # a box that continues another's answer (a TIN's last four digits, a date's day: Field.part_of) is read as that
    # answer — its own tooltip may be the instruction printed beside it ("Enter your TIN … must match the name given
    # on line 1"), no datum of its own (review 53 #4: the W-9's last four SSN digits were read as a name)
    readings = {fid: readings[by_id[fid].part_of] if _continues(by_id.get(fid), readings) else r
                for fid, r in readings.items()}
    # a person applicant may be the owner (proprietor) of the business a form is about
    may_be = {("owner", "applicant"): f"the applicant is a person in this package: {kinds['applicant'][1]}"} \
        if kinds.get("applicant", ("",))[0] == "person" else {}
    for group in same_parties:
        # "owner 1" is the representative: an owner a form does not number may be that one
        first = party_ref(group[0])
        for role, index in map(party_ref, group[1:]):
            if index is not None and role != first[0] and first[1] is None:
                may_be[(role, first[0])] = f"the manifest makes {role} {index} the {first[0]}; this {role} is not numbered"
    # a document that asks a person's datum several times for nobody in particular ("Name", "Print
    # Name 1", "Print Name 2") is about several people: which one another form means needs a person
    # (the names printed at its signatures are its signers': "Name" at the head of a personal financial
    # statement is the person's it is about, its "Print Name" under each signature the signer's — the person
    # and the spouse; the heading's name is one person's, the signature lines' may be either)
    asked: dict[tuple[str, str], int] = defaultdict(int)
    asked_apart: dict[tuple[str, str], int] = defaultdict(int)  # (not counting the names at signatures)
    for f in fields:
        if f.id in continued or _continues(f, readings):
            continue  # the second line of one answer, or a box of it, is not a second person's
        r = readings[f.id]
        c = kb.concepts.get(r.concept or "")
        if r.concept and r.role is None and (c is None or c.subject == "person"):
            asked[(doc_of[f.id], r.concept)] += 1  # (a loan number asked on every page is one loan's)
            asked_apart[(doc_of[f.id], r.concept)] += f.id not in signer_names
    several = {k for k, n in asked.items() if n > 1}
    several_apart = {k for k, n in asked_apart.items() if n > 1}
    # forms that number several people of one role ("Child's name, #1 … #3", "Owner 1 … Owner 4"): a datum
    # of that role which does not say which one may be any of them
    indices: dict[tuple, set] = defaultdict(set)
    for f in fields:
        r = readings[f.id]
        if r.role and r.index is not None and r.role_from != "default":
            # (a party the label names: "the first principal country of export" lists no applicants)
            indices[(doc_of[f.id], r.role)].add(r.index)
    listing = {k for k, v in indices.items() if len(v) > 1}
    slots = recurring_slots(fields, doc_of)
    links: list[Link] = []
    verdicts: dict[tuple, Verdict] = {}
    # pairs as integers (field positions in id order): a fraction of the memory of id tuples, sorted fast
    order = sorted(by_id)
    pos = {fid: i for i, fid in enumerate(order)}
    n = len(order)
    codes = candidate_codes(fields, readings, kb, may_be, pos)
    # what a verdict depends on, per field: the reading's signature (or the reading itself where the
    # wording counts) and the answer's kind — computed once, not once per pair
    # (as a small integer per field: the verdict cache is keyed by two of them)
    sig_ids: dict[tuple, int] = {}
    sig = {fid: sig_ids.setdefault((_signature(r), by_id[fid].kind) if r.concepts else (r, by_id[fid].kind), len(sig_ids))
           for fid, r in sorted(readings.items())}
    whole = {fid: sig_ids.setdefault((r, by_id[fid].kind), len(sig_ids)) for fid, r in sorted(readings.items())}
    # the fields whose verdicts depend on their reading's signature alone: where a reading holds words beside
    # the datum's name, was read from a part of its label or as several data, or asks a former one, compare
    # also reads the wording of both labels, and the verdict is keyed by both whole readings
    by_signature = {fid for fid, r in readings.items() if len(r.concepts) == 1 and not r.modifiers
                    and r.how != "partial" and "previous" not in r.qualifiers}
    per_document = {c.id for c in kb.concepts.values() if c.per_document}
    of_application = frozenset(c.id for c in kb.concepts.values() if c.subject == "application")
    codes = _triage(codes, order, by_id, doc_of, readings, sig, whole, len(sig_ids), variants, kb, may_be, verdicts,
                    by_signature)
    # what the rules below ask of one field, once per field rather than once per pair
    about_several = {x for x in order if _several(by_id[x], readings[x])}
    # the tables whose rows are people (a column names or identifies a person: 성명, name, SSN), not projects or
    # items (a duty column — 담당업무 — is a person's datum but names nobody)
    people_tables = {(doc_of[x], by_id[x].location.table) for x in order if by_id[x].repeats > 1
                     and _names_a_person(kb.concepts.get(readings[x].concept or ""))}
    asked_of_several = {x for x in order if readings[x].role is None and readings[x].concept
                        and (doc_of[x], readings[x].concept) in (several if x in signer_names else several_apart)}
    # (a box that continues another's answer is that answer: its head is compared, not it)
    parts = {x for x in order if _continues(by_id[x], readings)}
    for code in codes.tolist():
        a, b = order[code // n], order[code % n]
        if a in parts or b in parts:
            continue
        fa, fb = by_id[a], by_id[b]
        da, db = doc_of[a], doc_of[b]
        if da == db:
            v = _same_doc_verdict(fa, fb, readings[a], readings[b], of_application)
            if v is None and (a in signer_names or b in signer_names):
                v = _signer_name_verdict(fa, fb, readings[a], readings[b])
        elif variants and frozenset((da, db)) in variants:
            v = None  # two variants of one form, for different subjects: "공적조서 (개인)" and "(단체)"
        else:
            ra, rb = readings[a], readings[b]
            # the verdict depends on the readings, not on which fields carry them: many pairs share one
            key = (sig[a], sig[b]) if a in by_signature and b in by_signature else (whole[a], whole[b], 0)
            v = verdicts.get(key)
            if v is None:
                v = verdicts[key] = compare(ra, rb, kb, fa.kind, fb.kind, may_be)
            if not v.status:
                continue
            if v.rule in ("M-SAME-WORDING", "M-LEXICAL") and (a in slots or b in slots):
                # "동명", "층", "지상 / 지하" printed scores of times in a form: which building's, which floor
                # depends on where the slot sits — only the section both forms print lines them up
                # (M-SAME-SECTION); their wording alone says nothing
                continue
            if v.status == "certain" and (da in org_variants) != (db in org_variants):
                # "공적조서 (단체)" is filled for an organisation instead of "(개인)" for a person: its data are
                # the organisation's, where other forms ask a person's
                v = Verdict(min(v.score, 0.75), "review", v.rule, v.evidence + (
                    f"one form is the variant for an organisation ('{org_variants.get(da) or org_variants.get(db)}'"
                    f"), the other is not: check it asks about the same subject",))
            if (ra.concept in per_document and ra.concept == rb.concept or fa.kind == fb.kind == "signature") \
                    and not same_form(da, db):
                # each document is signed and dated by its own act (one form in two formats is one), whatever
                # words its mark is printed with ("○○세무서장 (직인)")
                v = None
            elif (a in about_several) != (b in about_several):
                # a roster column and a single answer are never one datum; but one row of a list of people
                # may be this person (the nominees' list and one nominee's form): at most a review
                several = a if a in about_several else b
                people = (doc_of[several], by_id[several].location.table) in people_tables \
                    or _names_a_person(kb.concepts.get(readings[several].concept or ""))
                v = Verdict(min(v.score, 0.65), "review", v.rule, v.evidence + (
                    "one is a column of a list of people, the other a single answer: one row may be this "
                    "person, check which" if people else
                    "one is a column of a list (of projects, items …), the other a single answer: check the "
                    "answer is one of its rows",)) if _shared_person_datum(ra, rb, kb) or \
                    not (ra.concepts or rb.concepts) else None
            elif v.status == "certain" and (other := _other_choices(fa.options, fb.options)):
                # a choice from one list is no answer to another: DC's filing status offers "Registered domestic
                # partners filing jointly", the federal one "Qualifying widow(er)" (review 49 #2)
                only_a, only_b = other
                v = Verdict(min(v.score, 0.75), "review", v.rule, v.evidence + (
                    f"the two choices offer different options ('{only_a[0][:40]}' only in one, '{only_b[0][:40]}' "
                    f"only in the other): an answer to one may have no place in the other",))
            elif v.status == "certain" and (_of_either(da, ra, either) or _of_either(db, rb, either)):
                # a copy of a form filed for a person or a business (4506-C line 1a): whose copy this one is,
                # and so who signs it (the individual, or an officer of the business), the package does not say
                said = _of_either(da, ra, either) or _of_either(db, rb, either)
                v = Verdict(min(v.score, 0.75), "review", v.rule, v.evidence + (
                    f"the form is filed for a person or a business, copy by copy ('{said[:60]}'): check whose "
                    f"copy this is, and who signs it",))
            elif v.status == "certain" and (a in asked_of_several or b in asked_of_several):
                v = Verdict(min(v.score, 0.75), "review", v.rule,
                            v.evidence + ("the form asks this of several people: check which one",))
            elif v.status == "certain" and ra.role and ra.role == rb.role and ra.index is None and rb.index is None \
                    and ((da, ra.role) in listing or (db, rb.role) in listing):
                v = Verdict(min(v.score, 0.75), "review", v.rule, v.evidence + (
                    f"a form lists several of the {ra.role} role and this label does not say which: check which one",))
            elif v.status == "certain" and fa.repeats > 1 and fb.repeats > 1:
                # two rosters list people for different purposes: the same column may hold other people; two
                # lists of projects or items (a CV's "주요 프로젝트 수행 경험" and another's "유사사업 참여경력") may
                # cover different rows (review 41 #3)
                people = (da, fa.location.table) in people_tables or (db, fb.location.table) in people_tables
                v = Verdict(min(v.score, 0.75), "review", v.rule, v.evidence + (
                    "two different lists of people" if people else
                    "a column of a list in each form: check the two lists hold the same rows",))
        if v is not None and v.status:
            links.append(Link(a=a, b=b, score=v.score, status=v.status, rule=v.rule, evidence=v.evidence))
    links = _with_links(links, [Link(a=min(x, y), b=max(x, y), score=0.95, status="certain", rule="M-CONTINUATION",
                                     evidence=("the second line of one answer: the same caption, directly below",))
                                for x, y in continued.items()])
    links = _with_links(links, same_section_links(package, readings, per_document))
    links = _same_form_links(package, links)
    links = _with_links(links, cross_reference_links(package))
    links = _with_links(links, [Link(a=min(x, y), b=max(x, y), score=0.99, status="certain", rule="O-SAME",
                                     evidence=("confirmed by a person: the manifest's overrides.same",))
                                for x, y in same_fields if x in by_id and y in by_id and x != y])
    links = _copy_links(package, links, doc_of)
    groups = _cluster(links, by_id, doc_of, readings, kb)
    links = _unjoined_for_review(links, groups, doc_of)
    return MatchResult(readings=readings, links=tuple(links), groups=groups, fields=by_id, doc_of=doc_of,
                       queue=review_queue(links, readings, groups, doc_of))


def _option_words(option: str) -> tuple[str, tuple[str, ...]]:
    words = tuple(re.sub(r"[^\w]+", " ", clean_label(option).lower()).split())
    return "".join(words), words


def _bigrams(s: str) -> set[str]:
    return {s[i: i + 2] for i in range(len(s) - 1)} or {s}


def _same_option(x: tuple[str, tuple[str, ...]], y: tuple[str, tuple[str, ...]]) -> bool:
    """Two printed options for one answer: the same words, one's words among the other's ("Married filing
    jointly" and "Married filing jointly (even if only one had income)"), the same first three words, most
    letter pairs shared ("그 밖의 종합점검", "종합점검(그 밖의 점검)"), or a spelling apart ("아니오", "아니요")."""
    (cx, wx), (cy, wy) = x, y
    if cx == cy or set(wx) <= set(wy) or set(wy) <= set(wx) or cx in cy or cy in cx:
        return True
    if len(wx) >= 3 and len(wy) >= 3 and wx[:3] == wy[:3]:
        return True
    if max(len(cx), len(cy)) <= 4:
        return SequenceMatcher(None, cx, cy).ratio() >= 0.65
    bx, by = _bigrams(cx), _bigrams(cy)
    return len(bx & by) / len(bx | by) >= 0.6


def _other_choices(a: tuple[str, ...], b: tuple[str, ...]) -> Optional[tuple[list[str], list[str]]]:
    """Where two choices of two options or more each offer an option the other has no counterpart for, those
    options of each; None where the lists agree, or one's options are all among the other's (a list printed
    shorter)."""
    if len(a) < 2 or len(b) < 2 or len(a) == len(b) == 2:
        return None  # (two yes/no questions are one scheme, whatever their words: "예 / 아니오", "유 / 무")
    wa, wb = [_option_words(o) for o in a], [_option_words(o) for o in b]
    only_a = [o for o, w in zip(a, wa) if w[0] and not any(_same_option(w, y) for y in wb)]
    only_b = [o for o, w in zip(b, wb) if w[0] and not any(_same_option(w, x) for x in wa)]
    return (only_a, only_b) if only_a and only_b else None


def _copy_links(package: Package, links: list[Link], doc_of: dict[str, str]) -> list[Link]:
    """Links between a file that repeats pages of another document (:func:`copied_documents`: "SF424_page2.pdf" is
    page 2 of SF424.pdf) and that document: each answer space with its twin, the same name and kind at the same
    place — one answer, whatever its label reads as —, and no other pair of the two (every field of the copy
    has its twin: "Type of Applicant 1" of the copy is not "Type of Applicant 2"; grants review 43 #5)."""
    from .copies import _key, _same_place, copied_documents

    copies = copied_documents(list(package.documents))
    if not copies:
        return links
    docs = {d.key: d for d in package.documents}
    pairs, twins = set(), []
    for copy_key, (original, _) in copies.items():
        pairs.add(frozenset((copy_key, original)))
        mine, theirs = docs[copy_key].fields, docs[original].fields
        placed = all(_key(f) is not None for f in (*mine, *theirs))
        for k, f in enumerate(mine):
            if placed:
                g = next((g for g in theirs if _key(g) == _key(f) and _same_place(f, g)), None)
                why = f"the same answer space (its name '{f.name}', its place)"
            else:
                # (a template and its filled-in example: the same questions in the same order — copies.py)
                g, why = (theirs[k] if k < len(theirs) else None), "the same question in the same place of the form"
            if g is not None:
                twins.append(Link(a=min(f.id, g.id), b=max(f.id, g.id), score=0.99, status="certain", rule="M-COPY",
                                  evidence=(f"{copy_key} repeats {original}: {why}, one answer",)))
    kept = [l for l in links if frozenset((doc_of.get(l.a), doc_of.get(l.b))) not in pairs]
    return _with_links(kept, twins)


def _triage(codes, order: list[str], by_id: dict[str, Field], doc_of: dict[str, str],
            readings: dict[str, Reading], sig: dict[str, int], whole: dict[str, int], n_sigs: int,
            variants: set[frozenset], kb: Knowledge, may_be: dict, verdicts: dict, by_signature: set[str]):
    """The candidate pairs (codes) that can give a link, decided in bulk, so that the pair-by-pair
    rules of :func:`match_package` see only those; the verdicts of the pairs across documents go into
    ``verdicts``, keyed as there. A pair is left out only where the rules there would give nothing:

    * inside one document, two fields are one datum only under one field name or one concept
      (:func:`_same_doc_verdict`, :func:`_signer_name_verdict`);
    * two variants of one form for different subjects are never compared;
    * across documents, pairs of the same two readings share one verdict (computed once, for the first
      pair in code order, as :func:`match_package` would); where a label is outside the dictionary, a
      verdict needs a lexical similarity of 0.85 (0.9 where the other label is known), so similarities
      are computed first, in bulk, and :func:`~formslim.match.compare.compare` runs only above that."""
    import numpy as np

    if not len(codes):
        return codes
    n = len(order)
    A, B = codes // n, codes % n
    doc_no: dict[str, int] = {}
    doc = np.array([doc_no.setdefault(doc_of[f], len(doc_no)) for f in order], dtype=np.int64)
    da, db = doc[A], doc[B]
    same = da == db
    names: dict[str, int] = {}
    name = np.array([names.setdefault(by_id[f].name, len(names)) if by_id[f].name else -1 for f in order])
    concepts: dict[str, int] = {}
    concept = np.array([concepts.setdefault(readings[f].concept, len(concepts)) if readings[f].concept else -1
                        for f in order])
    # (and the applicant's name asked again, which one reading may allow beside another: "Legal Name")
    applicant_name = np.array([readings[f].role == "applicant" and any(c.endswith(".name") for c in readings[f].concepts)
                               for f in order])
    keep = same & (((name[A] == name[B]) & (name[A] >= 0)) | ((concept[A] == concept[B]) & (concept[A] >= 0))
                   | (applicant_name[A] & applicant_name[B]))
    cross = ~same
    if variants:
        nd = len(doc_no)
        pairs = [doc_no[x] * nd + doc_no[y] for v in variants if len(v) == 2 for x in v for y in v
                 if x != y and x in doc_no and y in doc_no]
        if pairs:
            cross &= ~np.isin(da * nd + db, np.array(pairs, dtype=np.int64))
    ci = np.nonzero(cross)[0]
    if len(ci):
        a, b = A[ci], B[ci]
        has = np.array([bool(readings[f].concepts) for f in order])
        sid = np.array([sig[f] for f in order], dtype=np.int64)
        wid = np.array([whole[f] for f in order], dtype=np.int64)
        both = has[a] & has[b]
        signed = np.array([f in by_signature for f in order])
        pair_signed = signed[a] & signed[b]
        key = np.where(pair_signed, sid[a], wid[a]) * n_sigs + np.where(pair_signed, sid[b], wid[b])
        first, inverse = _first_and_inverse(key)
        ra, rb = a[first], b[first]
        texts: dict[str, int] = {}
        text = np.array([texts.setdefault(readings[f].text, len(texts)) for f in order], dtype=np.int64)
        # two known data: a verdict needs a concept in common, or one that the other's may be (an SSN and
        # a TIN: compare's "narrower" reading); anything else is "different data" whatever else holds
        need = np.zeros(len(first), dtype=bool)
        known = np.nonzero(both[first])[0]
        if len(known):
            concept_no: dict[str, int] = {}
            single = np.array([concept_no.setdefault(readings[f].concepts[0], len(concept_no))
                               if len(readings[f].concepts) == 1 else -1 for f in order], dtype=np.int64)
            xa, xb = single[ra[known]], single[rb[known]]
            narrower = {(concept_no[c.id], concept_no[m]) for c in kb.concepts.values() for m in c.may_be
                        if c.id in concept_no and m in concept_no}
            nc = max(len(concept_no), 1)
            hit = (xa == xb) & (xa >= 0)
            if narrower:
                codes_n = np.array(sorted(b * nc + m for b, m in narrower) + sorted(m * nc + b for b, m in narrower))
                hit |= (xa >= 0) & (xb >= 0) & np.isin(xa * nc + xb, codes_n)
            for i in np.nonzero((xa < 0) | (xb < 0))[0].tolist():  # a reading that allows several data
                x, y = readings[order[int(ra[known[i]])]], readings[order[int(rb[known[i]])]]
                hit[i] = bool(set(x.concepts) & set(y.concepts))
            need[known] = hit
        lex = np.nonzero(~both[first])[0]
        sim = bulk_similarity_of(list(texts), text[ra[lex]], text[rb[lex]])
        need[lex] = sim >= np.where(has[ra[lex]] | has[rb[lex]], 0.9, 0.85) - 1e-6  # a hair below: compare decides
        # (two labels outside the dictionary made of the same standard words: compare decides too)
        std_no: dict[str, int] = {}
        std = np.array([std_no.setdefault(k, len(std_no)) if (k := _standard_key(readings[f], kb)) else -1
                        for f in order], dtype=np.int64)
        need[lex] |= (std[ra[lex]] == std[rb[lex]]) & (std[ra[lex]] >= 0)
        # (and two with the same wording once units, examples or how to answer are set aside)
        wk_no: dict[str, int] = {}
        wk = np.array([wk_no.setdefault(wording_key(readings[f].text), len(wk_no)) for f in order], dtype=np.int64)
        need[lex] |= wk[ra[lex]] == wk[rb[lex]]
        ok = np.zeros(len(first), dtype=bool)
        for u in np.nonzero(need)[0].tolist():
            x, y = order[int(ra[u])], order[int(rb[u])]
            rx, ry = readings[x], readings[y]
            k = (sig[x], sig[y]) if x in by_signature and y in by_signature else (whole[x], whole[y], 0)
            v = verdicts.get(k)
            if v is None:
                v = verdicts[k] = compare(rx, ry, kb, by_id[x].kind, by_id[y].kind, may_be)
            ok[u] = bool(v.status)
        keep[ci[ok[inverse]]] = True
    return codes[keep]


def bulk_similarity(xs: list[str], ys: list[str]) -> "np.ndarray":
    """:func:`~formslim.match.compare.similarity` of each pair ``(xs[i], ys[i])``, in bulk and in C.
    Where either text is Korean the measure is the Dice coefficient of the compact texts' bigram sets:
    each distinct bigram is written as one character, each text as its bigrams in sorted order, and for
    two such strings the normalised Indel similarity, 2·LCS / (|x| + |y|), is that Dice coefficient (the
    longest common subsequence of two sorted strings of distinct characters is their intersection).
    Otherwise it is the word-order-free fuzzy ratio of the English keys."""
    import numpy as np

    texts: dict[str, int] = {}
    tx = np.array([texts.setdefault(x, len(texts)) for x in xs], dtype=np.int64)
    ty = np.array([texts.setdefault(y, len(texts)) for y in ys], dtype=np.int64)
    return bulk_similarity_of(list(texts), tx, ty)


def bulk_similarity_of(distinct: list[str], tx, ty) -> "np.ndarray":
    """:func:`bulk_similarity` of the pairs ``(distinct[tx[i]], distinct[ty[i]])``."""
    import numpy as np
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import Indel

    from ..text import has_hangul
    from .compare import _bigrams

    korean = np.array([has_hangul(t) for t in distinct], dtype=bool)
    ko = korean[tx] | korean[ty] if len(tx) else np.zeros(0, dtype=bool)
    in_ko = set(tx[ko].tolist()) | set(ty[ko].tolist())
    in_en = set(tx[~ko].tolist()) | set(ty[~ko].tolist())
    codes: dict[str, int] = {}

    def coded(t: str) -> str:
        c = ko_key(t)  # as compare.similarity keys Korean text
        # one character per bigram, past the surrogates (U+10000 on)
        return "".join(sorted(chr(0x10000 + codes.setdefault(g, len(codes))) for g in _bigrams(c))) if c else ""

    bigrams = [coded(t) if i in in_ko else "" for i, t in enumerate(distinct)]
    words = [en_key(t) if i in in_en else "" for i, t in enumerate(distinct)]
    sim = np.zeros(len(tx))
    for mask, strings in ((ko, bigrams), (~ko, words)):
        where = np.nonzero(mask)[0]
        if not len(where):
            continue
        table = np.array(strings, dtype=object)
        blank = np.array([not x for x in strings], dtype=bool)
        x, y = tx[where], ty[where]
        if strings is bigrams:
            # Dice as compare computes it, 2·|X∩Y| / (|X| + |Y|), from the integer Indel distance (the same
            # division, so the same double to the last bit: the review queue sorts by it)
            size = np.array([len(t) for t in strings], dtype=np.int64)
            total = size[x] + size[y]
            dist = process.cpdist(table[x], table[y], scorer=Indel.distance, dtype=np.int64, workers=1)
            score = (total - dist) / np.maximum(total, 1)
        else:
            score = process.cpdist(table[x], table[y], scorer=fuzz.token_sort_ratio, dtype=np.float64, workers=1) / 100.0
        sim[where] = np.where(blank[x] | blank[y], 0.0, score)
    return sim


def organisation_variants(package: Package, kb: Knowledge, variants: set[frozenset]) -> dict[str, str]:
    """Of the documents in ``variants``, those for an organisation ("공적조서 (단체)"), with the word that
    says so."""
    out: dict[str, str] = {}
    keys = {k for pair in variants for k in pair}
    for d in package.documents:
        if d.key not in keys:
            continue
        title = compact(d.title or d.locator or "")
        for c in kb.contrasts.values():
            word = next((w for w in c.organisation if compact(w) in title), None)
            if word:
                out[d.key] = word
    return out


#: a person's datum a form about an organisation asks by its bare name, and the organisation's datum it is
_ORGANISATION_OWN = {"person.home_address": "org.address", "person.phone": "org.phone", "person.home_phone": "org.phone"}


def organisation_form_subjects(package: Package, readings: dict[str, Reading], kb: Knowledge,
                               org_variants: dict[str, str]) -> dict[str, Reading]:
    """The variant of a form for an organisation ("공적조서 (단체)" beside "(개인)") is about the organisation its
    party is there: its bare "주소" and "연락처" are the organisation's, not a person's home address and phone;
    its "단체명" and "법인번호" are that party's, not the applicant's (an organisation's datum that names nobody is
    read as the applicant's by default); its "대표자" is the organisation's representative, not the applicant's
    (review 27). The party is the one :func:`filer_subjects` read the form's bare data as."""
    out = dict(readings)
    for d in package.documents:
        word = org_variants.get(d.key)
        if not word:
            continue
        parties = Counter(readings[f.id].role for f in d.fields if readings[f.id].role_from == "filer")
        if len(parties) != 1:
            continue
        party = next(iter(parties))
        why = f"the form is the variant for an organisation ('{word}'): the {party} is an organisation here"
        for f in d.fields:
            r = out[f.id]
            own = _ORGANISATION_OWN.get(r.concept or "")
            if r.role_from == "filer" and own and own in kb.concepts:
                out[f.id] = replace(r, concepts=(own,), identifier=kb.concepts[own].identifier, note=why)
            elif r.role_from == "default" and r.role == "applicant" and r.concepts and all(
                    (c := kb.concepts.get(x)) is not None and c.subject == "organisation" for x in r.concepts):
                out[f.id] = replace(r, role=party, role_from="filer", note=why)
            elif r.role_from == "label" and r.role == "representative":
                out[f.id] = replace(r, marks=r.marks | {("of_party", party)}, note=f"{why}; its representative")
    return out


def contrasting_documents(package: Package, kb: Knowledge) -> set[frozenset]:
    """Pairs of documents whose titles differ only by members of one contrast class ("공적조서 (개인)" and
    "공적조서 (단체)"): variants of one form for different subjects, whose fields are never one datum."""
    classes = [c for c in kb.contrasts.values() if c.scope == "document"]
    if not classes:
        return set()
    out: set[frozenset] = set()
    by_rest: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    for d in package.documents:
        title = compact(d.title or d.locator or "")
        for c in classes:
            for w in c.words:
                k = compact(w)
                if k and k in title:
                    by_rest[(c.id, title.replace(k, "\u2400", 1))].append((d.key, k))
    for members in by_rest.values():
        for (ka, wa), (kb_, wb) in combinations(members, 2):
            if wa != wb and ka != kb_:
                out.add(frozenset((ka, kb_)))
    return out


def _same_row(a: Field, b: Field) -> bool:
    """Whether two fields of one document sit in one row: a table row, or overlapping lines of a page."""
    la, lb = a.location, b.location
    if la.table is not None and la.table == lb.table and la.row is not None:
        return la.row == lb.row
    if la.page is not None and la.page == lb.page and la.bbox and lb.bbox:
        top, bottom = max(la.bbox[1], lb.bbox[1]), min(la.bbox[3], lb.bbox[3])
        return bottom - top >= 0.5 * min(la.bbox[3] - la.bbox[1], lb.bbox[3] - lb.bbox[1]) > 0
    return False


#: "Part 2. Information About You (Petitioner)", "Information About You (Sponsor)": the form's "you", named
_YOU_NAMED = re.compile(r"\byou\s*\(\s*(?:the\s+)?([^()]{2,60})\)", re.I)


def _named_you(d: Document, kb: Knowledge) -> Optional[str]:
    """The party a document calls "you" by name ("Information About You (Petitioner)"), if one only."""
    named = {party_named(m.group(1), kb) for f in d.fields for text in f.context + (f.label,)
             for m in _YOU_NAMED.finditer(text)} - {None}
    party = named.pop() if len(named) == 1 else None
    return party if party in kb.roles else None


def you_parties(package: Package, readings: dict[str, Reading],
                named_you: dict[str, Optional[str]]) -> dict[str, Reading]:
    """A form that names its "you" ("Part 2. Information About You (Petitioner)") is filed by that party:
    what it asks of "you" ("Your Full Name", "Information About You") is that party's, not the applicant's.
    A form that names two different parties "you" is left as it reads. ``named_you``: :func:`_named_you`
    of each document, by key."""
    out = dict(readings)
    for d in package.documents:
        party = named_you[d.key]
        if party is None or party == "applicant":
            continue
        for f in d.fields:
            r = out[f.id]
            if r.role == "applicant" and r.role_from == "you":
                out[f.id] = replace(r, role=party, note=f"the form calls its filer 'you ({party})'")
    return out


def petition_parties(package: Package, readings: dict[str, Reading],
                     named_you: dict[str, Optional[str]]) -> dict[str, Reading]:
    """A petition its petitioner files for a beneficiary, filed with forms that "you" file and that name
    neither (USCIS: the relative's petition I-130 with the beneficiary's I-485 and I-765): those forms'
    "you" is the petition's beneficiary — the usual concurrent filing, stated on every link it makes (a
    manifest that says who the beneficiary is overrides it)."""
    def roles(d: Document) -> set[tuple[str, str]]:
        return {(readings[f.id].role, readings[f.id].role_from) for f in d.fields if readings[f.id].role}

    petitions = [d for d in package.documents
                 if named_you[d.key] == "petitioner" and any(r == "beneficiary" for r, _ in roles(d))]
    filed_with = [d for d in package.documents if d not in petitions and ("applicant", "you") in roles(d)
                  and not any(r in ("petitioner", "beneficiary") for r, _ in roles(d))]
    if len(petitions) != 1 or not filed_with:
        return readings
    note = (f"{petitions[0].key} is a petition for a beneficiary; {', '.join(d.key for d in filed_with)} "
            f"{'is' if len(filed_with) == 1 else 'are'} filed by 'you': the applicant is the beneficiary")
    return {fid: replace(r, role="applicant", note=note) if r.role == "beneficiary" else r
            for fid, r in readings.items()}


def page_header_subjects(package: Package, readings: dict[str, Reading],
                         kb: Optional[Knowledge] = None) -> dict[str, Reading]:
    """A nameless name or identifier in the header of a later page ("Last name and SSN" atop page 2)
    repeats the filer's: where the form asks that datum of its "you" (or applicant) exactly once, the
    header is that party's."""
    out = dict(readings)
    for d in package.documents:
        own: dict[str, list[Field]] = defaultdict(list)
        for f in d.fields:
            r = readings[f.id]
            if r.concept and r.role == "applicant" and r.role_from in ("you", "label", "row") and f.repeats == 1:
                own[r.concept].append(f)
        for f in d.fields:
            r, loc = readings[f.id], f.location
            if r.role is not None or r.index is not None or not r.concept or f.repeats > 1 or not loc.bbox \
                    or not loc.page or loc.page < 2 or loc.bbox[1] >= HEADER_BAND:
                continue
            if not (r.identifier or r.concept.endswith("name")):
                continue
            named = [g for g in own.get(r.concept, []) if g.location.page and g.location.page < loc.page]
            if len(named) == 1:
                out[f.id] = replace(r, role="applicant", role_from="header",
                                    note=f"at the top of page {loc.page}, it repeats '{named[0].label[:50]}' "
                                         f"(page {named[0].location.page}): the filer's")
                continue
            parts = [g for c in _NAME_PARTS for g in own.get(c, []) if g.location.page and g.location.page < loc.page]
            repeats = [c.id for c in kb.concepts.values() if r.concept in c.page_header] if kb else []
            if not named and parts and len(repeats) == 1:
                # "Name" atop page 2 of a form that asks "Your first name", "Last name" on page 1: the
                # name(s) the form is filed under, as its schedules ask them ("Name(s) shown on return")
                out[f.id] = replace(r, concepts=(repeats[0],), how="contains", role=None, role_from="header",
                                    note=f"at the top of page {loc.page}, a bare '{f.label[:30]}' repeats the "
                                         f"name(s) the form is filed under ('{parts[0].label[:40]}', page "
                                         f"{parts[0].location.page})")
    return out


def vague_alone_readings(package: Package, readings: dict[str, Reading], kb: Knowledge) -> dict[str, Reading]:
    """An English label that names a datum only beside words or data that say which (concepts.yaml
    ``vague_alone``): "Account number" on a form that asks no routing number or bank, with no bank word in its
    label or headings (Form W-9 line 7, the payee's accounts with the requester), is read as a partial match —
    a link to it is put to a person, never certain (onboarding review 37 #2)."""
    vague = {cid: c.vague_alone for cid, c in kb.concepts.items() if c.vague_alone}
    if not vague:
        return readings
    out = dict(readings)
    for d in package.documents:
        asked = {c for f in d.fields for c in readings[f.id].concepts}
        for f in d.fields:
            r = readings[f.id]
            v = vague.get(r.concept) if len(r.concepts) == 1 else None
            if v is None or r.how not in ("exact", "contains", "alternatives") or has_hangul(f.label) \
                    or asked & set(v["unless_asked"]):
                continue
            words = " " + " ".join(en_words(" ".join((f.label,) + tuple(f.context)), keep_stop=True)) + " "
            if any(f" {w} " in words for w in v["words"]):
                continue
            out[f.id] = replace(r, how="partial", vague=True, note=(
                f"'{f.label[:50]}' names no bank and its form asks none: which account it is, the form does not "
                "say (concepts.yaml vague_alone)"))
    return out


#: the parts a form asks its filer's name in
_NAME_PARTS = ("person.first_name", "person.last_name")


#: an answer space named after a numbered line of the form ("LINE11_L11BX"): part of that line's entry
_NUMBERED_LINE = re.compile(r"(?:^|[^a-z])line\s*\d", re.I)


def _not_filers(kb: Knowledge) -> frozenset[str]:
    """Signers who certify, prepare, recommend or receive a form, not the one it is about (roles.yaml:
    ``signs_for_others``; "individual" files what it signs: SSA-89's number holder)."""
    return frozenset(r.id for r in kb.roles.values() if r.signs_for_others)


def _filer(d: Document, readings: dict[str, Reading], not_filers: frozenset[str]) -> tuple[Optional[str], str]:
    """The party a document is filed by, with the words that show it: the form addresses its reader
    ("Your social security number", role "applicant" read from "you"), or only the applicant signs it."""
    you = next((f for f in d.fields if readings[f.id].role_from == "you" and readings[f.id].role), None)
    if you is not None:
        return readings[you.id].role, f"the form addresses its filer as 'you' ('{you.label[:50]}')"
    # a signer read from the form's signature mark or label ("Employee's signature"), not from "complete
    # this form for each owner" (a per-person form: one of several owners, which one it does not say)
    signers = {s.signer for s in d.signers if "labelled" in s.evidence or "printed" in s.evidence} - not_filers
    if len(signers) == 1 and len({s.signer for s in d.signers} - not_filers) == 1:
        return next(iter(signers)), f"only the {next(iter(signers))} signs it"
    return None, ""


def filer_subjects(package: Package, readings: dict[str, Reading], kb: Knowledge,
                   kinds: Optional[dict[str, tuple[str, str]]] = None,
                   second_lines: Optional[dict[str, str]] = None) -> dict[str, Reading]:
    """A person's datum a form asks once, by its bare name ("Social Security Number", "Last name"), in a
    form filed by one party ("Your first name", or only the applicant signs), is the filer's — as a reader
    takes it. Not where the form also asks the filer's own datum by name (then the bare one is someone
    else's), not where the bare name is asked twice (whose is which needs a person), not where the label
    says more than the datum's name (an unknown modifier: "First name of non-custodial parent"), and
    never a person's datum where the filer is a business (``kinds``): that is some person's, the one
    who signs for it perhaps, not the business's. ``second_lines``: :func:`continuations` of the package,
    when the caller has them."""
    out = dict(readings)
    not_filers = _not_filers(kb)
    filers = {d.key: _filer(d, readings, not_filers) for d in package.documents}
    if second_lines is None:
        second_lines = continuations([f for d in package.documents for f in d.fields],
                                     {f.id: d.key for d in package.documents for f in d.fields})
    package_filers = {f for f, _ in filers.values() if f}
    by_number = {d.form_number: d for d in package.documents if d.form_number}
    # the party the package's forms say they are for ("정부포상에 대한 동의서 (정부포상 후보자용)")
    subjects = {d.form_for: d for d in package.documents if d.form_for}
    for d in package.documents:
        filer, why = filers[d.key]
        if filer is None and len(subjects) == 1 and d.signers and not d.form_for \
                and all(s.signer in not_filers for s in d.signers):
            # a form that officials fill and sign about a person it does not name (공적조서: "성명 | 주소 |
            # 직위 …", signed by 조사자 and 추천관) is about the one person the package is for
            filer, source = next(iter(subjects.items()))
            why = (f"officials fill and sign it ({', '.join(sorted({s.signer for s in d.signers}))}) about a "
                   f"person it does not name; the package is for the {filer} ({source.key})")
        main = by_number.get(d.attached_to) if d.attached_to else None
        if filer is None and main is not None and main is not d and filers[main.key][0]:
            # "Attach to your D-40": a schedule is filed with the return, by the return's filer
            filer = filers[main.key][0]
            why = f"it is attached to {main.key} ('{d.attached_to}'), filed by its {filer}"
        if filer is None and len(package_filers) == 1 and not d.signers and not d.parties and not any(
                readings[f.id].role for f in d.fields):
            # a schedule that names no party and is signed by nobody is part of the filer's return
            filer = next(iter(package_filers))
            why = f"the form names no party and no signer; every other form of the package is the {filer}'s"
        if filer is None:
            continue
        head_of = {fid: second_lines.get(hid, hid) for fid, hid in address_blocks(d, readings).items()}
        # a city, state or ZIP code is its address's: the landlord's when it follows "Landlord's address"
        for fid, hid in head_of.items():
            h = out[hid]
            if not h.qualifiers <= out[fid].qualifiers:  # a business address's ZIP code is never a home's
                out[fid] = replace(out[fid], qualifiers=out[fid].qualifiers | h.qualifiers)
            if h.role and out[fid].role is None:
                out[fid] = replace(out[fid], role=h.role, index=h.index, role_from="address",
                                   note=f"part of the address '{_label(d, hid)[:50]}' (the {h.role}'s)")
        if filer is None:
            continue
        bare: dict[str, list[Field]] = defaultdict(list)
        named: set[str] = set()
        for f in d.fields:
            r = out[f.id]
            if not r.concept or r.concept in _ADDRESS_PARTS or f.id in second_lines:
                continue  # a city or ZIP code is its address's, if any; an answer's second line is the answer
            if r.role is None and r.index is None:
                bare[r.concept].append(f)
            elif r.role == filer:
                named.add(r.concept)
        parts: dict[str, list[str]] = defaultdict(list)
        for fid, hid in head_of.items():
            parts[hid].append(fid)
        heading = _heading(d)  # (read once per form)
        for concept, fs in bare.items():
            if len(fs) != 1 or concept in named:
                continue
            f = fs[0]
            r = out[f.id]
            address = bool(parts.get(f.id)) and r.how in ("exact", "alternatives", "contains")
            if (kinds or {}).get(filer, ("",))[0] == "organisation" and concept.startswith("person."):
                continue
            # (two wordings of one datum read as one: "6)군번(군인)", "직위(급)" — as exact as a plain label)
            one = r.how == "exact" or (r.how == "alternatives" and len(r.concepts) == 1)
            # (a label that names the party the form's heading is about — "First name of non-custodial parent" on
            # the "DC Non-Custodial Parent EITC Claim" — names the filer, who claims as that party)
            titled = "" if one or address else _titled_party(f.label, heading)
            if (not one and not address and not titled and not _exact_but_qualified(r, kb)) or f.repeats > 1 \
                    or not _person_datum(r, kb) \
                    or f.kind == "signature" or f.line or _NUMBERED_LINE.search(f.name or ""):
                continue  # a datum inside a numbered line ("show that person's name") is that line's
            # (the words beside the datum's name were the party's: the label asks the datum itself)
            out[f.id] = replace(r, role=filer, role_from="filer", how="exact" if titled else r.how,
                                note=f"the {titled} the form's heading names: the filer ({why})" if titled else
                                f"the only {concept} the form asks, by its bare name: the filer's ({why})")
            for pid in parts.get(f.id, ()):
                if out[pid].role is None:
                    out[pid] = replace(out[pid], role=filer, role_from="filer",
                                       note=f"part of the address '{f.label[:50]}', the filer's ({why})")
        # "Address (see instructions) | City | State | ZIP Code": the one address line of a filer's form
        # that names nobody (and no other datum) is the filer's address, and its parts are the filer's
        by_id = {f.id: f for f in d.fields}
        plain_heads = [h for h in parts if not out[h].concepts and out[h].role is None]
        # (another party's address beside it — "5. Custodian's address" — leaves the plain one the filer's)
        others = [h for h in parts if h not in plain_heads and out[h].role is not None and out[h].role != filer]
        if len(plain_heads) == 1 and len(parts) == 1 + len(others) and not named & _ADDRESS_HEADS \
                and not _NUMBERED_LINE.search(by_id[plain_heads[0]].name or "") \
                and (kinds or {}).get(filer, ("",))[0] != "organisation":
            head = plain_heads[0]
            for pid in parts[head]:
                if out[pid].role is None and pid not in second_lines:
                    out[pid] = replace(out[pid], role=filer, role_from="filer",
                                       note=f"part of the address '{_label(d, head)[:50]}', the only address the "
                                            f"form asks: the filer's ({why})")
    return out


#: an AcroForm field that belongs to a numbered line of its form: "LINE11_L11BZ3[1]" (Schedule A line 11)
_LINE_FIELD = re.compile(r"(?:^|[.\]])line\s*(\d{1,3})[a-z]?_", re.I)


#: the party a label's words name: "… of non-custodial parent", "Non-custodial parent's …"
_OF_PARTY = re.compile(r"\bof\s+(?:the\s+|a\s+|an\s+)?([a-z][a-z\s\-]{3,40}?)\s*$", re.I)
_POSSESSIVE_PARTY = re.compile(r"^\s*([a-z][a-z\s\-]{3,40}?)\s*['’]s?\s", re.I)


def _words(text: str) -> list[str]:
    """A heading's or label's words in order, lower case, hyphens split ("Non-Custodial" → non custodial):
    unlike :func:`en_words`, every word is kept as printed, so that "non" still tells a "non-custodial"
    parent from a "custodial" one."""
    return re.sub(r"[^a-z]+", " ", re.sub(r"[-–]\s+", "-", text.lower()).replace("-", " ")).split()


def _heading(d: Document) -> tuple[list[str], list[str]]:
    """The words of a form's title and of its header, as :func:`_titled_party` reads them."""
    return _words(d.title or ""), _words(d.header or "")


def _titled_party(label: str, heading: tuple[list[str], list[str]]) -> str:
    """The party a label names ("First name of non-custodial parent") where the form's heading — its
    title, or its first words before the label is printed — names that same party ("DC Non-Custodial
    Parent EITC Claim"): the form is the claim of that party, its filer. "" where it does not. Not a
    part of a longer name ("custodial parent" is not the "non-custodial parent" of a heading).
    ``heading``: the words of the form's title and of its header (:func:`_heading`)."""
    m = _OF_PARTY.search(label or "") or _POSSESSIVE_PARTY.search(label or "")
    if not m:
        return ""
    party = _words(m.group(1))
    if len(party) < 2:
        return ""  # ("Date of birth", "Name of business": one word is no party's name)
    title, words = heading
    head = list(title)
    label_words = _words(label)
    at = next((i for i in range(len(words)) if words[i:i + len(label_words)] == label_words), None)
    head += words[:at] if at is not None else []
    n = len(party)
    for i in range(len(head) - n + 1):
        if head[i:i + n] == party and (i == 0 or head[i - 1] != "non"):
            return " ".join(party)
    return ""


def line_subjects(package: Package, readings: dict[str, Reading], kb: Knowledge) -> dict[str, Reading]:
    """A person's datum asked inside a numbered line that names nobody (Schedule A line 11: "name |
    SSN/EIN | ADDRESS | CITY | ZIP" of the person the mortgage interest was paid to) is that line's
    party's: never another form's datum for certain, never the filer's."""
    out = dict(readings)
    for d in package.documents:
        for f in d.fields:
            m = _LINE_FIELD.search(f.name or "")
            r = out[f.id]
            if m and r.role is None and r.index is None and _person_datum(r, kb):
                out[f.id] = replace(r, role=f"line {m.group(1)} of {d.key}", role_from="line",
                                    note=f"asked inside line {m.group(1)} ('{f.name}'): that line's party, "
                                         "whom the form does not name")
    return out


#: the last part of an AcroForm name ("…name_shown[0].last_name[0]"): what is left is the group it sits in
_LAST_PART = re.compile(r"\.[^.]+$")
#: groups that are a whole page or form, not one item of it
_PAGE_GROUP = re.compile(r"(?:^|\.)(?:page|form|subform|topmostsubform|p)\s*_?\d*(?:\[\d+\])?$", re.I)


def group_subjects(package: Package, readings: dict[str, Reading], kb: Knowledge) -> dict[str, Reading]:
    """A label that allows a person's or an organisation's datum and names nobody ("1a.iii. Last name/BMF
    company name") asks it of the party its AcroForm group names ("1b. First taxpayer identification
    number", the other field of the group ``name_shown``): the same party's name, a person's or a
    business's as the party is. Only where the group, an item smaller than a page, names one party."""
    out = dict(readings)
    for d in package.documents:
        groups: dict[str, list[Field]] = defaultdict(list)
        for f in d.fields:
            if f.name and "." in f.name:
                groups[_LAST_PART.sub("", f.name)].append(f)
        for parent, members in groups.items():
            if _PAGE_GROUP.search(parent) or len(members) > 12:
                continue
            named = {(readings[g.id].role, readings[g.id].index) for g in members
                     if readings[g.id].role and readings[g.id].role_from in ("label", "manifest")}
            if len(named) != 1:
                continue
            role, index = next(iter(named))
            for f in members:
                r = readings[f.id]
                subjects = {kb.concepts[c].subject for c in r.concepts if c in kb.concepts}
                if r.role is None and r.how == "alternatives" and subjects == {"person", "organisation"}:
                    out[f.id] = replace(r, role=role, index=index, role_from="group", note=(
                        f"in the group '{parent.rsplit('.', 1)[-1]}' of the form, whose other fields name the {role}"))
    return out


def either_kind_parties(package: Package, readings: dict[str, Reading], kb: Knowledge) -> dict[tuple[str, str], str]:
    """The (document, role) pairs of a form filed for a person or an organisation, copy by copy: a label of
    the party's own name or number that allows either ("1a.iii. Last name/BMF company name" of the 4506-C,
    whose line 1a is an individual's (IMF) or a business's (BMF) — IRS Form 4506-C instructions). That the
    package's applicant is a business does not make every copy the business's own: an owner's or a
    guarantor's copy asks theirs. Only for one party of the form (not "Owner/Entity Name Row 3" of a list),
    with the label that shows it."""
    out: dict[tuple[str, str], str] = {}
    for d in package.documents:
        for f in d.fields:
            r = readings[f.id]
            if r.role is None or r.index is not None or r.how != "alternatives" or f.repeats > 1:
                continue
            role = kb.roles.get(r.role)
            if role is None or set(role.subject) != {"person", "organisation"}:
                continue
            if {kb.concepts[c].subject for c in r.concepts if c in kb.concepts} == {"person", "organisation"}:
                out.setdefault((d.key, r.role), f.label)
    return out


def _of_either(doc: str, r: Reading, either: dict[tuple[str, str], str]) -> str:
    """The label that makes ``doc`` a form filed for a person or a business where ``r`` is its party's datum
    or its signer's ("Print/Type name" at the 4506-C's signature: the taxpayer, or an officer for a
    business); else ""."""
    if (doc, r.role) in either:
        return either[(doc, r.role)]
    if r.role_from == "signer":
        return next((label for (d, _), label in either.items() if d == doc), "")
    return ""


#: a word that says an address is abroad: its parts are another address's than the domestic ones
#: ("Foreign country name", "해외 주소"; not "City, state, and ZIP code. If you have a foreign address, also …")
_ABROAD = re.compile(r"^\W*(?:[0-9]{1,2}[a-z]?[.)]?\s+)?(?:foreign\b|해외|국외)", re.I)


def abroad_rows(package: Package, readings: dict[str, Reading]) -> dict[str, Reading]:
    """The parts of a foreign address: a city, province or postal code in the row of a field that says it is
    foreign ("Foreign country name | Province | Postal Code" on Form 4868), or whose own label says so
    ("Foreign province/state/county"), carry the word "foreign" beside the datum — never the domestic
    address's state or ZIP code for certain, still the other form's "Foreign postal code"."""
    out = dict(readings)
    for d in package.documents:
        marked = [f for f in d.fields if _ABROAD.search(f.label)]
        if not marked:
            continue
        own = {f.id for f in marked}
        for f in d.fields:
            r = out[f.id]
            if not r.concepts or not set(r.concepts) <= _ADDRESS_PARTS | {"person.county", "person.street"} \
                    or "foreign" in r.modifiers:
                continue
            if f.id in own or any(_same_row(f, g) for g in marked):
                out[f.id] = replace(r, modifiers=r.modifiers | {"foreign"})
    return out


def _exact_but_qualified(r: Reading, kb: Knowledge) -> bool:
    """Whether a label is the datum's bare name but for a known qualifier ("Daytime phone number"): the
    qualifier says which of the filer's phones, not whose."""
    if r.how != "contains" or not r.qualifiers or not r.concept:
        return False
    from .reading import _QUALIFIERS, read_label

    plain = r.text
    for q in r.qualifiers:
        plain = re.sub(_QUALIFIERS[q], " ", plain, flags=re.I)
    again = read_label(plain, kb)
    return again.how == "exact" and again.concepts == r.concepts


def _label(d: Document, fid: str) -> str:
    return next((f.label for f in d.fields if f.id == fid), "")


#: what an address is asked by, and what its parts are
_ADDRESS_HEADS = {"org.address", "person.home_address", "person.mailing_address"}
_ADDRESS_PARTS = {"person.city", "person.state", "person.zip", "person.apartment"}
_ADDRESS_WORD = re.compile(r"\baddress\b|주소|소재지", re.I)


def address_blocks(d: Document, readings: dict[str, Reading]) -> dict[str, str]:
    """Which address each city, state or ZIP code of a document belongs to: the nearest address line
    before it, on the same page, with nothing but other parts of an address in between — the way a
    reader takes "Landlord's address | City | State | Zip Code". Parts with no address line before them
    belong to none."""
    def place(f: Field) -> tuple:
        loc = f.location
        return (loc.page or 0, round(loc.bbox[1]) if loc.bbox else 0, loc.bbox[0] if loc.bbox else 0)

    ordered = [f for f in d.fields if f.kind not in ("checkbox", "radio", "signature")]
    if all(f.location.bbox for f in ordered):
        ordered.sort(key=place)
    out: dict[str, str] = {}
    head: Optional[Field] = None
    for f in ordered:
        r = readings[f.id]
        if set(r.concepts) & _ADDRESS_PARTS and len(r.concepts) == 1 and r.index is None:
            if head is not None and head.location.page == f.location.page:
                out[f.id] = head.id
            continue
        if set(r.concepts) & _ADDRESS_HEADS or _ADDRESS_WORD.search(f.label) and not r.concepts:
            head = f
        elif head is not None and head.location.bbox and f.location.bbox and (
                f.location.bbox[0] >= head.location.bbox[2] or f.location.bbox[2] <= head.location.bbox[0]):
            continue  # a field of another column (Form 4868's amounts beside its address block)
        elif head is not None and not _same_row(head, f) and (
                r.concepts or f.kind != "text" or not re.search(r"(?i)\b(?:apt|apartment|suite|unit|room)\b|호수|동", f.label)):
            head = None  # another datum below the address: the next city is not this address's
    return out


def _person_datum(r: Reading, kb: Knowledge) -> bool:
    """Whether a reading asks a person's datum (every concept it allows is a person's)."""
    return bool(r.concepts) and all(kb.concepts.get(c) is not None and kb.concepts[c].subject == "person"
                                    for c in r.concepts)


#: one box for several people's names: "GUARANTOR NAME(S) AND SIGNATURE(S)", "Names of all owners" (not
#: "first, middle, and last names", the parts of one name; not "Name(s) shown on return")
_PLURAL_NAMES = re.compile(r"\bname\s*\(s\)(?!\s*(?:as\s+)?shown)|\bnames\s+of\s+(?:all|each|the)\b", re.I)


def _several(f: Field, r: Reading) -> bool:
    """Whether a field asks about several people: a roster column, or one box of several lines for several
    names (a one-line "Name(s) of proprietor(s)" is most often one name)."""
    return f.repeats > 1 or (r.concept == "person.name" and f.kind == "free_text" and bool(_PLURAL_NAMES.search(f.label)))


def _shared_person_datum(a: Reading, b: Reading, kb: Knowledge) -> bool:
    """Whether two readings may ask one person's datum: a person's datum they both allow, and nothing
    but a person's on one side ("성명 (단체명)" of a list of nominees, people or groups, and "성명")."""
    common = set(a.concepts) & set(b.concepts)
    return any(kb.concepts.get(c) is not None and kb.concepts[c].subject == "person" for c in common) and (
        _person_datum(a, kb) or _person_datum(b, kb))


#: an organisation's data it has one of, besides its identifiers (a column of them lists several)
_ONE_PER_ORGANISATION = ("org.name", "org.registration_date", "org.founding_date")


def listed_organisations(package: Package, readings: dict[str, Reading], kb: Knowledge) -> dict[str, Reading]:
    """A roster whose columns ask an organisation's name or registration number lists several organisations
    (참여 단체, 협력 기관: "단체명 | 사업자등록번호 | 대표자 성명 | 참여 기간", one row each): its columns are each
    listed organisation's ("member", from the roster) — not the applicant's, as an organisation's datum that
    names nobody is read by default, and its "대표자" each one's representative, not the applicant's (review 26)."""
    def org_id(r: Reading) -> bool:
        return any((c := kb.concepts.get(x)) is not None and c.subject == "organisation"
                   and (c.identifier or x in _ONE_PER_ORGANISATION) for x in r.concepts)

    def listed_org(f: Field) -> bool:
        r = readings[f.id]
        if r.role_from in ("default", "none") and org_id(r):
            # (an organisation has one name, one number, one registration date: a column of them lists several —
            # organisations, or things registered, "지식재산권명 | 등록번호 | 등록일" —, not the applicant's one)
            return True
        # "단체명 법인번호 (대표자 성명)": one column for the organisation's name and number, its representative in
        # brackets — read whole, the representative's name; outside the bracket, the organisation's
        bare = re.sub(r"\([^()]*\)", " ", f.label)
        return r.role_from == "label" and bare.strip() != f.label.strip() and org_id(read_label(bare, kb))

    out = dict(readings)
    for d in package.documents:
        tables: dict[tuple, list[Field]] = defaultdict(list)
        for f in d.fields:
            if f.repeats > 1 and f.location.table is not None:
                tables[(f.location.file, f.location.page, f.location.table)].append(f)
        for fs in tables.values():
            if not any(listed_org(f) for f in fs):
                continue
            for f in fs:
                r = readings[f.id]
                if r.role_from in ("default", "none") or (r.role_from == "label" and r.role in ("applicant", "representative")):
                    out[f.id] = replace(r, role="member", role_from="roster")
    return out


def same_row_subjects(package: Package, readings: dict[str, Reading], kb: Knowledge,
                      named_by: tuple[str, ...] = ("label", "you"), address_parts: bool = True) -> dict[str, Reading]:
    """A person's datum that names nobody, in the row of another datum that names its person, is that
    person's: "Your first name | M.I. | Last name | Your SSN", "Spouse's first name | M.I. | Last name".
    Only where every named person's datum of the row names the same one, and only rows left of it.
    ``named_by``: how the row's datum must have been read as that person's — its label or "you"; or, run
    again after :func:`filer_subjects`, the filer's bare data ("Social Security Number | Date of birth").
    ``address_parts``: whether a city or postal code may be read from its row; not after
    :func:`filer_subjects`, which has read each as its address's."""
    out = dict(readings)
    for d in package.documents:
        named = [f for f in d.fields if readings[f.id].role and readings[f.id].role_from in named_by
                 and _person_datum(readings[f.id], kb) and f.repeats == 1]
        if not named:
            continue
        for f in d.fields:
            r = readings[f.id]
            if r.role is not None or f.repeats > 1 or not _person_datum(r, kb):
                continue
            if not address_parts and r.concept in _ADDRESS_PARTS:
                continue
            row = [g for g in named if _same_row(f, g) and (g.location.column or 0) <= (f.location.column or 0)
                   and (not g.location.bbox or not f.location.bbox or g.location.bbox[0] < f.location.bbox[0])]
            parties = {(readings[g.id].role, readings[g.id].index) for g in row}
            if len(parties) != 1 or any(readings[g.id].concepts == r.concepts for g in row):
                continue
            role, index = next(iter(parties))
            near = min(row, key=lambda g: f.location.bbox[0] - g.location.bbox[0] if f.location.bbox and g.location.bbox
                       else (f.location.column or 0) - (g.location.column or 0))
            out[f.id] = replace(r, role=role, index=index, role_from="row",
                                note=f"in the row of '{near.label[:50]}', which names the {role}")
    return out


#: data only a person has, and data only an organisation has: what a package asks of a party with
#: these tells whether the party is a person or a business in this package
_PERSON_ONLY = {"person.ssn", "person.rrn", "person.first_name", "person.last_name", "person.middle_initial",
                "person.birth_date", "person.alien_no"}


def party_kinds(readings: dict[str, Reading], by_id: dict[str, Field], doc_of: dict[str, str],
                kb: Knowledge) -> dict[str, tuple[str, str]]:
    """For each party that may be a person or an organisation ("applicant", "borrower"), which one it is
    in this package, with the field that shows it: the package asks the party's business name or
    registration number and never its personal data (SSN, birth date, first name) → an organisation; the
    reverse → a person. A party asked both (a sole proprietor) is left undecided."""
    seen: dict[str, dict[str, str]] = defaultdict(dict)
    for fid, r in readings.items():
        if r.role is None or r.role_from not in ("label", "you") or len(r.concepts) != 1 or r.how == "partial":
            continue
        role = kb.roles.get(r.role)
        if role is None or set(role.subject) != {"person", "organisation"}:
            continue
        c = kb.concepts.get(r.concepts[0])
        if c is None:
            continue
        if c.id in _PERSON_ONLY:
            kind = "person"
        elif c.subject == "organisation" and (c.identifier or re.search(
                r"business|company|corporat|entity|firm|기업|법인|상호|회사|업체", r.text, re.I)):
            kind = "organisation"
        else:
            continue
        seen[r.role].setdefault(kind, f"'{by_id[fid].label[:60]}' ({doc_of[fid]})")
    return {role: (kind, why) for role, kinds in seen.items() if len(kinds) == 1 for kind, why in kinds.items()}


def beside_a_person(fields, readings: dict[str, Reading], doc_of: dict[str, str]) -> set[str]:
    """Fields in a table row that also asks another party's name ("대표자명 | ___ | 연락처 | ___"): a
    contact datum there may be that person's, whatever the heading above says."""
    rows: dict[tuple, list[str]] = defaultdict(list)
    for f in fields:
        if f.location.table is not None and f.location.row is not None:
            rows[(doc_of[f.id], f.location.table, f.location.row)].append(f.id)
    out = set()
    for ids in rows.values():
        named = {x for x in ids if readings[x].concepts[:1] == ("person.name",) and readings[x].role not in (None, "applicant")}
        out.update(x for x in ids if named - {x})
    return out


def resolve_party_kinds(readings: dict[str, Reading], kinds: dict[str, tuple[str, str]],
                        kb: Knowledge, beside: frozenset | set = frozenset()) -> dict[str, Reading]:
    """Readings of a party whose kind the package shows: the name of a business party is its business
    name ("the borrower's full name" where the borrower is the business); a label allowing a person's or
    an organisation's datum ("SSN or TIN") asks the one that fits the party. ``beside``: fields in a row that
    names a person (:func:`beside_a_person`), whose heading alone does not make them the business's."""
    if not kinds:
        return readings
    out = {}
    for fid, r in readings.items():
        kind = kinds.get(r.role or "")
        if kind is None:
            out[fid] = r
            continue
        subject, why = kind
        if subject == "organisation" and r.concepts == ("person.name",) and r.how in ("exact", "contains"):
            # only a label that names the party and asks its name ("Name of Applicant", "the borrower's
            # full name"); "Taxpayer name (as shown on return)" may be an owner's return
            note = f"the {r.role} is an organisation in this package ({why}): its name is the business name"
            out[fid] = replace(r, concepts=("org.name",), note=note)
            continue
        own = kb.concepts.get(r.concepts[0]) if len(r.concepts) == 1 else None
        if subject == "organisation" and own is not None and own.of_organisation and r.how in ("exact", "contains") \
                and (r.role_from == "label" or (r.role_from == "context" and fid not in beside)) \
                and own.of_organisation in kb.concepts:
            # "Phone number of taxpayer on line 1a" where the taxpayer is the business: its business phone; so is
            # "Phone Number" under the heading that names the business ("Applicant Name …", SBA 1244) — unless a
            # person's name stands in its row ("1. 기업 정보: 대표자명 | 연락처": perhaps that person's number)
            out[fid] = replace(r, concepts=(own.of_organisation,), note=(
                f"the {r.role} is an organisation in this package ({why}): its {own.id} is its {own.of_organisation}"))
            continue
        broad = kb.concepts.get(r.concepts[0]) if len(r.concepts) == 1 else None
        if broad is not None and broad.may_be:
            # "Taxpayer identification number" of a party the package shows is a person or an organisation:
            # the SSN of a person, the EIN of an organisation
            fitting = tuple(c for c in broad.may_be if kb.concepts.get(c) is not None and
                            (kb.concepts[c].subject == "person") == (subject == "person"))
            if len(fitting) == 1:
                c = kb.concepts[fitting[0]]
                out[fid] = replace(r, concepts=fitting, identifier=c.identifier, note=(
                    f"the {r.role} is {'a person' if subject == 'person' else 'an organisation'} in this package "
                    f"({why}): its {broad.id} is its {c.id}"))
                continue
        if r.how == "composite" and subject == "organisation":
            # "Name and title of applicant business": a business has a name, no title — what the box can
            # ask of this party is what is left
            kept = set()
            for c in r.concepts:
                own = kb.concepts.get(c)
                if c in OF_AN_ORGANISATION:
                    kept.add(OF_AN_ORGANISATION[c])  # its name, its address ("Name and address of Applicant")
                elif own is not None and own.of_organisation and own.of_organisation in kb.concepts:
                    kept.add(own.of_organisation)  # a phone of the business is its business phone
                elif own is None or own.subject != "person":
                    kept.add(c)
            kept = tuple(sorted(kept))
            if kept and kept != r.concepts:
                note = f"the {r.role} is an organisation in this package ({why}): of the data the box lists, " \
                       f"{', '.join(kept)} apply"
                out[fid] = replace(r, concepts=kept, how="contains" if len(kept) == 1 else "composite", note=note)
                continue
        if len(r.concepts) > 1 and r.how != "composite":  # (a box for several data keeps them all)
            fitting = tuple(c for c in r.concepts if (c in _PERSON_ONLY) == (subject == "person") and
                            kb.concepts.get(c) is not None)
            if len(fitting) == 1:
                c = kb.concepts[fitting[0]]
                note = f"the {r.role} is {'a person' if subject == 'person' else 'an organisation'} in this " \
                       f"package ({why}): the label's {c.id} applies"
                out[fid] = replace(r, concepts=fitting, identifier=c.identifier, note=note)
                continue
        out[fid] = r
    return out


def named_organisation_subjects(package: Package, readings: dict[str, Reading], kb: Knowledge,
                                kinds: dict[str, tuple[str, str]]) -> dict[str, Reading]:
    """Where the applicant is a person, an organisation's datum that names nobody ("Employer identification
    number (EIN)") is not the applicant's by default: in a form that names exactly one organisation by label
    ("Employer's name, address", "Employer's state ID number" on a W-2) it is that organisation's; elsewhere
    it is nobody's in particular."""
    if kinds.get("applicant", ("",))[0] != "person":
        return readings
    out = dict(readings)
    for d in package.documents:
        orgs = set()
        for f in d.fields:
            r = readings[f.id]
            role = kb.roles.get(r.role or "")
            if r.role_from == "label" and role is not None and role.subject and role.subject[0] == "organisation" \
                    and r.role != "applicant":
                orgs.add(r.role)
        for f in d.fields:
            r = readings[f.id]
            c = kb.concepts.get(r.concept or "")
            if r.role != "applicant" or r.role_from != "default" or c is None or c.subject != "organisation":
                continue
            if len(orgs) == 1:
                org = next(iter(orgs))
                out[f.id] = replace(r, role=org, role_from="document",
                                    note=f"the applicant is a person in this package; the form names one organisation, "
                                         f"the {org}: its {c.id}")
            else:
                out[f.id] = replace(r, role=None, role_from="none",
                                    note="the applicant is a person in this package: whose organisation this is, the "
                                         "label does not say")
    return out


def _names_file(doc: Document, file: str) -> bool:
    path = doc.path.replace("\\", "/")
    return path == file or path.endswith("/" + file) or PurePosixPath(path).name == file


def stated_parties(package: Package, readings: dict[str, Reading], kb: Knowledge, filled_by: dict[str, str],
                   document_parties: dict[str, dict[str, str]]) -> dict[str, Reading]:
    """Readings with the parties the manifest states for single files: in a per-person form filled by
    "owner 1", its "you" and its person data that name nobody are owner 1's; where a file's "guarantor" is
    the spouse, its guarantor data are the spouse's."""
    out = dict(readings)
    for d in package.documents:
        filler = next((party_ref(v) for k, v in filled_by.items() if _names_file(d, k)), None)
        said = ""
        if filler is None and d.form_for and d.form_for in kb.roles:
            filler, said = (d.form_for, None), f"the form says it is for the {d.form_for}"

        mapping = next(({party_ref(a)[0]: party_ref(b) for a, b in m.items()} for k, m in document_parties.items()
                        if _names_file(d, k)), {})
        for f in d.fields:
            r = readings[f.id]
            if r.role in mapping and r.index not in (None, 1):
                # "this file's guarantor is the spouse" names one person: the second, third … guarantor of
                # a form that lists ten are others
                continue
            if r.role in mapping:
                role, index = mapping[r.role]
                out[f.id] = replace(r, role=role, index=index, role_from="manifest",
                                    note=f"the manifest says this file's {r.role} is the {role}"
                                         + (f" {index}" if index else ""))
            elif filler and r.role == "applicant" and r.role_from == "label" and filler[0] != "applicant" \
                    and _names_the_filer(f, kb):
                # "1b. First taxpayer identification number" of a 4506-C the manifest says owner 1 fills: the
                # taxpayer is owner 1, not the business (review 42 #2)
                role, index = filler
                out[f.id] = replace(r, role=role, index=index, role_from="form" if said else "manifest",
                                    note=(said or f"the manifest says {d.key} is filled by the {role}"
                                          + (f" {index}" if index else "")) + ": the form's own filer")
            elif filler and (r.role_from == "you" or (r.role is None and r.index in (None, 1) and _person_datum(r, kb))):
                # a per-person form's first person ("Print Name 1", "Social Security No for Name 1" under
                # "Signature 1") is the one it is filled for; a second ("Name 2": the spouse who co-signs) is not
                role, index = filler
                out[f.id] = replace(r, role=role, index=index, role_from="form" if said else "manifest",
                                    note=(said or (f"the manifest says {d.key} is filled by the {role}"
                                                   + (f" {index}" if index else "")))
                                    + (": its first person" if r.index == 1 else ""))
    return out


def _names_the_filer(f: Field, kb: Knowledge) -> bool:
    """Whether a field's label names the party by a word for whoever files this form ("taxpayer", "동의자":
    roles.yaml ``form_filer``) and by no word of the applicant role for the programme's applicant ("Applicant/
    Borrower")."""
    role = kb.roles.get("applicant")
    if role is None or not role.form_filer:
        return False
    text = f.label.lower()
    filer = [w for w in role.form_filer if re.search(rf"(?<![\w]){re.escape(w.lower())}", text)]
    other = [w for w in (*role.ko, *role.en) if w not in role.form_filer
             and re.search(rf"(?<![\w]){re.escape(w.lower())}", text)]
    return bool(filer) and not other


def one_party(readings: dict[str, Reading], same_parties, kb: Optional[Knowledge] = None) -> dict[str, Reading]:
    """Readings with the parties of each group written as the group's first: "owner 1" and "guarantor"
    read as "representative" when the manifest says they are one person. A role named without a number
    takes in every index of it only when the group names no number for it. A party the manifest makes
    one with a person (the representative) is a person: "the first owner's legal name" (an owner may be
    a company) then asks a person's name."""
    table: dict[tuple[str, Optional[int]], tuple[str, Optional[int]]] = {}
    for group in same_parties:
        first = party_ref(group[0])
        for x in group[1:]:
            table[party_ref(x)] = first
    out = {}
    for fid, r in readings.items():
        key = (r.role, r.index)
        target = table.get(key) or (table.get((r.role, None)) if r.index is None else None)
        # the label still names its party (role_from stays): the manifest only says who that party is
        if not (target and r.role):
            out[fid] = r
            continue
        note = (f"the manifest says the {r.role}{f' {r.index}' if r.index else ''} is the {target[0]}"
                f"{f' {target[1]}' if target[1] else ''}")
        role = kb.roles.get(target[0]) if kb is not None else None
        concepts = r.concepts
        if role is not None and tuple(role.subject) == ("person",) and len(concepts) > 1:
            people = tuple(c for c in concepts if kb.concepts.get(c) is not None and kb.concepts[c].subject == "person")
            if people and len(people) < len(concepts):
                concepts = people
                note += ", a person: the organisation's reading of the label does not apply"
        elif role is not None and tuple(role.subject) == ("organisation",) and concepts == ("person.name",):
            # "Client name" where the manifest says the client is the lender, a company: its name
            concepts = ("org.name",)
            note += ", an organisation: its name is the business name"
        out[fid] = replace(r, role=target[0], index=target[1], note=note, concepts=concepts,
                           how="exact" if len(concepts) == 1 and r.how == "alternatives" else r.how)
    return out


def _same_form_links(package: Package, links: list[Link]) -> list[Link]:
    """One form in two formats (별첨1.hwp and 별첨1.docx): the same question at the same place in both is
    one datum. Fields are aligned in reading order by label and heading; each aligned pair is a certain
    link (M-SAME-FORM), replacing whatever the wording alone made of it."""
    from difflib import SequenceMatcher

    by_form: dict[str, list[Document]] = defaultdict(list)  # one entry per form: linear in documents
    for d in package.documents:
        by_form[_form_stem(d.key)].append(d)
    made: dict[frozenset, Link] = {}

    def sig(f: Field) -> str:
        return f"{f.normalized_label}|{f.context[-1] if f.context else ''}|{f.kind}"

    for group in by_form.values():
        group.sort(key=lambda d: d.key)
        for i, da in enumerate(group):
            for db in group[i + 1:]:
                if da.path == db.path:
                    continue
                fa, fb = da.fields, db.fields
                sm = SequenceMatcher(None, [sig(f) for f in fa], [sig(f) for f in fb], autojunk=False)
                for block in sm.get_matching_blocks():
                    for k in range(block.size):
                        a, b = fa[block.a + k], fb[block.b + k]
                        made[frozenset((a.id, b.id))] = Link(
                            a=min(a.id, b.id), b=max(a.id, b.id), score=0.98, status="certain", rule="M-SAME-FORM",
                            evidence=(f"the same question of one form in two formats ({da.key} / {db.key}), "
                                      f"at the same place in both",))
    if not made:
        return links
    kept = [l for l in links if frozenset((l.a, l.b)) not in made]
    return sorted(kept + list(made.values()), key=lambda l: (l.a, l.b))


#: a section's printed number ("3-2.", "2.", "III.", "가.") is its place in one form, not what it is
_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:-\d{1,2}){0,2}|[IVX]{1,4}|[가-하])[.)]\s*")
SECTION_MIN_FIELDS = 4  # a section shorter than this is too little to call the same printed block
SECTION_MIN_RATIO = 0.6  # share of the two sections' lines that line up, in order
SECTION_MAX_DOCS = 12  # a heading more forms print than this is a common heading, not one printed block


def _section_of(f: Field) -> str:
    """A field's section as its title reads, number, spacing, punctuation and the order of its words aside: "1.
    소방시설등 점검 결과" of the report is the checklist's "소방시설등 점검결과", "2. 안전시설등 점검 결과(다중이용업소)"
    its "다중이용업소 안전시설등 점검결과" — the same letters, so the same heading (a form holding two headings of the
    same letters has two blocks, which are not lined up). A title of fewer than six letters is read as printed."""
    if not f.context:
        return ""
    title = _SECTION_NUMBER.sub("", f.context[0]).strip()
    letters = re.sub(r"[\W_]+", "", title)
    return "".join(sorted(letters)) if len(letters) >= 6 else title


def same_section_links(package: Package, readings: dict[str, Reading],
                       per_document: Iterable[str] = ()) -> list[Link]:
    """Two forms that print the same section ("수계소화설비(공통사항)" as 3-2 of a report and 2 of its
    checklist): its lines, lined up in order by caption and answer kind, are one datum each — "동명" at the
    same place of the same block, however often the word recurs. A section printed more than once in a
    form (one per person, per building) is not lined up; nor are two lines whose readings say whose datum
    differently, nor a signature or signing date (``per_document``: each document's own act). Certain links
    (M-SAME-SECTION)."""
    from difflib import SequenceMatcher

    acts = set(per_document)

    sections: dict[str, dict[str, list[Field]]] = {}
    for d in package.documents:
        by_title: dict[str, list[Field]] = defaultdict(list)
        starts: dict[str, set] = defaultdict(set)
        for f in d.fields:
            title = _section_of(f)
            if title:
                by_title[title].append(f)
                starts[title].add(f.context[0])
        # one printed block per title in this form (a title under two numbers is two blocks)
        sections[d.key] = {t: fs for t, fs in by_title.items() if len(starts[t]) == 1 and len(fs) >= SECTION_MIN_FIELDS}

    def sig(f: Field) -> str:  # spacing is no difference of wording: "우선 경보" is "우선경보"
        return f"{''.join(f.normalized_label.split())}|{_KIND_GROUP.get(f.kind, f.kind)}"

    made: list[Link] = []
    having: dict[str, list[Document]] = defaultdict(list)
    for d in package.documents:
        for title in sections[d.key]:
            having[title].append(d)
    for title in sorted(having):
        docs = having[title]
        if len(docs) > SECTION_MAX_DOCS:
            continue  # a heading every form of a catalogue prints ("신청인"): no one block, and quadratic
        for i, da in enumerate(docs):
            for db in docs[i + 1:]:
                if _form_stem(da.key) == _form_stem(db.key):
                    continue  # one form in two formats: _same_form_links
                fa, fb = sections[da.key][title], sections[db.key][title]
                sa, sb = [sig(f) for f in fa], [sig(f) for f in fb]
                sm = SequenceMatcher(None, sa, sb, autojunk=False)
                if sm.ratio() < SECTION_MIN_RATIO:
                    continue
                for i, j in _lined_up(sa, sb):
                    a, b = fa[i], fb[j]
                    ra, rb = readings[a.id], readings[b.id]
                    if (ra.role and rb.role and ra.role != rb.role) or ra.option != rb.option \
                            or "signature" in (a.kind, b.kind) or (ra.concept in acts or rb.concept in acts):
                        continue
                    shown = _SECTION_NUMBER.sub("", a.context[0]).strip()
                    made.append(Link(a=min(a.id, b.id), b=max(a.id, b.id), score=0.95, status="certain",
                                     rule="M-SAME-SECTION",
                                     evidence=(f"the same section '{shown[:40]}' printed in {da.key} and {db.key} "
                                               f"({sm.ratio():.0%} of its lines alike): "
                                               f"'{a.label[:30]}' at the same place in both",)))
    return made


def _lined_up(sa: list[str], sb: list[str]) -> list[tuple[int, int]]:
    """Positions of two sections' lines that stand for one another. A line printed once in each section
    ("비상방송설비", "누전경보기") is its own anchor wherever it stands — two forms may list the same items
    in another order; a line that recurs ("동명", "층", "실명") belongs to the anchor above it, and is lined up,
    in order, only with the recurring lines under the same anchor of the other section (or, before any
    anchor, with those before the other section's first). So "동명" of one item never meets "동명" of
    another item both forms print, however the two forms order their items."""
    from collections import Counter
    from difflib import SequenceMatcher

    ca, cb = Counter(sa), Counter(sb)
    heads_a = [i for i, x in enumerate(sa) if ca[x] == 1 and cb[x] == 1]
    heads_b = [j for j, x in enumerate(sb) if cb[x] == 1 and ca[x] == 1]

    def blocks(n: int, heads: list[int]) -> dict[Optional[int], range]:
        starts = [None, *heads]
        ends = [*heads, n]
        return {h: range(0 if h is None else h + 1, e) for h, e in zip(starts, ends)}

    ba, bb = blocks(len(sa), heads_a), blocks(len(sb), heads_b)
    at_b = {sb[j]: j for j in heads_b}
    pairs: list[tuple[Optional[int], Optional[int]]] = [(None, None)]
    pairs += [(i, at_b[sa[i]]) for i in heads_a if sa[i] in at_b]
    out = []
    for ha, hb in pairs:
        if ha is not None:
            out.append((ha, hb))
        ra, rb = ba[ha], bb[hb]
        sm = SequenceMatcher(None, sa[ra.start:ra.stop], sb[rb.start:rb.stop], autojunk=False)
        for m in sm.get_matching_blocks():
            out += [(ra.start + m.a + k, rb.start + m.b + k) for k in range(m.size)]
    return sorted(out)


RECURRING_SLOT = 5  # a label a form prints this often is a slot whose datum is where it sits


def recurring_slots(fields, doc_of: dict[str, str]) -> set[str]:
    """Fields whose label their document prints at least RECURRING_SLOT times, outside a list's one column
    ("동명", "층", "실명", "지상 / 지하" under every facility of a fire inspection report)."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for f in fields:
        counts[(doc_of[f.id], "".join(f.normalized_label.split()))] += 1
    return {f.id for f in fields if counts[(doc_of[f.id], "".join(f.normalized_label.split()))] >= RECURRING_SLOT}


_KIND_GROUP = {"radio": "choice", "choice": "choice", "checkbox": "checkbox", "date": "date", "signature": "signature",
               "amount": "number", "number": "number"}


REVIEW_PER_FIELD = 3  # review links a person is shown per field, best first


def _unjoined_for_review(links: list[Link], groups: tuple[DuplicateGroup, ...],
                         doc_of: dict[str, str]) -> list[Link]:
    """A certain link whose two fields did not end up in one duplicate group (one of them is in a group
    that holds another field of its document, or a member of one group contradicts the other) is a
    question for a person, not a finding: it is reported for review, with the reason — unless each of the
    two already has its counterpart in the other's document (two groups side by side, "유효수량" of two
    sections of both forms): then the link crosses them and says nothing; it is dropped."""
    group = {f: g.id for g in groups for f in g.fields}
    docs = {g.id: {doc_of[f] for f in g.fields} for g in groups}
    out = []
    for l in links:
        ga, gb = group.get(l.a), group.get(l.b)
        if l.status == "certain" and (ga is None or ga != gb):
            if ga and gb and doc_of[l.b] in docs[ga] and doc_of[l.a] in docs[gb]:
                continue
            l = replace(l, status="review", evidence=l.evidence + (
                "they look like one datum, but one of them is already joined to another field of its own "
                "document, or to a field the other contradicts, so they were not merged — is it the same datum?",))
        out.append(l)
    return out


def review_queue(links: Iterable[Link], readings: dict[str, Reading],
                 groups: tuple[DuplicateGroup, ...], doc_of: Optional[dict[str, str]] = None) -> tuple[Link, ...]:
    """The review links a person can work through, best first: a field's links into one duplicate group
    are one question (its best link stands for them), and each field shows its best few (a link the forms print
    as a cross-reference first, then by score, then by how alike the two labels read). A link between one form's two
    formats (별첨1.hwp and 별첨1.docx) asks nobody anything: the twins are counted once. ``links`` keeps every review
    link for scripts."""
    group = {f: g.id for g in groups for f in g.fields}
    # (a field already one datum with another person's field of the other side's document — the 912's SSN with the
    # 413's first signer's — is no candidate for that document's field of someone else, its spouse's: accepting it
    # would make two people's answers one, which the manifest refuses; SBA review 57 #4 made the 413's second block
    # the spouse's. The same person's datum asked twice by one form stays a question.)
    members = {g.id: g.fields for g in groups}

    def whose(fid: str) -> tuple:
        r = readings.get(fid)
        return (r.role, r.index) if r is not None else (None, None)

    def taken(x: str, y: str) -> bool:
        return bool(group.get(x)) and group.get(y) != group[x] and any(
            doc_of.get(z) == doc_of.get(y) and whose(z) != whose(y) for z in members[group[x]])

    def clash(x: str, y: str) -> bool:
        # (accepting the link would make two questions one form asks apart one datum — 공적조서's '직위' and
        # '직급ㆍ계급', through "직위(직급)" ~ "3)직급" — which the manifest refuses (pipeline._unjoined_same): no
        # question to put to a person; a newcomer's review 63 #7 accepted one and saw it ignored)
        gx, gy = members.get(group.get(x), (x,)), members.get(group.get(y), (y,))
        return doc_of.get(x) != doc_of.get(y) and any(doc_of.get(z) == doc_of.get(w) for z in gx for w in gy)

    review = [l for l in links if l.status == "review" and not (group.get(l.a) and group.get(l.a) == group.get(l.b))
              and not (doc_of and between_twins(l, doc_of))
              and not (doc_of and (taken(l.a, l.b) or taken(l.b, l.a) or clash(l.a, l.b)))]
    sims = bulk_similarity([readings[l.a].text for l in review], [readings[l.b].text for l in review]).tolist()
    # (a link the forms state themselves — a printed cross-reference whose figure may differ, "Enter the amount from
    # Schedule C, line 29, plus any gain …" — before any that only reads alike: IRS review 56 #6 found the one useful
    # candidate buried under look-alikes)
    ranked = [review[i] for i in sorted(range(len(review)), key=lambda i: (review[i].rule != "M-XREF", -review[i].score,
                                                                           -sims[i], review[i].a, review[i].b))]
    asked: set[tuple[str, str]] = set()
    shown: dict[str, int] = defaultdict(int)
    out = []
    for l in ranked:
        ends = (group.get(l.a, l.a), group.get(l.b, l.b))
        if (l.a, ends[1]) in asked or (l.b, ends[0]) in asked:
            continue  # the same question again: this field and that group
        asked.update({(l.a, ends[1]), (l.b, ends[0])})
        if shown[l.a] < REVIEW_PER_FIELD and shown[l.b] < REVIEW_PER_FIELD:
            out.append(l)
            shown[l.a] += 1
            shown[l.b] += 1
    return tuple(out)


def _with_links(links: list[Link], stronger: list[Link]) -> list[Link]:
    """``links`` with ``stronger`` ones replacing whatever was found for the same pair."""
    if not stronger:
        return links
    pairs = {frozenset((l.a, l.b)) for l in stronger}
    return sorted([l for l in links if frozenset((l.a, l.b)) not in pairs] + stronger, key=lambda l: (l.a, l.b))


@lru_cache(maxsize=None)
def _form_stem(key: str) -> str:
    """A logical document's file name without its extension, and its part: one form in any format."""
    path, _, part = key.partition("#")
    return f"{PurePosixPath(path).with_suffix('')}#{part}"


def _continues(f: Optional[Field], readings: dict) -> bool:
    """Whether a text box continues another's answer (``Field.part_of``: a comb's later digits, a date's year box)
    — a choice's later boxes are options, read apart."""
    return f is not None and bool(f.part_of) and f.part_of in readings and f.kind not in ("checkbox", "radio")


def _names_a_person(c) -> bool:
    """Whether a concept names or identifies a person (성명, name, SSN): a list with such a column lists people;
    a duty column (담당업무) is a person's datum but names nobody."""
    return c is not None and c.subject == "person" and bool(c.identifier or c.id.endswith(".name"))


def between_twins(link: Link, doc_of: dict[str, str]) -> bool:
    """Whether a link joins one form's two formats (별첨1.hwp and 별첨1.docx): it asks nobody anything."""
    return doc_of[link.a] != doc_of[link.b] and same_form(doc_of[link.a], doc_of[link.b])


def same_form(key_a: str, key_b: str) -> bool:
    """Whether two documents are one form in two formats: the same file name but for the extension (and
    the same part of it)."""
    return _form_stem(key_a) == _form_stem(key_b)


def _cluster(links: Iterable[Link], by_id: dict[str, Field], doc_of: dict[str, str],
             readings: dict[str, Reading], kb: Knowledge) -> tuple[DuplicateGroup, ...]:
    """Groups from certain links, merged strongest first; two groups join only if no member of one
    is vetoed against any member of the other (no chaining through a shared neighbour) and they do
    not hold two different fields of one document."""
    parent: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    scores: dict[str, float] = {}
    # the forms say so themselves, or a person confirmed it
    stated = {frozenset((l.a, l.b)) for l in links
              if l.rule in ("M-XREF", "O-SAME", "M-PAGE-HEADER", "M-SIGNER-NAME", "M-CONTINUATION", "M-COPY",
                            "M-SAME-DOC-REPEAT")}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    # fields of one reading and one kind are vetoed alike: two groups are checked class by class, and
    # field by field only where a vetoed class pair might come from one document or a stated pair
    class_of: dict[tuple, int] = {}
    klass = {fid: class_of.setdefault((readings[fid], by_id[fid].kind), len(class_of)) for fid in sorted(by_id)}
    class_reading = {i: key for key, i in class_of.items()}
    class_ok: dict[tuple[int, int], bool] = {}

    def classes_compatible(x: int, y: int) -> bool:
        ok = class_ok.get((x, y))
        if ok is None:
            (rx, kx), (ry, ky) = class_reading[x], class_reading[y]
            # (nor a pair a review-strength contrast sets apart: "본사 주소" and "사업장 소재지" are not asked once
            # because both link to a bare "소재지")
            ok = not veto(rx, ry, kx, ky) and not (rx.concepts and ry.concepts and not set(rx.concepts) & set(ry.concepts)) \
                and not contrasting_words(rx, ry, soft=True)
            class_ok[(x, y)] = class_ok[(y, x)] = ok
        return ok

    def compatible(x: str, y: str) -> bool:
        fx, fy = by_id[x], by_id[y]
        if frozenset((x, y)) in stated:
            return True
        if doc_of[x] == doc_of[y]:
            return bool(fx.name and fx.name == fy.name)
        return classes_compatible(klass[x], klass[y])

    def groups_compatible(ma: list[str], mb: list[str]) -> bool:
        docs_a = {doc_of[x] for x in ma}
        if any(doc_of[y] in docs_a for y in mb):
            # one document on both sides: its two fields must be one (a repeated name)
            for y in mb:
                if doc_of[y] in docs_a and not all(compatible(x, y) for x in ma if doc_of[x] == doc_of[y]):
                    return False
        ca, cb = {klass[x] for x in ma}, {klass[y] for y in mb}
        bad = [(x, y) for x in ca for y in cb if not classes_compatible(x, y)]
        if not bad:
            return True
        # a vetoed pair of classes: refused unless every such pair of fields is one document's or stated
        bad_set = set(bad)
        return all(compatible(x, y) for x in ma for y in mb if (klass[x], klass[y]) in bad_set)

    # a person's confirmation (overrides.same) adds to the groups the forms make, after them: it never takes a
    # field out of a group its certain links made (review 41 #4; the pipeline says where one could not join)
    for link in sorted((l for l in links if l.status == "certain"), key=lambda l: (l.rule == "O-SAME", -l.score, l.a, l.b)):
        ra, rb = find(link.a), find(link.b)
        if ra == rb:
            continue
        ma, mb = members.get(ra, [ra]), members.get(rb, [rb])
        if not groups_compatible(ma, mb):
            continue
        parent[rb] = ra
        members[ra] = ma + mb
        members.pop(rb, None)
        scores[ra] = min(scores.get(ra, 1.0), scores.get(rb, 1.0), link.score)
    out = []
    for root, ids in members.items():
        ids = sorted(ids)
        concept = next((readings[i].concept for i in ids if readings[i].concept), None)
        role = next((readings[i].role for i in ids if readings[i].role), None)
        index = next((readings[i].index for i in ids if readings[i].index is not None), None)
        label = by_id[ids[0]].label
        out.append((ids, concept, role, index, scores.get(root, CERTAIN), label))
    out.sort(key=lambda t: t[0][0])
    return tuple(DuplicateGroup(id=f"G{n:03d}", concept=c, role=ro, index=ix, fields=tuple(ids), status="certain",
                                score=round(sc, 3), label=lab)
                 for n, (ids, c, ro, ix, sc, lab) in enumerate(out, 1))
