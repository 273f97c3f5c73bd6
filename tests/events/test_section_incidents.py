"""Sections of one report: an incident under a capitals sub-head ("NORTHERN DIVISION",
"KAVANGO EAST REGION") is a local result of its own, placed by its own lines, not by the
sub-head; a training told after a week's results is its own event, though held within the
week; a sub-head that only structures one seizure splits nothing."""

from __future__ import annotations

from typing import Any

import pytest
from event_docs import count, date_range, day, loc, mass, substance

from pressparse.events import assemble_events

CANNABIS = substance("cannabis", "cannabis")
COCAINE = substance("cocaine", "cocaine")

REGION_FIELDS = (
    "WEEKLY CRIME SUMMARY: 6 - 8 MARCH\n"
    "Posted 9 March\n\n"
    "Over the weekend, police officers across the country arrested seven suspects for drug "
    "offences. Incidents reported:\n\n"
    "KAVANGO EAST REGION\n"
    "Date: Friday, 6 March at 21:40\n"
    "Place: Ndama, Rundu\n"
    "Details: Officers searched a house and found 3.5 kg of cannabis under a bed.\n"
    "Suspect: 1 x male (27) arrested.\n\n"
    "HARDAP REGION\n"
    "Date: Sunday, 8 March, around noon\n"
    "Place: Mariental\n"
    "Details: A roadblock team stopped a bakkie and seized 60 g of cocaine.\n"
    "Suspects: 2 x females arrested.\n\n"
    "The suspects will appear in court on Monday."
)
REGION_FIELDS_ENTITIES = [
    ("6 - 8 MARCH", "DATE", date_range("2026-03-06", "2026-03-08")),
    ("9 March", "DATE", day("2026-03-09")),
    ("Over the weekend", "DATE", date_range("2026-03-07", "2026-03-08", "relative")),
    ("KAVANGO EAST REGION", "LOC", loc("Kavango East Region", "NA")),
    ("Friday, 6 March", "DATE", day("2026-03-06")),
    ("Rundu", "LOC", loc("Rundu", "NA")),
    ("3.5 kg", "QUANTITY", mass(3.5, 3.5, "kg")), ("cannabis", "SUBSTANCE", CANNABIS),
    ("HARDAP REGION", "LOC", loc("Hardap Region", "NA")),
    ("Sunday, 8 March", "DATE", day("2026-03-08")),
    ("Mariental", "LOC", loc("Mariental", "NA")),
    ("60 g", "QUANTITY", mass(60, 0.06, "g")), ("cocaine", "SUBSTANCE", COCAINE),
    ("seven", "QUANTITY", count(7, "suspects")),
]
REGION_FIELDS_EXPECTED = [
    ("other", None, "2026-03-06", None),
    ("seizure", "Rundu", "2026-03-06", "e1"),
    ("seizure", "Mariental", "2026-03-08", "e1"),
]

DIVISION_PARAGRAPHS = (
    "Police report on drug interdictions, 2 to 4 May\n\n"
    "From 2 to 4 May, police divisions conducted an operation against drug trafficking and "
    "detained 5 people.\n\n"
    "WESTERN DIVISION\n\n"
    "On 2 May, officers in Lautoka stopped a minivan and found 12 kg of cannabis in its "
    "boot.\n\n"
    "NORTHERN DIVISION\n\n"
    "On 3 May, a team in Labasa searched a farmhouse and seized 2.6 kg of cocaine."
)
DIVISION_PARAGRAPHS_ENTITIES = [
    ("2 to 4 May", "DATE", date_range("2026-05-02", "2026-05-04")),
    ("On 2 May", "DATE", day("2026-05-02")), ("On 3 May", "DATE", day("2026-05-03")),
    ("Lautoka", "LOC", loc("Lautoka", "FJ")), ("Labasa", "LOC", loc("Labasa", "FJ")),
    ("12 kg", "QUANTITY", mass(12, 12, "kg")), ("cannabis", "SUBSTANCE", CANNABIS),
    ("2.6 kg", "QUANTITY", mass(2.6, 2.6, "kg")), ("cocaine", "SUBSTANCE", COCAINE),
    ("5", "QUANTITY", count(5, "people")),
]
DIVISION_PARAGRAPHS_EXPECTED = [
    ("operation", None, "2026-05-02", None),
    ("seizure", "Lautoka", "2026-05-02", "e1"),
    ("seizure", "Labasa", "2026-05-03", "e1"),
]

ONE_SEIZURE_SUBHEADS = (
    "Customs officers find cocaine in banana boxes\n\n"
    "On 14 April, customs officers at the port of Durres found 40 kg of cocaine in a "
    "container of bananas.\n\n"
    "HOW THE DRUGS WERE HIDDEN\n\n"
    "The packages were taped under the false floor of the boxes. Officers found them with "
    "a scanner.\n\n"
    "NEXT STEPS\n\n"
    "The investigation continues with the prosecutor's office."
)
ONE_SEIZURE_ENTITIES = [
    ("On 14 April", "DATE", day("2026-04-14")),
    ("Durres", "LOC", loc("Durres", "AL")),
    ("40 kg", "QUANTITY", mass(40, 40, "kg")), ("cocaine", "SUBSTANCE", COCAINE),
]
ONE_SEIZURE_EXPECTED = [("seizure", "Durres", "2026-04-14", None)]

SECTION_CASES = [
    pytest.param(REGION_FIELDS, REGION_FIELDS_ENTITIES, REGION_FIELDS_EXPECTED,
                 id="region-heads-over-field-lines"),
    pytest.param(DIVISION_PARAGRAPHS, DIVISION_PARAGRAPHS_ENTITIES,
                 DIVISION_PARAGRAPHS_EXPECTED, id="division-heads-over-paragraphs"),
    pytest.param(ONE_SEIZURE_SUBHEADS, ONE_SEIZURE_ENTITIES, ONE_SEIZURE_EXPECTED,
                 id="subheads-of-one-seizure-split-nothing"),
]


def _summary(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["type"], (e["location"] or {}).get("text"), e["start_date"], e["part_of"])
            for e in events]


@pytest.mark.parametrize(("text", "entities", "expected"), SECTION_CASES)
def test_each_section_incident_is_its_own_result(make_doc, rules, text, entities,
                                                 expected) -> None:
    events = assemble_events(make_doc(text, entities), rules)
    assert _summary(events) == expected


WEEK_AND_TRAINING = (
    "Results of the drug enforcement week of {span}\n"
    "Published 11 March 2026\n\n"
    "From {span} the police carried out an operation against drug sales across the country "
    "{result}\n\n"
    "{head}"
    "On {day}, a training course on detecting synthetic drugs was held at the police "
    "academy in {city}. The course was attended by 24 officers from all regions."
)
TRAINING_CASES = [
    pytest.param({"span": "3 to 9 March", "day": "9 March", "city": "Tbilisi",
                  "head": "TRAINING FOR INVESTIGATORS\n\n",
                  "result": "and detained nine dealers. Officers searched forty flats."},
                 ("2026-03-03", "2026-03-09"), "2026-03-09", id="under-a-capitals-head"),
    pytest.param({"span": "3 to 9 March", "day": "5 March", "city": "Chisinau", "head": "",
                  "result": "and detained nine dealers. Officers searched forty garages."},
                 ("2026-03-03", "2026-03-09"), "2026-03-05", id="paragraph-of-its-own"),
]


@pytest.mark.parametrize(("fields", "week", "training_day"), TRAINING_CASES)
def test_training_after_a_week_of_measures_is_its_own_event(
        make_doc, rules, fields: dict[str, str], week: tuple[str, str],
        training_day: str) -> None:
    text = WEEK_AND_TRAINING.format(**fields)
    entities = [
        (fields["span"], "DATE", date_range(*week)),
        (f"On {fields['day']}", "DATE", day(training_day)),
        (fields["city"], "LOC", loc(fields["city"], "XX")),
        ("11 March 2026", "DATE", day("2026-03-11")),
        ("nine", "QUANTITY", count(9, "dealers")), ("forty", "QUANTITY", count(40, "flats")),
        ("24", "QUANTITY", count(24, "officers")),
    ]
    events = assemble_events(make_doc(text, entities), rules)
    found = [(e["type"], e["start_date"], e["end_date"], [c["value"] for c in e["counts"]])
             for e in events]
    assert found == [
        ("operation", week[0], week[1], [9, 40]),
        ("training", training_day, training_day, [24]),
    ]
    assert events[1]["location"]["text"] == fields["city"]
    assert events[1]["part_of"] is None
