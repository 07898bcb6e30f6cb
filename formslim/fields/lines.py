"""Line rules: fields inside one line of text — ``label: ____``, ``label:`` followed by a blank,
check-box groups (``☐ 예 ☐ 아니오``, ``[ ] 동의함``), date blanks (``년 월 일``), signature marks
(``(서명 또는 인)``, ``Signature``), captions each followed by room to write."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..model import Field, Location
from ..text import clean_label, normalize_label
from .common import (BOX, BOX_CHARS, _BOX_OPTION, _BOX_RE, _DATE_BLANK, _DOT_DATE_BLANK, _GUIDANCE, _SIGNATURE, _TEMPLATE_VAR,
                     _UNDERSCORES, SIGNER_PARTICULARS, date_blank_starts, spaced,
                     MAX_LABEL, _Context, _field, _is_label_text)

#: a name caption before a Korean signature mark ("성 명", "대표자 성명", "확인자 이름")
_NAME_CAPTION = re.compile(r"[가-힣() ]{0,12}(?:성\s*명|이\s*름)\s*[:：]?")



def _mark(printed: str) -> str:
    """The signature mark as printed ("(서명 또는 인)", "(인)"), bracketed; "(서명)" where it is a bare word."""
    mark = clean_label(printed)
    return mark if mark.startswith("(") else "(서명)"

#: the particle after a box the text speaks of ("[ ]에는 √ 표를 하고", "□란에 표시"), not one it offers
_MENTIONED_BOX = re.compile(r"\s?(?:에는|에서|에|은|는|을|를|란에?|칸에?)(?=[\s,.]|$)")


_LISTED_CHOICE = re.compile(r"\s*(?:[◦○●•·ㆍ∙-]\s*)?([^:：\t]{1,15}?)\s*[:：]\s*"
                            r"((?:[가-힣]{1,3}|[A-Za-z]{1,10})(?:\s*[,/·ㆍ]\s*(?:[가-힣]{1,3}|[A-Za-z]{1,10})){1,3})\s*")


def _listed_choice(line: str) -> Optional[tuple[str, tuple[str, ...]]]:
    """A caption, a colon, and two to four one-word options and nothing else ("◦ 성별 : 남, 여",
    "Sex: M / F"): the caption and the options; None otherwise — a value written in (one word), or a
    numbered clause stating facts ("5.2.2 교육장소 : 소요부대, 포항, 제주")."""
    m = _LISTED_CHOICE.fullmatch(line.replace("\t", " ").rstrip())
    if not m:
        return None
    label = clean_label(m.group(1))
    options = tuple(o.strip() for o in re.split(r"[,/·ㆍ]", m.group(2)))
    if not _is_label_text(label) or len(set(options)) != len(options) or re.match(r"\d+(?:\.\d+)+", label):
        return None
    return label, options


def trailing_choice(line: str) -> Optional[tuple[str, list[str]]]:
    """Boxes printed after their options ("작동점검[ ]", "종합점검(최초점검[ ] 그 밖의 점검[ ])"): every box
    follows a word with no space and is followed by a space, a bracket or the end of the line. The caption the
    options sit in brackets under ("종합점검") and the options, each back to the box before it, an opening
    bracket, a tab or — for the first, from the start of the line — its own word; None for any other line."""
    boxes = [b for b in _BOX_RE.finditer(line) if b.group(0).startswith("[")]
    if not boxes or len(boxes) != len(_BOX_RE.findall(line)):
        return None
    for b in boxes:
        before, after = line[b.start() - 1: b.start()], line[b.end(): b.end() + 1]
        if not re.match(r"[^\s\[\](]", before) or after and not re.match(r"[\s)\]]", after):
            return None
    caption, options, start = "", [], 0
    for i, b in enumerate(boxes):
        seg = line[start: b.start()]
        cut = max(seg.rfind("("), seg.rfind("\t"))
        if cut >= 0:
            if i == 0 and seg[cut] == "(":
                caption = clean_label(seg[:cut].split("\t")[-1])
            seg = seg[cut + 1:]
        elif i == 0 and re.search(r"[:：]", seg):
            caption, seg = (clean_label(x) for x in re.split(r"[:：]", seg, maxsplit=1))  # "성별: 남[ ] 여[ ]"
        elif i == 0:
            seg = seg.split()[-1]  # "소방시설등 작동점검[ ]": the title's word before it is no option
        option = clean_label(seg.strip(" )"))
        if not option or not _is_label_text(option):
            return None
        options.append(option)
        start = b.end()
    return caption, options


#: a count asked in parentheses, its caption and a colon, room to write, then its unit: "( 총 점검일수:\t일 )"
_PAREN_COUNT = re.compile(r"\(\s*([가-힣][가-힣 ]{1,15}?)\s*[:：]\s*\t\s*(일|개월|년|명|개|회|시간|건|동|층)\s*\)")


def fields_in_line(text: str, ctx: _Context, loc: Location, source: str,
                   fallback_label: str = "") -> list[Field]:
    """Fields inside one line of text (a paragraph, a line on a page, a line in a cell)."""
    out: list[Field] = []
    # template variables (FLAT_OWNER, {{name}}, «Name») stand where the answer goes
    line = _TEMPLATE_VAR.sub("\t", text.strip("\n"))
    # "전자우편 주소\t@": an e-mail address's two halves either side of a printed "@" are one blank (review 48 #8)
    line = re.sub(r"(?<=\S)([ \t]*\t[ \t]*)@[ \t]*(?=\t|$)", "\t", line)
    if not line.strip():
        return out
    # "< □ 개인정보 제공에 동의합니다. / □ 개인정보 제공에 동의하지 않습니다. >": a line of boxes set off in angle
    # brackets is a choice, not the guidance a line opening with "<" is ("< 유의 사항 >")
    boxed = re.fullmatch(r"\s*<\s*(.*" + BOX + r".*?)\s*>\s*", line)
    if boxed and _BOX_RE.match(boxed.group(1)):
        line = boxed.group(1)
    line, units = _paren_blanks(line, ctx.square_boxes)
    if units:
        # "동명( ) [ ]지상/[ ]지하 ( )층", "수조용량: ( )ℓ": room to write in parentheses, said as blanks
        out = fields_in_line(line, ctx, loc, source, fallback_label)
        return [replace(f, kind="number", context=f.context + (f"({units[f.label]})",))
                if units.get(f.label) and f.kind in ("text", "amount", "number") else f for f in out]
    plain = line.replace("\t", " ")
    # check-box groups: "☐ 예 ☐ 아니오", "[ ] 동의함 [ ] 동의하지 않음"
    boxes = list(_BOX_RE.finditer(line)) if not _GUIDANCE.match(line) else []
    # "[ ]에는 해당 시설에 √ 표를 하고": a box a note speaks of, followed by its particle, is no box to tick
    boxes = [b for b in boxes if not _MENTIONED_BOX.match(line, b.end())]
    if len(boxes) == 1 and boxes[0].start() == len(line) - len(line.lstrip()) and boxes[0].group(0) in "□■":
        boxes = []  # "□ 일반현황": a section bullet in Korean documents, not a box to tick
    rest = line[boxes[-1].end():] if boxes else ""
    trailing = trailing_choice(line) if boxes and ":" not in rest and "：" not in rest \
        and not rest.rstrip(" ").endswith("\t") else None
    if trailing:
        # "예[ ] 아니오[ ]", "종합점검(최초점검[ ] 그 밖의 점검[ ])": boxes printed after their options
        caption, opts = trailing
        if len(opts) == 1:
            return [_field(opts[0], ctx, loc, source + ":checkbox", 0.75, kind="checkbox",
                           extra_context=(caption,) if caption else ())]
        return [_field(caption or fallback_label or " / ".join(opts), ctx, loc, source + ":checkbox-group", 0.8,
                       options=tuple(opts))]
    if boxes:
        lead = clean_label(line[: boxes[0].start()].replace("\t", " "))
        counted = _counted_boxes(line, boxes)
        if counted:
            # "[ ]학원( 개소) [ ]독서실( 개소)", "승강기 [ ]승용( 대), [ ]비상용( 대)": each box heads a datum
            # of its own — ticked, and how many
            where = (lead,) if _is_label_text(lead) else ((fallback_label,) if fallback_label else ())
            for option, unit in counted:
                out.append(_field(option, ctx, loc, source + ":checkbox", 0.8, kind="checkbox", extra_context=where))
                if unit:
                    out.append(_field(option, ctx, loc, source + ":count-blank", 0.75, kind="number",
                                      extra_context=(*where, f"({unit})")))
            return out
        groups = _captioned_groups(line, len(boxes))
        if groups:
            # "작동점검 ([ ]실시 [ ]미실시), 종합점검 ([ ]실시 [ ]미실시)": one question per caption
            return [_field(cap, ctx, loc, source + ":checkbox-group", 0.85, options=opts) for cap, opts in groups]
        options = [m.group(1).strip() for m in _BOX_OPTION.finditer(line)]
        options = [o for o in options if o and not _BOX_RE.fullmatch(o)]
        # "동명:\t [ ]지상/[ ]지하": the words before the boxes caption a blank of their own, not the choice
        before = "" if line[: boxes[0].start()].rstrip(" ").endswith("\t") else \
            clean_label(line[: boxes[0].start()].replace("\t", " "))
        question = before.endswith("?") and len(before) <= 200
        label = before if _is_label_text(before) or question else fallback_label
        runs = _box_runs(line, boxes)
        if len(runs) >= 2:
            # "[ ]전체층/[ ] 일부층 [ ] 지상/[ ]지하( )층": options joined by "/" are one choice, each run its own;
            # "[ ]전층경보 [ ]우선 경보 , 시각경보기 [ ] 유 [ ] 무": a comma and a caption start the next
            # — in the order printed, with the blanks between them ("동명:", "층:")
            placed = []
            for k, (caption, opts, first) in enumerate(runs):
                name = label if k == 0 and label else caption if caption and _is_label_text(caption) else " / ".join(opts)
                placed.append((boxes[first].start(), _field(name, ctx, loc, source + ":checkbox-group", 0.85,
                                                            options=tuple(opts))))
            return out + _in_printed_order(line, placed, _fields_after_boxes(line, ctx, loc, source, ()))
        if len(options) >= 2:
            after_blank = not before and bool(line[: boxes[0].start()].strip())
            if after_blank:
                # "동명:\t [ ]지상/[ ]지하 층:\t": the boxes follow a blank of their own; the row's caption
                # ("수원") is their context, their options say what they ask — in the order printed
                choice = _field(" / ".join(options), ctx, loc, source + ":checkbox-group", 0.85, options=options,
                                extra_context=(fallback_label,) if fallback_label else ())
                return out + _in_printed_order(line, [(boxes[0].start(), choice)],
                                               _fields_after_boxes(line, ctx, loc, source, ()))
            out.append(_field(label or " / ".join(options), ctx, loc, source + ":checkbox-group", 0.85,
                              options=options))
            return out + _fields_after_boxes(line, ctx, loc, source, ())
        if len(options) == 1:
            out.append(_field(options[0], ctx, loc, source + ":checkbox", 0.8, kind="checkbox",
                              extra_context=(label,) if label and label != options[0] else ()))
            return out + _fields_after_boxes(line, ctx, loc, source, (clean_label(options[0]),))
    # "서약자 ○○○○회사(사업자등록번호\t)\t대표 ○○○ (인)": in a signature line, ○○○ marks where the signer's
    # particulars go; a caption in parentheses with room inside it is a particular too
    if "○○" in line and _SIGNATURE.search(plain):
        # (not an office's name before its head's title: "○○세무서장 (직인)" is the issuing office's seal)
        line = re.sub(r"○{2,}([가-힣]{0,4})", lambda m: m.group(0) if m.group(1).endswith("장") else "\t", line)
        line = re.sub(r"\(\s*([가-힣]{2,12})\s*\t\s*\)", r"\t\1 :\t", line)
        line = re.sub(r"(?<=[가-힣])\s*\t", " :\t", line)
        plain = line.replace("\t", " ")
    # "24) 기 관 명:\t직\t인": the seal's place printed letter-spaced at the end of the line
    spaced = re.search(r"(?<=[\t ])([직관])[\t ]+인\s*$", line)
    if spaced:
        line = line[: spaced.start()] + f"({spaced.group(1)}인)"
        plain = line.replace("\t", " ")
    # signature marks
    sig = _SIGNATURE.search(plain)
    ruled = _RULES_THEN_CAPTIONS.match(plain[: sig.start()]) if sig else None
    if ruled:
        # "_______ _______ Datum Unterschrift des Wohnungsgebers …": rules to write on, their captions
        # printed under them (after them in the text): the date, then the signature
        lead = clean_label(ruled.group(1))
        if _is_label_text(lead):
            out.append(_field(lead, ctx, loc, source + ":underscore", 0.7))
        own = clean_label(re.split(r"[;；\t]|\s{2,}(?=[a-z])", plain[sig.start():])[0])
        out.append(_field(own if _is_label_text(own) else sig.group(0), ctx, loc, source + ":signature", 0.8,
                          kind="signature"))
        return out
    if sig:
        before = clean_label(plain[: sig.start()])
        before = re.sub(r"^.*?(?:년\s*월\s*일|\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.?)\s*", "", before)
        label = before if _is_label_text(before) else (fallback_label or "서명" if re.search("[가-힣]", plain) else "Signature")
        head_raw = line[: line.replace("\t", " ").find(sig.group(0))] if sig.group(0) in plain else ""
        blanks = _signature_line_blanks(head_raw)
        name = _NAME_CAPTION.fullmatch(before or "")
        if blanks:
            # "확인자 소속 :\t직급 :\t성명 :\t(인)", "작성자\t포상담당\t(직급)\t(성명)\t(서명)": the signer's
            # particulars are answers of their own; the captions before them name the signer
            who = blanks[0]
            if not who and len(blanks[1]) == 1 and _PARTY_LIST.search(blanks[1][0]):
                # "소방시설관리업자ㆍ소방안전관리자ㆍ관계인:\t(서명 또는 인)": the caption lists who may sign here
                # (whoever files): it names the signer as well as the name written before the mark
                who = blanks[1][0]
            for lab in blanks[1]:
                out.append(_field(lab, ctx, loc, source + ":signature-particular", 0.75, kind="text",
                                  extra_context=(who,) if who else ()))
            label = f"{who} {sig.group(0)}".strip() if who else sig.group(0)
            out.append(_field(label, ctx, loc, source + ":signature", 0.8, kind="signature"))
            return out
        if name:
            # "성 명 : (서명)": the signer writes the name, then signs — two answers
            out.append(_field(before, ctx, loc, source + ":signature-name", 0.8, kind="text"))
            label = f"{before} {_mark(sig.group(0))}"
        else:
            label = label if _SIGNATURE.search(label) else f"{label} {_mark(sig.group(0))}" if re.search("[가-힣]", label) \
                else f"{label} signature"
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
    # date blanks: "   년   월   일" (found from 년, linear), "2016.  .  ."
    starts = [(i, _DATE_BLANK.search(line, i)) for i in date_blank_starts(line)]
    for start, m in (*starts, *((d.start(), d) for d in _DOT_DATE_BLANK.finditer(line))):
        before = re.split(r"[\t,:：]", line[:start].rstrip(" \t:："))[-1]
        before = clean_label(before)
        if _is_label_text(before) and not _SIGNATURE.search(before):
            label = before
        elif fallback_label:
            label = fallback_label
        else:  # no caption: say what it is, and show the blank as printed
            printed = re.sub(r"[ \t]+", " ", line[start:m.end()] if m else "").strip()
            label = f"작성일 ({printed})"
        if not out:
            # "성명: , 전화번호: , 최근 교육이수일: 년 월 일": the blanks before the date's caption are answers too
            out += [_field(lab, ctx, loc, source + ":colon-blank", conf)
                    for lab, conf in colon_blanks(line[:start]) if clean_label(lab) != label]
        out.append(_field(label, ctx, loc, source + ":date-blank", 0.8, kind="date"))
        if m and re.match(r"\s*[~∼～]\s*", line[m.end():]):
            # "가입기간: 년 월 일 ~ 년 월 일": a period, its start and its end
            rest = m.end() + re.match(r"\s*[~∼～]\s*", line[m.end():]).end()
            if _DATE_BLANK.match(line, rest) or _DOT_DATE_BLANK.match(line, rest):
                out.append(_field(label, ctx, loc, source + ":date-blank", 0.8, kind="date",
                                  extra_context=("~ (end)",)))
        break
    if out:
        # "점검기간 … ~ 년 월 일 ( 총 점검일수:\t일 )": a count asked in parentheses after the dates, in its unit
        out += [_field(m.group(1).strip(), ctx, loc, source + ":unit-blank", 0.7, kind="number",
                       extra_context=(f"({m.group(2)})",)) for m in _PAREN_COUNT.finditer(line)]
        return out
    listed = _listed_choice(line)
    if listed:
        # "◦ 성별 : 남, 여": the options printed after the caption, to circle or strike out — one choice
        return [_field(listed[0], ctx, loc, source + ":listed-choice", 0.7, kind="choice", options=listed[1])]
    # "label: ____" and "label:" followed by a blank
    out += [_field(label, ctx, loc, source + ":colon-blank", conf) for label, conf in colon_blanks(line)]
    # "가입금액: 대인( 천만원) 대물( 천만원)": room for an amount in a printed unit
    out += [_field(label, ctx, loc, source + ":unit-blank", 0.7, kind="number", extra_context=(f"({unit})",))
            for label, unit in caption_unit_blanks(line)]
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




def _in_printed_order(line: str, placed: list[tuple[int, Field]], blanks: list[Field]) -> list[Field]:
    """Choices placed at their first box, and the colon blanks of the line ("동명:", "층:") at their
    captions, in the order the line prints them."""
    cursor = 0
    for f in blanks:
        at = line.find(f"{f.label}:", cursor)
        at = at if at >= 0 else len(line)
        cursor = at + 1
        placed.append((at, f))
    return [f for _, f in sorted(placed, key=lambda t: t[0])]


def _box_runs(line: str, boxes: list) -> list[tuple[str, list[str], int]]:
    """The choices a line of boxes holds when it holds more than one: runs of options joined by "/" (where
    the line joins any so), else runs a comma and a caption set apart — each (caption or "", options, its
    first box), every run of two options or more; [] when the line is one choice."""
    segs = [line[b.end(): boxes[i + 1].start() if i + 1 < len(boxes) else len(line)] for i, b in enumerate(boxes)]
    joined = [seg.rstrip().endswith("/") for seg in segs[:-1]]
    runs: list[tuple[str, list[int]]] = [("", [0])]
    for i in range(1, len(boxes)):
        prev = segs[i - 1]
        if any(joined):
            new, caption = not joined[i - 1], ""
        else:
            new = "," in prev
            caption = clean_label(prev.rsplit(",", 1)[1].replace("\t", " ")) if new else ""
        if new:
            runs.append((caption, [i]))
        else:
            runs[-1][1].append(i)
    # an option up to the next separator, without the caption of a blank after it ("지하 층:" → "지하")
    options = [clean_label(re.sub(r"\s*[^\s/,:：]{1,40}[:：]\s*$", "", re.split(r"[/,\t(]", seg)[0])) for seg in segs]
    out = [(caption, [options[i] for i in idx], idx[0]) for caption, idx in runs]
    if len(out) < 2 or any(len(opts) < 2 or not all(opts) for _, opts, _ in out):
        return []
    return out


#: a unit in parentheses behind room to write: "( 개소)", "( 대)", "(  천만원)"
_UNIT = r"[가-힣A-Za-z㎡%]{1,4}"
#: what follows one box up to the next: its option, maybe a note ("(또는 피난계단)"), maybe a count blank
_BOX_TAIL = re.compile(r"\s*([^()\t,/]{1,30}?)\s*(\((?!\s)[^()]{1,20}\))?\s*(?:\(\s+(" + _UNIT + r")\s*\))?\s*[,/]?\s*$")
#: a caption with its own boxes in parentheses: "작동점검 ([ ]실시 [ ]미실시)"
# (the body is matched flat — text or "( )" — and its boxes counted after: nested repeats backtrack
# exponentially on a hostile line)
_CAPTIONED_GROUP = re.compile(r"([^\[\]" + BOX_CHARS + r"(),\t/]{1,30}?)\s*\(((?:[^()]|\(\s{1,3}\)){1,200})\)")
#: a caption and room for an amount in its unit, no box: "대인( 천만원)", "경사로 ( 개소)"
_CAPTION_UNIT = re.compile(r"([가-힣A-Za-z][가-힣A-Za-z ]{0,14}?)\s*\(\s{1,8}(" + _UNIT + r")\s*\)")


#: units printed behind room to write: "( )㎥", "( )층", "( )MPa"
_BLANK_UNIT = (r"(?:㎥/min|ℓ/min|l/min|㎥|m3|㎡|m2|ℓ|MPa|kPa|[Kk][Ww]|mm|cm|m|kg|층|개소|개동|개|대|명|%|천만원|백만원|만원|천원|원"
               r"|℃|시간|분|회|건|세)")
#: "( )" — a pair of parentheses with room to write, as the box of a choice or as a blank
_EMPTY_PARENS = re.compile(r"\(\s{1,3}\)")
MAX_PAREN_BLANKS = 64  # "( )" blanks one printed line holds, at most
_PAREN_CAPTION = re.compile(r"([가-힣A-Za-z][가-힣A-Za-z ]{0,20}?)\s*([:：]?)\s*$")


def _paren_blanks(line: str, square_boxes: bool = False) -> tuple[str, dict[str, str]]:
    """The line with its parenthesised blanks written as colon blanks, and the unit of each: a "( )" with
    a unit behind it ("유효수량: ( )㎥", "[ ]지하 ( )층"), after a colon ("수조가압압력:( )MPa"), or after a
    caption on a line whose boxes are "[ ]" ("동명( ) [ ]지상/[ ]지하"). A "( )" before an option ("( ) 예")
    stays a box."""
    if not _EMPTY_PARENS.search(line) or len(_EMPTY_PARENS.findall(line)) > MAX_PAREN_BLANKS:
        return line, {}  # (a line of thousands of "( )" is no form line: read as printed, in linear time)
    square = square_boxes or bool(re.search(r"\[\s*\]", line))
    units: dict[str, str] = {}
    out, pos = [], 0
    for m in _EMPTY_PARENS.finditer(line):
        unit = re.match(r"\s*(" + _BLANK_UNIT + r")(?![가-힣A-Za-z])", line[m.end():])
        head = line[pos:m.start()]
        seps = [x.end() for x in re.finditer(r"[,;◦·ㆍ\t]|" + BOX, head)]
        base = seps[-1] if seps else 0
        cap = _PAREN_CAPTION.search(head[base:])
        caption = clean_label(cap.group(1)) if cap and _is_label_text(clean_label(cap.group(1))) else ""
        after_box = bool(re.search(BOX + r"\s*[^\s,/]*\s*$", head))
        if after_box and not unit:
            continue  # "[ ]불연성가스( )": what the ticked option is — left to the box rules
        if not (unit or (cap and cap.group(2)) or (square and caption)):
            continue  # "( ) 예": a box
        if after_box or not caption:
            caption = unit.group(1) if unit else ""
            if not caption:
                continue
            out.append(line[pos:m.start()] + f" {caption}:\t")
        else:
            out.append(head[:base + cap.start()] + f"{caption}:\t")
        pos = m.end() + (unit.end() if unit else 0)
        if unit:
            units[caption] = unit.group(1)
    if not out:
        return line, {}
    return "".join(out) + line[pos:], units


def _counted_boxes(line: str, boxes: list) -> list[tuple[str, str]]:
    """(option, unit) for each box of a line where at least one box is followed by a count blank ("[ ]학원(
    개소)"); [] for a plain choice."""
    out = []
    for i, b in enumerate(boxes):
        tail = line[b.end(): boxes[i + 1].start() if i + 1 < len(boxes) else len(line)]
        m = _BOX_TAIL.match(tail)
        if not m:
            m = re.match(r"\s*([^()\t,/]{1,30})\s*(\((?!\s)[^()]{1,20}\))?\s*(?:\(\s+(" + _UNIT + r")\s*\))?", tail)
        option = clean_label((m.group(1) or "") + (m.group(2) or "")) if m else ""
        if not option:
            return []
        out.append((option, m.group(3) or ""))
    return out if any(unit for _, unit in out) else []


def _captioned_groups(line: str, n_boxes: int) -> list[tuple[str, list[str]]]:
    """(caption, options) for a line of captioned box groups, each caption outside any box ("작동점검
    ([ ]실시 [ ]미실시), 종합점검 ([ ]실시 [ ]미실시)"); [] when a box stands outside them or a caption is
    itself an option ("[ ]작성 ([ ]보관 [ ]미보관), [ ]미작성": one choice)."""
    out, covered = [], 0
    for m in _CAPTIONED_GROUP.finditer(line):
        if len(_BOX_RE.findall(m.group(2))) < 2 or not _BOX_RE.match(m.group(2).lstrip()):
            continue  # "(또는 피난계단)": a note, not a group of boxes
        cap = clean_label(m.group(1))
        if not _is_label_text(cap) or _BOX_RE.search(line[max(0, m.start(1) - 4): m.start(1) + 1]):
            return []
        opts = [o.group(1).strip() for o in _BOX_OPTION.finditer(m.group(2)) if o.group(1).strip()]
        covered += len(_BOX_RE.findall(m.group(2)))
        out.append((cap, opts))
    return out if out and covered == n_boxes else []


def caption_unit_blanks(line: str) -> list[tuple[str, str]]:
    """(caption, unit) for room to write an amount in a printed unit: "가입금액: 대인( 천만원) 대물( 천만원)"."""
    return [(clean_label(m.group(1)), m.group(2)) for m in _CAPTION_UNIT.finditer(line)
            if _is_label_text(clean_label(m.group(1)))]


#: room to write after a colon, maybe behind a hint in parentheses ("Zusatzangaben: (z. B. Stockwerk) ___")
_AFTER_COLON_BLANK = re.compile(r"[ ]*(?:\([^()\n]{1,60}\)[ ]*)?(?:\t|_{3,}|$|\)|,)")
#: two or more rules first, then what they are for: "_______ _______ Datum "
_RULES_THEN_CAPTIONS = re.compile(r"\s*(?:_{3,}\s*){2,}(\S[^_]{0,40}?)\s*$")
_LABEL_STOP = re.compile(r"[\t,;:：_]")


#: a signer's particulars as Korean forms print them in a signature line
_PARTICULAR = re.compile(spaced((*SIGNER_PARTICULARS, "부서")) + r"\s*[:：]?")
_HINT_BLANK = re.compile(r"\(\s*([가-힣]{1,6}(?:\s*[·ㆍ‧/]\s*[가-힣]{1,6})?)\s*\)")


#: parties listed as alternatives: "소방시설관리업자ㆍ소방안전관리자ㆍ관계인", "신청인·대리인"
_PARTY_LIST = re.compile(r"^[가-힣]{2,12}(?:\s*[ㆍᆞ·‧/]\s*[가-힣]{2,12})+$")


def _signature_line_blanks(head: str) -> tuple[str, list[str]] | None:
    """A signature line's particulars: ("who signs", [answers]) when the text before the mark holds
    captions with blanks ("소속 :\t직급 :") or hints in parentheses standing alone between blanks
    ("\t(직급)\t(성명)\t"); None when it is a plain caption ("신청인 (서명)")."""
    if "\t" not in head:
        return None
    # "확인자\t총무‧인사과장(팀장)  (직급)\t(성명)": a hint in parentheses after a wide gap is a blank of its own
    pieces = [p.strip() for p in re.split(r"\t|\s{2,}(?=\()", head) if p.strip()]
    answers, captions = [], []
    for p in pieces:
        hint = _HINT_BLANK.fullmatch(p)
        if hint:
            answers.append(hint.group(0))
        elif len(pieces) >= 2 and _PARTICULAR.fullmatch(p):
            # "추천관\t직위\t성명\t(관인)": the signer's particulars printed as bare captions between blanks
            answers.append(clean_label(p))
        elif re.search(r"[:：]\s*$", p) and _is_label_text(p.rstrip(":： ")):
            answers.append(clean_label(p.rstrip(":： ")))
        elif not answers:
            captions.append(p)
        else:
            return None
    if not answers:
        return None
    return clean_label(" ".join(captions[:1])), answers


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
    out = []
    for label, _ in colon_blanks(line):
        if _BOX_RE.search(label):
            # "[ ]소유자, [ ]점유자 / 성명: ", "[ ]지상/[ ]지하 층: ": the caption after the last option
            label = re.split(BOX + r"\s*[^\s/,]*", label)[-1].strip(" /")
            if _BOX_RE.search(label) or not _is_label_text(label):
                continue
        out.append(_field(label, ctx, loc, source + ":colon-blank", 0.7, extra_context=subject))
    return out
