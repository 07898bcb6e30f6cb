"""A tax return read by a desk officer (IRS review 56, on the TY2013 Form 1040 package) and an SBA 7(a) package by a
loan officer (review 57): the direction of a printed flow, whose account and whose number, savings only some filers
have, and a brief that says where its figures come from. Each test fails on the code before session 53."""
import pytest

from formslim import read_document
from formslim.model import Field, Location
from formslim.parse.parties import with_block_parties
from formslim.pipeline import analyze
from formslim.reduce.verdict import required_minutes

from .conftest import CORPUS, corpus_package, needs_corpus


@pytest.fixture(scope="module")
def irs():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return analyze([CORPUS / "irs-1040pkg-pdflib"])


def _plan_field(a, file: str, starts: str):
    return next(x for x in a.plan.fields if x.file == file and x.label.startswith(starts))


@needs_corpus
def test_a_line_that_carries_its_figure_on_is_where_the_figure_is_worked_out(irs):
    """Form 2441 line 11 ("Enter the smaller of line 9 or line 10 here and on Form 1040, line 48") works the credit
    out: the return's line 48 is filled from it, not the other way; Schedule C line 30 ("… the amount to enter on
    line 30": its own line) takes Form 8829's line 35 ("Enter here and on Schedule C, line 30")."""
    credit = _plan_field(irs, "F2441.pdf", "Line 11. Credit for child")
    line48 = _plan_field(irs, "F1040.pdf", "Line 48. Credit for child")
    assert credit.action == "ask" and line48.action == "drop_duplicate" and line48.source == credit.field
    home = _plan_field(irs, "F8829.pdf", "35 Allowable expenses")
    line30 = _plan_field(irs, "FSCHC.pdf", "Line 30. Expenses for business use")
    assert home.action == "ask" and line30.action == "drop_duplicate" and line30.source == home.field
    # "Credit for child and dependent care expenses" is the filer's credit, no dependant's datum
    assert line48.role is None


@needs_corpus
def test_a_copy_changed_by_other_amounts_and_an_account_for_another_purpose_are_put_to_review(irs):
    """Form 8829 line 8 takes "the amount from Schedule C, line 29, plus any gain … minus any loss …": that figure only
    where there are none. Form 4868's "Routing number" under "Electronic Withdrawal of Tax Due" is the account a payment
    is taken from; the 1040's line 74b the account a refund is paid into. Both were certain links."""
    links = {frozenset((l.a, l.b)): l for l in irs.match.links}
    line8 = _plan_field(irs, "F8829.pdf", "Line 8. Enter the amount from Schedule C")
    line29 = _plan_field(irs, "FSCHC.pdf", "Line 29. Tentative profit")
    link = links[frozenset((line8.field, line29.field))]
    assert link.status == "review" and any("plus other amounts" in e for e in link.evidence), link
    routing = _plan_field(irs, "F4868.pdf", "Routing number")
    assert irs.match.fields[routing.field].heading == "Electronic Withdrawal of Tax Due"
    refund = _plan_field(irs, "F1040.pdf", "Line 74b. Routing number")
    link = links[frozenset((routing.field, refund.field))]
    assert link.status == "review" and any("'withdrawal'" in e for e in link.evidence), link
    # (the review queue puts the links the forms print before those that only read alike)
    queue = [l.rule for l in irs.match.queue]
    assert "M-XREF" in queue and queue.index("M-XREF") == 0


@needs_corpus
def test_a_total_carried_to_one_of_three_lines_by_a_box_links_each_column_in_its_case(irs):
    """Form 8949 line 2: "Enter each total here and include on your Schedule D, line 1 (if Box A above is checked),
    line 2 (if Box B …), or line 3 (if Box C …)": each of its four columns goes to the same column of one of Schedule
    D's lines — 1b, the one of 1a and 1b with four columns — in that line's case only: review links, never certain."""
    by_id = irs.match.fields
    links = [l for l in irs.match.links if {irs.match.doc_of[l.a], irs.match.doc_of[l.b]} == {"F8949ST.pdf", "FSCHD.pdf"}
             and l.rule == "M-XREF"]
    assert len(links) == 12 and all(l.status == "review" for l in links)
    proceeds = next(f for f in by_id.values() if irs.match.doc_of[f.id] == "F8949ST.pdf"
                    and f.label.startswith("(d) Proceeds") and "_2 Totals" in f.label)
    first = min((x for x in by_id.values() if irs.match.doc_of[x.id] == "FSCHD.pdf" and x.line == "1b"),
                key=lambda x: x.location.bbox[0])
    link = next(l for l in links if {l.a, l.b} == {proceeds.id, first.id})
    assert any(e.endswith("only if Box A above is checked") for e in link.evidence), link


@needs_corpus
def test_the_return_takes_schedule_ds_gain_or_its_loss_each_in_its_case(irs):
    """Form 1040 line 13 takes Schedule D line 16 "If line 16 is a gain" — a sentence printed below the line's box, not
    in its caption — and line 21 "If line 16 is a loss": each is that line only in its case, so neither is certain
    (the gain's flow had been missed, the loss's asserted; IRS review 56 #3)."""
    d = next(x for x in irs.package.documents if x.path == "FSCHD.pdf")
    assert d.printed_carries == ("If line 16 is a gain, enter the amount from line 16 on Form 1040, line 13",)
    line13 = _plan_field(irs, "F1040.pdf", "13 Capital gain")
    links = {irs.match.fields[l.b if l.a == line13.field else l.a].line: l for l in irs.match.links
             if line13.field in (l.a, l.b) and l.rule == "M-XREF"}
    assert links["16"].status == "review" and any(e.startswith("only if line 16 is a gain") for e in links["16"].evidence)
    assert links["21"].status == "review" and any("only if line 16 is a loss" in e for e in links["21"].evidence)
    assert line13.action == "ask"


@needs_corpus
def test_schedule_se_asks_the_proprietors_number_not_the_first_named_filers(irs):
    """Schedule SE's "Social security number of person with self-employment income" is the proprietor's — on a joint
    return either spouse, each filing their own —: filled from Schedule C's owner, not from the return's taxpayer."""
    se = _plan_field(irs, "FSCHSELS.pdf", "Social security number")
    assert se.role == "owner" and irs.match.doc_of[se.source] == "FSCHC.pdf"


@needs_corpus
def test_a_line_filled_from_a_schedule_only_some_file_is_still_every_filers_question(irs):
    """Seven of the return's lines the plan fills from Schedules B, C, D, SE and A (and one from Form 2441) are filled
    so only for those who file them: every other filer still answers them. Counted as asked on the required basis —
    the all-documents figures, of one who files everything, keep the saving — and said as an assumption."""
    from formslim.report.redesign import summary

    s = summary(irs)
    main = next(d for d in irs.plan.documents if d.file == "F1040.pdf")
    some = [fp for fp in irs.plan.fields if fp.file == "F1040.pdf" and fp.action == "drop_duplicate"
            and next(d for d in irs.plan.documents if d.file == irs.match.doc_of[fp.source]).condition]
    assert len(some) >= 7
    assert s["fields_required_after"] == main.fields_after + len(some)
    assert s["fields_after"] == sum(d.fields_after for d in irs.plan.documents) + s["fields_added"]
    after = next(d for d in irs.burden.after if d.file == "F1040.pdf")
    assert after.required_minutes is not None and after.required_total > after.total
    assert required_minutes(irs.plan, irs.burden.after) >= after.required_total
    assert any(x.startswith("answers the plan fills from a document only some applicants file (")
               for x in irs.burden.assumptions)
    assert any("arithmetic the proposed form does" in x for x in irs.burden.assumptions)


@needs_corpus
def test_the_returns_report_speaks_of_its_collection_and_its_own_records(irs):
    """The brief names every form (a return's schedules in one line, none behind "… +4"), the approval numbers the
    forms print, and where the minutes come from; a return's respondent is a filer; the IRS's own transcript channels
    are no registries "not open" to it; the forms under one OMB number are one point for the legal reviewer, naming
    the jurat's co-signer; form.json is no "Consolidated application form" with no sections."""
    from formslim.report.i18n import t
    from formslim.report.redesign import brief, brief_rows, files_not_applies

    br = brief(irs)
    listed = " ".join(br["package"])
    for name in ("Form 1040", "Schedule C", "Schedule D", "Schedule SE", "Form 8949"):
        assert name in listed, listed
    rows = dict(brief_rows(irs, br["summary"], lambda k, **kw: t("en", k, **kw)))
    assert rows["Approval number(s) the forms print (OMB)"].startswith("1545-0074 (Form 1040, ")
    assert "1545-0172 (Form 4562)" in rows["Approval number(s) the forms print (OMB)"]
    assert rows["Where the minutes and cost come from"].startswith("modelled, not measured: Germany's SCM")
    assert files_not_applies(irs) and "Documents every filer submits" in rows
    assert not any("registries not open to Internal Revenue Service" in x for x in irs.plan.assumptions)
    assert any(x.startswith("the records Internal Revenue Service holds itself") for x in irs.plan.assumptions)
    review = irs.form["legal_review"]
    assert sum("1545-0074" in x for x in review) == 1
    assert any("the signatures of the filer and of the spouse ('If a joint return, both must sign')" in x for x in review)
    assert irs.form["title"].endswith("changes to the forms as they stay (no consolidated form)")
    main = next(x for x in irs.plan.decisions if x.rule == "K-MAIN-FORM")
    assert main.evidence[0].startswith(f"{next(d for d in irs.plan.documents if d.file == 'F1040.pdf').fields_before} questions")


@needs_corpus
def test_a_one_page_file_that_sends_the_reader_to_page_2_is_incomplete():
    doc = read_document(CORPUS / "irs-1040pkg-pdflib" / "F8949ST.pdf", "F8949ST.pdf")
    assert any("ends at page 1 of its form ('see page 2')" in w for w in doc.warnings)


def _box(i: int, label: str, kind: str = "text") -> Field:
    return Field(id=f"f.pdf#{i:03d}", label=label, normalized_label=label.lower(), kind=kind, source="acroform",
                 location=Location(file="f.pdf", page=4, bbox=(100.0, 100.0 + 20 * i, 200.0, 115.0 + 20 * i)))


def test_the_last_of_a_certifications_signature_blocks_is_the_party_it_names_second():
    """SBA Form 413: "CERTIFICATION: (to be completed by each person submitting the information requested on this
    form and the spouse of any 20% or more owner when spousal assets are included)", then two blocks alike —
    Signature, Date, Print Name, Social Security No.: the second is the spouse's (SBA review 57 #4)."""
    text = ("CERTIFICATION: (to be completed by each person submitting the information requested on this form and the "
            "spouse of any 20% or more owner when spousal assets are included)")
    fields = (_box(1, "Signature 1", "signature"), _box(2, "Enter Date 1; (mm/dd/yyyy)", "date"), _box(3, "Print Name 1"),
              _box(4, "Enter Social Security No for Name 1."), _box(5, "Signature 2", "signature"),
              _box(6, "Enter Date 2; (mm/dd/yyyy)", "date"), _box(7, "Print Name 2"),
              _box(8, "Enter Social Security No for Name 2."), _box(9, "Total Assets"))
    out = with_block_parties(text, fields)
    assert [f.subject for f in out] == [None] * 4 + ["spouse"] * 4 + [None]
    # a form that says nothing of whom its blocks are for, or names no second party, is left as it was
    assert with_block_parties("Sign below.", fields) == fields
    assert with_block_parties("to be completed by the applicant and the undersigned", fields) == fields


@needs_corpus
def test_the_sba_brief_says_what_each_further_person_adds_and_the_413s_spouse_is_no_second_owner(tmp_path):
    pkg = corpus_package(tmp_path / "pkg", "sba-lukacera/SBAForm1919.pdf", "sba-lukacera/SBAForm413.pdf",
                         "sba-buddy/SBA_912.pdf", "loan-consents-msfg/irs-form-4506-c.pdf")
    a = analyze([pkg])
    from formslim.report.i18n import t
    from formslim.report.redesign import brief, brief_rows

    rows = dict(brief_rows(a, brief(a)["summary"], lambda k, **kw: t("en", k, **kw)))
    more = rows["Each further person who files their own copy (an owner, a guarantor …)"]
    assert more.startswith("+2 document(s): Personal Financial Statement; Form 912") and "minutes" in more
    spouse = next(f for d in a.package.documents if d.path == "SBAForm413.pdf" for f in d.fields
                  if f.label.startswith("Print Name 2"))
    assert a.match.readings[spouse.id].role == "spouse"
    # the owner's own statements stay theirs, but what they repeat of the 1919 can be printed in (review 57 #10):
    # the business's data and the owner's own, never the spouse's block
    from formslim.report.redesign import summary

    pre = {x["document"]: x["labels"] for x in summary(a)["per_person_prefill"]}
    assert {"Home Address", "Business Name of Applicant/Borrower"} <= set(pre["SBAForm413.pdf"])
    assert not any(x.startswith("Print Name 2") for x in pre["SBAForm413.pdf"])
    assert any(x.startswith("2. Give the percentage of ownership") for x in pre["SBA_912.pdf"])
    # (one legal point for the data Regulation B restricts, not one per datum)
    assert sum("12 CFR 1002.5" in x for x in a.form["legal_review"]) == 1
