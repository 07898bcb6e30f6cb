"""Hangul words a flat PDF prints broken apart (a narrow cell's character-unit wrap, distributed alignment)
are joined again by the document's own words — and only there."""

from formslim.parse.wraps import joiner

from .conftest import needs_corpus


def test_a_word_broken_by_a_wrap_is_joined_where_the_document_prints_it_whole():
    texts = ["자동식사이\n렌 설비", "[ ]자동식사이렌설비", "시 각경보기", "자동화재탐지설비 및 시각경보기",
             "설치 시", "전기 저 장장치", "[ ]전기저장장치", "광케\n이블", "광케이블", "소화수조 및 저수조", "설비 점검"]
    join = joiner(texts)
    assert join("자동식사이\n렌 설비") == "자동식사이렌 설비"  # "설비" stands alone elsewhere: the space stays
    assert join("시 각경보기") == "시각경보기"
    assert join("전기 저 장장치") == "전기저장장치"  # broken twice
    assert join("광케\n이블") == "광케이블"
    # real word breaks stay: "시" stands alone ("설치 시"); the form never prints "소화수조및"
    assert join("설치 시") == "설치 시"
    assert join("소화수조 및 저수조") == "소화수조 및 저수조"


def test_pieces_the_document_never_prints_whole_stay_apart():
    join = joiner(["피난용트 랩", "간이 완강기", "완강기"])
    assert join("피난용트 랩") == "피난용트 랩"  # a reader may see the word; the document gives no evidence of it
    assert join("간이 완강기") == "간이 완강기"
    assert join("a b\tc") == "a b\tc"


@needs_corpus
def test_fire_report_labels_read_whole(corpus):
    """9호 pages 5–6 print "스프링클 / 러설비" wrapped in a narrow cell, "시 각경보기" spread by alignment,
    "토출 량" and "유효수 량" split: each label is the word the form prints elsewhere (review 48 #13)."""
    from formslim import read_document

    path = corpus / "kr-fire-forms/별지_제9호서식_자체점검결과보고서.pdf"
    labels = {x.label for x in read_document(path, path.name).fields}
    assert {"시각경보기", "스프링클러 설비", "토출량", "유효수량", "화재알림설비", "고체에어로졸"} <= labels
    assert not {"시 각경보기", "스프링클", "토출 량", "유효수 량", "고체에 어 로졸"} & labels


def test_a_letter_spaced_caption_is_left_whole_to_the_field_rules():
    join = joiner(["세 대 수", "세대수", "높 이"])
    assert join("세 대 수") == "세 대 수"
