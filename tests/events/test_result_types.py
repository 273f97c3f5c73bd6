"""The type of an operation's local result: an action that arrested many people (ten or
more) is an operation of its own, not one interdiction."""

from __future__ import annotations

import pytest
from event_docs import build_doc, count, date_range, loc, mass, org, substance

from pressparse.events import assemble_events

LEAD = ("Special operations in five regions\n\n"
        "The Drug Authority conducted special operations in five regions from 2 to 25 "
        "September 2025. Farms were destroyed.\n\n")


@pytest.mark.parametrize(("arrested", "value", "expected"), [
    ("34 suspects", 34, "operation"),
    ("two suspects", 2, "seizure"),
])
def test_many_arrests_make_a_result_an_operation(nlp, rules, arrested: str, value: int,
                                                 expected: str) -> None:
    text = (LEAD + "On 12 September in Arumeru district, officers seized 8,310 kg of "
            f"cannabis and arrested {arrested}.")
    entities = [
        ("Drug Authority", "ORG", org("Drug Authority")),
        ("2 to 25 September 2025", "DATE", date_range("2025-09-02", "2025-09-25")),
        ("12 September", "DATE", date_range("2025-09-12", "2025-09-12", "absolute")),
        ("Arumeru district", "LOC", loc("Arumeru district", "TZ")),
        ("8,310 kg", "QUANTITY", mass(8310, 8310, "kg")),
        ("cannabis", "SUBSTANCE", substance("cannabis", "cannabis")),
        (arrested.split()[0], "QUANTITY", count(value, "suspects")),
    ]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    result = next(e for e in events if (e["location"] or {}).get("text") == "Arumeru district")
    assert result["part_of"] == events[0]["id"]
    assert result["type"] == expected
