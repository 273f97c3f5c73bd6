"""The temporal vocabulary (month names, units, cue words ...) read from the data directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ..data import read_jsonl
from ..word_alternation import longest_first_key


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MonthRecord(_Record):
    month: int
    names: list[str]
    abbreviations: list[str] = []  # a foreign agency dateline's ("Madrid, 11 mar (EFE)")


class InflectedMonthRecord(_Record):
    month: int
    day_first: list[str] = []  # read after a day ("8 қыркүйекте", "9 октября")
    month_first: list[str] = []  # read before a day and "d." ("liepos 17 d.")


class SplitYearRecord(_Record):
    word: str  # a noun after a split year ("school year"), "*" for the default
    first_month: int


class WeekdayRecord(_Record):
    weekday: int
    names: list[str]
    before_date: list[str] = []  # read only right before a written date ("Fri, 03 Oct")


class SeasonRecord(_Record):
    code: str
    names: list[str]
    start_month: int
    months: int = 3
    needs_anchor: bool = False


class UnitRecord(_Record):
    unit: str
    forms: list[str]
    plural: list[str]
    timex: str
    factor: int = 1
    precision: str
    article_amount: bool = True  # "a year" can be a duration; "a quarter" is a fraction
    half_amount: int | None = None  # "half a <unit>" is half_amount of half_timex
    half_timex: str | None = None


class NumberRecord(_Record):
    word: str
    value: int | None
    needs_cue: bool = False


class OrdinalRecord(_Record):
    word: str
    value: int


class QualifierRecord(_Record):
    phrase: str
    mod: str | None = None
    clip: Literal["before", "after"] | None = None
    relative_only: bool = False
    month_day: Literal["first", "last"] | None = None
    hyphen_only: bool = False  # only when joined by a hyphen ("end-March")


class ShiftRecord(_Record):
    word: str
    shift: int


class RelativeRecord(_Record):
    phrase: str
    unit: str | None = None
    shift: int = 0
    token: str | None = None
    counted: bool = False
    part: str | None = None  # TIMEX3 part of the day: MO, AF, EV, NI
    by_tense: bool = False  # nearest before the reference; after it with future wording
    vague: bool = False  # an unstated number of the unit: a duration ("recent years": PXY)
    mod: str | None = None  # TIMEX3 mod ("year-end": END)
    edge: str | None = None  # the unit's first or last month/day ("year-end": December)
    clip: str | None = None  # "before": cut at the reference ("year-to-date")
    after_prep: bool = False  # a date only after a preposition ("by year-end", not "its
    # year-end review")
    nowadays: bool = False  # may mean the present in general ("Today our processes look
    # different", "What does it look like today?"): no date there
    closed: bool = False  # a date only before punctuation or a line's end ("firmer on the day,
    # while"; not "on the day of the arrests", "the day he died")
    only_after: list[str] = []  # a date only right after one of these words ("on the day,")
    not_label: bool = False  # no date as a label opening its line and ending it or a leader
    # ("Year to date ...... 61.3 million", a heading "Year to date" over a paragraph)


class SetRecord(_Record):
    phrase: str
    timex: str


class CueRecord(_Record):
    cue: str
    no_cue_after_article: bool = False  # a noun after "the": "the start of the year"
    not_before: list[str] = []  # words after which it is no cue ("the next day": anaphoric)
    lower_case_only: bool = False  # a cue only in lower case ("may", not the month "May")
    noun_after: list[str] = []  # words after which a past form is a noun ("a rate cut")


class PlaceCueRecord(_Record):
    cue: str
    where: Literal["anywhere", "dateline", "state"]


class WordRecord(_Record):
    word: str


class ClauseWordRecord(_Record):
    role: str
    word: str


class HolidayRecord(_Record):
    names: list[str]
    month: int
    day: int


class FeastRecord(_Record):
    """A holiday whose day moves (movable_feasts.jsonl); ``rule`` is the code the calendar
    arithmetic reads (periods.feast_bounds)."""

    names: list[str]
    rule: str


class CodeRecord(_Record):
    word: str
    code: str


class CountRecord(_Record):
    word: str
    value: int


class BlockerRecord(_Record):
    word: str
    side: Literal["before", "after", "allowed_before", "name_before", "code_before",
                  "event_after", "head_after", "birth_before"]


@dataclass
class Lexicon:
    """Every word list the temporal grammar uses, keyed for lookup (lower-cased keys)."""

    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    month_names: list[str] = field(default_factory=list)
    weekday_names: list[str] = field(default_factory=list)
    weekday_names_before_date: list[str] = field(default_factory=list)
    seasons: dict[str, SeasonRecord] = field(default_factory=dict)
    units: dict[str, UnitRecord] = field(default_factory=dict)
    unit_is_plural: dict[str, bool] = field(default_factory=dict)
    numbers: dict[str, NumberRecord] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    centuries: dict[str, int] = field(default_factory=dict)
    decades: dict[str, int] = field(default_factory=dict)
    duration_fillers: list[str] = field(default_factory=list)
    literal_after_the: list[str] = field(default_factory=list)  # form words after "the"
    time_zones: list[str] = field(default_factory=list)
    qualifiers: dict[str, QualifierRecord] = field(default_factory=dict)
    shifts: dict[str, int] = field(default_factory=dict)
    relative: dict[str, RelativeRecord] = field(default_factory=dict)
    sets: dict[str, str] = field(default_factory=dict)
    future_cues: list[str] = field(default_factory=list)
    future_noun_cues: list[str] = field(default_factory=list)  # no cue after "the" ("the start")
    future_not_before: dict[str, list[str]] = field(default_factory=dict)  # "next" not "day"
    future_lower_cues: list[str] = field(default_factory=list)  # "may" (not "May")
    past_cues: list[str] = field(default_factory=list)  # past wording after a far future cue
    past_noun_forms: dict[str, list[str]] = field(default_factory=dict)  # "a rate cut"
    deadline_preps: list[str] = field(default_factory=list)  # "by" the end of April: ahead
    since_preps: list[str] = field(default_factory=list)  # "since" January: behind
    reporting_verbs: list[str] = field(default_factory=list)  # "..., said X": an attribution
    expecting_verbs: list[str] = field(default_factory=list)  # "expected ... by": ahead
    anchor_words: list[str] = field(default_factory=list)  # open a search: "weekend", "Q1"
    deferral_verbs: list[str] = field(default_factory=list)  # "postponed until": ahead
    intent_words: list[str] = field(default_factory=list)  # "agreed to hold": the nearer
    clause_words: dict[str, list[str]] = field(default_factory=dict)  # role -> function words
    document_nouns: list[str] = field(default_factory=list)  # "the verdict of 11.10.2025":
    # the document's date, no anchor for "the same day"
    signalling_words: dict[str, list[str]] = field(default_factory=dict)  # "signalled a cut
    # in June": the act signalled is ahead (role -> words: verb, determiner, follower)
    timestamp_labels: frozenset[str] = frozenset()  # "Updated" (2 hours ago): page chrome
    posting_labels: list[str] = field(default_factory=list)  # "Published on" before a date
    us_cues: dict[str, list[str]] = field(default_factory=dict)  # where -> cues (US text)
    period_preps: list[str] = field(default_factory=list)
    stretch_preps: frozenset[str] = frozenset()  # "in" the last three months: a stretch
    anaphor_preps: frozenset[str] = frozenset()  # "in"/"for" the quarter: the one named
    sports_words: list[str] = field(default_factory=list)  # "scored ... in the second half"
    split_year_months: dict[str, int] = field(default_factory=dict)  # "2025/26 school year"
    season_subject_months: dict[str, int] = field(default_factory=dict)  # "cocoa": October
    comparison_preps: list[str] = field(default_factory=list)  # "up 9% on the first half"
    date_column_headers: frozenset[str] = frozenset()  # "| Date |": a column of days
    month_preps: list[str] = field(default_factory=list)  # period_preps and "to", "over"
    month_nouns: list[str] = field(default_factory=list)  # "April output": a month's figures
    commodities: list[str] = field(default_factory=list)  # "July raw sugar": a contract month
    month_determiners: list[str] = field(default_factory=list)  # "its January estimate"
    weekday_name_words: list[str] = field(default_factory=list)  # "Black" (Friday): a name
    duration_cues: frozenset[str] = frozenset()
    blocked_after: frozenset[str] = frozenset()
    blocked_before: frozenset[str] = frozenset()
    birth_before: frozenset[str] = frozenset()
    allowed_before: frozenset[str] = frozenset()  # "in or about 2019": a year after all
    name_before: frozenset[str] = frozenset()  # "Narcotics Control Act, 2018": a name's year
    event_after: frozenset[str] = frozenset()  # "Beijing 2022 Winter Olympics": an event's
    head_after: frozenset[str] = frozenset()  # "the Portugal 2030 programme": a name's head
    code_before: frozenset[str] = frozenset()  # "flight EK 2024": a code's number, no year
    hijri_month_names: list[str] = field(default_factory=list)  # "Ramadan", "Dhu al-Hijjah"
    hijri_months: dict[str, int] = field(default_factory=dict)  # "ramadan" -> 9
    solar_month_names: list[str] = field(default_factory=list)  # "Azar" (Solar Hijri)
    solar_months: dict[str, int] = field(default_factory=dict)  # "azar" -> 9
    foreign_months: dict[str, int] = field(default_factory=dict)  # "febrero" -> 2
    dateline_months: dict[str, int] = field(default_factory=dict)  # "mar" of "11 mar (EFE)"
    # inflected month names of other languages (inflected_months.jsonl), lower case
    day_first_months: dict[str, int] = field(default_factory=dict)  # "қыркүйекте" -> 9
    month_first_months: dict[str, int] = field(default_factory=dict)  # "spalio" -> 10
    foreign_weekdays: dict[str, int] = field(default_factory=dict)  # "jueves" -> 3
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)
    feasts: dict[str, str] = field(default_factory=dict)  # name -> rule ("easter-2")
    holiday_names: list[str] = field(default_factory=list)
    frequencies: dict[str, int] = field(default_factory=dict)
    clock_preps: list[str] = field(default_factory=list)
    holiday_preps: list[str] = field(default_factory=list)  # besides period_preps: "at Easter"
    round_the_clock: frozenset[str] = frozenset()
    day_parts: dict[str, str] = field(default_factory=dict)

    @property
    def month_forms(self) -> list[str]:
        """Month names as written: Title case and UPPER case (case matters: 'may', 'march')."""
        return _cased_forms(self.month_names)

    @property
    def weekday_forms(self) -> list[str]:
        return _cased_forms(self.weekday_names)

    @property
    def weekday_forms_before_date(self) -> list[str]:
        """Weekday names and the abbreviations read only before a written date."""
        return _cased_forms(self.weekday_names + self.weekday_names_before_date)


def _cased_forms(names: list[str]) -> list[str]:
    forms: set[str] = set()
    for name in names:
        title = name[:1].upper() + name[1:]
        forms.update({title, title.upper()})
    return sorted(forms, key=longest_first_key)


def key(text: str) -> str:
    """The lookup key of a written form: lower case, single spaces, no trailing dot."""
    if " " not in text and "\n" not in text and "\t" not in text:
        return text.lower().rstrip(".")
    return " ".join(text.lower().split()).rstrip(".")


@lru_cache(maxsize=8)
def load_lexicon(data_dir: Path) -> Lexicon:
    """Read every data file of the date component from ``data_dir``."""
    lex = Lexicon()
    for month in read_jsonl(data_dir / "months.jsonl", MonthRecord):
        lex.month_names.extend(month.names)
        for name in month.names:
            lex.months[key(name)] = month.month
            lex.months[name.lower()] = month.month
    for day in read_jsonl(data_dir / "weekdays.jsonl", WeekdayRecord):
        lex.weekday_names.extend(day.names)
        lex.weekday_names_before_date.extend(day.before_date)
        for name in day.names + day.before_date:
            lex.weekdays[key(name)] = day.weekday
            lex.weekdays[name.lower()] = day.weekday
    for season in read_jsonl(data_dir / "seasons.jsonl", SeasonRecord):
        for name in season.names:
            lex.seasons[key(name)] = season
    for unit in read_jsonl(data_dir / "units.jsonl", UnitRecord):
        for form in unit.forms:
            lex.units[key(form)] = unit
            lex.unit_is_plural[key(form)] = False
        for form in unit.plural:
            lex.units[key(form)] = unit
            lex.unit_is_plural[key(form)] = True
    lex.numbers = {key(r.word): r for r in read_jsonl(data_dir / "numbers.jsonl", NumberRecord)}
    lex.ordinals = {
        key(r.word): r.value for r in read_jsonl(data_dir / "ordinals.jsonl", OrdinalRecord)
    }
    lex.centuries = {
        key(r.word): r.value for r in read_jsonl(data_dir / "centuries.jsonl", OrdinalRecord)
    }
    lex.decades = {
        key(r.word): r.value for r in read_jsonl(data_dir / "decades.jsonl", OrdinalRecord)
    }
    lex.duration_fillers = [
        r.word for r in read_jsonl(data_dir / "duration_fillers.jsonl", WordRecord)]
    lex.literal_after_the = [
        r.word for r in read_jsonl(data_dir / "literal_after_the.jsonl", WordRecord)]
    lex.time_zones = [r.word for r in read_jsonl(data_dir / "time_zones.jsonl", WordRecord)]
    lex.qualifiers = {
        key(r.phrase): r for r in read_jsonl(data_dir / "qualifiers.jsonl", QualifierRecord)
    }
    lex.shifts = {key(r.word): r.shift for r in read_jsonl(data_dir / "shifts.jsonl", ShiftRecord)}
    lex.relative = {
        key(r.phrase): r for r in read_jsonl(data_dir / "relative.jsonl", RelativeRecord)
    }
    lex.sets = {key(r.phrase): r.timex for r in read_jsonl(data_dir / "sets.jsonl", SetRecord)}
    future_records = read_jsonl(data_dir / "future_cues.jsonl", CueRecord)
    lex.future_cues = [key(r.cue) for r in future_records]
    lex.future_noun_cues = [key(r.cue) for r in future_records if r.no_cue_after_article]
    lex.future_not_before = {key(r.cue): r.not_before for r in future_records if r.not_before}
    lex.future_lower_cues = [key(r.cue) for r in future_records if r.lower_case_only]
    past_records = read_jsonl(data_dir / "past_cues.jsonl", CueRecord)
    lex.past_cues = [key(r.cue) for r in past_records]
    lex.past_noun_forms = {key(r.cue): r.noun_after for r in past_records if r.noun_after}
    lex.deadline_preps = [
        key(r.word) for r in read_jsonl(data_dir / "deadline_preps.jsonl", WordRecord)]
    lex.since_preps = [
        key(r.word) for r in read_jsonl(data_dir / "since_preps.jsonl", WordRecord)]
    lex.reporting_verbs = [
        r.word for r in read_jsonl(data_dir / "reporting_verbs.jsonl", WordRecord)]
    lex.expecting_verbs = [
        r.word for r in read_jsonl(data_dir / "expecting_verbs.jsonl", WordRecord)]
    lex.anchor_words = [
        r.word for r in read_jsonl(data_dir / "anchor_words.jsonl", WordRecord)]
    if (data_dir / "deferral_verbs.jsonl").exists():
        lex.deferral_verbs = [
            r.word for r in read_jsonl(data_dir / "deferral_verbs.jsonl", WordRecord)]
    for record in read_jsonl(data_dir / "clause_words.jsonl", ClauseWordRecord):
        lex.clause_words.setdefault(record.role, []).append(record.word)
    if (data_dir / "document_nouns.jsonl").exists():
        lex.document_nouns = [
            r.word for r in read_jsonl(data_dir / "document_nouns.jsonl", WordRecord)]
    if (data_dir / "signalling_words.jsonl").exists():
        for record in read_jsonl(data_dir / "signalling_words.jsonl", ClauseWordRecord):
            lex.signalling_words.setdefault(record.role, []).append(record.word)
    if (data_dir / "intent_words.jsonl").exists():
        lex.intent_words = [
            r.word for r in read_jsonl(data_dir / "intent_words.jsonl", WordRecord)]
    lex.timestamp_labels = frozenset(
        key(r.word) for r in read_jsonl(data_dir / "timestamp_labels.jsonl", WordRecord))
    lex.posting_labels = [
        r.word for r in read_jsonl(data_dir / "posting_labels.jsonl", WordRecord)]
    for cue in read_jsonl(data_dir / "us_cues.jsonl", PlaceCueRecord):
        lex.us_cues.setdefault(cue.where, []).append(cue.cue)
    lex.period_preps = [r.word for r in read_jsonl(data_dir / "period_preps.jsonl", WordRecord)]
    lex.stretch_preps = frozenset(
        key(r.word) for r in read_jsonl(data_dir / "stretch_preps.jsonl", WordRecord))
    lex.anaphor_preps = frozenset(
        key(r.word) for r in read_jsonl(data_dir / "anaphor_preps.jsonl", WordRecord))
    if (data_dir / "comparison_preps.jsonl").exists():
        lex.comparison_preps = [
            r.word for r in read_jsonl(data_dir / "comparison_preps.jsonl", WordRecord)]
    if (data_dir / "split_years.jsonl").exists():
        lex.split_year_months = {
            key(r.word): r.first_month
            for r in read_jsonl(data_dir / "split_years.jsonl", SplitYearRecord)}
    if (data_dir / "season_subjects.jsonl").exists():
        lex.season_subject_months = {
            r.word: r.first_month
            for r in read_jsonl(data_dir / "season_subjects.jsonl", SplitYearRecord)}
    if (data_dir / "sports_words.jsonl").exists():
        lex.sports_words = [r.word for r in read_jsonl(data_dir / "sports_words.jsonl",
                                                       WordRecord)]
    lex.date_column_headers = frozenset(
        r.word.lower() for r in read_jsonl(data_dir / "date_column_headers.jsonl", WordRecord))
    lex.weekday_name_words = [
        r.word for r in read_jsonl(data_dir / "weekday_names.jsonl", WordRecord)]
    lex.month_nouns = [r.word for r in read_jsonl(data_dir / "month_nouns.jsonl", WordRecord)]
    if (data_dir / "commodities.jsonl").exists():
        lex.commodities = [r.word for r in read_jsonl(data_dir / "commodities.jsonl",
                                                      WordRecord)]
    if (data_dir / "month_determiners.jsonl").exists():
        lex.month_determiners = [
            r.word for r in read_jsonl(data_dir / "month_determiners.jsonl", WordRecord)]
    lex.month_preps = lex.period_preps + [
        r.word for r in read_jsonl(data_dir / "month_preps.jsonl", WordRecord)]
    lex.duration_cues = frozenset(
        key(r.word) for r in read_jsonl(data_dir / "duration_cues.jsonl", WordRecord)
    )
    blockers = read_jsonl(data_dir / "year_blockers.jsonl", BlockerRecord)
    lex.blocked_after = frozenset(key(b.word) for b in blockers if b.side == "after")
    lex.blocked_before = frozenset(b.word.lower() for b in blockers if b.side == "before")
    lex.allowed_before = frozenset(b.word.lower() for b in blockers
                                   if b.side == "allowed_before")
    lex.name_before = frozenset(b.word for b in blockers if b.side == "name_before")
    lex.event_after = frozenset(b.word for b in blockers if b.side == "event_after")
    lex.head_after = frozenset(b.word for b in blockers if b.side == "head_after")
    lex.code_before = frozenset(b.word.lower() for b in blockers if b.side == "code_before")
    lex.birth_before = frozenset(b.word.lower() for b in blockers if b.side == "birth_before")
    for hijri in read_jsonl(data_dir / "hijri_months.jsonl", MonthRecord):
        lex.hijri_month_names.extend(hijri.names)
        lex.hijri_months.update({key(name): hijri.month for name in hijri.names})
    for solar in read_jsonl(data_dir / "solar_hijri_months.jsonl", MonthRecord):
        lex.solar_month_names.extend(solar.names)
        lex.solar_months.update({key(name): solar.month for name in solar.names})
    foreign_path = data_dir / "foreign_months.jsonl"
    if foreign_path.exists():
        for month in read_jsonl(foreign_path, MonthRecord):
            for name in month.names:
                lex.foreign_months[name.lower()] = month.month
            for name in month.abbreviations:
                lex.dateline_months[name.lower()] = month.month
    foreign_weekdays_path = data_dir / "foreign_weekdays.jsonl"
    if foreign_weekdays_path.exists():
        for weekday in read_jsonl(foreign_weekdays_path, WeekdayRecord):
            lex.foreign_weekdays.update({name.lower(): weekday.weekday for name in weekday.names})
    inflected_path = data_dir / "inflected_months.jsonl"
    if inflected_path.exists():
        for inflected in read_jsonl(inflected_path, InflectedMonthRecord):
            lex.day_first_months.update({name.lower(): inflected.month
                                         for name in inflected.day_first})
            lex.month_first_months.update({name.lower(): inflected.month
                                           for name in inflected.month_first})
    for holiday in read_jsonl(data_dir / "holidays.jsonl", HolidayRecord):
        lex.holiday_names.extend(holiday.names)
        for name in holiday.names:
            lex.holidays[key(name)] = (holiday.month, holiday.day)
    if (data_dir / "movable_feasts.jsonl").exists():
        for feast in read_jsonl(data_dir / "movable_feasts.jsonl", FeastRecord):
            lex.holiday_names.extend(feast.names)
            for name in feast.names:
                lex.feasts[key(name)] = feast.rule
    lex.frequencies = {
        key(r.word): r.value for r in read_jsonl(data_dir / "frequencies.jsonl", CountRecord)
    }
    lex.clock_preps = [r.word for r in read_jsonl(data_dir / "clock_preps.jsonl", WordRecord)]
    if (data_dir / "holiday_preps.jsonl").exists():
        lex.holiday_preps = [
            r.word for r in read_jsonl(data_dir / "holiday_preps.jsonl", WordRecord)]
    lex.round_the_clock = frozenset(
        key(r.word) for r in read_jsonl(data_dir / "round_the_clock.jsonl", WordRecord)
    )
    lex.day_parts = {
        key(r.word): r.code for r in read_jsonl(data_dir / "day_parts.jsonl", CodeRecord)
    }
    return lex
