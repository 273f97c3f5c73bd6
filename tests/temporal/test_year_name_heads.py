"""A year inside a name whose lower-case head follows it (session 28): "the Portugal 2030
programme", "the We the UAE 2031 vision", "the Expo Quinua Real 2028 fair" name a programme,
a vision or a fair, no date (newswire18 and newswire20, three agencies). Our own names; a
sentence's capitalized first word or a preposition before the year makes no name.
"""

from __future__ import annotations

import pytest
from date_paths import assert_absent_on_every_path, assert_value_on_every_path, span
from spacy.language import Language

from pressparse.temporal.tagger import DateTagger

REFERENCE = "2027-06-01"

NAMES: list[tuple[str, str]] = [
    ("Funds from the Chile 2035 programme will pay for the new reservoir.", "2035"),
    ("The port is a flagship of the Oman 2040 vision, the minister said.", "2040"),
    ("Growers showed their crops at the Feria Cafe Huila 2027 fair in Neiva.", "2027"),
    ("The Gulf Cup 2028 tournament will open in Kuwait City.", "2028"),
]
DATES: list[tuple[str, str, dict[str, str]]] = [
    ("In 2026 programme spending rose by a fifth.", "2026", span("2026-01-01", "2026-12-31")),
    ("Until 2029 programme funds stay frozen, the ministry said.", "2029",
     span("2029-01-01", "2029-12-31")),
    ("The Oman 2040 vision sets targets for 2040 too.", "2040", span("2040-01-01", "2040-12-31")),
]


@pytest.mark.parametrize(("text", "year"), NAMES, ids=[row[1] for row in NAMES])
def test_year_of_a_name_is_no_date(tagger: DateTagger, nlp: Language, text: str,
                                   year: str) -> None:
    assert_absent_on_every_path(tagger, nlp, REFERENCE, text, year)


@pytest.mark.parametrize(("text", "year", "expected"), DATES,
                         ids=[f"date{i}" for i in range(len(DATES))])
def test_year_before_a_noun_stays(tagger: DateTagger, nlp: Language, text: str, year: str,
                                  expected: dict[str, str]) -> None:
    assert_value_on_every_path(tagger, nlp, REFERENCE, text, year, expected)
