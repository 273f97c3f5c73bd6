"""Units whose name carries their place written after the head ("State Criminal Police Office
Vienna", "Coast Guard Station Tacloban", "District Police Office Morang"): the place joins
the body's span and name, as the samples guide writes it ("a place written right after the
span joins it")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

# a capitalized word no list knows ("Morang", "Mat-Su"), or two after an area word
# ("Northeastern Mindanao")
_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"


class PlacedUnitFinder:
    """Finds ``<unit> <Place>``: a body's span ending in a head noun (``heads``), a space,
    then a place entity, the text of a place entity named elsewhere in the text, or (after one
    of ``name_heads``, nouns that name a local office: "Station", "Office", "Zone") a
    capitalized name no list knows; in every case no capitalized word follows the place (a
    "Vienna Airport Unit" is the grammar's)."""

    def __init__(self, heads: Iterable[str], name_heads: Iterable[str],
                 area_words: Iterable[str], stop_words: Iterable[str],
                 link_words: Iterable[str]) -> None:
        self.heads = frozenset(heads)
        self.name_heads = frozenset(name_heads)
        self.area_words = frozenset(area_words)  # "Northeastern" (Mindanao)
        self.stop = frozenset(stop_words)
        # the name, not before a link word ("Office Specialised in ...": a longer name's word)
        links = "|".join(map(re.escape, link_words))
        self._name = re.compile(rf"[ \t](?P<name>{_WORD})(?:[ \t](?P<second>{_WORD}))?\b"
                                rf"(?![ \t]+(?:{links})\b)")

    def find(self, text: str, spans: Iterable[tuple[int, int]],
             places: Mapping[int, int], place_names: Sequence[str] = ()
             ) -> list[tuple[int, int]]:
        """``(start, end)`` of each unit with its place, from the bodies' ``spans``, the place
        entities' ``places`` (start -> end) and the texts of the doc's place entities."""
        found: list[tuple[int, int]] = []
        for start, end in spans:
            if text[end:end + 1] != " ":
                continue
            head = text[start:end].rsplit(None, 1)[-1]
            if head not in self.heads:
                continue
            place_end = places.get(end + 1) or self._named_place(text, end + 1, place_names)
            if place_end is None and head in self.name_heads:
                place_end = self._unknown_name(text, end)
            if place_end is None or _capitalized_after(text, place_end):
                continue
            found.append((start, place_end))
        return found

    @staticmethod
    def _named_place(text: str, at: int, place_names: Sequence[str]) -> int | None:
        """The end of a place the text names elsewhere as a place, written at ``at``."""
        for name in place_names:
            end = at + len(name)
            if text.startswith(name, at) and not text[end:end + 1].isalnum():
                return end
        return None

    def _unknown_name(self, text: str, end: int) -> int | None:
        """The end of a capitalized word right after ``end`` that is no sentence, title or
        head word ("Station Commander", "Office Monday"), or of two when the first is an
        area word ("Northeastern Mindanao"); other two capitalized words are a person's or a
        longer name's ("Command Kirsty Schofield": the caller sees the second one)."""
        match = self._name.match(text, end)
        if match is None or match["name"] in self.stop:
            return None
        if match["second"] and match["name"] in self.area_words \
                and match["second"] not in self.stop:
            return match.end("second")
        return match.end("name")


def _capitalized_after(text: str, end: int) -> bool:
    """Does a capitalized word follow right after ``end`` (one space between)?"""
    return text[end:end + 2].strip()[:1].isupper()
