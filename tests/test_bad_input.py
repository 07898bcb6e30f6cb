"""Bad input gets one clear line naming the file and the problem, and the batch goes on."""
import io
import json
import zipfile

import pypdf
import pytest
from click.testing import CliRunner

from formslim import InputFileError, read_document, read_package
from formslim.cli import main

from .conftest import SAMPLES

GOOD_PDF = SAMPLES / "us-small-business-loan" / "loan_application.pdf"
GOOD_DOCX = SAMPLES / "kr-sme-support" / "01_지원사업_신청서.docx"


def make_bad_files(folder):
    w = pypdf.PdfWriter(clone_from=str(GOOD_PDF))
    w.encrypt(user_password="secret", owner_password="owner")
    with open(folder / "encrypted.pdf", "wb") as fh:
        w.write(fh)
    data = GOOD_PDF.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    (folder / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    (folder / "empty.docx").write_bytes(b"")
    (folder / "notazip.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    (folder / "drawing.dwg").write_bytes(b"AC1015 binary drawing")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        z.writestr("word/bomb.bin", b"\0" * (80 * 1024 * 1024))
    (folder / "bomb.docx").write_bytes(buf.getvalue())
    (folder / "good.docx").write_bytes(GOOD_DOCX.read_bytes())


EXPECTED = {
    "encrypted.pdf": "encrypted",
    "truncated.pdf": "corrupt",
    "garbage.pdf": "corrupt",
    "empty.docx": "empty",
    "notazip.docx": "corrupt",
    "drawing.dwg": "unsupported",
    "bomb.docx": "too_large",
}


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    make_bad_files(folder)
    return folder


@pytest.mark.parametrize("name,code", sorted(EXPECTED.items()))
def test_each_bad_file_raises_one_line(bad_folder, name, code):
    with pytest.raises(InputFileError) as info:
        read_document(bad_folder / name, name)
    assert info.value.code == code
    assert str(info.value).startswith(f"{name}: ") and "\n" not in str(info.value)


def test_batch_goes_on(bad_folder):
    package = read_package([bad_folder])
    assert [d.path for d in package.documents] == ["good.docx"]
    assert {p.file: p.code for p in package.problems} == EXPECTED


def test_cli_reports_problems_on_stderr_and_result_on_stdout(bad_folder):
    runner = CliRunner()
    result = runner.invoke(main, ["fields", str(bad_folder), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)  # stdout is only the result
    assert {r["file"] for r in data["fields"]} == {"good.docx"}
    err_lines = [l for l in result.stderr.splitlines() if l.startswith("Error: ")]
    assert len(err_lines) == len(EXPECTED)
    assert any("encrypted.pdf: encrypted PDF" in l for l in err_lines)


def test_cli_nothing_readable_exits_3(bad_folder):
    result = CliRunner().invoke(main, ["fields", str(bad_folder / "garbage.pdf")])
    assert result.exit_code == 3
    assert "garbage.pdf" in result.stderr


def test_missing_path(tmp_path):
    result = CliRunner().invoke(main, ["fields", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 2  # wrong usage, as in every command (tests/test_exit_codes.py)
    assert "no such file" in result.stderr


def test_xml_entities_are_not_expanded(tmp_path):
    """A DOCX whose XML declares entities (billion laughs) must not expand them."""
    doc = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;'
           b'&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document xmlns:w="http://schemas.openxmlformats.org/'
           b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>')
    src = zipfile.ZipFile(GOOD_DOCX)
    out = tmp_path / "entities.docx"
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            z.writestr(item, doc if item.filename == "word/document.xml" else src.read(item))
    try:
        d = read_document(out, "entities.docx")
    except InputFileError as exc:
        assert exc.code == "corrupt"
    else:
        assert "lollollol" not in json.dumps([f.label for f in d.fields])


def test_xlsx_with_entity_expansion_is_refused_or_harmless(tmp_path):
    import openpyxl

    src = tmp_path / "ok.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "성명"
    wb.save(src)
    bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;'
            b'&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><worksheet xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&c;'
            b'</t></is></c></row></sheetData></worksheet>')
    out = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, bomb if item.filename == "xl/worksheets/sheet1.xml" else zin.read(item))
    try:
        doc = read_document(out, "bomb.xlsx")
    except InputFileError as exc:
        assert exc.code == "corrupt" and "bomb.xlsx" in str(exc)
    else:
        assert not any("aaaaaaaaaa" in f.label for f in doc.fields)


@pytest.mark.parametrize("command", ["fields", "match"])
def test_nothing_readable_still_gives_json_to_scripts(tmp_path, command):
    """An empty folder under --format json: the (empty) result with its problems on stdout, one line on
    stderr, exit 3."""
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, [command, str(tmp_path / "empty"), "--format", "json"])
    assert result.exit_code == 3
    doc = json.loads(result.stdout)
    # (the JSON says why too: one problem for the folder, code "empty")
    assert doc["schema"].startswith("formslim.") and [p["code"] for p in doc["problems"]] == ["empty"]
    assert "no document could be read" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("content", [b"\xff\xfe\x00\x81,label_b,same\n", bytes(range(256))])
def test_eval_pairs_on_a_file_neither_utf8_nor_cp949_is_one_line(tmp_path, content):
    p = tmp_path / "pairs.csv"
    p.write_bytes(content)
    result = CliRunner().invoke(main, ["eval-pairs", str(p)])
    assert result.exit_code == 1 and (result.exception is None or isinstance(result.exception, SystemExit))
    assert "neither UTF-8 nor CP949 text" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_eval_pairs_reads_a_csv_korean_excel_saved_as_cp949(tmp_path):
    p = tmp_path / "pairs.csv"
    p.write_bytes("label_a,label_b,same\r\n상호,업체명,1\r\n대표자 성명,대표자의 생년월일,0\r\n".encode("cp949"))
    result = CliRunner().invoke(main, ["eval-pairs", str(p), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["pairs"] == 2


def test_malformed_knowledge_file_is_one_line(tmp_path):
    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "x.yaml").write_text("concepts: [\n  - id: x\n bad", encoding="utf-8")
    result = CliRunner().invoke(main, ["match", str(SAMPLES / "kr-sme-support"), "--knowledge", str(tmp_path / "k")])
    assert result.exit_code != 0
    assert "not valid YAML (line 2" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["match", "graph", "analyze", "compare", "diff", "batch"])
def test_a_bad_knowledge_file_is_said_before_any_document_is_read(tmp_path, command):
    """The knowledge file is checked first: its one line comes alone, before (instead of) the package's own
    problem lines — not after minutes of reading."""
    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "x.yaml").write_text("concepts: [\n  - id: x\n bad", encoding="utf-8")
    pkg = tmp_path / "batch" / "pkg"
    pkg.mkdir(parents=True)
    (pkg / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(64))
    where = {"batch": [str(tmp_path / "batch"), "-o", str(tmp_path / "out")], "compare": [str(pkg), str(pkg)],
             "diff": [str(pkg), str(pkg)], "analyze": [str(pkg), "-o", str(tmp_path / "out")]}.get(command, [str(pkg)])
    result = CliRunner().invoke(main, [command, *where, "--knowledge", str(tmp_path / "k")])
    assert result.exit_code == 1, result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()] and "not valid YAML" in result.stderr
