"""Calendar arithmetic: period bounds, month shifts, ISO weeks."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, shift: int) -> tuple[int, int]:
    """(year, month) moved by ``shift`` months."""
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists (in a leap year when the year is unknown)."""
    return 1 <= day <= calendar.monthrange(year if year else 2000, month)[1]


def period_bounds(unit: str, year: int, month: int | None = None, day: int | None = None,
                  part: int | str | None = None) -> tuple[date, date]:
    """First and last day of a calendar period in ``year``."""
    if unit == "day":
        assert month is not None and day is not None
        one = date(year, month, day)
        return one, one
    if unit == "month":
        assert month is not None
        return date(year, month, 1), month_end(year, month)
    if unit == "quarter":
        first = 3 * (int(part or 1) - 1) + 1
        return date(year, first, 1), month_end(year, first + 2)
    if unit == "half":
        first = 1 if int(part or 1) == 1 else 7
        return date(year, first, 1), month_end(year, first + 5)
    if unit == "season":
        start_month = SEASON_START.get(str(part), 6)
        end_year, end_month = add_months(year, start_month, 2)
        return date(year, start_month, 1), month_end(end_year, end_month)
    if unit == "decade":
        return date(year, 1, 1), date(year + 9, 12, 31)
    if unit == "century":
        return date(year, 1, 1), date(year + 99, 12, 31)
    return date(year, 1, 1), date(year, 12, 31)


def week_monday(day: date, shift: int = 0) -> date:
    """The Monday of ``day``'s ISO week, moved by ``shift`` weeks."""
    return day - timedelta(days=day.weekday()) + timedelta(weeks=shift)


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
