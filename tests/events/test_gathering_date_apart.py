"""A gathering's own date ("a meeting of the board of the Drug Service held last week") is
not the date of the operation it discussed; the operation keeps the period it ran."""

from __future__ import annotations

import pytest
from event_docs import build_doc, date_range, operation, org

from pressparse.events import assemble_events

LAST_WEEK = {"start": "2013-09-30", "end": "2013-10-06", "precision": "week",
             "year_inferred": False, "kind": "relative"}


@pytest.mark.parametrize("held", ["held", "convened"])
def test_meeting_date_after_held_stays_with_the_meeting(nlp, rules, held: str) -> None:
    text = ("The results of the operation \"Border-2013\" were summed up\n\n"
            f"At an enlarged meeting of the board of the Drug Service {held} last week in the "
            "capital, the results of the operation \"Border-2013\" were discussed. The "
            "operation was conducted from 1 July to 30 September 2013 along the border.")
    entities = [
        ("Border-2013", "OPERATION", operation("Border-2013")),
        ("Drug Service", "ORG", org("Drug Service")),
        ("last week", "DATE", LAST_WEEK),
        ("from 1 July to 30 September 2013", "DATE", date_range("2013-07-01", "2013-09-30")),
    ]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    named = next(e for e in events if e["name"] == "Border-2013")
    assert (named["start_date"], named["end_date"]) == ("2013-07-01", "2013-09-30")
