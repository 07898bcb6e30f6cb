"""A PDF field flagged ReadOnly (ISO 32000-1 §12.7.3.1) is filled by the form or the software that issued
it: nobody types there, so it is nobody's question, before or after; a read-only text box that prints a
statement (SSA-89's Privacy Act statement) is the form's text, not a field. Expectations written from the
forms: the DC voucher (VOUCH.pdf) copies its filer's name and totals from the D-40 and lets nobody type
them; SSA-89 prints its two statements in read-only boxes."""
from formslim import read_document
from formslim.pipeline import analyze

from .conftest import CORPUS, needs_corpus


@needs_corpus
def test_statements_printed_in_read_only_boxes_are_not_fields():
    d = read_document(CORPUS / "loan-consents-msfg" / "ssa-89.pdf", "ssa-89.pdf")
    labels = [f.label for f in d.fields]
    assert not any(x.startswith(("Privacy Act Statement", "Paperwork Reduction Act Statement")) for x in labels)
    assert "Printed Name" in labels and len(d.fields) == 21
    assert any("read-only text box(es) print a statement" in w for w in d.warnings)


@needs_corpus
def test_long_instructions_of_a_computed_line_stay_a_field():
    # "Line 26. Taxable benefits. … Subtract line 25 from line 23. …": read-only and long, but a line
    d = read_document(CORPUS / "irs-1040pkg-pdflib" / "F2441.pdf", "F2441.pdf")
    f = next(f for f in d.fields if f.name and f.name.endswith("L19"))
    assert f.read_only and f.label.startswith("Line 26")


@needs_corpus
def test_what_the_form_fills_itself_is_nobodys_question():
    voucher = read_document(CORPUS / "dc-tax-pdflib" / "VOUCH.pdf", "VOUCH.pdf")
    ro = {f.label for f in voucher.fields if f.read_only}
    assert {"Your First Name", "Your Last Name"} <= ro and len(ro) == 13 and len(voucher.fields) == 14
    a = analyze([CORPUS / "dc-tax-pdflib"])
    fills = [fp for fp in a.plan.fields if fp.action == "form_fills"]
    assert sorted(fp.label for fp in fills if fp.file == "VOUCH.pdf") == sorted(
        f.label for f in voucher.fields if f.read_only)
    # one decision per document says which, with the flag as evidence
    rules = {x.id: x for x in a.plan.decisions}
    assert all(fp.decision and rules[fp.decision].rule == "F-FORM-FILLS" for fp in fills)
    assert all(any("read-only" in e for e in rules[fp.decision].evidence) for fp in fills)
    # nobody's question: not counted before, never the field that asks a group's datum
    filled = {fp.field for fp in fills}
    assert not any(fp.action == "drop_duplicate" and fp.source in filled for fp in a.plan.fields)
    # (an address's second line is one question with its first: Field.part_of)
    counted = sum(1 for fp in a.plan.fields if fp.action not in ("other_party", "form_fills") and not fp.part_of)
    parts = sum(1 for fp in a.plan.fields if fp.part_of and fp.action != "form_fills")
    assert parts == 2 and a.burden.fields_before == counted == len(a.plan.fields) - len(fills) - parts


@needs_corpus
def test_a_box_the_forms_script_opens_is_the_fillers_answer(corpus):
    """SBA Form 148L flags its limitation amounts read-only until the limitation's box is ticked; the
    box's script then runs getField("limitMaxPayment").readonly = false. Those are the guarantee's terms,
    answered by lender and guarantor — not values the form fills. The script is read, never run."""
    fields = {f.name: f for f in read_document(corpus / "sba-buddy" / "SBA_148L.pdf").fields}
    for name in ("limitMaxPayment", "limitPercentPayment", "limitTimeYears", "limitCollateralSpecify"):
        assert not fields[name].read_only


@needs_corpus
def test_another_partys_name_is_not_said_to_identify_the_applicant(corpus):
    """The question protocol says why each datum is asked: on SBA Form 413 the mortgage holder's name (a
    lender) identifies another party, not the applicant business."""
    from formslim.report.redesign import protocol_rows

    # (413 alone: beside 1919 it is the owner's own statement, summed up in one row as theirs)
    a = analyze([corpus / "sba-lukacera" / "SBAForm413.pdf"], lang="en")
    rows = protocol_rows(a)
    holder = next(r for r in rows if "Mortgage Holder" in r["datum"])
    assert holder["why"] == "identifies another party (lender)"
    assert any(r["why"] == "identifies the applicant business" for r in rows)


@needs_corpus
def test_a_datum_that_identifies_nobody_is_not_said_to_identify(corpus):
    """SBA Form 1919's race, ethnicity and veteran status identify nobody: the protocol leaves their purpose for
    the agency to state (the Privacy Act statement's "principal purpose"), never "identifies the person"."""
    from formslim.report.redesign import protocol_rows

    a = analyze([corpus / "sba-lukacera" / "SBAForm1919.pdf"], lang="en")
    rows = protocol_rows(a)
    for concept in ("person.race", "person.ethnicity", "person.veteran_status"):
        row = next(r for r in rows if r["concept"] == concept)
        assert row["why"] == "about the person concerned — its purpose for the agency to state", row
    assert any(r["why"] == "identifies the person concerned" for r in rows if r["concept"] == "person.name")


@needs_corpus
def test_read_only_boxes_of_a_pdf_that_computes_nothing_are_said_and_counted_in_the_assumptions():
    """The IRS 1040 package's PDFs flag 211 boxes read-only and carry no calculation (IRS review 33b #4): the
    plan still takes them as filled by the filing software, but says so in the decision's evidence and
    states in its assumptions how many questions counting them would add."""
    a = analyze([CORPUS / "irs-1040pkg-pdflib"])
    fills = [fp for fp in a.plan.fields if fp.action == "form_fills"]
    said = [x for x in a.plan.assumptions if "flagged read-only with no calculation in the file" in x]
    assert len(said) == 1 and said[0].startswith(f"{len(fills)} field(s) of ")
    rules = [x for x in a.plan.decisions if x.rule == "F-FORM-FILLS"]
    assert rules and all(any("holds no calculation" in e for e in x.evidence) for x in rules)
