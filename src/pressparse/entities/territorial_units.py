"""Territorial units of national bodies written with the area they serve after "for": "the
MVD for the Republic of Tatarstan", "the FSB of Russia for the Tver Region", "the Department of
the Ministry of Internal Affairs of Russia for the city of Kazan", "the Border Service for
Zhambyl region". The body and the area are one ORG, named '<body> for <area as written>'.
A unit whose head is one of ``in_heads`` takes its area after "in" the same way ("the Main
Directorate of the National Police in Odesa Oblast"); other bodies are only there.

The area is a place entity (LOC) that says it is an area: a word of ``area_words`` at its
start or end ("Republic of Tatarstan", "Tver Region"), one in lower case right after it
("Zhambyl region"), or "city of"/"town of" before it. A body written without its country
("the MVD") is named without it ("Ministry of Internal Affairs for the Republic of Tatarstan"),
as the text writes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .doc_view import Ent
from .text import clean_name

GAP = r"[ \t]+"  # spaces or tabs between a unit's words, no line break


def area_link(*words: str) -> re.Pattern[str]:
    """The link before a unit's area: one of ``words`` (group 1), an optional "the", and an
    optional "city of"/"town of" (group 2)."""
    return re.compile(rf"{GAP}({'|'.join(words)}){GAP}(?:the{GAP})?((?:city|town){GAP}of{GAP})?")


_FOR_AREA = area_link("for", "in")
_WORD_AFTER = re.compile(rf"{GAP}([a-z]+)\b")
_AND_AFTER = re.compile(rf"{GAP}and{GAP}")  # "for St. Petersburg and Leningrad Region"


@dataclass(frozen=True)
class Body:
    """An organization found before the territorial scan: its span, its name, and whether
    its written form names its country ("MVD of Russia")."""

    start: int
    end: int
    name: str
    names_country: bool


class TerritorialUnitFinder:
    """Finds '<body> for (the) <area>' (and '<unit> in (the) <area>') after national
    bodies."""

    def __init__(self, area_words: Iterable[str], in_heads: Iterable[str] = ()) -> None:
        self._areas = frozenset(area_words)
        self._lower_areas = frozenset(word for word in self._areas if word.islower())
        self._in_heads = frozenset(in_heads)

    def find(self, text: str, bodies: Iterable[Body], places: Mapping[int, Ent],
             without_country: Callable[[str], str]) -> list[tuple[int, int, dict[str, Any]]]:
        """``(start, end, value)`` of every body followed by "for" + an area;
        ``places`` are LOC entities by start offset, ``without_country`` drops a trailing
        country from a listed body's name."""
        found: list[tuple[int, int, dict[str, Any]]] = []
        if " for " not in text and " in " not in text:
            return found
        for body in bodies:
            link = _FOR_AREA.match(text, body.end)
            place = places.get(link.end()) if link is not None else None
            if link is None or place is None \
                    or (link.group(1) == "in" and _head(body.name) not in self._in_heads):
                continue
            end = self.area_end(text, place, link.group(2) is not None, places)
            if end is None:
                continue
            base = body.name if body.names_country else without_country(body.name)
            area = " ".join(text[body.end:end].split())  # "for the Tver Region", "in ..."
            found.append((body.start, end, {"name": clean_name(f"{base} {area}"),
                                            "acronym": None, "id": None}))
        return found

    def area_end(self, text: str, place: Ent, city: bool,
                 places: Mapping[int, Ent] | None = None) -> int | None:
        """The end of the area at ``place``, or None when the place says no area. With
        ``places`` (LOC entities by start), a second area joined by "and" ends it: one unit
        serves a pair ("for St. Petersburg and Leningrad Region", "for the Republic of
        Kalmykia and Astrakhan Region"), the first place then any place."""
        if places:
            pair = _AND_AFTER.match(text, place.end_char)
            second = places.get(pair.end()) if pair is not None else None
            end = self.area_end(text, second, False) if second is not None else None
            if end is not None:
                return end
        after = _WORD_AFTER.match(text, place.end_char)
        if after is not None and after.group(1) in self._lower_areas:
            return after.end()  # "Zhambyl region"
        words = place.text.split()
        if city or words[0] in self._areas or words[-1] in self._areas:
            return place.end_char
        return None


def _head(name: str) -> str:
    """The head word of a body's name: the last before its first "of" ("Main Directorate of
    the National Police": Directorate)."""
    words = name.split(" of ", 1)[0].split()
    return words[-1] if words else ""
