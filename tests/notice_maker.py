"""Programme notices the project writes itself (DOCX), for testing ``formslim eligibility``: the usual
structure of a Korean support-programme notice — 사업개요, 신청자격 with routes, 신청 제외 대상 with numbered
exclusions and their exceptions, 제출서류 — with the criteria chosen by the caller."""
from __future__ import annotations

from pathlib import Path


def write_notice(path: Path, years: tuple[int, int] = (0, 7), youth: int = 0,
                 extra_exclusions: tuple[str, ...] = ()) -> list[str]:
    """Write a notice; return the criteria a reader would list (as short descriptions)."""
    import docx

    d = docx.Document()
    listed = []
    for p in ["중소벤처기업부 공고 제2026-101호", "2026년도 지역혁신 창업기업 지원사업 모집 공고", "2026년 3월 2일",
              "중소벤처기업부 장관", "1 사업개요", "□ 사업목적 : 지역 창업기업의 성장 지원",
              "□ 지원내용 : 사업화 자금 최대 1억원", "2 신청자격 및 요건"]:
        d.add_paragraph(p)
    d.add_paragraph(f"□ 신청자격 : 창업 {years[1]}년 이내 기업 또는 예비창업자")
    listed.append("business age or preliminary founder")
    d.add_paragraph(f"◦ (창업기업) 「중소기업기본법」 제2조에 따른 중소기업으로서 공고일 기준 창업 {years[1]}년 이내인 기업")
    d.add_paragraph("◦ (예비창업자) 공고일 기준 사업자 등록이 없는 예비창업자")
    listed += ["route: SME founded within years", "route: preliminary founder"]
    if youth:
        d.add_paragraph(f"▶ 대표자 연령 : 공고일 기준 만 {youth}세 이하인 자")
        listed.append("representative age")
    d.add_paragraph("□ 신청 제외 대상 (신청일 기준)")
    exclusions = ["① 국세 또는 지방세 체납 중인 자 (기업)", "② 중소벤처기업부 창업지원사업에 참여 제한으로 제재 중인 자 (기업)",
                  "③ 신청일 기준 휴‧폐업 중인 자 (기업)",
                  "④ 사업연도를 불문하고 지역혁신창업패키지에 선정되어 협약을 체결했던 이력이 있는 자(기업)",
                  *[f"{'⑤⑥⑦⑧'[i]} {x}" for i, x in enumerate(extra_exclusions)]]
    for x in exclusions:
        d.add_paragraph(x)
        if x.startswith("①"):
            d.add_paragraph("< ① 조건 예외 대상 >")
            d.add_paragraph("1. 국세징수법에 따라 강제징수의 유예를 받은 자")
    listed += [f"exclusion {x[:1]}" for x in exclusions]
    for p in ["3 신청 및 접수", "□ 접수 기간 : 2026. 3. 2. ~ 3. 20.", "□ 제출서류", "◦ 사업계획서 1부",
              "◦ 개인정보 수집·이용 동의서 1부", "4 문의처", "□ 창업진흥원 고객센터 1357"]:
        d.add_paragraph(p)
    d.save(str(path))
    return listed
