"""What a notice or a specification says must be submitted, when and to whom (review 47 #1, #2): a 조달청 bid
package's burden lies in its notice and its 구매요구서, which formslim reads but does not count."""
import json

from click.testing import CliRunner

from formslim.cli import main
from formslim.parse.duties import duties

from .conftest import corpus_package, needs_corpus


def test_a_section_printed_as_a_bare_number_is_cited_and_a_partys_duty_is_due_at_its_stage():
    """Review 55 #7 (an MSS 사무관): K-Startup's notice heads its sections "4 신청 및 접수", "6 유의사항" — a number and a
    title, no dot —, so its clauses were cited from the table of contents ("3. ②" for a clause of section 4); and "선정자는
    … 증빙자료를 … 제출하여야 함" is due after selection, not at no stated stage. A table's numbered row (figures after
    the number) is no heading."""
    text = ("1. 사업개요 2. 지원내용 3. 신청자격 및\n"
            "1 사업개요\n"
            "1 경남창조경제혁신센터 22개사 6 울산경제일자리진흥원 19개사\n"
            "4 신청 및 접수\n"
            "① 사업 신청은 대표자 본인이 하여야 함\n"
            "② 가점 증빙서류는 사업 신청 시 제출하여야 하며, 미제출 시 가점으로 불인정\n"
            "6 유의사항\n"
            "② 선정자는 자기부담사업비를 입금하여야 하며, 현물 투입이 있는 경우 해당 증빙자료를 구비하여 주관기관에 "
            "제출하여야 함\n")
    found = {d.document: d for d in duties(text)}
    assert found["가점 증빙서류"].clause == "4. ②" and found["가점 증빙서류"].stage == "application"
    kind = found["증빙자료"]
    assert (kind.clause, kind.stage, kind.who, kind.to) == ("6. ②", "selection", "선정자", "주관기관")


def test_a_duty_is_read_with_its_stage_time_recipient_and_clause():
    text = ("7. 납품 및 검수\n"
            "7.1 계약상대자는 납품 5근무일 전 검사관에게 검사요청서 및 검수관에게 납품계획서를 제출하여야 한다.\n"
            "7.2 계약상대자는 계약 후 7일 이내 착수계획서(일정, 인력 등)를 발주부서에 제출해야 한다.\n"
            "7.3 검수 시 필수 제출서류\n"
            "7.3.1 제조사의 품질보증서\n"
            "7.3.2 시험 성적서\n"
            "7.4 자체 시험성적서를 제출할 수 있다.\n"
            "7.5 자격 관련 서류는 시스템에서 확인하므로 별도 제출할 필요가 없습니다.\n")
    found = {(d.clause, d.document): d for d in duties(text)}
    assert set(found) == {("7.1", "검사요청서"), ("7.1", "납품계획서"), ("7.2", "착수계획서"),
                          ("7.3.1", "제조사의 품질보증서"), ("7.3.2", "시험 성적서")}
    first = found[("7.1", "검사요청서")]
    assert (first.stage, first.when, first.who, first.to) == ("delivery", "납품 5근무일 전", "계약상대자", "검사관")
    assert found[("7.1", "납품계획서")].to == "검수관"
    plan = found[("7.2", "착수계획서")]
    assert (plan.stage, plan.when, plan.to) == ("performance", "계약 후 7일 이내", "발주부서")
    assert found[("7.3.2", "시험 성적서")].stage == "delivery" and found[("7.3.2", "시험 성적서")].when == "검수 시"


def test_a_clause_is_cited_by_its_whole_path():
    from formslim.parse.duties import duties

    text = ("3. 입찰참가자격\n가. 일반\n1) 입찰자는 서약서를 입찰시 제출하여야 합니다.\n"
            "4. 계약\n1) 낙찰자는 확약서를 계약 체결 시 제출하여야 합니다.\n"
            "6.2 검수 시 필수 제출서류\n6.2.1 품질보증서\n")
    assert [(d.clause, d.document) for d in duties(text)] == [("3. 가. 1)", "서약서"), ("4. 1)", "확약서"),
                                                               ("6.2.1", "품질보증서")]


def test_what_stands_in_for_a_duty_and_the_annex_it_is_written_on_are_read():
    text = ("2) 입찰자는 부정당업자에 해당하지 아니한다는 서약서를 입찰시 제출하여야 합니다. (다만, 전자입찰의 경우 "
            "전자입찰서 제출로 서약서 제출을 대신합니다.)\n"
            "3) 낙찰자는 성실 이행에 동의한다는 내용의 확약서(붙임2 서식 참조)를 계약 체결 시 계약담당공무원에게 "
            "제출하여야 합니다.\n"
            "4) 위 항에 따라 확약서를 제출하여야 하는 자는 입찰서 제출 시 이를 함께 냅니다.\n")
    found = duties(text)
    assert [(d.document, d.stage, d.instead, d.form) for d in found] == [
        ("서약서", "bid", "전자입찰서", ""), ("확약서", "contract", "", "붙임2")]
    assert found[1].to == "계약담당공무원" and found[1].who == "낙찰자"


@needs_corpus
def test_the_specification_and_the_bid_notice_say_what_the_supplier_files_by_stage(tmp_path):
    """The 조달청 package (notice, 구매요구서): nothing is counted, yet the notice requires a 서약서 with the bid (the
    e-bid stands in for it) and three 확약서 before the contract, written on its own annexes, and the specification
    a 사업이행계획서 after the contract, a 검사의뢰서 and a 검수신청서 before delivery, and a KCS certificate twice
    (2.1.4 and 6.2.3)."""
    pkg = corpus_package(tmp_path / "pkg", "kr-procurement-rfastball/bid_notice_limited_under100m.hwpx",
                         "kr-procurement-rfastball/spec_revision_2026.hwpx")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["analyze", str(pkg), "-o", str(out), "--quiet", "--no-cache", "--lang", "ko"])
    assert result.exit_code == 0, result.output
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    items = plan["required_submissions"]
    by = {(x["clause"], x["document"]): x for x in items}
    # (each clause cited by its whole path: the notice's five "2)" are told apart — review 51 #7)
    pledge = by[("3. 2)", "서약서")]
    assert {x["clause"] for x in items if x["in_package"]} == {"10. 1)", "10. 2)", "12. 1)"}
    assert pledge["stage"] == "bid" and pledge["instead"] == "전자입찰서"
    annexed = [x for x in items if x["in_package"]]
    assert sorted(x["form"] for x in annexed) == ["붙임1", "붙임2", "붙임3"]
    assert all(x["stage"] == "contract" and x["in_package"].endswith(("#part2", "#part3", "#part4")) for x in annexed)
    assert by[("8.1.2", "사업이행계획서")]["stage"] == "performance"
    assert by[("6.4.2", "검사의뢰서")]["to"] == "검사관" and by[("6.4.2", "검수신청서")]["to"] == "검수관"
    kcs = by[("6.2.3", "KCS 인증서")]
    assert kcs["stage"] == "delivery" and kcs["repeats"] == ["구매요구서 2.1.4"]
    # the notice's generic "관계 서류" is the papers it lists, one of them held by a registry
    asked = next(x for x in items if x["stage"] == "request")
    assert "법인등기부등본" in asked["document"] and asked["registry"]
    # (stage order: the bid first, acceptance after the contract)
    stages = [x["stage"] for x in items]
    assert stages.index("bid") < stages.index("contract") < stages.index("delivery")
    report = (out / "report.md").read_text(encoding="utf-8")
    brief = report.split("## 요약")[0]
    # (one line of the summary: everything the notice and the specification ask, counted by stage)
    assert f"- 공고문·규격서가 요구하는 제출 서류: {len(items)} — 입찰 시 3 (3건은 입찰서로 대신), " in brief
    outside = sum(1 for x in items if not x["in_package"] and not x["instead"])
    assert "3건은 묶음 속 서식으로 셈" in brief and f"묶음에 서식이 없는 {outside}건은 수치에 넣지 않음" in brief
    # (one certificate asked as "KCS 또는 동등규격의 인증서" at 2.1.4 and "KCS 인증서" at 6.2.3: a difference to settle,
    # not a repeat — review 51 #8)
    assert "두 곳에서 달리 요구(정리 필요): KCS 인증서 / KCS 또는 동등규격의 인증서" in brief
    assert kcs["differs"] == [{"where": "구매요구서 2.1.4", "document": "KCS 또는 동등규격의 인증서"}]
    assert "달리 요구" in report and "'KCS 또는 동등규격의 인증서'" in report
    assert "| 납품·검수 시 | 검사의뢰서 | 납품 10근무일 전 | 검사관 | 구매요구서 6.4.2 |" in report


@needs_corpus
def test_compare_says_what_a_revised_specification_requires_that_the_old_did_not(corpus, tmp_path):
    """The 2025 and 2026 구매요구서 of one purchase: the fields barely change, but the supplier's submissions do — the
    2026 revision drops the 취급설명서 and the GSE 승인 인증서 and adds a corrosion test report and a rust-proofing
    certificate, and its training certificate goes to the 검사·검수관 instead of the 검수관 (review 47 #7)."""
    from formslim.comparison import compare, compare_table

    folder = corpus / "kr-procurement-rfastball"
    c = compare([folder / "spec_revision_2025.hwpx"], [folder / "spec_revision_2026.hwpx"], cache=None)
    r = c.to_dict()["required_submissions"]
    assert {x["document"] for x in r["added"]} == {"내식성 시험 성적서", "방청 공정 인증서"}
    assert {"취급설명서 및 장비이력자료", "국토교통부 GSE 승인 인증서"} <= {x["document"] for x in r["removed"]}
    (moved,) = r["changed"]
    assert moved["document"] == "교육 훈련 완료 확인서" and (moved["old"]["to"], moved["new"]["to"]) == ("검수관", "검사·검수관")
    assert r["same"] >= 10 and not c.identical
    table = compare_table(c)
    assert "+ required 방청 공정 인증서 (stage not said; 구매요구서 3.2.5.1)" in table
    # the same specification against itself: nothing required changes
    same = compare([folder / "spec_revision_2026.hwpx"], [folder / "spec_revision_2026.hwpx"], cache=None)
    assert same.identical and not (same.duties["added"] or same.duties["removed"] or same.duties["changed"])


def test_a_clause_wrapped_onto_a_line_of_its_own_is_no_caption():
    """"\t제공해야 한다.\t" — the end of a specification's clause on its own line, a tab after it — is prose, not a
    caption with room to write (review 47 #2: the 구매요구서's "fields" were such fragments)."""
    from formslim.fields.common import _is_label_text

    assert not _is_label_text("제공해야 한다.") and not _is_label_text("명시되어야 한다.")
    assert _is_label_text("대표자 성명") and _is_label_text("사업자등록번호")


@needs_corpus
def test_no_form_field_marker_reaches_what_formslim_writes(corpus):
    """A reader marks a form field's start and end with NUL (an HWPX 누름틀, a DOCX content control): the marker is no
    text, and must not reach a document's header ("조달청 물품공고 제\\u0000호") or the evidence quoted from it."""
    import subprocess
    import sys

    from .conftest import SAMPLES

    for folder in (corpus / "kr-procurement-rfastball", SAMPLES / "kr-sme-support"):
        out = subprocess.run([sys.executable, "-m", "formslim", "fields", str(folder), "--format", "json", "--no-cache"],
                             capture_output=True, text=True, timeout=600)
        assert out.returncode in (0, 1), out.stderr
        assert "\\u0000" not in out.stdout and "\x00" not in out.stdout


def test_personal_mobile_numbers_are_counted_never_kept():
    from formslim.parse.classify import personal_mobiles

    text = "작성자 상사 홍길동 010-1234-5678, 검수관 010 9876 5432, 사무실 042-553-4199, 다시 01012345678, 번호 12010-1234-5678"
    assert personal_mobiles(text) == 2 and personal_mobiles("") == 0
