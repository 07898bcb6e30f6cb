"""formslim batch: many packages in parallel, one catalogue; a failing package is listed and the batch
goes on; a killed batch re-run completes; a warm cache parses nothing; results do not depend on --jobs."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from formslim.batching import BatchOptions, discover, run_batch

from .conftest import SAMPLES, needs_corpus


def run(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if k != "FORMSLIM_CACHE"}
    env.update(env_extra or {"FORMSLIM_CACHE": "0"})
    return subprocess.run([sys.executable, "-m", "formslim", "batch", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=900)


def packages(tmp_path, n_copies=1):
    root = tmp_path / "programmes"
    root.mkdir()
    for k in range(n_copies):
        for p in ("kr-sme-support", "us-small-business-loan"):
            shutil.copytree(SAMPLES / p, root / (p if k == 0 else f"{p}-{k + 1}"))
    return root


def test_a_folder_of_packages_gives_reports_and_a_catalogue(tmp_path):
    root = packages(tmp_path)
    out = tmp_path / "out"
    r = run(root, "-o", out, "--format", "json")
    assert r.returncode == 0, r.stderr
    cat = json.loads(r.stdout)
    assert cat == json.loads((out / "catalogue.json").read_text(encoding="utf-8"))
    assert cat["schema"] == "formslim-catalogue/1" and cat["packages"] == cat["analysed"] == 2
    # without a cache every file is parsed, and the status line says so (it said "parsed 0")
    assert "2 analysed now, 0 unchanged since the last run (kept)" in r.stderr
    assert "documents parsed 14, from the cache 0" in r.stderr
    for name in ("kr-sme-support", "us-small-business-loan"):
        assert (out / name / "report.html").is_file() and (out / name / "plan.json").is_file()
    by_name = {p["name"]: p for p in cat["programmes"]}
    plan = json.loads((out / "kr-sme-support" / "plan.json").read_text(encoding="utf-8"))
    assert by_name["kr-sme-support"]["documents_before"] == plan["summary"]["documents_before"]
    burden = [by_name[n]["minutes_before"] for n in cat["ranked_by_burden"]]
    assert burden == sorted(burden, reverse=True)
    # the same data asked by both programmes, in their own words
    names = next(d for d in cat["data_across_programmes"] if d["concept"] == "person.name")
    assert names["programmes"] == 2 and any(w.isascii() for w in names["wordings"]) and \
        any(not w.isascii() for w in names["wordings"])
    # (a signature and the date it is signed on are acts of each form, no datum to standardise)
    assert not {"person.signature", "application.date"} & {d["concept"] for d in cat["data_across_programmes"]}
    csv_text = (out / "catalogue.csv").read_text(encoding="utf-8-sig")
    assert csv_text.splitlines()[0].startswith("name,programme,documents_before")
    assert "<table>" in (out / "catalogue.html").read_text(encoding="utf-8")
    import openpyxl

    wb = openpyxl.load_workbook(out / "catalogue.xlsx")
    assert wb.sheetnames == ["Programmes", "Data across programmes", "Certificates", "Not analysed"]
    # every catalogue file gets the same mode (the XLSX went through a 0600 temporary file)
    assert len({(out / n).stat().st_mode & 0o777 for n in ("catalogue.json", "catalogue.csv", "catalogue.xlsx")}) == 1
    ranked = [r[1].value for r in wb["Programmes"].iter_rows(min_row=2)]
    assert ranked == cat["ranked_by_burden"] and wb["Programmes"].freeze_panes == "A2"
    data = {r[0].value: r[1].value for r in wb["Data across programmes"].iter_rows(min_row=2)}
    assert data["person.name"] == 2


def test_a_failing_package_is_listed_and_the_others_are_reported_fully(tmp_path):
    root = packages(tmp_path)
    broken = root / "broken"
    broken.mkdir()
    (broken / "form.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    bomb = root / "hostile-manifest"
    shutil.copytree(SAMPLES / "us-small-business-loan", bomb)
    (bomb / "formslim.yaml").write_text("a: &a [" + ",".join(["*a"] * 9) + "]\n" * 1 + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a]\n"
                                        "c: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n", encoding="utf-8")
    out = tmp_path / "out"
    r = run(root, "-o", out, "-j", "2")
    assert r.returncode == 1, r.stderr
    cat = json.loads((out / "catalogue.json").read_text(encoding="utf-8"))
    failed = {f["name"] for f in cat["failed"]} | {e["name"] for e in cat["empty"]}
    assert failed == {"broken", "hostile-manifest"}
    assert {p["name"] for p in cat["programmes"]} == {"kr-sme-support", "us-small-business-loan"}
    assert (out / "kr-sme-support" / "report.html").is_file()
    assert "Traceback" not in r.stderr


def test_a_killed_batch_rerun_completes_only_what_is_missing(tmp_path):
    root = packages(tmp_path, n_copies=3)
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k != "FORMSLIM_CACHE"}
    env["FORMSLIM_CACHE"] = "0"
    proc = subprocess.Popen([sys.executable, "-m", "formslim", "batch", str(root), "-o", str(out), "-j", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    state = out / "batch-state"
    deadline = time.time() + 300
    while time.time() < deadline and not (state.is_dir() and any(state.iterdir())):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(list(state.iterdir()))
    assert 1 <= done_before < 6 and not (out / "catalogue.json").exists()
    r = run(root, "-o", out, "-j", "1")
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("unchanged, not analysed again") == done_before
    cat = json.loads((out / "catalogue.json").read_text(encoding="utf-8"))
    assert cat["analysed"] == 6 and not cat["failed"]


def test_a_warm_cache_parses_nothing_and_gives_identical_json(tmp_path):
    root = packages(tmp_path)
    cache = tmp_path / "cache.sqlite"
    first = run(root, "-o", tmp_path / "a", "--cache", cache, "--format", "json")
    second = run(root, "-o", tmp_path / "b", "--cache", cache, "--format", "json")
    assert first.returncode == second.returncode == 0
    assert "documents parsed 14, from the cache 0" in first.stderr
    assert "documents parsed 0, from the cache 14" in second.stderr
    assert first.stdout == second.stdout
    for name in ("kr-sme-support", "us-small-business-loan"):
        assert (tmp_path / "a" / name / "plan.json").read_bytes() == (tmp_path / "b" / name / "plan.json").read_bytes()


def test_one_job_and_two_jobs_write_the_same_catalogue(tmp_path):
    specs = discover(packages(tmp_path))
    one = run_batch(specs, tmp_path / "one", jobs=1, options=BatchOptions())
    two = run_batch(specs, tmp_path / "two", jobs=2, options=BatchOptions())
    assert (tmp_path / "one" / "catalogue.json").read_bytes() == (tmp_path / "two" / "catalogue.json").read_bytes()
    assert [e["name"] for e in one.entries] == [e["name"] for e in two.entries] == [s.name for s in specs]


def test_a_list_names_packages_and_their_manifests(tmp_path):
    root = packages(tmp_path)
    manifest = tmp_path / "kr.yaml"
    shutil.copy(root / "kr-sme-support" / "formslim.yaml", manifest)
    (root / "kr-sme-support" / "formslim.yaml").unlink()
    lst = tmp_path / "list.csv"
    lst.write_text("name,path,manifest\nKorean SME,programmes/kr-sme-support,kr.yaml\n"
                   "US loan,programmes/us-small-business-loan,\n", encoding="utf-8")
    specs = discover(lst)
    assert [(s.name, s.manifest is not None) for s in specs] == [("Korean SME", True), ("US loan", False)]
    r = run(lst, "-o", tmp_path / "out", "--format", "json")
    cat = json.loads(r.stdout)
    kr = next(p for p in cat["programmes"] if p["name"] == "Korean SME")
    assert kr["programme"] != "Korean SME"  # the manifest's programme name was used
    assert (tmp_path / "out" / "Korean_SME" / "report.html").is_file()


@needs_corpus
def test_the_corpus_list_is_batched_with_problems_listed(corpus, tmp_path):
    specs = discover(corpus / "PACKAGES.tsv")
    assert len(specs) >= 10 and all(s.paths for s in specs)
    r = run(corpus / "PACKAGES.tsv", "-o", tmp_path / "out", "-j", "2", "--format", "json")
    assert r.returncode in (0, 1), r.stderr
    cat = json.loads(r.stdout)
    assert cat["analysed"] == len(specs) and not cat["failed"]
    assert all(": unsupported file type '.json'" in p["problem"] for p in cat["problems"])


def test_unreadable_files_are_named_on_stderr_and_a_second_batch_into_one_folder_is_refused(tmp_path):
    root = packages(tmp_path)
    (root / "kr-sme-support" / "notes.bin").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    r = run(root, "-o", out)
    assert r.returncode == 1
    assert "Error: kr-sme-support: notes.bin: unsupported file type" in r.stderr
    import fcntl

    out.mkdir(exist_ok=True)
    with open(out / ".formslim-batch.lock", "a+") as fh:  # as a running batch holds it
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        busy = run(root, "-o", out)
    assert busy.returncode == 1 and "another formslim batch is writing here" in busy.stderr


def test_a_deleted_report_file_is_written_again_and_an_empty_package_says_why(tmp_path):
    root = packages(tmp_path)
    lost = root / "lost"
    lost.mkdir()
    lst = tmp_path / "list.csv"
    lst.write_text("name,path\nKR,programmes/kr-sme-support\nGhost,programmes/ghost.pdf\n", encoding="utf-8")
    out = tmp_path / "out"
    first = run(lst, "-o", out)
    assert "Ghost: empty: no document could be read: " in first.stderr and "ghost.pdf: no such file" in first.stderr
    (out / "KR" / "report.html").unlink()
    again = run(lst, "-o", out)
    assert "unchanged" not in again.stderr.split("KR:")[1].splitlines()[0]
    assert (out / "KR" / "report.html").is_file()


def test_a_file_that_is_no_list_is_wrong_usage(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a list\n", encoding="utf-8")
    r = run(notes, "-o", tmp_path / "out")
    assert r.returncode == 2 and r.stderr.strip() == f"Error: {notes}: not a folder of packages or a list of them (.csv, .tsv)"


def test_a_file_formslim_does_not_read_is_no_parse_on_a_warm_run(tmp_path):
    """Files listed beside the forms that formslim does not read (the corpus's procurement package lists its
    golden JSON in PACKAGES.tsv): each is a one-line problem on every run, and no document "parsed" on a
    warm run — it was never parsed, so a warm run still parses nothing."""
    from formslim import read_package
    from formslim.cache import DocumentCache

    (tmp_path / "notes.json").write_text('{"a": 1}', encoding="utf-8")
    files = [SAMPLES / "kr-sme-support" / "03_개인정보_수집이용_동의서.pdf", tmp_path / "notes.json"]
    counts = []
    for _ in range(2):
        cache = DocumentCache.open(tmp_path / "cache.sqlite")
        pkg = read_package(files, cache=cache)
        assert [p.code for p in pkg.problems] == ["unsupported"] and len(pkg.documents) == 1
        counts.append((cache.stats.hits, cache.stats.misses))
    assert counts == [(0, 1), (1, 0)]


@pytest.mark.parametrize("jobs, packages, cpus, expected", [
    (1, 15, 2, (1, 1)),   # --jobs 1: one core, one reader
    (2, 15, 2, (2, 1)),   # two packages at a time, one reader each
    (0, 15, 2, (2, 1)),   # the default: one per core
    (2, 1, 2, (1, 2)),    # one package: the spare core reads
    (8, 3, 2, (3, 2)),    # more jobs than packages
])
def test_jobs_bound_the_cores_a_batch_uses(jobs, packages, cpus, expected):
    from formslim.batching import split_cores

    assert split_cores(jobs, packages, cpus) == expected
