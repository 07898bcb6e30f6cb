"""A pledge merged into the consolidated form carries its undertakings as printed; one whose words formslim
cannot read stays as it is (review 40 #1: "동의합니다: 확약서" with no text binds the signer to nothing)."""
from __future__ import annotations

import json

import docx

from formslim.parse.parties import korean_pledge
from formslim.pipeline import analyze

from .conftest import CORPUS, needs_corpus

_ARTICLE = """직접이행의무 확약서
 본 구매(공급)계약을 체결하는 당사는 아래 내용의「특수조건」제7조의3에 따른 직접이행의무를 준수하고, 위반 시 불이익처분에 동의함을 확약합니다.

제7조의3(직접이행의무) ① 계약상대자는 계약상의 모든 의무를 직접 이행하여야 한다.
 ② 다음 각 호의 행위는 직접이행의무를 회피하는 행위로 간주한다.
  1. 의무를 제3자에 전가한 경우

년	월	일
서약자 ○○○○회사 대표 ○○○ (인)
조달청장 귀하"""


def test_a_pledge_over_an_article_carries_the_article_up_to_its_date():
    words = korean_pledge(_ARTICLE)
    assert words.startswith("본 구매(공급)계약을 체결하는 당사는")
    assert "제7조의3(직접이행의무) ① 계약상대자는" in words and words.endswith("1. 의무를 제3자에 전가한 경우")
    assert "서약자" not in words and "귀하" not in words


def test_a_one_sentence_pledge_with_its_table_and_one_with_no_end():
    table = ("\t확약서\n 당사 임직원은 부정한 행위를 한 경우에는 [별표1]의 기준에 따른 금액을 납부할 것을 확약합니다.\n"
             "불공정행위 유형 산정 기준 1. 허위 서류를 제출하는 행위 계약금액의 100분의 10\n20  .\t.\t.\n서약자 ○○○(인)")
    assert korean_pledge(table).endswith("1. 허위 서류를 제출하는 행위 계약금액의 100분의 10")
    # where nothing closes it (no date, no signature), where the undertaking ends is not known: nothing claimed
    assert korean_pledge("본 회사는 아래 내용을 준수할 것을 확약합니다.\n제1조(목적) 이 조건은 …") == ""


def _form(path, title, labels, lines=()):
    """A one-page DOCX form: its title, the lines printed under it, a table of labels with blanks."""
    d = docx.Document()
    d.add_heading(title, 0)
    for line in lines:
        d.add_paragraph(line)
    t = d.add_table(rows=len(labels), cols=2)
    t.style = "Table Grid"
    for i, label in enumerate(labels):
        t.cell(i, 0).text = label
    d.save(path)


def _pledge(path, lines):
    _form(path, "청렴 서약서", ["회사명", "대표자", "서명"], lines)


def _application(path):
    _form(path, "지원사업 신청서", ["회사명", "대표자", "사업자등록번호"])


def test_a_merged_pledge_prints_its_words_and_an_unread_one_stays(tmp_path):
    from formslim.report.redesign import write_report

    _application(tmp_path / "01_신청서.docx")
    _pledge(tmp_path / "02_청렴서약서.docx", ["본인은 지원사업에 참여함에 있어 다음 사항을 준수할 것을 서약합니다.",
                                         "1. 사업비를 목적 외로 사용하지 않는다.", "2. 허위 서류를 내지 않는다."])
    a = analyze([tmp_path])
    pledge = next(d for d in a.plan.documents if d.file == "02_청렴서약서.docx")
    assert pledge.decision == "merge"
    write_report(a, tmp_path / "out")
    form = json.loads((tmp_path / "out" / "form.json").read_text(encoding="utf-8"))
    items = {i["id"]: i for s in form["sections"] for i in s["items"]}
    assert "1. 사업비를 목적 외로 사용하지 않는다." in items["declaration:02_청렴서약서.docx"]["label"]

    # the same pledge with its points printed where formslim does not find them: its words are not read, and
    # a box with its title alone would not bind anyone to them
    _pledge(tmp_path / "02_청렴서약서.docx", ["청렴 서약"])
    a = analyze([tmp_path])
    pledge = next(d for d in a.plan.documents if d.file == "02_청렴서약서.docx")
    rules = {x.id: x for x in a.plan.decisions}
    assert pledge.decision == "keep" and [rules[i].rule for i in pledge.decisions] == ["K-PLEDGE-TEXT"]


@needs_corpus
def test_the_procurement_pledges_are_read_word_for_word():
    from formslim.parse import read_package

    pk = read_package([CORPUS / "kr-procurement-rfastball" / "bid_notice_limited_under100m.hwpx"])
    words = {d.locator: d.pledge for d in pk.documents if d.kind == "pledge"}
    assert sorted(words) == ["<붙임 1>", "<붙임 2>", "<붙임 3>"]
    assert "제7조의3(직접이행의무) ①" in words["<붙임 1>"] and "제26조의5(" in words["<붙임 2>"]
    # <붙임 3>: one sentence over the 별표1 table of the sums recovered, both what the contractor undertakes
    assert "[별표1]의 기준에 따른 금액을 조달청에 납부할 것을 확약합니다." in words["<붙임 3>"]
    assert "계약금액에 100분의 10을 곱한 금액" in words["<붙임 3>"]
    assert not any("서약자" in w or "귀하" in w for w in words.values())
