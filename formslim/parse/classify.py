"""What kind of document a file is: a form to fill, a certificate someone issues, a consent, a pledge,
a roster, a checklist or a notice. Read from the title, the file name and the text; a package
manifest can say otherwise."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from ..model import Exhibit, PrintedBound, PrintedWindow, AttachmentRoute, Field

KINDS = ("form", "schedule", "certificate", "consent", "pledge", "agreement", "roster", "checklist", "notice",
         "data_file", "issued")
#: an information return another party fills and issues in copies ("Copy A—For Social Security
#: Administration", "Copy B—To Be Filed With Employee's FEDERAL Tax Return", "Copy B For Recipient")
_ISSUED_COPY = re.compile(r"\bcopy\s+([a-d1-3])\s*[—–-]?\s*(?:for|to be filed with)\s+(?!filing\b)[a-z’']", re.I)
#: a schedule says it is filed with another form ("Attach to Form 1040", "Attachment Sequence No. 12")
_ATTACHED = re.compile(r"\battach\s+(?:it\s+|this\s+(?:form|schedule)\s+)?to\s+(?:form|your\s+(?:tax\s+)?return|your\s+[a-z]{1,2}-\d{1,3}\b)"
                       r"|\battachment\s+sequence\s+no|\bfile\s+only\s+with\s+schedule"
                       r"|\bfile\s+schedules?\s+[a-z0-9]{1,3}(?:\s+and\s+[a-z0-9]{1,3})?\s+with\s+(?:your\s+)?(?:form\s+)?"
                       r"(?:\d{3,4}|[a-z]{1,2}-\d{1,3})\b", re.I)
#: the form a schedule is filed with: "Attach to Form 1040", "attach it to your D-40", "SCHEDULE A (Form 1040)"
_ATTACHED_TO = (re.compile(r"\battach\s+(?:it\s*|this\s+(?:form|schedule)\s*)?(?:,\s*and\s+[^,.]{1,30},\s*)?to\s+"
                           r"(?:your\s+)?(?:form\s+)?(\d{3,4}[a-z]{0,2}\b|[a-z]{1,2}-\d{1,3}[a-z]?\b)", re.I),
                re.compile(r"\bschedule\s+[a-z]{1,3}(?:-[a-z]+)?\s*\(form\s+(\d{3,4}[a-z]{0,2})\b", re.I),
                re.compile(r"\bfile\s+(?:only\s+)?with\s+(?:your\s+)?form\s+(\d{3,4}[a-z]{0,2})\b", re.I),
                # "File Schedules N and U with your D-40" (DC Schedule N)
                re.compile(r"\bfile\s+schedules?\s+[a-z0-9]{1,3}(?:\s+and\s+[a-z0-9]{1,3})?\s+with\s+(?:your\s+)?"
                           r"(?:form\s+)?(\d{3,4}[a-z]{0,2}\b|[a-z]{1,2}-\d{1,3}[a-z]?\b)", re.I))

_RULES = (
    ("checklist", r"제출\s*목록|체크\s*리스트|구비\s*서류|checklist|list of (?:required )?documents"),
    ("notice", r"공고문?|모집\s*공고|notice of|announcement|instructions for"),
    ("consent", r"동의서|동의\s*서|consent|authori[sz]ation|4506-?c|ssa-?89|request for transcript|제3자\s*제공"),
    ("pledge", r"서약서|확약서|각서|pledge|affidavit|declaration|certification of|agreement of compliance|지침\s*준수"),
    ("agreement", r"guarantee|guaranty|보증서|약정서|계약서|standby creditor|creditor'?s agreement|\bagreement\b"),
    ("certificate", r"증명서?|증명원|확인서|확인증|등본|초본|사본|증빙|certificate|transcript|extract|증서|copy of"),
    ("roster", r"명부|명단|roster|register of|list of (?:employees|staff)"),
)
# words of an issuer ("I hereby certify" is an applicant's declaration, not an issuer's)
_ISSUED = re.compile(r"증명합니다|위와 같이 확인(?:함|합니다)(?=[^가-힣]*(?:발급|기관|직인|장\b))|(?:\(|\[)직인(?:\)|\])|this is to certify|issued by")


_CONSENT_WORDS = re.compile(r"동의합니다|동의함|동의\s*여부|□\s*동의|수집[·ㆍ\s]*이용|제3자\s*제공|i (?:hereby )?authori[sz]e|"
                            r"i consent|consent to|authori[sz]e (?:the|you|release)|may (?:disclose|release)", re.I)
_PLEDGE_WORDS = re.compile(r"서약합니다|확약합니다|약속합니다|준수하겠|i (?:hereby )?certify|under penalty of perjury|"
                           r"i (?:declare|affirm|agree)", re.I)
_PROSE_END = re.compile(r"(?:니다|한다|된다|있다|없다|바람|할 것|함|음)\s*[.)]?\s*$|[a-z]{3,}\.\s*$")
#: an expression a template engine replaces by a record's value: "${item.userNm}", "${list.orgNm}", "#{name}"
_TEMPLATE_EXPR = re.compile(r"[$#]\{\s*[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*\s*\}")
_TENDER = re.compile(r"제안\s*요청서|과업\s*지시서|과업\s*내용서|입찰\s*공고|request for proposals?|\brfp\b|"
                     r"statement of work|terms of reference", re.I)


def classify_with_evidence(title: str, path: str, text: str = "", fields: tuple[Field, ...] = (),
                           fmt: str = "") -> tuple[str, float, tuple[str, ...]]:
    """The document kind, how sure, and why. Title words are one signal; the content decides where the
    two disagree: a "공고" that asks dozens of questions is a form, an "Authorization" of a hundred
    questions with no consent language is a form, prose with no answer spaces is a notice, a spreadsheet
    of values with nowhere to write is a data file."""
    head = f"{Path(path).stem} {title}"
    text = text or ""
    n = len(fields)
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    prose = sum(1 for l in lines if len(l) > 40 and _PROSE_END.search(l))
    consent_hits = len(_CONSENT_WORDS.findall(text))
    pledge_hits = len(_PLEDGE_WORDS.findall(text))
    copies = {m.group(1).lower() for m in _ISSUED_COPY.finditer(re.sub(r"\s+", " ", text[:20000]))}
    if len(copies) >= 2:
        return "issued", 0.8, (f"printed in copies for several parties (Copy {', '.join(sorted(c.upper() for c in copies))}): "
                               f"an information return another party fills and issues",)
    exprs = list(dict.fromkeys(_TEMPLATE_EXPR.findall(text[:40000])))
    if len(exprs) >= 3:
        # cells a program replaces from its records ("${item.userNm}", "${item.brdt}": a JXLS or mail-merge
        # export template, review 41 #1): written by software, one row per record, not a form a person fills
        return "data_file", 0.8, (f"{len(exprs)} template expressions a program fills from its records "
                                  f"({', '.join(exprs[:3])} …): an export template, not a form",)
    if _ATTACHED.search(text[:3000]):
        m = _ATTACHED.search(text[:3000])
        return "schedule", 0.9, (f"the form says '{m.group(0)}'",)
    title_kind, title_word = None, ""
    for kind, pattern in _RULES:
        m = re.search(pattern, head, re.I)
        if m:
            if kind == "certificate" and not _ISSUED.search(text) and text and (
                    re.search(r"신청서|application", head, re.I) or n > 15):
                # (a form named a certificate the filer makes — "Employee's Withholding Certificate", Form W-4 — asks
                # its filer many questions and prints no issuer's words: not a certificate an authority issues)
                continue
            title_kind, title_word = kind, m.group(0)
            break
    said = f"the title or file name says '{title_word}'"
    if title_kind == "notice" and n >= 10 and len(text) < 80 * n:
        return "form", 0.7, (said, f"but it asks {n} questions in {len(text)} characters: a template to fill, "
                                   "not a notice")
    if title_kind in ("consent", "pledge") and n > 40 and re.fullmatch(r"(?i)authori[sz]ation|declaration|certification of",
                                                                        title_word):
        words = consent_hits if title_kind == "consent" else pledge_hits
        if words * 10 < n:
            return "form", 0.7, (said, f"but it asks {n} questions with little {title_kind} language ({words} phrase(s))")
    if title_kind is not None:
        ev = [said]
        if title_kind == "consent" and consent_hits:
            ev.append(f"{consent_hits} consent phrase(s) in the text")
        if title_kind == "pledge" and pledge_hits:
            ev.append(f"{pledge_hits} pledge phrase(s) in the text")
        return title_kind, 0.8 if len(ev) > 1 else 0.6, tuple(ev)
    # a heading at the top of the page, where the file has no useful title: a short line of its own, not a
    # sentence that mentions a pledge ("제안사는 보안 서약서를 제출하고 …")
    top_lines, at = [], 0
    for line in text.splitlines():
        if at >= 300:
            break
        at += len(line) + 1
        if 0 < len(line.strip()) <= 40:
            top_lines.append(line)
    for kind, pattern in _RULES:
        m = next((m for l in top_lines for m in [re.search(pattern, l, re.I)] if m), None) \
            if kind in ("agreement", "consent", "pledge") else None
        if m:
            return kind, 0.5, (f"the heading says '{m.group(0)}'",)
    if _TENDER.search(text[:4000]) and prose >= max(5, n):
        return "notice", 0.7, (f"a call for proposals ('{_TENDER.search(text[:4000]).group(0)}') in {prose} lines of prose "
                               f"and {n} answer spaces",)
    if _ISSUED.search(text) and n <= 15:  # an issued certificate is already filled in: little room to write
        return "certificate", 0.7, (f"issuer's words: '{_ISSUED.search(text).group(0)}'",)
    if n == 0 and fmt == "xlsx" and text.strip():
        return "data_file", 0.7, ("a sheet of values with no room to write: data, not a form",)
    if n <= 2 and prose >= 8:
        return "notice", 0.6, (f"{prose} lines of prose and {n} answer space(s): read, not filled in",)
    if n <= 6 and prose >= 20 and prose >= 5 * n:
        # a specification or a report already written (구매요구서: "2.1.1 납품될 장비는 … 하여야 하며"), with a
        # few cells that look like blanks: a document to read, not a form
        return "notice", 0.6, (f"{prose} lines of prose and only {n} answer space(s): a document to read "
                               "(a specification, a notice), not a form to fill",)
    if fields and sum(1 for f in fields if f.repeats > 1) >= max(2, len(fields) // 2) \
            and sum(1 for f in fields if f.repeats == 1) < 8:
        return "roster", 0.6, (f"{sum(1 for f in fields if f.repeats > 1)} of {n} questions repeat per row",)
    if n and consent_hits >= 2 and consent_hits * 4 >= n:
        return "consent", 0.6, (f"{consent_hits} consent phrase(s) for {n} answers",)
    if n and pledge_hits >= 1 and n <= 6 and prose >= 2:
        return "pledge", 0.5, (f"pledge language ({pledge_hits}) and {n} answer(s)",)
    return "form", 0.5, (f"{n} answer spaces" if n else "nothing else fits",)


#: a title that says the document is filed only in some cases: "(해당 시) 공동대표 … 동의서", "(법인인 경우)
#: 법인등기부등본", "Schedule B (if required)", "[선택]"
# ("(ifApplicant is an EPC)": a PDF's text may lose the space after "if")
_CONDITION = re.compile(r"[(\[（]\s*((?:해당\s*(?:시|자|하는|기업|경우)|선택|[^()\[\]]{1,24}경우|if\s|(?-i:[Ii]f(?=[A-Z]))|"
                        r"where\s+applicable|optional)[^()\[\]（）]{0,30})\s*[)\]）]", re.I)


def condition_of(title: str) -> str:
    """The words by which a document's title says it is filed only in some cases ("해당 시", "법인인 경우",
    "if applicable"), else "": such a document is not every applicant's."""
    m = _CONDITION.search((title or "")[:160])
    return re.sub(r"^([Ii]f)(?=[A-Z])", r"\1 ", re.sub(r"\s+", " ", m.group(1)).strip()) if m else ""


_ITEM = re.compile(r"\(\s*(필수|해당\s*시|required|if applicable)\s*\)\s*([^\n\t\[]{3,80})"
                   # what the entry accepts, after its attachment number: "[붙임 1] - 주민등록증, 운전면허증, 여권 중 1개"
                   r"(?:\[[^\]\n]{1,12}\]\s{0,6}-[ \t]*([^\n\t\[※①-⑳]{3,80}))?", re.I)


def listed_attachments(text: str) -> tuple[str, ...]:
    """The documents a checklist asks for: "(필수) 사업자등록증명" → "required: 사업자등록증명";
    "(해당 시) …" → "conditional: …". In order, each once: a later, longer mention of the same item
    (the attachment page under the table of contents) replaces the shorter one."""
    out: list[str] = []
    for m in _ITEM.finditer(text or ""):
        tag = "required" if m.group(1).strip().lower() in ("필수", "required") else "conditional"
        item = re.split(r"[※⧉]|\((?:필수|해당\s*시)\)", m.group(2))[0]
        item = re.sub(r"\s+", " ", item).strip(" .,:;")
        accepts = re.split(r"\((?:필수|해당\s*시)\)", m.group(3) or "")[0]
        accepts = re.sub(r"\s+", " ", accepts).strip(" .,:;")
        if accepts:
            item = f"{item} - {accepts}"
        if len(item) < 3:
            continue
        entry = f"{tag}: {item}"
        for i, prev in enumerate(out):
            if entry.startswith(prev) or prev.startswith(entry):
                out[i] = max(prev, entry, key=len)
                break
        else:
            out.append(entry)
    return tuple(out)


#: where a checklist's entry starts: its need mark ("(필수)", "(해당 시)") or its circled number
_ENTRY_START = re.compile(r"[①-⑳]|\(\s*(?:필수|해당\s*시)\s*\)")
#: an attachment number printed in an entry: "[붙임 4]", "[별첨 2]"
_ATTACHMENT_NO = re.compile(r"\[\s*(붙임|별첨)\s*(\d{1,2})\s*\]")
#: the category a checklist's first column prints for the next rows, read into the end of the entry before them:
#: "서류평가 면제 증빙서류", "기타 증빙서류 (해당자)", "가점관련 증빙서류 (최대 1점)"
_CATEGORY = (r"\s*(?:신청\s*자격|가점\s*관련|서류\s*평가\s*면제|우대\s*관련|가점|면제|우대|기타)\s*"
             r"증빙\s*서류\s*(?:\([^()]{1,12}\))?")
_CATEGORY_TAIL = re.compile(_CATEGORY + r"\s*$")


def attachment_details(text: str) -> tuple[str, ...]:
    """What a checklist prints for each attachment it numbers ("[붙임 4]"), whole: the entry with what it accepts
    and its notes — "(해당 시) 최근 1년 이내 5억원(현금) 이상 투자유치 실적을 보유한 창업기업 - 투자계약서, 주주명부,
    입금증 각 1부 * 투자계약일이 최근 1년(…) 이내 이고, …에 한하여 인정" —, as "붙임 4: …". The attachment page
    itself names the paper only ("(해당 시) 최근 1년 이내 투자 유치 실적 증빙"); a consolidated form that lists it
    by that name drops the amount, the dates and the age limit an applicant must meet (review 60 #12). Only the
    first mention of each number (the checklist's table, not the attachment pages after it)."""
    out: dict[str, str] = {}
    text = text or ""
    starts = [m.start() for m in _ENTRY_START.finditer(text)]
    for m in _ATTACHMENT_NO.finditer(text):
        key = f"{m.group(1)} {m.group(2)}"
        if key in out:
            continue
        begin = max((x for x in starts if x < m.start()), default=None)
        if begin is None or m.start() - begin > 200:
            continue
        end = min((x for x in starts if x > m.end()), default=len(text))
        # (an attachment page's own heading, "\n[붙임 1]\n", ends the table)
        page = re.search(r"\n\s*\[\s*(?:붙임|별첨)\s*\d{1,2}\s*\]\s*\n", text[m.end():end])
        if page:
            end = m.end() + page.start()
        body = _ATTACHMENT_NO.sub(" ", text[begin:end])
        body = re.sub(r"^[①-⑳]\s*", "", body.strip())
        body = _CATEGORY_TAIL.sub("", re.sub(r"\s+", " ", body)).strip(" .,;")
        # (the row's category, printed in the first column before its first entry: "가점관련 증빙서류 (최대 1점)" —
        # a bonus point, not an exemption: review 60 #12)
        before = list(re.finditer(_CATEGORY, re.sub(r"\s+", " ", text[:begin])))
        category = re.sub(r"\s+", " ", before[-1].group(0)).strip() if before else ""
        if len(body) >= 6:
            out[key] = (f"[{category}] " if category else "") + body[:400]
    return tuple(f"{k}: {v}" for k, v in out.items())


#: a notice's list of what to submit: "제출 서류: ① 입찰참가신청서 1부 … ⑥ 사업자등록증 사본 1부"
_SUBMIT_HEAD = re.compile(r"(?:제출|구비|첨부)\s*서류")
_COPIES = re.compile(r"([가-힣][가-힣A-Za-z0-9·ㆍ()\s]{1,40}?)\s*(?:각\s*)?\d{1,2}\s*부(?![가-힣])")
#: the document nouns an item of such a list ends in (not "기타 제출서류 각 1부")
_DOC_NOUN = re.compile(r"(?:증|증명서|증명원|사본|원본|신청서|등본|초본|확인서|확인원|계획서|서약서|동의서|명세서|내역서|"
                       r"신고서|보고서|이력서|재무제표|통장|위임장|각서|확약서)$")


def listed_submissions(text: str) -> tuple[str, ...]:
    """The documents a notice's list of what to submit names with their copies ("사업자등록증 사본 1부",
    "법인 등기사항증명서 1부"), as "required: …": what every applicant hands in beside the forms."""
    out: list[str] = []
    for head in _SUBMIT_HEAD.finditer(text or ""):
        for m in _COPIES.finditer(text[head.end():head.end() + 1500]):
            name = re.sub(r"\s+", " ", re.sub(r"^(?:[①-⑳]|\d{1,2}[.)]|[가-하][.)])\s*", "", m.group(1).strip())).strip()
            name = re.sub(r"^.*[①-⑳]\s*", "", name)  # (an earlier item's tail before this one's number)
            if _DOC_NOUN.search(name) and "제출서류" not in name.replace(" ", ""):
                entry = f"required: {name}"
                if entry not in out:
                    out.append(entry)
    return tuple(out)


#: "■ 상훈법 시행령 [별지 제1호서식] <개정 …>", "소방시설법 시행규칙 [별지 제9호서식]": a form prescribed by law
_LEGAL_FORM = re.compile(r"([가-힣·ㆍ\s]{2,40}?(?:법|령|규칙|고시|훈령|예규))\s*[\[［(]?\s*(별지|별표)\s*제?\s*(\d{1,3}(?:\s*[-의]\s*\d{1,3})?)\s*호\s*(서식|양식)?")


def legal_form(text: str) -> str:
    """The statute a form's header names ("상훈법 시행령 [별지 제1호서식]"), else ""."""
    m = _LEGAL_FORM.search((text or "")[:1500])
    if not m:
        return ""
    law = re.sub(r"\s+", " ", m.group(1)).strip(" ■□")
    number = re.sub(r"\s+", "", m.group(3))
    return f"{law} [{m.group(2)} 제{number}호{m.group(4) or '서식'}]"


#: the rule a Korean form's header prints as its source, a statute or not, with its form number: "상훈법 시행령
#: [별지 제1호서식]", "2016년도 정부포상업무지침[별지 제6호의1 서식)" (brackets as printed, mismatched too),
#: "2014년도 보건복지부 장관표창 운영지침[붙임5 서식)"
_FORM_SOURCE = re.compile(
    r"((?:(?:19|20)\d{2}\s*년도?\s*)?[가-힣·ㆍ][가-힣·ㆍ ]{1,40}?(?:법|령|규칙|고시|훈령|예규|지침|요령|규정|공고|기준))\s*"
    r"[\[［(]\s*(별지|별표|붙임)\s*(제?)\s*(\d{1,3}(?:\s*[-의]\s*\d{1,3})?)\s*(호?(?:\s*의\s*\d{1,3})?)\s*(?:서식|양식)?"
    r"\s*[\]］)]")
#: a rule that is a statute (its forms change when it is amended), not an agency's guideline of the year
_STATUTE = re.compile(r"(?:법|령|규칙)$")


def form_source(text: str) -> str:
    """The rule and form number a Korean form's header prints as its source, normalised ("2016년도
    정부포상업무지침 [별지 제6호의1 서식]", "2014년도 보건복지부 장관표창 운영지침 [붙임5 서식]"), else ""."""
    m = _FORM_SOURCE.search((text or "")[:1500])
    if not m:
        return ""
    rule = re.sub(r"\s+", " ", m.group(1)).strip(" ■□")
    number = re.sub(r"\s+", "", m.group(4) + m.group(5))
    return f"{rule} [{m.group(2)} {m.group(3)}{number} 서식]".replace("[붙임 ", "[붙임")


def source_edition(source: str) -> tuple[str, str]:
    """(rule, year) of a form source that is an agency's rule of a year — a guideline, a notice —, not a
    statute: ("정부포상업무지침", "2016"); ("", "") for a statute or no source."""
    rule = source.split(" [", 1)[0]
    if not rule or _STATUTE.search(rule):
        return "", ""
    m = re.match(r"((?:19|20)\d{2})\s*년도?\s*(.+)", rule)
    return (m.group(2), m.group(1)) if m else (rule, "")


#: the laws a document's printed statements rest on: "5 U.S.C. 552a", "2 CFR Part 180", "Privacy Act",
#: "개인정보 보호법 제15조", "「전자정부법」 제36조"
_CITATION = re.compile(
    r"\b(\d{1,2})\s+U\.?\s?S\.?\s?C\.?\s+(?:§+\s*)?(\d+[a-z]?(?:-\d+)?)|"
    r"\b(\d{1,2})\s+C\.?\s?F\.?\s?R\.?\s+(?:(?:Part|§+)\s*)?(\d+(?:\.\d+)?)|"
    r"\b(Privacy Act|Paperwork Reduction Act|Right to Financial Privacy Act|Debt Collection Improvement Act|"
    r"Freedom of Information Act|Fair Credit Reporting Act|Equal Credit Opportunity Act|Civil Rights Act|"
    r"False Claims Act|Program Fraud Civil Remedies Act|Computer Matching and Privacy Protection Act)\b|"
    r"「?((?<![가-힣])[가-힣][가-힣·ㆍ ]{1,30}?(?:법|법률|시행령|시행규칙))」?\s*제\s*(\d+)\s*조(?:\s*의\s*(\d+))?")
MAX_CITATIONS = 40
#: words that end the run of words before a Korean law's name ("… 받은 자 또는 지방세징수법 제105조")
_BEFORE_LAW = {"또는", "따라", "의거", "의하여", "의한", "경우", "자", "및/또는"}


def _law_name(cited: str, name: str) -> str:
    """A Korean law's name as cited: the whole 「quoted」 name, else the words before 법/법률/시행령 back to a
    word that ends a clause ("또는", "…부터", "…하여")."""
    if "「" in cited:
        return re.sub(r"\s+", " ", name).strip()
    words = name.split()
    kept: list[str] = []
    for w in reversed(words):
        if w in _BEFORE_LAW or (kept and re.search(r"(?:부터|까지|하여|하고|으로|에서|는|은|를|을|가|이)$", w)) or len(kept) >= 8:
            break
        kept.insert(0, w)
    return " ".join(kept)


def citations(text: str) -> tuple[str, ...]:
    """The laws the document's printed text cites, as cited, each once in order of first citation: a
    statement a replaced form prints (a Privacy Act notice, a certification under 18 U.S.C. 1001) must be
    carried into the consolidated form or confirmed unneeded by a legal reviewer."""
    out: list[str] = []
    for m in _CITATION.finditer(re.sub(r"\s+", " ", text or "")[:200000]):
        if m.group(1):
            c = f"{m.group(1)} U.S.C. {m.group(2)}"
        elif m.group(3):
            c = f"{m.group(3)} CFR {m.group(4).split('.')[0]}"
        elif m.group(5):
            c = m.group(5)
        else:
            law = _law_name(m.group(0), m.group(6))
            if not law:
                continue
            c = f"{law} 제{m.group(7)}조" + (f"의{m.group(8)}" if m.group(8) else "")
        if c not in out:
            out.append(c)
        if len(out) >= MAX_CITATIONS:
            break
    return tuple(out)


_RECIPIENT = re.compile(r"\bgive (?:form [\w-]+ (?=to)|this form |form |it )?to (?:your|the) (employer|requester|lender|landlord|school|"
                        r"payer|broker|bank)\b", re.I)


def recipient(text: str) -> str:
    """The party a form is handed to when that is not the agency ("Give Form W-4 to your employer")."""
    m = _RECIPIENT.search(re.sub(r"\s+", " ", (text or "")[:6000]))
    return m.group(0) if m else ""


#: a prescribed form's box of what goes with it ("구분 | 첨부서류"), whose rows say who gives its documents to
#: whom: "소방시설관리업자 또는 소방안전관리자가 관계인에게 제출", "관계인이 소방본부장 또는 소방서장에게 제출"
_ROUTES_BOX = re.compile(r"(?:첨부|구비|제출)\s*서류")
_PARTY_RUN = r"(?:[가-힣]{2,20}\s*(?:또는|ㆍ|·|,|및)\s*)*[가-힣]{2,20}?"
_ROUTE = re.compile(r"(?<![가-힣])(" + _PARTY_RUN + r")(?:이|가)\s+(" + _PARTY_RUN + r")에게\s*제출(?:하는\s*서류)?(?![가-힣])")
#: where the box ends: the form's next box (its notes, fee, procedure, how to fill it) or its paper size
_ROUTES_END = re.compile(r"유\s*의\s*사\s*항|수\s*수\s*료|처\s*리\s*절\s*차|작\s*성\s*방\s*법|처\s*리\s*기\s*간|"
                         r"\d{3}\s*mm\s*[×x]")
_ITEM_NUMBER = re.compile(r"(?:^|\s)\d{1,2}\s*[.)]\s+")
_COPIES_TAIL = re.compile(r"\s*(?:각\s*)?\d{1,2}\s*부\s*$")
_ITEM_CASE = re.compile(r"\(([^()]{0,60}경우)[^()]{0,40}\)")


def attachment_routes(text: str) -> tuple[AttachmentRoute, ...]:
    """The rows of a prescribed form's box of attachments that say who gives which documents to whom, as
    printed: each row's giver and receiver, and its documents without their copies ("1부"), each with the case
    it is given in where the row says one ("(소방시설관리업자가 점검한 경우에만 제출합니다)")."""
    flat = re.sub(r"\s+", " ", (text or "")[:200000])
    out: list[AttachmentRoute] = []
    for box in _ROUTES_BOX.finditer(flat):
        end = _ROUTES_END.search(flat, box.end())
        span = flat[box.end():min(end.start() if end else len(flat), box.end() + 2000)]
        heads = list(_ROUTE.finditer(span))
        for i, m in enumerate(heads):
            body = span[m.end():heads[i + 1].start() if i + 1 < len(heads) else len(span)]
            items, conditions = [], []
            for piece in (_ITEM_NUMBER.split(body) if _ITEM_NUMBER.search(body) else [body]):
                case = _ITEM_CASE.search(piece)
                name = _COPIES_TAIL.sub("", _ITEM_CASE.sub("", piece)).strip(" .,;:")
                if len(name) >= 3:
                    items.append(re.sub(r"\s+", " ", name))
                    conditions.append(case.group(1).strip() if case else "")
            if items:
                out.append(AttachmentRoute(giver=m.group(1).strip(), receiver=m.group(2).strip(), items=tuple(items),
                                           conditions=tuple(conditions), words=m.group(0).strip()))
        if out:
            break  # (the first box that routes its documents; a later mention of 제출서류 is prose)
    return tuple(out)


#: how a form names itself in its header, strongest first: "SCHEDULE SE (Form 1040)", "2013 SCHEDULE H"
#: (DC), "Form 1040 … Department of the Treasury", "SBA Form 1919", "2013 D-40 Individual Income Tax Return"
_FORM_NUMBER = (
    ("schedule", re.compile(r"\bschedule\s+([a-z]{1,3}(?:-[a-z]+)?)\s*\(form\s+[\w-]+", re.I)),
    ("schedule", re.compile(r"\b(?:19|20)\d{2}\s+schedule\s+([a-z]{1,3})\b", re.I)),
    # (the header's words before the department: no sentence's full stop, but "OMB No. 1545-0074" may stand there)
    ("form", re.compile(r"\bform\s+(\d{3,4}[a-z]{0,2}|w-\d[a-z]?|[a-z]{1,3}-\d{1,4}[a-z]?)\s+(?:[^.▶]|(?<=\bno)\.){0,100}?"
                        r"department of the treasury", re.I)),
    ("form", re.compile(r"\bsba\s+form\s+(\d{3,4}[a-z]?)\b", re.I)),
    ("form", re.compile(r"\b(?:19|20)\d{2}\s+([a-z]{1,2}-\d{1,3}[a-z]?)\s+[a-z]", re.I)),
)


def form_number(text: str) -> str:
    """The number a form gives itself in its header ("form 1040", "schedule se", "form d-40"), lower case,
    as other forms cite it ("enter on Schedule SE, line 2"); "" when the header names none."""
    head = re.sub(r"\s+", " ", (text or "")[:4000])
    found = [(m.start(), f"{kind} {m.group(1).lower()}") for kind, pattern in _FORM_NUMBER
             for m in [pattern.search(head)] if m]
    return min(found)[1] if found else ""  # the first in the header: later ones cite other forms


_LINE_PREFIX = re.compile(r"^\s*(?:line\s+)?([1-9]\d?[a-z]?)(?=[.):]?\s)", re.I)


def line_of_label(label: str) -> Optional[str]:
    """The line number a label starts with ("Line 37. Subtract …", "12 Business income"), else None."""
    m = _LINE_PREFIX.match(label or "")
    return m.group(1).lower() if m else None


#: a form's request for a copy of another filing: "Attach a copy of your federal return", "attach a copy of Form 1040",
#: "A copy of your federal return must be attached"
_COPY_ASKED = re.compile(r"\battach\s+(?:a\s+)?(?:complete\s+)?cop(?:y|ies)\s+of\s+(?:your\s+|the\s+)?(?:federal\s+[\w\s]{0,30}?"
                         r"return|(?:federal\s+)?form\s+\d{3,4}[A-Z-]*)|\bcop(?:y|ies)\s+of\s+(?:your\s+)?federal\s+[\w\s]{0,30}?"
                         r"return\s+(?:must|should)\s+be\s+attached", re.I)


def copy_asked(text: str) -> str:
    """The words by which a form asks for a copy of another filing to be attached ("Attach a copy of your federal
    return"), as printed; else ""."""
    m = _COPY_ASKED.search(re.sub(r"\s+", " ", text or ""))
    return m.group(0) if m else ""


#: a sentence of a form's printed text that carries one of its lines to another form's line, with the case it says:
#: "If line 16 is a gain, enter the amount from line 16 on Form 1040, line 13" (Schedule D, printed under line 16,
#: below the box whose caption ends "enter the result")
_PRINTED_CARRY = re.compile(r"(?:\bif\s+line\s+\d{1,2}[a-z]?\s+is\s+[^,.;]{2,30},\s*)?\benter\s+the\s+amount\s+from\s+"
                            r"line\s+\d{1,2}[a-z]?\s+on\s+(?:your\s+)?(?:form|schedule)\s+[a-z0-9-]{1,6}\s*,\s*line\s+"
                            r"\d{1,2}[a-z]?\b", re.I)


def printed_carries(text: str) -> tuple[str, ...]:
    """The sentences a form's printed text carries one of its own lines to another form's line with, as printed,
    each once ("If line 16 is a gain, enter the amount from line 16 on Form 1040, line 13"): a flow its boxes' own
    captions may not say (IRS review 56 #3: Schedule D line 16 to Form 1040 line 13 was missed)."""
    return tuple(dict.fromkeys(m.group(0) for m in _PRINTED_CARRY.finditer(re.sub(r"\s+", " ", text or ""))))[:40]


def attached_to(text: str) -> str:
    """The form a schedule says it is filed with ("form 1040", "form d-40"), else ""."""
    head = re.sub(r"\s+", " ", (text or "")[:4000])
    found = [(m.start(), m.group(1).lower()) for p in _ATTACHED_TO for m in [p.search(head)] if m]
    return f"form {min(found)[1]}" if found else ""


#: a filing made apart from the application, at another time: an extension request
_SEPARATE_FILING = re.compile(r"application for (?:automatic )?extension of time|extension of time to file|"
                              # a transmittal that carries paper documents for a return filed electronically
                              # (IRS Form 8453: mailed after the e-filed return is accepted)
                              r"transmittal for an (?:irs )?e-?file return|"
                              r"기한\s*연장\s*신청", re.I)


def separate_filing(text: str) -> str:
    """The words by which a form says it is a filing of its own, made before the application (an extension
    request), else ""."""
    m = _SEPARATE_FILING.search(re.sub(r"\s+", " ", (text or "")[:4000]))
    return m.group(0) if m else ""


#: the words by which an instrument says it is made once the application is approved, at closing — as a condition of
#: the loan being made or paid out, or of a note that exists only then: SBA Form 601 "in consideration of the
#: approval and as a condition of the disbursement of … a loan"; Forms 148 / 148L "The “Note” is the promissory
#: note dated ___"; Form 155 "To induce ___ (Lender) to make an SBA guaranteed loan … Loan Number ___"
_AFTER_APPROVAL = re.compile(r"in consideration of the approv\w*[^.]{0,40}?\bcondition of (?:the )?disbursement|"
                             r"\bthe [\"\u201c]?note[\"\u201d]? is the promissory note dated|"
                             r"\bto induce\b[^.]{0,160}?\bto make an? [^.]{0,40}?\bloan\b[^.]{0,80}?\bloan (?:number|no\.?|#)", re.I)


def after_approval(text: str) -> str:
    """The words by which a document says it is executed after the application is approved (at closing), as
    printed; else ""."""
    m = _AFTER_APPROVAL.search(re.sub(r"\s+", " ", (text or "")[:20000]))
    return re.sub(r"_{3,}", "___", m.group(0)) if m else ""


#: the sentence by which a form says one of it is filed for each of several parties of one application ("A
#: separate SBA Form 1919 for each co-Applicant (e.g., EPC and OC) must be completed and signed …"; "공동대표는
#: 각자 작성"): the consolidated form that replaces it is filed once for each of them too
_ONE_PER = re.compile(r"\b(?:A|An|One)\s+separate\b[^.]{0,60}?\bfor\s+each\s+co-?\s?(?:applicant|borrower|owner)\b|"
                      r"공동\s*(?:신청인|대표자?)[^.。]{0,20}(?:각각|각자|별도로)\s*(?:작성|제출)", re.I)
#: where a sentence ends: a full stop not of an abbreviation ("e.g.", "i.e.") before a new sentence, or "다."
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)\.(?=\s+[A-Z(]|\s*$)|다\.|[。]")


def one_per(text: str) -> str:
    """The sentence by which a form says a separate one is filed for each co-applicant, as printed; else ""."""
    flat = re.sub(r"\s+", " ", (text or "")[:20000])
    m = _ONE_PER.search(flat)
    if not m:
        return ""
    end = _SENTENCE_END.search(flat, m.end())
    return flat[m.start():end.end() if end and end.end() - m.start() <= 400 else m.start() + 300].strip()


#: a unit of time after a number: "31 minutes", "1.5 hour", "2.25 hours"
_DURATION = re.compile(r"\b(\d{1,3}(?:\.\d{1,2})?)\s*(minutes?|mins?\b|hours?|hrs?\b)", re.I)
#: a sentence that estimates the time the form takes (a Paperwork Reduction Act statement): "The estimated
#: time for completing this application, including gathering data needed, is 31 minutes", "Public reporting
#: burden for this collection of information is estimated to average 60 minutes per response"
_BURDEN_SENTENCE = re.compile(
    r"\bestimat\w*\b.{0,160}?\b(?:burden|time)\b|\b(?:burden|time)\b.{0,160}?\bestimat\w*\b|"
    r"\bwe\s+estimate\s+(?:that\s+)?it\s+(?:will\s+)?takes?\b", re.I)
#: (SSA's wording: "We estimate that it will take about 20 minutes to read the instructions, gather the facts, and
#: answer the questions" — SSA-89, review 42 #8)
_BURDEN_SCOPE = re.compile(r"\bthis\s+(?:form|application|collection|request|information)|\bper\s+response\b|"
                           r"\bto\s+(?:read\s+the\s+instructions|complete\s+(?:this|the)\s+form|answer\s+the\s+questions)",
                           re.I)


#: the IRS's table of the time a form takes, activity by activity ("Learning about the law or the form. . . 10 min.")
_IRS_ACTIVITIES = ("recordkeeping", "learning about the law or the form", "preparing the form",
                   "copying, assembling, and sending")
#: a figure after an activity's dot leader: "10 min.", "1 hr., 5 min.", "2 hr."
_LEADER_FIGURE = re.compile(r"(?:\.\s*){2,}(?:(\d{1,3})\s*hrs?\.?,?\s*)?(?:(\d{1,3})\s*min\.?)?")


def _activity_table(flat: str) -> tuple[tuple[float, ...], str]:
    """The IRS's table of activities of one form — each activity, a dot leader, its time —, summed: the form's
    estimated average time ((total, total), the activities as printed), else ((), ""). The activities' captions
    may be split by a neighbouring column's text (Form 4506-C: "Copying, assembling, and sending … the form to the
    IRS. . . 20 min."): a figure is the first after a dot leader within 300 characters of its caption."""
    low = flat.lower()
    found = []
    for name in _IRS_ACTIVITIES:
        i = low.find(name)
        if i < 0:
            continue
        if low.find(name, i + 1) >= 0:
            return (), ""  # a table printed twice (the instructions of several forms): not one form's
        for m in _LEADER_FIGURE.finditer(flat, i + len(name), i + len(name) + 300):
            if m.group(1) or m.group(2):
                found.append((name, int(m.group(1) or 0) * 60 + int(m.group(2) or 0)))
                break
    names = {n for n, _ in found}
    if not {"learning about the law or the form", "preparing the form"} <= names:
        return (), ""
    total = float(sum(x for _, x in found))
    return (total, total), "; ".join(f"{n[0].upper()}{n[1:]}: {x} min" for n, x in found)


#: the approval of an information collection a US form prints, with the date it expires: "OMB Control No.: 3245-0071
#: (Expiration Date 12/31/2024)" (SBA Form 1244), "OMB APPROVAL NO.: 3245-0188 / EXPIRATION DATE: 08/31/2027" (SBA
#: 413), "OMB Number: 4040-0004 / Expiration Date: 01/31/2009" (SF-424) — only after an approval number, never an
#: "Expiration Date" box a form asks (a passport's)
_APPROVAL = re.compile(r"\bOMB\s+(?:control\s+|approval\s+)?(?:no\.?|number)\s*[.:]?\s*(\d{4}\s*-\s*\d{4})[^\n]{0,20}\n?"
                       r"[^\n]{0,60}?\(?\s*(?:expiration\s+date|expires?)\s*:?\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\)?", re.I)


#: the programme's name printed filled in at the head of a form ("○ 포상명：2016년도 감염병관리 유공", "사업명 : 2025년
#: 창업도약패키지"): the round a bundle belongs to, as the agency names it
_PROGRAMME_PRINTED = re.compile(r"^[ \t]*[○◦•·ㆍ\-]?[ \t]*(?:포상명|사업명)[ \t]*[:：][ \t]*(\S[^\n]{3,60}?)[ \t]*$", re.M)


#: a programme notice's own sentence naming the programme it calls for: "창업기업의 성장과 도약을 지원하는 『2025년도
#: 창업도약패키지(일반형)』에 참여할 창업기업을 다음과 같이 모집합니다" (review 44 #11: not "창업도약패키지 창업기업")
_PROGRAMME_CALLED = re.compile(r"[『「]([^』」\n]{4,60}?)[』」]\s*(?:에\s*참여할|에\s*참여하고자\s*하는|의\s*참여)[^.。]{0,60}?모집")


def programme_printed(text: str) -> str:
    """The programme's name a form prints filled in after "포상명:" or "사업명:" (never a blank to fill: "○○○",
    "(   )", underscores), or a notice names in the sentence calling for applicants ("『2025년도 창업도약패키지
    (일반형)』에 참여할 창업기업을 … 모집합니다"), else ""."""
    for m in _PROGRAMME_PRINTED.finditer((text or "")[:40000]):
        value = m.group(1).strip()
        if re.search(r"[○◯Ｏ_]{2,}|\(\s*\)|^\(|\t", value) or not re.search(r"[가-힣A-Za-z]{2,}", value):
            continue
        return value
    m = _PROGRAMME_CALLED.search(re.sub(r"\s+", " ", (text or "")[:3000]))
    return re.sub(r"\s+", " ", m.group(1)).strip() if m and re.search(r"[가-힣A-Za-z]{2,}", m.group(1)) else ""


def approval_expiry(text: str) -> tuple[str, str]:
    """The date the form's printed approval expires, as an ISO date, and the words that say so ("OMB Control No.:
    3245-0071 (Expiration Date 12/31/2024)"); ("", "") where it prints none. Whether it has expired is for the
    day the report is written (a form read today and in two years reads the same)."""
    m = _APPROVAL.search(text or "")
    if not m:
        return "", ""
    month, day, year = int(m.group(2)), int(m.group(3)), int(m.group(4))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return "", ""
    return f"{year:04d}-{month:02d}-{day:02d}", re.sub(r"\s+", " ", m.group(0)).strip()


#: the form's own OMB control number, printed in its head ("OMB Control No.: 3245-0071", "OMB APPROVAL NO.: 3245-0188",
#: the IRS's "OMB Number" with the number a column over): the collection it belongs to; a number cited in the body
#: ("reports … are approved under OMB No. 1215-0072") is another collection's
_OMB_NUMBER = re.compile(r"\bOMB\s+(?:control\s+|approval\s+)?(?:no\.?|number)(?![a-z]).{0,100}?\b(\d{4})\s*-\s*(\d{4})\b",
                         re.I | re.S)
#: how far into a form's text its head reaches
_HEAD_CHARS = 2500


def approval_number(text: str) -> str:
    """The OMB control number a US form prints in its head ("3245-0071"), else ""."""
    m = _OMB_NUMBER.search((text or "")[:_HEAD_CHARS])
    return f"{m.group(1)}-{m.group(2)}" if m else ""


def printed_burden(text: str) -> tuple[tuple[float, ...], str]:
    """The time a form says it takes, as its Paperwork Reduction Act statement prints it: ((low, high)
    minutes, the sentence), else ((), ""). Several figures in one sentence (by kind of submission: "2.25
    hours for PCLP …, 3.5 hours for non-ASM submissions") give the range; the IRS's table of activities is
    summed (:func:`_activity_table`)."""
    flat = re.sub(r"\s+", " ", text or "")
    for sentence in re.split(r"(?<!\d)[.;](?!\d)\s*", flat[:200000]):
        said = _BURDEN_SENTENCE.search(sentence) if len(sentence) <= 600 else None
        if said is None or not _BURDEN_SCOPE.search(sentence):
            continue
        if re.search(r"\b(?:recordkeeping|learning about the law)\b", sentence, re.I):
            continue  # the IRS's table of activities: not one figure for the form
        minutes = [float(m.group(1)) * (60 if m.group(2).lower().startswith("h") else 1)
                   for m in _DURATION.finditer(sentence)]
        if minutes and all(0 < x <= 6000 for x in minutes):
            # the quote starts at the sentence's subject, not at whatever the page printed before it
            at = said.start()
            heads = [m.start() for m in re.finditer(r"\b(?:The|Public|We|It|This)\b", sentence[:at + 1])]
            start = heads[-1] if heads and at - heads[-1] <= 40 else at
            return (min(minutes), max(minutes)), sentence[start:].strip()[:400]
    return _activity_table(flat[:200000])


#: a programme notice saying the application itself is made online ("① 사업신청서 온라인 입력", "온라인
#: 신청서 작성", "Complete the application online"): that online form is where the consolidated form's
#: questions go, and it is no added document
_ONLINE_APPLICATION = re.compile(
    r"(?:사업\s*)?신청서\s*온라인\s*(?:입력|작성)|온라인\s*(?:사업\s*)?신청서\s*(?:작성|입력)|"
    r"온라인으로만\s*신청|(?:complete|submit|file)\s+(?:the|your)\s+application\s+online|"
    r"online\s+application\s+(?:form|system|portal)\s+(?:must|is\s+to)\s+be\s+(?:completed|used)", re.I)

#: a programme notice saying a document must be written on the template it gives, unchanged ("사업계획서는
#: 본 공고문에 첨부된 … 양식을 사용하여 작성해야 하며, 그 외 양식으로 제출 시 평가 대상에서 제외", "양식은
#: 변경·삭제할 수 없으며", "must be submitted using the template provided")
_FIXED_TEMPLATE = re.compile(
    r"양식을\s*사용하여\s*작성(?:해야|하여야)|그\s*외\s*양식으로\s*제출|양식(?:은|을)?\s*(?:임의로\s*)?(?:변경|수정)"
    r"[·ㆍ,\s]*(?:삭제)?\s*(?:할\s*수\s*없|불가|금지)|(?:must|shall)\s+(?:be\s+)?(?:completed|submitted|written)\s+"
    r"(?:on|using|in)\s+the\s+(?:form|template|format)\s+provided|do\s+not\s+(?:alter|modify|change)\s+the\s+"
    r"(?:form|template|format)", re.I)


def _sentence_at(text: str, start: int, end: int, limit: int = 200) -> str:
    """The sentence (or printed item) around text[start:end], at most ``limit`` characters."""
    left = max(text.rfind(c, max(0, start - limit), start) for c in ".。◦○□■●-*※\n")
    stops = [i for i in (text.find(c, end, end + limit) for c in ".。◦○□■●\n") if i != -1]
    right = min(stops) if stops else min(len(text), end + limit)
    said = re.sub(r"\s+", " ", text[left + 1:right]).strip(" -*※")
    if len(said) > limit:
        # (a quotation cut at a word's end, and said to be cut: "… 사전 실명 등록 및 …", not "… 및 적")
        said = said[:limit].rsplit(" ", 1)[0].rstrip(",;·") + " …"
    return said


def online_application(text: str) -> str:
    """The words by which a programme notice says the application is made online, else ""."""
    m = _ONLINE_APPLICATION.search(text or "")
    return _sentence_at(text, m.start(), m.end()) if m else ""


#: a programme notice's table of what is submitted and how ("< 제출서류 및 제출방법 > | ① 사업신청서 | 온라인 입력 |
#: ② 사업계획서 | 파일 첨부 | ③ 기타 제출서류 | 파일 첨부"): the submissions as the notice counts them
_SUBMISSIONS_HEAD = re.compile(r"제출\s*서류\s*(?:및|와|\/)\s*제출\s*방법")
_HOW_SUBMITTED = r"온라인\s*(?:입력|작성|제출|등록)|파일\s*(?:첨부|업로드)|(?:우편|방문|이메일|전자\s*우편|팩스)\s*(?:제출|접수)?"
_SUBMISSION = re.compile(r"([①-⑳])\s*([가-힣A-Za-z][가-힣A-Za-z0-9·ㆍ()\s]{1,30}?)\s*(" + _HOW_SUBMITTED + r")")


def notice_submissions(text: str) -> tuple[str, ...]:
    """A programme notice's table of what is submitted and how, as "what: how" in its order ("사업신청서: 온라인
    입력", "사업계획서: 파일 첨부", "기타 제출서류: 파일 첨부"): the notice's own count of submissions, which may
    bundle several papers in one upload ("기타 제출서류 각 1부 ([별첨 2] 양식)")."""
    flat = re.sub(r"\s+", " ", (text or "")[:400000])
    for head in _SUBMISSIONS_HEAD.finditer(flat):
        out: list[str] = []
        for m in _SUBMISSION.finditer(flat[head.end():head.end() + 600]):
            what = re.sub(r"\s+", " ", m.group(2)).strip()
            how = re.sub(r"\s+", " ", m.group(3)).strip()
            entry = f"{what}: {how}"
            if entry not in out:
                out.append(entry)
        if len(out) >= 2:
            return tuple(out)
    return ()


#: a notice's list of submissions, an item with the annex form it is written on: "◦ 사업계획서 1부 ([별첨 1] 양식)"
_ANNEX_ITEM = re.compile(r"^\s*[◦○∘•ㆍ·-]?\s*(?P<doc>[가-힣][가-힣A-Za-z0-9·ㆍ\s]{1,30}?)\s*(?:각\s*)?\d{1,2}\s*부\s*"
                         r"\(\s*\[?\s*(?P<kind>별첨|붙임|별지)\s*(?:제\s*)?(?P<no>\d{1,2})\s*(?:호)?\s*\]?\s*(?:양식|서식)?\s*\)")
#: …and the notes printed under it: its "-" lines ("- 사업계획서는 본 공고문에 첨부된 ‘일반형’ 사업계획서 양식을 사용하여
#: 작성해야 하며, 그 외 양식으로 제출 시 평가 대상에서 제외"), up to the next item or heading
_ANNEX_NOTE = re.compile(r"^\s*-\s*(?P<text>\S.*)$")


def annex_notes(text: str) -> tuple[str, ...]:
    """What a notice prints under each document it lists with the annex form it is written on, as "별첨 1: 사업계획서
    — 사업계획서는 … 그 외 양식으로 제출 시 평가 대상에서 제외": the rule an applicant must meet for that form, which
    the form's own pages may not print (review 61 #5: a business plan on any other template is not evaluated). Each
    annex once, its notes joined; () where the notice lists none."""
    out: dict[str, list[str]] = {}
    current = None
    for line in (text or "")[:400000].splitlines():
        m = _ANNEX_ITEM.match(line)
        if m:
            current = f"{m.group('kind')} {m.group('no')}"
            out.setdefault(current, [re.sub(r"\s+", " ", m.group("doc")).strip()])
            continue
        note = _ANNEX_NOTE.match(line) if current else None
        if note:
            out[current].append(re.sub(r"\s+", " ", note.group("text")).strip())
        elif current and (re.match(r"^\s*(?:[◦○□■※*<]|\d{1,2}\s)", line) or not line.strip()):
            current = None
        elif current and len(out[current]) > 1:
            out[current][-1] += " " + line.strip()  # (a note's continuation line)
    return tuple(f"{k}: {v[0]} — {'; '.join(v[1:])}"[:600] for k, v in out.items() if len(v) > 1)


#: a document a notice says it requests later, of those who pass a stage ("서류평가 통과자를 대상으로 ‘창업기업확인서’ 등
#: … 증빙서류 제출 요청 예정", "최종 선정 통보된 예비선정자(기업)는 … ‘협약체결확약서’를 제출하여야 합니다"): quoted
#: (read with _QUOTED, a footnote's star after the name aside: "‘창업기업확인서*’")
_STAGE = re.compile(r"(?P<who>(?:[가-힣]+\s+){0,3}(?:[가-힣]*\s*통과자|예비\s*선정자|선정자|대상자))"
                    r"(?:\s*\(기업\))?\s*(?:를|을|는|은|에게)?\s*(?:대상으로)?")
_REQUESTED = re.compile(r"(?:제출\s*(?:요청|하여야|해야)|요청\s*(?:할\s*)?예정|요청)")
#: evidence a notice says those in a case submit, with no form ("국외 창업 기업 해당 시 국외 창업기업 요건 확인을 위한
#: 별도 증빙서류를 제출하여야 함")
_CASE_EVIDENCE = re.compile(r"(?P<case>[가-힣·ㆍ\s]{2,24}?해당\s*시)\s*(?P<doc>[^.。,]{0,40}?(?:증빙\s*)?서류)를?\s*"
                            r"제출(?:하여야|해야)")


#: evidence an annex of the notice says is submitted once a stage is passed, by those it concerns ("붙임 4 패스트트랙
#: 자격기준 … * 증빙자료는 1단계 서류평가 통과 시 주관기관 별도 안내에 따라 해당자만 제출"): the annex's title names it
_STAGE_EVIDENCE = re.compile(r"(?P<doc>증빙\s*(?:자료|서류))(?:는|은)\s*(?P<when>[^.。]{0,24}?(?:통과|선정)\s*(?:시|후))"
                             r"[^.。]{0,40}?(?P<only>해당자만)?\s*제출")
_ANNEX_HEAD = re.compile(r"(?:\[\s*)?(?:붙임|별첨)\s*(\d{1,2})\s*(?:\]\s*)?([가-힣A-Za-z][^\n]{2,30}?)(?=\s*□|\s*$|\s+-\s)", re.M)


#: a Korean mobile number as printed: "010-4759-7682", "010 4104 3049", "01047597682"
_MOBILE = re.compile(r"(?<![\d-])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?![\d-])")


def personal_mobiles(text: str) -> int:
    """How many different mobile numbers a text prints (a person's, not an office line: a published notice or
    specification should give the office's — review 51 #9). The numbers are counted, never kept."""
    return len({re.sub(r"\D", "", m.group(0)) for m in _MOBILE.finditer(text or "")})


def notice_requests(text: str) -> tuple[str, ...]:
    """The documents a programme notice says it asks for beyond the application it takes — of those who pass a
    stage (an evaluation, a selection) or who are in a case — as "document: who" in the notice's order
    (K-Startup 2025: "창업기업확인서: 서류평가 통과자", "국외 창업기업 요건 확인을 위한 별도 증빙서류: 국외 창업 기업 해당
    시", "협약체결확약서: 최종 선정 통보된 예비선정자"). Each is read from one sentence: a quoted document name
    that ends in a document noun, the request after it, the stage or case before it."""
    flat = re.sub(r"\s+", " ", (text or "")[:400000])
    out: dict[str, str] = {}
    for m in _QUOTED.finditer(flat):
        doc = re.sub(r"\s+", "", m.group(1).rstrip("*"))
        if len(doc) < 2 or not _DOC_NOUN.search(doc) or not _REQUESTED.search(flat[m.end():m.end() + 70].split(".")[0]):
            continue
        before = flat[max(0, m.start() - 90):m.start()]
        before = re.split(r"[.。★※▶☞◦•]|\s-\s", before)[-1]
        stage = list(_STAGE.finditer(before))
        if stage and doc not in out:
            out[doc] = re.sub(r"\s+", " ", stage[-1].group("who")).strip()
    for m in _CASE_EVIDENCE.finditer(flat):
        doc = re.sub(r"\s+", " ", m.group("doc")).strip()
        case = re.sub(r"^.*?[▶☞★※◦•,]\s*", "", re.sub(r"\s+", " ", m.group("case"))).strip()
        if doc not in out:
            out[doc] = case
    # an annex's evidence, asked of those who pass a stage (review 44 #2: [붙임 4]'s fast-track evidence — 4대 보험
    # 가입자명부, 재무제표, 부가세과세표준증명원 … — went unmentioned): named by the annex's title
    lines = (text or "")[:400000]
    for m in _STAGE_EVIDENCE.finditer(flat):
        at = _flat_offset(lines, flat, m.start())
        heads = [h for h in _ANNEX_HEAD.finditer(lines[:at]) if at - h.start() < 4000]
        if not heads:
            continue
        title, noun = re.sub(r" +", " ", heads[-1].group(2)).strip(), re.sub(r"\s+", "", m.group("doc"))
        doc = f"{title} {noun}"
        who = re.sub(r"\s+", " ", m.group("when")).strip() + (" 해당자" if m.group("only") else "")
        if doc not in out:
            out[doc] = who
    return tuple(f"{d}: {w}" for d, w in out.items())


def _flat_offset(text: str, flat: str, pos: int) -> int:
    """The offset in ``text`` of the character at ``pos`` in ``flat`` (``text`` with runs of spaces made one)."""
    n = 0
    for i, ch in enumerate(text):
        if n >= pos:
            return i
        if ch.isspace() and i + 1 < len(text) and text[i + 1].isspace():
            continue
        n += 1
    return len(text)


#: a share printed as a bound on an amount: "정부지원사업비 70% 이하", "정부지원사업비(A) 총 사업비의 70% 이상",
#: "자기부담사업비* 30% 이상", "자기부담사업비 (30% 이상)", "현금은 10% 이상"
_BOUND = re.compile(r"(?P<subj>[가-힣]{2,15})\s*(?:\([A-Z]\))?[*\s]*(?:은|는|이|가)?\s*\(?\s*(?:총\s*사업비의?\s*)?"
                    r"(?P<n>\d{1,3}(?:\.\d)?)\s*%\s*(?P<dir>이상|이하|미만|초과)")
#: the amount a share is of, not an amount bound ("총사업비의 70%")
_BOUND_BASE = re.compile(r"^총?\s*사업비의?$|^총액의?$|^합계의?$")


#: a sentence (or a list item) about how recent a document must be: "current", "dated" — not a deadline for
#: something else ("must be received by IRS within 120 days of the signature date")
_FRESH = re.compile(r"\b(?:current|dated)\b", re.I)
_WITHIN = re.compile(r"\bwithin\s+(\d{1,3})\s*days\b(?:\s+(?:of|prior\s+to|before)\s+(?:the\s+)?(?:submission|application)"
                     r"(?:\s+to\s+\w+)?)?(?:\s+for\s+(?P<case>(?:[^;()]|\([^()]{0,10}\)){1,60}?))?"
                     r"(?=\s+or\s+within\b|\s*[;).,]|\s*$)", re.I)
#: the document a sentence asks for: a form by its number, with the title printed after it
_ASKED_FORM = re.compile(r"\b(?:[A-Z]{2,5}\s+)?Form\s+[A-Z]{0,3}-?\d{2,5}[A-Z]?\b(?:,\s*[A-Z][^,;(]{3,60})?")
#: a form speaking of itself: "This information is current as of"
_SELF = re.compile(r"\bthis\s+(?:information|form|statement)\s+is\s+current\b", re.I)


def printed_windows(text: str) -> tuple[PrintedWindow, ...]:
    """How recent documents must be when submitted, as this document prints it: about itself ("This information is
    current as of … (must be within 90 days of submission for Disaster or within 120 days of submission for
    7(a)/504 …)"), each case apart, or about a form it asks for by number ("SBA Form 413, Personal Financial Statement
    … signed and current within 90 days"). Each "within N days" is read with the sentence before it (up to 300
    characters, from its start or an "Exhibit N"). English only, for now."""
    flat = re.sub(r"\s+", " ", (text or "")[:400000])
    out: dict[tuple, PrintedWindow] = {}
    for m in _WITHIN.finditer(flat):
        before = flat[max(0, m.start() - 300):m.start()]
        cuts = [c.end() for c in re.finditer(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])|\bExhibit\s+\d+\*?:\s*", before)]
        before = before[cuts[-1]:] if cuts else before
        if not _FRESH.search(before):
            continue
        own = list(_SELF.finditer(before))
        asked = list(_ASKED_FORM.finditer(before))
        if own and (not asked or own[-1].start() > asked[-1].start()):
            subject, at = "", own[-1].start()
        elif asked and _FRESH.search(before[asked[-1].end():]):
            subject, at = asked[-1].group(0).strip(), asked[-1].start()
        else:
            continue
        # (a case is a programme or a kind of application, named as such — "for Disaster", "for 7(a)/504"; "for
        # each proprietor" says whose, in every case)
        case = (m.group("case") or "").strip()
        case = case if case[:1].isupper() or case[:1].isdigit() else ""
        key = (subject, int(m.group(1)), case)
        if key not in out:
            tail = flat[m.end():m.end() + 80]
            stop = re.search(r"[.;)]", tail)
            words = (before[at:] + flat[m.start():m.end()] + (tail[:stop.end()] if stop else tail)).strip()
            out[key] = PrintedWindow(subject=subject, days=int(m.group(1)), applies_to=case,
                                     text=words if len(words) <= 300 else words[:297].rsplit(" ", 1)[0] + " …")
    return tuple(out.values())


#: an item of a numbered list of exhibits: "Exhibit 3:", "Exhibit 11*:" (an asterisk marks the ones some filers upload)
_EXHIBIT = re.compile(r"\b(?:Exhibit|Attachment)\s+(\d{1,2})\*?\s*:\s*", re.I)
#: a running footer or header a page break puts inside an item ("SBA Form 1244 (12-2021) Page 15")
_RUNNING = re.compile(r"\b(?:[A-Z]{2,5}\s+)?Form\s+\S+\s+\(\d{1,2}[-/]\d{2,4}\)\s+Page\s+\d+\b", re.I)
_NAMED_FORM = re.compile(r"\b(?:[A-Z]{2,5}\s+)?Form\s+[A-Z]{0,3}-?\d{2,5}[A-Z]?\b")
_EXHIBIT_CASE = re.compile(r"^\s*(?:for\s+(?:an?\s+)?[^:,.]{3,120}?[:,]|if\s+applicable\b)|\bif\s+applicable\b", re.I)


def exhibits(text: str) -> tuple[Exhibit, ...]:
    """A form's numbered list of exhibits, each once (its first "Exhibit N:"), where the form prints a list — three
    or more items numbered from 1 —, not where it only points at one ("provide relevant documents in Exhibit 27")."""
    raw = (text or "")[:400000]
    # (a page's running head — "Application for Section 504 Loans / Section Four: Completed by the CDC" printed atop
    # every page — is no item's words: a line printed on three pages or more is dropped)
    lines = [x.strip() for x in raw.splitlines()]
    counts: dict[str, int] = {}
    for x in lines:
        if len(x) >= 10:
            counts[x] = counts.get(x, 0) + 1
    raw = "\n".join(x for x in lines if counts.get(x, 0) < 3)
    flat = re.sub(r"\s+", " ", raw)
    starts: dict[str, re.Match] = {}
    for m in _EXHIBIT.finditer(flat):
        starts.setdefault(m.group(1), m)
    if "1" not in starts or len(starts) < 3:
        return ()
    ordered = sorted(starts.values(), key=lambda m: m.start())
    out = []
    for i, m in enumerate(ordered):
        end = ordered[i + 1].start() if i + 1 < len(ordered) else min(len(flat), m.end() + 600)
        words = re.sub(r"\s+", " ", _RUNNING.sub(" ", flat[m.end():end])).strip()
        if i + 1 == len(ordered):
            # (the last item runs on into whatever the page prints next — "CDC Agreements and Certifications": its
            # first sentence is the item)
            stop = re.search(r"(?<=[a-z0-9)])\.\s", words[20:])
            words = words[:20 + stop.start() + 1] if stop else words
        if not words:
            continue
        case = _EXHIBIT_CASE.search(words)
        condition = (case.group(0).strip(" :,") if case else "")
        out.append(Exhibit(number=m.group(1), text=words if len(words) <= 300 else words[:297].rsplit(" ", 1)[0] + " …",
                           forms=tuple(dict.fromkeys(f.group(0) for f in _NAMED_FORM.finditer(words))),
                           condition=condition))
    return tuple(out)


def printed_bounds(text: str) -> tuple[PrintedBound, ...]:
    """The shares a document prints as bounds on amounts (Korean: "N% 이상 / 이하 / 미만 / 초과" after the amount's
    name), each once, in the order printed."""
    flat = re.sub(r"\s+", " ", (text or "")[:400000])
    out: dict[tuple[str, str, str], PrintedBound] = {}
    for m in _BOUND.finditer(flat):
        subject = re.sub(r"(?:은|는|이|가|의)$", "", m.group("subj"))
        if _BOUND_BASE.match(subject) or len(subject) < 2:
            continue
        key = (subject, m.group("n"), m.group("dir"))
        if key not in out:
            out[key] = PrintedBound(subject=subject, percent=m.group("n"), direction=m.group("dir"),
                                    text=flat[max(0, m.start() - 30):m.end() + 10].strip())
    return tuple(out.values())


#: what a programme notice says its online application checks at log-in: the person's identity (실명인증,
#: 본인인증) and the business's (기업인증, 국세청 사업자 확인), in a sentence about applying
_LOGIN_IDENTITY = re.compile(r"실명\s*인증|본인\s*인증")
_LOGIN_BUSINESS = re.compile(r"기업\s*인증|사업자\s*(?:확인|인증)")
_LOGIN_WHEN = re.compile(r"(?:신청|접수)[‧·ㆍ\s]*(?:접수|신청)?\s*시")


#: a notice's rule that the representative applies in person ("사업 신청은 반드시 창업기업 대표자 본인이 신청‧접수하여야
#: 하며, 타인이 신청‧접수하는 경우 탈락 처리")
_IN_PERSON = re.compile(r"(?:대표자|신청인|신청자)\s*본인이\s*(?:직접\s*)?(?:신청|접수)")


def login_checks(text: str) -> tuple[str, ...]:
    """"identity: …" and "business: …" — the sentence of a programme notice that says the online application
    verifies the applicant's identity or business when the application is made ("신청‧접수 시, K-Startup
    누리집을 통해 ① 실명인증 및 ② 기업 인증을 실시하여야 하며") —, and "in_person: …", the sentence that says only
    the representative may apply, else ()."""
    out = []
    flat = re.sub(r"\s+", " ", text or "")
    m = _IN_PERSON.search(flat)
    if m:
        out.append(f"in_person: {_sentence_at(flat, m.start(), m.end(), 160)}")
    for m in _LOGIN_WHEN.finditer(flat):
        sentence = _sentence_at(flat, m.start(), m.end(), 160)
        window = flat[m.start():m.start() + 120]
        for kind, pat in (("identity", _LOGIN_IDENTITY), ("business", _LOGIN_BUSINESS)):
            if pat.search(window) and not any(x.startswith(kind + ":") for x in out):
                out.append(f"{kind}: {sentence}")
    return tuple(out)


#: what a notice says of an application made falsely: "거짓 신청", "부정한 방법으로", "허위로"
_FALSE_CLAIM = re.compile(r"거짓(?:\s*이나)?\s*(?:신청|기재|서류|자료|진술|으로|이나)|부정한\s*방법|허위(?:로|\s*(?:신청|기재|사실|자료))")
_LAW_TITLE = re.compile(r"[「『]([^「」『』]{1,60}?(?:법|법률|령|규칙|지침|규정|기준))[」』]")


#: a form's own sentence on what follows a false answer: "상기 기재내용이 허위사실로 판명된 경우 협상대상자에서 제외 및
#: 최종선정 후에도 계약을 해지할 수 있음", "기재 내용이 사실과 다를 경우 선정을 취소할 수 있습니다"
_CONSEQUENCE = re.compile(r"(?:기재\s*(?:내용|사항)|작성\s*(?:내용|사항)|제출\s*(?:서류|내용))[이가은는]?\s*(?:허위(?:\s*사실)?로|"
                          r"거짓으로|사실과\s*다(?:른|를)\s*(?:것으로)?)\s*(?:판명|확인|밝혀)?[^.。]{0,12}?(?:경우|때)[^.。]{4,160}?"
                          r"(?:수\s*있(?:음|습니다|다)|한다|합니다|됨|됩니다|함)")


#: a consent's printed limits: "valid only for one-time use", "valid only for 90 days from the date signed", "must be
#: received by IRS within 120 days of the signature date", "동의 유효기간: …", "동의일로부터 1년간 유효"
_VALIDITY = re.compile(r"[^.]{0,80}\b(?:valid\s+(?:only\s+)?for\s+(?:one-time\s+use|\d{1,4}\s+(?:days|months|years))|"
                       r"must\s+be\s+received\s+by\s+[^.]{1,30}?\s+within\s+\d{1,4}\s+days)[^.]{0,120}\.|"
                       r"[^.。\n]{0,40}(?:동의\s*유효\s*기간|유효\s*기간은)[^.。\n]{0,80}|[^.。\n]{0,40}\d{1,2}\s*(?:년|개월)간\s*유효[^.。\n]{0,40}",
                       re.I)


def consent_validity(text: str) -> tuple[str, ...]:
    """How long and for what a consent holds, each sentence as printed, at most four (SSA-89: "This consent is
    valid only for one-time use." and "… only for 90 days from the date signed, …"; 4506-C: "This form must be
    received by IRS within 120 days of the signature date."); () where it prints none (review 42 #4)."""
    flat = re.sub(r"\s+", " ", text or "")[:100000]
    out: list[str] = []
    for m in _VALIDITY.finditer(flat):
        s = m.group(0).strip(" ,;")
        if s and s not in out and len(s) <= 240:
            out.append(s)
    return tuple(out[:4])


def printed_consequence(text: str) -> str:
    """The sentence a form prints on what follows a false answer on it, as printed (a 주) note under its
    tables: "상기 기재내용이 허위사실로 판명된 경우 협상대상자에서 제외 및 최종선정 후에도 계약을 해지할 수
    있음" — review 41 #5); "" where it prints none."""
    flat = re.sub(r"\s+", " ", text or "")[:60000]
    m = _CONSEQUENCE.search(flat)
    if not m:
        return ""
    start = max(flat.rfind(w, max(0, m.start() - 12), m.start() + 1) for w in ("상기", "위 ", "본 "))
    return flat[start if start >= 0 else m.start():m.end()].strip()


#: where a form's notes on filling it begin: "주)", "※ 작성요령", "작성 방법:" at the start of a line
_FILL_NOTES = re.compile(r"(?:^|\n)[ \t]*(?:주\s*\)|※\s*작성\s*(?:요령|방법|안내)\s*:?|작성\s*(?:요령|방법)\s*:)[ \t]*(?=1\s*[.)])")
_NOTE_ITEM = re.compile(r"^[ \t]*(\d{1,2})\s*[.)]\s*(.+?)\s*$")


def printed_fill_notes(text: str) -> tuple[str, ...]:
    """The numbered notes a form prints on how to fill it ("주) 1. 실제로 과업에 직접 투입되는 인력에 대하여 기재 /
    2. 참여경력은 현재를 기준으로 3년까지 기재 / 3. 참여인력 중 실무책임자(PM)은 PM임을 반드시 명기"), each as printed,
    in order, at most eight — whom to list, how far back, what to mark: a consolidated form that asks the same
    questions carries them, or it asks for other data (review 52 #6). The note on a false answer is the form's
    sanction (:func:`printed_consequence`), not one of them; () where it prints none."""
    out: list[str] = []
    for m in _FILL_NOTES.finditer((text or "")[:200000]):
        expected = 1
        for line in text[m.end():m.end() + 3000].split("\n"):
            item = _NOTE_ITEM.match(line)
            if item is None or int(item.group(1)) != expected:
                break
            note = re.sub(r"\s+", " ", item.group(2)).strip()
            if note and not _CONSEQUENCE.search(note) and note not in out:
                out.append(note)
            expected += 1
    return tuple(out[:8])


def false_claim_laws(text: str) -> tuple[str, ...]:
    """The laws a notice names for an application made falsely — the titles in 「」 of the sentence that
    speaks of one ("거짓 신청, 부정한 방법으로 … 지원받은 경우 「형법」, 「보조금 관리에 관한 법률」 … 등에 따라
    …"), each once in order; () where it names none. What a consolidated form's declaration cites."""
    out: list[str] = []
    flat = re.sub(r"\s+", " ", text or "")[:400000]
    for m in _FALSE_CLAIM.finditer(flat):
        # the sentence from the false claim on: its end, or at most 300 characters
        tail = flat[m.start():m.start() + 300]
        end = re.search(r"(?<=[다음함됨])\.\s|[。]|\s[□■◦○●]\s|\s-\s\d+\s-\s", tail)
        for law in _LAW_TITLE.findall(tail[:end.start() if end else len(tail)]):
            law = law.strip()
            if law not in out:
                out.append(law)
        if len(out) >= 6:
            break
    return tuple(out[:6])


#: a deadline as a notice prints it: "선정 통보일 다음날부터 3일 이내", "제출 요청*일 다음 영업일로부터 3일 이내(마지막 날
#: 17시까지, 토요일 및 공휴일 제외)"
DEADLINE = re.compile(r"(?:(?P<from>선정\s*통보일|통보일|요청\s*\*?\s*일|요청일|공고일|마감일)\s*.{0,24}?)?"
                      r"(?P<next>다음\s*(?:날|영업일))\s*(?:로\s*)?부터\s*(?P<n>\d{1,3})\s*(?P<unit>영업일|일)\s*이내"
                      r"(?P<note>\s*\([^()]{0,40}\))?")


def squeezed(text: str) -> str:
    """``text`` in NFKC without whitespace: a name a line break or spacing splits compares whole."""
    import unicodedata

    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def lines_naming(lines: list[str], doc: str) -> list[int]:
    """The lines of a notice (whitespace collapsed) that name document ``doc`` — by its first twelve letters, else its
    first six —, a name a line break splits included."""
    for key in (squeezed(doc)[:12], squeezed(doc)[:6]):
        at = [i for i in range(len(lines)) if key and key in squeezed(" ".join(lines[i:i + 2]))]
        if at:
            return at
    return []


def deadlines_near(lines: list[str], at: list[int]) -> list[tuple[int, str]]:
    """The deadlines printed near each line of ``at`` (the line before it and four after), as printed, each once in
    the order met, with the line it is read at: [(line, "선정 통보일 다음날부터 3일 이내"), …]."""
    seen: dict[str, tuple[int, str]] = {}
    for i in at:
        window = " ".join(lines[max(0, i - 1):i + 5])
        for m in DEADLINE.finditer(window):
            said = re.sub(r"\s+", " ", m.group(0)).strip()
            seen.setdefault(squeezed(said.replace("*", "")), (i, said))
    return list(seen.values())


def deadline_conflicts(text: str) -> tuple[str, ...]:
    """Each document a notice asks for later whose deadline it prints more than one way, as "협약체결확약서: 선정 통보일
    다음날부터 3일 이내 / 요청*일 다음 영업일로부터 3일 이내 / 요청일 다음날로부터 3일 이내" (review 58 #2: found by
    `eligibility`; review 60 #17: `analyze` said nothing of it)."""
    lines = [re.sub(r"\s+", " ", x) for x in (text or "").splitlines()]
    out = []
    for entry in notice_requests(text or ""):
        doc = entry.partition(": ")[0]
        said = deadlines_near(lines, lines_naming(lines, doc))
        if len(said) > 1:
            out.append(f"{doc}: " + " / ".join(x for _, x in said))
    return tuple(out)


#: a notice's sentence that defers what it does not say to other rules: "본 공고문에 명시되지 않은 사항은 중소기업창업
#: 지원사업 운영요령, 창업사업화지원사업 통합관리지침 및 동 사업 세부 관리기준 등에서 정하는 바에 따르며"
_DEFERRAL = re.compile(r"(?:명시|규정|정)(?:되|하)지\s*않은\s*사항은\s*(?P<rules>.{4,200}?)(?:\s*등)?\s*(?:에서\s*정하는\s*바에|에)\s*따[르른]")
#: a rule's name ends in what kind of rule it is
_RULE_NAME = re.compile(r"(?:요령|지침|기준|규정|고시|훈령|예규|법률|법|시행령|시행규칙)$")


def governing_rules(text: str) -> tuple[str, ...]:
    """The rules a notice defers to for whatever it does not say ("중소기업창업 지원사업 운영요령", "창업사업화지원사업
    통합관리지침", "동 사업 세부 관리기준"), in order, each once; () where it names none. A document such a rule
    prescribes is not removed by amending the notice alone (review 60 #7): a line for the legal review."""
    out: list[str] = []
    # (a name a printed line breaks inside a word, "창업\n사업화지원사업", is one word)
    flat = re.sub(r"\s+", " ", re.sub(r"(?<=[가-힣])\n(?=[가-힣])", "", text or ""))[:400000]
    for m in _DEFERRAL.finditer(flat):
        for part in re.split(r"\s*(?:,|·|ㆍ|\s및\s|\s또는\s)\s*", m.group("rules")):
            name = re.sub(r"\s*등$", "", part.strip(" 「」『』"))
            # ("동 사업 세부 관리기준": the programme's own, said as such, no title in brackets)
            name = re.sub(r"^(?:동|본|당해|이)\s*사업(?:의)?\s+", "이 사업의 ", name)
            if not name.startswith("이 사업의 ") and _RULE_NAME.search(name):
                name = _usual_spelling(name, flat)
            if _RULE_NAME.search(name) and 4 <= len(name) <= 60 and name not in out:
                out.append(name)
    return tuple(out[:6])


#: who checks eligibility, as a notice says it: "요건검토, 사업계획서 유사중복성 검토는 창업진흥원 및 주관기관에서 상시
#: 진행", "신청자격 검토는 ○○진흥원이 수행"
_REVIEWERS = re.compile(r"(?:요건\s*검토|자격\s*(?:요건\s*)?검토|신청\s*자격\s*(?:확인|검토))[^.。□◦]{0,40}?(?:은|는)\s*"
                        r"(?P<who>[가-힣ㆍ·]{2,20}(?:\s*(?:및|,|ㆍ|·|과|와)\s*[가-힣]{2,20}){0,3})\s*(?:에서|이|가)\s")
_BODY = re.compile(r"(?:원|기관|센터|공단|재단|부|청|처|위원회|협회|진흥회|단)$")


def reviewers(text: str) -> tuple[str, ...]:
    """The bodies a notice says check the applicants' eligibility, as printed, each once ("창업진흥원", "주관기관");
    () where it names none. A body other than the agency a 행정정보 공동이용 consent names must have a basis to see
    what the agency fetches in place of a copy (review 61 #3: K-Startup's 주관기관, universities among them)."""
    flat = re.sub(r"\s+", " ", text or "")[:400000]
    out: list[str] = []
    for m in _REVIEWERS.finditer(flat):
        for part in re.split(r"\s*(?:및|,|ㆍ|·|과|와)\s*", m.group("who")):
            part = part.strip()
            if _BODY.search(part) and part not in out:
                out.append(part)
    return tuple(out[:6])


def _usual_spelling(name: str, flat: str) -> str:
    """A name as the text prints it most often, spacing aside: "창업사업화 지원사업 통합관리지침" where one line break
    made "창업 사업화지원사업 …" (review 61 #7)."""
    chars = [re.escape(c) for c in re.sub(r"\s+", "", name)]
    if not chars:
        return name
    found: dict[str, int] = {}
    for m in re.finditer(r"\s?".join(chars), flat):
        found[m.group(0)] = found.get(m.group(0), 0) + 1
    return max(found.items(), key=lambda kv: kv[1])[0] if found else name


#: a printed minimum of composed text: "최소 2,000자 이상", "2000자 이상", "at least 500 words", "minimum of 3,000
#: characters" — never a maximum ("50자 이내")
_COMPOSED = re.compile(r"(?:최소\s*)?(?P<n>\d{1,2}(?:,\d{3})|\d{3,5})\s*자\s*이상|"
                       r"\b(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?)\s+(?P<m>\d{1,2}(?:,\d{3})|\d{2,5})\s+"
                       r"(?P<unit>words|characters)\b", re.IGNORECASE)
#: the shortest printed minimum that makes a document a composed narrative: 1,000 characters (about a page of
#: Korean text), or 200 words
COMPOSED_CHARS, COMPOSED_WORDS = 1000, 200


def composed_length(text: str) -> str:
    """The printed minimum of composed text a document demands, as printed ("최소 2,000자 이상"), where it is at
    least :data:`COMPOSED_CHARS` characters or :data:`COMPOSED_WORDS` words; else ""."""
    for m in _COMPOSED.finditer(text or ""):
        if m.group("n") and int(m.group("n").replace(",", "")) >= COMPOSED_CHARS:
            return m.group(0).strip()
        if m.group("m"):
            n = int(m.group("m").replace(",", ""))
            if n >= (COMPOSED_WORDS if m.group("unit").lower() == "words" else COMPOSED_CHARS):
                return m.group(0).strip()
    return ""


#: a printed instruction that two answers must agree ("사업비 총액은 신청서의 신청 금액과 일치하여야 합니다",
#: "Line 7 must equal the amount on Schedule B"): what lets a check that one equals the other stand
_AGREEMENT = re.compile(r"일치\s*(?:하여야|해야|하도록|시켜야|할\s*것)|동일\s*(?:하여야|해야|하게)|같아야|"
                        r"\b(?:must|should|shall) (?:equal|agree with|match|be the same as)\b", re.IGNORECASE)


#: a Korean agreement's two sides, the verb last: what must agree (before its topic particle), and what it must agree
#: with (before 과 / 와) — "업종은 | 사업자등록증의 업종과 일치하여야 합니다"
_KO_SIDES = re.compile(r"^(?P<what>.+?)(?:은|는)\s+(?P<with>.+?)(?:과|와)\s*(?:일치|동일|같)")


def agreement_sides(sentence: str) -> Optional[tuple[str, str]]:
    """A printed agreement (:func:`printed_agreements`) as what must agree and what it must agree with: around its
    verb in English ("For purposes of reporting NAICS Code, Applicants" | "the business activity code provided on
    their IRS income tax filings"), by its particles in Korean, where the verb comes last; None where the sentence
    does not show both sides."""
    m = _AGREEMENT.search(sentence or "")
    if m is None:
        return None
    if re.search(r"[a-z]", m.group(0), re.IGNORECASE):
        return sentence[:m.start()], sentence[m.end():]
    k = _KO_SIDES.search(sentence)
    return (k.group("what"), k.group("with")) if k else None


def printed_agreements(text: str) -> tuple[str, ...]:
    """The sentences by which a form says two of its answers (or an answer and another form's) must agree,
    as printed, each once (at most five): the basis a rule "this amount equals that total" cites."""
    out: list[str] = []
    for m in _AGREEMENT.finditer(text or ""):
        s = _sentence_at(text, m.start(), m.end())
        if s and s not in out:
            out.append(s)
        if len(out) == 5:
            break
    return tuple(out)


#: where a consent states what it is for and what it collects: "1. (개인정보의 수집·이용 목적) …", "수집 항목",
#: "Purpose of collection"
_CONSENT_TERMS = re.compile(r"(?:수집[·ㆍ\s]*이용|수집|이용|제공)\s*(?:의\s*)?목적|수집\s*(?:하려는|하는)?\s*(?:개인정보의\s*)?항목|"
                            r"\bpurposes?\s+of\s+(?:the\s+)?(?:collection|processing|use)\b", re.IGNORECASE)
MAX_CONSENT_TERMS = 800


#: the list a 행정정보 공동이용 consent prints of the records the agency will look up ("[공동이용 행정정보(구비서류)]
#: (국세)납세증명서, 4대 사회보험료 완납증명서, …, 특허등록원부, …"), up to the next bracketed heading or blank line
_SHARED_RECORDS = re.compile(r"공동\s*이용\s*행정\s*정보\s*(?:\(\s*구비\s*서류\s*\))?\s*\]?\s*:?\s*\n?(?P<list>[^\n\[]{10,1500})")


def shared_records(text: str) -> tuple[str, ...]:
    """The records a form's 행정정보 공동이용 consent says the agency looks up, each as printed ("특허등록원부",
    "입금계좌확인정보 (통장사본)"); () where it prints no such list."""
    for m in _SHARED_RECORDS.finditer(text or ""):
        items = [re.sub(r"\s+", " ", x).strip(" .") for x in re.split(r"[,，、]", m.group("list"))]
        items = [x for x in items if 2 <= len(x) <= 40]
        if len(items) >= 3:
            return tuple(dict.fromkeys(items))
    return ()


def consent_terms(text: str) -> str:
    """What a consent prints of its purpose and the items it collects, spaces folded, from the first of them
    (at most 800 characters): a consent for "범죄경력 조회" or "주민등록번호" that cites only 개인정보 보호법
    제15조 is put to the legal reviewer (sensitive data and unique identifiers need their own consent or a law)."""
    flat = re.sub(r"\s+", " ", text or "")[:200000]
    m = _CONSENT_TERMS.search(flat)
    return flat[m.start():m.start() + MAX_CONSENT_TERMS].strip() if m else ""


#: a note naming answers in quotes that the programme's online system asks too: "※ ‘신청 주관기관명’, ‘지원분야’ …
#: 사항이 온라인시스템과 상이하게 작성할 경우, 온라인시스템으로 배정·평가 예정"
_ONLINE_TOO = re.compile(r"((?:[‘'\"“][^’'\"”\n]{1,30}[’'\"”]\s*[,ㆍ·]?\s*){1,10})(?:사항|항목|내용)?[^\n※]{0,12}?"
                         r"온라인\s*(?:시스템|신청서?|접수)\s*(?:과|와|에|의)")
_QUOTED = re.compile(r"[‘'\"“]([^’'\"”\n]{1,30})[’'\"”]")


def online_duplicates(text: str) -> tuple[str, ...]:
    """The answers a form says the programme's online system asks too, by the names it quotes ("‘지원분야’,
    ‘전문기술분야’ … 사항이 온라인시스템과 상이하게 작성할 경우"): written twice by every applicant, once online."""
    out: list[str] = []
    for m in _ONLINE_TOO.finditer(text or ""):
        out += [q.strip() for q in _QUOTED.findall(m.group(1)) if q.strip() and q.strip() not in out]
    return tuple(out[:20])


def fixed_templates(text: str) -> tuple[str, ...]:
    """The sentences by which a programme notice says a document must be written on the template it gives,
    unchanged (at most five)."""
    out: list[str] = []
    for m in _FIXED_TEMPLATE.finditer(text or ""):
        s = _sentence_at(text, m.start(), m.end())
        if s and not any(s in o or o in s for o in out):
            out.append(s)
        if len(out) == 5:
            break
    return tuple(out)


#: a Korean form's printed reference to its legal basis at the head of its first page
_KO_FORM_REFERENCE = re.compile(r"\[\s*별지\s*제?\s*\d+\s*호(?:의\s*\d+)?\s*서식\s*\]|\[\s*별표\s*\d+")
#: the title line of a Korean form: words ending in the noun that names the paper (보고서, 신청서, 점검표 …)
_KO_TITLE = re.compile(r"([가-힣][가-힣A-Za-z0-9·ㆍ ]{1,40}?(?:보고서|신청서|신고서|점검표|확인서|계획서|명세서|동의서|서약서|"
                       r"증명서|추천서|조서|요약서|대장|명부|현황표))(?=\s|※|\(|$)")


def printed_title(text: str) -> str:
    """The title a Korean prescribed form prints under its legal reference ("■ 소방시설 설치 및 관리에 관한 법률
    시행규칙 [별지 제9호서식] <개정 2025. 12. 1.> (8쪽 중 제1쪽) [ ] 작동점검, … 소방시설등 자체점검 실시결과
    보고서 ※ …" → "소방시설등 자체점검 실시결과 보고서"), for a file whose metadata names none; "" for any other
    text (a notice's or a letter's first words are no form title)."""
    head = header_of(text)
    m = _KO_FORM_REFERENCE.search(head)
    if not m:
        return ""
    # (options ticked in the title line itself are no part of it: "소방시설등 작동점검[ ] 종합점검(최초점검[ ] 그 밖의
    # 점검[ ]) 점검표" is the "소방시설등 점검표"; review 25)
    rest = re.sub(r"[^\s\[\]()]+\s*\([^()]*\[\s*\][^()]*\)|[^\s\[\]()]+\s*\[\s*\]", " ", head[m.end():])
    rest = re.sub(r"<[^<>]{0,40}>|\(\s*\d+\s*쪽\s*중\s*제?\s*\d+\s*쪽\s*\)|\[\s*\]|□|☐", " ", rest)
    rest = rest.split("※")[0]
    t = _KO_TITLE.search(rest)
    return re.sub(r"\s+", " ", t.group(1)).strip() if t else ""


def header_of(text: str) -> str:
    """The first words of a document's text, spaces folded, at most 600 characters: a form names its issuer
    there ("Department of the Treasury—Internal Revenue Service", "Government of the District of Columbia")."""
    # (a 누름틀's NUL markers are no words: "공고 제\x00호" is "공고 제호")
    return re.sub(r"\s+", " ", re.sub(r"[\x00-\x08\x0e-\x1f\x7f]", "", (text or "")[:1200])).strip()[:600]
