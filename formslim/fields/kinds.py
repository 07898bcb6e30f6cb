"""What kind of answer a label asks for, from its wording (Korean and English)."""
from __future__ import annotations

import re

_RULES: tuple[tuple[str, re.Pattern], ...] = (
    ("date", re.compile(
        r"일자|연월일|년월일|생년월일|날짜|기간|시기|일시|개업일|설립일|\bdate\b|\bdob\b|(?<!place of )(?<!country of )(?<!city of )(?<!state of )(?<!town of )(?<!province of )birth(?!\s*(?:place|country|city|state|town|province))|"
        r"(?<!메)(?<=[가-힣])일(?:\s*\(|\s*$)|\bdatum\b|\bfrom\b(?!\s+(?:line|form|schedule|box)\b)[^.;]{0,40}?\bto\b|mm/dd|yyyy", re.I)),
    ("signature", re.compile(r"서명|날인|\(인\)|signature|signed|unterschrift", re.I)),
    ("text", re.compile(
        r"번호|성명|이름|명칭|상호|주소|소재지|전화|연락처|팩스|이메일|전자우편|\bno\b\.?|\bnumbers?\b(?!\s+(?:of|on|in|from)\b)|"
        r"security\s+number|identification\s+number|"
        r"\bid\b|identification|\btin\b|\bssn\b|\bein\b|zip|phone|telephone|fax|e-?mail|address|name", re.I)),
    ("amount", re.compile(
        r"금액|사업비|지원금|부담금|자부담|합계|총액|소계|예산|매출|자본금|비용|가격|단가|원\)|\(원|천원|백만원|보증금|대출|부채|자산|소득|수입|"
        r"amount|\$|income|salary|wages|revenue|sales|price|cost|loan|debt|assets|liabilit|payment|"
        r"balance|fee|dollars|taxes|payable|receivable|assets|cash|savings|mortgage|account\b|accounts\b|withheld|tips|compensation|benefits|contribution|deduction|credit|refund|owed|premium|expenses|profit|loss\b|net worth", re.I)),
    ("number", re.compile(
        r"인원|근로자\s*수|직원\s*수|종업원|상시|수량|개수|횟수|면적|number of|employees|\bcount\b|how many|"
        r"quantity|percent|%|age\b|years|\bratios?\b", re.I)),
    ("free_text", re.compile(
        r"개요|내용|계획|사유|설명|의견|소개|전략|현황|실적|describe|description|explain|details|purpose|"
        r"comments|remarks|narrative|history", re.I)),
)


#: initials are a signature mark, no datum: "Initials for 9. Has the Applicant …" (SBA 1244 Section Two; the
#: fillable 912 prints "nitials for 9"), "Initial here to confirm your response", "1. Initial" — not "Middle
#: initial", nor "Initial application" (a first one)
_INITIALS = re.compile(r"^\s*(?:\d+[.)]?\s*)?(?:i?nitials\b|initial(?:\s+(?:here|for|below)\b|\s*$))", re.I)


def initials_kind(label: str, kind: str) -> str:
    """``kind``, or "signature" for a text box whose label asks the filler's initials. Applied once a reader has
    settled a box's label (a PDF's tooltip may be corrected by the box's printed position first)."""
    return "signature" if kind == "text" and _INITIALS.search(label or "") else kind


#: a period that only qualifies the datum: "협약기간 내 산출물 목표" asks for a goal, not a date
_WITHIN_PERIOD = re.compile(r"(?<!\S)\S{0,40}?(?:기간|시기|연도|년도)\s*(?:내|이내|중|동안)\s+(?=\S)")


#: an English label's head noun before "of": "Purpose of the loan" asks a purpose, not an amount; "Number of
#: employees" a number ("please specify the …" and other instructions before it aside)
_HEAD_OF = re.compile(r"^(?:please\s+)?(?:specify|enter|provide|state|give|list|indicate|describe)?\s*(?:the\s+)?"
                      r"((?:\w+\s+){0,3}?\w+\s+of)\s", re.I)


#: a reference date that only qualifies the datum: "… overall portfolio job ratio as of the date of its last Annual
#: Report" asks a ratio (SBA 1244 item 11); "Information current as of (date)" — nothing before it says — a date
_AS_OF = re.compile(r"\bas\s+(?:of|at)\b", re.I)


def _kind_of(text: str) -> str:
    for kind, pattern in _RULES:
        if pattern.search(text):
            return kind
    return ""


#: a label that prints arithmetic on other lines or on a figure asks for its result, an amount: "6 Add Lines 3, 4
#: and 5", "19 Exemption amount. Multiply $1,675 by number on line 18" (not an identification number), "16
#: Combine lines 7 and 15 and enter the result", "23 .00 X .32 Enter result", "8 Total additions Add entries on Lines 1– 7"
_ARITHMETIC = re.compile(r"\b(?:add|subtract|multiply|divide|combine)\s+(?:the\s+)?(?:sum\s+of\s+|(?:amounts?|entries)\s+(?:on|in|from)\s+)?"
                         r"(?:lines?\s+\d|\$\s?\d)|\benter\s+(?:the\s+)?result\b", re.I)


def infer_kind(label: str, default: str = "text") -> str:
    """The kind of a text answer from its label; ``default`` when nothing in the label says. An English label
    "X of Y" is what its head X asks where X says ("Purpose of the loan": free text; "Date of the loan": a date).
    A label that prints arithmetic on lines asks an amount unless it says otherwise (a count: "Add the number of boxes on lines 6a and 6b"
    says "number of" first)."""
    label = _WITHIN_PERIOD.sub(" ", label or "")
    as_of = _AS_OF.search(label)
    if as_of and as_of.start() > 0 and (before := infer_kind(label[:as_of.start()], "")) not in ("", "date"):
        return before
    head = _HEAD_OF.match(label) if " of " in label else None
    kind = (_kind_of(head.group(1)) if head else "") or _kind_of(label)
    if kind in ("", "text") and _ARITHMETIC.search(label) and not re.search(r"\bnumber\s+of\b|\bhow\s+many\b", label, re.I):
        return "amount"
    return kind or default


#: a form's instruction on how many boxes of a group to tick (the form's own words, English and Korean)
_CHOOSE_ONE = re.compile(r"\b(?:check|select|choose|mark|tick|circle)\s+(?:only\s+)?one\b(?!\s+or\s+more)|\bone\s+only\b"
                         r"|\bonly\s+one\s+(?:box|option|answer)\b|택\s*[1일]|하나만|1개만|한\s*개만|단일\s*선택", re.I)
_CHOOSE_MANY = re.compile(r"\ball\s+that\s+appl(?:y|ies)\b|\b(?:check|select|mark|tick|choose)\s+(?:all|each|any|one\s+or\s+more)\b"
                          r"|\bmore\s+than\s+one\s+(?:may|can)\b|복수\s*(?:선택|응답|체크|표시|기재)|중복\s*(?:선택|체크|표시)"
                          r"|모두\s*(?:선택|표시|체크|기재)", re.I)


def selection_instruction(text: str) -> str:
    """"one" where ``text`` tells to tick one box of a group ("Check One", "(택 1)"), "many" where it
    lets one tick several ("Select all that apply", "복수 선택 가능"), else ""."""
    if not text:
        return ""
    many, one = _CHOOSE_MANY.search(text), _CHOOSE_ONE.search(text)
    if many and one:
        return "many" if many.start() > one.start() else "one"  # the nearer the boxes, the later
    return "many" if many else "one" if one else ""
