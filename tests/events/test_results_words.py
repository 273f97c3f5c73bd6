"""The result rules' word lists are data: the patterns built from them match what they say."""

from __future__ import annotations

import re

import pytest

from pressparse.events.counts import count_patterns, count_words
from pressparse.events.results import moved_amount_before
from pressparse.events.roles import UNIT_LINK_WORDS
from pressparse.events.seizures import seizure_patterns

UNIT_LINK = re.compile(rf"\s*{UNIT_LINK_WORDS}\b", re.IGNORECASE)


@pytest.mark.parametrize(("text", "links"), [
    (" through its National Narcotics Unit", True),
    (" acting via its regional directorate", True),
    (" represented by the Coast Guard Police", True),
    (" Represented By the navy", True),
    (" together with the navy", False),
    (" through the port of Durban", False),
])
def test_unit_link_words(text: str, links: bool) -> None:
    assert bool(UNIT_LINK.match(text)) is links


@pytest.mark.parametrize(("before", "moved"), [
    ("the network had imported upwards of ", True),
    ("he had earlier transported about ", True),
    ("who allegedly sold ", True),
    ("Among the items burnt were about ", True),
    ("could be used to make about ", True),
    ("officers seized ", False),
    ("the smugglers imported ", False),  # no earlier deed: the seizure's own load
])
def test_moved_amount_words(before: str, moved: bool) -> None:
    assert bool(moved_amount_before().search(before)) is moved


@pytest.mark.parametrize(("kind", "word", "member"), [
    ("own_kind", "crimes", True),
    ("own_kind", "weapons", False),
    ("people", "arrests", True),
    ("people", "countries", False),
])
def test_count_word_kinds(kind: str, word: str, member: bool) -> None:
    assert (word in count_words(kind)) is member


def test_count_and_seizure_patterns() -> None:
    patterns = count_patterns()
    assert patterns.whole_of.fullmatch(" of the ")
    assert patterns.next_clause.search(" and arrested 4 men").start() == 0
    assert patterns.foreign.match("Foreign nationals")
    seizure = seizure_patterns()
    assert seizure.anaphoric_drug.match(" of the drug in three containers")
    assert seizure.other_goods_after.match(" of various other chemicals")
    assert seizure.place_after.match(" in the ports of Le Havre").group().endswith("of ")
