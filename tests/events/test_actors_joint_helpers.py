"""A body named after "together with"/"jointly with" helps the subject that acts: the subject
organizes the find, the helper takes part, also when the helper is named with "officers of"
(which alone would make it the acting body), and so does a body the helper's list reaches
through its people ("with the assistance of A and police officers of B")."""

from __future__ import annotations

from typing import Any

import pytest
from event_docs import Entity, build_doc, day, mass, org, substance
from spacy.language import Language

from pressparse.events import assemble_events
from pressparse.events.cues import EventRules

HASHISH = substance("hashish", "cannabis")

JOINT_CASES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (text, ORG names in it, expected organizers, expected participants)
    ("Hashish in a car at the border\n\n"
     "On 9 January, servicemen of the Smorgon Border Group together with officers of the "
     "Oshmyany Customs inspected a car at the checkpoint and found 12 kg of hashish.",
     ["Smorgon Border Group", "Oshmyany Customs"],
     ["Smorgon Border Group"], ["Oshmyany Customs"]),
    ("Courier stopped at the airport\n\n"
     "On 12 February, officers of the Anti-Drug Department, together with officers of the "
     "National Security Service, detained a passenger and found 12 kg of hashish in his bag.",
     ["Anti-Drug Department", "National Security Service"],
     ["Anti-Drug Department"], ["National Security Service"]),
    ("Truck checked on the highway\n\n"
     "On 2 January, officers of the Drug Control Service jointly with the Patrol Police "
     "stopped a truck and seized 12 kg of hashish.",
     ["Drug Control Service", "Patrol Police"],
     ["Drug Control Service"], ["Patrol Police"]),
    # no helper word: both bodies act ("A and B dismantle ...")
    ("Hashish seized at the port\n\n"
     "On 9 January, the Border Guard and the Customs Service found 12 kg of hashish in a "
     "container.",
     ["Border Guard", "Customs Service"],
     ["Border Guard", "Customs Service"], []),
]


def _first_event(nlp: Language, rules: EventRules, text: str, names: list[str], drug: str,
                 drug_norm: dict[str, Any]) -> dict[str, Any]:
    """The first event of a text naming ``names`` (ORG), 12 kg of ``drug`` and its day."""
    entities: list[Entity] = [(name, "ORG", org(name)) for name in names]
    entities += [("12 kg", "QUANTITY", mass(12, 12, "kg")), (drug, "SUBSTANCE", drug_norm)]
    for date_text, iso in (("9 January", "2026-01-09"), ("12 February", "2026-02-12"),
                           ("2 January", "2026-01-02")):
        if date_text in text:
            entities.append((date_text, "DATE", day(iso)))
    return assemble_events(build_doc(nlp, text, entities), rules)[0]


@pytest.mark.parametrize(("text", "names", "organizers", "participants"), JOINT_CASES)
def test_a_joint_helper_takes_part(nlp, rules, text: str, names: list[str],
                                   organizers: list[str], participants: list[str]) -> None:
    event = _first_event(nlp, rules, text, names, "hashish", HASHISH)
    assert event["type"] == "seizure"
    assert [m["text"] for m in event["organizers"]] == organizers
    assert [m["text"] for m in event["participants"]] == participants


HEADLINE_CASES: list[tuple[str, list[Entity], list[str], list[str]]] = [
    # (text, entities, expected organizers and participants of the item's first event)
    # the headline joins both bodies, the lead names one the helper of the other
    ("SSC AND MVD LIQUIDATED A CHANNEL OF SYNTHETIC DRUGS\n14.01.2026\n"
     "The State Security Committee jointly with the Drug Control Directorate of the Ministry "
     "of Internal Affairs has stopped the activity of an organized criminal group, which set "
     "up the production of synthetic drugs.\n"
     "On 9 January operatives detained a courier, in whose car 12 kg of hashish was found.\n"
     "During the inspection of the laboratory on 11 January, 30 kg of mephedrone were "
     "removed. The same day, the other members of the group were detained in two cities.",
     [("SSC", "ORG", org("State Security Committee", "SSC")),
      ("State Security Committee", "ORG", org("State Security Committee", "SSC")),
      ("MVD", "ORG", org("Ministry of Internal Affairs", "MVD")),
      ("Drug Control Directorate of the Ministry of Internal Affairs", "ORG",
       org("Drug Control Directorate of the Ministry of Internal Affairs")),
      ("12 kg", "QUANTITY", mass(12, 12, "kg")), ("hashish", "SUBSTANCE", HASHISH),
      ("30 kg", "QUANTITY", mass(30, 30, "kg")),
      ("mephedrone", "SUBSTANCE", substance("mephedrone", "synthetic")),
      ("9 January", "DATE", day("2026-01-09")), ("11 January", "DATE", day("2026-01-11"))],
     # the lead's full name of the acting body, over the headline's acronym
     ["State Security Committee"],
     ["Drug Control Directorate of the Ministry of Internal Affairs"]),
]


@pytest.mark.parametrize(("text", "entities", "organizers", "participants"), HEADLINE_CASES)
def test_a_lead_helper_is_no_headline_organizer(nlp, rules, text: str, entities: list[Entity],
                                                organizers: list[str],
                                                participants: list[str]) -> None:
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert [m["text"] for m in event["organizers"]] == organizers
    assert [m["text"] for m in event["participants"]] == participants


PEOPLE_IN_LIST_CASES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (text, ORG names in it, expected organizers, expected participants): a helper cue's
    # list goes on through the next body's people ("and police officers of B", "and by
    # agents of B"); the people's "officers of" inside the list makes B no organizer
    ("Cocaine found on a cargo ship\n\n"
     "On 9 January, officers of the Narcotics Investigation Bureau, with the assistance of "
     "the Coastal Protection Unit and police officers of the Maritime Patrol Directorate, "
     "searched a cargo ship and seized 12 kg of cocaine.",
     ["Narcotics Investigation Bureau", "Coastal Protection Unit",
      "Maritime Patrol Directorate"],
     ["Narcotics Investigation Bureau"],
     ["Coastal Protection Unit", "Maritime Patrol Directorate"]),
    ("Truck stopped near the border\n\n"
     "On 2 January, officers of the Anti-Drug Service, supported by the Rapid Intervention "
     "Battalion and by agents of the Border Investigation Office, stopped a truck and found "
     "12 kg of cocaine.",
     ["Anti-Drug Service", "Rapid Intervention Battalion", "Border Investigation Office"],
     ["Anti-Drug Service"], ["Rapid Intervention Battalion", "Border Investigation Office"]),
    ("Container checked at the port\n\n"
     "On 12 February, the Harbour Police, in cooperation with the Port Authority and customs "
     "officers of the Revenue Directorate, checked a container and seized 12 kg of cocaine.",
     ["Harbour Police", "Port Authority", "Revenue Directorate"],
     ["Harbour Police"], ["Port Authority", "Revenue Directorate"]),
]


@pytest.mark.parametrize(("text", "names", "organizers", "participants"),
                         PEOPLE_IN_LIST_CASES)
def test_a_helper_list_reaches_through_people(nlp, rules, text: str, names: list[str],
                                              organizers: list[str],
                                              participants: list[str]) -> None:
    event = _first_event(nlp, rules, text, names, "cocaine", substance("cocaine"))
    assert [m["text"] for m in event["organizers"]] == organizers
    assert [m["text"] for m in event["participants"]] == participants
