"""Deciding whether two labels ask for the same datum.

Rules, in order: vetoes (different identifier types, different roles or role indices, opposed
qualifiers, different years, incompatible answer kinds), then the concept reading (same concept →
same datum, with a score by how exactly each label was read), then lexical similarity for labels the
dictionary does not know (never more than "review"). Every decision carries its evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from ..knowledge import Knowledge
from ..text import has_hangul
from .reading import _KO_UNIT, BESIDES, OPPOSED, Reading, compact, en_key, en_words, ko_key, lexicon, standard_words

CERTAIN = 0.85
REVIEW = 0.6
GENERIC = {compact(x) for x in ("비고", "기타", "합계", "계", "소계", "구분", "내용", "세부 내용", "remarks", "notes",
                                "other", "total", "description", "amount", "yes", "no", "해당없음", "순번", "번호",
                                "no.", "item", "항목", "점검결과", "점검 결과", "결과", "date", "name", "address")}
_KIND_GROUPS = {"text": "t", "free_text": "t", "number": "n", "amount": "n", "date": "d", "checkbox": "c",
                "radio": "c", "choice": "c", "signature": "s"}
_SCORE = {"exact": 0.97, "alternatives": 0.93, "composite": 0.93, "contains": 0.9, "partial": 0.7}
# roles that are the same party
_ROLE_ALIASES = {"taxpayer": "applicant"}


@dataclass(frozen=True)
class Verdict:
    score: float
    status: Optional[str]  # certain | review | None (not the same datum)
    rule: str
    evidence: tuple[str, ...]
    veto: Optional[str] = None


def _may_be_same(a: Reading, b: Reading, kb: Knowledge, may_be: dict[tuple[str, str], str]) -> str:
    """Why two different parties may be one person (roles.yaml ``may_be``, or ``may_be`` of the package:
    the owner may be the applicant where the applicant is a person), or ""."""
    ra, rb = _role(a), _role(b)
    if not ra or not rb or ra == rb or a.index is not None or b.index is not None:
        return ""
    for x, y in ((ra, rb), (rb, ra)):
        role = kb.roles.get(x)
        # (a role's id in words: "standby_borrower" is the standby borrower)
        wx, wy = x.replace("_", " "), y.replace("_", " ")
        if role is not None and y in role.may_be:
            return f"the {wx} may be the {wy}: check it is the same person"
        if (x, y) in may_be:
            return f"the {wx} may be the {wy} ({may_be[(x, y)]}): check it is the same person"
    return ""


def _narrower(a: Reading, b: Reading, kb: Knowledge) -> Optional[tuple[Reading, Reading]]:
    """(narrower, broader) where one reading asks a concept the other's single concept ``may_be`` (an
    SSN and a TIN), else None."""
    if len(a.concepts) != 1 or len(b.concepts) != 1 or a.concepts == b.concepts:
        return None
    for x, y in ((a, b), (b, a)):
        broad = kb.concepts.get(y.concepts[0])
        if broad is not None and x.concepts[0] in broad.may_be:
            return x, y
    return None


def _role(r: Reading) -> Optional[str]:
    return _ROLE_ALIASES.get(r.role, r.role) if r.role else None


def veto(a: Reading, b: Reading, kind_a: Optional[str] = None, kind_b: Optional[str] = None) -> Optional[str]:
    """Why two labels can never be the same datum, or None."""
    if a.identifier and b.identifier and a.identifier != b.identifier:
        return f"different identifiers ({a.identifier} vs {b.identifier})"
    ra, rb = _role(a), _role(b)
    if ra and rb and ra != rb:
        return f"different subjects ({ra} vs {rb})"
    if a.index is not None and b.index is not None and a.index != b.index:
        return f"different persons ({ra or 'item'} {a.index} vs {rb or 'item'} {b.index})"
    for x, y in OPPOSED:
        if (x in a.qualifiers and y in b.qualifiers and x not in b.qualifiers) or \
                (y in a.qualifiers and x in b.qualifiers and y not in b.qualifiers):
            return f"opposed qualifiers ({x} vs {y})"
    if a.option != b.option and (a.option or b.option) and set(a.concepts) & set(b.concepts):
        if a.option and b.option:
            return f"different options ({a.option} vs {b.option})"
        return f"one box stands for an option ({a.option or b.option}), the other asks the whole choice"
    if a.years and b.years and a.years != b.years:
        return f"different years ({', '.join(sorted(a.years))} vs {', '.join(sorted(b.years))})"
    # words of one contrast class that differ ("Buyer's name" / "Seller's name", "상호(국문)" / "상호(영문)")
    contrast = contrasting_words(a, b, soft=False)
    if contrast:
        return f"contrasting words ({contrast})"
    ga, gb = _KIND_GROUPS.get(kind_a or "", ""), _KIND_GROUPS.get(kind_b or "", "")
    # (a signature or initials mark is no datum: never one with a text answer — "Initials for 9. Has the
    # Applicant …" beside a business name, review 50 #6 — unless it asks a name with the signature: "성명 (서명)")
    signed = "s" in (ga, gb) and "person.signature" not in set(a.concepts) | set(b.concepts)
    if ga and gb and ga != gb and ("t" not in (ga, gb) or signed):
        return f"incompatible answers ({kind_a} vs {kind_b})"
    return None


@lru_cache(maxsize=262144)
def _bigrams(text: str) -> frozenset:
    return frozenset(text[i:i + 2] for i in range(len(text) - 1)) or frozenset((text,))


def similarity(x: str, y: str, contained: bool = False) -> float:
    """Lexical similarity in 0-1: character-bigram Dice for Korean; for English, word order aside, every
    word counts — unless ``contained``, where a label inside the other counts as the same wording (two
    editions of one question: "City, town or post office, state" for a longer tooltip)."""
    if has_hangul(x) or has_hangul(y):
        cx, cy = ko_key(x), ko_key(y)
        if not cx or not cy:
            return 0.0
        if cx == cy:
            return 1.0
        bx, by = _bigrams(cx), _bigrams(cy)
        return 2 * len(bx & by) / (len(bx) + len(by))
    from rapidfuzz import fuzz

    kx, ky = en_key(x), en_key(y)
    if not kx or not ky:
        return 0.0
    # word order aside, every word counts: a label inside a longer one ("Apartment number" in "Line 1.
    # Item 1. (b) Address (number, street, and apt. no.)") is not the same wording (token-set ratio said 1.00)
    return (fuzz.token_set_ratio if contained else fuzz.token_sort_ratio)(kx, ky) / 100.0


_ADDRESS_WORDS = {"address", "주소", "소재지"}


def _same_partys_address(a: Reading, b: Reading) -> bool:
    """Both labels are a party's bare address, the party named by each label itself (same role, same
    number)."""
    if not (a.role_from == b.role_from == "label" and a.role and _role(a) == _role(b) and a.index == b.index):
        return False
    return all((compact(r.text) if has_hangul(r.text) else en_key(r.text)) in _ADDRESS_WORDS for r in (a, b))


def wording_key(text: str) -> str:
    """What :func:`same_wording` compares, where the raw keys differ: the label without a bracket of
    examples, options or units (Korean), or without how to answer and the line number it is printed on
    (English)."""
    if has_hangul(text):
        return ko_key(_KO_UNIT.sub(" ", _KO_HOW.sub(" ", text)))
    return _en_what(_LINE_NUMBER_PREFIX.sub("", text))


#: the words of a label that asks nothing but a box or a computation on numbered lines
_NO_CONTENT = {"line", "lines", "add", "subtract", "multiply", "divide", "from", "through", "to", "and", "the", "of", "by",
               "checkbox", "checkboxes", "box", "boxes", "dollars", "cents", "enter", "here", "result", "if", "is", "are",
               "zero", "more", "less", "than", "or", "amount", "on", "this", "these", "total", "column", "part"}


def _content_words(text: str) -> list[str]:
    """The words of an English label that say what it asks, less line numbers, enumerators and the words of
    a box or of arithmetic on lines ("Line 29. Checkboxes", "Add lines 23 through 35": none). A Korean label
    is taken as it is."""
    if has_hangul(text):
        return [text]
    return [w for w in re.findall(r"[a-z]+", (text or "").lower()) if len(w) > 1 and w not in _NO_CONTENT]


def _residual(text: str) -> bool:
    """Whether a label names a residual category: "Other income", "Line 21. Other expenses", "기타 소득"."""
    bare = _LINE_NUMBER_PREFIX.sub("", text or "").strip()
    return bool(re.match(r"\W*(?:all\s+)?other\b", bare, re.I)) or compact(bare).startswith("기타")


def _other_items(x: str, y: str) -> bool:
    """Whether two labels are printed as differently numbered items of their lists ("Line 21. Other income" and
    "Line 6. Other income …"): a residual category worded alike in two places of two lists."""
    nums = [re.match(r"\s*(?:line\s+)?(\d{1,3}[a-z]?)\b", t or "", re.I) for t in (x, y)]
    return all(nums) and nums[0].group(1).lower() != nums[1].group(1).lower()


def same_wording(x: str, y: str) -> bool:
    """Whether two labels say the same thing in the same words — case, spacing, punctuation, plurals and
    stop words aside — and say enough for that to mean one datum: two content words in English ("Loan
    number", "Foreign country name"), three syllables in Korean ("추정가격"); never a generic word."""
    if has_hangul(x) or has_hangul(y):
        cx, cy = ko_key(x), ko_key(y)  # (a bracketed qualifier moved before its head: "시작일(협약기간)")
        if cx != cy:
            # examples or answer options in brackets say how to answer, not what: "(MES, ERP 등)", "(예/아니오)"
            # (and a unit in brackets says how it is written: "영업장 면적(㎡)", "영업장 면적 (제곱미터)")
            cx, cy = wording_key(x), wording_key(y)
        return cx == cy and len(re.findall(r"[\uac00-\ud7a3]", cx)) >= 3 and cx not in GENERIC
    # the number of the line a form prints it on is its place, not its wording ("Line 8. Taxable refunds …"
    # on the D-40 and "Line 10. Taxable refunds …" on the 1040)
    x, y = _LINE_NUMBER_PREFIX.sub("", x), _LINE_NUMBER_PREFIX.sub("", y)
    kx, ky = en_key(x), en_key(y)
    if kx != ky:
        # an instruction in brackets or how to mark the answer says how, not what: "Reason for applying (check
        # only one box)", "Check appropriate box for federal tax classification"
        kx, ky = wording_key(x), wording_key(y)
    # (the words that say how or when to mark it are no content: "Check if loss" on two forms is two lines' box)
    return kx == ky and len([w for w in kx.split() if w.isalpha() and len(w) > 1 and w not in _STRUCTURE
                             and w not in _EN_MARKING]) >= 2


#: "Line 8. ", "10 ", "25a. ": the printed line number a label starts with
_LINE_NUMBER_PREFIX = re.compile(r"^\s*(?:line\s+)?[1-9]\d?[a-z]?(?:[.):]\s*|\s+)(?=[A-Za-z])", re.I)

#: a Korean bracket that lists examples or the answer's options
_KO_HOW = re.compile(r"\([^()]*(?:등|/|예|아니오|o\s*,?\s*x|택\s*\d)[^()]*\)", re.I)
#: words of an English label that say how to answer
_EN_HOW = {"check", "one", "only", "box", "appropriate", "mark", "all", "that", "apply", "please", "enter", "here",
           "if", "any", "applicable", "optional", "required", "print", "type",
           # the unit an amount box is written in ("Line 10. … income taxes. Dollars"): how, not what
           "dollar", "cent"}


#: words that say how or when to mark a box ("Check if loss", "Fill in if loss", "Tick here if applicable"): the
#: how-to words but those that can name a datum ("Application type") or say whether it must be answered
_EN_MARKING = (_EN_HOW - {"optional", "required", "print", "type", "dollar", "cent"}) | {"tick", "fill", "in", "when",
                                                                                       "whether"}


def _en_what(text: str) -> str:
    return " ".join(sorted(set(w for w in en_words(re.sub(r"\([^()]*\)", " ", text)) if w not in _EN_HOW)))


def _unshared_modifiers(a: Reading, b: Reading) -> list[str]:
    """The words beside the datum's name one label holds that the other label does not say at all (a
    label in another language is not compared word by word)."""
    if not (a.modifiers or b.modifiers):
        return []
    if has_hangul(a.text) != has_hangul(b.text):
        # (across languages only a count against what it counts is told apart)
        return ["(count)"] if ("(count)" in a.modifiers) != ("(count)" in b.modifiers) else []
    out = []
    for x, other in ((a, b), (b, a)):
        flat = compact(other.text) if has_hangul(other.text) else " " + " ".join(en_words(other.text)) + " "
        # (a Korean word whose stem the other label holds is said there too: "환급금" and "환급받을")
        out += [m for m in x.modifiers if m not in other.modifiers
                and (m[:2] not in flat if has_hangul(other.text) else f" {m} " not in flat)]
    return sorted(set(out))


def same_standard_words(x: str, y: str, kb: Knowledge) -> str:
    """The standard words two Korean labels are both made of, in any order (their codes, sorted and
    "+"-joined), where they are the same and say enough to mean one datum (two words, or one of three
    syllables or more that is not a generic word); else ""."""
    if not (has_hangul(x) and has_hangul(y)):
        return ""
    lex = lexicon(kb)
    sx = standard_words(x, lex)
    if not sx or sx != standard_words(y, lex) or compact(x) in GENERIC or compact(y) in GENERIC:
        return ""
    if len(sx) < 2 and len(re.findall(r"[\uac00-\ud7a3]", compact(x))) < 3:
        return ""
    return "+".join(sx)


#: words that say where an answer sits on a form, not what it is: "Line 21. Dollars" on two forms is two
#: different lines
_STRUCTURE = {"line", "dollar", "cent", "box", "item", "part", "page", "column", "row", "section", "entry", "field"}


def _either_kind_of_party(a: Reading, b: Reading, kb: Knowledge) -> bool:
    """Whether two readings of one named party differ only in that one (or both) allows the datum of
    either kind of party — a person's or an organisation's ("성명 (단체명)", "Owner/Entity Name") — and the
    other asks one of those, or the same alternatives."""
    ca, cb = set(a.concepts), set(b.concepts)
    if not (_role(a) and _role(a) == _role(b) and a.index == b.index) or "composite" in (a.how, b.how):
        return False
    if a.role_from == b.role_from == "default":
        return False  # neither label names the party: both only default to the filer
    if not (ca == cb or (len(ca) == 1 and ca < cb) or (len(cb) == 1 and cb < ca)):
        return False
    subjects = [kb.concepts[c].subject if c in kb.concepts else None for c in ca | cb]
    return len(subjects) == 2 and set(subjects) == {"person", "organisation"}


def _the_filers(r: Reading, kb: Knowledge) -> bool:
    """Whether a reading names the one who files the form as a person: the form's "you", or the applicant by a
    word that may name a business ("Borrower", "Taxpayer") for a datum no business has — a birth date, an SSN,
    a mobile number, not a name. A heading over a company's block ("기업 정보: 연락처") names no person."""
    if _role(r) != "applicant" or any(kb.concepts.get(c) is not None and kb.concepts[c].subject == "organisation"
                                    for c in r.concepts):
        return False
    return r.role_from == "you" or (r.role_from == "label" and not any("name" in c for c in r.concepts))


def _a_persons_or_an_organisations(ca: set, cb: set, kb: Knowledge) -> bool:
    """Whether one label allows a person's or an organisation's datum: "SSN or EIN" of a taxpayer, "법인(주민)
    등록번호" — which one the other label asks depends on who the party is (a business, or its owner)."""
    several = ca if len(ca) > 1 else cb
    return len({kb.concepts[c].subject for c in several if kb.concepts.get(c) is not None}) > 1


def contrasting_words(a: Reading, b: Reading, soft: bool) -> str:
    """The words of one contrast class both labels hold that differ, as "x vs y", else "": of a class that
    makes two data (``soft`` False) or of one that only calls for a review (True: its id starts "~")."""
    if not (a.marks and b.marks):
        return ""
    for cid in sorted({c for c, _ in a.marks} & {c for c, _ in b.marks}):
        if cid.startswith("~") != soft:
            continue
        wa, wb = {w for c, w in a.marks if c == cid}, {w for c, w in b.marks if c == cid}
        if wa.isdisjoint(wb):
            return f"{', '.join(sorted(wa))} vs {', '.join(sorted(wb))}"
    return ""


def one_sided_word(a: Reading, b: Reading, kb: Knowledge) -> str:
    """A word of a ``one_side`` contrast class (contrasts.yaml) one label holds where the other holds none of
    its class ("포함" in "상시근로자 수 (대표자 포함)" against "상시근로자 수", "휴대" in "휴대전화" against
    "전화번호"), else "": what is included, or which line, may make it another figure or another number."""
    for x, y in ((a, b), (b, a)):
        for cid, word in sorted(x.marks):
            c = kb.contrasts.get(cid.lstrip("~"))
            if c is None or not c.one_side or any(k == cid for k, _ in y.marks) or \
                    (c.one_side_lang and has_hangul(x.text) != (c.one_side_lang == "ko")):
                continue
            if c.one_side_kinds and not all(kb.concepts.get(k) is not None and kb.concepts[k].kind in c.one_side_kinds
                                            for k in x.concepts or ("",)):
                continue
            return word
    return ""


def compare(a: Reading, b: Reading, kb: Knowledge, kind_a: Optional[str] = None,
            kind_b: Optional[str] = None, may_be: Optional[dict[tuple[str, str], str]] = None) -> Verdict:
    """Whether readings ``a`` and ``b`` ask for the same datum. ``may_be``: pairs of parties that may be
    one person in this package, with the reason."""
    ra, rb = _role(a), _role(b)
    if ra and rb and ra != rb and (a.role_from == "roster") != (b.role_from == "roster"):
        # a list of people ("member", by default) and a named party: one of the listed may be that party —
        # compared as if the list named nobody, so at most a review link
        x, y = (replace(a, role=None, role_from="none"), b) if a.role_from == "roster" else (a, replace(b, role=None, role_from="none"))
        v = compare(x, y, kb, kind_a, kind_b, may_be)
        if v.status == "certain":
            v = Verdict(min(v.score, 0.75), "review", v.rule, v.evidence)
        return v
    maybe = _may_be_same(a, b, kb, may_be or {})
    if maybe:
        # "Your SSN" and "Employee's SSN": the applicant may be that employee — compared as if one label
        # named nobody, so at most a review link
        v = compare(a, replace(b, role=None, role_from="none"), kb, kind_a, kind_b)
        if v.status == "certain":
            v = Verdict(min(v.score, 0.75), "review", v.rule, v.evidence)
        return Verdict(v.score, v.status, v.rule, v.evidence + (maybe,) if v.status else v.evidence, v.veto)
    narrower = _narrower(a, b, kb)
    if narrower:
        # "Taxpayer identification number" and "Social security number": the TIN is that SSN when the
        # taxpayer is a person — compared as the same datum, at most a review link
        x, y = narrower
        role_x, role_y = _role(x), _role(y)
        named = role_x or role_y
        role = kb.roles.get(named or "")
        if (role_x is None) != (role_y is None) and named not in ("applicant", "representative") \
                and (named, "applicant") not in (may_be or {}) and not (role is not None and "applicant" in role.may_be):
            # (a datum that may be another, of a party only one label names — the CDC's phone beside a home phone
            # that names nobody: two guesses, no link — review 50 #5)
            return Verdict(0.0, None, "M-CONCEPT", (f"a {y.concepts[0]} may be this {x.concepts[0]}, but only one "
                                                    f"label names whose: {named}",))
        v = compare(x, replace(y, concepts=x.concepts, identifier=x.identifier), kb, kind_a, kind_b, may_be)
        if not v.status:
            return v
        return Verdict(min(v.score, 0.75), "review", v.rule, v.evidence + (
            f"a {y.concepts[0]} may be this {x.concepts[0]}, depending on whose it is: check",))
    why_not = veto(a, b, kind_a, kind_b)
    if why_not:
        return Verdict(0.0, None, "M-VETO", (why_not,), veto=why_not)
    ca, cb = set(a.concepts), set(b.concepts)
    evidence: list[str] = []
    if ca and cb:
        common = ca & cb
        if not common:
            return Verdict(0.0, None, "M-CONCEPT", (f"different data ({', '.join(sorted(ca))} vs {', '.join(sorted(cb))})",))
        concept = sorted(common)[0]
        score = min(_SCORE.get(a.how, 0.7), _SCORE.get(b.how, 0.7))
        evidence.append(f"both ask {concept} (read: {a.how} / {b.how})" +
                        (f", the same option: {a.option}" if a.option else ""))
        if (len(ca) > 1 or len(cb) > 1 or score < 0.88) and "composite" not in (a.how, b.how) \
                and not (a.vague or b.vague) and same_wording(a.text, b.text):
            # read in part or as several data ("Foreign province or state or county"), but worded alike, word
            # for word: the more the dictionary does not know, the same on both sides
            score = max(score, 0.88)
            evidence.append(f"the same wording, word for word ('{a.text}')")
        elif (len(ca) > 1 or len(cb) > 1) and _either_kind_of_party(a, b, kb):
            # "성명 (단체명)" of the nominee and "성명" of the nominee: where the other asks a person's name of
            # the same party, the party is a person, and the alternative it answers is that name (ranked
            # below a label that asks the one datum outright)
            score = min(score, 0.9)
            evidence.append(f"one label allows a person's or an organisation's datum ({' | '.join(sorted(ca | cb))}); "
                            f"both ask it of the same {_role(a)}")
        elif a.how == b.how == "composite" and ca == cb:
            evidence.append("both ask the same data together in one box: " + ", ".join(sorted(ca)))
        elif "composite" in (a.how, b.how):
            score = min(score, 0.7)
            evidence.append("one box asks several data together (" + ", ".join(sorted(ca if a.how == "composite" else cb))
                            + "): the other asks one of them")
        elif (len(ca) > 1 or len(cb) > 1) and ca == cb:
            evidence.append("both allow the same data: " + " | ".join(sorted(ca)))  # "업태·종목" / "업태ㆍ종목"
        elif (len(ca) == 1) != (len(cb) == 1) and (ca <= cb or cb <= ca) and not _a_persons_or_an_organisations(ca, cb, kb):
            # "최종학력 (학교/전공)" and "전공", "Employer/Company Name" and "Employer name": of the data one label
            # allows, the other asks one — of one kind of party, the same datum
            evidence.append("one label allows several data, the other asks one of them: " + " | ".join(sorted(ca | cb)))
        elif len(ca) > 1 or len(cb) > 1:
            score = min(score, 0.7)
            evidence.append("one label allows several data: " + " | ".join(sorted(ca | cb)))
        rule = "M-CONCEPT"
        c = kb.concepts.get(concept)
        subject = c.subject if c else "person"
    elif ca or cb:
        sim = similarity(a.text, b.text)
        if sim < 0.9:
            return Verdict(sim * 0.5, None, "M-LEXICAL", (f"only one label is a known datum; similarity {sim:.2f}",))
        score, rule, subject = 0.7, "M-LEXICAL", "unknown"
        evidence.append(f"near-identical wording ({sim:.2f}), one label unknown to the dictionary")
    elif _same_partys_address(a, b):
        # "Owner's address" and "Address of owner", "Judgment creditor's address" and "Plaintiff's address":
        # the bare word is generic, but both labels give it to the same party, word for word
        score, rule, subject = 0.88, "M-SAME-WORDING", "unknown"
        evidence.append(f"both ask the address of the same party, in the same word ('{a.text.strip()}')")
    else:
        if compact(a.text) in GENERIC or compact(b.text) in GENERIC:
            return Verdict(0.0, None, "M-LEXICAL", ("generic label (total, remarks, other …)",))
        std = same_standard_words(a.text, b.text, kb)
        if same_wording(a.text, b.text):
            # the same head and the same modifiers, word for word: one datum unless whose it is differs
            score, rule, subject = 0.88, "M-SAME-WORDING", "unknown"
            evidence.append(f"the same wording, word for word ('{a.text}'), outside the dictionary")
            if (_residual(a.text) or _residual(b.text)) and _other_items(a.text, b.text):
                # "Other income" closes its own form's list (a business's receipts on Schedule C line 6, a person's
                # income on Form 1040 line 21): the same only where the lists are the same — a person checks
                score = 0.75
                # (the example in the labels' own script: no Korean in an English report — IRS review 56 #9)
                example = "'기타 …'" if re.search(r"[가-힣]", a.text + b.text) else "'other …'"
                evidence.append(f"a residual category ({example}) closes its own form's list: the same only "
                                "if the two lists are")
        elif std:
            # the same standard words, ordered, spaced or with a class word written otherwise ("입사일" and
            # "입사일자", "귀속 년도" and "귀속연도")
            score, rule, subject = 0.88, "M-SAME-WORDING", "unknown"
            evidence.append(f"the same standard words (공공데이터 공통표준단어: {std}), outside the dictionary")
        else:
            if not _content_words(a.text) or not _content_words(b.text):
                # "Line 29. Checkboxes", "Add lines 23 through 35", "Subtract line 2 from line 1. Dollars": a box
                # or a computation on numbered lines names no datum of its own — alike in words, not in datum
                # (IRS review 33b #14: such pairs filled the review queue)
                return Verdict(0.0, None, "M-LEXICAL", ("names no datum of its own: a bare box or arithmetic on "
                                                        "numbered lines",))
            sim = similarity(a.text, b.text)
            if sim < 0.85:
                return Verdict(sim * 0.5, None, "M-LEXICAL", (f"similarity {sim:.2f}",))
            score = 0.8 if sim >= 0.999 else 0.7
            rule, subject = "M-LEXICAL", "unknown"
            evidence.append(f"same wording outside the dictionary (similarity {sim:.2f})")
    # whose datum: a person's datum needs the same person
    ra, rb = _role(a), _role(b)
    named = [next((w for c, w in r.marks if c == "party"), None) for r in (a, b)]
    if (named[0] is None) != (named[1] is None):
        # "Student's Social Security Number" and "Student SSN": the party named by a possessive on one side
        # is the word before the datum on the other
        who, other = (named[0], b) if named[0] else (named[1], a)
        if who in en_words(other.text):
            named = [who, who]
    if (ra is None) != (rb is None) and named[0 if ra is None else 1] and \
            (a if ra else b).role_from == "label" and subject in ("person", "unknown"):
        # "Claimant's SSN" (a known party: the applicant) and "Recipient's SSN" (a party the vocabulary does not
        # know, named by a possessive): had it been the claimant, the form would have said so — two people
        return Verdict(0.0, None, "M-CONCEPT", tuple(evidence) + (
            f"different subjects ({ra or rb} vs {named[0] or named[1]}, named by a possessive)",))
    if (subject == "person" or subject == "unknown") and ra is None and rb is None and (named[0] is None) != (named[1] is None):
        # "Claimant's social security number" and a bare SSN: a party the vocabulary does not know on one side
        score = min(score, 0.75)
        evidence.append(f"only one label says whose it is ({named[0] or named[1]}): check it is the same person")
    if subject == "person" or subject == "unknown":
        outsider = kb.roles.get(ra or rb or "")
        if (ra is None) != (rb is None) and outsider is not None and outsider.signs_for_others and outsider.signs_if:
            # a paid preparer, a certifying physician: brought in for a case, asked only in their own block,
            # which names them — a person's datum another form asks of nobody is never theirs (DC Schedule H's
            # physician and Schedule S's dependants)
            return Verdict(0.0, None, "M-CONCEPT", tuple(evidence) + (
                f"different subjects (the {ra or rb}, who signs for others {outsider.signs_if}, vs nobody named)",))
        if (ra is None) != (rb is None):
            if subject == "person" and _the_filers(a if ra else b, kb):
                # a person's datum a form asks of nobody in particular is its filer's: the applicant's, as the
                # other label says ("Your Date of Birth" and "Date of Birth")
                evidence.append("one label names the applicant, the other nobody: the filer's own datum")
            else:
                score = min(score, 0.75)
                evidence.append(f"only one label says whose it is ({ra or rb}): check it is the same person")
        elif ra and rb:
            evidence.append(f"same subject: {ra}" + (f" {a.index}" if a.index else ""))
            role = kb.roles.get(ra)
            if role is not None and role.per_document:
                score = min(score, 0.75)
                evidence.append(f"each form may name another {ra}: check it is the same person")
        if (a.index is None) != (b.index is None) and (ra or rb):
            # "Child's name, #2" and a dependent's name that names no number: one of several, which one?
            score = min(score, 0.75)
            evidence.append(f"only one label says which {(ra or rb)}")
    elif ra and rb:
        evidence.append(f"same subject: {ra}")
    elif (ra is None) != (rb is None) and (ra or rb) != "applicant":
        # an organisation's datum of another party (the employer's EIN) and one that names no party
        score = min(score, 0.75)
        evidence.append(f"only one label says whose it is ({ra or rb}): check it is the same organisation")
    only = _unshared_modifiers(a, b) if score >= CERTAIN and rule == "M-CONCEPT" else []
    if only:
        # a word beside the datum's name on one side that the other label does not say ("청년 근로자 수" and
        # "상시근로자 수", "Primary NAICS code" and "Secondary NAICS code"): it may make it another datum
        score = min(score, 0.75)
        evidence.append(f"the labels differ in words beside the datum's name ({', '.join(only[:4])}): check it is "
                        "the same datum")
    whose = [next((w for c, w in r.marks if c == "of_party"), None) for r in (a, b)]
    if (whose[0] is None) != (whose[1] is None) and ra and ra == rb:
        # "공동수급체 대표자" (a Korean compound: the consortium's representative) and "대표자": the same kind of
        # party, maybe not of the same one (two compounds of two parties contrast: "relative_of" below)
        score = min(score, 0.75)
        evidence.append(f"only one label says whose {ra} it is ({whose[0] or whose[1]}'s): check it is the same person")
    soft = contrasting_words(a, b, soft=True)
    if soft:
        score = min(score, 0.75)
        evidence.append(f"the labels differ in words that often name different things ({soft}): check")
    one_sided = one_sided_word(a, b, kb) if score >= CERTAIN else ""
    if one_sided:
        score = min(score, 0.75)
        evidence.append(f"only one label says '{one_sided}' (the other says none of its kind): check it is the same datum")
    if ("mailing" in a.qualifiers and "home" in b.qualifiers) or ("home" in a.qualifiers and "mailing" in b.qualifiers):
        # where mail goes and where one lives: one address for many people, two for some (USCIS asks both)
        score = min(score, 0.75)
        evidence.append("one asks where mail goes, the other where the person lives: the same only if they are one")
    former = [r for r in (a, b) if "previous" in r.qualifiers]
    if len(former) == 1 and (len(former[0].text.split()) <= 5 or BESIDES.search(former[0].text)) and ca & cb and any(
            w in c.split(".")[-1] for c in ca & cb for w in ("name", "title", "address", "street", "city", "zip", "state")):
        # "Family Name" under "Other Names Used" and a family name that says nothing: the legal one, most
        # likely; a former address and one that says nothing: the present one (an amount "of the previous
        # year" and a bare one may well be the same figure: the programme's reference year; a long label that
        # asks the name and then "list all former names" asks the name)
        score = min(score, 0.75)
        evidence.append("only one label asks for a former or other one: check it is not the current one")
    evidence += [r.note for r in (a, b) if r.note and r.note not in evidence]
    status = "certain" if score >= CERTAIN else ("review" if score >= REVIEW else None)
    return Verdict(round(score, 3), status, rule, tuple(evidence))
