"""Roles worded around an event's acting bodies (session 34): the body after the "by" of a passive
organizing verb parted from it by a place organizes; the prosecutor's office or court
under whose procedural guidance, direction or supervision the action was carried out takes
part, one overseeing only a later step takes none (guide, session 26); the partners an agent
cue's body acted "with" take part ("an investigation led by A with B and C"); two bodies
meeting with no host named ("Senior officers of A and B met") are both sides of the meeting
(guide, session 27)."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, day, org
from event_roles import Roles, roles_of

from pressparse.events import assemble_events

ROLE_CASES: list[tuple[str, list[str], str, list[str], list[str]]] = [
    # (lead sentence, ORG names in it, event type, expected organizers, participants)
    ("On 8 January, under the procedural guidance of the Regional Prosecutor's Office, "
     "officers of the Drug Crime Department conducted an operation against a laboratory.",
     ["Regional Prosecutor's Office", "Drug Crime Department"], "operation",
     ["Drug Crime Department"], ["Regional Prosecutor's Office"]),
    ("On 8 January officers of the Anti-Narcotics Directorate conducted an operation "
     "against a laboratory under the direction of the Provincial Prosecution Office.",
     ["Anti-Narcotics Directorate", "Provincial Prosecution Office"], "operation",
     ["Anti-Narcotics Directorate"], ["Provincial Prosecution Office"]),
    # a later step overseen: no role
    ("On 8 January officers of the Anti-Narcotics Directorate conducted an operation "
     "against a laboratory. Criminal proceedings were opened under the supervision of the District "
     "Prosecutor's Office.",
     ["Anti-Narcotics Directorate", "District Prosecutor's Office"], "operation",
     ["Anti-Narcotics Directorate"], []),
    # a help cue in a step going on after the event (a later step, a present progressive):
    # no role (session 37)
    ("On 8 January officers of the Anti-Narcotics Directorate conducted an operation "
     "against a laboratory. The investigation is being conducted together with the State "
     "Security Service.",
     ["Anti-Narcotics Directorate", "State Security Service"], "operation",
     ["Anti-Narcotics Directorate"], []),
    ("On 8 January officers of the Anti-Narcotics Directorate conducted an operation "
     "against a laboratory. The case is run together with the Financial Crimes Bureau.",
     ["Anti-Narcotics Directorate", "Financial Crimes Bureau"], "operation",
     ["Anti-Narcotics Directorate"], []),
    ("On 8 January officers of the Anti-Narcotics Directorate conducted an operation "
     "against a laboratory. The investigation is identifying the buyers of the group, in "
     "cooperation with the Cyber Crime Unit.",
     ["Anti-Narcotics Directorate", "Cyber Crime Unit"], "operation",
     ["Anti-Narcotics Directorate"], []),
    ("On 8 January officers of the Anti-Narcotics Directorate conducted an operation "
     "against a laboratory. We are working closely with the Port Authority to close the "
     "route.",
     ["Anti-Narcotics Directorate", "Port Authority"], "operation",
     ["Anti-Narcotics Directorate"], []),
    # an agent cue's body acting "with" partners
    ("On 8 January raids were carried out in an operation led by the Federal Investigation "
     "Bureau with the State Highway Patrol and the County Sheriff's Office.",
     ["Federal Investigation Bureau", "State Highway Patrol", "County Sheriff's Office"],
     "operation", ["Federal Investigation Bureau"],
     ["State Highway Patrol", "County Sheriff's Office"]),
    ("On 8 January raids were carried out in an operation led by the Provincial Police "
     "with officers of the Transnational Crime Unit.",
     ["Provincial Police", "Transnational Crime Unit"], "operation",
     ["Provincial Police"], ["Transnational Crime Unit"]),
    # a passive organizing verb parted from its "by" by a place: the body after "by"
    ("On 8 January a training course on container profiling was organized at the Northern "
     "Sea Port by the State Customs Service together with the Container Control Programme.",
     ["State Customs Service", "Container Control Programme"], "training",
     ["State Customs Service", "Container Control Programme"], []),
]


@pytest.mark.parametrize(("sentence", "names", "kind", "organizers", "participants"),
                         ROLE_CASES)
def test_roles_around_acting_bodies(nlp, rules, sentence: str, names: list[str], kind: str,
                                    organizers: list[str], participants: list[str]) -> None:
    text = f"Police news\n\n{sentence}"
    entities: list[Entity] = [(name, "ORG", org(name)) for name in names]
    entities.append(("8 January", "DATE", day("2026-01-08")))
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert event["type"] == kind
    assert [m["text"] for m in event["organizers"]] == organizers
    assert [m["text"] for m in event["participants"]] == participants


MEETING_CASES: list[tuple[str, list[str]]] = [
    ("Senior officers of the Island Police Service and the Coastal Police Force met in the "
     "capital on 8 January to discuss maritime patrols.",
     ["Island Police Service", "Coastal Police Force"]),
    ("On 8 January the Border Guard Service and the State Customs Office held talks on "
     "the exchange of information.",
     ["Border Guard Service", "State Customs Office"]),
]


@pytest.mark.parametrize(("sentence", "names"), MEETING_CASES)
def test_two_bodies_meeting_take_part(nlp, rules, sentence: str, names: list[str]) -> None:
    text = f"Police news\n\n{sentence}"
    entities: list[Entity] = [(name, "ORG", org(name)) for name in names]
    entities.append(("8 January", "DATE", day("2026-01-08")))
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert event["type"] == "meeting"
    assert [m["text"] for m in event["organizers"]] == []
    assert [m["text"] for m in event["participants"]] == names


PERIOD_CASES: list[tuple[str, list[str]]] = [
    # a period's figures told as the object of a body's verb: the body organizes
    ("Quarterly operational report\n\nDuring the third quarter of 2026, Island Police Service "
     "executed 214 search warrants and charged 163 persons with drug offences.",
     ["Island Police Service"]),
    # a country's figures name no body
    ("Annual results\n\nIn 2025, Ecuador seized 294 tonnes of drugs, the ministry said.", []),
]

# a court's decision takes no partners from the investigation told beside it (session 40)
VERDICT_CASES: list[tuple[str, list[Roles]]] = [
    ("Court jails two cocaine couriers\n\nOn Monday the Reykjavik District Court sentenced "
     "two men to three years in prison each for importing 1.2 kilograms of cocaine. The case "
     "was investigated by the Suðurnes Police in cooperation with the Danish police.",
     [("other", ["Reykjavik District Court"], [])]),
]


@pytest.mark.parametrize(("text", "expected"), VERDICT_CASES)
def test_verdict_takes_no_investigation_partners(text: str, expected: list[Roles]) -> None:
    assert roles_of(text) == expected


@pytest.mark.parametrize(("text", "organizers"), PERIOD_CASES)
def test_period_figures_subject(text: str, organizers: list[str]) -> None:
    assert roles_of(text) == [("other", organizers, [])]


def test_inserted_clause_names_no_partner(nlp, rules) -> None:
    """An agent cue opening a clause inserted after a body ("AIRCOP, run by UNODC with the
    WCO and INTERPOL, took part as observers"): its "with" names no partner of the event."""
    text = ("Police news\n\nOn 8 January officers of the Drug Unit conducted an operation at "
            "the airport; the Airport Project, run by the Regional Office with the Customs "
            "Academy, supported it.")
    names = ["Drug Unit", "Airport Project", "Regional Office", "Customs Academy"]
    entities: list[Entity] = [(name, "ORG", org(name)) for name in names]
    entities.append(("8 January", "DATE", day("2026-01-08")))
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert "Customs Academy" not in [m["text"] for m in event["participants"]]
