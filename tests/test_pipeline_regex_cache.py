"""The loading-time regex code cache gives the patterns ``re`` gives, from a cold and a warm
file, and falls back to plain compiling on anything unusable."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from pressparse import regex_cache
from pressparse.regex_cache import cached_regexes

PATTERNS = [  # (pattern, flags, a text, what a search of it finds)
    (r"(?<![\w])(?:police|border guard|customs)(?![^\W\d_])", re.IGNORECASE,
     "Border Guard officers", "Border Guard"),
    (r"(?P<day>\d{1,2})\s+(?P<month>May|June)\s+(?P<year>20\d\d)", 0,
     "on 3 May 2024 in Almaty", "3 May 2024"),
    (r"^[ \t]*(?:Go back|Share this)[ \t]*$", re.MULTILINE, "Text\nGo back\n", "Go back"),
    (r"\b(\d+(?:[.,]\d+)?)\s*(?:kg|tons?|tonnes?)\b", 0, "seized 1.2 tons of", "1.2 tons"),
    (r"[^\W\d_]+-[^\W\d_]+", 0, "the Leuşeni-Albiţa crossing", "Leuşeni-Albiţa"),
    (r"(?i:almaty)|ASTANA", 0, "in ALMATY", "ALMATY"),
    (rb"\x00+end", 0, b"a\x00\x00end", b"\x00\x00end"),
]


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRESSPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_store", None)  # a new process's state
    return tmp_path


def _compile_all() -> list[re.Pattern]:
    re.purge()  # (re's own cache would answer without reaching the regex cache)
    with cached_regexes():
        return [re.compile(pattern, flags) for pattern, flags, _text, _found in PATTERNS]


@pytest.mark.parametrize("warm", [False, True])
def test_cached_patterns_equal_what_re_compiles(cache_dir: Path, warm: bool) -> None:
    if warm:
        _compile_all()
        regex_cache._store = None  # the next process reads the file the first wrote
        assert list(cache_dir.glob("regex-*.marshal"))
    compiled = _compile_all()
    for got, (pattern, flags, text, found) in zip(compiled, PATTERNS, strict=True):
        re.purge()
        expected = re.compile(pattern, flags)
        assert got == expected  # same pattern, flags and code
        assert got.groupindex == expected.groupindex and got.groups == expected.groups
        assert got.search(text).group(0) == found


@pytest.mark.parametrize("content", [
    b"",                                            # empty
    b"\x00not marshal",                             # not marshal data
    marshal.dumps((1, "another-python", {})),       # another Python's file
    marshal.dumps([1, 2, 3]),                       # another shape
])
def test_an_unusable_file_means_plain_compiling(cache_dir: Path, content: bytes) -> None:
    path = regex_cache.cache_path()
    assert path is not None
    path.write_bytes(content)
    for got, (_pattern, _flags, text, found) in zip(_compile_all(), PATTERNS, strict=True):
        assert got.search(text).group(0) == found


def test_a_damaged_entry_is_compiled_afresh(cache_dir: Path) -> None:
    pattern, flags, text, found = PATTERNS[1]
    path = regex_cache.cache_path()
    assert path is not None
    bad = {(False, pattern, flags): (0, [1, 2, 3], 0, {}, ())}
    path.write_bytes(marshal.dumps((regex_cache._FORMAT, regex_cache._tag(), bad)))
    re.purge()
    with cached_regexes():
        got = re.compile(pattern, flags)
    assert got.search(text).group(0) == found


def test_caching_off_writes_nothing_and_restores_re(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSPARSE_CACHE_DIR", "off")
    monkeypatch.setattr(regex_cache, "_store", None)
    original = re._compiler.compile  # type: ignore[attr-defined]
    for got, (_pattern, _flags, text, found) in zip(_compile_all(), PATTERNS, strict=True):
        assert got.search(text).group(0) == found
    assert re._compiler.compile is original  # type: ignore[attr-defined]
    assert not list(tmp_path.iterdir())
