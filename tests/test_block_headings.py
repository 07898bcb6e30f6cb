"""Repeated blocks of one page are told apart by the heading printed over each (#8: fragment labels have
context). SBA Form 1244 p. 2 asks "Legal Name", "Business Address" … under "Applicant Name (Eligible
Passive Company, if applicable)" and again under "Operating Company (if Applicant is an EPC)"; IRS Form
4506-C asks "City", "State", "ZIP code" under line 3 (current address) and again under line 4 (previous
address). Expectations written from the printed forms."""
import json

from formslim import read_document
from formslim.parse.classify import condition_of
from formslim.pipeline import analyze

from .conftest import CORPUS, needs_corpus


@needs_corpus
def test_the_two_company_blocks_of_form_1244_carry_their_headings():
    d = read_document(CORPUS / "sba-buddy" / "SBA_1244.pdf", "SBA_1244.pdf")
    legal = [f for f in d.fields if f.label == "Legal Name" and f.location.page == 2]
    assert len(legal) == 2
    assert legal[0].context[-1].startswith("Applicant Name (Eligible Passive Company")
    assert legal[1].context[-1].startswith("Operating Company (if")
    # the ownership rosters of page 3: every row, not only the first ones, under its own table's heading
    ssn = [f for f in d.fields if f.label.startswith("SSN/TIN Row") and f.location.page == 3]
    assert {f.context[-1] for f in ssn} == {"Eligible Passive Company (EPC) Ownership (if applicable)",
                                           "Operating Company (OC)Ownership"}
    # a page whose repeats are told apart already, or that asks nothing twice, is left as it is
    assert not any(f.context for f in d.fields if f.location.page == 1)


@needs_corpus
def test_current_and_previous_address_of_form_4506c():
    d = read_document(CORPUS / "loan-consents-msfg" / "irs-form-4506-c.pdf", "4506-C.pdf")
    boxes = [f for f in d.fields if f.location.page == 1 and f.label[:3] in ("b. ", "c. ", "d. ")
             and f.label.lower().endswith(("city", "state", "code"))]
    assert sorted(f.context[-1][:2] for f in boxes) == ["3.", "3.", "3.", "4.", "4.", "4."]


def test_a_block_printed_for_one_case_is_asked_in_that_case():
    assert condition_of("Operating Company (ifApplicant is an EPC)") == "if Applicant is an EPC"
    assert condition_of("(iframe)") == "" and condition_of("Verify (Identity)") == ""


@needs_corpus
def test_the_boxes_of_a_block_printed_for_one_case_carry_that_case():
    """Every box under "Operating Company (if Applicant is an EPC)" and under "Eligible Passive Company (EPC)
    Ownership (if applicable)" is asked in that case (review 50 #3); the applicant's own block ("Applicant Name
    (Eligible Passive Company, if applicable)": the applicant names itself in every case) and the OC's ownership
    table are asked of everyone. The plan counts them on the all-documents basis, not the required one."""
    from formslim.text import printed_case

    d = read_document(CORPUS / "sba-buddy" / "SBA_1244.pdf", "SBA_1244.pdf")
    by_heading: dict = {}
    for f in d.fields:
        if f.context and f.location.page in (2, 3):
            by_heading.setdefault(f.context[-1], set()).add(f.condition)
    assert by_heading["Operating Company (ifApplicant is an EPC)"] == {"if Applicant is an EPC"}
    assert by_heading["Eligible Passive Company (EPC) Ownership (if applicable)"] == {"if applicable"}
    assert by_heading["Operating Company (OC)Ownership"] == {""}
    assert by_heading["Applicant Name (Eligible Passive Company, ifapplicable)"] == {""}
    assert printed_case("Spouse's taxpayer identification number (if joint return)") == "if joint return"
    assert printed_case("Explain (If yes, attach)") == "If yes, attach" and printed_case("Tax ID (EIN)") == ""
    a = analyze([CORPUS / "sba-buddy" / "SBA_1244.pdf"])
    asked = [f for f in a.package.documents[0].fields if f.condition and not f.part_of]
    assert len(asked) >= 40 and a.plan.target_basis == "all"
    assert a.burden.fields_required_before <= a.burden.fields_before - 40


@needs_corpus
def test_a_numbered_items_case_is_all_its_boxes_and_if_different_from_a_line_is_a_case():
    """IRS Form 4506-C: "2a. Spouse's current name (if joint return and transcripts are requested for both taxpayers)"
    is the first-name box's tooltip; "2a.ii. Middle initial" and "2a.iii. Spouse's last name" are asked in the same
    case. "1c. Previous name shown on the last return filed if different from line 1a" and line 4's previous address
    are asked only where they differ (review 50 #10); line 1a and line 3 of every taxpayer."""
    from formslim.text import printed_case

    assert printed_case("Previous address shown on the last return filed if different from line 3 (see instructions)") \
        == "if different from line 3"
    assert printed_case("Current address, city, state, and ZIP code (see instructions)") == ""
    d = read_document(CORPUS / "loan-consents-msfg" / "irs-form-4506-c.pdf", "irs-form-4506-c.pdf")
    case = {f.label: f.condition for f in d.fields if f.location.page == 1}
    joint = "if joint return and transcripts are requested for both taxpayers"
    assert case["2a.ii. Middle initial"] == case["2a.iii. Spouse’s last name"] == joint
    assert case["1c.ii. Middle initial"] == "if different from line 1a" and case["1a.ii. Middle initial"] == ""
    assert {f.condition for f in d.fields if f.context and f.context[0].startswith("4. Previous address")} \
        == {"if different from line 3"}
    assert not {f.condition for f in d.fields if f.context and f.context[0].startswith("3. Current address")} - {""}


@needs_corpus
def test_the_operating_companys_block_is_conditional_in_the_consolidated_form(tmp_path):
    from formslim.report.redesign import write_report

    # (nothing moves into SBA Form 1244 in this folder: the agency asks for it to be laid out again)
    manifest = tmp_path / "formslim.yaml"
    manifest.write_text("consolidated_form: redesign\n", encoding="utf-8")
    a = analyze([CORPUS / "sba-buddy"], manifest_path=manifest)
    assert a.plan.consolidated == "primary"
    write_report(a, tmp_path / "out")
    form = json.loads((tmp_path / "out" / "form.json").read_text(encoding="utf-8"))
    oc = [i for s in form["sections"] for i in s["items"] if i["label"].startswith("Operating Company (if")]
    assert len(oc) >= 5 and all(i["condition"] == "if Applicant is an EPC" and not i["required"] for i in oc)


@needs_corpus
def test_text_boxes_whose_tooltips_paraphrase_keep_the_printed_caption():
    """SBA Form 1919's tooltips are instructions that paraphrase the printed captions — and drop or add to them:
    "Please enter the number of existing employees here" beside "# of existing employees (including owners, … –
    do not convert to FTE)", "… in the next two years …" where the print says no period, the P.O. Box rule lost
    (review 29 #2). The caption is read beside the box (its continued line included) or over it; a tax form's
    "Line N." tooltip is its line's label and keeps it; a caption that drops which one the tooltip names, or that
    starts mid-sentence, is not taken. Expectations written from the printed form."""
    d = read_document(CORPUS / "sba-lukacera" / "SBAForm1919.pdf", "SBAForm1919.pdf")
    cap = {f.id.split("#")[1]: f.caption for f in d.fields}
    assert cap["028"] == ("# of existing employees (including owners, all part-time, full-time and all employees of "
                          "domestic and foreign Affiliates – do not convert to FTE)")
    assert cap["029"] == "# of FTE jobs saved/retained because of the loan (including owners)"
    assert cap["024"] == "Business Address (Street, City, State, Zip Code) Do not use P.O. Box address"
    assert cap["025"].startswith("Project Address, if different than Business Address")
    assert cap["010"] == "Year began operations"
    # (owners 1–5 of the ownership table: the column header is over the first row only, and names no owner — each
    # row takes it with the owner its tooltip names, where the header is read: the home address's; session 31)
    assert [cap[f"{n:03d}"] for n in range(37, 58, 5)] == [
        f"{w} owner: Home Address (Street, City, State, Zip Code - No P.O. Box)"
        for w in ("First", "Second", "Third", "Fourth", "Fifth")]
    assert not any(cap[f"{n:03d}"] for n in range(33, 58) if n % 5 != 2)
    f1040 = read_document(CORPUS / "irs-1040pkg-pdflib" / "F1040.pdf", "F1040.pdf")
    assert not any(f.caption for f in f1040.fields)
    a = analyze([CORPUS / "sba-lukacera" / "SBAForm1919.pdf", CORPUS / "sba-buddy" / "SBA_912.pdf"])
    items = [it for s in a.form["sections"] for it in s["items"]]
    employees = next(it for it in items if "SBAForm1919.pdf#028" in it["from_fields"])
    assert employees["label"].endswith("do not convert to FTE)") and employees.get("verbatim") is True
    assert employees["printed"].startswith("Please enter the number of existing employees")
    # the line printed over the eligibility questions holds for all of them: said above the first, once (review 29
    # #3); question 5's starred "(EWCP)*" carries its footnote
    at = next(k for k, it in enumerate(items) if it["label"].startswith("If any questions are answered “Yes”"))
    assert items[at]["kind"] == "statement" and items[at + 1]["label"].startswith("Is the Applicant or if the Applicant")
    assert sum(it["label"].startswith("If any questions are answered") for it in items) == 1
    q5 = next(it for it in items if "(EWCP)*" in it["label"])
    assert q5["label"].endswith("* (For EWCP loans, in a separate attachment, provide details of the underlying "
                                "transaction(s) for which the loan is needed, countries where the buyers are located "
                                "and a description of products and/or services to be exported.)")


@needs_corpus
def test_the_certification_keeps_its_headings_and_its_points_one_a_line():
    """SBA Form 1919's certification: "By Signing Below, You Make the Following Representations, …:" over
    "APPLICANT CERTIFICATION", then the points one a line — and the covenant "The Applicant and OC will not, without
    Lender's prior written consent:" with its "◦" sub-points under it, not beside it as statements of their own
    (review 30 #2). The owner table's "(Mandatory)" requires its first row, not all five (review 30 #4)."""
    a = analyze([CORPUS / "sba-lukacera" / "SBAForm1919.pdf", CORPUS / "sba-buddy" / "SBA_912.pdf"])
    items = {it["id"]: it for s in a.form["sections"] for it in s["items"]}
    lines = items["declaration.truth"]["label"].split("\n")
    assert lines[0] == "By Signing Below, You Make the Following Representations, Authorizations, and Certifications:"
    assert lines[1] == "APPLICANT CERTIFICATION" and lines[2].startswith("By signing this application, the Applicant")
    covenant = next(k for k, x in enumerate(lines) if x.startswith("• The Applicant and OC will not, without Lender"))
    assert lines[covenant + 1].startswith("    ◦ Make any distribution of company assets")
    assert all(x.startswith(("• ", "    ◦ ")) for x in lines[4:])
    owners = [it for s in a.form["sections"] for it in s["items"] if it.get("index") and it.get("role") == "owner"
              and "home address" in it["label"].lower()]
    assert [(it["index"], it["required"]) for it in owners][:3] == [(1, True), (2, False), (3, False)]
