"""Roads named by their number ("the BR-163 highway", "Motorway M-2", "a roadblock on the N1").

A road number is the road's name (guide: `N1`, `BR-163`); a capitalized road word written after
it is part of the name (`M4 Motorway`), a lower-case one is not ("the A9 road" -> `A9`). A
number alone is no road ("the G7", "an A4 sheet"): a road word next to it, or "on/along the"
before it and a preposition or punctuation after it, marks it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A road's number: one to three capitals, an optional hyphen and one to four digits ("A3",
# "N-1", "BR-163"; also read by entities/org_grammar.py and events/places.py).
ROAD_NUMBER = r"[A-Z]{1,3}-?\d{1,4}"
# a road number as a word of its own
_NUMBER = re.compile(rf"(?<![\w\-./]){ROAD_NUMBER}(?![\w\-/]|[.,]\d)")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_ON_THE = re.compile(r"\b(?:on|along|off)[ \t]+the[ \t]+$")


class RoadNumberFinder:
    """Finds road numbers by the words around them (``road_words``: "highway", "motorway";
    ``road_followers``: words after "on the N1" that end a road's mention: "on", "near")."""

    def __init__(self, road_words: Iterable[str], followers: Iterable[str]) -> None:
        self.road_words = frozenset(w.lower() for w in road_words)
        self.followers = frozenset(followers)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of each road number in ``text``; the span holds a capitalized
        road word right after the number."""
        found: list[tuple[int, int, str]] = []
        if not self.road_words:
            return found
        for match in _NUMBER.finditer(text):
            start, end = match.span()
            after = _WORD_AFTER.match(text, end)
            word_after = after.group(1) if after else ""
            before = _WORD_BEFORE.search(text, max(0, start - 20), start)
            if word_after.lower() in self.road_words:
                if word_after[0].isupper():
                    end = after.end()  # "M4 Motorway"
            elif before is not None and before.group(1).lower() in self.road_words:
                pass  # "highway BR-272", "Motorway M-2"
            elif not (_ON_THE.search(text, max(0, start - 12), start)
                      and (end == len(text) or text[end] in ".,;:)\n"
                           or word_after in self.followers)):
                continue
            found.append((start, end, text[start:end]))
        return found
