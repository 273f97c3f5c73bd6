"""A gathering held beside the item's main one ("On the margins of the meeting, the Centre
held a training seminar", "on the sidelines of the conference") takes place at the main
gathering's venue when nothing else in its sentence places it (role_words.jsonl
side_event)."""

from __future__ import annotations

from datetime import date

import pytest
from event_docs import Entity, build_doc, day, loc, org

from pressparse.events import assemble_events

COUNCIL = "Council of Heads of Drug Services"
CENTRE = "Regional Training Centre"

SIDE_CASES: list[tuple[str, list[Entity], list[tuple[str, str | None]]]] = [
    # (text, entities, (type, location) of each gathering in text order)
    (f"Drug services council meets\n\nOn 8 October, the city of Tashkent hosted the 20th "
     f"meeting of the {COUNCIL}. Delegations discussed precursor control.\n\n"
     f"On the margins of the meeting, on 7 October, the {CENTRE} held a training seminar "
     "for 30 analysts.",
     [(COUNCIL, "ORG", org(COUNCIL)), (CENTRE, "ORG", org(CENTRE)),
      ("Tashkent", "LOC", loc("Tashkent", "UZ")),
      ("8 October", "DATE", day("2025-10-08")), ("7 October", "DATE", day("2025-10-07"))],
     [("meeting", "Tashkent"), ("training", "Tashkent")]),
    (f"Regional conference on synthetic drugs\n\nOn 8 October, a regional conference on "
     f"synthetic drugs was held in Almaty. Experts discussed new substances.\n\n"
     f"On the sidelines of the conference, on 9 October, the {CENTRE} held a workshop on "
     "laboratory dismantling.",
     [(CENTRE, "ORG", org(CENTRE)), ("Almaty", "LOC", loc("Almaty", "KZ")),
      ("8 October", "DATE", day("2025-10-08")), ("9 October", "DATE", day("2025-10-09"))],
     [("meeting", "Almaty"), ("training", "Almaty")]),
    # a gathering of its own, told without a side cue, is not placed at the meeting's venue
    (f"Drug services council meets\n\nOn 8 October, the city of Tashkent hosted the 20th "
     f"meeting of the {COUNCIL}. Delegations discussed precursor control.\n\n"
     f"On 7 November, the {CENTRE} will hold a training seminar for 30 analysts.",
     [(COUNCIL, "ORG", org(COUNCIL)), (CENTRE, "ORG", org(CENTRE)),
      ("Tashkent", "LOC", loc("Tashkent", "UZ")),
      ("8 October", "DATE", day("2025-10-08")), ("7 November", "DATE", day("2025-11-07"))],
     [("meeting", "Tashkent"), ("training", None)]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), SIDE_CASES)
def test_side_event_at_the_main_venue(nlp, rules, text: str, entities: list[Entity],
                                      expected: list[tuple[str, str | None]]) -> None:
    doc = build_doc(nlp, text, entities)
    doc._.reference_date = date(2025, 10, 10)
    events = assemble_events(doc, rules)
    assert [(e["type"], e["location"] and e["location"]["text"]) for e in events] == expected
