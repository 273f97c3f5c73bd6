"""An event held on the report's day (our own wording): "drugs seized over the previous
twelve months were publicly destroyed today" is dated today, though the earlier period's
words make its sentence background."""

from __future__ import annotations

import pytest
from event_days import DateCase, assert_first_event_days, case_ids

# (text, published, event type, expected (start_date, end_date) of the first such event)
CASES: list[DateCase] = [
    # a drug-control committee's destruction ceremony
    ("Seized narcotics set on fire in three cities\nNAY PYI TAW, 26 June 2024 – Narcotic drugs "
     "seized over the previous twelve months were publicly destroyed today in Yangon, "
     "Mandalay and Taunggyi to mark the International Day against Drug Abuse.",
     None, "other", ("2024-06-26", "2024-06-26")),
]


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_events_of_the_report_day(case: DateCase) -> None:
    assert_first_event_days(case)
