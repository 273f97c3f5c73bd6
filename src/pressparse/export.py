"""Flat exports for spreadsheet users: one CSV row per seizure."""

from __future__ import annotations

from collections.abc import Iterator

from .schema import Document, EntityRef, Event, Item, Seizure

SEIZURE_COLUMNS: tuple[str, ...] = (
    "document_id",
    "item_index",
    "event_id",
    "event_name",
    "event_type",
    "part_of",
    "start_date",
    "end_date",
    "country_iso2",
    "location",
    "substance",
    "value",
    "unit",
    "kg",
    "qualifier",
    "low",
    "high",
    "evidence",
    "start",
    "end",
)


def _ref_country(ref: EntityRef | None) -> str | None:
    if ref is None or not ref.normalized:
        return None
    value = ref.normalized.get("iso2") or ref.normalized.get("country_iso2")
    return str(value) if value else None


def _ref_name(ref: EntityRef | None) -> str | None:
    if ref is None:
        return None
    name = (ref.normalized or {}).get("name")
    return str(name) if name else ref.text


def _evidence(document: Document, item: Item, seizure: Seizure) -> str:
    if document.text is not None:
        return document.text[seizure.start : seizure.end]
    for entity in item.entities:
        if entity.start == seizure.start and entity.end == seizure.end:
            return entity.text
    return ""


def _row(document: Document, index: int, item: Item, event: Event, seizure: Seizure,
         parent: Event | None) -> dict[str, object]:
    location = seizure.location or event.location or (parent.location if parent else None)
    country = seizure.country_iso2 or _ref_country(seizure.location)
    if country is None and event.type == "seizure":
        country = _ref_country(location)  # an operation's totals belong to no one country
    return {
        "document_id": document.id,
        "item_index": index,
        "event_id": event.id,
        "event_name": event.name or (parent.name if parent else None),
        "event_type": event.type,
        "part_of": event.part_of,
        "start_date": event.start_date,
        "end_date": event.end_date,
        "country_iso2": country,
        "location": _ref_name(location),
        "substance": seizure.substance,
        "value": seizure.value,
        "unit": seizure.unit,
        "kg": seizure.kg,
        "qualifier": seizure.qualifier,
        "low": seizure.low,
        "high": seizure.high,
        "evidence": _evidence(document, item, seizure),
        "start": seizure.start,
        "end": seizure.end,
    }


def seizure_rows(document: Document) -> Iterator[dict[str, object]]:
    """One flat row per seizure of every event of ``document`` (keys: ``SEIZURE_COLUMNS``).

    A seizure event that is part of an operation carries the operation's name; its location
    is the seizure's own, else the event's, else the parent operation's. The country is the
    seizure's own, or a seizure event's place; an operation's totals get none.
    """
    by_id = {event.id: event for event in document.events if event.id}
    for index, item in enumerate(document.items):
        for event in item.events:
            parent = by_id.get(event.part_of) if event.part_of else None
            for seizure in event.seizures:
                yield _row(document, index, item, event, seizure, parent)
