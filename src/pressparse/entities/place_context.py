"""Places no gazetteer lists, found from the words around them.

"a house in Consett", "off Clarendon", "the municipality of Cosalá", "Barangay Anabu",
"a 27-year-old Narre Warren man", "a ferry from Cherbourg, France", "KOMATIPOORT – Police...",
and listed places cut short ("the municipality of Lázaro Cárdenas", not "Cárdenas"). One
compiled regex finds the cues in the item text; only the few words after a cue are read. A
weak cue (a preposition that also introduces other names: "in", "at", "from") needs a second
one: a premises word just before it ("a warehouse in"), an enforcement action earlier in the
clause ("arrested two men in"), a known place or country after the name (", France"), or a
listed place in the same list ("in Reggio Calabria, Rosarno and Milan"). A name accepted once
is a place at its other mentions in the item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

PLACE_LABEL = "LOC"
AREA_LABELS = frozenset({"LOC", "COUNTRY"})
MAX_NAME_WORDS = 4
_DEFAULT = "__default__"  # the item's dominant country, known once every place is found
_FALLBACK = "_fallback_country"
WINDOW_BEFORE = 90  # characters of the clause before a weak cue read for a second cue

_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")
_SPACE = re.compile(r"[ \u00a0]")
_LIST_SEPARATOR = re.compile(r",[ \u00a0]+(?:(and|or)[ \u00a0]+)?|[ \u00a0]+(and|or|&)[ \u00a0]+")
_BRACKETED = re.compile(r"[ \u00a0]*\([^()\n]{1,40}\)")
_AFTER_COMMA = re.compile(r",[ \u00a0]*|[ \u00a0]*\([ \u00a0]*")
_NUMBER_AFTER = re.compile(r"[ \u00a0]+\d")
_CLAUSE_END = re.compile(r"[.!?;\n|]")
_DATELINE = re.compile(
    r"^[ \t]*(?P<name>[^\W\d_a-z][^\W\d_]+(?:[ -][^\W\d_]+){0,2})"
    r"(?P<rest>,[ \u00a0]+[^,\n–—]{2,30}?)?[ \u00a0]+(?:–|—|--?)[ \u00a0]", re.M)


@dataclass(frozen=True)
class KnownEntity:
    """An entity already in the item: character offsets, label and normalized value."""

    start: int
    end: int
    label: str
    value: Mapping[str, Any]

    @property
    def country(self) -> str | None:
        return self.value.get("country_iso2") or self.value.get("iso2")


@dataclass(frozen=True)
class ContextPlace:
    """A place found from its context: character offsets and normalized value."""

    start: int
    end: int
    value: dict[str, Any]


@dataclass(frozen=True)
class _Run:
    """Capitalized words read after a cue; ``known`` is the listed place it equals, if any."""

    start: int
    end: int
    known: KnownEntity | None
    inner_country: str | None


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class PlaceContextFinder:
    """Finds places from cue words; see the module docstring."""

    def __init__(self, lists: Mapping[str, Sequence[str]],
                 blocked_words: Iterable[str] = (), title_words: Iterable[str] = ()) -> None:
        self.connectors = frozenset(lists.get("connectors", ()))
        self.stop = frozenset(lists.get("stop_words", ())) | frozenset(blocked_words)
        self.titles = frozenset(title_words)  # a person's title may not start a place name
        self.place_heads = frozenset(lists.get("place_heads", ()))
        self.dateline_stop = frozenset(lists.get("dateline_stop", ()))
        self.person_nouns = frozenset(lists.get("person_nouns", ()))
        self.states: dict[str, str] = dict(
            entry.split("|", 1) for entry in lists.get("us_state_abbreviations", ()))
        starts_name = r"(?=[^\W\d_a-z])"
        groups = {
            "prefix": (r"(?<![\w.])(?:{})[ \u00a0]+", lists.get("name_prefixes", ())),
            "of": (r"\b(?:{})[ \u00a0]+of[ \u00a0]+", lists.get("of_nouns", ())),
            "water": (r"\b(?:{})[ \u00a0]+of[ \u00a0]+", lists.get("water_prefixes", ())),
            "strong": (r"\b(?:{})[ \u00a0]+", lists.get("strong_prepositions", ())),
            "weak": (r"\b(?:{})[ \u00a0]+", lists.get("weak_prepositions", ())),
        }
        parts = [f"(?P<{name}>{pattern.format(_alternation(words))}){starts_name}"
                 for name, (pattern, words) in groups.items() if words]
        parts.append(rf"(?P<age>\b\d{{1,3}}-year-old[ \u00a0]+){starts_name}")
        self._cue = re.compile("|".join(parts))
        self._premises = re.compile(
            rf"\b(?:{_alternation(lists.get('premises_nouns', ('house',)))})[ \u00a0]*$")
        self._action = re.compile(
            rf"\b(?:{_alternation(lists.get('action_words', ('arrested',)))})\b")
        self._person = re.compile(
            rf"[ \u00a0]+(?:{_alternation(self.person_nouns or ('man',))})\b")
        self._state = re.compile(
            rf",[ \u00a0]+(?P<abbr>{_alternation(self.states)})(?![\w.])") if self.states else None

    # -- public --------------------------------------------------------------------------
    def find(self, text: str, known: Sequence[KnownEntity],
             taken: Sequence[tuple[int, int]] = ()) -> list[ContextPlace]:
        """Places in ``text`` no entity of ``known`` (nor a span of ``taken``) covers."""
        found: dict[tuple[int, int], ContextPlace] = {}
        self._known = sorted(known, key=lambda e: e.start)
        self._taken = list(taken)
        self._by_start = {e.start: e for e in self._known}
        for match in self._cue.finditer(text):
            kind = match.lastgroup or ""
            for place in self._at_cue(text, match, kind, _DEFAULT):
                found.setdefault((place.start, place.end), place)
        for place in self._datelines(text, _DEFAULT):
            found.setdefault((place.start, place.end), place)
        if not found:
            return []
        places = _without_overlaps(sorted(found.values(), key=lambda p: p.start))
        default = _dominant_country(self._known, places)
        for place in places:
            fallback = place.value.pop(_FALLBACK, None)
            if place.value["country_iso2"] == _DEFAULT:
                place.value["country_iso2"] = default or fallback
        return places + self._other_mentions(text, places)

    # -- cues ----------------------------------------------------------------------------
    def _at_cue(self, text: str, match: re.Match[str], kind: str,
                default: str | None) -> list[ContextPlace]:
        start = match.end()
        run = self._run(text, start)
        if kind in {"prefix", "water"}:
            if run is None:
                return []
            span_start = match.start()
            written = text[span_start:run.end]
            if self._blocked(span_start, run.end):
                return []
            value = _value(written, None) if kind == "water" else \
                _value(written, default, run.inner_country)
            return [ContextPlace(span_start, run.end, value)]
        if kind == "age":
            if run is None or run.known is not None \
                    or not self._person.match(text, run.end):
                return []
            return self._accept([run], text, default)
        if kind == "weak":
            elements = self._list(text, run) if run is not None else []
            if not elements or not self._weak_confirmed(text, match, elements):
                return []
            return self._accept(elements, text, default)
        if run is None:  # "of", "strong"
            return []
        return self._accept(self._list(text, run), text, default)

    def _weak_confirmed(self, text: str, match: re.Match[str], elements: list[_Run]) -> bool:
        """A second cue for a weak preposition's names."""
        if any(e.known is not None for e in elements) and any(e.known is None for e in elements):
            return True  # a list that names a listed place
        last = elements[-1]
        if self._area_after(text, last.end) is not None:
            return True  # "from Cherbourg, France"
        if text[elements[0].start:elements[0].end].split()[-1] in self.place_heads:
            return True  # "at Rosslare Europort"
        window_start = max(0, match.start() - WINDOW_BEFORE)
        window = text[window_start:match.start()]
        ends = list(_CLAUSE_END.finditer(window))
        if ends:
            window = window[ends[-1].end():]
        return bool(self._premises.search(window) or self._action.search(window))

    def _accept(self, runs: list[_Run], text: str, default: str | None) -> list[ContextPlace]:
        found: list[ContextPlace] = []
        after = self._area_after(text, runs[-1].end)
        for run in runs:
            if run.known is not None or self._blocked(run.start, run.end):
                continue
            country = after.country if after is not None else None
            found.append(ContextPlace(run.start, run.end, _value(
                text[run.start:run.end], country or default, run.inner_country)))
        return found

    def _area_after(self, text: str, end: int) -> KnownEntity | None:
        """The known place or country after ", " or " (" (its country is the name's)."""
        sep = _AFTER_COMMA.match(text, end)
        if sep is None:
            return None
        entity = self._by_start.get(sep.end())
        if entity is not None and entity.label in AREA_LABELS:
            return entity
        return None

    def _datelines(self, text: str, default: str | None) -> list[ContextPlace]:
        """"KOMATIPOORT – Police at...", "BALAMBAN, Cebu — A three-day...": an all-caps town
        at a line's start before a dash."""
        found: list[ContextPlace] = []
        for match in _DATELINE.finditer(text):
            name = match.group("name")
            words = name.replace("-", " ").split()
            if not name.isupper() or any(w in self.dateline_stop for w in words) \
                    or (len(words) == 1 and len(name) < 5):
                continue
            start, end = match.start("name"), match.end("name")
            if self._blocked(start, end) or any(e.start < end and start < e.end
                                                for e in self._known):
                continue
            found.append(ContextPlace(start, end, _value(name, default)))
        if self._state is not None and "." in text:
            found += self._state_abbreviations(text)
        return found

    def _state_abbreviations(self, text: str) -> list[ContextPlace]:
        """"NOGALES, Ariz." / "Laredo, Texas": an AP state abbreviation after a town."""
        assert self._state is not None
        found: list[ContextPlace] = []
        for match in self._state.finditer(text):
            before = text[max(0, match.start() - 30):match.start()].split()
            if not before or not before[-1][:1].isupper():
                continue
            start, end = match.start("abbr"), match.end("abbr")
            if self._blocked(start, end) or any(e.start < end and start < e.end
                                                for e in self._known):
                continue
            found.append(ContextPlace(start, end, {"name": self.states[match.group("abbr")],
                                                   "country_iso2": "US", "id": None}))
        return found

    # -- names ---------------------------------------------------------------------------
    def _run(self, text: str, start: int) -> _Run | None:
        """The capitalized name starting at ``start`` (1-4 words, connectors inside), or None
        when the words there are no place name (a stop word, an all-caps or possessive word,
        a longer capitalized phrase, another label's entity)."""
        entity = self._by_start.get(start)
        if entity is not None and entity.label != PLACE_LABEL:
            return None
        pos, end, words, i = start, start, 0, start
        while True:
            match = _WORD.match(text, pos)
            if match is None:
                break
            word = match.group()
            if word in self.connectors and words:
                if not self._name_follows(text, match.end()):
                    break  # "Otranto y Sunday"... a connector must lead to a name word
                pos = _SPACE.match(text, match.end()).end()  # type: ignore[union-attr]
                continue
            if not word[:1].isupper():
                break
            if (word.isupper() and len(word) > 1) or word in self.stop \
                    or (not words and word in self.titles):
                return None  # "in SOT", "in Chelmsford Crown Court", "at Inspector Smith's"
            words += 1
            if words > MAX_NAME_WORDS:
                return None
            end = match.end()
            i = end
            gap = _SPACE.match(text, end)
            if gap is None:
                break
            pos = gap.end()
        if words == 0 or text[i - 2:i] in {"'s", "’s"} or _NUMBER_AFTER.match(text, i):
            return None  # "at Smith's", "in Ward 4", "on Avenue 6"
        # the words covered must not cut or hold another label's entity
        inner_country: str | None = None
        known: KnownEntity | None = None
        for other in self._known:
            if other.start >= end:
                break
            if other.end <= start:
                continue
            if other.label != PLACE_LABEL or other.start < start or other.end > end:
                return None
            if other.start == start and other.end == end:
                known = other
            inner_country = inner_country or other.country
        return _Run(start, end, known, inner_country)

    def _name_word(self, word: str) -> bool:
        return word[:1].isupper() and not word.isupper() and word not in self.stop

    def _name_follows(self, text: str, end: int) -> bool:
        """After a connector ending at ``end``: more connectors, then a name word ("de la
        Concepción")?"""
        for _ in range(3):
            gap = _SPACE.match(text, end)
            word = _WORD.match(text, gap.end()) if gap is not None else None
            if word is None:
                return False
            if word.group() not in self.connectors:
                return self._name_word(word.group())
            end = word.end()
        return False

    def _list(self, text: str, first: _Run) -> list[_Run]:
        """The first name and the names listed after it ("Kankesanthurai, Delft Island and
        Mannar"); names after a comma count only when an "and"/"or" closes the list."""
        runs, pending, end = [first], [], first.end
        while True:
            bracket = _BRACKETED.match(text, end)  # "San Roque (Cádiz) and Marbella"
            if bracket is not None:
                end = bracket.end()
            sep = _LIST_SEPARATOR.match(text, end)
            if sep is None:
                break
            run = self._run(text, sep.end())
            if run is None:
                break
            if sep.group(1) or sep.group(2):
                runs += [*pending, run]
                pending = []
            else:
                pending.append(run)
            end = run.end
        return runs

    def _blocked(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self._taken)

    def _other_mentions(self, text: str, places: list[ContextPlace]) -> list[ContextPlace]:
        """The other mentions of the names found, not inside a longer capitalized phrase."""
        if not places:
            return []
        names = {text[p.start:p.end]: p.value for p in places}
        pattern = re.compile(rf"(?<![\w'’-])(?:{_alternation(names)})(?![\w'’-])")
        spans = [(p.start, p.end) for p in places]
        found: list[ContextPlace] = []
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in spans) or self._blocked(start, end):
                continue
            if any(e.start < end and start < e.end and not (
                    e.label == PLACE_LABEL and start <= e.start and e.end <= end)
                   for e in self._known):
                continue
            if _capitalized_neighbour(text, start, end):
                continue
            found.append(ContextPlace(start, end, dict(names[match.group()])))
            spans.append((start, end))
        return found


def _capitalized_neighbour(text: str, start: int, end: int) -> bool:
    """Is the mention part of a longer capitalized phrase ("Couva Police", "North Couva")?
    A capitalized word opening the sentence before it does not count."""
    after = _SPACE.match(text, end)
    if after is not None:
        word = _WORD.match(text, after.end())
        if word is not None and word.group()[:1].isupper():
            return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[:1].isupper():
        return False
    opening = _OPENING.search(text, max(0, before.start() - 10), before.start())
    return opening is None and before.start() > 0


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]$")
_OPENING = re.compile(r"(?:^|[.!?:\n|\"“(])\s*$")


def _value(written: str, country: str | None,
           fallback: str | None = None) -> dict[str, Any]:
    """The normalized value; ``fallback`` is the country used when the item has no dominant
    one (that of a listed place inside the name)."""
    name = " ".join(written.split())
    if name.isupper():
        name = " ".join(w.capitalize() for w in name.split())
    return {"name": name, "country_iso2": country, "id": None, _FALLBACK: fallback}


def _dominant_country(known: Sequence[KnownEntity],
                      places: Sequence[ContextPlace] = ()) -> str | None:
    """The country the item names most: its countries, demonyms, listed places and national
    bodies, except listed places inside a longer name found here ("Portland" in "Portland
    Point")."""
    counts: dict[str, int] = {}
    for entity in known:
        if entity.label == PLACE_LABEL:
            if entity.value.get("id") is None or any(
                    p.start <= entity.start and entity.end <= p.end for p in places):
                continue  # a grammar place's country is itself a default
            country = entity.value.get("country_iso2")
        elif entity.label in {"COUNTRY", "NORP"}:
            country = entity.value.get("iso2")
        elif entity.label == "ORG":
            country = entity.value.get("country")
        else:
            continue
        if isinstance(country, str) and len(country) == 2:
            counts[country] = counts.get(country, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _without_overlaps(places: list[ContextPlace]) -> list[ContextPlace]:
    """The longest of overlapping places."""
    kept: list[ContextPlace] = []
    for place in sorted(places, key=lambda p: (p.start - p.end, p.start)):
        if not any(k.start < place.end and place.start < k.end for k in kept):
            kept.append(place)
    return sorted(kept, key=lambda p: p.start)
