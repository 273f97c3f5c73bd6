"""A body paragraph opening with a time of day before its date ("On the night of 3
September, ...", "In the early hours of 5 May, ...") tells an episode of its own: a seizure
of that day, a result of the operation."""

from __future__ import annotations

import pytest
from event_docs import build_doc, date_range, day, loc, mass, org, substance

from pressparse.events import assemble_events

OPIUM = substance("opium", "opioid")
LEAD = ("Results of the border operation\n\n"
        "The Drug Service conducted the border operation from 1 July to 30 September 2013. "
        "Mobile groups worked on the main highways.\n\n")


@pytest.mark.parametrize(("opening", "surface", "iso"), [
    ("On the night of", "3 September", "2013-09-03"),
    ("In the early hours of", "5 August", "2013-08-05"),
    ("On the morning of", "12 July", "2013-07-12"),
])
def test_time_of_day_opening_starts_an_episode(nlp, rules, opening: str, surface: str,
                                               iso: str) -> None:
    text = (LEAD + f"{opening} {surface}, border guards of the Border Service detained three "
            "violators of the border who were carrying 212 kg of opium.")
    entities = [
        ("Drug Service", "ORG", org("Drug Service")),
        ("Border Service", "ORG", org("Border Service")),
        ("1 July to 30 September 2013", "DATE", date_range("2013-07-01", "2013-09-30")),
        (surface, "DATE", day(iso)),
        ("212 kg", "QUANTITY", mass(212, 212, "kg")), ("opium", "SUBSTANCE", OPIUM),
    ]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    episode = events[-1]
    assert (episode["type"], episode["start_date"], episode["part_of"]) == (
        "seizure", iso, events[0]["id"])
    assert [s["value"] for s in episode["seizures"]] == [212]
    assert [m["text"] for m in episode["organizers"]] == ["Border Service"]


def test_investigation_begun_with_a_find_dates_the_find(nlp, rules) -> None:
    """'The investigation began on 9 September, when officers ... found 4.3 kg': the find of
    that day is a seizure, not an operation open since then."""
    text = (LEAD + "The investigation began on 9 September, when officers of the Customs "
            "Board checked a car at the Valga crossing point and found 4.3 kg of opium.")
    entities = [
        ("Drug Service", "ORG", org("Drug Service")),
        ("Customs Board", "ORG", org("Customs Board")),
        ("1 July to 30 September 2013", "DATE", date_range("2013-07-01", "2013-09-30")),
        ("9 September", "DATE", day("2013-09-09")),
        ("Valga crossing point", "LOC", loc("Valga crossing point", "EE")),
        ("4.3 kg", "QUANTITY", mass(4.3, 4.3, "kg")), ("opium", "SUBSTANCE", OPIUM),
    ]
    episode = assemble_events(build_doc(nlp, text, entities), rules)[-1]
    assert (episode["type"], episode["start_date"], episode["end_date"]) == (
        "seizure", "2013-09-09", "2013-09-09")
