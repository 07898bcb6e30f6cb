"""Parts of one answer (formslim.fields.parts): a date printed as month, day and year boxes, an address's
second line, are one question — the boxes stay fields (each has its AcroForm name), and the plan counts
them once."""
from __future__ import annotations

from formslim import read_document
from formslim.fields.parts import date_part, date_parts
from formslim.model import Field, Location

from .conftest import CORPUS, needs_corpus


def _box(i: int, label: str, x0: float, top: float = 500.0, page: int = 1) -> Field:
    return Field(id=f"f.pdf#{i:03d}", label=label, normalized_label=label.lower(), kind="text",
                 location=Location(file="f.pdf", page=page, bbox=(x0, top, x0 + 22, top + 13)), source="acroform")


def test_the_part_of_a_date_a_box_asks_is_the_last_date_word_of_its_label():
    assert date_part("8. 2 digit day. 1 of 4") == "d"
    assert date_part("8. Year or period requested. Enter the ending date using the mm/dd/yyyy format. "
                     "2 digit month. 1 of 4") == "m"
    assert date_part("4 digit Year") == "y" and date_part("2024 년") == "y" and date_part("월") == "m"
    assert date_part("생년월일") == "" and date_part("작성일") == "" and date_part("Social security number") == ""


def test_boxes_of_one_date_on_one_line_are_parts_of_its_first_box():
    """Two periods side by side (month, day, year twice), a box of another line, a whole date in one box."""
    boxes = [_box(1, "Period. 2 digit month. 1 of 2", 20), _box(2, "2 digit day. 1 of 2", 49),
             _box(3, "4 digit year. 1 of 2", 78), _box(4, "2 digit month. 2 of 2", 180),
             _box(5, "2 digit day. 2 of 2", 209), _box(6, "4 digit year. 2 of 2", 238),
             _box(7, "Date of birth (mm/dd/yyyy)", 20, top=560), _box(8, "Today's date (mm/dd/yyyy)", 49, top=560),
             _box(9, "Day care hours", 20, top=620)]
    assert date_parts(boxes) == {"f.pdf#002": "f.pdf#001", "f.pdf#003": "f.pdf#001",
                                 "f.pdf#005": "f.pdf#004", "f.pdf#006": "f.pdf#004"}
    # (boxes far apart on one line are two answers, even when each names another part)
    assert date_parts([_box(1, "month", 20), _box(2, "year", 300)]) == {}


@needs_corpus
def test_form_4506c_asks_four_periods_not_twelve_questions():
    """IRS Form 4506-C line 8: "Year or period requested", up to four dates, each as mm / dd / yyyy boxes
    (12 AcroForm fields, each kept with its name). The plan counts four questions."""
    from formslim.pipeline import analyze

    path = CORPUS / "loan-consents-msfg" / "irs-form-4506-c.pdf"
    d = read_document(path, "irs-form-4506-c.pdf")
    line8 = [f for f in d.fields if f.name and ".question_8[0]." in f.name]
    assert len(line8) == 12
    heads = [f for f in line8 if not f.part_of]
    assert len(heads) == 4 and all(date_part(f.label) == "m" for f in heads)
    assert {f.part_of for f in line8 if f.part_of} == {f.id for f in heads}
    assert sum(1 for f in d.fields if f.part_of) == 8  # (nothing else on the form is a part)
    a = analyze([path])
    dp = next(x for x in a.plan.documents if x.file == "irs-form-4506-c.pdf")
    theirs = sum(1 for fp in a.plan.fields if fp.action in ("other_party", "form_fills"))
    # (a part box is no question of its own; line 8 itself is the filing party's — "Ensure that lines 5 through 8 are
    # completed before signing", review 59 #1 — so its parts are among theirs)
    parts_asked = sum(1 for fp in a.plan.fields if fp.part_of and fp.action not in ("other_party", "form_fills"))
    assert dp.fields_before == len(d.fields) - theirs - parts_asked
    assert all(fp.action == "other_party" for fp in a.plan.fields if fp.field in {f.id for f in heads})
    assert a.burden.fields_before == dp.fields_before
    assert {fp.part_of for fp in a.plan.fields if fp.part_of} == {f.id for f in heads}


def test_the_yes_and_the_no_box_of_one_question_are_one_answer():
    """SBA 504 review 35 #6: Form 1244 asks "U.S. Citizen? yes" and "U.S. Citizen? No" as two check boxes — one
    question (its No box part of its Yes box), as a form's radio group is; a question with one box, or with
    unequal Yes and No boxes, is left alone; "Loan no" is no answer word."""
    from formslim.fields.parts import yes_no_pairs

    def box(i, label):
        return Field(id=f"f.pdf#{i:03d}", label=label, normalized_label=label.lower(), kind="checkbox",
                     location=Location(file="f.pdf", page=1), source="acroform")

    fields = [box(1, "U.S. Citizen? yes"), box(2, "U.S. Citizen? No"), box(3, "1. Has the Applicant ever filed "
              "for bankruptcy? Yes"), box(4, "1. Has the Applicant ever filed for bankruptcy? No"),
              box(5, "Only a yes box? Yes"), box(6, "Loan no"), box(7, "기업부설연구소 예"), box(8, "기업부설연구소 아니오")]
    assert yes_no_pairs(fields) == {"f.pdf#002": "f.pdf#001", "f.pdf#004": "f.pdf#003", "f.pdf#008": "f.pdf#007"}


@needs_corpus
def test_sba_1244_counts_each_yes_no_question_once():
    doc = read_document(CORPUS / "sba-buddy" / "SBA_1244.pdf")
    by_id = {f.id: f for f in doc.fields}
    citizen = [f for f in doc.fields if f.label.lower().startswith("u.s. citizen?")]
    assert len(citizen) == 2
    no = next(f for f in citizen if f.label.lower().endswith("no"))
    assert by_id[no.part_of].label.lower().endswith("yes")
