"""A weekday qualified by "early"/"late" (the qualifier in the span, as a TIMEX3 extent keeps
its modifier: mod START/END; the value is the day), and future cues that are nouns after an
article ("the start of the year"). Our own wording.

DCT: Sunday 29 November 2026 unless a row gives another.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from pressparse.temporal.tagger import DateTagger

DCT = date(2026, 11, 29)

# (text, span, TIMEX3 value, mod, start, end)
CASES: list[tuple[Any, ...]] = [
    # -- a weekday with "early" or "late": the day, the qualifier in the span ---------------
    ("The ferry capsized early Thursday off the northern coast.", "early Thursday",
     "2026-11-26", "START", "2026-11-26", "2026-11-26"),
    ("Negotiators reached a deal late Friday evening.", "late Friday evening",
     "2026-11-27TEV", "END", "2026-11-27", "2026-11-27"),
    ("Late Sunday, the carrier grounded its regional fleet.", "Late Sunday", "2026-11-29",
     "END", "2026-11-29", "2026-11-29"),
    # a written date after the weekday keeps its own span
    ("The convoy left early Friday, November 20, under escort.", "Friday, November 20",
     "2026-11-20", None, "2026-11-20", "2026-11-20"),
]


def _found(results: list[tuple[int, int, dict[str, Any]]], text: str) -> dict[str, Any]:
    return {text[s:e]: v for s, e, v in results}


@pytest.mark.parametrize("case", CASES, ids=[c[1] for c in CASES])
def test_qualified_weekday(tagger: DateTagger, case: tuple[Any, ...]) -> None:
    text, span, timex, mod, start, end = case
    found = _found(tagger.tag(text, DCT), text)
    assert span in found, f"{span!r} not found in {text!r}; found {list(found)}"
    value = found[span]
    assert (value["timex"], value.get("mod"), value["start"], value["end"]) == \
        (timex, mod, start, end), value


# A future cue that is also a noun is none after an article: "since the start of the year"
# leaves a yearless month in the sentence in the past (DCT 4 March 2025).
CUE_DCT = date(2025, 3, 4)
NOUN_CUES: list[tuple[str, str, str, str]] = [
    ("Copper has gained 9% since the start of the year and is up from its low in mid-January.",
     "mid-January", "2025-01-11", "2025-01-20"),
    ("Shares fell after the open and ended below their level of February.", "February",
     "2025-02-01", "2025-02-28"),
    # "the next day" after a past event is an anaphoric day, not future wording
    ("Customs officers stopped the van. The next day, 2 March, its owner was arrested.",
     "2 March", "2025-03-02", "2025-03-02"),
    ("The delegates agreed to hold the next round in September.", "September", "2025-09-01",
     "2025-09-30"),
    # the verb still looks ahead
    ("The harvest will start in October.", "October", "2025-10-01", "2025-10-31"),
    ("Repairs to the bridge begin in June.", "June", "2025-06-01", "2025-06-30"),
]


@pytest.mark.parametrize(("text", "span", "start", "end"), NOUN_CUES,
                         ids=[c[1] for c in NOUN_CUES])
def test_noun_cue_is_no_future_wording(tagger: DateTagger, text: str, span: str, start: str,
                                       end: str) -> None:
    found = _found(tagger.tag(text, CUE_DCT), text)
    assert span in found, f"{span!r} not found in {text!r}; found {list(found)}"
    assert (found[span]["start"], found[span]["end"]) == (start, end), found[span]
