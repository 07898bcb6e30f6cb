"""Budgets for untrusted input, in one place.

Every document formslim reads may have been made to hurt it (a zip that inflates a thousandfold, a
page tree that names one page 100,000 times, a label of a million colons). Each reader checks these
budgets *before* doing the work, and an exceeded budget is one line naming the file and the limit
(code ``too_large``). Native parsers run in worker processes bounded by ``memory_mib``,
``cpu_seconds`` and ``wall_seconds`` (:mod:`formslim.parse.runner`).

The budgets in force are :func:`current`; change them for a block with :func:`use_limits`, or from
the environment: ``FORMSLIM_LIMITS="memory_mib=1024,wall_seconds=30"``, and ``FORMSLIM_ISOLATE=0``
to read in-process (debugging, profiling).
"""
from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, fields, replace
from typing import Iterator, Optional

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    # ---- isolation of the readers (formslim.parse.runner)
    isolate: bool = True  # read documents in worker processes
    workers: int = 0  # 0: one per core, never more than the documents
    memory_mib: int = 2048  # address space a worker may add while reading one document
    cpu_seconds: int = 60  # CPU time per document
    wall_seconds: float = 120.0  # elapsed time per document
    # ---- files and archives
    file_bytes: int = 200 * MIB
    unzipped_bytes: int = 500 * MIB  # all members of a zip (DOCX, XLSX, HWPX)
    zip_ratio: int = 200  # inflated / packed, checked when over 50 MiB
    zip_members: int = 10_000
    part_bytes: int = 100 * MIB  # one XML part once inflated
    # ---- structure
    pdf_pages: int = 5_000  # leaves of a PDF page tree (reused pages counted each time)
    layout_pages: int = 500  # pages of a flat PDF laid out
    page_objects: int = 200_000  # drawing objects of one PDF page scanned for ruling lines
    sections: int = 1_000  # HWPX/HWP body sections (each read once)
    paragraphs: int = 200_000
    table_cells: int = 1_000_000  # grid slots (rows × columns) of all tables of a document
    fields: int = 20_000
    label_chars: int = 4_000  # longer text is cut before it is cleaned
    sheet_cells: int = 200_000  # XLSX cells read per sheet
    merged_ranges: int = 100_000  # XLSX merged ranges per sheet (each clipped to the used range)
    section_bytes: int = 200 * MIB  # an HWP body section once inflated
    hwp_stream_bytes: int = 100 * MIB  # the size an HWP (OLE) stream claims
    hwp_records: int = 2_000_000
    param_bytes: int = 64 * 1024  # an HWP click-here parameter set scanned for the field name
    # ---- manifests
    manifest_bytes: int = 1 * MIB
    manifest_nodes: int = 100_000  # YAML nodes after aliases are followed

    def with_(self, **changes) -> "Limits":
        return replace(self, **changes)


def from_env(env: Optional[dict] = None) -> Limits:
    """The default limits changed by ``FORMSLIM_LIMITS`` (``name=value,…``) and ``FORMSLIM_ISOLATE``."""
    env = os.environ if env is None else env
    changes: dict = {}
    types = {f.name: f.type for f in fields(Limits)}
    for item in (env.get("FORMSLIM_LIMITS") or "").split(","):
        if not item.strip():
            continue
        name, _, value = item.partition("=")
        name = name.strip()
        if name not in types:
            continue  # an unknown name must not stop a batch; the defaults stand
        try:
            if types[name] in ("bool", bool):
                changes[name] = value.strip().lower() not in ("0", "false", "no", "off", "")
            elif types[name] in ("float", float):
                changes[name] = float(value)
            else:
                changes[name] = int(value)
        except ValueError:
            continue
    iso = env.get("FORMSLIM_ISOLATE")
    if iso is not None:
        changes["isolate"] = iso.strip().lower() not in ("0", "false", "no", "off")
    return Limits(**changes)


class BudgetExceeded(Exception):
    """A reader met a limit; :func:`formslim.parse.read_document` turns it into the file's one line
    (code ``too_large``). The message names what was counted and the limit."""


def check(count: int, limit: int, what: str) -> None:
    """Raise :class:`BudgetExceeded` when ``count`` is over ``limit``: ``more than 200,000 paragraphs (limit)``."""
    if count > limit:
        raise BudgetExceeded(f"more than {limit:,} {what} (limit)")


_current: Optional[Limits] = None


def current() -> Limits:
    """The limits in force: those of :func:`use_limits`, else the defaults changed by the environment."""
    global _current
    if _current is None:
        _current = from_env()
    return _current


def set_current(limits: Optional[Limits]) -> None:
    """Make ``limits`` the limits in force (``None``: back to the defaults and environment)."""
    global _current
    _current = limits


@contextlib.contextmanager
def use_limits(limits: Limits) -> Iterator[Limits]:
    """Read with ``limits`` for the duration of a ``with`` block."""
    global _current
    before = _current
    _current = limits
    try:
        yield limits
    finally:
        _current = before
