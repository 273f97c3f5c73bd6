"""Hand-set entities for event-assembly tests: value builders and a doc builder (imported
by name as ``event_docs``; a second ``conftest`` module name would be ambiguous with
tests/measure/conftest.py)."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pressparse import extensions  # noqa: F401  (registers doc/span attributes)
from pressparse.spans import Candidate, add_entities

Entity = tuple[str, str, dict[str, Any]]


def country(iso2: str, name: str) -> dict[str, Any]:
    return {"iso2": iso2, "iso3": iso2 + "X", "name": name}


def org(name: str, acronym: str | None = None) -> dict[str, Any]:
    return {"name": name, "acronym": acronym, "id": (acronym or name).lower()}


def loc(name: str, iso2: str | None) -> dict[str, Any]:
    return {"name": name, "country_iso2": iso2, "id": name.lower()}


def date_range(start: str, end: str, kind: str = "range") -> dict[str, Any]:
    return {"start": start, "end": end, "precision": "day", "year_inferred": False,
            "kind": kind}


def day(iso: str, year_inferred: bool = False) -> dict[str, Any]:
    """A one-day DATE value as the temporal component writes it."""
    return {"start": iso, "end": iso, "precision": "day", "year_inferred": year_inferred,
            "kind": "absolute"}


def mass(value: float, kg: float, unit: str, qualifier: str = "exact",
         what: str | None = None) -> dict[str, Any]:
    return {"value": value, "low": None, "high": None, "unit": unit, "kind": "mass", "kg": kg,
            "qualifier": qualifier, "what": what}


def count(value: float, what: str, qualifier: str = "exact") -> dict[str, Any]:
    return {"value": value, "low": None, "high": None, "unit": None, "kind": "count",
            "kg": None, "qualifier": qualifier, "what": what}


def substance(name: str, klass: str = "drug") -> dict[str, Any]:
    return {"name": name, "class": klass}


def operation(name: str) -> dict[str, Any]:
    return {"name": name}


def build_doc(nlp: Language, text: str, entities: list[Entity]) -> Doc:
    """A doc of ``text`` with every occurrence of each entity surface labelled."""
    doc = nlp.make_doc(text)
    candidates = []
    for surface, label, normalized in entities:
        found = False
        for match in re.finditer(re.escape(surface), text):
            candidates.append(Candidate(match.start(), match.end(), label, normalized))
            found = True
        assert found, f"{surface!r} not in text"
    add_entities(doc, candidates)
    return doc
