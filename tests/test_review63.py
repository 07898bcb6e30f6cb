"""Reviews 63 and 64 (two newcomers: a policy analyst and a data analyst on the report, a company on the self-check
tools). The review queue offers only what a person can decide: accepting an item is never refused; the verdict
says first the count it rests on. Real corpus packages; expectations from the forms as printed."""
import pytest

from formslim.knowledge import load_knowledge
from formslim.match import match_package
from formslim.parse import read_package
from formslim.pipeline import _unjoined_same

from .conftest import CORPUS, corpus_package, needs_corpus


@needs_corpus
@pytest.mark.parametrize("files", [
    ("kr-hwplib/붙임1_정부포상_추천_구비서류_서식.hwp",),
    ("sba-lukacera/SBAForm1919.pdf", "sba-lukacera/SBAForm413.pdf", "sba-buddy/SBA_912.pdf",
     "loan-consents-msfg/irs-form-4506-c.pdf", "sba-buddy/SBA_155.pdf", "sba-buddy/SBA_601.pdf"),
], ids=["award", "sba7a"])
def test_every_review_item_can_be_accepted(tmp_path, files):
    """Accepting a queue item (its ``overrides.same`` line) joins its two fields: no item whose acceptance the
    manifest would refuse because two questions one form asks apart would become one datum (review 63 #7: the award
    bundle offered "직위(직급) ~ 3)직급", which the 공적조서's '직위' and '직급ㆍ계급' kept apart, and ignored its
    acceptance)."""
    pkg = corpus_package(tmp_path / "p", *files)
    m = match_package(read_package([pkg]), load_knowledge())
    assert m.queue
    refused = [(m.fields[l.a].label, m.fields[l.b].label) for l in m.queue
               if _unjoined_same("same", l.a, l.b, m) != "same"]
    assert refused == [], refused
