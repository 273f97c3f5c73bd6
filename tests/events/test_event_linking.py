"""Linking the events of different items of one dump (same_as)."""

from __future__ import annotations

import copy
import time
from itertools import combinations
from typing import Any

import pytest

from pressparse.events import link_events
from pressparse.events.linking import same_event
from timing import bound


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


def generated_dump(size: int) -> list[list[dict[str, Any]]]:
    """A dump of ``size`` items with named, dated, located and weighed events, and parts."""
    items = []
    for i in range(size):
        day = f"2024-{1 + i % 12:02d}-{1 + i * 7 % 28:02d}"
        main = event(f"{i}:e1", ("seizure", "operation")[i % 2],
                     name=("Harbour Watch", "Channel - Center", None, None, None)[i % 5],
                     location=place(("Almaty", "Osh", "Baku")[i % 3]) if i % 7 else None,
                     start_date=day if i % 4 else None, end_date=day if i % 8 else None,
                     seizures=[seizure(("heroin", "Heroin", "hashish")[i % 3], 1 + i % 97)])
        items.append([main, event(f"{i}:e2", "seizure", part_of=f"{i}:e1",
                                  location=place("Almaty"), start_date=day)])
    return items


def brute_force_links(items: list[list[dict[str, Any]]]) -> None:
    """The reference: every pair of events of different items compared."""
    located = [(index, e) for index, events in enumerate(items) for e in events]
    for (item_a, a), (item_b, b) in combinations(located, 2):
        if item_a != item_b and a.get("id") and b.get("id") and same_event(a, b):
            a["same_as"].append(b["id"])
            b["same_as"].append(a["id"])


def test_links_equal_comparing_every_pair() -> None:
    items, reference = generated_dump(300), generated_dump(300)
    link_events(items)
    brute_force_links(reference)
    assert items == reference
    assert sum(len(e["same_as"]) for events in items for e in events) > 1000


def test_linking_a_large_dump_is_not_quadratic() -> None:
    # 200 million pairs, 10,000 of them the same town's: minutes if every pair is compared
    items = [[event(f"{i}:e1", "seizure", location=place(f"Town {i // 2}"),
                    start_date=f"2024-05-{1 + i % 28:02d}",
                    seizures=[seizure("heroin", 1000.0 + i)])] for i in range(20_000)]
    started = time.perf_counter()
    link_events(items)
    assert time.perf_counter() - started < bound(2.0)
    assert sum(len(events[0]["same_as"]) for events in items) == 20_000
