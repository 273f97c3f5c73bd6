import re

import pytest

from pressparse.word_alternation import NEVER, escaped_alternation, longest_first


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
