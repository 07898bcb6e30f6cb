"""XML from untrusted archives: no DTDs, no entities, no network, bounded size."""
from __future__ import annotations

import zipfile

from ..errors import InputFileError



def local_name(tag) -> str:
    """An element's name without its namespace ("{…/paragraph}p" → "p"); "" for comments and PIs."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def part_names(z: zipfile.ZipFile) -> dict[str, str]:
    """Member names with "/" separators (some writers use "\\") → the names stored."""
    return {n.replace("\\", "/"): n for n in z.namelist()}


def read_part(z: zipfile.ZipFile, name: str, rel: str, limit: int | None = None) -> bytes:
    """One member of a zip archive, refusing members that expand past ``limit`` (default:
    ``Limits.part_bytes``)."""
    if limit is None:
        from ..limits import current

        limit = current().part_bytes
    try:
        info = z.getinfo(part_names(z).get(name, name))
    except KeyError:
        raise InputFileError(rel, "corrupt", f"archive has no part '{name}'") from None
    if info.file_size > limit:
        raise InputFileError(rel, "too_large", f"part '{name}' expands to {info.file_size // 2**20} MiB")
    with z.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputFileError(rel, "too_large", f"part '{name}' expands past {limit // 2**20} MiB")
    return data


def parse_xml(data: bytes, rel: str, part: str):
    """Parse with lxml, refusing any document type declaration (entities are never needed in
    office formats and are how entity-expansion and external-entity attacks work)."""
    from lxml import etree

    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise InputFileError(rel, "corrupt", f"part '{part}' declares a DTD or entities, which formslim refuses")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputFileError(rel, "corrupt", f"part '{part}' is not well-formed XML ({str(exc)[:80]})") from None
