"""A province named like its capital ("Herat", "Kandahar", "Kunduz") in a country whose
provinces are named with their head (Afghanistan, Iran, Armenia): the words around the name
tell which one a text means. The province where the text means its police or officials
("Herat police seize", "counter-narcotics officers of Herat", "HERAT COUNTER NARCOTICS
OFFICIALS") or lists it with provinces ("in Nangarhar and Kandahar", "Herat, Farah and
Badghis officials"); the city where a city word follows it ("in Herat city") and everywhere
else (the gazetteer's first reading).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from .phrases import TokenTexts

_LIST_JOINTS = frozenset({",", "and", "&"})
_HASH = "#"
MAX_QUALIFIERS = 2


class _Candidate(Protocol):
    start: int
    end: int
    label: str
    normalized: dict[str, Any]


def headed_reading(written: str, value: Mapping[str, Any]) -> bool:
    """Is ``value`` a subdivision named with its head ("Escuintla Department", "Province of
    Bari") for the ``written`` name ("Escuintla")?"""
    name = (value.get("name") or "").lower()
    written = written.lower()
    return name != written and (name.startswith(written + " ") or name.endswith(" " + written))


def readings_by_span(candidates: Sequence[_Candidate]) -> dict[tuple[int, int], list[int]]:
    """The indexes of the listed places' readings (LOC candidates with an id) by their token
    span, in ``candidates``' order."""
    by_span: dict[tuple[int, int], list[int]] = {}
    for i, candidate in enumerate(candidates):
        if candidate.label == "LOC" and candidate.normalized.get("id"):
            by_span.setdefault((candidate.start, candidate.end), []).append(i)
    return by_span


@dataclass(frozen=True)
class ProvinceCues:
    """``body_words``: nouns after the name that make it the province ("police",
    "officials"); ``qualifiers``: words that may stand between ("counter-narcotics");
    ``of_words``: nouns before "of" that do ("officers of Herat"); ``countries``: the
    countries whose provinces are read so (Afghanistan, Iran, Armenia); ``city_words``: words
    after the name that keep it the city ("Herat city")."""

    body_words: frozenset[str]
    qualifiers: frozenset[str]
    of_words: frozenset[str]
    countries: frozenset[str]
    city_words: frozenset[str]

    @classmethod
    def from_lists(cls, lists: Mapping[str, Iterable[str]]) -> ProvinceCues:
        def words(name: str) -> frozenset[str]:
            return frozenset(word.lower() for word in lists.get(name, ()))
        return cls(words("province_body_words"), words("province_body_qualifiers"),
                   words("province_of_words"),
                   frozenset(lists.get("province_capital_countries", ())),
                   words("province_city_words"))

    def apply(self, texts: TokenTexts, candidates: Sequence[_Candidate]) -> list[Any]:
        """``candidates`` with the province reading first where the words around a name
        that has a town's reading and a province's one mean the province."""
        if not self.body_words:
            return list(candidates)
        by_span = readings_by_span(candidates)
        result = list(candidates)
        for (start, end), indexes in by_span.items():
            if len(indexes) < 2:
                continue
            first = candidates[indexes[0]]
            country = first.normalized.get("country_iso2")
            written = texts.span_text(start, end)
            if country not in self.countries or headed_reading(written, first.normalized):
                continue  # the province's reading already, or a country writing plain names
            province = next((i for i in indexes[1:]
                             if headed_reading(written, candidates[i].normalized)
                             and candidates[i].normalized.get("country_iso2") == country), None)
            if province is None or self._city_after(texts, end):
                continue
            if self._body_after(texts, end) or self._body_of_before(texts, start) \
                    or _listed_with_province(texts, start, end, by_span, candidates, country):
                result[indexes[0]], result[province] = candidates[province], first
        return result

    def _body_after(self, texts: TokenTexts, end: int) -> bool:
        """"Herat police", "HERAT COUNTER NARCOTICS OFFICIALS", "Herat's police"."""
        i = end
        if i < len(texts) and texts[i] in {"'s", "’s"}:
            i += 1
        for _ in range(MAX_QUALIFIERS + 1):
            if i >= len(texts):
                return False
            word = texts[i].lower()
            if word in self.body_words:
                return True
            if word not in self.qualifiers:
                return False
            i += 1
        return False

    def _body_of_before(self, texts: TokenTexts, start: int) -> bool:
        """"officers of Herat", "the counter-narcotics police of #Herat"."""
        i = start - 1
        if i >= 0 and texts[i] == _HASH:
            i -= 1
        if i >= 0 and texts[i].lower() == "the":
            i -= 1
        return i >= 1 and texts[i] == "of" and texts[i - 1].lower() in self.of_words

    def _city_after(self, texts: TokenTexts, end: int) -> bool:
        """"Herat city": the city."""
        return end < len(texts) and texts[end].lower() in self.city_words


def _listed_with_province(texts: TokenTexts, start: int, end: int,
                          by_span: Mapping[tuple[int, int], list[int]],
                          candidates: Sequence[_Candidate], country: str) -> bool:
    """Is the name in a list next to a place whose first reading is a province of the same
    country ("Nangarhar and Kandahar", "Herat, Farah and Badghis")?"""
    neighbours: list[tuple[int, int]] = []
    i = end
    while i < len(texts) and texts[i] in _LIST_JOINTS and i - end < 2:
        i += 1
    if i > end:
        neighbours += [span for span in by_span if span[0] == i]
    j = start
    while j > 0 and texts[j - 1] in _LIST_JOINTS and start - j < 2:
        j -= 1
    if j < start:
        neighbours += [span for span in by_span if span[1] == j]
    for span in neighbours:
        other = candidates[by_span[span][0]]
        written = texts.span_text(*span)
        if other.normalized.get("country_iso2") == country \
                and all(headed_reading(written, candidates[k].normalized)
                        for k in by_span[span]):
            return True  # (a name with a town's reading too proves nothing)
    return False

