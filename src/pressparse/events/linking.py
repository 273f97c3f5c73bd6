"""Linking events of different items of one dump that describe the same event (``same_as``)."""

from __future__ import annotations

from itertools import combinations
from typing import Any

from .naming import name_key

SEIZURE_TOLERANCE = 0.15  # relative kg difference of a teaser's rounded figure


def _location_key(event: dict[str, Any]) -> str | None:
    location = event.get("location") or {}
    normalized = location.get("normalized") or {}
    value = normalized.get("name") or normalized.get("iso2") or location.get("text")
    return str(value).lower() if value else None


def _dates_overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if not (a.get("start_date") and b.get("start_date")):
        return False
    a_end = a.get("end_date") or a["start_date"]
    b_end = b.get("end_date") or b["start_date"]
    return a["start_date"] <= b_end and b["start_date"] <= a_end


def _seizures_match(a: dict[str, Any], b: dict[str, Any]) -> bool:
    for first in a.get("seizures") or []:
        for second in b.get("seizures") or []:
            same_substance = (first.get("substance") or "").lower() == (
                second.get("substance") or "").lower()
            ka, kb = first.get("kg"), second.get("kg")
            if same_substance and ka and kb and abs(ka - kb) / max(ka, kb) <= SEIZURE_TOLERANCE:
                return True
    return False


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two events of different items report the same event."""
    if a.get("part_of") or b.get("part_of"):
        return False
    if a.get("name") and b.get("name"):
        return name_key(a["name"]) == name_key(b["name"])
    if a.get("type") != b.get("type"):
        return False
    location_a, location_b = _location_key(a), _location_key(b)
    same_place = location_a is not None and location_a == location_b
    return same_place and (_dates_overlap(a, b) or _seizures_match(a, b))


def link_events(items_events: list[list[dict[str, Any]]]) -> None:
    """Add ``same_as`` references between events of different items that are the same event.

    Events are dicts in the schema.Event shape with ids unique in the dump; linking is
    symmetric and ids are added once.
    """
    located = [(index, event) for index, events in enumerate(items_events) for event in events]
    for (item_a, a), (item_b, b) in combinations(located, 2):
        if item_a == item_b or not a.get("id") or not b.get("id"):
            continue
        if same_event(a, b):
            for event, other in ((a, b), (b, a)):
                refs = event.setdefault("same_as", [])
                if other["id"] not in refs:
                    refs.append(other["id"])
