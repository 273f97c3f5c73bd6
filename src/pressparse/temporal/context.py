"""Document-level evidence for resolution: explicit reference dates, numeric-date convention,
future wording around an expression."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .expressions import CalendarPeriod, CalendarRange
from .parse import Found
from .periods import period_bounds

_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def latest_explicit_date(found: Iterable[Found]) -> date | None:
    """The latest date written with its year: days first, else months, else years."""
    best: dict[str, date] = {}
    for item in found:
        periods: list[CalendarPeriod] = []
        if isinstance(item.expression, CalendarPeriod):
            periods = [item.expression]
        elif isinstance(item.expression, CalendarRange):
            periods = [item.expression.first, item.expression.last]
        for period in periods:
            if period.year is None or period.unit not in ("day", "month", "year"):
                continue
            end = period_bounds(period.unit, period.year, period.month, period.day,
                                period.part)[1]
            if period.unit not in best or end > best[period.unit]:
                best[period.unit] = end
    for unit in ("day", "month", "year"):
        if unit in best:
            return best[unit]
    return None


def numeric_day_first(text: str, numeric: re.Pattern[str]) -> bool:
    """False only when the text's numeric dates are clearly month-first (US: 07/24/2019)."""
    month_first = day_first = 0
    for match in numeric.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    return not (month_first and not day_first)


class FutureWording:
    """Finds future cues ("will be held", "is planned") in the sentence around a span."""

    def __init__(self, cues: list[str]) -> None:
        words = sorted({c for c in cues if c}, key=len, reverse=True)
        body = "|".join(r"\s+".join(re.escape(w) for w in cue.split()) for cue in words)
        self.regex = re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)

    def around(self, text: str, start: int, end: int) -> bool:
        left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        right_match = _SENTENCE_END.search(text, end)
        right = right_match.start() if right_match else len(text)
        return self.regex.search(text, left, right) is not None
