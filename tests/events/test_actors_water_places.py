"""A sea, strait or river belongs to no country, yet a boat stopped there was stopped there: a
plain "in"/"in the" places the event on the water, while a continent or a region named with
"the" ("in Latin America", "in the West Midlands") stays the scope of the release. A town no
list knows has no country either, yet it is no region: a plain "in" places the event there."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, count, day, loc, mass, org, substance

from pressparse.events.assembly import assemble_events


def sea(name: str) -> dict[str, object]:
    """A body of water as the gazetteer writes it: no country."""
    return {"name": name, "country_iso2": None, "id": f"region:{name.lower()}"}


def scope(name: str) -> dict[str, object]:
    """A continent or a cross-border region as the gazetteer writes it: no country."""
    return {"name": name, "country_iso2": None, "id": f"region:{name.lower()}"}


def unlisted(name: str) -> dict[str, object]:
    """A place no list knows: no country, no id."""
    return {"name": name, "country_iso2": None, "id": None}


HASHISH = substance("hashish", "cannabis")
COCAINE = substance("cocaine")

WATER_CASES: list[tuple[str, list[Entity], str | None]] = [
    # (text, entities, expected location of the one seizure)
    # a navy's boarding in a sea named without an article, dateline city elsewhere
    ("KARACHI, 4 March: Pakistan Navy ships seized 1,200 kg of hashish from a dhow in North "
     "Arabian Sea on 2 March, the navy said.",
     [("KARACHI", "LOC", loc("Karachi", "PK")), ("Pakistan Navy", "ORG", org("Pakistan Navy")),
      ("North Arabian Sea", "LOC", sea("North Arabian Sea")),
      ("2 March", "DATE", day("2025-03-02")),
      ("1,200 kg", "QUANTITY", mass(1200, 1200, "kg")), ("hashish", "SUBSTANCE", HASHISH)],
     "North Arabian Sea"),
    # a customs aircraft's sighting in a strait, with "in the"
    ("LISBON -- A patrol boat of the Guardia di Finanza intercepted a speedboat carrying "
     "2,500 kg of hashish in the Strait of Sicily on 13 March, MAOC (N) said.",
     [("LISBON", "LOC", loc("Lisbon", "PT")),
      ("Guardia di Finanza", "ORG", org("Guardia di Finanza")),
      ("MAOC (N)", "ORG", org("Maritime Analysis and Operations Centre - Narcotics")),
      ("Strait of Sicily", "LOC", sea("Strait of Sicily")),
      ("13 March", "DATE", day("2025-03-13")),
      ("2,500 kg", "QUANTITY", mass(2500, 2500, "kg")), ("hashish", "SUBSTANCE", HASHISH)],
     "Strait of Sicily"),
    # a coast guard's interception in a gulf, after the dateline of the publisher's seat
    ("MANAMA -- Coalition warships seized 3,000 kg of hashish from a stateless vessel in "
     "the Gulf of Aden on 7 November.",
     [("MANAMA", "LOC", loc("Manama", "BH")), ("Gulf of Aden", "LOC", sea("Gulf of Aden")),
      ("7 November", "DATE", day("2025-11-07")),
      ("3,000 kg", "QUANTITY", mass(3000, 3000, "kg")), ("hashish", "SUBSTANCE", HASHISH)],
     "Gulf of Aden"),
    # a river boat stopped in a river
    ("DHAKA -- Border guards seized 50 kg of yaba from a boat in the Naf River on 13 March.",
     [("DHAKA", "LOC", loc("Dhaka", "BD")), ("Naf River", "LOC", sea("Naf River")),
      ("13 March", "DATE", day("2025-03-13")),
      ("50 kg", "QUANTITY", mass(50, 50, "kg")),
      ("yaba", "SUBSTANCE", substance("methamphetamine"))],
     "Naf River"),
    # a continent is the scope of the traffic, not where the find was made: the dateline
    ("SANTO DOMINGO -- Navy sailors seized 800 kg of cocaine from a go-fast boat on 5 May, "
     "the largest haul in Latin America this year.",
     [("SANTO DOMINGO", "LOC", loc("Santo Domingo", "DO")),
      ("Latin America", "LOC", scope("Latin America")), ("5 May", "DATE", day("2025-05-05")),
      ("800 kg", "QUANTITY", mass(800, 800, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "SANTO DOMINGO"),
    # a region of the country named with "the" is a scope too: the dateline holds the find
    ("BIRMINGHAM -- Officers seized 40 kg of cocaine from a van on 3 June, one of the "
     "largest finds in the West Midlands, and arrested two men.",
     [("BIRMINGHAM", "LOC", loc("Birmingham", "GB")),
      ("West Midlands", "LOC", loc("West Midlands", "GB")),
      ("3 June", "DATE", day("2025-06-03")),
      ("40 kg", "QUANTITY", mass(40, 40, "kg")), ("cocaine", "SUBSTANCE", COCAINE),
      ("two", "QUANTITY", count(2, "men"))],
     "BIRMINGHAM"),
    # a region no list knows, named with a compass word, is a scope too
    ("ACCRA -- Customs officers seized 300 kg of cocaine from a container on 4 June, the "
     "largest find in West Africa this year.",
     [("ACCRA", "LOC", loc("Accra", "GH")), ("West Africa", "LOC", unlisted("West Africa")),
      ("4 June", "DATE", day("2025-06-04")),
      ("300 kg", "QUANTITY", mass(300, 300, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "ACCRA"),
    # a district named with its head word after "in the" is a place, no region's name
    ("BAKU -- On the night of 9 to 10 November, a border patrol detained a violator with 12 kg "
     "of heroin trying to cross the river in the Fuzuli district.",
     [("BAKU", "LOC", loc("Baku", "AZ")), ("Fuzuli district", "LOC", loc("Fuzuli District", "AZ")),
      ("12 kg", "QUANTITY", mass(12, 12, "kg")), ("heroin", "SUBSTANCE", substance("heroin"))],
     "Fuzuli district"),
    # ... but not where the drugs were bound for stashes
    ("GRODNO -- Officers stopped a 19-year-old courier near a shopping centre in Lida and "
     "found 1.5 kg of hashish he was going to hide in stashes in the Leninsky district.",
     [("GRODNO", "LOC", loc("Grodno", "BY")), ("Lida", "LOC", loc("Lida", "BY")),
      ("Leninsky district", "LOC", loc("Leninsky District", "BY")),
      ("1.5 kg", "QUANTITY", mass(1.5, 1.5, "kg")), ("hashish", "SUBSTANCE", HASHISH)],
     "Lida"),
    # a town no list knows is where the car was stopped, not the dateline's city
    ("VALLETTA -- On Sunday, members of the Drug Squad stopped a car being driven in "
     "Marsaskala and found 2 kg of cannabis grass inside.",
     [("VALLETTA", "LOC", loc("Valletta", "MT")), ("Drug Squad", "ORG", org("Drug Squad")),
      ("Marsaskala", "LOC", unlisted("Marsaskala")), ("Sunday", "DATE", day("2025-09-14")),
      ("2 kg", "QUANTITY", mass(2, 2, "kg")),
      ("cannabis grass", "SUBSTANCE", substance("marijuana", "cannabis"))],
     "Marsaskala"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), WATER_CASES)
def test_a_sea_places_the_seizure_a_region_does_not(nlp, rules, text: str,
                                                    entities: list[Entity],
                                                    expected: str | None) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    seizures = [e for e in events if e["type"] == "seizure"]
    assert len(seizures) == 1
    assert (seizures[0]["location"] or {}).get("text") == expected


VESSEL_ROWS = (
    "Navy offloads 3 tonnes of cocaine\n\n"
    "The crew of the patrol ship Almirante offloaded 3,100 kg of cocaine on 9 March at the "
    "naval base. The following ships took part in the interdictions:\n"
    "• Patrol ship Almirante, which stopped two go-fast boats and seized 1,900 kg of cocaine\n"
    "• {ship} (P840), an offshore patrol vessel of the Royal Navy, which boarded a sailing "
    "vessel on 4 March and seized 1,200 kg of cocaine\n")


@pytest.mark.parametrize(("ship", "place", "expected"), [
    # a town's name after a ship's prefix names the ship, it places nothing
    ("HNLMS Groningen", ("Groningen", loc("Groningen", "NL")), None),
    ("USCGC Hamilton", ("Hamilton", loc("Hamilton", "BM")), None),
    # a town without a prefix is where the boarding was made
    ("Off Groningen the Provider", ("Groningen", loc("Groningen", "NL")), "Groningen"),
])
def test_a_ship_named_after_a_town_places_nothing(nlp, rules, ship: str,
                                                  place: tuple[str, dict[str, object]],
                                                  expected: str | None) -> None:
    text = VESSEL_ROWS.format(ship=ship)
    entities: list[Entity] = [
        ("Royal Navy", "ORG", org("Royal Navy")), (place[0], "LOC", place[1]),
        ("9 March", "DATE", day("2025-03-09")), ("4 March", "DATE", day("2025-03-04")),
        ("3,100 kg", "QUANTITY", mass(3100, 3100, "kg")),
        ("1,900 kg", "QUANTITY", mass(1900, 1900, "kg")),
        ("1,200 kg", "QUANTITY", mass(1200, 1200, "kg"))]
    entities.append(("cocaine", "SUBSTANCE", COCAINE))
    events = assemble_events(build_doc(nlp, text, entities), rules)
    local = next(e for e in events if any(s["kg"] == 1200 for s in e["seizures"]))
    assert (local["location"] or {}).get("text") == expected
