"""The notices a form prints above its consent boxes are read as printed and kept in the consolidated
form word for word, each consent on the provision that governs it (개인정보 보호법 제15·17·22·24·26조,
신용정보법 제32조, 전자정부법 제36·42조·제43조의2), each asked apart; a "동의" box under a pledge is a
declaration. Expectations written from the K-Startup 증빙서류 form's text (별첨2, [붙임 3]) and from a form
made here."""
import json
import re
import zipfile

import docx
import pytest

from formslim import read_document
from formslim.knowledge import load_knowledge
from formslim.parse.notices import is_consent_box
from formslim.pipeline import analyze
from formslim.report.redesign import write_report
from formslim.report.reduced_form import notice_lines

from .test_consolidated_host import paper_manifest
from .conftest import CORPUS, SAMPLES, needs_corpus

BUNDLE = "kr-kstartup-sandoc/별첨2_증빙서류_제출목록_양식"


def _consent_part(fmt: str):
    doc = read_document(CORPUS / f"{BUNDLE}.{fmt}", f"x.{fmt}")
    return next(p for p in doc.logical if p.notices)


@needs_corpus
@pytest.mark.parametrize("fmt", ["hwp", "docx"])
def test_each_consent_box_has_the_notice_printed_above_it(fmt):
    part = _consent_part(fmt)
    label = {f.id: f.label for f in part.fields}
    notices = [([label[i] for i in n.fields], n.text) for n in part.notices]
    assert [n[1].split("\n")[0] for n in notices] == [
        "개인(기업) 정보제공 및 신용조회 동의", "중소기업 지원사업 통합관리시스템 정보 활용을 위한 동의서",
        "기업통합 데이터 공동 활용을 위한 제3자 정보제공 동의", "행정정보 공동이용 사전 동의", "신용정보 수집 동의",
        "개인정보 제3자 정보제공 동의", "공공 마이데이터 본인 정보 제3자 제공요구서", "신청 정보 입력 동의",
        "신청서 제출 관련 책임 동의"]
    # the three boxes of one consent table share the notice above the table
    assert notices[0][0] == ["개인정보", "고유식별정보", "개인정보 위탁"]
    assert all(len(boxes) == 1 for boxes, _ in notices[1:])
    for boxes, text in notices:
        # the date and signature line that close a consent, and the boxes, are not its notice
        assert "(서명)" not in text and "□" not in text and "년 월 일" not in text, boxes
        # the refusal sentence, also where it is printed after the boxes (lines as printed: "거부할\n권리가")
        assert "거부할 권리" in " ".join(text.split()), boxes
    assert "[이용기관 명칭]\n창업진흥원" in notices[3][1]
    assert "기술보증기금, 서울보증보험, 신용보증기금" in notices[5][1]


def _consent_form(path, question_after=False):
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "성명", ""
    d.add_paragraph("개인정보 수집·이용 동의서")
    d.add_paragraph("[수집·이용 목적] 지원사업 신청 자격 확인")
    d.add_paragraph("[수집 항목] 성명, 연락처")
    d.add_paragraph("[보유 기간] 사업 종료 후 5년")
    d.add_paragraph("※ 동의를 거부할 권리가 있으며, 거부 시 신청이 제한될 수 있습니다.")
    c = d.add_table(rows=1, cols=2)
    c.cell(0, 0).text, c.cell(0, 1).text = "개인정보 수집·이용 동의", "□ 동의   □ 비동의"
    d.save(path)


def test_a_notice_starts_after_the_forms_last_question(tmp_path):
    """The read-back from a consent box stops at the question above it: the notice is the text between."""
    path = tmp_path / "consent.docx"
    _consent_form(path)
    doc = read_document(path, "consent.docx")
    box = next(f for f in doc.fields if is_consent_box(f))
    assert box.label == "개인정보 수집·이용 동의"
    (n,) = doc.notices
    assert n.fields == (box.id,)
    assert n.text.split("\n")[0] == "개인정보 수집·이용 동의서" and "성명" not in n.text.split("\n")[0]
    assert n.text.endswith("거부 시 신청이 제한될 수 있습니다.")


def test_consent_notice_is_chosen_by_the_consent_and_its_text():
    kb = load_knowledge()
    pick = lambda label, text="개인정보 수집 항목": kb.consent_notice("KR", label, text).id  # noqa: E731
    assert pick("고유식별정보") == "KR-PIPA-24"
    assert pick("개인정보 제3자 정보 제공 동의") == "KR-PIPA-17-2"
    assert pick("공공 마이데이터 본인정보 제3자 제공 요구") == "KR-EGOV-43-2"  # a request, not a 제17조 consent
    assert pick("개인정보 위탁") == "KR-PIPA-26"
    assert pick("신용정보 수집 동의") == "KR-CREDIT-32"
    assert pick("개인정보") == "KR-PIPA-15-2"
    assert pick("신청서 제출 관련 책임 동의") == "KR-PLEDGE"
    # a box under a text that speaks of no personal data accepts a condition of the programme
    assert pick("신청 정보 입력 동의", "전산 입력정보와 업로드 한 신청서의 기재사항이 상이한 경우 전산 입력정보를 우선") == "KR-PLEDGE"
    assert kb.notice("KR", "consent").id == "KR-PIPA-15-2"  # the general notice is not picked by patterns


@needs_corpus
def test_consolidated_form_keeps_each_printed_consent_apart_and_word_for_word(tmp_path):
    # a paper consolidated form: the co-representative's consent moves into it, in their own block (in the
    # online application only the applicant signs: there it stays their document)
    (tmp_path / "m").mkdir()
    a = analyze([CORPUS / "kr-kstartup-sandoc"], manifest_path=paper_manifest(tmp_path / "m"))
    tmp_path = tmp_path / "out"  # (the report's own folder)
    write_report(a, tmp_path)
    form = json.loads((tmp_path / "form.json").read_text(encoding="utf-8"))
    items = {s["id"]: s["items"] for s in form["sections"]}
    consents = {i["label"]: i for i in items["consents"]}
    # two consents to give data to third parties, to different recipients, stay two (제22조)
    one, two = consents["공동대표: 기업통합 데이터 공동 활용을 위한 제3자 정보 제공 동의 여부"], consents["공동대표: 개인정보 제3자 정보 제공 동의"]
    assert len(one["from_fields"]) == 1 and len(two["from_fields"]) == 1
    for it in (one, two):
        assert it["notice"]["notice"] == "KR-PIPA-17-2" and not any(e["to_confirm"] for e in it["notice"]["elements"])
    assert "기술보증기금" in two["notice"]["printed"]["text"] and "기술보증기금" not in one["notice"]["printed"]["text"]
    # three boxes under one notice: "고유식별정보 수집 안내 … 정보주체의 동의 없이 개인정보를 수집합니다" claims a law lets it
    # collect 주민등록번호 and 외국인등록번호 without consent (중소기업창업 지원법 시행령 제41조) — a box to tick until the
    # legal review confirms that decree names each (review 55 #5; review 44 had it information on the form's word).
    # The "개인정보처리 위탁 안내" lists the guarantee funds' "보증 및 융자 업무" — their own business, a provision to a
    # third party (제17조), not an entrustment (제26조): it stays a consent (review 45 #1)
    info = {i["label"].split(" (")[0]: i for i in items["consents"] if i["kind"] == "statement"}
    assert set(info) == set()
    assert consents["공동대표: 개인정보 위탁"]["options"] and consents["공동대표: 고유식별정보"]["options"]
    # the general box reads its elements from the whole notice, not from the 위탁 part that also says 개인정보
    assert {e["id"]: e["text"] for e in consents["공동대표: 개인정보"]["notice"]["elements"]}["retention"] == "- 30년"
    # its notice says it processes "개인정보보호법 제15조제1항제3호에 따라" (a public body's statutory duty, no
    # consent needed): the consent stays, and the legal reviewer is asked whether it is needed at all
    asked = {e["id"]: e for e in consents["공동대표: 개인정보"]["notice"]["elements"]}["consent_needed"]
    assert asked["to_confirm"] and "제15조제1항제3호" in asked["text"]
    assert any("동의가 필요한지" in x for x in form["legal_review"])
    assert consents["공동대표: 공공 마이데이터 본인정보 제3자 제공 요구"]["notice"]["basis"].startswith("전자정부법 제43조의2")
    # the bundle's consents are the co-representative's ("(해당 시) 공동대표 또는 각자대표 동의서"): theirs, asked
    # only where the case applies; the applicant's own registry consent is a consent of its own
    share = consents["공동대표: 행정정보 공동이용 사전동의"]
    assert share["role"] == "co_representative" and share["required"] is False and share["condition"] == "해당 시"
    # the consent the co-representative's ID check needs is that printed consent, not a second one
    # (their ID as the checklist accepts it: the card, the driving licence or the passport they choose)
    assert share["id"] == "consent.registry_lookup:co_representative" and \
        share["registries"] == ["KR-KNPA-DLCHECK", "KR-MOFA-PASSCHECK", "KR-MOIS-IDCHECK"]
    assert sum(i.get("concept") == "consent.admin_info_sharing" and i.get("role") == "co_representative"
               for i in items["consents"]) == 1
    assert "창업진흥원" in share["notice"]["printed"]["text"] and "표준재무제표증명" in share["notice"]["printed"]["text"]
    ours = next(i for i in items["consents"] if i["id"] == "consent.registry_lookup")
    assert ours["required"] and ours["role"] is None and ours["notice"]["notice"] == "KR-EGOV-42"
    # the printed text states what 제15조 제2항 asks; what a printed consent leaves out goes to legal review
    # (the credit check names neither the data it checks nor how long they are kept)
    for label in ("공동대표: 개인정보", "공동대표: 중소기업 지원사업 통합관리시스템 정보 활용을 위한 동의 여부"):
        assert not any(e["to_confirm"] for e in consents[label]["notice"]["elements"] if e["id"] != "consent_needed"), label
    missing = {e["id"] for e in consents["공동대표: 신용정보 수집 동의"]["notice"]["elements"] if e["to_confirm"]}
    assert missing == {"items", "retention"}
    assert sum(x.startswith("신용정보의 이용 및 보호에 관한 법률") for x in form["legal_review"]) == 2
    # pledges are declarations, with their text
    pledges = {i["label"]: i for i in items["declarations"]}
    assert "공동대표: 신청서 제출 관련 책임 동의" in pledges and "공동대표: 신청 정보 입력 동의" in pledges
    assert "사업비 중복 부정 수급" in pledges["공동대표: 신청서 제출 관련 책임 동의"]["notice"]["printed"]["text"]
    # the names on the consents' signature lines are the co-representative's, asked once in their block
    names = next(i for i in items["signature"] if i["id"] == "signer:co_representative:name")
    assert len(names["from_fields"]) == 9 and not any(i["label"] == "성명" for s in form["sections"] for i in s["items"])
    # … and so are the dates they sign on: the applicant's 작성일 is the applicant's alone
    dates = {i["id"]: i for i in items["signature"] if i["kind"] == "date"}
    assert len(dates["signer:co_representative:date"]["from_fields"]) == 9 and not dates["application.date"]["from_fields"]
    # the headline counts what every applicant submits: 사업계획서, 신분증, 사업자 증빙 (3 → 1)
    summary = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))["summary"]
    assert summary["target_basis"] == "required"
    assert (summary["documents_required_before"], summary["documents_required_after"]) == (3, 2)
    # … and so do the minutes beside it: the conditional papers (co-representative, investment, 성실경영, other
    # evidence) are left out of the every-applicant figure, and report.md puts the basis's counts first
    assert summary["minutes_required_before"] < summary["minutes_before"]
    plan = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    conditional = {d["key"] for d in plan["documents"] if d["condition"]}
    assert summary["minutes_required_before"] == round(sum(
        d["minutes"] for d in plan["burden"]["before"]["per_document"] if d["file"] not in conditional), 1)
    md_lines = (tmp_path / "report.md").read_text(encoding="utf-8").splitlines()
    first, second = [x for x in md_lines[md_lines.index("## 요약"):] if x.startswith("- ")][:2]
    # (the count of document types first — with a paper form the agency issues, no online application is counted;
    # the notice's own count, a new paper form one more submission: 3 → 3, beside it)
    assert first.startswith("- 모든 신청인이 내는 서류: 3 → 2 (감축률 33%") and "미달성" in first, first
    assert any(x.startswith("  - 공고문의 제출서류 표로 세면: 3 → 3건") for x in md_lines)
    # the brief gives every applicant's questions, minutes and cost before those of one who files every document
    # (a saving in a document filed in some cases is not every applicant's: review 34)
    brief = md_lines[md_lines.index("## 한 장 요약"):md_lines.index("## 요약")]
    # — one row each, every applicant's figure first and that of one who files every document in brackets
    rows = [x for x in brief if ("기재 항목 수" in x or "소요 시간" in x or "비용" in x) and "산정" not in x]
    # (where the minutes come from, on the brief itself: a model borrowed from Germany's table — IRS review 56 #1;
    # no cost clause where no cost figure is shown)
    assert "- 시간·비용 산정: 모형(실측 아님): 독일 SCM 표준시간" in brief, brief
    assert rows[0] == (f'- 기재 항목 수: 모든 신청인 (서류를 모두 낼 때): {summary["fields_required_before"]} → '
                       f'{summary["fields_required_after"]} ({summary["fields_before"]} → {summary["fields_after"]})'), rows
    # (413 → 418: a rise inside the estimate's ±20 %, said so — review 45 #10 —; and no cost in won beside it, which a
    # director would read as a measured change — review 55 #8)
    assert rows[1] == (f'- 신청 1건당 소요 시간(분, ±20%): 모든 신청인 (서류를 모두 낼 때): '
                       f'{summary["minutes_required_before"]:.0f} → {summary["minutes_required_after"]:.0f} '
                       f'({summary["minutes_before"]:.0f} → {summary["minutes_after"]:.0f})'
                       " (차이가 추정 오차(±20%) 안: 측정된 변화로 볼 수 없음)"), rows
    assert len(rows) == 2, rows
    assert summary["cost_required_before"] < summary["cost_before"]
    # the DOCX prints each notice above its box, once for boxes that share one
    text = "\n".join(c.text for t in docx.Document(tmp_path / "consolidated_form.docx").tables
                     for r in t.rows for c in r.cells)
    assert text.count("창업도약패키지 신청 시 신청 자격 검토, 중복지원 검토") >= 1
    # (no box becomes information with nothing to tick before the law its notice names is confirmed: the
    # 고유식별정보 box stays a consent — review 55 #5)
    assert not any(c.text.startswith("공동대표: 고유식별정보 수집 안내 (법령상 동의가 필요 없는 안내)")
                   for t in docx.Document(tmp_path / "consolidated_form.docx").tables for r in t.rows for c in r.cells)
    # boxes that share one printed notice print it once; the next points back to it
    shared = {"printed": {"text": "[목적]\n심사", "source": "x"}, "elements": [], "basis": "개인정보 보호법 제15조 제2항"}
    shown: set = set()
    assert notice_lines(shared, "ko", shown)[:2] == ["[목적]", "심사"]
    assert notice_lines(shared, "ko", shown)[0] == "(위 안내가 적용됨)"


def test_the_registry_consent_joins_the_applicants_printed_consent_and_adds_what_it_lacks():
    from formslim.report.reduced_form import _one_consent_each

    printed = {"id": "f#021", "label": "행정정보 공동이용 사전동의", "concept": "consent.admin_info_sharing", "role": None,
               "from_fields": ["f#021"], "from_document": "f", "notice": {
                   "notice": "KR-EGOV-42-PRINTED", "basis": "전자정부법", "source": "", "elements": [],
                   "printed": {"text": "[공동이용 행정정보(구비서류)]\n사업자등록증명, 지방세 납세증명서", "source": "f"}}}
    ours = {"id": "consent.registry_lookup", "label": "…", "concept": "consent.admin_info_sharing", "role": None,
            "from_fields": [], "from_document": None, "registries": ["KR-NTS-BIZREG", "KR-MOIS-IDCHECK"],
            "names": ["사업자등록증명", "주민등록증 진위확인"]}
    (one,) = _one_consent_each([printed, ours], "ko")
    assert one["id"] == "consent.registry_lookup" and one["notice"]["printed"] == printed["notice"]["printed"]
    assert one["registries"] == ["KR-NTS-BIZREG", "KR-MOIS-IDCHECK"] and "names" not in one
    added = [e for e in one["notice"]["elements"] if e["id"] == "added_records"]
    assert added == [{"id": "added_records", "label": added[0]["label"], "text": "주민등록증 진위확인", "to_confirm": True}]
    # a co-representative's printed consent is theirs: the applicant's registry consent stays apart
    theirs = {**printed, "role": "co_representative", "condition": "해당 시"}
    assert len(_one_consent_each([theirs, ours], "ko")) == 2


def test_citations_are_read_as_cited():
    from formslim.parse.classify import citations

    us = citations("Privacy Act Notice (5 U.S.C. 552a) … under 18 U.S.C. §1001 and 2 CFR Part 180 … Privacy Act")
    assert us == ("Privacy Act", "5 U.S.C. 552a", "18 U.S.C. 1001", "2 CFR 180")
    ko = citations("유예를 받은 자 또는 지방세징수법 제105조에 따라 … 「전자정부법」 제43조의2 … 특정 금융거래정보의 보고 및 "
                   "이용 등에 관한 법률 제5조의2, 납부 기한의 다음날부터 민법 제397조")
    assert ko == ("지방세징수법 제105조", "전자정부법 제43조의2", "특정 금융거래정보의 보고 및 이용 등에 관한 법률 제5조의2",
                  "민법 제397조")


@needs_corpus
def test_statements_a_replaced_form_prints_are_carried_or_listed_for_legal_review(tmp_path):
    """SBA Form 1244's Section Three (Privacy Act, Right to Financial Privacy Act, debarment under 2 CFR 180 …)
    holds no question: its pages (6–10) are carried into the consolidated form word for word, before the
    declaration; what the form cites elsewhere, beside its questions, is listed for the legal reviewer."""
    doc = read_document(CORPUS / "sba-buddy" / "SBA_1244.pdf", "SBA_1244.pdf")
    assert {6, 7, 8, 9, 10} <= set(doc.statement_pages) and not set(doc.statement_pages) & {2, 3, 4, 5, 11}
    # (nothing moves into the 1244 from the 912, which each person signs: laid out again on the agency's request)
    manifest = tmp_path / "m" / "formslim.yaml"
    manifest.parent.mkdir()
    manifest.write_text("consolidated_form: redesign\n", encoding="utf-8")
    a = analyze([CORPUS / "sba-buddy" / "SBA_1244.pdf", CORPUS / "sba-buddy" / "SBA_912.pdf"], manifest_path=manifest)
    write_report(a, tmp_path / "r")
    form = json.loads((tmp_path / "r" / "form.json").read_text(encoding="utf-8"))
    signature = next(s for s in form["sections"] if s["id"] == "signature")["items"]
    ids = [i["id"] for i in signature]
    assert ids.index("statements:SBA_1244.pdf") < ids.index("declaration.truth")
    carried = signature[ids.index("statements:SBA_1244.pdf")]["notice"]["printed"]["text"]
    assert "Right to Financial Privacy Act" in carried and "Privacy Act" in carried
    entries = [x for x in form["legal_review"] if x.startswith("SBA Form 1244") and "prints statements under" in x]
    for law in ("5 U.S.C. 552a", "Right to Financial Privacy Act", "12 U.S.C. 3401", "2 CFR 180"):
        assert not any(law in x for x in entries), law
    # the DOCX prints them, line by line
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "r" / "consolidated_form.docx")).paragraphs)
    assert "Right to Financial Privacy Act" in text
    # statements printed word for word in the consolidated form (K-Startup's consent notices) are not listed
    k = analyze([CORPUS / "kr-kstartup-sandoc"])
    write_report(k, tmp_path / "k")
    kform = json.loads((tmp_path / "k" / "form.json").read_text(encoding="utf-8"))
    assert not any("전자정부법 제43조의2" in x and "옮겨지지 않음" in x for x in kform["legal_review"])


@needs_corpus
def test_a_form_that_computes_its_own_totals_saves_no_calculation_minutes(tmp_path):
    """SBA Form 413 sums its assets and liabilities itself (AFSimple_Calculate) and computes net worth
    (simplified field notation): read as derivations, and its applicant never spends minutes adding up —
    before or after. A document kept as it is still asks its own totals."""
    d = read_document(CORPUS / "sba-lukacera" / "SBAForm413.pdf", "413.pdf")
    calc = {f.name: f for f in d.fields if f.calculation}
    assert calc["Net Worth"].calculation == "TotalAssets - TotalLiabilities"
    assert calc["TotalAssets"].calculation.startswith("SUM(") and len(calc["TotalAssets"].calculated_from) == 10
    assert "Installment Account (Auto)" in calc["TotalLiabilities"].calculated_from  # a name with brackets
    a = analyze([CORPUS / "sba-buddy" / "SBA_1244.pdf", CORPUS / "sba-lukacera" / "SBAForm413.pdf"])
    own = [x for x in a.derivations if x.rule == "D-FORM-CALC" and x.target.startswith("SBAForm413")]
    assert len(own) == 3 and {x.type for x in own} == {"total", "computed"}
    calc_minutes = lambda side: sum(d.minutes.get("calculations", 0) for d in getattr(a.burden, side))  # noqa: E731
    assert calc_minutes("before") == calc_minutes("after")
    dc = analyze([CORPUS / "dc-tax-pdflib", CORPUS / "irs-1040pkg-pdflib" / "F1040.pdf"])
    kept = {d.key for d in dc.plan.documents if d.decision == "keep"}
    assert not any(fp.action == "drop_derived" and (fp.document or fp.file) in kept - {dc.plan.primary}
                   for fp in dc.plan.fields)


def test_yes_and_no_boxes_of_one_question_are_one_question():
    from formslim.report.reduced_form import _one_question_per_yes_no

    box = lambda label, req=True, doc="f": {"label": label, "kind": "checkbox", "options": [], "required": req,  # noqa: E731
                                             "from_fields": [label], "from_document": doc}
    sections = {"applicant": [box("Has the Applicant ever declared bankruptcy? Yes"), box("Other", False)],
                "application": [box("Has the Applicant  ever declared bankruptcy? No", False),
                                box("Convicted? Yes"), box("Convicted? Yes"),  # two Yes, no No: left as printed
                                box("부채 여부 예", doc="g"), box("부채 여부 아니오", doc="g")]}
    _one_question_per_yes_no(sections)
    first = sections["applicant"][0]
    assert first["kind"] == "radio" and first["options"] == ["Yes", "No"] and first["required"]
    assert first["label"] == "Has the Applicant ever declared bankruptcy?" and len(first["from_fields"]) == 2
    labels = [i["label"] for i in sections["application"]]
    assert labels == ["Convicted? Yes", "Convicted? Yes", "부채 여부"]
    assert sections["application"][2]["options"] == ["예", "아니오"]


@needs_corpus
def test_plan_asks_no_consent_the_law_does_not_need_and_has_each_party_sign_once(tmp_path):
    (tmp_path / "m").mkdir()
    a = analyze([CORPUS / "kr-kstartup-sandoc"], manifest_path=paper_manifest(tmp_path / "m"))
    tmp_path = tmp_path / "out"  # (the report's own folder)
    write_report(a, tmp_path)
    plan = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    rules = {d["id"]: d for d in plan["decisions"]}
    mine = [f for f in plan["fields"] if f["document"] == "별첨2_증빙서류_제출목록_양식.hwp#part5"]
    by_label = {}
    for f in mine:
        by_label.setdefault(f["label"], []).append(f)
    # 고유식별정보 (processed "without consent" under 중소기업창업 지원법 시행령 제41조, its part says): a box until the
    # legal review confirms that decree names each number it lists — 외국인등록번호 among them (review 55 #5; review
    # 44 #3 had it a notice on the form's word); the 위탁 list names the recipients' own business (guarantees, loans:
    # 제17조, not 제26조 — review 45 #1): still a consent to tick
    (f,) = by_label["고유식별정보"]
    assert f["action"] == "checkbox"
    (pending,) = [d for d in plan["decisions"] if d["rule"] == "C-NO-CONSENT-NEEDED"]
    assert pending["variant"] == "to_confirm" and pending["fields"] == [f["field"]] and pending["action"] == "keep"
    assert "동의 없이" in " ".join(pending["evidence"]) and "시행령 제41조" in " ".join(pending["evidence"])
    assert by_label["개인정보 위탁"][0]["action"] == "checkbox"
    # the general consent and the others stay consents to tick
    assert by_label["개인정보"][0]["action"] == "checkbox" and by_label["신용정보 수집 동의"][0]["action"] == "checkbox"
    # the co-representative signs, names and dates their block once: one of each asked, the rest asked once
    for label in ("성명", "(서명)", "작성일 (2025년월일)"):
        fs = by_label[label]
        assert [f["action"] for f in fs].count("ask") == 1 and len(fs) == 9, label
        dropped = [f for f in fs if f["action"] == "drop_duplicate"]
        assert {rules[f["decision"]]["rule"] for f in dropped} == {"F-ASK-ONCE"}
        assert all("only the co_representative signs these forms" in rules[f["decision"]]["evidence"] for f in dropped)
    # … and the applicant's own date is not one of them
    assert not any(d["rule"] == "F-ASK-ONCE" and "one date closes" in d["reason"] for d in plan["decisions"])


def test_a_yes_no_entry_of_a_notice_is_true_or_false(tmp_path):
    """'consent_needed: "no"' would read as true in Python: the knowledge file is refused with one line."""
    from formslim.errors import FormslimError

    (tmp_path / "bad.yaml").write_text('version: 1\nnotices:\n  - id: X\n    jurisdiction: KR\n    statute: s\n'
                                       '    applies_to: [consent]\n    consent_needed: "no"\n    elements:\n'
                                       '      - {id: a, ko: a}\n', encoding="utf-8")
    with pytest.raises(FormslimError, match="consent_needed must be true or false"):
        load_knowledge([tmp_path])


def test_what_may_allow_a_restricted_datum_is_data_and_checked(tmp_path):
    """lawful_by: a resident number needs a law (no consent allows it: 개인정보 보호법 제24조의2), a passport number
    a separate consent or a law in Korea (제24조 제1항) and nothing in the US; a misspelt value is refused."""
    from formslim.errors import FormslimError

    kb = load_knowledge()
    assert kb.concepts["person.rrn"].lawful_basis("KR") == "law"
    assert kb.concepts["person.passport_no"].lawful_basis("KR") == "consent_or_law"
    assert kb.concepts["person.passport_no"].lawful_basis("US") == ""
    assert kb.concepts["person.name"].lawful_basis("KR") == ""
    (tmp_path / "bad.yaml").write_text("version: 1\nconcepts:\n  - id: person.x\n    subject: person\n    ko: [엑스]\n"
                                       "    restricted: rule\n    lawful_by: consent\n", encoding="utf-8")
    with pytest.raises(FormslimError, match="lawful_by must be one of law, consent_or_law"):
        load_knowledge([tmp_path])


def test_the_checks_of_a_printed_notices_words_find_what_they_name_and_nothing_else():
    """notice_check entries: "… 등" closing a list of items, not a word that contains 등 (등급, 평등); a retention of
    decades, not of years, nor a year a period starts from; a period that starts before the consent."""
    from formslim.report.reduced_form import notice_sections

    kb = load_knowledge()
    def finds(entry: str, text: str) -> bool:
        return any(re.search(p, text) for p in kb.notices[entry].text_matches)
    assert finds("KR-PIPA-ITEMS-OPEN", "성명, 주소, 학력 및 경력 사항 등") and finds("KR-PIPA-ITEMS-OPEN", "대표자명 등 기업 기본정보")
    assert not finds("KR-PIPA-ITEMS-OPEN", "성명, 신용등급, 평등 원칙에 따른 등급")
    assert finds("KR-PIPA-RETENTION-LONG", "- 30년") and finds("KR-PIPA-RETENTION-LONG", "준영구")
    assert not finds("KR-PIPA-RETENTION-LONG", "협약 종료 후 5년") and not finds("KR-PIPA-RETENTION-LONG", "2025년 이전부터")
    assert finds("KR-PIPA-RETENTION-BEFORE", "동의서 작성 최근 3년 전부터 목적이 종료될 때까지")
    assert not finds("KR-PIPA-RETENTION-BEFORE", "신청일로부터 협약종료 후 5년까지")
    parts = dict(notice_sections("머리말\n[수집 항목]\n- 성명\n[보유 기간]\n- 5년"))
    assert parts["수집 항목"].strip() == "- 성명" and parts["보유 기간"].strip() == "- 5년" and parts[""] == "머리말"


@needs_corpus
def test_the_verdict_counts_questions_on_the_basis_documents_are_counted(tmp_path):
    """K-Startup: the documents are counted for an applicant who files only what every applicant files (3 → 1);
    so are the questions. Made online, the notice's log-in checks (실명인증, 기업인증) verify the representative
    and give the business number: no question is added, and the target is met. On a paper consolidated form
    the agency issues, that applicant would answer an ID check's data and a business number instead of handing
    in copies: more questions than today, so the target is not met, and the rise says why. A package whose
    documents are all filed by everyone (the KR sample) is judged as before."""
    from formslim.report.redesign import summary

    from .test_consolidated_host import paper_manifest

    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    s = summary(a)
    assert s["target_basis"] == "required"
    assert s["fields_required_before"] < s["fields_before"] and s["fields_required_after"] < s["fields_after"]
    # (no rise of questions for that applicant — the undertaking carried from the co-representative's document counted
    # as one the form adds, review 55 #4; documents 4 → 2, short of MSS's 51.1 %, review 55 #1)
    assert s["fields_required_after"] <= s["fields_required_before"] and not s["rises"]
    assert s["target_bases"][0]["basis"] == "required" and s["target_bases"][0]["reduction"] == 0.5
    a = analyze([CORPUS / "kr-kstartup-sandoc"], manifest_path=paper_manifest(tmp_path))
    s = summary(a)
    assert s["fields_required_after"] > s["fields_required_before"] and not s["target_met"]
    rise = next(r for r in s["rises"] if r["what"] == "questions")
    assert (rise["before"], rise["after"]) == (s["fields_required_before"], s["fields_required_after"])
    k = summary(analyze([SAMPLES / "kr-sme-support"]))
    assert k["target_basis"] == "all" and (k["fields_required_before"], k["fields_required_after"]) == (
        k["fields_before"], k["fields_after"])


def test_the_laws_a_notice_names_for_a_false_application_are_read():
    from formslim.parse.classify import false_claim_laws

    text = ("□ 다른 용도의 사업비 사용 또는 거짓 신청, 부정한 방법으로 정부지원사업비를 지원받은 경우 「형법」,\n"
            "「공공재정 부정청구 금지 및 부정이익 환수 등에 관한 법률」, 「보조금 관리에 관한 법률」 등에 따라 처벌받을 수 있음. "
            "「중소기업창업 지원법」 제2조에 따른 창업기업")
    assert false_claim_laws(text) == ("형법", "공공재정 부정청구 금지 및 부정이익 환수 등에 관한 법률", "보조금 관리에 관한 법률")
    assert false_claim_laws("「중소기업창업 지원법」에 따른 창업기업") == ()


@needs_corpus
def test_the_registry_consent_and_the_declaration_take_what_the_package_prints(tmp_path):
    """K-Startup's co-representative consent prints "[이용기관 명칭] 창업진흥원 [이용사무(이용 목적)] 창업지원 사무,
    …", and its notice the laws a false application is sanctioned under: the consolidated form states them,
    with where they are printed, instead of leaving them for the agency to write in."""
    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    write_report(a, tmp_path / "out")
    form = json.loads((tmp_path / "out" / "form.json").read_text(encoding="utf-8"))
    items = {i["id"]: i for s in form["sections"] for i in s["items"]}
    elements = {e["id"]: e for e in items["consent.registry_lookup"]["notice"]["elements"]}
    # (where it was read is the reviewer's note, "from", not the applicant's text)
    assert elements["agency"]["text"] == "창업진흥원" and not elements["agency"]["to_confirm"]
    assert "동의서" in elements["agency"]["from"]
    assert "창업지원 사무" in elements["purpose"]["text"] and "거부할 권리" in elements["refusal"]["text"]
    # the declaration is the undertaking the package prints (신청서 제출 관련 책임 동의), word for word — not a
    # sentence of formslim's naming the notice's laws (review 44 #6); in the English report too, as printed
    notice = items["declaration.truth"]["notice"]
    assert notice["notice"] == "printed" and notice["carried_from"] == "(해당 시) 공동대표 또는 각자대표 동의서"
    assert items["declaration.truth"]["label"].startswith("창업도약패키지 사업을 신청함에 있어")
    assert "「보조금 관리에 관한 법률」" not in items["declaration.truth"]["label"]
    # its clauses that have the applicant "consent" to sanctions or waive objections go to the legal review, as
    # printed: no printed sentence can do either (review 45 #9)
    # — and the form does not print them, leaving their place to the agency (review 55 #4)
    (pledge,) = [x for x in a.form["legal_review"] if "옮기는 서약" in x]
    assert "‘부정행위가 확인된 경우 관련 규정에 따른 제재 및 환수에 동의하며’" in pledge
    assert "‘참여제한 등의 조치에 이의가 없음을 재차 동의합니다’" in pledge and "서약하며" not in pledge
    # (said instead as what the law and the notice may bring, both wordings for the reviewer: review 60 #5)
    assert "통합 신청서에는 ‘부정행위가 확인된 경우 관련 규정에 따른 제재 및 환수의 대상이 될 수 있음을 알고 있으며’" in pledge
    assert "재차 동의" not in items["declaration.truth"]["label"]
    en = analyze([CORPUS / "kr-kstartup-sandoc"], lang="en")
    truth = next(i for s in en.form["sections"] for i in s["items"] if i["id"] == "declaration.truth")
    assert truth["label"].replace("[wording the agency settles after legal review]", "[법률 검토 뒤 기관이 정할 문구]") \
        == items["declaration.truth"]["label"]
    assert any(x.startswith("The declaration above the signature is the undertaking printed in") for x in en.form["legal_review"])


@needs_corpus
def test_the_consent_a_co_representative_gains_is_written_out_and_counted(tmp_path):
    """K-Startup: the co-representative's ID copy is checked by a registry the co-representative consents to
    in their own consent form. What that form gains — the consent to the ID check, the choice of ID and the
    data each check needs — is written out (form.json amendments, the DOCX), counted in that document's
    questions, and its resident number is put to the legal reviewer."""
    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    write_report(a, tmp_path / "out")
    form = json.loads((tmp_path / "out" / "form.json").read_text(encoding="utf-8"))
    (amend,) = form["amendments"]
    assert "공동대표" in amend["title"] and amend["signer"] == "공동대표"
    assert "주민등록증 진위확인" in amend["consent"]["label"] and amend["choice"]["options"] == ["주민등록증", "운전면허증", "여권"]
    # the 동의서 prints its own 행정정보 공동이용 consent, whose list of records already names the 자동차운전면허증: the
    # checks are added to that list — no second consent box beside the printed one (review 24, finding 11)
    consent = amend["consent"]
    assert consent["kind"] == "statement" and consent["options"] == [] and "notice" not in consent
    assert "자동차운전면허증" in consent["extends_printed"] and "사업자등록증명" in consent["extends_printed"]
    assert consent["add"] == ["KR-MOIS-IDCHECK", "KR-MOFA-PASSCHECK"] and consent["already"] == ["KR-KNPA-DLCHECK"]
    assert "이미 적혀 있음('자동차운전면허증')" in consent["label"]
    concepts = {i["concept"]: i for i in amend["items"]}
    assert {"person.rrn", "person.id_issue_date", "person.driver_license_no"} <= set(concepts)
    assert concepts["person.rrn"]["condition"] == "주민등록증 선택 시"
    assert any("주민등록번호" in x and "제24조의2" in x for x in form["legal_review"])
    # the identifiers no decree the document prints covers (운전면허번호, 여권번호) get the co-representative's
    # consent apart from the 공동이용 one (개인정보 보호법 제24조 제1항 제1호), with its notice; the resident number,
    # which no consent can allow, is said to need the printed decree (제24조의2) — review 45 #2
    separate = amend["separate_consent"]
    assert separate["concepts"] == ["person.driver_license_no", "person.passport_no"]
    assert separate["options"] == ["동의함", "동의하지 않음"] and "다른 동의와 별도" in separate["label"]
    elements = {e["id"]: e for e in separate["notice"]["elements"]}
    assert elements["items"]["text"] == "운전면허번호, 여권번호" and elements["retention"]["to_confirm"]
    assert "주민등록증" not in elements["purpose"]["text"] and "사본" in elements["refusal"]["text"]
    (law_only,) = amend["law_only"]
    assert law_only.startswith("주민등록번호: 동의로는 처리할 수 없는") and "시행령 제41조" in law_only
    assert "인쇄된 동의 하나에 서명하며, 따로 동의란을 두지 않습니다" not in consent["label"]
    assert any("운전면허번호, 여권번호" in x and "제24조 제1항 제1호" in x for x in form["legal_review"])
    # the 주민등록증 record its printed 공공 마이데이터 request already has sent is a channel open now, for the reviewer;
    # the passport, which it does not list, is not said to be (review 45 #7)
    (mydata,) = [x for x in form["legal_review"] if "전자정부법 제43조의2) —" in x]
    assert "이미 주민등록증(행정안전부)을 기관에 보내도록" in mydata and "여권" not in mydata
    # a decree one block prints for collecting resident numbers is no basis for the block that gives them to
    # third parties: each block of the 동의서 is read on its own (review 45 #3)
    assert any("「개인정보 제3자 정보제공 동의」" in x and "주민등록번호" in x and "근거 법령을 인쇄하지 않았다" in x
               for x in form["legal_review"])
    assert not any("「개인(기업) 정보제공 및 신용조회 동의」" in x and "주민등록번호" in x for x in form["legal_review"])
    host = next(d for d in a.plan.documents if d.added)
    # (choice, number, issue date and the separate consent added; its nine signature blocks made one: F-SIGN-ONCE)
    # (no consent box becomes a notice before the legal review confirms the law its notice names: review 55 #5)
    signed_once = sum(1 for fp in a.plan.fields if (fp.document or fp.file) == host.key and fp.action == "drop_duplicate")
    informed = sum(1 for fp in a.plan.fields if (fp.document or fp.file) == host.key and fp.action == "inform")
    assert host.fields_after == host.fields_before - signed_once - informed + host.added and host.added == 4
    assert informed == 0
    document = docx.Document(str(tmp_path / "out" / "consolidated_form.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    # (what the agency adds to the printed consent list is its drafting note, in a grey box apart from the form's
    # text — review 61 #10)
    notes = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells if "기관 작성 안내" in c.text)
    assert "보완할 서류" in text and "진위확인할 신분증" in text and "목록에 더합니다" in notes and "목록에 더합니다" not in text
    assert "고유식별정보(운전면허번호, 여권번호) 수집·이용 동의 (이 서류의 다른 동의와 별도): ☐ 동의함   ☐ 동의하지 않음" in text
    assert "☐ 이 서류에 인쇄된" not in text  # (a statement, not a box to tick)
    # the HWPX copy, the format the agency edits, holds it too: its data as click-here fields (누름틀)
    with zipfile.ZipFile(tmp_path / "out" / "consolidated_form.hwpx") as z:
        section = z.read("Contents/section0.xml").decode("utf-8")
    assert "보완할 서류" in section and "진위확인할 신분증" in section
    assert all(f"amendment:{i['id']}" in section for i in amend["items"])


def test_a_pledge_that_waives_objections_goes_to_the_legal_review_as_printed():
    """The KR sample's 청렴 서약서 is merged, its pledge carried word for word; its "위 사항을 위반할 경우 지원 취소 및
    환수 조치에 이의를 제기하지 않겠습니다" waives what no printed sentence can: said to the legal reviewer with the
    clause as printed, the pledge named by its title (review 45 #9). The English report says it in English."""
    from .conftest import SAMPLES

    a = analyze([SAMPLES / "kr-sme-support"])
    (line,) = [x for x in a.form["legal_review"] if "옮겨 적은 서약" in x]
    assert line.startswith("통합 신청서가 옮겨 적은 서약(「청렴 서약서」에서)의 ‘위 사항을 위반할 경우 지원 취소 및 환수 조치에 "
                           "이의를 제기하지 않겠습니다’") and "행정심판" in line
    en = analyze([SAMPLES / "kr-sme-support"], lang="en")
    assert any(x.startswith("The pledge the form carries (from “청렴 서약서”) says") and "statutory remedies" in x
               for x in en.form["legal_review"])


def test_a_fillable_consent_forms_notice_is_read_from_the_page_above_its_boxes():
    """The sample's 개인정보 수집·이용 동의서 is a fillable PDF: its widgets have no block of text to read back from,
    so the notice is read from the page's printed lines above the consent boxes — the prose ones, not the
    captions beside answer boxes ("성명", "생년월일") nor the title — and both boxes share it."""
    from formslim import read_document

    from .conftest import SAMPLES

    d = read_document(SAMPLES / "kr-sme-support" / "03_개인정보_수집이용_동의서.pdf")
    assert len(d.notices) == 1 and len(d.notices[0].fields) == 2
    text = d.notices[0].text
    assert "3. 보유 기간: 사업 종료 후 5년" in text and "2. 수집이용 목적: 지원 대상 선정 및 사후관리" in text
    assert "성명" not in text.split("\n") and "동의서" not in text.split("\n")[0]


def test_a_signers_role_word_beside_a_signature_mark_is_that_signers_name():
    """"작성자: ____ (서명)" (the KR sample's 참여인력 현황): the role word alone, on the signature line, asks the signer's
    name — asked in the signer's block of the consolidated form, not as a bare "작성자" question."""
    from formslim.parse.notices import is_signing_name

    from .conftest import SAMPLES

    d = read_document(SAMPLES / "kr-sme-support" / "10_참여인력_현황.hwpx")
    writer = next(f for f in d.fields if f.label == "작성자")
    assert is_signing_name(writer, d.fields)
    other = next(f for f in d.fields if f.label == "채용 예정 시기")
    assert not is_signing_name(other, d.fields)


def test_a_notice_that_only_the_representative_may_apply_is_read():
    from formslim.parse.classify import login_checks

    checks = login_checks("사업 신청은 반드시 창업기업 대표자 본인이 신청‧접수하여야 하며, 타인이 신청‧접수하는 경우 탈락 처리")
    assert checks and checks[0].startswith("in_person: 사업 신청은 반드시 창업기업 대표자 본인이")
    assert login_checks("대표자가 서명합니다") == ()


@needs_corpus
def test_a_consent_form_signed_after_each_consent_is_signed_once():
    """K-Startup's co-representative's 동의서 ends each of its consent pages in 작성일 · 성명 · (서명): nine blocks of
    one person. The plan keeps the document (another person signs it) but asks the name, date and signature once
    (F-SIGN-ONCE, review 24 finding 14); each consent stays its own box. The SBA 601's two "Signature of Authorized
    Official" blocks — the applicant's and a subrecipient's, under their own names, no consent between — stay."""
    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    host = next(d for d in a.plan.documents if d.added)
    mine = [fp for fp in a.plan.fields if (fp.document or fp.file) == host.key]
    dropped = [fp for fp in mine if fp.action == "drop_duplicate"]
    assert len(dropped) == 24 and {fp.kind for fp in dropped} == {"date", "text", "signature"}
    # every consent still its own box — 고유식별정보 too, collected "동의 없이" under a decree its notice names, until
    # the legal review confirms that decree (C-NO-CONSENT-NEEDED/to_confirm; review 55 #5, after review 44 #3)
    rules = {d.id: d.rule for d in a.plan.decisions}
    assert all(fp.action == "ask" for fp in mine if fp.kind == "radio")
    assert sum(fp.action == "inform" for fp in mine) == 0
    assert {rules[fp.decision] for fp in dropped} == {"F-SIGN-ONCE"}
    assert host.fields_after == host.fields_before - 24 + host.added and host.signed_once == 9
    # the change is the agency's to make, so it is written out — in the amendment of that document, the brief and the
    # legal review (one signature covering a 공공 마이데이터 request too) — and the keeping decision says it (review 25)
    (amend,) = a.form["amendments"]
    assert amend["signed_once"] == 9
    assert any("9건에 서명 한 번" in x and "제43조의2" in x for x in a.form["legal_review"])
    keep = next(x for x in a.plan.decisions if x.rule == "K-SIGNER" and host.key in x.documents)
    assert "signed_once" in keep.variant.split("+") and "F-SIGN-ONCE" in keep.reason
    from formslim.report.redesign import brief
    # (on the line that says what is added to it: one line for one document)
    assert any(line.startswith("보완해 유지: ") and "작성일·성명·서명란 9개를" in line for line in brief(a)["package"])
    sba = analyze([CORPUS / "sba-buddy"])
    assert not any(d.rule == "F-SIGN-ONCE" for d in sba.plan.decisions)


def test_other_persons_listed_and_a_third_party_provision_the_form_does_not_print_go_to_legal_review():
    """The KR sample (review 25, finding 9): its 참여인력 현황, merged as a list, asks the participants' 성명 and
    생년월일 — other persons' data the applicant's consent does not cover; its consent is titled "… 수집이용 및
    제3자 제공 동의서" but prints no recipient, purpose, items or period for a provision and no box for it, so the
    consolidated form asks collection and use only — both go to the legal reviewer, said once each. Consents
    whose titles speak of no provision to third parties (the US sample's) raise no such line."""
    a = analyze([SAMPLES / "kr-sme-support"])
    review = a.form["legal_review"]
    # (its 책임자 is asked outside the list too: one line for the form's data of those persons — review 52 #8)
    listed = [x for x in review if x.startswith("통합 신청서가 신청인이 아닌 사람의 정보를 묻는다")]
    assert len(listed) == 1 and "성명" in listed[0] and "생년월일" in listed[0] and "제20조" in listed[0]
    provision = [x for x in review if "제3자 제공 동의를 말하지만" in x]
    assert len(provision) == 1 and "제17조제2항" in provision[0]
    consents = [i["label"] for s in a.form["sections"] if s["id"] == "consents" for i in s["items"]]
    assert not any("제3자" in x for x in consents)
    us = analyze([SAMPLES / "us-small-business-loan"])
    assert not any("third parties" in x for x in us.form["legal_review"])


@needs_corpus
def test_a_kept_consent_of_another_person_is_checked_against_the_law_too(tmp_path):
    """Review 44 #3 (an MSS 사무관): the co-representative's 동의서 stays theirs (K-SIGNER), yet its 위탁 box (제26조:
    disclosed, not consented to) and its 고유식별정보 box (its own notice: collected "동의 없이"; a box until its decree is
    confirmed — review 55 #5) ask consents the law may not need — said in the agency's amendment of that document, never in the applicant's form; and the
    consents it prints whose refusal "restricts the application" where the law lets no such thing follow — two
    optional ones (지원 효과 분석·만족도 조사; 정책연구·통계) and the 행정정보 공동이용 consent (refused, the
    applicant submits the documents) — go to the legal review with the sentence as printed; so do the first block,
    whose optional items (선택항목: 지역, 특허고객번호) are refused only with the whole, the credit check made before
    payment, and the 공공 마이데이터 request, which is the person's request, not a consent (review 45 #4). The consent
    whose purpose is the assessment itself (개인정보 제3자 제공 for 선정평가·보증) is not flagged."""
    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    write_report(a, tmp_path)
    plan = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    rules = {d["id"]: d for d in plan["decisions"]}
    mine = {f["label"]: f for f in plan["fields"] if f["document"] == "별첨2_증빙서류_제출목록_양식.hwp#part5"}
    # (its 고유식별정보 box stays until the decree its notice names is confirmed to cover each number: review 55 #5)
    assert mine["고유식별정보"]["action"] == "ask"
    (pending,) = [d for d in plan["decisions"] if d["rule"] == "C-NO-CONSENT-NEEDED"]
    assert pending["variant"] == "to_confirm" and pending["fields"] == [mine["고유식별정보"]["field"]]
    # (its 위탁 list names the recipients' own business — guarantees, loans —: a consent after all, review 45 #1)
    assert mine["개인정보"]["action"] != "inform" and mine["개인정보 위탁"]["action"] != "inform"
    form = json.loads((tmp_path / "form.json").read_text(encoding="utf-8"))
    (amended,) = form["amendments"]
    assert not amended.get("informs")
    (confirm,) = [x for x in form["legal_review"] if "‘고유식별정보’ 동의란은 동의로 남김" in x]
    assert "주민등록번호, 외국인등록번호" in confirm and "중소기업창업 지원법 시행령 제41조" in confirm \
        and "제24조 제1항 제1호" in confirm
    applicant = " ".join(i["label"] for s in form["sections"] for i in s["items"])
    assert "위탁 안내" not in applicant and "고유식별정보 수집 안내" not in applicant
    flagged = [x for x in form["legal_review"] if "인쇄된 동의 「" in x and "거부하면 ‘" in x]
    assert [x.split("「", 1)[1].split("」", 1)[0] for x in flagged] == [
        "개인(기업) 정보제공 및 신용조회 동의",
        "중소기업 지원사업 통합관리시스템 정보 활용을 위한 동의서", "기업통합 데이터 공동 활용을 위한 제3자 정보제공 동의",
        "행정정보 공동이용 사전 동의", "신용정보 수집 동의", "공공 마이데이터 본인 정보 제3자 제공요구서"], flagged
    assert all("신청에 제한" in x for x in flagged)
    assert "선택항목 : 지역, 특허고객번호" in flagged[0] and "제16조 제3항, 제22조 제5항" in flagged[0]
    assert "제16조 제3항, 제22조 제5항" in flagged[1] and "민원 처리에 관한 법률 제10조 제3항" in flagged[3]
    assert "서류를 직접 제출" in flagged[3]
    assert "지급 전" in flagged[4] and "신용정보의 이용 및 보호에 관한 법률 제32조" in flagged[4]
    assert "요구이지 동의가 아님" in flagged[5] and "전자정부법 제43조의2" in flagged[5]
    # its first block collects "개인정보보호법 제15조제1항제3호에 따라" — a basis that needs no consent — and asks one:
    # whether it is needed, for the reviewer, though the document is kept as it is (review 45 #5)
    (basis,) = [x for x in form["legal_review"] if "제22조 제3항" in x]
    assert "「개인(기업) 정보제공 및 신용조회 동의」" in basis and "제15조제1항제3호에 따라" in basis
    # what the blocks print under their headings: items left open with "등", a period that starts before the consent,
    # a retention of thirty years (review 45 #6)
    said = [x for x in form["legal_review"] if "인쇄된 동의 「" in x and "]에 ‘" in x]
    assert any("[제공하는 개인정보의 항목]에 ‘학력 및 경력 사항 등’" in x for x in said)
    assert any("‘동의서 작성 최근 3년 전부터 목적이 종료될 때까지’ — 보유·이용 기간이 동의 이전부터" in x for x in said)
    assert any("[개인정보의 보유 및 이용기간]에 ‘30년’" in x and "제21조" in x for x in said)
    assert not any("‘5년’" in x or "‘3년’" in x for x in said)
    # the applicant's consent to fetch the 사업자등록증명 is one the package already prints (the co-representative's
    # copy of the online terms lists it): asked before a second consent is added (review 44 #4)
    (already,) = [x for x in form["legal_review"] if "이미 「" in x]
    assert already.startswith("통합 신청서가 받는 사업자등록증명 행정정보 공동이용 동의는 이미 「(해당 시) 공동대표 또는 각자대표 "
                              "동의서」의 행정정보 공동이용 사전 동의 목록에 인쇄되어 있음") and "민원 처리에 관한 법률 제10조 제3항" in already
    # (in the consolidated DOCX too: the amendment's line)
    text = "\n".join(p.text for p in docx.Document(tmp_path / "consolidated_form.docx").paragraphs)
    assert "「고유식별정보 수집 안내」 칸은 법령상 동의가 필요 없는 처리" not in text


@needs_corpus
def test_an_entrustment_list_naming_the_recipients_own_business_stays_a_consent():
    """Review 45 #1 (a privacy reviewer): the co-representative's 동의서 lists under "[수탁업체 및 위탁 업무]" the
    guarantee funds, an insurer and 신용회복위원회 "보증 및 융자 업무 등" — their own business toward the founder, a
    provision to a third party (개인정보 보호법 제17조; 대법원 2016도13263), not an entrustment (제26조). The box
    stays a consent (no C-NO-CONSENT-NEEDED), and the legal review asks for the list to be split; the
    고유식별정보 box its own notice says is collected "동의 없이" stays a box until its decree is confirmed (review 55 #5)."""
    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    mine = {fp.label: fp for fp in a.plan.fields if (fp.document or fp.file) == "별첨2_증빙서류_제출목록_양식.hwp#part5"}
    assert mine["개인정보 위탁"].action != "inform" and mine["고유식별정보"].action == "ask"
    (line,) = [x for x in a.form["legal_review"] if "수탁자 자신의 업무" in x]
    assert "보증 및 융자 업무" in line and "제17조" in line and "제26조" in line
    assert not a.form["amendments"][0].get("informs")
