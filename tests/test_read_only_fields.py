"""A PDF field flagged ReadOnly (ISO 32000-1 §12.7.3.1) in a PDF that computes answers is filled by the form:
nobody's question, before or after. In a PDF that computes nothing the software that ships it fills the box, but
the printed form asks it: the filer's question (a box the form keeps for nobody — "Reserved for future use" —
aside). A read-only text box that prints a statement (SSA-89's Privacy Act statement) is the form's text, not a
field. Expectations written from the forms: the DC voucher (VOUCH.pdf) copies its filer's name from the D-40;
SSA-89 prints its two statements in read-only boxes."""
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
def test_read_only_boxes_of_a_pdf_that_computes_nothing_are_the_filers_questions():
    """The DC voucher (D-40P) flags 13 of its 14 boxes read-only and computes nothing: the filing software
    copies them from the D-40, but the printed voucher asks them. They are the filer's questions before, and
    asked once after — each repeats the return's answer (DC review 34 #1: taken as nobody's, the return's own
    read-only lines, its whole computation, were lost from the consolidated form)."""
    voucher = read_document(CORPUS / "dc-tax-pdflib" / "VOUCH.pdf", "VOUCH.pdf")
    ro = {f.id for f in voucher.fields if f.read_only}
    assert len(ro) == 13 and len(voucher.fields) == 14
    a = analyze([CORPUS / "dc-tax-pdflib"])
    assert not [fp for fp in a.plan.fields if fp.action == "form_fills"]
    plans = {fp.field: fp for fp in a.plan.fields}
    assert all(plans[x].action == "drop_duplicate" and plans[x].source.startswith("DC40.pdf#") for x in ro)
    said = [x for x in a.plan.assumptions if "flagged read-only with no calculation in the file" in x]
    assert len(said) == 1 and "counted as the filer's questions" in said[0]
    # the D-40's read-only lines are asked (or computed from the lines they add up), never nobody's
    d40 = read_document(CORPUS / "dc-tax-pdflib" / "DC40.pdf", "DC40.pdf")
    agi = next(f for f in d40.fields if f.name == "DCAGI")
    assert agi.read_only and plans[agi.id].action in ("ask", "drop_derived", "drop_duplicate")
    # (an address's second line is one question with its first: Field.part_of)
    counted = sum(1 for fp in a.plan.fields if fp.action != "other_party" and not fp.part_of)
    parts = sum(1 for fp in a.plan.fields if fp.part_of)
    # (the paid preparer's own boxes — PTIN, signature — are the preparer's: roles.yaml fills_own, session 37; the
    # physician's particulars on Schedule H's certificate the physician's, review 49 #6)
    others = [fp for fp in a.plan.fields if fp.action == "other_party"]
    assert others and {fp.source for fp in others} == {"preparer", "physician"}
    assert parts >= 2 and a.burden.fields_before == counted == len(a.plan.fields) - parts - len(others)


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
    """The question protocol says why each datum is asked: on SBA Form 413 the mortgage holder's name (the filer's
    creditor) identifies another party, not the applicant business."""
    from formslim.report.redesign import protocol_rows

    # (413 alone: beside 1919 it is the owner's own statement, summed up in one row as theirs)
    a = analyze([corpus / "sba-lukacera" / "SBAForm413.pdf"], lang="en")
    rows = protocol_rows(a)
    holder = next(r for r in rows if "Mortgage Holder" in r["datum"])
    assert holder["why"] == "identifies another party (mortgage holder)"  # (not the SBA lender: SBA review 38 #9)
    assert any(r["why"] == "identifies the applicant business" for r in rows)


@needs_corpus
def test_a_datum_that_identifies_nobody_is_not_said_to_identify(corpus):
    """SBA Form 1919's race, ethnicity and veteran status identify nobody: the protocol quotes the purpose the form
    prints over them ("… data is collected for program reporting purposes only", review 50 #12) — where a form
    prints none, it leaves it for the agency to state —, never "identifies the person"."""
    from formslim.report.redesign import protocol_rows

    a = analyze([corpus / "sba-lukacera" / "SBAForm1919.pdf"], lang="en")
    rows = protocol_rows(a)
    for concept in ("person.race", "person.ethnicity", "person.veteran_status"):
        row = next(r for r in rows if r["concept"] == concept)
        assert row["why"].startswith("as the form prints it: “") and "collected for program reporting purposes" in row["why"], row
    assert any(r["why"] == "identifies the person concerned" for r in rows if r["concept"] == "person.name")


@needs_corpus
def test_only_a_box_the_form_keeps_for_nobody_stays_out_of_the_questions():
    """The IRS 1040 package's PDFs flag 211 boxes read-only and carry no calculation (IRS review 33b #4): the
    totals the filer works out on the printed return (line 37, adjusted gross income) are questions, the
    carry-overs run from the schedule that computes them to the return; Form 1040 (2024)'s "Reserved for future
    use" stays nobody's."""
    a = analyze([CORPUS / "irs-1040pkg-pdflib"])
    assert not [fp for fp in a.plan.fields if fp.action == "form_fills"]
    said = [x for x in a.plan.assumptions if "flagged read-only with no calculation in the file" in x]
    assert len(said) == 1 and said[0].startswith("211 field(s) of ")
    plans = {fp.field: fp for fp in a.plan.fields}
    f1040 = {f.name: f for f in read_document(CORPUS / "irs-1040pkg-pdflib" / "F1040.pdf", "F1040.pdf").fields}
    assert f1040["L37"].read_only and plans[f1040["L37"].id].action != "form_fills"
    # Schedule C computes line 31 and carries it to line 12 of the return: the return's line is filled from it
    line12 = plans[f1040["L12"].id]
    assert line12.action == "drop_duplicate" and line12.source.startswith("FSCHC.pdf#")
    b = analyze([CORPUS / "irs-conmecto" / "f1040.pdf"])
    reserved = [fp for fp in b.plan.fields if fp.label.endswith("Reserved for future use")]
    assert reserved and all(fp.action == "form_fills" for fp in reserved)
    rule = next(x for x in b.plan.decisions if x.rule == "F-FORM-FILLS")
    assert "keeps for nobody" in rule.reason
