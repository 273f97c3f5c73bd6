"""The bounds of an event's period (our own wording): a verb that ends or starts the event a
few words before its date ("concluded focused operation Blue Tide on 9 November", counted
back over "13 days"), and a year a running total runs in ("so far in 2025"), which never
dates the event the total is told with."""

from __future__ import annotations

import pytest
from event_days import DateCase, assert_first_event_days, case_ids

# (text, published, event type, expected (start_date, end_date) of the first such event)
CASES: list[DateCase] = [
    # a naval task force's news post: the end verb, the name between, days counted back
    ("Task force completes Operation Blue Tide\nPosted on 12 November 2025 by Public Affairs"
     "\n\nTHE PORT – The task force concluded focused operation Blue Tide on 9 November after "
     "13 days of patrols in the northern sea. Between 28 October and 9 November, ships of two "
     "nations seized more than 3 tonnes of hashish.\n\nWith Operation Blue Tide, the task force "
     "has seized more than 20 tonnes of narcotics so far in 2025.",
     "2025-11-12", "operation", ("2025-10-28", "2025-11-09")),
    # a national police release: 'ended the two-week operation ... on 20 June'
    ("Operation Clear Sky ends\nThe national police ended the two-week operation Clear Sky on "
     "20 June. Officers arrested 45 people and seized 300 kg of cannabis.\n\nThe police have "
     "arrested more than 900 people for drug offences this year.",
     "2025-06-23", "operation", ("2025-06-07", "2025-06-20")),
    # a start verb reaching over the campaign's name, an end verb right before its date
    ("Anti-drug campaign closes\nThe interior ministry launched its annual campaign Clean "
     "Streets on 1 March 2025, and it ended on 31 March 2025. Officers seized 120 kg of "
     "cannabis and arrested 64 people.",
     None, "operation", ("2025-03-01", "2025-03-31")),
    # a navy relay: the year of the running total does not date the day's interdiction
    ("Navy seizes 2 tonnes of hashish in Operation Sea Shield\nThe navy seized 2 tonnes of "
     "hashish from a dhow on 3 May 2025 during Operation Sea Shield. With Operation Sea "
     "Shield, the navy has seized more than 9 tonnes of narcotics so far this year.",
     None, "seizure", ("2025-05-03", "2025-05-03")),
    # 'until' is no verb: the day after 'until police arrested him on' is no end of the find
    ("Courier held at the airport\nCustoms officers at the airport found 3 kg of cocaine in a "
     "passenger's suitcase on 4 June 2025. He had travelled with it until police arrested him "
     "on 5 June 2025 at the gate.",
     None, "seizure", ("2025-06-04", "2025-06-04")),
]


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_period_bounds(case: DateCase) -> None:
    assert_first_event_days(case)
