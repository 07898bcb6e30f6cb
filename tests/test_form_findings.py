"""Identifiers their issuer has retired, still asked by printed forms (concepts' ``retired``; review 50 #7); and the
sign-off each of several signers writes (review 50 #12)."""
import pytest

from formslim.errors import FormslimError
from formslim.knowledge import load_knowledge
from formslim.pipeline import analyze

from .conftest import SAMPLES, corpus_package, needs_corpus


@needs_corpus
def test_a_form_that_asks_the_retired_duns_number_is_a_printed_finding(tmp_path):
    """SBA Form 1244 asks a "DUNS Number" of the applicant and of the operating company; the federal government
    stopped using it on 4 April 2022 for SAM.gov's UEI. The legal review of the forms as they stand says so once,
    with the form, its boxes, the replacement and the source — and the point is the printed forms', not the plan's."""
    pkg = corpus_package(tmp_path / "pkg", "sba-buddy/SBA_1244.pdf")
    a = analyze([pkg], cache=None)
    lines = [x for x in a.form["legal_review_printed"] if "retired" in x]
    assert len(lines) == 1, a.form["legal_review_printed"]
    assert "2 × 'DUNS Number'" in lines[0] and "2022-04-04" in lines[0] and "Unique Entity ID" in lines[0]
    assert "GSA" in lines[0] and "SBA Form 1244" in lines[0]


def test_a_user_can_retire_an_identifier_and_a_malformed_entry_is_refused(tmp_path):
    """``retired`` is knowledge: a user's file may retire a datum (here a Korean sample package's business phone);
    its date must be YYYY-MM-DD and it must name its source. (A phone number retired only to try the mechanism on a
    package that asks one.)"""
    kb = load_knowledge()
    fax = kb.concepts["org.phone"]
    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "retired.yaml").write_text(
        "concepts:\n"
        f"  - id: {fax.id}\n    subject: {fax.subject}\n    kind: {fax.kind}\n"
        f"    ko: [{', '.join(fax.ko)}]\n"
        "    source: test\n"
        "    retired: {since: '2020-01-01', replacement: 전자우편, source: 'a test of the vocabulary'}\n",
        encoding="utf-8")
    a = analyze([SAMPLES / "kr-sme-support"], knowledge=[tmp_path / "k"], cache=None)
    asked = [fp for fp in a.plan.fields if fp.concept == fax.id and fp.action not in ("registry", "removed", "form_fills")]
    lines = [x for x in a.form["legal_review_printed"] if "폐지된 식별번호" in x]
    assert asked and len(lines) == 1 and "전자우편" in lines[0] and "2020-01-01" in lines[0], a.form["legal_review_printed"]
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "retired.yaml").write_text(
        "concepts:\n  - id: x.y\n    subject: person\n    retired: {since: 'April 2022', source: s}\n", encoding="utf-8")
    with pytest.raises(FormslimError, match="retired must be"):
        load_knowledge([tmp_path / "bad"])


@needs_corpus
def test_the_sign_off_of_several_signers_is_one_row_per_signer_not_one_datum_asked_again(tmp_path):
    """SBA Form 1244 page 11 holds the signature blocks of two authorised representatives and five Associates, page 5
    the Associate's of Section Two: eight "Date (mm/dd/yyyy)" written by as many signers. The question protocol says
    one per signer, not "×7" as before — and the tooltip's cut bracket is closed (review 50 #12)."""
    from formslim.report.redesign import protocol_rows

    pkg = corpus_package(tmp_path / "pkg", "sba-buddy/SBA_1244.pdf")
    a = analyze([pkg], cache=None)
    data = [r["datum"] for r in protocol_rows(a)]
    assert "Date (mm/dd/yyyy) (one per signer: 8 signature blocks)" in data, [d for d in data if "Date" in d]
    assert not [d for d in data if d.startswith("Date (mm/dd/yyyy") and "×" in d]
    assert "Print Name (one per signer: 6 signature blocks)" in data
    # (a heading a row is named by is cut at a word, never inside its bracket: "Applicant Name (Eligible Passive Compan…")
    headed = [d.split(" · ")[0] for d in data if " · " in d]
    assert headed and not [h for h in headed if h.count("(") != h.count(")")], headed


@needs_corpus
def test_why_a_question_is_asked_quotes_what_the_form_prints(tmp_path):
    """SBA Form 1244 prints why: "If yes, the Applicant is not eligible for SBA assistance" after Section Two's
    question 2, "If yes, please provide relevant documents as a part of Exhibit 28" after question 3, and over its
    demographic table "This data is collected for program reporting purposes only. Disclosure is voluntary …". The
    question protocol's "why" quotes them — the supporting statement's purpose and use, in the form's words — where
    it said "asked by the programme" or "its purpose for the agency to state" (review 50 #12)."""
    from formslim.report.redesign import protocol_rows

    pkg = corpus_package(tmp_path / "pkg", "sba-buddy/SBA_1244.pdf")
    a = analyze([pkg], cache=None)
    why = {r["datum"]: r["why"] for r in protocol_rows(a)}
    indictment = next(v for k, v in why.items() if k.startswith("2. Are you presently subject to an indictment"))
    assert indictment == "as the form prints it: “If yes, the Applicant is not eligible for SBA assistance”"
    arrested = next(v for k, v in why.items() if k.startswith("Have you been arrested in the last 6 months"))
    assert "Exhibit 28" in arrested
    assert why["Gender"].startswith("as the form prints it: “This data is collected for program reporting purposes only.")
    assert "Disclosure is voluntary" in why["Gender"]
    # (one question, one row: its Yes and No boxes' tooltips spell it "1. Do you …? Yes" and "1.Do you …? No")
    owned = [k for k in why if "ownership interest in any other entity" in k and not k.startswith("Initials")]
    assert len(owned) == 1 and owned[0].endswith(("Yes / No", "No / Yes")), owned
    # the legal point on race, sex and ethnicity (12 CFR 1002.5(b)) quotes what the form tells the person about answering
    ecoa = next(x for x in a.form["legal_review_printed"] if "1002.5(b)" in x)
    assert "the form tells the person: “Disclosure is voluntary and has no bearing on the credit decision.”" in ecoa


def test_a_heading_naming_a_row_is_cut_at_a_word_never_inside_its_bracket_and_never_to_nothing():
    from formslim.report.redesign import _clip_heading

    assert _clip_heading("Applicant Name (Eligible Passive Company, if applicable)") == "Applicant Name"
    assert _clip_heading("Eligible Passive Company (EPC) Ownership (if applicable)") == "Eligible Passive Company (EPC) Ownership"
    # (a heading that is all bracket keeps its words, cut at one, not an empty name)
    assert _clip_heading("(if Applicant is an EPC, list the operating company owners and percentages here)") \
        == "(if Applicant is an EPC, list the operating…"
    assert _clip_heading("2-2. 목표시장(고객) 분석") == "2-2. 목표시장(고객) 분석"


def test_a_number_the_agency_assigns_must_say_where_that_is_written(tmp_path):
    """``assigned_by_agency`` is knowledge with its source: an entry without one is refused by name."""
    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "bad.yaml").write_text(
        "concepts:\n  - id: application.test_no\n    subject: application\n    kind: text\n    ko: [시험번호]\n"
        "    source: test\n    assigned_by_agency: yes\n", encoding="utf-8")
    with pytest.raises(FormslimError, match="assigned_by_agency"):
        load_knowledge([tmp_path / "k"])
    assert load_knowledge().concepts["application.contract_no"].assigned_by_agency["source"]


def test_a_question_put_to_you_is_about_the_one_who_answers_it():
    """"Are you presently suspended, debarred … by any Federal Department or agency?", "Initials for 2. Are you … If
    yes, the Applicant is not eligible": the party a clause names (the debarring agency, the applicant the consequence
    falls on) is not whose datum it is — "you" is. "Do you or your spouse …" is left as it reads."""
    from formslim.match.reading import read_label

    kb = load_knowledge()
    for label in ("Are you presently suspended, debarred, proposed for debarment, declared ineligible, or voluntarily "
                  "excluded from participation in this transaction by any Federal Department or agency? Yes",
                  "Initials for 2. Are you presently subject to an indictment? If yes, the Applicant is not eligible",
                  "If you are a 50% or more owner of the Applicant, are you more than 60 days delinquent on child support"):
        r = read_label(label, kb)
        assert (r.role, r.role_from) == ("applicant", "you"), (label, r.role, r.role_from)
    assert read_label("Do you or your spouse own a business?", kb).role == "spouse"
    assert read_label("9. Has the Applicant or any affiliated company of the Applicant been debarred?", kb).role_from == "label"


@needs_corpus
def test_section_twos_questions_name_no_other_party_as_their_subject():
    """SBA Form 1244 Section Two: its yes/no questions to "you" read no subject from the agency or the applicant their
    clauses name (the fields' ``subject`` was "issuer" for the debarment question)."""
    from formslim import read_document

    from .conftest import CORPUS

    doc = read_document(CORPUS / "sba-buddy" / "SBA_1244.pdf")
    fields = [f for d in (doc.parts or (doc,)) for f in d.fields]
    debarred = [f for f in fields if "presently suspended, debarred" in f.label]
    assert debarred and all(f.subject is None for f in debarred), [(f.label[:40], f.subject) for f in debarred]
