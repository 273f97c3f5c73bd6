"""Finding the DATE expressions of a text: the anchor words and number shapes that open a search
window, the grammar's matches in it, and two dated ends joined into one stretch."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lru import LRUCache
from .caps_reading import CapsReading
from .expressions import CalendarPeriod, CalendarRange
from .lexicon import Lexicon
from .ocr_reading import read_digits
from .parse import Parser
from .parse_common import Found
from .patterns import (
    DOTTED_LINE_DAY_END,
    YEAR_DIGITS,
    Matcher,
    after_line_opener,
    alternation,
    build_grammar,
    start_key,
)

_DIGIT_ANCHOR = (
    rf"(?<![0-9]){YEAR_DIGITS}(?![0-9])|[0-9]{{1,2}}[./-][0-9]{{1,2}}[./-][0-9]{{2}}|['’]?[0-9]0s"
    r"|[0-9]:[0-5][0-9]|[0-9](?:[ap]m|[AP]M)(?![\w])|['’][0-9]{2}(?![\w])"
    r"|(?<![\w/])[0-9]{1,2}/[0-9]{1,2}(?![\w/])"  # "on 13/10"
    r"|[FC]Y['’]?[0-9]{2}"  # "FY25", "CY25"
    r"|(?<![0-9])[0-9]{1,2}[A-Z]{3}[0-9]{2}(?![0-9])"  # "02FEB26" (a day-time group's date)
    r"|(?<![\w])[1-4]Q[0-9]{2}(?![\w])|(?<![\w])[12]H[0-9]{2}(?![\w])"  # "4Q24", "1H25"
    r"|(?<![\w])(?:3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)(?![\w])"  # "on the 3rd"
    r"|民國")  # a Republic of China era date ("民國114年10月3日")
# "| 14.04 |": a day in a table's cell (an anchor only in a text with such cells, so that
# decimals elsewhere open no window)
DATE_CELL = re.compile(r"(?<=\|)[ \t]{0,2}([0-9]{1,2}[./][0-9]{2})(?=[ \t]*\|)")
_FLAG_DIGITS = re.compile(_DIGIT_ANCHOR)
_DOT_DAY_TOKEN = re.compile(r"[0-9]{2}\.[0-9]{2}")
_ROC_YEAR_TOKEN = re.compile(r"1[0-2][0-9]")  # "114" of "114-10-03", split off by the tokenizer
# What an ROC year token must show in the text to open a window (DateFinder._opens_window)
_ROC_YEAR_ANCHOR = re.compile(r"1[0-2][0-9][-/.][0-9]{2}")
_ORDINAL_ENDS = frozenset("tdhTDH")  # the last letter of "1st", "2nd", "3rd", "4th"
WORD_CACHE_SIZE = 25000
_THE = frozenset({"the", "The", "THE"})
# A plain lower-case word after "the" (not one joined on by a hyphen or apostrophe)
_PLAIN_WORD_AFTER = re.compile(r"\s+([a-z]+)(?![\w\-‐'’.])")
WINDOW_WORDS = 3  # a phrase this long is in a window that starts at its first word
REACH_BEFORE = 26  # characters before an anchor word an expression may start at
WRAPPED_LINE = 70  # a line this long, broken inside a date, is wrapped prose (no headline)
_BLANK_LINE = re.compile(r"[^\S\n]*\n")  # (read after a line break: the next line is blank)
JOIN_GAP = 9  # characters between two dates read as the ends of one stretch (" until ")
JOIN_DEFERRAL_REACH = 64  # characters before the second end read for a verb moving a date
_JOINED_UNITS = frozenset({"day", "month", "season", "year"})
# a range word between two dates with their years ("from July 8, 2024 up to January 8, 2025"
# in translations); "the" of "the spring of 2023" is the second date's own
_JOIN_SEPARATOR = re.compile(r"\s*(?:[-–—]|(?:(?:up\s+)?(?:to|until|till)|through|thru"
                             r"|(?P<and>and))(?![\w]))\s*")
_BETWEEN_BEFORE = re.compile(r"(?<![\w])[Bb]etween\s+\Z")


def dotted_day_anchor(limit_words: list[str]) -> str:
    """The regex of a dotted day.month that anchors a window: after "on" and before a comma,
    semicolon or full stop ("on 05.03, officers seized"), in brackets of its own ("(12.11)"),
    opening a line ("– 17.11, Khorgos"), or after a limit
    word and before a full stop ("till 31.03."; ``limit_words``: clause_words
    dotted_day_limit)."""
    line_start = after_line_opener()  # "\n02.11\n", "\n– 17.11, Khorgos"
    after_on = (r"(?<=[Oo]n )[0-9]{2}\.[0-9]{2}(?=\s*[,;]|\.(?![0-9]))"
                r"|(?<=\()[0-9]{2}\.[0-9]{2}(?=\))"  # "212 kg of hashish (12.11)"
                rf"|(?:{line_start})[0-9]{{2}}\.(?={DOTTED_LINE_DAY_END})[0-9]{{2}}")
    if not limit_words:
        return after_on
    after_limit = "".join(f"(?<={re.escape(word)} )|" for word in limit_words)[:-1]
    return rf"{after_on}|(?:{after_limit})[0-9]{{2}}\.[0-9]{{2}}(?=\.(?![0-9]))"


def _within_line(match_at: Callable[..., re.Match[str] | None], text: str, start: int,
                 end: int, line_start: int | None = None) -> re.Match[str] | None:
    """A match from ``start`` to ``end`` that runs over a line break: kept when its line is
    wrapped prose (WRAPPED_LINE characters or more before the break), else the match of the
    same forms up to the break ("in October\n04.11.2026": "October", then the date line's
    date), None when none fits there."""
    newline = text.find("\n", start, end)
    if line_start is None:
        line_start = text.rfind("\n", 0, start) + 1
    if newline - line_start >= WRAPPED_LINE and not _BLANK_LINE.match(text, newline + 1):
        # (a wrapped line goes on at once: a blank line after it ends the paragraph, as
        # under a headline: "... visitors a year\n\n2027-07-15 18:27:40")
        return match_at(text, start)
    stop = newline
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return match_at(text, start, stop) if stop > start else None


def _joined(first: Found, last: Found) -> Found:
    """One stretch from the start of ``first`` to the end of ``last``."""
    return Found(first.start, last.end,
                 CalendarRange(first.expression, last.expression),  # type: ignore[arg-type]
                 "joined_range")


class DateFinder:
    """Finds the DATE expressions of a text with the grammar, in windows around anchor words."""

    def __init__(self, lex: Lexicon, deferral: re.Pattern[str]) -> None:
        self.lex: Lexicon = lex
        self.grammar = build_grammar(lex)
        self.parser = Parser(lex, self.grammar)
        self.deferral = deferral
        """A verb moving a date ("postponed from May 2025 to"): no stretch between its dates."""
        self.anchor_words = self._anchor_words()
        self.after_the = self._words_after_the()
        clause = lex.clause_words
        self.caps = CapsReading([*lex.months, *lex.weekdays], clause.get("caps_word_name", []),
                                lex.month_preps, self.after_the | set(clause.get("caps_word", [])))
        """Reads the date words of lines in capitals in the grammar's case."""
        self._matchers_of_word: LRUCache[str, Matcher | None] = LRUCache(WORD_CACHE_SIZE)
        """The forms to try at each start word seen (``Grammar.matcher`` of its key)."""
        words = alternation(sorted(self.anchor_words), exact=True)
        dotted_day = dotted_day_anchor(self.lex.clause_words.get("dotted_day_limit", []))
        self.dotted_day = re.compile(dotted_day)
        """A dotted day.month where it opens a window ("on 05.03,", "till 31.03.")."""
        self.anchors = re.compile(
            rf"{_DIGIT_ANCHOR}|{dotted_day}|(?i:(?<![\w]){words}\.?(?![^\W_]))")
        """Finds the words and number shapes one of which every expression contains."""

    def _anchor_words(self) -> frozenset[str]:
        """Lower-case words one of which every non-numeric expression contains (a fixed
        phrase's last word: "the day after tomorrow" needs no window at each "after")."""
        words: set[str] = set(self.lex.months) | set(self.lex.weekdays) | set(self.lex.units)
        words |= set(self.lex.seasons) | set(self.lex.anchor_words)  # "the weekend", "Q1"
        words |= set(self.lex.decades)  # "the nineties"
        words |= {name.split()[0].lower() for name in self.lex.hijri_month_names}
        words |= set(self.lex.foreign_months)  # "20 de febrero de 2026"
        words |= set(self.lex.dateline_months)  # "Madrid, 11 mar (EFE)"
        words |= set(self.lex.day_first_months) | set(self.lex.month_first_months)  # "9 октября"
        words |= {name.lower() for name in self.lex.solar_month_names}  # "26 Azar 1404"
        words |= {zone.lower() for zone in self.lex.time_zones if zone.isupper()}  # "0900 GMT"
        words |= {unit + "long" for unit, plural in self.lex.unit_is_plural.items()
                  if not plural}  # "a yearlong inquiry"
        for phrase in list(self.lex.relative) + list(self.lex.sets) + list(self.lex.holidays) \
                + list(self.lex.feasts):
            parts = phrase.lower().split()
            if len(parts) <= WINDOW_WORDS and parts[0] in words:
                continue  # "year to date": its first word anchors it (its window reaches on)
            words.add(parts[-1])
        return frozenset(words)

    def _words_after_the(self) -> frozenset[str]:
        """Every lower-case word the grammar's lists hold (and the literal words its forms
        write): a plain word after "the" outside it ("the police") starts no expression."""
        lex = self.lex
        phrases: list[str] = [*lex.months, *lex.weekdays, *lex.seasons, *lex.units,
                              *lex.numbers, *lex.ordinals, *lex.centuries, *lex.decades,
                              *lex.qualifiers, *lex.shifts, *lex.relative, *lex.sets,
                              *lex.holidays, *lex.day_parts, *lex.frequencies,
                              *lex.hijri_month_names, *lex.solar_month_names,
                              *lex.duration_fillers, *lex.literal_after_the]
        return frozenset(word for phrase in phrases
                         for word in re.split(r"[\s\-‐'’]+", phrase.lower()) if word)

    def _opens_window(self, text: str, start: int, end: int) -> bool:
        """Whether a flagged anchor token opens a window: a dotted day.month ("05.03") only
        where ``self.dotted_day`` finds it, an ROC year ("114") only before its month; the
        flag reads the token alone, and most such tokens are decimals ("19.25") and counts
        ("120")."""
        if end - start == 5 and text[start + 2] == "." \
                and _DOT_DAY_TOKEN.fullmatch(text, start, end):
            return self.dotted_day.match(text, start) is not None
        if end - start == 3 and _ROC_YEAR_TOKEN.fullmatch(text, start, end):
            return _ROC_YEAR_ANCHOR.match(text, start) is not None
        return True

    def read(self, text: str) -> str:
        """The text as the grammar reads it, of the same length and offsets: digits a scan
        wrote as letters read as digits, date words of lines in capitals in the grammar's
        case, full-width digits as ASCII ones."""
        return self.caps.read(read_digits(text))

    def is_anchor(self, token_text: str) -> bool:
        """Whether a token can anchor a search window (used as a vocabulary flag); its
        digits a scan wrote as letters are read as digits ("2O26")."""
        token_text = read_digits(token_text)
        if _FLAG_DIGITS.search(token_text) is not None:  # also "mid-2023", "FY2019"
            return True
        if token_text in ("'", "’") or token_text.startswith("民國"):
            return True  # "in '98" is split into "'" and "98"; "民國114年": an ROC date
        if _DOT_DAY_TOKEN.fullmatch(token_text) or _ROC_YEAR_TOKEN.fullmatch(token_text):
            return True  # "on 05.03, ..." (the grammar reads "on"); an ROC year
        return token_text.lower().rstrip(".") in self.anchor_words

    def find(self, text: str, anchors: list[tuple[int, int]] | None = None) -> list[Found]:
        """Every expression in ``text``: start words are looked for only in the stretch up to
        REACH_BEFORE characters before each anchor. ``anchors``: the (start, end) offsets of
        the anchor words, in order, if known (a doc's tokens flag them); else the text is
        scanned for them."""
        if anchors is None:
            anchors = [match.span() for match in self.anchors.finditer(text)]
        else:
            anchors = [(start, hi) for start, hi in anchors
                       if hi - start not in (3, 5) or self._opens_window(text, start, hi)]
        if "|" in text:
            cells = [match.span(1) for match in DATE_CELL.finditer(text)]
            if cells:
                anchors = sorted(set(anchors) | set(cells))
        ranges: list[list[int]] = []
        for start, hi in anchors:
            if text[hi - 1] in _ORDINAL_ENDS and text[start].isdigit() and \
                    text[max(0, start - 7):start].lower() != "on the ":
                continue  # an ordinal ("3rd") anchors only after "on the": most are ranks
            lo = max(0, start - REACH_BEFORE)
            if ranges and lo <= ranges[-1][1]:
                ranges[-1][1] = hi
            else:
                ranges.append([lo, hi])
        if not ranges:
            return []
        self.parser.read_day_order_from(text)
        parse, starts = self.parser.parse, self.grammar.starts
        matchers_of = self._matchers_of_word
        after_the = self.after_the
        found: list[Found] = []
        pos = 0
        for lo, hi in ranges:
            for word in starts.finditer(text, max(lo, pos), hi):
                start = word.start()
                if start < pos:
                    continue
                token = word.group()
                try:
                    match_at = matchers_of[token]
                except KeyError:
                    match_at = matchers_of[token] = self.grammar.matcher(start_key(token))
                if match_at is None:
                    continue
                if token in _THE:  # "the police": no form goes on with a plain word
                    following = _PLAIN_WORD_AFTER.match(text, word.end())
                    if following is not None and following.group(1) not in after_the:
                        continue
                match = match_at(text, start)  # the first form that matches wins
                if match is None:
                    continue
                if text.find("\n", start, match.end()) >= 0:
                    match = _within_line(match_at, text, start, match.end())
                    if match is None:
                        continue
                if self._add(found, parse(match, text), text, 0):
                    pos = match.end()
        return found

    def find_in_windows(self, windows: list[tuple[int, str]],
                        whole_text: Callable[[], str] | None = None) -> list[Found]:
        """Every expression in the given (offset, text) stretches of a document.
        ``whole_text`` gives the document's text when the order of its numeric dates must be
        read (an American agency named outside the windows); else the windows are read."""
        if whole_text is not None:
            self.parser.read_day_order_from(whole_text)
        else:
            self.parser.read_day_order_from(
                " ".join([text for _, text in windows]) if len(windows) > 1 else windows[0][1])
        grammar = self.grammar
        starts = grammar.starts
        found: list[Found] = []
        for offset, text in windows:
            pos = 0
            for word in starts.finditer(text):
                start = word.start()
                if start < pos:
                    continue
                key = start_key(word.group())
                match = grammar.match(key, text, start)
                if match is None:
                    continue
                if text.find("\n", start, match.end()) >= 0:
                    line_start = text.rfind("\n", 0, start) + 1
                    if line_start == 0 and offset > 0 and whole_text is not None:
                        # (the window opens inside the line: where the line starts)
                        line_start = whole_text().rfind("\n", 0, offset + start) + 1 - offset
                    match = _within_line(lambda window, at, stop=None, key=key: grammar.match(
                        key, window, at, stop), text, start, match.end(), line_start)
                    if match is None:
                        continue
                if self._add(found, self.parser.parse(match, text, offset), text, offset):
                    pos = match.end()
        return found

    def _add(self, found: list[Found], item: Found | None, text: str, offset: int) -> bool:
        """Adds a parsed expression to ``found``, joined with the last one when the two are the
        ends of one stretch; False when nothing was parsed."""
        if item is None:
            return False
        if found and self._joins_range(found[-1], item, text, offset):
            item = _joined(found.pop(), item)
        found.append(item)
        return True

    def _joins_range(self, first: Found, last: Found, text: str, offset: int) -> bool:
        """Whether two dates, each with its year written, are the ends of one stretch
        across their years ("from October 2025 to 21 January 2026", "from 2021 until the
        spring of 2023", "between late 2024 and March 2026"): only a range word between them
        ("and" after "between"), the second later than the first, and no verb moving a date
        before them ("postponed from May 2025 to June 2026")."""
        a, b = first.expression, last.expression
        if last.start - first.end > JOIN_GAP or type(a) is not CalendarPeriod or \
                type(b) is not CalendarPeriod or a.year is None or b.year is None or \
                a.unit not in _JOINED_UNITS or b.unit not in _JOINED_UNITS or \
                a.year >= b.year or (a.fiscal and b.unit == "month"):
            # (a fiscal year "through" a month names the month it ends in, "a net loss in
            # fiscal 2025 through March 2026": two dates, not a stretch from one to the other)
            return False
        separator = _JOIN_SEPARATOR.fullmatch(text, first.end - offset, last.start - offset)
        if separator is None or (separator.group("and") and _BETWEEN_BEFORE.search(
                text, max(0, first.start - offset - JOIN_GAP), first.start - offset) is None):
            return False  # ("between late 2024 and March 2026"; not "in 2024 and May 2025")
        at = last.start - offset  # ("postponed from May 2025 to": the verb, its object, "to")
        return self.deferral.search(text, max(0, at - JOIN_DEFERRAL_REACH), at) is None
