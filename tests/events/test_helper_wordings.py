"""Bodies that helped: "cooperated with", "worked with", "carried out with", "in coordination
with", "working with", a help verb right after its subject ("A Border Protection Service canine
team assisted at the scene", "The Police supported the targeting team"), a second help cue
joined by "and the support of", and list elements
repeating the preposition ("with the Federal Criminal Police and with Europol"), also after a
demonym's force noun ("with the Dutch police and with Europol"), are participants, not
organizers."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, day, mass, org, substance

from pressparse.events.assembly import assemble_events

HEROIN = substance("heroin", "opioid")

HELPER_CASES: list[tuple[str, list[Entity], list[str], list[str]]] = [
    # (text, entities, expected organizers, expected participants)
    ("The Central Drug Squad seized 64 kg of heroin in a warehouse on 7 May 2025. The squad "
     "cooperated with the Federal Criminal Police and with Europol, which sent two analysts.",
     [("Central Drug Squad", "ORG", org("Central Drug Squad")),
      ("Federal Criminal Police", "ORG", org("Federal Criminal Police")),
      ("Europol", "ORG", org("Europol")),
      ("64 kg", "QUANTITY", mass(64, 64, "kg")), ("heroin", "SUBSTANCE", HEROIN),
      ("7 May 2025", "DATE", day("2025-05-07"))],
     ["Central Drug Squad"], ["Federal Criminal Police", "Europol"]),
    ("The Central Drug Squad seized 64 kg of heroin in a warehouse on 7 May 2025. The squad "
     "cooperated with the Dutch police and with Europol, which sent two analysts.",
     [("Central Drug Squad", "ORG", org("Central Drug Squad")),
      ("Dutch", "NORP", {"iso2": "NL", "name": "Dutch", "country": "Netherlands"}),
      ("Europol", "ORG", org("Europol")),
      ("64 kg", "QUANTITY", mass(64, 64, "kg")), ("heroin", "SUBSTANCE", HEROIN),
      ("7 May 2025", "DATE", day("2025-05-07"))],
     ["Central Drug Squad"], ["Dutch", "Europol"]),
    ("The Maritime Police seized 64 kg of heroin on a fishing boat on 7 May 2025, in an "
     "action carried out with the Coast Guard and the support of the Regional Intelligence "
     "Centre.",
     [("Maritime Police", "ORG", org("Maritime Police")),
      ("Coast Guard", "ORG", org("Coast Guard")),
      ("Regional Intelligence Centre", "ORG", org("Regional Intelligence Centre")),
      ("64 kg", "QUANTITY", mass(64, 64, "kg")), ("heroin", "SUBSTANCE", HEROIN),
      ("7 May 2025", "DATE", day("2025-05-07"))],
     ["Maritime Police"], ["Coast Guard", "Regional Intelligence Centre"]),
    ("Detectives of the Drug Unit seized 64 kg of heroin at a farm on 7 May 2025. They "
     "worked with the Border Agency to trace the shipment.",
     [("Drug Unit", "ORG", org("Drug Unit")), ("Border Agency", "ORG", org("Border Agency")),
      ("64 kg", "QUANTITY", mass(64, 64, "kg")), ("heroin", "SUBSTANCE", HEROIN),
      ("7 May 2025", "DATE", day("2025-05-07"))],
     ["Drug Unit"], ["Border Agency"]),
    ("Agents of the Harbour Police Unit, in coordination with the Coast Guard Service, "
     "seized 64 kg of heroin aboard a trawler on 7 May 2025.",
     [("Harbour Police Unit", "ORG", org("Harbour Police Unit")),
      ("Coast Guard Service", "ORG", org("Coast Guard Service")),
      ("64 kg", "QUANTITY", mass(64, 64, "kg")), ("heroin", "SUBSTANCE", HEROIN),
      ("7 May 2025", "DATE", day("2025-05-07"))],
     ["Harbour Police Unit"], ["Coast Guard Service"]),
    ("The Northern Branch of the Marine Directorate, working with the District Prosecutors "
     "Office, intercepted a fishing boat and found 64 kg of heroin on 7 May 2025.",
     [("Northern Branch of the Marine Directorate", "ORG",
       org("Northern Branch of the Marine Directorate")),
      ("District Prosecutors Office", "ORG", org("District Prosecutors Office")),
      ("64 kg", "QUANTITY", mass(64, 64, "kg")), ("heroin", "SUBSTANCE", HEROIN),
      ("7 May 2025", "DATE", day("2025-05-07"))],
     ["Northern Branch of the Marine Directorate"], ["District Prosecutors Office"]),
    # a help verb right after its subject, whatever it helped (session 37)
    ("Officers of the Highway Patrol stopped a trailer near Laredo on 7 May 2025 and found "
     "64 kg of heroin. A Border Protection Service canine team assisted at the scene.",
     [("Highway Patrol", "ORG", org("Highway Patrol")),
      ("Border Protection Service", "ORG", org("Border Protection Service")),
      ("64 kg", "QUANTITY", mass(64, 64, "kg")), ("heroin", "SUBSTANCE", HEROIN),
      ("7 May 2025", "DATE", day("2025-05-07"))],
     ["Highway Patrol"], ["Border Protection Service"]),
    ("Officers of the Customs Service found 64 kg of heroin in a container at the port on "
     "7 May 2025. The Federal Police supported the targeting team throughout the week.",
     [("Customs Service", "ORG", org("Customs Service")),
      ("Federal Police", "ORG", org("Federal Police")),
      ("64 kg", "QUANTITY", mass(64, 64, "kg")), ("heroin", "SUBSTANCE", HEROIN),
      ("7 May 2025", "DATE", day("2025-05-07"))],
     ["Customs Service"], ["Federal Police"]),
]


@pytest.mark.parametrize(("text", "entities", "organizers", "participants"), HELPER_CASES)
def test_helpers_take_part(nlp, rules, text: str, entities: list[Entity],
                           organizers: list[str], participants: list[str]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert len(events) == 1
    assert [m["text"] for m in events[0]["organizers"]] == organizers
    assert [m["text"] for m in events[0]["participants"]] == participants
