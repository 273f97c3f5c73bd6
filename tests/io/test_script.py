"""Tests for pressparse.io.script: the one test of a Latin letter."""

from __future__ import annotations

import pytest

from pressparse.io.script import is_latin_letter


@pytest.mark.parametrize(("letter", "latin"), [
    ("a", True), ("Z", True), ("é", True), ("ł", True), ("ș", True), ("ạ", True),
    ("Ａ", True), ("ß", True),
    ("д", False), ("Ж", False), ("ب", False), ("年", False), ("क", False), ("α", False),
])
def test_is_latin_letter(letter: str, latin: bool) -> None:
    assert is_latin_letter(letter) is latin
