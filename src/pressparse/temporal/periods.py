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
    if unit == "isoweek":  # "week 43": ISO 8601 week, Monday to Sunday
        monday = date.fromisocalendar(year, int(part or 1), 1)
        return monday, monday + timedelta(days=6)
    if unit == "decade":
        return date(year, 1, 1), date(year + 9, 12, 31)
    if unit == "century":
        return date(year, 1, 1), date(year + 99, 12, 31)
    if unit == "feast":  # "Easter", "Thanksgiving", "Ramadan": part is the feast's rule
        return feast_bounds(str(part), year)
    return date(year, 1, 1), date(year, 12, 31)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (h + m - 7 * ((a + 11 * h + 19 * m) // 433) + 90) // 25
    p = (h + m - 7 * ((a + 11 * h + 19 * m) // 433) + 33 * n + 19) % 32
    return date(year, n, p)


ISLAMIC_EPOCH = 227015  # 16 July 622 (Julian) as a proleptic Gregorian ordinal


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of a day of the arithmetic Islamic calendar (Reingold and
    Dershowitz's; Umm al-Qura's months start on the same day or one day off)."""
    return date.fromordinal(ISLAMIC_EPOCH - 1 + (year - 1) * 354 + (3 + 11 * year) // 30
                            + 29 * (month - 1) + month // 2 + day)


HIJRI_YEAR_OFFSET = 579  # a Gregorian year's number minus 579 is near its Hijri years'


def feast_bounds(rule: str, year: int) -> tuple[date, date]:
    """The day (or days) of a movable feast in a Gregorian year. Rules: "easter+N" (N days
    from Easter Sunday), "nth:M:W:N" (the N-th weekday W of month M; N=-1 the last),
    "after:M:W:A:B" (the weekday W after the A-th weekday B of month M: US Election Day),
    "hijri:M:D" (day D of Hijri month M; D=0 the whole month)."""
    kind, _, args = rule.partition(":")
    if kind.startswith("easter"):
        day = easter(year) + timedelta(days=int(kind[len("easter"):] or 0))
        return day, day
    numbers = [int(part) for part in args.split(":")]
    if kind == "nth":  # (a fourth number: days after it, "Black Friday")
        month, weekday, nth, *after = numbers
        if nth > 0:
            first = date(year, month, 1)
            day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            last = month_end(year, month)
            day = last - timedelta(days=(last.weekday() - weekday) % 7)
        day += timedelta(days=after[0] if after else 0)
        return day, day
    if kind == "after":
        month, weekday, nth, base = numbers
        first = date(year, month, 1)
        anchor = first + timedelta(days=(base - first.weekday()) % 7 + 7 * (nth - 1))
        day = anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
        return day, day
    month, day_of_month = numbers
    for hijri_year in range(year - HIJRI_YEAR_OFFSET - 2, year - HIJRI_YEAR_OFFSET + 3):
        start = hijri_to_gregorian(hijri_year, month, day_of_month or 1)
        if start.year == year:
            if day_of_month:
                return start, start
            next_year, next_month = (hijri_year + 1, 1) if month == 12 else (hijri_year,
                                                                              month + 1)
            return start, hijri_to_gregorian(next_year, next_month, 1) - timedelta(days=1)
    raise ValueError(f"no {rule} in {year}")


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
