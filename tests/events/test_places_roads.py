"""A road the event's sentence names beside a town or a facility gives way to it (the road
runs by the place); a road named alone places the event (events/places.py, ``_off_road``).
A place after "from" is a route's end, no place the road gives way to."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, loc, mass, substance

from pressparse.events.assembly import assemble_events

COCAINE = substance("cocaine")


def road(name: str) -> dict[str, object]:
    """A road as the gazetteer names it: no list knows it, no country."""
    return {"name": name, "country_iso2": None, "id": None}


CASES: list[tuple[str, list[Entity], str]] = [
    ("Gendarmes stopped a lorry at a control post on National Route 9, near the town of "
     "Villa María, and found 60 kg of cocaine.",
     [("National Route 9", "LOC", road("National Route 9")),
      ("Villa María", "LOC", loc("Villa María", "AR")),
      ("60 kg", "QUANTITY", mass(60, 60, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Villa María"),
    # a named road is no facility the town gives way to ("on the Glenn Highway near Palmer")
    ("Officers stopped a hire car on the Eyre Highway near Norseman and found 2 kg of "
     "cocaine in the spare tyre.",
     [("Eyre Highway", "LOC", road("Eyre Highway")),
      ("Norseman", "LOC", loc("Norseman", "AU")),
      ("2 kg", "QUANTITY", mass(2, 2, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Norseman"),
    # a road its sentence names alone is where the find was made
    ("Troopers stopped a sedan on the Parks Highway near milepost 52 and found 3 kg of "
     "cocaine.",
     [("Parks Highway", "LOC", road("Parks Highway")),
      ("3 kg", "QUANTITY", mass(3, 3, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Parks Highway"),
    # a road written as its number alone gives way to the town too (session 36)
    ("Federal highway police stopped a bus on the BR-116 in Feira de Santana and found 80 kg "
     "of cocaine.",
     [("BR-116", "LOC", road("BR-116")),
      ("Feira de Santana", "LOC", loc("Feira de Santana", "BR")),
      ("80 kg", "QUANTITY", mass(80, 80, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Feira de Santana"),
    # a town "near" which a road runs is the place, not the road before "near"
    ("Troopers seized 40 kg of cocaine during a traffic stop on Interstate 10 near Fort "
     "Stockton on Monday.",
     [("Interstate 10", "LOC", road("Interstate 10")),
      ("Fort Stockton", "LOC", loc("Fort Stockton", "US")),
      ("40 kg", "QUANTITY", mass(40, 40, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Fort Stockton"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_road_gives_way_to_its_town(nlp, rules, text: str, entities: list[Entity],
                                    expected: str) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    location = events[0]["location"]
    assert (location["text"] if location else None) == expected
