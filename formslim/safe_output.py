"""Text from documents is data everywhere it goes out, and output never lands half-written.

* :func:`xml_text` — what DOCX/XLSX/HWPX can hold (XML 1.0 characters; raw controls and lone
  surrogates from a PDF field name made python-docx raise mid-report);
* :func:`terminal_text` / :func:`one_line` — what reaches a terminal (no escape sequences; one line
  per error, a newline in a file name cannot forge a second ``Error:`` line);
* :func:`csv_cell` — no formula in a spreadsheet cell (``= + - @ \\t \\r``), no bare CR starting a row;
* :func:`markdown_text` — no heading, link, image or HTML from document text;
* :func:`report_folder` — a report written into a temporary folder beside the files, then moved into
  place, under a lock, refusing symlinks; one-line errors for read-only folders, missing parents and
  full disks, with the previous report left intact.
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Iterator

from .errors import FormslimError

# XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# C0 and C1 controls but tab and newline, DEL, and lone surrogates (undecodable file-name bytes)
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
#: control characters (ESC, BEL, DEL, the C1 set) and lone surrogates: no file formslim writes holds them
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]!#|~])")
_ENTITY_START = re.compile(r"&(?=#?[A-Za-z0-9]+;)")  # an "&" a Markdown reader would take for an entity
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*%?")


def without_controls(value):
    """``value`` without control characters and lone surrogates (strings only; others pass): text from a
    document or a file name, written into HTML, Markdown or CSV."""
    return _CONTROL.sub("", value) if isinstance(value, str) else value


def html_text(value) -> str:
    """Any value as HTML text (attribute-safe): escaped, without control characters."""
    import html

    return html.escape(without_controls(str(value)), quote=True)


def xml_text(value):
    """``value`` with every character XML 1.0 cannot hold removed (strings only; others pass)."""
    return _XML_INVALID.sub("", value) if isinstance(value, str) else value


def xml_safe(data):
    """A copy of a JSON-like structure (dicts, lists, tuples, strings) with :func:`xml_text` applied."""
    if isinstance(data, str):
        return xml_text(data)
    if isinstance(data, dict):
        return {k: xml_safe(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return type(data)(xml_safe(v) for v in data)
    return data


def _escape_char(m: re.Match) -> str:
    c = m.group(0)
    o = ord(c)
    if 0xDC80 <= o <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{o - 0xDC00:02x}"
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}"


def terminal_text(text: str) -> str:
    """Text for stdout: control characters (ESC, BEL, CR, DEL, C1 …) shown as ``\\u001b``-style escapes, lone
    surrogates (undecodable file-name bytes) as U+FFFD, so that JSON on stdout stays valid; tabs and
    newlines kept."""
    # (as \u escapes: valid inside JSON strings — json.dumps leaves DEL and the C1 controls raw — and as
    # readable on a terminal; "\x9b" would break the JSON a script reads)
    return _TERMINAL_UNSAFE.sub(lambda m: "\ufffd" if "\ud800" <= m.group(0) <= "\udfff"
                                else f"\\u{ord(m.group(0)):04x}", text)


def one_line(text: str) -> str:
    """A message on one line: newlines and controls escaped, undecodable bytes as ``\\xNN``, an empty
    message shown as ``''``."""
    if not text:
        return "''"
    return _TERMINAL_UNSAFE.sub(_escape_char, text.replace("\r", "\\r").replace("\n", "\\n"))


def shown_name(name: str) -> str:
    """A file name for a message: :func:`one_line`, quoted when empty or padded with spaces (it would
    read as no name at all)."""
    if not name.strip() or name != name.strip():
        name = f"'{name}'"
    return one_line(name)


def csv_cell(value):
    """A value a spreadsheet will not run: text starting with ``= + - @``, tab or CR gets a leading
    apostrophe (numbers such as ``-5`` stay numbers); CR inside text becomes a newline, which the CSV
    writer quotes (a bare CR is not quoted and starts a new row)."""
    if not isinstance(value, str):
        return value
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def markdown_text(value) -> str:
    """Document text as Markdown that renders as that text: < and > as entities, & only where it would
    start one ("City, State, & Zip Code" stays readable in the file; "&amp;" in a label stays "&amp;"), and the
    characters that make headings, emphasis, links, images, tables and code escaped; one line."""
    text = _ENTITY_START.sub("&amp;", str(value)).replace("<", "&lt;").replace(">", "&gt;")
    text = _CONTROL.sub("", text.replace("\r", " ").replace("\n", " "))
    return _MD_SPECIAL.sub(r"\\\1", text)


def markdown_code(value) -> str:
    """Text to copy (a manifest line) as a Markdown code span: shown and copied exactly as it is — a code
    span renders no markup, HTML or entity — on one line, fenced by more backticks than it holds."""
    text = one_line(str(value))  # (newlines and controls escaped: one line)
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# ------------------------------------------------------------------ files and folders

LOCK_NAME = ".formslim-lock"
TEMP_PREFIX = ".formslim-tmp-"


def _os_error(path: Path, exc: OSError) -> FormslimError:
    why = exc.strerror or type(exc).__name__
    return FormslimError(f"{one_line(str(path))}: cannot write the report ({why})")


def refuse_unsafe_entries(folder: Path, names) -> None:
    """Symlinks and non-regular files in the output folder are refused: writing through them would
    change a file outside the folder (or a device)."""
    for name in names:
        p = folder / name
        if p.is_symlink() or (p.exists() and not p.is_file()):
            raise FormslimError(f"{one_line(str(p))}: is a symlink or not a regular file; formslim will not "
                                f"write through it (remove it or choose another -o)")


@contextlib.contextmanager
def folder_lock(folder: Path, name: str = LOCK_NAME, busy: str = "another formslim is writing a report here",
                remove: bool = True) -> Iterator[None]:
    """One writer at a time in ``folder``: an advisory lock on its file ``name`` (removed afterwards where
    ``remove``). A second writer, a symlink in the lock's place and a folder one cannot write to (read-only,
    full) are each one line; where the system has no advisory locks, the run goes unlocked."""
    try:
        import fcntl
    except ImportError:  # no advisory locks on this system: run unlocked
        yield
        return
    path = folder / name
    if path.is_symlink():
        raise FormslimError(f"{one_line(str(path))}: is a symlink; formslim will not use it as its lock")
    try:
        fh = open(path, "a+")
    except OSError as exc:  # a read-only folder, a full disk: one line, the previous report left as it is
        raise FormslimError(f"{one_line(str(folder))}: cannot write here ({exc.strerror or type(exc).__name__}); "
                            f"choose another -o") from None
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise FormslimError(f"{one_line(str(folder))}: {busy}; wait for it or choose another -o") from None
        try:
            yield
        finally:
            if remove:
                with contextlib.suppress(OSError):
                    path.unlink()
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    finally:
        fh.close()


def refuse_foreign_files(out: Path, names, marker: str) -> None:
    """Never write among what the user made: an existing output folder must be empty, hold only this
    command's own outputs, or be one it wrote before (its ``marker``, beside which other files may stand)."""
    if not out.is_dir() or (out / marker).exists():
        return
    try:
        foreign = sorted(p.name for p in out.iterdir() if p.name not in names and p.name not in (marker, LOCK_NAME)
                         and not p.name.startswith(TEMP_PREFIX))
    except OSError:
        return  # (said by the write itself, as one line)
    if foreign:
        raise FormslimError(f"{one_line(str(out))}: folder holds other files ({one_line(', '.join(foreign[:3]))}); "
                            f"choose another -o")


@contextlib.contextmanager
def report_folder(out: Path, names, marker: str) -> Iterator[Path]:
    """Write a report atomically: yields a temporary folder inside ``out`` to write ``names`` into;
    on success the completion ``marker`` is removed, each file is moved into place (``os.replace``:
    a reader sees the old file or the new one, never half of one) and the marker is written last. On
    any error the temporary folder is removed and the previous report stays as it was. ``out`` is
    locked meanwhile; symlinks among the names are refused; OS errors are one line."""
    out = Path(out)
    refuse_foreign_files(out, names, marker)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _os_error(out, exc) from None
    refuse_unsafe_entries(out, [*names, marker])
    with folder_lock(out):
        _remove_leftovers(out)
        try:
            tmp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=out))
        except OSError as exc:
            raise _os_error(out, exc) from None
        try:
            yield tmp
            refuse_unsafe_entries(out, [*names, marker])
            with contextlib.suppress(FileNotFoundError):
                (out / marker).unlink()
            for name in names:
                if (tmp / name).exists():
                    os.replace(tmp / name, out / name)
                elif (out / name).is_file() and not (out / name).is_symlink():
                    # an output of formslim's previous run into its own folder that this run does not write (a
                    # consolidated form where the plan now proposes none): not left to be taken for this run's
                    (out / name).unlink()
            (tmp / marker).write_text("written by formslim analyze\n", encoding="utf-8")
            os.replace(tmp / marker, out / marker)
        except OSError as exc:
            raise _os_error(out, exc) from None
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def _remove_leftovers(out: Path) -> None:
    """The temporary folders and files of a run that was killed before it finished: with the folder's
    lock held no other formslim is writing here, so every ``.formslim-tmp-*`` entry is a leftover. A
    symlink is removed itself, never followed."""
    try:
        entries = [p for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)]
    except OSError:
        return
    for p in entries:
        with contextlib.suppress(OSError):
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p)
            else:
                p.unlink()


def usual_mode(path) -> None:
    """Give a file made by mkstemp (0600) the mode any file written here gets (0666 less the umask)."""
    os.chmod(path, 0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text_file(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` through a temporary file and a rename (undecodable
    characters replaced), refusing to write through a symlink; OS errors become one line."""
    path = Path(path)
    if path.is_symlink():
        raise FormslimError(f"{one_line(str(path))}: is a symlink; formslim will not write through it")
    data = text.encode("utf-8", "replace")
    try:
        fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent if str(path.parent) else ".")
    except OSError as exc:
        raise FormslimError(f"{one_line(str(path))}: cannot write ({exc.strerror or type(exc).__name__})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        usual_mode(tmp)  # mkstemp makes 0600; a written file gets the usual mode
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise FormslimError(f"{one_line(str(path))}: cannot write ({exc.strerror or type(exc).__name__})") from None
