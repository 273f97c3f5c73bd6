"""Session 10 fixes, by table: a stretch of months told without a year takes the tense of its
whole sentence, so a report around the turn of the year looks back (holdout11 first score:
a ticker item of "Dec. 30" counting "from January to November"); a day in the same kind of
sentence keeps the tense of its own clause. Every sentence is our own wording.
"""

from __future__ import annotations

from typing import Any

import pytest
from date_paths import assert_value_on_every_path
from spacy.language import Language

from pressparse.temporal.tagger import DateTagger


def _at(timex: str, start: str, end: str | None = None) -> dict[str, Any]:
    """The expected TIMEX3 value and calendar stretch."""
    return {"timex": timex, "start": start, "end": end or start}


# (group, DCT, text, span, expected)
CASES: list[tuple[str, str, str, str, dict[str, Any]]] = [
    # -- a stretch of months near the turn of the year: the sentence's past verb, however far
    ("year turn", "2025-12-30",
     "The customs authority said it recorded 412 drug smuggling attempts at the country's "
     "land, sea and air ports from January to November, fewer than a year before.",
     "January to November", _at("2025-01/2025-11", "2025-01-01", "2025-11-30")),
    ("year turn", "2025-12-29",
     "Port officials logged more than 3,100 container inspections across the eastern "
     "terminals and the free zone between February and November, the bureau said.",
     "February and November", _at("2025-02/2025-11", "2025-02-01", "2025-11-30")),
    ("year turn", "2026-01-03",
     "The coast guard intercepted 57 boats carrying migrants and contraband along the "
     "southern shoreline and outlying islands from March to December, the report said.",
     "March to December", _at("2025-03/2025-12", "2025-03-01", "2025-12-31")),
    ("year turn", "2025-12-31",
     "Inspectors seized some 2.4 tonnes of cannabis resin at border posts, ferry terminals "
     "and the two international airports in January-November, officials said.",
     "January-November", _at("2025-01/2025-11", "2025-01-01", "2025-11-30")),
    # -- future wording in the sentence still takes the coming stretch
    ("year turn", "2025-12-30",
     "The ministry will run the joint checks at ports and land crossings from January to "
     "March.",
     "January to March", _at("2026-01/2026-03", "2026-01-01", "2026-03-31")),
    # -- a day keeps its own clause's tense ("which falls on ...")
    ("own clause", "2026-02-20",
     "The finance ministry said on Tuesday that the government would pay the aid to about "
     "8.6 million households before the holiday, which falls on 20 March.",
     "20 March", _at("2026-03-20", "2026-03-20")),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}: {c[3]}" for c in CASES])
def test_session10_dates(tagger: DateTagger, nlp: Language,
                         case: tuple[str, str, str, str, dict[str, Any]]) -> None:
    _group, reference, text, span, expected = case
    assert_value_on_every_path(tagger, nlp, reference, text, span, expected)
