"""Event dates: the year a date left out, taken from the event's name."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

_NAME_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def name_year(name: str | None, date: dict[str, Any]) -> tuple[str | None, str | None]:
    """The date's start and end; a year the text left out is taken from the event's name
    ("Indestructible Brotherhood-2024", "From 25 to 27 June")."""
    start, end = date.get("start"), date.get("end")
    match = _NAME_YEAR.search(name or "")
    if not (match and date.get("year_inferred") and isinstance(start, str)):
        return start, end
    shift = int(match.group()) - int(start[:4])
    if shift == 0:
        return start, end

    def moved(value: Any) -> Any:
        return f"{int(value[:4]) + shift:04d}{value[4:]}" if isinstance(value, str) else value

    try:
        return _valid(moved(start)), _valid(moved(end))
    except ValueError:
        return start, end


def _valid(value: Any) -> Any:
    if isinstance(value, str):
        date.fromisoformat(value)
    return value
