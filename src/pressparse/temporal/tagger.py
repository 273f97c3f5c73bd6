"""Finding and normalizing every temporal expression of a text (the component's engine)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..lru import LRUCache
from .context import (
    DEADLINE_WORD_REACH,
    FAR_LOOK_BEHIND,
    LATEST_YEAR,
    LOOK_BEHIND,
    FutureWording,
    ReferencePlan,
    dateline_prefix,
    sentence_start,
    written_year,
)
from .expressions import (
    CalendarPeriod,
    CalendarRange,
    Duration,
    Expression,
    RelativePeriod,
    SamePeriod,
    Window,
)
from .lexicon import Lexicon, load_lexicon
from .parse import DAYS_PER_WEEK, Found, Parser
from .patterns import (
    DOTTED_LINE_DAY_END,
    NEVER,
    YEAR_DIGITS,
    Matcher,
    after_line_opener,
    alternation,
    build_grammar,
    start_key,
)
from .periods import iso_week, month_end
from .phrase_end import ends_with, words_in
from .resolve import Reference, Resolver
from .timex import interval_timex

_SLASHED_YEAR = re.compile(r"[0-9]{4}/[0-9]{2}(?:[0-9]{2})?")  # "2026/27": a split year

_DIGIT_ANCHOR = (
    rf"(?<![0-9]){YEAR_DIGITS}(?![0-9])|[0-9]{{1,2}}[./-][0-9]{{1,2}}[./-][0-9]{{2}}|['’]?[0-9]0s"
    r"|[0-9]:[0-5][0-9]|[0-9](?:[ap]m|[AP]M)(?![\w])|['’][0-9]{2}(?![\w])"
    r"|(?<![\w/])[0-9]{1,2}/[0-9]{1,2}(?![\w/])"  # "on 13/10"
    r"|[FC]Y['’]?[0-9]{2}"  # "FY25", "CY25"
    r"|(?<![0-9])[0-9]{1,2}[A-Z]{3}[0-9]{2}(?![0-9])"  # "02FEB26" (a day-time group's date)
    r"|(?<![\w])[1-4]Q[0-9]{2}(?![\w])|(?<![\w])[12]H[0-9]{2}(?![\w])"  # "4Q24", "1H25"
    r"|(?<![\w])(?:3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)(?![\w])"  # "on the 3rd"
    r"|民國")  # a Republic of China era date ("民國114年10月3日")
# "| 14.04 |": a day in a table's cell (an anchor only in a text with such cells, so that
# decimals elsewhere open no window)
DATE_CELL = re.compile(r"(?<=\|)[ \t]{0,2}([0-9]{1,2}[./][0-9]{2})(?=[ \t]*\|)")
_FLAG_DIGITS = re.compile(_DIGIT_ANCHOR)
_DOT_DAY_TOKEN = re.compile(r"[0-9]{2}\.[0-9]{2}")
_ROC_YEAR_TOKEN = re.compile(r"1[0-2][0-9]")  # "114" of "114-10-03", split off by the tokenizer
# What an ROC year token must show in the text to open a window (Tagger._opens_window)
_ROC_YEAR_ANCHOR = re.compile(r"1[0-2][0-9][-/.][0-9]{2}")
# The precisions of a given date a counted unit may count from ("a year earlier" from any
# date, "two days later" only from a day). The value keeps HeidelTime's granularity (its
# UNDEF-REF-<unit>-PLUS/MINUS-n): "N weeks earlier/later" is the day 7N days from the last
# day given (or the reference day: a day is implied), "a month later" the month after the
# last month given, "a year earlier" a year; only "N weeks ago" (from the reference's week)
# is a week value, as TimeBank writes one when no day is implied.
_DAY_WORD_UNITS = frozenset({"day", "weekday"})
_FOR_BEFORE = re.compile(r"(?<![\w])for\s+\Z")  # "sales for April": the period of the data
_DAY_ONLY = ("day",)
_TO_MONTH = ("day", "month")
_TO_QUARTER = ("day", "month", "quarter", "half")  # "the fourth quarter ... the previous quarter"
_ANY = ("day", "month", "season", "quarter", "half", "year")  # "the summer of 2025 ... a year
# earlier" counts from the season
_COUNT_FROM = {"day": _DAY_ONLY, "week": _DAY_ONLY, "month": _TO_MONTH, "monthname": _TO_MONTH,
               "season": _ANY,
               "quarter": _TO_QUARTER,
               "half": _TO_QUARTER, "year": _ANY, "decade": _ANY, "century": _ANY}
# Counted units placed from the last period of their own kind first ("the quarter" after "the
# third quarter ... on Tuesday" is the third quarter)
_COUNT_FIRST = {"quarter": ("quarter", "half"), "half": ("half",)}
_PART_PRECISIONS = frozenset({"quarter", "half"})
_GLOSS_OPEN = re.compile(r"\s*[(\[]\s*")  # "2024 (January to December)"
GLOSS_REACH = 3  # characters between a year and the bracketed period glossing it
COMPARED_REACH = 80  # characters between a dated part and a year-less one compared with it
_NEXT_WORD = re.compile(r"[ \t]*")  # the spaces before the word right after a span
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
_APPOSITION_GAP = re.compile(r"\s*[(,]\s*")  # "today, Monday 10 June", "Saturday (8 Feb"
APPOSITION_REACH = 4  # characters between a day word and the date that glosses it
_GLOSS_GAP = re.compile(r"\s*[(,]?\s*")  # "11 March 2025 (Tuesday)", "11 March 2025 Tuesday"
_CLOCK_DAY_GAP = re.compile(r"\s*(?:,\s*)?(?:on|at|of)?\s*")  # "9 a.m. on Monday"
# "this weekend" told with past wording from Monday to this weekday (Wednesday) is the weekend
# just past; later in the week, the coming one.
LAST_WEEKEND_UNTIL = 2
_ORDINAL_ENDS = frozenset("tdhTDH")  # the last letter of "1st", "2nd", "3rd", "4th"
WORD_CACHE_SIZE = 25000
_THE = frozenset({"the", "The", "THE"})
# A plain lower-case word after "the" (not one joined on by a hyphen or apostrophe)
_PLAIN_WORD_AFTER = re.compile(r"\s+([a-z]+)(?![\w\-‐'’.])")
WINDOW_WORDS = 3  # a phrase this long is in a window that starts at its first word
REACH_BEFORE = 26  # characters before an anchor word an expression may start at
WRAPPED_LINE = 70  # a line this long, broken inside a date, is wrapped prose (no headline)
_BLANK_LINE = re.compile(r"[^\S\n]*\n")  # (read after a line break: the next line is blank)


# "since" (or "from") before a date, up to six words back in its clause ("Since the flood
# season began in April")
_SINCE_CLAUSE = re.compile(r"(?<![\w])(?i:since|from)\s+(?:[\w'’-]+\s+){0,6}\Z")
SINCE_REACH = 60  # characters before a date read for its "since"
DOCUMENT_REACH = 120  # characters before a date read for the document it names ("the
# verdict of the Specialized Inter-District Criminal Court of Zhambyl Region of")
NEAR_PAST_REACH = 30  # characters before a stretch of weekdays read for its own past verb
PREVIOUS_SENTENCE_REACH = 400  # characters from a stretch to a bare "the same period" in
# the next sentence
COMPARED_MIN_DAYS = 31  # a stretch compared with "the same period" is longer than a month
STOCK_DAY_REACH = 12  # characters before a day read for "as of"
JUST_AHEAD_DAYS = 21  # a year-less day starting this soon after the reference is the next one
# unless "since" or "after <-ing>" tells otherwise (the last one is nearly a year back)
MONTHS_PER_YEAR = 12
YEAR_AGO_BASELINE_REACH = 12  # characters before "a year ago" a comparison word ("from") stands in
LONG_PAST_DAYS = 180  # ... when the last one ended this long before the reference
SAID_REACH = 24  # characters before a day read for a reporting verb ("said on Monday")
YEAR_AGO_FIGURE_REACH = 48  # characters before "a year ago" a comparison word and the figure
# compared stand in ("against 7 euros one year ago")


def _same_period(expression: SamePeriod, told: dict[str, Any],
                 results: list[tuple[int, int, dict[str, Any]]], resolver: Resolver,
                 context: Callable[[int, int], tuple[int, str]],
                 at: int = 0, stock_day: re.Pattern[str] | None = None,
                 baseline: Callable[[int], bool] | None = None,
                 past_only: bool = False) -> dict[str, Any] | None:
    """"The same period of 2023" as the stretch the text compares with, moved to that year:
    the last range of days it gave ("from 1 to 25 July") or stretch longer than a month ("in
    January-June 2024", "the first nine months
    of this year"), or from a day after "since" to the reference ("since January 1, 2024"),
    a stretch not over at the reference ("so far this year") up to the reference, or the day
    a stock figure is read on (``stock_day`` right before it: "as on September 17 ... in the
    year-ago period": that day a year back). ``past_only``: a stretch that starts after the
    reference in another sentence is passed over (a coming stage has no figures to compare:
    "the second stage is planned from 1 August ... 318 crimes (for the same period of 2025
    – 276)" compares the first stage's).
    None when the text gave none (the year told stands)."""
    order = _bare_compared_order(results, at, resolver, context, baseline) \
        if expression.bare else reversed(results)
    for start, _end, value in order:
        if not value["start"] or not value["end"] or value["kind"] in ("time", "set"):
            continue
        first, last = date.fromisoformat(value["start"]), date.fromisoformat(value["end"])
        today = resolver.today
        if past_only and today is not None and first > today and \
                not _same_sentence(_end, at, context):
            continue
        if expression.unit == "season":  # "the previous campaign": the last split year named
            # with its years written (not another "previous campaign" before it)
            if value.get("year_inferred", True) or not _is_split_year(first, last):
                continue
        elif expression.unit != "period":  # "the same quarter last year": the last quarter named
            if not _is_unit_value(value, expression.unit, (last - first).days + 1):
                continue
            if expression.years_back and _named_moved(results, first, last,
                                                      expression.years_back):
                continue  # "in April 2026" after April 2027: already the month compared
        elif today is not None and first < today and value["precision"] in ("day", "month") \
                and value["kind"] != "range" \
                and (first.year, first.month) == (last.year, last.month):  # a day or a month
            # "since January 1, 2024", "Since the flood season began in April": from then to
            # the reference
            offset, text = context(max(0, start - SINCE_REACH), start)
            if _SINCE_CLAUSE.search(text, 0, start - offset):
                last = today
        elif today is not None and first <= today < last:
            last = today  # a stretch not over yet ("so far this year"): up to the reference
        elif value["precision"] in ("year", "decade", "century"):
            offset, text = context(max(0, start - SINCE_REACH), start)
            if _SINCE_CLAUSE.search(text, 0, start - offset):
                continue  # "the largest since 1996": an anchor, not the stretch compared
        if expression.months is not None and (last.year - first.year) * 12 + last.month \
                - first.month + 1 != expression.months and not (
                expression.months == MONTHS_PER_YEAR and value["precision"] == "year"):
            # "in the six months": a stretch of six months only; "during the fiscal year":
            # twelve, or the years the text named ("2024/2025": one financial year where the
            # country has them, which the component values)
            continue
        if expression.unit == "period" and (last - first).days < COMPARED_MIN_DAYS and not (
                value["kind"] == "range" and first < last and not expression.long) and not (
                first == last and _read_on(stock_day, start, context)):
            continue  # a day or a single month ("In September"), not a stretch of days
        if expression.years_back is not None:
            shift = -expression.years_back
        elif told["end"]:
            shift = int(told["end"][:4]) - last.year
        else:
            return None
        if shift == 0 and not expression.bare:
            return None
        start_moved, end_moved = _add_years(first, shift), _add_years(last, shift)
        edges: dict[str, Any] = {}
        if _DATED_TIMEX.match(value["timex"] or "") and (value["start"], value["end"]) == (
                first.isoformat(), last.isoformat()):
            timex = _moved_timex(value["timex"], shift)
            edges = {name: _moved_timex(value[name], shift)
                     for name in ("timex_start", "timex_end") if value.get(name)}
        else:  # up to the reference ("so far this year"): the days
            timex = interval_timex(start_moved.isoformat(), end_moved.isoformat())
            if start_moved != end_moved:
                edges = {"timex_start": start_moved.isoformat(),
                         "timex_end": end_moved.isoformat()}
        moved = {**told, "start": start_moved.isoformat(), "end": end_moved.isoformat(),
                 "kind": "range" if start_moved != end_moved else "relative",
                 "precision": value["precision"], "timex": timex,
                 "mod": None, **edges}
        moved["year_inferred"] = value.get("year_inferred", True) if expression.bare else \
            expression.year is None
        return moved
    return None


def _single_past_month(value: dict[str, Any] | None, today: date | None) -> bool:
    """Whether ``value`` is one whole month, over by ``today``."""
    return value is not None and today is not None and value.get("precision") == "month" \
        and bool(value.get("start")) and bool(value.get("end")) \
        and value["start"][:7] == value["end"][:7] and value["start"].endswith("-01") \
        and value["end"] < today.isoformat()


def _read_on(stock_day: re.Pattern[str] | None, start: int,
             context: Callable[[int, int], tuple[int, str]]) -> bool:
    """Whether the words of a stock figure's day ("as on", "as of") stand right before
    ``start``."""
    if stock_day is None:
        return False
    offset, text = context(max(0, start - STOCK_DAY_REACH), start)
    return stock_day.search(text, 0, start - offset) is not None


def _same_night(expression: Expression) -> bool:
    """"the same night": the night of the day (or two days) the text gave."""
    return isinstance(expression, RelativePeriod) and expression.unit == "day" and \
        expression.shift == 0 and expression.day_part == "NI" and expression.counted


def _night_span(value: dict[str, Any]) -> bool:
    """Whether a value is a night written as its two days ("the night of 13 to 14 March")."""
    if not value.get("start") or not value.get("end"):
        return False
    return (date.fromisoformat(value["end"]) - date.fromisoformat(value["start"])).days == 1


EVENT_BEFORE_REACH = 12  # characters before a date read for its determiner or possessive


def _same_sentence(end: int, start: int,
                   context: Callable[[int, int], tuple[int, str]]) -> bool:
    """Whether no sentence or line ends between ``end`` and ``start``."""
    offset, text = context(end, start)
    return _STOP_BETWEEN.search(text, end - offset, start - offset) is None


_BARE_YEAR = re.compile(r"[0-9]{4}")  # a TIMEX3 value of a whole year ("2025", "mid-2025": 2025)


def _year_back(base: dict[str, Any], years: int, value: dict[str, Any]) -> dict[str, Any]:
    """A date counted in years from a stretch keeps the stretch's extent, as TIMEX3 values
    take the anchor's granularity ("the first quarter of 2027 ... a year earlier": 2026-Q1;
    "January-February ... from a year earlier": 2026-01/2026-02; "on Monday ... a year
    earlier": that Monday a year back); a whole year (also "mid-2006", TIMEX3 2006 with its
    mod) gives ``value``, the year counted."""
    if not base.get("start") or not base.get("end") or \
            _BARE_YEAR.fullmatch(base.get("timex") or "") or base.get("precision") == "year":
        return value
    first = _add_years(date.fromisoformat(base["start"]), years)
    last = _add_years(date.fromisoformat(base["end"]), years)
    if _month_last_day(base["end"]):  # a month's end stays its end (28 February 2027 -> 2026)
        last = month_end(last.year, last.month)

    def moved(timex: str | None) -> str | None:
        return None if timex is None else _moved_timex(timex, years)

    timex = moved(base.get("timex"))
    if not timex or _YEARS_IN_TIMEX.search(timex) is None:  # "currently" (PRESENT_REF): its day
        timex = interval_timex(first.isoformat(), last.isoformat())

    return {**value, "start": first.isoformat(), "end": last.isoformat(),
            "precision": base["precision"], "timex": timex,
            "timex_start": moved(base.get("timex_start")),
            "timex_end": moved(base.get("timex_end"))}


def _named_moved(results: list[tuple[int, int, dict[str, Any]]], first: date, last: date,
                 years: int) -> bool:
    """Whether the text named the stretch ``years`` years after this one (the stretch this
    one is the year-ago figure of: "in April ... in April 2026 ... the year-ago month")."""
    start, end = _add_years(first, years).isoformat(), _add_years(last, years).isoformat()
    return any(value["start"] == start and value["end"] == end for _s, _e, value in results)


def _last_week(results: list[tuple[int, int, dict[str, Any]]]
               ) -> tuple[int, dict[str, Any]] | None:
    """Where the last stretch of seven days the text gave ("From 9 to 15 November ...
    During the week") starts, and its value; None when it gave none."""
    for start, _end, value in reversed(results):
        if value["start"] and value["end"] and value["kind"] not in ("time", "set") and (
                date.fromisoformat(value["end"])
                - date.fromisoformat(value["start"])).days == DAYS_PER_WEEK - 1:
            return start, value
    return None


def _moved_week(week: dict[str, Any], shift: int) -> dict[str, Any]:
    """A week's value moved by ``shift`` weeks (its seven days, whatever day they start)."""
    start = date.fromisoformat(week["start"]) + timedelta(days=DAYS_PER_WEEK * shift)
    end = start + timedelta(days=DAYS_PER_WEEK - 1)
    return {**week, "start": start.isoformat(), "end": end.isoformat(),
            "timex": iso_week(start) if start.weekday() == 0 else interval_timex(
                start.isoformat(), end.isoformat())}


def _compared_aside(start: int, end: int,
                    context: Callable[[int, int], tuple[int, str]]) -> bool:
    """Whether a date opens an aside with the figure compared: "1 142 cases (2023: 1 387)"."""
    if start == 0:
        return False
    offset, text = context(start - 1, end + 1)
    return text[start - 1 - offset:start - offset] == "(" and \
        text[end - offset:end + 1 - offset] == ":"


# A part of one year (a half, a quarter, "January-June"): it names its year for "the year"
_PART_OF_YEAR_TIMEX = re.compile(r"(?:[0-9]{4}-[QH][1-4]|([0-9]{4})-[0-9]{2}/\1-[0-9]{2})")


def _latest_named(results: list[tuple[int, int, dict[str, Any]]], unit: str,
                  resolver: Resolver, context: Callable[[int, int], tuple[int, str]],
                  at: int, baseline: Callable[[int], bool]) -> date | None:
    """The end of the month, quarter or year its own sentence names last before ``at``
    (not a comparison's baseline, ``baseline(start)``: "since 2019, when Japan logged 744
    cases over the entire year" is 2019), else of the latest one the text wrote before (not
    one told relative to another, nor one begun after the reference; one over by then
    first): "fell to 89,755 hectares in 2024, 3.3 percent less than in 2023 ... during the
    year" is 2024."""
    today = resolver.today or (resolver.reference.day if resolver.reference else None)
    last_day = today.isoformat() if today is not None else None

    def named(start: int, end: int, value: dict[str, Any]) -> bool:
        """A period of the unit given as such (for a year, also a part of one: "in the first
        half of 2026 ... Over the year"), begun by the reference, no aside's figure."""
        return (value["precision"] == unit or (
                    unit == "year" and _PART_OF_YEAR_TIMEX.fullmatch(value.get("timex") or ""))) \
            and value["kind"] != "relative" and \
            bool(value["end"]) and (last_day is None or value["start"] <= last_day) and \
            not _compared_aside(start, end, context)

    for start, end, value in reversed(results):
        if not _same_sentence(end, at, context):
            break
        if named(start, end, value) and not baseline(start):
            return date.fromisoformat(value["end"])
    ends = [value["end"] for start, end, value in results if named(start, end, value)]
    over = [end for end in ends if last_day is not None and end < last_day]
    # one over by the reference first: "results of 2026 ... plans for 2027 ... over the
    # year" (told in February 2027) is 2026
    return date.fromisoformat(max(over or ends)) if ends else None


def _usable_given(last_given: dict[str, tuple[int, str]],
                  plain_given: dict[str, tuple[int, str]], since_anchors: set[int],
                  found: list[Found], item: Found,
                  context: Callable[[int, int], tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """The dates a counted expression may count from: the last given of each precision,
    unless it only anchored a comparison ("since December") in an earlier sentence (then the
    last one that did not)."""
    given: dict[str, tuple[int, str]] = {}
    for precision, entry in last_given.items():
        if entry[0] in since_anchors:
            anchor_end = found[entry[0]].end
            offset, text = context(anchor_end, item.start)
            if _STOP_BETWEEN.search(text, anchor_end - offset, item.start - offset):
                plain = plain_given.get(precision)
                if plain is not None:
                    given[precision] = plain
                continue
        given[precision] = entry
    return given


_COMPARISON_WINDOW = re.compile(r"(?i:the\s+(?:same|corresponding|comparable)\s)")
# (one stop with the blank lines after it: the sentence before a paragraph break is still the
# one just before)
_STOP_BETWEEN = re.compile(r"[.!?](?:\s+|$)|\n\s*")
COUNTED_YEAR_REACH = 600  # characters read back for the stretch "a year earlier" compares
# what ends the clause of "from a year earlier" before a stretch it may compare ("...
# earlier to 18.3 billion yuan in the first seven months"): a sentence's or line's end, a
# comma or semicolon, "and"
_CLAUSE_BREAK = re.compile(r"[.!?](?:\s+|$)|\n|[,;](?![0-9])|\band\b")


def _bare_compared_order(results: list[tuple[int, int, dict[str, Any]]], at: int,
                         resolver: Resolver, context: Callable[[int, int], tuple[int, str]],
                         baseline: Callable[[int], bool] | None = None
                         ) -> list[tuple[int, int, dict[str, Any]]]:
    """The stretches a bare "the same period" (at ``at``) may be, in the order tried: those
    of its own sentence, nearest first ("fell 9% over the past three months, while the index
    rose 2.6% over the same period"), then those of the sentence just before it, nearest
    first, then the text's from its first (its lead's period: "fell
    1.8% in the first half ... Hamburg reported a 2.1% gain for the same period"); not one
    begun after the reference ("volumes could stabilize in the second half") nor another
    comparison window ("the same period last year"); a comparison's baseline (``baseline``:
    "36 percent higher than in the first decade of the century ... over the period") last."""
    today = resolver.today
    own: list[tuple[int, int, dict[str, Any]]] = []
    previous: list[tuple[int, int, dict[str, Any]]] = []
    rest: list[tuple[int, int, dict[str, Any]]] = []
    baselines: list[tuple[int, int, dict[str, Any]]] = []
    for found in results:
        start, end, value = found
        if start >= at or not value["start"] or (
                today is not None and value["start"] > today.isoformat()):
            continue
        offset, text = context(start, at)
        if _COMPARISON_WINDOW.match(text, start - offset):
            continue
        if baseline is not None and baseline(start):
            baselines.append(found)
            continue
        stop = _STOP_BETWEEN.search(text, end - offset, at - offset)
        if stop is None:
            own.append(found)
        elif at - end <= PREVIOUS_SENTENCE_REACH and _STOP_BETWEEN.search(
                text, stop.end(), at - offset) is None:
            if value["kind"] == "relative" and today is not None and \
                    value["end"] < f"{today.year}":
                rest.append(found)  # ("to 187 from the 264 of the first semester of the past
                continue  # year": a compared year's stretch, not the story's)
            previous.append(found)  # "seized 43.8 tons since the beginning of the year ...
            # Assets ... were also seized in the same period": the sentence just before
        else:
            rest.append(found)
    return [*reversed(own), *reversed(previous), *rest, *baselines]


# The years of a TIMEX3 value ("2025-Q3", "FY2025", "2025-01/2025-09")
_YEARS_IN_TIMEX = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
_DATED_TIMEX = re.compile(r"(?:FY)?[0-9]{4}")  # a calendar value (not "P12M")
_UNIT_TIMEX = {"quarter": re.compile(r"(?:FY)?[0-9]{4}-Q[1-4]"),
               "half": re.compile(r"(?:FY)?[0-9]{4}-H[12]"),
               "month": re.compile(r"[0-9]{4}-[0-9]{2}"), "week": re.compile(r"[0-9]{4}-W[0-9]{2}"),
               "day": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")}
SPLIT_YEAR_MIN_DAYS = 150  # a season across a year's turn: longer than a winter's three months
DAYS_IN_LEAP_YEAR = 366
# Stretches of days as long as the unit ("the three months ended March 31" is a quarter)
_UNIT_DAYS = {"quarter": (89, 92), "half": (181, 184), "month": (28, 31), "week": (7, 7),
              "day": (1, 1)}


def _moved_timex(timex: str, years: int) -> str:
    """A TIMEX3 calendar value ``years`` later (earlier when negative)."""
    return _YEARS_IN_TIMEX.sub(lambda m: f"{int(m.group()) + years:04d}", timex)


def _is_unit_value(value: dict[str, Any], unit: str, days: int) -> bool:
    """Whether a resolved value is one quarter (half, month, week): by its TIMEX3 value, or a
    written stretch of days as long ("the three months to September")."""
    if _UNIT_TIMEX[unit].fullmatch(value["timex"] or "") is not None:
        return True
    low, high = _UNIT_DAYS[unit]
    return value["kind"] == "range" and low <= days <= high


def _is_split_year(first: date, last: date) -> bool:
    """Whether a stretch is a season or campaign across the turn of a year ("the 2026/27
    season": July to June; "2026-2027": two calendar years), not a winter's three months."""
    return last.year == first.year + 1 and \
        SPLIT_YEAR_MIN_DAYS <= (last - first).days + 1 <= 2 * DAYS_IN_LEAP_YEAR


def _add_years(day: date, years: int) -> date:
    """The same day ``years`` later (28 February for 29 February of a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def dotted_day_anchor(limit_words: list[str]) -> str:
    """The regex of a dotted day.month that anchors a window: after "on" and before a comma
    ("on 05.03, officers seized"), opening a line ("– 17.11, Khorgos"), or after a limit
    word and before a full stop ("till 31.03."; ``limit_words``: clause_words
    dotted_day_limit)."""
    line_start = after_line_opener()  # "\n02.11\n", "\n– 17.11, Khorgos"
    after_on = (r"(?<=[Oo]n )[0-9]{2}\.[0-9]{2}(?=\s*,)"
                rf"|(?:{line_start})[0-9]{{2}}\.(?={DOTTED_LINE_DAY_END})[0-9]{{2}}")
    if not limit_words:
        return after_on
    after_limit = "".join(f"(?<={re.escape(word)} )|" for word in limit_words)[:-1]
    return rf"{after_on}|(?:{after_limit})[0-9]{{2}}\.[0-9]{{2}}(?=\.(?![0-9]))"


def _within_line(match_at: Callable[..., re.Match[str] | None], text: str, start: int,
                 end: int, line_start: int | None = None) -> re.Match[str] | None:
    """A match from ``start`` to ``end`` that runs over a line break: kept when its line is
    wrapped prose (WRAPPED_LINE characters or more before the break), else the match of the
    same forms up to the break ("in October\n04.11.2026": "October", then the date line's
    date), None when none fits there."""
    newline = text.find("\n", start, end)
    if line_start is None:
        line_start = text.rfind("\n", 0, start) + 1
    if newline - line_start >= WRAPPED_LINE and not _BLANK_LINE.match(text, newline + 1):
        # (a wrapped line goes on at once: a blank line after it ends the paragraph, as
        # under a headline: "... visitors a year\n\n2027-07-15 18:27:40")
        return match_at(text, start)
    stop = newline
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return match_at(text, start, stop) if stop > start else None


def _needs_tense(expression: Expression) -> bool:
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
        return expression.direction is None or _this_weekend(expression)
    return False


class DateTagger:
    """Finds DATE expressions with the grammar and resolves them against a reference date."""

    def __init__(self, data_dir: Path) -> None:
        self.lex: Lexicon = load_lexicon(Path(data_dir))
        self.grammar = build_grammar(self.lex)
        self.parser = Parser(self.lex, self.grammar)
        self.future = FutureWording(self.lex.future_cues, self.lex.past_cues,
                                    self.lex.future_noun_cues, self.lex.future_not_before,
                                    self.lex.deadline_preps, self.lex.since_preps,
                                    self.lex.future_lower_cues, self.lex.reporting_verbs,
                                    self.lex.expecting_verbs, self.lex.deferral_verbs,
                                    self.lex.past_noun_forms, self.lex.intent_words,
                                    self.lex.clause_words, self.lex.signalling_words)
        self.dateline_prefix = dateline_prefix(self.lex.posting_labels)
        self.said_before = re.compile(
            rf"(?<![\w])(?:{alternation(self.lex.reporting_verbs)})\s+"
            rf"(?:(?:{alternation(self.lex.period_preps)})\s+)?\Z") \
            if self.lex.reporting_verbs else None
        """A reporting verb, and a preposition, right before a weekday ("said on Thursday")."""
        self.said_words = words_in(self.lex.reporting_verbs) + words_in(self.lex.period_preps)
        """The most words ``said_before`` matches (see :func:`.phrase_end.last_words_start`)."""
        self.compared_before = re.compile(
            rf"(?<![\w])(?:{alternation(self.lex.comparison_preps)})\s+(?:the\s+)?\Z",
            re.IGNORECASE) if self.lex.comparison_preps else None
        """A comparison word right before a year-less part ("up 9% on the first half")."""
        self.compared_figure_before = re.compile(
            rf"(?<![\w])(?:{alternation(self.lex.comparison_preps)})\s+"
            r"(?![^\n]*?[.!?](?:\s|\Z))"  # (no sentence ends between: "on 2 May 2025. A week")
            r"\S*[0-9]\S*(?:[ \t]+[^\s,;:]+){0,2}[ \t]+\Z", re.IGNORECASE) \
            if self.lex.comparison_preps else None
        """A comparison word and the figure compared right before a span ("against 7 euros
        one year ago", "compared with 2,650 reais a year ago")."""
        baselines = self.lex.clause_words.get("baseline_prep", [])
        self.baseline_before = re.compile(
            rf"(?<![\w])(?:{alternation(baselines)})\s+(?:the\s+)?\Z",
            re.IGNORECASE) if baselines else None
        """A preposition making the date after it a comparison's baseline ("more than in
        October 2025"): no stretch a later "a year earlier" compares."""
        # (determiners with either first letter, as alternation writes them; prepositions
        # lower case)
        before = [alternation(words, exact=exact) for words, exact in (
            (self.lex.clause_words.get("attributive_determiner", []), False),
            (self.lex.clause_words.get("event_date_prep", []), True)) if words]
        self.event_before = re.compile(
            r"(?:(?<![\w])(?:" + "|".join(before) + r")|\w['’]s)\s+\Z")
        self.event_after = re.compile(
            rf"\s+(?:{alternation(self.lex.month_nouns, exact=True)})(?![\w])") \
            if self.lex.month_nouns else None
        """A date between a determiner or possessive and a noun of a figure or an event ("the
        Fed's March 16-17 meeting", "its April contract"): named for that thing, the nearer
        one, whatever the tense around it."""
        reports = self.lex.clause_words.get("period_report_noun", [])
        self.report_after = re.compile(
            rf"[\s-]+(?:{alternation(reports, exact=True)})(?![\w])") if reports else None
        """The report of a period right after it ("third-quarter results")."""
        documents = self.lex.document_nouns
        self.document_before = re.compile(
            rf"(?<![\w])(?:{alternation(documents, exact=True)})s?(?![\w])[^,;:.!?\n]*"
            r"(?<![\w])(?:of|dated)\s+\Z") if documents else NEVER
        """A document's noun and, in the same phrase, "of" or "dated" right before a date
        ("the verdict of the regional court of 11.10.2025"): the document's date."""
        releases = self.lex.clause_words.get("release_word", [])
        self.release_after = re.compile(
            rf"\s*,?\s+(?:(?:which|that)\s+(?:is|are)\s+)?(?:{alternation(releases, exact=True)})"
            r"(?![\w])") if releases else NEVER
        """A release word right after "for <month>" ("Retail sales for April, due on Friday"):
        the month is the period the data report, over by their release."""
        subjects = self.lex.season_subject_months
        self.season_subject = re.compile(
            rf"(?<![\w])({alternation(sorted(subjects))})s?(?![\w])", re.IGNORECASE) \
            if subjects else None
        """A thing whose own marketing year a split year's season is ("cocoa")."""
        self.stretch_before = re.compile(
            rf"(?<![\w])(?:{alternation(sorted(self.lex.stretch_preps))})\s+\Z",
            re.IGNORECASE) if self.lex.stretch_preps else None
        """A preposition of the stretch something happened in ("in the past year")."""
        self.stretch_words = words_in(self.lex.stretch_preps)
        """The most words ``stretch_before`` matches (see :func:`.phrase_end.last_words_start`)."""
        stock = self.lex.clause_words.get("stock_day_prep", [])
        self.stock_day = re.compile(
            rf"(?<![\w])(?:{alternation(stock, exact=True)})\s+\Z", re.IGNORECASE) \
            if stock else None
        """The words of the day a stock figure is read on ("as of Oct. 1")."""
        self.anchor_words = self._anchor_words()
        self.after_the = self._words_after_the()
        self._matchers_of_word: LRUCache[str, Matcher | None] = LRUCache(WORD_CACHE_SIZE)
        """The forms to try at each start word seen (``Grammar.matcher`` of its key)."""
        words = alternation(sorted(self.anchor_words), exact=True)
        dotted_day = dotted_day_anchor(self.lex.clause_words.get("dotted_day_limit", []))
        self.dotted_day = re.compile(dotted_day)
        """A dotted day.month where it opens a window ("on 05.03,", "till 31.03.")."""
        self.anchors = re.compile(
            rf"{_DIGIT_ANCHOR}|{dotted_day}|(?i:(?<![\w]){words}\.?(?![^\W_]))")
        """Finds the words and number shapes one of which every expression contains."""

    def _anchor_words(self) -> frozenset[str]:
        """Lower-case words one of which every non-numeric expression contains (a fixed
        phrase's last word: "the day after tomorrow" needs no window at each "after")."""
        words: set[str] = set(self.lex.months) | set(self.lex.weekdays) | set(self.lex.units)
        words |= set(self.lex.seasons) | set(self.lex.anchor_words)  # "the weekend", "Q1"
        words |= set(self.lex.decades)  # "the nineties"
        words |= {name.split()[0].lower() for name in self.lex.hijri_month_names}
        words |= set(self.lex.foreign_months)  # "20 de febrero de 2026"
        words |= set(self.lex.dateline_months)  # "Madrid, 11 mar (EFE)"
        words |= {name.lower() for name in self.lex.solar_month_names}  # "26 Azar 1404"
        words |= {zone.lower() for zone in self.lex.time_zones if zone.isupper()}  # "0900 GMT"
        words |= {unit + "long" for unit, plural in self.lex.unit_is_plural.items()
                  if not plural}  # "a yearlong inquiry"
        for phrase in list(self.lex.relative) + list(self.lex.sets) + list(self.lex.holidays) \
                + list(self.lex.feasts):
            parts = phrase.lower().split()
            if len(parts) <= WINDOW_WORDS and parts[0] in words:
                continue  # "year to date": its first word anchors it (its window reaches on)
            words.add(parts[-1])
        return frozenset(words)

    def _words_after_the(self) -> frozenset[str]:
        """Every lower-case word the grammar's lists hold (and the literal words its forms
        write): a plain word after "the" outside it ("the police") starts no expression."""
        lex = self.lex
        phrases: list[str] = [*lex.months, *lex.weekdays, *lex.seasons, *lex.units,
                              *lex.numbers, *lex.ordinals, *lex.centuries, *lex.decades,
                              *lex.qualifiers, *lex.shifts, *lex.relative, *lex.sets,
                              *lex.holidays, *lex.day_parts, *lex.frequencies,
                              *lex.hijri_month_names, *lex.solar_month_names,
                              *lex.duration_fillers, *lex.literal_after_the]
        return frozenset(word for phrase in phrases
                         for word in re.split(r"[\s\-‐'’]+", phrase.lower()) if word)

    def _opens_window(self, text: str, start: int, end: int) -> bool:
        """Whether a flagged anchor token opens a window: a dotted day.month ("05.03") only
        where ``self.dotted_day`` finds it, an ROC year ("114") only before its month; the
        flag reads the token alone, and most such tokens are decimals ("19.25") and counts
        ("120")."""
        if end - start == 5 and text[start + 2] == "." \
                and _DOT_DAY_TOKEN.fullmatch(text, start, end):
            return self.dotted_day.match(text, start) is not None
        if end - start == 3 and _ROC_YEAR_TOKEN.fullmatch(text, start, end):
            return _ROC_YEAR_ANCHOR.match(text, start) is not None
        return True

    def is_anchor(self, token_text: str) -> bool:
        """Whether a token can anchor a search window (used as a vocabulary flag)."""
        if _FLAG_DIGITS.search(token_text) is not None:  # also "mid-2023", "FY2019"
            return True
        if token_text in ("'", "’") or token_text.startswith("民國"):
            return True  # "in '98" is split into "'" and "98"; "民國114年": an ROC date
        if _DOT_DAY_TOKEN.fullmatch(token_text) or _ROC_YEAR_TOKEN.fullmatch(token_text):
            return True  # "on 05.03, ..." (the grammar reads "on"); an ROC year
        return token_text.lower().rstrip(".") in self.anchor_words

    def find(self, text: str, anchors: list[tuple[int, int]] | None = None) -> list[Found]:
        """Every expression in ``text``: start words are looked for only in the stretch up to
        REACH_BEFORE characters before each anchor. ``anchors``: the (start, end) offsets of
        the anchor words, in order, if known (a doc's tokens flag them); else the text is
        scanned for them."""
        if anchors is None:
            anchors = [match.span() for match in self.anchors.finditer(text)]
        else:
            anchors = [(start, hi) for start, hi in anchors
                       if hi - start not in (3, 5) or self._opens_window(text, start, hi)]
        if "|" in text:
            cells = [match.span(1) for match in DATE_CELL.finditer(text)]
            if cells:
                anchors = sorted(set(anchors) | set(cells))
        ranges: list[list[int]] = []
        for start, hi in anchors:
            if text[hi - 1] in _ORDINAL_ENDS and text[start].isdigit() and \
                    text[max(0, start - 7):start].lower() != "on the ":
                continue  # an ordinal ("3rd") anchors only after "on the": most are ranks
            lo = max(0, start - REACH_BEFORE)
            if ranges and lo <= ranges[-1][1]:
                ranges[-1][1] = hi
            else:
                ranges.append([lo, hi])
        if not ranges:
            return []
        self.parser.read_day_order_from(text)
        parse, starts = self.parser.parse, self.grammar.starts
        matchers_of = self._matchers_of_word
        after_the = self.after_the
        found: list[Found] = []
        pos = 0
        for lo, hi in ranges:
            for word in starts.finditer(text, max(lo, pos), hi):
                start = word.start()
                if start < pos:
                    continue
                token = word.group()
                try:
                    match_at = matchers_of[token]
                except KeyError:
                    match_at = matchers_of[token] = self.grammar.matcher(start_key(token))
                if match_at is None:
                    continue
                if token in _THE:  # "the police": no form goes on with a plain word
                    following = _PLAIN_WORD_AFTER.match(text, word.end())
                    if following is not None and following.group(1) not in after_the:
                        continue
                match = match_at(text, start)  # the first form that matches wins
                if match is None:
                    continue
                if text.find("\n", start, match.end()) >= 0:
                    match = _within_line(match_at, text, start, match.end())
                    if match is None:
                        continue
                item = parse(match, text)
                if item is None:
                    continue
                if found and self._joins_range(found[-1], item, text, 0):
                    item = _joined(found.pop(), item)
                found.append(item)
                pos = match.end()
        return found

    def find_in_windows(self, windows: list[tuple[int, str]],
                        whole_text: Callable[[], str] | None = None) -> list[Found]:
        """Every expression in the given (offset, text) stretches of a document.
        ``whole_text`` gives the document's text when the order of its numeric dates must be
        read (an American agency named outside the windows); else the windows are read."""
        if whole_text is not None:
            self.parser.read_day_order_from(whole_text)
        else:
            self.parser.read_day_order_from(
                " ".join([text for _, text in windows]) if len(windows) > 1 else windows[0][1])
        grammar = self.grammar
        starts = grammar.starts
        found: list[Found] = []
        for offset, text in windows:
            pos = 0
            for word in starts.finditer(text):
                start = word.start()
                if start < pos:
                    continue
                key = start_key(word.group())
                match = grammar.match(key, text, start)
                if match is None:
                    continue
                if text.find("\n", start, match.end()) >= 0:
                    line_start = text.rfind("\n", 0, start) + 1
                    if line_start == 0 and offset > 0 and whole_text is not None:
                        # (the window opens inside the line: where the line starts)
                        line_start = whole_text().rfind("\n", 0, offset + start) + 1 - offset
                    match = _within_line(lambda window, at, stop=None, key=key: grammar.match(
                        key, window, at, stop), text, start, match.end(), line_start)
                    if match is None:
                        continue
                item = self.parser.parse(match, text, offset)
                if item is None:
                    continue
                if found and self._joins_range(found[-1], item, text, offset):
                    item = _joined(found.pop(), item)
                found.append(item)
                pos = match.end()
        return found

    def _joins_range(self, first: Found, last: Found, text: str, offset: int) -> bool:
        """Whether two dates, each with its year written, are the ends of one stretch
        across their years ("from October 2025 to 21 January 2026", "from 2021 until the
        spring of 2023", "between late 2024 and March 2026"): only a range word between them
        ("and" after "between"), the second later than the first, and no verb moving a date
        before them ("postponed from May 2025 to June 2026")."""
        a, b = first.expression, last.expression
        if last.start - first.end > JOIN_GAP or type(a) is not CalendarPeriod or \
                type(b) is not CalendarPeriod or a.year is None or b.year is None or \
                a.unit not in _JOINED_UNITS or b.unit not in _JOINED_UNITS or \
                a.year >= b.year or (a.fiscal and b.unit == "month"):
            # (a fiscal year "through" a month names the month it ends in, "a net loss in
            # fiscal 2025 through March 2026": two dates, not a stretch from one to the other)
            return False
        separator = _JOIN_SEPARATOR.fullmatch(text, first.end - offset, last.start - offset)
        if separator is None or (separator.group("and") and _BETWEEN_BEFORE.search(
                text, max(0, first.start - offset - JOIN_GAP), first.start - offset) is None):
            return False  # ("between late 2024 and March 2026"; not "in 2024 and May 2025")
        at = last.start - offset  # ("postponed from May 2025 to": the verb, its object, "to")
        return self.future.deferral.search(text, max(0, at - JOIN_DEFERRAL_REACH), at) is None

    def resolve(self, found: list[Found], reference: date | None,
                context: Callable[[int, int], tuple[int, str]],
                line_prefix: Callable[[int], str] | None = None,
                clock_times: bool = False,
                latest_year: int = LATEST_YEAR,
                neighbour: bool = False) -> list[tuple[int, int, dict[str, Any]]]:
        """(start, end, normalized) for each found expression.

        ``reference`` is the publication date, if known. ``context(start, end)`` gives
        (offset, text) of a stretch around an expression wide enough to hold its sentence and
        line; it is read only when the tense of a sentence matters. ``line_prefix(start)`` is
        the text from the start of the line to ``start`` (for datelines; else from context).
        ``latest_year``: the latest year a year-less dateline of a text that writes no year
        may take (from its lead's weekdays); a setting, so that values never depend on the
        day they are computed. ``neighbour``: ``reference`` is a neighbouring item's latest
        written date, not this text's publication date (its own date lines govern it).
        """
        if line_prefix is None:
            def line_prefix(start: int) -> str:
                offset, text = context(start, start)
                local = start - offset
                return text[text.rfind("\n", 0, local) + 1:local]

        def possessive(end: int) -> bool:
            """Whether "'s" follows a span ("Friday's payrolls report")."""
            offset, text = context(end, end)
            return text.startswith(("'s", "’s"), end - offset)

        def line_rest(end: int) -> str:
            """The text from ``end`` to the end of its line."""
            offset, text = context(end, end)
            local = end - offset
            stop = text.find("\n", local)
            return text[local:] if stop == -1 else text[local:stop]

        plan = ReferencePlan.build(found, reference, line_prefix, self.dateline_prefix,
                                   latest_year, self.said_before, possessive, line_rest,
                                   neighbour)
        results: list[tuple[int, int, dict[str, Any]]] = []
        # The last calendar date given (its end) at each precision, with its position, for
        # "two days later", "a year earlier", "the previous year" (counted from the latest
        # one fine enough, else from the reference).
        last_given: dict[str, tuple[int, str]] = {}
        # ... and those not anchoring a comparison ("the slowest pace since December"): a
        # later sentence's "a year earlier" counts from these ("since mid-2006, when ... a
        # year earlier" in the anchor's own sentence still counts from it)
        plain_given: dict[str, tuple[int, str]] = {}
        since_anchors: set[int] = set()
        # The latest month given, the one reported on: "the previous month" counts from it
        # ("fell in October after dropping in September ... matching the previous month":
        # September)
        peak_month: tuple[int, str] | None = None
        # The latest quarter (half) given in time and over by the reference, the one reported
        # on: "the largest case of the quarter" after "the first quarter of 2025 ... (the
        # first quarter of 2024)" is 2025's, whatever the order the text gave them in (not
        # after another quarter: "the fiscal third quarter ... the quarter")
        peak_part: dict[str, tuple[int, str]] = {}
        # The last day given not after the reference: "two weeks ago" counts back from it
        # ("slid at Tuesday's auction ... from the previous auction two weeks ago"), not
        # from a coming one ("at its Dec. 17-18 meeting")
        past_day: str | None = None
        # The last day given that is no reporting verb's ("the commission said on Monday"):
        # "the same day" is the day of a thing told, not of its telling ("turnout in the
        # election on Sunday reached 74.4%, the commission said on Monday. A referendum held
        # on the same day failed": Sunday)
        told_day: tuple[int, str] | None = None

        def note_given(index: int, item: Found, value: dict[str, Any],
                       today: date | None) -> None:
            """A calendar date given: the latest at its precision, kept apart when it only
            anchors a comparison."""
            nonlocal peak_month, past_day, told_day
            if value["precision"] == "day" and self._names_document(item, context):
                return  # "by the verdict of ... of 11.10.2025": the document's date
            last_given[value["precision"]] = (index, value["end"])
            if value["precision"] == "day" and not self._said_on(item, context):
                told_day = (index, value["end"])
            if value["precision"] == "day" and (today is None or value["end"] <= today.isoformat()):
                past_day = value["end"]
            if value["precision"] in _PART_PRECISIONS and (
                    today is None or value["end"] <= today.isoformat()) and (
                    value["precision"] not in peak_part
                    or value["end"] > peak_part[value["precision"]][1]):
                peak_part[value["precision"]] = (index, value["end"])
            # (a month's last day names the month of a stock figure: "waiting at the end of
            # December ... down from 148,902 the previous month" is November)
            if (value["precision"] == "month" or (
                    value["precision"] == "day" and value["start"] == value["end"]
                    and _month_last_day(value["end"])
                    and (today is None or value["end"] < today.isoformat()))) and (
                    peak_month is None or value["end"] > peak_month[1]):
                peak_month = (index, value["end"])
            if self._anchors_comparison(item, context):
                since_anchors.add(index)
            else:
                plain_given[value["precision"]] = (index, value["end"])

        # The last stretch of days (under a week) the text gave after the reference: a
        # future weekday falls in it ("from Monday 23 to Friday 27 June ... the opening will
        # take place on Monday")
        coming_stretch: tuple[date, date] | None = None
        has_time = False
        day_words = False  # a weekday or "today" a written date may gloss
        values_at: dict[int, dict[str, Any]] = {}  # each found expression's value
        for index, item in enumerate(found):
            resolver = plan.resolver_for(index)
            expression = item.expression
            night: dict[str, Any] | None = None  # the night "the same night" refers to
            counted_from: dict[str, Any] | None = None  # the stretch "a year earlier" counts from
            named_week: dict[str, Any] | None = None  # the week "during the week" refers to
            if type(expression) is RelativePeriod and expression.unit in _DAY_WORD_UNITS:
                day_words = True
            if isinstance(expression, RelativePeriod) and expression.anaphor:
                # "during the week", "over the year": the last week (seven days) or the last
                # month or year the text named; no date when it named none
                if expression.unit == "week":
                    week = _last_week(results)
                    if week is not None and expression.shift and "day" in last_given \
                            and found[last_given["day"][0]].start > week[0]:
                        week = None  # "the following week" after a later day given
                    named_week = week[1] if week is not None else None
                    if named_week is not None and expression.shift:
                        named_week = _moved_week(named_week, expression.shift)
                    elif named_week is None and expression.shift:
                        # "On 3 March ... the following week": from the week of the last day
                        # the text gave, else from the reference's
                        if "day" in last_given:
                            resolver = Resolver(resolver.reference,
                                                date.fromisoformat(last_given["day"][1]))
                        expression = replace(expression, anaphor=False)
                    elif named_week is None:
                        continue
                else:
                    latest = _latest_named(results, expression.unit, resolver, context,
                                           item.start, lambda at: self._baseline_at(at, context))
                    if latest is not None:
                        resolver = Resolver(resolver.reference, latest)
                    elif expression.unit == "year" and expression.full:
                        # "guidance for the full year" in a story that named no year: the
                        # year in progress
                        expression = replace(expression, anaphor=False, counted=False)
                    else:
                        continue
            elif isinstance(expression, RelativePeriod) and expression.ago:
                if past_day is not None:  # "two weeks ago": from the story's last past day
                    resolver = Resolver(resolver.reference, date.fromisoformat(past_day))
            elif isinstance(expression, RelativePeriod) and expression.counted:
                # "the previous quarter", "the quarter": from the last quarter or half the
                # text named, else from its last date fine enough
                given = last_given if not since_anchors else _usable_given(
                    last_given, plain_given, since_anchors, found, item, context)
                if expression.shift == 0 and expression.unit in _PART_PRECISIONS:
                    # "the quarter" after the same quarter of another year (a comparison's):
                    # the latest one reported
                    given = {**given, **{p: peak for p, peak in peak_part.items()
                                         if p in given and given[p][1][5:] == peak[1][5:]}}
                anchor = max((given[p] for p in _COUNT_FIRST.get(expression.unit, ())
                              if p in given), default=None) or \
                    max((given[p] for p in _COUNT_FROM.get(expression.unit, ("day",))
                         if p in given), default=None)
                if anchor is not None and expression.unit == "month" and \
                        expression.shift < 0 and peak_month is not None and \
                        anchor == given.get("month") and peak_month[1] > anchor[1]:
                    anchor = peak_month  # "the previous month": before the month reported on
                elif anchor is not None and expression.unit == "year" and \
                        "year" in given and anchor != given["year"] and \
                        _same_sentence(found[given["year"][0]].end, item.start, context):
                    # "fell 12% in 2025, according to a report published in March, after a
                    # drop the year before": the year its sentence named
                    anchor = given["year"]
                elif expression.unit == "day" and expression.shift == 0 and \
                        told_day is not None and (anchor is None or anchor == given.get("day")):
                    anchor = told_day  # "... said on Monday. ... held on the same day": Sunday
                if anchor is not None and expression.unit in ("day", "week") and \
                        expression.shift < 0 \
                        and resolver.reference is not None and \
                        not _same_sentence(found[anchor[0]].end, item.start, context) and \
                        self._compares_figure(item, context):
                    # "The tender closed on Feb. 10. ... rose to $430 a tonne, up from $395 a
                    # week earlier": the figure compared is the reference's, not a week
                    # before a day of another sentence
                    anchor = (index, resolver.reference.day.isoformat())
                if anchor is not None:
                    resolver = Resolver(resolver.reference, date.fromisoformat(anchor[1]))
                    if _same_night(expression):
                        night = values_at.get(anchor[0])
                elif expression.unit in ("quarter", "half") and expression.shift == 0:
                    continue  # "the quarter", "the semester" with none named before: no date
            if item.form == "range_year":
                expression = self._subject_season(expression, item, context)
            elif item.form == "the_past" and type(expression) is Duration:
                named = self._past_year_named(expression, item, results, resolver, context)
                if named is not None:  # "in 2025 ... in the past year": 2025
                    expression = CalendarPeriod("year", named)
            glossed_year = self._glossed_year(found, index, context)
            if glossed_year is not None:  # "In 2024 (January to December)": that year's
                resolver = Resolver(Reference(date(glossed_year, 12, 31), "explicit"), None)
            else:
                compared = self._compared_part(found, index, context)
                if compared is not None:  # "in the second half of 2025, up 9% on the first
                    # half": the part just before the one dated
                    expression = compared
            future = False
            nearest = False  # no tense told: the nearer of the last and the next one
            intended = False
            tense_matters = resolver.reference is not None and (
                resolver.reference.source == "published" or resolver.today is not None) \
                and not (type(expression) is RelativePeriod and expression.anaphor)
            # ("During the month, 412 smugglers were arrested": the month named, whatever
            # the tense)
            if tense_matters and _needs_tense(expression):
                offset, around = context(item.start, item.end)
                reported = self._reported_part(expression, around, item.end - offset) or \
                    self._released_month(expression, around, item.start - offset,
                                         item.end - offset)
                future = (self.future.around(around, item.start - offset, item.end - offset)
                          or self.future.deadline(around, item.start - offset)
                          or self.future.deferred(around, item.start - offset)
                          or self.future.signalled(around, item.start - offset,
                                                   item.end - offset)
                          or self.future.lasts_until(around, item.start - offset,
                                                     item.end - offset)) \
                    and not self.future.since(around, item.start - offset) and not reported
                # ("will have retroactive effects since January 1": counted from a past day)
                nearest = not future and not reported and _either_way(expression)
                # ("agreed to hold a joint exercise in May": the nearer May, past tense or not;
                # "prices for Wednesday rose": the nearer Wednesday)
                intended = nearest and (
                    self._names_event(around, item.start - offset, item.end - offset)
                    or self.future.intended(around, item.start - offset)
                    or ((_plain_weekday(expression) or _yearless_days(expression))
                        and self.future.set_for(around, item.start - offset,
                                                item.end - offset)))
                stretch_end = None if future else _stretch_end_ahead(expression, resolver)
                if stretch_end is not None and not self.future.past_in_sentence(
                        around, item.start - offset, item.end - offset, NEAR_PAST_REACH):
                    # "cancelled 412 flights on Tuesday and Wednesday" told on Tuesday, "had
                    # added trains between Wednesday and Saturday" told on Thursday: the days
                    # around the reference, unless a past verb right by them tells they are
                    # over ("From Monday to Thursday, the team trained")
                    resolver = Resolver(resolver.reference, stretch_end)
                if not future and _this_weekend(expression) and resolver.today is not None \
                        and resolver.today.weekday() <= LAST_WEEKEND_UNTIL and \
                        self.future.past_in_sentence(around, item.start - offset,
                                                     item.end - offset):
                    # "Officers seized 40 pounds this weekend" told on a Tuesday: the
                    # weekend just past
                    expression = replace(expression, shift=-1)
            if type(expression) is RelativePeriod and expression.unit == "year" and \
                    expression.shift and not expression.anaphor:
                counted_from = self._year_counted_from(
                    found, index, values_at, context, plan.resolver_for(index).today,
                    values_at.get(peak_month[0]) if peak_month is not None else None,
                    resolver.reference.day if resolver.reference is not None else None,
                    lambda at: plan.resolver_for(at).resolve(found[at].expression, False))
            value = resolver.resolve(expression, future)
            if value is None:
                continue
            if type(expression) is Window and expression.tail and resolver.today is not None \
                    and value["end"] and value["end"] > resolver.today.isoformat():
                # "80 cm of snow forecast in the 24 hours to Wednesday evening": hours ahead
                # are a length (no date); the day they run to is the date
                item = item._replace(start=item.start + expression.tail)
                value = resolver.resolve(expression.last, True)
                if value is None:
                    continue
            if _order_told_by_weekday(expression):
                # "Thursday (2/4)": the order of day and month whose day is that weekday
                # nearer the reference (4 February 2027, not 2 April 2026)
                value = _nearer_reading(value, expression, resolver, future)
            if counted_from is not None:
                value = _year_back(counted_from, expression.shift, value)
            if night is not None and _night_span(night):
                # "in the night of 13 to 14 March ... the same night": that night's two days
                value = {**value, "start": night["start"], "end": night["end"],
                         "timex": night["timex"], "timex_start": night.get("timex_start"),
                         "timex_end": night.get("timex_end")}
            if nearest and not _holds_reference(value, resolver, expression):
                ahead = _nearer(value, resolver.resolve(expression, True), resolver, expression)
                # the next one is nearer: taken when the clause tells no past (read only then)
                if ahead is not value and (
                        intended or not self._tells_past(
                            expression, item, context,
                            just_ahead=_just_ahead(value, ahead, resolver, expression)
                            or self._after_date_ahead(found, index, values_at, resolver,
                                                      context))):
                    value = ahead
            if named_week is not None:
                value = {**named_week, "kind": "relative"}
            if type(expression) is SamePeriod:
                compared = _same_period(expression, value, results, resolver, context,
                                        item.start, self.stock_day,
                                        lambda at: self._baseline_at(at, context), True) \
                    or _same_period(expression, value, results, resolver, context,
                                    item.start, self.stock_day,
                                    lambda at: self._baseline_at(at, context))
                if compared is None and (expression.bare or expression.unit == "season"):
                    continue  # "over the same period", "the previous campaign" with no
                    # stretch (split year) before it: no date
                value = compared or value
            if future and coming_stretch is not None and _plain_weekday(expression):
                value = _in_stretch(value, coming_stretch, expression) or value
            kind = value["kind"]
            if (kind == "date" or kind == "range") and value["start"] and resolver.today and \
                    value["start"] > resolver.today.isoformat():
                first, last = date.fromisoformat(value["start"]), date.fromisoformat(value["end"])
                # (a stretch of days: a single day ahead, "fund agencies through Dec. 19",
                # draws no later "on Friday" to it)
                coming_stretch = (first, last) if 0 < (last - first).days < 7 else None
            if kind == "date" or kind == "range":
                if "T" in (value["timex"] or ""):  # a time of day
                    if not clock_times:
                        continue
                    value = {**value, "kind": "time"}
                    has_time = True
                elif value["end"]:
                    note_given(index, item, value, resolver.today)
            elif (kind == "month" or kind == "year") and value["end"]:
                note_given(index, item, value, resolver.today)
            elif kind == "relative" and value["end"] and type(expression) is RelativePeriod \
                    and expression.counted and expression.unit in _COUNT_FIRST \
                    and expression.shift == 0:
                # "in the quarter" names the quarter again: "a year before" counts from it
                last_given[value["precision"]] = (index, value["end"])
            elif kind == "relative" and value["precision"] == "day" and value["end"] and \
                    value["start"] == value["end"] and not getattr(expression, "counted", False):
                # "stopped the dhow on Sunday ... had left about three weeks earlier": a day
                # the text told relative to the reference is a day given too
                last_given["day"] = (index, value["end"])
                if not self._said_on(item, context):
                    told_day = (index, value["end"])  # ("the election on Sunday")
                if not getattr(expression, "ago", False) and (resolver.today is None
                                           or value["end"] <= resolver.today.isoformat()):
                    past_day = value["end"]  # ("two months ago ... three days ago": both
                    # from the same day)
            if item.form == "holiday" and written_year(expression) is None:
                continue  # a holiday's name without a date is none (guide: "Christmas" is
                # no DATE, "Christmas Day 2025" is); later dates may still count from it
            results.append((item.start, item.end, value))
            values_at[index] = value
        if has_time and len(results) > 1:
            self._clock_days(results, context)
        if day_words and len(results) > 1:
            _appositive_days(results, found, context)
        return results

    def _year_counted_from(self, found: list[Found], index: int,
                           values_at: dict[int, dict[str, Any]],
                           context: Callable[[int, int], tuple[int, str]],
                           today: date | None,
                           reported_month: dict[str, Any] | None = None,
                           reference_day: date | None = None,
                           ahead: Callable[[int], dict[str, Any] | None] | None = None
                           ) -> dict[str, Any] | None:
        """The stretch "a year earlier" / "a year ago" compares, whose extent it keeps: the
        last date its own sentence gives before it, not a comparison's baseline ("in October
        from a year earlier", "this week, compared with 2,650 reais a year ago"); else, for
        "a year earlier/before" inside a sentence, a stretch of days or months the sentence
        before it in its paragraph gave ("in the three months ended March 31. Analysts expect
        revenue up 11% from a year earlier"); for "A year ago" opening its sentence, the last
        date the story gave. None: the year counted, as before (a day given in another
        sentence, "A year earlier, the government had capped ..."; "the year before", which
        names a year). A day after "since" in
        its sentence opens the stretch that runs to the reference day ("Since January 1,
        ... seized 214 kg, 1.6 times more than a year earlier": 1 January to that day).
        A baseline "from a year ago" whose sentence gives no date, in a story that reports on
        a month (``reported_month``: the latest month it named, over by the reference), is
        that month a year back ("sales fell in June ... The inventory rose 23.4% from a year
        ago": June; the guide's monthly report); in a story that reports on none, the
        reference day a year back (``reference_day``: "up about 3 percent from a year ago",
        "higher than a year ago": the price that day; "the pace set a year ago", no
        comparison, stays the year). ``ahead(i)``: the value of the i-th expression, for a
        stretch the sentence gives after it."""
        item = found[index]
        expression = item.expression
        offset, text = context(max(0, item.start - COUNTED_YEAR_REACH), item.end)
        local = item.start - offset
        surface = text[local:item.end - offset].lower()
        counted = getattr(expression, "counted", False)
        if (abs(getattr(expression, "shift", 0)) != 1 and not counted) or \
                surface.startswith("the ") or not (counted or surface.endswith(" ago")):
            return None  # "the year before", "last year": name a year; "two years ago"
            # ("three years earlier" counts from a stretch as "a year earlier" does)
        stop = max((m.end() for m in _STOP_BETWEEN.finditer(text, 0, local)), default=0)
        opening = not text[stop:local].strip(" \t\"'“‘([")
        latest: dict[str, Any] | None = None  # the last date of the sentence before it
        for before in range(index - 1, -1, -1):
            earlier = found[before]
            value = values_at.get(before)
            if earlier.end - offset < stop or earlier.start < offset:
                break
            if not _stretch_of_days(value):
                continue
            if self._baseline(text, earlier.start - offset):
                continue  # "7.4% more than in October 2025": the baseline, not the stretch
            if value["precision"] == "year":
                return None  # "fell 12% in 2025, according to a report published in March,
                # after a drop the year before": the year its sentence named, as before
            if latest is None and today is not None and value.get("start") == value.get("end") \
                    and value["start"] < today.isoformat() and \
                    self.future.since(text, earlier.start - offset):
                value = {**value, "end": today.isoformat(),
                         "timex": interval_timex(value["start"], today.isoformat()),
                         "timex_start": value.get("timex"), "timex_end": today.isoformat()}
            latest = latest or value
        if latest is not None:
            return latest
        if ahead is not None and not opening:  # "slumped 41% from a year earlier to 18.3
            # billion yuan in the first seven months": the stretch its sentence gives after it
            # (only its own clause: not a record or baseline after a comma or "and", "to
            # $426,900, topping the record set in June 2022", "and the cheapest since
            # December 2024")
            for after in range(index + 1, len(found)):
                later = found[after]
                offset_after, between = context(item.end, later.start)
                if _CLAUSE_BREAK.search(between, item.end - offset_after,
                                        later.start - offset_after) is not None:
                    break
                value = ahead(after)
                if _stretch_of_days(value) and value is not None and \
                        value.get("precision") != "year" and value["start"] != value["end"]:
                    return value
        if not counted and _single_past_month(reported_month, today) and \
                self.compared_before is not None and self.compared_before.search(
                    text, max(0, local - YEAR_AGO_BASELINE_REACH), local) is not None:
            return reported_month
        if not counted and reference_day is not None and reported_month is None and \
                self._compares_figure(item, context):
            day = reference_day.isoformat()
            return {"start": day, "end": day, "precision": "day", "timex": day}
        counted = type(expression) is RelativePeriod and expression.counted
        if opening and counted:
            return None  # "A year earlier, the government had capped ...": the year
        paragraph = text.rfind("\n\n", 0, local)
        for before in range(index - 1, -1, -1):
            earlier = found[before]
            value = values_at.get(before)
            if earlier.start < offset:
                return None
            if not _stretch_of_days(value):
                continue
            if counted and earlier.start - offset < paragraph and not (
                    value.get("precision") == "month" and value["start"][:7] == value["end"][:7]):
                # (the paragraph before: only the one month it reported on, "243,512 cars
                # were registered last month ..., the authority said on Wednesday.\n\n up
                # 5.2 points from a year earlier"; not "dry weather in February and March")
                if earlier.start - offset < text.rfind("\n\n", 0, paragraph):
                    return None
                continue
            if self._baseline(text, earlier.start - offset) or \
                    self.future.since(text, earlier.start - offset):
                continue  # (a baseline, "the slowest pace since December")
            if counted and value["start"] == value["end"]:
                return None  # a day of another sentence: the year, as before
            return value if counted or opening else None
        return None

    def _baseline_at(self, start: int,
                     context: Callable[[int, int], tuple[int, str]]) -> bool:
        """Whether a comparison's baseline preposition stands right before ``start``."""
        offset, text = context(max(0, start - YEAR_AGO_BASELINE_REACH), start)
        return self._baseline(text[:start - offset], start - offset)

    def _baseline(self, text: str, start: int) -> bool:
        """Whether a comparison's baseline preposition stands right before ``start``."""
        return self.baseline_before is not None and \
            self.baseline_before.search(text, 0, start) is not None

    def _reported_part(self, expression: Expression, text: str, end: int) -> bool:
        """Whether a year-less quarter or half names the period of a report ("will publish
        third-quarter results"): the last one begun, not the next one."""
        return isinstance(expression, CalendarPeriod) and expression.year is None and \
            expression.year_shift is None and expression.unit in ("quarter", "half") and \
            self.report_after is not None and self.report_after.match(text, end) is not None

    def _released_month(self, expression: Expression, text: str, start: int, end: int) -> bool:
        """Whether a year-less month after "for" is the period of data whose release comes
        after it ("Retail sales for April, due on Friday, are expected to rise"): "due" and
        "expected" tell the release day, the month reported is the last one, not the next."""
        return isinstance(expression, CalendarPeriod) and expression.year is None and \
            expression.year_shift is None and expression.unit == "month" and \
            _FOR_BEFORE.search(text, max(0, start - 5), start) is not None and \
            self.release_after.match(text, end) is not None

    def _names_event(self, text: str, start: int, end: int) -> bool:
        """Whether the span stands between a determiner or possessive and a noun it names
        ("the Fed's March 16-17 meeting")."""
        return self.event_after is not None and self.event_after.match(text, end) is not None \
            and self.event_before.search(text, max(0, start - EVENT_BEFORE_REACH),
                                         start) is not None

    def _compares_figure(self, item: Found,
                         context: Callable[[int, int], tuple[int, str]]) -> bool:
        """Whether a comparison word (and the figure compared) stands right before the span
        ("up from $395 a week earlier", "from a year ago")."""
        if self.compared_before is None or self.compared_figure_before is None:
            return False
        offset, text = context(max(0, item.start - YEAR_AGO_FIGURE_REACH), item.start)
        local = item.start - offset
        return self.compared_before.search(
            text, max(0, local - YEAR_AGO_BASELINE_REACH), local) is not None or \
            self.compared_figure_before.search(text, 0, local) is not None

    def _said_on(self, item: Found, context: Callable[[int, int], tuple[int, str]]) -> bool:
        """Whether a day is a reporting verb's ("the commission said on Monday")."""
        if self.said_before is None:
            return False
        offset, around = context(max(0, item.start - SAID_REACH), item.start)
        return ends_with(self.said_before, self.said_words, around, item.start - offset)

    def _names_document(self, item: Found,
                        context: Callable[[int, int], tuple[int, str]]) -> bool:
        """Whether a date names a document it follows ("by the verdict of the court of
        11.10.2025", "a letter dated 5 May"): recalled, so no date later ones count from."""
        offset, around = context(max(0, item.start - DOCUMENT_REACH), item.start)
        return self.document_before.search(
            around, max(0, item.start - DOCUMENT_REACH - offset), item.start - offset) is not None

    def _anchors_comparison(self, item: Found,
                            context: Callable[[int, int], tuple[int, str]]) -> bool:
        """Whether a date only anchors a comparison ("the slowest pace since December"), so
        that "a year earlier" after it does not count from it."""
        offset, around = context(max(0, item.start - SINCE_REACH), item.start)
        return self.future.since(around, item.start - offset)

    def _past_year_named(self, expression: Duration, item: Found,
                         results: list[tuple[int, int, dict[str, Any]]], resolver: Resolver,
                         context: Callable[[int, int], tuple[int, str]]) -> int | None:
        """The calendar year before the reference's, when "the past year" after a stretch
        preposition ("in the past year") follows it, written anywhere before in the story
        ("results of countering smuggling in 2025. In the past year, customs seized ...": the
        year named, not the twelve months up to the reference); else None."""
        today = resolver.today
        if expression.amount != 1 or expression.letter != "Y" or today is None or \
                expression.back_months is not None or self.stretch_before is None:
            return None
        offset, around = context(max(0, item.start - PREVIOUS_SENTENCE_REACH), item.start)
        if not ends_with(self.stretch_before, self.stretch_words, around, item.start - offset):
            return None
        for _start, _end, value in reversed(results):  # (any the story named before it: a
            # release reporting on last year names it once, in its lead)
            if value["kind"] == "year" and value["precision"] == "year" and \
                    value["start"] == f"{today.year - 1}-01-01" and \
                    value["end"] == f"{today.year - 1}-12-31":
                return today.year - 1
        return None

    def _subject_season(self, expression: Expression, item: Found,
                        context: Callable[[int, int], tuple[int, str]]) -> Expression:
        """A split year read as a season (the grain year, July-June) moved to the marketing
        year of the thing its sentence names ("a deficit of 150,000 tonnes of cocoa in the
        2026/27 season": October-September; season_subjects.jsonl)."""
        season_month = self.lex.split_year_months.get("season")
        if self.season_subject is None or not isinstance(expression, CalendarRange):
            return expression
        offset, around = context(item.start, item.end)
        # a slashed split year with no season noun ("its 2026/27 output forecast for sugar"):
        # the marketing year of the thing its sentence names, else two calendar years
        slashed = expression.first.unit == "year" and expression.first.month is None and \
            expression.last.year == expression.first.year + 1 and \
            _SLASHED_YEAR.fullmatch(around, item.start - offset, item.end - offset) is not None
        if not slashed and (expression.first.unit != "month"
                            or expression.first.month != season_month):
            return expression
        left = sentence_start(around, item.start - offset, FAR_LOOK_BEHIND)
        stop = _SENTENCE_BREAK.search(around, item.end - offset)
        subject = self.season_subject.search(around, left, stop.start() if stop else len(around))
        if subject is None:
            # the story's subject named before the sentence ("Olive oil output ... In the
            # 2027/2028 campaign"): the nearest one before it in the text
            story_offset, story = context(0, item.start)
            named = list(self.season_subject.finditer(story, 0,
                                                      max(0, left + offset - story_offset)))
            subject = named[-1] if named else None
        if subject is None:
            return expression
        month = self.lex.season_subject_months[subject.group(1).lower()]
        first, last = expression.first, expression.last
        if slashed:
            return CalendarRange(CalendarPeriod("month", first.year, month),
                                 CalendarPeriod("month", last.year, month - 1 or 12))
        if month == season_month:
            return expression
        return CalendarRange(replace(first, month=month), replace(last, month=month - 1 or 12))

    def _near_past_verb(self, text: str, start: int) -> bool:
        """Whether past wording of the span's own clause stands within NEAR_PAST_REACH
        before it: not when a deadline word stands right before the span ("tendered by",
        "used until") nor a verb of expectation ("expected on")."""
        deadline = self.future.deadline_word
        if deadline is not None and deadline.search(
                text, max(0, start - DEADLINE_WORD_REACH), start) is not None:
            return False
        left = sentence_start(text, start, NEAR_PAST_REACH)
        return any(self.future.expecting.match(text, verb.start()) is None
                   for verb in self.future.past_verb.finditer(text, left, start))

    def _after_date_ahead(self, found: list[Found], index: int,
                          values_at: dict[int, dict[str, Any]], resolver: Resolver,
                          context: Callable[[int, int], tuple[int, str]]) -> bool:
        """Whether the date just before this one in its sentence lies ahead of the
        reference, with no past wording between the two ("available until February 2 for
        flights between April and June"): a date that follows it in the same clause is told
        ahead too."""
        previous = values_at.get(index - 1)
        if previous is None or not previous.get("start") or resolver.today is None or \
                previous["start"] <= resolver.today.isoformat():
            return False
        earlier, item = found[index - 1], found[index]
        if not _same_sentence(earlier.end, item.start, context):
            return False
        offset, around = context(earlier.end, item.start)
        return self.future.past_verb.search(around, earlier.end - offset,
                                            item.start - offset) is None

    def _tells_past(self, expression: Expression, item: Found,
                    context: Callable[[int, int], tuple[int, str]],
                    just_ahead: bool = False) -> bool:
        """Whether the clause of a year-less date or lone weekday tells it is behind the
        reference: "since" before it, past wording in its sentence, or (a weekday) the
        present of a headline. A day or month that begins within JUST_AHEAD_DAYS after the
        reference (``just_ahead``) is told past only by "since" or "after <-ing>" right before
        it, a past verb right after it, its subject's ("sales for March rose"), or one of its
        own clause right before it ("was found on 10 March") but for a participle before a
        deadline word ("notes tendered by April 14") or a verb of expectation ("settlement
        expected on April 20"): a past verb further off in its sentence is another clause's
        ("had contracted shipments to Senegal, Vietnam and China in October-November", told
        a week or two before), as a writer gives the year of a day nearly a year back."""
        offset, around = context(item.start, item.end)
        start, end = item.start - offset, item.end - offset
        if just_ahead:
            return self.future.since(around, start) or \
                self.future.after_gerund(around, start) or \
                self.future.past_verb.match(around, _NEXT_WORD.match(around, end).end()) \
                is not None or self._near_past_verb(around, start)
        # (a stretch of months, a reporting period, takes the tense of its whole sentence:
        # "said it recorded 412 attempts at the country's land, sea and air ports from
        # January to November"; a day keeps its clause's: "said ... before the holiday,
        # which falls on 20 March")
        reach = FAR_LOOK_BEHIND if _month_stretch(expression) else LOOK_BEHIND
        return self.future.since(around, start) or \
            self.future.past_in_sentence(around, start, end, reach) or \
            self.future.after_gerund(around, start) or \
            (_plain_weekday(expression) and self.future.headline_past(around, offset, start))

    def _compared_part(self, found: list[Found], index: int,
                       context: Callable[[int, int], tuple[int, str]]) -> Expression | None:
        """A year-less quarter or half after a comparison word ("up 9 per cent on the first
        half") that the same sentence follows from a part of the same kind with its year ("in
        the second half of 2025"): the baseline, the part just before that one (the first half
        of 2025; "the fourth quarter" after "the first quarter of 2026": of 2025). None when
        it is no such part."""
        if index == 0 or found[index].start - found[index - 1].end > COMPARED_REACH or \
                self.compared_before is None:
            return None  # (the cheapest test first)
        expression, previous = found[index].expression, found[index - 1].expression
        if not isinstance(expression, CalendarPeriod) or expression.unit not in ("quarter",
                                                                                 "half") \
                or expression.year is not None or expression.year_shift is not None or \
                not isinstance(expression.part, int):
            return None
        if not isinstance(previous, CalendarPeriod) or previous.unit != expression.unit or \
                previous.year is None or not isinstance(previous.part, int):
            return None
        offset, around = context(found[index - 1].end, found[index].start)
        between = around[found[index - 1].end - offset:found[index].start - offset]
        if _SENTENCE_BREAK.search(between) or self.compared_before.search(between) is None:
            return None
        year = previous.year if expression.part < previous.part else previous.year - 1
        return expression.with_year(year)

    @staticmethod
    def _glossed_year(found: list[Found], index: int,
                      context: Callable[[int, int], tuple[int, str]]) -> int | None:
        """The year a year-less period glosses in brackets right after it ("2024 (January to
        December)"), if it does."""
        if index == 0 or found[index].start - found[index - 1].end > GLOSS_REACH:
            return None  # (the cheapest test first: most expressions are far apart)
        expression = found[index].expression
        if not _needs_tense(expression) or not isinstance(
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

    @staticmethod
    def _clock_days(results: list[tuple[int, int, dict[str, Any]]],
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

    def tag(self, text: str, reference: date | None = None, clock_times: bool = False,
            latest_year: int = LATEST_YEAR) -> list[tuple[int, int, dict[str, Any]]]:
        """Find and resolve in one call (whole text); times of day only with ``clock_times``;
        ``latest_year`` as for :meth:`resolve`."""
        return self.resolve(self.find(text), reference, lambda _start, _end: (0, text),
                            clock_times=clock_times, latest_year=latest_year)


JOIN_GAP = 9  # characters between two dates read as the ends of one stretch (" until ")
JOIN_DEFERRAL_REACH = 64  # characters before the second end read for a verb moving a date
_JOINED_UNITS = frozenset({"day", "month", "season", "year"})
# a range word between two dates with their years ("from July 8, 2024 up to January 8, 2025"
# in translations); "the" of "the spring of 2023" is the second date's own
_JOIN_SEPARATOR = re.compile(r"\s*(?:[-–—]|(?:(?:up\s+)?(?:to|until|till)|through|thru"
                             r"|(?P<and>and))(?![\w]))\s*")
_BETWEEN_BEFORE = re.compile(r"(?<![\w])[Bb]etween\s+\Z")


def _stretch_of_days(value: dict[str, Any] | None) -> bool:
    """Whether a value has both its days (a stretch "a year earlier" may count from), no
    clock time."""
    return value is not None and value.get("kind") != "time" and bool(value.get("start")) \
        and bool(value.get("end"))


def _month_last_day(day: str) -> bool:
    """Whether an ISO day is the last of its month."""
    return (date.fromisoformat(day) + timedelta(days=1)).day == 1


def _joined(first: Found, last: Found) -> Found:
    """One stretch from the start of ``first`` to the end of ``last``."""
    return Found(first.start, last.end,
                 CalendarRange(first.expression, last.expression),  # type: ignore[arg-type]
                 "joined_range")


def _either_way(expression: Expression) -> bool:
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
    return _plain_weekday(expression)


_EITHER_WAY_UNITS = frozenset({"day", "month", "season", "quarter", "half", "feast",
                               "isoweek"})


def _nearer(past: dict[str, Any], ahead: dict[str, Any] | None, resolver: Resolver,
            expression: Expression) -> dict[str, Any]:
    """The value (the last one or the next one) nearer the reference; the last on a tie."""
    if ahead is None or not past.get("start") or not ahead.get("start") or \
            ahead["start"] == past["start"]:
        return past
    reference = _reference_day(resolver, expression)
    if reference is None:
        return past
    return ahead if _distance(ahead, reference) < _distance(past, reference) else past


def _just_ahead(past: dict[str, Any], ahead: dict[str, Any], resolver: Resolver,
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


def _order_told_by_weekday(expression: Expression) -> bool:
    """Whether a year-less numeric day whose order of day and month is only assumed has its
    weekday written with it ("Thursday (2/4)")."""
    return isinstance(expression, CalendarPeriod) and expression.unit == "day" and \
        expression.year is None and expression.weekday is not None and \
        expression.assumption in ("day_first", "month_first")


def _nearer_reading(value: dict[str, Any], expression: CalendarPeriod, resolver: Resolver,
                    future: bool) -> dict[str, Any]:
    """The value of the other order of day and month when its day (with the weekday) lies
    nearer the reference."""
    if expression.day is None or expression.month is None or expression.day > 12:
        return value
    day_first = expression.assumption == "day_first"
    swapped = replace(expression, month=expression.day, day=expression.month,
                      assumption="month_first" if day_first else "day_first",
                      date_order="mdy" if day_first else "dmy")
    return _nearer(value, resolver.resolve(swapped, future), resolver, expression)


def _reference_day(resolver: Resolver, expression: Expression) -> date | None:
    """The day the last and the next one are measured from."""
    reference = resolver.today if isinstance(expression, RelativePeriod) else None
    if reference is None and resolver.reference is not None:
        reference = resolver.reference.day
    return reference


def _holds_reference(past: dict[str, Any], resolver: Resolver, expression: Expression) -> bool:
    """Whether the last one's stretch holds the reference day: no next one can be nearer,
    so it need not be resolved."""
    reference = _reference_day(resolver, expression)
    return reference is not None and bool(past.get("start")) and \
        _distance(past, reference) == 0


def _month_stretch(expression: Expression) -> bool:
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


def _stretch_end_ahead(expression: Expression, resolver: Resolver) -> date | None:
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


def _this_weekend(expression: Expression) -> bool:
    return isinstance(expression, RelativePeriod) and expression.unit == "weekend" and \
        expression.shift == 0 and expression.mod is None and expression.clip is None


def _yearless_days(expression: Expression) -> bool:
    """A day or a stretch of days of a month, its year not written ("for 23 and 24 March":
    what a thing is set for, as a lone weekday)."""
    if isinstance(expression, CalendarRange):
        return _yearless_days(expression.first) and _yearless_days(expression.last)
    return isinstance(expression, CalendarPeriod) and expression.unit == "day" and \
        expression.year is None and expression.year_shift is None


def _plain_weekday(expression: Expression) -> bool:
    """A weekday told alone ("on Monday"), its week not given."""
    return isinstance(expression, RelativePeriod) and expression.unit == "weekday" and \
        expression.direction is None and expression.through is None and \
        expression.month_day is None


def _in_stretch(value: dict[str, Any], stretch: tuple[date, date],
                expression: Expression) -> dict[str, Any] | None:
    """The value of a weekday moved to its day inside a stretch of days, if it has one."""
    assert isinstance(expression, RelativePeriod)
    first, last = stretch
    day = first + timedelta(days=(int(expression.target or 0) - first.weekday()) % 7)
    if day > last or day.isoformat() == value["start"]:
        return None
    timex = day.isoformat() + (f"T{expression.day_part}" if expression.day_part else "")
    return {**value, "start": day.isoformat(), "end": day.isoformat(), "timex": timex}


def _appositive_days(results: list[tuple[int, int, dict[str, Any]]], found: list[Found],
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
        timex = day.isoformat() + (f"T{expression.day_part}" if expression.day_part else "")
        changed = {key: item for key, item in value.items() if key != "needs_reference"}
        results[index] = (start, end, {**changed, "start": day.isoformat(),
                                       "end": day.isoformat(), "timex": timex})
    _glossing_weekdays(results, expressions, context)


def _glossing_weekdays(results: list[tuple[int, int, dict[str, Any]]],
                       expressions: dict[int, Expression],
                       context: Callable[[int, int], tuple[int, str]]) -> None:
    """A weekday right after the day it names ("31st March 2024 (Sunday)", "17 March,
    Monday") is that day, not the nearest such weekday to the reference."""
    for index in range(1, len(results)):
        start, end, value = results[index]
        expression = expressions.get(start)
        if not isinstance(expression, RelativePeriod) or not _plain_weekday(expression):
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
        timex = day.isoformat() + (f"T{expression.day_part}" if expression.day_part else "")
        changed = {key: item for key, item in value.items() if key != "needs_reference"}
        results[index] = (start, end, {**changed, "start": day.isoformat(),
                                       "end": day.isoformat(), "timex": timex})


@lru_cache(maxsize=4)
def tagger_for(data_dir: str) -> DateTagger:
    """One shared tagger per data directory."""
    return DateTagger(Path(data_dir))
