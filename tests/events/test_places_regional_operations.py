"""A regional body's operation is placed in its region when nothing else places it
(events/places.py, ``_own_region``): its force or body acts in the region its sentences
name with a head word; a national body's operation, one on a border or a river, and one
whose sentences name a town stay as the other rules leave them."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, date_range, loc, operation, org

from pressparse.events.assembly import assemble_events

CASES: list[tuple[str, list[Entity], str | None]] = [
    # the region's force of "<force> of the <region>" acts: its region
    ('From 2 to 9 March, police of the Lviv region conducted the preventive operation '
     '"Kordon-2026" aimed at blocking drug supply channels into the region.',
     [("From 2 to 9 March", "DATE", date_range("2026-03-02", "2026-03-09")),
      ("Lviv region", "LOC", loc("Lviv Oblast", "UA")),
      ("Kordon-2026", "OPERATION", operation("Kordon-2026"))],
     "Lviv region"),
    # the acting body is named after the region
    ('From 4 to 12 May, the Police Department of Pavlodar region held the regional operation '
     '"Zhol-2026" on the territory of the Pavlodar region.',
     [("From 4 to 12 May", "DATE", date_range("2026-05-04", "2026-05-12")),
      ("Police Department of Pavlodar region", "ORG", org("Police Department of Pavlodar region")),
      ("Pavlodar region", "LOC", loc("Pavlodar Region", "KZ")),
      ("Zhol-2026", "OPERATION", operation("Zhol-2026"))],
     "Pavlodar region"),
    ("Between 1 and 14 June, the Cebu Provincial Police Office carried out Operation Tambuli "
     "against drug dens in Cebu province.",
     [("Between 1 and 14 June", "DATE", date_range("2026-06-01", "2026-06-14")),
      ("Cebu Provincial Police Office", "ORG", org("Cebu Provincial Police Office")),
      ("Cebu province", "LOC", loc("Cebu", "PH")),
      ("Operation Tambuli", "OPERATION", operation("Tambuli"))],
     "Cebu province"),
    # the region its own body names as a route ("through the Sumy region") is its region
    ('From 5 to 11 October, the Main Directorate of the National Police in Sumy region held '
     'the regional operation "Zaslin-2026" against drug deliveries to Kyiv through the Sumy '
     'region.',
     [("From 5 to 11 October", "DATE", date_range("2026-10-05", "2026-10-11")),
      ("Main Directorate of the National Police in Sumy region", "ORG",
       org("Main Directorate of the National Police in Sumy region")),
      ("Kyiv", "LOC", loc("Kyiv", "UA")),
      ("Sumy region", "LOC", loc("Sumy Oblast", "UA")),
      ("Zaslin-2026", "OPERATION", operation("Zaslin-2026"))],
     "Sumy region"),
    # a national body's operation in a region: no region's own, but the operation's own
    # words cover the region (test_places_area_operations.py)
    ("From 1 to 20 July, the anti-drug service of the Ministry of Interior conducted "
     'the operation "Kara-Suu" in the Naryn region.',
     [("From 1 to 20 July", "DATE", date_range("2026-07-01", "2026-07-20")),
      ("Ministry of Interior", "ORG", org("Ministry of Interior")),
      ("Naryn region", "LOC", loc("Naryn Region", "KG")),
      ("Kara-Suu", "OPERATION", operation("Kara-Suu"))],
     "Naryn region"),
    # a border the operation was held on is no region's: the border places it (guide)
    ("From 3 to 8 August, police of the Pskov region held the joint operation "
     '"Rubezh-2026" on the Russian-Latvian border.',
     [("From 3 to 8 August", "DATE", date_range("2026-08-03", "2026-08-08")),
      ("Pskov region", "LOC", loc("Pskov Oblast", "RU")),
      ("Russian-Latvian border", "LOC", {"name": "Russia–Latvia border", "country_iso2": None}),
      ("Rubezh-2026", "OPERATION", operation("Rubezh-2026"))],
     "Russian-Latvian border"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_regional_operation_in_its_region(nlp, rules, text: str, entities: list[Entity],
                                          expected: str | None) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert events[0]["type"] == "operation"
    location = events[0]["location"]
    assert (location["text"] if location else None) == expected
