"""Regular-expression alternations of word lists, longest first, in one fixed order.

Python's regex alternation takes the first branch that matches, so a word list must be
joined longest first ("Customs Service" before "Customs"). Sorting by length alone keeps a
set's iteration order among words of one length, and that order changes from process to
process (string hashing is seeded): the pattern text would differ between runs and workers.
Sorting by (-length, word) gives one pattern for one list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NEVER = "(?!)"  # the alternation of an empty list: matches nothing


def longest_first(words: Iterable[str]) -> list[str]:
    """The distinct ``words``, longest first, ties in code-point order."""
    return sorted(set(words), key=longest_first_key)


def escaped_alternation(words: Iterable[str], *, empty: str = NEVER) -> str:
    """``a|b|c`` of the escaped ``words``, longest first; ``empty`` when there are none."""
    return "|".join(map(re.escape, longest_first(words))) or empty


def spaced_alternation(phrases: Iterable[str], gap: str = r"[ \t\u00a0]+", *,
                       empty: str = "") -> str:
    """``a|b c`` of the ``phrases``, longest first, their words escaped and joined by ``gap``
    (any run of spaces or tabs by default); ``empty`` when there are none."""
    return "|".join(gap.join(map(re.escape, phrase.split()))
                    for phrase in longest_first(phrases)) or empty


def longest_first_key(word: str | tuple[str, ...]) -> tuple[int, str | tuple[str, ...]]:
    """A sort key putting longer words (or word tuples) first, ties in code-point order."""
    return -len(word), word
