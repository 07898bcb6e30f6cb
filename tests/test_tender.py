"""A tender file as Korean agencies publish it: the request for proposals (제안요청서) and, after it, the
forms a bidder submits ([별지 제1호 서식] 입찰참가신청서 … [별지 제5호 서식] 제안사 일반현황), with the RFP's own
list of what to submit ("⑥ 사업자등록증 사본 1부 ⑦ 법인 등기사항증명서 1부"). Written here with python-docx in
the structure such files have: the RFP is read, not submitted; each annex is a document; what the list asks
beside the forms is counted, and fetched where a registry holds it."""
import re

import pytest

docx = pytest.importorskip("docx")


def _tender(path):
    from docx.enum.text import WD_BREAK

    d = docx.Document()

    def p(text):
        d.add_paragraph(text)

    def page():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(rows):
        t = d.add_table(rows=len(rows), cols=max(map(len, rows)))
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c

    p("2026년 공공데이터 개방 플랫폼 고도화 사업 제안요청서")
    page()
    p("Ⅰ. 사업 개요")
    for line in ("제안사는 현행 시스템의 데이터 구조를 분석하여 이관 계획을 수립하고 데이터 손실이 없도록 이관하여야 한다.",
                 "제안사는 개인정보 보호법 및 관련 지침에 따라 개인정보의 수집·이용·제공 절차를 시스템에 반영하여야 한다.",
                 "구축 완료 후 1년간 무상 하자보수를 제공하여야 하며 장애 발생 시 4시간 이내에 조치하여야 한다.",
                 "사업 수행 중 산출물은 발주기관의 승인을 받아야 하며 모든 산출물의 저작권은 발주기관에 귀속된다.",
                 "제안사는 보안 서약서를 제출하고 투입 인력에 대한 보안 교육을 실시하여야 하며 그 결과를 보고하여야 한다.",
                 "제안사는 웹 접근성 인증 기준을 준수하여 화면을 설계하여야 하며 사업 종료 전에 인증을 획득하여야 한다."):
        p(line)
    table([["평가항목", "배점"], ["기술능력 평가", "90"], ["입찰가격 평가", "10"]])
    p("Ⅴ. 제출 서류")
    p("① 입찰참가신청서 [별지 제1호 서식]  ② 청렴계약 이행 서약서 [별지 제2호 서식]  ③ 제안사 일반현황 [별지 제3호 서식]  "
      "④ 사업자등록증 사본 1부  ⑤ 법인 등기사항증명서 1부")
    page()
    p("[별지 제1호 서식]")
    p("입찰참가신청서")
    table([["상호 또는 법인명칭", ""], ["사업자등록번호", ""], ["대표자 성명", ""], ["주소", ""], ["전화번호", ""],
           ["입찰건명", ""], ["담당자 성명", ""]])
    p("본인은 입찰공고 사항을 모두 승낙하고 별첨 서류를 첨부하여 입찰참가신청을 합니다.")
    p("신청인 대표자                    (인)")
    page()
    p("[별지 제2호 서식]")
    p("청렴계약 이행 서약서")
    p("당사는 입찰에 참여함에 있어 입찰가격의 사전 협의 또는 담합을 하지 않을 것을 서약합니다.")
    table([["업체명", ""], ["대표자", "(인)"]])
    page()
    p("[별지 제3호 서식]")
    p("제안사 일반현황")
    table([["업체명", ""], ["대표자", ""], ["사업자등록번호", ""], ["설립연월일", ""], ["상시 근로자 수", ""]])
    d.save(path)


def test_a_tender_file_is_its_rfp_to_read_and_the_forms_a_bidder_submits(tmp_path):
    from formslim import analyze

    path = tmp_path / "제안요청서.docx"
    _tender(path)
    a = analyze(path)
    rfp = next(d for d in a.package.documents if d.part == 1)
    assert rfp.kind == "notice" and rfp.attachments == ("required: 사업자등록증 사본", "required: 법인 등기사항증명서")
    assert any(x["key"] == rfp.key for x in a.plan.excluded)  # read, not submitted
    titles = {d.title: d for d in a.plan.documents}
    assert {"입찰참가신청서", "청렴계약 이행 서약서", "제안사 일반현황"} <= set(titles)
    assert titles["입찰참가신청서"].key == a.plan.primary
    # the RFP's list asks two certificates beside the forms: counted, and fetched by the agency
    assert titles["사업자등록증 사본"].registry == "KR-NTS-BIZREG"
    assert titles["법인 등기사항증명서"].decision == "replace_by_registry"
    assert a.plan.documents_before == 5


def test_a_bid_notice_whose_forms_are_all_filed_at_contract_measures_nothing_and_says_so(tmp_path):
    """Review 47 (a 조달청 contract officer): a bid notice whose annexed pledges are all filed at contract, with its
    specification, printed "0 → 0", "감축안 없음" and a red "미달성" — a clean bill of health for a package where nothing
    was measured. The brief now opens by saying nothing was measured and why, the verdict is "해당 없음" everywhere
    (never "미달성"), the decisions speak of a contract, not a loan, and the package is named by its notice, not its
    folder."""
    import json

    from click.testing import CliRunner

    from formslim.cli import main

    from .conftest import CORPUS, corpus_package

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    pkg = corpus_package(tmp_path / "pkg", "kr-procurement-rfastball/bid_notice_limited_under100m.hwpx",
                         "kr-procurement-rfastball/spec_revision_2026.hwpx")
    result = CliRunner().invoke(main, ["analyze", str(pkg), "-o", str(tmp_path / "out"), "--quiet", "--no-cache",
                                       "--lang", "ko"])
    assert result.exit_code == 0, result.output
    # (a bid is no support application: MSS's figure is no target for it — review 54 #1)
    assert result.stdout.startswith("조달물자(물품) 구매입찰 공고: 서류 0 → 0건") and "목표 없음" in result.stdout
    plan = json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))
    assert plan["summary"]["target_met"] is None and plan["summary"]["documents_target_met"] is None
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    brief = md.split("## 요약")[0]
    assert "**측정한 것이 없습니다" in brief and "나중 단계에 내는 것 3건" in brief
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "미달성" not in md and "미달성" not in html
    # (review 51 #14, #11: no chart of nothing; the folder is named as a folder, not left beside the programme's name)
    assert "<svg" not in html and "폴더: pkg ·" in html
    # (a file the figures leave out is named by its title too: "구매요구서", not a blank cell — review 51 #11)
    assert re.search(r"\| spec\\_revision\\_2026\.hwpx \| [^|]+ \| 구매요구서 \|", md)
    # (review 51 #9: the 구매요구서, sent with the notice to every bidder, prints staff's mobile numbers — a point for the
    # legal review, counted, never copied into anything formslim writes)
    # (the brief's line cut at a space; the whole point, with its basis, in the legal review below)
    assert "구매요구서에 개인 휴대전화번호 2건이 적혀" in brief and "개인정보 보호법 제3조" in md
    # (review 51 #5, #14: the three 확약서, one signer's at one stage, are one line with what would make them one
    # declaration and whose change that is — not three lines that propose nothing)
    assert "확약·서약 3건은 모두 같은 사람" in brief and "규정(물품구매(제조)계약특수조건)의 소관 기관" in brief
    assert "그대로 작성 (신청 서류로 세지 않음" not in brief
    # (review 51 #4: the contract number is the agency's own — the supplier only copies it back)
    assert re.search(r"\| 계약번호 \|[^\n]*\(기관이 부여하는 값: 기관이 채울 수 있음\) \|", md)
    for out in (tmp_path / "out").iterdir():
        if out.suffix in (".md", ".html", ".json", ".csv"):
            assert not re.search(r"01[016789]-\d{3,4}-\d{4}", out.read_text(encoding="utf-8-sig")), out.name
    assert "대출" not in md and "the form says" not in md
    assert "묶음 폴더 이름" not in md
    # (review 47 #12: the third pledge, titled "확약서" alone, is told from the other two by its place)
    assert [d["title"] for d in plan["documents"]][-1] == "확약서 (붙임 3)"
    # (review 47 #13: each pledge's legal note cites the rule that requires it, as the notice prints it)
    assert [d["legal_note"] for d in plan["decisions"]][:2] == [
        "required by 물품구매(제조)계약특수조건 제7조의3 (as printed)", "required by 물품구매(제조)계약특수조건 제26조의5 (as printed)"]
    # (review 47 #4: the contract-stage pledges ask the same data — a finding, though none is counted; the 서약자 and
    # 대표 each writes beside the seal are the sign-off, no question asked again — review 54 #8)
    (o,) = plan["overlaps"]
    assert o["stage"] == "after_approval" and o["shared"] == o["certain"] == 4
    assert {x["label"] for x in o["items"]} == {"계약번호", "계약건명", "계약금액", "사업자등록번호"}
    assert "직접이행의무 확약서의 질문 4개 중 4개를" in brief


def test_a_test_file_and_a_stub_are_named_first_not_counted_as_forms(tmp_path):
    """Review 47 #9: form_purchase_v2.hwpx prints the one word "테스트", v1 nothing but a click-here field's name;
    neither is a purchase form. Both are left out of the counts, and the brief names them first for a person to
    check that they are the files meant."""
    import json

    from click.testing import CliRunner

    from formslim.cli import main

    from .conftest import CORPUS, corpus_package

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    pkg = corpus_package(tmp_path / "pkg", "kr-procurement-rfastball/form_purchase_v1.hwpx",
                         "kr-procurement-rfastball/form_purchase_v2.hwpx")
    result = CliRunner().invoke(main, ["analyze", str(pkg), "-o", str(tmp_path / "out"), "--quiet", "--no-cache",
                                       "--lang", "ko"])
    assert result.exit_code == 0, result.output
    plan = json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))
    reasons = {x["file"]: x["reason"] for x in plan["excluded"]}
    assert reasons["form_purchase_v2.hwpx"].startswith("nearly empty: the file prints only '테스트'")
    assert reasons["form_purchase_v1.hwpx"].startswith("no form:")
    brief = (tmp_path / "out" / "report.md").read_text(encoding="utf-8").split("## 요약")[0]
    assert "이 수치를 쓰기 전에 확인할 파일 2건" in brief and "'테스트'만 인쇄되어 있고" in brief
