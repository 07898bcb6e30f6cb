"""Flat PDFs and DOCX forms of the corpus: the fields a person filling them in would see.

The expectations were written down by reading each form (rendered to an image) before running
formslim on it."""

from formslim import read_document, read_package

from .conftest import needs_corpus


def fields_of(corpus, rel):
    path = corpus / rel
    return read_document(path, path.name).fields


def by_label(fields):
    out = {}
    for f in fields:
        out.setdefault(f.label, []).append(f)
    return out


@needs_corpus
def test_kstartup_business_plan_docx(corpus):
    f = by_label(fields_of(corpus, "kr-kstartup-sandoc/별첨1_사업계획서_양식.docx"))
    for label in ("기업명", "개업연월일", "창업아이템명"):
        assert label in f, label
    assert f["개업연월일"][0].kind == "date"
    # a parenthesised note under a caption stays with it: "사업자 구분 (모집마감일 기준)"
    assert f["사업자 구분 (모집마감일 기준)"][0].options == ("개인사업자", "법인사업자")
    assert f["대표자 유형 (모집마감일 기준)"][0].options == ("단독", "공동", "각자대표")
    assert f["성공환원형 신청 여부"][0].options == ("신청 안함", "성공환원형 신청")  # an option's note is not its name
    assert f["지원 분야(택 1)"][0].options == ("제조", "지식서비스")
    tech = f["전문기술분야 (택 1)"][0]
    assert tech.kind == "choice" and {"기계·소재", "정보·통신", "공예·디자인", "에너지·자원"} <= set(tech.options)
    assert {"정부지원사업비(A) 기본", "자기부담사업비(B) 현금", "자기부담사업비(B) 현물"} <= set(f)
    assert all(x.kind == "amount" for x in f["자기부담사업비(B) 현금"])
    # the answer boxes under the numbered sections
    assert f["1. 창업아이템 개발 동기(필요성) 및 현황"][0].kind == "free_text"
    # "□ 일반현황" in the table of contents is a bullet, not a box to tick
    assert "일반현황" not in f
    roster = [x for x in fields_of(corpus, "kr-kstartup-sandoc/별첨1_사업계획서_양식.docx") if x.repeats > 1]
    assert any("매출" in x.label and x.kind == "amount" for x in roster)


@needs_corpus
def test_kstartup_business_plan_answer_boxes_examples_and_units(corpus):
    """The item summary table (answer boxes drawn as one-cell tables inside its cells), the budget table
    whose first column holds sample lines, and the head-count row with its unit, in both formats."""
    for rel in ("kr-kstartup-sandoc/별첨1_사업계획서_양식.docx", "kr-kstartup-sandoc/별첨1_사업계획서_양식.hwp"):
        fields = fields_of(corpus, rel)
        f = by_label(fields)
        for label in ("아이템명", "범주", "아이템 개요", "중장기 사업 로드맵", "협약 기간 내 사업화 로드맵"):
            assert label in f, (rel, label)
        assert f["협약기간 내 산출물 목표"][0].kind == "free_text", rel  # a goal within the period, not a date
        assert f["산출 근거"][0].repeats == 6, rel
        assert not any("DMD소켓" in x.label for x in fields), rel  # a sample line, not a row caption
        staff = next(x for x in fields if x.label.startswith("현재 재직 인원"))
        assert staff.kind == "number" and f["추가 고용계획 (협약기간 내)"][0].kind == "number", rel  # "00 | 명"
        assert "직위" in f and f["직위"][0].repeats > 1, rel  # the roster below keeps its own headers
        # "00백만원" then "00.0%" under one header: the amount and its share
        assert f["정부지원사업비(a)"][0].kind == "amount" and f["정부지원사업비(a) (%)"][0].kind == "number", rel
        # two picture boxes and their "< 사진(이미지) 또는 설계도 제목 >" captions under "아이템 개요"
        assert len(f["사진(이미지) 또는 설계도 제목"]) == 2, rel
        assert sum("참고 사진(이미지)" in x.label for x in fields) == 2, rel


@needs_corpus
def test_kstartup_consent_rows_are_named_by_their_caption(corpus):
    """"개인정보 | 필수항목: 개인식별정보 | □ 동의 □ 비동의": the consent is the row's caption; the cell beside
    the boxes details it."""
    for rel in ("kr-kstartup-sandoc/별첨2_증빙서류_제출목록_양식.docx", "kr-kstartup-sandoc/별첨2_증빙서류_제출목록_양식.hwp"):
        f = by_label(fields_of(corpus, rel))
        for label, detail in (("개인정보", "필수항목 : 개인식별정보"), ("고유식별정보", "주민등록번호 또는 외국인등록번호"),
                              ("개인정보 위탁", "개인정보처리 위탁")):
            assert f[label][0].options == ("동의", "비동의") and f[label][0].context[-1] == detail, (rel, label)


@needs_corpus
def test_german_landlord_confirmation_docx(corpus):
    fields = fields_of(corpus, "eu-de-wohnungsgeber/wohnungsgeberbestaetigung.docx")
    f = by_label(fields)
    assert {"PLZ/Ort", "Straße/Hausnummer/Adressierungszusätze", "Name/Firmenname", "Familienname", "Vorname"} <= set(f)
    # a caption broken after "oder" goes on in the next line; "Angaben zum Wohnungsgeber:" over captioned
    # lines is the block's caption (their context), not a question
    who = f["Familienname/Vorname oder Bezeichnung bei einer juristischen Person"]
    assert len(who) == 2 and who[0].context[-1] == "Angaben zum Wohnungsgeber"
    assert not any(x.label.startswith("Angaben zu") for x in fields)
    assert len(f["Familienname"]) == len(f["Vorname"]) >= 4  # one line per person moving in
    # "_____ _____ Datum Unterschrift des Wohnungsgebers …": two rules, their captions after them
    assert f["Datum"][0].kind == "date"
    sig = [x for x in fields if x.kind == "signature"]
    assert len(sig) == 1 and sig[0].label.startswith("Unterschrift des Wohnungsgebers")
    assert not any("_" in x.label or "FLAT_" in x.label for x in fields)  # template variables are blanks


@needs_corpus
def test_indian_grant_form_docx(corpus):
    fields = fields_of(corpus, "in-csir-grant/CSIR_FormC_original.docx")
    f = by_label(fields)
    assert {"Title", "Name", "d.) Position", "e.) Date of birth"} <= set(f)
    assert f["e.) Date of birth"][0].kind == "date"
    areas = [x for x in fields if x.kind == "choice"]  # one choice, its options spread over three cells
    assert {"Earth Sciences", "Mathematical Sciences", "Plant Sciences"} <= {o for x in areas for o in x.options}
    assert sum(1 for x in fields if x.kind == "signature") >= 2


@needs_corpus
def test_fire_inspection_report_flat_pdf(corpus):
    fields = fields_of(corpus, "kr-fire-forms/별지_제9호서식_자체점검결과보고서.pdf")
    first = [x for x in fields if x.location.page == 1]
    f = by_label(first)
    assert {"명칭(상호)", "대상물 구분(용도)", "소재지", "점검기간", "성명", "전화번호"} <= set(f)
    assert f["점검기간"][0].kind == "date"
    consent = [x for x in first if x.options and set(x.options) == {"동의함", "동의하지 않음"}]
    assert consent and consent[0].label == "전자우편 송달 동의"
    # the inspectors: the main one's row and the assistants' five, apart (test_roster_rows_named_by_who_fills_them)
    roster = {x.label: x for x in first if x.repeats > 1}
    assert {"보조 점검인력 성명", "보조 점검인력 자격구분", "보조 점검인력 자격번호"} <= set(roster)
    assert roster["보조 점검인력 성명"].repeats == 5
    assert any(x.kind == "signature" for x in first)
    assert all(x.location.bbox for x in first if x.location.table)
    # instructions are not fields
    assert not any("해당되는 곳" in x.label or "행정절차법" in x.label for x in first)


@needs_corpus
def test_a_fire_report_page_read_as_printed_across_its_notes(corpus):
    """9호 pages 4–6 as printed. The numbered notes under page 4's table ("3. 기입란이 부족한 경우 서식을 추가하여
    작성할 수 있습니다") are sentences, not the heading of what follows: page 5 goes on with "3-2.
    수계소화설비(공통사항)". The note "2. [ ]에는 해당 시설에 √ 표를 하고, …" speaks of a box and offers none. Text
    runs PDFium reports overlapping ("누전" + "누전경보기") are read once: the item is "누전경보기"."""
    fields = fields_of(corpus, "kr-fire-forms/별지_제9호서식_자체점검결과보고서.pdf")
    page5 = [x for x in fields if x.location.page == 5]
    assert page5 and page5[0].context[0] == "3-2. 수계소화설비(공통사항)"
    assert not any("기입란이 부족한" in c for x in fields for c in x.context)
    assert not any("표를 하고" in x.label for x in fields)
    labels = {x.label for x in fields if x.location.page == 6}
    assert {"누전경보기", "단독경보형감지기"} <= labels
    assert not any("누전누전" in x or "보형보형" in x for x in labels)


@needs_corpus
def test_inline_blanks_of_a_korean_form_line_are_each_read(corpus):
    """9호 page 2, as printed: "[ ]학원( 개소) [ ]독서실( 개소)" — each box heads its own datum, ticked and
    counted; "작동점검 ([ ]실시 [ ]미실시), 종합점검 ([ ]실시 [ ]미실시)" — two questions; "관리자 성명: ,
    전화번호: , 최근 교육이수일: 년 월 일" — three answers; "가입기간: 년 월 일 ~ 년 월 일" — a start and an
    end; "가입금액: 대인( 천만원) 대물( 천만원)" — two amounts in their unit; "[ ]점유자 / 성명: " — a name."""
    second = [x for x in fields_of(corpus, "kr-fire-forms/별지_제9호서식_자체점검결과보고서.pdf") if x.location.page == 2]
    f = by_label(second)
    assert [x.kind for x in f["학원"]] == ["checkbox", "number"] and "(개소)" in f["학원"][1].context
    assert [x.kind for x in f["승용"]] == ["checkbox", "number"] and "승강기" in f["승용"][0].context
    assert f["작동점검"][0].options == f["종합점검"][0].options == ("실시", "미실시")
    assert len(f["성명"]) == 2 and len(f["전화번호"]) == 2 and f["최근 교육이수일"][0].kind == "date"
    assert [x.kind for x in f["가입기간"]] == ["date", "date"] and "보험사" in f
    assert [x.kind for x in f["대인"] + f["대물"]] == ["number", "number"]
    # a nested choice stays one question ("[ ]작성 ([ ]보관 [ ]미보관), [ ]미작성")
    assert set(f["소방계획서"][0].options) >= {"작성", "미작성"}


@needs_corpus
def test_a_box_holding_only_its_unit_of_measure_is_an_answer(corpus):
    """9호 page 2, 건축물 정보: "연 면 적 | ㎡ | 건축면적 | ㎡ | 세 대 수", "높 이 | m | 건물동수 | 개동",
    "경사로 | 개소" — the box after each caption holds only the unit its answer is written in (review 33a #4)."""
    second = [x for x in fields_of(corpus, "kr-fire-forms/별지_제9호서식_자체점검결과보고서.pdf") if x.location.page == 2]
    labels = {x.label for x in second}
    assert {"연면적", "건축면적", "세대수", "높이", "건물동수", "경사로"} <= labels


@needs_corpus
def test_parentheses_left_to_write_in_are_blanks_not_boxes(corpus):
    """9호 page 4: "◦ 설치장소: 동명( ) [ ]지상/[ ]지하 ( )층, 실명( )" is a building name, a choice, a floor
    number and a room name; "◦ 수조용량: ( )ℓ, 수조가압압력:( )MPa" two amounts in their units. The
    "[ ]" are the boxes; "( )" is room to write."""
    fourth = [x for x in fields_of(corpus, "kr-fire-forms/별지_제9호서식_자체점검결과보고서.pdf") if x.location.page == 4]
    f = by_label(fourth)
    assert f["동명"][0].kind == "text" and f["실명"][0].kind == "text"
    assert f["층"][0].kind == "number" and "(층)" in f["층"][0].context
    assert "(MPa)" in f["수조가압압력"][0].context and f["수조용량"][0].kind == "number"
    # the form ticks "[ ]" boxes ("[ ]에는 해당 시설에 √ 표를"): its "( )" are room to write even on a line
    # without a box ("보조수원 ◦ 설치장소: 동명( ) 실명( )"): a room name for each of the five water sources
    assert len(f["실명"]) == 5
    choice = next(x for x in fourth if x.options == ("지상", "지하"))
    assert choice.label == "지상 / 지하" or not choice.label.startswith("설치장소")


@needs_corpus
def test_kstartup_notice_pdf_reads_without_error(corpus):
    doc = read_document(corpus / "kr-kstartup-sandoc/공고문_창업도약패키지_2025.pdf", "notice.pdf")
    assert doc.page_count == 25 and not doc.fillable


@needs_corpus
def test_csir_form_c_docx(corpus):
    """India's CSIR Form-C (DOCX): questions in one-row tables, captions that introduce the table below
    them, numbered boxes, a budget matrix with items listed under a line, numbered signature rows."""
    fields = fields_of(corpus, "in-csir-grant/CSIR_FormC_original.docx")
    f = by_label(fields)
    # "1. Institute to administer the grant | ____" is a question, not a heading bar (its blank is wide)
    assert "1. Institute to administer the grant" in f
    # a caption too long to be a label gives its head; "Rs." is an abbreviation, not a sentence's end
    assert "4. Name of the sponsoring CSIR Laboratory" in f
    assert {"Grant agency", "Amount in lakh Rs"} <= set(f)
    # "a.) Title: / b.) Name: | Sex": the captions of the cell before take their answers after the colon, so the
    # bare "Sex" at the row's end takes its answer in its own cell (review 43 #8)
    assert {"Title", "Name", "Sex"} <= set(f) and (f["Sex"][0].location.row, f["Sex"][0].location.column) == (1, 3)
    # the subject areas: one choice with ten options spread over three cells
    area = [x for x in fields if x.label.startswith("3. General area of the proposed research")]
    assert len(area) == 1 and area[0].kind == "choice" and len(area[0].options) == 10
    # "6. Other participants (…):" over four numbered boxes: four answers, the caption their label
    assert len(f["6. Other participants"]) == 4
    # the caption paragraphs are context, not questions
    assert not any(x.label in ("Proposed budget", "Declaration and attestation", "Principal Investigator (PI)")
                   for x in fields)
    # the budget: every line by every year; the equipment items listed 1-5 are a roster of their own
    assert {"JRF 1st Year", "JRF 3rd Year", "(d) Total 2nd Year"} <= set(f)
    assert f["(c) Equipment (item wise) 1st Year"][-1].repeats == 5
    assert not any(x.repeats > 5 for x in fields)  # no spacer row read as a 17-row roster
    # "2. Signature of CO" captions the rows a) - d): four signatures, none beside the caption itself
    co = [x for x in fields if x.label.startswith("2. Signature of CO")]
    assert len(co) == 4 and all(x.kind == "signature" for x in co)
    assert len([x for x in fields if x.kind == "signature"]) == 5


@needs_corpus
def test_a_written_specification_is_read_not_filled(corpus):
    """A completed 구매요구서 (purchase specification: pages of "…하여야 하며" prose and a few cells that
    look blank) is a document to read, not a form the applicant fills."""
    from formslim import read_document

    path = corpus / "kr-procurement-rfastball/spec_revision_2026.hwpx"
    doc = read_document(path, path.name)
    assert doc.kind == "notice" and "prose" in doc.kind_evidence[0]


@needs_corpus
def test_a_checklist_marks_every_listed_item(corpus):
    """소방시설 점검표 (flat PDF): "번호 | 점검항목 | 점검결과" over rows whose item cell lists several items
    (● …) beside one tall result cell: each item is marked on its own, and the header is not a question."""
    fields = [f for f in fields_of(corpus, "kr-fire-forms/별지_제4호서식_점검표.pdf") if f.location.page == 13]
    items = [f for f in fields if f.source.endswith(":checklist")]
    # (spacing aside: a word the form prints both spaced and whole may be read whole — test_wraps)
    labels = [f.label.replace(" ", "") for f in items]
    assert "감시제어반전용실적정설치및관리여부" in labels
    assert "기계·기구또는시설등제어및감시설비외설치여부" in labels
    assert all(f.kind == "choice" and "점검결과" in f.context for f in items)
    panel = next(f for f in items if f.label.startswith("앞면은 적색으로"))
    assert "[동력제어반]" in panel.context  # the bracketed heading it sits under
    assert not any(f.label == "점검결과" for f in fields)
    # page 10: the header is a table of its own, each block ("2-A. 수원") a table of rows without one —
    # "2-A-001 / 2-A-002 | ○ … / ○ … | (empty)": the header goes on over them
    every = fields_of(corpus, "kr-fire-forms/별지_제4호서식_점검표.pdf")
    listed = [f for f in every if f.source.endswith(":checklist")]
    assert any(f.label.startswith("주된수원의 유효수량 적정 여부") for f in listed)
    assert len(listed) >= 900 and all("점검결과" in f.context for f in listed)
    # a header table on its own asks nothing (3 of 32 checklists still have headers read with body rows
    # that are not bulleted: pump tables)
    assert len([f for f in every if f.label == "점검결과" and f.location.page >= 10]) <= 3
    kitchen = next(f for f in listed if f.label.startswith("수신부의 설치상태 적정 및 정상"))
    assert "[주거용주방자동소화장치]" in [c.replace(" ", "") for c in kitchen.context]


@needs_corpus
def test_a_checklist_item_keeps_its_number_marks_and_case(corpus):
    """점검표 page 10 prints "1-A-009 | ● 설치수량 적정 여부" and, under the table, "※ 점검항목 중 “●”는
    종합점검의 경우에만 해당한다." and "※ 점검결과란은 양호 “○”, 불량 “×”, 해당없는 항목은 “/”로 표시한다.": the item is
    numbered 1-A-009 (the 점검번호 the 9호 report's defect list asks for), is checked in a full inspection only,
    and is marked with one of the three printed marks (review 48 #3)."""
    listed = [f for f in fields_of(corpus, "kr-fire-forms/별지_제4호서식_점검표.pdf") if f.source.endswith(":checklist")]
    item = {f.line: f for f in listed if f.line}
    assert item["1-A-009"].label == "설치수량 적정 여부" and item["1-A-009"].condition == "종합점검의 경우에만"
    assert item["1-A-001"].condition == ""  # "○ 거주자 등이 손쉽게 …": every inspection
    assert item["1-A-001"].options == ("양호(○)", "불량(×)", "해당없는 항목(/)")
    assert len(item) >= 1000 and len(set(f.line for f in listed if f.line)) == len(item)
    full_only = sum(1 for f in listed if f.condition)
    assert 450 <= full_only <= 600 and 450 <= len(listed) - full_only <= 650  # about 540 ● and 595 ○ printed


@needs_corpus
def test_rows_under_an_example_marker_are_not_questions(corpus):
    """별표1 정부포상 추천자 현황: "《예시》" heads three rows of sample answers (이몽룡, 사장, 무 …): neither
    questions nor room to write."""
    from formslim import read_document

    path = corpus / "kr-hwplib/붙임1_정부포상_추천_구비서류_서식.hwp"
    first = read_document(path, path.name).parts[0]
    labels = [f.label for f in first.fields]
    assert "《예시》" not in labels and "무" not in labels and "이몽룡" not in labels


@needs_corpus
def test_a_statutory_reports_own_clause_is_its_declaration(corpus):
    """별지 제9호서식 prints what the signer files and under which act ("「소방시설 설치 및 관리에 관한 법률」
    제23조제3항 … 에 따라 위와 같이 … 보고서를 제출합니다"): that is the declaration a consolidated form
    carries, word for word — not a subsidy application's truth clause. The e-delivery consent before it
    ("「행정절차법」 제14조에 따라 … 동의합니다") is a consent, not the declaration."""
    path = corpus / "kr-fire-forms" / "별지_제9호서식_자체점검결과보고서.pdf"
    docs = read_package([path]).documents
    assert docs[0].declaration.startswith("「소방시설 설치 및 관리에 관한 법률」 제23조제3항")
    assert docs[0].declaration.endswith("보고서를 제출합니다.")


@needs_corpus
def test_sworn_statements_in_their_printed_wordings_are_declarations(corpus):
    """Read from each form's signature section: SBA 413 "By signing this form, I certify under penalty of
    criminal prosecution that …"; W-9 "Under penalties of perjury, I certify that:" over four numbered
    points (the signer certifies all four); SSA-89 "I declare and affirm under the penalty of perjury
    that …"; SF-424 item 21 "By signing this application, I certify (1) … and (2) …"."""
    def decl(rel):
        return read_package([corpus / rel]).documents[0].declaration

    assert decl("sba-lukacera/SBAForm413.pdf").startswith(
        "By signing this form, I certify under penalty of criminal prosecution that all information on this form")
    w9 = decl("irs-conmecto/fw9.pdf")
    assert w9.startswith("Under penalties of perjury, I certify that:")
    for point in ("my correct taxpayer identification number", "I am not subject to backup withholding",
                  "I am a U.S. citizen or other U.S. person", "exempt from FATCA reporting is correct"):
        assert point in w9, point
    assert decl("loan-consents-msfg/ssa-89.pdf").startswith(
        "I declare and affirm under the penalty of perjury that the information contained herein is true")
    assert decl("grants-sf424-pypdf/SF424.pdf").startswith("By signing this application, I certify (1)")


@needs_corpus
def test_a_forms_instructions_and_their_filled_example_ask_nothing(corpus):
    """별지 제9호서식 pages 9-10 open with "작성방법": the form's instructions, with an example filled in
    ("[√]휴게음식점영업( 2개소)", "A동 2005년 4월 1일") — no questions."""
    fields = fields_of(corpus, "kr-fire-forms/별지_제9호서식_자체점검결과보고서.pdf")
    assert fields and not any(f.location.page in (9, 10) for f in fields)
    assert any(f.location.page == 8 for f in fields)


@needs_corpus
def test_a_fire_report_is_signed_by_one_of_the_parties_it_lists(corpus):
    """별지 제9호서식 is signed by whoever inspected — "소방시설관리업자ㆍ소방안전관리자ㆍ관계인 (서명 또는 인)" —
    and its e-delivery consent by the 관계인 (the building's owner, manager or occupant, who files it): the
    filer may sign, so the report is not a form only another party signs. The inspecting firm's name
    ("소방시설관리업자 (업체명: )") is the contractor's, not the filer's."""
    from formslim.knowledge import load_knowledge
    from formslim.match import match_package

    package = read_package([corpus / "kr-fire-forms" / "별지_제9호서식_자체점검결과보고서.pdf"])
    doc = package.documents[0]
    assert {s.signer for s in doc.signers} == {"applicant"}
    m = match_package(package, load_knowledge())
    firm = next(f for f in doc.fields if f.label == "업체명")
    assert m.readings[firm.id].role == "contractor"


def test_a_signature_mark_after_a_list_of_parties_is_one_of_them():
    """"소방시설관리업자ㆍ소방안전관리자ㆍ관계인: (서명 또는 인)": one of the three signs, the filer among them;
    "소방시설관리업자 (서명 또는 인)" alone: the firm signs."""
    from formslim.parse.parties import read_parties

    listed, _ = read_parties("보고서", "점검자 소방시설관리업자ㆍ소방안전관리자ㆍ관계인: (서명 또는 인)", (), "form")
    assert [s.signer for s in listed] == ["applicant"] and "one of the parties listed" in listed[0].evidence
    alone, _ = read_parties("보고서", "점검자 소방시설관리업자 (서명 또는 인)", (), "form")
    assert [s.signer for s in alone] == ["contractor"]


@needs_corpus
def test_a_summary_grid_asks_each_ticked_items_result(corpus):
    """9호 page 3, "구분 | 해당 설비 | 점검결과" twice across the page: each row ticks a facility ("[ ]옥내소화전
    설비", "[ ]인명구조기구") and asks its result beside it — a box and a result per row, left and right; the
    thin double rules between the columns are no cells."""
    third = [x for x in fields_of(corpus, "kr-fire-forms/별지_제9호서식_자체점검결과보고서.pdf") if x.location.page == 3]
    grid = next(x.location.table for x in third if x.label == "옥내소화전설비")
    f = by_label([x for x in third if x.location.table == grid])
    for item in ("옥내소화전설비", "스프링클러설비", "인명구조기구", "유도등"):
        assert [x.kind for x in f[item]] == ["checkbox"], item
        assert len(f[f"{item} 점검결과"]) == 1, item


@needs_corpus
def test_a_grid_under_a_two_level_row_header_asks_each_cell(corpus):
    """4호 점검표 p.13, the pump test: "토출량 (ℓ/min)" and "토출압 (MPa)" each over "주" and "예비", across
    "체절운전 | 정격운전 (100%) | 정격유량의 150% 운전", a note on the criteria down the side: twelve answers,
    each named by both row labels and its column."""
    page = [x for x in fields_of(corpus, "kr-fire-forms/별지_제4호서식_점검표.pdf") if x.location.page == 13]
    labels = [x.label for x in page]
    for what in ("토출량", "토출압"):
        for pump in ("주", "예비"):
            for run in ("체절운전", "정격운전 (100%)", "정격유량의 150% 운전"):
                assert sum(1 for l in labels if l.startswith(what) and f" {pump} {run}" in l) == 1, (what, pump, run)


@needs_corpus
def test_boxed_column_headings_over_a_tally_grid(corpus):
    """9호 page 4, "3-1. 소화기구, 자동소화장치": "[ ] 소화기 | [ ] 간이소화용구 | [ ] 자동확산소화기 | [ ] 자동소화장치 |
    비 고" over "[ ] 분말 | [ ] 기타 | [ ] 투척용 | [ ] 기타", over a diagonal "합계 / 동명" corner and eight blank
    rows: each heading's box a check box (not one choice between headings), a totals row, the building name
    and each bottom heading a column repeated down the rows."""
    fourth = [x for x in fields_of(corpus, "kr-fire-forms/별지_제9호서식_자체점검결과보고서.pdf")
              if x.location.page == 4 and any("3-1" in c for c in x.context)]
    boxes = [x.label for x in fourth if x.source.endswith(":header-box")]
    assert boxes == ["소화기", "간이소화용구", "자동확산소화기", "자동소화장치", "분말", "기타", "투척용", "기타"]
    assert all(x.kind == "checkbox" for x in fourth if x.source.endswith(":header-box"))
    assert not [x for x in fourth if x.kind in ("radio", "choice")]
    totals = [x for x in fourth if x.label == "합계"]
    assert len(totals) == 6 and all(x.kind == "number" for x in totals) and ("소화기", "분말") == totals[0].context[-2:]
    columns = {x.label: x.repeats for x in fourth if x.source.endswith(":roster")}
    assert columns == {"동명": 8, "분말": 8, "기타": 8, "투척용": 8, "자동확산소화기": 8, "자동소화장치": 8, "비고": 8}


@needs_corpus
def test_roster_rows_named_by_who_fills_them(corpus):
    """4호 page 2, "□ 점검업체(점검인력) 현황": "구분 | 성명 | 자격구분 | 자격번호 | 점검참여일(기간) | 서명" over one
    "주인력" row and six "보조인력" rows: the main inspector's data and the assistants' are apart (one row, and a
    column repeated six times), each group signing in its column — not one roster that mixes them."""
    second = [x for x in fields_of(corpus, "kr-fire-forms/별지_제4호서식_점검표.pdf") if x.location.page == 2]
    f = by_label(second)
    assert f["주인력 성명"][0].repeats == 1 and f["보조인력 성명"][0].repeats == 6
    assert f["보조인력 서명"][0].kind == "signature" and f["주인력 서명"][0].kind == "signature"
    assert "성명" not in f  # no roster column that joins the two groups
    # 9호 page 1: the same under a caption down the side ("점검인력" spanning the rows), five assistants
    first = by_label([x for x in fields_of(corpus, "kr-fire-forms/별지_제9호서식_자체점검결과보고서.pdf")
                      if x.location.page == 1])
    assert first["주된 점검인력 성명"][0].repeats == 1 and first["보조 점검인력 자격번호"][0].repeats == 5


@needs_corpus
def test_the_inspection_type_printed_around_a_checklists_title(corpus):
    """4호 page 1 prints its inspection type in its title, boxes after their options, over two lines: "소방시설등
    작동점검[ ] 점검표" and "종합점검(최초점검[ ] 그 밖의 점검[ ])" — one choice of three, as the 9호 asks it
    ("[ ]작동점검 [ ]종합점검 ([ ]최초점검 [ ]그 밖의 종합점검)"), not a box named "점검표"."""
    first = [x for x in fields_of(corpus, "kr-fire-forms/별지_제4호서식_점검표.pdf") if x.location.page == 1]
    assert first[0].options == ("작동점검", "종합점검(최초점검)", "종합점검(그 밖의 점검)")
    assert not [x for x in first if x.label in ("점검표", "종합점검(최초점검")]


@needs_corpus
def test_checklist_rows_the_drawing_leaves_open_are_still_marked(corpus):
    """소방시설 점검표, read from the page images: p.11 "2-C. 가압송수장치 / [펌프방식]" lists 2-C-001 … 013 in a
    row with no rule above it (its number and result cells are not closed), p.67 numbers its last item
    "29-B-0010" (sic), p.70 heads its item cells with the equipment's name unbulleted ("소화기구(소화기,
    자동확산소화기)" over "○ 설치수량 …"): every listed item is still a question of its own."""
    every = fields_of(corpus, "kr-fire-forms/별지_제4호서식_점검표.pdf")
    page = {n: [f for f in every if f.location.page == n and f.source.endswith(":checklist")] for n in (11, 67, 70)}
    pump = [f for f in page[11] if "[펌프방식]" in f.context]
    assert len(pump) == 13 and pump[0].label == "동결방지조치 상태 적정 여부"
    assert pump[-1].label.startswith("가압송수장치의“옥내소화전펌프”표지설치 여부")
    radio = [f.label for f in page[67]]
    assert "옥외안테나 통신장애 발생 여부" in radio and "상용전원 적정 여부" in radio and len(radio) == 22
    extinguishers = [f for f in page[70] if "[소화기구(소화기 , 자동확산소화기 )]" in f.context]
    assert len(extinguishers) == 5 and not any(f.label.startswith("소화기구") for f in page[70])


@needs_corpus
def test_a_table_folded_into_two_blocks_is_read_block_by_block(corpus):
    """9호 page 3 prints "구분 | 해당 설비 | 점검결과" twice across: a reader takes the left block top to
    bottom, then the right one. A result cell beside a group of ticked items ("[ ]피난기구 / [ ]공기안전매트
    …") is the group's first item's result."""
    third = [x for x in fields_of(corpus, "kr-fire-forms/별지_제9호서식_자체점검결과보고서.pdf") if x.location.page == 3]
    grid = next(x.location.table for x in third if x.label == "옥내소화전설비")
    labels = [x.label for x in third if x.location.table == grid]
    assert labels.index("가스누설경보기 점검결과") < labels.index("피난기구")  # the left block's last, the right's first
    assert "소화기구 및 자동소화장치 점검결과" in labels and "피난기구 점검결과" in labels
    assert "소화 설비 점검결과" not in labels


@needs_corpus
def test_a_dates_printed_blanks_are_not_the_consolidated_forms_caption(corpus, tmp_path):
    """The 정부포상 bundle's forms end in "작성일 (2016. ○○. ○○)" (also "(2016. . .)", "(2016. .)"): the field
    keeps the printed blanks (they are what the form prints), the consolidated form asks "작성일". A date
    given in full stays ("기준일 (2024. 12. 31.)" names the day), as does a bracketed year."""
    from formslim import analyze
    from formslim.text import caption

    path = corpus / "kr-hwplib/붙임1_정부포상_추천_구비서류_서식.hwp"
    labels = [f.label for part in read_document(path, path.name).parts for f in part.fields]
    assert "작성일 (2016. ○○. ○○)" in labels
    form = analyze(path).form
    asked = [i["label"] for s in form["sections"] for i in s["items"]]
    assert not any("○○" in x or ". ." in x for x in asked), [x for x in asked if "○" in x]
    assert caption("작성일 (2016. . .)") == caption("작성일 (2016. .)") == "작성일"
    assert caption("기준일 (2024. 12. 31.)") == "기준일 (2024. 12. 31.)"
    assert caption("매출액 (2024)") == "매출액 (2024)"


@needs_corpus
def test_a_templates_per_item_row_is_a_roster(corpus):
    """KDCA 이수증 발급대장 (kr-nibp-xlsx): a header of two rows over one row of "${item.listNo}",
    "${item.userNm}" … cells (a jxls "jx:each" loop, one row per person certified): a register, each
    column asked once per person — not a form of 16 questions; and one a program writes from its records (the
    template's expressions), so a data file, not a document an applicant fills (review 41 #1: merged into a
    staff member's CV, it made a "3 → 1" headline)."""
    doc = read_document(corpus / "kr-nibp-xlsx/kdca_submit_template.xlsx", "kdca_submit_template.xlsx")
    assert doc.kind == "data_file" and "template expressions" in doc.kind_evidence[0]
    assert len(doc.fields) == 16 and all(f.repeats > 1 for f in doc.fields)
    assert "성명" in {f.label for f in doc.fields}


def test_a_box_of_attachments_says_who_gives_what_to_whom():
    """A prescribed form's box of attachments whose rows say who gives its documents to whom: each row's giver,
    receiver and documents, without their copies, each with the case it is given in; a box with no such rows
    (a plain list of what to attach) routes nothing."""
    from formslim.parse.classify import attachment_routes

    text = ("신청인 (서명 또는 인)\n○○시장 귀하\n구분 첨부서류\n대리인이\n신청인에게 제출\n위임장 1부\n"
            "신청인이 시장ㆍ군수ㆍ구청장에게 제출\n1. 사업계획서(법인인 경우에만 제출합니다) 1부\n2. 별지 제3호서식의 "
            "확인서 각 1부\n유의 사항\n1. 거짓으로 신청한 경우 … 제출합니다")
    first, second = attachment_routes(text)
    assert (first.giver, first.receiver, first.items) == ("대리인", "신청인", ("위임장",))
    assert (second.giver, second.receiver) == ("신청인", "시장ㆍ군수ㆍ구청장")
    assert second.items == ("사업계획서", "별지 제3호서식의 확인서")
    assert second.condition("사업계획서") == "법인인 경우" and second.condition("별지 제3호서식의 확인서") == ""
    assert attachment_routes("첨부서류\n1. 사업자등록증 사본 1부\n2. 재무제표 1부\n수수료 없음") == ()


@needs_corpus
def test_the_inspection_record_the_firm_hands_the_building_is_kept_not_filed(corpus):
    """별지 제9호서식's box of attachments: the 소방시설관리업자 or 소방안전관리자 gives the 관계인 the 점검표; the
    관계인 files the report with the 소방본부장 or 소방서장, with the 점검인력 배치확인서 (only where a firm
    inspected) and the 별지 제10호서식 이행계획서 (review 24, finding 4). So the 4호 점검표 of the package is a
    record the 관계인 receives and keeps — kept as it is, counted neither as a document filed nor in questions
    or minutes — and the two attachments the report is filed with are in the plan, though not in the package:
    the 배치확인서 only in its case."""
    from formslim.pipeline import analyze

    a = analyze([corpus / "kr-fire-forms"])
    report = next(d for d in a.package.documents if "9호" in d.path)
    assert [(r.giver, r.receiver) for r in report.routes] == [("소방시설관리업자 또는 소방안전관리자", "관계인"),
                                                       ("관계인", "소방본부장 또는 소방서장")]
    docs = {d.title: d for d in a.plan.documents}
    record = docs["소방시설등 점검표"]
    assert record.decision == "keep" and record.received and not record.counted
    assert {a.plan.decisions[int(i[1:]) - 1].rule for i in record.decisions} == {"K-RECEIVED"}
    deployment = docs["점검인력 배치확인서"]
    plan_of_the_action = docs["별지 제10호서식의 소방시설등의 자체점검 결과 이행계획서"]
    assert deployment.attachment and deployment.condition == "소방시설관리업자가 점검한 경우"
    assert plan_of_the_action.attachment and not plan_of_the_action.condition and plan_of_the_action.kind == "form"
    # the report, the attachments and the main form are what is filed: the checklist's 1,996 questions are not
    assert (a.plan.documents_before, a.plan.documents_required_before) == (3, 2)
    assert a.burden.fields_before == docs["소방시설등 자체점검 실시결과 보고서"].fields_before > 0
    # what the record repeats of the report is written twice by whoever writes both: said in its decision, and
    # put to the legal reviewer as an amendment of the 고시 that prescribes it (review 33a #1)
    said = [e for i in record.decisions for e in a.plan.decisions[int(i[1:]) - 1].evidence if e.startswith("it repeats")]
    assert len(said) == 1 and "writes them twice" in said[0]
    overlap = [x for x in a.form["legal_review"] if x.startswith("소방시설등 점검표")]
    assert len(overlap) == 1 and "고시" in overlap[0] and "두 번 적는다" in overlap[0]


@needs_corpus
def test_the_reports_filing_signature_is_whoever_files_and_its_consent_signature_stays_its_own(corpus):
    """9호: "소방시설관리업자ㆍ소방안전관리자ㆍ관계인: (서명 또는 인)" is signed by whichever of them files — the
    filer's mark — and the 관계인's signature under the 전자우편 송달 동의 is another act: both stay where the form
    prints them, none 'signed once' (review 33a #6)."""
    from formslim.pipeline import analyze

    a = analyze([corpus / "kr-fire-forms"])
    report = next(d for d in a.plan.documents if d.title == "소방시설등 자체점검 실시결과 보고서")
    filing = [s for s in report.signers if "whichever of them files" in s.evidence]
    assert len(filing) == 1 and filing[0].signer == "applicant"
    marks = {s.field for s in report.signers if s.field}
    assert all(fp.action != "drop_duplicate" for fp in a.plan.fields if fp.field in marks)


@needs_corpus
def test_a_count_in_parentheses_and_an_email_split_by_its_at_sign_are_answers(corpus):
    """Review 48 #8: the 9호 report prints "점검기간 년 월 일 ~ 년 월 일 ( 총 점검일수: 일 )" and "전자우편 주소 @" — the
    count of days and the e-mail address were not read as questions."""
    doc = read_document(corpus / "kr-fire-forms" / "별지_제9호서식_자체점검결과보고서.pdf")
    by_label = {}
    for f in doc.fields:
        by_label.setdefault(f.label, f)
    days = by_label["총 점검일수"]
    assert days.kind == "number" and "(일)" in days.context
    assert "전자우편 주소" in by_label and "@" not in "".join(f.label for f in doc.fields)


def test_a_label_says_the_case_it_is_asked_in():
    from formslim.text import printed_case

    assert printed_case("정부지원사업비(A) 추가 (성공환원형 신청자만 작성)") == "성공환원형 신청자만 작성"
    assert printed_case("참고 사진(이미지)·설계도 등 삽입 (해당 시)") == "해당 시"
    assert printed_case("DBA or Tradename (if applicable)") == "if applicable"
    # a bracket that names what is asked, how or by when is no case
    assert printed_case("성명(필수)") == printed_case("지원 분야(택 1)") == printed_case("사업자 구분 (모집마감일 기준)") == ""


@needs_corpus
def test_conditions_a_form_prints_are_read_with_its_fields(corpus):
    """K-Startup's 사업계획서: the added government support is asked of those who apply for 성공환원형 only; the fire
    checklist's "● 상용전원 및 비상전원 공급 확인 가능 여부(비상전원 있는 경우)" keeps both its cases."""
    f = by_label(fields_of(corpus, "kr-kstartup-sandoc/별첨1_사업계획서_양식.docx"))
    assert f["정부지원사업비(A) 추가 (성공환원형 신청자만 작성)"][0].condition == "성공환원형 신청자만 작성"
    assert f["기업명"][0].condition == ""
    items = [x for x in fields_of(corpus, "kr-fire-forms/별지_제4호서식_점검표.pdf") if x.line]
    both = [x for x in items if x.condition.startswith("종합점검의 경우에만; ")]
    assert both and all(x.condition.endswith("경우") for x in both)
