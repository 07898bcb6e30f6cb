"""formslim screen: business plans written from one broker's stock of text are grouped; independent
plans, the template's own text and office defaults are not evidence."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from formslim.parse.text import DocumentText, read_text
from formslim.screening import ScreenOptions, screen, screen_texts

from .conftest import CORPUS, ROOT, needs_corpus
from .plan_maker import make_batch, plan_level_scores, write_docx

KSTARTUP = CORPUS / "kr-kstartup-sandoc"


def _groups(result) -> list[list[str]]:
    return [list(g.files) for g in result.groups]


def test_brokers_are_found_among_independent_applicants(tmp_path):
    """60 independent plans and four brokers' clients (2–8 each), each client's copy reworded, reordered
    and mixed with its own text, most with no name in the file: plan-level precision ≥ 0.95 and recall
    ≥ 0.90, and every group's evidence shows passages side by side."""
    plans = make_batch(tmp_path, independents=60, brokers=(6, 2, 8, 3), broker_names=(True, False, False, False),
                       seed=5)
    r = screen([tmp_path], templates=[tmp_path / "template.docx"])
    precision, recall = plan_level_scores(_groups(r), plans)
    assert precision >= 0.95 and recall >= 0.90, (precision, recall)
    assert "template.docx" not in {d.path for d in r.documents}  # the template among the plans is the template
    for g in r.groups:
        best = g.evidence[0]
        assert best.passages and best.text_share > 0.1
        a, b, sim = best.passages[0]
        assert a != "" and b != "" and sim >= 0.5
    named = next(g for g in r.groups if any(k == "author" for e in g.evidence for k, _ in e.metadata))
    assert {p.writer for p in plans if p.name in named.files} == {"broker-0"}


def test_the_same_plan_twice_in_another_file_format(tmp_path):
    """A plan and the same text in another file are one text; other plans are not in the group."""
    plans = make_batch(tmp_path, independents=3, brokers=(), seed=8, write_template=False)
    a = read_text(str(plans[0].path))
    copy = DocumentText(path="copy.hwpx", format="hwpx", passages=a.passages)
    others = [read_text(str(p.path)) for p in plans[1:]]
    r = screen_texts([a, copy, *others])
    assert _groups(r) == [sorted([a.path, "copy.hwpx"])]
    assert r.groups[0].evidence[0].text_share > 0.9


def _doc(name: str, text: list[str], **meta) -> DocumentText:
    return DocumentText(path=name, format="docx", passages=tuple(text), metadata=tuple(sorted(meta.items())))


def test_metadata_an_applicant_would_not_share_and_what_does_not_count():
    """Two plans with nothing in common but an unusual author and last editor are a group, with that as
    evidence; office defaults ("user", Normal.dotm) and the template's own author never count."""
    texts = [[f"독립 신청기업 {i}번은 고유한 사업 내용 {i * 7919}를 상세히 설명하며 시장 {i * 104729}을 분석함."] for i in range(6)]
    docs = [_doc("a.docx", texts[0], author="김브로커", last_modified_by="김브로커"),
            _doc("b.docx", texts[1], author="김브로커", last_modified_by="김브로커"),
            _doc("c.docx", texts[2], author="user", last_modified_by="user", template="Normal.dotm"),
            _doc("d.docx", texts[3], author="user", last_modified_by="user", template="Normal.dotm"),
            _doc("e.docx", texts[4], author="kised"), _doc("f.docx", texts[5], author="kised")]
    template = _doc("template.docx", ["양식"], author="kised")
    r = screen_texts(docs, [template])
    assert _groups(r) == [["a.docx", "b.docx"]]
    assert dict(r.groups[0].evidence[0].metadata) == {"author": "김브로커", "last_modified_by": "김브로커"}
    assert r.groups[0].evidence[0].passages == ()


def test_the_same_skeleton_of_own_headings_under_reworded_text_is_evidence():
    """A consultant who rewrites every sentence keeps the headings it sets for every client ("□ 경쟁 현황 및
    대응", "□ 기술 확보 현황" …): three or more of those, few in the batch and none in the template, group the
    plans; two headings a public guide suggests to several independent founders do not."""
    skeleton = ["□ 추진 배경", "□ 경쟁 현황 및 대응", "□ 기술 확보 현황", "□ 단계별 판로 전략", "□ 향후 기술개발 방향"]
    guide = ["□ 추진 배경", "□ 시장 분석", "□ 기대 효과"]
    docs = []
    for i in range(3):  # the consultant's clients: other words under the same headings
        docs.append(_doc(f"c{i}.docx", [f"{h}\n- 고객사 {i}의 고유한 내용 {i * 7919 + k}을 서술함" for k, h in enumerate(skeleton)]))
    for i in range(8):  # founders: their own headings, two of them from a public guide
        own = [f"□ 자체 항목 {i}-{k}" for k in range(3)] + (guide[1:] if i < 5 else [])
        docs.append(_doc(f"f{i}.docx", [f"{h}\n- 창업자 {i}의 고유한 문장 {i * 104729 + k}을 적음" for k, h in enumerate(own)]))
    template = _doc("template.docx", ["사업계획서", "□ 추진 배경"])
    r = screen_texts(docs, [template])
    assert _groups(r) == [["c0.docx", "c1.docx", "c2.docx"]]
    e = r.groups[0].evidence[0]
    assert e.headings == ("경쟁 현황 및 대응", "기술 확보 현황", "단계별 판로 전략", "향후 기술개발 방향") and e.passages == ()
    assert "headings_in_common" in e.to_dict()


def test_short_headings_every_plan_may_use_count_half_and_circled_numbers_mark_headings():
    """"사업목표", "시장현황", "판로계획", "사업배경" are the common words of plans: a founder who happens to use
    four of a consultant's is no group (each counts half a heading). A consultant's "① 현황 ② 문제점 ③ 해결방안 ④
    기대효과" under each section, with its longer own headings, is its skeleton."""
    common = ["□ 사업목표", "□ 시장현황", "□ 판로계획", "□ 사업배경"]
    skeleton = ["① 현황", "② 문제점", "③ 해결방안", "④ 기대효과", "① 경쟁제품 대비 우위", "② 지식재산권 확보"]
    docs = [_doc(f"c{i}.docx", [f"{h}\n- 고객사 {i}의 고유한 내용 {i * 7919 + k}을 서술함" for k, h in enumerate(common + skeleton)])
            for i in range(3)]
    docs.append(_doc("f0.docx", [f"{h}\n- 창업자의 고유한 문장 {104729 + k}을 적음" for k, h in enumerate(common)]))
    docs += [_doc(f"g{i}.docx", [f"□ 자체 항목 {i}-{k}\n- 다른 창업자 {i}의 문장 {i * 15485863 + k}" for k in range(4)])
             for i in range(6)]
    r = screen_texts(docs, [_doc("template.docx", ["사업계획서"])])
    assert _groups(r) == [["c0.docx", "c1.docx", "c2.docx"]]
    assert {"경쟁제품 대비 우위", "지식재산권 확보", "해결방안"} <= set(r.groups[0].evidence[0].headings)


def test_headings_made_of_the_common_outlines_words_are_what_strangers_share():
    """Two founders who never met both head their sections "시장 현황", "목표 시장", "사업화 전략", "자금 소요
    계획", "기대 효과" — an outline's words (the K-Startup template's, data/screening.yaml plan_words, and the
    given template's): no group. A consultant's own phrasing ("창업 동기와 성장 궤적") is still its skeleton."""
    from formslim.screening import in_vocabulary

    vocab = frozenset({"자금", "소요", "계획", "시장", "현황", "목표", "사업화", "전략"})
    assert in_vocabulary("자금소요계획", vocab) and in_vocabulary("시장현황및판로계획", vocab | {"판로"})
    assert not in_vocabulary("창업동기와성장궤적", vocab | {"창업", "동기", "성장"})  # (궤적: its own word)
    assert not in_vocabulary("및시장", vocab)  # (a joiner joins two words)
    outline = ["□ 시장 현황", "□ 목표 시장", "□ 사업화 전략", "□ 자금 소요 계획", "□ 기대 효과"]
    skeleton = ["□ 창업 동기와 성장 궤적", "□ 현장의 문제 정의", "□ 해법의 작동 원리", "□ 초기 고객 검증 결과"]
    docs = [_doc(f"f{i}.docx", [f"{h}\n- 창업자 {i}의 고유한 문장 {i * 104729 + k}을 적음" for k, h in enumerate(outline)])
            for i in range(2)]
    docs += [_doc(f"c{i}.docx", [f"{h}\n- 고객사 {i}의 고유한 내용 {i * 7919 + k}을 서술함" for k, h in enumerate(skeleton)])
             for i in range(3)]
    docs += [_doc(f"g{i}.docx", [f"□ 자체 항목 {i}-{k}\n- 다른 창업자 {i}의 문장 {i * 15485863 + k}" for k in range(4)])
             for i in range(6)]
    template = _doc("template.docx", ["사업계획서", "시장 현황 및 판로 계획", "추진 일정"])
    r = screen_texts(docs, [template])
    assert _groups(r) == [["c0.docx", "c1.docx", "c2.docx"]]


def test_the_labels_of_a_writers_own_tables_and_its_bracketed_headings_are_its_skeleton():
    """A consultant adds the same table the template does not have to every client's plan — "■ 경쟁 제품
    비교" with the rows 가격 / 핵심 성능 / 설치·사용 편의성 / 사후관리 / 종합 평가, each cell its own passage —
    under 【 】 headings of its own, with every figure and sentence its client's: the labels are the skeleton.
    Founders whose tables share only the template's labels or figures ("합계", "1,200") are no group."""
    rows = ["가격", "핵심 성능", "설치·사용 편의성", "사후관리", "종합 평가"]
    docs = []
    for i in range(3):
        cells = ["■ 경쟁 제품 비교", "구분", f"당사 (제품 {i})", "경쟁사 A", "경쟁사 B"]
        for k, row in enumerate(rows):
            cells += [row, f"● {i * 7 + k + 3}백만 원", f"○ {i * 11 + k}", f"◐ {i + k}"]
        docs.append(_doc(f"c{i}.docx", [f"【고객 {i}의 문제 {k}】\n- 고객사 {i}의 고유한 내용 {i * 7919 + k}을 서술함"
                                        for k in range(2)] + cells))
    for i in range(8):
        cells = ["구분", "합계", f"{1200 + i}", f"창업자 {i}의 자체 행 {i}", f"{i * 37}천원"]
        docs.append(_doc(f"f{i}.docx", [f"□ 자체 항목 {i}-{k}\n- 창업자 {i}의 고유한 문장 {i * 104729 + k}을 적음"
                                        for k in range(3)] + cells))
    r = screen_texts(docs, [_doc("template.docx", ["사업계획서", "구분", "합계"])])
    assert _groups(r) == [["c0.docx", "c1.docx", "c2.docx"]]
    assert {"경쟁 제품 비교", "핵심 성능", "설치·사용 편의성", "사후관리", "종합 평가"} <= set(r.groups[0].evidence[0].headings)
    from formslim.screening import own_headings

    assert own_headings(_doc("b.docx", ["【시장 분석】", "ㅇ 고객 Pain Point", "12,500", "매출액(백만원)"]), set()) == {
        "시장분석", "고객PainPoint", "매출액(백만원)"}


def test_the_same_labels_on_line_after_line_are_a_writers_habits():
    """A consultant who paraphrases every sentence and sets no headings of its own still writes "* 출처: 기관,
    「보고서」(연도)" under every figure and closes every schedule row with "(산출물: …)" (eval/screening/dev4's
    third consultant): two such habits, few plans of the batch and not the template's, group its clients. A
    founder who cites sources the same way but has no second habit does not join; a label the template prints
    ("단위:") is nobody's habit."""
    def consultant(i):
        return [f"시장 규모는 고객사 {i}의 사정에 맞게 {i * 7919 + k}로 고쳐 썼다\n* 출처: 기관{i}{k}, 「보고서 {k}」(2024)"
                for k in range(3)] + [f"{k}단계 과업 {i * 104729 + k} 수행 (산출물: 결과물 {i}-{k})" for k in range(3)] \
            + ["(단위: 천원)"]

    def founder(i, cites):
        text = [f"창업자 {i}의 고유한 문장 {i * 15485863 + k}을 적음" for k in range(4)] + ["(단위: 천원)"]
        return text + ([f"* 출처: 통계{i}{k}, 「조사 {k}」(2023)" for k in range(2)] if cites else [])

    docs = [_doc(f"c{i}.docx", consultant(i)) for i in range(3)]
    docs += [_doc(f"f{i}.docx", founder(i, cites=i < 2)) for i in range(20)]
    r = screen_texts(docs, [_doc("template.docx", ["사업계획서", "※ 사업비 총액 (단위: 원)"])])
    assert _groups(r) == [["c0.docx", "c1.docx", "c2.docx"]]
    e = r.groups[0].evidence[0]
    assert e.habits == ("(산출물", "*출처") and e.passages == () and e.to_dict()["habits_in_common"] == list(e.habits)


def test_revision_ids_shared_beyond_the_template_are_evidence():
    template = _doc("t.docx", ["양식"], revision_ids="00AA0001; 00AA0002")
    a = _doc("a.docx", ["첫 번째 신청기업의 고유한 문장입니다 가나다라마바사"], revision_ids="00AA0001; 00AA0002; 00BB1234")
    b = _doc("b.docx", ["두 번째 신청기업의 전혀 다른 문장입니다 아자차카타파하"], revision_ids="00AA0001; 00BB1234")
    c = _doc("c.docx", ["세 번째 신청기업은 또 다른 이야기를 씁니다 하파타카차자아"], revision_ids="00AA0001; 00AA0002")
    r = screen_texts([a, b, c], [template])
    assert _groups(r) == [["a.docx", "b.docx"]]
    assert dict(r.groups[0].evidence[0].metadata) == {"revision_ids": "00bb1234"}


@needs_corpus
def test_plans_written_into_the_real_kstartup_template(tmp_path):
    """Plans filled into the corpus's real 사업계획서 양식 (DOCX) all carry its 371 passages of headings,
    tables and guidance: with the template given — and, in a batch, even without it — that text is not
    evidence; a broker's clients among them are still found."""
    base = KSTARTUP / "별첨1_사업계획서_양식.docx"
    plans = make_batch(tmp_path / "plans", independents=8, brokers=(3,), seed=11, base=base, write_template=False)
    with_template = screen([tmp_path / "plans"], templates=[base])
    without = screen([tmp_path / "plans"])
    for r in (with_template, without):
        precision, recall = plan_level_scores(_groups(r), plans)
        assert (precision, recall) == (1.0, 1.0), _groups(r)
    # the template's own text is most of each plan: what is left is the applicant's
    assert max(with_template.own_share.values()) < 0.8


@needs_corpus
def test_the_hwp_and_docx_twins_of_one_form_read_as_one_text():
    """The corpus ships the K-Startup plan template as HWP and as DOCX: the two readers give one text, so
    screening the two finds them one group, passages side by side."""
    r = screen([KSTARTUP / "별첨1_사업계획서_양식.docx", KSTARTUP / "별첨1_사업계획서_양식.hwp"])
    assert len(r.groups) == 1 and len(r.groups[0].files) == 2
    best = r.groups[0].evidence[0]
    assert best.text_share > 0.6 and len(best.passages) >= 3


def _cli(*args, cwd=ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "FORMSLIM_CACHE": "0"}
    return subprocess.run([sys.executable, "-m", "formslim", "screen", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def test_the_command_line_as_a_user_runs_it(tmp_path):
    """Text on stdout, one line per unreadable file on stderr (exit 1), the report folder written; plan text
    carrying markup or a formula comes out escaped in the HTML."""
    plans = tmp_path / "plans"
    make_batch(plans, independents=5, brokers=(2,), seed=4)
    hostile = ["<script>alert(1)</script> 압도적 기술 우위를 바탕으로 고객 가치를 극대화하는 우리의 사업 계획입니다."] * 3
    write_docx(plans / "x1.docx", hostile + ["=cmd|' /C calc'!A0 첫 번째 신청기업만의 내용이 여기에 있습니다."])
    write_docx(plans / "x2.docx", hostile + ["두 번째 신청기업만의 완전히 다른 내용이 여기에 적혀 있습니다."])
    (plans / "broken.hwpx").write_bytes(b"PK\x03\x04 not really")
    out = tmp_path / "out"
    p = _cli(plans, "--template", plans / "template.docx", "-o", out)
    assert p.returncode == 1, p.stderr
    # (the summary in the plans' language, as the page: review 64 #12)
    assert "양식 밖에서 작성자를 공유하는 묶음" in p.stdout and "사람이 검토할 근거일 뿐 증거가 아님" in p.stdout, p.stdout
    assert "groups sharing authorship" in _cli(plans, "--template", plans / "template.docx", "--lang", "en").stdout
    errors = [line for line in p.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "broken.hwpx" in errors[0]
    page = (out / "screen.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "양식 밖에서 같은 작성자가 보이는 사업계획서" in page and "lang='ko'" in page  # Korean plans, Korean page
    data = json.loads((out / "screen.json").read_text(encoding="utf-8"))
    assert any({"x1.docx", "x2.docx"} <= set(g["files"]) for g in data["groups"])
    # nothing readable: exit 3, and the JSON result (empty but for its problems) for scripts
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.docx").write_bytes(b"not a docx")
    p = _cli(bad, "--format", "json")
    assert p.returncode == 3 and json.loads(p.stdout)["problems"][0]["file"] == "a.docx"
    assert _cli(tmp_path / "missing").returncode == 2


def test_a_threshold_of_one_groups_only_certainties(tmp_path):
    plans = make_batch(tmp_path, independents=4, brokers=(3,), seed=2)
    strict = screen([tmp_path], templates=[tmp_path / "template.docx"], options=ScreenOptions(threshold=1.0))
    loose = screen([tmp_path], templates=[tmp_path / "template.docx"])
    assert len(strict.groups) <= len(loose.groups)
    assert all(g.score >= 1.0 - 1e-9 for g in strict.groups)


def test_short_korean_sentences_copied_word_for_word(tmp_path):
    """Concise Korean plans (sentences of 15–25 syllables) copied from one another are a group, every
    copied sentence shown; with two plans and no template, a warning says the result is weak."""
    own = ["목표 시장은 전국 27개 운전면허시험장과 손해보험사 12곳이다.", "당사는 재고 알림 앱을 만든다.",
           "첫해 매출 목표는 3억 원이다.", "대표는 물류 분야 경력 10년이다.", "베타 고객 40곳을 확보했다.",
           "구독료는 월 9만 원으로 정한다.", "2차년도에 일본 시장에 진출한다.", "특허 2건을 출원했다."]
    write_docx(tmp_path / "a.docx", own)
    write_docx(tmp_path / "b.docx", own)
    make_batch(tmp_path / "others", independents=3, brokers=(), seed=21, write_template=False, sentences_per_plan=12)
    r = screen([tmp_path])
    assert _groups(r) == [["a.docx", "b.docx"]]
    assert r.groups[0].evidence[0].matched_passages == len(own) - 1  # all but one sentence of 10 syllables
    two = screen([tmp_path / "a.docx", tmp_path / "b.docx"])
    assert any("fewer than 3 plans" in w for w in two.warnings)


def test_a_round_of_one_consultants_three_clients_alone_is_a_group_when_the_template_is_given():
    """Three plans only, all one consultant's: with the template given, what all three share is not taken for the
    template's (it is known) — the same author and the same paragraphs are the group's evidence, not a silent
    all-clear. Without the template, what every plan of a small batch has is still taken for it (and said)."""
    stock = "당사는 고객 중심의 서비스 혁신을 통해 시장 점유율을 높이고 지속 가능한 성장 기반을 마련할 계획임."
    docs = [_doc(f"c{i}.docx", [stock, f"고객사 {i}의 고유한 사업 내용 {i * 7919}을 서술함."], author="한빛컨설팅 김도윤")
            for i in range(3)]
    r = screen_texts(docs, [_doc("template.docx", ["사업계획서 양식"], author="kised")])
    assert _groups(r) == [["c0.docx", "c1.docx", "c2.docx"]]
    assert screen_texts(docs).warnings


def test_line_shapes_keep_a_writers_habits_not_its_words():
    from formslim.screening import line_shape

    assert line_shape("총 1억 3,600만 원 (2025년 기준)") == "가 0가 0,0가 가 (0가 가)"
    assert line_shape("▶ Pain Point[고객 불편 지점]: 현장   인력 부족") == "▶ a a[가 가 가]: 가 가 가"


def test_a_consultant_who_paraphrases_every_sentence_is_found_by_how_it_sets_its_text():
    """eval/screening/dev6 (written for the project by a helper that never saw the tool): one consultant rewrote
    every sentence for three clients in unrelated industries — under 10% of the text in common, no metadata —
    but set numbers, ratios, lists and asides the same way ("1억 3,600만 원", "하나. … 둘. …", "~ 2026. 6."). Its
    three plans are one group on the shapes of their lines, weighed by rarity in the batch; the founders who share
    one idiom, an industry or a quoted statistic with it are not. With fewer than 10 plans the shapes are not
    weighed (rarity needs a batch)."""
    batch = ROOT / "eval" / "screening" / "dev6"
    template = ROOT / "sample_forms" / "kr-sme-support" / "02_사업계획서.docx"
    r = screen([batch], templates=[template])
    x = next(g for g in r.groups if "dev6_02.docx" in {Path(f).name for f in g.files})
    assert {Path(f).name for f in x.files} == {"dev6_02.docx", "dev6_06.docx", "dev6_13.docx"}
    e = x.evidence[0]
    assert e.text_share < 0.05 and not e.metadata and e.style >= 0.45 and e.style_examples
    assert e.to_dict()["style_similarity"] == round(e.style, 3)
    founders = {"dev6_03.docx", "dev6_05.docx", "dev6_07.docx", "dev6_08.docx", "dev6_10.docx", "dev6_12.docx",
                "dev6_14.docx"}
    assert not any(founders & {Path(f).name for f in g.files} for g in r.groups)
    few = screen(sorted(batch.glob("dev6_0[1-6].docx")), templates=[template])
    assert all(e.style == 0.0 for g in few.groups for e in g.evidence)


def test_words_a_template_prints_are_no_ones_style_where_a_plan_quotes_them():
    """Applicant tools review 39 #7: two independent plans that each quote the notice's purpose ("“유망 기술창업
    아이템을 보유한 도약기 창업기업의 …”") were grouped on the shapes of those quotes, with the notice given as a
    template. Runs of three words a template prints are cut out of a line before its shape is taken, wherever
    they stand in it."""
    from formslim.screening import _own_segments, _shape_grams, template_word_runs

    notice = _doc("notice.pdf", ["□ 사업목적 : 유망 기술창업 아이템을 보유한 도약기 창업기업의 비즈니스 모델 혁신"])
    runs = template_word_runs([notice])
    line = "본 과제는 “유망 기술창업 아이템을 보유한 도약기 창업기업의” 성장에 부합함 (2025년)"
    assert _own_segments(line, runs) == ["본 과제는", "성장에 부합함 (2025년)"]
    plan = _doc("a.docx", [line])
    grams, examples = _shape_grams(plan, set(), 5, runs)
    assert not any("유망" in x or "“" in x for x in examples.values())
    assert any("2025" in x for x in examples.values())
    # without the template, the quote is the plan's own text
    _, examples = _shape_grams(plan, set(), 5)
    assert any("“유망" in x for x in examples.values())


def test_what_every_plan_of_a_batch_shares_is_no_writers_even_with_the_template_given():
    """Twelve independent plans written with one library (the same document id in every file) that each quote the
    programme's purpose in one stock sentence: with the template given, neither is shared authorship — a newcomer's
    review of #14 saw all twelve grouped at score 1.00. Two of them that share their own paragraphs still are."""
    quote = "본 사업의 목적인 '유망 기술창업 아이템을 보유한 도약기 창업기업의 비즈니스 모델 혁신 및 제품 서비스 고도화 지원'에 부합하도록 작성함."
    own = [f"독립 신청기업 {i}번은 고유한 사업 내용 {i * 7919}를 상세히 설명하며 시장 {i * 104729}을 분석함." for i in range(12)]
    stock = ["당사는 3단 점프 전략으로 골든타임 안에 플랫폼 락인을 달성하여 성장의 지렛대를 확보할 계획임.",
             "초기 고객 100개사를 확보한 뒤 구독 전환율을 높여 매출 기반을 다지고 해외 진출을 준비함."]
    docs = [_doc(f"p{i:02d}.docx", [quote, own[i]] + (stock if i in (3, 8) else []), doc_id="{0A1B2C3D-python-docx}")
            for i in range(12)]
    template = _doc("template.docx", ["사업계획서 양식", "창업아이템 개요"], author="kised")
    r = screen_texts(docs, [template])
    assert _groups(r) == [["p03.docx", "p08.docx"]], _groups(r)
    assert not any(k == "doc_id" for g in r.groups for e in g.evidence for k, _ in e.metadata)
    # (a round of one consultant's three clients, screened alone with the template, is still a group: see above)
    three = [_doc(f"c{i}.docx", [quote, own[i]], doc_id="{0A1B2C3D-python-docx}") for i in range(3)]
    assert _groups(screen_texts(three, [template])) == [["c0.docx", "c1.docx", "c2.docx"]]


#: one consultant's four thoughts, reworded for each of three clients in unrelated trades: no run of five letters in
#: common beyond single words, but each keeps the consultant's own words ("골든타임", "정면 돌파", "지렛대")
_REWORDED = [
    ["{x} 분야는 보이지 않는 비용이 고객의 지갑을 조용히 잠식하는 구조적 모순을 안고 있다.",
     "고객 지갑을 소리 없이 갉아먹는 눈에 띄지 않는 비용, 이것이 {x} 시장이 품은 구조적 모순이다.",
     "드러나지 않는 비용이 지갑을 좀먹는 구조적 모순이 {x} 분야 곳곳에 자리 잡았다."],
    ["당사는 진입과 확산과 지배의 3단 점프 전략으로 이 모순을 정면 돌파한다.",
     "우리 회사가 택한 해법은 3단 점프 전략이며 진입부터 지배까지 모순을 정면 돌파하는 길이다.",
     "정면 돌파의 방법은 진입, 확산, 지배로 이어지는 3단 점프 전략이다."],
    ["앞으로 2년이 {x} 시장의 골든타임이며 이 창을 놓치면 후발 주자의 기회는 닫힌다.",
     "지금이 골든타임이다: 후발 주자에게 열린 창은 2년 뒤 {x} 시장에서 닫힌다.",
     "{x} 시장의 창이 닫히기 전 2년, 그 골든타임을 후발 주자는 다시 얻지 못한다."],
    ["지원금은 성장의 지렛대로 쓰여 실패를 데이터로 바꾸는 실험에 투입된다.",
     "정부 지원은 실패를 데이터로 전환하는 실험, 곧 성장의 지렛대에 들어간다.",
     "실험 하나하나가 실패를 데이터로 남기도록 지원금을 성장의 지렛대로 삼는다."],
]


def _own_plan(k: int) -> list[str]:
    """A founder's own plan: sentences about its own trade, numbered so no two founders share a sentence."""
    trades = ["수경재배 토마토 양액", "노령견 관절 간식", "중학 수학 오답 앱", "폐배터리 재활용 선별", "한옥 체험 숙박",
              "수경재배 딸기 양액", "커피박 화분 제작", "물류 창고 배차", "식물성 유화제", "방제 약제 살포", "매장 주문 단말"]
    t = trades[k]
    return [f"우리는 {t} 사업을 {2019 + k}년에 시작했다.", f"{t} 고객 {k * 37 + 12}곳이 매달 제품을 다시 산다.",
            f"올해 {t} 매출은 {k * 3 + 2}억 원을 넘길 것으로 본다.", f"{t} 설비를 {k + 2}대 더 들여 생산을 늘린다.",
            f"직원 {k + 3}명을 새로 뽑아 {t} 품질 관리를 맡긴다.", f"대표는 {t} 분야에서 {k + 5}년을 일했다."]


def test_a_consultant_who_rewords_every_sentence_but_keeps_its_own_words_is_found():
    """Review 64 #6: three plans one consultant reworded and reordered for clients in unrelated trades (cosmetics,
    drones, kiosks) were not grouped — no sentence alike letter for letter, no metadata. One sentence of each that
    shares three rare words or more (without their endings, not the template's, in few plans of the batch) is one
    thought reworded; a share of them over what plans of one trade reach is evidence. Two founders in one trade
    (수경재배 … 양액) share their trade's words, not a writer's; a batch of fewer than 10 plans weighs no rarity."""
    clients = ["천연 화장품 원료", "농업용 드론 방제", "무인 주문 키오스크"]
    docs = []
    for c, x in enumerate(clients):
        order = [(c + k) % 4 for k in range(4)]  # (each client's copy in its own order)
        docs.append(_doc(f"broker_{c}.docx", [_REWORDED[k][c].format(x=x) for k in order] + _own_plan(8 + c)[:3]))
    docs += [_doc(f"founder_{k}.docx", _own_plan(k)) for k in range(8)]
    template = _doc("template.docx", ["사업계획서 양식", "창업아이템 개요 및 사업화 계획"])
    r = screen_texts(docs, [template])
    assert _groups(r) == [["broker_0.docx", "broker_1.docx", "broker_2.docx"]], _groups(r)
    e = r.groups[0].evidence[0]
    assert e.text_share < 0.05 and not e.metadata and e.reworded >= 0.3
    a, b, words = e.to_dict()["reworded"][0]["a"], e.to_dict()["reworded"][0]["b"], e.reworded_passages[0][2]
    assert len(words) >= 3 and all(w in a.lower() and w in b.lower() for w in words), (a, b, words)
    assert r.groups[0].evidence[0].to_dict()["reworded_share"] == round(e.reworded, 3)
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "docs" / "schemas" / "screen.schema.json").read_text(encoding="utf-8"))
    assert not list(Draft202012Validator(schema).iter_errors(r.to_dict()))
    few = screen_texts(docs[:3] + docs[4:8], [template])
    assert all(e.reworded == 0.0 for g in few.groups for e in g.evidence)
