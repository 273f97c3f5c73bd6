"""A body's unit acts for it when the event's sentences name the unit at work, but not when
the unit's sentence reports a further action of its own ("In addition, the Unit seized a
house ..."): the body the lead names keeps organizing the item's event."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, org

from pressparse.events import assemble_events

UNIT = "Eastern Zonal Unit"
COMMISSION = "Drug Control Commission"

ASIDE_CASES: list[tuple[str, str]] = [
    # (sentence naming the unit, expected organizer of the item's main event)
    ("On 4 May, a team of the Eastern Zonal Unit intercepted a lorry near the river port.",
     UNIT),
    ("In addition, a team of the Eastern Zonal Unit seized a house in the river port under "
     "the proceeds of crime law.", COMMISSION),
    ("Separately, the Eastern Zonal Unit froze the bank accounts of a cannabis dealer.",
     COMMISSION),
]


@pytest.mark.parametrize(("unit_sentence", "organizer"), ASIDE_CASES)
def test_unit_of_an_aside_does_not_act_for_the_body(nlp, rules, unit_sentence: str,
                                                    organizer: str) -> None:
    text = ("Acting on intelligence, the Drug Control Commission has dismantled a cannabis "
            "syndicate. " + unit_sentence)
    entities: list[Entity] = [
        (COMMISSION, "ORG", org(COMMISSION)),
        (UNIT, "ORG", {"name": f"{UNIT} of the {COMMISSION}", "acronym": None, "id": None})]
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert [m["text"] for m in event["organizers"]] == [organizer]
