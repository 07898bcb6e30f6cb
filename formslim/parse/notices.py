"""The notices a form prints above its consent boxes, read as printed.

A consent form prints what the person consents to — the purpose, the data, how long they are kept, who
receives them, the right to refuse — and then the boxes to tick ("□ 동의 □ 비동의"). A consolidated form
that asks the same consent must carry that text, not a blank template of it: the agency wrote it for
this programme, and each consent is asked apart with its own notice (개인정보 보호법 제22조).

A notice is the printed text between the previous consent box and this one, read back from the box
through the blocks that hold no question of their own (the date and signature line closing the previous
consent may sit in them); consent boxes in one table share the notice above the table. Fields placed by
page position alone (an AcroForm's widgets) have no block to read back from: their notice is read from the
page's printed lines above the boxes (``parse.pdf._acroform_notices``).
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Field, PrintedNotice
from .layout import NESTED_TABLE, Layout, Table

#: the longest notice kept word for word (the 공공 마이데이터 request prints ~3,800 characters)
MAX_NOTICE = 8000
#: blocks read back from a consent box at most
MAX_BLOCKS = 12

_AGREE = re.compile(r"^(?:동의|동의함|동의합니다|agree|iagree|iconsent)$", re.I)
_REFUSE = re.compile(r"^(?:비동의|미동의|부동의|동의안함|동의하지않음|동의하지않습니다|disagree|idonotagree|"
                     r"idonotconsent)$", re.I)
#: lines that close a consent (its date and signature), not part of its notice
_SIGN_LINE = re.compile(r"^(?:\d{4}\s*년)?[\s.년월일]*$|\(서명(?:\s*또는\s*인)?\)|\(인\)|^\s*성\s*명\s*[:：]?\s*$|"
                        r"^\s*(?:signature|date)\s*[:：]?\s*$", re.I)


def _compact(text: str) -> str:
    return re.sub(r"[\s□☐■,.]+", "", text or "")


def is_consent_box(f: Field) -> bool:
    """A yes/no choice whose options are agreeing and refusing ("□ 동의 □ 비동의", "I agree / I do not agree")."""
    if f.kind not in ("radio", "checkbox", "choice") or len(f.options) < 2:
        return False
    opts = [_compact(o) for o in f.options]
    return any(_AGREE.match(o) for o in opts) and any(_REFUSE.match(o) for o in opts)


def _key(f: Field) -> Optional[tuple]:
    loc = f.location
    if loc.table is not None:
        return ("t", loc.table, loc.row, loc.column)
    if loc.paragraph is not None:
        return ("p", loc.page, loc.paragraph)
    return None


#: a printed box with the agreeing option: "□ 동의", "☐ I agree"
_BOX = re.compile(r"[□☐❏▢☑☒]\s*(?:동의(?!\s*여부)|I\s+(?:agree|consent))", re.I)


def _stream(blocks: tuple) -> list[tuple[str, tuple]]:
    """The document's lines in reading order, each with where it is printed (a paragraph, or a table's
    1-based row and column); a nested table's lines stand where its marker stands in the outer cell."""
    out: list[tuple[str, tuple]] = []
    i = 0

    def table(at: int) -> int:
        t = blocks[at]
        nxt = at + 1
        for c in t.cells:
            pieces = c.text.split(NESTED_TABLE)
            where = ("t", t.index, c.row + 1, c.col + 1)
            for k, piece in enumerate(pieces):
                if k and nxt < len(blocks) and isinstance(blocks[nxt], Table):
                    nxt = table(nxt)
                out.extend((line, where) for line in piece.split("\n"))
        return nxt

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Table):
            i = table(i)
        else:
            out.append((b.text, ("p", b.page, b.index)))
            i += 1
    return out


#: a line of option boxes only ("□ 비동의")
_OPTIONS_ONLY = re.compile(r"^(?:동의|비동의|미동의|부동의|동의함|동의안함|동의하지않음|agree|disagree|iagree|idonotagree)+$", re.I)


def _row_label(w: tuple, where: tuple) -> bool:
    """A line printed in another cell of a consent box's own table row: the box's label, not its notice."""
    return w[0] == "t" and where[0] == "t" and w[1:3] == where[1:3] and w != where


def _clean(lines: list[str], drop: frozenset = frozenset()) -> str:
    kept: list[str] = []
    for line in lines:
        line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
        if not line or _SIGN_LINE.search(line) or _BOX.search(line) or _OPTIONS_ONLY.match(_compact(line)) \
                or _compact(line) in drop or line in "`'\"":
            continue
        kept.append(line)
    text = "\n".join(kept)
    return text if len(text) <= MAX_NOTICE else text[:MAX_NOTICE].rstrip() + " …"


def printed_notices(layout: Layout, fields: tuple[Field, ...], title: str = "") -> tuple[PrintedNotice, ...]:
    """The notice printed above each group of consent boxes of a document, in reading order.

    Each consent box is anchored at its printed box line ("□ 동의 □ 비동의") in its cell (or at its cell);
    its notice is the text since the previous consent closed — that consent's label, the rest of its
    refusal sentence and its date and signature line, up to the last signature line before this box,
    close it. Lines of the box's own table row are its label, not notice; a box with nothing of its own
    above it (the next row of one consent table) shares the notice of the box before. The text of a cell
    that asks another question ends the read-back: a notice never runs back into the form's questions."""
    boxes = [f for f in fields if is_consent_box(f) and _key(f) is not None]
    if not boxes:
        return ()
    stream = _stream(layout.blocks)
    sign_cells = {_key(f) for f in fields if f.kind in ("signature", "date")}
    asks = {k for f in fields if not is_consent_box(f) and f.kind not in ("signature", "date")
            and (k := _key(f)) is not None and k not in sign_cells}
    # the document's own heading, where it opens the document, is no consent's notice
    first = next((i for i, (text, _) in enumerate(stream) if text.strip()), None)
    if first is not None and title and _compact(stream[first][0]) == _compact(title):
        stream[first] = ("", stream[first][1])
    # each box at its printed box line in its cell, in order (or at its cell where none is printed)
    box_lines: dict[tuple, list[int]] = {}
    cell_start: dict[tuple, int] = {}
    for i, (text, w) in enumerate(stream):
        cell_start.setdefault(w, i)
        if _BOX.search(text):
            box_lines.setdefault(w, []).append(i)
    anchors: list[tuple[int, Field]] = []
    taken: dict[tuple, int] = {}
    for f in boxes:
        where = _key(f)
        lines_here = box_lines.get(where)
        n = taken.get(where, 0)
        taken[where] = n + 1
        if lines_here:
            if n < len(lines_here):
                anchors.append((lines_here[n], f))
        elif where in cell_start:
            anchors.append((cell_start[where], f))
    groups: list[tuple[list[str], list[str]]] = []  # (field ids, notice lines)
    start = 0
    for at, f in sorted(anchors, key=lambda a: a[0]):
        where = _key(f)
        if at < start:
            continue
        # a question of the form above: the notice starts after it
        begin = next((k + 1 for k in range(at - 1, start - 1, -1) if stream[k][1] in asks), start)
        lines = [text for text, w in stream[begin:at] if not _row_label(w, where)]
        if groups and not _clean(lines, frozenset({_compact(f.label)})):
            groups[-1][0].append(f.id)
        else:
            groups.append(([f.id], lines))
        # what closes this consent: its label, the rest of its refusal sentence, its date and signature
        nxt = next((i for i in range(at + 1, len(stream)) if _BOX.search(stream[i][0])), len(stream))
        signed = [i for i in range(at + 1, nxt) if re.search(r"\(서명|\(인\)|signature", stream[i][0], re.I)]
        if signed:
            groups[-1][1].extend(text for text, _ in stream[at + 1:signed[-1]] if _compact(text) != _compact(f.label))
            start = signed[-1] + 1
        else:
            start = at + 1
    out = []
    for ids, lines in groups:
        text = _clean(lines)
        if text:
            out.append(PrintedNotice(fields=tuple(ids), text=text))
    return tuple(out)


def beside_signature(f: Field, fields) -> bool:
    """Whether a field is printed in the same cell or line as a signature mark of its document ("작성자 포상담당
    (직급) ____ (성명) ____ (서명)"): written by the one who signs there, as part of their sign-off."""
    k = _key(f)
    return k is not None and f.kind != "signature" and any(g.kind == "signature" and _key(g) == k for g in fields)


def is_signing_name(f: Field, fields) -> bool:
    """A name asked on a signature line ("성 명 : (서명)", "Name ____ Signature ____"): a name field printed
    in the same cell or line as a signature mark. It is the signer's name, not a datum of the form."""
    # (or the signer's role word alone — "작성자", "대표자", "신청인" beside "(서명)": that signer's name)
    if f.kind not in ("text",) or not (re.search(r"성\s*명|\bname\b", f.label or "", re.I)
                                       or re.fullmatch(r"\s*[가-힣]{1,4}[자인]\s*", f.label or "")):
        return False
    return beside_signature(f, fields)


#: a sub-title inside a notice printed for several boxes ("고유식별정보 수집 안내", "개인정보처리 위탁 안내")
_PART_TITLE = re.compile(r"^[^\[\]【】:：.\-※]{2,30}(?:안내|동의|동의서)\s*$")


def _names(line: str, label: str) -> bool:
    key = re.sub(r"\s", "", label)
    words = [w for w in label.split() if len(w) >= 2]
    flat = re.sub(r"\s", "", line)
    return bool(key) and (key in flat or (len(words) > 1 and words[-1] in flat and words[0][:2] in flat))


def own_part(lines: list[str], label: str, siblings=()) -> int:
    """The line where a shared notice's part for one box begins: a short sub-title that names the box
    ("고유식별정보 수집 안내" for "고유식별정보", "개인정보처리 위탁 안내" for "개인정보 위탁"), else 0. A
    sub-title that names a more specific box of the same notice is that box's ("개인정보처리 위탁 안내" is
    "개인정보 위탁"'s, not "개인정보"'s)."""
    longer = [x for x in siblings if x != label and len(re.sub(r"\s", "", x)) > len(re.sub(r"\s", "", label))]
    for i, line in enumerate(lines[1:], 1):
        short = len(line) <= 30 and not line.startswith(("[", "【", "-", "※"))
        if short and _names(line, label) and not any(_names(line, x) for x in longer):
            return i
    return 0


def box_part(text: str, label: str, siblings=()) -> Optional[tuple[str, str]]:
    """The part of a shared printed notice that is one box's own: its sub-title and the text up to the next
    sub-title — or None when the notice has no part naming the box (then it speaks for all its boxes)."""
    lines = text.split("\n")
    start = own_part(lines, label, siblings)
    if not start:
        return None
    # (up to the next part, or the refusal right of the notice's consents: "[동의 거부권 및 불이익]")
    end = next((i for i in range(start + 1, len(lines)) if _PART_TITLE.match(lines[i].strip())
                or re.match(r"\s*[\[【][^\]】]*거부", lines[i])), len(lines))
    return lines[start].strip(), "\n".join(lines[start + 1:end])
