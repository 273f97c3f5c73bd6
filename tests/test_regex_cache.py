"""The regex cache: patterns made from stored code behave as ``re`` compiles them, a window
leaves ``re`` as it was, and a bad or missing file only means compiling anew."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pressparse import regex_cache
from pressparse.regex_cache import cache_file, cached_patterns, compile_parts, from_parts

pytestmark = pytest.mark.skipif(regex_cache._sre is None, reason="Python without re._parser")

ROOT = Path(__file__).resolve().parents[1]

# (pattern, flags, text): invented lines of the kinds the pipeline's patterns read
CASES = [
    (r"(?P<qty>\d+(?:[.,]\d+)?)\s*(?P<unit>kg|tonnes?|grammes?)\b", 0,
     "Customs in Tema found 1,25 tonnes of khat and 40 kg of resin."),
    (r"(?i:(?:januar|februar|märz|mai)(?:y)?)\s+\d{4}", 0, "Bericht vom MÄRZ 2027, im Mai 2026"),
    (r"(?<![a-z])(?:coast\s+guard|gendarmerie|border\s+police)(?![a-z])", re.IGNORECASE,
     "The Malagasy GENDARMERIE and the Comoros Coast  Guard met in Moroni."),
    (r"^[ \t]*(?:Notes? to editors|In this issue)[ \t]*:?$", re.MULTILINE,
     "Lede.\n  In this issue:\nNotes to editors\n"),
    (r"(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d\d)(?(d)|x)", 0,
     "Posted 07.11.2026 by the Ministry of Interior of Bhutan"),
    (r"[€£₹₦]\s?\d[\d\u202f ]*", 0, "fines of ₦ 4 500 000 and €12 300"),
]


@pytest.mark.parametrize(("pattern", "flags", "text"), CASES)
def test_a_pattern_from_stored_parts_matches_as_re_compiles_it(
        pattern: str, flags: int, text: str) -> None:
    plain = re.compile(pattern, flags)
    made = from_parts(pattern, compile_parts(pattern, int(flags)))
    assert (made.pattern, made.flags, made.groups, made.groupindex) == \
           (plain.pattern, plain.flags, plain.groups, plain.groupindex)
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.groupdict() for m in made.finditer(text)] == \
           [m.groupdict() for m in plain.finditer(text)]


def a_new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget the patterns this process's windows made, as a new process starts."""
    monkeypatch.setattr(regex_cache, "_made", {})


def test_a_window_serves_str_patterns_and_restores_re(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSPARSE_CACHE_DIR", str(tmp_path))
    plain_compile = re._compile  # type: ignore[attr-defined]
    pattern, flags, text = CASES[0]
    with cached_patterns():
        with cached_patterns():  # windows nest
            assert re._compile is not plain_compile  # type: ignore[attr-defined]
            first = re.compile(pattern, flags)
        assert re.compile(pattern, flags) is first  # one object per pattern in a window
        assert re.compile(rb"\d+").pattern == rb"\d+"  # bytes patterns: re's own way
    assert re._compile is plain_compile  # type: ignore[attr-defined]
    stored = cache_file()
    assert stored is not None and stored.is_file()
    with cached_patterns():  # a later window of this process serves the pattern it made
        assert re.compile(pattern, flags) is first
    a_new_process(monkeypatch)
    with cached_patterns():  # a later process makes the pattern from the stored code
        again = re.compile(pattern, flags)
    assert again is not first and again.findall(text) == first.findall(text)


def test_a_corrupt_or_rejected_file_means_compiling_anew(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSPARSE_CACHE_DIR", str(tmp_path))
    pattern, flags, text = CASES[2]
    with cached_patterns():
        re.compile(pattern, flags)
    path = cache_file()
    assert path is not None
    path.write_bytes(path.read_bytes()[:-7] + b"garbage")  # the checksum no longer holds
    a_new_process(monkeypatch)
    with cached_patterns():
        assert re.compile(pattern, flags).findall(text) == re.findall(pattern, text, flags)
    window = regex_cache._Window(path)
    window.stored = {(pattern, int(flags)): (int(flags), b"\x00\x00\x00\x00", 0, {}, (None,))}
    assert window.compile(pattern, int(flags)).findall(text) == re.findall(pattern, text, flags)


def test_a_later_window_reads_no_file_for_patterns_made_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each ``extract_many`` call opens a window for its warm-up: on a loaded pipeline it
    serves the patterns made before without reading the file (6 MB) again."""
    monkeypatch.setenv("PRESSPARSE_CACHE_DIR", str(tmp_path))
    pattern, flags, text = CASES[3]
    with cached_patterns():
        first = re.compile(pattern, flags)
    reads: list[Path] = []
    real_read = regex_cache.read_checked
    monkeypatch.setattr(regex_cache, "read_checked",
                        lambda path, *rest: reads.append(path) or real_read(path, *rest))
    with cached_patterns():
        assert re.compile(pattern, flags) is first
    assert reads == []
    with cached_patterns():  # a pattern not made before: the file is read for it
        assert re.compile(pattern + "x", flags).findall(text) == []
    assert len(reads) == 1


def test_the_cache_off_leaves_re_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSPARSE_CACHE_DIR", "off")
    plain_compile = re._compile  # type: ignore[attr-defined]
    with cached_patterns():
        assert re._compile is plain_compile  # type: ignore[attr-defined]


def test_a_second_process_extracts_alike_from_the_cache(tmp_path: Path) -> None:
    """The first process writes the cache, the second reads it: the same record."""
    code = ("import sys, pressparse; d = pressparse.extract(sys.argv[1], published='2027-03-02');"
            "print(d.model_dump_json(exclude={'pressparse_version'}))")
    text = ("PORT LOUIS, 1 March 2027 - The Mauritius Police Force and the Seychelles Coast "
            "Guard seized 212 kg of heroin off Rodrigues on Friday.")
    env = {**os.environ, "PRESSPARSE_CACHE_DIR": str(tmp_path),
           "PYTHONPATH": str(ROOT / "src")}
    runs = [subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True,
                           check=True, env=env).stdout for _ in range(2)]
    assert list(tmp_path.glob("regex-*.pickle"))
    assert runs[0] == runs[1] and '"seizures"' in runs[0]


@pytest.mark.parametrize("entry", [
    "pressparse.extract('LAGOS, 4 May 2027 - Customs seized 31 kg of cannabis.')",
    "list(pressparse.extract_many(['BANJUL, 2 June 2027 - Police arrested two men.']))",
])
def test_a_cold_start_writes_the_cache_once(tmp_path: Path, entry: str) -> None:
    """Loading the pipeline and warming it up share one window: one write, one read."""
    code = ("import pressparse; from pressparse import regex_cache as rc; calls = []\n"
            "def counted(name):\n"
            "    real = getattr(rc, name)\n"
            "    setattr(rc, name, lambda *a: calls.append(name) or real(*a))\n"
            "counted('write_checked'); counted('read_checked')\n"
            f"{entry}\n"
            "print(calls.count('write_checked'), calls.count('read_checked'))")
    env = {**os.environ, "PRESSPARSE_CACHE_DIR": str(tmp_path),
           "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env)
    assert run.stdout.split() == ["1", "1"]


def _compute_from(path: Path, source: str, names: dict[str, Any]) -> Callable[[], Any]:
    """A function of no arguments compiled as if written in ``path`` (whose text is
    ``source``; ``names`` its globals): the code a remembered result is keyed by."""
    path.write_text(source, encoding="utf-8")
    return eval(compile(source, str(path), "eval"), names)


def test_a_remembered_result_is_served_to_a_later_process_of_the_same_code(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A result stored by one process is served to the next (not computed again) only while
    the code that computed it is unchanged; a computation that raised stores nothing."""
    monkeypatch.setenv("PRESSPARSE_CACHE_DIR", str(tmp_path / "cache"))
    calls: list[str] = []
    monkeypatch.setattr(regex_cache, "_source_digests", {})
    first = _compute_from(tmp_path / "alternation.py", "lambda: calls.append('old') or 'OLD'",
                          {"calls": calls})
    with cached_patterns():
        assert regex_cache.remembered("alternation", "a\0b", first) == "OLD"
        with pytest.raises(ZeroDivisionError):
            regex_cache.remembered("alternation", "c", lambda: 1 // 0)
    a_new_process(monkeypatch)
    with cached_patterns():
        assert regex_cache.remembered("alternation", "a\0b", first) == "OLD"
        assert calls == ["old"]  # served from the file
        assert regex_cache.remembered("alternation", "c", lambda: "C") == "C"  # not stored
    monkeypatch.setattr(regex_cache, "_source_digests", {})  # a new process of new code
    changed = _compute_from(tmp_path / "alternation.py", "lambda: 'NEW'", {})
    with cached_patterns():
        assert regex_cache.remembered("alternation", "a\0b", changed) == "NEW"
    assert regex_cache.remembered("alternation", "a\0b", changed) == "NEW"  # no window
