"""Bodies named by their leaders' posts in one list meeting with no host named ("The head of A
and the chairman of B held talks") are the meeting's sides: all of them take part, none
organizes (the guide's session-27 rule; spent gold d34, h9_01, h23_03); a leader's body that
receives a guest hosts it."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, day, org

from pressparse.events import assemble_events

LEADER_CASES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (lead sentence, ORG names in it, expected organizers, expected participants)
    ("The head of the Customs Service and the chairman of the Customs Committee held talks "
     "in the border town on 8 January.",
     ["Customs Service", "Customs Committee"], [], ["Customs Service", "Customs Committee"]),
    ("The director of the Drug Control Agency and the commander of the Border Troops held a "
     "working meeting on 8 January.",
     ["Drug Control Agency", "Border Troops"], [], ["Drug Control Agency", "Border Troops"]),
    ("The minister of the Interior Ministry and the heads of the Police Academy held a "
     "meeting on 8 January.",
     ["Interior Ministry", "Police Academy"], [], ["Interior Ministry", "Police Academy"]),
    # invented probes in other styles: three sides, a director general, "chief of"
    ("On 8 January the Director General of the Philippine Drug Enforcement Agency, the chief "
     "of the Indonesian National Narcotics Board and the head of the Royal Brunei Police "
     "Force held consultations in Manila.",
     ["Philippine Drug Enforcement Agency", "Indonesian National Narcotics Board",
      "Royal Brunei Police Force"], [],
     ["Philippine Drug Enforcement Agency", "Indonesian National Narcotics Board",
      "Royal Brunei Police Force"]),
    ("The commissioner of the Ghana Revenue Authority and the director of the Togolese "
     "Customs Office held a bilateral meeting at Aflao on 8 January.",
     ["Ghana Revenue Authority", "Togolese Customs Office"], [],
     ["Ghana Revenue Authority", "Togolese Customs Office"]),
    # two bodies joined by "and" holding a meeting, talks or consultations: sides meeting
    ("The Border Police and the State Border Service will hold a regular meeting of border "
     "delegates on 8 January.",
     ["Border Police", "State Border Service"], [], ["Border Police", "State Border Service"]),
    ("The Anti-Narcotics Force and the Drug Control Council held bilateral consultations in "
     "Islamabad on 8 January.",
     ["Anti-Narcotics Force", "Drug Control Council"], [],
     ["Anti-Narcotics Force", "Drug Control Council"]),
    # one leader's body receiving the other's: the host organizes, the guest takes part
    ("On 8 January the head of the Uruguayan National Drug Board received the delegation of "
     "the Paraguayan Anti-Drug Secretariat.",
     ["Uruguayan National Drug Board", "Paraguayan Anti-Drug Secretariat"],
     ["Uruguayan National Drug Board"], ["Paraguayan Anti-Drug Secretariat"]),
    # one body's head holding a meeting: it hosts
    ("The head of the Estonian Tax and Customs Board held a meeting with the regional "
     "managers on 8 January.",
     ["Estonian Tax and Customs Board"], ["Estonian Tax and Customs Board"], []),
]


@pytest.mark.parametrize(("sentence", "names", "organizers", "participants"), LEADER_CASES)
def test_bodies_named_by_their_leaders(nlp, rules, sentence: str, names: list[str],
                                       organizers: list[str],
                                       participants: list[str]) -> None:
    text = f"Border talks\n\n{sentence}"
    entities: list[Entity] = [(name, "ORG", org(name)) for name in names]
    entities.append(("8 January", "DATE", day("2026-01-08")))
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert event["type"] == "meeting"
    assert [m["text"] for m in event["organizers"]] == organizers
    assert [m["text"] for m in event["participants"]] == participants
