"""An event held on the report's day (our own wording): "drugs seized over the previous
twelve months were publicly destroyed today" is dated today, though the earlier period's
words make its sentence background."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, event type, expected (start_date, end_date) of the first such event)
CASES: list[tuple[str, str | None, str, tuple[str | None, str | None]]] = [
    # a drug-control committee's destruction ceremony
    ("Seized narcotics set on fire in three cities\nNAY PYI TAW, 26 June 2024 – Narcotic drugs "
     "seized over the previous twelve months were publicly destroyed today in Yangon, "
     "Mandalay and Taunggyi to mark the International Day against Drug Abuse.",
     None, "other", ("2024-06-26", "2024-06-26")),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[2]}@{i}" for i, c in enumerate(CASES)])
def test_events_of_the_report_day(
        case: tuple[str, str | None, str, tuple[str | None, str | None]]) -> None:
    text, published, event_type, expected = case
    document = pressparse.extract(text, published=published)
    events = [e for item in document.items for e in item.events if e.type == event_type]
    assert events, [e.type for item in document.items for e in item.events]
    assert (events[0].start_date, events[0].end_date) == expected
