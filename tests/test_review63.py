"""Reviews 63 and 64 (two newcomers: a policy analyst and a data analyst on the report, a company on the self-check
tools). The review queue offers only what a person can decide: accepting an item is never refused; the verdict
says first the count it rests on. Real corpus packages; expectations from the forms as printed."""
import pytest

from formslim.knowledge import load_knowledge
from formslim.match import match_package
from formslim.parse import read_package
from formslim.pipeline import _unjoined_same

from .conftest import CORPUS, ROOT, corpus_package, needs_corpus


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


def test_a_cost_of_time_at_or_below_zero_is_refused(tmp_path):
    """"--tariff -3" priced a burden at "-1 → -1 USD" (review 63 #10): refused on the command line (exit 2) and in a
    manifest (one Error: line, exit 1), as a count or a frequency at or below zero is."""
    from click.testing import CliRunner

    from formslim.cli import main

    pkg = ROOT / "sample_forms" / "us-small-business-loan"
    r = CliRunner().invoke(main, ["analyze", str(pkg), "-o", str(tmp_path / "o"), "--quiet", "--tariff", "-3"])
    assert r.exit_code == 2 and "--tariff" in r.output and not (tmp_path / "o").exists(), r.output
    bad = tmp_path / "m.yaml"
    bad.write_text("programme: x\nhourly_tariff: 0\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["analyze", str(pkg), "-o", str(tmp_path / "p"), "--quiet", "--manifest", str(bad)])
    assert r.exit_code == 1 and "'hourly_tariff' must be a number above 0" in r.output, r.output


@needs_corpus
def test_no_printed_page_ends_in_a_heading(browser, tmp_path):
    """A heading printed at a page's foot, its text on the next page (review 63 #5: "서류 목록", "2. Contact person"):
    every heading keeps with what follows, in the report as Chromium prints it on A4."""
    import pdfplumber
    from click.testing import CliRunner

    from formslim.cli import main

    CliRunner().invoke(main, ["analyze", str(CORPUS / "kr-kstartup-sandoc"), "-o", str(tmp_path / "o"), "--quiet"])
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto((tmp_path / "o" / "report.html").resolve().as_uri())
    page.emulate_media(media="print")
    heads = page.evaluate("Array.from(document.querySelectorAll('h2,h3,h4')).map(h => h.innerText)")
    page.pdf(path=str(tmp_path / "r.pdf"), format="A4")
    page.close()
    heads = {" ".join(h.split()) for h in heads if h.strip()}
    ends = []
    with pdfplumber.open(tmp_path / "r.pdf") as doc:
        for k, pg in enumerate(doc.pages):
            lines = [" ".join(x.replace("\x01", " ").split()) for x in (pg.extract_text() or "").splitlines()]
            lines = [x for x in lines if x]
            if lines and lines[-1] in heads:
                ends.append((k + 1, lines[-1]))
    assert len(doc.pages) > 5 and ends == [], ends


def test_a_profile_written_in_korean_yes_and_no_with_an_impossible_date_unquoted(tmp_path):
    """"tax_arrears: 아니오" is no, "closed: 예" yes (review 64 #8); "founding_date: 2021-02-30" written unquoted is
    that key's problem, named, and the rest of the profile is still read (review 64 #10: the whole profile failed with
    no key named)."""
    from formslim.eligibility import load_profile

    p = tmp_path / "p.yaml"
    p.write_text("company: 가나\nfounding_date: 2021-02-30\ntax_arrears: 아니오\nclosed: 예\nloan_default: No\n"
                 "application_date: 2025-03-10\nemployees: 5\n", encoding="utf-8")
    facts, problems = load_profile(p)
    assert facts["tax_arrears"] is False and facts["closed"] is True and facts["loan_default"] is False, facts
    assert any(x.startswith("founding_date: not a date ('2021-02-30')") for x in problems), problems
    assert not any(x.startswith(("tax_arrears", "closed", "application_date")) for x in problems), problems
    assert str(facts["application_date"]) == "2025-03-10" and facts["employees"] == 5


def test_a_missing_fact_reads_as_missing_in_korean():
    """"회사 정보에 국세·지방세 체납이 없음" read as "no arrears": the Korean says the item is not written (review 64 #7)."""
    from formslim.eligibility import _reason_ko

    said = _reason_ko("the profile does not say tax_arrears")
    assert said == "회사 정보에 '국세·지방세 체납' 항목이 적혀 있지 않음: 적어야 판단할 수 있음", said


def test_a_one_representative_company_is_not_told_to_bring_a_co_representatives_papers():
    """Review 64 #9: ``fill`` marked the co-representative's consent and ID copy not applicable to a company with
    one representative, while ``eligibility --plan`` still listed them: one rule for both commands."""
    from formslim.eligibility import for_company

    sub = {"asked_now": [{"document": "사업계획서"}, {"document": "(해당 시) 공동대표 또는 각자대표 동의서", "case": "해당 시"}],
           "still_to_bring": ["사업계획서", "(해당 시) 공동대표 또는 각자대표 동의서"],
           "only_in_some_cases": {"(해당 시) 공동대표 또는 각자대표 동의서": "해당 시"},
           "fetched_by_agency": [{"document": "공동대표 신분증 사본", "registry": "KR-MOIS-IDCHECK"}],
           "kept_not_filed": [], "pending_approval": []}
    solo = for_company(sub, {"representative_type": "단독"})
    assert [x["document"] for x in solo["asked_now"]] == ["사업계획서"] and solo["still_to_bring"] == ["사업계획서"]
    assert solo["fetched_by_agency"] == [] and solo["only_in_some_cases"] == {}
    assert solo["not_for_this_company"] == ["(해당 시) 공동대표 또는 각자대표 동의서", "공동대표 신분증 사본"]
    assert for_company(sub, {"representative_type": "공동대표"}) == sub and for_company(sub, {}) == sub


def test_replacing_another_packages_report_is_said(tmp_path):
    """Review 63 #11: -o pointed at another package's report folder replaced it without a word. formslim's own
    report is still replaced (a re-run), but another package's is said on stderr; a re-run of the same says nothing."""
    from click.testing import CliRunner

    from formslim.cli import main

    out = tmp_path / "o"
    kr, us = ROOT / "sample_forms" / "kr-sme-support", ROOT / "sample_forms" / "us-small-business-loan"
    assert CliRunner().invoke(main, ["analyze", str(kr), "-o", str(out), "--no-cache"]).exit_code in (0, 4)
    r = CliRunner().invoke(main, ["analyze", str(us), "-o", str(out), "--no-cache"])
    assert r.exit_code in (0, 4) and "held the report of another package (kr-sme-support): replaced" in r.stderr, r.stderr
    r = CliRunner().invoke(main, ["analyze", str(us), "-o", str(out), "--no-cache"])
    assert "another package" not in r.stderr


@needs_corpus
def test_yearly_figures_of_a_change_within_the_range_say_so(tmp_path):
    """Review 63 #3: with 3,000 applicants a year, the brief said the yearly figures show no measured change while
    the summary printed "400 hours saved" with nothing beside it: the summary and the card say it too."""
    from click.testing import CliRunner

    from formslim.cli import main

    m = tmp_path / "m.yaml"
    m.write_text("applicants_per_year: 3000\nhourly_tariff: 30000\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["analyze", str(CORPUS / "kr-kstartup-sandoc"), "-o", str(tmp_path / "o"), "--quiet",
                                  "--manifest", str(m)])
    assert r.exit_code in (0, 4), r.output
    md = (tmp_path / "o" / "report.md").read_text(encoding="utf-8")
    year = [x for x in md.splitlines() if x.startswith("- 연간 절감 시간(")]
    assert year and year[0].endswith("(차이가 추정 오차(±20%) 안: 측정된 변화로 볼 수 없음)"), year
    assert 'id="year-unmeasured">차이가 추정 오차(±20%) 안' in (tmp_path / "o" / "report.html").read_text(encoding="utf-8")


def test_the_burden_by_document_and_the_duplication_heat_map(tmp_path):
    """Issue #12 (charts), review 63 #6: a chart of the minutes per applicant document by document with a total,
    and the duplication as a heat map — each pair of documents with the number of data both ask, shaded."""
    import re

    import formslim
    from formslim.report import redesign

    a = formslim.analyze(ROOT / "sample_forms" / "kr-sme-support")
    formslim.write_report(a, tmp_path / "o")
    html = (tmp_path / "o" / "report.html").read_text(encoding="utf-8")
    rows = redesign.burden_by_document(a)
    assert len(rows) >= 2 and all(x is not None or y is not None for _, x, y in rows)
    chart = html[html.index('aria-label="서류별 소요 시간(분)"'):]
    chart = chart[:chart.index("</svg>")]
    assert ">합계</text>" in chart and f'>{a.burden.minutes("before"):.0f} 분</text>' in chart
    used, matrix_rows, _ = redesign._matrix(a, redesign.protocol_rows(a))
    counts = redesign.pair_counts(used, matrix_rows)
    pair = max((k for k in counts if k[0] != k[1]), key=counts.get)
    assert counts[pair] == sum(1 for _, m in matrix_rows if m[pair[0]] == "●" and m[pair[1]] == "●")
    heat = html[html.index('<table class="heat">'):]
    heat = heat[:heat.index("</table>")]
    cells = re.findall(r"<tr><th[^>]*>\d+</th>(.*?)</tr>", heat)
    assert len(cells) == len(used)
    row = re.findall(r"<td[^>]*>(\d*)</td>", cells[pair[0]])
    assert row[pair[1]] == str(counts[pair]), (pair, row)


def test_a_folder_where_a_file_is_read_and_a_missing_plan_are_said_in_words(tmp_path):
    """Review 64 #11: "eligibility EMPTY/" said "no such file" of a folder that is there; "--plan EMPTY/" showed
    Python's "FileNotFoundError"; "screen EMPTY/" warned about fewer than 3 plans before its error. One Error: line
    each, in words."""
    from click.testing import CliRunner

    from formslim.cli import main

    empty = tmp_path / "empty"
    empty.mkdir()
    r = CliRunner().invoke(main, ["eligibility", str(empty)])
    assert r.exit_code == 3 and r.stderr.strip() == "Error: empty: a folder, not a file: give the file itself", r.stderr
    notice = tmp_path / "notice.docx"
    import docx

    d = docx.Document()
    d.add_paragraph("□ 신청자격: 공고일 기준 창업 3년 이내 기업")
    d.save(notice)
    r = CliRunner().invoke(main, ["eligibility", str(notice), "--plan", str(empty)])
    assert r.exit_code == 1 and "no plan here (give the folder formslim analyze wrote, or its plan.json)" in r.stderr
    assert "FileNotFoundError" not in r.stderr
    r = CliRunner().invoke(main, ["screen", str(empty)])
    assert r.exit_code == 3 and r.stderr.strip().splitlines() == [
        f"Error: {empty}: no document could be read (PDF, DOCX, HWPX, HWP, XLSX): the folder is empty"], r.stderr


def test_an_unnamed_concept_shows_no_internal_id_in_a_report():
    """Review 63 #9: "person.race", "org.uei" in a Korean report's question list and workbook. A concept or a role
    with a name in the report's language shows it; without one, its id's words in English, nothing in Korean."""
    from formslim.report.redesign import shown_id

    names = {"person.ssn": "주민등록번호"}
    assert shown_id("person.ssn", names, "ko") == "주민등록번호"
    assert shown_id("person.middle_initial", names, "ko") == "" and shown_id("", names, "ko") == ""
    assert shown_id("person.middle_initial", {}, "en") == "middle initial"


def test_a_csv_for_excel_and_one_for_a_script(tmp_path):
    """Issue #12, review 63 #14: analyze's CSV files begin with a byte-order mark, or not with --no-csv-bom;
    fields --format csv writes one to a file (-o), none to stdout."""
    from click.testing import CliRunner

    from formslim.cli import main

    pkg = ROOT / "sample_forms" / "us-small-business-loan"
    for flag, bom in (([], True), (["--no-csv-bom"], False)):
        out = tmp_path / ("bom" if bom else "plain")
        r = CliRunner().invoke(main, ["analyze", str(pkg), "-o", str(out), "--quiet", "--no-cache", *flag])
        assert r.exit_code in (0, 4), r.output
        for name in ("fields.csv", "decisions.csv"):
            assert (out / name).read_bytes().startswith(b"\xef\xbb\xbf") is bom, (name, flag)
    r = CliRunner().invoke(main, ["fields", str(pkg), "--format", "csv", "-o", str(tmp_path / "f.csv"), "--no-cache"])
    assert r.exit_code == 0 and (tmp_path / "f.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    r = CliRunner().invoke(main, ["fields", str(pkg), "--format", "csv", "--no-cache"])
    assert r.exit_code == 0 and not r.stdout.startswith("\ufeff") and r.stdout.startswith("file,")


@pytest.mark.parametrize("command", ["fields", "analyze", "screen", "eligibility", "diff"])
def test_a_missing_path_under_format_json_still_prints_json(command, tmp_path):
    """Review 63 #15: a script asking for JSON got nothing on stdout for a path that does not exist. Exit 2 and the
    one Error: line as ever, and formslim.nothing-read/1 on stdout, valid against its schema."""
    import json

    import jsonschema
    from click.testing import CliRunner

    from formslim.cli import main

    missing = tmp_path / "nope"
    args = [command, str(missing)] + ([str(missing)] if command == "diff" else []) + ["--format", "json"]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 2 and r.stderr.strip() == f"Error: {missing}: no such file or folder", r.stderr
    doc = json.loads(r.stdout)
    schema = json.loads((ROOT / "docs" / "schemas" / "nothing-read.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    assert doc["problems"] == [{"file": str(missing), "message": "no such file or folder", "code": "not_found"}]


def test_legal_notes_written_in_english_are_said_in_a_korean_report():
    """A Korean report of a US package gave its legal basis in English, with one word replaced ("guarantees,
    채권자 agreements", review 63 #9): each English note of reduce.plan has its Korean, and a note read again with the
    form's source after it keeps that part."""
    from formslim.reduce.plan import LEGAL
    from formslim.report.i18n import localise

    for country in ("US", "EU"):
        for rule, note in LEGAL[country].items():
            ko = localise("ko", note, {"creditor": "채권자"})
            assert ko != note and "the " not in ko, (country, rule, ko)
    tail = " The form's source, 'x', is a regulation (y)."
    assert localise("ko", LEGAL["US"]["K-STATUTORY"] + tail).endswith(tail)
    assert localise("en", LEGAL["US"]["K-SIGNER"]) == LEGAL["US"]["K-SIGNER"]


def test_a_role_named_in_words_is_named_in_the_report_language():
    """"the standby borrower may be the 신청기업: check it is the same person" (review 63 #9): the reason reads
    whole, each role by its Korean name; every role has one (roles.yaml name_ko or a Korean cue)."""
    from formslim.report.i18n import josa, knowledge_names, localise

    kb = load_knowledge()
    names = knowledge_names("ko", kb)
    line = localise("ko", "the standby borrower may be the applicant: check it is the same person", names)
    assert line == josa(f"{names['standby_borrower']}이(가) {names['applicant']}일 수 있음: 같은 사람인지 확인"), line
    assert "borrower" not in line
    assert [r.id for r in kb.roles.values() if r.id not in names] == []


@needs_corpus
def test_a_us_forms_choice_named_by_its_options_stays_in_the_forms_language(tmp_path):
    """"The owner's 성별 (하나만 표시)" in the Korean report of SBA Form 1919 (review 63 #9): the datum a group of boxes
    asks is named in the language its options are printed in — the label it joins is the form's own."""
    import json

    from formslim.pipeline import analyze
    from formslim.report.redesign import write_report

    a = analyze([CORPUS / "sba-lukacera" / "SBAForm1919.pdf"], lang="ko")
    write_report(a, tmp_path / "out")
    form = json.loads((tmp_path / "out" / "form.json").read_text(encoding="utf-8"))
    labels = [i["label"] for s in form["sections"] for i in s["items"]]
    sex = next(x for x in labels if x.startswith("The owner's "))
    assert sex.startswith("The owner's veteran status (하나만 표시)"), sex
    assert not [x for x in labels if x.startswith("The owner's") and ("성별" in x or "보훈" in x)]
