"""The fast forms of the scanner's patterns find exactly what their plain forms find.

Each pattern was rewritten so that ``re`` can skip to candidate characters in C (a literal
or digit first, lookbehinds after it, several words in one call); the plain forms below
are the ones they replaced, kept here as the specification.
"""

from __future__ import annotations

import re

import pytest

from pressparse.measure.numbers import SeparatorStyle
from pressparse.measure.patterns import SPACE

PLAIN_DIGITS = re.compile(
    r"\d{1,3}(?P<sep>[,.'’\u00a0\u202f ])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?")
PLAIN_COMMA_DECIMAL = re.compile(r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])")
PLAIN_POUNDS = re.compile(
    r"\d\s*(?:pounds?|lbs?\.?)\s+of\b|\blbs?\b|\bshort\s+tons?\b|\bu\.?s\.?\s+tons?\b")

TEXTS = [
    "Police seized 1,234,567 tablets, 3.5 kg of heroin and 10 000 litres of precursors.",
    "Am 12.05.2019 wurden 1.234.5678 Euro und 3,5 kg Kokain sichergestellt (Tel. 030 123).",
    "Hotline +7 (727) 123-45-67; version 1.2.3; 24/7; the 1990s; COVID19 cases rose 12,5%.",
    "Customs found 2'500 cartons, 1’500 packs and 1\u00a0500,25 kg; 100,00,000 rupees.",
    "Officers weighed 150 lbs of cannabis, about 3 short tons, and 2 U.S. tons of khat.",
    "The isometric tons of data, a pound of flesh, 12 pounds of hashish, plumbs and lbs.",
    "Someone said one hundred and twenty-five tonnes, then a ton and a half, then ten.",
    "Fifty-five 'Ice' packets, “twenty” boxes and half a kilogram went missing; 5,12,3.",
    "one ton at the start; x1,5 and 1,50 and ,12,5 and 7,25, and 1,5.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_number_anchors_are_the_plain_pattern_matches(scanner, text: str) -> None:
    fast = [match.span() for match in scanner.pats.digits.finditer(text)]
    assert fast == [match.span() for match in PLAIN_DIGITS.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_word_anchors_are_the_lookbehind_trie_hits(scanner, text: str) -> None:
    low = text.lower()
    word = scanner.pats.word_anchor_start_low.pattern
    plain = re.compile(f"(?<![a-z]){word}")
    expected = [(hit.start(), hit.group()) for hit in plain.finditer(low)]
    assert scanner._word_anchors(low) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_separator_and_imperial_evidence_match_the_plain_patterns(scanner, text: str) -> None:
    assert SeparatorStyle(text).comma_decimal == (
        not SeparatorStyle(text).comma_groups and bool(PLAIN_COMMA_DECIMAL.search(text)))
    low = text.lower()
    fast = any(pattern.search(low) for pattern in scanner.pats.pounds_mass_low)
    assert fast == bool(PLAIN_POUNDS.search(low))


@pytest.mark.parametrize(("text", "words"), [
    (" drug crimes were uncovered", ["drug", "crimes", "were", "uncovered"]),
    (" 'Ice' tablets of the \"Captagon\" brand", ["Ice", "tablets", "of", "the"]),
    (" rounds of ammunition.", ["rounds", "of", "ammunition"]),
    ("\u00a0law-enforcement officers' cars", ["law-enforcement", "officers", "cars"]),
    (" kg", ["kg"]),
    (", and more", []),
    (" x", ["x"]),
])
def test_phrase_words_read_in_one_call_as_word_by_word(scanner, text: str,
                                                       words: list[str]) -> None:
    one_call = scanner.pats.phrase_words.match(text, 0)
    fast = [] if one_call is None else [
        text[one_call.start(g):one_call.end(g)] for g in range(1, 5) if one_call.start(g) >= 0]
    step_by_step: list[str] = []
    cursor = 0
    while len(step_by_step) < 4:
        match = scanner.pats.phrase_word.match(text, cursor)
        if match is None:
            break
        step_by_step.append(match.group("w"))
        cursor = match.end()
    assert fast == step_by_step == words
    assert SPACE in scanner.pats.phrase_words.pattern
