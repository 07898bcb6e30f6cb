"""A consent the channel takes on its own form, where the form offers an electronic signature (review 50 #10); what a
kept form may share with a consolidated form said only where there is one (review 50 #14)."""
from formslim.pipeline import analyze
from formslim.report.redesign import write_report
from formslim.report.i18n import rule_text

from .conftest import CORPUS, corpus_package, needs_corpus


@needs_corpus
def test_a_channel_consent_whose_form_offers_an_e_signature_can_be_signed_online_today(tmp_path):
    """IRS Form 4506-C prints "Signatory confirms document was electronically signed": what would let it be signed
    online is open today, where the IVES participant takes e-signed forms — its blocker says so (variant
    K-CHANNEL-CONSENT-ESIGN), and still keeps it as a form of its own. SSA-89 has no such box, but names who may take
    it electronically — a Permitted Entity under section 215 (eCBSV): open to that party (review 59 #4)."""
    pkg = corpus_package(tmp_path / "pkg", "loan-consents-msfg/irs-form-4506-c.pdf", "loan-consents-msfg/ssa-89.pdf")
    a = analyze([pkg], cache=None)
    blockers = {b["file"]: b for b in a.plan.blockers}
    esign = blockers["irs-form-4506-c.pdf"]
    assert esign["rule"] == "K-CHANNEL-CONSENT" and esign["variant"] == "K-CHANNEL-CONSENT-ESIGN"
    assert "open today" in esign["unblock"] and "electronic signature" in esign["unblock"]
    other = blockers["ssa-89.pdf"]
    assert other["variant"] == "K-CHANNEL-CONSENT-ESIGN-BY" and "Permitted Entity under section 215" in other["unblock"]
    kept = next(x for x in a.plan.decisions if x.rule == "K-CHANNEL-CONSENT" and "ssa-89.pdf" in x.documents)
    assert "keeps the signed form for SSA's compliance reviews" in kept.reason  # (CBSV: SSA does not take it)
    # … and the legal reviewer is asked who keeps it, how long, and whether it may be taken online (review 59 #9: the
    # brief said "nothing" to confirm)
    write_report(a, tmp_path / "out")
    import json

    form = json.loads((tmp_path / "out" / "form.json").read_text(encoding="utf-8"))
    duty = [x for x in form["legal_review"] if x.startswith("Authorization for the Social Security Administration")]
    assert duty and "Confirm who keeps the signed form, for how long" in duty[0] and "section 215" in duty[0]


@needs_corpus
def test_with_no_consolidated_form_no_decision_says_what_may_be_copied_into_one(tmp_path):
    """SBA 504: Form 1244 stays the main form as it is (no consolidated form), Form 413 stays because the owner and
    the spouse sign it — its decision says its questions stay its own, not that they "may be copied in" to a
    consolidated form that does not exist (review 50 #14)."""
    pkg = corpus_package(tmp_path / "pkg", "sba-buddy/SBA_1244.pdf", "sba-lukacera/SBAForm413.pdf")
    a = analyze([pkg], cache=None)
    assert not a.plan.consolidated
    signer = [x for x in a.plan.decisions if x.rule == "K-SIGNER"]
    assert signer and all(x.reason.startswith("signed by") and "its questions stay its own" in x.reason for x in signer)
    assert not [x for x in a.plan.decisions if "may be copied in" in x.reason]


def test_a_variant_part_a_language_words_as_an_addition_is_said_after_the_rest():
    """K-SIGNER's "copied_in" is one clause added to whichever case it joins (online, signed_once …): the Korean
    text of that case, then the clause; a case the language does not word falls back to the plan's English."""
    plain = rule_text("ko", "K-SIGNER", "english", "")
    both = rule_text("ko", "K-SIGNER", "english", "online+signed_once+copied_in")
    assert "옮겨 적을" not in plain and "옮겨 적을" in rule_text("ko", "K-SIGNER", "english", "copied_in")
    assert both.startswith(rule_text("ko", "K-SIGNER", "english", "online+signed_once")) and both.endswith("세지 않는다")
    assert rule_text("ko", "NO-SUCH-RULE", "english", "copied_in") == "english"


@needs_corpus
def test_a_korean_bundle_with_no_consolidated_form_says_nothing_may_be_copied_into_one(tmp_path):
    """정부포상 bundle: the 추천기관 files the recommendation as it is (no consolidated form); the records officials
    sign are kept — in Korean too, no "통합 신청서와 같은 값을 옮겨 적을 수" (the old Korean K-SIGNER text said it
    whatever the plan)."""
    a = analyze([CORPUS / "kr-hwplib" / "붙임1_정부포상_추천_구비서류_서식.hwp"], cache=None)
    assert not a.plan.consolidated
    signer = [x for x in a.plan.decisions if x.rule == "K-SIGNER"]
    assert signer and not [x for x in signer if "copied_in" in x.variant.split("+")]
    write_report(a, tmp_path / "kr")
    md = (tmp_path / "kr" / "report.md").read_text(encoding="utf-8")
    assert "다른 사람이 서명하는 문서라" in md and "옮겨 적을 수" not in md
