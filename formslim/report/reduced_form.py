"""The consolidated application form: a JSON form definition (for a web form), and a DOCX and (for Korean
packages) an HWPX a ministry could issue. Each datum once; pre-filled fields marked with their registry;
consents with the notice the law requires; pledges as declarations; the truth declaration, the date and
a name and signature per signer."""
from __future__ import annotations

import re
from pathlib import Path
from dataclasses import replace
from typing import Optional

from ..fields.parts import AFFIRM, YES_NO
from ..components import components
from ..knowledge import Knowledge
from ..match import MatchResult
from ..model import Package, ReductionPlan
from ..parse.classify import citations, condition_of
from ..parse.notices import box_part, is_signing_name, own_part
from ..parse.parties import signs_as_applicant
from ..reduce.plan import (NEED_MARK, OFFICIALS, concept_name, consented_elsewhere, lookup_subject, mixed_editions, no_consent_needed,
                           own_consent_needed, printed_basis,
                           own_sharing_document, registry_key_questions)
from .packaging import settle
from ..text import BLOCK_MARK, REQUIRED_STAR, clip, has_hangul, purpose_notice
from ..text import caption as date_caption
from .captions import printed_question, reworded_branch, verbatim_question, caption as plain_caption, plain_questions
from .i18n import TEXT, josa, localise, t

SCHEMA = "formslim.form/1"
_SECTION_OF_ROLE = {"representative": "representative", "contact": "contact", "owner": "owners",
                    "co_representative": "representative", "spouse": "owners", "guarantor": "owners"}
#: the roles that sign for the applicant itself; anyone else who signs a replaced form signs for themself
_APPLICANT_SIDE = ("applicant", "representative", "taxpayer")
#: the sections in the order they appear (numbered in that order, whichever are present)
SECTION_TITLES = {
    "ko": {"applicant": "신청 기업", "representative": "대표자", "contact": "실무 담당자", "owners": "소유자",
           "application": "신청 내용", "other": "추가 정보", "rosters": "명단", "consents": "동의",
           "declarations": "서약", "attachments": "첨부서류", "signature": "서명"},
    "en": {"applicant": "Applicant business", "representative": "Representative", "contact": "Contact person",
           "owners": "Owners", "application": "The request", "other": "Further information",
           "rosters": "Lists", "consents": "Consents", "declarations": "Declarations",
           "attachments": "Attachments", "signature": "Signature"},
}


#: how a signer is named on the form, by role (others: the role's first cue word)
_SIGNER = {"applicant": ("신청인", "Applicant"), "representative": ("신청인(대표자)", "Applicant (authorized representative)"),
           "owner": ("소유자", "Owner"), "spouse": ("배우자", "Spouse"), "guarantor": ("보증인", "Guarantor"),
           "preparer": ("작성자", "Preparer"), "individual": ("진술서의 당사자 본인", "The individual the statement is about")}


#: a datum asked only where the applicant has one
_ONLY_IF_ANY = re.compile(r"\bif\s+(?:any|applicable|available|you have one)\b|\(\s*해당\s*(?:시|자|하는 경우)|있는\s*경우", re.I)

#: initials that confirm one answer: "Initial here to confirm your response to question 4", "Please enter your
#: electronic signature to confirm your response to question 4"
_ATTESTS = re.compile(r"\b(?:initial|confirm)\w*\b[^.]{0,60}?\b(?:response|answer)s?\s+to\s+(?:question|item|line)\s*(\w+)", re.I)

#: a label that says it asks the date of a signature: "Date of the representative's signature", "Date signed",
#: "서명일"
_SIGNED_ON = re.compile(r"\bdate\b[^.?!]{0,40}\bsignature\b|\bdate\s+signed\b|서명\s*(?:일|날짜|일자)", re.I)


def _signs_each(sg) -> bool:
    """Whether a form has each of a party other than the applicant sign ("Each individual … sign", "an
    authorized representative for each co-borrower must sign", "Complete this form for each proprietor")."""
    return sg.signer not in _APPLICANT_SIDE and re.search(r"\beach\b", sg.evidence, re.I) is not None


def _party_caption(heading: str, role: str, lang: str, kb: Knowledge, title: str = "") -> str:
    """Whose datum an item asks, as its caption says it: the block heading that names the party ("피추천인
    (포상후보자)", "Operating Company (if Applicant is an EPC)"); where the heading is the form's own title
    ("정부포상 후보자 추천서 2016년도 정부포상업무지침[별지 제4호 서식)"), the party's word in it ("후보자"), else the
    party's name."""
    squeeze = re.compile(r"\s+")
    is_title = bool(title) and squeeze.sub("", title) in squeeze.sub("", heading) or bool(
        re.search(r"\[?\s*별지|별표|서식\]|\bForm\s+\d", heading))
    if heading and not is_title:
        return heading
    r = kb.roles.get(role)
    cues = [c for c in ((r.ko if lang == "ko" else r.en) if r is not None else ()) if c and c in heading]
    return max(cues, key=len) if cues else _signer_label(role, lang, kb)


def _named_by_options(options: list[str], kb) -> tuple[str, str]:
    """The name of the datum a group of boxes asks, by its options, and its concept: the choice concept
    (concepts.yaml ``values``) that at least two of them, and most of them, are values of ("male", "female":
    sex, person.sex — what the law says of asking it holds for the group: review 30 #9); ("", "")."""
    from ..match.reading import en_key

    keys = [en_key(o) for o in options]
    # (named in the language its options are printed in, not the report's: the label it joins is the form's
    # own — "The owner's sex" on a US form in a Korean report, never "The owner's 성별": review 63 #9)
    lang = "ko" if any(has_hangul(o) for o in options) else "en"
    best = ("", "", 0)
    for c in kb.concepts.values():
        if not c.values or c.kind != "choice":
            continue
        wordings = {en_key(w) for ws in c.values.values() for w in ws}
        n = sum(1 for k in keys if k in wordings)
        if n >= 2 and 2 * n > len(keys) and n > best[2]:
            names = (c.ko or c.en) if lang == "ko" else (c.en or c.ko)
            best = (names[0] if names else "", c.id, n)
    return best[0], best[1]


def _signer_label(role: str, lang: str, kb: Knowledge) -> str:
    if role in _SIGNER:
        return _SIGNER[role][0 if lang == "ko" else 1]
    r = kb.roles.get(role)
    cues = (r.ko if lang == "ko" else r.en) if r is not None else ()
    name = (r.name_ko if lang == "ko" else r.name_en) if r is not None else ""
    return name or (cues[0] if cues else role)


#: a printed 행정정보 공동이용 consent's using agency and its use of the records: "[이용기관 명칭] 창업진흥원",
#: "이용기관: ○○시", "제3자(이용기관) : 창업진흥원"; "[이용사무(이용 목적)] 창업지원 사무, …"
_USING_AGENCY = re.compile(r"(?:\[\s*이용\s*기관\s*(?:의\s*)?(?:명칭|명)?\s*\]|(?<![가-힣])이용\s*기관\s*(?:명칭|명)?\s*[:：]|"
                           r"제\s*3\s*자\s*\(\s*이용\s*기관\s*\)\s*[:：])\s*([^\n\[\]:：]{2,40}?)\s*(?=\n|\[|$)")
_USE_OF_RECORDS = re.compile(r"\[\s*이용\s*사무[^\]]{0,20}\]\s*([^\n\[\]]{2,80}?)\s*(?=\n|\[|$)")


def printed_using_agency(package) -> Optional[tuple[str, str, str]]:
    """(agency, use, document title) of the first 행정정보 공동이용 consent a document of the package prints
    with its using agency named (a placeholder such as "○○기관" is no name), or None."""
    for d in package.documents:
        for n in d.notices:
            m = _USING_AGENCY.search(n.text)
            if not m or not re.search(r"[가-힣A-Za-z]{2}", m.group(1)) or re.search(r"[○◯□△]|기관명$", m.group(1)):
                continue
            use = _USE_OF_RECORDS.search(n.text)
            return m.group(1).strip(), use.group(1).strip() if use else "", d.title or d.locator or d.path
    return None


#: the list of records a printed 행정정보 공동이용 consent names ("[공동이용 행정정보(구비서류)] (국세)납세증명서, …,
#: 자동차운전면허증, …"), up to its next bracketed heading
_SHARED_RECORDS = re.compile(r"\[\s*공동\s*이용\s*행정\s*정보[^\]]{0,20}\]\s*([^\[\]]{2,1500}?)\s*(?=\[|$)")


def _filing_noun(title: str) -> str:
    """The document noun a Korean form's title ends in ("정부포상 후보자 추천서" → "추천서"), else ""."""
    m = re.search(r"(신청서|추천서|신고서|보고서|계획서)\s*(?:\([^()]*\))?\s*$", title or "")
    return m.group(1) if m else ""


def _parent_act(legal_form: str) -> str:
    """The act a form's printed legal basis rests on: "상훈법 시행령 [별지 제1호서식]" → "상훈법"; "" for a notice
    or guideline (고시, 지침) that is no act."""
    law = re.split(r"\s*\[", legal_form or "")[0].strip()
    act = re.sub(r"\s*(?:시행령|시행규칙)$", "", law)
    return act if re.search(r"(?:법|법률)$", act) else ""


def printed_shared_records(doc) -> tuple[str, ...]:
    """The records a document's printed 행정정보 공동이용 consent lists, as printed, in order; () where it prints no
    such list."""
    for n in doc.notices:
        m = _SHARED_RECORDS.search(n.text)
        if m:
            # (a comma inside brackets — "표준재무제표증명(개인)" — is no separator)
            items = re.split(r"[,，、](?![^()]*\))", re.sub(r"\s+", " ", m.group(1)))
            return tuple(x.strip() for x in items if len(x.strip()) >= 2)
    return ()


#: a 공공 마이데이터 request's printed list of records ("1.1. 주민등록증(행정안전부) : 성명, …", "1.20.특허등록원부(특허청)")
_MYDATA = re.compile(r"마이\s*데이터|본인\s*정보[^.。\n]{0,20}제공\s*요구")
_MYDATA_RECORD = re.compile(r"^\s*\d+\s*\.\s*\d+\s*\.?\s*([^:：\n]{2,60}?)\s*(?:[:：]|$)", re.M)


def printed_mydata_records(doc) -> tuple[tuple[str, ...], str]:
    """The records a document's printed 공공 마이데이터 request (전자정부법 제43조의2) asks to be sent, as printed, and
    the request's title; ((), "") where it prints none."""
    for n in doc.notices:
        if _MYDATA.search(n.text):
            found = tuple(m.group(1).strip() for m in _MYDATA_RECORD.finditer(n.text))
            if found:
                return found, n.text.strip().split("\n", 1)[0][:80]
    return (), ""


def _listed_in(reg, printed: tuple[str, ...]) -> str:
    """The printed record that is this registry's check ("자동차운전면허증" for the 운전면허증 진위확인), else ""."""
    names = [re.sub(r"\s+", "", re.sub(r"(?:진위\s*(?:여부\s*)?확인|확인)$", "", n.strip()))
             for n in (reg.name_ko, *reg.aliases) if n and re.search(r"[가-힣]", n)]
    return next((p for p in printed for n in names if len(n) >= 3 and n in re.sub(r"\s+", "", p)), "")


def _kept_forms_changed(package: Package, plan: ReductionPlan, kb: Knowledge, country: str, lang: str) -> list[str]:
    """A document the plan keeps as it is, whose lines it still fills or drops (a schedule's head lines filled
    from the return, a line computed from the lines it names): a change to that form all the same, with what
    prescribes it — the approval it prints (an OMB control number), else the rule in its header — for the legal
    reviewer (IRS 1040 review 33b #5: "nothing to confirm" while ten lines of approved forms changed)."""
    # (the main form that hosts a consolidated form is that form: its review is the consolidated form's)
    kept = {d.key or d.file: d for d in plan.documents if d.decision == "keep"
            and not (plan.consolidated and (d.key or d.file) == plan.primary)}
    where = {fp.field: fp.document or fp.file for fp in plan.fields}
    changed: dict[str, list] = {}
    for fp in plan.fields:
        doc = fp.document or fp.file
        # (a line filled from another line of the same form — its signature blocks made one, two boxes of one
        # line — changes nothing another form asks)
        if fp.action in ("drop_duplicate", "drop_derived") and doc in kept and where.get(fp.source) != doc:
            changed.setdefault(doc, []).append(fp)
    logical = {x.key: x for d in package.documents for x in d.logical}
    out = []
    # (forms under one approval, or one rule, are one point: the legal reviewer confirms the collection once — IRS
    # review 56 #9 read the same paragraph nine times, once per schedule of one OMB number)
    shared: dict[str, list[tuple[str, int]]] = {}
    # (who signs for the lines filled: the return's signers where a schedule signs nothing of its own — on a joint
    # return the spouse as well, as its jurat prints; IRS review 56 #4 read "the filer's signature" alone)
    main = next((d for d in plan.documents if (d.key or d.file) in (plan.primary, plan.main_form)), None)
    for key in sorted(changed, key=lambda k: (k != plan.primary, k)):
        signers = kept[key].signers or (main.signers if main is not None else ())
        also = next((sg for sg in signers if sg.signer not in ("applicant", "representative") and sg.condition
                     and (r := kb.roles.get(sg.signer)) is not None and not r.signs_if), None)
        who = _signer_label(also.signer, lang, kb) if also is not None else ""
        signed = t(lang, "kept_signed_also", who=who[:1].lower() + who[1:] if lang == "en" and who[1:2].islower() else who,
                   condition=also.condition) \
            if also is not None else t(lang, "kept_signed_filer")
        d, x, fps = kept[key], logical.get(key), changed[key]
        more = len(fps) - 3
        lines = ", ".join(dict.fromkeys(clip(re.sub(r"\s+", " ", fp.label).strip(), 60) for fp in fps[:3])) + (
            (f" 외 {more}개" if lang == "ko" else f" and {more} more") if more > 0 else "")
        approvals = kb.approvals(country, f"{x.header}\n{x.statements}") if x is not None else []
        if approvals:
            n, number = approvals[0]
            el = n.elements[0]
            basis = ("kept_changed_approved", dict(
                number=f"{el.get(f'number_{lang}') or el.get('number_en', '')} {number}".strip(), statute=n.basis,
                signed=signed))
        elif d.form_source:
            basis = ("kept_changed_prescribed", dict(rule=d.form_source))
        else:
            basis = ("kept_changed_signed", {})
        # (a form nothing prescribes is confirmed on its own: its signer's say, not a collection's)
        shared.setdefault(repr(basis) if approvals or d.form_source else key, []).append(
            (d.title or key, len(fps), lines, basis))
    for docs in shared.values():
        if len(docs) == 1:
            (title, n, lines, (how, args)), = docs
            out.append(t(lang, "kept_form_changed", title=title, n=n, lines=lines, basis=t(lang, how, **args)))
        else:
            how, args = docs[0][3]
            out.append(t(lang, "kept_forms_changed", titles=", ".join(x[0] for x in docs), m=len(docs),
                         n=sum(x[1] for x in docs), lines=f"{docs[0][0]}: {docs[0][2]}",
                         basis=t(lang, how + "_all", **args)))
    return out


def notice_block(kb: Knowledge, country: str, applies_to: str, lang: str, known: dict | None = None,
                 instead: dict | None = None) -> dict | None:
    """What the law requires the block to state (``legal.yaml``): each element with the text formslim
    knows, or marked for the agency to complete; ``to_confirm`` lists what a legal reviewer checks.
    ``known`` adds to an element's text; ``instead`` replaces it (this package's own purpose)."""
    notice = kb.notice(country, applies_to)
    if notice is None:
        return None
    known = known or {}
    elements = []
    for el in notice.elements:
        fixed = (instead or {}).get(el["id"]) or el.get(f"text_{lang}") or ""
        extra = known.get(el["id"], "")
        text = " ".join(x for x in (fixed, extra) if x) or None
        open_ended = text is None or (fixed.endswith(":") and not extra)
        elements.append({"id": el["id"], "label": el.get(lang) or el.get("en") or el["id"], "text": text,
                         "to_confirm": open_ended})
    return {"notice": notice.id, "basis": notice.basis, "source": notice.source, "elements": elements}


#: a heading of a printed notice: "[개인정보의 보유 및 이용기간]", "【수집 항목】", "1. 본인정보에 관한 사항"
_HEADING = re.compile(r"^\s*(?:\[([^\[\]]{2,60})\]|【([^【】]{2,60})】|\d+\.\s+([^.:：]{2,40})|"
                      r"([^\[\]【】:：.\-※]{2,30}(?:안내|동의|동의서))(?=\s*$))\s*[:：]?\s*(.*)$")
MAX_ELEMENT = 400


#: an article as a Korean law is cited ("제15조", "제24조의2"), and one of a decree ("시행령 제41조")
_ARTICLE = re.compile(r"제\s*\d+\s*조(?:의\s*\d+)?")
_DECREE_ARTICLE = re.compile(r"시행령\s*제\s*\d+\s*조")


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _consent_scope_lines(package, kb: Knowledge, country: str, lang: str) -> list[str]:
    """A consent that names restricted data among its purposes or items ("범죄경력 조회", "주민등록번호") but prints
    no citation of the article that restricts them (only 개인정보 보호법 제15조): the law asks a separate consent
    or a statutory basis for those (제23조 sensitive data, 제24조 unique identifiers, 제24조의2 resident numbers)
    — each such consent is put to the legal reviewer with the words it prints."""
    # (the restricted data of this country, each with the article that restricts it: read once for every consent)
    restricted = [(c, rule, _squeezed(article.group(0))) for c in kb.concepts.values()
                  if (rule := c.restriction(country)) and (article := _ARTICLE.search(rule))]
    out = []
    for d in (x for doc in package.documents for x in doc.logical):
        if not d.consent_terms:
            continue
        # each consent block the document prints on its own (K-Startup's co-representative 동의서 prints seven: a
        # decree one block cites for collecting resident numbers is no basis for another block that gives them to
        # third parties — review 45 #3); a document without blocks, as a whole
        units = [((n.text.strip().split("\n")[0][:60], n.text, citations(n.text)) if len(d.notices) > 1 else
                  ("", n.text, d.citations)) for n in d.notices] or [("", d.consent_terms, d.citations)]
        for heading, text, cites in units:
            if any(_DECREE_ARTICLE.search(c) for c in cites):
                # (a block that prints a decree as its basis — K-Startup's "[수집 근거] 중소기업창업 지원법 시행령
                # 제41조" — is put to the reviewer with that basis: printed_basis)
                continue
            terms = _squeezed(text.lower())
            cited = {_squeezed(m.group(0)) for c in cites for m in _ARTICLE.finditer(c)}
            found: dict[str, list[str]] = {}
            for c, rule, article in restricted:
                if article in cited:
                    continue
                words = [w for w in (*c.ko, *c.en) if len(_squeezed(w)) >= 3 and _squeezed(w.lower()) in terms]
                if words:
                    # (the word as the consent prints it, where one is printed so)
                    printed = [w for w in words if w.lower() in text.lower()]
                    found.setdefault(rule, []).append(max(printed or words, key=len))
            title = (d.title or d.key) + (f" — 「{heading}」" if heading and lang == "ko" else f" — “{heading}”" if heading else "")
            for rule, words in sorted(found.items()):
                out.append(t(lang, "consent_scope", title=title, words=", ".join(sorted(set(words))),
                             cited=", ".join(cites[:3]), rule=rule) if cites else
                           t(lang, "consent_scope_none", title=title, words=", ".join(sorted(set(words))), rule=rule))
    return list(dict.fromkeys(out))  # (one form in two formats says it once)


#: a label's words, for finding it in a consent's printed items ("소속(주소)": 소속, 주소)
_WORDS = re.compile(r"[가-힣]{2,}|[A-Za-z]{3,}")


def _published_contacts_lines(package, kb: Knowledge, country: str, lang: str) -> list[str]:
    """A notice or specification of the package — sent with the notice to every bidder or applicant — that prints
    personal mobile numbers (``Document.personal_mobiles``; a 구매요구서's 납지별 담당자 table: review 51 #9): one line
    each, with how many, never the numbers (legal.yaml ``published_contacts``)."""
    check = kb.notice(country, "published_contacts")
    if check is None or not check.elements:
        return []
    el = check.elements[0]
    return [t(lang, "published_contacts", title=d.title or d.locator or d.path, n=d.personal_mobiles,
              what=el.get(f"text_{lang}") or el.get("text_en", ""), law=f"{check.statute} {check.article}")
            for d in (x for doc in package.documents for x in doc.logical) if d.personal_mobiles]


def _consent_items_lines(package, match: MatchResult, kb: Knowledge, country: str, lang: str) -> list[str]:
    """A consent that lists the items it collects ("(수집하려는 개인정보의 항목) 성명, 주민등록번호, 주소 …") while
    the package's forms ask its signer's other personal data (생년월일, 성별, 휴대전화 …): the law asks the data
    subject be told the items collected when the consent is given (the consent notice's ``items`` element,
    legal.yaml: 개인정보 보호법 제15조 제2항 제2호), so each datum asked of that party and named in none of
    the printed items is put to the legal reviewer — to add to the items, not to collect, or to rest on another
    basis (award review 36 #4). Only a consent that prints its items, only the data of the party who signs
    it, only data the dictionary knows as a person's (not the application's own, nor a signature or its date)."""
    out = []
    for d in (x for doc in package.documents for x in doc.logical):
        # (the consent notice proper, with its items: a consent that also prints a pledge is still a consent to
        # collect)
        notices = (kb.consent_notice(country, "", d.consent_terms), kb.notice(country, "consent")) \
            if d.consent_terms else ()
        found = next(((n, e) for n in notices if n is not None for e in n.elements if e.get("id") == "items"), None)
        if found is None or not re.search(found[1].get("printed") or "항목|items", d.consent_terms, re.I):
            continue
        notice, item = found
        subjects = {sg.signer for sg in d.signers} - {None}
        terms = _squeezed(d.consent_terms.lower())
        asked: set[str] = set()
        for fid in sorted(match.fields):
            r = match.readings.get(fid)
            if r is None or r.role not in subjects or not r.concepts:
                continue
            concepts = [kb.concepts.get(c) for c in r.concepts]
            if any(c is None or c.subject != "person" or c.per_document for c in concepts) or \
                    match.fields[fid].kind == "signature":
                continue
            named = any(len(_squeezed(w)) >= 2 and _squeezed(w.lower()) in terms for c in concepts for w in (*c.ko, *c.en))
            words = _WORDS.findall(match.fields[fid].label)
            if named or (words and all(w.lower() in terms for w in words)):
                continue
            asked.add(concept_name(kb, r.concepts[0], "KR" if lang == "ko" else ""))
        if asked:
            out.append(t(lang, "consent_items", title=d.title or d.key, data=", ".join(sorted(asked)),
                         law=f"{notice.statute} {notice.article}", items=item.get(lang) or item.get("en") or ""))
    return list(dict.fromkeys(out))  # (one form in two formats says it once)


def _bundled_consent_lines(package, kb: Knowledge, country: str, lang: str) -> list[str]:
    """A consent to process personal data that asks, under the same signature, a pledge or a waiver of another
    matter ("위 본인은 … 정부포상이 철회 또는 취소될 경우, 이의를 제기하지 않을 것을 서약합니다"): the law asks each
    matter consented to be set apart and consented to on its own (legal.yaml ``bundled_consent``: 개인정보 보호법
    제22조 제1항) — put to the legal reviewer with the printed words (award review 36 #4)."""
    rules = [n for n in kb.notices.values() if n.jurisdiction == country and "bundled_consent" in n.applies_to]
    out = []
    for d in (x for doc in package.documents for x in doc.logical):
        for n in rules if d.consent_terms else ():
            m = next((m for p in n.text_matches if (m := re.search(p, d.consent_terms))), None)
            if m is None:
                continue
            quote = m.group(0).strip(" <>/□■☐:;,")
            quote = quote if len(quote) <= 160 else "… " + quote[-158:].split(" ", 1)[-1]
            out.append(t(lang, "bundled_consent", title=d.title or d.key, quote=quote, law=f"{n.statute} {n.article}"))
            break
    return list(dict.fromkeys(out))


def printed_notice_block(kb: Knowledge, country: str, lang: str, label: str, text: str, where: str,
                         siblings=()) -> dict | None:
    """The notice of a consent the form prints itself: its text word for word, the provision it rests on
    (``legal.yaml``: by the consent's label, else by what the text says), and for each element the law
    requires the words of the printed notice that state it — or, where none do, a mark for legal review."""
    notice = kb.consent_notice(country, label, text)
    if notice is None:
        return None
    lines = text.split("\n")
    # boxes printed under one notice (개인정보 | 고유식별정보 | 개인정보 위탁): each element is looked for first
    # in the part of the notice that names the box ("고유식별정보 수집 안내"), then in the whole
    start = own_part(lines, label, siblings)
    sections: list[tuple[str, list[str]]] = [("", [])]
    for line in lines[start:] + (lines[:start] if start else []):
        m = _HEADING.match(line)
        if m:
            head = (m.group(1) or m.group(2) or m.group(3) or m.group(4)).strip()
            rest = m.group(5) or ""
            if m.group(3) and not rest.strip(" .。:："):
                # a numbered sentence ("4. 동의를 거부할 권리가 있으며, 거부 시 … 제외될 수 있습니다."): it states
                # the element itself
                rest = head + rest
            sections.append((head, [rest] if rest else []))
        else:
            sections[-1][1].append(line)
    elements = []
    for el in notice.elements:
        said = ""
        if el.get("printed"):
            said = next((" ".join(body) for head, body in sections if head and re.search(el["printed"], head)
                         and "".join(body).strip()), "")
        if not said and el.get("printed_sentence"):
            # a sentence may be broken over printed lines ("… 거부할\n권리가 있습니다.")
            sentences = re.split(r"(?<=[.。])\s+|\n(?=[※\-•·\[【])", text)
            said = next((x for x in sentences if re.search(el["printed_sentence"], re.sub(r"\s+", " ", x))), "")
        if not said and el.get("printed_subject"):
            # (the body a notice's opening sentence names: "○○공단은 … 수집이용합니다")
            m = re.search(el["printed_subject"], text, re.M)
            said = m.group(1) if m else ""
        said = re.sub(r"\s+", " ", said).strip()
        if len(said) > MAX_ELEMENT:
            said = said[:MAX_ELEMENT].rstrip() + " …"
        elements.append({"id": el["id"], "label": el.get(lang) or el.get("en") or el["id"], "text": said or None,
                         "to_confirm": not said})
    if notice.basis_without_consent:
        # the form asks a consent its own notice says the law does not need ("개인정보보호법 제15조제1항제3호에
        # 따라 … 수집·이용"): kept, and put to the legal reviewer
        cited = next((re.sub(r"\s+", " ", x).strip() for x in re.split(r"(?<=[.。])\s+|\n", text)
                      if re.search(notice.basis_without_consent, x)), "")
        if cited:
            elements.append({"id": "consent_needed", "label": t(lang, "consent_needed"),
                             "text": cited[:MAX_ELEMENT], "to_confirm": True})
    return {"notice": notice.id, "basis": notice.basis, "source": notice.source, "elements": elements,
            "printed": {"text": text, "source": where}}


#: a printed consent's purpose section: from its "[… 목적]" heading to the next heading
_PURPOSE = re.compile(r"\[[^\]\n]{0,30}목적[^\]\n]{0,10}\]\s*(.{0,600}?)(?=\s*\[|$)", re.S)


def _counted_parts(package: Package, plan: ReductionPlan):
    """The logical documents the plan counts, one format of each (a twin in another format is not one of them)."""
    counted = {d.key or d.file for d in plan.documents if d.counted and not d.twin_of}
    return [d for f in package.documents for d in f.logical if d.key in counted]


def refusal_findings(package: Package, plan: ReductionPlan, kb: Knowledge, country: str, lang: str) -> list[str]:
    """Legal-review lines on the consents the package prints (legal.yaml ``refusal_check``): a consent whose
    refusal, it says, restricts the application where the law lets no such thing follow — an optional consent
    (its purpose the programme's evaluation, statistics or research, not the assessment of the application:
    개인정보 보호법 제16조 제3항, 제22조 제5항), a 행정정보 공동이용 consent (refused, the applicant submits the
    documents). Each with the consent's title and the sentence as printed; of the documents the plan counts,
    one format of each."""
    checks = [n for n in kb.notices.values() if "refusal_check" in n.applies_to and n.refusal_text
              and n.jurisdiction == country]
    if not checks:
        return []
    out: list[str] = []
    for d in _counted_parts(package, plan):
        for n in d.notices:
            text = re.sub(r"[ \t]+", " ", n.text)
            title = text.strip().split("\n", 1)[0][:80]
            for c in checks:
                said = re.search(c.refusal_text, text)
                if not said or (c.text_matches and not any(re.search(p, text) for p in c.text_matches)):
                    continue
                if c.optional_purpose:
                    purpose = " ".join(m.group(1) for m in _PURPOSE.finditer(text)) or text
                    if not re.search(c.optional_purpose, purpose) or (
                            c.necessary_purpose and re.search(c.necessary_purpose, purpose)):
                        continue
                items = re.search(c.optional_items, text) if c.optional_items else None
                if c.optional_items and items is None:
                    continue
                el = c.elements[0]
                what = el.get(f"text_{lang}") or el.get("text_en", "")
                if items is not None:
                    what += " (" + clip(re.sub(r"\s+", " ", items.group(0)).strip(), 100) + ")"
                out.append(t(lang, "refusal_finding", title=title, doc=d.title or d.locator or d.path,
                             said=re.sub(r"\s+", " ", said.group(0)),
                             basis=f"{c.statute} {c.article.split(' (')[0]}",
                             what=what))
                break
    return list(dict.fromkeys(out))


def basis_findings(package: Package, plan: ReductionPlan, kb: Knowledge, country: str, lang: str,
                   merged: set) -> list[str]:
    """Legal-review lines on the consents of documents kept as they are (another person's 동의서) that cite a basis
    for processing without consent (legal.yaml ``basis_without_consent``: 개인정보 보호법 제15조 제1항 제2호·제3호) and
    still ask a consent: whether it is needed at all, and whether the data processed without one are told apart
    (review 45 #5). A merged consent says the same in its notice block (``consent_needed``)."""
    patterns = [n.basis_without_consent for n in kb.notices.values() if n.basis_without_consent and n.jurisdiction == country]
    out: list[str] = []
    for d in (x for x in _counted_parts(package, plan) if x.key not in merged) if patterns else ():
        for n in d.notices:
            if not n.fields:
                continue
            sentence = next((re.sub(r"\s+", " ", x).strip() for x in re.split(r"(?<=[.。])\s+|\n", n.text)
                             if any(re.search(p, x) for p in patterns)), "")
            if sentence:
                out.append(t(lang, "basis_without_consent", doc=d.title or d.locator or d.path,
                             title=n.text.strip().split("\n", 1)[0][:80], said=clip(sentence, 160)))
    return list(dict.fromkeys(out))


_INLINE_HEADING = re.compile(r"(?:^|(?<=\s))\d{1,2}\s*\.\s*\(([^()]{2,30})\)\s*")


def notice_sections(text: str) -> list[tuple[str, str]]:
    """A printed notice's parts under its headings ("[개인정보의 보유 및 이용기간]", "【수집 항목】", "1. …"): (heading,
    body) in order; text before the first heading under ""."""
    parts: list[tuple[str, list[str]]] = [("", [])]
    for line in text.split("\n"):
        m = _HEADING.match(line)
        if m and (m.group(1) or m.group(2) or m.group(3)):
            parts.append(((m.group(1) or m.group(2) or m.group(3)).strip(), [m.group(5)] if m.group(5) else []))
        else:
            parts[-1][1].append(line)
    if len(parts) == 1:
        # (a notice read as one run of text, its headings numbered in brackets inline: "1. (수집·이용 목적) … 2.
        # (수집하려는 개인정보의 항목) … 3. (개인정보의 처리 및 보유 기간) …", the 정부포상 동의서)
        cut = list(_INLINE_HEADING.finditer(text))
        if cut:
            return [("", text[:cut[0].start()])] + [
                (m.group(1).strip(), text[m.end():cut[i + 1].start() if i + 1 < len(cut) else len(text)])
                for i, m in enumerate(cut)]
    return [(h, "\n".join(b)) for h, b in parts]


def notice_text_findings(package: Package, plan: ReductionPlan, kb: Knowledge, country: str, lang: str) -> list[str]:
    """Legal-review lines on what the printed consents say under their headings (legal.yaml ``notice_check``): an
    open list of items ("… 등"), a retention period that starts before the consent, or one of decades — each with
    the words as printed (review 45 #6). The consents of the documents the plan counts, one format of each: a merged
    one's notice is carried word for word, a kept one stays as printed."""
    checks = [n for n in kb.notices.values() if "notice_check" in n.applies_to and n.section and n.jurisdiction == country]
    out: list[str] = []
    for d in _counted_parts(package, plan) if checks else ():
        # (a consent whose notice is not read apart from its boxes — the 정부포상 동의서, one run of text —: its terms)
        texts = [n.text for n in d.notices] or ([d.consent_terms] if d.consent_terms else [])
        for text in texts:
            title = text.strip().split("\n", 1)[0][:80] if d.notices else (d.title or d.locator or d.path)
            for head, body in notice_sections(text):
                for c in checks:
                    if not head or not re.search(c.section, head):
                        continue
                    said = [re.sub(r"\s+", " ", m.group(0)).strip(" -") for p in c.text_matches for m in re.finditer(p, body)]
                    if said:
                        el = c.elements[0]
                        out.append(t(lang, "notice_finding", doc=d.title or d.locator or d.path, title=title, heading=head,
                                     said="’, ‘".join(clip(x, 80) for x in dict.fromkeys(said)),
                                     what=el.get(f"text_{lang}") or el.get("text_en", ""),
                                     basis=f"{c.statute} {c.article.split(' (')[0]}"))
    return list(dict.fromkeys(out))


def _pledge_checks(kb: Knowledge, country: str) -> list:
    return [n for n in kb.notices.values() if "pledge_check" in n.applies_to and n.jurisdiction == country]


def withhold_flagged(text: str, kb: Knowledge, country: str, lang: str) -> tuple[str, list[str], list[dict]]:
    """``text`` with each phrase a pledge check flags (legal.yaml ``pledge_check``: a sentence that "consents" to
    sanctions or waives objections) said as the check's ``rewrites`` say it lawfully — an acknowledgement of what
    the law and the agreement may bring ("…의 대상이 될 수 있음을 확인하며") —, or, where no rewrite reads it, replaced
    by a mark that the agency settles the wording. Returns the text, the phrases as printed, and each rewording
    ({"printed", "proposed"}). The flagged wording itself is never printed (review 55 #4); a blank left mid-sentence
    made the pledge unpublishable (review 60 #5), so the form prints the acknowledgement and the legal review
    quotes both."""
    withheld: list[str] = []
    reworded: list[dict] = []
    checks = _pledge_checks(kb, country) if text else []

    def mark(m: re.Match, rewrites) -> str:
        said = re.sub(r"\s+", " ", m.group(0)).strip(" -")
        if not said:
            return m.group(0)
        withheld.append(said)
        lead = m.group(0)[:len(m.group(0)) - len(m.group(0).lstrip(" -"))]
        for pattern, wording in rewrites:
            if (r := re.search(pattern, said)) is not None:
                # (a group that matched nothing — "아울러 " before "민/형사상" is optional — is said as nothing)
                proposed = josa(re.sub(r"\s{2,}", " ", wording.format(
                    **{k: (v or "").strip() for k, v in r.groupdict().items()})).strip())
                reworded.append({"printed": said, "proposed": proposed})
                return lead + proposed
        return lead + t(lang, "withheld_wording")
    for c in checks:
        for p in c.text_matches:
            text = re.sub(p, lambda m: mark(m, c.rewrites), text)
    return text, list(dict.fromkeys(withheld)), reworded


def pledge_findings(sections: list[dict], kb: Knowledge, country: str, lang: str, titles: dict | None = None) -> list[str]:
    """Legal-review lines on the pledges and declarations the consolidated form carries word for word (legal.yaml
    ``pledge_check``): each sentence that has the applicant "consent" to sanctions or recovery, or waive objections —
    which no printed sentence can do (review 45 #9) —, with the sentence as printed."""
    checks = _pledge_checks(kb, country)
    out: list[str] = []
    for sec in sections if checks else ():
        for item in sec["items"]:
            if not (item["id"] == "declaration.truth" or item["id"].startswith("declaration:")
                    or sec["id"] == "declarations"):
                continue
            for c in checks:
                # (the phrases the form does not print, as printed: :func:`withhold_flagged`)
                said = item.get("withheld") or [re.sub(r"\s+", " ", m.group(0)).strip(" -") for p in c.text_matches
                                                 for m in re.finditer(p, item["label"])]
                if said:
                    el = c.elements[0]
                    notice = item.get("notice") or {}
                    proposed = {x["printed"]: x["proposed"] for x in item.get("reworded", ())}
                    out.append(t(lang, "pledge_finding_reworded" if proposed else
                                 "pledge_finding_withheld" if item.get("withheld") else "pledge_finding",
                                 title=notice.get("carried_from") or notice.get("source")
                                 or (titles or {}).get(item["id"]) or clip(re.sub(r"\s+", " ", item["label"]), 40),
                                 said="’, ‘".join(clip(x, 120) for x in dict.fromkeys(said)),
                                 proposed="’, ‘".join(proposed[x] for x in dict.fromkeys(said) if x in proposed),
                                 what=el.get(f"text_{lang}") or el.get("text_en", "")))
    return list(dict.fromkeys(out))


def _distinct(phrases: list[str]) -> list[str]:
    """Phrases in order, each once, without one that another contains (a pledge read from two places)."""
    found = list(dict.fromkeys(phrases))
    return [x for x in found if not any(x != y and x in y for y in found)]


def kept_pledge_findings(package: Package, plan: ReductionPlan, kb: Knowledge, country: str, lang: str,
                         merged: set, carried: str = "") -> list[str]:
    """The same check on the pledges of documents kept as they are (the 정부포상 동의서's "… 취소될 경우, 이의를
    제기하지 않을 것을 서약합니다"): that document still asks it (review 45 #12). Not the document the form's
    declaration is carried from (``carried``): its sentences are said once, as carried."""
    checks = _pledge_checks(kb, country)
    out: list[str] = []
    for d in (x for x in _counted_parts(package, plan) if x.key not in merged
              and (x.title or x.locator or x.path) != carried) if checks else ():
        for c in checks:
            said = _distinct([re.sub(r"\s+", " ", m.group(0)).strip(" -<>") for p in c.text_matches
                              for text in (d.pledge, d.consent_terms) if text for m in re.finditer(p, text)])
            if said:
                el = c.elements[0]
                out.append(t(lang, "kept_pledge_finding", title=d.title or d.locator or d.path,
                             said="’, ‘".join(clip(x, 120) for x in dict.fromkeys(said)),
                             what=el.get(f"text_{lang}") or el.get("text_en", "")))
    return list(dict.fromkeys(out))


#: a consent box that consents to giving the data to others ("개인정보 제공에 동의합니다"), not to collecting them
_PROVIDE_BOX = re.compile(r"제공\s*(?:에|을|를)?\s*동의|제\s*3\s*자\s*제공|provi(?:de|sion)\b|disclos", re.I)
_RECIPIENT = re.compile(r"제공\s*받는\s*자|제공받는|받는\s*자|recipients?\b", re.I)


def provision_findings(package: Package, plan: ReductionPlan, lang: str, merged: set) -> list[str]:
    """A kept consent whose box consents to providing the data ("개인정보 제공에 동의합니다") while its notice names
    no recipient — the purposes and items of collection only, some of them disclosures ("공개검증", "관보게재"):
    what is consented to is not what is told (개인정보 보호법 제17조 제2항; review 45 #12). A merged one is said by
    ``third_party_unprinted``."""
    out: list[str] = []
    for d in (x for x in _counted_parts(package, plan) if x.key not in merged and x.kind == "consent"):
        text = "\n".join(n.text for n in d.notices) or d.consent_terms
        boxes = [f.label for f in d.fields if _PROVIDE_BOX.search(f.label) and not re.search(r"수집|collect", f.label, re.I)]
        if boxes and text and not _RECIPIENT.search(text):
            public = sorted(set(re.findall(r"[가-힣]{0,8}(?:공개|게재|공표)[가-힣]{0,4}", text)))
            out.append(t(lang, "provision_unprinted", title=d.title or d.locator or d.path, box=boxes[0],
                         public=(t(lang, "provision_public", words=", ".join(public)) if public else "")))
    return list(dict.fromkeys(out))


def entrustment_findings(package: Package, plan: ReductionPlan, kb: Knowledge, country: str, lang: str) -> list[str]:
    """Legal-review lines on the printed "위탁" parts that name the recipients' own business (a guarantee, a loan:
    legal.yaml ``own_business_text``): a 제3자 제공 that needs consent, not an entrustment the law has disclosed — the
    box stays a consent, and the reviewer is asked to split the list (review 45 #1). One format of each document."""
    out: list[str] = []
    for d in _counted_parts(package, plan):
        labels = {x.id: x.label for x in d.fields}
        for n in d.notices:
            siblings = [labels[x] for x in n.fields if x in labels]
            for fid in n.fields:
                notice = kb.consent_notice(country, labels.get(fid, ""), n.text) if fid in labels else None
                part = box_part(n.text, labels[fid], siblings) if notice is not None else None
                if notice is None or notice.consent_needed or not notice.own_business_text or part is None:
                    continue
                lines = [re.sub(r"\s+", " ", x).strip(" -")[:160] for x in part[1].split("\n")
                         if re.search(notice.own_business_text, x)]
                if lines:
                    out.append(t(lang, "entrustment_own_business", doc=d.title or d.locator or d.path,
                                 title=part[0], line="’, ‘".join(lines[:3])))
    return list(dict.fromkeys(out))


def _laws_word(laws) -> str:
    """"법령", or "법령·지침" where one of ``laws`` is an administrative rule (a 지침, 규정, 기준, 요령, 고시), no law."""
    return "법령·지침" if any(re.search(r"(?:지침|규정|기준|요령|고시)$", x) for x in laws) else "법령"


#: a sentence that tells the person answering is voluntary ("Disclosure is voluntary and has no bearing on the credit
#: decision.")


def _kept_consent_duties(plan: ReductionPlan, kb: Knowledge, lang: str) -> list[str]:
    """A consent kept as its own signed form whose channel leaves it with the party that asks (CBSV: the company keeps
    the number holder's SSA-89 for SSA's reviews), or which the form lets a named party take electronically: a point
    for the legal reviewer — who keeps it, how long, and whether that party may take it online (loan-consents review
    59 #4, #9: "what a legal reviewer must confirm: nothing")."""
    from ..reduce.plan import signed_consent_channel

    out = []
    for d in plan.documents:
        if d.decision != "keep" or d.twin_of:
            continue
        reg = signed_consent_channel(d, plan, kb.registries)
        if reg is None or not (reg.consent_kept_by or reg.esign):
            continue
        out.append(t(lang, "kept_consent_duty", title=d.title or d.file, kept=reg.consent_kept_by or "—",
                     esign=reg.esign or "—"))
    return out


def _retired_lines(plan: ReductionPlan, kb: Knowledge, titles: dict, lang: str) -> list[str]:
    """An identifier the package's forms still ask though its issuer has retired it (concepts' ``retired``: the
    DUNS number, which SBA Form 1244 asks of both entities; review 50 #7): one line per identifier, with the
    documents and boxes that ask it, what replaced it, and the source — the cheapest fix a form's owner can make.
    Only boxes someone still fills (not those the agency fetches or the plan removes) and only once retired by the
    report's date."""
    from .packaging import report_date

    today = report_date()
    found: dict[str, dict[str, list[str]]] = {}
    for fp in plan.fields:
        c = kb.concepts.get(fp.concept or "")
        if c is None or not c.retired or c.retired["since"] > today or fp.part_of \
                or fp.action in ("registry", "removed", "form_fills"):
            continue
        key = fp.document or fp.file
        found.setdefault(c.id, {}).setdefault(titles.get(key) or key, []).append(fp.label)
    out = []
    for cid, docs in sorted(found.items()):
        r = kb.concepts[cid].retired
        where = "; ".join(f"{title} ({len(labels)} × '{labels[0][:40]}')" for title, labels in sorted(docs.items()))
        out.append(t(lang, "retired_identifier", where=where, since=r["since"],
                     replacement=r["replacement"] or concept_name(kb, r["replaced_by"]) or "—", source=r["source"]))
    return out


def build_form(package: Package, plan: ReductionPlan, match: MatchResult, kb: Knowledge, lang: str,
               programme: str = "", country: str = "", derivations: tuple = ()) -> dict:
    """The form definition: sections of items; every item says where its answer comes from. Consents carry
    the notice the law requires (:func:`notice_block`); the signature section holds the declaration that
    the answers are true and one block per signer of the documents it replaces."""
    country = country or ("KR" if lang == "ko" else "US")
    sections: dict[str, list[dict]] = {k: [] for k in SECTION_TITLES["en"]}
    groups = {g.id: g for g in match.groups}
    doc_titles = {d.key: d.title for d in package.documents}
    primary = plan.primary
    # a document filed only in some cases ("(해당 시) 공동대표 … 동의서"): what it asks is asked in that case only
    condition = {d.key or d.file: d.condition for d in plan.documents if d.condition}
    # a merged variant of a form for another kind of applicant ("공적요약서 (개인)" / "(단체)"): its questions
    # are asked in its case only, as the applicant files one of the two
    varied = {d.alternative_of for d in plan.documents if d.alternative_of}
    for d in plan.documents:
        k = d.key or d.file
        if d.decision == "merge" and (d.alternative_of or k in varied):
            # (said by the kind of applicant the variant is for — "개인인 경우" — not by the title of a document
            # the plan merges away)
            kind = re.search(r"\(\s*([^()]{1,12}?)\s*\)\s*$", d.title or "")
            condition[k] = _cases(condition.get(k, ""), t(lang, "when_variant", word=kind.group(1)) if kind
                                  else t(lang, "when_filed", title=d.title or k))
    # each document's signers, one who signs in the applicant's name (the 작성자 of a Korean form) counted as
    # the applicant's own signer
    # who files the package: a main form that names no applicant but a party who files for someone else
    # (a 추천서's 추천인, who recommends a 피추천인) is that party's to sign (plan.filer)
    applicant_signer = plan.filer or ("representative" if country == "KR" else "applicant")
    signers_of = {d.key or d.file: [replace(sg, signer=applicant_signer) if sg.signer in signs_as_applicant() else sg
                                    for sg in d.signers] for d in plan.documents}
    signer_of = {key: sgs[0].signer for key, sgs in signers_of.items() if len({sg.signer for sg in sgs}) == 1}
    signing_names = {f.id for d in package.documents for f in d.fields if is_signing_name(f, d.fields)}

    def signing_date(fp) -> bool:
        """A date the form is signed or filed on ("Date", "Date signed", "작성일"): read as that datum whole,
        asked once. "Property A Date Purchased" or a row's "Date of Quotation" is a datum of its own."""
        r = match.readings.get(fp.field)
        if r is None or match.fields[fp.field].repeats != 1:
            return False
        # ("Please enter the date of the representative's signature in … format": a reading of part of a
        # long label, which says itself that it is the date of a signature)
        return r.how in ("exact", "contains", "alternatives") or _SIGNED_ON.search(match.fields[fp.field].label) is not None
    signer_names: dict[str, list[str]] = {}
    merged_into_form = {d.key or d.file for d in plan.documents if d.decision == "merge" and not d.twin_of} | {primary}
    # a party that writes its own block of the form (a paid preparer's name, PTIN and firm: roles.yaml fills_own):
    # its answers are not the applicant's questions (FieldPlan "other_party"), but its block stays on the form
    own_block = {fp.field for fp in plan.fields if fp.action == "other_party" and fp.source
                 and getattr(kb.roles.get(fp.source), "fills_own", False)}
    owners_listed = any(fp.role in ("owner", "guarantor") and (fp.document or fp.file) == primary
                        and match.readings.get(fp.field) is not None and match.readings[fp.field].index is not None
                        for fp in plan.fields)
    # initials a form asks to confirm one answer ("Initial here to confirm your response to question 4"): an
    # act attached to that answer, asked beside it — not the form's signature
    attests = {fp.field: m.group(1) for fp in plan.fields if fp.kind == "signature"
               and (fp.document or fp.file) in merged_into_form and (m := _ATTESTS.search(fp.label))}
    # registries whose key the forms ask only where the applicant has one ("…, if applicable", "(해당 시)")
    optional_keys: dict[str, str] = {}
    for reg_id in {fp.source for fp in plan.fields if fp.action == "prefill"}:
        reg_ = kb.registries.get(reg_id)
        keyed = [match.fields[x] for x in match.fields if reg_ is not None and match.readings.get(x) is not None
                 and match.readings[x].concept in reg_.key and match.doc_of.get(x) in merged_into_form]
        if keyed and all(_ONLY_IF_ANY.search(k.label) for k in keyed):
            optional_keys[reg_id] = plain_caption(keyed[0].label, keyed[0].kind)
    host_request = False  # (the main form's own request questions asked in its order, with the business's)
    row_section: dict[tuple, str] = {}  # (document, table, row) → the section its first question went to

    def reading_order(fp) -> tuple:
        # each form's questions as its reader meets them: page, line, left to right (an AcroForm lists its
        # boxes in the order they were drawn, not read); a form without positions in its own order
        loc = match.fields[fp.field].location
        where = (loc.page or 0, round(loc.bbox[1] / 6), loc.bbox[0]) if loc.bbox else (0, 0, 0.0)
        return ((fp.document or fp.file) != primary, fp.document or fp.file, where, fp.field)

    for fp in sorted(plan.fields, key=reading_order):
        if fp.field in attests:
            sections["applicant"].append({
                "id": fp.field, "label": t(lang, "initials_for", q=attests[fp.field]), "kind": "signature",
                "options": [], "required": True, "source": "ask", "concept": None, "role": None, "registry": None,
                "prefill_note": None, "repeats": 1, "from_fields": [fp.field], "printed": fp.label,
                "from_document": doc_titles.get(fp.document or fp.file) or (fp.document or fp.file), "context": []})
            continue
        if fp.kind == "signature" or (fp.document or fp.file) not in merged_into_form or not (
                fp.action in ("ask", "prefill") or fp.field in own_block
                or (fp.action == "drop_duplicate" and fp.field in signing_names)):
            continue  # documents kept as they are (a business plan, a certificate) keep their own questions
            # (a signer's name written on each of their forms is the one name of their block)
        if fp.concept == "application.date" and signing_date(fp):
            continue  # dated once, in the signature block
        f = match.fields[fp.field]
        if fp.field in signing_names:
            # the name written on a signature line ("성 명 : (서명)") is the signer's, asked in the signer's block
            signer_names.setdefault(signer_of.get(fp.document or fp.file, ""), []).append(fp.field)
            continue
        concept = kb.concepts.get(fp.concept or "")
        subject = concept.subject if concept is not None else None
        r0 = match.readings.get(fp.field)
        # a person's datum another form asks of nobody in particular, and one the main form asks of "the owner"
        # beside its numbered owners (SBA 1919's demographic section, "completed for each individual who holds
        # 20 percent or more"): asked of each owner
        per_owner = owners_listed and (
            (subject == "person" and fp.role is None and (fp.document or fp.file) != primary)
            or (fp.role == "owner" and r0 is not None and r0.index is None and r0.role_from == "label"))
        if per_owner:
            section = "owners"
        elif f.repeats > 1:
            section = "rosters"
        elif fp.role in _SECTION_OF_ROLE and subject in (None, "person"):
            section = _SECTION_OF_ROLE[fp.role]
        elif fp.role == "applicant" or (subject == "organisation" and fp.role is None):
            section = "applicant"
        elif subject in ("organisation", "application") or (fp.document or fp.file) == primary:
            section = "application"  # the request, and other parties named in it (lender, agency)
        else:
            # a datum no concept names stays beside the question of its printed row ("채용 예정 인원(명) | ___ |
            # 채용 예정 시기 | ___"): one matter, asked together
            row = (fp.document or fp.file, f.location.table, f.location.row)
            section = row_section.get(row, "other") if concept is None and f.location.table is not None else "other"
        if f.location.table is not None and f.location.row is not None:
            row_section.setdefault((fp.document or fp.file, f.location.table, f.location.row), section)
        reg = kb.registries.get(fp.source) if fp.action == "prefill" else None
        held = fp.action == "prefill" and fp.source == "AGENCY-RECORDS"
        # whose datum it is, where the label itself does not say and the section is not that party's:
        # "피추천인 (포상후보자): 성명" and "추천인: 성명" are two questions, not one asked twice
        r = match.readings.get(fp.field)
        party = ""
        if fp.role and _SECTION_OF_ROLE.get(fp.role) != section and fp.role not in ("applicant", "taxpayer") \
                and r is not None and r.role_from not in ("label", "you", "roster") \
                and (subject == "person" or r.role_from == "context"):
            party = _party_caption(f.context[-1] if r.role_from == "context" and f.context else "", fp.role, lang, kb,
                                   doc_titles.get(fp.document or fp.file, ""))
        item = {
            "id": fp.group or fp.field,
            # (a star the replaced form printed for "required" is this form's own mark: item_caption adds it)
            "label": (f"{party}: " if party else "") + date_caption(REQUIRED_STAR.sub("", fp.label) if f.required else fp.label),
            "_each": t(lang, "each_owner") if per_owner else "",  # (added once the captions are final)
            "_choose": f.choose,  # (the form's "Check One" / "택 1", for the option groups)
            "_question": f.question,  # (the question the page prints beside a yes/no box, for its yes/no pair)
            # (the caption the page prints beside a text box whose tooltip paraphrases it: the label, as printed)
            "_caption": (f"{party}: " if party else "") + f.caption if f.caption else "",
            "_block": f.block_note,  # (the marked heading of its block: "… (Optional) - Disclosure is voluntary …")
            "kind": fp.kind,
            "options": list(f.options),
            "required": bool(f.required),
            "concept": fp.concept,
            "role": fp.role,
            # (which of the party's people the form numbers: "Second owner's legal name" is owner 2's)
            "index": r.index if r is not None and fp.role and r.index is not None else None,
            "source": "prefill" if reg or held else "ask",
            "registry": reg.id if reg else ("AGENCY-RECORDS" if held else None),
            # (a lookup the applicant consents to pre-fills only with that consent: refused, the applicant answers)
            "prefill_note": t(lang, "prefilled_note", registry=(reg.name_ko if lang == "ko" and reg.name_ko else reg.name))
            + (t(lang, "prefilled_if_consent") if reg.consent else "")
            if reg else (t(lang, "prefilled_note", registry=t(lang, "agency_records")) if held else None),
            "repeats": f.repeats,
            "from_fields": sorted(groups[fp.group].fields) if fp.group in groups else [fp.field],
            "from_document": doc_titles.get((fp.document or fp.file)) or (fp.document or fp.file),
            "context": list(f.context[-1:]),
        }
        # a document filed only in some cases, or a block printed for one case ("Operating Company (if
        # Applicant is an EPC)"): asked in that case only
        _conditional(item, condition.get(fp.document or fp.file, "")
                     or (condition_of(f.context[-1]) if f.context else ""))
        if reg is not None and reg.id in optional_keys:
            # fetched by a number the form asks only "if any" (SBA 1919: "Unique Entity ID used in SAM.gov, if
            # applicable"): pre-filled where the applicant gives it, else asked
            item["prefill_note"] += " " + t(lang, "prefill_if_key", datum=optional_keys[reg.id])
        if section == "application" and primary and (fp.document or fp.file) == primary:
            # the main form's own questions about the business and about the request stay in its order, one
            # section: its sub-questions with their question ("5. … exported?", "5.b principal countries of
            # export"), its jobs created with its jobs retained
            section, host_request = "applicant", True
        sections[section].append(item)
    # consents: the consent items of merged consent forms, each under the notice its form prints (word for
    # word), and one for the registries used; a "동의" box under a pledge is a declaration
    printed_of = {fid: (n, d) for d in package.documents for n in d.notices for fid in n.fields}
    informs: dict[str, list[str]] = {}  # kept document → its boxes that become notices (C-NO-CONSENT-NEEDED)
    for fp in plan.fields:
        if fp.action == "checkbox":
            f = match.fields[fp.field]
            item = {"id": fp.field, "label": fp.label, "kind": "radio",
                    "options": [t(lang, "agree"), t(lang, "disagree")], "required": True,
                    "source": "ask", "from_fields": [fp.field], "from_document": (fp.document or fp.file),
                    "concept": fp.concept, "role": None, "registry": None, "prefill_note": None,
                    "repeats": 1, "context": list(f.context[-1:])}
            who = signer_of.get(fp.document or fp.file)
            if who and who not in _APPLICANT_SIDE:
                # a consent another party gives (each co-representative consents for themself)
                item.update(label=f"{_signer_label(who, lang, kb)}: {fp.label}", role=who)
            _conditional(item, condition.get(fp.document or fp.file, ""))
            if fp.field in printed_of:
                n, d = printed_of[fp.field]
                block = printed_notice_block(kb, country, lang, fp.label, n.text, d.title or d.locator or d.path,
                                             [match.fields[x].label for x in n.fields if x in match.fields])
                if block is not None:
                    item["notice"] = block
                    if "pledge" in kb.notices[block["notice"]].applies_to:
                        sections["declarations"].append({**item, "kind": "checkbox", "options": []})
                        continue
            sections["consents"].append(item)
        elif fp.action == "inform":
            # a box asking a consent the law does not need (C-NO-CONSENT-NEEDED): its own part of the printed
            # notice, word for word, as information — nothing to tick
            n, d = printed_of[fp.field]
            title, body = box_part(n.text, fp.label, [match.fields[x].label for x in n.fields if x in match.fields])
            if (fp.document or fp.file) not in merged_into_form:
                # (a box of a document kept for another person to sign — the co-representative's 동의서 —: the
                # agency's amendment of that document, never a line of the applicant's form; review 44 #3, #7)
                informs.setdefault(fp.document or fp.file, []).append(title)
                continue
            who = signer_of.get(fp.document or fp.file)
            prefix = f"{_signer_label(who, lang, kb)}: " if who and who not in _APPLICANT_SIDE else ""
            sections["consents"].append(_conditional({
                "id": fp.field, "label": f"{prefix}{title} ({t(lang, 'no_consent_needed')}): "
                + re.sub(r"\s+", " ", body).strip(), "kind": "statement", "options": [], "required": False,
                "source": "ask", "from_fields": [fp.field], "from_document": fp.document or fp.file,
                "concept": fp.concept, "role": who if prefix else None, "registry": None, "prefill_note": None,
                "repeats": 1, "context": []}, condition.get(fp.document or fp.file, "")))
    # what the lookups replacing documents need and no form asks (the ID check's name, number and issue date)
    # (a lookup about another person — a co-representative's ID — asks that person, in the case it applies in)
    # (where the applicant chooses which of several checks is made — an ID card, a driving licence or a
    # passport — the choice is asked first, and each check's data in the cases that need them, each once)
    keys = registry_key_questions(plan, kb)
    chosen: dict[tuple, list[str]] = {}  # (concept, role) → the choices that need it
    for q in keys:
        if q.choice:
            chosen.setdefault((q.concept, q.role), []).append(q.choice)
    asked_choice: set = set()
    seen: set = set()
    for q in keys:
        reg, c, role, cond = q.registry, q.concept, q.role, q.condition
        concept = kb.concepts[c]
        section = "applicant" if concept.subject == "organisation" else "representative"
        who = f"{_signer_label(role, lang, kb)}: " if role else ""
        if q.choice and role not in asked_choice:
            asked_choice.add(role)
            sections[section].append(_conditional({
                "id": "registry_choice" + (f":{role}" if role else ""), "label": who + t(lang, "id_choice"),
                "kind": "radio", "options": options_of(keys, role), "required": True, "concept": "person.id_type", "role": role,
                "source": "ask", "registry": None, "prefill_note": None, "why": t(lang, "id_choice_note"),
                "registries": sorted({x.registry.id for x in keys if x.choice and x.role == role}),
                "repeats": 1, "from_fields": [], "from_document": None, "context": []}, cond))
        if (c, role) in seen:
            continue
        seen.add((c, role))
        wording = (concept.ko if lang == "ko" and concept.ko else concept.en or concept.ko or (c,))[0]
        names = [x.registry for x in keys if (x.concept, x.role) == (c, role)]
        case = ""
        if q.choice and len(chosen[(c, role)]) < len(options_of(keys, role)):
            case = t(lang, "if_chosen", what=t(lang, "either").join(chosen[(c, role)]))
        sections[section].append(_conditional({
            "id": f"registry_key:{reg.id}:{c}" + (f":{role}" if role else ""),
            "label": f"{who}{wording}", "kind": concept.kind,
            "options": [], "required": True, "concept": c, "role": role, "source": "ask", "registry": None,
            "prefill_note": None,
            "why": t(lang, "registry_key_note", registry=t(lang, "either").join(
                dict.fromkeys(r.name_ko if lang == "ko" and r.name_ko else r.name for r in names)))
            + (f" ({concept.restriction(country)})" if concept.restriction(country) else ""),
            "repeats": 1, "from_fields": [], "from_document": None, "context": []},
            _cases(cond, case)))
    # the consent a lookup needs is its data subject's: a co-representative consents to the check of their
    # own ID, in the case it applies in (전자정부법 제42조: the consent of the person the records are about)
    about: dict[str, list] = {}  # role → the documents replaced by a lookup about that person
    elsewhere: set[str] = set()  # the registries of lookups whose subject consents in a document of their own
    applicants: set[str] = set()  # the registries of lookups about the applicant's side
    for d in plan.documents:
        reg = kb.registries.get(d.registry or "") if d.decision == "replace_by_registry" else None
        if consented_elsewhere(d, plan, kb):
            elsewhere.add(d.registry)  # (online, that person consents in a document of their own)
        elif reg is not None and (who := lookup_subject(d.subject, reg, kb)):
            about.setdefault(who, []).append(d)
        elif d.decision == "replace_by_registry":
            applicants.add(d.registry)
    def named(r, d=None) -> str:
        """A lookup as the consent names it: where the applicant chooses among checks, the checks, "or"."""
        alts = (d.registry_alternatives if d is not None else
                next((x.registry_alternatives for x in plan.documents if x.registry == r.id and x.registry_alternatives
                      and not lookup_subject(x.subject, r, kb)), ()))
        regs = [kb.registries[a] for a in alts if a in kb.registries] or [r]
        return t(lang, "either").join((x.name_ko if lang == "ko" and x.name_ko else x.name) for x in regs)

    # what a document another person signs gains where a lookup about them is consented to there (the
    # co-representative's 행정정보 공동이용 consent: the ID check, and the data it needs) — the agency's amendment
    # of that document, written out here: a deliverable, counted in that document's questions
    amendments: list[dict] = []
    later = registry_key_questions(plan, kb, elsewhere=True)
    using = printed_using_agency(package)  # (the agency a printed consent of the package names, read once)
    to_confirm_early: list[str] = []  # (legal-review lines found while the sections are built)
    for d in plan.documents:
        who = consented_elsewhere(d, plan, kb)
        host = own_sharing_document(package.documents, who, match) if who else None
        if host is None:
            continue
        reg = kb.registries[d.registry]
        theirs = [q for q in later if q.role == who]
        items, seen_c = [], set()
        choices_of: dict[str, list[str]] = {}  # concept → the choices of ID that need it (all: [])
        for q in theirs:
            if q.concept in seen_c:
                continue  # (a date of birth two checks need — a driver's licence's, a passport's — asked once)
            seen_c.add(q.concept)
            c = kb.concepts[q.concept]
            chosen_in = [x.choice for x in theirs if x.concept == q.concept and x.choice]
            choices_of[q.concept] = list(dict.fromkeys(chosen_in)) \
                if chosen_in and len(set(chosen_in)) < len(options_of(theirs, who)) else []
            items.append(_conditional({
                "id": f"registry_key:{q.registry.id}:{q.concept}:{who}",
                "label": (c.ko if lang == "ko" and c.ko else c.en or c.ko or (q.concept,))[0], "kind": c.kind,
                "concept": q.concept, "required": True,
                "why": t(lang, "registry_key_note", registry=q.registry.name_ko if lang == "ko" and q.registry.name_ko
                         else q.registry.name) + (f" ({c.restriction(country)})" if c.restriction(country) else "")},
                t(lang, "if_chosen", what=t(lang, "either").join(dict.fromkeys(chosen_in)))
                if chosen_in and len(set(chosen_in)) < len(options_of(theirs, who)) else ""))
        if any(x["document"] == (host.key or host.path) or x["title"] == (host.title or host.locator or host.path)
               for x in amendments):
            continue  # (one document, or its twin in another format, amended once)
        consent = {"label": t(lang, "share_consent", names=named(reg, d)), "kind": "radio",
                   "options": [t(lang, "agree"), t(lang, "disagree")],
                   "notice": notice_block(kb, country, "registry_lookup", lang,
                                          {"items": named(reg, d), **({"agency": using[0]} if using else {})})}
        if printed := printed_shared_records(host):
            # the document prints its own 행정정보 공동이용 consent with its list of records: the check is added to
            # that list — one consent, signed as printed — not asked in a second consent beside it (review 24)
            regs = [kb.registries[x] for x in (d.registry_alternatives or (d.registry,)) if x in kb.registries]
            listed = {r.id: _listed_in(r, printed) for r in regs}
            name = lambda r: r.name_ko if lang == "ko" and r.name_ko else r.name  # noqa: E731
            consent = {"label": t(lang, "share_extend", add=", ".join(name(r) for r in regs if not listed[r.id]) or "—",
                                  already="".join("; " + t(lang, "share_already", name=name(r), printed=listed[r.id])
                                                  for r in regs if listed[r.id])),
                       "kind": "statement", "options": [], "extends_printed": list(printed),
                       "add": [r.id for r in regs if not listed[r.id]], "already": [r.id for r in regs if listed[r.id]]}
        choice = ({"label": t(lang, "id_choice"), "kind": "radio", "options": options_of(theirs, who)}
                  if options_of(theirs, who) else None)
        label_of = {i["concept"]: i["label"] for i in items}
        # an identifier among the data (여권번호, 운전면허번호) that no decree the document prints allows: that
        # person's consent to it, apart from the 공동이용 consent and every other (개인정보 보호법 제24조 제1항 제1호);
        # a resident number, which no consent can allow (제24조의2): said, with the law it needs (review 45 #2)
        own = own_consent_needed(host, label_of, kb, country)
        separate = None
        if own:
            names = ", ".join(label_of[c] for c in own)
            separate = {"label": t(lang, "own_consent", items=names), "kind": "radio",
                        "options": [t(lang, "agree"), t(lang, "disagree")], "concepts": own,
                        "notice": notice_block(kb, country, "separate_consent", lang,
                                               {"purpose": t(lang, "either").join(dict.fromkeys(
                                                   q.registry.name_ko if lang == "ko" and q.registry.name_ko else q.registry.name
                                                   for q in theirs if q.concept in own)), "items": names,
                                                "refusal": t(lang, "own_consent_refusal")})}
        law_only, pending = [], []
        for c, label in label_of.items():
            concept = kb.concepts[c]
            if concept.lawful_basis(country) != "law":
                continue
            laws, covers = printed_basis(host, c, kb)
            # (asked only once a law is confirmed to allow it: the form marks it and the choice it serves, not
            # printed as if lawful — review 61 #10)
            pending += [label, *choices_of.get(c, ())]
            unless = t(lang, "law_only_choice", choice=t(lang, "either").join(choices_of[c])) if choices_of.get(c) else ""
            law_only.append(t(lang, "law_only_item", datum=label, rule=concept.restriction(country))
                            + (t(lang, "law_only_printed", laws=", ".join(laws)) if covers else t(lang, "law_only_none"))
                            + unless)
        # (the document the plan counts the additions in: of one form in two formats, the one counted)
        counted_as = next((x.key or x.file for x in plan.documents if x.added and x.title == host.title), host.key or host.path)
        once = next((x.signed_once for x in plan.documents if (x.key or x.file) == counted_as), 0)
        amendments.append({"document": counted_as, "title": host.title or host.locator or host.path,
                           "signer": _signer_label(who, lang, kb), "replaces": d.key or d.file,
                           "condition": d.condition or host_condition(plan, host), "consent": consent,
                           **({"choice": choice} if choice else {}), "items": items,
                           **({"separate_consent": separate} if separate else {}),
                           **({"law_only": law_only, "law_pending": list(dict.fromkeys(pending))} if law_only else {}),
                           **({"signed_once": once} if once else {})})
    # a kept document another party signs whose repeated signature blocks become one (F-SIGN-ONCE), where no
    # check is added to it: that change is the agency's amendment of it too
    for x in plan.documents:
        if (x.signed_once or (x.key or x.file) in informs) and not x.twin_of \
                and not any(a["document"] == (x.key or x.file) for a in amendments):
            who = next((sg.signer for sg in x.signers), "applicant")
            amendments.append({"document": x.key or x.file, "title": x.title or x.locator or x.file,
                               "signer": _signer_label(who, lang, kb), "replaces": "", "condition": x.condition,
                               "consent": None, "items": [], **({"signed_once": x.signed_once} if x.signed_once else {})})
    for a in amendments:
        if a["document"] in informs:
            a["informs"] = list(dict.fromkeys(informs[a["document"]]))
    for role, theirs in sorted(about.items()):
        regs = [kb.registries[d.registry] for d in theirs if kb.registries[d.registry].consent]
        if regs:
            their_names = ", ".join(named(kb.registries[d.registry], d) for d in theirs
                                    if kb.registries[d.registry].consent)
            sections["consents"].append(_conditional({
                "id": f"consent.registry_lookup:{role}",
                "label": f"{_signer_label(role, lang, kb)}: {t(lang, 'share_consent', names=their_names)}",
                "kind": "radio", "options": [t(lang, "agree"), t(lang, "disagree")], "required": True,
                "source": "ask", "registries": sorted({r for d in theirs for r in (d.registry_alternatives or (d.registry,))
                                                       if kb.registries[d.registry].consent}),
                "from_fields": [], "from_document": None,
                "concept": "consent.admin_info_sharing", "role": role, "registry": None, "prefill_note": None,
                "repeats": 1, "context": [],
                "names": [named(kb.registries[d.registry], d) for d in theirs if kb.registries[d.registry].consent]},
                theirs[0].condition))
    # the applicant's own consent covers the lookups about the applicant's side
    about_others = ({d.registry for ds in about.values() for d in ds} | elsewhere) - applicants
    used = sorted(({d.registry for d in plan.documents if d.registry} - about_others) |
                  {fp.source for fp in plan.fields if fp.action == "prefill"})
    # (a lookup whose channel takes a signed consent form the package keeps — IVES and Form 4506-C — is consented
    # to on that form)
    needing = [kb.registries[r] for r in used if r in kb.registries and kb.registries[r].consent
               and r not in plan.signed_consents]
    # a lookup that only pre-fills a variant of a form for another kind of applicant ("공적조서 (단체)": the
    # organisation's name from its business registration) is consented to in that case only
    variant_of = {d.key or d.file: d for d in plan.documents if d.alternative_of}
    variant_docs: dict[str, set] = {r: set() for r in used}  # registry → the documents its pre-fills are in
    for fp in plan.fields:
        if fp.action == "prefill" and fp.source in variant_docs:
            variant_docs[fp.source].add(fp.document or fp.file)
    only_variant = [r for r in needing if r.id not in {d.registry for d in plan.documents if d.registry}
                    and variant_docs[r.id] and variant_docs[r.id] <= set(variant_of)]
    case = ""
    if needing and len(only_variant) == len(needing):
        titles = sorted({variant_of[k].title or k for r in only_variant for k in variant_docs[r.id]})
        case = t(lang, "when_filed", title=", ".join(titles))
    names = ""
    if needing:
        names = ", ".join(named(r) for r in needing)
        every = sorted(set(used) | {a for d in plan.documents if d.registry in used and not lookup_subject(
            d.subject, kb.registries[d.registry], kb) for a in d.registry_alternatives})
        sections["consents"].append(_conditional({"id": "consent.registry_lookup", "label": t(lang, "share_consent", names=names),
                                     "kind": "radio", "options": [t(lang, "agree"), t(lang, "disagree")],
                                     "required": True, "source": "ask", "registries": every, "from_fields": [],
                                     "from_document": None, "concept": "consent.admin_info_sharing", "role": None,
                                     "registry": None, "prefill_note": None, "repeats": 1, "context": [],
                                     "names": [named(r) for r in needing]},
                                                 case))
        # the package already prints a 행정정보 공동이용 consent whose list names every record this one asks for — in
        # a document another person signs that copies the online terms (K-Startup's co-representative 동의서): the
        # agency very likely holds the applicant's consent already, through those terms. Asked before a second
        # consent is added (review 44 #4)
        for f in package.documents:
            if any((x.key or x.path) in merged_into_form for x in f.logical):
                continue  # (the applicant's own printed consent, merged: the form's consent is that one)
            listed = printed_shared_records(f)
            found = {r.id: _listed_in(r, listed) for r in needing} if listed else {}
            if found and all(found.values()):
                to_confirm_early.append(t(lang, "share_printed_already", title=f.title or f.locator or f.path,
                                          names=", ".join(dict.fromkeys(found.values()))))
                break
    sections["consents"] = _one_consent_each(sections["consents"], lang)
    for item in sections["consents"]:
        item_names = item.pop("names", None)
        if item.get("notice"):
            continue  # the form's own notice, word for word
        if item["id"].split(":")[0] == "consent.registry_lookup":
            # no certificate is replaced: the records only pre-fill answers, and the consent says so
            prefill_only = not any(d.decision == "replace_by_registry" for d in plan.documents)
            known = {"items": ", ".join(item_names or [])}
            sources = {}
            if using:
                # the agency and its use of the records as the package's own 행정정보 공동이용 consent prints
                # them ("[이용기관 명칭] 창업진흥원 [이용사무(이용 목적)] 창업지원 사무, …"): not left blank; where it
                # was read is the reviewer's to see (the element's "from"), not the applicant's
                agency, use, title = using
                known["agency"] = agency
                sources["agency"] = t(lang, "as_printed_in", title=title)
                if use:
                    known["purpose"] = t(lang, "printed_use", use=use)
                    sources["purpose"] = sources["agency"]
            block = notice_block(kb, country, "registry_lookup", lang, known,
                                 {"purpose": t(lang, "prefill_purpose"), "refusal": t(lang, "prefill_refusal")}
                                 if prefill_only else None)
            for el in (block or {}).get("elements", []):
                if el["id"] in sources:
                    el["from"] = sources[el["id"]]
        else:
            block = notice_block(kb, country, "consent", lang)
        if block is not None:
            item["notice"] = block
    rules = {x.id: x.rule for x in plan.decisions}
    by_key = {x.key: x for x in package.documents}
    for d in plan.documents:
        if d.kind == "pledge" and d.decision == "merge":
            # the undertakings as printed: what the applicant pledges is these words, not the pledge's title
            words = (by_key[d.key].pledge or by_key[d.key].declaration) if d.key in by_key else ""
            label = t(lang, "declare", title=d.title or d.file) + (f"\n{words}" if words else "")
            sections["declarations"].append({"id": f"declaration:{d.key or d.file}", "label": label,
                                             "kind": "checkbox", "options": [], "required": True, "source": "ask",
                                             "from_fields": [], "from_document": d.file, "concept": None, "role": None,
                                             "registry": None, "prefill_note": None, "repeats": 1, "context": []})
        if d.decision == "keep" and (d.key or d.file) != primary:
            # by its logical document (a file may hold several forms); the consolidated form is not its own
            # attachment; a filing made apart from the application is no attachment of it
            if any(rules.get(i) == "K-SEPARATE-FILING" for i in d.decisions):
                continue
            if d.after_approval:
                continue  # (executed at closing, once the loan is approved: the lender's, at a later stage — review 30 #3)
            if d.signers and all(sg.signer in OFFICIALS for sg in d.signers):
                # a record the officials of the side that files write and sign (정부포상 현지확인서: the 추천기관's
                # 확인자): handed in with the package — and counted in it —, filled by them, not by the person who
                # fills this form
                sections["attachments"].append(_conditional({
                    "id": f"agency_record:{d.key or d.file}", "kind": "file", "options": [],
                    "label": t(lang, "agency_record", title=_shown_title(d, by_key)), "required": True,
                    "source": "ask", "from_fields": [], "from_document": d.key or d.file, "concept": None, "role": None,
                    "registry": None, "prefill_note": None, "repeats": 1, "context": []}, d.condition))
                continue
            # a statement each person it concerns fills and signs (SBA 912 and 413: "each proprietor, each
            # limited partner who owns 20% or more …"): one per person, not one per application
            per_person = any(sg.signer == "individual" or _signs_each(sg) for sg in d.signers)
            # variants of one form for another kind of applicant ("공적조서 (개인)" / "(단체)"): one of them
            variants = [x for x in plan.variants(d) if x.decision == "keep"]
            case = d.condition
            if variants:
                case = _cases(d.condition, t(lang, "one_of", titles=" / ".join(
                    _shown_title(x, by_key) for x in sorted([d, *variants], key=lambda x: x.key or x.file))))
            sections["attachments"].append(_conditional(_with_entry({
                "id": f"attachment:{d.key or d.file}", "kind": "file", "options": [],
                "label": _shown_title(d, by_key) + (t(lang, "each_person_doc") if per_person else ""),
                "required": True, "source": "ask", "from_fields": [], "from_document": d.key or d.file, "concept": None,
                "role": None, "registry": None, "prefill_note": None, "repeats": 1, "context": []}, d.key or d.file,
                package), case))
    # a document the agency fetches with the applicant's consent is still theirs to hand in where they refuse
    # it (the consent's own notice says so): offered as an upload in that case
    # (a check about another person — a co-representative's ID — rests on that person's own consent: where they
    # refuse it, the copy is handed in, as their consent document's amendment says)
    for d in plan.documents:
        reg = kb.registries.get(d.registry or "") if d.decision == "replace_by_registry" else None
        if reg is None or not reg.consent:
            continue
        who = consented_elsewhere(d, plan, kb)
        refused = t(lang, "if_they_refuse", who=_signer_label(who, lang, kb)) if who else t(lang, "if_refused")
        sections["attachments"].append(_conditional(_with_entry({
            "id": f"attachment_if_refused:{d.key or d.file}", "kind": "file", "options": [],
            "label": NEED_MARK.sub("", _shown_title(d, by_key) if (d.key or d.file) in by_key else (d.title or d.file)),
            "required": True, "source": "ask", "from_fields": [], "from_document": d.key or d.file, "concept": None,
            "role": None, "registry": None, "prefill_note": None, "repeats": 1, "context": []}, d.key or d.file, package),
            _cases(d.condition, refused)))
    # an ID copy the log-in's real-name authentication makes unneeded is still asked where the person who
    # applies is not the representative the fetched record names — unless the notice says only the
    # representative applies ("대표자 본인이 신청‧접수하여야 하며, 타인이 신청‧접수하는 경우 탈락"): no such case
    in_person = any(c.startswith("in_person:") for x in package.documents for c in x.login_checks)
    for d in plan.documents:
        if d.decision == "remove" and not in_person and any(rules.get(i) == "X-VERIFIED-AT-LOGIN" for i in d.decisions):
            sections["attachments"].append(_conditional({
                "id": f"attachment_if_login_differs:{d.key or d.file}", "kind": "file", "options": [],
                "label": NEED_MARK.sub("", d.title or d.file), "required": True, "source": "ask", "from_fields": [],
                "from_document": d.key or d.file, "concept": None, "role": None, "registry": None,
                "prefill_note": None, "repeats": 1, "context": []}, t(lang, "if_login_differs")))
    base = {"options": [], "required": True, "source": "ask", "from_document": None, "registry": None,
            "prefill_note": None, "repeats": 1, "context": []}
    signature: list[dict] = []
    # the declaration the replaced forms print, word for word (a statutory jurat is not ours to reword);
    # the jurisdiction's general declaration only where none prints one
    docs_in = [d for d in package.documents if d.key in merged_into_form or d.path in merged_into_form]
    printed = next((d for d in sorted(docs_in, key=lambda d: d.key != primary) if d.declaration), None)
    declared_in = printed  # (the document whose declaration the form carries)
    laws: tuple = ()  # (the laws a notice names for a false filing)
    # where no merged form prints one, the undertaking another document of the package prints for this application
    # ("신청서 제출 관련 책임 동의: 창업도약패키지 사업을 신청함에 있어 다음과 같은 부정행위를 하지 않음을 서약하며 …"
    # in the co-representative's 동의서, a paper copy of the online terms): carried word for word, never a sentence
    # of formslim's while the package prints one (review 44 #6); whose document it is goes to the legal review
    pledged = None if printed is not None else next(
        (x for d in plan.documents if d.counted and not d.twin_of and (d.key or d.file) not in merged_into_form
         for f in package.documents for x in f.logical if x.key == (d.key or d.file) and x.pledge), None)
    if printed is not None:
        where = printed.title or printed.locator or printed.path
        text, truth = printed.declaration, {"notice": "printed", "source": where, "elements": [], "basis": (
            f"{where}에 인쇄된 확인 문구 (그대로 옮김)" if lang == "ko" else f"the declaration printed on {where}, word for word")}
    elif pledged is not None:
        where = pledged.title or pledged.locator or pledged.path
        text, truth = pledged.pledge, {"notice": "printed", "source": where, "elements": [], "carried_from": where,
                                       "no_law": True,
                                       "basis": t(lang, "pledge_carried_basis", title=where)}
    else:
        # the laws the programme's notice names for a false application ("거짓 신청 … 「보조금 관리에 관한 법률」
        # 등에 따라"): the declaration's basis, as printed — else for legal review
        laws, source = next(((d.false_claim_laws, d.title or d.locator or d.path) for d in package.documents
                             if d.kind == "notice" and d.false_claim_laws), ((), ""))
        laws_named = ", ".join(f"「{x}」" for x in laws)
        truth = notice_block(kb, country, "signature", lang, {"basis": laws_named} if laws else None)
        if truth is not None and laws:
            # its basis is the laws the notice names, as printed there — not the placeholder for a reviewer to fill
            truth = {**truth, "basis": laws_named, "source": t(lang, "as_printed_in", title=source).strip("()")}
        for el in (truth or {}).get("elements", []) if laws else []:
            if el["id"] == "basis":
                el["from"] = t(lang, "as_printed_in", title=source)
            elif el["id"] == "truth" and el["text"] and "관계 법령에 따른" in el["text"]:
                # the declaration names the laws the notice names: the applicant reads what applies — a 지침 or
                # 규정 among them is no 법령 (review 44 #6: 「창업사업화 지원사업 통합관리지침」)
                el["text"] = el["text"].replace("관계 법령에 따른", f"{laws_named} 등 관계 {_laws_word(laws)}에 따른", 1)
            elif el["id"] == "truth" and el["text"] and "the sanctions the law provides" in el["text"]:
                # (in English too: the Korean laws by their printed names — review 24)
                el["text"] = el["text"].replace(
                    "the sanctions the law provides", f"the sanctions of {laws_named} and the other "
                    f"{'laws and rules' if _laws_word(laws) != '법령' else 'laws'} that apply", 1)
        if truth is not None and _filing_noun(doc_titles.get(primary or "", "")) == "추천서":
            # an award is recommended, not applied for: the declaration says what the signer does (review 24)
            for el in truth["elements"]:
                if el["id"] == "truth" and el["text"]:
                    el["text"] = el["text"].replace("신청한 경우", "추천한 경우").replace(
                        "an application made falsely", "a recommendation made falsely")
        text = next((e["text"] for e in truth["elements"] if e["id"] == "truth" and e["text"]), "") if truth else ""
    # the statements a replaced form prints on pages that ask nothing (SBA Form 1919's "Statements Required by
    # Law and Executive Order", a Privacy Act notice), word for word: the signer certifies having read them
    for d in sorted(docs_in, key=lambda d: d.key != primary):
        if d.statements:
            where = d.title or d.locator or d.path
            pages = page_span(d.statement_pages)
            signature.append({**base, "id": f"statements:{d.key or d.path}", "kind": "statement", "from_fields": [],
                              "label": t(lang, "statements_printed", title=where, pages=pages), "concept": None,
                              "role": None, "required": False,
                              "notice": {"notice": "printed", "source": where, "elements": [],
                                         "basis": t(lang, "statements_basis", title=where),
                                         "printed": {"text": d.statements, "source": f"{where}, p. {pages}"}}})
    # what a merged form prints on a false answer (a 주) note: "상기 기재내용이 허위사실로 판명된 경우 협상대상자에서
    # 제외 …"), where no form prints a declaration: the form's own sanction, word for word (review 41 #5)
    consequences = [d for d in sorted(docs_in, key=lambda d: d.key != primary) if d.consequence] \
        if truth is not None and truth.get("notice") != "printed" else []
    for d in consequences:
        where = d.title or d.locator or d.path
        signature.append({**base, "id": f"consequence:{d.key or d.path}", "label": d.consequence, "kind": "statement",
                          "from_fields": [], "concept": None, "role": None, "required": False, "verbatim": True,
                          "notice": {"notice": "printed", "source": where, "elements": [],
                                     "basis": t(lang, "consequence_basis", title=where)}})
    if truth is not None:
        # a phrase of the printed wording that the legal review questions ("제재 및 환수에 동의하며", "이의가 없음을
        # 재차 동의합니다") is not printed in the form formslim proposes: its place is left for the agency's wording,
        # and the review line quotes it (review 55 #4)
        text, withheld, reworded = withhold_flagged(text, kb, country, lang)
        if withheld:
            blank = len(withheld) - len(reworded)
            truth = {**truth, "basis": truth.get("basis", "") + "; " + "; ".join(
                ([t(lang, "reworded_basis", n=len(reworded))] if reworded else [])
                + ([t(lang, "withheld_basis", n=blank)] if blank else []))}
        signature.append({**base, "id": "declaration.truth", "label": text, "kind": "statement", "from_fields": [],
                          "concept": None, "role": None, "notice": truth, "withheld": withheld,
                          **({"reworded": reworded} if reworded else {}),
                          # an undertaking carried from a document another party signs is one the applicant did not
                          # give before: a new obligation of the form's own, counted as a question it adds
                          "new_obligation": bool(truth.get("carried_from")),
                          **({"short": t(lang, "pledge_short", title=truth["carried_from"])}
                             if truth.get("carried_from") else {})})
    # the date each party signs on: a form one other party signs (a co-representative's consents) is dated
    # by that party, in its own block
    dates_of: dict[str, list[str]] = {}
    # (a "Date" box printed beside another party's signature box is that party's date, whoever signs the form:
    # Form D-40's "Preparer's signature | Date" is not the filer's — DC review 34 #4)
    marks = [(fp, match.fields[fp.field]) for fp in plan.fields if fp.kind == "signature" and fp.role
             and fp.role not in _APPLICANT_SIDE and fp.field in match.fields]
    for fp in plan.fields:
        if fp.concept == "application.date" and signing_date(fp) and (fp.action != "other_party" or fp.field in own_block) \
                and (fp.document or fp.file) in merged_into_form:
            who = _signed_beside(match.fields[fp.field], marks) or signer_of.get(fp.document or fp.file)
            dates_of.setdefault(who if who and who not in _APPLICANT_SIDE else "", []).append(fp.field)
    signature.append({**base, "id": "application.date", "label": t(lang, "date"), "kind": "date",
                      "from_fields": sorted(dates_of.pop("", [])), "concept": "application.date", "role": None})
    # one block per party that signs a document the form replaces (the applicant's representative first)
    replaced = {d.key or d.file for d in plan.documents if (d.key or d.file) in merged_into_form}
    sign_fields: dict[str, list[str]] = {}
    each: dict[str, int] = {}  # a party of whom several sign, one block each ("Each individual … sign")
    for d in plan.documents:
        if (d.key or d.file) in replaced:
            signers = signers_of[d.key or d.file]
            for sg in signers:
                sign_fields.setdefault(sg.signer, []).extend([sg.field] if sg.field else [])
            roles = {sg.signer for sg in signers}
            marks = [fp.field for fp in plan.fields if fp.kind == "signature" and (fp.document or fp.file) == (d.key or d.file)
                     and fp.field not in attests]
            if len(roles) == 1:  # every signature mark of a form only one party signs is that party's
                sign_fields[next(iter(roles))] += marks
                continue
            # one signature caption printed several times in a form ("Signature", "Signature_2" … under "Each
            # individual should only sign once") is several people's signatures: the party the form says signs
            # each, one block per person — never the applicant's one signature
            taken = {x for v in sign_fields.values() for x in v}
            by_caption: dict[str, list[str]] = {}
            for fid in marks:
                if fid not in taken:
                    by_caption.setdefault(match.fields[fid].normalized_label, []).append(fid)
            # ("each individual" first: the most general of the parties a form has sign each)
            per_person = next((sg.signer for sg in sorted(d.signers, key=lambda s: s.signer != "individual")
                               if _signs_each(sg)), None)
            for caption, fids in by_caption.items():
                if len(fids) > 1 and per_person and not re.search(r"\bauthori[sz]ed\b", caption, re.I):
                    # ("Authorized Signature" twice: each co-borrower signs through its representative, for
                    # the applicant side — not one of the persons who sign each)
                    sign_fields.setdefault(per_person, []).extend(fids)
                    each[per_person] = max(each.get(per_person, 0), len(fids))
    # a party who signs only on pages another party completes (the CDC's official, Form 1244 Section Four)
    # signs there, not on the applicant's form
    others = {fp.field for fp in plan.fields if fp.action == "other_party" and fp.field not in own_block}
    for role in list(sign_fields):
        kept_marks = [x for x in sign_fields[role] if x not in others]
        if sign_fields[role] and not kept_marks:
            del sign_fields[role]
        else:
            sign_fields[role] = kept_marks
    if not set(sign_fields) & {"representative", "applicant", applicant_signer}:
        # the consolidated form is the applicant's: its signer first, whoever else signs a part of it
        sign_fields = {applicant_signer: [], **sign_fields}
    conditional = {sg.signer for d in plan.documents if (d.key or d.file) in replaced and d.condition for sg in d.signers}
    if "applicant" in sign_fields and "representative" in sign_fields:
        # a business applies through its representative: one signature for both
        sign_fields["representative"] += sign_fields.pop("applicant")
    # the marks of the replaced forms no party claims are the applicant's; a form kept as it is keeps its own
    for role in sign_fields:
        sign_fields[role] = [x for x in sign_fields[role] if x not in attests]
    unassigned = sorted(fp.field for fp in plan.fields if fp.kind == "signature" and (fp.document or fp.file) in replaced
                        and fp.field not in others and fp.field not in attests
                        and not any(fp.field in v for v in sign_fields.values()))
    order = sorted(sign_fields, key=lambda r: (r not in ("representative", "applicant", applicant_signer), r))
    # a party who signs the replaced forms only in a case they print ("Spouse's signature. If a joint return,
    # both must sign", "(required if listed on Line 2a)"), or who exists only in some cases (a paid preparer,
    # roles.yaml signs_if): their block is filled in that case
    cases: dict[str, set[str]] = {}
    for d in plan.documents:
        if (d.key or d.file) in replaced:
            for sg in signers_of[d.key or d.file]:
                cases.setdefault(sg.signer, set()).add(sg.condition)
    for k, role in enumerate(order):
        who = _signer_label(role, lang, kb)
        required = not (k and role in conditional)  # a party who signs only where the case applies
        case = ""
        if k and "" not in cases.get(role, {""}):
            case = "; ".join(sorted(cases[role]))
        elif k and kb.roles.get(role) is not None and kb.roles[role].signs_if:
            case = t(lang, "signs_if_role", case=kb.roles[role].signs_if)
        required = required and not case
        fields_of = sorted(set(sign_fields[role]) | (set(unassigned) if k == 0 else set()))
        names_of = sorted(set(signer_names.get(role, [])) | (set(signer_names.get("", [])) if k == 0 else set()))
        several = {"repeats": each[role]} if k and each.get(role, 0) > 1 else {}
        if several:
            who = t(lang, "each_person_signs", n=each[role]) if role == "individual" else \
                t(lang, "each_signer", who=who, n=each[role])
        asked_already = not several and _name_asked(sections, role, match)
        if not asked_already:
            # (a signer whose name the form already asks — SBA 1919's "Authorized representative's name", the KR
            # application's "대표자 성명" — is not asked it again above the signature, where a replaced form wrote
            # it on its signature line: "작성자: ____ (서명)")
            signature.append(_conditional({**base, "id": f"signer:{role}:name", "label": t(lang, "signer_name", who=who),
                              "kind": "text", "from_fields": names_of, "concept": "person.name", "role": role,
                              "required": required, **several}, case))
        # (a replaced form that prints this party's signature line with no field for it — "Your signature",
        # "Spouse's signature … if filing jointly" on Form D-40 — asked it before: it is not the form's own addition)
        printed = [] if fields_of else sorted(x for x in replaced if any(
            sg.signer == role or (k == 0 and sg.signer in _APPLICANT_SIDE) for sg in signers_of[x]))
        signature.append(_conditional({**base, "id": "signature" if k == 0 else f"signer:{role}:signature",
                          "label": t(lang, "signer_sign", who=who), "kind": "signature", "from_fields": fields_of,
                          "concept": "person.signature", "role": role, "required": required, **several,
                          **({"printed_on": printed} if printed else {})}, case))
        if k and (dates_of.get(role) or several):
            signature.append(_conditional({**base, "id": f"signer:{role}:date", "label": t(lang, "signer_date", who=who),
                              "kind": "date", "from_fields": sorted(dates_of.get(role, [])), "concept": "application.date",
                              "role": role, "required": required, **several}, case))
    # (the applicant's date beside a signature line a replaced form prints with no field for either — Form D-40's
    # "Your signature | Date" — was asked before too: not the consolidated form's own addition)
    own = next((it for it in signature if it["id"] == "signature" and it.get("printed_on")), None)
    for it in signature:
        if own is not None and it["id"] == "application.date" and not it["from_fields"]:
            it["printed_on"] = own["printed_on"]
    if plan.consolidated == "online":
        # the programme's online application is submitted under the applicant's own log-in (실명인증): that
        # submission is its signature and its date — no name, mark or date to write (nobody else signs in it).
        # Said on the form, with the notice's sentences, so that no reader takes the section for a missing
        # signature (K-Startup review 30 #5)
        signature = [it for it in signature if it["id"] == "declaration.truth"]
        said = [x for d in package.documents for x in (
            d.online_application, *(c.partition(": ")[2] for c in d.login_checks if c.startswith("identity: ")))
            if x]
        where = next((d.title or d.locator or d.path for d in package.documents if d.online_application), "")
        signature.append({**base, "id": "signature.online", "kind": "statement", "from_fields": [],
                          "label": t(lang, "online_signature"), "concept": None, "role": None, "required": False,
                          **({"notice": {"notice": "printed", "source": where, "elements": [], "no_law": True,
                                         "basis": t(lang, "as_printed_in", title=where).strip("()"),
                                         "printed": {"text": "\n".join(dict.fromkeys(said)), "source": where}}}
                             if said else {})})
    _signer_beside_signature(sections, signature, package)
    sections["signature"] = signature
    plain_questions(sections, *(("예", "아니오", "해당하는 것 모두 표시", "하나만 표시") if lang == "ko"
                                else ("Yes", "No", "tick each that applies", "tick one")),
                    name_of_options=lambda options: _named_by_options(options, kb),
                    several=lambda concept: bool(kb.concepts.get(concept) and kb.concepts[concept].several),
                    ticked="“{option}”을(를) 표시한 경우" if lang == "ko" else "if “{option}” is ticked")
    _one_question_per_yes_no(sections)
    # the number a register is read by comes before what it fills ("Unique Entity ID used in SAM.gov" before
    # the business name SAM.gov gives): the applicant who gives it sees the rest filled
    for items in sections.values():
        for reg_id in optional_keys:
            keys_at = [k for k, it in enumerate(items) if it.get("concept") in kb.registries[reg_id].key]
            filled_at = [k for k, it in enumerate(items) if it.get("registry") == reg_id]
            if keys_at and filled_at and keys_at[0] > filled_at[0]:
                items.insert(filled_at[0], items.pop(keys_at[0]))
    # a block whose printed heading says it is mandatory or optional ("Applicant Owner's Demographic Information
    # (Optional) - … Disclosure is voluntary …"): that heading, as printed, above its first question here
    headed: set[str] = set()
    for items in sections.values():
        for k in range(len(items) - 1, -1, -1):
            note = items[k].get("_block") or ""
            if note and not any((x.get("_block") or "") == note for x in items[:k]) and note not in headed:
                headed.add(note)
                items.insert(k, {"id": f"block:{items[k]['id']}", "label": note, "kind": "statement", "options": [],
                                 "required": False, "source": "ask", "from_fields": [],
                                 "from_document": items[k].get("from_document"), "concept": None, "role": None,
                                 "registry": None, "prefill_note": None, "repeats": 1, "context": []})
    for items in sections.values():
        for it in items:
            # (the heading's mark says whether its questions must be answered: "(Mandatory)", "(Optional)")
            mark = BLOCK_MARK.search(it.pop("_block", None) or "")
            if mark and it["kind"] != "statement":
                # (a table of rows for several people — the first owner, the second … —: "(Mandatory)" requires the
                # first row; a further row is filled where there is a further owner — review 30 #4)
                it["required"] = mark.group(1).lower() in ("mandatory", "required", "필수") and (it.get("index") or 1) <= 1
            if it.pop("_choose", "") == "many" and it["kind"] == "choice" and "multiple" not in it:
                it["multiple"] = True  # a list the form lets one tick several of ("복수 선택 가능")
            it.pop("_question", None)
            it.pop("_caption", None)
            each = it.pop("_each", "")
            if each and not it["label"].endswith(each):
                it["label"] += each
    asked_instead = _ask_instead(sections, package, kb, country, lang)
    titles = dict(SECTION_TITLES.get(lang, SECTION_TITLES["en"]))
    sources = {it.get("from_document") for it in sections["other"]}
    if len(sources) == 1 and None not in sources:
        # "further information" from one form says which ("사업 참여인력 현황의 추가 정보")
        titles["other"] = (f"{next(iter(sources))}의 추가 정보" if lang == "ko"
                           else f"Further information from {next(iter(sources))}")
    if host_request:
        titles["applicant"] = "신청 기업과 신청 내용" if lang == "ko" else "The applicant business and the request"
    if not any(kb.concepts.get(it.get("concept") or "") is not None
               and kb.concepts[it["concept"]].subject == "organisation" for it in sections["applicant"]):
        # a person applies (a tax return's taxpayer): the applicant, not a business
        titles["applicant"] = ("신청인과 신청 내용" if lang == "ko" else "The applicant and the request") if host_request \
            else ("신청인" if lang == "ko" else "Applicant")
    asked = [it.get("role") for it in sections["applicant"] if it["kind"] not in ("statement", "file")]
    whose = set(asked) - {None, ""}
    party = kb.roles.get(next(iter(whose))) if len(whose) == 1 and 2 * sum(map(bool, asked)) > len(asked) else None
    if party is not None and party.id not in _APPLICANT_SIDE and "person" in party.subject:
        # every datum of the first section is one other person's (a staff member's CV): named by whose it is
        titles["applicant"] = _signer_label(party.id, lang, kb)
    if sections["owners"] and not any(it.get("role") in ("owner", "guarantor") for it in sections["owners"]):
        titles["owners"] = "배우자" if lang == "ko" else "Spouse"  # (a joint return's spouse: no owner)
    out_sections = [{"id": k, "title": f"{n}. {titles[k]}", "items": v}
                    for n, (k, v) in enumerate(((k, v) for k, v in sections.items() if v), 1)]
    if not plan.consolidated:
        # nothing merged, fetched or dropped: the documents stay as they are, and no new form is proposed (one
        # that only listed them and asked a signature would be one more document, not one less)
        out_sections = []
    # what a replaced form prints on filling it (KOICA's "주) 1. 실제로 과업에 직접 투입되는 인력에 대하여 기재 2. 참여경력은
    # 현재를 기준으로 3년까지 기재 …"), as printed, before the questions: without them the same questions ask for
    # other data (review 52 #6)
    if out_sections:
        out_sections[0]["items"][:0] = [{
            "options": [], "source": "ask", "from_document": None, "registry": None, "prefill_note": None,
            "repeats": 1, "context": [], "id": f"fill_notes:{d.key or d.path}", "kind": "statement",
            "label": "\n".join([t(lang, "form_fill_notes", title=doc_titles.get(d.key or d.path, "") or d.title or d.path)]
                               + [f"{n}. {x}" for n, x in enumerate(d.fill_notes, 1)]),
            "from_fields": [], "concept": None, "role": None, "required": False, "verbatim": True}
            for d in sorted(docs_in, key=lambda d: (d.key or d.path) != primary) if d.fill_notes]
    to_confirm = sorted({f"{i['notice']['basis']}: {e['label']}" for sec in out_sections for i in sec["items"]
                         if i.get("notice") for e in i["notice"]["elements"] if e["to_confirm"]})
    # the statements a replaced form prints (a Privacy Act notice, certifications under 18 U.S.C. 1001, the
    # debarment certification) are not questions: what the consolidated form does not carry word for word
    # is listed, law by law, for the legal reviewer to carry or to confirm unneeded
    carried_text = " ".join(
        [i["label"] for sec in out_sections for i in sec["items"] if (i["kind"] == "statement"
         and (i.get("notice") or {}).get("notice") == "printed") or i.get("verbatim")] +
        [((i.get("notice") or {}).get("printed") or {}).get("text", "") for sec in out_sections for i in sec["items"]])
    carried = re.sub(r"[\s「」『』]", "", carried_text)
    cited = set(citations(carried_text))  # (a law cited in the carried text as the form cites it: "13 CFR Part 120")
    for d in package.documents:
        if d.key in merged_into_form or d.path in merged_into_form:
            laws = [c for c in d.citations if re.sub(r"[\s「」『』]", "", c) not in carried and c not in cited]
            if laws:
                to_confirm.append(t(lang, "statements_not_carried", title=d.title or d.locator or d.path,
                                    laws=", ".join(laws)))
    # a records-sharing consent whose printed refusal threatens the application ("거부 시 지원 대상에서 제외될 수
    # 있습니다") where refusing only means handing the documents in (legal.yaml KR-EGOV-42, 민원 처리에 관한 법률
    # 제10조 제3항): the printed words stay, and the reviewer reconciles them (review 24)
    standard = kb.notice(country, "registry_lookup")
    instead = next((el.get(f"text_{lang}") or el.get("text_ko") for el in (standard.elements if standard else ())
                    if el["id"] == "refusal"), "")
    for sec in out_sections:
        for i in sec["items"]:
            n = i.get("notice") or {}
            refusal = next((e["text"] for e in n.get("elements", ()) if e["id"] == "refusal" and e["text"]), "")
            if i["id"].split(":")[0] == "consent.registry_lookup" and n.get("printed") and instead \
                    and re.search(r"제외|불이익을\s*받|선정\s*(?:취소|제외)|반려|불가|excluded|rejected|denied", refusal):
                to_confirm.append(t(lang, "refusal_threat", printed=refusal[:160], instead=instead))
    # a record the agency fetches that is about other persons too (a workplace's enrolment list names its
    # employees): the applicant's consent is not theirs — the reviewer names the law that allows the lookup, or
    # the agency asks for what the business needs of it alone (review 24)
    fetched = sorted({d.registry for d in plan.documents if d.decision == "replace_by_registry" and d.registry}
                     | {fp.source for fp in plan.fields if fp.action == "prefill"})
    for rid in fetched:
        reg = kb.registries.get(rid)
        prefilled = [fp.label for fp in plan.fields if fp.action == "prefill" and fp.source == rid]
        if reg is not None and not reg.consent and prefilled:
            # a record open without the data subject's consent (the 건축물대장's title section): no consent box
            # covers the lookup — the reviewer confirms this agency may use the channel for this task (review 48 #5)
            to_confirm.append(t(lang, "registry_prefill_basis",
                                registry=reg.name_ko if lang == "ko" and reg.name_ko else reg.name,
                                count=len(prefilled), items=", ".join(list(dict.fromkeys(prefilled))[:8])
                                + (" …" if len(set(prefilled)) > 8 else ""),
                                channel=reg.channel, source=reg.source.split(";")[0].strip()))
        if reg is not None and reg.consent and reg.data_subjects:
            to_confirm.append(t(lang, "others_records", registry=reg.name_ko if lang == "ko" and reg.name_ko else reg.name,
                                who=", ".join(t(lang, f"subjects_{x}") if f"subjects_{x}" in TEXT.get(lang, {}) else x
                                              for x in reg.data_subjects)))
    # other persons' data a list asks the applicant for (the participants' 성명, 생년월일): not the applicant's to
    # consent to — the reviewer confirms the basis and how those persons are told (review 25, finding 9); where
    # the form asks them outside lists too (a CV: the whole document is about one staff member), it is the
    # document's data as a whole, and that person's own consent and signature is the other way (review 52 #8)
    listed_people: dict[str, list[str]] = {}
    asked_people: dict[str, list[str]] = {}
    about: set[str] = set()
    for sec in out_sections:
        for i in sec["items"]:
            c = kb.concepts.get(i.get("concept") or "")
            if c is not None and c.subject == "person" and i.get("role") not in (*_APPLICANT_SIDE, None) \
                    and not (kb.roles.get(i["role"]) and kb.roles[i["role"]].signs_as_applicant):
                (listed_people if sec["id"] == "rosters" else asked_people).setdefault(i["role"], []).append(
                    c.ko[0] if lang == "ko" and c.ko else c.en[0] if c.en else i["label"])
                if sec["id"] != "rosters" and c.id not in _CONTACT_DATA and country == "KR":
                    about.add(i["role"])
    # (a contact person's name and phone make no form about them: only a person asked more than how to reach
    # them — a birth date, an education, an identifier; the lines cite 개인정보 보호법, so a Korean package's)
    asked_people = {role: data for role, data in asked_people.items() if role in about}
    for role in sorted(set(listed_people) | set(asked_people)):
        data = list(dict.fromkeys(asked_people.get(role, []) + listed_people.get(role, [])))
        shown = ", ".join(data[:10]) + (" …" if len(data) > 10 else "")
        to_confirm.append(t(lang, "others_asked" if role in asked_people else "others_listed",
                            who=_signer_label(role, lang, kb), data=shown))
    # a consent titled for provision to third parties that prints neither to whom nor a consent of its own for it
    # (개인정보 보호법 제17조제2항): the consolidated form asks collection and use only, and says so
    for d in package.documents:
        if (d.key in merged_into_form or d.path in merged_into_form) and d.kind == "consent" \
                and re.search(r"제\s*3\s*자\s*제공|third[- ]party", d.title or "", re.I) \
                and not any(re.search(r"제공\s*받는\s*자|제공받는|recipients?\b", n.text, re.I) for n in d.notices):
            to_confirm.append(t(lang, "third_party_unprinted", title=d.title or d.locator or d.path))
    # one signature for a kept document's several consents (F-SIGN-ONCE): the reviewer confirms it covers each
    to_confirm += [t(lang, "signed_once_review", title=x.title or x.locator or x.file, n=x.signed_once)
                   for x in plan.documents if x.signed_once and not x.twin_of]
    # a question a law restricts (주민등록번호), whether formslim adds it or a replaced form asked it: the
    # reviewer confirms the statute that allows asking it (a consent is no such basis)
    # (items under one rule are one point: "ethnicity, race, sex: … Regulation B" once, not three times — SBA review
    # 57 #6)
    by_rule: dict[str, list[str]] = {}
    for sec in out_sections:
        for i in sec["items"]:
            if i.get("concept") in kb.concepts and (rule := kb.concepts[i["concept"]].restriction(country)):
                by_rule.setdefault(rule, [])
                if i["label"] not in by_rule[rule]:
                    by_rule[rule].append(i["label"])
    to_confirm += sorted(f"{'; '.join(labels)}: {rule}" for rule, labels in by_rule.items())
    # … and one it asks in another's place (생년월일 for 주민등록번호): the law that would require the original
    to_confirm += asked_instead if out_sections else []
    # … one the plan adds to another person's document (their resident number for the ID check)
    # (with the decree the document itself prints, where it prints one: "[수집 근거] 중소기업창업 지원법 시행령
    # 제41조" on K-Startup's co-representative consent — a basis 개인정보 보호법 제24조의2 accepts, to confirm)
    def printed_decrees(key: str, concept: str) -> str:
        laws, covers = printed_basis(by_key.get(key), concept, kb)
        if not laws:
            return ""
        return t(lang, "printed_basis", laws=", ".join(laws)) if covers else \
            t(lang, "printed_basis_other", laws=", ".join(laws))

    to_confirm += sorted({f"{a['title']}: {i['label']}: {kb.concepts[i['concept']].restriction(country)}"
                          + (f" ({basis})" if (basis := printed_decrees(a["document"], i["concept"])) else "")
                          for a in amendments
                          for i in a["items"] if kb.concepts.get(i["concept"]) and kb.concepts[i["concept"]].restriction(country)})
    to_confirm += [t(lang, "own_consent_review", title=a["title"], items=", ".join(
        next(i["label"] for i in a["items"] if i["concept"] == c) for c in a["separate_consent"]["concepts"]))
        for a in amendments if a.get("separate_consent")]
    # … and one a document kept as it is asks: not this form's, but the package's
    kept_asks: dict[str, set[str]] = {}
    kept_data: dict[str, set[str]] = {}
    kept_notes: dict[str, set[str]] = {}
    for fp in plan.fields:
        c = kb.concepts.get(fp.concept or "")
        # (the main form is one of them where no consolidated form is laid out: kept as it is, it asks its own —
        # SBA 504's 1244 its race, sex and ethnicity, as the 7(a) run's consolidated 1919 does; review 46 #10)
        if c is not None and c.restriction(country) and ((fp.document or fp.file) not in merged_into_form
                                                         or not plan.consolidated and (fp.document or fp.file) == primary) \
                and fp.action not in ("form_fills", "registry", "removed"):
            # (a document the agency fetches, or one dropped, is not handed in: it asks the applicant nothing; each
            # named with the rule its header prints — a decree's form may be the basis a guideline's form is not)
            # (one another party fills in a kept document — the 범죄경력 column an authority looks up — is still
            # processed in it: its basis is confirmed all the same)
            key = fp.document or fp.file
            source = by_key[key].form_source if key in by_key else ""
            kept_asks.setdefault(c.restriction(country), set()).add(
                (doc_titles.get(key) or key) + (f" ({source})" if source else ""))
            # (the datum named, not "it": "주민등록번호", "범죄경력" — award review 31 #10)
            kept_data.setdefault(c.restriction(country), set()).add(
                concept_name(kb, c.id, "KR" if lang == "ko" else ""))
            # (what the form itself tells the person about answering — "Disclosure is voluntary and has no bearing on
            # the credit decision": the notice a reviewer checks against the provision — review 50 #9)
            f = match.fields.get(fp.field)
            if f is not None and (said := purpose_notice(f.block_note).voluntary):
                kept_notes.setdefault(c.restriction(country), set()).add(said)
    # what the package's printed forms ask or say that the law may not allow, whatever the plan proposes: kept apart
    # from the points about the proposal (``legal_review_printed``), said after them — a reviewer fixes those in the
    # forms as they stand (review 45: 28 lines in one list, the proposal's among the forms')
    printed_findings = [t(lang, "kept_restricted", titles=", ".join(sorted(titles)), rule=rule,
                          data=", ".join(sorted(kept_data[rule])))
                        + (t(lang, "kept_restricted_notice", text=" / ".join(sorted(kept_notes[rule])))
                           if kept_notes.get(rule) else "")
                        for rule, titles in sorted(kept_asks.items())]
    printed_findings += _retired_lines(plan, kb, doc_titles, lang)
    printed_findings += _consent_scope_lines(package, kb, country, lang)
    printed_findings += _consent_items_lines(package, match, kb, country, lang)
    printed_findings += _published_contacts_lines(package, kb, country, lang)
    printed_findings += _bundled_consent_lines(package, kb, country, lang)
    printed_findings += _kept_consent_duties(plan, kb, lang)
    # forms of the package that cite different rules or editions as their source: which is in force is the
    # reviewer's to confirm, not only an assumption of the report (review 31 #13)
    planned = {p.key or p.file for p in plan.documents}
    editions = mixed_editions([x for d in package.documents for x in d.logical if x.key in planned])
    if editions:
        printed_findings.append(t(lang, "mixed_editions", parts="; ".join(editions)))
    # equipment a report asks results for that the checklist its results come from has no section for: one of the
    # two may be another edition (the 9호 of 2025 asks 화재알림설비, the 점검표 in the package has none — review 48 #11)
    from ..match.derive import checklist_gaps

    titles = {d.key or d.file: d.title or d.key or d.file for d in plan.documents}
    printed_findings += [t(lang, "checklist_gaps", report=titles.get(r, r), checklist=titles.get(c, c),
                           items=", ".join(items[:8]) + (" …" if len(items) > 8 else ""))
                         for r, c, items in checklist_gaps(match, derivations)]
    to_confirm += _kept_forms_changed(package, plan, kb, country, lang)
    # a record another party gives the applicant, which repeats the report it is attached to: a change to the rule
    # that prescribes it would spare its writer (fire review 33a #1: "563 links found, nothing proposed")
    rules = {x.id: x for x in plan.decisions}
    for d in plan.documents:
        said = next((e for i in d.decisions if i in rules and rules[i].rule == "K-RECEIVED"
                     for e in rules[i].evidence if e.startswith("it repeats ")), "")
        if said:
            # (with the kind of rule that prescribes it and who amends it: a 고시 its agency changes alone, a
            # 시행규칙 by ministerial decree — review 48 #10)
            x = kb.instrument(d.form_source) if d.form_source else None
            rule = f" ({d.form_source}" + (f" — {x.said(lang)}" if x is not None else "") + ")" if d.form_source else ""
            to_confirm.append(t(lang, "received_overlap", title=d.title or d.key or d.file, rule=rule,
                                said=localise(lang, said)))
    # answers of a form that follow from a received document's items (the report's results per equipment from the
    # checklist's marks, D-CHECKLIST-ROLLUP): not dropped — the consolidated form does not hold those items — but a
    # form or channel that took the checklist would fill them (review 48 #4)
    received = {d.key or d.file: d for d in plan.documents
                if any(i in rules and rules[i].rule == "K-RECEIVED" for i in d.decisions)}
    asked = {fp.field for fp in plan.fields if fp.action == "ask"}
    from_received: dict[tuple[str, str, str], list[str]] = {}
    for x in derivations:
        src = {match.doc_of.get(i) for i in x.inputs if i in match.fields}
        if x.type == "computed" and x.target in asked and len(src) == 1 and next(iter(src)) in received \
                and match.doc_of.get(x.target) not in received:
            from_received.setdefault((match.doc_of[x.target], next(iter(src)), x.rule), []).append(x.target)
    for (target_doc, src_doc, rule_id), targets in sorted(from_received.items()):
        title = next((d.title or d.key or d.file for d in plan.documents if (d.key or d.file) == target_doc), target_doc)
        labels = list(dict.fromkeys(match.fields[t_].label for t_ in targets))
        to_confirm.append(t(lang, "derived_from_received", title=title, count=len(targets),
                            examples=", ".join(labels[:3]) + (" …" if len(labels) > 3 else ""),
                            source=received[src_doc].title or src_doc, rule=rule_id))
    # a document dropped because the agency matches the person logging in against the representative its fetched
    # records name: those lookups, and the match, are the agency's to be entitled to (K-Startup review 34 #1)
    for d in plan.documents:
        regs = [kb.registries[r] for r in d.checked_against if r in kb.registries]
        if regs:
            # (a record fetched without the data subject's consent — a public register, the 법인 등기 — says so: it
            # is not in the consent's list on purpose, review 60 #2)
            def said(r) -> str:
                notes = ([r.source.split(";")[0].strip()] if r.source else []) + \
                    ([] if r.consent else [t(lang, "no_consent_register")])
                return r.named(lang) + (f" ({'; '.join(notes)})" if notes else "")
            to_confirm.append(t(lang, "login_match", title=d.title or d.locator or d.file,
                                names=", ".join(said(r) for r in regs)))
    # a check added to the records a document's printed 공동이용 consent lists is a record the using agency may not
    # be approved to use: the consent's new line does not give access — the agency's approval for it does
    # (K-Startup review 30 #2: 주민등록증·여권 진위확인 are not on KISED's printed list)
    for x in amendments:
        added = [kb.registries[r] for r in ((x.get("consent") or {}).get("add") or []) if r in kb.registries]
        if added:
            to_confirm.append(t(lang, "share_approval", title=x["title"], names=", ".join(
                r.name_ko if lang == "ko" and r.name_ko else r.name for r in added)))
            # … where the same document prints a 공공 마이데이터 request that already has the record sent (the
            # co-representative's "1.1. 주민등록증(행정안전부)"): a channel open today, for the reviewer (review 45 #7)
            host = by_key.get(x["document"])
            records, title = printed_mydata_records(host) if host is not None else ((), "")
            sent = {r.id: _listed_in(r, records) for r in added} if records else {}
            if any(sent.values()):
                to_confirm.append(t(lang, "mydata_already", title=x["title"], request=title,
                                    records=", ".join(v for v in sent.values() if v),
                                    names=", ".join(r.name_ko if lang == "ko" and r.name_ko else r.name
                                                    for r in added if sent[r.id])))
    # a replaced form approved under a law that approves its replacement too (an OMB control number: the
    # Paperwork Reduction Act) — the consolidated form is a revision of that collection (review 28b)
    for d in sorted(docs_in, key=lambda d: d.key != primary):
        for n, number in kb.approvals(country, f"{d.header}\n{d.statements}"):
            el = n.elements[0]
            to_confirm.append(t(lang, "approval_needed", title=d.title or d.locator or d.path,
                                number=f"{el.get(f'number_{lang}') or el.get('number_en', '')} {number}".strip(),
                                basis=n.basis, what=el.get(f"text_{lang}") or el.get("text_en", "")))
    # a burden estimate a carried statement prints (a Paperwork Reduction Act statement: "… is 31 minutes")
    # describes the replaced form, not this one: the agency restates it
    for d in sorted(docs_in, key=lambda d: d.key != primary):
        if d.statements and d.printed_burden_text and d.printed_burden_text[:60] in d.statements:
            to_confirm.append(t(lang, "burden_statement", title=d.title or d.locator or d.path,
                                text=d.printed_burden_text[:160]))
    # a printed question the form asks in other words where it sends the reader on by the replaced form's numbers
    # ("if “No” move to question 6"): a certified question's wording changes, for the reviewer to confirm
    asked_in_form = {x for sec in out_sections for i in sec["items"] for x in i.get("from_fields", [])}
    for q in sorted({f.question for d in docs_in for f in d.fields
                     if f.id in asked_in_form and f.question and reworded_branch(f.question)}):
        printed, now = reworded_branch(q)
        to_confirm.append(t(lang, "question_reworded", printed=printed, now=now))
    # what a printed consent says follows a refusal, where the law lets no such thing follow (review 44 #3)
    to_confirm += to_confirm_early
    printed_findings += refusal_findings(package, plan, kb, country, lang) + \
        entrustment_findings(package, plan, kb, country, lang) + \
        basis_findings(package, plan, kb, country, lang, merged_into_form) + \
        notice_text_findings(package, plan, kb, country, lang) + \
        kept_pledge_findings(package, plan, kb, country, lang, merged_into_form,
                             (truth or {}).get("carried_from", "") if out_sections else "") + \
        provision_findings(package, plan, lang, merged_into_form)
    # a consent box its notice says is not needed, under a law formslim cannot read: stays until confirmed (review 55 #5)
    pending = {x.fields[0] for x in plan.decisions if x.rule == "C-NO-CONSENT-NEEDED" and x.variant == "to_confirm"}
    for d in (y for f in package.documents for y in f.logical) if pending else ():
        labels = {f.id: f.label for f in d.fields}
        for fid, (_, _, confirm) in no_consent_needed(d, kb, country).items():
            if fid in pending and confirm:
                law, items = confirm
                to_confirm.append(t(lang, "consent_basis_to_confirm", doc=d.title or d.locator or d.path,
                                    box=labels[fid], law=law, items=items or law))
                pending.discard(fid)
    # a pledge the form carries that has the applicant "consent" to sanctions or waive objections (review 45 #9)
    to_confirm += pledge_findings(out_sections, kb, country, lang,
                                  {f"declaration:{d.key or d.file}": d.title or d.file for d in plan.documents})
    # a declaration no form of the package prints is formslim's proposal: its wording is for the agency to settle
    # (its basis may be printed — the laws a notice names — but the sentence is not; K-Startup review 30 #5)
    # the rules the notice defers to for whatever it does not say (운영요령, 통합관리지침): a document the plan no
    # longer asks for may be one they prescribe — then the rule, not the notice, is amended first (review 60 #7)
    rules = list(dict.fromkeys(r for d in package.documents for x in d.logical for r in x.governing_rules))
    gone = [d.title or d.file for d in plan.documents
            if d.counted and not d.twin_of and d.decision in ("remove", "replace_by_registry")]
    if rules and gone:
        to_confirm.append(t(lang, "governing_rules", rules=", ".join(r if r.startswith("이 사업의 ") else f"「{r}」"
                                                                     for r in rules),
                            documents=", ".join(dict.fromkeys(gone))))
    # the bodies the notice says check eligibility: one that is not the agency the 공동이용 consent names sees the
    # records the agency now fetches only on a basis of its own (review 61 #3: "창업진흥원 및 주관기관" — the
    # 주관기관, universities among them, see no copy once it is dropped)
    checkers = list(dict.fromkeys(r for d in package.documents for x in d.logical for r in x.reviewers))
    share = next((i for sec in out_sections for i in sec["items"] if i.get("id") == "consent.registry_lookup"), None)
    if share is not None and len(checkers) > 1:
        agency = next((e.get("text") or "" for e in (share.get("notice") or {}).get("elements") or ()
                       if e.get("id") == "agency"), "")
        others = [r for r in checkers if not agency or r not in agency]
        if agency and others:
            to_confirm.append(t(lang, "reviewers_basis", reviewers=" 및 ".join(checkers) if lang == "ko"
                                else " and ".join(checkers), others=", ".join(others), agency=agency,
                                records=", ".join(kb.registries[r].named(lang) for r in share.get("registries") or ()
                                                 if r in kb.registries) or "-"))
    if out_sections and truth is not None and truth.get("carried_from"):
        signer = next((d.signers for d in plan.documents if (d.title or d.locator or d.file) == truth["carried_from"]), ())
        to_confirm.append(t(lang, "declaration_carried", title=truth["carried_from"], signers=", ".join(
            dict.fromkeys(_signer_label(x.signer, lang, kb) for x in signer)) or "-"))
    if out_sections and declared_in is not None:
        # (a certification carried word for word is that edition's: what applicants certify may have changed since —
        # SBA's 51 % citizenship wording on the 1919, changed by a later policy notice; SBA review 57 #6)
        to_confirm.append(t(lang, "declaration_current",
                            title=declared_in.title or declared_in.locator or declared_in.path,
                            edition=f" ({declared_in.approval_text})" if declared_in.approval_text else ""))
    if out_sections and truth is not None and truth.get("notice") != "printed":
        to_confirm.append(t(lang, "declaration_proposed_consequence", titles=", ".join(
            dict.fromkeys(d.title or d.locator or d.path for d in consequences))) if consequences
            else t(lang, "declaration_proposed"))
    # where the package prints no law for a false filing, the act whose decree or rule prescribes one of its
    # forms ("상훈법 시행령 [별지 제1호서식]" → 「상훈법」) is the reviewer's first candidate (review 24)
    if out_sections and truth is not None and truth.get("notice") != "printed" and not laws:
        # (the forms the applicant writes: not a certificate an office issues under its own act — 국세징수법 prescribes
        # the 납세증명서, it sanctions no false application; review 25)
        writes = {d.key or d.file for d in plan.documents if d.kind not in ("certificate", "issued") and not d.attachment
                  and d.decision in ("keep", "merge")}
        acts = sorted({_parent_act(d.legal_form) for d in package.documents for d in d.logical
                       if d.legal_form and d.key in writes} - {""})
        if acts:
            # said on the open basis's own line, not beside it
            candidate = t(lang, "sanction_candidate", acts=", ".join(f"「{x}」" for x in acts))
            basis = f"{truth['basis']}: "
            at = next((i for i, x in enumerate(to_confirm) if x.startswith(basis)), None)
            if at is None:
                to_confirm.append(candidate)
            else:
                to_confirm[at] = f"{to_confirm[at]} — {candidate}"
    # a main form filed once for each co-applicant ("A separate SBA Form 1919 for each co-Applicant (e.g., EPC and
    # OC) must be completed and signed …"): so is the form that replaces it — each item once per co-applicant
    host = next((d for d in docs_in if (d.key or d.path) == primary and d.one_per), None)
    one_per_note = t(lang, "form_one_per", title=doc_titles.get(primary or "", "") or host.title, printed=host.one_per) \
        if host is not None else ""
    # a main form about one person of another party, where every form it replaces is about that party too (a
    # bidder's CV of each staff member it proposes, review 41 #2): one form for each of them, not one per bid
    about = {d.subject for d in plan.documents if (d.key or d.file) == primary or (d.decision == "merge" and d.fields_before)}
    who = kb.roles.get(next(iter(about))) if len(about) == 1 and "" not in about else None
    if not one_per_note and who is not None and "person" in who.subject and who.id not in _APPLICANT_SIDE:
        one_per_note = t(lang, "form_each_person", who=_signer_label(who.id, lang, kb))
    # a consolidated form is named for what its main form files: "정부포상 후보자 추천서 (통합)", not "… 통합 신청서"
    main_title = doc_titles.get(primary or "", "") or ""
    # (hosted by the programme's online application, it is what that application adds or changes — not a form of
    # its own: review 44 #7)
    title = (f"{main_title} ({t(lang, 'consolidated_short')})" if _filing_noun(main_title) in ("추천서", "신고서", "보고서")
             else f"{programme} {t(lang, 'online_changes')}".strip() if plan.consolidated == "online"
             # (no form proposed: named for what it holds — IRS review 56 #8 read "Consolidated application form" over
             # zero sections)
             else f"{programme} {t(lang, 'no_consolidated')}".strip() if not plan.consolidated
             else f"{programme} {t(lang, 'consolidated_form')}".strip())
    return {"schema": SCHEMA, "title": title, "language": lang,
            "page_size": "A4" if country != "US" else "Letter",
            # (every point, the proposal's then the printed forms'; the printed forms' also on their own)
            "legal_review": list(dict.fromkeys(to_confirm + printed_findings)),
            "legal_review_printed": [x for x in dict.fromkeys(printed_findings) if x not in to_confirm],
            "amendments": amendments,
            # (pre-filled "with your consent" only where the form asks that consent: a public register — SAM.gov —
            # needs none)
            "intro": t(lang, "form_none_amended" if any(fp.action in ("drop_derived", "drop_duplicate", "prefill")
                                                         for fp in plan.fields) else "form_none")
            if not plan.consolidated else t(lang, ("form_intro" if any(i.get("concept") == "consent.admin_info_sharing"
                                                  for sec in out_sections for i in sec["items"]) else "form_intro_public")
                       if any(i.get("source") == "prefill" for sec in out_sections for i in sec["items"])
                       else "form_intro_plain") + one_per_note, "sections": out_sections,
            # each document once (its key: the file's name where the file is one document); a twin (the same form in
            # another format) is not a document the form replaces. Besides the forms it takes in, the form replaces the
            # certificates the agency fetches on the consent it takes and the documents no longer asked for (review 55
            # #8: "[]" where K-Startup's registration copy and ID copy went) — not a check another person consents to
            # in a document of their own (that document's amendment says what it replaces)
            "replaces": list(dict.fromkeys(d.key or d.file for d in plan.documents if not d.twin_of and d.counted and (
                (d.key or d.file) == primary or d.decision in ("merge", "remove")
                or (d.decision == "replace_by_registry" and not consented_elsewhere(d, plan, kb))))),
            # the registers that pre-fill only where the applicant gives a number the forms ask "if any": the number,
            # as asked (the burden counts those answers as asked; SBA review 38 #3)
            "prefill_if_key": dict(sorted(optional_keys.items()))}




def _one_question_per_yes_no(sections: dict) -> None:
    """Two check boxes of one form that answer one question with "Yes" and "No" are one question with two
    options, wherever the sections put them: a form that asks "… bankruptcy? Yes *" and "… No *" demands
    both. Pairs are made in order, only where a question has as many Yes boxes as No boxes."""
    # (section position, item position) of each box, in reading order, with the box's question and word
    found: dict[tuple, list[tuple[tuple[int, int], str, str]]] = {}
    for s_at, items in enumerate(sections.values()):
        for i, it in enumerate(items):
            m = YES_NO.match(it["label"]) if it["kind"] == "checkbox" else None
            if m:
                key = (it.get("from_document"), re.sub(r"\s+", "", m.group("stem").rstrip(" ?:")).lower())
                found.setdefault(key, []).append(((s_at, i), m.group("stem"), m.group("word")))
    ids = list(sections)
    drop: set[tuple[str, int]] = set()
    for boxes in found.values():
        yes = [b for b in boxes if b[2].lower() in AFFIRM]
        no = [b for b in boxes if b[2].lower() not in AFFIRM]
        if not yes or len(yes) != len(no):
            continue
        for y, n in zip(yes, no):
            first, second = sorted((y, n))
            a, b = sections[ids[first[0][0]]][first[0][1]], sections[ids[second[0][0]]][second[0][1]]
            q = printed_question(a, b)
            a.update(kind="radio", label=q or first[1], options=[y[2], n[2]], required=a["required"] or b["required"],
                     **({"verbatim": True} if q and verbatim_question(a) else {}),
                     from_fields=sorted(set(a["from_fields"]) | set(b["from_fields"])))
            drop.add((ids[second[0][0]], second[0][1]))
    for sid in sections:
        sections[sid] = [it for i, it in enumerate(sections[sid]) if (sid, i) not in drop]


def _ask_instead(sections: dict, package: Package, kb: Knowledge, country: str, lang: str) -> list[str]:
    """The consolidated form's questions a law restricts and its vocabulary gives another datum for (concepts.yaml
    ``instead``: 주민등록번호 → 생년월일, 개인정보 보호법 제24조의2), asked as that datum where no form asking them
    prints a law (a form that cites one keeps it, for the reviewer to confirm): renamed in place, or dropped
    where the form already asks that datum of the same person. Changes ``sections``; returns the legal review's
    lines, one per question changed (review 41 #6: one issuer's CV asks the 주민등록번호, the other's the 연령)."""
    from ..reduce.plan import concept_name

    doc_of = {f.id: d for d in package.documents for f in d.fields}
    lines = []
    for items in sections.values():
        for it in list(items):
            c = kb.concepts.get(it.get("concept") or "")
            other = kb.concepts.get(c.instead["concept"]) if c is not None and c.instead else None
            if other is None or not c.restriction(country) or it["kind"] == "statement":
                continue
            docs = [doc_of[x] for x in it.get("from_fields") or () if x in doc_of]
            if not docs or any(d.citations for d in docs):
                continue  # (asked by a form that cites a law: perhaps the one that allows it — the reviewer says)
            named = concept_name(kb, other.id, "KR" if lang == "ko" else "")
            was = it["label"]
            same = next((x for sec in sections.values() for x in sec if x is not it and x.get("concept") == other.id
                         and x.get("role") == it.get("role")), None)
            if same is not None:
                same["from_fields"] = sorted(set(same.get("from_fields") or ()) | set(it.get("from_fields") or ()))
                items.remove(it)
            else:
                party = was[:was.rfind(": ") + 2] if ": " in was else ""
                it.update(label=party + t(lang, "instead_label", datum=named, instead=concept_name(
                    kb, c.id, "KR" if lang == "ko" else "")), concept=other.id, kind=other.kind)
            lines.append(t(lang, "asked_instead", was=was, datum=named, rule=c.restriction(country),
                           source=c.instead["source"]))
    return lines


def roster_tables(items: list[dict]) -> list[tuple[str, list[dict]]]:
    """The roster section's items as the tables a form prints: one per replaced document (its columns in
    order), captioned by the document ("공적요약서 (개인)" and "공적요약서 (단체)" are two tables, not one of 16
    columns)."""
    groups: dict[str, list[dict]] = {}
    for it in items:
        groups.setdefault(it.get("from_document") or "", []).append(it)
    # two documents' lists with a column that is one datum (a person confirmed "사업명 ~ 사업명" of two CVs' project
    # lists) are one list: one table of the union of their columns, as many rows as the longer (review 41 #4)
    docs_of = {cap: {x.rsplit("#", 1)[0] for it in its for x in it.get("from_fields") or ()} for cap, its in groups.items()}
    order = list(groups)
    joined = components([(a, b) for i, a in enumerate(order) for b in order[i + 1:] if docs_of[a] & docs_of[b]], order)
    joined.sort(key=lambda part: min(order.index(c) for c in part))
    return [(" · ".join(caps), [it for cap in caps for it in groups[cap]])
            for caps in (sorted(part, key=order.index) for part in joined)]


#: a person's data that say only who they are and how to reach them (a contact person's): asked of someone, they
#: make no form about that person
_CONTACT_DATA = frozenset({"person.name", "person.first_name", "person.last_name", "person.middle_initial", "person.phone",
                           "person.home_phone", "person.phone_extension", "person.email", "person.title",
                           "person.department", "person.affiliation", "person.signature"})


def roster_caption(caption: str, columns: list[dict]) -> str:
    """A roster table's caption by what it lists: the heading its columns sit under ("주요 프로젝트 수행 경험"),
    then the document(s) it comes from; the documents alone where the columns share no heading."""
    heads = {(it.get("context") or [""])[-1] for it in columns}
    head = heads.pop() if len(heads) == 1 else ""
    return f"{head} ({caption})" if head and caption and head != caption else head or caption


#: how far (points) a field's line may lie from a signature's on the same page to be part of its block: the
#: printed name and title under or beside the signature line (SBA Form 1919: 45 pt below)
_SIGNATURE_BLOCK_PT = 60


def _at_signature(f, fields) -> bool:
    """Whether a field sits in a signature block of its document: in the same cell or paragraph as a signature
    mark, or on the same page within :data:`_SIGNATURE_BLOCK_PT` of one (a fillable form's "Authorized
    representative's name" and "title" under its signature line)."""
    if is_signing_name(f, fields):
        return True
    loc = f.location
    if not (loc.page and loc.bbox):
        return False
    return any(g.kind == "signature" and g.location.page == loc.page and g.location.bbox
               and abs(g.location.bbox[1] - loc.bbox[1]) <= _SIGNATURE_BLOCK_PT for g in fields)


def _signer_beside_signature(sections: dict, signature: list, package: Package) -> None:
    """The signer's name and title next to their signature (SBA review 30 #11): where the representative's
    section holds nothing but what the replaced forms print in their signature blocks ("Authorized
    representative's name", "… title" under the 1919's signature line, the 4506-C's "Print/Type name"), those
    items move into the signature block, before the signature — not a section of their own pages before it."""
    items = sections.get("representative") or []
    at = next((i for i, it in enumerate(signature) if it["id"] == "signature"), None)
    if not items or at is None or signature[at].get("role") not in ("representative", "applicant"):
        return
    fields_of = {f.id: (f, d.fields) for d in package.documents for f in d.fields}
    if all(it.get("from_fields") and all(x in fields_of and _at_signature(*fields_of[x]) for x in it["from_fields"])
           for it in items):
        # (written with the signature: required where it is)
        signature[at:at] = [{**it, "required": bool(it.get("required")) or bool(signature[at].get("required"))}
                            for it in items]
        sections["representative"] = []


def _name_asked(sections: dict, role: str, match: MatchResult) -> bool:
    """Whether the form already asks ``role``'s name, once: as a name ("대표자 성명", "추천인: 성명 (단체명)" —
    a person's or a body's), or as its first and last names ("Your first name", "Last name", Form D-40)."""
    have: set = set()
    for items in sections.values():
        for it in items:
            if it.get("role") == role and it.get("repeats", 1) == 1:
                have.add(it.get("concept"))
                have.update(c for x in it.get("from_fields", ()) if (r := match.readings.get(x)) is not None
                            for c in r.concepts)
    return "person.name" in have or {"person.first_name", "person.last_name"} <= have


def item_caption(it: dict) -> str:
    """An item as the form prints it: its label, "*" when required, and the case it is asked in
    ("공동대표: 주민등록번호 (해당 시)"); on a line of its own, what the package's checklist prints for it."""
    cond = it.get("condition") or ""
    shown = f" ({cond})" if cond and cond not in it["label"] else ""
    # (what the checklist prints for it, whole — its category, amount, dates, age limit: review 60 #12)
    entry = it.get("requirement") or ""
    notice = it.get("requirement_from") == "notice"
    below = "" if not entry else ("\n" + ("공고문에 인쇄된 요건: " if notice else "제출목록에 인쇄된 요건: ")
                                  if re.search(r"[가-힣]", entry) else
                                  "\n" + ("As the notice prints it: " if notice else "As the checklist prints it: ")) + entry
    star = " *" if it["required"] else ""
    refusal = any(e.get("id") == "refusal" for e in ((it.get("notice") or {}).get("elements") or ()))
    if star and refusal and len(it.get("options") or ()) == 2:
        # a consent its notice says one may refuse carries no "*": on a Korean form "*" reads "필수", which would
        # make it look like consent is required (review 60 #4); its two boxes and the refusal sentence printed
        # with it say what it is, with no annotation of the tool's own (review 61 #3)
        star = ""
    return it["label"] + shown + star + below


def _cases(*cases: str) -> str:
    """The cases an item is asked in, together ("해당 시 · 주민등록증 선택 시")."""
    return " · ".join(x for x in cases if x)


def host_condition(plan, doc) -> str:
    """The case a document of the package is filed in ("(해당 시)"), from its plan."""
    return next((x.condition for x in plan.documents if (x.key or x.file) == (doc.key or doc.path)), "")


def options_of(keys, role) -> list[str]:
    """The checks an applicant (``role``) chooses among, in the listing's order."""
    return list(dict.fromkeys(x.choice for x in keys if x.choice and x.role == role))


def _signed_beside(f, marks) -> str:
    """The role of another party's signature box printed on the same row as a date box, just left of it
    ("Preparer's signature [____] Date [____]"), else ""."""
    loc = f.location
    if not loc.bbox or loc.page is None:
        return ""
    x0, top, _, bottom = loc.bbox
    for fp, m in marks:
        b = m.location.bbox
        if m.location.page == loc.page and b and min(bottom, b[3]) - max(top, b[1]) > 0.5 * min(bottom - top, b[3] - b[1]) \
                and 0 <= x0 - b[2] <= 40:
            return fp.role
    return ""


def _checklist_entry(key: str, package: Package) -> str:
    """What the package's checklist prints for the attachment ``key`` (a logical document whose heading numbers it,
    "[붙임 4]"), whole: its category, what it accepts and its notes (``Document.attachment_details``); "" where no
    checklist of the same file numbers it. A consolidated form that lists the paper by its page's short title drops
    the amount, the dates and the age limit an applicant must meet (review 60 #12)."""
    docs = [x for f in package.documents for x in f.logical]
    doc = next((x for x in docs if x.key == key), None)
    m = re.search(r"(붙임|별첨)\s*(\d{1,2})", doc.locator or "") if doc is not None else None
    if doc is not None and m is None and doc.part:
        # (a page with no number of its own after a numbered one, whose entry names it: the 동의서 after "[붙임 3]",
        # "(해당 시) 공동대표 또는 각자대표 신분증 및 동의서" — review 61 #5)
        before = max((x for x in docs if x.path == doc.path and 0 < x.part < doc.part
                      and re.search(r"(붙임|별첨)\s*\d", x.locator or "")), key=lambda x: x.part, default=None)
        noun = (re.findall(r"[가-힣A-Za-z]{2,}", re.sub(r"^\([^)]*\)\s*", "", doc.title or "")) or [""])[-1]
        m = re.search(r"(붙임|별첨)\s*(\d{1,2})", before.locator) if before is not None and len(noun) >= 2 else None
        entry = next((text for x in docs if x.path == doc.path for e in x.attachment_details
                      for n, _, text in [e.partition(": ")] if m and n == f"{m.group(1)} {m.group(2)}"), "")
        body = re.sub(r"^\[[^\]]*\]\s*", "", entry)
        return entry if m and noun in body else ""
    if m is None:
        return ""
    want = f"{m.group(1)} {m.group(2)}"
    return next((text for x in docs if x.path == doc.path for e in x.attachment_details
                 for n, _, text in [e.partition(": ")] if n == want), "")


def _notice_entry(key: str, package: Package) -> str:
    """What a notice of the package prints under the document ``key`` (a whole file its name or title numbers,
    "별첨1_사업계획서_양식.hwp" → 별첨 1), from ``Document.annex_notes``: the notes, without the notice's name of the
    document; "" where none does."""
    docs = [x for f in package.documents for x in f.logical]
    doc = next((x for x in docs if x.key == key or (not x.key and x.path == key)), None)
    if doc is None or doc.part:
        return ""
    m = re.search(r"(별첨|붙임|별지)\s*(?:제\s*)?(\d{1,2})", f"{Path(doc.path).name} {doc.title}")
    if m is None:
        return ""
    want = f"{m.group(1)} {m.group(2)}"
    return next((text.split(" — ", 1)[-1] for x in docs if x.kind == "notice" for e in x.annex_notes
                 for n, _, text in [e.partition(": ")] if n == want), "")


def _with_entry(item: dict, key: str, package: Package) -> dict:
    """``item`` with the checklist's entry for its document (:func:`_checklist_entry`) as ``requirement``, where
    the entry says more than the item's label."""
    from ..match.reading import compact

    entry = _checklist_entry(key, package)
    if not entry and (said := _notice_entry(key, package)):
        # (a form the notice lists with its annex number and a rule under it — "그 외 양식으로 제출 시 평가 대상에서
        # 제외": printed under the attachment as the notice prints it, review 61 #5)
        item["requirement"], item["requirement_from"] = said, "notice"
        return item
    # (the entry without its category and need mark: "[가점관련 증빙서류 (최대 1점)] (해당 시) …")
    category = re.match(r"^\[[^\]]*\]\s*", entry)
    said = NEED_MARK.sub("", entry[category.end() if category else 0:])
    # (said where it adds two words or more to the label: "사업자등록증 또는 사업자등록증명원" beside "사업자등록증 사본
    # 또는 사업자등록증명원" adds nothing)
    have = compact(item["label"])
    if entry and len([w for w in re.findall(r"[가-힣A-Za-z0-9]{2,}", said) if compact(w) not in have]) >= 2:
        item["requirement"] = (category.group(0) if category else "") + said
    return item


def _conditional(item: dict, condition: str) -> dict:
    """An item of a document filed only in some cases is asked in that case only: not required, and it
    says which case."""
    if condition:
        item["required"] = False
        item["condition"] = condition
    return item


def _shown_title(d, by_key: dict) -> str:
    """A document as a reader knows it: its printed title, else its form number ("Form 2441") where the
    title is only the file name or a PDF's metadata ("fdia4601.pfm : default (Read Only)")."""
    doc = by_key.get(d.key or d.file)
    title = (d.title or "").strip()
    junk = not title or title == d.file or re.search(r"\.(?:pfm|pdf|docx?|hwpx?)\b|read only|untitled", title, re.I)
    if junk and doc is not None and doc.form_number:
        return " ".join(w.capitalize() if w in ("form", "schedule") else w.upper() for w in doc.form_number.split()) \
            if doc.form_number.isascii() else doc.form_number
    # a title that repeats its head after the dash ("성실경영 심층평가 통과 확인증 - 성실경영 심층평가 통과 확인증 스캔본
    # 첨부"): the head once (review 60 #12)
    head, dash, rest = title.partition(" - ")
    bare = NEED_MARK.sub("", head).strip()
    if dash and bare and rest.startswith(bare) and rest[len(bare):].strip():
        title = f"{head} - {rest[len(bare):].strip()}"
    return title or d.file


def write_docx(form: dict, path) -> None:
    """The form as a DOCX: a table per section, label beside the answer cell; pre-filled answers
    shaded and noted; consents and declarations with boxes; rosters as tables."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Inches, Pt

    from ..safe_output import xml_safe

    form = xml_safe(form)  # a PDF field name may hold BEL, ESC or lone surrogates; XML cannot
    d = docx.Document()
    sec = d.sections[0]
    if form.get("page_size") == "Letter":
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    else:  # A4, the paper of Korean (and most) administrations
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    d.core_properties.title = form["title"]
    d.core_properties.author = "formslim"
    style = d.styles["Normal"]
    style.font.size = Pt(10)
    h = d.add_heading(form["title"], level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(form["intro"])

    shade = _shade

    for section in form["sections"]:
        d.add_heading(section["title"], level=1)
        items = section["items"]
        if section["id"] == "rosters":
            groups = roster_tables(items)
            for caption, columns in groups:
                if len(groups) > 1:
                    d.add_paragraph(caption)
                table = d.add_table(rows=1 + max(i["repeats"] for i in columns), cols=len(columns))
                table.style = "Table Grid"
                for c, it in enumerate(columns):
                    table.cell(0, c).text = it["label"]
                    shade(table.cell(0, c))
            continue
        if section["id"] == "signature":
            _signature_section(d, items, shade, form.get("language", "en"))
            continue
        table = d.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        shown: set = set()
        for it in items:
            if it["kind"] == "statement":
                # information to read (a notice the law needs no consent for): one row of text, no answer
                nr = table.add_row().cells
                nr[0].merge(nr[1]).text = it["label"]
                continue
            if (it.get("notice") or {}).get("printed"):
                # the form's own notice, read before the box is ticked, as the replaced form prints it
                nr = table.add_row().cells
                nr[0].merge(nr[1]).text = "\n".join(notice_lines(it["notice"], form.get("language", "en"), shown))
            tr = table.add_row()
            tr.height = Cm(0.8)  # room to write by hand on a printed copy
            row = tr.cells
            row[0].width, row[1].width = Cm(5.5), Cm(10.5)
            row[0].text = item_caption(it)
            shade(row[0])
            _answer_controls(row[1], it)
            if it["source"] == "prefill" and it.get("value") is None:
                shade(row[1], "E8F1FB")
            if it.get("notice") and not it["notice"].get("printed"):
                # what the law requires the consent to state (legal.yaml): known text, or for the agency to
                # complete; one merged row of printed text under the consent, not a question
                nr = table.add_row().cells
                nr[0].merge(nr[1]).text = "\n".join(notice_lines(it["notice"], form.get("language", "en")))
    _amendments_docx(d, form)
    d.save(str(path))
    settle(path)


def _ticking(consent: dict, box: str) -> str:
    """A consent to tick, as forms print one — a box before each option ("…: ☐ 동의함   ☐ 동의하지 않음"), not one box
    before the question and its options in words, which formslim's own reader took back as one box (review 64 #5)."""
    return f"{consent['label']}: " + "   ".join(f"{box} {o}" for o in consent["options"])


def amendment_parts(a: dict, lang: str, box: str) -> tuple[str, list[str], list[str], list[tuple[str, str]]]:
    """One amendment as both writers print it: its heading; the agency's drafting notes (who signs it, what may be
    asked only once a law allows it, the signature blocks made one, the boxes left as information), apart from the
    form's text — review 61 #10 read them in the form's own typeface —; its paragraphs (the consent with its
    notice, the choice) and its data rows (label with its case, the item's id), an item or option that waits for
    the legal review marked so."""
    notes = [t(lang, "amendment_intro", signer=a["signer"]), *(a.get("law_only") or ())]
    if a.get("signed_once"):
        notes.append(t(lang, "amendment_signed_once", n=a["signed_once"]))
    if a.get("informs"):
        notes.append(t(lang, "amendment_informs", parts=", ".join(f"「{x}」" if lang == "ko" else f"“{x}”"
                                                                   for x in a["informs"])))
    pending = set(a.get("law_pending") or ())
    mark = t(lang, "law_pending")
    lines: list[str] = []
    if a.get("consent") and not a["consent"]["options"]:
        # (no box to tick: what the agency adds to the consent the document prints — an instruction, not text)
        notes.append(a["consent"]["label"])
        notes += notice_lines(a["consent"]["notice"], lang) if a["consent"].get("notice") else []
    elif a.get("consent"):
        lines.append(_ticking(a["consent"], box))
        lines += notice_lines(a["consent"]["notice"], lang) if a["consent"].get("notice") else []
    if a.get("separate_consent"):
        sep = a["separate_consent"]
        lines.append(_ticking(sep, box))
        lines += notice_lines(sep["notice"], lang) if sep.get("notice") else []
    if a.get("choice"):
        lines.append(f"{a['choice']['label']}: " + " / ".join(f"{box} {o}" + (mark if o in pending else "")
                                                               for o in a["choice"]["options"]))
    rows = [(it["label"] + (f" ({it['condition']})" if it.get("condition") else "")
             + (mark if it["label"] in pending else ""), it["id"]) for it in a["items"]]
    return t(lang, "amendment_title", title=a["title"]), notes, lines, rows


def _shade(cell, fill="EDEDED"):
    """A Word table cell's background."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _amendments_docx(d, form: dict) -> None:
    """What the plan adds to documents other people sign (a co-representative's consent): the consent text
    with its notice, the choice and the data, as the agency is to print them in that document."""
    for a in form.get("amendments") or ():
        from docx.shared import Pt, RGBColor

        heading, notes, lines, rows = amendment_parts(a, form.get("language", "en"), "☐")
        d.add_heading(heading, level=2)
        # (the agency's drafting notes in a box of their own, small and grey: not the form's text)
        box = d.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        cell = box.rows[0].cells[0]
        _shade(cell, "F2F2F2")
        for k, note in enumerate([t(form.get("language", "en"), "amendment_notes"), *notes]):
            para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            run = para.add_run(note if k == 0 else f"- {note}")
            run.italic, run.bold = k > 0, k == 0
            run.font.size = Pt(8.5)
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        for line in lines:
            d.add_paragraph(line)
        if not rows:
            continue  # (no data to add: no table of no rows, which Word reports as damage)
        table = d.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        # (a value formslim fill wrote from the profile, where it wrote one)
        values = {it["id"]: it.get("value") for it in a["items"]}
        for label, ident in rows:
            row = table.add_row().cells
            row[0].text = label
            row[1].text = "" if values.get(ident) is None else str(values[ident])


_TICKED = {"☐": "☑", "□": "■"}


def _sdt(kind: str, tag: str, alias: str, text: str, checked: bool = False):
    """A Word content control holding ``text``: plain text (``kind="text"``) or a check box."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sdt, pr, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
    for name, value in (("w:alias", alias[:64]), ("w:tag", tag[:64])):
        el = OxmlElement(name)
        el.set(qn("w:val"), value)
        pr.append(el)
    if kind == "checkbox":
        box = OxmlElement("w14:checkbox")
        state = OxmlElement("w14:checked")
        state.set(qn("w14:val"), "1" if checked else "0")
        box.append(state)
        for name, code in (("w14:checkedState", "2611"), ("w14:uncheckedState", "2610")):
            el = OxmlElement(name)
            el.set(qn("w14:val"), code)
            el.set(qn("w14:font"), "MS Gothic")
            box.append(el)
        pr.append(box)
    else:
        pr.append(OxmlElement("w:text"))
    run, t = OxmlElement("w:r"), OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    content.append(run)
    sdt.append(pr)
    sdt.append(content)
    return sdt


def _answer_controls(cell, it: dict) -> None:
    """An answer cell a person fills in Word: a text content control (tagged with the item's id, named
    by its label) holding the value or the pre-fill note, or one check-box control per option."""
    p = cell.paragraphs[0]
    value = it.get("value")
    if it["kind"] in ("radio", "choice") and 0 < len(it["options"]) <= MAX_TICK_OPTIONS:
        for i, o in enumerate(it["options"]):
            p._p.append(_sdt("checkbox", f"{it['id']}#{i + 1}", f"{it['label'][:40]}: {o}", "☑" if o == value else "☐",
                             checked=o == value))
            p.add_run(f" {o}   ")
        return
    if it["kind"] in ("checkbox", "file"):
        ticked = value in (True, "true", "yes")
        p._p.append(_sdt("checkbox", it["id"], it["label"], "☑" if ticked else "☐", checked=ticked))
        return
    p._p.append(_sdt("text", it["id"], it["label"], answer_text(it, "☐") or " "))


#: more options than this are written as one of the list's values, not ticked (a state among 62 codes)
MAX_TICK_OPTIONS = 12


def choice_hint(options) -> str:
    """A long list of options as a hint to write one: "one of 62: AL, AK, AS, AZ, AR … WY"."""
    return f"{len(options)}: " + ", ".join(map(str, options[:5])) + f" … {options[-1]}"


def answer_text(it: dict, box: str) -> str:
    """What the answer space of a form item prints: its value where ``formslim fill`` wrote one (a
    choice ticked), else the options with boxes, a box, or the pre-fill note."""
    value = it.get("value")
    if it["kind"] in ("radio", "choice") and len(it["options"]) > MAX_TICK_OPTIONS:
        # (a list no one ticks through — a state among 62 codes —: written, one of its values)
        return str(value) if value is not None else "[" + choice_hint(it["options"]) + "]"
    if it["kind"] in ("radio", "choice") and it["options"]:
        return "   ".join(f"{_TICKED.get(box, box) if o == value else box} {o}" for o in it["options"])
    if it["kind"] in ("checkbox", "file"):
        return _TICKED.get(box, box) if value in (True, "true", "yes") else box
    if value is not None:
        return str(value)
    if it["source"] == "prefill":
        return f"[{it['prefill_note']}]"
    if it.get("why"):
        return f"[{it['why']}]"
    return ""


def notice_text(el: dict, lang: str) -> str:
    """One element of a legal notice: the text formslim knows, and the mark for what the agency completes."""
    return (el["text"] or "") + (f" {t(lang, 'agency_completes')}" if el["to_confirm"] else "")


def page_span(pages) -> str:
    """Page numbers as a reader writes them: "5–7", "1, 6–10, 19"."""
    out: list[list[int]] = []
    for p in sorted(pages):
        if out and p == out[-1][-1] + 1:
            out[-1].append(p)
        else:
            out.append([p])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in out)


def statement_lines(item: dict) -> list[str]:
    """A statement of the form as printed: its caption, then the text a replaced form prints word for word,
    where it carries one (the statements a form prints on pages that ask nothing)."""
    printed = (((item.get("notice") or {}).get("printed") or {}).get("text") or "") if item["id"].startswith(
        "statements:") else ""
    # (a certification's points, one a line as printed, a point under another indented: review 30 #2)
    return [x for x in item["label"].split("\n") if x.strip()] + (
        [x for x in printed.split("\n") if x.strip()] if printed else [])


def notice_lines(notice: dict, lang: str, shown: set | None = None) -> list[str]:
    """A notice as printed under its consent: the form's own text word for word (once: consents printed
    under one notice point back to it; ``shown`` holds the texts already printed) and what the law asks
    that it does not state; else each element. Then the provision it rests on."""
    printed = (notice.get("printed") or {}).get("text")
    if printed:
        lines = [t(lang, "see_notice_above")] if shown is not None and printed in shown else printed.split("\n")
        if shown is not None:
            shown.add(printed)
        lines += [f"{el['label']}: {notice_text(el, lang)}" for el in notice["elements"] if el["to_confirm"]]
        return lines + [f"({notice['basis']})"]
    return [f"{el['label']}: {notice_text(el, lang)}" for el in notice["elements"]] + [f"({notice['basis']})"]


def _signature_section(d, items: list[dict], shade, lang: str) -> None:
    """The declaration, the date, then one block per signer: name, and the signature with its mark."""
    from docx.shared import Cm

    statements = [i for i in items if i["kind"] == "statement"]
    for st in statements:
        for line in statement_lines(st):
            d.add_paragraph(line)
    signed = [it for it in items if it["kind"] != "statement"]
    if not signed:
        return  # (signed by the online submission, the statements say: no table — a table of no rows is a damaged DOCX)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for it in signed:
        tr = table.add_row()
        tr.height = Cm(1.0 if it["kind"] == "signature" else 0.8)
        row = tr.cells
        row[0].width, row[1].width = Cm(5.5), Cm(10.5)
        # (with its case — "Spouse: signature (if a joint return)" — and its star, as in the report)
        row[0].text = item_caption(it)
        shade(row[0])
        # the mark at the end of the signing space, as printed on Korean forms
        row[1].text = "\t(서명 또는 인)" if it["kind"] == "signature" and lang == "ko" else answer_text(it, "☐")


def _one_consent_each(items: list[dict], lang: str = "en") -> list[dict]:
    """One consent per matter (개인정보 보호법 제22조: each asked apart). A consent whose form prints its own
    notice stays one consent with that notice — two printed consents are two matters even where both give
    data to third parties. Consents without a printed notice to one thing (행정정보 공동이용 asked by two
    forms) become one item that lists every source. The consent the registry lookups need joins the
    form's own 행정정보 공동이용 consent where there is one: its printed agency and record list stay, and the
    records the plan checks that the list does not name are added for legal review."""
    out: list[dict] = []
    by_concept: dict[tuple, dict] = {}
    by_text: dict[tuple, dict] = {}
    applicant_side = (None, "applicant", "representative")

    def side(item) -> Optional[str]:
        return None if item.get("role") in applicant_side else item["role"]

    # the consents the registry lookups need, one per person the records are about (the applicant's side,
    # a co-representative …), each joined to that person's own printed 행정정보 공동이용 consent where the
    # forms print one (a co-representative's printed consent is asked in the case it applies in: so is theirs)
    ours = {side(i): i for i in items if i["id"].split(":")[0] == "consent.registry_lookup"}
    printed_sharing: dict[Optional[str], dict] = {}
    for i in items:
        who = side(i)
        if i.get("concept") != "consent.admin_info_sharing" or not (i.get("notice") or {}).get("printed") \
                or who in printed_sharing:
            continue
        if who is None and i.get("condition"):
            continue  # the applicant's own consent is not one filed only in some cases
        if who in ours and i.get("condition") != ours[who].get("condition"):
            continue  # (asked in another case than the lookup about that person)
        printed_sharing[who] = i
    joined = {id(ours[k]) for k in ours if k in printed_sharing}
    for item in sorted(items, key=lambda i: i["id"].split(":")[0] != "consent.registry_lookup"):
        if id(item) in joined:
            continue
        printed = ((item.get("notice") or {}).get("printed") or {}).get("text")
        # boxes printed under one notice are still one consent each; one consent printed on two forms is one
        printed = (printed, re.sub(r"\s", "", item["label"])) if printed else None
        # (the same consent of two different people is two consents: the applicant's and a co-representative's)
        c = (item.get("concept"), side(item))
        kept = by_text.get(printed) if printed else (by_concept.get(c) if c[0] else None)
        if kept is not None:
            kept["from_fields"] = sorted(set(kept["from_fields"]) | set(item["from_fields"]))
            docs = [d for d in (kept.get("also_from") or []) + [item.get("from_document")] if d]
            kept["also_from"] = sorted(set(docs))
            continue
        item = dict(item)
        if printed:
            by_text[printed] = item
        elif c[0]:
            by_concept[c] = item
        out.append(item)
    for who, mine in ours.items():
        if who not in printed_sharing:
            continue
        kept = next((i for i in out if i["id"] == printed_sharing[who]["id"]), None)
        if kept is None:
            continue
        text = kept["notice"]["printed"]["text"]
        missing = [n for n in mine.get("names", []) if re.sub(r"\s", "", n) not in re.sub(r"\s", "", text)]
        kept.update({"id": mine["id"], "registries": mine.get("registries", []),
                     "from_fields": sorted(set(kept["from_fields"]) | set(mine["from_fields"]))})
        if missing:
            kept["notice"] = {**kept["notice"], "elements": kept["notice"]["elements"] + [{
                "id": "added_records", "label": t(lang, "added_records"), "text": ", ".join(missing),
                "to_confirm": True}]}
    return out


def write_hwpx(form: dict, path) -> None:
    """The form as HWPX (OWPML), the format Korean agencies publish their forms in: the same sections,
    items, consent notices and signature blocks as the DOCX; click-here fields where the applicant writes."""
    from ..safe_output import xml_safe
    from .hwpx_writer import Hwpx

    form = xml_safe(form)
    h = Hwpx(form["title"])
    h.para(form["title"])
    h.para(form["intro"])
    for section in form["sections"]:
        h.para("")
        h.para(section["title"])
        items = section["items"]
        if section["id"] == "rosters":
            groups = roster_tables(items)
            for caption, columns in groups:
                if len(groups) > 1:
                    h.para(caption)
                header = [it["label"] for it in columns]
                h.table([header] + [[""] * len(header) for _ in range(max(i["repeats"] for i in columns))])
            continue
        rows: list[list] = []
        spans: dict = {}
        shown: set = set()
        for st in [i for i in items if i["kind"] == "statement"]:
            for line in statement_lines(st):
                h.para(line)
        for it in items:
            if it["kind"] == "statement":
                continue
            if (it.get("notice") or {}).get("printed"):
                spans[(len(rows), 0)] = (1, 2)
                rows.append(["\n".join(notice_lines(it["notice"], form.get("language", "en"), shown)), None])
            label = item_caption(it)
            if it["kind"] == "signature":
                answer = "\t(서명 또는 인)" if form.get("language") == "ko" else ""
            elif section["id"] != "signature" and it["kind"] not in ("radio", "choice", "checkbox", "file"):
                # a click-here field (누름틀) the applicant fills in Hangul, as the DOCX has a content control
                answer = ("field", it["id"], answer_text(it, "□") or " ")
            else:
                answer = answer_text(it, "□")
            rows.append([label, answer])
            if it.get("notice") and not it["notice"].get("printed"):
                spans[(len(rows), 0)] = (1, 2)
                rows.append(["\n".join(notice_lines(it["notice"], form.get("language", "en"))), None])
        if rows:
            h.table(rows, spans=spans, widths=[15000, 27520])
    _amendments_hwpx(h, form)
    h.save(path)


def _amendments_hwpx(h, form: dict) -> None:
    """The amendments of :func:`_amendments_docx` in the HWPX copy, the data as click-here fields."""
    for a in form.get("amendments") or ():
        heading, notes, lines, rows = amendment_parts(a, form.get("language", "en"), "□")
        h.para("")
        h.para(heading)
        # (the agency's drafting notes, said to be such: "※ 기관 작성 안내 (서식에 인쇄하지 않음): …")
        h.para("※ " + t(form.get("language", "en"), "amendment_notes"))
        for note in notes:
            h.para(f"   - {note}")
        for line in lines:
            h.para(line)
        if rows:
            values = {it["id"]: it.get("value") for it in a["items"]}
            h.table([[label, ("field", f"amendment:{ident}", " " if values.get(ident) is None else str(values[ident]))]
                     for label, ident in rows], widths=[15000, 27520])
