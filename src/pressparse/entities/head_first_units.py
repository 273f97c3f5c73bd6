"""Local police units named head first, as South Asian releases write them ("Police Station
Gharinda", "Police Post Khasa"): the unit is "<name> <head>" ("Gharinda Police Station"), the
order every other publisher writes ("Mae Sai Police Station")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


class HeadFirstUnitFinder:
    """Finds ``<head> <Name>`` with a head of ``heads`` and one to three capitalized words
    after it, none of them in ``stop_words`` (sentence words, titles, head nouns: "Police
    Station House Officer" names no station). Works on characters: one compiled pattern."""

    def __init__(self, heads: Sequence[str], stop_words: Iterable[str]) -> None:
        alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
        self._pattern = re.compile(
            rf"(?<![\w\-])(?P<head>{alternatives})[ \t]+"
            rf"(?P<name>{_NAME_WORD.pattern}(?:[ \t]{_NAME_WORD.pattern}){{0,2}})(?![\w\-])"
        ) if heads else None
        self.stop = frozenset(stop_words)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, name)`` of each unit in ``text``: the span as written, the name in
        the usual order."""
        if self._pattern is None:
            return []
        found: list[tuple[int, int, str]] = []
        for match in self._pattern.finditer(text):
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
