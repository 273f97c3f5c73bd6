"""From processed spaCy docs (one per news item) to the output contract's records."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .extensions import VALUES_KEY
from .schema import Item


def _shift_offsets(value: Any, offset: int) -> Any:
    """Shift every start/end/evidence offset in an event dict by ``offset``.

    Only dicts and lists are walked (copied); other values are kept as they are without a
    call each (an event holds hundreds of strings, numbers and None).
    """
    if isinstance(value, dict):
        shifted = {}
        for key, inner in value.items():
            if key in _OFFSET_KEYS and isinstance(inner, int):
                shifted[key] = inner + offset
            elif key == "evidence" and isinstance(inner, list):
                shifted[key] = [(int(a) + offset, int(b) + offset) for a, b in inner]
            elif isinstance(inner, dict | list):
                shifted[key] = _shift_offsets(inner, offset)
            else:
                shifted[key] = inner
        return shifted
    if isinstance(value, list):
        return [_shift_offsets(inner, offset) if isinstance(inner, dict | list) else inner
                for inner in value]
    return value


_OFFSET_KEYS = frozenset({"start", "end"})


def item_entities(doc: Doc, text: str, offset: int) -> list[dict[str, Any]]:
    """Entities of an item doc as contract dicts, with offsets and text taken from the
    original document (values read straight from the doc's store, as ``span._.normalized``
    would). ``doc.ents`` (built in C) costs less than reading the entity arrays with numpy
    for the few entities of an item."""
    values = doc.user_data.get(VALUES_KEY, {})
    entities = []
    for ent in doc.ents:
        start_char, end_char, label = ent.start_char, ent.end_char, ent.label_
        start, end = start_char + offset, end_char + offset
        entities.append({"label": label, "text": text[start:end], "start": start, "end": end,
                         "normalized": values.get((start_char, end_char, label))})
    return entities


def raw_events(doc: Doc, offset: int, id_prefix: str) -> list[dict[str, Any]]:
    """The events component's dicts, shifted into document offsets, ids made document-unique."""
    events = []
    for raw in doc._.events or []:
        shifted = _shift_offsets(raw, offset)
        for key in ("id", "part_of"):
            if shifted.get(key):
                shifted[key] = f"{id_prefix}{shifted[key]}"
        shifted["same_as"] = [f"{id_prefix}{ref}" for ref in shifted.get("same_as", [])]
        events.append(shifted)
    return events


def build_item(doc: Doc, text: str, start: int, end: int, title: str | None,
               events: list[dict[str, Any]], reference_date: str | None) -> Item:
    """One validated Item (validated in one call: entities and events are plain dicts)."""
    return Item.model_validate({"start": start, "end": end, "title": title,
                                "entities": item_entities(doc, text, start), "events": events,
                                "reference_date": reference_date})
