"""An item of a multi-item page dated under its own title with a written year ("December 29,
2025 | Regional office") takes its year-less dates from that day, not from the page's later
publication date; a date line without a year, or one after the publication date, changes
nothing. Every text is our own wording."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from date_paths import assert_value_on_every_path
from spacy.language import Language

from pressparse.components.dates import NEIGHBOUR_REFERENCE_KEY
from pressparse.extensions import TEXT_KEY
from pressparse.temporal.tagger import DateTagger

PUBLISHED = "2026-02-09"

# (text, span, expected start, expected end)
CASES: list[tuple[str, str, str, str]] = [
    ("Year-end: regional police seized 2 tonnes of drugs in 2025\n"
     "December 29, 2025 | Regional office | 3,902 views\n\n"
     "Operations from January 1 to December 27 led to 7,200 arrests, the office said.",
     "January 1 to December 27", "2025-01-01", "2025-12-27"),
    ("Weekly report of the border guard\n12 Nov 2025 · Press office\n\n"
     "On 3 November officers stopped a truck carrying 40 kg of hashish.",
     "3 November", "2025-11-03", "2025-11-03"),
    ("Customs sum up the autumn\nPublished: 30.11.2025\n\n"
     "In October, officers seized 12 kg of cocaine at the port.",
     "October", "2025-10-01", "2025-10-31"),
    # the date line has no year: the publication date tells the year
    ("Police raid a farm\nJanuary 30 | Press office\n\n"
     "On 28 January officers found 300 cannabis plants.",
     "28 January", "2026-01-28", "2026-01-28"),
    # the date line is the publication day itself: nothing changes
    ("Police raid a farm\nFebruary 9, 2026 | Press office\n\n"
     "On 28 December officers found 300 cannabis plants.",
     "28 December", "2025-12-28", "2025-12-28"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[1] for c in CASES])
def test_item_date_line_gives_the_year(tagger: DateTagger, nlp: Language,
                                       case: tuple[str, str, str, str]) -> None:
    text, span, start, end = case
    expected: dict[str, Any] = {"start": start, "end": end}
    assert_value_on_every_path(tagger, nlp, PUBLISHED, text, span, expected)


# An item of a dump that writes no year takes a neighbouring item's latest written date as its
# reference (the driver's second run, ``neighbour``): its own date lines still govern it, a
# line with no year in the year that puts its day nearest that date (a channel's posts follow
# each other), whatever the line's form ("[09 Oct, 11:47]", "14 Jan | 09:12").
# (neighbour's date, text, span, expected start)
NEIGHBOUR_CASES: list[tuple[str, str, str, str]] = [
    ("2026-09-30", "[09 Oct, 11:47]\nAltai customs: hashish in the spare wheels\nThe find "
     "was made yesterday at the checkpoint.", "yesterday", "2026-10-08"),
    ("2025-12-31", "14 Jan | 09:12\nOfficers detained a courier with 2 kg of heroin on "
     "Monday.", "Monday", "2026-01-12"),
    ("2026-03-02", "(28 Feb 18:40)\nThe patrol stopped a van today near the port.", "today",
     "2026-02-28"),
    # no date line: the neighbour's date stands in for the publication date, as before
    ("2026-09-30", "Officers detained a courier with 2 kg of heroin on Monday.", "Monday",
     "2026-09-28"),
]


@pytest.mark.parametrize("case", NEIGHBOUR_CASES, ids=[c[2] for c in NEIGHBOUR_CASES])
def test_own_date_line_governs_an_item_dated_by_a_neighbour(
        tagger: DateTagger, nlp: Language, case: tuple[str, str, str, str]) -> None:
    reference, text, span, start = case
    day = date.fromisoformat(reference)
    found = {text[s:e]: v for s, e, v in tagger.resolve(
        tagger.find(text), day, lambda _s, _e: (0, text), neighbour=True)}
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    doc.user_data[NEIGHBOUR_REFERENCE_KEY] = True
    doc._.reference_date = day
    by_component = {ent.text: ent._.normalized for ent in nlp(doc).ents}
    for values in (found, by_component):
        assert values[span]["start"] == values[span]["end"] == start, values
