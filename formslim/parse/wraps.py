"""Hangul words a flat PDF prints broken apart, joined again.

A Korean form laid out in narrow cells breaks words anywhere: HWP's character-unit line breaking wraps
"자동식사이렌" as "자동식사이" / "렌" and "광케이블" as "광케" / "이블", and distributed alignment spreads a word
so wide that the text runs come apart ("시 각경보기"). Read as printed, such a label is a word no reader
would write, and it neither matches the same label elsewhere nor compares equal in ``compare``.

The rule uses the document's own words only, so it holds on any form without a dictionary: two Hangul
pieces separated by a space or a line break within one cell or line are one word where

* the document prints the joined word unbroken somewhere (as a word or inside a longer one), and
* one of the pieces is a fragment: the document never prints it on its own, except where it could be
  joined to the piece beside it to make such a printed word.

"설치 시" stays two words ("시" stands alone elsewhere in the form); "소화수조 및 저수조" stays (the form
never prints "소화수조및"). A word broken twice ("전기 저 장장치") is joined piece by piece; single syllables
spaced apart ("세 대 수") are a letter-spaced caption, left to the field rules that close it up whole.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Callable, Iterable

from .layout import Cell, Layout, Line, Table

_RUN = re.compile(r"[가-힣]+")
#: Hangul pieces separated by one space or one line break (a tab is a blank to fill: never joined across)
_CHAIN = re.compile(r"[가-힣]+(?:[ \n][가-힣]+)+")
_SEP = re.compile(r"([ \n])")


def _texts(layout: Layout) -> Iterable[str]:
    for b in layout.blocks:
        if isinstance(b, Line):
            yield b.text
        elif isinstance(b, Table):
            for c in b.cells:
                yield c.text


def joiner(texts: Iterable[str]) -> Callable[[str], str]:
    """A function that joins the broken words of a text, learnt from all the texts of one document."""
    texts = list(texts)
    printed = "|".join(sorted({r for t in texts for r in _RUN.findall(t)}))
    runs: Counter = Counter(r for t in texts for r in _RUN.findall(t))

    def known(word: str) -> bool:
        return word in printed

    # how often each run stands on its own: not beside a piece it could be joined with into a printed word
    joinable: Counter = Counter()
    for t in texts:
        for m in _CHAIN.finditer(t):
            pieces = _SEP.split(m.group())[::2]
            for i, p in enumerate(pieces):
                if (i > 0 and known(pieces[i - 1] + p)) or (i + 1 < len(pieces) and known(p + pieces[i + 1])):
                    joinable[p] += 1

    def fragment(piece: str) -> bool:
        return runs[piece] <= joinable[piece]

    def join(text: str) -> str:
        if "\n" not in text and " " not in text:
            return text

        def chain(m: re.Match) -> str:
            parts = _SEP.split(m.group())
            # single syllables spaced apart on one line are a letter-spaced word ("대 상 물", "세 대 수"): one piece
            pieces, seps_in = [parts[0]], []
            for sep, piece in zip(parts[1::2], parts[2::2]):
                if sep == " " and len(piece) == 1 and len(pieces[-1].replace(" ", "")) == len(pieces[-1].split()) \
                        and len(pieces[-1].split()[-1]) == 1:
                    pieces[-1] += " " + piece
                else:
                    seps_in.append(sep)
                    pieces.append(piece)
            words, seps = [pieces[0]], []
            # the piece before the separator, while it is a fragment not yet joined to the word before it
            loose = fragment(pieces[0].replace(" ", ""))
            for sep, piece in zip(seps_in, pieces[1:]):
                whole = piece.replace(" ", "")
                # (a letter-spaced word is joined whole or left as printed, for the field rules to close up)
                if known(words[-1].replace(" ", "") + whole) and (fragment(whole) or loose) \
                        and " " not in words[-1] and (" " in piece or len(whole) > 1 or len(words[-1]) > 1):
                    words[-1] += whole
                    loose = False
                else:
                    seps.append(sep)
                    words.append(piece)
                    loose = fragment(whole) and " " not in piece
            return "".join(w + s for w, s in zip(words, [*seps, ""]))

        return _CHAIN.sub(chain, text)

    return join


def rejoined(layout: Layout) -> Layout:
    """The layout with the Hangul words its lines and cells print broken apart joined again."""
    join = joiner(_texts(layout))
    blocks = []
    changed = False
    for b in layout.blocks:
        if isinstance(b, Line):
            t = join(b.text)
            if t != b.text:
                b, changed = replace(b, text=t), True
        elif isinstance(b, Table):
            cells = tuple(replace(c, text=t) if (t := join(c.text)) != c.text else c for c in b.cells)
            if any(x is not y for x, y in zip(cells, b.cells)):
                b, changed = replace(b, cells=cells), True
        blocks.append(b)
    return replace(layout, blocks=tuple(blocks)) if changed else layout
