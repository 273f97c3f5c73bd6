"""Footnote markers glued to figures and words in reports, read as nothing.

A report's pages set a footnote's marker right after the figure or word it annotates
("1,204 kg³ of narcotic drugs", "USD 412.6 million⁴", "in the third quarter of 2026¹",
"search warrants[2]") and its note at the page's foot, on a line opening with the same
marker ("³ Of which 312 kg were seized ..."). The marker is not part of the figure: where a
line opens with a marker, each marker glued to the end of a word or figure elsewhere reads as
nothing, so "kg³" reads "kg" (a superscript two or three after a length unit, "km²", stays a
power). The notes themselves are read as written. The marks are data: ``footnotes.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .edits import Edit

FOOTNOTES_FILE = "footnotes.json"
_POWERS = frozenset("²³")


class FootnoteMarks(NamedTuple):
    """``footnotes.json`` compiled."""

    sign: re.Pattern[str]  # any marker character or bracket (the cheap test)
    glued: re.Pattern[str]  # a marker glued to the end of a word or figure, group 'word'
    note: re.Pattern[str]  # a line opening with a marker, group 'mark'
    power_units: frozenset[str]


@lru_cache(maxsize=1)
def footnote_marks() -> FootnoteMarks:
    """The bundled marks of ``footnotes.json``."""
    from .mask import read_data_json

    data = read_data_json(FOOTNOTES_FILE)
    marker = rf"[{data['marks']}]+|{data['bracketed']}"
    return FootnoteMarks(
        re.compile(rf"[{data['marks']}]|\[\d"),
        re.compile(rf"(?P<word>[^\W_]+|%|\))(?P<mark>{marker})(?![^\W_])"),
        re.compile(rf"(?m)^[ \t]*(?P<mark>{marker})[ \t]*(?=[^\W\d_]|\d)"),
        frozenset(unit.lower() for unit in data["power_units"]))


def footnote_markers(text: str) -> list[Edit]:
    """Markers glued to words and figures read as nothing, in a text with lines opening with
    the same markers (its footnotes); else no edit."""
    marks = footnote_marks()
    if not marks.sign.search(text):
        return []
    notes = {match.group("mark") for match in marks.note.finditer(text)}
    if not notes:
        return []
    edits: list[Edit] = []
    for match in marks.glued.finditer(text):
        mark = match.group("mark")
        if not _noted(mark, notes) or _is_power(match.group("word"), mark, marks):
            continue
        edits.append(Edit(match.start("mark"), match.end("mark"), ""))
    return edits


def _noted(mark: str, notes: set[str]) -> bool:
    """Whether a glued marker has a note: its own, or each of its characters' (``²³``, two
    markers written together)."""
    return mark in notes or (not mark.startswith("[") and all(char in notes for char in mark))


def _is_power(word: str, mark: str, marks: FootnoteMarks) -> bool:
    """Whether ``mark`` raises the unit before it to a power ("km²", "m³")."""
    return mark in _POWERS and word.lower() in marks.power_units
