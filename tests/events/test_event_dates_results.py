"""Results of a one-day operation (our own wording): each undated local seizure listed under
an operation held on one day was found that day ("conducted 9 operations on Monday ... -
1.15 kgs Heroin recovered at Islamabad Airport"); the results of an operation over several
days get no day from it, except a unit's own actions typed an operation ("In Dominica,
officers conducted 12 searches ...") inside an operation of at most a month, which ran over
its days, or over the days of the step told right before them when they open with
"Simultaneously"; inside a longer campaign they stay undated."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected (start_date, end_date) of every part of another of the type)
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

_REGIONAL = ("Regional operation nets cannabis and firearms\nKINGSTOWN, Jul 2 –\n\nThe "
             "regional task force says a {extent} operation conducted from {period} in three "
             "member states netted more than 900 pounds of marijuana and led to 17 arrests.\n\n"
             "In St Lucia, officers of the Marine Police Unit intercepted a pirogue off "
             "Soufriere on June 11 and found 420 pounds of marijuana.\n\nIn Dominica, officers "
             "of the Dominica Police Force conducted 12 searches in Roseau and Portsmouth, "
             "recovering three firearms and 8 pounds of marijuana; four persons were arrested.")
# (text, published, expected (start_date, end_date) of every operation that is part of another)
PHASES: list[tuple[str, str | None, tuple[str | None, str | None]]] = [
    # a week-long regional operation: a unit's undated searches ran over its days
    (_REGIONAL.format(extent="week-long", period="June 9 to 15"), "2025-07-02",
     ("2025-06-09", "2025-06-15")),
    # a three-month campaign: they stay undated
    (_REGIONAL.format(extent="three-month", period="March 1 to June 15"), "2025-07-02",
     (None, None)),
    # a Spanish force's phases: the undated searches told "Simultaneously" ran on the days of
    # the phase told before them, not over the whole operation
    ("Police dismantle a hashish network on both sides of the border\nMadrid, 3 November "
     "2025\n\nThe Civil Guard, together with the Portuguese police, has dismantled a network "
     "smuggling hashish across the river in Operation Low Tide, carried out from 14 to 30 "
     "October 2025.\n\nIn the first phase, on 14 October, officers of the Maritime Service "
     "intercepted a boat off Isla Cristina with 900 kilos of hashish.\n\nIn the second "
     "phase, between 28 and 30 October, the Civil Guard carried out 9 searches in the "
     "provinces of Huelva and Seville, in which 8 people were arrested, and seized 1,400 "
     "kilos of hashish.\n\nSimultaneously, the Portuguese police searched 5 properties in "
     "the district of Faro, arrested 6 people and seized 1,180 kilos of hashish.",
     None, ("2025-10-28", "2025-10-30")),
]


@pytest.mark.parametrize(("case", "part_type"), [
    *((case, "seizure") for case in CASES), *((case, "operation") for case in PHASES)],
    ids=["one-day", "one-week", "phase-one-week", "phase-three-months",
         "phase-simultaneously"])
def test_parts_of_an_operation_take_its_days(
        case: tuple[str, str | None, tuple[str | None, str | None]], part_type: str) -> None:
    """The parts of ``part_type`` take the expected days: the seizures listed under a
    one-day operation (CASES), a unit's undated actions typed an operation (PHASES)."""
    text, published, expected = case
    events = [e for item in pressparse.extract(text, published=published).items
              for e in item.events]
    parts = [e for e in events if e.type == part_type and e.part_of]
    assert parts, [(e.type, e.part_of) for e in events]
    assert {(e.start_date, e.end_date) for e in parts} == {expected}
