"""HWPX, HWP 5 and XLSX: the corpus files parse, click-here fields are found, twins agree, and
malformed archives give one clear line."""
import io
import json
import struct
import zipfile
import zlib
from collections import Counter

import pytest

from formslim import InputFileError, read_document, read_package

from .conftest import CORPUS, corpus_files, needs_corpus

KOREAN = corpus_files("**/*.hwpx") + corpus_files("**/*.hwp") + corpus_files("**/*.xlsx")


@needs_corpus
@pytest.mark.parametrize("path", KOREAN, ids=lambda p: p.name)
def test_every_korean_format_file_parses(path):
    doc = read_document(path, path.name)
    assert doc.format in ("hwpx", "hwp", "xlsx")
    assert doc.title


def golden_names(path):
    names = []

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "fields":
                    names.extend(v)
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(json.loads(path.read_text(encoding="utf-8")))
    return names


GOLDEN = corpus_files("kr-procurement-rfastball/golden/*.json")


@needs_corpus
@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.stem)
def test_click_here_recall_against_golden(golden):
    doc = read_document(golden.parent.parent / f"{golden.stem}.hwpx", golden.stem)
    expected = Counter(golden_names(golden))
    found = Counter(f.name for f in doc.fields if f.name)
    missing = expected - found
    assert not missing, missing  # recall 1.0, occurrences included
    # a click-here field is labelled by its (human) name, and nothing else is invented as native
    assert all(f.label == f.name for f in doc.fields if f.name)
    assert sum(found.values()) == sum(expected.values())


def twin_agreement(a, b) -> float:
    """Dice agreement of the multisets of normalised labels."""
    A = Counter(f.normalized_label for f in a.fields)
    B = Counter(f.normalized_label for f in b.fields)
    return 2 * sum((A & B).values()) / (sum(A.values()) + sum(B.values()))


@needs_corpus
@pytest.mark.parametrize("stem", ["별첨1_사업계획서_양식", "별첨2_증빙서류_제출목록_양식"])
def test_hwp_and_docx_twins_agree(stem):
    base = CORPUS / "kr-kstartup-sandoc"
    hwp = read_document(base / f"{stem}.hwp", f"{stem}.hwp")
    docx = read_document(base / f"{stem}.docx", f"{stem}.docx")
    assert len(hwp.fields) >= 20
    assert twin_agreement(hwp, docx) >= 0.90


@needs_corpus
def test_hwp_tables_and_text(corpus):
    doc = read_document(corpus / "kr-hwplib/붙임1_정부포상_추천_구비서류_서식.hwp", "x.hwp")
    labels = {f.label for f in doc.fields}
    assert {"성명", "생년월일", "주민등록번호", "공적개요 (50자 이내)"} <= labels
    assert any(f.kind == "signature" for f in doc.fields)
    assert any(f.repeats > 1 for f in doc.fields)


@needs_corpus
def test_hwp_hints_in_answer_places_unit_frames_and_table_captions(corpus):
    """공적조서(개인) and 인사기록요약서 of the award bundle: printed hints where answers go, date ranges
    framed by units, a name written before the seal mark, and a caption row that says whose rows follow."""
    doc = read_document(corpus / "kr-hwplib/붙임1_정부포상_추천_구비서류_서식.hwp", "x.hwp")
    merit = next(p for p in doc.parts if "공적조서 (개인)" in p.title)
    f = {}
    for x in merit.fields:
        f.setdefault(x.label, []).append(x)
    # "소속 | 법정 명칭 (표창장 등에 …)", "직위 | 법정 또는 공식명칭 …": hints, not labels
    assert {"소속", "직위", "직급ㆍ계급", "추천 훈격(勳格)", "추천 순위"} <= set(f)
    assert f["공적기간"][0].kind == "date"
    assert not any("상훈법 시행령" in x.label for x in merit.fields)  # the legal-basis header is no field
    names = f["성명"]
    # the nominee's, the 조사자's ("성명 | (서명 또는 인)") and the 추천관's ("추천관  직위  성명" beside the 관인)
    assert len(names) == 3 and names[1].context[-1] == "조사자" and "조사자" not in names[0].context
    assert names[2].context[-1] == "추천관"
    hr = next(p for p in doc.parts if "인사기록요약서" in p.title)
    kinds = {x.label: x.kind for x in hr.fields}
    assert kinds.get("8)일반직") == "date" and kinds.get("12)특정직") == "date"  # "\t～\t(년 월 일)"
    assert sum(1 for x in hr.fields if x.label == "성명") == 2  # "성 명 | \t(인)", twice


@needs_corpus
def test_hwp_seal_boxes_and_signers_particulars(corpus):
    """The places for a seal in the award bundle's certifications, each with the signer's particulars:
    "추천관  직위  성명" beside a nested box "관인" (공적조서 개인); a row "추 천 관 | 직 위 | 성 명 … | 직인"
    and "⑫ 성 명 | 직인, 서명 모두 가능 (인)" (공적조서 단체); two blocks "직급 | ___ | 성 명 | (인)" side
    by side under "22)작성자" and "23)확인자", and "기 관 명: 직 인" letter-spaced (인사기록요약서)."""
    doc = read_document(corpus / "kr-hwplib/붙임1_정부포상_추천_구비서류_서식.hwp", "x.hwp")

    def part(title):
        return next(p for p in doc.parts if title in p.title)

    def sigs(p):
        return [(x.label, x.context[-1] if x.context else "") for x in p.fields if x.kind == "signature"]

    person = part("공적조서 (개인)")
    assert [l for l, _ in sigs(person)] == ["(서명 또는 인)", "추천관 (관인)"]
    # (the 조사자 is "추천부서의 부서장", a post of the recommending body's own: its internal approval, session 26;
    # the 추천관 is the recommending agency's head, not a 추천서's 추천인: review 31 #1)
    assert [s.signer for s in person.signers if s.field] == ["approver", "recommending_agency"]
    group = part("공적조서 (단체)")
    labels = [x.label for x in group.fields]
    assert "12 성명" in labels and ("(인)", "조사자") in sigs(group)
    assert "추천관 (직인)" in [l for l, _ in sigs(group)]
    own = [x for x in group.fields if x.label in ("직위", "성명")]
    assert own and all(x.context[-1] == "추천관" for x in own)  # the 추천관's, not the 조사자's
    hr = part("인사기록요약서")
    blocks = [(x.label, x.kind, x.context[-1]) for x in hr.fields if x.context and x.context[-1].startswith(("22)", "23)"))]
    for who in ("22)작성자(인사담당자)", "23)확인자(인사담당관)"):
        assert [(l, k) for l, k, c in blocks if c == who] == [("직급", "text"), ("성명", "text"), ("(인)", "signature")]
    assert "(직인)" in [l for l, _ in sigs(hr)] and "24) 기관명" in [x.label for x in hr.fields]


@needs_corpus
def test_hwpx_roster_and_label_value_rows(corpus):
    doc = read_document(corpus / "kr-hwpx-filler-merryai/코이카서식.hwpx", "x.hwpx")
    f = {x.label: x for x in doc.fields}
    assert {"성명", "소속", "직책/직위", "연령", "학력", "자격증"} <= set(f)
    assert f["사업명"].repeats == 4 and f["참여기간 (년월 ~ 년월)"].kind == "date"


@needs_corpus
def test_xlsx_register(corpus):
    doc = read_document(corpus / "kr-nibp-xlsx/kdca_submit_template.xlsx", "x.xlsx")
    assert doc.fields and all(f.location.table and f.location.row for f in doc.fields)
    labels = [f.label for f in doc.fields]
    # a two-level header over a template row of ${…} variables: one field per column
    assert len(labels) == 16
    assert "성명" in labels and any(l.endswith("휴대폰") for l in labels) and any(l.endswith("종료일시") for l in labels)
    assert next(f for f in doc.fields if f.label.startswith("생년월일")).kind == "date"


# ------------------------------------------------------------------ malformed archives

def hwpx_bytes(section: bytes, extra: dict | None = None, drop: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/hwp+zip")
        parts = {"Contents/content.hpf": b"<opf:package xmlns:opf='http://www.idpf.org/2007/opf/'><opf:metadata>"
                                          b"<opf:title>t</opf:title></opf:metadata></opf:package>",
                 "Contents/section0.xml": section}
        parts.update(extra or {})
        for name, data in parts.items():
            if name != drop:
                z.writestr(name, data)
    return buf.getvalue()


SECTION = (b"<hs:sec xmlns:hs='http://www.hancom.co.kr/hwpml/2011/section' "
           b"xmlns:hp='http://www.hancom.co.kr/hwpml/2011/paragraph'><hp:p><hp:run><hp:t>"
           b"\xec\x84\xb1\xeb\xaa\x85:\t</hp:t></hp:run></hp:p></hs:sec>")


def test_minimal_hwpx_reads(tmp_path):
    p = tmp_path / "ok.hwpx"
    p.write_bytes(hwpx_bytes(SECTION))
    doc = read_document(p, "ok.hwpx")
    assert [f.label for f in doc.fields] == ["성명"]


BAD = {
    "bad_zip.hwpx": (lambda: b"PK\x03\x04" + b"\x00" * 50, "corrupt"),
    "missing_section.hwpx": (lambda: hwpx_bytes(SECTION, drop="Contents/section0.xml"), "corrupt"),
    "entities.hwpx": (lambda: hwpx_bytes(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
                                         b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>' + SECTION), "corrupt"),
    "external_entity.hwpx": (lambda: hwpx_bytes(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM '
                                                b'"file:///etc/passwd">]>' + SECTION.replace(b":\t", b":&e;")),
                             "corrupt"),
    "not_xml.hwpx": (lambda: hwpx_bytes(b"<hs:sec><unclosed>"), "corrupt"),
    "huge.hwpx": (lambda: hwpx_bytes(SECTION, extra={"Contents/section1.xml": b" " * (120 * 1024 * 1024)}),
                  "too_large"),
    "truncated_ole.hwp": (lambda: _ole_prefix(), "corrupt"),
    "not_ole.hwp": (lambda: b"HWP Document File but not OLE", "corrupt"),
}


def _ole_prefix() -> bytes:
    src = CORPUS / "kr-hwplib/붙임1_정부포상_추천_구비서류_서식.hwp"
    if src.exists():
        return src.read_bytes()[:3000]
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600


@pytest.mark.parametrize("name", sorted(BAD))
def test_malformed_archives_give_one_line(tmp_path, name):
    make, code = BAD[name]
    p = tmp_path / name
    p.write_bytes(make())
    with pytest.raises(InputFileError) as info:
        read_document(p, name)
    assert info.value.code == code, str(info.value)
    assert str(info.value).startswith(name) and "\n" not in str(info.value)
    assert "root:" not in str(info.value)  # nothing was read from outside the archive


def test_truncated_hwp_records_are_reported():
    from formslim.parse.hwp import read_records

    rec = struct.pack("<I", 67 | (0 << 10) | (40 << 20)) + b"\x00" * 10  # says 40 bytes, has 10
    with pytest.raises(InputFileError) as info:
        read_records(rec, "x.hwp")
    assert info.value.code == "corrupt"


def test_hwp_section_bomb_is_bounded():
    from formslim.parse import hwp

    bomb = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = bomb.compress(b"\x00" * (hwp.MAX_SECTION_BYTES + 1024)) + bomb.flush()
    with pytest.raises(InputFileError) as info:
        hwp._inflate(data, "x.hwp")
    assert info.value.code == "too_large"


def test_batch_with_malformed_korean_files_goes_on(tmp_path):
    for name in ("bad_zip.hwpx", "entities.hwpx", "not_ole.hwp"):
        (tmp_path / name).write_bytes(BAD[name][0]())
    (tmp_path / "ok.hwpx").write_bytes(hwpx_bytes(SECTION))
    package = read_package([tmp_path])
    assert [d.path for d in package.documents] == ["ok.hwpx"]
    assert len(package.problems) == 3


def test_a_damaged_table_size_does_not_grow_the_grid():
    """A damaged HWP once claimed tens of thousands of rows and took minutes: tables are sized by
    their cells, within bounds."""
    from formslim.parse.layout import MAX_TABLE_COLS, MAX_TABLE_ROWS, Cell, Table

    t = Table.of(1, [Cell(row=0, col=0, text="성명"), Cell(row=60000, col=3, text="x"),
                     Cell(row=1, col=0, text="", rowspan=90000, colspan=9000)])
    assert t.n_rows <= MAX_TABLE_ROWS and t.n_cols <= MAX_TABLE_COLS
    assert all(c.row < MAX_TABLE_ROWS for c in t.cells)
    assert len(t.grid()) == t.n_rows


@needs_corpus
def test_column_headers_numbered_on_a_line_of_their_own_head_a_roster():
    """정부포상 추천자 현황 (별표1) numbers its columns on a line of their own ("①\\n소속", "③\\n범죄\\n경력")
    under a two-level header ("추천제한 조회결과", "⑦ 세금체납" over 국세 | 관세 | 지방세): every column is a
    roster column, named without its number, with the header above it."""
    doc = read_document(CORPUS / "kr-hwplib" / "붙임1_정부포상_추천_구비서류_서식.hwp")
    roster = [f for f in doc.fields if f.location.table == 2]
    labels = [f.label for f in roster]
    for expected in ("소속", "수공 기간", "추천제한 조회결과 범죄 경력", "세금체납 국세", "세금체납 지방세"):
        assert expected in labels, labels
    assert all(f.repeats >= 2 for f in roster)


@needs_corpus
def test_an_answer_box_across_the_table_under_its_caption_or_with_it_inside():
    """공적조서 (별표4): "공적 내용" across the table over a tall box that holds only guidance ("※ 공적내용은
    … 기재"), and a tall box that prints its own caption above the guidance ("공적 요지(70자 이내)" / "※ 향후
    ｢수여증명서｣ 등 …"): each is one free-text answer, named by its caption."""
    doc = read_document(CORPUS / "kr-hwplib" / "붙임1_정부포상_추천_구비서류_서식.hwp")
    boxes = {f.label for f in doc.fields if f.kind == "free_text" and f.location.table in (10, 12)}
    assert {"공적 요지(70자 이내)", "공적 내용"} <= boxes, boxes


def _fields_of_blocks(*blocks):
    from formslim.fields.detect import detect_fields
    from formslim.parse.layout import Layout, inline_boxes

    return detect_fields(inline_boxes(Layout(blocks=tuple(blocks), page_count=1)), "x.hwp", "hwp")


def test_a_signers_row_ending_in_a_seal_box_asks_each_particular_then_the_mark():
    """Built tables, no corpus: "확인관 | 직 위 | 성 명 … | 직인" (each particular written in its own cell, the
    seal in the last), and two blocks "직급 | ___ | 성 명 | (인)" side by side under their captions. A row
    whose captions are no signer's particulars ("상호 | ___ | 대표자 | (인)") is read as before."""
    from formslim.parse.layout import Cell, Table

    row = Table.of(1, [Cell(0, 0, "서류명", colspan=4), Cell(1, 0, "  확 인 관"), Cell(1, 1, "직 위"),
                       Cell(1, 2, "성 명  기관의 장"), Cell(1, 3, "직인")])
    got = [(f.label, f.kind, f.context[-1:]) for f in _fields_of_blocks(row)]
    assert got == [("직위", "text", ("확인관",)), ("성명", "text", ("확인관",)), ("확인관 (직인)", "signature", ("서류명",))]
    twin = Table.of(2, [Cell(0, 0, "작성자", colspan=4), Cell(0, 4, "확인자", colspan=4),
                        Cell(1, 0, "직급"), Cell(1, 1, ""), Cell(1, 2, "성 명"), Cell(1, 3, "\t(인)"),
                        Cell(1, 4, "직급"), Cell(1, 5, ""), Cell(1, 6, "성 명"), Cell(1, 7, "\t(인)")])
    got = [(f.label, f.kind, f.context[-1]) for f in _fields_of_blocks(twin)]
    assert got == [(l, k, who) for who in ("작성자", "확인자")
                   for l, k in (("직급", "text"), ("성명", "text"), ("(인)", "signature"))]
    plain = Table.of(3, [Cell(0, 0, "상호"), Cell(0, 1, ""), Cell(0, 2, "대표자"), Cell(0, 3, "\t(인)")])
    assert [(f.label, f.kind) for f in _fields_of_blocks(plain)] == [
        ("상호", "text"), ("대표자", "text"), ("대표자 (인)", "signature")]


def test_a_seal_box_nested_in_a_cell_stands_beside_the_signers_line():
    """"추천관  직위  성명" with a nested one-row table "[   | 관인 ]" after it in the same cell: the signer's
    particulars, then the seal — and a letter-spaced seal at a line's end ("기 관 명:  직  인")."""
    from formslim.parse.layout import NESTED_TABLE, Cell, Table

    outer = Table.of(1, [Cell(0, 0, "위의 기록이 사실과 다름없음을 확인합니다.\n\n  추천관\t직위\t성명 \n" + NESTED_TABLE
                              + "\n\n 추천관은 추천기관의 기관장")])
    seal = Table.of(2, [Cell(0, 0, ""), Cell(0, 1, "관인")])
    got = [(f.label, f.kind, f.context[-1:]) for f in _fields_of_blocks(outer, seal)]
    assert got == [("직위", "text", ("추천관",)), ("성명", "text", ("추천관",)), ("추천관 (관인)", "signature", ())]
    from formslim.parse.layout import Line

    got = [(f.label, f.kind) for f in _fields_of_blocks(Line("24) 기 관 명:\t직\t인", 1))]
    assert got == [("24) 기관명", "text"), ("(직인)", "signature")]
    # the hint of the confirming official's rank after a wide gap is a blank of its own
    got = [(f.label, f.kind) for f in _fields_of_blocks(Line("확인자\t총무과장(팀장)  (직급)\t(성명)\t(서명)", 1))]
    assert got == [("(직급)", "text"), ("(성명)", "text"), ("확인자 (서명)", "signature")]


def test_an_issuing_offices_seal_is_the_issuers_and_two_forms_marks_are_never_one_datum():
    """"○○세무서장 (직인)" on the sample 사업자등록증명 and 납세증명서: the tax office seals what it issues (not the
    applicant, as a signature block naming nobody would say); the seal is part of the issued record, no field,
    and does not keep the certificate from being fetched. Two forms' signature marks are each form's own act,
    never one datum, whatever words they are printed with ("확인자 (직인)" on both)."""
    from dataclasses import replace
    from pathlib import Path

    from formslim import read_package
    from formslim.knowledge import load_knowledge
    from formslim.match import match_package
    from formslim.model import Package

    from .test_match import doc

    pkg = read_package([Path(__file__).parent.parent / "sample_forms" / "kr-sme-support"])
    certs = [d for d in pkg.documents if d.kind == "certificate"]
    assert len(certs) == 4
    for d in certs:
        assert [(s.signer, s.field) for s in d.signers] == [("issuer", "")], (d.path, d.signers)
        assert "issues it" in d.signers[0].evidence and d.signers[0].label.endswith("(직인)")
        assert not [f for f in d.fields if f.kind == "signature"]
    a, b = doc("a.pdf", ["대표자 성명", "확인자 (직인)"]), doc("b.pdf", ["대표자 성명", "확인자 (직인)"])
    a, b = (replace(d, fields=(d.fields[0], replace(d.fields[1], kind="signature"))) for d in (a, b))
    links = {(x.a, x.b) for x in match_package(Package(name="t", documents=(a, b)), load_knowledge()).links}
    assert ("a.pdf#000", "b.pdf#000") in links and ("a.pdf#001", "b.pdf#001") not in links


def test_letter_spacing_is_joined_but_a_word_before_a_number_stays_apart():
    """Letter-spaced labels read as their word ("성 명", "공 무 원 인 사 기 록 요 약 서"); a one-syllable word before a
    number is not a spaced letter: "… 및 제3자 제공 동의서" keeps its space (review 26 saw "및제3자" in a title)."""
    from formslim.text import clean_label

    assert clean_label("성 명") == "성명" and clean_label("공 무 원 인 사 기 록 요 약 서") == "공무원인사기록요약서"
    assert clean_label("개인정보 수집·이용 및 제3자 제공 동의서") == "개인정보 수집·이용 및 제3자 제공 동의서"
    assert clean_label("위 제1호") == "위 제1호"


def test_a_circled_hangul_mark_stays_a_mark():
    """"합 계㉮" is the total marked (가), not "합계가" (NFKC alone makes ㉮ a bare syllable: review 27)."""
    from formslim.text import clean_label

    assert clean_label("합 계㉮") == "합계(가)"
    assert clean_label("18)실 재직기간(㉮-㉯)") == "18)실 재직기간(가-나)"


@needs_corpus
def test_a_total_of_years_and_months_is_a_number_not_money():
    """The 공무원인사기록요약서's "합 계㉮ | 년 개월" adds up years of service: the units printed in the answer space
    say what it is, over the caption's "합계" (read as a sum of money once the mark no longer hid it: review 27)."""
    from formslim import read_package

    package = read_package([CORPUS / "kr-hwplib" / "붙임1_정부포상_추천_구비서류_서식.hwp"])
    kinds = {f.label: f.kind for d in package.documents for x in d.logical if "인사기록" in x.title for f in x.fields}
    assert kinds.get("합계(가)") == "number" and kinds.get("합계(나)") == "date", kinds


def test_an_answer_place_with_a_caption_per_line_holds_one_answer_each(tmp_path):
    """"전 화 | (자 택) / (사무실)": the answer cell prints a bracketed caption per line — two phone numbers, home
    and office (the 정부포상 추천서 asks both of the candidate: review 27). A unit frame or a seal mark is no such
    caption; a single bracket is a hint."""
    import docx

    from formslim.fields.tables import _sub_captions

    assert _sub_captions(" (자  택)\n (사무실)") == ["자택", "사무실"]
    assert _sub_captions("(인)\n(서명)") == [] and _sub_captions("(자택)") == [] and _sub_captions("(년)\n(월)") == []
    d = docx.Document()
    d.add_heading("추천서", 0)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(1, 0).text = "성    명", "전    화"
    t.cell(1, 1).text = "(자  택)"
    t.cell(1, 1).add_paragraph("(사무실)")
    d.save(tmp_path / "추천서.docx")
    labels = [f.label for f in read_document(tmp_path / "추천서.docx", "추천서.docx").fields]
    assert labels == ["성명", "전화 (자택)", "전화 (사무실)"], labels


def test_options_printed_after_a_caption_are_a_choice_not_a_value():
    """"◦ 성별 : 남, 여" prints the options to circle (the 현지확인서: review 27); a numbered clause that states
    facts ("5.2.2 교육장소 : 소요부대, 포항, 제주") and a single value are not choices."""
    from formslim.fields.lines import _listed_choice

    assert _listed_choice(" ◦ 성별 : 남, 여") == ("성별", ("남", "여"))
    assert _listed_choice("Sex: M / F") == ("Sex", ("M", "F"))
    assert _listed_choice("5.2.2 교육장소 : 소요부대, 포항, 제주") is None
    assert _listed_choice("5.2.2 교육장소 : 서울, 부산") is None
    assert _listed_choice("성별 : 남") is None and _listed_choice("성명 :") is None
