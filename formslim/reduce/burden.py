"""Burden before and after, by the Standard Cost Model: minutes per administrative activity at a
complexity level chosen from each document's kind and size, priced at an hourly tariff plus fees,
per applicant and per year, as a range (±20%). The model is in docs/burden.md."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

from dataclasses import replace

from ..manifest import Manifest
from ..model import Package, ReductionPlan
from .plan import is_narrative, registry_key_questions

DATA = Path(__file__).resolve().parent.parent / "data" / "scm_standard_times.yaml"
ACTIVITIES = ("familiarisation", "obtaining", "filling", "calculations", "preparing", "checking", "transmission")


#: where a table of standard times was measured, as an assumption line names it
_COUNTRY = {"DE": "Germany", "KR": "Korea", "US": "the United States", "GB": "the United Kingdom", "NL": "the Netherlands"}


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def standard_times() -> dict:
    """The SCM standard times (scm_standard_times.yaml), read once: every caller only reads them."""
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class DocumentBurden:
    file: str
    minutes: dict  # activity → minutes
    fee: float
    printed: tuple[float, ...] = ()  # (low, high) minutes the form itself says it takes, where it says so
    printed_text: str = ""  # those words (a Paperwork Reduction Act statement)
    # a document the applicant hands in; False for the programme's online application that hosts the
    # consolidated form: its minutes count, but every applicant fills it already (no added document)
    submitted: bool = True
    # the minutes for an applicant who files only what every applicant files, where they differ: a line filled from
    # a document only some file is still theirs to answer (IRS review 56 #2); None where they are ``minutes``
    required_minutes: Optional[dict] = None

    @property
    def total(self) -> float:
        return sum(self.minutes.values())

    @property
    def required_total(self) -> float:
        """The minutes of an applicant who files only what every applicant files."""
        return sum((self.required_minutes if self.required_minutes is not None else self.minutes).values())


@dataclass(frozen=True)
class Burden:
    currency: str
    tariff: float
    tariff_assumed: bool
    applicants_per_year: Optional[float]
    frequency_per_year: float
    range: float
    before: tuple[DocumentBurden, ...]
    after: tuple[DocumentBurden, ...]
    fields_before: int
    fields_after: int
    data_before: int
    data_after: int
    source: str
    assumptions: tuple[str, ...] = field(default_factory=tuple)
    # the questions of an applicant who files only what every applicant files (no document whose title names
    # the case it is filed in, "(해당 시) …"; nor the items the consolidated form takes from such documents)
    fields_required_before: Optional[int] = None
    fields_required_after: Optional[int] = None
    # the consolidated form's own questions, which no document asked: the numbers registry lookups are made by,
    # the choice among checks, items it adds (fields_after = the documents' questions after + these)
    fields_added: int = 0
    # what those questions are, as the consolidated form asks them ("작성일", "추천인 서명", "주민등록번호"): the cause
    # of a rise, said by name
    added_labels: tuple[str, ...] = ()
    # the plan's figures if each answer still asked twice after it were filled in once and carried into the other
    # documents (:func:`carried_answers`): a variant resting on an assumption, never the headline
    carry_over: Optional["CarryOver"] = None
    # the documents filed once for each of several persons (SBA Form 413 "Complete this form for: (1) each
    # proprietor …", a personal history each person signs): (document key, title, the person, minutes before,
    # minutes after — 0 where it goes) — counted once in the figures, as for one person
    per_person: tuple[tuple[str, str, str, float, float], ...] = ()
    # the answers a register pre-fills only where the applicant gives a number the forms ask "if any" (SAM.gov's, by
    # "Unique Entity ID used in SAM.gov, if any"): (register, that question, answers) — counted as asked in the
    # figures (an applicant without the number answers them), the saving said apart (SBA review 38 #3)
    prefill_if_key: tuple[tuple[str, str, int], ...] = ()

    def minutes(self, side: str) -> float:
        return sum(d.total for d in (self.before if side == "before" else self.after))

    def fees(self, side: str) -> float:
        return sum(d.fee for d in (self.before if side == "before" else self.after))

    def cost(self, side: str) -> float:
        return self.minutes(side) / 60 * self.tariff + self.fees(side)

    def by_activity(self, side: str) -> dict:
        out = {a: 0.0 for a in ACTIVITIES}
        for d in (self.before if side == "before" else self.after):
            for a, m in d.minutes.items():
                out[a] += m
        return out

    def yearly(self, value: float) -> Optional[float]:
        if not self.applicants_per_year:
            return None
        return value * self.applicants_per_year * self.frequency_per_year

    def printed_check(self) -> Optional[dict]:
        """The forms that print their own time estimate (a Paperwork Reduction Act statement), against
        this model's minutes for the same forms: a cross-check, not a figure of the model."""
        sums = _printed_sums(self.before)
        if sums is None:
            return None
        n, model, low, high = sums
        return {"documents": n, "of": len(self.before), "model_minutes": round(model, 1),
                "printed_minutes": {"low": round(low, 1), "high": round(high, 1)}}

    def approved(self) -> Optional[dict]:
        """Where every document an applicant submits prints its own time estimate — the burden the agency stated
        when the collection was approved (a Paperwork Reduction Act statement under an OMB control number) —, that
        figure is the burden of record: the minutes today as printed, and after the plan the model's relative change
        applied to them (the model gives the change, the forms the level). None where any document prints none.
        SBA review 57 #2, loan-consents review 59 #3: "16 minutes (±20%)" from the standard-time model led, though
        the forms print 62."""
        before = [d for d in self.before if d.submitted]
        if not before or any(not d.printed for d in before):
            return None
        model_before, model_after = self.minutes("before"), self.minutes("after")
        if model_before <= 0:
            return None
        ratio = model_after / model_before
        low, high = sum(d.printed[0] for d in before), sum(d.printed[-1] for d in before)
        return {"documents": len(before), "before": {"low": round(low, 1), "high": round(high, 1)},
                "after": {"low": round(low * ratio, 1), "high": round(high * ratio, 1)},
                "model_before": round(model_before, 1), "model_after": round(model_after, 1)}

    def to_dict(self) -> dict:
        r = self.range

        def rng(v):
            return {"value": round(v, 1), "low": round(v * (1 - r), 1), "high": round(v * (1 + r), 1)}

        out = {"currency": self.currency, "hourly_tariff": self.tariff, "tariff_assumed": self.tariff_assumed,
               "applicants_per_year": self.applicants_per_year, "frequency_per_year": self.frequency_per_year,
               "range": r, "source": self.source, "assumptions": list(self.assumptions)}
        for side in ("before", "after"):
            docs = self.before if side == "before" else self.after
            out[side] = {
                "documents": sum(1 for d in docs if d.submitted), "fields_asked": self.fields_before if side == "before" else self.fields_after,
                "unique_data": self.data_before if side == "before" else self.data_after,
                "minutes_per_applicant": rng(self.minutes(side)), "cost_per_applicant": rng(self.cost(side)),
                "fees_per_applicant": round(self.fees(side), 1),
                "minutes_by_activity": {a: round(m, 1) for a, m in self.by_activity(side).items()},
                "per_document": [{"file": d.file, "minutes": round(d.total, 1), "fee": d.fee,
                                  "by_activity": {a: m for a, m in d.minutes.items() if m},
                                  **({"minutes_every_applicant": round(d.required_total, 1)}
                                     if d.required_minutes is not None else {}),
                                  **({"printed_estimate": {"minutes_low": d.printed[0], "minutes_high": d.printed[-1],
                                                           "text": d.printed_text}} if d.printed else {})}
                                 for d in docs],
            }
            y = self.yearly(self.minutes(side))
            out[side]["hours_per_year"] = rng(y / 60) if y is not None else None
            yc = self.yearly(self.cost(side))
            out[side]["cost_per_year"] = rng(yc) if yc is not None else None
        out["printed_estimates"] = self.printed_check()
        out["per_person"] = {
            "documents": [{"file": k, "title": t, "person": who, "minutes_before": round(b, 1), "minutes_after": round(a, 1)}
                          for k, t, who, b, a in self.per_person],
            # what each further person adds to the applicant's figures, which count one
            "minutes_per_further_person": {"before": round(sum(x[3] for x in self.per_person), 1),
                                           "after": round(sum(x[4] for x in self.per_person), 1)},
        } if self.per_person else None
        out["carry_over"] = self.carry_over.to_dict(rng) if self.carry_over is not None else None
        out["prefill_if_key"] = [{"registry": r, "key": k, "answers": n} for r, k, n in self.prefill_if_key]
        saved = self.minutes("before") - self.minutes("after")
        out["saved"] = {"minutes_per_applicant": rng(saved), "cost_per_applicant": rng(self.cost("before") - self.cost("after")),
                        "hours_per_year": rng(self.yearly(saved) / 60) if self.yearly(saved) is not None else None,
                        "cost_per_year": rng(self.yearly(self.cost("before") - self.cost("after")))
                        if self.yearly(1) is not None else None}
        return out


@dataclass(frozen=True)
class CarryOver:
    """The variant in which a datum the plan still asks in several documents — documents kept as they are, or
    one of them and the consolidated form — is answered once and carried into the others (an online system
    fills them from the first answer, or the agency prints it in), the applicant checking what is carried."""
    carried: dict  # field id → the field whose answer it carries (the first asked, in the plan's order)
    fields_after: int
    minutes_after: float
    by_document: dict  # document key → how many of its answers are carried or computed
    # field id → the rule of the formula the form prints for it (a total, a share): computed from the parts written
    computed: dict = field(default_factory=dict)

    def to_dict(self, rng) -> dict:
        return {"fields_carried": len(self.carried), "fields_computed": len(self.computed),
                "fields_after": self.fields_after, "minutes_per_applicant": rng(self.minutes_after),
                "documents": [{"document": k, "fields_filled": n} for k, n in self.by_document.items()],
                # (the map itself, which field takes its answer from which, so that the figure can be checked and
                # built — review 62 #12: "132 → 114" with nothing behind it)
                "carries": [{"field": k, "from": v} for k, v in sorted(self.carried.items())],
                "computes": [{"field": k, "rule": v} for k, v in sorted(self.computed.items())],
                "assumption": CARRY_OVER_ASSUMPTION + (f"; {COMPUTED_ASSUMPTION}" if self.computed else "")}


#: the condition the carry-over variant rests on, as plan.json and the report state it
CARRY_OVER_ASSUMPTION = ("each is written once and filled into the other documents that ask it (by the system that "
                         "receives the application — the agency's, or that of whoever takes it on the agency's behalf "
                         "— or printed in before the applicant signs), the applicant only checking it; only answers "
                         "linked with certainty are carried, the documents stay as they are, and the headline "
                         "figures do not count it")


#: … and for the answers it computes
COMPUTED_ASSUMPTION = ("a total or a share whose formula the form prints (\"(C=A+B)\", \"(a+b+c)\") is computed by "
                       "that system from the parts the applicant writes")


def _filled_in(plan: ReductionPlan) -> set[str]:
    """The documents whose questions the burden counts as the applicant's to fill in: counted (not a twin nor a
    variant for another kind of applicant), neither an attachment nor a certificate an authority issues."""
    return {dp.key or dp.file for dp in plan.documents if dp.counted and not dp.attachment and not dp.issued}


def computed_answers(plan: ReductionPlan, derivations, carried: dict) -> dict[str, str]:
    """The answers the plan still asks that the forms themselves say how to compute — a total over its parts, a
    share of it (rules D-PRINTED-FORMULA, D-LINE-ARITHMETIC) —, where every part is in the plan: target → rule.
    Not what a form computes itself (D-FORM-CALC: no question today), not an answer already carried."""
    by_id = {fp.field: fp for fp in plan.fields}
    counted = _filled_in(plan)
    out: dict[str, str] = {}
    for x in derivations:
        target = by_id.get(x.target)
        if x.rule not in ("D-PRINTED-FORMULA", "D-LINE-ARITHMETIC") or target is None or target.action != "ask" \
                or x.target in carried or target.part_of or (target.document or target.file) not in counted:
            continue
        if x.inputs and all(i in by_id and i != x.target for i in x.inputs):
            out[x.target] = x.rule
    return out


#: where an answer the form says the online application asks too is carried from
ONLINE_APPLICATION = "online application"


def online_answers(package: Package, plan: ReductionPlan) -> dict[str, str]:
    """The answers a kept document asks that it says the programme's online application asks too
    (``Document.online_duplicates``: "‘지원분야’, ‘전문기술분야’ … 사항이 온라인시스템과 상이하게 작성할 경우"), where the
    package's notice says the application is made online: field id → :data:`ONLINE_APPLICATION`."""
    from ..match.reading import compact

    if not any(d.online_application for d in package.documents):
        return {}
    asked = {fp.field for fp in plan.fields if fp.action == "ask" and not fp.part_of}
    counted = _filled_in(plan)
    out: dict[str, str] = {}
    for d in package.documents:
        names = [compact(x) for x in d.online_duplicates]
        if not names or d.key not in counted:
            continue
        for f in d.fields:
            if f.id in asked and f.kind != "signature" and any(n and n in compact(f.label) for n in names):
                out[f.id] = ONLINE_APPLICATION
    return out


def carried_answers(plan: ReductionPlan, order: tuple[str, ...] = ()) -> dict[str, str]:
    """The answers the plan still asks more than once — in documents kept as they are, or in one of them and the
    consolidated form — that a certain same-datum group links: each later one, mapped to the first (the main or
    consolidated form's first, then the documents in ``order``, the package's, else the plan's). Not signatures
    (each document is signed on itself), not the boxes of one answer, not documents counted for another kind of
    applicant or issued."""
    order = {k: i for i, k in enumerate(order or [dp.key or dp.file for dp in plan.documents])}
    counted = _filled_in(plan)
    main = {x.documents[0] for x in plan.decisions if x.rule == "K-MAIN-FORM" and x.documents}
    primary = plan.primary or (next(iter(main)) if len(main) == 1 else None)
    asked = [(0 if fp.document == primary else 1, order.get(fp.document or fp.file, len(order)), i, fp)
             for i, fp in enumerate(plan.fields)
             if fp.action == "ask" and fp.group and fp.kind != "signature" and not fp.part_of
             and (fp.document or fp.file) in counted]
    first: dict[str, str] = {}
    out: dict[str, str] = {}
    for *_, fp in sorted(asked, key=lambda x: x[:3]):
        if fp.group in first:
            out[fp.field] = first[fp.group]
        else:
            first[fp.group] = fp.field
    return out


def complex_questions() -> int:
    """The largest form the guide's "complex" level prices as it stands (scm_standard_times.yaml)."""
    return int(standard_times().get("complex_questions", 100))


def filling_minutes(n_questions: int) -> float:
    """Minutes to fill in a form of ``n_questions``: the guide's level for its size, and beyond the largest
    form the "complex" level prices, that level pro rata (a 735-question report is 7.35 complex forms, not one
    — an extrapolation, stated where it applies)."""
    st = standard_times()
    t, most = st["activities"]["filling"], int(st.get("complex_questions", 100))
    return float(t["complex"]) * n_questions / most if n_questions > most else float(t[_level(n_questions)])


def _by_size(kind: str, n_fields: int) -> bool:
    """Whether a document of this kind is priced by its size (a form, a long checklist), not at the fixed
    levels of a certificate, an attachment or a consent (:func:`_minutes`)."""
    return kind not in ("certificate", "attachment", "roster-registry", "consent", "pledge", "agreement") \
        and not (kind == "checklist" and _level(n_fields) != "complex")


def _level(n_fields: int) -> str:
    return "simple" if n_fields <= 10 else ("medium" if n_fields <= 40 else "complex")


def held_copy(title: str) -> bool:
    """Whether a document's title says it is a copy of one the applicant already holds (scm_standard_times.yaml
    ``held_copy``: "신분증 사본", "copy of …"): obtained by copying it, not by having it issued."""
    pattern = standard_times().get("held_copy", "")
    return bool(pattern and re.search(pattern, title or ""))


def _minutes(kind: str, n_fields: int, *, narrative=False, money=False, totals=False, prefilled=0,
             held=False) -> dict:
    t = standard_times()["activities"]
    lv = _level(n_fields)
    m = {a: 0.0 for a in ACTIVITIES}
    if kind in ("certificate", "attachment", "roster-registry"):
        # (a copy of what the applicant holds is made, not issued: the simple level of obtaining)
        m.update(familiarisation=t["familiarisation"]["simple"], obtaining=t["obtaining"]["simple" if held else "medium"],
                 checking=t["checking"]["simple"], transmission=t["transmission"]["simple"])
        return m
    if kind in ("consent", "pledge", "checklist", "agreement") and not _by_size(kind, n_fields):
        m.update(familiarisation=t["familiarisation"]["simple"], filling=t["filling"]["simple"],
                 checking=t["checking"]["simple"], transmission=t["transmission"]["simple"])
        return m
    m["familiarisation"] = t["familiarisation"]["complex" if narrative else ("simple" if lv == "simple" else "medium")]
    m["obtaining"] = t["obtaining"]["medium" if money else "simple"]
    m["filling"] = filling_minutes(n_fields)
    m["calculations"] = t["calculations"]["medium"] if totals else 0.0
    m["preparing"] = t["preparing"]["complex"] if narrative else 0.0
    m["checking"] = t["checking"]["simple" if n_fields + prefilled <= 40 else "medium"]
    m["transmission"] = t["transmission"]["simple"]
    return {k: float(v) for k, v in m.items()}


def _key_label(q, kb) -> str:
    """A registry key question by its datum's name ("주민등록번호", "Social security number")."""
    c = kb.concepts.get(q.concept)
    return (c.ko or c.en or (q.concept,))[0] if c is not None else q.concept


def added_items(form: Optional[dict]) -> list[dict]:
    """The questions a consolidated form asks of its own, answered by no field of the package: a consent to
    fetch records, a declaration to tick, a signature block where the replaced forms had none, an undertaking
    carried from a document another party signs (``new_obligation``: the applicant gives it where it did not — review
    55 #4) (the data a registry lookup needs are counted with the lookup; uploads and printed statements are no
    questions)."""
    return [i for sec in (form or {}).get("sections", ()) for i in sec["items"]
            if not i.get("from_fields") and not i.get("printed_on")
            and (i.get("kind") not in ("file", "statement") or i.get("new_obligation"))
            and not str(i.get("id", "")).startswith(("registry_key:", "registry_choice"))]


def _applicant_kind(plan: ReductionPlan, kb) -> str:
    """"person" where the plan asks the applicant's personal data (SSN, birth date, first name) and no
    identifier of an organisation, "organisation" for the reverse, else "" (a sole proprietor: both)."""
    from ..match.link import _PERSON_ONLY

    kinds = set()
    for fp in plan.fields:
        c = kb.concepts.get(fp.concept or "")
        if fp.role != "applicant" or c is None:
            continue
        if c.id in _PERSON_ONLY:
            kinds.add("person")
        elif c.subject == "organisation" and c.identifier:
            kinds.add("organisation")
    return next(iter(kinds)) if len(kinds) == 1 else ""


def estimate(package: Package, plan: ReductionPlan, derivations, kb, manifest: Optional[Manifest] = None,
             country: str = "KR", tariff: Optional[float] = None, currency: Optional[str] = None,
             form: Optional[dict] = None, carry: bool = True) -> Burden:
    """The burden before and after the plan; with ``carry``, also the carry-over variant (:class:`CarryOver`):
    the same plan with each answer it still asks twice filled in once."""
    burden = _estimate(package, plan, derivations, kb, manifest, country, tariff, currency, form)
    carried = carried_answers(plan, tuple(d.key for d in package.documents)) if carry else {}
    online = {k: v for k, v in online_answers(package, plan).items() if k not in carried} if carry else {}
    carried = {**carried, **online}
    computed = computed_answers(plan, derivations, carried) if carry else {}
    if not carried and not computed:
        return burden
    source = {**{k: f"carried: {v}" for k, v in carried.items()}, **{k: f"computed: {v}" for k, v in computed.items()}}
    variant = replace(plan, fields=tuple(replace(fp, action="prefill", source=source[fp.field])
                                         if fp.field in source else fp for fp in plan.fields))
    other = _estimate(package, variant, derivations, kb, manifest, country, tariff, currency, form)
    by_doc: dict[str, int] = {}
    for fp in plan.fields:
        if fp.field in source:
            by_doc[fp.document or fp.file] = by_doc.get(fp.document or fp.file, 0) + 1
    linked = len(carried) - len(online)
    said = ((f"the carry-over variant ({linked} answers the plan still asks more than once): "
             f"{CARRY_OVER_ASSUMPTION}",) if linked else ()) + (
        (f"the carry-over variant fills {len(online)} answers a form says the online application asks too "
         # (the answers it fills, by their labels: not every name the form's sentence lists is a question of it —
         # "3 answers (4 names)", review 44 #11)
         f"({', '.join(sorted({fp.label for fp in plan.fields if fp.field in online}))}) from that application",)
        if online else ()) + (
        (f"the carry-over variant computes {len(computed)} answers: {COMPUTED_ASSUMPTION}",) if computed else ())
    return replace(burden, carry_over=CarryOver(carried=carried, fields_after=other.fields_after,
                                                minutes_after=other.minutes("after"), by_document=by_doc,
                                                computed=computed),
                   assumptions=burden.assumptions + said)


def _estimate(package: Package, plan: ReductionPlan, derivations, kb, manifest: Optional[Manifest],
              country: str, tariff: Optional[float], currency: Optional[str], form: Optional[dict]) -> Burden:
    st = standard_times()
    assumptions = []
    default = st["default_tariffs"].get(country, st["default_tariffs"]["US"])
    tariff_assumed = False
    if tariff is None:
        tariff = manifest.hourly_tariff if manifest and manifest.hourly_tariff else None
    if tariff is None:
        tariff, tariff_assumed = float(default["hourly"]), True
        assumptions.append(f"hourly tariff {default['hourly']:,} {default['currency']}: an assumption, not a sourced "
                           f"figure (set hourly_tariff in the manifest or --tariff)")
        if country not in st["default_tariffs"]:
            # (a country formslim has no tariff for, India's CSIR forms: its costs are priced in another country's
            # money, to compare only — the minutes stand; grants review 43 #1)
            assumptions.append(f"no hourly tariff is known for {country}: costs are priced at the US default, for "
                               "comparison only (set hourly_tariff and currency in the manifest)")
    currency = currency or (manifest.currency if manifest and manifest.currency else None) or default["currency"]
    applicants = manifest.applicants_per_year if manifest else None
    if not applicants:
        assumptions.append("no applicants_per_year in a manifest: burden is given per applicant only")
    measured_in = st.get("jurisdiction")
    if measured_in and measured_in != country:
        # (the Standard Cost Model's standard times come from one government's guide: a model, not a
        # measurement of this country's applicants)
        assumptions.append(f"the standard times per activity are borrowed from {_COUNTRY.get(measured_in, measured_in)} "
                           f"({st['source']}); no "
                           f"measurement of {country} applicants exists here: the minutes are a model's, to check "
                           f"against a sample of real applicants")
    if "business" in st.get("source", "") and _applicant_kind(plan, kb) == "person":
        # (the guide has a table for citizens too; the reference data here gives the businesses' only)
        assumptions.append("the applicants here are individuals, but the standard times are the guide's table for "
                           "businesses: its table for citizens is not in the reference data, so the business times "
                           "stand in for it")
    frequency = manifest.frequency_per_year if manifest else 1.0

    docs = {d.key: d for d in package.documents}
    case_of = {f.id: f.condition for d in package.documents for f in d.fields if f.condition}
    # sums and computations the applicant works out: totals, and the arithmetic the forms print ("Subtract line
    # 36 from line 22", "(C=A+B)"); not what the form computes itself (its AcroForm calculation)
    totals = {x.target for x in derivations if x.rule != "D-FORM-CALC" and (
        x.type == "total" or x.rule in ("D-LINE-ARITHMETIC", "D-PRINTED-FORMULA"))}
    money_kinds = ("amount",)
    by_file = {}
    for fp in plan.fields:
        by_file.setdefault(fp.document or fp.file, []).append(fp)
    before, after = [], []
    fields_before = fields_after = 0
    required_before = required_after = 0  # (documents filed only in some cases left out)
    consolidated_fields = 0
    consolidated_prefilled = 0
    if_key: dict = dict((form or {}).get("prefill_if_key") or {})
    if_key_answers: dict[str, int] = {}
    consolidated_money = False
    consolidated_totals = False  # a sum the applicant still adds up on the consolidated form
    consolidated_parts: list[int] = []
    some_parts: list[int] = []  # (per part: its lines filled from a document only some applicants file)
    consolidated_some = 0
    # a line filled from a document only some applicants file — Form 1040 line 12 from Schedule C line 31 —
    # is filled so only for them: every other applicant still answers it (IRS review 56 #2)
    doc_of = {fp.field: fp.document or fp.file for fp in plan.fields}
    in_some_cases = {dp.key or dp.file: dp.condition for dp in plan.documents if dp.condition}
    from_some: dict[str, int] = {}
    largest = 0  # the most questions one document asks, before or after
    primary_part: Optional[int] = None  # (the host form's part, which the form's own questions join)
    primary = plan.primary
    for dp in plan.documents:
        if not dp.counted:
            continue  # the same form in another format, or for another kind of applicant: one is filled
        key = dp.key or dp.file
        doc = docs.get(key)
        # the applicant's questions: not those of pages another party completes (a CDC's section)
        others = {fp.field for fp in by_file.get(key, []) if fp.action in ("other_party", "form_fills")}
        # (an attachment is a copy the applicant hands in — another agency's filing —, not questions answered;
        # so is a certificate an authority issues, or a register's extract: its printed lines — 사용 목적,
        # 제출처, 유효기간 — are what the issuer wrote, and obtaining it is its burden)
        kind = "attachment" if dp.attachment else dp.kind
        if dp.attachment and dp.kind == "form" and doc is None:
            # (a form the package's forms say is filed with them, which the applicant writes — the 9호서식's "이행계획서
            # (별지 제10호서식)" —, absent from the package: written, not issued — priced as a short form whose
            # questions are unknown, not as a certificate obtained (review 48 #12))
            kind = "form"
            assumptions.append(f"{dp.title or key}: a form the applicant writes that the package does not hold — priced "
                               "as a short form (reading, checking, sending); its questions are unknown and not counted")
        # (the boxes of one answer — a date's month, day and year — are one question: Field.part_of)
        fields = tuple(f for f in doc.fields if f.id not in others and not f.part_of) if doc and not dp.issued else ()
        if kind == "certificate" and not dp.issued and fields and dp.signers:
            # (a 확인서 its own signers write — the 공적 확인서's 작성자 and 확인자, the 현지확인서's 확인자 after a site
            # visit —, no authority's seal on it: written, not obtained; priced as the form it is, not as a
            # certificate fetched in a quarter-hour — review 54 #4)
            kind = "form"
            who = ", ".join(dict.fromkeys(sg.signer for sg in dp.signers))
            assumptions.append(f"{dp.title or key}: a certificate its own signers write ({who}), not one an authority "
                               f"issues: priced as a form they fill ({len(fields)} questions), not as a copy obtained")
        narrative = doc is not None and is_narrative(replace(doc, kind=dp.kind))
        if narrative and doc.composed_length and not is_narrative(replace(doc, kind=dp.kind, composed_length="")):
            # (a form of few fields priced as a narrative because of the text it demands: said, with its words)
            assumptions.append(f"{dp.title or key}: priced as a narrative the filer composes (SCM 'preparing data', "
                               f"complex) — it demands '{doc.composed_length}' of text")
        money = any(f.kind in money_kinds for f in fields)
        has_totals = any(f.id in totals for f in fields)
        fee = _fee(dp, kb, manifest)
        if kind == "roster" and dp.registry:
            kind = "roster-registry"
        # (a part of a file holding several forms has its own statement, or none)
        held = held_copy(dp.title)
        before.append(DocumentBurden(key, _minutes(kind, len(fields), narrative=narrative, money=money,
                                                        totals=has_totals, held=held), fee,
                                     printed=tuple(doc.printed_burden) if doc else (),
                                     printed_text=doc.printed_burden_text if doc else ""))
        fields_before += len(fields)
        largest = max(largest, len(fields) if _by_size(kind, len(fields)) else 0)
        # (and questions a form asks only in a case it prints — a block headed "Operating Company (if Applicant is an
        # EPC)", "Spouse's SSN (if joint return)" —: not every applicant's either; review 50 #3, review 48 #2)
        required_before += 0 if dp.condition else sum(1 for f in fields if not f.condition)
        fps = by_file.get(key, [])
        asked = [f for f in fps if f.action in ("ask", "checkbox") and not f.part_of] if not dp.attachment else []
        prefilled = [f for f in fps if f.action == "prefill" and not f.part_of and f.source not in if_key]
        some_only = []  # (filled from a document only some applicants file: still asked of every other applicant)
        if not dp.attachment and not dp.condition:
            for f in fps:
                if f.action == "drop_duplicate" and not f.part_of and doc_of.get(f.source) in in_some_cases \
                        and doc_of.get(f.source) != key:
                    some_only.append(f)
                    from_some[doc_of[f.source]] = from_some.get(doc_of[f.source], 0) + 1
        if not dp.attachment:
            # (pre-filled only where the applicant gives a number asked "if any": asked of every other applicant)
            for f in fps:
                if f.action == "prefill" and not f.part_of and f.source in if_key:
                    asked.append(f)
                    if_key_answers[f.source] = if_key_answers.get(f.source, 0) + 1
        if dp.decision == "keep" and key != primary:  # a document kept beside the consolidated form
            # a document kept as it is keeps its sums, unless they are no longer asked (computed for the applicant);
            # one that gains questions (a co-representative's consent, the ID check's data) counts them
            n_asked = len(asked) + dp.added
            largest = max(largest, n_asked if _by_size(kind, n_asked) else 0)
            after.append(DocumentBurden(key, _minutes(kind, n_asked,
                                                          narrative=narrative, money=money,
                                                          totals=any(f.field in totals for f in asked), held=held),
                                        fee if kind in ("certificate", "attachment") else 0.0,
                                        required_minutes=_minutes(kind, n_asked + len(some_only), narrative=narrative,
                                                                  money=money, held=held, totals=any(
                                                                      f.field in totals for f in (*asked, *some_only)))
                                        if some_only else None))
            fields_after += n_asked
            required_after += 0 if dp.condition else n_asked + len(some_only) - sum(1 for f in asked if case_of.get(f.field))
        elif dp.decision in ("keep", "merge"):
            consolidated_fields += len(asked)
            consolidated_some += len(some_only)
            required_after += 0 if dp.condition else sum(1 for f in asked if not case_of.get(f.field)) + len(some_only)
            consolidated_prefilled += len(prefilled)
            consolidated_money = consolidated_money or any(f.kind in money_kinds for f in asked)
            consolidated_totals = consolidated_totals or any(f.field in totals for f in asked)
            if asked or some_only:  # merging does not make filling free: each part is filled by its remaining questions
                if key == primary:
                    primary_part = len(consolidated_parts)
                consolidated_parts.append(len(asked))
                some_parts.append(len(some_only))
    # the questions the consolidated form adds so that a registry lookup can run (its keys)
    # (where the applicant chooses which of several checks is made, the first listed is counted, with the
    # question that chooses: an applicant answers one check's data)
    questions = registry_key_questions(plan, kb)
    keys = [q for q in questions if q.first]
    chooses = {q.role: q.condition for q in questions if q.choice}  # (one question that chooses, per person)
    if chooses:
        assumptions.append("an identity check the applicant chooses among several documents is counted as the "
                           "first the listing names, with the question that chooses")
    own = added_items(form) if plan.consolidated else []
    added = len(keys) + len(chooses) + len(own)
    fields_added = added if plan.consolidated else 0
    if added and plan.consolidated:
        consolidated_fields += added
        # (a key asked only in the case a conditional document covers — a co-representative's ID number —
        # is not every applicant's question)
        required_after += sum(not q.condition for q in keys) + sum(not c for c in chooses.values()) + \
            sum(not i.get("condition") for i in own)
        # (the form's own questions — a lookup's number, the signer's name — are asked in the host form's part,
        # not filled as a part of their own; a new form is all its own)
        if primary_part is not None:
            consolidated_parts[primary_part] += added
        else:
            consolidated_parts.append(added)
            some_parts.append(0)
    largest = max([largest, *consolidated_parts])
    if largest > complex_questions():
        assumptions.append(f"a document of more than {complex_questions()} questions is filled in as that many complex "
                           f"forms, pro rata ({st['activities']['filling']['complex']} minutes per "
                           f"{complex_questions()} questions): an extrapolation beyond the guide's three levels "
                           f"(the longest here asks {largest})")
    if plan.consolidated:
        primary_doc = docs.get(primary) if primary else None
        minutes = _minutes("form", consolidated_fields, money=consolidated_money, totals=consolidated_totals,
                           prefilled=consolidated_prefilled,
                           narrative=primary_doc is not None and is_narrative(primary_doc))
        # (a part is filled by its questions: one whose every line is filled from a document only some file asks
        # nothing of those who file it)
        minutes["filling"] = float(sum(filling_minutes(n) for n in consolidated_parts if n)) or minutes["filling"]
        if plan.consolidated == "online":
            # the online application is filled today as well, outside the package: only what moves into it
            # is the applicant's added time there (no second reading of a form, no second submission)
            minutes.update(familiarisation=0.0, transmission=0.0)
        name = {"primary": f"{primary} (consolidated form)", "online": "online application, what it adds (consolidated form)",
                "new": "consolidated form (new)"}[plan.consolidated]
        required = None
        if consolidated_some:
            required = _minutes("form", consolidated_fields + consolidated_some, money=consolidated_money,
                                totals=consolidated_totals, prefilled=consolidated_prefilled,
                                narrative=primary_doc is not None and is_narrative(primary_doc))
            required["filling"] = float(sum(filling_minutes(n + m) for n, m in zip(consolidated_parts, some_parts)
                                            if n + m)) or required["filling"]
            if plan.consolidated == "online":
                required.update(familiarisation=0.0, transmission=0.0)
        after.append(DocumentBurden(name, minutes, 0.0, submitted=plan.consolidated != "online", required_minutes=required))
        fields_after += consolidated_fields
    consented = sorted({fp.source for fp in plan.fields if fp.action == "prefill" and fp.source in kb.registries
                        and kb.registries[fp.source].consent})
    if consented:
        n = sum(1 for fp in plan.fields if fp.action == "prefill" and fp.source in consented)
        names = [kb.registries[x].name_ko if country == "KR" and kb.registries[x].name_ko else kb.registries[x].name
                 for x in consented]
        assumptions.append(f"{n} answer(s) pre-filled from records the applicant consents to the agency fetching "
                           f"({', '.join(names)}) are counted as not asked: an applicant who refuses the consent "
                           "writes them, as today")
    sums = _printed_sums(before)
    if sums is not None:
        n, model, low, high = sums
        assumptions.append(
            f"{n} of {len(before)} documents print their own time estimate (Paperwork Reduction Act "
            f"statements): {low:g}" + (f"–{high:g}" if high != low else "") + f" minutes, where this model gives "
            f"{model:.0f} minutes for them; the model's figures are used throughout, the "
            f"printed ones are shown beside them as a cross-check")
    per_person = _per_person(plan, before, after)
    if per_person:
        assumptions.append(
            "documents filed once per person (" + "; ".join(f"{t}: ‘{why}’" for _, t, _, _, _, why in per_person) +
            ") are counted once, as for one person: each further person adds about "
            f"{sum(x[3] for x in per_person):.0f} minutes today and {sum(x[4] for x in per_person):.0f} as proposed")
    calc_saved = sum(d.minutes.get("calculations", 0.0) for d in before) - \
        sum(d.minutes.get("calculations", 0.0) for d in after)
    if calc_saved > 0:
        # (IRS review 56 #2: most 1040 returns are e-filed, and filing software adds the totals already)
        assumptions.append(f"{calc_saved:.0f} of the minutes saved are arithmetic the proposed form does for the "
                           "applicant (totals it computes): saved against filling the paper forms; where applicants "
                           "already file with software that computes them, that part is not a saving")
    if from_some:
        titles = {dp.key or dp.file: dp.title or dp.key or dp.file for dp in plan.documents}
        assumptions.append("answers the plan fills from a document only some applicants file (" + "; ".join(
            f"{titles.get(k, k)}: {n}" for k, n in sorted(from_some.items())) + ") are counted as asked in the figures "
            "of every applicant: an applicant who does not file it answers them; one who files every document saves them")
    if if_key_answers:
        assumptions.append("answers pre-filled only where the applicant gives a number the forms ask 'if any' (" + "; ".join(
            f"{if_key[r]}: {n}" for r, n in sorted(if_key_answers.items())) + ") are counted as asked: an applicant "
            "without that number answers them")
    data_before = _unique_data(plan, lambda fp: fp.action not in ("other_party", "form_fills"))
    data_after = _unique_data(plan, lambda fp: fp.action in ("ask", "checkbox")
                              or (fp.action == "prefill" and fp.source in if_key))
    return Burden(currency=currency, tariff=float(tariff), tariff_assumed=tariff_assumed, applicants_per_year=applicants,
                  frequency_per_year=frequency, range=float(st.get("range", 0.2)), before=tuple(before),
                  after=tuple(sorted(after, key=lambda d: d.file)), fields_before=fields_before,
                  fields_after=fields_after, data_before=data_before, data_after=data_after, source=st["source"],
                  assumptions=tuple(assumptions), fields_required_before=required_before,
                  per_person=tuple(x[:5] for x in per_person),
                  prefill_if_key=tuple((r, if_key[r], n) for r, n in sorted(if_key_answers.items())),
                  fields_required_after=required_after, fields_added=fields_added,
                  added_labels=tuple(dict.fromkeys([*(_key_label(q, kb) for q in keys), *(["ID choice"] if chooses else []),
                                                    *(i.get("short") or i["label"] for i in own)]))
                  if plan.consolidated else ())


#: the evidence of a signer read from words that say the form is completed for each of several persons
#: (formslim.parse.parties: "filled 'Complete this form for: (1) each proprietor'"), or from a statement about
#: a person that person signs ("a statement about a person ('STATEMENT OF PERSONAL')")
_EACH_PERSON = re.compile(r"^filled '[^']*\beach\b|^a statement about a person")


def _per_person(plan: ReductionPlan, before, after) -> list[tuple[str, str, str, float, float, str]]:
    """The counted documents a form says are filed once for each of several persons, with the person, the
    minutes the model gives one copy before and after, and the words that say so."""
    mins_before = {d.file: d.total for d in before}
    mins_after = {d.file: d.total for d in after}
    out = []
    for dp in plan.documents:
        key = dp.key or dp.file
        if not dp.counted or dp.issued or key not in mins_before:
            continue
        sig = next((s for s in dp.signers if _EACH_PERSON.search(s.evidence) and not s.condition), None)
        if sig is None:
            continue
        why = sig.evidence.split("'")[1] if sig.evidence.startswith("filled '") else "a statement about a person, who signs it"
        out.append((key, dp.title or dp.file, sig.signer, mins_before[key],
                    mins_after.get(key, 0.0) if dp.decision == "keep" else 0.0, why))
    return out


def _printed_sums(docs) -> Optional[tuple[int, float, float, float]]:
    """Of the documents that print their own time estimate: how many, the model's minutes for them, and
    the printed minutes (low, high) summed; None where none prints one."""
    printed = [d for d in docs if d.printed]
    if not printed:
        return None
    return (len(printed), sum(d.total for d in printed), sum(d.printed[0] for d in printed),
            sum(d.printed[-1] for d in printed))


def _fee(dp, kb, manifest) -> float:
    if manifest and dp.file in manifest.fees:
        return manifest.fees[dp.file]
    if dp.registry and dp.registry in kb.registries and kb.registries[dp.registry].fee is not None:
        return float(kb.registries[dp.registry].fee)
    return 0.0


def _unique_data(plan: ReductionPlan, keep) -> int:
    """The distinct data the applicant answers (a datum asked on several documents once; the lines of an issued
    document are not asked of the applicant)."""
    seen = set()
    uncounted = {d.key or d.file for d in plan.documents if not d.counted or d.issued}
    for fp in plan.fields:
        if keep(fp) and (fp.document or fp.file) not in uncounted and not fp.part_of:
            seen.add(fp.group or fp.field)
    return len(seen)
