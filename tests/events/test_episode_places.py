"""A one-day find told again as a dated episode ("Case details: On <day> ... at <place>"): the
episode is no event of its own, but its place is where the item's seizure happened."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, count, day, loc, mass, org, substance

from pressparse.events.assembly import assemble_events

GANJA = substance("marijuana", "cannabis")

EPISODE_PLACE_CASES: list[tuple[str, list[Entity], str | None]] = [
    # (text, entities, expected location of the seizure)
    # the episode's place wins over a receiver's town named later
    ("DISTRICT TASK FORCE SEIZES 180 KG GANJA\n"
     "The Task Force of Warangal district arrested three persons and seized 180 kg of ganja "
     "from their truck.\n\nCase details:\nOn 04-03-2025 at about 0600 hours, acting on a "
     "tip-off, the Task Force conducted a vehicle check at the toll gate at Kazipet and "
     "intercepted a truck. On checking, 90 packets of ganja, each weighing about 2 kg, "
     "were found under onion bags.\n\n"
     "Accused arrested: three drivers.\nAbsconding: A4) Buyer at Solapur, whose details "
     "are being verified.",
     [("Task Force", "ORG", org("Task Force")),
      ("Warangal", "LOC", loc("Warangal", "IN")), ("Kazipet", "LOC", loc("Kazipet", "IN")),
      ("Solapur", "LOC", loc("Solapur", "IN")),
      ("04-03-2025", "DATE", day("2025-03-04")),
      ("180 kg", "QUANTITY", mass(180, 180, "kg")), ("ganja", "SUBSTANCE", GANJA),
      ("about 2 kg", "QUANTITY", mass(2, 2, "kg", "about")),
      ("three", "QUANTITY", count(3, "persons"))],
     "Kazipet"),
    # no dated episode: the only place the text gives stays the event's
    ("DISTRICT TASK FORCE SEIZES 180 KG GANJA\n"
     "The Task Force arrested three persons and seized 180 kg of ganja from a truck "
     "at Kazipet on 04-03-2025.",
     [("Task Force", "ORG", org("Task Force")),
      ("Kazipet", "LOC", loc("Kazipet", "IN")),
      ("04-03-2025", "DATE", day("2025-03-04")),
      ("180 kg", "QUANTITY", mass(180, 180, "kg")), ("ganja", "SUBSTANCE", GANJA),
      ("three", "QUANTITY", count(3, "persons"))],
     "Kazipet"),
    # a dated episode on a road named by its two ends: the road runs between them, neither
    # town is where the lorry was stopped
    ("Weekly security bulletin\n\nPolice units carried out checks across the region during "
     "the week. Several suspects were detained.\n\nOn Sunday 25 May, gendarmes stopped a "
     "lorry on the Garoua–Maroua road and found 900 kg of cannabis under sacks of onions.",
     [("Sunday 25 May", "DATE", day("2025-05-25")),
      ("Garoua", "LOC", loc("Garoua", "CM")), ("Maroua", "LOC", loc("Maroua", "CM")),
      ("900 kg", "QUANTITY", mass(900, 900, "kg")),
      ("cannabis", "SUBSTANCE", substance("cannabis", "cannabis"))],
     None),
]


@pytest.mark.parametrize(("text", "entities", "expected"), EPISODE_PLACE_CASES)
def test_a_dated_episode_places_the_seizure(nlp, rules, text: str, entities: list[Entity],
                                            expected: str | None) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    seizures = [e for e in events if e["type"] == "seizure"]
    assert len(seizures) == 1
    assert (seizures[0]["location"] or {}).get("text") == expected
