"""A later session of the standing body whose meeting an item reports is that body's too
("The 93rd meeting of the Council ... The next meeting will be held in Minsk", "... in the
Kyrgyz Republic": the country it is held in is its venue), unless the sentence announcing it
names another body."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from event_docs import Entity, build_doc, country, date_range, loc, org

from pressparse.events import assemble_events


def month(start: str, end: str) -> dict[str, Any]:
    return {**date_range(start, end, "month"), "precision": "month"}


COUNCIL = "Council of Border Commanders"

GROUP = "Airports Group"
OTHER = "Working Group on Precursors"
SERIES_CASES: list[tuple[str, list[Entity], list[list[str]]]] = [
    # (text, entities, organizers of each meeting in text order)
    (f"Border commanders meet\n\nOn 21-22 May, the 93rd meeting of the {COUNCIL} took place "
     "in Cholpon-Ata. The heads of the border services discussed joint patrols.\n\n"
     "The next meeting will be held in Minsk in October.",
     [(COUNCIL, "ORG", org(COUNCIL)), ("Cholpon-Ata", "LOC", loc("Cholpon-Ata", "KG")),
      ("Minsk", "LOC", loc("Minsk", "BY")),
      ("21-22 May", "DATE", date_range("2025-05-21", "2025-05-22")),
      ("October", "DATE", month("2025-10-01", "2025-10-31"))],
     [[COUNCIL], [COUNCIL]]),
    (f"Airport drug units meet in Larnaca\n\nThe annual meeting of the {GROUP} took place in "
     "Larnaca from 20 to 22 May. Delegates discussed couriers on flights from South "
     "America.\n\nThe next annual meeting will take place in Lisbon in October.",
     [(GROUP, "ORG", org(GROUP)), ("Larnaca", "LOC", loc("Larnaca", "CY")),
      ("Lisbon", "LOC", loc("Lisbon", "PT")),
      ("20 to 22 May", "DATE", date_range("2025-05-20", "2025-05-22")),
      ("October", "DATE", month("2025-10-01", "2025-10-31"))],
     [[GROUP], [GROUP]]),
    # the later meeting is another body's: not the council's by default
    (f"Border commanders meet\n\nOn 21-22 May, the 93rd meeting of the {COUNCIL} took place "
     "in Cholpon-Ata. The heads of the border services discussed joint patrols.\n\n"
     f"The next meeting of the {OTHER} will be held in Minsk in October.",
     [(COUNCIL, "ORG", org(COUNCIL)), (OTHER, "ORG", org(OTHER)),
      ("Cholpon-Ata", "LOC", loc("Cholpon-Ata", "KG")), ("Minsk", "LOC", loc("Minsk", "BY")),
      ("21-22 May", "DATE", date_range("2025-05-21", "2025-05-22")),
      ("October", "DATE", month("2025-10-01", "2025-10-31"))],
     [[COUNCIL], [OTHER]]),
    # a country as the later meeting's venue names no other party
    (f"Border commanders meet\n\nOn 21-22 May, the 93rd meeting of the {COUNCIL} took place "
     "in Cholpon-Ata. The heads of the border services discussed joint patrols.\n\n"
     "The next meeting will be held in October in the Republic of Belarus.",
     [(COUNCIL, "ORG", org(COUNCIL)), ("Cholpon-Ata", "LOC", loc("Cholpon-Ata", "KG")),
      ("Republic of Belarus", "COUNTRY", country("BY", "Belarus")),
      ("21-22 May", "DATE", date_range("2025-05-21", "2025-05-22")),
      ("October", "DATE", month("2025-10-01", "2025-10-31"))],
     [[COUNCIL], [COUNCIL]]),
]


@pytest.mark.parametrize(("text", "entities", "organizers"), SERIES_CASES)
def test_a_later_session_of_the_body(nlp, rules, text: str, entities: list[Entity],
                                     organizers: list[list[str]]) -> None:
    doc = build_doc(nlp, text, entities)
    doc._.reference_date = date(2025, 5, 23)
    events = assemble_events(doc, rules)
    meetings = [e for e in events if e["type"] == "meeting"]
    assert [[m["text"] for m in e["organizers"]] for e in meetings] == organizers
