"""A lone weekday ending a long past-tense clause (session 28): its verb may stand more than
60 characters back ("Officials found 340 kilograms of hashish hidden in a truck ... at the
border crossing on Friday"), and the weekday is the last one, not the nearer coming one.
Our own sentences (holdout28's search-results teaser showed the class; the same shape runs
through agency copy of every region).
"""

from __future__ import annotations

import pytest
from date_paths import assert_value_on_every_path, span
from spacy.language import Language

from pressparse.temporal.tagger import DateTagger

REFERENCE = "2026-05-14"  # a Thursday

CASES: list[tuple[str, str, dict[str, str]]] = [
    ("Officers of the port authority seized 2,400 cartons of undeclared cigarettes hidden "
     "in a refrigerated container at the southern terminal on Friday.", "Friday",
     span("2026-05-08", "2026-05-08")),
    ("Coast guards intercepted a fishing boat carrying 312 kilograms of cocaine packed in "
     "fuel drums some 40 nautical miles off the coast on Friday.", "Friday",
     span("2026-05-08", "2026-05-08")),
    # future wording still wins, near or far
    ("The three men arrested with 312 kilograms of cocaine packed in fuel drums off the "
     "coast will appear before the magistrate on Friday.", "Friday",
     span("2026-05-15", "2026-05-15")),
]


@pytest.mark.parametrize(("text", "expression", "expected"), CASES,
                         ids=[f"case{i}" for i in range(len(CASES))])
def test_weekday_of_a_long_clause(tagger: DateTagger, nlp: Language, text: str,
                                  expression: str, expected: dict[str, str]) -> None:
    assert_value_on_every_path(tagger, nlp, REFERENCE, text, expression, expected)
