"""Places that head the rows of a breakdown list under a line naming their kind.

"By districts:" over "• Saryagash — 31 crimes", "Per region:" over "Chui: 96 cases": each row
opens with the names of the areas its figures are for ("• Maktaaral and Zhetysai — 19
crimes" names two). The heading must name a kind of area (``area_words``); a kind that is an
official head ("district|District") names each place with it (Saryagash District), other
kinds ("town|": "By towns:") leave the name bare. A breakdown by units ("By territorial
police departments:") is none: its rows are bodies an area names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import NamedTuple

MAX_HEADING_WORDS = 6
MAX_ROWS = 30

# a heading line: a few words and a colon, nothing after it
_HEADING = re.compile(r"(?m)^[ \t]*(?P<words>[^\W\d_][^\n:\d]{1,60}):[ \t]*$")
# a row: an optional bullet or number, names, a dash or colon, then a figure
_ROW = re.compile(r"[ \t]*(?:[•·▪◦*\-–—]|\d{1,2}[.)])?[ \t]*"
                  r"(?P<names>[^\W\d_a-z][^\n:;—–]{0,60}?)[ \t]*(?:—|–|-|:)[ \t]*\d")
_WORD_OF_NAME = r"[^\W\d_a-z][\w'’]*(?:-[\w'’]+)*"  # "Kyzyl-Kyshtak"
_NAME = re.compile(rf"{_WORD_OF_NAME}(?:[ \u00a0]{_WORD_OF_NAME}){{0,3}}")
_SEPARATOR = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)")
_WORD = re.compile(r"[^\W\d_]+")


class BreakdownPlace(NamedTuple):
    start: int
    end: int
    name: str  # as normalized: "Saryagash District", "Turan"


class BreakdownLists:
    """Finds the area names heading breakdown rows; see the module docstring."""

    def __init__(self, area_words: Mapping[str, str]) -> None:
        # "districts" and "district" -> "District"; a kind with no head -> ""
        self.heads: dict[str, str] = {}
        for word, head in area_words.items():
            self.heads[word] = self.heads[word + "s"] = head

    def find(self, text: str) -> Iterator[BreakdownPlace]:
        if ":" not in text or not self.heads:
            return
        for heading in _HEADING.finditer(text):
            words = [w.lower() for w in _WORD.findall(heading.group("words"))]
            if len(words) > MAX_HEADING_WORDS:
                continue
            kinds = [self.heads[w] for w in words if w in self.heads]
            if not kinds:
                continue
            head = kinds[-1]
            pos = heading.end() + 1
            for _ in range(MAX_ROWS):
                row = _ROW.match(text, pos)
                if row is None:
                    break
                yield from self._names(text, row, head)
                line_end = text.find("\n", row.end())
                if line_end < 0:
                    break
                pos = line_end + 1

    def _names(self, text: str, row: re.Match[str], head: str) -> Iterator[BreakdownPlace]:
        start, end = row.span("names")
        parts = _SEPARATOR.split(text[start:end])
        if not all(_NAME.fullmatch(part) for part in parts):
            return  # a row of words, no list of names ("Total seized — 4 kg")
        for part in parts:
            start = text.index(part, start)
            name = part.title() if part.isupper() else part
            yield BreakdownPlace(start, start + len(part), f"{name} {head}" if head else name)
            start += len(part)
