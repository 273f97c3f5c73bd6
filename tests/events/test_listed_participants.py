"""Participants listed after a colon that ends the participation verb's clause ("took part
in the operation: A, B and C"), and a cue that ends its clause ("as observers, and X and Y
supported the operation": X and Y are helpers, not observers)."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, country, date_range, operation, org

from pressparse.events import assemble_events

SPRING_SWEEP = "Spring Sweep 2026"

LIST_CASES: list[tuple[str, list[Entity], list[str], list[str], list[str]]] = [
    # (text, entities, expected organizers, participants, observers)
    ("The Regional Police Centre coordinated from 2 to 6 March 2026 the joint operation "
     '"Spring Sweep 2026" against heroin smuggling on the northern route.\n\n'
     "Police and customs officers from five member states took part in the operation: "
     "Latvia, Lithuania, Estonia, Finland and Poland. Norway joined as an observer.",
     [("Regional Police Centre", "ORG", org("Regional Police Centre")),
      ("2 to 6 March 2026", "DATE", date_range("2026-03-02", "2026-03-06")),
      (SPRING_SWEEP, "OPERATION", operation(SPRING_SWEEP)),
      ("Latvia", "COUNTRY", country("LV", "Latvia")),
      ("Lithuania", "COUNTRY", country("LT", "Lithuania")),
      ("Estonia", "COUNTRY", country("EE", "Estonia")),
      ("Finland", "COUNTRY", country("FI", "Finland")),
      ("Poland", "COUNTRY", country("PL", "Poland")),
      ("Norway", "COUNTRY", country("NO", "Norway"))],
     ["Regional Police Centre"],
     ["Latvia", "Lithuania", "Estonia", "Finland", "Poland"], ["Norway"]),
    ("The Regional Police Centre coordinated from 2 to 6 March 2026 the joint operation "
     '"Spring Sweep 2026" against heroin smuggling on the northern route. Sweden and '
     "Denmark took part as observers, and Interpol and the Maritime Analysis Centre "
     "supported the operation with intelligence.",
     [("Regional Police Centre", "ORG", org("Regional Police Centre")),
      ("2 to 6 March 2026", "DATE", date_range("2026-03-02", "2026-03-06")),
      (SPRING_SWEEP, "OPERATION", operation(SPRING_SWEEP)),
      ("Sweden", "COUNTRY", country("SE", "Sweden")),
      ("Denmark", "COUNTRY", country("DK", "Denmark")),
      ("Interpol", "ORG", org("Interpol")),
      ("Maritime Analysis Centre", "ORG", org("Maritime Analysis Centre"))],
     ["Regional Police Centre"], ["Interpol", "Maritime Analysis Centre"],
     ["Sweden", "Denmark"]),
    # a body's own unit listed after it with "its"
    ("The Regional Police Centre coordinated from 2 to 6 March 2026 the joint operation "
     '"Spring Sweep 2026" against heroin smuggling on the northern route. The operation '
     "also involved the Security Committee, its Border Service and the Customs Board.",
     [("Regional Police Centre", "ORG", org("Regional Police Centre")),
      ("2 to 6 March 2026", "DATE", date_range("2026-03-02", "2026-03-06")),
      (SPRING_SWEEP, "OPERATION", operation(SPRING_SWEEP)),
      ("Security Committee", "ORG", org("Security Committee")),
      ("Border Service", "ORG", org("Border Service")),
      ("Customs Board", "ORG", org("Customs Board"))],
     ["Regional Police Centre"], ["Security Committee", "Border Service", "Customs Board"],
     []),
    # a body's member states listed after it: the states take part, not the body
    ("From 2 to 6 March 2026 Riga hosted the 12th Plenary week of the Baltic Drug Group. "
     "The meeting was organized by the Financial Police of Latvia with the assistance of "
     "the Group Secretariat. More than 60 delegates took part in the Plenary week, including "
     "delegations of the Baltic Drug Group member states – Latvia, Lithuania and Estonia.",
     [("2 to 6 March 2026", "DATE", date_range("2026-03-02", "2026-03-06")),
      ("Baltic Drug Group", "ORG", org("Baltic Drug Group")),
      ("Financial Police of Latvia", "ORG", org("Financial Police of Latvia")),
      ("Group Secretariat", "ORG", org("Group Secretariat")),
      ("Latvia", "COUNTRY", country("LV", "Latvia")),
      ("Lithuania", "COUNTRY", country("LT", "Lithuania")),
      ("Estonia", "COUNTRY", country("EE", "Estonia"))],
     ["Financial Police of Latvia", "Group Secretariat"],
     ["Latvia", "Lithuania", "Estonia"], []),
]


@pytest.mark.parametrize(("text", "entities", "organizers", "participants", "observers"),
                         LIST_CASES)
def test_listed_participants(nlp, rules, text: str, entities: list[Entity],
                             organizers: list[str], participants: list[str],
                             observers: list[str]) -> None:
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert [m["text"] for m in event["organizers"]] == organizers
    assert [m["text"] for m in event["participants"]] == participants
    assert [m["text"] for m in event["observers"]] == observers
