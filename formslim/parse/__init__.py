"""Stage 1 — parse: read the files of a package into :class:`~formslim.model.Document` records.

Each format reader turns its file into fields (native form fields where the format has them) and a
neutral layout that :mod:`formslim.fields` reads for printed fields. A file that cannot be read
becomes a :class:`~formslim.model.Problem` and the others are still read.
"""
from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Optional

from ..errors import InputFileError
from ..limits import BudgetExceeded, current
from ..model import Document, Package, Problem

if TYPE_CHECKING:
    from ..cache import DocumentCache
    from ..limits import Limits

#: formats by file extension
EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".hwpx": "hwpx", ".hwp": "hwp"}
SUPPORTED = ("pdf", "docx", "xlsx", "hwpx", "hwp")
MANIFEST_NAMES = ("formslim.yaml", "formslim.yml", "manifest.yaml", "manifest.yml")


def sniff_format(path: str, rel: str) -> str:
    """The format of a file from its first bytes (the extension only breaks ties between zip formats)."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    ext = Path(path).suffix.lower()
    if not head:
        raise InputFileError(rel, "empty", "empty file (0 bytes)")
    if head.startswith(b"%PDF") or (ext == ".pdf" and b"%PDF" in open(path, "rb").read(1024)):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(path, rel, ext)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if ext == ".hwp":
            return "hwp"
        raise InputFileError(rel, "unsupported", "legacy Office (OLE) file: save it as .docx / .xlsx")
    if ext in EXTENSIONS:
        raise InputFileError(rel, "corrupt", f"not a valid {ext[1:].upper()} file (unexpected content)")
    what = f"'{ext}'" if ext else "(no extension)"
    raise InputFileError(rel, "unsupported", f"unsupported file type {what}: formslim reads PDF, DOCX, HWPX, HWP "
                                             f"and XLSX")


def _zip_format(path: str, rel: str, ext: str) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = {i.filename.replace("\\", "/") for i in infos}  # some writers use Windows separators
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
        raise InputFileError(rel, "corrupt", f"damaged zip archive ({str(exc)[:80]})") from None
    lim = current()
    if len(infos) > lim.zip_members:
        raise InputFileError(rel, "too_large", f"archive holds more than {lim.zip_members:,} members (limit)")
    if total > lim.unzipped_bytes or total / packed > lim.zip_ratio and total > 50 * 1024 * 1024:
        raise InputFileError(rel, "too_large", f"archive expands to {total // 2**20} MiB, over the limit")
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "Contents/content.hpf" in names or any(n.startswith("Contents/section") for n in names):
        return "hwpx"
    if ext in EXTENSIONS:
        raise InputFileError(rel, "corrupt", f"zip archive without the parts of a {ext[1:].upper()} file")
    raise InputFileError(rel, "unsupported", "zip archive of an unknown kind")


def _readers() -> dict[str, Callable[[str, str], Document]]:
    from .docx import read_docx
    from .hwp import read_hwp
    from .hwpx import read_hwpx
    from .pdf import read_pdf
    from .xlsx import read_xlsx

    return {"pdf": read_pdf, "docx": read_docx, "xlsx": read_xlsx, "hwpx": read_hwpx, "hwp": read_hwp}


def read_document(path: str | os.PathLike, rel: Optional[str] = None) -> Document:
    """Read one file. Raises :class:`InputFileError` with a one-line reason when it cannot be read."""
    return guarded(path, rel, _readers())


def guarded(path: str | os.PathLike, rel: Optional[str], readers: dict[str, Callable]):
    """Run the reader of ``readers`` for the file's format, with the checks every reader needs (the
    file exists, is within the size limit, is a format it reads) and every failure turned into one
    :class:`InputFileError` line."""
    path = str(path)
    rel = rel or path
    if os.path.isdir(path):
        # (a folder where one file is read — a notice —: said as such, not "no such file" of a folder that is there:
        # review 64 #11)
        raise InputFileError(rel, "unsupported", "a folder, not a file: give the file itself")
    if not os.path.isfile(path):
        raise InputFileError(rel, "not_found", "no such file")
    size = os.path.getsize(path)
    limit = current().file_bytes
    if size > limit:
        raise InputFileError(rel, "too_large", f"{size // 2**20} MiB, over the {limit // 2**20} MiB limit")
    try:
        fmt = sniff_format(path, rel)
    except InputFileError:
        raise
    except Exception as exc:  # whatever a damaged header makes the zip or OLE libraries raise
        raise InputFileError(rel, "corrupt", f"cannot tell what kind of file this is ({type(exc).__name__})") from None
    if fmt not in readers:
        raise InputFileError(rel, "unsupported", f"{fmt.upper()} files are not read yet")
    try:
        return _with_choose(readers[fmt](path, rel))
    except InputFileError:
        raise
    except BudgetExceeded as exc:
        raise InputFileError(rel, "too_large", str(exc)) from None
    except (MemoryError, RecursionError) as exc:
        raise InputFileError(rel, "too_large", f"too complex to read ({type(exc).__name__})") from None
    except RuntimeError as exc:
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
            raise InputFileError(rel, "encrypted", f"encrypted {fmt.upper()} (a password is needed)") from None
        raise InputFileError(rel, "corrupt", f"cannot read {fmt.upper()} ({type(exc).__name__}: {_first_line(exc, path, rel)})") from None
    except Exception as exc:  # a broken file must not stop a batch
        damaged = damaged_structure(rel, fmt, exc)
        if damaged is not None:
            raise damaged from None
        raise InputFileError(rel, "corrupt", f"cannot read {fmt.upper()} ({type(exc).__name__}: {_first_line(exc, path, rel)})") from None


def _with_choose(doc):
    """The document with each field's ``choose`` read from its own label and context where its reader
    did not set it ("지원 분야(택 1)", "Entity type (check one)")."""
    from dataclasses import replace

    from ..fields.kinds import selection_instruction
    from ..model import Document

    if not isinstance(doc, Document):
        return doc

    def marked(fields):
        out = []
        for f in fields:
            if not f.choose and f.kind in ("checkbox", "choice", "radio"):
                how = selection_instruction(" ".join((f.label,) + tuple(f.context[-2:])))
                f = replace(f, choose=how) if how else f
            out.append(f)
        return tuple(out)

    return replace(doc, fields=marked(doc.fields), parts=tuple(replace(p, fields=marked(p.fields)) for p in doc.parts))


#: libraries whose errors on a damaged file say the file is damaged, not that formslim has a bug
_PARSERS = ("pypdf", "pdfplumber", "pdfminer", "pypdfium2", "docx", "openpyxl", "olefile", "lxml", "zipfile", "xml")


def damaged_structure(rel: str, fmt: str, exc: BaseException) -> Optional[InputFileError]:
    """The one-line error for a parsing library that stumbled on what a file holds (its damage, and which
    library), or None where the error is not a parsing library's (formslim's own keeps its name)."""
    library = _library_of(exc)
    if not library:
        return None
    return InputFileError(rel, "corrupt", f"damaged {fmt.upper()}: its structure is broken ({library} could not "
                                          f"parse it: {type(exc).__name__})")


def _library_of(exc: BaseException) -> str:
    """The parsing library an exception was raised in, or "": its innermost frame that is a parsing
    library's or formslim's own — the standard library's helpers it called (``os.path.join`` on a damaged
    part name) do not count."""
    import sysconfig
    import traceback

    stdlib = sysconfig.get_paths()["stdlib"].replace("\\", "/")
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        where = frame.filename.replace("\\", "/")
        for lib in _PARSERS:
            if f"/site-packages/{lib}/" in where or where.endswith(f"/{lib}.py"):
                return {"docx": "python-docx"}.get(lib, lib)
        if where.startswith("<frozen") or (where.startswith(stdlib) and "/site-packages/" not in where):
            continue  # a standard-library helper: look at who called it
        return ""
    return ""


def _first_line(exc: BaseException, path: str, rel: str) -> str:
    """A library's message, one line of it, naming the file as the user does (openpyxl's carry the
    full path and a paragraph of advice)."""
    lines = str(exc).replace(path, rel).strip().splitlines()
    return lines[0][:100] if lines else ""


def package_files(folder: str | os.PathLike) -> list[Path]:
    """The document files of a package folder, sorted, skipping hidden files and the manifest."""
    root = Path(folder)
    out = []
    for p in sorted(root.rglob("*")):
        if not p.is_file() or any(part.startswith(".") for part in p.relative_to(root).parts):
            continue
        if p.name in MANIFEST_NAMES or p.suffix.lower() in (".md", ".txt", ".json", ".csv", ".yaml", ".yml"):
            continue
        out.append(p)
    return out


def read_package(paths: Iterable[str | os.PathLike], name: Optional[str] = None,
                 progress: Optional[Callable[[str], None]] = None, limits: Optional["Limits"] = None,
                 cache: Optional["DocumentCache"] = None) -> Package:
    """Read files and folders into one package. A folder's files are named relative to it. The package's
    documents are logical documents: a file that holds several forms gives one document per form.

    Each document is read in a worker process within ``limits`` (default: :func:`formslim.limits.current`);
    a document that crashes or overruns its reader becomes a problem and the others are still read.
    With a ``cache`` (:class:`formslim.cache.DocumentCache`), documents read before are taken from it and
    only the others are read."""
    from .runner import read_items

    paths = [Path(p) for p in paths]
    docs: list[Document] = []
    problems: list[Problem] = []
    items: list[tuple[str, str]] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in package_files(p):
                rel = f.relative_to(p).as_posix()
                items.append((str(f), rel if len(paths) == 1 else f"{p.name}/{rel}"))
        else:
            items.append((str(p), p.name if p.exists() else str(p)))
    results: list = [None] * len(items)
    keys: list = [None] * len(items)
    if cache is not None:
        from ..cache import document_key

        lim = limits or current()
        for i, (path, rel) in enumerate(items):
            try:
                sniff_format(path, rel)
                keys[i] = document_key(path, rel, lim)
            except (OSError, InputFileError):
                # the reader names the problem (a file of a type formslim does not read is not parsed, so
                # it is no cache miss: a warm run says it parsed nothing)
                continue
            results[i] = cache.get(keys[i])
    todo = [i for i, r in enumerate(results) if r is None]
    for i, result in zip(todo, read_items([items[i] for i in todo], limits, progress)):
        results[i] = result
        if cache is not None and keys[i] is not None and isinstance(result, Document):
            cache.put(keys[i], result)
    for result in results:
        if isinstance(result, Problem):
            problems.append(result)
        else:
            docs.extend(result.logical)
    if name is None:
        name = paths[0].resolve().name if len(paths) == 1 else "package"
    return Package(name=name, documents=tuple(docs), problems=tuple(problems))
