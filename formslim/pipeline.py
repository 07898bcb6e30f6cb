"""The main job as one call: parse → fields → match → graph → reduce → burden → consolidated form."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable, Optional

from .knowledge import Knowledge, load_knowledge
from .manifest import Manifest, find_manifest, load_manifest
from .match import MatchResult, derive, match_package
from .match.derive import country_of, printed_agreements
from .model import Derivation, Package, ReductionPlan
from .parse import read_package
from .reduce import plan_reduction
from .text import FORM_NUMBER_TITLE
from .reduce.burden import Burden, estimate
from .report.reduced_form import build_form


@dataclass(frozen=True)
class Analysis:
    package: Package
    manifest: Optional[Manifest]
    knowledge: Knowledge
    match: MatchResult
    derivations: tuple[Derivation, ...]
    plan: ReductionPlan
    burden: Burden
    form: dict
    lang: str
    country: str
    programme: str

    def to_dict(self) -> dict:
        """plan.json."""
        from .report.redesign import plan_json

        return plan_json(self)

    @cached_property
    def overlaps(self) -> tuple[dict, ...]:
        """How much of one kept document another asks again, pair by pair (:func:`reduce.overlap.document_overlaps`):
        read by plan.json, the brief, the HTML and the Markdown report — computed once."""
        from .reduce.overlap import document_overlaps

        return tuple(document_overlaps(self.plan, self.match))

    def summary(self) -> dict:
        """The headline figures (documents, questions, minutes and cost before and after, the verdict)."""
        from .report.redesign import summary

        return summary(self)

    def fields_frame(self):
        """One row per question with its plan (pandas DataFrame)."""
        import pandas as pd

        return pd.DataFrame([f.to_dict() for f in self.plan.fields])

    def decisions_frame(self):
        """One row per decision (pandas DataFrame)."""
        import pandas as pd

        return pd.DataFrame([d.to_dict() for d in self.plan.decisions])

    def documents_frame(self):
        """One row per document with its decision (pandas DataFrame)."""
        import pandas as pd

        return pd.DataFrame([d.to_dict() for d in self.plan.documents])


def field_references(package: Package) -> dict[str, str]:
    """How a manifest names a field: "file: label" where the label is unique in its document, and always
    the field's id ("file#012"), which formslim prints where labels repeat."""
    out: dict[str, str] = {}
    for d in package.documents:
        seen: dict[str, int] = {}
        for f in d.fields:
            seen[f.label] = seen.get(f.label, 0) + 1
        for f in d.fields:
            out[f.id] = f.id
            if seen[f.label] == 1:
                out[f"{d.key}: {f.label}"] = f.id
                if not d.part:
                    out[f"{d.path}: {f.label}"] = f.id
    return out


def field_reference(match: MatchResult, fid: str, counts: Optional[dict] = None) -> str:
    """The manifest's name for a field: "file: label" when that is unique, else its id. ``counts``:
    (document, label) → how many fields carry it, when naming many fields."""
    if counts is None:
        counts = label_counts(match)
    label, doc = match.fields[fid].label, match.doc_of[fid]
    return f"{doc}: {label}" if counts.get((doc, label), 0) == 1 else fid


def label_counts(match: MatchResult) -> dict:
    out: dict = {}
    for x, f in match.fields.items():
        out[(match.doc_of[x], f.label)] = out.get((match.doc_of[x], f.label), 0) + 1
    return out


def apply_never_merge(match: MatchResult, manifest: Optional[Manifest],
                      key_of: dict[str, str]) -> tuple[MatchResult, list[str]]:
    """Manifest overrides: split groups and drop links between fields the user says are different.
    ``key_of``: how the manifest names fields (:func:`field_references`)."""
    if not manifest or not manifest.never_merge:
        return match, []
    from dataclasses import replace

    applied, pairs = [], set()
    for a, b in manifest.never_merge:
        if a in key_of and b in key_of:
            pairs.add(frozenset((key_of[a], key_of[b])))
            applied.append(f"never merge {a} / {b}")
        else:
            applied.append(f"never merge {a} / {b}: not found in the package (ignored)")
    links = tuple(l for l in match.links if frozenset((l.a, l.b)) not in pairs)
    queue = tuple(l for l in match.queue if frozenset((l.a, l.b)) not in pairs)
    groups = []
    for g in match.groups:
        members = list(g.fields)
        bad = [p for p in pairs if p <= set(members)]
        for p in bad:
            # keep the first field (by id) in the group; the other leaves it
            members.remove(sorted(p)[1])
        if len(members) >= 2:
            groups.append(replace(g, fields=tuple(members)))
    return replace(match, links=links, groups=tuple(groups), queue=queue), applied


def _unjoined_same(line: str, x: str, y: str, match: MatchResult) -> str:
    """An applied ``same`` line, or why its two fields are not one group: joining them would make two
    different questions of one form one datum (a box that asks two data, "사업참여기간 (참여율)", confirmed as
    the same as one of them), and the groups the forms make are kept (review 41 #4)."""
    gx = next((g.fields for g in match.groups if x in g.fields), (x,))
    gy = next((g.fields for g in match.groups if y in g.fields), (y,))
    if x in gy:
        return line
    clash = next(((a, b) for a in gx for b in gy if match.doc_of[a] == match.doc_of[b]), None)
    if clash is None:
        return line
    a, b = clash
    return (f"{line}: not joined, for {match.doc_of[a]} asks '{match.fields[a].label}' and "
            f"'{match.fields[b].label}' apart and they would become one datum (ignored)")


def match_with_manifest(package: Package, kb: Knowledge, manifest: Optional[Manifest]) -> tuple[MatchResult, list[str]]:
    """Matching as the manifest states the programme: parties that are one person, whose copy a
    per-person form is, what a party word means in one file, and pairs never to merge. Returns the
    result and what the manifest changed, for the plan's assumptions."""
    if manifest is None:
        return match_package(package, kb), []
    key_of = field_references(package)
    same, applied = [], []
    for a, b in manifest.same:
        if a in key_of and b in key_of:
            same.append((key_of[a], key_of[b]))
            applied.append((f"same datum {a} / {b}", key_of[a], key_of[b]))
        else:
            applied.append(f"same datum {a} / {b}: not found in the package (ignored)")
    match = match_package(package, kb, manifest.same_parties, manifest.filled_by, manifest.document_parties,
                          tuple(same))
    match, never = apply_never_merge(match, manifest, key_of)
    applied = [x if isinstance(x, str) else _unjoined_same(*x, match) for x in applied]
    if same:  # a pair a person has decided is not put to them again, joined or not (the assumption says why)
        from dataclasses import replace

        decided = {frozenset(p) for p in same}
        match = replace(match, queue=tuple(l for l in match.queue if frozenset((l.a, l.b)) not in decided))
    applied += never
    stated = [f"one person: {' = '.join(g)}" for g in manifest.same_parties]
    stated += [f"{f} is filled by the {who}" for f, who in sorted(manifest.filled_by.items())]
    stated += [f"in {f}, the {a} is the {b}" for f, m in sorted(manifest.document_parties.items())
               for a, b in sorted(m.items())]
    return match, stated + list(applied)


def signers_as_stated(package: Package, manifest: Optional[Manifest]) -> Package:
    """The package with its signers as the manifest states its parties: a role the manifest makes one person with
    the applicant ("same: [applicant, member]": the new hire is the one who files) signs as the applicant — its
    document is the applicant's own to sign, not another party's (review 53 #2: the manifest changed the readings,
    and the W-4 stayed "signed by another party (employee)"). Not so for the representative: one person, two
    capacities — an owner who represents the business still signs a guarantee for herself. A numbered role
    ("owner 2") is one person only as numbered, so it is left as read."""
    from dataclasses import replace

    from .manifest import party_ref

    mapped: dict[str, str] = {}
    for group in manifest.same_parties if manifest else ():
        roles = [party_ref(x) for x in group]
        if ("applicant", None) in roles:
            mapped.update({r: "applicant" for r, i in roles if i is None and r != "applicant"})
    if not mapped:
        return package

    def signed(d):
        signers = tuple(replace(sg, signer=mapped.get(sg.signer, sg.signer)) for sg in d.signers)
        parts = tuple(signed(x) for x in d.parts)
        return replace(d, signers=signers, parts=parts) if signers != d.signers or parts != d.parts else d
    return replace(package, documents=tuple(signed(d) for d in package.documents))


def knowledge_as_printed(package: Package, kb: Knowledge) -> Knowledge:
    """The knowledge with each party named as the package prints it (후보자, not 수혜자, where the forms say 후보자):
    for what a report or a listing says, never for what the matcher reads."""
    printed = [d.title for d in package.documents] + [d.header for d in package.documents] + [
        x for d in package.documents for f in d.fields for x in (f.label, *f.context)]
    return kb.named_as_printed(printed)


def detect_language(package: Package) -> str:
    labels = [f.label for f in package.fields]
    korean = sum(1 for l in labels if re.search(r"[\uac00-\ud7a3]", l))
    return "ko" if labels and korean >= 0.3 * len(labels) else "en"


_FORM_WORD = re.compile(r"\s*(?:\(?\s*(?:지원\s*)?(?:신청서|신청 서|사업계획서|계획서|서식)\s*\)?|application(?:\s+form)?|form)\s*$", re.I)
_PROGRAMME_WORD = re.compile(r"사업|패키지|프로그램|바우처|지원|program|programme|loan|grant|award|포상", re.I)


#: a folder name written like a file name, not a programme's: lower case, no spaces
_SLUG = re.compile(r"[a-z0-9][a-z0-9._-]*")


def programme_name(package: Package, plan) -> str:
    """The programme's name where no manifest gives it: the consolidating form's title (else another form's) less
    its form word ("2026년 중소기업 혁신성장 지원사업 신청서" → "2026년 중소기업 혁신성장 지원사업", "창업도약패키지
    창업기업 사업계획서 (일반형)" → "창업도약패키지 창업기업") when it names a programme;
    else, for a package of one file, the file's name less its annex number and extension
    ("붙임1_정부포상_추천_구비서류_서식.hwp" → "정부포상 추천 구비서류 서식"); else the folder's name, or, for
    files given one by one, the consolidating form's title less its form word. A name the forms print filled in
    ("○ 포상명：2016년도 감염병관리 유공": the award round the 정부포상 bundle is for) comes before all of these
    (award review 36 #12: not the file's name)."""
    printed = [x.programme_printed for d in package.documents for x in d.logical if x.programme_printed]
    if printed:
        return max(dict.fromkeys(printed), key=printed.count)  # the most printed, the first of equals
    primary = [d for d in package.documents if plan.main_form and (d.key == plan.main_form or d.path == plan.main_form)]
    forms = [d for d in package.documents if d.kind == "form" and d not in primary]
    for d in primary + forms:  # the consolidating form first, then the package's other forms
        title = re.sub(r"\s*\([^()]*\)\s*$", "", (d.title or "").strip())  # "… 사업계획서 (일반형)": its variant
        if title and _FORM_WORD.search(title) and _PROGRAMME_WORD.search(_FORM_WORD.sub("", title)):
            named = _FORM_WORD.sub("", title).strip(" -–:")
            if len(named) >= 4:
                return named
    notices = [x.title.strip() for d in package.documents for x in d.logical if x.kind == "notice" and x.title
               and len(x.title.strip()) >= 6]
    if notices:
        # (a tender's 입찰공고 names what it is for — "조달물자(물품) 구매입찰 공고" — where no form names a programme:
        # better than the folder's name, review 47 #10)
        return notices[0]
    files = {d.path for d in package.documents}
    if len(files) == 1:
        stem = Path(next(iter(files))).stem
        stem = re.sub(r"^\s*(?:\[?\s*(?:붙임|별첨|별지|첨부)\s*\d*\s*\]?[_\s.-]*)", "", stem)
        stem = re.sub(r"[_]+", " ", stem).strip()
        if len(stem) >= 4:
            return stem
    if (package.name == "package" or _SLUG.fullmatch(package.name or "")) and primary:
        # files given one by one, from several folders, or a folder named like a file ("sba",
        # "irs-1040pkg-pdflib"): the consolidating form names the package better ("SBA 7(a) Borrower
        # Information Form" → "SBA 7(a) Borrower Information")
        title = (primary[0].title or "").strip()
        # ("SBA Form 1244: Application for Section 504 Loans", a form's number and its name: the name, less
        # "Application for" — "Section 504 Loans")
        number = FORM_NUMBER_TITLE.match(title)
        if number and title[number.end():].startswith(": "):
            title = re.sub(r"^Application\s+for\s+", "", title[number.end() + 2:])
        named = _FORM_WORD.sub("", title).strip(" -–:")
        if len(named) >= 4:
            return named
    return package.name


def analyze(paths: Iterable[str | Path], target: Optional[float] = None, lang: Optional[str] = None,
            knowledge: Iterable[str | Path] = (), tariff: Optional[float] = None,
            progress: Optional[Callable[[str], None]] = None, manifest_path: Optional[str | Path] = None,
            cache=None, name: Optional[str] = None) -> Analysis:
    """Read a package, match its fields, plan the reduction, estimate the burden and build the form.
    The manifest is ``manifest_path`` if given, else a formslim.yaml in the package folder; ``cache``: a
    :class:`formslim.cache.DocumentCache` to take documents read before from; ``name``: the package's name
    (default: its folder's, or "package" for several paths)."""
    paths = [Path(p) for p in paths]
    manifest = load_manifest(manifest_path) if manifest_path else None
    if manifest is None and len(paths) == 1 and paths[0].is_dir():
        mpath = find_manifest(paths[0])
        if mpath:
            manifest = load_manifest(mpath)
    package = read_package(paths, progress=progress, cache=cache, name=name)
    kb = load_knowledge(knowledge)
    match, never_applied = match_with_manifest(package, kb, manifest)
    package = signers_as_stated(package, manifest)
    derivations = derive(match, kb, country=manifest.country if manifest and manifest.country else None,
                         agreements=printed_agreements(package))
    country = (manifest.country if manifest and manifest.country else None) or country_of(match, package, kb)[0]
    plan = plan_reduction(package, match, derivations, kb, manifest, target=target, country=country)
    if never_applied:
        from dataclasses import replace

        plan = replace(plan, assumptions=plan.assumptions + tuple(
            f"override {'not applied' if x.endswith('(ignored)') else 'applied'}: {x}" for x in never_applied))
    lang = lang or (manifest.language if manifest and manifest.language else None) or detect_language(package)
    programme = (manifest.programme if manifest and manifest.programme else "") or programme_name(package, plan)
    if not (manifest and manifest.programme):
        from dataclasses import replace

        plan = replace(plan, assumptions=plan.assumptions + ((
            f"the programme's name '{programme}' is the package folder's name: no form or notice names it (name it "
            "with programme: in formslim.yaml)") if programme == package.name else (
            f"the programme's name '{programme}' is formslim's reading of the forms (no manifest names it: "
            "programme: in formslim.yaml)"),))
    # (the report and the form name each party as the package prints it: 후보자, not 수혜자, where the forms say
    # 후보자 — the reading above used the knowledge as it is)
    named = knowledge_as_printed(package, kb)
    form = build_form(package, plan, match, named, lang, programme, country=country, derivations=derivations)
    # (the burden counts what the consolidated form adds of its own: a consent to fetch, a signature block)
    burden = estimate(package, plan, derivations, kb, manifest, country=country, tariff=tariff, form=form)
    return Analysis(package=package, manifest=manifest, knowledge=named, match=match,
                    derivations=derivations, plan=plan, burden=burden, form=form, lang=lang, country=country,
                    programme=programme)
