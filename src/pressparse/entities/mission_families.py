"""Missions of one family named by their acronym and the place they serve ("EUCAP Somalia",
"EUBAM Libya", "EUAM Iraq"): the pair is one ORG, the family's long form with the place
("European Union Capacity Building Mission in Somalia"), never the family's listed mission
of another place ("EUCAP Sahel")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..word_alternation import escaped_alternation
from .doc_view import Ent
from .entity_merge import Values, entity_value
from .records import MissionFamily

_PLACE_LABELS = frozenset({"COUNTRY", "LOC"})


class MissionFamilies:
    """Finds ``<family acronym> <place>`` (the place a COUNTRY or LOC entity right after it,
    on its line, before no capitalized word)."""

    def __init__(self, families: Iterable[MissionFamily]) -> None:
        self._long = {family.acronym: family.name for family in families}
        self._pattern = re.compile(
            rf"(?<![\w-])(?:{escaped_alternation(self._long)})(?= [^\W\d_])"
        ) if self._long else None

    def find(self, text: str, ents: Sequence[Ent],
             values: Values) -> list[tuple[int, int, dict[str, Any]]]:
        """``(start, end, value)`` of each mission written as its family's acronym and its
        place: named '<long form> <place's name>', or the listed mission whose name holds
        the place ("EULEX Kosovo")."""
        if self._pattern is None:
            return []
        places = {ent.start_char: ent for ent in reversed(ents) if ent.label_ in _PLACE_LABELS}
        if not places:
            return []
        orgs = {(ent.start_char, ent.end_char): ent for ent in reversed(ents)
                if ent.label_ == "ORG"}
        found: list[tuple[int, int, dict[str, Any]]] = []
        for match in self._pattern.finditer(text):
            start, end = match.span()
            place = places.get(end + 1)
            if place is None or _capitalized_after(text, place.end_char):
                continue
            where = (entity_value(values, place) or {}).get("name") \
                or " ".join(place.text.split())
            org = orgs.get((start, end))
            listed = entity_value(values, org) if org is not None else None
            if listed and where in (listed.get("name") or ""):
                value = dict(listed)
            else:
                value = {"name": f"{self._long[match.group()]} {where}",
                         "acronym": match.group(), "id": None}
            found.append((start, place.end_char, value))
        return found


def _capitalized_after(text: str, end: int) -> bool:
    """Does a capitalized word follow ``end`` on its line, one space between ("EUBAM Field
    Office": a longer name's)?"""
    return text[end:end + 1] == " " and text[end + 1:end + 2].isupper()
