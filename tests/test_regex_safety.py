"""User pattern files: regexes that could backtrack catastrophically are refused on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressparse import regex_cache, regex_safety
from pressparse.data import DataFileError, read_jsonl
from pressparse.io.mask import NoisePattern
from pressparse.regex_cache import cached_patterns
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


def test_a_pattern_found_safe_is_not_parsed_again_from_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside a regex-cache window (loading) the cache file lists the patterns that passed:
    a later process does not parse them again; a refused pattern is never listed, and a
    changed pattern is checked anew."""
    if regex_cache.cache_file() is None:
        pytest.skip("no regex cache on this Python")
    monkeypatch.setenv("PRESSPARSE_CACHE_DIR", str(tmp_path))
    safe, unsafe = r"Views?: ?\d+(?: times)?", r"(?:Share\s*)+$|(x+y*)*z"
    with cached_patterns():
        assert check_pattern(safe) == safe
        with pytest.raises(UnsafePatternError):
            check_pattern(unsafe)
    monkeypatch.setattr(regex_cache, "_made", {})  # a later process
    walked: list[str] = []
    real_walk = regex_safety._walk
    monkeypatch.setattr(regex_safety, "_walk",
                        lambda items, **kw: walked.append(kw["pattern"]) or real_walk(items, **kw))
    with cached_patterns():
        assert check_pattern(safe) == safe
        assert walked == []
        with pytest.raises(UnsafePatternError):
            check_pattern(unsafe)
        assert check_pattern(safe + "!") == safe + "!"
    assert list(dict.fromkeys(walked)) == [unsafe, safe + "!"]  # (_walk recurses)
    assert check_pattern(safe) == safe  # outside a window: always checked
    assert walked[-1] == safe


def test_every_shipped_pattern_passes_the_check() -> None:
    """The bundled pattern files pass :func:`check_pattern` itself (no cache window open):
    the guarantee the start-up's cache relies on."""
    from pressparse.io import mask, segment_rules

    records = read_jsonl(mask.data_dir() / mask.NOISE_FILE, NoisePattern)
    cues = read_jsonl(mask.data_dir() / segment_rules.CUES_FILE, segment_rules.SegmentCue)
    patterns = [r.pattern for r in records] + [r.guard for r in records if r.guard] + \
        [cue.pattern for cue in cues]
    assert len(patterns) > 300
    assert all(check_pattern(pattern) == pattern for pattern in patterns)
