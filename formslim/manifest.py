"""The optional package manifest: ``formslim.yaml`` beside the documents (schema: docs/manifest.md).

It says what the files cannot: the programme, how many apply and how often (for burden totals), the
documents required as attachments that are not files in the folder, what each document is, and the
user's overrides (keep this document, never merge these fields, this registry is not available)."""
from __future__ import annotations

from dataclasses import dataclass, field
import math
import re
from pathlib import Path
from typing import Optional

import yaml

from .errors import FormslimError
from .parse import MANIFEST_NAMES
from .parse.classify import KINDS

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Attachment:
    """A required document that is not a file in the package (e.g. "사업자등록증명, issued by 국세청")."""

    name: str
    kind: str = "certificate"
    issuer: str = ""
    registry: Optional[str] = None
    fee: Optional[float] = None


@dataclass(frozen=True)
class Manifest:
    programme: str = ""
    language: Optional[str] = None
    country: Optional[str] = None
    applicants_per_year: Optional[float] = None
    frequency_per_year: float = 1.0
    hourly_tariff: Optional[float] = None
    currency: Optional[str] = None
    kinds: dict = field(default_factory=dict)  # file → kind
    registries: dict = field(default_factory=dict)  # file → registry id
    fees: dict = field(default_factory=dict)  # file → fee
    attachments: tuple[Attachment, ...] = ()
    keep: tuple[str, ...] = ()
    never_merge: tuple[tuple[str, str], ...] = ()
    same: tuple[tuple[str, str], ...] = ()  # pairs a person confirmed are one datum (accepted review links)
    unavailable_registries: tuple[str, ...] = ()
    agency_holds: tuple[str, ...] = ()  # concept ids the agency already holds (earlier applications, its own records)
    # parties that are one person in this programme: groups of "role" or "role N" ("owner 1")
    same_parties: tuple[tuple[str, ...], ...] = ()
    # per-person forms: whose copy a file is ("owner 1"): its nameless person data and its "you" are theirs
    filled_by: dict = field(default_factory=dict)  # file → "role [N]"
    # in this file, a party word means another party: {SBA_148L.pdf: {guarantor: spouse}}
    document_parties: dict = field(default_factory=dict)  # file → {role: "role [N]"}
    # where the consolidated form lives: "auto" (the programme's online application where the notice says
    # every applicant fills one, else a form of the package or a new one), "paper" (a form the agency issues,
    # signed by each party in a block of their own: never the online application), "redesign" (the main form
    # is laid out again even where no other document moves into it: an agency redesigning its own form)
    consolidated_form: str = "auto"
    path: Optional[str] = None

    @property
    def overrides_given(self) -> bool:
        return bool(self.keep or self.never_merge or self.same or self.unavailable_registries)


def party_ref(text: str) -> tuple[str, Optional[int]]:
    """A party as a manifest names it: "owner 2" → ("owner", 2), "Co-Applicant" → ("co_applicant", None)."""
    m = re.fullmatch(r"\s*([a-z_]+)(?:\s*(\d{1,2}))?\s*", text.lower().replace("-", "_"))
    return (m.group(1), int(m.group(2)) if m.group(2) else None) if m else (text.strip().lower(), None)


def find_manifest(folder: str | Path) -> Optional[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        return None
    for name in MANIFEST_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


def _err(path, msg: str) -> FormslimError:
    return FormslimError(f"{path}: {msg}")


def load_manifest(path: str | Path) -> Manifest:
    """Read and validate a manifest; one clear line for each problem."""
    path = Path(path)
    data = _load_yaml(path)
    if not isinstance(data, dict):
        raise _err(path, "the manifest must be a mapping")
    for key in ("programme", "language", "country", "currency"):
        if data.get(key) is not None and not isinstance(data[key], (str, int, float)):
            raise _err(path, f"'{key}' must be text, not {_type_name(data[key])}")
    for key in ("documents", "attachments", "agency_holds"):
        if data.get(key) is not None and not isinstance(data[key], list):
            raise _err(path, f"'{key}' must be a list, not {_type_name(data[key])}")
    try:
        return _manifest(path, data)
    except (TypeError, ValueError, AttributeError) as exc:  # a value of the wrong type deeper down
        raise _err(path, f"a value has the wrong type ({type(exc).__name__}: {str(exc).splitlines()[0][:80]})") from None


def _type_name(value) -> str:
    return {dict: "a mapping", list: "a list", bool: "true/false"}.get(type(value), type(value).__name__)


def _load_yaml(path: Path):
    """YAML within budget: ``Limits.manifest_bytes`` of text and ``Limits.manifest_nodes`` nodes once
    aliases are followed (a 400-byte alias bomb names 10^9 nodes)."""
    from .limits import current

    lim = current()
    try:
        with open(path, "rb") as fh:
            raw = fh.read(lim.manifest_bytes + 1)
    except OSError as exc:
        raise _err(path, f"cannot read the manifest ({exc.strerror or type(exc).__name__})") from None
    if len(raw) > lim.manifest_bytes:
        raise _err(path, f"the manifest is over {lim.manifest_bytes // 1024} KiB (limit)")
    try:
        loader = yaml.SafeLoader(raw.decode("utf-8"))
        try:
            node = loader.get_single_node()
            if node is None:
                return {}
            if _expanded_nodes(node) > lim.manifest_nodes:
                raise _err(path, f"the manifest expands to more than {lim.manifest_nodes:,} values through "
                                 f"aliases (limit)")
            return loader.construct_document(node) or {}
        finally:
            loader.dispose()
    except UnicodeDecodeError:
        raise _err(path, "cannot read the manifest (not UTF-8 text)") from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise _err(path, f"cannot read the manifest ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from None


def _expanded_nodes(root) -> int:
    """How many nodes the document has once every alias is followed, counted over distinct nodes."""
    sizes: dict[int, int] = {}
    order, stack = [], [root]
    seen = set()
    while stack:  # post-order without recursion: a deep document must not blow the stack
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        for child in _children(node):
            if id(child) not in seen:
                stack.append(child)
    for node in reversed(order):
        sizes[id(node)] = 1 + sum(sizes.get(id(c), 1) for c in _children(node))
    return sizes[id(root)]


def _children(node):
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [x for pair in node.value for x in pair]
    return []


_PARTY = re.compile(r"[a-z_]+(?:\s*\d{1,2})?")


def _manifest(path: Path, data: dict) -> Manifest:
    version = data.get("version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise _err(path, f"manifest version {version} is not supported (this formslim reads version {SCHEMA_VERSION})")
    known = {"version", "programme", "language", "country", "applicants_per_year", "frequency_per_year",
             "hourly_tariff", "currency", "documents", "attachments", "overrides", "agency_holds", "parties",
             "consolidated_form"}
    unknown = set(data) - known
    if unknown:
        raise _err(path, f"unknown key(s): {', '.join(sorted(unknown))}")
    hosting = str(data.get("consolidated_form", "auto"))
    if hosting not in ("auto", "paper", "redesign"):
        raise _err(path, "consolidated_form must be auto, paper or redesign")
    kinds, registries, fees, filled_by, document_parties = {}, {}, {}, {}, {}
    for d in data.get("documents") or []:
        if not isinstance(d, dict) or "file" not in d:
            raise _err(path, "each entry of 'documents' needs a 'file'")
        if d.get("kind") and d["kind"] not in KINDS:
            raise _err(path, f"{d['file']}: kind must be one of {', '.join(KINDS)}")
        if d.get("kind"):
            kinds[d["file"]] = d["kind"]
        if d.get("registry"):
            registries[d["file"]] = d["registry"]
        if d.get("fee") is not None:
            fees[d["file"]] = float(d["fee"])
        if d.get("filled_by") is not None:
            if not (isinstance(d["filled_by"], str) and _PARTY.fullmatch(d["filled_by"].strip())):
                raise _err(path, f"{d['file']}: filled_by is a party, a role id with an optional number "
                                 f"(e.g. 'owner 1')")
            filled_by[d["file"]] = d["filled_by"].strip()
        if d.get("parties") is not None:
            ps = d["parties"]
            if not (isinstance(ps, dict) and ps and all(isinstance(k, str) and isinstance(v, str) and
                                                        _PARTY.fullmatch(k.strip()) and _PARTY.fullmatch(v.strip())
                                                        for k, v in ps.items())):
                raise _err(path, f"{d['file']}: parties maps a party word of this document to a party, "
                                 f"e.g. {{guarantor: spouse}}")
            document_parties[d["file"]] = {k.strip(): v.strip() for k, v in ps.items()}
    attachments = []
    for a in data.get("attachments") or []:
        if isinstance(a, str):
            a = {"name": a}
        if not isinstance(a, dict) or not a.get("name"):
            raise _err(path, "each attachment needs a 'name'")
        attachments.append(Attachment(name=str(a["name"]), kind=a.get("kind", "certificate"),
                                      issuer=str(a.get("issuer", "")), registry=a.get("registry"),
                                      fee=float(a["fee"]) if a.get("fee") is not None else None))
    ov = data.get("overrides") or {}
    if not isinstance(ov, dict):
        raise _err(path, "'overrides' must be a mapping")
    never, same_pairs = [], []
    for key, out in (("never_merge", never), ("same", same_pairs)):
        for pair in ov.get(key) or []:
            if not (isinstance(pair, list) and len(pair) == 2):
                raise _err(path, f"{key} entries are pairs: [\"file: label\", \"file: label\"]")
            out.append((str(pair[0]), str(pair[1])))

    same = []
    parties = data.get("parties") or []
    if not isinstance(parties, list):
        raise _err(path, "'parties' must be a list of {same: [role, role …]}")
    for entry in parties:
        group = entry.get("same") if isinstance(entry, dict) else None
        if not (isinstance(group, list) and len(group) >= 2 and all(isinstance(x, str) and x.strip() for x in group)):
            raise _err(path, "each entry of 'parties' is {same: [role, role …]} with two or more roles, e.g. "
                             "[representative, owner 1, guarantor]")
        same.append(tuple(x.strip() for x in group))

    def num(key):
        v = data.get(key)
        if v is None:
            return None
        try:
            x = float(v)
        except (TypeError, ValueError):
            raise _err(path, f"'{key}' must be a number") from None
        # (a count, a frequency or an hourly cost below or at zero prices a burden below zero: "Cost per applicant:
        # -1 → -1 USD" — review 63 #10)
        if not math.isfinite(x) or x <= 0:
            raise _err(path, f"'{key}' must be a number above 0")
        return x

    def text(key):
        v = data.get(key)
        return None if v is None else str(v)

    return Manifest(programme=str(data.get("programme", "")), language=text("language"),
                    country=text("country"), applicants_per_year=num("applicants_per_year"),
                    frequency_per_year=num("frequency_per_year") or 1.0, hourly_tariff=num("hourly_tariff"),
                    currency=text("currency"), kinds=kinds, registries=registries, fees=fees,
                    attachments=tuple(attachments), keep=tuple(str(x) for x in ov.get("keep") or []),
                    never_merge=tuple(never), same=tuple(same_pairs),
                    unavailable_registries=tuple(str(x) for x in ov.get("unavailable_registries") or []),
                    agency_holds=tuple(str(x) for x in data.get("agency_holds") or []),
                    same_parties=tuple(same), filled_by=filled_by, document_parties=document_parties,
                    consolidated_form=hosting, path=str(path))
