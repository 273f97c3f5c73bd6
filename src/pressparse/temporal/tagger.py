"""Finding and normalizing every temporal expression of a text (the component's engine):
:class:`DateTagger` finds them (:mod:`.finder`) and resolves each against the reference and
the dates the text gave before it, reading its clause (:mod:`.clause_cues`), the periods it
refers back to (:mod:`.referred_periods`), which side of the reference it lies on
(:mod:`.past_or_ahead`) and the dates glossing it (:mod:`.day_glosses`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from .clause_cues import NEAR_PAST_REACH, ClauseCues
from .context import LATEST_YEAR, FutureWording, ReferencePlan, dateline_prefix, written_year
from .day_glosses import appositive_days, clock_days, glossed_year
from .expressions import (
    CalendarPeriod,
    CalendarRange,
    Duration,
    RelativePeriod,
    SamePeriod,
    Window,
)
from .finder import DateFinder
from .lexicon import load_lexicon
from .parse_common import Found
from .past_or_ahead import (
    either_way,
    holds_reference,
    in_stretch,
    just_ahead,
    nearer,
    nearer_reading,
    needs_tense,
    order_told_by_weekday,
    plain_weekday,
    stretch_end_ahead,
    this_weekend,
    year_end,
    yearless_days,
)
from .referred_periods import (
    compared_aside,
    last_week,
    latest_named,
    month_last_day,
    moved_week,
    night_span,
    reported_stretch,
    same_night,
    same_period,
    same_sentence,
    usable_given,
    year_back,
)
from .resolve import Reference, Resolver

_DAY_WORD_UNITS = frozenset({"day", "weekday"})  # a day word a written date may gloss ("today")
# The precisions of a given date a counted unit may count from ("a year earlier" from any
# date, "two days later" only from a day). The value keeps HeidelTime's granularity (its
# UNDEF-REF-<unit>-PLUS/MINUS-n): "N weeks earlier/later" is the day 7N days from the last
# day given (or the reference day: a day is implied), "a month later" the month after the
# last month given, "a year earlier" a year; only "N weeks ago" (from the reference's week)
# is a week value, as TimeBank writes one when no day is implied.
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
# "this weekend" told with past wording from Monday to this weekday (Wednesday) is the weekend
# just past; later in the week, the coming one.
LAST_WEEKEND_UNTIL = 2
PAST_YEAR_END_UNTIL = 6  # last month of the year in which "the end of the year" told with
# past wording is the year just ended


class DateTagger(DateFinder):
    """Finds DATE expressions with the grammar and resolves them against a reference date."""

    def __init__(self, data_dir: Path) -> None:
        lex = load_lexicon(Path(data_dir))
        self.future = FutureWording(lex.future_cues, lex.past_cues,
                                    lex.future_noun_cues, lex.future_not_before,
                                    lex.deadline_preps, lex.since_preps,
                                    lex.future_lower_cues, lex.reporting_verbs,
                                    lex.expecting_verbs, lex.deferral_verbs,
                                    lex.past_noun_forms, lex.intent_words,
                                    lex.clause_words, lex.signalling_words)
        super().__init__(lex, self.future.deferral)
        self.dateline_prefix = dateline_prefix(self.lex.posting_labels)
        self.cues = ClauseCues(self.lex, self.future)
        """The words around each date that tell how to read it."""

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

        def ahead(item: Found) -> bool:
            """Whether future wording governs an expression ("to organise in 2027")."""
            offset, text = context(item.start, item.end)
            return self.future.around(text, item.start - offset, item.end - offset) or \
                self.future.intended(text, item.start - offset)

        plan = ReferencePlan.build(found, reference, line_prefix, self.dateline_prefix,
                                   latest_year, self.cues.said_before, possessive, line_rest,
                                   neighbour, ahead)
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
            if value["precision"] == "day" and self.cues.names_document(item, context):
                return  # "by the verdict of ... of 11.10.2025": the document's date
            if compared_aside(item.start, item.end, context):
                return  # "212 cases (2024: 187)": the baseline's year, no date told
            last_given[value["precision"]] = (index, value["end"])
            if value["precision"] == "day" and not self.cues.said_on(item, context):
                told_day = (index, value["end"])
            if value["precision"] == "day" and (today is None or value["end"] <= today.isoformat()):
                past_day = value["end"]
            if value["precision"] in _PART_PRECISIONS and (
                    today is None or value["end"] <= today.isoformat()) and (
                    value["precision"] not in peak_part
                    or value["end"] > peak_part[value["precision"]][1]):
                peak_part[value["precision"]] = (index, value["end"])
            # (a month's last day names the month of a stock figure: "waiting at the end of
            # December ... down from 148,902 the previous month" is November; a month not over
            # by the reference is none reported on: "INDEC will publish November's figures")
            if ((value["precision"] == "month"
                 and (today is None or value["end"] <= today.isoformat())) or (
                    value["precision"] == "day" and value["start"] == value["end"]
                    and month_last_day(value["end"])
                    and (today is None or value["end"] < today.isoformat()))) and (
                    peak_month is None or value["end"] > peak_month[1]):
                peak_month = (index, value["end"])
            if self.cues.anchors_comparison(item, context):
                since_anchors.add(index)
            else:
                plain_given[value["precision"]] = (index, value["end"])

        # The stretch the story reports on: of those it gave (several days or months, no
        # calendar year, over by the reference, no comparison's baseline), the one ending
        # latest, the last given on a tie ("in the first quarter of 2027 ... than in the first
        # three months of last year ... solar parks 0.74 TWh, twice as much as a year
        # earlier": 2027-Q1); none in a story that gave a whole year first ("Brazil's 2026
        # coffee crop ... exports in Jan-Apr ... yields of 31.5 bags, against 29.8 bags a
        # year earlier": the crop's year)
        story_stretch: dict[str, Any] | None = None
        yearly_story: bool | None = None

        def note_reported(item: Found, expression: object, value: dict[str, Any],
                          today: date | None) -> None:
            nonlocal story_stretch, yearly_story
            if type(expression) is SamePeriod or compared_aside(item.start, item.end, context) \
                    or (type(expression) is not CalendarRange
                        and self.cues.baseline_at(item.start, context)):
                return  # (a range's "from May to September" is no baseline's "from")
            if yearly_story is None and value.get("precision") == "year" and \
                    value.get("end") and (today is None or value["start"] <= today.isoformat()):
                yearly_story = True
            if not reported_stretch(value, today):
                return
            if yearly_story is None:
                yearly_story = False
            if story_stretch is None or value["end"] >= story_stretch["end"]:
                story_stretch = value

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
                    week = last_week(results)
                    if week is not None and expression.shift and "day" in last_given \
                            and found[last_given["day"][0]].start > week[0]:
                        week = None  # "the following week" after a later day given
                    named_week = week[1] if week is not None else None
                    if named_week is not None and expression.shift:
                        named_week = moved_week(named_week, expression.shift)
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
                    latest = latest_named(results, expression.unit, resolver, context,
                                          item.start, lambda at: self.cues.baseline_at(at, context))
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
                given = last_given if not since_anchors else usable_given(
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
                        anchor == given.get("month") and (
                            peak_month[1] > anchor[1] or (
                                resolver.today is not None
                                and anchor[1] > resolver.today.isoformat())):
                    # "the previous month": before the month reported on, not a month named
                    # that is not over ("expect October sales to slow" told in October)
                    anchor = peak_month
                elif anchor is not None and expression.unit == "year" and \
                        "year" in given and anchor != given["year"] and \
                        same_sentence(found[given["year"][0]].end, item.start, context):
                    # "fell 12% in 2025, according to a report published in March, after a
                    # drop the year before": the year its sentence named
                    anchor = given["year"]
                elif expression.unit == "day" and expression.shift == 0 and \
                        told_day is not None and (anchor is None or anchor == given.get("day")):
                    anchor = told_day  # "... said on Monday. ... held on the same day": Sunday
                if anchor is not None and expression.unit in ("day", "week") and \
                        expression.shift < 0 \
                        and resolver.reference is not None and \
                        not same_sentence(found[anchor[0]].end, item.start, context) and \
                        self.cues.compares_figure(item, context):
                    # "The tender closed on Feb. 10. ... rose to $430 a tonne, up from $395 a
                    # week earlier": the figure compared is the reference's, not a week
                    # before a day of another sentence
                    anchor = (index, resolver.reference.day.isoformat())
                if anchor is not None:
                    resolver = Resolver(resolver.reference, date.fromisoformat(anchor[1]))
                    if same_night(expression):
                        night = values_at.get(anchor[0])
                elif expression.unit in ("quarter", "half") and expression.shift == 0:
                    continue  # "the quarter", "the semester" with none named before: no date
            if item.form == "range_year":
                expression = self.cues.stated_season(expression, item, context) or \
                    self.cues.subject_season(expression, item, context)
            elif item.form == "the_past" and type(expression) is Duration:
                named = self.cues.past_year_named(expression, item, results, resolver, context)
                if named is not None:  # "in 2025 ... in the past year": 2025
                    expression = CalendarPeriod("year", named)
            glossed = glossed_year(found, index, context)
            if glossed is not None:  # "In 2024 (January to December)": that year's
                resolver = Resolver(Reference(date(glossed, 12, 31), "explicit"), None)
            else:
                compared = self.cues.compared_part(found, index, context)
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
            if tense_matters and needs_tense(expression):
                offset, around = context(item.start, item.end)
                reported = self.cues.reported_part(expression, around, item.end - offset) or \
                    self.cues.released_month(expression, around, item.start - offset,
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
                nearest = not future and not reported and either_way(expression)
                # ("agreed to hold a joint exercise in May": the nearer May, past tense or not;
                # "prices for Wednesday rose": the nearer Wednesday; "airports were closed
                # until Thursday morning": the nearer Thursday)
                intended = nearest and (
                    self.cues.names_event(around, item.start - offset, item.end - offset)
                    or self.future.intended(around, item.start - offset)
                    or ((plain_weekday(expression) or yearless_days(expression))
                        and self.future.set_for(around, item.start - offset,
                                                item.end - offset))
                    or (plain_weekday(expression)
                        and self.future.bounds_state(around, item.start - offset)))
                stretch_end = None if future else stretch_end_ahead(expression, resolver)
                if stretch_end is not None and not self.future.past_in_sentence(
                        around, item.start - offset, item.end - offset, NEAR_PAST_REACH):
                    # "cancelled 412 flights on Tuesday and Wednesday" told on Tuesday, "had
                    # added trains between Wednesday and Saturday" told on Thursday: the days
                    # around the reference, unless a past verb right by them tells they are
                    # over ("From Monday to Thursday, the team trained")
                    resolver = Resolver(resolver.reference, stretch_end)
                if not future and this_weekend(expression) and resolver.today is not None \
                        and resolver.today.weekday() <= LAST_WEEKEND_UNTIL and \
                        self.future.past_in_sentence(around, item.start - offset,
                                                     item.end - offset):
                    # "Officers seized 40 pounds this weekend" told on a Tuesday: the
                    # weekend just past
                    expression = replace(expression, shift=-1)
                told_on = resolver.today or (resolver.reference.day if resolver.reference
                                             else None)
                if not future and year_end(expression) and told_on is not None and \
                        told_on.month <= PAST_YEAR_END_UNTIL and self.future.past_in_sentence(
                            around, item.start - offset, item.end - offset):
                    # "the number of producers fell to 3,852 at the end of the year" told in
                    # February: the year just ended
                    expression = replace(expression, shift=-1)
            if type(expression) is RelativePeriod and expression.unit == "year" and \
                    expression.shift and not expression.anaphor:
                counted_from = self.cues.year_counted_from(
                    found, index, values_at, context, plan.resolver_for(index).today,
                    values_at.get(peak_month[0]) if peak_month is not None else None,
                    resolver.reference.day if resolver.reference is not None else None,
                    lambda at: plan.resolver_for(at).resolve(found[at].expression, False),
                    None if yearly_story else story_stretch)
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
            if order_told_by_weekday(expression):
                # "Thursday (2/4)": the order of day and month whose day is that weekday
                # nearer the reference (4 February 2027, not 2 April 2026)
                value = nearer_reading(value, expression, resolver, future)
            if counted_from is not None:
                value = year_back(counted_from, expression.shift, value)
            if night is not None and night_span(night):
                # "in the night of 13 to 14 March ... the same night": that night's two days
                value = {**value, "start": night["start"], "end": night["end"],
                         "timex": night["timex"], "timex_start": night.get("timex_start"),
                         "timex_end": night.get("timex_end")}
            if nearest and not holds_reference(value, resolver, expression):
                ahead = nearer(value, resolver.resolve(expression, True), resolver, expression)
                # the next one is nearer: taken when the clause tells no past (read only then)
                if ahead is not value and (
                        intended or not self.cues.tells_past(
                            expression, item, context,
                            just_ahead=just_ahead(value, ahead, resolver, expression)
                            or self.cues.after_date_ahead(found, index, values_at, resolver,
                                                          context))):
                    value = ahead
            if named_week is not None:
                value = {**named_week, "kind": "relative"}
            if type(expression) is SamePeriod:
                compared = same_period(expression, value, results, resolver, context,
                                       item.start, self.cues.stock_day,
                                       lambda at: self.cues.baseline_at(at, context), True) \
                    or same_period(expression, value, results, resolver, context,
                                   item.start, self.cues.stock_day,
                                   lambda at: self.cues.baseline_at(at, context))
                if compared is None and (expression.bare or expression.unit == "season"):
                    continue  # "over the same period", "the previous campaign" with no
                    # stretch (split year) before it: no date
                value = compared or value
            if future and coming_stretch is not None and plain_weekday(expression):
                value = in_stretch(value, coming_stretch, expression) or value
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
                if not self.cues.said_on(item, context):
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
            note_reported(item, expression, value, resolver.today)
        if has_time and len(results) > 1:
            clock_days(results, context)
        if day_words and len(results) > 1:
            appositive_days(results, found, context)
        return results

    def tag(self, text: str, reference: date | None = None, clock_times: bool = False,
            latest_year: int = LATEST_YEAR) -> list[tuple[int, int, dict[str, Any]]]:
        """Find and resolve in one call (whole text); times of day only with ``clock_times``;
        ``latest_year`` as for :meth:`resolve`; lines in capitals are read with their date
        words in the grammar's case (:class:`.caps_reading.CapsReading`), digits a scan wrote
        as letters as digits (:mod:`.ocr_reading`)."""
        return self.read_and_resolve(text, reference, clock_times=clock_times,
                                     latest_year=latest_year)[1]

    def read_and_resolve(self, text: str, reference: date | None,
                         anchors: list[tuple[int, int]] | None = None,
                         clock_times: bool = False, latest_year: int = LATEST_YEAR,
                         neighbour: bool = False
                         ) -> tuple[str, list[tuple[int, int, dict[str, Any]]]]:
        """(the text as the grammar reads it, (start, end, normalized) of its expressions):
        the steps of :meth:`tag` and of the component's whole-text path. ``anchors`` as for
        :meth:`find`; the rest as for :meth:`resolve`, the read text the context of each."""
        read = self.read(text)
        found = self.find(read, anchors)
        if not found:
            return read, []
        return read, self.resolve(found, reference, lambda _start, _end: (0, read),
                                  clock_times=clock_times, latest_year=latest_year,
                                  neighbour=neighbour)

    def read_and_resolve_windows(self, windows: list[tuple[int, str]],
                                 whole_text: Callable[[], str], reference: date | None,
                                 context: Callable[[int, int], tuple[int, str]],
                                 line_prefix: Callable[[int], str] | None = None,
                                 clock_times: bool = False, latest_year: int = LATEST_YEAR,
                                 neighbour: bool = False
                                 ) -> list[tuple[int, int, dict[str, Any]]]:
        """As :meth:`read_and_resolve`, in the (offset, text) windows of a document whose
        text ``whole_text()`` gives (the component's path over a doc's tokens): the windows
        as the grammar reads them (:meth:`read_windows`), their expressions
        (:meth:`find_in_windows`) resolved with ``context`` and ``line_prefix``."""
        found = self.find_in_windows(self.read_windows(windows, whole_text), whole_text)
        if not found:
            return []
        return self.resolve(found, reference, context, line_prefix, clock_times, latest_year,
                            neighbour)

    def read_windows(self, windows: list[tuple[int, str]],
                     whole_text: Callable[[], str]) -> list[tuple[int, str]]:
        """The windows as the grammar reads them (:meth:`read`: date words of lines in
        capitals in the grammar's case, a scan's letters for digits as digits); the windows
        themselves in a doc with neither."""
        if all(self.read(text) is text for _, text in windows):
            return windows
        read = self.read(whole_text())
        return [(offset, read[offset:offset + len(text)]) for offset, text in windows]


def tagger_for(data_dir: str) -> DateTagger:
    """One shared tagger per data directory."""
    return DateTagger(Path(data_dir))
