"""An operation's extent (our own wording): one month that sets it up, followed by its own
actions on later days, opens it ("In June 2025, detectives established Strike Force X ...
executed search warrants yesterday"): start only; a range of months, or a later day of
another event (a meeting that reviewed it), leaves the month's bounds."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, event type, expected (start_date, end_date) of the first such event)
CASES: list[tuple[str, str | None, str, tuple[str | None, str | None]]] = [
    # an Australian state police release
    ("Three charged after raids – Strike Force Kestrel\nTuesday, 14 October 2025 09:12:45 AM"
     "\n\nThree men have been charged after drugs were seized during search warrants, as part "
     "of an ongoing investigation.\n\nIn June 2025, detectives established Strike Force "
     "Kestrel to investigate the supply of cocaine to nightclubs.\n\nAbout 6am yesterday "
     "(Monday 13 October 2025), detectives executed search warrants at four homes in the "
     "western suburbs.\n\nDuring the searches, police seized 3.1kg of cocaine and $412,000 in "
     "cash.\n\nInvestigations under Strike Force Kestrel are continuing.",
     "2025-10-14", "operation", ("2025-06-01", None)),
    # a European police communiqué: a taskforce set up in a month, raids on later days
    ("Drug network dismantled in the north\nThe Hague, 20 November 2025\n\nIn March 2025 the "
     "regional police set up the investigation team Operation Harbour Light to trace a "
     "network importing cocaine through the port. On 17 and 18 November 2025, officers "
     "searched 14 addresses and arrested nine suspects. They seized 210 kg of cocaine and "
     "EUR 600,000 in cash.",
     "2025-11-20", "operation", ("2025-03-01", None)),
    # a range of months is the operation's own extent
    ("Dealers' network broken up in the city\nROME, 12 November 2025 – The investigation, "
     "carried out by the provincial command between March 2024 and October 2025 under the "
     "name Operation Old Town, uncovered a network that sold cocaine in two quarters. "
     "Officers seized 7 kg of cocaine and arrested 12 people.",
     "2025-11-12", "operation", ("2024-03-01", "2025-10-31")),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[2]}@{i}" for i, c in enumerate(CASES)])
def test_operation_extent(case: tuple[str, str | None, str, tuple[str | None, str | None]]) -> None:
    text, published, event_type, expected = case
    document = pressparse.extract(text, published=published)
    events = [e for item in document.items for e in item.events if e.type == event_type]
    assert events, [e.type for item in document.items for e in item.events]
    assert (events[0].start_date, events[0].end_date) == expected
