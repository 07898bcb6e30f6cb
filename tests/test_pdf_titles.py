"""A PDF that holds several forms with nothing but their titles to tell them apart: a page break before a
new form's title starts a document, as a reader takes it; a title repeated on each page of one form, and a
numbered section heading ("2. 옥내소화전설비 점검표"), do not. PDFs written here with reportlab (Korean CID
fonts, no embedded font file)."""
import pytest

from formslim import read_package
from formslim.parse.logical import split_pages

pytest.importorskip("reportlab")


def _pdf(path, pages):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    c = canvas.Canvas(str(path), pagesize=A4)
    for title, labels in pages:
        c.setFont("HYSMyeongJo-Medium", 16)
        c.drawString(200, 790, title)
        c.setFont("HYSMyeongJo-Medium", 10)
        top = 740
        for k, label in enumerate(labels):  # a table: a label cell and an empty answer cell per row
            y = top - 26 * (k + 1)
            c.rect(60, y, 120, 26)
            c.rect(180, y, 320, 26)
            c.drawString(66, y + 9, label)
        c.showPage()
    c.save()


def test_a_new_forms_title_after_a_page_break_starts_a_document(tmp_path):
    path = tmp_path / "bundle.pdf"
    _pdf(path, [("지원사업 참가 신청서", ["기업명", "대표자 성명", "사업자등록번호"]),
                ("지원사업 참가 신청서", ["주소", "전화번호"]),  # the title printed again on its second page
                ("개인정보 수집·이용 동의서", ["성명", "생년월일", "서명 (서명 또는 인)"]),
                ("청렴 서약서", ["서약자", "소속", "서명 (서명 또는 인)"])])
    ranges = split_pages([["지원사업 참가 신청서", "기업명"], ["지원사업 참가 신청서", "주소"],
                          ["개인정보 수집·이용 동의서", "성명"], ["청렴 서약서", "서약자"]])
    assert [(r.locator, r.first_page, r.last_page) for r in ranges] == [
        ("", 1, 2), ("개인정보 수집·이용 동의서", 3, 3), ("청렴 서약서", 4, 4)]
    # read as a user reads it: three logical documents, each with its title and its own fields
    docs = read_package([path]).documents
    assert [d.title for d in docs] == ["지원사업 참가 신청서", "개인정보 수집·이용 동의서", "청렴 서약서"]
    assert [len(d.fields) for d in docs] == [5, 3, 3]
    assert [d.kind for d in docs][1:] == ["consent", "pledge"]


def test_section_headings_and_sentences_start_no_document():
    ranges = split_pages([["1. 소화기구 점검표", "…"], ["2. 옥내소화전설비 점검표", "…"],
                          ["이 신청서를 작성할 때 주의하십시오.", "…"], ["Personal Financial Statement", "…"]])
    assert len(ranges) == 1
