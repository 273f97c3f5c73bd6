"""A place name several countries share, followed by ", <area>", takes the area's country.

"San Fernando, Trinidad", "Kingston, Ontario", "Córdoba, Veracruz": the island, state or
country after the comma names the country of the town before it (a local reading beats the
countries the whole text names, which only order the rest). A country written after the
comma places the town there even where no list knows a town of that name in it ("Tripoli,
Lebanon", "Portsmouth, Dominica": not Libya's or England's).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar

from .phrases import TokenTexts


class _Reading(Protocol):
    def _replace(self: R, **changes: Any) -> R: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def normalized(self) -> dict[str, Any]: ...


R = TypeVar("R", bound="_Reading")

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


def place_in_apposed_country(texts: TokenTexts, found: Sequence[R],
                             stops: frozenset[str]) -> list[R]:
    """``found`` with a listed town followed by ", <country>" ("Tripoli, Lebanon") read as a
    town of that country where none of its readings is there: one reading, the listed name
    with the written country and no id (the list knows another town of that name). Not
    where the country opens a list or a compound: one of ``stops`` after it ("Almaty,
    Kyrgyzstan and Tajikistan")."""
    spans: dict[tuple[int, int], list[int]] = {}
    longest: dict[int, int] = {}
    for i, reading in enumerate(found):
        if reading.label in _COUNTRY_KEYS:
            spans.setdefault((reading.start, reading.end), []).append(i)
            longest[reading.start] = max(longest.get(reading.start, reading.end), reading.end)
    moved: dict[int, R] = {}
    dropped: set[int] = set()
    size = len(texts)
    for (start, end), indexes in spans.items():
        if end + 1 >= size or texts[end] != "," or longest[start] != end:
            continue
        area = (end + 1, longest.get(end + 1, -1))
        country = _only_country(found, spans.get(area, []))
        if country is None or _continues(texts, spans, area[1], stops):
            continue
        towns = [found[i] for i in indexes]
        if not all(town.label == "LOC" and town.normalized.get("id") for town in towns) \
                or any(_country(town) == country for town in towns):
            continue
        first = towns[0]
        moved[indexes[0]] = first._replace(normalized={
            "name": first.normalized.get("name") or texts.span_text(start, end),
            "country_iso2": country, "id": None})
        dropped.update(indexes[1:])
    if not moved:
        return list(found)
    return [moved.get(i, reading) for i, reading in enumerate(found) if i not in dropped]


def _only_country(found: Sequence[_Reading], indexes: Sequence[int]) -> str | None:
    """The country a span names when it is a country's name and nothing else."""
    if not indexes or any(found[i].label != "COUNTRY" for i in indexes):
        return None
    codes = {_country(found[i]) for i in indexes}
    return codes.pop() if len(codes) == 1 else None


def _continues(texts: TokenTexts, spans: Mapping[tuple[int, int], list[int]], end: int,
               stops: frozenset[str]) -> bool:
    """Does one of ``stops`` (a list word, a possessive), a hyphen, or a comma and another
    place's name follow the country ending at token ``end``?"""
    if end >= len(texts):
        return False
    if texts[end] in stops or texts[end].startswith("-"):
        return True
    return texts[end] == "," and any(start == end + 1 for start, _ in spans)
