"""Remembered noise-line verdicts: a line judged once gets the same verdict from memory, and
the memory is bounded."""

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


def test_memory_is_forgotten_at_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = compile_rules([])
    monkeypatch.setattr(mask, "MAX_REMEMBERED_LINES", 3)
    for number in range(7):
        is_noise_line(f"Line number {number} of a release.", rules)
    assert 0 < len(rules.verdicts) <= 3
