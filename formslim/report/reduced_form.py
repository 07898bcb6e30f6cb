"""The consolidated application form: a JSON form definition (for a web form) and a DOCX a ministry
could issue. Each datum once; pre-filled fields marked with their registry; consents as checkboxes;
pledges as declarations; one signature and date."""
from __future__ import annotations


from ..knowledge import Knowledge
from ..match import MatchResult
from ..model import Package, ReductionPlan
from .i18n import t

SCHEMA = "formslim.form/1"
_SECTION_OF_ROLE = {"representative": "representative", "contact": "contact", "owner": "owners",
                    "co_representative": "representative", "spouse": "owners", "guarantor": "owners"}
SECTION_TITLES = {
    "ko": {"applicant": "1. 신청 기업", "representative": "2. 대표자", "contact": "3. 실무 담당자", "owners": "2. 소유자",
           "application": "4. 신청 내용", "other": "5. 추가 정보", "rosters": "6. 명단", "consents": "7. 동의",
           "declarations": "8. 서약", "attachments": "9. 첨부서류", "signature": "10. 서명"},
    "en": {"applicant": "1. Applicant business", "representative": "2. Representative", "contact": "3. Contact person",
           "owners": "2. Owners", "application": "4. The request", "other": "5. Further information",
           "rosters": "6. Lists", "consents": "7. Consents", "declarations": "8. Declarations",
           "attachments": "9. Attachments", "signature": "10. Signature"},
}


def build_form(package: Package, plan: ReductionPlan, match: MatchResult, kb: Knowledge, lang: str,
               programme: str = "") -> dict:
    """The form definition: sections of items; every item says where its answer comes from."""
    sections: dict[str, list[dict]] = {k: [] for k in SECTION_TITLES["en"]}
    groups = {g.id: g for g in match.groups}
    doc_titles = {d.key: d.title for d in package.documents}
    primary = plan.primary
    merged_into_form = {d.key or d.file for d in plan.documents if d.decision == "merge" and not d.twin_of} | {primary}
    owners_listed = any(fp.role in ("owner", "guarantor") and (fp.document or fp.file) == primary
                        and match.readings.get(fp.field) is not None and match.readings[fp.field].index is not None
                        for fp in plan.fields)
    for fp in sorted(plan.fields, key=lambda f: ((f.document or f.file) != primary, f.document or f.file, f.field)):
        if fp.action not in ("ask", "prefill") or fp.kind == "signature" or (fp.document or fp.file) not in merged_into_form:
            continue  # documents kept as they are (a business plan, a certificate) keep their own questions
        if fp.concept == "application.date":
            continue
        f = match.fields[fp.field]
        concept = kb.concepts.get(fp.concept or "")
        subject = concept.subject if concept is not None else None
        per_owner = owners_listed and subject == "person" and fp.role is None and (fp.document or fp.file) != primary
        if per_owner:
            section = "owners"
        elif f.repeats > 1:
            section = "rosters"
        elif fp.role in _SECTION_OF_ROLE and subject in (None, "person"):
            section = _SECTION_OF_ROLE[fp.role]
        elif fp.role == "applicant" or (subject == "organisation" and fp.role is None):
            section = "applicant"
        elif subject in ("organisation", "application") or (fp.document or fp.file) == primary:
            section = "application"  # the request, and other parties named in it (lender, agency)
        else:
            section = "other"
        reg = kb.registries.get(fp.source) if fp.action == "prefill" else None
        held = fp.action == "prefill" and fp.source == "AGENCY-RECORDS"
        item = {
            "id": fp.group or fp.field,
            "label": fp.label + (t(lang, "each_owner") if per_owner else ""),
            "kind": fp.kind,
            "options": list(f.options),
            "required": bool(f.required),
            "concept": fp.concept,
            "role": fp.role,
            "source": "prefill" if reg or held else "ask",
            "registry": reg.id if reg else ("AGENCY-RECORDS" if held else None),
            "prefill_note": t(lang, "prefilled_note", registry=(reg.name_ko if lang == "ko" and reg.name_ko else reg.name))
            if reg else (t(lang, "prefilled_note", registry=t(lang, "agency_records")) if held else None),
            "repeats": f.repeats,
            "from_fields": sorted(groups[fp.group].fields) if fp.group in groups else [fp.field],
            "from_document": doc_titles.get((fp.document or fp.file)) or (fp.document or fp.file),
            "context": list(f.context[-1:]),
        }
        sections[section].append(item)
    # consents: the consent items of merged consent forms, and one for the registries used
    for fp in plan.fields:
        if fp.action == "checkbox":
            f = match.fields[fp.field]
            sections["consents"].append({"id": fp.field, "label": fp.label, "kind": "radio",
                                         "options": [t(lang, "agree"), t(lang, "disagree")], "required": True,
                                         "source": "ask", "from_fields": [fp.field], "from_document": (fp.document or fp.file),
                                         "concept": fp.concept, "role": None, "registry": None, "prefill_note": None,
                                         "repeats": 1, "context": list(f.context[-1:])})
    used = sorted({d.registry for d in plan.documents if d.registry} |
                  {fp.source for fp in plan.fields if fp.action == "prefill"})
    needing = [kb.registries[r] for r in used if r in kb.registries and kb.registries[r].consent]
    if needing:
        names = ", ".join((r.name_ko if lang == "ko" and r.name_ko else r.name) for r in needing)
        sections["consents"].append({"id": "consent.registry_lookup", "label": t(lang, "share_consent", names=names),
                                     "kind": "radio", "options": [t(lang, "agree"), t(lang, "disagree")],
                                     "required": True, "source": "ask", "registries": used, "from_fields": [],
                                     "from_document": None, "concept": "consent.admin_info_sharing", "role": None,
                                     "registry": None, "prefill_note": None, "repeats": 1, "context": []})
    sections["consents"] = _one_consent_each(sections["consents"])
    for d in plan.documents:
        if d.kind == "pledge" and d.decision == "merge":
            sections["declarations"].append({"id": f"declaration:{d.file}", "label": t(lang, "declare", title=d.title or d.file),
                                             "kind": "checkbox", "options": [], "required": True, "source": "ask",
                                             "from_fields": [], "from_document": d.file, "concept": None, "role": None,
                                             "registry": None, "prefill_note": None, "repeats": 1, "context": []})
        if d.decision == "keep" and d.file != primary:
            sections["attachments"].append({"id": f"attachment:{d.file}", "label": d.title or d.file, "kind": "file",
                                            "options": [], "required": True, "source": "ask", "from_fields": [],
                                            "from_document": d.file, "concept": None, "role": None, "registry": None,
                                            "prefill_note": None, "repeats": 1, "context": []})
    sections["signature"] = [
        {"id": "application.date", "label": t(lang, "date"), "kind": "date", "options": [], "required": True,
         "source": "ask", "from_fields": sorted(fp.field for fp in plan.fields if fp.concept == "application.date"),
         "from_document": None, "concept": "application.date", "role": None, "registry": None, "prefill_note": None,
         "repeats": 1, "context": []},
        {"id": "signature", "label": t(lang, "sign"), "kind": "signature", "options": [], "required": True,
         "source": "ask", "from_fields": sorted(fp.field for fp in plan.fields if fp.kind == "signature"),
         "from_document": None, "concept": "person.signature", "role": "representative", "registry": None,
         "prefill_note": None, "repeats": 1, "context": []},
    ]
    titles = SECTION_TITLES.get(lang, SECTION_TITLES["en"])
    out_sections = [{"id": k, "title": titles[k], "items": v} for k, v in sections.items() if v]
    return {"schema": SCHEMA, "title": f"{programme} {t(lang, 'consolidated_form')}".strip(), "language": lang,
            "intro": t(lang, "form_intro"), "sections": out_sections,
            "replaces": [d.file for d in plan.documents if d.file == primary or d.decision == "merge"]}


def write_docx(form: dict, path) -> None:
    """The form as a DOCX: a table per section, label beside the answer cell; pre-filled answers
    shaded and noted; consents and declarations with boxes; rosters as tables."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    from ..safe_output import xml_safe

    form = xml_safe(form)  # a PDF field name may hold BEL, ESC or lone surrogates; XML cannot
    d = docx.Document()
    d.core_properties.title = form["title"]
    d.core_properties.author = "formslim"
    style = d.styles["Normal"]
    style.font.size = Pt(10)
    h = d.add_heading(form["title"], level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(form["intro"])

    def shade(cell, fill="EDEDED"):
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)

    for section in form["sections"]:
        d.add_heading(section["title"], level=1)
        items = section["items"]
        if section["id"] == "rosters":
            table = d.add_table(rows=1 + max(i["repeats"] for i in items), cols=len(items))
            table.style = "Table Grid"
            for c, it in enumerate(items):
                table.cell(0, c).text = it["label"]
                shade(table.cell(0, c))
            continue
        table = d.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for it in items:
            tr = table.add_row()
            tr.height = Cm(0.8)  # room to write by hand on a printed copy
            row = tr.cells
            row[0].width, row[1].width = Cm(5.5), Cm(10.5)
            row[0].text = it["label"] + (" *" if it["required"] else "")
            shade(row[0])
            if it["kind"] in ("radio", "choice") and it["options"]:
                row[1].text = "   ".join(f"☐ {o}" for o in it["options"])
            elif it["kind"] == "checkbox":
                row[1].text = "☐"
            elif it["source"] == "prefill":
                row[1].text = f"[{it['prefill_note']}]"
                shade(row[1], "E8F1FB")
            elif it["kind"] == "file":
                row[1].text = "☐"
            else:
                row[1].text = ""
    d.save(str(path))


def _one_consent_each(items: list[dict]) -> list[dict]:
    """One consent per purpose: the consents of several merged forms to the same thing (행정정보 공동이용
    asked by two forms, and the consent the registry lookups need) become one item that lists every source;
    the registry consent's wording, which names every registry, is kept."""
    out: list[dict] = []
    by_concept: dict[str, dict] = {}
    for item in sorted(items, key=lambda i: i["id"] != "consent.registry_lookup"):
        c = item.get("concept")
        if c and c in by_concept:
            kept = by_concept[c]
            kept["from_fields"] = sorted(set(kept["from_fields"]) | set(item["from_fields"]))
            docs = [d for d in (kept.get("also_from") or []) + [item.get("from_document")] if d]
            kept["also_from"] = sorted(set(docs))
            continue
        item = dict(item)
        if c:
            by_concept[c] = item
        out.append(item)
    return out
