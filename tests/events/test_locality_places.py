"""A seizure placed in a town is placed in the locality its sentence names after the town
with a locality word ("raided the Sabon Gari area", "a house in Chimwemwe township"); a
later town named without one (a route's end, a suspect's home) leaves the town."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, day, loc, mass, substance

from pressparse.events import assemble_events

CANNABIS = substance("cannabis")

LOCALITY_CASES: list[tuple[str, list[tuple[str, str]], str]] = [
    # (sentence, its places (text, country), expected location)
    ("In Ndola, officers raided a house in Kansenshi township on 6 May 2026 and seized "
     "1,335 kg of cannabis packed in bales.", [("Ndola", "ZM"), ("Kansenshi", "ZM")],
     "Kansenshi"),
    ("In Ndola, operatives raided the Twapia area on 6 May 2026 and seized 1,335 kg of "
     "cannabis stored in a warehouse.", [("Ndola", "ZM"), ("Twapia", "ZM")], "Twapia"),
    ("In Ndola, officers stopped a truck on 6 May 2026 and seized 1,335 kg of cannabis "
     "bound for Kabwe.", [("Ndola", "ZM"), ("Kabwe", "ZM")], "Ndola"),
    # places sharing a plural head are several: the place holding them is the event's
    ("On 6 May 2026, officers seized 1,335 kg of cannabis in a search conducted in the Bwana "
     "and Ndeke areas of Kitwe.", [("Ndeke", "ZM"), ("Kitwe", "ZM")], "Kitwe"),
    # where the suspects are held is no place of the find
    ("Officers seized 1,335 kg of cannabis in Kansenshi township on 6 May 2026; the driver "
     "is now in custody at Ndola.", [("Kansenshi", "ZM"), ("Ndola", "ZM")], "Kansenshi"),
]


@pytest.mark.parametrize(("sentence", "places", "expected"), LOCALITY_CASES)
def test_seizure_takes_the_towns_locality(nlp, rules, sentence: str,
                                          places: list[tuple[str, str]],
                                          expected: str) -> None:
    entities: list[Entity] = [(name, "LOC", loc(name, iso2)) for name, iso2 in places]
    entities += [("6 May 2026", "DATE", day("2026-05-06")),
                 ("1,335 kg", "QUANTITY", mass(1335, 1335, "kg")),
                 ("cannabis", "SUBSTANCE", CANNABIS)]
    event = assemble_events(build_doc(nlp, sentence, entities), rules)[0]
    assert event["type"] == "seizure"
    assert (event["location"] or {}).get("text") == expected
