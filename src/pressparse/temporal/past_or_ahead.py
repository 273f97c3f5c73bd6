"""Which side of the reference a date whose year is not written lies on (the last one or the
next one, by tense, nearness and the weekday written)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from .expressions import CalendarPeriod, CalendarRange, Expression, RelativePeriod, Window
from .resolve import Resolver

JUST_AHEAD_DAYS = 21  # a year-less day starting this soon after the reference is the next one
# unless "since" or "after <-ing>" tells otherwise (the last one is nearly a year back)
LONG_PAST_DAYS = 180  # ... when the last one ended this long before the reference


def needs_tense(expression: Expression) -> bool:
    """Whether future wording could change how this expression resolves."""
    if isinstance(expression, CalendarPeriod):
        # "the second half of the year": this year's or the last (the_year), by tense
        return (expression.year is None and expression.year_shift is None) or \
            expression.the_year
    if isinstance(expression, CalendarRange):
        return not expression.year_written
    if isinstance(expression, Window):  # ("the three months ended March 31": the last one)
        return not expression.ended and (isinstance(expression.last, RelativePeriod)
                                         or expression.last.year is None)
    if isinstance(expression, RelativePeriod):
        # "this weekend": the one just past unless the wording is future
        return expression.direction is None or this_weekend(expression)
    return False


def either_way(expression: Expression) -> bool:
    """Whether the expression may lie either side of the reference when its clause tells no
    tense ("closes on Sept. 1", "signals a smaller hike in May", "the meeting is on Friday"):
    a year-less day, month or season, a stretch of them, or a weekday told alone."""
    if isinstance(expression, CalendarPeriod):
        return expression.year is None and expression.year_shift is None and \
            expression.unit in _EITHER_WAY_UNITS
    if isinstance(expression, CalendarRange):
        return not expression.year_written and expression.first.unit in _EITHER_WAY_UNITS
    if isinstance(expression, Window):  # "the week of March 23": as the day it starts with
        return expression.starting and isinstance(expression.last, CalendarPeriod) and \
            expression.last.year is None
    return plain_weekday(expression)


_EITHER_WAY_UNITS = frozenset({"day", "month", "season", "quarter", "half", "feast",
                               "isoweek"})


def nearer(past: dict[str, Any], ahead: dict[str, Any] | None, resolver: Resolver,
           expression: Expression) -> dict[str, Any]:
    """The value (the last one or the next one) nearer the reference; the last on a tie."""
    if ahead is None or not past.get("start") or not ahead.get("start") or \
            ahead["start"] == past["start"]:
        return past
    reference = _reference_day(resolver, expression)
    if reference is None:
        return past
    return ahead if _distance(ahead, reference) < _distance(past, reference) else past


def just_ahead(past: dict[str, Any], ahead: dict[str, Any], resolver: Resolver,
               expression: Expression) -> bool:
    """Whether a year-less day or month (or a stretch of them), not a weekday, season or
    quarter, begins within JUST_AHEAD_DAYS after the reference while the last one ended
    LONG_PAST_DAYS or more before it (not "January to November" told in December)."""
    if isinstance(expression, CalendarPeriod):
        unit = expression.unit
    elif isinstance(expression, CalendarRange):
        unit = expression.first.unit
    else:
        return False
    reference = _reference_day(resolver, expression)
    if unit not in _JUST_AHEAD_UNITS or reference is None or not ahead.get("start"):
        return False
    return 0 < (date.fromisoformat(ahead["start"]) - reference).days <= JUST_AHEAD_DAYS and \
        bool(past.get("start")) and _distance(past, reference) >= LONG_PAST_DAYS


_JUST_AHEAD_UNITS = frozenset({"day", "month"})


def order_told_by_weekday(expression: Expression) -> bool:
    """Whether a year-less numeric day whose order of day and month is only assumed has its
    weekday written with it ("Thursday (2/4)")."""
    return isinstance(expression, CalendarPeriod) and expression.unit == "day" and \
        expression.year is None and expression.weekday is not None and \
        expression.assumption in ("day_first", "month_first")


def nearer_reading(value: dict[str, Any], expression: CalendarPeriod, resolver: Resolver,
                   future: bool) -> dict[str, Any]:
    """The value of the other order of day and month when its day (with the weekday) lies
    nearer the reference."""
    if expression.day is None or expression.month is None or expression.day > 12:
        return value
    day_first = expression.assumption == "day_first"
    swapped = replace(expression, month=expression.day, day=expression.month,
                      assumption="month_first" if day_first else "day_first",
                      date_order="mdy" if day_first else "dmy")
    return nearer(value, resolver.resolve(swapped, future), resolver, expression)


def _reference_day(resolver: Resolver, expression: Expression) -> date | None:
    """The day the last and the next one are measured from."""
    reference = resolver.today if isinstance(expression, RelativePeriod) else None
    if reference is None and resolver.reference is not None:
        reference = resolver.reference.day
    return reference


def holds_reference(past: dict[str, Any], resolver: Resolver, expression: Expression) -> bool:
    """Whether the last one's stretch holds the reference day: no next one can be nearer,
    so it need not be resolved."""
    reference = _reference_day(resolver, expression)
    return reference is not None and bool(past.get("start")) and \
        _distance(past, reference) == 0


def month_stretch(expression: Expression) -> bool:
    """Whether the expression is a year-less stretch of several months ("from January to
    November", "January-September")."""
    return isinstance(expression, CalendarRange) and expression.first.unit == "month" and \
        expression.last.unit == "month" and expression.first.month != expression.last.month


def _distance(value: dict[str, Any], reference: date) -> int:
    """Days from the reference to a value's stretch (0 when the stretch holds it)."""
    start = date.fromisoformat(value["start"])
    end = date.fromisoformat(value["end"] or value["start"])
    if end < reference:
        return (reference - end).days
    return max(0, (start - reference).days)


def stretch_end_ahead(expression: Expression, resolver: Resolver) -> date | None:
    """The last day of a stretch of weekdays told alone ("Tuesday and Wednesday") that holds
    the reference day and ends after it; None for any other expression or stretch."""
    if not isinstance(expression, RelativePeriod) or expression.unit != "weekday" or \
            expression.through is None or expression.direction is not None or \
            expression.shift != 0:
        return None
    reference = _reference_day(resolver, expression)
    if reference is None:
        return None
    first = int(expression.target or 0)
    into, length = (reference.weekday() - first) % 7, (expression.through - first) % 7
    if into >= length:  # (ending on the reference day: the last one already)
        return None
    return reference + timedelta(days=length - into)


def year_end(expression: Expression) -> bool:
    """"the end of the year": this year's end, not one counted back to."""
    return isinstance(expression, RelativePeriod) and expression.unit == "year" and \
        expression.shift == 0 and expression.edge == "last" and not expression.anaphor


def this_weekend(expression: Expression) -> bool:
    return isinstance(expression, RelativePeriod) and expression.unit == "weekend" and \
        expression.shift == 0 and expression.mod is None and expression.clip is None


def yearless_days(expression: Expression) -> bool:
    """A day or a stretch of days of a month, its year not written ("for 23 and 24 March":
    what a thing is set for, as a lone weekday)."""
    if isinstance(expression, CalendarRange):
        return yearless_days(expression.first) and yearless_days(expression.last)
    return isinstance(expression, CalendarPeriod) and expression.unit == "day" and \
        expression.year is None and expression.year_shift is None


def plain_weekday(expression: Expression) -> bool:
    """A weekday told alone ("on Monday"), its week not given."""
    return isinstance(expression, RelativePeriod) and expression.unit == "weekday" and \
        expression.direction is None and expression.through is None and \
        expression.month_day is None


def in_stretch(value: dict[str, Any], stretch: tuple[date, date],
               expression: Expression) -> dict[str, Any] | None:
    """The value of a weekday moved to its day inside a stretch of days, if it has one."""
    assert isinstance(expression, RelativePeriod)
    first, last = stretch
    day = first + timedelta(days=(int(expression.target or 0) - first.weekday()) % 7)
    if day > last or day.isoformat() == value["start"]:
        return None
    timex = day.isoformat() + (f"T{expression.day_part}" if expression.day_part else "")
    return {**value, "start": day.isoformat(), "end": day.isoformat(), "timex": timex}
