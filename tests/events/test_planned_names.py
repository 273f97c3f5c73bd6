"""An operation named only in a plan at the end of a results summary is an event of its own,
not the item's main event: the summary keeps its period and figures; a period in brackets
beside last year's figure does not date the summary."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

SUMMARY = ("Results of the first half of 2025\n"
           "Bishkek, 9 July 2025\n\n"
           "In the first half of 2025, the anti-drug service detected 212 drug crimes (the "
           "first half of 2024 – 187) and seized 1,340 kg of drugs, including 960 kg of "
           "hashish.\n\n")

CASES = [
    "In the third quarter, the service plans to conduct the annual operation \"Mak-2025\" "
    "against wild hemp.",
    "In August the service will conduct the operation \"Mak-2025\" in the Chui region.",
]


@pytest.mark.parametrize("plan", CASES)
def test_a_planned_operation_does_not_take_the_summarys_figures(plan: str) -> None:
    events = [e for item in extract(SUMMARY + plan).items for e in item.events]
    planned = next(e for e in events if e.name == "Mak-2025")
    summary = next(e for e in events if e.name is None and e.seizures)
    assert planned.seizures == [] and planned.part_of is None
    assert (summary.start_date, summary.end_date) == ("2025-01-01", "2025-06-30")
    assert {s.kg for s in summary.seizures} == {1340.0, 960.0}
