"""Days the calendar lacks never crash the pipeline; 29 February infers a leap year."""

from __future__ import annotations

import pytest

import pressparse


@pytest.mark.parametrize(("text", "expected"), [
    ("On 3 May 2021 police met. On 29 February they seized 3 kg of heroin.",
     [("3 May 2021", "2021-05-03"), ("29 February", "2020-02-29")]),
    ("The report of 10 March 2025 covers seizures made on 29 February.",
     [("10 March 2025", "2025-03-10"), ("29 February", "2024-02-29")]),
    ("Officers said on 31 April 2021 that 3 kg of heroin were seized.",
     [("April 2021", "2021-04-01")]),
    ("29 February On 28 July 2021, the National Guard in Rotterdam seized 8,466 g of cocaine.",
     [("29 February", "2020-02-29"), ("28 July 2021", "2021-07-28")]),
])
def test_impossible_or_leap_days(text: str, expected: list[tuple[str, str]]) -> None:
    document = pressparse.extract(text)
    assert document.errors == []
    dates = [(e.text, e.normalized["start"]) for e in document.entities if e.label == "DATE"]
    assert dates == expected
