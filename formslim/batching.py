"""Audits across programmes: analyse many packages in parallel and write one catalogue.

A batch is a list of packages — the sub-folders of a folder, or the rows of a list (CSV or TSV) — each
analysed as ``formslim analyze`` would, in its own worker process, into ``OUT/<package>/``. The
catalogue (``catalogue.json``, ``catalogue.csv``, ``catalogue.xlsx``, ``catalogue.html``) ranks the programmes by burden
and by what a reduction saves, and lists what the programmes ask in common: the data asked by several
of them (in different words), and the certificates several of them ask for — the fields to standardise
and the registry connections to build first.

A package that fails is reported in the catalogue and the others go on. Each finished package leaves
its entry in ``OUT/batch-state/``, keyed by a fingerprint of its input files and the options, so a batch
that was killed, re-run, analyses only what is missing or changed.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
import re
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Optional

from . import __version__
from .errors import FormslimError
from .parse import package_files
from .safe_output import csv_cell, folder_lock, html_text, one_line, usual_mode, write_text_file

CATALOGUE_SCHEMA = "formslim-catalogue/1"
STATE = "batch-state"
#: the readings that say what a field asks with confidence enough to count it across programmes
_SURE = ("exact", "alternatives", "contains")


@dataclass(frozen=True)
class PackageSpec:
    """One package of a batch: its name (the report folder), its files or folders and its manifest."""

    name: str
    paths: tuple[str, ...]
    manifest: Optional[str] = None


@dataclass(frozen=True)
class BatchOptions:
    target: Optional[float] = None  # None: formslim's default (model.DEFAULT_TARGET), said as such
    lang: Optional[str] = None
    tariff: Optional[float] = None
    knowledge: tuple[str, ...] = ()
    cache: Optional[str] = None  # the document cache's path; None: no cache


@dataclass
class BatchResult:
    """What a batch did: one entry per package (in the order given) and the catalogue."""

    entries: list[dict]
    catalogue: dict
    out: Path
    resumed: int = 0
    failed: int = 0
    files: list[Path] = field(default_factory=list)

    def to_dict(self) -> dict:
        return self.catalogue


# --- what to analyse ------------------------------------------------------------------------------

#: the files a batch reads as a list of packages
LIST_SUFFIXES = (".csv", ".tsv")


def discover(source: str | os.PathLike) -> list[PackageSpec]:
    """The packages of a batch. A folder: each sub-folder holding documents is a package (a folder with
    documents and no such sub-folders is one package). A list (``.csv``/``.tsv``): either a ``path``
    column (a package folder or file per row; optional ``manifest`` and ``name``/``package`` columns —
    rows sharing a name form one package), or ``local_path`` and ``package`` columns (one file per row,
    grouped by package, as in the corpus's PACKAGES.tsv). Paths are relative to the list's folder."""
    src = Path(source)
    if src.is_dir():
        subs = [p for p in sorted(src.iterdir()) if p.is_dir() and not p.name.startswith(".") and package_files(p)]
        if subs:
            return [PackageSpec(name=p.name, paths=(str(p),)) for p in subs]
        if package_files(src):
            return [PackageSpec(name=src.name, paths=(str(src),))]
        raise FormslimError(f"{one_line(str(src))}: no package folders and no documents in it")
    if not src.is_file():
        raise FormslimError(f"{one_line(str(src))}: no such file or folder")
    if src.suffix.lower() not in LIST_SUFFIXES:
        raise FormslimError(f"{one_line(str(src))}: not a folder of packages or a list of them (.csv, .tsv)")
    try:
        text = src.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FormslimError(f"{one_line(str(src))}: the list is not UTF-8 text") from None
    except OSError as exc:
        raise FormslimError(f"{one_line(str(src))}: cannot read ({exc.strerror})") from None
    delimiter = "\t" if src.suffix.lower() == ".tsv" or ("\t" in text.split("\n", 1)[0]) else ","
    rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    if not rows:
        raise FormslimError(f"{one_line(str(src))}: the list has no rows")
    cols = {c.strip().lower(): c for c in rows[0].keys() if c}
    path_col = cols.get("path") or cols.get("local_path")
    if not path_col:
        raise FormslimError(f"{one_line(str(src))}: the list needs a 'path' (or 'local_path') column; it has "
                            f"{one_line(', '.join(sorted(cols)))}")
    name_col = cols.get("name") or cols.get("package")
    manifest_col = cols.get("manifest")
    groups: dict[str, list[str]] = {}
    manifests: dict[str, str] = {}
    for row in rows:
        raw = (row.get(path_col) or "").strip()
        if not raw:
            continue
        p = Path(raw) if Path(raw).is_absolute() else src.parent / raw
        name = (row.get(name_col) or "").strip() if name_col else ""
        name = name or p.stem if p.is_file() or p.suffix else (name or p.name)
        groups.setdefault(name, []).append(str(p))
        if manifest_col and (row.get(manifest_col) or "").strip():
            m = Path(row[manifest_col].strip())
            manifests[name] = str(m if m.is_absolute() else src.parent / m)
    return [PackageSpec(name=n, paths=tuple(ps), manifest=manifests.get(n)) for n, ps in groups.items()]


def folder_name(name: str, taken: set[str]) -> str:
    """A safe, unique folder name for a package: letters (any script), digits, ``-_.`` kept."""
    base = re.sub(r"[^\w.\-]+", "_", name, flags=re.UNICODE).strip("._") or "package"
    base = base[:80]
    out, n = base, 2
    while out.lower() in taken:
        out, n = f"{base}-{n}", n + 1
    taken.add(out.lower())
    return out


_CODE_VERSION: list[str] = []


def code_version() -> str:
    """A hash of formslim's whole source and data: any change to the code re-analyses every package."""
    if not _CODE_VERSION:
        from .cache import source_version

        _CODE_VERSION.append(source_version())
    return _CODE_VERSION[0]


def fingerprint(spec: PackageSpec, options: BatchOptions) -> str:
    """The inputs a package's result depends on: its files' bytes, its manifest, the options, formslim."""
    from .cache import file_digest

    h = hashlib.sha256(f"{__version__}\0{code_version()}".encode())
    opts = {"target": options.target, "lang": options.lang, "tariff": options.tariff,
            "knowledge": list(options.knowledge), "manifest": spec.manifest}
    h.update(json.dumps(opts, sort_keys=True).encode())
    for p in map(Path, spec.paths):
        files = package_files(p) if p.is_dir() else [p]
        for f in files:
            h.update(str(f).encode())
            try:
                h.update(file_digest(str(f)).encode())
            except OSError:
                h.update(b"unreadable")
        if p.is_dir():
            from .manifest import find_manifest

            m = find_manifest(p)
            if m:
                h.update(file_digest(str(m)).encode())
    if spec.manifest and Path(spec.manifest).is_file():
        h.update(file_digest(spec.manifest).encode())
    return h.hexdigest()


# --- one package -----------------------------------------------------------------------------------

def analyse_one(spec: PackageSpec, folder: str, out: str, options: BatchOptions, readers: int = 0) -> dict:
    """Analyse one package into ``out/folder`` and return its catalogue entry (never raises). ``readers``: the
    reader processes it may use at once (0: one per core) — ``--jobs`` bounds the cores a whole batch uses."""
    from .limits import current, use_limits

    started = time.time()
    entry: dict = {"name": spec.name, "folder": folder, "paths": list(spec.paths), "manifest": spec.manifest,
                   "fingerprint": fingerprint(spec, options)}
    state = Path(out) / STATE / f"{folder}.json"
    try:
        previous = json.loads(state.read_text(encoding="utf-8"))
        report = Path(out) / folder
        if previous.get("fingerprint") == entry["fingerprint"] and previous.get("status") in ("ok", "empty") \
                and (previous.get("status") == "empty" or all((report / n).exists() for n in
                                                               (".formslim-report", "report.html", "plan.json"))):
            return {**previous, "resumed": True}
    except (OSError, ValueError):
        pass
    cache = None
    try:
        from .cache import CacheStats, DocumentCache
        from .pipeline import analyze
        from .report import redesign

        if options.cache:
            cache = DocumentCache.open(options.cache, CacheStats())
        limits = replace(current(), workers=int(readers)) if readers else current()
        if multiprocessing.current_process().daemon:
            # a daemonic worker (a Dask worker by default) cannot start reader processes: read in-process
            limits = replace(limits, isolate=False)
        with use_limits(limits):
            a = analyze(list(spec.paths), target=options.target, lang=options.lang, tariff=options.tariff,
                        knowledge=options.knowledge, manifest_path=spec.manifest, cache=cache,
                        name=spec.name if len(spec.paths) > 1 or Path(spec.paths[0]).is_file() else None)
        entry["problems"] = [f"{p.file}: {one_line(p.message)}" for p in a.package.problems]
        # (without a cache every file is parsed: the files read, and those that could not be)
        entry["cache"] = ({"hits": cache.stats.hits, "parsed": cache.stats.misses} if cache is not None else
                          {"hits": 0, "parsed": len({d.path for d in a.package.documents}) + len(a.package.problems)})
        if not a.package.documents:
            why = f": {entry['problems'][0]}" if entry["problems"] else ""
            entry.update(status="empty", error=f"no document could be read{why}")
        else:
            redesign.write_report(a, Path(out) / folder)
            entry.update(status="ok", programme=a.programme, language=a.lang, country=a.country,
                         summary=redesign.summary(a), data=_data_asked(a), certificates=_certificates(a),
                         documents=[{"title": d.title, "kind": d.kind, "decision": d.decision}
                                    for d in a.plan.documents if not d.twin_of])
    except FormslimError as exc:
        entry.update(status="failed", error=one_line(str(exc)))
    except Exception as exc:  # one package's failure is its line in the catalogue, never the batch's end
        entry.update(status="failed", error=one_line(f"{type(exc).__name__}: {exc}"))
    finally:
        if cache is not None:
            cache.close()
    entry["seconds"] = round(time.time() - started, 2)
    if entry["status"] in ("ok", "empty"):
        try:
            state.parent.mkdir(parents=True, exist_ok=True)
            write_text_file(state, json.dumps(entry, ensure_ascii=False, sort_keys=True, indent=1) + "\n")
        except (OSError, FormslimError):
            pass  # without its state the package is analysed again next time: slower, never wrong
    return entry


def _data_asked(a) -> dict[str, list[str]]:
    """concept → the wordings this package asks it with (fields read with confidence)."""
    out: dict[str, set[str]] = {}
    for fid, r in a.match.readings.items():
        c = a.knowledge.concepts.get(r.concepts[0]) if len(r.concepts) == 1 else None
        if (c is not None and c.per_document) or a.match.fields[fid].kind == "signature":
            continue  # a signature and its date are acts of each document, no datum to standardise (review 43 #9)
        if len(r.concepts) == 1 and r.how in _SURE:
            out.setdefault(r.concepts[0], set()).add(a.match.fields[fid].label)
    return {c: sorted(ws)[:12] for c, ws in sorted(out.items())}


def _certificates(a) -> list[dict]:
    out = []
    for d in a.plan.documents:
        if d.twin_of:
            continue
        if d.decision == "replace_by_registry" or d.kind in ("certificate", "issued"):
            out.append({"title": d.title, "registry": d.registry or "", "decision": d.decision})
    return out


# --- the batch -------------------------------------------------------------------------------------

def run_batch(specs: Iterable[PackageSpec], out: str | os.PathLike, jobs: int = 0,
              options: BatchOptions = BatchOptions(),
              progress: Optional[Callable[[int, int, dict], None]] = None,
              scheduler: Optional[str] = None, client=None) -> BatchResult:
    """Analyse every package (``jobs`` worker processes; 0: one per core) into ``out`` and write the
    catalogue. Returns the entries in the order of ``specs``. With ``scheduler`` (a Dask scheduler's
    address, or "local" for a cluster on this machine) or a ``client`` (a ``dask.distributed.Client``),
    the packages run on the Dask cluster instead; the results are the same."""
    specs = list(specs)
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FormslimError(f"{one_line(str(out))}: cannot create ({exc.strerror})") from None
    # (one batch at a time in an output folder: a second run into it is refused with one line; the lock's file
    # stays, as a batch's folder keeps it)
    with folder_lock(out, ".formslim-batch.lock", "another formslim batch is writing here", remove=False):
        return _run_locked(specs, out, jobs, options, progress, scheduler, client)


def split_cores(jobs: int, packages: int, cpus: int) -> tuple[int, int]:
    """(worker processes, reader processes per package) for ``--jobs`` (0: one per core): never more workers
    than packages; the cores left over read documents; ``--jobs 1`` uses one core."""
    cores = max(1, jobs or cpus)
    workers = min(cores, max(1, packages))
    return workers, max(1, cores // workers)


def _weight(spec: PackageSpec) -> int:
    """A package's size in bytes (its files, or the files of its folders): the order of the work, largest first."""
    total = 0
    for p in spec.paths:
        try:
            path = Path(p)
            total += path.stat().st_size if path.is_file() else sum(
                f.stat().st_size for f in path.rglob("*") if f.is_file())
        except OSError:
            pass
    return total


def _run_locked(specs, out: Path, jobs: int, options: BatchOptions, progress, scheduler, client) -> BatchResult:
    taken: set[str] = set()
    folders = [folder_name(s.name, taken) for s in specs]
    jobs, readers = split_cores(jobs, len(specs), os.cpu_count() or 1)
    entries: list[Optional[dict]] = [None] * len(specs)
    done = 0

    def finished(i: int, entry: dict) -> None:
        nonlocal done
        entries[i] = entry
        done += 1
        if progress:
            progress(done, len(specs), entry)

    if scheduler or client is not None:
        _run_on_dask(specs, folders, out, options, jobs, scheduler, client, finished)
    elif jobs == 1:
        for i, s in enumerate(specs):
            finished(i, analyse_one(s, folders[i], str(out), options, readers))
    else:
        ctx = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as ex:
            # the largest packages first: the batch then ends with small ones filling the gaps, not with one
            # large package on one core while the other waits
            pending = {ex.submit(analyse_one, specs[i], folders[i], str(out), options, readers): i
                       for i in sorted(range(len(specs)), key=lambda i: (-_weight(specs[i]), i))}
            while pending:
                ready, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in ready:
                    i = pending.pop(fut)
                    try:
                        entry = fut.result()
                    except Exception as exc:  # the worker process itself died (killed, out of memory)
                        entry = {"name": specs[i].name, "folder": folders[i], "status": "failed",
                                 "error": one_line(f"the worker stopped: {type(exc).__name__}: {exc}")}
                    finished(i, entry)
    final = [e for e in entries if e is not None]
    catalogue = build_catalogue(final)
    files = write_catalogue(catalogue, out)
    return BatchResult(entries=final, catalogue=catalogue, out=out, files=files,
                       resumed=sum(1 for e in final if e.get("resumed")),
                       failed=sum(1 for e in final if e["status"] == "failed"))


def _run_on_dask(specs, folders, out: Path, options: BatchOptions, jobs: int, scheduler, client, finished) -> None:
    """The packages as tasks of a Dask cluster. The workers must see ``out`` and the packages at the same
    paths (a shared file system) and import formslim; a worker that dies on a package fails that package."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise FormslimError("--scheduler needs Dask: pip install 'formslim[dask]'") from None
    cluster = None
    own = client is None
    try:
        if client is None and scheduler == "local":
            import dask

            # formslim reads each document in a child process of the worker: workers may not be daemons
            with dask.config.set({"distributed.worker.daemon": False}):
                cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
        elif client is None:
            try:
                client = Client(scheduler, timeout="10s")
            except (OSError, TimeoutError) as exc:
                raise FormslimError(f"{one_line(scheduler)}: cannot reach the Dask scheduler ({one_line(str(exc))})") from None
        futures = {client.submit(analyse_one, s, folders[i], str(out), options, 1, pure=False,
                                 key=f"formslim-batch-{i}-{folders[i]}"): i for i, s in enumerate(specs)}
        for fut in as_completed(futures):
            i = futures[fut]
            try:
                entry = fut.result()
            except Exception as exc:  # the worker died on it (KilledWorker) or the task could not run
                entry = {"name": specs[i].name, "folder": folders[i], "status": "failed",
                         "error": one_line(f"the Dask worker stopped: {type(exc).__name__}: {exc}")}
            finished(i, entry)
    finally:
        if own and client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


def build_catalogue(entries: list[dict]) -> dict:
    ok = [e for e in entries if e["status"] == "ok"]

    def row(e: dict) -> dict:
        s = e["summary"]
        return {"name": e["name"], "programme": e.get("programme", e["name"]), "report": f"{e['folder']}/report.html",
                "documents_before": s["documents_before"], "documents_after": s["documents_after"],
                "questions_before": s["fields_before"], "questions_after": s["fields_after"],
                "minutes_before": s["minutes_before"], "minutes_after": s["minutes_after"],
                "minutes_saved": s["minutes_saved"], "target_met": s["target_met"],
                "problems": len(e.get("problems") or [])}

    programmes = [row(e) for e in ok]
    by_burden = sorted(programmes, key=lambda r: (-r["minutes_before"], r["name"]))
    by_potential = sorted(programmes, key=lambda r: (-r["minutes_saved"], -(r["documents_before"] - r["documents_after"]),
                                                     r["name"]))
    data: dict[str, dict] = {}
    for e in ok:
        for concept, wordings in (e.get("data") or {}).items():
            d = data.setdefault(concept, {"concept": concept, "programmes": [], "wordings": set()})
            d["programmes"].append(e["name"])
            d["wordings"].update(wordings)
    shared_data = sorted(({"concept": d["concept"], "programmes": len(d["programmes"]), "names": sorted(d["programmes"]),
                           "wordings": sorted(d["wordings"])[:20], "distinct_wordings": len(d["wordings"])}
                          for d in data.values() if len(d["programmes"]) >= 2),
                         key=lambda d: (-d["programmes"], -d["distinct_wordings"], d["concept"]))
    certs: dict[str, dict] = {}
    for e in ok:
        for c in e.get("certificates") or []:
            key = c["registry"] or re.sub(r"\s+", "", c["title"]).lower()
            d = certs.setdefault(key, {"certificate": c["title"], "registry": c["registry"], "programmes": []})
            if e["name"] not in d["programmes"]:
                d["programmes"].append(e["name"])
    certificates = sorted(({**d, "programmes": len(d["programmes"]), "names": sorted(d["programmes"])}
                           for d in certs.values()), key=lambda d: (-d["programmes"], d["certificate"]))
    return {
        "schema": CATALOGUE_SCHEMA, "formslim_version": __version__,
        "packages": len(entries), "analysed": len(ok),
        "failed": [{"name": e["name"], "error": e.get("error", "")} for e in entries if e["status"] == "failed"],
        "empty": [{"name": e["name"], "problems": e.get("problems") or []} for e in entries if e["status"] == "empty"],
        "problems": [{"name": e["name"], "problem": p} for e in entries for p in (e.get("problems") or [])],
        "programmes": programmes,
        "ranked_by_burden": [r["name"] for r in by_burden],
        "ranked_by_potential": [r["name"] for r in by_potential],
        "data_across_programmes": shared_data,
        "certificates_across_programmes": certificates,
        "totals": {k: round(sum(r[k] for r in programmes), 1) for k in
                   ("documents_before", "documents_after", "questions_before", "questions_after",
                    "minutes_before", "minutes_after", "minutes_saved")},
    }


CATALOGUE_FILES = ("catalogue.json", "catalogue.csv", "catalogue.xlsx", "catalogue.html")


def write_catalogue(cat: dict, out: Path) -> list[Path]:
    write_text_file(out / "catalogue.json", json.dumps(cat, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    buf = io.StringIO()
    cols = ("name", "programme", "documents_before", "documents_after", "questions_before", "questions_after",
            "minutes_before", "minutes_after", "minutes_saved", "target_met", "problems", "report")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(cols)
    for r in sorted(cat["programmes"], key=lambda r: r["name"]):
        w.writerow([csv_cell(r[c]) for c in cols])
    for f in cat["failed"]:
        w.writerow([csv_cell(f["name"]), "", "", "", "", "", "", "", "", "", "", csv_cell("failed: " + f["error"])])
    write_text_file(out / "catalogue.csv", "\ufeff" + buf.getvalue())
    catalogue_xlsx(cat, out / "catalogue.xlsx")
    write_text_file(out / "catalogue.html", catalogue_html(cat))
    return [out / n for n in CATALOGUE_FILES]


def catalogue_xlsx(cat: dict, path: Path) -> None:
    """The catalogue as a workbook an analyst filters: programmes ranked by burden, data several
    programmes ask (the fields to standardise first), certificates several ask (the registry connections to
    build first), and packages that failed. Written beside the other outputs through a temporary file."""
    import os
    import tempfile

    from .report.sheets import Sheet, write_xlsx

    by_name = {r["name"]: r for r in cat["programmes"]}
    cols = ("name", "programme", "documents_before", "documents_after", "questions_before", "questions_after",
            "minutes_before", "minutes_after", "minutes_saved", "target_met", "problems", "report")
    sheets = [
        Sheet("Programmes", ("rank by burden",) + cols,
              [[i] + [by_name[n][c] for c in cols] for i, n in enumerate(cat["ranked_by_burden"], 1)]),
        Sheet("Data across programmes", ("concept", "programmes", "distinct wordings", "wordings", "programme names"),
              [[d["concept"], d["programmes"], d["distinct_wordings"], " | ".join(d["wordings"]), ", ".join(d["names"])]
               for d in cat["data_across_programmes"]]),
        Sheet("Certificates", ("certificate", "registry", "programmes", "programme names"),
              [[c["certificate"], c["registry"] or "", c["programmes"], ", ".join(c["names"])]
               for c in cat["certificates_across_programmes"]]),
        Sheet("Not analysed", ("name", "status", "why"),
              [[f["name"], "failed", f["error"]] for f in cat["failed"]]
              + [[e["name"], "empty", "; ".join(str(p) for p in e["problems"])] for e in cat["empty"]]),
    ]
    fd, tmp = tempfile.mkstemp(prefix=".formslim-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        write_xlsx(sheets, Path(tmp))
        usual_mode(tmp)  # (mkstemp's 0600 would leave the catalogue unreadable to the team)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def catalogue_html(cat: dict) -> str:
    e = html_text  # (a manifest's text, a folder's name: escaped for text and attributes, no control character)

    def table(head: list[str], rows: list[list]) -> str:
        th = "".join(f"<th>{e(h)}</th>" for h in head)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        return f'<div class="scroll"><table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table></div>'

    progs = {r["name"]: r for r in cat["programmes"]}
    heaviest = [[f'<a href="{e(progs[n]["report"])}">{e(progs[n]["programme"])}</a>',
                 progs[n]["documents_before"], progs[n]["questions_before"], f'{progs[n]["minutes_before"]:.0f}']
                for n in cat["ranked_by_burden"][:20]]
    burden = [[f'<a href="{e(progs[n]["report"])}">{e(progs[n]["programme"])}</a>',
               progs[n]["documents_before"], progs[n]["documents_after"], progs[n]["questions_before"],
               progs[n]["questions_after"], f'{progs[n]["minutes_before"]:.0f}', f'{progs[n]["minutes_after"]:.0f}',
               f'{progs[n]["minutes_saved"]:.0f}',
               "—" if progs[n]["target_met"] is None else "yes" if progs[n]["target_met"] else "no"]
              for n in cat["ranked_by_potential"]]
    data = [[e(d["concept"]), d["programmes"], d["distinct_wordings"], e(" · ".join(d["wordings"][:8]))]
            for d in cat["data_across_programmes"][:100]]
    certs = [[e(c["certificate"]), e(c["registry"] or "—"), c["programmes"], e(", ".join(c["names"]))]
             for c in cat["certificates_across_programmes"] if c["programmes"] >= 2][:100]
    if not certs:
        certs = [["(none asked by more than one programme; catalogue.json lists every certificate)", "", "", ""]]
    failed = "".join(f"<li>{e(f['name'])}: {e(f['error'])}</li>" for f in cat["failed"])
    t = cat["totals"]
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>formslim catalogue</title>
<style>body{{font-family:system-ui,sans-serif;margin:1.5rem;max-width:72rem;color:#1b1b1b}}
.scroll{{overflow-x:auto}}table{{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}}
th,td{{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}}
th{{background:#f3f4f6}}td:nth-child(n+2){{white-space:nowrap}}</style></head><body>
<h1>Catalogue of {cat['analysed']} programme{'' if cat['analysed'] == 1 else 's'}</h1>
<p>{cat['packages']} packages given, {cat['analysed']} analysed, {len(cat['failed'])} failed, {len(cat['empty'])} with no
readable document. Across the programmes analysed: documents {t['documents_before']:.0f} → {t['documents_after']:.0f},
questions {t['questions_before']:.0f} → {t['questions_after']:.0f}, minutes per applicant (sum over programmes)
{t['minutes_before']:.0f} → {t['minutes_after']:.0f}.</p>
<h2>Programmes by burden today (minutes per applicant; the 20 heaviest)</h2>
{table(["Programme", "Documents", "Questions", "Minutes"], heaviest)}
<h2>Programmes by reduction potential (minutes saved per applicant)</h2>
{table(["Programme", "Documents before", "after", "Questions before", "after", "Minutes before", "after", "Saved",
        "Target met"], burden)}
<h2>Data asked by several programmes</h2>
<p>The same datum asked by several programmes, often in different words: the fields to standardise first.</p>
{table(["Datum (concept)", "Programmes", "Wordings", "Examples"], data)}
<h2>Certificates asked by several programmes</h2>
<p>The registry connections worth building first.</p>
{table(["Certificate", "Registry", "Programmes", "Which"], certs)}
{"<h2>Failed</h2><ul>" + failed + "</ul>" if failed else ""}
</body></html>
"""
