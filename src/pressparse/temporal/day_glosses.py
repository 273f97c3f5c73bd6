"""Dates set right by what stands beside them: a weekday or "today" glossed by a full date, a
date glossed by its weekday, a time of day written by its day, a year glossed by its months."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from .expressions import CalendarPeriod, CalendarRange, Expression, RelativePeriod
from .parse_common import Found
from .past_or_ahead import needs_tense, plain_weekday

_GLOSS_OPEN = re.compile(r"\s*[(\[]\s*")  # "2024 (January to December)"
GLOSS_REACH = 3  # characters between a year and the bracketed period glossing it
_APPOSITION_GAP = re.compile(r"\s*[(,]\s*")  # "today, Monday 10 June", "Saturday (8 Feb"
APPOSITION_REACH = 4  # characters between a day word and the date that glosses it
_GLOSS_GAP = re.compile(r"\s*[(,]?\s*")  # "11 March 2025 (Tuesday)", "11 March 2025 Tuesday"
_CLOCK_DAY_GAP = re.compile(r"\s*(?:,\s*)?(?:on|at|of)?\s*")  # "9 a.m. on Monday"


def glossed_year(found: list[Found], index: int,
                 context: Callable[[int, int], tuple[int, str]]) -> int | None:
    """The year a year-less period glosses in brackets right after it ("2024 (January to
    December)"), if it does."""
    if index == 0 or found[index].start - found[index - 1].end > GLOSS_REACH:
        return None  # (the cheapest test first: most expressions are far apart)
    expression = found[index].expression
    if not needs_tense(expression) or not isinstance(
            expression, (CalendarPeriod, CalendarRange)):
        return None
    previous = found[index - 1]
    year_written = previous.expression
    if not isinstance(year_written, CalendarPeriod) or year_written.unit != "year" or \
            year_written.year is None or found[index].start - previous.end > GLOSS_REACH:
        return None
    offset, text = context(previous.end, found[index].start)
    if _GLOSS_OPEN.fullmatch(text, previous.end - offset, found[index].start - offset):
        return year_written.year
    return None


def clock_days(results: list[tuple[int, int, dict[str, Any]]],
               context: Callable[[int, int], tuple[int, str]]) -> None:
    """A time of day written next to a day ("9:30 a.m. on Monday", "Friday at noon") is
    on that day, not on the reference day."""
    for index, (start, end, value) in enumerate(results):
        if value["kind"] != "time":
            continue
        for other in (index + 1, index - 1):
            if not 0 <= other < len(results):
                continue
            o_start, o_end, o_value = results[other]
            if o_value["precision"] != "day" or o_value["start"] is None or \
                    o_value["start"] != o_value["end"] or o_value["kind"] == "time":
                continue
            lo, hi = (end, o_start) if other > index else (o_end, start)
            if hi - lo > 6:
                continue
            offset, text = context(lo, hi)
            if _CLOCK_DAY_GAP.fullmatch(text, lo - offset, hi - offset) is None:
                continue
            clock = value["timex"][value["timex"].index("T"):]
            day = o_value["start"]
            results[index] = (start, end, {**value, "start": day, "end": day,
                                           "timex": day + clock})
            break


def _as_day(value: dict[str, Any], day: date, expression: RelativePeriod) -> dict[str, Any]:
    """The value of a day word (``expression``: "today", "Monday night") a date glosses: that
    day, its part of the day kept in the timex, no longer needing the reference."""
    timex = day.isoformat() + (f"T{expression.day_part}" if expression.day_part else "")
    changed = {key: item for key, item in value.items() if key != "needs_reference"}
    return {**changed, "start": day.isoformat(), "end": day.isoformat(), "timex": timex}


def appositive_days(results: list[tuple[int, int, dict[str, Any]]], found: list[Found],
                    context: Callable[[int, int], tuple[int, str]]) -> None:
    """A weekday or "today"/"yesterday" glossed by the full date right after it ("today,
    Monday 10 June 2024", "on Saturday (8 February, 2025)") is that date."""
    expressions = {item.start: item.expression for item in found}
    for index in range(len(results) - 1):
        start, end, value = results[index]
        expression = expressions.get(start)
        if not isinstance(expression, RelativePeriod) or expression.unit not in (
                "day", "weekday") or expression.counted or expression.through is not None:
            continue
        next_start, _next_end, glossed = results[index + 1]
        if glossed["kind"] != "date" or not glossed["start"] or \
                glossed["start"] != glossed["end"] or next_start - end > APPOSITION_REACH:
            continue
        if glossed["year_inferred"] and expression.unit != "weekday":
            continue  # "Tuesday (11/03)": the weekday checks the inferred year
        offset, text = context(end, next_start)
        if _APPOSITION_GAP.fullmatch(text, end - offset, next_start - offset) is None:
            continue
        day = date.fromisoformat(glossed["start"])
        if expression.unit == "weekday" and day.weekday() != expression.target:
            continue
        if value["start"] == glossed["start"]:
            continue
        results[index] = (start, end, _as_day(value, day, expression))
    _glossing_weekdays(results, expressions, context)


def _glossing_weekdays(results: list[tuple[int, int, dict[str, Any]]],
                       expressions: dict[int, Expression],
                       context: Callable[[int, int], tuple[int, str]]) -> None:
    """A weekday right after the day it names ("31st March 2024 (Sunday)", "17 March,
    Monday") is that day, not the nearest such weekday to the reference."""
    for index in range(1, len(results)):
        start, end, value = results[index]
        expression = expressions.get(start)
        if not isinstance(expression, RelativePeriod) or not plain_weekday(expression):
            continue
        _prev_start, prev_end, dated = results[index - 1]
        if dated["kind"] != "date" or not dated["start"] or dated["start"] != dated["end"] \
                or start - prev_end > APPOSITION_REACH:
            continue
        day = date.fromisoformat(dated["start"])
        if day.weekday() != expression.target or value["start"] == dated["start"]:
            continue
        offset, text = context(prev_end, start)
        if _GLOSS_GAP.fullmatch(text, prev_end - offset, start - offset) is None:
            continue
        results[index] = (start, end, _as_day(value, day, expression))
