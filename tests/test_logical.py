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
    assert read("성 명 : (서명 또는 인)") == [("성명", "text"), ("성명 (서명 또는 인)", "signature")]  # the mark as printed
    assert read("2016. ○○. ○○") == [("작성일 (2016. ○○. ○○)", "date")]
    assert read("2016. 3. 20.") == []  # a date already written is not a blank


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
