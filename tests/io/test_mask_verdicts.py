"""Remembered noise-line verdicts: a line judged once gets the same verdict from memory, and
the memory is bounded (the least recently used line forgotten first)."""

from __future__ import annotations

import pytest

from pressparse.io import mask
from pressparse.io.mask import compile_rules, is_noise_line, load_rules

LINES = [
    ("Share | Print | Email", True),
    ("Go back", True),
    ("Home > News > Press releases", True),
    ("Officers of the Border Service seized 40 kg of hashish near the crossing.", False),
    ("The Interior Ministry said 12 suspects were detained.", False),
    ("", False),
]


@pytest.mark.parametrize(("line", "noise"), LINES)
def test_remembered_verdict_equals_the_first(line: str, noise: bool) -> None:
    rules = load_rules()
    first = is_noise_line(line, rules)
    assert line in rules.verdicts
    assert is_noise_line(line, rules) is first
    assert first is noise


def test_memory_forgets_the_least_recently_used_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mask, "MAX_REMEMBERED_LINES", 3)
    rules = compile_rules([])
    menu = "Home | About Us | Newsroom | Contact"  # a site's menu, on every page of a dump
    for number in range(7):
        is_noise_line(menu, rules)
        is_noise_line(f"Line number {number} of a release.", rules)
    assert len(rules.verdicts) == 3
    assert menu in rules.verdicts
    assert "Line number 6 of a release." in rules.verdicts
    assert "Line number 0 of a release." not in rules.verdicts
