"""Government financial years: "fiscal year 2025", "FY2024", and (in the countries that write
them so) "2023–24", valued as the country's financial year rather than calendar years."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from ..data import read_jsonl
from ..word_alternation import escaped_alternation
from .lexicon import _Record  # the records' shared settings
from .patterns import NEVER, alternation
from .periods import add_months, month_end

# "2023–24", "2023/24", and two years in full with a slash ("2025/2026": a slash joins the
# two halves of one year that spans the turn of the calendar year; a dash between two years in
# full, "2023–2024", stays two calendar years)
_SHORT_RANGE = re.compile(r"(?:1[89]|20)[0-9]{2}\s*(?:[-–—‐/]\s*[0-9]{2}|/\s*(?:1[89]|20)[0-9]{2})")
_FISCAL_YEAR = re.compile(r"FY([0-9]{4})")
_FISCAL_QUARTER = re.compile(r"FY([0-9]{4})-Q([1-4])")
# the words of first_months_regex telling the fiscal year before the one in progress
_EARLIER_YEAR_WORDS = frozenset({"previous", "last", "preceding"})


class FiscalYearRecord(_Record):
    country: str
    first_month: int
    short_ranges: bool = False
    named_by_start: bool = False  # "fiscal 2023" starts in 2023 (Japan), not ends in it
    companies: bool = False  # companies report in it too: a numbered quarter of a text that
    # speaks of fiscal years is a fiscal quarter ("first quarter" in Australia: July-September)


UNKNOWN_COUNTRY = "*"  # fiscal_years.jsonl's row for a text whose country is unknown


def load_fiscal_years(data_dir: Path) -> dict[str, FiscalYearRecord]:
    """ISO2 country -> its financial year (fiscal_years.jsonl; none when the file is absent)."""
    path = data_dir / "fiscal_years.jsonl"
    if not path.exists():
        return {}
    return {row.country: row for row in read_jsonl(path, FiscalYearRecord)}


def _fiscal_year_words(nouns: list[str]) -> str:
    """The piece matching "fiscal year", "financial year" (``nouns``: clause_words
    financial_year_word, the words before "year"; their case ignored inside ``(?i:...)``);
    matches nothing when ``nouns`` is empty."""
    return rf"{alternation(nouns)}\s+year" if nouns else "(?!)"


def of_told_year_regex(nouns: list[str]) -> re.Pattern[str]:
    """Finds a part of a fiscal year told relative to the reference at a span's end ("of
    the next financial year"), ``nouns`` the words before "year"."""
    return re.compile(rf"(?i:of\s+(?:the\s+)?[a-z]+\s+{_fiscal_year_words(nouns)})\Z")


def first_months_regex(nouns: list[str]) -> re.Pattern[str]:
    """Finds the first months of the fiscal year in progress or the one before it at a
    span's end ("the first eight months of the fiscal year", "the first four months of the
    current financial year", "the first half of this fiscal year"), no year written; group 1
    the word telling which year. ``nouns``: the words before "year"."""
    return re.compile(
        r"(?i:(?:the\s+)?first\s+[\w-]+(?:\s+months)?\s+of\s+(?:the\s+)?"
        r"(?:(current|this|present|previous|last|preceding)\s+)?"
        rf"{_fiscal_year_words(nouns)})\Z")


def anaphoric_fiscal_year_regex(nouns: list[str]) -> re.Pattern[str]:
    """Matches all of "the fiscal year", "the financial year" (the financial year the text
    reported before it) and "the year", ``nouns`` the words before "year"."""
    noun = rf"(?:{alternation(nouns)}\s+)?" if nouns else ""
    return re.compile(rf"(?i:the\s+{noun}year)")


def _bounds(first_year: int, last_year: int, first_month: int) -> tuple[date, date]:
    """From the first day of ``first_month`` of ``first_year`` to the day before that month
    of ``last_year``."""
    return date(first_year, first_month, 1), month_end(last_year, first_month - 1 or 12)


def _current_name(reference: date, year: FiscalYearRecord) -> int:
    """The name of the fiscal year that holds ``reference``, by the country's naming."""
    started = reference.month >= year.first_month
    return reference.year - (not started) if year.named_by_start else reference.year + started


def _named_bounds(name: int, year: FiscalYearRecord) -> tuple[date, date]:
    """The first and last day of the fiscal year named ``name`` ("fiscal year 2025",
    "FY2024"): named by the calendar year it ends in (in Japan, by the year it starts in:
    "fiscal 2023" runs from April 2023 to March 2024)."""
    if year.named_by_start:
        return _bounds(name, name + 1, year.first_month)
    return _bounds(name - 1, name, year.first_month)


def first_months_of_fiscal_year(span: str, value: dict[str, Any], year: FiscalYearRecord,
                                reference: date | None, first_months: re.Pattern[str]
                                ) -> dict[str, Any] | None:
    """The first months of a fiscal year told with no year ("the first eight months of the
    fiscal year" in Pakistan told in March 2026: July 2025 to February 2026): as many months
    as the calendar reading counts, from the start of the fiscal year holding the reference
    (the one before it after "previous", "last"); None for other spans (``first_months``
    from first_months_regex)."""
    found = first_months.search(span.strip())
    if found is None or reference is None or year.first_month == 1 or \
            not value.get("start") or not value.get("end"):
        return None
    first, last = date.fromisoformat(value["start"]), date.fromisoformat(value["end"])
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if first.day != 1 or not 0 < months < 12:
        return None
    begin_year = reference.year - (reference.month < year.first_month)
    if (found.group(1) or "").lower() in _EARLIER_YEAR_WORDS:
        begin_year -= 1
    end_year, end_month = add_months(begin_year, year.first_month, months - 1)
    begin, finish = date(begin_year, year.first_month, 1), month_end(end_year, end_month)
    return {**value, "start": begin.isoformat(), "end": finish.isoformat(),
            "timex": f"{begin.isoformat()[:7]}/{finish.isoformat()[:7]}",
            "timex_start": None, "timex_end": None}


def fiscal_value(span: str, value: dict[str, Any], year: FiscalYearRecord,
                 reference: date | None = None, *, of_told_year: re.Pattern[str]
                 ) -> dict[str, Any] | None:
    """The value of a financial year written in ``span`` in a country whose financial year
    ``year`` describes; None when the span is no financial year there. A fiscal year told
    relative to the reference ("this fiscal year", timex FY<reference year + shift>) is
    moved to the fiscal year that contains the reference, and so is a quarter of one
    (``of_told_year`` from of_told_year_regex: "of the next financial year")."""
    timex = value.get("timex") or ""
    quarter = _FISCAL_QUARTER.fullmatch(timex)
    if quarter is not None:
        if value.get("year_inferred") and reference is not None and value.get("start") and \
                year.first_month != 1 and value.get("kind") != "relative":
            # "its fiscal second quarter" with no year: the latest begun by the reference,
            # not the fiscal year of the calendar quarter's number (future wording tells of
            # the report: "is due to report results for its fiscal third quarter"); one
            # counted from another ("a year earlier", FY2022-Q3) is that fiscal quarter
            first, last = _latest_part(int(quarter[2]), 3, year.first_month, reference,
                                       False)
            return {**value, "start": first.isoformat(), "end": last.isoformat()}
        name = int(quarter[1])
        if value.get("kind") == "relative" and reference is not None and \
                year.first_month != 1 and of_told_year.search(span) is not None:
            # "the first quarter of the next financial year": of the fiscal year after the
            # one holding the reference (the timex's year is the reference's moved)
            name = _current_name(reference, year) + name - reference.year
            value = {**value, "timex": f"FY{name}-Q{quarter[2]}"}
        return _fiscal_quarter(value, name, int(quarter[2]), year)
    told_relative = value.get("kind") == "relative" and timex.startswith("FY")
    if year.first_month == 1 or not (value.get("kind") in ("year", "range") or told_relative):
        return None
    years = [int(found) for found in _FISCAL_YEAR.findall(timex)]
    start, end = value.get("start"), value.get("end")
    if not start or not end:
        return None
    first, last = int(start[:4]), int(end[:4])
    if told_relative and reference is not None and len(years) == 1:
        # the fiscal year containing the reference, by the country's naming, then the shift
        first = last = _current_name(reference, year) + years[0] - reference.year
        value = {**value, "timex": f"FY{first}"}
    if len(years) == 1 and value["kind"] in ("year", "relative"):
        begin, finish = _named_bounds(first, year)
    elif len(years) == 2 and span.count("FY") == 2:
        # "FY22-FY25": from the start of the first fiscal year named to the end of the last
        begin = _named_bounds(years[0], year)[0]
        finish = _named_bounds(years[1], year)[1]
    elif years or (year.short_ranges and _SHORT_RANGE.fullmatch(span.strip())):
        # "FY 2024-25", "2023–24", "2023–27": from the first year's start to the last's end
        if last <= first:
            return None
        begin, finish = _bounds(first, last, year.first_month)
    else:
        return None
    if value.get("mod") == "END" and start[:7] == end[:7] and len(years) == 1:
        begin = finish.replace(day=1)  # "the end of fiscal 2027": its last month
    return {**value, "start": begin.isoformat(), "end": finish.isoformat(),
            "kind": "relative" if told_relative else "range", "precision": "month"}


def _fiscal_quarter(value: dict[str, Any], fiscal_year: int, number: int,
                    year: FiscalYearRecord) -> dict[str, Any] | None:
    """"the fiscal third quarter" (FY2023-Q3): its three months in the country's financial
    year (in Japan October-December 2023; in the US April-June 2023)."""
    if year.first_month == 1:
        return None
    first_year = fiscal_year if year.named_by_start else fiscal_year - 1
    start_year, start_month = add_months(first_year, year.first_month, 3 * (number - 1))
    end_year, end_month = add_months(start_year, start_month, 2)
    return {**value, "start": date(start_year, start_month, 1).isoformat(),
            "end": month_end(end_year, end_month).isoformat()}


_NUMBERED_PART = re.compile(r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)[\s\-‐]+"
                            r"(?i:quarter|half)|[QH][1-4]|[1-4][QH]")
_TELLS_FISCAL = re.compile(r"(?<![\w])(?:[Ff]iscal|[Ff]inancial\s+year|FY\s?['’]?[0-9]{2})")
_PART_TIMEX = re.compile(r"([0-9]{4})-([QH])([1-4])")


def tells_fiscal_years(text: str) -> bool:
    """Whether a text speaks of fiscal years ("fiscal 2026", "the financial year", "FY25")."""
    if "iscal" not in text and "inancial" not in text and "FY" not in text:
        return False  # (a substring test is much cheaper than the regex over a long text)
    return _TELLS_FISCAL.search(text) is not None


def company_fiscal_part(span: str, value: dict[str, Any], year: FiscalYearRecord,
                        reference: date | None) -> dict[str, Any] | None:
    """A numbered quarter or half whose year the text leaves out ("third-quarter profit",
    "first-half results"), in a text that speaks of fiscal years in a country whose companies
    report in its financial year: that fiscal quarter (half), the latest begun by the
    reference, or when its calendar reading lay ahead, the first not yet over. None when the
    span is no such part."""
    found = _PART_TIMEX.fullmatch(value.get("timex") or "")
    if found is None or reference is None or not year.companies or year.first_month == 1 or \
            not value.get("year_inferred") or _NUMBERED_PART.search(span) is None or \
            not value.get("start"):
        return None
    months = 3 if found[2] == "Q" else 6
    chosen = _latest_part(int(found[3]), months, year.first_month, reference,
                          value["start"] > reference.isoformat())
    return {**value, "start": chosen[0].isoformat(), "end": chosen[1].isoformat()}


def _latest_part(number: int, months: int, first_month: int, reference: date,
                 ahead: bool) -> tuple[date, date]:
    """The ``number``-th part (``months`` long) of a financial year starting in
    ``first_month``: the latest begun by the reference, or when ``ahead``, the first not yet
    over."""
    candidates = []
    for fiscal_start in (reference.year - 2, reference.year - 1, reference.year):
        first_year, start_month = add_months(fiscal_start, first_month, months * (number - 1))
        last_year, last_month = add_months(first_year, start_month, months - 1)
        candidates.append((date(first_year, start_month, 1), month_end(last_year, last_month)))
    if ahead:
        return next(((a, b) for a, b in candidates if b >= reference), candidates[-1])
    return [(a, b) for a, b in candidates if a <= reference][-1]


class CurrencyMarkRecord(_Record):
    mark: str
    country: str


def currency_marks(data_dir: Path) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex of the currency marks that tell a fiscal text's country
    (fiscal_currencies.jsonl: "£", "₹", "A$"; never when the file is absent or empty) and
    mark -> ISO2 country."""
    path = data_dir / "fiscal_currencies.jsonl"
    rows = read_jsonl(path, CurrencyMarkRecord) if path.exists() else []
    if not rows:
        return NEVER, {}
    marks = escaped_alternation(row.mark for row in rows)
    pattern = re.compile(r"(?<![^\W\d_])(?:" + marks + r")(?![^\W\d_])")
    return pattern, {row.mark: row.country for row in rows}


def currency_country(text: str, pattern: re.Pattern[str],
                     countries: Mapping[str, str]) -> str | None:
    """The country whose currency marks ``text`` writes most often ("£4.1 billion": GB),
    None on a tie or when it writes none."""
    named: dict[str, int] = {}
    for found in pattern.finditer(text):
        country = countries[found.group()]
        named[country] = named.get(country, 0) + 1
    return main_country(named)


# "FY2026/FY2027": a split year named as a fiscal one ("the 2026-27 financial year", "FY2026/27")
SPLIT_FISCAL_TIMEX = re.compile(r"FY([0-9]{4})/FY([0-9]{4})")


def names_split_fiscal_year(timex: str) -> bool:
    """Whether a TIMEX3 value is one fiscal year written across two calendar years."""
    found = SPLIT_FISCAL_TIMEX.fullmatch(timex)
    return found is not None and int(found[2]) == int(found[1]) + 1


def main_country(named: Mapping[str, int]) -> str | None:
    """The country named most often (None on a tie or when none is named)."""
    ranked = sorted(named.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


_QUARTER_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
LAST_WEEK_DAYS = 7  # "the 52 weeks to March 2": a year that ends with February


def stated_year_regex(month_names: list[str], nouns: list[str]) -> re.Pattern[str]:
    """Finds where a company's text states its financial year ends: "its fiscal fourth
    quarter, which ends June 30", "fiscal third quarter, the three months ended March 31",
    "the fiscal year ended March 2025" (``nouns`` the words before "year"), "the 52 weeks
    to February 28"."""
    mon = alternation(month_names) + r"\.?(?![\w])"
    quarter = r"(?P<q>first|second|third|fourth)"
    return re.compile(
        rf"(?i:fiscal\s+{quarter}\s+quarter,?\s+(?:which\s+)?(?:ends|ended|ending|closes"
        rf"|closed|the\s+(?:three|3)\s+months\s+(?:ended|ending|to|through))\s+(?:on\s+|in\s+)?"
        rf"(?P<m1>{mon})"
        rf"|{_fiscal_year_words(nouns)}\s+(?:that\s+|which\s+)?(?:ends|ended|ending|closes|closed"
        rf"|to|through)\s+(?:on\s+|in\s+)?(?:the\s+end\s+of\s+)?(?P<m2>{mon})"
        rf"|5[23]\s+weeks\s+(?:to|ended|ending|through)\s+(?P<m3>{mon})"
        rf"(?:\s+(?P<d3>[0-9]{{1,2}})(?![0-9]))?)")


def stated_first_month(text: str, stated: re.Pattern[str],
                       months: Mapping[str, int]) -> int | None:
    """The first month of the financial year the text states by its end (the first statement
    found), or None when it states none."""
    found = stated.search(text)
    if found is None:
        return None
    if found["m1"]:  # the n-th fiscal quarter ends that month: the year ends 3(4-n) later
        month = months.get(found["m1"].lower().rstrip("."))
        if month is None:
            return None
        end = (month - 1 + 3 * (4 - _QUARTER_NUMBER[found["q"].lower()])) % 12 + 1
    else:
        word = found["m2"] or found["m3"] or ""
        month = months.get(word.lower().rstrip("."))
        if month is None:
            return None
        end = month
        if found["m3"] and found["d3"] and int(found["d3"]) <= LAST_WEEK_DAYS:
            end = (month - 2) % 12 + 1
    return end % 12 + 1


YEAR_LONG_DAYS = (350, 372)  # a stretch this long ending with a financial year is that year


def previous_year_regex(words: list[str], nouns: list[str],
                        backs: list[str]) -> re.Pattern[str]:
    """Matches all of "the previous financial year" ("the prior fiscal year"), ``words``
    being its first words ("previous", "prior", "preceding") and ``nouns`` the words before
    "year" ("financial", "fiscal"), and "a year earlier" (``backs``: "earlier", "before",
    "ago"; "the year before": as a bare "the previous year"); never when any list is empty."""
    if not words or not nouns or not backs:
        return NEVER
    return re.compile(r"(?i:the\s+(?:" + "|".join(map(re.escape, words)) + r")\s+"
                      r"(?:(?P<noun>" + "|".join(map(re.escape, nouns)) + r")\s+)?year"
                      r"|(?:a|the)\s+year\s+(?:" + "|".join(map(re.escape, backs)) + "))")


def fiscal_year_word_regex(nouns: list[str]) -> re.Pattern[str]:
    """Finds "fiscal year" or "financial year", ``nouns`` the words before "year" (their case
    ignored, not that of "year"); never when ``nouns`` is empty."""
    if not nouns:
        return NEVER
    return re.compile(rf"(?i:{alternation(nouns)})\s+year")


def same_period_fiscal_regex(words: list[str], nouns: list[str]) -> re.Pattern[str]:
    """Finds a comparison window of the financial year before ("the same period last fiscal
    year", "the same months of the previous financial year"), ``words`` the words before
    ``nouns`` ("last", "previous") and ``nouns`` the words before "year" ("fiscal"); never
    when either list is empty."""
    if not words or not nouns:
        return NEVER
    return re.compile(rf"(?i:same\s+(?:period|months)\s+(?:of\s+)?(?:the\s+)?"
                      rf"{alternation(words)}\s+{alternation(nouns)}\s+year)")


def reported_fiscal_year(value: dict[str, Any], year: FiscalYearRecord) -> date | None:
    """The first day of the financial year a year-long stretch reports ("the 52 weeks to
    February 28", "the year to March 31, 2026", "fiscal 2026") when it ends in the last
    month of ``year``; else None."""
    start, end = value.get("start"), value.get("end")
    if not start or not end or year.first_month == 1 or \
            value.get("kind") not in ("range", "relative", "year"):
        return None
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if not YEAR_LONG_DAYS[0] <= (last - first).days <= YEAR_LONG_DAYS[1] or \
            last.month != year.first_month - 1:
        return None
    return date(last.year - (year.first_month > last.month), year.first_month, 1)


def as_financial_year(value: dict[str, Any], first_day: date,
                      year: FiscalYearRecord) -> dict[str, Any]:
    """``value`` made the financial year that begins on ``first_day`` (TIMEX3 FY, named by
    the year it ends in, or in Japan by the year it starts in)."""
    begin, finish = _bounds(first_day.year, first_day.year + 1, year.first_month)
    name = begin.year if year.named_by_start else finish.year
    return {**value, "start": begin.isoformat(), "end": finish.isoformat(),
            "timex": f"FY{name}", "precision": "month"}


def previous_fiscal_year(span: str, reported: date | None, year: FiscalYearRecord,
                         previous_year: re.Pattern[str], same_sentence: bool = False
                         ) -> date | None:
    """The first day of the financial year before the one the text reported, for "the
    previous financial year" ("the prior fiscal year", ``previous_year`` from
    previous_year_regex), and for a bare "the previous year" in the sentence that reported
    it (``same_sentence``: "profit in fiscal 2026, which ends March 31, down 7.4% from the
    previous year", "$6.1 billion in the 2026/2027 fiscal year that ended June 30, up from
    $4.2 billion a year earlier"); None for any other span."""
    if reported is None:
        return None
    match = previous_year.fullmatch(span.strip())
    if match is None or (match.group("noun") is None and not same_sentence):
        return None
    return date(reported.year - 1, year.first_month, 1)
