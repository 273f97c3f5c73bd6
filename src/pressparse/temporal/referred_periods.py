"""The periods a later phrase refers back to: "the same period", "a year earlier", "during the
week", "over the year" (values counted from those the text gave)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from .expressions import Expression, RelativePeriod, SamePeriod
from .parse_common import DAYS_PER_WEEK, Found
from .periods import iso_week, month_end
from .resolve import Resolver
from .timex import interval_timex

# "since" (or "from") before a date, up to six words back in its clause ("Since the flood
# season began in April")
_SINCE_CLAUSE = re.compile(r"(?<![\w])(?i:since|from)\s+(?:[\w'’-]+\s+){0,6}\Z")
SINCE_REACH = 60  # characters before a date read for its "since"
PREVIOUS_SENTENCE_REACH = 400  # characters from a stretch to a bare "the same period" in
# the next sentence
COMPARED_MIN_DAYS = 31  # a stretch compared with "the same period" is longer than a month
STOCK_DAY_REACH = 12  # characters before a day read for "as of"
MONTHS_PER_YEAR = 12


def same_period(expression: SamePeriod, told: dict[str, Any],
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
        since = False  # a day after "since": the stretch from it to the reference
        if past_only and today is not None and first > today and \
                not same_sentence(_end, at, context):
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
                last, since = today, first < today
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
                (value["kind"] == "range" or since) and first < last
                and not expression.long) and not (
                first == last and _read_on(stock_day, start, context)):
            continue  # a day or a single month ("In September"), not a stretch of days
        if expression.years_back is not None:
            shift = -expression.years_back
        elif told["end"]:
            shift = int(told["end"][:4]) - last.year
        else:
            return None
        if shift == 0 and not expression.bare:
            continue  # a stretch in the year told is no stretch compared with it ("402 last
            # year ... 478 against 402 in the same period of 2026": the report's own before)
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


def single_past_month(value: dict[str, Any] | None, today: date | None) -> bool:
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


def same_night(expression: Expression) -> bool:
    """"the same night": the night of the day (or two days) the text gave."""
    return isinstance(expression, RelativePeriod) and expression.unit == "day" and \
        expression.shift == 0 and expression.day_part == "NI" and expression.counted


def night_span(value: dict[str, Any]) -> bool:
    """Whether a value is a night written as its two days ("the night of 13 to 14 March")."""
    if not value.get("start") or not value.get("end"):
        return False
    return (date.fromisoformat(value["end"]) - date.fromisoformat(value["start"])).days == 1


def same_sentence(end: int, start: int,
                  context: Callable[[int, int], tuple[int, str]]) -> bool:
    """Whether no sentence or line ends between ``end`` and ``start``."""
    offset, text = context(end, start)
    return STOP_BETWEEN.search(text, end - offset, start - offset) is None


_BARE_YEAR = re.compile(r"[0-9]{4}")  # a TIMEX3 value of a whole year ("2025", "mid-2025": 2025)


def year_back(base: dict[str, Any], years: int, value: dict[str, Any]) -> dict[str, Any]:
    """A date counted in years from a stretch keeps the stretch's extent, as TIMEX3 values
    take the anchor's granularity ("the first quarter of 2027 ... a year earlier": 2026-Q1;
    "January-February ... from a year earlier": 2026-01/2026-02; "on Monday ... a year
    earlier": that Monday a year back); a whole year (also "mid-2006", TIMEX3 2006 with its
    mod) gives ``value``, the year counted."""
    if _whole_year(base):  # "this year ... a year earlier": the year before that one
        year = int(base["start"][:4]) + years
        return {**value, "start": f"{year:04d}-01-01", "end": f"{year:04d}-12-31",
                "precision": "year", "timex": f"{year:04d}", "timex_start": None,
                "timex_end": None}
    if not base.get("start") or not base.get("end") or base.get("precision") == "year" or \
            (_BARE_YEAR.fullmatch(base.get("timex") or "") and not _one_month(base)):
        return value  # ("the end of 2026", TIMEX3 2026 with mod END, is its December)
    first = _add_years(date.fromisoformat(base["start"]), years)
    last = _add_years(date.fromisoformat(base["end"]), years)
    if month_last_day(base["end"]):  # a month's end stays its end (28 February 2027 -> 2026)
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


def _whole_year(value: dict[str, Any]) -> bool:
    """Whether a value is one whole calendar year, with no modifier (``2026``)."""
    start, end = value.get("start") or "", value.get("end") or ""
    return value.get("precision") == "year" and start[:4] == end[:4] and \
        start.endswith("-01-01") and end.endswith("-12-31") and not value.get("mod")


def _one_month(value: dict[str, Any]) -> bool:
    """Whether a value is one whole month ("the end of the year": its December)."""
    return value.get("precision") == "month" and value["start"][:7] == value["end"][:7] and \
        value["start"].endswith("-01") and month_last_day(value["end"])


def _named_moved(results: list[tuple[int, int, dict[str, Any]]], first: date, last: date,
                 years: int) -> bool:
    """Whether the text named the stretch ``years`` years after this one (the stretch this
    one is the year-ago figure of: "in April ... in April 2026 ... the year-ago month")."""
    start, end = _add_years(first, years).isoformat(), _add_years(last, years).isoformat()
    return any(value["start"] == start and value["end"] == end for _s, _e, value in results)


def last_week(results: list[tuple[int, int, dict[str, Any]]]
               ) -> tuple[int, dict[str, Any]] | None:
    """Where the last stretch of seven days the text gave ("From 9 to 15 November ...
    During the week") starts, and its value; None when it gave none."""
    for start, _end, value in reversed(results):
        if value["start"] and value["end"] and value["kind"] not in ("time", "set") and (
                date.fromisoformat(value["end"])
                - date.fromisoformat(value["start"])).days == DAYS_PER_WEEK - 1:
            return start, value
    return None


def moved_week(week: dict[str, Any], shift: int) -> dict[str, Any]:
    """A week's value moved by ``shift`` weeks (its seven days, whatever day they start)."""
    start = date.fromisoformat(week["start"]) + timedelta(days=DAYS_PER_WEEK * shift)
    end = start + timedelta(days=DAYS_PER_WEEK - 1)
    return {**week, "start": start.isoformat(), "end": end.isoformat(),
            "timex": iso_week(start) if start.weekday() == 0 else interval_timex(
                start.isoformat(), end.isoformat())}


def compared_aside(start: int, end: int,
                   context: Callable[[int, int], tuple[int, str]]) -> bool:
    """Whether a date opens an aside with the figure compared: "1 142 cases (2023: 1 387)"."""
    if start == 0:
        return False
    offset, text = context(start - 1, end + 1)
    return text[start - 1 - offset:start - offset] == "(" and \
        text[end - offset:end + 1 - offset] == ":"


# A part of one year (a half, a quarter, "January-June"): it names its year for "the year"
_PART_OF_YEAR_TIMEX = re.compile(r"(?:[0-9]{4}-[QH][1-4]|([0-9]{4})-[0-9]{2}/\1-[0-9]{2})")


def latest_named(results: list[tuple[int, int, dict[str, Any]]], unit: str,
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
            not compared_aside(start, end, context)

    for start, end, value in reversed(results):
        if not same_sentence(end, at, context):
            break
        if named(start, end, value) and not baseline(start):
            return date.fromisoformat(value["end"])
    ends = [value["end"] for start, end, value in results if named(start, end, value)]
    over = [end for end in ends if last_day is not None and end < last_day]
    # one over by the reference first: "results of 2026 ... plans for 2027 ... over the
    # year" (told in February 2027) is 2026
    return date.fromisoformat(max(over or ends)) if ends else None


def usable_given(last_given: dict[str, tuple[int, str]],
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
            if STOP_BETWEEN.search(text, anchor_end - offset, item.start - offset):
                plain = plain_given.get(precision)
                if plain is not None:
                    given[precision] = plain
                continue
        given[precision] = entry
    return given


_COMPARISON_WINDOW = re.compile(r"(?i:the\s+(?:same|corresponding|comparable)\s)")
# (one stop with the blank lines after it: the sentence before a paragraph break is still the
# one just before)
STOP_BETWEEN = re.compile(r"[.!?](?:\s+|$)|\n\s*")


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
        stop = STOP_BETWEEN.search(text, end - offset, at - offset)
        if stop is None:
            own.append(found)
        elif at - end <= PREVIOUS_SENTENCE_REACH and STOP_BETWEEN.search(
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


def stretch_of_days(value: dict[str, Any] | None) -> bool:
    """Whether a value has both its days (a stretch "a year earlier" may count from), no
    clock time."""
    return value is not None and value.get("kind") != "time" and bool(value.get("start")) \
        and bool(value.get("end"))


def reported_stretch(value: dict[str, Any] | None, today: date | None) -> bool:
    """Whether a value is a stretch a story may report on: several days or months up to a
    split year, no clock time, over by ``today`` (when known)."""
    return stretch_of_days(value) and value is not None and \
        value.get("precision") not in (None, "year") and value["start"] < value["end"] and \
        (date.fromisoformat(value["end"]) - date.fromisoformat(value["start"])).days <= 366 and \
        (today is None or value["end"] <= today.isoformat())


def month_last_day(day: str) -> bool:
    """Whether an ISO day is the last of its month."""
    return (date.fromisoformat(day) + timedelta(days=1)).day == 1
