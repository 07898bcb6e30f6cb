"""Property-based fuzzing (hypothesis): what must hold for any input, not just the files we thought of.

Each property generates inputs of a kind an untrusted document or manifest can carry — text of any
Unicode, form layouts of random shape built from a form's own vocabulary, manifests of random structure,
word-processor files with random content — and checks the promise formslim makes for them: no
exception but its own one-line errors, output that is data (no formula, markup or terminal escape), and
readers that stay within their budgets. `make fuzz` runs the same properties with many more examples
(``HYPOTHESIS_PROFILE=fuzz``) beside the mutation fuzzer."""
from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from formslim.errors import FormslimError, InputFileError
from formslim.fields.detect import detect_fields
from formslim.parse.layout import NESTED_TABLE, Cell, Layout, Line, Table, inline_boxes
from formslim.safe_output import csv_cell, markdown_text, one_line, terminal_text
from formslim.text import clean_label, display_width, normalize_label, split_tooltip

from . import hostile

settings.register_profile("default", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
#: how many times more examples a property runs under the fuzz profile
SCALE = 50 if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else 1


def examples(n: int) -> settings:
    """Settings for a property that runs ``n`` examples by default (slow ones: files, manifests)."""
    return settings(max_examples=n * SCALE)

#: the words, marks and blanks Korean and US forms are made of: random layouts built from them reach the
#: detector's rules, where random letters would only ever be "no field"
VOCAB = ["성명", "성 명", "대표자", "주소", "생년월일", "사업자등록번호", "(서명 또는 인)", "(인)", "직인", "관인", "직 위",
         "년  월  일", "2016.  .  .", "□ 예 □ 아니오", "[ ] 동의함", "※ 작성 요령", "(예: 홍길동)", "합계", "구분", "비고",
         "Name:", "Date of birth", "Signature", "SSN", "______", "$", "(if any)", "1.", "①", "⑫ 성 명", "추천관",
         "○○○", "OO", "00백만원", "(㎡)", "~", "\t", "\n", " ", ":", "(", ")", "/", "·", NESTED_TABLE]
piece = st.one_of(st.sampled_from(VOCAB), st.text(max_size=6))
cell_text = st.lists(piece, max_size=6).map("".join)


@given(st.text(max_size=400))
def test_label_cleaning_takes_any_text(text):
    label = clean_label(text)
    assert isinstance(label, str) and "\n" not in label
    assert clean_label(label) == label  # cleaning twice changes nothing
    assert isinstance(normalize_label(text), str)
    assert display_width(text) >= 0
    path, last = split_tooltip(text)
    assert isinstance(last, str) and all(isinstance(p, str) for p in path)


@given(st.text(alphabet=st.sampled_from(":：_. \t-…·()[]가A1"), min_size=1, max_size=12))
@examples(8)
def test_label_cleaning_is_linear_on_long_runs_of_punctuation(unit):
    """A unit of colons, dots and brackets repeated to 30,000 characters (a hostile tooltip) is cleaned
    without backtracking: a quadratic pattern would take minutes here."""
    text = unit * (30_000 // len(unit))
    clean_label(text)
    normalize_label(text)


@given(st.text(max_size=300))
def test_text_from_documents_is_data_in_every_output(text):
    cell = csv_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or re.fullmatch(r"[-+]?\d+(?:[.,]\d+)*", cell)
    assert "\r" not in cell
    md = markdown_text(text)
    assert "\n" not in md and not re.search(r"(?<!\\)!?\[", md) and not re.match(r"\s*#", md)
    assert "<" not in md.replace("&lt;", "")
    for shown in (terminal_text(text), one_line(text)):
        assert "\x1b" not in shown and "\x07" not in shown
        assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in shown)
    assert "\n" not in one_line(text)


def _table(draw_cells, n_rows, n_cols):
    cells, taken = [], set()
    for r in range(n_rows):
        for c in range(n_cols):
            if (r, c) in taken:
                continue
            text, rs, cs = draw_cells.pop() if draw_cells else ("", 1, 1)
            rs, cs = min(rs, n_rows - r), min(cs, n_cols - c)
            if any((r + i, c + j) in taken for i in range(rs) for j in range(cs)):
                rs, cs = 1, 1
            taken |= {(r + i, c + j) for i in range(rs) for j in range(cs)}
            cells.append(Cell(row=r, col=c, text=text, rowspan=rs, colspan=cs, width=60.0 * cs, height=20.0 * rs))
    return cells


@st.composite
def layouts(draw):
    blocks = []
    for i in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            blocks.append(Line(text=draw(cell_text), index=i + 1))
        else:
            n_rows, n_cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
            spec = draw(st.lists(st.tuples(cell_text, st.integers(1, 3), st.integers(1, 3)), max_size=36))
            blocks.append(Table.of(i + 1, _table(list(reversed(spec)), n_rows, n_cols)))
    return Layout(blocks=tuple(blocks), page_count=1)


@given(layouts())
def test_the_field_detector_takes_any_layout(layout):
    """Any table shape (spans, nested-table markers without their table, empty rows) and any mix of the
    forms' words: fields with unique ids, one-line labels, known kinds — never an exception."""
    for lay in (layout, inline_boxes(layout)):
        fields = detect_fields(lay, "x.hwp", "hwp")
        ids = [f.id for f in fields]
        assert len(ids) == len(set(ids))
        for f in fields:
            assert "\n" not in f.label and f.kind in {"text", "free_text", "number", "amount", "date", "checkbox",
                                                      "radio", "choice", "signature", "attachment"}


manifest_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20)),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.sampled_from(["id", "file", "keep", "same", "never_merge", "role",
                                                                "party", "filled_by", "fields", "value", "x"]),
                                               children, max_size=4)),
    max_leaves=20)
manifest_keys = st.sampled_from(["programme", "language", "country", "currency", "documents", "attachments",
                                 "agency_holds", "parties", "overrides", "keep", "target", "registries",
                                 "filled_by", "same", "never_merge", "x"])


@given(st.dictionaries(manifest_keys, manifest_values, max_size=6))
@examples(150)
def test_a_manifest_of_any_structure_loads_or_says_why_in_one_line(tmp_path_factory, data):
    import yaml

    from formslim.manifest import load_manifest

    path = tmp_path_factory.mktemp("m") / "formslim.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    try:
        load_manifest(path)
    except FormslimError as exc:
        assert "\n" not in str(exc) and str(exc)


@given(st.lists(cell_text, min_size=1, max_size=12), st.sampled_from([".docx", ".hwpx", ".hwp"]))
@examples(40)
def test_word_processor_files_of_any_content_read_or_say_why(tmp_path_factory, texts, suffix):
    """DOCX, HWPX and HWP files written with random paragraphs of the forms' words (and random text):
    a document, or one line naming the file's problem."""
    from formslim import read_document

    body = {".docx": lambda: hostile.docx_bytes(hostile.docx_paragraphs(texts)),
            ".hwpx": lambda: hostile.hwpx_bytes({"Contents/section0.xml": hostile.hwpx_section(
                hostile.hwpx_paragraphs(texts))}, ["section0"]),
            ".hwp": lambda: hostile.hwp_bytes([hostile.hwp_paragraph(t) for t in texts])}[suffix]()
    path = tmp_path_factory.mktemp("w") / f"f{suffix}"
    path.write_bytes(body)
    try:
        doc = read_document(path, path.name)
    except InputFileError as exc:
        assert "\n" not in str(exc)
        return
    assert all("\n" not in f.label for f in doc.fields)


@pytest.mark.parametrize("n", [1])
def test_the_fuzz_profile_is_registered(n):
    """`make fuzz` runs this file with HYPOTHESIS_PROFILE=fuzz: the profile must exist."""
    assert settings.get_profile("fuzz").max_examples >= 1000


def test_invisible_marks_and_cut_brackets_are_not_carried_into_labels():
    """A fillable form's tooltips carry soft hyphens and zero-width marks (SBA Form 413: "Business Phone
    (xxx-xxx-xxxx\u00ad)") and brackets cut short ("Date (mm/dd/yyyy"): a label read is without the marks, a
    caption written closes the bracket (review 50 #12, #14)."""
    from formslim.text import caption

    assert clean_label("Business Phone (xxx-xxx-xxxx\u00ad)") == "Business Phone (xxx-xxx-xxxx)"
    assert clean_label("Na\u200bme\ufeff") == "Name"
    assert caption("Date (mm/dd/yyyy") == "Date (mm/dd/yyyy)"
    assert caption("Name (Last, First)") == "Name (Last, First)" and caption("(") == "("
