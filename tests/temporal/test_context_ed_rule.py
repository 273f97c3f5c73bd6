"""The -ed rule of past wording (temporal/context.py, clause_words.jsonl ed_past_eed,
ed_not_past, ed_not_past_after): an -ed word is past wording, but not one in "-eed" unless
listed, nor "hundred", nor one right after an article, a modal, "to" or "be"."""

from __future__ import annotations

import re

import pytest

from pressparse.pipeline import model_path
from pressparse.temporal.context import FutureWording
from pressparse.temporal.lexicon import load_lexicon

ROLES = load_lexicon(model_path() / "pressparse_dates").clause_words


@pytest.mark.parametrize(("text", "past"), [
    ("the ministers approved the plan", True),
    ("the two sides agreed on a timetable", True),  # ed_past_eed
    ("the court decreed a curfew", True),
    ("the council needs more funds", False),
    ("they will succeed in the end", False),  # "-eed", not listed
    ("some five hundred officers", False),  # ed_not_past
    ("a reconvened session", False),  # ed_not_past_after: an article
    ("the meeting is scheduled for May", False),  # "is": a present passive
    ("they will need help", False),
])
def test_ed_words_are_past_wording(text: str, past: bool) -> None:
    regex: re.Pattern[str] = FutureWording._past_regex(None, None, ROLES)
    assert (regex.search(text) is not None) is past
