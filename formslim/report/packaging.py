"""Office packages (XLSX, DOCX) written with the same bytes for the same content on the same report date.

openpyxl stamps a workbook's ``modified`` time at save and python-docx keeps its template's, and both date each zip
entry by the clock: two runs on one input differed in bytes. :func:`settle` sets the parts' times and the
``docProps/core.xml`` created/modified dates to the report's date (``SOURCE_DATE_EPOCH`` where set, as for the
report's printed date), so a script that compares two runs' outputs compares their content.
"""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

from ..safe_output import TEMP_PREFIX

_CORE = "docProps/core.xml"
_STAMP = re.compile(rb"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")


def report_date() -> str:
    """Today, or the date of ``SOURCE_DATE_EPOCH`` (reproducible builds: the same input, the same bytes)."""
    import datetime

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date().isoformat()
    return datetime.date.today().isoformat()


def settle(path: str | Path, date: str = "") -> None:
    """Rewrite the package at ``path`` (formslim's own output, just written) with every entry dated ``date``
    (YYYY-MM-DD, midnight; the report's date by default) and its core properties created and modified on that date."""
    path = Path(path)
    date = date or report_date()
    y, m, d = (int(x) for x in date.split("-"))
    when = (max(1980, y), m, d, 0, 0, 0)
    stamp = f"{date}T00:00:00Z".encode()
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info)) for info in src.infolist()]
    tmp = path.with_name(TEMP_PREFIX + path.name)
    with zipfile.ZipFile(tmp, "w") as out:
        for info, data in entries:
            if info.filename == _CORE:
                data = _STAMP.sub(lambda x: x.group(1) + stamp + x.group(3), data)
            fixed = zipfile.ZipInfo(info.filename, when)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            out.writestr(fixed, data)
    os.replace(tmp, path)
