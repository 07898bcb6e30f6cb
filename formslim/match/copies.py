"""Copies: a file that repeats pages of another document of the package is not a document of its own.

A page extracted from a form ("SF424_page2.pdf" is page 2 of SF424.pdf, saved alone) or the same form
attached twice carries the same answer spaces, under the same names, at the same places. Such a file is
read (its fields are known) but not counted, and the plan says which document it copies."""
from __future__ import annotations

from typing import Optional

from ..model import Document

#: points two widgets may differ by and still be the same answer space drawn at one place
_PLACE = 1.5
MIN_FIELDS = 3


def _key(f) -> Optional[tuple]:
    if not f.name or not f.location.bbox:
        return None
    return (f.name, f.kind)


def copied_documents(docs: list[Document]) -> dict[str, tuple[str, tuple[int, ...]]]:
    """Document key → (key of the document it copies, that document's pages it repeats). A document is a
    copy when every one of its (at least three) answer spaces has a twin in the other document — the same
    field name and kind, the same box within 1.5 pt — and the other holds more of them (or as many and
    comes first): of two identical files, the second is the copy."""
    index: dict[tuple, list[tuple[int, object]]] = {}
    for i, d in enumerate(docs):
        for f in d.fields:
            k = _key(f)
            if k is not None:
                index.setdefault(k, []).append((i, f))
    out: dict[str, tuple[str, tuple[int, ...]]] = {}
    for i, d in enumerate(docs):
        if len(d.fields) < MIN_FIELDS or any(_key(f) is None for f in d.fields):
            continue
        alive: Optional[set[int]] = None
        for f in d.fields:
            hits = {j for j, g in index.get(_key(f), ()) if j != i and _same_place(f, g)}
            alive = hits if alive is None else alive & hits
            if not alive:
                break
        for j in sorted(alive or ()):
            other = docs[j]
            if other.key in out or (len(other.fields), -j) < (len(d.fields), -i):
                continue  # the other is itself a copy, or the smaller / later of two
            seen = {g.location.page for f in d.fields for jj, g in index[_key(f)]
                    if jj == j and _same_place(f, g)}
            out[d.key] = (other.key, tuple(sorted(p for p in seen if p)))
            break
    out.update(_same_questions(docs, out))
    return out


def _same_questions(docs: list[Document], found: dict) -> dict[str, tuple[str, tuple[int, ...]]]:
    """Documents without named, placed answer spaces (HWPX, HWP, DOCX tables): a logical document of one
    file is a copy of one in another file of the same format when both carry the same title and the same
    (at least three) questions, label and kind, in the same order — a template and its filled-in example
    (조달청 입찰공고 <붙임 1> in the blank and in the filled notice). The first, in package order, is kept.
    (A form in two formats is a twin, counted once by the plan's own rule, not a copy.)"""
    from .reading import compact

    seen: dict[tuple, Document] = {}
    out: dict[str, tuple[str, tuple[int, ...]]] = {}
    for d in docs:
        if d.key in found or len(d.fields) < MIN_FIELDS or all(_key(f) is not None for f in d.fields):
            continue
        sig = (d.format, compact(d.title or ""), tuple((compact(f.label), f.kind) for f in d.fields))
        first = seen.get(sig)
        if first is None:
            seen[sig] = d
        elif first.path != d.path and sig[1]:
            out[d.key] = (first.key, ())
    return out


def _same_place(f, g) -> bool:
    return all(abs(a - b) <= _PLACE for a, b in zip(f.location.bbox, g.location.bbox))
