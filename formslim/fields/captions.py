"""Captions of check boxes and text boxes as a form prints them, read from their labels: the words a fillable PDF's
tooltip adds for the person at the keyboard dropped (:func:`caption`), and the parts of a caption that say which
of a question's answers a box stands for — its negation words (:func:`core`) and "<subject> is <option>"
(``OPTION``). The fields stage reads with them which boxes answer one question (``fields.parts``); the report
rewrites the consolidated form's items with them (``report.captions``)."""
from __future__ import annotations

import re

from ..text import NEGATION_WORDS

#: a box that says only when to tick it ("Check if loss", "Fill in if loss"): a mark of the answer on its row
AMOUNT_MARK = re.compile(r"(?:check|fill\s+in|tick|mark)(?:\s+(?:the\s+box\s+)?if\s+[\w\s()-]{1,30})?", re.I)

#: an instruction to the person at the keyboard at the end of a tooltip: ", please check this box by
#: clicking or pressing the Enter key or space bar[, then enter the dollar amount in the following field]"
_CHECK_INSTRUCTION = re.compile(r",?\s*(?:please\s+)?(?:check|tick|mark|select|click)\s+(?:this|the)\s+(?:check\s*)?box\b.*$",
                                re.I | re.S)
#: "then enter … in the following field": the box opens a question of its own
#: the option a group's last box often is, described in a box of its own ("Other", "기타")
_OTHER = re.compile(r"(?:other|기타)\b", re.I)
_FOLLOWED = re.compile(r"\bthen\s+(?:enter|describe|specify|provide|list)\b", re.I)
#: an instruction at the start: "Please enter the", "Enter your", "Please specify"
_LEAD = re.compile(r"^\s*(?:please\s+)?(?:enter|type|input|provide|specify|fill\s+in|write)\s+(?:in\s+)?(?:(?:the|your)\s+)?",
                   re.I)
#: an instruction at the end: "here", "in this field", "in the following field"
_TRAIL = re.compile(r"\s+(?:here|in\s+(?:this|the\s+following|the)\s+(?:field|box|space)|"
                    r"in\s+[\w\s/-]{0,60}?\bformat)\s*\.?$", re.I)
#: how to sign on screen: "Digital signature of the first Guarantor here by clicking or pressing the Enter key"
_KEYBOARD = re.compile(r",?\s+(?:here\s+)?by\s+(?:clicking|pressing)\b.*$", re.I | re.S)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


#: a question that sends the reader on by the replaced form's numbers ("If “Yes,” answer questions 5.a) and b)
#: below, if “No” move to question 6"): numbers the consolidated form does not print
_BRANCH = re.compile(r"\s*\bIf\s+[“\"']?Yes[,”\"']*\s*,?\s*(?:answer|complete)\s+(?P<noun>questions?|items?|lines?)\s+"
                     r"(?P<which>[\w.)]+(?:\s*(?:,|and|&)\s*[\w.)]+)*)(?:\s+below)?\s*[,;]?\s*if\s+[“\"']?No[,”\"']*\s*,?\s*"
                     r"(?:move|go|skip|proceed)\s+(?:on\s+)?to\s+(?:question|item|line)\s+[\w.]*\w\.?", re.I)
_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+")


def _branch(m: re.Match) -> str:
    """Where a question sends the reader on by the replaced form's numbers ("If “Yes,” answer questions 5.a) and b)
    below, if “No” move to question 6"), said without the number of the question it skips to — the consolidated
    form numbers none — but naming the questions it governs, which follow it here too with their numbers (never
    "skip them", which would reach every question after it: review 30 #1)."""
    which = m.group("which").strip()
    return (f" If “Yes,” answer {m.group('noun').lower()} {which}, which follow; if “No,” leave "
            f"{'those' if re.search(r',|and|&', which) else 'it'} blank and go on.")


def caption(label: str, kind: str) -> str:
    """A tooltip without its keyboard instructions; any other label as it is. "If X, please check this
    box …" → "X" (the box is ticked when X holds). A question that sends the reader on by the replaced form's
    numbers says where without them: its sub-questions follow it (the host form's reading order is kept)."""
    text = label.strip()
    if _CJK.search(text):
        return label  # the instruction words are English; a Korean label is printed as the form prints it
    if _BRANCH.search(text):
        text = _NUMBER.sub("", _BRANCH.sub(_branch, text))
    if kind == "checkbox":
        m = _CHECK_INSTRUCTION.search(text)
        if m and m.start() > 0:
            text = re.sub(r"^\s*if\s+", "", text[:m.start()], flags=re.I).strip(" ,")
    else:
        lead = _LEAD.match(text)
        if lead and len(text) - lead.end() >= 3:
            text = text[lead.end():]
        text = _TRAIL.sub("", _KEYBOARD.sub("", text))
    text = text.strip()
    if text == label.strip() or len(text) < 3:
        return label
    return text[0].upper() + text[1:]


# the words of negation, and the words that change around them ("any … or" ↔ "no … and")
_NEGATION = NEGATION_WORDS
_JOINING = {"any", "ever", "either", "or", "and", "if", "the", "a", "an", "of", "is", "are", "has", "have", "do",
            "does", "did"}


def _core(text: str) -> tuple[tuple[str, ...], int]:
    """The words of a caption without negation and joining words (plural 's' off), and how many words of
    negation it had."""
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", re.sub(r"n't\b", " not", text.lower()))
    negations = sum(1 for w in words if w in _NEGATION)
    core = tuple(re.sub(r"(?<=[a-z]{3})s$", "", w) for w in words if w not in _NEGATION and w not in _JOINING)
    return core, negations


def negation_pairs(captions) -> list[tuple]:
    """Yes/no pairs among check boxes: ``captions`` are (key, caption) in reading order; each box is paired with
    the first later unpaired box whose caption says the same in other words of negation ("… is presently
    suspended" / "… is not presently suspended"). Returns (first key, second key) pairs."""
    items = [(key, _core(text)) for key, text in captions]
    pairs, used = [], set()
    for k, (key, (core, neg)) in enumerate(items):
        if key in used or not core:
            continue
        for key2, (core2, neg2) in items[k + 1:]:
            if key2 not in used and core2 == core and neg != neg2:
                pairs.append((key, key2))
                used.update((key, key2))
                break
    return pairs


#: a box for not answering a question of the group: "The owner didn't disclose their veteran status"
_NOT_DISCLOSED = re.compile(r"^(?P<subject>[A-Za-z][\w'’ -]{2,60}?)\s+(?:didn't|did not|does not|doesn't|prefers? not to)\s+"
                            r"(?:wish to\s+|want to\s+)?(?:disclose|say|answer)\b", re.I)
_OPTION = re.compile(r"^(?P<subject>[A-Za-z][\w'’ -]{2,60}?)\s+(?:is|are)\s+(?:(?:an?|the)\s+)?(?P<option>\S.{0,120})$")


def option_runs(boxes, near) -> dict:
    """Option groups of check boxes, from their captions: ``boxes`` are (position, box, caption) in reading order,
    ``near(p, q)`` says whether two positions stand beside each other on the page. A run of boxes one after another
    whose captions say "<subject> is <option>" of one subject is a group ("the owner is a veteran …" and, after
    another box, "the owner is male" are two); a "didn't disclose" box right after a group is its last option and
    ends it; a box that says no option does not end a run. A lone box of a group's subject that stands beside one of
    its boxes is one of its options (an AcroForm numbers boxes as drawn: SBA 1919's "… is the purchase of an existing
    building", #031, printed beside "… is the Acquisition or Installation of Equipment", #097). Returns {(subject,
    run): [(position, box, option)]}; a group left with fewer than two options is no group."""
    groups: dict[tuple[str, int], list] = {}
    run, last = 0, ""
    for pos, box, cap in boxes:
        m = _OPTION.match(cap)
        subject = m.group("subject").lower() if m else ""
        nd = _NOT_DISCLOSED.match(cap) if not subject else None
        who = nd.group("subject").lower() if nd else ""
        if nd and (last, run) in groups and (who == last or last.startswith(who + "'s ") and
                                              last[len(who) + 3:] in cap.lower()):
            # "… didn't disclose their veteran status" right after "The owner is a veteran" …, "… did not disclose
            # their race" after "The owner's race is Asian" …: the question's "not disclosed" answer, its last option
            groups[(last, run)].append((pos, box, "not disclosed"))
            last = ""
            continue
        if not subject:
            continue
        run += subject != last
        last = subject
        groups.setdefault((subject, run), []).append((pos, box, m.group("option").strip()))
    for key, opts in list(groups.items()):
        if len(opts) != 1:
            continue
        home = next((k for k, o in groups.items() if k != key and k[0] == key[0] and len(o) >= 2
                     and any(near(a, opts[0][0]) for a, _, _ in o)), None)
        if home is not None:
            groups[home] = sorted(groups[home] + opts, key=lambda x: x[0])
            groups[key] = []
    return groups
