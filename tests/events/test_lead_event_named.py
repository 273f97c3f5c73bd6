"""The lead's event named in the sentence right after it ("The operation, code-named "X",
was carried out on Monday") is one event, the named one; a year's total told beside it is
no episode of it."""

from __future__ import annotations

import pytest
from event_docs import build_doc, day, mass, operation, org, substance

from pressparse.events import assemble_events
from pressparse.events.naming import normalize_name

CAPTAGON = substance("captagon", "stimulant")


def _text(naming: str) -> str:
    return (
        "Customs foil attempt to smuggle 3 million pills through the port\n\n"
        "The Anti-Narcotics Directorate thwarted an attempt by a gang to smuggle 3,000,000 "
        "Captagon pills into the country. Nine suspects were arrested.\n\n"
        f"{naming} \"Silent Harbour\", was carried out on 10 March 2025 after two months of "
        "monitoring. The pills were hidden in industrial generators.\n\n"
        "Since the start of 2025, the directorate has seized more than 41 million Captagon "
        "pills."
    )


ENTITIES = [
    ("Anti-Narcotics Directorate", "ORG", org("Anti-Narcotics Directorate")),
    ("3,000,000", "QUANTITY", {**mass(3_000_000, 0, "pill"), "kind": "count", "kg": None}),
    ("41 million", "QUANTITY", {**mass(41_000_000, 0, "pill"), "kind": "count", "kg": None}),
    ("Captagon", "SUBSTANCE", CAPTAGON),
    ("Silent Harbour", "OPERATION", operation("Silent Harbour")),
    ("10 March 2025", "DATE", day("2025-03-10")),
    ("2025", "DATE", {"start": "2025-01-01", "end": "2025-12-31", "precision": "year",
                      "year_inferred": False, "kind": "absolute"}),
]


@pytest.mark.parametrize("naming", ["The operation, code-named", "The raid, dubbed",
                                    "In the operation, called"])
def test_the_lead_event_takes_the_name_given_after_it(nlp, rules, naming: str) -> None:
    events = assemble_events(build_doc(nlp, _text(naming), ENTITIES), rules)
    named = [e for e in events if e["name"] == "Silent Harbour"]
    assert len(named) == 1
    assert named[0]["id"] == events[0]["id"]
    # one day, one interdiction: the year's total beside it is no episode of it
    assert (named[0]["type"], named[0]["start_date"]) == ("seizure", "2025-03-10")
    assert [s["value"] for s in named[0]["seizures"]] == [3_000_000]
    assert all(e["name"] or e["type"] == "other" for e in events)  # no unnamed lead event


@pytest.mark.parametrize(("written", "name"), [
    ("Operation Rausim Drak", "Rausim Drak"),
    ('OPERATION "DOZA"', "DOZA"),
    ("Exercise Cobra Gold", "Cobra Gold"),
    ("Channel – Trap", "Channel-Trap"),
    ("Mak-2025", "Mak-2025"),
])
def test_an_event_noun_heading_a_name_is_no_part_of_it(written: str, name: str) -> None:
    # the guide writes "Rausim Drak" for "Operation Rausim Drak": a page header naming the
    # operation without its noun is the same event
    assert normalize_name(written) == name
