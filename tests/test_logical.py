"""Logical documents, parties and signers, read from real files (issue 8)."""
import json

import pytest
from click.testing import CliRunner

from formslim import read_document, read_package
from formslim.cli import main
from formslim.parse.logical import marker_of

from .conftest import CORPUS, needs_corpus


@pytest.mark.parametrize("text, marker", [
    ("[별지 제3호 서식]", "[별지 제3호 서식]"),
    ("■ 상훈법 시행령 [별지 제1호서식] <개정 2015.1.6>", "상훈법 시행령 [별지 제1호서식]"),
    ("[붙임 2]", "[붙임 2]"),
    ("<붙임 1>", "<붙임 1>"),
    ("별표4", "별표4"),
    ("Form 4506-C", "Form 4506-C"),
    ("Schedule B (Form 1040)", "Schedule B"),
    ("《작성시 참고사항》", None),        # a heading, not a form
    ("참고사항을 확인하십시오", None),
    ("Enter the amount from Form 1040, line 7, on the line below and attach the worksheet to your return.", None),
])
def test_form_markers(text, marker):
    assert marker_of(text) == marker


@needs_corpus
def test_a_bundle_hwp_is_read_as_its_forms():
    """One HWP holding eight 별표 forms (two of them twice: 개인 and 단체) gives ten logical documents,
    each with its printed heading, title and own fields; their fields keep the file's ids."""
    doc = read_document(CORPUS / "kr-hwplib" / "붙임1_정부포상_추천_구비서류_서식.hwp")
    assert len(doc.parts) == 10
    assert [p.locator.split()[0] for p in doc.parts] == ["별표1", "별표2", "별표3", "별표3", "별표4", "별표4",
                                                          "별표5", "별표6", "별표7", "별표8"]
    assert doc.parts[2].title == "공적요약서 (개인)" and doc.parts[3].title == "공적요약서 (단체)"
    assert sum(len(p.fields) for p in doc.parts) == len(doc.fields)
    assert doc.parts[-1].kind == "consent"
    ids = [f.id for p in doc.parts for f in p.fields]
    assert ids == [f.id for f in doc.fields] and len(set(ids)) == len(ids)


@needs_corpus
@pytest.mark.parametrize("name", ["별첨2_증빙서류_제출목록_양식.hwp", "별첨2_증빙서류_제출목록_양식.docx"])
def test_evidence_file_parts_and_the_consent_bundle(name):
    """The K-Startup evidence file: the checklist page, [붙임 1] … [붙임 5], and the co-representative
    consent bundle that the checklist lists (in the DOCX drawn inside the [붙임 3] table)."""
    doc = read_document(CORPUS / "kr-kstartup-sandoc" / name)
    locs = [p.locator for p in doc.parts]
    assert locs[1:4] == ["[붙임 1]", "[붙임 2]", "[붙임 3]"]
    assert "(해당 시) 공동대표 또는 각자대표 동의서" in locs
    consent = next(p for p in doc.parts if p.locator == "(해당 시) 공동대표 또는 각자대표 동의서")
    assert consent.kind == "consent" and consent.signers
    # each attachment page is one place to attach the document it names
    id_copy = doc.parts[1]
    assert [f.kind for f in id_copy.fields] == ["attachment"] and "신분증 사본" in id_copy.fields[0].label


@needs_corpus
def test_one_form_file_stays_one():
    doc = read_document(CORPUS / "kr-kstartup-sandoc" / "별첨1_사업계획서_양식.hwp")
    assert doc.parts == () and doc.locator == "" and doc.logical == (doc,)


@needs_corpus
def test_fields_json_carries_locator_subject_and_documents():
    result = CliRunner().invoke(main, ["fields", str(CORPUS / "kr-hwplib"), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert {r["locator"] for r in data["fields"]} >= {"별표1 정부포상 추천자 현황", "별표8 정부포상에 대한 동의서"}
    assert all({"subject", "context", "document"} <= r.keys() for r in data["fields"])
    docs = data["documents"]
    assert len(docs) == 10 and all({"file", "locator", "title", "kind", "kind_evidence", "signers"} <= d.keys()
                                   for d in docs)


@needs_corpus
def test_signers_of_the_sba_closing_documents():
    """Who signs: the standby creditor signs the creditor's agreement, the guarantor the guarantee, each
    owner the personal financial statement."""
    pkg = read_package([CORPUS / "sba-buddy" / "SBA_155.pdf", CORPUS / "sba-buddy" / "SBA_148.pdf",
                        CORPUS / "sba-lukacera" / "SBAForm413.pdf"])
    signers = {d.path: {s.signer for s in d.signers} for d in pkg.documents}
    assert "creditor" in signers["SBA_155.pdf"]
    assert "guarantor" in signers["SBA_148.pdf"]
    assert "owner" in signers["SBAForm413.pdf"]
    for d in pkg.documents:
        assert all(s.evidence for s in d.signers)


@needs_corpus
def test_documents_executed_after_approval_say_so():
    """A guarantee of "the promissory note dated ___", a creditor's agreement made "to induce ___ (Lender) to make an
    SBA guaranteed loan … Loan Number", an agreement made "in consideration of the approval and as a condition of the
    disbursement" are executed at closing, once the loan is approved (review 29 #1); the application's own forms —
    whose office box also asks a "Loan Number" (SBA 912) — and the taxpayer's transcript consent are not."""
    files = ["sba-buddy/SBA_148.pdf", "sba-buddy/SBA_148L.pdf", "sba-buddy/SBA_155.pdf", "sba-buddy/SBA_601.pdf",
             "sba-buddy/SBA_912.pdf", "sba-lukacera/SBAForm1919.pdf", "sba-lukacera/SBAForm413.pdf",
             "loan-consents-msfg/irs-form-4506-c.pdf"]
    pkg = read_package([CORPUS / f for f in files])
    later = {d.path: d.after_approval for d in pkg.documents}
    assert later["SBA_148.pdf"].startswith("The “Note” is the promissory note dated")
    assert later["SBA_148L.pdf"].startswith("The “Note” is the promissory note dated")
    assert later["SBA_155.pdf"].startswith("To induce ___ (Lender) to make an SBA guaranteed loan")
    assert "condition of the disbursement" in later["SBA_601.pdf"]
    assert not any(later[f] for f in ("SBA_912.pdf", "SBAForm1919.pdf", "SBAForm413.pdf", "irs-form-4506-c.pdf"))


@needs_corpus
def test_the_employee_signs_a_w4_and_is_its_filer():
    """"Employee's signature (This form is not valid unless you sign it.)" then "Employers Only": the
    employee signs — the word the mark belongs to names the signer, and "you sign it" is an instruction,
    not a second mark beside the employer's section. Its bare "(a) First name …" is then the employee's."""
    from formslim.knowledge import load_knowledge
    from formslim.match import match_package

    pkg = read_package([CORPUS / "irs-conmecto" / "fw4.pdf", CORPUS / "irs-conmecto" / "f1040.pdf"])
    w4 = next(d for d in pkg.documents if d.path == "fw4.pdf")
    assert {s.signer for s in w4.signers} == {"member"}
    m = match_package(pkg, load_knowledge())
    first = next(f for f in w4.fields if f.label.startswith("(a) First name"))
    assert m.readings[first.id].role == "member" and m.readings[first.id].role_from == "filer"
    # the 1040's dependents column "(1) First name" is nobody's in particular: never certain with it
    dependent = next(f for d in pkg.documents if d.path == "f1040.pdf" for f in d.fields if f.label == "(1) First name")
    assert not any({l.a, l.b} == {first.id, dependent.id} and l.status == "certain" for l in m.links)


@pytest.mark.parametrize("tip, path, label", [
    ("Part 4. Information About You. 1.a. Family Name (Last Name).", ("Part 4. Information About You", "1.a"),
     "Family Name (Last Name)"),
    ("Part 5. Applicant's Statement, Contact Information, Certification, and Signature. 3. Applicant's Daytime "
     "Telephone Number", ("Part 5. Applicant's Statement, Contact Information, Certification, and Signature", "3"),
     "Applicant's Daytime Telephone Number"),
    ("Mailing Address. 3.e. ZIP Code", ("Mailing Address", "3.e"), "ZIP Code"),
    # (editions that dropped the item numbers: each sentence a heading, abbreviations kept)
    ("Part 1. Information About You. Current U.S. Physical Address. Street Number and Name",
     ("Part 1", "Information About You", "Current U.S. Physical Address"), "Street Number and Name"),
    ("Part 1. Information About You. Mailing Address. Apt. Ste. Flr.",
     ("Part 1", "Information About You", "Mailing Address"), "Apt. Ste. Flr"),
    ("Please enter the digital signature of the first Guarantor here", (),
     "Please enter the digital signature of the first Guarantor here"),
    ("Line 7. Wages, salaries, tips, etc. Attach Form(s) W-2.", (), "Line 7. Wages, salaries, tips, etc. Attach Form(s) W-2."),
])
def test_tooltip_paths_split_into_context_and_label(tip, path, label):
    from formslim.text import split_tooltip

    assert split_tooltip(tip) == (path, label)


def test_headings_that_name_no_party_give_no_role_and_kinds_come_from_the_label():
    from formslim.fields.kinds import infer_kind
    from formslim.knowledge import load_knowledge
    from formslim.match import read_label
    from formslim.parse.parties import roles_in

    kb = load_knowledge()
    assert read_label("Daytime Telephone Number", kb, ("Part 5. Contact Information",)).role != "contact"
    assert read_label("Name", kb, ("Contact Person",)).role == "contact"
    assert roles_in("Contact Information") == []
    assert infer_kind("Country of Birth") == "text" and infer_kind("Date of Birth") == "date"
    # "from … to" is a period; "Subtract line 72 from line 61. … how to pay" is arithmetic on lines (IRS review 33b #15)
    assert infer_kind("Line 76. Amount you owe. Subtract line 72 from line 61. For details on how to pay, see "
                      "instructions") == "amount"
    assert infer_kind("Period of employment from to") == infer_kind("Dates attended (from / to)") == "date"
    # a reference date qualifies what is asked before it; where nothing before it says, the date is the datum
    assert infer_kind("What is the CDC’s overall portfolio job ratio as of the date of its last Annual Report") == "number"
    assert infer_kind("Total assets as of the date of the balance sheet") == "amount"
    assert infer_kind("Information current as of (date)") == "date"


def test_signature_line_particulars_and_dotted_dates():
    from formslim.fields.common import _Context
    from formslim.fields.lines import fields_in_line
    from formslim.model import Location

    def read(text):
        return [(f.label, f.kind) for f in fields_in_line(text, _Context("x"), Location(file="x"), "t")]

    assert read("확인자 소속 :\t직급 :\t성명 :\t(인)") == [("확인자 소속", "text"), ("직급", "text"), ("성명", "text"),
                                                     ("(인)", "signature")]
    assert read("작성자\t포상담당\t(직급)\t(성명)\t(서명)") == [("(직급)", "text"), ("(성명)", "text"),
                                                         ("작성자 (서명)", "signature")]
    assert read("성 명 : (서명)") == [("성명", "text"), ("성명 (서명)", "signature")]
    # parties listed as alternatives before the mark name the signer too (소방 9호, review 33a #6)
    assert read("소방시설관리업자ㆍ소방안전관리자ㆍ관계인:\t(서명 또는 인)")[1][0].endswith("관계인 (서명 또는 인)")
    assert read("성 명 : (서명 또는 인)") == [("성명", "text"), ("성명 (서명 또는 인)", "signature")]  # the mark as printed
    assert read("2016. ○○. ○○") == [("작성일 (2016. ○○. ○○)", "date")]
    assert read("2016. 3. 20.") == []  # a date already written is not a blank


def test_boxes_set_off_in_angle_brackets_are_a_choice_and_a_ticked_box_is_a_box():
    """"< □ 개인정보 제공에 동의합니다. / □ 개인정보 제공에 동의하지 않습니다. >" (정부포상 동의서) is a choice — a line
    opening with "<" is otherwise guidance ("< 유의 사항 >"); a box ticked in a filled form (☑, ▣) is a box, and an
    option followed by a bracketed note keeps its place (review 64 #5)."""
    from formslim.fields.common import _Context
    from formslim.fields.lines import fields_in_line
    from formslim.model import Location

    def read(text):
        return [(f.kind, f.options) for f in fields_in_line(text, _Context("x"), Location(file="x"), "t")]

    assert read("< □ 개인정보 제공에 동의합니다. / □ 개인정보 제공에 동의하지 않습니다. >") == [
        ("radio", ("개인정보 제공에 동의합니다", "개인정보 제공에 동의하지 않습니다"))]
    assert read("< 유의 사항 >") == []
    assert read("☑ 동의함   ☐ 동의하지 않음") == read("☐ 동의함   ☐ 동의하지 않음") == [("radio", ("동의함", "동의하지 않음"))]
    assert read("진위확인할 신분증 (택 1): ☐ 주민등록증 [법률 검토 후 확정] / ☐ 운전면허증 / ☐ 여권")[0][1] == (
        "주민등록증", "운전면허증", "여권")


@needs_corpus
def test_the_award_consents_caption_is_its_choices_question():
    """The 정부포상 동의서 prints "< 개인정보 제공 동의 >" over its notice, which ends in the two boxes: one choice
    under that caption, not an empty box captioned by it and a choice named by its options (review 62 #7)."""
    doc = read_document(CORPUS / "kr-hwplib" / "붙임1_정부포상_추천_구비서류_서식.hwp")
    fields = [(f.label, f.kind) for f in doc.parts[-1].fields]
    assert ("개인정보 제공 동의", "radio") in fields and ("개인정보 제공 동의", "text") not in fields, fields


def test_a_line_of_boxes_holding_several_choices_asks_each_in_the_order_printed():
    """소방 9호: "설치장소 : 동명 ( ) [ ]전체층/[ ] 일부층 [ ] 지상/[ ]지하( )층 ~ [ ]지상/[ ]지하( )층" — options
    joined by "/" are one choice, each run its own, the blanks between them in their places; "경보방식
    [ ]전층경보 [ ]우선 경보 , 시각경보기 [ ] 유 [ ] 무" — a comma and a caption start the next choice. One
    choice of several boxes stays one ("[ ] 예 [ ] 아니오", "[ ]개인/[ ]법인 [ ]기타")."""
    from formslim.fields.common import _Context
    from formslim.fields.lines import fields_in_line
    from formslim.model import Location

    def read(text):
        return [(f.label, f.options) for f in fields_in_line(text, _Context("x", square_boxes=True), Location(file="x"), "t")]

    assert read("◦\t설치장소 : 동명 (\t) [ ]전체층/[ ] 일부층 [ ] 지상/[ ]지하( )층 ~ [ ]지상/[ ]지하( )층") == [
        ("동명", ()), ("전체층 / 일부층", ("전체층", "일부층")), ("지상 / 지하", ("지상", "지하")), ("층", ()),
        ("지상 / 지하", ("지상", "지하")), ("층", ())]
    assert read("◦\t경보방식 [ ]전층경보 [ ]우선 경보 , 시각경보기 [ ] 유 [ ] 무") == [
        ("경보방식", ("전층경보", "우선 경보")), ("시각경보기", ("유", "무"))]
    # one choice after a blank of its own: named by its options, in its place among the blanks
    assert read("동명 (\t) [ ]지상/[ ]지하 ( )층 실명 (\t)") == [
        ("동명", ()), ("지상 / 지하", ("지상", "지하")), ("층", ()), ("실명", ())]
    assert read("[ ] 예 [ ] 아니오") == [("예 / 아니오", ("예", "아니오"))]
    assert read("[ ]개인/[ ]법인 [ ]기타") == [("개인 / 법인 / 기타", ("개인", "법인", "기타"))]


def test_boxes_printed_after_their_options():
    """A box glued to the word before it ("작동점검[ ]", "예[ ] 아니오[ ]") ticks that word; options in brackets
    under a caption ("종합점검(최초점검[ ] 그 밖의 점검[ ])") are the caption's choice, and two such lines one under
    the other — a 점검표's title "소방시설등 작동점검[ ] 점검표 / 종합점검(최초점검[ ] 그 밖의 점검[ ])" — are one
    choice. Boxes before their options are not read this way."""
    from formslim.fields.common import _Context
    from formslim.fields.detect import detect_fields
    from formslim.fields.lines import fields_in_line, trailing_choice
    from formslim.model import Location
    from formslim.parse.layout import Layout, Line

    def read(text):
        return [(f.label, f.options) for f in fields_in_line(text, _Context("x", square_boxes=True), Location(file="x"), "t")]

    assert trailing_choice("종합점검(최초점검[ ] 그 밖의 점검[ ])") == ("종합점검", ["최초점검", "그 밖의 점검"])
    assert trailing_choice("소방시설등 작동점검[ ]\t점검표") == ("", ["작동점검"])
    assert trailing_choice("[ ]소화기 [ ]자동확산소화기") is None and trailing_choice("Yes [ ] No [ ]") is None
    assert read("성별: 남[ ] 여[ ]") == [("성별", ("남", "여"))]
    assert read("예[ ] 아니오[ ]") == [("예 / 아니오", ("예", "아니오"))]
    assert read("종합점검(최초점검[ ] 그 밖의 점검[ ])") == [("종합점검", ("최초점검", "그 밖의 점검"))]
    lines = [Line(index=0, text="소방시설등 작동점검[ ]\t점검표", page=1),
             Line(index=1, text="종합점검(최초점검[ ] 그 밖의 점검[ ])", page=1)]
    assert [(f.label, f.options) for f in detect_fields(Layout(blocks=tuple(lines)), "x", "t")] == [
        ("작동점검 / 종합점검(최초점검) / 종합점검(그 밖의 점검)", ("작동점검", "종합점검(최초점검)", "종합점검(그 밖의 점검)"))]
    # two questions of their own, each with its caption, stay two
    lines = [Line(index=0, text="성별: 남[ ] 여[ ]", page=1), Line(index=1, text="혼인: 예[ ] 아니오[ ]", page=1)]
    assert [f.label for f in detect_fields(Layout(blocks=tuple(lines)), "x", "t")] == ["성별", "혼인"]


def test_the_forms_you_and_parties_that_may_be_one_person():
    from formslim.knowledge import load_knowledge
    from formslim.match import read_label
    from formslim.match.compare import compare

    kb = load_knowledge()
    you = read_label("Your social security number", kb)
    spouse = read_label("Spouse's social security number", kb)
    employee = read_label("a Employee's social security number", kb)
    assert you.role == "applicant" and spouse.role == "spouse"
    assert compare(you, spouse, kb).status is None  # the filer is never the spouse
    v = compare(you, employee, kb)  # an individual applicant may be the employee of a W-2: a human checks
    assert v.status == "review" and any("may be" in e for e in v.evidence)
    # "Employer identification number" names an identifier type, not the employer
    assert read_label("Employer identification number (EIN)", kb).role != "employer"
    assert read_label("Employer's name and address", kb).role == "employer"


@pytest.mark.parametrize("line, key", [
    ("SBA Form 148 (10/98) Previous editions obsolete. Page 1/5", "FORM 148"),
    ("Form W-4 (2025) Page 2", "FORM W-4"),
    ("For Privacy Act and Paperwork Reduction Act Notice, see page 3. Cat. No. 10220Q Form W-4 (2025)", "FORM W-4"),
    ("Catalog Number 72627P www.irs.gov Form 4506-C (Rev. 10-2022)", "FORM 4506-C"),
    ("Form I-130 Edition 04/01/24 Page 3 of 12", "FORM I-130"),
    ("Form RD 1910-11 (Rev. 02-21)", "FORM RD-1910-11"),
    ("Schedule C (Form 1040) 2013 Page 2", "SCHEDULE C (FORM 1040)"),
    ("see Form 8949 (2013)", None),                         # a reference inside a sentence
    ("Form 8949", None),                                    # no edition, year or page: a text fragment
    ("Instructions for Form 4506-C, IVES Request", None),
])
def test_the_form_a_running_header_names(line, key):
    from formslim.parse.logical import page_identity

    found = page_identity(line)
    assert (found[0] if found else None) == key


def test_pages_split_where_the_running_header_names_another_form():
    """Pages belong to the form their header or footer names; a page naming none stays with the one
    before; a Korean form marker at the head of a page starts a form; one form stays one range."""
    from formslim.parse.logical import split_pages

    pages = [["U.S. Small Business Administration", "STANDBY CREDITOR’S AGREEMENT", "SBA Form 155 (9/98) Page 1/2"],
             ["3. To take no action …", "By: (signature) ____"],
             ["AGREEMENT OF COMPLIANCE", "SBA Form 601 (10-85)"],
             ["- 4 -", "[별지 제2호서식]", "동의서"], ["(2쪽 중 2쪽)", "성명"]]
    ranges = split_pages(pages)
    assert [(r.locator, r.first_page, r.last_page) for r in ranges] == [
        ("SBA Form 155", 1, 2), ("SBA Form 601", 3, 3), ("[별지 제2호서식]", 4, 5)]
    one = split_pages([["Form W-4", "Step 1"], ["Form W-4 (2025) Page 2"], ["Form W-4 (2025) Page 3"]])
    assert len(one) == 1 and one[0].locator == ""


def _bundle(tmp_path, name, files):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    for f in files:
        writer.append(str(f))
    out = tmp_path / name
    writer.write(str(out))
    return out


@needs_corpus
def test_a_pdf_holding_several_forms_is_read_as_its_forms(tmp_path):
    """A lender's closing set printed into one PDF (SBA 155, 601, 148, each a fillable form of its own):
    three logical documents, each with its printed form number as locator, its title, its own fields,
    kind and signers — the same as reading each file alone."""
    files = [CORPUS / "sba-buddy" / f"SBA_{n}.pdf" for n in ("155", "601", "148")]
    doc = read_document(_bundle(tmp_path, "closing.pdf", files))
    assert [p.locator for p in doc.parts] == ["SBA Form 155", "SBA Form 601", "SBA Form 148"]
    assert doc.parts[0].title == "STANDBY CREDITOR’S AGREEMENT" and doc.parts[2].title == "UNCONDITIONAL GUARANTEE"
    for part, f in zip(doc.parts, files):
        alone = read_document(f)
        assert len(part.fields) == len(alone.fields) and part.kind == alone.kind
        assert {s.signer for s in part.signers} == {s.signer for s in alone.signers}
    assert doc.parts[0].signers[0].signer == "creditor"
    assert sum(len(p.fields) for p in doc.parts) == len(doc.fields)


@needs_corpus
def test_a_flat_pdf_bundle_splits_at_korean_form_markers(tmp_path):
    """Two flat statutory forms printed into one PDF ([별지 제9호서식] report, then the [별지 제4호서식]
    checklist): two documents, each with the fields it has alone — the report's instructions page does
    not swallow the checklist that follows."""
    names = ["별지_제9호서식_자체점검결과보고서.pdf", "별지_제4호서식_점검표.pdf"]
    files = [CORPUS / "kr-fire-forms" / n for n in names]
    doc = read_document(_bundle(tmp_path, "fire.pdf", files))
    assert len(doc.parts) == 2
    assert "[별지 제9호서식]" in doc.parts[0].locator and "[별지 제4호서식]" in doc.parts[1].locator
    for part, f in zip(doc.parts, files):
        assert len(part.fields) == len(read_document(f).fields)


@needs_corpus
def test_a_notice_with_information_annexes_stays_one_notice():
    """The K-Startup notice prints 붙임 1 … 6 (criteria tables, excluded industries, a list of
    programmes): annexes to read, not forms to fill — the file is one notice."""
    doc = read_document(CORPUS / "kr-kstartup-sandoc" / "공고문_창업도약패키지_2025.pdf")
    assert doc.kind == "notice" and not doc.parts


@needs_corpus
def test_a_notice_printed_with_a_form_gives_the_notice_and_the_form(tmp_path):
    """A programme notice and a statutory form in one PDF (the K-Startup notice with its 붙임 1-6, then
    the fire-safety [별지 제9호서식] report): the notice with its annexes is one notice, by its printed
    heading; the form is the one document to fill."""
    files = [CORPUS / "kr-kstartup-sandoc" / "공고문_창업도약패키지_2025.pdf",
             CORPUS / "kr-fire-forms" / "별지_제9호서식_자체점검결과보고서.pdf"]
    doc = read_document(_bundle(tmp_path, "notice_and_form.pdf", files))
    assert [p.kind for p in doc.parts] == ["notice", "form"]
    assert "공고" in doc.parts[0].title and doc.parts[0].page_count == 25
    assert doc.parts[1].title == "소방시설등 자체점검 실시결과 보고서"
    assert len(doc.parts[1].fields) == len(read_document(files[1]).fields)


@needs_corpus
def test_a_title_line_that_stops_mid_phrase_goes_on_in_the_next():
    """The HWP checklist's last box: "제출한 자료 외 평가에 참고할 수 있는" / "증빙 첨부(특허, …)" — one phrase on
    two lines, the document's description, read whole (not cut after "있는")."""
    docs = read_package([CORPUS / "kr-kstartup-sandoc" / "별첨2_증빙서류_제출목록_양식.hwp"]).documents
    last = docs[-1].title
    assert last.startswith("(해당 시) 기타 증빙서류 - 제출한 자료 외 평가에 참고할 수 있는 증빙 첨부"), last
    assert all(not d.title.endswith("있는") for d in docs)


@needs_corpus
def test_a_form_of_several_programmes_is_signed_as_the_packages_programme_says():
    """SBA Form 413 says who completes it under each programme's heading: "7(a) loan / 504 loan / Surety Bonds"
    (each proprietor, … each owner of 20% or more), "Disaster Business Loan Application" (each applicant …),
    "Women Owned Small Business (WOSB) …" (each individual claiming economic disadvantage). Read, each signer
    keeps its programme as its condition; in a 7(a) package only the 7(a) signers are the form's (review 29 #5)."""
    from formslim.pipeline import analyze

    d = read_document(CORPUS / "sba-lukacera" / "SBAForm413.pdf", "SBAForm413.pdf")
    cond = {s.signer: s.condition for s in d.signers}
    assert cond["owner"] == "for the 7(a) loan / 504 loan / Surety Bonds"
    assert cond["applicant"] == "for the Disaster Business Loan Application"
    assert cond["individual"].startswith("for the Women Owned Small Business (WOSB)")
    a = analyze([CORPUS / "sba-lukacera" / "SBAForm1919.pdf", CORPUS / "sba-lukacera" / "SBAForm413.pdf"])
    pfs = next(x for x in a.plan.documents if x.file == "SBAForm413.pdf")
    assert {(s.signer, s.condition) for s in pfs.signers} == {("owner", ""), ("spouse", "if required")}
    evidence = " ".join(e for dec in a.plan.decisions if "SBAForm413.pdf" in dec.documents for e in dec.evidence)
    assert "WOSB" not in evidence and "Disaster" not in evidence
    # alone, the form names no programme: every signer stays, with its programme
    alone = analyze([CORPUS / "sba-lukacera" / "SBAForm413.pdf"])
    assert {s.signer for s in alone.plan.documents[0].signers} >= {"owner", "individual"}


@needs_corpus
def test_the_question_protocol_names_every_form_of_a_bundle_that_asks_a_datum():
    """정부포상 bundle: the nominee's name is asked by the 동의서, the 추천서, the 공적조서, the 공적 확인서 and the
    인사기록요약서 — five forms of one HWP file. The question protocol's "asked now in" names each of them, not the
    file's first form alone (review 51 #15: a reader saw one question asked once where it is asked five times)."""
    from formslim.pipeline import analyze
    from formslim.report.redesign import protocol_rows

    a = analyze([CORPUS / "kr-hwplib" / "붙임1_정부포상_추천_구비서류_서식.hwp"], cache=None)
    # (whose, by the word the first form that asks it prints: the 동의서's "포상 후보자" — review 62 #6)
    row = next(r for r in protocol_rows(a) if r["datum"] == "포상 후보자: 성명")
    forms = [x.split(": ", 1)[0] for x in row["asked_as"]]
    assert len(forms) >= 4 and len(forms) == len(set(forms)), row["asked_as"]
    assert {"정부포상에 대한 동의서", "공적조서 (개인)"} <= set(forms)
    assert row["asked_in"] == ["붙임1_정부포상_추천_구비서류_서식.hwp"]
