"""What a notice or a specification says its reader must submit, when and to whom.

A 조달청 bid notice and its 구매요구서 (specification) are read, not filled — formslim counts neither as a document the
applicant files. Yet they oblige the bidder, and once it wins the contractor, to file documents at each stage: a
서약서 with the bid (which the e-bid stands in for), 적격심사 서류, 확약서 before the contract, a 사업이행계획서 within
10 working days of it, a 검사의뢰서 and a 검수신청서 before delivery, a 품질보증서, 제조일 증명서, KCS 인증서 and
시험성적서 at acceptance (review 47 #1, #2). A grant notice does the same for those it selects. Each duty is read
from one sentence of one numbered clause: the document before "…를 제출하여야 한다" (or its kin), the time words and
the clause's heading for the stage, the officer it goes to, the case it is asked in, the annex form it is written on,
and what the text says stands in for it ("… 입찰서로 대신합니다"). A clause headed "… 제출서류" lists its documents
as its items. Korean only, for now.
"""
from __future__ import annotations

import re

from ..model import Duty

#: the stages of an application or a tender at which documents are filed, in the order a filer meets them
STAGES = ("application", "bid", "screening", "selection", "contract", "performance", "delivery", "request", "")

#: a numbered clause as a line starts it: "6.4.2", "6.2.", "3-1.", "2)", "①", "가."
_CLAUSE = re.compile(r"^[ \t]{0,2}(?P<no>\d{1,2}(?:[.-]\d{1,2}){1,4}\.?|\d{1,2}\.|\d{1,2}\)|[①-⑳]|[가-하]\.)(?=\s)")
#: a duty to submit, as a sentence states it (not "제출할 수 있다", a permission, nor "제출할 필요가 없다")
_MUST = re.compile(r"제출\s*(?:하여야|해야|하여야만|하여\s*야|할\s*것|하시기\s*바랍|토록\s*하|하도록\s*하여야)(?!\s*하는\s*(?:자|경우))")
#: …or a sentence whose "제출" is one step of what it obliges ("… 검수신청서를 제출하여, 납품일정을 확정하여야 한다")
_OBLIGES = re.compile(r"(?:하여|해|하야)야\s*(?:한다|합니다|하며|함)")
_SUBMIT = re.compile(r"제출\s*(?:하여야|해야|하여야만|하여\s*야|할\s*것|하시기|토록|하도록|하거나|하고|하며|하여)")
#: the noun a document's name ends in
_DOC_END = re.compile(r"(?:서류|자료|증명|증빙|증명원|등본|초본|사본|도면|카탈로그|[가-힣]{1,12}서)$")
_NOT_DOC = re.compile(r"(?:에서|로서|으로서|이어서|하여서|[가-힣]{0,3}부서|업무|장소|순서|경우)$")
#: the words that end what comes before a document's name: a subject, a time, a case, a recipient
_STOP_WORD = re.compile(r"(?:은|는|이|가|에게|께|시|후|전|이내|이후|이전|까지|경우|때|에는|으로|로|하여|하고|하며|"
                        r"내용의|위한|대한|대해|대하여|따라|따른|관련|해당)$|^(?:등|등의|첨부한|작성한|발급한|기재한)$")
_PARTICLE = re.compile(r"(?:을|를|은|는)$")
#: when: a stage's event and how long before or after it
_WHEN = re.compile(r"(?:전자\s*입찰서?|입찰서?|개찰|적격\s*심사|심사\s*서류|계약\s*체결|계약|납품\s*이행\s*완료|납품|검수|검사|"
                   r"교육\s*완료|설치|준공|최종\s*선정|선정|협약\s*체결|협약|(?<!발급\s)(?<!발급)신청|접수)\s*(?:제출\s*)?"
                   r"(?:\d{1,3}\s*(?:근무)?일\s*)?(?:마감\s*일시?\s*)?(?:시|전|후|이전|이후|이내|때|까지|前)(?:\s*\d{1,3}\s*(?:근무)?일\s*(?:이내|전|까지))?")
_STAGE_WORDS = (
    ("request", r"요청하는\s*경우|요구하는\s*경우|요청\s*시|요구\s*시"),
    ("screening", r"적격\s*심사|심사\s*서류|서류\s*평가|평가\s*통과"),
    ("bid", r"입찰|개찰"),
    ("delivery", r"납품|검수|검사|설치|준공|인도"),
    ("performance", r"계약\s*(?:체결\s*)?(?:후|이후)|교육|이행"),
    ("contract", r"계약\s*체결|계약\s*(?:시|전|이전)|낙찰"),
    ("selection", r"선정|협약"),
    ("application", r"신청|접수"),
)
#: who files it: the subject of the sentence
_WHO = re.compile(r"(입찰\s*참가자|입찰자|낙찰\s*대상자|낙찰자|적격\s*심사\s*대상자|계약\s*상대자|계약\s*업체|공급자|제작사|"
                  r"수급인|신청인|신청자|선정자|주관\s*기관|참여\s*기업)(?:\s*\(또는\s*[^)]{1,12}\))?\s*(?:은|는|이|가)\s")
#: the stage a party named as the subject exists at: the 선정자 after selection, the 낙찰자 at the contract
_WHO_STAGE = {"선정자": "selection", "낙찰자": "contract", "낙찰대상자": "contract", "계약상대자": "contract",
              "계약업체": "contract", "적격심사대상자": "screening", "입찰자": "bid", "입찰참가자": "bid"}
#: to whom: an officer or a body, before 에게 / 에 / 으로
_TO = re.compile(r"([가-힣·ㆍ]{1,20}(?:관|공무원|담당자|군|청|부서|처|팀|기관|위원회))\s*(?:및\s*[가-힣]{1,12}\s*)?"
                 r"(?:에게|에|으로|로)\s")
_CASE = re.compile(r"(?<!\S)([^,.()\s][^,.()]{1,40}?(?:경우|때)(?:에는|에|에만)?)\s*,?\s")
_FORM = re.compile(r"\((?:[^()]*?)((?:붙임|별첨|별지|별표)\s*(?:제\s*)?\d{1,2}(?:\s*호)?)[^()]*\)")
#: a name that says no more than "papers": the sentence's own list, where it prints one, says which
GENERIC = re.compile(r"^(?:관계|관련|해당|기타|별도|필수|증빙|제출)?\s*(?:서류|자료|증빙\s*서류|증빙\s*자료|증빙|필수\s*서류)$")
_LISTED = re.compile(r"서류\s*\(([^()]{4,160})\)")
_INSTEAD = re.compile(r"((?:전자\s*)?입찰서|[가-힣]{2,12}서)(?:\s*제출)?\s*(?:로|으로)\s*(?:[^.]{0,40}?\s)?대신")


#: a section heading a notice prints as a bare number and a short title, "4 신청 및 접수", "5 평가 및 선정" (no dot): only
#: words after the number — a table row ("2 대구 경북대학교 … 3층 307호", "1 일반유흥주점업 56211") has figures
_SECTION = re.compile(r"^[ \t]{0,2}(?P<no>\d{1,2})[ \t]+(?P<title>[가-힣][가-힣·ㆍ ]{1,18})[ \t]*$")
#: a sub-section heading a Korean notice prints as a square, "□ 제출서류", "□ 의무 및 역할 : …": it ends the
#: numbered items before it ("② 창업기업은 …" of the box above it), and what follows is cited from it
_BOX = re.compile(r"^[ \t]{0,2}[□■][ \t]*(?P<title>[^:：\n]{1,40}?)[ \t]*(?:[:：]|$)")


def _clauses(text: str) -> list[tuple[str, str]]:
    """The text's numbered clauses in order, as (number, words with their continuation lines). A section heading
    printed as a bare number ("4 신청 및 접수") is one where it continues the count (1, or a little more than the last): the
    clauses under it are cited from it, not from the table of contents before it (review 55 #7: "3. ②" for a clause
    of section 4)."""
    out: list[list[str]] = []
    section = 0
    for line in re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", (text or "")[:400000]).splitlines():
        m = _CLAUSE.match(line)
        box = None if m else _BOX.match(line)
        if box:
            # (cited by its title's first words: "4. □ 제출서류", not "4. ②" of the box above — review 61 #8)
            title = " ".join(box.group("title").split()[:4])
            out.append(["□ " + title, line[box.end():]])
            continue
        head = None if m else _SECTION.match(line)
        if head and (int(head.group("no")) == 1 or section < int(head.group("no")) <= section + 3):
            section = int(head.group("no"))
            out.append([head.group("no"), head.group("title")])
            continue
        if m or not out:
            out.append([m.group("no").rstrip(".") if m else "", line[m.end():] if m else line])
        else:
            out[-1][1] += " " + line
    return [(no, re.sub(r"\s+", " ", words).strip()) for no, words in out]


#: the levels of a Korean notice's clause markers, outermost first: "3." > "□ …" > "가." > "2)" > "가)" > "①"; a dotted number
#: ("6.2.1") is a whole path of its own
_LEVELS = ((re.compile(r"\d{1,2}(?:[.-]\d{1,2})+"), 0), (re.compile(r"\d{1,2}"), 0), (re.compile(r"□ .+"), 0.5),
           (re.compile(r"[가-하]"), 1),
           (re.compile(r"\d{1,2}\)"), 2), (re.compile(r"[가-하]\)"), 3), (re.compile(r"[①-⑳]"), 4))


def _level(no: str) -> int:
    return next((level for pat, level in _LEVELS if pat.fullmatch(no)), 5)


def _cited(path: list[tuple[int, str]]) -> str:
    """A clause as a reader cites it, from its outermost enclosing clause: "3. 2)", "6. 나. 1)", "6.2.1"."""
    return " ".join(no + "." if re.fullmatch(r"\d{1,2}|[가-하]", no) else no for _, no in path)


def _sentences(words: str) -> list[tuple[int, str]]:
    """A clause's sentences with their offsets: cut after "…다." / "…요." / "…함." / "…음.", and before a new bullet or
    note ("※", "◦", "□", "* ", "- ") or a box's caption ("< 제출서류 및 제출방법 >") — a notice laid out in bullets ends
    its sentences in nouns."""
    out, at = [], 0
    for m in re.finditer(r"(?<=[다요함음것])\.\s+|\s(?=[※◦□▶☞•○])|\s(?=\*{1,3}\s)|\s(?=-\s)|\s(?=<\s?[가-힣][^<>]{0,30}>)",
                         words):
        out.append((at, words[at:m.end()]))
        at = m.end()
    out.append((at, words[at:]))
    return [(i, s) for i, s in out if s.strip()]


def _object(conjunct: str) -> str:
    """The document a conjunct names at its end ("… 검사관에게 검사의뢰서" → "검사의뢰서"), else ""."""
    words = conjunct.split()
    if not words or not _DOC_END.search(words[-1]):
        return ""
    # the name runs back to the word that ends what precedes it (a subject, a time, a recipient, a case, an object)
    start = len(words) - 1
    while start > 0 and len(words) - start < 6 and (words[start - 1] in ("또는", "혹은")
                                                     or not (_STOP_WORD.search(words[start - 1])
                                                             or re.search(r"(?:을|를)$", words[start - 1]))):
        start -= 1
    name = " ".join(words[start:]).strip(" ,·*※-◦□☞▶•○")
    return name if _DOC_END.search(name) and not _NOT_DOC.search(name) and len(name) <= 40 else ""


def _documents(before: str) -> list[tuple[str, str, str]]:
    """The documents named right before a "제출": "A 및 B를", "A, B를", "해당 증빙자료" — each (name, annex form,
    the words before it in its conjunct). Between the documents and "제출" may come their recipient and their time
    ("… 확인서를 검사·검수관 및 사업주관부서에 제출"): the object is the last word with its particle, or with none the
    word right before "제출" ("해당 증빙자료 제출하여야")."""
    form = ""
    f = _FORM.search(before[-60:])
    if f:
        form = re.sub(r"\s+", "", f.group(1))
    words = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|「[^「」]*」", "", before).split()
    if not words:
        return []
    marked = [i for i in range(len(words) - 1, max(-1, len(words) - 9), -1)
              if _PARTICLE.search(words[i]) and _DOC_END.search(words[i][:-1])]
    if marked:
        words = words[:marked[0] + 1]
        words[-1] = words[-1][:-1]
    elif not _DOC_END.search(words[-1]):
        return []
    conjuncts = re.split(r"\s및\s|,\s", " ".join(words))
    out = []
    for k in range(len(conjuncts) - 1, max(-1, len(conjuncts) - 5), -1):
        name = _object(conjuncts[k])
        if not name:
            break
        out.append((name, form, conjuncts[k][:conjuncts[k].rfind(name)]))
    return out[::-1]


def _stage(words: str) -> str:
    for stage, pattern in _STAGE_WORDS:
        if re.search(pattern, words):
            return stage
    return ""


def _cases(words: str) -> list[re.Match]:
    """The cases a sentence names before its document, those inside a quotation aside (a pledge's words quoted by
    the notice: "“… 부정한 행위를 하는 경우, … 지급한다”는 내용의 확약서")."""
    return [m for m in _CASE.finditer(words) if len(re.findall(r"[“”\"]", words[:m.start()])) % 2 == 0
            and not re.search(r"[“”\"]", m.group(1))]


def _case(words: str) -> str:
    """A case as printed, from its first whole phrase: a quotation's closing half and a "…로서" before it aside."""
    words = re.sub(r"^[^\s“”\"「」]*[”\"」]\s*", "", words.strip(" *※-◦□☞▶•○"))
    return re.sub(r"^\S*로서\s+", "", words)


def _cut(words: str) -> str:
    return words if len(words) <= 300 else words[:297].rsplit(" ", 1)[0] + " …"


def duties(text: str) -> tuple[Duty, ...]:
    """The documents ``text`` (a notice, a specification) says its reader must submit, each once per clause, in the
    order printed: read from the sentences that say "…를 제출하여야 한다" (or "제출해야", "제출하시기 바랍니다" …), and
    from the items of a clause headed "… 제출서류" ("6.2. 검수 시 필수 제출서류: 6.2.1 원제작사의 품질보증서 …")."""
    clauses = _clauses(text)
    out: dict[tuple[int, str], Duty] = {}
    heads: dict[str, str] = {}
    path: list[tuple[int, str]] = []  # (level, marker) of the clauses enclosing this one
    for i, (no, words) in enumerate(clauses):
        if no:
            heads[no] = words
            level = _level(no)
            path = [x for x in path if x[0] < level] + [(level, no)]
        # (cited by its whole path — "3. 2)", not "2)", which five clauses of a notice share: review 51 #7)
        cited = _cited(path) if no else ""
        parent = heads.get(no.rsplit(".", 1)[0], "") if "." in no else ""
        # (the time its heading names: "6.2. 검수 시 필수 제출서류")
        parent_when = _WHEN.search(parent) if parent else None
        parent_when = parent_when.group(0) if parent_when else ""
        # an item of a list of documents to submit, under its heading
        if parent and re.search(r"제출\s*서류\s*$", parent) and len(words) <= 40 and _DOC_END.search(words) \
                and not _SUBMIT.search(words):
            out.setdefault((i, words), Duty(document=words, stage=_stage(parent), when=parent_when,
                                             clause=cited, text=_cut(f"{parent}: {words}")))
            continue
        for at, sentence in _sentences(words):
            if not (_MUST.search(sentence) or (_SUBMIT.search(sentence) and _OBLIGES.search(sentence))) \
                    or re.search(r"제출할\s*필요가\s*없", sentence):
                continue
            who = _WHO.search(sentence)
            for m in _SUBMIT.finditer(sentence):
                if re.match(r"\s*(?:요구|요청)", sentence[m.end():]):
                    continue  # ("… 시험성적서를 … 직접 제출토록 요구할 경우": another's submission, asked by the officer)
                before = sentence[:m.start()]
                for name, form, lead in _documents(before):
                    when = list(_WHEN.finditer(lead)) or list(_WHEN.finditer(before)) \
                        or list(_WHEN.finditer(sentence[m.start():]))
                    case = _cases(lead) or _cases(before)
                    to = _TO.search(lead[-40:] + " ") \
                        or _TO.search(sentence[max(0, before.rfind(name) + len(name)):m.start()] + " ")
                    told = " ".join(w.group(0) for w in when[-1:]) or parent_when
                    stage = _stage(told) or (_stage(case[-1].group(1)) if case else "") or _stage(parent)
                    instead, named = "", name
                    for later in [words[at + m.end():], *[w for _, w in clauses[i + 1:i + 3]]]:
                        by = _INSTEAD.search(later)
                        if by and (name.split()[-1] in later or (form and form in later.replace(" ", ""))):
                            instead = re.sub(r"\s+", "", by.group(1))
                            # (a bare name is the one the text quotes where it says so: "확약서" → "‘하도급대금
                            # 직불조건부 입찰참가 확약서’ 제출을 대신합니다")
                            quoted = re.search(r"[‘'“\"]([^’'”\"]{2,40}" + re.escape(name) + r")[’'”\"]", later)
                            named = quoted.group(1) if quoted and " " not in name else named
                            break
                    # (a generic name — "관계 서류" — is the papers the sentence lists: "서류(법인등기부등본, …)")
                    listed = _LISTED.search(sentence) if GENERIC.match(name) else None
                    shown = name + " (" + re.sub(r"\s+", " ", listed.group(1)).strip() + ")" if listed else named
                    # (a document the bid stands in for is due with the bid; one the sentence asks of a party a
                    # stage makes — "선정자는 … 제출하여야 함" — is due at that stage: review 55 #7)
                    stage = stage or ("bid" if "입찰서" in instead else "") \
                        or (_WHO_STAGE.get(re.sub(r"\s+", "", who.group(1)), "") if who else "")
                    out.setdefault((i, name), Duty(
                        document=shown, stage=stage, when=told, who=re.sub(r"\s+", "", who.group(1)) if who else "",
                        to=to.group(1) if to else "", case=_case(case[-1].group(1)) if case else "", clause=cited,
                        form=form, instead=instead, text=_cut(sentence.strip())))
    return tuple(out.values())
