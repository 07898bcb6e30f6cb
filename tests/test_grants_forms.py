"""What fresh review 43 found misread on two grant applications nobody here wrote (US SF-424 with a re-saved copy
of its page 2; India's CSIR Form-C) and review 42 #2 on a lender's consents with a manifest: boxes the form keeps
for another party, a calculation that cannot run, a copy's fields, the country and the filer, whose datum a
form's own filer word asks."""
from __future__ import annotations

import shutil

from formslim.knowledge import load_knowledge
from formslim.match.reading import read_label

from .conftest import CORPUS, needs_corpus

SF424 = CORPUS / "grants-sf424-pypdf"


def test_a_form_edition_notice_is_no_former_datum():
    kb = load_knowledge()
    # (the SSA-89's page header "Discontinue Prior Editions" is context of its first field, not a former name)
    assert "previous" not in read_label("Printed Name", kb, context=("Form SSA-89 (05-2025) Discontinue Prior Editions",)).qualifiers
    assert "previous" in read_label("Prior name", kb).qualifiers


def test_a_state_or_a_title_that_qualifies_another_head_is_no_address_state_nor_job_title():
    kb = load_knowledge()
    for label in ("enter State funding", "16 State wages, tips, etc", "Date received by State (State use only.)",
                  "enter CFDA Program Title", "enter funding opportunity title from announcement on Grants.Gov"):
        assert read_label(label, kb).concepts == (), label
    for label, concept in (("Applicant state", "person.state"), ("c. State", "person.state"),
                           ("Enter authorized representative's title", "person.title"), ("Official title", "person.title"),
                           ("Typed Name & Title of Authorized Official", "person.title")):
        assert read_label(label, kb).concepts == (concept,), label


def test_a_box_kept_for_a_government_by_its_own_label_and_a_share_of_a_cost_is_no_party():
    from formslim.model import Field, Location
    from formslim.reduce.plan import kept_for

    kb = load_knowledge()

    def f(label):
        return Field(id="x#001", label=label, normalized_label=label.lower(), kind="text", source="test",
                     location=Location(file="x", page=1))

    assert kept_for(f("Date received by State (State use only.)"), kb) == "state"
    assert kept_for(f("Leave blank. Federal agency will assign date"), kb) == "agency"
    assert kept_for(f("(b) Cost (business use only)"), kb) is None
    assert kept_for(f("Employer identification number assigned by the IRS"), kb) is None


@needs_corpus
def test_sf424_keeps_other_parties_boxes_and_says_its_total_cannot_compute():
    from formslim.pipeline import analyze

    a = analyze([SF424], lang="en")
    by_label = {f.label: f for f in a.plan.fields}
    assert by_label["Leave blank. Federal agency will assign date"].action == "other_party"
    assert by_label["Date received by State (State use only.)"].action == "other_party"
    assert by_label["enter applicant funding"].action != "other_party"
    # SUM(fundingapplicant, fundingfa, …) names boxes the form does not have: no derivation is the form's own
    assert not [d for d in a.derivations if d.rule == "D-FORM-CALC"]
    assert any("names 3 field(s) the form does not have (fundingapplicant, fundingfa, fundingstate)" in x
               for x in a.plan.assumptions)
    # the re-saved page 2 is a copy: each of its fields joins its twin, and nothing else of the two is put to review
    copy = [g for g in a.match.groups if any(a.match.doc_of[x] == "SF424_page2.pdf" for x in g.fields)]
    assert len(copy) == 17 and all(len(g.fields) == 2 for g in copy)
    assert not [l for l in a.match.queue if {a.match.doc_of[l.a], a.match.doc_of[l.b]} == {"SF424.pdf", "SF424_page2.pdf"}]
    # "Name registered with Central Contractor Registry" and the "Employer/Taxpayer Identification Number" name no
    # contractor and no employer: the applicant's
    roles = {f.label: a.match.readings[f.id].role for d in a.package.documents for f in d.fields}
    assert roles["Name registered with Central Contractor Registry"] != "contractor"
    assert roles["b. Employer/Taxpayer Identification Number (EIN/TIN)"] != "employer"


@needs_corpus
def test_csir_form_is_indias_and_filed_by_its_investigator():
    from formslim.pipeline import analyze

    a = analyze([CORPUS / "in-csir-grant"], lang="en")
    assert any(x.startswith("country IN: the forms print their issuer, Council of Scientific and Industrial Research")
               for x in a.plan.assumptions)
    assert any(x.startswith("no hourly tariff is known for IN") for x in a.burden.assumptions)
    assert not any("the issuer files the package" in x for x in a.plan.assumptions)
    others = [f for d in a.package.documents for f in d.fields if f.label.startswith("6. Other participants")]
    assert others and {f.subject for f in others} == {"co_investigator"}
    # (the investigators' joint declaration: "We certify …")
    assert a.package.documents[0].declaration == "We certify that all the details declared here are correct and complete."


@needs_corpus
def test_a_consent_a_manifest_gives_to_an_owner_asks_that_owners_tin_and_name(tmp_path):
    """Review 42 #2: the manifest says owner 1 fills the 4506-C: its "1b. First taxpayer identification number"
    and "1a.iii. Last name/BMF company name" are owner 1's, not the business's; the spouse's lines stay the
    spouse's; the SSA-89's printed name is owner 1's too."""
    from formslim.manifest import load_manifest
    from formslim.parse import package_files, read_package
    from formslim.pipeline import match_with_manifest

    pkg = tmp_path / "pkg"
    pkg.mkdir()
    for name in ("irs-form-4506-c.pdf", "ssa-89.pdf"):
        shutil.copy(CORPUS / "loan-consents-msfg" / name, pkg / name)
    shutil.copy(CORPUS / "sba-lukacera" / "SBAForm1919.pdf", pkg / "SBAForm1919.pdf")
    (pkg / "formslim.yaml").write_text(
        "version: 1\ndocuments:\n  - file: irs-form-4506-c.pdf\n    filled_by: owner 1\n"
        "  - file: ssa-89.pdf\n    filled_by: owner 1\n", encoding="utf-8")
    kb = load_knowledge()
    package = read_package(package_files(pkg))
    match, _ = match_with_manifest(package, kb, load_manifest(pkg / "formslim.yaml"))
    label = {f.id: f.label for d in package.documents for f in d.fields}
    by_label = {(match.doc_of[x], label[x]): r for x, r in match.readings.items()}
    tin = by_label[("irs-form-4506-c.pdf", "1b. First taxpayer identification number (see instructions)")]
    last = by_label[("irs-form-4506-c.pdf", "1a.iii. Last name/BMF company name")]
    assert (tin.role, tin.index) == ("owner", 1) and (last.role, last.index) == ("owner", 1)
    assert by_label[("irs-form-4506-c.pdf", "2a.iii. Spouse’s last name")].role == "spouse"
    names = next(g for g in match.groups if any(label[x] == "Printed Name" for x in g.fields))
    assert {label[x] for x in names.fields} >= {"Printed Name", "Print/Type name"} and names.role == "owner"
