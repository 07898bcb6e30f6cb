"""The exit-code table of the README, command by command: the same code for the same situation."""
import os
import shutil
import subprocess
import sys

import pytest

from .conftest import SAMPLES

US = SAMPLES / "us-small-business-loan"


def run(*args, cwd=None):
    env = {**os.environ, "FORMSLIM_CACHE": "0"}
    return subprocess.run([sys.executable, "-m", "formslim", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=600)


def command(name, path, tmp_path):
    out = tmp_path / f"out-{name}"
    return {"fields": ("fields", path), "match": ("match", path), "graph": ("graph", path),
            "analyze": ("analyze", path, "-o", out), "batch": ("batch", path, "-o", out),
            "compare": ("compare", path, path), "diff": ("diff", path, path)}[name]


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    root = tmp_path_factory.mktemp("cases")
    empty = root / "empty"
    empty.mkdir()
    partial = root / "partial"
    shutil.copytree(US, partial)
    (partial / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00" * 64)
    batch_partial = root / "batch-partial"
    batch_partial.mkdir()
    shutil.copytree(partial, batch_partial / "one")
    return {"missing": root / "nope", "empty": empty, "partial": partial, "batch-partial": batch_partial}


COMMANDS = ["fields", "match", "graph", "analyze", "batch", "compare", "diff"]


@pytest.mark.parametrize("name", COMMANDS)
def test_a_missing_path_is_wrong_usage(name, cases, tmp_path):
    r = run(*command(name, cases["missing"], tmp_path))
    assert r.returncode == 2, (name, r.stderr)
    assert r.stderr.strip().splitlines() == [f"Error: {cases['missing']}: no such file or folder"]


@pytest.mark.parametrize("name", COMMANDS + ["eligibility", "fill", "screen", "eval-pairs"])
def test_an_unknown_option_or_a_missing_argument_is_one_line(name, tmp_path):
    """Wrong usage is one line naming the command and its help, exit 2 — in every command, and for the group
    (no click usage block)."""
    for args in ((name, "--no-such-option", "x"), (name,)):
        r = run(*args)
        assert r.returncode == 2, (args, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Error: formslim {name}: "), (args, r.stderr)
        assert f"'formslim {name} --help'" in lines[0]
    r = run("no-such-command")
    assert r.returncode == 2 and r.stderr.strip().splitlines() == [
        "Error: formslim: No such command 'no-such-command'. (see 'formslim --help')"]


def test_eval_pairs_missing_file_is_the_same_line_as_elsewhere(cases):
    r = run("eval-pairs", cases["missing"])
    assert r.returncode == 2 and r.stderr.strip().splitlines() == [f"Error: {cases['missing']}: no such file or folder"]


@pytest.mark.parametrize("name", COMMANDS)
def test_nothing_readable_is_3(name, cases, tmp_path):
    r = run(*command(name, cases["empty"], tmp_path))
    assert r.returncode == 3, (name, r.stderr)
    assert "Traceback" not in r.stderr and "Error:" in r.stderr


@pytest.mark.parametrize("name", COMMANDS)
def test_an_unreadable_file_among_good_ones_is_1(name, cases, tmp_path):
    path = cases["batch-partial"] if name == "batch" else cases["partial"]
    r = run(*command(name, path, tmp_path))
    assert r.returncode == 1, (name, r.stderr)
    assert "broken.pdf" in r.stderr and "Traceback" not in r.stderr


def test_the_readme_states_the_table():
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    for line in ("`0` done", "`1` some file could not be read", "`2` wrong usage", "`3` nothing could be read",
                 "`4` (`analyze`) the target is not met", "`5` (`compare`, `diff` with `--fail-on-change`)"):
        assert line in readme, line


@pytest.mark.parametrize("name", ["fields", "match", "analyze"])
def test_nothing_readable_in_json_says_why_in_the_json(name, cases, tmp_path):
    """A script reading the JSON of an empty folder learns why from the JSON itself, not only from stderr."""
    import json

    r = run(*command(name, cases["empty"], tmp_path), "--format", "json")
    assert r.returncode == 3, (name, r.stderr)
    problems = json.loads(r.stdout)["problems"]
    assert [p["code"] for p in problems] == ["empty"] and "no document could be read" in problems[0]["message"]


def test_nothing_read_says_whether_the_folder_is_empty_or_holds_other_files(tmp_path):
    """Newcomer review: an empty folder and a folder of notes got the same line, naming nothing."""
    from click.testing import CliRunner

    from formslim.cli import main

    empty, notes = tmp_path / "empty", tmp_path / "notes"
    empty.mkdir()
    notes.mkdir()
    (notes / "notes.txt").write_text("x", encoding="utf-8")
    r1 = CliRunner().invoke(main, ["fields", str(empty)])
    r2 = CliRunner().invoke(main, ["fields", str(notes)])
    assert r1.exit_code == r2.exit_code == 3
    assert "no document could be read" in r1.stderr and "the folder is empty" in r1.stderr
    assert "skipped: notes.txt" in r2.stderr


def test_nothing_read_from_documents_that_all_failed_says_so(tmp_path):
    """Newcomer review (session 19): a folder holding a damaged PDF and a note was said to "hold no such file",
    though the PDF is a document formslim reads — one that failed, as the line before says."""
    from click.testing import CliRunner

    from formslim.cli import main

    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "broken.pdf").write_bytes(b"%PDF-1.7\nnot a pdf at all")
    (junk / "notes.txt").write_text("x", encoding="utf-8")
    r = CliRunner().invoke(main, ["fields", str(junk)])
    assert r.exit_code == 3
    lines = [x for x in r.stderr.splitlines() if x.startswith("Error:")]
    assert any("broken.pdf" in x for x in lines[:-1])
    assert "none of its documents could be read (broken.pdf; see the lines above)" in lines[-1]
    assert "no such file" not in r.stderr
