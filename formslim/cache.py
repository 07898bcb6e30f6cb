"""A content-addressed cache of read documents, in one embedded SQLite database.

The key of a document is the SHA-256 of its bytes, the name it is read under (ids and locations carry
it), the reading code's version and the limits it was read within. The reading code's version is a hash
of the source of every module and data file that shapes a reading (``parse``, ``fields``, ``text``,
``model``, ``limits``, ``knowledge`` and ``data``), so a changed reader never serves a stale reading. Only documents are cached: a file that
could not be read is tried again on the next run.

What the cache holds is data, never code: each row is the document as JSON plus the SHA-256 of that
JSON. A row whose checksum fails, a database that SQLite cannot read or that is not a formslim cache
is never trusted: the row is read again; a damaged formslim cache is moved aside (``*.corrupt``) and
rebuilt; a file that is not a formslim cache is left untouched and the run goes on without a cache.
Several processes may share one cache (WAL journal, busy timeout): a batch's workers do.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import asdict, dataclass, field as dc_field, fields as dc_fields
from pathlib import Path
from typing import Optional

from . import __version__
from .limits import Limits
from .model import (AttachmentRoute, Document, Duty, Exhibit, Field, Location, PartFilledBy, PrintedBound, PrintedNotice,
                    PrintedWindow, Signature)

APPLICATION_ID = 0x46534C4D  # "FSLM": SQLite's application_id header field marks the file as ours
SCHEMA = "formslim-cache/1"
_SOURCES = ("parse", "fields", "text.py", "model.py", "limits.py", "knowledge.py", "data")


def source_version(names=None) -> str:
    """A hash of formslim's version and the source and data files under ``names`` (folders or files of the
    package; None: all of it)."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for p in ([root] if names is None else [root / n for n in names]):
        files = sorted(x for x in p.rglob("*") if x.suffix in (".py", ".yaml") and "__pycache__" not in x.parts) \
            if p.is_dir() else [p]
        for f in files:
            h.update(f.relative_to(root).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


READER_VERSION = source_version(_SOURCES)


def default_path() -> Optional[Path]:
    """``$FORMSLIM_CACHE`` (a path; ``0``/``off`` for none), else the user's cache folder."""
    env = os.environ.get("FORMSLIM_CACHE", "")
    if env.lower() in ("0", "off", "no", "false", "none"):
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    return Path(base) / "formslim" / "documents.sqlite"


def file_digest(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def document_key(path: str, rel: str, limits: Limits) -> str:
    """The cache key of reading ``path`` under the name ``rel`` within ``limits``."""
    # the budgets shape a reading; how many reader processes read it, or whether in-process, do not
    budgets = {k: v for k, v in asdict(limits).items() if k not in ("workers", "isolate")}
    parts = (file_digest(path), rel, READER_VERSION, json.dumps(budgets, sort_keys=True))
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogateescape")).hexdigest()  # undecodable names


# --- the document as JSON, and back ----------------------------------------------------------------

def _encode(doc: Document) -> dict:
    out = {k: getattr(doc, k) for k in doc.__dataclass_fields__
           if k not in _STRUCTURED}
    out["bounds"] = [b.to_dict() for b in doc.bounds]
    out["windows"] = [w.to_dict() for w in doc.windows]
    out["exhibits"] = [x.to_dict() for x in doc.exhibits]
    out["duties"] = [x.to_dict() for x in doc.duties]
    out["filled_by_others"] = [x.to_dict() for x in doc.filled_by_others]
    out["fields"] = [asdict(f) for f in doc.fields]
    out["signers"] = [asdict(s) for s in doc.signers]
    out["notices"] = [n.to_dict() for n in doc.notices]
    out["routes"] = [r.to_dict() for r in doc.routes]
    out["parts"] = [_encode(p) for p in doc.parts]
    return out


def _tuple(value) -> tuple:
    return tuple(tuple(v) if isinstance(v, list) else v for v in value)


def _field(d: dict) -> Field:
    loc = dict(d["location"])
    if loc.get("bbox") is not None:
        loc["bbox"] = tuple(loc["bbox"])
    return Field(**{**d, "location": Location(**loc), "options": tuple(d.get("options") or ()),
                    "context": tuple(d.get("context") or ()), "calculated_from": tuple(d.get("calculated_from") or ())})


#: a Document's fields of records of their own, decoded one by one below
_STRUCTURED = ("fields", "parts", "signers", "notices", "filled_by_others", "routes", "bounds", "windows", "exhibits",
               "duties")
#: its other tuple fields (JSON gives lists back): read off the model, so a field added there round-trips
_TUPLES = tuple(f.name for f in dc_fields(Document) if str(f.type).startswith("tuple") and f.name not in _STRUCTURED)


def _decode(d: dict) -> Document:
    plain = {k: v for k, v in d.items() if k not in _STRUCTURED}
    for k in _TUPLES:
        plain[k] = _tuple(plain.get(k) or ())
    return Document(**plain, fields=tuple(_field(f) for f in d["fields"]),
                    signers=tuple(Signature(**s) for s in d["signers"]),
                    notices=tuple(PrintedNotice(fields=tuple(n["fields"]), text=n["text"]) for n in d.get("notices") or ()),
                    filled_by_others=tuple(PartFilledBy(**x) for x in d.get("filled_by_others") or ()),
                    routes=tuple(AttachmentRoute(**{**x, "items": tuple(x["items"]), "conditions": tuple(x["conditions"])})
                                 for x in d.get("routes") or ()),
                    bounds=tuple(PrintedBound(**b) for b in d.get("bounds") or ()),
                    windows=tuple(PrintedWindow(**w) for w in d.get("windows") or ()),
                    exhibits=tuple(Exhibit(**{**x, "forms": tuple(x["forms"])}) for x in d.get("exhibits") or ()),
                    duties=tuple(Duty(**x) for x in d.get("duties") or ()),
                    parts=tuple(_decode(p) for p in d["parts"]))


def dumps(doc: Document) -> str:
    # ASCII: an undecodable file name's lone surrogates survive as \udcxx escapes (SQLite text must be UTF-8)
    return json.dumps(_encode(doc), ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def loads(text: str) -> Document:
    return _decode(json.loads(text))


# --- the database ---------------------------------------------------------------------------------

@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    stored: int = 0
    notes: list[str] = dc_field(default_factory=list)  # what went wrong with the cache itself, one line each

    def line(self) -> str:
        total = self.hits + self.misses
        if not total:
            return "cache: nothing to read"
        if not self.misses:
            return f"cache: all {total} documents from the cache (none parsed)"
        return f"cache: {self.hits} of {total} documents from the cache, {self.misses} parsed"


class DocumentCache:
    """Read documents by key. ``DocumentCache.open(path)`` gives ``None`` (and a note) when the file
    cannot serve as a cache."""

    def __init__(self, path: Path, conn: sqlite3.Connection, stats: CacheStats) -> None:
        self.path = path
        self._conn = conn
        self.stats = stats

    @classmethod
    def open(cls, path: str | os.PathLike, stats: Optional[CacheStats] = None) -> Optional["DocumentCache"]:
        path = Path(path)
        stats = stats or CacheStats()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            stats.notes.append(f"cache {path}: cannot create its folder ({exc.strerror}); reading without a cache")
            return None
        if path.exists() and not path.is_file():
            stats.notes.append(f"cache {path}: not a file; reading without a cache")
            return None
        if path.is_file() and path.stat().st_size and not _ours_or_unknown_sqlite(path):
            stats.notes.append(f"cache {path}: not a formslim cache (not an SQLite database); left untouched, "
                               f"reading without a cache")
            return None
        for attempt in (1, 2):
            try:
                with _creation_lock(path):
                    conn = cls._connect(path)
                return cls(path, conn, stats)
            except _Foreign as exc:
                stats.notes.append(f"cache {path}: {exc}; left untouched, reading without a cache")
                return None
            except sqlite3.OperationalError as exc:
                stats.notes.append(f"cache {path}: busy or unreadable ({exc}); reading without a cache")
                return None
            except sqlite3.DatabaseError as exc:
                if attempt == 2:
                    stats.notes.append(f"cache {path}: unusable ({exc}); reading without a cache")
                    return None
                aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
                try:
                    os.replace(path, aside)
                    stats.notes.append(f"cache {path}: damaged ({exc}); moved to {aside.name} and rebuilt")
                except OSError:
                    stats.notes.append(f"cache {path}: damaged ({exc}); reading without a cache")
                    return None
        return None

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        fresh = not path.exists() or path.stat().st_size == 0
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        try:
            app = conn.execute("PRAGMA application_id").fetchone()[0]
            if not fresh and app != APPLICATION_ID:
                tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables or app:
                    raise _Foreign("not a formslim cache (another application's database)")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA busy_timeout=30000")
            if fresh or app != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                conn.execute("CREATE TABLE IF NOT EXISTS documents (key TEXT PRIMARY KEY, body TEXT NOT NULL, "
                             "digest TEXT NOT NULL, stored REAL NOT NULL)")
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA,))
            schema = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if not schema or schema[0] != SCHEMA:
                raise _Foreign(f"a formslim cache of another schema ({schema[0] if schema else 'none'})")
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("integrity check failed")
        except Exception:
            conn.close()
            raise
        return conn

    def get(self, key: str) -> Optional[Document]:
        try:
            row = self._conn.execute("SELECT body, digest FROM documents WHERE key=?", (key,)).fetchone()
        except sqlite3.DatabaseError as exc:
            self.stats.notes.append(f"cache {self.path}: cannot read ({exc})")
            row = None
        if row is None:
            self.stats.misses += 1
            return None
        body, digest = row
        try:
            if hashlib.sha256(body.encode()).hexdigest() != digest:
                raise ValueError("checksum")
            doc = loads(body)
        except Exception:  # a damaged row is never trusted: read the document again
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return doc

    def put(self, key: str, doc: Document) -> None:
        try:
            body = dumps(doc)
        except (TypeError, ValueError) as exc:  # never lose a run to the cache
            self.stats.notes.append(f"cache {self.path}: cannot store a document ({exc})")
            return
        try:
            self._conn.execute("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?)",
                               (key, body, hashlib.sha256(body.encode()).hexdigest(), time.time()))
            self.stats.stored += 1
        except sqlite3.DatabaseError as exc:  # a full disk or a locked file costs the cache, not the run
            self.stats.notes.append(f"cache {self.path}: cannot write ({exc})")

    def close(self) -> None:
        self._conn.close()


class _Foreign(Exception):
    pass


_SQLITE_HEADER = b"SQLite format 3\x00"


def _ours_or_unknown_sqlite(path: Path) -> bool:
    """Whether a file may be treated as a (possibly damaged) formslim cache: an SQLite file (by its header)
    whose application id is formslim's or not yet set. Anything else is the user's and is never touched."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError:
        return False
    if not head.startswith(_SQLITE_HEADER):
        return False
    app = int.from_bytes(head[68:72], "big") if len(head) >= 72 else 0
    return app in (0, APPLICATION_ID)


class _creation_lock:
    """An advisory lock beside the cache while it is opened and, the first time, created: two workers
    starting at once must not see each other's half-made database as damaged."""

    def __init__(self, path: Path) -> None:
        self.lock = path.with_name(path.name + ".lock")
        self.fh = None

    def __enter__(self):
        try:
            import fcntl

            self.fh = open(self.lock, "a+")
            fcntl.flock(self.fh.fileno(), fcntl.LOCK_EX)
        except (ImportError, OSError):
            self.fh = None  # no lock on this system or folder: open as before
        return self

    def __exit__(self, *exc) -> None:
        if self.fh is not None:
            import fcntl

            fcntl.flock(self.fh.fileno(), fcntl.LOCK_UN)
            self.fh.close()
