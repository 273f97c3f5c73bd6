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
    _required_words,
    _scanning_words,
    _top_level_branches,
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
    # a run of letters ends before a cased letter beyond ASCII: "strona g" is in the text
    (r"[^\n]{0,80}\b(?:strona główna|home page)", ("home page", "strona g")),
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


@pytest.mark.parametrize(("pattern", "words"), [
    (r"[^\n]{0,80}[>»›]", (">", "»", "›")),  # a small set of characters without case
    (r"(?:главная|home)\s?[>»›][^\n]{0,300}", (">", "»", "›")),  # (not "главная")
    (r"[^\n]{0,80}[a-z]", ()),  # a range is no set of texts
])
def test_required_words_of_character_sets(pattern: str, words: tuple[str, ...]) -> None:
    assert _required_words(sre_parse.parse(pattern), min_chars=1) == words


@pytest.mark.parametrize(("pattern", "branches"), [
    (r"go back|back(?:wards|$)|[|]x|\|y", ["go back", "back(?:wards|$)", "[|]x", r"\|y"]),
    (r"[]|]x|y", ["[]|]x", "y"]),  # a "]" first in a set is a member
    (r"[^]|(]x|y", ["[^]|(]x", "y"]),
    (r"[\]|]x|y", [r"[\]|]x", "y"]),  # an escaped "]" does not close the set
    (r"(?:a|b)c", []),  # one branch at the top
    (r"(?i)a|b", []),  # a global flag belongs to every branch
    (r"(a)x|\1y", []),  # a reference to a group of another branch
    (r"(?P<n>a)|(?P=n)", []),
    (r"(?#a|b)x|y", []),  # a comment may hold anything
    ("(?x: a # (b\n)|y", []),  # so may a verbose group's
    (r"(a)(?(1)b|c)|d", []),  # a test of a group
])
def test_top_level_branches(pattern: str, branches: list[str]) -> None:
    assert _top_level_branches(pattern) == branches


def test_every_line_record_splits_into_branches_that_compile() -> None:
    records = read_jsonl(data_dir() / NOISE_FILE, NoisePattern)
    for record in records:
        if record.kind in LINE_KINDS:
            branches = _top_level_branches(record.pattern)
            assert not branches or "|".join(branches) == record.pattern
            for branch in branches:
                re.compile(branch)
