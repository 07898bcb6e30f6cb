"""The bundled sample packages: what a person filling them in sees is what formslim lists."""
import json

import pytest

from formslim import read_package
from formslim.report.inventory import to_json

from .conftest import SAMPLES

KR = SAMPLES / "kr-sme-support"
US = SAMPLES / "us-small-business-loan"


@pytest.fixture(scope="module")
def kr():
    return read_package([KR])


@pytest.fixture(scope="module")
def us():
    return read_package([US])


def labels(package, file):
    doc = next(d for d in package.documents if d.path == file)
    return {f.label: f for f in doc.fields}


def test_kr_package_reads_ten_documents_in_four_formats(kr):
    assert not kr.problems
    assert len(kr.documents) == 10
    assert {d.format for d in kr.documents} == {"docx", "pdf", "xlsx", "hwpx"}
    assert all(d.fields for d in kr.documents)


def test_kr_application_form_table(kr):
    f = labels(kr, "01_지원사업_신청서.docx")
    for label in ("기업명", "사업자등록번호", "대표자 성명", "대표자 생년월일", "사업장 소재지", "신청 금액(원)",
                  "담당자 성명", "담당자 연락처"):
        assert label in f, label
    assert f["기업명"].required and f["사업자등록번호"].required
    assert f["대표자 생년월일"].kind == "date"
    assert f["신청 금액(원)"].kind == "amount"
    assert f["상시근로자 수(명)"].kind == "number"
    assert f["지원 분야(택 1)"].kind == "choice"
    assert f["지원 분야(택 1)"].options == ("제조", "지식서비스", "기타")
    assert f["기업명"].location.table == 1 and f["기업명"].location.row == 1 and f["기업명"].location.column == 2
    assert any(x.kind == "signature" for x in f.values())


def test_kr_business_plan_budget_matrix_and_spaced_labels(kr):
    f = labels(kr, "02_사업계획서.docx")
    assert "상호" in f and "대표자" in f  # printed letter-spaced as "상 호", "대 표 자"
    assert f["사업 개요"].kind == "free_text"
    for label in ("재료비 정부지원금", "인건비 자부담", "합계 정부지원금"):
        assert f[label].kind == "amount", label
    assert f["추진 내용"].repeats == 3


def test_kr_consent_fillable_pdf(kr):
    f = labels(kr, "03_개인정보_수집이용_동의서.pdf")
    assert f["성명"].required and f["성명"].name == "name" and f["성명"].label_source == "tooltip"
    assert f["개인정보 수집·이용 동의"].kind == "radio"
    assert set(f["개인정보 수집·이용 동의"].options) == {"agree", "disagree"}
    assert f["행정정보 공동이용 동의"].kind == "checkbox"


def test_kr_flat_pledge_and_certificates(kr):
    pledge = labels(kr, "04_청렴서약서.pdf")
    assert {"회사명", "대표자", "사업자등록번호"} <= set(pledge)
    assert any(x.kind == "signature" for x in pledge.values())
    cert = labels(kr, "05_사업자등록증명.pdf")
    assert {"상호(법인명)", "사업자등록번호", "성명(대표자)", "사업장 소재지", "개업일"} <= set(cert)
    assert all(x.location.page == 1 and x.location.bbox for x in cert.values())
    assert labels(kr, "09_중소기업확인서.pdf")["유효기간"].kind == "date"


def test_kr_roster_xlsx(kr):
    f = labels(kr, "08_4대보험_가입자명부.xlsx")
    assert {"사업장 명칭", "사업장관리번호", "사업자등록번호"} <= set(f)
    assert f["성명"].repeats == 10
    assert f["가입 보험"].kind == "choice" and len(f["가입 보험"].options) == 3
    assert "4대 사회보험 사업장 가입자 명부" not in f  # the title row is not a field


def test_us_package(us):
    assert not us.problems and len(us.documents) == 4
    app = labels(us, "loan_application.pdf")
    assert "Applicant business legal name" in app and app["Applicant business legal name"].required
    assert app["Use of proceeds"].options == ("Working capital", "Equipment", "Real estate", "Refinance debt")
    assert app["Bankruptcy filed"].kind == "radio"
    pfs = labels(us, "personal_financial_statement.pdf")
    # no tooltips in this file: labels come from the printed text next to each box
    assert {"Name", "Residence address", "Social Security Number", "Total assets", "Net worth"} <= set(pfs)
    assert all(x.label_source == "printed" for x in pfs.values())
    bg = labels(us, "background_statement.docx")
    assert {"Social Security Number", "Date of birth", "Home address"} <= set(bg)
    assert any(x.kind == "radio" and x.options == ("Yes", "No") for x in bg.values())
    consent = labels(us, "tax_transcript_consent.pdf")
    assert {"Taxpayer name (as shown on return)", "Current address"} <= set(consent)


def test_json_inventory_is_deterministic(kr):
    a = to_json(kr)
    b = to_json(read_package([KR]))
    assert a == b
    data = json.loads(a)
    assert data["fields"] and all({"file", "label", "name", "kind", "page", "table", "row", "column"} <= set(r)
                                  for r in data["fields"])
    ids = [r["id"] for r in data["fields"]]
    assert len(ids) == len(set(ids))


def test_kr_hwpx_staff_roster(kr):
    f = labels(kr, "10_참여인력_현황.hwpx")
    assert {"상호명", "사업자 등록번호", "대표자명"} <= set(f)
    # "구분 | 성명 | 생년월일 | …" over a 책임자 row and three 참여자 rows: the lead's data and the participants' apart
    assert f["책임자 성명"].repeats == 1 and f["참여자 성명"].repeats == 3 and f["참여자 생년월일"].kind == "date"
    assert f["작성일"].name == "작성일" and f["작성일"].kind == "date" and f["작성일"].label_source == "field-name"
    assert f["채용 예정 시기"].kind == "date"
    assert any(x.kind == "signature" for x in f.values())
