"""A petition filed with its beneficiary's applications, end to end: three fillable PDFs written here with
the structure USCIS prints (parts and items in the tooltips, "Information About You (Petitioner)", a
petitioner's and an applicant's signature), read, matched and planned as a user runs formslim."""
import pytest

pytest.importorskip("reportlab")


def _form(path, title, items, signer):
    """A one-page AcroForm: ``items`` are (tooltip, field name) text boxes under a printed title, then the
    signature line of ``signer`` as printed ("Petitioner's Signature")."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 750, title)
    c.setFont("Helvetica", 8)
    y = 720
    for tip, name in items:
        c.drawString(50, y + 4, tip.split(". ")[-1])
        c.acroForm.textfield(name=name, tooltip=tip, x=300, y=y, width=250, height=14, borderWidth=0.5)
        y -= 22
    c.drawString(50, y - 10, f"{signer}'s Signature")
    c.acroForm.textfield(name="Signature", tooltip=f"{signer}'s Signature", x=300, y=y - 14, width=250, height=14)
    c.save()


@pytest.fixture(scope="module")
def petition_package(tmp_path_factory):
    d = tmp_path_factory.mktemp("petition")
    you, ben = "Part 2. Information About You (Petitioner)", "Part 4. Information About Beneficiary"
    _form(d / "i-130.pdf", "Petition for Alien Relative", [
        (f"{you}. Your Full Name. 4.a. Family Name (Last Name)", "Pt2Line4a_FamilyName"),
        (f"{you}. Your Full Name. 4.b. Given Name (First Name)", "Pt2Line4b_GivenName"),
        (f"{you}. 8. Date of Birth (mm/dd/yyyy)", "Pt2Line8_DateofBirth"),
        (f"{ben}. 1. Alien Registration Number (A-Number)", "Pt4Line1_AlienNumber"),
        (f"{ben}. Beneficiary's Full Name. 4.a. Family Name (Last Name)", "Pt4Line4a_FamilyName"),
        (f"{ben}. Beneficiary's Full Name. 4.b. Given Name (First Name)", "Pt4Line4b_GivenName"),
        (f"{ben}. 9. Date of Birth (mm/dd/yyyy)", "Pt4Line9_DateOfBirth")], "Petitioner")
    me = "Part 1. Information About You (Person applying for lawful permanent residence)"
    _form(d / "i-485.pdf", "Application to Register Permanent Residence or Adjust Status", [
        (f"{me}. Your Current Legal Name. 1.a. Family Name (Last Name)", "Pt1Line1a_FamilyName"),
        (f"{me}. Your Current Legal Name. 1.b. Given Name (First Name)", "Pt1Line1b_GivenName"),
        (f"{me}. Other Names You Have Used Since Birth. 2.a. Family Name (Last Name)", "Pt1Line2a_FamilyName"),
        (f"{me}. 3. Date of Birth (mm/dd/yyyy)", "Pt1Line3_DOB"),
        (f"{me}. 4. Alien Registration Number (A-Number)", "Pt1Line4_AlienNumber")], "Applicant")
    _form(d / "i-765.pdf", "Application for Employment Authorization", [
        ("Part 2. Information About You. Your Full Legal Name. 1.a. Family Name (Last Name)", "Line1a_FamilyName"),
        ("Part 2. Information About You. 7. Alien Registration Number (A-Number)", "Line7_AlienNumber")], "Applicant")
    return d


def test_the_applications_you_is_the_petitions_beneficiary(petition_package):
    from formslim import analyze

    a = analyze(petition_package)
    by_name = {(a.match.doc_of[f.id], f.name): f.id for f in a.match.fields.values()}
    groups = [{(a.match.doc_of[x], a.match.fields[x].name) for x in g.fields} for g in a.match.groups]
    assert {("i-130.pdf", "Pt4Line4a_FamilyName"), ("i-485.pdf", "Pt1Line1a_FamilyName"),
            ("i-765.pdf", "Line1a_FamilyName")} in groups
    assert {("i-130.pdf", "Pt4Line1_AlienNumber"), ("i-485.pdf", "Pt1Line4_AlienNumber"),
            ("i-765.pdf", "Line7_AlienNumber")} in groups
    assert {("i-130.pdf", "Pt4Line9_DateOfBirth"), ("i-485.pdf", "Pt1Line3_DOB")} in groups
    grouped = {x for g in groups for x in g}
    for petitioner in ("Pt2Line4a_FamilyName", "Pt2Line4b_GivenName", "Pt2Line8_DateofBirth"):
        assert ("i-130.pdf", petitioner) not in grouped  # the petitioner is someone else
    assert ("i-485.pdf", "Pt1Line2a_FamilyName") not in grouped  # another name used is not the legal name
    assert "petition for a beneficiary" in a.match.readings[by_name[("i-130.pdf", "Pt4Line4a_FamilyName")]].note
    # the petition is the petitioner's act: it stays, whatever the applications become
    petition = next(d for d in a.plan.documents if d.file == "i-130.pdf")
    assert petition.decision == "keep"
    assert any(s.signer == "petitioner" for s in petition.signers)
    assert a.plan.primary != petition.key
