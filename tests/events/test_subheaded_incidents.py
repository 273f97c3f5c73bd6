"""A release of incidents under sub-headings: each incident is a seizure of its own day, one
of plants counted at a farm too; a body named with "along with" helps the one that acts."""

from __future__ import annotations

from event_docs import build_doc, count, day, loc, mass, org, substance

from pressparse.events import assemble_events

MARIJUANA = substance("marijuana", "cannabis")


RELEASE = (
    "PRESS RELEASE - DRUG SEIZURES ACROSS THE ISLANDS\n"
    "Thursday 20th June, 2024\n\n"
    "UNIT OFFICERS SEIZE MARIJUANA OFF THE COAST\n\n"
    "Shortly after 2:00 a.m. on Wednesday 19th June, 2024, officers of the Drug Unit, acting "
    "on intelligence, along with marines of the Defence Force intercepted a vessel off Fresh "
    "Creek. A search revealed 1,240 lbs of suspected marijuana. Three men were arrested.\n\n"
    "PLANTS FOUND ON A FARM\n\n"
    "Sometime around 4:30 p.m. on Monday 17th June, 2024, officers went to a farm in the "
    "settlement of Rolleville, where they found eighty-five marijuana plants. A man was "
    "arrested at the scene."
)
ENTITIES = [
    ("Thursday 20th June, 2024", "DATE", day("2024-06-20")),
    ("Wednesday 19th June, 2024", "DATE", day("2024-06-19")),
    ("Monday 17th June, 2024", "DATE", day("2024-06-17")),
    ("Drug Unit", "ORG", org("Drug Unit")), ("Defence Force", "ORG", org("Defence Force")),
    ("Fresh Creek", "LOC", loc("Fresh Creek", "BS")),
    ("Rolleville", "LOC", loc("Rolleville", "BS")),
    ("1,240 lbs", "QUANTITY", mass(1240, 562.5, "lb")), ("marijuana", "SUBSTANCE", MARIJUANA),
    ("MARIJUANA", "SUBSTANCE", MARIJUANA),
    ("Three", "QUANTITY", count(3, "men")),
    ("eighty-five", "QUANTITY", count(85, "marijuana plants")),
]


def test_each_subheaded_incident_is_a_seizure_of_itsday(nlp, rules) -> None:
    events = assemble_events(build_doc(nlp, RELEASE, ENTITIES), rules)
    found = [(e["type"], (e["location"] or {}).get("text"), e["start_date"],
              [(c["value"], c["category"]) for c in e["counts"]]) for e in events]
    assert found == [
        ("seizure", "Fresh Creek", "2024-06-19", [(3, "arrests")]),
        ("seizure", "Rolleville", "2024-06-17", [(85, "plants")]),
    ]
    assert [m["text"] for m in events[0]["organizers"]] == ["Drug Unit"]
    assert [m["text"] for m in events[0]["participants"]] == ["Defence Force"]
