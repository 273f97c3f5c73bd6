"""Local police and customs units named after a place: "the Karasai district police department",
"the Almaty city police department", "the Turkestan regional police department".

The place is an entity already found (LOC); the level word ("city", "regional"...) and the
unit head ("police department") follow it in lower case. The whole phrase is an ORG whose
name is written in title case ("Karasai District Police Department").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from ..word_alternation import longest_first_key, spaced_alternation

_GAP = r"[ \t\u00a0]+"


class LocalUnitFinder:
    """Finds "<place> [level] <unit head>" right after a place entity."""

    def __init__(self, levels: Iterable[str], heads: Iterable[str],
                 named_heads: Iterable[str] = (), stop: Iterable[str] = (),
                 parented_heads: Iterable[str] = ()) -> None:
        levels = list(levels)
        self._after_place = re.compile(
            rf"(?:{_GAP}(?:{spaced_alternation(levels)}))?"
            rf"{_GAP}(?:{spaced_alternation(heads)})\b",
            re.IGNORECASE)
        parented = list(parented_heads)
        # "the Brest regional department of the ...", "the Khatlon regional department of
        # DCA": a bare head, after a level word and before "of" (whether a body follows is
        # the caller's to check)
        self._parented = re.compile(
            rf"{_GAP}(?:{spaced_alternation(levels)}){_GAP}(?:{spaced_alternation(parented)})"
            rf"(?= of )") if parented and levels else None
        named = list(named_heads)
        # "the Smorgon border group": a head that names a unit after any capitalized name,
        # a place no list knows included (the head is never written after other words);
        # the scan looks for the literal heads, then reads the name before each
        self._named = re.compile(rf"(?:{spaced_alternation(named)})\b") if named else None
        self._named_firsts = tuple({head.split()[0] for head in named})
        self._stop = frozenset(stop)  # "The", "Monday": no name before a named head

    def find(self, text: str, places: Iterable[tuple[int, int]],
             peoples: Collection[int] = ()) -> list[tuple[int, int, str]]:
        """``(start, end, name)`` for every place followed by a unit head; a named head's
        name is no country or demonym (``peoples``: their entities' starts; "the Uzbek
        customs office" is a NORP and a generic noun)."""
        places = list(places)
        found = _after_places(self._after_place, text, places)
        if self._named is not None and any(word in text for word in self._named_firsts):
            # the names of several words the text gives its places ("the Shamsiddin Shohin
            # district"): a named head after one takes the whole name, not its last word
            known = sorted({name for start, end in places
                            if " " in (name := _place_name(text[start:end]))},
                           key=longest_first_key)
            for match in self._named.finditer(text):
                if not match.start() or text[match.start() - 1] not in " \t\u00a0":
                    continue
                before = _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
                if before is None:
                    continue
                begin = before.start()
                whole = _known_name_start(text, begin, match.start(), known) if known else None
                if whole is not None:
                    begin = whole
                if any(start <= begin < end for start, end, _name in found) \
                        or begin in peoples \
                        or text[begin:match.start()].split()[0] in self._stop \
                        or (_opens_sentence(text, begin)
                            and not any(start == begin for start, _ in places)):
                    continue  # "The police station", "Yesterday police station staff": a
                    # sentence's first word is a name only when it is a known place
                found.append((begin, match.end(), _title_name(text[begin:match.end()])))
        return found

    def find_parented(self, text: str,
                      places: Iterable[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """``(start, end, name)`` for every place followed by a level word and a bare unit
        head ("Sughd regional department") right before "of": a territorial unit of the
        body named next, if one is. A capitalized name no list knows counts as the place
        ("the Zhambyl regional department of ..."), not a sentence's first word nor a stop
        word."""
        if self._parented is None:
            return []
        places = list(places)
        found = _after_places(self._parented, text, places)
        ends = {end for _start, end in places}
        for match in self._parented.finditer(text):
            if match.start() in ends or not match.group().strip()[:1].islower():
                continue
            before = _NAME_BEFORE_GAPLESS.search(text, max(0, match.start() - 40),
                                                 match.start())
            if before is None or before.group() in self._stop \
                    or _opens_sentence(text, before.start()):
                continue
            found.append((before.start(), match.end(),
                          _title_name(text[before.start():match.end()])))
        return found


def _after_places(pattern: re.Pattern[str], text: str,
                  places: Iterable[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` for every place that ``pattern`` continues with lower-case
    words right after it ("Karasai" + " district police department")."""
    found = []
    for start, end in places:
        match = pattern.match(text, end)
        if match is not None and match.group().strip()[:1].islower():
            found.append((start, match.end(), _title_name(text[start:match.end()])))
    return found


def _title_name(span: str) -> str:
    """A unit's name in title case, its lower-case words capitalized and its spacing
    single ("Karasai  district police" -> "Karasai District Police")."""
    return " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in span.split())


def _place_name(span: str) -> str:
    """A place span's name without the lower-case head written after it ("Shamsiddin
    Shohin district" -> "Shamsiddin Shohin")."""
    words = span.split()
    while len(words) > 1 and words[-1][:1].islower():
        words.pop()
    return " ".join(words)


def _known_name_start(text: str, start: int, end: int, known: list[str]) -> int | None:
    """The start of the doc's place name of several words ending at ``end`` (a space
    before it) whose last word starts at ``start``, or None."""
    low = max(0, end - 80)
    stem = text[low:end].rstrip(" \t\u00a0")
    for name in known:
        at = low + len(stem) - len(name)
        if stem.endswith(name) and at < start and (at == 0 or not text[at - 1].isalnum()):
            return at
    return None


def _opens_sentence(text: str, start: int) -> bool:
    """Does a sentence or line open at ``start`` (its first word may be any capitalized
    word)?"""
    before = text[max(0, start - 3):start].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?\n:;\"\u201c"


_CAPITALIZED_NAME = r"\b[^\W\d_a-z][\w'\u2019]*(?:-[^\W\d_][\w'\u2019]*)?"
# a capitalized name ending right where a unit's level word starts ("Zhambyl")
_NAME_BEFORE_GAPLESS = re.compile(rf"{_CAPITALIZED_NAME}$")
# the capitalized name right before a named unit's head ("Smorgon ", "Dostuk-Avto ")
_NAME_BEFORE = re.compile(rf"{_CAPITALIZED_NAME}{_GAP}$")
