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


# (text, published, the meeting's (start_date, end_date)): a period's results summed up at a
# gathering of the body's board "held on" a day of its own (full pipeline)
MEETING_DAY_CASES: list[tuple[str, str, tuple[str, str]]] = [
    ("Customs withdrew 2.1 tons of drugs in 2025\n"
     "The results of the law enforcement work of the customs authorities for 2025 were summed "
     "up at an expanded meeting of the board of the State Customs Service held on January 27 "
     "in Minsk. In 2025 customs officers initiated 512 criminal cases.",
     "2026-01-29", ("2026-01-27", "2026-01-27")),
    ("Border guards sum up the first half of 2025\n"
     "The results of the first half of 2025 were discussed at a meeting of the collegium of "
     "the State Border Service convened on 14 July in Tbilisi.",
     "2025-07-16", ("2025-07-14", "2025-07-14")),
]


@pytest.mark.parametrize(("text", "published", "days"), MEETING_DAY_CASES)
def test_a_board_meeting_held_on_its_day_is_dated_by_it(text: str, published: str,
                                                        days: tuple[str, str]) -> None:
    from pressparse.driver import extract

    events = [e for item in extract(text, published=published).items for e in item.events]
    meeting = next(e for e in events if e.type == "meeting")
    assert (meeting.start_date, meeting.end_date) == days
