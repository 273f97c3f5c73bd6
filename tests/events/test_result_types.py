"""The type of an operation's local result: an action that searched several premises (with
or without arrests) is an operation of its own, not one interdiction; a find at one place on one
day stays a seizure whatever the number of arrests (guide, session 16)."""

from __future__ import annotations

import pytest
from event_docs import build_doc, count, date_range, loc, mass, org, substance

from pressparse.events import assemble_events

LEAD = ("Special operations in five regions\n\n"
        "The Drug Authority conducted special operations in five regions from 2 to 25 "
        "September 2025. Farms were destroyed.\n\n")


@pytest.mark.parametrize(("action", "counted", "expected"), [
    # one place, one day: a seizure, also with many arrests
    ("seized 8,310 kg of cannabis and arrested 34 suspects", [("34", 34, "suspects")],
     "seizure"),
    ("seized 8,310 kg of cannabis and arrested two suspects", [("two", 2, "suspects")],
     "seizure"),
    # searches of several premises and arrests: a raid with several actions (guide)
    ("searched six houses, arrested two suspects and seized 8,310 kg of cannabis",
     [("six", 6, "houses"), ("two", 2, "suspects")], "operation"),
    ("carried out 14 searches, detained three men and seized 8,310 kg of cannabis",
     [("14", 14, "searches"), ("three", 3, "men")], "operation"),
    # searches at several premises that found the drugs, nobody arrested: still an action
    # at several places on one day, an operation (guide, session 16)
    ("searched two warehouses and seized 8,310 kg of cannabis", [("two", 2, "warehouses")],
     "operation"),
    ("executed search warrants at four residences and seized 8,310 kg of cannabis",
     [("four", 4, "residences")], "operation"),
    ("carried out 143 checks on vehicles and persons and seized 8,310 kg of cannabis",
     [("143", 143, "checks")], "operation"),
])
def test_many_arrests_make_a_result_an_operation(nlp, rules, action: str,
                                                 counted: list[tuple[str, int, str]],
                                                 expected: str) -> None:
    text = (LEAD + f"On 12 September in Arumeru district, officers {action}.")
    entities = [
        ("Drug Authority", "ORG", org("Drug Authority")),
        ("2 to 25 September 2025", "DATE", date_range("2025-09-02", "2025-09-25")),
        ("12 September", "DATE", date_range("2025-09-12", "2025-09-12", "absolute")),
        ("Arumeru district", "LOC", loc("Arumeru district", "TZ")),
        ("8,310 kg", "QUANTITY", mass(8310, 8310, "kg")),
        ("cannabis", "SUBSTANCE", substance("cannabis", "cannabis")),
        *((number, "QUANTITY", count(value, what)) for number, value, what in counted),
    ]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    result = next(e for e in events if (e["location"] or {}).get("text") == "Arumeru district")
    assert result["part_of"] == events[0]["id"]
    assert result["type"] == expected
