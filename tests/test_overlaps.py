"""Overlaps between documents a plan keeps: how much of one another asks again (review 46 #1, #12)."""
import json

from formslim.pipeline import analyze
from formslim.report.redesign import write_report
from formslim.reduce.overlap import document_overlaps

from .conftest import SAMPLES, corpus_package, needs_corpus


@needs_corpus
def test_the_personal_history_statement_is_reported_as_asked_again_in_the_504_application(tmp_path):
    """SBA Form 912 asks each associate again most of what Section Two of Form 1244 asks them (name, birth date and
    place, residence, alien number; SSN, citizenship, child support to check). Both stay — each signed by its own
    person — so the plan cannot act on it; the report says it, with what the 912 adds, and plan.json carries it."""
    pkg = corpus_package(tmp_path / "pkg", "sba-buddy/SBA_1244.pdf", "sba-buddy/SBA_912.pdf")
    a = analyze([pkg], cache=None)
    found = document_overlaps(a.plan, a.match)
    assert found, "no overlap between the 912 and the 1244"
    top = found[0]
    small, big = top["documents"]
    assert small["key"].endswith("SBA_912.pdf") and big["key"].endswith("SBA_1244.pdf")
    assert top["share"] >= 0.4 and top["certain"] >= 5 and top["shared"] == top["certain"] + top["review"]
    certain = " | ".join(x["label"] for x in top["items"] if x["status"] == "certain")
    assert "Date of Birth" in certain and "Place of Birth" in certain, certain
    to_check = " | ".join(x["label"] for x in top["items"] if x["status"] == "review")
    assert "Social Security Number" in to_check and "child support" in to_check, to_check
    assert 4 in big["pages"]
    # what the 912 adds is named too: the incarceration question 1244 Section Two does not ask as such
    assert any("incarcerated" in x["label"] for x in top["adds"])
    write_report(a, tmp_path / "out")
    plan = json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))
    assert plan["overlaps"] == json.loads(json.dumps(found))
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "### Overlaps between documents kept as they are" in md
    assert "Largest overlap between documents kept as they are: Form 912" in md  # (in the brief)
    # its signer signs the 1244 too (each Associate, Section Two): "signed by another party" is no reason it must stay
    # apart — the decision says what would let it go, and that dropping it is the form owner's call (review 50 #1)
    kept = next(x for x in a.plan.decisions if x.rule == "K-SIGNER" and x.documents[0].endswith("SBA_912.pdf"))
    assert "signs_main" in kept.variant and "who also signs SBA Form 1244" in kept.reason, kept.reason
    assert "its owner's decision" in kept.reason and any("is signed by the" in e for e in kept.evidence)
    blocker = next(b for b in a.plan.blockers if b["key"].endswith("SBA_912.pdf"))
    assert blocker["variant"] == "K-SIGNER-SIGNS-MAIN" and "part of the main form" in blocker["unblock"]
    assert "K-SIGNER-SIGNS-MAIN" not in {b.get("variant") for b in a.plan.blockers if not b["key"].endswith("SBA_912.pdf")}


def test_what_the_plan_asks_once_is_no_overlap_left():
    """The KR sample's application and business plan share the company's data, which the plan asks once (the
    business plan's copies are filled from the application): no overlap is left to report."""
    a = analyze([SAMPLES / "kr-sme-support"], cache=None)
    assert a.plan.documents_after < a.plan.documents_before
    assert document_overlaps(a.plan, a.match) == []
