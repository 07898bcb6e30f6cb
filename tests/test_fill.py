"""formslim fill: the consolidated form pre-filled from a company profile — every value from a source,
checked before it is written, and read back by formslim's own readers as written."""
from __future__ import annotations

import json
import re
import os
import subprocess
import sys

import pytest
import yaml

from formslim import analyze, write_report
from formslim.prefill import brn_valid, check, fill_form, fill_summary, load_form, write_filled, written_values

from formslim.errors import FormslimError

from .conftest import CORPUS, ROOT, SAMPLES

PROFILE = {
    "company": "한빛정밀 주식회사", "founding_date": "2019-03-15", "employees": 23, "size_class": "소기업",
    "facts": {"org.brn": "220-81-62517", "org.address": "경기도 성남시 분당구 판교역로 166",
              "representative person.name": "김한빛", "contact person.email": "not-an-email",
              "application.requested_amount": "50,000,000", "application.support_field": "제조",
              "person.rrn": "800101-1234567", "contact person.phone": "031-123-4567"},
}


@pytest.fixture(scope="module")
def kr_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("kr-report")
    write_report(analyze(SAMPLES / "kr-sme-support"), out)
    return out


@pytest.mark.parametrize("number, valid", [("220-81-62517", True), ("2208162517", True), ("220-81-62518", False),
                                           ("123-45-6789", False), ("abc", False)])
def test_business_registration_check_digit(number, valid):
    assert brn_valid(number) is valid


def test_every_value_has_a_source_and_reads_back(kr_report, tmp_path):
    form = load_form(kr_report)
    filled, done = fill_form(form, PROFILE)
    summary = fill_summary(done)
    assert summary["filled"] >= 8 and summary["flagged"] == 1 and summary["agency"] >= 1
    items = [it for s in filled["sections"] for it in s["items"]]
    valued = [it for it in items if "value" in it]
    assert valued and all(it.get("value_source") for it in valued)  # nothing without a source
    assert not any(it.get("concept") == "person.rrn" and "value" in it for it in items)
    email = next(f for f in done if f.outcome == "flagged")
    assert "e-mail" in email.source and not any(it.get("value") == "not-an-email" for it in items)
    # a question the agency fetches, with no profile value, is marked for the agency and left empty
    agency = [f for f in done if f.outcome == "agency"]
    assert agency and all("KR-" in f.source for f in agency)
    paths = write_filled(filled, tmp_path / "out")
    assert {p.name for p in paths} == {"filled_form.json", "filled_form.docx", "filled_form.hwpx"}
    for path in paths[1:]:
        back = written_values(path)
        for it in valued:
            label = it["label"]
            if it["kind"] in ("radio", "choice"):
                assert any(mark + " " + it["value"] in back[label] for mark in ("☑", "■")), (path.name, label)
            else:
                assert back[label] == it["value"], (path.name, label, back.get(label))


def test_values_that_fail_their_check_are_flagged_not_written(kr_report):
    form = load_form(kr_report)
    bad = {"founding_date": "2019-02-30", "employees": "스물셋",
           "facts": {"org.brn": "220-81-62518", "application.support_field": "농업",
                     "application.requested_amount": "오천만원"}}
    filled, done = fill_form(form, bad)
    flagged = {f.label: f.source for f in done if f.outcome == "flagged"}
    assert len(flagged) == 5, flagged
    assert any("check digit" in why for why in flagged.values())
    assert not any("value" in it for s in filled["sections"] for it in s["items"])


def test_an_english_form_gets_a_docx(tmp_path):
    # (the sample loan package's main form takes nothing from its other documents, so it has no consolidated
    # form to fill — `fill` refuses it, below; SBA Form 1919, which SAM.gov pre-fills, has one)
    out = tmp_path / "us"
    write_report(analyze(SAMPLES / "us-small-business-loan"), out)
    with pytest.raises(FormslimError):
        load_form(out)
    if not (CORPUS / "sba-lukacera").is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    write_report(analyze(CORPUS / "sba-lukacera" / "SBAForm1919.pdf"), out)
    form = load_form(out)
    first = next(it for s in form["sections"] for it in s["items"] if it.get("concept") == "org.name")
    filled, done = fill_form(form, {"company": "Acme Tools LLC"})
    assert [f.value for f in done if f.outcome == "filled"] == ["Acme Tools LLC"]
    paths = write_filled(filled, tmp_path / "filled")
    assert [p.name for p in paths] == ["filled_form.json", "filled_form.docx"]
    assert written_values(paths[1])[first["label"]] == "Acme Tools LLC"
    # an entity type among the choice's options is ticked there, never also written in the "other type" box
    # after it (review 22: "☑ LLC" with "LLC" typed as the other type)
    filled, done = fill_form(form, {"company": "Acme Tools LLC", "entity_type": "LLC"})
    items = {it["label"]: it for s in filled["sections"] for it in s["items"]}
    assert items["The entity type (tick one)"]["value"] == "LLC"
    assert "value" not in items["What other type of entity the applicant business is"]
    # one owner's name is one owner's: "owner person.name" answers the first owner only, the numbered key
    # the owner it numbers (review 23: one name written into all five owner blocks); the filled form is a
    # formslim.form/1 form with values, valid against its schema
    filled, done = fill_form(form, {"company": "Acme Tools LLC", "facts": {
        "owner person.name": "Jane Q. Doe", "owner 2 person.name": "Ravi Shah"}})
    names = {it["index"]: it.get("value") for s in filled["sections"] for it in s["items"]
             if it.get("role") == "owner" and it.get("concept") == "person.name" and it.get("index")}
    assert names == {1: "Jane Q. Doe", 2: "Ravi Shah", 3: None, 4: None, 5: None}
    import jsonschema

    jsonschema.validate(filled, json.loads((ROOT / "docs" / "schemas" / "form.schema.json").read_text(encoding="utf-8")))
    from formslim.prefill import profile_problems

    assert profile_problems({"facts": {"owner 2 person.name": "x", "owner two person.name": "y"}}) == [
        "facts: 'owner two person.name' is not [party [N] ]concept of the knowledge base (a typo?); not used"]


def _cli(*args):
    env = {**os.environ, "FORMSLIM_CACHE": "0"}
    return subprocess.run([sys.executable, "-m", "formslim", "fill", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def test_the_command_line(kr_report, tmp_path):
    profile = tmp_path / "p.yaml"
    profile.write_text(yaml.safe_dump(PROFILE, allow_unicode=True), encoding="utf-8")
    p = _cli(kr_report, "--profile", profile, "-o", tmp_path / "out", "--format", "json")
    assert p.returncode == 1  # one value flagged
    data = json.loads(p.stdout)
    assert data["schema"] == "formslim.fill/1" and data["summary"]["flagged"] == 1
    assert (tmp_path / "out" / "filled_form.hwpx").exists()
    # the text summary is in the form's language (a Korean form's, Korean: review 44 #11)
    text = _cli(kr_report, "--profile", profile).stdout.splitlines()
    assert text[0].startswith("회사 정보로 채움 ") and "검증 실패로 채우지 않음 1개" in text[0], text
    assert any(x.startswith("검증 실패") for x in text[1:])
    empty = tmp_path / "no-report"
    empty.mkdir()
    p = _cli(empty, "--profile", profile)
    assert p.returncode == 1 and "no form.json" in p.stderr and p.stderr.count("\n") == 1
    assert _cli(tmp_path / "missing", "--profile", profile).returncode == 2
    # a folder holding the user's own files is not written into (applicant tools review 39 #9): one line, exit 1,
    # the files untouched; the folder of an earlier fill is
    theirs = tmp_path / "plans"
    theirs.mkdir()
    (theirs / "plan_a.docx").write_bytes(b"mine")
    p = _cli(kr_report, "--profile", profile, "-o", theirs)
    assert p.returncode == 1 and "folder holds other files (plan_a.docx)" in p.stderr
    assert sorted(x.name for x in theirs.iterdir()) == ["plan_a.docx"]
    assert _cli(kr_report, "--profile", profile, "-o", tmp_path / "out").returncode == 1  # (flagged, written again)
    assert (tmp_path / "out" / ".formslim-fill").exists()


def test_what_a_careful_reviewer_tried(kr_report):
    """A negative capital, a phone with too many digits, a corporate number with a wrong check digit are
    flagged; a person's datum that does not say whose, and a misspelt key, are reported and not used."""
    from formslim.prefill import crn_valid, profile_problems

    # 1·1 + 1·2 + 0·1 + 1·2 + 1·1 + 1·2 + 1·1 + 2·2 + 3·1 + 4·2 + 5·1 + 6·2 = 41 → check digit 9
    assert crn_valid("110111-1234569") and not crn_valid("110111-1234568")
    assert not crn_valid("110111-123456")  # twelve digits
    form = load_form(kr_report)
    profile = {"facts": {"org.capital": "-100", "contact person.phone": "010-1234-56789",
                         "org.crn": "110111-0000000", "person.phone": "02-555-5555", "org.brnn": "220-81-62517"}}
    filled, done = fill_form(form, profile)
    flagged = {f.label: f.source for f in done if f.outcome == "flagged"}
    assert any("negative" in why for why in flagged.values())
    assert any("telephone" in why for why in flagged.values())
    items = [it for s in filled["sections"] for it in s["items"]]
    assert not any(it.get("value") == "02-555-5555" for it in items)  # whose phone? not used
    problems = profile_problems(profile)
    assert any("org.brnn" in p for p in problems) and any("does not say whose" in p for p in problems)


def test_what_the_profile_gives_and_no_question_asks_is_said(kr_report):
    """Applicant tools review 39 #8: on a plan whose consolidated form asks no company data, fill said "0 filled"
    and nothing of the profile's company name, registration number or representative: each value no question
    asked is listed as not used (text and JSON, and filled_form.json)."""
    from formslim.prefill import unused_facts

    form = load_form(kr_report)
    profile = {"company": "주식회사 예시", "size_class": "소기업", "facts": {"org.brn": "220-81-62517",
                                                                     "owner 3 person.hobby": "x"}}
    filled, done = fill_form(form, profile)
    used = {f.key for f in done if f.key}
    unused = unused_facts(profile, done)
    assert filled["unused"] == unused
    assert all(k not in used for k in unused) and "facts: owner 3 person.hobby" in unused
    assert ("company" in used) != ("company" in unused)


def test_every_profile_value_is_checked_whether_or_not_the_form_asks_it(kr_report, tmp_path):
    """Review 58 #7: a business registration number whose check digit fails, "employees: twelve" and an
    impossible date passed with exit 0 when the form did not ask them; and the profile eligibility reads
    (revenue by year) was refused by fill. Every value is checked when the profile is read, a wrong one is
    flagged (exit 1), a figure by year gives the year's, and the Korean lines say it in Korean."""
    good = {"company": "주식회사 한빛랩스", "founding_date": "2021-01-11", "employees": 12,
            "revenue_krw": {2023: 900_000_000, 2024: 1_800_000_000}, "industry_ksic": "62010",
            "facts": {"org.brn": "220-81-62517"}}
    path = tmp_path / "good.yaml"
    path.write_text(yaml.safe_dump(good, allow_unicode=True), encoding="utf-8")
    ok = _cli(kr_report, "--profile", path)
    assert ok.returncode == 0, ok.stderr
    assert "1,800,000,000" in ok.stdout and "revenue_krw (2024)" in ok.stdout
    assert not re.search(r"\b(?:from the profile|the agency|not a)\b|KR-[A-Z]", ok.stdout), ok.stdout
    bad = {**good, "employees": "twelve", "application_date": "2025-02-30", "facts": {"org.brn": "220-81-62518"}}
    bad_path = tmp_path / "bad.yaml"
    bad_path.write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    p = _cli(kr_report, "--profile", bad_path, "--format", "json")
    assert p.returncode == 1
    flagged = {x["label"]: x["source"] for x in json.loads(p.stdout)["items"] if x["outcome"] == "flagged"}
    assert any("check digit" in v for v in flagged.values()) and any("twelve" in v for v in flagged.values())
    # application_date: no question of this form asks it, and it is still checked
    assert "application_date" in flagged and "no question here asks it" in flagged["application_date"]


def test_a_case_the_profile_rules_out_is_not_left_to_the_applicant():
    """Review 58 #7: a one-representative company was left a co-representative's consent and ID copy to provide
    (the K-Startup plan's attachments). With ``representative_type: 단독`` those "(해당 시)" items are "not for this
    company"; without it, or with a joint representation, they stay."""
    form = {"schema": "formslim.form/1", "language": "ko", "sections": [{"id": "attachments", "items": [
        {"id": "a1", "label": "(해당 시) 공동대표 또는 각자대표 동의서", "kind": "file", "condition": "해당 시"},
        {"id": "a2", "label": "공동대표 신분증 사본", "kind": "file", "role": "co_representative"},
        {"id": "a3", "label": "창업도약패키지 사업계획서 (일반형)", "kind": "file"}]}]}
    _, done = fill_form(form, {**PROFILE, "representative_type": "단독"})
    assert {f.item: f.outcome for f in done if not f.item.startswith("profile:")} == {
        "a1": "not_applicable", "a2": "not_applicable", "a3": "blank"}
    assert fill_summary(done)["not_applicable"] == 2
    for other in (PROFILE, {**PROFILE, "representative_type": "공동대표"}):
        _, done = fill_form(form, other)
        assert not any(f.outcome == "not_applicable" for f in done)


def test_what_the_plan_adds_to_another_persons_document_is_filled_from_that_persons_keys():
    """Review 64 #3: the co-representative's consent, amended with the ID check's data, was left out of fill — its
    passport data "not asked by this form", its choice and items with no outcome. They are filled from the
    profile's keys for that party, its choice left to that person; a one-representative company has none of it."""
    form = {"schema": "formslim.form/1", "language": "ko", "sections": [], "amendments": [{
        "title": "(해당 시) 공동대표 또는 각자대표 동의서", "signer": "공동대표", "document": "b.hwp#part5",
        "choice": {"kind": "radio", "label": "진위확인할 신분증 (택 1)", "options": ["운전면허증", "여권"]},
        "items": [{"id": "registry_key:KR-MOFA-PASSCHECK:person.passport_no:co_representative", "concept": "person.passport_no",
                   "kind": "text", "label": "여권번호"},
                  {"id": "registry_key:KR-MOFA-PASSCHECK:person.passport_expiry:co_representative",
                   "concept": "person.passport_expiry", "kind": "date", "label": "여권 유효기간"},
                  {"id": "registry_key:KR-KNPA-DLCHECK:person.driver_license_no:co_representative",
                   "concept": "person.driver_license_no", "kind": "text", "label": "운전면허번호"}]}]}
    facts = {"co_representative person.passport_no": "M12345678", "co_representative person.passport_expiry": "2031-06-31"}
    out, done = fill_form(form, {**PROFILE, "representative_type": "공동대표", "facts": facts})
    by = {f.label: f for f in done if not f.item.startswith("profile:")}
    assert by["여권번호"].outcome == "filled" and out["amendments"][0]["items"][0]["value"] == "M12345678"
    # (an impossible expiry is flagged, not written: a passport's expiry is a date — review 64 #4)
    assert by["여권 유효기간"].outcome == "flagged" and "value" not in out["amendments"][0]["items"][1]
    assert by["운전면허번호"].outcome == "blank" and by["진위확인할 신분증 (택 1)"].outcome == "blank"
    _, done = fill_form(form, {**PROFILE, "representative_type": "단독"})
    assert {f.outcome for f in done if not f.item.startswith("profile:")} == {"not_applicable"}


def test_a_birth_date_in_the_future_is_flagged(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    assert check({"kind": "date", "concept": "person.birth_date"}, "2100-01-01")[0] is None
    assert check({"kind": "date", "concept": "person.birth_date"}, "1990-01-01")[0] == "1990-01-01"
    assert check({"concept": "person.passport_expiry"}, "2019-02-30")[0] is None
