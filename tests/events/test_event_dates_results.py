"""Results of a one-day operation (our own wording): each undated local seizure listed under
an operation held on one day was found that day ("conducted 9 operations on Monday ... -
1.15 kgs Heroin recovered at Islamabad Airport"); the results of an operation over several
days get no day from it."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected (start_date, end_date) of every seizure that is part of another)
CASES: list[tuple[str, str | None, tuple[str | None, str | None]]] = [
    # an anti-narcotics force roundup with bullet results under a dateline
    ("ANF RECOVERS DRUGS IN 3 OPERATIONS\nQuetta 14 Jan 2026\n\nAnti Narcotics Force conducted "
     "3 counter narcotics operations across the country on Tuesday and recovered 310 kgs "
     "drugs. 4 accused were arrested. Details are as follows:-\n\n"
     "- 2.4 kgs Heroin recovered from a passenger at Quetta International Airport. Accused "
     "arrested.\n\n"
     "- 280 kgs Charas recovered from a truck near Chaman border. Driver arrested.\n\n"
     "- 27 kgs Opium recovered from a house in Pishin. 2 accused arrested.\n",
     None, ("2026-01-13", "2026-01-13")),
    # the same roundup over a week: its results get no day from it
    ("ANF RECOVERS DRUGS IN 3 OPERATIONS\nQuetta 14 Jan 2026\n\nFrom 6 to 12 January, Anti "
     "Narcotics Force conducted 3 counter narcotics operations across the country and "
     "recovered 310 kgs drugs. Details are as follows:-\n\n"
     "- 2.4 kgs Heroin recovered from a passenger at Quetta International Airport.\n\n"
     "- 280 kgs Charas recovered from a truck near Chaman border.\n\n"
     "- 27 kgs Opium recovered from a house in Pishin.\n",
     None, (None, None)),
]


@pytest.mark.parametrize("case", CASES, ids=["one-day", "one-week"])
def test_results_of_a_one_day_operation_take_its_day(
        case: tuple[str, str | None, tuple[str | None, str | None]]) -> None:
    text, published, expected = case
    events = [e for item in pressparse.extract(text, published=published).items
              for e in item.events]
    parts = [e for e in events if e.type == "seizure" and e.part_of]
    assert parts, [(e.type, e.part_of) for e in events]
    assert {(e.start_date, e.end_date) for e in parts} == {expected}
