"""A reporting verb right before a day ("said on Monday") and a stretch's preposition ("in
the past year") are searched for only from the last words before the date
(``last_words_start``): the verdict is the one of searching the whole text before it, also
after long blank runs and line breaks. Every sentence here is our own wording."""

from __future__ import annotations

import pytest

from pressparse.pipeline import model_path
from pressparse.temporal.phrase_end import ends_with, last_words_start
from pressparse.temporal.tagger import DateTagger, tagger_for


@pytest.fixture(scope="module")
def tagger() -> DateTagger:
    return tagger_for(str(model_path() / "pressparse_dates"))


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The ministry said on ", 2, 13),
    ("The ministry said on ", 1, 18),
    ("said   \n  on \t", 2, 0),
    ("   ", 2, 0),
    ("", 3, 0),
    ("(said on ", 2, 0),
    ("Customs officers in Mombasa reported\u00a0on ", 2, 28),
])
def test_last_words_start(text: str, words: int, expected: int) -> None:
    assert last_words_start(text, len(text), words) == expected


TEXTS = [
    "The Guardia di Finanza said on ",
    "A spokesman for the Royal Malaysia Police told reporters on ",
    "The coast guard said\n\n\n            on ",
    "The coast guard said" + " " * 300 + "on ",
    "Officials unsaid on ",
    "Seizures fell. In ",
    "Seizures fell.\nDuring\n\n\t",
    "The prosecutor's office in Tbilisi announced the verdict on ",
    "No verb is written here at all ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_bounded_search_gives_the_whole_search_verdict(tagger: DateTagger, text: str) -> None:
    cues = tagger.cues
    for regex, words in ((cues.said_before, cues.said_words),
                         (cues.stretch_before, cues.stretch_words)):
        if regex is None:
            continue
        for end in range(len(text) + 1):
            whole = regex.search(text, 0, end) is not None
            assert ends_with(regex, words, text, end) is whole, (text[:end], regex.pattern[:60])
