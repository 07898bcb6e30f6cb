"""Matching: gold duplicate groups and derivations of the sample packages, the label-pair gold file,
and the SBA loan package of the corpus."""
from pathlib import Path

import pytest
import yaml

from formslim import read_package
from formslim.knowledge import load_knowledge
from formslim.match import compare, derive, match_package, printed_agreements
from formslim.match.evaluate import evaluate_pairs, read_pairs
from formslim.match.reading import read_label

from .conftest import CORPUS, ROOT, SAMPLES, needs_corpus

GOLD = Path(__file__).parent / "gold"
KB = load_knowledge()


def verdict(a: str, b: str):
    """formslim's verdict on two labels read on their own."""
    return compare(read_label(a, KB), read_label(b, KB), KB)


def doc(name, labels):
    """A fillable-form document of text fields with these labels, in order."""
    from formslim.model import Document, Field, Location

    fields = tuple(Field(id=f"{name}#{i:03d}", label=l, normalized_label=l.lower(), kind="text", source="acroform",
                         location=Location(name)) for i, l in enumerate(labels))
    return Document(path=name, format="pdf", fields=fields)


def stated(package, tmp_path, manifest_text):
    """Match `package` with the manifest `manifest_text` (written to tmp_path): (match, notes)."""
    from formslim.manifest import load_manifest
    from formslim.pipeline import match_with_manifest

    m = tmp_path / "formslim.yaml"
    m.write_text(manifest_text, encoding="utf-8")
    return match_with_manifest(package, KB, load_manifest(m))


def _key(match, fid):
    return f"{match.doc_of[fid]}: {match.fields[fid].label}"


@pytest.fixture(scope="module", params=["kr-sme-support", "us-small-business-loan"])
def sample(request):
    package = read_package([SAMPLES / request.param])
    match = match_package(package, KB)
    gold = yaml.safe_load((GOLD / f"{request.param}.yaml").read_text(encoding="utf-8"))
    return match, gold, package


def test_every_gold_group_is_found_and_nothing_else_is_merged(sample):
    match, gold, _package = sample
    found = {frozenset(_key(match, f) for f in g.fields) for g in match.groups}
    expected = {frozenset(g["fields"]) for g in gold["groups"]}
    missing = expected - found
    extra = found - expected
    assert not missing, [sorted(x) for x in missing]
    assert not extra, [sorted(x) for x in extra]  # no false merge


def test_never_merge_pairs(sample):
    match, gold, _package = sample
    group_of = {}
    for g in match.groups:
        for f in g.fields:
            group_of[_key(match, f)] = g.id
    certain = {(_key(match, l.a), _key(match, l.b)) for l in match.links if l.status == "certain"}
    keys = {_key(match, f) for f in match.fields}
    for a, b in gold["never_merge"]:
        assert a in keys and b in keys, (a, b)
        assert group_of.get(a) is None or group_of.get(a) != group_of.get(b), (a, b)
        assert (a, b) not in certain and (b, a) not in certain


def test_gold_derivations_are_found(sample):
    match, gold, package = sample
    found = [(d.rule, _key(match, d.target), {(_key(match, i) if i in match.fields else i) for i in d.inputs})
             for d in derive(match, KB, agreements=printed_agreements(package))]
    for g in gold.get("derivations", []):
        hits = [f for f in found if f[0] == g["rule"] and f[1] == g["target"]]
        assert hits, g
        assert any(set(g["inputs"]) <= f[2] for f in hits), (g, hits)


def test_every_link_carries_evidence(sample):
    match, _, _package = sample
    assert match.links
    for link in match.links:
        assert link.evidence and link.rule and link.status in ("certain", "review") and 0 < link.score <= 1


@pytest.mark.parametrize("split,precision,recall", [("dev", 0.95, 0.90), ("heldout", 0.95, 0.90)])
def test_label_pair_gold(split, precision, recall):
    metrics, results = evaluate_pairs(read_pairs(ROOT / "eval" / "label_pairs.csv", split), KB)
    assert metrics["pairs"] >= 100
    assert metrics["precision"] >= precision and metrics["recall"] >= recall, metrics


def test_gold_file_shape():
    rows = read_pairs(ROOT / "eval" / "label_pairs.csv", "all")
    assert len(rows) >= 300
    negatives = [r for r in rows if r["same"] == "0"]
    assert len(negatives) >= len(rows) / 3
    assert any(ord(ch) > 0xAC00 for r in rows for ch in r["label_a"]) and any(r["label_a"].isascii() for r in rows)


def test_blocking_does_not_compare_all_pairs():
    from formslim.match.link import candidate_pairs, field_reading

    package = read_package([SAMPLES / "kr-sme-support", SAMPLES / "us-small-business-loan"])
    fields = list(package.fields)
    readings = {f.id: field_reading(f, KB) for f in fields}
    pairs = candidate_pairs(fields, readings)
    n = len(fields)
    assert len(pairs) < 0.25 * n * (n - 1) / 2
    # and every gold pair is still a candidate
    match = match_package(read_package([SAMPLES / "kr-sme-support"]), KB)
    for g in match.groups:
        assert len(g.fields) >= 2


def test_labels_outside_the_dictionary_are_compared_for_every_field():
    """Regression (issue 9): lexical candidates were made for one field only, so identical labels the
    dictionary does not know were never compared."""
    from formslim.match.link import candidate_pairs, field_reading
    from formslim.model import Field, Location
    from formslim.text import normalize_label

    unknown = ["Vessel hull registry mark", "Crew berth allocation", "Ballast tank capacity", "Mooring permit code"]
    fields = [Field(id=f"{doc}#{i:03d}", label=lab, normalized_label=normalize_label(lab), kind="text",
                    location=Location(file=doc), source="test")
              for doc in ("a.pdf", "b.pdf", "c.pdf") for i, lab in enumerate(unknown, 1)]
    readings = {f.id: field_reading(f, KB) for f in fields}
    assert not any(r.concepts for r in readings.values())
    pairs = candidate_pairs(fields, readings)
    for i in range(1, len(unknown) + 1):
        for x, y in (("a", "b"), ("a", "c"), ("b", "c")):
            assert (f"{x}.pdf#{i:03d}", f"{y}.pdf#{i:03d}") in pairs


SBA = ["sba-lukacera/SBAForm1919.pdf", "sba-lukacera/SBAForm413.pdf", "sba-buddy/SBA_912.pdf",
       "loan-consents-msfg/irs-form-4506-c.pdf", "sba-buddy/SBA_155.pdf", "sba-buddy/SBA_148.pdf",
       "sba-buddy/SBA_601.pdf", "sba-buddy/SBA_1244.pdf"]


@pytest.fixture(scope="module")
def sba():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    package = read_package([CORPUS / p for p in SBA])
    return match_package(package, KB)


def _linked(match, name_a, doc_a, name_b, doc_b):
    ids_a = [f for f in match.fields if match.doc_of[f].endswith(doc_a) and (match.fields[f].name or "").startswith(name_a)]
    ids_b = [f for f in match.fields if match.doc_of[f].endswith(doc_b) and (match.fields[f].name or "").startswith(name_b)]
    assert ids_a and ids_b, (name_a, name_b)
    return any({l.a, l.b} == {a, b} for l in match.links for a in ids_a for b in ids_b)


@needs_corpus
@pytest.mark.parametrize("a,doc_a,b,doc_b", [
    ("applicantname", "SBAForm1919.pdf", "Business Name of Applicant/Borrower", "SBAForm413.pdf"),   # business name
    ("ownName1", "SBAForm1919.pdf", "Name", "SBAForm413.pdf"),                                       # owner's name
    ("ownName1", "SBAForm1919.pdf", "1b. Personal Statement of", "SBA_912.pdf"),
    ("ownHome1", "SBAForm1919.pdf", "Home Address", "SBAForm413.pdf"),                                # home address
    ("3. Social Security Number", "SBA_912.pdf", "Social Security No", "SBAForm413.pdf"),             # SSN
    ("busTIN", "SBAForm1919.pdf", "form1[0].page_1[0].name_shown[0].first_ssn[0]", "irs-form-4506-c.pdf"),  # TIN
    ("busphone", "SBAForm1919.pdf", "Business Phone xxx-xxx-xxxx", "SBAForm413.pdf"),                 # business phone
])
def test_sba_package_links_across_forms(sba, a, doc_a, b, doc_b):
    assert _linked(sba, a, doc_a, b, doc_b)


@needs_corpus
def test_the_person_a_personal_statement_is_about_is_one_person_its_signature_lines_may_be_two(sba):
    """SBA Form 413 asks "Name" at its head and a "Print Name" under each of its two signatures (the person and
    the spouse): the head's name is the one person the statement is about — certainly the name Form 912's
    "Personal Statement of" asks, each statement being filed by that person —, the signature lines' may be
    either person's (review)."""
    ids = {(sba.doc_of[f].split("/")[-1], sba.fields[f].name): f for f in sba.fields}
    head = next(f for (d, n), f in ids.items() if d.endswith("SBAForm413.pdf") and n == "Name")
    of_912 = next(f for (d, n), f in ids.items() if d.endswith("SBA_912.pdf") and (n or "").startswith("1b. Personal Statement of"))
    link = next(l for l in sba.links if {l.a, l.b} == {head, of_912})
    assert link.status == "certain"
    printed = [f for (d, n), f in ids.items() if d.endswith("SBAForm413.pdf") and (n or "").startswith("Print Name")]
    assert len(printed) == 2
    assert not [l for l in sba.links if l.status == "certain" and {l.a, l.b} & set(printed) and of_912 in (l.a, l.b)]


@needs_corpus
def test_sba_owners_are_never_merged(sba):
    by_name = {(sba.doc_of[f], sba.fields[f].name): f for f in sba.fields}
    doc = next(d for d, _ in by_name if d.endswith("SBAForm1919.pdf"))
    for field in ("ownName", "ownTin", "ownHome", "ownPerc", "ownTitle"):
        ids = [by_name[(doc, f"{field}{i}")] for i in range(1, 6)]
        groups = [g for g in sba.groups if set(ids) & set(g.fields)]
        for g in groups:
            assert len(set(ids) & set(g.fields)) <= 1, (field, g)
        for l in sba.links:
            assert not ({l.a, l.b} <= set(ids)), (field, l)


@needs_corpus
def test_sba_pairs_written_by_reading_the_forms(sba):
    """Pairs of fields of forms written by others: certain links are never wrong, and certain plus
    review links find every pair that is the same datum."""
    gold = yaml.safe_load((GOLD / "sba_pairs.yaml").read_text(encoding="utf-8"))["pairs"]

    def find(ref):
        file, _, name = ref.partition(": ")
        ids = [f for f in sba.fields if sba.doc_of[f].endswith(file) and (sba.fields[f].name or "").startswith(name)]
        assert ids, ref
        return ids[0]

    status = {}
    for l in sba.links:
        status[frozenset((l.a, l.b))] = l.status
    group_of = sba.group_of()
    tp_c = fp_c = tp_r = fp_r = pos = 0
    for a, b, same in gold:
        x, y = find(a), find(b)
        st = status.get(frozenset((x, y)))
        if st is None and group_of.get(x) and group_of.get(x) == group_of.get(y):
            st = "certain"
        pos += same
        if st == "certain":
            tp_c += same
            fp_c += 1 - same
        if st in ("certain", "review"):
            tp_r += same
            fp_r += 1 - same
    assert fp_c == 0                    # a certain link between different data would delete a question
    assert tp_r / pos >= 0.9            # what is the same datum is at least put in front of a reviewer
    assert fp_r <= 2


@needs_corpus
def test_form_1040_versions_2013_and_2024(corpus):
    """Two editions of IRS Form 1040 eleven years apart, one with tooltips, one re-saved without:
    the spouse's SSN and the names pair up, the spouse is never paired with the filer."""
    from formslim.match.versions import diff_packages

    a = read_package([corpus / "irs-1040pkg-pdflib" / "F1040.pdf"])
    b = read_package([corpus / "irs-conmecto" / "f1040.pdf"])
    d = diff_packages(a, b, KB)
    pairs = {(d.fields[p.old].label.lower(), d.fields[p.new].label.lower()) for p in d.pairs}
    assert any("spouse" in x and "social security" in x and "spouse" in y for x, y in pairs)
    for x, y in pairs:
        assert ("spouse" in x) == ("spouse" in y) or not ("first name" in x or "social security" in x), (x, y)


@needs_corpus
def test_one_form_in_two_formats_links_question_by_question():
    """The K-Startup business plan as HWP and DOCX: the same question at the same place in both is one
    datum (M-SAME-FORM); nothing links the business plan to the evidence file that way."""
    package = read_package([CORPUS / "kr-kstartup-sandoc"])
    match = match_package(package, KB)
    same = [l for l in match.links if l.rule == "M-SAME-FORM"]
    assert len(same) >= 60 and all(l.status == "certain" for l in same)
    for l in same:
        a, b = match.doc_of[l.a], match.doc_of[l.b]
        assert Path(a.split("#")[0]).stem == Path(b.split("#")[0]).stem and a != b
        assert match.fields[l.a].normalized_label == match.fields[l.b].normalized_label


@pytest.mark.parametrize("a,b,same", [
    ("Loan Number", "loan number", True),
    ("Foreign country name", "Foreign Country Name:", True),
    ("추정 가격", "추정가격", True),
    ("Total", "Total", False),  # a generic word says nothing
    ("Amount 4", "Amount 4", False),  # one content word
    ("Loan number", "SBA loan name", False),
    ("Line 21. Dollars", "Line 21. Dollars", False),  # where the answer sits, not what it is
    ("Apartment number", "Apt. no", True),
    # when to mark a box is no datum: D-40's "Check if loss" of business income and Schedule S's of a
    # spouse's taxable income are two lines' boxes (review 23)
    ("Check if loss", "Check if loss", False),
    ("Fill in if loss", "Fill in if loss", False),
    ("Application type", "Application Type", True),
    # the line a form prints it on, the unit it is written in and a plural in "-es" are no wording: D-40 line 8
    # is the 1040's line 10
    ("Line 8. Taxable refunds, credits, or offsets of state and local income tax",
     "Line 10. Taxable refunds, credits, or offsets of state and local income taxes. Dollars", True),
    ("Mailing addresses of branches", "Mailing address of branch", True),
])
def test_same_wording_needs_the_same_words_and_enough_of_them(a, b, same):
    from formslim.match.compare import same_wording
    from formslim.match.reading import read_label

    assert same_wording(read_label(a, KB).text, read_label(b, KB).text) is same


@pytest.mark.parametrize("label,concept", [
    ("Foreign country name", None),  # the name of a country, not of a person
    ("SBA loan name", "application.loan_name"),  # a datum of its own (the SBA loan header block)
    ("Locality name", None),
    ("Full name", "person.name"),
    ("Lender name", "org.name"),  # a party's name
    ("Landlord's name", "person.name"),  # a possessive names a party, whoever it is
    # a bare "date" is the signing date only when nothing else dates it (seen in a batch catalogue:
    # "Deceased date" and "Enter from to Date" were listed as wordings of the signing date)
    ("Deceased date", None), ("Date of death", None), ("Effective date", None),
    ("Date of signature", "application.date"), ("Borrower date", "application.date"),
    # a word inside a compound names another datum: a web address is no business address
    ("Business Web Address", None), ("Address of business", "org.address"),
    ("Home e-mail address", "person.email"),
])
def test_a_modifier_before_a_generic_head_names_another_thing(label, concept):
    from formslim.match.reading import read_label

    assert read_label(label, KB).concept == concept


def test_a_party_asked_for_its_business_name_is_a_business():
    """'Name of Applicant' on one form and 'Applicant Business Legal Name' on another: the applicant is
    the business in this package, so its name is the business name; where the package asks the
    applicant's own SSN and first name, 'SSN or TIN' asks the SSN."""
    from formslim.model import Document, Field, Location, Package
    from formslim.match.reading import read_label

    def doc(name, labels):
        fields = tuple(Field(id=f"{name}#{i:03d}", label=l, kind="text", source="acroform", location=Location(name),
                             normalized_label=l.lower()) for i, l in enumerate(labels))
        return Document(path=name, format="pdf", title=name, fields=fields)

    business = Package(name="t", documents=(doc("a.pdf", ["Applicant Business Legal Name"]),
                                  doc("b.pdf", ["Name of Applicant"])))
    m = match_package(business, KB)
    assert m.readings["b.pdf#000"].concepts == ("org.name",) and "organisation" in m.readings["b.pdf#000"].note
    assert any(g.fields == ("a.pdf#000", "b.pdf#000") for g in m.groups)
    assert read_label("Name of Applicant", KB).concepts == ("person.name",)  # alone, it cannot know

    person = Package(name="t", documents=(doc("c.pdf", ["Your first name", "Your social security number"]),
                                doc("d.pdf", ["Social security number or taxpayer identification number"])))
    m = match_package(person, KB)
    assert m.readings["d.pdf#000"].concepts == ("person.ssn",)
    assert any(g.fields == ("c.pdf#001", "d.pdf#000") for g in m.groups)


def test_a_nameless_person_datum_in_a_named_row_is_that_persons():
    """'Your first name | M.I. | Last name' and 'Spouse's first name | M.I. | Last name': each row's
    nameless last name is its person's; 'Enter your last name' names the filer."""
    from formslim.model import Document, Field, Location, Package
    from formslim.match.reading import read_label

    def f(i, label, top, x):
        return Field(id=f"a.pdf#{i:03d}", label=label, normalized_label=label.lower(), kind="text", source="acroform",
                     location=Location("a.pdf", page=1, bbox=(x, top, x + 100, top + 12)))

    fields = (f(0, "Your first name", 100, 50), f(1, "M.I.", 100, 160), f(2, "Last name", 100, 200),
              f(3, "Spouse's first name", 130, 50), f(4, "M.I.", 130, 160), f(5, "Last name", 130, 200))
    m = match_package(Package(name="t", documents=(Document(path="a.pdf", format="pdf", fields=fields),)), KB)
    assert [m.readings[x.id].role for x in fields] == ["applicant"] * 3 + ["spouse"] * 3
    assert "in the row of 'Your first name'" in m.readings["a.pdf#002"].note
    assert read_label("Enter your last name", KB).role == "applicant"


def test_a_line_that_cites_another_forms_line_is_that_datum():
    """'Enter amount from Form 1040, line 38' is Form 1040's line 38; 'enter on Schedule SE, line 2' is
    Schedule SE's line 2; a share of a line ('each person's portion of the amount entered on D-40,
    Line 17') and a sum of lines ('Lines 4 and 5') are not one datum; a form not in the package is not
    resolved."""
    from formslim.match.xref import cross_reference_links
    from formslim.model import Document, Field, Location, Package

    def doc(name, number, lines):
        fields = tuple(Field(id=f"{name}#{i:03d}", label=l, normalized_label=l.lower(), kind="amount",
                             source="acroform", location=Location(name), line=n) for i, (n, l) in enumerate(lines))
        return Document(path=name, format="pdf", form_number=number, fields=fields)

    f1040 = doc("f1040.pdf", "form 1040", [("37", "Line 37. Subtract line 36 from line 22"),
                                           ("38", "Amount from line 37 (adjusted gross income)"),
                                           ("12", "Business income or (loss)"), ("17", "Deduction")])
    scha = doc("scha.pdf", "schedule a", [("2", "Line 2. Enter amount from Form 1040, line 38"),
                                          ("3", "Enter the amount from Form 1040A, line 22")])
    schc = doc("schc.pdf", "schedule c", [("31", "Net profit. If a profit, enter on both Form 1040, line 12 and on "
                                                 "Schedule SE, line 2")])
    sse = doc("sse.pdf", "schedule se", [("2", "Line 2")])
    dcs = doc("dcs.pdf", "schedule s", [("f", "Enter each person's portion of the amount entered on Form 1040, line 17"),
                                        ("b", "Enter the total of additions entered on Form 1040, lines 12 and 17")])
    links = cross_reference_links(Package(name="t", documents=(f1040, scha, schc, sse, dcs)))
    pairs = {frozenset((l.a, l.b)) for l in links}
    stated = {frozenset(p) for p in [("f1040.pdf#001", "f1040.pdf#000"), ("scha.pdf#000", "f1040.pdf#001"),
                                     ("schc.pdf#000", "f1040.pdf#002"), ("schc.pdf#000", "sse.pdf#000")]}
    # followed to their end: Schedule A line 2 copies line 38, which copies line 37; Schedule C's line 31
    # goes to both Form 1040 line 12 and Schedule SE line 2, so those two are one amount
    chained = {frozenset(("scha.pdf#000", "f1040.pdf#000")), frozenset(("f1040.pdf#002", "sse.pdf#000"))}
    assert pairs == stated | chained
    assert all(l.status == "certain" and l.rule == "M-XREF" for l in links)
    for l in links:
        assert ("cites" in l.evidence[0]) == (frozenset((l.a, l.b)) in stated)
    via = next(l for l in links if frozenset((l.a, l.b)) == frozenset(("scha.pdf#000", "f1040.pdf#000")))
    assert "Amount from line 37" in via.evidence[0]


def test_a_state_line_that_names_the_federal_datum_it_takes_is_that_line():
    """DC D-40: "Federal adjusted gross income from adjusted gross income lines on Federal Forms 1040, 1040A …",
    "Enter the number of exemptions claimed on your federal return", "Enter your federal EIC" name the federal
    return's datum, not its line (review 23 finding 10): each is the one line of the Form 1040 of the package
    whose label holds the named words (a copy of another line aside). A line from another federal form (Form
    2441), a line told not to copy, and a datum matching several lines are left alone."""
    from formslim.match.xref import cross_reference_links
    from formslim.model import Document, Field, Location, Package

    def doc(name, number, lines):
        fields = tuple(Field(id=f"{name}#{i:03d}", label=l, normalized_label=l.lower(), kind="amount",
                             source="acroform", location=Location(name), line=n) for i, (n, l) in enumerate(lines))
        return Document(path=name, format="pdf", form_number=number, fields=fields)

    f1040 = doc("f1040.pdf", "form 1040", [
        ("37", "Line 37. Subtract line 36 from line 22. This is your adjusted gross income"),
        ("38", "Line 38. Amount from line 37 (adjusted gross income)"),
        ("6d", "Line 6d. Total number of exemptions claimed"),
        ("64a", "Earned income credit (EIC). If you have a qualifying child, attach Schedule EIC"),
        ("48", "Line 48. Credit for child and dependent care expenses. Attach Form 2441"),
        ("7", "Line 7. Wages, salaries, tips"), ("8a", "Line 8a. Taxable interest. Wages of a minor")])
    d40 = doc("dc40.pdf", "form d-40", [
        ("3", "Line 3. Federal adjusted gross income from adjusted gross income lines on Federal Forms 1040, 1040A, "
              "1040EZ, 1040NR, or 1040NR-EZ"),
        ("25a", "Line 25a. Enter the number of exemptions claimed on your federal return"),
        ("28", "Line 28. Enter your federal EIC"),
        ("23", "Line 23. Credit for child and dependent care expenses from Federal Form 2441"),
        ("17", "Line 17. DC deduction amount. Do not copy from federal return"),
        ("9", "Line 9. Wages from your federal return")])
    links = cross_reference_links(Package(name="t", documents=(f1040, d40)))
    pairs = {frozenset((l.a, l.b)) for l in links}
    named = {frozenset(p) for p in [("dc40.pdf#000", "f1040.pdf#000"), ("dc40.pdf#001", "f1040.pdf#002"),
                                    ("dc40.pdf#002", "f1040.pdf#003")]}
    assert named <= pairs
    # (line 38 copies line 37: the chain makes the D-40's line 3 that line too; nothing else is linked to the D-40)
    assert {p for p in pairs if any(x.startswith("dc40") for x in p)} == named | {frozenset(("dc40.pdf#000", "f1040.pdf#001"))}
    assert all(l.status == "certain" and l.rule == "M-XREF" for l in links)
    # without a Form 1040 in the package nothing is resolved
    assert not [l for l in cross_reference_links(Package(name="t", documents=(d40,)))]


def test_a_reference_glued_to_the_word_before_it_is_still_read():
    """Schedule C line 31 prints "enter on bothForm 1040, line 12" (a run in another font lost its space):
    still Form 1040's line 12."""
    from formslim.match.xref import cross_reference_links
    from formslim.model import Document, Field, Location, Package

    def doc(name, number, line, label):
        return Document(path=name, format="pdf", form_number=number, fields=(Field(
            id=f"{name}#000", label=label, normalized_label=label.lower(), kind="amount", source="acroform",
            location=Location(name), line=line),))

    links = cross_reference_links(Package(name="t", documents=(
        doc("f1040.pdf", "form 1040", "12", "Business income or (loss)"),
        doc("schc.pdf", "schedule c", "31", "Net profit. If a profit, enter on bothForm 1040, line 12"))))
    assert [(l.a, l.b) for l in links] == [("f1040.pdf#000", "schc.pdf#000")]


def test_two_labels_worded_alike_that_the_dictionary_reads_in_part_are_one_datum():
    """"Foreign province or state or county" and "Foreign province/state/county" are read in part (a
    state, and more) but say the same words: certain. Two partial readings worded differently stay review."""
    same = verdict("Foreign province or state or county", "Foreign province/state/county")
    assert same.status == "certain" and any("the same wording" in e for e in same.evidence)
    other = verdict("Foreign province or state or county", "State of incorporation")
    assert other.status != "certain"


def test_a_bracket_saying_what_not_to_give_names_no_datum():
    """"Business street address (no P.O. boxes)" asks a street address, not a P.O. box as an alternative."""
    r = read_label("Business street address (no P.O. boxes)", KB)
    assert not any("po_box" in c for c in r.concepts), r.concepts


def test_an_instruction_after_the_datums_name_is_not_part_of_the_wording():
    """'City, town or post office. If you have a foreign address, also complete spaces below' names a city;
    the sentence after it tells when to fill other boxes."""
    r = read_label("City, town or post office. If you have a foreign address, also complete spaces below "
                   "(see instructions)", KB)
    assert r.concepts == ("person.city",) and r.how in ("exact", "contains")


def test_a_line_cited_before_its_form_is_that_forms_line():
    """DC Schedule H line 5: "D-40 filers enter here and on Line 29 of D-40" — the line named first, then
    the form ("line 37 of Form 1040" alike); "Line 7 of the worksheet" names no form."""
    from formslim.match.xref import _cited

    assert _cited("Subtract Line 4 from Line 3, D-40 filers enter here and on Line 29 of D-40") == [
        ("form d-40", "29", "line")]
    assert _cited("see line 37 of Form 1040") == [("form 1040", "37", "line")]
    assert _cited("Line 7 of the worksheet") == []


@needs_corpus
def test_amounts_that_flow_between_irs_forms_are_one_datum(corpus):
    package = read_package([corpus / "irs-1040pkg-pdflib" / n for n in ("F1040.pdf", "FSCHA.pdf", "F2441.pdf")])
    m = match_package(package, KB)
    agi = next(g for g in m.groups if any(m.fields[f].label.startswith("Line 37. Subtract") for f in g.fields))
    labels = {m.fields[f].label.split(".")[0] + "@" + m.doc_of[f] for f in agi.fields}
    # Schedule A asks Form 1040's line 38 twice (lines 2 and 25): both copies are the one datum
    assert {"Line 2@FSCHA.pdf", "Line 25@FSCHA.pdf", "Line 7@F2441.pdf", "Line 37@F1040.pdf"} <= labels


@needs_corpus
def test_a_schedule_is_filed_by_the_filer_of_the_return_it_is_attached_to(corpus):
    """DC Schedule I says "Attach to your D-40" and asks "Last name" and "Social Security Number" once,
    naming nobody: they are the D-40 filer's. A ZIP code keeps its address's qualifier: Schedule C's
    business ZIP code is never the 1040's home ZIP code."""
    package = read_package([corpus / "dc-tax-pdflib" / n for n in ("DC40.pdf", "DCSCHI.pdf")])
    m = match_package(package, KB)
    ssn = next(f for f in m.fields.values() if m.doc_of[f.id] == "DCSCHI.pdf" and f.label == "Social Security Number")
    assert m.readings[ssn.id].role == "applicant" and "attached to DC40.pdf" in m.readings[ssn.id].note
    own = next(f for f in m.fields.values() if m.doc_of[f.id] == "DC40.pdf" and f.label == "Your social security number")
    assert any({ssn.id, own.id} <= set(g.fields) for g in m.groups)

    package = read_package([corpus / "irs-1040pkg-pdflib" / n for n in ("F1040.pdf", "FSCHC.pdf")])
    m = match_package(package, KB)
    zips = [f.id for f in m.fields.values() if m.readings[f.id].concept == "person.zip"]
    business = [z for z in zips if m.doc_of[z] == "FSCHC.pdf"]
    assert business and all("business" in m.readings[z].qualifiers for z in business)
    assert not any(set(g.fields) & set(business) and set(g.fields) - set(business) for g in m.groups)


@needs_corpus
def test_the_only_address_of_a_filers_form_is_the_filers(corpus):
    """Form 4868: "Address (see instructions) | City, town or post office | State | ZIP Code", with the
    amounts of lines 4-7 in a column beside them. The one address the form asks, naming nobody, is the
    filer's, and so are its parts: the same city, state and ZIP code as the 1040's home address."""
    package = read_package([corpus / "irs-1040pkg-pdflib" / n for n in ("F1040.pdf", "F4868.pdf")])
    m = match_package(package, KB)
    zip_4868 = next(f for f in m.fields.values() if m.doc_of[f.id] == "F4868.pdf" and f.label == "ZIP Code")
    assert m.readings[zip_4868.id].role == "applicant"
    group = next(g for g in m.groups if zip_4868.id in g.fields)
    assert {m.doc_of[f] for f in group.fields} == {"F1040.pdf", "F4868.pdf"}


@needs_corpus
def test_a_party_the_manifest_renames_still_names_its_row(corpus):
    """Schedule C: "Name of proprietor | Social security number (SSN)". Where the manifest says the owner
    is the applicant, the proprietor's SSN (named by its row) is the applicant's: one datum with the
    1040's "Your social security number", certain; without the manifest, at most a review link."""
    package = read_package([corpus / "irs-1040pkg-pdflib" / n for n in ("F1040.pdf", "FSCHC.pdf")])

    def linked(m):
        ssn = next(f for f in m.fields.values() if m.doc_of[f.id] == "FSCHC.pdf" and f.label == "Social security number (SSN)")
        return ssn, any(ssn.id in g.fields and any(m.doc_of[x] == "F1040.pdf" for x in g.fields) for g in m.groups)

    assert not linked(match_package(package, KB))[1]
    ssn, ok = linked(m := match_package(package, KB, same_parties=(("applicant", "owner"),)))
    assert ok and m.readings[ssn.id].role == "applicant" and m.readings[ssn.id].role_from == "row"


@needs_corpus
def test_a_total_adds_the_lines_its_label_cites(corpus):
    """"Line 54. Add lines 47 through 53" is the sum of lines 47 to 53, found by their printed numbers —
    not of the boxes that sit above it; a label that cites lines in another way is never summed by place."""
    from formslim.match.derive import totals

    package = read_package([corpus / "irs-1040pkg-pdflib" / "F1040.pdf", corpus / "irs-1040pkg-pdflib" / "FSCHC.pdf"])
    m = match_package(package, KB)
    found = {m.fields[x.target].label.split(".")[0]: sorted(m.fields[i].line for i in x.inputs)
             for x in totals(m, KB)}
    assert found["Line 54"] == ["47", "48", "49", "50", "51", "52", "53"]
    assert found["Line 7"] == ["5", "6"]  # Schedule C: "Gross income. Add lines 5 and 6"
    assert "1" not in found.get("Line 28", []) and "8" in found["Line 28"]  # "Add lines 8 through 27a"
    assert not any(k.startswith("Line 22. Combine the amounts in the far right column") for k in found)
    # a difference is never a sum of the boxes above it: DC D-40 "38 Refund Subtract sum of Lines 36 and
    # 37 from Line 35"; nor are text boxes summed on their own (Schedule N's court and agency names)
    package = read_package([corpus / "dc-tax-pdflib" / "DC40.pdf", corpus / "dc-tax-pdflib" / "DCSCHN.pdf"])
    m = match_package(package, KB)
    labels = [m.fields[x.target].label for x in totals(m, KB)]
    assert not any("Refund" in x or x.startswith("13. Total payments made") for x in labels)


@needs_corpus
def test_a_designee_and_a_landlord_are_parties_of_their_own(corpus):
    """DC D-40: the third party designee's name and phone are the designee's (one datum with the 1040's
    designee), never Schedule N's custodian or Schedule H's landlord."""
    files = ("DC40.pdf", "DCSCHH.pdf", "DCSCHN.pdf")
    package = read_package([corpus / "dc-tax-pdflib" / n for n in files])
    m = match_package(package, KB)
    designee = next(f for f in m.fields.values() if f.label == "Designee's name")
    assert m.readings[designee.id].role == "designee"
    for g in m.groups:
        if designee.id in g.fields:
            assert all(m.readings[x].role == "designee" for x in g.fields)
    # the apartment number under "Landlord's address" is the landlord's, not the filer's
    landlord_apt = next(f for f in m.fields.values() if m.doc_of[f.id].endswith("DCSCHH.pdf") and f.label == "Apartment number")
    assert m.readings[landlord_apt.id].concept == "person.apartment" and m.readings[landlord_apt.id].role == "landlord"
    landlord_phone = next(f for f in m.fields.values() if f.label.startswith("Landlord's telephone"))
    assert m.readings[landlord_phone.id].role == "landlord"
    assert not any(l.status == "certain" and landlord_phone.id in (l.a, l.b) for l in m.links)


@needs_corpus
def test_the_party_a_claim_is_titled_for_is_its_filer(corpus):
    """DC Schedule N, "DC Non-Custodial Parent EITC Claim": its "First name of non-custodial parent", the
    birth date beside the parent's SSN and the address whose parts sit beside the custodian's are the
    filer's — one datum with the D-40's "Your first name", "Date of Birth (MMDDYYYY)", "City" (review 49
    #5); the custodian's are never the filer's."""
    package = read_package([corpus / "dc-tax-pdflib" / n for n in ("DC40.pdf", "DCSCHN.pdf")])
    m = match_package(package, KB)
    def first(name):  # (the first field of each label: the parent's city is printed before the custodian's)
        out = {}
        for f in m.fields.values():
            if m.doc_of[f.id].endswith(name):
                out.setdefault(f.label, f.id)
        return out

    schn, d40 = first("DCSCHN.pdf"), first("DC40.pdf")
    certain = {frozenset((l.a, l.b)) for l in m.links if l.status == "certain"}
    for ours, theirs in (("First name of non-custodial parent", "Your first name"),
                         ("Date of birth (MMDDYYYY)", "Date of Birth (MMDDYYYY)"), ("City", "City")):
        assert frozenset((schn[ours], d40[theirs])) in certain, ours
    custodian = [f.id for f in m.fields.values() if m.doc_of[f.id].endswith("DCSCHN.pdf") and m.readings[f.id].role == "custodian"]
    assert custodian and not any(l.status == "certain" and {l.a, l.b} & set(custodian) and "DC40" in l.a + l.b
                                 for l in m.links)


def test_a_label_names_the_party_its_form_is_titled_for():
    from formslim.match.link import _heading, _titled_party
    from formslim.model import Document

    claim = Document(path="n.pdf", format="pdf", title="Schedule N",
                     header="2013 SCHEDULE N DC Non- Custodial Parent EITC Claim. First name of non-custodial parent M.I.")
    assert _titled_party("First name of non-custodial parent", _heading(claim)) == "non custodial parent"
    # a heading that names the other parent, a one-word "of …", and words only the label itself prints: no party
    release = Document(path="r.pdf", format="pdf", title="Release of Claim to Exemption for Child by Custodial Parent")
    assert _titled_party("Name of noncustodial parent", _heading(release)) == ""
    assert _titled_party("Custodial parent's name", _heading(release)) == "custodial parent"
    assert _titled_party("Date of birth", _heading(release)) == ""
    plain = Document(path="p.pdf", format="pdf", title="Schedule N", header="Name of custodial parent")
    assert _titled_party("Name of custodial parent", _heading(plain)) == ""
    assert _titled_party("Name of custodial parent", _heading(Document(path="x.pdf", format="pdf", title="Non-Custodial Parent Claim"))) == ""


def test_ordinal_parties_up_to_the_tenth():
    from formslim.match.reading import read_label

    r = read_label("Please enter the name of the seventh Guarantor here", KB)
    assert (r.role, r.index) == ("guarantor", 7)
    assert read_label("digital signature of the tenth Guarantor", KB).index == 10


@needs_corpus
def test_a_datum_inside_a_numbered_line_is_that_lines_party(corpus):
    """Schedule A line 11 asks the name, SSN/EIN and address of the person the mortgage interest was paid
    to (AcroForm LINE11_…): never the filer's address, never another form's postal code for certain."""
    package = read_package([corpus / "irs-1040pkg-pdflib" / n for n in ("F1040.pdf", "F4868.pdf", "FSCHA.pdf")])
    m = match_package(package, KB)
    line11 = [f.id for f in m.fields.values() if (f.name or "").startswith("LINE11_")
              and m.readings[f.id].concept in ("person.zip", "person.city", "person.state")]
    assert line11 and all(m.readings[x].role_from == "line" for x in line11)
    assert not any(set(g.fields) & set(line11) for g in m.groups)


@needs_corpus
def test_the_review_queue_asks_nothing_about_one_forms_two_formats(corpus):
    """K-Startup: the business plan and the evidence list come as HWP and DOCX twins; a review link between
    the two formats of one form asks a person nothing (the twins are counted once)."""
    from formslim.match.link import same_form

    package = read_package([corpus / "kr-kstartup-sandoc"])
    m = match_package(package, KB)
    assert not any(m.doc_of[l.a] != m.doc_of[l.b] and same_form(m.doc_of[l.a], m.doc_of[l.b]) for l in m.queue)
    assert any(l.status == "review" for l in m.links)  # the links are kept for scripts


@needs_corpus
def test_a_form_officials_fill_about_the_packages_subject(corpus):
    """The 정부포상 bundle: the consent says it is for the nominee ("(정부포상 후보자용)"); the 공적조서 (개인),
    filled and signed by officials (조사자, 추천관), asks "성명 | 주소 …" naming nobody — the nominee's. And
    the nominees' list (a roster column) may hold the nominee: a review link, never a veto."""
    package = read_package([corpus / "kr-hwplib" / "붙임1_정부포상_추천_구비서류_서식.hwp"])
    m = match_package(package, KB)
    by_doc = {}
    for f in m.fields.values():
        by_doc.setdefault(next(d.locator for d in package.documents if d.key == m.doc_of[f.id]), []).append(f)
    record = next(f for f in by_doc["별표4 공적조서 (개인)"] if f.label == "성명")
    consent = next(f for f in by_doc["별표8 정부포상에 대한 동의서"] if f.label == "성명")
    assert m.readings[record.id].role == "beneficiary" and "officials fill and sign" in m.readings[record.id].note
    assert any({record.id, consent.id} <= set(g.fields) for g in m.groups)
    # (the 공적 확인서's candidate block, captioned "후 보 자", is the one candidate's — not a roster: session 27)
    confirmed = next(f for f in by_doc["별표5 공적 확인서"] if f.label == "성명")
    assert m.readings[confirmed.id].role == "beneficiary" and confirmed.repeats == 1
    assert any({confirmed.id, consent.id} <= set(g.fields) for g in m.groups)
    listed = next(f for f in by_doc["별표3 공적요약서 (개인)"] if f.label == "성명 (연령)")
    assert m.readings[listed.id].role_from == "roster"
    link = next(l for l in m.links if {l.a, l.b} == {listed.id, consent.id})
    assert link.status == "review"


@needs_corpus
def test_a_party_the_manifest_makes_a_person_asks_a_persons_data(corpus):
    """Form 1919: "the first owner's legal name" allows a company (an owner may be one); where the
    manifest says owner 1 is the representative, it is a person's name. And "this file's guarantor is the
    spouse" names one guarantor: Form 148L's second guarantor stays someone else."""
    package = read_package([corpus / "sba-lukacera" / "SBAForm1919.pdf", corpus / "sba-buddy" / "SBA_148L.pdf"])
    m = match_package(package, KB, same_parties=(("representative", "owner 1"),),
                      document_parties={"SBA_148L.pdf": {"guarantor": "spouse"}})
    first = next(f for f in m.fields.values() if f.label.startswith("Please enter the first owner's legal name"))
    assert m.readings[first.id].concepts == ("person.name",) and m.readings[first.id].role == "representative"
    second = next(f for f in m.fields.values() if f.label.startswith("Please enter the name of the second Guarantor"))
    assert (m.readings[second.id].role, m.readings[second.id].index) == ("guarantor", 2)


def test_the_manifest_says_whose_copy_a_per_person_form_is(tmp_path):
    """A personal statement's 'Name' names nobody; the manifest says owner 1 fills it, and that owner 1
    is the representative: then it is the representative's name on the application."""
    from formslim.model import Package
    from formslim.pipeline import match_with_manifest

    package = Package(name="t", documents=(doc("app.pdf", ["Authorized representative's full name"]),
                                           doc("stmt.pdf", ["Name", "Guarantor"])))
    plain, _ = match_with_manifest(package, KB, None)
    assert not plain.groups
    m, notes = stated(package, tmp_path, "version: 1\nparties:\n  - same: [representative, owner 1]\ndocuments:\n"
                      "  - file: stmt.pdf\n    filled_by: owner 1\n    parties: {guarantor: spouse}\n")
    assert [g.fields for g in m.groups] == [("app.pdf#000", "stmt.pdf#000")]
    assert m.readings["stmt.pdf#001"].role == "spouse"
    assert "stmt.pdf is filled by the owner 1" in notes and "in stmt.pdf, the guarantor is the spouse" in notes
    with pytest.raises(Exception, match="filled_by is a party"):
        stated(package, tmp_path, "version: 1\ndocuments:\n  - file: stmt.pdf\n    filled_by: [owner]\n")


def test_a_per_person_forms_first_person_is_its_filler_and_an_unnumbered_owner_may_be_owner_1(tmp_path):
    """SBA Form 413 signs "Signature 1 / Print Name 1" and "Signature 2 / Print Name 2" (the spouse who
    co-signs). Filled by owner 1, its first person is owner 1; the second is not. Owner 1 is the
    representative: "the owner's legal name" (which owner, not said) may be them — review, not a veto."""
    from formslim.model import Package

    package = Package(name="t", documents=(
        doc("app.pdf", ["Authorized representative's full name", "Please enter the owner's position"]),
        doc("pfs.pdf", ["Print Name 1", "Print Name 2", "Title"])))
    m, _ = stated(package, tmp_path, "version: 1\nparties:\n  - same: [representative, owner 1]\ndocuments:\n"
                  "  - file: pfs.pdf\n    filled_by: owner 1\n")
    assert [g.fields for g in m.groups] == [("app.pdf#000", "pfs.pdf#000")]
    assert m.readings["pfs.pdf#000"].role == "representative"
    assert m.readings["pfs.pdf#001"].role is None
    title = next(l for l in m.links if {l.a, l.b} == {"app.pdf#001", "pfs.pdf#002"})
    assert title.status == "review" and any("is not numbered" in e for e in title.evidence)


@needs_corpus
def test_the_review_queue_is_workable_and_round_trips_through_the_manifest(corpus, tmp_path):
    """Each field shows at most a few review questions, best first, each with why it is not certain and
    the manifest lines that accept or reject it; accepting one makes the two fields one group."""
    from formslim.manifest import load_manifest
    from formslim.match.link import REVIEW_PER_FIELD
    from formslim.pipeline import match_with_manifest
    from formslim.report.matching import queue_items

    package = read_package([corpus / "sba-lukacera", corpus / "sba-buddy" / "SBA_912.pdf"])
    m, _ = match_with_manifest(package, KB, None)
    review = [l for l in m.links if l.status == "review"]
    assert 0 < len(m.queue) < len(review)
    per_field: dict = {}
    for l in m.queue:
        for f in (l.a, l.b):
            per_field[f] = per_field.get(f, 0) + 1
    assert max(per_field.values()) <= REVIEW_PER_FIELD
    assert [l.score for l in m.queue] == sorted((l.score for l in m.queue), reverse=True)
    items = queue_items(m)
    first = items[0]
    assert first["why_not_certain"] and first["accept"]["overrides"]["same"]
    pair = first["accept"]["overrides"]["same"][0]
    manifest = tmp_path / "formslim.yaml"
    import json as _json
    manifest.write_text("version: 1\noverrides:\n  same:\n    - " + _json.dumps(pair, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    accepted, notes = match_with_manifest(package, KB, load_manifest(manifest))
    ids = {first["a"]["id"], first["b"]["id"]}
    assert any(ids <= set(g.fields) for g in accepted.groups)
    assert any(n.startswith("same datum") for n in notes)


def test_variants_of_one_form_for_different_subjects_never_link():
    """'공적조서 (개인)' and '공적조서 (단체)': the same questions, about an individual and about an
    organisation (contrast class applicant_type in contrasts.yaml)."""
    from formslim.model import Document, Field, Location, Package

    def doc(key, title, labels):
        fields = tuple(Field(id=f"{key}#{i:03d}", label=l, normalized_label=l, kind="text", source="hwp-table",
                             location=Location(key)) for i, l in enumerate(labels))
        return Document(path=key, format="hwp", title=title, fields=fields)

    package = Package(name="t", documents=(doc("a.hwp", "공적조서 (개인)", ["주소", "추천 훈격"]),
                                           doc("b.hwp", "공적조서 (단체)", ["주소", "추천 훈격"]),
                                           doc("c.hwp", "공적요약서 (개인)", ["추천 훈격"])))
    m = match_package(package, KB)
    linked = {frozenset((l.a, l.b)) for l in m.links}
    assert not any(("a.hwp" in x and "b.hwp" in y) or ("b.hwp" in x and "a.hwp" in y) for x, y in map(sorted, linked))
    assert frozenset(("a.hwp#001", "c.hwp#000")) in linked  # not variants of one form: compared as usual
    assert "applicant_type" in KB.contrasts and KB.contrasts["applicant_type"].source


def test_derivations_stay_with_their_party_and_ask_the_datum():
    """An age is computed only for a field that asks an age (not a yes/no question that mentions one),
    from a birth date of the same person: another form's nameless birth date may be anyone's."""
    from formslim.model import Document, Field, Location, Package

    def f(doc, i, label, kind):
        return Field(id=f"{doc}#{i:03d}", label=label, normalized_label=label.lower(), kind=kind, source="acroform",
                     location=Location(doc))

    a = Document(path="a.pdf", format="pdf", fields=(f("a.pdf", 0, "Date of birth", "date"), f("a.pdf", 1, "Age", "number"),
                                                      f("a.pdf", 2, "Age", "checkbox")))
    b = Document(path="b.pdf", format="pdf", fields=(f("b.pdf", 0, "Age", "number"),))
    m = match_package(Package(name="t", documents=(a, b)), KB)
    ages = {d.target: d.inputs for d in derive(m, KB) if d.rule == "D-AGE-FROM-BIRTH"}
    assert ages == {"a.pdf#001": ("a.pdf#000",)}


def test_an_age_is_computed_through_the_birth_date_a_resident_number_gives():
    """Review 52 #5: a form asks the 주민등록번호, none the birth date, another form the age (of the same person):
    the age follows from the number in two steps (D-BIRTH-FROM-RRN, then D-AGE-FROM-BIRTH), said in the how and the
    evidence. A package that asks the birth date itself computes from it, as before."""
    from formslim.model import Document, Field, Location, Package

    def f(doc, i, label, kind="text"):
        return Field(id=f"{doc}#{i:03d}", label=label, normalized_label=label.lower(), kind=kind, source="hwpx",
                     location=Location(doc), context=("참여인력",))

    a = Document(path="a.hwpx", format="hwpx", fields=(f("a.hwpx", 0, "성명"), f("a.hwpx", 1, "주민등록번호")))
    b = Document(path="b.hwpx", format="hwpx", fields=(f("b.hwpx", 0, "성명"), f("b.hwpx", 1, "연령", "number")))
    m = match_package(Package(name="t", documents=(a, b)), KB)
    ages = [d for d in derive(m, KB) if d.rule == "D-AGE-FROM-BIRTH"]
    assert [(d.target, d.inputs) for d in ages] == [("b.hwpx#001", ("a.hwpx#001",))]
    assert "resident registration number" in ages[0].how and any("D-BIRTH-FROM-RRN" in e for e in ages[0].evidence)
    c = Document(path="c.hwpx", format="hwpx", fields=(f("c.hwpx", 0, "생년월일", "date"),))
    m = match_package(Package(name="t", documents=(a, b, c)), KB)
    assert not any(d.rule == "D-AGE-FROM-BIRTH" and "a.hwpx#001" in d.inputs for d in derive(m, KB))


@needs_corpus
def test_a_total_sums_line_items_whatever_kind_they_were_read_as(corpus):
    package = read_package([corpus / "sba-lukacera" / "SBAForm413.pdf"])
    m = match_package(package, KB)
    total = next(d for d in derive(m, KB) if d.type == "total" and m.fields[d.target].label == "Total Assets")
    labels = {m.fields[i].label for i in total.inputs}
    assert {"Cash on Hand & in banks", "Real Estate", "Stocks and Bonds"} <= labels
    assert not any("Zip" in l or "Phone" in l for l in labels)


def test_a_page_header_repeating_the_filers_identifier_is_the_same_datum():
    """'Your social security number' on page 1 and again at the top of page 2 (another AcroForm name):
    one datum asked twice by one form — linked, so that other forms' SSNs join both."""
    from formslim.model import Document, Field, Location, Package

    def f(doc, i, label, page, top, name):
        return Field(id=f"{doc}#{i:03d}", label=label, normalized_label=label.lower(), kind="text", source="acroform",
                     name=name, location=Location(doc, page=page, bbox=(400, top, 550, top + 12)))

    a = Document(path="a.pdf", format="pdf", fields=(f("a.pdf", 0, "Your social security number", 1, 120, "SSN"),
                                                      f("a.pdf", 1, "Your social security number", 2, 30, "SSN2"),
                                                      f("a.pdf", 2, "Spouse's social security number", 2, 40, "SSSN")))
    b = Document(path="b.pdf", format="pdf", fields=(f("b.pdf", 0, "Your social security number", 1, 60, "SSN"),))
    m = match_package(Package(name="t", documents=(a, b)), KB)
    group = next(g for g in m.groups if "b.pdf#000" in g.fields)
    assert set(group.fields) == {"a.pdf#000", "a.pdf#001", "b.pdf#000"}
    assert any(l.rule == "M-PAGE-HEADER" for l in m.links)
    # the filing's own datum, which names no party, repeated atop page 2 of two schedules: one group
    c = Document(path="c.pdf", format="pdf", fields=(f("c.pdf", 0, "Name(s) shown on return", 1, 40, "N1"),
                                                      f("c.pdf", 1, "Name(s) shown on return", 2, 30, "N2")))
    d = Document(path="d.pdf", format="pdf", fields=(f("d.pdf", 0, "Name(s) shown on return", 1, 40, "N1"),
                                                      f("d.pdf", 1, "Name(s) shown on return", 2, 30, "N2"),
                                                      f("d.pdf", 2, "Name(s) shown on return", 2, 300, "N3")))
    m = match_package(Package(name="t", documents=(c, d)), KB)
    group = next(g for g in m.groups if "c.pdf#001" in g.fields)
    assert set(group.fields) == {"c.pdf#000", "c.pdf#001", "d.pdf#000", "d.pdf#001"}


@pytest.mark.parametrize("label,option", [
    ("If the entity type is LLC, please check this box", "llc"),
    ("Business Type: Corporation", "c_corp"),
    ("Individual/sole proprietor", "sole_proprietor"),
    ("If any sole proprietor, general partner, officer, director, or managing member has been convicted", None),
])
def test_a_box_that_stands_for_one_option(label, option):
    """Boxes of one choice on two forms ('entity type: LLC' and 'Business Type: LLC') are one datum only
    for the same option; a question that mentions an option is no option."""
    from formslim.match.compare import compare
    from formslim.match.reading import option_reading, read_label

    r = option_reading(read_label(label, KB), label, KB)
    assert r.option == option
    if option:
        assert r.concepts == ("org.legal_form",) and r.role == "applicant"
        same = option_reading(read_label(f"Business Type: {label}", KB), f"Business Type: {label}", KB)
        other = option_reading(read_label("Business Type: Partnership", KB), "Business Type: Partnership", KB)
        assert compare(r, same, KB, "checkbox", "checkbox").status == "certain"
        assert compare(r, other, KB, "checkbox", "checkbox").status is None


def test_a_post_office_is_not_a_business():
    """'If you have a P.O. box' and 'City, town or post office' are the home address, not the business's."""
    from formslim.match.reading import read_label

    for label in ("Home address (number and street). If you have a Post Office Box, see instructions",
                  "City, town or post office"):
        assert "business" not in read_label(label, KB).qualifiers
    assert "business" in read_label("Business office address", KB).qualifiers


def test_a_nameless_header_on_a_later_page_repeats_the_filer():
    """'Last name and SSN' printed over two boxes atop page 2 (split into one datum each by the reader):
    nameless, but the form asks the filer's SSN once on page 1 — the header repeats it."""
    from formslim.model import Document, Field, Location, Package

    def f(i, label, page, top):
        return Field(id=f"s.pdf#{i:03d}", label=label, normalized_label=label.lower(), kind="text", source="acroform",
                     location=Location("s.pdf", page=page, bbox=(300, top, 400, top + 12)))

    s = Document(path="s.pdf", format="pdf", fields=(f(0, "Enter your social security number", 1, 90),
                                                      f(1, "SSN", 2, 20), f(2, "SSN", 2, 400)))
    m = match_package(Package(name="t", documents=(s,)), KB)
    assert m.readings["s.pdf#001"].role == "applicant" and "top of page 2" in m.readings["s.pdf#001"].note
    assert m.readings["s.pdf#002"].role is None  # not in the header band


def test_a_check_box_is_not_the_datum_its_question_mentions():
    from formslim.match.link import field_reading
    from formslim.model import Field, Location

    def box(label):
        return Field(id="a#000", label=label, normalized_label=label.lower(), kind="checkbox", source="acroform",
                     location=Location("a.pdf"))

    assert field_reading(box("If any of the Applicant's revenues are derived from gambling, check"), KB).concepts == ()
    assert field_reading(box("If the Applicant is an Operating Company (OC), please check this box"), KB).concepts == ()
    assert field_reading(box("Business Type: LLC"), KB).concepts == ("org.legal_form",)


def test_two_wordings_of_one_datum_joined_by_or():
    from formslim.match.reading import read_label

    r = read_label("Please enter the 6-digit Primary Industry or NAICS code here", KB)
    assert r.concepts == ("org.industry",) and r.how == "alternatives"


def _line(fid, name, label, top, x0=55.0, x1=507.0):
    from formslim.model import Field, Location

    return Field(id=fid, label=label, normalized_label=label.lower(), kind="text", name=name, source="acroform",
                 location=Location(file="f.pdf", page=1, bbox=(x0, top, x1, top + 18)))


def test_a_second_line_of_one_answer_is_a_continuation_and_a_numbered_list_is_not():
    from formslim.fields.parts import continuations

    fields = [_line("f#1", "ADDR", "Home address", 197), _line("f#2", "ADDR2", "Home address continued", 218),
              _line("f#3", "CASE1", "Case number for", 300), _line("f#4", "CASE2", "Case number for", 321),
              _line("f#5", None, "Address", 400), _line("f#6", None, "Address", 421),
              _line("f#7", "ADDR9", "Home address", 600)]  # far below: another block
    got = continuations(fields, {f.id: "f.pdf" for f in fields})
    assert got == {"f#2": "f#1"}


@needs_corpus
def test_dc_home_address_lines_are_one_datum_and_the_voucher_asks_the_same(corpus):
    package = read_package([corpus / "dc-tax-pdflib"])
    result = match_package(package, load_knowledge())
    status = {frozenset((l.a, l.b)): l.status for l in result.links}
    assert status[frozenset(("DC40.pdf#014", "DC40.pdf#015"))] == "certain"
    assert status[frozenset(("DC40.pdf#014", "VOUCH.pdf#010"))] == "certain"


@needs_corpus
def test_a_bare_datum_asked_once_is_the_filers_and_an_address_keeps_its_parts(corpus):
    """D-40 addresses its filer as "you" and asks "Home address", "City", "State", "Zip Code" once: they
    are the filer's and link for certain with the payment voucher's. Schedule H asks a landlord's and a
    physician's address with the same bare "City": those are the landlord's and the physician's, never
    the filer's; Form 2441's care provider's "CITY" has no address line above it and stays nobody's."""
    from formslim.match.link import address_blocks, field_reading, filer_subjects

    dc = read_package([corpus / "dc-tax-pdflib" / n for n in ("DC40.pdf", "DCSCHH.pdf", "VOUCH.pdf")])
    m = match_package(dc, KB)
    by_label = {}
    for fid, f in m.fields.items():
        by_label.setdefault((m.doc_of[fid], f.label), []).append(fid)
    city_40, city_v = by_label[("DC40.pdf", "City")][0], by_label[("VOUCH.pdf", "City")][0]
    assert m.readings[city_40].role == "applicant" and "Home address" in m.readings[city_40].note
    link = next(l for l in m.links if {l.a, l.b} == {city_40, city_v})
    assert link.status == "certain"
    landlord_city = next(f for f in by_label[("DCSCHH.pdf", "City")] if m.fields[f].location.page == 1
                         and m.fields[f].location.bbox[1] > 500)
    assert m.readings[landlord_city].role == "landlord"  # the landlord is a party (roles.yaml)
    assert not any(l.status == "certain" and landlord_city in (l.a, l.b) for l in m.links)
    schh = next(d for d in dc.documents if d.key == "DCSCHH.pdf")
    heads = address_blocks(schh, {f.id: field_reading(f, KB) for f in schh.fields})
    assert "Landlord" in next(f.label for f in schh.fields if f.id == heads[landlord_city])

    irs = read_package([corpus / "irs-1040pkg-pdflib" / "F2441.pdf"])
    readings = {f.id: field_reading(f, KB) for d in irs.documents for f in d.fields}
    out = filer_subjects(irs, readings, KB)
    provider_city = next(f for d in irs.documents for f in d.fields if f.label == "CITY")
    assert out[provider_city.id].role is None


@pytest.mark.parametrize("a, b", [("추천 훈격", "19)추천훈격"), ("추천 훈격(勳格)", "7 추천훈격"),
                                  ("국적(외국인인 경우)", "국적"), ("2)직위", "직위")])
def test_korean_numbering_hanja_glosses_and_conditions_are_not_wording(a, b):
    """An item number glued to a Korean label, a Hanja gloss of the word and a condition on who answers
    do not change the datum: the two labels read the same."""
    from formslim.match.compare import compare
    from formslim.match.reading import read_label

    ra, rb = read_label(a, KB), read_label(b, KB)
    assert ra.text.replace(" ", "") == rb.text.replace(" ", ""), (ra.text, rb.text)
    assert compare(ra, rb, KB, "text", "text").status == "certain"


def test_an_official_named_on_two_forms_may_be_two_people():
    """조사자 on the merit report and 확인자 on the confirmation are both agency officials, not one person."""
    from formslim.match.compare import compare
    from formslim.match.reading import read_label

    v = compare(read_label("조사자 성명", KB), read_label("확인자 성명", KB), KB, "text", "text")
    assert v.status == "review" and any("another agency_official" in e for e in v.evidence)


@needs_corpus
def test_the_organisation_variant_of_a_form_asks_about_the_organisation(corpus):
    """공적조서 (단체) is filled for an organisation nominee: its 추천훈격 is not, for certain, the one on the
    civil servant's record summary (a person's); 공적조서 (개인)'s is."""
    package = read_package([corpus / "kr-hwplib"])
    m = match_package(package, KB)
    title = {d.key: d.title or d.locator for d in package.documents}

    def grade(word):
        return next(f for f, fl in m.fields.items() if "훈격" in fl.label and word in title[m.doc_of[f]])

    record = grade("인사기록")
    links = {frozenset((l.a, l.b)): l for l in m.links}
    org = links[frozenset((grade("공적조서 (단체)"), record))]
    assert org.status == "review" and "organisation" in org.evidence[-1]
    assert links[frozenset((grade("공적조서 (개인)"), record))].status == "certain"


@needs_corpus
def test_whose_ein_where_the_applicant_is_a_person(corpus):
    """Onboarding (1040, W-4, W-9, W-2): the applicant is a person. The W-2 names one organisation, the
    employer, so its bare 'Employer identification number (EIN)' is the employer's; the W-9's, asked of the
    payee, names nobody. The two are never one datum for certain."""
    package = read_package([corpus / "irs-conmecto"])
    m = match_package(package, KB)
    w2 = next(f for f, x in m.fields.items() if m.doc_of[f] == "fw2.pdf" and x.label.startswith("b Employer identification"))
    w9 = [f for f, x in m.fields.items() if m.doc_of[f] == "fw9.pdf" and x.label == "Employer identification number"]
    assert m.readings[w2].role == "employer" and w9 and all(m.readings[f].role is None for f in w9)
    assert not any(l.status == "certain" and {l.a, l.b} & {w2} and {l.a, l.b} & set(w9) for l in m.links)


@needs_corpus
def test_an_account_number_that_names_no_bank_is_put_to_a_person(corpus):
    """Form 1040 (2024) line 35d "Account number" sits beside 35b "Routing number": a bank account. The W-9's
    line 7 "List account number(s) here (optional)" names no bank and its form asks none: the payee's accounts
    with the requester (onboarding review 37 #2: the refund account was to be copied into the W-9). A review
    link, never certain."""
    package = read_package([corpus / "irs-conmecto"])
    m = match_package(package, KB)
    w9 = next(f for f, x in m.fields.items() if m.doc_of[f] == "fw9.pdf" and x.label.startswith("List account number"))
    f1040 = next(f for f, x in m.fields.items() if m.doc_of[f] == "f1040.pdf" and x.label == "Account number")
    assert m.readings[w9].vague and not m.readings[f1040].vague
    link = next(l for l in m.links if {l.a, l.b} == {w9, f1040})
    assert link.status == "review" and any("vague_alone" in e for e in link.evidence)


@needs_corpus
def test_a_box_of_an_information_return_is_cited_like_a_line(corpus):
    """Form 1040 (2024) line 1a "Total amount from Form(s) W-2, box 1" is the W-2's box 1."""
    package = read_package([corpus / "irs-conmecto"])
    m = match_package(package, KB)
    box = next(l for l in m.links if l.rule == "M-XREF" and "W-2, box 1" in l.evidence[0])
    labels = {m.fields[box.a].label, m.fields[box.b].label}
    assert labels == {"1a Total amount from Form(s) W-2, box 1 (see instructions)", "1 Wages, tips, other compensation"}
    # but line 1a totals box 1 over every W-2 the filer has, and the 1040 is of 2024, the W-2 of 2025: a person
    # checks (onboarding review 37 #11; it was certain, and the carry-over pre-filled line 1a from one W-2)
    assert box.status == "review"
    assert any("every such form" in e for e in box.evidence) and any("2024 and 2025" in e for e in box.evidence)


def test_a_forms_year_is_its_titles_not_its_revision():
    from formslim.match.xref import form_year

    assert form_year("2024 Form 1040") == "2024" and form_year("Form 4868 (2013)") == "2013"
    assert form_year("Form W-9 (Rev. March 2024)") == "" and form_year("Form 1040") == ""


@needs_corpus
def test_a_line_number_printed_before_its_dollar_sign_is_the_boxs_line(corpus):
    """D-40 (2013) prints "5 $ [____]" beside "Other additions from DC Schedule I, Calculation A, Line 8": the
    box is line 5 (the "$" after the number does not hide it), so Schedule I's "Enter the total here and on
    D-40, Line 5" finds it. "Step 1:" on the W-4 is no line number of the box beside it."""
    package = read_package([corpus / "dc-tax-pdflib" / n for n in ("DC40.pdf", "DCSCHI.pdf")]
                           + [corpus / "irs-conmecto" / "fw4.pdf"])
    fields = {f.id: f for d in package.documents for f in d.fields}
    other = next(f for f in fields.values() if f.name == "OTHRADD")
    assert other.line == "5"
    first = next(f for f in fields.values() if f.label == "(a) First name and middle initial")
    assert first.line is None
    m = match_package(package, KB)
    assert any(l.rule == "M-XREF" and other.id in (l.a, l.b) and "D-40, Line 5" in m.fields[l.a].label + m.fields[l.b].label
               for l in m.links)


def test_a_script_column_under_a_name_caption():
    """"4)성명 | 한글 | 한자": the Hangul column is the name, the Hanja column the name in Chinese characters
    (공공데이터 표준용어 한자성명) — another datum, never linked to the name."""
    from formslim.match.compare import compare
    from formslim.match.link import field_reading
    from formslim.match.reading import read_label
    from formslim.model import Field, Location

    def field(label):
        return Field(id=label, label=label, normalized_label=label, kind="text", source="test",
                     location=Location("x.hwp"), context=("공무원인사기록요약서", "4)성명"))

    hangul, hanja = field_reading(field("한글"), KB), field_reading(field("한자"), KB)
    assert hangul.concepts == ("person.name",) and hanja.concepts == ("person.name_hanja",)
    assert compare(hangul, read_label("성명", KB), KB, "text", "text").status is not None
    assert compare(hanja, read_label("성명", KB), KB, "text", "text").status is None
    assert field_reading(Field(id="y", label="한글", normalized_label="한글", kind="text", source="test",
                               location=Location("y.hwp"), context=("교육",)), KB).concepts == ()


@needs_corpus
def test_a_form_that_numbers_several_children_is_not_one_child():
    """DC Schedule N numbers the non-custodial parent's children (#1 … #3); the 1040's dependents and
    Schedule S's qualifying person are other people, or at least not knowably the same one: never certain."""
    kb = load_knowledge()
    pkg = read_package([CORPUS / "dc-tax-pdflib", CORPUS / "irs-1040pkg-pdflib" / "F1040.pdf"])
    m = match_package(pkg, kb)
    schn = [l for l in m.links if "DCSCHN" in l.a + l.b and l.status == "certain"
            and ("F1040" in l.a + l.b or "DCSCHS" in l.a + l.b)]
    person = [l for l in schn if m.readings[l.a].concept and m.readings[l.a].concept.startswith("person.")
              and m.readings[l.a].role != "applicant"]
    assert not person, [(l.a, l.b, l.evidence) for l in person]


def test_principal_as_an_adjective_names_no_one():
    from formslim.match.reading import read_label

    kb = load_knowledge()
    assert read_label("Please enter the first principal country of export", kb).role is None
    assert read_label("Principal's name", kb).role == "representative"


@needs_corpus
def test_a_line_computed_as_its_label_says_from_the_lines_it_names(corpus):
    """"Line 37. Subtract line 36 from line 22" is computed from lines 22 and 36, found by their printed
    numbers; "Add lines 9 and 10, less line 12" is a difference, never a sum; a computation on a column of
    a line ("Multiply line 12, column (b) by line 7") needs the column and is left alone."""
    from formslim.match.derive import derive, line_arithmetic, totals

    files = ("F1040.pdf", "F4562R.pdf", "F8829.pdf")
    package = read_package([corpus / "irs-1040pkg-pdflib" / n for n in files])
    m = match_package(package, KB)
    found = {m.fields[x.target].label: (x.how, sorted(m.fields[i].line for i in x.inputs)) for x in line_arithmetic(m, KB)}
    agi = found["Line 37. Subtract line 36 from line 22. This is your adjusted gross income. Dollars"]
    assert agi[1] == ["22", "36"] and agi[0].endswith("line 22 − line 36")
    carry = next(v for k, v in found.items() if k.startswith("Line 13. Carryover of disallowed deduction to 2014"))
    assert carry[1] == ["10", "12", "9"] and carry[0].endswith("(line 9 + line 10) − (line 12)")
    assert not any(k.startswith("Line 13. Carryover") for k in (m.fields[x.target].label for x in totals(m, KB)))
    assert not any("column (b)" in k for k in found)
    # the plan's derivations: the computed line is not guessed again as a total of the boxes above it
    rules = {d.rule for d in derive(m, KB) if m.fields[d.target].label.startswith("Line 37. Subtract")}
    assert rules == {"D-LINE-ARITHMETIC"}


@needs_corpus
def test_a_difference_the_form_keeps_at_zero_or_above(corpus):
    """Form 1040 (2024) prints "15 Subtract line 14 from line 11. If zero or less, enter -0-", "34 If line 33 is more
    than line 24, subtract line 24 from line 33" and "37 Subtract line 33 from line 24. This is the amount you
    owe": never negative (onboarding review 37 #6: both lines 34 and 37 were filled, one of them negative). Line
    11 (adjusted gross income) may be below zero and is computed as printed."""
    from formslim.match.derive import derive

    m = match_package(read_package([corpus / "irs-conmecto" / "f1040.pdf"]), KB)
    found = {m.fields[d.target].line: d for d in derive(m, KB) if d.rule == "D-LINE-ARITHMETIC"}
    assert found["15"].how.endswith("max(0, line 11 − line 14)")
    assert found["34"].how.endswith("max(0, line 33 − line 24)") and found["37"].how.endswith("max(0, line 24 − line 33)")
    assert found["11"].how.endswith(": line 9 − line 10")
    assert any("never below zero" in e for e in found["15"].evidence)
    # "Add lines 1a through 1h": the lettered lines between, not the total's own line 1z
    total = next(d for d in derive(m, KB) if m.fields[d.target].label == "Add lines 1a through 1h")
    assert total.type == "total" and len(total.inputs) == 8
    assert m.fields[min(total.inputs)].label.startswith("1a Total amount from Form(s) W-2")


@needs_corpus
def test_the_arithmetic_a_state_return_prints_on_its_lines(corpus):
    """DC D-40 (2013) prints its computation on every line (DC review 34 #3): "6 Add Lines 3, 4 and 5" (a box its
    tooltip-less name left to the checkbox's "Fill in if loss"), "14 Total subtractions …, Lines 7-13" (a range
    with no "add", over lines whose boxes read as text), "15 … Line 6 minus Line 14" (a tooltip that is the bare
    "15"), "19 … Multiply $1,675 by number on line 18", "23 .00 X .32 Enter result" (the line's result box, not
    its federal amount, is what "line 23" means to line 26), "34 … creditsAdd Lines 28, 29–33" (glued words)."""
    from formslim.match.derive import derive

    package = read_package([corpus / "dc-tax-pdflib" / "DC40.pdf"])
    m = match_package(package, KB)
    found = {m.fields[d.target].line: (d.how, sorted(m.fields[i].line for i in d.inputs), [m.fields[i].label for i in d.inputs])
             for d in derive(m, KB) if d.type in ("total", "computed")}
    assert found["6"][1] == ["3", "4", "5"]
    assert found["14"][1] == ["10", "11", "12", "13", "7", "8", "9"]
    assert found["15"][0].endswith("line 6 − line 14")
    assert found["19"][0].endswith("line 18 × $1,675") and found["19"][1] == ["18"]
    assert found["23"][0].endswith("line 23 × .32") and found["23"][2][0].startswith("Line 23. Credit for child")
    assert found["28"][0].endswith("line 28 × .40")
    assert found["26"][2][0] == "23 .00 X .32 Enter result"
    assert found["34"][1] == ["28", "29", "30", "31", "32", "33"] and "28 .00 X .40 Enter result" in found["34"][2]
    labels = {f.line: f for f in m.fields.values() if f.kind == "amount"}
    assert labels["6"].label.startswith("6 Add Lines 3, 4 and 5") and labels["15"].label.startswith("15 DC adjusted gross")


@needs_corpus
def test_totals_of_a_schedule_that_numbers_two_blocks_from_one(corpus):
    """DC Schedule I (2013) numbers Calculation A's lines 1–8 and Calculation B's 1–16: "8 Total additions Add
    entries on Lines 1– 7" adds Calculation A's lines (it has no line 7 of its own; Calculation B's line 7 is not
    one of them), "16 Total subtractions. Add entries on Lines 1–15" Calculation B's (review 49 #4)."""
    from formslim.match.derive import derive

    m = match_package(read_package([corpus / "dc-tax-pdflib" / "DCSCHI.pdf"]), KB)
    order = {f: i for i, f in enumerate(m.fields)}
    found = {m.fields[d.target].line: d for d in derive(m, KB) if d.type == "total"}
    additions, subtractions = found["8"], found["16"]
    assert all(order[i] < order[additions.target] for i in additions.inputs)
    assert sorted({m.fields[i].line for i in additions.inputs}, key=int) == ["1", "2", "3", "4", "5", "6"]
    assert all(order[additions.target] < order[i] < order[subtractions.target] for i in subtractions.inputs)
    assert len({m.fields[i].line for i in subtractions.inputs}) == 15


def test_arithmetic_on_lines_asks_an_amount_unless_it_counts():
    from formslim.fields.kinds import infer_kind

    assert infer_kind("20 Add Lines 17 and 19") == "amount"
    assert infer_kind("19 Exemption amount. Multiply $1,675 by number on line 18") == "amount"
    assert infer_kind("23 .00 X .32 Enter result") == "amount"
    assert infer_kind("8 Total additions Add entries on Lines 1– 7. Enter the total here") == "amount"
    assert infer_kind("3 Divide line 1 by line 2. Enter the result as a percentage") == "number"
    assert infer_kind("6d Add numbers on lines above. Total number of exemptions claimed") == "number"
    assert infer_kind("Line 18. Number of exemptions") == "number"
    # (SBA 504 review 35 #11: loan numbers are identifiers, whatever "loan" says)
    assert infer_kind("If yes, provide loan numbers and current status") == "text"


def test_a_figure_the_filer_chooses_is_no_derivation():
    """"Multiply line 2 by 7.5 percent (.075) or 10.0 percent (.10)": which figure depends on the filer."""
    from formslim.match.derive import line_arithmetic
    from formslim.model import Document, Field, Location, Package

    def box(i, label, line):
        return Field(id=f"t.pdf#{i:03d}", label=label, normalized_label=label.lower(), kind="amount", source="acroform",
                     location=Location(file="t.pdf", page=1), line=line)

    fields = (box(1, "Line 2. Amount", "2"), box(2, "Line 3. Multiply line 2 by 7.5 percent (.075) or 10.0 percent (.10)", "3"),
              box(3, "Line 4. Multiply line 2 by 2.9% (.029)", "4"), box(4, "Line 5. Multiply line 2 by 2 percent (.02)", "5"))
    m = match_package(Package(name="t", documents=(Document(path="t.pdf", format="pdf", fields=fields),)), KB)
    found = {m.fields[d.target].line: d.how for d in line_arithmetic(m, KB)}
    assert "3" not in found and found["4"].endswith("line 2 × 2.9%") and found["5"].endswith("line 2 × 2%")


@needs_corpus
def test_a_total_computed_by_the_formula_its_label_prints(corpus):
    """K-Startup's business plan prints "총 사업비 (C=A+B)" over "정부지원사업비(A) 기본/추가" and
    "자기부담사업비(B) 현금/현물", and "총사업비 (a+b+c)" over three parts with their shares "(a) (%)": each total
    is the sum of every field that carries its markers, each share that part of the total."""
    from formslim.match.derive import printed_formulas

    package = read_package([corpus / "kr-kstartup-sandoc" / "별첨1_사업계획서_양식.hwp"])
    m = match_package(package, KB)
    found = {m.fields[x.target].label: (x.type, sorted(m.fields[i].label for i in x.inputs)) for x in printed_formulas(m, KB)}
    kind, parts = found["총 사업비 (C=A+B)"]
    assert kind == "total" and parts == sorted(["정부지원사업비(A) 기본", "정부지원사업비(A) 추가 (성공환원형 신청자만 작성)",
                                                "자기부담사업비(B) 현금", "자기부담사업비(B) 현물"])
    kind, parts = found["총사업비 (a+b+c)"]
    assert kind == "total" and len(parts) == 3 and not any("%" in p for p in parts)
    kind, parts = found["정부지원사업비(a) (%)"]
    assert kind == "computed" and parts == ["정부지원사업비(a)", "총사업비 (a+b+c)"]


def test_a_printed_formula_whose_marker_no_field_carries_derives_nothing():
    from formslim.match.derive import printed_formulas
    from formslim.model import Document, Field, Location, Package

    def cell(i, label, col):
        return Field(id=f"t.docx#{i:03d}", label=label, normalized_label=label, kind="amount", source="table",
                     location=Location(file="t.docx", table=1, row=2, column=col))

    whole = (cell(1, "국비 (A)", 1), cell(2, "자부담 (B)", 2), cell(3, "합계 (A+B)", 3))
    m = match_package(Package(name="t", documents=(Document(path="t.docx", format="docx", fields=whole),)), KB)
    assert [(x.target, x.inputs) for x in printed_formulas(m, KB)] == [("t.docx#003", ("t.docx#001", "t.docx#002"))]
    half = (cell(1, "국비 (A)", 1), cell(3, "합계 (A+B)", 3))
    m = match_package(Package(name="t", documents=(Document(path="t.docx", format="docx", fields=half),)), KB)
    assert printed_formulas(m, KB) == []


@needs_corpus
def test_the_sub_items_of_a_numbered_item_are_asked_of_its_party(corpus):
    """IRS Form 4506-C gives line 5d's caption ("Client name, telephone number, and address") only with its
    first sub-item: "5d.ii. Telephone number" is still the client's, and never one datum with an SBA 1244
    associate's phone; line 5a is the IVES participant's, a party that passes the transcript on."""
    package = read_package([corpus / "loan-consents-msfg" / "irs-form-4506-c.pdf", corpus / "sba-buddy" / "SBA_1244.pdf"])
    m = match_package(package, KB)
    by_label = {f.label: f for f in m.fields.values() if m.doc_of[f.id] == "irs-form-4506-c.pdf"}
    phone = by_label["5d.ii. Telephone number"]
    assert phone.context[0].startswith("5d. Client name") and m.readings[phone.id].role == "client"
    assert m.readings[by_label["5a.ii. IVES participant ID number"].id].role == "intermediary"
    # "Electronic Signature: Only IVES participants … can accept electronic signatures": it passes the form
    # on, it does not sign it
    form = next(d for d in package.documents if d.path == "irs-form-4506-c.pdf")
    assert "intermediary" not in {s.signer for s in form.signers}
    grouped = {x for g in m.groups for x in g.fields}
    assert phone.id not in grouped
    assert not any(phone.id in (l.a, l.b) and l.status == "certain" for l in m.links)


@needs_corpus
def test_a_taxpayer_identification_number_may_be_a_social_security_number(corpus):
    """A TIN is a person's SSN or an organisation's EIN: the 4506-C's "taxpayer identification number" and
    the SSA-89's "Social Security Number" are offered for review, never certain; where the package shows
    the applicant is an organisation (SBA 1919), its TIN is its EIN."""
    package = read_package([corpus / "loan-consents-msfg" / "irs-form-4506-c.pdf", corpus / "loan-consents-msfg" / "ssa-89.pdf"])
    m = match_package(package, KB)
    tin = next(f for f in m.fields.values() if f.label.startswith("1b. First taxpayer identification number"))
    ssn = next(f for f in m.fields.values() if m.doc_of[f.id] == "ssa-89.pdf" and f.label == "Social Security Number")
    link = next(l for l in m.links if {l.a, l.b} == {tin.id, ssn.id})
    assert link.status == "review" and any("may be this person.ssn" in e for e in link.evidence)
    package = read_package([corpus / "sba-lukacera" / "SBAForm1919.pdf"])
    m = match_package(package, KB)
    business_tin = next(f for f in m.fields.values() if m.readings[f.id].role == "applicant" and "TIN" in f.label)
    assert m.readings[business_tin.id].concepts == ("org.ein",), m.readings[business_tin.id]


@needs_corpus
def test_a_form_signed_by_the_individual_it_is_about_asks_that_individuals_data(corpus):
    """Form SSA-89: the tooltip of "Printed Name" starts with the page's header, and the form is signed by
    the individual whose SSN it verifies: its bare name, SSN and birth date are that individual's — offered
    for review against the 4506-C taxpayer's, never against the IVES participant's or the client's."""
    from formslim.text import split_tooltip

    path, label = split_tooltip("Form SSA-89 (05-2025)\rDiscontinue Prior Editions\rSocial Security Administration "
                                "Authorization \rTo Release Social Security Number (SSN) Verification O M B  Number "
                                "0960-0760 Page 1 of 1 Printed Name:")
    assert label == "Printed Name" and path[0].startswith("Form SSA-89")
    package = read_package([corpus / "loan-consents-msfg" / "irs-form-4506-c.pdf", corpus / "loan-consents-msfg" / "ssa-89.pdf"])
    m = match_package(package, KB)
    name = next(f for f in m.fields.values() if m.doc_of[f.id] == "ssa-89.pdf" and f.label == "Printed Name")
    assert m.readings[name.id].role == "individual"
    partners = {m.fields[l.b if l.a == name.id else l.a].label for l in m.links if name.id in (l.a, l.b)}
    assert "Print/Type name" in partners
    assert not partners & {"IVES participant name", "Client name"}
    tin = next(f for f in m.fields.values() if f.label.startswith("1b. First taxpayer identification number"))
    ssn = next(f for f in m.fields.values() if m.doc_of[f.id] == "ssa-89.pdf" and f.label == "Social Security Number")
    assert any({l.a, l.b} == {tin.id, ssn.id} and l.status == "review" for l in m.links)


@needs_corpus
def test_a_bare_name_atop_a_returns_second_page_is_the_names_shown_on_it(corpus):
    """Form 1040 (2013) page 2 has a box "Name" in its header; page 1 asks "Your first name and initial"
    and "Last name". It is the name(s) the return is filed under, as Schedule A asks them ("Name(s) shown
    on Form 1040") — a certain link, not a person's name of nobody in particular."""
    package = read_package([corpus / "irs-1040pkg-pdflib" / n for n in ("F1040.pdf", "FSCHA.pdf")])
    m = match_package(package, KB)
    header = next(f for f in package.documents[0].fields if f.name == "NAM2")
    r = m.readings[header.id]
    assert r.concepts == ("application.names_on_return",) and "at the top of page 2" in r.note
    scha = next(f for f in package.documents[1].fields if m.readings[f.id].concept == "application.names_on_return")
    groups = m.group_of()
    assert groups[header.id] == groups[scha.id]


def test_the_same_section_printed_in_two_forms_lines_up_line_by_line():
    """A report prints "3-2. 수계소화설비" and its checklist "2. 수계소화설비": the same block, numbered
    differently. Its lines, in order, are one datum each — "동명" at the same place, although "동명"
    recurs. A section a form prints twice (one per building) is not lined up; a different block is not."""
    from formslim.model import Document, Field, Location, Package

    def doc(name, blocks):
        fields, i = [], 0
        for title, labels in blocks:
            for label, kind in labels:
                fields.append(Field(id=f"{name}#{i:03d}", label=label, normalized_label=label, kind=kind,
                                    source="pdf-layout", location=Location(name), context=(title,)))
                i += 1
        return Document(path=name, format="pdf", fields=tuple(fields))

    block = [("설비의 종류", "radio"), ("동명", "text"), ("층", "number"), ("실명", "text"), ("유효수량", "number"),
             ("동명", "text"), ("실명", "text"), ("점검자 (서명)", "signature")]
    report = doc("report.pdf", [("3-2. 수계소화설비(공통사항)", block), ("3-3. 기타", [("동명", "text")] * 4)])
    checklist = doc("checklist.pdf", [("2. 수계소화설비(공통사항)", block[:4] + block[5:])])
    twice = doc("twice.pdf", [("1. 수계소화설비(공통사항)", block), ("2. 수계소화설비(공통사항)", block)])
    m = match_package(Package(name="t", documents=(report, checklist, twice)), KB)
    section = {frozenset((l.a, l.b)) for l in m.links if l.rule == "M-SAME-SECTION"}
    assert frozenset(("report.pdf#001", "checklist.pdf#001")) in section
    assert frozenset(("report.pdf#005", "checklist.pdf#004")) in section  # the second 동명, in its place
    assert frozenset(("report.pdf#001", "checklist.pdf#004")) not in section
    assert not any("twice.pdf" in a + b for a, b in map(tuple, section))
    # a signature is each document's own act, wherever it is printed
    assert frozenset(("report.pdf#007", "checklist.pdf#006")) not in section
    assert not any(l.rule == "M-SAME-SECTION" and "#008" in l.a + l.b for l in m.links)  # 3-3 is not in the other
    # a heading more forms print than SECTION_MAX_DOCS (a catalogue's "신청인"): no one printed block
    from formslim.match.link import SECTION_MAX_DOCS
    many = tuple(doc(f"form{i}.pdf", [("1. 수계소화설비(공통사항)", block)]) for i in range(SECTION_MAX_DOCS + 1))
    assert not any(l.rule == "M-SAME-SECTION" for l in match_package(Package(name="t", documents=many), KB).links)


def test_items_of_a_shared_section_line_up_by_their_own_heads_in_any_order():
    """Two forms list the items of "경보설비" in another order, and one of them adds an item the other does
    not print: each item's "동명 / 층 / 실명" are one datum only with the same item's in the other form — never
    with the "동명" of the item that happens to stand at the same place."""
    from formslim.match.link import _lined_up

    def item(name):
        return [f"{name}|checkbox", "동명|text", "층|number", "실명|text"]

    report = ["감지기종류|choice", *item("비상방송설비"), *item("통합감시시설"), *item("화재알림설비"),
              *item("자동화재속보설비")]
    checklist = ["감지기종류|choice", *item("비상방송설비"), *item("자동화재속보설비"), *item("통합감시시설")]
    pairs = set(_lined_up(report, checklist))
    for name in ("비상방송설비", "통합감시시설", "자동화재속보설비"):
        i, j = report.index(f"{name}|checkbox"), checklist.index(f"{name}|checkbox")
        assert {(i + k, j + k) for k in range(4)} <= pairs, name
    alarm = report.index("화재알림설비|checkbox")
    assert not any(i in range(alarm, alarm + 4) for i, _ in pairs)  # an item only one form prints
    assert len({j for _, j in pairs}) == len(pairs) == len({i for i, _ in pairs})  # one counterpart each


@needs_corpus
def test_a_fire_inspection_report_and_its_checklist_share_their_detail_sections(corpus):
    """소방시설 자체점검: the 9호 report's 3-2 and the 4호 checklist's 2 print the same 수계소화설비 block;
    the building name of its main water source ("동명") is one datum across the two."""
    package = read_package([corpus / "kr-fire-forms" / n for n in ("별지_제9호서식_자체점검결과보고서.pdf",
                                                                   "별지_제4호서식_점검표.pdf")])
    m = match_package(package, KB)
    linked = [l for l in m.links if l.rule == "M-SAME-SECTION" and m.fields[l.a].label == "동명"
              and "수계소화설비" in m.fields[l.a].context[0]]
    assert linked and all(l.status == "certain" for l in linked)
    assert {m.doc_of[linked[0].a], m.doc_of[linked[0].b]} == {d.key for d in package.documents}
    # "지상 / 지하", "동명", "층" printed scores of times: their wording alone links nothing — a queue of 583 such
    # pairs was no review a person could do (review 24)
    slot = {"지상 / 지하", "동명", "층", "실명"}
    assert not any(l.rule in ("M-SAME-WORDING", "M-LEXICAL") and m.fields[l.a].label in slot for l in m.links)
    assert len(m.queue) < 200


def test_the_premises_a_form_is_about_are_not_a_party():
    """9호 report, page 1: "특정소방대상물 | 명칭(상호) ___ | 대상물 구분(용도) ___ / 소재지 ___" — the building's
    name, use and road address (작성방법 1: “특정소방대상물의 명칭”은 건물명을), not the filing business's; its
    "2. 건축물 정보" asks what the 건축물대장 records (review 48 #5, #6)."""
    here = ("특정소방대상물",)
    assert read_label("명칭(상호)", KB, here).concepts == ("application.property_name",)
    assert read_label("소재지", KB, here).concepts == ("application.property_address",)
    assert read_label("대상물 구분(용도)", KB, here).concepts == ("application.building_use",)
    assert read_label("소재지", KB).concepts == ("org.address",)  # without it: where the business is
    block = ("2. 건축물정보",)
    assert read_label("사용승인일", KB, block).concepts == ("application.use_approval_date",)
    assert read_label("층수 지하", KB, block).concepts == ("application.floors_below",)
    assert read_label("세대수", KB, block).concepts == ("application.households",)
    assert read_label("명칭(상호)", KB, here).role is None


@needs_corpus
def test_a_building_register_provides_the_building_block_of_a_fire_report(corpus):
    """The 9호 report asks the building's road address and, under "2. 건축물 정보", its 허가일, 사용승인일, 연면적,
    건축면적, 세대수, 층수 and 지붕구조: the 건축물대장 (building register) holds them, looked up by that address."""
    package = read_package([corpus / "kr-fire-forms" / "별지_제9호서식_자체점검결과보고서.pdf"])
    m = match_package(package, KB)
    provided = {m.fields[d.target].label for d in derive(m, KB) if d.type == "registry" and "KR-MOLIT-BLDREG" in d.inputs}
    assert {"건축허가일", "사용승인일", "연면적", "건축면적", "세대수", "층수 지상", "층수 지하"} <= provided, provided
    assert "명칭(상호)" in provided and "전화번호" not in provided


@needs_corpus
def test_a_reports_result_per_equipment_follows_from_its_checklist_section(corpus):
    """9호 page 3 asks "옥내소화전설비 점검결과"; the 점검표's section "2. 옥내소화전설비 점검표" marks each of its items
    양호(○), 불량(×) or 해당없음(/): the result follows from them (review 48 #4). The report's "화재알림설비" has no
    section in this edition of the 점검표: nothing is derived for it."""
    package = read_package([corpus / "kr-fire-forms" / n for n in ("별지_제9호서식_자체점검결과보고서.pdf",
                                                                   "별지_제4호서식_점검표.pdf")])
    m = match_package(package, KB)
    rolled = {m.fields[d.target].label: d for d in derive(m, KB) if d.rule == "D-CHECKLIST-ROLLUP"
              and "9호" in m.doc_of[d.target]}
    indoor = rolled["옥내소화전설비 점검결과"]
    assert indoor.type == "computed" and len(indoor.inputs) >= 40
    assert all(m.fields[i].line.startswith("2-") for i in indoor.inputs)
    assert "화재알림설비 점검결과" not in rolled and len(rolled) >= 15


def test_a_korean_label_is_read_by_its_head_the_word_it_ends_in():
    """Korean compounds end in their head: "대표자 성명" is a name, but "수신기간 상호 동시 통화 가능 여부"
    (whether two receivers can talk to each other, 상호 = "mutual") is no trade name (상호). A gloss or
    "여부" after the head does not hide it; an interpunct joins two wordings of one datum ("직급ㆍ계급",
    printed with the old-Hangul dot "ᆞ" too), or of two it allows ("직위·직급": the post or its grade)."""
    assert read_label("2 이상 수신기 설치 시 수신기간 상호 동시 통화 가능 여부", KB).concepts == ()
    assert read_label("전화방업", KB).concepts == ()  # a kind of business (다중이용업소), not a phone
    assert read_label("주소지", KB).concepts  # one syllable after the head: still an address
    assert read_label("대표자 성명", KB).concepts == ("person.name",)
    assert "org.name" in read_label("건물명(상호)", KB).concepts  # (the building's name, or the business's)
    assert read_label("직급ᆞ계급", KB).concepts == ("person.grade",)
    assert read_label("직위·직급", KB).concepts == ("person.grade", "person.title")


@needs_corpus
def test_a_persons_datum_asked_of_a_party_that_is_a_business_is_the_businesss(corpus):
    """Form 4506-C asks "Phone number of taxpayer on line 1a or 2a"; with Form 1919 the applicant (the
    taxpayer) is a business, so it is the business phone Form 1919 asks ("primary business phone number").
    Where on the form the taxpayer is named ("on line 1a or 2a") is not part of what is asked.

    But a 4506-C is filed for an individual (IMF) or a business (BMF), copy by copy — its line 1a reads
    "Last name/BMF company name" — so that the applicant is a business does not make this copy the
    business's own (an owner's or a guarantor's asks theirs; SBA review 38 #1): the link is for review, and
    so is its signer's name against the 1919's representative (an officer signs a business's copy, the
    individual their own; #2)."""
    package = read_package([corpus / "sba-lukacera" / "SBAForm1919.pdf", corpus / "loan-consents-msfg" / "irs-form-4506-c.pdf"])
    m = match_package(package, KB)
    phone = next(f for f in m.fields.values() if f.label.startswith("Phone number of taxpayer"))
    business = next(f for f in m.fields.values() if f.label.startswith("Enter the primary business phone number"))
    assert m.readings[phone.id].concepts == ("org.phone",) and "is an organisation" in m.readings[phone.id].note
    link = next(x for x in m.links if {x.a, x.b} == {phone.id, business.id})
    assert link.status == "review" and any("copy by copy (" in e and "Last name/BMF company name')" in e for e in link.evidence)
    assert phone.id not in m.group_of()
    signer = next(f for f in m.fields.values() if f.label.startswith("Print/Type name"))
    rep = next(f for f in m.fields.values() if f.label.startswith("Please enter the authorized representative's name"))
    assert {x.status for x in m.links if {x.a, x.b} == {signer.id, rep.id}} == {"review"}


def test_a_party_the_manifest_makes_a_company_asks_a_companys_name(tmp_path):
    """Form 4506-C's "Client name" (line 5d) may be a person's; where the manifest says the client is the
    lender, a company, it is the lender's business name — one datum with "the lender's full name"."""
    from formslim.model import Package

    package = Package(name="t", documents=(doc("note.pdf", ["Please enter the lender's full name here"]),
                                           doc("consent.pdf", ["Client name"])))
    m, _ = stated(package, tmp_path, "version: 1\nparties:\n  - same: [lender, client]\n")
    assert m.readings["consent.pdf#000"].concepts == ("org.name",)
    assert [g.fields for g in m.groups] == [("consent.pdf#000", "note.pdf#000")]


def test_a_sum_of_money_asks_no_name_place_or_identifier():
    """IRS Form 1040 line 10, "Taxable refunds, credits, or offsets of state and local income taxes", is an
    amount: it names a state, it does not ask one. The same words in a text box do."""
    from formslim.match.link import field_reading
    from formslim.model import Field, Location

    label = "Taxable refunds, credits, or offsets of state and local income taxes"
    amount = Field(id="a#0", label=label, normalized_label=label.lower(), kind="amount", source="acroform",
                   location=Location("a"))
    assert field_reading(amount, KB).concepts == ()
    state = Field(id="a#1", label="State", normalized_label="state", kind="text", source="acroform", location=Location("a"))
    assert field_reading(state, KB).concepts == ("person.state",)


def test_the_issuing_agencys_name_in_a_label_asks_nothing():
    """Form 4868's first box is labelled "Internal Revenue Service (99) For calendar year 2013, or other tax
    year beginning": the agency's name (agencies.yaml) is not the business's revenue."""
    r = read_label("Internal Revenue Service (99) For calendar year 2013, or other tax year beginning", KB)
    assert "org.revenue" not in r.concepts
    assert read_label("Gross revenue", KB).concepts == ("org.revenue",)


def test_a_label_allowing_a_persons_or_an_organisations_datum_takes_the_kind_another_form_asks():
    """"Applicant legal name" may be a person's or a business's name; where another form asks the
    applicant's full name (a person's), it is that name."""
    from formslim.model import Package

    m = match_package(Package(name="t", documents=(doc("a.pdf", ["Applicant legal name"]),
                                                   doc("b.pdf", ["Applicant's full name"]))), KB)
    assert [g.fields for g in m.groups] == [("a.pdf#000", "b.pdf#000")]
    assert any("person's or an organisation's" in e for e in m.links[0].evidence)


def test_a_certain_link_left_out_of_its_group_is_a_question_for_review():
    """One form asks the applicant's name twice, another once: the second form's field joins one of the
    two; its link to the other is not a finding (the group holds one field per document) but a review link — kept
    for scripts, not put to a person: accepting it could not join it (the group would hold two fields of one
    document), and a question whose "yes" is ignored is none (review 63 #7)."""
    from formslim.model import Package

    m = match_package(Package(name="t", documents=(doc("a.pdf", ["Applicant's full name", "Full name of applicant"]),
                                                   doc("b.pdf", ["Applicant's full name"]))), KB)
    assert [g.fields for g in m.groups] == [("a.pdf#000", "b.pdf#000")]
    left = next(l for l in m.links if {l.a, l.b} == {"a.pdf#001", "b.pdf#000"})
    assert left.status == "review" and "not merged" in left.evidence[-1]
    assert left not in m.queue


def _uscis(name, items):
    """A fillable form whose tooltips carry their path, as USCIS forms' do: (path, item, label) triples."""
    from formslim.model import Document, Field, Location

    fields = tuple(Field(id=f"{name}#{i:03d}", label=label, normalized_label=label.lower(), kind="text",
                         source="acroform", context=(path, item), location=Location(name))
                   for i, (path, item, label) in enumerate(items))
    return Document(path=name, format="pdf", fields=fields)


def test_a_petition_for_a_beneficiary_filed_with_the_beneficiarys_applications():
    """A relative's petition (its "you" is the petitioner; Part 4 asks about the beneficiary) filed with
    two applications by "you" (USCIS I-130 with I-485 and I-765, their parts and items as printed): the
    applications' "you" is the petition's beneficiary — their names, A-Numbers and dates of birth are one
    datum; the petitioner's are someone else's; other names used are never the legal name."""
    from formslim.model import Package

    you_p, ben = "Part 2. Information About You (Petitioner)", "Part 4. Information About Beneficiary"
    petition = _uscis("i130.pdf", [
        (f"{you_p}. Your Full Name", "4.a", "Family Name (Last Name)"),
        (f"{you_p}. Your Full Name", "4.b", "Given Name (First Name)"),
        (f"{you_p}. Other Names Used", "5.a", "Family Name (Last Name)"),
        (you_p, "8", "Date of Birth (mm/dd/yyyy)"),
        (ben, "1", "Alien Registration Number (A-Number)"),
        (f"{ben}. Beneficiary's Full Name", "4.a", "Family Name (Last Name)"),
        (f"{ben}. Beneficiary's Full Name", "4.b", "Given Name (First Name)"),
        (ben, "9", "Date of Birth (mm/dd/yyyy)"),
        ("Part 6. Petitioner's Statement, Contact Information, Declaration, and Signature", "3",
         "Petitioner's Daytime Telephone Number")])
    you_a = "Part 1. Information About You (Person applying for lawful permanent residence)"
    adjust = _uscis("i485.pdf", [
        (f"{you_a}. Your Current Legal Name", "1.a", "Family Name (Last Name)"),
        (f"{you_a}. Your Current Legal Name", "1.b", "Given Name (First Name)"),
        (f"{you_a}. Other Names You Have Used Since Birth", "2.a", "Family Name (Last Name)"),
        (you_a, "3", "Date of Birth (mm/dd/yyyy)"),
        (you_a, "4", "Alien Registration Number (A-Number)"),
        ("Part 10. Applicant's Contact Information, Certification, and Signature", "1",
         "Applicant's Daytime Telephone Number")])
    work = _uscis("i765.pdf", [
        ("Part 2. Information About You. Your Full Legal Name", "1.a", "Family Name (Last Name)"),
        ("Part 2. Information About You", "7", "Alien Registration Number (A-Number)")])
    m = match_package(Package(name="t", documents=(petition, adjust, work)), KB)
    groups = {frozenset(g.fields) for g in m.groups}
    assert frozenset({"i130.pdf#005", "i485.pdf#000", "i765.pdf#000"}) in groups  # the beneficiary's family name
    assert frozenset({"i130.pdf#006", "i485.pdf#001"}) in groups
    assert frozenset({"i130.pdf#004", "i485.pdf#004", "i765.pdf#001"}) in groups  # A-Number
    assert frozenset({"i130.pdf#007", "i485.pdf#003"}) in groups  # date of birth
    linked = {frozenset((l.a, l.b)) for l in m.links if l.status == "certain"}
    for petitioners in ("i130.pdf#000", "i130.pdf#002", "i130.pdf#003", "i130.pdf#008"):
        assert not any(petitioners in pair for pair in linked)
    assert not any("i485.pdf#002" in g for g in groups)  # other names used
    assert "petition for a beneficiary" in m.readings["i130.pdf#005"].note
    assert m.readings["i130.pdf#000"].role == "petitioner"


def test_a_blocks_caption_then_the_part_a_box_asks():
    """SBA Form 912: "Present Residence Address: City" asks the city of that address, not the address; the
    block's qualifiers (home, current) stay with it."""
    r = read_label("Present Residence Address: City", KB)
    assert r.concepts == ("person.city",) and "home" in r.qualifiers
    assert read_label("7. Present Residence Address: Address", KB).concepts == ("person.home_address",)


def test_the_name_printed_at_a_business_forms_signature_is_its_representatives():
    """A 4506-C filed for a company: "Print/Type name" under the taxpayer's signature names the person who
    signs for the business — the representative the application names; the one under the spouse's
    signature does not."""
    from formslim.model import Document, Field, Location, Package, Signature

    def f(doc, i, label, top, kind="text"):
        return Field(id=f"{doc}#{i:03d}", label=label, normalized_label=label.lower(), kind=kind, source="acroform",
                     location=Location(doc, page=1, bbox=(60, top, 580, top + 16)))

    consent = Document(path="c.pdf", format="pdf", fields=(
        f("c.pdf", 0, "Business name", 100), f("c.pdf", 1, "Signature of taxpayer", 600, "signature"),
        f("c.pdf", 2, "Print/Type name", 650), f("c.pdf", 3, "Spouse's signature", 700, "signature"),
        f("c.pdf", 4, "Print/Type name", 750)),
        signers=(Signature("applicant", "c.pdf#001"), Signature("spouse", "c.pdf#003")))
    app = doc("a.pdf", ["Applicant business legal name", "Authorized representative's full name"])
    m = match_package(Package(name="t", documents=(app, consent)), KB)
    assert m.readings["c.pdf#002"].role == "representative"
    assert m.readings["c.pdf#004"].role != "representative"
    assert ("a.pdf#001", "c.pdf#002") in {g.fields for g in m.groups}


def test_the_title_under_the_signers_printed_name_is_the_signers():
    """Form 4506-C stacks "Print/Type name" and "Title (if line 1a above is a corporation …)" under the
    taxpayer's signature: where the name is the representative's, so is the title — one datum with the
    application's "authorized representative's title"; a title elsewhere on the form stays nobody's."""
    from formslim.model import Document, Field, Location, Package, Signature

    def f(doc, i, label, top, kind="text"):
        return Field(id=f"{doc}#{i:03d}", label=label, normalized_label=label.lower(), kind=kind, source="acroform",
                     location=Location(doc, page=1, bbox=(60, top, 580, top + 16)))

    consent = Document(path="c.pdf", format="pdf", fields=(
        f("c.pdf", 0, "Business name", 100), f("c.pdf", 1, "Title", 300),
        f("c.pdf", 2, "Signature of taxpayer", 600, "signature"),
        f("c.pdf", 3, "Print/Type name", 650), f("c.pdf", 4, "Title (if line 1a above is a corporation)", 675)),
        signers=(Signature("applicant", "c.pdf#002"),))
    app = doc("a.pdf", ["Applicant business legal name", "Authorized representative's full name",
                        "Authorized representative's title"])
    m = match_package(Package(name="t", documents=(app, consent)), KB)
    assert m.readings["c.pdf#004"].role == "representative" and m.readings["c.pdf#004"].role_from == "signer"
    assert m.readings["c.pdf#001"].role is None
    assert ("a.pdf#002", "c.pdf#004") in {g.fields for g in m.groups}


def test_a_signature_block_printed_again_is_another_signers():
    """SBA Form 1244 prints its certification block twice ("an authorized representative for each co-borrower
    must sign"): the second copy's representative is another person — not asked once with the first copy's, nor
    certain with the consent's signer — while one signer signing a consent and the filing (two different blocks)
    stays one person."""
    from formslim.match.link import repeated_blocks
    from formslim.model import Document, Field, Location, Package, Signature

    def f(doc, i, label, top, kind="text"):
        return Field(id=f"{doc}#{i:03d}", label=label, normalized_label=label.lower(), kind=kind, source="acroform",
                     location=Location(doc, page=1, bbox=(60, top, 580, top + 16)))

    block = ("Legal Name of Business", "DBA/Trade Name", "Authorized Signature", "Date",
             "Print Name of Authorized Representative", "Title")
    app = Document(path="a.pdf", format="pdf", fields=tuple(
        f("a.pdf", i, label, 100 + 20 * i, "signature" if "Signature" in label else "date" if label == "Date" else "text")
        for i, label in enumerate(block + block)), signers=(Signature("representative", "a.pdf#002"),))
    assert [repeated_blocks(app)[x.id] for x in app.fields] == [1] * 6 + [2] * 6
    consent = Document(path="c.pdf", format="pdf", fields=(
        f("c.pdf", 0, "Business name", 100), f("c.pdf", 1, "Signature of taxpayer", 600, "signature"),
        f("c.pdf", 2, "Print/Type name", 650)), signers=(Signature("applicant", "c.pdf#001"),))
    m = match_package(Package(name="t", documents=(app, consent)), KB)
    assert m.readings["a.pdf#010"].role == "representative" and m.readings["a.pdf#010"].index == 2
    assert not any({"a.pdf#004", "a.pdf#010"} <= set(g.fields) for g in m.groups)
    assert not any(l.status == "certain" and "a.pdf#010" in (l.a, l.b) for l in m.links)
    # one person signing two different blocks of one form is no copy
    twice = Document(path="k.hwp", format="hwp", fields=(
        f("k.hwp", 0, "개인정보 수집·이용 동의", 100, "checkbox"), f("k.hwp", 1, "성명", 120), f("k.hwp", 2, "(서명 또는 인)", 140, "signature"),
        f("k.hwp", 3, "신청일", 300, "date"), f("k.hwp", 4, "성명", 320), f("k.hwp", 5, "(서명 또는 인)", 340, "signature")))
    assert repeated_blocks(twice) == {}


@needs_corpus
def test_the_co_borrowers_representative_is_not_the_applicants(corpus):
    """SBA 504 review 35 #1: Form 1244's second certification block is the co-borrower's; its representative's
    printed name was 'asked once' with the applicant's (one signature filled in for another entity's)."""
    package = read_package([corpus / "sba-buddy" / "SBA_1244.pdf", corpus / "loan-consents-msfg" / "irs-form-4506-c.pdf"])
    m = match_package(package, KB)
    by_label = [f.id for f in m.fields.values() if f.label == "Print Name of Authorized Representative"]
    assert len(by_label) == 2
    first, second = sorted(by_label)
    assert m.readings[second].index == 2
    assert not any({first, second} <= set(g.fields) for g in m.groups)
    # the applicant's representative may be the one who signs the 4506-C — a copy filed for a person or a
    # business, so for review (SBA review 38 #1/#2)
    assert any(first in (x.a, x.b) and x.status == "review" and any(y.startswith("irs-form-4506-c") for y in (x.a, x.b))
               for x in m.links)
    assert not any(second in (x.a, x.b) and any(y.startswith("irs-form-4506-c") for y in (x.a, x.b)) and
                   x.status == "certain" for x in m.links)


@needs_corpus
def test_a_name_of_either_kind_asks_it_of_the_party_its_group_names(sba):
    """Form 4506-C groups line 1 under one AcroForm parent (``name_shown``): "1a.iii. Last name/BMF
    company name" names nobody, "1b. First taxpayer identification number" names the taxpayer — the
    applicant, a business with Form 1919. The name is then the business's name, one datum with 1919's
    (as the TIN is already its EIN); the spouse's line-2 group and the signer's name are not."""
    last = next(f for f in sba.fields if (sba.fields[f].name or "").endswith("name_shown[0].last_name[0]"))
    r = sba.readings[last]
    assert (r.role, r.role_from, r.concepts) == ("applicant", "group", ("org.name",))
    assert _linked(sba, "applicantname", "SBAForm1919.pdf", "form1[0].page_1[0].name_shown[0].last_name[0]",
                   "irs-form-4506-c.pdf")
    spouse = next(f for f in sba.fields if (sba.fields[f].name or "").endswith("if_a_joint[0].last_name[0]"))
    assert sba.readings[spouse].role == "spouse"


def test_an_associates_registration_number_as_sba_1244_asks_it():
    """SBA 504 review 35 #3: 1244's "USCIS Registration # (if Legal Permanent Resident)" is the A-Number 912 asks
    ("If no, please provide an alien registration number")."""
    a = read_label("USCIS Registration # (if Legal Permanent Resident)", KB)
    assert a.concepts == ("person.alien_no",)
    v = compare(a, read_label("If no, please provide an alien registration number", KB), KB, "text", "text")
    assert v.status == "certain"


def test_a_numbered_signature_is_that_persons():
    """"Signature 2" on SBA Form 413 is the second person's (the spouse who co-signs), like "Print Name 2"."""
    assert read_label("Signature 2", KB).index == 2
    assert read_label("Print Name 2", KB).index == 2
    assert read_label("Signature of applicant", KB).index is None


def test_one_box_for_several_names_is_a_list_not_one_persons_name():
    """SBA Form 148 closes with one multi-line box, "GUARANTOR NAME(S) AND SIGNATURE(S)": the guarantors'
    names, several perhaps — at most a review link with one guarantor's name; the form's header
    "Guarantor" is that one name. A one-line "Name(s) of proprietor(s)" stays one name."""
    from dataclasses import replace as _replace

    from formslim.model import Package

    block = doc("b.pdf", ["Guarantor", "GUARANTOR NAME(S) AND SIGNATURE(S)"])
    block = _replace(block, fields=(block.fields[0], _replace(block.fields[1], kind="free_text")))
    m = match_package(Package(name="t", documents=(doc("a.pdf", ["Guarantor's full name"]), block)), KB)
    assert [g.fields for g in m.groups] == [("a.pdf#000", "b.pdf#000")]
    listed = next(l for l in m.links if {l.a, l.b} == {"a.pdf#000", "b.pdf#001"})
    assert listed.status == "review" and any("list of people" in e for e in listed.evidence)
    one = match_package(Package(name="t", documents=(doc("c.pdf", ["Name(s) of proprietor(s)"]),
                                                     doc("d.pdf", ["Name of proprietor"]))), KB)
    assert [g.fields for g in one.groups] == [("c.pdf#000", "d.pdf#000")]


def _label_pool():
    import csv

    labels = []
    with open(ROOT / "eval" / "label_pairs.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            labels += [r["label_a"], r["label_b"]]
    return labels


def test_bulk_similarity_is_the_pairwise_similarity():
    """The matcher's bulk similarity (bigram Dice as a normalised Indel similarity of bigram-coded
    strings; token-sort ratio in C) gives what ``compare.similarity`` gives pair by pair, Korean,
    English and mixed, spacing and units changed."""
    import random

    from formslim.match.compare import similarity
    from formslim.match.link import bulk_similarity

    pool = _label_pool() + ["", "a", "가", "성명", "Name", "ZIP ", "(원)"]
    rnd = random.Random(5)
    xs = [rnd.choice(pool) for _ in range(4000)]
    ys = [rnd.choice(pool) for _ in range(4000)]
    for i in range(0, 4000, 2):  # near variants too: the pairs that matter sit near the floors
        ys[i] = xs[i].replace(" ", "") + rnd.choice(["", " ", "(원)", "명", " No."])
    bulk = bulk_similarity(xs, ys)
    # to the last bit: the review queue sorts by it, and a tie broken otherwise reorders the queue
    assert all(b == similarity(x, y) for b, x, y in zip(bulk.tolist(), xs, ys))
    assert sum(1 for b in bulk if 0.8 < b < 1.0) > 50


@pytest.mark.parametrize("which", ["catalogue", "corpus"])
def test_pairs_decided_in_bulk_give_the_links_of_pair_by_pair_comparison(which, monkeypatch):
    """match_package leaves out in bulk the candidate pairs that cannot link; with that step turned off
    (every candidate compared one by one, as before it existed) the links, groups and review queue are
    the same — on a catalogue of standard terms and their variants, and on a real corpus package."""
    import random

    import formslim.match.link as link
    from formslim.model import Document, Field, Location, Package
    from formslim.text import normalize_label

    if which == "catalogue":
        rnd = random.Random(9)
        pool = _label_pool()
        labels = [rnd.choice(["", "대표자 ", "Owner 1 ", "Spouse "]) + rnd.choice(pool) + rnd.choice(["", "(원)", " *"])
                  for _ in range(3000)]
        docs = {}
        for i, lab in enumerate(labels):
            d = f"doc{i % 40}.pdf"
            docs.setdefault(d, []).append(Field(id=f"{d}#{i:04d}", label=lab, normalized_label=normalize_label(lab),
                                                kind=rnd.choice(["text", "text", "amount", "date"]),
                                                location=Location(file=d), source="test"))
        package = Package(name="cat", documents=tuple(Document(path=k, format="pdf", fields=tuple(v))
                                                      for k, v in sorted(docs.items())))
    else:
        if not CORPUS.is_dir():
            pytest.skip("../shared/corpus is absent")
        package = read_package([CORPUS / "irs-1040pkg-pdflib"])

    def summary(m):
        return ([(l.a, l.b, l.status, l.score, l.rule, l.evidence) for l in m.links],
                [g.to_dict() for g in m.groups], [(q.a, q.b, q.score) for q in m.queue])

    bulk = summary(match_package(package, KB))
    monkeypatch.setattr(link, "_triage", lambda codes, *args: codes)
    one_by_one = summary(match_package(package, KB))
    assert bulk == one_by_one and len(bulk[0]) > 100


@pytest.mark.parametrize("label, concept, how", [
    # SBA 912: the caption, then an instruction saying what its blank holds, then more instructions
    ("1b. Personal Statement of : (State name in full, if no middle name state NMN, or if initial only indicate "
     "initial). List all former names used, and dates each name was used. Use separate sheet if necessary",
     "person.name", "contains"),
    ("Name (State name in full)", "person.name", "exact"),
])
def test_an_instruction_that_says_what_the_blank_holds(label, concept, how):
    r = read_label(label, KB)
    assert r.concepts == (concept,) and r.how == how and "previous" not in r.qualifiers


@pytest.mark.parametrize("raw, clean", [
    ("d. Z I P code", "d. ZIP code"), ("I V E S participant name", "IVES participant name"),
    ("1a.i i i. Last name/B M F company name", "1a.iii. Last name/BMF company name"),
    ("Schedules A B and C", "Schedules A B and C"),   # letters a word lists stay apart
    ("a b c", "a b c"), ("Part I A", "Part I A"),
])
def test_letter_spaced_acronyms_in_tooltips_are_read_as_words(raw, clean):
    from formslim.text import clean_label

    assert clean_label(raw) == clean


def test_two_wordings_of_several_words_either_side_of_a_slash():
    r = read_label("1a.iii. Last name/BMF company name", KB)
    assert r.how == "alternatives" and set(r.concepts) == {"org.name", "person.last_name"}


def test_the_company_a_consent_names_is_not_the_applicant():
    """Form SSA-89: "With the following company ("the Company"): Company Name" is the company the person
    lets SSA verify the SSN to — a client of the verification (a lender), not the applicant."""
    r = read_label('With the following company ("the Company"): Company Name', KB)
    assert r.role == "client" and r.concepts == ("org.name",)


@pytest.mark.parametrize("a, b", [
    ("Buyer's name", "Seller's name"), ("공급자 사업자등록번호", "공급받는자 사업자등록번호"),
    ("Transferor EIN", "Transferee EIN"), ("변경 전 소재지", "변경 후 소재지"), ("현 대표자 성명", "전 대표자 성명"),
    ("Phone (day)", "Phone (evening)"), ("상호(국문)", "상호(영문)"), ("휴대전화번호", "팩스번호"),
    ("Father's name", "Mother's name"), ("상시근로자 수", "일용근로자 수"), ("본점 소재지", "지점 소재지"),
    ("제1대표자 성명", "제2대표자 성명"), ("Gross receipts (most recent year)", "Gross receipts (prior year)"),
])
def test_labels_that_differ_by_a_contrasting_word_are_never_one_datum(a, b):
    """Label-scope contrast classes (contrasts.yaml): where both labels hold a word of one class and the
    words differ, they ask different data."""
    assert verdict(a, b).status is None


@pytest.mark.parametrize("a, b", [
    ("휴대전화번호", "휴대폰 번호"), ("Mobile phone number", "Cell phone number"),  # synonyms of one member
    ("협약기간 시작일", "시작일(협약기간)"),  # a bracketed qualifier after its head
    ("정부지원금", "지원금(정부)"),
])
def test_words_of_one_member_and_a_moved_qualifier_keep_the_link(a, b):
    assert verdict(a, b).status == "certain"


@pytest.mark.parametrize("a, b", [("본사 주소", "사업장 주소"), ("본점 소재지", "사업장 소재지"), ("주소(본점)", "주소(영업소)")])
def test_a_head_office_and_a_place_of_business_are_a_review_link(a, b):
    """One address for most small firms, two for one with a factory or shop elsewhere (two label sets written by
    helpers judged them two data, our first judged them one): a person checks — review, never certain, never
    vetoed; and a bare "소재지" both link to does not make them one group (the sample's gold)."""
    assert verdict(a, b).status == "review"


def test_an_amount_in_words_is_not_the_amount_in_figures_a_label_states_no_notation_for():
    """SBA Forms 148 and 148L ask the note amount twice, in figures and in words ("in the principal amount of
    ____ Dollars"): an amount whose label names no notation is in figures (contrasts.yaml ``unmarked``), so it
    and the words line are two data; the two words lines, and the two figures lines, are one."""
    words, figures = "in the principal amount of ____ Dollars,", "Note Amount"
    assert verdict(figures, words).status is None
    assert verdict(words, "Please enter the principal amount of the loan IN WORDS here").status == "certain"
    assert verdict(figures, "Please enter the principal amount of the loan IN NUMERALS here").status == "certain"
    assert verdict(figures, "in the amount of $ ____ (Lender's Loan).").status == "certain"
    # (a label of no amount kind carries no notation: a name is never "in figures")
    assert not any(c == "notation" for c, _ in read_label("Borrower name", KB).marks)


@pytest.mark.parametrize("label", [
    "Please enter the number of FTE jobs retained or saved in the next two years because of the loan",  # SBA 1919
    "Please enter any state-specific provisions",  # SBA 148L: provisions, not a state
])
def test_words_spread_over_a_sentence_or_qualifying_a_compound_name_no_datum(label):
    """A wording's words far apart in a sentence ("number … because of the loan") or a word that only
    qualifies a hyphenated compound ("state-specific") read no datum: no loan number, no state."""
    r = read_label(label, KB)
    assert not set(r.concepts) & {"application.loan_number", "person.state"}


def test_a_short_phrase_and_a_hyphenated_wording_still_read():
    assert read_label("Address of business", KB).concepts
    assert "person.i94_no" in read_label("Form I-94 Arrival-Departure Record Number", KB).concepts


def test_an_unmarked_member_needs_kinds_in_a_label_class(tmp_path):
    from formslim.knowledge import load_knowledge

    (tmp_path / "contrasts.yaml").write_text(
        "version: 1\ncontrasts:\n  - id: n\n    words: [[a], [b]]\n    unmarked: a\n    scope: label\n"
        "    source: a test\n", encoding="utf-8")
    with pytest.raises(Exception, match="unmarked"):
        load_knowledge([tmp_path])


def test_a_review_strength_contrast_class_from_the_users_knowledge(tmp_path):
    """A user's contrasts file can add a class that only sends a pair to review ("strength: review")."""
    from formslim.knowledge import load_knowledge
    from formslim.match.compare import compare

    (tmp_path / "contrasts.yaml").write_text(
        "version: 1\ncontrasts:\n  - id: site\n    words: [[본점], [사업장]]\n    scope: label\n"
        "    strength: review\n    source: a test\n", encoding="utf-8")
    kb = load_knowledge([tmp_path])
    v = compare(read_label("본점 주소", kb), read_label("사업장 주소", kb), kb)
    assert v.status == "review" and any("본점 vs 사업장" in e for e in v.evidence)


@pytest.mark.parametrize("a, b, status", [
    # a Korean count or amount that says what it includes, against a bare one: a person checks
    ("상시근로자 수", "상시근로자 수 (대표자 포함)", "review"),
    ("매출액", "매출액 (부가세 포함)", "review"),
    ("매출액 (부가세 포함)", "매출액(부가세 포함)", "certain"),  # both say it
    ("매출액(부가세 포함)", "매출액(부가세 제외)", None),  # a contrast: two figures
    # an English bracket that repeats what the bare word means, or says how to write it
    ("Household size", "Number of people in your household (including you)", "certain"),
    ("Telephone number", "Telephone number (including area code)", "certain"),
])
def test_a_word_said_by_one_label_only_of_a_one_side_class(a, b, status):
    """contrasts.yaml ``one_side``: a member of the class in one label where the other says none (what a
    Korean count or amount includes) sends the pair to review, for the class's concept kinds and language."""
    v = verdict(a, b)
    assert v.status == status, (a, b, v)
    if status == "review":
        assert any("only one label says '포함'" in e for e in v.evidence)


def test_one_side_needs_a_label_class_without_an_unmarked_member(tmp_path):
    from formslim.knowledge import load_knowledge

    (tmp_path / "contrasts.yaml").write_text(
        "version: 1\ncontrasts:\n  - id: n\n    words: [[a], [b]]\n    one_side: review\n    scope: document\n"
        "    source: a test\n", encoding="utf-8")
    with pytest.raises(Exception, match="one_side"):
        load_knowledge([tmp_path])


def test_a_residual_category_worded_alike_on_two_forms_is_only_a_review():
    """"Other income" closes its own form's list — a business's receipts on Schedule C line 6, a person's income
    on Form 1040 line 21 (IRS review 33b #1): worded alike as differently numbered items, the same only if the
    lists are."""
    v = verdict("Line 21. Other income. List type and amount",
                "Line 6. Other income, including federal and state gasoline or fuel tax credit or refund")
    assert v.status == "review" and any("residual category" in e for e in v.evidence)
    assert verdict("Loan number", "Loan number").status == "certain"


@pytest.mark.parametrize("a, b", [
    ("기업명", "모회사명"),  # 중소기업기본법 시행령 제3조의2: the parent is another company
    ("Company name", "Parent company name"),
    ("기업명", "자회사 상호"),
    ("Consultant/vendor company name", "Applicant company name"),
    ("회사명", "컨설팅업체명"),
])
def test_a_related_company_or_a_consultant_is_not_the_applicant(a, b):
    """The applicant's parent or subsidiary company (관계기업) and the consultant who writes its application are
    parties of their own (roles.yaml related_company, consultant): their names are never certainly the
    applicant's."""
    assert verdict(a, b).status != "certain"


@pytest.mark.parametrize("label, concepts", [
    ("Name, Address, & Phone Number of Applicant", {"person.name", "person.home_address", "person.phone"}),  # SBA Form 601
    ("City, State, and ZIP Code", {"person.city", "person.state", "person.zip"}),
    ("Name and title", {"person.name", "person.title"}),
])
def test_one_box_for_several_data_is_all_of_them(label, concepts):
    """A box that lists several data ("Name, Address, & Phone Number") asks all of them: never one of them
    alone for certain (its datum would be dropped as a duplicate of a phone number)."""
    from formslim.match.compare import compare

    r = read_label(label, KB)
    assert r.how == "composite" and set(r.concepts) == concepts
    single = read_label(sorted(concepts)[0].split(".")[1].replace("_", " ").title(), KB)
    assert compare(r, single, KB).status != "certain"
    assert compare(r, read_label(label, KB), KB).status == "certain"


@pytest.mark.parametrize("label", ["Home address (number, street, and apt. no.)", "First name and middle initial",
                                   "The name and address of the Company's Agent (if applicable): Agent's Name"])
def test_what_a_bracket_or_a_caption_lists_is_not_several_data(label):
    assert read_label(label, KB).how != "composite"


def test_a_party_named_by_a_possessive_the_vocabulary_does_not_know():
    """"Claimant's social security number" (DC Schedule H) and Form 1040's "Recipient's SSN" (alimony):
    two different people, though neither is a known role. The claimant is the one who files (an applicant's
    word): a bare SSN on a form of the package is the filer's too — one datum; the recipient's is only a
    review (a party nobody named may be the filer)."""
    from formslim.match.compare import compare

    claimant, recipient = read_label("Claimant's social security number", KB), read_label("Recipient’s SSN", KB)
    assert compare(claimant, recipient, KB).status is None
    assert compare(claimant, read_label("Social security number", KB), KB).status == "certain"
    assert compare(recipient, read_label("Social security number", KB), KB).status == "review"
    assert verdict("Spouse's SSN", "Spouse's social security number").status == "certain"


@pytest.mark.parametrize("label, role", [("You as a dependent", "applicant"), ("Your spouse as a dependent", "spouse"),
                                         ("Qualifying surviving spouse (QSS)", None),
                                         ("Employer-provided adoption benefits from Form 8839, line 29", None),
                                         ("Taxable dependent care benefits from Form 2441, line 26", None),
                                         ("Spouse's name", "spouse"), ("Dependent's name", "dependent"),
                                         ("Cash on Hand & in banks", None), ("Notes Payable to Banks and Others", None),
                                         ("Property A Name & Address of Mortgage Holder", "mortgagee"),
                                         ("Lender name", "lender"), ("Owner's name", "owner"),
                                         ("Name of entity/individual. An entry is required. (For a sole proprietor or "
                                          "disregarded entity, enter the owner's name on line 1, and enter the "
                                          "business/disregarded entity name on line 2.)", None),
                                         ("Individual/sole proprietor", None)])
def test_a_role_word_that_names_a_capacity_or_a_kind_names_no_party(label, role):
    """Form 1040 (2024): "Someone can claim: You as a dependent" is about the filer; "Qualifying surviving spouse" is
    the filer's filing status; "Employer-provided adoption benefits" and "dependent care benefits" are the filer's
    income (onboarding review 37 #10: tagged as a child's, a spouse's and the employer's data). SBA Form 413's cash
    "in banks" and notes "payable to banks" are the filer's own; its mortgage holder is the filer's creditor, not
    the SBA lender (SBA review 38 #9). The W-9's "Name of entity/individual … enter the owner's name on line 1" is
    whoever gives the form, no individual's or owner's block (onboarding review 37 #4). roles.yaml not_when."""
    assert read_label(label, KB).role == role


@pytest.mark.parametrize("a, b", [("D.O.B.", "Date of birth"), ("M.I", "Middle initial"),
                                  ("FEIN", "Employer Identification Number")])
def test_dotted_acronyms_and_abbreviations_read_as_their_words(a, b):
    from formslim.match.compare import compare

    ra, rb = read_label(a, KB), read_label(b, KB)
    assert ra.concepts and ra.concepts == rb.concepts
    assert compare(ra, rb, KB).status == "certain"


def test_an_abbreviated_word_outside_the_dictionary_is_the_word():
    from formslim.match.reading import en_key

    assert en_key("Congressional Dist.") == en_key("Congressional District")
    assert en_key("Phone ext.") == en_key("Phone extension")


@pytest.mark.parametrize("a,b,same", [
    ("입사일", "입사일자", True),  # a class word written short or long
    ("귀속 년도", "귀속연도", True),  # 년도 / 연도: one word (두음 법칙)
    ("자격취득일", "자격 취득 연월일", True),
    ("전용면적(㎡)", "전용 면적", True),  # a unit in brackets says how the answer is written
    ("정규직 근로자 수", "비정규직 근로자 수", False),
    ("부 성명", "모 성명", False),
    ("휴대전화번호", "유선전화번호", False),
    ("Loan amount requested", "Loan amount approved", False),
    ("Checking account number", "Savings account number", False),
    ("Business email", "Personal email", False),
    ("민간부담금(현금)", "민간부담금(현물)", False),
])
def test_labels_made_of_the_same_standard_words_are_one_datum_and_contrasts_are_not(a, b, same):
    v = verdict(a, b)
    assert (v.status == "certain") is same, (a, b, v)


def test_standard_words_are_read_from_the_public_terms():
    from formslim.match.reading import lexicon, standard_words

    lex = lexicon(KB)
    assert standard_words("입사 일자", lex) == standard_words("입사일", lex) != ()
    assert standard_words("사업자등록번호", lex) == ("BRNO",)
    assert standard_words("2024년 매출액", lex) == ()  # a digit: not standard words alone
    assert standard_words("매출액 ABC", lex) == ()
    # a label made of a concept's wording's words reads as that concept, and its evidence says so
    assert read_label("매출금액", KB).concept == "org.revenue"
    assert read_label("작성 연월일", KB).concept == "application.date"
    v = verdict("귀속 년도 구분", "귀속연도구분")
    assert v.status == "certain" and any("공통표준단어" in e or "word for word" in e for e in v.evidence)


@needs_corpus
def test_an_ordinal_the_applicant_is_not_named_by_lists_no_applicants(sba):
    """SBA 1919 asks 'the first / second / third principal country of export' of the applicant: that lists
    countries, not applicants — the business name stays one certain datum across the forms."""
    ids = [f for f in sba.fields if sba.doc_of[f].endswith("SBAForm1919.pdf") and sba.fields[f].name == "applicantname"]
    other = [f for f in sba.fields if sba.doc_of[f].endswith("SBAForm413.pdf")
             and (sba.fields[f].name or "").startswith("Business Name of Applicant/Borrower")]
    assert any(l.status == "certain" and {l.a, l.b} == {a, b} for l in sba.links for a in ids for b in other)


@pytest.mark.parametrize("a,b", [
    ("업태·종목", "업태ㆍ종목"),  # the same alternatives on both sides ask the same
    ("Soc. Sec. No.", "Social Security No."),
    ("팩스", "모사전송 번호"),  # the statute's word for a fax
    ("결산일", "사업연도 종료일"),  # 법인세법 제6조: the business year ends on the settlement day
    ("매출총이익", "총 매출이익"),
])
def test_administrative_and_plain_wordings_of_one_datum(a, b):
    assert verdict(a, b).status == "certain", (a, b)


@pytest.mark.parametrize("a,b,certain", [
    # a word beside the datum's name that the other label does not say: at most a review (issue 9: "an
    # unknown modifier on one side → review, not certain")
    ("상시근로자 수", "청년 근로자 수", False),
    ("Number of employees pre-disaster", "Number of employees currently", False),
    ("상시근로자수", "상시 종업원 수", True),  # the other label says it (상시)
    ("가. 상호", "상호(법인명)", True),  # an enumerator is no modifier
    ("신청인 성명", "신청인의 성명", True),  # nor a party word with its particle
    ("과제명", "과제 명칭", True),  # nor the tail of a longer word
    # contrasts: the year before and the one before that, VAT included or not, main or secondary
    ("전년도 매출액", "전전년도 매출액", False),
    ("매출액(부가세 포함)", "매출액(부가세 제외)", False),
    ("주업종", "부업종", False),
    ("Primary NAICS code", "Secondary NAICS code", False),
    ("Principal 1 SSN", "Principal 2 SSN", False),  # a numbered principal is one of several
    ("Date signed by applicant", "Date signed by lender", False),  # each party signs on its own date
    # the same datum written otherwise
    ("State of formation", "State of incorporation/organization", True),
    ("전년도 수출실적(USD)", "전년도 수출액", True),  # a unit after the head
    ("Reason for applying", "Reason for applying (check only one box)", True),
    ("도입 희망 솔루션", "도입 희망 솔루션(MES, ERP 등)", True),
    # a count of what another label lists is another datum, in either language
    ("주요 수출국", "Number of export countries", False),
    ("Export countries", "Number of export countries", False),
    # the registered office and where the business is run may differ
    ("Registered office address", "Principal place of business", False),
    ("Registered office address", "Registered office", True),
    # common data of other forms (data/concepts_forms.yaml)
    ("운전면허번호", "Driver's license number", True),
    ("가구원 수", "Household size", True),
    ("상환기간", "Repayment period", True),
])
def test_words_beside_the_datum_and_how_to_answer(a, b, certain):
    v = verdict(a, b)
    assert (v.status == "certain") is certain, (a, b, v)


def test_a_shared_verdict_is_the_verdict_of_each_pair_it_stands_for():
    """Pairs of readings with one signature share one verdict, computed once; a verdict that also reads the
    labels' words (words beside the datum's name) is computed for its own pair. Three forms count workers:
    two count young workers, one women — the first pair is one datum, the second is not."""
    from formslim.model import Document, Field, Location, Package

    def form(name, label):
        f = Field(id=f"{name}#001", label=label, normalized_label=label, kind="number",
                  location=Location(file=name), source="test")
        return Document(path=name, format="hwpx", fields=(f,))

    m = match_package(Package(name="t", documents=(form("a.hwpx", "청년 근로자 수"), form("b.hwpx", "청년 근로자 수"),
                                                   form("c.hwpx", "여성 근로자 수"))), KB)
    status = {frozenset((l.a, l.b)): l.status for l in m.links}
    assert status[frozenset(("a.hwpx#001", "b.hwpx#001"))] == "certain"
    assert status.get(frozenset(("a.hwpx#001", "c.hwpx#001"))) != "certain"
    assert status.get(frozenset(("b.hwpx#001", "c.hwpx#001"))) != "certain"


def test_an_acronym_a_package_spells_out_is_read_written_out():
    """"Social Insurance Number (SIN)" on one form, "SIN" on another: the package defines the acronym, so the
    bare one is read as its words (said on the reading); an acronym defined two ways, or one the dictionary
    knows ("SSN"), is read as printed."""
    from formslim.match.reading import acronym_definitions, expand_acronyms, read_spelled_out

    defs = acronym_definitions(["Social Insurance Number (SIN)", "Project Director/Principal Investigator (PD/PI)",
                                "Tax file number (TFN)", "Total Direct Costs (TDC)", "Temporary Disability Claim (TDC)"])
    assert defs["SIN"] == "social insurance number" and defs["PI"] == "principal investigator"
    assert "TDC" not in defs  # two meanings
    assert expand_acronyms("PAN No.", acronym_definitions(["Permanent Account Number (PAN)"])) == \
        "permanent account number"
    a, b = read_spelled_out("SIN", KB, defs), read_label("Social Insurance Number (SIN)", KB)
    assert "spells the acronym out" in a.note and compare(a, b, KB).status == "certain"
    assert compare(read_label("SIN", KB), b, KB).status is None  # unread without the package's definition
    ssn = read_spelled_out("SSN", KB, {"SSN": "something else"})
    assert ssn.concepts == ("person.ssn",) and not ssn.note


def test_korean_possessive_examples_and_class_words():
    """"어선의 명칭" is "어선 명칭" (the particle joins two nouns) but "동의 여부" keeps its word; a bracket of
    examples says how to answer ("토지의 지목(대·전·답 등)"); a class word alone names no datum."""
    from formslim.match.reading import lexicon, without_possessive

    words = lexicon(KB).words
    assert without_possessive("어선의 명칭", words) == "어선 명칭"
    assert without_possessive("동의 여부", words) == "동의 여부" and without_possessive("회의 장소", words) == "회의 장소"
    assert read_label("어선의 명칭", KB).concepts == read_label("어선명", KB).concepts != ()
    assert read_label("토지의 지목(대·전·답 등)", KB).concepts == read_label("지목", KB).concepts
    assert read_label("대표자명", KB).concepts == ("person.name",)  # "명" alone is no organisation's name
    # a slash or 또는 between two wordings: either, as an interpunct and brackets already say
    for label in ("성명 또는 법인 명칭", "성명/법인명"):
        r = read_label(label, KB)
        assert r.concepts == read_label("성명(법인명)", KB).concepts == ("org.name", "person.name"), label
        assert compare(r, read_label("성명(법인명)", KB), KB).status == "certain"


def test_english_readings_a_country_a_hyphenated_letter_and_a_persons_name_parts():
    """"the United States" is no state; "A-Number" is one word (not "a number": "PAN No." is no alien
    number); a name "including first, middle, and last names" is a person's; "연구책임자" and "Principal
    Investigator" name one party."""
    assert "person.state" not in read_label("Date you last entered the United States", KB).concepts
    assert read_label("A-Number", KB).concepts == ("person.alien_no",)
    assert "person.alien_no" not in read_label("PAN No.", KB).concepts
    r = read_label("Please enter the owner's legal name, including first, middle, and last names", KB)
    assert r.concepts == ("person.name",) and r.role == "owner"
    assert read_label("Owner's Legal Name (First name Last name)", KB).concepts == ("person.name",)
    assert read_label("Business Legal Name", KB).concepts != ("person.name",)
    # "Name of X": X's name — a person's only where X is a party
    assert "person.name" not in read_label("Name of Institution", KB).concepts
    assert read_label("Name of spouse", KB).concepts == ("person.name",)
    assert read_label("Name of Applicant line 1", KB).how == "contains"  # where on the form, not whose (SBA 601)
    assert read_label("연구책임자 성명", KB).role == read_label("Principal Investigator name", KB).role \
        == "principal_investigator"
    assert verdict("주상병명", "부상병명").status is None
    # a party named by a possessive on one side, by the word before the datum on the other: one party
    assert verdict("Student's Social Security Number", "Student SSN").status == "certain"
    assert verdict("Claimant's Social Security Number", "SSN").status == "certain"  # (the claimant files)
    assert verdict("Recipient's Social Security Number", "SSN").status == "review"
    assert verdict("주소(주민등록상)", "실거주지 주소").status != "certain"


@pytest.mark.parametrize("a, b, status", [
    # a party the label itself names keeps an application datum: the landlord's account is not the one
    # the applicant is paid into (a pair of dev11, eval/label_pairs_dev11.csv)
    ("임대인 계좌번호", "신청인 계좌번호", "review"),
    ("임대인 계좌번호", "임대인 입금계좌", "certain"),
    ("은행명", "금융기관명", "certain"),  # the institution's word is the datum's own name
    # a code and the name it stands for (공통표준 분류어 코드 / 명)
    ("업종코드", "업종명", None),
    ("Country code", "Country name", None),
    # the number sign, "ID number", units, lengths and the attributive 주된
    ("Case #", "Case number", "certain"),
    ("Medicaid ID Number", "Medicaid recipient ID #", "certain"),
    ("영업장 면적(㎡)", "영업장 면적 (제곱미터)", "certain"),
    ("3A. Routing Number (9 digits)", "Bank Routing/Transit Number", "certain"),
    ("주용도", "주된 용도", "certain"),
    # an acronym spelled with its small word; a Korean caption with its one-word English translation
    ("Record of Employment (ROE) serial number", "ROE serial no.", "certain"),
    ("성 Surname", "Surname", "certain"),
    # the premises of a licensed business are its address; a foreigner's contact at home and in Korea
    ("영업소 소재지", "영업장 주소", "certain"),
    ("본국 연락처", "Telephone No. in Korea", None),
    # a bare address given to the same party by both labels
    ("Owner's address", "Address of owner", "certain"),
    ("Owner's address", "Address", None),
    # the other end of a relationship is no subject: "Relationship to applicant" is not the applicant's
    ("세대주와의 관계", "관계(세대주와)", "certain"),
    ("Relationship to applicant", "Relationship to deceased", "review"),
    # (session 18, from dev12) a relation of another party is the subject: the spouse's, not the applicant's
    ("Applicant's spouse's date of birth", "Applicant's date of birth", None),
    ("경영주 배우자 생년월일", "경영주 생년월일", None),
    ("대표자 배우자 성명", "배우자 성명", "certain"),
    # a plain-language form's question asks the datum
    ("When were you born?", "Date of birth", "certain"),
    ("What is your job title?", "Job title", "certain"),
    ("Place of birth: City/Town", "City of birth", "certain"),
    # "ID" for identification or identifier; an example in brackets; "if known"
    ("Call ID (e.g. HORIZON-CL5-2024-D3-01)", "Call identifier", "certain"),
    ("Foreign Resident Registration No. (ARC)", "외국인등록번호", "certain"),
    # a word another wording of the datum holds, or one whose stem the other label says, changes nothing
    ("환급받을 계좌번호", "환급금 입금계좌 번호", "certain"),
    ("Main contact person e-mail", "Email of the contact person", "certain"),
    # the insured worker of 고용보험 is the worker
    ("피보험자 성명", "근로자 성명", "certain"),
    ("학번", "학생번호", "certain"),
])
def test_readings_that_generalise_from_an_independent_pair_set(a, b, status):
    from formslim.match.reading import acronym_definitions, read_spelled_out

    acronyms = acronym_definitions((a, b))  # the two labels as one package, as eval-pairs reads them
    v = compare(read_spelled_out(a, KB, acronyms), read_spelled_out(b, KB, acronyms), KB)
    assert v.status == status, v


def test_a_party_at_the_other_end_of_a_relationship_is_not_the_subject():
    r = read_label("Relationship to Applicant", KB)
    assert r.role is None and ("relative_to", "applicant") in r.marks
    assert read_label("신청인과의 관계", KB).role is None


def test_a_bracket_listing_the_answers_is_not_the_datums_name():
    """dev13 (session 19): "(부/모/동거친족/기타)", "(Y/N)", "(corporation, LLC, individual, partnership...)" list
    the answers to choose from — the values, not the datum's name, and no party ("부", "모" are no parents whose
    datum is asked). A bracket that names data ("(법인·외국인등록번호)") stays, and so does a vocabulary wording
    that holds its values ("소유구분(자경/임차)")."""
    from formslim.match.compare import compare
    from formslim.match.reading import read_label

    r = read_label("⑤신고인 자격 (부/모/동거친족/기타)", KB)
    assert r.text == "자격" and not r.marks and r.role == "applicant"
    assert compare(read_label("Application Type (Nonprovisional, Provisional, Design...)", KB),
                   read_label("Application type", KB), KB).status == "certain"
    assert compare(read_label("Are you covered by an employer group health plan? (Y/N)", KB),
                   read_label("Covered by an employer group health plan", KB), KB).score >= \
        compare(read_label("Are you covered by an employer group health plan?", KB),
                read_label("Covered by an employer group health plan", KB), KB).score
    alternatives = read_label("매수인 주민등록번호(법인·외국인등록번호)", KB)
    assert alternatives.how == "alternatives" and "외국인등록번호" in alternatives.text  # (data: the bracket stays)
    assert read_label("소유구분(자경/임차)", KB).concepts  # (read whole: the wording holds its values)


def test_an_acronym_another_label_spells_out_is_that_label():
    """dev13: "UEN" and "Unique Entity Number", "NZBN" and "New Zealand Business Number", "PIC (Participant
    Identification Code)": one datum. An acronym is spelled out by the whole of another label (three letters at
    least), or by its own bracket; never by a phrase inside a longer label."""
    from formslim.match.reading import acronym_definitions

    defs = acronym_definitions(["UEN", "Unique Entity Number", "NZBN", "New Zealand Business Number",
                                "PIC (Participant Identification Code)", "ID", "Identity Document",
                                "ABC", "Name of the Applicant's Bank Code list"])
    assert defs["UEN"] == "unique entity number" and defs["NZBN"] == "new zealand business number"
    assert defs["PIC"] == "participant identification code"
    assert "ID" not in defs and "ABC" not in defs


@pytest.mark.parametrize("named, bare, status", [
    ("Part 1. Information About You. Date of Birth", "Date of Birth (mm/dd/yyyy)", "certain"),  # the form's "you"
    ("Applicant's Mobile Telephone Number", "Mobile Telephone Number", "certain"),
    ("신청인 생년월일", "생년월일", "certain"),
    ("Taxpayer name (as shown on return)", "Name", "review"),  # a taxpayer may be a business: its name no person's
    ("Recipient's SSN", "SSN", "review"),  # a party nobody named may be the filer, or not
])
def test_a_person_datum_named_for_the_filer_and_one_named_for_nobody(named, bare, status):
    """A person's datum one form asks of the applicant — the form's "you", or the applicant by name — and
    another form asks of nobody in particular is the filer's own: one datum. A name asked of an applicant
    that may be a business, or a datum of a party the vocabulary does not know, stays a review."""
    from formslim.match.evaluate import evaluate_pairs

    _, (r,) = evaluate_pairs([{"label_a": named, "label_b": bare, "same": "1"}], KB)
    assert r.status == status, r.evidence


def test_a_bracket_listing_parts_names_no_datum_and_its_or_is_its_own():
    """Form W-9 line 5 "Address (number, street, and apt. or suite no.) See instructions.": the bracket says how
    to write the address — no suite number, no choice between an address and a suite; "Residence Phone" is the
    home phone, not the residence."""
    r = read_label("5 Address (number, street, and apt. or suite no.) See instructions.", KB)
    assert "person.apartment" not in r.concepts
    assert read_label("Residence Phone (xxx-xxx-xxxx)", KB).concepts == ("person.home_phone",)
    assert verdict("Residence Phone (xxx-xxx-xxxx)", "Home Telephone No. (Include A/C)").status == "certain"
    # (what an answer includes is no datum: "Mailing Address (Include Zip Code)" asks the mailing address)
    r = read_label("4. Mailing Address (Include Zip Code)", KB)
    assert r.concepts == ("person.mailing_address",) and r.how == "exact", r
    # (a bracket of alternatives still offers them)
    assert set(read_label("Taxpayer identification number (SSN or EIN)", KB).concepts) & {"person.ssn", "org.ein"}


@pytest.mark.parametrize("label, role", [("대표사 대표자", "representative"), ("신청기업 대표자 성명", "representative"),
                                         ("동의자(대표자) 성명", "representative")])
def test_a_korean_compound_names_the_party_it_ends_in(label, role):
    """"대표사 대표자" is the lead company's representative: a Korean compound ends in its head, and a bracket
    names which party a broader word means."""
    assert read_label(label, KB).role == role


def _pair(a: str, b: str):
    """formslim's verdict on a pair of labels as eval-pairs reads them (tooltip paths split)."""
    _, (r,) = evaluate_pairs([{"label_a": a, "label_b": b, "same": "1"}], KB)
    return r


def test_the_innermost_heading_says_whose_datum_and_a_relative_is_someone_s():
    """USCIS tooltip paths: under "Information About You (Spouse Beneficiary)" the heading "Information About
    Parent 2" says the field is a parent's — the second parent's — and that parent is the beneficiary's, not the
    petitioner's ("Information About You (Petitioner). Information About Your Parents"): four people, never one."""
    ben = "Part 1. Information About You (Spouse Beneficiary)."
    pet = "Part 2. Information About You (Petitioner). Information About Your Parents."
    r = _pair(f"{ben} Information About Parent 1. Family Name (Last Name)",
              f"{pet} Parent 1's Name. Family Name (Last Name)")
    assert r.status is None, r.evidence
    # the same parent of the same person: one datum; another parent: never
    assert _pair(f"{ben} Information About Parent 1. Family Name (Last Name)",
                 f"{ben} Information About Parent 1. Family Name (Last Name)").status == "certain"
    assert _pair(f"{ben} Information About Parent 2. Given Name (First Name)",
                 "Information About Your Parents. Parent 1's Legal Name. Given Name (First Name)").status != "certain"
    # "You (Spouse Beneficiary)": the beneficiary (a spouse), who may be the applicant of the other form
    r = _pair(f"{ben} Address History. Physical Address 1. Street Number and Name",
              "Part 4. Information About Beneficiary. Beneficiary's Physical Address. Street Number and Name")
    assert r.status == "certain", r.evidence


def test_a_heading_that_says_whose_block_it_is_starts_a_tooltip_path():
    """"Applicant's Contact Information. Applicant's Mobile Telephone Number (if any)": a heading, then the
    caption — the same datum as the caption under the part heading. A heading that names nobody ("Federal
    Income Tax Information. Most Recent Tax Year. Total Income") stays in the caption: what it says may make
    another datum."""
    from formslim.text import split_tooltip

    assert split_tooltip("Applicant's Contact Information. Applicant's Mobile Telephone Number (if any)") == (
        ("Applicant's Contact Information",), "Applicant's Mobile Telephone Number (if any)")
    assert split_tooltip("Information About Your Parents. Parent 1's Legal Name. Family Name (Last Name)")[1] == \
        "Family Name (Last Name)"
    for whole in ("Federal Income Tax Information. Most Recent Tax Year. Total Income", "Name. See instructions"):
        assert split_tooltip(whole) == ((), whole)
    r = _pair("Part 3. Applicant's Statement, Contact Information, Certification, and Signature. 4. Applicant's "
              "Mobile Telephone Number (if any)",
              "Applicant's Contact Information. Applicant's Mobile Telephone Number (if any)")
    assert r.status == "certain", r.evidence


def test_one_of_the_data_a_label_allows_is_the_one_the_other_asks():
    """"업태·종목" allows the business type or item of one business; "업태" asks its type: one datum. Where the
    data allowed are a person's or an organisation's ("법인(주민)등록번호", "SSN or EIN"), which one the other asks
    depends on who the party is: a review. A business name "if different from above" is another name."""
    assert verdict("업태·종목", "업태").status == "certain"
    assert verdict("법인(주민)등록번호", "법인등록번호").status == "review"
    assert verdict("Social Security Number or Employer Identification Number", "Social Security Number").status \
        != "certain"
    assert verdict("8a. Legal Name", "2 Business name/disregarded entity name, if different from above").status \
        != "certain"


@pytest.mark.parametrize("label, not_concept", [
    ("Please enter the number of years after final loan disbursement that the guarantee will continue",
     "application.loan_number"),
    ("Please enter the percentage of all amounts owing under the Note that the guarantor will guarantee",
     "application.note_amount")])
def test_a_count_or_a_share_is_not_the_identifier_or_amount_its_words_mention(label, not_concept):
    """SBA Form 148L: "the number of years after final loan disbursement" is a count, not the loan number;
    "the percentage of all amounts owing under the Note" a share, not the note amount."""
    assert not_concept not in read_label(label, KB).concepts
    assert read_label("SBA Loan Number", KB).concepts == ("application.loan_number",)


def test_a_consortium_is_a_party_beside_its_member_firms():
    """공동수급체 (the joint contractors who bid as one) has a name of its own — not a member firm's 상호 — and
    its representative may not be the member's; its lead member (대표사) is the bidder itself."""
    assert verdict("공동수급체 명칭", "공동수급체명").status == "certain"
    assert verdict("상호 또는 법인명칭", "공동수급체 명칭").status is None
    assert verdict("공동수급체 대표자", "대표자").status == "review"
    assert verdict("Lead Member (대표사)", "공동수급체 대표사 상호").status == "certain"


def test_a_project_name_is_the_title_of_what_is_applied_for_not_a_past_one():
    """사업명: a tender's 입찰건명 / 용역명, an R&D form's 과제명 — the one datum the other label names; a
    사업명 under "수행실적" is a project done before: a review at most."""
    assert verdict("사 업 명", "입찰건명").status == "certain"
    assert verdict("과제명", "사업명").status == "certain"
    assert verdict("사업명 (수행실적)", "사업명").status == "review"
    assert verdict("계약건명", "사업명 (수행실적)").status == "review"


@needs_corpus
def test_a_contact_number_under_the_business_heading_is_the_business_number_unless_a_person_stands_beside_it():
    """SBA Form 1244 asks "Phone Number" and "Email Address" under "Applicant Name (Eligible Passive Company,
    if applicable)": the applicant is a business, so they are its business phone and e-mail. The KR sample's
    참여인력 현황 asks "연락처" under "1. 기업 정보" but in the row of "대표자명": perhaps the representative's
    number — it stays a person's phone, not merged with the business's 대표 전화번호."""
    kb = load_knowledge()
    pkg = read_package([CORPUS / "sba-buddy" / "SBA_1244.pdf", CORPUS / "sba-lukacera" / "SBAForm413.pdf"])
    r = match_package(pkg, kb).readings
    assert r["SBA_1244.pdf#009"].concepts == ("org.phone",) and "organisation" in r["SBA_1244.pdf#009"].note
    kr = match_package(read_package([SAMPLES / "kr-sme-support"]), kb)
    assert kr.readings["10_참여인력_현황.hwpx#004"].concepts == ("person.phone",)


@needs_corpus
def test_the_parts_of_a_foreign_address_are_not_the_domestic_ones():
    """Form 4868 asks "Foreign country name | Province | Postal Code" in one row: the province and postal
    code are the foreign address's, one datum with Form 1040's "Foreign postal code", never (for certain)
    Schedule C's business state; the domestic "City, town or post office, state, and ZIP code. If you have
    a foreign address, also …" stays the domestic one."""
    folder = CORPUS / "irs-1040pkg-pdflib"
    m = match_package(read_package([folder / "F1040.pdf", folder / "F4868.pdf", folder / "FSCHC.pdf"]), KB)
    by = {(m.doc_of[f], m.fields[f].name): f for f in m.fields}
    province, postal = by[("F4868.pdf", "FPC")], by[("F4868.pdf", "FZIP")]
    assert "foreign" in m.readings[province].modifiers and "foreign" in m.readings[postal].modifiers
    certain = {frozenset(g.fields) for g in m.groups if g.status == "certain"}
    group_of = {f: g for g in certain for f in g}
    assert not any(m.doc_of[f] == "FSCHC.pdf" for f in group_of.get(province, ()))
    foreign_zip = next(f for f in m.fields if m.doc_of[f] == "F1040.pdf" and m.fields[f].label == "Foreign postal code")
    assert postal in group_of.get(foreign_zip, ())
    home_zip = by[("F4868.pdf", "ZIP")]
    assert "foreign" not in m.readings[home_zip].modifiers
    assert any(m.doc_of[f] == "F1040.pdf" for f in group_of.get(home_zip, ()))


def test_a_professional_who_signs_for_others_in_a_case_is_never_an_unnamed_person():
    """A certifying physician or a paid preparer is asked only in their own block, which names them: their
    first name is no review link with a form's unnamed "First name" (DC Schedule H's physician and Schedule
    S's dependants, review 23); the applicant's own unnamed datum still is."""
    assert verdict("Physician's first name", "First name").status is None
    assert verdict("Preparer's name", "Name").status is None
    assert verdict("Spouse's first name", "First name").status == "review"


def test_requested_amount_equals_budget_only_where_a_form_of_the_package_prints_it():
    """A programme's printed rule ("사업비 총액은 신청서의 신청 금액과 일치하여야 합니다") is no rule of a package that
    does not print it (review 26: it was applied everywhere, citing another programme's form)."""
    from dataclasses import replace

    package = read_package([SAMPLES / "kr-sme-support"])
    match = match_package(package, KB)
    said = printed_agreements(package)
    assert any("신청 금액과 일치하여야" in s for _, s in said), said
    rule = [d for d in derive(match, KB, agreements=said) if d.rule == "D-REQUESTED-EQUALS-BUDGET"]
    assert rule and all(any("일치하여야" in e and "02_사업계획서.docx" in e for e in d.evidence) for d in rule)
    # the same forms without that sentence: no such rule
    silent = replace(package, documents=tuple(replace(d, agreements=(), parts=tuple(replace(p, agreements=())
                                                                                     for p in d.parts))
                                              for d in package.documents))
    assert printed_agreements(silent) == ()
    assert not [d for d in derive(match, KB, agreements=printed_agreements(silent))
                if d.rule == "D-REQUESTED-EQUALS-BUDGET"]


@needs_corpus
def test_a_party_the_manifest_makes_one_is_one_whichever_stage_reads_it(tmp_path):
    """The W-4 names its filer, the employee, only by signing (read "member" by the filer stage, which runs after
    the manifest's parties were applied): "same: [applicant, member]" made nothing one, and the employee's SSN on
    the W-4 stayed a review link to the 1040's "Your social security number" (onboarding key with its scenario:
    certain recall 0.294 → 0.647)."""
    package = read_package([CORPUS / "irs-conmecto" / "fw4.pdf", CORPUS / "irs-conmecto" / "f1040.pdf"])
    ssn = {d.path: next(f.id for f in d.fields if match_ssn(f.label)) for d in package.documents}
    plain = match_package(package, KB)
    assert plain.readings[ssn["fw4.pdf"]].role == "member"
    assert not _certain(plain, *ssn.values())
    m, _ = stated(package, tmp_path, "version: 1\nparties:\n  - same: [applicant, member]\n")
    assert m.readings[ssn["fw4.pdf"]].role == "applicant"
    assert _certain(m, *ssn.values())


def match_ssn(label: str) -> bool:
    return label.strip().lower().endswith("social security number") and "spouse" not in label.lower()


def _certain(m, a, b) -> bool:
    g = m.group_of()
    return g.get(a) is not None and g.get(a) == g.get(b)


def test_an_english_labels_datum_is_the_last_party_it_names():
    """"Borrower. Name & Address of Employer" asks the employer's name (the borrower's employer), as the request
    for verification of employment's "To (Name and address of employer)" does; a party in brackets qualifies the
    whole; a block caption "Co-Applicant Information." names whose name "Name" is (label pairs dev14)."""
    r = read_label("IV. Employment Information. Borrower. Name & Address of Employer", KB)
    assert r.role == "employer" and "org.name" in r.concepts
    assert read_label("Applicant's employer's name", KB).role == "employer"
    assert read_label("Employer's name (Co-Borrower)", KB).role == "employer"
    v = verdict("IV. Employment Information. Borrower. Name & Address of Employer",
                "Part I - Request. 1. To (Name and address of employer)")
    assert "different subjects" not in " ".join(v.evidence), v
    r = read_label("Co-Applicant Information. Name", KB)
    assert r.concepts == ("person.name",) and r.role == "co_representative"
    assert verdict("Co-Borrower's Name (include Jr. or Sr. if applicable)", "Co-Applicant Information. Name").status \
        in ("certain", "review")


@needs_corpus
def test_one_field_printed_on_each_copy_of_a_form_is_one_datum():
    """The W-2 is printed in copies (Copy A for the SSA, Copy B for the employee's return, …): each copy's
    "Employee's social security number" is one answer (M-COPY, from the AcroForm subforms CopyA/CopyB at the same
    place), not six fields the review queue asks about one by one (onboarding: 42 → 20 review links). Two pages of
    one form that are not copies (a per-person page) are not joined by it."""
    package = read_package([CORPUS / "irs-conmecto" / "fw2.pdf"])
    m = match_package(package, KB)
    ssn = [f.id for f in m.fields.values() if f.label.lower().endswith("employee’s social security number")
           or f.label.lower().endswith("employee's social security number")]
    assert len(ssn) == 6
    assert any(set(ssn) <= set(g.fields) for g in m.groups)
    assert all(l.rule == "M-COPY" for l in m.links if {l.a, l.b} <= set(ssn))
    from formslim.match.link import _copies_of_one_field
    from dataclasses import replace
    f = m.fields[ssn[0]]
    assert _copies_of_one_field(f, replace(f, name=f.name.replace("Copy", "Page"))) == ""


def test_a_post_and_its_grade_are_two_data_and_a_bracket_keeps_its_interpunct():
    """직위 (the post: 과장) and 직급 (its grade: 5급) are two terms of the public data standard (직위명 JBPS_NM,
    직급명 JBGD_NM) and two answers on the 정부포상 forms ("직위 | 직급ㆍ계급"; the form: 지방행정주사보(○),
    행정7급(×)). "직위(직급ㆍ계급)" allows either: the interpunct inside the bracket is the bracket's."""
    assert read_label("직위", KB).concepts == ("person.title",)
    assert read_label("직급ㆍ계급", KB).concepts == ("person.grade",)
    for label in ("직위(직급ㆍ계급)", "직위 (직급)", "직위·직급"):
        r = read_label(label, KB)
        assert (r.concepts, r.how) == (("person.grade", "person.title"), "alternatives"), (label, r)
    assert set(read_label("성명(법인명ㆍ상호)", KB).concepts) == {"org.name", "person.name"}


def test_home_is_a_word_not_a_syllable_inside_one():
    """집 (home) qualifies "집 주소", "집전화"; not 집행 (execution: K-Startup's "3-2-1. 사업비 집행계획"), 모집,
    수집, 편집 — a false "home" kept the business plan's two 총사업비 apart from every other total."""
    from formslim.match.reading import _qualifiers

    for text in ("집 주소", "집전화", "집 전화번호", "자택 주소", "Home phone"):
        assert "home" in _qualifiers(text)[0], text
    for text in ("3-2-1. 사업비 집행계획 및 사업비 구성", "모집 공고", "개인정보 수집·이용", "편집 디자이너", "집계표"):
        assert "home" not in _qualifiers(text)[0], text


@needs_corpus
def test_the_business_plan_asks_its_total_cost_twice_and_its_parts_are_not_its_total():
    """K-Startup review 30 #7: the 2025 사업계획서 asks "총 사업비 (C=A+B)" in its 일반현황 table and "총사업비 (ⓐ+ⓑ+ⓒ)"
    in its 사업비 집행계획 — one answer, linked inside the document (M-SAME-DOC-REPEAT), so the carry-over variant
    fills the second from the first. Its share row ("00.0%") is no second row of amounts, a share is not the
    amount ("정부지원사업비(ⓐ) (%)"), and a part is not the whole ("정부지원사업비(A) 기본" is no "정부지원사업비(ⓐ)")."""
    pkg = read_package([CORPUS / "kr-kstartup-sandoc" / "별첨1_사업계획서_양식.hwp"])
    # (the reader writes the circled letters as plain ones: "총사업비 (a+b+c)")
    fields = {f.label: f for f in pkg.documents[0].fields}
    assert fields["총사업비 (a+b+c)"].repeats == 1 and fields["정부지원사업비(a)"].repeats == 1
    m = match_package(pkg, KB)
    total = {fields["총 사업비 (C=A+B)"].id, fields["총사업비 (a+b+c)"].id}
    assert any(set(g.fields) == total and g.concept == "application.total_cost" for g in m.groups)
    link = next(x for x in m.links if {x.a, x.b} == total)
    assert link.rule == "M-SAME-DOC-REPEAT" and link.status == "certain"
    basic, whole = fields["정부지원사업비(A) 기본"].id, fields["정부지원사업비(a)"].id
    assert not any({x.a, x.b} == {basic, whole} for x in m.links)
    assert m.readings[fields["정부지원사업비(a) (%)"].id].concepts == ()


@pytest.mark.parametrize("label,concept,modifiers_of", [
    # slips of the pen printed on real forms (DC D-40 TY2013 voucher "Your Middlie Initial", D-40 line 9 "social
    # secuirty"): a word one interior letter off exactly one dictionary word is read as that word …
    ("Your Middlie Initial", "person.middle_initial", "Middle initial"),
    ("Taxable amount of social secuirty benefits", None, None),
    ("Social Secuirty Number", "person.ssn", "Social Security Number"),
])
def test_a_slip_of_the_pen_inside_a_word_is_read_as_the_word(label, concept, modifiers_of):
    from formslim.match.reading import en_words, read_label

    assert "security" in en_words(label) or "middle" in en_words(label)
    if concept:
        assert read_label(label, KB).concept == concept
        assert verdict(label, modifiers_of).score >= 0.9


@pytest.mark.parametrize("word", [
    # … but never a word whose first or last letter makes the difference ("estate" is no "state", "mother" no
    # "other", "provide" no "provider"), nor a short one ("county" is no "country")
    "estate", "mother", "provide", "presidential", "county", "though",
])
def test_a_real_word_next_to_a_dictionary_word_stays_itself(word):
    from formslim.match.reading import en_words

    assert en_words(word) == [word] or en_words(word) == [word[:-1]]


def test_a_care_provider_is_a_party_of_its_own_and_a_qualifying_person_no_dependant():
    """IRS Form 2441 Part I asks the care provider's name and number (another party than the filer); its
    "qualifying person" may be a spouse or no dependant at all, so it is not read as one (IRS review 33b #14)."""
    kb = KB
    assert read_label("Care provider's first name", kb).role == "care_provider"
    assert read_label("Qualifying person's social security number", kb).role != "dependent"  # (may be a spouse)
    assert verdict("Care provider's first name", "Your first name and initial").status is None


@pytest.mark.parametrize("a, b", [
    ("Line 29. Checkboxes", "Line 20. Checkboxes"),
    ("Add lines 23 through 35", "31 Add lines 28 through 30"),
    ("Line 23. Subtract line 22 from line 15. Dollars", "Line 3. Subtract line 2 from line 1. Dollars"),
])
def test_a_bare_box_or_arithmetic_on_numbered_lines_names_no_datum(a, b):
    """Labels alike only in the words of a box or of a computation on numbered lines are no link, not even a
    review (IRS review 33b #14: 22 of the 1040 package's 102 review items)."""
    assert verdict(a, b).status is None


@pytest.mark.parametrize("label, concept", [
    # DC D-40 (2013) line 33 and Form 1040 (2013) line 68: tax paid with an extension of time, no telephone
    ("Line 33. Tax paid with extension of time to file or with original return if this is an amended return",
     "application.extension_payment"),
    ("Line 68. Amount paid with request for extension to file", "application.extension_payment"),
    ("Extension", "person.phone_extension"),
    ("Telephone (Ext.)", "person.phone_extension"),
])
def test_an_extension_of_time_is_no_telephone_extension(label, concept):
    assert read_label(label, KB).concepts == (concept,)


@needs_corpus
def test_two_returns_extension_payments_are_not_one_datum():
    """Each return's extension payment is its own (the federal and the DC extension are paid apart): DC
    D-40 line 33 and Form 1040 line 68 read alike and are never linked."""
    pkg = read_package([CORPUS / "dc-tax-pdflib" / "DC40.pdf", CORPUS / "irs-1040pkg-pdflib" / "F1040.pdf"])
    ids = {f.id for d in pkg.documents for f in d.fields if read_label(f.label, KB).concepts == ("application.extension_payment",)}
    assert len(ids) == 2
    m = match_package(pkg, KB)
    assert not [l for l in m.links if {l.a, l.b} == ids]


@pytest.mark.parametrize("label, text, how", [
    # DC Form D-40P: how many digits is how the answer is written, not another datum
    ("Postal Zip Code First 5 Digits", "Postal Zip Code", "contains"),
    ("ZIP code (first 5 digits)", "ZIP code", "exact"),
    ("Your social security number. 9 digits", "Your social security number", "exact"),
    # … but the last four digits of a number are a part of it, another datum
    ("SSN last 4 digits", "SSN last 4 digits", "partial"),
])
def test_the_number_of_digits_an_answer_has_is_not_part_of_its_datum(label, text, how):
    r = read_label(label, KB)
    assert (r.text, r.how) == (text, how)


@needs_corpus
def test_a_carry_printed_in_a_lines_caption_links_that_line_alone():
    """Schedule A (2013) line 29 prints "Is Form 1040, line 38, over $150,000? No. … Also, enter this amount on
    Form 1040, line 40": the total is carried to line 40 — and line 38, which the caption names as a test, is
    another datum (adjusted gross income). The return's line 40 is filled from the schedule that adds it up."""
    from formslim.pipeline import analyze

    a = analyze([CORPUS / "irs-1040pkg-pdflib" / "F1040.pdf", CORPUS / "irs-1040pkg-pdflib" / "FSCHA.pdf"])
    # (PDFlib's widget names are an older edition's: line 38's box is "L34", line 40's "L36")
    f1040 = {f"L{f.line}": f for d in a.package.documents if d.path == "F1040.pdf" for f in d.fields
             if f.line in ("38", "40")}
    sch_a = {f.name: f for d in a.package.documents if d.path == "FSCHA.pdf" for f in d.fields}
    pair = {sch_a["L28"].id, f1040["L40"].id}
    assert any({l.a, l.b} == pair and l.status == "certain" and l.rule == "M-XREF" for l in a.match.links)
    assert not any({l.a, l.b} == {sch_a["L28"].id, f1040["L38"].id} for l in a.match.links)
    plans = {fp.field: fp for fp in a.plan.fields}
    assert plans[f1040["L40"].id].action == "drop_duplicate" and plans[f1040["L40"].id].source == sch_a["L28"].id


@pytest.mark.parametrize("label, role", [
    # DC Schedule N (2013): the custodian is another household's person, never the filer (review 34 #6)
    ("6. Custodian's SSN", "custodian"), ("4. Custodian's name", "custodian"),
    # … while the non-custodial parent is the filer who claims the credit, and a question that names a custodial
    # parent as a debt's other party asks the filer (SBA Form 1244)
    ("First name of non-custodial parent", "-custodian"),
    ("Form 8332, Release / Revocation of Release of Claim to Exemption for Child by Custodial Parent", "-custodian"),
])
def test_a_childs_custodian_is_another_party(label, role):
    # ("-custodian": any reading but the custodian's)
    got = read_label(label, KB).role
    assert got != "custodian" if role == "-custodian" else got == role


@needs_corpus
def test_a_box_for_a_name_and_an_address_is_several_data(sba):
    """SBA review 38 #8: Form 912's "1a. Name and address of Applicant/Borrower/Assumptor (Firm/Business Name;
    Street, City, State, Zip Code, and Email)" was read as the business's name alone and grouped with 1919's
    legal name for certain (and carried over). "address" alone names no concept, but it is a second datum of
    the box: the box asks the name and the address together (of a business party: its name and address), so it
    is only a review link against a name alone. So are the W-4's "Employer's name and address" and the W-9's
    "Requester's name and address"."""
    from formslim.match.link import field_reading
    from formslim.model import Field, Location

    def reading(label):
        return field_reading(Field(id="a#0", label=label, normalized_label=label.lower(), kind="text",
                                   source="acroform", location=Location("a")), KB)

    assert reading("Name and address of Applicant").how == "composite"
    assert set(reading("Name and Address of Mortgage Holder").concepts) == {"org.name", "org.address"}
    assert reading("Home address").concepts == ("person.home_address",)  # (one datum stays one)
    box = next(f for f in sba.fields if (sba.fields[f].label or "").startswith("1a. Name and address of Applicant"))
    assert sba.readings[box].how == "composite" and set(sba.readings[box].concepts) == {"org.name", "org.address"}
    assert box not in sba.group_of()
    name = next(f for f in sba.fields if sba.fields[f].name == "applicantname")
    link = next(x for x in sba.links if {x.a, x.b} == {box, name})
    assert link.status == "review" and any("several data together" in e for e in link.evidence)


@needs_corpus
def test_the_standby_borrower_may_be_the_applicant_or_a_guarantor(sba):
    """SBA review 38 #8: Form 155 makes the SBA loan "to Standby Borrower or guaranteed by Standby Borrower":
    the standby borrower is the borrower or a guarantor, which the form does not say (roles.yaml
    standby_borrower, may_be applicant and guarantor). Its name is a review link against the applicant's,
    never grouped with it for certain."""
    standby = next(f for f in sba.fields if sba.doc_of[f].endswith("SBA_155.pdf")
                   and sba.fields[f].label.lower().endswith("standby borrower"))
    assert sba.readings[standby].role == "standby_borrower" and standby not in sba.group_of()
    name = next(f for f in sba.fields if sba.fields[f].name == "applicantname")
    link = next(x for x in sba.links if {x.a, x.b} == {standby, name})
    assert link.status == "review" and any("the standby borrower may be the applicant" in e for e in link.evidence)


def test_a_korean_amounts_formula_letter_is_a_mark_not_a_word():
    """Review 44 #5: K-Startup's 사업계획서 prints "자기부담사업비(B) 현금" in its 일반현황 and "창업기업 자기부담사업비
    현금(b)" in its 사업비 집행계획 — one amount, marked by a letter for the table's formula. The letter is no word of
    the datum (the label read as two data, 자기부담사업비 and 현금, before); the 창업기업 is the applicant (중소기업창업
    지원법 제2조). "정부지원사업비(A) 기본" stays a part of the government share (its modifier 기본)."""
    kb = load_knowledge()
    assert read_label("자기부담사업비(B) 현금", kb).concepts == ("application.own_share_cash",)
    assert read_label("자기부담사업비(B) 현금", kb).how == "exact"
    assert read_label("창업기업 자기부담사업비 현금(b)", kb).how == "exact"
    assert read_label("총 사업비 (C=A+B)", kb).concepts == ("application.total_cost",)
    assert read_label("정부지원사업비(A) 기본", kb).modifiers == frozenset({"기본"})
    assert not read_label("정부지원사업비(a)", kb).modifiers


@needs_corpus
def test_the_business_plans_budget_asked_in_two_tables_is_one_datum():
    """Review 44 #5: the 일반현황's 총 사업비 (C=A+B), 자기부담사업비(B) 현금, 현물 and the 사업비 집행계획's
    총사업비 (a+b+c), 현금(b), 현물(c) are each one datum (M-SAME-DOC-REPEAT); the government share's parts
    (기본, 추가) are not its total (a)."""
    doc = read_package([CORPUS / "kr-kstartup-sandoc" / "별첨1_사업계획서_양식.hwp"])
    m = match_package(doc, load_knowledge())
    label = {f.id: f.label for f in doc.fields}
    pairs = {frozenset((label[l.a], label[l.b])) for l in m.links if l.status == "certain" and l.rule == "M-SAME-DOC-REPEAT"}
    assert {frozenset(("자기부담사업비(B) 현금", "창업기업 자기부담사업비 현금(b)")),
            frozenset(("자기부담사업비(B) 현물", "창업기업 자기부담사업비 현물(c)")),
            frozenset(("총 사업비 (C=A+B)", "총사업비 (a+b+c)"))} <= pairs
    assert not any("기본" in " ".join(p) and "(a)" in " ".join(p) for p in pairs)


def test_the_character_questions_sba_asks_each_owner_on_two_forms_are_read_as_one_datum():
    """SBA Form 1244 Section Two and Form 912 ask each associate the same things (review 46 #1): "U.S. Citizen?" and
    "Are you a United States Citizen?" — a yes/no answer, not the country of citizenship the next box asks; the
    child-support question in its two wordings; and the 912's "To Address" under its caption "Present Residence
    Address" (a tooltip's fragment), read by the caption — while "Enter from to Date" under it names no datum."""
    assert read_label("U.S. Citizen?", KB).concept == "person.us_citizen"
    assert read_label("Are you a United States Citizen?", KB).concept == "person.us_citizen"
    assert read_label("If a non-US citizen or LPR, provide Country of Citizenship", KB).concept == "person.nationality"
    assert read_label("10. Are you currently more than 60 days late on paying any child support obligations?",
                      KB).concept == "person.child_support_delinquent"
    assert "person.child_support_delinquent" in read_label(
        "are you more than 60 days delinquent on any obligation to pay child support arising under an administrative "
        "order", KB).concepts
    assert read_label("To Address", KB, ("Present Residence Address",)).concept == "person.home_address"
    assert read_label("To Address", KB).concepts == ()
    assert read_label("Enter from to Date", KB, ("Present Residence Address",)).concepts == ()
    # (the dotted and the spelled-out country are one word: "U.S. Social Security Number" is still the SSN)
    assert read_label("U.S. Social Security Number", KB).concept == "person.ssn"


def test_a_label_that_lists_a_choices_answers_names_that_choice():
    """SBA Form 1244's tooltips print coded answer lists — "Response_M=Male; F=Female; X=Not Disclosed" —: two or
    more values of one choice concept, as whole words, name it (the sex, the ethnicity, the race: OMB's categories);
    "female" is no "male", and a label naming values of no one choice names nothing (review 46 #10)."""
    assert read_label("Response_M=Male; F=Female; X=Not Disclosed", KB).concept == "person.sex"
    assert read_label("Response_H=Hispanic or Latino; N=Not Hispanic or Latino; X=Not Disclosed",
                      KB).concept == "person.ethnicity"
    assert read_label("Response_1=American Indian or Alaska Native; 2=Asian; 3=Black or African American; 5=White",
                      KB).concept == "person.race"
    assert read_label("F=Female only", KB).concepts == () and read_label("Yes No", KB).concepts == ()
    # (a race's values may be ticked together — OMB's "one or more" —, a sex's not)
    assert KB.concepts["person.race"].several and not KB.concepts["person.sex"].several


def test_choices_from_different_lists_are_not_one_answer():
    """Two choices whose lists each offer an option the other has no counterpart for are two schemes; printed
    variants of one option ("Married filing jointly (even if only one had income)", "아니오"/"아니요") and a list
    printed shorter are not a difference."""
    from formslim.match.link import _other_choices
    dc = ("Single", "Married filing jointly", "Married filing separately", "Registered domestic partners filing jointly",
          "Head of household")
    federal = ("Single", "Married filing jointly (even if only one had income)", "Married filing separately. Enter "
               "spouse's SSN above", "Head of household (with qualifying person)", "Qualifying widow(er) with dependent child")
    assert _other_choices(dc, federal) == (["Registered domestic partners filing jointly"],
                                           ["Qualifying widow(er) with dependent child"])
    assert _other_choices(("작동점검", "최초점검", "그 밖의 종합점검"), ("작동점검", "종합점검(최초점검)", "종합점검(그 밖의 점검)")) is None
    assert _other_choices(("예", "아니오"), ("예", "아니요")) is None and _other_choices(("유", "무"), ("있음", "없음")) is None
    assert _other_choices(dc[:3], dc) is None


@needs_corpus
def test_dc_and_federal_filing_status_are_put_to_review():
    """D-40's filing status offers "Registered domestic partners filing jointly", Form 1040's "Qualifying
    widow(er)": one return's answer may have no place on the other — a review link with that reason, never
    certain (review 49 #2)."""
    match = match_package(read_package([CORPUS / "dc-tax-pdflib" / "DC40.pdf", CORPUS / "irs-1040pkg-pdflib" / "F1040.pdf"]), KB)
    ids = [f for f in match.fields if match.fields[f].label.lower().startswith("filing status")]
    link = next(l for l in match.links if {l.a, l.b} == set(ids))
    assert link.status == "review" and any("different options" in e for e in link.evidence)


def test_initials_are_a_signature_mark_and_no_datum():
    """A box for the filler's initials asks no datum (review 50 #6): "Initials for 9. Has the Applicant … received any
    previous government financing?" was read as the applicant's name and linked to the 4506-C's company name."""
    from formslim.fields.kinds import initials_kind

    for label in ("Initials for 9. Has the Applicant or any affiliated company", "nitials for 9. In the past year",
                  "Initials", "Initial here to confirm your response to question 4", "1. Initial"):
        assert initials_kind(label, "text") == "signature", label
    for label in ("Middle Initial", "Initial application", "M.I"):
        assert initials_kind(label, "text") == "text", label
    assert initials_kind("Initials", "checkbox") == "checkbox"
    # a signature mark is never the same datum as a text answer, unless it asks a name with it ("성명 (서명)")
    initials = read_label("Initials for 9. Has the Applicant or any affiliated company of the Applicant", KB)
    name = read_label("Business Name", KB)
    from formslim.match.compare import veto

    assert compare(initials, name, KB, "signature", "text").status is None
    signed_name = read_label("성명 (서명)", KB)
    assert "person.signature" in signed_name.concepts
    assert veto(signed_name, read_label("성명", KB), "signature", "text") is None


@needs_corpus
def test_the_504_packages_initials_and_phones(corpus):
    """SBA 504: the Section Two initials boxes link to nothing; the Associate's "Phone Number (Home or Cell)" may be
    the home phone the 413 and the 912 ask (to check), but a CDC's or a point of contact's phone is never a home
    phone that names nobody (review 50 #5, #6). (The 4506-C's client may be the applicant, by roles.yaml: its phone
    stays a look-alike to check.)"""
    package = read_package([corpus / "sba-buddy" / "SBA_1244.pdf", corpus / "sba-lukacera" / "SBAForm413.pdf",
                            corpus / "sba-buddy" / "SBA_912.pdf", corpus / "loan-consents-msfg" / "irs-form-4506-c.pdf"])
    m = match_package(package, KB)
    initials = {f.id for f in m.fields.values() if f.label.lower().startswith(("initials", "nitials"))}
    assert len(initials) >= 10 and all(m.fields[i].kind == "signature" for i in initials)
    assert not [(l.a, l.b) for l in m.links if {l.a, l.b} & initials]
    label = {f.id: f.label for f in m.fields.values()}
    cell = next(f.id for f in m.fields.values() if f.label.startswith("Phone Number (Home or Cell"))
    home = {f.id for f in m.fields.values() if f.label.startswith(("Home Phone", "Home Telephone"))}
    linked = {(l.b if l.a == cell else l.a) for l in m.links if cell in (l.a, l.b) and l.status == "review"}
    assert home <= linked, [label[x] for x in home - linked]
    others = {f.id for f in m.fields.values() if m.readings[f.id].role in ("cdc", "contact")
              and m.readings[f.id].concept == "person.phone"}
    assert others and not [(label[l.a], label[l.b]) for l in m.links if {l.a, l.b} & others and {l.a, l.b} & home]


def test_a_box_that_continues_an_answer_is_that_answer_not_its_tooltip():
    """Review 53 #4: the W-9's last four SSN digits (a comb box ``part_of`` the first) carry the tooltip "Enter your
    TIN in the appropriate box. The TIN provided must match the name given on line 1 …": it was linked to other
    forms' first names. A box that continues another's answer is read as that answer and compared through its head
    only — no link of its own, and its head's links stand."""
    from formslim.model import Document, Field, Location, Package

    def f(doc, i, label, part_of=None):
        return Field(id=f"{doc}#{i:03d}", label=label, normalized_label=label.lower(), kind="text", source="acroform",
                     location=Location(doc), part_of=part_of)

    w9 = Document(path="w9.pdf", format="pdf", fields=(
        f("w9.pdf", 0, "Social security number"),
        f("w9.pdf", 1, "Enter your TIN in the appropriate box. The TIN provided must match the name given on line 1",
          part_of="w9.pdf#000")))
    other = Document(path="a.pdf", format="pdf", fields=(f("a.pdf", 0, "Your first name"),
                                                         f("a.pdf", 1, "Your social security number")))
    m = match_package(Package(name="t", documents=(w9, other)), KB)
    assert m.readings["w9.pdf#001"] == m.readings["w9.pdf#000"]
    assert not any("w9.pdf#001" in (l.a, l.b) for l in m.links)
    assert any({l.a, l.b} == {"w9.pdf#000", "a.pdf#001"} for l in m.links)
