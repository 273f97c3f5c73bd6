"""Where an operation's results and place belong: a dated find in a several-day lead's next
paragraph is a seizure of its own, a terrain phrase places an operation, and a period's
figures told before an operation named later stay the period's."""

from __future__ import annotations

from typing import Any

import pytest
from event_docs import (
    Entity,
    build_doc,
    count,
    date_range,
    day,
    loc,
    mass,
    operation,
    org,
    substance,
)

from pressparse.events.assembly import assemble_events
from pressparse.extensions import TITLE_END_KEY

HEMP = substance("cannabis", "cannabis")
HEROIN = substance("heroin")

# (text, entities, expected (type, place) of each event with a place or figures)
SEVERAL_DAY_FINDS: list[tuple[str, list[Entity], str, str]] = [
    # the lead's find over five days, then its first dated find at a place of its own
    ("Coast guard seizes 300 kg of cannabis in the north\nPort Blair, 20 May 2025\n\n"
     "The Coast Guard seized 300 kg of cannabis in a series of patrols off Rangat and "
     "Diglipur from 10 to 14 May.\n\nOn 10 May, a patrol boat stopped a dinghy about 5 "
     "nautical miles east of Rangat. A search revealed 180 kg of cannabis and two men were "
     "arrested.\n\nOn 13 May, officers found 120 kg of cannabis in sacks floating north of "
     "Diglipur.",
     [("Coast Guard", "ORG", org("Coast Guard")), ("Rangat", "LOC", loc("Rangat", "IN")),
      ("Diglipur", "LOC", loc("Diglipur", "IN")),
      ("Port Blair", "LOC", loc("Port Blair", "IN")),
      ("20 May 2025", "DATE", day("2025-05-20")),
      ("10 to 14 May", "DATE", date_range("2025-05-10", "2025-05-14")),
      ("On 10 May", "DATE", day("2025-05-10")), ("On 13 May", "DATE", day("2025-05-13")),
      ("300 kg", "QUANTITY", mass(300, 300, "kg")), ("180 kg", "QUANTITY", mass(180, 180, "kg")),
      ("120 kg", "QUANTITY", mass(120, 120, "kg")), ("cannabis", "SUBSTANCE", HEMP)],
     "2025-05-10", "Rangat"),
    # an interior ministry's week of measures, its first day's find near a village
    ("Over 40 kg of heroin seized in the south\n12.11.2026\n"
     "The Drug Control Department carried out measures in the Lerik and Masalli districts "
     "from 3 to 9 November to cut a supply channel.\n"
     "On 5 November, near the village of Kalvaz in Lerik district, two persons were "
     "detained while unloading bags. In the bags were found 41 kg of heroin.\n"
     "On 8 November, a search of a house in Masalli found 2 kg of heroin.",
     [("Drug Control Department", "ORG", org("Drug Control Department")),
      ("Lerik", "LOC", loc("Lerik", "AZ")), ("Masalli", "LOC", loc("Masalli", "AZ")),
      ("Kalvaz", "LOC", loc("Kalvaz", "AZ")), ("12.11.2026", "DATE", day("2026-11-12")),
      ("3 to 9 November", "DATE", date_range("2026-11-03", "2026-11-09")),
      ("On 5 November", "DATE", day("2026-11-05")), ("On 8 November", "DATE", day("2026-11-08")),
      ("40 kg", "QUANTITY", mass(40, 40, "kg", "over")), ("41 kg", "QUANTITY", mass(41, 41, "kg")),
      ("2 kg", "QUANTITY", mass(2, 2, "kg")), ("heroin", "SUBSTANCE", HEROIN)],
     "2026-11-05", "Kalvaz"),
]


def _place(event: dict[str, Any]) -> str | None:
    return event["location"]["text"] if event["location"] else None


@pytest.mark.parametrize(("text", "entities", "find_day", "place"), SEVERAL_DAY_FINDS)
def test_a_several_day_leads_first_dated_find_is_its_own_seizure(
        nlp, rules, text: str, entities: list[Entity], find_day: str, place: str) -> None:
    doc = build_doc(nlp, text, entities)
    doc.user_data[TITLE_END_KEY] = text.index("\n")  # the headline, as segmenting sets it
    events = assemble_events(doc, rules)
    find = next(e for e in events if e["type"] == "seizure" and e["start_date"] == find_day)
    assert _place(find) == place
    whole = next(e for e in events if e["id"] == find["part_of"])
    assert whole["type"] == "operation"
    assert _place(whole) != place  # the operation is not placed at its find


TERRAIN_PLACES: list[tuple[str, list[Entity], str]] = [
    ("Agents of the Drug Police destroyed 12,000 marijuana plants in an operation carried "
     "out from 3 to 7 March in the mountains of Buenos Aires de Osa.",
     [("Drug Police", "ORG", org("Drug Police")),
      ("Buenos Aires de Osa", "LOC", loc("Buenos Aires de Osa", "CR")),
      ("from 3 to 7 March", "DATE", date_range("2026-03-03", "2026-03-07")),
      ("12,000", "QUANTITY", count(12000, "marijuana plants"))],
     "Buenos Aires de Osa"),
    ("From 14 to 16 April, troops and the Forest Department conducted an eradication "
     "operation and destroyed 40 acres of poppy in the hill ranges of Molcham, Ukhrul "
     "District.",
     [("Forest Department", "ORG", org("Forest Department")),
      ("Molcham", "LOC", loc("Molcham", "IN")), ("Ukhrul", "LOC", loc("Ukhrul", "IN")),
      ("From 14 to 16 April", "DATE", date_range("2027-04-14", "2027-04-16"))],
     "Molcham"),
    ('The Navy presented the results of the operation "Mar Azul", carried out between 2 and '
     "20 June in the waters of the Gulf of Fonseca, where 3 tonnes of cocaine were seized.",
     [("Navy", "ORG", org("Navy")), ("Mar Azul", "OPERATION", operation("Mar Azul")),
      ("Gulf of Fonseca", "LOC", loc("Gulf of Fonseca", None)),
      ("between 2 and 20 June", "DATE", date_range("2026-06-02", "2026-06-20")),
      ("3 tonnes", "QUANTITY", mass(3, 3000, "t")),
      ("cocaine", "SUBSTANCE", substance("cocaine"))],
     "Gulf of Fonseca"),
]


@pytest.mark.parametrize(("text", "entities", "place"), TERRAIN_PLACES)
def test_a_terrain_phrase_places_an_operation(nlp, rules, text: str, entities: list[Entity],
                                              place: str) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert events[0]["type"] == "operation"
    assert _place(events[0]) == place


YEAR_THEN_OPERATION = (
    "Section 4 > Counter-narcotics\n4. DRUGS AND BORDER SECURITY\n4.1 Statistics\n\n"
    "4.1.1 The islands lie on a trafficking route between the mainland and the north.\n\n"
    "4.1.2 During the reporting year, the Drug Squad recorded 120 drug offences, compared with "
    "96 in 2024. They seized 1,500 kg of cocaine and arrested 70 persons for drug offences.\n\n"
    "4.2 Operations\n\n4.2.1 From 1 to 30 November 2025, the Marine Branch led Operation "
    "Harbour Gate, a joint maritime surge, which led to the seizure of 300 kg of cocaine.")
YEAR_ENTITIES: list[Entity] = [
    ("Drug Squad", "ORG", org("Drug Squad")), ("Marine Branch", "ORG", org("Marine Branch")),
    ("Harbour Gate", "OPERATION", operation("Harbour Gate")),
    ("From 1 to 30 November 2025", "DATE", date_range("2025-11-01", "2025-11-30")),
    ("120", "QUANTITY", count(120, "drug offences")), ("96", "QUANTITY", count(96, "")),
    ("2024", "DATE", {"start": "2024-01-01", "end": "2024-12-31", "precision": "year",
                      "year_inferred": False, "kind": "absolute"}),
    ("1,500 kg", "QUANTITY", mass(1500, 1500, "kg")), ("70", "QUANTITY", count(70, "persons")),
    ("300 kg", "QUANTITY", mass(300, 300, "kg")),
    ("cocaine", "SUBSTANCE", substance("cocaine"))]


def test_a_periods_figures_before_a_later_named_operation_stay_the_periods(nlp,
                                                                           rules) -> None:
    events = assemble_events(build_doc(nlp, YEAR_THEN_OPERATION, YEAR_ENTITIES), rules)
    named = next(e for e in events if e["name"] == "Harbour Gate")
    assert [s["value"] for s in named["seizures"]] == [300]
    year = next(e for e in events if any(s["value"] == 1500 for s in e["seizures"]))
    assert year["name"] is None
