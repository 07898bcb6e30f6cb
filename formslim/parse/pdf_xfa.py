"""Fields of an XFA form template (for PDFs whose fields exist only in XFA, the Adobe LiveCycle format
several agencies still issue). Read from the template packet: field names (with their subforms),
captions and tooltips, kinds from the UI element, list items as options, required from the null test.
Positions are not computed (XFA lays pages out at fill time)."""
from __future__ import annotations

from typing import Optional

from ..errors import InputFileError
from ..fields.kinds import infer_kind
from ..model import Field, Location
from ..text import clean_label, is_machine_name, normalize_label, split_tooltip
from .xmlsafe import local_name as _local
from .xmlsafe import parse_xml

MAX_TEMPLATE = 50 * 1024 * 1024
_UI_KIND = {"textEdit": "text", "checkButton": "checkbox", "choiceList": "choice", "dateTimeEdit": "date",
            "numericEdit": "number", "signature": "signature", "passwordEdit": "text", "imageEdit": None,
            "button": None, "barcode": None}


def xfa_template(reader) -> Optional[bytes]:
    acro = reader.trailer["/Root"].get("/AcroForm")
    if acro is None:
        return None
    xfa = acro.get_object().get("/XFA")
    if xfa is None:
        return None
    xfa = xfa.get_object()
    if hasattr(xfa, "get_data"):  # a single stream holding the whole XDP
        return xfa.get_data()[:MAX_TEMPLATE]
    for i in range(0, len(xfa) - 1, 2):
        if str(xfa[i]) == "template":
            data = xfa[i + 1].get_object().get_data()
            if len(data) > MAX_TEMPLATE:
                raise InputFileError("", "too_large", "XFA template over 50 MiB")
            return data
    return None


def _text_of(el) -> str:
    return clean_label(" ".join(t.strip() for t in el.itertext() if t and t.strip()))


def _child(el, name: str):
    return next((c for c in el if _local(c.tag) == name), None)


def read_xfa_fields(reader, rel: str) -> list[Field]:
    data = xfa_template(reader)
    if not data:
        return []
    root = parse_xml(data, rel, "XFA template")
    out: list[Field] = []

    def label_of(el, name: str) -> tuple[str, str]:
        assist = _child(el, "assist")
        tip = _child(assist, "toolTip") if assist is not None else None
        if tip is not None and _text_of(tip):
            return _text_of(tip), "tooltip"
        caption = _child(el, "caption")
        if caption is not None and _text_of(caption):
            return _text_of(caption), "printed"
        return name, "name"

    last_text = {"value": ""}  # the text drawn just before a field: its printed caption

    def walk(el, path: tuple[str, ...], depth: int) -> None:
        if depth > 60 or len(out) > 20000:
            return
        tag = _local(el.tag)
        if tag == "draw":
            value = _child(el, "value")
            text = _text_of(value) if value is not None else ""
            if text and len(text) <= 80:
                last_text["value"] = text
            return
        if tag == "field" and el.get("access") in ("readOnly", "protected", "nonInteractive"):
            return  # shown to the applicant, not asked
        if tag in ("pageSet", "proto", "variables"):
            return
        if el.get("presence") in ("hidden", "invisible", "inactive"):
            return
        name = el.get("name") or ""
        if tag == "exclGroup":
            options = []
            for f in el:
                if _local(f.tag) == "field":
                    lab, _ = label_of(f, f.get("name") or "")
                    options.append(lab)
            label, how = label_of(el, name)
            if how == "name" and options:
                label = " / ".join(options)
            out.append(_make(rel, label, how, "radio", ".".join(path + (name,)), tuple(options), el))
            return
        if tag == "field":
            ui = _child(el, "ui")
            kind = "text"
            if ui is not None:
                for c in ui:
                    if _local(c.tag) in _UI_KIND:
                        kind = _UI_KIND[_local(c.tag)]
                        if _local(c.tag) == "textEdit" and c.get("multiLine") == "1":
                            kind = "free_text"
                        break
            if kind is None:
                return  # buttons, images, barcodes: nothing to fill in
            items = [_text_of(i) for it in el if _local(it.tag) == "items" for i in it if _text_of(i)]
            label, how = label_of(el, name)
            if how == "name" and last_text["value"]:
                label, how = last_text["value"], "printed"
            if kind == "text" and how != "name":
                kind = infer_kind(label, "text")
            out.append(_make(rel, label, how, kind, ".".join(path + (name,)), tuple(dict.fromkeys(items)), el))
            return
        sub = path + (name,) if tag == "subform" and name else path
        for c in el:
            walk(c, sub, depth + 1)

    walk(root, (), 0)
    return out


def _make(rel: str, label: str, how: str, kind: str, name: str, options, el) -> Field:
    validate = _child(el, "validate")
    required = validate is not None and validate.get("nullTest") == "error"
    if how == "name" and is_machine_name(label, name):
        how = "name"
    path: tuple[str, ...] = ()
    if how == "tooltip":
        path, label = split_tooltip(label)
    return Field(id="", label=label[:300], normalized_label=normalize_label(label), kind=kind,
                 location=Location(file=rel), source="xfa", confidence=0.9, name=name or None,
                 options=tuple(options), required=True if required else None, label_source=how, context=path)
