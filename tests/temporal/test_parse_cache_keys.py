"""The parser's cache of readings by matched text: its key holds every reading of the words
around a match that the form's handler makes, so a date read in one text never carries to the
same words read in another (a text's dates do not depend on the texts read before it).
"the quarter" and "the semester" are a period the text named after "in"/"during" or a
superlative's "of" ("the largest haul of the quarter"), and a town's quarter before "of"
("in the quarter of San Isidro"). Every sentence is our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from pressparse.temporal.tagger import DateTagger

REF = date(2025, 7, 4)

# (text, span, is a date)
CASES = [
    ("Customs made 40 seizures from April to June 2025. The largest haul of the quarter "
     "was made on 2 May in Cebu.", "the quarter", True),
    ("On 7 May police searched a house in the quarter of San Isidro and seized 4 kg of "
     "marijuana.", "the quarter", False),
    ("Arrivals by sea fell between January and June 2025. The busiest crossing of the "
     "semester came in March.", "the semester", True),
    ("Students of the semester of nursing at Almaty college joined the anti-drug campaign "
     "on 3 June.", "the semester", False),
]


def _dated(tagger: DateTagger, text: str, span: str) -> bool:
    start = text.index(span)
    return any(s == start and e == start + len(span) for s, e, _ in tagger.tag(text, REF))


@pytest.mark.parametrize(("text", "span", "dated"), CASES)
def test_reading_does_not_carry_to_other_texts(tagger: DateTagger, text: str, span: str,
                                               dated: bool) -> None:
    for other, other_span, _ in CASES:  # the same words read in every other context first
        _dated(tagger, other, other_span)
        assert _dated(tagger, text, span) is dated
