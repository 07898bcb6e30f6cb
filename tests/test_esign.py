"""A consent the channel takes on its own form, where the form offers an electronic signature (review 50 #10, #14)."""
from formslim.pipeline import analyze

from .conftest import corpus_package, needs_corpus


@needs_corpus
def test_a_channel_consent_whose_form_offers_an_e_signature_can_be_signed_online_today(tmp_path):
    """IRS Form 4506-C prints "Signatory confirms document was electronically signed": what would let it be signed
    online is open today, where the IVES participant takes e-signed forms — its blocker says so (variant
    K-CHANNEL-CONSENT-ESIGN), and still keeps it as a form of its own. SSA-89, which has no such box, keeps the old
    remedy."""
    pkg = corpus_package(tmp_path / "pkg", "loan-consents-msfg/irs-form-4506-c.pdf", "loan-consents-msfg/ssa-89.pdf")
    a = analyze([pkg], cache=None)
    blockers = {b["file"]: b for b in a.plan.blockers}
    esign = blockers["irs-form-4506-c.pdf"]
    assert esign["rule"] == "K-CHANNEL-CONSENT" and esign["variant"] == "K-CHANNEL-CONSENT-ESIGN"
    assert "open today" in esign["unblock"] and "electronic signature" in esign["unblock"]
    other = blockers.get("ssa-89.pdf")
    assert other is None or other.get("variant") != "K-CHANNEL-CONSENT-ESIGN"


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
