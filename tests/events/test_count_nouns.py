"""Counted nouns of count_categories.jsonl: people of any trade or role arrested are arrests
("travellers", "poachers", "adults"), administrative violations recorded are cases
("misdemeanours", "contraventions"), people referred to prosecutors are arrests too, and
packs, pouches and jars holding a seized amount are its packaging, no count (guide, Events:
counts)."""

from __future__ import annotations

import pytest
from event_figures import Count, assert_counts

# (text, published, counts of every event as (value, category))
CASES: list[tuple[str, str, list[Count]]] = [
    # Baltic airport: people named by what they were doing
    ("Border guards at Riga Airport arrested two travellers on 3 May 2026 who had arrived on "
     "a flight from Lima. In their suitcases the officers found 12 kilograms of cocaine.",
     "2026-05-04", [(2, "arrests")]),
    # Southern African wildlife police
    ("On 9 August 2026, rangers and police officers detained 4 poachers in the Hwange park "
     "and found 3 kg of cannabis in their camp.",
     "2026-08-10", [(4, "arrests")]),
    # Pacific island police: "adults" arrested
    ("Police raided a plantation in Savai'i on 2 June 2026 and seized 30 kg of marijuana. "
     "Three adults were arrested.",
     "2026-06-03", [(3, "arrests")]),
    # Balkan police: administrative violations beside criminal offences
    ("From 4 to 10 May 2026 officers of the Ljubljana Police Directorate carried out checks "
     "in parks; they detected 12 criminal offences and 35 misdemeanours and seized 300 grams "
     "of marijuana.",
     "2026-05-11", [(12, "crimes"), (35, "cases")]),
    ("During the week of 2 to 8 March 2026 the border police recorded 140 contraventions at "
     "the crossing points and seized 2 kg of heroin in a bus.",
     "2026-03-09", [(140, "cases")]),
    # East Asian coast guard: suspects referred to prosecutors
    ("On 2 March 2026 the Coast Guard seized 86 kg of ketamine on a fishing boat off the "
     "north coast and referred 7 suspects to prosecutors.",
     "2026-03-03", [(7, "arrests")]),
    # Eastern European customs: packs and pouches a load was packed in
    ("On 24 November 2026, customs officers at the Terespol checkpoint found 22 vacuum packs "
     "with 11.3 kg of marijuana in a truck.",
     "2026-11-25", []),
    ("On 5 June 2026 officers at the port of Callao found 40 pouches holding 8 kg of "
     "cocaine in a container of bananas.",
     "2026-06-06", []),
    # North-east Indian police: soap cases a load was hidden in are its packaging, and a
    # number before a force unit's name ("3 Assam Rifles") names the unit, no count
    ("On 4 March 2027, a team of the district police along with 17 Assam Rifles stopped a "
     "truck at Moreh and found 1.2 kg of heroin concealed in 92 soap cases.",
     "2027-03-05", []),
    ("On 6 May 2027, troops of 9 Punjab Regiment recovered 3 kg of opium from a hut near "
     "Tamenglong.",
     "2027-05-07", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_count_nouns(text: str, published: str, expected: list[Count]) -> None:
    assert_counts(text, published, expected)
