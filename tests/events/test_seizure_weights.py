"""The weight told of counted pills is evidence; the pills are the seizure."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

CASES = [
    # the weight in a clause right after the counted pills
    ("Customs officers at the port of Mersin found 1,840,000 captagon pills, weighing about "
     "310 kilograms, hidden in a shipment of marble slabs on Tuesday.",
     {("captagon", 1840000.0, "pill")}),
    ("Police seized 92,000 tablets of tramadol weighing 61 kg from a van near Kano on Monday.",
     {("tramadol", 92000.0, "tablet")}),
    # bricks are no drug units: their weight is the seizure
    ("Border guards seized 14 bricks of heroin weighing 4.9 kg near Lao Cai on Monday.",
     {("heroin", 4.9, "kg")}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_the_weight_of_counted_pills_is_no_seizure_of_its_own(
        sentence: str, expected: set[tuple[str, float, str]]) -> None:
    found = {(s.substance, s.value, s.unit) for item in extract(sentence).items
             for event in item.events for s in event.seizures}
    assert found == expected
