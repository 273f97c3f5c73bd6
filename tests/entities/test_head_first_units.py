"""Local police units written head first, as South Asian releases do (entities/head_first_units.py),
on our own sentences: the span as written, the name in the usual order."""

from __future__ import annotations

import pytest

from pressparse.entities.head_first_units import HeadFirstUnitFinder

FINDER = HeadFirstUnitFinder(["Police Station", "Police Post"],
                             ["The", "House", "Officer", "In-charge", "Directorate", "On"])


@pytest.mark.parametrize(("text", "expected"), [
    ("A team of Police Station Gharinda laid a nakka near the canal.",
     [("Police Station Gharinda", "Gharinda Police Station")]),
    ("An FIR was registered at Police Station Saddar Gujranwala under the CNSA.",
     [("Police Station Saddar Gujranwala", "Saddar Gujranwala Police Station")]),
    ("The accused was handed over to Police Post Khasa on Friday.",
     [("Police Post Khasa", "Khasa Police Post")]),
    ("Police Station Kotwali-Dehat registered two cases.",
     [("Police Station Kotwali-Dehat", "Kotwali-Dehat Police Station")]),
    # a title or a sentence word after the head names no station
    ("The Police Station House Officer said the raid was planned for a week.", []),
    ("He went to the Police Station. The suspects were released on bail.", []),
    # the usual order is the grammar's business, not this finder's
    ("Officers of Mae Sai Police Station seized 40,000 pills.", []),
])
def test_head_first_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[start:end], name) for start, end, name in FINDER.find(text)] == expected
