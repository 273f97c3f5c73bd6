"""The day of one interdiction among the days its report gives, and arrests on a later day."""

from __future__ import annotations

from datetime import date

import pytest
from event_docs import build_doc, count, date_range, loc, mass, org, substance

from pressparse.events import assemble_events
from pressparse.extensions import TITLE_END_KEY

LEAD = ("Navy finds 900 kg of cocaine on fishing boat\n\n"
        "The Navy seized 900 kilograms of cocaine on a fishing boat intercepted on Tuesday "
        "off Cape Point. The drug was hidden in the fish hold. ")
LEAD_ENTITIES = [("Navy", "ORG", org("Navy")),
                 ("900 kilograms", "QUANTITY", mass(900, 900, "kg", what="cocaine")),
                 ("cocaine", "SUBSTANCE", substance("cocaine")),
                 ("Tuesday", "DATE", date_range("2025-05-06", "2025-05-06", "relative")),
                 ("Cape Point", "LOC", loc("Cape Point", "ZA"))]

CASES = [
    # the boat was tracked over earlier days: the interception is the find's day
    (LEAD + "The boat had been tracked by a patrol aircraft between 2 and 4 May.",
     [("2 and 4 May", "DATE", date_range("2025-05-02", "2025-05-04"))],
     [("seizure", "2025-05-06", "2025-05-06")]),
    # a later day of another clause ('where it arrived on Thursday') dates no arrests
    (LEAD + "The four crew members were arrested and the boat was towed to the harbour, "
     "where it arrived on Thursday.",
     [("four", "QUANTITY", count(4, "crew members")),
      ("Thursday", "DATE", date_range("2025-05-08", "2025-05-08", "relative"))],
     [("seizure", "2025-05-06", "2025-05-06")]),
    # arrests told with their own later day are an operation of their own
    (LEAD + "Detectives then arrested two men, aged 40 and 45, at a house in Durban on "
     "Thursday.",
     [("two", "QUANTITY", count(2, "men")),
      ("Durban", "LOC", loc("Durban", "ZA")),
      ("Thursday", "DATE", date_range("2025-05-08", "2025-05-08", "relative"))],
     [("seizure", "2025-05-06", "2025-05-06"), ("operation", "2025-05-08", "2025-05-08")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_find_day_and_later_arrests(nlp, rules, text: str, entities,
                                    expected: list[tuple[str, str, str]]) -> None:
    doc = build_doc(nlp, text, LEAD_ENTITIES + entities)
    doc._.reference_date = date(2025, 5, 9)
    events = assemble_events(doc, rules)
    assert [(e["type"], e["start_date"], e["end_date"]) for e in events] == expected


LAB = ("Drug laboratory dismantled near Tilburg\n\n"
       "On Tuesday, detectives of the regional police searched a barn near Tilburg. "
       "Inside they found a laboratory for the production of amphetamine.\n\n")
LAB_ENTITIES = [("Tuesday", "DATE", date_range("2025-05-06", "2025-05-06", "relative")),
                ("Tilburg", "LOC", loc("Tilburg", "NL")),
                ("amphetamine", "SUBSTANCE", substance("amphetamine"))]

LAB_CASES = [
    # the suspects' nationality is no place of a result of its own
    (LAB + "Three men were arrested on the spot: two Polish nationals and one Romanian. "
     "Officers seized 25 kilos of amphetamine.",
     [("Polish", "NORP", {"name": "Polish"}), ("Romanian", "NORP", {"name": "Romanian"}),
      ("25 kilos", "QUANTITY", mass(25, 25, "kg", what="amphetamine"))],
     [("seizure", "2025-05-06", [25])]),
    # a baseline told after 'than ..., when' is no seizure
    (LAB + "Officers seized 25 kilos of amphetamine, more than in March, when 12 kilos were "
     "seized in the same area.",
     [("25 kilos", "QUANTITY", mass(25, 25, "kg", what="amphetamine")),
      ("March", "DATE", {**date_range("2025-03-01", "2025-03-31", "month"),
                         "precision": "month"}),
      ("12 kilos", "QUANTITY", mass(12, 12, "kg"))],
     [("seizure", "2025-05-06", [25])]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), LAB_CASES)
def test_one_find_with_its_suspects_and_baseline(nlp, rules, text: str, entities,
                                                 expected) -> None:
    doc = build_doc(nlp, text, LAB_ENTITIES + entities)
    doc._.reference_date = date(2025, 5, 9)
    events = assemble_events(doc, rules)
    assert [(e["type"], e["start_date"], [s["kg"] for s in e["seizures"]])
            for e in events] == expected


def test_the_body_range_dates_an_operation_over_the_headline_month(nlp, rules) -> None:
    title = "STATEMENT ON SPECIAL OPERATIONS CONDUCTED IN MARCH 2025"
    text = (title + "\n\nThe drug authority conducted special operations in six regions "
            "from 3 to 21 March 2025 and seized 4,100 kilograms of cannabis.")
    entities = [("MARCH 2025", "DATE", {**date_range("2025-03-01", "2025-03-31", "month"),
                                        "precision": "month"}),
                ("3 to 21 March 2025", "DATE", date_range("2025-03-03", "2025-03-21")),
                ("4,100 kilograms", "QUANTITY", mass(4100, 4100, "kg", what="cannabis")),
                ("cannabis", "SUBSTANCE", substance("cannabis"))]
    doc = build_doc(nlp, text, entities)
    doc.user_data[TITLE_END_KEY] = len(title)
    doc._.reference_date = date(2025, 3, 31)
    events = assemble_events(doc, rules)
    assert [(e["type"], e["start_date"], e["end_date"]) for e in events] == [
        ("operation", "2025-03-03", "2025-03-21")]
