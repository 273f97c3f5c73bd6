"""Handlers of relative expressions: "ago", "the past", durations, clock times,
weekdays, relative words, anaphoric periods and recurrences."""

from __future__ import annotations

import re

from .expressions import (
    CalendarPeriod,
    ClockTime,
    Duration,
    Expression,
    Recurrence,
    ReferenceToken,
    RelativePeriod,
    SamePeriod,
)
from .lexicon import key
from .parse_common import (
    DAYS_PER_WEEK,
    LOWER_WORD_AFTER,
    NAME_REACH,
    NEXT_WORD,
    Fields,
    first_number,
    is_period_noun,
    weekday_in_name,
)
from .timex import duration_timex

# Units placed relative to the reference through a coarser or finer one: (unit, amount per).
_PLACED_AS = {"fortnight": ("week", 2), "decade": ("year", 10), "century": ("year", 100)}
_HOURS_PER = {"hour": 1, "minute": 0}  # "48 hours ago" is two days before the reference
_SPAN_WORDS = frozenset({"past", "last", "next", "coming"})  # "the past year" spans a year
# "the previous year", "the following month": counted from the last date given, not from the
# publication date ("In 2024 ... (previous year: 35 t)" is 2023).
_COUNTED_UNITS = frozenset({"month", "quarter", "half", "year"})
FISCAL_YEAR_MONTHS = 12  # "during the fiscal year": the last stretch of twelve months given
# TIMEX3 letters of the units "the past N <unit>" counts back from the reference: per day.
_BACK_FROM_REFERENCE = {"TH": 24, "D": 1}
# ... and days or months per unit: "the past two weeks", "the last three months", "the past
# two years" reach back whole weeks or months.
_DAYS_BACK = {"W": 7}
_MONTHS_BACK = {"M": 1, "Y": 12}
_VAGUE_LETTER = {"decade": "DE", "century": "CE"}  # TIMEX3 "PXDE": some decades
GENERIC_REACH = 24  # characters before a weekday read for an article ("a normal Sunday")
# characters before a period noun read for a superlative's or an ordinal's noun and "of"
# ("the most significant seizures of", "its third tender of")
COUNTED_OF_REACH = 80


def word_of(text: str | None) -> str:
    """The lookup key of an optional matched word ("" when none)."""
    return key(text) if text else ""


# An event named after "the day before/after" ("the day before the session", "... its launch")
_EVENT_AFTER = re.compile(r"[ \t]+(?:the|a|an|its|his|her|their|this|that)[ \t]+[^\W\d]"
                          r"|[ \t]+[A-Z][a-z]")
_OF_AFTER = re.compile(r"[ \t]+of(?![\w])")
_LABEL_END = re.compile(r"[ \t]*(?::|\n|\Z)")  # a heading's label ends: "Cases of the week:"
# ... or a factsheet's label ends at a leader ("Year to date ...... 61.3 million") or a tab
_FIELD_END = re.compile(r"[ \t]*(?::|\r?\n|\Z|\.{2,}|…|\t)")
_THAN_AFTER = re.compile(r"\s+than(?![\w])")  # "earlier than planned": a comparison
# A clock time right after two weekdays: the hours of a schedule ("Monday to Friday 8am-4pm")
_HOURS_AFTER = re.compile(r",?[ \t]*(?:from[ \t]+|between[ \t]+)?[0-9]{1,2}(?:[:.][0-9]{2})?"
                          r"[ \t]*(?:[ap]\.?m\b|[AP]\.?M\b|h(?![a-z])|[:.][0-9]{2})")


class RelativeParsers:
    """Handlers of relative expressions: "ago", "the past", durations, clock times,
    weekdays, relative words, anaphoric periods and recurrences.

    A mixin of :class:`~pressparse.temporal.parse.Parser`: its methods read the lexicon and
    state ``Parser.__init__`` sets and call one another through ``self``.
    """

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
            following = NEXT_WORD.match(text, end)
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
                                  month_day=first_number(f.get("md") or f.get("mdb")))
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
        hour = first_number(f.get("h") or f.get("h2") or f.get("h3"))
        minute = first_number(f.get("mi") or f.get("mi2") or f.get("mi3")) or 0
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
        if weekday_in_name(text, start, end) or self._weekday_name.search(
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
                              month_day=first_number(f.get("md") or f.get("md2") or f.get("md3")))

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
        return RelativePeriod("weekday", 0, first, direction=None, day_part=part, through=last,
                              month_day=first_number(f.get("md1")))

    def _relative(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        record = self.lex.relative.get(key(f.get("phrase") or ""))
        if record is None:
            return None
        if record.token:
            return ReferenceToken(record.token)
        if record.counted and (f.get("phrase") or "").lower().endswith(("before", "after")) \
                and self._complement_after(text, start, end):
            return None  # "the day before the session": the day of an event, not a date
        if is_period_noun(record) and not self._refers_back(text, start, end):
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
        if record.not_label and self._is_label(text, start, end):
            return None  # "Year to date ...... 61.3 million": a factsheet's label, a heading
        if record.vague:  # "recent years": PXY
            unit = self._unit(record.unit)
            return Duration(None, unit[1], unit[3]) if unit else None
        return RelativePeriod(record.unit or "day", record.shift, counted=record.counted,
                              day_part=record.part, by_tense=record.by_tense, mod=record.mod,
                              edge=record.edge, clip=record.clip)

    @staticmethod
    def _is_label(text: str, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` open their line and end it or come
        before a leader, a colon or a tab: a label or a heading, no date of the text."""
        return _FIELD_END.match(text, end) is not None and \
            text[text.rfind("\n", 0, start) + 1:start].strip() == ""

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
        word = LOWER_WORD_AFTER.match(text, end)
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

    def _ordinal_before(self, text: str, start: int) -> bool:
        """Whether an ordinal's noun and "of" end right before ``start`` ("the first auction
        of the year"): the period noun counts within the period the text named."""
        return self._ordinal_of.search(
            text, max(0, start - COUNTED_OF_REACH), start) is not None

    def _anaphor_context(self, text: str, start: int, end: int,
                         ordinal: bool | None = None) -> bool:
        """Whether a definite period noun at ``start`` refers back to the period the text
        named: after "in", "during", "over", "for" ("fell 7% in the quarter", "Over the year,
        border guards detained ..."), a superlative's noun and "of" ("the largest find of
        the year") or a tally's noun and "of" in a heading's label ("Results of the week:",
        "Cases of the week" ending its line; not "The results of the week were discussed").
        ``ordinal``: :meth:`_ordinal_before` when the caller has it."""
        noun, before = self._previous_words(text, start)
        if before in self.lex.anaphor_preps:
            return True
        return before == "of" and (
            (noun in self._tally_nouns and _LABEL_END.match(text, end) is not None)
            or self._superlative_of.search(
                text, max(0, start - COUNTED_OF_REACH), start) is not None
            or (self._ordinal_before(text, start) if ordinal is None else ordinal))

    def _anaphor_period(self, f: Fields, text: str, start: int, end: int) -> Expression | None:
        """"during the week", "over the year", "in the reporting period", "during the
        reporting week": the period the text named before (the tagger finds it; no date when
        it named none)."""
        ordinal = self._ordinal_before(text, start)
        if not self._anaphor_context(text, start, end, ordinal):
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
        counting = unit == "year" and ordinal
        # ("the first auction of the year" in a story that named no year: the year in progress)
        return RelativePeriod(unit, 0, counted=True, anaphor=True,
                              full=bool(f.get("full")) or counting)

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
