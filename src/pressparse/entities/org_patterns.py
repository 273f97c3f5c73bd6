"""Patterns built from the organization lists at load time: suffixes, areas, regional units."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..word_alternation import escaped_alternation, spaced_alternation


def body_suffix_pattern(suffixes: Sequence[str],
                        areas: Sequence[str] = ()) -> re.Pattern[str] | None:
    """" Public Affairs" right after a body's name (not followed by another name word), and
    the area it covers after it, one or two capitalized words and an area head ("Federal
    Policing Northwest Region")."""
    if not suffixes:
        return None
    names = spaced_alternation(suffixes, r"[ \t]+")
    area = rf"(?:[ \t]+(?:[A-Z][\w\-]*[ \t]+){{1,2}}(?:{'|'.join(map(re.escape, areas))}))?" \
        if areas else ""
    return re.compile(rf"[ \t]+((?:{names}){area})\b(?![ \t]+[A-Z])")


def bracketed_area_pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    """" (South)", " (NORTH WEST)", " (North-West)" right after a name: group 1 the area."""
    if not words:
        return None
    forms = {form for word in words for form in (word, word.upper())}
    names = spaced_alternation(forms, r"[ \-]")
    return re.compile(rf"[ \t]*\(({names})\)")


def regional_unit_patterns(entries: Sequence[str], sentence_words: Sequence[str],
                           title_words: Sequence[str],
                           ) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    """"Appalachia HIDTA": one to three capitalized words (no sentence or title word) right
    before a listed acronym of ``entries`` ("ACRONYM=unit long form"). Returns the acronyms'
    pattern, the place's pattern (searched in a window ending at the acronym) and the long
    forms."""
    long_forms = dict(entry.split("=", 1) for entry in entries if "=" in entry)
    if not long_forms:
        return None
    stop = escaped_alternation({*sentence_words, *title_words}, empty="")
    word = rf"(?!(?:{stop})\b)[A-Z][\w'\u2019.\-]*"
    acronyms = "|".join(re.escape(a) for a in long_forms)
    return (re.compile(rf"\b(?:{acronyms})\b"),
            re.compile(rf"(?<![\w'\u2019.\-])({word}(?:[ \t]+{word}){{0,2}})[ \t]+$"),
            long_forms)
