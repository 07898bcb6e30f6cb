"""Review 61 (an MSS 사무관 on the K-Startup redesign report), the figures: each headline count computed once and
given alike in stdout, the brief, the cards, the workbook and plan.json — the co-representative's ID copy filed
until the agency may use the checks that replace it (9 → 7, not only 9 → 6); a notice's submission the package
holds the form of counted, not said to be outside the figures; a notice's clause cited under its □ heading, not
the ② of the box above it; a count target not printed beside a share; a cost priced from minutes inside their
range said to be no measured change. And two criteria of the self-check: a year's exclusion said as that year's,
and a notice's 고용인원 not silently read as the 상시근로자 수. Synthetic inputs written here; K-Startup
expectations from its notice and forms as printed."""
import json

import pytest
from click.testing import CliRunner

from formslim.cli import main
from formslim.parse.duties import duties

from .conftest import CORPUS, needs_corpus


def test_a_box_heading_ends_the_numbered_items_above_it():
    """A Korean notice's "□ 제출서류" starts a sub-section: a duty under it is cited from it ("1. □ 제출서류"), not
    from the "②" of the "< 유의 사항 >" box before it; and the box caption after the sentence is not part of it."""
    text = "\n".join([
        "1 신청 및 접수",
        "< 유의 사항 >",
        "① 사업 신청은 반드시 대표자 본인이 신청하여야 함",
        "② 창업기업은 사업 신청 시, 희망하는 1개의 주관기관을 선택",
        "□ 제출서류",
        "◦ 사업계획서 1부 ([별첨 1] 양식)",
        "* 가점 증빙서류는 사업 신청 시 제출하여야 하며, 미제출 시 가점으로 불인정",
        "< 제출서류 및 제출방법 >",
        "제출서류 제출방법 비고",
    ])
    found = {d.document: d for d in duties(text)}
    bonus = found["가점 증빙서류"]
    assert bonus.clause == "1. □ 제출서류", bonus
    assert bonus.stage == "application" and "제출방법" not in bonus.text, bonus


@pytest.mark.parametrize("clause, counted", [
    ("① 공고일 기준 고용인원 (대표자 제외) 10인 이상 기업", "고용인원 (대표자 제외)"),
    ("상시근로자 5명 이상인 기업", ""),
])
def test_a_headcount_keeps_the_notices_word(clause, counted):
    """"고용인원 (대표자 제외)" counted on the notice date from the 4대 보험 roll is not the 상시근로자 수 (a yearly
    average): the rule keeps the notice's word and says so; a clause that says 상시근로자 has nothing to add."""
    from formslim.eligibility import Criterion, _rule_of, _rule_said, decide, load_patterns

    category, rule, pattern = _rule_of(clause, [], "include", load_patterns())
    assert pattern == "employees_at_least"
    said = _rule_said(rule, "ko")
    c = Criterion(id="C1", category=category, kind="include", text=clause, where="", rule=rule, pattern=pattern)
    why = decide(c, {"employees": 12}, None).reason
    if counted:
        assert f"공고문이 세는 수: {counted}" in said, said
        assert f"the notice counts {counted}" in why, why
    else:
        assert "공고문이 세는 수" not in said and "notice counts" not in why, (said, why)


def test_a_years_exclusion_is_said_as_that_years():
    """"2025년 … 선정되어 사업을 수행 중인 자" excludes that year's selection, not any past support: the rule says
    so (review 61 #14: a founder supported in 2023 read "2025년 … 지원 이력 없음" as excluding them)."""
    from formslim.eligibility import _rule_said

    rule = {"fact": "prior_support", "none_of": ["예비창업패키지", "초기창업패키지"], "year": "2025"}
    assert _rule_said(rule, "ko") == "2025년 예비창업패키지, 초기창업패키지 선정·수행 없음 (다른 해의 참여는 해당 없음)"
    assert "in 2025 (another year's does not count)" in _rule_said(rule, "en")


@pytest.fixture(scope="module")
def kstartup(tmp_path_factory):
    out = tmp_path_factory.mktemp("ks") / "o"
    result = CliRunner().invoke(main, ["analyze", str(CORPUS / "kr-kstartup-sandoc"), "-o", str(out), "--quiet",
                                       "--no-cache"])
    return result, out


@needs_corpus
def test_kstartup_counts_until_the_checks_are_approved_are_said_everywhere(kstartup):
    """Until the agency may use the ID checks, a co-representative who chooses one of them (주민등록증, 여권) still
    files the ID copy — one who chooses the driving licence, on the printed consent list, does not: all documents
    9 → 7 for them, not 9 → 6 — one figure in plan.json, said beside the count in stdout, the brief, the card and the
    workbook."""
    import openpyxl

    result, out = kstartup
    assert result.exit_code == 4, result.output
    s = json.loads((out / "plan.json").read_text(encoding="utf-8"))["summary"]
    [pending] = s["pending_approval"]
    assert pending["document"].endswith("#part4") and pending["conditional"] is True
    assert pending["checks"] == ["KR-MOIS-IDCHECK", "KR-MOFA-PASSCHECK"], pending
    assert (s["documents_after"], pending["documents_after"]) == (6, 7)
    assert pending["documents_required_after"] == s["documents_required_after"] == 2  # (filed only in its case)
    first = result.stdout.splitlines()[0]
    assert first.endswith("해당하는 경우에만 내는 서류를 포함하면 9 → 6건 (주민등록증·여권 진위확인 이용 승인 전까지 그 확인을 고르는 사람은 9 → 7건)"), first
    report = (out / "report.md").read_text(encoding="utf-8")
    brief = report.split("## 요약")[0]
    assert "(조건부: 주민등록증·여권 진위확인 이용 승인 전까지 그 확인을 고르는 사람은 신분증 사본을 계속 제출 — 5 → 5)" in brief, brief
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "주민등록증·여권 진위확인 이용 승인 전까지 그 확인을 고르는 사람의 모든 서류 (공동대표 또는 각자대표 신분증 사본을 계속 제출): 9 → 7</div>" in page
    rows = {r[0]: r[1] for r in openpyxl.load_workbook(out / "report.xlsx")["요약"].iter_rows(values_only=True)}
    assert any("이용 승인 전까지 그 확인을 고르는 사람의 모든 서류" in str(k) and v == "9 → 7" for k, v in rows.items()), rows
    # (judged as MSS's count: the share 1 − 4.4/9 is not printed beside it)
    assert "목표 감축률 (%)" not in rows and rows["목표: 신청 1건당 서류 수 상한 (중소벤처기업부 계획의 건수)"] == 4.4


@needs_corpus
def test_kstartup_notice_submissions_on_package_forms_are_counted(kstartup):
    """The notice's "가점 증빙서류" is the checklist's "[가점관련 증빙서류 (최대 1점)]" attachment, in the package and
    counted: the brief does not say it is outside the figures; both duties are cited under their □ headings."""
    _, out = kstartup
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    by = {x["document"]: x for x in plan["required_submissions"]}
    assert by["가점 증빙서류"]["clause"] == "4. □ 제출서류" and by["가점 증빙서류"]["in_package"].endswith("#part6")
    assert by["증빙자료"]["clause"] == "6. □ 의무 및 역할" and by["증빙자료"]["in_package"] is None
    brief = (out / "report.md").read_text(encoding="utf-8").split("## 요약")[0]
    assert "- 공고문이 요구하는 제출 서류: 6 — 신청 시 1 (1건은 묶음 속 서식으로 셈), 서류평가 통과 후 2, 선정 후 2, " \
        "해당하는 경우 1; 묶음에 서식이 없는 5건은 수치에 넣지 않음" in brief, brief


@needs_corpus
def test_kstartup_cost_card_says_a_change_inside_the_range_is_none_measured(kstartup):
    """206,500 → 202,500 is priced from minutes whose change is inside the model's ±20%: the cost card says so, as
    the minutes card does."""
    _, out = kstartup
    page = (out / "report.html").read_text(encoding="utf-8")
    assert '<div class="small" id="cost-change">±20% · 차이가 추정 오차(±20%) 안: 측정된 변화로 볼 수 없음</div>' in page


def test_the_bodies_a_notice_says_check_eligibility_are_read():
    from formslim.parse.classify import reviewers

    assert reviewers("신청자(기업)에 대한 요건검토, 사업계획서 유사중복성 검토는 창업진흥원 및 주관기관에서 상시 진행하며, "
                     "선정·협약 이후에도") == ("창업진흥원", "주관기관")
    assert reviewers("① 요건검토 : 사업계획서, 증빙서류 등을 확인하여 신청자격 등 검토") == ()


@needs_corpus
def test_kstartup_consent_is_the_statutory_wording_and_the_other_checkers_are_a_legal_point(kstartup):
    """Review 61 #3: the 행정정보 공동이용 consent printed as agencies print it (「전자정부법」 제36조제1항), no "*" and
    no annotation of the tool's own on a consent one may refuse, one subject in its refusal sentence; and the
    주관기관, which the notice says check eligibility with 창업진흥원, need a basis to see what 창업진흥원 fetches."""
    _, out = kstartup
    form = json.loads((out / "form.json").read_text(encoding="utf-8"))
    share = next(i for s in form["sections"] for i in s["items"] if i["id"] == "consent.registry_lookup")
    assert share["label"].startswith("본인은 이 건 업무처리와 관련하여 이용기관의 담당 직원이 「전자정부법」 제36조제1항에 "
                                     "따른 행정정보의 공동이용을 통하여 다음 서류를 확인하는 것에 동의합니다: "), share["label"]
    refusal = next(e for e in share["notice"]["elements"] if e["id"] == "refusal")
    assert refusal["text"] == "신청인은 동의를 거부할 권리가 있으며, 거부하는 경우에는 신청인이 해당 서류를 직접 제출하여야 합니다."
    assert any(x.startswith("공고문은 신청 자격 검토를 창업진흥원 및 주관기관에서 한다고 함: 창업진흥원이 행정정보 공동이용으로 "
                            "확인하는 기록(사업자등록증명)을 주관기관이 보려면 근거가 필요") for x in form["legal_review"])
    import docx

    d = docx.Document(out / "consolidated_form.docx")
    text = "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
    assert "동의 여부를 고름" not in text and "다음 서류를 확인하는 것에 동의합니다: 사업자등록증명 *" not in text


def test_a_present_affirmation_of_civil_and_criminal_liability_is_reworded():
    """"아울러 민/형사상의 책임이 있음을 확인합니다" affirms, before any act, a liability only the law attaches to acts:
    said as one the applicant knows may follow, in official style ("민사상·형사상"); the sentence before it keeps
    its "아울러" (review 61 #4)."""
    from formslim.knowledge import load_knowledge
    from formslim.report.reduced_form import withhold_flagged

    text, withheld, reworded = withhold_flagged("부정행위를 하지 않음을 서약하며, 아울러 민/형사상의 책임이 있음을 확인합니다.",
                                                load_knowledge(), "KR", "ko")
    assert text == "부정행위를 하지 않음을 서약하며, 아울러 민사상·형사상 책임을 질 수 있음을 알고 있습니다.", text
    assert withheld == ["아울러 민/형사상의 책임이 있음을 확인합니다"] and len(reworded) == 1


@needs_corpus
def test_kstartup_legal_review_has_the_pledges_printed_and_proposed_side_by_side(kstartup):
    _, out = kstartup
    md = (out / "report.md").read_text(encoding="utf-8")
    table = md.split("#### 서약 문구 신·구 대비표 (법률 검토용 — 개정안은 검토 전 초안)", 1)[1].split("\n\n#", 1)[0]
    assert "| 현행 (인쇄된 문구) | 개정안 (초안) | 사유 |" in table
    assert "| 아울러 민/형사상의 책임이 있음을 확인합니다 | 아울러 민사상·형사상 책임을 질 수 있음을 알고 있습니다 |" in table
    assert table.count("\n| ") == 6, table  # (the head, its rule and four sentences)
    assert 'id="reworded"' in (out / "report.html").read_text(encoding="utf-8")


def test_an_amendments_drafting_notes_are_apart_from_the_form_text():
    """Review 61 #10: the agency's instructions ("…에 기관이 아래 동의와 항목을 더합니다", "허용하지 않으면 선택지에서
    주민등록증을 뺍니다") are drafting notes, not the form's text; an option and a datum that wait for the legal review
    say so where they are printed; the refusal is a sentence, not "거부하는 경우: …"."""
    from formslim.report.reduced_form import amendment_parts

    am = {"title": "공동대표 동의서", "signer": "공동대표", "law_only": ["주민등록번호: 동의로는 처리할 수 없는 정보입니다."],
          "law_pending": ["주민등록번호", "주민등록증"], "signed_once": 9,
          "consent": {"label": "인쇄된 사전 동의 목록에 더합니다: 주민등록증 진위확인", "options": []},
          "choice": {"label": "진위확인할 신분증 (택 1)", "options": ["주민등록증", "운전면허증"]},
          "items": [{"id": "a1", "label": "주민등록번호", "condition": "주민등록증 선택 시"},
                    {"id": "a2", "label": "운전면허번호", "condition": "운전면허증 선택 시"}]}
    heading, notes, lines, rows = amendment_parts(am, "ko", "☐")
    assert notes[0] == "공동대표가 서명하는 이 서류에 기관이 아래 동의와 항목을 더합니다:"
    assert "인쇄된 사전 동의 목록에 더합니다: 주민등록증 진위확인" in notes and any("9개" in x for x in notes)
    assert not any("더합니다" in x or "동의로는" in x for x in lines), lines
    assert lines == ["진위확인할 신분증 (택 1): ☐ 주민등록증 [법률 검토 후 확정] / ☐ 운전면허증"]
    assert rows == [("주민등록번호 (주민등록증 선택 시) [법률 검토 후 확정]", "a1"), ("운전면허번호 (운전면허증 선택 시)", "a2")]


@needs_corpus
def test_kstartup_separate_consent_refusal_is_a_sentence(kstartup):
    _, out = kstartup
    import docx

    d = docx.Document(out / "consolidated_form.docx")
    text = "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
    assert "귀하는 동의를 거부할 권리가 있습니다. 거부하는 경우에는 이 확인 대신 원래의 서류(사본)를 제출합니다." in text
    assert "거부하는 경우:" not in text and "기관 작성 안내 (서식에 인쇄하지 않음):" in text


def test_a_notice_prints_the_rule_of_each_annex_form_it_lists():
    from formslim.parse.classify import annex_notes

    text = "\n".join(["□ 제출서류", "◦ 사업계획서 1부 ([별첨 1] 양식)", "- 사업계획서는 본 공고문에 첨부된 ‘일반형’ 사업계획서 양식을",
                      "사용하여 작성해야 하며, 그 외 양식으로 제출 시 평가 대상에서 제외", "◦ 기타 제출서류 각 1부 ([별첨 2] 양식)",
                      "- 사업자등록증, 가점 증빙 등 [별첨 2]의 증빙서류 제출 목록 확인", "< 제출서류 및 제출방법 >"])
    assert annex_notes(text) == (
        "별첨 1: 사업계획서 — 사업계획서는 본 공고문에 첨부된 ‘일반형’ 사업계획서 양식을 사용하여 작성해야 하며, 그 외 양식으로 "
        "제출 시 평가 대상에서 제외", "별첨 2: 기타 제출서류 — 사업자등록증, 가점 증빙 등 [별첨 2]의 증빙서류 제출 목록 확인")


@needs_corpus
def test_kstartup_every_attachment_says_what_is_printed_for_it(kstartup):
    """Review 61 #5: the business plan carries the notice's rule (any other template is not evaluated), the
    co-representative's consent the checklist's entry for "[붙임 3] … 신분증 및 동의서"."""
    _, out = kstartup
    form = json.loads((out / "form.json").read_text(encoding="utf-8"))
    items = {i["id"]: i for s in form["sections"] for i in s["items"]}
    plan = items["attachment:별첨1_사업계획서_양식.hwp"]
    assert plan["requirement_from"] == "notice" and plan["requirement"].endswith("그 외 양식으로 제출 시 평가 대상에서 제외")
    consent = items["attachment:별첨2_증빙서류_제출목록_양식.hwp#part5"]
    assert consent["requirement"] == "[신청자격 증빙서류] 공동대표 또는 각자대표 신분증 및 동의서 * 대표자가 1인인 기업의 경우 제출 대상 아님"
    import docx

    d = docx.Document(out / "consolidated_form.docx")
    text = "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    assert "공고문에 인쇄된 요건: 사업계획서는 본 공고문에 첨부된 ‘일반형’ 사업계획서 양식을" in text


@needs_corpus
def test_kstartup_protocol_says_whose_and_where_a_repeated_signature_date_is_asked(kstartup):
    """Review 61 #13: the co-representative's name, written under each of nine consents and asked once, is theirs
    (not "신청인 기재"); its date, asked again only within that document, is written once at its end — not "asked
    once elsewhere (the same document)"; a legal point ends with the place for the reviewer's finding."""
    _, out = kstartup
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "| 공동대표: 성명 | 관련인 식별 | (해당 시) 공동대표 또는 각자대표 동의서: 공동대표: 성명 | 공동대표가 자기 서류에 기재 |" in md
    assert "| 작성일 (8곳에서 물음) | 신청 내용 | (해당 시) 공동대표 또는 각자대표 동의서: 작성일 | 이 서류 끝에서 한 번만 기재 " \
        "(서명란을 하나로 줄임) |" in md
    assert "— 검토 결과: \\[ \\]" in md and "— \\[기관이 기재\\]\n" not in md


@needs_corpus
def test_an_award_bundles_investigator_is_named_as_the_form_prints_it(tmp_path):
    """Review 62 #6: the 공적조서's 조사자 (추천부서의 부서장) was shown as "확인자", the first word of the party's
    vocabulary: the question protocol names a party by the word its form prints."""
    result = CliRunner().invoke(main, ["analyze", str(CORPUS / "kr-hwplib"), "-o", str(tmp_path / "o"), "--quiet"])
    assert result.exit_code in (0, 4), result.output
    md = (tmp_path / "o" / "report.md").read_text(encoding="utf-8")
    assert "| 조사자: 성명 | 다른 당사자(조사자) 식별 | 공적조서 (개인): 조사자: 성명 |" in md
    assert "공적조서 (개인): 확인자:" not in md


@needs_corpus
def test_the_carry_over_figure_has_its_map(tmp_path):
    """Review 62 #12: "기재 항목 132 → 114" if each answer asked twice were written once — with nothing to check it
    against. plan.json lists which field takes which answer (burden.carry_over.carries), the workbook the same by
    document and label; the count is the map's."""
    import openpyxl

    result = CliRunner().invoke(main, ["analyze", str(CORPUS / "kr-hwplib"), "-o", str(tmp_path / "o"), "--quiet"])
    assert result.exit_code in (0, 4), result.output
    plan = json.loads((tmp_path / "o" / "plan.json").read_text(encoding="utf-8"))
    co = plan["burden"]["carry_over"]
    assert len(co["carries"]) == co["fields_carried"] == plan["summary"]["carry_over"]["fields_carried"] > 0
    fields = {f["field"] for f in plan["fields"]}
    assert all(x["field"] in fields and x["from"] in fields for x in co["carries"])
    sheet = openpyxl.load_workbook(tmp_path / "o" / "report.xlsx")["옮겨 채우기"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("문서", "항목명", "답을 가져오는 곳") and len(rows) - 1 == len(co["carries"]) + len(co["computes"])
    assert ("공적조서 (개인)", "성명", "정부포상 후보자 추천서 · 성명* (단체명)") in rows


@needs_corpus
def test_kstartup_filled_form_reads_back_as_the_blank_one(kstartup, tmp_path):
    """`formslim fields` on the filled form finds every question of the blank consolidated form, of the same kind and
    with the same options (review 64 #5: the ticked "☑ 동의함" made the consent a box labelled "동의하지 않음"; the HWPX's
    "■" lost it altogether; the consent the agency adds, one box before its words, read back as one box; "주민등록증
    [법률 검토 후 확정]" fell out of the ID choice)."""
    from formslim.parse import read_package

    _, out = kstartup
    profile = tmp_path / "p.yaml"
    profile.write_text("company: 주식회사 공동랩\nfacts:\n  consent.admin_info_sharing: 동의함\n"
                       "  co_representative person.passport_no: M12345678\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["fill", str(out), "--profile", str(profile), "-o", str(tmp_path / "f"), "--quiet"])
    assert result.exit_code == 0, result.output

    def questions(path):
        (doc,) = read_package([path]).documents
        return [(f.label, f.kind, f.options) for f in doc.fields]

    for ext in ("docx", "hwpx"):
        blank, filled = questions(out / f"consolidated_form.{ext}"), questions(tmp_path / "f" / f"filled_form.{ext}")
        assert filled == blank, ext
        ids = next(q for q in filled if q[0].startswith("진위확인할 신분증"))
        assert ids[1] == "radio" and ids[2] == ("주민등록증", "운전면허증", "여권"), ids
        assert any(q[0].startswith("고유식별정보(") and q[2] == ("동의함", "동의하지 않음") for q in filled), filled
        assert next(q for q in filled if q[2] == ("동의함", "동의하지 않음"))[1] == "radio"
