"""What every field rule shares: the patterns of blanks, placeholders and captions, and how a
detected field is made."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from ..model import Field, Location
from ..text import clean_label, is_machine_name, is_required_label, normalize_label
from .kinds import infer_kind, initials_kind

#: the printed boxes of an option, empty or ticked (a form filled in, formslim's own filled form: "☑ 동의함 ☐ 동의하지 않음")
BOX_CHARS = "□☐◻❏❑▢☑☒▣"
BOX = r"(?:[" + BOX_CHARS + r"]|\[\s*[√✓vV]?\s*\]|\(\s{1,3}\))"
_BOX_RE = re.compile(BOX)
_BOX_OPTION = re.compile(BOX + r"\s*([^" + BOX_CHARS + r"\[\t(]{1,40}?)(?=\s*" + BOX + r"|\t|$|\s{2,}|[,/)]|\s*\(|\s\[[^\[\]]{2,30}\])")
#: "2016. ○○. ○○", "2016.\t.\t.": a dotted date whose month and day are left blank (each run of blanks is
#: read once: linear on long runs of spaces)
_DOT_DATE_BLANK = re.compile(r"(?<![\d.])(?:19|20)(?:\d{2}|[ \t]{1,4})\.(?:[ \t]*(?:(?:○○|OO|00)[ \t]*)?\.){1,2}(?:[ \t]*(?:○○|OO|00))?"
                             r"(?=\s|$)")
# "   년   월   일": from 년 on; what may stand before 년 is checked by date_blank_starts (a pattern
# beginning "(?:^|\s)(?:\d{2,4}|\s*)\s*년" is cubic on a long run of spaces)
_DATE_BLANK = re.compile(r"년\s+(?:\d{1,2}\s*)?월\s+(?:\d{1,2}\s*)?일")


def date_blank_starts(line: str) -> list[int]:
    """Where date blanks (``   년   월   일``, ``2024 년  월  일``) start in ``line``: at the space before
    them (or a year of 2–4 digits after a space), or at the start of the line. Linear in ``line``."""
    starts = []
    for m in _DATE_BLANK.finditer(line):
        j = i = m.start()
        while i and line[i - 1].isspace():
            i -= 1
        k = i
        while k and line[k - 1].isdigit() and i - k < 5:
            k -= 1
        if 2 <= i - k <= 4 and (k == 0 or line[k - 1].isspace()):
            starts.append(max(k - 1, 0))  # a year: the match began at the space before it
        elif i < j:
            starts.append(i)  # the run of spaces before 년
        elif j == 0:
            starts.append(0)
    return starts
_SIGNATURE = re.compile(
    r"\((?:서명\s*또는\s*인|서명\s*또는\s*날인|서명|인|날인|직\s*인|관\s*인|signature|sign)\)|서명\s*또는\s*인|"
    r"\bsignature\b|\bunterschrift\b|\bsigned\b", re.I)
#: a cell or box that holds only the place for a seal: "직인", "관인", "(인)", "(서명 또는 인)" — the signer's mark
#: goes there (Korean official forms print the seal box beside the signer's particulars)
SEAL_ONLY = re.compile(r"\s*(?:\(\s*)?(?:직\s*인|관\s*인|인|날\s*인|서\s*명|서명\s*또는\s*(?:날\s*)?인)(?:\s*\))?\s*")


def seal_only(text: str) -> bool:
    """The text is a seal box's caption alone; a bare "인" or "서명" only in parentheses (bare, they are
    words of a caption: "서명 | ____")."""
    t = (text or "").strip()
    return bool(SEAL_ONLY.fullmatch(t)) and (t.startswith("(") or re.sub(r"\s", "", t) in ("직인", "관인"))


#: a signer's particulars as Korean forms print them beside a signature mark, each syllable perhaps spaced
#: ("직 위", "성 명")
SIGNER_PARTICULARS = ("소속", "직위", "직급", "직책", "계급", "성명", "이름")


def spaced(words) -> str:
    """An alternation of Korean words whose syllables may be printed apart ("성 명")."""
    return "(?:" + "|".join(r"\s*".join(w) for w in words) + ")"


_UNDERSCORES = re.compile(r"_{3,}|…{2,}|\.{5,}")
_TEMPLATE_VAR = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![a-z0-9])|\{\{[^{}]{1,60}\}\}|«[^«»]{1,60}»|"
                           r"\$\{[^{}]{1,80}\}")
_PLACEHOLDER_CHARS = re.compile(r"[O○◯ㅇ0Xx]")
_PLACEHOLDER_REST = re.compile(r"[\sO○◯ㅇ0Xx.,~\-/:()%]|백만원|천원|원|년|월|일|명|개|건|회|기|분기|상반기|하반기|세")
_GUIDANCE = re.compile(r"^\s*(?:※|\*\s|<|\(예시|예\)|e\.g\.|\(e\.g)")
_SECTION_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:-\d{1,2}){0,2}|[IVX]{1,4}|[가-하])[.)]\s*\S")
MAX_LABEL = 60
MAX_HINT = 200  # characters of an instruction printed in an answer space that a field keeps
#: English captions say in ~90 letters what Korean ones say in 60 ("g.) Total time to be devoted to project
#: (in man months per year)"): a caption without Hangul may be this long
MAX_LABEL_LATIN = 90


def label_limit(text: str) -> int:
    """How long a caption may be in this script."""
    return MAX_LABEL if re.search(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u4e00-\u9fff]", text) else MAX_LABEL_LATIN


@dataclass(frozen=True)
class _Context:
    file: str
    headings: tuple[str, ...] = ()
    caption: str = ""  # the paragraph that introduces the table being read ("6. Other participants (…):")
    checklist: str = ""  # the result column of the checklist whose header table came before ("점검결과")
    # the document ticks "[ ]" boxes (it says so: "[ ]에는 해당되는 곳에 √ 표기"), so its "( )" are room to
    # write ("동명( ) 실명( )"), not boxes
    square_boxes: bool = False
    # a checklist's legend, printed once for the document: the marks its result column takes ("양호(○)", "불량(×)",
    # "해당없는 항목(/)") and the case each item mark stands for (("●", "종합점검의 경우에만"))
    result_marks: tuple[str, ...] = ()
    item_marks: tuple[tuple[str, str], ...] = ()


def is_placeholder(text: str) -> bool:
    """Sample values printed in a blank form: ``OOOOO``, ``OO.OO.OO``, ``00백만원``, ``○○○``."""
    first = (text or "").strip().split("\n")[0].strip()
    if len(_PLACEHOLDER_CHARS.findall(first)) < 2:
        return False
    return not _PLACEHOLDER_REST.sub("", first)


#: a line of a list to fill in: a bullet (or "현", the current one) and an empty period "( ～ )"
_PERIOD_ROW = re.compile(r"[\s·•ㆍ∙*\-–현]*\(\s*[～~]\s*\)[\s.]*")
_EXAMPLE_TOKEN = re.compile(r"(?<![A-Za-z])(?:O{2,}|o{3,}(?![a-z])|○{2,}|◯{2,}|0{2,}(?![\d]))")


def is_blank(text: str) -> bool:
    """A cell or segment left for writing: empty, underscores, a placeholder, an example answer full
    of ``OO`` to be overwritten, or only a hint below one."""
    t = _TEMPLATE_VAR.sub(" ", (text or "")).replace("\t", " ").strip()
    if not t or not _UNDERSCORES.sub("", t).strip(" _.:"):
        return True
    if is_placeholder(t):
        return True
    lines = [x for x in t.split("\n") if x.strip()]
    if lines and all(_PERIOD_ROW.fullmatch(x) for x in lines):
        return True  # bullets with an empty period each, to fill in: "· ( ～ )" … "현 ( ～ )"
    first = t.split("\n")[0]
    # "OO기술이 적용된 OO기능의 …" is an example answer; "생년월일(0000-00-00형식)" is a caption whose
    # format hint sits in parentheses
    outside = re.sub(r"\([^()]*\)", " ", first)
    return len(_EXAMPLE_TOKEN.findall(outside)) >= 2 and len(first) <= 80


#: a box numbered and nothing else: "1.", "(a)", "b)", "2)"
ENUMERATOR_ONLY = re.compile(r"\s*(?:\(?[a-zA-Z0-9]{1,2}[.)]{1,2}|\([a-zA-Z0-9]{1,2}\)|[①-⑳])\s*")

#: the end of a sentence, not of an abbreviation ("Amount in lakh Rs.", "Social Security No.", "etc.")
_SENTENCE_END = re.compile(r"(?:니다|습니다|합니다|함|음|오)\s*[.)]?$|"
                           r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\betc)(?<!\bno)[.!]$")
_POLITE_END = re.compile(r"(?:니다|니까)\s*[.?]?$")
#: a Korean sentence in the plain style, however short: "제공해야 한다." (a specification's clause wrapped onto a line
#: of its own is no caption — review 47 #2)
_PLAIN_END = re.compile(r"[가-힣]다\.\s*$|(?:어야|아야|해야|하여야)\s*(?:한다|함)\.?\s*$")


#: the printed reference of a form to its legal basis ("상훈법 시행령 [별지 제1호서식] <개정 2015.12.31.>"):
#: a header, never a caption
_FORM_REFERENCE = re.compile(r"\[\s*(?:별지|별표)\s*제?\s*\d+\s*호|<\s*개정\s*\d{4}|\[\s*별지\s*서식")


def _is_label_text(text: str) -> bool:
    t = clean_label(text.replace("\t", " "))
    if not t or len(t) > label_limit(t) or _GUIDANCE.match(text or "") or _FORM_REFERENCE.search(t) \
            or _UNDERSCORES.search(t):  # room to write is not a caption
        return False
    if _SENTENCE_END.search(t) and len(t) > 12 or _POLITE_END.search(t) or _PLAIN_END.search(t) \
            or _PLAIN_END.search((text or "").replace("\t", " ")):
        return False  # a sentence of instructions, not a caption
    return bool(re.search(r"[^\W\d_]", t))


def _field(label: str, ctx: _Context, loc: Location, source: str, confidence: float, *,
           kind: Optional[str] = None, options: Iterable[str] = (), extra_context: Iterable[str] = (),
           repeats: int = 1, name: Optional[str] = None, label_source: str = "printed",
           default_kind: str = "text", raw: str = "", hint: str = "") -> Field:
    shown = clean_label(label.replace("\t", " ").replace("\n", " "))
    opts = tuple(clean_label(o) for o in options if clean_label(o))
    if kind is None:
        kind = ("radio" if len(opts) > 1 else "checkbox") if opts else initials_kind(shown, infer_kind(shown, default_kind))
    context = tuple(c for c in (*ctx.headings, *extra_context) if c and c != shown)
    return Field(
        id="", label=shown, normalized_label=normalize_label(shown), kind=kind, location=loc,
        source=source, confidence=round(confidence, 2), name=name, options=opts,
        required=True if is_required_label(raw or label) else None, context=context, repeats=repeats,
        label_source=label_source, hint=re.sub(r"\s+", " ", hint).strip()[:MAX_HINT],
    )


def native_label(name: str, hint: str, printed: str) -> tuple[str, str]:
    """The label of a native field (click-here field, content control): its name when the name is
    words (Korean click-here fields are named "입찰공고번호"), else the printed caption, else the hint."""
    hint = clean_label(re.sub(r"[{}]{2}", "", hint or ""))
    if name and not is_machine_name(name, name) and len(name) <= MAX_LABEL and re.search(r"[^\W\d_]", name):
        return clean_label(name), "field-name"
    if printed:
        return printed, "printed"
    if hint:
        return hint, "hint"
    return name or "(unnamed field)", "name"
