"""From a reader's layout to a :class:`~formslim.model.Document`: the steps every word-processor
format (DOCX, HWPX, HWP, XLSX) shares — field detection, a title, the document kind, and the
attachments a checklist lists."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..limits import check, current
from ..model import Document, Field
from ..text import clean_label
from .duties import duties
from .classify import (consent_validity, printed_consequence, printed_fill_notes, attached_to, composed_length, attachment_routes, notice_submissions, notice_requests, personal_mobiles, printed_bounds, printed_windows, exhibits, citations, classify_with_evidence, false_claim_laws, governing_rules, reviewers, annex_notes, deadline_conflicts, fixed_templates, printed_agreements, consent_terms, online_duplicates, form_number, header_of,
                       online_application, login_checks, printed_burden, approval_expiry, approval_number, programme_printed, separate_filing, copy_asked, one_per, after_approval, shared_records, legal_form, form_source, recipient, listed_attachments, attachment_details,
                       listed_submissions)
from .layout import Layout, Line, Table, inline_boxes, layout_text
from .logical import marker_of, split_layout
from .notices import printed_notices
from .parties import (korean_pledge, declaration, form_for, read_parties, with_parties, with_title_party,
                      without_issuers_seal)
from ..fields.parts import with_cases, with_parts


def layout_budget(layout: Layout) -> None:
    """Paragraphs and table grid slots within ``Limits`` before fields are looked for: the field rules
    walk every grid slot, and a few KB of XML can claim a 2,000 × 256 table many times over."""
    lim = current()
    check(sum(1 for b in layout.blocks if isinstance(b, Line)), lim.paragraphs, "paragraphs")
    check(sum(b.n_rows * b.n_cols for b in layout.blocks if isinstance(b, Table)), lim.table_cells,
          "table cells (rows × columns of all tables)")


#: what a form's title calls it: a line naming a kind of document is its title
_TITLE_NOUN = re.compile(r"(?:신청서|계획서|서약서|확약서|동의서|확인서|보고서|명세서|추천서|조서|이력서|점검표|요구서|"
                         r"application|statement|certificate|declaration|agreement|report)", re.I)


def names_a_form(title: str) -> bool:
    """Whether a title names a kind of document one fills in ("신청서", "동의서", "Application")."""
    return bool(_TITLE_NOUN.search(title or ""))


def first_text(layout: Layout) -> str:
    """A stand-in title: the first short line (or single-cell table, a boxed title) among the first
    blocks that names a kind of document ("창업도약패키지 사업계획서 작성 목차 (일반형)"), else the first
    short line. A note ("※ …") is never a title."""
    texts = []
    for b in layout.blocks[:12]:
        if isinstance(b, Line):
            texts.append(b.text)
        elif isinstance(b, Table) and b.cells:
            texts.append(b.cells[0].text.split("\n")[0])
    for text in texts:
        t = clean_label(text)
        if t and len(t) <= 80 and not text.strip().startswith(("※", "*")) and _TITLE_NOUN.search(t) \
                and not only_marker(t):
            # a contents page names the document it opens: "… 사업계획서 작성 목차 (일반형)" → "… 사업계획서 (일반형)"
            return re.sub(r"\s*(?:작성\s*)?목차(?=\s|$)", "", t).strip()
    for b in layout.blocks:
        if isinstance(b, Line) and b.text.strip() and len(b.text.strip()) <= 80 and not only_marker(b.text):
            return clean_label(b.text)
    return ""


def only_marker(text: str) -> bool:
    """Whether a line is a form's number and nothing else ("[서식 3-5]", "별지 제7호 서식", "<붙임 2>"): where the
    form sits in its package, not what it is — no title (a file's own metadata title is often just that)."""
    t = (text or "").strip()
    mark = marker_of(t)
    return bool(mark) and not re.sub(r"[\s\[\]［］【】〔〕〈〉<>()]", "", t.replace(mark, "", 1))


def _title(title: str, layout: Layout) -> str:
    """The title a file's metadata gives, unless it is only the form's number, else the layout's."""
    return title if title and not only_marker(title) else first_text(layout)


def document_from_layout(layout: Layout, rel: str, fmt: str, title: str = "", page_count: Optional[int] = None,
                         language: str = "und", fields: Optional[list[Field]] = None,
                         warnings: tuple[str, ...] = (), fillable: Optional[bool] = None) -> Document:
    """Detect the fields of ``layout`` (unless given) and describe the document. A file that holds several
    forms (:func:`~formslim.parse.logical.split_layout`) gets one part per logical document."""
    from ..fields.detect import detect_fields, number_fields

    layout_budget(layout)
    layout = inline_boxes(layout)
    segments = split_layout(layout) if fields is None else []
    if len(segments) > 1:
        part_fields = [detect_fields(Layout(blocks=s.blocks), rel, fmt) for s in segments]
        numbered = number_fields([f for fs in part_fields for f in fs], rel)
        check(len(numbered), current().fields, "fields")
        parts, start = [], 0
        for i, (seg, fs) in enumerate(zip(segments, part_fields), 1):
            own = tuple(numbered[start:start + len(fs)])
            start += len(fs)
            sub = Layout(blocks=seg.blocks)
            parts.append(_describe(sub, rel, fmt, seg.title, own, language, locator=seg.locator, part=i))
        whole = _describe(layout, rel, fmt, _title(title, layout), tuple(numbered), language)
        parts = submitted_after_award(parts, layout_text(layout, 200000))
        parts = _distinct_titles(parts)
        return replace(whole, page_count=page_count, warnings=tuple(warnings), parts=tuple(parts),
                       fillable=any(f.name for f in numbered) if fillable is None else fillable)
    if fields is None:
        fields = detect_fields(layout, rel, fmt)
    check(len(fields), current().fields, "fields")
    doc = _describe(layout, rel, fmt, _title(title, layout), tuple(fields), language)
    return replace(doc, page_count=page_count, warnings=tuple(warnings),
                   fillable=any(f.name for f in fields) if fillable is None else fillable)


def _distinct_titles(parts: list[Document]) -> list[Document]:
    """A part titled by its form word alone ("확약서") where another part of the file ends its title with that word
    ("직접이행의무 확약서"): named with its printed place too — "확약서 (붙임 3)" —, so a reader tells the three
    확약서 apart (review 47 #12)."""
    out = []
    for p in parts:
        bare = (p.title or "").strip()
        clash = re.fullmatch(r"[가-힣]{2,4}", bare) and any(
            q is not p and (q.title or "").strip().endswith(bare) and (q.title or "").strip() != bare for q in parts)
        where = re.sub(r"[<>\[\]〈〉《》【】()]", "", p.locator or "").strip()
        out.append(replace(p, title=f"{bare} ({where})") if clash and where else p)
    return out


def submitted_after_award(parts: list[Document], text: str) -> list[Document]:
    """The annexed forms of a file that its own body says are submitted once the award is made: "낙찰자는 …
    확약서(붙임3 서식 참조)를 계약 체결 시 제출하여야 합니다", "계약상대자는 … 계약체결 전 … 확약서(붙임1 서식 참조)를
    … 제출하여야 합니다" (조달청 물품 구매입찰 공고 10.1, 12.1) — the sentence, as printed, is their ``after_approval``
    (procurement review 40 #2: three contract-stage pledges were counted as every bidder's application)."""
    out = []
    for d in parts:
        m = _ANNEX_LOCATOR.search(d.locator or "")
        if d.after_approval or not m:
            out.append(d)
            continue
        said = next((s for s in _sentences_naming_annex(text, m.group(1)) if _AWARD_STAGE.search(s)), "")
        out.append(replace(d, after_approval=said) if said else d)
    return out


#: an annexed form's locator: "<붙임 3>", "[별지 제2호서식]", "[별첨 1]"
_ANNEX_LOCATOR = re.compile(r"(?:붙임|별첨|별지\s*제?)\s*(\d{1,2})")
#: the stage of a contract awarded: the winner (낙찰자), before or at signing the contract
_AWARD_STAGE = re.compile(r"낙찰자\s*(?:는|가|로)|계약\s*체결\s*(?:전|시|이전|직전|후|이후)|계약\s*체결\s*(?:과\s*)?동시에")


def _sentences_naming_annex(text: str, number: str) -> list[str]:
    """The sentences of ``text`` that point to annex ``number`` as the form to use ("(붙임3 서식 참조)")."""
    flat = re.sub(r"\s+", " ", text)
    out = []
    for m in re.finditer(rf"(?:붙임|별첨)\s*{number}(?!\d)\s*(?:서식|양식)", flat):
        # (the sentence starts at its item's number, "1) 낙찰자는 …", where one stands close before; else after the
        # sentence before it — a "다." inside a quotation does not end it)
        item = [x.start() for x in re.finditer(r"(?:^|\s)\d{1,2}\)\s", flat[max(0, m.start() - 400):m.start()])]
        if item:
            start = max(0, m.start() - 400) + item[-1]
        else:
            start = max(flat.rfind("다. ", 0, m.start()) + 3, flat.rfind(" / ", 0, m.start()) + 3, 0)
        end = flat.find("다.", m.end())
        out.append(flat[start:end + 2 if 0 <= end - m.end() <= 200 else m.end() + 120].strip())
    return out


#: what a word processor prints around a click-here field's name ("{{진행상태}} - 누름틀"), none of it a question
_PLACEHOLDER_WORDS = re.compile(r"\{\{[^{}]*\}\}|누름틀|텍스트|click\s*here|[-:·•]", re.I)
#: what shows a field is a placeholder and no printed question: a "{{name}}" mark, a 누름틀's own word
_PLACEHOLDER_MARK = re.compile(r"\{\{[^{}]+\}\}|누름틀|click\s*here", re.I)


def placeholder_only(text: str, fields) -> str:
    """The whole printed text of a file of no answer space and three words at most ("테스트"), or of at most three
    answer spaces that prints nothing but their names
    as placeholders and a word processor's field words — "{{진행상태}} - 누름틀 {{진행상태}} - 텍스트" (procurement review 40 #3: a
    test file kept as a purchase form and made a required attachment) — as printed; else ""."""
    words = re.findall(r"[가-힣A-Za-z0-9]+", text or "")
    if not fields and 0 < len(words) <= 3:
        # (a file with no answer space and a word or three — "테스트" —: a test file, not a form nor a notice;
        # review 47 #9)
        return re.sub(r"\s+", " ", re.sub(r"[\x00-\x1f\x7f]", " ", text or "")).strip()[:200]
    if not fields or len(fields) > 3 or not _PLACEHOLDER_MARK.search(text or ""):
        return ""  # (a small form's labels are its questions: "기업명 ___ / 사업자등록번호 ___" is a form)
    rest = text or ""
    for f in fields:
        rest = rest.replace(f.label, " ")
    if re.search(r"[가-힣A-Za-z0-9]", _PLACEHOLDER_WORDS.sub(" ", rest)):
        return ""
    return re.sub(r"\s+", " ", re.sub(r"[\x00-\x1f\x7f]", " ", text or "")).strip()[:200]


def _describe(layout: Layout, rel: str, fmt: str, title: str, fields: tuple[Field, ...], language: str,
              locator: str = "", part: int = 0) -> Document:
    text = layout_text(layout, 40000)
    fields = with_parts(with_cases(with_title_party(title, with_parties(fields))))
    # a part is known by its own title; the file name speaks for the file as a whole
    kind, confidence, evidence = classify_with_evidence(title, "" if part else rel, text, fields, fmt)
    listed = listed_attachments(text) if kind == "checklist" else listed_submissions(text) if kind == "notice" else ()
    signers, parties = read_parties(title, text, fields, kind)
    fields, signers = without_issuers_seal(kind, fields, signers)
    burden, burden_text = printed_burden(text)
    expires, expires_text = approval_expiry(text)
    return Document(path=rel, format=fmt, kind=kind, title=title, fields=fields, language=language,
                    printed_burden=burden, printed_burden_text=burden_text,
                    approval_expires=expires, approval_text=expires_text, approval_number=approval_number(text),
                    programme_printed=programme_printed(text),
                    attachments=listed, attachment_details=attachment_details(text) if kind == "checklist" else (),
                    locator=locator, part=part, signers=signers, parties=parties,
                    kind_evidence=evidence, kind_confidence=confidence, legal_form=legal_form(text),
                    form_source=form_source(text),
                    recipient=recipient(text), routes=attachment_routes(text), form_number=form_number(text),
                    attached_to=attached_to(text), separate_filing=separate_filing(text), copy_asked=copy_asked(text), one_per=one_per(text),
                    after_approval=after_approval(text), stub=placeholder_only(text, fields),
                    shared_records=shared_records(text),
                    online_application=online_application(text), fixed_templates=fixed_templates(text),
                    online_duplicates=online_duplicates(text),
                    agreements=printed_agreements(text),
                    consent_terms=consent_terms(text) if kind == "consent" else "",
                    submissions=notice_submissions(text) if kind == "notice" else (),
                    requests=notice_requests(text) if kind == "notice" else (),
                    duties=duties(text) if kind == "notice" else (),
                    personal_mobiles=personal_mobiles(text) if kind == "notice" else 0,
                    bounds=printed_bounds(text), windows=printed_windows(text), exhibits=exhibits(text),
                    login_checks=login_checks(text), false_claim_laws=false_claim_laws(text),
                    governing_rules=governing_rules(text) if kind == "notice" else (),
                    reviewers=reviewers(text) if kind == "notice" else (),
                    annex_notes=annex_notes(text) if kind == "notice" else (),
                    deadline_conflicts=deadline_conflicts(text) if kind == "notice" else (), composed_length=composed_length(text),
                    header=header_of(text),
                    form_for=form_for(text), declaration=declaration(text),
                    consequence=printed_consequence(text) if kind not in ("notice", "data_file") else "",
                    fill_notes=printed_fill_notes(text) if kind not in ("notice", "data_file") else (),
                    validity=consent_validity(text) if kind == "consent" else (),
                    notices=printed_notices(layout, fields, title), citations=citations(text),
                    pledge=korean_pledge(text) if kind in ("pledge", "consent") else "")
