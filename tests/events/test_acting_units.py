"""The acting body of an item's event: a medium its name says is one ("Iraqi News Agency")
reports and takes no role; the units a body is "represented by" act for it; a body
"assisted by members of" another leads, the other helps."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, day, mass, org, substance

from pressparse.events import assemble_events

CAPTAGON = substance("captagon", "stimulant")
MEPHEDRONE = substance("mephedrone", "stimulant")

ACTING_CASES: list[tuple[str, list[Entity], list[str]]] = [
    # (text, entities, expected organizers)
    ("Iraqi News Agency | Security\n"
     "Iraqi News Agency, Narcotics Directorate seize 1,200 kg of captagon at the border "
     "crossing on Sunday.",
     [("Iraqi News Agency", "ORG", org("Iraqi News Agency", "INA")),
      ("Narcotics Directorate", "ORG", org("Narcotics Directorate")),
      ("1,200 kg", "QUANTITY", mass(1200, 1200, "kg")), ("captagon", "SUBSTANCE", CAPTAGON)],
     ["Narcotics Directorate"]),
    ("As part of the Interior Ministry's plan, the sectors of the ministry, represented by the "
     "Narcotics Administration, carried out security campaigns and seized 80 kg of captagon.",
     [("Interior Ministry", "ORG", org("Interior Ministry")),
      ("Narcotics Administration", "ORG", org("Narcotics Administration")),
      ("80 kg", "QUANTITY", mass(80, 80, "kg")), ("captagon", "SUBSTANCE", CAPTAGON)],
     ["Narcotics Administration"]),
    # "after a joint investigation by A and B": both conducted it
    ("Three men will appear in court today after a joint investigation by the Border Force "
     "and the State Police into 312 kg of captagon hidden in floor tiles.",
     [("Border Force", "ORG", org("Border Force")), ("State Police", "ORG", org("State Police")),
      ("312 kg", "QUANTITY", mass(312, 312, "kg")), ("captagon", "SUBSTANCE", CAPTAGON)],
     ["Border Force", "State Police"]),
    # "assisted by members of X": X helps (a participant), the seizing body organizes
    ("Revenue officers at the port, assisted by members of the Drugs Bureau, seized 80 kg of "
     "captagon concealed in garden furniture on Tuesday.",
     [("Revenue", "ORG", org("Revenue")), ("Drugs Bureau", "ORG", org("Drugs Bureau")),
      ("80 kg", "QUANTITY", mass(80, 80, "kg")), ("captagon", "SUBSTANCE", CAPTAGON)],
     ["Revenue"]),
    # "with the participation of members of X": the organizer cue "members of" is the
    # participant cue's object; X takes part, it does not lead
    ("On 5 September, officers of the Drug Squad, with the participation of members of the "
     "Emergency Response Unit, searched a house in Paphos and found 3 kg of captagon.",
     [("Drug Squad", "ORG", org("Drug Squad")),
      ("Emergency Response Unit", "ORG", org("Emergency Response Unit")),
      ("5 September", "DATE", day("2025-09-05")),
      ("3 kg", "QUANTITY", mass(3, 3, "kg")), ("captagon", "SUBSTANCE", CAPTAGON)],
     ["Drug Squad"]),
    # an event the lead reads as an operation that its extent (one day, one find) makes a
    # seizure: its roles are read for the seizure, so the unit whose officers found it acts
    ("In a special operation coordinated by the Prosecutor's Office on 12 May, officers of "
     "the Anti-Drug Unit stopped a truck at the border crossing and found 40 kg of captagon.",
     [("Prosecutor's Office", "ORG", org("Prosecutor's Office")),
      ("12 May", "DATE", day("2025-05-12")), ("Anti-Drug Unit", "ORG", org("Anti-Drug Unit")),
      ("40 kg", "QUANTITY", mass(40, 40, "kg")), ("captagon", "SUBSTANCE", CAPTAGON)],
     ["Prosecutor's Office", "Anti-Drug Unit"]),
    # the case's release names the investigators first; the unit whose officers liquidated
    # the laboratory on one day organizes that find, not the investigators
    ("The Regional Department of the Investigative Committee has completed the investigation "
     "of the case of a mephedrone laboratory. The laboratory was liquidated on 12 September "
     "by officers of the Drug Control Directorate with the support of the State Security "
     "Committee. During the search, 5.6 kg of mephedrone were seized.",
     [("Regional Department of the Investigative Committee", "ORG",
       org("Regional Department of the Investigative Committee")),
      ("12 September", "DATE", day("2025-09-12")),
      ("Drug Control Directorate", "ORG", org("Drug Control Directorate")),
      ("State Security Committee", "ORG", org("State Security Committee")),
      ("5.6 kg", "QUANTITY", mass(5.6, 5.6, "kg")), ("mephedrone", "SUBSTANCE", MEPHEDRONE)],
     ["Drug Control Directorate"]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), ACTING_CASES)
def test_acting_body(nlp, rules, text: str, entities: list[Entity],
                     expected: list[str]) -> None:
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert [m["text"] for m in event["organizers"]] == expected
    assert all(m["text"] != "Iraqi News Agency" for m in event["participants"])


@pytest.mark.parametrize("link", ["Information from", "Intelligence information from"])
def test_information_from_bodies_makes_them_participants(nlp, rules, link: str) -> None:
    text = ("On 17 October, the Civil Guard boarded a fishing vessel and seized 3,000 kg of "
            f"cocaine. {link} the Maritime Centre and from the Judicial Police had been "
            "shared before the boarding.")
    entities: list[Entity] = [
        ("Maritime Centre", "ORG", org("Maritime Centre")),
        ("Judicial Police", "ORG", org("Judicial Police")),
        ("Civil Guard", "ORG", org("Civil Guard")),
        ("3,000 kg", "QUANTITY", mass(3000, 3000, "kg")),
        ("cocaine", "SUBSTANCE", substance("cocaine", "stimulant")),
    ]
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert [m["text"] for m in event["organizers"]] == ["Civil Guard"]
    assert [m["text"] for m in event["participants"]] == ["Maritime Centre", "Judicial Police"]


# a body's press or public-relations unit that reports the news takes no role (news_sources
# name_word: public relations, press service, press office, press centre)
PRESS_UNIT_CASES: list[tuple[str, str, str]] = [
    ("Separately, on Thursday, the Public Relations Center of the Border Guard announced that "
     "the Border Guard had dismantled a laboratory and seized 62 kg of captagon.",
     "Public Relations Center of the Border Guard", "Border Guard"),
    ("The Press Service of the Customs Committee reported that officers of the Customs "
     "Committee found 40 kg of captagon in a truck at the border crossing on Monday.",
     "Press Service of the Customs Committee", "Customs Committee"),
    ("According to the Press Office of the Drug Squad, the Drug Squad seized 15 kg of "
     "captagon in a raid on a warehouse on Friday.",
     "Press Office of the Drug Squad", "Drug Squad"),
]


@pytest.mark.parametrize(("text", "press_unit", "body"), PRESS_UNIT_CASES)
def test_press_unit_reports_and_takes_no_role(nlp, rules, text: str, press_unit: str,
                                              body: str) -> None:
    quantity = text[text.index("kg") - 3 : text.index("kg") + 2].strip()
    entities: list[Entity] = [
        (press_unit, "ORG", org(press_unit)),
        (body, "ORG", org(body)),
        (quantity, "QUANTITY", mass(float(quantity.split()[0]), float(quantity.split()[0]),
                                    "kg")),
        ("captagon", "SUBSTANCE", CAPTAGON),
    ]
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    named = [m["text"] for role in ("organizers", "participants", "observers")
             for m in event[role]]
    assert press_unit not in named
    assert [m["text"] for m in event["organizers"]] == [body]


# a medium the media list names reports what an interview or a report tells: no role
# (news_sources name: "sputnik tajikistan", "tolonews")
MEDIUM_CASES: list[tuple[str, str, str]] = [
    ("In an interview with Sputnik Tajikistan, the head of the Drug Control Agency said the "
     "Drug Control Agency seized 60 kg of heroin in May.", "Sputnik Tajikistan",
     "Drug Control Agency"),
    ("Speaking to TOLOnews, a spokesman said the Counter Narcotics Police seized 60 kg of "
     "heroin in Kandahar.", "TOLOnews", "Counter Narcotics Police"),
]


@pytest.mark.parametrize(("text", "medium", "body"), MEDIUM_CASES)
def test_medium_reports_and_takes_no_role(nlp, rules, text: str, medium: str,
                                          body: str) -> None:
    entities: list[Entity] = [
        (medium, "ORG", org(medium)),
        (body, "ORG", org(body)),
        ("60 kg", "QUANTITY", mass(60, 60, "kg")),
        ("heroin", "SUBSTANCE", substance("heroin", "opioid")),
    ]
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    named = [m["text"] for role in ("organizers", "participants", "observers")
             for m in event[role]]
    assert medium not in named
