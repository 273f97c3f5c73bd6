"""From processed spaCy docs (one per news item) to the output contract's records."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .schema import Entity, Event, Item


def _shift_offsets(value: Any, offset: int) -> Any:
    """Shift every start/end/evidence offset in an event dict by ``offset``."""
    if isinstance(value, dict):
        shifted = {}
        for key, inner in value.items():
            if key in ("start", "end") and isinstance(inner, int):
                shifted[key] = inner + offset
            elif key == "evidence" and isinstance(inner, list):
                shifted[key] = [(int(a) + offset, int(b) + offset) for a, b in inner]
            else:
                shifted[key] = _shift_offsets(inner, offset)
        return shifted
    if isinstance(value, list):
        return [_shift_offsets(inner, offset) for inner in value]
    return value


def item_entities(doc: Doc, text: str, offset: int) -> list[Entity]:
    """Entities of an item doc, with offsets and text taken from the original document."""
    entities = []
    for ent in doc.ents:
        start, end = ent.start_char + offset, ent.end_char + offset
        entities.append(Entity(label=ent.label_, text=text[start:end], start=start, end=end,
                               normalized=ent._.normalized))
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
    return Item(start=start, end=end, title=title,
                entities=item_entities(doc, text, start),
                events=[Event.model_validate(event) for event in events],
                reference_date=reference_date)
