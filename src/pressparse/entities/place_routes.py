"""Roads named by a road word and a number ("State Route 260", "National Route 14",
"Route 11-CH", "Interstate 10", "Highway 401").

A road number is the road's name (guide: `N1`, `BR-163`); a capitalized road word before the
number names the road with it, and so does a capitalized qualifier before that word ("State",
"National"): the name is written as the text writes it. Road numbers led by letters ("the N1")
are :class:`~pressparse.entities.road_numbers.RoadNumberFinder`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..word_alternation import escaped_alternation


class NumberedRouteFinder:
    """Finds "<qualifier>? <Road word> <number>" (place_words.jsonl ``route_number_words``,
    ``route_number_qualifiers``), all capitalized."""

    def __init__(self, road_words: Iterable[str], qualifiers: Iterable[str]) -> None:
        self.road_words = frozenset(road_words)
        # an empty list's alternation matches nothing: no qualifier, or no road at all
        self._pattern = re.compile(
            rf"(?<![\w.-])(?:(?:{escaped_alternation(qualifiers)})[ \t]+)?"
            rf"(?:{escaped_alternation(self.road_words)})[ \t]+\d{{1,4}}(?:-[A-Z]{{1,3}})?"
            r"(?![\w-]|[.,]\d)")

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of each numbered road in ``text``."""
        return [(m.start(), m.end(), " ".join(m.group().split()))
                for m in self._pattern.finditer(text)]


class NamedRoadFinder:
    """Finds a road named by capitalized words before a title-case road head, after a
    preposition and "the" ("on the Glenn Highway", "near the Outer Ring Road", "along the RCD
    Highway"): the guide's named road, a LOC named as written (place_words.jsonl
    ``named_road_heads``, ``road_prepositions``). Not a route between two places ("the
    Linden-Soesdyke Highway": a hyphen in the name), a body's name ("the Federal Highway
    Police": a capital after the head) or a head after generic words only
    (``named_road_generic``: "the Federal Highway")."""

    def __init__(self, heads: Iterable[str], prepositions: Iterable[str],
                 generic: Iterable[str]) -> None:
        self.generic = frozenset(generic)
        heads = list(heads)
        self.last_words = frozenset(head.split()[-1] for head in heads)  # "Road" of "Ring Road"
        self._pattern = re.compile(
            rf"\b(?:{escaped_alternation(prepositions)})[ \t]+the[ \t]+"
            r"(?P<road>(?P<name>[A-Z][\w'\u2019.]*(?:[ \t]+[A-Z][\w'\u2019.]*){0,3})[ \t]+"
            rf"(?:{escaped_alternation(heads)}))(?![\w-]|[ \t]+[A-Z])") \
            if heads and prepositions else None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of each named road in ``text``."""
        if self._pattern is None:
            return []
        found = []
        for match in self._pattern.finditer(text):
            words = match.group("name").split()
            if all(word in self.generic for word in words):
                continue  # "the Federal Highway", "the New Motorway"
            found.append((match.start("road"), match.end("road"),
                          " ".join(match.group("road").split())))
        return found
