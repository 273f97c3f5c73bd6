"""Linking the events of different items of one dump (same_as)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from pressparse.events import link_events


def event(id_: str, type_: str = "operation", name: str | None = None, **fields: Any) -> dict:
    record = {"id": id_, "type": type_, "name": name, "start_date": None, "end_date": None,
              "location": None, "seizures": [], "part_of": None, "same_as": []}
    record.update(fields)
    return record


def place(name: str) -> dict[str, Any]:
    return {"text": name, "label": "LOC", "normalized": {"name": name}}


def seizure(substance: str, kg: float) -> dict[str, Any]:
    return {"substance": substance, "kg": kg, "value": kg, "qualifier": "more_than",
            "start": 0, "end": 1}


CASES = [
    # (items, expected same_as per event id)
    ([[event("0:e1", name="Channel-Center")], [event("1:e1", name="Channel - Center")]],
     {"0:e1": ["1:e1"], "1:e1": ["0:e1"]}),
    ([[event("0:e1", name="Channel-Center")], [event("1:e1", name="Channel-Union")]],
     {"0:e1": [], "1:e1": []}),
    ([[event("0:e1", location=place("Almaty"), seizures=[seizure("drugs", 11000)])],
      [event("1:e1", location=place("Almaty"), seizures=[seizure("drugs", 11400)])]],
     {"0:e1": ["1:e1"], "1:e1": ["0:e1"]}),
    ([[event("0:e1", location=place("Almaty"), seizures=[seizure("drugs", 11000)])],
      [event("1:e1", location=place("Bishkek"), seizures=[seizure("drugs", 11400)])]],
     {"0:e1": [], "1:e1": []}),
    ([[event("0:e1", "meeting", location=place("Baku"), start_date="2024-10-25",
             end_date="2024-10-25")],
      [event("1:e1", "meeting", location=place("Baku"), start_date="2024-10-24",
             end_date="2024-10-26")]],
     {"0:e1": ["1:e1"], "1:e1": ["0:e1"]}),
    ([[event("0:e1", name="Channel-Center"), event("0:e2", "seizure", part_of="0:e1")],
      [event("1:e1", name="Channel-Center"), event("1:e2", "seizure", part_of="1:e1")]],
     {"0:e1": ["1:e1"], "0:e2": [], "1:e1": ["0:e1"], "1:e2": []}),
    ([[event("0:e1", name="Harbour Watch"), event("0:e2", name="Harbour Watch")]],
     {"0:e1": [], "0:e2": []}),
]


@pytest.mark.parametrize(("items", "expected"), CASES)
def test_link_events(items: list[list[dict[str, Any]]], expected: dict[str, list[str]]) -> None:
    link_events(items)
    assert {e["id"]: e["same_as"] for events in items for e in events} == expected


def test_linking_twice_adds_nothing() -> None:
    items = [[event("0:e1", name="Channel-Center")], [event("1:e1", name="Channel-Center")],
             [event("2:e1", name="Channel-Center")]]
    link_events(items)
    once = copy.deepcopy(items)
    link_events(items)
    assert items == once
    assert items[0][0]["same_as"] == ["1:e1", "2:e1"]
