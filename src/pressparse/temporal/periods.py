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


def _solar_days_before(year: int, month: int) -> int:
    """Days from a fixed epoch to the day before the first of a Solar Hijri month (the
    arithmetic calendar's 33-year leap cycle; Nowruz on the day Iran observes, 1300-1479)."""
    cycle_year = year + 1595
    days = -355668 + 365 * cycle_year + (cycle_year // 33) * 8 + ((cycle_year % 33) + 3) // 4
    return days + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186)


# 1 Farvardin 1404 was 21 March 2025
_SOLAR_ORDINAL = date(2025, 3, 21).toordinal() - _solar_days_before(1404, 1) - 1
SOLAR_HIJRI_OFFSET = 621  # the Solar Hijri year that starts in March of a Gregorian year


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Solar Hijri (Iranian) date ("26 Azar 1404" -> 2025-12-17)."""
    return date.fromordinal(_solar_days_before(year, month) + day + _SOLAR_ORDINAL)
