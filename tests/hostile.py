"""Generators of hostile files for the robustness tests. Every file is built here, from nothing:
none is downloaded or copied from elsewhere."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib


def pdf_bytes(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF of numbered objects (1 0 obj … N 0 obj) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def flate_stream(data_chunks, extra: bytes = b"") -> bytes:
    c = zlib.compressobj(9)
    packed = b"".join(c.compress(d) for d in data_chunks) + c.flush()
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"


def one_page_pdf(content_stream: bytes) -> bytes:
    return pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>",
                      b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                      content_stream])


def path_bomb_pdf(megabytes: int = 60) -> bytes:
    """A flat PDF whose one page is ``megabytes`` MB of path operators (a few hundred KB packed):
    PDFium builds millions of path objects and aborts when an allocation fails."""
    unit = b"0 0 m 100 100 l S\n" * 4000
    return one_page_pdf(flate_stream(unit for _ in range(megabytes * 2**20 // len(unit))))


def text_pdf(lines: list[str]) -> bytes:
    """A flat PDF printing ``lines`` (Latin-1) in Helvetica."""
    ops = [b"BT /F1 11 Tf 72 720 Td 14 TL"]
    for line in lines:
        esc = line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"(" + esc + b") Tj T*")
    ops.append(b"ET")
    content = b"\n".join(ops)
    return pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>",
                      b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                      b"/Resources << /Font << /F1 5 0 R >> >> >>",
                      b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
                      b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


def reused_page_pdf(times: int) -> bytes:
    """A page tree naming one page ``times`` times: 99,000 pages from a few KB."""
    kids = b" ".join([b"3 0 R"] * times)
    return pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>",
                      b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % times,
                      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                      b"<< /Length 0 >>\nstream\n\nendstream"])


def acroform_pdf(names: list[bytes], tooltips: list[bytes] | None = None) -> bytes:
    """A fillable PDF with one text field per name (raw PDF string bytes, escaped here)."""
    def s(b: bytes) -> bytes:
        return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    n = len(names)
    first = 5
    field_refs = b" ".join(b"%d 0 R" % (first + i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [" + field_refs + b"] >>",
            b"<< /Fields [" + field_refs + b"] >>"]
    for i, name in enumerate(names):
        tu = b" /TU " + s(tooltips[i]) if tooltips else b""
        objs.append(b"<< /Type /Annot /Subtype /Widget /FT /Tx /T " + s(name) + tu +
                    b" /Rect [100 %d 300 %d] /P 3 0 R >>" % (700 - 20 * i, 715 - 20 * i))
    return pdf_bytes(objs)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                 b'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 b'wordprocessingml.document.main+xml"/></Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def docx_bytes(body_xml: bytes) -> bytes:
    """A minimal DOCX whose body is ``body_xml`` (w: prefixed elements)."""
    doc = (b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="' + W_NS.encode() + b'"><w:body>'
           + body_xml + b'</w:body></w:document>')
    return zip_bytes({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/document.xml": doc})


def xml_escape(text: str) -> bytes:
    from xml.sax.saxutils import escape

    return escape(text).replace("\r", "&#13;").encode()


def docx_paragraphs(texts) -> bytes:
    return b"".join(b"<w:p><w:r><w:t xml:space=\"preserve\">" + xml_escape(t) + b"</w:t></w:r></w:p>" for t in texts)


HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
OPF = "http://www.idpf.org/2007/opf/"


def hwpx_bytes(sections: dict[str, bytes], spine: list[str]) -> bytes:
    """An HWPX whose content.hpf lists ``spine`` (section hrefs, repeats allowed)."""
    items = "".join(f'<opf:item id="s{i}" href="{h}" media-type="application/xml"/>'
                    for i, h in enumerate(dict.fromkeys(spine)))
    ids = {h: f"s{i}" for i, h in enumerate(dict.fromkeys(spine))}
    refs = "".join(f'<opf:itemref idref="{ids[h]}"/>' for h in spine)
    hpf = (f'<?xml version="1.0" encoding="UTF-8"?><opf:package xmlns:opf="{OPF}"><opf:manifest>{items}'
           f'</opf:manifest><opf:spine>{refs}</opf:spine></opf:package>').encode()
    members = {"mimetype": b"application/hwp+zip", "Contents/content.hpf": hpf}
    members.update(sections)
    return zip_bytes(members)


def hwpx_section(paragraph_xml: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
            b'xmlns:hp="' + HP.encode() + b'">' + paragraph_xml + b'</hs:sec>')


def hwpx_paragraphs(texts) -> bytes:
    return b"".join(b'<hp:p><hp:run><hp:t>' + t.encode() + b'</hp:t></hp:run></hp:p>' for t in texts)


def xlsx_with_merge(ref: str, count: int = 1) -> bytes:
    """An XLSX whose one sheet holds ``count`` merged ranges (``ref`` for the first; the others 1×2
    ranges down column C)."""
    merges = [f'<mergeCell ref="{ref}"/>'] + [f'<mergeCell ref="C{r}:D{r}"/>' for r in range(1, count)]
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>성명</t></is></c>'
             '</row></sheetData>' f'<mergeCells count="{len(merges)}">' + "".join(merges) +
             '</mergeCells></worksheet>')
    return zip_bytes({
        "[Content_Types].xml": b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
                               b'org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
                               b'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
                               b'"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
                               b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
                               b'"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                               b'officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
                       b'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                       b'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/'
                       b'workbook.xml"/></Relationships>',
        "xl/workbook.xml": b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
                           b'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
                           b'officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/>'
                           b'</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                                     b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                                     b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                                     b'worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet.encode(),
    })


def u32(*values: int) -> bytes:
    return struct.pack("<" + "I" * len(values), *values)


# ------------------------------------------------------------------ HWP 5: an OLE compound file

ENDOFCHAIN, FATSECT, FREESECT = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _dir_entry(name: str, kind: int, child: int = FREESECT, right: int = FREESECT, start: int = ENDOFCHAIN,
               size: int = 0) -> bytes:
    raw = name.encode("utf-16-le") + b"\x00\x00"
    return (raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), kind, 1) + struct.pack("<III", FREESECT, right, child)
            + b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16 + struct.pack("<IIi", start, size & 0xFFFFFFFF, size >> 32))


def _padded(data: bytes) -> int:
    return max(4096, -(-len(data) // 512) * 512)


def ole_bytes(streams: list[tuple[str, bytes]], sections: list[tuple[str, int, int]] = (),
              fat_patch: dict | None = None) -> bytes:
    """A version 3 compound file: root → ``FileHeader`` and the other top ``streams`` (each at least
    4,096 bytes, so no mini stream), and a ``BodyText`` storage whose entries are ``sections``:
    (name, index of a stream in ``streams`` whose sectors it points to, claimed size). Sharing and
    lying are the point. ``fat_patch`` rewrites FAT entries (a cyclic chain)."""
    sec = 512
    data_sectors: list[int] = []  # first sector of each stream, counted from the first data sector
    body = bytearray()
    for _, data in streams:
        data = data.ljust(max(4096, -(-len(data) // sec) * sec), b"\x00")
        data_sectors.append(len(body) // sec)
        body += data
    n_top = len(streams)
    entries_count = 2 + n_top + len(sections)
    dir_sectors = -(-entries_count * 128 // sec)
    n_data = len(body) // sec
    n_fat = 1
    while n_fat * 128 < n_fat + dir_sectors + n_data:
        n_fat += 1
    first_dir = n_fat
    first_data = n_fat + dir_sectors
    fat = [FATSECT] * n_fat
    fat += [first_dir + i + 1 for i in range(dir_sectors - 1)] + [ENDOFCHAIN]
    chain = [ENDOFCHAIN] * n_data
    for k, (_, data) in enumerate(streams):
        s0 = data_sectors[k]
        n = max(4096, -(-len(data) // sec) * sec) // sec
        for j in range(n - 1):
            chain[s0 + j] = first_data + s0 + j + 1
    fat += chain
    for i, v in (fat_patch or {}).items():
        fat[i] = v
    fat += [FREESECT] * (n_fat * 128 - len(fat))
    # directory: 0 root, 1 BodyText, 2.. top streams, then sections (siblings chained to the right)
    ids_top = list(range(2, 2 + n_top))
    ids_sec = list(range(2 + n_top, 2 + n_top + len(sections)))
    entries = [_dir_entry("Root Entry", 5, child=1), _dir_entry("BodyText", 1, child=ids_sec[0] if ids_sec else FREESECT,
                                                                 right=ids_top[0] if ids_top else FREESECT)]
    for k, (name, data) in enumerate(streams):
        entries.append(_dir_entry(name, 2, right=ids_top[k + 1] if k + 1 < n_top else FREESECT,
                                  start=first_data + data_sectors[k], size=_padded(data)))
    for k, (name, idx, size) in enumerate(sections):
        entries.append(_dir_entry(name, 2, right=ids_sec[k + 1] if k + 1 < len(sections) else FREESECT,
                                  start=first_data + data_sectors[idx], size=size))
    directory = b"".join(entries).ljust(dir_sectors * sec, b"\x00")
    difat = list(range(n_fat)) + [FREESECT] * (109 - n_fat)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<IIIIIIIII", 0, n_fat, first_dir, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
              + struct.pack("<109I", *difat))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return header + fat_bytes + directory + bytes(body)


def hwp_record(tag: int, level: int, data: bytes) -> bytes:
    if len(data) >= 0xFFF:
        return struct.pack("<II", tag | (level << 10) | (0xFFF << 20), len(data)) + data
    return struct.pack("<I", tag | (level << 10) | (len(data) << 20)) + data


def hwp_paragraph(text: str, children: bytes = b"") -> bytes:
    units = text.encode("utf-16-le")
    return hwp_record(0x42, 0, b"\x00" * 22) + hwp_record(0x43, 1, units) + children


def hwp_bytes(section_records: list[bytes], share: int = 1, claim: int | None = None, cyclic: bool = False,
              extra_streams: list[tuple[str, bytes]] = ()) -> bytes:
    """An HWP 5 file (compressed body) with one section per item of ``section_records``; ``share``
    extra directory entries naming the first section's stream again; ``claim`` a size the first
    section's entry claims; ``cyclic`` makes its sector chain point to itself; ``extra_streams`` more
    streams at the root (a summary)."""
    header = b"HWP Document File".ljust(32, b"\x00") + struct.pack("<II", 0x05000300, 1)
    streams = [("FileHeader", header)]
    for i, recs in enumerate(section_records):
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        streams.append((f"Section{i}-data", c.compress(recs) + c.flush()))
    streams += list(extra_streams)
    sections = [(f"Section{i}", i + 1, claim if (claim and i == 0) else _padded(streams[i + 1][1]))
                for i in range(len(section_records))]
    sections += [(f"Section{len(section_records) + k}", 1, _padded(streams[1][1])) for k in range(share - 1)]
    patch = None
    if cyclic:  # the first sector of the first section's stream is followed by itself, for ever
        probe = ole_bytes(streams, sections)
        n_fat, first_dir = struct.unpack_from("<II", probe, 44)
        first_data = first_dir + -(-(2 + len(streams) + len(sections)) * 128 // 512)
        start = first_data + _padded(streams[0][1]) // 512
        patch = {start: start}
    return ole_bytes(streams, sections, fat_patch=patch)


def hwp_click_here(name: str, hint: str, param_junk: int = 0) -> bytes:
    """A paragraph holding one click-here field named ``name``, its parameter set preceded by
    ``param_junk`` bytes that every offset of a naive scan tries to decode."""
    ctrl = [3, 0x6C6B, 0x2563, 0, 0, 0, 0, 3]  # field begin: 8 code units
    end = [4, 0x6C6B, 0x2563, 0, 0, 0, 0, 4]
    units = struct.pack("<8H", *ctrl) + struct.pack("<8H", *end)
    command = f"Clickhere:set:66:Direction:wstring:{len(hint)}:{hint} HelpState:wstring:0: ".encode("utf-16-le")
    header = b"klc%" + b"\x00" * 5 + struct.pack("<H", len(command) // 2) + command
    junk = (b"\xc8\x00" + b"\x00\xd8") * (param_junk // 4)  # 200 units of lone surrogates at every offset
    raw_name = name.encode("utf-16-le")
    data = junk + struct.pack("<H", len(name)) + raw_name
    return (hwp_record(0x42, 0, b"\x00" * 22) + hwp_record(0x43, 1, units)
            + hwp_record(0x47, 1, header) + hwp_record(0x57, 2, data))


def vector_bomb_summary(count: int = 0xFFFFFFF0) -> bytes:
    """An OLE property-set stream (an HWP summary) whose one property, the title, is a vector claiming
    ``count`` elements in a few bytes."""
    header = struct.pack("<HHI", 0xFFFE, 0, 0) + bytes(16) + struct.pack("<I", 1) + bytes(16) + struct.pack("<I", 48)
    prop = struct.pack("<II", 0x1000 | 0x99, count) + bytes(8)  # a vector of a type olefile skips (size 0)
    body = struct.pack("<II", 16 + len(prop), 1) + struct.pack("<II", 2, 16) + prop
    return header + body


def missing_objects_pdf(n: int = 20000) -> bytes:
    """A one-page PDF whose field tree and page name ``n`` objects that exist nowhere in the file: pypdf
    searched the whole file once for each (``make fuzz``, session 8: 70 s of CPU for 440 KB)."""
    refs = b" ".join(b"%d 0 R" % (100000 + i) for i in range(n))
    return pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R /AcroForm 5 0 R >>",
                      b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots [" + refs + b"] >>",
                      flate_stream([b"BT /F1 12 Tf 72 700 Td (Name: ____) Tj ET"]),
                      b"<< /Fields [" + refs + b"] >>"])


def misplaced_objects_pdf(n: int = 2000) -> bytes:
    """A fillable PDF of ``n`` text fields whose cross-reference entries each give another object's offset."""
    import re

    kids = b" ".join(b"%d 0 R" % (6 + i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R /AcroForm 5 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots [" + kids + b"] >>",
            flate_stream([b"BT /F1 12 Tf 72 700 Td (Form) Tj ET"]),
            b"<< /Fields [" + kids + b"] >>"]
    objs += [b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (f%d) /TU (Field number %d) /Rect [10 10 50 20] /P 3 0 R >>"
             % (i, i) for i in range(n)]
    data = pdf_bytes(objs)
    x = data.rindex(b"xref\n")
    offsets = re.findall(rb"(\d{10}) 00000 n ", data[x:])
    rotated = iter(offsets[2:] + offsets[:2])
    return data[:x] + re.sub(rb"(\d{10}) 00000 n ", lambda m: next(rotated) + b" 00000 n ", data[x:])


def widgets_pdf(n: int, tooltips: list[str] | None = None) -> bytes:
    """A one-page fillable PDF of ``n`` text fields, each one widget (tooltips given, or "Field i")."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [" + kids + b"] >>",
            b"<< /Fields [" + kids + b"] >>"]
    for i in range(n):
        tip = (tooltips[i] if tooltips else f"Field {i}").encode("utf-16-be").hex().upper().encode()
        objs.append(b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (f%d) /TU <FEFF%s> /Rect [10 %d 200 %d] /P 3 0 R >>"
                    % (i, tip, 700 - (i % 60) * 11, 708 - (i % 60) * 11))
    return pdf_bytes(objs)
