"""Table rules: a label cell beside or above a blank (or placeholder) cell; a header row over blank
rows (a roster: one field per column, repeated) or a matrix (one field per row and column); a label
followed by boxes and options; options split over cells; text inside cells read by the line rules."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Optional

from ..model import Field, Location
from ..parse.layout import Cell, Table
from ..text import clean_label
from .common import (BOX_CHARS, MAX_LABEL, ENUMERATOR_ONLY, label_limit, _SIGNATURE, _BOX_RE, _EXAMPLE_TOKEN, _GUIDANCE, _SENTENCE_END, BOX, _Context, _field, _is_label_text,
                     is_blank, is_placeholder, native_label, seal_only, date_blank_starts, SIGNER_PARTICULARS, spaced)
from .kinds import infer_kind
from .lines import _BLANK_UNIT, fields_in_line

def _cell_loc(ctx: _Context, table: Table, cell: Cell) -> Location:
    return Location(file=ctx.file, page=table.page, bbox=cell.bbox, table=table.index,
                    row=cell.row + 1, column=cell.col + 1)


def _caption_head(text: str) -> str:
    """The head of a caption too long to be a label, up to its first parenthesis, when that head reads as
    a label: "4. Name of the sponsoring CSIR Laboratory (if applicable) with address and name of …" asks
    for the laboratory; the rest qualifies it. "" otherwise."""
    t = clean_label(text.replace("\t", " ").replace("\n", " "))
    if len(t) <= label_limit(t):
        return ""
    i = t.find(" (")
    head = t[:i].strip() if i >= 8 else ""
    return head if head and _is_label_text(head) else ""


def _label_of(cell: Cell) -> str:
    """A label cell's caption: its first line when that reads as a label on its own and the rest is a
    note ("개업연월일" / "개인:개업연월일, 법인:회사성립연월일"); the head of a caption too long to be one."""
    head = _caption_head(cell.text) if "\n" not in cell.text.strip() else ""
    if head:
        return head
    lines = _lines(cell.text.replace("\t", " "))
    if len(lines) > 1 and re.fullmatch(r"\s*\([^()]{1,30}\)\s*", lines[1]) and len(lines) == 2:
        return clean_label(" ".join(lines))  # "성명 (한글)": the qualifier is part of what is asked
    # (a first line ending in the genitive "의" is no caption on its own: "정격유량의" / "150% 운전")
    if len(lines) > 1 and _is_label_text(lines[0]) and not lines[0].rstrip().endswith("의") and (
            lines[1].lstrip().startswith(("※", "*", "-")) or ":" in lines[1]
            or len(lines[1].strip()) > 8 and len(lines[0].strip()) > 2 or re.search(r"[\d%]", lines[1])):
        return clean_label(lines[0])
    return clean_label(" ".join(lines))


def _option_of(cell: Cell) -> str:
    """An option's name: its first line when a note follows ("성공환원형 신청 / (기본 … 배정)")."""
    lines = [l for l in cell.text.replace("\t", " ").split("\n") if l.strip()]
    if len(lines) > 1 and _is_label_text(lines[0]):
        return clean_label(lines[0])
    return _label_of(cell)


#: a row that says the rows below it are an example: "《예시》", "<작성 예시>", "(예시)", "Example"
_EXAMPLE_MARKER = re.compile(r"\s*[《<〈(\[]?\s*(?:작성\s*)?(?:예\s*시|예|example|sample)\s*[》>〉)\]]?\s*[:：]?\s*", re.I)


def _lines(text: str) -> list[str]:
    """A cell's lines of words, without a column number printed on a line of its own ("①\n소속")."""
    lines = [x for x in text.split("\n") if x.strip()]
    return lines[1:] if len(lines) > 1 and ENUMERATOR_ONLY.fullmatch(lines[0]) else lines


def _first_line(text: str) -> str:
    """A cell's first line of words (:func:`_lines`)."""
    return next(iter(_lines(text)), "")


def _before_example(table: Table) -> Table:
    """The table without the rows that a marker row ("《예시》") says are an example: filled-in sample
    answers are neither questions nor room to write."""
    for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
        if c.row > 0 and _EXAMPLE_MARKER.fullmatch(c.text) and all(
                not x.text.strip() or x is c for x in table.cells if x.row == c.row):
            cut = c.row
            return Table.of(table.index, [replace(x, rowspan=min(x.rowspan, cut - x.row))
                                          for x in table.cells if x.row < cut], table.page)
    return table


def fields_in_table(table: Table, ctx: _Context, source: str) -> list[Field]:
    table = _before_example(table)
    grid = table.grid()
    n_rows = table.n_rows
    out: list[Field] = []
    seen: set = set()
    done_cells: set[int] = set()
    choice_at: dict[int, int] = {}

    # rows of sample answers in a template ("4 | OO 사이트 | OOO | 00.00 ~ 00.00 | 00명"): mostly
    # placeholder text, to be overwritten: every cell of such a row is room to write
    example_rows = set()
    for r in range(n_rows):
        own = [c for c in _unique(grid[r]) if c.row == r and c.text.strip() and not _is_header_like(c.text)]
        marked = [c for c in own if _EXAMPLE_TOKEN.search(c.text) or is_blank(c.text) or c.text.strip() in "-–—"]
        if len(own) >= 3 and len(marked) >= 0.6 * len(own):
            example_rows.add(r)
    # rows numbered 1, 2, 3 … (or "…") under a header are rows to fill, whatever sample answers a template
    # prints in them ("1 | 기능 보완 및 개선 계획 수립 | 00.00 ~ 00.00 | …")
    example_rows |= _numbered_rows(grid, n_rows, table.n_cols)
    example_rows |= _bulleted_example_rows(grid, n_rows)

    hinted: set[int] = set()  # printed hints in answer places, found below

    def blank(c: Optional[Cell]) -> bool:
        return c is not None and not c.native and (is_blank(c.text) or _is_hint(c.text) or _boxed_guidance(c)
                                                   or bool(_ANGLE_PLACEHOLDER.fullmatch(c.text.strip()))
                                                   or _unit_frame(c.text) or (c.col > 0 and bool(_word_frame(c.text)))
                                                   or _guidance_only(c.text) or id(c) in hinted or (
            c.row in example_rows and c.rowspan == 1 and not _is_header_like(c.text)))

    def label_cell(c: Optional[Cell]) -> bool:
        return (c is not None and not blank(c) and not c.native
                and (_is_label_text(_first_line(c.text)) or "\n" not in c.text.strip() and bool(_caption_head(c.text)))
                and not (_SENTENCE_END.search(_TRAILING_NOTE.sub("", c.text.strip())) and len(c.text.strip()) > 12)
                and not _BOX_RE.search(c.text) and (c.colspan < 0.6 * table.n_cols or table.n_cols <= 2))

    hinted |= _answer_hints(grid, table, blank, label_cell)

    # a 1x1 table of guidance is an answer box ("※ 창업아이템 … 기재"): a free-text field
    if len(table.cells) == 1:
        c = table.cells[0]
        if c.native:
            return _native_fields(c, ctx, _cell_loc(ctx, table, c), source)
        if (_GUIDANCE.match(c.text) or is_blank(c.text)) and ctx.headings:  # guidance, or an empty box
            return [_field(ctx.headings[-1], ctx, _cell_loc(ctx, table, c), source + ":answer-box", 0.5,
                           kind="free_text")]
        return fields_in_cell_text(c, ctx, _cell_loc(ctx, table, c), source)

    if ctx.caption and all(is_blank(c.text) or ENUMERATOR_ONLY.fullmatch(c.text) for c in table.cells) \
            and not any(c.native for c in table.cells):
        # the paragraph before says what the table asks and the table prints nothing but room to write
        # ("10. Available institutional facilities:" over an empty box) or numbered boxes ("6. Other
        # participants (…):" over "1. | 2. / 3. | 4."): one answer per numbered box, else one for the table
        head = _caption_head(ctx.caption) or ctx.caption
        numbered = [c for c in sorted(table.cells, key=lambda c: (c.row, c.col)) if ENUMERATOR_ONLY.fullmatch(c.text)]
        if len(numbered) >= 2:
            return [_field(head, ctx, _cell_loc(ctx, table, c), source + ":numbered-box", 0.7,
                           extra_context=(c.text.strip(),), default_kind="free_text") for c in numbered]
        c = min(table.cells, key=lambda x: (x.row, x.col))
        return [_field(head, ctx, _cell_loc(ctx, table, c), source + ":answer-box", 0.6, kind="free_text")]

    box = _attachment_box(table)
    if box:
        c = min(table.cells, key=lambda x: (x.row, x.col))
        return [_field(box, ctx, _cell_loc(ctx, table, c), source + ":attachment-box", 0.7, kind="attachment")]

    grid_fields = _boxed_header_grid(table, grid, ctx, source, blank)
    if grid_fields is not None:
        return grid_fields

    # header rows: every occupied cell is a label and the next row has blanks under them
    header_rows: set[int] = set()
    for r in range(n_rows - 1):
        row = _unique(grid[r])
        below = _unique(grid[r + 1])
        # an empty corner over the row labels ("    | 1st Year | 2nd Year | 3rd Year") does not count
        heads = row[1:] if row and row[0].col == 0 and is_blank(row[0].text) and not row[0].native else row
        if len(heads) >= 2 and all(label_cell(c) for c in heads) and sum(blank(c) for c in below) >= 2:
            header_rows.add(r)
    row_groups = _row_groups(grid, n_rows, header_rows, label_cell, blank)
    group_size = Counter(row_groups.values())  # rows of each group ("보조인력": 6)
    blank_rows = {r for r in range(n_rows) if all(blank(c) and not _own_caption(c) or c.row != r and c.col == 0 and label_cell(c)
                                                   for c in _unique(grid[r]))}

    # a checklist: "번호 | 점검항목 | 점검결과" over rows whose item cell lists several items (○ …, ● …) beside
    # one tall result cell: every item is marked on its own (○ 양호, × 불량, / 해당없음)
    if n_rows == 1 and checklist_head(table, grid):
        return []  # a checklist's header on its own: the rows follow in tables of their own
    listed = _checklist(grid, n_rows) or ((-1, 1, 2) if ctx.checklist and headerless_checklist(table) else None)
    if listed:
        head_row, item_col, result_col = listed
        result_head = _label_of(grid[head_row][result_col]) if head_row >= 0 else ctx.checklist
        if head_row >= 0:
            done_cells.update(id(c) for c in _unique(grid[head_row]))
        for r in range(head_row + 1, n_rows):
            item, result = grid[r][item_col], grid[r][result_col]
            # (a row whose result cell the drawing left open — no rule above the first row under a heading
            # — still has its items marked: the room to mark them is where the column's other cells are)
            where = result if result is not None else item
            if item is None or item.row != r or result is item or result is not None and not blank(result):
                continue
            listed_items = _checklist_items(item.text)
            codes = _item_codes(grid[r][item_col - 1] if item_col > 0 else None, r, len(listed_items))
            marks = dict(ctx.item_marks)
            for k, (text, section, bullet) in enumerate(listed_items):
                # each item keeps the number the form prints for it ("1-A-009": what a defect list cites), the
                # marks the legend gives its result ("양호(○)", "불량(×)", "해당없는 항목(/)") and the case its own
                # mark stands for ("●": "종합점검의 경우에만")
                f = _field(text, ctx, _cell_loc(ctx, table, where), source + ":checklist", 0.75,
                           kind="choice", options=ctx.result_marks,
                           extra_context=tuple(x for x in (section, result_head) if x))
                out.append(replace(f, line=codes[k] if codes else None, condition=marks.get(bullet, "")))
                # (a case its own label prints — "(비상전원 있는 경우)" — is added where the document is described)
            done_cells.update(id(c) for c in _unique(grid[r]) if c.row == r and (c is item or blank(c)))

    base_headings = ctx.headings
    across: dict[int, str] = {}  # rows holding one caption across the table, by row
    for r in range(n_rows):
        row_cells = _unique(grid[r])
        whole = row_cells[0] if len(row_cells) == 1 and row_cells[0].row == r \
            and row_cells[0].colspan == table.n_cols > 1 else None
        # a caption across the whole table ("조 사 자", "22)작성자(인사담당자)") is the context of the rows below
        if whole is not None and r + 1 < n_rows and not blank(whole) and not _BOX_RE.search(whole.text):
            caption = clean_label(whole.text.replace("\t", " ").replace("\n", " "))
            if _is_label_text(caption) and len(caption) <= 40 and not _SIGNATURE.search(caption) \
                    and not date_blank_starts(whole.text):  # "2016년   월   일" is a date to write, not a caption
                ctx = replace(ctx, headings=base_headings + (caption,))
                across[r] = caption
        # the answer box of such a caption, across the table under it: empty, or guidance on what to write
        # ("공적 내용" over "※ 공적내용은 … 포함하여 기재"); or a box that prints its own caption above the
        # guidance ("공적 요지(70자 이내)" / "※ 향후 ｢수여증명서｣ 등 발급시 기재되는 …")
        boxed = _captioned_box(whole) if whole is not None and not blank(whole) else ""
        if whole is not None and (boxed or (r - 1 in across and blank(whole) and (
                _guidance_only(whole.text) or (whole.height or 0) > 60))):
            out.append(_field(boxed or across[r - 1], ctx, _cell_loc(ctx, table, whole), source + ":answer-box", 0.7,
                              kind="free_text"))
            done_cells.add(id(whole))
            continue
        # a caption across the table over a row of cells that hold nothing but boxed options, one per line
        # ("3. General area of the proposed research (Please ✓ the subject area)." over "☐ Earth Sciences /
        # ☐ Mathematical Sciences | ☐ Engineering …"): one choice, whatever the cells the options sit in
        spread = _options_under_caption(grid, r, row_cells, table.n_cols)
        if spread:
            cap_cell, names = spread
            out.append(_field(_caption_head(cap_cell.text) or _label_of(cap_cell), ctx, _cell_loc(ctx, table, cap_cell),
                              source + ":choice-cells", 0.8, kind="choice", options=names))
            done_cells.update(id(c) for c in row_cells)
            continue
        # a signer's row ending in the place for a seal: "추 천 관 | 직 위 | 성 명 | 직인",
        # "직급 | ___ | 성 명 | (인) | 직급 | ___ | 성 명 | (인)" — each particular an answer, then the mark
        groups = _signature_row(grid, r, row_cells, blank, label_cell)
        if groups:
            for caption, particulars, seal, above in groups:
                where = (_label_of(above),) if above is not None else ()
                whose = where + ((_label_of(caption),) if caption is not None else ())
                for p in particulars:
                    spot = _right(grid, p)
                    spot = spot if spot is not None and blank(spot) and spot.row == r else p
                    out.append(_field(_particular_label(p), ctx, _cell_loc(ctx, table, spot), source + ":signature-row",
                                      0.8, kind="text", extra_context=whose, raw=p.text))
                mark = _seal_mark(seal.text)
                who = _label_of(caption) if caption is not None else ""
                out.append(_field(f"{who} {mark}".strip(), ctx, _cell_loc(ctx, table, seal), source + ":signature-row",
                                  0.8, kind="signature", extra_context=where))
            done_cells.update(id(c) for c in row_cells if c.row == r)
            continue
        # a label, then boxes with options: "지원 분야(택 1) | □ | 제조 | □ | 지식서비스"
        continues = row_cells and id(row_cells[0]) in choice_at and row_cells[0].row != r
        choice = _choice_row(row_cells, blank, label_cell, min_options=1 if continues else 2)
        if choice:
            lab, opts, cells = choice
            names = [_option_of(o) for o in opts]
            if id(lab) in choice_at:  # the options go on in the next row under the same label
                i = choice_at[id(lab)]
                out[i] = replace(out[i], options=out[i].options + tuple(n for n in names if n not in out[i].options))
            else:
                seen.add(id(lab))
                choice_at[id(lab)] = len(out)
                out.append(_field(_label_of(lab), ctx, _cell_loc(ctx, table, lab), source + ":choice-row", 0.8,
                                  kind="choice", options=names))
            done_cells.update(id(c) for c in cells)
            continue
        # options split over cells: "개인정보처리 위탁 | □ 동의 | □ 비동의"
        for run in _box_option_runs(row_cells):
            lab = _left_label(grid, run[0], label_cell)
            names = [_BOX_RE.sub("", x.text).strip() for x in run]
            caption, detail = _row_caption(grid, lab, label_cell, blank), ()
            if caption is not None:  # "개인정보 위탁 | 개인정보처리 위탁 | □ 동의 | □ 비동의"
                detail, lab = (_label_of(lab),), caption
            out.append(_field(_label_of(lab) if lab is not None else " / ".join(names), ctx,
                              _cell_loc(ctx, table, run[0]), source + ":box-cells", 0.8, options=names,
                              extra_context=detail))
            done_cells.update(id(x) for x in run)
            if lab is not None:
                done_cells.add(id(lab))
        for c in row_cells:
            if id(c) in done_cells or c.row != r:
                continue
            done_cells.add(id(c))
            loc = _cell_loc(ctx, table, c)
            if c.native:
                out += _native_fields(c, ctx, loc, source, fallback=_left_label(grid, c, label_cell))
                continue
            if not blank(c):
                left = _left_label(grid, c, label_cell)
                opts = _slash_options(c.text)
                counts = _unit_blanks(c.text)
                if left is not None and counts and id(left) not in seen:
                    # "층수 | 지상\t층 / 지하\t층": a count written before each unit, one per caption
                    seen.add(id(left))
                    out += [_field(f"{_label_of(left)} {cap}", ctx, loc, source + ":unit-blanks", 0.75, kind="number",
                                   extra_context=(f"({unit})",)) for cap, unit in counts]
                    continue
                if left is not None and opts and id(left) not in seen:
                    # "사업자 구분 | 개인사업자 / 법인사업자": strike out what does not apply
                    seen.add(id(left))
                    out.append(_field(_label_of(left), ctx, loc, source + ":slash-choice", 0.7, kind="choice",
                                      options=opts))
                    continue
                if r in row_groups and _sign_mark_only(c.text):
                    # "주인력 | … | (서명)", "보조인력 | … | (서명)" ×6: each group of people signs in its column
                    key = ("group-sign", row_groups[r])
                    if key not in seen:
                        seen.add(key)
                        head = grid[max(header_rows)][c.col] if header_rows else None
                        out.append(_field(f"{row_groups[r]} {_label_of(head) if head is not None else ''}".strip(), ctx,
                                          loc, source + ":roster", 0.8, kind="signature", repeats=group_size[row_groups[r]],
                                          extra_context=(row_groups[r],)))
                    continue
                if left is not None and id(left) not in seen and _sign_mark_only(c.text) \
                        and not re.search(r"서명|signature", left.text, re.I):
                    # "성 명 | \t(인)": the name is written before the seal mark, then signed
                    seen.add(id(left))
                    out.append(_field(_label_of(left), ctx, loc, source + ":label-cell", 0.8, raw=left.text))
                # text inside a non-blank cell can still hold blanks: "(성명:     , 전화번호:    )"
                right = _right(grid, c)
                if right is not None and blank(right) and right.row == c.row and not _ONE_BOX_OPTION.fullmatch(c.text.strip()) and (
                        c.text.endswith("\t") or re.search(r"[:：]\s*$", c.text)
                        or label_cell(c) and _SIGNATURE.search(c.text)):
                    # a caption with room (or a colon) after it, "1. Signature of PI | ____": the answer goes
                    # in the blank cell beside it
                    continue
                subs = _sub_captions(c.text) if left is not None and id(left) not in seen else []
                if subs:
                    # "전 화 | (자 택) / (사무실)": the answer place prints one caption per line, in brackets —
                    # one answer each ("전화 (자택)", "전화 (사무실)")
                    seen.add(id(left))
                    out += [_field(f"{_label_of(left)} ({sub})", ctx, loc, source + ":sub-caption", 0.75,
                                   extra_context=(_label_of(left),), raw=left.text) for sub in subs]
                    continue
                first = _row_caption(grid, left, label_cell, blank)
                if first is not None and _BOX_RE.search(c.text):
                    # "개인정보 | 필수항목: 개인식별정보 | □ 동의 □ 비동의": the row's caption names what is chosen,
                    # the cell beside the boxes details it
                    detail = _label_of(left)
                    out += [replace(f, context=f.context + (detail,)) for f in
                            fields_in_cell_text(c, ctx, loc, source, fallback_label=first)]
                    continue
                framed = _word_frame(_PAREN_SLOT.sub("", c.text)) if left is not None and id(left) not in seen \
                    and _PAREN_SLOT.search(c.text) else ""
                if framed:
                    # "본사업의 참여임무 | ____ 제안사 전문인력 (등급 : ____)": the caption is answered in the room before
                    # the printed words, and the slot in brackets is an answer of its own, under the caption — not
                    # the caption's only answer (review 52 #3: the role in the project was never asked)
                    seen.add(id(left))
                    cap = _label_of(left)
                    out.append(_field(cap, ctx, loc, source + ":label-cell", 0.75, raw=left.text, hint=framed))
                    out += [replace(f, context=f.context + (cap,)) if cap not in f.context else f
                            for f in fields_in_cell_text(c, ctx, loc, source)]
                    continue
                found = fields_in_cell_text(c, ctx, loc, source, fallback_label=left)
                side_cell = grid[r][0]
                between = [x for x in row_cells if x.row == r and side_cell is not None and side_cell.col < x.col < c.col]
                if side_cell is not None and side_cell is not c and side_cell.rowspan > c.rowspan and found \
                        and label_cell(side_cell) and (left is side_cell or between and all(
                            x.text.endswith("\t") and not blank(x) for x in between)):
                    # "특정소방 대상물 | 명칭(상호) ___ | 대상물 구분(용도) ___ / 소재지 ___": a row header down the side
                    # of captions that each take their answer inline names whose (what) they are
                    side, n = _label_of(side_cell), len(ctx.headings)
                    found = [f if side in f.context or f.label == side else
                             replace(f, context=f.context[:n] + (side,) + f.context[n:]) for f in found]
                if not found and _label_in_its_answer_cell(grid, r, c, row_cells):
                    # "a.) Title: / b.) Name: | Sex": a bare caption at the end of a row whose other captions take
                    # their answers inline ("Title: ____") — its answer is written in its own cell, after it
                    found = [_field(_label_of(c), ctx, loc, source + ":in-cell", 0.6)]
                out += found
                continue
            left = _left_label(grid, c, label_cell)
            header = _header_above(grid, c, label_cell, header_rows)
            in_roster = header is not None and _in_header_rows(header, header_rows) and _is_roster(grid, c, header_rows)
            hint = c.text.strip().split("\n")[0] if is_placeholder(c.text) else ""
            tall = (c.height or 0) > 60 or c.text.count("\n") >= 3
            kind_default = "free_text" if tall else ("date" if _looks_date(hint) else "text")
            if r in header_rows:
                continue  # the empty corner of a header row
            beside = grid[r][c.col - 1] if c.col > 0 else None
            ticked = (beside.text or "").strip().split("\n")[0].strip() if beside is not None else ""
            if header is not None and beside is not None and beside is not c and beside.row == r \
                    and _ONE_BOX_OPTION.fullmatch(ticked) and header.col == c.col:
                # "[ ]옥내소화전설비 | ____" under "해당 설비 | 점검결과": the result of the item ticked beside (of
                # a group, "[ ]피난기구 / [ ]공기안전매트 …" beside one result cell, the group's first line)
                col = _label_of(header)
                item = clean_label(_BOX_RE.sub("", ticked))
                out.append(_field(f"{item} {col}", ctx, loc, source + ":matrix", 0.75, extra_context=(col,),
                                  default_kind=kind_default))
                continue
            if in_roster:
                row_label = _row_label(grid, c, label_cell, header_rows)
                first = grid[r][0]
                if row_label is None and first is not None and first is not c and first.row == r \
                        and ENUMERATOR_ONLY.fullmatch(first.text) and _is_matrix(grid, header, label_cell, blank):
                    # "(c) Equipment (item wise)" over rows "1.", "2.", …: items listed under a budget line,
                    # a roster of its own: the item (written after its number) and each column, repeated
                    cap = _numbered_caption(grid, first, label_cell)
                    if cap:
                        n = _numbered_run(grid, first)
                        if ("numbered", cap) not in seen:
                            seen.add(("numbered", cap))
                            out.append(_field(cap, ctx, _cell_loc(ctx, table, first), source + ":roster", 0.7,
                                              repeats=n))
                        if ("numbered", cap, id(header)) not in seen:
                            seen.add(("numbered", cap, id(header)))
                            col = _label_of(header)
                            out.append(_field(f"{cap} {col}", ctx, loc, source + ":roster", 0.7, repeats=n,
                                              extra_context=(col,), default_kind=kind_default))
                        continue
                if row_label is None and all(x.row == r and is_blank(x.text) and not x.native for x in row_cells) \
                        and _is_matrix(grid, header, label_cell, blank):
                    continue  # an empty spacer row of a matrix, its row label cell empty too
                if row_label is not None and _is_matrix(grid, header, label_cell, blank):
                    # a budget-like matrix: every (row, column) is its own datum; a row under a two-level row
                    # header is named by both ("토출량 (ℓ/min) 주")
                    outer = [x for x in _unique(grid[r]) if x.col < row_label.col and x.rowspan > 1 and label_cell(x)]
                    lab = " ".join(_label_of(x) for x in outer + [row_label])
                    col = _label_of(header)
                    label = lab if lab == col else f"{lab} {col}"
                    out.append(_field(label, ctx, loc, source + ":matrix", 0.75, extra_context=(col,),
                                      default_kind=kind_default))
                    continue
                if r in row_groups:
                    # rows named by who fills them ("주인력", then "보조인력" six times): each group's column is its
                    # own datum, the main inspector's name not one of the assistants'
                    key = ("group", row_groups[r], id(header))
                    if key not in seen:
                        seen.add(key)
                        n = group_size[row_groups[r]]
                        col = _label_of(header)
                        out.append(_field(f"{row_groups[r]} {col}", ctx, loc, source + (":roster" if n > 1 else ":header"),
                                          0.8, repeats=n, extra_context=(row_groups[r], col), default_kind=kind_default))
                    continue
                key = ("col", id(header))
                if key in seen:
                    if _PERCENT_BLANK.fullmatch(c.text.strip()) and ("%", id(header)) not in seen \
                            and not any(_PERCENT_BLANK.fullmatch(x.text.strip()) for x in _column_above(grid, c, header)):
                        # "00백만원" then "00.0%" under one header: the amount, then its share
                        seen.add(("%", id(header)))
                        out.append(_field(f"{_header_path(grid, header, label_cell, blank)} (%)", ctx, loc,
                                          source + ":header", 0.7, kind="number"))
                    continue
                seen.add(key)
                note = _column_note(grid, c, label_cell)
                repeats = _roster_rows(grid, c, blank, label_cell, stop=note)
                out.append(_field(_header_path(grid, header, label_cell, blank), ctx, loc, source + (":roster" if repeats > 1 else ":header"),
                                  0.8 if repeats > 1 else 0.75, repeats=repeats, default_kind=kind_default,
                                  extra_context=_side_caption(grid, header, c, label_cell),
                                  hint=note.text.replace("\t", " ").strip() if note is not None else ""))
            elif r in blank_rows:
                continue  # a spacer row, or free space under a note
            elif left is not None:
                key = ("left", id(left))
                if _heads_numbered_rows(grid, left, label_cell):
                    continue  # "2. Signature of CO" over "a) | ___", "b) | ___": the rows below are the answers
                numbered = _numbered_caption(grid, left, label_cell)
                if numbered and key not in seen:
                    seen.add(key)
                    out.append(_field(f"{numbered} {left.text.strip()}", ctx, loc, source + ":numbered-row", 0.8,
                                      extra_context=(numbered,), default_kind=kind_default))
                    continue
                if key in seen:
                    own = _own_caption(c) or (f"{_label_of(left)} {_word_frame(c.text)}" if _word_frame(c.text) else "")
                    if own:  # a second box under one caption that names its own content ("< 사진 제목 >", "____ 대학원 ____ 전공")
                        out.append(_field(own, ctx, loc, source + ":box-caption", 0.6, extra_context=(_label_of(left),),
                                          default_kind=kind_default))
                    continue
                seen.add(key)
                first = grid[c.row][0]
                after_first = _right(grid, first, c.row) if first is not None else None
                # the row's caption ("대표자 | 성명 | ___"), not a sibling label with its own blank ("직업 | ___ | 소속 | ___")
                extra = (_label_of(first),) if left.col > 0 and label_cell(first) and first is not left \
                    and not blank(after_first) else ()
                right = _right(grid, c)
                out.append(_field(_label_of(left), ctx, loc, source + ":label-cell", 0.85, extra_context=extra,
                                  default_kind=_frame_kind(c.text) or kind_default, raw=left.text,
                                  kind=_unit_kind(right) or _frame_over_money(_label_of(left), c.text),
                                  hint=_printed_instruction(c)))
            elif _own_caption(c):  # a further box in a captioned block: "< 사진(이미지) 또는 설계도 제목 >"
                row_caption = grid[c.row][0]
                out.append(_field(_own_caption(c), ctx, loc, source + ":box-caption", 0.6, default_kind=kind_default,
                                  extra_context=(_label_of(row_caption),) if label_cell(row_caption) else ()))
            elif header is not None:
                key = ("col", id(header))
                if key not in seen:
                    seen.add(key)
                    out.append(_field(_label_of(header), ctx, loc, source + ":header", 0.7,
                                      default_kind=kind_default))
    return _caption_names_its_choice(_folded_order(grid, out))


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", text)


def _caption_names_its_choice(fields: list[Field]) -> list[Field]:
    """"< 개인정보 제공 동의 >" over a box that prints its notice and then "□ … 동의합니다. / □ … 동의하지 않습니다.":
    the caption is the choice's question, not a box of its own to write in (a box caption that names its own content,
    "< 사진 제목 >", stays where no choice under it is named only by its options)."""
    out = list(fields)
    for f in fields:
        if not f.source.endswith(":box-caption") or f.kind != "text":
            continue
        choice = next((g for g in out if g.kind in ("radio", "choice") and g.options and
                       _letters(g.label) == _letters("".join(g.options)) and g.location.table == f.location.table and
                       (g.location.row or 0) > (f.location.row or 0)), None)
        if choice is not None:
            out[out.index(choice)] = replace(choice, label=f.label)
            out.remove(f)
    return out


def _label_in_its_answer_cell(grid, r: int, c: Cell, row_cells: list[Cell]) -> bool:
    """A cell holding one short caption (one to three words, no colon, no box), the last of its row, in a row where
    another cell holds captions that each end in a colon with the answer written after it in the same cell (CSIR
    Form-C: "a.) Title: / b.) Name: | Sex") — the row's layout says this caption's answer goes in its own cell."""
    text = c.text.strip()
    if not text or "\n" in text or re.search(r"[:：]", text) or _BOX_RE.search(text) or len(text.split()) > 3 \
            or not _is_label_text(text) or ENUMERATOR_ONLY.fullmatch(text):
        return False
    right = _right(grid, c)
    if right is not None and right.row == r and right is not c:
        return False
    return any(x is not c and x.row == r and x.text.strip() and not x.native
               and all(re.search(r"[:：]\s*$", line) for line in x.text.strip().split("\n") if line.strip())
               for x in row_cells)


def _folded_order(grid, fields: list[Field]) -> list[Field]:
    """The fields of a table folded into side-by-side blocks under one header printed twice or more ("구분 |
    해당설비 | 점검결과 | 구분 | 해당설비 | 점검결과"), in the order a reader takes them: the left block top to
    bottom, then the next. Any other table's fields as they are."""
    if not grid or not fields:
        return fields
    head = _unique(grid[0])
    names = [re.sub(r"\s", "", c.text) for c in head]
    for k in range(2, len(names) // 2 + 1):
        if len(names) % k or not all(names[:k]) or any(names[i:i + k] != names[:k] for i in range(k, len(names), k)):
            continue
        starts = [head[i].col + 1 for i in range(0, len(names), k)]  # (Location.column counts from 1)

        def block(f: Field) -> int:
            col = f.location.column
            return sum(1 for s in starts[1:] if col is not None and col >= s)
        return sorted(fields, key=block)  # (stable: top to bottom within a block)
    return fields


#: a signer's particular at the head of a cell ("⑪ 직위(직급·직급)", "성 명  추천기관의 기관장": a hint after a gap)
_PARTICULAR_HEAD = re.compile(r"\s*(?:[①-⑳]|\d{1,2}[.)])?\s*" + spaced(SIGNER_PARTICULARS) +
                              r"(?:\([^()\n]{1,12}\))?\s*[:：]?(?=\s{2,}|\s*$)")
#: a note on how to sign before the mark ("직인, 서명 모두 가능 (인)")
_SIGN_NOTE = re.compile(r"[^\n]{0,24}(?:서명|날인|직인|인감)[^\n]{0,16}")


def _seal_cell(text: str) -> bool:
    """The cell is the place for the signer's seal or signature: the mark alone, or after a note on signing."""
    t = (text or "").replace("\t", " ").strip()
    if seal_only(t):
        return True
    m = _SIGNATURE.search(t)
    return bool(m) and m.end() == len(t) and bool(_SIGN_NOTE.fullmatch(t[: m.start()].strip()))


def _seal_mark(text: str) -> str:
    t = (text or "").replace("\t", " ").strip()
    m = list(_SIGNATURE.finditer(t))
    mark = m[-1].group(0) if m else re.sub(r"\s", "", t)
    return mark if mark.startswith("(") else f"({mark})"


def _particular_label(c: Cell) -> str:
    m = _PARTICULAR_HEAD.match(c.text.replace("\t", " ").strip())
    return clean_label(m.group(0) if m else c.text)


def _signature_row(grid, r: int, row_cells: list[Cell], blank, label_cell):
    """A row of signers' blocks, each ending in a seal cell: [(caption cell or None, [particular cells],
    seal cell, group caption above or None)], or None when the row is anything else. A block is an
    optional caption (who signs: "추 천 관"), then particulars ("직 위", "성 명") each with room beside it or
    in its own cell, then the seal ("직인", "(인)")."""
    own = [c for c in row_cells if c.row == r]
    if not own or not any(_seal_cell(c.text) for c in own):
        return None
    groups, caption, parts = [], None, []
    for c in own:
        if _seal_cell(c.text):
            if not parts:
                return None
            first = caption or parts[0]
            above = grid[r - 1][first.col] if r > 0 else None
            # the caption over exactly this block ("22)작성자(인사담당자)" over "직급 … (인)"), not one over more
            over_block = above is not None and above.row < r and label_cell(above) and above.col <= first.col \
                and above.col + above.colspan == c.col + c.colspan
            groups.append((caption, parts, c, above if over_block else None))
            caption, parts = None, []
        elif blank(c):
            if not parts:
                return None  # room before any particular: not a signer's block
        elif _PARTICULAR_HEAD.match(c.text.replace("\t", " ").strip()) and "\n" not in c.text.strip():
            parts.append(c)
        elif caption is None and not parts and label_cell(c) and not _SIGNATURE.search(c.text):
            caption = c
        else:
            return None
    if caption is not None or parts:
        return None  # cells after the last seal
    return groups


_ONE_BOX_OPTION = re.compile(r"\s*" + BOX + r"\s*[^" + BOX_CHARS + r"\[\n\t]{1,20}")


_SUB_CAPTION = re.compile(r"\(\s*([가-힣A-Za-z][가-힣A-Za-z ]{0,10}?)\s*\)")


def _sub_captions(text: str) -> list[str]:
    """The captions an answer place prints for the answers it holds, one per line and each in brackets
    ("(자  택)" / "(사무실)"): the captions, letter-spacing closed up; [] where the cell is anything else — a
    single bracket (a unit, a hint), a seal or signature mark, a unit frame ("(만 세)")."""
    lines = [x.strip() for x in (text or "").split("\n") if x.strip()]
    if len(lines) < 2 or _SIGNATURE.search(text) or _unit_frame(text.replace("\n", " ")):
        return []
    subs = [_SUB_CAPTION.fullmatch(x) for x in lines]
    if not all(subs):
        return []
    out = [re.sub(r"(?<=[가-힣])\s+(?=[가-힣])", "", m.group(1)) for m in subs]
    return out if len(set(out)) == len(out) and not any(_FRAME_UNITS.fullmatch(x) for x in out) else []


def _sign_mark_only(text: str) -> bool:
    """The cell holds a place to sign and nothing else: "(서명)", "\t(인)", "(서명 또는 인)"."""
    return bool(_SIGNATURE.search(text)) and is_blank(_SIGNATURE.sub(" ", text))


_BOXED_HEAD = re.compile(r"\s*" + BOX + r"\s*(?P<caption>[^" + BOX_CHARS + r"\[]{1,30})")
_TOTALS = re.compile(r"\s*(?:합\s*계|총\s*계|소\s*계|계|total|totals)\s*", re.I)


def _box_caption(text: str) -> str:
    """The caption after a header's box, its lines joined ("[ ] 자동\n확산소화기" → "자동확산소화기": a Korean word
    broken over two lines is one word)."""
    m = _BOXED_HEAD.fullmatch(text or "")
    lines = [x.strip() for x in (m.group("caption") if m else text).split("\n") if x.strip()]
    out = ""
    for x in lines:
        out += ("" if out and re.search(r"[가-힣]$", out) and re.match(r"[가-힣]", x) else " ") + x
    return clean_label(out.strip())


def _boxed_header_grid(table: Table, grid, ctx: _Context, source: str, blank) -> Optional[list[Field]]:
    """A tally grid: column headings that each carry a box to tick ("[ ] 소화기 | [ ] 간이소화용구" over "[ ] 분말 |
    [ ] 기타 | …"), over blank rows to fill (소방시설 자체점검 결과보고서 별지 제9호서식 3-1). Each heading's box is a
    check box (which kinds the building has), each bottom heading a column repeated down the rows; a first body
    row whose corner is split diagonally ("합계 / 동명") is the totals row, and the corner's second word names
    the first column of the rows below. None when the table is no such grid (a row of boxed options beside a
    label is a choice)."""
    n_rows = table.n_rows
    head_end, boxed = 0, []
    for r in range(n_rows):
        cells = [c for c in _unique(grid[r]) if c.row == r and c.col > 0]
        if not cells or not all(c.text.strip() and not blank(c) for c in cells):
            break
        boxes = [c for c in cells if _BOXED_HEAD.fullmatch(c.text)]
        if not boxes:
            break
        boxed += boxes
        head_end = r + 1
    body = list(range(head_end, n_rows))
    if not head_end or len(boxed) < 2 or len(body) < 2:
        return None
    body_cells = [c for r in body for c in _unique(grid[r]) if c.row == r and c.col > 0]
    if not body_cells or sum(1 for c in body_cells if blank(c)) < 0.9 * len(body_cells):
        return None
    corner = grid[head_end][0]
    if corner is not None and corner.row != head_end:
        corner = None  # (a heading cell that runs on down the rows is no corner of the body)
    out = [_field(_box_caption(c.text), ctx, _cell_loc(ctx, table, c), source + ":header-box", 0.8, kind="checkbox")
           for c in sorted(boxed, key=lambda c: (c.row, c.col))]
    # the bottom heading of each column, and the heading above it where there is one
    leaves: list[tuple[Cell, Optional[Cell]]] = []
    for col in range(1, table.n_cols):
        leaf = grid[head_end - 1][col]
        if leaf is None or any(leaf is x for x, _ in leaves):
            continue
        parent = grid[leaf.row - 1][col] if leaf.row > 0 else None
        leaves.append((leaf, parent if parent is not None and parent is not leaf else None))
    lines = [x.strip() for x in (corner.text if corner is not None else "").split("\n") if x.strip()]
    totals = corner is not None and len(lines) == 2 and _TOTALS.fullmatch(lines[0]) is not None
    rows = len(body) - (1 if totals else 0)
    first = body[1] if totals else body[0]
    if totals:
        for leaf, parent in leaves:
            if _BOXED_HEAD.fullmatch(leaf.text) or parent is not None and _BOXED_HEAD.fullmatch(parent.text):
                cell = grid[head_end][leaf.col]
                out.append(_field(clean_label(lines[0]), ctx, _cell_loc(ctx, table, cell), source + ":totals", 0.75,
                                  kind="number", extra_context=tuple(_box_caption(x.text) for x in (parent, leaf)
                                                                     if x is not None)))
    if corner is not None and lines:
        cell = grid[first][0]
        out.append(_field(clean_label(lines[-1]), ctx, _cell_loc(ctx, table, cell), source + ":roster", 0.75,
                          repeats=rows))
    for leaf, parent in leaves:
        cell = grid[first][leaf.col]
        out.append(_field(_box_caption(leaf.text), ctx, _cell_loc(ctx, table, cell), source + ":roster", 0.75,
                          repeats=rows, extra_context=(_box_caption(parent.text),) if parent is not None else ()))
    return out


def _box_option_runs(cells: list[Cell]) -> list[list[Cell]]:
    """Runs of two or more neighbouring cells that each hold one box and its option."""
    runs, cur = [], []
    for c in cells:
        if _ONE_BOX_OPTION.fullmatch(c.text or ""):
            cur.append(c)
            continue
        if len(cur) >= 2:
            runs.append(cur)
        cur = []
    if len(cur) >= 2:
        runs.append(cur)
    return runs


#: "지상\t층", "승용\t대": a caption, room to write, the unit the answer is counted in
_CAPTION_BLANK_UNIT = re.compile(r"([가-힣A-Za-z][가-힣A-Za-z ]{0,10}?)\s*\t\s*(" + _BLANK_UNIT + r")")


def _unit_blanks(text: str) -> list[tuple[str, str]]:
    """(caption, unit) of each count a cell asks as "caption, blank, unit", the counts separated by "/" or ","
    ("지상\t층 / 지하\t층": floors above and below ground); [] for anything else."""
    t = text.strip()
    if "\n" in t or len(t) > 60:
        return []
    parts = [p.strip() for p in re.split(r"[/,]", t)]
    found = [_CAPTION_BLANK_UNIT.fullmatch(p) for p in parts]
    if len(parts) < 2 or not all(found):
        return []
    return [(clean_label(m.group(1)), m.group(2)) for m in found]


def _slash_options(text: str) -> list[str]:
    t = text.strip()
    if "\n" in t or "/" not in t or len(t) > 60:
        return []
    parts = [p.strip() for p in t.split("/")]
    if any("\t" in p for p in parts):
        return []  # "지상\t층 / 지하\t층": blanks to write a count in before each unit, not options to strike out
    if len(parts) >= 2 and all(p and len(p) <= 14 and _is_label_text(p) for p in parts):
        return parts
    return []


_EVIDENCE = re.compile(r"사본|증빙|증명|확인증|확인서|등본|스캔|첨부|certificate|copy of|evidence|attach", re.I)


def _attachment_box(table: Table) -> str:
    """A one-column box captioned with a document ("(필수) 대표자 신분증 사본") over guidance or empty space:
    the place to attach or paste that document. Returns the caption."""
    if table.n_cols != 1 or not 2 <= table.n_rows <= 4:
        return ""
    cells = sorted(table.cells, key=lambda c: c.row)
    head = cells[0].text.strip().split("\n")[0].strip()
    if not head or len(head) > MAX_LABEL or _BOX_RE.search(head) or not _EVIDENCE.search(head):
        return ""
    body = [c.text.strip() for c in cells[1:]]
    if any(_BOX_RE.search(t) or "\t" in t.strip() for t in body):
        return ""  # choices or blanks of its own: a form, not a box to attach to
    return clean_label(head)


#: what a template prints in an answer cell to say how to fill it: "13 자리", "도로명 주소로 기재",
#: "지역번호 표기(…)", "○년 ○월로 기재 예)23년5월"
_HINT = re.compile(r"^\s*\d{1,2}\s*자리\s*$|(?:기재|작성|입력|표기|기입)\s*(?:\([^()]*\))?\s*(?:예\).*)?\.?\s*$|^\s*예\s*[):]")


#: a note in parentheses after a caption ("현재 재직 인원 (대표자 제외, 공동대표 포함)") is not a sentence
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
#: a unit printed in the cell after a blank says what the blank holds: "00 | 명", "      | 백만원"
_UNITS = (("number", re.compile(r"명|개|건|회|개소|대|인|년|개월|㎡|m2|%")),
          ("amount", re.compile(r"원|천원|만원|백만원|억원|달러|\$")))


def _frame_over_money(label: str, text: str) -> Optional[str]:
    """The kind the units printed in an answer space give, where the caption alone would read a sum of money:
    "합 계㉮ | 년 개월" is a number of years and months, not an amount; None otherwise (the caption decides)."""
    frame = _frame_kind(text)
    return frame if frame and infer_kind(clean_label(label), "text") == "amount" else None


def _frame_kind(text: str) -> Optional[str]:
    """The kind an answer's printed units give: "～ (년 월 일)" a date, "년 개월" or "(만 세)" a number."""
    if not _unit_frame(text):
        return None
    return "number" if re.search(r"개월|세|명", text) else "date" if re.search(r"[년월일]", text) else None


def _unit_kind(c: Optional[Cell]) -> Optional[str]:
    t = (c.text.strip() if c is not None else "")
    for kind, unit in _UNITS:
        if unit.fullmatch(t):
            return kind
    return None


_BULLET = re.compile(r"^\s*[•∙·ㆍ▪◦]\s*\S")


def _bulleted_example_rows(grid, n_rows: int) -> set[int]:
    """Rows that each start with a bulleted entry and are otherwise blank, under a header, when some of
    those entries are sample text ("• DMD소켓 구입(00개×0000원)", "• 대표자 인건비"): a template's sample
    lines for a column the applicant fills, not row captions."""
    rows, sample = [], False
    for r in range(1, n_rows):
        own = [c for c in _unique(grid[r]) if c.row == r]
        texts = [c for c in own if c.text.strip()]
        if own and len(texts) == 1 and texts[0] is own[0] and _BULLET.match(texts[0].text):
            rows.append(r)
            sample = sample or bool(_EXAMPLE_TOKEN.search(texts[0].text))
    return set(rows) if len(rows) >= 2 and sample else set()


_FRAME_UNITS = re.compile(r"개월|년|월|일|세|만|명|원|시|분|%|점|건|회|개")


#: a unit of measure printed alone at the end of an answer box: "연 면 적 | ㎡", "높 이 | m", "건물동수 | 개동"
_MEASURE_UNIT = re.compile(r"(?:㎡|㎥|m²|m2|m³|㎞|km|m|cm|mm|kg|톤|ℓ|평|개동|개소|kW|kVA)")
# (not a unit that is also a caption of its own: 동, 호, 층, 대, 세대 head columns of address and floor tables)


def _unit_frame(text: str) -> bool:
    """Units printed around the blanks of an answer: "\t～\t(년 월 일)", "년\t개월", "\t(만\t세)"; or one unit of
    measure alone, the box's blank before it ("㎡", "개동": 소방시설등 자체점검 실시결과 보고서's 건축물 정보)."""
    t = (text or "").strip()
    if not t or len(t) > 40 or "\n" in t:
        return False
    if _MEASURE_UNIT.fullmatch(t):
        return True
    units = _FRAME_UNITS.findall(t)
    rest = _FRAME_UNITS.sub("", t)
    return (len(units) >= 2 or "~" in t or "～" in t or "\t" in text) and bool(units) \
        and not re.sub(r"[\s~～()\-.:/]", "", rest)


#: a blank in brackets after its caption, inside an answer cell: "(등급 :\t)"
_PAREN_SLOT = re.compile(r"[(（]\s*[^()（）:：\t\n]{1,15}?\s*[:：]\s*[)）]")


def _word_frame(text: str) -> str:
    """Blanks around one or two short words that qualify the answer ("\t전공": ____ 전공; "\t대학원\t전공"):
    the words, or "" when the text is not such a frame."""
    t = (text or "").strip("\n")
    if not t.startswith("\t") or "\n" in t.strip() or len(t) > 30:
        return ""  # the blank comes first; "범\t주" is a caption spaced out
    words = [w for w in re.split(r"[\t ]+", t) if w]
    if not 1 <= len(words) <= 2 or not all(re.fullmatch(r"[가-힣A-Za-z]{1,4}", w) for w in words):
        return ""
    return " ".join(words)


#: an instruction to write, in guidance printed where the answer goes
_WRITE = re.compile(r"(?:기재|작성|기술|서술|입력|기입|기록|표기|제시)\s*(?:하십시오|하시기\s*바랍니다|바람|바랍니다|할\s*것|요망)?\s*[.)]?\s*$", re.M)


def _captioned_box(c: Cell) -> str:
    """The caption a tall answer box prints at its top, above guidance on what to write ("공적 요지(70자
    이내)" / "※ … 작성"), or ""."""
    lines = [l.strip() for l in (c.text or "").split("\n") if l.strip()]
    if (c.height or 0) <= 60 or len(lines) < 2 or not _is_label_text(lines[0]) or _GUIDANCE.match(lines[0]):
        return ""
    return clean_label(lines[0]) if _guidance_only("\n".join(lines[1:])) else ""


def _guidance_only(text: str) -> bool:
    """An answer area holding only guidance on what to write ("※ 공적내용은 … 포함하여 기재\n※ 특히, …")."""
    lines = [l.strip() for l in (text or "").split("\n") if l.strip()]
    return bool(lines) and all(_GUIDANCE.match(l) for l in lines) and bool(_WRITE.search(text)) \
        and not _BOX_RE.search(text)


def _answer_hints(grid, table: Table, blank, label_cell) -> set[int]:
    """Text printed where an answer goes, as a hint ("단체명 | 법정 단체명", "소속 | 추천부서의 부서장"): a cell
    right of a label, in a column of answers (at least two other cells of the same position and width
    are blanks right of labels), that is not the caption of a blank beside or below it, nor options, a
    signature mark or blanks of its own."""
    answers: dict[tuple[int, int], list] = {}
    for c in table.cells:
        if c.col == 0 or c.native:
            continue
        left = grid[c.row][c.col - 1]
        if left is not None and left is not c and left.row == c.row and label_cell(left):
            answers.setdefault((c.col, c.colspan), []).append(c)
    out = set()
    for cells in answers.values():
        if sum(1 for c in cells if blank(c)) < 2:
            continue
        for c in cells:
            t = c.text.strip()
            if not t or blank(c) or "\t" in t or ":" in t or _BOX_RE.search(t) or _SIGNATURE.search(t) \
                    or _slash_options(t) or "/" in t:
                continue
            nxt = _right(grid, c)
            below = _below(grid, c)
            nxt_below = _below(grid, nxt) if nxt is not None else None
            if nxt is not None and nxt.row == c.row and blank(nxt) or below is not None and (
                    below.col, below.colspan) == (c.col, c.colspan) and blank(below) and below not in cells \
                    or nxt is not None and label_cell(nxt) and blank(nxt_below):
                continue  # the caption of a blank beside it, of a column below it, or one of a header row
            out.add(id(c))
    return out


_PERCENT_BLANK = re.compile(r"[0O○]{1,3}(?:\.[0O○]{1,2})?\s*%")
#: a share printed or to be written in a cell: "00.0%", "100%"
_SHARE_CELL = re.compile(r"[0-9O○]{1,3}(?:\.[0-9O○]{1,2})?\s*%")
#: a placeholder that names what goes in its place: "< 사진(이미지) 또는 설계도 제목 >"
_ANGLE_PLACEHOLDER = re.compile(r"[<〈＜]\s*([^<>〈〉＜＞\n]{2,40}?)\s*[>〉＞]")


def _row_caption(grid, left: Optional[Cell], label_cell, blank) -> Optional[Cell]:
    """The caption at the start of ``left``'s row when ``left`` only details it ("개인정보 | 필수항목:
    개인식별정보 | □ 동의 □ 비동의"): a label cell followed by another label, not by a blank."""
    if left is None:
        return None
    first = grid[left.row][0]
    if first is None or first is left or first.row != left.row or not label_cell(first):
        return None
    after = _right(grid, first, left.row)
    return first if after is left and not blank(after) else None


def _column_above(grid, c: Cell, header: Cell) -> list[Cell]:
    """The cells between a header and ``c`` in c's column."""
    return [grid[r][c.col] for r in range(header.row + header.rowspan, c.row) if grid[r][c.col] is not None]


def _own_caption(c: Cell) -> str:
    """What an extra answer box under an already used caption says it holds: the name in an angle-bracket
    placeholder, or the thing its guidance asks to insert ("※ … 참고 사진(이미지)·설계도 등 삽입")."""
    t = c.text.strip()
    m = _ANGLE_PLACEHOLDER.fullmatch(t)
    if m:
        return clean_label(m.group(1)) if _is_label_text(m.group(1)) else ""
    if c.boxed and _GUIDANCE.match(t) and "\n" not in t and re.search(r"삽입|첨부|붙임|insert|attach", t, re.I):
        return clean_label(re.sub(r"^\s*(?:※|\*)\s*", "", t))
    return ""


def _boxed_guidance(c: Cell) -> bool:
    """An answer box drawn inside the cell that holds only guidance for the answer ("※ 해당 아이템의 개요")."""
    return c.boxed and bool(_GUIDANCE.match(c.text)) and not _BOX_RE.search(c.text)


def _is_hint(text: str) -> bool:
    t = (text or "").strip()
    return bool(t) and "\n" not in t and len(t) <= 80 and not _BOX_RE.search(t) and bool(_HINT.search(t))


def _numbered_rows(grid, n_rows: int, n_cols: int) -> set[int]:
    """The rows of a roster's sequence-number column: a column whose cells, below a caption row, run
    1, 2, 3 … (an ellipsis or blanks may follow). Each such row, and the blank rows after it, are rows
    to fill."""
    for col in range(min(n_cols, 3)):
        seq, start = [], None
        for r in range(n_rows):
            c = grid[r][col]
            if c is None or c.row != r or c.col != col:
                continue
            t = c.text.strip()
            if re.fullmatch(r"\d{1,3}", t):
                if start is None:
                    start = r
                seq.append((r, int(t)))
            elif start is not None and not re.fullmatch(r"[.…]*", t):
                break
        nums = [n for _, n in seq]
        if len(seq) >= 2 and nums == list(range(nums[0], nums[0] + len(nums))) and nums[0] in (0, 1) and start > 0:
            rows = {r for r, _ in seq}
            last = max(rows)
            r = last + 1
            while r < n_rows:  # the "…" row and the blank rows that follow the numbered ones
                c = grid[r][col]
                if c is None or not re.fullmatch(r"[.…]*", c.text.strip()):
                    break
                rows.add(r)
                r += 1
            return rows
    return set()


def _is_header_like(text: str) -> bool:
    """A row number or a row caption in an example row stays what it is."""
    return bool(re.fullmatch(r"\s*\d{1,3}\s*|\s*[.…]+\s*", text or ""))


def _in_header_rows(cell: Cell, header_rows: set[int]) -> bool:
    return any(r in header_rows for r in range(cell.row, cell.row + cell.rowspan))


def _header_path(grid, header: Cell, label_cell, blank) -> str:
    """A header under a wider header reads with it: "정부지원사업비(A)" over "기본" — unless the cell above
    is the caption of a blank in its own row ("현재 재직 인원 | 00 | 명" over a roster)."""
    label = _label_of(header)
    if header.row > 0:
        up = grid[header.row - 1][header.col]
        if up is not None and up is not header and label_cell(up) and (up.colspan > header.colspan or up.col < header.col) \
                and not any(blank(x) for x in _unique(grid[up.row]) if x.row == up.row):
            return f"{_label_of(up)} {label}"
    return label


def _row_label(grid, c: Cell, label_cell, header_rows: set[int]) -> Optional[Cell]:
    """The label at the start of a roster row ("재료비", "주된 점검인력"): the last label cell before
    the row's first blank."""
    found = None
    for x in _unique(grid[c.row]):
        if x is c or x.col >= c.col:
            break
        if not label_cell(x):
            break
        found = x
    if found is None or _in_header_rows(found, header_rows):
        return None
    return found


def _numbered_caption(grid, c: Cell, label_cell) -> str:
    """For a label cell that is only a number ("a)", "(b)"): the caption of the rows it numbers, the first
    label above it in its column that is not a number ("2. Signature of CO"); else ""."""
    if not ENUMERATOR_ONLY.fullmatch(c.text):
        return ""
    r = c.row - 1
    while r >= 0:
        up = grid[r][c.col]
        if up is not None and up is not c and up.col == c.col:
            if not ENUMERATOR_ONLY.fullmatch(up.text):
                return _label_of(up) if label_cell(up) else ""
        r -= 1
    return ""


#: a line that breaks off after a conjunction goes on in the next ("… oder", "… and", "… 또는")
_CONTINUED = re.compile(r"(?:\b(?:oder|und|or|and)|또는|및)\s*$", re.I)
_BOXED_LINE = re.compile(r"\s*" + BOX + r"\s*([^" + BOX_CHARS + r"\[\t]{1,60}?)\s*")


def _options_under_caption(grid, r: int, row_cells: list[Cell], n_cols: int):
    """(caption cell, options) when row ``r`` holds only boxed options, one per line, in two or more
    cells, under one cell that spans the table; else None."""
    if r == 0 or len(row_cells) < 2 or any(c.row != r or c.native for c in row_cells):
        return None
    above = _unique(grid[r - 1])
    if len(above) != 1 or above[0].colspan != n_cols or not above[0].text.strip() or _BOX_RE.search(above[0].text):
        return None
    names = []
    for c in row_cells:
        lines = [l for l in c.text.split("\n") if l.strip()]
        if not lines:
            return None
        for l in lines:
            m = _BOXED_LINE.fullmatch(l)
            if not m:
                return None
            names.append(clean_label(m.group(1)))
    return (above[0], names) if len(names) >= 2 else None


#: the column a checklist is marked in, and the column that lists what is checked
_RESULT_HEAD = re.compile(r"(?:점검|확인|검사|이행|적합|해당)\s*(?:결과|여부)|결과|result|check(?:ed)?|yes\s*/\s*no", re.I)
_ITEM_HEAD = re.compile(r"(?:점검|확인|검사)?\s*(?:항목|내용|사항)|item|requirement", re.I)
_ITEM_BULLET = re.compile(r"^\s*[○●◦•ㅇᄋ·▪\-]\s*")


def _checklist_headers(grid, n_rows: int):
    """(row, item header cell, result header cell) of each of the first rows that reads as a checklist
    header ("번호 | 점검항목 | 점검결과"): one item column left of one result column."""
    for r in range(min(n_rows, 3)):
        row = [c for c in _unique(grid[r]) if c.row == r]
        items = [c for c in row if _ITEM_HEAD.fullmatch(clean_label(c.text))]
        results = [c for c in row if _RESULT_HEAD.fullmatch(clean_label(c.text))]
        if len(items) == 1 and len(results) == 1 and items[0].col < results[0].col:
            yield r, items[0], results[0]


def _checklist(grid, n_rows: int):
    """(header row, item column, result column) of a checklist table, else None: a checklist header, and
    under it at least one row whose item cell lists two or more bulleted items."""
    for r, item, result in _checklist_headers(grid, n_rows):
        ic = item.col
        if any(grid[rr][ic] is not None and grid[rr][ic].row == rr and len(_checklist_items(grid[rr][ic].text)) >= 2
               for rr in range(r + 1, n_rows)):
            return r, ic, result.col
    return None


def checklist_head(table: Table, grid=None) -> str:
    """The result column's header when the table's first rows are a checklist header, whatever rows
    follow; else ""."""
    found = next(_checklist_headers(table.grid() if grid is None else grid, table.n_rows), None)
    return _label_of(found[2]) if found else ""


_REMARKS = {"비고", "기타", "remarks", "notes", "note"}
_ITEM_CODE = re.compile(r"\s*(?:[0-9]{1,2}(?:-[0-9A-Z]{1,4}){1,3}|[0-9]{1,3}[.)]?)\s*")


def headerless_checklist(table: Table) -> bool:
    """A table of checklist rows without a header of its own, under a checklist's header table: each row
    an item-number cell, a cell listing bulleted items (as many as numbers), and an empty result cell."""
    if table.n_cols != 3 or not table.cells:
        return False
    grid = table.grid()
    seen = 0
    for r in range(table.n_rows):
        code, item, result = grid[r][0], grid[r][1], grid[r][2]
        if code is not None and code.row == r and re.sub(r"\s", "", code.text).lower() in _REMARKS:
            continue  # "비고 | ____": the block's remarks, a question of its own
        if item is None or item.row != r or not any(_ITEM_BULLET.match(l.strip()) for l in item.text.split("\n")):
            return False
        if result is not None and result.row == r and not is_blank(result.text):
            return False
        if code is not None and code.row == r and code.text.strip():
            codes = [l for l in code.text.split("\n") if l.strip()]
            if not all(_ITEM_CODE.fullmatch(l) for l in codes) or len(codes) != len(_checklist_items(item.text)):
                return False
        seen += 1
    return seen > 0


def _item_codes(cell: Optional[Cell], r: int, n: int) -> list[str]:
    """The item numbers a checklist row prints in the cell left of its items, one per line ("1-A-001" …), where
    there is one for each of its ``n`` items; else []."""
    if cell is None or cell.row != r:
        return []
    codes = [clean_label(x) for x in cell.text.split("\n") if x.strip()]
    return codes if len(codes) == n and all(_ITEM_CODE.fullmatch(x) for x in codes) else []


def _checklist_items(text: str) -> list[tuple[str, str, str]]:
    """The items an item cell lists, each with the bracketed heading it sits under ("[동력제어반]", or an
    unbulleted first line: "소화기구(…)"): a bulleted line starts an item, an unbulleted line goes on with the
    item before it; a cell without bullets is one item."""
    items: list[list[str]] = []
    section = ""
    out_sections: list[str] = []
    bullets: list[str] = []  # each item's own mark ("○", "●"): a legend may say in which case it is checked
    bulleted = any(_ITEM_BULLET.match(line.strip()) for line in text.split("\n"))
    for line in text.split("\n"):
        t = line.strip()
        if not t:
            continue
        # ("소화기구(소화기, 자동확산소화기)" over "○ 설치수량 …": an unbulleted first line over bulleted items
        # names the equipment they check, like a bracketed heading)
        if re.fullmatch(r"\[[^\]]{1,30}\]", t) or bulleted and not items and not _ITEM_BULLET.match(t) and len(t) <= 40:
            section = t if t.startswith("[") else f"[{clean_label(t)}]"
            continue
        if _ITEM_BULLET.match(t) or not items:
            items.append([_ITEM_BULLET.sub("", t)])
            out_sections.append(section)
            bullets.append(t[0] if _ITEM_BULLET.match(t) else "")
        else:
            items[-1].append(t)
    return [(clean_label(" ".join(x)), sec, b) for x, sec, b in zip(items, out_sections, bullets)
            if clean_label(" ".join(x))]


def _numbered_run(grid, first: Cell) -> int:
    """How many numbered rows run from ``first`` down its column."""
    n, r = 0, first.row
    while r < len(grid) and grid[r][first.col] is not None and ENUMERATOR_ONLY.fullmatch(grid[r][first.col].text):
        n += 1
        r += 1
    return max(n, 1)


def _heads_numbered_rows(grid, c: Cell, label_cell) -> bool:
    """Whether the label cell ``c`` captions numbered rows directly below it in its column."""
    r = c.row + c.rowspan
    below = grid[r][c.col] if r < len(grid) else None
    return below is not None and below.col == c.col and bool(ENUMERATOR_ONLY.fullmatch(below.text)) \
        and label_cell(below) and not ENUMERATOR_ONLY.fullmatch(c.text)


def _is_matrix(grid, header: Cell, label_cell, blank) -> bool:
    """Rows under a header whose first cells are distinct words (not numbers, not repeats): each row
    asks something else."""
    labels = []
    r = header.row + header.rowspan
    while r < len(grid):
        row = [x for x in _unique(grid[r]) if x.col < header.col]
        leading = []
        for x in row:
            if not label_cell(x):
                break
            leading.append(x)
        own = [x for x in leading if x.row == r]
        if own:
            # a row under a two-level row header is named by both ("토출량 | 주", "| 예비")
            labels.append(" ".join(_label_of(x) for x in leading))
        r += 1
    words = [l for l in labels if not re.fullmatch(r"[\d\s.,…·-]+", l)]
    return len(words) >= 2 and len(set(words)) == len(words)


def _looks_date(hint: str) -> bool:
    return bool(re.fullmatch(r"[O○0]{2,4}[.\-/][O○0]{2}[.\-/][O○0]{2}\.?", hint.strip()))


def _unique(cells: list[Optional[Cell]]) -> list[Cell]:
    """The distinct cells of a grid row, in order (a merged cell fills several slots)."""
    out: list[Cell] = []
    seen: set[int] = set()
    for c in cells:
        if c is not None and id(c) not in seen:
            seen.add(id(c))
            out.append(c)
    return out


def _right(grid, c: Cell, row: Optional[int] = None) -> Optional[Cell]:
    """The cell after ``c`` in its row (``row``: one of the rows a merged cell spans)."""
    col = c.col + c.colspan
    return grid[c.row if row is None else row][col] if col < len(grid[0]) else None


def _below(grid, c: Cell) -> Optional[Cell]:
    """The cell under ``c``, in its first column."""
    row = c.row + c.rowspan
    return grid[row][c.col] if row < len(grid) else None


def _left_label(grid, c: Cell, label_cell) -> Optional[Cell]:
    if c.col == 0:
        return None
    left = grid[c.row][c.col - 1]
    return left if label_cell(left) else None


def _header_above(grid, c: Cell, label_cell, header_rows: set[int]) -> Optional[Cell]:
    r = c.row - 1
    while r >= 0:
        up = grid[r][c.col]
        if up is None or up is c:
            r -= 1
            continue
        if label_cell(up):
            if _spans_other_headers(grid, c, up, label_cell) and _row_label(grid, c, label_cell, set()) is not None:
                # a wide answer cell under several column headers, named by its own row label, answers none
                # of them (a note across a roster's columns, with no label of its own, is no answer at all)
                return None
            return up if (r in header_rows or up.col == c.col) else None
        if is_blank(up.text):
            r -= 1
            continue
        return None
    return None


def _printed_instruction(c: Cell) -> str:
    """The instruction an answer cell prints in its own space ("공적조서에 기재된 공적내용을 요약하여 전부 기재"),
    else "": a sentence of words, not a sample value, a unit or a frame to write into."""
    t = (c.text or "").replace("\t", " ").strip()
    if not t or is_blank(t) or is_placeholder(t) or _unit_frame(c.text) or _word_frame(c.text):
        return ""
    said = _is_hint(c.text) or _guidance_only(c.text) or bool(_INSTRUCTION_END.search(t))
    return t if said and len(re.findall(r"[가-힣A-Za-z]+", t)) >= 3 else ""


#: an instruction's last words: "… 요약하여 전부 기재", "… 기재하십시오", "Describe …"
_INSTRUCTION_END = re.compile(r"(?:기재|작성|기입|서술|입력|요약)\s*(?:하여|하고|함|할\s*것|하십시오|하시기\s*바랍니다|바랍니다)?"
                              r"\s*[.)]?\s*$")


def _side_caption(grid, header: Cell, c: Cell, label_cell) -> tuple[str, ...]:
    """The caption a block of headers and answers carries at its left, merged down across both ("후 보 자 |
    성명 | 소속 | 직위" over the answers: whose they are), as context; () where there is none."""
    found = None
    for x in _unique(grid[header.row]):
        if x is None or x.col >= header.col:
            break
        if x.row <= header.row and x.rowspan > 1 and x.row + x.rowspan > c.row and label_cell(x):
            found = x  # the nearest one: "21)과거포상 | 포상명 | 수여일자" beside "20)징계,형벌 | 종류 | 일자"
    return (_label_of(found),) if found is not None else ()


def _spans_other_headers(grid, c: Cell, up: Cell, label_cell) -> bool:
    """Whether answer cell ``c`` is merged across the whole of another column header beside ``up`` (the
    "공적 내용" row's one cell under "성명 | 소속 | 직위 | 훈격"): a row of its own, named by its row label."""
    end = c.col + c.colspan
    if end <= up.col + up.colspan:
        return False
    row = grid[up.row]
    return any(h is not None and h is not up and h.row == up.row and label_cell(h)
               and up.col + up.colspan <= h.col and h.col + h.colspan <= end for h in _unique(row))


def _row_groups(grid, n_rows: int, header_rows: set[int], label_cell, blank) -> dict[int, str]:
    """Rows of a roster under its header row, each named in its first own cell by who fills it, where a name
    repeats ("주인력", "보조인력", "보조인력" …; "주된 점검인력", "보조 점검인력" ×5: 소방시설 자체점검 점검인력 현황):
    row → that name. Empty when the first cells name each row apart (a matrix: every row its own datum) or
    the rows are not named."""
    if not header_rows:
        return {}
    top = max(header_rows)
    names: dict[int, str] = {}
    for r in range(top + 1, n_rows):
        own = [x for x in _unique(grid[r]) if x is not None and x.row == r]
        first = min(own, key=lambda x: x.col) if own else None
        if first is None or first.rowspan != 1 or not label_cell(first):
            break
        others = [x for x in own if x is not first]
        if not others or not all(blank(x) or _sign_mark_only(x.text) for x in others):
            break
        names[r] = _label_of(first)
    distinct = set(names.values())
    if len(names) < 3 or len(distinct) > 3 or len(distinct) == len(names):
        return {}
    return names


def _is_roster(grid, c: Cell, header_rows: set[int]) -> bool:
    """Between the header row and this cell, rows hold only leading row labels and blanks."""
    r = c.row - 1
    while r >= 0 and r not in header_rows:
        seen_blank = False
        for x in _unique(grid[r]):
            if x.col > c.col and x.rowspan > 1:
                continue  # a note down the side of the rows ("적정 여부: 1. 체절운전 시 …")
            if is_blank(x.text) or _sign_mark_only(x.text):
                seen_blank = True  # (a place to sign, "(서명)", is room to fill too)
            elif seen_blank:
                return False
        r -= 1
    return r >= 0


#: a template's per-item cell, filled once per item of a list: jxls "${item.userNm}" (under a "jx:each"
#: comment), Jinja or Handlebars "{{ row.name }}"
_LOOP_PLACEHOLDER = re.compile(r"\$\{\s*[A-Za-z_]\w*\.\w+\s*\}|\{\{\s*[A-Za-z_]\w*\.\w+\s*\}\}")


def _column_note(grid, c: Cell, label_cell) -> Optional[Cell]:
    """A note printed across a roster's columns below its rows, in a row of no label of its own, that says how
    they are filled ("③ 범죄경력 … ⑦ 세금체납" over two empty rows, then "질병관리본부(감염병관리과) 일괄 조회"
    across the five): the cell, else None. Not a roster row: its words are the columns' instruction (``hint``)."""
    r = c.row + c.rowspan
    while r < len(grid):
        x = grid[r][c.col]
        if x is None:
            return None
        if x.row == r and x.text.strip():
            wide = x.colspan > c.colspan and x.col <= c.col and x.col + x.colspan >= c.col + c.colspan
            short = len(x.text.strip()) <= 60 and "\n" not in x.text.strip()
            return x if wide and short and _row_label(grid, x, label_cell, set()) is None \
                and _COLUMN_NOTE.search(x.text) else None
        r += x.rowspan if x.row == r else 1
    return None


#: how a column is filled, as a note across it says: "… 일괄 조회", "… 확인 및 작성", "… 에서 기재"
_COLUMN_NOTE = re.compile(r"(?:조회|확인|작성|기재|기입|입력)\s*$")


def _roster_rows(grid, c: Cell, blank, label_cell, stop: Optional[Cell] = None) -> int:
    """The rows below a column header that leave its cell blank: a roster's rows. A template's per-item row
    (one row of "${item.x}" cells) stands for as many rows as there are items: counted as two, a roster.
    A cell merged across other columns, in a row named by its own label, ends the roster: it is a row of
    another kind (the free-text row "공적 내용 | (spanning all four columns)" under a one-person block "성명 |
    소속 | 직위 | 훈격" is no second person); a note across the columns with no row label is not (it is read as
    the roster's, as before)."""
    n = 0
    r = c.row
    loop = False
    while r < len(grid):
        x = grid[r][c.col]
        if x is None or x is stop or not blank(x) and not is_placeholder(x.text):
            break
        if r > c.row and (x.col, x.colspan) != (c.col, c.colspan) and _row_label(grid, x, label_cell, set()) is not None:
            break
        if r > c.row and _SHARE_CELL.fullmatch(x.text.strip()) and not _SHARE_CELL.fullmatch(c.text.strip()):
            break  # "00백만원" then "00.0%" (or a printed "100%"): the amount's share below it, not a second row
        loop = loop or bool(_LOOP_PLACEHOLDER.fullmatch(x.text.strip()))
        n += 1
        r += x.rowspan if x.row == r else 1
    return max(n, 2 if loop else 1)


def _choice_row(row_cells: list[Cell], blank, label_cell, min_options: int = 2):
    if len(row_cells) < 1 + 2 * min_options or not label_cell(row_cells[0]):
        return None
    rest = row_cells[1:]
    opts, boxes = [], []
    i = 0
    while i < len(rest) - 1:
        if (blank(rest[i]) and not rest[i].text.strip() or rest[i].has_checkbox) and label_cell(rest[i + 1]):
            boxes.append(rest[i])
            opts.append(rest[i + 1])
            i += 2
        elif not rest[i].text.strip():
            i += 1
        else:
            return None
    if len(opts) < min_options or any(len(_option_of(o)) > 30 for o in opts):
        return None
    widths = [b.width for b in boxes if b.width]
    narrow = (bool(widths) and len(widths) == len(boxes) and all(w <= 36 for w in widths)  # boxes to tick
              or bool(re.search(r"택\s*\d|선택|해당|check|select|tick", row_cells[0].text, re.I))
              or any(b.has_checkbox for b in boxes))
    return (row_cells[0], opts, [row_cells[0], *rest]) if narrow or min_options == 1 else None


def _wrapped_option(prev: str, line: str) -> bool:
    """Whether ``line`` is the rest of a box's option that the cell's width wrapped ("[ ] 비상경보" /
    "설비"): a line of one box and its option, then a few Hangul letters with no box, blank or colon."""
    p, t = prev.strip(), line.strip()
    return bool(p and t and _ONE_BOX_OPTION.fullmatch(p) and p[0] not in "□■" and re.fullmatch(r"[가-힣]{1,8}", t)
                and re.search(r"[가-힣]$", p))


def fields_in_cell_text(c: Cell, ctx: _Context, loc: Location, source: str,
                        fallback_label: Optional[Cell] = None) -> list[Field]:
    fb = _label_of(fallback_label) if fallback_label is not None else ""
    out: list[Field] = []
    lines: list[str] = []
    for line in c.text.split("\n"):  # "Familienname/Vorname oder" / "Bezeichnung …: ___" is one caption
        if lines and _CONTINUED.search(lines[-1]) and line.strip():
            lines[-1] = lines[-1].rstrip() + " " + line.lstrip()
        elif lines and _wrapped_option(lines[-1], line):
            lines[-1] = lines[-1].rstrip() + line.strip()  # "[ ] 자동화재" / "탐지설비": one option, wrapped
        else:
            lines.append(line)
    for i, line in enumerate(lines):
        nxt = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].strip()), "")
        # (a sibling question "a.) Title:" / "b.) Name:" has nothing after its colon either)
        if re.search(r"[:：]\s*$", line) and re.search(r"[:：][^:：]*\S", nxt) and not _BOX_RE.search(line) \
                and _is_label_text(line.strip().rstrip(":：")) or (line.strip().startswith("(") and line.strip().endswith(":")):
            # "Angaben zum Wohnungsgeber:" over lines with captions of their own: the block's caption
            ctx = replace(ctx, headings=ctx.headings + (clean_label(line.strip().rstrip(":： ")),))
            continue
        near = fb
        if not near and _BOX_RE.search(line):  # a caption on the line before, or (text boxes) after
            prev = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
            nxt = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].strip()), "")
            for cand in (prev, nxt):
                if cand and _is_label_text(cand) and not _BOX_RE.search(cand) and "\t" not in cand.strip():
                    near = clean_label(cand)
                    break
        out += fields_in_line(line, ctx, loc, source + ":cell", fallback_label=near)
    return out


def _native_fields(c: Cell, ctx: _Context, loc: Location, source: str, fallback: Optional[Cell] = None) -> list[Field]:
    printed = _label_of(fallback) if fallback is not None else ""
    out = []
    for name, hint in c.native:
        label, how = native_label(name, hint, printed if len(c.native) == 1 else "")
        out.append(_field(label, ctx, loc, source + ":native", 0.95, name=name or None, label_source=how,
                          extra_context=(printed,) if printed and printed != label else ()))
    return out
