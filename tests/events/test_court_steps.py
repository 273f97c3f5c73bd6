"""A release whose lead tells a case's step before a court ("the case with the indictment
has been sent to the County Court for consideration on the merits") reports that step (type
other, dated only by its lead); the finds it recalls are events of their own, no results
of it (no part_of)."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, events as (type, start, end), in order)
CASES: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    ("Amphetamine smuggling case sent to court\n\n"
     "On 12 May, the Prosecutor's Office of the Republic of Latvia sent to court the criminal "
     "case against five members of a group that smuggled amphetamine from the Netherlands.\n\n"
     "According to the investigation, in 2024 and 2025 the group brought the drug in cars "
     "across the Lithuanian border. On 3 October 2025, officers of the State Police stopped "
     "a car near Bauska and found 8 kg of amphetamine in its fuel tank.",
     "2026-05-14",
     [("other", "2026-05-12", "2026-05-12"), ("seizure", "2025-10-03", "2025-10-03")]),
    ("Cocaine import case sent to court in Tallinn\n\n"
     "The Central Criminal Police has completed the investigation of the criminal case "
     "against three men accused of importing cocaine by sea. The case with the indictment "
     "has been sent to the Harju County Court for consideration on the merits.\n\n"
     "As established by the investigation, in March-June 2025 the men ordered the drug from "
     "Ecuador. On 9 July 2025, officers found 31 kg of cocaine in a container of bananas in "
     "the port of Muuga.",
     "2026-02-20",
     [("other", None, None), ("seizure", "2025-07-09", "2025-07-09")]),
]


@pytest.mark.parametrize("case", CASES, ids=[f"step@{i}" for i in range(len(CASES))])
def test_court_steps(case: tuple[str, str, list[tuple[str, str | None, str | None]]]) -> None:
    text, published, expected = case
    events = [e for item in pressparse.extract(text, published=published).items
              for e in item.events]
    assert [(e.type, e.start_date, e.end_date) for e in events] == expected
    assert all(e.part_of is None for e in events)
