"""dateparser as a fallback for rare written forms, on short found spans only, cached.

Settings are fixed so results depend neither on today's date nor on the machine's timezone.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

MAX_SPAN = 40


@lru_cache(maxsize=4096)
def parse_day(text: str, reference: date | None) -> date | None:
    """The calendar day a short span names ("26-Feb-19"), or None."""
    if len(text) > MAX_SPAN:
        return None
    from dateparser import parse as dateparser_parse

    base = reference or date(2000, 1, 1)
    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "RETURN_AS_TIMEZONE_AWARE": False,
        "TIMEZONE": "UTC",
        "TO_TIMEZONE": "UTC",
        "DATE_ORDER": "DMY",
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    result = dateparser_parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return result.date() if result is not None else None
