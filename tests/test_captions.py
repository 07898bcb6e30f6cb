"""The consolidated form asks questions, not keyboard instructions: a fillable PDF's tooltips ("Please
enter … here", "If …, please check this box by clicking or pressing the Enter key or space bar") lose
their instruction words, two boxes that answer one question with its negation become one yes/no question,
and one box per option becomes one question with options. Unit cases written from the tooltips of SBA
Form 1919 (2023); the end-to-end case reads the corpus copy of that form."""
import json
import re

from formslim.pipeline import analyze
from formslim.report.captions import caption, plain_questions

from .conftest import CORPUS, needs_corpus

CHECK = ", please check this box by clicking or pressing the Enter key or space bar"


def test_instruction_words_are_dropped_and_the_rest_kept_word_for_word():
    assert caption("Please enter the first owner's legal name, including first, middle, and last names",
                   "text") == "First owner's legal name, including first, middle, and last names"
    assert caption("Please enter the number of existing employees here", "number") == "Number of existing employees"
    assert caption("If the entity type is LLC" + CHECK, "checkbox") == "The entity type is LLC"
    assert caption("Date of the representative's signature in two-digit month / two-digit day / four-digit year "
                   "format", "date") == "Date of the representative's signature"
    # a label with no instruction, and a Korean label, are printed as the form prints them
    assert caption("Business TIN", "text") == "Business TIN"
    assert caption("사업자등록번호를 입력하세요", "text") == "사업자등록번호를 입력하세요"
    # a box without the instruction is not reworded ("If applicable" is a condition, not an instruction)
    assert caption("If applicable, attach Schedule B", "checkbox") == "If applicable, attach Schedule B"
    # the replaced form's numbers are not printed: a question that sends the reader on by them says where
    # without them (SBA 1919 question 5, its sub-questions right after it in the host's reading order)
    assert caption("5. Are any of the Applicant's products exported? If “Yes,” answer questions 5.a) and b) below, "
                   "if “No” move to question 6", "radio") == (
        # (the questions it governs by their numbers, which they keep: never "skip them", which would reach every
        # question after it — review 30 #1)
        "Are any of the Applicant's products exported? If “Yes,” answer questions 5.a) and b), which follow; if "
        "“No,” leave those blank and go on.")


def _box(fid, label, doc="1919"):
    return {"id": fid, "label": label, "kind": "checkbox", "options": [], "required": True,
            "from_fields": [f"{doc}#{fid}"], "from_document": doc}


def test_a_question_and_its_negation_are_one_yes_no_question():
    sections = {"applicant": [
        _box("001", "If the applicant or any associate is presently suspended, debarred" + CHECK),
        _box("002", "If the applicant or any associate is not presently suspended, debarred" + CHECK),
        _box("003", "If any of the Applicant's revenues are derived from gambling" + CHECK),
        _box("004", "If none of the Applicant's revenues are derived from gambling" + CHECK),
        # the same words in another document: another question
        _box("005", "If the applicant or any associate is presently suspended, debarred" + CHECK, doc="other"),
    ]}
    plain_questions(sections)
    items = sections["applicant"]
    assert [(i["kind"], i["label"], i["options"]) for i in items[:2]] == [
        ("radio", "Is the applicant or any associate presently suspended, debarred?", ["Yes", "No"]),
        ("radio", "Are any of the Applicant's revenues derived from gambling?", ["Yes", "No"])]
    assert items[0]["from_fields"] == ["1919#001", "1919#002"]
    assert items[0]["printed"].count("please check this box") == 2
    assert items[2]["kind"] == "checkbox" and len(items) == 3


def test_a_yes_no_pair_with_its_printed_question_asks_that_question():
    q = ("4. Is the Applicant currently incarcerated, serving a sentence of imprisonment? (if “Yes” the Applicant "
         "is not eligible.)")
    sections = {"applicant": [
        {**_box("001", "If the applicant is currently incarcerated" + CHECK), "_question": q},
        {**_box("002", "If the applicant is not currently incarcerated" + CHECK), "_question": q},
        # two boxes that do not share one printed question keep the tooltips' question
        {**_box("003", "If the applicant has paid a fee" + CHECK), "_question": "6. Has the Applicant paid a fee?"},
        _box("004", "If the applicant has not paid a fee" + CHECK),
    ]}
    plain_questions(sections)
    items = sections["applicant"]
    assert (items[0]["label"], items[0]["verbatim"]) == (q[3:], True)
    assert items[1]["label"] == "Has the applicant paid a fee?" and "verbatim" not in items[1]


def test_a_yes_no_statement_is_asked_as_its_question():
    from formslim.report.captions import as_question

    assert as_question("The Applicant, any owner of the Applicant, or any business owned by them (Affiliates), is "
                       "presently involved in any legal action") == \
        "Is the Applicant, any owner of the Applicant, or any business owned by them (Affiliates) presently involved " \
        "in any legal action?"
    assert as_question("The applicant has paid a fee to a broker") == "Has the applicant paid a fee to a broker?"
    assert as_question("You are a U.S. citizen") == "Are you a U.S. citizen?"
    # not sure: a relative clause before the verb, no plain subject first, Korean, already a question
    for text in ("Any owner who has a felony is listed", "Operating Company (OC)", "신청인은 중소기업이다",
                 "Is the applicant a citizen?"):
        assert as_question(text) == text


def test_one_box_per_option_is_one_question_with_options_and_runs_stay_apart():
    sections = {"owners": [
        _box("010", "If the owner is a veteran" + CHECK),
        _box("011", "If the owner is a service-disabled veteran" + CHECK),
        _box("012", "If the owner didn't disclose their veteran status" + CHECK),
        _box("013", "If the owner is male" + CHECK),
        _box("014", "If the owner is female" + CHECK),
        # a box that opens a question of its own is an option too (SBA 1919's loan purposes, each with its
        # amount: a ministry reviewer read seven separate tick lines as one question); a box that names no
        # option does not end the run
        _box("015", "If the purpose of the loan is Working Capital" + CHECK + ", then enter the dollar amount"),
        _box("016", "If the purpose of the loan includes a second Other Purpose" + CHECK),
        _box("017", "If the purpose of the loan is Debt Refinancing" + CHECK + ", then enter the dollar amount"),
    ]}
    plain_questions(sections)
    got = [(i["kind"], i["label"], i["options"], i.get("multiple")) for i in sections["owners"]]
    # (the box for not answering is the question's last option, and the question ends with it)
    assert got[0] == ("choice", "The owner (tick each that applies)",
                      ["veteran", "service-disabled veteran", "not disclosed"], True)
    assert got[1] == ("choice", "The owner (tick each that applies)", ["male", "female"], True)
    assert got[2] == ("choice", "The purpose of the loan (tick each that applies)",
                      ["Working Capital", "Debt Refinancing"], True)
    assert [g[:2] for g in got[3:]] == [("checkbox", "The purpose of the loan includes a second Other Purpose")]


@needs_corpus
def test_sba_1919_in_the_consolidated_form_reads_as_questions(tmp_path):
    from formslim.report.redesign import write_report

    a = analyze([CORPUS / "sba-lukacera" / "SBAForm1919.pdf", CORPUS / "sba-buddy" / "SBA_912.pdf"])
    # (912 is signed by each owner: kept as it is, its questions are not the consolidated form's)
    write_report(a, tmp_path / "out")
    form = json.loads((tmp_path / "out" / "form.json").read_text(encoding="utf-8"))
    items = [i for s in form["sections"] for i in s["items"]]
    labels = [i["label"] for i in items]
    assert not [x for x in labels if "please check this box" in x.lower() or x.lower().startswith("please enter")]
    # (a yes/no pair is asked as the question the form prints beside it, word for word — not as the statement
    # its boxes' tooltips make, which drop half of it: review 28b)
    debarred = [i for i in items if i["label"].startswith("Is the Applicant or if the Applicant is structured as an "
                                                          "Eligible Passive Company")]
    assert len(debarred) == 1 and debarred[0]["kind"] == "radio" and debarred[0]["options"] == ["Yes", "No"]
    assert debarred[0]["verbatim"] is True and debarred[0]["label"].endswith("presently involved in any bankruptcy?")
    assert "or any Affiliates (per 13 CFR 121.301(f))" in next(x for x in labels if "guarantor on such a loan" in x)
    jailed = next(x for x in labels if "incarcerated" in x)
    assert "serving a sentence of imprisonment" in jailed
    assert jailed.endswith("(if “Yes” the Applicant is not eligible for SBA financial assistance.)")  # not the initials' line
    assert next(x for x in labels if "owner of any other business" in x).endswith("identified as addendum A.")
    assert "“Household Member” means spouse and minor children" in next(x for x in labels if "SBA employee or a Household" in x)
    assert not [x for x in labels if re.search(r"\b(?:ofthe|Ifyes|toyour)\b", x)]  # spaced as printed
    # the owners' table and the demographic section keep their printed headings: mandatory, and optional with
    # "Disclosure is voluntary" (review 28b); each owner's demographic answers say whose they are
    optional = next(k for k, x in enumerate(labels) if x.startswith("Applicant Owner’s Demographic Information (Optional)"))
    assert items[optional]["kind"] == "statement" and "Disclosure is voluntary" in labels[optional]
    assert labels[optional + 1].startswith("Owner’s Legal Name (First name Last name)") and labels[optional + 1].endswith("(for each owner)")
    assert labels[optional + 2] == "Owner’s Position (for each owner)"  # (as printed)
    assert labels[optional + 3].startswith("The owner's veteran status")
    assert items[optional + 3]["required"] is False  # (optional, as the heading says)
    owners = next(k for k, x in enumerate(labels) if x.startswith("Applicant Ownership (Mandatory)"))
    assert items[owners + 1]["label"].startswith("First owner's legal name") and items[owners + 1]["required"] is True
    assert any(x.startswith("Applicant Ownership (Mandatory)") for x in labels)
    # "A separate SBA Form 1919 for each co-Applicant (e.g., EPC and OC) must be completed …": so is the form
    # that replaces it (review 28b: "every datum once" is per co-applicant)
    assert "One form is filed for each co-applicant" in form["intro"] and "A separate SBA Form 1919" in form["intro"]
    # its OMB control number: the consolidated form revises an approved collection (review 28b)
    # the demographic questions of a loan application: Regulation B for the legal reviewer (review 29)
    # (the data Regulation B restricts are one point, each named: SBA review 57 #6)
    (reg_b,) = [x for x in form["legal_review"] if "12 CFR 1002.5(b)" in x]
    assert "The owner's race" in reg_b and "The owner's sex" in reg_b and "The owner's ethnicity" in reg_b
    omb = [x for x in form["legal_review"] if "OMB Control No. 3245-0348" in x]
    assert len(omb) == 1 and "44 U.S.C. 3507(a)" in omb[0]
    # 1919 prints "Entity Type Check One:" (its special ownership type: "(Select all that apply)"); its box
    # for "Other", then describe it, is the last option and the description its own question after it
    entity = next(i for i in items if i["label"] == "The entity type (tick one)")
    assert entity["kind"] == "choice" and {"Sole Proprietor", "LLC", "Other"} <= set(entity["options"])
    assert entity["multiple"] is False
    ownership = next(i for i in items if i["label"] == "The Special Ownership Type (tick each that applies)")
    assert ownership["multiple"] is True and "Other" in ownership["options"]
    assert labels.index("What other type of entity the applicant business is") == labels.index(entity["label"]) + 1
    # the main form's own questions in its reading order, in one section: a question's sub-questions follow it
    # ("5. … exported?", "5.a) estimated total export sales", "5.b) first … third principal country"), the jobs
    # created with the jobs retained (an AcroForm lists its boxes as they were drawn, not read)
    # (its "answer questions 5.a) and b) below, if 'No' move to question 6" says where without the numbers)
    export = next(k for k, x in enumerate(labels) if x.startswith("Are any of the Applicant's products"))
    assert "If “Yes,” answer questions 5.a) and b), which follow; if “No,” leave those blank and go on. * (For EWCP " \
           "loans" in labels[export]
    # … and the questions it governs keep their printed numbers; the rewording is for legal review
    assert any(x.startswith("5.a) Provide the estimated total export sales") for x in labels)
    assert any(x.startswith("5.b) List of principal countries of Export (list at least 1): first") for x in labels)
    assert any("move to question 6" in x and "leave those blank" in x for x in a.form["legal_review"])
    assert labels[export + 1].startswith("5.a) Provide the estimated total export sales")
    assert [x.split(": ")[1].split()[0] for x in labels[export + 2:export + 5]] == ["first", "second", "third"]
    # initials the 1919 asks to confirm its question 4 follow that question, and say so (the form's numbers are
    # not kept: "question 4" alone would point nowhere)
    initials = next(k for k, x in enumerate(labels) if x.startswith("Initials confirming the answer above"))
    assert "incarcerated" in labels[initials - 1] and "question 4 of the replaced form" in labels[initials]
    # the loan's purposes are one question, the building purchase among them (its box, #031, drawn apart from
    # the others but printed beside them)
    purpose = next(i for i in items if i["label"].startswith("The purpose of the loan ("))
    assert len(purpose["options"]) == 7 and any("existing building" in o for o in purpose["options"])
    assert not any(x.startswith("The purpose of the loan is the purchase") for x in labels)
    # each purpose's dollar amount is asked where that purpose is ticked (review 22 finding 15)
    amounts = {i["label"]: i for i in items if i["label"].startswith("Dollar amount of the")}
    assert amounts["Dollar amount of the debt refinance"]["condition"] == "if “Debt Refinancing” is ticked"
    assert amounts["Dollar amount of the working capital"]["condition"] == "if “Working Capital” is ticked"
    assert not amounts["Dollar amount of the working capital"]["required"]
    jobs = [k for k, x in enumerate(labels) if x.startswith(("# of FTE jobs", "# of new FTE jobs"))]
    assert len(jobs) == 2 and jobs[1] == jobs[0] + 1
    assert form["sections"][0]["title"] == "1. The applicant business and the request"
    # the owner's sex and veteran status are named by their options and take one value each
    sex = next(i for i in items if i["label"].startswith("The owner's sex"))
    assert sex["options"] == ["male", "female"] and sex["multiple"] is False and "(tick one)" in sex["label"]
    # what was asked before stays visible to a reviewer
    assert all("printed" in i for i in (debarred[0], entity))
    # the tooltip "Please enter the date of the representative's signature in … format" is the signing date:
    # asked once, in the signature block, not again among the request's questions
    # its demographic section is "completed for each individual who holds 20% …" and nobody signs it: no
    # signature block for "the individual the statement is about"
    assert not [i for s in form["sections"] for i in s["items"] if i["kind"] == "signature" and i["role"] == "individual"]
    dates = [(s["id"], i) for s in form["sections"] for i in s["items"] if i["kind"] == "date"]
    assert [s for s, _ in dates] == ["signature"] and dates[0][1]["from_fields"] == ["SBAForm1919.pdf#121"]


def test_a_group_the_form_says_to_tick_one_of_is_one_choice():
    """A box of the group printed by "Check One" (``Field.choose`` "one", carried as ``_choose``) makes the
    group one choice; "Other", then describe it, joins it as its last option."""
    sections = {"applicant": [
        {**_box("011", "If the entity type is Sole Proprietor" + CHECK), "_choose": "one"},
        {**_box("012", "If the entity type is Partnership" + CHECK), "_choose": ""},
        {**_box("016", "If the entity type is Other" + CHECK + ", then enter a description in the following field"),
         "_choose": ""},
        {"id": "017", "label": "Please specify what other type of entity the applicant business is", "kind": "text",
         "options": [], "required": False, "from_fields": ["1919#017"], "from_document": "1919"},
    ]}
    plain_questions(sections)
    items = sections["applicant"]
    assert [(i["kind"], i["label"], i["options"], i.get("multiple")) for i in items[:1]] == [
        ("choice", "The entity type (tick one)", ["Sole Proprietor", "Partnership", "Other"], False)]
    assert items[1]["kind"] == "text" and len(items) == 2


def test_options_that_are_one_datums_values_name_the_question():
    names = {("male", "female"): "sex"}
    sections = {"owners": [_box("013", "If the owner is male" + CHECK), _box("014", "If the owner is female" + CHECK)]}
    plain_questions(sections, name_of_options=lambda opts: (names.get(tuple(opts), ""), ""))
    (item,) = sections["owners"]
    assert item["label"] == "The owner's sex (tick one)" and item["multiple"] is False


def test_selection_instructions_are_read_in_both_languages():
    from formslim.fields.kinds import selection_instruction as si

    assert [si(x) for x in ("Check One:", "(Check only one box)", "지원 분야(택 1)", "하나만 선택", "Mark one refund choice",
                            "(Select all that apply)", "복수 선택 가능", "해당 항목 모두 표시", "Check one or more",
                            "Entity Type", "Check if any", "one")] == [
        "one", "one", "one", "one", "one", "many", "many", "many", "many", "", "", ""]


@needs_corpus
def test_the_print_beside_check_boxes_says_how_many_to_tick():
    from formslim.parse import read_document

    doc = read_document(CORPUS / "sba-lukacera" / "SBAForm1919.pdf", "SBAForm1919.pdf")
    chosen = {f.label.split(",")[0]: f.choose for f in doc.fields if f.choose}
    assert chosen["If the entity type is Sole Proprietor"] == "one"
    assert chosen["If the Special Ownership Type is Cooperative"] == "many"
    # a caption of another block in the column to the left is not the box's ("Check only one box" of the
    # 1040's filing status, above the exemption boxes 6a and 6b)
    doc = read_document(CORPUS / "irs-1040pkg-pdflib" / "F1040.pdf", "F1040.pdf")
    assert not [f for f in doc.fields if f.label.startswith(("Yourself", "Spouse")) and f.choose]


def test_a_box_that_only_says_when_to_tick_it_names_the_answer_it_marks():
    """Form D-40 prints "Check if loss" beside several income lines: in the consolidated form each says which
    line it marks (review 22: four bare "Check if loss" rows); a box with a caption of its own is left alone."""
    items = [{"id": "a", "label": "Line c. Capital gain (or loss)", "kind": "amount", "options": [], "required": False,
              "from_fields": ["d#1"], "from_document": "D-40"},
             {"id": "b", "label": "Check if loss", "kind": "checkbox", "options": [], "required": False,
              "from_fields": ["d#2"], "from_document": "D-40"},
             {"id": "c", "label": "Married filing jointly", "kind": "checkbox", "options": [], "required": False,
              "from_fields": ["d#3"], "from_document": "D-40"}]
    sections = {"applicant": items}
    plain_questions(sections)
    labels = [i["label"] for i in sections["applicant"]]
    assert "Line c. Capital gain (or loss): check if loss" in labels and "Married filing jointly" in labels


def test_a_form_filed_once_for_each_co_applicant_says_so_in_its_own_words():
    from formslim.parse.classify import one_per

    text = ("Instructions for completing this form: A separate SBA Form 1919 for each co-Applicant (e.g., EPC and OC) "
            "must be completed and signed by the authorized representative of the Applicant and submitted to your "
            "SBA Participating Lender. The amounts of the “Purpose of the loan” section …")
    assert one_per(text) == text[text.index("A separate"):text.index(" The amounts")]
    assert one_per("공동대표자는 각각 작성하여 제출합니다. 그 밖의 사항") == "공동대표자는 각각 작성하여 제출합니다."
    # a separate sheet for each owner is an attachment, not a form per co-applicant
    assert one_per("Attach a separate sheet for each owner if necessary.") == ""



@needs_corpus
def test_a_column_header_printed_once_captions_every_row():
    """SBA review 30 #5: the 1919's owner table prints "Home Address (Street, City, State, Zip Code - No P.O. Box)"
    once, over its first row; each owner's box is captioned by it, with which owner the tooltip says ("Please
    enter the third owner's home address here") — the "No P.O. Box" is no longer lost."""
    from formslim import read_package

    doc = read_package([CORPUS / "sba-lukacera" / "SBAForm1919.pdf"]).documents[0]
    homes = [f.caption for f in doc.fields if re.search(r"owner's home address", f.label)]
    assert homes == [f"{n} owner: Home Address (Street, City, State, Zip Code - No P.O. Box)"
                     for n in ("First", "Second", "Third", "Fourth", "Fifth")], homes
