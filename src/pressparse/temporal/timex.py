"""TIMEX3 values (the TimeML normal form other temporal tools read)."""

from __future__ import annotations

from .expressions import CalendarPeriod
from .periods import feast_bounds


def period_timex(period: CalendarPeriod, year: int | None) -> str:
    """The TIMEX3 value of a calendar period; an unknown year is written ``XXXX``."""
    y = f"{year:04d}" if year is not None else "XXXX"
    unit = period.unit
    if unit == "day":
        return f"{y}-{period.month:02d}-{period.day:02d}"
    if unit == "month":
        return f"{y}-{period.month:02d}"
    if unit == "quarter":
        return f"{'FY' if period.fiscal else ''}{y}-Q{period.part}"
    if unit == "half":
        return f"{'FY' if period.fiscal else ''}{y}-H{period.part}"
    if unit == "season":
        return f"{y}-{period.part}"
    if unit == "isoweek":
        return f"{y}-W{int(period.part or 1):02d}"
    if unit == "decade":
        return y[:3] if year is not None else "XXX"
    if unit == "century":
        return y[:2] if year is not None else "XX"
    if unit == "feast":  # the feast's day that year ("Easter" 2026: 2026-04-05)
        if year is None:
            return "XXXX-XX-XX"
        first, last = feast_bounds(str(period.part), year)
        return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
    return "FY" + y if period.fiscal else y


def duration_timex(amount: int | None, letter: str) -> str:
    """``P2W``, ``P10D``, ``PXY`` (vague amount); a letter after T is a time unit: ``PT48H``."""
    number = amount if amount is not None else "X"
    if letter.startswith("T"):
        return f"PT{number}{letter[1:]}"
    return f"P{number}{letter}"


def interval_timex(first: str, last: str) -> str:
    """An ISO 8601 interval of two TIMEX3 values (a range's own value)."""
    return first if first == last else f"{first}/{last}"
