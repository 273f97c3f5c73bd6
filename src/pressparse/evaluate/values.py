"""Comparing normalized values: which keys matter per label, and how each key is compared.

The keys and their comparison kinds live in ``fields.json`` beside this module, so adding a
label or a key is a data change.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ValidationError

from ..entities.gazetteer_data import read_country_names
from ..pipeline import model_path
from ..schema import NORMALIZED_MODELS
from ..word_alternation import escaped_alternation

FIELDS_PATH = Path(__file__).with_name("fields.json")
CompareKind = Literal["exact", "text", "body_name", "number"]
_SPACE = re.compile(r"\s+")


class FieldsConfig(BaseModel):
    """The contents of ``fields.json``."""

    entity_values: dict[str, dict[str, CompareKind]]
    entity_links: dict[str, str] = {}
    number_rel_tol: float = 1e-6
    seizure_kg_rel_tol: float = 0.01
    # Entities the annotation guidelines leave out (label -> key -> values), e.g. DATE
    # durations: neither side's are scored.
    unannotated: dict[str, dict[str, list[Any]]] = {}


def is_scored(label: str, value: Mapping[str, Any] | None) -> bool:
    """False for entities of a kind the gold annotations never mark (fields.json)."""
    rules = fields_config().unannotated.get(label)
    if not rules or not value:
        return True
    return not any(value.get(key) in excluded for key, excluded in rules.items())


@lru_cache(maxsize=1)
def fields_config(path: Path = FIELDS_PATH) -> FieldsConfig:
    """The value-comparison settings (read once)."""
    return FieldsConfig.model_validate(orjson.loads(path.read_bytes()))


def normalize_text(value: Any) -> Any:
    """Case-, whitespace-, dash- and article-insensitive form of a string (other values
    unchanged): "Centre – Narcotics" and "Centre - Narcotics", "Unit of the Navy" and "Unit of
    Navy" name the same thing."""
    if isinstance(value, str):
        value = _ARTICLE.sub(" ", _DASHES.sub("-", value.casefold()))
        return _SPACE.sub(" ", value).strip()
    return value


_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_ARTICLE = re.compile(r"(?<!\S)the(?!\S)")
_TRAILING_COUNTRY = re.compile(r"\s*,\s*(<[a-z]{2}>)$")


@lru_cache(maxsize=1)
def _country_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every country name, official form and curated alias (normalized) -> ISO code."""
    found = read_country_names(model_path() / "pressparse_gazetteer")
    iso_of: dict[str, str] = {}
    for iso2, names in found.names.items():
        for name in (*names, found.values[iso2]["name"], *found.acronyms.get(iso2, [])):
            iso_of[normalize_text(name)] = iso2.casefold()
    names = (n for n in iso_of if n and "," not in n)
    pattern = re.compile(r"(?<!\w)(?:" + escaped_alternation(names) + r")(?!\w)")
    return pattern, iso_of


def country_iso(name: str) -> str | None:
    """The ISO code (upper case) of a country name in any listed form, else None."""
    iso = _country_names()[1].get(normalize_text(name))
    return iso.upper() if iso else None


def body_name_key(value: Any) -> Any:
    """A body's name compared modulo the form of a country inside it: "Police Force of
    Slovakia", "Police Force of the Slovak Republic" and "Police Force, Slovakia" name one
    body (the form is the writer's choice, the country is the fact)."""
    if not isinstance(value, str):
        return value
    pattern, iso_of = _country_names()
    key = pattern.sub(lambda match: f"<{iso_of[match.group()]}>", normalize_text(value))
    return _TRAILING_COUNTRY.sub(r" of \1", key)


def numbers_equal(gold: Any, pred: Any, rel_tol: float) -> bool:
    """Numbers equal within a relative tolerance; ``None`` equals only ``None``."""
    if gold is None or pred is None:
        return gold is None and pred is None
    try:
        return math.isclose(float(gold), float(pred), rel_tol=rel_tol, abs_tol=1e-9)
    except (TypeError, ValueError):
        return gold == pred


def with_defaults(label: str, value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The value completed with the schema's defaults (raw copy when it does not validate)."""
    if value is None:
        return None
    model = NORMALIZED_MODELS.get(label)
    if model is None:
        return dict(value)
    try:
        return model.model_validate(dict(value)).model_dump(by_alias=True)
    except ValidationError:
        return dict(value)


def value_keys(label: str) -> dict[str, CompareKind]:
    """The keys of a label's normalized value that scoring compares (empty: none)."""
    return fields_config().entity_values.get(label, {})


def values_equal(label: str, gold: Mapping[str, Any] | None,
                 pred: Mapping[str, Any] | None) -> bool:
    """Whether ``pred`` agrees with ``gold`` on every key that matters for ``label``.

    A gold entity without a value (or a label without compared keys) cannot be judged and
    counts as agreeing; a missing predicted value never agrees with a gold one.
    """
    keys = value_keys(label)
    if gold is None or not keys:
        return True
    if pred is None:
        return False
    gold_full, pred_full = with_defaults(label, gold), with_defaults(label, pred)
    assert gold_full is not None and pred_full is not None
    tol = fields_config().number_rel_tol
    for key, kind in keys.items():
        g, p = gold_full.get(key), pred_full.get(key)
        if kind == "number":
            if not numbers_equal(g, p, tol):
                return False
        elif kind == "text":
            if normalize_text(g) != normalize_text(p):
                return False
        elif kind == "body_name":
            if body_name_key(g) != body_name_key(p):
                return False
        elif g != p:
            return False
    return True


def describe_value(label: str, value: Mapping[str, Any] | None) -> str:
    """A short human-readable rendering of the compared keys, e.g. ``iso2=KZ``."""
    if value is None:
        return "—"
    keys = value_keys(label) or dict.fromkeys(value, "exact")
    full = with_defaults(label, value) or {}
    parts = [f"{key}={full.get(key)}" for key in keys if full.get(key) is not None]
    return ", ".join(parts) or "—"


def link_key(label: str) -> str | None:
    """The value key naming what a label's entity is linked to (QUANTITY: ``what``)."""
    return fields_config().entity_links.get(label)


def _words(text: str) -> list[str]:
    return [word.rstrip("s") for word in re.findall(r"\w+", normalize_text(text))]


def what_agrees(gold: str | None, pred: str | None) -> bool:
    """Whether two descriptions of a counted or weighed thing agree.

    Equal (ignoring case, spacing and plural -s), or one contains the other's head word (its
    last word): "local residents" ~ "residents", "units of firearms" ~ "firearms",
    "psychotropic substances" ~ "psychotropic"; but "arrests" differs from "suspects".
    """
    if not gold or not pred:
        return not gold and not pred
    g, p = _words(gold), _words(pred)
    if not g or not p:
        return g == p
    return g == p or g[-1] in p or p[-1] in g
