"""Territorial units of national services written with their own-language acronym and the
area they serve: "the UMVD of Russia for the Omsk region", "GU MVD for the Rostov Region",
"the GUVD of Chui region", "GUNP in Odesa Oblast", "the DP of Almaty region". The acronym
says the unit's kind and its parent service (``territorial_acronyms.jsonl``: the name it
stands for in one country, and the link its name takes before the area); the area is a place
entity that says it is an area (the territorial finder's test) and whose country, or the
country written after the acronym ("of Russia"), picks the acronym's reading. One ORG named
'<unit's name> <link> <area as written>'; a bare mention of the acronym in a text that names
one such unit is that unit ("the UMVD said").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .doc_view import Ent
from .records import TerritorialAcronym
from .territorial_units import GAP, area_link
from .text import clean_name

_COUNTRY_LINK = re.compile(rf"{GAP}of{GAP}(?:the{GAP})?")
_AREA_LINK = area_link("for", "of", "in")


Unit = tuple[int, int, dict[str, Any]]
CountryAt = Callable[[int], tuple[str, int] | None]


class TerritorialAcronymFinder:
    """Finds '<ACRONYM> (of <country>) for|of|in (the) <area>' and the acronym's bare
    mentions in a text that names one such unit."""

    def __init__(self, readings: Iterable[TerritorialAcronym]) -> None:
        self._readings: dict[str, dict[str, TerritorialAcronym]] = {}
        for reading in readings:
            self._readings.setdefault(reading.acronym, {})[reading.country] = reading
        names = sorted(self._readings, key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<![\w\-])(" + "|".join(re.escape(a).replace(r"\ ", GAP) for a in names)
            + r")(?![\w\-])") if names else None

    def find(self, text: str, places: Mapping[int, Ent], country_at: CountryAt,
             values: Callable[[Ent], Mapping[str, Any]],
             area_end: Callable[[str, Ent, bool], int | None]) -> list[Unit]:
        """``(start, end, value)`` of every unit and bare mention; ``places`` are LOC
        entities by start offset, ``country_at`` the country named at an offset (its ISO2
        code and end), ``values`` gives an entity's normalized value, ``area_end`` the end of
        an area at a place (or None)."""
        if self._pattern is None:
            return []
        units: list[Unit] = []
        bare: list[re.Match[str]] = []
        named: dict[str, set[str]] = {}  # acronym -> the names of its units in the text
        for match in self._pattern.finditer(text):
            unit = self._unit(text, match, places, country_at, values, area_end)
            if unit is None:
                bare.append(match)
            else:
                units.append(unit)
                named.setdefault(_acronym(match), set()).add(unit[2]["name"])
        for match in bare:
            names = named.get(_acronym(match), set())
            if len(names) == 1:
                units.append((match.start(), match.end(),
                              {"name": next(iter(names)), "acronym": None, "id": None}))
        return units

    def unit_names(self, text: str, found: Iterable[Unit]) -> dict[str, dict[str, Any]]:
        """The acronyms of the units among ``found`` (:meth:`find`'s, not its bare mentions)
        that name one unit each, with its value: what the item defines for the items below
        it on its page ("the UMVD of Russia for the Smolensk Region", then "the UMVD" in a
        later item)."""
        named: dict[str, list[dict[str, Any]]] = {}
        for start, end, value in found:
            match = self._pattern.match(text, start) if self._pattern is not None else None
            if match is not None and end > match.end():
                named.setdefault(_acronym(match), []).append(value)
        return {acronym: dict(values[0]) for acronym, values in named.items()
                if len({value["name"] for value in values}) == 1}

    def _unit(self, text: str, match: re.Match[str], places: Mapping[int, Ent],
              country_at: CountryAt, values: Callable[[Ent], Mapping[str, Any]],
              area_end: Callable[[str, Ent, bool], int | None]) -> Unit | None:
        readings = self._readings[_acronym(match)]
        end, written = match.end(), None
        link = _COUNTRY_LINK.match(text, end)
        country = country_at(link.end()) if link is not None else None
        if country is not None:
            written, end = country
        area = _AREA_LINK.match(text, end)
        place = places.get(area.end()) if area is not None else None
        if area is None or place is None:
            return None
        area_stop = area_end(text, place, area.group(2) is not None)
        home = written or values(place).get("country_iso2")
        reading = readings.get(home or "")
        if area_stop is None or reading is None:
            return None
        start = area.end() - len(area.group(2) or "")
        name = clean_name(f"{reading.name} {reading.link} {text[start:area_stop]}")
        return match.start(), area_stop, {"name": " ".join(name.split()), "acronym": None,
                                           "id": None}


def _acronym(match: re.Match[str]) -> str:
    """The acronym a match wrote, its spaces made single ("GU  MVD" -> "GU MVD")."""
    return " ".join(match.group().split())
