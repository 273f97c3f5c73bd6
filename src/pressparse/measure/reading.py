"""A quantity found in text, the work state while one number is read, and the arithmetic on
their values."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .lexicon import Unit

# the kinds of unit a fraction word may measure ("half a kilo", "a quarter of the pills")
FRACTION_KINDS = frozenset({"mass", "volume", "length", "area", "other", "count", "percent"})


@dataclass(slots=True)
class RawQuantity:
    """A quantity found in text, with its normalized fields."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: str = "count"
    qualifier: str = "exact"
    kg: float | None = None
    litres: float | None = None  # a volume in litres (value and unit stay as written)
    what: str | None = None
    category: str | None = None
    assumption: str | None = None
    original_value: float | None = None
    original_unit: str | None = None
    change: str | None = None  # "up" / "down": the direction the text states ("rose 3%")
    extra: dict[str, Any] = field(default_factory=dict)
    of_set: bool = False  # "87 of them", "28 were ...": counts a set named around it

    def normalized(self) -> dict[str, Any]:
        """The QUANTITY value (schema.QuantityValue fields plus optional extras)."""
        out: dict[str, Any] = {
            "value": self.value, "low": self.low, "high": self.high, "unit": self.unit,
            "kind": self.kind, "kg": self.kg, "qualifier": self.qualifier, "what": self.what,
        }
        # the optional fields in this order (written out: no getattr per field)
        if self.litres is not None:
            out["litres"] = self.litres
        if self.category is not None:
            out["category"] = self.category
        if self.assumption is not None:
            out["assumption"] = self.assumption
        if self.original_value is not None:
            out["original_value"] = self.original_value
        if self.original_unit is not None:
            out["original_unit"] = self.original_unit
        if self.change is not None:
            out["change"] = self.change
        if self.extra:
            out.update(self.extra)
        return out


@dataclass(slots=True)
class Reading:
    """Work state while one anchor is read."""

    start: int
    pos: int
    value: float
    number_kind: str  # digits | words | article | half
    raw: str = ""
    scaled: float = 1.0
    decimals: bool = False
    alternative: float | None = None
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    currency_start: int | None = None
    currency_form: str | None = None  # the symbol or word written ("$", "Rs", "pesos")
    currency_blank: bool = False  # a blank between the symbol and the digits ("$ 186.500")
    unit: Unit | None = None
    per: str | None = None
    qualifier: str = "exact"
    span_start: int = 0
    opener: str | None = None
    inherit_at: int | None = None  # "from 5 to 7 tons": where the number lending its unit is
    written: tuple[float, str] | None = None  # "87 cents": the amount and unit before /100


def looks_plural(word: str) -> bool:
    """"analysts", "players", "bodies": a regular English plural (not "status", "glass")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def measured_time(r: Reading) -> bool:
    """A time that is a measurement, not a span of the calendar: scaled by a million or more
    ("66 million years"); a race timed to the hundredth ("9.79 seconds") is a duration, which
    the guide leaves unannotated (session 32: newswire21 and newswire24 gold agree)."""
    return r.scaled >= 1e6


def is_year(raw: str) -> bool:
    """Digits written as a year ("2024": four digits, 1800 to 2100)."""
    return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100


def is_year_range(low: float | None, high: float | None) -> bool:
    """A range whose bounds are years in order ("2019-2024")."""
    return low is not None and high is not None and 1800 <= low < high <= 2100


def clean_value(value: float | None) -> float | None:
    """Drop binary noise from scaling: 4.1 * 1e9 is 4100000000, not 4099999999.9999995."""
    if value is None:
        return None
    if type(value) is float and value.is_integer() and -1e12 < value < 1e12:
        return float(value)  # 12 digits or fewer: ".12g" would give it back unchanged
    return float(f"{value:.12g}")


def reading_value(r: Reading) -> float | None:
    """The single value of a reading; None for a range."""
    return None if r.low is not None else clean_value(r.value)


def reading_qualifier(r: Reading, qualifier: str) -> str:
    """``qualifier``, or "range" for a range."""
    return "range" if r.low is not None else qualifier


def times_ratio(value: float | None, ratio: float) -> float | None:
    """``value`` scaled by ``ratio``, cleaned of binary noise (None stays None)."""
    return None if value is None else clean_value(value * ratio)


