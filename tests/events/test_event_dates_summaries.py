"""A results summary's own period (our own wording): "since January 1" dates the summary the
whole item gives (open-ended), though its words make the sentence background, and the body's
day wins over the headline's coarser period starting on that day ("first-quarter figures")."""

from __future__ import annotations

import pytest
from event_days import DateCase, assert_first_event_days, case_ids

# (text, published, event type, expected (start_date, end_date) of the first such event)
CASES: list[DateCase] = [
    # a wire digest's item
    ("AZERBAIJAN: Border guards report first-quarter figures\nBAKU – The State Border Service "
     "said it had prevented the smuggling of more than 1.1 tons of drugs across the southern "
     "border since January 1. Most of the seized narcotics were opium and hashish.",
     "2025-03-12", "other", ("2025-01-01", None)),
    # a customs service's page
    ("Customs report results for the year so far\nSince 1 January 2025, customs officers at "
     "the country's ports have seized more than 3 tonnes of cocaine and 600 kg of heroin, the "
     "customs service said.",
     "2025-06-20", "other", ("2025-01-01", None)),
]


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_summary_periods(case: DateCase) -> None:
    assert_first_event_days(case)
