"""What a temporal expression says, before it is resolved against a reference date."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class CalendarPeriod:
    """A named calendar period (a day, month, quarter, half, season, year or decade).

    ``year`` is None when it was not written; ``year_shift`` is set when the year is given
    relative to the reference ("the first quarter of this year" -> 0, "... of last year" -> -1).
    """

    unit: str
    year: int | None
    month: int | None = None
    day: int | None = None
    part: int | str | None = None
    mod: str | None = None
    year_shift: int | None = None
    assumption: str | None = None
    weekday: int | None = None  # written with the day ("Tuesday, Nov. 12"): picks the year
    fiscal: bool = False  # a fiscal year ("fiscal 1998"): TIMEX3 "FY1998"
    date_order: str | None = None  # a numeric date's order as read: "dmy" or "mdy"
    solar: tuple[int, int] | None = None  # a yearless Solar Hijri day: (month, day)
    the_year: bool = False  # "of the year" (not "of this year"): may be the year just ended
    nearest: bool = False  # the nearest such month either side ("April output", "May contract")

    def with_year(self, year: int | None) -> CalendarPeriod:
        return replace(self, year=year)


@dataclass(frozen=True)
class CalendarRange:
    """Two calendar periods, the second not before the first, written as one expression."""

    first: CalendarPeriod
    last: CalendarPeriod

    @property
    def year_written(self) -> bool:
        return self.first.year is not None or self.last.year is not None


@dataclass(frozen=True)
class RelativePeriod:
    """A period placed relative to the reference date ("last week", "on Monday", "3 days ago").

    unit: day | week | weekend | month | quarter | half | year | decade | weekday | monthname |
    season. ``target`` is the weekday index, month number or season code for those units;
    ``direction`` is None when the wording does not say (then the sentence's tense decides).
    ``day_part`` is added to a day's value (2023-10-17TMO); ``by_tense``: the nearest one before
    the reference, the next one when the wording is future ("over the weekend").
    ``counted``: "three weeks later/earlier" counts whole units from a day (the last date the
    text gave before it, else the reference): a day for days and weeks, else the month/year.
    """

    unit: str
    shift: int = 0
    target: int | str | None = None
    mod: str | None = None
    clip: str | None = None
    direction: int | None = None
    counted: bool = False
    day_part: str | None = None  # TIMEX3 part of the day ("this morning": MO)
    by_tense: bool = False  # "the weekend": the last one, the next with future wording
    span_timex: str | None = None  # TIMEX3 of a period told as a length ("the past week": P1W)
    through: int | None = None  # the last weekday of a stretch ("Wednesday and Thursday")
    month_day: int | None = None  # the day of the month written with a weekday ("Friday (31)")
    edge: str | None = None  # "the end of the year": its last month ("first" or "last")
    days: int | None = None  # days of the month at its edge ("the last ten days of the month":
    # 10, with edge "last")
    anaphor: bool = False  # "during the week", "over the year": the last period of the unit
    # the text named before it (a week: its stretch of seven days); no date when it named none
    week_later: bool = False  # "Thursday week": the weekday a week after the coming one
    from_day: int | None = None  # "the 17th and yesterday": the stretch from that day of the
    # month (the day word's month, else the month before) to the day
    ago: bool = False  # "two weeks ago", "three months ago": one day counted back from the last
    # day the story gave that is not after the reference (else from the reference)
    full: bool = False  # "the full year" (an anaphor): the year in progress when the text
    # named none


@dataclass(frozen=True)
class SamePeriod:
    """"The same period of 2023 / last year / a year earlier": the stretch of the calendar
    the text compares with (the last one it gave, longer than a month, or "since" a day),
    moved to another year. ``fallback`` (the year told) is the value when the text gave no
    stretch; ``year`` is the year written, ``years_back`` the years back from the stretch
    compared ("a year earlier": 1), else the year is ``fallback``'s."""

    fallback: CalendarPeriod | RelativePeriod
    year: int | None = None
    years_back: int | None = None
    unit: str = "period"
    bare: bool = False
    long: bool = False  # "during the period": only a stretch longer than a month
    months: int | None = None  # "in the six months": only a stretch of that many months
    """``bare``: no year told ("over the same period"): the stretch the text gave, unmoved;
    no date when it gave none. ``unit``: what is compared: "period" (the last stretch
    longer than a month), or the last
    "quarter", "half", "month" or "week" the text named ("the same quarter last year", "the
    year-earlier quarter"); ``fallback`` is then that unit a year before the reference's last
    complete one."""


@dataclass(frozen=True)
class ReferenceToken:
    """TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF ("now", "recently", "in the future")."""

    token: str


@dataclass(frozen=True)
class Duration:
    """A length of time: amount (None when vague) of a TIMEX3 unit letter."""

    amount: int | None
    letter: str
    precision: str
    back_days: int | None = None
    """Days back from the reference the length reaches when it ends there ("the past 24 hours":
    1): valued as that stretch of days, TIMEX3 still the length."""
    back_months: int | None = None
    """Months back from the reference ("the last three months": 3, "the past two years": 24):
    valued from the same day that many months before, to the reference."""
    stays_duration: bool = False
    """Valued as a stretch ending at the reference, but still a duration (weeks, months,
    years: TimeML's DURATION; only hours and days read as the days they cover)."""


@dataclass(frozen=True)
class Recurrence:
    """A set of times ("every year", "weekly") with its TIMEX3 value."""

    timex: str
    precision: str


@dataclass(frozen=True)
class ClockTime:
    """A time of day ("10:30 a.m.", "14:00 GMT", "noon"), on the reference day."""

    hour: int
    minute: int


@dataclass(frozen=True)
class Window:
    """A stretch told by its length up to a period ("the 12 months to February", "the year to
    June 30, 2026", "the week ended Feb. 28"): the ``months`` (or ``days``) ending with
    ``last``, one range whose year is inferred from its end."""

    last: CalendarPeriod | RelativePeriod  # a weekday: "the week to Friday"
    months: int = 0
    days: int = 0
    ended: bool = False  # "the three months ended March 31": over, whatever the tense
    starting: bool = False  # "the week of March 23": the days start with ``last``
    tail: int = 0  # hours to a weekday: characters from the span's start to the weekday

Expression = (
    CalendarPeriod | CalendarRange | RelativePeriod | ReferenceToken | Duration | Recurrence
    | ClockTime | SamePeriod | Window
)
