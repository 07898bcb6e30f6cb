"""formslim — find the paperwork an application package can do without.

The pipeline: parse → fields → match → graph → reduce → report. The library mirrors the command line::

    import formslim
    package = formslim.read("sample_forms/kr-sme-support")          # formslim fields
    result = formslim.analyze("sample_forms/kr-sme-support")        # formslim analyze
    result.to_dict()                                                 # plan.json
    result.fields_frame(), result.decisions_frame()                  # pandas DataFrames
    formslim.write_report(result, "report/")                         # the report folder
    c = formslim.compare("form_v1.hwpx", "form_v2.hwpx")             # formslim compare
    c.identical, c.to_dict()
    b = formslim.batch("programmes/", "audit/", jobs=2)              # formslim batch
    b.to_dict()                                                      # catalogue.json
    formslim.check_eligibility("공고문.pdf", {"founding_date": "2021-05-01"}).verdict   # formslim eligibility
    form, done = formslim.fill("report/", "company.yaml")            # formslim fill
    formslim.screen("plans/", templates=["양식.hwp"]).groups         # formslim screen

Every record is a frozen dataclass with ``to_dict()``. ``cache=`` takes a
:class:`formslim.cache.DocumentCache` (or a path to one) wherever documents are read.
"""
__version__ = "0.1.0"

from typing import Optional  # noqa: E402

from .errors import FormslimError, InputFileError  # noqa: E402
from .model import Document, Field, Location, Package, Problem  # noqa: E402
from .parse import read_document, read_package  # noqa: E402



def _cache(cache):
    if cache is None or hasattr(cache, "get"):
        return cache, None
    from .cache import DocumentCache

    opened = DocumentCache.open(cache)
    return opened, opened


def read(*paths, cache=None) -> Package:
    """The package of ``paths`` (files, or folders read as one package): ``formslim fields``."""
    cache, opened = _cache(cache)
    try:
        return read_package(paths, cache=cache)
    finally:
        if opened is not None:
            opened.close()


def analyze(*paths, target: Optional[float] = None, lang=None, tariff=None, knowledge=(), manifest=None, cache=None):
    """The analysis of a package (:class:`formslim.pipeline.Analysis`): ``formslim analyze``."""
    from .pipeline import analyze as _analyze

    cache, opened = _cache(cache)
    try:
        return _analyze(paths, target=target, lang=lang, tariff=tariff, knowledge=knowledge, manifest_path=manifest,
                        cache=cache)
    finally:
        if opened is not None:
            opened.close()


def write_report(analysis, out, csv_bom: bool = True) -> list:
    """Write the report folder of an analysis (report.html, plan.json …); the CSV files with a byte-order mark
    (as Excel on Korean Windows needs) unless ``csv_bom`` is False."""
    from .report.redesign import write_report as _write

    return _write(analysis, out, csv_bom)


def compare(a, b, target: Optional[float] = None, knowledge=(), cache=None):
    """Two versions of a form or package, or two programmes (:class:`formslim.comparison.Comparison`)."""
    from .comparison import compare as _compare

    cache, opened = _cache(cache)
    try:
        return _compare([a], [b], target=target, knowledge=knowledge, cache=cache)
    finally:
        if opened is not None:
            opened.close()


def batch(source, out, jobs: int = 0, target: Optional[float] = None, lang=None, tariff=None, knowledge=(), cache=None,
          progress=None):
    """Every package of ``source`` (a folder of package folders, or a list) into ``out``, with the
    catalogue (:class:`formslim.batching.BatchResult`). ``cache``: a path (workers open it themselves)."""
    from .batching import BatchOptions, discover, run_batch

    options = BatchOptions(target=target, lang=lang, tariff=tariff, knowledge=tuple(knowledge),
                           cache=str(cache) if cache else None)
    return run_batch(discover(source), out, jobs=jobs, options=options, progress=progress)


def screen(*plans, templates=(), threshold: float = 0.5, knowledge=()):
    """Business plans sharing authorship beyond the template (:class:`formslim.screening.ScreenResult`):
    ``formslim screen``."""
    from .screening import ScreenOptions, screen as _screen

    return _screen(plans, templates, ScreenOptions(threshold=threshold), knowledge=knowledge)


def check_eligibility(notice, profile=None, plan=None, knowledge=()):
    """A notice's criteria and, with a profile (a path or a mapping of facts), the self-check
    (:class:`formslim.eligibility.SelfCheck`); ``plan``: a report folder or its plan.json mapping, for what
    is still to submit. ``formslim eligibility``."""
    from pathlib import Path as _Path

    from .eligibility import load_plan, load_plan_form, load_profile, notice_rules, self_check

    rules = notice_rules(notice, knowledge)
    facts, problems = (load_profile(profile) if isinstance(profile, (str, _Path)) else (profile, []))
    form = None
    if isinstance(plan, (str, _Path)):
        form = load_plan_form(plan)
        plan = load_plan(plan)
    return self_check(rules, facts, problems, plan, form)


def fill(report_dir, profile):
    """The consolidated form of a report folder pre-filled from a profile (a path or a mapping): the filled
    form (``form.json`` with values) and what was done with each question. ``formslim fill``."""
    from pathlib import Path as _Path

    from .eligibility import load_profile
    from .prefill import fill_form, load_form

    facts = load_profile(profile)[0] if isinstance(profile, (str, _Path)) else profile
    return fill_form(load_form(report_dir), facts)


__all__ = ["Document", "Field", "FormslimError", "InputFileError", "Location", "Package", "Problem", "analyze",
           "batch", "check_eligibility", "compare", "fill", "read", "read_document", "read_package", "screen", "write_report",
           "__version__"]
