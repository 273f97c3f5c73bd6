"""The checks the count and seizure tables share (imported by name as ``event_figures``): the
counts, and the seizures' kilograms, of every event in a text's output."""

from __future__ import annotations

import pressparse
from pressparse.schema import Event

Count = tuple[float, str]  # (value, category)


def _events(text: str, published: str) -> list[Event]:
    document = pressparse.extract(text, id="t", published=published)
    return [e for item in document.items for e in item.events]


def _counts(events: list[Event]) -> list[Count]:
    return sorted((c.value, c.category) for e in events for c in e.counts)


def _kgs(events: list[Event]) -> list[float | None]:
    return sorted(s.kg for e in events for s in e.seizures)


def assert_counts(text: str, published: str, expected: list[Count]) -> None:
    """Every event's counts, in any order, are ``expected``."""
    assert _counts(_events(text, published)) == sorted(expected)


def assert_kgs(text: str, published: str, expected: list[float]) -> None:
    """Every event's seizures' kilograms, in any order, are ``expected``."""
    assert _kgs(_events(text, published)) == sorted(expected)


def assert_figures(text: str, published: str, counts: list[Count], kgs: list[float]) -> None:
    """Every event's counts and seizures' kilograms, in any order, are those expected."""
    events = _events(text, published)
    assert _counts(events) == sorted(counts)
    assert _kgs(events) == sorted(kgs)
