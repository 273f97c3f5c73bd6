"""Local police units named head first, as South Asian releases write them ("Police Station
Gharinda", "Police Post Khasa"): the unit is "<name> <head>" ("Gharinda Police Station"), the
order every other publisher writes ("Mae Sai Police Station")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ..word_alternation import longest_first_key

_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_WORD_CHAR = re.compile(r"[\w\-]")  # a character no head may come right after


class HeadFirstUnitFinder:
    """Finds ``<head> <Name>`` with a head of ``heads`` and one to three capitalized words
    after it, none of them in ``stop_words`` (sentence words, titles, head nouns: "Police
    Station House Officer" names no station). Works on characters: one compiled pattern."""

    def __init__(self, heads: Sequence[str], stop_words: Iterable[str]) -> None:
        self.heads = tuple(sorted(heads, key=longest_first_key))
        alternatives = "|".join(map(re.escape, self.heads))
        # The heads lead (no lookbehind before them: re then skips to their first letters
        # instead of trying every position); the word start is checked after a hit.
        self._pattern = re.compile(
            rf"(?P<head>{alternatives})[ \t]+"
            rf"(?P<name>{_NAME_WORD.pattern}(?:[ \t]{_NAME_WORD.pattern}){{0,2}})(?![\w\-])"
        ) if heads else None
        self.stop = frozenset(stop_words)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, name)`` of each unit in ``text``: the span as written, the name in
        the usual order."""
        if self._pattern is None or not any(head in text for head in self.heads):
            return []  # (most texts: no head at all, a C-level scan per head)
        found: list[tuple[int, int, str]] = []
        for match in self._matches(text):
            words = list(_NAME_WORD.finditer(text, match.start("name"), match.end("name")))
            kept: list[re.Match[str]] = []
            for word in words:
                if word.group() in self.stop:
                    break
                kept.append(word)
            if not kept:
                continue
            end = kept[-1].end()
            name = " ".join(text[match.start("name"):end].split())
            found.append((match.start(), end, f"{name} {match['head']}"))
        return found

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        """The pattern's matches at a word start (not right after a letter, a digit, "_" or
        "-"), as ``finditer`` would find them with that check as a leading lookbehind: a hit
        inside a word is passed over and the scan goes on from its next character."""
        assert self._pattern is not None
        pos = 0
        while (match := self._pattern.search(text, pos)) is not None:
            start = match.start()
            if start and _WORD_CHAR.match(text, start - 1) is not None:
                pos = start + 1
                continue
            yield match
            pos = match.end()
