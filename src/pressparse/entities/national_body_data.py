"""National bodies' word lists and canonical wording (``national_bodies.json``): the
official country forms, the wordings of one kind of body ("Interior Ministry", "Ministry of
the Interior"), the offices named by district, and the country-less names they resolve
("<body> of <the country's official form>"); applied to a doc by
:class:`~pressparse.entities.national_bodies.NationalBodyResolver`."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data import DataFileError, read_jsonl
from ..lru import LRUCache
from ..word_alternation import escaped_alternation
from .generic_names import GenericNames
from .member_councils import MemberCouncils
from .parent_units import UnitWords
from .records import ForeignCountryNames

ORG = "ORG"

# a word of a foreign country name ("république", "d'ivoire", "etats-unis")
_FOREIGN_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
COUNTRY_LABELS = frozenset({"COUNTRY", "NORP"})
_POSSESSIVE = re.compile(r"^(?:'s|\u2019s)?\s+")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?$")
# " for the Moscow Region", " for Almaty", " for the Republic of Tyva": the area a regional
# office serves (its pattern without the end: NationalBodies.area_after adds the lower-case
# heads that may follow)
_AREA_AFTER_BODY = (r" for (?:the )?(?:Republic of )?[A-Z][\w'\u2019\-]*(?: [A-Z][\w'\u2019\-]*)*"
                    r"(?: and [A-Z][\w'\u2019\-]*(?: [A-Z][\w'\u2019\-]*)*)?")


@dataclass(frozen=True)
class NameMatch:
    """A gazetteer name inside an organization's name (character offsets into that name)."""

    start: int
    end: int
    label: str
    value: Mapping[str, Any]


@dataclass(frozen=True)
class Synonym:
    """Written forms of one kind of body and its canonical wording (per country if it differs)."""

    forms: tuple[str, ...]
    name: str
    by_country: Mapping[str, str]

    def canonical(self, iso2: str) -> str:
        return self.by_country.get(iso2, self.name)


@dataclass(frozen=True)
class Jurisdiction:
    """A body whose offices differ by the district they serve ("U.S. Attorney's Office"):
    named with the district the text gives ("... for the Western District of Texas")."""

    names: frozenset[str]  # the body's names, lower case
    district: re.Pattern[str]  # a district's name in the text
    template: str  # "{name} for the {district}"

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Jurisdiction:
        return cls(frozenset(n.lower() for n in data["names"]), re.compile(data["district"]),
                   data["template"])


Lookup = Callable[[str], "list[NameMatch]"]
Values = MutableMapping[tuple[int, int, str], "dict[str, Any] | None"]


class NationalBodies:
    """Resolves country-less national body names (``national_bodies.json``)."""

    def __init__(self, country_forms: Mapping[str, str], national_prefixes: Iterable[str],
                 synonyms: Iterable[Synonym], min_mentions: int = 2,
                 dominance: float = 2.0, first_bonus: float = 1.0,
                 units: UnitWords | None = None,
                 generic: GenericNames | None = None,
                 sovereign: Mapping[str, str] | None = None,
                 jurisdictions: Iterable[Jurisdiction] = (),
                 councils: MemberCouncils | None = None,
                 media_words: Iterable[str] = (),
                 native_names: Mapping[str, str] | None = None,
                 unit_families: Mapping[str, str] | None = None,
                 area_heads: Iterable[str] = (),
                 initial_links: Iterable[str] = (),
                 through_unit_heads: Iterable[str] = (),
                 short_form_links: Iterable[str] = ()) -> None:
        self.country_forms = dict(country_forms)
        # the link words after which an earlier mention goes on past a generic short form
        self.short_form_links = frozenset(short_form_links)
        # the heads of units a body acts through ("the Ministry, through its Directorate"),
        # lower case as GenericNames.head gives them
        self.through_unit_heads = frozenset(through_unit_heads)
        # lower-case words inside a name its acronym skips ("Ministry of Public Security": MPS)
        self.initial_links = frozenset(initial_links)
        # " for the Moscow Region", " for Zhambyl region": the area a regional office serves,
        # ending a name (a lower-case head of one of ``area_heads`` after its name)
        heads = "|".join(re.escape(head) for head in area_heads)
        self.area_after = re.compile(_AREA_AFTER_BODY + (f"(?: (?:{heads}))?$" if heads else "$"))
        self._national_cache: LRUCache[str, bool] = LRUCache(4096)
        # the start of a unit's name that only one international body uses -> that body
        self.unit_families = dict(unit_families or {})
        self._family_starts = tuple(self.unit_families)
        self.native_names = dict(native_names or {})  # own-script country name -> ISO2
        # generated names in other languages (words, lower case) -> ISO2 (add_foreign_names)
        self.foreign_names: dict[tuple[str, ...], str] = {}
        self._foreign_longest = 0
        self._native = re.compile(escaped_alternation(self.native_names)) \
            if self.native_names else None
        self.media_masthead = re.compile(
            r"(?i)\b(?:" + escaped_alternation(media_words) + r")\b") if media_words else None
        self.councils = councils
        self.jurisdictions = tuple(jurisdictions)
        self.sovereign = dict(sovereign or {})  # a territory's national bodies: "PR" -> "US"
        self.generic = generic
        self.prefixes = tuple(national_prefixes)
        self.synonyms = list(synonyms)
        self._synonym_forms = frozenset(form for synonym in self.synonyms
                                        for form in synonym.forms)
        self._capital_synonym_forms = {form.upper(): form for form in sorted(self._synonym_forms)}
        self.min_mentions = min_mentions
        self.dominance = dominance
        self.first_bonus = first_bonus
        self.units = units
        # ISO2 -> the bodies its regions hold each of their own ("Public Prosecution")
        self.regional_bodies: dict[str, frozenset[str]] = {}

    @classmethod
    def load(cls, path: Path) -> NationalBodies | None:
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            synonyms = [Synonym(tuple(s["forms"]), s["name"], s.get("by_country", {}))
                        for s in data.get("synonyms", [])]
            units = UnitWords(frozenset(data["not_parent_words"])) \
                if "not_parent_words" in data else None
            generic = GenericNames.from_data(data["generic"]) if "generic" in data else None
            # (a synonym marked national, an own-language name: "Policía Nacional", starts
            # a national body's name as the listed prefixes do)
            prefixes = [*data["national_prefixes"],
                        *(form for s in data.get("synonyms", []) if s.get("national")
                          for form in s["forms"])]
            bodies = cls(data["country_forms"], prefixes, synonyms,
                         data.get("min_mentions", 2), data.get("dominance", 2.0),
                         data.get("first_bonus", 1.0), units, generic,
                         data.get("sovereign", {}),
                         [Jurisdiction.from_data(j) for j in data.get("jurisdictions", ())],
                         MemberCouncils.from_data(data.get("member_councils", {})),
                         data.get("masthead_media_words", ()),
                         data.get("masthead_native_names", {}),
                         data.get("unit_families", {}),
                         data.get("area_heads", ()),
                         data.get("initial_links", ()),
                         data.get("through_unit_heads", ()),
                         data.get("short_form_links", ()))
            bodies.regional_bodies = {code: frozenset(names) for code, names
                                      in data.get("regional_bodies", {}).items()}
            return bodies
        except (OSError, json.JSONDecodeError, KeyError, TypeError) as exc:
            raise DataFileError(f"{path}: {exc}") from exc

    def add_foreign_names(self, path: Path) -> None:
        """Read the generated country names in other languages (``countries_foreign.jsonl``
        of the gazetteer: "république tunisienne", "policía ... del perú"), lower case."""
        if not path.is_file():
            return
        for row in read_jsonl(path, ForeignCountryNames):
            for name in row.names:
                words = tuple(_FOREIGN_WORD.findall(name))
                if words:
                    self.foreign_names[words] = row.iso2
                    self._foreign_longest = max(self._foreign_longest, len(words))

    def foreign_country_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, ISO2) of each country name ``text`` (a masthead) writes in another
        language ("République Tunisienne", "DOUANE TUNISIENNE", "República de Colombia"):
        its word sequences looked up whole, case-insensitively (a translated release's
        letterhead; lower confidence than an English name, so read only when those name
        none)."""
        if not self.foreign_names:
            return []
        words = list(_FOREIGN_WORD.finditer(text))
        lowered = [word.group().lower() for word in words]
        longest = self._foreign_longest
        found: list[tuple[int, int, str]] = []
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + longest) + 1):
                code = self.foreign_names.get(tuple(lowered[start:end]))
                if code is not None:
                    found.append((words[start].start(), words[end - 1].end(), code))
        return found

    def native_country_codes(self, text: str) -> set[str]:
        """The countries ``text`` names in their own script ("Республики Казахстан")."""
        if self._native is None:
            return set()
        return {self.native_names[m.group()] for m in self._native.finditer(text)}

    # -- pieces --------------------------------------------------------------------------
    def family_parent(self, name: str) -> str | None:
        """The international body whose unit ``name`` is by its start alone ("Regional
        Intelligence Liaison Office for West Africa": the World Customs Organization's), when
        the name does not already say its body; else None."""
        if not name.startswith(self._family_starts):
            return None  # (most names: one C-level check)
        for start, parent in self.unit_families.items():
            if name.startswith(start) and name[len(start):len(start) + 1] in {"", " "} \
                    and " of the " not in name[len(start):] and parent not in name:
                return parent
        return None

    def country_form(self, iso2: str, common: str | None) -> str | None:
        return self.country_forms.get(iso2, common)

    def has_national_prefix(self, core: str) -> bool:
        """Does the body (or its last "of the" part) start like a national body's name?"""
        tail = core.rsplit(" of the ", 1)[-1]
        return any(part.startswith(self.prefixes) for part in (core, tail))

    def is_national(self, core: str) -> bool:
        """A national body's wording: a listed start or a generic name ("Tax and Customs
        Authority"), also as its last "of the" part (a unit of one: "Department of Economic
        Investigations for the City of Almaty of the Agency for Financial Monitoring")."""
        found = self._national_cache.get(core)
        if found is None:
            generic = self.generic
            found = self.has_national_prefix(core) or (generic is not None and (
                generic.is_generic(core) or (" of the " in core and generic.is_generic(
                    core.rsplit(" of the ", 1)[1]))))
            self._national_cache[core] = found
        return found

    def is_synonym_form(self, name: str) -> bool:
        """Is ``name`` (spaced once, no leading "the") one synonym form as it stands
        ("Policía Nacional", "Interior Ministry"), also in capitals as a letterhead writes it
        ("POLÍCIA JUDICIÁRIA"): a kind of body, no country's name?"""
        return name in self._synonym_forms or self.capitals_form(name) is not None

    def capitals_form(self, name: str) -> str | None:
        """The synonym form a name in capitals writes ("POLÍCIA JUDICIÁRIA" -> "Polícia
        Judiciária"), or None."""
        return self._capital_synonym_forms.get(name) if name.isupper() else None

    def canonical_core(self, core: str, iso2: str) -> str:
        """``Interior Ministry`` -> ``Ministry of Internal Affairs`` (also as the last part)."""
        for synonym in self.synonyms:
            for form in synonym.forms:
                if core == form:
                    return written_spelling(synonym.canonical(iso2), core)
                if core.endswith(" of the " + form):
                    return core[: -len(form)] + written_spelling(synonym.canonical(iso2), form)
        return core

    # -- resolution ----------------------------------------------------------------------
    def split_country(self, name: str, found: list[NameMatch],
                      ) -> tuple[str, str | None, bool] | None:
        """``(core, iso2, national_needed)`` of a name, or None when it is no national body.

        A name holding an international body ("CSTO Coordination Council") or two countries
        is left alone (a national body inside tells no country: "State [Security Service]");
        a trailing "of <country>" or a leading "<country>('s)"/demonym is cut. A name holding
        a city or region ("Public Prosecutor's Office of Palermo") is a local body: left alone.
        """
        bodies = [m for m in found if m.label == ORG]
        if any(not m.value.get("country") for m in bodies):
            return None
        countries = {(m.start, m.end) for m in found if m.label in COUNTRY_LABELS}
        places = [m for m in found if m.label == "LOC" and (m.start, m.end) not in countries]
        if places:
            # "Gomel Regional Department of the State Security Committee": a local unit of a
            # national body; the body says no country of its own, so the name takes it
            parent = name.rfind(" of the ")
            if parent < 0 or any(m.end > parent for m in places) \
                    or any(m.label in COUNTRY_LABELS for m in found):
                return None
            return name, None, True
        places = [m for m in found if m.label in COUNTRY_LABELS]
        codes = {m.value.get("iso2") for m in places}  # not listed bodies' ("Security Service")
        if len(codes) > 1:
            return None
        if not places:
            return name, None, True
        last = max(places, key=lambda m: (m.end, m.end - m.start))
        first = min(places, key=lambda m: (m.start, m.start - m.end))
        iso2 = last.value.get("iso2")
        if last.end == len(name):
            head = _OF_THE.sub("", name[: last.start])
            if head != name[: last.start]:
                return head, iso2, True
            return None
        if first.start == 0:
            rest = _POSSESSIVE.sub("", name[first.end:], count=1)
            possessive = name[first.end:first.end + 2] in {"'s", "\u2019s"}
            if first.label == "COUNTRY" and not possessive:
                return None  # "Kenya Police Service": a country's name in an official name
            if rest != name[first.end:]:
                return rest, first.value.get("iso2"), True
        elif len(places) == 1 and first.label == "NORP" \
                and name[:first.start].endswith(" of the ") \
                and name[first.end:first.end + 1] == " " \
                and not any(m.start == first.start for m in bodies):
            # (not a listed body's own demonym: "... of the South African Police Service")
            # "... Directorate of the Iraqi Ministry of Interior": the parent's demonym is
            # the country, as in front of a whole name ("... of the Ministry of Interior")
            return name[:first.start] + name[first.end + 1:], first.value.get("iso2"), True
        return None

    def resolve(self, name: str, found: list[NameMatch], outside_iso2: str | None,
                doc_iso2: str | None, common_names: Mapping[str, str],
                known: Lookup) -> dict[str, Any] | None:
        """The canonical value of an unlisted organization's ``name`` (None: keep it)."""
        area = self.area_after.search(name)
        if area is not None and " of the " in name[:area.start()] and any(
                m.label == "LOC" and m.start >= area.start() for m in found):
            # "Directorate of the Federal Security Service for the Omsk Region": the body
            # before the area it serves takes its country, the area stays after it
            inner = self.resolve(name[:area.start()], [m for m in found if m.end <= area.start()],
                                 outside_iso2, doc_iso2, common_names, known)
            if inner is None:
                return None
            return {**inner, "name": inner["name"] + name[area.start():], "id": None}
        split = self.split_country(name, found)
        if split is None:
            return None
        core, iso2, national_needed = split
        if national_needed and not self.is_national(core) and not (
                self.generic is not None and self.generic.is_service(core)):
            return None  # "Colombian Harbour Authority" is no national body's wording
        if iso2 is None:
            iso2 = outside_iso2 or doc_iso2
        if iso2 is None or not core:
            return None
        written = name[len(core) + 4:] if name.startswith(core + " of the ") else ""
        core = self.canonical_core(core, iso2)
        common = common_names.get(iso2)
        formal = self.country_form(iso2, common)
        if iso2 not in self.country_forms and common and written.endswith(" " + common) \
                and written != f"the {common}":
            formal = written  # "... of the Republic of Serbia": the name's own formal country
        if formal is None:
            return None
        country_names = [n for n in dict.fromkeys((formal, common)) if n]
        for match in _listed_of_country(core, country_names, known):
            return dict(match.value)
        if " of the " in core:  # "Department of the Border Service": a listed parent's unit
            unit, tail = core.rsplit(" of the ", 1)
            for match in _listed_of_country(tail, country_names, known):
                if match.value.get("id") \
                        and str(match.value.get("name")).startswith(tail + " of "):
                    # (the parent's name goes on from the text's: "Border Service of the
                    # National Security Committee ..."; a reworded one is left)
                    return {"name": f"{unit} of the {match.value['name']}",
                            "acronym": None, "id": None}
        return {"name": f"{core} of {formal}", "acronym": None, "id": None}


def _listed_of_country(name: str, country_names: list[str],
                       known: Lookup) -> Iterator[NameMatch]:
    """The listed bodies "<name> of <country name>" is, whole, for each of the country's
    ``country_names`` in turn ("Border Service of Kazakhstan")."""
    for country_name in country_names:
        candidate = f"{name} of {country_name}"
        for match in known(candidate):
            if match.label == ORG and match.start == 0 and match.end == len(candidate):
                yield match


def written_spelling(name: str, written: str) -> str:
    """``name`` with the spelling of the text that wrote it: a word of ``name`` the writer
    spells the other English way ("Defense" / "Defence", "Center" / "Centre", "Organization"
    / "Organisation") takes the written form ("Defence Ministry" -> "Ministry of Defence"),
    as the writer's own name for the body."""
    by_key = {_spelling_key(word): word for word in written.split()}
    words = name.split(" ")
    changed = [by_key.get(_spelling_key(word), word) for word in words]
    return " ".join(changed) if changed != words else name


def _spelling_key(word: str) -> str:
    """A word folded over the regular British / American spelling differences."""
    key = word.lower()
    for british, american in _SPELLINGS:
        if key.endswith(british):
            return key[: -len(british)] + american
    return key


# word endings spelled apart in British and American English (longest first)
_SPELLINGS = (("isation", "ization"), ("isations", "izations"), ("ence", "ense"),
              ("tre", "ter"), ("tres", "ters"), ("our", "or"))
