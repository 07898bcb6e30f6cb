"""Write the bundled sample packages in sample_forms/.

The documents are the project's own: realistic in structure and wording, with the same facts asked
again across documents in different words, as real packages do. Run ``make samples``; the outputs are
committed so that the demo needs none of the generator's dependencies (reportlab).

    python scripts/make_sample_forms.py [OUTDIR]
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from formslim.report.hwpx_writer import Hwpx  # noqa: E402

FIXED = dt.datetime(2026, 1, 5, 9, 0, 0)
KO = "HYGothic-Medium"
KO_SERIF = "HYSMyeongJo-Medium"
pdfmetrics.registerFont(UnicodeCIDFont(KO))
pdfmetrics.registerFont(UnicodeCIDFont(KO_SERIF))


# ------------------------------------------------------------------ DOCX helpers

def new_docx(title: str, subtitle: str = "") -> docx.Document:
    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = "formslim sample generator"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "formslim"
    style = d.styles["Normal"]
    style.font.name = "Malgun Gothic"
    style.font.size = Pt(10)
    h = d.add_heading(title, level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if subtitle:
        d.add_paragraph(subtitle)
    return d


def table(d: docx.Document, rows: list[list[str]], merges: list[tuple[int, int, int, int]] = (),
          shade_labels: bool = True, heights: dict[int, float] | None = None):
    n_cols = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=n_cols)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is not None:
                t.cell(r, c).text = text
    for (r0, c0, r1, c1) in merges:
        a, b = t.cell(r0, c0), t.cell(r1, c1)
        keep = a.text
        merged = a.merge(b)
        merged.text = keep
    if heights:
        from docx.shared import Pt as _Pt
        for r, h in heights.items():
            t.rows[r].height = _Pt(h)
    return t


def save_docx(d: docx.Document, path: Path) -> None:
    d.save(path)


# ------------------------------------------------------------------ PDF helpers

class Sheet:
    """A one-page flat form drawn with rulings, as a printed Korean or US form looks."""

    def __init__(self, path: Path, title: str, size=A4, font: str = KO):
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("formslim sample generator")
        self.w, self.h = size
        self.font = font
        self.y = self.h - 60
        self.left, self.right = 50, self.w - 50

    def text(self, x, y, s, size=10, font=None):
        self.c.setFont(font or self.font, size)
        self.c.drawString(x, y, s)

    def title(self, s, size=16, note: str = ""):
        if note:
            self.text(self.left, self.y + 12, note, 8)
            self.y -= 6
        self.c.setFont(self.font, size)
        self.c.drawCentredString(self.w / 2, self.y - 10, s)
        self.y -= 40

    def para(self, s, size=10, gap=16):
        self.text(self.left, self.y, s, size)
        self.y -= gap

    def grid(self, rows: list[list[tuple[str, float]]], row_h: float = 24, shade_first: bool = True):
        """rows of (text, width-fraction); an empty text is a blank to fill in."""
        width = self.right - self.left
        c = self.c
        c.setLineWidth(0.6)
        top = self.y
        for row in rows:
            x = self.left
            c.line(self.left, top, self.right, top)
            for i, (s, frac) in enumerate(row):
                wdt = frac * width
                if shade_first and s and i % 2 == 0 and s not in ("",):
                    c.setFillGray(0.92)
                    c.rect(x, top - row_h, wdt, row_h, stroke=0, fill=1)
                    c.setFillGray(0)
                c.line(x, top, x, top - row_h)
                if s:
                    self.text(x + 4, top - row_h / 2 - 3.5, s, 9.5)
                x += wdt
            c.line(self.right, top, self.right, top - row_h)
            top -= row_h
        c.line(self.left, top, self.right, top)
        self.y = top - 18

    def save(self):
        self.c.showPage()
        self.c.save()


# ------------------------------------------------------------------ Korean SME package

def kr_application(out: Path):
    d = new_docx("2026년 중소기업 혁신성장 지원사업 신청서", "※ 굵은 글씨(*) 항목은 필수 기재 사항입니다.")
    d.add_heading("1. 신청기업 일반현황", level=1)
    table(d, [
        ["기업명 *", "", "사업자등록번호 *", ""],
        ["법인등록번호", "", "개업연월일", "OOOO.OO.OO"],
        ["대표자 성명 *", "", "대표자 생년월일", ""],
        ["사업장 소재지 *", "", "", ""],
        ["대표 전화번호", "", "전자우편", ""],
        ["주업종", "", "상시근로자 수(명)", ""],
        ["전년도 매출액(원)", "", "자본금(원)", ""],
    ], merges=[(3, 1, 3, 3)])
    d.add_heading("2. 신청 내용", level=1)
    table(d, [
        ["지원 분야(택 1)", "", "제조", "", "지식서비스", "", "기타"],
        ["신청 금액(원) *", "", "", "", "", "", ""],
        ["과제명", "", "", "", "", "", ""],
    ], merges=[(1, 1, 1, 6), (2, 1, 2, 6)])
    d.add_heading("3. 실무 담당자", level=1)
    table(d, [
        ["담당자 성명", "", "직위", ""],
        ["담당자 연락처", "", "담당자 이메일", ""],
    ])
    d.add_paragraph("위와 같이 2026년 중소기업 혁신성장 지원사업에 신청합니다.")
    d.add_paragraph("2026년\t월\t일")
    d.add_paragraph("신청인(대표자):\t(서명 또는 인)")
    d.add_paragraph("중소벤처기업진흥공단 이사장 귀하")
    save_docx(d, out / "01_지원사업_신청서.docx")


def kr_business_plan(out: Path):
    d = new_docx("사업계획서")
    d.add_heading("가. 기업 개요", level=1)
    table(d, [
        ["상 호", "", "대 표 자", ""],
        ["사업자 번호", "", "설립일", ""],
        ["본사 주소", "", "", ""],
        ["종업원 수", "", "연 매출", ""],
    ], merges=[(2, 1, 2, 3)])
    d.add_heading("나. 사업 내용", level=1)
    table(d, [["사업 개요", "\n\n\n"], ["기술 및 제품의 차별성", "\n\n\n"], ["시장 현황 및 판로 계획", "\n\n\n"]],
          heights={0: 90, 1: 90, 2: 90})
    d.add_heading("다. 사업비 집행 계획", level=1)
    d.add_paragraph("※ 사업비 총액은 신청서의 신청 금액과 일치하여야 합니다. (단위: 원)")
    table(d, [
        ["비목", "산출 근거", "정부지원금", "자부담", "합계"],
        ["재료비", "", "", "", ""],
        ["인건비", "", "", "", ""],
        ["외주용역비", "", "", "", ""],
        ["기타 경비", "", "", "", ""],
        ["합계", "", "", "", ""],
    ])
    d.add_heading("라. 추진 일정", level=1)
    table(d, [
        ["추진 내용", "기간", "세부 내용"],
        ["", "", ""],
        ["", "", ""],
        ["", "", ""],
    ])
    d.add_paragraph("작성자:\t(서명)")
    save_docx(d, out / "02_사업계획서.docx")


def kr_consent(out: Path):
    c = canvas.Canvas(str(out / "03_개인정보_수집이용_동의서.pdf"), pagesize=A4, invariant=1)
    c.setTitle("개인정보 수집·이용 및 제3자 제공 동의서")
    w, h = A4
    c.setFont(KO, 16)
    c.drawCentredString(w / 2, h - 70, "개인정보 수집·이용 및 제3자 제공 동의서")
    c.setFont(KO, 9.5)
    lines = [
        "중소벤처기업진흥공단은 지원사업 신청 접수 및 심사를 위하여 아래와 같이 개인정보를 수집·이용합니다.",
        "1. 수집 항목: 성명, 생년월일, 연락처, 사업자등록번호, 주소",
        "2. 수집·이용 목적: 지원 대상 선정 및 사후관리",
        "3. 보유 기간: 사업 종료 후 5년",
        "4. 동의를 거부할 권리가 있으며, 거부 시 지원 대상에서 제외될 수 있습니다.",
        "5. 행정정보 공동이용: 사업자등록증명, 납세증명서 등을 담당 직원이 직접 확인하는 데 동의합니다.",
    ]
    y = h - 110
    for s in lines:
        c.drawString(50, y, s)
        y -= 18
    form = c.acroForm
    y -= 10

    def row(label, name, tip, kind="text", required=False, **kw):
        nonlocal y
        c.setFont(KO, 10)
        c.drawString(60, y + 4, label)
        if kind == "text":
            form.textfield(name=name, tooltip=tip, x=200, y=y, width=240, height=18, borderWidth=0.5,
                           fontName="Helvetica", fontSize=10, fieldFlags="required" if required else "", **kw)
        y -= 30

    row("성명", "name", "성명", required=True)
    row("생년월일", "birth", "생년월일")
    row("연락처", "phone", "연락처(휴대전화)")
    row("사업자등록번호", "bizno", "사업자등록번호", required=True)
    c.drawString(60, y + 4, "개인정보 수집·이용 동의")
    form.radio(name="agree_collect", tooltip="개인정보 수집·이용 동의", value="agree", selected=False,
               x=250, y=y, size=12, buttonStyle="check", borderWidth=0.5)
    c.drawString(266, y + 2, "동의함")
    form.radio(name="agree_collect", tooltip="개인정보 수집·이용 동의", value="disagree", selected=False,
               x=330, y=y, size=12, buttonStyle="check", borderWidth=0.5)
    c.drawString(346, y + 2, "동의하지 않음")
    y -= 30
    c.drawString(60, y + 4, "행정정보 공동이용 동의")
    form.checkbox(name="agree_share", tooltip="행정정보 공동이용 동의", x=250, y=y, size=12, borderWidth=0.5)
    c.drawString(266, y + 2, "동의함")
    y -= 40
    row("작성일", "date", "작성일(년월일)")
    row("동의자 서명", "signature", "동의자 서명(서명 또는 인)")
    c.showPage()
    c.save()


def kr_pledge(out: Path):
    s = Sheet(out / "04_청렴서약서.pdf", "청렴 서약서")
    s.title("청 렴 서 약 서")
    for line in [
        "본인은 중소기업 혁신성장 지원사업에 참여함에 있어 다음 사항을 준수할 것을 서약합니다.",
        "1. 사업비를 목적 외로 사용하지 않으며, 허위 서류를 제출하지 않겠습니다.",
        "2. 관계 공무원 및 심사위원에게 금품·향응을 제공하지 않겠습니다.",
        "3. 위 사항을 위반할 경우 지원 취소 및 환수 조치에 이의를 제기하지 않겠습니다.",
    ]:
        s.para(line)
    s.y -= 20
    s.para("회 사 명 : ______________________________")
    s.para("대 표 자 : ______________________________   (서명 또는 인)")
    s.para("사업자등록번호 : ______________________________")
    s.y -= 10
    s.text(s.w / 2 - 40, s.y, "2026년        월        일", 10)
    s.y -= 30
    s.para("중소벤처기업진흥공단 이사장 귀하", 11)
    s.save()


def kr_certificate(out: Path, filename: str, title: str, note: str, rows, footer: list[str]):
    s = Sheet(out / filename, title, font=KO_SERIF)
    s.title(title, 18, note=note)
    s.grid(rows, row_h=26)
    for line in footer:
        s.para(line, 9.5)
    s.save()


def kr_certificates(out: Path):
    kr_certificate(out, "05_사업자등록증명.pdf", "사업자등록증명", "발급번호: ○○○○-○○○-○○○○",
                   [[("상 호(법인명)", .2), ("", .3), ("사업자등록번호", .2), ("", .3)],
                    [("성 명(대표자)", .2), ("", .3), ("주민등록번호", .2), ("", .3)],
                    [("사업장 소재지", .2), ("", .8)],
                    [("개업일", .2), ("", .3), ("등록일", .2), ("", .3)],
                    [("업 태", .2), ("", .3), ("종 목", .2), ("", .3)],
                    [("사용 목적", .2), ("", .3), ("제출처", .2), ("", .3)]],
                   ["위와 같이 사업자등록 되어 있음을 증명합니다.", "", "○○세무서장 (직인)"])
    kr_certificate(out, "06_국세_납세증명서.pdf", "납세증명서(국세)", "국세징수법 시행규칙 [별지 제97호서식]",
                   [[("상호(법인명)", .2), ("", .3), ("사업자등록번호", .2), ("", .3)],
                    [("성명(대표자)", .2), ("", .3), ("생년월일", .2), ("", .3)],
                    [("주소(본점)", .2), ("", .8)],
                    [("증명서의 사용목적", .2), ("", .3), ("유효기간", .2), ("", .3)]],
                   ["위의 납세자는 국세를 체납한 사실이 없음을 증명합니다.", "", "○○세무서장 (직인)"])
    kr_certificate(out, "07_지방세_납세증명서.pdf", "지방세 납세증명서", "지방세징수법 시행규칙 [별지 제1호서식]",
                   [[("납세자 성명(법인명)", .2), ("", .3), ("주민(법인)등록번호", .2), ("", .3)],
                    [("주소(영업소)", .2), ("", .8)],
                    [("사업자등록번호", .2), ("", .3), ("증명 유효기간", .2), ("", .3)],
                    [("사용 목적", .2), ("", .8)]],
                   ["위의 납세자는 지방세 체납액이 없음을 증명합니다.", "", "○○시장·군수·구청장 (직인)"])
    kr_certificate(out, "09_중소기업확인서.pdf", "중소기업 확인서", "중소기업기본법 시행령 제3조의2",
                   [[("기업명", .2), ("", .3), ("사업자등록번호", .2), ("", .3)],
                    [("대표자", .2), ("", .3), ("법인등록번호", .2), ("", .3)],
                    [("소재지", .2), ("", .8)],
                    [("기업 규모", .2), ("", .3), ("유효기간", .2), ("", .3)]],
                   ["위 기업은 「중소기업기본법」 제2조에 따른 중소기업임을 확인합니다.", "", "중소벤처기업부장관 (직인)"])


def kr_insurance_roster(out: Path):
    wb = openpyxl.Workbook()
    wb.properties.creator = "formslim sample generator"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.title = "4대 사회보험 가입자 명부"
    ws = wb.active
    ws.title = "가입자명부"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="FFE7E6E6")
    ws["A1"] = "4대 사회보험 사업장 가입자 명부"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:F1")
    head = [("사업장 명칭", "B3"), ("사업장관리번호", "E3"), ("사업자등록번호", "B4"), ("기준일", "E4")]
    for (label, value_cell), cell in zip(head, ["A3", "D3", "A4", "D4"]):
        ws[cell] = label
        ws[cell].fill = grey
        ws[cell].border = box
        ws[value_cell].border = box
    ws.merge_cells("B3:C3")
    ws.merge_cells("B4:C4")
    ws.merge_cells("E3:F3")
    ws.merge_cells("E4:F4")
    cols = ["순번", "성명", "생년월일", "자격취득일", "직종", "가입 보험"]
    for i, h in enumerate(cols, 1):
        cell = ws.cell(row=6, column=i, value=h)
        cell.fill = grey
        cell.border = box
        cell.alignment = Alignment(horizontal="center")
    for r in range(7, 17):
        ws.cell(row=r, column=1, value=r - 6).border = box
        for c in range(2, 7):
            ws.cell(row=r, column=c).border = box
    dv = DataValidation(type="list", formula1='"국민연금·건강·고용·산재,건강·고용·산재,고용·산재"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F7:F16")
    for col, wdt in zip("ABCDEF", (8, 14, 14, 14, 14, 22)):
        ws.column_dimensions[col].width = wdt
    wb.save(out / "08_4대보험_가입자명부.xlsx")


def kr_staff_roster(out: Path):
    """참여인력 현황: an HWPX form (Hangul is how Korean agencies issue forms), with click-here fields."""
    h = Hwpx("사업 참여인력 현황", application="formslim sample generator")
    h.para("[서식 3] 사업 참여인력 현황")
    h.para("※ 누름틀(빨간 안내문)을 눌러 내용을 입력하십시오.")
    h.para("1. 기업 정보")
    h.table([["상호명", "", "사업자 등록번호", ""],
             ["대표자명", "", "연락처", ""]], widths=[8000, 13260, 8000, 13260])
    h.para("2. 참여인력")
    h.table([["구분", "성명", "생년월일", "직위", "담당 업무", "참여율(%)"],
             ["책임자", "", "", "", "", ""],
             ["참여자", "", "", "", "", ""],
             ["참여자", "", "", "", "", ""],
             ["참여자", "", "", "", "", ""]], widths=[5000, 7000, 7000, 6000, 11520, 6000])
    h.para("3. 신규 고용 계획")
    h.table([["채용 예정 인원(명)", "", "채용 예정 시기", "OOOO.OO"]], widths=[9000, 12260, 9000, 12260])
    h.para("작성일: ", field=("작성일", "날짜를 입력하세요"))
    h.para("작성자(대표자): ", field=("작성자", "성명을 입력하세요"), after="\t(서명 또는 인)")
    h.save(out / "10_참여인력_현황.hwpx")


# ------------------------------------------------------------------ US package

def us_loan_application(out: Path):
    c = canvas.Canvas(str(out / "loan_application.pdf"), pagesize=LETTER, invariant=1)
    c.setTitle("Small Business Loan Application")
    w, h = LETTER
    c.setFont("Helvetica-Bold", 15)
    c.drawCentredString(w / 2, h - 60, "Small Business Loan Application")
    c.setFont("Helvetica", 8)
    c.drawString(50, h - 78, "Fields marked * are required. Print or type.")
    form = c.acroForm
    y = h - 110

    def field(label, name, tip, x=50, width=500, required=False, maxlen=None):
        nonlocal y
        c.setFont("Helvetica", 7.5)
        c.drawString(x, y + 20, label)
        kw = {"maxlen": maxlen} if maxlen else {}
        form.textfield(name=name, tooltip=tip, x=x, y=y, width=width, height=16, borderWidth=0.5, fontSize=9,
                       fieldFlags="required" if required else "", **kw)

    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y + 36, "Section 1. Applicant business")
    field("Applicant's legal business name *", "form1[0].page1[0].f1_01[0]", "Applicant business legal name", required=True)
    y -= 40
    field("DBA or trade name (if any)", "form1[0].page1[0].f1_02[0]", "DBA or trade name", width=300)
    field("Employer Identification Number (EIN) *", "form1[0].page1[0].f1_03[0]", "Business TIN (EIN)", x=370,
          width=180, required=True, maxlen=10)
    y -= 40
    field("Business street address", "form1[0].page1[0].f1_04[0]", "Business street address")
    y -= 40
    field("City, state, ZIP code", "form1[0].page1[0].f1_05[0]", "Business city, state and ZIP")
    y -= 40
    field("Business phone", "form1[0].page1[0].f1_06[0]", "Business telephone number", width=200)
    field("Date business established", "form1[0].page1[0].f1_07[0]", "Date business was established", x=270, width=130)
    field("Number of employees", "form1[0].page1[0].f1_08[0]", "Number of employees", x=420, width=130)
    y -= 40
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y + 36, "Section 2. Owners (20% or more)")
    for i in (1, 2):
        field(f"Owner {i} full name", f"form1[0].page1[0].owner{i}_name[0]", f"Owner {i} name", width=230)
        field("SSN", f"form1[0].page1[0].owner{i}_ssn[0]", f"Owner {i} Social Security Number", x=290, width=130, maxlen=11)
        field("% owned", f"form1[0].page1[0].owner{i}_pct[0]", f"Owner {i} percentage of ownership", x=440, width=110)
        y -= 40
        field("Home address", f"form1[0].page1[0].owner{i}_addr[0]", f"Owner {i} home address")
        y -= 40
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y + 36, "Section 3. Loan request")
    field("Loan amount requested ($) *", "form1[0].page1[0].f3_01[0]", "Loan amount requested", width=200, required=True)
    c.setFont("Helvetica", 7.5)
    c.drawString(270, y + 20, "Use of proceeds")
    form.choice(name="form1[0].page1[0].f3_02[0]", tooltip="Use of proceeds", x=270, y=y, width=280, height=16,
                options=["Working capital", "Equipment", "Real estate", "Refinance debt"], value="Working capital",
                borderWidth=0.5, fontSize=9)
    y -= 40
    c.drawString(50, y + 20, "Has the business or any owner ever filed for bankruptcy?")
    form.radio(name="form1[0].page1[0].bankrupt[0]", tooltip="Bankruptcy filed", value="Yes", selected=False,
               x=300, y=y + 16, size=10, borderWidth=0.5)
    c.drawString(314, y + 18, "Yes")
    form.radio(name="form1[0].page1[0].bankrupt[0]", tooltip="Bankruptcy filed", value="No", selected=False,
               x=350, y=y + 16, size=10, borderWidth=0.5)
    c.drawString(364, y + 18, "No")
    y -= 40
    field("Signature of authorized representative", "form1[0].page1[0].sig[0]", "Signature of authorized representative", width=330)
    field("Date", "form1[0].page1[0].sigdate[0]", "Date signed", x=400, width=150)
    c.showPage()
    c.save()


def us_financial_statement(out: Path):
    c = canvas.Canvas(str(out / "personal_financial_statement.pdf"), pagesize=LETTER, invariant=1)
    c.setTitle("Personal Financial Statement")
    w, h = LETTER
    c.setFont("Helvetica-Bold", 15)
    c.drawCentredString(w / 2, h - 60, "Personal Financial Statement")
    c.setFont("Helvetica", 8)
    c.drawString(50, h - 76, "Complete for each owner of 20% or more. As of (date): ____________")
    form = c.acroForm
    y = h - 110
    # tooltips left out on purpose: labels must come from the printed text
    items = [("Name", "Text1", 50, 300), ("Business phone", "Text2", 370, 180)]
    items2 = [("Residence address", "Text3", 50, 500)]
    items3 = [("Applicant/borrower business name", "Text4", 50, 300), ("Social Security Number", "Text5", 370, 180)]
    for row in (items, items2, items3):
        for label, name, x, wdt in row:
            c.setFont("Helvetica", 7.5)
            c.drawString(x, y + 20, label)
            form.textfield(name=name, x=x, y=y, width=wdt, height=16, borderWidth=0.5, fontSize=9)
        y -= 40
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y + 20, "Assets (omit cents)")
    c.drawString(320, y + 20, "Liabilities (omit cents)")
    y -= 6
    assets = ["Cash on hand and in banks", "Savings accounts", "IRA or other retirement account",
              "Real estate", "Automobiles", "Total assets"]
    liabs = ["Accounts payable", "Notes payable to banks", "Mortgages on real estate", "Unpaid taxes",
             "Total liabilities", "Net worth"]
    for i, (a, l) in enumerate(zip(assets, liabs)):
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y + 3, a)
        form.textfield(name=f"Asset{i + 1}", x=210, y=y, width=90, height=14, borderWidth=0.5, fontSize=9)
        c.drawString(320, y + 3, l)
        form.textfield(name=f"Liab{i + 1}", x=470, y=y, width=90, height=14, borderWidth=0.5, fontSize=9)
        y -= 22
    y -= 20
    c.setFont("Helvetica", 7.5)
    c.drawString(50, y + 20, "Signature")
    form.textfield(name="Signature1", x=50, y=y, width=300, height=16, borderWidth=0.5)
    c.drawString(370, y + 20, "Date")
    form.textfield(name="Date1", x=370, y=y, width=180, height=16, borderWidth=0.5)
    c.showPage()
    c.save()


def us_background_statement(out: Path):
    d = new_docx("Statement of Personal History", "Each owner of 20% or more completes a separate statement.")
    d.add_heading("1. Personal information", level=1)
    table(d, [
        ["Name and title of applicant business", "", "", ""],
        ["Full name (first, middle, last)", "", "", ""],
        ["Social Security Number", "", "Date of birth", ""],
        ["Place of birth (city, state or country)", "", "", ""],
        ["Home address", "", "", ""],
        ["Percentage of ownership", "", "Title", ""],
    ], merges=[(0, 1, 0, 3), (1, 1, 1, 3), (3, 1, 3, 3), (4, 1, 4, 3)])
    d.add_heading("2. Questions", level=1)
    d.add_paragraph("Are you presently subject to an indictment or criminal information?  ☐ Yes  ☐ No")
    d.add_paragraph("Have you been arrested in the past six months for any criminal offense?  ☐ Yes  ☐ No")
    d.add_paragraph("Are you a U.S. citizen?  ☐ Yes  ☐ No")
    d.add_paragraph("If no, Alien Registration Number: ____________________")
    d.add_heading("3. Certification", level=1)
    d.add_paragraph("I certify that the information above is true and complete.")
    d.add_paragraph("Signature: ______________________________   Date: ______________")
    save_docx(d, out / "background_statement.docx")


def us_tax_consent(out: Path):
    s = Sheet(out / "tax_transcript_consent.pdf", "Request for Transcript of Tax Return", size=LETTER,
              font="Helvetica")
    s.title("Request for Transcript of Tax Return (consent)", 14)
    for line in [
        "I authorize the lender named below to obtain transcripts of my tax returns from the tax authority",
        "for the purpose of verifying the information given in the loan application.",
    ]:
        s.para(line, 9)
    s.y -= 10
    s.para("Taxpayer name (as shown on return): ________________________________", 10, 22)
    s.para("Social Security Number or Employer Identification Number: ________________", 10, 22)
    s.para("Current address: ______________________________________________", 10, 22)
    s.para("Tax years requested: ______________    Lender name: ______________________", 10, 22)
    s.y -= 10
    s.para("Signature of taxpayer: ______________________________   Date: ______________", 10, 22)
    s.save()


def main(argv: list[str]) -> None:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "sample_forms"
    kr = root / "kr-sme-support"
    us = root / "us-small-business-loan"
    kr.mkdir(parents=True, exist_ok=True)
    us.mkdir(parents=True, exist_ok=True)
    kr_application(kr)
    kr_business_plan(kr)
    kr_consent(kr)
    kr_pledge(kr)
    kr_certificates(kr)
    kr_insurance_roster(kr)
    kr_staff_roster(kr)
    us_loan_application(us)
    us_financial_statement(us)
    us_background_statement(us)
    us_tax_consent(us)
    print(f"sample packages written to {root}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
