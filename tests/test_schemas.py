"""formslim's JSON outputs validate against their schemas in docs/schemas/ (JSON Schema draft 2020-12).

Each command runs as a script runs it (``python -m formslim``, no document cache) on both sample packages,
on a package with unreadable files and no manifest, and on folders where nothing can be read; every output
is validated against its schema. An output that no longer validates fails here: change the code back, or
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

from .conftest import ROOT, SAMPLES

SCHEMAS = ROOT / "docs" / "schemas"
NAMES = ("fields", "match", "graph", "plan", "form", "diff")
ID_BASE = "https://formslim.example/schemas/"
KR, US = "kr-sme-support", "us-small-business-loan"
PACKAGES = (KR, US)


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema(name), format_checker=None)  # formats are not checked


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
                        "    kind: certificate\n  - name: 주주명부\noverrides:\n  keep: [04_청렴서약서.pdf]\n"
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
]


@pytest.mark.parametrize("name,schema_name,get", OUTPUTS, ids=[o[0] for o in OUTPUTS])
def test_output_validates(runs, name, schema_name, get):
    found = errors(schema_name, get(runs))
    assert not found, f"{name} does not validate against {schema_name}.schema.json:\n" + "\n".join(found[:20])


@pytest.mark.parametrize("name,schema_name", [("graph empty", "graph"), ("diff empty", "diff"),
                                              ("analyze empty", "plan")])
def test_nothing_read_prints_nothing_or_valid_json(runs, name, schema_name):
    """These commands print no JSON when nothing could be read (exit 3); if they ever do, it must validate."""
    out = _proc(runs, name).stdout
    if out.strip():
        found = errors(schema_name, json.loads(out))
        assert not found, f"{name}:\n" + "\n".join(found[:20])


def test_what_the_edge_cases_exercise(runs):
    """The extra runs reach the branches the samples do not: problems, null yearly figures, no review links."""
    assert [p["code"] for p in _stdout_json(runs, "fields unreadable")["problems"]] == ["empty"]
    assert _stdout_json(runs, "fields empty")["problems"] == []
    plan = _stdout_json(runs, "analyze partial")
    assert {p["code"] for p in plan["problems"]} == {"empty", "corrupt"}
    assert plan["summary"]["hours_per_year_saved"] is None and plan["burden"]["before"]["hours_per_year"] is None
    assert _stdout_json(runs, "match partial --no-review")["review_queue"] == []
    plan = _stdout_json(runs, "analyze manifest")
    assert {"O-KEEP", "B-NO-REGISTRY"} <= {b["rule"] for b in plan["blockers"]}
    assert sum(d["attachment"] for d in plan["documents"]) == 2 and plan["overrides_applied"]
    for p in PACKAGES:
        assert _stdout_json(runs, f"analyze {p}") == _file_json(runs, f"analyze {p}", f"report-{p}", "plan.json")


# ------------------------------------------------------------------ the schemas themselves

@pytest.mark.parametrize("name", NAMES)
def test_schema_is_valid_and_versioned(name):
    s = schema(name)
    Draft202012Validator.check_schema(s)
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s["title"].strip() and "formslim " in s["description"]
    version = s["properties"]["schema"]["const"]
    m = re.fullmatch(rf"formslim\.{name}/(\d+)", version)
    assert m, f"{name}: the 'schema' key must be pinned to formslim.{name}/N, not {version!r}"
    n = int(m.group(1))
    # the rule in docs/schemas/README.md: version 1 is …/NAME.schema.json, version N > 1 …/vN/NAME.schema.json
    assert s["$id"] == (f"{ID_BASE}{name}.schema.json" if n == 1 else f"{ID_BASE}v{n}/{name}.schema.json")
    assert f"{name}.schema.json" in (SCHEMAS / "README.md").read_text(encoding="utf-8")


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
    (f"analyze {US} form.json", "form", "pre-filled item without registry",
     lambda d: _first([i for s in d["sections"] for i in s["items"]], source="prefill").update(registry=None)),
    (f"diff {KR} {US}", "diff", "summary without added", lambda d: d["summary"].pop("added")),
    (f"diff {KR} {US}", "diff", "unknown pairing", lambda d: d["pairs"][0].update(how="similar")),
    (f"diff {KR} {US}", "diff", "removed field named as new", lambda d: d["removed"][0].update(
        id="B:" + d["removed"][0]["id"][2:])),
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
