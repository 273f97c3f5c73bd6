"""The words around a date that tell how to read it (a reporting verb, a comparison's baseline,
a report or release after it, past wording of its clause)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from .context import (
    DEADLINE_WORD_REACH,
    FAR_LOOK_BEHIND,
    LOOK_BEHIND,
    FutureWording,
    sentence_start,
)
from .expressions import CalendarPeriod, CalendarRange, Duration, Expression, RelativePeriod
from .lexicon import Lexicon, key
from .parse_common import Found
from .past_or_ahead import month_stretch, plain_weekday
from .patterns import NEVER, alternation
from .phrase_end import ends_with, words_in
from .referred_periods import (
    PREVIOUS_SENTENCE_REACH,
    SINCE_REACH,
    STOP_BETWEEN,
    same_sentence,
    single_past_month,
    stretch_of_days,
)
from .resolve import Resolver
from .timex import interval_timex

_SLASHED_YEAR = re.compile(r"[0-9]{4}/[0-9]{2}(?:[0-9]{2})?")  # "2026/27": a split year
_FOR_BEFORE = re.compile(r"(?<![\w])for\s+\Z")  # "sales for April": the period of the data
COMPARED_REACH = 80  # characters between a dated part and a year-less one compared with it
_NEXT_WORD = re.compile(r"[ \t]*")  # the spaces before the word right after a span
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
_HEAD_OF_BEFORE = re.compile(r"(?<![\w])[a-z]+\s+of\s+(?:the\s+)?\Z")  # "the harvest of (the)"
STATED_SEASON_REACH = 1500  # characters either side of a split year read for its season's
# stated months


def _season_stated_regex(lex: Lexicon) -> re.Pattern[str] | None:
    """A split year ("2027/28", "2025-26", "2026-2027"), up to three words of its noun, and
    "which"/"that" with a verb stating the season's first or last month or its months."""
    began, ended, runs = (lex.clause_words.get(role, []) for role in (
        "season_began", "season_ended", "season_runs"))
    if not (began and ended and runs and lex.month_names):
        return None
    mon = alternation(lex.month_names) + r"\.?(?![\w])"
    day = r"(?:(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    prep = r"(?:(?:on|in)\s+)?"
    return re.compile(
        r"(?<![\w/-])[0-9]{4}[/\-‐–][0-9]{2}(?:[0-9]{2})?(?:\s+[A-Za-z-]+){0,3},?\s+"
        r"(?:which|that)\s+(?:has\s+|had\s+)?"
        rf"(?:(?:{alternation(began, exact=True)})\s+{prep}{day}(?P<first>{mon})"
        rf"|(?:{alternation(ended, exact=True)})\s+{prep}{day}(?P<last>{mon})"
        rf"|(?:{alternation(runs, exact=True)})\s+from\s+{day}(?P<from>{mon})"
        rf"(?:\s+[0-9]{{1,2}})?\s+(?:to|through|until)\s+{day}(?P<to>{mon}))")


def _split_year(expression: Expression) -> bool:
    """Whether an expression is a split year: two years in a row ("2026-2027"), or twelve
    months across the turn of a year ("the 2026/27 season"); not a fiscal year."""
    if not isinstance(expression, CalendarRange):
        return False
    first, last = expression.first, expression.last
    if first.year is None or last.year != first.year + 1 or first.fiscal or last.fiscal:
        return False
    if first.unit == "year" and last.unit == "year":
        return True
    return first.unit == last.unit == "month" and first.month is not None and \
        last.month == (first.month - 1 or 12)
DOCUMENT_REACH = 120  # characters before a date read for the document it names ("the
# verdict of the Specialized Inter-District Criminal Court of Zhambyl Region of")
WEEKDAY_PAST_REACH = 120  # characters before a lone weekday read for its clause's past verb
NEAR_PAST_REACH = 30  # characters before a stretch of weekdays read for its own past verb
YEAR_AGO_BASELINE_REACH = 12  # characters before "a year ago" a comparison word ("from") stands in
SAID_REACH = 24  # characters before a day read for a reporting verb ("said on Monday")
YEAR_AGO_FIGURE_REACH = 48  # characters before "a year ago" a comparison word and the figure
# compared stand in ("against 7 euros one year ago")
EVENT_BEFORE_REACH = 12  # characters before a date read for its determiner or possessive
COUNTED_YEAR_REACH = 600  # characters read back for the stretch "a year earlier" compares
# what ends the clause of "from a year earlier" before a stretch it may compare ("...
# earlier to 18.3 billion yuan in the first seven months"): a sentence's or line's end, a
# comma or semicolon, "and"
_CLAUSE_BREAK = re.compile(r"[.!?](?:\s+|$)|\n|[,;](?![0-9])|\band\b")


class ClauseCues:
    """Reads the words around a date that tell how to resolve it: a reporting verb before
    it, a comparison's baseline, a report, release or event noun after it, a document it
    names, past wording of its clause, the stretch "a year earlier" compares."""

    def __init__(self, lex: Lexicon, future: FutureWording) -> None:
        self.lex: Lexicon = lex
        self.future = future
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
        self.season_stated = _season_stated_regex(lex)
        """A split year and a clause right after it stating its season's months ("the 2027/28
        season, which began on October 1")."""
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

    def year_counted_from(self, found: list[Found], index: int,
                          values_at: dict[int, dict[str, Any]],
                          context: Callable[[int, int], tuple[int, str]],
                          today: date | None,
                          reported_month: dict[str, Any] | None = None,
                          reference_day: date | None = None,
                          ahead: Callable[[int], dict[str, Any] | None] | None = None,
                          reported: dict[str, Any] | None = None
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
        stretch the sentence gives after it. ``reported``: the stretch the story reports on,
        compared where no sentence before it in reach gives one ("exported 82,430 tonnes in
        January-February ... The average price was 5,006 dollars, against 4,710 dollars a
        year earlier": January-February a year back)."""
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
        stop = max((m.end() for m in STOP_BETWEEN.finditer(text, 0, local)), default=0)
        opening = not text[stop:local].strip(" \t\"'“‘([")
        latest: dict[str, Any] | None = None  # the last date of the sentence before it
        for before in range(index - 1, -1, -1):
            earlier = found[before]
            value = values_at.get(before)
            if earlier.end - offset < stop or earlier.start < offset:
                break
            if not stretch_of_days(value):
                continue
            if self.baseline(text, earlier.start - offset):
                continue  # "7.4% more than in October 2025": the baseline, not the stretch
            if value["precision"] == "year":
                return value  # "fell 12% in 2025, according to a report published in March,
                # after a drop the year before", "to 1.2 tonnes this year from 1.75 tonnes a
                # year earlier": the year its sentence named
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
                if stretch_of_days(value) and value is not None and \
                        value.get("precision") != "year" and value["start"] != value["end"]:
                    return value
        if not counted and single_past_month(reported_month, today) and \
                self.compared_before is not None and self.compared_before.search(
                    text, max(0, local - YEAR_AGO_BASELINE_REACH), local) is not None:
            return reported_month
        if not counted and reference_day is not None and reported_month is None and \
                self.compares_figure(item, context):
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
                return reported
            if not stretch_of_days(value):
                continue
            if counted and earlier.start - offset < paragraph and not (
                    value.get("precision") == "month" and value["start"][:7] == value["end"][:7]):
                # (the paragraph before: only the one month it reported on, "243,512 cars
                # were registered last month ..., the authority said on Wednesday.\n\n up
                # 5.2 points from a year earlier"; not "dry weather in February and March")
                if earlier.start - offset < text.rfind("\n\n", 0, paragraph):
                    return reported
                continue
            if self.baseline(text, earlier.start - offset) or \
                    self.future.since(text, earlier.start - offset):
                continue  # (a baseline, "the slowest pace since December")
            if counted and value["start"] == value["end"] and self.said_on(earlier, context):
                continue  # ("the directorate said on Tuesday": the day of its telling)
            if counted and value["start"] == value["end"]:
                return None  # a day of another sentence: the year, as before
            return value if counted or opening else None
        return reported

    def baseline_at(self, start: int,
                    context: Callable[[int, int], tuple[int, str]]) -> bool:
        """Whether a comparison's baseline preposition stands right before ``start``."""
        offset, text = context(max(0, start - YEAR_AGO_BASELINE_REACH), start)
        return self.baseline(text[:start - offset], start - offset)

    def baseline(self, text: str, start: int) -> bool:
        """Whether a comparison's baseline preposition stands right before ``start``."""
        return self.baseline_before is not None and \
            self.baseline_before.search(text, 0, start) is not None

    def reported_part(self, expression: Expression, text: str, end: int) -> bool:
        """Whether a year-less quarter or half names the period of a report ("will publish
        third-quarter results"): the last one begun, not the next one."""
        return isinstance(expression, CalendarPeriod) and expression.year is None and \
            expression.year_shift is None and expression.unit in ("quarter", "half") and \
            self.report_after is not None and self.report_after.match(text, end) is not None

    def released_month(self, expression: Expression, text: str, start: int, end: int) -> bool:
        """Whether a year-less month after "for" is the period of data whose release comes
        after it ("Retail sales for April, due on Friday, are expected to rise"): "due" and
        "expected" tell the release day, the month reported is the last one, not the next."""
        return isinstance(expression, CalendarPeriod) and expression.year is None and \
            expression.year_shift is None and expression.unit == "month" and \
            _FOR_BEFORE.search(text, max(0, start - 5), start) is not None and \
            self.release_after.match(text, end) is not None

    def names_event(self, text: str, start: int, end: int) -> bool:
        """Whether the span stands between a determiner or possessive and a noun it names
        ("the Fed's March 16-17 meeting")."""
        return self.event_after is not None and self.event_after.match(text, end) is not None \
            and self.event_before.search(text, max(0, start - EVENT_BEFORE_REACH),
                                         start) is not None

    def compares_figure(self, item: Found,
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

    def said_on(self, item: Found, context: Callable[[int, int], tuple[int, str]]) -> bool:
        """Whether a day is a reporting verb's ("the commission said on Monday")."""
        if self.said_before is None:
            return False
        offset, around = context(max(0, item.start - SAID_REACH), item.start)
        return ends_with(self.said_before, self.said_words, around, item.start - offset)

    def names_document(self, item: Found,
                       context: Callable[[int, int], tuple[int, str]]) -> bool:
        """Whether a date names a document it follows ("by the verdict of the court of
        11.10.2025", "a letter dated 5 May"): recalled, so no date later ones count from."""
        offset, around = context(max(0, item.start - DOCUMENT_REACH), item.start)
        return self.document_before.search(
            around, max(0, item.start - DOCUMENT_REACH - offset), item.start - offset) is not None

    def anchors_comparison(self, item: Found,
                           context: Callable[[int, int], tuple[int, str]]) -> bool:
        """Whether a date only anchors a comparison ("the slowest pace since December"), so
        that "a year earlier" after it does not count from it."""
        offset, around = context(max(0, item.start - SINCE_REACH), item.start)
        return self.future.since(around, item.start - offset)

    def past_year_named(self, expression: Duration, item: Found,
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

    def stated_season(self, expression: Expression, item: Found,
                      context: Callable[[int, int], tuple[int, str]]) -> Expression | None:
        """A split year moved to the months a clause after it states ("the 2027/28 season,
        which began on October 1": October-September; "which runs from October to May"):
        its own clause's, else the nearest stated for another split year of the story
        (STATED_SEASON_REACH characters either side). None when the story states none."""
        if self.season_stated is None or not _split_year(expression):
            return None
        assert isinstance(expression, CalendarRange)
        offset, around = context(max(0, item.start - STATED_SEASON_REACH),
                                 item.end + STATED_SEASON_REACH)
        local = item.start - offset
        # (not after "<noun> of": "the harvest of the 2027-2028 campaign, which begins in
        # April" may tell the harvest's start)
        near = sorted((match for match in self.season_stated.finditer(around)
                       if _HEAD_OF_BEFORE.search(around, 0, match.start()) is None),
                      key=lambda match: (match.start() != local, abs(match.start() - local)))
        if not near:
            return None
        stated = near[0]
        months = self._stated_months(stated)
        if months is None:
            return None
        first, last = months
        return CalendarRange(CalendarPeriod("month", expression.first.year, first),
                             CalendarPeriod("month", expression.last.year, last))

    def _stated_months(self, stated: re.Match[str]) -> tuple[int, int] | None:
        """The first and last month a season clause states, the last before the first (the
        season turns the year), else None."""
        def month(name: str | None) -> int | None:
            return self.lex.months.get(key(name)) if name else None

        begun, ended = month(stated["first"]), month(stated["last"])
        if begun is not None:
            first, last = begun, begun - 1
        elif ended is not None:
            first, last = ended % 12 + 1, ended
        else:
            first, last = month(stated["from"]) or 0, month(stated["to"]) or 0
        return (first, last) if 1 <= last < first <= 12 else None

    def subject_season(self, expression: Expression, item: Found,
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

    def after_date_ahead(self, found: list[Found], index: int,
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
        if not same_sentence(earlier.end, item.start, context):
            return False
        offset, around = context(earlier.end, item.start)
        return self.future.past_verb.search(around, earlier.end - offset,
                                            item.start - offset) is None

    def tells_past(self, expression: Expression, item: Found,
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
        # (a lone weekday ending a long clause takes its verb further back: "officials found
        # 340 kilograms of hashish hidden in a truck at the border crossing on Friday")
        reach = FAR_LOOK_BEHIND if month_stretch(expression) else \
            WEEKDAY_PAST_REACH if plain_weekday(expression) else LOOK_BEHIND
        return self.future.since(around, start) or \
            self.future.past_in_sentence(around, start, end, reach) or \
            self.future.after_gerund(around, start) or \
            (plain_weekday(expression) and self.future.headline_past(around, offset, start))

    def compared_part(self, found: list[Found], index: int,
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
