"""Report wording in Korean and English."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

TEXT = {
    "en": {
        "report_title": "Paperwork reduction proposal", "summary": "Executive summary",
        "report_title_none": "Duplication and burden review — no reduction proposed",
        "no_target": "no target set (the programme gave none)", "no_verdict": "no verdict",
        "not_applicable": "does not apply: nothing the applicant files with the application is counted",
        "brief_nothing_measured": "Nothing was measured: no document of this package is one the applicant fills in and files with the application{what}. The figures below are zero for that reason, not because the package is lean.",
        "nothing_notices": "{count} read as notices or instructions", "nothing_later": "{count} filed at a later stage (listed below)",
        "nothing_other": "{count} another party's",
        "brief_suspect": "{count} file(s) to check before these figures are used: {items}",
        "documents": "Documents", "before": "Before", "after": "After", "reduction": "Reduction",
        "target": "Target", "met": "met", "not_met": "not met", "minutes": "minutes", "hours": "hours",
        "per_applicant": "per applicant", "minutes_per_applicant": "Minutes per applicant",
        "cost_per_applicant": "Cost per applicant", "per_year": "per year",
        "cost": "cost", "saved": "saved",
        "on_required_basis": "the documents every applicant submits",
        "if_all_filed": "if one applicant filed every document, those filed only where they apply included: {b} → {a}",
        "fields_asked": "questions asked", "unique_data": "distinct data items",
        "inventory": "Document inventory", "file": "File", "kind": "Kind", "title": "Title", "fields": "Fields",
        "decision": "Decision", "rule": "Rule", "reason": "Reason", "evidence": "Evidence", "legal": "Legal note",
        "protocol": "Question protocol", "datum": "Datum", "why": "Why it is asked", "asked_now": "Asked now in",
        "proposed": "Proposed source", "matrix": "Duplication and derivability matrix",
        "matrix_empty": "No datum is asked in two documents, computed or fetched: nothing to show.",
        "exhibits": "Exhibits the forms list (not counted above)",
        "exhibits_how": "Documents a form lists as filed with it. formslim does not count them in the documents, questions or minutes above — what each costs an applicant is not printed — and names the forms they call for that the package lacks, and the package's documents no exhibit names.",
        "exhibit_number": "Exhibit", "exhibit_text": "What it is", "exhibit_when": "Filed when", "exhibit_forms": "Forms it names",
        "exhibit_always": "always", "exhibit_form_in": "{form}: in the package", "exhibit_form_missing": "{form}: not in the package",
        "brief_exhibits": "{title} lists {count} exhibits filed with it ({conditional} only in some cases), not counted in these figures",
        "brief_exhibits_missing": "; forms they name that the package lacks: {forms}",
        "brief_exhibits_unnamed": "; documents of the package no exhibit names: {docs}",
        "duties": "Submissions the notices and specifications require (those without a form in the package are not counted above)",
        "duties_notice": "Submissions the notice requires (those without a form in the package are not counted above)",
        "duties_how": "Documents a notice or specification of the package says must be submitted, read from its sentences (\"…를 제출하여야 한다\") and its lists of documents to submit, by the stage it names. formslim does not count them in the documents, questions or minutes above — what each costs is not printed, and most are filed only by those who pass a stage — unless the package holds its form (then it is counted as that form); it says when, to whom, which the package holds a form for, what the text says stands in for one, and which are required twice.",
        "duty_stage": "Stage", "duty_document": "Document", "duty_when": "When, as printed", "duty_to": "To",
        "duty_where": "Where it says so", "duty_note": "Note",
        "duty_stage_application": "with the application", "duty_stage_bid": "with the bid",
        "duty_stage_screening": "eligibility review", "duty_stage_selection": "after selection",
        "duty_stage_contract": "at the contract", "duty_stage_performance": "during the contract",
        "duty_stage_delivery": "at delivery and acceptance", "duty_stage_request": "on request",
        "duty_stage_": "stage not said",
        "duty_in_package": "its form is in the package ({title})", "duty_instead": "the text says the {by} stands in for it",
        "published_contacts": "{title} prints {n} personal mobile number(s) and goes out with the notice to every bidder or applicant: {what} ({law})",
        "duty_repeated": "also required at {where}", "duty_differs": "required in other words at {where}: '{document}' — which of '{own}' and that holds is for the agency to settle (one may admit what the other does not)", "duty_registry": "a registry holds it: {registry}",
        "duty_case": "if: {case}",
        "brief_duties": "The notices and specifications require {count} submissions — {stages}; those the package holds no form for are not in the figures",
        "brief_duties_notice": "The notice requires {count} submissions — {stages}; those the package holds no form for are not in the figures",
        "brief_duties_instead": "{count} met by the bid itself", "brief_duties_in_package": "{count} on a package form, counted",
        "brief_duties_repeated": "required twice: {items}",
        "brief_duties_differ": "required twice in different words, to settle: {items}",
        "overlaps": "Overlaps between documents kept as they are",
        "overlaps_how": "For each pair of documents the applicant fills and the plan keeps, the questions of the smaller one that the other asks too — linked with certainty, or put to review (formslim match lists each link with its evidence). A finding, not a decision: asking them once changes both forms, each kept for the reason its decision gives.",
        "overlap_line": "{small} asks {shared} of its {questions} questions again in {big}{pages} ({certain} linked with certainty, {review} to check)",
        "overlap_pages": ", pages {pages}", "overlap_page": ", page {pages}", "queue_page": " · p. {pages}",
        "overlap_pair": "Documents", "overlap_items": "Asked in both", "overlap_adds": "Asked only in the smaller",
        "overlap_to_check": "to check", "overlap_more": "… +{count}",
        "brief_overlap": "Largest overlap between documents kept as they are: {line} — the forms stay as issued, yet each answer can be written once and printed into the other before it is signed (the carry-over variant); changing a form's own questions is for the agency that owns it",
        "replaceable": "Replaceable documents", "issuer": "Issuer", "channel": "Channel", "consent": "Consent",
        "proposed_package": "The proposed package", "burden": "Burden before and after",
        "printed_estimates": "The forms' own time estimates (a cross-check)",
        "printed_estimates_how": "Forms that print how long they take (a Paperwork Reduction Act statement), beside "
                                 "this model's minutes for the same form. The model's figures are the ones used above.",
        "document": "Document", "model_minutes": "This model (minutes)", "form_says": "The form says (minutes)", "printed_words": "Its words",
        "activity": "Activity", "problems_heading": "Files that could not be read", "method": "Method and assumptions", "decisions": "Every decision and its evidence",
        "blockers": "What keeps the target from being met", "unblock": "What would unblock it",
        "blockers_no_target": "Documents that stay, and what would let them go",
        "overrides": "Overrides applied from the manifest", "none": "none", "yes": "yes", "no": "no",
        "ask": "ask the applicant", "ask_filer": "asked of the filer ({who})", "validated_against": "checked against", "own_document_questions": "{title}: its {n} questions no other document asks", "why_own_document": "that party's own document", "other_party_questions": "{title}: its {count} questions another party completes", "other_party_questions_of": "{title}: its {count} questions, completed by {who}", "why_other_party": "another party's part of the form, not asked of the applicant", "question_reworded": "a printed question is asked in other words where it sends the reader on by the replaced form's question numbers (\"{printed}\" is now \"{now}\"): the applicant certifies the answers under penalty — confirm the wording", "burden_statement": "{title}: its statement carried word for word prints the replaced form's burden estimate (\"{text}\"): the agency restates it for the consolidated form", "signed_by": "signed by another party ({who})", "signed_by_also_main": "signed by another party ({who}), who also signs the main form and is asked there most of what this form asks", "ask_own_signer": "asked of {who}, on their own document", "added_question": "new: asked of {who} on their own document, for the check that replaces a copy", "why_added_check": "the check that replaces a copy", "prefill": "pre-filled from", "derived": "computed", "registry": "fetched from",
        "derived_from": "from {inputs}", "derived_total": "the sum of its line items", "derived_form": "by the form's own arithmetic",
        "removed": "not asked", "checkbox": "consent checkbox", "inform": "a notice, no consent needed", "drop_duplicate": "asked once elsewhere", "drop_duplicate_within": "asked once in this document, at its end (its signature blocks made one)", "drop_duplicate_within_by": "{who} writes it once in their document, at its end (its signature blocks made one)",
        "drop_derived": "computed", "other_party": "completed by another party", "form_fills": "filled by the form itself", "validate": "checked automatically", "consolidated_form": "Consolidated application form", "online_changes": "— what the online application adds or changes", "no_consolidated": "— changes to the forms as they stay (no consolidated form)",
        "tariff_line": "tariff {tariff} {currency}/h; range ±{range}%", "knowledge_files": "knowledge",
        "counted_once": "counted once (the same form in another format)",
        "becomes_form": "becomes the consolidated form",
        "variant_counted": "{decision} (the variant for another kind of applicant: an applicant files one, counted once)",
        "variants_one": "{names} (one of them, by the kind of applicant: counted once)", "or": " or ",
        "variants_one_of": "{names} (whichever of {kinds} applies: counted once)",
        "ask_once": "ask once", "keep": "keep", "merge": "merge into the consolidated form", "replace_by_registry": "replace by registry lookup",
        "remove": "remove", "excluded": "Not counted", "legend_asked": "asked", "legend_registry": "registry",
        "legend_derived": "computed", "why_org": "identifies the applicant business",
        "why_person": "identifies the person concerned", "why_application": "the request itself",
        "why_person_data": "about the person concerned — its purpose for the agency to state",
        "why_org_data": "about the applicant business — its purpose for the agency to state",
        "why_listed": "about each item of a list (one row each) — its purpose for the agency to state",
        "why_scored": "what the programme scores (a document kept for its evaluation)",
        "why_consent": "a legal consent", "why_other": "asked by the programme", "why_computed": "a result the form computes from other answers", "why_enters": "enters the calculation of '{line}'",
        "why_party": "identifies another party ({who})",
        "attachments_needed": "Attachments still needed", "declaration": "Declaration",
        "consents": "Consents", "sign": "Signature", "date": "Date", "act_familiarisation": "familiarisation with the obligation", "act_obtaining": "obtaining data", "act_filling": "filling in forms", "act_calculations": "calculations", "act_checking": "checking", "act_corrections": "corrections", "act_preparing": "preparing data", "act_transmission": "transmission", "consent_needed": "whether a consent is needed at all (the printed notice cites a basis for processing without consent)", "no_consent_needed": "for your information: the law needs no consent for this", "agree": "I agree", "disagree": "I do not agree",
        "prefilled_note": "pre-filled from {registry}; check and correct if needed",
        "prefilled_if_consent": " (with your consent to the lookup below; if you do not consent, write it yourself)",
        "registry_key_note": "asked so that the agency can check {registry} instead of asking for it",
        "id_choice": "identity document the agency checks (choose one)",
        "one_of": "one of: {titles}",
        "if_refused": "if you do not consent to the agency's check",
        "if_they_refuse": "if the {who} does not consent to the agency's check",
        "form_own_items": "The consolidated form's own questions, which no document asked (numbers the lookups are made by, "
                          "choices among checks, items the plan adds)",
        "signs_if_role": "{case}",
        "if_login_differs": "if the person who signs in is not the representative the fetched record names",
        "id_choice_note": "the agency checks the document you choose instead of asking for a copy; only its own "
                          "data are asked",
        "if_chosen": "if {what} is chosen",
        "either": " or ",
        "form_intro": "Each item is asked once. Items marked as pre-filled are fetched by the agency with your consent.",
        "form_intro_plain": "Each item is asked once.",
        "form_one_per": " One form is filed for each co-applicant, as {title} says: “{printed}”",
        "form_each_person": " The forms it replaces are each about one {who}: one form is filed for each {who}.",
        "form_fill_notes": "Notes printed on {title}, carried as printed:",
        "form_none": "No consolidated form: the plan merges, fetches or drops no document, so the documents stay as they are.",
        "form_none_amended": "No consolidated form: no document moves into the main form, so each stays a document of its own. What changes is inside them: lines the forms compute are filled by the form (a fillable or electronically filed return does this), and a schedule's lines that repeat an answer of the return are filled from it — each such line is listed, with its decision, under Every decision.",
        "agency_record": "{title} (written and signed by the official who verifies it)",
        "becomes_consolidated": "becomes the consolidated form (below)",
        "received_kept": "given to the applicant by another party and kept: not filed with the agency, not counted",
        "filed_elsewhere_kept": "filed with {agency}, not here: no form of the package asks for a copy — not counted",
        "after_approval_kept": "executed at closing or contract, once the application is approved or the award made: a later stage, not counted",
        "per_person_card": "Counted for one person: each further person adds about {before} → {after} min (filed once per person: {titles})",
        "after_approval_card": "Besides these, {n} document(s) executed at closing or contract, once the application is approved or the award made (listed apart under The proposed package; not counted)",
        "after_approval_label": "Executed at closing or contract, after approval or award (listed apart; not counted)",
        "brief_excluded_label": "Files not counted: the applicant neither fills nor submits them (why: in the inventory)",
        "brief_prefill_if_key_label": "Pre-filled only for an applicant who gives a number the forms ask 'if any'",
        "brief_prefill_if_key_value": "with '{datum}' given, {n} answer(s) fewer (the figures above count them as asked)",
        "after_approval": "{n} document(s) of the package are executed at closing or contract, once the application is approved or the award made (listed apart, not in the figures above): {items}",
        "brief_after_approval": "Executed at closing or contract, after approval or award, as it is (not counted in the application): {title}",
        "brief_pledges_one": "The {n} pledges above, executed at closing or contract, are all signed by {who} — they could be one declaration carrying each undertaking word for word, signed once; a change for the owner of what prescribes them ({owners}) to make (not counted in the application)",
        "pledges_owner": "the forms",
        "agency_assigned": "a number the agency itself gives: it can fill it in",
        "brief_after_approval_when": "Executed at closing or contract, after approval or award, as it is (not counted in the application), filed {when}: {title}",
        "inventory_after_approval": "{n} document(s) executed at closing or contract, once the application is approved or the award made ({items}), add nothing to the application's totals.",
        "notice_requests_label": "Asked by the notice beyond the package (no form; not counted)",
        "submissions_notice": "Submissions the notice requires", "submissions_label": "Submissions the notices and specifications require",
        "brief_submissions_outside": "{n} without a form in the package, not counted",
        "duty_not_counted": "no form in the package: not in the figures",
        "request_fetchable": "the agency could check it itself: {name}, {issuer} — {channel}; propose not asking for it",
        "requests_fetchable": "{n} held by a registry, which the agency could check itself: {names}",
        "notice_requests": "The notice also asks for documents the package holds no form for (not in the figures above): {items}",
        "notice_count": "As the programme notice counts its submissions: {before} → {after} ({pct}% fewer; documents target {met}) — {items}. The figures above count each document an applicant submits, the papers of one upload one by one (one item of a checklist is one, however many papers of evidence it takes together).",
        "notice_count_label": "Submissions as the notice counts them",
        "stage_screening": "after the document review", "stage_selection": "after selection", "stage_case": "where it applies",
        "within_range": "the change is within the estimate's ±{range}%: no measured change", "no_change": "no change",
        "notice_floor": "On this count no plan can meet the target: {items} stay whatever is fetched or dropped, so {before} → {floor} ({pct}% fewer) is its floor — the notice's design, not a shortfall of this plan.",
        "online_counted": "The programme's online application is counted as one of them, before and after.",
        "online_included": "the online application included", "notice_floor_short": "floor {floor}: {items} stay on any plan",
        "per_paper_count": "counting each paper an applicant prepares", "target_default": "formslim's default",
        "per_paper_target_met": "documents target met on this count",
        "per_paper_target_not_met": "documents target not met on this count",
        "bases_split": "not met on {missed}; met on {met}",
        "count_required_short": "the documents every applicant submits", "count_all_short": "all documents",
        "count_notice_short": "the notice's table",
        "count_required": "the documents every applicant submits ({before} → {after}, {pct}%)",
        "count_figures": "{name} {before} → {after}",
        "count_all": "all documents, those filed only where they apply included ({before} → {after}, {pct}%)",
        "count_notice": "the notice's table of submissions ({before} → {after}, {pct}%)",
        "target_default_terms": "formslim's default from MSS's plan: about {before} → {after} documents per support application, averaged over programmes",
        "target_documents": "target at most {n} documents per application",
        "sum_within_before_short": "met before the plan too",
        "within_before": "within the target before the plan too", "sum_within_before": "within it before the plan too (no change of the plan's)",
        "bases_part_met": "met on {counts}", "bases_part_already": "within it before the plan on {counts}",
        "bases_part_missed": "not met on {counts}",
        "notice_item_online": "made online, before and after", "notice_item_kept": "still made",
        "notice_item_gone": "no longer needed", "notice_item_conditional": "only where it applies (not by every applicant)", "notice_outside": "{n} document(s) of the package fall under none of the notice's submissions.",
        "brief_received": "Given to the applicant by another party and kept, not filed (not counted): {title}",
        "brief_filed_elsewhere": "Filed with {agency}, not here (no form asks for a copy; not counted): {title}",
        "inventory_received": "{n} document(s) another party gives the applicant, who keeps it (not filed with the agency), add nothing to the totals.",
        "inventory_filed_elsewhere": "{n} form(s) of another agency, filed there and asked for by no form of the package, add nothing to the totals.",
        "inventory_missing_form": "{n} form(s) the package's forms say are filed with them are not in the package: their questions cannot be counted.",
        "amendment_title": "To add to: {title}",
        "amendment_notes": "Drafting notes for the agency (not printed on the form):",
        "law_pending": " [after the legal review]",
        "amendment_intro": "The agency adds to this document, which {signer} signs, the consent and the data below:",
        "mixed_editions": "The package's forms print different rules or editions as their source: {parts} — confirm that each is the form in force for this programme, and that an older edition asks nothing the rule in force no longer asks",
        "kept_restricted": "Documents kept as they are that ask {data}: {titles} — {rule}: confirm the basis on which each asks it, as that provision allows",
        "instead_label": "{datum} (instead of the {instead})",
        "asked_instead": "{was}: the consolidated form asks the {datum} instead, as no form that asks it prints a law that allows it ({source}) — where a law for this programme requires or allows it, ask it as the forms do ({rule})",
        "prefill_if_key": "— only where you give \"{datum}\"; otherwise you answer it",
        "form_intro_public": "Each item is asked once. Items marked as pre-filled come from a public register the agency reads; check and correct them.",
        "brief_removed": "No longer asked for: {names}",
        "brief_amended": "Kept, with an addition: {title} — the agency adds the ID check its signer consents to, and the data it needs",
        "brief_and_signed_once": "; its {n} name, date and signature blocks become one",
        "brief_signed_once": "Kept, signed once: {title} — its {n} name, date and signature blocks become one; each consent stays a box of its own",
        "amendment_signed_once": "Its {n} blocks of date, name and signature become one, at its end; each consent, request and pledge stays a box of its own to tick.",
        "amendment_informs": "Its boxes {parts} ask a consent the law does not need (processing entrusted to another body, or data its own notice says are collected without consent under a statute): their notice stays, as information, with nothing to tick.",
        "signed_once_review": "{title}: one signature for its {n} consents, requests and pledges (개인정보 보호법 제22조 asks each consent to be separate, not separately signed) — confirm it covers each, a 공공 마이데이터 request (전자정부법 제43조의2) included",
        "declare": "I have read and accept: {title}",
        "share_consent": "For this application, I consent to the agency's staff checking the following through administrative information sharing: {names}",
        "share_extend": "The list of records of the administrative information sharing consent this document prints gains: {add}{already} (the sharing is consented to once, in the consent as printed; no second sharing consent beside it)",
        "own_consent": "Consent to the collection and use of {items} (unique identifiers), given apart from the other consents of this document",
        "own_consent_refusal": "If you refuse, you submit the document (a copy) this check replaces instead.",
        "law_only_item": "{datum}: no consent can allow processing it ({rule}). ",
        "law_only_printed": "Asked only if {laws}, which this document prints, allows processing it for this check (the legal review confirms it)",
        "law_only_none": "This document prints no law that allows it: not asked until such a law is confirmed",
        "law_only_choice": "; if none does, the choice of {choice} is taken off this document.",
        "own_consent_review": "{title}: {items} — no law the document prints allows collecting them, so the amendment asks the data subject's consent apart from the document's other consents (개인정보 보호법 제24조 제1항 제1호); the agency completes its retention period and confirms the text",
        "share_already": "{name}: already listed ('{printed}')",
        "prefill_purpose": "the agency fetches the records below to fill in answers of this form for you; you check "
                           "and correct them",
        "prefill_refusal": "You have the right to refuse; if you do not consent, you fill in these answers yourself.",
        "as_printed_in": "(as printed in {title})",
        "pledge_carried_basis": "the undertaking printed in {title}, carried word for word",
        "withheld_wording": "[wording the agency settles after legal review]",
        "consent_basis_to_confirm": "{doc}: the box ‘{box}’ stays a consent — its notice says {items} are collected without consent under {law}; confirm that {law} names each of them (one it does not name needs a consent of its own, 개인정보 보호법 제24조 제1항 제1호) before the box becomes a notice",
        "pledge_short": "the undertaking of {title}",
        "withheld_basis": "{n} phrase(s) the legal review questions are not printed: the agency settles their wording",
        "reworded_basis": "{n} phrase(s) the legal review questions are printed as acknowledgements of what the law and the agreement may bring, not as consents (the printed wording and the proposal are in the legal review)",
        "pledge_finding_reworded": "The pledge the form carries (from “{title}”) says ‘{said}’ — the consolidated form proposes instead ‘{proposed}’ (to confirm in the legal review): {what}",
        "pledge_finding_withheld": "The pledge the form carries (from “{title}”) says ‘{said}’ — not printed in the consolidated form, left for the agency to reword: {what}",
        "entrustment_own_business": "{doc}: its “{title}” lists as entrusted work the recipients' own business (‘{line}’) — a guarantee or a loan is the recipient's, so that transfer is a provision to a third party (개인정보 보호법 제17조), which needs consent, not an entrustment (제26조) the law has disclosed: the box stays a consent; split the list into entrusted processing and provision to third parties",
        "refusal_finding": "{doc}: the printed consent “{title}” says that refusing it means “{said}”: {what} ({basis})",
        "share_printed_already": "The consent to shared administrative records the form asks for {names} is already printed in {title} (its list of records names it): confirm whether the applicant already gives this consent (in the online application's terms, for one); if so, no second consent is added, and only the request for the document goes (민원 처리에 관한 법률 제10조 제3항)",
        "basis_without_consent": "{doc}: the printed consent “{title}” says ‘{said}’ — a basis for processing without consent, yet it asks one: confirm whether the consent is needed at all, and that the data processed without consent are told apart from those consented to (개인정보 보호법 제22조 제3항)",
        "notice_finding": "{doc}: the printed consent “{title}” says under [{heading}] ‘{said}’: {what} ({basis})",
        "mydata_already": "{title}: its printed request “{request}” already has {records} sent to the agency (전자정부법 제43조의2) — confirm whether that record can serve for {names} now, instead of waiting for the approval to use it through 행정정보 공동이용",
        "kept_pledge_finding": "{title} (kept as it is) has its signer pledge ‘{said}’: {what}",
        "provision_unprinted": "{title}: its box consents to ‘{box}’ (providing the data to others), but its notice names no recipient, and states the purposes and items of collection only{public} (개인정보 보호법 제17조 제2항) — confirm whether the data are given to others or published, and either print the recipient, purpose, items and period with a consent of its own, or make the box a consent to collection and use",
        "provision_public": "; some purposes are disclosures ({words})",
        "pledge_finding": "The pledge the form carries (from “{title}”) says ‘{said}’: {what}",
        "declaration_carried": "The declaration above the signature is the undertaking printed in {title}, carried word for word but for the phrases the legal review questions (no merged form prints one): that document is signed by {signers} — the applicant did not give it before, so it is counted as a question the form adds; confirm that the applicant gives it in the application",
        "initials_for": "Initials confirming the answer above (question {q} of the replaced form; handwritten or an electronic signature, not typed)",
        "statements_printed": "The statements printed in {title} (pages {pages}), word for word:",
        "online_signature": "Submission: the applicant fills in the online application under their own verified log-in and submits it; that submission is the application's signature and its time of receipt its date (no name, signature or date to write here).",
        "declaration_current": "The declaration above the signature is carried word for word from {title}{edition}: that edition's wording — confirm it is the one in force (a later rule or notice may have changed what applicants certify)",
        "declaration_proposed": "The declaration above the signature is formslim's proposed wording: no form of the package prints one — the agency settles the sentence (its legal basis as cited)",
        "statements_basis": "the statements {title} prints, carried unchanged",
        "consequence_basis": "what {title} prints on a false answer, carried unchanged",
        "declaration_proposed_consequence": "The declaration above the signature is formslim's proposed wording: no form of the package prints one; what {titles} prints on a false answer is carried word for word above it — the agency settles the sentence (its legal basis as cited)",
        "carried_in_form": "(the whole text, word for word, is in the consolidated form)",
        "printed_use": "(use of the records: {use})",
        "generated": "Generated by formslim {version}", "program": "Programme", "folder": "folder",
        "each_owner": " (for each owner)", "when_filed": "where {title} is filed", "when_variant": "if {word}", "signer_name": "{who}: name", "signer_sign": "{who}: signature", "signer_date": "{who}: date signed",
        "each_signer": "{who} (each signs, up to {n})",
        "each_person_doc": " (one for each person it concerns)",
        "each_person_signs": "Each person who must sign (up to {n})",
        "agency_completes": "[to be completed by the agency]", "reviewer_finding": "finding: [ ]",
        "printed_basis": "the document prints as its basis: {laws} — to confirm it covers this use",
        "printed_basis_other": "no basis printed for this item: the document prints {laws} as the basis of other items only",
        "bundled_consent": "{title}: under the one signature of its consent to process personal data, the form also asks '{quote}' — {law}: confirm each matter is consented to on its own, or ask it apart",
        "consent_items": "{title}: the package's forms ask the signer's {data}, which the consent's printed items do not name — {law} ({items}): add them to the items, stop asking them, or confirm another basis",
        "consent_scope": "{title}: the consent names '{words}' among its purposes or items, but the law it prints is {cited} — {rule}: confirm it is processed on a basis that provision allows",
        "consent_scope_none": "{title}: the consent names '{words}' among its purposes or items and prints no law as its basis — {rule}: a consent alone may not be a basis; confirm it is processed on one that provision allows",
        "sanction_candidate": "the act behind the package's prescribed forms, {acts}, is the first candidate for the sanction of a false filing (the notice names none)",
        "consolidated_short": "consolidated",
        "registry_prefill_basis": "{registry} pre-fills {count} question(s) ({items}): confirm the receiving agency may look it up for this task ({channel}; {source}) — a record the law opens without the data subject's consent, so no consent box stands for it",
        "others_records": "{registry}: its records are about other persons too ({who}) — the applicant's consent is not theirs (data subjects' prior consent, 전자정부법 제42조): name the law that allows the lookup, or fetch only what the business needs of it (the number enrolled)",
        "subjects_employees": "the employees",
        "others_asked": "The form asks data of a person other than the applicant ({who}: {data}): the applicant's consent is not theirs — confirm the basis for collecting them (개인정보 보호법 제15조) and how that person is told where the data came from, on request (제20조), or have that person consent and sign for their own data",
        "others_listed": "The lists ask other persons' data ({who}: {data}): the applicant's consent is not theirs — confirm the basis for collecting them (개인정보 보호법 제15조) and how they are told where their data came from, on request (제20조)",
        "third_party_unprinted": "{title}: the title speaks of providing the data to third parties, but no notice of the recipient, purpose, items and period, and no consent of its own for it, is printed (개인정보 보호법 제17조제2항) — the consolidated form asks consent to collection and use only: add that notice and a separate consent if the data are provided, else drop the words from the title",
        "refusal_threat": "the records-sharing consent prints, for a refusal: '{printed}' — refusing it only means handing the documents in ('{instead}'): the two to be reconciled",
        "kept_form_changed": "{title} stays a document of its own, but the plan fills or drops {n} of its line(s) ({lines}): a change to that form all the same — {basis}",
        "kept_forms_changed": "{titles} stay documents of their own, but the plan fills or drops {n} of their lines ({lines}; each listed under Every decision): a change to those {m} forms all the same — {basis}",
        "kept_changed_approved_all": "they print {number} ({statute}): filling or computing their lines for the filer revises that collection, usable once approved with its new burden estimate; {signed}",
        "kept_changed_prescribed_all": "{rule} prescribes them: amend that rule, or confirm that the lines may be filled or computed for the filer, whose signature still covers them",
        "kept_signed_filer": "the filer's signature still covers them",
        "kept_signed_also": "the signatures of the filer and of the {who} ('{condition}') still cover them",
        "kept_changed_approved": "it prints {number} ({statute}): filling or computing its lines for the filer revises that collection, usable once approved with its new burden estimate; {signed}",
        "kept_changed_prescribed": "{rule} prescribes it: amend that rule, or confirm that the lines may be filled or computed for the filer, whose signature still covers them",
        "kept_changed_signed": "confirm that the agency (or its system) may fill or compute these lines for the filer, whose signature still covers them",
        "login_match": "{title} is no longer asked because the agency matches the person who logs in (real-name authentication) against the representative named in records it fetches itself: {names} — confirm that the agency may fetch and match these records for that purpose (and lists them among its lookups), and how an application whose log-in and record differ is handled; and whether the copy served anything beyond identity (the identifiers a check of the representative's defaults or tax arrears runs on, for one) and where the agency gets those once it is gone",
        "rows_per_signer": " (one per signer: {n} signature blocks)", "rows_times": " (asked {n} times)",
        "kept_restricted_notice": " (the form tells the person: “{text}”)",
        "why_printed": "as the form prints it: “{text}”",
        "retired_identifier": "An identifier retired since {since} is still asked: {where} — {replacement} replaced it ({source}); ask that instead, or confirm why the retired number is still needed",
        "checklist_gaps": "{report} asks results for equipment {checklist} names nowhere ({items}), though its results follow from that checklist's items: check that both forms are the editions in force",
        "derived_from_received": "{count} answers of {title} ({examples}) follow from the items of {source} ({rule}), which another party writes and the agency does not receive: a report form (or the electronic channel it is filed through) that takes {source} could fill them, where today each is written again by hand",
        "received_overlap": "{title}{rule} is not filed with the agency, but {said} — amending the rule that prescribes it so that one is filled from the other would spare its writer",
        "approval_needed": "{title} prints {number}: {basis}: {what}",
        "share_approval": "{title}: adds {names} to the records its printed 행정정보 공동이용 consent lists — confirm that the using agency is approved to use them through 행정정보 공동이용 (its application and approval); a new line in the consent does not give access",
        "statements_not_carried": "{title} prints statements under {laws}: not carried into the consolidated form — carry them word for word or confirm they are not needed",
        "added_records": "records the plan checks that this consent does not name (to add, legal review)",
        "printed_notice": "As printed on {where}:", "see_notice_above": "(the notice above applies)", "card_minutes": "Minutes per applicant",
        "burden_by_document": "Minutes by document", "burden_by_activity": "Minutes by activity",
        "burden_none": "not filed",
        "heat_title": "Data two documents both ask (duplication heat map)",
        "heat_how": "Each cell: how many of the matrix's data both documents ask (numbers as in the matrix's legend); the darker, the more an applicant writes twice. The diagonal: how many of them the document asks.",
        "card_cost": "Cost per applicant", "card_hours_year": "Hours saved per year",
        "card_cost_saved": "cost saved per year", "minutes_unit": " minutes", "added": "added", "total": "Total", "agency_records": "the agency's own records",
        "kind_text": "text", "kind_free_text": "narrative", "kind_number": "number", "kind_amount": "amount",
        "kind_date": "date", "kind_checkbox": "tick box", "kind_radio": "one of", "kind_choice": "one of",
        "kind_signature": "signature", "kind_file": "attachment", "kind_attachment": "attachment",
        "kind_statement": "declaration (read and sign)", "kind_instruction": "instruction (read)", "brief": "Brief (one page)", "brief_date": "Date",
        "brief_documents": "Documents an applicant submits",
        "brief_documents_required": "Documents every applicant submits",
        "brief_documents_conditional": "Documents filed only where they apply (if applicable, if required …)",
        "count_pending": "conditional: until the agency is approved to use {names}, those who choose it still file the {document} — {before} → {after}",
        "basis_required": "every applicant: {rb} → {ra}; filed only where they apply: {cb} → {ca} (the reduction is measured on the documents every applicant submits)",
        "basis_only_main": "; every applicant submits {n} document, the main form itself: no kept document keeps the target from being met, and cutting the documents filed only where they apply would not change the count", "brief_questions": "Questions asked",
        "brief_minutes": "Minutes per applicant (±{range}%)", "brief_cost": "Cost per applicant ({currency})",
        "brief_minutes_approved": "Minutes per applicant, as the forms' approved estimates give them",
        "card_minutes_approved": "the forms' approved estimates (as the brief leads): {before} → {after}; the figures above are the model's, which the cost is priced from",
        "brief_model_approved": "the level: the forms' own approved time estimates; the change: ", "model_only": "the model's",
        "brief_minutes_approved_value": "{before} → {after} (the change is the model's: {model_before} → {model_after}, "
                                        "±{range}%)",
        "brief_year_label": "Per-year figures", "brief_year_unmeasured": "no measured change (the change per applicant is within the estimate's range; the figures are in the summary)",
        "owner_cuts_label": "Cells of {title} its owner could cut (the programme issues it; what it scores untouched — a proposal, not in the figures)",
        "owner_cuts_value": "questions {before} → {after}",
        "owner_cut_fetched": "{n} a record the agency fetches or the log-in gives holds ({labels})",
        "owner_cut_repeated": "{n} asked already in another cell or document ({labels})",
        "owner_cut_computed": "{n} its own printed formula computes ({labels})",
        "brief_carry_over": "If each of the {n} answers still asked twice were written once and filled into the other documents (an assumption: see Method)",
        "brief_carry_over_value": "questions {q0} → {q1}; minutes {m0} → {m1}",
        "brief_carry_over_both": "If each of the {n} answers still asked twice were written once and filled into the other documents, and the {m} totals and shares whose formula the forms print were computed (an assumption: see Method)",
        "brief_carry_over_computed": "If the {m} totals and shares whose formula the forms print were computed from their parts (an assumption: see Method)",
        "brief_carry_over_same_minutes": " (the model prices filling by a document's size band, and no document changes band)",
        "brief_year": "Hours saved per year (all applicants: {n} a year, the manifest's figure)", "brief_package": "The proposed package",
        "brief_questions_required": "Questions asked of every applicant (the documents every applicant submits)",
        "brief_questions_both": "Questions: every applicant (filing every document)",
        "brief_minutes_both": "Minutes per applicant, ±{range}%: every applicant (filing every document)",
        "brief_cost_both": "Cost per applicant ({currency}): every applicant (filing every document)",
        "brief_per_person_label": "Each further person who files their own copy (an owner, a guarantor …)",
        "brief_per_person_value": "+{n} document(s): {titles}; about +{m0} minutes today, +{m1} as proposed",
        "brief_per_person_same": "+{n} document(s): {titles}; about +{m0} minutes",
        "per_person_prefill_label": "Printed into each person's own copy from {main}, which they check and sign (a proposal, not in the figures)",
        "per_person_prefill_value": "{title}: {n} answer(s) ({labels})",
        "brief_model_label": "Where the minutes and cost come from", "brief_approval_label": "Approval number(s) the forms print (OMB)",
        "brief_model_value": "modelled, not measured: {table}; cost = the minutes at {currency} {tariff}/h{assumed}{fees}", "brief_model_fees": " plus fees", "brief_model_minutes": "modelled, not measured: {table}",
        "brief_model_de": "Germany's SCM standard times (Leitfaden Erfüllungsaufwand)",
        "brief_model_kr": "Korea's standard times per task (SCM)", "brief_model_us": "US standard times per task",
        "brief_model_gb": "UK standard times per task (SCM)", "brief_model_nl": "Dutch standard times per task (SCM)",
        "brief_model_other": "standard times per task measured in {code}", "brief_model_here": "standard times per task (SCM)",
        "brief_model_assumed": " (assumed)",
        "brief_cost_required": "Cost per applicant, the documents every applicant submits ({currency})",
        "brief_questions_all": "Questions, if one applicant filed every document (those filed only where they apply included)",
        "brief_minutes_all": "Minutes, if one applicant filed every document",
        "brief_cost_all": "Cost, if one applicant filed every document ({currency})",
        "brief_year_required": "Hours saved per year (all applicants: {n} a year, the manifest's figure; the documents every applicant submits)",
        "brief_year_cost_required": "Cost saved per year (all applicants: {n} a year, the manifest's figure; the documents every applicant submits; {currency})",
        "brief_questions_more": "Why all documents ask more", "scroll_hint": "The chart scrolls sideways →",
        "brief_questions_more_why": "+{n}: documents filed only where they apply gain the consent and data a check needs ({titles})",
        "brief_questions_more_own": "+{n}: the consolidated form asks questions of its own that no document asked ({labels})",
        "brief_year_cost": "Cost saved per year (all applicants: {n} a year, the manifest's figure; {currency})", "brief_year_unknown": "Per-year figures",
        "brief_year_unknown_value": "not computed (the number of applicants per year is not given)",
        "brief_expired": "{title}: the approval the form prints has expired ({text}) — check that it is the current edition before it is redesigned",
        "brief_expired_first": "Before these figures are used: {items}",
        "approval_line": "OMB {number}{expiry} · {agency}",
        "approval_expires": ", expires {date}", "approval_expired": ", EXPIRED {date}",
        "approval_other_agency": "another agency's collection: the main form's sponsor can decide whether to require it, not redesign it",
        "brief_printed_label": "The forms' own time estimates ({n} of {of} documents print one)",
        "brief_printed_below": "{printed} minutes as printed, where this model gives {model}: the model is below the agencies' own estimates beyond its ±{range}% (see Method)",
        "brief_printed_above": "{printed} minutes as printed, where this model gives {model}: the model is above the agencies' own estimates beyond its ±{range}% (see Method)",
        "brief_printed_within": "{printed} minutes as printed; this model gives {model}",
        "brief_form": "Consolidated form, replacing {n} document(s)",
        "brief_form_self": "{title}, laid out again as the consolidated form (no other document merged into it)",
        "brief_minutes_required": "Minutes per applicant, the documents every applicant submits (±{range}%)",
        "brief_form_online": "The programme's online application takes the questions of {n} document(s) (no added document)",
        "brief_form_online_keys": "The programme's online application takes the consent and the numbers the agency needs to fetch the certificates below (no added document)",
        "brief_form_online_consent": "The programme's online application takes the consent the agency needs to fetch the certificates below (no added document)",
        "brief_form_new_keys": "A new consolidated form takes the consent and the numbers the agency needs to fetch the certificates below (counted as one document)",
        "brief_checked_against": "In place of {title}, the agency matches the person who logs in against the representative on records it fetches itself: {names}",
        "brief_form_new": "A new consolidated form, replacing {n} document(s) (counted as one document)", "brief_fetched": "Fetched by the agency with consent: {names}", "brief_fetched_pending": " — until the agency is approved to use {names}, which the printed consent does not list, the copy is still handed in", "brief_fetched_theirs": "Checked by the agency with the consent of {who}, given in their own document (not in the applicant's application): {name}",
        "inventory_issued": "{n} document(s) an authority issues (a certificate, a register's extract, a copy of another agency's filing) count no questions: their lines are what the issuer wrote; obtaining them is their burden.",
        "inventory_once": "A copy of one form in another format, or a variant of it for another kind of applicant, is counted once: the rows marked so add nothing to the totals.",
        "brief_kept": "Kept as it is: {title}", "brief_kept_when": "Kept as it is, filed {when}: {title}",
        "brief_kept_cases": "Kept as they are, each filed only in its own case (the inventory says which) — {n}: {title}", "brief_legal": "What a legal reviewer must confirm",
        "brief_legal_items": "{n} provision(s) cited; {m} point(s) for legal review (each below, and with the consolidated form)",
        "no_consent_register": "a public record, fetched without the data subject's consent: not in the consent's list",
        "reword_table": "The pledge's sentences, printed and proposed (for the legal review; the proposal is a draft)",
        "reword_printed": "Printed", "reword_proposed": "Proposed (draft)", "reword_reason": "Why",
        "reword_why": "Sanctions, recovery and liability rest on the law, the notice and the agreement, not on the applicant's consent or acknowledgement; the statutory remedies are not waived in advance by a printed sentence",
        "reviewers_basis": "The notice says eligibility is checked by {reviewers}: for {others} to see what {agency} checks through administrative information sharing ({records}), a basis is needed — whether {others} may use the sharing themselves, or on what basis {agency} gives it to them (개인정보 보호법 제17조, provision to a third party; 제26조, outsourcing) — and the consent then names them",
        "governing_rules": "The notice defers whatever it does not say to {rules}: confirm whether they prescribe the documents the plan no longer asks for ({documents}) — where they do, the rule is amended first; amending the notice alone does not remove them",
        "brief_legal_printed": "{own} of them on the proposal, to confirm before adopting it; {count} on the package's printed forms as they stand, whatever is adopted (listed apart)",
        "legal_review_printed": "Found in the printed forms as they stand",
        "legal_review_printed_intro": "These concern the package's own forms, whatever this plan proposes: what they ask or say that the law may not allow. They are fixed in those forms, or in the notice, by the agency.",
        "brief_legal_items_kept": "{n} provision(s) cited; {m} point(s) for legal review of the documents kept as they are (each below)",
        "brief_legal_items_none_cited": "no provision cited by the plan yet (each legal basis is the agency's to give); {m} point(s) for legal review (each below, and with the consolidated form)",
        "brief_legal_items_kept_none_cited": "no provision cited anew (no consolidated form is proposed: the documents keep their own legal bases); {m} point(s) for legal review of the documents kept as they are (each below)",
        "legal_review_intro_kept": "No consolidated form is proposed: the points below concern the documents kept as they are, for the agency to confirm in its legal review.",
        "brief_legal_none": "nothing: no consolidated form is proposed, and every document stays as it is",
        "kept_consent_duty": "{title}: a signed consent kept as it is — kept by {kept}; who may take it electronically: {esign}. "
                             "Confirm who keeps the signed form, for how long, and whether the party that files it may take "
                             "it online",
        "brief_unread": "{n} file(s) of the package could not be read and are in none of these figures: {names} (see the end of the report)",
        "brief_human": "What needs a human decision", "brief_review": "{n} possible same-datum link(s) to accept or reject (review queue)", "brief_review_rows": "in {rows} rows: links between boxes of one label, and between the columns of two lists, are one row each", "brief_review_not_asked": "{m} more between documents kept as they are or not counted, which would change no document of the plan — though one confirmed lets an answer be written once and printed into the other (formslim match lists them)",
        "brief_blockers": "{n} document(s) keep the target from being met",
        "brief_blockers_no_target": "{n} document(s) stay as they are, each for its reason, with what would let it go (each below)",
        "brief_blockers_variants": "{n} document(s) keep the target from being met (and {v} variant(s) of them for another kind of applicant, counted once with them)",
        "brief_assumptions": "{n} assumption(s) to check (method and assumptions)",
        "brief_deadlines": "The notice prints a deadline more than one way — to settle with the agency: {items}",
        "brief_deadline_ways": "{doc} ({n} ways)",
        "brief_conflicts": "{n} rule(s) the package's documents print differently, to settle before anyone fills them: {items}",
        "brief_windows": "{count} document(s) whose required recency the package's documents print differently, to settle before anyone prepares them: {items}",
        "window_item": "{subject}{case} — {said}", "window_case": " (its own rule for {case})", "window_days": "{title}: within {days} days",
        "brief_none": "nothing", "legal_review": "What a legal reviewer must confirm",
        "legal_review_intro": "The consolidated form cites these provisions; each citation, and each element the form leaves to the agency, needs a legal reviewer's confirmation.",
        "rises": "The applicant's burden rises: the target is not met",
        "rise_questions": "questions per applicant rise {before} → {after}",
        "rise_minutes": "minutes per applicant rise {before:.0f} → {after:.0f}",
        "documents_fell": "documents fell by the target, but",
        "review_queue": "Links to review", "review_listed": "; the best {n} listed here",
        "review_unasked": "{n} more links join two documents this plan keeps as they are whatever they share (signed by "
                          "another party, prescribed, lists of many filings …): confirming them would change nothing "
                          "here, so they are not asked (formslim match lists them).", "field_a": "Field", "field_b": "May be the same datum as",
        "assumed_by": "the plan already asks these once ({d}, an assumption): if they are two data, add the pair under overrides.never_merge",
        "score": "Score", "why_review": "Why it is not certain", "accept_line": "To accept: add under overrides.same", "reject_line": "to reject: under overrides.never_merge",
        "pair_of_documents": "{a} and {b}: {n} link(s)",
        "look_alikes": "one row for {n} possible links between boxes of the same label: accept only those that are one datum, if any",
        "roster_rows": "{n} rows to fill",
        "list_columns": "one row for the {n} columns two lists share: if the lists hold the same rows (the same projects, "
                        "items or people), accept the columns that are one datum; if not, none",
        "review_how": "Each field's best three questions, best first. Accept a link by adding its line under "
                      "overrides.same in the manifest, reject it by adding the same pair under overrides.never_merge; "
                      "the next run takes the answer into the plan.",
        "more_in_json": "more: `formslim match PACKAGE --format json` lists the whole queue (review_queue)",
        # the summary lines `formslim analyze` prints (cli._summary); filled in as they are, no particle fitting
        "sum_default": "; the {pct}% is formslim's default (MSS's plan: about {mss_before} → {mss_after} documents per support application), --target sets the programme's own",
        "sum_target": "target {pct}% ", "sum_met": "met", "sum_not_met": "NOT met",
        "sum_target_documents": "target at most {n} documents ",
        "sum_default_documents": "; the {n} is formslim's default (MSS's plan: about {mss_before} → {mss_after} documents per support application, an average over programmes), --target sets the programme's own share",
        "sum_no_target": "no target set — --target sets the programme's own",
        "sum_nothing": "does not apply: no document the applicant files here is counted",
        "sum_rises": " (documents fell by the target, but {rises})",
        "sum_rise": "{what} per applicant rise {before} → {after}",
        "sum_rise_questions": "questions", "sum_rise_minutes": "minutes",
        "sum_papers_required": "{before} → {after} documents every applicant submits ({pct}% fewer",
        "sum_papers": "{before} → {after} documents ({pct}% fewer",
        "sum_all_documents": "; all documents, those filed only where they apply included: {before} → {after}",
        "match_groups": "Duplicate groups — one datum asked more than once, in several documents or twice in one ({n})",
        "match_twins": "{n} more groups only join one form's copies (in two formats, or a template and its filled-in example), counted once: not listed here; --format json has them",
        "match_asked": "asked {n}×", "match_asked_copies": "asked {own}× ({n} with the copies)",
        "match_unlisted": "(unlisted datum)", "match_score": "score",
        "match_derivable": "Derivable fields ({n})",
        "match_also_formats": "the same form in another format too: {files}",
        "match_more_inputs": "{n} in all; the JSON lists each",
        "match_registries": "Fields a registry lookup could provide ({fields} fields, {registries} registries)",
        "match_registry": "{registry}: {n} fields, keyed by {keys}",
        "match_online": "The programme notice says the application is made online: `formslim analyze` takes the forms' questions into that application and fetches the records the log-in's identifiers look up — its plan lists them; this listing reads the forms alone.",
        "match_online_login": "The programme notice says the application is made online and verifies the applicant at log-in: `formslim analyze` takes the forms' questions into that application and fetches the records the log-in's identifiers look up — its plan lists them; this listing reads the forms alone.",
        "match_review": "Links to review, best first ({n} questions for a person; the JSON's links hold all {all} review links{twins}). Accept one with overrides.same, reject it with overrides.never_merge in the manifest.",
        "match_review_twins": "{n} of them between two formats of one form, which ask nobody anything",
        "match_more": "{n} more (use --format json)",
        "sum_pending": " (until the agency is approved to use {names}, for those who choose it: {before} → {after})",
        "pending_label": "All documents until the agency is approved to use {names}, for those who choose it (the {document} still filed)",
        "sum_first": "{programme}: {papers}; {target}{verdict}{default}){alldocs}",
                "sum_online_included": ", the online application included",
        "fill_summary": "{filled} filled from the profile, {agency} for the agency to fill from registries, {blank} left to the applicant, {flagged} flagged, {not_applicable} not for this company",
        "fill_filled": "filled", "fill_flagged": "flagged", "fill_not_applicable": "n/a",
        "fill_unused": "not asked by this form (not used): {keys}",
        "sum_notice_second": "as the programme notice counts its submissions ({items}): {before} → {after} ({pct}% fewer), "
                             "documents target {verdict} on this count{floor}",
        "sum_notice_floor": " — its floor is {floor} ({items} stay on any plan): the notice's design, not the plan's shortfall",
        "sum_questions": "questions asked {fields_before} → {fields_after}; minutes per applicant {minutes_before} → "
                         "{minutes_after} (±20%)",
        "sum_questions_approved": "questions asked {fields_before} → {fields_after}; minutes per applicant {minutes_before} → "
                                  "{minutes_after} as the forms' own approved time estimates give them (the change is the "
                                  "model's: {model_before} → {model_after}, ±20%)",
        "sum_required_first": "every applicant (the documents every applicant submits): questions {fields_before} → "
                              "{fields_after}, minutes {minutes_before} → {minutes_after} (±20%); filing every document, "
                              "those filed only where they apply included: questions {all_fields_before} → "
                              "{all_fields_after}, minutes {all_minutes_before} → {all_minutes_after}",
        "sum_report": "report: {path}",
        "sum_after_approval": "executed at closing or contract, once the application is approved or the award made (listed apart, not counted): {n} — ",
    },
    "ko": {
        "report_title": "구비서류 감축 제안서", "summary": "요약",
        "report_title_none": "중복·부담 검토 — 감축안 없음",
        "no_target": "목표 없음 (사업의 감축 목표가 주어지지 않음)", "no_verdict": "판정 없음",
        "not_applicable": "해당 없음: 신청할 때 내는 서류로 세는 것이 없음",
        "brief_nothing_measured": "측정한 것이 없습니다: 이 묶음에는 신청인이 작성해 신청할 때 내는 서류가 없습니다{what}. 아래 수치가 0인 것은 그 때문이며, 서류가 적어서가 아닙니다.",
        "nothing_notices": "공고·안내문으로 읽은 것 {count}건", "nothing_later": "나중 단계에 내는 것 {count}건 (아래)",
        "nothing_other": "다른 당사자의 것 {count}건",
        "brief_suspect": "이 수치를 쓰기 전에 확인할 파일 {count}건: {items}",
        "documents": "제출 서류", "before": "현행", "after": "개선안", "reduction": "감축률",
        "target": "목표", "met": "달성", "not_met": "미달성", "minutes": "분", "hours": "시간",
        "per_applicant": "신청 1건당", "minutes_per_applicant": "신청 1건당 소요 시간(분)",
        "cost_per_applicant": "신청 1건당 비용", "per_year": "연간",
        "cost": "비용", "saved": "절감",
        "on_required_basis": "모든 신청인이 내는 서류 기준",
        "if_all_filed": "해당하는 경우에만 내는 서류까지 모두 낼 때: {b} → {a}",
        "fields_asked": "기재 항목 수", "unique_data": "고유 정보 항목 수",
        "inventory": "서류 목록", "file": "파일", "kind": "종류", "title": "제목", "fields": "항목",
        "decision": "결정", "rule": "규칙", "reason": "사유", "evidence": "근거 자료", "legal": "법적 근거",
        "protocol": "질문 목록", "datum": "정보 항목", "why": "요구 목적", "asked_now": "현재 요구 서류",
        "proposed": "개선 후 확보 방법", "matrix": "중복·도출 가능 항목 매트릭스",
        "matrix_empty": "두 서류 이상에서 묻거나 계산·공동이용으로 확보하는 정보가 없어 표시할 항목이 없습니다.",
        "exhibits": "서식이 첨부하게 하는 서류 (위 수치에 넣지 않음)",
        "exhibits_how": "서식이 함께 내게 하는 첨부 서류입니다. 각 서류가 신청인에게 드는 시간이 인쇄되어 있지 않아 위의 서류·질문·시간에는 넣지 않았으며, 이 서류들이 요구하는 서식 가운데 서류 묶음에 없는 것과, 어느 첨부 서류에도 이름이 없는 묶음 속 서류를 밝힙니다.",
        "exhibit_number": "번호", "exhibit_text": "내용", "exhibit_when": "제출 조건", "exhibit_forms": "요구하는 서식",
        "exhibit_always": "항상", "exhibit_form_in": "{form}: 묶음에 있음", "exhibit_form_missing": "{form}: 묶음에 없음",
        "brief_exhibits": "{title}: 함께 내는 첨부 서류 {count}건 (일부 경우에만 {conditional}건) — 이 수치에 넣지 않음",
        "brief_exhibits_missing": "; 요구하나 묶음에 없는 서식: {forms}",
        "brief_exhibits_unnamed": "; 어느 첨부 서류에도 이름이 없는 묶음 속 서류: {docs}",
        "duties": "공고문·규격서가 요구하는 제출 서류 (묶음에 서식이 없는 서류는 위 수치에 넣지 않음)",
        "duties_notice": "공고문이 요구하는 제출 서류 (묶음에 서식이 없는 서류는 위 수치에 넣지 않음)",
        "duties_how": "묶음 속 공고문이나 규격서(구매요구서)가 제출하라고 하는 서류를 문장(\"…를 제출하여야 한다\")과 제출서류 목록에서 읽어, 적힌 단계별로 보입니다. 각 서류에 드는 시간이 적혀 있지 않고 대부분 한 단계를 통과한 사람만 내므로 위의 서류·질문·시간에는 넣지 않았으며(묶음에 서식이 있는 서류는 그 서식으로 셈), 언제·누구에게 내는지, 묶음에 서식이 있는지, 다른 서류로 대신한다고 적혀 있는지, 두 번 요구되는지를 밝힙니다.",
        "duty_stage": "단계", "duty_document": "서류", "duty_when": "제출 시기 (원문)", "duty_to": "제출처",
        "duty_where": "근거 조항", "duty_note": "비고",
        "duty_stage_application": "신청 시", "duty_stage_bid": "입찰 시",
        "duty_stage_screening": "적격심사", "duty_stage_selection": "선정 후",
        "duty_stage_contract": "계약 체결 시", "duty_stage_performance": "계약 이행 중",
        "duty_stage_delivery": "납품·검수 시", "duty_stage_request": "요청 시",
        "duty_stage_": "단계 미기재",
        "duty_in_package": "서식이 묶음에 있음 ({title})", "duty_instead": "원문: {by}(으)로 대신함",
        "published_contacts": "{title}에 개인 휴대전화번호 {n}건이 적혀 공고와 함께 모든 응찰자·신청자에게 배포됨: {what} ({law})",
        "duty_repeated": "{where}에서도 요구", "duty_differs": "{where}에서는 '{document}'(으)로 달리 요구 — 둘 중 어느 쪽인지 기관이 정할 일(한쪽이 인정하는 것을 다른 쪽은 인정하지 않을 수 있음)", "duty_registry": "공동이용 대상: {registry}",
        "duty_case": "해당 시: {case}",
        "brief_duties": "공고문·규격서가 요구하는 제출 서류 {count}건 — {stages}; 묶음에 서식이 없는 서류는 수치에 넣지 않음",
        "brief_duties_notice": "공고문이 요구하는 제출 서류 {count}건 — {stages}; 묶음에 서식이 없는 서류는 수치에 넣지 않음",
        "brief_duties_instead": "{count}건은 입찰서로 대신", "brief_duties_in_package": "{count}건은 묶음 속 서식으로 셈",
        "brief_duties_repeated": "두 번 요구: {items}",
        "brief_duties_differ": "두 곳에서 달리 요구(정리 필요): {items}",
        "overlaps": "그대로 두는 서류 사이의 중복",
        "overlaps_how": "신청인이 작성하고 이 계획이 그대로 두는 서류 두 개씩, 작은 서류의 질문 가운데 다른 서류도 묻는 것 — 확실히 연결된 것과 확인이 필요한 것(formslim match가 근거와 함께 보여 줌). 결정이 아닌 발견 사항이며, 한 번만 묻게 하려면 두 서식을 함께 고쳐야 합니다(각각 그대로 두는 까닭은 해당 결정 참조).",
        "overlap_line": "{small}의 질문 {questions}개 중 {shared}개를 {big}{pages}에서 다시 묻습니다 (확실히 연결 {certain}개, 확인 필요 {review}개)",
        "overlap_pages": " {pages}쪽", "overlap_page": " {pages}쪽", "queue_page": " · {pages}쪽",
        "overlap_pair": "서류", "overlap_items": "양쪽에서 묻는 것", "overlap_adds": "작은 서류에만 있는 것",
        "overlap_to_check": "확인 필요", "overlap_more": "… 외 {count}개",
        "brief_overlap": "그대로 두는 서류 사이의 가장 큰 중복: {line} — 서식은 그대로 두고도 답을 한 번 적어 서명 전에 다른 서식에 미리 채울 수 있음(옮겨 채우기 변형); 서식의 질문 자체를 바꾸는 것은 그 서식을 정한 기관의 일",
        "replaceable": "행정정보 공동이용으로 대체 가능한 서류", "issuer": "발급기관", "channel": "확인 경로", "consent": "동의",
        "proposed_package": "제안하는 제출 서류", "burden": "행정부담 비교",
        "printed_estimates": "서식에 적힌 소요시간 (교차 확인)",
        "printed_estimates_how": "작성 소요시간을 스스로 밝힌 서식(미국 서류감축법(Paperwork Reduction Act) 고지)과 같은 "
                                 "서식에 대한 이 모형의 추정을 나란히 보입니다. 위의 수치는 모형의 추정입니다.",
        "document": "서류", "model_minutes": "이 모형 (분)", "form_says": "서식의 표기 (분)", "printed_words": "서식의 문구",
        "activity": "활동", "problems_heading": "읽지 못한 파일", "method": "방법과 가정", "decisions": "모든 결정과 근거",
        "blockers": "목표 달성을 막는 서류", "unblock": "해결 방안",
        "blockers_no_target": "남는 서류와 줄일 수 있는 방안",
        "overrides": "설정 파일(formslim.yaml)로 적용한 사용자 지정", "none": "없음", "yes": "예", "no": "아니오",
        "ask": "신청인 기재", "ask_filer": "제출자({who}) 기재", "validated_against": "자동 대조:", "own_document_questions": "{title}: 다른 서류가 묻지 않는 항목 {n}개", "why_own_document": "그 사람이 직접 내는 서류", "other_party_questions": "{title}: 다른 당사자가 작성하는 항목 {count}개", "other_party_questions_of": "{title}: {who}이(가) 작성하는 항목 {count}개", "why_other_party": "서식 가운데 다른 당사자가 작성하는 부분 (신청인에게 묻지 않음)", "question_reworded": "대체되는 서식의 문항 번호로 다음 문항을 안내하는 인쇄 문구를 다른 말로 바꿈 (\"{printed}\" → \"{now}\"): 신청인이 답을 확인·서명하는 문항이므로 문구를 확인", "burden_statement": "{title}: 그대로 옮긴 문구가 대체되는 서식의 소요 시간 추정(\"{text}\")을 담고 있음: 통합 신청서에 맞게 기관이 다시 적어야 함", "signed_by": "다른 사람이 서명 ({who})", "signed_by_also_main": "다른 사람({who})이 서명하지만, 그 사람이 주 신청서에도 서명하고 이 서식이 묻는 것의 대부분을 그곳에서 이미 답함", "ask_own_signer": "{who}이(가) 자기 서류에 기재", "added_question": "새로 묻는 항목: {who}이(가) 자기 서류에 기재 (사본 대신 하는 확인에 필요)", "why_added_check": "사본 대신 하는 확인", "prefill": "자동 확인 후 표시:", "derived": "자동 계산", "registry": "공동이용으로 확인:",
        "derived_from": "{inputs}에서", "derived_total": "세부 항목의 합계", "derived_form": "서식에 적힌 계산식으로",
        "removed": "요구하지 않음", "checkbox": "동의 체크박스", "inform": "안내만(동의 불필요)", "drop_duplicate": "다른 곳에서 한 번만 기재", "drop_duplicate_within": "이 서류 끝에서 한 번만 기재 (서명란을 하나로 줄임)", "drop_duplicate_within_by": "{who}이(가) 자기 서류 끝에서 한 번만 기재 (서명란을 하나로 줄임)",
        "drop_derived": "자동 계산", "other_party": "다른 당사자가 작성", "form_fills": "서식이 자동 기재", "validate": "자동 검증", "consolidated_form": "통합 신청서", "online_changes": "온라인 신청서에 추가·변경할 항목", "no_consolidated": "— 통합 신청서 없음: 그대로 두는 서식의 변경 사항",
        "tariff_line": "시간당 비용 {tariff} {currency}; 범위 ±{range}%", "knowledge_files": "지식 파일",
        "counted_once": "한 번만 셈 (같은 서식의 다른 파일 형식)",
        "becomes_form": "통합 신청서가 됨",
        "variant_counted": "{decision} (다른 유형의 신청인용 서식: 신청인은 하나만 내므로 한 번만 셈)",
        "variants_one": "{names} (신청인 유형에 따라 하나: 한 번만 셈)", "or": " 또는 ",
        "variants_one_of": "{names} ({kinds} 중 해당하는 하나: 한 번만 셈)",
        "ask_once": "한 번만 묻기", "keep": "유지", "merge": "통합 신청서에 통합", "replace_by_registry": "행정정보 공동이용으로 대체",
        "remove": "폐지", "excluded": "집계 제외", "legend_asked": "기재", "legend_registry": "공동이용",
        "legend_derived": "자동 계산", "why_org": "신청 기업 식별", "why_person": "관련인 식별",
        "why_person_data": "관련인에 관한 정보 (이용 목적: 기관이 기재)", "why_org_data": "신청 기업에 관한 정보 (이용 목적: 기관이 기재)",
        "why_listed": "목록의 각 항목(한 줄에 하나)에 관한 정보 (이용 목적: 기관이 기재)",
        "why_scored": "사업이 평가하는 내용 (평가를 위해 유지하는 서류)",
        "why_application": "신청 내용", "why_consent": "법정 동의", "why_other": "사업이 묻는 정보 (이용 목적: 기관이 기재)", "why_computed": "다른 답에서 계산되는 값", "why_enters": "'{line}'의 계산에 들어가는 값",
        "why_party": "다른 당사자({who}) 식별",
        "attachments_needed": "여전히 필요한 첨부서류", "declaration": "서약",
        "consents": "동의", "sign": "서명", "date": "작성일", "act_familiarisation": "의무 파악(안내 읽기)", "act_obtaining": "정보·서류 확보", "act_filling": "서식 작성", "act_calculations": "계산", "act_checking": "검토·확인", "act_corrections": "수정", "act_preparing": "자료 준비", "act_transmission": "제출", "consent_needed": "동의가 필요한지 (인쇄된 안내가 동의 없이 처리할 수 있는 근거를 인용함)", "no_consent_needed": "법령상 동의가 필요 없는 안내", "agree": "동의함", "disagree": "동의하지 않음",
        "prefilled_note": "{registry}에서 자동 확인된 값입니다. 다르면 고쳐 주십시오.",
        "prefilled_if_consent": " (아래 행정정보 공동이용에 동의한 경우; 동의하지 않으면 직접 기재하십시오)",
        "registry_key_note": "서류 제출 대신 기관이 {registry}으로(로) 직접 확인하는 데 필요합니다.",
        "id_choice": "진위확인할 신분증 (택 1)",
        "one_of": "다음 중 하나: {titles}",
        "if_refused": "행정정보 공동이용에 동의하지 않는 경우",
        "if_they_refuse": "{who}이(가) 행정정보 공동이용에 동의하지 않는 경우",
        "form_own_items": "어느 서류도 묻지 않았으나 통합 신청서가 새로 묻는 항목 (조회에 필요한 번호, 확인 방법 선택, 계획이 더하는 항목)",
        "signs_if_role": "해당하는 사람이 있는 경우",
        "if_login_differs": "실명인증한 사람이 사업자등록증명의 대표자와 다른 경우",
        "id_choice_note": "사본 제출 대신 기관이 선택한 신분증의 진위를 직접 확인하며, 그 신분증의 정보만 적습니다.",
        "if_chosen": "{what} 선택 시",
        "either": " 또는 ",
        "form_intro": "모든 항목은 한 번만 기재합니다. '자동 확인' 항목은 동의를 받아 기관이 직접 확인합니다.",
        "form_intro_plain": "모든 항목은 한 번만 기재합니다.",
        "form_one_per": " 공동 신청인마다 한 부씩 작성합니다({title}의 문구: “{printed}”).",
        "form_each_person": " 이 서식이 대신하는 서식은 각각 {who} 한 사람에 관한 것이므로 {who}마다 한 부씩 작성합니다.",
        "form_fill_notes": "「{title}」에 인쇄된 작성 안내 (그대로 옮김):",
        "form_none": "통합 신청서 없음: 합치거나 기관이 직접 확인하거나 없애는 서류가 없어 서류를 그대로 둡니다.",
        "form_none_amended": "통합 신청서 없음: 주 서식으로 옮겨 오는 서류가 없어 서류마다 그대로 둡니다. 바뀌는 것은 서식 안입니다: 서식이 계산하는 값은 서식이 채우고(작성 가능한 서식이나 전자 신고가 하는 일), 부속 서식이 주 서식의 답을 되풀이하는 칸은 그 답으로 채웁니다 — 해당 칸은 모두 결정 목록에 근거와 함께 있습니다.",
        "agency_record": "{title} (확인하는 담당 공무원이 작성·서명)",
        "becomes_consolidated": "통합 신청서가 됨 (아래)",
        "received_kept": "다른 당사자가 신청인에게 주어 신청인이 보관: 기관에 내지 않으며 세지 않음",
        "filed_elsewhere_kept": "{agency}에 내는 서식: 패키지의 어느 서식도 사본을 요구하지 않아 이 기관에는 내지 않으며 세지 않음",
        "after_approval_kept": "신청이 승인되거나 낙찰된 뒤 약정·계약 단계에서 작성: 다음 단계의 서류라 세지 않음",
        "per_person_card": "한 사람 기준으로 셈: 한 사람이 늘 때마다 약 {before} → {after}분이 더해짐 (사람마다 내는 서류: {titles})",
        "after_approval_card": "이 밖에 신청이 승인되거나 낙찰된 뒤 약정·계약 단계에서 작성하는 서류 {n}건 (제안 패키지에 따로 적음, 세지 않음)",
        "after_approval_label": "승인·낙찰 뒤 약정·계약 단계에서 작성하는 서류 (따로 적고 세지 않음)",
        "brief_excluded_label": "집계에서 뺀 파일: 신청인이 작성하거나 제출하지 않음 (까닭은 서류 목록에)",
        "brief_prefill_if_key_label": "서식이 '해당 시' 묻는 번호를 적은 신청인에게만 미리 채우는 답",
        "brief_prefill_if_key_value": "'{datum}' 항목을 적으면 {n}개를 덜 적음 (위 숫자는 이 답들을 묻는 것으로 셈)",
        "after_approval": "이 패키지의 서류 {n}건은 신청이 승인되거나 낙찰된 뒤 약정·계약 단계에서 작성합니다 (따로 적으며 위 수치에 들지 않음): {items}",
        "brief_after_approval": "승인·낙찰 뒤 약정·계약 단계에서 그대로 작성 (신청 서류로 세지 않음): {title}",
        "brief_pledges_one": "위의 약정·계약 단계 확약·서약 {n}건은 모두 같은 사람({who})이 서명함 — 각 문구를 그대로 담은 한 장의 확약서로 합쳐 한 번 서명하게 할 수 있음; 그 변경은 이를 정한 규정({owners})의 소관 기관이 할 일 (신청 서류로 세지 않음)",
        "pledges_owner": "그 서식",
        "agency_assigned": "기관이 부여하는 값: 기관이 채울 수 있음",
        "brief_after_approval_when": "승인·낙찰 뒤 약정·계약 단계에서 그대로 작성 (신청 서류로 세지 않음, {when}에만 제출): {title}",
        "inventory_after_approval": "신청이 승인되거나 낙찰된 뒤 약정·계약 단계에서 작성하는 서류 {n}건({items})은 신청의 합계에 더하지 않습니다.",
        "notice_requests_label": "공고문이 패키지 밖에서 요구하는 서류 (서식 없음, 수치에 넣지 않음)",
        "submissions_notice": "공고문이 요구하는 제출 서류", "submissions_label": "공고문·규격서가 요구하는 제출 서류",
        "brief_submissions_outside": "묶음에 서식이 없는 {n}건은 수치에 넣지 않음",
        "duty_not_counted": "묶음에 서식 없음: 수치에 넣지 않음",
        "request_fetchable": "기관이 직접 확인할 수 있음: {name}, {issuer} — {channel}; 제출받지 않도록 제안",
        "requests_fetchable": "그중 {n}건은 기관이 직접 확인할 수 있음: {names}",
        "notice_requests": "공고문이 이 패키지에 서식이 없는 서류도 요구함 (위 수치에 들지 않음): {items}",
        "notice_count": "공고문의 제출서류 표로 세면: {before} → {after}건 (감축 {pct}%, 서류 목표 {met}) — {items}. 위 수치는 신청인이 내는 서류를 종류별로 한 건씩 셉니다(한 번에 올리는 파일 안의 서류도 각각; 제출목록의 한 항목은 여러 증빙을 함께 받아도(예: '… 각 1부') 한 건).",
        "notice_count_label": "공고문 기준 제출 건수",
        "stage_screening": "서류평가 통과 후", "stage_selection": "최종 선정 후", "stage_case": "해당하는 경우",
        "within_range": "차이가 추정 오차(±{range}%) 안: 측정된 변화로 볼 수 없음", "no_change": "변화 없음",
        "notice_floor": "이 셈으로는 어떤 감축안도 목표에 이를 수 없음: 무엇을 직접 확인하거나 없애도 {items}은(는) 남으므로 {before} → {floor}건(감축 {pct}%)이 하한입니다 — 감축안이 모자란 것이 아니라 공고문의 제출 구성 때문입니다.",
        "online_counted": "온라인 사업신청서를 전후 모두 서류 한 건으로 셈",
        "online_included": "온라인 사업신청서 포함", "notice_floor_short": "하한 {floor}건: {items}은(는) 어떤 감축안에서도 남음",
        "per_paper_count": "신청인이 준비하는 서류를 한 건씩 세면", "target_default": "formslim 기본값",
        "per_paper_target_met": "이 셈으로는 서류 목표 달성", "per_paper_target_not_met": "이 셈으로는 서류 목표 미달성",
        "bases_split": "{missed}: 미달성; {met}: 달성",
        "count_required_short": "모든 신청인이 내는 서류", "count_all_short": "모든 서류",
        "count_notice_short": "공고문의 제출서류 표",
        "count_required": "모든 신청인이 내는 서류({before} → {after}건, {pct}%)",
        "count_figures": "{name} {before} → {after}건",
        "count_all": "해당하는 경우에만 내는 서류까지 모든 서류({before} → {after}건, {pct}%)",
        "count_notice": "공고문의 제출서류 표({before} → {after}건, {pct}%)",
        "target_default_terms": "formslim 기본값: 중소벤처기업부 계획, 지원사업 신청 1건당 서류 약 {before} → {after}건, 여러 사업의 평균",
        "target_documents": "목표 신청 1건당 서류 {n}건 이하",
        "sum_within_before_short": "이하(감축 전부터)",
        "within_before": "감축 전부터 목표 이하", "sum_within_before": "감축 전부터 목표 이하(이번 안이 이룬 것 아님)",
        "bases_part_met": "{counts}: 달성", "bases_part_already": "{counts}: 감축 전부터 목표 이하",
        "bases_part_missed": "{counts}: 미달성",
        "notice_item_online": "전후 모두 온라인 입력", "notice_item_kept": "계속 제출",
        "notice_item_gone": "더 이상 필요 없음", "notice_item_conditional": "해당하는 경우에만 제출 (모든 신청인은 아님)", "notice_outside": "이 패키지의 서류 {n}건은 공고문의 어느 제출서류에도 해당하지 않습니다.",
        "brief_received": "받아 보관하는 서류 (기관에 내지 않음, 세지 않음): {title}",
        "brief_filed_elsewhere": "{agency}에 내는 서식 (사본 요구 없음, 세지 않음): {title}",
        "inventory_received": "다른 당사자가 신청인에게 주어 신청인이 보관하는 서류 {n}건(기관에 내지 않음)은 합계에 더하지 않습니다.",
        "inventory_filed_elsewhere": "다른 기관에 내는 서식으로 패키지의 어느 서식도 사본을 요구하지 않는 {n}건은 합계에 더하지 않습니다.",
        "inventory_missing_form": "서식이 함께 내도록 정한 서식 {n}건이 이 패키지에 없어 그 질문 수를 셀 수 없습니다.",
        "amendment_title": "보완할 서류: {title}",
        "amendment_notes": "기관 작성 안내 (서식에 인쇄하지 않음):",
        "law_pending": " [법률 검토 후 확정]",
        "amendment_intro": "{signer}이(가) 서명하는 이 서류에 기관이 아래 동의와 항목을 더합니다:",
        "mixed_editions": "이 묶음의 서식들이 서로 다른 근거 규정 또는 다른 해의 판을 출처로 적고 있다: {parts} — 각 서식이 이 사업에 현재 적용되는 판인지, 옛 판의 서식이 현행 규정에서 더는 묻지 않는 것을 묻지 않는지 확인",
        "kept_restricted": "그대로 유지하는 서류 중 {data}을(를) 묻는 서류: {titles} — {rule}: 각 서류가 그 조항이 허용하는 근거로 처리하는지 확인",
        "instead_label": "{datum} ({instead} 대신)",
        "asked_instead": "{was}: 이를 묻는 서식이 처리를 허용하는 법령을 적지 않아 통합 신청서는 대신 {datum} 항목을 물음({source}) — 이 사업에 처리를 요구하거나 허용하는 법령이 있으면 원래대로 물음({rule})",
        "prefill_if_key": "— '{datum}'을(를) 적은 경우에만, 아니면 직접 적습니다",
        "form_intro_public": "모든 항목은 한 번만 기재합니다. '자동 확인' 항목은 기관이 공개된 등록 정보에서 가져온 값이니 확인·수정하십시오.",
        "brief_removed": "더 받지 않는 서류: {names}",
        "brief_amended": "보완해 유지: {title} — 서명하는 사람이 동의할 신분증 진위확인과 그에 필요한 정보를 더함",
        "brief_and_signed_once": "; 작성일·성명·서명란 {n}개를 하나로",
        "brief_signed_once": "서명 한 번으로 유지: {title} — 작성일·성명·서명란 {n}개를 하나로, 동의는 항목마다 따로 표시",
        "amendment_signed_once": "이 서류의 작성일·성명·서명란 {n}개를 서류 끝 하나로 줄입니다. 동의·요구·서약은 항목마다 따로 표시하는 란으로 그대로 둡니다.",
        "amendment_informs": "{parts} 칸은 법령상 동의가 필요 없는 처리(업무위탁, 또는 자기 안내문이 법령에 따라 동의 없이 수집한다고 적은 정보)에 동의를 묻습니다: 안내문은 안내로 남기고 체크 칸은 없앱니다.",
        "signed_once_review": "{title}: 동의·요구·서약 {n}건에 서명 한 번 (개인정보 보호법 제22조는 동의를 구분해 받으라는 것이지 따로 서명하라는 것은 아님) — 공공 마이데이터 제공요구(전자정부법 제43조의2)를 포함해 각각을 덮는지 확인",
        "declare": "다음 서약 내용을 읽고 이에 동의합니다: {title}",
        "share_consent": "본인은 이 건 업무처리와 관련하여 이용기관의 담당 직원이 「전자정부법」 제36조제1항에 따른 행정정보의 공동이용을 통하여 다음 서류를 확인하는 것에 동의합니다: {names}",
        "share_extend": "이 서류에 인쇄된 행정정보 공동이용 사전 동의의 [공동이용 행정정보(구비서류)] 목록에 더합니다: {add}{already} (행정정보 공동이용은 인쇄된 동의 하나로 받으며, 그 동의란을 따로 두지 않습니다)",
        "own_consent": "고유식별정보({items}) 수집·이용 동의 (이 서류의 다른 동의와 별도)",
        "own_consent_refusal": "거부하는 경우에는 이 확인 대신 원래의 서류(사본)를 제출합니다.",
        "law_only_item": "{datum}: 동의로는 처리할 수 없는 정보입니다({rule}). ",
        "law_only_printed": "이 서류가 인쇄한 {laws}이(가) 이 확인을 위한 처리를 허용하는 경우에만 묻습니다(법률 검토에서 확인)",
        "law_only_none": "이 서류는 그 처리를 허용하는 법령을 인쇄하지 않았습니다: 그런 법령이 확인되기 전에는 묻지 않습니다",
        "law_only_choice": " — 허용하지 않으면 선택지에서 {choice}을(를) 뺍니다.",
        "own_consent_review": "{title}: {items}은(는) 서류가 인쇄한 법령 근거가 없어 정보주체의 동의를 이 서류의 다른 동의와 따로 받도록 동의란을 더함(개인정보 보호법 제24조 제1항 제1호) — 보유 기간을 기관이 채우고 문안을 확인",
        "share_already": "{name}: 이미 적혀 있음('{printed}')",
        "prefill_purpose": "이용기관의 업무처리 담당자가 행정정보 공동이용으로 아래 정보를 확인하여 이 신청서의 답을 미리 채우고, 신청인은 이를 "
                           "확인·수정",
        "prefill_refusal": "귀하는 동의를 거부할 권리가 있으며, 동의하지 않는 경우 해당 항목을 신청인이 직접 적습니다.",
        "as_printed_in": "(「{title}」에 인쇄된 대로)",
        "pledge_carried_basis": "「{title}」에 인쇄된 서약 (그대로 옮김)",
        "withheld_wording": "[법률 검토 뒤 기관이 정할 문구]",
        "consent_basis_to_confirm": "{doc}: ‘{box}’ 동의란은 동의로 남김 — 안내문은 {items}을(를) {law}에 따라 동의 없이 수집한다고 하지만, 그 조항이 각 항목을 정하는지 확인한 뒤에만 안내로 바꿀 수 있음(정하지 않은 항목은 따로 동의를 받아야 함: 개인정보 보호법 제24조 제1항 제1호)",
        "pledge_short": "「{title}」의 서약",
        "withheld_basis": "법률 검토 사항인 문구 {n}곳은 옮기지 않음: 기관이 문구를 정함",
        "reworded_basis": "법률 검토 사항인 문구 {n}곳은 동의가 아니라 법령·협약에 따른 결과를 확인하는 문장으로 고쳐 옮김 (원문과 고친 문구는 법률 검토 사항에 있음)",
        "pledge_finding_reworded": "통합 신청서로 옮기는 서약(「{title}」에서)의 ‘{said}’ — 통합 신청서에는 ‘{proposed}’(으)로 고쳐 옮김 (법률 검토에서 확정): {what}",
        "pledge_finding_withheld": "통합 신청서로 옮기는 서약(「{title}」에서)의 ‘{said}’ — 통합 신청서에는 옮기지 않고 기관이 고칠 문구로 둠: {what}",
        "entrustment_own_business": "{doc}: 「{title}」이(가) 수탁자 자신의 업무를 위탁 업무로 적음(‘{line}’) — 보증·융자 등은 받는 기관 자신의 업무이므로 제3자 제공(개인정보 보호법 제17조)으로 동의가 필요하고 업무위탁(제26조)으로 볼 수 없음: 동의란을 그대로 두고, 위탁과 제3자 제공을 나눠 적을 것",
        "refusal_finding": "{doc}: 인쇄된 동의 「{title}」은(는) 거부하면 ‘{said}’이라고 적음 — {what} ({basis})",
        "share_printed_already": "통합 신청서가 받는 {names} 행정정보 공동이용 동의는 이미 「{title}」의 행정정보 공동이용 사전 동의 목록에 인쇄되어 있음: 신청인이 같은 동의를 이미 하는지(예: 온라인 신청의 약관 동의) 확인 — 이미 한다면 동의란을 새로 두지 않고 서류 제출 요구만 없앰 (민원 처리에 관한 법률 제10조 제3항)",
        "basis_without_consent": "{doc}: 인쇄된 동의 「{title}」은(는) ‘{said}’라고 적음 — 동의 없이 처리할 수 있는 근거를 들면서 동의를 받음: 동의가 필요한지, 동의 없이 처리하는 정보를 동의받는 정보와 구분해 알리는지 확인 (개인정보 보호법 제22조 제3항)",
        "notice_finding": "{doc}: 인쇄된 동의 「{title}」의 [{heading}]에 ‘{said}’ — {what} ({basis})",
        "mydata_already": "{title}: 이 서류에 인쇄된 「{request}」가 이미 {records}을(를) 기관에 보내도록 요구함 (전자정부법 제43조의2) — {names}의 행정정보 공동이용 승인을 기다리는 대신 지금 그 정보로 확인할 수 있는지 검토",
        "kept_pledge_finding": "{title}(그대로 유지)은(는) 서명하는 사람에게 ‘{said}’라고 서약하게 함 — {what}",
        "provision_unprinted": "{title}: 동의란은 ‘{box}’(제3자 제공)라고 묻지만 안내문은 제공받는 자를 적지 않고 수집·이용 목적과 항목만 적음{public} (개인정보 보호법 제17조 제2항) — 제공하거나 공개하는지 확인해, 제공받는 자·목적·항목·기간을 적고 따로 동의받거나, 동의란을 수집·이용 동의로 고칠 것",
        "provision_public": "; 목적 가운데 공개에 해당하는 것이 있음({words})",
        "pledge_finding": "통합 신청서가 옮겨 적은 서약(「{title}」에서)의 ‘{said}’: {what}",
        "declaration_carried": "서명란 위의 확인 문구는 「{title}」에 인쇄된 서약을 옮긴 것입니다(법률 검토 사항인 문구 말고는 그대로; 통합되는 서식에는 확인 문구가 없음): 그 서류는 {signers}이(가) 서명하는 서류라 신청인에게는 새로 생기는 서약이므로 통합 신청서가 더하는 항목으로 셈 — 신청인이 신청서에서 같은 서약을 하도록 할지 확인",
        "initials_for": "바로 위 답을 확인하는 서명 (원래 서식의 {q}번 질문; 자필 또는 전자서명)",
        "statements_printed": "「{title}」 {pages}쪽에 인쇄된 고지·확인 문구 (그대로 옮김):",
        "online_signature": "제출: 신청인(대표자 본인)이 본인 인증한 계정으로 온라인 신청서를 작성해 제출합니다. 그 제출이 이 신청서의 서명이고 접수 일시가 작성일입니다(성명·서명·날짜를 따로 적지 않음).",
        "declaration_current": "서명란 위의 확인 문구는 「{title}」{edition}에서 그대로 옮긴 그 판의 문구: 지금 효력이 있는 문구인지 확인 (이후 규정·공고로 신청인이 확인하는 내용이 바뀌었을 수 있음)",
        "declaration_proposed": "서명란 위의 확인 문구는 formslim이 제안한 문구입니다: 패키지의 어느 서식도 확인 문구를 인쇄하지 않음 — 문구는 기관이 정함(근거 법령은 인용한 대로)",
        "statements_basis": "「{title}」에 인쇄된 고지·확인 문구 (바꾸지 않고 옮김)",
        "consequence_basis": "「{title}」에 인쇄된 허위 기재 시 불이익 (바꾸지 않고 옮김)",
        "declaration_proposed_consequence": "서명란 위의 확인 문구는 formslim이 제안한 문구입니다: 패키지의 어느 서식도 확인 문구를 인쇄하지 않음. 「{titles}」에 인쇄된 허위 기재 시 불이익은 그 위에 그대로 옮김 — 문구는 기관이 정함(근거 법령은 인용한 대로)",
        "carried_in_form": "(전문은 통합 신청서에 그대로 실림)",
        "printed_use": "(이용사무: {use})",
        "generated": "formslim {version}이 작성함", "program": "사업명", "folder": "폴더",
        "each_owner": " (소유자별)", "when_filed": "{title} 제출 시", "when_variant": "{word}인 경우", "signer_name": "{who} 성명", "signer_sign": "{who} 서명", "signer_date": "{who} 작성일",
        "each_signer": "{who}(각자 서명, 최대 {n}명)",
        "each_person_doc": " (해당하는 사람마다 1부)",
        "each_person_signs": "서명해야 하는 각 개인(최대 {n}명)",
        "agency_completes": "[기관이 기재]", "reviewer_finding": "검토 결과: [ ]",
        "printed_basis": "서식에 인쇄된 근거: {laws} — 이 용도에 해당하는지 확인",
        "printed_basis_other": "이 항목의 근거는 서식에 인쇄되어 있지 않음: 서식이 인쇄한 {laws}은(는) 다른 항목의 근거",
        "bundled_consent": "{title}: 개인정보 처리 동의와 같은 서명으로 '{quote}'까지 받는다 — {law}: 각 사항을 따로 동의받는지 확인하거나 따로 받기",
        "consent_items": "{title}: 이 묶음의 서식이 서명하는 사람의 {data}을(를) 묻지만 동의서가 적은 수집 항목에는 없다 — {law} ({items}): 항목에 더하거나, 묻지 않거나, 다른 처리 근거를 확인",
        "consent_scope": "{title}: 동의서가 목적·항목에 '{words}'을(를) 적었으나 인쇄한 근거는 {cited}뿐이다 — {rule}: 그 조항이 허용하는 근거로 처리하는지 확인",
        "consent_scope_none": "{title}: 동의서가 목적·항목에 '{words}'을(를) 적었으나 근거 법령을 인쇄하지 않았다 — {rule}: 동의만으로는 근거가 되지 않을 수 있으니 그 조항이 허용하는 근거로 처리하는지 확인",
        "sanction_candidate": "이 패키지의 법정 서식을 정한 {acts}이(가) 거짓 제출에 대한 제재 조항의 첫 후보 (공고문이 밝힌 법령 없음)",
        "consolidated_short": "통합",
        "registry_prefill_basis": "{registry}(으)로 {count}개 항목({items})을 미리 채움: 이 기관이 이 업무에 조회할 수 있는지 확인 ({channel}; {source}) — 정보주체의 동의 없이 열람할 수 있는 기록이라 동의 항목이 이를 대신하지 않음",
        "others_records": "{registry}: 다른 사람({who})에 관한 정보도 담겨 있음 — 신청인(대표자)의 동의는 그 사람들의 동의가 아니므로(전자정부법 제42조: 정보주체의 사전 동의) 조회를 허용하는 법령을 밝히거나, 기업에 필요한 정보(가입자 수)만 확인",
        "subjects_employees": "근로자",
        "others_asked": "통합 신청서가 신청인이 아닌 사람의 정보를 묻는다({who}: {data}): 신청인의 동의는 그 사람의 동의가 아니므로, 수집 근거(개인정보 보호법 제15조)와 그 사람이 요구할 때 수집 출처를 알리는 방법(제20조)을 확인하거나, 그 사람이 자기 정보에 직접 동의하고 서명하게 함",
        "others_listed": "명단이 다른 사람의 정보를 묻는다({who}: {data}): 신청인의 동의는 그 사람들의 동의가 아니므로, 수집 근거(개인정보 보호법 제15조)와 그 사람들이 요구할 때 수집 출처를 알리는 방법(제20조)을 확인",
        "third_party_unprinted": "{title}: 제목은 제3자 제공 동의를 말하지만 제공받는 자·제공 목적·항목·보유 기간을 알리는 고지도, 따로 받는 동의도 인쇄되어 있지 않음(개인정보 보호법 제17조제2항) — 통합 서식은 수집·이용 동의만 받으므로, 실제로 제공한다면 그 고지와 별도 동의를 더하고, 아니면 제목에서 그 말을 뺀다",
        "refusal_threat": "행정정보 공동이용 동의서에 인쇄된 거부 시 결과: '{printed}' — 동의하지 않으면 서류를 직접 내면 되므로('{instead}') 두 문구를 맞춰야 함",
        "brief_documents_required": "모든 신청인이 내는 서류", "brief_documents_conditional": "해당하는 경우에만 내는 서류",
        "count_pending": "조건부: {names} 이용 승인 전까지 그 확인을 고르는 사람은 {document}을(를) 계속 제출 — {before} → {after}",
        "basis_required": "모든 신청인: {rb} → {ra}; 해당하는 경우에만: {cb} → {ca} (감축률은 모든 신청인이 내는 서류 기준)",
        "basis_only_main": "; 모든 신청인이 내는 서류는 주된 신청서 {n}건뿐이라 목표 달성을 막는 유지 서류는 없고, 해당하는 경우에만 내는 서류를 줄여도 감축률은 바뀌지 않는다",
        "kept_form_changed": "{title}은(는) 따로 내는 서류로 남지만, 이 계획은 그 항목 {n}개({lines})를 옮겨 채우거나 없앤다: 그 서식을 바꾸는 것이다 — {basis}",
        "kept_forms_changed": "{titles}은(는) 따로 내는 서류로 남지만, 이 계획은 그 항목 {n}개({lines}; 모두 '모든 결정'에 있음)를 옮겨 채우거나 없앤다: 그 서식 {m}종을 바꾸는 것이다 — {basis}",
        "kept_changed_approved_all": "{number}({statute})이(가) 인쇄된 서식들: 항목을 대신 채우거나 계산하는 것은 그 정보수집의 변경이라 새 부담 추정치와 함께 승인받은 뒤 쓸 수 있고, {signed}",
        "kept_changed_prescribed_all": "{rule}이(가) 정한 서식들: 그 규정을 개정하거나, 신청인이 서명하는 서식의 항목을 대신 채우거나 계산해도 되는지 확인",
        "kept_signed_filer": "신청인의 서명은 여전히 그 항목에도 미친다",
        "kept_signed_also": "신청인과 {who}('{condition}')의 서명은 여전히 그 항목에도 미친다",
        "kept_changed_approved": "{number}({statute})이(가) 인쇄된 서식: 항목을 대신 채우거나 계산하는 것은 그 정보수집의 변경이라 새 부담 추정치와 함께 승인받은 뒤 쓸 수 있고, {signed}",
        "kept_changed_prescribed": "{rule}이(가) 정한 서식: 그 규정을 개정하거나, 신청인이 서명하는 서식의 항목을 대신 채우거나 계산해도 되는지 확인",
        "kept_changed_signed": "신청인이 서명하는 서식의 항목을 기관(또는 그 시스템)이 대신 채우거나 계산해도 되는지 확인",
        "login_match": "{title}: 더 받지 않는 근거는 온라인 접수 시 실명인증한 신청인을 기관이 직접 확인하는 기록의 대표자와 대조하는 것임 — {names}. 기관이 이 목적으로 해당 기록을 확인·대조할 수 있는지(확인하는 행정정보 목록에 넣는지), 접속한 사람과 기록이 다를 때 어떻게 처리하는지 확인. 그 사본이 본인 확인 밖의 용도(예: 대표자의 채무불이행·체납 확인에 쓰는 식별정보)에도 쓰였는지, 쓰였다면 사본 없이 그 정보를 어디서 얻는지도 확인",
        "rows_per_signer": " (서명자마다 하나: 서명란 {n}곳)", "rows_times": " ({n}곳에서 물음)",
        "kept_restricted_notice": " (서식이 안내하는 문구: “{text}”)",
        "why_printed": "서식에 인쇄된 대로: “{text}”",
        "retired_identifier": "{since}부터 폐지된 식별번호를 아직 묻는다: {where} — {replacement}이(가) 이를 대체했다({source}). 대체 번호를 묻거나, 폐지된 번호가 여전히 필요한 이유를 확인",
        "checklist_gaps": "{report}은(는) {checklist}에 나오지 않는 설비의 점검결과도 묻는다({items}) — 그 결과는 이 점검표의 항목에서 나오므로, 두 서식이 모두 현행 서식인지 확인",
        "derived_from_received": "{title}의 답 {count}개({examples})는 {source}의 점검항목에서 나옴({rule}) — {source}은(는) 다른 당사자가 작성하고 기관에 내지 않는 서류: {source}을(를) 받아 채우는 보고 서식(또는 제출 전산망)이라면 지금처럼 손으로 다시 적지 않아도 됨",
        "received_overlap": "{title}{rule}: 기관에 내는 서류는 아니지만 {said} — 이 서식을 정한 규정을 고쳐 한쪽을 다른 쪽에서 옮겨 채우게 하면 작성자의 부담이 준다",
        "approval_needed": "{title}에 인쇄된 {number}: {basis}: {what}",
        "share_approval": "{title}: 인쇄된 행정정보 공동이용 동의 목록에 없는 {names}을(를) 더함 — 이용기관이 이 정보를 행정정보 공동이용으로 이용할 수 있도록 신청·승인을 받았는지 확인 (동의서에 한 줄을 더하는 것만으로는 이용할 수 없음)",
        "statements_not_carried": "{title}에 인쇄된 고지·확인 문구의 근거 {laws}: 통합 신청서에 옮겨지지 않음 — 그대로 옮기거나 필요 없음을 확인",
        "added_records": "이 동의서에 없으나 감축안이 확인하는 행정정보 (추가 필요, 법률 검토)",
        "printed_notice": "{where}에 인쇄된 안내 (그대로 옮김):", "see_notice_above": "(위 안내가 적용됨)", "card_minutes": "신청 1건당 소요 시간(분)",
        "burden_by_document": "서류별 소요 시간(분)", "burden_by_activity": "활동별 소요 시간(분)",
        "burden_none": "내지 않음",
        "heat_title": "두 서류가 함께 묻는 정보 (중복 히트맵)",
        "heat_how": "칸마다 두 서류가 모두 묻는 매트릭스 정보의 수(번호는 매트릭스의 범례와 같음). 색이 짙을수록 신청인이 두 번 적는 것이 많음. 대각선은 그 서류가 묻는 정보의 수.",
        "card_cost": "신청 1건당 비용", "card_hours_year": "연간 절감 시간(시간)", "card_cost_saved": "연간 절감 비용", "added": "증가", "total": "합계",
        "minutes_unit": "분", "agency_records": "기관 보유 자료",
        "kind_text": "기재", "kind_free_text": "서술", "kind_number": "숫자", "kind_amount": "금액", "kind_date": "날짜",
        "kind_checkbox": "체크", "kind_radio": "선택", "kind_choice": "선택", "kind_signature": "서명", "kind_attachment": "첨부",
        "kind_file": "첨부", "kind_statement": "확인 문구 (읽고 서명)", "kind_instruction": "안내 (읽음)", "brief": "한 장 요약", "brief_date": "작성일",
        "brief_documents": "신청인이 제출하는 서류", "brief_questions": "기재 항목 수",
        "brief_minutes": "신청 1건당 소요 시간(분, ±{range}%)", "brief_cost": "신청 1건당 비용({currency})",
        "brief_minutes_approved": "신청 1건당 소요 시간(분, 서식에 표기된 승인 소요 시간 기준)",
        "card_minutes_approved": "서식에 표기된 승인 소요 시간(한 장 요약의 수치): {before} → {after}; 위 수치는 모형의 것이며 비용은 이것으로 산정",
        "brief_model_approved": "수준: 서식에 표기된 승인 소요 시간; 변화: ", "model_only": "모형",
        "brief_minutes_approved_value": "{before} → {after} (변화는 모형의 것: {model_before} → {model_after}, ±{range}%)",
        "brief_year_label": "연간 수치", "brief_year_unmeasured": "측정된 변화 없음 (신청 1건당 차이가 추정 오차 안; 수치는 요약에)",
        "owner_cuts_label": "「{title}」 양식을 가진 기관이 뺄 수 있는 칸 (사업이 만든 양식; 평가하는 내용은 그대로 — 제안이며 수치에 넣지 않음)",
        "owner_cuts_value": "기재 항목 {before} → {after}",
        "owner_cut_fetched": "기관이 확인하는 기록이나 로그인 인증에 있는 칸 {n}개({labels})",
        "owner_cut_repeated": "이미 다른 칸이나 서류에서 묻는 칸 {n}개({labels})",
        "owner_cut_computed": "양식에 인쇄된 산식으로 계산되는 칸 {n}개({labels})",
        "brief_carry_over": "감축안 뒤에도 여러 서류가 묻는 항목 {n}개를 한 번만 입력받아 다른 서류에 자동으로 옮기면 (가정: 방법과 가정 참조)",
        "brief_carry_over_value": "기재 항목 {q0} → {q1}; 소요 시간(분) {m0} → {m1}",
        "brief_carry_over_both": "감축안 뒤에도 여러 서류가 묻는 항목 {n}개를 한 번만 입력받아 다른 서류에 자동으로 옮기고, 서식에 계산식이 인쇄된 합계·비율 {m}개를 자동 계산하면 (가정: 방법과 가정 참조)",
        "brief_carry_over_computed": "서식이 계산식을 인쇄한 합계·비율 {m}개를 적은 값에서 자동 계산하면 (가정: 방법과 가정 참조)",
        "brief_carry_over_same_minutes": " (표준비용모형은 작성 시간을 서류의 분량 구간으로 매기며, 구간이 바뀌는 서류가 없음)",
        "brief_year": "연간 절감 시간(전체 신청인: 연 {n}건, 설정 파일(formslim.yaml)의 수치; 시간)", "brief_package": "제안하는 제출 서류",
        "brief_questions_required": "모든 신청인에게 묻는 기재 항목 수 (모든 신청인이 내는 서류 기준)",
        "brief_questions_both": "기재 항목 수: 모든 신청인 (서류를 모두 낼 때)",
        "brief_minutes_both": "신청 1건당 소요 시간(분, ±{range}%): 모든 신청인 (서류를 모두 낼 때)",
        "brief_cost_both": "신청 1건당 비용({currency}): 모든 신청인 (서류를 모두 낼 때)",
        "brief_per_person_label": "자기 서류를 따로 내는 사람이 한 명 늘 때마다",
        "brief_per_person_value": "서류 +{n}건: {titles}; 지금 약 +{m0}분, 제안 후 +{m1}분",
        "brief_per_person_same": "서류 +{n}건: {titles}; 약 +{m0}분",
        "per_person_prefill_label": "각자 내는 서류에 {main}의 답을 미리 인쇄 (본인이 확인하고 서명; 제안이며 수치에 넣지 않음)",
        "per_person_prefill_value": "{title}: {n}개 ({labels})",
        "brief_model_label": "시간·비용 산정", "brief_approval_label": "서식에 인쇄된 승인 번호",
        "brief_model_value": "모형(실측 아님): {table}, 시간당 {tariff}{currency}{assumed}{fees}", "brief_model_fees": " + 수수료", "brief_model_minutes": "모형(실측 아님): {table}",
        "brief_model_de": "독일 SCM 표준시간",
        "brief_model_kr": "한국 SCM 표준시간", "brief_model_us": "미국 표준시간",
        "brief_model_gb": "영국 SCM 표준시간", "brief_model_nl": "네덜란드 SCM 표준시간",
        "brief_model_other": "{code} 측정 표준시간", "brief_model_here": "SCM 표준시간",
        "brief_model_assumed": "(가정)",
        "brief_cost_required": "신청 1건당 비용, 모든 신청인이 내는 서류 기준({currency})",
        "brief_questions_all": "해당하는 경우에만 내는 서류까지 모두 낼 때 기재 항목 수",
        "brief_minutes_all": "해당하는 경우에만 내는 서류까지 모두 낼 때 소요 시간(분)",
        "brief_cost_all": "해당하는 경우에만 내는 서류까지 모두 낼 때 비용({currency})",
        "brief_year_required": "연간 절감 시간(전체 신청인: 연 {n}건, 설정 파일(formslim.yaml)의 수치; 모든 신청인이 내는 서류 기준; 시간)",
        "brief_year_cost_required": "연간 절감 비용(전체 신청인: 연 {n}건, 설정 파일(formslim.yaml)의 수치; 모든 신청인이 내는 서류 기준; {currency})",
        "brief_questions_more": "모든 서류 기준 항목이 느는 이유", "scroll_hint": "그래프는 옆으로 밀어 볼 수 있습니다 →",
        "brief_questions_more_why": "+{n}: 해당하는 경우에만 내는 서류가 진위확인에 필요한 동의와 정보를 더함 ({titles})",
        "brief_questions_more_own": "+{n}: 통합 신청서가 어느 서류도 묻지 않던 항목을 새로 물음 ({labels})",
        "brief_year_cost": "연간 절감 비용(전체 신청인: 연 {n}건, 설정 파일(formslim.yaml)의 수치; {currency})", "brief_year_unknown": "연간 수치",
        "brief_year_unknown_value": "산출하지 않음 (연간 신청 건수가 주어지지 않음)",
        "brief_expired": "{title}: 서식에 인쇄된 승인의 유효기간이 지났음 ({text}) — 재설계 전에 현행 서식인지 확인",
        "brief_expired_first": "이 수치를 쓰기 전에: {items}",
        "approval_line": "OMB {number}{expiry} · {agency}",
        "approval_expires": ", 유효기간 {date}", "approval_expired": ", 유효기간 지남 {date}",
        "approval_other_agency": "다른 기관 소관 서식: 주 서식 소관 기관은 고칠 수 없고 요구 여부만 정할 수 있음",
        "brief_printed_label": "서식에 인쇄된 소요 시간 (서류 {of}개 중 {n}개에 인쇄)",
        "brief_printed_below": "인쇄된 시간 {printed}분, 이 모형의 추정 {model}분: 모형이 ±{range}% 범위를 넘어 기관 자체 추정보다 낮음 (방법과 가정 참조)",
        "brief_printed_above": "인쇄된 시간 {printed}분, 이 모형의 추정 {model}분: 모형이 ±{range}% 범위를 넘어 기관 자체 추정보다 높음 (방법과 가정 참조)",
        "brief_printed_within": "인쇄된 시간 {printed}분, 이 모형의 추정 {model}분",
        "brief_form": "통합 신청서 (서류 {n}종을 대체)",
        "brief_form_self": "{title}을(를) 통합 신청서로 다시 배치 (다른 서류를 합치지 않음)",
        "brief_minutes_required": "신청 1건당 소요 시간, 모든 신청인이 내는 서류 기준(분, ±{range}%)",
        "brief_form_online": "공고문의 온라인 신청서가 서류 {n}종의 질문을 받음 (제출 서류가 늘지 않음)",
        "brief_form_online_keys": "공고문의 온라인 신청서가 아래 서류를 기관이 직접 확인하는 데 필요한 동의와 번호를 받음 (제출 서류가 늘지 않음)",
        "brief_form_online_consent": "온라인 사업신청서에서 행정정보 공동이용 동의를 받아 아래 서류를 기관이 직접 확인 (추가 제출 서류 없음)",
        "brief_form_new_keys": "새 통합 신청서가 아래 서류를 기관이 직접 확인하는 데 필요한 동의와 번호를 받음 (제출 서류 1건으로 셈)",
        "brief_checked_against": "{title}: 받지 않고, 온라인 접수 시 실명인증한 신청인을 기관이 직접 확인하는 기록({names})의 대표자와 대조",
        "brief_form_new": "새 통합 신청서 (서류 {n}종을 대체, 제출 서류 1건으로 셈)", "brief_fetched": "동의를 받아 기관이 직접 확인: {names}", "brief_fetched_pending": " — 인쇄된 동의 목록에 없는 {names}은(는) 기관이 이용 승인을 받기 전까지 쓸 수 없어 그때까지는 사본을 받음", "brief_fetched_theirs": "{who} 본인이 자기 서류에서 한 동의로 기관이 직접 확인 (신청인의 신청서가 아님): {name}",
        "inventory_issued": "기관이 발급하는 서류 {n}건(증명서, 대장 발급본, 다른 기관 신고서 사본)은 기재 항목으로 세지 않습니다: 그 내용은 발급 기관이 적은 것이고, 발급받는 수고는 행정부담에 따로 셉니다.",
        "inventory_once": "형식만 다른 같은 서식(HWP·DOCX)이나 신청인 유형별 변형 서식은 한 번만 셉니다: 그렇게 표시된 행은 합계에 더하지 않습니다.",
        "brief_kept": "그대로 유지: {title}", "brief_kept_when": "그대로 유지 ({when}에만 제출): {title}",
        "brief_kept_cases": "그대로 유지, 각각 해당하는 경우에만 제출(어떤 경우인지는 서류 목록에) — {n}건: {title}", "brief_legal": "법률 검토에서 확인할 사항",
        "brief_legal_items": "근거 조항 {n}건, 법률 검토 사항 {m}건 (각 사항은 아래 목록과 통합 신청서에 있음)",
        "no_consent_register": "누구나 발급받는 공개 기록이라 정보주체의 동의 없이 확인: 동의 목록에 넣지 않음",
        "reword_table": "서약 문구 신·구 대비표 (법률 검토용 — 개정안은 검토 전 초안)",
        "reword_printed": "현행 (인쇄된 문구)", "reword_proposed": "개정안 (초안)", "reword_reason": "사유",
        "reword_why": "제재·환수·책임은 관계 법령과 공고·협약이 정하며 신청인의 동의나 확인으로 생기지 않음; 불복 절차는 서약 문장으로 미리 포기되지 않음",
        "reviewers_basis": "공고문은 신청 자격 검토를 {reviewers}에서 한다고 함: {agency}이(가) 행정정보 공동이용으로 확인하는 기록({records})을 {others}이(가) 보려면 근거가 필요 — {others}이(가) 직접 공동이용을 할 수 있는 기관인지, 아니면 {agency}이(가) 어떤 근거로 제공하는지(개인정보 보호법 제17조 제3자 제공, 제26조 업무위탁) 확인하고, 동의서에 그 기관을 적을 것",
        "governing_rules": "공고문은 명시하지 않은 사항을 {rules}에 따르게 함: 더 받지 않기로 한 서류({documents})를 그 규정이 제출 서류로 정하는지 확인 — 정한다면 그 규정을 먼저 고쳐야 하며, 공고문만 고쳐서는 없앨 수 없음",
        "brief_legal_printed": "그중 감축안을 채택하기 전에 확인할 것 {own}건, 채택과 관계없이 현행 서식의 문제 {count}건 (따로 나열)",
        "legal_review_printed": "현행 서식에서 찾은 문제",
        "legal_review_printed_intro": "감축안과 관계없이 패키지의 서식 자체가 묻거나 적은 것 가운데 법령이 허용하지 않을 수 있는 것입니다. 기관이 해당 서식이나 공고문에서 고칩니다.",
        "brief_legal_items_kept": "근거 조항 {n}건; 그대로 유지하는 서류에 대한 법률 검토 사항 {m}건 (각 사항은 아래에)",
        "brief_legal_items_none_cited": "계획이 아직 인용한 근거 조항 없음 (근거는 기관이 적음); 법률 검토 사항 {m}건 (각 사항은 아래 목록과 통합 신청서에 있음)",
        "brief_legal_items_kept_none_cited": "새로 인용한 근거 조항 없음 (통합 서식을 제안하지 않아 각 서류가 제 근거를 그대로 가짐); 그대로 유지하는 서류에 대한 법률 검토 사항 {m}건 (각 사항은 아래에)",
        "legal_review_intro_kept": "통합 서식은 제안하지 않습니다: 아래는 그대로 유지하는 서류에 대해 기관이 법률 검토에서 확인할 사항입니다.",
        "brief_legal_none": "없음: 통합 신청서를 만들지 않고 모든 서류를 그대로 둡니다",
        "kept_consent_duty": "{title}: 그대로 두는 서명 동의서 — 보관: {kept}; 전자서명으로 받을 수 있는 곳: {esign}. 서명본을 "
                             "누가 얼마 동안 보관하는지, 제출하는 쪽이 온라인으로 받을 수 있는지 확인",
        "brief_unread": "꾸러미의 파일 {n}개를 읽지 못해 위 수치에 들어 있지 않음: {names} (보고서 끝 참조)",
        "brief_human": "사람이 결정할 사항", "brief_review": "같은 정보를 묻는지 사람이 확인할 항목 쌍 {n}건 (검토 목록)", "brief_review_rows": "{rows}줄로 보임: 같은 이름의 칸 사이 연결, 두 명단의 열 사이 연결은 각각 한 줄", "brief_review_not_asked": "그대로 두는 서류나 집계에서 뺀 파일 사이의 연결 {m}건은 확인해도 서류 구성은 바뀌지 않아 묻지 않음 — 확인하면 답을 한 번 적어 다른 서식에 미리 채울 수는 있음 (formslim match 결과에 있음)",
        "brief_blockers": "목표 달성을 막는 서류 {n}종",
        "brief_blockers_no_target": "그대로 유지되는 서류 {n}종 (각각의 이유와 무엇이 있으면 줄일 수 있는지는 아래에)",
        "brief_blockers_variants": "목표 달성을 막는 서류 {n}종 (이 밖에 개인·단체 등 다른 유형 {v}종은 같은 서류로 한 번만 셈)",
        "brief_assumptions": "확인할 가정 {n}건 (방법과 가정)",
        "brief_deadlines": "공고문이 기한을 서로 다르게 적음 — 기관이 바로잡을 것: {items}",
        "brief_deadline_ways": "{doc} ({n}가지로 적음)",
        "brief_conflicts": "서류마다 다르게 적힌 규정 {n}건 (신청인이 작성하기 전에 바로잡을 것): {items}",
        "brief_windows": "서류의 유효 기간을 서류마다 다르게 적은 곳 {count}건 (신청인이 준비하기 전에 바로잡을 것): {items}",
        "window_item": "{subject}{case} — {said}", "window_case": " ({case}에 대한 자체 규정)", "window_days": "{title}: {days}일 이내",
        "brief_none": "없음", "legal_review": "법률 검토에서 확인할 사항",
        "legal_review_intro": "통합 서식은 아래 조항을 근거로 합니다. 각 근거와, 서식이 기관의 기재로 남겨 둔 항목은 법률 검토에서 확인하여야 합니다.",
        "rises": "신청인 부담이 늘어나므로 목표는 달성되지 않았습니다",
        "rise_questions": "신청 1건당 기재 항목 수 증가 {before} → {after}",
        "rise_minutes": "신청 1건당 소요 시간 증가 {before:.0f} → {after:.0f}분",
        "documents_fell": "서류 수는 목표만큼 줄었으나",
        "review_queue": "검토가 필요한 연결", "review_listed": "; 여기에는 상위 {n}건",
        "review_unasked": "그 밖의 연결 {n}건은 다른 사람의 서명, 법령, 여러 사람의 명단 등 공유하는 정보와 상관없이 그대로 두는 "
                          "두 서류 사이의 것이라 확인해도 이 계획이 바뀌지 않아 묻지 않습니다(formslim match의 JSON 결과에 있음).", "field_a": "항목", "field_b": "같은 정보일 수 있는 항목",
        "assumed_by": "계획이 이미 한 번만 묻는 것으로 가정함({d}): 다른 정보이면 이 쌍을 overrides.never_merge에 추가",
        "score": "점수", "why_review": "확정하지 않은 이유", "accept_line": "확정하려면 overrides.same에 추가", "reject_line": "다른 정보이면 overrides.never_merge에 추가",
        "pair_of_documents": "{a} — {b}: 연결 {n}건",
        "look_alikes": "같은 이름의 칸 사이에 가능한 연결 {n}건을 한 줄로 보임: 같은 정보인 것만 확정한다(없을 수도 있다)",
        "roster_rows": "기재할 행 {n}개",
        "list_columns": "두 명단이 함께 묻는 열 {n}개를 한 줄로 보임: 두 명단이 같은 행(같은 사업·품목·사람)을 적는다면 같은 "
                        "정보인 열을 확정하고, 아니면 어느 것도 확정하지 않는다",
        "review_how": "항목마다 가장 유력한 세 건을 점수순으로 보입니다. 같은 정보이면 그 줄을 설정 파일(formslim.yaml)의 "
                      "overrides.same에, 다른 정보이면 같은 쌍을 overrides.never_merge에 추가하면 다음 실행부터 계획에 반영됩니다.",
        "more_in_json": "건 더: `formslim match 패키지 --format json`의 review_queue에 전체 목록이 있습니다",
        "sum_default": "; 목표 {pct}%는 formslim 기본값(중소벤처기업부 계획: 지원사업 신청 1건당 서류 약 {mss_before} → {mss_after}건), --target으로 사업의 목표를 지정",
        "sum_target": "목표 {pct}% ", "sum_met": "달성", "sum_not_met": "미달성",
        "sum_target_documents": "목표 {n}건 이하 ",
        "sum_default_documents": "; 목표 {n}건은 formslim 기본값(중소벤처기업부 계획: 지원사업 신청 1건당 서류 약 {mss_before} → {mss_after}건, 여러 사업의 평균), --target으로 사업의 목표 감축률을 지정",
        "sum_no_target": "목표 없음 — --target으로 사업의 목표를 정함",
        "sum_nothing": "해당 없음: 여기서 신청인이 내는 서류로 세는 것이 없음",
        "sum_rises": " (서류는 목표만큼 줄었지만 신청인당 {rises})",
        # (the subject with its particle: 질문 수가, 소요 시간(분)이)
        "sum_rise": "{what} {before} → {after}으로 늘어남",
        "sum_rise_questions": "질문 수가", "sum_rise_minutes": "소요 시간(분)이",
        "sum_papers_required": "모든 신청인이 내는 서류 {before} → {after}건 (감축 {pct}%",
        "sum_papers": "서류 {before} → {after}건 (감축 {pct}%",
        "sum_all_documents": "; 해당하는 경우에만 내는 서류를 포함하면 {before} → {after}건",
        "match_groups": "같은 정보를 두 번 이상 묻는 묶음 — 여러 서류에서, 또는 한 서류 안에서 ({n})",
        "match_twins": "한 서식의 사본끼리만 묶인 {n}개 — 두 형식의 같은 서식, 또는 서식과 그 작성 예시 — 는 한 번으로 셈: 여기에 싣지 않음; --format json에 있음",
        "match_asked": "{n}곳에서 물음", "match_asked_copies": "{own}곳에서 물음 (사본까지 {n}곳)",
        "match_unlisted": "(용어 목록에 없는 정보)", "match_score": "점수",
        "match_derivable": "계산하거나 다른 칸에서 얻을 수 있는 칸 ({n})",
        "match_also_formats": "같은 서식의 다른 형식에도: {files}",
        "match_more_inputs": "모두 {n}개; JSON에 각각 있음",
        "match_registries": "기관 기록 조회로 채울 수 있는 칸 ({fields}칸, 기록 {registries}종)",
        "match_registry": "{registry}: {n}칸, 조회에 쓰는 칸: {keys}",
        "match_online": "공고문에 따르면 신청은 온라인으로 받음: `formslim analyze`는 서식의 질문을 그 온라인 신청서로 옮기고 로그인 인증의 식별 정보로 조회되는 기록을 기관이 확인하게 함 — 그 목록은 감축안에 있음; 이 목록은 서식만 읽은 결과임.",
        "match_online_login": "공고문에 따르면 신청은 온라인으로 받고 로그인할 때 신청인을 인증함: `formslim analyze`는 서식의 질문을 그 온라인 신청서로 옮기고 로그인 인증의 식별 정보로 조회되는 기록을 기관이 확인하게 함 — 그 목록은 감축안에 있음; 이 목록은 서식만 읽은 결과임.",
        "match_review": "사람이 확인할 연결, 확실한 것부터 ({n}건; JSON의 links에 확인할 연결 {all}건이 모두 있음{twins}). 같은 정보이면 매니페스트의 overrides.same에, 아니면 overrides.never_merge에 적음.",
        "match_review_twins": "그중 {n}건은 한 서식의 두 형식 사이라 물을 것이 없음",
        "match_more": "{n}건 더 (--format json 사용)",
        "sum_pending": " ({names} 이용 승인 전까지 그 확인을 고르는 사람은 {before} → {after}건)",
        "pending_label": "{names} 이용 승인 전까지 그 확인을 고르는 사람의 모든 서류 ({document}을(를) 계속 제출)",
        "sum_first": "{programme}: {papers}, {target}{verdict}{default}){alldocs}",
                "sum_online_included": ", 온라인 사업신청서 포함",
        "fill_summary": "회사 정보로 채움 {filled}개, 기관이 행정정보로 채울 항목 {agency}개, 신청인이 적을 항목 {blank}개, 검증 실패로 채우지 않음 {flagged}개, 이 회사에 해당 없음 {not_applicable}개",
        "fill_filled": "채움", "fill_flagged": "검증 실패", "fill_not_applicable": "해당 없음",
        "fill_unused": "이 서식이 묻지 않아 쓰지 않은 회사 정보: {keys}",
        "sum_notice_second": "공고문의 제출서류 표로 세면({items}) {before} → {after}건 (감축 {pct}%), 이 셈으로는 서류 목표 "
                             "{verdict}{floor}",
        "sum_notice_floor": " — 하한 {floor}건({items}은(는) 어떤 감축안에서도 남음): 감축안이 아니라 공고문의 제출 구성 때문",
        "sum_questions": "질문 {fields_before} → {fields_after}개; 신청인당 소요 시간 {minutes_before} → {minutes_after}분 "
                         "(±20%)",
        "sum_questions_approved": "질문 {fields_before} → {fields_after}개; 신청인당 소요 시간 {minutes_before} → {minutes_after}분"
                                  "(서식에 표기된 승인 소요 시간 기준, 변화는 모형의 것: {model_before} → {model_after}분, ±20%)",
        "sum_required_first": "모든 신청인(모든 신청인이 내는 서류 기준): 질문 {fields_before} → {fields_after}개, 소요 시간 "
                              "{minutes_before} → {minutes_after}분(±20%); 해당하는 경우에만 내는 서류까지 모두 내면: 질문 "
                              "{all_fields_before} → {all_fields_after}개, {all_minutes_before} → {all_minutes_after}분",
        "sum_report": "보고서: {path}",
        "sum_after_approval": "승인·낙찰 뒤 약정·계약 단계에서 작성하는 서류 (따로 적고 세지 않음): {n}건 — ",
    },
}


RULES = {
    "ko": {
        "K-PRIMARY": "주된 신청서를 통합 신청서로 삼아, 이곳으로 옮기는 서류의 정보를 한 번만 받는다 (그대로 두는 서류는 자기 항목을 그대로 묻는다)",
        "K-PRIMARY/statutory": "주된 신청서를 통합 신청서로 삼아 모든 정보를 이곳에서 한 번만 받는다. 법령(시행규칙·고시)이 정한 "
                               "서식이라, 다른 서류가 묻던 것까지 받도록 다시 짜려면 그 법령을 개정해야 한다 — 개정 과제로 제시한다",
        "K-PRIMARY/statutory_prefill": "주된 신청서를 통합 신청서로 삼는다. 법령(시행규칙·고시)이 정한 서식이고 바뀌는 것은 공부(公簿)에서 "
                                       "미리 채우는 답뿐이라, 제출하는 전산망이 서식을 바꾸지 않고 채울 수 있다; 미리 채운 답을 "
                                       "인쇄한 서식으로 다시 내려면 그 법령을 개정해야 한다",
        "K-MAIN-FORM": "주된 신청서로 옮겨 오는 다른 서류가 없어 통합 신청서로 다시 짜지 않고 그대로 두되, 두 번 묻는 것은 "
                       "한 번만, 계산되는 값은 묻지 않는다",
        "K-MAIN-FORM/as_is": "주된 신청서로 옮겨 오는 다른 서류가 없어 통합 신청서로 다시 짜지 않고 질문까지 그대로 둔다",
        "K-ATTESTATION/approved": "제출자가 한 확인을 기록하는 서류로, 담당자가 작성하고 내부 확인자가 확인한 두 서명이 누가 "
                                  "확인했는지의 기록이라 다른 서식의 한 부분으로 합치면 그 기록이 남지 않으므로 그대로 "
                                  "유지한다(다른 서식과 겹치는 항목은 그 서식에서 옮겨 채울 수 있다)",
        "K-MAIN-FORM/statutory_as_is": "주된 신청서로 옮겨 오는 다른 서류가 없어 통합 신청서로 다시 짜지 않고 질문까지 그대로 둔다"
                                       "(법령이 정한 서식)",
        "K-MAIN-FORM/statutory": "주된 신청서로 옮겨 오는 다른 서류가 없어 통합 신청서로 다시 짜지 않고 그대로 둔다. 법령(시행규칙·"
                                 "고시)이 정한 서식이라, 두 번 묻는 것을 한 번만 묻고 계산되는 값을 묻지 않으려면 그 법령을 "
                                 "개정해야 한다 — 개정 과제로 제시한다",
        "K-NARRATIVE": "신청인이 직접 쓰는 서술형 문서(사업계획서)는 따로 유지하며 통합 신청서로 삼지 않는다",
        "K-ONLINE-APPLICATION": "공고문이 정한 온라인 신청서를 통합 신청서로 삼아, 합쳐지는 서류가 묻던 정보를 이곳에서 한 번만 "
                                "받는다(모든 신청인이 이미 작성하므로 서류가 늘지 않는다)",
        "K-NEW-FORM": "다른 서류를 받아들일 서식이 없어 통합 신청서를 새로 만든다(제출 서류 1건으로 센다)",
        "F-FORM-FILLS": "서식이 스스로 채우는 항목(읽기 전용)은 신청인에게 묻는 것이 아니다",
        "K-AGREEMENT": "제3자(보증인·채권자)가 서명하는 계약 문서는 별도 문서로 유지한다",
        "K-PLEDGE-TEXT": "서약 문언을 인쇄된 그대로 읽지 못해, 확인란으로 바꾸면 제목만 남고 서약 내용이 빠지므로 서약서를 그대로 유지한다",
        "K-OTHER-AGENCY": "다른 기관이 정한 서식이라 이 기관이 합치거나 고칠 수 없어 유지하고, 신청인은 그 기관에 낸 것의 사본을 첨부한다",
        "K-OTHER-AGENCY/elsewhere": "다른 기관이 정한 서식이라 이 기관이 합치거나 고칠 수 없어 유지하며, 패키지의 어느 서식도 그 사본을 요구하지 "
                                    "않으므로 이 기관에 내는 서류가 아니어서 세지 않는다(이 기관의 서식이 그 서식에서 옮겨 적는 항목은 중복으로 보여 준다)",
        "O-KEEP": "설정 파일(formslim.yaml)의 지정에 따라 유지한다",
        "X-VERIFIED-AT-LOGIN": "온라인 신청서가 신청·접수 때 실명인증으로 신청하는 사람을 확인하고, 기관이 그 사람을 직접 확인하는 사업자등록증명의 대표자와 대조하므로 신분증 사본은 둘이 다를 때만 받는다",
        "X-VERIFIED-AT-LOGIN/in_person": "온라인 신청서가 신청·접수 때 실명인증으로 신청하는 사람을 확인하고, 기관이 그 사람을 직접 "
                                         "확인하는 사업자등록증명의 대표자와 대조하므로 신분증 사본은 필요 없다: 둘이 다르면 공고문에 "
                                         "따라 탈락 처리된다(대표자 본인만 신청 가능)",
        "K-SUBJECT-CONSENT": "다른 사람(공동대표 등)에 관한 조회라 그 사람의 동의와 정보가 필요한데, 온라인 신청서는 신청인만 작성·제출하므로 그 서류는 유지한다(또는 기관이 그 사람의 동의서에서 조회 동의를 받는다)",
        "K-SIGNER": "신청인이 아닌 다른 사람이 서명하는 문서라 신청인의 서식에 합칠 수 없어 질문까지 그대로 유지한다",
        # (said after any of them where a consolidated form is laid out: variant part "copied_in")
        "K-SIGNER+copied_in": ". 통합 신청서와 같은 값은 옮겨 적을 수 있으나, 줄어든 것으로 세지 않는다",
        "K-SIGNER/online": "신청인이 아닌 다른 사람이 서명하는 문서라 신청인의 서식에 합칠 수 없어 질문까지 그대로 유지한다: 합쳐지는 "
                           "질문을 받는 온라인 신청서는 신청인이 자기 계정으로 작성·제출하므로 다른 사람이 그 안에서 서명할 수 없다",
        "K-SIGNER/signs_main": "신청인이 아닌 다른 사람이 서명하는 문서이지만, 그 사람이 주 신청서에도 서명하고 이 문서가 묻는 것의 "
                               "대부분을 주 신청서에서 이미 답한다: 서명 때문에 따로 둘 이유는 없고, 나머지 질문(결정의 근거에 "
                               "적힌 것)을 주 신청서의 그 사람 부분에서 묻고 이 서식을 받지 않을 수 있다. 다만 그것은 별도로 "
                               "정해진(승인받은) 서식이라 소관 기관이 정할 일이므로 여기서는 그대로 유지한다",
        "K-SIGNER/online+signs_main": "신청인이 아닌 다른 사람이 서명하는 문서이지만, 그 사람이 주 신청서에도 서명하고 이 문서가 묻는 "
                                      "것의 대부분을 주 신청서에서 이미 답한다: 나머지 질문을 주 신청서의 그 사람 부분에서 묻고 이 "
                                      "서식을 받지 않을 수 있으나, 그것은 소관 기관이 정할 일이므로 여기서는 그대로 유지한다",
        "K-SIGNER/signed_once": "신청인이 아닌 다른 사람이 서명하는 문서라 신청인의 서식에 합칠 수 없어 유지한다: 질문은 그대로 "
                                "두되, 되풀이되는 작성일·성명·서명란만 하나로 줄인다(아래 '한 번만 서명' 결정)",
        "K-SIGNER/online+signed_once": "신청인이 아닌 다른 사람이 서명하는 문서라 신청인의 서식에 합칠 수 없어 유지한다: 합쳐지는 "
                                       "질문을 받는 온라인 신청서는 신청인이 자기 계정으로 작성·제출하므로 다른 사람이 그 안에서 "
                                       "서명할 수 없다. 질문은 그대로 두되, 되풀이되는 작성일·성명·서명란만 하나로 줄인다(아래 '한 번만 서명' 결정)",
        "K-RECIPIENT": "이 기관이 아닌 다른 곳(고용주 등)에 내는 서류라 신청서에 합칠 수 없어 유지한다",
        "K-RECEIVED": "다른 당사자가 신청인에게 주어 신청인이 보관하는 서류라 이 기관에 내지 않는다: 그대로 두고, 신청 서류·질문·"
                      "시간에는 세지 않는다",
        "K-AFTER-APPROVAL": "신청이 승인되거나 낙찰된 뒤 약정·계약 단계에서 작성하는 서류(승인된 조건이나 계약 조건으로 준비하고 "
                            "당사자가 서명)라 신청보다 뒤 단계의 서류다: 그대로 두고 따로 적으며, 신청 서류·질문·시간에는 세지 "
                            "않는다",
        "K-STATUTORY": "법령이 정한 서식이라 법령 개정 전까지 질문까지 그대로 유지한다",
        "K-SUBJECT-LIST": "제출자가 추천·신청하는 여러 사람을 한 줄씩 적는 명단이라 한 사람의 서식에 합칠 수 없어 그대로 "
                          "유지한다(각자의 서식에서 만들어 낼 수 있다)",
        "K-VARIANT": "법령이 정한 서식의 다른 유형(개인/단체 등)이라 함께 그대로 유지한다: 어느 유형이든 같은 서식을 낸다 "
                     "(이 유형의 머리말에는 근거 규정이 없어 확인 필요)",
        "K-ATTESTATION": "제출자가 한 확인을 기록하는 서류(담당자가 작성하고 내부 확인자가 확인)로, 다른 서류에서 묻는 것으로 "
                         "읽힌 질문이 없어 합쳐도 줄어드는 질문이 없으므로 합친다고 하지 않고 그대로 유지한다",
        "K-CHANNEL-CONSENT": "조회 기관이 정보주체가 서명한 동의서 자체를 받아 조회하므로(미국 IVES의 4506-C 등) 확인란으로 바꿀 수 없어 서명된 그대로 유지한다",
        "K-SCHEDULE": "주된 서식에 첨부해 함께 내는 부표라 그대로 유지한다",
        "K-SEPARATE-FILING": "신청과 따로, 다른 때에 내는 별개의 신고(기한 연장 신청, 전자신고 뒤 우편으로 보내는 서류)라 신청에 "
                             "합칠 수 없다",
        "T-TWIN": "같은 서식의 다른 파일 형식(HWP/DOCX)이라 하나만 제출하며 한 번만 센다",
        "R-REGISTRY": "발급기관의 정보를 행정정보 공동이용으로 직접 확인하고 서류 제출을 요구하지 않는다",
        # (what formslim knows is its catalogue, not every record an agency holds: review 33a #3)
        "B-NO-REGISTRY": "formslim의 공동이용 목록에 이 서류를 제공하는 정보가 없어 유지한다 — 기관이 이미 받거나 다른 "
                         "기관 전산망에서 확인할 수 있는지는 사람이 확인",
        "B-NO-REGISTRY/evidence": "발급 증명서가 아니라 신청인이 자기 기록(계약서·도면·내역 등)으로 내는 증빙이라 공동이용으로 "
                                  "확인할 수 없어 유지한다",
        "B-NO-REGISTRY/evidence+partly": "발급 증명서가 아니라 신청인이 자기 기록(계약서·도면·내역 등)으로 내는 증빙이라 전체를 "
                                         "공동이용으로 확인할 수는 없어 유지한다(일부는 아래처럼 확인할 수 있음)",
        "B-NO-REGISTRY/partly": "전체를 행정정보 공동이용으로 직접 확인할 수는 없는 발급 증명서라 유지한다(일부는 아래처럼 확인할 수 있음)",
        "B-NO-REGISTRY/form": "서식이 신청인이 함께 내도록 정한 서류(신청인이 작성하는 서식)인데 이 패키지에 없어 질문 수를 셀 수 "
                              "없다: 그대로 유지한다",
        "C-CONSENT-CHECKBOX": "동의서를 통합 신청서의 항목별 동의 체크박스로 바꾼다",
        "C-NO-CONSENT-NEEDED": "법이 동의를 요구하지 않는 처리(업무위탁, 법령에 따른 처리)는 체크할 것 없이 안내문으로만 보여 준다",
        "C-NO-CONSENT-NEEDED/to_confirm": "안내문이 법령에 따라 동의 없이 처리한다고 하는 동의란은, 그 법령이 각 항목을 정하는지 법률 검토로 확인될 때까지 동의로 남긴다(서식의 주장만으로는 근거가 되지 않음)",
        "P-PLEDGE-DECLARATION": "서약서를 통합 신청서의 서약 확인란과 한 번의 서명으로 바꾼다",
        "M-MERGE-FORM": "다른 곳에서 받지 않는 질문만 통합 신청서의 한 부분으로 옮긴다",
        "X-REDUNDANT": "모든 정보를 다른 곳에서 받거나 계산·확인할 수 있어 폐지한다",
        "X-CHECKLIST": "스스로 묻는 것이 없는 제출목록이라 폐지하고, 필요한 첨부서류는 통합 신청서에 적는다",
        "F-ASK-ONCE": "같은 정보를 한 번만 묻는다",
        "F-SIGN-ONCE": "한 사람이 동의마다 되풀이해 적는 작성일·성명·서명을 서류 끝에 한 번만 받는다: 동의는 항목마다 따로 표시하는 동의란으로 남는다",
        "F-DERIVED": "다른 정보에서 계산되므로 묻지 않는다",
        "F-PREFILL": "공동이용으로 확인한 값을 미리 채우고 신청인이 확인만 한다",
        "F-VALIDATE": "다른 값과 같아야 하므로 자동으로 검증한다",
        "F-AGENCY-HELD": "기관이 이미 보유한 정보는 미리 채우고 신청인은 확인만 한다",
        "F-PER-PERSON": "소유자별로 이미 묻는 인적 사항은 다시 묻지 않는다(가정)",
        "F-CONSENT-SUBJECT": "동의서의 정보 주체를 대표자로 보고 대표자 정보로 대신한다(가정); 다른 서식이 묻지 않는 그 사람의 "
                             "정보는 대표자 정보와 함께 묻는다",

    },
}


#: blockers in the report's language, by rule: (why, what would unblock it)
BLOCKERS = {
    "ko": {
        "B-NO-REGISTRY": ("공동이용으로 확인한다고 알려지지 않은 발급 증명서", "이 증빙에 대한 행정정보 공동이용(또는 API) 협약, 또는 사후 확인하는 자기 신고"),
        "B-NO-REGISTRY-EVIDENCE": ("신청인이 자기 기록(계약서·도면·내역 등)으로 내는 증빙: 공동이용 정보가 없음",
                                   "신청서에서는 사실만 적게 하고, 증빙은 그것이 필요한 단계(예: 서류평가 통과자)에서만 받아 사후 확인"),
        "B-NO-REGISTRY-FORM": ("신청인이 작성해 법정 서식과 함께 내는 서식 (패키지에 없음)",
                               "패키지에 넣어 질문을 세고, 겹치는 질문은 한 번만 묻게 한다 (합칠 수 있는지는 그 서식을 정한 법령이 정한다)"),
        "O-KEEP": ("설정 파일(formslim.yaml)이 유지하도록 지정", "정보를 통합 신청서에서 받을 수 있다면 overrides.keep에서 뺀다"),
        "K-STATUTORY": ("법령·고시가 정한 서식", "서식을 정한 법령·고시(머리말에 인쇄된 근거)를 개정해 겹치는 질문을 통합 신청서로 옮긴다"),
        "K-CHANNEL-CONSENT": ("조회 기관이 받는 서명 동의서", "신청 안에서는 풀리지 않는다: 조회 기관이 전자 동의(전자서명)를 받을 때에만 온라인 동의로 바꿀 수 있다"),
        "K-SIGNER": ("다른 사람이 서명하는 문서", "합쳐서는 풀리지 않는다: 그 사람의 문서는 그 사람이 서명한다. 법과 서식 소관 기관이 "
                     "허용하는 범위에서 그 사람이 자기 몫을 온라인으로(자기 서명란에 전자서명) 따로 내게 할 수 있다"),
        "K-PLEDGE-TEXT": ("서약 문언을 읽지 못한 서약서", "인쇄된 서약 문언을 통합 신청서의 서약란에 그대로 옮긴다(그 뒤 설정 파일로 통합할 수 있다)"),
        "K-AGREEMENT": ("다른 당사자가 서명하는 계약", "신청 안에서는 풀리지 않는다: 계약(보증서, 채권자 약정)은 따로(흔히 약정 체결 때) "
                        "맺으므로 신청 서류와 따로 센다"),
        "K-NARRATIVE": ("신청인이 직접 쓰고 사업이 평가하는 서술형 문서",
                        "세는 방식으로는 풀리지 않는다: 입력칸으로 쪼개도 같은 글을 쓰므로 서류 수만 준다 — 평가 자료로 두고, "
                        "서식 소관 기관이 뺄 수 있는 칸(기관이 확인하거나 되풀이하거나 계산되는 칸)을 줄인다"),
        "K-SIGNER-SIGNS-MAIN": ("다른 사람이 서명하지만, 그 사람이 주 신청서에도 서명하고 주 신청서가 이 문서의 질문 대부분을 이미 묻는 문서",
                                "나머지 질문을 주 신청서의 그 사람 부분에서 묻고 이 서식은 받지 않는다 (별도로 정해진 서식이라 소관 "
                                "기관이 정할 일: 결정의 근거에 그 질문들이 적혀 있다)"),
        "K-CHANNEL-CONSENT-ESIGN-BY": ("조회 기관이 기대는 서명 동의서",
                                       "지금도 서식이 정한 곳에는 가능하다: 서식이 이름 붙인 기관(예: 미국 eCBSV의 허가 기관)은 전자서명으로 "
                                       "동의를 받을 수 있다 — 기록의 주인이 서명하는 별도 서식으로는 남는다"),
        "K-CHANNEL-CONSENT-ESIGN": ("조회 기관이 받는 서명 동의서",
                                    "지금도 서식 자체로 가능하다: 전자서명 확인란이 있어, 이를 제출하는 참여기관이 전자서명 서식을 받는 "
                                    "곳이면 온라인으로 서명할 수 있다 — 기록의 주인이 서명하는 별도 서식으로는 남는다"),
        "K-SIGNER-OFFICIAL": ("공무원·담당자가 작성하고 서명하는 확인 기록 (기관이 하는 확인)",
                              "기관이 확인 결과를 자체 시스템에 기록하고 서식으로 받지 않는다 (이 제안서가 가정하지 않는 변경: 지금은 "
                              "신청 서류와 함께 제출되어 서류 수에 포함된다)"),
        "K-SCHEDULE": ("법령상 본 신고서와 함께 내는 부속 서식", "부속 서식의 항목을 하나의 전자 신고로 받는다"),
        "K-SEPARATE-FILING": ("신청과 따로, 다른 때에 내는 별개의 신고", "이 신청 안에서는 해당 없음: 다른 때에 따로 내며, 꾸러미에 들어 있어 여기서 함께 셌을 뿐이다 — 신청만 세려면 꾸러미에서 뺀다"),
        "K-OTHER-AGENCY": ("다른 기관에 내는 그 기관의 서식", "협약이 허용하는 범위에서 사본 대신 그 기관에서 정보를 직접 받는다"),
        "K-SUBJECT-LIST": ("제출자가 추천·신청하는 모든 사람의 명단 (한 사람당 한 줄)",
                           "각 사람의 서식이 이미 묻는 열(결정의 근거에 적힌 항목)은 그 서식에서 만들어 내고, 명단만 묻는 "
                           "항목은 각 사람의 서식에서 한 번씩 받으면 명단을 서류로 받지 않아도 된다"),
        "K-VARIANT": ("법령이 정한 서식의 다른 유형 (자기 머리말에는 근거 규정이 인쇄되어 있지 않음)",
                      "어느 규정이 정한 서식인지 확인한다: 원래 서식과 함께 그 규정을 개정하거나, 기관 자체 서식이면 기관이 고친다"),
        "K-ATTESTATION": ("제출자가 한 확인을 기록하는 서류",
                          "합쳐서는 풀리지 않는다: 확인 방법과 결과는 그대로 두고, 그 사람 자신의 서식과 겹치는 항목(성명·직위 "
                          "등)은 그 서식에서 옮겨 채울 수 있다"),
    },
}


def blocker_text(lang: str, blocker: dict) -> tuple[str, str]:
    """A blocker's reason and remedy in the report's language (the plan keeps the English)."""
    table = BLOCKERS.get(lang, {})
    return table.get(blocker.get("variant", ""), table.get(blocker.get("rule", ""), (blocker["why"], blocker["unblock"])))


def rule_text(lang: str, rule: str, fallback: str, variant: str = "") -> str:
    """A rule explained in the report's language — in the case the decision says (``variant``) where the
    language words it apart; the plan's own English reason otherwise."""
    table = RULES.get(lang, {})
    # (a part of the variant the language words as an addition — "K-SIGNER+copied_in" — is said after the rest)
    parts = [v for v in variant.split("+") if v]
    added = "".join(table[f"{rule}+{v}"] for v in parts if f"{rule}+{v}" in table)
    rest = "+".join(v for v in parts if f"{rule}+{v}" not in table)
    text = table.get(f"{rule}/{rest}", table.get(rule)) if rest else table.get(rule)
    # (the plan's English reason says all of it already)
    return text + added if text is not None else fallback


#: the plan's rules by a short name a director reads (the id stays in the English report and in plan.json)
RULE_NAMES = {
    "ko": {"K-PRIMARY": "주 신청서를 통합 신청서로", "K-MAIN-FORM": "주 신청서 유지(옮겨 올 서류 없음)", "K-NARRATIVE": "서술형 문서 유지", "K-SIGNER": "다른 사람이 서명하는 서류 유지",
           "K-SIGNER-OFFICIAL": "공무원이 작성하는 서류", "K-SIGNER-SIGNS-MAIN": "주 신청서에도 서명하는 사람의 서류", "K-CHANNEL-CONSENT-ESIGN": "조회 기관이 받는 서명 동의서 (전자서명 가능)", "K-CHANNEL-CONSENT-ESIGN-BY": "조회 기관이 기대는 서명 동의서 (정해진 기관은 전자서명 가능)", "K-SUBJECT-CONSENT": "정보주체의 동의가 필요한 조회", "X-VERIFIED-AT-LOGIN": "접수 시 본인 확인됨", "K-STATUTORY": "법정 서식 유지", "K-SUBJECT-LIST": "여러 사람의 명단 유지", "K-VARIANT": "법정 서식의 다른 유형", "K-ATTESTATION": "제출자 자신의 확인서 유지", "K-RECIPIENT": "다른 기관에 내는 서류", "K-RECEIVED": "신청인이 받아 보관하는 서류", "K-AFTER-APPROVAL": "승인 뒤 약정 단계의 서류",
           "K-SEPARATE-FILING": "따로 제출하는 신고서", "K-CHANNEL-CONSENT": "조회 기관이 받는 서명 동의서", "K-SCHEDULE": "부속 서식", "K-AGREEMENT": "계약서 유지", "K-PLEDGE-TEXT": "문언을 읽지 못한 서약서 유지",
           "K-OTHER-AGENCY": "다른 기관의 서식", "K-NEW-FORM": "새 통합 신청서", "K-ONLINE-APPLICATION": "온라인 신청서로 통합",
           "T-TWIN": "같은 서식의 다른 파일", "C-CONSENT-CHECKBOX": "동의서를 확인란으로", "C-NO-CONSENT-NEEDED": "동의가 필요 없음",
           "C-NO-CONSENT-NEEDED/to_confirm": "동의가 필요 없는지 확인할 동의란",
           "R-REGISTRY": "행정정보 공동이용으로 대체", "B-NO-REGISTRY": "공동이용 목록에 없음",
           "B-NO-REGISTRY/form": "패키지에 없는 서식", "B-NO-REGISTRY/evidence": "신청인 자신의 기록인 증빙", "M-MERGE-FORM": "통합 신청서에 통합",
           "P-PLEDGE-DECLARATION": "서약서를 확인 문구로", "F-ASK-ONCE": "한 번만 묻기", "F-SIGN-ONCE": "한 번만 서명", "F-PREFILL": "조회한 값 미리 채우기",
           "F-DERIVED": "계산해서 채우기", "F-CONSENT-SUBJECT": "동의서의 정보 주체 가정", "F-AGENCY-HELD": "기관이 가진 정보",
           "F-FORM-FILLS": "서식이 계산하는 값", "F-PER-PERSON": "사람마다 묻는 항목", "F-VALIDATE": "검증만 하는 항목",
           "O-KEEP": "설정 파일(formslim.yaml)로 유지", "X-CHECKLIST": "제출 목록 (서류 아님)", "X-REDUNDANT": "중복 서류"},
}


def rule_name(lang: str, rule: str, variant: str = "") -> str:
    """A rule by its short name in the report's language (the id where the language has none), the case of it a
    decision is where that case has a name of its own ("B-NO-REGISTRY/form": a form the package lacks is no
    certificate missing from the registry catalogue — review 48 #12)."""
    names = RULE_NAMES.get(lang, {})
    return names.get(f"{rule}/{variant}", names.get(rule, rule)) if variant else names.get(rule, rule)


#: document kinds (formslim.parse.classify.KINDS, and "copy" for an excluded copy) as a report names them
KIND_NAMES = {
    "ko": {"form": "신청 서식", "schedule": "부속 서식", "certificate": "증명서", "consent": "동의서", "pledge": "서약서",
           "agreement": "계약서", "roster": "명단", "checklist": "제출 목록", "notice": "공고·안내문",
           "data_file": "자료 파일", "issued": "발급 서류", "copy": "사본", "other": "기타"},
}


def kind_text(lang: str, kind: str) -> str:
    """A document kind in the report's language (the id where the language has no name for it)."""
    return KIND_NAMES.get(lang, {}).get(kind, kind)


def message(lang: str, key: str, **kw) -> str:
    """The catalogue's message ``key`` in ``lang`` (English where ``lang`` has none), filled in as it is."""
    s = TEXT.get(lang, TEXT["en"]).get(key) or TEXT["en"].get(key, key)
    return s.format(**kw) if kw else s


def joined(names, lang: str) -> str:
    """Names said together, a last word they share said once in Korean: "주민등록증·여권 진위확인", not "주민등록증
    진위확인, 여권 진위확인"."""
    names = list(dict.fromkeys(names))
    parts = [n.rsplit(" ", 1) for n in names]
    if lang == "ko" and len(names) > 1 and all(len(p) == 2 for p in parts) and len({p[1] for p in parts}) == 1:
        return "·".join(p[0] for p in parts) + " " + parts[0][1]
    return ", ".join(names)


def t(lang: str, key: str, **kw) -> str:
    """:func:`message`, its Korean particles fitted to the words before them (:func:`josa`)."""
    s = message(lang, key, **kw)
    return josa(s) if lang == "ko" else s


_PAIRS = {"을(를)": ("을", "를"), "이(가)": ("이", "가"), "은(는)": ("은", "는"), "과(와)": ("과", "와"),
          "으로(로)": ("으로", "로"), "(으)로": ("으로", "로")}
_JOSA = re.compile(r"(\S)((?:\s*\([^()]{1,30}\))?['’\"」』]?(?:\s*\([^()]{1,30}\))?)(을\(를\)|이\(가\)|은\(는\)|과\(와\)|으로\(로\)|\(으\)로)")


def josa(text: str) -> str:
    """Korean particles written for either ending ("사업자등록증명을(를)") as the word before takes them
    ("사업자등록증명을", "주민등록증 발급일자를"): by the last syllable's final consonant, a parenthesised note
    before the particle aside ("공적조서 (단체)를"), and a closing quote ("사업명 '창업도약패키지'는"); after a letter
    or digit the written pair stays ("'fire'은(는)")."""
    def pick(m):
        last, note, pair = m.group(1), m.group(2) or "", m.group(3)
        if not ("\uac00" <= last <= "\ud7a3"):
            return m.group(0)
        closed, open_ = _PAIRS[pair]
        final = (ord(last) - 0xAC00) % 28
        if pair in ("으로(로)", "(으)로"):
            return last + note + (open_ if final in (0, 8) else closed)  # (ㄹ 받침 takes 로)
        return last + note + (closed if final else open_)
    return _JOSA.sub(pick, text)


#: the matcher's and the planner's evidence lines, as the Korean report says them: (pattern, template);
#: {1}, {2} … are the pattern's groups; a line no pattern reads stays as written (English)
EVIDENCE = {
    "ko": [
        (r"(.+): a form the (.+) writes that the package does not hold — priced as a short form \(reading, checking, "
         r"sending\); its questions are unknown and not counted",
         "{1}: {2}이(가) 작성하는 서식이나 패키지에 없음 — 짧은 서식(읽기·확인·제출)으로 셈; 질문 수를 알 수 없어 세지 않음"),
        (r"(.+), its box of attachments: '(.+)' \(not in the package\)", "「{1}」의 첨부서류란: '{2}' (패키지에 없음)"),
        (r"(.+), its box of attachments: '(.+)'", "「{1}」의 첨부서류란: '{2}'"),
        (r"the proposed package asks more questions than today's: the consolidated form asks (\d+) question\(s\) of its "
         r"own that no document asked as a field \((.+)\), more than it saves",
         "제안한 서류 묶음이 지금보다 많은 항목을 묻는다: 통합 신청서가 어느 서류도 항목으로 묻지 않던 질문 {1}개({2})를 "
         "더해, 줄인 것보다 많다"),
        (r"an applicant who files only what every applicant files answers more questions than today: the consolidated "
         r"form asks questions of its own that no document asked \((.+)\), and the "
         r"questions it saves are mostly those of documents filed only in some cases",
         "모든 신청인이 내는 서류만 내는 신청인이 지금보다 많은 항목을 기재한다: 통합 신청서가 어느 서류도 묻지 않던 항목"
         "({1})을 새로 묻고, 줄어드는 항목은 대부분 해당 시에만 내는 서류의 것이다"),
        (r"over all documents, those filed only where they apply included, the package asks more questions: the "
         r"consolidated form's own \((.+)\) are everyone's, the questions it saves are partly "
         r"those of documents filed only in some cases",
         "해당 시에만 내는 서류까지 모든 서류로 보면 묻는 항목이 늘어난다: 통합 신청서가 새로 묻는 항목({1})은 "
         "모든 신청인의 것이고, 줄어드는 항목 일부는 해당 시에만 내는 서류의 것이다"),
        (r"minutes per applicant rise \((.+)\): one longer form can take more time than the short documents it "
         r"replaces \(SCM standard times by form length\)",
         "신청 1건당 소요 시간 증가 ({1}): 긴 서식 하나가 대체하는 짧은 서류들보다 오래 걸릴 수 있다 (서식 길이별 SCM 표준 시간)"),
        (r"an applicant who files only what every applicant files spends more minutes than today \((.+)\): the form "
         r"that takes in other documents' questions is longer, and SCM standard times grow with form length",
         "모든 신청인이 내는 서류만 내는 신청인의 소요 시간이 지금보다 늘어난다 ({1}): 다른 서류의 항목을 받아들인 서식이 "
         "길어지고, SCM 표준 시간은 서식 길이에 따라 늘어난다"),
        (r"documents filed once per person \((.+)\) are counted once, as for one person: each further person adds about "
         r"(\d+) minutes today and (\d+) as proposed",
         "사람마다 한 부씩 내는 서류({1})는 한 사람 기준으로 한 번 셈: 한 사람이 늘 때마다 지금 약 {2}분, 개선 후 {3}분이 더해짐"),
        (r"the package's 행정정보 공동이용 consent \((.+)\) lists (.+) among the records the agency looks up: those can be "
         r"checked there instead of a copy; not (.+), which the applicant still supplies",
         "이 묶음의 행정정보 공동이용 동의서({1})가 기관이 확인하는 서류로 {2}을(를) 적고 있음: 그 부분은 사본 대신 공동이용으로 "
         "확인할 수 있음; {3}은(는) 신청인이 계속 제출"),
        (r"the package's 행정정보 공동이용 consent \((.+)\) lists (.+) among the records the agency looks up: those can be "
         r"checked there instead of a copy",
         "이 묶음의 행정정보 공동이용 동의서({1})가 기관이 확인하는 서류로 {2}을(를) 적고 있음: 그 부분은 사본 대신 공동이용으로 "
         "확인할 수 있음"),
        (r"the package's forms print different rules or editions as their source: (.+) — confirm that each is the form "
         r"in force for this programme",
         "이 묶음의 서식들이 서로 다른 근거 규정(또는 다른 해의 판)을 출처로 적고 있다: {1} — 각 서식이 이 사업에 현재 "
         "적용되는 서식인지 확인"),
        (r"(.+): a certificate its own signers write \((.+)\), not one an authority issues: priced as a form they fill "
         r"\((\d+) questions\), not as a copy obtained",
         "{1}: 기관이 발급하는 증명서가 아니라 서명하는 사람({2!})이 직접 작성하는 확인서 — 발급받는 사본이 아니라 그 사람이 "
         "작성하는 서식(질문 {3}개)으로 소요 시간을 셈"),
        (r"(.+) asks '(.+)' of the one the variants (.+) are about, data only a person has: it is filed only in that "
         r"case \((.+)\)",
         "{1}: {3}이(가) 다루는 대상에게 개인만 가진 정보('{2}')를 물음 — 그 대상이 개인일 때만 내는 서류({4})"),
        (r"(.+) is the consent of the one the variants (.+) are about, which only a person gives: it is filed only in "
         r"that case \((.+)\)",
         "{1}: {2}이(가) 다루는 대상 본인의 동의서 — 개인정보 동의는 개인만 하므로 그 대상이 개인일 때만 내는 서류({3})"),
        (r"(.+) is the variant of (.+) for another kind of applicant \(the titles differ only by words of one "
         r"contrast class\): an applicant files one of them, so the documents, questions and minutes per applicant "
         r"count (.+)",
         "{1}: {2}의 다른 신청 유형용 서식 (제목이 대비되는 말 하나만 다름) — 신청 1건에는 둘 중 하나만 내므로 서류·질문·시간은 "
         "{3} 기준으로 셈"),
        (r"only one label says whose (\S+) it is \((.+)'s\): check it is the same person",
         "한쪽 항목만 어느 쪽의 {1}인지 밝힘({2}): 같은 사람인지 확인"),
        (r"only one label says whose it is \((.+)\): check it is the same person", "한쪽 항목만 누구의 정보인지 밝힘({1}): 같은 사람인지 확인"),
        (r"only one label says whose it is \((.+)\): check it is the same organisation", "한쪽 항목만 어느 단체의 정보인지 밝힘({1}): 같은 단체인지 확인"),
        (r"only one label says which (.+)", "한쪽 항목만 몇 번째 {1}인지 밝힘"),
        (r"only one label says '(.+)' \(the other says none of its kind\): check it is the same datum",
         "한쪽 항목만 '{1}'(이)라고 밝힘(다른 쪽에는 그런 말이 없음): 같은 정보인지 확인"),
        (r"one is a column of a list of people, the other a single answer: one row may be this person, check which",
         "한쪽은 명단의 열, 다른 쪽은 한 사람의 답: 명단의 한 줄일 수 있으니 어느 줄인지 확인"),
        (r"one form is the variant for an organisation \('(.+)'\), the other is not: check it asks about the same subject",
         "한쪽 서식은 단체용('{1}')이고 다른 쪽은 아님: 같은 대상을 묻는지 확인"),
        (r"neither label says whose it is: check it is the same person", "두 항목 모두 누구의 정보인지 밝히지 않음: 같은 사람인지 확인"),
        (r"the only (\S+) the form asks, by its bare name: the filer's \((.+)\)", "서식이 이름만으로 한 번 묻는 {1}: 제출인의 것({2})"),
        (r"(\d+) signature blocks of one signer in one document \((\d+) name, date and signature fields\)",
         "한 사람이 한 서류에 서명하는 서명란 {1}곳 (작성일·성명·서명 항목 {2}개)"),
        (r"the carry-over variant fills (\d+) answers a form says the online application asks too \((.+)\) from that application",
         "옮겨 채우기 가정은 서식이 온라인 신청서에서도 묻는다고 밝힌 답 {1}개({2})를 온라인 신청서의 답으로 채운다"),
        (r"the carry-over variant computes (\d+) answers: a total or a share whose formula the form prints "
         r"\(\"\(C=A\+B\)\", \"\(a\+b\+c\)\"\) is computed by that system from the parts the applicant writes",
         "옮겨 채우기 가정은 답 {1}개를 계산한다: 서식이 계산식을 인쇄한 합계나 비율(\"(C=A+B)\", \"(a+b+c)\")은 신청을 받는 "
         "시스템이 신청인이 적은 값에서 계산한다"),
        (r"the carry-over variant \((\d+) answers the plan still asks more than once\): each is written once and "
         r"filled into the other documents that ask it \(by the system that receives the application — the agency's, or "
         r"that of whoever takes it on the agency's behalf — or printed in before the applicant signs\), "
         r"the applicant only checking it; only answers linked with certainty are carried, the documents stay as they "
         r"are, and the headline figures do not count it",
         "옮겨 채우기 가정(감축안 뒤에도 두 번 이상 묻는 답 {1}개): 각 답을 한 번만 쓰고 그 답을 묻는 다른 서류에는 신청을 "
         "받는 시스템(기관의 것, 또는 기관을 대신해 신청을 받는 곳의 것)이 채우거나 서명 전에 미리 인쇄하며, 신청인은 확인만 한다. 확실히 연결된 답만 옮기고 서류는 그대로 두며, "
         "요약 수치에는 넣지 않는다"),
        (r"officials fill and sign it \((.+)\) about a person it does not name; the package is for the (\w+) \((.+)\)",
         "담당자({1})가 작성·서명하는 서식으로, 이름을 밝히지 않은 사람은 이 서류 묶음의 대상인 {2}({3})"),
        (r"the declaration printed on (.+), word for word", "{1}에 인쇄된 확인 문구 (그대로 옮김)"),
        (r"the lines its label says to add, by their printed numbers", "항목명이 더하라고 한 줄들 (인쇄된 번호로 찾음)"),
        (r"(\d+) question\(s\) asked nowhere else", "다른 서류에서 묻지 않는 질문 {1}개"),
        (r"(\d+) question\(s\) asked in another form too \(they can be filled from there\)",
         "다른 서식에서도 묻는 질문 {1}개 (그 서식에서 옮겨 채울 수 있음)"),
        (r"the form is '(.+)': filled and signed by the (.+)", "서식에 '{1}'라고 적혀 있음: {2}이(가) 작성·서명"),
        (r"country (\w+): inferred from the language of the forms \(set 'country' in the manifest\)",
         "국가 {1}: 서식의 언어로 추정 (설정 파일(formslim.yaml)의 country로 지정)"),
        (r"country (\w+): the forms print their issuer, (.+) \('(.+)'\) \(set 'country' in the manifest\)",
         "국가 {1}: 서식에 발행 기관 {2}('{3}')이 인쇄됨 (설정 파일(formslim.yaml)의 country로 지정)"),
        (r"no hourly tariff is known for (\w+): costs are priced at the US default, for comparison only \(set "
         r"hourly_tariff and currency in the manifest\)",
         "{1}의 시간당 임금 기준이 없어 비용은 비교용으로 미국 기본값으로 계산함 (설정 파일의 hourly_tariff와 currency로 지정)"),
        (r"(\d+) field\(s\) of (\d+) PDF\(s\) are flagged read-only with no calculation in the file: taken as filled by "
         r"the filing software that ships them, not asked of the filer; on the printed forms the filer works them out — "
         r"counted, they add (\d+) question\(s\) before and after alike",
         "PDF {2}개의 항목 {1}개가 읽기 전용이지만 파일에 계산식이 없음: 그 PDF를 쓰는 신고 프로그램이 채우는 것으로 보아 "
         "신청인에게 묻는 질문으로 세지 않음 — 인쇄된 서식에서는 신청인이 직접 계산해 적으므로, 세면 개선 전후 모두 질문이 {3}개 늘어남"),
        (r"(.+): the file starts at page (\d+)(?: of \d+)? of its form \('(.+)'\): the pages before it are not in the file, "
         r"and their questions are not counted",
         "{1}: 파일이 서식의 {2}쪽부터 시작함('{3}') — 그 앞쪽은 파일에 없어 그 질문은 세지 않음"),
        (r"(.+): the file ends at page (\d+) of (\d+) of its form \('(.+)'\): the pages after it are not in the file, "
         r"and their questions are not counted",
         "{1}: 파일이 서식의 {3}쪽 중 {2}쪽에서 끝남('{4}') — 그 뒤쪽은 파일에 없어 그 질문은 세지 않음"),
        (r"(.+): this fillable edition marks (\d+) item\(s\) '\(Not Supported\)' \((.+)\): the printed form asks them; "
         r"they are counted as printed",
         "{1}: 이 입력형 판은 항목 {2}개에 '(Not Supported)'라고 적어 받지 않음({3}) — 인쇄된 서식은 묻는 항목이므로 인쇄된 대로 셌다"),
        (r"(.+): the file ends at page (\d+) of its form \('(.+)'\): the pages after it are not in the file, "
         r"and their questions are not counted",
         "{1}: 파일이 서식의 {2}쪽에서 끝나지만 서식은 이어짐('{3}') — 그 뒤쪽은 파일에 없어 그 질문은 세지 않음"),
        (r"(\d+) answer\(s\) are no longer asked because the consolidated form computes them from other answers \(sums, "
         r"differences, copies of a total\): that takes a form that calculates — a fillable or online form; printed on "
         r"paper, the filer still works them out, and they stay on it",
         "통합 신청서가 다른 답에서 계산하는 답 {1}개(합계, 차액, 합계의 옮겨 적기)는 더 묻지 않는 것으로 셌다: 계산해 주는 "
         "서식(입력형 서식이나 온라인 신청)이어야 가능하며, 종이에 인쇄하면 신청인이 여전히 계산해 적으므로 서식에 남는다"),
        (r"document kinds inferred from titles, file names and text \(give them in a manifest to be sure\)",
         "서류 종류는 제목·파일명·본문으로 추정 (확실히 하려면 설정 파일(formslim.yaml)에 지정)"),
        (r"hourly tariff ([\d,.]+) KRW: an assumption, not a sourced figure \(set hourly_tariff in the manifest or --tariff\)",
         "시간당 단가 {1}원: 출처 있는 수치가 아닌 가정 (설정 파일(formslim.yaml)의 hourly_tariff 또는 --tariff로 지정)"),
        (r"(.+): priced as a narrative the filer composes \(SCM 'preparing data', complex\) — it demands '(.+)' of text",
         "{1}: 작성자가 직접 써야 하는 글('{2}')을 요구하므로 서술형 문서로 계산함 (SCM '자료 준비', 복잡 수준)"),
        (r"hourly tariff ([\d,.]+) (\w+): an assumption, not a sourced figure \(set hourly_tariff in the manifest or --tariff\)",
         "시간당 단가 {1} {2}: 출처 있는 수치가 아닌 가정 (설정 파일(formslim.yaml)의 hourly_tariff 또는 --tariff로 지정)"),
        (r"(\d+) of (\d+) documents print their own time estimate \(Paperwork Reduction Act statements\): ([\d.–]+) "
         r"minutes, where this model gives (\d+) minutes for them; the model's figures are used throughout, the printed "
         r"ones are shown beside them as a cross-check",
         "서류 {2}건 중 {1}건이 작성 소요시간을 스스로 밝힘(서류감축법 고지): {3}분, 이 모형의 추정은 {4}분. "
         "수치는 모형의 추정을 쓰고, 서식의 표기는 교차 확인용으로 나란히 보임"),
        (r"an identity check the applicant chooses among several documents is counted as the first the listing "
         r"names, with the question that chooses",
         "신청인이 여러 신분증 중 하나를 골라 진위확인을 받는 경우, 목록의 첫 신분증과 그 선택 질문으로 셈"),
        (r"the listing accepts one of several documents: the applicant chooses which the agency checks \((.+)\), "
         r"each asked only with its own data",
         "목록이 여러 서류 중 하나를 받음: 신청인이 기관이 확인할 서류를 고름({1}), 각 서류의 정보만 물음"),
        (r"the programme's name '(.+)' is the package folder's name: no form or notice names it \(name it with "
         r"programme: in formslim.yaml\)", "사업명 '{1}'은(는) 묶음 폴더 이름: 서식·공고문 어디에도 사업명이 없음 (설정 파일 "
         "formslim.yaml의 programme:으로 지정)"),
        (r"the programme's name '(.+)' is formslim's reading of the forms \(no manifest names it: programme: in "
         r"formslim\.yaml\)",
         "사업명 '{1}'은(는) formslim이 서식에서 읽은 것 (설정 파일 formslim.yaml에 사업명 programme: 없음)"),
        (r"attachments taken from the box of attachments a prescribed form prints \(what its applicant files with "
         r"it\); those not in the package are counted as documents whose questions are unknown, and those it says are "
         r"given only in some cases are not counted",
         "첨부 서류는 법정 서식의 첨부서류란(신청인이 함께 내는 서류)으로 셈: 패키지에 없는 서류는 질문 수를 모르는 서류로 세고, "
         "어떤 경우에만 낸다고 적힌 서류는 세지 않음"),
        (r"required attachments taken from the checklist \('\(필수\)' items\); conditional ones are not counted",
         "첨부 서류는 제출 목록의 '(필수)' 항목으로 셈 ('(해당 시)' 항목은 세지 않음)"),
        (r"required attachments taken from the notice's list of documents to submit \(each with its number of "
         r"copies\) and the checklist's '\(필수\)' items",
         "첨부 서류는 공고문의 제출 서류 목록(부수가 적힌 항목)과 제출 목록의 '(필수)' 항목으로 셈"),
        (r"the standard times per activity are borrowed from Germany \((.+)\); no measurement of US applicants "
         r"exists here: the minutes are a model's, to check against a sample of real applicants",
         "활동별 표준 소요시간은 독일 연방 표준비용모형 지침({1})에서 빌려 온 값으로, 미국 신청인을 측정한 값이 아니다: "
         "분 단위 수치는 모형의 추정이므로 실제 신청인 표본으로 확인해야 한다"),
        (r"answers pre-filled only where the applicant gives a number the forms ask 'if any' \((.+)\) are counted as "
         r"asked: an applicant without that number answers them",
         "서식이 '해당 시' 적게 하는 번호를 신청인이 적을 때만 미리 채워지는 답({1})은 묻는 것으로 셌다: 그 번호가 없는 "
         "신청인은 직접 적는다"),
        (r"the form is filed for a person or a business, copy by copy \('(.+)'\): check whose copy this is, and who "
         r"signs it", "개인 또는 사업체마다 한 부씩 내는 서식('{1}'): 누구의 것인지, 누가 서명하는지 확인"),
        (r"not pre-filled from (.+?): '(.+)' \(([^()]+)\) — the form says: '(.*)'; the answer is the one that source "
         r"gives", "{1}에서 미리 채우지 않음: '{2}'({3}) — 서식의 문구: '{4}'; 답은 그 출처가 주는 값이어야 함"),
        (r"the standard times per activity are borrowed from Germany \((.+)\); no measurement of KR applicants "
         r"exists here: the minutes are a model's, to check against a sample of real applicants",
         "활동별 표준 소요시간은 독일 연방 표준비용모형 지침({1})에서 빌려 온 값으로, 한국 신청인을 측정한 값이 아니다: "
         "분 단위 수치는 모형의 추정이므로 실제 신청인 표본으로 확인해야 한다"),
        (r"the applicants here are individuals, but the standard times are the guide's table for businesses: its "
         r"table for citizens is not in the reference data, so the business times stand in for it",
         "이 서류의 신청인은 개인인데 표준 소요시간은 지침의 기업용 표를 썼다: 시민(개인)용 표가 참고 자료에 없어 기업용 "
         "값으로 대신함"),
        (r"a document of more than (\d+) questions is filled in as that many complex forms, pro rata \((\d+) minutes "
         r"per \d+ questions\): an extrapolation beyond the guide's three levels \(the longest here asks (\d+)\)",
         "질문이 {1}개를 넘는 서류는 그만큼의 '복잡' 서식으로 보고 비례 계산함 (질문 {1}개당 {2}분): 지침의 세 단계를 넘어선 "
         "외삽 (가장 긴 서류의 질문 {3}개)"),
        (r"no applicants_per_year in a manifest: burden is given per applicant only",
         "설정 파일(formslim.yaml)에 연간 신청 건수(applicants_per_year)가 없어 부담은 신청 1건 기준으로만 제시"),
        (r"two different lists of people", "서로 다른 명단의 항목"),
        (r"(.+): the calculation of '(.+)' names (\d+) field\(s\) the form does not have \((.+)\): the form cannot compute "
         r"it as shipped — check the total and its script",
         "{1}: '{2}' 항목의 계산식이 서식에 없는 항목 {3}개({4})를 가리켜 배포된 그대로는 계산되지 않음 — 합계와 계산식을 확인"),
        (r"a column of a list in each form: check the two lists hold the same rows", "두 서식 각각의 목록에 있는 열: 두 목록이 같은 행을 담는지 확인"),
        (r"one is a column of a list \(of projects, items …\), the other a single answer: check the answer is one of its rows",
         "하나는 목록(사업·품목 등)의 열, 다른 하나는 단일 항목: 그 답이 목록의 한 행인지 확인"),
        (r"override not applied: (.+): not found in the package \(ignored\)",
         "적용하지 않은 재정의: {1} — 서류 묶음에서 찾지 못함 (무시)"),
        (r"override not applied: same datum (.+) / (.+): not joined, for (.+) asks '(.+)' and '(.+)' apart and they "
         r"would become one datum \(ignored\)",
         "적용하지 않은 재정의: 같은 정보 {1} / {2} — {3} 서식이 '{4}', '{5}' 항목을 따로 물어 합치면 한 정보가 됨 (무시)"),
        (r"override applied: same datum (.+) / (.+)", "적용한 재정의: 같은 정보 {1} / {2}"),
        # (a manifest's parties, said in the report's language — review 54 #14: "override applied: … is filled by the
        # 확인자" stood in English in a Korean report)
        (r"override applied: (.+) is filled by the (.+)",
         "적용한 재정의: {1}은(는) {2!}의 서류로 읽음 (그 서류가 이름 없이 묻는 사람 정보는 {2!}의 것)"),
        (r"override applied: one person: (.+)", "적용한 재정의: 같은 사람 {1}"),
        (r"override applied: in (.+), the (.+) is the (.+)", "적용한 재정의: {1}에서 {2!}은(는) {3!}"),
        (r"override applied: never merge (.+) / (.+)", "적용한 재정의: 합치지 않음 {1} / {2}"),
        (r"contrasting words \((.+) vs (.+)\)", "서로 대비되는 말이 있음({1} / {2})"),
        (r"the labels differ in words that often name different things \((.+)\): check",
         "흔히 다른 것을 가리키는 말이 다름({1}): 확인"),
        (r"both ask the same data together in one box: (.+)", "둘 다 한 칸에 같은 정보들을 함께 물음: {1}"),
        (r"one box asks several data together \((.+)\): the other asks one of them",
         "한쪽은 한 칸에 여러 정보({1})를 함께 묻고, 다른 쪽은 그중 하나만 물음"),
        (r"an annex of the notice it is printed in, with no form of its own to fill \(no signature, no form title\)",
         "함께 인쇄된 공고의 붙임으로, 따로 작성할 서식이 아님 (서명란·서식 제목 없음)"),
        (r"(\d+) answer space\(s\) and no signature in (\d+) page\(s\) of a file of several forms: pages to read, not a form to fill",
         "여러 서식이 든 파일 중 작성란 {1}개·서명란 없는 {2}쪽: 읽는 쪽이며 작성할 서식이 아님"),
        (r"the form asks this of several people: check which one", "서식이 여러 사람에게 묻는 항목: 누구의 것인지 확인"),
        (r"validated: R-(.+)", "기재 후 확인: {1}"),
        (r"asked elsewhere", "다른 곳에서 물음"),
        (r"registries not open to (.+) \((.+)\): (.+)", "{1}({2})에 열려 있지 않은 조회 경로: {3}"),
        (r"registries open only to some kinds of agency, not assumed open \(the forms print no issuing agency\): (.+)",
         "일부 기관에만 열린 조회 경로는 열려 있다고 보지 않음 (서식에 발급 기관이 인쇄되지 않음): {1}"),
        (r"one label allows several data, the other asks one of them: (.+)", "한쪽 항목이 여러 정보를 허용하고 다른 쪽은 그중 하나를 물음: {1}"),
        (r"one label allows several data: (.+)", "한쪽 항목이 여러 정보를 허용: {1}"),
        (r"one label allows a person's or an organisation's datum \((.+)\); both ask it of the same (\w+)",
         "한쪽 항목은 개인 또는 단체의 정보를 허용({1}), 둘 다 같은 {2}에게 물음"),
        (r"only one label asks for a former or other one: check it is not the current one",
         "한쪽 항목만 예전 또는 다른 것을 물음: 현재의 것이 아닌지 확인"),
        (r"one asks where mail goes, the other where the person lives: the same only if they are one",
         "한쪽은 우편물 받는 주소, 다른 쪽은 사는 곳: 둘이 같을 때만 같은 정보"),
        (r"the form calls its filer 'you \((\w+)\)'", "서식이 작성인을 '당신({1})'이라 부름"),
        (r"(.+) is a petition for a beneficiary; (.+) (?:is|are) filed by 'you': the applicant is the beneficiary",
         "{1}은(는) 수혜자를 위한 청원서이고 {2}은(는) '당신'이 작성: 신청인이 곧 수혜자"),
        (r"they look like one datum, but one of them is already joined to another field of its own document, "
         r"or to a field the other contradicts, so they were not merged — is it the same datum\?",
         "같은 정보로 보이지만, 한쪽이 이미 같은 서류의 다른 항목(또는 상대와 맞지 않는 항목)과 묶여 있어 "
         "자동으로 합치지 않음 — 같은 정보인지 확인해 주십시오"),
        (r"both ask (\S+) \(read: .*\)(.*)", "둘 다 {1}을(를) 물음{2}"),
        (r"same subject: (.+)", "같은 대상: {1}"),
        (r"the (.+?) may be the (.+?)(?: \(.*\))?: check it is the same person", "{1!}이(가) {2!}일 수 있음: 같은 사람인지 확인"),
        (r"each form may name another (\w+): check it is the same person", "서식마다 다른 {1}일 수 있음: 같은 사람인지 확인"),
        (r"near-identical wording \(([\d.]+)\), one label unknown to the dictionary", "거의 같은 문구({1}), 한쪽은 사전에 없는 항목"),
        (r"same wording outside the dictionary \(similarity ([\d.]+)\)", "사전에 없는 같은 문구(유사도 {1})"),
        (r"the same wording, word for word \('(.+)'\), outside the dictionary", "사전에 없지만 문구가 같음('{1}')"),
        (r"(\d+) questions; the main form: (\d+) other document\(s\) say they are filed with it",
         "{1}개 질문; 주된 신청서: 다른 서류 {2}건이 이 서식에 첨부한다고 밝힘"),
        (r"(\d+) questions; the main form: it calls itself the application", "{1}개 질문; 주된 신청서: 서식 스스로 신청서라고 밝힘"),
        (r"(\d+) questions; the main form: of the forms the applicant files, it asks most of the applicant's own data",
         "{1}개 질문; 주된 신청서: 신청인이 내는 서식 가운데 신청인 자신의 정보를 가장 많이 물음"),
        (r"(.+) \(printed for the slot: a post of the organisation's own\)", "{1!} (서명란에 제출 기관 자신의 직위가 인쇄됨)"),
        (r"(.+) \(printed for the slot: the (\w+)\)", "{1!} (서명란에 {2}이(가) 인쇄됨)"),
        (r"'(.+)' printed at a signature mark: (.*)", "서명란에 '{1}' 인쇄: {2}"),
        (r"signature labelled '(.+)': whichever of them files signs", "'{1}' 서명란: 그 가운데 제출하는 쪽이 서명"),
        (r"signature labelled '(.+)'", "'{1}' 서명란"),
        (r"each row asks the (\w+)'s (.+)", "한 줄마다 {1}의 {2}을(를) 물음"),
        (r"asked of one (\w+) in (.+)", "{2}이(가) {1} 한 사람에 대해 물음"),
        (r"(.+) is signed in the name of the (\w+) \('(.+)'\), the party that files such a package for someone else: "
         r"the (\w+) files the package, and its own posts sign for it",
         "{1}에 {2}의 이름으로 서명함('{3}'): {2}은(는) 다른 사람을 위해 이런 서류를 내는 쪽이므로, {4}이(가) 이 "
         "서류들을 내고 그 직원(작성자·확인자·조사자)이 {4}의 이름으로 서명하는 것으로 봄"),
        (r"the package's main form names no applicant but the (\w+), who files for someone else: the (\w+) files the "
         r"package, and signs for it", "주된 서식이 신청인이 아닌 {1}(다른 사람을 위해 내는 사람)을 적고 있어, {2}이(가) 이 서류를 "
         "내고 서명하는 것으로 봄"),
        (r"(\d+) question\(s\) asked nowhere else", "다른 서류에서 묻지 않는 질문 {1}개"),
        (r"(\d+) question\(s\) asked in another form too \(they can be filled from there\)",
         "다른 서식에서도 묻는 질문 {1}개 (그 서식에서 옮겨 채울 수 있음)"),
        (r"the titles differ only by words of one contrast class \('(.+)', '(.+)'\)", "제목이 대비되는 말 하나만 다름('{1}', '{2}')"),
        (r"assumption: the variant is prescribed with the form it is a variant of \(its own header prints no rule\) "
         r"— confirm with the rule", "가정: 이 유형도 원래 서식과 함께 정해진 서식임(자기 머리말에는 근거 규정이 인쇄되어 있지 않음) — "
         "규정으로 확인"),
        (r"(.+): a form prescribed by (.+): it stays as it is, with its questions, until that rule is amended",
         "{1}: {2}이(가) 정한 서식이라 그 규정이 개정될 때까지 질문까지 그대로 유지"),
        (r"a consent whose title names the (.+?) \('(.+)'\): that party signs it",
         "제목이 {1}을(를) 적은 동의서('{2}'): 그 사람이 서명"),
        (r"a pledge whose title names the (.+?) \('(.+)'\): that party signs it",
         "제목이 {1}을(를) 적은 서약서('{2}'): 그 사람이 서명"),
        (r"a signature block that names no other party: the applicant signs", "다른 사람을 적지 않은 서명란: 신청인이 서명"),
        (r"legal basis: (.+)", "법적 근거: {1}"),
        (r"looked up by (.+), which the package asks", "신청 서류가 묻는 {1}(으)로 조회"),
        (r"the lookup needs (.+), which no form asks: the consolidated form adds (?:it|them)",
         "조회에 필요한 {1}을(를) 묻는 서식이 없어 통합 신청서에 추가"),
        (r"a check that answers match or no match: it confirms what the applicant states and pre-fills nothing",
         "일치 여부만 회신하는 확인: 신청인이 적은 값을 확인할 뿐 미리 채우지 않음"),
        (r"needs the applicant's consent: a consent checkbox is added to the consolidated form",
         "신청인의 동의 필요: 통합 신청서에 동의 확인란을 추가"),
        (r"needs the consent of the (\w+), whom it is about: a consent checkbox for them is added to the consolidated "
         r"form, with their own lookup data", "정보 주체인 {1}의 동의 필요: 통합 신청서에 그 사람의 동의 확인란과 조회 정보를 추가"),
        (r"(\d+) consent item\(s\)", "동의 항목 {1}개"),
        (r"it prints how long it holds: “(.+)”", "유효 기간·횟수 (인쇄된 문구): “{1}”"),
        (r"open only to agencies of kind (.+): the plan uses it only where the forms' issuing agency is one",
         "{1} 기관에만 열린 조회 경로: 서식을 낸 기관이 그런 기관일 때에만 계획에 씀"),
        (r"duplicate group (G\d+): (\S+) of the (\w+)", "중복 묶음 {1}: {3}의 {2}"),
        (r"duplicate group (G\d+): (.+)", "중복 묶음 {1}: {2}"),
        (r"signed by the (\w+): (.+)", "{1}이(가) 서명: {2!}"),
        (r"the form says: '(.+)'", "서식에 적힌 말: '{1}'"),
        (r"required by (.+) \(as printed\)", "근거 (서식에 적힌 대로): {1}"),
        (r"signed by the (\S+) \((.+)\)", "{1}이(가) 서명 ({2})"),
        (r"signed by the (\S+)", "{1}이(가) 서명"),
        (r"printed header: (.+)", "머리말에 인쇄: {1}"),
        (r"what it gives for (\S+): (.+)", "{1}에 대해 주는 값: {2}"),
        (r"looked up by (.+), which the online application's business authentication gives",
         "온라인 신청서의 기업인증으로 확인되는 {1}(으)로 조회"),
        (r"the check it would need otherwise: (.+)", "그렇지 않으면 필요했을 확인: {1}"),
        (r"(\d+) answer\(s\) of documents kept as they are are checked against (.+), which the agency fetches for "
         r"this application anyway", "그대로 유지하는 서류의 답 {1}개를 기관이 이 신청을 위해 어차피 확인하는 {2}과(와) 대조한다"),
        # (the record's name, then its issuer — "국세청 (National Tax Service)" —, whose English name is dropped)
        (r"the representative's name and birth date on (.+?) \((.+)\)", "{1}({2})의 대표자 성명·생년월일"),
        (r"the lookup needs (.+), which no form asks: the (\w+)'s own consent document asks (?:it|them)",
         "조회에 필요한 {1}을(를) 묻는 서식이 없어 {2} 본인의 동의서에서 받음"),
        (r"needs the consent of the (\w+), whom it is about, and their data: the consent to administrative "
         r"information sharing they sign in '(.+)' is where the agency adds this check and its data \(the online "
         r"application is the applicant's alone\)",
         "정보 주체인 {1}의 동의와 정보 필요: 그 사람이 서명하는 '{2}'의 행정정보 공동이용 동의에 이 조회와 필요한 정보를 "
         "더한다(온라인 신청서는 신청인만 작성)"),
        (r"score (\d(?:\.\d+)?)", "점수 {1}"),
        (r"a (\S+) and a (\S+) are one datum for some applicants, two for others: check",
         "{1}와(과) {2}: 신청인에 따라 같은 정보이기도, 다른 정보이기도 함 — 확인 필요"),
        (r"a (\S+) may be this (\S+), depending on whose it is: check", "{1}은(는) 누구의 정보인지에 따라 {2}일 수 있음 — 확인 필요"),
        (r"assumption: the form does not say whose data it asks; check it", "가정: 서식이 누구의 정보인지 밝히지 않음 — 확인 필요"),
        (r"the consolidated form is signed and dated once", "통합 신청서에 한 번 서명하고 날짜를 적음"),
        (r"its part of the printed notice is information, not a consent: '(.+)'",
         "인쇄된 안내문 가운데 이 항목의 부분은 동의가 아닌 안내: '{1}'"),
        (r"the notice says: '(.+)'", "안내문: '{1}'"),
        (r"the notice names as its basis: '(.+)'", "안내문이 근거로 든 법령: '{1}'"),
        (r"'(.+)' stays a consent until the legal review confirms that (.+) allows processing (.+) without the data "
         r"subject's consent: its notice says so, but a form's own claim is no basis formslim can check — where the "
         r"law does not name a datum, that datum needs a consent of its own",
         "'{1}'은(는) {2}이(가) {3}을(를) 정보주체의 동의 없이 처리하도록 허용하는지 법률 검토에서 확인될 때까지 동의로 "
         "남김: 안내문은 그렇다고 하지만 서식의 주장만으로는 근거를 확인할 수 없음 — 법령이 정하지 않은 항목은 따로 동의를 "
         "받아야 함(개인정보 보호법 제24조 제1항)"),
        (r"the law has it disclosed, not consented to \((.+)\)", "법은 동의가 아니라 공개를 요구함({1})"),
        (r"'(.+)' asks a consent the law does not need: the consolidated form shows its notice, with nothing to tick",
         "'{1}'은(는) 법이 요구하지 않는 동의를 받음: 통합 신청서에는 체크할 것 없이 안내문만 싣는다"),
        (r"only the (\w+) signs these forms", "이 서식들에 서명하는 사람은 {1} 한 사람"),
        (r"each party signs the consolidated form once", "서명하는 사람마다 통합 신청서에 한 번 서명"),
        (r"one signature of the (\w+) in their block of the consolidated form instead of (\d+)",
         "{1} 서명: {2}번 대신 통합 신청서의 {1} 란에 한 번"),
        (r"one name of the (\w+) in their block of the consolidated form instead of (\d+)",
         "{1} 성명: {2}번 대신 통합 신청서의 {1} 란에 한 번"),
        (r"one date of the (\w+) in their block of the consolidated form instead of (\d+)",
         "{1} 작성일: {2}번 대신 통합 신청서의 {1} 란에 한 번"),
        (r"a notice or guide the applicant reads, not a document submitted", "신청인이 읽는 공고·안내문: 제출 서류가 아님"),
        (r"a table of values, not a form the applicant fills in", "값을 담은 표: 신청인이 작성하는 서식이 아님"),
        (r"a list of what to submit that asks nothing itself: the consolidated form lists what is still needed",
         "제출 서류 목록일 뿐 스스로 묻는 것이 없음: 통합 신청서가 여전히 필요한 서류를 안내"),
        (r"no answer space: the document asks the applicant nothing", "기재란이 없음: 신청인에게 묻는 것이 없음"),
        (r"nearly empty: the file prints only '(.*)' and asks nothing — check that it is the file meant",
         "내용이 거의 없는 파일: '{1}'만 인쇄되어 있고 묻는 것이 없음 — 의도한 파일인지 확인"),
        (r"no form: it prints nothing but its answer spaces' names \('(.*)'\), a test or template stub",
         "서식이 아님: 기재란의 이름 말고는 인쇄된 것이 없음('{1}'), 시험용이나 틀만 있는 파일"),
        (r"a copy of pages? ([\d, ]+) of (\S+): the same answer spaces, by name and place; the (?:.+?) submits that "
         r"document once",
         "{2}의 {1}쪽 사본: 기재란의 이름과 위치가 모두 같음 — 그 문서는 한 번만 냄"),
        (r"a copy of (\S+): the same title and the same questions, in the same order \(a template and its filled-in "
         r"example\); the applicant submits that document once",
         "{1}의 사본: 제목과 질문이 같은 순서로 모두 같음(서식과 그 작성 예시) — 신청인은 그 문서를 한 번만 낸다"),
        (r"evidence the applicant supplies from its own records, not a certificate an authority issues: no registry "
         r"in the catalogue provides it",
         "발급 증명서가 아니라 신청인이 자기 기록으로 내는 증빙: 목록에 이를 제공하는 공동이용 정보가 없음"),
        (r"an issued certificate the agency is not known to fetch: no registry in the catalogue provides it",
         "발급 증명서: formslim의 목록에 이를 제공하는 공동이용 정보가 없음 (기관이 이미 가졌는지는 사람이 확인)"),
        (r"evidence the applicant supplies from its own records, not a certificate an authority issues: no registry "
         r"in the catalogue provides the whole of it",
         "발급 증명서가 아니라 신청인이 자기 기록으로 내는 증빙: 목록에 이 서류 전체를 제공하는 공동이용 정보는 없음"),
        (r"an issued certificate the agency is not known to fetch: no registry in the catalogue provides the whole of it",
         "발급 증명서: formslim의 목록에 이 서류 전체를 제공하는 공동이용 정보는 없음 (기관이 이미 가졌는지는 사람이 확인)"),
        (r"no registry in the catalogue provides the whole of it", "목록에 이 서류 전체를 제공하는 공동이용 정보는 없음"),
        (r"no registry in the catalogue provides it", "목록에 이를 제공하는 공동이용 정보가 없음"),
        (r"a form lists several of the (\w+) role and this label does not say which: check which one",
         "한 서식이 {1}을(를) 여럿 적게 하는데 이 항목은 누구인지 밝히지 않음 — 확인 필요"),
        (r"the form's calculation: (.+)", "서식 자체의 계산식: {1}"),
        (r"(\d+) free-text answers", "서술형 답변 {1}개"),
        (r"printed at the top: '(.+)'", "서식 상단의 인쇄 문구: '{1}'"),
        (r"the consolidated form is (.+)'s", "통합 신청서는 {1}의 서식"),
        (r"no form of the package asks for a copy of it", "패키지의 어느 서식도 그 사본을 요구하지 않음"),
        (r"(.+) asks: '(.+)'", "{1}의 요구: '{2}'"),
        (r"assumption: the applicant files it with that agency in any case; here it is a copy, not questions answered again",
         "가정: 신청인은 어차피 그 기관에 이 서식을 내므로, 여기서는 다시 답하는 것이 아니라 사본을 낸다"),
        (r"the programme notice says: '(.+)'", "공고문: '{1}'"),
        (r"(.+): '(.+)' looks up (\d+) column\(s\) of the list, as the note across them says — that body's answers, not "
         r"asked of the filer before or after", "{1}: 명단의 {3}개 열은 그 아래 인쇄된 안내대로 '{2}'이(가) 조회해 적는 것이라 "
                                                "제출자에게 묻지 않는 것으로 셌다(줄이기 전과 후 모두)"),
        (r"(\d+) answer\(s\) pre-filled from records the applicant consents to the agency fetching \((.+)\) are counted "
         r"as not asked: an applicant who refuses the consent writes them, as today",
         "신청인이 동의한 행정정보({2})로 미리 채운 답 {1}개는 묻지 않는 것으로 셌다: 동의하지 않는 신청인은 지금처럼 직접 적는다"),
        (r"(\d+) of the minutes saved are arithmetic the proposed form does for the applicant \(totals it computes\): "
         r"saved against filling the paper forms; where applicants already file with software that computes them, that "
         r"part is not a saving", "줄어드는 시간 중 {1}분은 제안 서식이 대신 하는 계산(합계 자동 계산)이다: 종이 서식과 비교한 "
         "절감이며, 신청인이 이미 합계를 계산해 주는 소프트웨어로 내고 있다면 절감이 아니다"),
        (r"answers the plan fills from a document only some applicants file \((.+)\) are counted as asked in the figures "
         r"of every applicant: an applicant who does not file it answers them; one who files every document saves them",
         "일부 신청인만 내는 서류에서 채우는 답({1})은 모든 신청인 기준 수치에서 묻는 것으로 셌다: 그 서류를 내지 않는 신청인은 "
         "직접 적고, 서류를 모두 내는 신청인은 덜 적는다"),
        (r"a residual category \('(.+)'\) closes its own form's list: the same only if the two lists are",
         "나머지 항목('{1}')은 각 서식의 목록을 닫는 항목: 두 목록이 같을 때만 같은 정보"),
        (r"the records (.+) holds itself \((.+) are channels by which it gives them to others\) are not in the "
         r"catalogue as a source for its own forms: what it already holds on the filer — information returns from third "
         r"parties, earlier filings — could pre-fill them; a human decides, this plan counts none",
         "{1}이(가) 스스로 가진 기록({2}는 그 기록을 다른 기관에 주는 경로)은 자기 서식의 원천으로 목록에 없다: 이미 가진 제3자 "
         "제출 자료나 이전 신고로 미리 채울 수 있는지는 사람이 정하며, 이 계획은 세지 않았다"),
        (r"(.+): the representative's", "{1}: 대표자의 것"),
        (r"a corporation's representative: name and birth date on (.+), which the agency fetches by the (.+) (\S+) "
         r"gives \((.+)\)", "법인의 대표자: 기관이 {3}에 나오는 {2}(으)로 직접 확인하는 {1}의 대표자 성명·생년월일 ({4})"),
        (r"assumption: (.+) names the representative with a birth date; where it gives the name only \(a corporation's\), "
         r"two people of one name are not told apart — confirm the match, or keep the copy for corporations",
         "가정: {1}에 대표자의 생년월일이 나온다 — 성명만 나오는 경우(법인)에는 동명이인을 가려낼 수 없으므로 대조 방법을 확인하거나 "
         "법인은 사본을 계속 받는다"),
        (r"no form of the package can host the consolidated form", "통합 신청서가 될 수 있는 서식이 패키지에 없음"),
        (r"it repeats (\d+) datum\(s\) (.+) asks too: whoever writes both writes them twice \((.+)'s burden, not "
         r"counted here\)",
         "{2}도 묻는 정보 {1}개를 되풀이해 묻는다: 두 서류를 모두 쓰는 사람이 두 번 적는다({3}의 부담, 여기서는 세지 않음)"),
        (r"the PDF flags them read-only \(ISO 32000-1 §12\.7\.3\.1\): nobody can type there",
         "PDF가 읽기 전용으로 지정(ISO 32000-1 §12.7.3.1): 누구도 입력할 수 없음"),
        (r"the PDF flags them read-only \(ISO 32000-1 §12\.7\.3\.1\) but holds no calculation: the software that ships "
         r"it fills them; on the printed form the filer works them out \(not counted: see the assumptions\)",
         "PDF가 읽기 전용으로 지정(ISO 32000-1 §12.7.3.1)했지만 계산식은 없음: 이 PDF를 쓰는 프로그램이 채우며, 인쇄된 "
         "서식에서는 신청인이 직접 계산해 적음(세지 않음: 가정 참조)"),
        (r"the computation its label prints, on the lines found by their printed numbers",
         "항목에 인쇄된 계산 방법: 인쇄된 줄 번호로 찾은 항목으로 계산"),
        (r"programme rules \((.+)\)", "사업 규정({1})"),
        (r"(.+) \(resident registration number structure\)", "{1} (주민등록번호 구조)"),
    ],
}
_ENGLISH_NAME = r" \((?:[A-Z][A-Za-z.,&'-]*)(?: [A-Za-z.,&'-]+)*\)"


#: the legal notes reduce.plan writes in English (``LEGAL["US"]``, ``LEGAL["EU"]``), in Korean: a Korean report of a US
#: or EU package says its legal basis in Korean (review 63 #9); what follows a note (the form's source) stays
LEGAL_KO = {
    "US": {
        "R-REGISTRY": "미국 서류감축법(Paperwork Reduction Act) 44 U.S.C. 3506(c)(3): 기관이 이미 가진 정보를 써서 부담을 "
                      "가능한 한 줄인다; 납세 정보는 납세자의 동의가 있을 때만 (26 U.S.C. 6103(c), 예: IVES를 통한 IRS "
                      "Form 4506-C).",
        "C-CONSENT-CHECKBOX": "동의는 체크박스와 전자서명으로 할 수 있다(E-SIGN Act, 15 U.S.C. 7001); 동의 문구는 전부 "
                              "보여야 한다. IRS 4506-C는 IVES로 낼 때 자체 서명란을 유지한다.",
        "P-PLEDGE-DECLARATION": "확인·서약은 신청서 안에서 전문을 보이고 한 번 서명해 할 수 있다(SBA 서식은 이미 확인 "
                                "문구를 서명란 위에 둔다).",
        "X-REDUNDANT": "미국 서류감축법 44 U.S.C. 3506(c)(3)(A): 정보를 불필요하게 중복해 묻지 않는다.",
        "K-STATUTORY": "규정으로 정한 서식은 그 규정을 고쳐야만 바뀐다.",
        "K-SIGNER": "서명은 서명하는 사람 자신의 행위다(18 U.S.C. 1001에 따른 확인, 보증, 채권자 약정): 한 당사자가 다른 "
                    "당사자를 대신해 서명할 수 없다.",
        "K-SUBJECT-CONSENT": "어떤 사람에 대한 기록 조회에는 그 사람 자신의 동의가 필요하다: 신청인이 대신 동의할 수 없다.",
    },
    "EU": {
        "R-REGISTRY": "단일 디지털 관문 규정(EU) 2018/1724 제14조: 이용자의 명시적 요청에 따라 한 번만 제출(Once-Only) "
                      "기술 시스템으로 증빙을 주고받는다.",
    },
}


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple:
    """``EVIDENCE[lang]``, then (Korean) ``LEGAL_KO`` as patterns over the English notes — read from reduce.plan, so a
    reworded note is not silently left untranslated (a test checks each has its Korean); built once per language."""
    legal = []
    if lang == "ko":
        from ..reduce.plan import LEGAL
        legal = [(re.escape(LEGAL[country][rule]) + r"(.*)", ko + "{1}")
                 for country, notes in LEGAL_KO.items() for rule, ko in notes.items() if rule in LEGAL.get(country, {})]
    return (*EVIDENCE[lang], *legal)


def by_patterns(patterns, text: str, again, flags: int = 0) -> Optional[str]:
    """The first of ``patterns`` — (regular expression, template) — that reads ``text`` whole, its template
    filled: "{n}" with the n-th group, "{n!}" with that group read again by ``again`` (a group that is itself
    such a line); None where no pattern reads it."""
    for pattern, template in patterns:
        m = re.fullmatch(pattern, text.strip(), flags)
        if m:
            groups = [g or "" for g in m.groups()]
            return re.sub(r"\{(\d)(!?)\}", lambda x: again(groups[int(x.group(1)) - 1]) if x.group(2)
                          else groups[int(x.group(1)) - 1], template)
    return None


def localise(lang: str, text: str, names=None) -> str:
    """An evidence or reason line in the report's language: the first pattern of ``EVIDENCE`` that reads
    the whole line, with concept and role ids named as the language names them (``names``: id → name);
    an English agency name in parentheses after a Korean one dropped. Unread lines stay as written."""
    import re

    if not text:
        return text
    if lang not in EVIDENCE:
        return _named(text, names) if names else text
    # (a role named in words, "standby borrower" for standby_borrower: a group of a line below)
    if names and (as_id := text.strip().replace(" ", "_")) in names and "." not in as_id:
        return names[as_id]
    cited = re.fullmatch(r"(.+) \((D\d{3,})\)", text.strip())
    if cited:  # an assumption a decision rests on, cited by the decision's id
        return f"{localise(lang, cited.group(1), names)} ({cited.group(2)})"
    # ("{2!}": a group that is itself an evidence line, said in the language too)
    read = by_patterns(_patterns(lang), text, lambda g: localise(lang, g, names))
    out = text if read is None else read
    if names:
        out = _named(out, names)
    out = re.sub(r"(?<=[\uac00-\ud7a3])" + _ENGLISH_NAME, "", out)
    return josa(out) if lang == "ko" else out


def _named(text: str, names: dict) -> str:
    """Concept and role ids in a line named as ``names`` names them."""
    import re

    # (an id may run straight into a Korean particle, "person.id_issue_date을(를)": no \b there)
    # (three letters and up: a role's id may be an acronym, "cdc" — only ids ``names`` holds are replaced)
    return re.sub(r"(?<![A-Za-z0-9_.])(?:[a-z]+\.[a-z_]+|[a-z_]{3,})(?![A-Za-z0-9_])",
                  lambda x: names.get(x.group(0), x.group(0)), text)


def knowledge_names(lang: str, kb) -> dict:
    """Concept and role ids → their name in ``lang`` (concepts.yaml / roles.yaml), for reports: the first
    Korean wording; in English the first wording of two words or more ("social security number", not
    "ssn"), else the first."""
    if kb is None:
        return {}
    if lang == "ko":
        out = {c.id: c.ko[0] for c in kb.concepts.values() if c.ko}
        out.update({r.id: r.name_ko or r.ko[0] for r in kb.roles.values() if r.name_ko or r.ko})
        return out
    if lang != "en":
        return {}

    def english(words) -> str:
        return next((w for w in words if " " in w), words[0])

    out = {c.id: english(c.en) for c in kb.concepts.values() if c.en}
    out.update({r.id: r.name_en or r.en[0] for r in kb.roles.values() if r.name_en or (r.en and r.id != r.en[0])})
    return out
