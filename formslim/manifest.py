"""The optional package manifest: ``formslim.yaml`` beside the documents (schema: docs/manifest.md).

It says what the files cannot: the programme, how many apply and how often (for burden totals), the
documents required as attachments that are not files in the folder, what each document is, and the
user's overrides (keep this document, never merge these fields, this registry is not available)."""
from __future__ import annotations

from dataclasses import dataclass, field
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
    unavailable_registries: tuple[str, ...] = ()
    agency_holds: tuple[str, ...] = ()  # concept ids the agency already holds (earlier applications, its own records)
    path: Optional[str] = None

    @property
    def overrides_given(self) -> bool:
        return bool(self.keep or self.never_merge or self.unavailable_registries)


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
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise _err(path, f"cannot read the manifest ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise _err(path, "the manifest must be a mapping")
    version = data.get("version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise _err(path, f"manifest version {version} is not supported (this formslim reads version {SCHEMA_VERSION})")
    known = {"version", "programme", "language", "country", "applicants_per_year", "frequency_per_year",
             "hourly_tariff", "currency", "documents", "attachments", "overrides", "agency_holds"}
    unknown = set(data) - known
    if unknown:
        raise _err(path, f"unknown key(s): {', '.join(sorted(unknown))}")
    kinds, registries, fees = {}, {}, {}
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
    never = []
    for pair in ov.get("never_merge") or []:
        if not (isinstance(pair, list) and len(pair) == 2):
            raise _err(path, "never_merge entries are pairs: [\"file: label\", \"file: label\"]")
        never.append((str(pair[0]), str(pair[1])))

    def num(key):
        v = data.get(key)
        if v is None:
            return None
        try:
            return float(v)
        except (TypeError, ValueError):
            raise _err(path, f"'{key}' must be a number") from None

    return Manifest(programme=str(data.get("programme", "")), language=data.get("language"),
                    country=data.get("country"), applicants_per_year=num("applicants_per_year"),
                    frequency_per_year=num("frequency_per_year") or 1.0, hourly_tariff=num("hourly_tariff"),
                    currency=data.get("currency"), kinds=kinds, registries=registries, fees=fees,
                    attachments=tuple(attachments), keep=tuple(str(x) for x in ov.get("keep") or []),
                    never_merge=tuple(never),
                    unavailable_registries=tuple(str(x) for x in ov.get("unavailable_registries") or []),
                    agency_holds=tuple(str(x) for x in data.get("agency_holds") or []),
                    path=str(path))
