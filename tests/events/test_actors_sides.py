"""The sides of an event: a country's party named by a demonym before a side noun ("Uzbek
colleagues", "the Armenian side") after a help or information cue, the two sides of a
meeting no host is named for, the host of a delegation received, and the body at whose
initiative an event was held (guide "Events", sessions 27, 31 and 34)."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, day, mass, org, substance

from pressparse.events import assemble_events
from pressparse.extensions import TITLE_END_KEY

ORG = "ORG"


def _norp(iso2: str, demonym: str, country: str) -> dict[str, str]:
    return {"iso2": iso2, "name": demonym, "country": country}


UZBEK = ("Uzbek", "NORP", _norp("UZ", "Uzbek", "Uzbekistan"))
TURKISH = ("Turkish", "NORP", _norp("TR", "Turkish", "Türkiye"))
LATVIAN = ("Latvian", "NORP", _norp("LV", "Latvian", "Latvia"))
HEROIN = ("heroin", "SUBSTANCE", substance("heroin"))

SIDE_CASES: list[tuple[str, list[Entity], list[str], list[str]]] = [
    # (text, entities, expected organizers and participants of the item's first event)
    # a tip from the neighbour's colleagues: the neighbour takes part
    ("Courier detained at the bus station\n\n"
     "Officers of the Osh City Police Department, acting on information from Uzbek "
     "colleagues, detained a courier with 2 kg of heroin on 14 May.",
     [("Osh City Police Department", ORG, org("Osh City Police Department")), UZBEK,
      ("2 kg", "QUANTITY", mass(2, 2, "kg", what="heroin")), HEROIN,
      ("14 May", "DATE", day("2026-05-14"))],
     ["Osh City Police Department"], ["Uzbek"]),
    # help from the neighbour's colleagues, in a sentence of its own
    ("Cocaine found in a truck\n\n"
     "Officers of the Security Service seized 3 kg of heroin at the Sarpi checkpoint on "
     "16 November. The operation was carried out with the support of Turkish colleagues.",
     [("Security Service", ORG, org("Security Service")), TURKISH,
      ("3 kg", "QUANTITY", mass(3, 3, "kg", what="heroin")), HEROIN,
      ("16 November", "DATE", day("2026-11-16"))],
     ["Security Service"], ["Turkish"]),
    # a bare demonym names a person, no party
    ("Courier detained at the bus station\n\n"
     "Officers of the Osh City Police Department, acting on information from an Uzbek "
     "citizen, detained a courier with 2 kg of heroin on 14 May.",
     [("Osh City Police Department", ORG, org("Osh City Police Department")), UZBEK,
      ("2 kg", "QUANTITY", mass(2, 2, "kg", what="heroin")), HEROIN,
      ("14 May", "DATE", day("2026-05-14"))],
     ["Osh City Police Department"], []),
    # the party's own body named for the event takes the role instead of the demonym
    ("Network dismantled\n\n"
     "In a joint operation with Latvian colleagues on 28 October, the Central Criminal "
     "Police and the State Police of Latvia seized 4 kg of heroin in Riga.",
     [("Central Criminal Police", ORG, org("Central Criminal Police")), LATVIAN,
      ("State Police of Latvia", ORG, org("State Police of Latvia")),
      ("4 kg", "QUANTITY", mass(4, 4, "kg", what="heroin")), HEROIN,
      ("28 October", "DATE", day("2026-10-28"))],
     ["Central Criminal Police", "State Police of Latvia"], []),
]


@pytest.mark.parametrize(("text", "entities", "organizers", "participants"), SIDE_CASES)
def test_demonym_sides(nlp, rules, text: str, entities: list[Entity], organizers: list[str],
                       participants: list[str]) -> None:
    doc = build_doc(nlp, text, entities)
    doc.user_data[TITLE_END_KEY] = text.index("\n\n")
    event = assemble_events(doc, rules)[0]
    assert [m["text"] for m in event["organizers"]] == organizers
    assert [m["text"] for m in event["participants"]] == participants


KZ_BORDER = "Border Service of Kazakhstan"
TM_BORDER = "State Border Service of Turkmenistan"
MEETING_CASES: list[tuple[str, list[str], list[str]]] = [
    # (text naming the two border services, expected organizers and participants)
    # two sides meet, no host is named: both take part
    (f"Consultations of the {KZ_BORDER} and the {TM_BORDER} took place on 16 May in Aktau.",
     [], [KZ_BORDER, TM_BORDER]),
    (f"On 16 May, talks between the {KZ_BORDER} and the {TM_BORDER} were held in Aktau.",
     [], [KZ_BORDER, TM_BORDER]),
    (f"A working meeting of the {KZ_BORDER} and the {TM_BORDER} was held on 16 May in "
     "Aktau.",
     [], [KZ_BORDER, TM_BORDER]),
    # a delegation received by a body: the body hosts
    (f"A delegation of the {TM_BORDER} was received by the {KZ_BORDER} in Aktau on 16 May.",
     [KZ_BORDER], [TM_BORDER]),
]


@pytest.mark.parametrize(("sentence", "organizers", "participants"), MEETING_CASES)
def test_sides_of_a_meeting(nlp, rules, sentence: str, organizers: list[str],
                            participants: list[str]) -> None:
    text = f"Border services meet\n\n{sentence} The sides discussed joint patrols."
    doc = build_doc(nlp, text, [(KZ_BORDER, ORG, org(KZ_BORDER)),
                                (TM_BORDER, ORG, org(TM_BORDER)),
                                ("16 May", "DATE", day("2026-05-16"))])
    doc.user_data[TITLE_END_KEY] = text.index("\n\n")
    meeting = next(e for e in assemble_events(doc, rules) if e["type"] == "meeting")
    assert [m["text"] for m in meeting["organizers"]] == organizers
    assert [m["text"] for m in meeting["participants"]] == participants


def test_a_bodys_own_meeting_keeps_its_organizer(nlp, rules) -> None:
    text = ("Council meets\n\nOn 21 May, the 93rd meeting of the Council of Commanders took "
            "place in the capital.")
    doc = build_doc(nlp, text, [("Council of Commanders", ORG, org("Council of Commanders")),
                                ("21 May", "DATE", day("2026-05-21"))])
    doc.user_data[TITLE_END_KEY] = text.index("\n\n")
    meeting = next(e for e in assemble_events(doc, rules) if e["type"] == "meeting")
    assert [m["text"] for m in meeting["organizers"]] == ["Council of Commanders"]
    assert meeting["participants"] == []


DCA = "Drug Control Agency"
OSCE = "OSCE Programme Office"
INITIATIVE_CASES: list[tuple[str, list[str], list[str]]] = [
    # (text naming the two bodies, expected organizers and participants of the course)
    # an organizing verb names the organizer: the initiator takes part
    (f"A course for analysts will be held in the capital from 2 to 6 June at the initiative "
     f"of the {DCA}. The course is organized by the {OSCE}.",
     [OSCE], [DCA]),
    (f"A course for analysts, organized by the {OSCE} at the initiative of the {DCA}, will be "
     "held in the capital from 2 to 6 June.",
     [OSCE], [DCA]),
    # nobody else is said to organize it: the initiator organizes
    (f"A course for analysts will be held in the capital from 2 to 6 June at the initiative "
     f"of the {DCA}. Trainers of the {OSCE} will teach it.",
     [DCA], [OSCE]),
]


@pytest.mark.parametrize(("text", "organizers", "participants"), INITIATIVE_CASES)
def test_initiator_beside_an_organizer(nlp, rules, text: str, organizers: list[str],
                                       participants: list[str]) -> None:
    text = f"Course for analysts\n\n{text}"
    doc = build_doc(nlp, text, [(DCA, ORG, org(DCA)), (OSCE, ORG, org(OSCE)),
                                ("2 to 6 June", "DATE", {**day("2026-06-02"),
                                                         "end": "2026-06-06"})])
    doc.user_data[TITLE_END_KEY] = text.index("\n\n")
    course = next(e for e in assemble_events(doc, rules) if e["type"] == "training")
    assert [m["text"] for m in course["organizers"]] == organizers
    assert [m["text"] for m in course["participants"]] == participants


LIST_CASES: list[tuple[str, list[str]]] = [
    # (sentence, expected participants): a list whose elements repeat "of" after commas
    ("The meeting was attended by representatives of the State Police, of the Police "
     "Directorate and of the Interior Ministry.",
     ["State Police", "Police Directorate", "Interior Ministry"]),
    # past each element's acronym in brackets
    ("Officials of the Navy (SEMAR), of the Army (SEDENA) and of the National Guard (GN) "
     "took part in it.",
     ["Navy", "Army", "National Guard"]),
]


@pytest.mark.parametrize(("sentence", "participants"), LIST_CASES)
def test_lists_repeating_of(nlp, rules, sentence: str, participants: list[str]) -> None:
    text = f"Regional meeting held\n\nOn 5 July a regional meeting was held. {sentence}"
    names = ["State Police", "Police Directorate", "Interior Ministry", "Navy", "Army",
             "National Guard"]
    doc = build_doc(nlp, text, [*((name, ORG, org(name)) for name in names if name in text),
                                ("5 July", "DATE", day("2026-07-05"))])
    doc.user_data[TITLE_END_KEY] = text.index("\n\n")
    event = assemble_events(doc, rules)[0]
    assert [m["text"] for m in event["participants"]] == participants
