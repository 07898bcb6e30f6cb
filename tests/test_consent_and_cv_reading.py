"""Reading what fresh reviews 41 (참여인력 CVs, a KDCA register) and 42 (the lender's consents SSA-89 and
IRS 4506-C) found misread: whose datum a field asks, which boxes are one choice, the form's own time,
what a file is and what its title is."""
from __future__ import annotations

import re

import openpyxl

from formslim.model import Field, Location
from formslim.parse import read_document
from formslim.parse.document import only_marker
from formslim.parse.parties import with_parties, with_title_party

from .conftest import CORPUS, needs_corpus


def _f(i, label, kind="text", subject=None, part_of=None):
    return Field(id=f"x#{i:03d}", label=label, normalized_label=label.lower(), kind=kind, source="test",
                 location=Location(file="x", page=1), subject=subject, part_of=part_of)


def test_a_defined_term_and_a_signature_block_say_whose_and_an_option_names_no_party():
    fields = with_parties([
        _f(1, 'With the following company ("the Company"): Company Name', subject="client"),
        _f(2, "Company Address"),
        _f(3, "Reason (Please select one) To apply for a loan", kind="checkbox"),
        _f(4, "To open a bank account", kind="checkbox", part_of="x#003"),
        _f(5, "Spouse's signature (required if listed on Line 2a)", kind="signature"),
        _f(6, "Date", kind="date"),
        _f(7, "Print/Type name"),
        _f(8, "Daytime phone number"),
    ])
    subject = {f.id[-1]: f.subject for f in fields}
    assert subject["2"] == "client"  # the form's "Company" is the party it defined, not the applicant
    assert subject["4"] is None  # (a bank is named by the option's words: no party of the question)
    assert subject["6"] == subject["7"] == "spouse" and subject["8"] is None


def test_a_form_about_one_staff_member_is_that_persons_and_a_form_number_is_no_title():
    fields = with_title_party("참여인력 개인별 이력사항", (_f(1, "성명"), _f(2, "연락처", subject="contact")))
    assert [f.subject for f in fields] == ["member", "contact"]
    # the filer's own words at the head name no other party; a party named later in the title is not its head
    assert with_title_party("신청인 정보", (_f(1, "성명"),))[0].subject is None
    assert with_title_party("사업 참여인력 현황표 작성 안내", (_f(1, "성명"),))[0].subject is None
    assert only_marker("[서식 3-5]") and only_marker("별지 제7호 서식") and not only_marker("[별지 제1호 서식] 사업신청서")


def test_an_export_template_is_a_data_file(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["이수증 발급대장"])
    ws.append(["연번", "소속기관", "성명", "생년월일"])
    ws.append(["${item.listNo}", "${item.orgNm}", "${item.userNm}", "${item.brdt}"])
    wb.save(tmp_path / "register.xlsx")
    doc = read_document(tmp_path / "register.xlsx")
    assert doc.kind == "data_file" and "${item.listNo}" in doc.kind_evidence[0]


@needs_corpus
def test_ssa89_reasons_are_one_question_its_time_is_read_and_its_company_is_the_recipient():
    doc = read_document(CORPUS / "loan-consents-msfg" / "ssa-89.pdf")
    by = {f.label: f for f in doc.fields}
    reasons = [f for f in doc.fields if f.kind == "checkbox"]
    head = next(f for f in reasons if "Please select one" in f.label)
    assert len(reasons) == 8 and all(f.part_of == head.id for f in reasons if f is not head)
    assert doc.printed_burden == (20.0, 20.0)  # printed in a read-only box: "We estimate that it will take about 20 minutes"
    assert by["Company Address"].subject == by['With the following company ("the Company"): Company Name'].subject
    # the validity box: its tooltip reads the whole authorization, its box the one sentence with "blank" in it
    valid = by["This consent is valid for ___ days from the date signed."]
    assert valid.kind == "number" and valid.subject is None


@needs_corpus
def test_the_4506c_spouse_block_is_the_spouses_and_the_cvs_are_the_staff_members():
    doc = read_document(CORPUS / "loan-consents-msfg" / "irs-form-4506-c.pdf")
    spouse_at = next(i for i, f in enumerate(doc.fields) if f.label.startswith("Spouse's signature"))
    after = [f for f in doc.fields[spouse_at + 1:] if f.label in ("Date", "Print/Type name")]
    assert len(after) == 2 and all(f.subject == "spouse" for f in after)
    for name, title in (("최악의서식.hwpx", "참여인력 개인별 이력사항"), ("코이카서식.hwpx", "참여인력 상세이력")):
        cv = read_document(CORPUS / "kr-hwpx-filler-merryai" / name)
        assert cv.title == title and {f.subject for f in cv.fields} == {"member"}


def test_a_printed_sanction_is_read_and_carried_above_the_proposed_declaration(tmp_path):
    import json

    import docx

    from formslim.parse.classify import printed_consequence
    from formslim.pipeline import analyze
    from formslim.report.redesign import write_report

    note = "주) 1. 상기 기재내용이 허위사실로 판명된 경우 협상대상자에서 제외 및 최종선정 후에도 계약을 해지할 수 있음"
    assert printed_consequence(note) == note[6:]
    assert printed_consequence("※ 허위로 작성하지 마십시오.") == ""  # (an instruction, no consequence)
    for name, title, rows, extra in (("01_신청서.docx", "지원사업 신청서", ["회사명", "대표자", "사업자등록번호"], None),
                                     ("02_이력서.docx", "참여인력 이력서", ["성명", "학력", "경력"], note)):
        d = docx.Document()
        d.add_heading(title, 0)
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, label in enumerate(rows):
            t.cell(i, 0).text = label
        if extra:
            d.add_paragraph(extra)
        d.save(tmp_path / name)
    a = analyze([tmp_path])
    assert next(d for d in a.package.documents if d.path == "02_이력서.docx").consequence == note[6:]
    write_report(a, tmp_path / "out")
    form = json.loads((tmp_path / "out" / "form.json").read_text(encoding="utf-8"))
    items = [i for s in form["sections"] for i in s["items"]]
    ids = [i["id"] for i in items]
    assert ids.index("consequence:02_이력서.docx") == ids.index("declaration.truth") - 1
    assert items[ids.index("consequence:02_이력서.docx")]["label"] == note[6:]


@needs_corpus
def test_two_cvs_link_the_staff_members_data_and_ask_about_their_project_lists_as_lists():
    from formslim.knowledge import load_knowledge
    from formslim.match import match_package
    from formslim.parse import package_files, read_package

    kb = load_knowledge()
    pk = read_package(package_files(CORPUS / "kr-hwpx-filler-merryai"))
    result = match_package(pk, kb)
    names = next(g for g in result.groups if g.concept == "person.name")
    assert names.role == "member" and len(names.fields) == 2
    review = [l for l in result.links if l.status == "review" and all(result.fields[x].repeats > 1 for x in (l.a, l.b))]
    # past projects, not people: the reviewer is asked whether the two lists hold the same rows
    assert review and all("check the two lists hold the same rows" in l.evidence[-1] for l in review)


@needs_corpus
def test_a_cv_merged_with_another_is_filed_for_each_staff_member_and_a_spouses_rows_say_whose(tmp_path):
    import json

    from formslim.pipeline import analyze
    from formslim.report.redesign import write_report

    write_report(analyze([CORPUS / "kr-hwpx-filler-merryai"]), tmp_path / "cv")
    form = json.loads((tmp_path / "cv" / "form.json").read_text(encoding="utf-8"))
    assert "참여인력마다 한 부씩 작성합니다" in form["intro"]
    assert form["sections"][0]["title"] == "1. 참여인력"
    write_report(analyze([CORPUS / "loan-consents-msfg"], lang="en"), tmp_path / "loan")
    md = (tmp_path / "loan" / "report.md").read_text(encoding="utf-8")
    assert "| spouse: Print/Type name |" in md and "| Print/Type name |" in md and "Print/Type name (×2)" not in md
    # (a party that writes its own lines on the consent: its lines are that party's part of the form — one row of the
    # protocol naming the party, not the applicant's data; review 46 #11)
    # (the party the plan says completes it — the IVES participant writes line 5, the client its own name and address,
    # and lines 6–8 are completed before signing —, not whom the lines are about: review 54 #13, review 59 #1; on the
    # SSA-89 the same parties as that form names them, "the Company" and "the Company's Agent")
    assert re.search(r"Transcript of Tax Return: its \d+ questions, completed by the client and the IVES participant \|", md)
    assert re.search(r"Verification: its \d+ questions, completed by the Company and the Company's Agent \|", md)
    assert "| IVES participant name |" not in md


@needs_corpus
def test_a_kept_consent_cites_how_long_it_holds_as_printed():
    from formslim.parse.classify import consent_validity
    from formslim.pipeline import analyze

    assert consent_validity("… misdemeanor. This consent is valid only for one-time use. Other text.") == (
        "This consent is valid only for one-time use.",)
    assert consent_validity("동의 유효기간: 동의일로부터 1년") and consent_validity("The form asks nothing of time.") == ()
    a = analyze([CORPUS / "loan-consents-msfg"])
    ssa = next(d for d in a.plan.documents if d.file == "ssa-89.pdf")
    evidence = [e for i in ssa.decisions for x in a.plan.decisions if x.id == i for e in x.evidence]
    assert "it prints how long it holds: “This consent is valid only for one-time use.”" in evidence
    assert any("only for 90 days from the date signed" in e for e in evidence)


@needs_corpus
def test_a_confirmed_pair_adds_to_the_groups_and_two_confirmed_project_lists_are_one_table(tmp_path):
    """Review 41 #4: accepting the review links of the two CVs' project lists (and a composite "사업참여기간
    (참여율)" as 참여율) must not take 사업참여기간 out of its group, and the lists become one table of the union of
    their columns with the longer list's rows."""
    import json
    import shutil

    import docx

    from formslim.pipeline import analyze
    from formslim.report.redesign import write_report

    pkg = tmp_path / "cv"
    shutil.copytree(CORPUS / "kr-hwpx-filler-merryai", pkg)
    pairs = [("사업명", "사업명"), ("담당업무", "담당업무"), ("발주처", "발주처"), ("참여율", "사업참여기간 (참여율)")]
    (pkg / "formslim.yaml").write_text("version: 1\noverrides:\n  same:\n" + "".join(
        f'    - ["최악의서식.hwpx: {a}", "코이카서식.hwpx: {b}"]\n' for a, b in pairs), encoding="utf-8")
    a = analyze([pkg])
    labels = [sorted(a.match.fields[x].label for x in g.fields) for g in a.match.groups]
    assert ["사업참여기간", "사업참여기간 (참여율)"] in labels and ["사업명", "사업명"] in labels
    refused = [x for x in a.plan.assumptions if "not joined" in x]
    assert len(refused) == 1 and "'참여율' and '사업참여기간'" in refused[0]
    # (the confirmed pair is not put to the reviewer again)
    assert not any({a.match.fields[l.a].label, a.match.fields[l.b].label} == {"참여율", "사업참여기간 (참여율)"}
                   for l in a.match.queue)
    write_report(a, tmp_path / "out")
    tables = docx.Document(str(tmp_path / "out" / "consolidated_form.docx")).tables
    projects = [t for t in tables if t.rows[0].cells[0].text == "사업명"]
    assert len(projects) == 1 and len(projects[0].rows) == 1 + 7
    header = [c.text for c in projects[0].rows[0].cells]
    assert "사업개요" in header and "금액(천원)" in header and header.count("사업명") == 1
    assert "적용하지 않은 재정의" in (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))


@needs_corpus
def test_a_resident_number_no_form_grounds_in_a_law_is_asked_as_a_birth_date(tmp_path):
    """Review 41 #6: one issuer's CV asks the staff member's 주민등록번호 and prints no law for it (the other's asks
    연령): the consolidated form asks 생년월일 in its place, and the legal review asks for the law that would
    require the number."""
    import json

    from formslim.pipeline import analyze
    from formslim.report.redesign import write_report

    write_report(analyze([CORPUS / "kr-hwpx-filler-merryai"]), tmp_path / "cv")
    form = json.loads((tmp_path / "cv" / "form.json").read_text(encoding="utf-8"))
    items = [i for s in form["sections"] for i in s["items"]]
    assert not [i for i in items if i.get("concept") == "person.rrn"]
    born = [i for i in items if i.get("concept") == "person.birth_date"]
    assert len(born) == 1 and born[0]["label"].endswith("생년월일 (주민등록번호 대신)") and born[0]["kind"] == "date"
    assert any("대신 생년월일 항목을 물음" in x and "제24조의2" in x for x in form["legal_review"])
    # (review 52 #5: the 연령 the other form asks follows from that birth date — not asked again; and nothing is
    # "confirmed from the 주민등록표 등본" by the number the form no longer asks)
    assert not [i for i in items if i.get("concept") == "person.age"]
    assert not [i for i in items if i["source"] == "prefill"]
    assert not [s for s in form["sections"] if s["id"] == "consents"]


@needs_corpus
def test_two_cvs_project_lists_are_one_review_row_and_tables_in_the_report(tmp_path):
    """Review 52 #1, #11: the four links between the columns of two CVs' past-project lists are one row of the
    review queue (whether the lists hold the same rows is one question), each side named by its list's heading and
    columns; the consolidated form shows each list as a table of its columns with its number of rows, in report.html
    and report.md (not a run of label rows)."""
    import re

    from formslim.pipeline import analyze
    from formslim.report.redesign import write_report

    write_report(analyze([CORPUS / "kr-hwpx-filler-merryai"]), tmp_path / "cv")
    md = (tmp_path / "cv" / "report.md").read_text(encoding="utf-8")
    rows = [l for l in md.splitlines() if l.startswith("- #") and "overrides.same" in l and "사업명" in l]
    assert len(rows) == 1 and rows[0].count("overrides.same") == 1 and rows[0].count("`- [") == 4
    assert "주요 프로젝트 수행 경험: 사업명 · " in rows[0] and "유사사업 참여경력: 사업명 · 사업개요" not in rows[0]
    assert "두 명단이 함께 묻는 열 4개" in rows[0]
    assert "주요 프로젝트 수행 경험 (참여인력 개인별 이력사항) (기재할 행 7개)" in md
    assert "| 사업명 | 참여기간 ( 년월\\~ 년월) | 담당업무 | 발주처 | 금액(천원) | 경력 ( 년 개월) |" in md
    html = (tmp_path / "cv" / "report.html").read_text(encoding="utf-8")
    form = html[html.index('id="form"'):html.index('id="inventory"')]
    assert re.search(r"<tr><th>사업명</th><th>사업개요</th><th>참여기간[^<]*</th><th>담당업무</th><th>발주처</th><th>비 ?고</th></tr>", form)
    assert "기재할 행 4개" in form
    # (a list column no vocabulary names is each listed thing's datum, its purpose the agency's to state — not
    # "needed for the programme": review 52 #10)
    protocol = [l for l in md.splitlines() if l.startswith("| 발주처 |")]
    assert len(protocol) == 2 and all("목록의 각 항목" in l for l in protocol)
    assert "사업 운영상 필요" not in md
    # (KOICA's printed notes on whom to list, how far back and what to mark are carried before the questions, as
    # printed — review 52 #6; the 허위 note of the other form is its sanction, carried at the signature, not here)
    import json

    form = json.loads((tmp_path / "cv" / "form.json").read_text(encoding="utf-8"))
    notes = [i for i in form["sections"][0]["items"] if i["id"].startswith("fill_notes:")]
    assert len(notes) == 1 and notes[0]["kind"] == "statement" and notes[0]["label"].endswith(
        "\n1. 실제로 과업에 직접 투입되는 인력에 대하여 기재\n2. 참여경력은 현재를 기준으로 3년까지 기재\n"
        "3. 참여인력 중 실무책임자(PM)은 PM임을 반드시 명기")
    assert "허위사실" not in notes[0]["label"]


def test_a_forms_numbered_notes_on_filling_it_are_read_and_its_sanction_is_not_one():
    from formslim.parse.classify import printed_fill_notes

    assert printed_fill_notes("비 고\n 주)  1. 실제로 과업에 직접 투입되는 인력에 대하여 기재 \n\t2. 참여경력은 현재를 "
                              "기준으로 3년까지 기재\n\t3. 참여인력 중 실무책임자(PM)은 PM임을 반드시 명기\n다음 표") == (
        "실제로 과업에 직접 투입되는 인력에 대하여 기재", "참여경력은 현재를 기준으로 3년까지 기재",
        "참여인력 중 실무책임자(PM)은 PM임을 반드시 명기")
    assert printed_fill_notes("\n 주) 1. 상기 기재내용이 허위사실로 판명된 경우 협상대상자에서 제외 및 최종선정 후에도 "
                              "계약을 해지할 수 있음\n참여인력 개인별 이력사항") == ()
    assert printed_fill_notes("소득세법 제12조(비과세소득) 1. 공익사업 관련 지역권") == ()  # no note heading


def test_a_bare_caption_ending_a_row_of_inline_captions_is_answered_in_its_own_cell(tmp_path):
    """"a.) Title: / b.) Name: | Sex" (CSIR Form-C): the first cell's captions take their answers after the colon, so
    the bare "Sex" ending the row takes its answer in its own cell. Column headers over empty cells ("Name | Sex"
    over blanks) and a caption with a blank beside it stay what they were."""
    import docx

    from formslim import read_document

    d = docx.Document()
    d.add_paragraph("Principal Investigator")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "a.) Title:"
    t.cell(0, 0).add_paragraph("b.) Name:")
    t.cell(0, 1).text = "Sex"
    t.cell(1, 0).text = "c.) Position"
    d.add_paragraph("Other participants")
    h = d.add_table(rows=3, cols=2)
    h.cell(0, 0).text, h.cell(0, 1).text = "Name", "Sex"
    d.save(tmp_path / "inline.docx")
    fields = read_document(tmp_path / "inline.docx").fields
    sex = [f for f in fields if f.label == "Sex"]
    assert {f.label for f in fields} >= {"Title", "Name", "Sex", "c.) Position"}
    assert len(sex) == 2 and (sex[0].location.table, sex[0].location.row, sex[0].location.column) == (1, 1, 2)
    assert (sex[1].location.table, sex[1].location.row) == (2, 2)  # (the column header: its answer below it)


def test_a_caption_answered_before_printed_words_keeps_its_question_beside_a_bracketed_slot():
    """Review 52 #3, built tables: "본사업의 참여임무 | ____ 제안사 전문인력 (등급 : ____)" asks the role in the project
    (written before the printed words) and, apart, the grade in brackets — not the grade alone. A cell that is
    nothing but bracketed slots ("주소 | (우편번호 : ____)") is read as before: its slots are its answers."""
    from formslim.fields.detect import detect_fields
    from formslim.parse.layout import Cell, Layout, Table, inline_boxes

    def fields(*cells):
        return detect_fields(inline_boxes(Layout(blocks=(Table.of(1, list(cells)),), page_count=1)), "x.hwpx", "hwpx")

    got = fields(Cell(0, 0, "본사업의 참여임무", colspan=3), Cell(0, 3, "\t제안사 전문인력\t(등급 :\t)", colspan=11),
                 Cell(1, 0, "성 명"), Cell(1, 1, "", colspan=13))
    assert [(f.label, f.hint, f.context[-1:]) for f in got] == [
        ("본사업의 참여임무", "제안사 전문인력", ()), ("등급", "", ("본사업의 참여임무",)), ("성명", "", ())]
    plain = fields(Cell(0, 0, "주소"), Cell(0, 1, "(우편번호 :\t)"))
    assert [f.label for f in plain] == ["우편번호"]


@needs_corpus
def test_the_role_in_the_proposed_project_is_one_datum_and_never_a_past_projects_duty():
    """Review 52 #3 on the two 참여인력 CVs: "본사업의 참여임무" ([서식 3-5]) and "본 사업 담당업무" (KOICA) are one
    datum; neither is offered as one row of a past-project list's "담당업무" column (contrast class ``project``,
    read in the headings the column sits under)."""
    from formslim.knowledge import load_knowledge
    from formslim.match import match_package
    from formslim.parse import package_files, read_package

    kb = load_knowledge()
    assert kb.contrasts["project"].context
    result = match_package(read_package(package_files(CORPUS / "kr-hwpx-filler-merryai")), kb)
    by_label = {(f.location.file, f.label): f.id for f in result.fields.values()}
    role = by_label[("최악의서식.hwpx", "본사업의 참여임무")]
    duty = by_label[("코이카서식.hwpx", "본 사업 담당업무")]
    assert any({role, duty} <= set(g.fields) for g in result.groups)
    for link in result.links:
        if duty in (link.a, link.b) or role in (link.a, link.b):
            other = link.b if link.a in (duty, role) else link.a
            assert result.fields[other].repeats == 1, (result.fields[other].label, link.status)


def test_a_contrast_read_in_headings_is_a_label_scope_class():
    import pytest

    from formslim.knowledge import _contrast

    with pytest.raises(ValueError, match="context"):
        _contrast({"id": "x", "words": [["a"], ["b"]], "scope": "document", "context": True})
