"""A form another agency prints stays that agency's filing (rule K-OTHER-AGENCY): the DC D-40 package
with the federal Form 1040 beside it. The D-40 prints "Government of the District of Columbia" at its
top, Form 1040 "Department of the Treasury—Internal Revenue Service": DC can neither merge nor change
the federal return; where a form of the package asks for a copy, its filer hands in a copy — no questions answered
again, before or after —, else it is filed with the IRS only and not counted here."""
from formslim.knowledge import load_knowledge
from formslim.pipeline import analyze

from .conftest import CORPUS, needs_corpus


def test_the_issuer_is_the_agency_printed_first():
    kb = load_knowledge()
    agency, words = kb.issuer("Form 1040 Department of the Treasury—Internal Revenue Service (99) U.S. Individual")
    assert agency.id == "US-IRS" and words == "Internal Revenue Service"
    assert kb.issuer("Government of the District of Columbia 2013 D-40")[0].id == "US-DC-OTR"
    assert kb.issuer("Personal Financial Statement") is None
    assert all(a.source in kb.sources for a in kb.agencies.values())


@needs_corpus
def test_the_federal_return_in_a_dc_package_is_the_irs_filing():
    a = analyze([CORPUS / "dc-tax-pdflib", CORPUS / "irs-1040pkg-pdflib" / "F1040.pdf"])
    rules = {x.id: x for x in a.plan.decisions}
    f1040 = next(d for d in a.plan.documents if d.file == "F1040.pdf")
    assert f1040.decision == "keep" and [rules[i].rule for i in f1040.decisions] == ["K-OTHER-AGENCY"]
    assert "Internal Revenue Service" in rules[f1040.decisions[0]].evidence[0]
    assert a.plan.primary == "dc-tax-pdflib/DC40.pdf"
    # no form of the package asks for a copy of it (the D-40 copies lines from it, "Complete your federal return
    # first"): filed with the IRS, not here — not counted, no copy priced, no blocker (review 49 #8)
    assert f1040.filed_elsewhere == "Internal Revenue Service" and not f1040.attachment and not f1040.counted
    assert rules[f1040.decisions[0]].variant == "elsewhere"
    d40_alone = analyze([CORPUS / "dc-tax-pdflib"])
    assert a.burden.fields_before == d40_alone.burden.fields_before
    assert a.burden.fields_after == d40_alone.burden.fields_after
    assert a.plan.documents_before == d40_alone.plan.documents_before
    assert not [b for b in a.plan.blockers if b["file"] == "F1040.pdf"]
    # what the D-40 copies from it is said, as an overlap between the two returns
    from formslim.reduce.overlap import document_overlaps

    assert any({x["key"] for x in o["documents"]} == {"dc-tax-pdflib/DC40.pdf", "F1040.pdf"}
               and o["certain"] >= 10 for o in document_overlaps(a.plan, a.match))
    # the IRS package alone: every form is the IRS's, none is another agency's
    irs = analyze([CORPUS / "irs-1040pkg-pdflib"])
    assert not any(x.rule == "K-OTHER-AGENCY" for x in irs.plan.decisions)


@needs_corpus
def test_a_registry_channel_is_offered_only_to_the_agencies_it_serves():
    """IVES (Form 4506-C) serves lenders; a state tax agency receives federal returns under 26 U.S.C.
    6103(d) (the IRS's Governmental Liaison Data Exchange Program), without the taxpayer's consent form."""
    dc = analyze([CORPUS / "dc-tax-pdflib"])
    used = {fp.source for fp in dc.plan.fields if fp.action == "prefill"}
    assert "US-IRS-TRANSCRIPT" not in used and "US-IRS-GLDEP" in used
    assert any("US-IRS-TRANSCRIPT" in x and "state_tax" in x for x in dc.plan.assumptions)
    sba = analyze([CORPUS / "sba-buddy" / "SBA_1244.pdf", CORPUS / "loan-consents-msfg" / "irs-form-4506-c.pdf"])
    assert not any("not open to" in x for x in sba.plan.assumptions)  # an SBA lender's package: IVES is open


@needs_corpus
def test_a_channel_consents_legal_note_names_the_law_of_its_own_form():
    """The note of a consent a registry's channel takes names that form's law only: the 4506-C's is 26 U.S.C.
    6103(c), not the Privacy Act's SSA-89 text too (review 28b #10: a stray SSA-89 in the SBA 7(a) report)."""
    a = analyze([CORPUS / "loan-consents-msfg"])
    notes = {d.documents[0]: d.legal_note for d in a.plan.decisions if d.rule == "K-CHANNEL-CONSENT"}
    irs = next(v for k, v in notes.items() if "4506" in k)
    ssa = next(v for k, v in notes.items() if "ssa-89" in k)
    assert "6103(c)" in irs and "SSA-89" not in irs, irs
    assert "SSA-89" in ssa and "6103" not in ssa, ssa


def test_a_form_that_asks_for_a_copy_of_another_filing():
    from formslim.parse.classify import copy_asked

    assert copy_asked("Line 3. … Attach a copy of your federal return.") == "Attach a copy of your federal return"
    assert copy_asked("attach a copy of Form 1040 and all schedules") == "attach a copy of Form 1040"
    assert copy_asked("A copy of your federal income tax return must be attached") != ""
    assert copy_asked("Complete your federal return first. Do not copy from federal return.") == ""
