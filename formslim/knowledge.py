"""The knowledge base: concepts, subject roles, derivation rules and the registry evidence catalogue.

Knowledge is data: versioned YAML files in ``formslim/data/`` that users extend with files of their
own (same schema), given with ``--knowledge DIR`` or the ``FORMSLIM_KNOWLEDGE`` environment variable
(folders separated by the path separator). A user entry with an existing id replaces the built-in one.
"""
from __future__ import annotations

import re

import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import yaml

from .errors import FormslimError

DATA = Path(__file__).resolve().parent / "data"
FILES = {"concepts": "concepts.yaml", "concepts_common": "concepts_common.yaml",
         "concepts_forms": "concepts_forms.yaml", "concepts_forms2": "concepts_forms2.yaml",
         "concepts_forms3": "concepts_forms3.yaml", "concepts_forms4": "concepts_forms4.yaml", "roles": "roles.yaml", "rules": "derivations.yaml",
         "registries": "registries.yaml", "contrasts": "contrasts.yaml", "legal": "legal.yaml",
         "agencies": "agencies.yaml", "words": "words.yaml", "forms": "forms.yaml", "instruments": "instruments.yaml"}
#: the standard words derived from the 공통표준용어 (scripts/build_standard_words.py)
STANDARD_WORDS = "standard_words.tsv"


@dataclass(frozen=True)
class Concept:
    id: str
    subject: str
    kind: str
    ko: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    identifier: Optional[str] = None
    standard_term: Optional[dict] = field(default=None, compare=False)
    source: str = ""
    per_document: bool = False  # an act of each document (signature, signing date): not linked across documents
    values: dict = field(default_factory=dict, compare=False)  # option id → wordings (a choice's options)
    several: bool = False  # its values may be chosen together (a race: OMB's "one or more"), not one of them
    may_be: tuple[str, ...] = ()  # narrower concepts this datum may be, by whose it is (a TIN may be an SSN)
    restricted: str = ""  # the rule that limits asking it (주민등록번호: 개인정보 보호법 제24조의2)
    # the rule that limits asking it in one jurisdiction only (a passport number: 개인정보 보호법 제24조 in KR)
    restricted_in: dict = field(default_factory=dict, compare=False)
    # what may lawfully allow asking it where restricted: "law" (a statute only, a consent never: 주민등록번호,
    # 개인정보 보호법 제24조의2) or "consent_or_law" (the person's consent given apart from any other, or a statute:
    # 고유식별정보 제24조 제1항, 민감정보 제23조 제1항); a mapping country → either where it is one jurisdiction's
    lawful_by: dict = field(default_factory=dict, compare=False)
    # a bare datum atop a later page that this one repeats there ("Name" in the header of page 2 of a
    # return: the name(s) shown on the return)
    page_header: tuple[str, ...] = ()
    def restriction(self, country: str = "") -> str:
        """The rule that limits asking it, for a package of ``country``: its own, else the country's."""
        return self.restricted or self.restricted_in.get(country or "", "")

    def lawful_basis(self, country: str = "") -> str:
        """What may allow asking it in ``country`` where it is restricted: "law", "consent_or_law", or ""."""
        return self.lawful_by.get(country or "", self.lawful_by.get("", "")) if self.restriction(country) else ""

    # the concept this person's datum is when the party it is asked of is an organisation ("Phone number
    # of taxpayer" where the taxpayer is the business: the business phone)
    of_organisation: str = ""
    # the concept this datum is when the label or its heading says it is about the premises the form is about,
    # not a party (roles.yaml, a role of subject "property": "특정소방대상물 | 명칭(상호)" is the building's name)
    of_property: str = ""
    # an English wording that names this datum only beside words or data that say which ("Account number" is a
    # bank account's beside a routing number; alone, as on Form W-9 line 7, it may be an account with the
    # requester): {"words": […], "unless_asked": [concept ids], "source": "…"}; read as a partial match otherwise
    vague_alone: dict = field(default_factory=dict, compare=False)
    # the datum a consolidated form asks in its place where its restriction applies and no form asking it prints a
    # legal basis (주민등록번호 → 생년월일: 개인정보 보호법 제24조의2): {"concept": id, "source": "…"}
    instead: dict = field(default_factory=dict, compare=False)
    # an identifier its issuer no longer issues, and what replaced it (the DUNS number, retired for federal awards
    # on 4 April 2022 for SAM.gov's Unique Entity ID): {"since": "YYYY-MM-DD", "replaced_by": concept id or "",
    # "replacement": its name as a reader knows it, "source": "…"} — a form that still asks it is a finding
    retired: dict = field(default_factory=dict, compare=False)
    # a number or figure the agency itself gives in the procedure (a contract number, a receipt number, a loan
    # number), which the applicant only copies back from the agency's own notice: {"source": "…"} — the question
    # protocol says the agency can fill it in (review 51 #4)
    assigned_by_agency: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Role:
    id: str
    subject: tuple[str, ...]
    ko: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    source: str = ""
    not_when: tuple[str, ...] = ()  # phrases in which a cue word names no party ("contact information")
    may_be: tuple[str, ...] = ()  # other roles the same person may hold (an employee may be the applicant)
    per_document: bool = False  # each form may name another person in this role (the official who checks it)
    # signs forms about someone else (a preparer, an official, a recommender): its signature does not
    # make it the party whose data the form asks
    signs_for_others: bool = False
    # the endings of an office-holder's title that, printed at a seal, name this party ("○○세무서장 (직인)"):
    # read at signature marks only ("시장" is also a market)
    seal_titles: tuple[str, ...] = ()
    # words printed beside a Korean form's sign-off slot that name this party as its signer ("22)작성자(인사담당자)"),
    # read at those slots only: elsewhere they name no party whose data a field asks
    slot_words: tuple[str, ...] = ()
    # the party's name in a report where it has no cue word to be named by (a role the reader assigns itself)
    name_ko: str = ""
    name_en: str = ""
    # signs in the applicant's name (the 작성자 who writes a Korean form for it): the document stays the
    # applicant's, signed in its block
    signs_as_applicant: bool = False
    # a relation of another party (a spouse, a child): named with that party ("Applicant's spouse's date of
    # birth", "경영주 배우자 생년월일"), the datum is the relation's
    kin: bool = False
    # false for a party that never signs the forms that name it (a listed member, a dependent, a contact,
    # a third-party designee): a party word of its near a signature mark names no signer
    signs: bool = True
    # the case in which a party of this role exists at all and signs ("where a paid preparer prepares it"):
    # its signature block is filled in that case only
    signs_if: str = ""
    # fills in its own data on the applicant's form (the IVES participant's name, ID and mailbox on Form
    # 4506-C): not the applicant's questions, before or after
    fills_own: bool = False
    # files the package where a form of it is signed in this party's name (the 공적조서's 추천관, the
    # recommending agency's head, with its 관인): the package's filer, whose own posts (작성자, 확인자, 조사자)
    # sign for it, whoever its main form names
    files_package: bool = False
    # cue words that name whoever files the form they are printed on ("taxpayer", "동의자"), not the programme's
    # applicant: in a form the manifest says another party fills, that party
    form_filer: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    target: str
    inputs: tuple[str, ...]
    how: str
    source: str = ""
    # a rule that holds only where the package prints it: the words (a pattern) its printed sentence names
    # the target by ("신청\s*금액"); the rule applies only with such a sentence, which its evidence quotes
    printed: str = ""


@dataclass(frozen=True)
class Registry:
    id: str
    country: str
    name: str
    name_ko: str
    aliases: tuple[str, ...]
    issuer: str
    channel: str
    key: tuple[str, ...]
    provides: tuple[str, ...]
    provides_roles: dict = field(default_factory=dict, compare=False)
    consent: bool = True
    fee: Optional[float] = None
    source: str = ""
    requires: tuple[str, ...] = ()  # every datum the lookup needs (a check by name, RRN and issue date)
    verify_only: bool = False  # a check that answers match / no match: it confirms, it pre-fills nothing
    users: tuple[str, ...] = ()  # the kinds of agency the channel is open to (agencies.yaml kind); () any
    # the evidence the check stands for, as a list of accepted documents names it ("주민등록증"), and the
    # group of checks of which an applicant uses one ("신분증: 주민등록증, 운전면허증, 여권 중 1개")
    accepts: tuple[str, ...] = ()
    group: str = ""
    # the channel takes the data subject's own signed consent form (IVES takes Form 4506-C, CBSV Form SSA-89):
    # a document of the package that is that form is the consent itself — kept, signed, never a checkbox
    signed_form: bool = False
    # the law by which the channel discloses on that signed consent, as the decision keeping the form says it
    consent_law: str = ""
    # the other persons its records are about, besides the business or the person who applies (a workplace's
    # enrolment list names its employees): the applicant's consent does not cover them
    data_subjects: tuple[str, ...] = ()
    # what its record gives for a datum where that differs by case, by concept (the 사업자등록증명's 개업일 is a
    # corporation's business start, not its 회사성립연월일): said wherever the record pre-fills or checks it
    provides_notes: dict = field(default_factory=dict, compare=False)
    # who keeps the signed consent form where the channel does not take it itself (CBSV: the company that asks keeps
    # the number holder's Form SSA-89 for SSA's compliance reviews): its retention is that party's duty
    consent_kept_by: str = ""
    # who may take the signed consent electronically, and by what law, where the form itself names it (the SSA-89:
    # a Permitted Entity under section 215 of the Economic Growth, Regulatory Relief, and Consumer Protection Act)
    esign: str = ""

    def named(self, lang: str) -> str:
        """The record's name in ``lang``: its Korean name in a Korean text where it has one, else its name."""
        return self.name_ko if lang == "ko" and self.name_ko else self.name


@dataclass(frozen=True)
class FormCase:
    """A prescribed form filed only in some cases (forms.yaml): the number and title it is known by, the case."""
    id: str
    numbers: tuple[str, ...]
    titles: tuple[str, ...]
    filed_when: str
    source: str = ""
    issuer: str = ""  # the agency whose form it is (agencies.yaml id), where another prints a form of that number
    # words its own heading prints that name the case ("정부포상 훈장 후보자 공적 확인서" under the title "공적 확인서"):
    # found in the document's first words, spacing aside
    headings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Agency:
    """An agency that issues forms, by the names its forms print (agencies.yaml)."""
    id: str
    name: str
    country: str = ""
    printed: tuple[str, ...] = ()
    source: str = ""
    kind: str = ""  # federal_tax, state_tax, lending … (the registries' `users`)
    # the first four digits of the OMB control numbers of the collections it sponsors ("3245" for SBA)
    omb_prefix: tuple[str, ...] = ()


@dataclass(frozen=True)
class Instrument:
    """A kind of rule a form's header names as its source, and who amends it (instruments.yaml)."""
    id: str
    matches: str
    kind_ko: str = ""
    kind_en: str = ""
    amended_by_ko: str = ""
    amended_by_en: str = ""
    country: str = ""
    source: str = ""

    def said(self, lang: str) -> str:
        """"행정규칙(고시·훈령·예규·지침): 발령한 기관의 장이 고친다 (…)"."""
        return (f"{self.kind_ko}: {self.amended_by_ko}" if lang == "ko" else f"{self.kind_en}: {self.amended_by_en}")


@dataclass(frozen=True)
class Contrast:
    id: str
    words: tuple[str, ...]
    scope: str = "document"
    source: str = ""
    organisation: tuple[str, ...] = ()  # the words that make a variant an organisation's ("(단체)")
    # document scope: data only a natural person has (주민등록번호, 성별) — another document that asks them of the
    # subject the variants are about is filed only where that subject is a person (review 54 #3)
    person_only: tuple[str, ...] = ()
    members: tuple[tuple[str, ...], ...] = ()  # the members, each with its synonyms (words, grouped)
    strength: str = "never"  # label scope: "never" one datum, or "review" (often different, sometimes one)
    # label scope: the member a label of one of ``kinds`` holds when it names none ("an amount is written in
    # figures unless the label says in words")
    unmarked: str = ""
    kinds: tuple[str, ...] = ()
    field_kinds: tuple[str, ...] = ()  # the same, for fields of these kinds (free_text), with a concept or none
    # read in the instruction a field prints in its answer space too ("… 요약하여 전부 기재"), not only its label
    hint: bool = False
    # read in the headings a field sits under too, where its label holds none of the class: a CV's "담당업무"
    # column under "주요 프로젝트 수행 경험" is a past project's, not "본 사업 담당업무" (review 52 #3)
    context: bool = False
    # label scope: a member said by one label only, where the other says none of the class, calls for a review
    # ("매출액" / "매출액 (부가세 포함)", "전화번호" / "휴대전화"): for concepts of ``one_side_kinds`` only, if given
    one_side: bool = False
    one_side_kinds: tuple[str, ...] = ()
    one_side_lang: str = ""  # "ko" or "en": only a label in that language (its member said), if given


@dataclass(frozen=True)
class Notice:
    """What the law requires a consent or signature block to state (legal.yaml)."""

    id: str
    jurisdiction: str
    statute: str
    article: str
    applies_to: tuple[str, ...]
    elements: tuple[dict, ...]  # id, ko, en, and text_ko / text_en where the wording is fixed
    source: str = ""
    matches: tuple[str, ...] = ()  # consent labels that pick it (patterns)
    text_matches: tuple[str, ...] = ()  # printed notices that pick it (patterns)
    absent_text: str = ""  # a pattern whose absence from the printed notice picks it
    consent_needed: bool = True  # False: the law asks the processing be disclosed, not consented to
    no_consent_text: str = ""  # a pattern by which a printed part says it processes without consent
    # a pattern by which a printed consent cites a legal basis that allows the processing without consent:
    # the consent may be unneeded (a legal reviewer decides)
    basis_without_consent: str = ""
    # (applies_to refusal_check) a printed consent whose refusal sentence matches ``refusal_text`` is flagged for
    # legal review where ``text_matches`` picks it and, if given, its purpose section matches ``optional_purpose``
    # and not ``necessary_purpose`` (a consent the application does not need, refused at no cost: 개인정보 보호법
    # 제16조 제3항, 제22조 제5항); the ``consequence`` element says what refusing may lawfully mean
    refusal_text: str = ""
    # (refusal_check) a pattern of the printed optional items ("선택항목 : 지역, 특허고객번호") asked in one consent
    # with the necessary ones: refusing them may not restrict the application either (제16조 제3항, 제22조 제5항)
    optional_items: str = ""
    # (notice_check) a pattern of the bracketed heading of a printed notice under which ``text_matches`` is looked for
    section: str = ""
    optional_purpose: str = ""
    necessary_purpose: str = ""
    # (a notice that needs no consent) a pattern by which its printed part names work that is the recipient's own
    # business, for which consent is needed after all (a "위탁" list naming guarantees and loans)
    own_business_text: str = ""
    # (pledge_check) how a flagged sentence is said lawfully: (pattern of the whole flagged phrase, wording with
    # the pattern's named groups, e.g. "{x}의 대상이 될 수 있음을 확인하며") — the consolidated form prints the
    # acknowledgement, the legal review quotes both (review 60 #5: blanks left mid-sentence could not be published)
    rewrites: tuple[tuple[str, str], ...] = ()

    @property
    def basis(self) -> str:
        return f"{self.statute} {self.article}".strip()


#: the legal.yaml entries that are checks of a printed text or another block's notice, never the notice a consent
#: box is printed under
_NOT_A_CONSENTS_NOTICE = frozenset({"approval", "bundled_consent", "refusal_check", "separate_consent", "notice_check",
                                    "pledge_check", "published_contacts"})


@dataclass(frozen=True)
class Knowledge:
    concepts: dict[str, Concept]
    roles: dict[str, Role]
    rules: dict[str, Rule]
    registries: dict[str, Registry]
    sources: dict[str, str]
    files: tuple[str, ...]
    contrasts: dict[str, Contrast] = field(default_factory=dict)
    notices: dict[str, Notice] = field(default_factory=dict)
    agencies: dict[str, Agency] = field(default_factory=dict)
    # Korean standard words (공공데이터 공통표준단어) → their code; words of one group (words.yaml) share "=id"
    words: dict[str, str] = field(default_factory=dict)
    forms: dict[str, FormCase] = field(default_factory=dict)
    instruments: dict[str, Instrument] = field(default_factory=dict)

    def instrument(self, source: str) -> Optional[Instrument]:
        """The kind of rule a form's printed source is ("소방시설 자체점검사항 등에 관한 고시 [별지 제4호 서식]" → an
        administrative rule), by the first entry of instruments.yaml whose pattern its name matches; None."""
        name = re.split(r"\s*\[", source or "", maxsplit=1)[0].strip()
        if not name:
            return None
        return next((x for x in self.instruments.values() if re.search(x.matches, name)), None)

    def named_as_printed(self, texts: Iterable[str]) -> "Knowledge":
        """This knowledge with each party named, in reports, by the first of its wordings the package prints
        ("후보자" where a 정부포상 bundle asks for the 후보자 and never says 수혜자; "소방시설관리업자" on a fire
        inspection report, not "계약상대자"): the role's list reordered, the others as they are. For the report
        only — what the matcher read stays as read."""
        blob = "\n".join(texts)
        roles = {}
        for rid, r in self.roles.items():
            # (Korean wordings only: an English one is a kind of party — "lender" for the 413's "Noteholder" and
            # "Mortgage Holder" alike — where a Korean one is the name the forms give it)
            ko = next((w for w in r.ko if w in blob), None)
            roles[rid] = replace(r, ko=(ko, *[w for w in r.ko if w != ko])) if ko and r.ko[0] not in blob else r
        return replace(self, roles=roles)

    def form_case(self, number: str, title: str, issuer: str = "", header: str = "") -> Optional[FormCase]:
        """The case a prescribed form is filed in, by the number its header prints, else by its title, else by
        words of its own heading (``header``: the document's first words) — never another agency's form of that
        number (``issuer``: the agency the form's header names, where known)."""
        low = re.sub(r"\s+", " ", (title or "").lower().replace("\u2019", "'")).strip()
        forms = [f for f in self.forms.values() if not (f.issuer and issuer and f.issuer != issuer)]
        for f in forms:
            if number and number.lower() in f.numbers:
                return f
        for f in forms:
            if low and any(low == t or low.endswith(" " + t) or low.startswith(t + " ") for t in f.titles):
                return f
        head = re.sub(r"\s+", "", (header or "")[:300].lower())
        for f in forms:
            if head and any(re.sub(r"\s+", "", h) in head for h in f.headings):
                return f
        return None

    def issuer(self, header: str) -> Optional[tuple[Agency, str]]:
        """The agency whose printed name comes first in a document's first words, with the words."""
        found = []
        for a in self.agencies.values():
            for p in a.printed:
                m = re.search(p, header or "", re.I)
                if m:
                    found.append((m.start(), a.id, a, m.group(0)))
        if not found:
            return None
        _, _, agency, words = min(found)
        return agency, words

    def sponsor(self, approval_number: str) -> Optional[Agency]:
        """The agency whose collection an OMB control number is, by its first four digits; None where unknown."""
        prefix = (approval_number or "")[:4]
        return next((a for a in self.agencies.values() if prefix and prefix in a.omb_prefix), None)

    def notice(self, jurisdiction: str, applies_to: str) -> Optional[Notice]:
        """The general notice of a jurisdiction for a kind of block (consent, registry_lookup, signature):
        the first one that no label or printed text has to pick."""
        return next((n for n in self.notices.values() if n.jurisdiction == jurisdiction and applies_to in n.applies_to
                     and not (n.matches or n.text_matches or n.absent_text)), None)

    def approvals(self, jurisdiction: str, text: str) -> list[tuple[Notice, str]]:
        """The approvals a form's printed text shows it holds (legal.yaml entries that apply to "approval"): each
        entry with the approval number it prints (its pattern's first group), in the order of the file."""
        found = []
        for n in self.notices.values():
            if n.jurisdiction == jurisdiction and "approval" in n.applies_to:
                for p in n.text_matches:
                    m = re.search(p, text or "", re.I)
                    if m:
                        found.append((n, re.sub(r"\s+", "", m.group(1) if m.groups() else m.group(0))))
                        break
        return found

    def consent_notice(self, jurisdiction: str, label: str, printed: str = "") -> Optional[Notice]:
        """The notice for one consent box: the first entry whose patterns its label matches, else the first
        whose patterns its printed notice matches (or lacks), else the general consent notice."""
        own = [n for n in self.notices.values() if n.jurisdiction == jurisdiction
               and not _NOT_A_CONSENTS_NOTICE & set(n.applies_to)]
        for n in own:
            if any(re.search(p, label or "", re.I) for p in n.matches):
                return n
        if printed:
            for n in own:
                if any(re.search(p, printed, re.I) for p in n.text_matches) or \
                        (n.absent_text and not re.search(n.absent_text, printed, re.I)):
                    return n
        return self.notice(jurisdiction, "consent")

    def concept(self, cid: str) -> Optional[Concept]:
        return self.concepts.get(cid)


def _tuple(v) -> tuple:
    if v is None:
        return ()
    if isinstance(v, (list, tuple)):
        return tuple(str(x) for x in v)
    return (str(v),)


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise FormslimError(f"{path}: cannot read knowledge file ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        what = getattr(exc, "problem", None) or type(exc).__name__
        raise FormslimError(f"{path}: not valid YAML ({where}{what})") from None
    except UnicodeDecodeError:
        raise FormslimError(f"{path}: not UTF-8 text") from None
    if not isinstance(data, dict):
        raise FormslimError(f"{path}: a knowledge file must be a mapping")
    return data


def _merge_entries(target: dict, entries: Iterable[dict], make, path: Path, what: str) -> None:
    for e in entries or []:
        if not isinstance(e, dict) or not e.get("id"):
            raise FormslimError(f"{path}: every {what} needs an id")
        try:
            target[e["id"]] = make(e)
        except (KeyError, TypeError, ValueError) as exc:
            raise FormslimError(f"{path}: {what} {e.get('id')}: {exc}") from None


def _concept(e: dict) -> Concept:
    return Concept(id=e["id"], subject=e["subject"], kind=e.get("kind", "text"), ko=_tuple(e.get("ko")),
                   en=_tuple(e.get("en")), identifier=e.get("identifier"), standard_term=e.get("standard_term"),
                   source=str(e.get("source", "")), per_document=bool(e.get("per_document", False)),
                   values={str(k): _tuple(v) for k, v in (e.get("values") or {}).items()},
                   several=_flag(e.get("several_values", False), "several_values"),
                   may_be=_tuple(e.get("may_be")),
                   restricted=str(e["restricted"]) if isinstance(e.get("restricted"), str) else "",
                   restricted_in={str(k): str(v) for k, v in e["restricted"].items()}
                   if isinstance(e.get("restricted"), dict) else {},
                   page_header=_tuple(e.get("page_header")), of_organisation=str(e.get("of_organisation", "")),
                   of_property=str(e.get("of_property", "")),
                   vague_alone=_vague_alone(e.get("vague_alone")), instead=_instead(e.get("instead")),
                   lawful_by=_lawful_by(e.get("lawful_by")), retired=_retired(e.get("retired")),
                   assigned_by_agency=_assigned(e.get("assigned_by_agency")))


def _assigned(v) -> dict:
    """A concept's ``assigned_by_agency`` entry, checked: the source that says the agency gives it."""
    if v is None:
        return {}
    if not isinstance(v, dict) or not v.get("source"):
        raise ValueError("assigned_by_agency must be a mapping with a source")
    return {"source": str(v["source"])}


_LAWFUL = ("law", "consent_or_law")


def _lawful_by(v) -> dict:
    """A concept's ``lawful_by`` entry, checked: one of "law", "consent_or_law", or a mapping country → one."""
    if v is None:
        return {}
    found = {"": v} if isinstance(v, str) else v if isinstance(v, dict) else None
    if found is None or any(x not in _LAWFUL for x in found.values()):
        raise ValueError(f"lawful_by must be one of {', '.join(_LAWFUL)}, or a mapping country → one")
    return {str(k): str(x) for k, x in found.items()}


def _retired(v) -> dict:
    """A concept's ``retired`` entry, checked: the date it was retired (YYYY-MM-DD), what replaced it, the source."""
    if v is None:
        return {}
    since = str(v.get("since", "")) if isinstance(v, dict) else ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", since) or not v.get("source"):
        raise ValueError("retired must be a mapping with since (YYYY-MM-DD), replaced_by, replacement and a source")
    return {"since": since, "replaced_by": str(v.get("replaced_by") or ""), "replacement": str(v.get("replacement") or ""),
            "source": str(v["source"])}


def _instead(v) -> dict:
    """A concept's ``instead`` entry, checked: the concept asked in its place, and the source."""
    if v is None:
        return {}
    if not isinstance(v, dict) or not v.get("concept") or not v.get("source"):
        raise ValueError("instead must be a mapping with a concept and a source")
    return {"concept": str(v["concept"]), "source": str(v["source"])}


def _vague_alone(v) -> dict:
    """A concept's ``vague_alone`` entry, checked: words and concept ids as tuples, and its source."""
    if v is None:
        return {}
    if not isinstance(v, dict) or not v.get("source"):
        raise ValueError("vague_alone must be a mapping with words, unless_asked and a source")
    return {"words": tuple(str(w).lower() for w in _tuple(v.get("words"))), "unless_asked": _tuple(v.get("unless_asked")),
            "source": str(v["source"])}


def _role(e: dict) -> Role:
    return Role(id=e["id"], subject=_tuple(e.get("subject")), ko=_tuple(e.get("ko")), en=_tuple(e.get("en")),
                source=str(e.get("source", "")), not_when=_tuple(e.get("not_when")),
                may_be=_tuple(e.get("may_be")), per_document=bool(e.get("per_document", False)),
                signs_for_others=_flag(e.get("signs_for_others", False), "signs_for_others"),
                seal_titles=_tuple(e.get("seal_titles")),
                slot_words=_tuple(e.get("slot_words")),
                name_ko=e.get("name_ko", ""), name_en=e.get("name_en", ""),
                signs_as_applicant=_flag(e.get("signs_as_applicant", False), "signs_as_applicant"),
                kin=_flag(e.get("kin", False), "kin"), signs=_flag(e.get("signs", True), "signs"),
                signs_if=str(e.get("signs_if") or ""), fills_own=_flag(e.get("fills_own", False), "fills_own"),
                files_package=_flag(e.get("files_package", False), "files_package"),
                form_filer=_tuple(e.get("form_filer")))


def _rule(e: dict) -> Rule:
    return Rule(id=e["id"], type=e["type"], target=str(e["target"]), inputs=_tuple(e.get("inputs")),
                how=str(e.get("how", "")), source=str(e.get("source", "")), printed="|".join(_patterns(e.get("printed"))))


def _contrast(e: dict) -> Contrast:
    raw = e.get("words") or []
    if not isinstance(raw, list):
        raise ValueError("words must be a list")
    # a member is a word, or a list of words for one member (its synonyms: [mobile, cell, 휴대전화])
    groups = tuple(tuple(str(w) for w in x) if isinstance(x, list) else (str(x),) for x in raw)
    if len(groups) < 2 or any(not g for g in groups):
        raise ValueError("a contrast class needs two or more members")
    words = tuple(w for g in groups for w in g)
    scope = str(e.get("scope", "document"))
    if scope not in ("document", "label"):
        raise ValueError(f"scope must be 'document' or 'label', not {scope!r}")
    organisation = _tuple(e.get("organisation"))
    if not set(organisation) <= set(words):
        raise ValueError("organisation words must be among the class's words")
    person_only = _tuple(e.get("person_only"))
    if person_only and (scope != "document" or not organisation):
        raise ValueError("person_only: only a document-scope class with organisation words")
    strength = str(e.get("strength", "never"))
    if strength not in ("never", "review"):
        raise ValueError(f"strength must be 'never' or 'review', not {strength!r}")
    unmarked, kinds, field_kinds = str(e.get("unmarked") or ""), _tuple(e.get("kinds")), _tuple(e.get("field_kinds"))
    if unmarked and (unmarked not in [g[0] for g in groups] or not (kinds or field_kinds) or scope != "label"):
        raise ValueError("unmarked must be the first word of a member, given with kinds or field_kinds, in a "
                         "label-scope class")
    hint = _flag(e.get("hint", False), "hint")
    if hint and scope != "label":
        raise ValueError("hint: only a label-scope class is read in a field's printed instruction")
    context = _flag(e.get("context", False), "context")
    if context and scope != "label":
        raise ValueError("context: only a label-scope class is read in the headings a field sits under")
    one_side, one_side_kinds = str(e.get("one_side") or ""), _tuple(e.get("one_side_kinds"))
    one_side_lang = str(e.get("one_side_lang") or "")
    if one_side not in ("", "review") or (one_side and (scope != "label" or unmarked)) or \
            ((one_side_kinds or one_side_lang) and not one_side) or one_side_lang not in ("", "ko", "en"):
        raise ValueError("one_side must be 'review', in a label-scope class without unmarked (one_side_kinds and "
                         "one_side_lang — ko or en — with it)")
    return Contrast(id=e["id"], words=words, scope=scope, source=str(e.get("source", "")), organisation=organisation,
                    person_only=person_only, members=groups, strength=strength, unmarked=unmarked, kinds=kinds, field_kinds=field_kinds,
                    hint=hint, context=context, one_side=bool(one_side), one_side_kinds=one_side_kinds,
                    one_side_lang=one_side_lang)


def _notice(e: dict) -> Notice:
    elements = tuple({str(k): str(v) for k, v in el.items()} for el in (e.get("elements") or []))
    if not elements or any("id" not in el for el in elements):
        raise ValueError("a notice needs elements, each with an id")
    return Notice(id=e["id"], jurisdiction=str(e["jurisdiction"]), statute=str(e["statute"]),
                  article=str(e.get("article", "")), applies_to=_tuple(e.get("applies_to")), elements=elements,
                  source=str(e.get("source", "")), matches=_patterns(e.get("matches")),
                  text_matches=_patterns(e.get("text_matches")), absent_text=_patterns([e["absent_text"]])[0]
                  if e.get("absent_text") else "", consent_needed=_flag(e.get("consent_needed", True), "consent_needed"),
                  no_consent_text=_patterns([e["no_consent_text"]])[0] if e.get("no_consent_text") else "",
                  basis_without_consent=_patterns([e["basis_without_consent"]])[0]
                  if e.get("basis_without_consent") else "",
                  rewrites=tuple((_patterns([str(r["pattern"])])[0], str(r["wording"]))
                                 for r in (e.get("rewrites") or [])),
                  **{k: _patterns([e[k]])[0] for k in ("refusal_text", "optional_purpose", "necessary_purpose",
                                                         "own_business_text", "optional_items", "section") if e.get(k)})


def _flag(value, name: str) -> bool:
    """A yes/no entry of a knowledge file: true or false, nothing else ("no" would read as true)."""
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be true or false")
    return value


def _patterns(values) -> tuple[str, ...]:
    """Patterns of a knowledge file, each checked to compile (a typo fails loading, not a run)."""
    out = []
    for v in _tuple(values):
        try:
            re.compile(str(v))
        except re.error as exc:
            raise ValueError(f"bad pattern {v!r}: {exc}") from None
        out.append(str(v))
    return tuple(out)


def _agency(e: dict) -> Agency:
    return Agency(id=e["id"], name=e.get("name", ""), country=e.get("country", ""), printed=_patterns(e.get("printed")),
                  source=str(e.get("source", "")), kind=str(e.get("kind", "")),
                  omb_prefix=tuple(str(x) for x in (e.get("omb_prefix") or ())))


def _instrument(e: dict) -> Instrument:
    if not e.get("matches"):
        raise ValueError("an instrument needs 'matches' (a pattern of the source's name)")
    re.compile(str(e["matches"]))
    return Instrument(id=str(e["id"]), matches=str(e["matches"]), kind_ko=str(e.get("kind_ko") or ""),
                      kind_en=str(e.get("kind_en") or ""), amended_by_ko=str(e.get("amended_by_ko") or ""),
                      amended_by_en=str(e.get("amended_by_en") or ""), country=str(e.get("country") or ""),
                      source=str(e.get("source") or ""))


def _form_case(e: dict) -> FormCase:
    if not e.get("filed_when") or not (e.get("numbers") or e.get("titles") or e.get("headings")):
        raise ValueError("a form needs numbers, titles or headings, and filed_when")
    return FormCase(id=e["id"], numbers=tuple(str(n).lower() for n in _tuple(e.get("numbers"))),
                    titles=tuple(str(t).lower() for t in _tuple(e.get("titles"))), filed_when=str(e["filed_when"]),
                    source=str(e.get("source", "")), issuer=str(e.get("issuer", "")),
                    headings=tuple(str(h).lower() for h in _tuple(e.get("headings"))))


def _registry(e: dict) -> Registry:
    return Registry(id=e["id"], country=e.get("country", ""), name=e.get("name", ""), name_ko=e.get("name_ko", ""),
                    aliases=_tuple(e.get("aliases")), issuer=e.get("issuer", ""), channel=e.get("channel", ""),
                    key=_tuple(e.get("key")), provides=_tuple(e.get("provides")),
                    provides_roles=dict(e.get("provides_roles") or {}), consent=bool(e.get("consent", True)),
                    fee=e.get("fee"), source=str(e.get("source", "")), requires=_tuple(e.get("requires")),
                    verify_only=bool(e.get("verify_only", False)), users=_tuple(e.get("users")),
                    accepts=_tuple(e.get("accepts")), group=str(e.get("group", "")),
                    signed_form=_flag(e.get("signed_form", False), "signed_form"),
                    consent_law=str(e.get("consent_law", "")),
                    data_subjects=_tuple(e.get("data_subjects")),
                    provides_notes={str(k): str(v) for k, v in (e.get("provides_notes") or {}).items()},
                    consent_kept_by=str(e.get("consent_kept_by") or ""), esign=str(e.get("esign") or ""))


def user_dirs(extra: Iterable[str | os.PathLike] = ()) -> list[Path]:
    dirs = [Path(p) for p in extra]
    env = os.environ.get("FORMSLIM_KNOWLEDGE", "")
    dirs += [Path(p) for p in env.split(os.pathsep) if p]
    return dirs


def load_knowledge(extra: Iterable[str | os.PathLike] = ()) -> Knowledge:
    """The built-in knowledge plus the YAML files in ``extra`` folders (or single files)."""
    return _load(tuple(str(p) for p in user_dirs(extra)))


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Knowledge:
    concepts: dict[str, Concept] = {}
    roles: dict[str, Role] = {}
    rules: dict[str, Rule] = {}
    registries: dict[str, Registry] = {}
    contrasts: dict[str, Contrast] = {}
    notices: dict[str, Notice] = {}
    agencies: dict[str, Agency] = {}
    forms: dict[str, FormCase] = {}
    instruments: dict[str, Instrument] = {}
    sources: dict[str, str] = {}
    files: list[str] = []
    paths = [DATA / name for name in FILES.values()]
    for p in extra:
        p = Path(p)
        if p.is_dir():
            paths += sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml")))
        elif p.is_file():
            paths.append(p)
        else:
            raise FormslimError(f"{p}: no such knowledge file or folder")
    words = _standard_words(DATA / STANDARD_WORDS)
    for path in paths:
        data = _read(path)
        files.append(str(path))
        sources.update({str(k): str(v) for k, v in (data.get("sources") or {}).items()})
        _merge_entries(concepts, data.get("concepts"), _concept, path, "concept")
        _merge_entries(roles, data.get("roles"), _role, path, "role")
        _merge_entries(rules, data.get("rules"), _rule, path, "rule")
        _merge_entries(registries, data.get("registries"), _registry, path, "registry")
        _merge_entries(contrasts, data.get("contrasts"), _contrast, path, "contrast")
        _merge_entries(notices, data.get("notices"), _notice, path, "notice")
        _merge_entries(agencies, data.get("agencies"), _agency, path, "agency")
        _merge_entries(forms, data.get("forms"), _form_case, path, "form")
        _merge_entries(instruments, data.get("instruments"), _instrument, path, "instrument")
        for g in data.get("word_groups") or ():
            if not isinstance(g, dict) or not g.get("id") or not g.get("words"):
                raise FormslimError(f"{path}: a word group needs an id and words")
            words.update({re.sub(r"\s", "", str(w)): f"={g['id']}" for w in _tuple(g["words"])})
    return Knowledge(concepts=concepts, roles=roles, rules=rules, registries=registries, sources=sources,
                     files=tuple(files), contrasts=contrasts, notices=notices, agencies=agencies, words=words,
                     forms=forms, instruments=instruments)


def _standard_words(path: Path) -> dict[str, str]:
    """word → code from a TSV of standard words (comment lines, then a header)."""
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]
    for row in rows[1:]:
        if len(row) == 2 and row[0] and row[1]:
            out[row[0]] = row[1]
    return out
