"""What more than one family of date parsers shares: the :class:`Found` result, the era
constants, and small readers of written numbers, years and names."""

from __future__ import annotations

import re
from typing import NamedTuple

from .expressions import Expression
from .lexicon import RelativeRecord

_DIGITS = re.compile(r"[0-9]+")
_NAMED_AFTER = re.compile(r" [A-Z][a-z]")  # a capitalised word right after
NEXT_WORD = re.compile(r"\s*([^\W\d]+|%)")
LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)(?![\w])")  # a lower-case word after a span
NAME_WORD_BEFORE = re.compile(r"(?<![\w])([A-Z][a-z]+)(?:,|[ \t]+of)?[ \t]+$")
DAYS_PER_WEEK = 7  # also "the week of March 23": seven days from it
SHORT_RANGE_YEARS = 20  # a range written "2024-26" spans at most this many years
NAME_REACH = 12  # characters before a weekday read for a name word ("Black Friday")


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


def common_era_year(text: str | None) -> int | None:
    """A written year as a Common-era year ("2568" and "2568 (2025)" -> 2025)."""
    year = first_number(text)
    if year is not None and year >= BUDDHIST_ERA_FROM:
        return year - BUDDHIST_ERA_OFFSET
    return year


def is_period_noun(record: RelativeRecord) -> bool:
    """"the quarter", "the semester": a date only where it refers back to the period the text
    named (:meth:`Parser._refers_back`)."""
    return record.unit in ("quarter", "half") and not record.vague


def first_number(text: str | None) -> int | None:
    """The number ``text`` is, else the first run of digits in it (None: no digits)."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    digits = _DIGITS.search(text)
    return int(digits.group()) if digits else None


def weekday_in_name(text: str, start: int, end: int) -> bool:
    """Whether a weekday at start..end is part of a name: "the Sunday Times"."""
    return _NAMED_AFTER.match(text, end) is not None and \
        text[max(0, start - 4):start] in ("the ", "The ")
