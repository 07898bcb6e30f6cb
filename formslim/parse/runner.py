"""The one runner that reads the documents of a package, each in a worker process with limits.

PDFium, lxml and zlib are native code: a crafted file can make them allocate gigabytes, spin for
minutes or abort the whole process (PDFium calls ``abort()`` when an allocation fails). So the
documents are read in a small pool of worker processes, reused across the documents of a package:

* each worker runs under ``RLIMIT_AS`` (its address space at start plus ``Limits.memory_mib``) and a
  CPU-time limit of ``Limits.cpu_seconds`` per document (``RLIMIT_CPU``, moved on before each one);
* the parent gives each document ``Limits.wall_seconds`` of elapsed time, then kills the worker — unless the
  worker spent at least a quarter of that time on the CPU (a machine under load slows a reader down; a reader
  that waits on nothing does not spin): it then gets that time again, up to four times in all, its CPU limit
  still bounding it (Linux, where ``/proc`` tells a process's CPU time; elsewhere the elapsed limit alone);
* a worker that dies, is killed or overruns yields that document's one-line problem
  (``could not be read safely: …``), a fresh worker takes its place and the other documents are read.

``Limits.isolate = False`` (or ``FORMSLIM_ISOLATE=0``) reads in-process, for tests and debugging.
Results travel back pickled: the model is frozen dataclasses.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from multiprocessing.connection import wait
from typing import Callable, Optional, Union

from ..errors import InputFileError
from ..limits import Limits, current, set_current, use_limits
from ..model import Document, Problem

Result = Union[Document, Problem]

#: the libraries each format's reader imports, loaded once in the parent before the workers fork
_READER_MODULES = {".pdf": ("pypdf", "pypdfium2", "pdfplumber.table"), ".docx": ("docx",), ".xlsx": ("openpyxl",),
                   ".xlsm": ("openpyxl",), ".hwp": ("olefile",), ".hwpx": ("lxml.etree",)}


def _problem(exc: InputFileError) -> Problem:
    return Problem(file=exc.file, message=exc.message, code=exc.code)


def read_in_process(path: str, rel: str, what: str = "document") -> Result:
    """Read one file: its form (``what="document"``: a Document) or its running text and metadata
    (``"text"``: a :class:`formslim.parse.text.DocumentText`), or the Problem that stops it."""
    from . import read_document
    from .text import read_text

    try:
        return read_text(path, rel) if what == "text" else read_document(path, rel)
    except InputFileError as exc:
        return _problem(exc)


def read_items(items: list[tuple[str, str]], limits: Optional[Limits] = None,
               progress: Optional[Callable[[str], None]] = None, what: str = "document") -> list[Result]:
    """Read ``(path, name)`` items; one result (see :func:`read_in_process`) or Problem per item, in
    the items' order."""
    limits = limits or current()
    if not items:
        return []
    if not limits.isolate or not _can_isolate():
        out = []
        with use_limits(limits):
            for path, rel in items:
                if progress:
                    progress(rel)
                out.append(read_in_process(path, rel, what))
        return out
    return _Pool(limits, len(items)).run([(path, rel, what) for path, rel in items], progress)


def _can_isolate() -> bool:
    try:
        import resource  # noqa: F401  (POSIX only)
    except ImportError:
        return False
    return True


def _context():
    # fork: workers start in milliseconds with the reader libraries the parent has loaded
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else "spawn")


def _preload(items: list[tuple]) -> None:
    """Import the reader libraries of the formats at hand once in the parent, so each forked worker
    has them already (and a single DOCX does not pay for PDFium)."""
    import importlib

    names = {m for path, *_ in items for m in _READER_MODULES.get(os.path.splitext(path)[1].lower(), ())}
    for name in sorted(names):
        try:
            importlib.import_module(name)
        except Exception:  # a missing optional library shows up as that format's problem later
            pass


#: how many times a worker busy on the CPU gets its elapsed time again
_EXTENSIONS = 3


def _cpu_seconds(pid: int) -> Optional[float]:
    """CPU seconds (user and system) process ``pid`` has used, from /proc (Linux); None where it cannot tell."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


class _Worker:
    def __init__(self, ctx, limits: Limits) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, limits), daemon=True)
        self.proc.start()
        child.close()
        self.item: Optional[int] = None
        self.deadline = 0.0
        self.cpu_mark: Optional[float] = None  # the worker's CPU seconds when its deadline was last set
        self.extensions = 0

    def set_deadline(self, seconds: float, extension: bool = False) -> None:
        self.deadline = time.monotonic() + seconds
        self.cpu_mark = _cpu_seconds(self.proc.pid)
        self.extensions = self.extensions + 1 if extension else 0

    def busy_on_cpu(self, seconds: float) -> bool:
        """Whether the worker spent a quarter or more of the last ``seconds`` on the CPU: slowed down, not stuck."""
        now = _cpu_seconds(self.proc.pid)
        return self.cpu_mark is not None and now is not None and now - self.cpu_mark >= 0.25 * seconds

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.proc.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=5)
        self.conn.close()


class _Pool:
    def __init__(self, limits: Limits, n_items: int) -> None:
        self.limits = limits
        n = limits.workers or os.cpu_count() or 1
        self.size = max(1, min(n, n_items))

    def run(self, items: list[tuple[str, str, str]], progress) -> list[Result]:
        _preload(items)
        ctx = _context()
        results: list[Optional[Result]] = [None] * len(items)
        todo = list(range(len(items)))[::-1]
        workers: list[_Worker] = []
        finished = False
        try:
            while todo or any(w.item is not None for w in workers):
                # give every idle worker a document; start workers as needed
                while todo and (len(workers) < self.size or any(w.item is None for w in workers)):
                    w = next((w for w in workers if w.item is None), None)
                    if w is None:
                        w = _Worker(ctx, self.limits)
                        workers.append(w)
                    i = todo.pop()
                    if progress:
                        progress(items[i][1])
                    w.item = i
                    w.set_deadline(self.limits.wall_seconds)
                    try:
                        w.conn.send(items[i])
                    except (OSError, ValueError):
                        pass  # the worker is gone: its sentinel tells below
                busy = [w for w in workers if w.item is not None]
                timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
                ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout)
                now = time.monotonic()
                for w in busy:
                    i = w.item
                    outcome = None
                    if w.conn in ready:
                        try:
                            outcome = w.conn.recv()
                        except (EOFError, OSError):
                            outcome = None
                    if outcome is not None:
                        results[i] = outcome
                        w.item = None
                        continue
                    if w.proc.sentinel in ready or not w.proc.is_alive():
                        w.proc.join(timeout=5)
                        results[i] = self._died(items[i][1], w.proc.exitcode)
                    elif now >= w.deadline and w.extensions < _EXTENSIONS and w.busy_on_cpu(self.limits.wall_seconds):
                        w.set_deadline(self.limits.wall_seconds, extension=True)  # slowed by the machine's load
                        continue
                    elif now >= w.deadline:
                        results[i] = self._unsafe(items[i][1],
                                                  f"took longer than {self.limits.wall_seconds:g} s (time limit)")
                    else:
                        continue
                    w.stop(kill=True)
                    workers.remove(w)
            finished = True
        finally:
            for w in workers:  # on Ctrl-C or an error, busy workers are not waited for
                w.stop(kill=not finished)
        return [r for r in results if r is not None]

    def _unsafe(self, rel: str, why: str) -> Problem:
        return Problem(file=rel, message=f"could not be read safely: {why}", code="too_large")

    def _died(self, rel: str, exitcode: Optional[int]) -> Problem:
        lim = self.limits
        if exitcode is not None and exitcode < 0:
            try:
                sig = signal.Signals(-exitcode)
            except ValueError:
                sig = None
            if sig == signal.SIGXCPU:
                return self._unsafe(rel, f"used more than {lim.cpu_seconds} s of CPU time (time limit)")
            name = sig.name if sig else f"signal {-exitcode}"
            return self._unsafe(rel, f"the reader was stopped by {name}, most often a page or part needing "
                                     f"more than the {lim.memory_mib} MiB memory limit")
        return self._unsafe(rel, f"the reader ended unexpectedly (exit code {exitcode})")


def _serve(conn, limits: Limits) -> None:
    """A worker: read the documents it is sent, one at a time, under resource limits."""
    import resource

    set_current(limits)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        import faulthandler

        faulthandler.disable()  # a crash is reported by the parent in one line, not as a C traceback
    except Exception:
        pass
    try:
        base = _address_space()
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        want = base + limits.memory_mib * 1024 * 1024
        if hard == resource.RLIM_INFINITY or want < hard:
            resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    except (ValueError, OSError):
        pass
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        path, rel, what = item
        _cpu_budget(limits.cpu_seconds)
        result = read_in_process(path, rel, what)
        try:
            conn.send(result)
        except Exception as exc:  # a result that cannot travel back still gives one line
            conn.send(Problem(file=rel, message=f"could not be read safely: result not transferable "
                                                f"({type(exc).__name__})", code="too_large"))


def _address_space() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 512 * 1024 * 1024


def _cpu_budget(seconds: int) -> None:
    """``RLIMIT_CPU`` counts the whole life of the process: allow ``seconds`` more from now."""
    import resource

    try:
        used = resource.getrusage(resource.RUSAGE_SELF)
        spent = int(used.ru_utime + used.ru_stime) + 1
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = spent + max(1, int(seconds))
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    except (ValueError, OSError):
        pass
