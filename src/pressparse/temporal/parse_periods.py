"""Handlers of named periods: the same period, windows, weeks, quarters, halves, seasons,
centuries, decades and years."""

from __future__ import annotations

import re

from .expressions import (
    CalendarPeriod,
    CalendarRange,
    Expression,
    RelativePeriod,
    SamePeriod,
    Window,
)
from .lexicon import key
from .parse_common import (
    DAYS_PER_WEEK,
    LOWER_WORD_AFTER,
    NAME_WORD_BEFORE,
    NEXT_WORD,
    SHORT_RANGE_YEARS,
    Fields,
    common_era_year,
    first_number,
)
from .patterns import ROMAN_QUARTERS

HOURS_PER_DAY = 24  # "the 72 hours to Tuesday": the days those hours reach into
_HYPHENS = frozenset("-‐")
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")  # a word after a span (a noun it modifies)
_PER_YEAR = {"quarter": 4, "half": 2, "month": 12, "week": 52}  # a unit's count in a year
DAYS_PER_YEAR = 365  # "the same date last year" with no day given: the reference's, a year back
TEXTS_CENTURY = 2000  # the first year of the century "the century" alone names in news text
WINDOW_MONTHS = 60  # "the 12 months to February" reaches back at most five years
WINDOW_DAYS = 366
# a bare season naming the kind of a season after it ("the winter ski season")
_SEASON_OF_ACTIVITY = re.compile(r"(?:[ \t]+[a-z][a-z-]*){0,2}[ \t]+seasons?(?![\w])")
# a capitalized word right before a year, and up to three after it ("Beijing 2022 Winter
# Olympics"): a year inside a name
_CAPITAL_BEFORE = re.compile(r"(?<![\w])[A-Z][a-z]+[ \t]+$")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\n])[\s\"“‘'(]*\Z")  # text before a sentence's first word
_NAME_BEFORE = re.compile(r"(?<![\w])[A-Z][A-Za-z]+[ \t]+$")  # "Portugal ", "UAE "
_CAPITALS_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)(?:[ \t]+([A-Z][a-z]+))?(?:[ \t]+([A-Z][a-z]+))?")
# A quoted name a year closes, opened by a capitalized word on the year's line ("the film
# "Ljeto 1995"", "the project "Gennaker 2030"", "«Caspian Frontier-2026»"): its words
_QUOTED_NAME_BEFORE = re.compile(r"[\"“«„]\s*([A-Z][^\"“”«»„\n0-9]{0,48})[\s\-‐–]\Z")
_CLOSING_QUOTES = frozenset("\"”»“")
QUOTED_NAME_REACH = 52  # characters before a year read for its quoted name
_NAME_LINK_LENGTH = 3  # a lower-case word this short may link a name's words ("of", "for")
_NAME_WORD_BREAK = re.compile(r"[\s\-‐–]+")  # between a quoted name's words
_BREADCRUMB_STEP = re.compile(r"[ \t](?:/|>|»|›)[ \t]")
BREADCRUMB_REACH = 120  # characters before a year read for its line's breadcrumb steps
_DESIGNATION_AFTER = re.compile(r"[ \t][A-Z]{2}[0-9]{1,3}(?![\w])")  # "2019 TK7"
# A phone number's next two digit groups ("on 1800 595 160", "1800 806 292"); years side by
# side ("2024 2023 2022", a table's column headers) are told apart by the groups' shapes
_DIGIT_GROUPS_AFTER = re.compile(r"[ \u00a0]([0-9]{3,4})[ \u00a0-]([0-9]{2,4})(?![\w.,]?[0-9])")
_YEAR_SHAPE = re.compile(r"(?:19|20)[0-9]{2}")
_ARTICLES = frozenset({"a", "an"})  # "a 2019 Nissan": a model's year ("the 2024 Olympics" is one)
MID_MONTH = 15  # the last day of a month's first half
GAME_REACH = 120  # characters either side of a quarter or half read for a game's words
_GAME_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
BIRTH_COUNT_REACH = 60  # characters before "born" read for the births' count
# births counted, not a person's: a count before the noun born ("16,900 children were born"),
# "the number of babies born"
_BIRTHS_COUNTED = re.compile(
    r"\d(?:[\d,.]*\d)?\s+[^\W\d]+(?:\s+(?:were|are|have\s+been))?\s*$|\bnumber\s+of\b",
    re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]\s")
LAW_NAME_REACH = 20  # characters before a year read for a law name's last word ("Act, ")


def _is_year_word(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2049


def _quoted_name_year(text: str, start: int, end: int) -> bool:
    """Whether a year closes a quoted name: a closing quote after it, an opening one before
    capitalized words and short links ("the film "Ljeto 1995"", "the plan "Vision for the
    Coast 2031""; not a quoted clause: ""Seizures rose in 2025"")."""
    if text[end:end + 1] not in _CLOSING_QUOTES:
        return False
    name = _QUOTED_NAME_BEFORE.search(text, max(0, start - QUOTED_NAME_REACH), start)
    return name is not None and all(
        word[:1].isupper() or len(word) <= _NAME_LINK_LENGTH
        for word in _NAME_WORD_BREAK.split(name.group(1)) if word)


# "No. E012 of ", "No. 35 of ": the number a year closes in a case's or law's reference
_NUMBER_OF_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:[Nn][Oo][Ss]?|NUMBER|[Nn]umber)\.?\s*[A-Za-z]{0,4}[0-9][\w/-]*\s+"
    r"(?:of|OF)\s+$")


class PeriodParsers:
    """Handlers of named periods: the same period, windows, weeks, quarters, halves, seasons,
    centuries, decades and years.

    A mixin of :class:`~pressparse.temporal.parse.Parser`: its methods read the lexicon and
    state ``Parser.__init__`` sets and call one another through ``self``.
    """

    def _same_period(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        unit = key(f.get("cu") or f.get("cu2") or "period")
        unit = {"months": "period", "days": "period", "date": "day", "time": "day",
                "semester": "half"}.get(unit, unit)
        year = common_era_year(f.get("y"))
        if f.get("bare"):
            return SamePeriod(CalendarPeriod("year", None, year_shift=0), years_back=0,
                              bare=True)
        if year is not None:
            return SamePeriod(CalendarPeriod("year", year), year=year, unit=unit)
        if f.get("yb") or f.get("back") or key(f.get("rel") or "").removeprefix("the ") == "last":
            # "a year earlier", "last year": the year before the stretch compared; with no
            # quarter (half, week) named, the last complete one a year before; with no month
            # named, the reference's own month a year back (a monthly figure told in its
            # month: "the first batch issued in the same month last year"; TIMEX3's anchor)
            fallback: CalendarPeriod | RelativePeriod = \
                CalendarPeriod("year", None, year_shift=-1) if unit == "period" else \
                RelativePeriod("day", -DAYS_PER_YEAR) if unit == "day" else \
                RelativePeriod(unit, -_PER_YEAR[unit]) if unit == "month" else \
                RelativePeriod(unit, -(_PER_YEAR[unit] + 1))
            return SamePeriod(fallback, years_back=1, unit=unit)
        return SamePeriod(CalendarPeriod("year", None, year_shift=0), unit=unit)

    def _previous_season(self, f: Fields, text: str, start: int, end: int
                         ) -> Expression | None:
        """"the previous campaign": the split year the text named last, a year back (the
        tagger finds it; no date when the text named none)."""
        return SamePeriod(CalendarPeriod("year", None, year_shift=-1), years_back=1,
                          unit="season")

    def _that_season(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"That autumn": the season of the year the text gave last (counted from it)."""
        record = self.lex.seasons.get(key(f.get("s") or ""))
        return RelativePeriod("season", 0, record.code, counted=True) if record else None

    def _this_time_last(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"this time last year": the day a year back, as "the same date last year"."""
        return SamePeriod(RelativePeriod("day", -DAYS_PER_YEAR), years_back=1, unit="day")

    def _first_months(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the first nine months of 2025", "the first three quarters of the year": January to
        the last month counted."""
        amount = self._amount(f.get("n") or f.get("n2"))
        if amount is None or amount[0] is None:
            return None
        months = amount[0] * (3 if f.get("qs") or f.get("qs2") else 1)
        if not 1 <= months <= 12:
            return None
        if f.get("n2"):  # "the first nine months": of the year (the last one, if mostly ahead)
            if months == 12:  # ("repaid in the first 12 months": of a loan; a year's twelve
                return None  # months are "the year")
            return CalendarRange(CalendarPeriod("month", None, 1, year_shift=0, the_year=True),
                                 CalendarPeriod("month", None, months, year_shift=0))
        first = 13 - months if key(f.get("fl") or "first") in ("last", "final") else 1
        year, shift = first_number(f.get("y")), self._year_shift(f)
        return CalendarRange(CalendarPeriod("month", year, first, year_shift=shift),
                             CalendarPeriod("month", year, first + months - 1, year_shift=shift))

    def _window(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the 12 months to February": the months (or days: "the week ended Feb. 28")
        ending with the month or day written."""
        if not f.get("m") and not f.get("m2") and not f.get("wd"):  # "the nine months of 2025"
            return self._first_months(f, text, start, end) if f.get("n") else None
        unit = self._unit(f.get("u"))
        amount = self._amount(f.get("n")) if f.get("n") else (1, False)
        plural = self.lex.unit_is_plural.get(key(f.get("u") or ""), False)
        if unit is None or amount is None or amount[0] is None or amount[1] or \
                plural != (amount[0] != 1):
            return None  # "the months to come"; "the one months"
        if f.get("wd"):  # "the week to Friday": the seven days ending with that weekday
            weekday = self.lex.weekdays.get(key(f["wd"] or ""))
            days = amount[0] * unit[2] * (7 if unit[1] == "W" else 1)
            if unit[1] == "TH":  # "the 72 hours through Tuesday morning": from the day the
                # hours began (Saturday) to that one
                days = -(-amount[0] * unit[2] // HOURS_PER_DAY) + 1
            elif unit[1] not in ("W", "D"):
                return None
            if weekday is None or not 1 < days <= 31:
                return None
            tail = text.rfind(f["wd"] or "", start, end) - start if unit[1] == "TH" else 0
            return Window(RelativePeriod("weekday", 0, weekday, direction=None), days=days,
                          tail=max(0, tail))
        month = self._month_of(f.get("m") or f.get("m2"))
        day, year = f.get("d") or f.get("d2"), f.get("ey") or f.get("ey2")
        if month is None:
            return None
        last = self._day_point(day, month, year) if day else \
            CalendarPeriod("month", common_era_year(year), month)
        if last is None:
            return None
        letter, count = unit[1], amount[0] * unit[2]
        ended = f.get("ended") is not None
        if letter in ("M", "Y", "Q"):
            months = count * {"M": 1, "Y": 12, "Q": 3}[letter]
            return Window(last, months=months, ended=ended) \
                if 0 < months <= WINDOW_MONTHS else None
        if letter in ("W", "D") and day:  # "the week ended Feb. 28": its seven days
            days = count * (7 if letter == "W" else 1)
            return Window(last, days=days, ended=ended) if 1 < days <= WINDOW_DAYS else None
        return None

    def _week_of(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the week of March 23": the seven days from the day written."""
        first = self._day_point(f.get("d") or f.get("d2"),
                                self._month_of(f.get("m") or f.get("m2")), f.get("ey"))
        return Window(first, days=DAYS_PER_WEEK, starting=True) if first is not None else None

    def _year_part_shift(self, f: Fields, text: str, start: int, end: int) -> \
            Expression | None:
        """"last year's fourth quarter", "this year's first half": that part of the year the
        shift names."""
        unit = key(f.get("u") or "")
        number = self._ordinal(f.get("ord"), 4 if unit == "quarter" else 2)
        shift = self.lex.shifts.get(key(f.get("rel") or ""))
        if number is None or shift is None:
            return None
        return CalendarPeriod(unit, None, part=number, year_shift=shift)

    def _ordinal(self, word: str | None, last: int) -> int | None:
        if not word:
            return None
        value = self.lex.ordinals.get(key(word))
        if value is None or value > last:
            return None
        return last if value == -1 else value

    def _quarter(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        if f.get("h"):  # "1H 2025"
            return self._half({"n": f.get("n"), "y": f.get("hy"), "yy": f.get("hyy")},
                              text, start, end)
        number = first_number(f.get("n") or f.get("qn")) if f.get("n") or f.get("qn") else \
            ROMAN_QUARTERS.get(f.get("rq") or "") if f.get("rq") else \
            4 if key(f.get("ord") or "") == "last" else self._ordinal(f.get("ord"), 4)
        if number is None:
            return None
        if f.get("fys"):  # "Q1 2026-27": the fiscal year named by the year it ends in
            first_year = int(f["fys"] or 0)
            last_year = first_year // 100 * 100 + int(f.get("fye") or 0)
            if last_year != first_year + 1:
                return None  # "Q1 2026-28": no one fiscal year
            return CalendarPeriod("quarter", last_year, part=number, fiscal=True)
        year = first_number(f.get("y") or f.get("fy4"))
        short = f.get("yy") or f.get("fyy")
        if year is None and short:
            year = 2000 + int(short)
        if year is None and not f.get("rel") and self._in_game(text, start, end):
            return None  # "scored twice in the fourth quarter": a part of a game
        edge = key(f.get("qe") or "").split()[1:2]  # "the end of": END
        mod = None if not edge else "END" if edge[0] in ("end", "close") else "START"
        return CalendarPeriod("quarter", year, part=number, year_shift=self._year_shift(f),
                              fiscal=bool(f.get("fy") or f.get("fq") or f.get("fyw")),
                              mod=mod)

    def _in_game(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence around a year-less quarter or half tells a game ("scored",
        "halftime", "goals"): a part of the game, not of the year."""
        if self._sports is None:
            return False
        left = max(0, start - GAME_REACH)
        for stop in _GAME_SENTENCE_STOP.finditer(text, left, start):
            left = stop.end()
        right_stop = _GAME_SENTENCE_STOP.search(text, end, end + GAME_REACH)
        right = right_stop.start() if right_stop else min(len(text), end + GAME_REACH)
        return self._sports.search(text, left, right) is not None

    def _quarter_months(self, f: Fields, text: str, start: int, end: int) -> \
            Expression | None:
        """"the October-December quarter": the calendar quarter its months bound."""
        if f.get("m3"):  # "the September quarter": the one ending in September
            last = self._month_of(f.get("m3"))
            size = 3 if f.get("part") == "quarter" else 6
            if last is None or last % size:
                return None
            return CalendarPeriod("quarter" if size == 3 else "half", first_number(f.get("y")),
                                  part=last // size, year_shift=self._year_shift(f),
                                  fiscal=bool(f.get("fy")))
        m1, m2 = self._month_of(f.get("m1")), self._month_of(f.get("m2"))
        if m1 is None or m2 != m1 + 2 or m1 % 3 != 1:
            return None
        return CalendarPeriod("quarter", first_number(f.get("y")), part=m1 // 3 + 1,
                              year_shift=self._year_shift(f), fiscal=bool(f.get("fy")))

    def _month_half(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the first half of January": its days 1-15; "the second half": 16 to its end;
        "... of the month": of the month the text named last (else the reference's), "... of
        next month": of the month after the reference's."""
        number = self._ordinal(f.get("ord"), 2)
        if number in (1, 2) and f.get("tm"):
            shift = self.lex.shifts.get(key(f["tm"]), 0)  # "next": 1; "the", "this": 0
            return RelativePeriod("month", shift, counted=not shift,
                                  edge="first" if number == 1 else "after", days=MID_MONTH)
        month = self._month_of(f.get("m"))
        if number not in (1, 2) or month is None:
            return None
        year = common_era_year(f.get("y1"))
        if number == 1:
            first = CalendarPeriod("day", year, month, 1)
            last = CalendarPeriod("day", year, month, MID_MONTH)
        else:
            first = CalendarPeriod("day", year, month, MID_MONTH + 1)
            last = CalendarPeriod("month", year, month)
        return CalendarRange(first, last)

    def _half(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        number = first_number(f.get("n")) if f.get("n") else self._ordinal(f.get("ord"), 2)
        if number is None:
            return None
        year = first_number(f.get("y"))
        if year is None and f.get("yy"):  # "2H'24"
            year = 2000 + int(f["yy"] or 0)
        if year is None and not f.get("rel") and self._in_game(text, start, end):
            return None  # "21 points in the second half": a part of a game
        return CalendarPeriod("half", year, part=number,
                              year_shift=self._year_shift(f), fiscal=bool(f.get("fy")))

    def _season(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        record = self.lex.seasons.get(key(f.get("s") or ""))
        if record is None:
            return None
        year = first_number(f.get("y"))
        if year is not None and f.get("sy2") and int(f["sy2"]) != (year + 1) % 100:
            return None  # "the winter of 2024-25" is one winter; "2024-27" no season
        anchored = year is not None or f.get("q") or f.get("ys")
        if not anchored and record.needs_anchor:
            return None
        if not anchored:
            _before, last_word = self._previous_words(text, start)
            if last_word not in self.lex.month_preps:
                return None
            if last_word in self._generic_season_preps and \
                    key(text[start:end]) == key(f.get("s") or ""):
                return None  # "a day in summer", "over winter": a time of any year
            noun = LOWER_WORD_AFTER.match(text, end)
            if (noun is not None and noun.group(1) in self._season_nouns) or \
                    _SEASON_OF_ACTIVITY.match(text, end):
                return None  # "after autumn rains came late", "before the summer holiday";
                # "the winter ski season", "the summer peak season": a kind of season
        return self._shifted(CalendarPeriod("season", year, part=record.code,
                                            mod=self._mod(f.get("q"))), f.get("ys"))

    def _century(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        number = first_number(f.get("n")) if f.get("n") else \
            self.lex.centuries.get(key(f.get("w") or ""))
        if not number or number > 22:
            return None
        if text[end - 8:end - 7] in _HYPHENS and _WORD_AFTER.match(text, end):
            return None  # "the sale of 20th-century art": a modifier ("two-year"), no date
        return CalendarPeriod("century", (number - 1) * 100, mod=self._mod(f.get("q")))

    def _decade(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        if f.get("dec"):
            year = int(f["dec"] or 0)
            if year % 100 == 0 and year < 2000:  # "the 1800s": the century (TIMEX3 "18")
                return CalendarPeriod("century", year, mod=self._mod(f.get("q")))
        else:
            short = int(f.get("short") or 0)
            year = 1900 + short if short >= 20 else 2000 + short
        return CalendarPeriod("decade", year, mod=self._mod(f.get("q")))

    def _era_half(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the second half of the 1980s" (1985-1989), "the first half of the 20th century"
        (1900-1949): those years."""
        number = self._ordinal(f.get("ord"), 2)
        era = self._decade(f, text, start, end) if f.get("dec") or f.get("short") else \
            self._century(f, text, start, end)
        if number is None or not isinstance(era, CalendarPeriod) or era.year is None:
            return None
        length = 100 if era.unit == "century" else 10
        first = era.year + (number - 1) * length // 2
        return CalendarRange(CalendarPeriod("year", first),
                             CalendarPeriod("year", first + length // 2 - 1))

    def _century_part(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the turn of the century" (2000), "the first decade of the century" (2000-2009):
        "the century" alone is the one the texts are written in (TEXTS_CENTURY)."""
        if f.get("n") or f.get("w"):
            era = self._century(f, text, start, end)
            if not isinstance(era, CalendarPeriod) or era.year is None:
                return None
            first_year = era.year
        else:
            first_year = TEXTS_CENTURY
        if f.get("turn"):
            return CalendarPeriod("year", first_year)
        number = self._ordinal(f.get("ord"), 10)
        if number is None:
            return None
        return CalendarPeriod("decade", first_year + (number - 1) * 10)

    def _decade_word(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the nineties", "the late sixties": a decade of the 20th century."""
        year = self.lex.decades.get(key(f.get("w") or ""))
        if year is None:
            return None
        return CalendarPeriod("decade", year, mod=self._mod(f.get("q")))

    def _short_year(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"in '98" (after a period preposition): 1930-2029 for the two digits."""
        short = first_number(f.get("yy"))
        if short is None:
            return None
        return CalendarPeriod("year", 1900 + short if short >= 30 else 2000 + short)

    def _holiday(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        name = key(f.get("h") or "")
        rule = self.lex.feasts.get(name)
        if rule is not None:  # "before Easter", "during Ramadan": its day(s) that year
            return CalendarPeriod("feast", first_number(f.get("y")), part=rule)
        day = self.lex.holidays.get(name)
        if day is None:
            return None
        return CalendarPeriod("day", first_number(f.get("y")), day[0], day[1])

    def _year(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        calendar = bool(f.get("cal") or f.get("cy"))  # "calendar 2025", "CY25": no fiscal year
        if f.get("yy") or f.get("y4"):  # "FY 2024-25", "financial year 2023-24", "the
            # 2026/2027 fiscal year": the years it touches
            year = first_number(f.get("y") or f.get("y2")) or \
                2000 + (first_number(f.get("fyy")) or 0)
            fiscal = bool(f.get("fy") or f.get("fy2")) and not calendar
            last = first_number(f.get("y4")) or year // 100 * 100 + (first_number(f.get("yy")) or 0)
            if last <= year and not f.get("y4"):
                last += 100  # "1999-00" ends in 2000
            if not year < last <= year + 1:
                return None
            return CalendarRange(CalendarPeriod("year", year, fiscal=fiscal),
                                 CalendarPeriod("year", last, fiscal=fiscal))
        if f.get("fy2"):  # "FY2024", "FY25"
            year = first_number(f.get("y2")) or 2000 + (first_number(f.get("fyy")) or 0)
            return CalendarPeriod("year", year, fiscal=not calendar)
        edge = self._qualifier(f.get("edge")) if f.get("edge") else None
        # "the beginning of 2025" stays the year: its edge is kept as ``part``, so that only
        # "early 2025" is cut to its first third
        return CalendarPeriod("year", first_number(f.get("y")),
                              mod=self._mod(f.get("q") or f.get("edge")),
                              part=edge.month_day if edge else None,
                              fiscal=bool(f.get("fy") or f.get("fy2")) and not calendar)

    def _fiscal_pair(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"FY22-FY25": from the first named fiscal year to the last (TIMEX3 FY2022/FY2025;
        the component gives them the country's months, each year named as "FY25" is)."""
        first, last = (first_number(f.get(name)) for name in ("a", "b"))
        if first is None or last is None:
            return None
        first, last = (year + 2000 if year < 100 else year for year in (first, last))
        if not first < last <= first + SHORT_RANGE_YEARS:
            return None
        return CalendarRange(CalendarPeriod("year", first, fiscal=True),
                             CalendarPeriod("year", last, fiscal=True))

    def _numbered(self, text: str, start: int, words: tuple[str, str] | None = None) -> bool:
        """Whether the words before a number (``words``: the two before it, if read) make it a
        number, not a year ("No. 2019", "Room 1998", "flight EK 2024")."""
        before, previous = words or self._previous_words(text, start)
        if (previous in self.lex.blocked_before or f"{before} {previous}" in
                self.lex.blocked_before) and \
                f"{before} {previous}" not in self.lex.allowed_before:
            return True
        if before in self.lex.code_before and 2 <= len(previous) <= 3:
            written = text[start - len(previous) - 1:start - 1]
            return written.isupper() or any(char.isdigit() for char in written)
        return False

    def _birth_year(self, text: str, start: int, before: str, previous: str) -> bool:
        """Whether the words before a year make it a person's year of birth ("born in 1979",
        "b. 1988"; year_blockers.jsonl birth_before), not births counted in a year ("16,900
        children were born in 2026", "the number of babies born in 2026")."""
        if previous in self.lex.birth_before:
            words = 1
        elif f"{before} {previous}" in self.lex.birth_before:
            words = 2
        else:
            return False
        if previous.endswith(".") and words == 1:
            return True  # "b. 1988": a docket's or a list's abbreviation, never a count
        cue = text.rfind(before if words == 2 else previous, max(0, start - 40), start)
        lead = text[max(0, cue - BIRTH_COUNT_REACH):max(0, cue)]
        lead = _CLAUSE_BREAK.split(lead)[-1]
        return _BIRTHS_COUNTED.search(lead) is None

    def _event_named(self, text: str, start: int, end: int) -> bool:
        """Whether a year stands between a capitalized word and capitalized words ending in an
        event's noun ("Beijing 2022 Winter Olympics", "Paris 2024 Games"): the name's number,
        no date; a title-case headline's other nouns stay dates ("Refinance 2028 Debt")."""
        if not self.lex.event_after or text[end:end + 1] not in " \t":
            return False
        after = _CAPITALS_AFTER.match(text, end)
        if after is None or not any(word in self.lex.event_after
                                    for word in after.groups() if word):
            return False
        return _CAPITAL_BEFORE.search(text, max(0, start - LAW_NAME_REACH), start) is not None

    def _name_headed(self, text: str, start: int, end: int) -> bool:
        """Whether a year stands between a capitalized word and a lower-case noun that heads
        a name ending in a year ("the Portugal 2030 programme", "the We the UAE 2031
        vision", "the Expo Quinua Real 2028 fair"; year_blockers.jsonl head_after)."""
        if not self.lex.head_after:
            return False
        following = NEXT_WORD.match(text, end)
        if following is None or following.group(1) not in self.lex.head_after:
            return False
        name = _NAME_BEFORE.search(text, max(0, start - LAW_NAME_REACH), start)
        # (not a sentence's first word: "In 2026 programme spending rose")
        return name is not None and _SENTENCE_OPEN.search(
            text, max(0, name.start() - 3), name.start()) is None and \
            name.group().strip().lower() not in self.lex.period_preps

    def _bare_year(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        year = first_number(f.get("y"))
        if year is None:
            return None
        if _DESIGNATION_AFTER.match(text, end):
            return None  # an asteroid's designation: "2019 TK7", "2024 YR4"
        if text[end:end + 1] == "@" or text[start - 1:start] == "@":
            return None  # an e-mail address: "1910@customs.gov"
        groups = _DIGIT_GROUPS_AFTER.match(text, end)
        if groups is not None and not all(_YEAR_SHAPE.fullmatch(group)
                                          for group in groups.groups()):
            return None  # a phone number: "contact the hotline on 1800 595 160"
        before, previous = self._previous_words(text, start)
        if self._numbered(text, start, (before, previous)):
            return None
        if text[start - 1:start] == "(" and self._numbered(text, start - 1):
            return None  # a number in brackets after its label: "the hotline number (1910)"
        if self._birth_year(text, start, before, previous):
            return None  # a person's year of birth: "a citizen born in 1979", "R. M., b. 1988"
        # (the line's start, or BREADCRUMB_REACH characters back on a longer line: never the
        # text before the line)
        line_start = max(text.rfind("\n", 0, start) + 1, start - BREADCRUMB_REACH)
        if len(_BREADCRUMB_STEP.findall(text, line_start, start)) >= 2:
            return None  # a page's breadcrumb trail ("Home / News / News 2025")
        if previous == "of" and _NUMBER_OF_BEFORE.search(text, max(0, start - 32), start):
            return None  # a case's or law's number: "Criminal Case No. E012 of 2023"
        name = NAME_WORD_BEFORE.search(text, max(0, start - LAW_NAME_REACH), start)
        if name is not None and name.group(1) in self.lex.name_before:
            return None  # the year of a law's name ("the Narcotics Control Act, 2018")
        if self._event_named(text, start, end):
            return None  # the year inside an event's name ("the Beijing 2022 Winter Olympics")
        if _quoted_name_year(text, start, end):
            return None  # a quoted name's year ("the film "Ljeto 1995"")
        if self._name_headed(text, start, end):
            return None  # a name's year before its head ("the Portugal 2030 programme")
        if (previous.isdigit() or previous[:1] == "+") and not (
                _is_year_word(previous) and (not before.isdigit() or _is_year_word(before))
                and before[:1] != "+"):
            # a phone number: "+1 202 555 2020"; years side by side stay ("Drug  2024  2023",
            # "2022  2023  2024  2025": a table's column headers)
            return None
        following = NEXT_WORD.match(text, end)
        if following and key(following.group(1)) in self.lex.blocked_after:
            return None
        if following and previous in _ARTICLES and following.group(1)[:1].isupper():
            return None  # a model's year: "a 2019 Nissan sedan"
        if not 1900 <= year <= 2049 and previous not in self.lex.period_preps:
            return None
        return CalendarPeriod("year", year)
