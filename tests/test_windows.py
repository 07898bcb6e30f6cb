"""How recent a document must be, as each document prints it — and where two documents disagree (review 46 #7)."""
import json

import pytest
from click.testing import CliRunner

from formslim.cli import main
from formslim.parse.classify import printed_windows

from .conftest import corpus_package, needs_corpus


@pytest.mark.parametrize("text, found", [
    # a form about itself, one rule per case
    ("Business Type: Corporation This information is current as of (mm/dd/yyyy) (must be within 90 days of submission "
     "for Disaster or within 120 days of submission for 7(a)/504/SBG/8(a) BD/WOSB) WOSB applicant only",
     [("", 90, "Disaster"), ("", 120, "7(a)/504/SBG/8(a) BD/WOSB")]),
    # a form asking for another by number; "for each proprietor" says whose, in every case
    ("Exhibit 3: SBA Form 413, Personal Financial Statement (or equivalent) signed and current within 90 days for each "
     "proprietor, partner or stockholder with 20% or more ownership of the Applicant.",
     [("SBA Form 413, Personal Financial Statement", 90, "")]),
    # a deadline for something else is no recency rule
    ("Note: This form must be received by IRS within 120 days of the signature date.", []),
    # a recency rule about a document named by no form number is not compared (whose is it?)
    ("Exhibit 5: A balance sheet and income statement dated within 120 days prior to submission to SBA.", []),
])
def test_the_recency_a_document_prints(text, found):
    assert [(w.subject, w.days, w.applies_to) for w in printed_windows(text)] == found


@needs_corpus
def test_the_504_application_and_the_personal_financial_statement_disagree_on_its_age(tmp_path):
    """SBA Form 1244 Exhibit 3 asks for "SBA Form 413 … signed and current within 90 days"; the 413 itself says
    "within 120 days of submission for 7(a)/504/…" (90 is its rule for Disaster loans). A borrower who follows the
    form redoes a statement the 1244 rejects: the brief says so with both rules, plan.json carries both quotations."""
    pkg = corpus_package(tmp_path / "pkg", "sba-buddy/SBA_1244.pdf", "sba-lukacera/SBAForm413.pdf")
    result = CliRunner().invoke(main, ["analyze", str(pkg), "-o", str(tmp_path / "out"), "--quiet", "--no-cache"])
    assert result.exit_code == 0, result.output
    plan = json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))
    (c,) = plan["window_conflicts"]
    assert (c["subject"], c["file"], c["case"]) == ("Personal Financial Statement", "SBAForm413.pdf",
                                                    "7(a)/504/SBG/8(a) BD/WOSB")
    said = {x["file"]: x["days"] for x in c["documents"]}
    assert said == {"SBA_1244.pdf": [90], "SBAForm413.pdf": [120]}
    assert all(x["text"] and "within" in x["text"][0] for x in c["documents"])
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert ("SBA Form 1244: Application for Section 504 Loans: within 90 days, Personal Financial Statement: within "
            "120 days") in md.split("## Executive summary")[0]


@needs_corpus
def test_a_programme_the_form_prints_no_rule_for_is_not_compared(tmp_path):
    """The same two forms filed for a programme the 413 names no rule for: which of its rules applies is not known,
    so no conflict is claimed."""
    from formslim.match.consistency import window_conflicts
    from formslim.pipeline import analyze

    pkg = corpus_package(tmp_path / "pkg", "sba-buddy/SBA_1244.pdf", "sba-lukacera/SBAForm413.pdf")
    a = analyze([pkg], cache=None)
    assert window_conflicts(a.package, "Section 504 Loans")
    assert window_conflicts(a.package, "Community Advantage Pilot") == []
