"""Places no gazetteer knows, found from their generic heads and prefixes.

"Turkestan region", "Brestsky training ground", "the Holili border post", "Callao port", "the
Naf river" (the head is part of the place's span and name), "the village of Kara-Bak" (it is
not), "the port of Callao" and "the provinces of Bari and Foggia" (the head names the place:
Port of Callao, Province of Bari) and "the Khatlon and Gorno-Badakhshan regions" (each name
alone). Heads and prefixes are found by one phrase matcher (the gazetteer's); only the few tokens
around them are looked at in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.strings import hash_string

from .phrases import TokenTexts
from .text import CLOSE_QUOTES, OPEN_QUOTES

NAME_LABELS = frozenset({"LOC", "COUNTRY", "NORP"})
PLACE_LABELS = frozenset({"LOC"})
MAX_NAME_WORDS = 3
MAX_LISTED_NAMES = 6
MAX_GLUED_SUFFIX = 5  # "Dostuk-avto": longer lower-case tails describe ("-controlled")
MAX_COMPOUND_JOINT = 3  # "At-Bashy", "Dar-es-Salaam": short parts a compound name may hold
MAX_NAME_NUMBER = 3  # "Penza-1", "Aksai-4": a numbered name; longer numbers are codes
# endings of a place adjective no list knows before a head ("Central Asian", "East European",
# "Andean", "Mexican", "Burmese"); other names in -an are names ("Asahan", "Isfahan", "Magadan")
ADJECTIVE_ENDINGS = ("ian", "ean", "can", "ese")
MAX_ASIDE_TOKENS = 6  # "Almaty (402 kg)": a bracketed aside inside a list of names


class HeadForms:
    """How a country's subdivisions are named with their head: "<name> <Head>" ("Ilfov
    County"), or, for the (country, head) pairs listed, "<Head> <name>" ("County Wexford") or
    "<Head> of <name>" ("Province of Bari")."""

    def __init__(self, head_first: Iterable[str] = (), head_of: Iterable[str] = ()) -> None:
        self.head_first = frozenset(_country_head(pair) for pair in head_first)
        self.head_of = frozenset(_country_head(pair) for pair in head_of)

    def name(self, name: str, head: str, country: str | None) -> str:
        """``name`` with ``head`` (title case) in the country's order; unchanged when it
        already has the head."""
        lower, head_lower = name.lower(), head.lower()
        key = (country or "", head_lower)
        if lower.endswith(f" {head_lower}") and key in self.head_first | self.head_of:
            name = name[: -len(head) - 1]  # "Barcelona Province" -> Province of Barcelona
        elif lower.endswith(f" {head_lower}") or lower.startswith(f"{head_lower} "):
            return name
        if key in self.head_first:
            return f"{head} {name}"
        if key in self.head_of:
            return f"{head} of {name}"
        return with_head(name, head)


# the labels of a border's two sides: demonyms ("the Tajik-Afghan border") or countries'
# names ("the Iran-Iraq border"), one LOC either way (guide, LOC: sessions 25 and 26)
PAIR_LABELS = frozenset({"NORP", "COUNTRY"})
_HYPHENS = frozenset({"-", "\u2013"})  # what joins a compound's parts ("Tajik-Afghan")
NO_COUNTRY = "_no_country"  # a place of two countries: no default country (popped in find)


def _demonym_pair(texts: TokenTexts, start: int, end: int,
                  by_end: Mapping[int, KnownSpan],
                  short_names: Mapping[str, str] | None = None,
                  combining: Mapping[str, str] | None = None) -> PlaceSpan | None:
    """"the Tajik-Afghan border", "the Iran-Iraq border": two demonyms or countries' names
    (PAIR_LABELS) joined by a hyphen before "border" name the border between their countries
    (one LOC, no country of its own), each by its short name where ``short_names`` gives one
    (ISO2 -> name: Kazakhstan–Russia). A first side may be a country's combining form that
    ``combining`` names ("the Indo-Nepal border": India–Nepal)."""
    second = by_end.get(start)
    if second is None or second.label not in PAIR_LABELS or second.start < 2:
        return None
    hyphen = second.start - 1
    if texts[hyphen] not in _HYPHENS or texts.space_after(hyphen - 1) \
            or texts.space_after(hyphen):
        return None
    first = by_end.get(hyphen)
    first_name = (combining or {}).get(texts[hyphen - 1]) if first is None else None
    if first_name is None and (first is None or first.label not in PAIR_LABELS):
        return None
    countries = [first_name] if first_name is not None else []
    countries += [(short_names or {}).get(str(span.value.get("iso2")))
                  or span.value.get("country" if span.label == "NORP" else "name")
                  for span in ((second,) if first_name is not None else (first, second))]
    if not all(isinstance(country, str) for country in countries):
        return None
    pair_start = hyphen - 1 if first_name is not None else first.start
    return PlaceSpan(pair_start, end, {"name": f"{countries[0]}\u2013{countries[1]} border",
                                       "country_iso2": None, "id": None, NO_COUNTRY: True})


def with_head(name: str, head: str) -> str:
    """``name`` then ``head``, joined as written: "Lunga Lunga Sub-" + "County" makes
    "Lunga Lunga Sub-County", not "Sub- County"."""
    return f"{name}{head}" if name.endswith(("-", "\u2013")) else f"{name} {head}"


def _country_head(pair: str) -> tuple[str, str]:
    """"IE County" -> ("IE", "county")."""
    country, _, head = pair.partition(" ")
    return country, head.lower()


class KnownSpan(NamedTuple):
    """An entity the gazetteer found: token offsets, label and value."""

    start: int
    end: int
    label: str
    value: Mapping[str, Any]


class PlaceSpan(NamedTuple):
    """A place the grammar found: token offsets and value."""

    start: int
    end: int
    value: dict[str, Any]


def plural(word: str) -> str:
    last = word.split()[-1]
    if last.endswith("s"):
        return word
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


class PlaceGrammar:
    """Finds place names next to generic heads ("X region") and after prefixes ("village of X")."""

    def __init__(self, heads_in: Iterable[str], heads_out: Iterable[str],
                 prefixes: Iterable[str], lookup: Mapping[str, dict[str, Any]],
                 leads: Iterable[str] = (), same_heads: Iterable[str] = (),
                 name_stop: Iterable[str] = (), qualifiers: Iterable[str] = (), *,
                 titled_heads: Iterable[str] = (), port_heads: Iterable[str] = (),
                 compound_nouns: Iterable[str] = (), admin_heads: Iterable[str] = (),
                 untitled_heads: Iterable[str] = (), inner_heads: Iterable[str] = (),
                 port_name_ids: Iterable[str] = (),
                 head_forms: HeadForms | None = None,
                 local_heads: Mapping[str, str] | None = None,
                 local_prefixes: Mapping[str, str] | None = None) -> None:
        self.lookup = lookup
        # the listed place the text's own mention of a name reads as, for the doc being read
        # (the gazetteer ordered its readings: places of the countries the text names first)
        self._doc_readings: dict[str, Mapping[str, Any]] | None = None
        self._doc_known: tuple[TokenTexts, list[KnownSpan]] | None = None
        self._named: dict[tuple[int, ...], dict[str, Any]] = {}  # (of the doc being read)
        self.in_heads = frozenset(heads_in)
        # heads a place's name writes in title case ("Naf River", "Nghe An Province"); the
        # others are written as in the text ("Holili border post")
        self.titled_heads = frozenset(titled_heads)
        self.port_heads = frozenset(port_heads)  # "Callao port", "the port of Callao"
        # nouns after a head that make it a modifier ("the Astara border detachment")
        self.compound_nouns = frozenset(compound_nouns)
        self.admin_heads = frozenset(admin_heads)  # a country's subdivisions: "province"...
        self.untitled_heads = frozenset(untitled_heads)  # "post", not "Post"
        self.inner_heads = frozenset(inner_heads)  # a terminal of a named port or airport
        self.port_name_ids = frozenset(port_name_ids)  # ports named as no town is: Tanger Med
        self.island_heads = frozenset({"island"} & self.in_heads)
        self.bare_mention_heads = self.admin_heads  # see configure
        self.head_forms = head_forms or HeadForms()
        self.singular: dict[str, str] = {}
        self.kind: dict[str, str] = {}
        self.leads = frozenset(leads)  # "Port Botany", "Fort Worth": capitalized, in the name
        self.name_stop = frozenset(name_stop)  # "Army" in "Third Army Region": no place name
        # "Southern" in "Southern District of California": a capitalized prefix it qualifies
        self.qualifiers = frozenset(qualifiers)
        # a word both before a name and after one ("village Rattan Khurd", "Mirzapur
        # village"): its outside head's singular, read when no name follows it
        self.outside_too: dict[str, str] = {}
        for kind, words in (("in", heads_in), ("out", heads_out), ("pre", prefixes),
                            ("same", same_heads)):
            for word in words:
                for form in {word, plural(word)} if kind in {"in", "out"} else {word}:
                    if kind == "pre" and self.kind.get(form) == "out":
                        self.outside_too[form] = self.singular[form]
                    self.singular[form] = word
                    self.kind[form] = kind
        # a local language's head read as its English one: "Serhetabat etrap" -> Serhetabat
        # District, "Vose nohiya" -> Vose District (the singular form only)
        self.local_heads = dict(local_heads or {})
        for word, english in self.local_heads.items():
            if english in self.in_heads:  # (and the plural a list shares: "the Lebap and
                for form in (word, plural(word)):  # Dashoguz velayats")
                    self.singular.setdefault(form, english)
                    self.kind.setdefault(form, "in")
        self.prefix_heads: dict[str, str] = {}  # "provinces of" -> province
        for word in prefixes:
            first = word.split()[0]
            for head in self.in_heads:
                if first in {head, plural(head)}:
                    self.prefix_heads[word] = head
        # a local language's prefix read as its English one: "Porto de Sines" -> Port of
        # Sines (the English prefix must name its head: "port of")
        self.prefix_english: dict[str, str] = {}
        for word, english in (local_prefixes or {}).items():
            if english in self.prefix_heads:
                self.kind.setdefault(word, "pre")
                self.singular.setdefault(word, self.singular.get(english, english))
                self.prefix_heads[word] = self.prefix_heads[english]
                self.prefix_english[word] = english
        for word in self.leads:
            self.kind.setdefault(word.lower(), "lead")
            self.singular.setdefault(word.lower(), word.lower())
        self.indefinites: frozenset[str] = frozenset()  # see configure
        self.saints: dict[str, str] = {}  # see configure
        self.border_names: dict[str, str] = {}  # see configure
        self.border_combining: dict[str, str] = {}  # see configure
        self.countryless_heads: frozenset[str] = frozenset()  # see configure
        self.water_heads: frozenset[str] = frozenset()  # see configure
        self.port_qualifiers: frozenset[str] = frozenset()  # see configure
        self.listed_only_heads: frozenset[str] = frozenset()  # see configure
        self.unlisted_only_heads: frozenset[str] = frozenset()  # see configure
        self.area_heads: frozenset[str] = frozenset()  # see configure
        self.border_joints: frozenset[str] = frozenset()  # see configure
        self.everyday: frozenset[str] = frozenset()  # see set_everyday_words
        self.everyday_keep: frozenset[str] = frozenset()  # see configure
        self.out_modifiers: frozenset[str] = frozenset()  # see configure

    def configure(self, lists: Mapping[str, Iterable[str]]) -> None:
        """Read the word lists of ``place_words.jsonl`` the constructor does not take (the
        gazetteer component passes them all): ``place_prefix_indefinites``, words before a
        head's prefix that make the name after it the parent ("a district of Antananarivo":
        Antananarivo, no district of that name)."""
        self.indefinites = frozenset(lists.get("place_prefix_indefinites", ()))
        # heads whose place a text then names bare ("the Ichilo province" ... "IN ICHILO",
        # "the Corantijn river" ... "on the Corantijn"): a country's subdivisions and the
        # features of place_heads_bare_mentions; not a district or a facility named after its
        # town ("the Rechitsa district" ... "in Rechitsa", "Lungi airport" ... "in Lungi")
        self.bare_mention_heads = self.admin_heads | frozenset(
            lists.get("place_heads_bare_mentions", ()))
        self.border_names = dict(entry.split("|", 1)
                                 for entry in lists.get("border_country_names", ()))
        # a country's combining form before a hyphen names its side of a border ("the
        # Indo-Nepal border", "the Sino-Kyrgyz border")
        self.border_combining = dict(entry.split("|", 1)
                                     for entry in lists.get("border_combining_forms", ()))
        # features of no country ("the Chu river": not the listed town Chu's country)
        self.countryless_heads = frozenset(lists.get("place_heads_of_no_country", ()))
        # waters named by the country or place before a title-case head ("the Senegal
        # River", "the Curonian Lagoon"), some only after a listed name ("the Mozambique
        # Channel", not "the Telegram Channel")
        self.water_heads = frozenset(lists.get("place_heads_water", ()))
        self.listed_only_heads = frozenset(lists.get("place_heads_listed_only", ()))
        # "the [Golfito] station", "at [Lamu] jetty": a listed place's station is the place
        self.unlisted_only_heads = frozenset(lists.get("place_heads_unlisted_only", ()))
        # "the Pilbara region", "the regions of Geneva": an area around a listed place that
        # no list names with the head is the place
        self.area_heads = frozenset(lists.get("place_heads_area", ()))
        # "the Autonomous Port of Conakry": in the port's span, not in its name
        self.port_qualifiers = frozenset(lists.get("port_name_qualifiers", ()))
        # the joints of borders listed before their shared head ("the Tajik-Afghan and
        # Uzbek-Afghan borders")
        self.border_joints = frozenset(lists.get("border_list_joints", ()))
        # lower-case kinds of a locality between its name and an outside head ("the Gudele
        # residential area", "the Kibera and Mathare informal settlements")
        self.out_modifiers = frozenset(lists.get("place_heads_outside_modifiers", ()))
        # a saint's abbreviation starts a name and is written out in it ("St. Mary" ->
        # Saint Mary): saint_abbreviations in title case, each with the word it shortens
        saints = [word for word in lists.get("saint_abbreviations", ())
                  if word[:1].isupper() and not word.isupper()]
        self.saints = {short: full for short in saints for full in saints
                       if short != full and full.isalpha() and abbreviates(short, full)}
        # compass words stay names before a head ("Central Region"), everyday words or not
        self.everyday_keep = frozenset(word.lower()
                                       for word in lists.get("region_compass_words", ()))

    @property
    def phrases(self) -> list[str]:
        """The heads and prefixes to look for (the caller's phrase matcher finds them)."""
        return list(self.kind)

    def find(self, texts: TokenTexts, known: Iterable[KnownSpan],
             heads: list[tuple[int, int, int]]) -> list[PlaceSpan]:
        """Places around the ``heads`` found in a doc (``(key, start, end)`` triples); the
        doc is read through its :class:`TokenTexts`."""
        matches = _longest_per_start(heads)
        if not matches:
            return []
        known = list(known)
        by_end: dict[int, KnownSpan] = {}
        by_start: dict[int, KnownSpan] = {}
        for span in known:  # the longest entity ending (starting) at each token
            if span.label not in NAME_LABELS:
                continue
            if span.end not in by_end or span.start < by_end[span.end].start:
                by_end[span.end] = span
            if span.start not in by_start or span.end > by_start[span.start].end:
                by_start[span.start] = span
        self._doc_known, self._doc_readings = (texts, known), None  # read when first needed
        found: list[PlaceSpan] = []
        named: dict[tuple[int, ...], dict[str, Any]] = {}  # names a prefix named, no list knows
        self._named = named  # (and names a facility head named: "the Kybartai checkpoint")
        for _key, start, end in matches:
            phrase = texts.span_text(start, end).lower()
            kind = self.kind.get(phrase)
            if end - start == 1 and texts[start] in self.leads:
                lead = self._after_lead(texts, start, by_start)
                if lead is not None:
                    found.append(lead)
                    continue
            if kind == "lead":
                continue
            if kind == "same":
                found.extend(self._same_place(texts, start, end, by_end))
            elif kind == "pre" and self._qualified_port(texts, start, end, phrase):
                found.extend(PlaceSpan(start - 1, place.end, place.value) if i == 0 else place
                             for i, place in enumerate(self._after_head_prefix(
                                 texts, start, end, phrase, by_start, named)))
            elif kind == "pre" and phrase in self.prefix_heads and not (
                    start > 0 and (texts[start - 1] in self.qualifiers
                                   or texts[start - 1] in self.name_stop
                                   or texts[start - 1].lower() in self.indefinites)) \
                    and self._name_before(texts, start, by_end)[0] == start:
                # (not "the Mae Sai district of Chiang Rai": there the name after is the
                # parent; not "Police Department of Almaty region": a body's name)
                found.extend(self._after_head_prefix(texts, start, end, phrase, by_start,
                                                     named))
            elif kind == "pre":
                places = self._after_prefix(texts, end, by_start)
                if places and texts[start] in self.leads and _titled(texts, start, end):
                    places = [self._with_lead(texts, start, places[0])]  # "Port of Montreal"
                elif start > 0 and texts[start - 1] in self.qualifiers \
                        and _titled(texts, start, end):  # "Southern District of California"
                    name_end = self._name_after(texts, end, by_start)
                    if name_end > end:
                        inner = by_start.get(end)
                        country = _country_of(inner) if inner and inner.label == "LOC" else None
                        places = [self._with_lead(texts, start - 1, PlaceSpan(end, name_end, {
                            "country_iso2": country}))]
                if not places and phrase in self.outside_too:  # "near Mirzapur village"
                    places = self._before_head(texts, start, end, phrase, "out", by_end,
                                               self.outside_too[phrase])
                found.extend(places)
                head = texts[start].lower()  # "the Shamsiddin Shohin district of Khatlon"
                if end - start > 1 and self.kind.get(head) == "in":
                    found.extend(self._before_head(texts, start, start + 1, head, "in", by_end))
            elif kind is not None:
                if kind == "out" and start > 1 and texts[start - 1] in self.out_modifiers \
                        and not self._name_before(texts, start, by_end)[0] < start:
                    start -= 1  # "the Gudele and Munuki residential areas": a lower-case
                    # kind of locality between the names and their head
                found.extend(self._before_head(texts, start, end, phrase, kind, by_end))
        if named:
            taken = [(p.start, p.end) for p in found] + [
                (k.start, k.end) for k in known
                if not (k.label == "LOC" and tuple(texts.orths[k.start:k.end]) in named)]
            found.extend(self._other_mentions(texts, named, taken))
        unplaced = [place for place in found
                    if place.value.get("country_iso2") is None and place.value.get("id") is None
                    and not place.value.pop(NO_COUNTRY, False)]
        if unplaced:  # (most heads find nothing: the known spans are counted only if needed)
            default = _dominant_country(known, texts)
            for place in unplaced:
                place.value["country_iso2"] = default
        for place in found:  # names as written: "Cox's Bazar", with a straight apostrophe
            name = place.value.get("name")
            if isinstance(name, str) and place.value.get("id") is None \
                    and texts.span_text(place.start, place.end).isupper():
                # a headline's capitals: "NAVOSA HIGHLANDS" -> Navosa Highlands
                place.value["name"] = name = " ".join(
                    _title_word(word) if word.isupper() and len(word) > 1 else word
                    for word in name.split(" "))
            if isinstance(name, str) and "\u2019" in name:
                place.value["name"] = name = name.replace("\u2019", "'")
            if isinstance(name, str) and place.value.get("id") is None:
                # "St. Mary Parish": Saint Mary Parish; "Baie Ste Anne": Baie Sainte Anne
                written_out = with_saints_written_out(name, self.saints)
                if written_out != name:
                    place.value["name"] = written_out
        return found

    # -- names ---------------------------------------------------------------------------
    def set_everyday_words(self, words: Iterable[str]) -> None:
        """Lower-case words of running text (the compass words of :meth:`configure` aside:
        "Central Region") that make no one-word name before a head on their own."""
        self.everyday = frozenset(words) - self.everyday_keep

    def _feature_head(self, head: str) -> bool:
        """Does ``head`` name a natural feature ("Black River", "Green Island", "Central
        Valley": everyday words name those), no subdivision, port or facility?"""
        return head in self.water_heads or head in self.countryless_heads \
            or head in self.island_heads or (
                head in self.titled_heads and head not in self.admin_heads
                and head not in self.port_heads)

    def _everyday(self, name: str) -> bool:
        """Is ``name`` one everyday word ("Economic", "Illegal", "Border")?"""
        return " " not in name and "-" not in name and name.lower() in self.everyday

    def _is_name(self, text: str) -> bool:
        return _is_name_token(text) and text not in self.name_stop \
            and not (text.isupper() and text.capitalize() in self.name_stop)  # "RELATIONS"

    def _after_lead(self, texts: TokenTexts, start: int,
                    by_start: Mapping[int, KnownSpan]) -> PlaceSpan | None:
        """"Port Botany", "Port Everglades": a capitalized lead word and a name after it."""
        if start > 0 and self._is_name(texts[start - 1]):
            return None  # "Botany Port": the head rules read it
        end = self._name_after(texts, start + 1, by_start, compounds=False)
        if end == start + 1 or (start + 1 in by_start and by_start[start + 1].label != "LOC"):
            return None
        name = texts.span_text(start, end)
        known = self.lookup.get(name.lower())
        value = dict(known) if known else {"name": " ".join(name.split()),
                                           "country_iso2": None, "id": None}
        return PlaceSpan(start, end, value)

    def _qualified_port(self, texts: TokenTexts, start: int, end: int, phrase: str) -> bool:
        """Is it a title-case "Port of" after a port's qualifier ("the Autonomous Port of
        Conakry")?"""
        return self.prefix_heads.get(phrase) in self.port_heads \
            and self._after_port_qualifier(texts, start, end)

    def _after_port_qualifier(self, texts: TokenTexts, start: int, end: int) -> bool:
        """Is the title-case head at ``start`` written after a port's qualifier ("the
        Autonomous Port of")?"""
        return start > 0 and texts[start - 1] in self.port_qualifiers \
            and _titled(texts, start, end)

    def _with_lead(self, texts: TokenTexts, start: int, place: PlaceSpan) -> PlaceSpan:
        written = " ".join(texts.span_text(start, place.end).split())
        known = self.lookup.get(written.lower())
        return PlaceSpan(start, place.end, dict(known) if known else {
            "name": written, "country_iso2": place.value.get("country_iso2"), "id": None})

    def _same_place(self, texts: TokenTexts, start: int, end: int,
                    by_end: Mapping[int, KnownSpan]) -> list[PlaceSpan]:
        """"Imus City", "IMUS CITY": a listed place and a head that names the same place."""
        entity = by_end.get(start)
        if entity is None or entity.label != "LOC" or texts[start].islower():
            return []  # (a lower-case "city" is no part of the name: "Dien Bien Phu city")
        # "Quezon City", "Cebu City": a city listed under its whole name is that city, not
        # the province the name before the head also names
        whole = self.lookup.get(" ".join(texts.span_text(entity.start, end).lower().split()))
        return [PlaceSpan(entity.start, end, dict(whole or entity.value))]

    def _name_before(self, texts: TokenTexts, end: int,
                     by_end: Mapping[int, KnownSpan]) -> tuple[int, KnownSpan | None]:
        """Start of the name ending at ``end`` (== end when there is none)."""
        entity = by_end.get(end)
        if entity is not None:
            first = entity.start
            if entity.label in PLACE_LABELS:
                return first, entity
            glued = first > 1 and texts[first - 1] == "-" and not texts.space_after(first - 2)
            if not glued or not self._is_name(texts[first - 2]) or first - 1 in by_end:
                # "the Afghan border", "the Kazakh-Kyrgyz border": demonyms, no place name
                return end, None
            return first - 2, None  # "Pak-Afghan border"
        start, words, i = end, 0, end - 1
        while i >= 0 and words < MAX_NAME_WORDS:
            word = texts[i]
            if word in _HYPHENS and i > 0 and not texts.space_after(i - 1) \
                    and not texts.space_after(i):
                i -= 1
                continue
            if start == end and self._glued_suffix(texts, i, by_end):
                start, i = i, i - 1  # "Dostuk-avto customs post": one facility's name
                continue
            if (word in self.saints or initials(word)) and start < end and start == i + 1:
                # "the St. Andrew parish", "the V.C. Bird International Airport"; a middle
                # initial is no word of the name's count ("Antonio B. Won Pat International
                # Airport", "Cyril E. King Airport")
                start, words, i = i, words + (word in self.saints), i - 1
                continue
            if not self._is_name(word):
                if not _compound_part(texts, i):
                    break
                start, i = i, i - 1  # "At-Bashy", "Bab-e-Dosti": a part of a compound name
                continue
            start, words, i = i, words + 1, i - 1
        return start, None

    def _inner_of_listed_port(self, texts: TokenTexts, name_start: int, end: int,
                              by_end: Mapping[int, KnownSpan]) -> bool:
        """Is the name a listed port or airport and the title-case words of an inner head
        ("[KLIA] Air Cargo Terminal": "Air Cargo" + "Terminal" is the head "air cargo
        terminal")?"""
        for i in range(name_start + 1, end - 1):
            entity = by_end.get(i)
            if entity is not None and entity.start == name_start and entity.label == "LOC" \
                    and _port_named(str(entity.value.get("name") or "")):
                return " ".join(texts.span_text(i, end).lower().split()) in self.inner_heads
        return False

    def _after_port_prefix(self, texts: TokenTexts, name_start: int) -> bool:
        """Does a port's prefix come before the name ("the Port of Lomé", "the port of")?"""
        return name_start >= 2 and texts[name_start - 1].lower() == "of" \
            and texts[name_start - 2].lower() in self.port_heads

    def _glued_suffix(self, texts: TokenTexts, i: int, by_end: Mapping[int, KnownSpan]) -> bool:
        """Is token ``i`` a short lower-case or numeric suffix glued by a hyphen to a name
        ("Dostuk-avto", "Narva-1"), not a demonym's compound ("Afghan-held")?"""
        word = texts[i]
        if i < 2 or len(word) > MAX_GLUED_SUFFIX or not (word.islower() or word.isdigit()) \
                or not word.isalnum() or word in STOP_WORDS:
            return False
        if texts[i - 1] not in _HYPHENS or texts.space_after(i - 2) \
                or texts.space_after(i - 1) or not self._is_name(texts[i - 2]):
            return False
        before = by_end.get(i - 1)
        return before is None or before.label in PLACE_LABELS

    def _name_after(self, texts: TokenTexts, start: int, by_start: Mapping[int, KnownSpan],
                    compounds: bool = True) -> int:
        """End of the name starting at ``start`` (== start when there is none); with
        ``compounds`` a hyphenated name's function-word parts are in it ("At-Bashy"), not
        after a lead word ("Port-au-Prince Prosecutor's Office" is no Port named
        "-au-Prince Prosecutor")."""
        if start in by_start:
            return by_start[start].end
        end, words, i = start, 0, start
        while i < len(texts) and words < MAX_NAME_WORDS:
            word = texts[i]
            if word in _HYPHENS and end == i and not texts.space_after(i - 1) \
                    and not texts.space_after(i):
                i += 1
                continue
            if word in self.saints and i + 1 < len(texts) and self._is_name(texts[i + 1]):
                end, words, i = i + 2, words + 2, i + 2  # "the parish of St. Mary"
                continue
            if not self._is_name(word):
                if not compounds or not _compound_part(texts, i):
                    break
                end, i = i + 1, i + 1  # "the village of At-Bashy"
                continue
            end, words, i = i + 1, words + 1, i + 1
        return end

    # -- rules ---------------------------------------------------------------------------
    def _before_head(self, texts: TokenTexts, start: int, end: int, phrase: str, kind: str,
                     by_end: Mapping[int, KnownSpan], head: str = "") -> list[PlaceSpan]:
        if start > 0 and texts[start - 1] in _HYPHENS and not texts.space_after(start - 1):
            return []  # the end of a compound ("Cross-Border", "CROSS-BORDER RING"): no head
        head = head or self.singular[phrase]
        if head == "border":  # "the Pak-Afghan and Pak-Iran border belts": each pair alone
            shared = self._shared_border(texts, start, by_end)
            if shared:
                return shared
        if phrase != head and kind == "in" and phrase not in self.local_heads:
            # "the Tver, Kaluga and Vladimir regions"
            return self._listed_names(texts, start, head, by_end)
        if phrase != head and kind == "out" and texts[start].islower():
            # "the Madana and Kadaï quarters": each name alone (one name before a plural
            # head is read as before a singular one)
            shared = self._listed_names(texts, start, head, by_end, outside=True)
            if shared:
                return shared
        if end < len(texts) and head not in self.titled_heads and (
                texts[end] in self.compound_nouns
                or (texts[end].isupper() and texts[end - 1].isupper()
                    and texts[end].lower() in self.compound_nouns)):
            return []  # "the Astara border detachment", "Mekong border liaison officers",
            # a headline's "TRILATERAL BORDER OPERATION" (a subdivision keeps its place: "the
            # Ili district police department")
        if kind == "in" and _titled(texts, start, end) and self._institution_after(texts, end):
            return []  # "the Harlan County Detention Center": a facility's name
        listed = by_end.get(end)
        if listed is not None and listed.start < start and listed.label in PLACE_LABELS:
            return []  # "Western Highlands": a listed name holds the head
        if head == "border":
            pair = _demonym_pair(texts, start, end, by_end, self.border_names,
                                 self.border_combining)
            if pair is not None:
                return [pair]
        name_start, entity = self._name_before(texts, start, by_end)
        country = by_end.get(start)
        if name_start == start and country is not None \
                and country.label == "COUNTRY" and head.endswith("airport") \
                and _titled(texts, start, end):
            # a capitalized "Airport" after a country's name is the airport of the city
            # that shares the name ("Luxembourg Airport", "Kuwait Airport"; not the
            # country's "Kazakhstan region")
            name_start, entity = country.start, KnownSpan(
                country.start, country.end, "LOC",
                {"country_iso2": _country_of(country), "id": None})
        if head in self.port_heads and end < len(texts) and texts[end] == "of" \
                and self._after_port_qualifier(texts, start, end):
            return []  # "the Autonomous Port of Conakry": the port of the name after
        water = head in self.water_heads and _titled(texts, start, end)
        by_country = name_start == start and water and country is not None \
            and country.label == "COUNTRY"
        if by_country:  # "the Senegal River": the water is named by the country, of none
            name_start, entity = country.start, None  # (country is the COUNTRY span here)
        elif head in self.listed_only_heads and entity is None:
            return []  # "the Telegram Channel": no listed place names it
        elif head in self.unlisted_only_heads and entity is not None \
                and entity.label in PLACE_LABELS and entity.value.get("id"):
            return []  # "the Golfito station": the listed town alone
        name_end, span_end = start, end
        if name_start == start:
            quoted = self._quoted_name(texts, start, by_end) \
                if kind == "in" and head not in self.titled_heads \
                and head not in self.port_heads else None
            if quoted is None:
                return []
            # 'the "Kordai" automobile checkpoint': the quoted name is the span, its name
            # takes the head ("Kordai automobile checkpoint")
            name_start, name_end, entity = quoted
            span_end = name_end
        name = texts.span_text(name_start, name_end)
        everyday = entity is None and span_end == end and self._everyday(name) \
            and not self._feature_head(head)
        if kind == "out":
            if entity is not None and entity.label != "LOC":
                return []
            if everyday:
                return []  # "the Illegal crossing", "Communications Sector": no name
            if entity is None and name in self.qualifiers:
                return []  # "the Northern sector of the frontier": a direction, no name
            if head in self.untitled_heads and _titled(texts, start, end):
                return []  # "the Hadar quarter" names Hadar, "the Fourth Quarter" no place
            if _titled(texts, start, end):  # "Mundra Port", "Murtala Muhammed International
                # Airport": the head is in the name
                written = f"{name} {texts.span_text(start, end)}"
                known = self.lookup.get(" ".join(written.lower().split()))
                return [PlaceSpan(name_start, end, dict(known) if known else {
                    "name": " ".join(written.split()), "country_iso2": _country_of(entity),
                    "id": None})]
            value = self._value(name, entity)
            return [] if value is None else [PlaceSpan(name_start, start, value)]
        known = self._known_headed(name, head, entity)
        if known is None and everyday:
            return []  # "Economic region", "Border port", "9th Fiscal Region": a column's
            # or a body's generic words, no place's name
        last = name.split()[-1]
        if known is None and entity is None and "-" not in last and not water \
                and last.endswith(ADJECTIVE_ENDINGS) \
                and (head in self.titled_heads or head in self.port_heads):
            return []  # "the Central Asian region", "the East European region", "an Asian
            # port": descriptions (not "Asahan Regency", "Isfahan province": names)
        if head in self.untitled_heads and _titled(texts, start, end):
            return []  # "the Zhibek Zholy post" is a place, "the Washington Post" is none
        listed_name = str(entity.value.get("name") or "") if entity is not None else ""
        if head in self.inner_heads and (_port_named(name) or _port_named(listed_name)
                                         or self._after_port_prefix(texts, name_start)
                                         or self._inner_of_listed_port(texts, name_start, end,
                                                                       by_end)):
            return []  # "the [Tema Port] container terminal", "the [Port of Lomé] container
            # terminal", "the [KLIA] Air Cargo Terminal": the terminal is in the port
        if known is not None:
            return [PlaceSpan(name_start, span_end, dict(known))]
        written_head = " ".join(texts.span_text(start, end).split())
        if head in self.port_heads:
            value = self._port_value(name, entity, written_head, _titled(texts, start, end))
        elif head in self.titled_heads:
            value = self._headed_value(name, entity, head)
            if entity is None and kind == "in" and head in self.bare_mention_heads \
                    and name.lower() not in self.lookup:  # "Ichilo province" ... "IN ICHILO"
                self._named.setdefault(tuple(texts.orths[name_start:name_end]), value)
        else:  # "Holili border post", "Cau Treo International Border Gate"
            if entity is None and _acronym(name) and texts[start].islower():
                return []  # "officers of the SRC customs post": a body's post, no place name
            pair = self._crossing_pair(texts, name_start, end, written_head, entity, by_end)
            if pair is not None:  # "the Leușeni – Albița border crossing point"
                return [pair]
            listed = str(entity.value.get("name") or "") if entity is not None \
                and entity.value.get("id") else ""
            if listed and len(listed.split()) == len(name.split()):
                name = listed  # the listed spelling: "Sarahs border post" -> Serakhs ...
            value = {"name": " ".join(with_head(name, written_head).split()),
                     "country_iso2": _country_of(entity), "id": None}
            if entity is None:  # "the Kybartai border checkpoint" ... "cocaine at Kybartai"
                self._named.setdefault(tuple(texts.orths[name_start:name_end]), {
                    "name": " ".join(name.split()), "country_iso2": None, "id": None})
        return [PlaceSpan(name_start, span_end, value)]

    def _shared_border(self, texts: TokenTexts, start: int,
                       by_end: Mapping[int, KnownSpan]) -> list[PlaceSpan]:
        """"on the Pakistan-Iran and Afghanistan-Iran borders", "along the Pak-Afghan and
        Pak-Iran border belts": two or more borders, each named by its two sides, sharing
        one head before ``start``: each pair alone is the border's LOC, the head left out
        (as names sharing a region's head are)."""
        pairs: list[PlaceSpan] = []
        end = start
        while True:
            pair = self._border_pair(texts, end, by_end)
            if pair is None:
                break
            pairs.append(pair)
            joint = pair.start - 1
            if joint < 1 or texts[joint].lower() not in self.border_joints:
                break
            end = joint - 1 if texts[joint - 1] == "," else joint  # ", and"
        return pairs[::-1] if len(pairs) > 1 else []

    def _border_pair(self, texts: TokenTexts, end: int,
                     by_end: Mapping[int, KnownSpan]) -> PlaceSpan | None:
        """The border named by two sides joined by a hyphen and ending at ``end`` ("Tajik-
        Afghan", "Iran-Iraq"; a listed border's sides: "Pak-Iran"), without its head."""
        pair = _demonym_pair(texts, end, end, by_end, self.border_names,
                             self.border_combining)
        if pair is not None:
            return pair
        first = end - 3  # one word on each side: "Pak-Iran"
        if first < 0 or texts[first + 1] not in _HYPHENS \
                or texts.space_after(first) or texts.space_after(first + 1):
            return None
        listed = self.lookup.get(f"{texts.span_text(first, end)} border".lower())
        if listed is None or listed.get("country_iso2"):
            return None
        return PlaceSpan(first, end, dict(listed))

    def _institution_after(self, texts: TokenTexts, end: int) -> bool:
        """Do title-case words after a head end with an institution's word ("County
        Detention Center", "District Health Office"): the place names a body or facility?"""
        for i in range(end, min(end + MAX_NAME_WORDS, len(texts))):
            word = texts[i]
            if not word[:1].isupper() or word.isupper():
                return False
            if word in self.name_stop:
                return True
        return False

    def _quoted_name(self, texts: TokenTexts, start: int, by_end: Mapping[int, KnownSpan]
                     ) -> tuple[int, int, KnownSpan | None] | None:
        """'the "Astara" customs post': a name in quotes glued to them, right before a
        facility head at ``start``; (name start, name end, the entity it is) or None."""
        close = start - 1
        if close < 2 or texts[close] not in CLOSE_QUOTES or texts.space_after(close - 1) \
                or not texts.space_after(close):
            return None
        name_start, entity = self._name_before(texts, close, by_end)
        if name_start == close or name_start == 0 or texts[name_start - 1] not in OPEN_QUOTES \
                or texts.space_after(name_start - 1):
            return None
        return name_start, close, entity

    @staticmethod
    def _crossing_pair(texts: TokenTexts, name_start: int, end: int, written_head: str,
                       entity: KnownSpan | None,
                       by_end: Mapping[int, KnownSpan]) -> PlaceSpan | None:
        """"the Leușeni – Albița border crossing point", "the Bagratashen–Sadakhlo border
        crossing": a facility named by the two places on either side of a spaced dash, or
        of an en or em dash without spaces, is one place, "<place>–<place> <head>" (the
        country when both sides share it); so are two listed towns of two countries joined
        by a hyphen ("the Gaya-Malanville border post": Niger's and Benin's)."""
        dash = name_start - 1
        if entity is None or entity.label != "LOC" or dash < 1 \
                or texts[dash] not in {"\u2013", "\u2014", "-"}:
            return None
        other = by_end.get(dash)
        if other is None or other.label != "LOC":
            return None
        spaced = texts.space_after(dash - 1), texts.space_after(dash)
        if spaced != (True, True) and (spaced != (False, False) or texts[dash] == "-") \
                and not _two_countries(other, entity):
            return None  # (a hyphen without spaces joins one name: "Sèmè-Kraké")
        left = " ".join(texts.span_text(other.start, dash).split())
        right = " ".join(texts.span_text(name_start, entity.end).split())
        countries = {_country_of(other), _country_of(entity)}
        value = {"name": f"{left}\u2013{right} {written_head}",
                 "country_iso2": countries.pop() if len(countries) == 1 else None, "id": None}
        if value["country_iso2"] is None and len(countries) > 1:
            value[NO_COUNTRY] = True  # on the border of two countries
        return PlaceSpan(other.start, end, value)

    def _known_headed(self, name: str, head: str,
                      entity: KnownSpan | None) -> dict[str, Any] | None:
        """The listed place named "<name> <head>", unless the name before is a listed place of
        another country ("Bari province" in Italy is no Somali region)."""
        key = f"{name} {head}".lower()
        if "\n" in key or "  " in key:
            key = " ".join(key.split())
        known = self.lookup.get(key)
        if known is None:
            return None
        known = self._doc_reading(key) or known
        if head in self.port_heads and not _port_named(str(known.get("name") or "")):
            return None  # "Posorja port": the port is named from the place
        country = _country_of(entity) if entity is not None and entity.label in PLACE_LABELS \
            else None
        if country and known.get("country_iso2") and known["country_iso2"] != country:
            return None
        return dict(known)

    def _doc_reading(self, key: str) -> Mapping[str, Any] | None:
        """The doc's own first reading of a listed name it writes (see _first_readings)."""
        if self._doc_readings is None:
            self._doc_readings = _first_readings(*self._doc_known) if self._doc_known else {}
        return self._doc_readings.get(key)

    def _headed_value(self, name: str, entity: KnownSpan | None, head: str,
                      area: bool = False) -> dict[str, Any]:
        """"Nghe An province" -> Nghe An Province, "Anbar province" -> Anbar Governorate (the
        listed subdivision's own head), "the Naf river" -> Naf River; ``area``: a lower-case
        prefix of ``area_heads`` names the area around a listed place ("the regions of
        Geneva"; not "the Trnava region", a region named after its town, nor a title-case
        "the Region of Murcia")."""
        if entity is not None and entity.label in PLACE_LABELS:
            listed = str(entity.value.get("name") or "")
            if head == "region" and entity.value.get("id") and not _country_of(entity):
                return dict(entity.value)  # "the region of Central Asia": several countries
            if area and head in self.area_heads and entity.value.get("id") \
                    and not self._is_subdivision(entity.value):
                return dict(entity.value)  # "the regions of Geneva and Zurich", "the Pilbara
                # and Kimberley regions": the listed place, no region of that name
            words = listed.lower().split()
            if len(words) > 1 and self._same_kind(head, words[-1] if words[-1] in
                                                  self.titled_heads else words[0]):
                return dict(entity.value)  # "Anbar province" -> Anbar Governorate,
                # "Zvartnots airport" -> Zvartnots International Airport; not "Panj district"
                # -> Panj River
            if head in self.admin_heads and self._is_subdivision(entity.value):
                return dict(entity.value)  # "the region of Santa Catarina": Brazil's state,
                # as the list names it alone
            if listed and not (words[-1] in self.titled_heads or words[0] in self.titled_heads):
                name = listed  # the listed spelling: "St. Petersburg" -> Saint Petersburg
        country = _country_of(entity)
        value = {"name": self.head_forms.name(" ".join(name.split()), head.title(), country),
                 "country_iso2": country, "id": None}
        if head in self.island_heads:  # a town of another country may share an island's
            value["country_iso2"] = None  # name: the text's country decides
        elif head in self.countryless_heads:  # "the Chu river": no town's country, none
            value.update({"country_iso2": None, NO_COUNTRY: True})
        return value

    def _same_kind(self, head: str, other: str) -> bool:
        """Do both heads name the same kind of place (one, or two subdivision heads)?"""
        return other == head or (head in self.admin_heads and other in self.admin_heads)

    def _is_subdivision(self, value: Mapping[str, Any]) -> bool:
        """Is it a listed first-level subdivision (its id ends with its kind:
        "br:parana-state")?"""
        place_id = value.get("id")
        return isinstance(place_id, str) and place_id.rsplit("-", 1)[-1] in self.admin_heads

    def _port_value(self, name: str, entity: KnownSpan | None,
                    written_head: str | None, titled: bool = False) -> dict[str, Any]:
        """A city's port is "Port of <city>" ("Callao port", "Tema Port", "the port of
        Callao"); a port with a name of its own keeps it ("London Gateway port" -> London
        Gateway Port, "Constanța Sud Agigea port" -> Constanța Sud Agigea Port)."""
        name = " ".join(name.split())
        value: Mapping[str, Any] = entity.value if entity is not None \
            and entity.label in PLACE_LABELS else self.lookup.get(name.lower()) or {}
        # (a place listed as ambiguous is no entity before a capitalized word: "Tema Port")
        country = value.get("country_iso2")
        listed = str(value.get("name") or "")
        if _port_named(listed):
            return dict(value)
        if value.get("id") in self.port_name_ids:  # "London Gateway port", "Tanger Med"
            return {"name": listed if written_head is None else f"{listed} Port",
                    "country_iso2": country, "id": None}
        if written_head is None and self._is_subdivision(value):
            return dict(value)  # "the ports of Paraná and Santa Catarina": the states
        if written_head is None:  # "the port of Antwerp-Bruges": named so by the text
            return {"name": f"Port of {listed or name}", "country_iso2": country, "id": None}
        if listed and value.get("id"):  # "Tema Port", "Callao port"
            return {"name": f"Port of {listed}", "country_iso2": country, "id": None}
        if titled and written_head is not None:  # "English Harbour", "Cijin Fishing Port": a
            # name no list knows with its head in title case is a proper name as written
            return {"name": f"{name} {written_head}", "country_iso2": country, "id": None}
        return {"name": f"{name} Port", "country_iso2": country, "id": None}

    def _after_head_prefix(self, texts: TokenTexts, start: int, end: int, phrase: str,
                           by_start: Mapping[int, KnownSpan],
                           named: dict[tuple[int, ...], dict[str, Any]]) -> list[PlaceSpan]:
        """"the port of Callao", "the island of Faial", "the provinces of Bari, Barletta-
        Andria-Trani and Foggia", "Port of Sines": each name, named with the head (the span
        keeps a capitalized prefix: "Port of Sines")."""
        head = self.prefix_heads[phrase]
        first = self.prefix_english.get(phrase, phrase).split()[0]  # "ports" of "ports of"
        titled = _titled(texts, start, end) and end - start > 1
        # "PORT OF GUAYAQUIL": a head in capitals before a listed place's name in capitals
        capitals = not titled and end - start > 1 and _head_first_titled(texts, start, end)
        found: list[PlaceSpan] = []
        name_start = end
        for _ in range(MAX_LISTED_NAMES if first != head else 1):
            name_end = self._name_after(texts, name_start, by_start)
            if name_end == name_start:
                break
            entity = by_start.get(name_start)
            while entity is not None and name_end < len(texts) and name_end - name_start \
                    < MAX_NAME_WORDS + 1 and self._is_name(texts[name_end]):
                name_end += 1  # "the port of Porto Empedocle": a longer name than "Porto"
            if entity is not None and entity.end == name_end and entity.label != "LOC":
                break
            if entity is not None and entity.end != name_end:
                entity = None
            name = texts.span_text(name_start, name_end)
            whole = self.lookup.get(" ".join(texts.span_text(start, name_end).lower().split())) \
                if titled and head not in self.port_heads else None
            if whole is not None:
                found.append(PlaceSpan(start, name_end, dict(whole)))  # "District of Columbia"
                break
            known = self._known_headed(name, head, entity)
            if head in self.port_heads:
                value = dict(known) if known else self._port_value(name, entity, None)
            elif known is not None:
                value = dict(known)
            elif titled and entity is None:  # "Wilayat of Rakhyut": named as written
                value = {"name": " ".join(texts.span_text(start, name_end).split()),
                         "country_iso2": None, "id": None}
            else:
                value = self._headed_value(name, entity, head, area=not titled)
            listed = capitals and (known is not None or (
                entity is not None and entity.label == "LOC"))
            found.append(PlaceSpan(start if (titled or listed) and not found else name_start,
                                   name_end, value))
            i = name_end
            if i < len(texts) and texts[i] == ",":
                i += 1
            if i < len(texts) and texts[i].lower() in {"and", "&"}:
                i += 1
            if i == name_end:
                break
            while i < len(texts) and texts[i].isspace():
                i += 1  # "the ports of Rotterdam and\nAntwerp"
            name_start = i
        if len(found) == 1 and first != head and not titled:
            # "the hill districts of Odisha": the name is where they are, no district
            only = found[0]
            entity = by_start.get(only.start)
            return [] if entity is not None else [PlaceSpan(only.start, only.end, {
                "name": texts.span_text(only.start, only.end), "country_iso2": None,
                "id": None})]
        if head not in self.port_heads:  # "the department of Beni" ... "in Beni"
            for place in found:
                if place.value.get("id") is None and (place.start not in by_start
                                                      or head in self.island_heads):
                    named[tuple(texts.orths[place.start:place.end])] = place.value
                    # (an island whatever else has its name: "the island of São Vicente" ...
                    # "off São Vicente")
        return found

    def _other_mentions(self, texts: TokenTexts, named: Mapping[tuple[int, ...], dict[str, Any]],
                        taken: list[tuple[int, int]]) -> list[PlaceSpan]:
        """The other mentions of names no list knows that a prefix named ("the department of
        Beni" ... "aircraft in Beni"), not inside a longer capitalized phrase or an entity."""
        found: list[PlaceSpan] = []
        orths = texts.orths
        keys = [(key, value, False) for key, value in named.items()]
        for key, value in named.items():  # and in a headline's capitals: "IN ICHILO AND"
            first = orths.index(key[0])  # (each key was read from the doc)
            words = [texts[first + k] for k in range(len(key))]
            if not all(word.isupper() for word in words):
                keys.append((tuple(hash_string(word.upper()) for word in words), value, True))
        for key, value, capitals in keys:
            i = orths.index(key[0]) if key[0] in orths else -1
            while i >= 0:
                end = i + len(key)
                if tuple(orths[i:end]) == key \
                        and not any(s < end and i < e for s, e in taken) \
                        and not (i > 0 and self._is_name(texts[i - 1])) \
                        and not (end < len(texts) and self._is_name(texts[end])) \
                        and not self._after_name_of(texts, i) \
                        and not (capitals and not _in_capitals(texts, i, end)):
                    found.append(PlaceSpan(i, end, dict(value)))
                    taken.append((i, end))
                try:
                    i = orths.index(key[0], i + 1)
                except ValueError:
                    i = -1
        return found

    def _after_name_of(self, texts: TokenTexts, i: int) -> bool:
        """Does "of" or "of the" after a capitalized word come right before token ``i``
        ("Bridge of the Americas": the end of a longer name)?"""
        j = i - 1
        if j > 0 and texts[j].lower() == "the":
            j -= 1
        return j > 0 and texts[j] == "of" and self._is_name(texts[j - 1])

    def _listed_names(self, texts: TokenTexts, head_start: int, head: str,
                      by_end: Mapping[int, KnownSpan], *, outside: bool = False
                      ) -> list[PlaceSpan]:
        found: list[PlaceSpan] = []
        end = head_start
        # a facility head several names share ("the Zamiin-Uud and Altanbulag checkpoints")
        # names no facility of its own: each name alone is the place; so does a head outside
        # the name ("the Madana and Kadaï quarters")
        bare = head not in self.titled_heads and head not in self.port_heads \
            and head != "border"
        for _ in range(6):
            end = _before_bracket(texts, end)  # "the Zhambyl (640 kg), Almaty (402 kg) and
            # Turkestan (258 kg) regions": a bracketed aside after each name
            start, entity = self._name_before(texts, end, by_end)
            if start == end:
                break
            name = texts.span_text(start, end)
            if outside:
                found.append(PlaceSpan(start, end, self._value(name, entity) or {}))
            else:
                known = self._known_headed(name, head, entity)
                value = known if known else (self._value(name, entity) if bare else None)
                found.append(PlaceSpan(start, end, value if value is not None else
                                       self._headed_value(name, entity, head)))
            i = start - 1
            if i >= 0 and texts[i] == ",":
                i -= 1
            if i >= 0 and texts[i].lower() in {"and", "&"}:
                i -= 1
            if i >= 0 and texts[i] == ",":
                i -= 1
            if i + 1 == start:
                break
            end = i + 1
        return found if len(found) > 1 else []

    def _after_prefix(self, texts: TokenTexts, start: int,
                      by_start: Mapping[int, KnownSpan]) -> list[PlaceSpan]:
        end = self._name_after(texts, start, by_start)
        if end == start:
            return []
        entity = by_start.get(start)
        if entity is not None and entity.end == end and entity.label != "LOC":
            return []
        value = self._value(texts.span_text(start, end), entity)
        return [] if value is None else [PlaceSpan(start, end, value)]

    def _value(self, name: str, entity: KnownSpan | None) -> dict[str, Any] | None:
        if entity is not None:
            return dict(entity.value)
        known = self.lookup.get(name.lower())
        return dict(known) if known else {"name": name, "country_iso2": None, "id": None}


def with_saints_written_out(name: str, saints: Mapping[str, str]) -> str:
    """``name`` with each saint's abbreviation before another word written out ("St. Mary
    Parish" -> Saint Mary Parish, "Baie Ste Anne" -> Baie Sainte Anne; a last "St" is a
    street's)."""
    words = name.split(" ")
    if len(words) < 2 or not any(word in saints for word in words[:-1]):
        return name
    return " ".join([saints.get(word, word) for word in words[:-1]] + words[-1:])


def _title_word(word: str) -> str:
    """A word in capitals in title case, each hyphened part ("ZAMIIN-UUD" -> Zamiin-Uud)."""
    return "-".join(part.capitalize() for part in word.split("-"))


def _in_capitals(texts: TokenTexts, start: int, end: int) -> bool:
    """Are the words on either side of ``[start, end)`` in capitals or no words (a
    headline in capitals: "UPROOTED IN ICHILO AND")?"""
    return all(not texts[i].isalpha() or texts[i].isupper()
               for i in (start - 1, end) if 0 <= i < len(texts))


def initials(word: str) -> bool:
    """Is ``word`` one to three initials, each a capital and a dot ("V.C.", "L.B.")?"""
    return 2 <= len(word) <= 6 and len(word) % 2 == 0 and all(
        word[i].isupper() and word[i + 1] == "." for i in range(0, len(word), 2))


def abbreviates(short: str, word: str) -> bool:
    """Is ``short`` a contraction of ``word``: its letters in order (a final dot aside), the
    same first and last ("St" and "St." of "Saint", "Ste" of "Sainte"; not "St" of "Sainte")?"""
    short = short.rstrip(".")
    if not short or short[0] != word[0] or short[-1] != word[-1]:
        return False
    letters = iter(word)
    return all(letter in letters for letter in short)


def _before_bracket(texts: TokenTexts, end: int) -> int:
    """Where a short bracketed aside ending right before ``end`` opens ("Almaty (402 kg)":
    the index of "("), else ``end``."""
    if end < 2 or texts[end - 1] != ")":
        return end
    for i in range(end - 2, max(0, end - 2 - MAX_ASIDE_TOKENS), -1):
        if texts[i] == "(":
            return i
        if texts[i] in {")", "\n"} or "\n" in texts[i]:
            break
    return end


def _acronym(name: str) -> bool:
    """Is ``name`` one all-caps word of two to six letters (a body's acronym: "SRC")?"""
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper()


def _port_named(name: str) -> bool:
    """Is it a port's or an airport's name ("Port of Sines", "Khalifa Port", "Sydney
    Airport")?"""
    return name.startswith("Port of ") or name.endswith((" Port", " Airport"))


_HEAD_LINKS = frozenset({"of", "and", "de", "do", "da"})  # "Port of", "Porto de"


def _titled(texts: TokenTexts, start: int, end: int) -> bool:
    """Is the head written as part of a name ("Port", "International Airport"; not "PORT")?"""
    words = [texts[i] for i in range(start, end) if texts[i] not in _HEAD_LINKS]
    return bool(words) and all(w[:1].isupper() and not w.isupper() for w in words)


def _head_first_titled(texts: TokenTexts, start: int, end: int) -> bool:
    """Is a head written before its name part of the name: "Port of", "Province of" in
    title case, or in a line of capitals with the name ("PORT OF GUAYAQUIL", "PROVINCE OF
    EL ORO"), where a title-case text writes the head as a name's too? (Not a plural head
    in capitals: "THE PROVINCES OF BARI AND FOGGIA" shares it.)"""
    if _titled(texts, start, end):
        return True
    words = [texts[i] for i in range(start, end)]
    return end < len(texts) and texts[end].isupper() and texts[end].isalpha() \
        and all(w.isupper() for w in words) and not words[0].endswith("S")


def _is_name_token(text: str) -> bool:
    """A capitalized word, also one numbered by a glued number ("Penza-1", "Aksai-4": a
    station, a microdistrict; the tokenizer keeps them whole), not an acronym's ("COVID-19")."""
    word, dash, number = text.rpartition("-")
    if dash and word and number.isdigit() and len(number) <= MAX_NAME_NUMBER \
            and not word.isupper():
        text = word
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha() \
        and text.lower() not in STOP_WORDS


def _glued_hyphen(texts: TokenTexts, i: int) -> bool:
    """Is token ``i`` a hyphen with no space on either side?"""
    return 0 < i < len(texts) - 1 and texts[i] in _HYPHENS \
        and not texts.space_after(i - 1) and not texts.space_after(i)


def _compound_part(texts: TokenTexts, i: int) -> bool:
    """Is token ``i`` a part of a hyphenated local name that alone would read as a function
    word: a capitalized first part glued to a name ("At-Bashy", "On-Archa"), or a short
    lower-case joint between two names ("Bab-e-Dosti", "Dar-es-Salaam")?"""
    word = texts[i]
    if not word.isalpha() or len(word) > MAX_COMPOUND_JOINT:
        return False
    after = _glued_hyphen(texts, i + 1) and _is_name_token(texts[i + 2])
    if word[:1].isupper() and not word.isupper():
        return after
    before = i >= 2 and _glued_hyphen(texts, i - 1) and _is_name_token(texts[i - 2])
    return word.islower() and before and after


def _longest_per_start(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """"border post", not "border": the longest head starting at each token."""
    best: dict[int, tuple[int, int, int]] = {}
    for match in matches:
        if match[1] not in best or match[2] > best[match[1]][2]:
            best[match[1]] = match
    return sorted(best.values(), key=lambda m: m[1])


def _first_readings(texts: TokenTexts, known: list[KnownSpan]) -> dict[str, Mapping[str, Any]]:
    """Each listed place name the text writes, lower-cased, with its first reading there:
    "Eastern Province" in a Zambian release is Zambia's, though Ghana's Eastern Region is
    listed first under that name; the same reading serves "the Lusaka and Eastern
    provinces"."""
    readings: dict[str, Mapping[str, Any]] = {}
    for span in known:
        if span.label == "LOC" and span.end - span.start > 1 and span.value.get("id"):
            key = " ".join(texts.span_text(span.start, span.end).lower().split())
            readings.setdefault(key, span.value)
    return readings


def _dominant_country(known: list[KnownSpan], texts: TokenTexts | None = None) -> str | None:
    """The country a text names most (countries and places counted), on a tie the one it
    names first: the default country of the small places it names ("the Korday checkpoint"
    in a Kazakh release). A name read two ways in one country (a town and a region) counts
    once, and so does an address of one country's places joined by commas ("Denpasar, Bali,
    Indonesia": one place)."""
    counts: dict[str, int] = {}
    seen: set[tuple[int, int, str]] = set()
    chain_end, chain_country = -1, ""
    for span in sorted(known, key=lambda span: span.start):
        if span.label in {"COUNTRY", "LOC"}:
            iso2 = span.value.get("iso2") or span.value.get("country_iso2")
            if iso2 and (span.start, span.end, iso2) not in seen:
                seen.add((span.start, span.end, iso2))
                address = texts is not None and span.start == chain_end + 1 \
                    and texts[chain_end] == "," and iso2 == chain_country
                chain_end, chain_country = span.end, iso2
                if address:
                    continue
                counts[iso2] = counts.get(iso2, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _two_countries(first: KnownSpan, second: KnownSpan) -> bool:
    """Are both listed places, of two different countries (the sides of a border)?"""
    countries = {_country_of(first), _country_of(second)}
    return bool(first.value.get("id") and second.value.get("id")) and len(countries) == 2 \
        and None not in countries


def _country_of(entity: KnownSpan | None) -> str | None:
    if entity is None:
        return None
    value = entity.value
    return value.get("country_iso2") or value.get("iso2")
