"""Compiled regular expressions kept across processes (a start-up cache).

Loading and warming up the pipeline compiles about 1,300 patterns, many of them long
alternations of word lists; parsing and compiling them cost about a quarter of a fresh
process's start-up. The compiled form (the ``_sre`` code the ``re`` module makes from a
pattern) depends only on the pattern, its flags and the Python build, so it is stored once in
the cache directory of the gazetteer (see :mod:`.entities.index_cache`) and later processes
make their pattern objects straight from it with ``_sre.compile``, as ``re`` itself does last.

:func:`cached_patterns` opens a window (the pipeline's load and warm-up) in which ``re``'s
compile step is served from the cache; outside it ``re`` is untouched. The cache is only ever
a shortcut: no cache directory, ``PRESSPARSE_CACHE_DIR=off``, a Python without the internals
used here, a missing, corrupt or foreign file, or code ``_sre`` rejects all mean the pattern
is compiled as without the cache. Each file is named by the Python build (its code format);
a window that compiled something new adds its patterns to it (patterns no longer used are
dropped once the file would hold more than :data:`MAX_CODE_BYTES` of code).

The same file keeps the results of pure functions of pattern texts that load and warm-up
compute by parsing or building patterns (:func:`remembered`): the data files' patterns
:func:`.regex_safety.check_pattern` passed (some 360 parsed at every start-up), the noise
rules' branches and line facts (:mod:`.io.mask`), the word-list alternations of the date
grammar (:func:`.temporal.patterns.alternation`). Inside a window a result stored by an earlier
process is served without computing it; a computation that raised is never stored, and outside
a window every result is computed.
"""

from __future__ import annotations

import array
import hashlib
import logging
import pickle
import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

try:  # Python >= 3.11 (3.10 names them sre_parse and sre_compile: the cache stays off)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the Python version
    _sre = _compiler = _parser = None

from .entities.index_cache import cache_dir, read_checked, write_checked

FORMAT_VERSION = 4  # 3: (parts, remembered results); 4: results keyed by their code too
MAX_CODE_BYTES = 16_000_000  # stored code beyond this (old patterns piling up): keep the used
_MAGIC = b"pressparse-regex-cache\n"
_PREFIX = "regex-"
_SUFFIX = ".pickle"
_log = logging.getLogger(__name__)

# (flags after parsing, code as uint32 bytes, groups - 1, groupindex, indexgroup)
Parts = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]
Key = tuple[str, int]
ResultKey = tuple[str, str, str]  # (kind of result, its code's digest, its text)
T = TypeVar("T")


def _build_tag() -> str:
    """What the stored code depends on: the Python build and its ``_sre`` code format."""
    described = (f"{FORMAT_VERSION} {sys.implementation.name} {sys.version} {sys.hexversion} "
                 f"{getattr(_sre, 'MAGIC', '')} {getattr(_sre, 'CODESIZE', '')}")
    return hashlib.sha256(described.encode()).hexdigest()[:24]


def cache_file() -> Path | None:
    """This Python's cache file, or None when the cache is off or cannot be used here."""
    if _sre is None or array.array("I").itemsize != getattr(_sre, "CODESIZE", 0):
        return None
    directory = cache_dir()
    return None if directory is None else directory / f"{_PREFIX}{_build_tag()}{_SUFFIX}"


def compile_parts(pattern: str, flags: int) -> Parts:
    """What ``re``'s compiler hands to ``_sre.compile`` for ``pattern`` (as
    ``re._compiler.compile`` makes it), in a picklable form."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, array.array("I", code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def from_parts(pattern: str, parts: Parts) -> re.Pattern[str]:
    """The pattern object of stored parts (``_sre`` checks the code before accepting it)."""
    flags, code, groups, groupindex, indexgroup = parts
    return _sre.compile(pattern, flags, array.array("I", code).tolist(), groups, groupindex,
                        indexgroup)


def _read(path: Path) -> tuple[dict[Key, Parts], dict[ResultKey, Any]]:
    """The stored parts, and the remembered results."""
    stored = read_checked(path, _MAGIC, "regex cache")
    if isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[0], dict) \
            and isinstance(stored[1], dict):
        return stored
    return {}, {}


def _write(path: Path, used: dict[Key, Parts], results: dict[ResultKey, Any]) -> None:
    try:
        write_checked(path, _MAGIC, (used, results))
    except (OSError, pickle.PicklingError) as exc:
        _log.debug("regex cache not written: %s", exc)


_made: dict[Path, dict[Key, re.Pattern[str]]] = {}
"""Every pattern the windows on a cache file made in this process: a later window on it (each
``extract_many`` call opens one for its warm-up) serves them without reading the file again."""


class _Window:
    """The state of an open window: the stored parts (read from its file when first needed)
    and the parts used; the stored results, and those computed or served in it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.made = _made.setdefault(path, {})
        self._stored: tuple[dict[Key, Parts], dict[ResultKey, Any]] | None = None
        self.used: dict[Key, Parts] = {}
        self.new = 0
        self.results: dict[ResultKey, Any] = {}

    def _file(self) -> tuple[dict[Key, Parts], dict[ResultKey, Any]]:
        if self._stored is None:
            self._stored = _read(self.path)
        return self._stored

    @property
    def stored(self) -> dict[Key, Parts]:
        return self._file()[0]

    @stored.setter
    def stored(self, parts: dict[Key, Parts]) -> None:
        self._stored = (parts, self.stored_results)

    @property
    def stored_results(self) -> dict[ResultKey, Any]:
        return self._file()[1]

    def kept(self) -> tuple[dict[Key, Parts], dict[ResultKey, Any]]:
        """What to store: the parts and results used, and those stored before while they stay
        small (a window that only warmed a loaded pipeline up used few of them)."""
        kept = {**self.stored, **self.used}
        if sum(len(parts[1]) for parts in kept.values()) > MAX_CODE_BYTES:
            return self.used, dict(self.results)
        return kept, {**self.stored_results, **self.results}

    def changed(self) -> bool:
        """Whether the window compiled a pattern or computed a result the file lacks (a
        window that did neither never reads the file)."""
        if self.new:
            return True
        return bool(self.results) and not self.results.keys() <= self.stored_results.keys()

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        key = (pattern, flags)
        made = self.made.get(key)
        if made is not None:
            return made
        parts = self.stored.get(key)
        if parts is not None:
            try:
                made = from_parts(pattern, parts)
            except Exception:  # rejected or malformed code: compile as without the cache
                parts = None
        if parts is None:
            parts = compile_parts(pattern, flags)
            made = from_parts(pattern, parts)
            self.new += 1
        self.used[key] = parts
        self.made[key] = made
        return made


_lock = threading.RLock()
_depth = 0
_window: _Window | None = None
_outer_deferred = False  # whether the open outermost window is a deferred one
_carried: _Window | None = None  # a closed deferred window, for the next window to go on with
_plain_compile = re._compile  # type: ignore[attr-defined]


def _served(pattern: Any, flags: Any) -> Any:
    """``re._compile`` while a window is open: str patterns from the window."""
    window = _window
    if isinstance(flags, re.RegexFlag):
        flags = flags.value
    if window is None or type(pattern) is not str or type(flags) is not int \
            or flags & (re.DEBUG | getattr(re, "TEMPLATE", 0)):
        return _plain_compile(pattern, flags)
    return window.compile(pattern, flags)


@contextmanager
def cached_patterns(*, deferred: bool = False) -> Iterator[None]:
    """Serve ``re``'s compiling from the cache inside the block (windows may nest); the
    outermost window writes the cache back when it compiled anything new.

    A ``deferred`` outermost window (the components' module imports, before the pipeline is
    loaded) writes nothing: the next window goes on with its file and patterns, so a cold
    start writes the cache once and a warm one reads it once."""
    global _depth, _window, _outer_deferred, _carried
    with _lock:
        if _depth == 0:
            path = cache_file()
            if path is not None and re._compile is _plain_compile:  # type: ignore[attr-defined]
                carried, _carried = _carried, None
                _window = carried if carried is not None and carried.path == path \
                    else _Window(path)
                _outer_deferred = deferred
                re._compile = _served  # type: ignore[attr-defined]
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _window is not None:
                window, _window = _window, None
                re._compile = _plain_compile  # type: ignore[attr-defined]
                if _outer_deferred:
                    _carried = window
                elif window.changed():
                    _write(window.path, *window.kept())


_source_digests: dict[str, str | None] = {}


def _source_digest(compute: Callable[[], Any]) -> str | None:
    """A digest of the source file defining ``compute`` (it and its module's helpers make the
    result), None when that file cannot be read: a result stored by other code is not served."""
    filename = getattr(getattr(compute, "__code__", None), "co_filename", "")
    if filename not in _source_digests:
        try:
            _source_digests[filename] = hashlib.sha256(Path(filename).read_bytes()).hexdigest()[:20]
        except OSError:
            _source_digests[filename] = None
    return _source_digests[filename]


def remembered(kind: str, key: str, compute: Callable[[], T]) -> T:
    """``compute()``, a pure function of the text ``key`` (a pattern, a word list) and of the
    code of the module defining it, served in an open window from the file when an earlier
    process of this Python build stored it for ``kind``, ``key`` and that module's source,
    else computed and stored with the window's patterns; outside a window (or with no readable
    source) always computed. The result is shared: it must be immutable (tuples, strings,
    numbers)."""
    window = _window
    source = _source_digest(compute) if window is not None else None
    if window is None or source is None:
        return compute()
    result_key = (kind, source, key)
    if result_key in window.results:
        return window.results[result_key]
    stored = window.stored_results
    result = stored[result_key] if result_key in stored else compute()
    window.results[result_key] = result  # used: kept when the file is written again
    return result
