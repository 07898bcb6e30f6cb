"""Every fillable PDF of the corpus: formslim reports exactly the fields of the AcroForm tree
(terminal fields, push buttons aside) plus the fields whose widgets the tree misses, and labels them
with human text, not machine names."""
import pypdf
import pytest

from formslim import read_document
from formslim.text import is_machine_name

from .conftest import corpus_files, needs_corpus

PDFS = corpus_files("**/*.pdf")


def independent_field_count(path) -> int:
    """Counted here without formslim's code: terminal fields reachable from /AcroForm /Fields, minus
    push buttons, plus widgets (grouped by their field) that the tree does not reach."""
    r = pypdf.PdfReader(str(path), strict=False)
    acro = r.trailer["/Root"].get("/AcroForm")
    reached_widgets, reached_fields, count = set(), set(), 0

    def walk(ref, ft, ff):
        nonlocal count
        node = ref.get_object()
        reached_fields.add(ref.idnum)
        ft = node.get("/FT", ft)
        ff = int(node.get("/Ff", ff))
        kids = node.get("/Kids") or []
        field_kids = [k for k in kids if "/T" in k.get_object()]
        if field_kids:
            for k in field_kids:
                walk(k, ft, ff)
            return
        for k in kids or [ref]:
            reached_widgets.add(k.idnum)
        # a push button, flagged on the field or on each of its widgets (DC D-40's "Add 2210")
        widget_push = bool(kids) and all(int(k.get_object().get("/Ff", 0)) & (1 << 16) for k in kids)
        if not (ft == "/Btn" and (ff & (1 << 16) or widget_push)):
            count += 1

    if acro is not None:
        for ref in acro.get_object().get("/Fields", []):
            walk(ref, None, 0)
    holders = set()
    for page in r.pages:
        for ref in page.get("/Annots", []) or []:
            a = ref.get_object()
            if a.get("/Subtype") != "/Widget" or ref.idnum in reached_widgets:
                continue
            holder = ref if "/T" in a else a.get("/Parent", ref)
            if holder.idnum in reached_fields or holder.idnum in holders:
                continue
            chain, node, ft, ff = [], holder.get_object(), None, 0
            while node is not None:
                chain.append(node)
                node = node.get("/Parent")
                node = node.get_object() if node is not None else None
            for n in reversed(chain):
                ft = n.get("/FT", ft)
                ff = int(n.get("/Ff", ff))
            holders.add(holder.idnum)
            if not (ft == "/Btn" and ff & (1 << 16)):
                count += 1
    return count


@needs_corpus
@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_field_count_matches_acroform_tree(path):
    doc = read_document(path, path.name)
    expected = independent_field_count(path)
    if expected == 0:
        assert not doc.fillable
        return
    assert doc.fillable
    # read-only text boxes that print a statement (SSA-89's Privacy Act statement) are text, not fields:
    # the reader says how many it set aside (tests/test_read_only_fields.py checks which)
    statements = sum(int(w.split()[0]) for w in doc.warnings if "read-only text box(es) print a statement" in w)
    assert len(doc.fields) == expected - statements


@needs_corpus
@pytest.mark.parametrize("path", [p for p in PDFS if independent_field_count(p) > 0], ids=lambda p: p.name)
def test_labels_are_human(path):
    doc = read_document(path, path.name)
    machine = [f for f in doc.fields if is_machine_name(f.label, f.name)]
    share = 1 - len(machine) / len(doc.fields)
    assert share >= 0.90, [f.label for f in machine][:10]


@needs_corpus
def test_labels_are_human_across_corpus():
    total = machine = 0
    for path in PDFS:
        doc = read_document(path, path.name)
        total += len(doc.fields)
        machine += sum(is_machine_name(f.label, f.name) for f in doc.fields)
    assert total > 2500
    assert 1 - machine / total >= 0.95


@needs_corpus
def test_broken_tree_w4_recovers_every_widget(corpus):
    doc = read_document(corpus / "irs-conmecto" / "fw4.pdf", "fw4.pdf")
    assert len(doc.fields) == 29
    assert any("recovered" in w for w in doc.warnings)
    labels = " | ".join(f.label.lower() for f in doc.fields)
    assert "first name" in labels and "social security number" in labels
    # Step 1's address box is captioned by the "Address" printed flush over it, not by the margin heading
    # "Step 1: Enter Personal Information" beside it
    assert next(f for f in doc.fields if f.name.endswith("Step1a[0].f1_03[0]")).label == "Address"
    # the "Employers Only" block's captions are two rows each, touching: read whole
    labels = {f.name.rsplit(".", 1)[-1]: f.label for f in doc.fields}
    assert labels["f1_14[0]"] == "First date of employment"
    assert labels["f1_15[0]"] == "Employer identification number (EIN)"


@needs_corpus
def test_the_no_box_of_a_yes_no_pair_is_labelled_no(corpus):
    """Form 1040 (2024) prints "☐ Yes ☐ No" after its digital-asset question and its third-party designee
    question: the second box is the "No" printed right of it, not the "Yes" further left (the word "No" is
    no enumerator like "(a)" or "1a")."""
    doc = read_document(corpus / "irs-conmecto" / "f1040.pdf", "f1040.pdf")
    by_name = {f.name.rsplit(".", 1)[-1]: f.label for f in doc.fields}
    assert by_name["c1_5[0]"] == "Yes" and by_name["c1_5[1]"] == "No"
    assert by_name["c2_6[0]"].startswith("Yes") and by_name["c2_6[1]"] == "No"
    # a box whose own line says "check here" is that line's (lines 6c and 7), not the line above's
    assert by_name["c1_22[0]"].startswith("If you elect to use the lump-sum election method, check here")
    assert by_name["c1_23[0]"].startswith("Capital gain or (loss)")


@needs_corpus
def test_what_a_space_is_kept_for_captions_no_box(corpus):
    """Form 1040 (2024) prints "IRS Use Only—Do not write or staple in this space" right of the tax year's "20__"
    box: words about a space, never what a box asks (onboarding review 37 #5)."""
    doc = read_document(corpus / "irs-conmecto" / "f1040.pdf", "f1040.pdf")
    assert not any("Use Only" in f.label or "Do not write" in f.label for f in doc.fields)
    year = next(f for f in doc.fields if f.name.endswith("Page1[0].f1_03[0]"))
    assert "ending" in year.label


@needs_corpus
def test_a_tables_columns_are_captioned_by_their_own_header_and_its_name(corpus):
    """Form 1040 (2024)'s dependents table prints "(2) Social security" over "number" in its own column, with
    "Last name" (the first column's) far left on that line: the column's words start its caption, not the
    other column's. The subform the form's author named "Table_Dependents" is the heading of its fields,
    so the column asks a dependent's SSN, never the filer's."""
    doc = read_document(corpus / "irs-conmecto" / "f1040.pdf", "f1040.pdf")
    row1 = {f.name.rsplit(".", 1)[-1]: f for f in doc.fields if ".Table_Dependents[0].Row1[0]." in f.name}
    assert row1["f1_21[0]"].label == "(2) Social security number"
    assert row1["f1_22[0]"].label == "(3) Relationship to you"
    assert all("Dependents" in f.context for f in row1.values())
    assert not any("Dependents" in f.context for f in doc.fields if "Table_Dependents" not in f.name)


@needs_corpus
def test_the_w9_is_signed_by_the_us_person_who_gives_it(corpus):
    """Form W-9 prints "Sign Here | Signature of U.S. person" under its perjury certification: the payee who
    fills it signs it (it was read as signed by nobody)."""
    doc = read_document(corpus / "irs-conmecto" / "fw9.pdf", "fw9.pdf")
    assert [s.signer for s in doc.signers] == ["applicant"]
    assert "Signature of U.S. person" in doc.signers[0].evidence


@needs_corpus
def test_boxes_of_one_choice_are_one_question(corpus):
    """IRS forms designed in XFA save each option of a choice as its own check box named alike ("c1_3[0]" …),
    each turning on its own value: Form 1040's five filing-status boxes (1 … 5, in two subforms) are one
    answer ("Check only one box"), as are its digital-asset Yes/No and checking/savings boxes; the W-9's
    seven tax classifications too (onboarding review 37 #9). Boxes that share a name but turn on the same
    value (DEPEND_L6C5 on each dependent's row of the 2013 Form 1040) stay separate questions."""
    doc = read_document(corpus / "irs-conmecto" / "f1040.pdf", "f1040.pdf")
    by_name = {f.name.split(".", 2)[-1]: f for f in doc.fields}
    single = by_name["FilingStatus_ReadOrder[0].c1_3[0]"]
    assert single.label == "Single" and single.part_of is None and single.choose == "one"
    for other in ("FilingStatus_ReadOrder[0].c1_3[1]", "FilingStatus_ReadOrder[0].c1_3[2]", "c1_3[0]", "c1_3[1]"):
        assert by_name[other].part_of == single.id, other
    assert by_name["c1_5[1]"].part_of == by_name["c1_5[0]"].id and by_name["c1_5[0]"].part_of is None
    assert by_name["c2_5[1]"].part_of == by_name["c2_5[0]"].id  # checking / savings
    assert by_name["c1_9[0]"].part_of is None and by_name["c1_10[0]"].part_of is None  # born before …, blind
    w9 = read_document(corpus / "irs-conmecto" / "fw9.pdf", "fw9.pdf")
    classes = [f for f in w9.fields if ".c1_1[" in (f.name or "")]
    assert len(classes) == 7 and sum(1 for f in classes if f.part_of is None) == 1
    old = read_document(corpus / "irs-1040pkg-pdflib" / "F1040.pdf", "F1040.pdf")
    rows = [f for f in old.fields if "DEPEND_L6C5" in (f.name or "")]
    assert len(rows) == 4 and not any(f.part_of for f in rows)


@needs_corpus
def test_a_number_printed_as_segments_is_one_answer(corpus):
    """The W-9 prints the SSN as three boxes (3, 2 and 4 digits; the last one's label is the TIN instruction
    beside it) and the EIN as two (2 and 7); the SF 424 prints the EIN as nine one-digit boxes: one answer
    each (onboarding review 37 #9). The first name, middle initial and last name boxes side by side on
    DC Schedule H are three answers."""
    w9 = read_document(corpus / "irs-conmecto" / "fw9.pdf", "fw9.pdf")
    by_name = {f.name.rsplit(".", 1)[-1]: f for f in w9.fields}
    ssn = by_name["f1_11[0]"]
    assert ssn.part_of is None and by_name["f1_12[0]"].part_of == ssn.id and by_name["f1_13[0]"].part_of == ssn.id
    assert by_name["f1_15[0]"].part_of == by_name["f1_14[0]"].id and by_name["f1_14[0]"].part_of is None
    sf = read_document(corpus / "grants-sf424-pypdf" / "SF424.pdf", "SF424.pdf")
    ein = [f for f in sf.fields if f.label.startswith("b. Employer/Taxpayer Identification")]
    assert len(ein) == 9 and sum(1 for f in ein if f.part_of is None) == 1
    sch_h = read_document(corpus / "dc-tax-pdflib" / "DCSCHH.pdf", "DCSCHH.pdf")
    names = [f for f in sch_h.fields if f.label in ("Your first name", "M.I", "Last name")]
    assert len(names) >= 3 and not any(f.part_of for f in names)


@needs_corpus
def test_tooltip_boxes_of_one_question_are_one_question(corpus):
    """SBA Form 1919 draws each option as a box with its own tooltip ("If the entity type is Partnership, please
    check this box …", "If the owner is male …") and each yes/no question as two ("If the applicant or any
    associate is presently suspended …" / "… is not presently suspended …"): 63 boxes, the 21 or so questions
    its consolidated form asks (SBA review 38 #4: they were counted as 62 questions)."""
    doc = read_document(corpus / "sba-lukacera" / "SBAForm1919.pdf", "SBAForm1919.pdf")
    by_name = {f.name: f for f in doc.fields}
    entity = [by_name[n] for n in ("soleprop", "partnership", "ccorp", "scorp", "llc", "etother")]
    assert entity[0].part_of is None and all(f.part_of == entity[0].id for f in entity[1:])
    assert by_name["female"].part_of == by_name["male"].id
    assert by_name["statND"].part_of == by_name["statNonVet"].id  # "didn't disclose" closes the group
    for q in range(1, 14):
        assert by_name[f"q{q}No"].part_of == by_name[f"q{q}Yes"].id, q
    boxes = [f for f in doc.fields if f.kind == "checkbox"]
    assert len(boxes) == 63 and 20 <= sum(1 for f in boxes if not f.part_of) <= 24
    # boxes of different questions stay apart: the loan's purposes and the special ownership types are two
    assert by_name["workCap"].part_of != by_name["ownESOP"].id and by_name["ownESOP"].part_of is None


@needs_corpus
def test_a_name_written_as_words_gives_the_block_a_tooltip_leaves_out(corpus):
    """SBA Form 912's boxes of item 7 have tooltips "To Address", "Enter from to Date", "Enter Date", and names
    that say which block: "7. Present Residence Address - to Address", "Most recent prior address (omit if over 10
    years ago)" (SBA review 38 #6: the present and the prior address read alike). A name that is only the label
    glued ("Number of SharesRow1", SBA Form 413) or a run of the form's prose (SBA Form 601) gives nothing."""
    doc = read_document(corpus / "sba-buddy" / "SBA_912.pdf", "SBA_912.pdf")
    by_name = {f.name: f for f in doc.fields}
    assert by_name["7. Present Residence Address - to Address"].context[0] == "Present Residence Address"  # (no item number)
    assert by_name["Most recent prior address (omit if over 10 years ago)"].context[0].startswith("Most recent prior")
    sba413 = read_document(corpus / "sba-lukacera" / "SBAForm413.pdf", "SBAForm413.pdf")
    assert not any(f.context and "SharesRow" in f.context[0] for f in sba413.fields)
    sba601 = read_document(corpus / "sba-buddy" / "SBA_601.pdf", "SBA_601.pdf")
    assert not any(f.context and f.name and f.context[0] in f.name for f in sba601.fields)


@needs_corpus
def test_radio_choice_options_and_required(corpus):
    doc = read_document(corpus / "grants-sf424-pypdf" / "SF424.pdf", "SF424.pdf")
    choices = [f for f in doc.fields if f.kind == "choice"]
    assert choices and all(f.options for f in choices)
    assert all(f.location.page and f.location.bbox for f in doc.fields)


@needs_corpus
def test_a_generic_tooltip_over_a_printed_blank_takes_the_sentence_around_it(corpus):
    """SBA Form 148 names two boxes only "date" and "amount"; the sentence they are laid in says which:
    the promissory note's date and its principal amount (in words, before "Dollars"). Form 155's three
    "please enter amount" boxes are the principal and the interest owed, and the lender's loan."""
    doc = read_document(corpus / "sba-buddy" / "SBA_148.pdf", "SBA_148.pdf")
    labels = {f.label for f in doc.fields}
    assert "The “Note” is the promissory note dated ____" in labels
    assert "in the principal amount of ____ Dollars," in labels
    assert "Note Amount" in labels or "note amount" in labels  # a tooltip that says which stays
    doc = read_document(corpus / "sba-buddy" / "SBA_155.pdf", "SBA_155.pdf")
    amounts = [f for f in doc.fields if "tooltip: please enter amount" in f.context]
    assert [f.label for f in amounts] == ["owes $ ____ principal", "principal and $ ____ interestto",
                                          "in the amount of $ ____ (Lender’s Loan)."]


@needs_corpus
def test_a_tooltip_copied_from_another_question_gives_way_to_the_printed_question(corpus):
    """SBA Form 1919 (2023): the boxes of question 5 (exports) carry question 6's tooltip ("… paid … a fee
    …"); SBA Form 1244: question 2's boxes carry question 3's, question 9's question 8's, and the "No" box of
    question 4 and the "Yes" box of question 5 each other's. Read as printed, no question is asked twice and
    none is lost."""
    doc = read_document(corpus / "sba-lukacera" / "SBAForm1919.pdf", "SBAForm1919.pdf")
    fixed = {f.id.split("#")[1]: f.label for f in doc.fields if f.label_source == "tooltip-corrected"}
    assert set(fixed) == {"084", "085"}
    assert fixed["084"].startswith("5. Are any of") and fixed["084"].endswith(" Yes") and fixed["085"].endswith(" No")
    fee = [f for f in doc.fields if "committed to pay a fee" in f.label]
    assert len(fee) == 2  # question 6's own two boxes
    doc = read_document(corpus / "sba-buddy" / "SBA_1244.pdf", "SBA_1244.pdf")
    fixed = {f.id.split("#")[1]: f.label for f in doc.fields if f.label_source == "tooltip-corrected"}
    assert set(fixed) == {"295", "296", "300", "301", "309", "310", "357"}
    assert fixed["295"].startswith("2. Are you presently subject to an indictment")
    # p. 14: the "Yes" box of "If no, is the project eligible under the 504 debt refinance alternative job goal?"
    # carries p. 15's "Has the CDC had staffing changes …?"; its "No" box beside it, the printed question (review 50 #7)
    assert fixed["357"] == "If no, is the project eligible under the 504 debt refinance alternative job goal? yes"
    staffing = [f for f in doc.fields if f.label.startswith("Has the CDC had staffing changes")]
    assert len(staffing) == 2 and {f.location.page for f in staffing} == {15}
    ratio = next(f for f in doc.fields if f.label.startswith("11. What is the CDC’s overall portfolio job ratio"))
    assert ratio.kind == "number"  # (a ratio "as of the date of its last Annual Report" is no date)
    assert fixed["300"].startswith("For any criminal offense") and fixed["300"].endswith("? No")
    assert fixed["301"].startswith("Are you presently suspended") and fixed["301"].endswith("? Yes")
    # a form whose tooltips are right keeps them all
    doc = read_document(corpus / "sba-lukacera" / "SBAForm413.pdf", "SBAForm413.pdf")
    assert not [f for f in doc.fields if f.label_source == "tooltip-corrected"]


@needs_corpus
def test_a_tooltip_one_word_off_its_printed_caption_gives_way_to_the_print(corpus):
    """SBA Form 1244 p. 2 captions its box "Loan Amount Requested", its tooltip says "Loan Amount Required"; DC's
    payment voucher prints "Spouse’s/registered domestic partner’s first name" over a "Partners's" tooltip: the
    print is the label, the tooltip kept in the context (review 50 #7). Not a format's placeholder (SBA Form 413
    prints "Home Phone (xxx-xx-xxxx)" over the right "xxx-xxx-xxxx"), nor another word beside the box (1040's
    "Child SSN" by the printed "and SSN"); and "Purpose of the loan_$" loses its author's "_$"."""
    doc = read_document(corpus / "sba-buddy" / "SBA_1244.pdf", "SBA_1244.pdf")
    amount = next(f for f in doc.fields if f.name == "Loan Amount Required")
    assert amount.label == "Loan Amount Requested" and amount.label_source == "printed"
    assert "tooltip: Loan Amount Required" in amount.context and amount.kind == "amount"
    assert next(f for f in doc.fields if f.name == "Purpose of the loan").label == "Purpose of the loan"
    doc = read_document(corpus / "dc-tax-pdflib" / "VOUCH.pdf", "VOUCH.pdf")
    assert any(f.label == "Spouse’s/registered domestic partner’s first name" for f in doc.fields)
    doc = read_document(corpus / "sba-lukacera" / "SBAForm413.pdf", "SBAForm413.pdf")
    assert any(f.label == "Home Phone (xxx-xxx-xxxx)" for f in doc.fields)
    assert not [f for f in doc.fields if f.label_source == "printed" and any(c.startswith("tooltip:") for c in f.context)]
    doc = read_document(corpus / "irs-1040pkg-pdflib" / "F1040.pdf", "F1040.pdf")
    assert not [f for f in doc.fields if f.label == "and SSN"]


@needs_corpus
def test_a_box_whose_tooltip_lists_its_codes_asks_the_category_printed_beside_it(corpus):
    """SBA Form 1244 p. 5: four boxes with tooltips "Response_M=Male; F=Female; X=Not Disclosed" … in a table whose
    first column prints the category ("Veteran", "Gender", "Race", "Ethnicity"): each asks that category, one of the
    tooltip's options — not "Response_…", and no spouse's datum for "4=Spouse of Veteran" (review 50 #7)."""
    doc = read_document(corpus / "sba-buddy" / "SBA_1244.pdf", "SBA_1244.pdf")
    coded = {f.label: f for f in doc.fields if f.location.page == 5 and f.kind == "choice"}
    assert set(coded) == {"Veteran", "Gender", "Race", "Ethnicity"}
    assert coded["Gender"].options == ("Male", "Female", "Not Disclosed")
    assert coded["Veteran"].subject is None and "Spouse of Veteran" in coded["Veteran"].options
    assert not [f for f in doc.fields if f.label.startswith("Response_")]


@needs_corpus
def test_a_label_asked_twice_on_a_page_takes_the_block_of_the_box_above_it(corpus):
    """SBA Form 912 has two "To Address" boxes: one under "7. Present Residence Address", one in the right-hand
    column under "Most recent prior address (omit if over 10 years ago)"'s date box — which had no context and read
    as the present address again (review 50 #7)."""
    doc = read_document(corpus / "sba-buddy" / "SBA_912.pdf", "SBA_912.pdf")
    to = sorted((f for f in doc.fields if f.label == "To Address"), key=lambda f: f.location.bbox[0])
    assert [f.context for f in to] == [("Present Residence Address",),
                                      ("Most recent prior address (omit if over 10 years ago)",)]


@needs_corpus
def test_a_yes_no_box_keeps_the_whole_question_printed_beside_it(corpus):
    """SBA Form 1919's tooltips paraphrase its numbered questions and drop parts of them; each box keeps the
    printed question whole (``Field.question``), from its number to where the next question or another
    field's row begins, spaced as printed. A form whose boxes carry no such tooltip gets none."""
    doc = read_document(corpus / "sba-lukacera" / "SBAForm1919.pdf", "SBAForm1919.pdf")
    q = {f.id.split("#")[1]: f.question for f in doc.fields if f.question}
    assert len(q) == 26 and all(f.kind == "checkbox" for f in doc.fields if f.question)
    assert q["081"] == q["082"] and q["081"].startswith("4. Is the Applicant or any Associate")
    assert "serving a sentence of imprisonment" in q["081"] and "Initial here" not in q["081"]
    assert "any Affiliates (per 13 CFR 121.301(f))" in q["077"] and "serving" not in q["077"]
    assert q["090"].endswith("(13 CFR §105.201(d))")
    assert not [x for x in q.values() if " ofthe " in x or "Ifyes" in x]
    # the tooltip stays the label (what matching reads); the question is the printed words
    assert doc.fields[[f.id for f in doc.fields].index("SBAForm1919.pdf#081")].label.startswith("If the Applicant")


@needs_corpus
def test_a_block_whose_heading_says_mandatory_or_optional_carries_that_heading(corpus):
    """SBA Form 1919 heads its owners' table "Applicant Ownership (Mandatory) …" and its demographic section
    "Applicant Owner's Demographic Information (Optional) - … Disclosure is voluntary …": each field of those
    blocks keeps the heading as printed, and no field of the questions below them does — those take the line
    printed over them, "If any questions are answered “Yes” please provide details …" (review 29 #3)."""
    doc = read_document(corpus / "sba-lukacera" / "SBAForm1919.pdf", "SBAForm1919.pdf")
    notes = {}
    for f in doc.fields:
        if f.block_note:
            notes.setdefault(f.block_note, []).append(f.id.split("#")[1])
    assert len(notes) == 3
    asked = next(v for k, v in notes.items() if k.startswith("If any questions are answered “Yes” please provide"))
    assert {"075", "076", "083", "110"} <= set(asked)
    owners = next(v for k, v in notes.items() if k.startswith("Applicant Ownership (Mandatory)"))
    assert owners == [f"{n:03d}" for n in range(33, 58)]
    optional = next(k for k in notes if "(Optional)" in k)
    assert "Disclosure is voluntary and will have no bearing on the loan application decision." in optional
    assert " ofthe " not in optional and set(notes[optional]) >= {"058", "059", "074", "113"}
    assert not set(notes[optional]) & {"075", "076", "083"}  # the eligibility questions below are not in it


@needs_corpus
def test_required_flags_are_read(corpus):
    doc = read_document(corpus / "sba-buddy" / "SBA_1244.pdf", "SBA_1244.pdf")
    assert 5 <= sum(1 for f in doc.fields if f.required) < len(doc.fields)


@needs_corpus
@pytest.mark.parametrize("rel", ["loan-consents-msfg/irs-form-4506-c.pdf", "loan-consents-msfg/ssa-89.pdf"])
def test_xfa_only_forms_are_read_from_the_template(corpus, tmp_path, rel):
    """Strip the AcroForm fields and widgets of a hybrid XFA form: what remains is an XFA-only form,
    and its fields are read from the XFA template, as many as the AcroForm tree had."""
    from pypdf.generic import ArrayObject, NameObject

    src = corpus / rel
    w = pypdf.PdfWriter(clone_from=str(src))
    w._root_object["/AcroForm"][NameObject("/Fields")] = ArrayObject()
    for page in w.pages:
        if "/Annots" in page:
            del page["/Annots"]
    xfa_only = tmp_path / "xfa_only.pdf"
    with open(xfa_only, "wb") as fh:
        w.write(fh)
    doc = read_document(xfa_only, "xfa_only.pdf")
    assert any("XFA-only" in x for x in doc.warnings)
    hybrid = read_document(src, src.name)
    assert abs(len(doc.fields) - len(hybrid.fields)) <= 0.1 * len(hybrid.fields)
    assert all(f.source == "xfa" and f.name for f in doc.fields)
    human = [f for f in doc.fields if not is_machine_name(f.label, f.name)]
    assert len(human) >= 0.9 * len(doc.fields)


@needs_corpus
def test_printed_labels_on_a_page_whose_mediabox_does_not_start_at_zero(corpus):
    """DC Schedule S: /MediaBox [36 36 648 828] and header fields without tooltips. Their labels are the
    words printed beside them, not the line 36 points below."""
    doc = read_document(corpus / "dc-tax-pdflib" / "DCSCHS.pdf")
    by_name = {f.name: f.label for f in doc.fields}
    assert by_name["TPLNAME"] == "Enter your last name"
    assert by_name["TPSSN"] == "Enter your social security number"


@needs_corpus
def test_a_tooltip_several_boxes_share_gives_way_to_the_print_that_tells_them_apart(corpus):
    """Form 8453: the taxpayer's SSN box carries the spouse's tooltip, and city, state and ZIP share one
    tooltip; the print beside each box tells them apart. Boxes whose shared tooltip is right keep it."""
    doc = read_document(corpus / "irs-1040pkg-pdflib" / "F8453.pdf")
    by_name = {f.name: f for f in doc.fields}
    assert by_name["TSSN"].label == "Your social security number"
    assert by_name["SSSN"].label.startswith("Spouse")
    assert [by_name[n].label for n in ("CITY", "ST", "ZIP")] == ["City", "State", "ZIP Code"]
    assert any(c.startswith("tooltip: ") for c in by_name["TSSN"].context)
    assert by_name["TLNAME"].label == by_name["SLNAME"].label == "Last name"


@needs_corpus
def test_one_caption_over_several_boxes_is_split_between_them(corpus):
    """DC Schedule S page 2: 'Last name and SSN' is printed once over two boxes."""
    doc = read_document(corpus / "dc-tax-pdflib" / "DCSCHS.pdf")
    by_name = {f.name: f for f in doc.fields}
    assert (by_name["TPLNAME2"].label, by_name["TPSSN2"].label) == ("Last name", "SSN")
    assert by_name["TPSSN2"].context[-1] == "Last name and SSN"


@needs_corpus
def test_an_information_return_issued_in_copies_is_not_the_applicants_document(corpus, tmp_path):
    """The W-2 is filled and issued by the employer (Copy A for the SSA, Copy B for the employee's return):
    read, but not counted among the documents the applicant submits."""
    from formslim.pipeline import analyze

    doc = read_document(corpus / "irs-conmecto" / "fw2.pdf")
    assert doc.kind == "issued" and "Copy" in doc.kind_evidence[0]
    plan = analyze([corpus / "irs-conmecto"]).plan
    assert any(x["file"].endswith("fw2.pdf") for x in plan.excluded)
    assert not any(d.file.endswith("fw2.pdf") for d in plan.documents)


@needs_corpus
def test_a_numbered_lines_caption_printed_over_several_rows_is_read_whole(corpus):
    """Form 8829 line 35 and Schedule B line 4 print their caption over two rows, the box beside the last:
    the label runs from the line's number to that row, so the carry-over at its end ("Enter here and on
    Schedule C, line 30") is part of it. Schedule B's tooltips "Amount_4" are a program's names, not
    print. A lettered sub-line ("c 40-year") stays its own label."""
    f8829 = {f.name: f for f in read_document(corpus / "irs-1040pkg-pdflib" / "F8829.pdf").fields}
    assert f8829["L34"].label.startswith("35 Allowable expenses for business use of your")
    assert "Enter here and on Schedule C, line 30" in f8829["L34"].label
    schb = {f.name: f for f in read_document(corpus / "irs-1040pkg-pdflib" / "FSCHB.pdf").fields}
    assert schb["L4"].label == ("4 Subtract line 3 from line 2. Enter the result here and on Form 1040A, or "
                                "Form 1040, line 8a")
    assert schb["L6"].label.endswith("Form 1040, line 9a")
    assert not any(is_machine_name(f.label, f.name) for f in schb.values())
    f4562 = read_document(corpus / "irs-1040pkg-pdflib" / "F4562R.pdf").fields
    assert any(f.label == "c 40-year" for f in f4562)


@needs_corpus
def test_a_tooltip_that_only_says_where_the_box_is_gives_way_to_the_lines_print(corpus):
    """Schedule SE's tooltips are "Line 2", "Line 12": the label is the line's printed caption, from its
    number to the box's row, and the line number stays the tooltip's."""
    se = {f.name: f for f in read_document(corpus / "irs-1040pkg-pdflib" / "FSCHSELS.pdf").fields}
    assert se["L2"].label.startswith("2 Net profit or (loss) from Schedule C, line 31")
    assert se["L2"].line == "2" and "tooltip: Line 2" in se["L2"].context
    assert se["L3"].label == "3 Combine lines 1a, 1b, and 2"
    assert se["L12"].label.startswith("12 Self-employment tax")


@needs_corpus
def test_a_tooltip_naming_another_line_than_the_row_it_sits_on_is_not_believed(corpus):
    """Form 1040 (TY2013, PDFlib's edition): the box on line 14's row says "Line 21. Other income. List
    type and amount", boxes on lines 56, 58, 63, 64a and 71 say "Line 53 …" or "Line 44 …". Each is
    another box of the line it sits on, with no line number of its own and none of the line's caption
    words (it is not the line's amount: line 64a's EIC stays one field). Boxes whose tooltips name their
    own row's line keep them, a two-column page (Schedule C: lines 8 and 18 side by side) included."""
    by_name = {f.name: f for f in read_document(corpus / "irs-1040pkg-pdflib" / "F1040.pdf").fields}
    for name, line in (("L14W", "14"), ("L52T", "56"), ("L54W", "58"), ("L59W", "63"), ("L59S", "63"),
                       ("L60C", "64a"), ("L64A", "71")):
        f = by_name[name]
        assert f.label == f"Line {line}: another box on this line", (name, f.label)
        assert f.label_source == "tooltip-corrected" and f.line is None
        assert any("names line" in c for c in f.context)
    assert by_name["L14"].label.startswith("Line 14. Other gains or (losses)")
    assert by_name["L60"].line == "64a" and by_name["L21"].line == "21"
    assert [f.name for f in by_name.values() if "EIC" in f.label] == ["L60"]
    sch_c = {f.name: f for f in read_document(corpus / "irs-1040pkg-pdflib" / "FSCHC.pdf").fields}
    assert sch_c["L8"].label.startswith("Line 8. Advertising") and sch_c["L18"].label.startswith("Line 18. Office")
    assert not any(f.label_source == "tooltip-corrected" and "another box" in f.label for f in sch_c.values())


@needs_corpus
def test_a_tooltip_copied_from_the_box_beside_gives_way_to_each_boxs_caption(corpus):
    """Form 8453: the foreign postal code box carries the tooltip of the province box beside it; the
    captions printed over the row tell the two apart."""
    by_name = {f.name: f for f in read_document(corpus / "irs-1040pkg-pdflib" / "F8453.pdf").fields}
    assert by_name["FCNTY"].label == "Foreign province/state/county"
    assert by_name["FZIP"].label == "Foreign postal code"


@needs_corpus
def test_a_group_of_radio_buttons_is_labelled_by_its_question_not_its_first_option(corpus):
    """DC Form D-40 has no tooltips: its filing-status buttons ("Single, | Married filing jointly, | …") are
    one field, asked by the words left of them ("Filing status"), not by the first option beside the first
    button; a caption printed with a wide gap ("Check the box if Form D-2210 … is attached") is read from
    its start, not from "is attached"; a push button flagged on its widgets is no field."""
    doc = read_document(corpus / "dc-tax-pdflib" / "DC40.pdf")
    by_name = {f.name: f for f in doc.fields}
    assert by_name["FSRB"].label == "Filing status" and len(by_name["FSRB"].options) == 8
    assert by_name["DEDBOXRB"].label.startswith("16 Deduction type")
    # its options are the words printed beside each box, not the export codes (FSA, FSC …, CKBOX, SAVBOX) —
    # right of the boxes ("☐ Single,") or left of them ("checking ☐ OR savings ☐"); boxes sharing a name with
    # an "on" state each are one choice (review 23)
    assert by_name["FSRB"].kind == "radio" and by_name["FSRB"].options[:3] == (
        "Single", "Married filing jointly", "Married filing separately")
    assert by_name["DEDBOXRB"].options == ("Standard", "Itemized")
    assert by_name["ACCTTYRB"].options == ("Checking", "Savings")
    assert by_name["REFOPTRB"].options == ("Direct deposit", "Tax refund card", "Paper check")
    assert by_name["D2210BX2"].label == "Check the box if Form D-2210 is attached"
    # "Add 2210" is a push button (the flag on each widget) that opens Form D-2210: not a question (review 34)
    assert "Add 2210" not in by_name


@needs_corpus
def test_a_caption_that_starts_mid_sentence_takes_its_start_from_the_row_above(corpus):
    """Form 4562 prints column heads and row captions over two rows: a box beside "percentage" was labelled
    by that word alone, one beside "property" (under "i Nonresidential real") too, and Form 8829's line 32 by
    "of line 27 or line 31". A caption that starts in the middle of a sentence takes its start from the
    row just above it, over the same column."""
    doc = read_document(corpus / "irs-1040pkg-pdflib" / "F4562R.pdf")
    by_name = {f.name: f.label for f in doc.fields}
    assert by_name["L39_L39E[1]"] == "Code section period or percentage"
    assert by_name["L14C8[2]"] == "i Nonresidential real property"
    f8829 = {f.name: f.label for f in read_document(corpus / "irs-1040pkg-pdflib" / "F8829.pdf").fields}
    assert f8829["L31"].startswith("32 Allowable excess casualty losses and depreciation")


@needs_corpus
def test_a_box_that_says_when_to_tick_it_marks_the_answer_on_its_own_row(corpus):
    """Form D-40 prints its "Check if loss" boxes left of the amounts they mark, on the same row: the box before
    line d's amount is line d's (its context), not line c's above it (review 49 #3) — and "Fill in if loss" on
    line 21 is line 21's, not line 18's."""
    d40 = {f.name: f for f in read_document(corpus / "dc-tax-pdflib" / "DC40.pdf").fields}
    assert d40["RENTLOSS"].context == (d40["RENTINC"].label,)
    assert d40["CAPLOSS"].context == (d40["CAPGAIN"].label,) and d40["BUSLOSS"].context == (d40["BUSINC"].label,)
    assert d40["FAGLOSSX"].context == (d40["FEDAGI"].label,) and d40["TXINLOSS"].context == (d40["TAXINC"].label,)
    assert d40["BX62"].context == ()  # a box with words of its own is left alone


@needs_corpus
def test_a_box_whose_line_number_is_printed_beside_it_takes_its_own_lines_caption(corpus):
    """DC Form D-40 (2013) prints "23 Credit for child and dependent care expenses $ [____] .00 X .32 Enter result
    > 23 $ [____]" and likewise line 28 (× .40): the result box is its line's second box, labelled by the words
    just before it, not by line 22's or line 27's caption above it (review 34 #3); a box labelled by a fragment of
    its own line ("Fill in if loss") takes the whole line; Schedule A's line 29, whose tooltip drops where the
    total goes, keeps the printed caption that says so (IRS review 33b #11)."""
    d40 = {f.name: f for f in read_document(corpus / "dc-tax-pdflib" / "DC40.pdf").fields}
    assert (d40["CHCARECR"].line, d40["CHCARECR"].label) == ("23", "23 .00 X .32 Enter result")
    assert (d40["DCEIC"].line, d40["DCEIC"].label) == ("28", "28 .00 X .40 Enter result")
    assert d40["TAXINC"].label.startswith("21 DC taxable income. Subtract Line 20 from Line 15")
    sch_a = {f.name: f for f in read_document(corpus / "irs-1040pkg-pdflib" / "FSCHA.pdf").fields}
    assert sch_a["L28"].label.startswith("Is Form 1040, line 38, over $150,000?")
    assert sch_a["L28"].caption.endswith("Also, enter this amount on Form 1040, line 40")
