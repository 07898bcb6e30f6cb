"""The consolidated form asks questions, not keyboard instructions: a fillable PDF's tooltips ("Please
enter … here", "If …, please check this box by clicking or pressing the Enter key or space bar") lose
their instruction words, two boxes that answer one question with its negation become one yes/no question,
and one box per option becomes one question with options. Unit cases written from the tooltips of SBA
Form 1919 (2023); the end-to-end case reads the corpus copy of that form."""
import json

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
        ("radio", "The applicant or any associate is presently suspended, debarred", ["Yes", "No"]),
        ("radio", "Any of the Applicant's revenues are derived from gambling", ["Yes", "No"])]
    assert items[0]["from_fields"] == ["1919#001", "1919#002"]
    assert items[0]["printed"].count("please check this box") == 2
    assert items[2]["kind"] == "checkbox" and len(items) == 3


def test_one_box_per_option_is_one_question_with_options_and_runs_stay_apart():
    sections = {"owners": [
        _box("010", "If the owner is a veteran" + CHECK),
        _box("011", "If the owner is a service-disabled veteran" + CHECK),
        _box("012", "If the owner didn't disclose their veteran status" + CHECK),
        _box("013", "If the owner is male" + CHECK),
        _box("014", "If the owner is female" + CHECK),
        # a box that opens a question of its own stays a box
        _box("015", "If the purpose of the loan is Working Capital" + CHECK + ", then enter the dollar amount"),
        _box("016", "If the purpose of the loan is Debt Refinancing" + CHECK + ", then enter the dollar amount"),
    ]}
    plain_questions(sections)
    got = [(i["kind"], i["label"], i["options"], i.get("multiple")) for i in sections["owners"]]
    assert got[0] == ("choice", "The owner (tick each that applies)", ["veteran", "service-disabled veteran"], True)
    assert got[1][:2] == ("checkbox", "The owner didn't disclose their veteran status")
    assert got[2] == ("choice", "The owner (tick each that applies)", ["male", "female"], True)
    assert [g[:2] for g in got[3:]] == [("checkbox", "The purpose of the loan is Working Capital"),
                                        ("checkbox", "The purpose of the loan is Debt Refinancing")]


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
    debarred = [i for i in items if i["label"].startswith("The applicant or any associate is presently suspended")]
    assert len(debarred) == 1 and debarred[0]["kind"] == "radio" and debarred[0]["options"] == ["Yes", "No"]
    entity = next(i for i in items if i["label"] == "The entity type (tick each that applies)")
    assert entity["kind"] == "choice" and {"Sole Proprietor", "LLC"} <= set(entity["options"]) and entity["multiple"]
    # what was asked before stays visible to a reviewer
    assert all("printed" in i for i in (debarred[0], entity))
    # the tooltip "Please enter the date of the representative's signature in … format" is the signing date:
    # asked once, in the signature block, not again among the request's questions
    # its demographic section is "completed for each individual who holds 20% …" and nobody signs it: no
    # signature block for "the individual the statement is about"
    assert not [i for s in form["sections"] for i in s["items"] if i["kind"] == "signature" and i["role"] == "individual"]
    dates = [(s["id"], i) for s in form["sections"] for i in s["items"] if i["kind"] == "date"]
    assert [s for s, _ in dates] == ["signature"] and dates[0][1]["from_fields"] == ["SBAForm1919.pdf#121"]
