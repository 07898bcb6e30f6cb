"""formslim's JSON outputs validate against their schemas in docs/schemas/ (JSON Schema draft 2020-12).

Each command runs as a script runs it (``python -m formslim``, no document cache) on both sample packages,
on a package with unreadable files and no manifest, and on folders where nothing can be read; ``compare``
and ``batch`` also on two form versions and the whole list of ../shared/corpus when it is there; every
output is validated against its schema. An output that no longer validates fails here: change the code back, or
change the schema by the rule in docs/schemas/README.md (a breaking change bumps the version).
"""
from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from .conftest import CORPUS, ROOT, SAMPLES, needs_corpus

SCHEMAS = ROOT / "docs" / "schemas"
NAMES = ("fields", "match", "graph", "plan", "form", "diff", "compare", "catalogue", "screen", "eligibility", "fill",
         "eval-pairs")
#: outputs whose "schema" value the code writes with a hyphen (formslim-compare/1), not a dot (formslim.plan/1)
HYPHENATED = ("compare", "catalogue")
ID_BASE = "https://formslim.example/schemas/"
KR, US = "kr-sme-support", "us-small-business-loan"
PACKAGES = (KR, US)
PROCUREMENT = CORPUS / "kr-procurement-rfastball"
#: two versions of one corpus form each: compare run name → (OLD, NEW)
CORPUS_PAIRS = {"compare corpus form_purchase": ("form_purchase_v1.hwpx", "form_purchase_v2.hwpx"),
                "compare corpus spec_revision": ("spec_revision_2025.hwpx", "spec_revision_2026.hwpx")}


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def _registry() -> Registry:
    """Every schema of docs/schemas under its $id: compare.schema.json refers to diff.schema.json by it."""
    return Registry().with_resources((schema(n)["$id"], Resource.from_contents(schema(n))) for n in NAMES)


def validator(name: str) -> Draft202012Validator:
    # formats are not checked; a $ref to another schema resolves locally, never over the network
    return Draft202012Validator(schema(name), format_checker=None, registry=_registry())


def errors(name: str, doc) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:300]}"
            for e in sorted(validator(name).iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))]


# ------------------------------------------------------------------ running the commands

def _jobs(tmp: Path) -> dict[str, tuple[list[str], set[int]]]:
    """Every run: its arguments and the exit codes it may end with."""
    empty = tmp / "empty"
    empty.mkdir()
    unreadable = tmp / "unreadable"
    unreadable.mkdir()
    (unreadable / "blank.pdf").write_bytes(b"")
    # a package without its manifest (no applicants per year: the yearly figures are null), with two files
    # that cannot be read (problems in plan.json)
    partial = tmp / "partial"
    shutil.copytree(SAMPLES / US, partial, ignore=shutil.ignore_patterns("formslim.yaml"))
    (partial / "blank.pdf").write_bytes(b"")
    (partial / "broken.docx").write_bytes(b"not a docx")
    # a manifest that keeps a document, lists attachments, makes a registry unavailable and splits two fields:
    # blockers, override decisions and attachment documents in plan.json
    manifest = tmp / "manifest.yaml"
    manifest.write_text("version: 1\nprogramme: Test\ncountry: KR\nattachments:\n  - name: 법인 인감증명서\n"
                        "    kind: certificate\n  - name: 주주명부\noverrides:\n  keep: [04_청렴서약서.pdf, 10_참여인력_현황.hwpx]\n"
                        "  unavailable_registries: [KR-NTS-BIZREG]\n  never_merge:\n"
                        "    - [\"01_지원사업_신청서.docx: 기업명\", \"04_청렴서약서.pdf: 상호\"]\n", encoding="utf-8")
    jobs = {}
    for p in PACKAGES:
        pkg = str(SAMPLES / p)
        jobs[f"fields {p}"] = (["fields", pkg, "--format", "json"], {0})
        jobs[f"match {p}"] = (["match", pkg, "--format", "json"], {0})
        jobs[f"graph {p}"] = (["graph", pkg, "--format", "json"], {0})
        jobs[f"analyze {p}"] = (["analyze", pkg, "-o", str(tmp / f"report-{p}"), "--format", "json"], {0, 4})
        jobs[f"diff {p} {p}"] = (["diff", pkg, pkg, "--format", "json"], {0})
    jobs[f"diff {KR} {US}"] = (["diff", str(SAMPLES / KR), str(SAMPLES / US), "--format", "json"], {0})
    jobs["analyze partial"] = (["analyze", str(partial), "-o", str(tmp / "report-partial"), "--format", "json",
                                "--lang", "ko"], {1})
    jobs["analyze manifest"] = (["analyze", str(SAMPLES / KR), "--manifest", str(manifest), "-o",
                                 str(tmp / "report-manifest"), "--format", "json"], {0, 4})
    jobs["match partial --no-review"] = (["match", str(partial), "--format", "json", "--no-review"], {1})
    for where, folder in (("empty", empty), ("unreadable", unreadable)):
        jobs[f"fields {where}"] = (["fields", str(folder), "--format", "json"], {3})
        jobs[f"match {where}"] = (["match", str(folder), "--format", "json"], {3})
    jobs["graph empty"] = (["graph", str(empty), "--format", "json"], {3})
    jobs["diff empty"] = (["diff", str(empty), str(SAMPLES / US), "--format", "json"], {3})
    jobs["analyze empty"] = (["analyze", str(empty), "-o", str(tmp / "report-empty"), "--format", "json"], {3})
    jobs["graph unreadable"] = (["graph", str(unreadable), "--format", "json"], {3})
    jobs["diff unreadable"] = (["diff", str(SAMPLES / US), str(unreadable), "--format", "json"], {3})
    jobs["compare empty"] = (["compare", str(SAMPLES / US), str(empty), "--format", "json"], {3})
    jobs["batch empty"] = (["batch", str(empty), "-o", str(tmp / "batch-empty"), "--format", "json"], {3})
    # compare: a package with itself, the two samples, one document with another (the one document left on each
    # side pairs: a changed document), a package with an unreadable file (exit 1, still printed)
    jobs[f"compare {KR} {KR}"] = (["compare", str(SAMPLES / KR), str(SAMPLES / KR), "--format", "json"], {0})
    jobs[f"compare {KR} {US}"] = (["compare", str(SAMPLES / KR), str(SAMPLES / US), "--format", "json"], {0})
    jobs["compare documents"] = (["compare", str(SAMPLES / US / "tax_transcript_consent.pdf"),
                                  str(SAMPLES / US / "personal_financial_statement.pdf"), "--format", "json"], {0})
    jobs["compare partial"] = (["compare", str(partial), str(SAMPLES / US), "--format", "json"], {1})
    # batch: both samples; a folder of three packages — one that reads, one holding only a damaged PDF (empty),
    # one whose manifest cannot be read (failed)
    mixed = tmp / "mixed"
    (mixed / "broken").mkdir(parents=True)
    (mixed / "broken" / "damaged.pdf").write_bytes(b"%PDF-1.7\n" + bytes(64))
    shutil.copytree(SAMPLES / US, mixed / "good")
    (mixed / "bad-manifest").mkdir()
    shutil.copy(SAMPLES / US / "background_statement.docx", mixed / "bad-manifest")
    (mixed / "bad-manifest" / "formslim.yaml").write_text("version: 1\nprogramme: [unclosed\n", encoding="utf-8")
    jobs["batch samples"] = (["batch", str(SAMPLES), "-o", str(tmp / "batch-samples"), "--format", "json"], {0})
    jobs["batch mixed"] = (["batch", str(mixed), "-o", str(tmp / "batch-mixed"), "--format", "json", "--jobs", "1"],
                           {1})
    # screen: generated plans (three brokers among independents) with a damaged file among them; nothing
    from .plan_maker import make_batch

    plans = tmp / "plans"
    make_batch(plans, independents=6, brokers=(3, 2), seed=3)
    (plans / "damaged.docx").write_bytes(b"not a docx")
    jobs["screen plans"] = (["screen", str(plans), "--template", str(plans / "template.docx"), "-o",
                             str(tmp / "screen-out"), "--format", "json"], {1})
    jobs["screen empty"] = (["screen", str(empty), "--format", "json"], {3})
    from .notice_maker import write_notice

    notice = tmp / "notice.docx"
    write_notice(notice, youth=39, extra_exclusions=("주관기관의 임직원인 자",))
    profile = tmp / "profile.yaml"
    profile.write_text("founding_date: 2022-01-10\nsize_class: 소기업\ntax_arrears: false\n", encoding="utf-8")
    jobs["eligibility notice"] = (["eligibility", str(notice), "--profile", str(profile), "--format", "json"], {0})
    jobs["eligibility notice no profile"] = (["eligibility", str(notice), "--format", "json"], {0})
    # fill: the Korean sample's report (written by the analyze job above, so made here first) and a profile
    # with one value that fails its check
    from formslim import analyze as _analyze, write_report as _write_report

    _write_report(_analyze(SAMPLES / KR), tmp / "fill-report")
    fill_profile = tmp / "fill-profile.yaml"
    fill_profile.write_text("company: 한빛정밀\nfounding_date: 2019-03-15\nfacts:\n  org.brn: 220-81-62517\n"
                            "  contact person.email: nope\n", encoding="utf-8")
    jobs["fill kr"] = (["fill", str(tmp / "fill-report"), "--profile", str(fill_profile), "--format", "json"], {1})
    # eval-pairs: the project's own label pairs, with the pairs it decides wrongly (review 63 #15: no schema)
    jobs["eval-pairs"] = (["eval-pairs", str(ROOT / "eval" / "label_pairs.csv"), "--format", "json", "--errors"], {0})
    if CORPUS.is_dir():
        for name, (old, new) in CORPUS_PAIRS.items():
            jobs[name] = (["compare", str(PROCUREMENT / old), str(PROCUREMENT / new), "--format", "json"], {0})
        # the list names the golden JSON files too, which formslim cannot read: exit 1
        corpus_batch = (["batch", str(CORPUS / "PACKAGES.tsv"), "-o", str(tmp / "batch-corpus"), "--jobs", "2",
                         "--format", "json"], {1})
        jobs["eligibility corpus"] = (["eligibility", str(CORPUS / "kr-kstartup-sandoc" / "공고문_창업도약패키지_2025.pdf"),
                                       "--profile", str(profile), "--format", "json"], {0})
        jobs = {"batch corpus": corpus_batch, **jobs}  # the longest run first
    return jobs


def _run(args: list[str]) -> subprocess.CompletedProcess:
    env = {**os.environ, "FORMSLIM_CACHE": "0"}
    return subprocess.run([sys.executable, "-m", "formslim", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict:
    """Every command run once (two at a time), with its report folder: name → (process, allowed exit codes, tmp)."""
    tmp = tmp_path_factory.mktemp("schemas")
    jobs = _jobs(tmp)
    with ThreadPoolExecutor(max_workers=2) as pool:
        done = dict(zip(jobs, pool.map(_run, [args for args, _ in jobs.values()])))
    return {name: (done[name], codes, tmp) for name, (_, codes) in jobs.items()}


def _proc(runs: dict, name: str) -> subprocess.CompletedProcess:
    proc, codes, _ = runs[name]
    assert proc.returncode in codes, f"{name}: exit {proc.returncode} (expected {sorted(codes)})\n{proc.stderr[-3000:]}"
    return proc


def _stdout_json(runs: dict, name: str):
    out = _proc(runs, name).stdout
    assert out.strip(), f"{name}: printed no JSON"
    return json.loads(out)


def _file_json(runs: dict, name: str, report: str, file: str):
    _proc(runs, name)
    return json.loads((runs[name][2] / report / file).read_text(encoding="utf-8"))


def _corpus_run(runs: dict, name: str) -> str:
    if name not in runs:  # not run: ../shared/corpus is absent
        pytest.skip("../shared/corpus is absent")
    return name


def _marked(outputs: list) -> list:
    """The outputs as parameters; those made from the corpus skip when it is absent."""
    return [pytest.param(*o, id=o[0], marks=needs_corpus) if "corpus" in o[0] else pytest.param(*o, id=o[0])
            for o in outputs]


#: every output that must be JSON: (id, schema, how to get it)
OUTPUTS = []
for _p in PACKAGES:
    OUTPUTS += [
        (f"fields {_p}", "fields", lambda r, p=_p: _stdout_json(r, f"fields {p}")),
        (f"match {_p}", "match", lambda r, p=_p: _stdout_json(r, f"match {p}")),
        (f"graph {_p}", "graph", lambda r, p=_p: _stdout_json(r, f"graph {p}")),
        (f"analyze {_p} stdout", "plan", lambda r, p=_p: _stdout_json(r, f"analyze {p}")),
        (f"analyze {_p} plan.json", "plan", lambda r, p=_p: _file_json(r, f"analyze {p}", f"report-{p}", "plan.json")),
        (f"analyze {_p} form.json", "form", lambda r, p=_p: _file_json(r, f"analyze {p}", f"report-{p}", "form.json")),
        (f"diff {_p} {_p}", "diff", lambda r, p=_p: _stdout_json(r, f"diff {p} {p}")),
    ]
OUTPUTS += [
    (f"diff {KR} {US}", "diff", lambda r: _stdout_json(r, f"diff {KR} {US}")),
    ("analyze partial stdout", "plan", lambda r: _stdout_json(r, "analyze partial")),
    ("analyze partial form.json", "form", lambda r: _file_json(r, "analyze partial", "report-partial", "form.json")),
    ("analyze manifest stdout", "plan", lambda r: _stdout_json(r, "analyze manifest")),
    ("analyze manifest form.json", "form", lambda r: _file_json(r, "analyze manifest", "report-manifest", "form.json")),
    ("match partial --no-review", "match", lambda r: _stdout_json(r, "match partial --no-review")),
    ("fields empty", "fields", lambda r: _stdout_json(r, "fields empty")),
    ("match empty", "match", lambda r: _stdout_json(r, "match empty")),
    ("fields unreadable", "fields", lambda r: _stdout_json(r, "fields unreadable")),
    ("match unreadable", "match", lambda r: _stdout_json(r, "match unreadable")),
    (f"compare {KR} {KR}", "compare", lambda r: _stdout_json(r, f"compare {KR} {KR}")),
    (f"compare {KR} {US}", "compare", lambda r: _stdout_json(r, f"compare {KR} {US}")),
    ("compare documents", "compare", lambda r: _stdout_json(r, "compare documents")),
    ("compare partial", "compare", lambda r: _stdout_json(r, "compare partial")),
    *[(name, "compare", lambda r, n=name: _stdout_json(r, _corpus_run(r, n))) for name in CORPUS_PAIRS],
    ("screen plans stdout", "screen", lambda r: _stdout_json(r, "screen plans")),
    ("screen plans screen.json", "screen", lambda r: _file_json(r, "screen plans", "screen-out", "screen.json")),
    ("screen empty", "screen", lambda r: _stdout_json(r, "screen empty")),
    ("eligibility notice", "eligibility", lambda r: _stdout_json(r, "eligibility notice")),
    ("fill kr", "fill", lambda r: _stdout_json(r, "fill kr")),
    ("eval-pairs", "eval-pairs", lambda r: _stdout_json(r, "eval-pairs")),
    ("eligibility notice no profile", "eligibility", lambda r: _stdout_json(r, "eligibility notice no profile")),
    ("eligibility corpus", "eligibility", lambda r: _stdout_json(r, _corpus_run(r, "eligibility corpus"))),
    ("batch samples stdout", "catalogue", lambda r: _stdout_json(r, "batch samples")),
    ("batch samples catalogue.json", "catalogue",
     lambda r: _file_json(r, "batch samples", "batch-samples", "catalogue.json")),
    ("batch mixed stdout", "catalogue", lambda r: _stdout_json(r, "batch mixed")),
    ("batch mixed catalogue.json", "catalogue",
     lambda r: _file_json(r, "batch mixed", "batch-mixed", "catalogue.json")),
    ("batch corpus stdout", "catalogue", lambda r: _stdout_json(r, _corpus_run(r, "batch corpus"))),
    ("batch corpus catalogue.json", "catalogue",
     lambda r: _file_json(r, _corpus_run(r, "batch corpus"), "batch-corpus", "catalogue.json")),
]


@pytest.mark.parametrize("name,schema_name,get", _marked(OUTPUTS))
def test_output_validates(runs, name, schema_name, get):
    found = errors(schema_name, get(runs))
    assert not found, f"{name} does not validate against {schema_name}.schema.json:\n" + "\n".join(found[:20])


@pytest.mark.parametrize("name,code", [("graph empty", "empty"), ("graph unreadable", "empty"),
                                       ("diff empty", "empty"), ("diff unreadable", "empty"),
                                       ("compare empty", "empty"), ("batch empty", "empty"),
                                       ("analyze empty", "empty")])
def test_nothing_read_prints_json(runs, name, code):
    """Every command asked for JSON prints JSON when nothing could be read (exit 3): formslim.nothing-read/1,
    the side that could not be read and why — not an empty stdout a script cannot parse."""
    doc = json.loads(_proc(runs, name).stdout)
    found = errors("nothing-read", doc)
    assert not found, f"{name}:\n" + "\n".join(found[:20])
    assert [p["code"] for p in doc["problems"]] == [code]


def test_what_the_edge_cases_exercise(runs):
    """The extra runs reach the branches the samples do not: problems, null yearly figures, no review links."""
    assert [p["code"] for p in _stdout_json(runs, "fields unreadable")["problems"]] == ["empty"]
    assert [p["code"] for p in _stdout_json(runs, "fields empty")["problems"]] == ["empty"]
    plan = _stdout_json(runs, "analyze partial")
    assert {p["code"] for p in plan["problems"]} == {"empty", "corrupt"}
    assert plan["summary"]["hours_per_year_saved"] is None and plan["burden"]["before"]["hours_per_year"] is None
    assert _stdout_json(runs, "match partial --no-review")["review_queue"] == []
    plan = _stdout_json(runs, "analyze manifest")
    assert {"O-KEEP", "B-NO-REGISTRY"} <= {b["rule"] for b in plan["blockers"]}
    assert sum(d["attachment"] for d in plan["documents"]) == 2 and plan["overrides_applied"]
    for p in PACKAGES:
        assert _stdout_json(runs, f"analyze {p}") == _file_json(runs, f"analyze {p}", f"report-{p}", "plan.json")


def test_what_compare_and_batch_exercise(runs):
    """compare's questions are diff's JSON; the batches reach an empty and a failed package and print the
    catalogue they write."""
    for old, new in ((KR, KR), (KR, US)):
        assert _stdout_json(runs, f"compare {old} {new}")["questions"] == _stdout_json(runs, f"diff {old} {new}")
    assert _stdout_json(runs, f"compare {KR} {KR}")["identical"] is True
    assert isinstance(_stdout_json(runs, f"compare {KR} {US}")["moved"], list)  # empty: no document of KR has a successor in US
    assert _stdout_json(runs, "compare documents")["documents"]["changed"]
    assert {p["code"] for p in _stdout_json(runs, "compare partial")["a"]["problems"]} == {"empty", "corrupt"}
    mixed = _stdout_json(runs, "batch mixed")
    assert (mixed["packages"], mixed["analysed"]) == (3, 1)
    assert [f["name"] for f in mixed["failed"]] == ["bad-manifest"]
    assert [e["name"] for e in mixed["empty"]] == ["broken"] and mixed["empty"][0]["problems"]
    assert _stdout_json(runs, "batch samples")["data_across_programmes"]
    for run, out in (("batch samples", "batch-samples"), ("batch mixed", "batch-mixed")):
        assert _stdout_json(runs, run) == _file_json(runs, run, out, "catalogue.json")


@needs_corpus
def test_what_the_corpus_runs_exercise(runs):
    cat = _stdout_json(runs, _corpus_run(runs, "batch corpus"))
    assert cat == _file_json(runs, "batch corpus", "batch-corpus", "catalogue.json")
    assert cat["analysed"] and any(".json" in p["problem"] for p in cat["problems"])
    for name in CORPUS_PAIRS:
        assert _stdout_json(runs, name)["identical"] is False


# ------------------------------------------------------------------ the schemas themselves

@pytest.mark.parametrize("name", NAMES)
def test_schema_is_valid_and_versioned(name):
    s = schema(name)
    Draft202012Validator.check_schema(s)
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s["title"].strip() and "formslim " in s["description"]
    version = s["properties"]["schema"]["const"]
    # compare and catalogue write formslim-NAME/N (a hyphen): accepted for them, as the code writes it
    m = re.fullmatch(rf"formslim{'[.-]' if name in HYPHENATED else '[.]'}{name}/(\d+)", version)
    assert m, f"{name}: the 'schema' key must be pinned to formslim.{name}/N, not {version!r}"
    n = int(m.group(1))
    # the rule in docs/schemas/README.md: version 1 is …/NAME.schema.json, version N > 1 …/vN/NAME.schema.json
    assert s["$id"] == (f"{ID_BASE}{name}.schema.json" if n == 1 else f"{ID_BASE}v{n}/{name}.schema.json")
    assert f"{name}.schema.json" in (SCHEMAS / "README.md").read_text(encoding="utf-8")


def test_hyphenated_versions_are_what_the_code_writes():
    from formslim.batching import CATALOGUE_SCHEMA
    from formslim.comparison import COMPARE_SCHEMA

    assert schema("compare")["properties"]["schema"]["const"] == COMPARE_SCHEMA
    assert schema("catalogue")["properties"]["schema"]["const"] == CATALOGUE_SCHEMA


def test_compare_refers_to_the_diff_schema():
    """compare's questions are diff's output: the schema refers to diff.schema.json rather than copying it."""
    assert schema("compare")["properties"]["questions"]["$ref"] == schema("diff")["$id"]


def test_vocabularies_match_the_code():
    """The enums of the schemas are the code's closed vocabularies: a kind added in the code fails here."""
    from formslim.model import FIELD_KINDS
    from formslim.parse import SUPPORTED
    from formslim.parse.classify import KINDS
    from formslim.reduce.burden import ACTIVITIES
    from formslim.report.reduced_form import SECTION_TITLES

    fields, plan, form, graph = schema("fields"), schema("plan"), schema("form"), schema("graph")
    assert fields["$defs"]["field_kind"]["enum"] == list(FIELD_KINDS)
    assert set(form["$defs"]["item"]["properties"]["kind"]["enum"]) == set(FIELD_KINDS) | {"file", "statement"}
    assert fields["$defs"]["document"]["properties"]["kind"]["enum"] == list(KINDS)
    assert graph["$defs"]["document_node"]["properties"]["kind"]["enum"] == list(KINDS)
    assert set(fields["$defs"]["document"]["properties"]["format"]["enum"]) == set(SUPPORTED)
    assert list(plan["$defs"]["burden_side"]["properties"]["minutes_by_activity"]["properties"]) == list(ACTIVITIES)
    assert form["$defs"]["section"]["properties"]["id"]["enum"] == list(SECTION_TITLES["en"])


# ------------------------------------------------------------------ the schemas catch a broken output

def _first(items, **match):
    return next(x for x in items if all(x.get(k) == v for k, v in match.items()))


BREAKS = [  # (source output, schema, what is broken, the change)
    (f"fields {KR}", "fields", "required top-level key removed", lambda d: d.pop("fields")),
    (f"fields {KR}", "fields", "required field key removed", lambda d: d["fields"][0].pop("kind")),
    (f"fields {KR}", "fields", "unknown field kind", lambda d: d["fields"][0].update(kind="banana")),
    (f"fields {KR}", "fields", "repeats as a string", lambda d: d["fields"][0].update(repeats="1")),
    (f"fields {US}", "fields", "extra key in a document", lambda d: d["documents"][0].update(extra=1)),
    ("fields unreadable", "fields", "problem without its code", lambda d: d["problems"][0].pop("code")),
    (f"match {KR}", "match", "required key removed", lambda d: d.pop("readings")),
    (f"match {KR}", "match", "group without members", lambda d: d["groups"][0].pop("members")),
    (f"match {KR}", "match", "unknown link status", lambda d: d["links"][0].update(status="maybe")),
    (f"match {US}", "match", "reading without role",
     lambda d: d["readings"][next(iter(d["readings"]))].pop("role")),
    (f"graph {KR}", "graph", "required key removed", lambda d: d.pop("edges")),
    (f"graph {KR}", "graph", "same_as edge without score",
     lambda d: _first(d["edges"], relation="same_as").pop("score")),
    (f"graph {US}", "graph", "field node kind as a number", lambda d: _first(d["nodes"], type="field").update(kind=3)),
    (f"graph {US}", "graph", "unknown relation", lambda d: d["edges"][0].update(relation="likes")),
    (f"analyze {KR} stdout", "plan", "required key removed", lambda d: d.pop("summary")),
    (f"analyze {KR} stdout", "plan", "summary without target_met", lambda d: d["summary"].pop("target_met")),
    (f"analyze {KR} stdout", "plan", "another schema version", lambda d: d.update(schema="formslim.plan/2")),
    (f"analyze {US} stdout", "plan", "unknown document decision", lambda d: d["documents"][0].update(decision="shred")),
    (f"analyze {US} stdout", "plan", "activity missing",
     lambda d: d["burden"]["before"]["minutes_by_activity"].pop("filling")),
    ("analyze manifest stdout", "plan", "blocker without unblock", lambda d: d["blockers"][0].pop("unblock")),
    (f"analyze {KR} form.json", "form", "item without source", lambda d: d["sections"][0]["items"][0].pop("source")),
    (f"analyze {KR} form.json", "form", "no sections", lambda d: d.update(sections=[])),
    (f"analyze {KR} form.json", "form", "pre-filled item without registry",
     lambda d: _first([i for s in d["sections"] for i in s["items"]], source="prefill").update(registry=None)),
    (f"diff {KR} {US}", "diff", "summary without added", lambda d: d["summary"].pop("added")),
    (f"diff {KR} {US}", "diff", "unknown pairing", lambda d: d["pairs"][0].update(how="similar")),
    (f"diff {KR} {US}", "diff", "removed field named as new", lambda d: d["removed"][0].update(
        id="B:" + d["removed"][0]["id"][2:])),
    (f"compare {KR} {US}", "compare", "required key removed", lambda d: d.pop("moved")),
    (f"compare {KR} {US}", "compare", "side without problems", lambda d: d["a"].pop("problems")),
    (f"compare {KR} {US}", "compare", "question count as a string", lambda d: d["b"].update(questions="61")),
    (f"compare {KR} {US}", "compare", "identical as a string", lambda d: d.update(identical="no")),
    (f"compare {KR} {US}", "compare", "internal paired map in documents",
     lambda d: d["documents"].update(paired={})),
    ("compare documents", "compare", "extra key in a changed document",
     lambda d: d["documents"]["changed"][0].update(kind="form")),
    ("compare documents", "compare", "changed document without its changes",
     lambda d: d["documents"]["changed"][0].pop("changes")),
    (f"compare {KR} {US}", "compare", "removed document with a key in B",
     lambda d: d["documents"]["removed"][0].update(b=d["documents"]["removed"][0]["a"])),
    (f"compare {KR} {US}", "compare", "moved question without its side",
     lambda d: d["moved"].append({"old": "kr.docx#001", "new": "B:us.pdf#001", "from": "kr.docx", "to": "us.pdf"})),
    (f"compare {KR} {US}", "compare", "questions without their summary", lambda d: d["questions"].pop("summary")),
    (f"compare {KR} {US}", "compare", "unknown pairing in questions",
     lambda d: d["questions"]["pairs"][0].update(how="similar")),
    (f"compare {KR} {KR}", "compare", "the dotted schema name", lambda d: d.update(schema="formslim.compare/1")),
    ("compare partial", "compare", "unknown problem code", lambda d: d["a"]["problems"][0].update(code="unreadable")),
    ("batch samples stdout", "catalogue", "required key removed", lambda d: d.pop("totals")),
    ("batch samples stdout", "catalogue", "programme without target_met",
     lambda d: d["programmes"][0].pop("target_met")),
    ("batch samples stdout", "catalogue", "programme's problems as a list",
     lambda d: d["programmes"][0].update(problems=[])),
    ("batch samples stdout", "catalogue", "extra key in a programme", lambda d: d["programmes"][0].update(status="ok")),
    ("batch samples stdout", "catalogue", "datum asked by one programme",
     lambda d: d["data_across_programmes"][0].update(programmes=1)),
    ("batch samples stdout", "catalogue", "certificate's registry null",
     lambda d: d["certificates_across_programmes"][0].update(registry=None)),
    ("batch samples stdout", "catalogue", "extra key in totals", lambda d: d["totals"].update(cost_before=0)),
    ("batch samples catalogue.json", "catalogue", "the dotted schema name",
     lambda d: d.update(schema="formslim.catalogue/1")),
    ("batch mixed stdout", "catalogue", "failed package without its error", lambda d: d["failed"][0].pop("error")),
    ("batch mixed stdout", "catalogue", "empty package's problem as an object",
     lambda d: d["empty"][0]["problems"].__setitem__(0, {"file": "damaged.pdf", "code": "corrupt"})),
    ("batch mixed stdout", "catalogue", "analysed count as a string", lambda d: d.update(analysed="1")),
]


@pytest.mark.parametrize("source,schema_name,what,change", BREAKS, ids=[f"{b[2]} ({b[1]})" for b in BREAKS])
def test_broken_output_does_not_validate(runs, source, schema_name, what, change):
    get = _first([{"id": o[0], "get": o[2]} for o in OUTPUTS], id=source)["get"]
    original = get(runs)
    assert not errors(schema_name, original), f"{source} should validate before it is broken"
    broken = copy.deepcopy(original)
    change(broken)
    assert broken != original
    assert errors(schema_name, broken), f"{schema_name}.schema.json accepts an output with {what}"


def test_what_the_screen_runs_exercise(runs):
    """The screen runs reach groups with passages and metadata, a damaged file and an empty folder."""
    out = _stdout_json(runs, "screen plans")
    assert len(out["groups"]) == 2 and all(g["evidence"][0]["passages"] for g in out["groups"])
    assert [p["code"] for p in out["problems"]] == ["corrupt"]
    assert any(e["metadata"] for g in out["groups"] for e in g["evidence"])
    assert out == _file_json(runs, "screen plans", "screen-out", "screen.json")
    empty = _stdout_json(runs, "screen empty")
    assert empty["documents"] == [] and empty["groups"] == []
