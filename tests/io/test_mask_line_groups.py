"""The whole-line rules grouped by the longest line each fills (LineRules): a line is tried
only against the groups that can fill it, and the verdict is the one of trying every rule
alone."""

from __future__ import annotations

import re

import pytest

from pressparse.data import read_jsonl
from pressparse.io.mask import NOISE_FILE, NoisePattern, data_dir, load_rules

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
