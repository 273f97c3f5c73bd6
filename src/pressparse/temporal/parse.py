"""From a grammar match to an :class:`Expression` and the character span it covers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..lru import LRUCache
from .expressions import CalendarPeriod, CalendarRange, Expression
from .lexicon import Lexicon, QualifierRecord, key
from .parse_calendar import CalendarDateParsers
from .parse_common import (
    LOWER_WORD_AFTER,
    NAME_REACH,
    Fields,
    Found,
    is_period_noun,
    weekday_in_name,
)
from .parse_periods import PeriodParsers
from .parse_relative import RelativeParsers
from .patterns import ENTRY_SEPARATOR, HOUR, NEVER, Grammar, alternation

__all__ = ["Parser"]

_NOT_WORD = re.compile(r"[^\w.$€£#№]")
_LEADING_PREP = re.compile(r"(?:[Ii]n|[Aa]t)\s+")  # left out of a fixed phrase's span
# Forms whose handler reads the words around the match (blockers, cues): never cached.
CONTEXT_FORMS = frozenset({"year", "duration", "duration_adj", "season", "month_cell", "ago",
                           "numeric_cell", "month_poss", "quarter", "half",
                           "range_year", "month_line_end", "anaphor_period"})
CACHE_SIZE = 10000
# Forms whose handler reads ``Parser.day_first`` (numeric dates: 05/07/2019).
DAY_ORDER_FORMS = frozenset({"numeric", "range_numeric", "between_numeric", "numeric_short",
                             "numeric_days"})
_NUMERIC_SLASH = re.compile(r"(?<![\w/])([0-9]{1,2})(/)([0-9]{1,2})/[0-9]{4}(?![\w/])")
_QUESTION_AFTER = re.compile(r"[ \t]*\?")  # "What does it look like today?"
_SENTENCE_OPENERS = ".!?\n–—-\"“:"  # what may stand before a word opening a sentence
SENTENCE_OPENING_REACH = 8  # characters read back for a sentence's start
# A line opened by a dotted clock time that is no day.month and a dash or colon ("14.47 - The
# fire service says ...", "09.30 — Ferries ..."): the text's line-opening entries are a live
# report's times, not a timeline's days ("10.05 — Police closed the bridge" is 10:05 there)
_CLOCK_ENTRY = re.compile(rf"(?m)^(?:[–—•-][ \t])?{HOUR}\.(?:1[3-9]|[2-5][0-9]){ENTRY_SEPARATOR}")


def numeric_day_first(text: str, numeric: re.Pattern[str],
                      us_text: re.Pattern[str] | None = None) -> bool:
    """False only when the text's numeric dates are clearly month-first (US: 07/24/2019), or
    none of them shows the order and ``us_text`` finds a sign that the text is American."""
    month_first = day_first = 0
    for match in numeric.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    if not month_first and not day_first and us_text is not None:
        return us_text.search(text) is None
    return not (month_first and not day_first)


def us_text_regex(cues: dict[str, list[str]]) -> re.Pattern[str] | None:
    """Finds a sign of an American text: a named institution anywhere, a dateline city
    ("WASHINGTON -") or a dateline with an AP state abbreviation ("MIAMI, Fla. -")."""
    options = []
    if cues.get("anywhere"):
        options.append(r"(?<![\w])" + alternation(cues["anywhere"], exact=True) + r"(?![\w])")
    if cues.get("dateline"):
        options.append(r"(?m:^)[ \t]*" + alternation(cues["dateline"], exact=True)
                       + r"\s*(?:,|[-–—]|\([A-Z][\w .&-]{0,20}\)\s*[-–—])")  # "(Reuters) -"
    if cues.get("state"):
        options.append(r"(?m:^)[ \t]*[A-Z][A-Z .'’-]{1,30},\s+" + alternation(
            cues["state"], exact=True) + r"(?:\s+|,\s*)(?:[-–—]|\()")
    return re.compile("|".join(options)) if options else None


def _of_the_year(expression: Expression | None) -> Expression | None:
    """A period "of the year" (not "of this year"): marked so that a stretch mostly ahead of
    the reference is read in the year before ("the first 11 months of the year" in January)."""
    if isinstance(expression, CalendarPeriod) and expression.year_shift == 0:
        return replace(expression, the_year=True)
    if isinstance(expression, CalendarRange) and expression.first.year_shift == 0:
        return CalendarRange(replace(expression.first, the_year=True), expression.last)
    return expression


SUPERLATIVE_REACH = 100  # characters before "in the past N years" read for a superlative

class Parser(CalendarDateParsers, PeriodParsers, RelativeParsers):
    """Turns matches of the grammar into expressions, rejecting the ones that are not dates."""

    def __init__(self, lex: Lexicon, grammar: Grammar) -> None:
        self.lex = lex
        # words a counted "the year before" may be followed by and stay a date ("the year
        # before, according to", "the year before and officials expect")
        self._date_followers = frozenset(lex.clause_words.get("word_after_counted_date", []))
        self.grammar = grammar
        self.handlers: dict[str, Callable[[Fields, str, int, int], Expression | None]] = {
            "between_dmy": self._day_range, "range_dmy": self._day_range,
            "between_mdy": self._day_range, "range_mdy": self._day_range,
            "day_period": self._day_range, "day_period_dmy": self._day_range,
            "this_time_last": self._this_time_last, "that_season": self._that_season,
            "between_month": self._month_range, "range_month": self._month_range,
            "month_period": self._month_range,
            "between_year": self._year_range, "range_year": self._year_range,
            "range_numeric": self._numeric_range, "between_numeric": self._numeric_range,
            "dashed": self._dashed, "iso": self._iso, "cjk": self._iso, "roc": self._roc,
            "hijri": self._hijri,
            "same_period": self._same_period,
            "same_period_label": self._same_period, "previous_season": self._previous_season,
            "anaphor_period": self._anaphor_period,
            "iberian": self._iberian, "foreign_dmy": self._iberian,
            "iberian_wd": self._iberian_weekday,
            "foreign_wd_numeric": self._foreign_weekday_numeric,
            "inflected_dmy": self._inflected, "inflected_mdy": self._inflected,
            "dateline_abbr": self._dateline_abbr, "abbr_dmy": self._dateline_abbr,
            "month_pair": self._month_pair, "month_pair_part": self._month_pair,
            "numeric_days": self._numeric_days,
            "week_weekday": self._week_weekday, "year_qual_range": self._year_qual_range,
            "week_of": self._week_of, "iso_week": self._iso_week,
            "last_mdy": self._day,
            "numeric": self._numeric, "month_day_shift": self._month_day_shift,
            "month_day_bare": self._month_day_bare,
            "dmy": self._day, "dot_dmy": self._day, "mdy": self._day, "month_year": self._month,
            "month_qual": self._month, "month_prep": self._month,
            "month_noun": self._month_noun, "month_poss": self._month_poss,
            "month_line_end": self._month_line_end,
            "month_det": self._month_det, "month_days": self._month_days,
            "part_pair": self._part_pair, "season_pair": self._season_pair,
            "day_list": self._day_list,
            "month_end": self._month_end, "month_cell": self._month_cell,
            "numeric_cell": self._numeric_cell,
            "for_units": self._for_units, "numeric_short": self._numeric_short,
            "month_shift": self._month,
            "first_months": self._first_months,
            "window": self._window,
            "year_part_shift": self._year_part_shift, "quarter": self._quarter,
            "quarter_months": self._quarter_months,
            "quarter_code": self._quarter, "year_quarter": self._quarter,
            "quarter_split_year": self._quarter, "quarter_roman": self._quarter,
            "quarter_digit": self._quarter, "clock_hhmm": self._clock,
            "half": self._half, "month_half": self._month_half, "half_code": self._half,
            "season": self._season, "solar_year": self._solar_year,
            "solar_mdy": self._solar_month_first,
            "fiscal_shift": self._fiscal_shift,
            "decade": self._decade, "year_qual": self._year, "year_word": self._year,
            "year_fiscal_noun": self._year, "year_to_month": self._year_to_month,
            "fiscal_pair": self._fiscal_pair,
            "year": self._bare_year, "ago": self._ago, "the_past": self._the_past,
            "relative_unit": self._relative_unit, "weekday": self._weekday,
            "weekday_pair": self._weekday_pair,
            "relative": self._relative, "set": self._set,
            "day_to_relative": self._day_to_relative,
            "duration_adj": self._duration, "duration": self._duration,
            "century": self._century, "decade_word": self._decade_word,
            "era_half": self._era_half, "century_part": self._century_part,
            "duration_long": self._duration_long, "half_unit": self._half_unit,
            "clock": self._clock,
            "short_year": self._short_year, "holiday": self._holiday,
            "set_count": self._set_count, "set_every": self._set_every,
        }
        self._weekday_name = re.compile(
            r"(?<![\w])(?:" + "|".join(re.escape(w) for w in lex.weekday_name_words) + r") $")
        """A word that makes the weekday after it a name ("Black Friday")."""
        self._weekday_bracket = re.compile(
            r"(?<![\w])(" + alternation(sorted(lex.weekdays)) + r")\.?[ \t]*\(\Z",
            re.IGNORECASE) if lex.weekdays else NEVER
        """A weekday and an opening bracket right before a numeric day ("Thursday (2/4)")."""
        self._anaphoric = frozenset(lex.clause_words.get("anaphoric_shift", []))
        """Shift words that count from the last date the text gave ("the previous month")."""
        articles = lex.clause_words.get("generic_article", [])
        adjectives = lex.clause_words.get("generic_adjective", [])
        self._generic_before = re.compile(
            r"(?<![\w])(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}"
                                       for w in articles) + r")\s+"
            + (r"(?:(?:" + "|".join(map(re.escape, adjectives)) + r")\s+)?" if adjectives
               else "") + r"\Z") if articles else NEVER
        """An indefinite article (and an adjective of any day) right before a weekday: any
        such day, no date ("18% more than on a normal Sunday"; not "said in a statement
        Wednesday")."""
        self._generic_after = re.compile(
            r"\s+of\s+(?:" + "|".join(map(re.escape, articles)) + r")\s+month(?![\w])") \
            if articles else NEVER
        """"of each month" right after a weekday ("on the third Thursday of each month"): a
        day of every month, no date."""
        self.day_order_text: str | Callable[[], str] = ""
        """The text whose numeric dates decide ``day_first`` (read only if one is parsed)."""
        self._day_first: bool | None = True
        self._clock_entries: bool | None = False
        self._us_text = us_text_regex(lex.us_cues)
        self._cache: LRUCache[tuple[str, str, bool | None], tuple[Expression, int] | None] = \
            LRUCache(CACHE_SIZE)
        self._names = {form: (names, tuple(f"{form}__{n}" for n in names) or (form,))
                       for form, names in grammar.groups.items()}
        self._sports = re.compile(r"(?<![\w])" + alternation(lex.sports_words, exact=True)
                                  + r"(?![\w])", re.IGNORECASE) if lex.sports_words else None
        """Words that make a year-less quarter or half a part of a game."""
        self._blocker_words = frozenset(phrase.split()[-1] for phrase in lex.blocked_before
                                        if phrase)
        """The last words of the labels that make the number after them no date."""
        self._noun_stops = frozenset(lex.clause_words.get("month_noun_stop", []))
        """Function words: a date phrase before one modifies no noun ("by year-end as")."""
        self._season_nouns = frozenset(lex.clause_words.get("season_modified_noun", []))
        """Nouns a bare season before them names a kind of ("autumn rains", "the summer
        holiday"): no date."""
        self._generic_season_preps = frozenset(lex.clause_words.get("generic_season_prep", []))
        """Words before a bare season that make it a time of any year ("in summer", "over
        winter"): no date."""
        self._nowadays_after = frozenset(lex.clause_words.get("nowadays_after", []))
        self._nowadays_possessed = frozenset(lex.clause_words.get("nowadays_possessed", []))
        """Words after a sentence-opening "Today" that make it the present in general."""
        superlatives = lex.clause_words.get("superlative_adjective", [])
        degrees = lex.clause_words.get("superlative_degree", [])
        self._superlative_of = re.compile(
            rf"(?<![\w])[Tt]he\s+(?:{alternation(superlatives, exact=True)}"
            rf"|{alternation(degrees, exact=True)}\s+[a-z]+)\s+(?:[a-z-]+\s+){{0,3}}of\s+$") \
            if superlatives and degrees else NEVER
        """"The largest find of the year", "the most significant cases of the quarter": a
        superlative's noun before "of" and a period (the period the text named), not "the
        rest of the year"."""
        ordinals = lex.clause_words.get("counting_ordinal", [])
        self._ordinal_of = re.compile(
            rf"(?<![\w])(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:{alternation(ordinals, exact=True)}"
            r"|[0-9][0-9,]*(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,3}of\s+$") \
            if ordinals else NEVER
        """"The first auction of the year", "its third tender of the year": an ordinal
        counting within a period (the period the text named), as a superlative does."""
        self._superlative_clause = re.compile(
            rf"(?<![\w])[Tt]he\s+(?:{alternation(superlatives, exact=True)}"
            rf"|{alternation(degrees, exact=True)}\s+[a-z]+)(?![\w])[^,;:.!?\n]*\Z") \
            if superlatives and degrees else NEVER
        """A superlative earlier in the clause ("the best start we have had in the past 10
        years", "the highest level for the period in the past five years"): the years after it
        are the length it is measured over (TIMEX3 P10Y), no stretch a thing happened in."""
        self._tally_nouns = frozenset(lex.clause_words.get("tally_noun", []))
        """"Results of the week", "Main incidents of the week": a report's tally before "of"
        and a period (the period the text named)."""

    @property
    def day_first(self) -> bool:
        """Whether an ambiguous numeric date (05/07/2019) is day first: False only when the
        text's numeric dates are clearly month-first (computed on first use per text)."""
        if self._day_first is None:
            text = self._order_text()
            self._day_first = "/" not in text or numeric_day_first(text, _NUMERIC_SLASH,
                                                                   self._us_text)
        return self._day_first

    def _order_text(self) -> str:
        """``day_order_text``, built now if given as a callable (the whole text of a doc read
        in windows) and kept so."""
        text = self.day_order_text
        if callable(text):
            text = self.day_order_text = text()
        return text

    @day_first.setter
    def day_first(self, value: bool) -> None:
        self._day_first = value

    @property
    def clock_entries(self) -> bool:
        """Whether the text's lines open with clock times (_CLOCK_ENTRY), so that a day.month
        opening a line before a dash is one too (computed on first use per text)."""
        if self._clock_entries is None:
            self._clock_entries = _CLOCK_ENTRY.search(self._order_text()) is not None
        return self._clock_entries

    def read_day_order_from(self, text: str | Callable[[], str]) -> None:
        """Let ``text`` (or the text a callable gives, called only if needed) decide
        ``day_first`` and ``clock_entries`` (when a numeric date is parsed)."""
        self.day_order_text = text
        self._day_first = None
        self._clock_entries = None

    def parse(self, match: re.Match[str], text: str, offset: int = 0) -> Found | None:
        """The expression a match found, with offsets shifted by ``offset`` (None: not one).

        Forms whose meaning depends only on the matched text are cached by that text.
        """
        form = match.lastgroup
        if form is None:
            return None
        start, end = match.span()
        if form == "numeric" and self._label_before(text, start) and \
                not match.group("numeric__wd") and self._numbered(text, start):
            return None  # "version 2.1.2024", "page 12.3.2024": a number, not a day
        cache_key = None
        if form not in CONTEXT_FORMS:
            cache_key = (form, match.group(),
                         self.day_first if form in DAY_ORDER_FORMS else None)
            if form == "numeric_short" and match.group("numeric_short__dot3") is not None:
                cache_key += (self.clock_entries,)  # "10.05 — ": a day or a clock time
            if form == "weekday":  # also read: the part of the day after, a name around it
                cache_key += (match.group("weekday__part"), weekday_in_name(text, start, end),
                              self._weekday_name.search(text, max(0, start - NAME_REACH), start)
                              is not None,
                              self._any_such_day(text, start, end))
            elif form == "month_prep":  # "in May and September 2024": the year after
                cache_key += (match.group("month_prep__lm"), match.group("month_prep__ly"))
            elif form == "the_past":  # "in the last nine months" (a stretch) or "over ..."
                cache_key += (self._in_stretch(text, start),)
            elif form == "relative":  # "the day before the session", "the quarter of a city"
                phrase = match.group()
                record = self.lex.relative.get(key(phrase))
                if record is not None and is_period_noun(record):  # read as _relative reads it
                    cache_key += (self._refers_back(text, start, end),)
                elif phrase.endswith(("before", "after")):
                    cache_key += (self._complement_after(text, start, end),)
                elif record is not None and record.nowadays:  # "Today our processes look ..."
                    cache_key += (self._nowadays(text, start, end),)
                elif record is not None and record.after_prep:  # "by year-end", "its year-end"
                    cache_key += (self._after_prep(text, start),
                                  self._modifies(text, start, end))
                elif record is not None and record.not_label:  # "Year to date ....... 61"
                    cache_key += (self._is_label(text, start, end),)
                elif record is not None and (record.closed or record.only_after):  # "on the
                    # day, dealers said"; "on the day of the vote", "for the day"
                    cache_key += (self._heads_after(text, end),
                                  self._previous_words(text, start)[1])
            cached = self._cache.get(cache_key)
            if cached is not None:
                expression, skip = cached
                return Found(start + skip + offset, end + offset, expression, form)
            if cache_key in self._cache:
                return None
        names, full_names = self._names[form]
        values = match.group(*full_names) if len(full_names) > 1 else (match.group(full_names[0]),)
        fields = dict(zip(names, values, strict=True))
        if self._hyphen_missing(fields):
            return None
        frame = "pre" if fields.get("pre") else "frame" if fields.get("frame") else None
        span_start = start
        if frame:
            span_start = match.end(f"{form}__{frame}")
            while span_start < end and text[span_start].isspace():
                span_start += 1
        elif form == "relative":
            prep = _LEADING_PREP.match(text, start, end)
            if prep is not None and prep.end() < end:
                span_start = prep.end()
        expression = self.handlers[form](fields, text, span_start, end)
        if key(fields.get("rel") or "") == "the":  # "of the year", not "of this year"
            expression = _of_the_year(expression)
        if cache_key is not None:
            self._cache[cache_key] = (expression, span_start - start) if expression else None
        if expression is None:
            return None
        return Found(span_start + offset, end + offset, expression, form)

    # -- helpers ---------------------------------------------------------------------------

    def _label_before(self, text: str, start: int) -> bool:
        """A cheap first test for :meth:`_numbered`: whether the word just before ``start``
        could be a number's label (a blocker's last word, or a short code)."""
        if start < 2 or text[start - 1] != " ":
            return False
        word = text[max(0, text.rfind(" ", max(0, start - 24), start - 1) + 1):start - 1]
        if 2 <= len(word) <= 3 and (word.isupper() or not word.isalpha()):
            return True  # a code ("flight EK 2024")
        return word.lower() in self._blocker_words

    def _hyphen_missing(self, fields: Fields) -> bool:
        """Whether a qualifier that needs a hyphen ("end-March") is written without one
        ("to end March 31": the verb)."""
        for name in ("q", "q1", "frame", "edge"):
            written = fields.get(name)
            if written and "-" not in written and "‐" not in written:
                record = self._qualifier(written)
                if record is not None and record.hyphen_only:
                    return True
        return False

    def _month_of(self, name: str | None) -> int | None:
        return self.lex.months.get(key(name)) if name else None

    def _qualifier(self, qualifier: str | None) -> QualifierRecord | None:
        if not qualifier:
            return None
        return self.lex.qualifiers.get(key(qualifier.rstrip("-‐ \t\n")))

    def _mod(self, qualifier: str | None) -> str | None:
        record = self._qualifier(qualifier)
        return record.mod if record else None

    def _year_shift(self, fields: Fields) -> int | None:
        rel = fields.get("rel")
        if not rel:
            return None
        return 0 if key(rel) == "the" else self.lex.shifts.get(key(rel), 0)

    def _in_stretch(self, text: str, start: int) -> bool:
        """Whether the word before ``start`` makes "the last N months" a stretch ("in")."""
        return self._previous_words(text, start)[1] in self.lex.stretch_preps and \
            self._superlative_clause.search(text, max(0, start - SUPERLATIVE_REACH),
                                            start) is None

    def _modifies(self, text: str, start: int, end: int) -> bool:
        """Whether "the" stands before the phrase and a lower-case word other than a function
        word after it ("ahead of the year-end holiday season"): it modifies that word."""
        word = LOWER_WORD_AFTER.match(text, end)
        return word is not None and word.group(1) not in self._noun_stops and \
            self._previous_words(text, start)[1] == "the"

    def _nowadays(self, text: str, start: int, end: int) -> bool:
        """Whether the phrase means the present in general: a question mark right after it
        ("What does it look like today?"), a possessive before a noun of values or times in
        general ("in today's dollars", "by today's standards"), or it opens its sentence
        before a possessive or quantifier ("Today our processes look very different")."""
        if _QUESTION_AFTER.match(text, end):
            return True
        if text.startswith(("'s", "’s"), end):  # "in today's dollars": the present's values
            possessed = LOWER_WORD_AFTER.match(text, end + 2)
            return possessed is not None and possessed.group(1) in self._nowadays_possessed
        word = LOWER_WORD_AFTER.match(text, end)
        if word is None or word.group(1) not in self._nowadays_after:
            return False
        before = text[max(0, start - SENTENCE_OPENING_REACH):start].rstrip(" \t")
        return not before or before[-1] in _SENTENCE_OPENERS

    def _after_prep(self, text: str, start: int) -> bool:
        """Whether a preposition (of a period or a holiday: "by", "at", "until") comes right
        before ``start``, or before a "the" there ("by the year end")."""
        before, last = self._previous_words(text, start)
        if last == "the":
            last = before
        return last in self.lex.period_preps or last in self.lex.holiday_preps \
            or last in self.lex.month_preps

    def _previous_words(self, text: str, start: int) -> tuple[str, str]:
        """The two words before ``start``: (the one before the last, the last), lower case;
        "" where punctuation other than . $ € £ # № comes first."""
        segment = text[max(0, start - 40):start]
        if not segment or not segment[-1].isspace():
            return "", ""
        words: list[str] = []
        for word in reversed(segment.lower().split()[-2:]):
            if _NOT_WORD.search(word):
                break
            words.append(word)
        while len(words) < 2:
            words.append("")
        return words[1], words[0]
