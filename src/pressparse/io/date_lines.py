"""Recognizing dates in page furniture and date lines.

The date shapes that noise masking and segmentation look for in a line of a scraped page:
a posting line's date part beside its buttons ("18.02.2026, 13:05 | Print"), a menu bar's
date of the day ("... | Opinion | 14 March"), a listing entry led by its date ("10/03/2026 –
The police ..."), a teaser's time stamp ("Today, 11:40"), a date-led posting stamp
("11.07.2025 | 11:40"), a table row opening with a date, and the calendar date a date line
gives ("12.03.2024", "2024-03-12", "12 March 2024").
Month names are the caller's (``months.jsonl``); entity-level dates are the temporal
package's job, not this module's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from ..temporal.parse_common import BUDDHIST_ERA_FROM, BUDDHIST_ERA_OFFSET, ROC_ERA_OFFSET

# a weekday's name, the one source of it: ``segment_cues.jsonl`` writes it ``{WEEKDAY}``
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# its three-letter abbreviation ("Tue 10/11/2026 | ...", "Wed, 18 Feb 2026"): ``{WEEKDAY_ABBR}``
WEEKDAY_ABBR = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
# an exported chat message's bracketed date and time ("[12/03/2027, 09:14]", "[18/11/26,
# 09:12:44 PM]"): ``{CHAT_STAMP}``
CHAT_STAMP = r"\[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[APap]\.?[Mm]\.?)?\]"
# an exported chat message's stamp, bracketed or before a dash, and its sender up to the colon
# ("[21.09.2026, 08:47] FC Press:", "20/11/2026, 21:14 - Mamadou:"): ``{CHAT_MESSAGE}`` in
# ``segment_cues.jsonl`` (a message opens an entry) and ``noise.jsonl`` (an attachment's message)
CHAT_MESSAGE = (rf"(?:{CHAT_STAMP}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}},? \d{{1,2}}:\d{{2}}"
                r"(?: ?[APap]\.?[Mm]\.?)? [-–]) [^:\n\]]{1,40}:")
# a wide gap setting columns apart ("Customs meet ...  13/09/2027")
WIDE_GAP = r"[ \t]{2,}"
# a weekday before a date ("Tuesday, August 19, 2025 | ...", "Sunday, 22 November 2026 - 14:20")
_WEEKDAY = rf"(?:{WEEKDAY},? )?"
# a posting line's date part, with an optional label ("Publication date: 14 October 2025,
# 11:20", "18.02.2026, 13:05", "Feb 3, 2026 10:00 AM", "March 9, 2027 5:12 PM GMT")
_DATE_PART = re.compile(
    r"(?P<label>[^\W\d_]+(?: [^\W\d_]+){0,2} ?:? ?)?" + _WEEKDAY
    + r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2} [^\W\d_]{3,10}\.?,? \d{4}"
    r"|[^\W\d_]{3,10}\.?,? \d{1,2},? \d{4})"
    r"(?:(?:,| [–—-])? (?:at )?\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?"
    r"(?: [A-Z]{2,4}(?:[+\-−]\d{1,2}(?::\d{2})?)?)?)?")
# any date in a line (a cheap test before the parts of a posting line are judged)
_DATE_INSIDE = re.compile(r"\d[./-]\d{1,2}[./-]\d|\d{4}[./-]\d|\d \w{3,10}\.?,? \d{4}"
                          r"|\w{3} \d{1,2},? \d{4}")
# a listing entry's line opening with its date ("10/03/2026 – The National Police ...")
_DATE_LED = re.compile(_WEEKDAY + r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
                       r"|\d{1,2} [^\W\d_]{3,10}\.? \d{4}|[^\W\d_]{3,10}\.?,? \d{1,2},? \d{4})\b")
# a teaser's time stamp: a time after a word or a day ("Today, 11:40", "April 27, 09:15",
# "27 April, 09:15"), or a numeric date with an optional time ("25.07.2025 10:05")
_STAMP_LINE = re.compile(r"(?:[^\W\d_]{2,12}\.?,? (?:\d{1,2},? )?|\d{1,2} [^\W\d_]{3,10}\.?,? )?"
                         r"\d{1,2}:\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}(?:,? \d{1,2}:\d{2})?")
# the date of the day at the end of a menu bar, in any script ("14 March 2025", "बैशाख १४,
# २०८१"): a short label with a digit and a letter, no sentence punctuation
_MENU_DATE = re.compile(r"(?=[^\n]{0,30}\d)(?=[^\n]{0,30}[^\W\d_])[^\W_][^.!?:;|\n]{0,29}")
# a table row opening with a numeric date ("15.08.2024 | Headline": a listing, no table)
_LEADING_DATE = re.compile(r"\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}([-./])\d{2}\1\d{2})\b")
# a date-led line holding only the date and time of posting ("11.07.2025 | 11:40")
_POSTING_STAMP = re.compile(r"(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}([-./])\d{2}\1\d{2})"
                            r"(?:[ \t]*\|[ \t]*\d{1,2}:\d{2}(?::\d{2})?)+")
# the date of a date line, in the order tried: day first (Czech and Slovak pages space the
# parts: "10. 4. 2025"), ISO (also "2025.04.04"), year first ("2026年3月12日", "2026. 3. 10."),
# in words ("12 March 2024", "March 12, 2024", "20 de febrero de 2026")
_DATE_NUMERIC = re.compile(r"\b(\d{1,2})([./-]|\. )(\d{1,2})\2(\d{4})\b")
# (an ISO 8601 date-time's date too: "2026-08-04T10:22:00+04:30")
_DATE_ISO = re.compile(r"\b(\d{4})([-./])(\d{2})\2(\d{2})(?:\b|(?=T\d))")
_DATE_YEAR_FIRST = re.compile(r"\b(\d{4})(年|\. ?)(\d{1,2})(?:月|\. ?)(\d{1,2})(?!\d)")
# a labelled date line of the Republic of China era, year first ("Date: 114-10-03")
_DATE_ROC = re.compile(r"(?<![\d./-])(1[0-2]\d)([-./])(\d{1,2})\2(\d{1,2})(?![\d./-])")
# a date in words; a range of days gives its first ("18–19 June 2026": the 18th)
_DATE_WORDS = re.compile(
    r"\b(?:(\d{1,2})(?:[–-]\d{1,2})?(?:st|nd|rd|th|º)? (?:de )?([^\W\d_]{3,10})\.?"
    r"|([^\W\d_]{3,10})\.?,? (\d{1,2})(?:st|nd|rd|th)?),? (?:de )?(\d{4})\b"
)


def is_date_part(part: str) -> bool:
    """Whether a part of a posting line is a date, with an optional label and time
    ("Publication date: 14 October 2025, 11:20", "18.02.2026, 13:05")."""
    return _DATE_PART.fullmatch(part) is not None


def stamp_label_end(line: str, start: int) -> int | None:
    """The end of the label of a labelled date part starting at ``start`` ("Updated: " in
    "Updated: 14 October 2025"), or None when no labelled date starts there."""
    found = _DATE_PART.match(line, start)
    return found.end("label") if found is not None and found.start("label") >= 0 else None


# a related list's entry carrying its own date (the guide: such an entry is an item, a bare
# headline link is furniture): a date or a relative stamp closing the line after a dash, in
# brackets or after a wide gap ("... fuel tanker – 06 Nov 2026", "... at Dostuk (2 days
# ago)", "... border plan   13/09/2026"; after a bar it is a byline's: "By Ana Ruiz | 11
# June 2022"), or opening it, maybe after its weekday ("17.02.2026  Road police ...",
# "Tuesday, August 19, 2025 | ...", "18.11 A resident of ...": a day and month before a
# capital)
# an English month's name or abbreviation ("March 22: Taipower posts ...")
_MONTH_EN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}"
_FULL_DATE = (r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
              r"|\d{1,2} [^\W\d_]{3,10}\.?,? \d{4}|[^\W\d_]{3,10}\.? \d{1,2},? \d{4})")
# a relative stamp ("2 days ago", "yesterday, 14:05")
_RELATIVE_STAMP = (r"\d{1,2} (?:minutes?|hours?|days?|weeks?) ago"
                   r"|(?:yesterday|today)(?:,? \d{1,2}:\d{2})?")
_ENTRY_DATE_END = re.compile(
    rf"(?:\s[–—-]\s?|\s\(|{WIDE_GAP})(?:{_FULL_DATE}|{_RELATIVE_STAMP})\)?$", re.IGNORECASE)
_ENTRY_DATE_START = re.compile(rf"{_WEEKDAY}{_FULL_DATE}\b|\d{{1,2}}\.\d{{2}} (?=[A-Z])"
                               rf"|{_MONTH_EN}\.? \d{{1,2}}: (?=[A-Z])")
# after a bar, a headline's date or relative stamp ("... canal project | 2 days ago"); a
# byline's ("By Ana Ruiz | 11 June 2022") is no entry's: a headline has five words or more
_ENTRY_DATE_AFTER_BAR = re.compile(
    rf"(?!(?:posted |written |published )?by )(?:\S+ ){{4,}}\S+ \| "
    rf"(?:{_FULL_DATE}|{_RELATIVE_STAMP})$", re.IGNORECASE)


_DATE_AT_END = re.compile(rf"\s\(?{_FULL_DATE}\)?$")


def ends_with_date(line: str) -> bool:
    """Whether ``line`` ends with a full date after a space (a decoded page's link and its
    date: "Preventive raid in Naryn 26.06.2026")."""
    return _DATE_AT_END.search(line) is not None


def is_dated_entry(line: str) -> bool:
    """Whether a list's entry line carries its own date, at its end or at its start."""
    return (_ENTRY_DATE_END.search(line) is not None or _ENTRY_DATE_START.match(line) is not None
            or _ENTRY_DATE_AFTER_BAR.match(line) is not None)


def has_date(line: str) -> bool:
    """Whether a date of any shape occurs in ``line`` (a cheap first test)."""
    return _DATE_INSIDE.search(line) is not None


def opens_with_date(line: str) -> bool:
    """Whether ``line`` opens with a full date ("10/03/2026 – ...", "March 4, 2026 | ...")."""
    return _DATE_LED.match(line) is not None


def is_time_stamp(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only a teaser's time stamp ("Today, 11:40", "April 27,
    09:15", "25.07.2025 10:05")."""
    return _STAMP_LINE.fullmatch(text, start, end) is not None


def is_menu_date(label: str) -> bool:
    """Whether the last label of a menu bar is the site's date of the day ("Opinion | 14
    March", "बैशाख १४, २०८१")."""
    return _MENU_DATE.fullmatch(label) is not None


def opens_with_numeric_date(row: str) -> bool:
    """Whether a row opens with a numeric date ("15.08.2024 | Headline", "2024-08-15 ...")."""
    return _LEADING_DATE.match(row) is not None


def is_posting_stamp(text: str) -> bool:
    """Whether ``text`` holds only a numeric date and the time of posting ("11.07.2025 |
    11:40")."""
    return _POSTING_STAMP.fullmatch(text) is not None


def date_line_iso(text: str, months: Mapping[str, int]) -> str | None:
    """ISO date of a date line ("12.03.2024", "2024-03-12", "12 March 2024"), if any;
    ``months`` maps lower-case month names and abbreviations to their numbers. A year of
    the Buddhist era (a Thai date line: "Date: 14 Nov. 2568") or of the Republic of China
    era (a Taiwanese one: "Date: 114-10-03") is converted."""
    match = _DATE_NUMERIC.search(text)
    if match:
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    elif (match := _DATE_ISO.search(text)) or (match := _DATE_YEAR_FIRST.search(text)):
        year, month, day = int(match[1]), int(match[3]), int(match[4])
    elif match := _DATE_WORDS.search(text):
        day_a, name_a, name_b, day_b, year = match.groups()
        month = months.get((name_a or name_b or "").lower().rstrip("."), 0)
        day, year = int(day_a or day_b), int(year)
    elif match := _DATE_ROC.search(text):
        year, month, day = int(match[1]) + ROC_ERA_OFFSET, int(match[3]), int(match[4])
    else:
        return None
    if year >= BUDDHIST_ERA_FROM:
        year -= BUDDHIST_ERA_OFFSET
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# a day and a month without a year ("20 November", "[05 Oct, 09:30]", "Oct. 5"); a range of
# days gives its first ("16-20 May": the 16th)
_DAY_MONTH = re.compile(r"\b(?:(\d{1,2})(?: ?[–-] ?\d{1,2})?(?:st|nd|rd|th)? ([^\W\d_]{3,10})"
                        r"|([^\W\d_]{3,10})\.? (\d{1,2})(?:st|nd|rd|th)?)\b(?!\.?,? ?\d{4})")


_DAY_MONTH_LINE = re.compile(r"\d{1,2}(?: ?[–-] ?\d{1,2})? ([^\W\d_]{3,10}\.?)"
                             r"|([^\W\d_]{3,10}\.?) \d{1,2}(?: ?[–-] ?\d{1,2})?")


def is_day_month(line: str, months: Mapping[str, int]) -> bool:
    """Whether ``line`` holds only a day (or a range of days) and a month, no year ("3
    April", "16-20 May", "May 16"): a teaser's date in a list of the current year's news."""
    match = _DAY_MONTH_LINE.fullmatch(line)
    return match is not None and (match[1] or match[2]).lower().rstrip(".") in months


def date_line_month_day(text: str, months: Mapping[str, int]) -> str | None:
    """"--MM-DD" of a date line giving a day and a month but no year ("20 November",
    "[05 Oct, 09:30]"), if any; ``months`` as for :func:`date_line_iso`."""
    for match in _DAY_MONTH.finditer(text):
        day_a, name_a, name_b, day_b = match.groups()
        month = months.get((name_a or name_b).lower().rstrip("."), 0)
        day = int(day_a or day_b)
        if month and 1 <= day <= 31:
            return f"--{month:02d}-{day:02d}"
    return None
