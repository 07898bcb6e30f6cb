"""The ``formslim`` command: a thin layer over the library API.

Exit codes: 0 — done (for analyze: the target is met, or no target applies); 1 — some file could not be read (the others
are reported); 2 — wrong usage (unknown option, missing path); 3 — nothing could be read at all;
4 — analyze: the reduction target is not met; 5 — compare/diff with --fail-on-change: the two sides differ.
"""
from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

from . import __version__
from .errors import FormslimError
from .parse import read_package
from .report import inventory
from .safe_output import one_line, shown_name, terminal_text, write_text_file

def _remember(ctx, param, value):
    ctx.meta[param.name] = value
    return value


def cache_options(f):
    """--cache PATH and --no-cache: where read documents are kept between runs."""
    f = click.option("--no-cache", is_flag=True, expose_value=False, callback=_remember,
                     help="Read every document again; neither use nor fill the cache.")(f)
    return click.option("--cache", "cache_path", type=click.Path(dir_okay=False), expose_value=False,
                        callback=_remember,
                        help="The document cache (SQLite; default: $FORMSLIM_CACHE, else "
                             "~/.cache/formslim/documents.sqlite).")(f)


def _open_cache():
    """The cache the command line asks for (None: no cache) and its statistics."""
    from .cache import CacheStats, DocumentCache, default_path

    meta = click.get_current_context().meta
    stats = CacheStats()
    if meta.get("no_cache"):
        return None, stats
    path = meta.get("cache_path") or default_path()
    if path is not None and str(path).lower() in ("0", "off", "no", "false", "none"):
        path = None  # as FORMSLIM_CACHE=0: no cache
    return (DocumentCache.open(path, stats) if path else None), stats


@contextlib.contextmanager
def _reading(quiet: bool, debug: bool):
    """The cache the command line asks for, closed and reported when the reading is done; a library error
    during it is one line (a traceback with --debug)."""
    cache, stats = _open_cache()
    try:
        yield cache
    except FormslimError as exc:
        if debug:
            raise
        raise click.ClickException(one_line(str(exc))) from None
    finally:
        _close_cache(cache, stats, quiet)


_NOTHING_READ = "no document could be read (PDF, DOCX, HWPX, HWP, XLSX)"


def _nothing_read_why(paths) -> str:
    """Why nothing was read, said of a folder: it is empty, or what it holds is no document formslim reads
    (the files skipped, named)."""
    from pathlib import Path

    paths = [Path(p) for p in paths]
    if len(paths) != 1 or not paths[0].is_dir():
        return _NOTHING_READ
    files = sorted(p.relative_to(paths[0]).as_posix() for p in paths[0].rglob("*")
                   if p.is_file() and not any(x.startswith(".") for x in p.relative_to(paths[0]).parts))
    if not files:
        return f"{_NOTHING_READ}: the folder is empty"
    readable = [f for f in files if f.lower().endswith((".pdf", ".docx", ".hwpx", ".hwp", ".xlsx"))]
    if readable:
        # (documents of a kind formslim reads, each of which failed: said on its own line before this one)
        shown = ", ".join(readable[:5]) + (f" and {len(readable) - 5} more" if len(readable) > 5 else "")
        return f"{_NOTHING_READ}: none of its documents could be read ({shown}; see the lines above)"
    shown = ", ".join(files[:5]) + (f" and {len(files) - 5} more" if len(files) > 5 else "")
    return f"{_NOTHING_READ}: the folder holds no such file (skipped: {shown})"


def _why_nothing_read(package, paths) -> tuple:
    """The problems of a package nothing could be read from: its files' own, or — a folder holding nothing
    formslim reads — one per path, code ``empty``, so a script's JSON says why and not only stderr."""
    from .model import Problem

    return package.problems or tuple(Problem(file=str(p), message=_nothing_read_why([p]), code="empty") for p in paths)


def _nothing_read_json(package, paths) -> str:
    """``formslim.nothing-read/1``: what a command asked for JSON prints when nothing could be read — the
    package (or side) and why, so a script always gets JSON on stdout."""
    return _nothing_read_doc(package.name, [x.to_dict() for x in _why_nothing_read(package, paths)])


def _nothing_read_doc(name: str, problems: list[dict]) -> str:
    """The ``formslim.nothing-read/1`` JSON text: the package (or side) and its problems."""
    import json as _json

    doc = {"schema": "formslim.nothing-read/1", "package": name, "problems": problems}
    return terminal_text(_json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True)) + "\n"


def _nothing_read(what, quiet: bool, then=None) -> None:
    """Nothing could be read from ``what`` (paths): one line, ``then()`` (the empty JSON), exit 3."""
    if not quiet:
        click.echo(f"Error: {one_line(', '.join(str(p) for p in what))}: {one_line(_nothing_read_why(what))}", err=True)
    if then is not None:
        then()
    raise click.exceptions.Exit(EXIT_NOTHING)


def _close_cache(cache, stats, quiet: bool) -> None:
    """Close the cache; say what went wrong with it and how many documents came from it."""
    if cache is not None:
        cache.close()
    if quiet:
        return
    for note in stats.notes:
        click.echo(one_line(note), err=True)
    if stats.hits + stats.misses:
        click.echo(stats.line(), err=True)


def common_options(f):
    """-o, --quiet, --debug and the cache options, shared by the commands that read documents."""
    f = cache_options(f)
    f = click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")(f)
    f = click.option("--quiet", is_flag=True, help="No progress or problem lines on stderr.")(f)
    return click.option("-o", "--output", type=click.Path(dir_okay=False),
                        help="Write to this file instead of stdout.")(f)


knowledge_option = click.option(
    "--knowledge", "knowledge_dirs", multiple=True, type=click.Path(exists=True),
    help="Extra knowledge files or folders (YAML: concepts, roles, rules, registries). Repeatable.")

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOTHING, EXIT_TARGET_MISSED, EXIT_CHANGED = 0, 1, 2, 3, 4, 5


def _report_of(out: Path) -> str:
    """The package an earlier formslim report in ``out`` is of (its plan.json's ``package``), "" where there is
    none or it cannot be read."""
    import json as _json

    try:
        plan = _json.loads((out / "plan.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return str(plan.get("package") or "") if isinstance(plan, dict) else ""


def _progress(enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None
    return lambda name: click.echo(f"reading {one_line(name)}", err=True)


def _write(text: str, output: str | None) -> None:
    if output:
        out = Path(output)
        if out.exists() and out.is_dir():
            raise click.ClickException(f"{one_line(output)}: is a folder, give a file name")
        try:
            write_text_file(out, text)  # atomic; never through a symlink
        except FormslimError as exc:
            raise click.ClickException(one_line(str(exc))) from None
        click.echo(f"wrote {one_line(output)}", err=True)
    else:
        click.echo(terminal_text(text), nl=False)  # document text carries no escape sequence to a terminal


def _error_line(p) -> str:
    return f"Error: {shown_name(p.file)}: {one_line(p.message)}"


class _OneLineUsage:
    """Wrong usage (an unknown option, a missing argument, a bad value) is one line on stderr naming the
    command and where its help is, exit 2 — not click's usage block."""

    @staticmethod
    def _one_line(exc: click.UsageError) -> click.UsageError:
        if exc.ctx is None:
            return exc
        where = exc.ctx.command_path
        return click.UsageError(f"{where}: {one_line(exc.format_message())} (see '{where} --help')")

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as exc:
            raise self._one_line(exc) from None

    def resolve_command(self, ctx, args):
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as exc:
            raise self._one_line(exc) from None


class _Command(_OneLineUsage, click.Command):
    pass


class _Group(_OneLineUsage, click.Group):
    command_class = _Command


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="formslim")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="A formslim.toml of defaults (default: ./formslim.toml, else ~/.config/formslim/formslim.toml).")
@click.pass_context
def main(ctx, config_path) -> None:
    """formslim: find the paperwork an application package can do without.

    Defaults for target, tariff, lang, jobs and cache can live in a formslim.toml (a [defaults] table
    for every command, and a table per command such as [batch]); the command line wins.
    """
    from .config import load_config

    try:
        ctx.default_map = load_config(config_path)
    except FormslimError as exc:
        raise click.ClickException(one_line(str(exc))) from None


@main.command("fields")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="Output format.")
@common_options
def fields_cmd(paths: tuple[str, ...], fmt: str, output: str | None, quiet: bool, debug: bool) -> None:
    """List every field of the documents in PATHS (files, or folders read as one package each).

    One line per unreadable file goes to stderr; the other files are still read.
    """
    package = _read(paths, quiet, debug, inventory.to_json if fmt == "json" else None, output)
    writer = {"table": inventory.to_table, "csv": inventory.to_csv, "json": inventory.to_json}[fmt]
    # (a CSV written to a file begins with a byte-order mark, as analyze's do — a spreadsheet on Korean Windows opens
    # it; on stdout, for a pipe, none: review 63 #14)
    _write(("\ufeff" if fmt == "csv" and output else "") + writer(package), output)
    if package.problems:
        sys.exit(EXIT_PARTIAL)


def _paths_exist(paths, json_out: bool = False) -> None:
    """A path that does not exist is wrong usage: one line, exit 2, in every command — and, for a command asked for
    JSON (``json_out``), ``formslim.nothing-read/1`` on stdout naming it, so a script always gets JSON (review 63
    #15: nothing on stdout)."""
    from .model import Problem

    for p in paths:
        if not Path(p).exists():
            click.echo(f"Error: {shown_name(str(p))}: no such file or folder", err=True)
            if json_out:
                click.echo(_nothing_read_doc(Path(str(p)).name, [Problem(str(p), "no such file or folder",
                                                                           "not_found").to_dict()]), nl=False)
            raise click.exceptions.Exit(EXIT_USAGE)


def _read(paths, quiet: bool, debug: bool, empty_json=None, output=None):
    """The package of PATHS. When nothing could be read: one line on stderr, exit 3 — and, for a command
    asked for JSON (``empty_json``), the empty result with its problems on stdout, so scripts always get
    JSON."""
    _paths_exist(paths, empty_json is not None)
    with _reading(quiet, debug) as cache:
        package = read_package(paths, progress=_progress(not quiet), cache=cache)
    if not quiet:
        for p in package.problems:
            click.echo(_error_line(p), err=True)
    if not package.documents:
        from dataclasses import replace as _replace

        package = _replace(package, problems=_why_nothing_read(package, paths))
        _nothing_read(paths, quiet, (lambda: _write(empty_json(package), output)) if empty_json is not None else None)
    return package


def _manifest(paths, manifest_path):
    """The manifest given, else formslim.yaml in the package folder when one folder is given."""
    from .manifest import find_manifest, load_manifest

    try:
        if manifest_path:
            return load_manifest(manifest_path)
        if len(paths) == 1 and Path(paths[0]).is_dir():
            found = find_manifest(Path(paths[0]))
            return load_manifest(found) if found else None
    except FormslimError as exc:
        raise click.ClickException(one_line(str(exc))) from None
    return None


def _say(text: str, quiet: bool) -> None:
    if not quiet:
        click.echo(one_line(text), err=True)


def _kb(knowledge_dirs):
    from .knowledge import load_knowledge

    try:
        return load_knowledge(knowledge_dirs)
    except FormslimError as exc:
        raise click.ClickException(one_line(str(exc))) from None


@main.command("match")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output format.")
@click.option("--review/--no-review", default=True, show_default=True, help="Also list links that need review.")
@click.option("--manifest", "manifest_path", type=click.Path(exists=True, dir_okay=False),
              help="The package manifest (parties, whose copy a form is, never_merge); default: formslim.yaml "
                   "in the package folder.")
@click.option("--lang", type=click.Choice(["ko", "en"]),
              help="Language of the table's own words (default: the package's; the JSON is unaffected).")
@knowledge_option
@common_options
def match_cmd(paths, fmt, review, manifest_path, lang, output, knowledge_dirs, quiet, debug):
    """Find the fields of a package that ask for the same datum, and the derivable ones.

    Prints duplicate groups (certain links, asked once in a redesigned form), derivations (computed,
    totals, registry lookups) and, with --review, the links a person should check.
    """
    from .match import derive, printed_agreements
    from .report import matching

    from .pipeline import match_with_manifest

    manifest = _manifest(paths, manifest_path)
    kb = _kb(knowledge_dirs)  # a bad knowledge file is said before any document is read
    package = _read(paths, quiet, debug, matching.empty_json if fmt == "json" else None, output)
    result, stated = match_with_manifest(package, kb, manifest)
    for line in stated:
        _say(f"manifest: {line}", quiet)
    derivations = derive(result, kb, agreements=printed_agreements(package))
    if fmt == "json":
        _write(matching.to_json(package, result, derivations, include_review=review), output)
    else:
        from .pipeline import detect_language, knowledge_as_printed

        _write(matching.to_table(package, result, derivations, include_review=review,
                                 lang=lang or detect_language(package), kb=knowledge_as_printed(package, kb)), output)
    if package.problems:
        sys.exit(EXIT_PARTIAL)


@main.command("graph")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "graphml"]), default="json", show_default=True,
              help="JSON (nodes and edges) or GraphML (for Gephi, yEd, networkx).")
@knowledge_option
@common_options
def graph_cmd(paths, fmt, output, knowledge_dirs, quiet, debug):
    """Export the dependency graph of a package: documents, fields, concepts and registries with
    contains, instance_of, same_as, derived_from and provided_by edges."""
    from . import graph
    from .match import derive, match_package, printed_agreements

    kb = _kb(knowledge_dirs)
    package = _read(paths, quiet, debug, (lambda p: _nothing_read_json(p, paths)) if fmt == "json" else None, output)
    result = match_package(package, kb)
    g = graph.build_graph(package, result, derive(result, kb, agreements=printed_agreements(package)), kb)
    _write(graph.to_graphml(g) if fmt == "graphml" else graph.to_json(g), output)
    if package.problems:
        sys.exit(EXIT_PARTIAL)


@main.command("analyze")
@click.argument("package", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False),
              help="Report folder (default: formslim-report/<package name>). Never overwrites other files.")
@click.option("--target", type=click.FloatRange(0, 1),
              help="Share of documents to remove (0-1). Default for a Korean support application: MSS's 9 → 4.4 as the "
                   "count it is — at most 4.4 documents per application on every count, said as formslim's own in "
                   "every verdict; elsewhere none, no verdict.")
@click.option("--lang", type=click.Choice(["ko", "en"]), help="Report language (default: the package's).")
@click.option("--tariff", type=click.FloatRange(0, min_open=True),
              help="Cost of an hour of the applicant's time, above 0 (default: manifest, else assumed).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="What stdout carries: a short summary, or plan.json.")
@click.option("--manifest", "manifest_path", type=click.Path(exists=True, dir_okay=False),
              help="The package manifest, when it cannot sit beside the documents (default: PACKAGE/formslim.yaml).")
@knowledge_option
@cache_options
@click.option("--csv-bom/--no-csv-bom", default=True, show_default=True,
              help="Begin fields.csv and decisions.csv with a byte-order mark (Excel on Korean Windows reads UTF-8 "
                   "without one as CP949); --no-csv-bom for scripts that read plain UTF-8.")
@click.option("--quiet", is_flag=True, help="No progress or problem lines on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
def analyze_cmd(package, out_dir, target, lang, tariff, fmt, manifest_path, knowledge_dirs, csv_bom, quiet, debug):
    """The main job: propose the reduced package for PACKAGE (a folder, or files) and write the
    redesign report (report.html, report.md, plan.json, fields.csv, decisions.csv, report.xlsx,
    form.json; consolidated_form.docx and .hwpx where a consolidated form is proposed).

    Exit codes: 0 target met, or no target applies; 4 target not met; 1 some file could not be read (whatever the verdict); 2 usage;
    3 nothing read.
    """
    import json as _json

    from .pipeline import analyze
    from .report import redesign

    paths = [Path(p) for p in package]
    _paths_exist(paths, fmt == "json")
    _kb(knowledge_dirs)  # a bad knowledge file is said before any document is read
    if out_dir:
        # an output folder holding the user's own files is the wrong -o: said before any document is read
        try:
            redesign.prepare_output_dir(Path(out_dir))
        except FormslimError as exc:
            click.echo(f"Error: {one_line(str(exc))}", err=True)
            raise click.exceptions.Exit(EXIT_USAGE) from None
    progress = None
    bar = None
    if not quiet and sys.stderr.isatty():
        from .parse import package_files

        files = [f for p in paths for f in (package_files(p) if p.is_dir() else [p])]
        bar = click.progressbar(length=len(files), label="reading documents", file=sys.stderr)
        bar.__enter__()
        progress = lambda name: bar.update(1)  # noqa: E731
    try:
        with _reading(quiet, debug) as cache:
            result = analyze(paths, target=target, lang=lang, knowledge=knowledge_dirs, tariff=tariff,
                             progress=progress, manifest_path=manifest_path, cache=cache)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if not quiet:
        for p in result.package.problems:
            click.echo(_error_line(p), err=True)
    if not result.package.documents:
        # (under --format json a script still gets JSON: the problems, no plan — formslim.nothing-read/1)
        _nothing_read(paths, quiet, (lambda: click.echo(_nothing_read_json(result.package, paths), nl=False))
                      if fmt == "json" else None)
    out = Path(out_dir) if out_dir else Path("formslim-report") / (result.package.name or "package")
    before = _report_of(out)
    try:
        written = redesign.write_report(result, out, csv_bom)
    except FormslimError as exc:
        raise click.ClickException(one_line(str(exc))) from None
    if not quiet and before and before != result.package.name:
        # (formslim's own earlier report is replaced, as ever — but another package's, said once it is: review 63
        # #11 pointed -o at the K-Startup report's folder with the loan consents and lost it without a word; a write
        # that fails replaces nothing and says only why)
        click.echo(f"warning: {one_line(str(out))} held the report of another package ({one_line(before)}): "
                   f"replaced by this one", err=True)
    s = redesign.summary(result)
    for x in result.plan.assumptions:
        if x.startswith("override not applied: "):  # a manifest line that names no field of the package
            click.echo(f"warning: manifest override {one_line(x[len('override not applied: '):])}", err=True)
    if fmt == "json":
        click.echo(terminal_text(_json.dumps(redesign.plan_json(result), ensure_ascii=False, indent=2, sort_keys=True)))
    else:
        # (the summary in the report's language — asked for, else the package's: a Korean report under an English
        # summary read as two tools, reviews 40 #11 and 41 #12; scripts read --format json)
        from .report.i18n import message

        said = "ko" if (lang or result.lang) == "ko" else "en"
        lines = _summary(one_line(result.programme), s, said)
        if redesign.files_not_applies(result):
            # (a package filed for someone else — the 추천기관 files for its 후보자 — names its filer, as the report
            # does: "모든 제출자가 내는 서류", not "신청인", review 54 #14)
            lines = [redesign.as_filed_for(x) for x in lines]
        for line in lines:
            click.echo(line)
        click.echo(message(said, "sum_report", path=one_line(str(out / "report.html"))))
    if not quiet:
        click.echo(f"wrote {one_line(str(out))}/ ({one_line(', '.join(p.name for p in written))})", err=True)
    if result.package.problems:
        sys.exit(EXIT_PARTIAL)
    if s["target_met"] is False and s["documents_before"]:
        sys.exit(EXIT_TARGET_MISSED)  # (a package with nothing of the applicant's to cut misses no target)


def _met_word(met) -> str:
    """"met", "not met", or "none set" where a package has no target (no verdict)."""
    return "none set" if met is None else "met" if met else "not met"


def _summary(programme: str, s: dict, lang: str) -> list[str]:
    """The summary lines of ``analyze`` in ``lang`` (the phrases are report.i18n's ``sum_*`` messages): documents,
    then questions and minutes, then the closing stage's documents where there are any. The first line counts the
    document types an applicant submits (the programme's online application among them); where the programme notice
    tables its submissions, the second counts as the notice does, with the floor no plan goes below. The verdict is
    the first count's, met only where nothing rises."""
    from .report.i18n import joined, josa, message
    from .report.redesign import bases_split, count_verdict, low_high, verdict_key

    def m(key: str, **kw) -> str:
        return message(lang, key, **kw)

    def pct(x: float) -> str:
        return f"{x * 100:.0f}"

    from .model import MSS_DOCUMENTS_AFTER, MSS_DOCUMENTS_BEFORE
    from .text import percent
    # (MSS's figure, formslim's default, is a count of documents per application; a target the user sets is a share)
    count = f'{s["target_documents"]:g}' if s.get("target_documents") is not None else None
    default = "" if not s.get("target_default") else m(
        "sum_default_documents", n=count, mss_before=MSS_DOCUMENTS_BEFORE, mss_after=MSS_DOCUMENTS_AFTER) \
        if count else m("sum_default", pct=percent(s["target"]), mss_before=MSS_DOCUMENTS_BEFORE,
                        mss_after=MSS_DOCUMENTS_AFTER)
    target = m("sum_no_target") if s["target"] is None else m("sum_target_documents", n=count) if count else \
        m("sum_target", pct=percent(s["target"]))
    verdict = "" if s["target_met"] is None else m({"met": "sum_met", "not_met": "sum_not_met",
                                                      "within_before": "sum_within_before"}[verdict_key(s)])
    split = bases_split(s, lang, figures=False)  # (the figures of each count are on these lines)
    if split:
        verdict += f" — {split}"  # (met on one count and not on another: not met, and which is which)
    if not s["documents_before"] and s["target"] is not None:
        # (every paper is another party's or filed after the award: there is nothing of the applicant's to cut, and
        # "NOT met" would say a plan failed)
        verdict = m("sum_nothing")
    if s["documents_target_met"] and not s["target_met"] and s["rises"]:
        verdict += m("sum_rises", rises="; ".join(
            m("sum_rise", what=m(f"sum_rise_{r['what']}"), before=f"{r['before']:.0f}", after=f"{r['after']:.0f}")
            for r in s["rises"]))
    required = s["target_basis"] == "required"
    papers = (m("sum_papers_required", before=s["documents_required_before"], after=s["documents_required_after"],
                pct=pct(s["reduction"])) if required else
              m("sum_papers", before=s["documents_before"], after=s["documents_after"], pct=pct(s["reduction"])))
    alldocs = m("sum_all_documents", before=s["documents_before"], after=s["documents_after"]) if required else ""
    # (a removal awaiting the agency's approval to use a check: the count as it stands until then, beside the count
    # it is in — the figures the brief and the workbook give: review 61 #2)
    pending = s.get("pending_approval") or []
    if pending:
        names = joined([n for x in pending for n in x["names"]], lang)
        if required and any(not x["conditional"] for x in pending):
            papers += m("sum_pending", names=names, before=s["documents_required_before"],
                        after=pending[0]["documents_required_after"])
        later = m("sum_pending", names=names, before=s["documents_before"], after=pending[0]["documents_after"])
        alldocs = alldocs + later if required else alldocs
        papers += "" if required else later
    if s.get("online_application_counted"):
        papers += m("sum_online_included")
    first = [m("sum_first", programme=programme, papers=papers, target=target, verdict=verdict, default=default,
               alldocs=alldocs)]
    if (n := s["notice_count"]) is not None:
        # (the notice's own count of its submissions follows, with its floor where no plan meets the target on it)
        items = "; ".join(x["item"] + " " + x["how"] for x in n["items"])
        floor = "" if n.get("reachable", True) else m("sum_notice_floor", floor=n["floor"],
                                                       items=", ".join(n["floor_items"]))
        first.append(one_line(m("sum_notice_second", before=n["before"], after=n["after"], items=items,
                                pct=pct(n["reduction"]), verdict="" if n["documents_met"] is None else
                                m({"within_before": "sum_within_before_short", "met": "sum_met", "not_met": "sum_not_met"}[
                                    count_verdict(n["documents_met"], n.get("already"))]),
                                floor=floor)))
        if lang == "ko":
            first[-1] = josa(first[-1])  # ("사업신청서, 사업계획서는")
    # (counted on the documents every applicant submits, those figures come first: a saving only those filing a
    # document in its case make — a payment voucher — is not every applicant's)
    second = m("sum_required_first", fields_before=s["fields_required_before"], fields_after=s["fields_required_after"],
               minutes_before=f"{s['minutes_required_before']:.0f}", minutes_after=f"{s['minutes_required_after']:.0f}",
               all_fields_before=s["fields_before"], all_fields_after=s["fields_after"],
               all_minutes_before=f"{s['minutes_before']:.0f}", all_minutes_after=f"{s['minutes_after']:.0f}") \
        if required else m("sum_questions", fields_before=s["fields_before"], fields_after=s["fields_after"],
                           minutes_before=f"{s['minutes_before']:.0f}", minutes_after=f"{s['minutes_after']:.0f}") \
        if not s.get("minutes_approved") else m(
            # (every form prints its approved time estimate: that is the burden of record, the model gives the change —
            # review 59 #3)
            "sum_questions_approved", fields_before=s["fields_before"], fields_after=s["fields_after"],
            minutes_before=low_high(s["minutes_approved"]["before"]), minutes_after=low_high(s["minutes_approved"]["after"]),
            model_before=f"{s['minutes_approved']['model_before']:.0f}", model_after=f"{s['minutes_approved']['model_after']:.0f}")
    # (a later stage's documents — a guarantee, a creditor's agreement — are no application documents)
    later = ([m("sum_after_approval", n=len(s["after_approval"]))
              + one_line("; ".join(x["title"] or x["file"] for x in s["after_approval"]))] if s["after_approval"] else [])
    return [*first, second, *later]


@main.command("batch")
@click.argument("source", type=click.Path(path_type=str))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False), required=True,
              help="Folder for one report per package and the catalogue.")
@click.option("--jobs", "-j", type=click.IntRange(0, 256), default=0, show_default=True,
              help="Packages analysed at once, each in its own process (0: one per core).")
@click.option("--target", type=click.FloatRange(0, 1),
              help="Share of documents to remove (0-1), for every package (default: MSS's count, at most 4.4 documents "
                   "per application, for a Korean support application, formslim's own; elsewhere none).")
@click.option("--lang", type=click.Choice(["ko", "en"]), help="Report language (default: each package's).")
@click.option("--tariff", type=click.FloatRange(0, min_open=True),
              help="Cost of an hour of the applicant's time, above 0 (default: manifest, else assumed).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="What stdout carries: one line per package, or catalogue.json.")
@click.option("--scheduler", help="Run the packages on a Dask cluster: the scheduler's address (tcp://host:8786), "
                                  "or 'local' for a cluster of --jobs workers on this machine. Needs formslim[dask].")
@knowledge_option
@cache_options
@click.option("--quiet", is_flag=True, help="No progress lines on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
def batch_cmd(source, out_dir, jobs, target, lang, tariff, fmt, scheduler, knowledge_dirs, quiet, debug):
    """Analyse every package of SOURCE — the sub-folders of a folder, or a list (CSV/TSV with a 'path'
    column, or 'local_path' and 'package' columns) — in parallel, one report per package in OUT, and write
    the catalogue (catalogue.json, .csv, .html): programmes ranked by burden and by what a reduction
    saves, data and certificates asked by several programmes. A package that fails is listed and the
    batch goes on; a batch re-run analyses only what is missing or changed.

    Exit codes: 0 every package analysed; 1 some package failed or had unreadable files; 2 usage;
    3 no package could be analysed.
    """
    import json as _json

    from .batching import LIST_SUFFIXES, BatchOptions, discover, run_batch
    from .cache import default_path

    meta = click.get_current_context().meta
    cache = None if meta.get("no_cache") else (meta.get("cache_path") or default_path())
    if cache is not None and str(cache).lower() in ("0", "off", "no", "false", "none"):
        cache = None
    _paths_exist([source], fmt == "json")
    _kb(knowledge_dirs)  # a bad knowledge file is said before any package is read
    try:
        specs = discover(source)
    except FormslimError as exc:
        if debug:
            raise
        if Path(source).is_dir():  # a folder with nothing to analyse: as "nothing could be read"
            click.echo(f"Error: {one_line(str(exc))}", err=True)
            if fmt == "json":
                from .model import Problem

                click.echo(_nothing_read_doc(Path(source).name, [Problem(file=str(source), message=str(exc),
                                                                         code="empty").to_dict()]), nl=False)
            raise click.exceptions.Exit(EXIT_NOTHING)
        if Path(source).suffix.lower() not in LIST_SUFFIXES:  # a file that is no list: wrong usage
            click.echo(f"Error: {one_line(str(exc))}", err=True)
            raise click.exceptions.Exit(EXIT_USAGE)
        raise click.ClickException(one_line(str(exc))) from None
    if not specs:
        raise click.ClickException(f"{one_line(source)}: no packages")

    def progress(done, total, entry):
        if quiet:
            return
        if entry["status"] == "ok":
            s = entry["summary"]
            what = (f"{s['documents_before']} → {s['documents_after']} documents, "
                    f"{s['minutes_before']:.0f} → {s['minutes_after']:.0f} min" + (" (unchanged, not analysed again)"
                                                                                   if entry.get("resumed") else ""))
        else:
            what = f"{entry['status']}: {entry.get('error', '')}"
        click.echo(f"[{done}/{total}] {one_line(entry['name'])}: {one_line(what)}", err=True)
        for problem in entry.get("problems") or []:  # files of the package that could not be read
            click.echo(f"Error: {one_line(entry['name'])}: {one_line(problem)}", err=True)

    options = BatchOptions(target=target, lang=lang, tariff=tariff, knowledge=tuple(knowledge_dirs),
                           cache=str(cache) if cache else None)
    try:
        result = run_batch(specs, out_dir, jobs=jobs, options=options, progress=progress, scheduler=scheduler)
    except FormslimError as exc:
        if debug:
            raise
        raise click.ClickException(one_line(str(exc))) from None
    cat = result.catalogue
    if fmt == "json":
        click.echo(terminal_text(_json.dumps(cat, ensure_ascii=False, indent=2, sort_keys=True)))
    else:
        for e in result.entries:
            if e["status"] == "ok":
                s = e["summary"]
                click.echo(f"{one_line(e['name'])}\t{s['documents_before']} → {s['documents_after']} documents\t"
                           f"{s['minutes_before']:.0f} → {s['minutes_after']:.0f} min\t"
                           f"target {_met_word(s['target_met'])}")
            else:
                click.echo(f"{one_line(e['name'])}\t{e['status']}\t{one_line(e.get('error', ''))}")
    if not quiet:
        parsed = sum((e.get("cache") or {}).get("parsed", 0) for e in result.entries if not e.get("resumed"))
        hits = sum((e.get("cache") or {}).get("hits", 0) for e in result.entries if not e.get("resumed"))
        click.echo(f"catalogue: {one_line(str(Path(out_dir) / 'catalogue.html'))} ({cat['packages']} packages: "
                   f"{cat['analysed'] - result.resumed} analysed now, {result.resumed} unchanged since the last run "
                   f"(kept), {result.failed} failed; documents parsed {parsed}, from the cache {hits})", err=True)
    if cat["analysed"] == 0 and result.resumed == 0:
        sys.exit(EXIT_NOTHING)
    if result.failed or cat["empty"] or cat["problems"]:
        sys.exit(EXIT_PARTIAL)


@main.command("compare")
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output format.")
@click.option("--target", type=click.FloatRange(0, 1),
              help="Share of documents to remove (0-1), for both plans (default: MSS's count, at most 4.4 documents "
                   "per application, for a Korean support application, formslim's own; elsewhere none).")
@click.option("--fail-on-change", is_flag=True, help="Exit 5 when the two sides differ (for CI pipelines).")
@knowledge_option
@common_options
def compare_cmd(old, new, fmt, target, fail_on_change, output, knowledge_dirs, quiet, debug):
    """Compare two versions of a form or package, or two programmes: documents and questions kept,
    reworded (the same datum in other words), changed, moved, removed and added; the burden and the
    verdict of both plans.

    Exit codes: 0 done; 5 with --fail-on-change when the two sides differ; 1 some file could not be read;
    2 usage; 3 nothing could be read.
    """
    import json as _json

    from .comparison import compare, compare_table

    _paths_exist([old, new], fmt == "json")
    _kb(knowledge_dirs)  # a bad knowledge file is said before any document is read
    with _reading(quiet, debug) as cache:
        c = compare([old], [new], target=target, knowledge=knowledge_dirs, cache=cache)
    problems = list(c.a.package.problems) + list(c.b.package.problems)
    if not quiet:
        for p in problems:
            click.echo(_error_line(p), err=True)
    if not c.a.package.documents or not c.b.package.documents:
        side, path = (c.a.package, old) if not c.a.package.documents else (c.b.package, new)
        _nothing_read([path], quiet, (lambda: _write(_nothing_read_json(side, [path]), output))
                      if fmt == "json" else None)
    _write(_json.dumps(c.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n" if fmt == "json"
           else compare_table(c), output)
    if problems:
        sys.exit(EXIT_PARTIAL)
    if fail_on_change and not c.identical:
        sys.exit(EXIT_CHANGED)


@main.command("diff")
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output format.")
@click.option("--fail-on-change", is_flag=True, help="Exit 5 when the questions differ (for CI pipelines).")
@knowledge_option
@common_options
def diff_cmd(old, new, fmt, fail_on_change, output, knowledge_dirs, quiet, debug):
    """Compare two versions of a form or package (or two programmes): questions kept, reworded,
    changed (kind, options, required), removed and added."""
    import json as _json

    from .match.versions import diff_packages, diff_table

    _paths_exist([old, new], fmt == "json")
    kb = _kb(knowledge_dirs)
    a = _read([old], quiet, debug, (lambda p: _nothing_read_json(p, [old])) if fmt == "json" else None, output)
    b = _read([new], quiet, debug, (lambda p: _nothing_read_json(p, [new])) if fmt == "json" else None, output)
    d = diff_packages(a, b, kb)
    _write(_json.dumps(d.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n" if fmt == "json"
           else diff_table(d), output)
    s = d.to_dict()["summary"]
    if a.problems or b.problems:
        sys.exit(EXIT_PARTIAL)
    if fail_on_change and (s["reworded"] or s["changed"] or s["removed"] or s["added"]):
        sys.exit(EXIT_CHANGED)


@main.command("eligibility")
@click.argument("notice", type=click.Path(path_type=str))
@click.option("--profile", type=click.Path(path_type=str),
              help="A company profile (YAML) to check against the criteria.")
@click.option("--rules", "rules_path", type=click.Path(path_type=str),
              help="Use these rules (a file written by --rules-out, edited) instead of reading NOTICE's clauses.")
@click.option("--rules-out", type=click.Path(dir_okay=False),
              help="Write the criteria as an editable rules file (YAML).")
@click.option("--plan", "plan_dir", type=click.Path(path_type=str),
              help="A reduction plan (the folder formslim analyze -o wrote): list what the applicant still "
                   "submits and what the agency fetches.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="What stdout holds: the criteria and decisions, or the JSON (schema formslim.eligibility/1).")
@click.option("--lang", type=click.Choice(["en", "ko"]), default=None,
              help="Language of the text output's own words (the clauses stay as printed; JSON is unaffected); "
                   "default: the notice's.")
@knowledge_option
@click.option("--quiet", is_flag=True, help="No problem lines on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
def eligibility_cmd(notice, profile, rules_path, rules_out, plan_dir, fmt, lang, knowledge_dirs, quiet, debug):
    """Read a programme notice's eligibility criteria (공고문: PDF, DOCX, HWPX, HWP) as rules, each with
    the clause it came from; with --profile, decide each criterion for a company: met, not met, or cannot
    tell (and what is missing). A clause formslim cannot turn into a rule is listed to read yourself.

    Exit codes: 0 done (whatever the verdict); 2 usage; 3 the notice could not be read; 1 an error in the
    profile or rules file.
    """
    import json as _json

    from .eligibility import (load_plan, load_plan_form, load_profile, notice_rules, rules_from_yaml, rules_yaml,
                              self_check)
    from .errors import InputFileError

    _paths_exist([notice] + [p for p in (profile, rules_path, plan_dir) if p], fmt == "json")
    try:
        if rules_path:
            rules = rules_from_yaml(rules_path)
        else:
            try:
                rules = notice_rules(notice, knowledge_dirs)
            except InputFileError as exc:
                if not quiet:
                    click.echo(f"Error: {shown_name(exc.file)}: {one_line(exc.message)}", err=True)
                raise click.exceptions.Exit(EXIT_NOTHING) from None
        facts, problems = load_profile(profile) if profile else (None, [])
        plan = load_plan(plan_dir) if plan_dir else None
    except FormslimError as exc:
        if debug:
            raise
        raise click.ClickException(one_line(str(exc))) from None
    from .eligibility import rule_problems

    problems = [*problems, *rule_problems(rules, facts)]
    if not quiet:
        for p in problems:
            click.echo(f"Warning: {shown_name(profile or rules_path or notice)}: {one_line(p)}", err=True)
        if not rules.criteria:
            click.echo(f"Warning: {shown_name(notice)}: no eligibility section found (신청자격, 지원대상, 신청 제외 "
                       f"대상 …): is this a programme notice?", err=True)
        elif rules.reference_date is None and not rules_path:
            # (a submission checklist read as a notice gave criteria, "notice dated unknown" and no warning)
            click.echo(f"Warning: {shown_name(notice)}: no notice date found (공고일, a dated 공고 line): business "
                       f"ages count from the profile's application_date — is this a programme notice?", err=True)
    try:
        check = self_check(rules, facts, problems, plan, load_plan_form(plan_dir) if plan_dir else None)
    except FormslimError as exc:
        raise click.ClickException(one_line(f"{plan_dir}: {exc}")) from None
    if rules_out:
        out = Path(rules_out)
        try:
            write_text_file(out, rules_yaml(rules))
        except FormslimError as exc:
            raise click.ClickException(one_line(str(exc))) from None
        _say(f"wrote {rules_out}", quiet)
    if fmt == "json":
        _write(_json.dumps(check.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n", None)
    else:
        from .eligibility import eligibility_text, notice_language

        _write(eligibility_text(check, lang or notice_language(rules)), None)


@main.command("fill")
@click.argument("report_dir", type=click.Path(path_type=str))
@click.option("--profile", required=True, type=click.Path(path_type=str),
              help="The company profile (YAML): core keys and facts by concept.")
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False),
              help="Write filled_form.json and the filled form (DOCX; HWPX for a Korean form) here.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="What stdout holds: what was filled from where, or the JSON.")
@click.option("--quiet", is_flag=True, help="No messages on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
def fill_cmd(report_dir, profile, out_dir, fmt, quiet, debug):
    """Pre-fill the consolidated form of a plan (REPORT_DIR: what `formslim analyze -o` wrote) for one
    company: each answer from the profile, checked (dates, registration-number check digits, amounts,
    options) — a value that fails is flagged, not written; questions the agency fetches from a registry
    are left marked for the agency; nothing is filled without a source.

    Exit codes: 0 done; 1 a form, profile or output problem, or a value flagged; 2 usage.
    """
    import json as _json

    from .eligibility import load_profile
    from .prefill import fill_form, fill_summary, load_form, profile_problems, unused_facts, write_filled

    _paths_exist([report_dir, profile], fmt == "json")
    try:
        form = load_form(report_dir)
        facts, problems = load_profile(profile)
        problems = [*problems, *profile_problems(facts)]
        filled, done = fill_form(form, facts)
        written = write_filled(filled, Path(out_dir)) if out_dir else []
    except FormslimError as exc:
        if debug:
            raise
        raise click.ClickException(one_line(str(exc))) from None
    for p in problems:
        _say(f"Warning: {shown_name(profile)}: {p}", quiet)
    for path in written:
        _say(f"wrote {path}", quiet)
    summary = fill_summary(done)
    unused = unused_facts(facts, done)
    if fmt == "json":
        _write(_json.dumps({"schema": "formslim.fill/1", "summary": summary, "items": [f.to_dict() for f in done],
                            "unused": unused}, ensure_ascii=False, indent=2, sort_keys=True) + "\n", None)
    else:
        from .report.i18n import message

        # (in the form's language, as its report: review 44 #11)
        lang = form.get("language") if form.get("language") in ("ko", "en") else "en"
        lines = [message(lang, "fill_summary", **summary)]
        from .prefill import source_text

        lines += [f"{message(lang, 'fill_' + f.outcome):8} {f.label[:50]}: {f.value if f.value is not None else ''}  "
                  f"({source_text(f.source, lang)})" for f in done if f.outcome in ("filled", "flagged", "not_applicable")]
        if unused:
            lines.append(message(lang, "fill_unused", keys=", ".join(unused)))
        _write("\n".join(lines) + "\n", None)
    if summary["flagged"]:
        sys.exit(EXIT_PARTIAL)


@main.command("screen")
@click.argument("plans", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--template", "templates", multiple=True, type=click.Path(path_type=str),
              help="The programme's blank template (the form as published), and its notice: their text and "
                   "metadata are not evidence. Repeatable.")
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False),
              help="Also write screen.json and screen.html into this folder.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="What stdout holds: a summary, or the JSON result (schema formslim.screen/1).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Pair score from which two plans are grouped.")
@click.option("--lang", type=click.Choice(["ko", "en"]), default=None,
              help="Language of the summary and screen.html (default: the plans').")
@knowledge_option
@click.option("--quiet", is_flag=True, help="No progress or problem lines on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
def screen_cmd(plans, templates, out_dir, fmt, threshold, lang, knowledge_dirs, quiet, debug):
    """Find business plans (DOCX, HWPX, HWP, PDF files or folders of them) that share authorship beyond
    the programme's template: near-duplicate passages, file metadata an applicant would not share,
    identical images. Evidence for review, not proof.

    Exit codes: 0 done (with or without groups); 1 some file could not be read; 2 usage; 3 nothing could
    be read.
    """
    import json as _json

    from .screening import ScreenOptions, screen

    _paths_exist([*plans, *templates], fmt == "json")
    try:
        r = screen(plans, templates, ScreenOptions(threshold=threshold), progress=_progress(not quiet),
                   knowledge=knowledge_dirs)
    except FormslimError as exc:
        if debug:
            raise
        raise click.ClickException(one_line(str(exc))) from None
    if not quiet:
        for p in r.problems:
            click.echo(_error_line(p), err=True)
        for w in r.warnings:
            click.echo(f"Warning: {one_line(w)}", err=True)
    if not r.documents:
        _nothing_read(plans, quiet, (lambda: _write(_json.dumps(r.to_dict(), ensure_ascii=False, indent=2,
                                                                sort_keys=True) + "\n", None))
                      if fmt == "json" else None)
    if out_dir:
        from .report.screening import write_screen

        try:
            for path in write_screen(r, Path(out_dir), lang or ""):
                _say(f"wrote {path}", quiet)
        except FormslimError as exc:
            raise click.ClickException(one_line(str(exc))) from None
    from .report.screening import screen_table

    _write(_json.dumps(r.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n" if fmt == "json"
           else screen_table(r, lang or ""), None)
    if r.problems:
        sys.exit(EXIT_PARTIAL)


@main.command("eval-pairs")
@click.argument("pairs", type=click.Path(dir_okay=False))
@click.option("--split", default="all", show_default=True,
              help="Evaluate only rows whose 'split' column has this value (e.g. dev, heldout), or all.")
@click.option("--count-review", is_flag=True, help="Count 'review' links as same-datum decisions too.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output format.")
@click.option("--errors", "show_errors", is_flag=True, help="List the pairs decided wrongly.")
@knowledge_option
def eval_pairs_cmd(pairs, split, count_review, fmt, show_errors, knowledge_dirs):
    """Score formslim's same-datum decision on a CSV of label pairs (label_a,label_b,same; UTF-8, or CP949
    as Korean Excel saves it): pairwise precision, recall, F1 and F0.5.

    Exit codes: 0 done; 1 the CSV or a knowledge file cannot be used; 2 usage.
    """
    import json as _json

    from .match.evaluate import evaluate_pairs, read_pairs

    _paths_exist([pairs], fmt == "json")
    kb = _kb(knowledge_dirs)
    try:
        rows = read_pairs(pairs, None if split == "all" else split)
    except FormslimError as exc:
        raise click.ClickException(one_line(str(exc))) from None
    metrics, results = evaluate_pairs(rows, kb, count_review=count_review)
    metrics = {"schema": "formslim.eval-pairs/1", "file": pairs, "split": split, **metrics}
    errors = [r for r in results if r.gold != r.predicted]
    if fmt == "json":
        out = dict(metrics)
        if show_errors:
            out["errors"] = [{"label_a": r.label_a, "label_b": r.label_b, "gold": int(r.gold), "score": r.score,
                              "status": r.status, "evidence": list(r.evidence)} for r in errors]
        click.echo(_json.dumps(out, ensure_ascii=False, indent=2, sort_keys=True))
        return
    click.echo(f"{metrics['pairs']} pairs ({metrics['positives']} same, {metrics['negatives']} different), "
               f"split {split}, counting {metrics['counted']} links")
    for k in ("precision", "recall", "f1", "f0_5"):
        click.echo(f"  {k:<10} {metrics[k]:.3f}")
    click.echo(f"  tp {metrics['tp']}  fp {metrics['fp']}  fn {metrics['fn']}  tn {metrics['tn']}")
    if show_errors:
        for r in errors:
            click.echo(f"  {'FN' if r.gold else 'FP'}  {r.label_a} | {r.label_b}  ({r.status or 'no link'} {r.score:.2f}: "
                       f"{'; '.join(r.evidence)})")


if __name__ == "__main__":  # pragma: no cover
    main()
