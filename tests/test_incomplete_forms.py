"""A file that holds part of its form only is said so, by the form's own page numbers (IRS review 33b #12: the
package's Schedule SE file is the form's page 2, priced as if it were the whole form)."""
from formslim import read_document
from formslim.model import INCOMPLETE
from formslim.parse.pdf import page_span
from formslim.pipeline import analyze

from .conftest import CORPUS, needs_corpus


def test_a_file_that_starts_or_ends_inside_its_form_is_said_so():
    assert page_span(["Schedule SE (Form 1040) 2013 Attachment Sequence No. 17 Page 2\nName of person"]).startswith(
        f"{INCOMPLETE}the file starts at page 2 of its form")
    assert "starts at page 3 of 7" in page_span(["■ 고시[별지 제4호서식]\n(7쪽 중 3쪽)\n…", "(7쪽 중 4쪽)"])
    assert "ends at page 2 of 4" in page_span(["Form X Page 1 of 4", "Page 2 of 4"])
    # whole forms, and files of several forms each numbered on its own, are not
    assert page_span(["(2쪽 중 1쪽)", "(2쪽 중 2쪽)"]) == ""
    assert page_span(["(7쪽 중 1쪽)", "(7쪽 중 7쪽)", "(3쪽 중 1쪽)", "(3쪽 중 2쪽)"]) == ""
    assert page_span(["Form 1040 … see page 2 of the instructions", "Page 2"]) == ""
    assert page_span([]) == ""
    # a last page that sends the reader on to a page the file does not hold (DC Schedule H: "Continue to Page 3")
    assert "ends at page 2 of its form ('Continue to Page 3')" in page_span(["Schedule H …", "… Continue to Page 3\n"])
    assert page_span(["Form X", "… Continue on page 2\nend"]) == ""  # (the page it names is in the file)
    # a one-page file whose page sends the reader to its next page: Form 8949's Part I, "For long-term transactions,
    # see page 2." (IRS review 56 #5) — not a page of the instructions
    assert "ends at page 1 of its form ('see page 2')" in page_span(["Part I Short-Term … For long-term\n"
                                                                      "transactions, see page 2.\n"])
    assert page_span(["… see page 2 of the instructions"]) == ""
    assert page_span(["… see the instructions, see page 3 in the booklet"]) == ""


@needs_corpus
def test_the_page_2_only_schedule_se_file_is_said_in_the_plan():
    se = read_document(CORPUS / "irs-1040pkg-pdflib" / "FSCHSELS.pdf", "FSCHSELS.pdf")
    assert any(w.startswith(INCOMPLETE + "the file starts at page 2") for w in se.warnings)
    whole = read_document(CORPUS / "irs-1040pkg-pdflib" / "F1040.pdf", "F1040.pdf")
    assert not any(w.startswith(INCOMPLETE) for w in whole.warnings)
    a = analyze([CORPUS / "irs-1040pkg-pdflib"])
    assert [x for x in a.plan.assumptions if x.startswith("Schedule SE: the file starts at page 2 of its form")]


@needs_corpus
def test_schedule_h_without_its_page_3_is_said_so():
    """DC Schedule H (2013) ends its page 2 with "Continue to Page 3" and cites "Line w on page 3"; the file holds
    two pages (review 49 #6)."""
    h = read_document(CORPUS / "dc-tax-pdflib" / "DCSCHH.pdf", "DCSCHH.pdf")
    assert any(w.startswith(INCOMPLETE + "the file ends at page 2 of its form") for w in h.warnings)


@needs_corpus
def test_items_a_fillable_edition_does_not_support_are_said_so():
    """DC's fillable D-40 (2013) prints "(Not Supported)" by the amended-return box and the part-year line: an
    edition of the form that leaves them out — said once, the labels without the mark (review 49 #12)."""
    d40 = read_document(CORPUS / "dc-tax-pdflib" / "DC40.pdf", "DC40.pdf")
    said = [w for w in d40.warnings if "'(Not Supported)'" in w]
    assert len(said) == 1 and "marks 2 item(s)" in said[0] and said[0].startswith(INCOMPLETE)
    assert not [f for f in d40.fields if "Not Supported" in f.label]
