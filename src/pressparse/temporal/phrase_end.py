"""Whether a regex of phrases ending at ``\\Z`` matches a text right before a position,
searched only from the last words it can span instead of from the text's first character."""

from __future__ import annotations

import re


def words_in(phrases: list[str]) -> int:
    """The most whitespace-separated words of one of ``phrases`` (0 for none)."""
    return max((len(phrase.split()) for phrase in phrases), default=0)


def last_words_start(text: str, end: int, words: int) -> int:
    """Where the last ``words`` whitespace-separated words of ``text[:end]`` start (0 when it
    holds fewer). A regex of phrases of at most ``words`` words in all, each followed by
    whitespace up to ``\\Z`` (:func:`alternation` writes a phrase's spaces as ``\\s+``),
    matches ``text`` ending at ``end`` only from there on: searching from 0 tried every
    character of the text before."""
    pos = end
    for _ in range(words):
        while pos and text[pos - 1].isspace():
            pos -= 1
        while pos and not text[pos - 1].isspace():
            pos -= 1
        if not pos:
            break
    return pos


def ends_with(regex: re.Pattern[str], words: int, text: str, end: int) -> bool:
    """Whether ``regex``, of phrases of at most ``words`` words, matches ``text`` up to
    ``end`` (the same verdict as ``regex.search(text, 0, end)``)."""
    return regex.search(text, last_words_start(text, end, words), end) is not None
