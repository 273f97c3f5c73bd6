"""A briefing's speaker telling what "we" did (held a meeting, detected cases) speaks for the
item's own body, which organizes it (role_words.jsonl first_person)."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, count, date_range, day, mass, org, substance

from pressparse.events import assemble_events

BOARD = ("Tax and Customs Board", "ORG", org("Tax and Customs Board"))

BRIEFING_CASES: list[tuple[str, list[Entity], str, list[str], list[str]]] = [
    # (text, entities, event type, expected organizers, expected participants)
    # a meeting the speaker's body held with a neighbour's body
    ("Tax and Customs Board: cooperation at the Narva checkpoint\n\n"
     "HEAD OF CUSTOMS: On 4 March we held a working meeting with the Border Guard Service "
     "on the exchange of risk profiles.",
     [BOARD, ("Border Guard Service", "ORG", org("Border Guard Service")),
      ("4 March", "DATE", day("2026-03-04"))],
     "meeting", ["Tax and Customs Board"], ["Border Guard Service"]),
    # a period's results the speaker gives as "we have detected"
    ("Briefing of the Tax and Customs Board on the results of the half-year\n\n"
     "DEPUTY DIRECTOR: In the first half of the year we have detected 37 cases of drug "
     "smuggling and seized 58 kg of cannabis at the border crossings.",
     [BOARD, ("the first half of the year", "DATE", date_range("2026-01-01", "2026-06-30")),
      ("37", "QUANTITY", count(37, "cases")), ("58 kg", "QUANTITY", mass(58, 58, "kg")),
      ("cannabis", "SUBSTANCE", substance("cannabis", "cannabis"))],
     "other", ["Tax and Customs Board"], []),
]


@pytest.mark.parametrize(("text", "entities", "event_type", "organizers", "participants"),
                         BRIEFING_CASES)
def test_the_speakers_we_is_the_items_body(nlp, rules, text: str, entities: list[Entity],
                                           event_type: str, organizers: list[str],
                                           participants: list[str]) -> None:
    events = [e for e in assemble_events(build_doc(nlp, text, entities), rules)
              if e["type"] == event_type]
    assert len(events) == 1, events
    assert [m["text"] for m in events[0]["organizers"]] == organizers
    assert [m["text"] for m in events[0]["participants"]] == participants
