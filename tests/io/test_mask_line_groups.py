"""The whole-line rules grouped by the longest line each fills (LineRules): a line is tried
only against the groups that can fill it, and the verdict is the one of trying every rule
alone."""

from __future__ import annotations

import re

import pytest

from pressparse.data import read_jsonl
from pressparse.io.mask import (
    NOISE_FILE,
    NoisePattern,
    _scanning_words,
    data_dir,
    load_rules,
    sre_parse,
)

LINE_KINDS = ("line", "page_number")

LINES = [
    "Go back",  # a short button
    "Zurück zur Übersicht",
    "Volver al listado",
    "Back to the Ministry of Justice news page",  # a button longer than 30 characters
    "Back to the press releases of the Ministry of the Interior and Safety",
    "Page 3 of 12",
    "Media contact: Lindiwe Dube, spokesperson, +27 12 393 1000, press@example.gov.za",
    "Subscribe to our newsletter",
    "Read more",
    "Officers of the Coast Guard seized 240 kg of cocaine off the coast near Puntarenas.",
    "The National Police of Colombia said 14 suspects were detained in Cartagena and "
    "Barranquilla after a six-month investigation into a trafficking network.",
    "x" * 30, "x" * 31, "Next article: Customs officers find 3 kg of heroin at the airport",
    "",
]


@pytest.fixture(scope="module")
def each_rule_alone() -> list[re.Pattern[str]]:
    records = read_jsonl(data_dir() / NOISE_FILE, NoisePattern)
    return [re.compile(r.pattern, 0 if r.ignore_case is False else re.IGNORECASE)
            for r in records if r.kind in LINE_KINDS]


def test_groups_are_shortest_first() -> None:
    rules = load_rules().line
    assert rules is not None
    longest = [bound for bound, _pattern in rules.plain]
    assert longest == sorted(longest) and len(longest) > 1


@pytest.mark.parametrize("line", LINES)
def test_grouped_rules_judge_as_each_rule_alone(
        line: str, each_rule_alone: list[re.Pattern[str]]) -> None:
    rules = load_rules().line
    assert rules is not None
    alone = any(pattern.fullmatch(line) for pattern in each_rule_alone)
    assert (rules.fullmatch(line) is not None) is alone


@pytest.mark.parametrize(("pattern", "words"), [
    # a scan first: the texts the pattern requires, in lower case
    (r"[^\n]{0,120}?\b(?:Donate now|chip in)\b[^\n]{0,200}", ("chip in", "donate now")),
    (r"[^\n]{0,100}?(?:saved (?:from|as) |[ \t][-|][ \t])(?:google docs|word online)|"
     r"shared with\s?:[^\n]{1,80}", ("google docs", "shared with", "word online")),
    (r"go back|back", ()),  # literal text first: the alternation skips it on one letter
    (r"[^\n]{0,80}:\s?\d{3}", ()),  # a one-letter text only
    (r"[^\n]{0,80}\b(?:закреплено|pinned)", ()),  # a cased letter beyond ASCII
])
def test_scanning_words(pattern: str, words: tuple[str, ...]) -> None:
    assert _scanning_words(sre_parse.parse(pattern)) == words


SCANNED_LINES = [
    "Tico Times is reader-supported. DONATE NOW to help fund independent journalism.",
    "Support independent journalism: donate today",
    "Draft_PR_v2 \u2013 Google Docs",  # a dash beyond ASCII
    "Shared with: PR Wing",
    "\u0130t is reader-funded, so please chip \u0130n",  # dotted capital I
    "\u00a9 2026 Ministry of the Interior. All rights reserved.",
    "\u00abRead the release in English\u00bb",
    "Press kit (PDF, 2.4 MB) \u2014 download",
]


@pytest.mark.parametrize("line", SCANNED_LINES)
def test_worded_and_scanning_rules_judge_as_each_rule_alone(
        line: str, each_rule_alone: list[re.Pattern[str]]) -> None:
    rules = load_rules().line
    assert rules is not None and rules.scanning
    alone = any(pattern.fullmatch(line) for pattern in each_rule_alone)
    assert (rules.fullmatch(line) is not None) is alone
