"""Find fields in a neutral :class:`~formslim.parse.layout.Layout`.

The rules are those a person uses when looking at a printed form:

* table rules — a label cell beside or above an empty (or placeholder) cell; a header row over empty
  rows (a roster: one field per column, repeated); a label followed by check boxes and options;
* line rules — ``label: ____``, ``label:`` followed by a blank, check-box groups (``☐ 예 ☐ 아니오``,
  ``[ ] 동의함``), date blanks (``년 월 일``), signature marks (``(서명 또는 인)``, ``Signature``).

Every detected field carries the rule that found it (``source``) and a confidence.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Field, Location
from ..parse.layout import Layout, Line, Table
from ..text import clean_label
from .common import (label_limit, _BOX_RE, _GUIDANCE, _SECTION_HEADING, _SIGNATURE, _UNDERSCORES, MAX_LABEL, _Context, _field, _is_label_text,
                     is_blank, is_placeholder, native_label)
from .lines import colon_blanks, fields_in_line, trailing_choice
from .tables import checklist_head, fields_in_table, headerless_checklist

__all__ = ["colon_blanks", "detect_fields", "fields_in_line", "fields_in_table", "is_blank", "is_placeholder"]


_QUOTED_MARK = r"[“\"‘'「]\s*([^”\"’'」\s]{1,2})\s*[”\"’'」]"
#: a result column's legend: "점검결과란은 양호 “○”, 불량 “×”, 해당없는 항목은 “/”로 표시한다."
_RESULT_LEGEND = re.compile(r"(?:결과|확인|점검)\s*(?:란|칸)(?:은|에는|에)\s*(.{4,120}?)(?:로|으로)\s*(?:표시|기재|기입)")
_LEGEND_PAIR = re.compile(r"([^,，“\"‘']{1,16}?)(?:은|는)?\s*" + _QUOTED_MARK)
#: an item mark's case: "점검항목 중 “●”는 종합점검의 경우에만 해당한다."
_ITEM_MARK_CASE = re.compile(_QUOTED_MARK + r"\s*(?:표시\s*)?(?:는|은)\s*([^.。]{2,30}?경우에만)\s*(?:해당|적용|점검)")


def checklist_legend(blocks) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """What a checklist's legend, printed once under its first table, says for the whole document: the
    marks its result column takes, each with its meaning ("양호(○)", "불량(×)", "해당없는 항목(/)"), and the case
    an item's own mark stands for ("●" → "종합점검의 경우에만"). Empty where no legend is printed."""
    results: tuple[str, ...] = ()
    marks: dict[str, str] = {}
    for b in blocks:
        if not isinstance(b, Line) or "“" not in b.text and '"' not in b.text:
            continue
        if not results and (m := _RESULT_LEGEND.search(b.text)):
            pairs = [(clean_label(w), mark) for w, mark in _LEGEND_PAIR.findall(m.group(1))]
            if len(pairs) >= 2 and all(w for w, _ in pairs):
                results = tuple(f"{w}({mark})" for w, mark in pairs)
        for mark, case in _ITEM_MARK_CASE.findall(b.text):
            marks.setdefault(mark, clean_label(case))
    return results, tuple(marks.items())


def _bullet_heading(text: str) -> bool:
    """"□ 특정소방대상물", "■ 신청기업 현황": a Korean document's first-level bullet over a block — one square at
    the start, a caption after it, no other box and no blank — heads the fields below it (lines.py reads the
    same square as a bullet, not a box to tick)."""
    t = text.strip()
    return bool(re.match(r"[□■]\s*\S", t)) and len(_BOX_RE.findall(t)) == 1 and "\t" not in t \
        and _is_label_text(clean_label(t[1:]))


def _ticked_square(text: str) -> str:
    """"■ 동의함 □ 동의하지 않음": on a line that also prints an empty box, "■" is the option ticked (the Korean way of
    marking a printed option, and formslim's own filled HWPX), read as a ticked box "▣"; elsewhere "■" is a bullet."""
    if "■" not in text:
        return text
    return "\n".join(line.replace("■", "▣") if re.search("[□☐]", line) else line for line in text.split("\n"))


def _ticked_squares(block):
    if isinstance(block, Table):
        if not any("■" in c.text for c in block.cells):
            return block
        return replace(block, cells=tuple(replace(c, text=_ticked_square(c.text)) for c in block.cells))
    return replace(block, text=_ticked_square(block.text)) if "■" in block.text else block


def detect_fields(layout: Layout, file: str, source: str) -> list[Field]:
    """All fields in a document's layout, in reading order, with ids ``<file>#<n>``."""
    out: list[Field] = []
    headings: list[tuple[int, str]] = []
    blocks = tuple(_ticked_squares(b) for b in layout.blocks)
    captions = _table_captions(blocks)
    caption = ""
    checklist = ""  # a checklist's header table ("번호 | 점검항목 | 점검결과") goes on over the tables after it
    square = _ticks_square_boxes(blocks)
    results, marks = checklist_legend(blocks)
    lines_on_page: dict = {}
    joined: set[int] = set()  # lines read with the line before them
    for i, block in enumerate(blocks):
        ctx = _Context(file=file, headings=tuple(h for _, h in headings), checklist=checklist, square_boxes=square,
                       result_marks=results, item_marks=marks)
        if i in captions:  # "6. Other participants (give name, …):" introduces the table after it
            caption = captions[i]
            continue
        if isinstance(block, Table):
            if caption:
                ctx = _Context(file=file, headings=ctx.headings + (caption,), caption=caption, square_boxes=square,
                               result_marks=results, item_marks=marks)
                caption = ""
            heading = _table_as_heading(block) or (clean_label(block.cells[-1].text) if _is_banner(block) else "")
            if heading:
                headings = [h for h in headings if h[0] < 2] + [(2, heading)]
                continue
            if len(block.cells) == 1 and i > 0 and isinstance(blocks[i - 1], Line) and _bullet_heading(blocks[i - 1].text) \
                    and i + 1 < len(blocks) and isinstance(blocks[i + 1], Table) and _GUIDANCE.match(block.cells[0].text):
                # "□ 신청 및 일반현황" / "※ 총사업비 = 정부지원사업비 + …" / the block's tables: a note on the tables
                # that follow, not the block's answer box
                continue
            out += fields_in_table(block, ctx, source)
            checklist = checklist_head(block) or (checklist if headerless_checklist(block) else "")
            continue
        line: Line = block
        lines_on_page[line.page] = lines_on_page.get(line.page, 0) + 1
        if lines_on_page[line.page] <= 3 and _INSTRUCTIONS_PAGE.fullmatch(clean_label(line.text)):
            break  # "작성방법" heading a page: the form's instructions and their filled example follow, no questions
        if line.heading_level or (_SECTION_HEADING.match(line.text) and not _BOX_RE.search(line.text)
                                  or _bullet_heading(line.text)) and len(line.text) <= MAX_LABEL \
                and ":" not in line.text and not _UNDERSCORES.search(line.text) \
                and not _NOTE_SENTENCE.search(line.text.strip()):
            level = line.heading_level or 2
            headings = [h for h in headings if h[0] < level] + [(level, clean_label(line.text))]
            continue
        loc = Location(file=file, page=line.page, bbox=line.bbox, paragraph=line.index)
        if i in joined:
            continue
        two = _two_line_choice(blocks, i)
        if two:
            # "소방시설등 작동점검[ ] 점검표" over "종합점검(최초점검[ ] 그 밖의 점검[ ])": one choice printed on two
            # lines, boxes after their options
            joined.add(i + 1)
            out.append(_field(" / ".join(two), ctx, loc, source + ":checkbox-group", 0.8, options=tuple(two)))
            continue
        pieces = line.text.split("\x00")
        for k, (name, hint) in enumerate(line.native):
            before = clean_label(pieces[k]) if k < len(pieces) else ""
            before = before if _is_label_text(before) else ""
            label, how = native_label(name, hint, before)
            out.append(_field(label, ctx, loc, source + ":native", 0.95, name=name or None, label_source=how,
                              extra_context=(before,) if before and before != label else ()))
        if not line.native:
            out += fields_in_line(line.text, ctx, loc, source)
        elif _SIGNATURE.search(pieces[-1]):  # "작성자: [누름틀] (서명 또는 인)"
            who = out[-1].label if out and out[-1].name else ""
            out.append(_field(f"{who} (서명)" if who else "서명", ctx, loc, source + ":signature", 0.8,
                              kind="signature"))
    return number_fields(out, file)


def _two_line_choice(blocks, i: int) -> list[str]:
    """The options of a choice whose boxes follow their options and whose lines run on: line ``i`` and the
    next both read as such a choice, on one page, and at most one of them names a caption for its options
    ("종합점검(최초점검[ ] 그 밖의 점검[ ])" → "종합점검(최초점검)"); [] otherwise."""
    if i + 1 >= len(blocks) or not isinstance(blocks[i + 1], Line) or blocks[i].native or blocks[i + 1].native \
            or blocks[i].page != blocks[i + 1].page:
        return []
    first, second = trailing_choice(blocks[i].text), trailing_choice(blocks[i + 1].text)
    if not first or not second or first[0] and second[0] or not (len(first[1]) == 1 or second[0]):
        return []
    options = [f"{cap}({o})" if cap else o for cap, opts in (first, second) for o in opts]
    return options if len(set(options)) == len(options) else []


#: a numbered note under a table is a sentence ("3. 기입란이 부족한 경우 서식을 추가하여 작성할 수 있습니다"):
#: it ends as Korean sentences end, and is no section heading — the section above it goes on on the next page
_NOTE_SENTENCE = re.compile(r"(?:니다|십시오|시오|바랍니다)\s*[.)]?$")

#: a page that starts with the form's instructions: "작성방법", "작성 요령", "기재요령"
_INSTRUCTIONS_PAGE = re.compile(r"[\s<\[(※]*(?:작\s*성|기\s*재)\s*(?:방\s*법|요\s*령)[\s>\])]*")
SQUARE_BOXES_MIN = 3  # "[ ]" boxes a document prints before its "( )" are read as room to write


def _ticks_square_boxes(blocks) -> bool:
    """Whether the document's boxes are "[ ]" and none of them "( )" stands before an option: then its
    "( )" are blanks."""
    n = 0
    for b in blocks:
        texts = [c.text for c in b.cells] if isinstance(b, Table) else [b.text]
        for t in texts:
            n += len(re.findall(r"\[\s*\]", t or ""))
            if re.search(r"\(\s{1,3}\)\s*[가-힣A-Za-z]{2,}\s*\(\s{1,3}\)\s*[가-힣A-Za-z]", t or ""):
                return False  # "( ) 예 ( ) 아니오": this document ticks parentheses
        if n >= SQUARE_BOXES_MIN:
            return True
    return False


def _table_captions(blocks) -> dict[int, str]:
    """Paragraphs that end in a colon and are followed (past empty lines) by a table: the caption that
    says what the table asks ("9. Proposed budget:", "6. Other participants (give name, …) (CO-I):").
    They are the context of the table's fields, and the label of its boxes where the table prints none;
    never a question of their own. Index of the paragraph → caption."""
    out: dict[int, str] = {}
    for i, b in enumerate(blocks):
        if isinstance(b, Table) or b.native or b.heading_level:
            continue
        text = b.text.replace("\t", " ").strip()
        if not re.search(r"[:：]$", text) or len(text) > 240 or _BOX_RE.search(text) or _UNDERSCORES.search(text) \
                or not re.search(r"[^\W\d_]", text):
            continue
        if not _SECTION_HEADING.match(text) and len(text) <= label_limit(text):
            continue  # "설정압력:" may be answered after its colon: only numbered items and long captions
        j = i + 1
        while j < len(blocks) and not isinstance(blocks[j], Table) and not blocks[j].text.strip() \
                and not blocks[j].native:
            j += 1
        if j < len(blocks) and isinstance(blocks[j], Table):
            out[i] = clean_label(text.rstrip(":： "))
    return out


def _is_banner(table: Table) -> bool:
    """A one-row table that carries a document title ("별첨 2 | | 증빙서류 제출목록 안내")."""
    if table.n_rows != 1 or len(table.cells) > 3:
        return False
    texts = [c.text.strip() for c in table.cells]
    filled = [t for t in texts if t]
    return len(filled) >= 2 and len(texts[-1]) == max(len(t) for t in texts) and len(texts[-1]) > 8 \
        and not _BOX_RE.search(texts[-1]) and ":" not in texts[-1]


def _table_as_heading(table: Table) -> str:
    """A one-row table such as "1. 문제인식 (Problem) | " works as a section heading."""
    if table.n_rows != 1 or len(table.cells) > 3:
        return ""
    texts = [c.text.strip() for c in table.cells if c.text.strip()]
    if len(texts) == 1 and _SECTION_HEADING.match(texts[0]) and len(texts[0]) <= MAX_LABEL \
            and not _room_to_write(table):
        return clean_label(texts[0])
    return ""


def _room_to_write(table: Table) -> bool:
    """Whether an empty cell of a one-row table is wide enough to write in ("1. Institute to administer
    the grant | ______" is a question; "1. 문제인식 (Problem) | ▌" a heading bar with a narrow strip)."""
    label = max(table.cells, key=lambda c: len(c.text.strip()))
    return any(not c.text.strip() and c.width and label.width and c.width >= max(60.0, 0.5 * label.width)
               for c in table.cells)


def number_fields(fields: list[Field], file: str) -> list[Field]:
    """Ids ``<file>#<n>`` in reading order."""
    return [replace(f, id=f"{file}#{i:03d}") for i, f in enumerate(fields, 1)]
