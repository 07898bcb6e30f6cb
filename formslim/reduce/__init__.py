"""Stage 5 — reduce: from the graph, the smallest package that still collects every required datum.

Rules (ids appear in every decision):
  K-PRIMARY            the main application form becomes the consolidated form
  K-MAIN-FORM          the main form, where no other document moves into it and no record pre-fills it: it stays
                       as it is (no consolidated form), asking once what it asks twice and not what it computes
  K-NARRATIVE          a narrative document (business plan) stays, minus data asked elsewhere (as it is, where
                       the programme notice prescribes its template); it never hosts the consolidated form
  K-ONLINE-APPLICATION with no form to host it, the consolidated form is the programme's online application,
                       where its notice says there is one (no added document)
  K-NEW-FORM           with no form to host it and no online application, a new consolidated form (one more
                       document)
  K-AGREEMENT          a contract signed by another party (guarantee, creditor agreement) stays
  K-OTHER-AGENCY       a form another agency prints (the federal return in a state package) stays that agency's
                       filing; a copy is attached
  O-KEEP               the manifest says keep
  R-REGISTRY           a certificate or roster the agency can fetch from a registry, by an identifier
                       the consolidated form asks, with the consent it needs
  B-NO-REGISTRY        a certificate no available registry provides: stays (a blocker)
  C-CONSENT-CHECKBOX   a consent form becomes consent checkboxes in the consolidated form
  C-NO-CONSENT-NEEDED  a box asking a consent the law does not need (업무위탁, which the law has disclosed) becomes
                       a notice, nothing to tick; a box whose own printed notice says a law lets the data be
                       processed "without consent" stays a consent until a legal review confirms that law names
                       each restricted datum (variant to_confirm: the form's claim is no basis formslim can check)
  P-PLEDGE-DECLARATION a pledge becomes a declaration checkbox signed with the application, its undertakings
                       printed word for word
  K-PLEDGE-TEXT        a pledge whose undertakings were not read as printed stays as it is
  M-MERGE-FORM         another form's remaining questions become a section of the consolidated form
  X-REDUNDANT          every datum of the document is asked elsewhere, derivable or fetched: removed
  X-CHECKLIST          a checklist that asks nothing itself: its list moves into the consolidated form
  F-ASK-ONCE           a duplicate group is asked once, in the consolidated form
  F-DERIVED            a derivable field is computed, not asked
  F-PREFILL            a field a registry provides is pre-filled for the applicant to confirm
  F-VALIDATE           a field that must equal another is checked automatically
  F-AGENCY-HELD        a datum the agency already holds (manifest agency_holds) is pre-filled
  F-PER-PERSON         a personal statement's data already asked in each owner's block is not asked again
  F-CONSENT-SUBJECT    a consent's unnamed person is taken to be the representative (an assumption)
  F-FORM-FILLS         a field the document fills itself (read-only in the PDF) is nobody's question
"""
from .plan import plan_reduction

__all__ = ["plan_reduction"]
