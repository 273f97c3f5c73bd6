"""``--min-f1`` gates: thresholds from ``thresholds.json`` or ``NAME=VALUE`` pairs.

Names: an entity label (``COUNTRY``: strict span with the right value), optionally with the
score kind (``COUNTRY.strict``, ``COUNTRY.overlap``, ``COUNTRY.value``, ``ALL.value``), or an
``QUANTITY.link`` (accuracy of what a quantity counts or weighs), or an
event field's F1 (``seizures``, also written ``events.seizures``) or its accuracy on paired
events (``type.accuracy``), or ``items`` (news-item segmentation F1, exact offsets).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import orjson

from .events import EVENT_FIELDS
from .scoring import SystemResult

THRESHOLDS_PATH = Path(__file__).with_name("thresholds.json")
ENTITY_KINDS = ("strict", "overlap", "value", "link")
ITEMS = "items"  # news-item segmentation F1 (exact start and end)


class ThresholdError(ValueError):
    """A threshold that names nothing scorable or is not a number."""


@dataclass(frozen=True)
class Threshold:
    name: str  # "COUNTRY.value" or "events.seizures"
    minimum: float


@dataclass(frozen=True)
class Check:
    threshold: Threshold
    actual: float | None  # None: nothing to score (no gold and no prediction)

    @property
    def passed(self) -> bool:
        return self.actual is None or self.actual >= self.threshold.minimum


def _canonical(name: str) -> str:
    name = name.strip()
    if name == ITEMS:
        return ITEMS
    field, _, kind = name.removeprefix("events.").partition(".")
    if name.startswith("events.") or field in EVENT_FIELDS:
        if field not in EVENT_FIELDS:
            known = ", ".join(EVENT_FIELDS)
            raise ThresholdError(f"unknown event field {field!r} (known: {known})")
        if kind not in ("", "accuracy"):
            raise ThresholdError(f"unknown event score {kind!r} in {name!r} (F1 or accuracy)")
        return f"events.{field}" + (".accuracy" if kind else "")
    label, _, kind = name.partition(".")
    kind = kind or "value"
    if kind not in ENTITY_KINDS:
        raise ThresholdError(f"unknown score kind {kind!r} in {name!r} (use {ENTITY_KINDS})")
    if not label.isupper():
        raise ThresholdError(f"{name!r} is neither an entity label nor an event field")
    return f"{label}.{kind}"


def _number(text: str | float, name: str) -> float:
    try:
        value = float(text)
    except ValueError as exc:
        raise ThresholdError(f"threshold for {name!r} is not a number: {text!r}") from exc
    if not 0.0 <= value <= 1.0:
        raise ThresholdError(f"threshold for {name!r} must be between 0 and 1, not {value}")
    return value


def load_default(path: Path = THRESHOLDS_PATH) -> list[Threshold]:
    """The thresholds of the data file (``{"entities": {...}, "events": {...}, "items": F1}``)."""
    data = orjson.loads(path.read_bytes())
    found: list[Threshold] = []
    for label, value in data.get("entities", {}).items():
        found.append(Threshold(_canonical(label), _number(value, label)))
    for field, value in data.get("events", {}).items():
        found.append(Threshold(_canonical(f"events.{field}"), _number(value, field)))
    if ITEMS in data:
        found.append(Threshold(ITEMS, _number(data[ITEMS], ITEMS)))
    return found


def parse(specs: list[str]) -> list[Threshold]:
    """``default``, a thresholds JSON file and/or ``NAME=VALUE`` items; later wins."""
    merged: dict[str, Threshold] = {}
    for spec in specs:
        for part in filter(None, (p.strip() for p in spec.split(","))):
            if part == "default":
                items = load_default()
            elif part.endswith(".json"):
                items = load_default(Path(part))
            elif "=" in part:
                name, value = part.split("=", 1)
                canonical = _canonical(name)
                items = [Threshold(canonical, _number(value, name))]
            else:
                raise ThresholdError(f"expected 'default' or NAME=VALUE, got {part!r}")
            merged.update((t.name, t) for t in items)
    return list(merged.values())


def check(result: SystemResult, thresholds: list[Threshold]) -> list[Check]:
    """Each threshold with the system's actual F1."""
    rows = result.entity_rows()
    checks: list[Check] = []
    for threshold in thresholds:
        actual: float | None
        if threshold.name == ITEMS:
            items = result.items
            checks.append(Check(threshold, None if items is None or items.empty else items.f1))
            continue
        scope, kind = threshold.name.split(".", 1)
        if scope == "events":
            field, _, score = kind.partition(".")
            prf = result.events.get(field)
            if score == "accuracy":
                actual = None if prf is None else prf.accuracy
            else:
                actual = None if prf is None or prf.empty else prf.f1
        else:
            scores = rows.get(scope)
            if kind == "link":
                actual = None if scores is None else scores.link_accuracy
            else:
                prf = getattr(scores, kind) if scores is not None else None
                actual = None if prf is None or prf.empty else prf.f1
        checks.append(Check(threshold, actual))
    return checks
