"""HWP 5 reader: an OLE compound file whose body sections are streams of (usually raw-deflate
compressed) tagged records. The record reader is written here from the published format
description (한글 문서 파일 형식 5.0): paragraphs with their text and control characters, tables with
cell addresses and spans (nested too), headers and footers, and click-here fields (누름틀)."""
from __future__ import annotations

import os
import re
import struct
import zlib
from dataclasses import dataclass, field
from typing import Optional

from ..errors import InputFileError
from ..limits import check, current
from ..model import Document
from .layout import NESTED_TABLE, Cell, Layout, Line, Table

HWPTAG_BEGIN = 0x10
PARA_HEADER = HWPTAG_BEGIN + 50
PARA_TEXT = HWPTAG_BEGIN + 51
CTRL_HEADER = HWPTAG_BEGIN + 55
LIST_HEADER = HWPTAG_BEGIN + 56
TABLE = HWPTAG_BEGIN + 61
CTRL_DATA = HWPTAG_BEGIN + 71

MAX_SECTION_BYTES = 200 * 1024 * 1024
MAX_RECORDS = 2_000_000
HWPUNIT_PER_POINT = 100.0
# control characters that take one code unit; the others (extended and inline controls) take eight
CHAR_CONTROLS = {0, 10, 13, 24, 25, 26, 27, 28, 29, 30, 31}
_SPACES = re.compile(r" {3,}")


@dataclass
class Record:
    tag: int
    level: int
    data: bytes
    children: list["Record"] = field(default_factory=list)


def _ctrl_id(data: bytes) -> str:
    """The four-character control id (stored as a little-endian UINT32 of MAKE_4CHID)."""
    if len(data) < 4:
        return ""
    return data[:4][::-1].decode("latin-1")


def read_records(raw: bytes, rel: str) -> list[Record]:
    """Records of one stream as a tree by level."""
    out: list[Record] = []
    stack: list[Record] = []
    pos, n = 0, len(raw)
    count = 0
    max_records = min(MAX_RECORDS, current().hwp_records)
    while pos < n:
        if pos + 4 > n:
            raise InputFileError(rel, "corrupt", "truncated HWP record header")
        (head,) = struct.unpack_from("<I", raw, pos)
        pos += 4
        tag, level, size = head & 0x3FF, (head >> 10) & 0x3FF, head >> 20
        if size == 0xFFF:
            if pos + 4 > n:
                raise InputFileError(rel, "corrupt", "truncated HWP record header")
            (size,) = struct.unpack_from("<I", raw, pos)
            pos += 4
        if pos + size > n:
            raise InputFileError(rel, "corrupt", "truncated HWP record (the stream ends inside it)")
        rec = Record(tag, level, raw[pos:pos + size])
        pos += size
        count += 1
        if count > max_records:
            raise InputFileError(rel, "too_large", "HWP section holds too many records")
        while stack and stack[-1].level >= level:
            stack.pop()
        (stack[-1].children if stack else out).append(rec)
        stack.append(rec)
    return out


def _inflate(data: bytes, rel: str) -> bytes:
    limit = min(MAX_SECTION_BYTES, current().section_bytes)
    d = zlib.decompressobj(-15)
    try:
        out = d.decompress(data, limit)
    except zlib.error as exc:
        raise InputFileError(rel, "corrupt", f"damaged compressed HWP section ({exc})") from None
    if d.unconsumed_tail:
        raise InputFileError(rel, "too_large", f"HWP section expands past {limit // 2**20} MiB")
    return out


def read_hwp_layout(path: str, rel: str) -> tuple[Layout, dict]:
    import olefile

    try:
        ole = olefile.OleFileIO(path)
    except Exception as exc:  # olefile raises several types for damaged containers
        raise InputFileError(rel, "corrupt", f"damaged HWP (OLE) container ({type(exc).__name__})") from None
    try:
        if not ole.exists("FileHeader"):
            raise InputFileError(rel, "corrupt", "not an HWP 5 file (no FileHeader stream)")
        header = ole.openstream("FileHeader").read(256)
        if not header.startswith(b"HWP Document File") or len(header) < 40:
            raise InputFileError(rel, "corrupt", "not an HWP 5 file (bad signature)")
        version, flags = struct.unpack_from("<II", header, 32)
        if flags & 0x2:
            raise InputFileError(rel, "encrypted", "password-protected HWP")
        if flags & 0x4:
            raise InputFileError(rel, "encrypted", "distribution-protected HWP (배포용 문서): body is encrypted")
        compressed = bool(flags & 0x1)
        sections = sorted((e for e in ole.listdir() if len(e) == 2 and e[0] == "BodyText" and e[1].startswith("Section")),
                          key=lambda e: int(re.sub(r"\D", "", e[1]) or 0))
        if not sections:
            raise InputFileError(rel, "corrupt", "HWP has no body sections")
        walker = _Walker(rel)
        for entry in _distinct_streams(ole, sections, rel, os.path.getsize(path)):
            data = ole.openstream(entry).read()
            raw = _inflate(data, rel) if compressed else data
            for rec in read_records(raw, rel):
                if rec.tag == PARA_HEADER:
                    walker.paragraph(rec)
        title = _summary_title(ole)
    finally:
        ole.close()
    major = version >> 24
    return Layout(blocks=tuple(walker.blocks), page_count=None), {"title": title, "version": f"{major}.{(version >> 16) & 0xFF}.{(version >> 8) & 0xFF}.{version & 0xFF}"}


def _distinct_streams(ole, entries: list, rel: str, file_size: int) -> list:
    """The section streams worth reading: each stream once (300 directory entries may share one
    start sector, which would inflate the same data 300 times), none claiming more bytes than the
    file holds (a cyclic sector chain claims gigabytes) or than ``Limits.hwp_stream_bytes``."""
    lim = current()
    check(len(entries), lim.sections, "body sections")
    out, starts = [], set()
    for entry in entries:
        try:
            size = ole.get_size(entry)
            sid = ole._find(entry)  # olefile's directory index of the entry
            start = ole.direntries[sid].isectStart
        except Exception as exc:
            raise InputFileError(rel, "corrupt", f"damaged HWP directory entry ({type(exc).__name__})") from None
        if size > file_size:
            raise InputFileError(rel, "corrupt", f"HWP stream {'/'.join(entry)} claims {size:,} bytes, more than "
                                                 f"the file holds (a damaged or cyclic sector chain)")
        if size > lim.hwp_stream_bytes:
            raise InputFileError(rel, "too_large", f"HWP stream {'/'.join(entry)} claims {size // 2**20} MiB "
                                                   f"(limit {lim.hwp_stream_bytes // 2**20} MiB)")
        if size and start in starts:
            continue
        starts.add(start)
        out.append(entry)
    return out


#: the summary stream of an HWP file (an OLE property set)
SUMMARY_STREAM = "\x05HwpSummaryInformation"


def summary_properties(ole, limit: int = 1 << 20) -> dict:
    """The text and time properties of an HWP file's summary (title 2, author 4, last saved by 8, created
    12, saved 13 …): property id → str or datetime. Read here, not by olefile's property parser, which
    follows a vector's claimed element count — a damaged file claiming billions spins it for minutes (a
    ``make fuzz`` finding). Strings and FILETIMEs only, every offset checked; anything else is skipped."""
    import datetime as _dt

    try:
        if not ole.exists(SUMMARY_STREAM) or ole.get_size(SUMMARY_STREAM) > limit:
            return {}
        s = ole.openstream(SUMMARY_STREAM).read(limit)
    except Exception:
        return {}

    def u32(at: int) -> Optional[int]:
        return struct.unpack_from("<I", s, at)[0] if 0 <= at <= len(s) - 4 else None

    out: dict = {}
    if len(s) < 48:
        return out
    base = u32(44)  # offset of the first property set (after the 28-byte header, its FMTID of 16 bytes)
    if base is None or base + 8 > len(s):
        return out
    count = u32(base + 4) or 0
    for i in range(min(count, 256)):
        pid, off = u32(base + 8 + 8 * i), u32(base + 12 + 8 * i)
        if pid is None or off is None:
            break
        at = base + off
        vt = u32(at)
        if vt is None:
            continue
        vt &= 0xFFFF
        try:
            if vt == 0x1F:  # VT_LPWSTR: a count of UTF-16 units, then the units
                n = u32(at + 4)
                if n is None or n > 4096 or at + 8 + 2 * n > len(s):
                    continue
                out[pid] = s[at + 8:at + 8 + 2 * n].decode("utf-16-le", "replace").split("\x00")[0]
            elif vt == 0x1E:  # VT_LPSTR: a byte count, then the bytes (the file's code page)
                n = u32(at + 4)
                if n is None or n > 8192 or at + 8 + n > len(s):
                    continue
                raw = s[at + 8:at + 8 + n]
                for enc in ("utf-8", "cp949"):
                    try:
                        out[pid] = raw.decode(enc).split("\x00")[0]
                        break
                    except UnicodeDecodeError:
                        continue
            elif vt == 0x40 and at + 12 <= len(s):  # VT_FILETIME: 100 ns since 1601
                ticks = struct.unpack_from("<Q", s, at + 4)[0]
                if 0 < ticks < 0x0BEF_C5B7_2E5E_0000:  # before the year 9999
                    out[pid] = _dt.datetime(1601, 1, 1) + _dt.timedelta(microseconds=ticks // 10)
        except (ValueError, OverflowError, struct.error):
            continue
    return out


def _summary_title(ole) -> str:
    title = summary_properties(ole).get(2)
    if not isinstance(title, str):
        return ""
    title = title.strip()
    return title if title.isprintable() and len(title) <= 120 and re.search(r"[A-Za-z\uac00-\ud7a3]", title) else ""


class _Walker:
    def __init__(self, rel: str) -> None:
        self.rel = rel
        self.blocks: list = []
        self.para_no = 0
        self.table_no = 0
        self.max_paragraphs = current().paragraphs

    def paragraph(self, para: Record, depth: int = 0) -> None:
        text, native, ctrls = paragraph_content(para)
        self.para_no += 1
        check(self.para_no, self.max_paragraphs, "paragraphs")
        for ctrl in ctrls:
            cid = _ctrl_id(ctrl.data)
            if cid in ("head", "foot"):
                for p in ctrl.children:
                    if p.tag == PARA_HEADER:
                        t, nat, _ = paragraph_content(p)
                        if t.strip() or nat:
                            self.para_no += 1
                            self.blocks.append(Line(text=t, index=self.para_no, native=nat))
        if text.strip() or native:
            self.blocks.append(Line(text=text, index=self.para_no, native=native))
        for ctrl in ctrls:
            if _ctrl_id(ctrl.data) == "tbl " and depth < 20:
                self.table(ctrl, depth)

    def table(self, ctrl: Record, depth: int) -> None:
        self.table_no += 1
        index = self.table_no
        cells: list[Cell] = []
        nested: list[Record] = []
        current: Optional[dict] = None

        def close():
            if current is not None:
                cells.append(Cell(row=current["row"], col=current["col"], text="\n".join(current["texts"]).strip("\n"),
                                  rowspan=current["rs"], colspan=current["cs"], native=tuple(current["native"]),
                                  height=current["h"], width=current["w"]))

        for rec in ctrl.children:
            if rec.tag == LIST_HEADER:
                close()
                d = rec.data
                if len(d) >= 24:
                    col, row, cs, rs = struct.unpack_from("<HHHH", d, 8)
                    w, h = struct.unpack_from("<II", d, 16)
                else:
                    col = row = 0
                    cs = rs = 1
                    w = h = 0
                current = {"row": row, "col": col, "rs": max(rs, 1), "cs": max(cs, 1), "texts": [], "native": [],
                           "h": h / HWPUNIT_PER_POINT or None, "w": w / HWPUNIT_PER_POINT or None}
            elif rec.tag == PARA_HEADER and current is not None:
                t, nat, ctrls = paragraph_content(rec)
                current["texts"].append(t.replace("\x00", ""))
                current["native"] += nat
                for c in ctrls:
                    if _ctrl_id(c.data) == "tbl ":
                        nested.append(c)
                        current["texts"].append(NESTED_TABLE)
        close()
        if cells:  # sized by its cells (Table.of), not by the TABLE record's own count
            self.blocks.append(Table.of(index, cells))
        for t in nested:
            self.table(t, depth + 1)


def paragraph_content(para: Record) -> tuple[str, tuple[tuple[str, str], ...], list[Record]]:
    """Text of a paragraph (tabs kept, control characters resolved), its click-here fields, and
    its control records (tables, headers, fields) in order."""
    text_rec = next((c for c in para.children if c.tag == PARA_TEXT), None)
    ctrls = [c for c in para.children if c.tag == CTRL_HEADER]
    if text_rec is None:
        return "", (), ctrls
    data = text_rec.data
    units = struct.unpack_from(f"<{len(data) // 2}H", data)
    parts: list[str] = []
    native: list[tuple[str, str]] = []
    field_ctrls = iter([c for c in ctrls if _ctrl_id(c.data).startswith("%")])
    in_field = 0
    i, n = 0, len(units)
    while i < n:
        u = units[i]
        if u < 32:
            if u in CHAR_CONTROLS:
                if u in (10, 30, 31):
                    parts.append(" ")
                elif u == 24:
                    parts.append("-")
                i += 1
                continue
            if u == 9:
                parts.append("\t")
            elif u == 3:  # field begin
                fc = next(field_ctrls, None)
                if fc is not None and _ctrl_id(fc.data) == "%clk":
                    native.append(_click_here(fc))
                    parts.append("\x00")
                    in_field += 1
            elif u == 4 and in_field:  # field end
                in_field -= 1
            i += 8
            continue
        if not in_field:
            parts.append(chr(u) if not 0xD800 <= u <= 0xDFFF else _surrogate(units, i))
        i += 1
    text = "".join(p for p in parts if p is not None)
    return _SPACES.sub("\t", text), tuple(native), ctrls


def _surrogate(units, i: int) -> Optional[str]:
    u = units[i]
    if 0xD800 <= u <= 0xDBFF and i + 1 < len(units) and 0xDC00 <= units[i + 1] <= 0xDFFF:
        return chr(0x10000 + ((u - 0xD800) << 10) + (units[i + 1] - 0xDC00))
    return None  # the low half, already joined


def _click_here(ctrl: Record) -> tuple[str, str]:
    """(name, hint) of a click-here field: the hint is the Direction in the field's command; the name
    sits in the control's parameter set (CTRL_DATA)."""
    d = ctrl.data
    hint = ""
    if len(d) >= 11:
        (n,) = struct.unpack_from("<H", d, 9)
        command = d[11:11 + 2 * n].decode("utf-16-le", "replace")
        hint = _direction(command)
    name = ""
    for c in ctrl.children:
        if c.tag == CTRL_DATA:
            name = _longest_utf16(c.data)
    return name, hint


def _direction(command: str) -> str:
    """The Direction of a click-here command (``… Direction:wstring:12:이름을 쓰세요 HelpState:…``),
    found by position: a lazy pattern retried at every ``Direction:`` of a crafted command is quadratic."""
    key = "Direction:wstring:"
    i = command.find(key)
    if i < 0:
        return ""
    j = command.find(":", i + len(key))
    if j < 0 or not command[i + len(key):j].isdigit():
        return ""
    rest = command[j + 1:]
    end = rest.find(" HelpState:")
    rest = rest if end < 0 else rest[:end]
    return rest.split("\n")[0].strip()


def _longest_utf16(data: bytes) -> str:
    """A parameter set stores the field name as a length-prefixed UTF-16 string. The scan tries every
    offset, so only the first and the last ``Limits.param_bytes`` are scanned (nine parameter sets of
    20 MB took minutes)."""
    budget = current().param_bytes
    if len(data) > 2 * budget:
        head, tail = _longest_utf16(data[:budget]), _longest_utf16(data[-budget:])
        return head if len(head) >= len(tail) else tail
    best = ""
    for i in range(0, max(len(data) - 2, 0)):
        (n,) = struct.unpack_from("<H", data, i)
        if 0 < n <= 200 and i + 2 + 2 * n <= len(data):
            try:
                s = data[i + 2:i + 2 + 2 * n].decode("utf-16-le")
            except UnicodeDecodeError:
                continue
            if s.isprintable() and len(s) > len(best):
                best = s
    return best


def read_hwp(path: str, rel: str) -> Document:
    """An HWP 5 file as a :class:`~formslim.model.Document`."""
    from .document import document_from_layout

    layout, meta = read_hwp_layout(path, rel)
    return document_from_layout(layout, rel, "hwp", title=meta["title"], language="ko")
