"""Linking events of different items of one dump that describe the same event (``same_as``)."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterator
from itertools import combinations
from typing import Any

from .naming import name_key

SEIZURE_TOLERANCE = 0.15  # relative kg difference of a teaser's rounded figure
WEIGHT_SLACK = 1e-9  # rounding room of the sorted weights' reach (the pairs are checked)


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
    symmetric and ids are added once. Only the pairs that could be the same event
    (_candidate_pairs) are compared, in the order of all pairs.
    """
    located = [(index, event) for index, events in enumerate(items_events) for event in events]
    known: dict[int, set[Any]] = {}  # the ids in each same_as list, by the list's identity
    for first, second in _candidate_pairs(located):
        (item_a, a), (item_b, b) = located[first], located[second]
        if item_a == item_b or not a.get("id") or not b.get("id"):
            continue
        if same_event(a, b):
            for event, other in ((a, b), (b, a)):
                refs = event.setdefault("same_as", [])
                ids = known.get(id(refs))
                if ids is None:
                    ids = known[id(refs)] = set(refs)
                if other["id"] not in ids:
                    refs.append(other["id"])
                    ids.add(other["id"])


def _candidate_pairs(located: list[tuple[int, dict[str, Any]]]) -> list[tuple[int, int]]:
    """The pairs of positions in ``located`` (first < second, in order) that ``same_event``
    may link: the same name key when both are named, else the same type and place with
    overlapping dates or seizures of one substance within the tolerance. A superset of the
    links, found by bucketing and sorting instead of trying every pair."""
    pairs: set[tuple[int, int]] = set()
    names: dict[str, list[int]] = {}
    scenes: dict[tuple[Any, str], list[int]] = {}
    for position, (_item, event) in enumerate(located):
        if event.get("part_of") or not event.get("id"):
            continue  # never linked
        if event.get("name"):
            names.setdefault(name_key(event["name"]), []).append(position)
        location = _location_key(event)
        if location is not None:
            scenes.setdefault((event.get("type"), location), []).append(position)
    for positions in names.values():
        pairs.update(combinations(positions, 2))
    for positions in scenes.values():
        if len(positions) > 1:
            pairs.update(_overlapping_dates(located, positions))
            pairs.update(_close_seizures(located, positions))
    return sorted((i, j) for i, j in pairs if i != j)


def _overlapping_dates(located: list[tuple[int, dict[str, Any]]],
                       positions: list[int]) -> Iterator[tuple[int, int]]:
    """Pairs of ``positions`` whose events' date ranges may overlap (_dates_overlap): a
    sweep over the ranges by start, keeping those not ended before the current start."""
    ranges = sorted(
        (event["start_date"], event.get("end_date") or event["start_date"], position)
        for position in positions if (event := located[position][1]).get("start_date"))
    running: list[tuple[Any, int]] = []
    for start, end, position in ranges:
        running = [(other_end, other) for other_end, other in running if other_end >= start]
        for _end, other in running:
            yield min(other, position), max(other, position)
        running.append((end, position))


def _close_seizures(located: list[tuple[int, dict[str, Any]]],
                    positions: list[int]) -> Iterator[tuple[int, int]]:
    """Pairs of ``positions`` with seizures of one substance whose weights may lie within
    SEIZURE_TOLERANCE of each other (_seizures_match), found in each substance's weights
    sorted; a weight that is no positive number is tried against all of its substance's."""
    weights: dict[str, list[tuple[float, int]]] = {}
    odd: dict[str, list[int]] = {}
    for position in positions:
        for seizure in located[position][1].get("seizures") or []:
            kg = seizure.get("kg")
            if not kg:
                continue
            substance = (seizure.get("substance") or "").lower()
            if isinstance(kg, int | float) and 0 < kg < math.inf:
                weights.setdefault(substance, []).append((kg, position))
            else:
                odd.setdefault(substance, []).append(position)
    for entries in weights.values():
        entries.sort()
        values = [kg for kg, _position in entries]
        for index, (kg, position) in enumerate(entries):
            reach = bisect_right(values, kg / (1 - SEIZURE_TOLERANCE) * (1 + WEIGHT_SLACK))
            for _kg, other in entries[index + 1 : reach]:
                yield min(other, position), max(other, position)
    for substance, strays in odd.items():
        everyone = strays + [position for _kg, position in weights.get(substance, ())]
        for position in strays:
            for other in everyone:
                if other != position:
                    yield min(other, position), max(other, position)
