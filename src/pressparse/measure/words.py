"""The words around a position of a text, found by stepping back over its characters."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple

SENTENCE_END = re.compile(r"[.!?;]\s|\n")  # a sentence's or a line's end
WORD_BLANKS = frozenset(" \t\u00a0\u202f")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_WORD_REACH = 30  # characters looked back for the word before a number
HEADLINE_LENGTH = 140  # the longest line read as a headline
GOODS_KINDS = frozenset({"mass", "volume"})  # kinds of unit an amount of goods is measured in


class _WordHit(NamedTuple):
    """A word found before a position and where it starts."""

    word: str
    at: int


def word_before(text: str, end: int) -> _WordHit | None:
    """The word ("Resolution", "U.S.") ending one or more blanks before ``end``, within
    ``_WORD_REACH`` characters: what ``search`` of ``[A-Za-z][A-Za-z.]*[blanks]+$`` between
    ``end - 30`` and ``end`` finds, by stepping back over the characters in Python."""
    low_bound = max(0, end - _WORD_REACH)
    if end > low_bound and text[end - 1] == "\n":
        end -= 1  # ``$`` also matches before a final newline
    word_end = end
    while word_end > low_bound and text[word_end - 1] in WORD_BLANKS:
        word_end -= 1
    if word_end == end:
        return None
    start = word_end
    while start > low_bound and text[start - 1] in _WORD_CHARS:
        start -= 1
    while start < word_end and text[start] == ".":
        start += 1  # the word starts with a letter
    if start == word_end:
        return None
    return _WordHit(text[start:word_end], start)


def previous_word(low: str, start: int) -> tuple[str, int]:
    """The blank-separated word ending one blank before ``start`` and where it starts
    ("" if none): a C-level ``rfind`` instead of a regex search backwards."""
    end = start - 1
    if end < 1 or low[end] != " ":
        return "", start
    word_start = low.rfind(" ", max(0, end - 24), end) + 1
    if word_start == 0 and end > 24:
        return "", start
    word = low[word_start:end]
    if "\n" in word or "\t" in word or "\u00a0" in word:  # rare: other blanks inside
        cut = max(word.rfind("\n"), word.rfind("\t"), word.rfind("\u00a0")) + 1
        word, word_start = word[cut:], word_start + cut
    return word, word_start


def is_participle(word: str) -> bool:
    """Does a lower-case word read as a participle ("consisting", "seized"; not "speed")?"""
    return word.endswith(("ed", "ing")) and not word.endswith("eed")


def sentence_tail(text: str, start: int, end: int) -> str:
    """``text[start:end]`` from after its last ". " or line break: the part of a window
    before ``end`` that lies in ``end``'s sentence."""
    window = text[start:end]
    return window[max(window.rfind(". "), window.rfind("\n")) + 1:]


def squashed(phrase: str) -> str:
    """A phrase lower-cased with its blanks as single spaces ("Crystal  Meth" -> "crystal meth")."""
    return " ".join(phrase.lower().split())


def is_street(phrase: str, street_words: frozenset[str]) -> bool:
    """"Pennsylvania Avenue", "Baker St.": capitalized words ending in a street word."""
    words = phrase.split()
    return len(words) > 1 and words[-1].lower() in street_words and all(
        word[:1].isupper() for word in words)


_PARTICLES = frozenset(("up", "down"))  # adverbs of a phrasal verb, not a change noun
# a word after a figure, its hyphenated parts included ("year-on-year"), then maybe another
_WORDS_AFTER = re.compile(r"[ \t\u00a0]+(?P<first>[a-z]+(?:-[a-z]+)*)"
                          r"(?:(?P<blank> )(?P<second>[a-z]+)(?![a-z-]))?")


def change_noun_after(low: str, end: int, change_nouns: Collection[str],
                      stops: Collection[str], particles: Collection[str] = _PARTICLES,
                      ) -> tuple[str, int] | None:
    """The noun of change right after a figure ending at ``end`` ("a 4% drop") or after one
    modifier ("a 3% pay rise", "a 17 per cent year-on-year rise", "a 12% annual increase"),
    and where it ends; the modifier is no phrase stop (``stops``) and the noun no particle
    of a phrasal verb (``particles``, "up" and "down" by default: "winds of 75 mph knocked
    down trees")."""
    after = _WORDS_AFTER.match(low, end)
    if after is None:
        return None
    first = after.group("first")
    if first in change_nouns:
        return first, after.end("first")
    second = after.group("second")
    if second is None or first in stops or second in particles or second not in change_nouns:
        return None
    return second, after.end("second")
