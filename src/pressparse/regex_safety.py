"""Refusing regular expressions that can backtrack catastrophically, for user data files.

A pattern is refused when an unbounded repeat (``+``, ``*``, ``{n,}``) contains another
unbounded repeat, as in ``(a+)+$`` or ``(\\w+\\s*)*``: such nesting makes the number of ways
to match a failing input grow exponentially. Bounded repeats (``{0,3}``) are allowed.

Inside a regex-cache window (:mod:`.regex_cache`: the pipeline's load and warm-up) a pattern
that passed in an earlier process is not parsed again: the cache file remembers the patterns
that passed, by their whole text (a changed pattern is checked anew).
"""

from __future__ import annotations

from typing import Any

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
# Possessive repeats and atomic groups (Python 3.11+) never backtrack into themselves.
_NO_BACKTRACK = {getattr(sre_constants, name) for name in ("POSSESSIVE_REPEAT", "ATOMIC_GROUP")
                 if hasattr(sre_constants, name)}


class UnsafePatternError(ValueError):
    """A regular expression with nested unbounded repetition."""


def check_optional_pattern(pattern: str | None) -> str | None:
    """``check_pattern`` for optional fields (a pydantic validator)."""
    return None if pattern is None else check_pattern(pattern)


def check_pattern(pattern: str) -> str:
    """Return ``pattern`` if it compiles and has no nested unbounded repeat; else raise."""
    from . import regex_cache  # (imports spaCy: not at this module's import)

    regex_cache.remembered("safe", pattern, lambda: _check(pattern))
    return pattern


def _check(pattern: str) -> bool:
    """True when ``pattern`` parses and nests no unbounded repeats; else raise."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception as exc:  # re.error and friends
        raise UnsafePatternError(f"invalid regular expression: {exc}") from exc
    _walk(parsed, inside_unbounded=False, pattern=pattern)
    return True


def _walk(items: Any, *, inside_unbounded: bool, pattern: str) -> None:
    for op, value in items:
        if op in _REPEATS:
            _low, high, sub = value
            unbounded = high == sre_constants.MAXREPEAT
            if unbounded and inside_unbounded:
                raise UnsafePatternError(
                    f"nested unbounded repetition (catastrophic backtracking) in {pattern!r}; "
                    "bound the inner or outer repeat, e.g. {1,50}")
            _walk(sub, inside_unbounded=inside_unbounded or unbounded, pattern=pattern)
        elif op in _NO_BACKTRACK:
            continue
        elif op == sre_constants.SUBPATTERN:
            _walk(value[-1], inside_unbounded=inside_unbounded, pattern=pattern)
        elif op == sre_constants.BRANCH:
            for branch in value[1]:
                _walk(branch, inside_unbounded=inside_unbounded, pattern=pattern)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            _walk(value[1], inside_unbounded=inside_unbounded, pattern=pattern)
        elif op == sre_constants.GROUPREF_EXISTS:
            for branch in value[1:]:
                if branch is not None:
                    _walk(branch, inside_unbounded=inside_unbounded, pattern=pattern)
