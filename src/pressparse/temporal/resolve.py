"""Resolving expressions against a reference date: year inference and relative arithmetic."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from .expressions import (
    CalendarPeriod,
    CalendarRange,
    ClockTime,
    Duration,
    Expression,
    Recurrence,
    ReferenceToken,
    RelativePeriod,
    SamePeriod,
    Window,
)
from .periods import (
    SEASON_START,
    SOLAR_HIJRI_OFFSET,
    add_months,
    iso_week,
    month_end,
    period_bounds,
    solar_hijri_to_gregorian,
    valid_day,
    week_monday,
)
from .timex import duration_timex, interval_timex, period_timex

KIND_OF_UNIT = {"day": "date", "month": "month", "quarter": "month", "half": "month",
                "season": "month", "year": "year", "decade": "year", "century": "year",
                "feast": "date", "isoweek": "range"}
# Relative units an item's own explicit dates can resolve ("this year" in a 2019 article);
# finer ones ("yesterday") need the publication date.
COARSE_UNITS = frozenset({"year", "decade", "century"})
PRECISION_OF_UNIT = {"half": "month", "weekend": "day", "feast": "day", "isoweek": "day"}


@dataclass(frozen=True)
class Reference:
    """The date expressions are resolved against, and where it came from.

    source: "published" (a publication/dateline date: unyeared dates lie before it unless the
    wording is future) or "explicit" (the latest date written in the item: its year is used).
    """

    day: date
    source: str = "published"


def _value(start: date | None, end: date | None, precision: str, kind: str, timex: str | None,
           year_inferred: bool, **extra: Any) -> dict[str, Any]:
    value: dict[str, Any] = {
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "precision": PRECISION_OF_UNIT.get(precision, precision),
        "year_inferred": year_inferred,
        "kind": kind,
        "timex": timex,
        "timex_start": extra.pop("timex_start", None),
        "timex_end": extra.pop("timex_end", None),
    }
    value.update({k: v for k, v in extra.items() if v is not None})
    return value


def _bounds(period: CalendarPeriod, year: int) -> tuple[date, date]:
    return period_bounds(period.unit, year, period.month, period.day, period.part)


def infer_year(period: CalendarPeriod, reference: Reference, future: bool) -> int:
    """The year of an unyeared period: the nearest one keeping it before the reference
    (after it when the wording is future); the reference's own year for an explicit one."""
    ref = reference.day
    if reference.source != "published":
        return ref.year
    if period.nearest and period.month:  # "April output" told in March: the coming April
        return min((ref.year - 1, ref.year, ref.year + 1),
                   key=lambda year: abs((year - ref.year) * 12 + period.month - ref.month))
    if future:
        for year in (ref.year, ref.year + 1):
            if _bounds(period, year)[1] >= ref:
                return year
        return ref.year + 1
    for year in (ref.year, ref.year - 1):
        start = _bounds(period, year)[0]
        if start <= ref or (year == ref.year and period.unit == "day"
                            and (start - ref).days <= NEAR_AHEAD_DAYS):
            # a day a few days after the reference is this year's (announced, or the eve of
            # the wire's date: "falls on June 26" on June 25), not a year old
            return year
    return ref.year - 1


NEAR_AHEAD_DAYS = 1  # the day after the reference (its eve, a zone ahead): this year


class Resolver:
    """Turns one expression into the DATE ``normalized`` dict."""

    def __init__(self, reference: Reference | None, today: date | None = None) -> None:
        """``reference`` infers years; ``today`` resolves day-level relative expressions
        ("yesterday", "on Monday"): the dateline's or the publication date, if known."""
        self.reference = reference
        self.today = today

    def resolve(self, expression: Expression, future: bool = False) -> dict[str, Any] | None:
        """The normalized value (a fresh dict: callers may keep or change it), or None for a
        day the calendar does not have ("31 April 2021", "29 February 2023")."""
        try:
            value = _resolve_cached(self.reference, self.today, expression, future)
        except ValueError:
            return None
        return dict(value) if value is not None else None

    def compute(self, expression: Expression, future: bool = False) -> dict[str, Any] | None:
        if isinstance(expression, CalendarPeriod):
            return self._period(expression, future)
        if isinstance(expression, CalendarRange):
            return self._range(expression, future)
        if isinstance(expression, RelativePeriod):
            return self._relative(expression, future)
        if isinstance(expression, ReferenceToken):
            return self._token(expression)
        if isinstance(expression, Window):
            return self._window(expression, future)
        if isinstance(expression, SamePeriod):  # the year told, when no stretch is compared
            return self.compute(expression.fallback, future)
        if isinstance(expression, Duration):
            timex = duration_timex(expression.amount, expression.letter)
            if expression.back_days is not None or expression.back_months is not None:
                # "the past 24 hours", "the last three months": end at the reference
                kind = "duration" if expression.stays_duration else "relative"
                if self.today is None:
                    return _value(None, None, "day", kind, timex, True,
                                  needs_reference=True, duration=timex)
                first = (self.today - timedelta(days=expression.back_days)
                         if expression.back_days is not None
                         else months_before(self.today, expression.back_months or 0))
                return _value(first, self.today, "day", kind, timex, True, duration=timex)
            return _value(None, None, expression.precision, "duration", timex, False,
                          duration=timex)
        if isinstance(expression, ClockTime):
            clock = f"T{expression.hour:02d}:{expression.minute:02d}"
            if self.today is None:
                return _value(None, None, "day", "date", "XXXX-XX-XX" + clock, True,
                              needs_reference=True)
            return _value(self.today, self.today, "day", "date",
                          self.today.isoformat() + clock, True)
        if isinstance(expression, Recurrence):
            return _value(None, None, expression.precision, "set", expression.timex, False)
        return None

    # -- calendar periods ------------------------------------------------------------------

    def _year_of(self, period: CalendarPeriod, future: bool) -> int | None:
        if period.year is not None:
            return period.year
        if self.reference is None:
            return None
        if period.year_shift is not None:
            return self.reference.day.year + period.year_shift
        year = infer_year(period, self.reference, future)
        if period.weekday is not None and period.month and period.day:
            # "Tuesday, Nov. 12": the nearest year (either side) where that day is a Tuesday;
            # told from a dated text, not a year farther than half a year from its date when
            # the inferred one is nearer ("Monday 20 October" in a release of 22 October: the
            # weekday is the writer's slip, not a date a year back)
            for candidate in (year, year + 1, year - 1):
                if valid_day(candidate, period.month, period.day) and date(
                        candidate, period.month, period.day).weekday() == period.weekday and (
                        candidate == year or self.reference.source != "published"
                        or not valid_day(year, period.month, period.day)
                        or _weekday_year_near(date(candidate, period.month, period.day),
                                              date(year, period.month, period.day),
                                              self.reference.day)):
                    return candidate
        if (period.month, period.day) == (2, 29):  # the nearest leap year in that direction
            step = 1 if future else -1
            while not calendar.isleap(year):
                year += step
        return year

    def _period(self, period: CalendarPeriod, future: bool) -> dict[str, Any]:
        year = self._year_of(period, future)
        if year is not None and period.the_year and not future and \
                period.unit in ("quarter", "half") and self.reference is not None and \
                _bounds(period, year)[0] > self.reference.day:
            # "the second half of the year" told in January: the year just ended; told in
            # July (the half under way), this year's
            year -= 1
        inferred = period.year is None
        kind = "relative" if period.year_shift is not None else KIND_OF_UNIT[period.unit]
        extra: dict[str, Any] = {"mod": period.mod, "assumption": period.assumption,
                                 "date_order": period.date_order}
        if year is None:
            return _value(None, None, period.unit, kind, period_timex(period, None), True,
                          needs_reference=True, **extra)
        if period.solar is not None and inferred:
            period = _solar_day_in(period, year)
        start, end = _bounds(period, year)
        if period.unit == "month" and period.part == "last":
            # "the end of October": its last day, TIMEX3 the month (mod END, as TimeBank has it);
            # "the beginning of August" stays the month (mod START), as "the beginning of
            # 2025" stays the year: the text names no day
            day = end
            timex = period_timex(period, year)
            return _value(day, day, "day", "relative" if kind == "relative" else "date", timex,
                          inferred, **extra)
        if period.unit == "year" and period.part == "last":
            # "the end of 2027": its last month (TIMEX3 the year, mod END), as "the end of
            # the year"; "the beginning of 2025" stays the year
            start, end, _precision = _edge_of(start, end, "year", "last")
        if period.mod == "END" and period.unit == "quarter":
            # "the end of the first quarter": its last month (TIMEX3 the quarter, mod END), as
            # "the end of the year"
            start = date(end.year, end.month, 1)
        if period.mod in _THIRDS and period.part is None and period.unit in ("month", "year"):
            start, end = _third_of(start, end, period.unit, period.mod)
        if period.unit == "feast" and start != end:  # "during Ramadan": its days
            return _value(start, end, "day", "range", interval_timex(
                start.isoformat(), end.isoformat()), inferred, timex_start=start.isoformat(),
                timex_end=end.isoformat(), **extra)
        return _value(start, end, period.unit, kind, period_timex(period, year), inferred,
                      **extra)

    def _window(self, window: Window, future: bool) -> dict[str, Any]:
        """"the 12 months to February": the months (days) that end with the period written,
        its year inferred as a lone month's or day's would be."""
        last = self._period(window.last, future) if isinstance(window.last, CalendarPeriod) \
            else self._relative(window.last, future)
        precision = "day" if window.days or window.last.unit == "day" else "month"
        if not last["end"]:
            return {**last, "kind": "range", "precision": precision, "timex": None}
        end = date.fromisoformat(last["end"])
        if window.starting:  # "the week of March 23": from the day written
            start = date.fromisoformat(last["start"])
            end = start + timedelta(days=window.days - 1)
        elif window.days:
            start = end - timedelta(days=window.days - 1)
        elif window.last.unit == "day":  # "the year to June 30, 2026": from 1 July 2025;
            # "the six months ended September 30": from 1 April (not 31 March)
            start = months_before(end + timedelta(days=1), window.months)
        else:
            year, month = add_months(end.year, end.month, 1 - window.months)
            start = date(year, month, 1)
        if precision == "month":
            ts, te = start.isoformat()[:7], end.isoformat()[:7]
        else:
            ts, te = start.isoformat(), end.isoformat()
        return _value(start, end, precision, "range", interval_timex(ts, te),
                      last["year_inferred"], timex_start=ts, timex_end=te)

    def _mostly_ahead(self, start: date, end: date) -> bool:
        """Whether most of a stretch of the reference's own year lies after the reference:
        told without future wording, the year meant is the one before."""
        return self.reference is not None and start + (end - start) / 2 > self.reference.day

    def _range(self, span: CalendarRange, future: bool) -> dict[str, Any]:
        first, last = span.first, span.last
        inferred = not span.year_written
        if inferred:
            year = self._year_of(first, future) if self.reference else None
            if year is not None and self.reference is not None and future and \
                    self.reference.source == "published":
                # "the season runs from June 1 to Nov. 30" read in September: the stretch
                # of the reference's year that contains it
                here = self.reference.day.year
                crosses_year = (first.month or 1, first.day or 0) > (
                    last.month or 1, last.day if last.day is not None else 32)
                if _bounds(first, here)[0] <= self.reference.day <= _bounds(
                        last, here + int(crosses_year))[1]:
                    year = here
            if year is not None:
                # (a month's end comes after every day of it: "16 to the end of March")
                crosses = (first.month or 1, first.day or 0) > (
                    last.month or 1, last.day if last.day is not None else 32)
                if first.the_year and not future and self._mostly_ahead(
                        _bounds(first, year)[0], _bounds(last, year + int(crosses))[1]):
                    year -= 1  # "the first 11 months of the year" told in January: last year's
                first, last = first.with_year(year), last.with_year(year + int(crosses))
        precision = first.unit
        kind = "relative" if first.year_shift is not None else "range"
        ts = period_timex(first, first.year)
        te = period_timex(last, last.year)
        extra: dict[str, Any] = {"timex_start": ts, "timex_end": te,
                                 "mod_start": first.mod, "mod_end": last.mod,
                                 "assumption": first.assumption,
                                 "date_order": first.date_order}
        if first.year is None or last.year is None:
            return _value(None, None, precision, kind, interval_timex(ts, te), True,
                          needs_reference=True, **extra)
        start = _bounds(first, first.year)[0]
        end = _bounds(last, last.year)[1]
        # "from late June through early August": from the last third of June to the first
        # third of August, as each end alone would be
        if first.mod in _THIRDS and first.part is None and first.unit in ("month", "year"):
            start = _third_of(start, _bounds(first, first.year)[1], first.unit, first.mod)[0]
        if last.mod in _THIRDS and last.part is None and last.unit in ("month", "year"):
            end = _third_of(_bounds(last, last.year)[0], end, last.unit, last.mod)[1]
        return _value(start, end, precision, kind, interval_timex(ts, te), inferred, **extra)

    # -- relative --------------------------------------------------------------------------

    def _token(self, token: ReferenceToken) -> dict[str, Any]:
        if token.token == "PRESENT_REF" and self.today is not None:
            return _value(self.today, self.today, "day", "relative", "PRESENT_REF", True)
        return _value(None, None, "unknown", "relative", token.token, True,
                      needs_reference=self.today is None or None)

    def _relative(self, rel: RelativePeriod, future: bool) -> dict[str, Any]:
        if rel.counted and self.today is not None:  # from the last date the text gave
            ref = self.today
        elif rel.unit in COARSE_UNITS and self.reference is not None:
            ref = self.reference.day
        elif self.today is not None:
            ref = self.today
        else:
            return _value(None, None, _unit_precision(rel.unit), "relative",
                          _unknown_timex(rel.unit), True, needs_reference=True, mod=rel.mod)
        start, end, precision, timex = self._place(rel, ref, future)
        if rel.days is not None and precision == "month":
            # "the last ten days of the month": those days of it; "the second half of the
            # month": the days after the first ``days``
            if rel.edge == "last":
                start = end - timedelta(days=rel.days - 1)
            elif rel.edge == "after":
                start = start + timedelta(days=rel.days)
            else:
                end = start + timedelta(days=rel.days - 1)
            return _value(start, end, "day", "relative", interval_timex(
                start.isoformat(), end.isoformat()), True, timex_start=start.isoformat(),
                timex_end=end.isoformat())
        if rel.edge is not None and precision in ("year", "month", "decade") and \
                rel.edge != "first":
            # "the end of the year": its last month; "the end of the decade": its last year;
            # "the end of the month": its last day; "the beginning of the year" stays the year
            # (TIMEX3 mod START), as "the beginning of 2025" does, and "the beginning of the
            # month" the month: the text names no day or month
            start, end, precision = _edge_of(start, end, precision, rel.edge)
        if rel.through is not None:  # "Wednesday and Thursday": a stretch of days
            return _value(start, end, precision, "relative", interval_timex(
                start.isoformat(), end.isoformat()), True, timex_start=start.isoformat(),
                timex_end=end.isoformat())
        if rel.span_timex is not None:  # "the past week": the last calendar week, TIMEX3 P1W
            timex = rel.span_timex
        if rel.mod in _THIRDS and rel.edge is None and precision in ("month", "year") \
                and rel.through is None:  # "late last month": its last ten days
            start, end = _third_of(start, end, precision, rel.mod)
        if rel.clip == "before" and start <= ref <= end:
            end = ref
        elif rel.clip == "after" and start <= ref <= end:
            start = ref
        return _value(start, end, precision, "relative", timex, True, mod=rel.mod)

    def _place(self, rel: RelativePeriod, ref: date, future: bool) -> \
            tuple[date, date, str, str]:
        unit, shift = rel.unit, rel.shift
        if rel.counted and unit in ("day", "week"):
            day = ref + timedelta(days=shift * (7 if unit == "week" else 1))
            return day, day, "day", day.isoformat()
        if rel.ago and unit == "month":  # "two months ago": that day two months back
            day = months_before(ref, -shift)
            return day, day, "day", day.isoformat()
        if unit == "day" and rel.from_day is not None:  # "the 17th and yesterday (22nd)"
            last = ref + timedelta(days=shift)
            year, month = (last.year, last.month) if rel.from_day <= last.day else \
                add_months(last.year, last.month, -1)
            first = date(year, month, min(rel.from_day, month_end(year, month).day))
            return first, last, "day", f"{first.isoformat()}/{last.isoformat()}"
        if unit == "day":
            day = ref + timedelta(days=shift)
            return day, day, "day", _with_part(day.isoformat(), rel.day_part)
        if unit == "weekend" and rel.by_tense:  # "over the weekend": the last or the next one
            in_weekend = ref.weekday() >= 5
            shift = 0 if in_weekend != future else (1 if future else -1)
        if unit in ("week", "weekend"):
            monday = week_monday(ref, shift)
            if unit == "weekend":
                saturday = monday + timedelta(days=5)
                return saturday, saturday + timedelta(days=1), "day", f"{iso_week(monday)}-WE"
            return monday, monday + timedelta(days=6), "week", iso_week(monday)
        if unit == "monthday":  # "the 2nd of this month": day ``target`` of that month
            year, month = add_months(ref.year, ref.month, shift)
            day = date(year, month, min(int(rel.target or 1), month_end(year, month).day))
            if rel.by_tense and (day < ref if future else day > ref):
                # "on the 25th" told on the 20th: last month's (next month's, future)
                year, month = add_months(year, month, 1 if future else -1)
                day = date(year, month, min(int(rel.target or 1), month_end(year, month).day))
            return day, day, "day", day.isoformat()
        if unit == "month":
            year, month = add_months(ref.year, ref.month, shift)
            return date(year, month, 1), month_end(year, month), "month", f"{year}-{month:02d}"
        if unit == "quarter":
            index = (ref.year * 4 + (ref.month - 1) // 3) + shift
            period = CalendarPeriod("quarter", None, part=index % 4 + 1)
            return self._calendar(period, index // 4)
        if unit == "half":
            index = (ref.year * 2 + (ref.month - 1) // 6) + shift
            return self._calendar(CalendarPeriod("half", None, part=index % 2 + 1), index // 2)
        if unit == "year":
            return self._calendar(CalendarPeriod("year", None), ref.year + shift)
        if unit == "decade":
            return self._calendar(CalendarPeriod("decade", None), ref.year // 10 * 10 + 10 * shift)
        if unit == "weekday":
            if rel.through is not None:
                return _weekday_stretch(ref, int(rel.target or 0), rel.through, rel, future)
            day = _weekday(ref, int(rel.target or 0), rel, future)
            if rel.month_day is not None:
                day = _month_day(ref, rel.month_day, day.weekday(), future) or day
            return day, day, "day", _with_part(day.isoformat(), rel.day_part)
        if unit == "monthname":
            period = CalendarPeriod("month", None, int(rel.target or 1))
            return self._calendar(period, _named_year(period, ref, rel))
        period = CalendarPeriod("season", None, part=str(rel.target))
        return self._calendar(period, _named_year(period, ref, rel, future))

    @staticmethod
    def _calendar(period: CalendarPeriod, year: int) -> tuple[date, date, str, str]:
        start, end = _bounds(period, year)
        precision = PRECISION_OF_UNIT.get(period.unit, period.unit)
        return start, end, precision, period_timex(period, year)


# Hits come from the same and nearby documents, and from a batch read again; 1,000 corpus
# documents hold ~4,400 distinct keys (this session's tense reading doubles some: future
# and not), more than 4,096, which made a second pass over them miss every time.
@lru_cache(maxsize=16384)
def _resolve_cached(reference: Reference | None, today: date | None, expression: Expression,
                    future: bool) -> dict[str, Any] | None:
    return Resolver(reference, today).compute(expression, future)


def _with_part(value: str, part: str | None) -> str:
    """A day's TIMEX3 value with a part of the day: 2023-10-17TMO."""
    return f"{value}T{part}" if part else value


WEEKDAY_YEAR_REACH = 183  # days from a dated text's date a weekday may move a day's year


def _weekday_year_near(moved: date, inferred: date, reference: date) -> bool:
    """Whether a day moved to another year by its weekday (``moved``) may replace the year
    inferred (``inferred``): within half a year of the text's date, or nearer to it."""
    distance = abs((moved - reference).days)
    return distance <= WEEKDAY_YEAR_REACH or distance < abs((inferred - reference).days)


def _weekday(ref: date, weekday: int, rel: RelativePeriod, future: bool) -> date:
    """The date of a weekday near the reference ("on Monday", "last Friday", "next Tuesday")."""
    delta = (weekday - ref.weekday()) % 7
    if rel.week_later:  # "Thursday week": a week after the coming Thursday (today's included)
        return ref + timedelta(days=delta + 7)
    if rel.direction is None:
        if future:
            return ref + timedelta(days=delta)
        return ref - timedelta(days=(ref.weekday() - weekday) % 7)
    if rel.direction > 0:
        return ref + timedelta(days=delta or 7)
    if rel.direction < 0:
        return ref - timedelta(days=(ref.weekday() - weekday) % 7 or 7)
    return week_monday(ref, rel.shift) + timedelta(days=weekday)


def _weekday_stretch(ref: date, first: int, last: int, rel: RelativePeriod,
                     future: bool) -> tuple[date, date, str, str]:
    """"Wednesday and Thursday": the last such stretch ending by the reference, or the next
    one starting from it when the wording is future."""
    length = timedelta(days=(last - first) % 7)
    if rel.month_day is not None:  # "between Monday (2) and Wednesday (4)": the day written
        start = _month_day(ref, rel.month_day, first, future)
        if start is not None:
            return start, start + length, "day", start.isoformat()
    if future:
        start = _weekday(ref, first, rel, True)
        end = start + length
    else:
        end = _weekday(ref, last, rel, False)
        start = end - length
    return start, end, "day", start.isoformat()


# "early", "mid", "late" cut a month or a year in thirds (TIMEX3 keeps the period, mod
# START/MID/END): "early May" May 1-10, "mid-November" 11-20, "late March" 21-31; "early 2023"
# January-April, "mid-2025" May-August, "late last year" September-December.
_THIRDS = {"START": 0, "MID": 1, "END": 2}
_MONTH_THIRD_DAYS = 10
_YEAR_THIRD_MONTHS = 4


def _third_of(start: date, end: date, unit: str, mod: str) -> tuple[date, date]:
    """The first, middle or last third of a month or a year."""
    third = _THIRDS[mod]
    if unit == "month":
        first = start + timedelta(days=third * _MONTH_THIRD_DAYS)
        last = end if third == 2 else first + timedelta(days=_MONTH_THIRD_DAYS - 1)
        return first, last
    first_month = 1 + third * _YEAR_THIRD_MONTHS
    last_month = first_month + _YEAR_THIRD_MONTHS - 1
    return date(start.year, first_month, 1), month_end(start.year, last_month)


def _solar_day_in(period: CalendarPeriod, year: int) -> CalendarPeriod:
    """A yearless Solar Hijri day ("24 Azar") on its Gregorian day in the year inferred (its
    month and day were read in a year starting at 21 March; Nowruz moves by a day)."""
    month, day = period.solar or (1, 1)
    for solar_year in (year - SOLAR_HIJRI_OFFSET, year - SOLAR_HIJRI_OFFSET - 1):
        gregorian = solar_hijri_to_gregorian(solar_year, month, day)
        if gregorian.year == year:
            return replace(period, month=gregorian.month, day=gregorian.day)
    return period


def _edge_of(start: date, end: date, precision: str, edge: str) -> tuple[date, date, str]:
    """The first or last year of a decade, month of a year, or day of a month."""
    if precision == "decade":
        year = start.year if edge == "first" else end.year
        return date(year, 1, 1), date(year, 12, 31), "year"
    if precision == "year":
        month = 1 if edge == "first" else 12
        return date(start.year, month, 1), month_end(start.year, month), "month"
    day = start if edge == "first" else end
    return day, day, "day"


MONTH_DAY_REACH = 12  # months back (or ahead) searched for a weekday's written day


def _month_day(ref: date, day: int, weekday: int, future: bool) -> date | None:
    """"Friday (31)": day ``day`` of the reference's month, else of the month before (after,
    for future wording), the nearest one that falls on ``weekday``; None when none does."""
    step = 1 if future else -1
    year, month = ref.year, ref.month
    for _ in range(MONTH_DAY_REACH):
        if valid_day(year, month, day):
            candidate = date(year, month, day)
            if (candidate >= ref if future else candidate <= ref) and \
                    candidate.weekday() == weekday:
                return candidate
        year, month = add_months(year, month, step)
    return None


def _named_year(period: CalendarPeriod, ref: date, rel: RelativePeriod,
                future: bool = False) -> int:
    """The year of "last March", "this summer", "next winter". "This" season is the one that
    holds the reference, else the next one for future wording, else the nearer of the one
    just ended and the next ("Rainfall this winter was low", told on 3 March: the winter that
    ended three days before, not the one nine months ahead)."""
    if rel.shift == 0:
        if period.unit != "season" or rel.counted:
            return ref.year  # ("in 2018 ... That autumn": 2018's)
        bounds = {year: _bounds(period, year) for year in (ref.year - 1, ref.year, ref.year + 1)}
        for year, (first, last) in bounds.items():
            if first <= ref <= last:
                return year
        ended = max(year for year, (_first, last) in bounds.items() if last < ref)
        ahead = min(year for year, (first, _last) in bounds.items() if first > ref)
        if future or bounds[ahead][0] - ref <= ref - bounds[ended][1]:
            return ahead
        return ended
    if rel.shift < 0:
        for year in (ref.year, ref.year - 1, ref.year - 2):
            if _bounds(period, year)[1] < ref:
                return year
        return ref.year - 1
    for year in (ref.year, ref.year + 1):
        if _bounds(period, year)[0] > ref:
            return year
    return ref.year + 1


def _unit_precision(unit: str) -> str:
    return {"weekday": "day", "weekend": "day", "monthname": "month", "half": "month",
            "monthday": "day"}.get(unit, unit)


def _unknown_timex(unit: str) -> str:
    return {"day": "XXXX-XX-XX", "weekday": "XXXX-XX-XX", "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "monthday": "XXXX-XX-XX",
            "monthname": "XXXX-XX",
            "quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX-XX",
            "decade": "XXX"}.get(unit, "XXXX")


__all__ = ["SEASON_START", "Reference", "Resolver", "infer_year"]


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day when shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
