"""User pattern files: regexes that could backtrack catastrophically are refused on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressparse.data import DataFileError, read_jsonl
from pressparse.io.mask import NoisePattern
from pressparse.regex_safety import UnsafePatternError, check_pattern


@pytest.mark.parametrize("pattern", [
    r"(a+)+$",
    r"(\w+\s*)*x",
    r"(?:Go back|Read more)(?:\s+|\W+)+$",
    r"(x|y+)*z",
    r"((ab)*c)*d",
    r"(?=(a+)+)b",
    r"(",
])
def test_unsafe_or_invalid_patterns_are_refused(pattern: str) -> None:
    with pytest.raises(UnsafePatternError):
        check_pattern(pattern)


@pytest.mark.parametrize("pattern", [
    r"IMG-\d{8}-WA\d{4}(?:_resized)?\.jpe?g",
    r"(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+",
    r"Views?: ?\d+",
    r"a++b",
    r"(?>a+)+b",
    r"(?:\d{1,3},){1,5}\d{3}",
])
def test_safe_patterns_pass(pattern: str) -> None:
    assert check_pattern(pattern) == pattern


def test_a_user_noise_file_with_a_catastrophic_regex_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "noise.jsonl"
    path.write_text(
        '# my noise rules\n'
        '{"id": "share", "kind": "line", "pattern": "Share"}\n'
        '{"id": "bad", "kind": "inline", "pattern": "(a+)+$"}\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"noise\.jsonl:3: .*nested unbounded repetition"):
        read_jsonl(path, NoisePattern)
