"""DATE entities: dates, ranges, relative dates, durations and sets, normalized (TIMEX3 too)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, IDX, LENGTH, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import TEXT_KEY, VALUES_KEY
from ..spans import Candidate, add_entities
from ..temporal.context import LATEST_YEAR, latest_explicit_date
from ..temporal.fiscal import (
    UNKNOWN_COUNTRY,
    FiscalYearRecord,
    anaphoric_fiscal_year_regex,
    as_financial_year,
    company_fiscal_part,
    currency_country,
    currency_marks,
    first_months_of_fiscal_year,
    first_months_regex,
    fiscal_value,
    fiscal_year_word_regex,
    load_fiscal_years,
    main_country,
    names_split_fiscal_year,
    of_told_year_regex,
    previous_fiscal_year,
    previous_year_regex,
    reported_fiscal_year,
    same_period_fiscal_regex,
    stated_first_month,
    stated_year_regex,
    tells_fiscal_years,
)
from ..temporal.parse_common import BUDDHIST_ERA_FROM, BUDDHIST_ERA_OFFSET
from ..temporal.periods import month_end
from ..temporal.referred_periods import year_back
from ..temporal.tagger import DateTagger, tagger_for
from .base import DataComponent

WINDOW_BEFORE = 5  # tokens before an anchor it may start ("the end of the first quarter")
WINDOW_AFTER = 3  # tokens after an anchor it may still run ("May 20 - 22")
_LIST_JOINS = frozenset({",", "and"})  # between the days of a list ("March 3, 4 and 5")
CHUNK_REACH = 6  # tokens a window may grow to reach a space ("2019-02-26" is 5 tokens)
CONTEXT_TOKENS = 60  # tokens on each side of a span read for the tense of its sentence
LINE_TOKENS = 12  # tokens back from a date read to decide whether it is a dateline


# Where spaCy keeps a Doc extension's value (reading doc.user_data skips the ``doc._`` proxy).
_REFERENCE_KEY = ("._.", "reference_date", None, None)
_PUBLISHED_KEY = ("._.", "published", None, None)
_IOB_OUTSIDE = 2  # ENT_IOB: 0 unset, 1 inside, 2 outside, 3 begin
# doc.user_data key set (True) when the doc's reference date is a neighbouring item's latest
# written date (the driver's second run of a dump's item that writes no year), no publication
# date of its own
NEIGHBOUR_REFERENCE_KEY = "pressparse.neighbour_reference"


def _latest_day(values: list[tuple[int, int, dict[str, Any]]]) -> date | None:
    """The latest single day the text writes with its year (a text with no publication
    date: its date lines tell when it was written)."""
    days = [value["end"] for _start, _end, value in values
            if value.get("precision") == "day" and value.get("start") == value.get("end")
            and value.get("end") and not value.get("year_inferred")]
    return date.fromisoformat(max(days)) if days else None


def reference_of(doc: Doc) -> date | None:
    """The doc's reference date: ``doc._.reference_date``, else an ISO ``doc._.published``."""
    user_data = doc.user_data
    for value in (user_data.get(_REFERENCE_KEY), user_data.get(_PUBLISHED_KEY)):
        if isinstance(value, datetime):
            return common_era(value.date())
        if isinstance(value, date):
            return common_era(value)
        if isinstance(value, str) and len(value) >= 10:
            try:
                return common_era(date.fromisoformat(value[:10]))
            except ValueError:
                continue
    return None


def common_era(day: date) -> date:
    """A reference date read with a Buddhist-era year ("Date: 14 Nov. 2568") in the Common
    era (2025-11-14)."""
    if day.year < BUDDHIST_ERA_FROM:
        return day
    try:
        return day.replace(year=day.year - BUDDHIST_ERA_OFFSET)
    except ValueError:  # 29 February of a year that is not leap in the Common era
        return day.replace(year=day.year - BUDDHIST_ERA_OFFSET, day=28)


# A calendar quarter's TIMEX3 (not a fiscal one, "FY2023-Q3"); a quarter told from the last
# one named ("the previous quarter", "the quarter")
_QUARTER_TIMEX = re.compile(r"[0-9]{4}-Q[1-4]")
# between a reported year and "the previous year" (not an abbreviation's dot: "fiscal 2026,
# which ended Sept. 30, up from 8.2 million the year before")
_SENTENCE_BREAK = re.compile(r"[.!?]['\"”’)]*(?:\s+(?=[A-Z\"“‘(])|\s*$)|\n")
_CLOCK_TAIL = re.compile(r"T[0-9]")  # "2025-02-21T10:05:00": the time after an ISO date
# A separator glued to a date: a menu's bar ("|14.08.2026|"), a sheet's cell delimiter
# ("14.02.2026;Ulaanbaatar;", "2026-08-14,Porto,"), a closing bracket ("(close of February 8)"),
# a full-width bar or colon of an East Asian label ("発表日：２０２６年５月８日"), a footnote
# mark ("In the third quarter of 2026¹,", "Q3 2027[2]")
_GLUED_MARK = re.compile(r"[|¦•·;,)\[\]｜：⁰¹²³⁴⁵⁶⁷⁸⁹]")
_ANAPHORIC_QUARTER = re.compile(r"(?i:the\s+(?:(?:previous|preceding|prior|following)\s+)?"
                                r"quarter)")
MONTHS_PER_QUARTER = 3
# The field of an entity's value that names its country, by label (COUNTRY, LOC, NORP, ORG)
_COUNTRY_FIELD = {"COUNTRY": "iso2", "LOC": "country_iso2", "NORP": "iso2", "ORG": "country"}


def _months_between(first: str | None, second: str | None) -> int:
    """Calendar months from the month of ISO day ``first`` to that of ``second`` (0 if unknown)."""
    if not first or not second:
        return 0
    return (int(second[:4]) - int(first[:4])) * 12 + int(second[5:7]) - int(first[5:7])


def _moved_quarter(value: dict[str, Any], months: int) -> dict[str, Any] | None:
    """A calendar quarter's value moved by ``months`` (a multiple of three), its TIMEX3 the
    calendar quarter of its new months; None when it is no calendar quarter."""
    timex = value.get("timex") or ""
    if _QUARTER_TIMEX.fullmatch(timex) is None or months % MONTHS_PER_QUARTER or \
            not value.get("start"):
        return None
    year, quarter = int(timex[:4]), int(timex[-1])
    index = year * 4 + quarter - 1 + months // MONTHS_PER_QUARTER
    year, quarter = divmod(index, 4)
    last_month = 3 * (quarter + 1)
    return {**value, "start": date(year, last_month - 2, 1).isoformat(),
            "end": month_end(year, last_month).isoformat(), "timex": f"{year}-Q{quarter + 1}"}


def _default_tagger() -> DateTagger:
    from ..pipeline import model_path

    return tagger_for(str(model_path() / DateRecognizer.factory))


def explicit_reference(doc: Doc | str, tagger: DateTagger | None = None) -> date | None:
    """The latest date written in full (with its year) in a doc or text, or None.

    A driver can use it on neighbouring items to give a year-less item a reference date.
    """
    text = doc if isinstance(doc, str) else doc.text
    tagger = tagger or _default_tagger()
    return latest_explicit_date(tagger.find(text))


# DATE kinds whose year the text does not write out.
_NOT_WRITTEN = frozenset({"relative", "duration", "set"})


def written_reference(doc: Doc) -> date | None:
    """The latest date whose year the doc writes out, read from its DATE entities (the
    processed-doc counterpart of :func:`explicit_reference`): days first, else months, else
    years ("the beginning of 2026" ends on 31 December, no day a neighbour was told on)."""
    best: dict[str, date] = {}
    for ent in doc.ents:
        value = ent._.normalized if ent.label_ == "DATE" else None
        if not value or value.get("year_inferred") or value.get("kind") in _NOT_WRITTEN:
            continue
        bound = value.get("end") or value.get("start")
        try:
            day = date.fromisoformat(bound[:10]) if bound else None
        except ValueError:
            day = None
        unit = value.get("precision") or "year"
        if day is not None and (unit not in best or day > best[unit]):
            best[unit] = day
    return next((best[unit] for unit in ("day", "month", "year") if unit in best),
                max(best.values(), default=None))


def needs_reference(doc: Doc) -> bool:
    """True when some DATE of the doc lacks a year and found no reference to take it from.

    The stored values are read first: only when one of them needs a reference are the doc's
    entities listed (a value may belong to a span a later component dropped)."""
    values = doc.user_data.get(VALUES_KEY)
    if not values:
        return False
    waiting = {key for key, value in values.items()
               if key[2] == "DATE" and value and value.get("needs_reference")}
    if not waiting:
        return False
    return any((ent.start_char, ent.end_char, ent.label_) in waiting for ent in doc.ents)


class TokenTable:
    """Token offsets and strings of a doc (from ``Doc.to_array``), to rebuild stretches of its
    text cheaply: ``doc.text`` creates a Token object per token."""

    def __init__(self, doc: Doc, array: numpy.ndarray) -> None:
        self.strings = doc.vocab.strings
        self.array = array
        self._whole: str | None = None
        self._offsets: list[int] | None = None

    def text(self, lo: int, hi: int) -> tuple[int, str]:
        """(offset, text) of tokens lo..hi (inclusive)."""
        strings = self.strings
        rows = self.array[lo:hi + 1, 1:4].tolist()
        return rows[0][0], "".join(
            [strings[orth] + " " if space else strings[orth] for _idx, orth, space in rows])

    def around(self, start: int, end: int) -> tuple[int, str]:
        """(offset, text) of CONTEXT_TOKENS tokens on each side of a span (enough for the
        clause that governs it); the whole text, rebuilt once, for short docs."""
        count = len(self.array)
        if count <= 2 * CONTEXT_TOKENS + 1 or self._whole is not None:
            if self._whole is None:
                self._whole = self.text(0, count - 1)[1]
            return 0, self._whole
        first, last = self.index(start), self.index(max(start, end - 1))
        return self.text(max(0, first - CONTEXT_TOKENS), min(count - 1, last + CONTEXT_TOKENS))

    def index(self, char: int) -> int:
        """The index of the token holding character ``char``."""
        if self._offsets is None:
            self._offsets = self.array[:, 1].tolist()
        return max(0, bisect_right(self._offsets, char) - 1)

    def line_prefix(self, start: int) -> str:
        """The text from the start of the line (at most LINE_TOKENS tokens back) to ``start``."""
        token = self.index(start)
        first = token
        strings, rows = self.strings, self.array
        while first > 0 and token - first < LINE_TOKENS:
            if "\n" in strings[int(rows[first - 1, 2])]:
                break
            first -= 1
        if first == token:
            return ""
        offset, text = self.text(first, token - 1)
        text = text[:start - offset]
        return text[text.rfind("\n") + 1:]


class DateRecognizer(DataComponent):
    """Dates, date ranges, relative dates and durations, normalized with year inference."""

    factory = "pressparse_dates"
    clock_times = True
    """Whether times of day ("10:30 a.m.") become DATE entities (valued on the reference day,
    TIMEX3 "2024-05-15T10:30", kind "time"). On by default; the samples do not annotate
    times, so evaluation leaves kind "time" unscored (evaluate/fields.json)."""
    latest_year = LATEST_YEAR
    """The latest year a year-less dateline may take in a text that writes no year anywhere
    and has no publication date ("FRANKFURT, Feb 5 (Reuters) - ... on Thursday": the latest
    year up to this one in which 5 February is a Thursday). A setting (``latest_year`` in the
    pipeline's config.cfg, default 2026 = the model's build year), never the clock, so the
    same text gets the same values on any day and machine."""

    def load(self, data_dir: Path) -> None:
        tagger = tagger_for(str(data_dir))
        if getattr(self, "tagger", None) is not tagger:  # a vocabulary has few flag slots
            self.flag = self.nlp.vocab.add_flag(tagger.is_anchor)
        self.tagger = tagger
        self.label = self.nlp.vocab.strings.add("DATE")
        self.fiscal_years = load_fiscal_years(Path(data_dir))
        self._currency_marks, self._currency_countries = currency_marks(Path(data_dir))
        clause_words = tagger.lex.clause_words
        nouns = clause_words.get("financial_year_word", [])  # "fiscal", "financial"
        self._stated_year = stated_year_regex(
            [name for name in tagger.lex.months if name.isalpha() and len(name) > 2], nouns)
        """Finds a company's statement of where its financial year ends."""
        self._previous_year = previous_year_regex(
            clause_words.get("previous_year", []), nouns, clause_words.get("year_back", []))
        """Matches "the previous financial year" ("the prior fiscal year")."""
        self._fiscal_year_word = fiscal_year_word_regex(nouns)
        """Finds a span naming the financial year ("fiscal year")."""
        self._same_period_fiscal = same_period_fiscal_regex(
            clause_words.get("last_year", []) + clause_words.get("previous_year", []), nouns)
        """Finds a comparison window of the financial year before ("the same period last
        fiscal year")."""
        self._anaphoric_fiscal_year = anaphoric_fiscal_year_regex(nouns)
        """Matches "the fiscal year": the financial year the text reported before it; "the
        year" too, when the last year-long stretch the text named was that financial year
        ("In Financial Year 2025/26 (1 April 2025 – 31 March 2026) ... seized during the
        year")."""
        self._of_told_year = of_told_year_regex(nouns)
        """Finds "of the next financial year" ending a span (a quarter of that fiscal year)."""
        self._first_months = first_months_regex(nouns)
        """Matches "the first eight months of the fiscal year" (no year written)."""

    def windows(self, doc: Doc) -> tuple[list[tuple[int, str]], TokenTable | None]:
        """(offset, text) of the stretches around tokens that can anchor a date.

        Anchors are found with a vocabulary flag (computed once per word type), and only the
        windows' text is rebuilt and searched: ``doc.text`` would rebuild all of it.
        """
        array = doc.to_array([self.flag, IDX, ORTH, SPACY])
        anchors = array[:, 0].nonzero()[0].tolist()
        if not anchors:
            return [], None
        table = TokenTable(doc, array)
        last_token = len(doc) - 1
        ranges: list[list[int]] = []
        spaces = array[:, 3]
        for anchor in anchors:
            lo, hi = max(0, anchor - WINDOW_BEFORE), min(last_token, anchor + WINDOW_AFTER)
            # Do not cut a chunk like "2019-02-26" (within CHUNK_REACH more tokens).
            limit = max(0, lo - CHUNK_REACH)
            while lo > limit and not spaces[lo - 1]:
                lo -= 1
            limit = min(last_token, hi + CHUNK_REACH)
            while hi < limit and not spaces[hi]:
                hi += 1
            # a list of days runs on ("March 3, 4 and 5"): two tokens more per ", 4" / "and 5"
            while hi + 2 <= last_token and doc[hi + 1].text in _LIST_JOINS and \
                    doc[hi + 2].is_digit and doc[hi].is_digit:
                hi += 2
            if ranges and lo <= ranges[-1][1] + 1:
                ranges[-1][1] = max(hi, ranges[-1][1])
            else:
                ranges.append([lo, hi])
        return [table.text(lo, hi) for lo, hi in ranges], table

    def process(self, doc: Doc) -> Doc:
        text = doc.user_data.get(TEXT_KEY)
        if text is not None:  # the driver's item text: no text to rebuild from the tokens
            # Only the anchor flag is read for every token (one column); the few anchor
            # tokens give their offsets.
            rows = doc.to_array(self.flag).nonzero()[0].tolist()
            if not rows:
                return doc
            anchors = []
            for row in rows:
                token = doc[row]
                start = token.idx
                anchors.append((start, start + len(token)))
            # (read: date words in capitals, a scan's letters for digits)
            read, values = self.tagger.read_and_resolve(
                text, reference_of(doc), anchors, self.clock_times, self.latest_year,
                bool(doc.user_data.get(NEIGHBOUR_REFERENCE_KEY)))
            if not values:
                return doc
            if values and self.fiscal_years:
                values = self._financial_years(doc, read, values)
            if values:
                _split_clock_tails(doc, values, text)
            if values and not self._add_spans_without_conflict(doc, values):
                add_entities(doc, [Candidate(start, end, "DATE", value)
                                   for start, end, value in values])
            return doc
        else:
            tokens = None
            windows, table = self.windows(doc)
            if table is None:
                return doc
            values = self.tagger.read_and_resolve_windows(
                windows, lambda: doc.text, reference_of(doc), table.around,
                table.line_prefix, self.clock_times, self.latest_year,
                bool(doc.user_data.get(NEIGHBOUR_REFERENCE_KEY)))
            if not values:
                return doc
        if values and _split_clock_tails(doc, values, doc.text):
            tokens = None  # (the doc's tokens changed)
        if values and not self._add_without_conflict(doc, values, tokens):
            add_entities(doc, [Candidate(start, end, "DATE", value)
                               for start, end, value in values])
        return doc

    def _financial_years(self, doc: Doc, text: str,
                         values: list[tuple[int, int, dict[str, Any]]]
                         ) -> list[tuple[int, int, dict[str, Any]]]:
        """Fiscal years ("fiscal year 2025", "FY2024", "2023–24") valued as the financial
        year of the country the doc's places and countries name most often."""
        fiscal_years = parts = False
        for start, end, value in values:
            timex = value.get("timex") or ""
            # (... or a span that names the financial year: "the same period last fiscal
            # year", "the first four months of the current fiscal year")
            if "FY" in timex or (value["kind"] == "range" and value["precision"] == "year") \
                    or self._fiscal_year_word.search(text, start, end) is not None:
                fiscal_years = True
                break
            parts = parts or "-Q" in timex or "-H" in timex
        # a numbered quarter or half may be a company's fiscal one: the text is read for fiscal
        # years only then (most texts have none)
        fiscal_text = (fiscal_years or parts) and tells_fiscal_years(text)
        if not fiscal_years and not fiscal_text:
            return values  # no fiscal year, span of years or fiscal part: nothing to read
        named: dict[str, int] = {}
        for (_start, _end, label), value in doc.user_data.get(VALUES_KEY, {}).items():
            if not value or label not in _COUNTRY_FIELD:
                continue
            # (a national body's or people's country counts as a place does: "The Australian
            # Federal Police seized ... in the 2025-26 financial year": July-June)
            iso2 = value.get(_COUNTRY_FIELD[label])
            if isinstance(iso2, str) and len(iso2) == 2:
                named[iso2] = named.get(iso2, 0) + 1
        country = main_country(named)
        year = self.fiscal_years.get(country) if country else None
        if year is None and fiscal_years:
            # no place tells the country: its currency may ("£4.1 billion in the 2026-27
            # financial year"); else a split fiscal year is one year from April, not two
            # calendar years
            marked = currency_country(text, self._currency_marks, self._currency_countries)
            year = self.fiscal_years.get(marked) if marked else None
            if year is None and any(names_split_fiscal_year(value.get("timex") or "")
                                    or _split_year_quarter(text[start:end], value)
                                    for start, end, value in values):
                year = self.fiscal_years.get(UNKNOWN_COUNTRY)
        if fiscal_text:  # a company's own year end ("its fiscal fourth quarter, which ends
            # June 30", "the 52 weeks to February 28") beats its country's
            stated = stated_first_month(text, self._stated_year, self.tagger.lex.months)
            if stated is not None and (year is None or year.first_month != stated):
                year = FiscalYearRecord(country=country or "", first_month=stated,
                                        companies=True,
                                        short_ranges=year.short_ranges if year else False)
        if year is None:
            return values
        reference = reference_of(doc)
        # the day a fiscal year's first months count back from (no publication date: the
        # latest day the text writes)
        fallback = reference or _latest_day(values)
        valued: list[tuple[int, int, dict[str, Any]]] = []
        moved = 0  # months the last fiscal quarter moved from its calendar quarter
        reported: date | None = None  # the first day of the last financial year reported
        reported_end = 0  # ... and where its span ends
        calendar_since = False  # a calendar year named after it
        stretch: dict[str, Any] | None = None  # the last first months of a fiscal year
        for start, end, value in values:
            span = text[start:end]
            timex = value.get("timex") or ""
            before = previous_fiscal_year(
                span, reported, year, self._previous_year,
                _SENTENCE_BREAK.search(text, reported_end, start) is None)
            if before is not None:  # "the previous financial year": before the one reported
                valued.append((start, end, as_financial_year(value, before, year)))
                continue
            anaphor = self._anaphoric_fiscal_year.fullmatch(span.strip())
            if reported is not None and anaphor is not None and (
                    not calendar_since or len(anaphor.group().split()) > 2):
                # "$6.1 billion in the 2026/2027 fiscal year ... during the fiscal year":
                # the one reported, not a calendar year of the same months' count ("during
                # the year" too, with no calendar year named since)
                valued.append((start, end, as_financial_year(value, reported, year)))
                continue
            if stretch is not None and self._same_period_fiscal.search(span) is not None:
                # "in the first four months of the current fiscal year ... the same period
                # last fiscal year": that stretch of fiscal months, a year back
                valued.append((start, end, year_back(stretch, -1, value)))
                continue
            fiscal = fiscal_value(span, value, year, reference,
                                  of_told_year=self._of_told_year)
            if fiscal is None:
                fiscal = first_months_of_fiscal_year(span, value, year, fallback,
                                                     self._first_months)
                stretch = fiscal or stretch
            told = fiscal or value
            # (a year named as a financial one reports it in any text: "In Financial Year
            # 2025/26 ... during the year")
            first_day = reported_fiscal_year(told, year) \
                if fiscal_text or "FY" in (told.get("timex") or "") else None
            if first_day is not None:
                reported, reported_end = first_day, end
                calendar_since = False
                if fiscal is None and value.get("kind") == "range":
                    # "the 52 weeks to February 28": the company's financial year
                    whole = as_financial_year(value, first_day, year)
                    fiscal = {**value, "start": whole["start"], "end": whole["end"],
                              "timex": f"{whole['start'][:7]}/{whole['end'][:7]}",
                              "precision": "month"}
            elif fiscal is None and value.get("precision") == "year":
                calendar_since = True  # "... in 2024": a calendar year named since
            if fiscal is None and fiscal_text:
                fiscal = company_fiscal_part(span, value, year, reference)
            anaphoric = _ANAPHORIC_QUARTER.fullmatch(span) is not None
            if fiscal is not None and "-Q" in timex and not anaphoric:
                moved = _months_between(value.get("start"), fiscal.get("start"))
            elif fiscal is None and moved and anaphoric:
                # "the fiscal third quarter ... the previous quarter": counted from the
                # fiscal quarter's months, not the calendar quarter of its number
                fiscal = _moved_quarter(value, moved)
            elif fiscal is None and _QUARTER_TIMEX.fullmatch(timex):
                moved = 0  # a calendar quarter ("the September quarter") counts from itself
            valued.append((start, end, fiscal or value))
        return valued

    def _add_spans_without_conflict(self, doc: Doc,
                                    values: list[tuple[int, int, dict[str, Any]]]) -> bool:
        """As :meth:`_add_without_conflict`, reading only the tokens the values cover."""
        chosen: list[tuple[Span, dict[str, Any]]] = []
        last_end = -1
        label = self.label
        for start, end, value in values:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or span.end <= span.start:
                continue
            first, stop = span.start, span.end
            if first < last_end:
                return False
            for index in range(first, stop):
                if doc[index].ent_iob in (1, 3):  # inside or beginning an entity
                    return False
            last_end = stop
            chosen.append((span, value))
        if not chosen:
            return True
        doc.set_ents([span for span, _value in chosen], default="unmodified")
        stored = doc.user_data.setdefault(VALUES_KEY, {})
        for span, value in chosen:  # keyed by the span's start_char and end_char
            stored[(span.start_char, span.end_char, "DATE")] = value
        return True

    @staticmethod
    def _add_without_conflict(doc: Doc, values: list[tuple[int, int, dict[str, Any]]],
                              tokens: tuple[list[int], list[int], list[int]] | None) -> bool:
        """Add the DATE spans when none touches an existing entity or another new span (the
        common case: no Span is built for the doc's other entities); False when one does.
        ``tokens``: each token's start offset, length and ENT_IOB, if already read."""
        if tokens is None:
            columns = doc.to_array([IDX, LENGTH, ENT_IOB])
            tokens = (columns[:, 0].tolist(), columns[:, 1].tolist(), columns[:, 2].tolist())
        offsets, lengths, iob = tokens
        chosen: list[tuple[int, int, dict[str, Any]]] = []
        last_end = -1
        for start, end, value in values:
            # The tokens the characters touch (as doc.char_span(..., alignment_mode="expand")).
            first, stop = max(0, bisect_right(offsets, start) - 1), bisect_left(offsets, end)
            if stop <= first:
                continue
            if first < last_end:
                return False
            touched = iob[first:stop]
            if 1 in touched or 3 in touched:  # ENT_IOB 1 (inside) or 3 (begin) of an entity
                return False
            last_end = stop
            chosen.append((first, stop, value))
        if not chosen:
            return True
        label = doc.vocab.strings.add("DATE")
        doc.set_ents([Span(doc, first, stop, label=label) for first, stop, _value in chosen],
                     default="unmodified")
        stored = doc.user_data.setdefault(VALUES_KEY, {})
        for first, stop, value in chosen:  # keyed by the span's start_char and end_char
            stored[(offsets[first], offsets[stop - 1] + lengths[stop - 1], "DATE")] = value
        return True

    def normalize(self, text: str, reference: date | None = None) -> \
            list[tuple[int, int, dict[str, Any]]]:
        """(start, end, normalized) for every expression of a text, without a Doc."""
        self.ensure_loaded()
        return self.tagger.tag(text, reference, self.clock_times, self.latest_year)


@Language.factory("pressparse_dates", default_config={"data_dir": None, "clock_times": True,
                                                      "latest_year": LATEST_YEAR})
def make_dates(nlp: Language, name: str, data_dir: str | None,
               clock_times: bool, latest_year: int = LATEST_YEAR) -> DateRecognizer:
    component = DateRecognizer(nlp, name, data_dir)
    component.clock_times = clock_times
    component.latest_year = latest_year
    return component


# a quarter of a fiscal year written across two calendar years ("Q1 2026-27")
_SPLIT_YEAR_QUARTER = re.compile(r"[0-9]{4}\s*[-‐–/]\s*[0-9]{2}\Z")


def _split_year_quarter(span: str, value: dict[str, Any]) -> bool:
    """Whether a DATE is a fiscal quarter told with its year split across two calendar years
    ("Q1 2026-27", "Quarter 2, 2026/27"): a financial year, whatever the country."""
    timex = value.get("timex") or ""
    return timex.startswith("FY") and "-Q" in timex and \
        _SPLIT_YEAR_QUARTER.search(span) is not None


def _split_clock_tails(doc: Doc, values: list[tuple[int, int, dict[str, Any]]],
                       text: str) -> bool:
    """Split a token that goes on past a date's end with a time ("04T10:05:00" of
    "2025-02-21T10:05:00") at the date's end, and one that starts or ends with a separator
    glued to a date ("|14.08.2026", a sheet's "14.02.2026;Darkhan;") at the date's edge, so
    that the DATE span is the date alone (the time, the next cell are no DATE). ``text``:
    the text the values' offsets index. True when a token was split."""
    cuts: dict[int, set[int]] = {}  # token index -> offsets in it to split at
    for start, end, _value in values:
        for at, glued in ((start, start > 0 and _GLUED_MARK.match(text, start - 1)),
                          (end, _GLUED_MARK.match(text, end)
                           # a sentence's full stop after a date's own ("liepos 17 d..")
                           or text[end - 1:end + 1] == "..")):
            # a mark glued to a date ("Anadolu staff   |14.08.2026", "Home|12.03.2026|News")
            if glued:
                token = doc.char_span(at - 1, at + 1, alignment_mode="expand")
                if token is not None and len(token) == 1:
                    cuts.setdefault(token[0].i, set()).add(at - token[0].idx)
        if not text.startswith("T", end) or _CLOCK_TAIL.match(text, end) is None:
            # (the common case: read no token)
            continue
        token = doc.char_span(end - 1, end, alignment_mode="expand")
        if token is None or len(token) != 1:
            continue
        token = token[0]
        cut = end - token.idx
        if 0 < cut < len(token) and _CLOCK_TAIL.match(token.text, cut):
            cuts.setdefault(token.i, set()).add(cut)
    splits = []
    for index, offsets in cuts.items():
        token = doc[index]
        inner = sorted(cut for cut in offsets if 0 < cut < len(token))
        if inner:
            bounds = [0, *inner, len(token)]
            splits.append((token, [token.text[a:b] for a, b in pairwise(bounds)]))
    if not splits:
        return False
    with doc.retokenize() as retokenizer:
        for token, pieces in splits:
            retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
    return True
