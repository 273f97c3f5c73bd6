"""A place name several countries share, followed by ", <area>", takes the area's country.

"San Fernando, Trinidad", "Kingston, Ontario", "Córdoba, Veracruz": the island, state or
country after the comma names the country of the town before it (a local reading beats the
countries the whole text names, which only order the rest).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from .phrases import TokenTexts


class _Reading(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def normalized(self) -> dict[str, Any]: ...


R = TypeVar("R", bound=_Reading)

_COUNTRY_KEYS = {"LOC": "country_iso2", "COUNTRY": "iso2"}


def _country(reading: _Reading) -> str | None:
    key = _COUNTRY_KEYS.get(reading.label)
    return (reading.normalized or {}).get(key) if key else None


def prefer_apposed_countries(texts: TokenTexts, found: Sequence[R]) -> list[R]:
    """``found`` (token-offset readings, best first per span) with the readings of a place
    and the area right after it (", <area>") that share the one country they have in common
    moved first, where either has readings in several countries ("San Fernando, Trinidad":
    both in Trinidad and Tobago). Other readings keep their order (stable)."""
    spans: dict[tuple[int, int], list[int]] = {}
    readings = 0
    for i, reading in enumerate(found):
        if reading.label in _COUNTRY_KEYS:
            spans.setdefault((reading.start, reading.end), []).append(i)
            readings += 1
    if len(spans) == readings:
        return list(found)  # no name with two readings: nothing to choose
    longest: dict[int, int] = {}
    for start, end in spans:
        longest[start] = max(longest.get(start, end), end)
    chosen: dict[tuple[int, int], str] = {}
    for (start, end), indexes in spans.items():
        if found[indexes[0]].label != "LOC" or end + 1 >= len(texts) or texts[end] != ",":
            continue
        area = (end + 1, longest.get(end + 1, -1))
        if area not in spans:
            continue
        towns = {_country(found[i]) for i in indexes if found[i].label == "LOC"}
        areas = {_country(found[i]) for i in spans[area]}
        common = (towns & areas) - {None}
        if len(common) == 1 and (len(towns) > 1 or len(areas) > 1):
            country = common.pop()
            chosen[(start, end)] = chosen[area] = country
    if not chosen:
        return list(found)
    result = list(found)
    for span, country in chosen.items():  # each span's slots keep their places in the list
        indexes = spans[span]
        ordered = sorted(indexes, key=lambda i: (_country(found[i]) != country, i))
        for slot, i in zip(indexes, ordered, strict=True):
            result[slot] = found[i]
    return result
