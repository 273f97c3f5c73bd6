"""National bodies named without their official country form, resolved to one canonical name.

"the Interior Ministry" in a Kyrgyz release, "Investigative Committee of Armenia", "Kazakhstan's
National Guard" and "the Armenian Investigative Committee" all name a country's own body: the
canonical name is "<body> of <the country's official form>" ("Ministry of Internal Affairs of
the Kyrgyz Republic"), or the listed body of that country when the gazetteer knows it. A bare
mention takes the text's country only when one country clearly dominates the text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data import DataFileError

ORG = "ORG"
COUNTRY_LABELS = frozenset({"COUNTRY", "NORP"})
_POSSESSIVE = re.compile(r"^(?:'s|\u2019s)?\s+")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?$")


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


Lookup = Callable[[str], "list[NameMatch]"]


class NationalBodies:
    """Resolves country-less national body names (``national_bodies.json``)."""

    def __init__(self, country_forms: Mapping[str, str], national_prefixes: Iterable[str],
                 synonyms: Iterable[Synonym], min_mentions: int = 2,
                 dominance: float = 2.0, first_bonus: float = 1.0) -> None:
        self.country_forms = dict(country_forms)
        self.prefixes = tuple(national_prefixes)
        self.synonyms = list(synonyms)
        self.min_mentions = min_mentions
        self.dominance = dominance
        self.first_bonus = first_bonus

    @classmethod
    def load(cls, path: Path) -> NationalBodies | None:
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            synonyms = [Synonym(tuple(s["forms"]), s["name"], s.get("by_country", {}))
                        for s in data.get("synonyms", [])]
            return cls(data["country_forms"], data["national_prefixes"], synonyms,
                       data.get("min_mentions", 2), data.get("dominance", 2.0),
                       data.get("first_bonus", 1.0))
        except (OSError, json.JSONDecodeError, KeyError, TypeError) as exc:
            raise DataFileError(f"{path}: {exc}") from exc

    # -- pieces --------------------------------------------------------------------------
    def country_form(self, iso2: str, common: str | None) -> str | None:
        return self.country_forms.get(iso2, common)

    def is_national(self, core: str) -> bool:
        """Does the body (or its last "of the" part) start like a national body's name?"""
        tail = core.rsplit(" of the ", 1)[-1]
        return any(part.startswith(self.prefixes) for part in (core, tail))

    def canonical_core(self, core: str, iso2: str) -> str:
        """``Interior Ministry`` -> ``Ministry of Internal Affairs`` (also as the last part)."""
        for synonym in self.synonyms:
            for form in synonym.forms:
                if core == form:
                    return synonym.canonical(iso2)
                if core.endswith(" of the " + form):
                    return core[: -len(form)] + synonym.canonical(iso2)
        return core

    def dominant_country(self, mentions: Iterable[str]) -> str | None:
        """The country a text names clearly most often (countries, demonyms, places, bodies)."""
        counts: dict[str, float] = {}
        raw: dict[str, int] = {}
        for iso2 in mentions:
            # the first country a text names is its own more often than not: a head start
            counts[iso2] = counts.get(iso2, 0) + (1 if counts else 1 + self.first_bonus)
            raw[iso2] = raw.get(iso2, 0) + 1
        if not counts:
            return None
        ranked = sorted(counts.values(), reverse=True)
        top = max(counts, key=lambda k: counts[k])
        second = ranked[1] if len(ranked) > 1 else 0
        if raw[top] < self.min_mentions or ranked[0] < self.dominance * second:
            return None
        return top

    # -- resolution ----------------------------------------------------------------------
    def split_country(self, name: str, found: list[NameMatch],
                      ) -> tuple[str, str | None, bool] | None:
        """``(core, iso2, national_needed)`` of a name, or None when it is no national body.

        A name holding an international body ("CSTO Coordination Council") or two countries
        is left alone (a national body inside tells no country: "State [Security Service]");
        a trailing "of <country>" or a leading "<country>('s)"/demonym is cut.
        """
        bodies = [m for m in found if m.label == ORG]
        if any(not m.value.get("country") for m in bodies):
            return None
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
                return head, iso2, False
            return None
        if first.start == 0:
            rest = _POSSESSIVE.sub("", name[first.end:], count=1)
            if rest != name[first.end:]:
                return rest, first.value.get("iso2"), True
        return None

    def resolve(self, name: str, found: list[NameMatch], outside_iso2: str | None,
                doc_iso2: str | None, common_names: Mapping[str, str],
                known: Lookup) -> dict[str, Any] | None:
        """The canonical value of an unlisted organization's ``name`` (None: keep it)."""
        split = self.split_country(name, found)
        if split is None:
            return None
        core, iso2, national_needed = split
        if iso2 is None:
            iso2 = outside_iso2 or doc_iso2
        if iso2 is None or not core:
            return None
        if national_needed and not self.is_national(core):
            return None
        core = self.canonical_core(core, iso2)
        common = common_names.get(iso2)
        formal = self.country_form(iso2, common)
        if formal is None:
            return None
        for country_name in dict.fromkeys(n for n in (formal, common) if n):
            candidate = f"{core} of {country_name}"
            for match in known(candidate):
                if match.label == ORG and match.start == 0 and match.end == len(candidate):
                    return dict(match.value)
        return {"name": f"{core} of {formal}", "acronym": None, "id": None}


class NationalBodyResolver:
    """Applies :class:`NationalBodies` to a doc's unlisted ORG entities, using the gazetteer's
    phrase index (``index.matches``) to find countries, demonyms and bodies inside names."""

    def __init__(self, bodies: NationalBodies, nlp: Any, index: Any,
                 countries: Mapping[str, Mapping[str, str]]) -> None:
        self.bodies = bodies
        self.nlp = nlp
        self.index = index
        self.common_names = {iso2: value["name"] for iso2, value in countries.items()}
        self._cache: dict[str, list[NameMatch]] = {}

    def names_in(self, text: str) -> list[NameMatch]:
        """Countries, demonyms and listed bodies inside ``text`` (cached per text)."""
        found = self._cache.get(text)
        if found is None:
            doc = self.nlp.make_doc(text)
            found = []
            for match in self.index.matches(doc):
                if match.entry.label in COUNTRY_LABELS or match.entry.label == ORG:
                    end = doc[match.end - 1]
                    found.append(NameMatch(doc[match.start].idx, end.idx + len(end.text),
                                           match.entry.label, match.entry.normalized))
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[text] = found
        return found

    def apply(self, doc: Any, get_value: Callable[[Any], dict[str, Any] | None],
              set_value: Callable[[Any, dict[str, Any]], None]) -> None:
        ents = list(doc.ents)
        values = [get_value(ent) or {} for ent in ents]
        if not any(ent.label_ == ORG and (not value.get("id") or value.get("country"))
                   for ent, value in zip(ents, values, strict=True)):
            return
        codes = [(ent.label_, code) for ent, value in zip(ents, values, strict=True)
                 if (code := _country_code(ent.label_, value))]
        doc_iso2 = self.bodies.dominant_country(code for _, code in codes)
        named = {code for label, code in codes if label != ORG}
        for i, (ent, value) in enumerate(zip(ents, values, strict=True)):
            if ent.label_ != ORG or not value.get("name"):
                continue
            if value.get("id"):
                name = self.foreign_bare_name(ent.text, value, doc_iso2, named)
                if name is None:
                    continue
            else:
                name = value["name"]
            outside = _country_before(doc, ents[i - 1], values[i - 1], ent) if i else None
            new = self.bodies.resolve(name, self.names_in(name), outside, doc_iso2,
                                      self.common_names, self.names_in)
            if new is not None and new.get("name") != value["name"]:
                if not new.get("acronym") and value.get("acronym") and not value.get("id"):
                    new["acronym"] = value["acronym"]
                set_value(ent, new)

    def foreign_bare_name(self, text: str, value: Mapping[str, Any], doc_iso2: str | None,
                          named: set[str]) -> str | None:
        """A listed body's country-less variant ("State Revenue Committee", listed for KZ) in a
        text clearly about another country that never names the listed one: the bare name."""
        country = value.get("country")
        if not country or doc_iso2 is None or country == doc_iso2 or country in named:
            return None
        name = " ".join(text.split())
        name = name[4:] if name.lower().startswith("the ") else name
        if not self.bodies.is_national(name) \
                or any(m.label in COUNTRY_LABELS for m in self.names_in(name)):
            return None
        return name


def _country_code(label: str, value: Mapping[str, Any]) -> str | None:
    if label in COUNTRY_LABELS:
        return value.get("iso2")
    if label == "LOC":
        return value.get("country_iso2")
    if label == ORG:
        return value.get("country")
    return None


def _country_before(doc: Any, prev: Any, value: Mapping[str, Any], ent: Any) -> str | None:
    """``Kazakhstan's [National Guard]``, ``Kazakh [National Guard]``: the country just before."""
    if prev.label_ not in COUNTRY_LABELS:
        return None
    gap = doc[prev.end:ent.start]
    if len(gap) == 0 or (len(gap) == 1 and gap[0].text in {"'s", "\u2019s"}):
        return value.get("iso2")
    return None
