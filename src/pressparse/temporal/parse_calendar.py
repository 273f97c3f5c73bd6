"""Handlers of written calendar dates: days, day and month ranges, numeric, ISO, ROC,
Hijri and Solar Hijri dates, months and table cells."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import timedelta
from itertools import pairwise

from .expressions import CalendarPeriod, CalendarRange, Expression, RelativePeriod
from .lexicon import key
from .parse_common import (
    NAME_REACH,
    NAME_WORD_BEFORE,
    ROC_ERA_OFFSET,
    SHORT_RANGE_YEARS,
    Fields,
    common_era_year,
    first_number,
)
from .periods import hijri_to_gregorian, solar_hijri_to_gregorian, valid_day

WEEKDAY_BRACKET_REACH = 14  # characters of "Wednesday (" before a numeric day it glosses
_CELL_SEPARATORS = "|\t"
_NOT_SHORT_DATES = frozenset({(24, 7)})  # "on 24/7": around the clock
# A line of a data calendar opens with its clock time ("1330 U.S. Retail sales Jan")
_CALENDAR_LINE = re.compile(r"[ \t]*(?:[01][0-9]|2[0-3]):?[0-5][0-9][ \t]")
MIN_MONTH_DAYS = 28  # days of the shortest month
DECADE_DAYS, DECADES_PER_MONTH = 10, 3  # a month's "decades": 1-10, 11-20, 21 to its end
HALF_MONTH = 15  # the last day of a month's first fortnight ("quincena")
# A split year: two consecutive years as one, the second short or after a slash ("2025/26",
# "2023–24", "2024/2025"), not "2018-2019"
_SPLIT_YEAR = re.compile(r"[0-9]{4}\s*(?:/\s*[0-9]{2}(?:[0-9]{2})?|[-–—‐]\s*[0-9]{2})(?![0-9])")
_WORDS_AFTER = re.compile(r"\s+((?:[^\W\d_]+\s*){1,3})")
_MONTH_SHIFTS = {"this": 0, "the current": 0, "last": -1, "the previous": -1, "next": 1}
COMMON_YEAR = 2025  # a year of 365 days: a year-less month's length (February: 28 days)
SHORT_YEAR_PIVOT = 50  # "'98" is 1998, "'25" is 2025
_RULE_ROW = re.compile(r"[ \t|+:=-]*-{3}[ \t|+:=-]*")


def roc_year(text: str | None) -> str | None:
    """A written Republic of China era year as its Common-era year ("114" -> "2025")."""
    year = first_number(text)
    return None if year is None else str(year + ROC_ERA_OFFSET)


def _written_year(f: Fields, i: int) -> str | None:
    """The year of end ``i`` of a date: four digits, or two after a quote ("March '25")."""
    year = f.get(f"y{i}")
    if year:
        return year
    short = f.get(f"yq{i}")
    if not short:
        return None
    return ("19" if int(short) >= SHORT_YEAR_PIVOT else "20") + short


def _in_date_column(text: str, start: int, headers: frozenset[str]) -> bool:
    """Whether ``start`` is in a "|" table cell whose column header (the first row above
    without digits) is one of ``headers`` ("Date")."""
    line_start = text.rfind("\n", 0, start) + 1
    column = text.count("|", line_start, start)
    above = line_start - 1
    for _ in range(40):
        if above <= 0:
            return False
        prev_start = text.rfind("\n", 0, above) + 1
        previous = text[prev_start:above]
        if "|" not in previous:
            return False
        if not _RULE_ROW.fullmatch(previous) and not any(ch.isdigit() for ch in previous):
            cells = previous.split("|")
            return column < len(cells) and cells[column].strip().lower() in headers
        above = prev_start - 1
    return False


def _on_weekday(day: CalendarPeriod | None, weekday: int | None) -> CalendarPeriod | None:
    """A year-less day on ``weekday`` (0 = Monday), written before it: the weekday picks the
    year; any other day as it is."""
    if day is None or weekday is None or day.year is not None:
        return day
    return replace(day, weekday=weekday)


NAME_BEFORE_REACH = 24  # characters read back for the word before a foreign weekday


def _after_name(text: str, start: int) -> bool:
    """Whether a capitalized word stands right before ``start`` ("Santo Domingo 19 de
    noviembre": the weekday's word is a place's)."""
    before = text[max(0, start - NAME_BEFORE_REACH):start].rstrip(" \t").rsplit(None, 1)
    return bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()


def _solar_order(day: CalendarPeriod) -> tuple[int | None, ...]:
    """The order of a Solar Hijri day (_solar_day) among those of its month: its solar month
    and day when no year is written (Dey runs over 1 January), else its Gregorian day."""
    return day.solar or (day.year, day.month, day.day)


class CalendarDateParsers:
    """Handlers of written calendar dates: days, day and month ranges, numeric, ISO, ROC,
    Hijri and Solar Hijri dates, months and table cells.

    A mixin of :class:`~pressparse.temporal.parse.Parser`: its methods read the lexicon and
    state ``Parser.__init__`` sets and call one another through ``self``.
    """

    def _day_point(self, day: str | None, month: int | None, year: str | None) -> \
            CalendarPeriod | None:
        d = first_number(day)
        y = common_era_year(year)
        if d is None or month is None or not valid_day(y, month, d):
            return None
        return CalendarPeriod("day", y, month, d)

    def _with_weekday(self, day: CalendarPeriod | None, f: Fields) -> CalendarPeriod | None:
        """A year-less day with the weekday written before it ("Tuesday, Nov. 12"): the
        weekday picks the year."""
        return _on_weekday(day, self.lex.weekdays.get(key(f.get("wd") or "")))

    def _shifted(self, period: CalendarPeriod | None, shift_word: str | None) -> \
            CalendarPeriod | None:
        """A period whose year is told relative to the reference ("March last year")."""
        if period is None or not shift_word or period.year is not None:
            return period
        return replace(period, year_shift=self.lex.shifts.get(key(shift_word), 0))

    def _day(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        if f.get("hy"):  # "17 Ramadan 1446 AH (17 March 2025)", "12 Ramadan 1446 AH"
            return self._hijri(f, text, start, end)
        if f.get("sm"):  # "26 Azar 1404", "24 Azar"
            return self._with_weekday(self._solar_day(f), f)
        return self._with_weekday(self._shifted(
            self._day_point(f.get("d1"), self._month_of(f.get("m1")), _written_year(f, 1)),
            f.get("ys1")), f)

    def _day_range(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        if f.get("night") and first_number(f.get("d2")) != (first_number(f.get("d1")) or 0) + 1:
            return None  # "14/15 March": only a night's two days are written with a slash
        m2 = self._month_of(f.get("m2"))
        m1 = self._month_of(f.get("m1")) or m2
        if m2 is None:
            m2 = m1
        first = self._with_weekday(
            self._shifted(self._day_point(f.get("d1"), m1, _written_year(f, 1)), f.get("ys1")), f)
        last = self._shifted(self._day_point(f.get("d2"), m2, _written_year(f, 2)),
                             f.get("ys2"))
        return self._range(first, last)

    def _range(self, first: CalendarPeriod | None, last: CalendarPeriod | None) -> \
            CalendarRange | None:
        if first is None or last is None:
            return None
        if last.year_shift is not None and first.year is None and first.year_shift is None:
            # "January to July last year": the first's year is the last's (or the one before)
            later_month = (first.month or 1, first.day or 0) > (last.month or 1, last.day or 0)
            first = replace(first, year_shift=last.year_shift - int(later_month))
        if first.year is None and last.year is not None:
            later_month = (first.month or 1) > (last.month or 1)
            first = first.with_year(last.year - 1 if later_month else last.year)
        elif last.year is None and last.year_shift is None and first.year is not None:
            # "Dec. 26, 2025, to Jan. 4": the end in the first's year, or the one after
            earlier_month = (last.month or 1, last.day or 0) < (first.month or 1, first.day or 0)
            last = last.with_year(first.year + 1 if earlier_month else first.year)
        if first.year is not None and last.year is not None:
            if (first.year, first.month or 0, first.day or 0) >= \
                    (last.year, last.month or 0, last.day or 0):
                return None
        elif first.unit == "day" and (first.month, first.day) == (last.month, last.day):
            return None
        return CalendarRange(first, last)

    def _month_range(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        m1, m2 = self._month_of(f.get("m1")), self._month_of(f.get("m2"))
        if m1 is None or m2 is None:
            return None
        split = common_era_year(f.get("y2")) if f.get("sy") and m2 < m1 else None
        if split is not None and not f.get("y1"):  # "June-May 2026/27": June 2026 to May 2027
            return CalendarRange(CalendarPeriod("month", split, m1),
                                 CalendarPeriod("month", split + 1, m2))
        first = self._shifted(CalendarPeriod("month", common_era_year(_written_year(f, 1)), m1,
                                             mod=self._mod(f.get("q1"))), f.get("ys1"))
        last = self._shifted(CalendarPeriod("month", common_era_year(_written_year(f, 2)), m2,
                                            mod=self._mod(f.get("q2"))), f.get("ys2"))
        return self._range(first, last)

    def _month_pair(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"July and August 2025", "March and early April": the two months as one stretch,
        when they follow each other ("May and September 2025" are two months), the second
        one's told part its end."""
        m1, m2 = self._month_of(f.get("m1")), self._month_of(f.get("m2"))
        year = common_era_year(f.get("y"))
        if m1 is None or m2 is None or m2 != m1 + 1:
            return None
        return CalendarRange(CalendarPeriod("month", year, m1),
                             self._qualified_month(year, m2, f.get("q")))

    def _year_range(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        # "2026 and 2027" (the grammar takes only years next to each other)
        y1 = first_number(f.get("y1") or f.get("y4"))
        y2 = first_number(f.get("y2") or f.get("yy") or f.get("y3"))
        if f.get("y5"):  # "2023, 2024 and 2025": each year the one after the one before
            years = [first_number(year) for year in
                     [f.get("y5"), *(f.get("ymid") or "").replace(",", " ").split(), f.get("y6")]]
            if any(year is None or later != year + 1 for year, later in pairwise(years)):
                return None
            return CalendarRange(CalendarPeriod("year", years[0]),
                                 CalendarPeriod("year", years[-1]))
        if y1 is None or y2 is None:
            return None
        if not f.get("pre") and self._numbered(text, start):
            return None  # "C.R. No. 2019/24": a case number
        if y2 < 100:  # "2024-26"; "1999-00" ends in 2000; a longer span is no such range
            y2 += y1 // 100 * 100
            if y2 <= y1:
                y2 += 100
            if y2 > y1 + SHORT_RANGE_YEARS:
                return None
        if not y1 < y2 <= y1 + 100:
            return None
        if y2 == y1 + 1 and self.lex.split_year_months and \
                _SPLIT_YEAR.search(text, start, end) is not None:
            # "the 2025/26 marketing season", "the 2023-24 season": one 12-month year
            first = self._split_year_month(text, end)
            if first is not None:
                return CalendarRange(CalendarPeriod("month", y1, first),
                                     CalendarPeriod("month", y2, first - 1 or 12))
        return CalendarRange(CalendarPeriod("year", y1), CalendarPeriod("year", y2))

    def _year_qual_range(self, f: Fields, text: str, start: int,
                         end: int) -> Expression | None:
        """"mid-2024 to early 2025": from the middle third of 2024 to the first of 2025."""
        y1, y2 = first_number(f.get("y1")), first_number(f.get("y2"))
        if y1 is None or y2 is None or not y1 < y2 <= y1 + SHORT_RANGE_YEARS:
            return None
        return CalendarRange(CalendarPeriod("year", y1, mod=self._mod(f.get("q1"))),
                             CalendarPeriod("year", y2, mod=self._mod(f.get("q2"))))

    def _split_year_month(self, text: str, end: int) -> int | None:
        """The first month of a split year told by the noun after it ("season": July,
        "school year": September; split_years.jsonl); None when no such noun follows."""
        months = self.lex.split_year_months
        words = _WORDS_AFTER.match(text, end)
        if words is None:
            return None
        following = key(words.group(1)).split()
        # ... or after one lower-case word of the thing it is of ("the 2026/27 sugar season")
        for skip, size in ((0, 2), (0, 1), (1, 1)):
            if len(following) >= skip + size and (not skip or words.group(1).islower()):
                month = months.get(" ".join(following[skip:skip + size]))
                if month is not None:
                    return month
        return None

    def _numeric_parts(self, a: str | None, b: str | None, sep: str | None, year: str | None) \
            -> CalendarPeriod | None:
        x, y, yr = first_number(a), first_number(b), first_number(year)
        if x is None or y is None or yr is None:
            return None
        day_first = sep == "." or self.day_first
        if x > 12 >= y:
            day, month, assumption, day_first = x, y, "unambiguous", True
        elif y > 12 >= x:
            day, month, assumption, day_first = y, x, "unambiguous", False
        elif x == y:
            day, month, assumption = x, y, "unambiguous"
        elif day_first:
            day, month, assumption = x, y, "day_first"
        else:
            day, month, assumption = y, x, "month_first"
        if not 1 <= month <= 12 or not valid_day(yr, month, day):
            return None
        return CalendarPeriod("day", yr, month, day, assumption=assumption,
                              date_order="dmy" if day_first else "mdy")

    def _numeric(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        short = f.get("yy2")
        if short:  # "on 17.03.25": a two-digit year (20yy)
            return self._numeric_parts(f.get("a2"), f.get("b2"), f.get("s2"), "20" + short)
        if f.get("y3"):  # "14. 3. 2025"
            return self._numeric_parts(f.get("a3"), f.get("b3"), ".", f.get("y3"))
        return self._numeric_parts(f.get("a1"), f.get("b1"), f.get("s1"), f.get("y1"))

    def _numeric_days(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"9-11/06/2026": from the first day to the date, in the date's month (day first);
        "14.04-20.04.2025": the first day in its own month."""
        last = self._numeric_parts(f.get("a2"), f.get("b2"), f.get("s2"), f.get("y2"))
        first_day = first_number(f.get("d1"))
        if last is None or first_day is None or last.date_order != "dmy" or \
                last.day is None or last.month is None:
            return None
        first_month = first_number(f.get("m1")) or last.month
        if first_month > last.month or (first_month == last.month and first_day >= last.day) \
                or not valid_day(last.year, first_month, first_day):
            return None
        return CalendarRange(replace(last, month=first_month, day=first_day), last)

    def _numeric_short(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"on 13/10": a day of the reference's year, in the text's order of numeric dates."""
        x, y = first_number(f.get("a")), first_number(f.get("b"))
        if x is None or y is None or (x, y) in _NOT_SHORT_DATES:
            return None
        glossed = self._weekday_bracket.search(text, max(0, start - WEEKDAY_BRACKET_REACH),
                                               start) if text[start - 1:start] == "(" else None
        if max(x, y) < 10 and len(f.get("a") or "") + len(f.get("b") or "") < 4 and \
                not f.get("cz") and glossed is None:
            return None  # "on 3/4 of the land": a fraction ("on 03/04", "Thursday (2/4)" is
            # a day)
        if f.get("cz") and not f.get("wd"):
            return None  # "5. 4." only after its weekday ("Saturday 5. 4.")
        if f.get("dot3") is not None and (y > 12 or self.clock_entries):
            return None  # a line opened by a clock time ("09.30 — Ferries were cancelled")
        day_first = x > 12 or (y <= 12 and (self.day_first or bool(
            f.get("dot") is not None or f.get("dot2") is not None or f.get("dot3") is not None
            or f.get("cz"))))
        day, month = (x, y) if day_first else (y, x)
        if not 1 <= month <= 12 or not valid_day(None, month, day):
            return None
        return self._with_weekday(CalendarPeriod(
            "day", None, month, day,
            assumption="unambiguous" if max(x, y) > 12 else
            "day_first" if day_first else "month_first",
            date_order="dmy" if day_first else "mdy"),
            {"wd": glossed.group(1)} if glossed is not None else f)

    def _numeric_range(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        first = self._numeric_parts(f.get("a1"), f.get("b1"), f.get("s1"), f.get("y1"))
        last = self._numeric_parts(f.get("a2"), f.get("b2"), f.get("s2"), f.get("y2"))
        return self._range(first, last)

    def _dashed(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"14-Jul-2026", "14/Jul/2026", "3.Dec.2026" (a page's date line), glued "14JUL2026";
        a two-digit year is of this century ("02FEB26", "14-Mar-26")."""
        year = f.get("y") or ""
        return self._day_point(f.get("d"), self._month_of(f.get("gm") or f.get("m")),
                               year if len(year) == 4 else f"20{year}")

    def _iso(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"2025-03-14"; "2025/03/14", "2025.03.14" and ranges of them."""
        if not f.get("y1"):
            return self._day_point(f.get("d"), first_number(f.get("m")), f.get("y"))
        first = self._day_point(f.get("d1"), first_number(f.get("m1")), f.get("y1"))
        if f.get("m3"):  # "2026.06.20-07.03": the second end in the first's year
            return self._range(first, self._day_point(f.get("d3"), first_number(f.get("m3")),
                                                      f.get("y1")))
        if not f.get("y2"):
            return first
        return self._range(first, self._day_point(f.get("d2"), first_number(f.get("m2")),
                                                  f.get("y2")))

    def _roc(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """A date of the Republic of China era, year first ("114-10-03", "114/10/03",
        "民國114年10月3日"): the day of its Common-era year."""
        return self._day_point(f.get("d") or f.get("d2"), first_number(f.get("m") or f.get("m2")),
                               roc_year(f.get("y") or f.get("y2")))

    def _hijri(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """A Hijri date: the day of its Gregorian gloss in brackets, else its day in the
        arithmetic Islamic calendar (Umm al-Qura's, to a day)."""
        if f.get("gy"):
            return self._day_point(f.get("gd1") or f.get("gd2"),
                                   self._month_of(f.get("gm1") or f.get("gm2")), f.get("gy"))
        day, month, year = first_number(f.get("hd")), \
            self.lex.hijri_months.get(key(f.get("hm") or "")), first_number(f.get("hy"))
        if day is None or month is None or year is None or not 1 <= day <= 30:
            return None
        gregorian = hijri_to_gregorian(year, month, day)
        return CalendarPeriod("day", gregorian.year, gregorian.month, gregorian.day)

    def _fiscal_shift(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the previous fiscal year": the fiscal year named by the reference's year moved by
        the shift (the country's months are set by the component)."""
        shift = self.lex.shifts.get(key(f.get("rel") or ""))
        if shift is None:
            return None
        return CalendarPeriod("year", None, year_shift=shift, fiscal=True)

    def _solar_day(self, f: Fields) -> CalendarPeriod | None:
        """A Solar Hijri day: its Gregorian day, or with no year written its Gregorian month
        and day in a year starting at 21 March (the resolver recomputes it for the year it
        infers)."""
        day, month = first_number(f.get("sd")), self.lex.solar_months.get(key(f.get("sm") or ""))
        if day is None or month is None or not 1 <= day <= (31 if month < 7 else 30):
            return None
        year = first_number(f.get("sy"))
        gregorian = solar_hijri_to_gregorian(year or 1404, month, day)
        return CalendarPeriod("day", gregorian.year if year else None, gregorian.month,
                              gregorian.day, solar=None if year else (month, day))

    def _solar_month_first(self, f: Fields, text: str, start: int,
                           end: int) -> Expression | None:
        """"Mehr 14": that Solar Hijri day; "Aban 26 to 28": those days of the month."""
        first = self._solar_day(f)
        if first is None or not f.get("sd2"):
            return first
        last = self._solar_day({**f, "sd": f.get("sd2")})
        if last is None or _solar_order(last) <= _solar_order(first):
            return None
        return CalendarRange(first, last)

    def _solar_year(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the Iranian year 1403": its days, Nowruz to the day before the next Nowruz."""
        year = first_number(f.get("sy"))
        if year is None:
            return None
        first = solar_hijri_to_gregorian(year, 1, 1)
        last = solar_hijri_to_gregorian(year + 1, 1, 1) - timedelta(days=1)
        return CalendarRange(CalendarPeriod("day", first.year, first.month, first.day),
                             CalendarPeriod("day", last.year, last.month, last.day))

    def _month(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        month = self._month_of(f.get("m"))
        if month is None:
            return None
        year = common_era_year(f.get("y"))
        later = self._month_of(f.get("lm"))
        if year is None and later is not None and later > month:
            year = common_era_year(f.get("ly"))  # "in May and September 2024": May 2024
        return self._shifted(self._qualified_month(year, month, f.get("q")), f.get("ys1"))

    def _qualified_month(self, year: int | None, month: int,
                         qualifier_text: str | None) -> CalendarPeriod:
        """The month, its part told by a qualifier before it ("early April", "late May")."""
        qualifier = self._qualifier(qualifier_text)
        return CalendarPeriod("month", year, month,
                              part=qualifier.month_day if qualifier else None,
                              mod=qualifier.mod if qualifier else None)

    def _month_noun(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"April output", "the May contract": the month of figures or a contract, the
        nearest such month to the reference on either side."""
        month = self._month_of(f.get("m"))
        return CalendarPeriod("month", None, month, nearest=True) if month else None

    def _year_to_month(self, f: Fields, text: str, start: int, end: int) -> \
            Expression | None:
        """"2019 through June 2026": from the year's start to the month's end."""
        first, month, last = first_number(f.get("y1")), self._month_of(f.get("m")), \
            first_number(f.get("y2"))
        if first is None or month is None or last is None or last < first:
            return None
        return CalendarRange(CalendarPeriod("year", first), CalendarPeriod("month", last, month))

    def _month_line_end(self, f: Fields, text: str, start: int,
                        end: int) -> Expression | None:
        """"1330 U.S. Retail sales Jan": a month closing a line of a data calendar (one that
        opens with a clock time) is the month of the figure, as "January sales"."""
        line_start = text.rfind("\n", 0, start) + 1
        if not _CALENDAR_LINE.match(text, line_start, start):
            return None
        return self._month_noun(f, text, start, end)

    def _month_det(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"its January estimate": as "January figures", the nearest such month; not "the May
        government" (a name: "May" needs a word of the month_nouns list)."""
        if key(f.get("m") or "") == "may":
            return None
        return self._month_noun(f, text, start, end)

    def _iso_week(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"week 43": that ISO week (Monday to Sunday); "weeks 43 and 47": from the first's
        Monday to the last's Sunday."""
        first, last = first_number(f.get("w1")), first_number(f.get("w2"))
        year = common_era_year(f.get("y"))
        if first is None:
            return None
        week = CalendarPeriod("isoweek", year, part=first)
        if last is None:
            return week
        if last <= first:
            return None
        return CalendarRange(week, CalendarPeriod("isoweek", year, part=last))

    def _month_days(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the second week of February": days 8-14; "the last week of June": its last seven
        days; "the first 10 days of March": 1-10, "the last 10 days of May": 22-31, "the
        first two weeks of May": 1-14, "the third decade of May": 21-31 (a year-less February
        counted with 28 days)."""
        month, year = self._month_of(f.get("m")), common_era_year(f.get("y"))
        from_end = key(f.get("ord") or f.get("fl") or "") in ("last", "final")
        if f.get("tm"):  # "the last ten days of the month": of the month the text named
            return self._days_of_counted_month(f, from_end)
        if month is None:
            return None
        length = calendar.monthrange(COMMON_YEAR if year is None else year, month)[1]
        if f.get("fn"):  # "the first fortnight of May" (Iberian "quincena"): 1-15, 16-end
            first_half = key(f["fn"]) == "first"
            return CalendarRange(
                CalendarPeriod("day", year, month, 1 if first_half else HALF_MONTH + 1),
                CalendarPeriod("day", year, month, HALF_MONTH if first_half else length))
        if f.get("dk"):  # "the second decade of May": its second ten days
            number = DECADES_PER_MONTH if key(f["dk"]) in ("last", "final") else \
                self._ordinal(f["dk"], DECADES_PER_MONTH)
            if number is None:
                return None
            first = DECADE_DAYS * (number - 1) + 1
            return CalendarRange(CalendarPeriod("day", year, month, first), CalendarPeriod(
                "day", year, month, length if number == DECADES_PER_MONTH
                else first + DECADE_DAYS - 1))
        if f.get("n"):
            days = self._counted_days(f)
            if not 2 <= days < length:
                return None
            first = length - days + 1 if from_end else 1
        else:
            number = None if from_end else self._ordinal(f.get("ord"), 4)
            if number is None and not from_end:
                return None
            days = 7
            first = length - 6 if from_end else 7 * ((number or 1) - 1) + 1
        return CalendarRange(CalendarPeriod("day", year, month, first),
                             CalendarPeriod("day", year, month, first + days - 1))

    def _days_of_counted_month(self, f: Fields, from_end: bool) -> Expression | None:
        """"the last ten days of the month", "the first two weeks of the month": those days
        of the month the text named last (else the reference's)."""
        if not f.get("n"):
            return None  # ("the second week of the month": no edge to count from)
        days = self._counted_days(f)
        if not 2 <= days < MIN_MONTH_DAYS:
            return None
        return RelativePeriod("month", 0, counted=True, edge="last" if from_end else "first",
                              days=days)

    def _counted_days(self, f: Fields) -> int:
        """The days "the first 10 days", "the last two weeks" count (0 for no number)."""
        amount = self._amount(f.get("n"))
        return (amount[0] or 0) * (7 if f.get("wks") else 1) if amount else 0

    def _day_list(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"March 3, 4 and 5": the first to the last day, when each follows the one before
        ("March 3, 10 and 17" are three days)."""
        first, last = f.get("d1") or f.get("d3"), f.get("d2") or f.get("d4")
        middle = (f.get("mid") or f.get("mid2") or "").replace(",", " ").split()
        days = [first_number(day) for day in [first, *middle, last]]
        if any(day is None or later != day + 1 for day, later in pairwise(days)):
            return None
        month = f.get("m1") or f.get("m2")
        return self._day_range({"d1": first, "d2": last, "m1": month,
                                "y2": f.get("y2") or f.get("y3"),
                                "ys2": f.get("ys2") or f.get("ys3"),
                                "yq2": f.get("yq2") or f.get("yq3")}, text, start, end)

    def _part_pair(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the third and fourth quarters": from the first named to the second, one stretch
        (next to each other: "the first and third quarters" are two)."""
        unit = "quarter" if key(f.get("u") or "") == "quarters" else "half"
        last = 4 if unit == "quarter" else 2
        first_part, last_part = self._ordinal(f.get("o1"), last), self._ordinal(f.get("o2"), last)
        if first_part is None or last_part != first_part + 1:
            return None
        year = first_number(f.get("y"))
        return CalendarRange(CalendarPeriod(unit, year, part=first_part),
                             CalendarPeriod(unit, year, part=last_part))

    def _season_pair(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the spring and summer of 2025": the two seasons of that year, one stretch (the
        second the one after the first)."""
        first = self.lex.seasons.get(key(f.get("s1") or ""))
        second = self.lex.seasons.get(key(f.get("s2") or ""))
        year = first_number(f.get("y"))
        if first is None or second is None or year is None:
            return None
        order = ("SP", "SU", "FA", "WI")
        if first.code not in order or second.code not in order or \
                order.index(second.code) != order.index(first.code) + 1:
            return None
        return CalendarRange(CalendarPeriod("season", year, part=first.code),
                             CalendarPeriod("season", year, part=second.code))

    def _month_poss(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"June's 3.6%": as "June figures", unless a capitalised word other than a
        preposition stands before it ("Theresa May's government": a name)."""
        name = NAME_WORD_BEFORE.search(text, max(0, start - NAME_REACH), start)
        if name is not None and key(name.group(1)) not in self.lex.period_preps:
            return None
        return self._month_noun(f, text, start, end)

    def _month_end(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"March-end": as "end-March", the month's last day."""
        return self._month({"m": f.get("m"), "y": f.get("y"), "q": "end-"}, text, start, end)

    def _month_day_shift(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the 2nd of this month" (day 2 of the reference's month), "the 28th of last
        month"."""
        day = first_number(f.get("d"))
        shift = 0 if f.get("inst") else -1 if f.get("ult") else \
            _MONTH_SHIFTS.get(" ".join((f.get("sh") or "").split()))
        if day is None or shift is None:
            return None
        return RelativePeriod("monthday", shift, target=day)

    def _month_day_bare(self, f: Fields, text: str, start: int, end: int) -> \
            Expression | None:
        """"on the 3rd": that day of the reference's month, or of the month before (after,
        with future wording) when the day is still ahead (past)."""
        day = first_number(f.get("d"))
        if day is None or not 1 <= day <= 31:
            return None
        return RelativePeriod("monthday", 0, target=day, by_tense=True)

    def _month_cell(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """A month name alone between table separators ("| October |", a tab-separated
        header), or between a line break and a separator."""
        left = start - 1
        while left >= 0 and text[left] == " ":
            left -= 1
        right = end
        while right < len(text) and text[right] == " ":
            right += 1
        before = text[left] if left >= 0 else "\n"
        after = text[right] if right < len(text) else "\n"
        if before in _CELL_SEPARATORS and (after in _CELL_SEPARATORS or after in "\r\n"):
            return self._month(f, text, start, end)
        if before == "\n" and after in _CELL_SEPARATORS:
            return self._month(f, text, start, end)
        return None

    def _numeric_cell(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"| 14.04 |" under a "Date" column header: that day (day first) of a year the
        reference gives."""
        if not _in_date_column(text, start, self.lex.date_column_headers):
            return None
        day, month = first_number(f.get("a")), first_number(f.get("b"))
        if day is None or month is None or not 1 <= month <= 12 or \
                not valid_day(None, month, day):
            return None
        return CalendarPeriod("day", None, month, day, assumption="day_first",
                              date_order="dmy")

    def _iberian(self, f: Fields, text: str, start: int, end: int) -> CalendarPeriod | None:
        """"20 de febrero de 2026": that day ("Kamis, 12 November 2026": a month spelt as
        the English one after a foreign weekday)."""
        name = f.get("m") or ""
        month = self.lex.foreign_months.get(name.lower()) or self._month_of(name)
        return self._day_point(f.get("d"), month, f.get("y"))

    def _foreign_weekday_numeric(self, f: Fields, text: str, start: int,
                                 end: int) -> Expression | None:
        """"Thứ Tư, 04/11/2026": the day-first numeric date, its weekday in the span."""
        if _after_name(text, start):
            return None
        return self._day_point(f.get("d"), first_number(f.get("mm")), f.get("y"))

    def _iberian_weekday(self, f: Fields, text: str, start: int,
                         end: int) -> Expression | None:
        """"jueves 19 de noviembre": that day; not after a capitalized word ("Santo Domingo
        19 de noviembre": the weekday's word is a place's)."""
        if _after_name(text, start):
            return None
        return _on_weekday(self._iberian(f, text, start, end),
                           self.lex.foreign_weekdays.get((f.get("wd") or "").lower()))

    def _inflected(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"8 қыркүйекте", "liepos 17 d.": that day; "1-10 қазанда": those days of the month."""
        name = (f.get("m") or "").lower()
        month = self.lex.day_first_months.get(name) or self.lex.month_first_months.get(name)
        last = self._day_point(f.get("d"), month, f.get("y"))
        if last is None or not f.get("d1"):
            return last
        first = self._day_point(f.get("d1"), month, f.get("y"))
        if first is None or first.day is None or last.day is None or first.day >= last.day:
            return None
        return CalendarRange(first, last)

    def _dateline_abbr(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"Madrid, 11 mar (EFE)": that day, its year the reference's; "25 nov. 2026" (form
        abbr_dmy): that day of that year."""
        month = self.lex.dateline_months.get((f.get("m") or "").lower())
        return self._day_point(f.get("d"), month, f.get("y"))
