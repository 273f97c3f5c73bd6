"""The output contract: pydantic models for documents, items, entities and events.

Field names here are what other tools rely on: add fields freely, rename none.
All offsets are character offsets into the document text exactly as decoded.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

EntityLabel = Literal[
    "ORG", "COUNTRY", "LOC", "DATE", "QUANTITY", "SUBSTANCE", "OPERATION", "PERSON", "NORP"
]
EventType = Literal["operation", "seizure", "exercise", "training", "meeting", "statement", "other"]
Qualifier = Literal["exact", "more_than", "at_least", "about", "up_to", "less_than", "range"]
Precision = Literal[
    "day", "week", "month", "quarter", "half", "season", "year", "decade", "century", "unknown"
]
QuantityKind = Literal[
    "mass", "volume", "count", "money", "percent", "length", "area", "time", "other"
]


class _Model(BaseModel):
    # NaN/inf (refused by the validators, but reachable through free-form dicts) serialize
    # as the non-JSON constants, never as a silent null; the writer turns them into errors.
    model_config = ConfigDict(extra="allow", populate_by_name=True,
                              ser_json_inf_nan="constants")


def _finite(value: float | None) -> float | None:
    """Refuse non-finite numbers: JSON cannot carry them and pydantic would write null."""
    if value is not None and not math.isfinite(value):
        raise ValueError(f"non-finite number {value!r} cannot be represented in JSON")
    return value


class ErrorRecord(_Model):
    """A problem met while processing one document; the batch goes on."""

    stage: str = Field(description="read | decode | pipeline | timeout | worker | write")
    message: str


class CountryValue(_Model):
    iso2: str
    iso3: str
    name: str


class OrgValue(_Model):
    name: str
    acronym: str | None = None
    id: str | None = None


class LocValue(_Model):
    name: str
    country_iso2: str | None = None
    id: str | None = None


class DateValue(_Model):
    start: str | None = Field(None, description="ISO date of the first day (None for durations)")
    end: str | None = Field(None, description="ISO date of the last day; == start for one day")
    precision: Precision = "day"
    year_inferred: bool = False
    kind: Literal["date", "range", "month", "year", "relative", "duration", "set",
                  "time"] = "date"
    timex: str | None = None
    timex_start: str | None = None
    timex_end: str | None = None


class QuantityValue(_Model):
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: QuantityKind = "other"
    kg: float | None = None
    litres: float | None = Field(None, description="a volume in litres (value/unit as written)")
    qualifier: Qualifier = "exact"
    what: str | None = Field(None, description="the substance or noun counted or weighed")
    change: Literal["up", "down"] | None = Field(
        None, description="direction of a change the text states ('rose 3%': up), else absent")

    _check = field_validator("value", "low", "high", "kg", "litres")(_finite)


class SubstanceValue(_Model):
    name: str
    # ``class`` is a Python keyword: the attribute is ``class_``, the JSON key ``class``.
    class_: str = Field(alias="class")


class OperationValue(_Model):
    name: str


class Entity(_Model):
    label: EntityLabel
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    normalized: dict[str, Any] | None = None


class EntityRef(_Model):
    """A participant, organizer, observer or location of an event."""

    text: str
    label: EntityLabel
    normalized: dict[str, Any] | None = None
    start: int | None = None
    end: int | None = None


class Seizure(_Model):
    substance: str | None
    value: float | None
    unit: str | None = None
    kg: float | None = None
    qualifier: Qualifier = "exact"
    low: float | None = None
    high: float | None = None
    start: int
    end: int
    location: EntityRef | None = None
    country_iso2: str | None = None

    _check = field_validator("value", "low", "high", "kg")(_finite)


class Count(_Model):
    what: str
    value: float | None
    qualifier: Qualifier = "exact"
    low: float | None = None
    high: float | None = None
    start: int
    end: int
    category: str | None = Field(None, description="arrests | cases | crimes | weapons | ...")

    _check = field_validator("value", "low", "high")(_finite)


class Event(_Model):
    id: str | None = None
    type: EventType
    name: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    location: EntityRef | None = None
    organizers: list[EntityRef] = Field(default_factory=list)
    participants: list[EntityRef] = Field(default_factory=list)
    observers: list[EntityRef] = Field(default_factory=list)
    seizures: list[Seizure] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    evidence: list[tuple[int, int]] = Field(default_factory=list)
    part_of: str | None = Field(None, description="id of the event this one is a result of")
    same_as: list[str] = Field(default_factory=list, description="ids of the same event elsewhere")


class Item(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    title: str | None = None
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    reference_date: str | None = Field(None, description="date used to resolve missing years")


class Document(_Model):
    id: str
    source: str | None = None
    published: str | None = None
    pressparse_version: str
    text: str | None = Field(None, description="the decoded text (only with include_text)")
    encoding: str | None = None
    items: list[Item] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)
    warnings: list[ErrorRecord] = Field(
        default_factory=list, description="recoverable problems (replaced bytes, detected encoding)"
    )

    @property
    def entities(self) -> list[Entity]:
        """All entities of all items, in document order."""
        return [entity for item in self.items for entity in item.entities]

    @property
    def events(self) -> list[Event]:
        """All events of all items, in document order."""
        return [event for item in self.items for event in item.events]


NORMALIZED_MODELS: dict[str, type[_Model]] = {
    "COUNTRY": CountryValue,
    "ORG": OrgValue,
    "LOC": LocValue,
    "DATE": DateValue,
    "QUANTITY": QuantityValue,
    "SUBSTANCE": SubstanceValue,
    "OPERATION": OperationValue,
}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one output line (a Document)."""
    return Document.model_json_schema(by_alias=True)
