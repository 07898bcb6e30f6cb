"""formslim compare (and diff --fail-on-change), and the library API that mirrors the command line."""
import json
import os
import subprocess
import sys

import pandas as pd
import pytest

import formslim
from formslim.cache import DocumentCache

from .conftest import SAMPLES, needs_corpus


def run(*args):
    env = {**os.environ, "FORMSLIM_CACHE": "0"}
    return subprocess.run([sys.executable, "-m", "formslim", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=900)


@pytest.mark.parametrize("package", ["kr-sme-support", "us-small-business-loan"])
def test_a_package_compared_with_itself_is_identical(package):
    r = run("compare", SAMPLES / package, SAMPLES / package, "--format", "json", "--fail-on-change")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["identical"] is True and d["schema"] == "formslim-compare/1"
    q = d["questions"]["summary"]
    assert q["same"] == q["a_fields"] == q["b_fields"] and q["removed"] == q["added"] == q["reworded"] == 0
    assert not d["documents"]["removed"] and not d["documents"]["added"] and not d["documents"]["changed"]
    assert d["a"]["minutes_before"] == d["b"]["minutes_before"]
    # the questions are diff's own JSON, valid against its schema
    from pathlib import Path

    from jsonschema import Draft202012Validator

    schema = json.loads((Path(__file__).resolve().parent.parent / "docs/schemas/diff.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(d["questions"])


def test_two_programmes_differ_and_fail_on_change_says_so():
    r = run("compare", SAMPLES / "kr-sme-support", SAMPLES / "us-small-business-loan", "--fail-on-change")
    assert r.returncode == 5, r.stderr
    assert "changed" in r.stdout.splitlines()[0]
    d = run("diff", SAMPLES / "kr-sme-support", SAMPLES / "us-small-business-loan", "--fail-on-change")
    assert d.returncode == 5
    same = run("diff", SAMPLES / "kr-sme-support", SAMPLES / "kr-sme-support", "--fail-on-change")
    assert same.returncode == 0


@needs_corpus
def test_two_versions_of_a_form_list_what_changed(corpus):
    root = corpus / "kr-procurement-rfastball"
    r = run("compare", root / "form_purchase_v1.hwpx", root / "form_purchase_v2.hwpx", "--format", "json",
            "--fail-on-change")
    assert r.returncode == 5
    d = json.loads(r.stdout)
    assert [x["label"] for x in d["questions"]["removed"]] == ["진행상태"]
    assert len(d["documents"]["changed"]) == 1 and "title" in d["documents"]["changed"][0]["changes"][0]
    spec = json.loads(run("compare", root / "spec_revision_2025.hwpx", root / "spec_revision_2026.hwpx",
                          "--format", "json").stdout)
    assert spec["documents"]["changed"] and not spec["documents"]["added"]
    # (its "fields" are a table's headers: the revision's change is in what it requires — test_duties.py; a clause's
    # end wrapped onto its own line, "제공해야 한다.", is no longer one of them)
    assert spec["questions"]["summary"]["same"] >= 3
    assert spec["required_submissions"]["added"] and spec["required_submissions"]["removed"]


@needs_corpus
@pytest.mark.parametrize("folder", ["kr-hwplib", "kr-kstartup-sandoc", "sba-buddy", "irs-1040pkg-pdflib"])
def test_corpus_packages_compared_with_themselves_are_identical(corpus, folder, tmp_path):
    cache = DocumentCache.open(tmp_path / "c.sqlite")
    c = formslim.compare(corpus / folder, corpus / folder, cache=cache)
    cache.close()
    assert c.identical, c.to_dict()["questions"]["summary"]


def test_the_library_mirrors_the_command_line(tmp_path):
    package = formslim.read(SAMPLES / "kr-sme-support")
    assert len(package.documents) == 10 and package.to_dict()["name"] == "kr-sme-support"
    a = formslim.analyze(SAMPLES / "kr-sme-support", cache=tmp_path / "c.sqlite")
    plan = a.to_dict()
    assert plan["schema"] == "formslim.plan/1" and plan["summary"] == a.summary()
    assert isinstance(a.fields_frame(), pd.DataFrame) and len(a.fields_frame()) == len(plan["fields"])
    assert set(a.documents_frame()["decision"]) <= {"keep", "merge", "replace_by_registry", "remove"}
    written = formslim.write_report(a, tmp_path / "report")
    assert (tmp_path / "report" / "plan.json").is_file() and written
    cli = run("analyze", SAMPLES / "kr-sme-support", "-o", tmp_path / "cli", "--format", "json")
    assert json.loads(cli.stdout)["summary"] == plan["summary"]
    b = formslim.batch(SAMPLES, tmp_path / "audit", jobs=1)
    assert b.to_dict()["analysed"] == 2 and (tmp_path / "audit" / "catalogue.html").is_file()


REWORDED = {"NAME": "First name of the taxpayer", "MI": "Middle initial of taxpayer", "SLNM": "Last name of spouse",
            "SSSN": "Social security number of your spouse", "ZIP": "ZIP code", "APT": "Apt. no.",
            "CITY": "City, town or post office, state", "FCNAME": "Name of foreign country",
            "SNAM": "Spouse's first name (joint return)", "SMI": "Middle initial of spouse"}


@needs_corpus
def test_a_reworded_copy_of_the_1040_pairs_every_reworded_question(corpus, tmp_path):
    """Ten tooltips of the IRS 1040 (TY2013) reworded as another edition might word them, and every field
    renamed (so no pairing can lean on the field names): compare pairs each question with its successor."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    src = corpus / "irs-1040pkg-pdflib" / "F1040.pdf"
    writer = PdfWriter(clone_from=PdfReader(src))
    for page in writer.pages:
        for annot in page.get("/Annots") or []:
            widget = annot.get_object()
            field = widget if "/T" in widget else widget["/Parent"].get_object()
            name = str(field["/T"])
            if name.endswith("V2"):
                continue
            if name in REWORDED:
                field[NameObject("/TU")] = TextStringObject(REWORDED[name])
            field[NameObject("/T")] = TextStringObject(name + "V2")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "F1040.pdf").write_bytes(src.read_bytes())
    with open(tmp_path / "F1040_reworded.pdf", "wb") as fh:
        writer.write(fh)
    c = formslim.compare(tmp_path / "old" / "F1040.pdf", tmp_path / "F1040_reworded.pdf")
    fields = c.questions.fields
    pairs = {fields[p.old].name: fields[p.new].name for p in c.questions.pairs}
    for name in REWORDED:
        assert pairs.get(name) == name + "V2", (name, pairs.get(name))
    assert not c.questions.removed and not c.questions.added


def test_the_three_tools_from_the_library(tmp_path):
    """formslim.check_eligibility, formslim.fill and formslim.screen return what the commands print as JSON."""
    import formslim

    from .notice_maker import write_notice
    from .plan_maker import make_batch

    notice = tmp_path / "notice.docx"
    write_notice(notice)
    check = formslim.check_eligibility(notice, {"founding_date": "2022-01-10", "size_class": "소기업", "tax_arrears": False,
                                          "participation_restricted": False, "closed": False, "prior_support": [],
                                          "is_preliminary_founder": False})
    assert check.verdict == "eligible" and check.to_dict()["schema"] == "formslim.eligibility/1"
    formslim.write_report(formslim.analyze(SAMPLES / "kr-sme-support"), tmp_path / "report")
    form, done = formslim.fill(tmp_path / "report", {"company": "한빛정밀"})
    assert [f.value for f in done if f.outcome == "filled"] == ["한빛정밀"]
    make_batch(tmp_path / "plans", independents=4, brokers=(3,), seed=9)
    r = formslim.screen(tmp_path / "plans", templates=[tmp_path / "plans" / "template.docx"])
    assert len(r.groups) == 1 and r.to_dict()["schema"] == "formslim.screen/1"


def test_the_compare_table_names_both_counting_bases(tmp_path):
    """The summary counts of analyze (documents submitted, questions asked) and what was read and compared
    (every document and field) are different bases: the table names each, and says when a document was
    read as text (a notice) whose wording it does not compare."""
    import docx

    from formslim.comparison import compare, compare_table

    for side in ("a", "b"):
        (tmp_path / side).mkdir()
        d = docx.Document()
        d.add_heading("2026년 지원사업 모집 공고", 0)
        d.add_paragraph("신청 기간: 2026년 3월" if side == "a" else "신청 기간: 2026년 4월")
        d.save(tmp_path / side / "모집공고.docx")
    text = compare_table(compare([tmp_path / "a"], [tmp_path / "b"]))
    lines = text.splitlines()
    assert lines[1].startswith("documents submitted 0 → 0, questions asked 0 → 0")
    assert lines[2].startswith("documents read ") and lines[3].startswith("fields read ")
    assert any(x.startswith("note: read as text") and "모집공고.docx" in x for x in lines)


@needs_corpus
def test_the_504_and_7a_packages_pair_main_form_with_main_form(corpus, tmp_path):
    """Review 46 #13 (an OIRA analyst): compare paired SBA Form 1244 (the 504 application) with Form 155 (a standby
    creditor's agreement) and counted the 1244 as 370 questions where the inventory says 181. A reader pairs the same
    form with itself (the 413 on both sides) and main form with main form (1244 with 1919), and counts questions as
    analyze does."""
    from formslim.comparison import compare

    sides = {"a": ("sba-buddy/SBA_1244.pdf", "sba-lukacera/SBAForm413.pdf"),
             "b": ("sba-lukacera/SBAForm1919.pdf", "sba-lukacera/SBAForm413.pdf", "sba-buddy/SBA_155.pdf")}
    for side, files in sides.items():
        (tmp_path / side).mkdir()
        for f in files:
            (tmp_path / side / f.split("/")[1]).write_bytes((corpus / f).read_bytes())
    c = compare([tmp_path / "a"], [tmp_path / "b"])
    paired = c.documents["paired"]
    assert paired["SBA_1244.pdf"] == "SBAForm1919.pdf" and paired["SBAForm413.pdf"] == "SBAForm413.pdf"
    assert [x["b"] for x in c.documents["added"]] == ["SBA_155.pdf"]
    main = next(x for x in c.documents["changed"] if x["a"] == "SBA_1244.pdf")
    asked = {d.key: d.fields_before for d in c.a.plan.documents}
    assert f"questions {asked['SBA_1244.pdf']} → " in " ".join(main["changes"])


def test_an_option_spaced_otherwise_is_no_change():
    """Review 48 #13: a flat PDF justifies an option's words ("기동용수압개 폐 장치" for "기동용수압개폐장치"); compare
    listed every such option as removed and added. An option is its words; a real change is still said."""
    from dataclasses import replace

    from formslim.match.versions import _changes
    from formslim.model import Field, Location

    f = Field(id="a#1", label="가압송수장치", normalized_label="가압송수장치", kind="checkbox",
              location=Location(file="a.pdf"), source="test", confidence=1.0,
              options=("기동용수압개폐장치", "전기저장장치"))
    assert _changes(f, replace(f, options=("기동용수압개 폐 장치", "전기 저 장장치"))) == ()
    assert _changes(f, replace(f, options=("기동용수압개폐장치", "압력챔버"))) == ("options −전기저장장치 +압력챔버",)
