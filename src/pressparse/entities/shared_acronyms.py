"""Acronyms that several listed bodies share, resolved in context.

"PNP" is the Philippine National Police and the National Police of Peru; "AFP" the Australian
Federal Police, the Armed Forces of the Philippines and Agence France-Presse. The gazetteer
lists such an acronym on every body that uses it (``shared_acronyms`` of a record) and picks
one reading per mention: a news agency where a wire cue marks the acronym as a story's source
("SYDNEY (AFP) -", "told AFP", "AFP reported"); else the body of the country the text names
most often among the readings' countries; else the one reading without a country (an
international body); else none (the mention is left to cue-based rules: "the PNP said").
A long form the text defines ("National Police of Peru (PNP)") is applied later, by the
organization stage, and wins over this choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..word_alternation import spaced_alternation

_GAP = r"[ \t\u00a0]+"


class SharedAcronyms:
    """The readings of shared acronyms and the wire cues that pick a news agency."""

    def __init__(self, readings: Mapping[str, list[dict[str, Any]]],
                 news_ids: Iterable[str], wire_before: Iterable[str],
                 wire_after: Iterable[str]) -> None:
        self.readings = {acronym: list(values) for acronym, values in readings.items()}
        self.news_ids = frozenset(news_ids)
        self.ids = frozenset(value["id"] for values in self.readings.values()
                             for value in values)
        before, after = spaced_alternation(wire_before), spaced_alternation(wire_after)
        # "told AFP", "according to AFP"; "SYDNEY (AFP)": a dateline after a city in capitals
        self._wire_before = re.compile(
            (rf"(?:\b(?:{before}){_GAP}(?:the{_GAP})?|" if before else "(?:")
            + r"\b[A-Z][A-Z.\-]{2,}[ \t\u00a0]*,?[ \t\u00a0]*(?:[A-Z][\w.\-]*[ \t\u00a0]*)?\()$")
        # "(AFP) -", "AFP reported", "AFP/Getty"
        self._wire_after = re.compile(
            r"(?:\)?[ \t\u00a0]*[-\u2013\u2014:]{1,2}[ \t\u00a0]|/[A-Z]"
            + (rf"|{_GAP}(?:{after})\b)" if after else ")"))

    def __contains__(self, acronym: str) -> bool:
        return acronym in self.readings

    def is_wire_source(self, before: str, after: str) -> bool:
        """Does the text around the acronym name it as a story's source?"""
        return self._wire_before.search(before) is not None \
            or self._wire_after.match(after) is not None

    def resolve(self, acronym: str, before: str, after: str,
                country_counts: Mapping[str, int]) -> dict[str, Any] | None:
        """The reading of one mention (``before``/``after``: the text around it;
        ``country_counts``: how often the text names each country), or None."""
        readings = self.readings.get(acronym, [])
        news = [v for v in readings if v["id"] in self.news_ids]
        if news and self.is_wire_source(before, after):
            return news[0]
        ranked = sorted(((country_counts.get(v.get("country") or "", 0), i)
                         for i, v in enumerate(readings) if v.get("country")
                         and v["id"] not in self.news_ids), reverse=True)
        if ranked and ranked[0][0] > 0 and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]):
            return readings[ranked[0][1]]
        international = [v for v in readings if not v.get("country")]
        return international[0] if len(international) == 1 else None
