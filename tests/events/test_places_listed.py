"""A period's results told at several places listed with commas and a closing "and" took
place at none of them (events/places.py); a place and the region holding it stay one place."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, date_range, loc, mass, substance

from pressparse.events.assembly import assemble_events

HEROIN = substance("heroin", "opioid")

CASES: list[tuple[str, list[Entity], str | None]] = [
    # three crossings listed: the week's results belong to none of them
    ("From 9 to 15 March, at the Kapitan Andreevo crossing, the Lesovo crossing and the "
     "Kulata crossing, customs officers seized 14 kg of heroin in all.",
     [("From 9 to 15 March", "DATE", date_range("2026-03-09", "2026-03-15")),
      ("Kapitan Andreevo crossing", "LOC", loc("Kapitan Andreevo crossing", "BG")),
      ("Lesovo crossing", "LOC", loc("Lesovo crossing", "BG")),
      ("14 kg", "QUANTITY", mass(14, 14, "kg")), ("heroin", "SUBSTANCE", HEROIN)],
     None),
    ("During May, officers at Medininkai, Šalčininkai and Lavoriškės seized 9 kg of heroin.",
     [("During May", "DATE", date_range("2026-05-01", "2026-05-31")),
      ("Medininkai", "LOC", loc("Medininkai", "LT")),
      ("Šalčininkai", "LOC", loc("Šalčininkai", "LT")),
      ("Lavoriškės", "LOC", loc("Lavoriškės", "LT")),
      ("9 kg", "QUANTITY", mass(9, 9, "kg")), ("heroin", "SUBSTANCE", HEROIN)],
     None),
    # a crossing and the region holding it are one place, not a list
    ("During May, officers at the Kulata crossing, Blagoevgrad Province, and at their other "
     "posts seized 9 kg of heroin.",
     [("During May", "DATE", date_range("2026-05-01", "2026-05-31")),
      ("Kulata crossing", "LOC", loc("Kulata crossing", "BG")),
      ("Blagoevgrad Province", "LOC", loc("Blagoevgrad Province", "BG")),
      ("9 kg", "QUANTITY", mass(9, 9, "kg")), ("heroin", "SUBSTANCE", HEROIN)],
     "Kulata crossing"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_listed_places_place_no_period(nlp, rules, text: str, entities: list[Entity],
                                       expected: str | None) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    location = events[0]["location"]
    assert (location["text"] if location else None) == expected
