"""Reading a label: what datum it asks for (concept), whose (role and index), and the qualifiers that
keep near neighbours apart (start/end, which year, home/business, previous/current).

The reading works on the label alone, plus the field's context (section headings, the row header)
for the role when the label names none. It is deterministic and uses only the knowledge base.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from ..knowledge import Knowledge
from ..text import ASKED_OF_YOU, clean_label

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_EN_STOP = {"of", "the", "a", "an", "your", "its", "for", "in", "on", "at", "by", "to", "is", "if", "any", "this",
            "and", "or", "no", "nr", "s", "are", "you", "do", "does", "have", "has", "ever", "been", "were", "was",
            "please", "enter"}
_EN_BOILERPLATE = [
    # (not "State of incorporation", "Type of entity", "List of …": a noun before "of")
    r"^(?:please\s+)?(?:enter|provide|give|state|print|type|list|specify|indicate|insert|fill in|write)\s+(?!of\b|where\b)"
    r"(?:in\s+)?(?:the\s+)?",
    # a plain-language form asks for a datum by a question: "What is your job title?" asks the job title
    r"^(?:what|which)\s+(?:is|are)\s+(?=(?:your|the|their)\s)", r"(?<=\w)\s*\?\s*$",
    # an example of the answer, or a condition on answering, is not what is asked: "Call ID (e.g.
    # HORIZON-CL5-2024-D3-01)", "UCI (if known)", "Client ID, if known"
    r"\(\s*(?:e\.\s?g\.?|eg|for example|example|i\.\s?e\.?)[^()]*\)", r"\s*\(\s*if\s+(?:known|any)\s*\)", r",?\s+if\s+(?:known|any)\s*$",
    # how the answer is written, as a record shows it: "(as registered)", "as per PAN" — the datum is the same
    # (not "(as shown on return)": which return, a person's or a business's, is the question)
    r"\(\s*as\s+(?:per\b[^()]*|registered)\s*\)", r",?\s+as\s+per\s+[\w .'-]{2,30}$",
    r"\s+here\b.*$", r",?\s+including\b.*$", r"\(x{3}[-x\u00ad]*\)", r"\((?:if\s+[^)]*|see instructions|optional|required)\)",
    r"\((?:mm[/-]?dd[/-]?(?:yyyy|yy)|dd[/-]?mm[/-]?(?:yyyy|yy)|month,? day,? and year|include area code|omit cents)(?:\)|$)", r"\bby clicking\b.*$",
    # what the answer includes: "Address (Include City, State, ZIP Code)", "Phone No. (Including Area Code)" —
    # the datum is the address, the phone
    r"\s*\(\s*(?:include|including|incl\.)\s[^()]*\)",
    # how long the answer is: "Routing Number (9 digits)", "Business number (9 characters)"
    r"\(\s*\d{1,2}\s*(?:digits?|characters?|letters?|numbers?)\s*\)",
    # … or after it, unbracketed: "Postal Zip Code First 5 Digits" (DC D-40P; a ZIP code's five digits, the
    # ZIP+4's too) — never "last 4 digits", a part of another datum
    r"(?<!last)[.,]?\s+(?:first\s+5|\d{1,2})[- ]digits?\s*$", r"\(\s*first\s+5\s+digits?\s*\)",
    r"\bfor name \d\b.*$",
    # an instruction after the datum's name: "City, town or post office. If you have a foreign address, also
    # complete spaces below", "Name. See instructions"
    r"(?<=[a-z):])\s*\.\s+(?:if|see|attach|also|do not|note|list|use)\b.*$",
    # ("5 Address (number, street, and apt. or suite no.) See instructions.": after a bracket too)
    r"(?<=\))\s+see\s+(?:the\s+)?(?:separate\s+)?instructions?\b.*$",
    # where on the form the party is named, not what is asked: "Phone number of taxpayer on line 1a or 2a"
    r"\s+(?:on|in)\s+lines?\s+\d{1,2}[a-z]?(?:\s*(?:,|or|and)\s*\d{1,2}[a-z]?)*\b", r"\bpage \d+\.\s*", r"\bsection \d+\.\s*",
]
#: "Present Residence Address: City": a block's caption, a colon, the part of it a box asks
#: the words of a fragment label beside the part it asks: a range's ends, an instruction ("Enter from to Date",
#: "To Address")
_FRAGMENT_WORDS = frozenset({"from", "to", "enter", "the", "your"})
_BLOCK_THEN_PART = re.compile(r"(\w[^:]{2,60}?)\s*:\s*(\w[\w .'/-]{0,30})")
#: a heading about the reader ("Part 1. Information About You"), not about the reader's spouse or child
_ABOUT_YOU = re.compile(r"\babout\s+you\b(?!r)", re.I)
#: a label addressed to the reader: "Your SSN", "Your first name and middle initial"
_YOU = re.compile(r"^\W*(?:\d{1,2}[a-z]?\.?\s+)?(?:(?:please\s+)?(?:enter|print|type|write|give|list|provide|state|"
                  r"show)\s+)?(?:your|you)\b(?!\s+(?:spouse|child|dependent|employer|business|company))", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
             "9th": 9, "10th": 10, "첫째": 1, "둘째": 2, "셋째": 3, "넷째": 4, "다섯째": 5}
#: "Business name, if different from above": a name besides the one asked above (compare: however long the label)
_BESIDES_WORDS = r"if\s+different\s+(?:from|than)\s+(?:the\s+)?above"
BESIDES = re.compile(r"\b" + _BESIDES_WORDS + r"\b", re.I)
#: 집 (home) as a word of its own or before 주소 / 전화 / 연락처
_HOME_KO = r"(?<![\uac00-\ud7a3])집(?![\uac00-\ud7a3])|(?<![\uac00-\ud7a3])집(?=\s*(?:주소|전화|연락처))"
_QUALIFIERS = {
    "start": r"\b(?:start|begin|beginning|from|commencement|opening)\b|시작|개시|착수|부터",
    "end": r"\b(?:end|ending|to|until|closing|expiry|expiration)\b|종료|마감|완료|만료|까지",
    # a name used before, or besides, the legal one ("Other Names Used", "maiden name", "aliases", "Business
    # name, if different from above") is a former name too
    # (not a form's own edition notice printed in a page header: "Discontinue Prior Editions", SSA-89; "Previous
    # editions are obsolete")
    "previous": r"\b(?:(?:previous|prior)(?!\s+(?:editions?|versions?|revisions?)\b)|former|formerly|last year|preceding|maiden|aliases?|other\s+names?(?:\s+used)?|"
                + _BESIDES_WORDS + r")\b|이전|종전|전년도|직전|수행\s*실적",
    "current": r"\b(?:current|present|this year|most recent)\b|당해|금년|올해|현재",
    # (집 as a word — "집 주소", "집전화" —, never inside one: 집행 (execution), 모집, 수집, 편집, 집계 are no home)
    "home": r"\b(?:home|residence|residential|physical)\b|자택|거주|" + _HOME_KO,
    # where mail goes, not where one lives (USCIS asks both: "Mailing Address", "Physical Address")
    "mailing": r"\bmailing\b|우편물",
    "business": r"\b(?:business|company|(?<!post )office(?! box)|firm)\b|사업장|회사|본사|본점|영업소|사무실",
    "mobile": r"\b(?:mobile|cell)\b|휴대",
    "daytime": r"\b(?:daytime|day(?=\s+(?:tele)?phone))\b",  # not 주간: also "weekly"
    "evening": r"\b(?:evening|night(?:time)?)\b",
}
_QUALIFIER_RES = [(name, re.compile(pat)) for name, pat in _QUALIFIERS.items()]
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
OPPOSED = (("start", "end"), ("previous", "current"), ("home", "business"), ("daytime", "evening"))
# people whose words name the company's own data: "대표 전화번호" is the company's phone, "직원 수" its size
_ORG_INSIDE_ROLES = {"representative", "member", "contact"}


@dataclass(frozen=True)
class Reading:
    """What a label asks for."""

    text: str  # the label after boilerplate and role words are removed
    concepts: tuple[str, ...]  # candidate concepts; one when the reading is unambiguous
    how: str  # exact | contains | alternatives | partial | composite | none
    role: Optional[str]  # subject role, from the label or (weaker) the context
    role_from: str  # label | context | default | none
    index: Optional[int]  # "owner 2" → 2
    qualifiers: frozenset[str]
    years: frozenset[str]
    identifier: Optional[str]  # identifier type of the concept, if it is one
    note: str = ""  # how the package changed this reading (e.g. the party is a business here), as evidence
    option: Optional[str] = None  # the option a box stands for ("llc" of org.legal_form)
    # the words of label-scope contrast classes the label holds: (class id, member) — "buyer", "영문"
    marks: frozenset = frozenset()
    # the words of a label read as containing a concept's wording that the wording does not hold ("청년" in
    # "청년 근로자 수", "pre disaster" in "Number of employees pre-disaster"): what may make it another datum
    modifiers: frozenset = frozenset()
    # a wording that names its datum only beside words or data that say which, read without them (concepts.yaml
    # ``vague_alone``: "Account number" on a form that asks no bank): never the same datum for certain
    vague: bool = False

    @property
    def concept(self) -> Optional[str]:
        return self.concepts[0] if len(self.concepts) == 1 else None


#: "시작일(협약기간)": a Korean label with its qualifier in brackets after the head
_KO_BRACKET_QUALIFIER = re.compile(r"^\s*([^()]+?)\s*\(([^()]+)\)\s*$")


@lru_cache(maxsize=262144)
def ko_key(text: str) -> str:
    """The Korean comparison key with a bracketed qualifier moved before its head, as the words are
    usually ordered: "시작일(협약기간)" → "협약기간시작일", "지원금(정부)" → "정부지원금"."""
    m = _KO_BRACKET_QUALIFIER.match(text or "")
    return compact(f"{m.group(2)} {m.group(1)}") if m else compact(text)


#: a unit in brackets says how the answer is written, not what it is: "전용면적(㎡)", "매출액(백만원)"
_KO_UNIT = re.compile(r"\(\s*(?:[천백십]?만?\s*원|원|㎡|m2|m²|제곱미터|평|%|％|명|개|건|개월|년|회|시간|USD|\$|kg|톤|km|m|\d{1,2}\s*자리)\s*\)",
                      re.I)


_KO_OF = re.compile(r"([\uac00-\ud7a3]+)의\s+(?=[\uac00-\ud7a3])")


def without_possessive(text: str, words) -> str:
    """The Korean text without the possessive particle 의 between two nouns ("어선의 명칭" → "어선 명칭"),
    where the word before it with 의 is no standard word of its own ("동의 여부", "회의 장소" keep it)."""
    if "의" not in text:
        return text
    return _KO_OF.sub(lambda m: m.group(0) if (m.group(1)[-1:] + "의") in words or (m.group(1) + "의") in words
                      else m.group(1) + " ", text)


def standard_words(text: str, lex: "Lexicon") -> tuple[str, ...]:
    """The standard words a Korean label is made of (공공데이터 공통표준단어, ``Lexicon.words``), as their
    codes in sorted order — compounds in another order, spaced apart or with a class word written short
    ("입사일" / "입사일자") meet — or () when the label is not made of standard words alone (a digit, a
    Latin letter, a syllable no word covers). The fewest words that cover the label are taken."""
    if not lex.words:
        return ()
    # "어선의 명칭": the possessive particle after a noun joins two words, it is no word of its own
    key = compact(without_possessive(_KO_UNIT.sub(" ", text or ""), lex.words))
    hit = lex.std_cache.get(key)
    if hit is None:
        hit = lex.std_cache[key] = _segment(key, lex.words, lex.words_longest)
    return hit


def _segment(key: str, words: dict[str, str], longest: int) -> tuple[str, ...]:
    if not key or len(key) > 40 or not all("\uac00" <= ch <= "\ud7a3" for ch in key):
        return ()
    n = len(key)
    best: list = [None] * (n + 1)  # best[i]: the fewest words covering key[:i], as (count, codes)
    best[0] = (0, ())
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, min(n, i + longest) + 1):
            code = words.get(key[i:j])
            if code is not None and (best[j] is None or best[i][0] + 1 < best[j][0]):
                best[j] = (best[i][0] + 1, best[i][1] + (code,))
    return tuple(sorted(best[n][1])) if best[n] is not None else ()


#: words beside a concept's wording that do not change the datum: units and years (compared apart), how to
#: answer, and the class words of a name or number
_KO_NEUTRAL = {"필수", "선택", "기재", "작성", "입력", "해당", "해당시", "해당자", "현재", "명", "성명", "번호", "란", "기입",
               "자필", "정자", "정자기재", "한글", "등", "및", "또는", "의", "상", "기준", "증명서", "서류",
               # (the document a datum is asked in — "성명 (참여인력 이력서)", "기업명 (사업계획서)" — says where, not
               # what; whose it is, a party word in it, is read apart)
               "이력서", "서약서", "동의서", "계획서", "사업계획서", "신청서", "확약서", "각서", "서식",
               # ("본 사업 담당업무": this project's, the one applied for; "기관부담금 계" / "… 합계": the total)
               "본사업", "합계", "총계"}
_EN_NEUTRAL_EXTRA = {"number", "name", "code", "no", "if", "any", "applicable", "optional", "required", "please", "enter",
                     "here", "box", "line", "check", "one", "only", "mm", "dd", "yyyy", "yy", "include", "area", "plural",
                     "amount", "yearly", "annual", "total", "numeral", "figure", "word", "digit",
                     # (the unit of an amount: "____ Dollars" is the amount; the notation is compared apart)
                     "dollar", "euro", "pound", "won"}


def modifiers_of(text: str, concept: str, lex: "Lexicon", cues=()) -> frozenset:
    """The words of ``text`` beside the longest wording of ``concept`` it holds, less those that never change
    the datum (units, years, how to answer, the class words of a name or number, enumerators) and the
    party words ``cues`` (whose datum it is is compared apart). A count of a datum that is no count ("Number
    of export countries", "수출국 수") has the modifier "(count)"."""
    c = lex.kb.concepts.get(concept)
    counted = c is not None and c.kind not in ("number", "amount")
    if _is_korean(text):
        key = compact(_KO_UNIT.sub(" ", re.sub(r"(?:19|20)\d{2}\s*년?|\d+", " ", text)))
        w = next((w for w in lex.ko_wordings.get(concept, ()) if w in key), None)
        if w is None:
            return frozenset()
        rest = " ".join(re.split(re.escape(w), key, maxsplit=1))
        squeezed_cues = sorted({compact(c) for c in cues}, key=len, reverse=True)
        for c in squeezed_cues:
            rest = rest.replace(c, " ")  # ("법정대리인": the party is compared apart)
        # (a party word that shares syllables with the wording — "제안업체명": 제안업체 and 업체명 — leaves the rest
        # of itself behind: part of the party, no modifier)
        pieces = [re.sub(r"의$", "", p) for p in re.split(r"[^\uac00-\ud7a3]+", rest) if p]
        pieces = [p for p in pieces if not any(p in c and p != c for c in squeezed_cues)]
        # (one syllable left over is a particle or the tail of a longer word: "과제 명칭" holds "과제명" — but a
        # count of a datum that is no count is another datum: "수출국 수")
        count = counted and any(re.fullmatch(r"(?:개|건|인원|총)?수|개수|건수", p) for p in pieces)
        return frozenset([p for p in pieces if len(p) > 1 and p not in _KO_NEUTRAL] + (["(count)"] if count else []))
    # an English label's first clause, where it is short and names one thing: a tooltip's instructions ("…
    # Enter the 9 digit number") and alternatives ("City, town or post office") add no modifier
    clause = re.split(r"(?<=[a-z)])[.:;](?:\s|$)", re.sub(r"\([^()]*\)", " ", text), maxsplit=1)[0]
    if re.search(r"\bor\b|/|,", clause, re.I) or len(en_words(clause)) > 6:
        return frozenset()
    words = set(en_words(clause))
    w = next((w for w in lex.en_wordings.get(concept, ()) if w <= words), None)
    if w is None:
        return frozenset()
    if counted and re.match(r"\s*(?:total\s+)?(?:number|no\.?|#)\s+of\b", clause, re.I):
        words.add("(count)")  # "Number of export countries" counts what "Export countries" lists
    drop = {x for c in cues for x in en_words(c)}
    # (a word another wording of the same datum holds is part of its name: "organization" of "organization name")
    drop |= {x for v in lex.en_wordings.get(concept, ()) for x in v}
    # (a qualifier — home, mailing, daytime, former … — is compared apart, by its opposites)
    return frozenset(x for x in words - w - drop if (x.isalpha() or x == "(count)") and x not in _NEUTRAL_MODIFIERS
                     and x not in _EN_NEUTRAL_EXTRA and len(x) > 1 and not re.fullmatch(r"[ivx]+", x)
                     and not any(q.search(x) for _, q in _QUALIFIER_RES))


def _is_korean(text: str) -> bool:
    return bool(_HANGUL.search(text))


@lru_cache(maxsize=262144)
def compact(text: str) -> str:
    """Korean comparison key: no spaces, no punctuation but parentheses' content kept."""
    text = unicodedata.normalize("NFKC", text).lower()
    # "주된 사무소" is "주사무소", "주된 용도" "주용도": the attributive form of 주 (main)
    text = text.replace("주된", "주")
    return re.sub(r"[\s·ㆍᆞ‧/_.,:;\-()\[\]{}'\"“”‘’]", "", text)


#: abbreviations forms print for one word ("Apt. no.", "Tel.", "Bldg."); ambiguous ones ("St.": street or
#: saint or state) are left out
_EN_ABBREVIATIONS = {"apt": "apartment", "tel": "telephone", "addr": "address", "ste": "suite", "bldg": "building",
                     "dept": "department", "govt": "government", "acct": "account", "amt": "amount", "yr": "year",
                     "yrs": "year", "mo": "month", "corp": "corporation", "assn": "association", "intl": "international",
                     "ext": "extension", "dist": "district", "org": "organization", "ref": "reference",
                     # British and American spellings of one word (forms of both are read)
                     "licence": "license", "organisation": "organization", "programme": "program",
                     "centre": "center", "enrolment": "enrollment", "labour": "labor", "defence": "defense",
                     "catalogue": "catalog", "cheque": "check"}


#: the shortest word read as a misspelling of a dictionary word (shorter ones are too often other words: "county")
_SLIP_MIN = 7


@lru_cache(maxsize=1)
def _spelling_vocabulary() -> tuple[frozenset, dict]:
    """The English words of the built-in concepts and roles (a user's own knowledge does not change how a
    label is spelled out), and each word's forms with one interior letter left out ("application" →
    "appliction")."""
    from ..knowledge import _load

    kb = _load(())
    words: set[str] = set()
    for entry in list(kb.concepts.values()) + list(kb.roles.values()):
        for phrase in entry.en:
            words.update(re.findall(r"[a-z]+", phrase.lower()))
    short: dict[str, set[str]] = defaultdict(set)
    for w in words:
        for i in range(1, len(w) - 1):
            short[w[:i] + w[i + 1:]].add(w)
    return frozenset(words), dict(short)


def _slip_read(w: str) -> str:
    """A word the dictionary does not know that is one slip of the pen inside it from exactly one word the
    dictionary knows — a letter left out, one too many, two swapped, never at either end (a word's first or
    last letter makes another word: "estate", "mother", "provide") — read as that word: "Middlie Initial",
    "Taxable amount of social secuirty", "Appliction", "Commerical" (the DC D-40 package and the USCIS
    forms print these). Words under :data:`_SLIP_MIN` letters and plurals of known words stay as printed."""
    if len(w) < _SLIP_MIN or not w.isalpha():
        return w
    words, short = _spelling_vocabulary()
    if w in words or (w.endswith("s") and w[:-1] in words):
        return w
    found = set(short.get(w, ()))
    for i in range(1, len(w) - 1):
        if (x := w[:i] + w[i + 1:]) in words:
            found.add(x)
    for i in range(1, len(w) - 2):
        if (x := w[:i] + w[i + 1] + w[i] + w[i + 2:]) in words:
            found.add(x)
    return next(iter(found)) if len(found) == 1 else w


@lru_cache(maxsize=262144)
def en_key(text: str) -> str:
    """English comparison key: word order, case, possessives, plurals and stop words do not count."""
    return " ".join(sorted(set(en_words(text))))


def en_words(text: str, keep_stop: bool = False) -> list[str]:
    """The words of an English label as en_key reads them, in the label's order (with its stop words,
    as "", where ``keep_stop``)."""
    return list(_en_words(text, keep_stop))


@lru_cache(maxsize=262144)
def _en_words(text: str, keep_stop: bool) -> tuple[str, ...]:
    # (one label is read many times — by its reading, each pair's wording and modifiers: read once)
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    # a bracket that says what not to give names no datum asked: "Business street address (no P.O. boxes)"
    text = re.sub(r"\(\s*(?:no|not|do not|never)\s[^()]*\)", " ", text)
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"\bsoc\.?\s*sec\b\.?", "social security ", text)  # "Soc. Sec. No."
    # "U.S." is "the United States" (read "usa" below): "U.S. Citizen?" and "Are you a United States Citizen?"
    text = re.sub(r"(?<![a-z.])u\.\s?s\.(?![a-z])", " united states ", text)
    # a dotted acronym is one word, its last dot or not: "D.O.B." is "dob", "M.I" "mi"
    text = re.sub(r"(?<![a-z.])[a-z](?:\.[a-z])+\.?(?![a-z])", lambda m: m.group(0).replace(".", "") + " ", text)
    # "Your name(s)": the names of every filer on the return, not one person's name — the plural marker
    # is kept as a word of its own
    text = re.sub(r"(?<=[a-z])\(s\)", " plural", text)
    # "the United States" is a country, not a state ("Date you last entered the United States")
    text = re.sub(r"\bunited\s+states\b", "usa", text)
    # a letter joined to a word by a hyphen is one word: "A-Number" is not "a number", "E-mail" "email"
    text = re.sub(r"(?<![a-z0-9])([a-z])-(?=[a-z]{2,})", r"\1", text)
    # "License #", "Case #" print the number sign for the word ("Owner #2" numbers the owner)
    text = re.sub(r"#(?!\s*\d)", " number ", text)
    # "ID" is short for "identification" or "identifier": "Call ID" and "Call identifier", "Participant ID
    # code" and "Participant Identification Code" say one thing
    text = re.sub(r"\b(?:identification|identifier)\b", "id", text)
    # the number of a card is the card's number: "Medicare card number" is the "Medicare number"
    text = re.sub(r"(?<=[a-z])\s+card\s+(?=(?:number|no\b|#))", " ", text)
    # an "ID number" is the ID: "Medicaid ID Number", "Recipient ID #", "ID No."
    text = re.sub(r"\bid\s+(?:number|no\b\.?|nr\b\.?|num\b\.?)", "id ", text)
    # "no" before a word it negates is no number: "Make no entry", "no middle name" ("No. of employees" is)
    text = re.sub(r"\bno\s+(?!of\b|and\b|or\b)(?=[a-z]{2,})", " ", text)
    words = re.findall(r"[a-z0-9%]+|[\uac00-\ud7a3]+", text)
    out = []
    for w in words:
        if w in ("no", "nr", "num"):  # "Social Security No." is a number, not a stop word
            w = "number"
        w = _slip_read(_EN_ABBREVIATIONS.get(w, w))
        if w in _EN_STOP:
            if keep_stop:
                out.append("")
            continue
        if len(w) > 4 and re.search(r"(?:ss|x|ch|sh|zz)es$", w):
            w = w[:-2]  # "taxes", "addresses", "branches": the plural adds "es"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return tuple(out)


class Lexicon:
    """Indexes of the knowledge base for reading labels."""

    def __init__(self, kb: Knowledge) -> None:
        self.kb = kb
        self.exact: dict[str, set[str]] = {}
        # the wordings a label may contain, indexed for its lookup: Korean ones by their key (found through
        # the label's own substrings), English ones under one of their words (with their words split once)
        self.ko_by_key: dict[str, list[str]] = defaultdict(list)
        self.en_by_word: dict[str, list[tuple[str, str, frozenset]]] = defaultdict(list)
        # (a wording with the possessive 의 between two nouns is found without it too, as labels are read:
        # "발명의 명칭" in "발명 명칭 (국문)")
        ko = {c.id: sorted({w for v in c.ko for w in (v, without_possessive(v, kb.words))}) for c in kb.concepts.values()}
        for c in kb.concepts.values():
            for v in ko[c.id]:
                k = compact(v)
                self.exact.setdefault(k, set()).add(c.id)
                if len(k) >= 2:
                    self.ko_by_key[k].append(c.id)
            for v in c.en:
                k = en_key(v)
                if k:
                    self.exact.setdefault(k, set()).add(c.id)
                    ws = frozenset(k.split())
                    if len(k) >= 2 and ws:
                        self.en_by_word[min(ws)].append((k, c.id, ws))
        self.ko_longest = max((len(k) for k in self.ko_by_key), default=0)
        # each concept's wordings, longest first: Korean compacted, English as word sets
        self.ko_wordings: dict[str, list[str]] = defaultdict(list)
        self.en_wordings: dict[str, list[frozenset]] = defaultdict(list)
        for c in kb.concepts.values():
            self.ko_wordings[c.id] = sorted({compact(v) for v in ko[c.id] if compact(v)}, key=lambda k: (-len(k), k))
            self.en_wordings[c.id] = sorted({frozenset(en_key(v).split()) for v in c.en if en_key(v)},
                                            key=lambda w: (-len(w), sorted(w)))
        # the standard words (공공데이터 공통표준단어) and the concepts' Korean wordings by their words
        self.words = kb.words
        self.std_cache: dict[str, tuple[str, ...]] = {}
        self.words_longest = max((len(w) for w in kb.words), default=0)
        self.std_exact: dict[tuple, set[str]] = {}
        for c in kb.concepts.values():
            for v in c.ko:
                k = standard_words(v, self)
                # (a class word alone — "명칭", "이름", "일자" — names no datum: it is the end of many)
                if k and not (len(k) == 1 and k[0].startswith("=")):
                    self.std_exact.setdefault(k, set()).add(c.id)
        self.role_cues: list[tuple[str, str, bool]] = []
        for r in kb.roles.values():
            for cue in r.ko:
                self.role_cues.append((cue, r.id, True))
            for cue in r.en:
                self.role_cues.append((cue.lower(), r.id, False))
        self.role_cues.sort(key=lambda t: (-len(t[0]), t[0]))
        # each cue's pattern, compiled once, with the plain text that must occur for it to match
        self.cue_patterns: list[tuple[str, re.Pattern, str, str]] = []  # (needle, pattern, role, cue)
        for cue, role, korean in self.role_cues:
            if korean:
                # (not after 피-, the passive: 피보증인 is the one guaranteed, not a guarantor; 피신청인 the
                # respondent, not the applicant)
                pat = re.compile(r"(?<!피)" + re.escape(cue).replace("\\ ", r"\s*"))
                needle = ""  # spacing may differ: checked on the text without spaces
            else:
                pat = re.compile(r"(?<![a-z])" + re.escape(cue) + r"(?:'s|s)?(?![a-z])")
                needle = cue
            self.cue_patterns.append((needle, pat, role, cue))
        self.ko_needles = {cue: cue.replace(" ", "") for cue, _, korean in self.role_cues if korean}
        # label-scope contrast classes: (class, member, pattern, on the text without spaces, the word)
        self.contrast_patterns: list[tuple[str, str, re.Pattern, bool, str]] = []
        # (class, member, kinds): the member a label of those kinds holds when it names none of the class
        self.contrast_unmarked: list[tuple[str, str, tuple[str, ...]]] = []
        # (class, member, field kinds): the same for fields of those kinds; and the classes read in a field's
        # printed instruction as well as its label
        self.contrast_unmarked_fields: list[tuple[str, str, tuple[str, ...]]] = []
        self.contrast_in_hint: set[str] = set()
        self.contrast_in_context: set[str] = set()
        for c in kb.contrasts.values():
            if c.scope != "label":
                continue
            cid = c.id if c.strength == "never" else "~" + c.id  # "~": a contrast that only calls for a review
            if c.unmarked and c.kinds:
                self.contrast_unmarked.append((cid, c.unmarked, c.kinds))
            if c.unmarked and c.field_kinds:
                self.contrast_unmarked_fields.append((cid, c.unmarked, c.field_kinds))
            if c.hint:
                self.contrast_in_hint.add(cid)
            if c.context:
                self.contrast_in_context.add(cid)
            every = [unicodedata.normalize("NFKC", w).lower().replace(" ", "")
                     for group in c.members or tuple((w,) for w in c.words) for w in group]
            for group in c.members or tuple((w,) for w in c.words):
                member = group[0]  # synonyms stand for their group's first word
                for w in group:
                    w = unicodedata.normalize("NFKC", w).lower()
                    if _HANGUL.search(w) and len(w.replace(" ", "")) >= 2:
                        # not inside a longer word of the class that ends in it ("정규직" in "비정규직")
                        sq = w.replace(" ", "")
                        behind = "".join(f"(?<!{re.escape(v[:-len(sq)])})" for v in sorted(set(every))
                                         if v != sq and v.endswith(sq))
                        pat, squeezed = re.compile(behind + re.escape(sq)), True
                    elif _HANGUL.search(w):
                        pat, squeezed = re.compile(rf"(?<![\uac00-\ud7a3]){re.escape(w)}(?![\uac00-\ud7a3])"), False
                    else:
                        pat, squeezed = re.compile(rf"(?<![a-z]){re.escape(w)}(?:'s|s)?(?![a-z])"), False
                    # (the word itself must occur before its pattern is tried: a substring test is cheap)
                    self.contrast_patterns.append((cid, member, pat, squeezed, w.replace(" ", "") if squeezed else w))
        # the options of choice concepts, longest wording first
        self.option_wordings = sorted(((c.id, v, unicodedata.normalize("NFKC", w).lower())
                                       for c in kb.concepts.values() for v, ws in (c.values or {}).items() for w in ws),
                                      key=lambda t: (-len(t[2]), t))
        self.not_party = [re.compile(r"(?<![a-z])" + re.escape(p.lower()) + r"(?![a-z])")
                          for r in kb.roles.values() for p in r.not_when]
        # an agency's name printed in a label ("Internal Revenue Service (99) For calendar year 2013") names
        # the form's issuer: its words ask nothing ("Revenue" is no revenue)
        printed = [p for a in kb.agencies.values() for p in a.printed]
        self.agency_names = re.compile("|".join(f"(?:{p})" for p in printed), re.I) if printed else None


_BOILERPLATE_RES = [re.compile(p, re.I) for p in _EN_BOILERPLATE]
_ITEM_MARK = re.compile(r"^\s*(?:\d+[a-z]?\.|[a-zA-Z][.)](?=\s)|\(\w\)|[ivx]+\.(?=\s))\s*")  # "1b." "a."
_REQUIRED_STAR = re.compile(r"(?<=\w)\*+(?=\s|\(|$)")  # "성명* (단체명)": a required mark, not part of the wording
# a Korean item number glued to its label ("19)추천훈격", "6)군번", "7 추천훈격") is numbering, not wording
_KO_ITEM_NUMBER = re.compile(r"^\s*\(?\d{1,2}\)\s*(?=[\uac00-\ud7a3])|^\s*\d{1,2}\s+(?=[\uac00-\ud7a3])")
# a Hanja gloss of the word before it ("훈격(勳格)") and a condition on who answers ("(군인인 경우)",
# "(해당자에 한함)", "(성공환원형 신청자만 작성)") say nothing about which datum it is
_HANJA_GLOSS = re.compile(r"\(\s*[\u4e00-\u9fff][\u4e00-\u9fff\s·,]*\)")
#: a Korean bracket of examples, not what is asked: "(대·전·답 등)", "(골프장업, 수영장업 등)", "(예: 홍길동)"
_KO_EXAMPLES = re.compile(r"\(\s*(?:예\s*[:：)]|예시)[^()]{0,40}\)|\([^()]{1,40}\s등\s*\)|\([^()]{1,40}[·ㆍ,、][^()]{0,40}등\s*\)")
_WHO_ANSWERS = re.compile(r"\([^()]{0,30}(?:경우|해당자|한함|해당\s*시|만\s*(?:작성|기재))[^()]{0,10}\)")
_SPACES = re.compile(r"\s+")
_KO_EITHER = re.compile(r"\s*[·ㆍᆞ‧/]\s*|\s+또는\s+")
#: what may follow a Korean label's head noun: a bracketed gloss or condition, a "whether", a particle
_KO_TAIL = re.compile(r"(?:\([^()]*\)|여부|등|란|및)+$")


#: "Personal Statement of: (State name in full, if no middle name state NMN …)": the instruction says what
#: the blank after the caption holds — the name
_NAME_IN_FULL = re.compile(r"\s*:?\s*\(\s*state name in full(?:[^()]|\([^()]*\))*\)?", re.I)


#: a bracket listing the answers to choose from: "(부/모/동거친족/기타)", "(L/C, D/A, D/P, T/T)",
#: "(corporation, LLC, individual, partnership...)", "(Y/N)" — the values, not the datum's name
_VALUE_LIST = re.compile(r"\(([^()]{1,160})\)")
_VALUE_SEP = re.compile(r"\s*(?:[/,·ㆍ、|]|\s또는\s|\sor\s)\s*")
_VALUE_TAIL = re.compile(r"\s*(?:\.{2,}|…|\betc\.?|등)\s*$", re.I)
#: how a date is written: "(년 월 일 시 분)", "(YYYY-MM-DD)", "(DD.MM.YYYY)"
_DATE_FORMAT = re.compile(r"\(\s*(?:(?:[년월일시분]|yyyy|yy|mm|dd)[\s./-]*){2,5}\)", re.I)
#: a Korean patent office label names its section and item in lenticular brackets: "【출원인】【성명(명칭)】"
_LENTICULAR = re.compile(r"[【】〔〕]+")


def _without_values(text: str, lex: "Lexicon") -> str:
    """The label without a bracket that lists the answers to choose from (two or more short items, none of
    them a datum the vocabulary knows: "(법인·외국인등록번호)" names data, and stays)."""
    def values(m: re.Match) -> str:
        items = [_VALUE_TAIL.sub("", i).strip(" .") for i in _VALUE_SEP.split(m.group(1))]
        items = [i for i in items if i]
        if len(items) < 2 or any(len(i) > 30 or len(i.split()) > 4 for i in items):
            return m.group(0)
        if any(_lookup(i, lex)[0] for i in items):
            return m.group(0)
        return " "

    if "(" not in text:
        return text
    out = _VALUE_LIST.sub(values, text)
    if out == text:
        return text
    out = _SPACES.sub(" ", out).strip(" .:;,-")
    # a vocabulary wording that holds its values ("소유구분(자경/임차)") is read whole
    return text if not _lookup(out, lex)[0] and _lookup(text, lex)[0] else out


def _strip_boilerplate(text: str) -> str:
    out = _LENTICULAR.sub(" ", _DATE_FORMAT.sub(" ", text))
    out = _NAME_IN_FULL.sub(": name", out)
    for pat in _BOILERPLATE_RES:
        out = pat.sub(" ", out)
    out = _ITEM_MARK.sub("", out)
    out = _REQUIRED_STAR.sub("", out)
    out = _KO_ITEM_NUMBER.sub("", out)
    out = _HANJA_GLOSS.sub("", out)
    out = _WHO_ANSWERS.sub("", out)
    out = _KO_EXAMPLES.sub(" ", out)
    return _SPACES.sub(" ", out).strip(" .:;,-")


def _find_roles(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """(cue, role) pairs found in text, longest cues first, not overlapping."""
    found: list[tuple[str, str]] = []
    low = text.lower()
    if not low:
        return found
    squeezed = re.sub(r"\s+", "", low)
    # "Contact Information" names no contact person: such phrases hold no cue
    taken: list[tuple[int, int]] = [m.span() for p in lex.not_party for m in p.finditer(low)]
    for needle, pat, role, cue in lex.cue_patterns:
        if needle:
            if needle not in low:
                continue
        elif lex.ko_needles[cue] not in squeezed:
            continue
        for m in pat.finditer(low):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            if not _is_reference(low, m.start(), m.end()):
                found.append((m.group(0), role))
    return found


#: a label that asks how many of something ("number of years", "number of FTE jobs"), not a number that names
_COUNT_OF = re.compile(r"\bnumber\s+of\s+(?!the\b|your\b)(?:[a-z]+\s+){0,2}[a-z]+s\b", re.I)
#: a label that asks a share ("percentage of all amounts owing"), not an amount
_SHARE = re.compile(r"\b(?:percentage|percent)\b|%")


def _context_party(ctx: list[str], lex: Lexicon) -> tuple[Optional[str], str, Optional[str], Optional[int]]:
    """(party, how it was found, whose relative, which one) the headings over a field name: the innermost heading that
    names one ("Information About Parent 1" under "Information About You"), and in it the party its words end
    in ("You (Spouse Beneficiary)": the beneficiary, a spouse); under "Information About You" alone, the
    reader's. A relative (a parent, a spouse) under a heading that names another party is that party's: the
    petitioner's parents and the beneficiary's are four people."""
    def party_of(c: str) -> Optional[str]:
        found = _find_roles(c, lex)
        if not found:
            return None
        low = c.lower()
        return max(found, key=lambda cr: low.rfind(cr[0]))[1]

    for i in range(len(ctx) - 1, -1, -1):
        role = party_of(ctx[i])
        if role:
            kin = lex.kb.roles.get(role)
            outer = next((o for o in map(party_of, reversed(ctx[:i])) if o and o != role), None) \
                if kin is not None and kin.kin else None
            return role, "context", outer, _index(ctx[i])
        if _ABOUT_YOU.search(ctx[i]):
            # under "Information About You": the reader's, the one who files the form
            return "applicant", "you", None, None
    return None, "none", None, None


#: a party named as the other end of a relationship, not as the one whose datum it is: "Relationship to
#: applicant", "신청인과의 관계" (the relationship of the person the form asks about, to the applicant)
_REFERENCE_BEFORE = re.compile(r"(?:relationship|relation|related)\s+(?:to|with)\s+(?:the\s+)?$")
_REFERENCE_AFTER = re.compile(r"^\s*[와과]\s*의?\s*(?:관\s*계|\)|$)")  # "관계(세대주와)" too


def _is_reference(low: str, start: int, end: int) -> bool:
    return bool(_REFERENCE_AFTER.match(low[end:end + 8]) or _REFERENCE_BEFORE.search(low[max(0, start - 30):start]))


def _references(text: str, lex: "Lexicon") -> frozenset:
    """("relative_to", role) of each party a label names as the other end of a relationship."""
    low = text.lower()
    if "관" not in low and "relat" not in low:
        return frozenset()
    out = set()
    for needle, pat, role, cue in lex.cue_patterns:
        if needle and needle not in low:
            continue
        for m in pat.finditer(low):
            if _is_reference(low, m.start(), m.end()):
                out.add(("relative_to", role))
    return frozenset(out)


def party_named(text: str, kb: Knowledge) -> Optional[str]:
    """The party a phrase names, by its head — the last party word ("Spouse Beneficiary" → beneficiary) —
    or None."""
    low = (text or "").lower()
    found = _find_roles(low, lexicon(kb))
    if not found:
        return None
    return max(found, key=lambda cr: low.rfind(cr[0]))[1]


# "the first owner's", "second guarantor" — not "first, middle, last"
_ORDINAL_RES = [(re.compile(rf"(?<![a-z]){re.escape(word)}\s+(?:[a-z]+\s+)?(?:owner|guarantor|partner|officer|member|"
                            rf"applicant|person|spouse|individual|principal|borrower|대표|보증인|참여자)"), word, n)
                for word, n in _ORDINALS.items()]
_PARTY_NUMBER = re.compile(r"(?:owner|guarantor|spouse|applicant|member|person|name|principal|partner|officer|"
                           r"director|shareholder|borrower|parent|beneficiary|heir|witness|employee|"
                           r"co-?applicant|co-?borrower|co-?owner|household member|signature|signer|보증인|참여자|공동대표|소유자|"
                           r"상속인)\s*#?\s*(\d{1,2})\b")
# (not children or dependants: "Child #3" of one form and the third dependant of another are not knowably one
# person — DC Schedule N numbers a non-custodial parent's children, the 1040 its dependants)
_ROW_NUMBER = re.compile(r"#\s*(\d{1,2})\b|\brow\s*(\d{1,2})\b")  # "Owner #2", "Owner/Entity Name Row 2"
#: "제2대표자", "제1 보증인": the n-th of a party
_KO_ORDINAL = re.compile(r"제\s*(\d{1,2})\s*(?=대표|보증인|참여자|공동대표|소유자|신청인|주주|임원|연대보증인)")


def _index(text: str) -> Optional[int]:
    low = text.lower()
    for pat, word, n in _ORDINAL_RES:
        if word in low and pat.search(low):
            return n
    m = _PARTY_NUMBER.search(low) or _KO_ORDINAL.search(low)
    if m:
        return int(m.group(1))
    m = _ROW_NUMBER.search(low)
    return int(m.group(1) or m.group(2)) if m else None


def _nearest_caption(context: tuple[str, ...]) -> str:
    """The block caption nearest a field: the last context entry that is more than an item number, and of
    a tooltip path ("Part 2. Information About You (Petitioner). Other Names Used") its last piece."""
    for c in reversed(context):
        if re.search(r"[^\W\d_]{3}", c):
            piece = re.split(r"(?<=[a-z)])\.\s+", c)[-1]
            # a part's title ("Part 1. Information About You (Person applying for … residence)") is no block
            return "" if re.match(r"\s*(?:part|section|schedule)\s+[\divx]+\b", piece, re.I) else piece
    return ""


def _qualifiers(text: str) -> tuple[frozenset[str], frozenset[str]]:
    low = text.lower()
    q = {name for name, pat in _QUALIFIER_RES if pat.search(low)}
    if {"home", "business"} <= q and not re.search(r"\b(?:home|residence|residential)\b|자택|거주|" + _HOME_KO, low):
        q.discard("home")  # "Physical address of business": where the business is, not anyone's home
    years = frozenset(_YEAR.findall(low))
    return frozenset(q), years


#: a part of a label that is an address and nothing more ("address", "street address", "full address")
_BARE_ADDRESS = re.compile(r"^(?:(?:full|street|mailing|complete)\s+)?address(?:es)?(?:\s+of)?$", re.I)

#: a person's datum as an organisation-type role has it ("lender name" is a company's; "Name and address of
#: Mortgage Holder": the company's address)
OF_AN_ORGANISATION = {"person.name": "org.name", "person.home_address": "org.address"}

#: a bracket listing the parts of a datum: "(number, street, and apt. or suite no.)", "(street, city, state & ZIP)"
_PARTS_GLOSS = re.compile(r"\([^()]*,[^()]*\)")


def _lookup(text: str, lex: Lexicon) -> tuple[tuple[str, ...], str]:
    """Concepts for a text: exact wording, then alternatives in parentheses, then the longest wording
    the text contains ("contains" when it covers at least half the label, else "partial")."""
    if not text:
        return (), "none"
    ko = _is_korean(text)
    key = compact(text) if ko else en_key(text)
    if key in lex.exact:
        return tuple(sorted(lex.exact[key])), "exact"
    # "Name, Address, & Phone Number of Applicant", "Date and place of birth": one box for several data,
    # all of them — never one of them alone
    # (not "The name and address of the Company's Agent: Agent's Name": a caption, then the box's own part)
    # (what a bracket says inside one datum, "Home address (number, street, and apt. no.)", lists no data)
    bare = re.sub(r"\([^()]*\)", " ", text)
    if not ko and re.search(r",|\s(?:and|&)\s", bare) and not re.search(r"\s(?:or|and/or)\s", bare, re.I) \
            and ":" not in bare:
        parts = [p.strip() for p in re.split(r",\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*", bare, flags=re.I) if p.strip()]
        if 2 <= len(parts) <= 5:
            found = []
            for part in parts:
                c, how = _lookup(part, lex) if part != text else ((), "none")
                if how in ("exact", "contains") and len(c) == 1:
                    found.append(c[0])
                elif _BARE_ADDRESS.match(part.strip(" /;:-–")):
                    # "Name and address of Applicant": "address" alone names no concept (whose, which one?),
                    # but it is a second datum of the box — the address of whom the box is about
                    found.append("person.home_address")
            if len(set(found)) >= 2 and len(found) >= len(parts) - 1 and not any(
                    "signature" in c or c.endswith("date") and "birth" not in c for c in found):
                return tuple(sorted(set(found))), "composite"
    # "A or B", "(SSN or EIN)", "Owner/Entity Name": either wording
    if not ko:
        alts = set()
        inner = re.sub(r"^.*\(([^()]*)\).*$", r"\1", text) if "(" in text else ""
        # (an "or" inside a bracket is the bracket's: "Address (number, street, and apt. or suite no.)" is no
        # choice between an address and a suite number; a bracket listing parts offers no alternative either)
        outer = re.sub(r"\([^()]*\)", " ", text) if inner else text
        for source in (outer, "" if "," in inner else inner):
            if re.search(r"\s(?:or|and/or)\s", source, re.I):
                for part in re.split(r"\s(?:or|and/or)\s", source, flags=re.I):
                    alts |= lex.exact.get(en_key(part), set())
        m = re.search(r"\b([a-z]+)/([a-z]+)\b", text, re.I)
        # "Spouse's/Registered Domestic Partner's": two names of one party, not two data
        if m and (len(m.group(1)) < 3 or (_find_roles(m.group(1), lex) and any(
                text[m.start(2):].lower().startswith(cue) for cue, _, ko in lex.role_cues if not ko))):
            m = None
        if m and not re.search(r"applicant/borrower|mm/dd", text, re.I):
            for word in (m.group(1), m.group(2)):
                alt = text[:m.start()] + word + text[m.end():]
                c, how = _lookup(alt, lex) if "/" not in alt else ((), "none")
                if how in ("exact", "contains", "alternatives"):
                    alts |= set(c)
                else:
                    role_free = re.sub(r"\b(?:owner|guarantor|spouse|applicant|borrower)(?:'s)?\b", " ", alt, flags=re.I)
                    c2, how2 = _lookup(role_free, lex) if role_free != alt else ((), "none")
                    if how2 in ("exact", "contains", "alternatives"):
                        alts |= set(c2)
        halves = text.split("/")
        if len(halves) == 2 and all(len(h.split()) >= 2 for h in halves):
            # "Last name/BMF company name": two wordings of several words each, either one
            for half in halves:
                c, how = _lookup(half.strip(), lex)
                if how in ("exact", "contains", "alternatives"):
                    alts |= set(c)
        if inner:
            alts |= lex.exact.get(en_key(text.replace(f"({inner})", " ")), set()) if alts else set()
        if len(alts) > 1:
            return tuple(sorted(alts)), "alternatives"
        if len(alts) == 1 and m and all(_lookup(text[:m.start()] + w + text[m.end():], lex)[0] == tuple(alts)
                                        for w in (m.group(1), m.group(2))):
            # "State of incorporation/organization": two wordings of one datum
            return tuple(alts), "alternatives"
        if len(alts) == 1 and re.search(r"\s(?:or|and/or)\s", text, re.I):
            # "6-digit Primary Industry or NAICS code": two wordings of one datum, one read exactly and the
            # other naming the same datum in part
            parts = re.split(r"\s(?:or|and/or)\s", text, flags=re.I)
            readings = [_lookup(part, lex) for part in parts]
            if len(parts) == 2 and all(set(c) == alts and how != "none" for c, how in readings):
                return tuple(alts), "alternatives"
    # an interpunct, a slash or 또는 between two wordings: "직급ㆍ계급", "직위·직급", "성명 또는 법인 명칭" — either
    # (one inside a bracket is the bracket's: "직위(직급ㆍ계급)" is read below, head and bracket)
    if ko and _KO_EITHER.search(re.sub(r"\([^()]*\)", " ", text)):
        alts, parts = set(), [p for p in _KO_EITHER.split(text) if p.strip()]
        for part in parts:
            c, how = _lookup(part, lex)
            if how in ("exact", "alternatives"):
                alts |= set(c)
        if alts and len(parts) > 1:
            return tuple(sorted(alts)), "alternatives"
    # a bracketed qualifier after its head: "주소(사업장)" is "사업장 주소", "지원금(정부)" "정부지원금"
    if ko and ko_key(text) != key and ko_key(text) in lex.exact:
        return tuple(sorted(lex.exact[ko_key(text)])), "exact"
    # the same standard words as a wording, in another order, spaced apart or with the class word written
    # short or long: "매출금액" is "매출액", "작성 연월일" "작성일"
    if ko and (std := standard_words(text, lex)) in lex.std_exact:
        return tuple(sorted(lex.std_exact[std])), "exact"
    # parentheses as alternatives: "상호(법인명)", "주민(법인)등록번호", "성명(대표자)"
    m = re.match(r"^(.*?)\(([^()]*)\)(.*)$", text)
    if m and _NAME_PARTS_GLOSS.fullmatch(m.group(2)) and not m.group(3).strip() \
            and "person.name" in lex.kb.concepts and _NAME_HEAD.search(m.group(1)):
        # "Owner's Legal Name (First name Last name)", "Legal Name (Last, First, Middle)": the bracket says
        # how to write a person's name, so the name is a person's
        return ("person.name",), "exact"
    if m:
        head, inner, tail = m.group(1).strip(), m.group(2).strip(), m.group(3).strip()
        alts = set()
        # (a bracket listing parts — "Address (number, street, and apt. or suite no.)" — says how to write the
        # head, it names no other datum)
        listing = "," in inner and bool(head)
        for cand in (head + tail, *(() if listing else (inner + tail if tail else inner,)), head):
            if cand:
                k = compact(cand) if _is_korean(cand) else en_key(cand)
                alts |= lex.exact.get(k, set())
        if head and tail and not head.endswith(" "):  # 주민(법인)등록번호 → 법인등록번호
            k = compact(inner + tail)
            alts |= lex.exact.get(k, set())
        if ko and not tail and _KO_EITHER.search(inner):  # "직위(직급ㆍ계급)": the bracket's either, read whole
            c, how = _lookup(inner, lex)
            alts |= set(c) if how in ("exact", "alternatives") else set()
        if alts:
            return tuple(sorted(alts)), "alternatives"
    # the longest known wording contained in the label
    # (a bracket listing parts — "(number, street, and apt. or suite no.)" — says how to write the datum: its
    # words name no datum of their own)
    if not ko and _PARTS_GLOSS.search(text) and _PARTS_GLOSS.sub(" ", text).strip():
        text = _PARTS_GLOSS.sub(" ", text)
        key = en_key(text)
    words = frozenset(key.split()) if not ko else frozenset()
    best, coverage, best_keys = set(), 0.0, set()
    if ko:
        # every wording the label contains, through the label's own substrings (no scan of the lexicon)
        # Korean compounds end in their head ("대표자 성명" is a name): a wording inside a label that does not
        # end it (but for one syllable: "주소지") is a modifier — "수신기간 상호 동시 통화 가능 여부" (상호 is
        # "mutual" there), "전화방업" (a business, not a phone)
        # (a unit or an instruction in brackets after the head is no part of the wording: "수출실적(USD)")
        bare = compact(re.sub(r"(?:\([^()]*\)\s*)+$", "", text)) or key
        head_end = len(_KO_TAIL.sub("", bare))
        for n in range(min(len(key), lex.ko_longest), 1, -1):
            found = {cid for i in range(len(key) - n + 1) for cid in lex.ko_by_key.get(key[i:i + n], ())
                     if 4 * n >= 3 * len(bare) or i + n >= head_end - 1}
            if found:
                best, coverage = found, n / max(len(bare), 1)
                break
    else:
        # the longest wordings whose words the label all has (each wording indexed under one of its words)
        seq = en_words(text, keep_stop=True)
        # (a word that stands only as the first part of a hyphenated compound qualifies what follows:
        # "state-specific provisions" are provisions, not a state)
        low = unicodedata.normalize("NFKC", text).lower()
        hyphened = {w for w in words if re.search(rf"(?<![a-z]){re.escape(w)}-[a-z]", low)
                    and not re.search(rf"(?<![a-z-]){re.escape(w)}(?![a-z-])", low)} if "-" in low else set()
        hits = [v for w in words for v in lex.en_by_word.get(w, ()) if v[2] <= words
                and not (len(v[2]) == 1 and v[2] <= hyphened) and _tight(v[2], seq)]
        if hits:
            # the wording of the most words; of two as long, one that names one datum before one that may
            # name several ("legal last name" is a last name; "legal name" may be a person's or a business's)
            many = Counter(k for k, _ in {(v[0], v[1]) for v in hits})
            rank = {v: (len(v[2]), many[v[0]] == 1, len(v[0])) for v in hits}
            top = max(rank.values())
            tied = sorted(v for v in hits if rank[v] == top)
            best, best_keys = {v[1] for v in tied}, {v[0] for v in tied}
            coverage = len(tied[-1][2]) / max(len(words), 1)
    if best and not ko and _names_another_thing(text, best_keys, lex):
        return (), "none"
    if best:
        return tuple(sorted(best)), "contains" if coverage >= 0.5 else "partial"
    return (), "none"


def _tight(wording: frozenset, seq: list[str]) -> bool:
    """Whether a wording's words stand together in the label: "Business Web Address" is no business
    address — "web", inside the compound, names another datum. A phrase is not a compound: where the
    words are spread over a phrase with stop words ("Address of business", "Name and title of applicant
    business"; ``seq`` holds stop words as ""), the wording stands; so does a neutral word inside it."""
    if len(wording) < 2:
        return True
    best = None
    for i, w in enumerate(seq):
        if w not in wording:
            continue
        seen: set[str] = set()
        for j in range(i, len(seq)):
            if seq[j] in wording:
                seen.add(seq[j])
            if seen == wording:
                best = seq[i:j + 1] if best is None or j + 1 - i < len(best) else best
                break
    # (a phrase, not a sentence: "Name and title of the applicant business" holds five words more than its
    # wording; "number of FTE jobs retained … because of the loan" asks no loan number)
    return best is not None and len(best) <= len(wording) + 5 and (
        "" in best or all(w in wording or w in _NEUTRAL_MODIFIERS for w in best))


#: words that may stand before a generic head ("full name", "print name") without changing the datum
_NEUTRAL_MODIFIERS = {"full", "legal", "print", "printed", "type", "typed", "complete", "correct", "official",
                      "current", "present", "true", "exact", "actual", "first", "last", "middle", "given", "family",
                      "my", "his", "her", "their", "our", "person", "individual", "personal", "contact", "primary",
                      "other", "signer", "signatory", "list", "show", "write", "provide", "state", "your", "main"}
_GENERIC_HEADS = {"name", "number", "address", "date"}
#: words that say where on the form ("Name of Applicant line 1"), not whose
_WHERE_ON_FORM = {"line", "box", "item", "part", "page", "column", "row", "section", "block", "field", "entry"}
#: what a bare "date" may be dated by and still be the date the form is signed or filed on
_SIGNING_WORDS = {"sign", "signed", "signing", "signature", "application", "submission", "submitted", "filing",
                  "filed", "completion", "completed", "today", "prepared", "executed", "return"}


def _names_another_thing(text: str, matched: set[str], lex: "Lexicon") -> bool:
    """Whether a label matched only by a generic head word ("name", "number", "address") asks about
    something else that the word before the head names: "Foreign country name", "SBA loan name", "Loan
    number", "Property address" are not a person's name, number or address. Party words ("Lender name",
    "Owner's name") and neutral words ("Full name", "Print name") keep the reading."""
    if matched and matched <= _MODIFIER_WORDS:
        return _a_modifier_here(text, matched, lex)
    if not matched or any(k not in _GENERIC_HEADS for k in matched):
        return False
    words = re.findall(r"[a-z0-9']+", unicodedata.normalize("NFKC", text).lower().replace("’", "'"))
    if "date" in matched:
        # "Deceased date", "Date of death", "Effective date": a date of something else than the signing
        others = [w.strip("'") for w in words if w != "date" and w not in _EN_STOP and w not in _NEUTRAL_MODIFIERS
                  and not w.isdigit()]
        return bool(others) and not any(w in _SIGNING_WORDS or _find_roles(w, lex) for w in others)
    for i, w in enumerate(words):
        if w not in matched:
            continue
        after = words[i + 2].strip("'") if i + 2 < len(words) and words[i + 1] == "of" else ""
        if after and after not in _EN_STOP and after not in _NEUTRAL_MODIFIERS and not after.isdigit() \
                and after not in _WHERE_ON_FORM and len(after) > 2 and not _find_roles(after, lex):
            return True  # "Name of institution", "Address of property": that thing's, not a person's
        if i == 0:
            continue
        before = words[i - 1]
        if before.endswith("'s") or before.endswith("s'"):
            continue  # "Designee's name", "Landlord's name": a party's name, whoever the party is
        before = before.strip("'")
        if before in _EN_STOP or before in _NEUTRAL_MODIFIERS or before.isdigit() or len(before) < 2:
            continue
        if _find_roles(before, lex):
            continue
        return True
    return False


#: words a label often holds as the modifier of another head, or in a phrase about another party: "State funding",
#: "State Application Identifier", "Date received by State" (no state of an address), "CFDA Program Title", "funding
#: opportunity title" (no person's job title) — SF-424, grants review 43 #4
_MODIFIER_WORDS = {"state", "title"}
_PREPOSITIONS = {"by", "from", "to", "with", "for"}


def _a_modifier_here(text: str, matched: set[str], lex: "Lexicon") -> bool:
    """Whether a label matched only by one of :data:`_MODIFIER_WORDS` uses it to say something of another head:
    another word of content follows it in the phrase ("State funding"), a preposition puts it after another
    datum ("Date received by State"), or — for a title — a word before it that names no party says whose
    title ("Program Title"; "Owner's title", "Applicant title", "Official title" keep it)."""
    first = re.split(r"[(:;.,/]", unicodedata.normalize("NFKC", text).lower().replace("’", "'"), maxsplit=1)[0]
    # (of two data in one box, "Typed Name & Title of Authorized Official", the phrase that holds the word)
    first = next((p for p in re.split(r"\s*&\s*|\s+and\s+", first) if set(re.findall(r"[a-z0-9']+", p)) & matched), first)
    words = re.findall(r"[a-z0-9']+", first)
    for i, w in enumerate(words):
        if w not in matched:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if after and after not in _EN_STOP and after not in _NEUTRAL_MODIFIERS and after not in _WHERE_ON_FORM \
                and not after.isdigit() and not after.endswith("ed") and after not in ("shown", "given", "name") \
                and len(after) > 2 and not _find_roles(after, lex):
            return True
        before = [x for x in words[:i] if x not in ("enter", "please", "the", "a", "an")]
        if before and before[-1] in _PREPOSITIONS and len(before) > 1:
            return True
        if w == "title" and before:
            b = before[-1]
            if not (b.endswith("'s") or b.endswith("s'") or b in _EN_STOP or b in _NEUTRAL_MODIFIERS
                    or len(b) < 2 or b.isdigit() or _find_roles(b.strip("'"), lex)):
                return True
    return False


_RANK = {"exact": 3, "alternatives": 3, "composite": 3, "contains": 2, "partial": 1, "none": 0}


#: a run of English words in a Korean label: "국적 Nationality/Country", "3. 총중량 (Gross Weight)"
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z.'’/&-]*(?:\s+[A-Za-z][A-Za-z.'’/&-]*)*")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def bilingual_halves(label: str) -> tuple[str, ...]:
    """A label printed in two languages — Korean, then its English (bilingual forms of immigration,
    customs, ships: "휴대 전화 Cell phone No.", "Invoice No. (송품장번호)") — as its Korean half and its
    English half; () for a label in one language, or Korean with an English term in it ("E-mail 주소",
    "HS 부호": the English run must hold at least two words or eight letters)."""
    if not _HANGUL.search(label):
        return ()
    runs = [m for m in _LATIN_RUN.finditer(label)]
    english = " ".join(m.group(0).strip(" .-/") for m in runs)
    words = _LATIN_WORD.findall(english)  # (words of two letters or more: not the "b" of stray markup)
    # (one English word is a translation where it follows the Korean: "성 Surname", "국적 Nationality")
    trailing = len(runs) == 1 and not label[runs[0].end():].strip(" .:)") and _HANGUL.match(label.strip()) and \
        sum(map(len, words)) >= 4
    if len(words) < 2 and sum(map(len, words)) < 8 and not trailing:
        return ()
    # (a bracket of no Korean — the English, a unit "(㎡)" read as "(m2)" — is no part of the Korean half)
    korean = _LATIN_RUN.sub(" ", re.sub(r"\([^()\uac00-\ud7a3]*\)", " ", label))
    korean = _SPACES.sub(" ", re.sub(r"\(\s*[./,:-]*\s*\)", " ", korean)).strip(" .:;,/-")
    return (korean, english) if _HANGUL.search(korean) else ()


@lru_cache(maxsize=65536)
def _read_cached(label: str, context: tuple[str, ...], lex_id: int) -> Reading:
    r = _read_one(label, context, lex_id)
    if r.how not in ("none", "partial"):
        return r
    # a bilingual label the whole of which reads no datum: its Korean half, else its English half
    halves = bilingual_halves(clean_label(label))
    for half in halves:
        h = _read_one(half, context, lex_id)
        if _RANK[h.how] > _RANK[r.how]:
            return replace(h, note=f"read by its half '{half[:40]}': a label printed in two languages")
    if halves and r.how == "none":
        # neither half is a known datum: its words are compared by the Korean half ("영업장 면적 Floor area of
        # premises (㎡)" says "영업장 면적(㎡)", and its translation)
        h = _read_one(halves[0], context, lex_id)
        return replace(h, note=f"compared by its half '{halves[0][:40]}': a label printed in two languages")
    return r


#: the letter a Korean form prints after an amount to name it in its formulas: "자기부담사업비(B) 현금", "총 사업비
#: (C=A+B)", "정부지원사업비(ⓐ)" — a mark, not a word of the datum (review 44 #5: "자기부담사업비(B) 현금" read as
#: two data, "자기부담사업비" and "현금", where "자기부담사업비 현금" is one)
_KO_AMOUNT_MARK = re.compile(r"(?<=[가-힣])\s*\(\s*[A-Za-z\u24b6-\u24e9](?:\s*[=+\-]\s*[A-Za-z\u24b6-\u24e9])*\s*\)")


_VALUE_TABLES: dict[int, tuple] = {}


def _value_table(lex: "Lexicon") -> tuple:
    """(concept id, ((value, (" word … ", …)), …)) of every choice concept with two or more English values, built
    once per knowledge."""
    table = _VALUE_TABLES.get(id(lex.kb))
    if table is None:
        table = tuple((c.id, tuple((v, tuple(f" {re.sub(r'[^a-z]+', ' ', w.lower()).strip()} " for w in words
                                              if re.search(r"[a-z]", w))) for v, words in c.values.items()))
                      for c in lex.kb.concepts.values() if c.kind == "choice" and len(c.values) >= 2)
        _VALUE_TABLES[id(lex.kb)] = table
    return table


#: a list of answers is printed with separators between them ("M=Male; F=Female", "Male / Female")
_LISTED = re.compile(r"[;/=,]|\bor\b", re.I)


def _by_listed_values(text: str, lex: "Lexicon") -> tuple[tuple[str, ...], str]:
    """The choice concept two or more of whose values a label names as whole words, and nothing else; ((), "none")."""
    if not _LISTED.search(text):
        return (), "none"
    low = " " + re.sub(r"[^a-z]+", " ", text.lower()) + " "
    found = [cid for cid, values in _value_table(lex)
             if sum(1 for _, words in values if any(w in low for w in words)) >= 2]
    return (tuple(found), "partial") if len(found) == 1 else ((), "none")


def _read_one(label: str, context: tuple[str, ...], lex_id: int) -> Reading:
    lex = _LEXICONS[lex_id]
    raw = clean_label(label).replace("\u2019", "'").replace("\u2018", "'")  # "Spouse’s" is "Spouse's"
    text = without_possessive(_without_values(_strip_boilerplate(raw), lex), lex.words)
    if _is_korean(text):
        text = _SPACES.sub(" ", _KO_AMOUNT_MARK.sub(" ", text)).strip()
    if lex.agency_names is not None and lex.agency_names.search(text):
        text = _SPACES.sub(" ", lex.agency_names.sub(" ", text)).strip(" .:;,-")
    qualifiers, years = _qualifiers(text)
    index = _index(raw)
    roles = _find_roles(text, lex)
    concepts, how = _lookup(text, lex)
    if not concepts and context and not _is_korean(text):
        # a fragment under the block caption it is part of: "7. Present Residence Address: From ___ To ___
        # Address ___" prints "To Address" (a widget's tooltip) under the caption "Present Residence Address" — its
        # words (past the range's "from"/"to" and an "enter") are the caption's, and the caption names the datum
        # (review 46 #1)
        caption = _nearest_caption(context)
        own = {w for w in en_words(text) if w not in _FRAGMENT_WORDS}
        if own and caption and own <= set(en_words(caption)):
            part, part_how = _lookup(caption, lex)
            if part_how == "exact":
                concepts, how = part, "contains"
    if not concepts and not _is_korean(text):
        # a label that lists a choice's answers and nothing else names it: "Response_M=Male; F=Female; X=Not
        # Disclosed" (a coded list, SBA Form 1244's tooltip) is the sex asked, "H=Hispanic or Latino; N=Not Hispanic
        # or Latino" the ethnicity — two or more of one concept's values, as whole words (review 46 #10)
        concepts, how = _by_listed_values(text, lex)
    block = _BLOCK_THEN_PART.fullmatch(text) if not _is_korean(text) else None
    if block:
        # "Present Residence Address: City": the block, then the part of it asked — the city of that
        # address, not the address (the block's qualifiers stay)
        part, part_how = _lookup(block.group(2), lex)
        if part_how == "exact" and set(part) != set(concepts) and how != "exact":  # (unless the whole is a wording)
            concepts, how = part, "contains"
    compound_of = None
    if len({r for _, r in roles}) > 1 and _is_korean(text):
        # a Korean compound ends in its head: "대표사 대표자", "신청기업 대표자" is the representative's, and a
        # bracket names which party a broader word means: "동의자(대표자) 성명" — the party word last
        bare = compact(text)
        roles = sorted(roles, key=lambda x: bare.rfind(compact(x[0])), reverse=True)
        # … of the party before it ("공동수급체 대표자": the consortium's representative, not a member firm's), unless
        # a bracket says which party the word means
        owner = next((r for cue, r in roles[1:] if r != roles[0][1] and not re.search(
            r"\([^()]*" + re.escape(cue) + r"[^()]*\)", text)), None)
        head = lex.kb.roles.get(roles[0][1])
        if owner and "applicant" not in (owner, roles[0][1]) and not (head is not None and head.kin):
            # (the applicant's own data, whoever's member it is, are the applicant's; a relative named with a
            # party — "대표자 배우자" — is read below, as the relative's)
            compound_of = owner
    if len({r for _, r in roles}) > 1 and not _is_korean(text):
        # an English caption's datum is the last party's it names: "Borrower. Name & Address of Employer",
        # "Applicant's employer's name" ask the employer's name — in its own last segment, a short caption, not a
        # sentence ("Enter spouse's SSN above child's name here"); a party in brackets qualifies the whole and comes
        # last in nothing ("Employer's name (Co-Borrower)")
        flat = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text.lower())
        start = max(flat.rfind(". "), flat.rfind(": "))
        last = flat[start + 1:] if start >= 0 else flat
        if 0 < len(re.findall(r"[a-z]+", last)) <= 6 and any(cue.lower() in last for cue, _ in roles):
            roles = sorted(roles, key=lambda x: flat.rfind(x[0].lower()), reverse=True)
    role, role_from = (roles[0][1], "label") if roles else (None, "none")
    kin = [r for _, r in roles if r in lex.kb.roles and lex.kb.roles[r].kin]
    if kin and len({r for _, r in roles}) > 1 and len(text.split()) <= 10:
        # "Applicant's spouse's date of birth": the spouse's, whoever's spouse (in a label, not a question that
        # mentions a family member: "… means spouse, minor child …")
        role = kin[0]
    rest = text
    if roles and how not in ("exact", "alternatives"):
        for cue, _ in roles:
            rest = re.sub(re.escape(cue), " ", rest, flags=re.I)
        # "the first owner's" names which owner; "first name" is a datum
        rest = re.sub(r"(?<![a-z])(?:first|second|third|fourth|fifth|#?\d{1,2})(?![a-z])(?!\s+(?:name|initial))", " ",
                      rest, flags=re.I)
        rest = re.sub(r"\(\s*\)", " ", re.sub(r"\s+", " ", rest))
        # a block's caption that only says it is about the party: "Co-Applicant Information. Name" asks the name
        rest = re.sub(r"^\W*(?:information|info|details)\s*(?:about\b)?\s*[.:]\s*", "", rest.strip(), flags=re.I)
        rest = re.sub(r"^[\s/&'’]+|[\s/&]+$", "", re.sub(r"\s*/\s*(?=/|$)", " ", rest)).strip(" .:;,-'/")
        if rest and rest != text:
            c2, how2 = _lookup(rest, lex)
            # the label without its role words reads better only if it reads more exactly
            if c2 and _RANK[how2] > _RANK[how]:
                concepts, how = c2, how2
        if not concepts and re.fullmatch(r"(?:명|이름|성명|name)?", rest.lower()):
            # "대표자", "대표자명", "담당자명": the person's name; "Lender", "Borrower": the party's name (a
            # business where the party is first an organisation)
            subjects = lex.kb.roles[role].subject
            concepts, how = ("org.name" if subjects and subjects[0] == "organisation" else "person.name",), "contains"
    if "person.name" in concepts and "org.name" in concepts and _FIRST_AND_LAST.search(raw):
        # "the owner's legal name, including first, middle, and last names": a name with a first and a last
        # name is a person's
        concepts = tuple(c for c in concepts if c != "org.name")
        how = "exact" if how == "alternatives" and len(concepts) == 1 else how
    if role is None and _YOU.search(raw):
        # "Your social security number": the "you" of a form is the one who fills it in, the applicant
        role, role_from = "applicant", "you"
    elif role_from == "label" and ASKED_OF_YOU.search(raw):
        # a question put to "you" asks about the one who answers it: a party its clauses name is not whose it is —
        # the agency that debars ("… excluded from participation in this transaction by any Federal Department or
        # agency?"), the consequence ("If yes, the Applicant is not eligible"), the case ("If you are a 50% or more
        # owner of the Applicant, are you …") — SBA 1244 Section Two read "issuer" and "applicant" there
        role, role_from = "applicant", "you"
    kin_of = None
    if role is None and context:
        # a heading or row header that is itself an organisation's datum ("대표 전화번호") names nobody
        ctx = [c for c in context if not _is_org_wording(c, lex)]
        role, role_from, kin_of, ctx_index = _context_party(ctx, lex)
        if role_from == "context" and index is None:
            index = ctx_index  # "Information About Parent 2": which of them
    if not qualifiers and context:
        # a fragment label takes the qualifier of the block it sits in: "Family Name" under "Other Names
        # Used", "ZIP Code" under "Mailing Address"
        qualifiers = _qualifiers(_nearest_caption(context))[0]
    if role and role in lex.kb.roles and tuple(lex.kb.roles[role].subject) == ("property",):
        # the premises the form is about, not a party ("특정소방대상물 | 명칭(상호)", "소재지" under it): the
        # building's name and address (a concept's of_property), whoever files the form
        def of_property(c: str) -> str:
            k = lex.kb.concepts.get(c)
            return k.of_property if k is not None and k.of_property in lex.kb.concepts else c

        concepts = tuple(sorted({of_property(c) for c in concepts}))
        role, role_from = None, "none"
    if role and concepts and role in lex.kb.roles:
        subjects = lex.kb.roles[role].subject
        # a person datum of an organisation-type role is the organisation's ("lender name" is a company)
        if "person" not in subjects:
            concepts = tuple(sorted({OF_AN_ORGANISATION.get(c, c) for c in concepts}))
        # an organisation datum keeps the applicant: "대표 전화번호" is the company's phone, "직원 수" its size
        elif len(concepts) == 1 and lex.kb.concepts.get(concepts[0]) and role in _ORG_INSIDE_ROLES and \
                lex.kb.concepts[concepts[0]].subject == "organisation" and "organisation" not in subjects:
            role, role_from = None, "none"
    if concepts and all(lex.kb.concepts.get(c) is not None and lex.kb.concepts[c].subject in ("application", "consent", "document")
                        for c in concepts) and not (role_from == "label" and (
                            concepts == ("application.date",) or _another_party(role, roles, text, concepts, lex))):
        # the application's own data (its date, the amount) belong to no party; a date signed by a named
        # party is that party's ("Date signed by lender" is no date of the applicant's), and so is a datum the
        # label gives to another party ("임대인 계좌번호": the landlord's account, not the one the grant is paid to)
        role, role_from = None, "none"
    count, share = (_COUNT_OF.search(text), _SHARE.search(text)) if how == "partial" and concepts else (None, None)
    if count or share:
        # words of a datum scattered in a label that asks a count or a share of something ("the number of years
        # after final loan disbursement", "the percentage of all amounts owing under the Note"): not that
        # identifier, not that amount
        def scattered(c: str) -> bool:
            k = lex.kb.concepts.get(c)
            return k is not None and bool((k.identifier and count) or (k.kind == "amount" and share))

        kept = tuple(c for c in concepts if not scattered(c))
        if kept != concepts:
            concepts, how = kept, ("partial" if kept else "none")
    identifier = None
    if len(concepts) == 1:
        c = lex.kb.concepts.get(concepts[0])
        identifier = c.identifier if c else None
        if c and c.subject == "organisation" and role in (None, "applicant") and role_from != "label":
            role, role_from = "applicant", "default"

    # (the answers a bracket lists — "(부/모/동거친족/기타)" — mark no party or contrast of the datum's)
    marks = contrast_marks(_without_values(raw, lex), lex) | _references(text, lex)
    if kin_of and role_from == "context":
        marks = marks | {("relative_of", kin_of)}
    if compound_of and role_from == "label":
        marks = marks | {("of_party", compound_of)}
    for cid, member, kinds in lex.contrast_unmarked:
        # "Note amount" is written in figures: it differs from "… in words" as two data
        if concepts and all(lex.kb.concepts.get(c) is not None and lex.kb.concepts[c].kind in kinds for c in concepts) \
                and not any(c == cid for c, _ in marks):
            marks = marks | {(cid, member)}
    if role is None:
        # "Claimant's social security number", "Recipient's SSN": a party the vocabulary does not know, named
        # by a possessive — whose datum it is, though not which role
        m = _POSSESSOR.search(raw.lower().replace("\u2019", "'"))
        if m and m.group(1) not in _NOT_POSSESSORS:
            marks = marks | {("party", m.group(1))}
    mods = modifiers_of(text, concepts[0], lex, [c for c, _ in roles]) if how == "contains" and len(concepts) == 1 \
        else frozenset()
    return Reading(text=rest if how != "exact" else text, concepts=concepts, how=how, role=role, role_from=role_from,
                   index=index, qualifiers=qualifiers, years=years, identifier=identifier, marks=marks,
                   modifiers=mods)


def _another_party(role: Optional[str], roles, text: str, concepts, lex: "Lexicon") -> bool:
    """Whether the label gives its datum to ``role``, a party other than the applicant and those who act in
    its name, by a word of its own: the label without the party's word still asks the datum ("임대인
    계좌번호"), where in "금융기관명" or "Bank sort code" the institution's word is part of the datum's name."""
    r = lex.kb.roles.get(role) if role else None
    if not r or role in ("applicant", "representative", "co_representative", "contact", "writer") or \
            r.signs_as_applicant or "person" not in r.subject:
        return False
    rest = text
    for cue, _ in roles:
        rest = re.sub(re.escape(cue), " ", rest, flags=re.I)
    rest = _SPACES.sub(" ", rest).strip(" .:;,-'")
    return bool(rest) and set(_lookup(rest, lex)[0]) == set(concepts)


_POSSESSOR = re.compile(r"(?<![a-z])([a-z]{3,})'s(?![a-z])")
#: possessives that name no party: "today's date", "the year's total", "person's" (anybody)
_NOT_POSSESSORS = {"driver", "today", "year", "month", "week", "day", "person", "individual", "one", "other", "else", "form",
                   "return", "property", "business", "company", "entity", "organization", "organisation", "loan",
                   "account", "program", "programme", "project", "state", "country", "city", "county", "agency"}


def contrast_marks(text: str, lex: "Lexicon") -> frozenset:
    """The members of label-scope contrast classes (contrasts.yaml) a label holds: ("trade_party",
    "buyer") in "Buyer's name", ("script", "영문") in "상호(영문)". Korean members of two syllables or more
    are found with spacing ignored; one-syllable ones ("전", "후") only as a word of their own."""
    if not lex.contrast_patterns:
        return frozenset()
    low = unicodedata.normalize("NFKC", text).lower()
    squeezed = re.sub(r"\s+", "", low)
    found = set()
    for cid, member, pat, on_squeezed, needle in lex.contrast_patterns:
        target = squeezed if on_squeezed else low
        if needle in target and pat.search(target):
            found.add((cid, member))
    return frozenset(found)


def _is_org_wording(text: str, lex: Lexicon) -> bool:
    concepts, how = _lookup(_strip_boilerplate(clean_label(text)), lex)
    return how in ("exact", "alternatives") and all(
        lex.kb.concepts.get(c) is not None and lex.kb.concepts[c].subject == "organisation" for c in concepts)


_LEXICONS: dict[int, Lexicon] = {}


def lexicon(kb: Knowledge) -> Lexicon:
    key = id(kb)
    if key not in _LEXICONS:
        _LEXICONS[key] = Lexicon(kb)
    return _LEXICONS[key]


#: a label that speaks of a first and a last name
_FIRST_AND_LAST = re.compile(r"\b(?:first|given)\b.{0,30}\b(?:last|family|sur)\b|\b(?:last|family|sur)(?:name)?\b.{0,30}"
                             r"\b(?:first|given)\b", re.I)
#: a bracket that lists the parts of a person's name: "(First name Last name)", "(Last, First, MI)"
_NAME_PARTS_GLOSS = re.compile(r"\s*(?:(?:first|last|middle|given|family|sur)\s*(?:name)?|surname|mi|m\.i\.?|initial|"
                               r"middle initial)(?:\s*[,/]?\s*(?:(?:first|last|middle|given|family|sur)\s*(?:name)?|"
                               r"surname|mi|m\.i\.?|initial|middle initial))+\s*\.?\s*", re.I)
_NAME_HEAD = re.compile(r"\bname\s*$|^\s*(?:full\s+|legal\s+)?name\s+of\s", re.I)  # "… Name", "Name of person applying"


#: "Social Insurance Number (SIN)", "Project Director/Principal Investigator (PD/PI)": an acronym printed in
#: brackets right after the words it stands for
_ACRONYM_DEF = re.compile(r"([A-Za-z][A-Za-z'&/ -]{2,120}?)\s*\(\s*([A-Z][A-Z0-9&]{1,7}(?:\s*/\s*[A-Z][A-Z0-9&]{1,7})*)"
                          r"\s*\)")
#: words an acronym skips ("Facilities and Administrative" is "F&A", "Department of Education" "DOE")
_ACRONYM_SKIP = {"of", "and", "the", "for", "or", "to", "a", "an", "in", "on", "&"}
_ACRONYM_TOKEN = re.compile(r"(?<![A-Za-z0-9&])[A-Z][A-Z0-9&]{1,7}(?![A-Za-z0-9&])")
_ACRONYM_REV = re.compile(r"(?<![A-Za-z0-9&])([A-Z][A-Z0-9&]{1,7})\s*\(\s*([A-Za-z][A-Za-z'& -]{2,120}?)\s*\)")
#: a label that is words only, without its number or a trailing "number"/"no." ("Unique Entity Number")
_LABEL_WORDS = re.compile(r"\s*(?:\d{1,2}[a-z]?\.\s*)?([A-Za-z][A-Za-z'&-]*(?:\s+[A-Za-z][A-Za-z'&-]*){2,6})\s*[:.]?\s*")


def _spelled(acronym: str, phrase: str) -> str:
    """The last words of ``phrase`` whose initials spell ``acronym`` ("Tax file number" for "TFN"), or ""."""
    letters = [ch for ch in acronym.lower() if ch.isalpha()]
    words = [w for w in re.split(r"[\s-]+", phrase.strip()) if w]
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        initials = [w[0].lower() for w in tail if w.lower() not in _ACRONYM_SKIP]
        # (some acronyms keep the small word: "Record of Employment (ROE)", "Date of Birth (DOB)")
        if initials == letters or [w[0].lower() for w in tail] == letters:
            return " ".join(tail)
        if len(initials) > len(letters):
            break
    return ""


def acronym_definitions(labels) -> dict[str, str]:
    """The acronyms the labels define by printing them after their words ("Social Insurance Number (SIN)"):
    acronym → those words. An acronym defined two ways is left out: which one a bare "SIN" means is not
    known."""
    found: dict[str, set[str]] = defaultdict(set)
    labels = [unicodedata.normalize("NFKC", label) for label in labels]
    used: set[str] = set()
    wordings: set[str] = set()
    for label in labels:
        bare = _LABEL_WORDS.fullmatch(label)
        if bare:
            wordings.add(bare.group(1))
        used.update(_ACRONYM_TOKEN.findall(label))
        if "(" not in label:
            continue
        for m in _ACRONYM_REV.finditer(label):
            # "PIC (Participant Identification Code)": the acronym first, its words in brackets
            if _spelled(m.group(1), m.group(2)) == m.group(2).strip():
                found[m.group(1)].add(m.group(2).strip().lower())
        for m in _ACRONYM_DEF.finditer(label):
            parts = [a.strip() for a in m.group(2).split("/")]
            phrases = m.group(1).split("/") if len(parts) > 1 else [m.group(1)]
            if len(phrases) < len(parts):
                continue
            for acronym, phrase in zip(parts, phrases[-len(parts):]):
                words = _spelled(acronym, phrase)
                if words and len(acronym) >= 2:
                    found[acronym].add(words.lower())
    # a bare "UEN" in one label and "Unique Entity Number" as the whole of another: the words it spells
    # (three letters at least, every word of the other label — not a phrase inside a longer one); the
    # wordings indexed by their initials, so a package of many labels is read once
    by_initials: dict[str, set[str]] = defaultdict(set)
    for wording in wordings:
        words = [w for w in re.split(r"[\s-]+", wording) if w]
        by_initials["".join(w[0].lower() for w in words)].add(wording)
        by_initials["".join(w[0].lower() for w in words if w.lower() not in _ACRONYM_SKIP)].add(wording)
    for acronym in used - set(found):
        if len(acronym) >= 3:
            for wording in by_initials.get("".join(ch for ch in acronym.lower() if ch.isalpha()), ()):
                if _spelled(acronym, wording) == wording:
                    found[acronym].add(wording.lower())
    return {a: next(iter(w)) for a, w in found.items() if len(w) == 1}


def expand_acronyms(label: str, definitions: dict[str, str]) -> str:
    """The label with each acronym the package defines elsewhere written out ("Your TFN" → "Your tax file
    number"); the label itself where it defines or holds none."""
    if not definitions:
        return label
    # "PIC (Participant Identification Code)": the words the acronym stands for, once
    label = _ACRONYM_REV.sub(lambda m: m.group(2) if definitions.get(m.group(1)) == m.group(2).strip().lower()
                             else m.group(0), label)
    low = label.lower()
    out = label
    for m in reversed(list(_ACRONYM_TOKEN.finditer(label))):
        words = definitions.get(m.group(0))
        if not words or words in low:
            continue
        rest = out[m.end():]
        # "PAN No.", "SIN #": the number the acronym already names
        if re.search(r"(?:number|identifier)$", words):
            rest = re.sub(r"^\s*(?:no\.?|#|number)(?![a-z])", "", rest, flags=re.I)
        out = out[: m.start()] + words + rest
    return out


def read_label(label: str, kb: Knowledge, context: tuple[str, ...] = ()) -> Reading:
    """The reading of one label (with its context: section headings, row header)."""
    lexicon(kb)  # builds and registers the indexes _read_cached looks up by id(kb); it keeps kb alive
    return _read_cached(label, tuple(context), id(kb))


def read_spelled_out(label: str, kb: Knowledge, acronyms: dict[str, str], context: tuple[str, ...] = ()) -> Reading:
    """The reading of a label whose acronyms the package spells out elsewhere ("SIN" where a form prints
    "Social Insurance Number (SIN)"): read as written out where the label as printed names no datum the
    dictionary knows (a known acronym — "SSN", "SAM UEI" — is read as it is)."""
    r = read_label(label, kb, context)
    if r.concepts or not acronyms:
        return r
    spelled = expand_acronyms(label, acronyms)
    if spelled == label:
        return r
    return replace(read_label(spelled, kb, context),
                   note=f"'{label[:40]}' read as '{spelled[:60]}': the package spells the acronym out")


def option_reading(r: Reading, label: str, kb: Knowledge) -> Reading:
    """A check box that stands for one option of a choice ("If the entity type is LLC, please check",
    "Business Type: LLC"): the choice's concept and that option. The longest option wording in the label
    decides; a label naming options of two concepts, or two options, is left as it was."""
    lex = lexicon(kb)
    low = unicodedata.normalize("NFKC", label).lower().replace("’", "'")
    found: dict[tuple[str, str], int] = {}
    for cid, value, wording in lex.option_wordings:
        if _is_korean(wording):
            # a one-syllable option ("남", "여") only as the whole label: "여부" is not "여"
            hit = (wording in low) if len(wording) > 1 else compact(low) == wording
        else:
            hit = re.search(r"(?<![a-z0-9])" + re.escape(wording) + r"(?![a-z0-9])", low) is not None
        if hit:
            found[(cid, value)] = max(found.get((cid, value), 0), len(wording))
    if not found:
        return r
    best = max(found.values())
    top = [k for k, n in found.items() if n == best]
    # a choice whose concept the label also names wins ("entity type ... LLC"); otherwise one option only
    named = [k for k in found if k[0] in r.concepts]
    pick = named if len({k for k in named}) == 1 else (top if len(top) == 1 else [])
    if len(pick) != 1:
        return r
    cid, value = pick[0]
    # the box stands for the option when the label names the choice ("entity type", "Business Type: …") or
    # is little more than the option ("C corporation", "Individual/sole proprietor"); a question that
    # mentions one ("If any sole proprietor, general partner, officer … has been …") is not an option
    rest = [w for w in re.findall(r"[a-z0-9\uac00-\ud7a3]+", low) if w not in _EN_STOP and w not in ("check", "box")]
    if cid not in r.concepts and not (r.concepts and _option_concept_ok(r, cid, kb)) and \
            len(rest) > len(re.findall(r"[a-z0-9\uac00-\ud7a3]+", max((w for (c, v, w) in lex.option_wordings
                                                                      if (c, v) == (cid, value) and w in low),
                                                                     key=len, default=""))) + 2:
        return r
    c = kb.concepts[cid]
    role, role_from = r.role, r.role_from
    if c.subject == "organisation":
        role, role_from = "applicant", "default"  # "Sole Proprietor" is an option, not the owner
    return replace(r, concepts=(cid,), how="exact", option=value, role=role, role_from=role_from,
                   identifier=c.identifier)


def _option_concept_ok(r: Reading, cid: str, kb: Knowledge) -> bool:
    """A label read as another choice of the same subject ("Business Type" read as the kind of business)
    may still stand for an option of this one."""
    c = kb.concepts.get(cid)
    return c is not None and all(kb.concepts.get(x) is not None and kb.concepts[x].subject == c.subject
                                 and kb.concepts[x].kind in ("text", "choice") for x in r.concepts)
