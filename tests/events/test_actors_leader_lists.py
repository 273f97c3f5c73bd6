"""Bodies named by their leaders' posts in one list ("The head of A and the chairman of B held
talks") both hold the meeting."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, day, org

from pressparse.events import assemble_events

LEADER_CASES: list[tuple[str, list[str], list[str]]] = [
    # (lead sentence, ORG names in it, expected organizers)
    ("The head of the Customs Service and the chairman of the Customs Committee held talks "
     "in the border town on 8 January.",
     ["Customs Service", "Customs Committee"], ["Customs Service", "Customs Committee"]),
    ("The director of the Drug Control Agency and the commander of the Border Troops held a "
     "working meeting on 8 January.",
     ["Drug Control Agency", "Border Troops"], ["Drug Control Agency", "Border Troops"]),
    ("The minister of the Interior Ministry and the heads of the Police Academy held a "
     "meeting on 8 January.",
     ["Interior Ministry", "Police Academy"], ["Interior Ministry", "Police Academy"]),
]


@pytest.mark.parametrize(("sentence", "names", "organizers"), LEADER_CASES)
def test_bodies_named_by_their_leaders(nlp, rules, sentence: str, names: list[str],
                                       organizers: list[str]) -> None:
    text = f"Border talks\n\n{sentence}"
    entities: list[Entity] = [(name, "ORG", org(name)) for name in names]
    entities.append(("8 January", "DATE", day("2026-01-08")))
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert event["type"] == "meeting"
    assert [m["text"] for m in event["organizers"]] == organizers
