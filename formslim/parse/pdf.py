"""PDF reader.

* Fillable forms: the AcroForm tree is read with pypdf (no page layout needed). Every terminal field
  becomes a Field, inheriting type, flags and options from its parents; widgets whose field entry is
  missing from the tree (files re-saved by other tools) are recovered from the pages' annotations.
  The label is the tooltip (/TU); where there is none, the text printed beside, above or inside the
  widget, read with PDFium only on the pages that need it.
* Flat forms: text segments and ruling lines of each page (PDFium), cells built with pdfplumber's
  table algorithm (edges → intersections → cells → tables), then the shared field-detection rules.
"""
from __future__ import annotations

import logging
import os
import re
from collections import defaultdict
from dataclasses import replace
from typing import Any, Optional

from ..components import components
from ..errors import InputFileError
from ..limits import check, current
from ..fields.detect import detect_fields, number_fields
from ..fields.captions import AMOUNT_MARK
from ..fields.kinds import infer_kind, initials_kind
from ..fields.parts import with_cases, with_parts
from .parties import (declaration, korean_pledge, filled_by_others, form_for, read_parties, with_block_parties,
                      with_lines_filled_before_signing, with_parties, without_issuers_seal)
from ..model import BROKEN_CALCULATION, INCOMPLETE, Document, Field, Location
from ..text import (absent_names, BLOCK_MARK, opens_purpose_notice, FORM_NUMBER_TITLE, NEGATION_WORDS, split_tooltip, clean_label, is_machine_name, is_required_label, line_shape, nfkc,
                    normalize_label, repeated_lines, USE_ONLY, USE_ONLY_WORDS)
from .duties import duties
from .classify import (deadline_conflicts, governing_rules, reviewers, annex_notes, consent_validity, printed_carries, printed_consequence, printed_fill_notes, attached_to, composed_length, attachment_routes, notice_submissions, notice_requests, personal_mobiles, printed_bounds, printed_windows, exhibits, citations, classify_with_evidence, false_claim_laws, fixed_templates, printed_agreements, consent_terms, online_duplicates, form_number, header_of,
                       online_application, login_checks, printed_burden, approval_expiry, approval_number, programme_printed, separate_filing, copy_asked, one_per, after_approval, shared_records, legal_form, form_source, line_of_label, printed_title, recipient)
from .document import layout_budget
from .logical import page_identity, split_pages
from .layout import Cell, Layout, Line, Table, layout_text
from .wraps import rejoined
from .pdf_page import Segment, group_lines, line_text, page_edges, page_segments, phrases

logging.getLogger("pypdf").setLevel(logging.ERROR)

FF_READONLY, FF_REQUIRED = 1, 2  # ISO 32000-1 §12.7.3.1, Table 221 (ReadOnly: "the user may not change the value")
FF_MULTILINE, FF_RADIO, FF_PUSHBUTTON, FF_COMBO = 1 << 12, 1 << 15, 1 << 16, 1 << 17


def read_pdf(path: str, rel: str) -> Document:
    from pypdf.errors import PdfReadError

    from .pdf_objects import open_reader

    try:
        reader = open_reader(path)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise InputFileError(rel, "encrypted", "encrypted PDF (a password is needed to open it)")
        distinct = page_tree_budget(reader, rel)
        n_pages = len(reader.pages)
    except InputFileError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        from . import damaged_structure

        # pypdf stumbling on the damaged structure itself is the file's fault, said as such
        damaged = None if isinstance(exc, PdfReadError) else damaged_structure(rel, "pdf", exc)
        if damaged is not None:
            raise damaged from None
        raise InputFileError(rel, "corrupt", f"corrupt PDF ({type(exc).__name__}: {str(exc)[:80]})") from None
    if n_pages == 0:
        raise InputFileError(rel, "empty", "PDF has no pages")

    warnings: list[str] = []
    title = ""
    try:
        meta = reader.metadata
        title = useful_title(clean_label(str(meta.title))) if meta and meta.title else ""
        subject = clean_label(str(meta.subject)) if meta and meta.subject else ""
        if FORM_NUMBER_TITLE.fullmatch(title) and _NAME_LIKE.fullmatch(subject) and len(subject.split()) <= 12 \
                and subject.lower() not in title.lower():
            # "Form 4506-C (Rev. 10-2022)" whose metadata subject names it, "IVES Request for Transcript of Tax
            # Return": both, as the agency cites it (lender review 42 #12: the number alone named it)
            title = f"{title}: {subject}"
    except Exception:
        pass
    acro = _read_acroform(reader, rel, warnings)
    texts = _pages_for_split(path, n_pages, warnings)
    ranges = split_pages([t.splitlines() for t in texts]) if texts else []
    text = ""
    boxed: list[tuple[Optional[int], str]] = []
    if acro is not None:
        fields, option_boxes, exclusive, boxed = acro
        fillable = True
        # the statements printed in read-only boxes are the page's text too (SSA-89's Paperwork Reduction Act
        # statement, "We estimate that it will take about 20 minutes …": the form's own time — review 42 #8)
        for page, said in boxed:
            if texts and page and page <= len(texts):
                texts[page - 1] = f"{texts[page - 1]}\n{said}"
        try:
            fields = _label_from_page_text(path, fields, option_boxes)
        except Exception as exc:  # labels are an improvement; the fields stand without them
            warnings.append(f"printed labels could not be read ({type(exc).__name__})")
        fields = _repeated_header_labels(_blank_sentences(fields))
        fields = _row_marks(_table_contexts(_item_contexts(fields)))
        fields, unsupported = _not_supported(fields)
        # (initials are a signature mark, read once the label is settled — review 50 #6)
        fields = [replace(f, kind=k) if (k := initials_kind(f.label, f.kind)) != f.kind else f for f in fields]
        if unsupported:
            # (DC's fillable D-40 prints "(Not Supported)" by the items it leaves out: an edition of the form, not
            # the form — review 49 #12)
            warnings.append(f"{INCOMPLETE}this fillable edition marks {len(unsupported)} item(s) '(Not Supported)' "
                            f"({'; '.join(x[:50] for x in unsupported[:3])}): the printed form asks them; they are "
                            "counted as printed")
        try:
            fields = _block_headings(path, fields)
        except Exception as exc:  # context is an improvement; the fields stand without it
            warnings.append(f"block headings could not be read ({type(exc).__name__})")
        try:
            fields = _purpose_headings(path, fields)
        except Exception as exc:  # context is an improvement; the fields stand without it
            warnings.append(f"headings over bare labels could not be read ({type(exc).__name__})")
        if texts and any(USE_ONLY_WORDS.search(t) for t in texts):
            try:
                fields = _use_only_blocks(path, fields)
            except Exception as exc:  # context is an improvement; the fields stand without it
                warnings.append(f"'… use only' blocks could not be read ({type(exc).__name__})")
        fields = _selection_grids(_exclusive_parts([replace(f, id=f"{rel}#{i:03d}") for i, f in enumerate(fields, 1)],
                                                   exclusive))
        try:
            # (the pages' text read to find the forms serves here too: one reading of each page)
            text = "\n".join(texts[:MAX_TEXT_PAGES])[:60000] if texts else "\n".join(
                [page_text(path, max_pages=MAX_TEXT_PAGES), *(said for _, said in boxed)])
        except Exception:  # the printed text tells kinds and signers; the fields stand without it
            text = ""
    elif any("XFA-only" in w for w in warnings):
        from .pdf_xfa import read_xfa_fields

        fields = [replace(f, id=f"{rel}#{i:03d}") for i, f in enumerate(read_xfa_fields(reader, rel), 1)]
        fillable = bool(fields)
        warnings = [w for w in warnings if "XFA-only" not in w] + [
            "XFA-only form: fields read from the XFA template (no page positions)" if fields else
            "XFA-only form: its template declares no fields formslim can read"]
    else:
        fillable = False
        layout = flat_layout(path, rel, pages=distinct)
        layout_budget(layout)
        # (words a narrow cell wraps or distributed alignment spreads apart are joined by each form's own words)
        if len(ranges) > 1:  # each form's fields on its own: a form's rules (its instructions page) end with it
            fields = number_fields([f for r in ranges for f in detect_fields(rejoined(Layout(blocks=tuple(
                b for b in layout.blocks if r.first_page <= (b.page or 0) <= r.last_page))), rel, "pdf-layout")], rel)
        else:
            fields = detect_fields(rejoined(layout), rel, "pdf-layout")
        text = layout_text(layout, 40000)
        if not any(isinstance(b, Line) and b.text.strip() for b in layout.blocks) and not any(
                isinstance(b, Table) for b in layout.blocks):
            warnings.append("no text layer: scanned image? (OCR is not done)")
    if any(f.location.page is None for f in fields):
        ranges = []  # fields without pages (an XFA template) cannot be told apart by page
    if len(ranges) <= 1:
        span = page_span(texts or ([text] if text else []))
        if span:
            warnings.append(span)
    sample = text or " ".join(f.label for f in fields[:60])
    whole = _describe(rel, title, sample, fields, path_hint=rel, full_text="\n".join(texts) if texts else text)
    whole = replace(whole, page_count=n_pages, warnings=tuple(warnings), fillable=fillable)
    if acro is not None and texts:
        whole = _with_statements(whole, texts, fields, 1, n_pages)
    if acro is not None:
        whole = replace(whole, notices=_acroform_notices(path, fields, whole.title))
    parts = _parts(rel, title, ranges, fields, texts, whole.kind, fillable=acro is not None,
                   path_of_file=path) if len(ranges) > 1 else ()
    return replace(whole, parts=parts) if len(parts) > 1 else whole


#: a form's own page count as printed: "(7쪽 중 3쪽)", "Page 2 of 4"
_PAGE_OF = re.compile(r"\(\s*(\d{1,3})\s*쪽\s*중\s*(\d{1,3})\s*쪽\s*\)|\bPage\s+(\d{1,3})\s+of\s+(\d{1,3})\b", re.I)
#: a running header's page number at the end of one of a page's first lines: "… Attachment Sequence No. 17 Page 2"
_HEAD_PAGE = re.compile(r"\bPage\s+(\d{1,2})\s*$", re.I)


def page_span(texts: list[str]) -> str:
    """Where a file holds part of its form only, as the form's own page numbers show: the file's first page is
    page 2 or later ("Schedule SE (Form 1040) 2013 … Page 2", "(7쪽 중 3쪽)"), or its last page is not the
    form's last ("Page 2 of 4"); "" otherwise (IRS review 33b #12: a page-2-only file priced as a whole form)."""
    if not texts:
        return ""

    def page_of(m) -> tuple[int, int]:
        return (int(m.group(2)), int(m.group(1))) if m.group(1) else (int(m.group(3)), int(m.group(4)))

    # (a file of several sub-forms each numbered on its own — "(7쪽 중 7쪽)" then "(3쪽 중 1쪽)" — is read by no one
    # count: only one numbering through the file tells where the form starts and ends)
    if len({page_of(m)[1] for t in texts for m in _PAGE_OF.finditer(t)}) > 1:
        return ""
    first = _PAGE_OF.search(texts[0])
    if first is not None:
        k, n = page_of(first)
        if 1 < k <= n:
            return (f"{INCOMPLETE}the file starts at page {k} of {n} of its form ('{first.group(0).strip()}'): the "
                    "pages before it are not in the file, and their questions are not counted")
    else:
        head = next((m for line in texts[0].splitlines()[:3] for m in [_HEAD_PAGE.search(line.strip())] if m), None)
        if head is not None and int(head.group(1)) > 1:
            return (f"{INCOMPLETE}the file starts at page {head.group(1)} of its form ('{head.group(0).strip()}'): "
                    "the pages before it are not in the file, and their questions are not counted")
    last = list(_PAGE_OF.finditer(texts[-1]))
    if last:
        k, n = page_of(last[-1])
        if k < n:
            return (f"{INCOMPLETE}the file ends at page {k} of {n} of its form ('{last[-1].group(0).strip()}'): the "
                    "pages after it are not in the file, and their questions are not counted")
    # (its last page sends the reader on to a page the file does not hold: DC Schedule H's page 2 ends "Continue to
    # Page 3" — review 49 #6)
    on = _CONTINUE_TO.search(texts[-1])
    if first is None and on is not None and int(on.group(1) or on.group(2) or on.group(3)) > len(texts):
        return (f"{INCOMPLETE}the file ends at page {len(texts)} of its form ('{on.group(0).strip()}'): the pages after "
                "it are not in the file, and their questions are not counted")
    return ""


#: a last page's pointer to the form's next page: "Continue to Page 3", "Continued on page 4", "다음 쪽(3쪽)에 계속"
#: … or "For long-term transactions, see page 2." (Form 8949 page 1, its Part II on page 2 — IRS review 56 #5); not
#: "see page 2 of the instructions", "see the instructions on page 3"
_CONTINUE_TO = re.compile(r"\bcontinue[sd]?\s+(?:to|on)\s+page\s+(\d{1,2})\b|(\d{1,2})\s*쪽에\s*계속"
                          r"|(?<!instructions\s)(?<!instructions,\s)\bsee\s+page\s+(\d{1,2})\b(?!\s*(?:of|in)\b)", re.I)


#: at most this much of a form's statement pages is kept (SBA Form 1919's three pages: about 19,000 characters)
MAX_STATEMENTS = 40000

#: a consent box of a fillable Korean form: "개인정보 수집·이용 동의", "행정정보 공동이용 동의" — the notice printed
#: above it is the 개인정보 보호법 제15조 ② kind (purpose, items, retention, refusal). (An English form's boxes
#: — "I authorize", "I agree" — sit under the form's own headers and instructions, not such a notice; its
#: statements pages are read as statements.)
_CONSENT_BOX = re.compile(r"동의")


def _acroform_notices(path: str, fields, title: str):
    """The notice a fillable form prints above its consent boxes (the purpose, the items, how long they are kept,
    the right to refuse), read from the page's printed lines: the prose lines between the previous consent box
    (or the top of the page) and this one that stand beside no answer box — the captions beside boxes are the
    boxes' own labels. A box with no lines of its own shares the notice above it (as boxes of one table do).
    Only where a form has consent boxes; an improvement: () when the page cannot be read."""
    from ..model import PrintedNotice

    boxes = [f for f in fields if f.kind in ("radio", "checkbox") and f.location.page and f.location.bbox
             and _CONSENT_BOX.search(f.label)]
    if not boxes:
        return ()
    import pdfplumber

    out: list = []
    squeezed_title = re.sub(r"[\W_]+", "", title or "")
    try:
        with pdfplumber.open(path) as pdf:
            for page_no in sorted({f.location.page for f in boxes}):
                if page_no > len(pdf.pages):
                    continue
                lines = pdf.pages[page_no - 1].extract_text_lines()
                answer_rows = [(f.location.bbox[1] - 2, f.location.bbox[3] + 2) for f in fields
                               if f.location.page == page_no and f.location.bbox]
                top = 0.0
                for box in sorted((b for b in boxes if b.location.page == page_no), key=lambda b: b.location.bbox[1]):
                    own = [x["text"].strip() for x in lines if top <= x["top"] < box.location.bbox[1] - 1
                           and not any(a <= (x["top"] + x["bottom"]) / 2 <= b for a, b in answer_rows)
                           and re.sub(r"[\W_]+", "", x["text"]) != squeezed_title and x["text"].strip()]
                    top = box.location.bbox[3]
                    text = re.sub(r"[ \t]+", " ", "\n".join(own)).strip()
                    if len(text) >= 20:
                        out.append(PrintedNotice(fields=(box.id,), text=text[:4000]))
                    elif out:
                        out[-1] = PrintedNotice(fields=out[-1].fields + (box.id,), text=out[-1].text)
    except Exception:  # the notice is an improvement; the boxes stand without it
        return ()
    return tuple(out)


def _with_statements(doc: Document, texts: list[str], fields, first: int, last: int) -> Document:
    """The document with the pages of its range that ask nothing and cite laws (a Privacy Act notice, the
    "Statements Required by Law and Executive Order") and their text, lines as printed."""
    asked = {f.location.page for f in fields}
    pages = tuple(p for p in range(first, min(last, len(texts)) + 1) if p not in asked and citations(texts[p - 1]))
    if not pages:
        return doc
    # a running header or footer ("SBA Form 1919 (02/2025) 5", "OMB Control No.: 3245-0348") is printed on
    # every page, not said by the statement: a line on two pages or more of the form, its numbers aside
    lines = {p: [nfkc(line) for line in texts[p - 1].splitlines()] for p in range(first, min(last, len(texts)) + 1)}
    running = {k for k in repeated_lines(lines.values()) if len(k) <= 120}
    text = "\n".join(line for p in pages for line in lines[p] if line and line_shape(line) not in running)
    return replace(doc, statement_pages=pages, statements=text[:MAX_STATEMENTS])


def _exclusive_parts(fields: list[Field], exclusive: dict[str, str]) -> list[Field]:
    """The boxes of one choice (:func:`exclusive_boxes`) as one question: each later box ``part_of`` the first,
    every box "choose one"."""
    if not exclusive:
        return fields
    head = {f.name: f.id for f in fields if f.name in exclusive and exclusive[f.name] == f.name}
    return [replace(f, part_of=head[exclusive[f.name]] if exclusive[f.name] != f.name else f.part_of,
                    choose=f.choose or "one") if f.name in exclusive and exclusive[f.name] in head else f
            for f in fields]


#: a tooltip that reads a whole paragraph to a screen reader and says where its box is by the word "blank"
#: ("… If you wish to change this timeframe, fill in the following: This consent is valid for blank days from the
#: date signed."): the box asks that sentence
_BLANK_WORD = re.compile(r"\bblank\b")
#: "blank" as an instruction, not the box: "leave this line blank", "may be left blank"
_LEFT_BLANK = re.compile(r"\b(?:leave|left)\b\W+(?:\w+\W+){0,3}$|\b(?:be|is|are|remains?)\s+$", re.I)
_UNIT_AFTER = re.compile(r"___\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b", re.I)


def _blank_sentences(fields: list[Field]) -> list[Field]:
    """Each box whose tooltip is a paragraph (over 250 characters) with its blank marked by the word "blank"
    labelled by the sentence that holds it, the blank drawn "___" (SSA-89's validity box, which read as the whole
    authorization and a date — review 42 #10); a count of days or months is a number."""
    out = []
    for f in fields:
        marks = list(_BLANK_WORD.finditer(f.label)) if f.label_source == "tooltip" and len(f.label) > 250 else []
        if len(marks) == 1 and not _LEFT_BLANK.search(f.label[max(0, marks[0].start() - 40):marks[0].start()]):
            sentence = next(x for x in re.split(r"(?<=[.;:])\s+", f.label) if _BLANK_WORD.search(x))
            label = _BLANK_WORD.sub("___", sentence).strip()
            if 10 <= len(label) <= 200:
                kind = "number" if _UNIT_AFTER.search(label) and f.kind in ("text", "date") else f.kind
                f = replace(f, label=label, normalized_label=normalize_label(label), kind=kind,
                            context=f.context + (f"tooltip: {f.label[:200]}…",))
        out.append(f)
    return out


_YES_NO = re.compile(r"(?i)^\s*(?:yes|no|y|n|true|false|예|아니(?:오|요)?|해당\s*없음|있음|없음)\s*$")


def _selection_grids(fields: list[Field]) -> list[Field]:
    """Check boxes laid out as one grid of options under an instruction to pick one — SSA-89's "Reason for
    authorizing consent: (Please select one)" over eight boxes in three columns, each a field of its own name
    ("P1_Mortgage_CB", "P1_Bankacct_CB" …) —: one question, each box ``part_of`` the first, where one box at
    least reads the instruction (:func:`_printed_selection`; the boxes printed lower do not), the boxes are of
    one size and stand in rows and columns of one another, and each says a different thing (a column of
    "Yes"/"No" answers is several questions, each its own pair — review 42 #7)."""
    boxes = [f for f in fields if f.kind == "checkbox" and not f.part_of and f.location.page and f.location.bbox]
    by_id = {f.id: f for f in boxes}
    order = {f.id: i for i, f in enumerate(boxes)}

    def aligned(a: Field, b: Field) -> bool:
        """Two boxes of one size on one page, in one column (at most three rows apart) or on one row."""
        (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = a.location.bbox, b.location.bbox
        if a.location.page != b.location.page or abs((ax1 - ax0) - (bx1 - bx0)) > 1 \
                or abs((ay1 - ay0) - (by1 - by0)) > 1:
            return False
        return (abs(ax0 - bx0) <= 2 and abs(ay0 - by0) <= 3 * (ay1 - ay0)) or (abs(ay0 - by0) <= 2 and abs(ax0 - bx0) <= 250)

    head: dict[str, str] = {}
    for ids in components((a.id, b.id) for i, a in enumerate(boxes) for b in boxes[i + 1:] if aligned(a, b)):
        group = [by_id[x] for x in ids]
        labels = [re.sub(r"\s+", " ", f.label).strip().lower() for f in group]
        if len(group) > 16 or {f.choose for f in group if f.choose} != {"one"} or len(set(labels)) < len(labels) \
                or any(_YES_NO.match(x) for x in labels):
            continue
        first = min(ids, key=order.__getitem__)  # (the form's first box of the group heads it)
        head.update({x: first for x in ids})
        head[first] = ""
    return [replace(f, part_of=head[f.id] or f.part_of, choose="one") if f.id in head else f for f in fields]


#: a bundle longer than this is read as one document (its pages' text is not read to find its forms)
MAX_SPLIT_PAGES = 400


#: a form's own control numbers, printed beside its boxes but never what a box asks ("OMB No. 1545-0074", "Cat.
#: No. 11320B", "OMB Control No. 3245-0348")
_CONTROL_NUMBER = re.compile(r"(?:OMB\s*(?:Control\s*)?(?:No\.?|Number)\s*:?\s*[\d-]+|Cat\.?\s*No\.?\s*\w+)", re.I)


def _pages_for_split(path: str, n_pages: int, warnings: list[str]) -> list[str]:
    """Each page's text, to find the forms a PDF file holds; [] when it cannot be split (one page, too
    many pages, unreadable text)."""
    if n_pages < 2 or n_pages > MAX_SPLIT_PAGES:
        return []
    try:
        return page_texts(path, max_pages=n_pages)
    except Exception as exc:  # finding the forms is an improvement; the file stands as one
        warnings.append(f"the forms in this file could not be told apart ({type(exc).__name__})")
        return []


def _describe(rel: str, title: str, text: str, fields, path_hint: str = "", locator: str = "",
              part: int = 0, pages: Optional[tuple[int, int]] = None, full_text: str = "") -> Document:
    """A document (or one logical document of the file) from its printed text (``full_text``: all its
    pages, where ``text`` holds the first ones) and fields."""
    fields = with_parts(with_cases(with_lines_filled_before_signing(full_text or text, with_block_parties(
        full_text or text, with_parties(fields)))))
    burden, burden_text = printed_burden(full_text or text)
    expires, expires_text = approval_expiry(full_text or text)
    kind, confidence, evidence = classify_with_evidence(title, path_hint, text[:40000], fields, "pdf")
    signers, parties = read_parties(title, text, fields, kind)
    fields, signers = without_issuers_seal(kind, fields, signers)
    doc = Document(path=rel, format="pdf", kind=kind, title=title, fields=fields, locator=locator, part=part,
                   signers=signers, parties=parties,
                   kind_evidence=evidence, kind_confidence=confidence, legal_form=legal_form(text),
                   form_source=form_source(text),
                   recipient=recipient(text), routes=attachment_routes(full_text or text), form_number=form_number(text),
                   attached_to=attached_to(text), printed_carries=printed_carries(full_text or text), separate_filing=separate_filing(text), copy_asked=copy_asked(text), one_per=one_per(full_text or text),
                   after_approval=after_approval(full_text or text), shared_records=shared_records(full_text or text),
                   online_application=online_application(text), fixed_templates=fixed_templates(text),
                   online_duplicates=online_duplicates(full_text or text),
                   agreements=printed_agreements(full_text or text),
                   consent_terms=consent_terms(full_text or text) if kind == "consent" else "",
                   submissions=notice_submissions(full_text or text) if kind == "notice" else (),
                   requests=notice_requests(full_text or text) if kind == "notice" else (),
                   duties=duties(full_text or text) if kind == "notice" else (),
                   personal_mobiles=personal_mobiles(full_text or text) if kind == "notice" else 0,
                   bounds=printed_bounds(full_text or text), windows=printed_windows(full_text or text),
                   exhibits=exhibits(full_text or text),
                    login_checks=login_checks(text), false_claim_laws=false_claim_laws(full_text or text),
                    governing_rules=governing_rules(full_text or text) if kind == "notice" else (),
                    reviewers=reviewers(full_text or text) if kind == "notice" else (),
                    annex_notes=annex_notes(full_text or text) if kind == "notice" else (),
                    deadline_conflicts=deadline_conflicts(full_text or text) if kind == "notice" else (),
                   composed_length=composed_length(full_text or text),
                   header=header_of(text),
                   form_for=form_for(text), declaration=declaration(text), citations=citations(text),
                   consequence=printed_consequence(full_text or text) if kind not in ("notice", "data_file") else "",
                   fill_notes=printed_fill_notes(full_text or text) if kind not in ("notice", "data_file") else (),
                   validity=consent_validity(full_text or text) if kind == "consent" else (),
                   filled_by_others=filled_by_others(text), printed_burden=burden, printed_burden_text=burden_text,
                   approval_expires=expires, approval_text=expires_text, approval_number=approval_number(text),
                   programme_printed=programme_printed(full_text or text),
                   pledge=korean_pledge(full_text or text) if kind in ("pledge", "consent") else "")
    if pages is not None:
        doc = replace(doc, page_count=pages[1] - pages[0] + 1)
    if not doc.title and (printed := printed_title(text)):
        # a Korean prescribed form whose file names no title: the title it prints under its legal reference
        doc = replace(doc, title=printed)
    if not doc.title and doc.form_number:
        # a form whose file names no title is called by the number it prints ("Form 2441", "Schedule SE"),
        # as other forms cite it — not by its file name
        doc = replace(doc, title=number_title(doc.form_number))
    return doc


def number_title(number: str) -> str:
    """"schedule se" → "Schedule SE", "form 4506-c" → "Form 4506-C"."""
    head, *rest = number.split()
    return " ".join([head.capitalize(), *(w.upper() for w in rest)])


def _parts(rel: str, file_title: str, ranges, fields: list[Field], texts: list[str],
           file_kind: str, fillable: bool = False, path_of_file: str = "") -> tuple[Document, ...]:
    """One document per form the file holds (:func:`~formslim.parse.logical.split_pages`). Next parts
    that are both notices are one notice, and in a file that is a notice (a programme notice, an RFP)
    an annex is a form of its own only when it reads as one — answer spaces under a title that names a
    document to fill, or a signature — so that a notice's information annexes (붙임 1 창업 여부 기준표,
    붙임 3 지원 제외 대상 업종) stay the notice: a reader counts the forms to fill."""
    def describe(i: int, r, a: int, b: int) -> Document:
        own = [f for f in fields if a <= f.location.page <= b]
        full = "\n".join(texts[a - 1:b])
        t = _part_title(texts[a - 1], r.locator, file_title if i == 0 else "")
        doc = _describe(rel, t, full[:60000] or " ".join(f.label for f in own[:60]), own,
                        locator=r.locator or t, part=i + 1, pages=(a, b), full_text=full)
        if not fillable:
            return doc
        doc = _with_statements(doc, texts, own, a, b)
        return replace(doc, notices=_acroform_notices(path_of_file, own, doc.title)) if path_of_file else doc

    docs = [describe(i, r, r.first_page, r.last_page) for i, r in enumerate(ranges)]
    for i, d in enumerate(docs):
        if file_kind == "notice" and not _own_form(d):
            docs[i] = replace(d, kind="notice", kind_evidence=(_NOTICE_ANNEX,))
        elif d.kind != "notice" and len(d.fields) < 3 and not any(f.kind in ("signature", "attachment")
                                                                  for f in d.fields):
            # (a page to paste an ID copy on is a document handed in: its one answer space is the copy)
            docs[i] = replace(d, kind="notice", kind_evidence=(
                f"{len(d.fields)} answer space(s) and no signature in {d.page_count} page(s) of a file of "
                f"several forms: pages to read, not a form to fill",))
    merged: list[list] = []  # [range, first page, last page, kind]
    for r, d in zip(ranges, docs):
        if merged and d.kind == "notice" and merged[-1][3] == "notice":
            merged[-1][2] = r.last_page
            continue
        merged.append([r, r.first_page, r.last_page, d.kind])
    if len(merged) <= 1:
        return ()
    by_range = {(r.first_page, r.last_page): d for r, d in zip(ranges, docs)}
    out = []
    for i, (r, a, b, kind) in enumerate(merged):
        d = by_range.get((a, b))
        d = replace(d, part=i + 1) if d is not None else describe(i, r, a, b)
        if kind == "notice" and d.kind != "notice":
            d = replace(d, kind="notice", kind_evidence=(_NOTICE_ANNEX,))
        out.append(d)
    return tuple(out)


_NOTICE_ANNEX = "an annex of the notice it is printed in, with no form of its own to fill (no signature, no form title)"


def _own_form(doc: Document) -> bool:
    """Whether a part of a notice is a form to fill in its own right (see :func:`_parts`)."""
    from .document import names_a_form

    if doc.kind in ("notice", "data_file"):
        return False
    if any(f.kind == "attachment" for f in doc.fields):
        return True  # a page to paste a copy on: a document handed in
    if len(doc.fields) < 3:
        return False
    return any(f.kind == "signature" for f in doc.fields) or names_a_form(doc.title)


#: a line naming a kind of document is a form's title ("UNCONDITIONAL GUARANTEE", "사업계획서")
_TITLE_WORDS = re.compile(r"(?:신청서|계획서|서약서|확약서|동의서|확인서|보고서|명세서|추천서|이력서|점검표|기준표|공고|"
                          r"application|statement|certificat|declaration|agreement|guarantee|request|authori[sz]ation|"
                          r"petition|affidavit|report|notice|schedule|worksheet)", re.I)


def _part_title(page: str, locator: str, fallback: str = "") -> str:
    """The title printed on a form's first page: the first short line that names a kind of document,
    not an agency line or the form number; else the locator, else ``fallback``."""
    lines = [ln.strip() for ln in page.splitlines() if ln.strip()][:12]
    for ln in lines:
        t = clean_label(ln)
        if (3 <= len(t) <= 90 and _TITLE_WORDS.search(t) and not page_identity(t)
                and not re.match(r"(?:U\.?S\.?\s|United States|Department|OMB|Expiration|[-–(※*])", t, re.I)):
            return t
    return clean_label(locator) or fallback


#: AcroForm calculations (the /AA /C action a form runs to compute a field): Acrobat's built-in
#: AFSimple_Calculate, its simplified field notation, and scripts that read fields with getField("…")
_AF_SIMPLE = re.compile(r'AFSimple_Calculate\(\s*"(SUM|PRD|AVG|MIN|MAX)"\s*,\s*(?:new\s+Array\s*\(\s*((?:"[^"]*"\s*,?\s*){1,500})\)|"([^"]*)")')
_SFN = re.compile(r"/\*\*\s*BVCALC\s+(.{1,2000}?)\s+EVCALC\s*\*\*/", re.S)
_GET_FIELD = re.compile(r'getField\(\s*"((?:[^"\\]|\\.){1,200})"\s*\)')
MAX_SCRIPT = 20000


def calculation(node) -> tuple[str, tuple[str, ...]]:
    """The calculation a form runs to compute a field ("", () where none): a readable formula and the names
    of the fields it reads. The script is read as text, never run."""
    try:
        aa = _get(node, "/AA")
        c = _get(aa, "/C") if aa is not None else None
        js = _get(c, "/JS") if c is not None else None
        if js is None:
            return "", ()
        js = js.get_object() if hasattr(js, "get_object") else js
        raw = js.get_data()[:MAX_SCRIPT] if hasattr(js, "get_data") else str(js).encode("latin-1", "replace")[:MAX_SCRIPT]
        script = raw.decode("utf-16") if raw[:2] in (b"\xfe\xff", b"\xff\xfe") else raw.decode("latin-1")
    except Exception:  # a damaged action: the field stands without it
        return "", ()
    m = _AF_SIMPLE.search(script)
    if m:
        names = re.findall(r'"([^"]{1,200})"', m.group(2)) if m.group(2) is not None else \
            [x.strip() for x in m.group(3).split(",") if x.strip()]
        return f"{m.group(1)}({', '.join(names)})", tuple(dict.fromkeys(names))
    m = _SFN.search(script)
    if m:  # "TotalAssets - TotalLiabilities": names are the operands, a backslash escapes a space
        expr = m.group(1).strip()
        names = [re.sub(r"\\(.)", r"\1", x).strip() for x in re.split(r"(?<!\\)[-+*/()]", expr)]
        names = [x for x in names if x and not re.fullmatch(r"[\d.\s]+", x)]
        return re.sub(r"\\(.)", r"\1", expr), tuple(dict.fromkeys(names))
    names = [re.sub(r"\\(.)", r"\1", x) for x in _GET_FIELD.findall(script)]
    if names and re.search(r"event\.value\s*=", script):
        return f"script({', '.join(dict.fromkeys(names))})", tuple(dict.fromkeys(names))
    return "", ()


MAX_TEXT_PAGES = 12
#: tooltips that only name the page or the form ("Page 2", "Schedule D (Form 1040) 2013"): the printed
#: text beside the field says what it asks
#: tooltips that only say where the box is ("Line 2", "Line 13. Dollars", "Part I Line 4b")
#: (a tooltip that is the bare number of its line, "15" on DC D-40's line 15 and Schedule D's line 16, locates too)
_LOCATOR = re.compile(r"(?:part\s+[ivx]+\.?\s+)?(?:line\s+)?([1-9]\d?[a-z]?)\.?(?:\s+(?:dollars|cents)\.?)?", re.I)
_NOT_A_LABEL = re.compile(r"(?:page|p\.)\s*\d+\.?|(?:schedule\s+[\w-]+\s*)?\(?form\s+[\w-]+\)?\s*(?:\(\d{4}\)|\d{4})?\.?"
                          r"|schedule\s+[\w-]+\s*\(form\s+[\w-]+\)\s*\d{4}", re.I)


def _repeated_header_labels(fields: list[Field]) -> list[Field]:
    """A field repeated in a page header ("SSN2", "NAM2" on page 2) whose only nearby text is the page or
    form title ("Page 2", "Form 2441 (2013)") asks what its namesake asks ("SSN": "Your social security
    number")."""
    by_name = {(f.name or "").split(".")[-1]: f for f in fields if f.name}
    out = []
    for f in fields:
        if f.name and f.kind not in ("checkbox", "radio") and (
                _NOT_A_LABEL.fullmatch(f.label.strip()) or is_machine_name(f.label, f.name)):
            short = f.name.split(".")[-1]
            base = re.sub(r"_?\d+$", "", short)
            twin = next((by_name[c] for c in (base, base + "1", base + "_1", base + "E", base[:-1])
                         if c and c != short and c in by_name), None)
            if twin is not None and not _NOT_A_LABEL.fullmatch(twin.label.strip()) \
                    and not is_machine_name(twin.label, twin.name):
                f = replace(f, label=twin.label, normalized_label=twin.normalized_label, label_source="repeated",
                            confidence=0.7, kind=twin.kind if f.kind == "text" else f.kind)
        out.append(f)
    return out


#: an item's caption as a field's context ("5d. Client name, telephone number, and address"), and a label
#: that names its item and sub-item without the caption ("5d.i i. Telephone number", "5a.v. City")
_ITEM_CAPTION = re.compile(r"^(\d{1,2}[a-z]?)\.\s+\S")
_SUB_ITEM = re.compile(r"^(\d{1,2}[a-z]?)\.(?:[ivx](?:\s?[ivx]){0,3})\.\s")


def _item_contexts(fields: list[Field]) -> list[Field]:
    """The sub-items of one numbered item share its caption. A form whose tooltips give the item's caption
    only with its first sub-item ("5d. Client name, telephone number, and address" → "i. Client name") and
    name the later ones by number alone ("5d.ii. Telephone number") asks those of the same party: they
    take the caption of the nearest earlier field of that item as their context."""
    caption: dict[str, tuple[str, ...]] = {}
    out = []
    for f in fields:
        if f.context:
            for c in f.context:
                m = _ITEM_CAPTION.match(c)
                if m:
                    caption[m.group(1)] = f.context
                    break
        else:
            m = _SUB_ITEM.match(f.label)
            if m and m.group(1) in caption:
                f = replace(f, context=caption[m.group(1)])
        out.append(f)
    return out


#: the mark a fillable edition prints by an item it does not take: "Fill in if: Filing an amended return. (Not Supported)"
_NOT_SUPPORTED = re.compile(r"\s*,?\s*\(\s*not\s+supported\s*\)\.?", re.I)


def _not_supported(fields: list[Field]) -> tuple[list[Field], list[str]]:
    """Fields whose tooltip marks them "(Not Supported)": the label without the mark, and those labels."""
    out, marked = [], []
    for f in fields:
        if _NOT_SUPPORTED.search(f.label):
            label = clean_label(_NOT_SUPPORTED.sub(" ", f.label)) or f.label
            marked.append(label)
            f = replace(f, label=label, normalized_label=normalize_label(label))
        out.append(f)
    return out, marked


def _row_marks(fields: list[Field]) -> list[Field]:
    """A box whose label only says when to tick it ("Check if loss" on Form D-40) marks the answer printed on its
    own row — the box before line d's amount is line d's, not the line above's —: that answer's label is its
    context. The row is the box's height at its middle, on its page; the nearest answer box along it wins."""
    rows: dict = {}
    for f in fields:
        if f.kind in ("amount", "number", "text") and f.location.bbox and f.location.page is not None:
            rows.setdefault(f.location.page, []).append(f)
    out = []
    for f in fields:
        box = f.location.bbox
        if f.kind == "checkbox" and box and not f.context and AMOUNT_MARK.fullmatch(f.label.strip()):
            mid = (box[1] + box[3]) / 2
            beside = [x for x in rows.get(f.location.page, ()) if x.location.bbox[1] <= mid <= x.location.bbox[3]]
            if beside:
                near = min(beside, key=lambda x: min(abs(x.location.bbox[0] - box[2]), abs(box[0] - x.location.bbox[2])))
                f = replace(f, context=(near.label,))
        out.append(f)
    return out


#: a fillable table named for what it lists, as the form's author named its subform: "Table_Dependents[0]"
_NAMED_TABLE = re.compile(r"(?:^|\.)Table_([A-Za-z][A-Za-z_]*?)\[\d+\]\.")


def _table_contexts(fields: list[Field]) -> list[Field]:
    """The fields of a fillable table whose subform the form's author named for what it lists
    ("topmostSubform[0].Page1[0].Table_Dependents[0].Row1[0].f1_21[0]", Form 1040 from 2020) are that list's:
    the name is their heading (whose SSN the "(2) Social security number" column asks: a dependent's, not the
    filer's — onboarding review 37 #5). A name that is only a line number ("Table_Line1a") says nothing."""
    out = []
    for f in fields:
        m = _NAMED_TABLE.search(f.name or "")
        words = m.group(1).replace("_", " ").strip() if m else ""
        if words and not re.fullmatch(r"(?:line|part|row|col(?:umn)?)\w*", words, re.I) and words not in f.context:
            f = replace(f, context=(*f.context, words))
        out.append(f)
    return out


def _block_headings(path: str, fields: list[Field]) -> list[Field]:
    """Repeated blocks told apart by the heading printed over each: SBA Form 1244 asks "Legal Name",
    "Business Address" … once under "Applicant Name (Eligible Passive Company, if applicable)" and again
    under "Operating Company (if Applicant is an EPC)". Where one page asks the same label more than once
    and the fields say nothing else that tells them apart, each takes the nearest heading printed above
    it as its innermost context — a line alone on its row, on no widget's row, that is no field's label —
    when that gives the repeats different headings. Only such pages are read."""
    by_label: dict[tuple, list[int]] = {}
    for i, f in enumerate(fields):
        if f.location.page and f.location.bbox and f.kind not in ("signature", "checkbox", "radio"):
            # (a box's label is its option, "Yes": no block heading tells two apart reliably)
            # the rows of two rosters ("SSN/TIN Row 1" … "Row 10" under two tables) are one family
            family = _ROW_NUMBER.sub("", f.normalized_label)
            by_label.setdefault((f.location.page, family, f.context), []).append(i)
    repeats = {k: v for k, v in by_label.items() if len(v) > 1}
    if not repeats:
        return fields
    headings: dict[int, list[Segment]] = {}
    for pno, found in _page_headings(path, fields, sorted({k[0] for k in repeats})).items():
        # a heading sits just above its block (within a few rows of its first box), and its block runs
        # to the next heading
        tops = sorted(f.location.bbox[1] for f in fields if f.location.page == pno and f.location.bbox)
        headings[pno] = [h for h in found if any(h.bottom - 2 <= t <= h.bottom + _BLOCK_REACH for t in tops)]
    out = list(fields)
    for (pno, _, _), idx in sorted(repeats.items()):
        if len({fields[i].line for i in idx}) > 1:
            continue  # told apart by their printed line numbers already ("Line 1." and "Line 7.")
        found = {}
        for i in idx:
            top = fields[i].location.bbox[1]
            above = [h for h in headings.get(pno, []) if top - _BLOCK_SIZE <= h.bottom <= top + 2]
            if above:
                found[i] = clean_label(max(above, key=lambda h: h.bottom).text)
        if len(found) == len(idx) and len(set(found.values())) > 1:
            for i, h in found.items():
                out[i] = replace(out[i], context=out[i].context + (h,))
    return out


#: a label that names an instrument but not what it is for: "Routing number", "Account number", "Type" — at most
#: three words, no item number
_BARE_LABEL = re.compile(r"^\W*(?:[A-Za-z가-힣][\w'’-]*\W*){1,3}$")


def _purpose_headings(path: str, fields: list[Field]) -> list[Field]:
    """A bare label read with the heading printed just above its block: Form 4868 (e-file edition) asks "Routing
    number" and "Account number" under "Electronic Withdrawal of Tax Due", Form 1040 under its refund line — two
    accounts for two purposes, though both labels read alike (IRS review 56 #3). A field whose label is at most
    three words, with no line number and no context yet, takes the nearest heading printed above it on its page (a
    line alone on its row that is no field's label, within ``_BLOCK_REACH`` points) as its ``heading``: read for the
    contrast classes that headings may carry (``context: true``), nothing else — a page's headings name too much
    else ("Department of the Treasury" over a name, "Give Form W-4 to your employer" over an address)."""
    bare = [i for i, f in enumerate(fields) if f.location.page and f.location.bbox and not f.line and not f.context
            and f.kind not in ("signature", "checkbox", "radio") and _BARE_LABEL.match(f.label or "")]
    if not bare:
        return fields
    out = list(fields)
    headings = _page_headings(path, fields, sorted({fields[i].location.page for i in bare}))
    for i in bare:
        f = fields[i]
        top = f.location.bbox[1]
        above = [h for h in headings.get(f.location.page, ()) if top - _BLOCK_REACH <= h.bottom <= top + 2]
        if above:
            out[i] = replace(f, heading=clean_label(max(above, key=lambda h: h.bottom).text)[:200])
    return out


def _page_headings(path: str, fields: list[Field], pages: list[int]) -> dict[int, list[Segment]]:
    """The headings printed on each of ``pages`` (:func:`_is_heading`), top to bottom."""
    import pypdfium2 as pdfium

    out: dict[int, list[Segment]] = {}
    pdf = pdfium.PdfDocument(path)
    try:
        for pno in pages:
            page = pdf[pno - 1]
            try:
                segs = phrases(page_segments(page, page.get_mediabox()[3]), gap_factor=0.9)
            finally:
                page.close()
            on_page = [f for f in fields if f.location.page == pno and f.location.bbox]
            labels = {_compact_label(f.label) for f in on_page}
            out[pno] = sorted((s for s in segs if _is_heading(s, segs, on_page, labels)), key=lambda h: h.top)
    finally:
        pdf.close()
    return out


_HEADING_START = re.compile(r"[(\[]?[A-Z0-9가-힣]")
_NOT_A_HEADING = re.compile(r"\?\s*$|[.;]\s+\S|^(?:if|ifyes|ifno|i|you|do|does|are|is|did|during|enter|see|attach|round|"
                            r"note|expiration|omb)\b"
                            r"|\b(?:and|or|of|the|to|a|an|for|with|by|in|on|from)\s*$", re.I)


_BLOCK_REACH = 60.0  # points: how far above its first box a block's heading may be printed
_BLOCK_SIZE = 200.0  # points: how far below its heading a block's box may be
_ROW_NUMBER = re.compile(r"\s*\b(?:row|행)?\s*\d{1,2}\s*$", re.I)


def _compact_label(text: str) -> str:
    return re.sub(r"[^0-9a-z가-힣]", "", (text or "").lower())


def _is_heading(s: Segment, segs: list[Segment], fields: list[Field], labels: set[str]) -> bool:
    text = clean_label(s.text)
    bare = re.sub(r"^\(?\d{1,2}[a-z]?[.)]\s*", "", text)  # "3. Current address …": the item's number aside
    words = re.findall(r"[A-Za-z가-힣]{2,}", bare)
    if len(words) < 2 or len(words) > 14 or len(text) > 140 or not _HEADING_START.match(bare) \
            or _NOT_A_HEADING.search(re.sub(r"\b(?:apt|no|st|ste)\.", "", bare, flags=re.I)):
        return False  # a heading names a block: not a sentence, a question, an instruction or a fragment
    mid = (s.top + s.bottom) / 2
    if any(o is not s and o.top < mid < o.bottom and any(ch.isalpha() for ch in o.text) for o in segs):
        return False  # a row of several captions: labels, not a heading
    if any(f.location.bbox[1] < mid < f.location.bbox[3] for f in fields):
        return False  # a widget's row: the caption beside a box
    key = _compact_label(text)
    return bool(key) and not any(k and (k.startswith(key[:12]) or key.startswith(k[:12])) for k in labels)


def page_text(path: str, max_pages: int = MAX_TEXT_PAGES) -> str:
    """The printed text of the first pages (PDFium), for telling the kind and the signers."""
    return "\n".join(page_texts(path, max_pages))[:60000]


def page_texts(path: str, max_pages: int = MAX_TEXT_PAGES, page_chars: int = 20000) -> list[str]:
    """The printed text of each of the first pages (PDFium), at most ``page_chars`` characters a page."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        out = []
        for i in range(min(len(pdf), max_pages)):
            page = pdf[i]
            try:
                tp = page.get_textpage()
                out.append(tp.get_text_range()[:page_chars])
                tp.close()
            finally:
                page.close()
        return out
    finally:
        pdf.close()


# ------------------------------------------------------------------ the page tree, within budget

def page_tree_budget(reader, rel: str) -> list[int]:
    """Walk the page tree before pypdf flattens it: a tree may name one page 100,000 times (a few KB
    of "3 0 R") or loop. Over ``Limits.pdf_pages`` leaves the file is refused; otherwise the
    0-based indices of the pages that are distinct objects (a reused page is read once)."""
    limit = current().pdf_pages
    try:
        root = _get(reader.trailer["/Root"], "/Pages")
    except Exception:
        return []
    leaves = 0
    distinct: list[int] = []
    seen: set[int] = set()
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        kids = _get(node, "/Kids") if node is not None and depth < 64 else None
        if kids is None or _get(node, "/Type") == "/Page":
            if node is None:
                continue
            ident = getattr(getattr(node, "indirect_reference", None), "idnum", None)
            if ident is None or ident not in seen:
                distinct.append(leaves)
                if ident is not None:
                    seen.add(ident)
            leaves += 1
            continue
        try:
            kids = list(kids)
        except Exception:
            continue
        if leaves + len(stack) + len(kids) > limit:
            raise InputFileError(rel, "too_large", f"page tree names more than {limit:,} pages (limit)")
        for k in reversed(kids):
            try:
                stack.append((k.get_object() if hasattr(k, "get_object") else k, depth + 1))
            except Exception:
                continue
    return distinct


# ------------------------------------------------------------------ AcroForm

def _get(d: Any, key: str, default=None):
    try:
        v = d.get(key, default)
        return v.get_object() if hasattr(v, "get_object") else v
    except Exception:
        return default


def _array(d: Any, key: str) -> list:
    """An array entry of a PDF dictionary as a list; [] for a missing entry or one of another type (a
    damaged file's /Annots may be a null or a number)."""
    v = _get(d, key)
    return list(v) if isinstance(v, list) else []


def _name_text(name) -> str:
    """A PDF name as text: names are bytes, by convention UTF-8."""
    s = str(name).lstrip("/")
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def _text(v) -> str:
    return str(v) if v is not None else ""


#: metadata titles that name no document: a font or template file, an editor's placeholder
_JUNK_TITLE = re.compile(r"\.(?:pfm|dot[xm]?|doc[xm]?|indd|qxp|ai)\b|^\s*(?:무제|제목\s*없음|untitled|document\d*|"
                         r"microsoft\s+word\b.*|default)\s*$|:\s*default\b", re.I)
#: an expiry stamped into a title ("Form 912 expires 1.31.2029"): the form's validity, not its name
_EXPIRES = re.compile(r"\s*\(?\b(?:expires?|exp\.)\s*:?\s*[\d./-]{6,10}\)?\s*$", re.I)


#: a metadata subject that names a form (a few words, no sentence): "Application for Section 504 Loans"
_NAME_LIKE = re.compile(r"(?!(?:the|this|a|an)\s)[A-Z0-9](?:[^.;:!?]|\.(?=\s*[A-Z]))(?:[^;:!?]){2,88}(?<!\.)", re.I)


def useful_title(title: str) -> str:
    """A PDF's metadata title where it names the document: "" for a template's or an editor's leftovers
    ("fdia4601.pfm : default (Read Only)", "무제"); an expiry date stamped after the form number dropped."""
    if not title or _JUNK_TITLE.search(title):
        return ""
    return _EXPIRES.sub("", title).strip()


def _read_acroform(reader, rel: str, warnings: list[str]) -> Optional[tuple[list[Field], dict, dict, list]]:
    """The fields of the AcroForm tree (None for a form with none), and the boxes of each option of its
    button groups (full name → [(on state, page, box)])."""
    root = _get(reader.trailer, "/Root")
    if root is None or not hasattr(root, "get"):
        raise InputFileError(rel, "corrupt", "damaged PDF: no document catalogue (/Root)")
    acro = _get(root, "/AcroForm")
    page_of: dict[int, int] = {}
    heights: dict[int, float] = {}
    widgets: list[tuple[int, Any]] = []  # (page number, widget)
    # (every annotation is an object to read: a page of 100,000 widgets is refused before they are read —
    # a field has one widget at least, and a form has other annotations too: links, comments)
    check(sum(len(_array(page, "/Annots")) for page in reader.pages), 2 * current().fields, "annotations")
    for pno, page in enumerate(reader.pages, 1):
        try:
            heights[pno] = float(page.mediabox.top)
        except (ValueError, TypeError, KeyError, AttributeError):
            heights[pno] = 792.0  # a damaged /MediaBox: US Letter height, boxes stay roughly placed
        ref = getattr(page, "indirect_reference", None)
        if ref is not None:
            if -ref.idnum in page_of:
                continue  # a page the tree names again: its widgets are read once
            page_of[-ref.idnum] = pno  # pages by object number (negative keys: widgets use positive ones)
        for ref in _array(page, "/Annots"):
            try:
                a = ref.get_object()
            except Exception:
                continue
            if _get(a, "/Subtype") == "/Widget":
                idnum = getattr(ref, "idnum", None)
                if idnum is not None:
                    page_of[idnum] = pno
                widgets.append((pno, (idnum, a)))
    has_xfa = acro is not None and _get(acro, "/XFA") is not None
    top = _array(acro, "/Fields") if acro is not None else []
    if not top and not widgets:
        if has_xfa:
            warnings.append("XFA-only form: its fields live in an XFA template, which formslim does not read yet")
        return None
    if has_xfa:
        warnings.append("hybrid XFA form: fields read from the AcroForm tree")

    out: list[Field] = []
    seen_widgets: set[int] = set()
    seen_fields: set[int] = set()

    def walk(ref, inherited: dict, name_prefix: str, depth: int) -> None:
        if depth > 40:
            return
        check(len(out) + 1, current().fields, "fields")
        try:
            node = ref.get_object()
        except Exception:
            return
        if node is None:
            missing.append(ref)  # named by the tree, defined nowhere in the file
            return
        idnum = getattr(getattr(node, "indirect_reference", None), "idnum", None) or getattr(ref, "idnum", None)
        if idnum is not None:
            if idnum in seen_fields:
                return
            seen_fields.add(idnum)
        inh = dict(inherited)
        for key in ("/FT", "/Ff", "/Opt", "/MaxLen", "/TU"):
            v = _get(node, key)
            if v is not None:
                inh[key] = v
        partial = _text(_get(node, "/T"))
        full = f"{name_prefix}.{partial}" if name_prefix and partial else (partial or name_prefix)
        kids = _array(node, "/Kids")
        field_kids = [k for k in kids if _get(k.get_object(), "/T") is not None]
        if field_kids:
            for k in field_kids:
                walk(k, {k2: v for k2, v in inh.items() if k2 != "/TU"} | {"/parentTU": inh.get("/TU")}, full, depth + 1)
            return
        ws = [(getattr(k, "idnum", None), k.get_object()) for k in kids] if kids else [(idnum, node)]
        for wid, _ in ws:
            if wid is not None:
                seen_widgets.add(wid)
        f = _make_field(node, ws, inh, full, page_of, heights, rel)
        if f is not None:
            formula, names = calculation(node)
            out.append(replace(f, calculation=formula, calculated_from=names) if formula else f)
            note_boxes(f, ws)
            if f.kind == "checkbox" and len(ws) == 1 and len(states := _on_states(ws[0][1])) == 1:
                box_states[full] = states[0]

    missing: list = []
    option_boxes: dict[str, list] = {}
    box_states: dict[str, str] = {}

    def note_boxes(f: Field, ws) -> None:
        # each option's box of a button group: the words printed beside it may say what its export code means
        if len(f.options) > 1 and f.kind == "radio":
            option_boxes[f.name or ""] = [
                (states[0], pno, box) for wid, w in ws if len(states := _on_states(w)) == 1
                and (box := _widget_box(w, pno := _widget_page(wid, w, page_of), heights))]

    for ref in top:
        walk(ref, {}, "", 0)
    if missing:
        warnings.append(f"damaged PDF: {len(missing):,} fields named in its field tree are defined nowhere in the file")

    # widgets the tree does not reach: a broken or partial /Fields array
    orphans: dict[int, list] = {}
    order: list[int] = []
    for _, (wid, w) in widgets:
        if wid is not None and wid in seen_widgets:
            continue
        holder = w if _get(w, "/T") is not None else (_get(w, "/Parent") or w)
        key = id(holder) if getattr(holder, "indirect_reference", None) is None else holder.indirect_reference.idnum
        if key in seen_fields:
            continue
        if key not in orphans:
            orphans[key] = [holder]
            order.append(key)
        orphans[key].append((wid, w))
    if orphans:
        warnings.append(f"{len(orphans)} field(s) recovered from widgets missing from the AcroForm field tree")
    for key in order:
        holder, *ws = orphans[key]
        inh: dict = {}
        chain, node, name_parts = [], holder, []
        while node is not None and len(chain) < 40:
            chain.append(node)
            node = _get(node, "/Parent")
        for node in reversed(chain):
            for k2 in ("/FT", "/Ff", "/Opt", "/MaxLen", "/TU"):
                v = _get(node, k2)
                if v is not None:
                    inh[k2] = v
            if _get(node, "/T") is not None:
                name_parts.append(_text(_get(node, "/T")))
        f = _make_field(holder, ws, inh, ".".join(name_parts), page_of, heights, rel, source="acroform-widget")
        if f is not None:
            out.append(f)
            note_boxes(f, ws)
            if f.kind == "checkbox" and len(ws) == 1 and len(states := _on_states(ws[0][1])) == 1:
                box_states[f.name or ""] = states[0]
    unlocked = _script_unlocked(w for _, (_, w) in widgets)
    if unlocked:
        # read-only until a box is ticked: the form's own script opens them ("limitMaxPayment" on SBA Form
        # 148L once its limit box is ticked) — answers the filler gives, not the form's
        out = [replace(f, read_only=False) if f.read_only and f.name in unlocked else f for f in out]
    statements = [f for f in out if is_printed_statement(f)]
    if statements:
        warnings.append(f"{len(statements)} read-only text box(es) print a statement (\"{statements[0].label[:40]}…\"): "
                        "text of the form, not fields")
        out = [f for f in out if f not in statements]
    if not out and missing:
        warnings.append("no field of its field tree exists: read as a flat form")
        return None
    names = {f.name for f in out if f.name}
    for f in out:
        absent = absent_names(f.calculated_from, names)
        if absent:
            # SF-424 item 18g: "SUM(fundingapplicant, fundingfa, …)" where the boxes are named "fundingApplicant",
            # "FundingFederal" — the script fails, and the total is wrong or blank (grants review 43 #6)
            warnings.append(f"{BROKEN_CALCULATION}the calculation of '{f.label[:60]}' names {len(absent)} field(s) the form does not have "
                            f"({', '.join(absent[:4])}{' …' if len(absent) > 4 else ''}): the form cannot compute it as "
                            "shipped — check the total and its script")
    return out, option_boxes, exclusive_boxes(out, box_states), [(f.location.page, f.label) for f in statements]


#: the last part of a form designer's field name and its index among same-named siblings: "c1_3[2]"
_INDEXED = re.compile(r"^(?P<stem>.+?)\[(?P<k>\d+)\]$")


def exclusive_boxes(fields, box_states: dict[str, str]) -> dict[str, str]:
    """Check boxes drawn as separate fields that are one choice: on one page, named alike but for their index
    ("c1_3[0]" … "c1_3[2]", as forms designed in XFA are saved: each member of an exclusion group gets the
    group's name), each box with its own "on" value, no value twice (Form 1040's filing status: five boxes
    turning on 1 … 5, in two subforms; the W-9's tax classification: 1 … 7). Boxes that share a name but turn
    on the same value ("true" on each dependent's row) are separate questions. Maps each box's field name to
    the group's first box (top to bottom, left to right); the group's other boxes continue its answer."""
    groups: dict[tuple, list[Field]] = defaultdict(list)
    for f in fields:
        m = _INDEXED.match((f.name or "").split(".")[-1])
        if m and f.name in box_states and f.location.page and f.location.bbox:
            groups[(f.location.page, m.group("stem"))].append(f)
    out: dict[str, str] = {}
    for group in groups.values():
        states = [box_states[f.name] for f in group]
        if len(group) < 2 or len(set(states)) < len(states) or len({f.name for f in group}) < len(group):
            continue
        group.sort(key=lambda f: (f.location.bbox[1], f.location.bbox[0]))
        out.update({f.name: group[0].name for f in group})
    return out


_UNLOCKS = re.compile(r"""getField\(\s*["']([^"']{1,200})["']\s*\)\s*\.\s*readonly\s*=\s*false""")
MAX_SCRIPT = 200_000  # characters of one widget's scripts read for the fields they unlock


def _script_unlocked(widgets) -> set[str]:
    """Names of the fields a widget's JavaScript action makes writable (``getField("x").readonly = false``).
    The scripts are read as text, never run."""
    names: set[str] = set()
    for w in widgets:
        actions = [_get(w, "/A")]
        aa = _get(w, "/AA")
        if aa is not None and hasattr(aa, "values"):
            try:
                actions += [v for v in aa.values()]
            except Exception:
                pass
        for act in actions:
            try:
                act = act.get_object() if act is not None and hasattr(act, "get_object") else act
                js = _get(act, "/JS") if act is not None and hasattr(act, "get") else None
                js = js.get_object() if js is not None and hasattr(js, "get_object") else js
                code = js.get_data().decode("latin-1") if hasattr(js, "get_data") else str(js or "")
            except Exception:
                continue
            names.update(m.group(1) for m in _UNLOCKS.finditer(code[:MAX_SCRIPT]))
    return names


def is_printed_statement(f: Field) -> bool:
    """A read-only text box that holds a statement of several sentences (SSA-89's Privacy Act and Paperwork
    Reduction Act statements): the form's text, placed in a field; nobody fills it. A long tooltip that
    starts with a line or column ("Line 26. Taxable benefits. … Subtract line 25 from line 23", "(d)
    Proceeds …") is a computed line's instructions: a field the form fills, not a statement."""
    return (f.read_only and f.kind not in ("checkbox", "radio", "choice", "signature") and len(f.label) >= 200
            and len(_SENTENCE_END.findall(f.label)) >= 2 and not line_of_label(f.label)
            and not _ENUMERATED.match(f.label))


_SENTENCE_END = re.compile(r"[.。;:](?:\s|$)")
_ENUMERATED = re.compile(r"\s*(?:\(?[A-Za-z0-9]{1,3}[.)]|(?:line|part|item|column|section)\s+[A-Za-z0-9]{1,4}\b)", re.I)


def _on_states(w) -> list[str]:
    """The "on" appearance states of a button widget ("FSA", "Yes"); none for one appearance stream."""
    ap = _get(_get(w, "/AP") or {}, "/N")
    if hasattr(ap, "keys") and not hasattr(ap, "get_data"):  # (one appearance stream is no states)
        return [_name_text(k) for k in ap.keys() if str(k) != "/Off"]
    return []


def _widget_page(wid, w, page_of) -> Optional[int]:
    """The page a widget is on: by its place in a page's annotations, else the page its /P entry names."""
    pno = page_of.get(wid) if wid is not None else None
    if pno is None:  # a widget missing from its page's annotations: its /P entry still names the page
        p = w.get("/P") if hasattr(w, "get") else None
        idnum = getattr(p, "idnum", None)
        pno = page_of.get(-idnum) if idnum is not None else None
    return pno


def _widget_box(w, pno: Optional[int], heights) -> Optional[tuple]:
    """A widget's box, from the top of its page: (x0, top, x1, bottom)."""
    rect = _get(w, "/Rect")
    if rect is None or pno is None:
        return None
    try:
        x0, y0, x1, y1 = (float(v) for v in rect)
        x0, x1 = sorted((x0, x1))
        y0, y1 = sorted((y0, y1))
        h = heights[pno]
        return (round(x0, 1), round(h - y1, 1), round(x1, 1), round(h - y0, 1))
    except Exception:
        return None


def _flags(d) -> int:
    """The field flags (/Ff) a field's inherited entries or a widget annotation carry, 0 where none or not a
    number."""
    v = d.get("/Ff") if hasattr(d, "get") else None
    return int(v) if v is not None and str(v).lstrip("-").isdigit() else 0


def _name_heading(name: str, label: str) -> str:
    """The heading a field's name gives where its tooltip does not: a name written as words (three or more, not a
    program's code) that names what the label does not ("7. Present Residence Address - to Address" for the tooltip
    "To Address": "7. Present Residence Address"; "Most recent prior address (omit if over 10 years ago)" for "Enter
    Date"); the part before " - " where the name ends in the label. "" otherwise."""
    name = re.sub(r"\[\d+\]$", "", (name or "").strip())
    if len(name.split()) < 3 or is_machine_name(name) or len(name) > 120:
        return ""
    head = re.split(r"\s+-\s+", name)[0].strip(" -:")
    # (words the label does not hold, even glued: "Number of SharesRow1" says nothing "Number of Shares Row 1" does not)
    flat = re.sub(r"[^a-z]", "", label.lower())
    new = [w for w in re.findall(r"[a-z]{3,}", head.lower()) if w not in flat]
    # (a heading, not a run of the form's prose the author pasted as a name: "the general contractor mutually promise
    # and agree that …", "Applicant said Applicant and")
    if not 2 <= len(head.split()) <= 10 or re.search(r"\b(?:and|or|the|of|to|a|an|said|that|by)$", head, re.I):
        return ""
    return head if len(new) >= 2 else ""


def _make_field(node, ws, inh: dict, full: str, page_of, heights, rel: str, source: str = "acroform") -> Optional[Field]:
    ft = _text(inh.get("/FT"))
    ff = _flags(inh)
    if ft == "/Btn" and (ff & FF_PUSHBUTTON or ws and all(_flags(w) & FF_PUSHBUTTON for _, w in ws)):
        # a button runs a script or opens a link; nobody fills it in (DC D-40's "Add 2210": the push flag is
        # set on each of its widgets, not on the field)
        return None
    options: tuple[str, ...] = ()
    if ft == "/Btn":
        options = tuple(dict.fromkeys(x for _, w in ws for x in _on_states(w)))
        # (check boxes sharing one name with an "on" state each — DC D-40's filing status, FSA … FSB — are
        # one choice among their states, as radio buttons are)
        kind = "radio" if ff & FF_RADIO or len(options) > 1 else "checkbox"
        if kind == "checkbox" and len(options) == 1:
            options = ()  # a lone box's "on" state name ("1", "Yes") is not an option a person sees
    elif ft == "/Ch":
        opts = []
        opt = inh.get("/Opt")
        opt = opt.get_object() if hasattr(opt, "get_object") else opt
        for o in opt if isinstance(opt, list) else []:
            o = o.get_object() if hasattr(o, "get_object") else o
            if isinstance(o, list) and len(o) == 2:
                o = o[1].get_object() if hasattr(o[1], "get_object") else o[1]
            s = clean_label(_text(o))
            if s:
                opts.append(s)
        options = tuple(opts)
        kind = "choice"
    elif ft == "/Sig":
        kind = "signature"
    else:
        kind = "free_text" if ff & FF_MULTILINE else "text"
    wid0, w0 = ws[0]
    pno = _widget_page(wid0, w0, page_of)
    bbox = _widget_box(w0, pno, heights)
    tu = clean_label(_text(inh.get("/TU")))
    partial = full.split(".")[-1] if full else ""
    path: tuple[str, ...] = ()
    line = None
    located = _LOCATOR.fullmatch(tu) if tu and kind not in ("checkbox", "radio") else None
    if located:
        # "Line 2", "Line 13. Dollars": the tooltip says where the box is, the print beside it what it asks
        label, label_source = tu, "locator"
        line = located.group(1).lower()
    elif tu and not is_machine_name(tu, full) and not (kind not in ("checkbox", "radio") and _NOT_A_LABEL.fullmatch(tu)):
        # "Part 4. Information About You. 1.a. Family Name": the path is context, the label is the last piece
        path, label = split_tooltip(tu)
        label_source = "tooltip"
        if (named := _name_heading(partial, label)):
            # a name its author wrote as words where the tooltip says only the box's part ("7. Present Residence
            # Address - to Address" over the tooltip "To Address", SBA Form 912): which block the box is in
            path = (named,) + path
    else:
        label, label_source = partial or full or "(unnamed field)", "name"
    if kind in ("text",) and label_source == "tooltip":
        kind = infer_kind(label, "text")
    maxlen = inh.get("/MaxLen")
    try:
        maxlen = int(maxlen) if maxlen is not None else None
    except (TypeError, ValueError):
        maxlen = None
    return Field(
        id="", label=label, normalized_label=normalize_label(label), kind=kind,
        location=Location(file=rel, page=pno, bbox=bbox), source=source, confidence=1.0, name=full or None,
        options=options, required=True if ff & FF_REQUIRED or is_required_label(tu) else None,
        max_length=maxlen, label_source=label_source, line=line,
        context=((clean_label(_text(inh.get("/parentTU"))),) if inh.get("/parentTU") else ()) + path,
        # a signature is signed by hand on the printed form whatever the flag says (the 4506-C's are read-only)
        read_only=bool(ff & FF_READONLY) and kind != "signature",
    )


def _label_from_page_text(path: str, fields: list[Field], option_boxes: dict) -> list[Field]:
    """Give fields without a tooltip the text printed next to them, and button groups whose options are
    export codes the words printed beside their boxes (``option_boxes``: :func:`_read_acroform`'s). Only
    the pages holding such fields are read."""
    fields = [replace(f, line=line_of_label(f.label)) if f.line is None and f.label_source == "tooltip" else f
              for f in fields]
    shared_groups = _shared_groups(fields)
    shared = {i for g in shared_groups for i in g}
    # (a tooltip that names its line is checked against the line number printed on the box's row)
    need = sorted({f.location.page for i, f in enumerate(fields) if (f.label_source in ("name", "locator", "tooltip") or
                                                                      f.line is None or i in shared or
                                                                      _generic_tooltip(f) or f.kind == "checkbox")
                   and f.location.page and f.location.bbox and f.kind not in ("signature",)})
    if not need:
        return fields
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        by_page: dict[int, list[tuple[Segment, str]]] = {}
        numbers: dict[int, list[tuple[Segment, str]]] = {}
        line_numbers: dict[int, list[tuple[Segment, str]]] = {}
        for pno in need:
            page = pdf[pno - 1]
            try:
                # widget boxes are placed from the top of the /MediaBox (pdf._make_field); the text must
                # be too, or a page whose MediaBox does not start at 0 puts every label off by that much
                top = page.get_mediabox()[3]
                segs = phrases(page_segments(page, top), gap_factor=0.9)
                cleaned = [(s, clean_label(s.text)) for s in segs]
                by_page[pno] = [(s, t) for s, t in cleaned if t and any(ch.isalpha() for ch in t)
                                and not _CONTROL_NUMBER.fullmatch(t.strip())]
                numbers[pno] = [(s, t) for s, t in cleaned if _LINE_NUMBER.fullmatch(t.strip().lower())]
                # a box's line number with the "$" printed after it ("5 $ [____]") is its line number too
                line_numbers[pno] = [(s, t) for s, t in ((s, re.sub(r"\s*\$$", "", t.strip())) for s, t in cleaned)
                                     if _LINE_NUMBER.fullmatch(t.lower())]
            finally:
                page.close()
    finally:
        pdf.close()
    # boxes sharing a tooltip take the print beside them only when that tells every one of them apart
    printed: dict[int, str] = {}
    for group in shared_groups:
        texts = {i: _nearby_label(by_page[fields[i].location.page], fields[i].location.bbox, False)
                 for i in group if fields[i].location.page in by_page and fields[i].location.bbox}
        if len(texts) != len(group):
            continue
        same = {i for i, t in texts.items() if set(_words(t)) == set(_words(fields[i].label))}
        refined = {i for i, t in texts.items() if i not in same and _refines(t, fields[i].label)}
        labels = [texts[i] if i in refined else fields[i].label for i in group]
        if refined and len(same) + len(refined) == len(group) and len({normalize_label(x) for x in labels}) == len(group):
            printed.update({i: texts[i] for i in refined})
        elif len(same) == 1 and all(_CAPTION.fullmatch(texts[i]) for i in group) and \
                len({normalize_label(texts[i]) for i in group}) == len(group) and \
                max(fields[i].location.bbox[1] for i in group) - min(fields[i].location.bbox[1] for i in group) <= 3:
            # the tooltip is one box's own printed caption, copied onto its neighbours ("Foreign
            # province/state/county" on the box under "Foreign postal code"): each of those takes its own
            printed.update({i: texts[i] for i in group if i not in same})
    out = []
    for i, f in enumerate(fields):
        if f.label_source == "locator" and f.location.page in by_page and f.location.bbox:
            text = _anchored_caption(by_page[f.location.page] + numbers[f.location.page], f.line, f.location.bbox)
            if text:
                f = replace(f, label=text, normalized_label=normalize_label(text), label_source="printed",
                            confidence=0.8, context=f.context + (f"tooltip: {f.label}",),
                            kind=infer_kind(text, f.kind) if f.kind == "text" else f.kind)
        elif f.label_source == "name" and f.location.page in by_page and f.location.bbox:
            text = (f.kind in ("checkbox", "radio") and len(f.options) > 1
                    and _group_caption(by_page[f.location.page], f.location.bbox)) or \
                _nearby_label(by_page[f.location.page], f.location.bbox, f.kind in ("checkbox", "radio"),
                              numbers[f.location.page])
            own, trailing, rest = None, "", ""
            if f.kind not in ("checkbox", "radio"):
                trailing, rest = _numbered_phrase(by_page[f.location.page] + numbers[f.location.page], f.location.bbox)
                own = _printed_line_number(line_numbers[f.location.page], f.location.bbox) or trailing or None
            if own and rest and trailing == own and _box_left_on_row(fields, f):
                # a second box of its line, after another on the same row ("23 Credit … $ [____] .00 X .32 Enter
                # result > 23 $ [____]"): the words just before it say what it holds, not the line's caption,
                # which names the first box's datum (DC D-40 lines 23 and 28: the result, not the federal amount)
                text = f"{own} {rest}"
            elif text and own and line_of_label(text) != own:
                # the box's own line number is printed just left of it ("… Enter result > 23 $ [____]"): the
                # caption of another numbered line above is not what it asks (DC D-40: line 23's result box
                # read as "22 Tax …", a second line 22 — review 34 #3); its own line's caption is
                # (and a box labelled by a fragment of its own line — "Fill in if loss", a bare "15" — by the whole)
                anchored = _anchored_caption(by_page[f.location.page] + numbers[f.location.page], own, f.location.bbox)
                text = anchored if anchored and (line_of_label(text) or len(anchored) > len(text)) else text
            if text:
                kind = infer_kind(text, f.kind) if f.kind == "text" else f.kind
                f = replace(f, label=text, normalized_label=normalize_label(text), label_source="printed",
                            kind=kind, confidence=0.8, line=line_of_label(text) or f.line)
        elif _generic_tooltip(f) and f.location.page in by_page and f.location.bbox and \
                (text := _blank_in_sentence(by_page[f.location.page], f.location.bbox, _generic_tooltip(f))):
            # a tooltip that names only the kind of datum ("date", "please enter amount") over a blank in
            # a printed sentence: the sentence around the blank says which ("The "Note" is the promissory
            # note dated ____", "in the amount of $ ____ (Lender's Loan)")
            f = replace(f, label=text, normalized_label=normalize_label(text), label_source="printed",
                        confidence=0.8, context=f.context + (f"tooltip: {f.label}",))
        elif i in printed:
            # a tooltip several boxes share does not tell them apart ("Spouse's SSN" on the taxpayer's box
            # too; "City, town or post office, state, and ZIP code" on three boxes): the print beside each does
            text = printed[i]
            f = replace(f, label=text, normalized_label=normalize_label(text), label_source="printed",
                        confidence=0.8, context=f.context + (f"tooltip: {f.label}",))
        if f.line is None and f.location.page in by_page and f.location.bbox and f.kind not in ("checkbox", "radio"):
            f = replace(f, line=_printed_line_number(line_numbers[f.location.page], f.location.bbox))
        if f.kind == "checkbox" and f.location.page in by_page and f.location.bbox:
            how = _printed_selection(by_page[f.location.page], f.location.bbox)
            f = replace(f, choose=how) if how else f
        out.append(f)
    words = _printed_options(option_boxes, out, by_page)
    out = [replace(f, options=words[i]) if i in words else f for i, f in enumerate(out)]
    # then the print of the page is read over what the tooltips say, pass by pass, in this order (each pass's
    # docstring says what it reads and where it was seen): line numbers and captions, then code lists and misworded
    # tooltips, then the yes/no questions a tooltip names wrong, then columns, shared captions and printed questions,
    # then each block's heading and note, and last the block of a box that only its column tells
    passes = (
        lambda fs: _misplaced_line_tooltips(fs, by_page, numbers),
        lambda fs: _carried_captions(fs, by_page, numbers),
        lambda fs: _code_lists(fs, by_page),
        lambda fs: _misworded_tooltips(fs, by_page),
        lambda fs: _paired_answers(fs, by_page),
        lambda fs: _copied_tooltips(fs, by_page, path),
        _label_from_column,
        _split_shared_captions,
        lambda fs: _printed_questions(fs, by_page, path),
        lambda fs: _initialled_questions(fs, by_page, path),
        lambda fs: _printed_captions(fs, by_page, path),
        lambda fs: _marked_blocks(fs, by_page, path),
        _column_contexts,
    )
    for read in passes:
        out = read(out)
    return out


def _column_contexts(fields: list[Field]) -> list[Field]:
    """A box whose label another box of its page also has, under a heading, while it has none, is in the block of
    the box right above it in its column: SBA Form 912's second "To Address" sits under "Most recent prior address
    (omit if over 10 years ago)"'s date box, not under "7. Present Residence Address" as the first (review 50 #7).
    Only a label asked twice on the page (the heading is what tells the two apart), only the box just above (within
    8 pt, overlapping most of its width)."""
    out = list(fields)
    headed: dict[tuple, set[tuple]] = defaultdict(set)
    for f in fields:
        if f.context and f.location.page:
            headed[(f.location.page, f.normalized_label)].add(f.context)
    for i, f in enumerate(fields):
        if f.context or not f.location.bbox or f.kind in ("checkbox", "radio", "signature") \
                or not headed.get((f.location.page, f.normalized_label)):
            continue
        x0, top, x1, _ = f.location.bbox
        above = [g for g in fields if g is not f and g.location.page == f.location.page and g.location.bbox and g.context
                 and -2 <= top - g.location.bbox[3] <= 8
                 and min(x1, g.location.bbox[2]) - max(x0, g.location.bbox[0]) >= 0.8 * min(x1 - x0, g.location.bbox[2] - g.location.bbox[0])]
        if len(above) == 1 and above[0].context not in headed[(f.location.page, f.normalized_label)]:
            out[i] = replace(f, context=above[0].context)
    return out


def _marked_blocks(fields: list[Field], by_page: dict, path: str = "") -> list[Field]:
    """The fields of a block whose printed heading says whether it must be answered (or what its data are collected
    for: :func:`~formslim.text.opens_purpose_notice`) take that heading and
    the sentences that follow it, as printed (``Field.block_note``). The heading is a line on no box's row
    that prints the mark; its note runs on over the lines below until one ends a sentence; its block is the
    rows of boxes below it, up to the first printed line that stands between two rows (the next instruction or
    heading) or the next marked heading. A line that says what to do where the questions below are answered
    one way ("If any questions are answered “Yes” please provide details …") heads a block too, which runs to
    the next heading: it holds for every question under it."""
    out = list(fields)
    for pno, segs in by_page.items():
        boxes = [(i, f.location.bbox) for i, f in enumerate(fields) if f.location.page == pno and f.location.bbox]
        if not boxes:
            continue

        def on_a_row(top: float, bottom: float) -> bool:
            mid = (top + bottom) / 2
            return any(b[1] - 2 <= mid <= b[3] + 2 for _, b in boxes)

        lines = [(min(x.top for x in ln), max(x.bottom for x in ln), re.sub(r"\s+", " ", line_text(ln)).strip(),
                  min(x.x0 for x in ln), max(x.x1 for x in ln)) for ln in group_lines([s for s, _ in segs])]
        lines = [ln for ln in lines if any(ch.isalpha() for ch in ln[2])]
        marks = [k for k, (top, bottom, text, _, _) in enumerate(lines)
                 if (BLOCK_MARK.search(text) or _BLOCK_INSTRUCTION.match(text) or opens_purpose_notice(text))
                 and not on_a_row(top, bottom)]
        for n, k in enumerate(marks):
            # (an instruction on the answers of the questions below holds for all of them, to the next heading)
            instruction = bool(_BLOCK_INSTRUCTION.match(lines[k][2]))
            note, last = [], k
            for j in range(k, len(lines)):
                if j > k and (on_a_row(*lines[j][:2]) or j in marks or lines[j][0] - lines[j - 1][1] > 6):
                    break
                note.append(lines[j][2])
                last = j
                # (an instruction is its own line: the table's header under it, "Question Yes No", is none of it)
                if re.search(r"[.。]\s*$", lines[j][2]) or instruction:
                    break
            below = sorted((b[1], i) for i, b in boxes if b[1] >= lines[last][1] - 1)
            if not below:
                continue
            first_row = below[0][0]
            end = min([lines[j][0] for j in range(last + 1, len(lines)) if lines[j][0] > first_row
                       and not on_a_row(*lines[j][:2]) and not instruction] + [lines[m][0] for m in marks[n + 1:]]
                      + [float("inf")])
            text = " ".join(note)
            if path:
                text = _respaced(text, path, pno, (min(ln[3] for ln in lines[k:last + 1]), lines[k][0],
                                                   max(ln[4] for ln in lines[k:last + 1]), lines[last][1]))
            text = text[:600]
            for top, i in below:
                if top < end:
                    out[i] = replace(out[i], block_note=text)
    return out


def _printed_questions(fields: list[Field], by_page: dict, path: str) -> list[Field]:
    """Each yes/no box whose label is a tooltip's paraphrase of a numbered question printed beside it takes
    that question whole, word for word (``Field.question``): SBA Form 1919's tooltips drop "serving a sentence
    of imprisonment", "any Affiliates (per 13 CFR 121.301(f))" and the definition of a "Household Member" that
    its printed questions ask. The print must say the tooltip's question (half its words or more); it ends
    where the next question, or another field's row, begins ("Initial here to confirm your response to
    question 4" is the initials box's caption, not the question's)."""
    out = list(fields)
    seen: dict[str, str] = {}
    on_page: dict[int, list[tuple]] = {}  # each page's boxes, read once
    for g in fields:
        if g.location.bbox:
            on_page.setdefault(g.location.page, []).append(g.location.bbox)
    for i, f in enumerate(fields):
        if f.kind != "checkbox" or f.label_source not in ("tooltip", "tooltip-corrected") or len(f.label) <= 40 \
                or f.location.page not in by_page or not f.location.bbox:
            continue
        box = f.location.bbox
        # the rows of other fields of the page (not this question's other box on its row)
        others = [b for b in on_page[f.location.page] if abs(b[1] - box[1]) >= 3]
        text = _printed_question(by_page[f.location.page], box, others=others)
        asked = _question_words(f.label)
        if not text or not asked or len(asked & _question_words(text)) / len(asked) < 0.5:
            continue
        if text not in seen:
            # (re-read with the spaces PDFium loses, "ofthe", once per question)
            seen[text] = _printed_question(by_page[f.location.page], box, path, f.location.page, others=others) or text
            if re.search(r"[A-Za-z)]\*", seen[text]):
                note = _footnote(by_page[f.location.page], box, path, f.location.page)
                seen[text] += f" {note}" if note else ""
        out[i] = replace(f, question=seen[text])
    return out


#: a box that records an answer by the applicant's initials, or a tooltip that says only which answer it is: no
#: label of its own ("Initial", "No" — SBA Form 1244's initials boxes right of each Yes/No question)
_BARE_ANSWER = re.compile(r"(?:initials?|yes|no)", re.I)


def _initialled_questions(fields: list[Field], by_page: dict, path: str) -> list[Field]:
    """Each text box whose tooltip is a bare "Initial" (or "No") right of a numbered question printed on its row
    takes that question: "Initials for 2. Are you presently subject to an indictment …?" (``Field.question`` holds
    the question) — eight "Initial" boxes were eight unnamed questions, and the question they answer went unread
    (review 46 #1, #11)."""
    out = list(fields)
    on_page: dict[int, list[tuple]] = {}
    for g in fields:
        if g.location.bbox:
            on_page.setdefault(g.location.page, []).append(g.location.bbox)
    for i, f in enumerate(fields):
        if f.kind != "text" or not _BARE_ANSWER.fullmatch(f.label.strip()) or f.question \
                or f.location.page not in by_page or not f.location.bbox:
            continue
        box = f.location.bbox
        others = [b for b in on_page[f.location.page] if abs(b[1] - box[1]) >= 3]
        text = _printed_question(by_page[f.location.page], box, path, f.location.page, others=others)
        if not text:
            continue
        text = re.sub(r"\s*(?:☐|□)\s*(?:Yes|No)\b", "", text).strip()
        # (a question that runs on past the rows read is said to: the box answers all of it)
        text = text if "?" in text else text.rstrip(" ,;:") + " …"
        label = f"Initials for {text}"[:300]
        out[i] = replace(f, label=label, normalized_label=normalize_label(label), label_source="printed", question=text)
    return out


def _footnote(segs: list[tuple[Segment, str]], bbox, path: str = "", page: int = 0) -> str:
    """The footnote a starred word of a question points to ("… an Export Working Capital Program (EWCP)* loan?"):
    the first line below the question's box that starts with "*", and the lines that continue it until a sentence
    ends, as printed; "" where none."""
    below = sorted(((s, t) for s, t in segs if s.top >= bbox[1] and s.text.lstrip().startswith("*")),
                   key=lambda st: st[0].top)
    if not below:
        return ""
    span = [below[0][0]]
    while not re.search(r"[.。]\)?\s*$", span[-1].text) and len(span) < 4:
        nxt = [s for s, _ in segs if -3 <= s.top - span[-1].bottom <= 4 and s.top > span[-1].top + 3
               and abs(s.x0 - span[0].x0) <= 12]
        if not nxt:
            break
        span.append(min(nxt, key=lambda s: s.top))
    text = re.sub(r"\s+", " ", " ".join(s.text for s in span)).strip()
    if path and page:
        text = _respaced(text, path, page, _extent(span))
    # (the crop may catch a neighbour's mark — the "$" of the amount box above —, which is no letter)
    return text[text.index("*"):] if "*" in text else text


#: an option's export value that is a code, not words a person reads ("FSA", "OUTUS", "NOCKBX", "2")
_OPTION_CODE = re.compile(r"[A-Z0-9_]{1,12}")


def _printed_options(option_boxes: dict, fields: list[Field], by_page: dict) -> dict[int, tuple[str, ...]]:
    """For a group of boxes whose options are export codes (DC D-40's filing status: FSA, FSC, FSE …), the
    words printed beside each box, in the options' order ("Single", "Married filing jointly" …) — only where
    every option has its own words; the codes stay where any does not. ``option_boxes``: each group's boxes
    by full name, [(on state, page, box)]."""
    out = {}
    for i, f in enumerate(fields):
        boxes = option_boxes.get(f.name or "")
        if not boxes or len(f.options) < 2 or not all(_OPTION_CODE.fullmatch(o) for o in f.options):
            continue
        found: dict[str, tuple] = {}
        for state, pno, (left_x, top, right_x, bottom) in boxes:
            if pno not in by_page:
                continue
            line = [(sg, t) for sg, t in by_page[pno] if top - 3 <= (sg.top + sg.bottom) / 2 <= bottom + 3]
            right = [(sg.x0 - right_x, t) for sg, t in line if sg.x0 >= right_x - 3 and sg.x0 - right_x < 150]
            left = [(left_x - sg.x1, t) for sg, t in line if sg.x1 <= left_x + 3 and left_x - sg.x1 < 150]
            found[state] = (min(right) if right else None, min(left) if left else None)
        sides = [found.get(o) for o in f.options]
        if not all(sides):
            continue
        # the side the words are printed on, for the whole group: the one nearer its boxes ("☐ Single,
        # ☐ Married …" right of them; "checking ☐ OR savings ☐" left of them)
        gaps = [sum(x[k][0] if x[k] else 1e9 for x in sides) for k in (0, 1)]
        k = 0 if gaps[0] <= gaps[1] else 1
        if any(x[k] is None for x in sides):
            continue
        words = tuple(re.sub(r"^(?:or|and)\s+|\s+(?:or|and)$", "", re.sub(r"[\s,.;:]+$", "", x[k][1]).strip(),
                             flags=re.I)[:60] for x in sides)
        if all(words) and len(set(words)) == len(words):
            out[i] = tuple(w[:1].upper() + w[1:] for w in words)  # ("checking" | "savings": options, capitalised)
    return out


_CHECK_WORDS = {"please", "check", "this", "box", "clicking", "pressing", "enter", "key", "space", "bar", "the",
                "and", "any", "has", "have", "or", "of", "to", "a", "an", "if", "is", "are", "by", "in"}


#: words a caption and a tooltip share whatever item they name ("Please enter the … here")
_CAPTION_STOP = frozenset("please enter here the a an of in if this that is are and or to for by on at any do not use "
                          "your its be as with than specify provide number amount".split())


def _caption_words(text: str) -> set[str]:
    # (a plural as its singular: "countries" is "country", "employees" "employee")
    return {w[:-3] + "y" if len(w) > 4 and w.endswith("ies") else
            w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in re.findall(r"[a-z]{2,}", text.lower().replace("p.o.", "po"))} - _CAPTION_STOP


#: a tooltip that lists the codes a box takes: "Response_M=Male; F=Female; X=Not Disclosed" (SBA Form 1244 p. 5)
_CODE_LIST = re.compile(r"^\s*[A-Za-z][\w ]{0,30}?_\s*(?=[A-Z0-9]{1,2}\s*=)")
_CODE_PAIR = re.compile(r"(?:^|;)\s*([A-Z0-9]{1,2})\s*=\s*([^;=]+?)\s*(?=;|$)")


def _code_lists(fields: list[Field], by_page: dict) -> list[Field]:
    """A box whose tooltip lists the codes it takes ("Response_M=Male; F=Female; X=Not Disclosed") asks the category
    printed at its row's left ("Gender"), one of those options: SBA Form 1244's demographic table was four
    "Response_…" labels — one read as a spouse's datum for its "4=Spouse of Veteran" (review 50 #7). The category is
    the leftmost phrase of the box's rows that is no code (a code list wrapped over several rows is left aside);
    the tooltip's words are its options (not its context, where "Spouse of Veteran" would name a party). Where no
    such phrase is printed, the label stands."""
    out = list(fields)
    for i, f in enumerate(fields):
        m = _CODE_LIST.match(f.label or "")
        if not m or f.label_source != "tooltip" or not f.location.bbox or f.location.page not in by_page:
            continue
        pairs = _CODE_PAIR.findall(f.label[m.end():])
        if len(pairs) < 2:
            continue
        x0, top, _, bottom = f.location.bbox
        row = sorted((sg for sg, t in by_page[f.location.page]
                      if sg.x1 <= x0 + 3 and top - 2 <= (sg.top + sg.bottom) / 2 <= bottom + 2), key=lambda sg: sg.x0)
        if not row:
            continue
        head = re.split(r"\s+[A-Z0-9]{1,2}\s*=", row[0].text, maxsplit=1)[0].strip(" :")
        if "=" in head or not re.search(r"[A-Za-z가-힣]{3}", head) or len(head) > 40:
            continue
        # (whose datum it is is read again from the category: "4=Spouse of Veteran" named no party of the box)
        label = clean_label(head)
        out[i] = replace(f, label=label, normalized_label=normalize_label(label),
                         label_source="printed", kind="choice", subject=None,
                         options=tuple(v.strip() for _, v in pairs))
    return out


def _misworded_tooltips(fields: list[Field], by_page: dict) -> list[Field]:
    """A tooltip that is the caption printed over or beside its box but for one word takes the printed caption:
    SBA Form 1244's "Loan Amount Required" over the box the page captions "Loan Amount Requested" (review 50 #7) —
    the applicant reads the print. Only a short caption (two to eight words, in the same order, the same number
    of them), printed as one phrase right over the box within its width or nearest left of it on its row; the
    tooltip stays in the field's context."""
    out = list(fields)
    for i, f in enumerate(fields):
        if f.kind not in ("text", "number", "amount", "date", "free_text") or f.label_source != "tooltip" \
                or f.location.page not in by_page or not f.location.bbox or _INSTRUCTING.match(f.label):
            continue
        asked = re.findall(r"[a-z0-9]+", f.label.lower())
        if not 2 <= len(asked) <= 8:
            continue
        segs = by_page[f.location.page]
        for s, _ in _caption_above(segs, f.location.bbox)[-1:] + _left_caption(segs, f.location.bbox)[:1]:
            said = re.findall(r"[a-z0-9]+", s.text.lower())
            differ = [(a, b) for a, b in zip(said, asked) if a != b]
            # (one word's variant — "requested"/"required", "partner"/"partners": the same stem — never a format's
            # placeholder, "xxx-xx-xxxx" printed for a phone, nor another word, "and SSN" beside "Child SSN")
            if len(said) == len(asked) and len(differ) == 1 and all(
                    w.isalpha() and len(set(w)) > 1 for w in differ[0]) and os.path.commonprefix(differ[0])[3:]:
                printed = clean_label(s.text).strip().rstrip(":").strip()
                out[i] = replace(f, label=printed, normalized_label=normalize_label(printed), label_source="printed",
                                 context=f.context + (f"tooltip: {f.label}",))
                break
    return out


def _printed_captions(fields: list[Field], by_page: dict, path: str) -> list[Field]:
    """Each text box whose label is a tooltip's paraphrase takes the caption the page prints beside or over it,
    whole and word for word (``Field.caption``), where that caption names the tooltip's item: most of its words
    are the tooltip's (two at least). Beside: the words left of the box on its row, with the lines that continue
    them below at the same indent while level with the box ("# of existing employees (… domestic and foreign" /
    "Affiliates – do not convert to FTE)"). Over: the lines stacked just above the box within its width, up to
    a line of another field's (a "□" or a "___" blank) — "Business Address (Street, City, State, Zip Code)" /
    "Do not use P.O. Box address". Where neither names the item, the label stands."""
    out = list(fields)
    seen: dict[tuple, str] = {}
    columns: dict[tuple, tuple[float, str]] = {}  # (page, x0, x1) of a column → (its first row's top, its header)
    for i, f in enumerate(fields):
        if f.kind not in ("text", "number", "amount", "date", "free_text") or f.question or \
                f.label_source not in ("tooltip", "tooltip-corrected") or not _INSTRUCTING.match(f.label) or \
                f.location.page not in by_page or not f.location.bbox:
            continue
        segs = by_page[f.location.page]
        asked = _caption_words(f.label)
        for lines in (_left_caption(segs, f.location.bbox), _caption_above(segs, f.location.bbox)):
            if not lines:
                continue
            box = _extent(s for s, _ in lines)
            key = (f.location.page, box)
            if key not in seen:
                # (re-read with the spaces PDFium loses, "ofprincipal", once per caption, before its words count)
                seen[key] = _respaced(" ".join(t for _, t in lines), path, f.location.page, box)
            text = re.sub(r"\s*:$", "", seen[key]).strip()
            said = _caption_words(text)
            shared = len(said & asked)
            # a column's header over the first of its rows: its words are the tooltip's, but for which row
            which = _WHICH.search(f.label)
            column = bool(which) and not _ORDINAL.findall(text.lower()) and _column_below(fields, f)
            own = asked - _caption_words(which.group(0)) if which else asked
            # (most of the caption's words are the tooltip's, or the tooltip's few words are all the caption's: "Please
            # enter the number of existing employees here" beside "# of existing employees (including owners, …)")
            # (a column's header may be one word, "Title": every word the tooltip has of its own is printed there)
            if (shared < 2 and not (column and own and own <= said)) or (
                    shared < 0.6 * len(said) and shared < 0.8 * len(asked)
                    and not (column and len(said & own) >= 0.8 * len(own))) or len(text) > 240 \
                    or re.match(r"[a-z]", text):
                continue  # (nor the end of a sentence, "your sole proprietorship or partnership")
            caption = text
            if column:
                # a column's header over the first of its rows ("Home Address (Street, City, State, Zip Code - No P.O.
                # Box)" over "Please enter the first owner's home address here"): the header, and which row —
                # every row of the column below takes it too (SBA review 30 #5)
                caption = _row_caption(which, text)
                columns[_column_key(f)] = (f.location.bbox[1], text)
            elif _ORDINAL.findall(f.label.lower()) != _ORDINAL.findall(text.lower()):
                # a caption that drops which one the tooltip says it is ("Social Security No." for "… for Name 2")
                # is not its caption — unless it introduces a list ("5.b) List of principal countries of Export
                # (list at least 1):"), whose first entry this box is: the caption, then which entry
                # ("(list at least 1)" is no entry's number)
                if _ORDINAL.findall(re.sub(r"\([^)]*\)", "", text).lower()) or not lines[-1][0].text.rstrip().endswith(":"):
                    continue
                entry = re.sub(r"\s+here\s*$", "", _INSTRUCTING.sub("", f.label, count=1)).strip()
                entry = re.sub(r"^the\s+", "", entry)
                caption = f"{text}: {entry}"
            if normalize_label(caption) != normalize_label(f.label):
                out[i] = replace(f, caption=caption)
            break
    # the later rows of a column whose header is printed once, over its first row
    for i, f in enumerate(out):
        if f.caption or not f.location.bbox or not _INSTRUCTING.match(f.label or ""):
            continue
        head = columns.get(_column_key(f))
        which = _WHICH.search(f.label)
        if head and which and f.location.bbox[1] > head[0]:
            out[i] = replace(f, caption=_row_caption(which, head[1]))
    return out


def _column_key(f: Field) -> tuple:
    """A box's column on its page: its page and its left and right edges, to the point."""
    return f.location.page, round(f.location.bbox[0]), round(f.location.bbox[2])


def _row_caption(which: re.Match, header: str) -> str:
    """A column's header for one of its rows, with the row the tooltip names: "Third owner: Home Address (…)"."""
    return f"{which.group(0)[0].upper()}{which.group(0)[1:]}: {header}"


#: which row a tooltip names: "the second owner's", "the third owner" — its ordinal and noun
_WHICH = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+[a-z]+(?=['’]s\b|\b)",
                    re.I)


def _column_below(fields: list[Field], f: Field) -> bool:
    """Whether boxes of the same width stand below ``f`` on its page, left and right edges within 2 pt: the rows
    of a table column whose header is printed over ``f`` alone."""
    x0, top, x1, _ = f.location.bbox
    return any(g is not f and g.location.page == f.location.page and g.location.bbox
               and abs(g.location.bbox[0] - x0) <= 2 and abs(g.location.bbox[2] - x1) <= 2
               and g.location.bbox[1] > top for g in fields)


def _left_caption(segs: list[tuple[Segment, str]], bbox) -> list[tuple[Segment, str]]:
    """The phrase printed nearest left of a box on its row, with the lines below that continue it at its indent
    while they stand level with the box; [] where none, or where it holds another field's box or blank."""
    x0, top, x1, bottom = bbox
    row = [(s, t) for s, t in segs if s.x1 <= x0 + 3 and x0 - s.x1 < 450 and top - 2 <= (s.top + s.bottom) / 2 <= bottom + 2]
    if not row:
        return []
    first = max(row, key=lambda st: st[0].x1)
    lines = [first]
    while True:
        last = lines[-1][0]
        below = [(s, t) for s, t in segs if abs(s.x0 - first[0].x0) <= 4 and -3 <= s.top - last.bottom <= 3
                 and s.top > last.top + 3 and s.top < bottom - 2 and s.x1 <= x0 + 3]
        if not below or len(lines) >= 3:
            break
        lines.append(min(below, key=lambda st: st[0].top))
    return [] if any(_OTHER_FIELDS_MARK.search(s.text) for s, _ in lines) else lines


def _caption_above(segs: list[tuple[Segment, str]], bbox) -> list[tuple[Segment, str]]:
    """The lines stacked just above a box within its width (each line mostly over the box), nearest first read
    top-down; up to three, stopping at one that holds another field's box or blank."""
    x0, top, x1, bottom = bbox
    over = [(s, t) for s, t in segs if s.bottom <= top + 2 and top - s.bottom <= 30 and s.x1 - s.x0 > 0
            and (min(s.x1, x1) - max(s.x0, x0)) >= 0.5 * (s.x1 - s.x0)]
    lines: list[tuple[Segment, str]] = []
    edge = top
    for s, t in sorted(over, key=lambda st: -st[0].bottom):
        if edge - s.bottom > 6 or len(lines) >= 3:
            break  # (a header row 4.4 pt over its first box: SBA Form 1919's owner table)
        # (a row that holds another field's box or blank — "□ Other ____", read as several phrases — ends it)
        if any(_OTHER_FIELDS_MARK.search(g.text) for g, _ in segs if g.top < (s.top + s.bottom) / 2 < g.bottom
               and min(g.x1, x1) > max(g.x0, x0)):
            break
        lines.insert(0, (s, t))
        edge = min(edge, s.top)
    return lines


#: a tooltip written as an instruction to the person filling in ("Please enter the number of existing employees
#: here", "Enter the DBA or Tradename, if applicable"): a paraphrase of the caption the page prints, not the
#: caption (a tax form's "Line 7. Wages, salaries, tips, etc" names its line and keeps its label)
_INSTRUCTING = re.compile(r"(?:please\s+)?(?:enter|specify|provide|type|list|indicate)\b", re.I)
#: which one of several a caption or tooltip names ("first", "Name 2", "Row 1") — not an item's number ("5.b)")
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|(?<![\d.])\b[1-9]\b(?![\d.)])")
#: a line that holds another field: a check box, or a blank to write on
_OTHER_FIELDS_MARK = re.compile(r"[□☐■]|_{3,}")


def _question_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower().replace("n't", " not"))
            if w not in NEGATION_WORDS and w not in _CHECK_WORDS}


def _printed_question(segs: list[tuple[Segment, str]], bbox, path: str = "", page: int = 0,
                      others: Optional[list[tuple]] = None) -> str:
    """The numbered question printed left of a box ("5. Are any of the Applicant's products … exported …"):
    from its numbered first row, at most three rows above the box, to the box's row and on over at most two
    rows below until the question ends ("?") or the next one starts; "" where none. With ``others`` (the
    boxes of the page's other fields) a row below that stands level with another field ends the question too,
    and the sentences after the question mark on its rows (the instruction "If yes, list …") are kept."""
    x0, top, x1, bottom = bbox
    rows = sorted(((s, t) for s, t in segs if s.x1 <= x0 + 3 and top - 40 <= s.top and s.top <= bottom + 30),
                  key=lambda st: (st[0].top, st[0].x0))
    numbered = re.compile(r"\d{1,2}\.(?:\d|[a-z]\))?\s*[A-Z(]")
    starts = [k for k, (s, t) in enumerate(rows) if numbered.match(t) and s.top <= bottom + 1]
    if not starts:
        return ""
    out, span, below = [], [], 0
    for s, t in rows[starts[-1]:]:
        if s.top > bottom + 1:  # below the box's row: the question going on
            below += 1
            level = others is not None and any(o[1] - 2 <= (s.top + s.bottom) / 2 <= o[3] + 2 for o in others)
            if out and ((others is None and out[-1].rstrip().endswith("?")) or numbered.match(t) or level
                        or s.top - span[-1].bottom > 8 or below > 2):
                break
        out.append(t)
        span.append(s)
    text = re.sub(r"\s+", " ", " ".join(out)).strip()
    if path and span and page:
        text = _respaced(text, path, page, _extent(span))
    return text


def _extent(segments) -> tuple:
    """The box (top-left coordinates) that holds every one of ``segments``."""
    segments = list(segments)
    return (min(s.x0 for s in segments), min(s.top for s in segments),
            max(s.x1 for s in segments), max(s.bottom for s in segments))


def _respaced(text: str, path: str, page: int, box: tuple) -> str:
    """PDFium's runs may lose the spaces a PDF only positions ("ofthe"): the words of the same area (``box``,
    top-left coordinates), re-read with their gaps (pdfplumber), where they say the same letters; else the
    text as it is. (The letters and digits are compared: a lone "." or "□" is a run of its own that the rows
    drop, and a crop may miss an item's number printed left of it.)"""
    spaced = _spaced_words(path, page, box)
    key = lambda x: re.sub(r"[^0-9A-Za-z가-힣]+", "", x)
    number = re.match(r"\d{1,2}\.(?:\d|[a-z]\))?", text)
    if spaced and key(spaced) == key(text):
        return spaced
    if spaced and number and not spaced.startswith(number.group()) and key(number.group()) + key(spaced) == key(text):
        return f"{number.group()} {spaced}"
    return text




def _use_only_blocks(path: str, fields: list[Field]) -> list[Field]:
    """A block a form keeps for one party, headed in the page's left margin ("Employers Only" beside Form W-4's
    employer's name, first date of employment and EIN; "Paid Preparer Use Only" beside Form 1040's preparer's
    boxes): each box whose row lies between that heading and the next margin heading below it takes the heading
    as its context (onboarding review 37 #3: the employer's boxes were counted as the employee's). The margin is
    the strip left of every box of the page; its words, read in lines a little apart, make its headings."""
    import pdfplumber

    pages = sorted({f.location.page for f in fields if f.location.page and f.location.bbox})
    out = list(fields)
    with pdfplumber.open(path) as pdf:
        for pno in pages:
            if pno > len(pdf.pages):
                continue
            on_page = [i for i, f in enumerate(fields) if f.location.page == pno and f.location.bbox]
            left = min(fields[i].location.bbox[0] for i in on_page)
            page = pdf.pages[pno - 1]
            words = sorted((w for w in page.extract_words() if w["x1"] <= left - 2), key=lambda w: (round(w["top"]), w["x0"]))
            blocks: list[list[dict]] = []
            for w in words:
                if blocks and 0 <= w["top"] - blocks[-1][-1]["top"] <= 1.6 * (w["bottom"] - w["top"]):
                    blocks[-1].append(w)
                else:
                    blocks.append([w])
            heads = [(b[0]["top"], " ".join(x["text"] for x in b)) for b in blocks]
            for k, (top, text) in enumerate(heads):
                if not USE_ONLY.match(text):
                    continue
                end = heads[k + 1][0] if k + 1 < len(heads) else page.height
                for i in on_page:
                    f = out[i]
                    mid = (f.location.bbox[1] + f.location.bbox[3]) / 2
                    if top - 4 <= mid < end - 1 and text not in f.context:
                        out[i] = replace(f, context=f.context + (text,))
    return out


def _spaced_words(path: str, page: int, box: tuple) -> str:
    """The words printed in ``box`` of a page (top-left coordinates), spaced as pdfplumber reads them; ""."""
    try:
        import pdfplumber

        with pdfplumber.open(path, pages=[page]) as pdf:
            p = pdf.pages[0]
            x0, top, x1, bottom = box
            region = p.crop((max(0, x0 - 1), max(0, top - 1), min(p.width, x1 + 1), min(p.height, bottom + 1)))
            return re.sub(r"\s+", " ", region.extract_text() or "").strip()
    except Exception:  # a better spaced label is an improvement; the label stands without it
        return ""


def _is_no_box(segs: list[tuple[Segment, str]], f: Field, fields: list[Field], boxes: list[int]) -> bool:
    """Whether a box of a yes/no pair is its "No": the word printed just right of it ("☐ Yes ☐ No"), else
    its tooltip's own last word or negation ("… offense? No", "If the Applicant has not paid …"), else its
    place — the right one of two boxes on its row."""
    x0, top, x1, bottom = f.location.bbox
    right = [(s.x0, t) for s, t in segs if s.x0 >= x1 - 2 and s.x0 - x1 < 30 and top - 3 <= (s.top + s.bottom) / 2 <= bottom + 3]
    if right:
        word = min(right)[1].strip().lower()
        if re.match(r"(?:no|yes)\b", word):
            return word.startswith("no")
    m = re.search(r"\b(yes|no)\W*$", f.label, re.I)
    if m:
        return m.group(1).lower() == "no"
    if NEGATION_WORDS & set(re.findall(r"[a-z]+", f.label.lower().replace("n't", " not"))):
        return True
    same_row = [fields[k] for k in boxes if fields[k].location.page == f.location.page
                and abs(fields[k].location.bbox[1] - top) < 3]
    return len(same_row) == 2 and x0 == max(g.location.bbox[0] for g in same_row)


#: a yes/no box's tooltip: the question, then the answer the box gives ("… debenture request? yes")
_ANSWER_TAIL = re.compile(r"^(.*\?)\s*(yes|no|y|n)\s*$", re.I | re.S)


def _paired_answers(fields: list[Field], by_page: dict) -> list[Field]:
    """The Yes and No boxes of one printed question, side by side on its row, answer one question. Where their
    tooltips ask two, the one the row prints is theirs: SBA Form 1244 p. 14's "Yes" box beside "If no, is the
    project eligible under the 504 debt refinance alternative job goal?" carries the tooltip of p. 15's "Has the
    CDC had staffing changes since last debenture request?", its "No" box the printed question (review 50 #7).
    (:func:`_copied_tooltips` reads the other way a tooltip is copied: two pairs of one page, far apart, asking one
    question.) Only where the row's print says the one question (half its words or more) and not the other; the box keeps
    its answer ("yes") and the tooltip it had, in its context."""
    out = list(fields)
    boxes = sorted((f.location.page, f.location.bbox[1], i) for i, f in enumerate(fields)
                   if f.kind == "checkbox" and f.label_source == "tooltip" and f.location.bbox
                   and f.location.page in by_page and _ANSWER_TAIL.match(f.label))
    rows: list[list[tuple]] = []
    for b in boxes:  # (the boxes of a row: one page, tops within 3 pt)
        if rows and rows[-1][-1][0] == b[0] and b[1] - rows[-1][-1][1] <= 3:
            rows[-1].append(b)
        else:
            rows.append([b])
    for row in rows:
        page, idx = row[0][0], [i for _, _, i in row]
        if len(idx) != 2:
            continue
        (qa, aa), (qb, ab) = (_ANSWER_TAIL.match(fields[i].label).groups() for i in idx)
        if aa[0].lower() == ab[0].lower() or _question_words(qa) == _question_words(qb):
            continue  # (two boxes of one answer, or one question twice)
        x0 = min(fields[i].location.bbox[0] for i in idx)
        top = min(fields[i].location.bbox[1] for i in idx)
        bottom = max(fields[i].location.bbox[3] for i in idx)
        printed = _question_words(" ".join(t for sg, t in by_page[page]
                                           if sg.x1 <= x0 + 3 and top - 3 <= (sg.top + sg.bottom) / 2 <= bottom + 3))

        def says(q: str) -> bool:
            words = _question_words(q)
            return bool(words) and len(words & printed) / len(words) >= 0.5

        for i, (own, other) in ((idx[0], (qa, qb)), (idx[1], (qb, qa))):
            if says(other) and not says(own):
                f = fields[i]
                answer = _ANSWER_TAIL.match(f.label).group(2)
                out[i] = replace(f, label=f"{other} {answer}", normalized_label=normalize_label(f"{other} {answer}"),
                                 label_source="tooltip-corrected",
                                 context=f.context + (f"tooltip: {f.label}",))
    return out


#: a line that says what to do where the questions below it are answered one way ("If any questions are answered
#: “Yes” please provide details to the Lender in a separate attachment", SBA Form 1919 over its eligibility
#: questions): a heading of their block, for all of them
_BLOCK_INSTRUCTION = re.compile(r"\s*if\s*any\s*(?:of\s*the\s*)?(?:following\s*)?(?:questions?|items?)\s*(?:below\s*)?"
                                # (PDFium may lose the spaces a PDF only positions: "Ifany questions")
                                r"(?:is|are)\s*(?:answered|marked|checked)|\s*(?:다음|아래)\s*(?:질문|항목)\S*\s*중\s*"
                                r"(?:하나라도\s*)?[“\"「]?예", re.I)


def _copied_tooltips(fields: list[Field], by_page: dict, path: str = "") -> list[Field]:
    """Two yes/no box pairs of one page whose tooltips ask the same question, far apart: one pair's tooltip
    was copied from the other's (SBA Form 1919 2023: question 5's boxes say question 6's "If the Applicant
    has paid … a fee"; SBA Form 1244: question 2's say question 3's). The pair whose printed question does
    not say its tooltip takes the printed question, then "Yes" or "No" (:func:`_is_no_box`) — or, where the
    other box of its row says that question, that box's words with the other answer — so that no question
    is asked twice and none is lost (``label_source`` "tooltip-corrected")."""
    boxes = [i for i, f in enumerate(fields) if f.kind == "checkbox" and f.label_source == "tooltip"
             and f.location.page in by_page and f.location.bbox and len(f.label) > 40]
    words = {i: _question_words(fields[i].label) for i in boxes}
    out = list(fields)
    done: set[int] = set()
    for i in boxes:
        for j in boxes:
            if j <= i or i in done or j in done or fields[i].location.page != fields[j].location.page:
                continue
            a, b = words[i], words[j]
            if not a or len(a & b) / len(a | b) < 0.85 or abs(fields[i].location.bbox[1] - fields[j].location.bbox[1]) < 30:
                continue
            segs = by_page[fields[i].location.page]
            said = {k: _printed_question(segs, fields[k].location.bbox) for k in (i, j)}
            fit = {k: len(words[k] & _question_words(said[k])) / max(len(words[k]), 1) for k in (i, j)}
            wrong = min((i, j), key=lambda k: fit[k])
            other = j if wrong == i else i
            if not said[wrong] or fit[wrong] >= 0.3 or fit[other] < 0.5:
                continue
            # the copied pair: this box and its neighbour on the same row
            row = [k for k in boxes if fields[k].location.page == fields[wrong].location.page and
                   abs(fields[k].location.bbox[1] - fields[wrong].location.bbox[1]) < 3 and
                   len(words[k] & words[wrong]) / max(len(words[k] | words[wrong]), 1) >= 0.85]
            asked = _question_words(said[wrong])
            partner = next((fields[k] for k in boxes if k not in row and fields[k].location.page == fields[wrong].location.page
                            and abs(fields[k].location.bbox[1] - fields[wrong].location.bbox[1]) < 3
                            and len(words[k] & asked) / max(len(words[k]), 1) >= 0.5
                            and re.search(r"\b(?:yes|no)\W*$", fields[k].label, re.I)), None)
            # (the question re-read with its spaces where PDFium lost them: "ofthe")
            question = _printed_question(segs, fields[wrong].location.bbox, path, fields[wrong].location.page) \
                if partner is None and path else said[wrong]
            for k in row:
                f = fields[k]
                no = _is_no_box(segs, f, fields, boxes)
                if partner is not None:
                    # the other box of its row says the question, ending "Yes" or "No": this box is its other answer
                    text = re.sub(r"\b(?:yes|no)(\W*)$", ("No" if no else "Yes") + r"\1", partner.label, flags=re.I)
                else:
                    text = f"{question} {'No' if no else 'Yes'}"
                # (the tooltip stays out of the context: its words would name another question's parties)
                out[k] = replace(f, label=text, normalized_label=normalize_label(text), label_source="tooltip-corrected",
                                 confidence=0.8)
                done.add(k)
            done.add(other)
    return out


#: a line's printed instruction to carry its amount to another form's line: "Also, enter this amount on Form 1040,
#: line 40", "Enter here and on Schedule C, line 30", "include on your Schedule D, line 1b"
_CARRIES = re.compile(r"\b(?:enter|include|report)\b[^.;]{0,60}?\bon\b[^.;]{0,30}?\b(?:form|schedule)\s+[\w-]{1,6}\b"
                      r"[^.;]{0,20}?\bline\s+\d", re.I)


def _carried_captions(fields: list[Field], by_page: dict, numbers: dict) -> list[Field]:
    """A numbered line whose tooltip shortens its caption and drops where its amount is carried (Schedule A,
    2013: line 29's tooltip "Is Form 1040, line 38, over $150,000?"; the print goes on "… Also, enter this
    amount on Form 1040, line 40") keeps the printed caption, word for word (``Field.caption``), where that
    caption says so — the form's own cross-reference, which the matcher reads (IRS review 33b #11)."""
    out = list(fields)
    for i, f in enumerate(fields):
        if f.label_source != "tooltip" or not f.line or f.caption or f.kind in ("checkbox", "radio", "signature") \
                or f.location.page not in by_page or not f.location.bbox or _CARRIES.search(f.label):
            continue
        caption = _anchored_caption(by_page[f.location.page] + numbers[f.location.page], f.line, f.location.bbox)
        if caption and _CARRIES.search(caption):
            out[i] = replace(f, caption=caption)
    return out


def _misplaced_line_tooltips(fields: list[Field], by_page: dict, numbers: dict) -> list[Field]:
    """A box whose tooltip names one numbered line while it sits on the row of another: the tooltip was
    copied from that other line's box (IRS Form 1040 TY2013 as PDFlib filled it: the box on line 14, "Other
    gains or (losses)", says "Line 21. Other income. List type and amount"; boxes on lines 56, 58, 63, 64a
    and 71 say "Line 53 …" or "Line 44 …"). The row's line number is the one printed nearest left of the
    box on its row, and the tooltip's line must be printed elsewhere on the page, so a box of a
    two-column page (Schedule C's lines 8 and 18) keeps its own, and the row must print a caption. The box
    is labelled as another box of that line: what exactly it asks the print does not say, so it is never
    the line's own amount — its label holds none of the caption's words, which would make it a second
    "EIC" or "Self-employment tax" for the matcher — and takes no line number ("enter on Form 1040, line 56" means the line's amount
    box; ``label_source`` "tooltip-corrected"; the tooltip stays in its context)."""
    out = list(fields)
    for i, f in enumerate(fields):
        if f.label_source != "tooltip" or not f.line or f.kind in ("checkbox", "radio", "signature") or \
                f.location.page not in by_page or not f.location.bbox:
            continue
        x0, top, _, bottom = f.location.bbox
        nums = numbers[f.location.page]
        row = [(s, t.strip().lower()) for s, t in nums
               if top - 2 <= (s.top + s.bottom) / 2 <= bottom + 2 and s.x1 <= x0 + 2]
        if not row:
            continue
        anchor, here = max(row, key=lambda st: st[0].x1)
        if here.rstrip("abcdefghij") == f.line.rstrip("abcdefghij"):
            continue
        if not any(t.strip().lower() == f.line and not top - 2 <= (s.top + s.bottom) / 2 <= bottom + 2 for s, t in nums):
            continue
        # (a box laid over the caption's own words takes the row's words from the number to the right margin's)
        caption = _anchored_caption(by_page[f.location.page] + nums, here, f.location.bbox) or \
            _row_words(sorted([(anchor, here)] + [(s, t) for s, t in by_page[f.location.page]
                                                  if s.x0 > anchor.x1 and abs((s.top + s.bottom) / 2 - (anchor.top + anchor.bottom) / 2) <= 2],
                              key=lambda st: st[0].x0))
        if not re.search(r"[A-Za-z]{3}", caption):
            continue
        text = f"Line {here}: another box on this line"
        out[i] = replace(f, label=text, normalized_label=normalize_label(text),
                         label_source="tooltip-corrected", line=None, confidence=0.6, kind="text",
                         context=f.context + (f"tooltip: {f.label} (names line {f.line}; the box is on line {here})",))
    return out


def _printed_selection(segs: list[tuple[Segment, str]], bbox) -> str:
    """The instruction printed by a check box on how many of its group to tick — "Check One:" left of
    it, on its row or about one row up or down, "(Check only one box)" just above it — as
    :func:`selection_instruction` reads it; the nearest wins. "" where none is printed near (the boxes of
    one group share what one of them finds: the consolidated form's option groups)."""
    from ..fields.kinds import selection_instruction

    x0, top, x1, bottom = bbox
    mid = (top + bottom) / 2
    best: Optional[tuple[float, str]] = None
    for s, text in segs:
        how = selection_instruction(text)
        if not how:
            continue
        smid = (s.top + s.bottom) / 2
        if s.x1 <= x0 + 3 and abs(smid - mid) <= 14 and x0 - s.x1 < 250:
            d = (x0 - s.x1) + abs(smid - mid) * 2
        elif s.bottom <= top + 1 and top - s.bottom < 24 and s.x0 < x1 + 40 and s.x1 > x0 - 3:
            # (a caption printed in a column to the left is another block's: it counts on the box's row only)
            d = (top - s.bottom) * 2 + max(0.0, s.x0 - x0) * 0.5
        else:
            continue
        if best is None or d < best[0]:
            best = (d, how)
    return best[1] if best else ""


#: a tooltip that names only the kind of datum a box takes, not which one ("date", "please enter amount")
_GENERIC_TOOLTIP = re.compile(r"(?:please\s+)?(?:enter\s+|type\s+|provide\s+)?(?:the\s+|a\s+)?"
                              r"(date|amount|dollar amount|number|percent(?:age)?|rate|name)(?:\s+here)?", re.I)
_BLANK = re.compile(r"_{3,}")
_RUN_ON = re.compile(r"\b(?:of|the|in|on|at|for|to|by|and|or|dated|is|are|was|from|until|beginning)$", re.I)


def _generic_tooltip(f: Field) -> str:
    """The word of a tooltip that names only the kind of datum its box takes ("" for any other field)."""
    if f.label_source != "tooltip" or f.kind in ("checkbox", "radio", "signature"):
        return ""
    m = _GENERIC_TOOLTIP.fullmatch(f.label.strip(" .:"))
    return m.group(1).lower() if m else ""


def _blank_in_sentence(segs: list[tuple[Segment, str]], bbox, word: str) -> str:
    """The printed words around the blank ("____") a box is laid over, as "left ____ right": from the
    end of the blank before it (or the start of its row; the end of the row above when the sentence runs
    on from there) to the next blank or the end of the row — "" where the box is over no printed blank,
    or the words around it do not name the kind of datum the tooltip does."""
    x0, top, x1, bottom = bbox
    row = sorted((s for s, _ in segs if top - 2 <= (s.top + s.bottom) / 2 <= bottom + 4), key=lambda s: s.x0)
    pieces: list[tuple[float, float, str]] = []  # (x0, x1, text) of every character run, blanks apart
    for s in row:
        n = max(len(s.text), 1)
        step = (s.x1 - s.x0) / n
        at = 0
        for part in re.split(r"(_{3,})", s.text):
            if part:
                pieces.append((s.x0 + at * step, s.x0 + (at + len(part)) * step, part))
            at += len(part)
    blanks = [k for k, (a, b, t) in enumerate(pieces) if _BLANK.fullmatch(t)]
    overlap = [(min(b, x1) - max(a, x0), k) for k in blanks for a, b, _ in [pieces[k]] if min(b, x1) > max(a, x0)]
    if not overlap:
        return ""
    k = max(overlap)[1]
    prev = max((j for j in blanks if j < k), default=-1)
    nxt = min((j for j in blanks if j > k), default=len(pieces))
    left = " ".join(t for _, _, t in pieces[prev + 1:k]).strip()
    right = " ".join(t for _, _, t in pieces[k + 1:nxt]).strip()
    if prev < 0 and (not left or _RUN_ON.search(left) is None and len(left.split()) < 2):
        # the sentence runs on from the row above ("… in the principal amount of / ____ Dollars")
        h = max(bottom - top, 6.0)
        above = sorted((s for s, _ in segs if top - 2.2 * h <= (s.top + s.bottom) / 2 < top - 2), key=lambda s: s.x0)
        if above:
            tail = _BLANK.split(" ".join(s.text for s in above))[-1].strip()
            if _RUN_ON.search(tail):
                left = f"{' '.join(tail.split()[-6:])} {left}".strip()
    left = " ".join(left.split()[-10:])
    right = re.sub(r"[$]\s*$", "", re.sub(r"\s+(?:and|or)\s*[$]?\s*$", "", right)).split()
    # what follows the blank belongs to it when short or a unit ("Dollars", "% per annum", "(Lender's
    # Loan)"); a further clause ("in the principal amount …") is the next blank's
    right = right[:4] if len(right) <= 2 or right and right[0][0] in "(%$" else []
    text = re.sub(r"(?<=\w)([$%])", r" \1", re.sub(r"([$%])(?=\w)", r"\1 ", f"{left} ____ {' '.join(right)}"))
    text = re.sub(r"\s+", " ", text).strip()
    stem = {"percentage": "percent", "dollar amount": "amount"}.get(word, word)[:4]
    words = re.sub(r"_+", " ", text).lower()
    if not re.search(r"[A-Za-z]{3}", text.replace("____", "")) or (stem not in words and word not in ("amount", "dollar amount")
                                                       or word in ("amount", "dollar amount") and not re.search(r"amount|\$|dollars|principal|interest|sum", words)):
        return ""
    return text[:_LABEL_MAX]


_CAPTION_PARTS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", re.I)


def _split_shared_captions(fields: list[Field]) -> list[Field]:
    """Boxes side by side under one printed caption that names as many data ("Last name and SSN" over two
    boxes, "City, State and ZIP" over three) take one part each, left to right; the caption stays in the
    context."""
    rows: dict[tuple, list[int]] = {}
    for i, f in enumerate(fields):
        if f.label_source == "printed" and f.location.page and f.location.bbox and f.kind not in ("checkbox", "radio"):
            rows.setdefault((f.location.page, f.label), []).append(i)
    out = list(fields)
    for (_, caption), idx in rows.items():
        if len(idx) < 2:
            continue
        boxes = sorted(idx, key=lambda i: fields[i].location.bbox[0])
        tops = [fields[i].location.bbox[1] for i in boxes]
        if max(tops) - min(tops) > 6:
            continue  # not one row
        parts = [p.strip(" .:") for p in _CAPTION_PARTS.split(caption) if p.strip(" .:")]
        # a short caption of names of data, not a sentence ("the tax year and used more than 50% …") nor a
        # name and its number ("Child's name, #2")
        if len(parts) != len(boxes) or len(caption) > 60 or not all(
                re.match(r"[^\W\d_]{2,}", p) and len(p.split()) <= 4 for p in parts):
            continue
        for i, part in zip(boxes, parts):
            f = fields[i]
            out[i] = replace(f, label=part, normalized_label=normalize_label(part), label_source="printed-part",
                             context=f.context + (caption,), kind=infer_kind(part, f.kind) if f.kind == "text" else f.kind)
    return out


_LINE_NUMBER = re.compile(r"[1-9]\d?[a-z]?")
#: a column caption over one box: a few words naming a datum, not a question or a numbered line
_CAPTION = re.compile(r"[^\W\d_][\w'’/.,&()-]*(?:\s+[\w'’/.,&()-]+){0,4}")
SHARED_TOOLTIP_MAX = 4  # more boxes under one tooltip are a list (rows of one column), not a mix-up


_WHOSE = {"your", "you", "spouse", "spouses", "taxpayer", "taxpayers"}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'s", ""))


def _refines(printed: str, tooltip: str) -> bool:
    """Whether the print beside a box says which of a shared tooltip's boxes it is, in the tooltip's own
    words: "City" of "City, town or post office, state, and ZIP code", "Your social security number" of
    "Spouse's social security number". Other text beside the box (a question, a neighbour's caption) and
    a print that drops the tooltip's row number do not."""
    pw, tw = _words(printed), set(_words(tooltip))
    if not pw or not any(ch.isalpha() for ch in printed) or set(pw) == tw:
        return False
    if any(w.isdigit() for w in tw) and not any(w.isdigit() for w in pw):
        return False  # "Owner/Entity Name Row 1": the row is in the tooltip, not in the print
    if not set(pw) - {"see", "instructions", "if", "any", "the", "and", "or", "of", "a"}:
        return False  # "(see instructions)"
    return set(pw) <= tw | _WHOSE


def _shared_groups(fields: list[Field]) -> list[list[int]]:
    """Positions of the entry boxes of one page that share one tooltip, two to four at a time."""
    groups: dict[tuple, list[int]] = {}
    for i, f in enumerate(fields):
        if f.label_source == "tooltip" and f.kind not in ("checkbox", "radio", "signature") and f.location.page:
            groups.setdefault((f.location.page, f.normalized_label), []).append(i)
    return [g for g in groups.values() if 2 <= len(g) <= SHARED_TOOLTIP_MAX]



def _printed_line_number(segs: list[tuple[Segment, str]], bbox) -> Optional[str]:
    """The line number printed just left of an entry box, on its row ("38 [_____]"), as tax and benefit
    forms print it; None when there is none within a short reach."""
    x0, top, x1, bottom = bbox
    best = None
    for s, text in segs:
        t = text.strip().lower()
        if not _LINE_NUMBER.fullmatch(t) or s.x1 > x0 + 2 or x0 - s.x1 > 40:
            continue
        vmid = (s.top + s.bottom) / 2
        if top - 2 <= vmid <= bottom + 2 and (best is None or s.x1 > best[0]):
            best = (s.x1, t)
    return best[1] if best else None


def _box_left_on_row(fields: list[Field], f: Field) -> bool:
    """Whether another field's box stands left of this one on its row (a line's first box, where this is its
    second)."""
    x0, top, _, bottom = f.location.bbox
    return any(g is not f and g.location.page == f.location.page and g.location.bbox and g.kind not in ("checkbox", "radio")
               and g.location.bbox[2] <= x0 + 2
               and min(bottom, g.location.bbox[3]) - max(top, g.location.bbox[1]) > 0.5 * (bottom - top)
               for g in fields)


def _numbered_phrase(segs: list[tuple[Segment, str]], bbox) -> tuple[str, str]:
    """The phrase printed just left of an entry box, on its row, that ends with the box's line number, the
    number set in one run with the words before it ("… .00 X .32 Enter result > 23 $ [____]"): (the number,
    the words before it — ".00 X .32 Enter result", "" where they hold no letter); ("", "") where there is none."""
    x0, top, _, bottom = bbox
    for s, _ in segs:
        if s.x1 > x0 + 2 or x0 - s.x1 > 40 or not top - 2 <= (s.top + s.bottom) / 2 <= bottom + 2:
            continue
        text = s.text.strip()
        m = re.search(r"(?:^|[\s>])([1-9]\d?[a-z]?)\s*\$?\s*$", text)
        if m:
            before = text[:m.start(1)]
            return m.group(1).lower(), clean_label(before).strip(" >") if re.search(r"[A-Za-z]", before) else ""
    return "", ""


def _label_from_column(fields: list[Field]) -> list[Field]:
    """A field still without a label under a labelled one in the same column is a further line of it
    (a second "State" row)."""
    out = list(fields)
    for i, f in enumerate(out):
        if f.label_source != "name" or not f.location.bbox:
            continue
        x0, top, x1, _ = f.location.bbox
        best = None
        for g in out:
            if g is f or g.label_source == "name" or g.location.page != f.location.page or not g.location.bbox:
                continue
            gx0, _, gx1, gbottom = g.location.bbox
            if gbottom <= top + 1 and top - gbottom < 40 and min(x1, gx1) - max(x0, gx0) > 0.5 * min(x1 - x0, gx1 - gx0):
                if best is None or gbottom > best.location.bbox[3]:
                    best = g
        if best is not None:
            out[i] = replace(f, label=best.label, normalized_label=best.normalized_label, label_source="column",
                             confidence=0.6, kind=best.kind if f.kind == "text" else f.kind)
    return out


_CHECK_HERE = re.compile(r"\bcheck\s+here\b", re.I)


#: words that say what a space of the form is kept for, never what a box asks: "IRS Use Only—Do not write or staple in
#: this space" (Form 1040 2024, beside the tax year's "20__" box: onboarding review 37 #5), "For Official Use Only"
_OFFICE_USE = re.compile(r"\b(?:use\s+only|do\s+not\s+(?:write|staple)|leave\s+(?:this\s+)?blank)\b", re.I)


def _nearby_label(segs: list[tuple[Segment, str]], bbox, is_box: bool,
                  numbers: list[tuple[Segment, str]] = ()) -> str:
    """The printed caption of a widget: left of it, right of it (check boxes), just above it, or
    inside its box. ``segs`` are the page's phrases with their cleaned text, ``numbers`` its line numbers
    printed apart ("4" before "Subtract line 3 …")."""
    x0, top, x1, bottom = bbox
    h = bottom - top
    best: list[tuple[float, str, Segment]] = []
    left: dict[str, Segment] = {}
    for s, text in segs:
        if s.bottom < top - 40 or s.top > bottom + 20 or _OFFICE_USE.search(text):
            continue  # (what a space is kept for — "IRS Use Only—Do not write or staple in this space" — asks nothing)
        vmid = (s.top + s.bottom) / 2
        same_line = top - 2 <= vmid <= bottom + 2
        hover = min(s.x1, x1) - max(s.x0, x0)
        if same_line and s.x1 <= x0 + 3:  # left of the widget
            d = x0 - s.x1
            if d < 450:
                # (a caption on the box's own line that says "check here" points to it across its leader
                # dots — Form 1040 lines 6c and 7 —, before a line's caption just above-left)
                w = (0.2 if _CHECK_HERE.search(text) else 1.6) if is_box else 1.0
                best.append((d * w, text, s))
                left.setdefault(text, s)
        elif same_line and s.x0 >= x1 - 3:  # right: check boxes are labelled after the box
            d = s.x0 - x1
            if d < 200:
                best.append((d * (0.6 if is_box else 3.0) + (0 if is_box else 100), text, s))
        elif s.bottom <= top + 0.6 * h and s.top >= top - 30 and hover > 0.3 * min(s.x1 - s.x0, x1 - x0):
            d = max(top - s.bottom, 0)  # above, or a caption printed at the top of the box
            # (one printed flush with the box's left edge heads its column: "Address" over W-4 Step 1's box,
            # before the margin heading "Personal Information" beside it — onboarding review 37 #5)
            best.append((d * 1.5 + (1 if abs(s.x0 - x0) <= 4 and not is_box else 4), text, s))
        elif is_box and s.x1 <= x0 + 3 and 0 <= top - s.bottom < 14:
            best.append(((top - s.bottom) * 1.5 + (x0 - s.x1) * 0.4 + 10, text, s))  # a question just above-left
        elif s.top >= top - 1 and s.bottom <= bottom + 1 and s.x0 >= x0 - 1 and s.x1 <= x1 + 1:
            best.append((2.0, text, s))  # printed inside the box
    if not best:
        return ""
    best.sort(key=lambda t: t[0])
    # an enumerator alone ("(a)", "C") is a weaker label than the words beside it
    words = [t for t in best if not _ENUMERATOR.fullmatch(t[1])]
    _, text, seg = (words or best)[0]
    if text in left and not is_box:
        caption = _line_item_caption(list(segs) + list(numbers), left[text], bbox)
        if caption:
            return caption[:_CAPTION_MAX]
    return _sentence_start(segs, seg, text)[:_LABEL_MAX]


#: a gap on a line wider than this (points) parts two columns of a table rather than two phrases of a sentence
_COLUMN_GAP = 30


def _sentence_start(segs: list[tuple[Segment, str]], seg: Segment, text: str) -> str:
    """A caption that starts in the middle of a sentence ("is attached", "use during off-duty hours?") with
    its start: the phrase before it on its line ("Check the box if Form D-2210" | "is attached", printed with
    a gap) — unless more than ``_COLUMN_GAP`` points part them and words stand over its own column, which then
    start it ("(2) Social security" over "number", not "Last name" far left) —, else the row just above it over
    the same column ("Was the vehicle available for personal"),
    at most twice. A caption that starts as one (a capital, a number, a bracket) is returned as it is."""
    s = seg
    for _ in range(2):
        if not re.match(r"[a-z]{2}", text):
            break
        mid = (s.top + s.bottom) / 2
        before = [(g, u) for g, u in segs if g.x1 <= s.x0 + 1 and abs((g.top + g.bottom) / 2 - mid) < 3]
        # (a row above may touch or overlap this one by a point: "First date of" over "employment", W-4)
        above = [(g, u) for g, u in segs if -1 <= s.top - g.bottom < 6 and min(g.x1, s.x1) - max(g.x0, s.x0) > 0
                 and g.top < s.top - 2]
        near = max(before, key=lambda gu: gu[0].x1) if before else None
        if near is not None and above and s.x0 - near[0].x1 > _COLUMN_GAP:
            # a phrase far left on the line is another column's ("Last name" | … | "number" under "(2) Social
            # security"): the words over the same column start the caption (Form 1040's dependents table)
            near = None
        if near is not None:
            s, start = near
        elif above:
            s, start = max(above, key=lambda gu: gu[0].bottom)
        else:
            break
        text = f"{start} {text}"
    return text


def _group_caption(segs: list[tuple[Segment, str]], bbox) -> str:
    """The question of a group of buttons, from its first button's box: the words left of it on its line
    ("Filing status", "Mark one refund choice:"), with the start of their sentence from the row above where
    they begin in the middle of one ("…personal" / "use during off-duty hours?"); else a caption just above
    that starts as one ("16 Deduction type. … Fill in which type:"); else "" — never the words right of the
    box, which are its option ("Single,")."""
    x0, top, x1, bottom = bbox
    h = bottom - top

    def same_line(s: Segment) -> bool:
        return top - 2 <= (s.top + s.bottom) / 2 <= bottom + 2

    left = [(s, t) for s, t in segs if same_line(s) and s.x1 <= x0 + 3 and x0 - s.x1 < 450]
    if left:
        s, text = max(left, key=lambda st: st[0].x1)
        text = _sentence_start(segs, s, text)
        # (a sub-line's letters before its words: "a c Type" is the type)
        return re.sub(r"[\s.]+$", "", re.sub(r"^(?:[a-z]\s+)+(?=\S{2})", "", text))[:_LABEL_MAX]
    above = [(s, t) for s, t in segs if s.bottom <= top + 0.6 * h and s.top >= top - 30
             and min(s.x1, x1) - max(s.x0, x0) > 0.3 * min(s.x1 - s.x0, x1 - x0)]
    if above:
        s, text = max(above, key=lambda st: st[0].bottom)
        if top - s.bottom < 14 and re.match(r"[A-Z0-9]", text):
            return re.sub(r"[\s.]+$", "", text)[:_LABEL_MAX]
    return ""


#: (never the word "No" beside a box: "☐ Yes ☐ No" — Form 1040's digital-asset question, onboarding review 37 #5)
_ENUMERATOR = re.compile(r"(?![Nn][Oo]$)\(?[A-Za-z0-9]{1,2}[.)]?\)?")
_LABEL_MAX = 120
_CAPTION_MAX = 200  # a numbered line's caption over several rows: its carry-over sits at its end
#: a numbered line's caption starts with its number: "35 Allowable expenses …", "4 Subtract line 3 …"
_ITEM_START = re.compile(r"[1-9]\d?[a-z]?\s+\(?[A-Za-z]")
_SUB_LINE = re.compile(r"[a-z]\s+[\w(]")
_ITEM_ROWS = 2  # a caption continued over at most this many rows above the box's row


def _row_words(row: list[tuple[Segment, str]]) -> str:
    """A printed row's words, left to right, as far as they run on without a wide gap (dot leaders, an
    arrow, the box's own number come after one)."""
    out, end = [], None
    for s, t in row:
        if end is not None and s.x0 - end > 25:
            break
        out.append(t)
        end = s.x1
    return " ".join(out)


def _anchored_caption(segs: list[tuple[Segment, str]], line: Optional[str], box: tuple) -> str:
    """The caption of the numbered line a box is known to belong to (its tooltip says "Line 11"): from
    that number, printed at the left of the line, to the row of the box, in the line's column — "" where
    the number is not printed just above or beside the box."""
    if not line:
        return ""
    x0, top, _, bottom = box
    anchors = [s for s, t in segs if (t.lower() == line or t.lower().startswith(line + " ")) and s.x1 < x0 - 40
               and top - 60 <= s.top <= bottom + 2 and (s.top + s.bottom) / 2 <= bottom + 2]
    if not anchors:
        return ""
    a = max(anchors, key=lambda s: (s.top, -s.x0))
    h = max(a.bottom - a.top, 4.0)
    inside = sorted(((s, t) for s, t in segs if t and s.x0 >= a.x0 - 2 and s.x1 <= x0 + 3
                     and a.top - 1 <= (s.top + s.bottom) / 2 <= bottom + 2
                     and not (_LINE_NUMBER.fullmatch(t) and s.x0 >= x0 - 40)),
                    key=lambda st: ((st[0].top + st[0].bottom) / 2, st[0].x0))
    rows: list[list[tuple[Segment, str]]] = []
    for s, t in inside:
        mid = (s.top + s.bottom) / 2
        first = rows[-1][0][0] if rows else None
        # one row: middles close, or most of the smaller run beside the other (a checkbox's caption in a
        # smaller type, "6 Add Lines 3, 4 and 5. Fill in if loss", sits a little higher than the line's words)
        if first and (abs(mid - (first.top + first.bottom) / 2) <= 0.35 * h or min(s.bottom, first.bottom) - max(s.top, first.top)
                      > 0.5 * min(s.bottom - s.top, first.bottom - first.top)):
            rows[-1].append((s, t))
        else:
            rows.append([(s, t)])
    out: list[str] = []
    for k, row in enumerate(rows):
        row.sort(key=lambda st: st[0].x0)
        first = row[0][1]
        if k and abs(row[0][0].x0 - a.x0) <= 2 and re.match(r"[1-9]\d?[a-z]?\b", first):
            break  # the next line starts
        out.append(_row_words(row))
    text = re.sub(r"^(\S+) \1\b", r"\1", " ".join(out).strip())  # "1a 1a Net farm profit": printed twice
    return text[:_CAPTION_MAX] if re.search(r"[A-Za-z]{3}", text) else ""


def _line_item_caption(segs: list[tuple[Segment, str]], last: Segment, box: tuple) -> str:
    """The whole caption of a numbered line printed over several rows, its box beside one of them ("35
    Allowable expenses for business use of your home. Subtract line 34 from line 33. Enter here / and on
    Schedule C, line 30"; "6 Add the amounts on line 5. Enter the total here and on Form 1040A, or Form /
    1040, line 9a"): the rows of the caption's column from the one that starts with the line's number down
    to the last the box reaches — or "" when no such numbered row is just above (a paragraph, a column
    heading, a line of its own: the row beside the box stays the label)."""
    x0, top, _, bottom = box

    def row_of(y_top: float, y_bottom: float) -> list[tuple[Segment, str]]:
        # the one printed row nearest the band's inner edge: two rows set close together are not one
        inside = [(s, t) for s, t in segs if t and y_top <= (s.top + s.bottom) / 2 <= y_bottom
                  and s.x1 <= x0 + 3 and s.x1 > last.x0 - 30]
        if not inside:
            return []
        up = y_bottom < last.top
        mid = (max if up else min)((s.top + s.bottom) / 2 for s, _ in inside)
        return sorted(((s, t) for s, t in inside if abs((s.top + s.bottom) / 2 - mid) <= 0.35 * h),
                      key=lambda st: st[0].x0)

    def numbered(row: list[tuple[Segment, str]]) -> bool:
        return bool(row) and bool(_ITEM_START.match(" ".join(t for _, t in row)))

    def own_line(row: list[tuple[Segment, str]]) -> bool:
        # a row with its own line number printed at the entry column ("2 Total area of home . . . 2")
        return any(_LINE_NUMBER.fullmatch(t) and s.x0 >= x0 - 40 for s, t in row)

    if _SUB_LINE.match(clean_label(last.text)):
        return ""  # "c 40-year": a lettered sub-line of its own
    h = last.bottom - last.top
    here = [st for st in row_of(last.top, last.bottom) if st[0].x1 <= last.x1 + 1]
    rows = [here]
    if not numbered(here):
        for _ in range(_ITEM_ROWS):
            up = row_of(rows[0][0][0].top - 1.6 * h, rows[0][0][0].top - 0.2 * h) if rows[0] else []
            if not up or not any(s.x0 <= last.x0 + 3 for s, _ in up) or own_line(up):
                return ""
            rows.insert(0, up)
            if numbered(up):
                break
        else:
            return ""
    # rows below that the box still reaches, in the caption's column ("1040, line 9a")
    below_top = last.bottom
    while True:
        down = [st for st in row_of(below_top + 0.2 * h, below_top + 1.6 * h) if abs(st[0].x0 - last.x0) <= 3
                or st[0].x0 > last.x0]
        if not down or not any(abs(s.x0 - last.x0) <= 3 for s, _ in down) or \
                (down[0][0].top + down[0][0].bottom) / 2 > bottom + 2:
            break
        rows.append(down)
        below_top = max(s.bottom for s, _ in down)
    if len(rows) == 1:
        return ""
    return " ".join(w for w in map(_row_words, rows) if w)



# ------------------------------------------------------------------ flat pages

def flat_layout(path: str, rel: str, max_pages: Optional[int] = None, pages: Optional[list[int]] = None) -> Layout:
    """Lines and tables of every page of a flat (non-fillable) PDF (``pages``: the 0-based pages to
    read, a page the tree names again read once; at most ``Limits.layout_pages``)."""
    import pypdfium2 as pdfium
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    max_pages = max_pages or current().layout_pages
    pdf = pdfium.PdfDocument(path)
    blocks: list = []
    table_no = 0
    try:
        n = len(pdf)
        wanted = [i + 1 for i in pages if i < n] if pages else range(1, n + 1)
        for pno in list(wanted)[:max_pages]:
            page = pdf[pno - 1]
            try:
                height = page.get_height()
                segs = page_segments(page, height)
                edges = page_edges(page, height)
            finally:
                page.close()
            placed: list[tuple[float, object]] = []
            used: set[int] = set()
            if edges:
                edges = merge_edges(edges, 3, 3, 3, 3)
                edges += _closing_edges(edges)
                cells = intersections_to_cells(edges_to_intersections(edges, 3, 3))
                for tcells in cells_to_tables(cells):
                    if len(tcells) < 2:
                        continue
                    table_no += 1
                    table = _table_from_cells(tcells, segs, used, table_no, pno)
                    placed.append((min(c[1] for c in tcells), table))
            rest = [s for i, s in enumerate(segs) if i not in used]
            for k, line in enumerate(group_lines(rest), 1):
                bbox = (min(s.x0 for s in line), min(s.top for s in line), max(s.x1 for s in line),
                        max(s.bottom for s in line))
                placed.append((bbox[1], Line(text=line_text(line), index=k, page=pno,
                                             bbox=tuple(round(v, 1) for v in bbox))))
            placed.sort(key=lambda t: t[0])
            blocks += [b for _, b in placed]
    finally:
        pdf.close()
    return Layout(blocks=tuple(blocks), page_count=n)


def _closing_edges(edges: list[dict]) -> list[dict]:
    """Korean forms often leave out a table's outer left and right borders. Where horizontal rules
    start (or end) at the same x and an inner vertical rule shows the band between them is a table
    row, add the missing side."""
    hs = [e for e in edges if e["orientation"] == "h"]
    vs = [e for e in edges if e["orientation"] == "v"]
    out = []
    for end in ("x0", "x1"):
        groups: dict[int, list[dict]] = {}
        for e in hs:
            groups.setdefault(round(e[end] / 2), []).append(e)
        for group in groups.values():
            if len(group) < 2:
                continue
            group.sort(key=lambda e: e["top"])
            x = sum(e[end] for e in group) / len(group)
            if any(abs(v["x0"] - x) < 3 for v in vs if v["top"] <= group[0]["top"] + 1 and v["bottom"] >= group[-1]["top"] - 1):
                continue
            for a, b in zip(group, group[1:]):
                top, bottom = a["top"], b["top"]
                if bottom - top < 4 or bottom - top > 250:
                    continue
                inner = any(v["top"] <= top + 2 and v["bottom"] >= bottom - 2 and
                            min(a["x1"], b["x1"]) > v["x0"] > max(a["x0"], b["x0"]) for v in vs)
                if inner:
                    out.append({"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0, "height": bottom - top,
                                "orientation": "v", "object_type": "line"})
    return out


def _table_from_cells(tcells, segs: list[Segment], used: set[int], index: int, pno: int) -> Table:
    # a rule drawn double (or as a thin filled bar) leaves a sliver "cell" between its two strokes: no room
    # for anything, and it would take the grid position of the cell beside it
    tcells = [c for c in tcells if c[2] - c[0] >= 2 and c[3] - c[1] >= 2] or tcells
    xs = sorted({round(v, 0) for c in tcells for v in (c[0], c[2])})
    ys = sorted({round(v, 0) for c in tcells for v in (c[1], c[3])})

    def pos(vals, v):
        return min(range(len(vals)), key=lambda i: abs(vals[i] - v))

    cells = []
    for (x0, top, x1, bottom) in sorted(tcells, key=lambda c: (round(c[1]), c[0])):
        inside = []
        for i, s in enumerate(segs):
            if i in used:
                continue
            cx, cy = (s.x0 + s.x1) / 2, (s.top + s.bottom) / 2
            if x0 <= cx <= x1 and top <= cy <= bottom:
                inside.append(s)
                used.add(i)
        lines = group_lines(inside)
        texts = [line_text(line) for line in lines]
        if len(lines) == 1 and texts[0]:
            first, last = lines[0][0], lines[0][-1]
            h = max(first.height, 4.0)
            used_w = last.x1 - first.x0
            if first.x0 - x0 < 3 * h and x1 - last.x1 > max(4 * h, 1.2 * used_w) and bottom - top < 60:
                texts[0] += "\t"  # "명칭(상호)" printed top-left, the rest of the cell left for the answer
        text = "\n".join(texts)
        r0, r1 = pos(ys, top), pos(ys, bottom)
        c0, c1 = pos(xs, x0), pos(xs, x1)
        cells.append(Cell(row=r0, col=c0, text=text, rowspan=max(r1 - r0, 1), colspan=max(c1 - c0, 1),
                          bbox=(round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1)), height=bottom - top,
                          width=x1 - x0))
    return Table.of(index, cells, page=pno)
