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
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data import DataFileError
from .doc_view import DocView, Ent
from .parent_units import Mention, UnitWords, attach_parents, can_be_parent

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
Values = MutableMapping[tuple[int, int, str], "dict[str, Any] | None"]


class NationalBodies:
    """Resolves country-less national body names (``national_bodies.json``)."""

    def __init__(self, country_forms: Mapping[str, str], national_prefixes: Iterable[str],
                 synonyms: Iterable[Synonym], min_mentions: int = 2,
                 dominance: float = 2.0, first_bonus: float = 1.0,
                 units: UnitWords | None = None) -> None:
        self.country_forms = dict(country_forms)
        self.prefixes = tuple(national_prefixes)
        self.synonyms = list(synonyms)
        self.min_mentions = min_mentions
        self.dominance = dominance
        self.first_bonus = first_bonus
        self.units = units

    @classmethod
    def load(cls, path: Path) -> NationalBodies | None:
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            synonyms = [Synonym(tuple(s["forms"]), s["name"], s.get("by_country", {}))
                        for s in data.get("synonyms", [])]
            units = UnitWords(tuple(data["unit_heads"]), frozenset(data["not_parent_words"]),
                              frozenset(data.get("own_body_words", ()))) \
                if "unit_heads" in data else None
            return cls(data["country_forms"], data["national_prefixes"], synonyms,
                       data.get("min_mentions", 2), data.get("dominance", 2.0),
                       data.get("first_bonus", 1.0), units)
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
        a trailing "of <country>" or a leading "<country>('s)"/demonym is cut. A name holding
        a city or region ("Public Prosecutor's Office of Palermo") is a local body: left alone.
        """
        bodies = [m for m in found if m.label == ORG]
        if any(not m.value.get("country") for m in bodies):
            return None
        countries = {(m.start, m.end) for m in found if m.label in COUNTRY_LABELS}
        if any(m.label == "LOC" and (m.start, m.end) not in countries for m in found):
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
                return head, iso2, True
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
        self._resolved: dict[tuple[str, str | None, str | None], dict[str, Any] | None] = {}
        self._may: dict[str, bool] = {}
        self._bare: dict[str, str | None] = {}

    def names_in(self, text: str) -> list[NameMatch]:
        """Countries, demonyms, places and listed bodies inside ``text`` (cached per text)."""
        found = self._cache.get(text)
        if found is None:
            doc = self.nlp.make_doc(text)
            found = []
            for match in self.index.matches(doc):
                if match.entry.label in COUNTRY_LABELS or match.entry.label in {ORG, "LOC"}:
                    end = doc[match.end - 1]
                    found.append(NameMatch(doc[match.start].idx, end.idx + len(end.text),
                                           match.entry.label, match.entry.normalized))
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[text] = found
        return found

    def apply(self, doc: DocView, values: Values) -> None:
        """Name units by their parent body, then resolve the doc's other ORG entities in place;
        ``values`` maps (start_char, end_char, label) to normalized values (the doc's store),
        ``doc`` gives the entities (``doc.ents``) and text."""
        if self.bodies.units is not None:
            self._attach_parents(doc, values)
        self._resolve_national(doc, values)

    def _attach_parents(self, doc: DocView, values: Values) -> None:
        units = self.bodies.units
        assert units is not None
        bodies = [(start, end, value) for (start, end, label), value in values.items()
                  if label == ORG and value]
        if len(bodies) < 2 or not any(can_be_parent(value, units) for _, _, value in bodies):
            return
        mentions = [Mention(start, end, value) for start, end, value in bodies]
        spans = {(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == ORG}

        def set_mention(mention: Mention, value: dict[str, Any]) -> None:
            values[(mention.start, mention.end, ORG)] = value  # an entity's own offsets

        home = self.bodies.dominant_country(
            code for ent in doc.ents
            if (code := _country_code(ent.label_, values.get(
                (ent.start_char, ent.end_char, ent.label_)) or {})))
        attach_parents((m for m in mentions if (m.start, m.end) in spans), units,
                       lambda name: any(m.label in COUNTRY_LABELS or m.label == ORG
                                        for m in self.names_in(name)),
                       set_mention, home)

    def _resolve_national(self, doc: DocView, values: Values) -> None:
        text = doc.text
        for (start, end, label), value in values.items():
            if label == ORG and value and value.get("name") and (
                    self.may_resolve(value["name"]) if not value.get("id") else
                    bool(value.get("country"))
                    and self.bare_national(text[start:end]) is not None):
                break
        else:
            return  # nothing to resolve
        rows = [(ent, ent.label_) for ent in doc.ents]
        todo: list[tuple[int, Ent, dict[str, Any], str]] = []
        for i, (ent, label) in enumerate(rows):
            if label != ORG:
                continue
            value = values.get((ent.start_char, ent.end_char, ORG)) or {}
            if not value.get("name"):
                continue
            if value.get("id"):  # a listed body: only a country-less national variant
                name = self.bare_national(ent.text) if value.get("country") else None
            else:
                name = value["name"] if self.may_resolve(value["name"]) else None
            if name is not None:
                todo.append((i, ent, value, name))
        if not todo:
            return
        codes = [(label, code) for ent, label in rows
                 if (code := _country_code(label, values.get(
                     (ent.start_char, ent.end_char, label)) or {}))]
        doc_iso2 = self.bodies.dominant_country(code for _, code in codes)
        named = {code for label, code in codes if label != ORG}
        for i, ent, value, name in todo:
            country = value.get("country")
            if value.get("id") and (doc_iso2 is None or country == doc_iso2 or country in named):
                continue
            outside = None
            if i:
                prev, prev_label = rows[i - 1]
                prev_value = values.get((prev.start_char, prev.end_char, prev_label)) or {}
                outside = _country_before(doc, prev, prev_label, prev_value, ent)
            new = self.resolved(name, outside, doc_iso2)
            if new is not None and new.get("name") != value["name"]:
                new = dict(new)
                if not new.get("acronym") and value.get("acronym") and not value.get("id"):
                    new["acronym"] = value["acronym"]
                values[(ent.start_char, ent.end_char, ORG)] = new

    def may_resolve(self, name: str) -> bool:
        """Can an unlisted name change: a country inside it, or a national body's wording?"""
        found = self._may.get(name)
        if found is None:
            if len(self._may) > 4096:
                self._may.clear()
            found = self._may[name] = self.bodies.is_national(name) or any(
                m.label in COUNTRY_LABELS for m in self.names_in(name))
        return found

    def bare_national(self, text: str) -> str | None:
        """A listed body's text as a bare national name ("State Revenue Committee"), or None
        when it names a country or is no national body's wording (cached)."""
        if text in self._bare:
            return self._bare[text]
        name = " ".join(text.split())
        name = name[4:] if name.lower().startswith("the ") else name
        if not self.bodies.is_national(name) \
                or any(m.label in COUNTRY_LABELS for m in self.names_in(name)):
            name = None
        if len(self._bare) > 4096:
            self._bare.clear()
        self._bare[text] = name
        return name

    def resolved(self, name: str, outside: str | None,
                 doc_iso2: str | None) -> dict[str, Any] | None:
        """:meth:`NationalBodies.resolve` of a name, cached (names repeat across texts)."""
        key = (name, outside, doc_iso2)
        if key not in self._resolved:
            if len(self._resolved) > 4096:
                self._resolved.clear()
            self._resolved[key] = self.bodies.resolve(name, self.names_in(name), outside,
                                                      doc_iso2, self.common_names,
                                                      self.names_in)
        return self._resolved[key]


def _country_code(label: str, value: Mapping[str, Any]) -> str | None:
    if label in COUNTRY_LABELS:
        return value.get("iso2")
    if label == "LOC":
        return value.get("country_iso2")
    if label == ORG:
        return value.get("country")
    return None


def _country_before(doc: DocView, prev: Ent, prev_label: str, value: Mapping[str, Any],
                    ent: Ent) -> str | None:
    """``Kazakhstan's [National Guard]``, ``Kazakh [National Guard]``: the country just before."""
    if prev_label not in COUNTRY_LABELS:
        return None
    gap = ent.start - prev.end
    if gap == 0 or (gap == 1 and doc[prev.end] in {"'s", "\u2019s"}):
        return value.get("iso2")
    return None
