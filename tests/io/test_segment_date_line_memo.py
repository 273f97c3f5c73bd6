"""Remembered date-line verdicts: a line asked again gets the verdict of the first asking."""

from __future__ import annotations

import pytest

from pressparse.io.segment_rules import is_date_line, load_segment_rules


@pytest.mark.parametrize(("line", "date_line"), [
    ("12 March 2024", True),
    ("— 12.05.2026 —", True),  # between the same dashes
    ("Police seized 40 kg on 12 March 2024.", False),
])
def test_remembered_verdict_equals_the_first(line: str, date_line: bool) -> None:
    rules = load_segment_rules()
    assert is_date_line(line, rules) is date_line
    assert line in rules.date_lines
    assert is_date_line(line, rules) is date_line


def test_a_line_without_digits_is_not_remembered() -> None:
    rules = load_segment_rules()
    assert is_date_line("Press release", rules) is False
    assert "Press release" not in rules.date_lines
