"""The check the event-date tables share (imported by name as ``event_days``): the first event
of a type in a text's output has the expected start and end dates."""

from __future__ import annotations

import pressparse

# (text, published, event type, expected (start_date, end_date) of the first such event)
DateCase = tuple[str, str | None, str, tuple[str | None, str | None]]


def case_ids(cases: list[DateCase]) -> list[str]:
    return [f"{case[2]}@{index}" for index, case in enumerate(cases)]


def assert_first_event_days(case: DateCase) -> None:
    text, published, event_type, expected = case
    document = pressparse.extract(text, published=published)
    events = [e for item in document.items for e in item.events if e.type == event_type]
    assert events, [e.type for item in document.items for e in item.events]
    assert (events[0].start_date, events[0].end_date) == expected
