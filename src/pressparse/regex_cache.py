"""A per-user cache of the code of regular expressions compiled while the pipeline loads.

Loading compiles some 250 regular expressions (alternations of data-file words, the date and
quantity grammars): about 0.25 s of CPU per process start, all of it in ``re``'s parser and
code generator, which Python never caches across processes. Their compiled form is a pure
function of the pattern, the flags and the Python version: a list of integers that
``_sre.compile`` turns into a ``re.Pattern`` in microseconds. Inside :func:`cached_regexes`
(the pipeline's ``spacy.load`` and each component's data load) every compile of a ``str`` or
``bytes`` pattern goes through this cache: a hit builds the pattern from the stored code, a
miss compiles as ``re`` does and stores the code. The first process to miss writes the file;
later ones read it.

The cache is only ever a shortcut: a missing, unreadable, corrupt or foreign file, an
unwritable directory, ``PRESSPARSE_CACHE_DIR=off``, or a Python whose ``re`` internals differ
from the ones this was written for (``_compiler.compile``, ``_parser.parse``, ``_code``) mean
plain ``re`` compiling. ``_sre.compile`` validates every code array it is given.

* Where: the gazetteer cache's directory (see :mod:`pressparse.entities.index_cache`), as
  ``regex-<python tag>-<sre magic>.marshal``; the key is in the name and in the file.
* What: ``{(is_bytes, pattern, flags): (flags, code, groups, groupindex, indexgroup)}`` of the
  patterns the last loading process compiled, written with :mod:`marshal` (plain data: it
  builds no objects but strings, numbers, lists, tuples and dicts, and runs nothing).
* Scope: only while loading (never while documents are processed, where patterns made from
  a text's own words would grow the file without end); other threads compiling meanwhile go
  through it too and get the same patterns ``re`` would give them.
"""

from __future__ import annotations

import logging
import marshal
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

try:  # the internals the cache stands in for (Python 3.11+ names)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _SUPPORTED = all(hasattr(module, name) for module, name in (
        (_compiler, "compile"), (_compiler, "_code"), (_parser, "parse"), (_sre, "compile"),
        (_sre, "MAGIC")))
except ImportError:  # pragma: no cover - Python 3.10 names its modules sre_compile/sre_parse
    _SUPPORTED = False

_FORMAT = 1
_DEBUG = 128  # re.DEBUG: such compiles print their code, never cached
_MAX_ENTRIES = 20_000  # a file past this (some caller compiling per text) is not written
_log = logging.getLogger(__name__)

Entry = tuple[int, list[int], int, dict[Any, int], tuple[Any, ...]]
Key = tuple[bool, Any, int]


def _tag() -> str:
    return f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"


def cache_path() -> Path | None:
    """The cache file, or None when caching is off (or there is no cache directory)."""
    from .entities.index_cache import cache_dir

    directory = cache_dir()
    return None if directory is None else directory / f"regex-{_tag()}.marshal"


class _Store:
    """The entries read from the file, those this process used, and whether any was new."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.stored: dict[Key, Entry] = _read(path) if path is not None else {}
        self.used: dict[Key, Entry] = {}
        self.missed = False

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """``re._compiler.compile`` through the cache (patterns only; parsed trees and
        debug compiles go to ``re``)."""
        if not isinstance(pattern, str | bytes) or flags & _DEBUG:
            return _original(pattern, flags)
        flags = int(flags)
        key = (isinstance(pattern, bytes), pattern, flags)
        entry = self.used.get(key)
        if entry is None:
            entry = self.stored.get(key)
            if entry is not None:
                try:
                    compiled = _sre.compile(pattern, *entry)
                except Exception:  # a foreign or damaged entry: compiled afresh
                    entry = None
                else:
                    self.used[key] = entry
                    return compiled
        if entry is None:
            entry = _entry(pattern, flags)
            self.missed = True
            self.used[key] = entry
        return _sre.compile(pattern, *entry)

    def write(self) -> None:
        """Write the patterns this process used when one was new (only these: a pattern
        whose text changes from process to process, e.g. words joined in a set's order,
        misses every time and must not pile up)."""
        if self.path is None or not self.missed:
            return
        self.missed = False
        if len(self.used) > _MAX_ENTRIES:
            return
        try:
            blob = marshal.dumps((_FORMAT, _tag(), self.used))
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, temp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp",
                                            prefix=f".{self.path.name}.")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(blob)
                os.replace(temp, self.path)
            except BaseException:
                with suppress(OSError):
                    os.unlink(temp)
                raise
        except (OSError, ValueError) as exc:
            _log.debug("regex cache not written: %s", exc)


def _entry(pattern: str | bytes, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern`` (its steps)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # (opcodes are int subclasses)
    groupindex = parsed.state.groupdict
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def _read(path: Path) -> dict[Key, Entry]:
    try:
        blob = path.read_bytes()
    except OSError:  # missing (the first run) or unreadable
        return {}
    try:
        version, tag, entries = marshal.loads(blob)
    except Exception:  # whatever a bad file raises means "compile"
        _log.debug("regex cache %s unreadable: ignored", path)
        return {}
    if version != _FORMAT or tag != _tag() or not isinstance(entries, dict):
        return {}
    return entries


_lock = threading.Lock()
_depth = 0
_store: _Store | None = None
_original: Any = _compiler.compile if _SUPPORTED else None


@contextmanager
def cached_regexes() -> Iterator[None]:
    """Compile regular expressions through the cache inside the block (nested blocks share
    one store; the outermost writes it when a pattern was new)."""
    global _depth, _store
    if not _SUPPORTED:
        yield
        return
    with _lock:
        if _depth == 0:
            _store = _store_for(_cache_path_or_none())
            _compiler.compile = _store.compile
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _compiler.compile = _original
                if _store is not None:
                    _store.write()


def _cache_path_or_none() -> Path | None:
    try:
        return cache_path()
    except Exception as exc:  # no usable cache directory: compile as re does
        _log.debug("regex cache off: %s", exc)
        return None


def _store_for(path: Path | None) -> _Store:
    """The process's store for ``path``: read once, kept for the next loads (a pipeline's
    components load one after another, each in a block of its own)."""
    global _store
    if _store is None or _store.path != path:
        _store = _Store(path)
    return _store
