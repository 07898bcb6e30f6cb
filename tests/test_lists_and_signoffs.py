"""Lists of several filings and sign-offs of one's own (reviews 24 #2-3, 25 #1).

A list of all the persons a filer files for (the 추천기관's 공적요약서: one row per 포상 후보자) is not one
person's data: it is not merged into one person's form. A list of the applicant's own participants is, and two
variants of it (개인 / 단체) print as two tables, each asked in its case. A 확인자 printed with a post of the
filer's own hierarchy ("확인자 담당 과장(팀장)") is its internal approval, not another party; a 확인자 with a 소속
of their own to fill (a site check) stays an official; "작성자(인사담당자)" names the personnel office.
Packages made here with python-docx; the 정부포상 bundle of the corpus."""
import json

import docx

from formslim.model import Field, Location
from formslim.parse.parties import read_parties
from formslim.pipeline import analyze
from formslim.report.redesign import write_report

from .conftest import CORPUS, needs_corpus
from .recommendation_maker import _table

AWARD = "kr-hwplib/붙임1_정부포상_추천_구비서류_서식.hwp"


def _application(path):
    d = docx.Document()
    d.add_heading("2026년 지역혁신 협력사업 신청서", 0)
    _table(d, [[label, ""] for label in ["신청기업명", "사업자등록번호", "대표자 성명", "주소", "전화번호"]])
    d.add_paragraph("위와 같이 협력사업을 신청합니다.")
    d.add_paragraph("2026년   월   일")
    d.add_paragraph("신청인 (대표자)                (서명 또는 인)")
    d.save(path)


def _participants(path, kind, columns):
    d = docx.Document()
    d.add_heading(f"협력사업 참여자 명단 ({kind})", 0)
    t = d.add_table(rows=4, cols=len(columns) + 1)
    t.style = "Table Grid"
    t.cell(0, 0).text = "번호"
    for j, c in enumerate(columns):
        t.cell(0, j + 1).text = c
    for i in range(1, 4):
        t.cell(i, 0).text = str(i)
    d.save(path)


def test_two_variant_lists_of_the_applicants_own_participants_are_two_tables_each_in_its_case(tmp_path):
    """The applicant's list of its own participants is part of its application: merged; its two variants
    (개인 / 단체) print as two tables, each under its title, not one table of both forms' columns, and each is
    asked in the case of the kind of participant — not "where … (개인) is filed", a document merged away."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    _application(pkg / "01_신청서.docx")
    _participants(pkg / "02_참여자_명단_개인.docx", "개인", ["성명", "생년월일", "담당 업무", "참여 기간"])
    _participants(pkg / "03_참여자_명단_단체.docx", "단체", ["단체명", "사업자등록번호", "대표자 성명", "참여 기간"])
    a = analyze([pkg])
    # (the 단체 list's columns are each listed organisation's — its 사업자등록번호 not the applicant's, its 대표자
    # not the applicant's representative: review 26 #3)
    listed = {f.label: a.match.readings[f.id] for d in a.package.documents if "단체" in d.path for f in d.fields}
    for label in ("단체명", "사업자등록번호", "대표자 성명"):
        assert listed[label].role == "member", (label, listed[label].role, listed[label].role_from)
    rules = {x.id: x.rule for x in a.plan.decisions}
    lists = [d for d in a.plan.documents if "명단" in d.title]
    assert len(lists) == 2 and all(d.decision == "merge" for d in lists)
    assert not any(rules[i] == "K-SUBJECT-LIST" for d in lists for i in d.decisions)
    write_report(a, tmp_path / "out")
    form = json.loads((tmp_path / "out" / "form.json").read_text(encoding="utf-8"))
    cases = {i.get("condition") for s in form["sections"] if s["id"] == "rosters" for i in s["items"]}
    assert cases == {"개인인 경우", "단체인 경우"}, cases
    d = docx.Document(tmp_path / "out" / "consolidated_form.docx")
    heads = [[c.text for c in t.rows[0].cells] for t in d.tables]
    individual = next(h for h in heads if any(x.endswith("생년월일") for x in h))
    body = next(h for h in heads if "단체명" in h)
    assert individual is not body and not any(x.endswith("생년월일") for x in body)
    texts = [p.text for p in d.paragraphs]
    assert "협력사업 참여자 명단 (개인)" in texts and "협력사업 참여자 명단 (단체)" in texts


def _mark(fid, label):
    return Field(id=fid, label=label, normalized_label=label, kind="signature", location=Location(file="x.docx"),
                 source="docx-table")


def test_a_confirmer_with_a_post_of_ones_own_is_an_internal_approval_and_with_a_unit_to_fill_an_official():
    """The words printed between a sign-off slot and its mark say whose it is."""
    own = ("위 공적 내용이 틀림없음을 확인합니다. 2016. ○○. ○○ 작성자 기관(또는 부서) 포상담당 (직급) (성명) (서명) "
           "확인자 담당 과장(팀장) (직급) (성명) (서명)")
    marks = (_mark("f1", "작성자 (서명)"), _mark("f2", "확인자 (서명)"))
    signers, _ = read_parties("공적 확인서", own, marks, "certificate")
    assert {s.signer for s in signers} == {"writer", "approver"}, signers
    site = "4. 현지확인자 의견 위와 같이 확인함 2016. . . 확인자 소속 : 직급 : 성명 : (인)"
    signers, _ = read_parties("현지확인서", site, (_mark("f1", "확인자 (인)"),), "certificate")
    assert {s.signer for s in signers} == {"agency_official"}, signers
    record = ("22)작성자(인사담당자) 23)확인자(인사담당관) 직급 성 명 (인) 직급 성 명 (인) 위 기재사항은 인사기록원본과 "
              "다름없이 정확하게 기록하였음을 확인함.")
    signers, _ = read_parties("공무원인사기록요약서", record, (_mark("f1", "작성자 (인)"), _mark("f2", "확인자 (인)")), "form")
    assert {s.signer for s in signers} == {"personnel_office"}, signers
    # (a 확인자 alone, with no writer or filer beside them, is not read as anyone's internal approval)
    alone = "위와 같이 확인함 확인자 담당 과장 (서명)"
    signers, _ = read_parties("확인서", alone, (), "certificate")
    assert {s.signer for s in signers} == {"agency_official"}, signers


@needs_corpus
def test_the_award_bundles_lists_of_candidates_stay_and_nothing_is_claimed_merged(tmp_path):
    """정부포상 bundle (reviews 24, 25): the 추천기관 files for several candidates. Its 추천자 현황 and 공적요약서
    list them all, one row each: kept, not merged into one candidate's 추천서. The 공적조서 (단체) is the variant
    of the prescribed 공적조서 (개인): kept with it. The 공적 확인서 its own staff write and approve is not
    "signed by another party" nor "an issued certificate": kept, as merging it saves no question. The personnel
    record summary is the personnel office's; the site check an official's. The 추천인 who signs the main form
    files the package, so no blocker names them as another party — and no cut is claimed where none is made."""
    a = analyze([CORPUS / AWARD])
    rules = {x.id: x for x in a.plan.decisions}
    by_title = {d.title: d for d in a.plan.documents}

    def rule(title):
        return [rules[i].rule for i in by_title[title].decisions]

    for title in ("정부포상 추천자 현황", "공적요약서 (개인)", "공적요약서 (단체)"):
        assert rule(title) == ["K-SUBJECT-LIST"], (title, rule(title))
    listed = rules[by_title["공적요약서 (개인)"].decisions[0]]
    assert any("asked of one beneficiary in 공적조서 (개인)" in e for e in listed.evidence), listed.evidence
    # (the list of 단체 is evidenced by the 단체's own form, not the 개인's: review 27)
    listed = rules[by_title["공적요약서 (단체)"].decisions[0]]
    assert any("asked of one beneficiary in 공적조서 (단체)" in e for e in listed.evidence), listed.evidence
    assert rule("공적조서 (개인)") == ["K-STATUTORY"] and rule("공적조서 (단체)") == ["K-VARIANT"]
    assert rule("공적 확인서") == ["K-ATTESTATION"]
    # (approved by its own 확인자: kept for the two sign-offs, even now that its candidate block is read as the one
    # candidate's — 성명, 소속, 직위, 훈격 once each, not a roster of three — and could be filled from the 추천서)
    attest = rules[by_title["공적 확인서"].decisions[0]]
    assert attest.variant == "approved" and any("asked in another form too" in e for e in attest.evidence)
    block = [f for d in a.package.documents for x in d.logical if x.title == "공적 확인서" for f in x.fields
             if f.label in ("성명", "직위(직급)", "추천예정 훈격")]
    assert len(block) == 3 and all(f.repeats == 1 and f.subject == "beneficiary" for f in block), block
    # (the note printed across the 추천자 현황's ③–⑦ columns, "질병관리본부(감염병관리과) 일괄 조회": that body looks
    # them up — not the filer's questions; ⑧ ⑨ "포상대상자 소속기관에서 확인 및 작성" stay asked: review 26 #2)
    listed = {fp.label: fp for fp in a.plan.fields if fp.document.endswith("#part1")}
    looked = [fp for label, fp in listed.items() if label.startswith(("추천제한 조회결과", "세금체납"))]
    assert len(looked) == 7 and all(fp.action == "other_party" and fp.source == "질병관리본부(감염병관리과)"
                                    for fp in looked), [(fp.label, fp.action, fp.source) for fp in looked]
    assert listed["징계 (연도‧종류, 사면)"].action == "ask"
    assert any("looks up 7 column(s)" in x for x in a.plan.assumptions)
    assert {s.signer for s in by_title["공적 확인서"].signers} == {"writer", "approver"}
    assert {s.signer for s in by_title["공무원인사기록요약서"].signers} == {"personnel_office"}
    assert {s.signer for s in by_title["현지확인서"].signers} == {"agency_official"}
    # the recommending agency files the package — its head, the 추천관, signs the 공적조서 with the 관인 — not the
    # 추천서's 추천인, who may be anyone (review 31 #1)
    assert a.plan.filer == "recommending_agency"
    assert any("signed in the name of the recommending_agency ('추천관 (관인)')" in x for x in a.plan.assumptions)
    assert not any(b["rule"] == "K-SIGNER" and "recommending_agency" in rules[d].reason for b in a.plan.blockers
                   for d in by_title[b["title"]].decisions)
    assert a.plan.documents_after == a.plan.documents_before == 8 and not a.plan.target_met
    assert not any(d.decision == "merge" for d in a.plan.documents)
    write_report(a, tmp_path)
    plan = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    assert plan["consolidated_form"]["filer"] == "recommending_agency"
    # (no consolidated form, no DOCX written — and plan.json names none, review 26)
    assert plan["consolidated_form"]["docx"] is None and not (tmp_path / "consolidated_form.docx").exists()
    assert plan["summary"]["fields_after"] == plan["summary"]["fields_before"] and not plan["summary"]["rises"]
    # (the 동의서 names "범죄경력 조회" among its purposes and "주민등록번호" among its items, and prints only 개인정보보호법
    # 제15조: the legal review asks for the basis 제23조 and 제24조의2 require — review 27)
    form = json.loads((tmp_path / "form.json").read_text(encoding="utf-8"))
    scope = [x for x in form["legal_review"] if x.startswith("정부포상에 대한 동의서: 동의서가 목적·항목에")]
    # (the forms cite the 2016 정부포상업무지침 and a 2014 장관표창 운영지침: which is in force is the legal reviewer's to
    # confirm, not only an assumption — review 31 #13)
    editions = [x for x in form["legal_review"] if x.startswith("이 묶음의 서식들이 서로 다른 근거 규정")]
    assert len(editions) == 1 and "2016년도 정부포상업무지침 (" in editions[0] and \
        "2014년도 보건복지부 장관표창 운영지침 (공무원인사기록요약서, 현지확인서)" in editions[0], form["legal_review"]
    assert any("범죄경력" in x and "제23조" in x for x in scope) and any("주민등록번호" in x and "제24조의2" in x
                                                                     for x in scope), form["legal_review"]
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    # (its questions are asked of the 추천기관 that files it, not of an "applicant" (review 27) nor of the 추천서's
    # 추천인 (review 31 #1))
    assert "신청인 기재" not in md and "제출자(추천기관) 기재" in md and "제출자(추천인)" not in md
    # (the report says, in Korean, why each list stays and what would let it go)
    assert "제출자가 추천·신청하는 모든 사람의 명단" in md
    # (the summary and its cards name the filer too, as the brief does: review 28 leftover)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    for text in (md, html):
        assert "모든 신청인" not in text and "신청 1건당" not in text
    assert "- 제출 1건당 소요 시간(분) (모든 제출자가 내는 서류 기준):" in md


def test_a_forms_printed_source_is_read_with_its_edition():
    """The rule a Korean form's header prints as its source, brackets as printed (the bundle's mismatched
    "[별지 제6호의1 서식)"), and the edition of an agency's rule of a year — a statute is none."""
    from formslim.parse.classify import form_source, source_edition

    src = form_source("별표1 정부포상 추천자 현황 2016년도 정부포상업무지침[별지 제6호의1 서식) 소속")
    assert src == "2016년도 정부포상업무지침 [별지 제6호의1 서식]"
    assert source_edition(src) == ("정부포상업무지침", "2016")
    src = form_source("공무원인사기록요약서 2014년도 보건복지부 장관표창 운영지침[붙임5 서식) 공 무 원")
    assert src == "2014년도 보건복지부 장관표창 운영지침 [붙임5 서식]"
    statute = form_source("■ 상훈법 시행령 [별지 제1호서식] <개정 2015.12.31.>")
    assert statute == "상훈법 시행령 [별지 제1호 서식]" and source_edition(statute) == ("", "")
    assert form_source("위와 같이 신청합니다.") == ""


@needs_corpus
def test_forms_of_two_guidelines_in_one_bundle_are_put_to_the_reviewer():
    """The 정부포상 bundle mixes the 2016 정부포상업무지침's forms with two of the 2014 보건복지부 장관표창
    운영지침 (review 25, finding 12): each document says its source, and the plan asks the reviewer to confirm
    each is the form in force; a package of one rule (the fire forms: a 시행규칙 and a 고시) is not flagged."""
    a = analyze([CORPUS / AWARD])
    source = {d.title: d.form_source for d in a.plan.documents}
    assert source["현지확인서"] == "2014년도 보건복지부 장관표창 운영지침 [붙임6 서식]"
    assert source["정부포상 추천자 현황"].startswith("2016년도 정부포상업무지침")
    line = next(x for x in a.plan.assumptions if "different rules or editions" in x)
    assert "2014년도 보건복지부 장관표창 운영지침 (공무원인사기록요약서, 현지확인서)" in line
    fire = analyze([CORPUS / "kr-fire-forms"])
    assert not any("different rules or editions" in x for x in fire.plan.assumptions)
    # the legal review names each kept form with the rule it prints — a decree's form may be the basis for the
    # 주민등록번호 a guideline's is not — and puts the criminal-record checks (민감정보) to the reviewer too
    review = a.form["legal_review"]
    rrn = next(x for x in review if "제24조의2" in x)
    assert "공적조서 (개인) (상훈법 시행령 [별지 제1호 서식])" in rrn and "(2014년도 보건복지부 장관표창 운영지침 [붙임5 서식])" in rrn
    crime = next(x for x in review if "제23조" in x)
    assert "정부포상 추천자 현황" in crime and "형의 실효 등에 관한 법률 제6조" in crime
    assert not any("동의는 근거가 되지 않음" in x for x in review)


@needs_corpus
def test_links_between_documents_kept_as_they_are_are_not_asked(tmp_path):
    """The fire forms: the report stays as prescribed and the 점검표 is the building's record, received — a
    person confirming that "개" on one is "개" on the other changes nothing, so the review queue asks none of
    those links and says how many it leaves out (review 25, finding 10); where a consolidated form takes
    questions in (the KR sample), every link is asked."""
    from formslim.report.redesign import brief, plan_queue

    from .conftest import SAMPLES

    fire = analyze([CORPUS / "kr-fire-forms"])
    asked, unasked = plan_queue(fire)
    # (the queue holds no link whose acceptance the manifest would refuse — review 63 #7 —: 12 left of the ≥ 50)
    assert not asked and unasked >= 10 and len(fire.match.queue) == unasked
    assert brief(fire)["human"]["review"] == 0
    write_report(fire, tmp_path / "fire")
    md = (tmp_path / "fire" / "report.md").read_text(encoding="utf-8")
    assert f"그 밖의 연결 {unasked}건은 다른 사람의 서명, 법령, 여러 사람의 명단 등" in md
    kr = analyze([SAMPLES / "kr-sme-support"])
    asked, unasked = plan_queue(kr)
    assert asked and unasked == 0 and len(asked) == len(kr.match.queue)


def _confirmation(path, summary_hint=True):
    """A 공적 확인서-like form: a one-person block "후보자 | 성명 | 소속 | 직위 | 훈격" over one row of answers, then
    rows named by their own label whose answer cell spans all four columns."""
    d = docx.Document()
    d.add_heading("공적 확인서", 0)
    t = d.add_table(rows=4, cols=5)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "후 보 자"
    for j, label in enumerate(["성 명", "소속(주소)", "직위(직급)", "추천예정 훈격"]):
        t.cell(0, j + 1).text = label
    t.cell(2, 0).text = "공적 내용"
    t.cell(2, 1).merge(t.cell(2, 4)).text = "공적조서에 기재된 공적내용을 요약하여 전부 기재" if summary_hint else ""
    t.cell(3, 0).text = "확인 결과"
    t.cell(3, 1).merge(t.cell(3, 4)).text = ""
    d.add_paragraph("위와 같이 확인합니다.")
    d.add_paragraph("작성자 (직급) (성명) (서명)")
    d.save(path)


def _merit_record(path):
    d = docx.Document()
    d.add_heading("공적조서", 0)
    _table(d, [["성명", ""], ["소속", ""], ["공적 내용", "\n\n\n\n"]])
    d.save(path)


def test_a_one_person_block_is_one_person_and_a_summary_is_not_the_full_text(tmp_path):
    """Review 26 #1: the 공적 확인서's candidate block was read as a roster of three (its free-text rows below
    counted as further persons), with no party, and its "공적 내용" row as "공적내용 성명"; the summary its answer
    space asks for ("…요약하여 전부 기재") is not the 공적조서's full 공적 내용 (the key's must-not-link)."""
    from formslim.knowledge import load_knowledge
    from formslim.match import match_package
    from formslim.parse import read_package

    _confirmation(tmp_path / "confirm.docx")
    _merit_record(tmp_path / "record.docx")
    package = read_package([tmp_path])
    fields = {f.label: f for d in package.documents if d.path == "confirm.docx" for f in d.fields}
    assert not any(l.startswith("공적") and "성명" in l for l in fields) and "공적 내용" in fields, sorted(fields)
    for label in ("성 명", "소속(주소)", "직위(직급)", "추천예정 훈격"):
        f = fields.get(label) or fields[label.replace(" ", "")]
        assert f.repeats == 1 and "후보자" in " ".join(f.context), (label, f.repeats, f.context)
    assert fields["공적 내용"].kind == "free_text" and "요약하여" in fields["공적 내용"].hint
    kb = load_knowledge()
    m = match_package(package, kb)
    summary = fields["공적 내용"].id
    full = next(f.id for d in package.documents if d.path == "record.docx" for f in d.fields if f.label == "공적 내용")
    assert ("extent", "summary") in m.readings[summary].marks and ("extent", "full text") in m.readings[full].marks
    assert not any({l.a, l.b} == {summary, full} and l.status == "certain" for l in m.links)
    # (the same row without the instruction is the full text: the two are one datum, as before)
    plain = tmp_path / "plain"
    plain.mkdir()
    _confirmation(plain / "confirm.docx", summary_hint=False)
    _merit_record(plain / "record.docx")
    package = read_package([plain])
    m = match_package(package, kb)
    ids = {d.path: next(f.id for f in d.fields if f.label == "공적 내용") for d in package.documents}
    assert any({l.a, l.b} == set(ids.values()) for l in m.links), ids


def test_a_questions_heading_is_its_forms_title_not_the_rule_its_banner_prints():
    from formslim.report.redesign import _heading_shown

    assert _heading_shown("정부포상에 대한 동의서 2016년도 정부포상업무지침[별지 제2호 서식)") == "정부포상에 대한 동의서"
    assert _heading_shown("공적조서 (개인) 상훈법 시행령[별지 제1호 서식]") == "공적조서 (개인)"
    assert _heading_shown("2-2. 목표시장(고객)") == "2-2. 목표시장(고객)"


@needs_corpus
def test_answers_still_asked_twice_are_a_carry_over_variant_not_the_headline(tmp_path):
    """The 정부포상 bundle keeps every document (each for its own reason), so nothing is cut — yet the candidate's
    name, 주민등록번호, 소속 and 훈격 are still written on up to six forms (review 27 #1: "0% 감축" while 16 answers
    repeat). The plan says what asking each once would give, as a variant resting on a stated assumption (the
    agency's system fills the others): each later ask carried from the first — the main form's first —, never a
    signature, and the headline figures and the verdict untouched."""
    from formslim.report.redesign import summary

    a = analyze([CORPUS / AWARD])
    b, c = a.burden, a.burden.carry_over
    by_id = {fp.field: fp for fp in a.plan.fields}
    assert c is not None and len(c.carried) >= 10, c
    for later, first in c.carried.items():
        assert by_id[later].group == by_id[first].group and by_id[later].action == by_id[first].action == "ask"
        assert by_id[later].kind != "signature" and first not in c.carried
    main = next(d.key for d in a.plan.documents if d.title == "정부포상 후보자 추천서")
    in_main = {fp.group for fp in a.plan.fields if fp.document == main and fp.action == "ask" and fp.group}
    firsts = {by_id[f].group: by_id[f].document for f in c.carried.values()}
    assert len(in_main & set(firsts)) >= 2 and all(firsts[g] == main for g in in_main & set(firsts)), firsts
    assert c.fields_after == b.fields_after - len(c.carried) - len(c.computed)
    assert sum(c.by_document.values()) == len(c.carried) + len(c.computed)
    s = summary(a)
    assert s["fields_after"] == b.fields_after == s["fields_before"] and s["reduction"] == 0
    assert s["carry_over"] == {"fields_carried": len(c.carried), "fields_computed": len(c.computed),
                               "fields_after": c.fields_after, "minutes_after": round(c.minutes_after, 1)}
    assert any(x.startswith("the carry-over variant (") for x in b.assumptions)
    write_report(a, tmp_path / "out")
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "한 번만 입력받아 다른 서류에 자동으로 옮기면" in md and f"기재 항목 {s['fields_before']} → {c.fields_after}" in md
    plan = json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))
    assert plan["burden"]["carry_over"]["fields_carried"] == len(c.carried)
    # (decisions.csv: English reasons for scripts, then each in the report's language — review 27 #6)
    import csv
    import re

    rows = list(csv.DictReader((tmp_path / "out" / "decisions.csv").open(encoding="utf-8-sig")))
    assert rows and all(re.search("[가-힣]", r["reason_in_report_language"]) for r in rows)
    assert rows[0]["reason"].startswith("the main form")


@needs_corpus
def test_the_form_for_an_organisation_asks_the_organisations_data_not_a_persons_or_the_applicants():
    """공적조서 (단체) is the variant of 공적조서 (개인) for a candidate that is an organisation: its bare "주소" and
    "연락처" are the organisation's (not a home address and a personal phone), its "단체명" and "법인 번호" the
    candidate's (not the 추천기관's, as an organisation's datum naming nobody is read by default); the 공적요약서
    (단체)'s column "단체명 법인번호 (대표자 성명)" is each listed organisation's, not the applicant's
    representative's name (review 27 #4)."""
    from formslim.knowledge import load_knowledge
    from formslim.match.link import match_package
    from formslim import read_package

    package = read_package([CORPUS / AWARD])
    m = match_package(package, load_knowledge())
    docs = {d.title: d for d in package.documents}

    def read(title, label):
        f = next(f for f in docs[title].fields if f.label == label)
        return m.readings[f.id]

    assert (read("공적조서 (단체)", "4 주소").concept, read("공적조서 (단체)", "4 주소").role) == ("org.address", "beneficiary")
    assert read("공적조서 (단체)", "5 연락처").concept == "org.phone"
    assert read("공적조서 (개인)", "주소").concept == "person.home_address"  # the person's form: the person's home
    assert {read("공적조서 (단체)", x).role for x in ("1 단체명", "2 법인 번호")} == {"beneficiary"}
    assert read("공적요약서 (단체)", "단체명 법인번호 (대표자 성명)").role == "member"


def test_a_forms_own_heading_can_name_the_case_it_is_filed_in():
    """The 정부포상 bundle's "공적 확인서" is headed "정부포상 훈장 후보자 공적 확인서": made for a candidate for a
    훈장, not every candidate (review 27 #3). The forms catalogue's `headings` find it in the document's first
    words, spacing aside; the title alone does not (another body's 공적 확인서 may be every applicant's)."""
    from formslim.knowledge import load_knowledge

    kb = load_knowledge()
    head = "별표5 공적 확인서 2016년도 정부포상업무지침[별지 제5호 서식) 「2016년도 감염병관리 유공」 정부포상 훈장 후보자 공적 확인서 후 보 자"
    assert kb.form_case("", "공적 확인서", header=head).filed_when == "훈장 후보자인 경우"
    assert kb.form_case("", "공적 확인서", header="공적 확인서 후보자 성명 소속") is None


@needs_corpus
def test_the_award_bundles_merit_confirmation_is_filed_for_an_order_of_merit_only():
    a = analyze([CORPUS / AWARD])
    doc = next(d for d in a.plan.documents if d.title == "공적 확인서")
    assert doc.condition == "훈장 후보자인 경우" and doc.decision == "keep"
    # (with the 공무원인사기록요약서, and the 현지확인서 and the candidate's consent, filed for a person only)
    assert a.plan.documents_required_before == a.plan.documents_before - 4


@needs_corpus
def test_documents_only_a_person_files_are_filed_only_for_a_candidate_who_is_one():
    """The 공적조서 has a variant for a person and one for an organisation (개인 / 단체). The 현지확인서 asks the
    candidate's 주민등록번호 and 성별, which only a natural person has, and the 동의서 is the candidate's own consent to
    the processing of personal data: an organisation files neither — each is filed "개인인 경우", said in the
    assumptions. The 추천서 asks "성명 (단체명)": both kinds file it (review 54 #3)."""
    a = analyze([CORPUS / AWARD])
    case = {d.title: d.condition for d in a.plan.documents}
    assert case["현지확인서"] == "개인인 경우" and case["정부포상에 대한 동의서"] == "개인인 경우"
    assert case["정부포상 후보자 추천서"] == "" and case["공적조서 (개인)"] == ""
    said = [x for x in a.plan.assumptions if "only a person" in x]
    assert len(said) == 2 and any("'주민등록번호, 성별'" in x for x in said), said


@needs_corpus
def test_a_column_of_registration_dates_lists_things_registered_not_the_applicants_one(tmp_path):
    """The K-Startup business plan's "산업재산권명 | 등록번호 | 등록일" table lists the firm's patents, one row each:
    its 등록일 is each right's registration date, not the applicant business's one (review 28 #9: read as the
    firm's own, a check against 사업자등록일자 would flag false mismatches). The question protocol says what the
    column is — each listed item's —, not "the applicant business's"."""
    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    dates = [fp for fp in a.plan.fields if fp.label == "등록일"]
    assert dates and all(fp.role == "member" for fp in dates), [(fp.field, fp.role) for fp in dates]
    write_report(a, tmp_path / "out")
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    row = next(line for line in md.splitlines() if line.startswith("| 등록일 |"))
    assert "목록의 각 항목" in row and "신청 기업" not in row, row


@needs_corpus
def test_totals_whose_formula_the_form_prints_are_computed_in_the_carry_over_variant():
    """The K-Startup business plan stays as its template (the notice requires it), so its "총 사업비 (C=A+B)" and
    the shares "(%)" beside "(a+b+c)" stay questions the applicant works out (review 28 #4: the report's matrix
    showed no ƒ, though formslim reads the formulas). The carry-over variant computes them from the parts; the
    headline figures stay as they are."""
    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    c = a.burden.carry_over
    by_id = {fp.field: fp for fp in a.plan.fields}
    assert c is not None and len(c.computed) >= 3, c
    assert all(by_id[f].action == "ask" and rule == "D-PRINTED-FORMULA" for f, rule in c.computed.items())
    assert any(by_id[f].label.startswith("총 사업비") for f in c.computed)
    assert c.fields_after < a.burden.fields_after and c.minutes_after < a.burden.minutes("after")
    assert any(x.startswith("the carry-over variant computes ") for x in a.burden.assumptions)


@needs_corpus
def test_answers_a_form_says_the_online_application_asks_too_are_carried_from_it():
    """The K-Startup business plan prints "※ ‘신청 주관기관명’, ‘지원분야’, ‘전문기술분야’, ‘성공환원형 신청 여부’ 사항이
    온라인시스템과 상이하게 작성할 경우, 온라인시스템으로 배정·평가 예정": every applicant writes them twice, online
    and in the template (review 28 #4). formslim reads the names it quotes; the carry-over variant fills those
    answers from the online application the notice says every applicant makes."""
    from formslim.parse.classify import online_duplicates
    from formslim.reduce.burden import ONLINE_APPLICATION

    assert online_duplicates("※ ‘지원분야’, ‘전문기술분야’ 사항이 온라인시스템과 상이하게 작성할 경우") == ("지원분야", "전문기술분야")
    assert online_duplicates("※ ‘지원분야’는 택 1") == ()
    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    online = {f for f, src in a.burden.carry_over.carried.items() if src == ONLINE_APPLICATION}
    labels = {a.match.fields[f].label for f in online}
    assert {"성공환원형 신청 여부"} <= labels and any(x.startswith("전문기술분야") for x in labels), labels


@needs_corpus
def test_the_brief_says_whose_consent_each_check_rests_on(tmp_path):
    """K-Startup: the applicant's online application takes the consent to fetch the 사업자등록증명; the
    co-representative's ID is checked on their own consent, in their own 동의서 — not the applicant's (review 28 #5:
    the brief listed both under the online application's consent)."""
    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    write_report(a, tmp_path / "out")
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "- 동의를 받아 기관이 직접 확인: 사업자등록증명\n" in md
    assert "- 공동대표 본인이 자기 서류에서 한 동의로 기관이 직접 확인 (신청인의 신청서가 아님): 주민등록증 진위확인" in md
    # the count that includes the removal of their ID copy says it awaits the approval of two of its checks (review
    # 45 #10): 5 → 4 holds for one who chooses the driving licence, already on the printed list, from the start
    # — conditional, with the count until then (review 55 #6)
    assert "- 해당하는 경우에만 내는 서류: 5 → 4 (조건부: 주민등록증·여권 진위확인 이용 승인 전까지 그 확인을 고르는 사람은 " \
        "신분증 사본을 계속 제출 — 5 → 5)" in md
    assert "- 모든 신청인이 내는 서류 (온라인 사업신청서 포함): 4 → 2\n" in md


def test_a_brief_for_a_package_filed_for_someone_else_names_its_filer():
    """The 정부포상 bundle is filed by the 추천기관 for its candidates: the brief's "every applicant" is every filer
    (review 27 #4), with the particle that follows the new noun."""
    from formslim.report.redesign import as_filed_for

    assert as_filed_for("모든 신청인이 내는 서류") == "모든 제출자가 내는 서류"
    assert as_filed_for("신청 1건당 소요 시간(분, ±20%)") == "제출 1건당 소요 시간(분, ±20%)"
    assert as_filed_for("Documents every applicant submits") == "Documents every filer submits"


@needs_corpus
def test_a_column_naming_one_aspect_of_its_captions_datum_asks_that_datum():
    """The 공무원인사기록요약서 asks "20)징계,형벌 | 종류 | 일자": its "종류" is the kind of punishment — the candidate's
    criminal record (형벌: 범죄경력자료, 개인정보 보호법 제23조), which the legal review must list with the other kept
    documents that ask it (review 27 #2); "일자" is a date, no such datum. 징계 is a disciplinary record, not a
    criminal one."""
    from formslim.knowledge import load_knowledge
    from formslim.match.reading import read_label

    kb = load_knowledge()
    assert read_label("징계 (연도‧종류, 사면)", kb).concepts == ("person.disciplinary_record",)
    assert read_label("형벌", kb).concepts == ("person.criminal_record",)
    a = analyze([CORPUS / AWARD])
    record = next(d for d in a.package.documents if d.title == "공무원인사기록요약서")
    read = {f.label: a.match.readings[f.id] for f in record.fields if f.label in ("종류", "일자")}
    assert read["종류"].concepts == ("person.criminal_record",) and read["종류"].how == "contains"
    assert read["일자"].concepts == ()
    line = next(x for x in a.form["legal_review"] if "제23조" in x and "그대로 유지하는 서류" in x)
    assert "공무원인사기록요약서" in line and "현지확인서" in line, line


def test_who_signs_is_read_from_each_signature_block_not_from_sentences_about_signing():
    """Review 28b: SBA Form 601 has two blocks, each naming its party at its head ("Name, Address, & Phone No. of
    Applicant / By ___ / Signature of Authorized Official", then the Subrecipient's) — both sign; SBA Form 148's
    definition "Loan Documents means the documents … signed by Borrower, Guarantor …" is no place for the
    borrower to sign; "Each attachment must be identified as a part of this statement and signed." neither.
    Text as the forms print it."""
    rule = "_" * 39
    agreement = ("said Applicant and ________ the general contractor, mutually promise and agree. Executed the ____ "
                 f"day of ____ 20__. {rule} Name, Address, & Phone No. of Applicant By {rule} Typed Name & Title of "
                 f"Authorized Official Corporate Seal {rule} Signature of Authorized Official {rule} Name, Address, & "
                 f"Phone No. of Subrecipient By {rule} Typed Name & Title of Authorized Official Corporate Seal {rule} "
                 "Signature of Authorized Official")
    sigs, _ = read_parties("AGREEMENT OF COMPLIANCE", agreement, (), "pledge")
    assert sorted({s.signer for s in sigs}) == ["applicant", "contractor"]
    assert all("named at the head of a signature block" in s.evidence for s in sigs)
    guarantee = ("“Loan Documents” means the documents related to the Loan signed by Borrower, Guarantor or any "
                 "other person. 12. GUARANTOR NAME(S) AND SIGNATURE(S): By signing below, each Guarantor agrees. "
                 f"{rule}")
    sigs, _ = read_parties("UNCONDITIONAL GUARANTEE", guarantee, (), "agreement")
    assert {s.signer for s in sigs} == {"guarantor"}
    attachments = ("Use attachments if necessary. Each attachment must be identified as a part of this statement "
                   "and signed. In addition, each individual claiming economic disadvantage must update the form.")
    sigs, _ = read_parties("Statement", attachments, (), "form")
    assert not [s for s in sigs if "printed at a signature mark" in s.evidence]
    # SBA Form 413: "3) Review the applicable certifications and sign (spousal signature, if required)" — the
    # spouse signs, in that case (review 29)
    sigs, _ = read_parties("Personal Financial Statement", "To complete this form 1) Check all that apply. 3) Review "
                           "the applicable certifications and sign (spousal signature, if required)", (), "form")
    assert [(s.signer, s.condition) for s in sigs if s.signer == "spouse"] == [("spouse", "if required")]


def test_a_notice_says_which_documents_it_asks_for_beyond_the_application():
    """K-Startup 2025's notice asks those who pass the document review for a 창업기업확인서, the selected for a
    협약체결확약서 and 국외 창업기업 for separate evidence (review 28 #3): read with whom each is asked of, from the
    notice's own sentences; a document submitted with the application is not one of them."""
    from formslim.parse.classify import notice_requests

    text = ("★ 서류평가 통과자를 대상으로 ‘창업기업확인서’ 등 창업업력 및 창업기업 여부를 확인할 수 있는 관련 증빙서류 "
            "제출 요청 예정 ▶ 국외창업기업 해당 시 [붙임 2] 참조 ★ 온라인 신청 시 ‘국외 창업기업 여부’를 체크 하여야 하며, "
            "국외 창업 기업 해당 시 국외 창업기업 요건 확인을 위한 별도 증빙서류를 제출하여야 함 (별도 안내 예정) "
            "* 가점 증빙서류는 사업 신청 시 제출하여야 하며, 미제출 시 가점으로 불인정 ※ 최종 선정 통보된 "
            "예비선정자(기업)는 ‘협약체결확약서’ 제출 요청*일 다음 영업일로 부터 3일 이내 제출하여야 합니다.")
    assert notice_requests(text) == ("창업기업확인서: 서류평가 통과자", "협약체결확약서: 최종 선정 통보된 예비선정자",
                                     "국외 창업기업 요건 확인을 위한 별도 증빙서류: 국외 창업 기업 해당 시")


@needs_corpus
def test_the_report_lists_what_the_notice_asks_beyond_the_package(tmp_path):
    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    write_report(a, tmp_path / "out")
    plan = json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))
    asked = {x["document"]: x["who"] for x in plan["summary"]["notice_requests"]}
    assert asked["창업기업확인서"] == "서류평가 통과자" and "협약체결확약서" in asked
    # [붙임 4]'s fast-track evidence (4대 보험 가입자명부, 재무제표 …), asked of those who pass the first stage, named by
    # its annex; each request by the stage it is asked at, in the order an applicant meets them (review 44 #2)
    assert asked["패스트트랙 자격기준 증빙자료"] == "1단계 서류평가 통과 시 해당자"
    assert [(x["document"], x["stage"]) for x in plan["summary"]["notice_requests"]] == [
        ("창업기업확인서", "screening"), ("패스트트랙 자격기준 증빙자료", "screening"), ("협약체결확약서", "selection"),
        ("국외 창업기업 요건 확인을 위한 별도 증빙서류", "case")]
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "공고문이 이 패키지에 서식이 없는 서류도 요구함 (위 수치에 들지 않음): " in md
    # (the brief counts them by stage with the notice's other submissions, as one list — review 61: "4" beyond the
    # package and "2 submissions" were two lists of one notice; the summary names each — the brief stays one page)
    assert "- 공고문이 요구하는 제출 서류: 6 — 신청 시 1 (1건은 묶음 속 서식으로 셈), 서류평가 통과 후 2, 선정 후 2, " \
        "해당하는 경우 1; 묶음에 서식이 없는 5건은 수치에 넣지 않음; 그중 1건은 기관이 직접 확인할 수 있음: 창업기업확인서" in md
    assert "패키지 밖에서 요구하는 서류" not in md.split("## 요약")[0]
    # (the 창업기업확인서, a record the ministry's own system holds, with where the agency could check it: review 60 #3)
    assert "요구함 (위 수치에 들지 않음): 서류평가 통과 후: 창업기업확인서 (서류평가 통과자; 기관이 직접 확인할 수 있음: " in md
    assert "제출받지 않도록 제안), 패스트트랙 자격기준 증빙자료 (1단계 서류평가 통과 시 해당자); 선정 후: 증빙자료 (선정자), " \
        "협약체결확약서" in md
    # (each in the submissions' table, with the stage it is asked at)
    assert "| 서류평가 통과 후 | 창업기업확인서 | 서류평가 통과자 |" in md and "### 공고문이 요구하는 제출 서류 (" in md
    # the template's budget table contradicts the notice (review 28 #7): in plan.json and under what needs a human
    assert {(c["subject"], c["percent"]) for c in plan["printed_conflicts"]} == {("정부지원사업비", "70"), ("자기부담사업비", "30")}
    assert "서류마다 다르게 적힌 규정 2건" in md


@needs_corpus
def test_evidence_from_the_applicants_own_records_is_not_called_an_issued_certificate():
    """K-Startup's "(해당 시) 최근 1년 이내 투자 유치 실적 증빙" and "(해당 시) 기타 증빙서류 (특허, 아이템도면,
    투자계약 …)" are the applicant's own evidence, not certificates an authority issues; the "성실경영 심층평가 통과
    확인증" is one (review 28 #8)."""
    a = analyze([CORPUS / "kr-kstartup-sandoc"])
    by_title = {d.title.split(" - ")[0]: d for d in a.plan.documents if d.file.endswith(".hwp")}
    rules = {x.id: x for x in a.plan.decisions}
    variant = {t: next(rules[i].variant for i in d.decisions if rules[i].rule == "B-NO-REGISTRY")
               for t, d in by_title.items() if any(rules[i].rule == "B-NO-REGISTRY" for i in d.decisions)}
    assert variant == {"(해당 시) 최근 1년 이내 투자 유치 실적 증빙": "evidence", "(해당 시) 기타 증빙서류": "evidence+partly",
                       "(해당 시) 성실경영 심층평가 통과 확인증": ""}
    # … but the package's own 공동이용 consent lists "특허등록원부" among the records the agency looks up: the
    # listing's 특허 can be checked there, its 아이템도면, 투자계약, 수출계약 cannot (review 30 K-Startup #8)
    other = by_title["(해당 시) 기타 증빙서류"]
    evidence = [e for i in other.decisions for e in rules[i].evidence]
    assert any("lists 특허등록원부 (특허) among the records the agency looks up" in e
               and e.endswith("not 아이템도면, 투자계약, 수출계약, which the applicant still supplies") for e in evidence)
    # … so the reason is that no registry gives the whole of it, not that none gives any of it (it said both)
    assert "no registry in the catalogue provides it" not in evidence
    assert "no registry in the catalogue provides the whole of it" in evidence
    consent = next(d for d in a.package.documents for d in d.logical if d.shared_records)
    assert {"특허등록원부", "상표등록원부", "실용신안등록원부", "사업자등록증명"} <= set(consent.shared_records)


def test_a_share_one_document_bounds_one_way_and_another_the_other_way_is_a_conflict():
    """K-Startup 2025 (review 28 #7): the notice prints "정부지원사업비 70% 이하 + 자기부담사업비* 30% 이상", the business
    plan template's own note "정부지원사업비는 총사업비의 70% 이하" but its budget table "정부지원사업비(A) 총 사업비의 70%
    이상 … 자기부담사업비(B) 총 사업비의 30% 이하". A notice that bounds one share both ways (two rules of two
    cases) is no conflict by itself."""
    from formslim.match.consistency import bound_conflicts
    from formslim.model import Document, Package
    from formslim.parse.classify import printed_bounds

    notice = Document(path="notice.pdf", format="pdf", kind="notice", title="공고문", bounds=printed_bounds(
        "• 총 사업비 = 정부지원사업비 70% 이하 + 자기부담사업비* 30% 이상 * 자기부담사업비 (30% 이상) : 현금 10% 이상 + "
        "현물 20% 이하 ▶ 주식 총수의 50% 초과 … 주식 총수의 50% 이하"))
    template = Document(path="plan.docx", format="docx", title="사업계획서", bounds=printed_bounds(
        "※ 정부지원사업비는 총사업비의 70% 이하, 현금은 10% 이상, 현물은 20% 이하로 작성 총 사업비 구성 계획 "
        "정부지원사업비(A) 총 사업비의 70% 이상 자기부담사업비(B) 총 사업비의 30% 이하 총 사업비 (C=A+B)"))
    assert {(b.subject, b.percent, b.direction) for b in template.bounds} == {
        ("정부지원사업비", "70", "이하"), ("현금", "10", "이상"), ("현물", "20", "이하"), ("정부지원사업비", "70", "이상"),
        ("자기부담사업비", "30", "이하")}
    found = bound_conflicts(Package(name="k", documents=(notice, template)))
    assert [(c["subject"], c["percent"]) for c in found] == [("정부지원사업비", "70"), ("자기부담사업비", "30")]
    assert found[0]["documents"][1]["directions"] == ["이하", "이상"]
    # the notice alone, or with a template that agrees, is no conflict
    assert bound_conflicts(Package(name="k", documents=(notice,))) == []


@needs_corpus
def test_a_list_of_people_is_named_by_the_packages_own_word_or_neutrally(tmp_path):
    """Award review 31 #10: the 정부포상 bundle's lists of 후보자 were labelled "참여인력" (the first Korean word of the
    roster role) — a package that prints none of the role's words names its listed people neutrally ("명단의 사람");
    the bid packages that print "참여인력" keep that word, in the report and in the form's legal-review lines."""
    a = analyze([CORPUS / "kr-hwplib"])
    write_report(a, tmp_path / "award")
    html = (tmp_path / "award" / "report.html").read_text(encoding="utf-8")
    assert "참여인력" not in html and "명단의 사람" in html
    b = analyze([CORPUS / "kr-hwpx-filler-merryai"])
    # (a CV asks the staff member's data outside its lists too: the document's data as a whole — review 52 #8)
    asked = [x for x in b.form["legal_review"] if x.startswith("통합 신청서가 신청인이 아닌 사람의 정보를 묻는다(참여인력")]
    assert len(asked) == 1 and "성명" in asked[0] and "직접 동의하고 서명" in asked[0]
    assert not any(x.startswith("명단이 다른 사람의 정보를 묻는다") for x in b.form["legal_review"])


def test_an_officers_attestation_in_the_noun_style_is_a_declaration():
    """Award review 31 #14: the 인사기록요약서's "위 기재사항은 인사기록원본과 다름없이 정확하게 기록하였음을 확인함." and the
    추천자 현황's "위 자료는 … 작성하였으며 … 그 어떠한 책임도 감수하겠습니다." are what their signers declare."""
    from formslim.parse.parties import declaration

    assert declaration("22)작성자\n위 기재사항은 인사기록원본과 다름없이 정확하게 기록하였음을 확인함.\n기관명") == \
        "위 기재사항은 인사기록원본과 다름없이 정확하게 기록하였음을 확인함."
    said = declaration("위 자료는 관련기관 조회 및 인사기록카드를 바탕으로 작성하였으며 … 추천된 경우에는 그 어떠한 책임도 "
                       "감수하겠습니다.\n2016. ○○. ○○")
    assert said.startswith("위 자료는") and said.endswith("책임도 감수하겠습니다.")
    # (a line that only mentions a check is none)
    assert declaration("위 서류를 확인하여 제출") == ""


@needs_corpus
def test_a_nomination_is_judged_against_no_target_and_its_summary_names_its_filer(tmp_path):
    """MSS's 9 → 4.4 is a figure for the documents a business submits per support application. The 정부포상 bundle is
    a nomination the 추천기관 files for its candidates: no default target, no "미달성", exit 0; the summary names
    the filer as the report does (review 54 #1, #14). A support programme's package keeps the default."""
    from click.testing import CliRunner

    from formslim.cli import main
    from formslim.parse import read_package
    from formslim.reduce.plan import applies_for_something

    from .conftest import SAMPLES

    result = CliRunner().invoke(main, ["analyze", str(CORPUS / "kr-hwplib"), "-o", str(tmp_path / "out"), "--quiet",
                                       "--lang", "ko"])
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert "목표 없음" in first and "미달성" not in result.stdout, first
    assert "모든 제출자가 내는 서류" in first and "신청인" not in result.stdout, result.stdout
    plan = json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))
    assert plan["summary"]["target"] is None and plan["summary"]["target_met"] is None
    # the columns the 추천자 현황's printed note gives to a body that looks them up are that body's, not "the persons
    # on the list"'s, who complete none of them (review 54 #13)
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "정부포상 추천자 현황: 질병관리본부(감염병관리과)가 작성하는 항목 7개" in md and "명단의 사람이 작성" not in md
    assert applies_for_something(read_package([SAMPLES / "kr-sme-support"]))


@needs_corpus
def test_an_overlap_counts_no_sign_off_and_a_figure_that_does_not_move_says_so(tmp_path):
    """Review 54 #8, #10: the brief's "largest overlap" was the candidate's consent asking "3 of its 4 questions"
    again — 성명, 소속(주소), 성명: the second the name its signer writes on the signature line. Who signs, as a
    signature line has them write it (name, rank beside the mark), is no question another form asks again. And
    minutes that do not move are "no change", not "within the estimate's range"."""
    from formslim.parse.notices import beside_signature, is_signing_name

    a = analyze([CORPUS / AWARD])
    fields = a.match.fields
    in_doc = {}
    for fid, f in fields.items():
        in_doc.setdefault(a.match.doc_of[fid], []).append(f)
    items = [it for o in a.overlaps for it in o["items"]]
    assert items
    for it in items:
        for fid in (it["field"], it["other"]):
            f, others = fields[fid], in_doc[a.match.doc_of[fid]]
            assert not is_signing_name(f, others), it
            r = a.match.readings[fid]
            assert not (beside_signature(f, others) and set(r.concepts) <= {"person.name", "person.grade"}), it
    assert not any(o["documents"][0]["title"] == "정부포상에 대한 동의서" for o in a.overlaps)
    write_report(a, tmp_path / "award")
    md = (tmp_path / "award" / "report.md").read_text(encoding="utf-8")
    brief = md.split("## 요약")[0]
    assert "(변화 없음)" in brief and "측정된 변화로 볼 수 없음" not in brief


def test_a_manifests_parties_are_said_in_the_reports_language():
    """"override applied: … is filled by the 확인자" stood in English in a Korean report (review 54 #14)."""
    from formslim.knowledge import load_knowledge
    from formslim.report.i18n import knowledge_names, localise

    names = knowledge_names("ko", load_knowledge())
    for line in ("override applied: a.hwp#part9 is filled by the agency_official",
                 "override applied: one person: representative = owner 1",
                 "override applied: in b.pdf, the guarantor is the spouse"):
        said = localise("ko", line, names)
        assert said.startswith("적용한 재정의: ") and "override" not in said and " is " not in said, said
