#!/usr/bin/env python3
"""Derive the standard words (공공데이터 공통표준단어) from the standard terms (공통표준용어) and write
formslim/data/standard_words.tsv: one Korean word and its physical abbreviation per line.

A standard term's physical name is its standard words' abbreviations joined by "_" ("입사일자" →
JNCMP_YMD); its Korean name is those words' Korean written together. A term of one word gives that word;
a term whose words but one are known gives the last by what is left of its name once the known words are
taken off its start and end (one way only: an ambiguous remainder teaches nothing). Repeated until nothing
new is learnt. The terms list is public data (행정안전부, 공공데이터 공통표준용어; ../shared/reference).

    python scripts/build_standard_words.py ../shared/reference/kr_public_data_standard_terms.csv
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "formslim" / "data" / "standard_words.tsv"


def learn(terms: list[tuple[str, list[str]]]) -> dict[str, set[str]]:
    words: dict[str, set[str]] = defaultdict(set)
    for name, codes in terms:
        if len(codes) == 1:
            words[codes[0]].add(name)

    def strip(s: str, codes: list[str], front: bool) -> set[str]:
        outs = {s}
        for c in (codes if front else reversed(codes)):
            outs = {x[len(w):] if front else x[:-len(w)] for x in outs for w in words[c]
                    if (x.startswith(w) if front else x.endswith(w)) and len(x) > len(w)}
        return outs

    changed = True
    while changed:
        changed = False
        for name, codes in terms:
            unknown = [i for i, c in enumerate(codes) if c not in words]
            if len(unknown) != 1:
                continue
            u = unknown[0]
            left = {b for f in strip(name, codes[:u], True) for b in strip(f, codes[u + 1:], False) if b}
            if len(left) == 1:
                words[codes[u]].add(left.pop())
                changed = True
    return words


def main(path: str) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    terms = [(r["용어명"].replace(" ", ""), r["물리명"].strip().split("_")) for r in rows
             if r.get("용어명") and r.get("물리명")]
    words = learn(terms)
    pairs = sorted({(w, c) for c, ws in words.items() for w in ws})
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# 공공데이터 공통표준단어 as derived from the 공통표준용어 (행정안전부, editions to the 8th, 2025-11):\n")
        fh.write(f"# {len(pairs)} Korean words with their physical abbreviation; scripts/build_standard_words.py\n")
        fh.write("word\tcode\n")
        for w, c in pairs:
            fh.write(f"{w}\t{c}\n")
    print(f"{OUT}: {len(pairs)} words from {len(terms)} terms", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/kr_public_data_standard_terms.csv")
