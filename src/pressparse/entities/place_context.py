"""Places no gazetteer lists, found from the words around them.

"a house in Consett", "off Clarendon", "the municipality of Cosalá", "Barangay Anabu",
"a 27-year-old Narre Warren man", "a ferry from Cherbourg, France", "KOMATIPOORT – Police...",
and listed places cut short ("the municipality of Lázaro Cárdenas", not "Cárdenas"). One
compiled regex (it starts with a literal space, so the scan runs in C) finds the cue words
before a capitalized word; only the few words after a cue are read in Python. A weak cue (a
preposition that also introduces other names: "in", "at", "from") needs a second one: a
premises word just before it ("a warehouse in"), an enforcement action earlier in the clause
("arrested two men in"), a known place or country after the name (", France"), a place head
ending the name ("Rosslare Europort"), or a listed place in the same list ("in Reggio
Calabria, Rosarno and Milan"). A name accepted once is a place at its other mentions in the
item.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..word_alternation import escaped_alternation
from .place_breakdowns import BreakdownLists
from .place_grammar import with_saints_written_out

PLACE_LABEL = "LOC"
AREA_LABELS = frozenset({"LOC", "COUNTRY"})
MAX_NAME_WORDS = 4
WINDOW_BEFORE = 90  # characters of the clause before a weak cue read for a second cue
DATELINE_REACH = 400  # characters from the item's start where a dateline may be
_DEFAULT = "__default__"  # the item's dominant country, known once every place is found
_FALLBACK = "_fallback_country"
_SECOND_CUE_KINDS = frozenset({"weak", "route", "origin"})

_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")
_SPACE = re.compile(r"[ \u00a0]")
_LIST_SEPARATOR = re.compile(r",[ \u00a0]+(?:(and|or)[ \u00a0]+)?|[ \u00a0]+(and|or|&)[ \u00a0]+")
_BRACKETED = re.compile(r"[ \u00a0]*\([^()\n]{1,40}\)")
_AFTER_COMMA = re.compile(r",[ \u00a0]*|[ \u00a0]*\([ \u00a0]*")
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z]+)")
_NUMBER_AFTER = re.compile(r"[ \u00a0]+\d")
# a short abbreviation's stop and a figure ("Rs. 960", "Tk. 5"): a currency's letters, no town
_SUM_AFTER_STOP = re.compile(r"\.[ \u00a0]?\d")
MAX_CURRENCY_LETTERS = 3
_AGE = re.compile(r"-year-old[ \u00a0]+(?=[^\W\d_a-z])")
_LOWER_WORDS = re.compile(r"[a-z]+")
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]*$")
# "a 34-year-old fisherman of": an age before the person noun ahead of "of"
# a capitalized name, then an adult's age in brackets or between commas, then "of"'s space
_AGE_AFTER_NAME = re.compile(
    r"[^\W\d_a-z][^\W\d_]+(?:[ \u00a0]\((?:1[4-9]|[2-9]\d)\)|,[ \u00a0](?:1[4-9]|[2-9]\d)),"
    r"[ \u00a0]$")
_AGED_BEFORE = re.compile(r"-year-old[ \u00a0](?:[a-z]+[ \u00a0]){0,2}$")
# a name followed, within a few words, by a list or a bracket ("Laval, Longueuil and ...")
_MAY_CONTINUE = re.compile(r"[^\n,(]{1,50}?(?:,|[ \u00a0](?:and|or|&)[ \u00a0]|[ \u00a0]\()")
_DATELINE = re.compile(r"[ \t]*(?P<name>[^\W\d_a-z][^\W\d_]+(?:[ -][^\W\d_]+){0,2})"
                       r"(?P<rest>,[ \u00a0]+[^,\n–—]{2,30}?)?[ \u00a0]+(?:–|—|--?)[ \u00a0]+"
                       r"(?=[^\W_a-z])")  # the story's first word after the dash
# a wire dateline: a town in any case, its date, the agency's bracketed credit and a dash
# ("Pezinok, January 22, 2025 (TASR) – The court ...")
_WIRE_DATELINE = re.compile(
    r"[ \t]*(?P<name>[^\W\d_a-z][^\W\d_]+(?:[ -][^\W\d_]+){0,2}),[ \u00a0]+[^\n()]{3,40}?"
    r"[ \u00a0]\((?P<agency>[^\W\d_a-z][^\W\d_]{1,9})\)[ \u00a0]*(?:–|—|--?)[ \u00a0]")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]$")
_WORD_BEFORE_SLASH = re.compile(r"[^\W\d_][\w'’-]*$")
_OPENING = re.compile(r"(?:^|[.!?:\n|\"“(])\s*$")
_TRIM = ",.;:()\"'“”‘’"


class KnownEntity(NamedTuple):
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


class _Run(NamedTuple):
    """Capitalized words read after a cue; ``known`` is the listed place it equals, if any."""

    start: int
    end: int
    known: KnownEntity | None
    inner_country: str | None


class _Item:
    """One item's text, its entities (sorted, not overlapping; read only when a cue needs
    them) and the spans taken."""

    def __init__(self, text: str,
                 known: Sequence[KnownEntity] | Callable[[], Sequence[KnownEntity]],
                 taken: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self._load = known if callable(known) else (lambda: known)
        self._known: list[KnownEntity] | None = None
        self.taken = list(taken)

    def _ensure(self) -> list[KnownEntity]:
        if self._known is None:
            self._known = sorted(self._load(), key=lambda e: e.start)
            self._starts = [e.start for e in self._known]
            self._by_start = {e.start: e for e in self._known}
        return self._known

    @property
    def known(self) -> list[KnownEntity]:
        return self._ensure()

    @property
    def by_start(self) -> dict[int, KnownEntity]:
        self._ensure()
        return self._by_start

    def blocked(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.taken)

    def overlapping(self, start: int, end: int) -> list[KnownEntity]:
        """Entities overlapping ``[start, end)``, in text order."""
        known = self._ensure()
        i = bisect_left(self._starts, end) - 1
        found: list[KnownEntity] = []
        while i >= 0 and known[i].end > start:
            found.append(known[i])
            i -= 1
        return found[::-1]


def _alternation(words: Iterable[str]) -> str:
    return escaped_alternation(words, empty="")


def _words(lists: Mapping[str, Sequence[str]], name: str) -> frozenset[str]:
    return frozenset(lists.get(name, ()))


class PlaceContextFinder:
    """Finds places from cue words; see the module docstring."""

    def __init__(self, lists: Mapping[str, Sequence[str]],
                 blocked_words: Iterable[str] = (), title_words: Iterable[str] = ()) -> None:
        self.connectors = _words(lists, "connectors")
        self.stop = _words(lists, "stop_words") | frozenset(blocked_words)
        self.titles = frozenset(title_words)  # a person's title may not start a place name
        self.place_heads = _words(lists, "place_heads")
        self.dateline_stop = _words(lists, "dateline_stop")
        self.person_nouns = _words(lists, "person_nouns")
        self.aged_person_nouns = _words(lists, "aged_person_nouns")
        self.thing_nouns = _words(lists, "thing_nouns")
        self.named_heads = _pairs(lists.get("named_heads", ()))
        self.of_nouns = _words(lists, "of_nouns")
        self.water_prefixes = _words(lists, "water_prefixes")
        self.of_context = self.of_nouns | self.water_prefixes
        self.premises = _words(lists, "premises_nouns")
        self.agents = _words(lists, "agent_nouns")
        self.actions = _words(lists, "action_words")
        self.route_words = _words(lists, "route_words")
        self.kind: dict[str, str] = {"of": "of"}
        # "the road to Paraguachón", "on their way to Lomé": "to" after a word of a route
        self.to_nouns = _words(lists, "to_nouns")
        if self.to_nouns:
            self.kind["to"] = "to"
        # the word a cue needs before it ("the municipality of", "the road to")
        self._words_before = {"of": self.of_context, "to": self.to_nouns}
        self.origin_words = _words(lists, "origin_words")
        for kind, name in (("prefix", "name_prefixes"), ("strong", "strong_prepositions"),
                           ("weak", "weak_prepositions"), ("route", "route_prepositions"),
                           ("origin", "origin_prepositions"), ("field", "field_labels")):
            for word in lists.get(name, ()):
                self.kind[word] = kind
        # one literal-first pattern: " in Couva", " off Clarendon", " Barangay Anabu"
        self._cue = re.compile(
            rf"[ \u00a0\n(]({_alternation(self.kind)})(?=[ \u00a0][^\W\d_a-z])")
        word = r"[^\W\d_][\w'’]*(?:-[\w'’]+)*"
        self._run_pattern = re.compile(
            rf"{word}(?:[ \u00a0](?:(?:{_alternation(self.connectors or ('de',))})[ \u00a0])*"
            rf"(?=[^\W\d_a-z]){word})*")
        self.states = _pairs(lists.get("us_state_abbreviations", ()))
        self._state = re.compile(
            rf", (?P<abbr>{_alternation(self.states)})(?![\w.])") if self.states else None
        # (a route word is in lower case or starts the road's own name: "Linden-Soesdyke
        # Highway")
        route_heads = [form for head in lists.get("route_pair_heads", ())
                       for form in (head, head.title())]
        # "the Brest–Kobrin highway": two names joined by a dash before a route word
        # (the dash first: the scan only stops at dashes; the first name is read back)
        self._route_pair = re.compile(
            rf"[–—\-][ \u00a0]?({word})[ \u00a0]+(?:{_alternation(route_heads)})\b") \
            if route_heads else None
        # the same, one pattern per dash: led by a literal, re scans for it at C speed
        self._route_pairs_by_dash = {
            dash: re.compile(re.escape(dash) + self._route_pair.pattern[len(r"[–—\-]"):])
            for dash in ("\u2013", "\u2014", "-")} if self._route_pair is not None else {}
        self._route_first = re.compile(rf"(?<![\w'’\-–—])({word})[ \u00a0]?$")
        self._route_dashes = ("\u2013", "\u2014", "-")
        # a route word must be in the text before any dash is scanned: a long hyphenated
        # run with none ("Name-Name-...-2024") would be read again from each of its dashes
        self._route_heads = tuple(route_heads)
        self.brazil_states = _pairs(lists.get("brazil_state_codes", ()))
        self.saints = _pairs(lists.get("saint_abbreviations", ()))  # "Ste" -> "Sainte"
        self.compass_words = _words(lists, "area_compass_words")
        # ", south of Saint-Louis", ", about 20 km north of Osh": a bearing from a known place
        # after a name places the name near it (bearing_words, after maybe a distance:
        # bearing_approximators, bearing_units)
        bearings = _words(lists, "bearing_words")
        units = _words(lists, "bearing_units")
        approximators = _words(lists, "bearing_approximators")
        distance = (rf"(?:(?:{_alternation(approximators)})[ \u00a0]+)?" if approximators
                    else "") + (rf"(?:\d+(?:[.,]\d+)?[ \u00a0]*(?:{_alternation(units)})"
                                r"[ \u00a0]+)?" if units else "")
        self._bearing_after = re.compile(
            r",[ \u00a0]*" + distance
            + rf"(?:{_alternation(bearings)})[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
        ) if bearings else None
        self.breakdowns = BreakdownLists(_pairs(lists.get("breakdown_area_words", ())))
        self._brazil_state = re.compile(
            rf"/(?P<code>{_alternation(self.brazil_states)})(?![\w/])") \
            if self.brazil_states else None
        # "Foz do Iguaçu (PR)": a code in brackets, read only after a Brazilian place
        self._brazil_state_bracketed = re.compile(
            rf"[ \t]\((?P<code>{_alternation(self.brazil_states)})\)") \
            if self.brazil_states else None

    # -- public --------------------------------------------------------------------------
    def find(self, text: str,
             known: Sequence[KnownEntity] | Callable[[], Sequence[KnownEntity]],
             taken: Sequence[tuple[int, int]] = ()) -> list[ContextPlace]:
        """Places in ``text`` no entity of ``known`` (nor a span of ``taken``) covers;
        ``known`` may be a function, called only when a cue needs the entities."""
        item = _Item(text, known, taken)
        found: dict[tuple[int, int], ContextPlace] = {}
        for match in self._cue.finditer(text):
            cue_start = match.start(1)
            cue = match.group(1)
            start = match.end() + 1
            words_before = self._words_before.get(cue)
            if words_before is not None:  # most "of" are "Ministry of ...", "to" is "to
                # Interpol" more often than "the road to Paraguachón": read the word before
                before = text[max(0, cue_start - 20):cue_start].rsplit(None, 1)
                if not before or (before[-1] not in words_before
                                  and not self._aged_person(text, cue_start, before[-1])):
                    continue
            kind = self.kind[cue]
            if kind == "field" and text[cue_start - 1:cue_start] != "\n":
                continue  # "Place: Okuryangava, Windhoek" opens a line of a report's form
            confirmed = False
            if kind in _SECOND_CUE_KINDS:  # text first: the entities are read only if needed
                confirmed = self._window_confirms(text, cue_start, kind)
                if not confirmed and not _MAY_CONTINUE.match(text, start):
                    continue  # no second cue before, no list or ", <place>" after
            entity = item.by_start.get(start)
            if entity is not None and entity.label != PLACE_LABEL:
                continue  # "in Kazakhstan", "in February", "from Europol"
            for place in self._at_cue(item, match, confirmed):
                found.setdefault((place.start, place.end), place)
        if "-year-old" in text:
            for match in _AGE.finditer(text):
                for place in self._after_age(item, match.end()):
                    found.setdefault((place.start, place.end), place)
        for place in self._datelines(item):
            found.setdefault((place.start, place.end), place)
        for place in self._route_pairs(item):
            found.setdefault((place.start, place.end), place)
        for place in self._breakdown_rows(item):
            found.setdefault((place.start, place.end), place)
        if "," in text or " and " in text:  # "Tahiti, Moorea, Raiatea": a listed town's list
            for place in self._listed_neighbours(item):
                found.setdefault((place.start, place.end), place)
        if not found:
            return []
        places = _without_overlaps(sorted(found.values(), key=lambda p: p.start))
        default = _dominant_country(item.known, places)
        for place in places:
            fallback = place.value.pop(_FALLBACK, None)
            if place.value["country_iso2"] == _DEFAULT:
                place.value["country_iso2"] = default or fallback
            if self.saints:  # "Baie Ste Anne": Baie Sainte Anne
                place.value["name"] = with_saints_written_out(place.value["name"], self.saints)
        return places + self._other_mentions(item, places)

    # -- cues ----------------------------------------------------------------------------
    def _at_cue(self, item: _Item, match: re.Match[str],
                confirmed: bool) -> list[ContextPlace]:
        """Places after one cue; ``confirmed``: a weak cue's second cue came before it."""
        start = match.end() + 1
        kind = self.kind[match.group(1)]
        if kind == "field":  # a form's place field: its value is a place
            kind = "strong"
        cue_start = match.start(1)
        if kind == "to":
            kind = "strong"  # (find read the route word before it)
        if kind == "of":
            before = item.text[max(0, cue_start - 20):cue_start].rsplit(None, 1)
            previous = before[-1] if before else ""
            if previous in self.water_prefixes:  # "Strait of Sicily": one name
                run = self._run(item, start)
                if run is None or item.blocked(cue_start - len(previous) - 1, run.end):
                    return []
                begin = cue_start - len(previous) - 1
                return [ContextPlace(begin, run.end, _value(item.text[begin:run.end], None))]
            if previous not in self.of_nouns \
                    and not self._aged_person(item.text, cue_start, previous):
                return []
            kind = "strong"
            head = self.named_heads.get(previous)  # "the department of Beni": Beni Department
            if head is not None:
                run = self._run(item, start)
                return [] if run is None else self._accept(item, [run], head)
        run = self._run(item, start)
        if run is None:
            return []
        if kind == "prefix":  # "Barangay Anabu": the prefix is part of the name
            if item.blocked(cue_start, run.end):
                return []
            return [ContextPlace(cue_start, run.end, _value(
                item.text[cue_start:run.end], _DEFAULT, run.inner_country))]
        elements = self._list(item, run)
        if kind in _SECOND_CUE_KINDS and not confirmed \
                and not self._confirmed(item, elements):
            return []
        return self._accept(item, elements)

    def _aged_person(self, text: str, cue_start: int, previous: str) -> bool:
        """Is the word before "of" a person noun after an age ("a 34-year-old fisherman of
        Mutsamudu", "a 41-year-old taxi driver of Kanyama": the name is the home town; not "a
        member of", "the father of")?"""
        end = cue_start - 1 - len(previous)
        if previous not in self.aged_person_nouns:
            # "Liam FERRARY (41), of Glacis Estate", "KEVIN ALMONTE, 35, of Yonkers": a
            # person's name and age before "of" (a court list's, a release's)
            return _AGE_AFTER_NAME.search(text, max(0, end - 40), cue_start) is not None
        return _AGED_BEFORE.search(text, max(0, end - 40), end) is not None

    def _after_age(self, item: _Item, start: int) -> list[ContextPlace]:
        """"a 27-year-old Narre Warren man": a home town between an age and a person noun."""
        run = self._run(item, start)
        if run is None or run.known is not None:
            return []
        after = item.text[run.end:run.end + 16].split(None, 1)
        if not after or after[0].rstrip(_TRIM) not in self.person_nouns:
            return []
        return self._accept(item, [run])

    def _confirmed(self, item: _Item, elements: list[_Run]) -> bool:
        """A second cue after a weak preposition: a list naming a listed place, a known place
        or country after the name, a place head ending it."""
        if any(e.known is not None for e in elements) and any(e.known is None for e in elements):
            return True  # "in Reggio Calabria, Rosarno and Milan"
        if self._area_after(item, elements[-1].end) is not None:
            return True  # "from Cherbourg, France"
        if self._bearing_from_place(item, elements[-1].end):
            return True  # "at Gandiol, south of Saint-Louis"
        return item.text[elements[0].start:elements[0].end].split()[-1] in self.place_heads

    def _window_confirms(self, text: str, cue_start: int, kind: str) -> bool:
        """A second cue before a weak preposition, in its clause: a premises word just before
        it ("a house in"), an enforcement action ("arrested two men in"); for a route
        preposition, a word of moving goods ("smuggled ... via"); for "from", a word of
        moving goods or an origin word just before it ("a ferry from", "a 29-year-old from")."""
        window = text[max(0, cue_start - WINDOW_BEFORE):cue_start]
        clause = max(window.rfind(". "), window.rfind(";"), window.rfind("\n"),
                     window.rfind("|"), window.rfind("? "), window.rfind("! "))
        if clause >= 0:
            window = window[clause + 1:]
        words = _LOWER_WORDS.findall(window)
        if kind == "route":
            return not self.route_words.isdisjoint(words)
        # the word just before, in any case ("Police in Gizo", "a house in Consett")
        ending = _LAST_WORD.search(window)
        last = ending.group(1).lower() if ending is not None else ""
        if kind == "origin":
            return last in self.origin_words or not self.route_words.isdisjoint(words)
        return last in self.premises or last in self.agents \
            or not self.actions.isdisjoint(words)

    def _accept(self, item: _Item, runs: list[_Run], head: str = "") -> list[ContextPlace]:
        """Places for the runs no entity covers; ``head`` is the kind of place the name's
        official form ends with ("Beni Department"), else the one written after it."""
        found: list[ContextPlace] = []
        after = self._area_after(item, runs[-1].end)
        country = after.country if after is not None else None
        for run in runs:
            if run.known is not None or item.blocked(run.start, run.end):
                continue
            value = _value(item.text[run.start:run.end], country or _DEFAULT, run.inner_country)
            following = _NEXT_WORD.match(item.text, run.end)
            suffix = head or (self.named_heads.get(following.group(1), "") if following else "")
            if suffix:  # "Gayo Lues regency": Gayo Lues Regency
                value["name"] = f"{value['name']} {suffix}"
            found.append(ContextPlace(run.start, run.end, value))
        if after is None and self.compass_words:
            area = self._compass_area_after(item, runs[-1].end)
            if area is not None:
                found.append(area)
        return found

    def _compass_area_after(self, item: _Item, end: int) -> ContextPlace | None:
        """The area a place is in, after a comma, when its name opens with a compass word and
        a clause break follows it ("Richmond, North Leeward, between", "Diamond, East Bank
        Demerara, was arrested")."""
        text = item.text
        sep = _AFTER_COMMA.match(text, end)
        if sep is None or text[sep.start():sep.start() + 1] != ",":
            return None
        first = _WORD.match(text, sep.end())
        if first is None or first.group() not in self.compass_words:
            return None
        run = self._run(item, sep.end())
        if run is None or run.known is not None or run.end == first.end() \
                or text[run.end:run.end + 1] not in {",", ".", ";", ""} \
                or item.blocked(run.start, run.end):
            return None
        return ContextPlace(run.start, run.end, _value(text[run.start:run.end], _DEFAULT))

    def _bearing_from_place(self, item: _Item, end: int) -> bool:
        """A bearing from a known place or country right after the name (", south of
        Saint-Louis", ", 12 km north of Osh")."""
        return self._bearing_after is not None \
            and _area_at(item, self._bearing_after, end) is not None

    def _area_after(self, item: _Item, end: int) -> KnownEntity | None:
        """The known place or country after ", " or " (" (its country is the name's)."""
        return _area_at(item, _AFTER_COMMA, end)

    def _route_pairs(self, item: _Item) -> list[ContextPlace]:
        """"the Brest–Kobrin highway", "the Osh–Sary-Tash road": a name no list knows, joined
        by a dash to a listed place before a route word, is a place of the same country."""
        text = item.text
        if self._route_pair is None or not any(d in text for d in self._route_dashes) \
                or not any(head in text for head in self._route_heads):
            return []
        found: list[ContextPlace] = []
        for match in self._route_pair_matches(text):
            first = self._route_first.search(text, max(0, match.start() - 40), match.start())
            if first is None:
                continue
            sides = [(first.start(1), first.end(1)), (match.start(1), match.end(1))]
            listed = [item.by_start.get(start) for start, _end in sides]
            for (start, end), entity, (other, other_end), partner in zip(
                    sides, listed, reversed(sides), reversed(listed), strict=True):
                if entity is not None or partner is None or partner.end != other_end \
                        or partner.label != PLACE_LABEL or not partner.value.get("id") \
                        or item.blocked(start, end) or item.overlapping(start, end) \
                        or text[start:end] in self.stop or other == start:
                    continue
                found.append(ContextPlace(start, end, _value(text[start:end],
                                                             partner.country)))
        return found

    def _route_pair_matches(self, text: str) -> list[re.Match[str]]:
        """What ``self._route_pair.finditer(text)`` finds: each dash's literal-led scan, then
        the matches in text order, none starting inside an earlier one."""
        matches = sorted((match for dash, pattern in self._route_pairs_by_dash.items()
                          if dash in text for match in pattern.finditer(text)),
                         key=lambda match: match.start())
        kept: list[re.Match[str]] = []
        for match in matches:
            if not kept or match.start() >= kept[-1].end():
                kept.append(match)
        return kept

    def _breakdown_rows(self, item: _Item) -> list[ContextPlace]:
        """The names opening the rows of a list headed by a kind of area ("By districts:"
        over "• Tolebi — 27 crimes"): see :mod:`.place_breakdowns`."""
        found: list[ContextPlace] = []
        for start, end, name in self.breakdowns.find(item.text):
            if item.blocked(start, end) or item.overlapping(start, end) \
                    or item.text[start:end] in self.stop:
                continue
            found.append(ContextPlace(start, end, _value(name, _DEFAULT)))
        return found

    # -- datelines and codes -------------------------------------------------------------
    def _datelines(self, item: _Item) -> list[ContextPlace]:
        """"KOMATIPOORT – Police at...", "BALAMBAN, Cebu — A three-day...": an all-caps town
        at a line's start before a dash; "NOGALES, Ariz.", "Curitiba/PR": state codes."""
        text = item.text
        found: list[ContextPlace] = []
        line = 0
        while 0 <= line < DATELINE_REACH:  # a dateline opens the item, after its title
            next_line = text.find("\n", line, DATELINE_REACH)
            match = _DATELINE.match(text, line) if text[line:line + 2].isupper() else None
            wire = match is None and text[line:line + 1].isupper() \
                and "(" in text[line:next_line if next_line >= 0 else DATELINE_REACH]
            if wire:  # "Pezinok, January 22, 2025 (TASR) –": the credit makes it a dateline
                match = _WIRE_DATELINE.match(text, line)
            line = next_line + 1 if next_line >= 0 else -1
            if match is None:
                continue
            name = match.group("name")
            words = name.replace("-", " ").split()
            if not (wire or name.isupper()) or any(w.upper() in self.dateline_stop
                                                   for w in words) \
                    or (len(words) == 1 and len(name) < 5 and not wire):
                continue
            start, end = match.start("name"), match.end("name")
            if not item.blocked(start, end) and not item.overlapping(start, end):
                found.append(ContextPlace(start, end, _value(name, _DEFAULT)))
        if self._state is not None and ", " in text:
            found += self._codes(item, self._state, "abbr", self.states, "US")
        if self._brazil_state is not None and "/" in text:
            found += self._codes(item, self._brazil_state, "code", self.brazil_states, "BR")
        if self._brazil_state_bracketed is not None and "(" in text:
            found += [place for place in self._codes(
                item, self._brazil_state_bracketed, "code", self.brazil_states, "BR")
                if _after_place_of(item, place.start - 2, "BR")]
        return found

    def _codes(self, item: _Item, pattern: re.Pattern[str], group: str,
               names: Mapping[str, str], country: str) -> list[ContextPlace]:
        """A state's code right after a capitalized town ("NOGALES, Ariz.", "Santos/SP")."""
        found: list[ContextPlace] = []
        for match in pattern.finditer(item.text):
            town = _WORD_BEFORE_SLASH.search(item.text, max(0, match.start() - 40),
                                             match.start())
            if town is None or not town.group()[:1].isupper() \
                    or (group == "code" and town.group().isupper()):
                continue
            start, end = match.start(group), match.end(group)
            if item.blocked(start, end) or item.overlapping(start, end):
                continue
            found.append(ContextPlace(start, end, {"name": names[match.group(group)],
                                                   "country_iso2": country, "id": None}))
        return found

    # -- names ---------------------------------------------------------------------------
    def _run(self, item: _Item, start: int) -> _Run | None:
        """The capitalized name starting at ``start`` (1-4 words, connectors inside), or None
        when the words there are no place name (a stop word, an all-caps or possessive word,
        a longer capitalized phrase, another label's entity, a number after it)."""
        text = item.text
        match = self._run_pattern.match(text, start)
        if match is None:
            return None
        pos = end = start
        names = 0
        after_connector = False
        for word in match.group().split():
            if names and word in self.connectors:
                after_connector = True
                pos += len(word) + 1
                continue
            if not word[:1].isupper() or (word.isupper() and len(word) > 1) \
                    or word in self.stop or (not names and word in self.titles) \
                    or ("-" in word and not self.stop.isdisjoint(word.split("-"))):
                if after_connector:
                    break  # "Otranto y Sunday": the connector ends the name
                return None  # "in SOT", "in Chelmsford Crown Court", "at Inspector Smith's"
            names += 1
            if names > MAX_NAME_WORDS:
                return None
            after_connector = False
            end = pos + len(word)
            pos = end + 1
        if not names or text[end - 2:end] in {"'s", "’s"} or _NUMBER_AFTER.match(text, end):
            return None  # "at Smith's", "in Ward 4", "on Avenue 6"
        if _currency_after(text, end) or (text[end:end + 1] == "."
                                         and text[end + 1:end + 2].isdigit()) \
                or (end - start <= MAX_CURRENCY_LETTERS and _SUM_AFTER_STOP.match(text, end)):
            return None  # "valued at N$3 200", "in R$ 300", "sold at Rs.40,000", "estimated
            # at Rs. 960 million", "worth Tk. 5 lakh": a currency's letters
        if text[end - 1:end].isupper() and not text[end - 2:end - 1].isalnum() \
                and text[end:end + 1] == ".":
            return None  # "the quarter of Tanambao V.": the letter and the stop are one
            # token, which the span cannot end inside
        following = _NEXT_WORD.match(text, end)
        if following is not None and following.group(1) in self.thing_nouns:
            return None  # "in Toyota Hilux vehicles"
        inner_country: str | None = None
        known: KnownEntity | None = None
        for other in item.overlapping(start, end):
            if other.label != PLACE_LABEL or other.start < start or other.end > end:
                return None  # the name must not cut or hold another label's entity
            if other.start == start and other.end == end:
                known = other
            inner_country = inner_country or other.country
        return _Run(start, end, known, inner_country)

    def _listed_neighbours(self, item: _Item) -> list[ContextPlace]:
        """Unlisted names in a list a listed town opens, without a cue before it ("Tahiti,
        Moorea, Raiatea, Nuku Hiva", "around Mt Hagen and Banz", "Ebeye, Jaluit and Wotje"):
        places of the listed one's country. The list needs an "and"/"or" closing it or two
        listed places, and no capitalized word may run into its first name."""
        found: list[ContextPlace] = []
        text = item.text
        listed = [e for e in item.known if e.label == PLACE_LABEL and e.value.get("id")]
        done = -1
        for entity in listed:
            if entity.start < done or _capitalized_before(text, entity.start):
                continue
            first = _Run(entity.start, entity.end, entity, entity.country)
            listed_runs = list(self._listed_runs(item, first, brackets=False))
            runs = [first, *(run for run, _ in listed_runs)]
            closed = any(joined for _, joined in listed_runs)
            done = runs[-1].end
            unknown = [run for run in runs if run.known is None]
            known = len(runs) - len(unknown)
            if not unknown or not (closed or known >= 2) or known < len(unknown):
                continue
            for run in unknown:
                if not item.blocked(run.start, run.end):
                    found.append(ContextPlace(run.start, run.end, _value(
                        text[run.start:run.end], entity.country or _DEFAULT)))
        return found

    def _listed_runs(self, item: _Item, first: _Run,
                     brackets: bool) -> Iterator[tuple[_Run, bool]]:
        """The names listed after ``first``, each with whether an "and"/"or" joined it;
        with ``brackets`` a bracketed aside after a name is skipped ("San Roque (Cádiz) and
        Marbella")."""
        end = first.end
        text = item.text
        while True:
            if brackets:
                bracket = _BRACKETED.match(text, end)
                if bracket is not None:
                    end = bracket.end()
            sep = _LIST_SEPARATOR.match(text, end)
            if sep is None:
                return
            entity = item.by_start.get(sep.end())
            if entity is not None and entity.label != PLACE_LABEL:
                return
            run = self._run(item, sep.end())
            if run is None:
                return
            yield run, bool(sep.group(1) or sep.group(2))
            end = run.end

    def _list(self, item: _Item, first: _Run) -> list[_Run]:
        """The first name and the names listed after it ("Kankesanthurai, Delft Island and
        Mannar"); names after a comma count only when an "and"/"or" closes the list."""
        runs: list[_Run] = [first]
        pending: list[_Run] = []
        for run, joined in self._listed_runs(item, first, brackets=True):
            if joined:
                runs += [*pending, run]
                pending = []
            else:
                pending.append(run)
        return runs

    def _other_mentions(self, item: _Item, places: list[ContextPlace]) -> list[ContextPlace]:
        """The other mentions of the names found, not inside a longer capitalized phrase."""
        text = item.text
        names = {text[p.start:p.end]: p.value for p in places}
        # a headline's capitals ("DRUG RAID AT VAITELE-FOU" over "... at Vaitele-Fou"): the
        # name in capitals, in a line with no lower-case letter
        capitals = {name.upper(): name for name in names if not name.isupper()}
        spans = [(p.start, p.end) for p in places]
        found: list[ContextPlace] = []
        for name, start, end in _mentions(text, names) + _capital_mentions(text, capitals):
            if any(s < end and start < e for s, e in spans) or item.blocked(start, end):
                continue
            if any(not (e.label == PLACE_LABEL and start <= e.start and e.end <= end)
                   for e in item.overlapping(start, end)):
                continue
            if name in names and _capitalized_neighbour(text, start, end):
                continue  # (a headline's capitals mark no name: its mentions are read whole)
            found.append(ContextPlace(start, end, dict(names[name] if name in names
                                                       else names[capitals[name]])))
            spans.append((start, end))
        return found


def _mentions(text: str, names: Iterable[str]) -> list[tuple[str, int, int]]:
    """Whole-word occurrences of the names (a plain string search: no regex per item)."""
    found: list[tuple[str, int, int]] = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not _word_char(text[start - 1:start]) and not _word_char(text[end:end + 1]) \
                    and not _currency_after(text, end):
                found.append((name, start, end))
            start = text.find(name, end)
    return sorted(found, key=lambda m: m[1])


def _capital_mentions(text: str, names: Mapping[str, str]) -> list[tuple[str, int, int]]:
    """:func:`_mentions` of names in capitals (``names``: the capitals and the name as
    written), only in lines with no lower-case letter, and not where a word beside it makes
    a longer name the text writes elsewhere ("NAVOSA HIGHLANDS": "the Navosa Highlands")."""
    found: list[tuple[str, int, int]] = []
    for upper, start, end in _mentions(text, names):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if any(char.islower() for char in line):
            continue
        name = names[upper]
        after = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if (after is not None and f"{name} {after.group().title()}" in text) or (
                before is not None and f"{before.group(1).title()} {name}" in text):
            continue
        found.append((upper, start, end))
    return found


def _capitalized_before(text: str, start: int) -> bool:
    """Does a capitalized word run into the name at ``start`` ("Port Moresby", "Hit and Run
    Cargo Rotterdam": the list would open inside a longer name)?"""
    return _capitalized_word_before(text, start) is not None


def _capitalized_word_before(text: str, start: int) -> re.Match[str] | None:
    """The capitalized word running into the name at ``start``, if one does."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match if match is not None and match.group(1)[:1].isupper() else None


def _word_char(char: str) -> bool:
    return bool(char) and (char.isalnum() or char in "_'’-")


def _currency_after(text: str, end: int) -> bool:
    """A currency sign right after a name: its letters are the currency's ("N$", "HK$")."""
    return unicodedata.category(text[end:end + 1] or " ") == "Sc"


def _area_at(item: _Item, pattern: re.Pattern[str], end: int) -> KnownEntity | None:
    """The known place or country right after what ``pattern`` matches at ``end``."""
    joint = pattern.match(item.text, end)
    if joint is None:
        return None
    entity = item.by_start.get(joint.end())
    return entity if entity is not None and entity.label in AREA_LABELS else None


def _pairs(entries: Iterable[str]) -> dict[str, str]:
    """'code|name' entries as a mapping."""
    return dict(entry.split("|", 1) for entry in entries)


def _capitalized_neighbour(text: str, start: int, end: int) -> bool:
    """Is the mention part of a longer capitalized phrase ("Couva Police", "North Couva")?
    A capitalized word opening the sentence before it does not count."""
    after = _SPACE.match(text, end)
    if after is not None:
        word = _WORD.match(text, after.end())
        if word is not None and word.group()[:1].isupper():
            return True
    before = _capitalized_word_before(text, start)
    if before is None:
        return False
    opening = _OPENING.search(text, max(0, before.start() - 10), before.start())
    return opening is None and before.start() > 0


def _value(written: str, country: str | None,
           fallback: str | None = None) -> dict[str, Any]:
    """The normalized value; ``fallback`` is the country used when the item has no dominant
    one (that of a listed place inside the name)."""
    name = " ".join(written.split()).replace("\u2019", "'")  # "Cox's Bazar"
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


def _after_place_of(item: _Item, end: int, country: str) -> bool:
    """Does a place of ``country`` end at ``end`` ("Chapecó (SC)": a Brazilian town before the
    bracketed code; not "Public Relations (PR)")?"""
    return any(e.end == end and e.label == "LOC" and e.country == country
               for e in item.overlapping(end - 1, end))
