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


def docx_paragraphs(texts) -> bytes:
    return b"".join(b"<w:p><w:r><w:t xml:space=\"preserve\">" + t.encode() + b"</w:t></w:r></w:p>" for t in texts)


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
