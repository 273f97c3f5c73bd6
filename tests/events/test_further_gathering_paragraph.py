"""A gathering of another kind told beside the item's meeting ("On the eve of the meeting,
the ministers watched a joint tactical and special exercise") is an event of its own, even
with several describing words after its "a"; the rest of its paragraph (who took part, the
servicemen and equipment involved) is the gathering's, up to a sentence telling another
gathering ("The next meeting will be held in Harbin in June")."""

from __future__ import annotations

import pytest

import pressparse

MEETING = ("Interior ministers meet in Bishkek\n\n"
           "The regular meeting of the Council of Interior Ministers was held in Bishkek on "
           "19 September 2025. The ministers discussed synthetic drugs.\n\n")

# (paragraph after the meeting's lead, expected (type, start_date, counts) of the events)
CASES: list[tuple[str, list[tuple[str, str | None, list[tuple[float, str]]]]]] = [
    # interior ministry: the exercise the ministers watched the day before, with its figures
    ("On the eve of the meeting, on 18 September, the ministers watched a joint tactical and "
     "special exercise of police units at the Koi-Tash training ground. About 350 servicemen "
     "and 30 units of equipment were involved.",
     [("meeting", "2025-09-19", []),
      ("exercise", "2025-09-18", [(350, "personnel"), (30, "equipment")])]),
    # customs: an exercise in August, then the next meeting of another kind
    ("In August, customs officers of the two countries held a joint exercise on the "
     "detection of drugs at the border checkpoints. The next meeting of the working group "
     "will be held in Harbin in June 2026.",
     [("meeting", "2025-09-19", []), ("exercise", "2025-08-01", []),
      ("meeting", "2026-06-01", [])]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_gathering_beside_the_meeting(
        paragraph: str, expected: list[tuple[str, str | None, list[tuple[float, str]]]]) -> None:
    doc = pressparse.extract(MEETING + paragraph, id="t", published="2025-09-20")
    found = [(e.type, e.start_date, [(c.value, c.category) for c in e.counts])
             for item in doc.items for e in item.events]
    assert found == expected
