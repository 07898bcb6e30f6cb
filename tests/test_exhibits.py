"""The exhibits a form lists, set against the package (review 46 #2)."""
import json

from click.testing import CliRunner

from formslim.cli import main
from formslim.parse.classify import exhibits

from .conftest import corpus_package, needs_corpus


def test_a_numbered_list_of_exhibits_is_read_and_a_lone_reference_is_not():
    text = ("Required Exhibits Select and upload the applicable Exhibits. Exhibit 1*: A credit memorandum. "
            "Exhibit 2*: Loan Authorization. Exhibit 3: SBA Form 413, Personal Financial Statement signed and current "
            "within 90 days. SBA Form 1244 (12-2021) Page 15 Exhibit 7: For a new business, a monthly cashflow "
            "analysis. Exhibit 14*: Environmental analysis (if applicable).")
    found = exhibits(text)
    assert [x.number for x in found] == ["1", "2", "3", "7", "14"]
    assert found[2].forms == ("SBA Form 413",) and "Page 15" not in found[2].text
    assert (found[3].condition, found[4].condition, found[0].condition) == ("For a new business", "if applicable", "")
    # a question pointing at one exhibit is no list
    assert exhibits("If yes, please provide relevant documents as a part of Exhibit 27. See Exhibit 9: schedule.") == ()


@needs_corpus
def test_the_504_application_lists_28_exhibits_and_names_forms_the_package_lacks(tmp_path):
    """SBA Form 1244 lists 28 exhibits filed with it: they are said (not counted), with the forms they name that the
    package lacks (SBA Forms 159, 2481, 1971 — the 413 is there) and the package's documents no exhibit names (the
    912)."""
    pkg = corpus_package(tmp_path / "pkg", "sba-buddy/SBA_1244.pdf", "sba-lukacera/SBAForm413.pdf",
                         "sba-buddy/SBA_912.pdf")
    result = CliRunner().invoke(main, ["analyze", str(pkg), "-o", str(tmp_path / "out"), "--quiet", "--no-cache"])
    assert result.exit_code == 0, result.output
    plan = json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))
    (x,) = plan["exhibits"]
    assert x["key"] == "SBA_1244.pdf" and [e["number"] for e in x["exhibits"]] == [str(n) for n in range(1, 29)]
    assert x["forms_missing"] == ["SBA Form 159", "SBA Form 2481", "SBA Form 1971"]
    assert x["unnamed"] == ["Form 912: STATEMENT OF PERSONAL HISTORY"]
    third = x["exhibits"][2]
    assert third["forms"] == [{"form": "SBA Form 413", "document": "SBAForm413.pdf"}]
    assert 5 <= x["conditional"] < 28
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    brief = md.split("## Executive summary")[0]
    assert "lists 28 exhibits filed with it" in brief and "SBA Form 159, SBA Form 2481, SBA Form 1971" in brief
    assert "### Exhibits the forms list (not counted above)" in md
    # not counted: the figures are the forms' own
    assert plan["summary"]["documents_before"] == 3
