"""A 정부포상 추천 package the project writes itself, for the tests of a consolidated form a 추천인 files:
a 추천서 naming no applicant but the 추천인 and the 피추천인 (포상후보자), whose only heading above its 공적내용 is
the form's title; a prescribed 공적조서 (상훈법 시행령 [별지 제1호서식]) and its 단체 variant; a 현지확인서 an
official signs; the 추천인's own consent. The wording follows the corpus's 2016 bundle (kr-hwplib), reduced to
what the tests read; the names and dates are made up."""
import sys
from pathlib import Path

import docx

def _table(d, rows):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    return t

def recommendation(path):
    d = docx.Document()
    d.add_paragraph("2026년도 지역안전 유공 정부포상업무지침 [별지 제4호 서식]")
    d.add_heading("「2026년도 지역안전 유공」 정부포상 후보자 추천서", 0)
    d.add_heading("추천인", 1)
    _table(d, [["성명", ""], ["관계 (피추천인의)", ""], ["주소", ""], ["전화", ""], ["휴대전화", ""]])
    d.add_heading("피추천인 (포상후보자)", 1)
    _table(d, [["성명", ""], ["생년월일", ""], ["주소", ""], ["근무처 (직업)", ""], ["전화", ""]])
    d.add_heading("「2026년도 지역안전 유공」 정부포상 후보자 추천서", 1)
    _table(d, [["공적내용", ""]])
    d.add_paragraph("위와 같이 정부포상 후보자를 추천합니다.")
    d.add_paragraph("2026년   월   일")
    d.add_paragraph("추천인                (서명 또는 인)")
    d.save(path)

def merit(path, kind):
    d = docx.Document()
    if kind == "개인":
        d.add_paragraph("■ 상훈법 시행령 [별지 제1호서식]")
    d.add_heading(f"공적조서({kind})", 0)
    if kind == "개인":
        _table(d, [["성명", ""], ["소속", ""], ["직위", ""], ["공적기간", ""], ["추천 훈격", ""]])
    else:
        _table(d, [["단체명", ""], ["법인번호", ""], ["대표자 성명", ""], ["공적기간", ""], ["추천 훈격", ""]])
    _table(d, [["공적 내용", ""]])
    d.add_paragraph("위의 기록이 사실과 다름없음을 확인합니다.")
    d.add_paragraph("조사자 소속 추천부서의 부서장 직위 성명 (서명 또는 인)")
    d.add_paragraph("추천관 직위 성명 (관인)")
    d.save(path)

def site_check(path):
    d = docx.Document()
    d.add_heading("현지확인서", 0)
    d.add_paragraph("1. 포상대상자 인적사항")
    d.add_paragraph("◦ 성명 :")
    d.add_paragraph("◦ 주소 :")
    d.add_paragraph("2. 현지확인자 의견")
    _table(d, [[""]])
    d.add_paragraph("위와 같이 확인함  2026.   .   .")
    d.add_paragraph("확인자 소속 :  직급 :  성명 :  (인)")
    d.save(path)

def consent(path):
    d = docx.Document()
    d.add_heading("개인정보 수집·이용 동의서 (추천인용)", 0)
    for line in ["1. 수집·이용 목적: 정부포상 추천 접수 및 추천인 연락", "2. 수집 항목: 성명, 주소, 전화번호",
                 "3. 보유 기간: 포상 심사 종료 후 1년", "4. 동의를 거부할 권리가 있으며, 거부 시 추천이 접수되지 않을 수 있습니다.",
                 "위 내용에 동의하십니까?  동의함 □   동의하지 않음 □"]:
        d.add_paragraph(line)
    _table(d, [["성명", ""], ["추천인 서명", ""]])
    d.save(path)

def make(folder) -> Path:
    """Write the package's five documents into ``folder``; returns it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    recommendation(folder / "01_추천서.docx")
    merit(folder / "02_공적조서_개인.docx", "개인")
    merit(folder / "03_공적조서_단체.docx", "단체")
    site_check(folder / "04_현지확인서.docx")
    consent(folder / "05_개인정보_동의서.docx")
    return folder

if __name__ == "__main__":
    make(sys.argv[1])
