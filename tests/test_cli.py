"""The command line, driven as scripts drive it."""
import csv
import io
import json

from click.testing import CliRunner

from formslim import read_package
from formslim.cli import main
from formslim.report.inventory import field_records

from .conftest import ROOT, SAMPLES

KR = SAMPLES / "kr-sme-support"


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_json_matches_library():
    result = run("fields", str(KR), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "formslim.fields/1"
    assert data["fields"] == json.loads(json.dumps(field_records(read_package([KR]))))
    assert result.stderr == ""


def test_csv_has_one_row_per_field():
    result = run("fields", str(KR), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(read_package([KR]).fields)
    assert {"file", "label", "name", "kind", "page", "table", "row", "column"} <= set(rows[0])


def test_table_output_and_files(tmp_path):
    result = run("fields", str(KR / "05_사업자등록증명.pdf"), str(KR / "01_지원사업_신청서.docx"))
    assert result.exit_code == 0
    assert "사업자등록번호" in result.stdout and "2 document(s)" in result.stdout
    out = tmp_path / "inv.json"
    result = run("fields", str(KR), "--format", "json", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["fields"]


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, cmd in main.commands.items():
        assert cmd.help, name
        assert f"formslim {name}" in readme, name
        assert run(name, "--help").exit_code == 0


def test_usage_error_exit_code():
    assert run("fields").exit_code == 2
    assert run("fields", str(KR), "--format", "yaml").exit_code == 2
