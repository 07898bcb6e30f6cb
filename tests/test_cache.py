"""The document cache: a warm run parses nothing and gives the same output; a changed file is read
again; a damaged, tampered or foreign cache is never trusted; parallel runs share one cache."""
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from formslim import read_document
from formslim.cache import CacheStats, DocumentCache, dumps, loads
from formslim.parse import read_package

from .conftest import SAMPLES, needs_corpus

KR = SAMPLES / "kr-sme-support"


def run(*args, cwd=None):
    env = {k: v for k, v in os.environ.items() if k != "FORMSLIM_CACHE"}
    return subprocess.run([sys.executable, "-m", "formslim", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=600)


def test_a_warm_run_parses_nothing_and_writes_identical_json(tmp_path):
    cache = tmp_path / "c.sqlite"
    first = run("fields", KR, "--format", "json", "--cache", cache)
    second = run("fields", KR, "--format", "json", "--cache", cache)
    assert first.returncode == second.returncode == 0
    assert "10 parsed" in first.stderr
    assert "all 10 documents from the cache (none parsed)" in second.stderr
    assert first.stdout == second.stdout


def test_only_a_changed_file_is_read_again(tmp_path):
    pkg = tmp_path / "pkg"
    shutil.copytree(KR, pkg)
    cache = tmp_path / "c.sqlite"
    run("fields", pkg, "--cache", cache)
    shutil.copy(SAMPLES / "us-small-business-loan" / "background_statement.docx", pkg / "02_사업계획서.docx")
    again = run("fields", pkg, "--format", "json", "--cache", cache)
    assert "9 of 10 documents from the cache, 1 parsed" in again.stderr
    assert again.stdout == run("fields", pkg, "--format", "json", "--no-cache").stdout


def test_a_damaged_cache_is_moved_aside_and_rebuilt(tmp_path):
    cache = tmp_path / "c.sqlite"
    run("fields", KR, "--cache", cache)
    data = bytearray(cache.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # the header says formslim's SQLite cache; the pages are gone
    cache.write_bytes(bytes(data))
    for extra in tmp_path.glob("c.sqlite-*"):
        extra.unlink()
    r = run("fields", KR, "--cache", cache)
    assert r.returncode == 0 and "damaged" in r.stderr and "rebuilt" in r.stderr, r.stderr
    assert list(tmp_path.glob("c.sqlite.corrupt-*"))
    assert "all 10 documents from the cache" in run("fields", KR, "--cache", cache).stderr


def test_a_file_that_is_not_a_cache_is_never_touched(tmp_path):
    mine = tmp_path / "mydata.csv"
    mine.write_text("a,b\n1,2\n", encoding="utf-8")
    r = run("fields", KR, "--cache", mine)
    assert r.returncode == 0 and "left untouched" in r.stderr
    assert mine.read_text(encoding="utf-8") == "a,b\n1,2\n" and not list(tmp_path.glob("mydata.csv.corrupt*"))


def test_the_reader_pool_size_does_not_split_the_cache(tmp_path):
    from formslim.cache import document_key
    from formslim.limits import Limits

    path = str(KR / "01_지원사업_신청서.docx")
    assert document_key(path, "a.docx", Limits(workers=1)) == document_key(path, "a.docx", Limits(workers=0, isolate=False))
    assert document_key(path, "a.docx", Limits()) != document_key(path, "a.docx", Limits(paragraphs=10))


def test_another_applications_database_is_left_untouched(tmp_path):
    other = tmp_path / "app.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    r = run("fields", KR, "--cache", other)
    assert r.returncode == 0 and "not a formslim cache" in r.stderr and "left untouched" in r.stderr
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before


def test_a_tampered_row_is_not_trusted(tmp_path):
    path = tmp_path / "c.sqlite"
    stats = CacheStats()
    cache = DocumentCache.open(path, stats)
    truth = read_package([KR], cache=cache)
    cache.close()
    conn = sqlite3.connect(path)
    key, body = conn.execute("SELECT key, body FROM documents LIMIT 1").fetchone()
    conn.execute("UPDATE documents SET body=? WHERE key=?", (body.replace('"label":"', '"label":"FORGED '), key))
    conn.commit()
    conn.close()
    stats = CacheStats()
    cache = DocumentCache.open(path, stats)
    again = read_package([KR], cache=cache)
    cache.close()
    assert stats.hits == 9 and stats.misses == 1
    assert again == truth and not any("FORGED" in f.label for f in again.fields)


def test_parallel_runs_share_one_cache(tmp_path):
    cache = tmp_path / "c.sqlite"
    env = {k: v for k, v in os.environ.items() if k != "FORMSLIM_CACHE"}
    procs = [subprocess.Popen([sys.executable, "-m", "formslim", "fields", str(p), "--format", "json", "--cache",
                               str(cache)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for p in (KR, SAMPLES / "us-small-business-loan", KR)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
    assert outs[0][0] == outs[2][0]
    warm = run("fields", SAMPLES / "us-small-business-loan", "--cache", cache)
    assert "all 4 documents from the cache" in warm.stderr


@needs_corpus
def test_documents_with_parts_survive_the_round_trip(corpus):
    doc = read_document(corpus / "kr-hwplib/붙임1_정부포상_추천_구비서류_서식.hwp", "x.hwp")
    assert len(doc.parts) > 5
    assert loads(dumps(doc)) == doc
    pdf = read_document(corpus / "sba-lukacera/SBAForm413.pdf", "413.pdf")
    assert loads(dumps(pdf)) == pdf
    # (a form's exhibits and the recency rules it prints round-trip too: SBA Form 1244 lists 28, asks the 413 within 90
    # days)
    main = read_document(corpus / "sba-buddy/SBA_1244.pdf", "1244.pdf")
    assert main.exhibits and main.windows and pdf.windows
    assert loads(dumps(main)) == main
    # (and what a specification requires to be submitted: the 구매요구서's clauses)
    spec = read_document(corpus / "kr-procurement-rfastball/spec_revision_2026.hwpx", "spec.hwpx")
    assert spec.duties and loads(dumps(spec)) == spec


def test_an_undecodable_file_name_is_cached_and_read_back(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    name = os.path.join(os.fsencode(pkg), b"bad\xff.docx")
    with open(name, "wb") as fh:
        fh.write((SAMPLES / "us-small-business-loan" / "background_statement.docx").read_bytes())
    cache = tmp_path / "c.sqlite"
    first = run("fields", pkg, "--format", "json", "--cache", cache)
    second = run("fields", pkg, "--format", "json", "--cache", cache)
    assert first.returncode == second.returncode == 0, first.stderr
    assert "all 1 documents from the cache" in second.stderr and first.stdout == second.stdout
