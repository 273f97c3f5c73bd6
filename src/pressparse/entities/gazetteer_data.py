"""Reading the gazetteer directory into a phrase index of countries, organizations, places,
substances and demonyms."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from ..data import DataFileError, gc_paused, read_jsonl
from . import index_cache
from .phrases import Entry, PhraseIndex
from .place_grammar import HeadForms, PlaceGrammar
from .records import (
    CountryAlias,
    CountryRecord,
    DemonymRecord,
    OrganizationRecord,
    PlaceRecord,
    SubstanceRecord,
    WordList,
)
from .shared_acronyms import SharedAcronyms

_ACRONYM_WORD = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9][A-Za-z0-9.&\-]*$")
_TWO_CAPITALS = re.compile(r"[A-Z][^A-Z\s]*[A-Z]")  # two capitals inside one word
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_HYPHENATED_NAME = re.compile(r"^[A-Z][a-z\u00e0-\u024f']+(?:-(?:[A-Z]?[a-z\u00e0-\u024f']+))+$")
PORT_NAME_KIND = "port name"  # a port's own name, no town's ("London Gateway", "Tanger Med")
PLACE_HEAD = "_PLACE_HEAD"  # the label of place heads and prefixes in the phrase index
PHRASE_WORDS_FILE = "phrase_words.jsonl"  # word lists of the phrase index
PHRASE_TOKENS_FILE = "phrase_tokens.jsonl"  # written by scripts/build_gazetteer_phrase_tokens.py
_NO_PLURAL = ("s", "sh", "ch", "ese", "z", "x", "i", "ss")  # "Afghans", not "Swisss"


def is_acronym(text: str) -> bool:
    """Every word has two or more capitals: matched case-sensitively (USA, U.S., BelTA, CSTO PA).

    Hyphenated title-case words are names, not acronyms ("Nur-Sultan", "Alma-Ata"): they match
    case-insensitively, so "NUR-SULTAN" in a headline is found too.
    """
    if not _TWO_CAPITALS.search(text):  # most names: one capital a word, settled in C
        return False
    return all(_ACRONYM_WORD.match(word) and not _HYPHENATED_NAME.match(word)
               for word in text.split())


def _json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc


def read_word_lists(path: Path) -> dict[str, list[str]]:
    """The word lists of a file of :class:`WordList` records by id (none without the file)."""
    return {record.id: record.words for record in read_jsonl(path, WordList)} \
        if path.is_file() else {}


def tokenizer_fingerprint(tokenizer: Tokenizer) -> str:
    """What decides how ``tokenizer`` splits a text: its settings, spaCy's and Python's
    versions (the code and the regular expressions that apply them)."""
    settings = tokenizer.to_bytes(exclude=["vocab"])
    versions = f"spacy {spacy.__version__} python {sys.version_info[0]}.{sys.version_info[1]}"
    return hashlib.sha256(versions.encode() + settings).hexdigest()


def read_phrase_tokens(path: Path, tokenizer: Tokenizer) -> dict[str, tuple[str, ...]]:
    """Cached token texts of gazetteer phrases (``PHRASE_TOKENS_FILE``), or none when the file
    is missing or was written for another tokenizer: a stale cache only costs time, since
    phrases it lacks are tokenized at load."""
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as handle:
            header = orjson.loads(handle.readline())
            if header.get("tokenizer") != tokenizer_fingerprint(tokenizer):
                return {}
            rows = [orjson.loads(line) for line in handle if line.strip()]
        return {row["text"]: tuple(row["tokens"]) for row in rows}
    except (OSError, orjson.JSONDecodeError, AttributeError, KeyError, TypeError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc



@dataclass
class CountryNames:
    """The country data files read: per ISO code its value (iso2, iso3, display name), its
    names (official and curated), the names also a person's first name, its acronyms."""

    values: dict[str, dict[str, str]] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    acronyms: dict[str, list[str]] = field(default_factory=dict)


def read_country_names(data_dir: Path) -> CountryNames:
    """``countries.jsonl`` (generated from pycountry) and the curated
    ``country_aliases*.jsonl`` of a gazetteer data folder."""
    found = CountryNames()
    for record in read_jsonl(data_dir / "countries.jsonl", CountryRecord):
        found.values[record.iso2] = {"iso2": record.iso2, "iso3": record.iso3,
                                     "name": record.name}
        found.names[record.iso2] = [record.name, *record.names]
    for path in sorted(data_dir.glob("country_aliases*.jsonl")):
        for alias in read_jsonl(path, CountryAlias):
            value = found.values.get(alias.iso2)
            if value is None:
                if not (alias.iso3 and alias.name):
                    raise DataFileError(f"{path}: unknown country {alias.iso2} needs iso3+name")
                value = found.values[alias.iso2] = {"iso2": alias.iso2, "iso3": alias.iso3,
                                                    "name": alias.name}
            if alias.name:
                value["name"] = alias.name
            target = found.ambiguous if alias.ambiguous else found.names
            target.setdefault(alias.iso2, []).extend(alias.aliases)
            found.acronyms.setdefault(alias.iso2, []).extend(alias.acronyms)
    return found

class SpellingVariants:
    """British/American and hyphenation pairs, and region suffixes (``spelling_variants.json``)."""

    def __init__(self, pairs: list[list[str]], region_suffixes: list[str],
                 place_abbreviations: list[list[str]] | None = None) -> None:
        self.pairs = [(a, b) for a, b in pairs]
        # a place name's first word and its abbreviations ("Mount Hagen": "Mt Hagen")
        self.place_abbreviations = [(a, b) for a, b in place_abbreviations or []]
        suffixes = "|".join(re.escape(s) for s in region_suffixes)
        self.region_suffixes = region_suffixes
        self._suffix_ends = tuple(f" {suffix}" for suffix in region_suffixes)
        self._region = re.compile(rf"^(?P<base>.+) (?P<suffix>{suffixes})$")

    @classmethod
    def load(cls, path: Path) -> SpellingVariants:
        if not path.is_file():
            return cls([], [])
        data = _json(path)
        return cls(data.get("pairs", []), data.get("region_suffixes", []),
                   data.get("place_abbreviations", []))

    def abbreviated(self, names: list[str]) -> list[str]:
        """The names whose first word has an abbreviation, written with it ("Mount Hagen" ->
        "Mt Hagen", "Mt. Hagen")."""
        return [f"{short}{name[len(word):]}" for name in names
                for word, short in self.place_abbreviations if name.startswith(word)]

    def expand(self, name: str) -> list[str]:
        """The name, its spelling variants, a leading-"the"-less form, straight/curly quotes."""
        forms = [_LEADING_THE.sub("", name)]
        for a, b in self.pairs:
            for form in list(forms):
                for x, y in ((a, b), (b, a)):
                    if x in form:
                        forms.append(form.replace(x, y))
        for form in list(forms):
            if "'" in form:
                forms.append(form.replace("'", "\u2019"))
            if "\u2019" in form:
                forms.append(form.replace("\u2019", "'"))
            if " - " in form:
                forms.extend(form.replace(" - ", dash) for dash in (" \u2013 ", " \u2014 ", "-"))
        return list(dict.fromkeys(forms))

    def region_forms(self, name: str) -> list[str]:
        """``Ryazan Region`` -> also ``Ryazan Oblast``, ``Ryazan region``..."""
        match = self._region.match(name) if name.endswith(self._suffix_ends) else None
        if not match:
            return [name]
        return [name] + [f"{match['base']} {suffix}" for suffix in self.region_suffixes]


# an acronym of three to six capitals, also written with a dot after each ("A.A.D.E.")
_DOTTABLE = re.compile(r"[A-Z]{3,6}")
# Romanian s and t under a cedilla (older fonts) and a comma (the standard); the countries
# whose place names write them: a listed name in plain letters takes its alias with them
_CEDILLA_LETTERS = re.compile("[\u015e\u015f\u0162\u0163\u0218\u0219\u021a\u021b]")
_COMMA_BELOW = str.maketrans("\u015e\u015f\u0162\u0163", "\u0218\u0219\u021a\u021b")
_CEDILLA = str.maketrans("\u0218\u0219\u021a\u021b", "\u015e\u015f\u0162\u0163")
_ROMANIAN_LETTER_COUNTRIES = frozenset({"RO", "MD"})


def _romanian_name(name: str, aliases: Iterable[str]) -> str:
    """A Romanian or Moldovan place's name in its own letters: the alias that writes
    ``name`` with diacritics ("Balti", alias "Bălţi" -> "Bălți", comma below), else ``name``."""
    if not name.isascii():
        return name.translate(_COMMA_BELOW)
    for alias in aliases:
        if not alias.isascii() and _plain(alias) == name:
            return alias.translate(_COMMA_BELOW)
    return name


def _shared_name_winners(ranked: list[PlaceRecord]) -> set[str]:
    """Ids of the places (``ranked`` most populous first) whose name goes to them over a
    place of another country of at least :data:`CONTESTED_POPULATION_SHARE` of their
    population ("Astara" of Iran, also Azerbaijan's town)."""
    first: dict[str, PlaceRecord] = {}
    contested: set[str] = set()
    for record in ranked:
        key = (record.name or "").lower()
        winner = first.setdefault(key, record)
        if winner is record or winner.country == record.country:
            continue
        if winner.population and record.population \
                and record.population >= CONTESTED_POPULATION_SHARE * winner.population:
            contested.add(winner.id)
    return contested


def _plain(text: str) -> str:
    """``text`` without its diacritics ("Bălţi" -> "Balti")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


# a city this large is what its name means, also where a subdivision shares the name
# ("Ikeja, Lagos" is the city; "Puerto Quetzal, Escuintla" the department)
MAJOR_CITY_POPULATION = 1_000_000
# a place another country's place of at least this share of its population names as well
# ("Astara": Iran's town and Azerbaijan's) tells no country by its name alone
CONTESTED_POPULATION_SHARE = 0.25


class GazetteerData:
    """All gazetteer records of one directory, compiled into a :class:`PhraseIndex`."""

    def __init__(self, nlp: Language, data_dir: Path) -> None:
        with gc_paused():  # some 200,000 new objects: collections would only rescan them
            if index_cache.restore(self, nlp, data_dir):  # built by an earlier process
                return
            self._load(nlp, data_dir)
            index_cache.store(self, nlp, data_dir)

    def _load(self, nlp: Language, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.index = PhraseIndex(nlp)
        self.index.cached_tokens = read_phrase_tokens(data_dir / PHRASE_TOKENS_FILE,
                                                      nlp.tokenizer)
        self.index.line_links = frozenset(read_word_lists(data_dir / PHRASE_WORDS_FILE)
                                          .get("line_break_links", ()))
        self.spelling = SpellingVariants.load(data_dir / "spelling_variants.json")
        stop_path = data_dir / "stop_names.json"
        stop = _json(stop_path) if stop_path.is_file() else {}
        self.stop_names = set(stop.get("names", []))
        self.ambiguous_places = set(stop.get("ambiguous", []))
        self.title_case_stop = frozenset(stop.get("title_case_acronyms_stop", []))
        self.countries: dict[str, dict[str, str]] = {}
        self.organizations: dict[str, dict[str, Any]] = {}
        self.place_lookup: dict[str, dict[str, Any]] = {}  # lower-case name -> LOC value
        self.ambiguous_place_ids: set[str] = set()  # places also named like people ("Orion")
        self.port_name_ids: set[str] = set()  # ports named as no town is ("Tanger Med")
        # cities of a million people or more: their name is the city, whatever shares it
        self.major_city_ids: set[str] = set()
        # places whose name a comparable place of another country shares, or that are also
        # named like people or things: their mention says little of a text's country
        self.contested_place_ids: set[str] = set()
        self._load_countries()
        self._load_demonyms()
        self._load_organizations()
        self._load_places()
        self._load_substances()
        self.amount_words: frozenset[str] = frozenset()
        self.caps_place_cues: frozenset[str] = frozenset()
        self.everyday_substances: frozenset[str] = frozenset()
        self.everyday_determiners: frozenset[str] = frozenset()
        self.everyday_modified: frozenset[str] = frozenset()
        self.substance_seizure_words: frozenset[str] = frozenset()
        self.bracketed_forms: dict[tuple[str, str], str] = {}
        self.route_words: frozenset[str] = frozenset()  # "the Kano-Zaria road"
        self.places = self._place_grammar()
        if self.places is not None:
            for phrase in self.places.phrases:
                self.index.add(phrase, Entry(PLACE_HEAD, {"phrase": phrase}))
        self.index.build()

    # -- helpers -------------------------------------------------------------------------
    def _files(self, pattern: str) -> list[Path]:
        return sorted(self.data_dir.glob(pattern))

    def _add_names(self, names: Iterable[str], entry: Entry, expand: bool = True) -> None:
        for name in names:
            if name in self.stop_names:
                continue
            forms = self.spelling.expand(name) if expand else [name]
            for form in forms:
                self.index.add(form, entry, case_sensitive=is_acronym(form))

    # -- loaders -------------------------------------------------------------------------
    def _load_countries(self) -> None:
        found = read_country_names(self.data_dir)
        self.countries.update(found.values)
        ambiguous_set = {n for values in found.ambiguous.values() for n in values}
        for iso2, value in self.countries.items():
            entry = Entry("COUNTRY", value)
            plain = [n for n in found.names.get(iso2, []) if n not in ambiguous_set
                     and "," not in n]
            self._add_names(plain, entry)
            self._add_names(found.ambiguous.get(iso2, []),
                            Entry("COUNTRY", value, ambiguous=True))
            for acronym in found.acronyms.get(iso2, []):
                self.index.add(acronym, entry, case_sensitive=True)

    def _load_demonyms(self) -> None:
        by_name: dict[str, DemonymRecord] = {}
        for path in [self.data_dir / "demonyms.jsonl", *self._files("demonyms_*.jsonl")]:
            if not path.is_file():
                continue
            for record in read_jsonl(path, DemonymRecord):
                by_name[record.name] = record  # later files (curated) win
        for record in by_name.values():
            country = self.countries.get(record.iso2, {}).get("name")
            forms = [record.name, *record.variants]
            forms += [f"{form}s" for form in forms if not form.endswith(_NO_PLURAL)]
            forms = list(dict.fromkeys(forms))
            for form in forms:
                # The value names the demonym as written, singular: "Americans" -> "American".
                lemma = form[:-1] if form.endswith("s") and form[:-1] in forms else form
                value = {"iso2": record.iso2, "name": lemma, "country": country}
                self._add_names([form], Entry("NORP", value), expand=False)

    def _load_organizations(self) -> None:
        shared: dict[str, list[dict[str, Any]]] = {}
        news_ids: list[str] = []
        owned: set[str] = set()  # acronyms of one body only
        for path in self._files("organizations*.jsonl"):
            for record in read_jsonl(path, OrganizationRecord):
                if record.id in self.organizations:
                    raise DataFileError(f"{path}: duplicate organization id {record.id!r}")
                value: dict[str, Any] = {
                    "name": record.name,
                    "acronym": next(iter(record.acronyms or record.shared_acronyms), None),
                    "id": record.id,
                }
                if record.country:
                    value["country"] = record.country
                self.organizations[record.id] = value
                entry = Entry("ORG", value)
                self._add_names([record.name, *record.variants], entry)
                owned.update(record.acronyms)
                for acronym in record.acronyms:
                    self.index.add(acronym, entry, case_sensitive=True)
                    if _DOTTABLE.fullmatch(acronym):  # "A.A.D.E." is AADE
                        self.index.add(".".join(acronym) + ".", entry, case_sensitive=True)
                    title = acronym.title()
                    if len(acronym) >= 5 and acronym.isalpha() and acronym.isupper() \
                            and title not in self.title_case_stop \
                            and title != record.name and title not in record.variants:
                        self.index.add(title, entry, case_sensitive=True)  # "Dirandro"
                for acronym in record.shared_acronyms:
                    shared.setdefault(acronym, []).append(value)
                    self.index.add(acronym, entry, case_sensitive=True)
                    if _DOTTABLE.fullmatch(acronym):
                        dotted = ".".join(acronym) + "."
                        shared.setdefault(dotted, []).append(value)
                        self.index.add(dotted, entry, case_sensitive=True)
                if record.news_agency:
                    news_ids.append(record.id)
        cues_path = self.data_dir / "shared_acronym_cues.jsonl"
        cues = read_word_lists(cues_path)
        listed = owned.intersection(shared)
        if listed:
            raise DataFileError(f"acronyms both shared and owned by one body: {sorted(listed)}")
        self.shared_acronyms = SharedAcronyms(shared, news_ids, cues.get("wire_before", []),
                                              cues.get("wire_after", []))

    def _load_places(self) -> None:
        words_path = self.data_dir / "place_words.jsonl"
        lists = read_word_lists(words_path)
        # countries whose subdivisions are named with their head ("Rivers State"), some of
        # them with the head first ("County Wexford", "Province of Bari")
        self.headed_name_countries = frozenset(lists.get("headed_name_countries", []))
        self.head_forms = HeadForms(lists.get("head_first_countries", []),
                                    lists.get("head_of_countries", []))
        places: dict[str, PlaceRecord] = {}
        extensions: list[tuple[Path, PlaceRecord]] = []
        # Generated files first: a curated record with a generated place's id renames it.
        for path in sorted(self._files("places*.jsonl"), key=lambda p: "curated" in p.name):
            for record in read_jsonl(path, PlaceRecord):
                if record.name is None:
                    extensions.append((path, record))
                elif record.id in places:  # a curated record renames a generated place
                    old = places[record.id]
                    aliases = [*old.aliases, old.name or "", *record.aliases]
                    spellings = [*old.spellings, *record.spellings]
                    places[record.id] = record.model_copy(update={
                        "aliases": [a for a in aliases
                                    if a and a != record.name and a not in spellings],
                        "spellings": spellings,
                        "population": record.population or old.population,
                        "head": record.head or old.head})
                else:
                    places[record.id] = record
        for path, record in extensions:
            if record.id not in places:
                raise DataFileError(f"{path}: aliases for unknown place id {record.id!r}")
            places[record.id].aliases.extend(record.aliases)
            places[record.id].spellings.extend(record.spellings)
        # The most populous place first: it wins a name two places share ("St. Petersburg").
        ranked = sorted(places.values(), key=lambda r: -(r.population or 0))
        for record in ranked:
            assert record.name is not None
            name = record.name.replace("\u2019", "'")  # "Cox's Bazar"
            if record.country in _ROMANIAN_LETTER_COUNTRIES:
                name = _romanian_name(name, record.aliases)  # "Balti" -> "Bălți"
            if record.head and (record.country in self.headed_name_countries
                                or name.endswith(f" {record.head}")):
                name = self.head_forms.name(name, record.head, record.country)
                # "Cross River" -> Cross River State, "Wexford" -> County Wexford
            value = {"name": name, "country_iso2": record.country, "id": record.id}
            if record.kind == PORT_NAME_KIND:
                self.port_name_ids.add(record.id)
            if (record.population or 0) >= MAJOR_CITY_POPULATION:
                self.major_city_ids.add(record.id)
            names = [form for name in [record.name, *record.aliases]
                     for form in self.spelling.region_forms(name)]
            names += [name.replace("\u2019", "'") for name in names if "\u2019" in name]
            names += self.spelling.abbreviated(names)
            # Romanian s/t with a comma below and with a cedilla (older fonts) are one letter
            names += [form for name in names if _CEDILLA_LETTERS.search(name)
                      for form in (name.translate(_COMMA_BELOW), name.translate(_CEDILLA))
                      if form != name]
            if record.country in _ROMANIAN_LETTER_COUNTRIES and name not in names:
                names.append(name)  # "Bălți" (the alias had a cedilla: "Bălţi")
            names += [name.replace("'", "\u2019") for name in names if "'" in name]
            if record.ambiguous:
                self.ambiguous_place_ids.add(record.id)
                ambiguous = self.ambiguous_places | set(names)
            elif self.ambiguous_places.isdisjoint(names):  # most places
                self._add_names(names, Entry("LOC", value), expand=False)
                ambiguous = None
            else:
                ambiguous = self.ambiguous_places
            if ambiguous is not None:
                plain = [name for name in names if name not in ambiguous]
                self._add_names(plain, Entry("LOC", value), expand=False)
                self._add_names([name for name in names if name in ambiguous],
                                Entry("LOC", value, ambiguous=True), expand=False)
            for name in names:
                self.place_lookup.setdefault(name.lower(), value)
            if record.head:
                self._add_headed(record, names)
            self._add_spellings(record, value)
        # a shared name's winner or a place named like a thing tells no country by its name
        self.contested_place_ids = _shared_name_winners(ranked) | self.ambiguous_place_ids

    def _add_spellings(self, record: PlaceRecord, value: dict[str, Any]) -> None:
        """A place's other romanizations ("Izmail" of "Izmayil"), each named as written, with
        the head its name takes ("Bekaa" -> Bekaa Governorate; "Masalli district")."""
        head, country = record.head, record.country
        for spelling in record.spellings:
            if spelling.lower() in self.place_lookup:
                continue  # another place's name: it keeps it
            headed = head is not None and country in self.headed_name_countries
            name = self.head_forms.name(spelling, head, country) if headed else spelling
            written = {**value, "name": name}
            forms = [spelling, *([spelling.replace("'", "\u2019")] if "'" in spelling else [])]
            self._add_names(forms, Entry("LOC", written, ambiguous=record.ambiguous),
                            expand=False)
            for form in forms:
                self.place_lookup[form.lower()] = written
            if head is not None:
                self._add_headed_spelling(spelling, head, value)

    def _add_headed_spelling(self, spelling: str, head: str, value: dict[str, Any]) -> None:
        """"Masalli district": a romanization with its head written after it, so named."""
        country = value.get("country_iso2")
        full = {**value, "name": self.head_forms.name(spelling, head, country)}
        self._add_headed_forms(spelling, head, Entry("LOC", full))

    def _add_headed(self, record: PlaceRecord, names: list[str]) -> None:
        """"Shan State", "Shan state": the name with its generic head, named with it."""
        assert record.head is not None and record.name is not None
        head = record.head
        full = self.head_forms.name(record.name.replace("\u2019", "'"), head, record.country)
        value = {"name": full, "country_iso2": record.country, "id": record.id}
        entry = Entry("LOC", value)
        for name in names:
            base = name[: -len(head) - 1] if name.endswith(f" {head}") else name
            self._add_headed_forms(base, head, entry,
                                   self.head_forms.name(base, head, record.country))

    def _add_headed_forms(self, base: str, head: str, entry: Entry,
                          first: str | None = None) -> None:
        """``base`` with ``head`` written after it, in its case and in lower case, and the
        ``first`` form when it puts the head first ("County Wexford", "Province of Bari" as
        written): each names ``entry`` (the phrase index, and the place lookup unless taken)."""
        forms = [f"{base} {head}", f"{base} {head.lower()}"]
        if first is not None and not first.endswith(f" {head}"):
            forms.append(first)
        self._add_names(forms, entry, expand=False)
        for form in forms:
            self.place_lookup.setdefault(form.lower(), entry.normalized)

    def _place_grammar(self) -> PlaceGrammar | None:
        path = self.data_dir / "place_words.jsonl"
        if not path.is_file():
            return None
        lists = read_word_lists(path)
        self.amount_words = frozenset(lists.get("substance_amount_words", []))
        self.caps_place_cues = frozenset(lists.get("caps_place_cues", []))
        self.everyday_substances = frozenset(lists.get("substance_everyday_names", []))
        self.everyday_determiners = frozenset(lists.get("substance_everyday_determiners", []))
        self.everyday_modified = frozenset(lists.get("substance_everyday_modified", []))
        self.substance_seizure_words = frozenset(lists.get("substance_seizure_words", []))
        self.bracketed_forms = {
            (substance, qualifier): target for substance, qualifier, target in
            (entry.split("|") for entry in lists.get("bracketed_substance_forms", []))}
        self.route_words = frozenset(lists.get("route_words", []))
        return PlaceGrammar(lists.get("place_heads_in_name", []),
                            lists.get("place_heads_outside", []), lists.get("place_prefixes", []),
                            self.place_lookup, lists.get("place_leads", []),
                            lists.get("place_heads_same", []), lists.get("place_name_stop", []),
                            lists.get("place_prefix_qualifiers", []),
                            titled_heads=lists.get("place_heads_titled", []),
                            port_heads=lists.get("place_heads_port", []),
                            compound_nouns=lists.get("place_head_compound_nouns", []),
                            admin_heads=lists.get("place_heads_admin", []),
                            untitled_heads=lists.get("place_heads_untitled", []),
                            inner_heads=lists.get("place_heads_inner", []),
                            port_name_ids=self.port_name_ids,
                            head_forms=self.head_forms,
                            local_heads=dict(entry.split("|", 1) for entry in
                                             lists.get("place_heads_local", [])),
                            local_prefixes=dict(entry.split("|", 1) for entry in
                                                lists.get("place_prefixes_local", [])))

    def _load_substances(self) -> None:
        for path in self._files("substances*.jsonl"):
            for record in read_jsonl(path, SubstanceRecord):
                value = {"name": record.name, "class": record.class_}
                self._add_names([record.name, *record.variants], Entry("SUBSTANCE", value),
                                expand=False)
