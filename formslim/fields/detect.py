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
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from ..model import Field, Location
from ..parse.layout import Cell, Layout, Line, Table
from ..text import clean_label, is_machine_name, is_required_label, normalize_label
from .kinds import infer_kind

BOX = r"(?:[□☐◻❏❑▢]|\[\s*[√✓vV]?\s*\]|\(\s{1,3}\))"
_BOX_RE = re.compile(BOX)
_BOX_OPTION = re.compile(BOX + r"\s*([^□☐◻❏❑▢\[\t(]{1,40}?)(?=\s*" + BOX + r"|\t|$|\s{2,}|[,/)])")
_DATE_BLANK = re.compile(r"(?:^|[\s\t])(?:\d{2,4}|[\s\t]*)\s*년[\s\t]+(?:\d{1,2})?[\s\t]*월[\s\t]+(?:\d{1,2})?[\s\t]*일")
_SIGNATURE = re.compile(
    r"\((?:서명\s*또는\s*인|서명\s*또는\s*날인|서명|인|날인|signature|sign)\)|서명\s*또는\s*인|"
    r"\bsignature\b|\bunterschrift\b|\bsigned\b", re.I)
_UNDERSCORES = re.compile(r"_{3,}|…{2,}|\.{5,}")
_TEMPLATE_VAR = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![a-z0-9])|\{\{[^{}]{1,60}\}\}|«[^«»]{1,60}»|"
                           r"\$\{[^{}]{1,80}\}")
_PLACEHOLDER_CHARS = re.compile(r"[O○◯ㅇ0Xx]")
_PLACEHOLDER_REST = re.compile(r"[\sO○◯ㅇ0Xx.,~\-/:()%]|백만원|천원|원|년|월|일|명|개|건|회|기|분기|상반기|하반기|세")
_GUIDANCE = re.compile(r"^\s*(?:※|\*\s|<|\(예시|예\)|e\.g\.|\(e\.g)")
_SECTION_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:-\d{1,2}){0,2}|[IVX]{1,4}|[가-하])[.)]\s*\S")
MAX_LABEL = 60


@dataclass(frozen=True)
class _Context:
    file: str
    headings: tuple[str, ...] = ()


def is_placeholder(text: str) -> bool:
    """Sample values printed in a blank form: ``OOOOO``, ``OO.OO.OO``, ``00백만원``, ``○○○``."""
    first = (text or "").strip().split("\n")[0].strip()
    if len(_PLACEHOLDER_CHARS.findall(first)) < 2:
        return False
    return not _PLACEHOLDER_REST.sub("", first)


_EXAMPLE_TOKEN = re.compile(r"(?<![A-Za-z])(?:O{2,}|o{3,}(?![a-z])|○{2,}|◯{2,}|0{2,}(?![\d]))")


def is_blank(text: str) -> bool:
    """A cell or segment left for writing: empty, underscores, a placeholder, an example answer full
    of ``OO`` to be overwritten, or only a hint below one."""
    t = _TEMPLATE_VAR.sub(" ", (text or "")).replace("\t", " ").strip()
    if not t or not _UNDERSCORES.sub("", t).strip(" _.:"):
        return True
    if is_placeholder(t):
        return True
    first = t.split("\n")[0]
    # "OO기술이 적용된 OO기능의 …" is an example answer; "생년월일(0000-00-00형식)" is a caption whose
    # format hint sits in parentheses
    outside = re.sub(r"\([^()]*\)", " ", first)
    return len(_EXAMPLE_TOKEN.findall(outside)) >= 2 and len(first) <= 80


_SENTENCE_END = re.compile(r"(?:니다|습니다|합니다|함|음|오)\s*[.)]?$|[.!]$")
_POLITE_END = re.compile(r"(?:니다|니까)\s*[.?]?$")


def _is_label_text(text: str) -> bool:
    t = clean_label(text.replace("\t", " "))
    if not t or len(t) > MAX_LABEL or _GUIDANCE.match(text or ""):
        return False
    if _SENTENCE_END.search(t) and len(t) > 12 or _POLITE_END.search(t):
        return False  # a sentence of instructions, not a caption
    return bool(re.search(r"[^\W\d_]", t))


def _field(label: str, ctx: _Context, loc: Location, source: str, confidence: float, *,
           kind: Optional[str] = None, options: Iterable[str] = (), extra_context: Iterable[str] = (),
           repeats: int = 1, name: Optional[str] = None, label_source: str = "printed",
           default_kind: str = "text", raw: str = "") -> Field:
    shown = clean_label(label.replace("\t", " ").replace("\n", " "))
    opts = tuple(clean_label(o) for o in options if clean_label(o))
    if kind is None:
        kind = ("radio" if len(opts) > 1 else "checkbox") if opts else infer_kind(shown, default_kind)
    context = tuple(c for c in (*ctx.headings, *extra_context) if c and c != shown)
    return Field(
        id="", label=shown, normalized_label=normalize_label(shown), kind=kind, location=loc,
        source=source, confidence=round(confidence, 2), name=name, options=opts,
        required=True if is_required_label(raw or label) else None, context=context, repeats=repeats,
        label_source=label_source,
    )


# ---------------------------------------------------------------- line rules

def fields_in_line(text: str, ctx: _Context, loc: Location, source: str,
                   fallback_label: str = "") -> list[Field]:
    """Fields inside one line of text (a paragraph, a line on a page, a line in a cell)."""
    out: list[Field] = []
    # template variables (FLAT_OWNER, {{name}}, «Name») stand where the answer goes
    line = _TEMPLATE_VAR.sub("\t", text.strip("\n"))
    if not line.strip():
        return out
    plain = line.replace("\t", " ")
    # check-box groups: "☐ 예 ☐ 아니오", "[ ] 동의함 [ ] 동의하지 않음"
    boxes = list(_BOX_RE.finditer(line)) if not _GUIDANCE.match(line) else []
    if len(boxes) == 1 and boxes[0].start() == len(line) - len(line.lstrip()) and boxes[0].group(0) in "□■":
        boxes = []  # "□ 일반현황": a section bullet in Korean documents, not a box to tick
    if boxes:
        options = [m.group(1).strip() for m in _BOX_OPTION.finditer(line)]
        options = [o for o in options if o and not _BOX_RE.fullmatch(o)]
        before = clean_label(line[: boxes[0].start()].replace("\t", " "))
        question = before.endswith("?") and len(before) <= 200
        label = before if _is_label_text(before) or question else fallback_label
        if len(options) >= 2:
            out.append(_field(label or " / ".join(options), ctx, loc, source + ":checkbox-group", 0.85,
                              options=options))
            return out + _fields_after_boxes(line, ctx, loc, source, ())
        if len(options) == 1:
            out.append(_field(options[0], ctx, loc, source + ":checkbox", 0.8, kind="checkbox",
                              extra_context=(label,) if label and label != options[0] else ()))
            return out + _fields_after_boxes(line, ctx, loc, source, (clean_label(options[0]),))
    # signature marks
    sig = _SIGNATURE.search(plain)
    if sig:
        before = clean_label(plain[: sig.start()])
        before = re.sub(r"^.*?(?:년\s*월\s*일|\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.?)\s*", "", before)
        label = before if _is_label_text(before) else (fallback_label or "서명" if re.search("[가-힣]", plain) else "Signature")
        label = label if _SIGNATURE.search(label) else f"{label} (서명)" if re.search("[가-힣]", label) else f"{label} signature"
        out.append(_field(label, ctx, loc, source + ":signature", 0.8, kind="signature"))
        head = line[: line.replace("\t", " ").find(sig.group(0))] if sig.group(0) in plain else ""
        if _UNDERSCORES.search(head):
            for lab, conf in colon_blanks(head.rstrip() + "\t"):
                out.insert(len(out) - 1, _field(lab, ctx, loc, source + ":colon-blank", conf))
        tail = plain[sig.end():]
        # "Signature of taxpayer: ____": the words up to the colon still name the signature
        own = re.match(r"[^:：_\t]{1,40}[:：]", tail)
        if own and not re.search(r"\s{2,}", own.group(0)):
            tail = tail[own.end():]
            sig_label = clean_label(sig.group(0) + " " + own.group(0).rstrip(":："))
            i = max(i for i, x in enumerate(out) if x.kind == "signature")
            out[i] = replace(out[i], label=sig_label, normalized_label=normalize_label(sig_label))
        for lab, conf in colon_blanks(tail):  # "Signature: ______   Date: ______"
            if not _SIGNATURE.search(lab):
                out.append(_field(lab, ctx, loc, source + ":colon-blank", conf))
    # date blanks: "   년   월   일"
    for m in _DATE_BLANK.finditer(line):
        before = re.split(r"[\t,:：]", line[: m.start()].rstrip(" \t:："))[-1]
        before = clean_label(before)
        label = before if _is_label_text(before) and not _SIGNATURE.search(before) else (fallback_label or "작성일")
        out.append(_field(label, ctx, loc, source + ":date-blank", 0.8, kind="date"))
        break
    if out:
        return out
    # "label: ____" and "label:" followed by a blank
    out += [_field(label, ctx, loc, source + ":colon-blank", conf) for label, conf in colon_blanks(line)]
    if out:
        return out
    # "label<blank>label<blank>": short captions each followed by room to write (cells, form lines)
    parts = line.split("\t")
    if len(parts) >= 2 and not parts[-1].strip() and len(parts) <= 5 and "_" not in line:
        labels = [p.strip() for p in parts[:-1] if p.strip()]
        if labels and all(_is_label_text(l) and len(l) <= 25 for l in labels):
            return [_field(l, ctx, loc, source + ":label-blank", 0.6) for l in labels]
    # "label ______" / "______ label" (a rule to write on, then what it is for)
    if _UNDERSCORES.search(line):
        texts = [s.strip() for s in re.split(r"_{3,}|…{2,}|\.{5,}", line)]
        if texts and not texts[0] and len(texts) > 1:  # blanks first, captions after them
            captions = [c for c in re.split(r"\t+|\s{2,}", " ".join(texts[1:]).strip()) if _is_label_text(c)]
            for c in captions or [fallback_label]:
                if c:
                    out.append(_field(c, ctx, loc, source + ":underscore", 0.65))
        else:
            for t in texts[:-1] if texts and not texts[-1] else texts[:-1]:
                if _is_label_text(t):
                    out.append(_field(t, ctx, loc, source + ":underscore", 0.75))
    return out


_COLON_TAIL = re.compile(r"[:：]\s*$")


_AFTER_COLON_BLANK = re.compile(r"[ ]*(?:\t|_{3,}|$|\)|,)")
_LABEL_STOP = re.compile(r"[\t,;:：_]")


def colon_blanks(line: str) -> list[tuple[str, float]]:
    """Captions that end in a colon followed by room to write: ``성명:     , 전화번호:    ``."""
    out = []
    for m in re.finditer(r"[:：]", line):
        if not _AFTER_COLON_BLANK.match(line, m.end()):
            continue
        head = line[: m.start()]
        stops = [x.end() for x in _LABEL_STOP.finditer(head)]
        label = head[stops[-1]:] if stops else head
        label = re.sub(r"^\s*(?:[a-zA-Z0-9]{1,2}[.)]{1,2}|\([a-zA-Z0-9]{1,2}\))\s*", "", label)  # "a.)", "(1)"
        depth = 0
        for i, ch in enumerate(label):  # inside an open parenthesis, the caption starts after it
            if ch == "(":
                depth += 1
                last_open = i
            elif ch == ")":
                depth -= 1
        if depth > 0:
            label = label[last_open + 1:]
        elif depth < 0 or label.strip().startswith("("):
            continue  # a parenthetical note, not a caption
        label = label.strip(" \t-–")
        if len(label) > 160 or not label:
            continue
        short = len(clean_label(label)) <= MAX_LABEL
        if (short and _is_label_text(label)) or (not short and re.search(r"[^\W\d_]", label)):
            out.append((label, 0.75 if short else 0.55))
    return out


def _fields_after_boxes(line: str, ctx: _Context, loc: Location, source: str,
                       subject: tuple[str, ...]) -> list[Field]:
    """A check-box line can end in a colon blank: "[ ]관계인 (성명:      , 전화번호:      )"; the
    ticked option says whose name it is."""
    return [_field(label, ctx, loc, source + ":colon-blank", 0.7, extra_context=subject)
            for label, _ in colon_blanks(line) if not _BOX_RE.search(label)]


# ---------------------------------------------------------------- table rules

def _cell_loc(ctx: _Context, table: Table, cell: Cell) -> Location:
    return Location(file=ctx.file, page=table.page, bbox=cell.bbox, table=table.index,
                    row=cell.row + 1, column=cell.col + 1)


def _label_of(cell: Cell) -> str:
    """A label cell's caption: its first line when that reads as a label on its own and the rest is a
    note ("개업연월일" / "개인:개업연월일, 법인:회사성립연월일")."""
    lines = [l for l in cell.text.replace("\t", " ").split("\n") if l.strip()]
    if len(lines) > 1 and _is_label_text(lines[0]) and (
            re.fullmatch(r"\s*\(.*\)\s*", lines[1]) or lines[1].lstrip().startswith(("※", "*", "-")) or ":" in lines[1] or len(lines[1].strip()) > 8
            or re.search(r"[\d%]", lines[1])):
        return clean_label(lines[0])
    return clean_label(" ".join(lines))


def fields_in_table(table: Table, ctx: _Context, source: str) -> list[Field]:
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

    def blank(c: Optional[Cell]) -> bool:
        return c is not None and not c.native and (is_blank(c.text) or (c.row in example_rows and c.rowspan == 1
                                                                         and not _is_header_like(c.text)))

    def label_cell(c: Optional[Cell]) -> bool:
        return (c is not None and not blank(c) and not c.native and _is_label_text(c.text.split("\n")[0])
                and not (_SENTENCE_END.search(c.text.strip()) and len(c.text.strip()) > 12)
                and not _BOX_RE.search(c.text) and (c.colspan < 0.6 * table.n_cols or table.n_cols <= 2))

    # a 1x1 table of guidance is an answer box ("※ 창업아이템 … 기재"): a free-text field
    if len(table.cells) == 1:
        c = table.cells[0]
        if c.native:
            return _native_fields(c, ctx, _cell_loc(ctx, table, c), source)
        if _GUIDANCE.match(c.text) and ctx.headings:
            return [_field(ctx.headings[-1], ctx, _cell_loc(ctx, table, c), source + ":answer-box", 0.5,
                           kind="free_text")]
        return fields_in_cell_text(c, ctx, _cell_loc(ctx, table, c), source)

    # header rows: every occupied cell is a label and the next row has blanks under them
    header_rows: set[int] = set()
    for r in range(n_rows - 1):
        row = _unique(grid[r])
        below = _unique(grid[r + 1])
        if len(row) >= 2 and all(label_cell(c) for c in row) and sum(blank(c) for c in below) >= 2:
            header_rows.add(r)
    blank_rows = {r for r in range(n_rows) if all(blank(c) or c.row != r and c.col == 0 and label_cell(c)
                                                   for c in _unique(grid[r]))}

    for r in range(n_rows):
        row_cells = _unique(grid[r])
        # a label, then boxes with options: "지원 분야(택 1) | □ | 제조 | □ | 지식서비스"
        continues = row_cells and id(row_cells[0]) in choice_at and row_cells[0].row != r
        choice = _choice_row(row_cells, blank, label_cell, min_options=1 if continues else 2)
        if choice:
            lab, opts, cells = choice
            names = [_label_of(o) for o in opts]
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
            out.append(_field(_label_of(lab) if lab is not None else " / ".join(names), ctx,
                              _cell_loc(ctx, table, run[0]), source + ":box-cells", 0.8, options=names))
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
                if left is not None and opts and id(left) not in seen:
                    # "사업자 구분 | 개인사업자 / 법인사업자": strike out what does not apply
                    seen.add(id(left))
                    out.append(_field(_label_of(left), ctx, loc, source + ":slash-choice", 0.7, kind="choice",
                                      options=opts))
                    continue
                # text inside a non-blank cell can still hold blanks: "(성명:     , 전화번호:    )"
                right = grid[c.row][c.col + c.colspan] if c.col + c.colspan < table.n_cols else None
                if right is not None and blank(right) and c.text.endswith("\t"):
                    continue  # a caption with room after it, but the answer goes in the blank cell beside it
                out += fields_in_cell_text(c, ctx, loc, source, fallback_label=left)
                continue
            left = _left_label(grid, c, label_cell)
            header = _header_above(grid, c, label_cell, header_rows)
            in_roster = header is not None and _in_header_rows(header, header_rows) and _is_roster(grid, c, header_rows)
            hint = c.text.strip().split("\n")[0] if is_placeholder(c.text) else ""
            tall = (c.height or 0) > 60 or c.text.count("\n") >= 3
            kind_default = "free_text" if tall else ("date" if _looks_date(hint) else "text")
            if in_roster:
                row_label = _row_label(grid, c, label_cell, header_rows)
                if row_label is not None and _is_matrix(grid, header, label_cell, blank):
                    # a budget-like matrix: every (row, column) is its own datum
                    lab = _label_of(row_label)
                    col = _label_of(header)
                    label = lab if lab == col else f"{lab} {col}"
                    out.append(_field(label, ctx, loc, source + ":matrix", 0.75, extra_context=(col,),
                                      default_kind=kind_default))
                    continue
                key = ("col", id(header))
                if key in seen:
                    continue
                seen.add(key)
                repeats = _roster_rows(grid, c, blank)
                out.append(_field(_header_path(grid, header, label_cell), ctx, loc, source + (":roster" if repeats > 1 else ":header"),
                                  0.8 if repeats > 1 else 0.75, repeats=repeats, default_kind=kind_default))
            elif r in blank_rows:
                continue  # a spacer row, or free space under a note
            elif left is not None:
                key = ("left", id(left))
                if key in seen:
                    continue
                seen.add(key)
                first = grid[c.row][0]
                extra = (_label_of(first),) if left.col > 0 and label_cell(first) and first is not left else ()
                out.append(_field(_label_of(left), ctx, loc, source + ":label-cell", 0.85, extra_context=extra,
                                  default_kind=kind_default, raw=left.text))
            elif header is not None:
                key = ("col", id(header))
                if key not in seen:
                    seen.add(key)
                    out.append(_field(_label_of(header), ctx, loc, source + ":header", 0.7,
                                      default_kind=kind_default))
    return out


_ONE_BOX_OPTION = re.compile(r"\s*" + BOX + r"\s*[^□☐◻❏❑▢\[\n\t]{1,20}")


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


def _slash_options(text: str) -> list[str]:
    t = text.strip()
    if "\n" in t or "/" not in t or len(t) > 60:
        return []
    parts = [p.strip() for p in t.split("/")]
    if len(parts) >= 2 and all(p and len(p) <= 14 and _is_label_text(p) for p in parts):
        return parts
    return []


def _is_header_like(text: str) -> bool:
    """A row number or a row caption in an example row stays what it is."""
    return bool(re.fullmatch(r"\s*\d{1,3}\s*|\s*[.…]+\s*", text or ""))


def _in_header_rows(cell: Cell, header_rows: set[int]) -> bool:
    return any(r in header_rows for r in range(cell.row, cell.row + cell.rowspan))


def _header_path(grid, header: Cell, label_cell) -> str:
    """A header under a wider header reads with it: "정부지원사업비(A)" over "기본"."""
    label = _label_of(header)
    if header.row > 0:
        up = grid[header.row - 1][header.col]
        if up is not None and up is not header and label_cell(up) and (up.colspan > header.colspan or up.col < header.col):
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
            labels.append(_label_of(own[-1]))
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
            return up if (r in header_rows or up.col == c.col) else None
        if is_blank(up.text):
            r -= 1
            continue
        return None
    return None


def _is_roster(grid, c: Cell, header_rows: set[int]) -> bool:
    """Between the header row and this cell, rows hold only leading row labels and blanks."""
    r = c.row - 1
    while r >= 0 and r not in header_rows:
        seen_blank = False
        for x in _unique(grid[r]):
            if is_blank(x.text):
                seen_blank = True
            elif seen_blank:
                return False
        r -= 1
    return r >= 0


def _roster_rows(grid, c: Cell, blank) -> int:
    n = 0
    r = c.row
    while r < len(grid):
        x = grid[r][c.col]
        if x is None or not blank(x) and not is_placeholder(x.text):
            break
        n += 1
        r += x.rowspan if x.row == r else 1
    return max(n, 1)


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
    if len(opts) < min_options or any(len(_label_of(o)) > 30 for o in opts):
        return None
    widths = [b.width for b in boxes if b.width]
    narrow = (bool(widths) and len(widths) == len(boxes) and all(w <= 36 for w in widths)  # boxes to tick
              or bool(re.search(r"택\s*\d|선택|해당|check|select|tick", row_cells[0].text, re.I))
              or any(b.has_checkbox for b in boxes))
    return (row_cells[0], opts, [row_cells[0], *rest]) if narrow or min_options == 1 else None


def fields_in_cell_text(c: Cell, ctx: _Context, loc: Location, source: str,
                        fallback_label: Optional[Cell] = None) -> list[Field]:
    fb = _label_of(fallback_label) if fallback_label is not None else ""
    out: list[Field] = []
    lines = c.text.split("\n")
    for i, line in enumerate(lines):
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


def native_label(name: str, hint: str, printed: str) -> tuple[str, str]:
    """The label of a native field (click-here field, content control): its name when the name is
    words (Korean click-here fields are named "입찰공고번호"), else the printed caption, else the hint."""
    hint = clean_label(re.sub(r"[{}]{2}", "", hint or ""))
    if name and not is_machine_name(name) and len(name) <= MAX_LABEL and re.search(r"[^\W\d_]", name):
        return clean_label(name), "field-name"
    if printed:
        return printed, "printed"
    if hint:
        return hint, "hint"
    return name or "(unnamed field)", "name"


def _native_fields(c: Cell, ctx: _Context, loc: Location, source: str, fallback: Optional[Cell] = None) -> list[Field]:
    printed = _label_of(fallback) if fallback is not None else ""
    out = []
    for name, hint in c.native:
        label, how = native_label(name, hint, printed if len(c.native) == 1 else "")
        out.append(_field(label, ctx, loc, source + ":native", 0.95, name=name or None, label_source=how,
                          extra_context=(printed,) if printed and printed != label else ()))
    return out


# ---------------------------------------------------------------- the document

def detect_fields(layout: Layout, file: str, source: str) -> list[Field]:
    """All fields in a document's layout, in reading order, with ids ``<file>#<n>``."""
    out: list[Field] = []
    headings: list[tuple[int, str]] = []
    for block in layout.blocks:
        ctx = _Context(file=file, headings=tuple(h for _, h in headings))
        if isinstance(block, Table):
            heading = _table_as_heading(block) or (clean_label(block.cells[-1].text) if _is_banner(block) else "")
            if heading:
                headings = [h for h in headings if h[0] < 2] + [(2, heading)]
                continue
            out += fields_in_table(block, ctx, source)
            continue
        line: Line = block
        if line.heading_level or _SECTION_HEADING.match(line.text) and len(line.text) <= MAX_LABEL \
                and not _BOX_RE.search(line.text) and ":" not in line.text and not _UNDERSCORES.search(line.text):
            level = line.heading_level or 2
            headings = [h for h in headings if h[0] < level] + [(level, clean_label(line.text))]
            continue
        loc = Location(file=file, page=line.page, bbox=line.bbox, paragraph=line.index)
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
    return _number(out, file)


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
    if len(texts) == 1 and _SECTION_HEADING.match(texts[0]) and len(texts[0]) <= MAX_LABEL:
        return clean_label(texts[0])
    return ""


def _number(fields: list[Field], file: str) -> list[Field]:
    return [replace(f, id=f"{file}#{i:03d}") for i, f in enumerate(fields, 1)]
