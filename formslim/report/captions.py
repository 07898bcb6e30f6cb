"""Questions as a form prints them, not as a screen reader speaks them.

A fillable PDF's tooltips are instructions for the person at the keyboard: "Please enter the first owner's
legal name here", "If the entity type is Partnership, please check this box by clicking or pressing the
Enter key or space bar". Copied into the consolidated form they read as a transcript of clicks, and a
question answered by two boxes ("… is presently suspended" and "… is not presently suspended") or by
one box per option ("If the entity type is Sole Proprietor", "… is Partnership", …) becomes several rows
that each demand an answer. Three rules, each explainable from the label alone:

1. :func:`caption` — the instruction words are dropped ("Please enter", "here", "please check this box
   by …"), the rest kept word for word.
2. Negation pairs — two check boxes of one document whose captions differ only in the words of negation
   ("not", "no", "none", "never" and the joining words around them) are one yes/no question: its label is
   the affirmative caption.
3. Option groups — check boxes of one document, one after another, whose captions say "<subject> is
   <option>" with the same subject are one question with those options. The replaced form printed one box
   each: the item is ``multiple`` (tick each that applies) unless the form prints that one is ticked
   ("Check One", "택 1": ``Field.choose``), or the options are the values of one datum that takes one
   value (a concept's ``values`` in concepts.yaml: "male", "female" are a sex; the question is named by
   it), then ``multiple`` false (tick one). A box that asks to say more in the next box ("Other", then
   describe it; "Working Capital", then enter the dollar amount) is an option of the group; what it asks
   stays a question of its own. A box for not answering right after the group ("The owner didn't disclose their veteran
   status") is its "not disclosed" option, and ends it. Two options that differ only by a negation ("is a veteran" / "is not a veteran") are a yes/no
   pair instead.

The item keeps the replaced form's wording in ``printed`` when its label changes, so a reviewer can see what
was asked before.
"""
from __future__ import annotations

import re

# (the reading of captions is the fields stage's: the same words tell which boxes answer one question there)
from ..text import has_hangul
from ..fields.captions import AMOUNT_MARK, _BRANCH, _CJK, _FOLLOWED, _branch, _core, caption, negation_pairs, option_runs


#: the auxiliary that inverts a statement into a question ("The applicant is …" → "Is the applicant …?")
_AUX = re.compile(r"\b(is|are|was|were|has|have|had|does|do|did)\b", re.I)
_SUBJECT = re.compile(r"^(?:the|any|an?|each|all|this|its|your|you|applicant)\b", re.I)
_RELATIVE = re.compile(r"\b(?:who|which|that|whose|whom)\b", re.I)


def as_question(text: str) -> str:
    """An English yes/no statement as the question it answers: "The applicant or any associate is presently
    suspended …" → "Is the applicant or any associate presently suspended …?" (subject and auxiliary
    inverted, word for word otherwise). The text as it is where that is not sure: Korean, already a question,
    no plain subject first, or a relative clause before the verb ("Any owner who has …")."""
    text = text.strip()
    if not text or _CJK.search(text) or text.endswith("?") or not _SUBJECT.match(text):
        return text
    m = _AUX.search(text)
    if m is None or m.start() == 0:
        return text
    subject = text[:m.start()].strip().rstrip(",").strip()
    if not subject or len(subject.split()) > 40 or _RELATIVE.search(subject) or _AUX.search(subject):
        return text
    first, _, others = subject.partition(" ")
    if first.lower() in ("the", "any", "an", "a", "each", "all", "this", "its", "your", "you"):
        subject = first.lower() + (" " + others if others else "")
    rest = text[m.end():].strip().rstrip(" .;:")
    return f"{m.group(1).capitalize()} {subject}{' ' + rest if rest else ''}?"



def _reading_order(item: dict) -> tuple:
    """Where an item's first box stands in its document: field ids end in their number in reading order."""
    fid = min(item["from_fields"], default="")
    m = re.search(r"(\d+)$", fid)
    return (fid[:m.start()], int(m.group(1))) if m else (fid, 0)




def _anchor_amount_boxes(sections: dict) -> None:
    """A box whose caption only says when to tick it ("Check if loss", Form D-40) is a mark of the answer
    written before it on its form: its caption says which ("Line c. Capital gain (or loss): check if loss")."""
    for items in sections.values():
        anchor: dict = {}  # document → the last answer written on it (an amount, a number, a line's text)
        for it in items:
            if it["kind"] in ("amount", "number", "text"):
                anchor[it.get("from_document")] = it["label"]
            elif it["kind"] == "checkbox" and AMOUNT_MARK.fullmatch(it["label"].strip()) \
                    and (it.get("context") or it.get("from_document") in anchor):
                # (the answer on the box's own printed row, where the reading found it; else the one before it)
                row = it["context"][-1] if it.get("context") else anchor[it.get("from_document")]
                it.setdefault("printed", it["label"])
                it["label"] = f"{row}: {it['label'][0].lower()}{it['label'][1:]}"
                it["context"] = []


def printed_question(a: dict, b: dict) -> str:
    """The question a form prints beside both boxes of a yes/no pair, word for word without its number and
    without pointers to the replaced form's numbers ("if “No” move to question 6": the consolidated form does
    not print them) (``Field.question``: a tooltip's paraphrase is not what the form asks); "" where the two
    boxes do not share one."""
    q = a.get("_question") or ""
    if not q or q != b.get("_question"):
        return ""
    # (where it sends the reader on by the replaced form's numbers, it says where without them: see caption —
    # and is no longer the printed words: verbatim_question says so)
    q = _BRANCH.sub(_branch, q)
    return re.sub(r"^\d{1,2}\.(?:\d|[a-z]\))?\s*", "", q).strip()


def reworded_branch(question: str) -> tuple[str, str] | None:
    """Where a printed question sends the reader on by the replaced form's numbers: that sentence as printed, and
    as the consolidated form asks it (:func:`_branch`); None where it prints none."""
    m = _BRANCH.search(question or "")
    return (m.group(0).strip(), _branch(m).strip()) if m else None


def verbatim_question(a: dict) -> bool:
    """Whether the question :func:`printed_question` gives for a box is the printed words, unchanged but for its
    number (not where it had to say without the replaced form's numbers where the reader goes on)."""
    return not _BRANCH.search(a.get("_question") or "")


def plain_questions(sections: dict, yes: str = "Yes", no: str = "No", each: str = "tick each that applies",
                    one: str = "tick one", name_of_options=None, ticked: str = "if “{option}” is ticked",
                    several=None) -> None:
    """Rewrite, in place, the captions of the consolidated form's items (:func:`caption`), then make each
    negation pair one yes/no question and each option group one question with options (module docstring).
    An item merged into another is removed; the question stands where its first box stood."""
    ids = list(sections)
    followed: set[tuple[int, int]] = set()
    for s_at, sid in enumerate(ids):
        for i, it in enumerate(sections[sid]):
            if it["kind"] not in ("checkbox", "text", "free_text", "number", "amount", "date"):
                continue
            if it.get("_caption") and it["kind"] != "checkbox":
                # (the caption printed beside the box, word for word: "# of existing employees (including owners, …
                # do not convert to FTE)", not the tooltip's "Please enter the number of existing employees here")
                it.update(printed=it["label"], label=it["_caption"], verbatim=True)
                continue
            new = caption(it["label"], it["kind"])
            if it["kind"] == "checkbox" and _FOLLOWED.search(it["label"]):
                followed.add((s_at, i))
            if new != it["label"]:
                it["printed"] = it["label"]
                it["label"] = new
    _anchor_amount_boxes(sections)
    boxes: dict[object, list[tuple[tuple[int, int], dict]]] = {}
    for s_at, sid in enumerate(ids):
        for i, it in enumerate(sections[sid]):
            if it["kind"] == "checkbox" and "printed" in it and not it.get("options"):
                boxes.setdefault(it.get("from_document"), []).append(((s_at, i), it))
    drop: set[tuple[int, int]] = set()

    def merge(first: tuple[int, int], members: list[tuple[tuple[int, int], dict]], **changes) -> None:
        target = sections[ids[first[0]]][first[1]]
        target.update(required=any(m["required"] for _, m in members),
                      from_fields=sorted({x for _, m in members for x in m["from_fields"]}), **changes)
        drop.update(at for at, _ in members if at != first)

    for members in boxes.values():
        # option groups first: "The entity type is Sole Proprietor", "… is Partnership" (a box that opens a
        # question of its own — "then enter the dollar amount" — stays a box)
        # (a run of boxes one after another: "the owner is a veteran …" and, after another box, "the owner is
        # male" are two questions about the owner)
        # (a box that opens a question of its own — "Working Capital", then enter the dollar amount — is an option
        # too: the question it opens stays a question of its own, after the group)
        by_subject = option_runs([(at, it, it["label"]) for at, it in sorted(members, key=lambda m: _reading_order(m[1]))],
                                 lambda a, b: a[0] == b[0] and abs(a[1] - b[1]) <= 2)
        grouped: set[tuple[int, int]] = set()
        for (subject, _run), opts in by_subject.items():
            if len(opts) < 2:
                continue
            cores = [_core(o) for _, _, o in opts]
            if len(opts) == 2 and cores[0][0] == cores[1][0] and cores[0][1] != cores[1][1]:
                continue  # "is a veteran" / "is not a veteran": a yes/no pair, below
            first = min(at for at, _, _ in opts)
            label = opts[0][1]["label"][:len(subject)]
            # "The owner is male" / "… is female": the question is the owner's sex — its options say so
            named, concept = name_of_options([o for _, _, o in opts]) if name_of_options else ("", "")
            if named and named.lower() not in label.lower():
                label = f"{label}의 {named}" if has_hangul(label) else f"{label}'s {named}"
            # the form's own instruction, printed by any box of the group ("Check One:" beside one of them);
            # else the options of one datum that takes one value (a sex, a veteran status) are one choice
            told = {it.get("_choose") for _, it, _ in opts} - {"", None}
            # (a datum whose values may be ticked together — a race, OMB's "one or more" — is no single choice)
            single = told == {"one"} or (bool(named) and not told and not (several or (lambda c: False))(concept))
            merge(first, [(at, it) for at, it, _ in opts], kind="choice", multiple=not single,
                  **({"concept": concept} if concept and not any(it.get("concept") for _, it, _ in opts) else {}),
                  label=f"{label[0].upper() + label[1:]} ({one if single else each})",
                  options=[o for _, _, o in opts],
                  printed=" / ".join(it["printed"] for _, it, _ in opts))
            grouped.update(at for at, _, _ in opts)
        # negation pairs, in reading order
        item = dict(members)
        for at, at2 in negation_pairs([(at, it["label"]) for at, it in members if at not in grouped]):
            it, it2 = item[at], item[at2]
            affirmative = it if _core(it["label"])[1] < _core(it2["label"])[1] else it2
            q = printed_question(it, it2)
            merge(min(at, at2), [(at, it), (at2, it2)], kind="radio", options=[yes, no],
                  label=q or as_question(affirmative["label"]), printed=f"{it['printed']} / {it2['printed']}",
                  **({"verbatim": True} if q and verbatim_question(it) else {}))
    for s_at, sid in enumerate(ids):
        sections[sid] = [it for i, it in enumerate(sections[sid]) if (s_at, i) not in drop]
        _after_its_choice(sections[sid])
        _amounts_of_options(sections[sid], ticked)


#: the words of an amount's caption that say only that it is an amount ("Dollar amount of the working capital")
_AMOUNT_WORDS = {"dollar", "dollars", "amount", "the", "of", "a", "an", "for", "purpose", "loan", "and", "or"}


def _amounts_of_options(items: list[dict], ticked: str) -> None:
    """An amount asked for one option of a choice ("Dollar amount of the working capital" after "The purpose of
    the loan": … Working Capital …) is asked where that option is ticked: not required, and it says which
    (each of its words begins a word of the option: "debt refinance" — "Debt Refinancing")."""
    def words(text: str) -> list[str]:
        return re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", text.lower()))

    choice = None
    for it in items:
        if it["kind"] == "choice" and len(it.get("options") or ()) > 2:
            choice = it
            continue
        if choice is None or it["kind"] != "amount" or it.get("condition") \
                or it.get("from_document") != choice.get("from_document"):
            continue
        own = [w for w in words(it["label"]) if w not in _AMOUNT_WORDS]
        fits = [o for o in choice["options"] if own and all(
            any(x[:5] == w[:5] for x in words(o)) for w in own)]
        if len(fits) == 1:
            it["required"] = False
            it["condition"] = ticked.format(option=fits[0])


def _after_its_choice(items: list[dict]) -> None:
    """Move, in place, each box a choice's "Other" opens ("Please specify what other type of entity the
    applicant business is", after "The entity type": Sole Proprietor … Other) right after that choice — where a
    reader looks for it, wherever the form drew it (a line below, at the right)."""
    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", text.lower()))) - {"the", "a", "an", "of", "is"}

    choices = [x for x in items if x.get("options") and any(o.lower().startswith("other") for o in x["options"])]
    for it in [x for x in items if x["kind"] not in ("checkbox", "choice", "radio")
               and re.search(r"\bother\b", x.get("printed", x["label"]), re.I)]:
        said = words(it.get("printed", it["label"]))
        fits = [(len(words(c["label"])), c) for c in choices if words(c["label"]) and words(c["label"]) <= said]
        if fits:
            host = max(fits, key=lambda f: f[0])[1]
            items.remove(it)
            items.insert(items.index(host) + 1, it)
