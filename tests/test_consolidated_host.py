"""Where the consolidated form lives. A narrative (a business plan) never hosts it: consents, identities
and declarations grafted onto a plan make it another document than the one evaluated, and a programme
often prescribes the plan's template ("사업계획서는 … 양식을 사용하여 작성해야 하며, 그 외 양식으로 제출 시
평가 대상에서 제외", K-Startup 2025 notice p. 8). With no other form, the consolidated form is the online
application the notice says every applicant fills (no added document), else a new form, counted as one.
Packages written here with python-docx; the K-Startup expectations from its notice and forms."""
import json

import docx

from formslim.pipeline import analyze

from .conftest import CORPUS, needs_corpus


def _plan(path):
    d = docx.Document()
    d.add_heading("창업기업 사업계획서", 0)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, label in enumerate(["기업명", "대표자 성명", "사업자등록번호"]):
        t.cell(i, 0).text = label
    for heading in ["1. 문제인식", "2. 실현가능성", "3. 성장전략", "4. 팀 구성"]:
        d.add_heading(heading, 1)
        box = d.add_table(rows=1, cols=1)
        box.style = "Table Grid"
    d.save(path)


def _consent(path):
    d = docx.Document()
    d.add_heading("개인정보 수집·이용 동의서", 0)
    for line in ["1. 수집·이용 목적: 지원사업 신청 자격 검토", "2. 수집 항목: 성명, 연락처", "3. 보유 기간: 5년",
                 "4. 동의를 거부할 권리가 있으며, 거부 시 지원이 제한될 수 있습니다.",
                 "위 내용에 동의하십니까?  동의함 □   동의하지 않음 □"]:
        d.add_paragraph(line)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(1, 0).text = "성명", "서명"
    d.save(path)


def _notice(path):
    d = docx.Document()
    d.add_heading("2026년 창업지원사업 모집 공고", 0)
    d.add_paragraph("◦ 제출서류: ① 사업신청서 온라인 입력 ② 사업계획서 파일 첨부")
    d.add_paragraph("- 사업계획서는 본 공고문에 첨부된 양식을 사용하여 작성해야 하며, 그 외 양식으로 제출 시 평가 대상에서 제외")
    d.save(path)


def _rules(a):
    return {x.id: x for x in a.plan.decisions}


def test_a_plan_and_a_consent_without_a_notice_get_a_new_form_counted_as_a_document(tmp_path):
    _plan(tmp_path / "사업계획서.docx")
    _consent(tmp_path / "개인정보_동의서.docx")
    a = analyze([tmp_path])
    rules = _rules(a)
    plan = next(d for d in a.plan.documents if d.file == "사업계획서.docx")
    assert plan.decision == "keep" and rules[plan.decisions[0]].rule == "K-NARRATIVE"
    assert a.plan.primary is None and a.plan.consolidated == "new"
    assert any(x.rule == "K-NEW-FORM" for x in a.plan.decisions)
    # the consent moves into the new form: two documents before, two after (plan + new form)
    assert (a.plan.documents_before, a.plan.documents_after) == (2, 2) and not a.plan.target_met
    assert any(b.file == "consolidated form (new)" for b in a.burden.after)


def test_the_notices_online_application_hosts_it_and_the_prescribed_template_stays(tmp_path):
    _plan(tmp_path / "사업계획서.docx")
    _consent(tmp_path / "개인정보_동의서.docx")
    _notice(tmp_path / "모집공고.docx")
    a = analyze([tmp_path])
    rules = _rules(a)
    online = next(x for x in a.plan.decisions if x.rule == "K-ONLINE-APPLICATION")
    assert "사업신청서 온라인 입력" in online.evidence[0]
    assert a.plan.consolidated == "online" and (a.plan.documents_before, a.plan.documents_after) == (2, 1)
    plan = next(d for d in a.plan.documents if d.file == "사업계획서.docx")
    narrative = rules[plan.decisions[0]]
    assert narrative.rule == "K-NARRATIVE" and "prescribes" in narrative.reason
    assert any("그 외 양식으로 제출 시 평가 대상에서 제외" in e for e in narrative.evidence)
    # the online form is filled today too: no second familiarisation, no second submission
    online_burden = next(b for b in a.burden.after if b.file.startswith("online application"))
    assert online_burden.minutes["familiarisation"] == 0 and online_burden.minutes["transmission"] == 0


@needs_corpus
def test_the_kstartup_business_plan_is_not_the_consolidated_form(tmp_path):
    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    rules = _rules(a)
    plan = next(d for d in a.plan.documents if d.key == "별첨1_사업계획서_양식.hwp")
    assert [rules[i].rule for i in plan.decisions] == ["K-NARRATIVE"]
    assert a.plan.primary is None and a.plan.consolidated == "online"
    # its computed budget lines stay asked in it: the template is kept as it is
    assert not any(fp.action == "drop_derived" and fp.document == plan.key for fp in a.plan.fields)
    from formslim.report.redesign import write_report

    write_report(a, tmp_path / "out")
    form = json.loads((tmp_path / "out" / "form.json").read_text(encoding="utf-8"))
    # each file once, never a twin (the DOCX copies of the HWP forms)
    assert form["replaces"] == ["별첨2_증빙서류_제출목록_양식.hwp"]
    plan_json = json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))
    assert plan_json["consolidated_form"]["in"] == "online" and plan_json["consolidated_form"]["document"] is None
