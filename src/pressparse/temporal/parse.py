"""From a grammar match to an :class:`Expression` and the character span it covers."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from itertools import pairwise
from typing import NamedTuple

from ..lru import LRUCache
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
from .fallback import parse_day
from .lexicon import Lexicon, QualifierRecord, RelativeRecord, key
from .patterns import NEVER, Grammar, alternation
from .periods import hijri_to_gregorian, solar_hijri_to_gregorian, valid_day
from .timex import duration_timex

_DIGITS = re.compile(r"[0-9]+")
_NOT_WORD = re.compile(r"[^\w.$€£#№]")
_NEXT_WORD = re.compile(r"\s*([^\W\d]+|%)")
_TITLE_PREFIX = re.compile(r"^(?:[Bb]etween)\s+")
_NAMED_AFTER = re.compile(r" [A-Z][a-z]")  # a capitalised word right after
_LEADING_PREP = re.compile(r"(?:[Ii]n|[Aa]t)\s+")  # left out of a fixed phrase's span
# Units placed relative to the reference through a coarser or finer one: (unit, amount per).
_PLACED_AS = {"fortnight": ("week", 2), "decade": ("year", 10), "century": ("year", 100)}
_HOURS_PER = {"hour": 1, "minute": 0}  # "48 hours ago" is two days before the reference
DAYS_PER_WEEK = 7  # also "the week of March 23": seven days from it
HOURS_PER_DAY = 24  # "the 72 hours to Tuesday": the days those hours reach into
_HYPHENS = frozenset("-‐")
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")  # a word after a span (a noun it modifies)
_SPAN_WORDS = frozenset({"past", "last", "next", "coming"})  # "the past year" spans a year
# "the previous year", "the following month": counted from the last date given, not from the
# publication date ("In 2024 ... (previous year: 35 t)" is 2023).
_COUNTED_UNITS = frozenset({"month", "quarter", "half", "year"})
_PER_YEAR = {"quarter": 4, "half": 2, "month": 12, "week": 52}  # a unit's count in a year
DAYS_PER_YEAR = 365  # "the same date last year" with no day given: the reference's, a year back
FISCAL_YEAR_MONTHS = 12  # "during the fiscal year": the last stretch of twelve months given
# TIMEX3 letters of the units "the past N <unit>" counts back from the reference: per day.
_BACK_FROM_REFERENCE = {"TH": 24, "D": 1}
# ... and days or months per unit: "the past two weeks", "the last three months", "the past
# two years" reach back whole weeks or months.
_DAYS_BACK = {"W": 7}
_MONTHS_BACK = {"M": 1, "Y": 12}
WEEKDAY_BRACKET_REACH = 14  # characters of "Wednesday (" before a numeric day it glosses
TEXTS_CENTURY = 2000  # the first year of the century "the century" alone names in news text
_VAGUE_LETTER = {"decade": "DE", "century": "CE"}  # TIMEX3 "PXDE": some decades
WINDOW_MONTHS = 60  # "the 12 months to February" reaches back at most five years
WINDOW_DAYS = 366
SHORT_RANGE_YEARS = 20  # a range written "2024-26" spans at most this many years


def numeric_day_first(text: str, numeric: re.Pattern[str],
                      us_text: re.Pattern[str] | None = None) -> bool:
    """False only when the text's numeric dates are clearly month-first (US: 07/24/2019), or
    none of them shows the order and ``us_text`` finds a sign that the text is American."""
    month_first = day_first = 0
    for match in numeric.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    if not month_first and not day_first and us_text is not None:
        return us_text.search(text) is None
    return not (month_first and not day_first)


def us_text_regex(cues: dict[str, list[str]]) -> re.Pattern[str] | None:
    """Finds a sign of an American text: a named institution anywhere, a dateline city
    ("WASHINGTON -") or a dateline with an AP state abbreviation ("MIAMI, Fla. -")."""
    options = []
    if cues.get("anywhere"):
        options.append(r"(?<![\w])" + alternation(cues["anywhere"], exact=True) + r"(?![\w])")
    if cues.get("dateline"):
        options.append(r"(?m:^)[ \t]*" + alternation(cues["dateline"], exact=True)
                       + r"\s*(?:,|[-–—]|\([A-Z][\w .&-]{0,20}\)\s*[-–—])")  # "(Reuters) -"
    if cues.get("state"):
        options.append(r"(?m:^)[ \t]*[A-Z][A-Z .'’-]{1,30},\s+" + alternation(
            cues["state"], exact=True) + r"(?:\s+|,\s*)(?:[-–—]|\()")
    return re.compile("|".join(options)) if options else None


def _is_name(text: str, start: int, end: int) -> bool:
    """Whether a weekday at start..end is part of a name: "the Sunday Times"."""
    return _NAMED_AFTER.match(text, end) is not None and \
        text[max(0, start - 4):start] in ("the ", "The ")


NAME_REACH = 12  # characters before a weekday read for a name word ("Black Friday")
GENERIC_REACH = 24  # characters before a weekday read for an article ("a normal Sunday")


def word_of(text: str | None) -> str:
    """The lookup key of an optional matched word ("" when none)."""
    return key(text) if text else ""


# Forms whose handler reads the words around the match (blockers, cues): never cached.
CONTEXT_FORMS = frozenset({"year", "duration", "duration_adj", "season", "month_cell", "ago",
                           "numeric_cell", "month_poss", "quarter", "half",
                           "range_year", "month_line_end", "anaphor_period"})
_CELL_SEPARATORS = "|\t"
CACHE_SIZE = 10000
# Forms whose handler reads ``Parser.day_first`` (numeric dates: 05/07/2019).
DAY_ORDER_FORMS = frozenset({"numeric", "range_numeric", "between_numeric", "numeric_short",
                             "numeric_days"})
_NOT_SHORT_DATES = frozenset({(24, 7)})  # "on 24/7": around the clock
_NUMERIC_SLASH = re.compile(r"(?<![\w/])([0-9]{1,2})(/)([0-9]{1,2})/[0-9]{4}(?![\w/])")


# An event named after "the day before/after" ("the day before the session", "... its launch")
_EVENT_AFTER = re.compile(r"[ \t]+(?:the|a|an|its|his|her|their|this|that)[ \t]+[^\W\d]"
                          r"|[ \t]+[A-Z][a-z]")
_OF_AFTER = re.compile(r"[ \t]+of(?![\w])")
_LABEL_END = re.compile(r"[ \t]*(?::|\n|\Z)")  # a heading's label ends: "Cases of the week:"
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)(?![\w])")  # a lower-case word after a span
# a bare season naming the kind of a season after it ("the winter ski season")
_SEASON_OF_ACTIVITY = re.compile(r"(?:[ \t]+[a-z][a-z-]*){0,2}[ \t]+seasons?(?![\w])")
# A line of a data calendar opens with its clock time ("1330 U.S. Retail sales Jan")
_CALENDAR_LINE = re.compile(r"[ \t]*(?:[01][0-9]|2[0-3]):?[0-5][0-9][ \t]")
_QUESTION_AFTER = re.compile(r"[ \t]*\?")  # "What does it look like today?"
_SENTENCE_OPENERS = ".!?\n–—-\"“:"  # what may stand before a word opening a sentence
SENTENCE_OPENING_REACH = 8  # characters read back for a sentence's start
MIN_MONTH_DAYS = 28  # days of the shortest month
DECADE_DAYS, DECADES_PER_MONTH = 10, 3  # a month's "decades": 1-10, 11-20, 21 to its end
HALF_MONTH = 15  # the last day of a month's first fortnight ("quincena")
_THAN_AFTER = re.compile(r"\s+than(?![\w])")  # "earlier than planned": a comparison
_NAME_WORD_BEFORE = re.compile(r"(?<![\w])([A-Z][a-z]+)(?:,|[ \t]+of)?[ \t]+$")
# a capitalized word right before a year, and up to three after it ("Beijing 2022 Winter
# Olympics"): a year inside a name
_CAPITAL_BEFORE = re.compile(r"(?<![\w])[A-Z][a-z]+[ \t]+$")
_CAPITALS_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)(?:[ \t]+([A-Z][a-z]+))?(?:[ \t]+([A-Z][a-z]+))?")
_BREADCRUMB_STEP = re.compile(r"[ \t](?:/|>|»|›)[ \t]")
BREADCRUMB_REACH = 120  # characters before a year read for its line's breadcrumb steps
# A clock time right after two weekdays: the hours of a schedule ("Monday to Friday 8am-4pm")
_HOURS_AFTER = re.compile(r",?[ \t]*(?:from[ \t]+|between[ \t]+)?[0-9]{1,2}(?:[:.][0-9]{2})?"
                          r"[ \t]*(?:[ap]\.?m\b|[AP]\.?M\b|h(?![a-z])|[:.][0-9]{2})")
_DESIGNATION_AFTER = re.compile(r"[ \t][A-Z]{2}[0-9]{1,3}(?![\w])")  # "2019 TK7"
# A phone number's next two digit groups ("on 1800 595 160", "1800 806 292"); years side by
# side ("2024 2023 2022", a table's column headers) are told apart by the groups' shapes
_DIGIT_GROUPS_AFTER = re.compile(r"[ \u00a0]([0-9]{3,4})[ \u00a0-]([0-9]{2,4})(?![\w.,]?[0-9])")
_YEAR_SHAPE = re.compile(r"(?:19|20)[0-9]{2}")
# A split year: two consecutive years as one, the second short or after a slash ("2025/26",
# "2023–24", "2024/2025"), not "2018-2019"
_SPLIT_YEAR = re.compile(r"[0-9]{4}\s*(?:/\s*[0-9]{2}(?:[0-9]{2})?|[-–—‐]\s*[0-9]{2})(?![0-9])")
_WORDS_AFTER = re.compile(r"\s+((?:[^\W\d_]+\s*){1,3})")
_ARTICLES = frozenset({"a", "an"})  # "a 2019 Nissan": a model's year ("the 2024 Olympics" is one)
MID_MONTH = 15  # the last day of a month's first half
GAME_REACH = 120  # characters either side of a quarter or half read for a game's words
_GAME_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
LAW_NAME_REACH = 20  # characters before a year read for a law name's last word ("Act, ")


def _is_year_word(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2049


_MONTH_SHIFTS = {"this": 0, "the current": 0, "last": -1, "the previous": -1, "next": 1}

COMMON_YEAR = 2025  # a year of 365 days: a year-less month's length (February: 28 days)


class Found(NamedTuple):
    """One expression found in the text: character offsets and meaning."""

    start: int
    end: int
    expression: Expression
    form: str


Fields = dict[str, str | None]


BUDDHIST_ERA_OFFSET = 543  # 2568 BE = 2025 CE
BUDDHIST_ERA_FROM = 2400  # a written year from here on is a Buddhist-era year
ROC_ERA_OFFSET = 1911  # Republic of China (Minguo) era, Taiwan: ROC year 114 = 2025 CE


def roc_year(text: str | None) -> str | None:
    """A written Republic of China era year as its Common-era year ("114" -> "2025")."""
    year = _int(text)
    return None if year is None else str(year + ROC_ERA_OFFSET)


def _year(text: str | None) -> int | None:
    """A written year as a Common-era year ("2568" and "2568 (2025)" -> 2025)."""
    year = _int(text)
    if year is not None and year >= BUDDHIST_ERA_FROM:
        return year - BUDDHIST_ERA_OFFSET
    return year




def _period_noun(record: RelativeRecord) -> bool:
    """"the quarter", "the semester": a date only where it refers back to the period the text
    named (:meth:`Parser._refers_back`)."""
    return record.unit in ("quarter", "half") and not record.vague


def _of_the_year(expression: Expression | None) -> Expression | None:
    """A period "of the year" (not "of this year"): marked so that a stretch mostly ahead of
    the reference is read in the year before ("the first 11 months of the year" in January)."""
    if isinstance(expression, CalendarPeriod) and expression.year_shift == 0:
        return replace(expression, the_year=True)
    if isinstance(expression, CalendarRange) and expression.first.year_shift == 0:
        return CalendarRange(replace(expression.first, the_year=True), expression.last)
    return expression


def _written_year(f: Fields, i: int) -> str | None:
    """The year of end ``i`` of a date: four digits, or two after a quote ("March '25")."""
    year = f.get(f"y{i}")
    if year:
        return year
    short = f.get(f"yq{i}")
    if not short:
        return None
    return ("19" if int(short) >= SHORT_YEAR_PIVOT else "20") + short


SHORT_YEAR_PIVOT = 50  # "'98" is 1998, "'25" is 2025


# "No. E012 of ", "No. 35 of ": the number a year closes in a case's or law's reference
_NUMBER_OF_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:[Nn][Oo][Ss]?|NUMBER|[Nn]umber)\.?\s*[A-Za-z]{0,4}[0-9][\w/-]*\s+"
    r"(?:of|OF)\s+$")


_RULE_ROW = re.compile(r"[ \t|+:=-]*-{3}[ \t|+:=-]*")


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


def _int(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    digits = _DIGITS.search(text)
    return int(digits.group()) if digits else None


class Parser:
    """Turns matches of the grammar into expressions, rejecting the ones that are not dates."""

    def __init__(self, lex: Lexicon, grammar: Grammar) -> None:
        self.lex = lex
        # words a counted "the year before" may be followed by and stay a date ("the year
        # before, according to", "the year before and officials expect")
        self._date_followers = frozenset(lex.clause_words.get("word_after_counted_date", []))
        self.grammar = grammar
        self.handlers: dict[str, Callable[[Fields, str, int, int], Expression | None]] = {
            "between_dmy": self._day_range, "range_dmy": self._day_range,
            "between_mdy": self._day_range, "range_mdy": self._day_range,
            "day_period": self._day_range, "day_period_dmy": self._day_range,
            "this_time_last": self._this_time_last, "that_season": self._that_season,
            "between_month": self._month_range, "range_month": self._month_range,
            "month_period": self._month_range,
            "between_year": self._year_range, "range_year": self._year_range,
            "range_numeric": self._numeric_range, "between_numeric": self._numeric_range,
            "dashed": self._dashed, "iso": self._iso, "cjk": self._iso, "roc": self._roc,
            "hijri": self._hijri,
            "same_period": self._same_period, "previous_season": self._previous_season,
            "anaphor_period": self._anaphor_period,
            "iberian": self._iberian, "foreign_dmy": self._iberian,
            "dateline_abbr": self._dateline_abbr,
            "month_pair": self._month_pair,
            "numeric_days": self._numeric_days,
            "week_weekday": self._week_weekday, "year_qual_range": self._year_qual_range,
            "week_of": self._week_of, "iso_week": self._iso_week,
            "last_mdy": self._day,
            "numeric": self._numeric, "month_day_shift": self._month_day_shift,
            "month_day_bare": self._month_day_bare,
            "dmy": self._day, "dot_dmy": self._day, "mdy": self._day, "month_year": self._month,
            "month_qual": self._month, "month_prep": self._month,
            "month_noun": self._month_noun, "month_poss": self._month_poss,
            "month_line_end": self._month_line_end,
            "month_det": self._month_det, "month_days": self._month_days,
            "part_pair": self._part_pair, "season_pair": self._season_pair,
            "day_list": self._day_list,
            "month_end": self._month_end, "month_cell": self._month_cell,
            "numeric_cell": self._numeric_cell,
            "for_units": self._for_units, "numeric_short": self._numeric_short,
            "month_shift": self._month,
            "first_months": self._first_months,
            "window": self._window,
            "year_part_shift": self._year_part_shift, "quarter": self._quarter,
            "quarter_months": self._quarter_months,
            "quarter_code": self._quarter, "year_quarter": self._quarter,
            "quarter_digit": self._quarter, "clock_hhmm": self._clock,
            "half": self._half, "month_half": self._month_half, "half_code": self._half,
            "season": self._season, "solar_year": self._solar_year,
            "fiscal_shift": self._fiscal_shift,
            "decade": self._decade, "year_qual": self._year, "year_word": self._year,
            "year_fiscal_noun": self._year, "year_to_month": self._year_to_month,
            "fiscal_pair": self._fiscal_pair,
            "year": self._bare_year, "ago": self._ago, "the_past": self._the_past,
            "relative_unit": self._relative_unit, "weekday": self._weekday,
            "weekday_pair": self._weekday_pair,
            "relative": self._relative, "set": self._set,
            "day_to_relative": self._day_to_relative,
            "duration_adj": self._duration, "duration": self._duration,
            "century": self._century, "decade_word": self._decade_word,
            "era_half": self._era_half, "century_part": self._century_part,
            "duration_long": self._duration_long, "half_unit": self._half_unit,
            "clock": self._clock,
            "short_year": self._short_year, "holiday": self._holiday,
            "set_count": self._set_count, "set_every": self._set_every,
        }
        self._weekday_name = re.compile(
            r"(?<![\w])(?:" + "|".join(re.escape(w) for w in lex.weekday_name_words) + r") $")
        """A word that makes the weekday after it a name ("Black Friday")."""
        self._weekday_bracket = re.compile(
            r"(?<![\w])(" + alternation(sorted(lex.weekdays)) + r")\.?[ \t]*\(\Z",
            re.IGNORECASE) if lex.weekdays else NEVER
        """A weekday and an opening bracket right before a numeric day ("Thursday (2/4)")."""
        self._anaphoric = frozenset(lex.clause_words.get("anaphoric_shift", []))
        """Shift words that count from the last date the text gave ("the previous month")."""
        articles = lex.clause_words.get("generic_article", [])
        adjectives = lex.clause_words.get("generic_adjective", [])
        self._generic_before = re.compile(
            r"(?<![\w])(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}"
                                       for w in articles) + r")\s+"
            + (r"(?:(?:" + "|".join(map(re.escape, adjectives)) + r")\s+)?" if adjectives
               else "") + r"\Z") if articles else NEVER
        """An indefinite article (and an adjective of any day) right before a weekday: any
        such day, no date ("18% more than on a normal Sunday"; not "said in a statement
        Wednesday")."""
        self._generic_after = re.compile(
            r"\s+of\s+(?:" + "|".join(map(re.escape, articles)) + r")\s+month(?![\w])") \
            if articles else NEVER
        """"of each month" right after a weekday ("on the third Thursday of each month"): a
        day of every month, no date."""
        self.day_order_text: str | Callable[[], str] = ""
        """The text whose numeric dates decide ``day_first`` (read only if one is parsed)."""
        self._day_first: bool | None = True
        self._us_text = us_text_regex(lex.us_cues)
        self._cache: LRUCache[tuple[str, str, bool | None], tuple[Expression, int] | None] = \
            LRUCache(CACHE_SIZE)
        self._names = {form: (names, tuple(f"{form}__{n}" for n in names) or (form,))
                       for form, names in grammar.groups.items()}
        self._sports = re.compile(r"(?<![\w])" + alternation(lex.sports_words, exact=True)
                                  + r"(?![\w])", re.IGNORECASE) if lex.sports_words else None
        """Words that make a year-less quarter or half a part of a game."""
        self._blocker_words = frozenset(phrase.split()[-1] for phrase in lex.blocked_before
                                        if phrase)
        """The last words of the labels that make the number after them no date."""
        self._noun_stops = frozenset(lex.clause_words.get("month_noun_stop", []))
        """Function words: a date phrase before one modifies no noun ("by year-end as")."""
        self._season_nouns = frozenset(lex.clause_words.get("season_modified_noun", []))
        """Nouns a bare season before them names a kind of ("autumn rains", "the summer
        holiday"): no date."""
        self._nowadays_after = frozenset(lex.clause_words.get("nowadays_after", []))
        self._nowadays_possessed = frozenset(lex.clause_words.get("nowadays_possessed", []))
        """Words after a sentence-opening "Today" that make it the present in general."""
        superlatives = lex.clause_words.get("superlative_adjective", [])
        degrees = lex.clause_words.get("superlative_degree", [])
        self._superlative_of = re.compile(
            rf"(?<![\w])[Tt]he\s+(?:{alternation(superlatives, exact=True)}"
            rf"|{alternation(degrees, exact=True)}\s+[a-z]+)\s+(?:[a-z-]+\s+){{0,3}}of\s+$") \
            if superlatives and degrees else NEVER
        """"The largest find of the year", "the most significant cases of the quarter": a
        superlative's noun before "of" and a period (the period the text named), not "the
        rest of the year"."""
        self._tally_nouns = frozenset(lex.clause_words.get("tally_noun", []))
        """"Results of the week", "Main incidents of the week": a report's tally before "of"
        and a period (the period the text named)."""

    @property
    def day_first(self) -> bool:
        """Whether an ambiguous numeric date (05/07/2019) is day first: False only when the
        text's numeric dates are clearly month-first (computed on first use per text)."""
        if self._day_first is None:
            text = self.day_order_text
            if callable(text):  # the whole text, built only now (a doc read in windows)
                text = self.day_order_text = text()
            self._day_first = "/" not in text or numeric_day_first(text, _NUMERIC_SLASH,
                                                                   self._us_text)
        return self._day_first

    @day_first.setter
    def day_first(self, value: bool) -> None:
        self._day_first = value

    def read_day_order_from(self, text: str | Callable[[], str]) -> None:
        """Let ``text`` (or the text a callable gives, called only if needed) decide
        ``day_first`` (when a numeric date is parsed)."""
        self.day_order_text = text
        self._day_first = None

    def parse(self, match: re.Match[str], text: str, offset: int = 0) -> Found | None:
        """The expression a match found, with offsets shifted by ``offset`` (None: not one).

        Forms whose meaning depends only on the matched text are cached by that text.
        """
        form = match.lastgroup
        if form is None:
            return None
        start, end = match.span()
        if form == "numeric" and self._label_before(text, start) and \
                not match.group("numeric__wd") and self._numbered(text, start):
            return None  # "version 2.1.2024", "page 12.3.2024": a number, not a day
        cache_key = None
        if form not in CONTEXT_FORMS:
            cache_key = (form, match.group(),
                         self.day_first if form in DAY_ORDER_FORMS else None)
            if form == "weekday":  # also read: the part of the day after, a name around it
                cache_key += (match.group("weekday__part"), _is_name(text, start, end),
                              self._weekday_name.search(text, max(0, start - NAME_REACH), start)
                              is not None,
                              self._any_such_day(text, start, end))
            elif form == "month_prep":  # "in May and September 2024": the year after
                cache_key += (match.group("month_prep__lm"), match.group("month_prep__ly"))
            elif form == "the_past":  # "in the last nine months" (a stretch) or "over ..."
                cache_key += (self._in_stretch(text, start),)
            elif form == "relative":  # "the day before the session", "the quarter of a city"
                phrase = match.group()
                record = self.lex.relative.get(key(phrase))
                if record is not None and _period_noun(record):  # read as _relative reads it
                    cache_key += (self._refers_back(text, start, end),)
                elif phrase.endswith(("before", "after")):
                    cache_key += (self._complement_after(text, start, end),)
                elif record is not None and record.nowadays:  # "Today our processes look ..."
                    cache_key += (self._nowadays(text, start, end),)
                elif record is not None and record.after_prep:  # "by year-end", "its year-end"
                    cache_key += (self._after_prep(text, start),
                                  self._modifies(text, start, end))
                elif record is not None and (record.closed or record.only_after):  # "on the
                    # day, dealers said"; "on the day of the vote", "for the day"
                    cache_key += (self._heads_after(text, end),
                                  self._previous_words(text, start)[1])
            cached = self._cache.get(cache_key)
            if cached is not None:
                expression, skip = cached
                return Found(start + skip + offset, end + offset, expression, form)
            if cache_key in self._cache:
                return None
        names, full_names = self._names[form]
        values = match.group(*full_names) if len(full_names) > 1 else (match.group(full_names[0]),)
        fields = dict(zip(names, values, strict=True))
        if self._hyphen_missing(fields):
            return None
        frame = "pre" if fields.get("pre") else "frame" if fields.get("frame") else None
        span_start = start
        if frame:
            span_start = match.end(f"{form}__{frame}")
            while span_start < end and text[span_start].isspace():
                span_start += 1
        elif form == "relative":
            prep = _LEADING_PREP.match(text, start, end)
            if prep is not None and prep.end() < end:
                span_start = prep.end()
        expression = self.handlers[form](fields, text, span_start, end)
        if key(fields.get("rel") or "") == "the":  # "of the year", not "of this year"
            expression = _of_the_year(expression)
        if cache_key is not None:
            self._cache[cache_key] = (expression, span_start - start) if expression else None
        if expression is None:
            return None
        return Found(span_start + offset, end + offset, expression, form)

    # -- helpers ---------------------------------------------------------------------------

    def _label_before(self, text: str, start: int) -> bool:
        """A cheap first test for :meth:`_numbered`: whether the word just before ``start``
        could be a number's label (a blocker's last word, or a short code)."""
        if start < 2 or text[start - 1] != " ":
            return False
        word = text[max(0, text.rfind(" ", max(0, start - 24), start - 1) + 1):start - 1]
        if 2 <= len(word) <= 3 and (word.isupper() or not word.isalpha()):
            return True  # a code ("flight EK 2024")
        return word.lower() in self._blocker_words

    def _hyphen_missing(self, fields: Fields) -> bool:
        """Whether a qualifier that needs a hyphen ("end-March") is written without one
        ("to end March 31": the verb)."""
        for name in ("q", "q1", "frame", "edge"):
            written = fields.get(name)
            if written and "-" not in written and "‐" not in written:
                record = self._qualifier(written)
                if record is not None and record.hyphen_only:
                    return True
        return False

    def _month_of(self, name: str | None) -> int | None:
        return self.lex.months.get(key(name)) if name else None

    def _qualifier(self, qualifier: str | None) -> QualifierRecord | None:
        if not qualifier:
            return None
        return self.lex.qualifiers.get(key(qualifier.rstrip("-‐ \t\n")))

    def _mod(self, qualifier: str | None) -> str | None:
        record = self._qualifier(qualifier)
        return record.mod if record else None

    def _year_shift(self, fields: Fields) -> int | None:
        rel = fields.get("rel")
        if not rel:
            return None
        return 0 if key(rel) == "the" else self.lex.shifts.get(key(rel), 0)

    def _in_stretch(self, text: str, start: int) -> bool:
        """Whether the word before ``start`` makes "the last N months" a stretch ("in")."""
        return self._previous_words(text, start)[1] in self.lex.stretch_preps

    def _modifies(self, text: str, start: int, end: int) -> bool:
        """Whether "the" stands before the phrase and a lower-case word other than a function
        word after it ("ahead of the year-end holiday season"): it modifies that word."""
        word = _LOWER_WORD_AFTER.match(text, end)
        return word is not None and word.group(1) not in self._noun_stops and \
            self._previous_words(text, start)[1] == "the"

    def _nowadays(self, text: str, start: int, end: int) -> bool:
        """Whether the phrase means the present in general: a question mark right after it
        ("What does it look like today?"), a possessive before a noun of values or times in
        general ("in today's dollars", "by today's standards"), or it opens its sentence
        before a possessive or quantifier ("Today our processes look very different")."""
        if _QUESTION_AFTER.match(text, end):
            return True
        if text.startswith(("'s", "’s"), end):  # "in today's dollars": the present's values
            possessed = _LOWER_WORD_AFTER.match(text, end + 2)
            return possessed is not None and possessed.group(1) in self._nowadays_possessed
        word = _LOWER_WORD_AFTER.match(text, end)
        if word is None or word.group(1) not in self._nowadays_after:
            return False
        before = text[max(0, start - SENTENCE_OPENING_REACH):start].rstrip(" \t")
        return not before or before[-1] in _SENTENCE_OPENERS

    def _after_prep(self, text: str, start: int) -> bool:
        """Whether a preposition (of a period or a holiday: "by", "at", "until") comes right
        before ``start``, or before a "the" there ("by the year end")."""
        before, last = self._previous_words(text, start)
        if last == "the":
            last = before
        return last in self.lex.period_preps or last in self.lex.holiday_preps \
            or last in self.lex.month_preps

    def _previous_words(self, text: str, start: int) -> tuple[str, str]:
        """The two words before ``start``: (the one before the last, the last), lower case;
        "" where punctuation other than . $ € £ # № comes first."""
        segment = text[max(0, start - 40):start]
        if not segment or not segment[-1].isspace():
            return "", ""
        words: list[str] = []
        for word in reversed(segment.lower().split()[-2:]):
            if _NOT_WORD.search(word):
                break
            words.append(word)
        while len(words) < 2:
            words.append("")
        return words[1], words[0]

    # -- calendar dates --------------------------------------------------------------------

    def _day_point(self, day: str | None, month: int | None, year: str | None) -> \
            CalendarPeriod | None:
        d = _int(day)
        y = _year(year)
        if d is None or month is None or not valid_day(y, month, d):
            return None
        return CalendarPeriod("day", y, month, d)

    def _with_weekday(self, day: CalendarPeriod | None, f: Fields) -> CalendarPeriod | None:
        """A year-less day with the weekday written before it ("Tuesday, Nov. 12"): the
        weekday picks the year."""
        weekday = self.lex.weekdays.get(key(f.get("wd") or ""))
        if day is None or weekday is None or day.year is not None:
            return day
        return replace(day, weekday=weekday)

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
        if f.get("night") and _int(f.get("d2")) != (_int(f.get("d1")) or 0) + 1:
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
        split = _year(f.get("y2")) if f.get("sy") and m2 < m1 else None
        if split is not None and not f.get("y1"):  # "June-May 2026/27": June 2026 to May 2027
            return CalendarRange(CalendarPeriod("month", split, m1),
                                 CalendarPeriod("month", split + 1, m2))
        first = self._shifted(CalendarPeriod("month", _year(_written_year(f, 1)), m1,
                                             mod=self._mod(f.get("q1"))), f.get("ys1"))
        last = self._shifted(CalendarPeriod("month", _year(_written_year(f, 2)), m2,
                                            mod=self._mod(f.get("q2"))), f.get("ys2"))
        return self._range(first, last)

    def _month_pair(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"July and August 2025": the two months as one stretch, when they follow each other
        ("May and September 2025" are two months)."""
        m1, m2 = self._month_of(f.get("m1")), self._month_of(f.get("m2"))
        year = _year(f.get("y"))
        if m1 is None or m2 is None or m2 != m1 + 1:
            return None
        return CalendarRange(CalendarPeriod("month", year, m1), CalendarPeriod("month", year, m2))

    def _year_range(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        # "2026 and 2027" (the grammar takes only years next to each other)
        y1, y2 = _int(f.get("y1") or f.get("y4")), _int(f.get("y2") or f.get("yy") or f.get("y3"))
        if f.get("y5"):  # "2023, 2024 and 2025": each year the one after the one before
            years = [_int(year) for year in
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
        y1, y2 = _int(f.get("y1")), _int(f.get("y2"))
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
        x, y, yr = _int(a), _int(b), _int(year)
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
        first_day = _int(f.get("d1"))
        if last is None or first_day is None or last.date_order != "dmy" or \
                last.day is None or last.month is None:
            return None
        first_month = _int(f.get("m1")) or last.month
        if first_month > last.month or (first_month == last.month and first_day >= last.day) \
                or not valid_day(last.year, first_month, first_day):
            return None
        return CalendarRange(replace(last, month=first_month, day=first_day), last)

    def _numeric_short(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"on 13/10": a day of the reference's year, in the text's order of numeric dates."""
        x, y = _int(f.get("a")), _int(f.get("b"))
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
        if f.get("gm"):  # glued ("14JUL2026", "02FEB26"): the fields are the date
            year = f.get("y") or ""
            return self._day_point(f.get("d"), self._month_of(f.get("gm")),
                                   year if len(year) == 4 else f"20{year}")
        day = parse_day(text[start:end], None)
        if day is None:
            return None
        return CalendarPeriod("day", day.year, day.month, day.day)

    def _iso(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"2025-03-14"; "2025/03/14", "2025.03.14" and ranges of them."""
        if not f.get("y1"):
            return self._day_point(f.get("d"), _int(f.get("m")), f.get("y"))
        first = self._day_point(f.get("d1"), _int(f.get("m1")), f.get("y1"))
        if f.get("m3"):  # "2026.06.20-07.03": the second end in the first's year
            return self._range(first, self._day_point(f.get("d3"), _int(f.get("m3")),
                                                      f.get("y1")))
        if not f.get("y2"):
            return first
        return self._range(first, self._day_point(f.get("d2"), _int(f.get("m2")), f.get("y2")))

    def _roc(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """A date of the Republic of China era, year first ("114-10-03", "114/10/03",
        "民國114年10月3日"): the day of its Common-era year."""
        return self._day_point(f.get("d") or f.get("d2"), _int(f.get("m") or f.get("m2")),
                               roc_year(f.get("y") or f.get("y2")))

    def _hijri(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """A Hijri date: the day of its Gregorian gloss in brackets, else its day in the
        arithmetic Islamic calendar (Umm al-Qura's, to a day)."""
        if f.get("gy"):
            return self._day_point(f.get("gd1") or f.get("gd2"),
                                   self._month_of(f.get("gm1") or f.get("gm2")), f.get("gy"))
        day, month, year = _int(f.get("hd")), self.lex.hijri_months.get(key(f.get("hm") or "")), \
            _int(f.get("hy"))
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
        day, month = _int(f.get("sd")), self.lex.solar_months.get(key(f.get("sm") or ""))
        if day is None or month is None or not 1 <= day <= (31 if month < 7 else 30):
            return None
        year = _int(f.get("sy"))
        gregorian = solar_hijri_to_gregorian(year or 1404, month, day)
        return CalendarPeriod("day", gregorian.year if year else None, gregorian.month,
                              gregorian.day, solar=None if year else (month, day))

    def _solar_year(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the Iranian year 1403": its days, Nowruz to the day before the next Nowruz."""
        year = _int(f.get("sy"))
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
        qualifier = self._qualifier(f.get("q"))
        year = _year(f.get("y"))
        later = self._month_of(f.get("lm"))
        if year is None and later is not None and later > month:
            year = _year(f.get("ly"))  # "in May and September 2024": May 2024
        return self._shifted(CalendarPeriod("month", year, month,
                                            part=qualifier.month_day if qualifier else None,
                                            mod=qualifier.mod if qualifier else None),
                             f.get("ys1"))

    def _month_noun(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"April output", "the May contract": the month of figures or a contract, the
        nearest such month to the reference on either side."""
        month = self._month_of(f.get("m"))
        return CalendarPeriod("month", None, month, nearest=True) if month else None

    def _year_to_month(self, f: Fields, text: str, start: int, end: int) -> \
            Expression | None:
        """"2019 through June 2026": from the year's start to the month's end."""
        first, month, last = _int(f.get("y1")), self._month_of(f.get("m")), _int(f.get("y2"))
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
        first, last, year = _int(f.get("w1")), _int(f.get("w2")), _year(f.get("y"))
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
        month, year = self._month_of(f.get("m")), _year(f.get("y"))
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
        days = [_int(day) for day in [first, *middle, last]]
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
        year = _int(f.get("y"))
        return CalendarRange(CalendarPeriod(unit, year, part=first_part),
                             CalendarPeriod(unit, year, part=last_part))

    def _season_pair(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the spring and summer of 2025": the two seasons of that year, one stretch (the
        second the one after the first)."""
        first = self.lex.seasons.get(key(f.get("s1") or ""))
        second = self.lex.seasons.get(key(f.get("s2") or ""))
        year = _int(f.get("y"))
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
        name = _NAME_WORD_BEFORE.search(text, max(0, start - NAME_REACH), start)
        if name is not None and key(name.group(1)) not in self.lex.period_preps:
            return None
        return self._month_noun(f, text, start, end)

    def _month_end(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"March-end": as "end-March", the month's last day."""
        return self._month({"m": f.get("m"), "y": f.get("y"), "q": "end-"}, text, start, end)

    def _month_day_shift(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the 2nd of this month" (day 2 of the reference's month), "the 28th of last
        month"."""
        day = _int(f.get("d"))
        shift = 0 if f.get("inst") else -1 if f.get("ult") else \
            _MONTH_SHIFTS.get(" ".join((f.get("sh") or "").split()))
        if day is None or shift is None:
            return None
        return RelativePeriod("monthday", shift, target=day)

    def _month_day_bare(self, f: Fields, text: str, start: int, end: int) -> \
            Expression | None:
        """"on the 3rd": that day of the reference's month, or of the month before (after,
        with future wording) when the day is still ahead (past)."""
        day = _int(f.get("d"))
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
        day, month = _int(f.get("a")), _int(f.get("b"))
        if day is None or month is None or not 1 <= month <= 12 or \
                not valid_day(None, month, day):
            return None
        return CalendarPeriod("day", None, month, day, assumption="day_first",
                              date_order="dmy")

    def _iberian(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"20 de febrero de 2026": that day."""
        return self._day_point(f.get("d"), self.lex.foreign_months.get((f.get("m") or "").lower()),
                               f.get("y"))

    def _dateline_abbr(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"Madrid, 11 mar (EFE)": that day, its year the reference's."""
        month = self.lex.dateline_months.get((f.get("m") or "").lower())
        return self._day_point(f.get("d"), month, None)

    def _same_period(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        unit = key(f.get("cu") or f.get("cu2") or "period")
        unit = {"months": "period", "date": "day", "semester": "half"}.get(unit, unit)
        year = _year(f.get("y"))
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
        year, shift = _int(f.get("y")), self._year_shift(f)
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
            CalendarPeriod("month", _year(year), month)
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
        number = _int(f.get("n")) if f.get("n") else \
            4 if key(f.get("ord") or "") == "last" else self._ordinal(f.get("ord"), 4)
        if number is None:
            return None
        year = _int(f.get("y") or f.get("fy4"))
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
            return CalendarPeriod("quarter" if size == 3 else "half", _int(f.get("y")),
                                  part=last // size, year_shift=self._year_shift(f),
                                  fiscal=bool(f.get("fy")))
        m1, m2 = self._month_of(f.get("m1")), self._month_of(f.get("m2"))
        if m1 is None or m2 != m1 + 2 or m1 % 3 != 1:
            return None
        return CalendarPeriod("quarter", _int(f.get("y")), part=m1 // 3 + 1,
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
        year = _year(f.get("y1"))
        if number == 1:
            first = CalendarPeriod("day", year, month, 1)
            last = CalendarPeriod("day", year, month, MID_MONTH)
        else:
            first = CalendarPeriod("day", year, month, MID_MONTH + 1)
            last = CalendarPeriod("month", year, month)
        return CalendarRange(first, last)

    def _half(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        number = _int(f.get("n")) if f.get("n") else self._ordinal(f.get("ord"), 2)
        if number is None:
            return None
        year = _int(f.get("y"))
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
        year = _int(f.get("y"))
        if year is not None and f.get("sy2") and int(f["sy2"]) != (year + 1) % 100:
            return None  # "the winter of 2024-25" is one winter; "2024-27" no season
        anchored = year is not None or f.get("q") or f.get("ys")
        if not anchored and record.needs_anchor:
            return None
        if not anchored:
            _before, last_word = self._previous_words(text, start)
            if last_word not in self.lex.month_preps:
                return None
            noun = _LOWER_WORD_AFTER.match(text, end)
            if (noun is not None and noun.group(1) in self._season_nouns) or \
                    _SEASON_OF_ACTIVITY.match(text, end):
                return None  # "after autumn rains came late", "before the summer holiday";
                # "the winter ski season", "the summer peak season": a kind of season
        return self._shifted(CalendarPeriod("season", year, part=record.code,
                                            mod=self._mod(f.get("q"))), f.get("ys"))

    def _century(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        number = _int(f.get("n")) if f.get("n") else self.lex.centuries.get(key(f.get("w") or ""))
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
        short = _int(f.get("yy"))
        if short is None:
            return None
        return CalendarPeriod("year", 1900 + short if short >= 30 else 2000 + short)

    def _holiday(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        name = key(f.get("h") or "")
        rule = self.lex.feasts.get(name)
        if rule is not None:  # "before Easter", "during Ramadan": its day(s) that year
            return CalendarPeriod("feast", _int(f.get("y")), part=rule)
        day = self.lex.holidays.get(name)
        if day is None:
            return None
        return CalendarPeriod("day", _int(f.get("y")), day[0], day[1])

    def _year(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        calendar = bool(f.get("cal") or f.get("cy"))  # "calendar 2025", "CY25": no fiscal year
        if f.get("yy") or f.get("y4"):  # "FY 2024-25", "financial year 2023-24", "the
            # 2026/2027 fiscal year": the years it touches
            year = _int(f.get("y") or f.get("y2")) or 2000 + (_int(f.get("fyy")) or 0)
            fiscal = bool(f.get("fy") or f.get("fy2")) and not calendar
            last = _int(f.get("y4")) or year // 100 * 100 + (_int(f.get("yy")) or 0)
            if last <= year and not f.get("y4"):
                last += 100  # "1999-00" ends in 2000
            if not year < last <= year + 1:
                return None
            return CalendarRange(CalendarPeriod("year", year, fiscal=fiscal),
                                 CalendarPeriod("year", last, fiscal=fiscal))
        if f.get("fy2"):  # "FY2024", "FY25"
            year = _int(f.get("y2")) or 2000 + (_int(f.get("fyy")) or 0)
            return CalendarPeriod("year", year, fiscal=not calendar)
        edge = self._qualifier(f.get("edge")) if f.get("edge") else None
        # "the beginning of 2025" stays the year: its edge is kept as ``part``, so that only
        # "early 2025" is cut to its first third
        return CalendarPeriod("year", _int(f.get("y")),
                              mod=self._mod(f.get("q") or f.get("edge")),
                              part=edge.month_day if edge else None,
                              fiscal=bool(f.get("fy") or f.get("fy2")) and not calendar)

    def _fiscal_pair(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"FY22-FY25": from the first named fiscal year to the last (TIMEX3 FY2022/FY2025;
        the component gives them the country's months, each year named as "FY25" is)."""
        first, last = (_int(f.get(name)) for name in ("a", "b"))
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

    def _bare_year(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        year = _int(f.get("y"))
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
        line_start = text.rfind("\n", max(0, start - BREADCRUMB_REACH), start) + 1
        if len(_BREADCRUMB_STEP.findall(text, line_start, start)) >= 2:
            return None  # a page's breadcrumb trail ("Home / News / News 2025")
        if previous == "of" and _NUMBER_OF_BEFORE.search(text, max(0, start - 32), start):
            return None  # a case's or law's number: "Criminal Case No. E012 of 2023"
        name = _NAME_WORD_BEFORE.search(text, max(0, start - LAW_NAME_REACH), start)
        if name is not None and name.group(1) in self.lex.name_before:
            return None  # the year of a law's name ("the Narcotics Control Act, 2018")
        if self._event_named(text, start, end):
            return None  # the year inside an event's name ("the Beijing 2022 Winter Olympics")
        if (previous.isdigit() or previous[:1] == "+") and not (
                _is_year_word(previous) and not before.isdigit() and before[:1] != "+"):
            # a phone number: "+1 202 555 2020"; years side by side stay ("Drug  2024  2023":
            # a table's column headers)
            return None
        following = _NEXT_WORD.match(text, end)
        if following and key(following.group(1)) in self.lex.blocked_after:
            return None
        if following and previous in _ARTICLES and following.group(1)[:1].isupper():
            return None  # a model's year: "a 2019 Nissan sedan"
        if not 1900 <= year <= 2049 and previous not in self.lex.period_preps:
            return None
        return CalendarPeriod("year", year)

    # -- relative expressions --------------------------------------------------------------

    def _unit(self, word: str | None) -> tuple[str, str, int, str] | None:
        record = self.lex.units.get(key(word or ""))
        if record is None:
            return None
        return record.unit, record.timex, record.factor, record.precision

    def _amount(self, word: str | None) -> tuple[int | None, bool] | None:
        if word is None:
            return None
        if word[:1].isdigit():
            return int(word), False
        record = self.lex.numbers.get(key(word))
        if record is None:
            return None
        return record.value, record.needs_cue

    def _ago(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"two years ago", "three weeks earlier", "a day later" (from the reference date)."""
        unit, amount = self._unit(f.get("u")), self._amount(f.get("n"))
        if unit is None or amount is None:
            return None
        direction = key(f.get("dir") or "")
        if direction == "before":  # "up from 130,800 tonnes a year before."
            direction = "earlier"
        sign = 1 if direction in ("later", "from now") else -1
        counted = direction in ("earlier", "later")  # "ago", "from now": from the reference
        # "several years later" inside a sentence compares vaguely; "A few days later," at the
        # head of one places an event. "a year earlier" is a date (TimeBank marks it).
        if counted and amount[0] is None and not text[start:start + 1].isupper():
            return None
        if counted and _THAN_AFTER.match(text, end):
            return None  # "three months earlier than planned": a difference, no date
        if amount[0] is None:
            return ReferenceToken("FUTURE_REF" if sign > 0 else "PAST_REF")
        if unit[0] in _HOURS_PER and self._page_timestamp(text, start, end):
            return None
        if unit[0] in _HOURS_PER:
            days = amount[0] * _HOURS_PER[unit[0]] // 24
            if days == 0:
                return None  # "two hours later", "38 minutes later": a time of day (TIMEX3
                # TIME), not a date (the guide leaves clock times out)
            return RelativePeriod("day", sign * days, counted=counted)
        if unit[0] == "week" and amount[0] == 1 and not counted:
            # "up from 55% a week ago": the day seven days back, as "seven days ago"
            return RelativePeriod("day", sign * DAYS_PER_WEEK)
        name, per = _PLACED_AS.get(unit[0], (unit[0], 1))
        if direction == "ago" and name in ("day", "week", "month"):
            # "two weeks ago", "three days ago", "two months ago": one day, counted back from
            # the story's last past day (the guide, settled in session 18)
            days = DAYS_PER_WEEK if name == "week" else 1
            return RelativePeriod("month" if name == "month" else "day",
                                  sign * amount[0] * per * days, ago=True)
        return RelativePeriod(name, sign * amount[0] * per, counted=counted)

    def _page_timestamp(self, text: str, start: int, end: int) -> bool:
        """Whether "2 hours ago" fills its line, alone or after a label ("Updated"): the age a
        news page prints under a story's title, not a date of the story."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if text[end:line_end if line_end >= 0 else len(text)].strip(" \t.|·•"):
            return False
        label = text[line_start:start].strip(" \t:|·•")
        return not label or key(label) in self.lex.timestamp_labels

    def _half_unit(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"half an hour" (PT30M), "half a day", "half a century"."""
        record = self.lex.units.get(key(f.get("u") or ""))
        if record is None or record.half_amount is None or record.half_timex is None:
            return None
        return Duration(record.half_amount, record.half_timex, record.precision)

    def _the_past(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        unit = self._unit(f.get("u"))
        if unit is None:
            return None
        if f.get("n"):
            amount = self._amount(f.get("n"))
            if amount is None:
                return None
            value = amount[0]
        else:
            if self.lex.unit_is_plural.get(key(f.get("u") or "")):
                # "the coming months", "the past weeks": vaguely before or after the reference
                past = key(f.get("rel") or "") in ("past", "last", "previous")
                return ReferenceToken("PAST_REF" if past else "FUTURE_REF")
            if unit[0] == "day":
                return None
            if unit[1] in ("Y", "TH") and key(f.get("rel") or "") in _SPAN_WORDS:
                # "over the past year/decade": the last twelve months / ten years (a duration),
                # not the calendar year 2023 or the 2010s ("at the last minute" is an idiom).
                return Duration(unit[2], unit[1], unit[3])
            if unit[0] in _HOURS_PER or unit[0] == "century":
                return None
            rel = key(f.get("rel") or "")
            direction = -1 if rel in ("past", "last", "previous") else 1
            # "the past week" is valued as the calendar week before, and told as a length
            # (TimeBank: P1W) in its TIMEX3; "the previous week" is just that week.
            span = duration_timex(unit[2], unit[1]) if rel in _SPAN_WORDS else None
            if unit[0] == "week" and rel in self._anaphoric:
                # "Compared to the previous week", "the following week": the week before
                # (after) the last week the text gave, else the one of its last day
                return RelativePeriod("week", direction, anaphor=True)
            return RelativePeriod("week" if unit[0] == "fortnight" else unit[0], direction,
                                  counted=rel in self._anaphoric and unit[0] in _COUNTED_UNITS,
                                  span_timex=span)
        length = value * unit[2] if value is not None else None
        if length and unit[1] in _BACK_FROM_REFERENCE and \
                key(f.get("rel") or "") in ("past", "last", "previous"):
            # "the past 24 hours", "the last 10 days": the stretch of days ending at the
            # reference (a partial day counts: 24 hours touch two days; "the past two days"
            # are the reference day and the one before), told as its length in TIMEX3
            per_day = _BACK_FROM_REFERENCE[unit[1]]
            back = -(-length // per_day) if unit[1] != "D" else length - 1
            return Duration(length, unit[1], unit[3], back_days=back,
                            stays_duration=not self._in_stretch(text, start))
        if length and key(f.get("rel") or "") in ("past", "last", "previous"):
            # "in the last nine months": the stretch up to the reference in which something
            # happened (a relative date); "over/for the past two weeks": a length of time
            length_only = not self._in_stretch(text, start)
            if unit[1] in _DAYS_BACK:
                return Duration(length, unit[1], unit[3], back_days=length * _DAYS_BACK[unit[1]],
                                stays_duration=length_only)
            if unit[1] in _MONTHS_BACK:
                return Duration(length, unit[1], unit[3],
                                back_months=length * _MONTHS_BACK[unit[1]],
                                stays_duration=length_only)
        return Duration(length, unit[1], unit[3])

    def _duration(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        if f.get("of"):  # "11 months of 2024": its first eleven months
            return self._first_months(f, text, start, end)
        unit, amount = self._unit(f.get("u")), self._amount(f.get("n"))
        if unit is None or amount is None:
            return None
        value, needs_cue = amount
        record = self.lex.units[key(f.get("u") or "")]
        if not record.article_amount and (key(f.get("n") or "") in ("a", "an") or
                                          text[end:end + 4].split()[:1] == ["of"]):
            return None  # "a quarter", "three quarters of voters": fractions
        if needs_cue:
            before, last_word = self._previous_words(text, start)
            if last_word not in self.lex.duration_cues and \
                    f"{before} {last_word}" not in self.lex.duration_cues:
                return None
        if value == 0:
            return None
        if value == 24 and unit[1] == "TH":  # "a 24-hour hotline" is open around the clock
            following = _NEXT_WORD.match(text, end)
            if following and key(following.group(1)) in self.lex.round_the_clock:
                return None
        return Duration(value * unit[2] if value is not None else None, unit[1], unit[3])

    def _for_units(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"for years", "for decades": a length of a vague number of units (PXY, PXDE)."""
        unit = self._unit(f.get("u"))
        if unit is None or unit[0] == "fortnight":
            return None
        return Duration(None, _VAGUE_LETTER.get(unit[0], unit[1]), unit[3])

    def _duration_long(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"a month-long strike", "a yearlong inquiry": one unit (P1M, P1Y)."""
        unit = self._unit(f.get("u"))
        if unit is None:
            return None
        return Duration(unit[2], unit[1], unit[3])

    def _relative_unit(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        rel = f.get("rel1") or f.get("rel2")
        shift = self.lex.shifts.get(key(rel), 0) if rel else 0
        mod = self._mod(f.get("q"))
        clip = self.lex.qualifiers[key(f["clip"])].clip if f.get("clip") else None
        target_word = f.get("u") or f.get("uwd") or ""
        word = key(target_word)
        unit = self._unit(target_word)
        if unit is not None:
            if unit[0] in _HOURS_PER or unit[0] == "century":
                return None  # "the last minute", "this century" are no placed periods
            name = "week" if unit[0] == "fortnight" else unit[0]
            if name == "day" and self._previous_words(text, start)[1] == "the":
                return None  # "on the last day" of an event, not yesterday
            if name == "day" and key(rel or "") == "this" and not mod and not clip:
                return None  # "to this day", "I dreamed of this day": no calendar day
            counted = word_of(rel) in self._anaphoric and name in _COUNTED_UNITS
            qualifier = self._qualifier(f.get("q"))
            edge = qualifier.month_day if qualifier and name in ("year", "month", "decade") \
                else None
            return RelativePeriod(name, shift, mod=mod, clip=clip, counted=counted, edge=edge)
        if word == "weekend":
            return RelativePeriod("weekend", shift, mod=mod, clip=clip)
        direction = shift if shift else 0
        if word in self.lex.weekdays and target_word[:1].isupper():
            return RelativePeriod("weekday", shift, self.lex.weekdays[word], mod, clip, direction,
                                  month_day=_int(f.get("md") or f.get("mdb")))
        if word in self.lex.months and target_word[:1].isupper():
            # "its lowest since the previous December": the December before the month the
            # text gave, counted from it ("last December" from the reference)
            return RelativePeriod("monthname", shift, self.lex.months[word], mod, clip, direction,
                                  counted=word_of(rel) in self._anaphoric)
        if word in self.lex.seasons:
            code = self.lex.seasons[word].code
            return RelativePeriod("season", shift, code, mod, clip, direction,
                                  counted=word_of(rel) in self._anaphoric)
        return None

    def _clock(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        noon = f.get("noon")
        if noon:
            return ClockTime(12 if noon == "noon" else 24, 0)
        hour = _int(f.get("h") or f.get("h2") or f.get("h3"))
        minute = _int(f.get("mi") or f.get("mi2") or f.get("mi3")) or 0
        if hour is None:
            return None
        marker = (f.get("ap") or "").lower()[:1]
        if marker:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if marker == "p" else 0)
        return ClockTime(hour, minute)

    def _any_such_day(self, text: str, start: int, end: int) -> bool:
        """Whether the weekday at ``start:end`` is any such day, no date: after an indefinite
        article ("on a normal Sunday") or before "of each month"."""
        return self._generic_before.search(text, max(0, start - GENERIC_REACH), start) \
            is not None or self._generic_after.match(text, end) is not None

    def _weekday(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        day = self.lex.weekdays.get(key(f.get("wd") or ""))
        if day is None:
            return None
        if _is_name(text, start, end) or self._weekday_name.search(
                text, max(0, start - NAME_REACH), start) is not None:
            return None  # "the Sunday Times", "the Monday Night show": a name
        if not f.get("eq") and self._any_such_day(text, start, end):
            return None  # "on a normal Sunday", "the third Thursday of each month": any
        part = self.lex.day_parts.get(key(f.get("part") or ""))
        if f.get("wk"):  # "Wednesday last week": that day of the shifted week
            return RelativePeriod("weekday", self.lex.shifts.get(key(f["wk"] or ""), 0), day,
                                  direction=0, day_part=part)
        if f.get("wkl"):  # "on Thursday week": a week after the coming Thursday
            return RelativePeriod("weekday", 0, day, direction=1, week_later=True)
        return RelativePeriod("weekday", 0, day, mod=self._mod(f.get("eq")), direction=None,
                              day_part=part,
                              month_day=_int(f.get("md") or f.get("md2") or f.get("md3")))

    def _week_weekday(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"last week Friday": that weekday of the shifted week."""
        day = self.lex.weekdays.get(key(f.get("wd") or ""))
        if day is None:
            return None
        part = self.lex.day_parts.get(key(f.get("part") or ""))
        return RelativePeriod("weekday", self.lex.shifts.get(key(f.get("wk") or ""), 0), day,
                              direction=0, day_part=part)

    def _weekday_pair(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"Wednesday and Thursday", "Monday to Friday": the days from the first to the last."""
        first = self.lex.weekdays.get(key(f.get("wd1") or f.get("wd3") or ""))
        last = self.lex.weekdays.get(key(f.get("wd2") or f.get("wd4") or ""))
        if first is None or last is None or first == last:
            return None
        if self._weekday_name.search(text, max(0, start - NAME_REACH), start) is not None:
            return None
        if _HOURS_AFTER.match(text, end):  # "open Monday thru Friday 8am-4pm": opening hours
            return Recurrence(f"XXXX-WXX-{first + 1}/XXXX-WXX-{last + 1}", "day")
        part = self.lex.day_parts.get(key(f.get("part") or f.get("part2") or ""))
        return RelativePeriod("weekday", 0, first, direction=None, day_part=part, through=last)

    def _relative(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        record = self.lex.relative.get(key(f.get("phrase") or ""))
        if record is None:
            return None
        if record.token:
            return ReferenceToken(record.token)
        if record.counted and (f.get("phrase") or "").lower().endswith(("before", "after")) \
                and self._complement_after(text, start, end):
            return None  # "the day before the session": the day of an event, not a date
        if _period_noun(record) and not self._refers_back(text, start, end):
            return None  # "the quarter of the city"
        if record.nowadays and self._nowadays(text, start, end):
            return None  # "Today our processes look very different": the present in general
        if record.closed and self._heads_after(text, end):
            return None  # "on the day of the arrests", "the day he died": the day of an event
        if record.only_after and self._previous_words(text, start)[1] not in record.only_after:
            return None  # "a record for the day", "During the day, the index fell"
        if record.after_prep and (not self._after_prep(text, start)
                                  or self._modifies(text, start, end)):
            return None  # "its year-end review", "Year-end: police seized ...", "ahead of the
            # year-end holiday season": a modifier
        if record.vague:  # "recent years": PXY
            unit = self._unit(record.unit)
            return Duration(None, unit[1], unit[3]) if unit else None
        return RelativePeriod(record.unit or "day", record.shift, counted=record.counted,
                              day_part=record.part, by_tense=record.by_tense, mod=record.mod,
                              edge=record.edge, clip=record.clip)

    def _day_to_relative(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"the 17th and yesterday (22nd)": from that day of the month to the day word's day
        (glossed or not: the gloss must agree, checked when resolved), one range."""
        record = self.lex.relative.get(key(f.get("phrase") or ""))
        if record is None or record.unit != "day":
            return None
        gloss = f.get("md")
        return RelativePeriod("day", record.shift, from_day=int(f.get("d") or 1),
                              month_day=int(gloss) if gloss else None)

    def _complement_after(self, text: str, start: int, end: int) -> bool:
        """Whether "before"/"after" ending a span ("the day before") heads what follows: a
        noun phrase ("the day before the session") or, in a period preposition's object, a
        clause ("given in the year before children enter school"), so the span is no date
        counted from another. A lower-case word after it that may follow a date adverbial
        ("in the year before, according to", "in the year before and ...") leaves it a date,
        and so does a clause after a bare one ("the year before it had made a profit")."""
        if _EVENT_AFTER.match(text, end):
            return True
        word = _LOWER_WORD_AFTER.match(text, end)
        return word is not None and word.group(1) not in self._date_followers and \
            self._previous_words(text, start)[1] in self.lex.anaphor_preps

    @staticmethod
    def _heads_after(text: str, end: int) -> bool:
        """Whether a word follows a span ending at ``end`` on its line, before any punctuation
        ("on the day he died", "the day of the vote"): the span may head it."""
        rest = text[end:end + 40].lstrip(" \t")
        return bool(rest) and (rest[0].isalnum() or rest[0] in "'’")

    def _refers_back(self, text: str, start: int, end: int) -> bool:
        """Whether "the quarter" or "the semester" is the quarter or half the text named, as
        for the week or year ("fell 7% in the quarter", "entered Spain in the semester", "the
        largest case of the quarter"), not a town's quarter ("the quarter of the city")."""
        return _OF_AFTER.match(text, end) is None and self._anaphor_context(text, start, end)

    def _anaphor_context(self, text: str, start: int, end: int) -> bool:
        """Whether a definite period noun at ``start`` refers back to the period the text
        named: after "in", "during", "over", "for" ("fell 7% in the quarter", "Over the year,
        border guards detained ..."), a superlative's noun and "of" ("the largest find of
        the year") or a tally's noun and "of" in a heading's label ("Results of the week:",
        "Cases of the week" ending its line; not "The results of the week were discussed")."""
        noun, before = self._previous_words(text, start)
        if before in self.lex.anaphor_preps:
            return True
        return before == "of" and (
            (noun in self._tally_nouns and _LABEL_END.match(text, end) is not None)
            or self._superlative_of.search(text, max(0, start - 80), start) is not None)

    def _anaphor_period(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"during the week", "over the year", "in the reporting period", "during the
        reporting week": the period the text named before (the tagger finds it; no date when
        it named none)."""
        if not self._anaphor_context(text, start, end):
            return None  # "twice a year", "Player of the Year", "the year was difficult"
        unit = key(f.get("u") or "")
        if unit == "months":  # "with 4,316 migrants in the six months": the stretch of six
            # months the text gave ("between 1 January and 30 June"); none when it gave none
            amount = self._amount(f.get("n"))
            if amount is None or amount[0] is None or amount[1] or not 1 < amount[0] <= 12:
                return None
            return SamePeriod(CalendarPeriod("year", None, year_shift=0), years_back=0,
                              bare=True, long=True, months=amount[0])
        if f.get("fy"):  # "during the fiscal year": the last twelve months' stretch the text
            # gave ("in the 2026/2027 fiscal year", "fiscal 2025"), a fiscal one as written
            return SamePeriod(CalendarPeriod("year", None, year_shift=0), years_back=0,
                              bare=True, long=True, months=FISCAL_YEAR_MONTHS)
        if unit == "period":  # the stretch the text gave, as a bare "the same period"
            return SamePeriod(CalendarPeriod("year", None, year_shift=0), years_back=0,
                              bare=True, long=True)
        return RelativePeriod(unit, 0, counted=True, anaphor=True, full=bool(f.get("full")))

    def _set_count(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"twice a year", "three times a week": a SET of one unit (P1Y, P1W)."""
        unit = self._unit(f.get("u"))
        if unit is None or unit[2] != 1 or unit[1] == "Q":
            return None
        if not f.get("f") and self._amount(f.get("n")) is None:
            return None
        return Recurrence(duration_timex(1, unit[1]), unit[3])

    def _set_every(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"every four years" (P4Y), "every other week" (P2W)."""
        unit = self._unit(f.get("u") or f.get("u1"))
        amount = (2, False) if f.get("other") else self._amount(f.get("n"))
        if unit is None or amount is None or amount[0] is None or amount[1]:
            return None
        return Recurrence(duration_timex(amount[0] * unit[2], unit[1]), unit[3])

    def _set(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        timex = self.lex.sets.get(key(f.get("phrase") or ""))
        if timex is None:
            return None
        precision = {"D": "day", "W": "week", "M": "month", "Q": "quarter"}.get(timex[-1], "year")
        if "-W" in timex:  # "every Monday": XXXX-WXX-1
            precision = "day"
        return Recurrence(timex, precision)
