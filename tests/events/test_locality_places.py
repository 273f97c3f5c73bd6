"""A seizure placed in a town is placed in the locality its sentence names after the town
with a locality word ("raided the Sabon Gari area", "a house in Chimwemwe township"); a
later town named without one (a route's end, a suspect's home) leaves the town."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, day, loc, mass, substance

from pressparse.events import assemble_events
from pressparse.extensions import HOME_COUNTRY_KEY

CANNABIS = substance("cannabis")

LOCALITY_CASES: list[tuple[str, list[tuple[str, str]], str, str | None]] = [
    # (sentence, its places (text, country), expected location, the item's home country)
    ("In Ndola, officers raided a house in Kansenshi township on 6 May 2026 and seized "
     "1,335 kg of cannabis packed in bales.", [("Ndola", "ZM"), ("Kansenshi", "ZM")],
     "Kansenshi", None),
    ("In Ndola, operatives raided the Twapia area on 6 May 2026 and seized 1,335 kg of "
     "cannabis stored in a warehouse.", [("Ndola", "ZM"), ("Twapia", "ZM")], "Twapia", None),
    ("In Ndola, officers stopped a truck on 6 May 2026 and seized 1,335 kg of cannabis "
     "bound for Kabwe.", [("Ndola", "ZM"), ("Kabwe", "ZM")], "Ndola", None),
    # places sharing a plural head are several: the place holding them is the event's
    ("On 6 May 2026, officers seized 1,335 kg of cannabis in a search conducted in the Bwana "
     "and Ndeke areas of Kitwe.", [("Ndeke", "ZM"), ("Kitwe", "ZM")], "Kitwe", None),
    # where the suspects are held is no place of the find
    ("Officers seized 1,335 kg of cannabis in Kansenshi township on 6 May 2026; the driver "
     "is now in custody at Ndola.", [("Kansenshi", "ZM"), ("Ndola", "ZM")], "Kansenshi",
     None),
    # a locality the gazetteer knows only in another country, in an item of the town's own
    # country that never names the other: the home country's homonym, the locality wins
    ("In Limassol, officers searched a house in the Agios Nikolaos area on 6 May 2026 and "
     "seized 1,335 kg of cannabis hidden in a shed.",
     [("Limassol", "CY"), ("Agios Nikolaos", "GR")], "Agios Nikolaos", "CY"),
    # ... with no home country known, the other country's place stays apart from the town
    ("In Limassol, officers searched a house in the Agios Nikolaos area on 6 May 2026 and "
     "seized 1,335 kg of cannabis hidden in a shed.",
     [("Limassol", "CY"), ("Agios Nikolaos", "GR")], "Limassol", None),
    # a find at a person's home placed by nothing finer than a region: where the person lives
    ("Officers detained a resident of the village of Shilda in the Kakheti region on 6 May "
     "2026, on whose plot of land 1,335 kg of cannabis were found.",
     [("Shilda", "GE"), ("Kakheti region", "GE")], "Shilda", None),
    # ... while a find at a checkpoint is placed there, wherever the driver lives
    ("Officers at the Sadakhlo checkpoint found 1,335 kg of cannabis on 6 May 2026 in the car "
     "of a resident of Rustavi.",
     [("Sadakhlo checkpoint", "GE"), ("Rustavi", "GE")], "Sadakhlo checkpoint", None),
    # a place named after the kind of place it is ("near the locality of", "on the outskirts
    # of the village of", "in the hills of"): the cue reaches it past its window
    ("In Kitwe, officers raided a farm on the outskirts of the village of Chambishi on 6 May "
     "2026 and seized 1,335 kg of cannabis.", [("Kitwe", "ZM"), ("Chambishi", "ZM")],
     "Chambishi", None),
    ("On 6 May 2026, marines from Ndola intercepted a canoe near the locality of Kafulafuta "
     "and seized 1,335 kg of cannabis.", [("Ndola", "ZM"), ("Kafulafuta", "ZM")],
     "Kafulafuta", None),
    ("Officers seized 1,335 kg of cannabis on 6 May 2026 in the hills of Mpongwe, where the "
     "plants were dried before the trip to Ndola.", [("Mpongwe", "ZM"), ("Ndola", "ZM")],
     "Mpongwe", None),
    # a town opening the sentence as its scope gives way to the place its clause names
    ("In the area of Mufulira, officers on 6 May 2026 found, on a plot of land in the village "
     "of Kalulushi, 1,335 kg of cannabis.", [("Mufulira", "ZM"), ("Kalulushi", "ZM")],
     "Kalulushi", None),
    # a place named after a kind of place of three words ("the international cargo terminal
    # of"): the cue reaches it past its window
    ("Officers found 1,335 kg of cannabis on 6 May 2026 at the international cargo terminal "
     "of Ndola Airport in Ndola.", [("Ndola Airport", "ZM"), ("Ndola", "ZM")], "Ndola Airport",
     None),
    # a place its locality word follows after "in the" is a locality, no region's scope
    ("On 6 May 2026, officers searched a flat in the Kansenshi neighbourhood and seized "
     "1,335 kg of cannabis.", [("Kansenshi", "ZM")], "Kansenshi", None),
    # the town a force serves in ("police in Ndola") gives way to the place where it acted
    ("On 6 May 2026, police in Ndola stopped a bus at a roadblock in Kapiri Mposhi and "
     "seized 1,335 kg of cannabis.", [("Ndola", "ZM"), ("Kapiri Mposhi", "ZM")],
     "Kapiri Mposhi", None),
    ("Detectives in Kitwe on 6 May 2026 searched a shop in Chingola and seized 1,335 kg of "
     "cannabis.", [("Kitwe", "ZM"), ("Chingola", "ZM")], "Chingola", None),
    # ... and places the event when nothing else does
    ("On 6 May 2026, police in Ndola stopped a bus and seized 1,335 kg of cannabis.",
     [("Ndola", "ZM")], "Ndola", None),
    # ... while a facility after "officers in" is where they acted
    ("Officers in Ndola Airport found 1,335 kg of cannabis on 6 May 2026 in the bag of a "
     "passenger from Kitwe.", [("Ndola Airport", "ZM"), ("Kitwe", "ZM")], "Ndola Airport",
     None),
    # ... not past a part of a place named by a compass word: a wider area
    ("On 6 May 2026, a coast guard vessel intercepted a canoe off the west coast of "
     "Westmoreland, about 9 nautical miles south of Negril Point, and seized 1,335 kg of "
     "cannabis.", [("Westmoreland", "JM"), ("Negril Point", "JM")], "Negril Point", None),
]


@pytest.mark.parametrize(("sentence", "places", "expected", "home"), LOCALITY_CASES)
def test_seizure_takes_the_towns_locality(nlp, rules, sentence: str,
                                          places: list[tuple[str, str]],
                                          expected: str, home: str | None) -> None:
    entities: list[Entity] = [(name, "LOC", loc(name, iso2)) for name, iso2 in places]
    entities += [("6 May 2026", "DATE", day("2026-05-06")),
                 ("1,335 kg", "QUANTITY", mass(1335, 1335, "kg")),
                 ("cannabis", "SUBSTANCE", CANNABIS)]
    doc = build_doc(nlp, sentence, entities)
    if home:
        doc.user_data[HOME_COUNTRY_KEY] = home
    event = assemble_events(doc, rules)[0]
    assert event["type"] == "seizure"
    assert (event["location"] or {}).get("text") == expected
