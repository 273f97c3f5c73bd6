import re

import pytest

from pressparse.events.results import phrase_alternatives
from pressparse.word_alternation import (
    NEVER,
    escaped_alternation,
    longest_first,
    spaced_alternation,
)


@pytest.mark.parametrize(("words", "expected"), [
    (["Customs", "Customs Service", "Border"], ["Customs Service", "Customs", "Border"]),
    (["bc", "ab", "ab", "a"], ["ab", "bc", "a"]),
    ({"mvd", "fsb", "gknb", "sbu"}, ["gknb", "fsb", "mvd", "sbu"]),
    ([], []),
])
def test_longest_first_is_one_order(words: list[str], expected: list[str]) -> None:
    assert longest_first(words) == expected


@pytest.mark.parametrize(("words", "text", "found"), [
    (["Customs", "Customs Service"], "the Customs Service said", "Customs Service"),
    (["U.S.", "US"], "U.S. officials", "U.S."),
    (["kg", "kg."], "5 kg. of heroin", "kg."),
    (["a+b", "a"], "x a+b y", "a+b"),
])
def test_escaped_alternation_matches_longest(words: list[str], text: str, found: str) -> None:
    match = re.search(escaped_alternation(words), text)
    assert match is not None and match.group() == found


def test_empty_alternation_matches_nothing() -> None:
    assert escaped_alternation([]) == NEVER
    assert re.search(escaped_alternation([]), "anything") is None
    assert escaped_alternation([], empty="") == ""


@pytest.mark.parametrize(("phrases", "text", "found"), [
    (["border group", "border group command"], "the Smorgon border  group command said",
     "border  group command"),
    (["AFP", "Agence France-Presse"], "by Agence France-Presse", "Agence France-Presse"),
    (["district police"], "the district\u00a0police", "district\u00a0police"),
])
def test_spaced_alternation_reads_any_spacing(phrases: list[str], text: str,
                                              found: str) -> None:
    match = re.search(spaced_alternation(phrases), text)
    assert match is not None and match.group() == found


def test_spaced_alternation_of_nothing_is_empty() -> None:
    assert spaced_alternation([]) == ""


def test_spaced_alternation_of_no_phrases_takes_the_given_empty() -> None:
    assert spaced_alternation([]) == ""
    assert spaced_alternation([], empty=NEVER) == NEVER


@pytest.mark.parametrize(("phrases", "text", "found"), [
    # the events' word lists: any whitespace between words, a line break too
    (("were seized", "were"), "12 kg were\nseized", "were\nseized"),
    (("among them", "among"), "five, among  them two", "among  them"),
    ((), "anything", None),
])
def test_phrase_alternatives_read_any_whitespace(phrases: tuple[str, ...], text: str,
                                                 found: str | None) -> None:
    match = re.search(phrase_alternatives(phrases), text)
    assert (match.group() if match else None) == found
