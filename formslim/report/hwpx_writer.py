"""A small OWPML (HWPX) writer — the consolidated form for Korean agencies, and the sample packages:
paragraphs, tables with spans and click-here fields. It writes the parts an HWPX reader needs (mimetype, version, container, content
manifest, header with one font, character and paragraph shape, two border fills, section)."""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf/"')
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
ZIP_TIME = (2026, 1, 5, 9, 0, 0)
PAGE_TEXT_WIDTH = 42520  # HWPUNIT (A4 minus margins)
#: the section's page: A4 portrait (210 × 297 mm = 59528 × 84186 HWPUNIT, 1/7200 inch), margins 30 mm left and
#: right (8504: the text width above), 20 mm top, 15 mm bottom, header and footer 15 mm — the layout of the
#: ministry's own HWP forms. OWPML puts it in the first paragraph's first run (hp:secPr, with the column control);
#: without it a reader falls back on its own defaults (review 60 #18)
SECTION_PROPERTIES = (
    '<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" '
    'tabStopUnit="HWPUNIT" outlineShapeIDRef="0" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
    '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
    '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
    '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" '
    'hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
    '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
    '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
    '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')


def _header() -> str:
    langs = ("HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER")
    faces = "".join(f'<hh:fontface lang="{l}" fontCnt="1"><hh:font id="0" face="맑은 고딕" type="TTF" '
                    f'isEmbedded="0"/></hh:fontface>' for l in langs)
    border = ('<hh:borderFill id="{id}" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="{t}" width="0.12 mm" color="#000000"/><hh:rightBorder type="{t}" width="0.12 mm" color="#000000"/>'
              '<hh:topBorder type="{t}" width="0.12 mm" color="#000000"/><hh:bottomBorder type="{t}" width="0.12 mm" color="#000000"/>'
              '</hh:borderFill>')
    font_ref = " ".join(f'{l.lower()}="0"' for l in ("hangul", "latin", "hanja", "japanese", "other", "symbol", "user"))
    return (f'{XML}<hh:head {NS} version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
            f'<hh:refList><hh:fontfaces itemCnt="7">{faces}</hh:fontfaces>'
            f'<hh:borderFills itemCnt="2">{border.format(id=1, t="NONE")}{border.format(id=2, t="SOLID")}</hh:borderFills>'
            f'<hh:charProperties itemCnt="1"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" '
            f'useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef {font_ref}/>'
            f'</hh:charPr></hh:charProperties>'
            f'<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            f'<hh:paraProperties itemCnt="1"><hh:paraPr id="0" tabPrIDRef="0" condense="0"><hh:align horizontal="JUSTIFY" '
            f'vertical="BASELINE"/></hh:paraPr></hh:paraProperties>'
            f'<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" '
            f'charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
            f'</hh:refList></hh:head>')


class Hwpx:
    def __init__(self, title: str, application: str = "formslim") -> None:
        self.title = title
        self.application = application
        self.body: list[str] = []
        self.ids = 1000

    def _run(self, text: str) -> str:
        parts = []
        for i, piece in enumerate(text.split("\t")):
            if i:
                parts.append('<hp:tab width="4000" leader="NONE" type="LEFT"/>')
            parts.append(escape(piece))
        return f'<hp:run charPrIDRef="0"><hp:t>{"".join(parts)}</hp:t></hp:run>'

    def _p(self, inner: str) -> str:
        return f'<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">{inner}</hp:p>'

    def _field(self, name: str, hint: str) -> str:
        self.ids += 1
        fid = self.ids
        return (f'<hp:run charPrIDRef="0"><hp:ctrl><hp:fieldBegin id="{fid}" type="CLICK_HERE" name={quoteattr(name)} '
                f'editable="1" dirty="0" zorder="-1" fieldid="{fid}"><hp:parameters cnt="1" name="">'
                f'<hp:stringParam name="Direction">{escape(hint)}</hp:stringParam></hp:parameters></hp:fieldBegin></hp:ctrl>'
                f'<hp:t>{escape(hint)}</hp:t><hp:ctrl><hp:fieldEnd beginIDRef="{fid}" fieldid="{fid}"/></hp:ctrl></hp:run>')

    def para(self, text: str = "", field: tuple[str, str] | None = None, after: str = "") -> None:
        inner = self._run(text) if text else ""
        if field:
            inner += self._field(*field)
        if after:
            inner += self._run(after)
        self.body.append(self._p(inner or '<hp:run charPrIDRef="0"/>'))

    def table(self, rows: list[list], spans: dict[tuple[int, int], tuple[int, int]] | None = None,
              widths: list[int] | None = None, height: int = 1800) -> None:
        spans = spans or {}
        n_cols = max(len(r) for r in rows)
        widths = widths or [PAGE_TEXT_WIDTH // n_cols] * n_cols
        self.ids += 1
        trs = []
        for r, row in enumerate(rows):
            tcs = []
            for c, text in enumerate(row):
                if text is None:
                    continue  # covered by a span
                rs, cs = spans.get((r, c), (1, 1))
                width = sum(widths[c:c + cs])
                if isinstance(text, tuple):  # ("field", name, text): a click-here field holding the text
                    paras = self._p(self._field(text[1], text[2]))
                else:
                    paras = "".join(self._p(self._run(line) if line else '<hp:run charPrIDRef="0"/>')
                                    for line in text.split("\n"))
                tcs.append(f'<hp:tc name="" header="0" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                           f'<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER">{paras}</hp:subList>'
                           f'<hp:cellAddr colAddr="{c}" rowAddr="{r}"/><hp:cellSpan colSpan="{cs}" rowSpan="{rs}"/>'
                           f'<hp:cellSz width="{width}" height="{height * rs}"/>'
                           f'<hp:cellMargin left="141" right="141" top="141" bottom="141"/></hp:tc>')
            trs.append(f'<hp:tr>{"".join(tcs)}</hp:tr>')
        tbl = (f'<hp:tbl id="{self.ids}" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" '
               f'lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{len(rows)}" colCnt="{n_cols}" '
               f'cellSpacing="0" borderFillIDRef="2" noAdjust="0"><hp:sz width="{sum(widths)}" widthRelTo="ABSOLUTE" '
               f'height="{height * len(rows)}" heightRelTo="ABSOLUTE" protect="0"/><hp:pos treatAsChar="1" '
               f'affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="PARA" '
               f'vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>{"".join(trs)}</hp:tbl>')
        self.body.append(self._p(f'<hp:run charPrIDRef="0">{tbl}<hp:t/></hp:run>'))

    def save(self, path: Path) -> None:
        body = list(self.body) or [self._p('<hp:run charPrIDRef="0"/>')]
        # (the page settings open the first paragraph, in a run of their own)
        at = body[0].index(">") + 1
        body[0] = body[0][:at] + f'<hp:run charPrIDRef="0">{SECTION_PROPERTIES}</hp:run>' + body[0][at:]
        section = (f'{XML}<hs:sec {NS}>' + "".join(body) + '</hs:sec>')
        hpf = (f'{XML}<opf:package {NS} version="" unique-identifier="" id=""><opf:metadata>'
               f'<opf:title>{escape(self.title)}</opf:title><opf:language>ko</opf:language></opf:metadata>'
               f'<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
               f'<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/></opf:manifest>'
               f'<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine>'
               f'</opf:package>')
        container = (f'{XML}<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container">'
                     f'<ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" '
                     f'media-type="application/hwpml-package+xml"/></ocf:rootfiles></ocf:container>')
        version = (f'{XML}<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
                   f'major="5" minor="1" micro="0" buildNumber="1" xmlVersion="1.4" application={quoteattr(self.application)}/>')
        with zipfile.ZipFile(path, "w") as z:
            def put(name: str, data: str, compress: int = zipfile.ZIP_DEFLATED) -> None:
                info = zipfile.ZipInfo(name, ZIP_TIME)
                info.compress_type = compress
                z.writestr(info, data.encode("utf-8"))

            put("mimetype", "application/hwp+zip", zipfile.ZIP_STORED)  # first and stored, as in OCF
            put("version.xml", version)
            put("META-INF/container.xml", container)
            put("Contents/content.hpf", hpf)
            put("Contents/header.xml", _header())
            put("Contents/section0.xml", section)
