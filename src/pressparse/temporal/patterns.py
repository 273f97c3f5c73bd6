"""The temporal grammar: named regex forms built from the lexicon, dispatched by first word.

Each form is a regex whose named groups are prefixed with the form's name (``range_dmy__d1``);
``Match.lastgroup`` names the form that matched. The forms that can start with a given word
(or number shape) are tried in priority order, so longer and more specific forms are tried
first. Word lists are character tries (one test per letter). Every quantifier is
bounded by literal separators: no nested repetition, no catastrophic backtracking.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial

from .lexicon import Lexicon
from .lexicon import key as lookup_key

Matcher = Callable[..., "re.Match[str] | None"]
"""A compiled form's ``match`` method: (text, position[, end]) -> match there or None."""

DAY_DIGITS = r"(?:3[01]|[12][0-9]|0?[1-9])"
# (not a clock time's hour, "Sep 15, 2026 - 13:07", nor a numeric date's first number,
# "in October\n04.11.2026", nor a percentage after a month, "in the nine months to September
# 9%")
DAY = DAY_DIGITS + r"(?:st|nd|rd|th|ST|ND|RD|TH)?(?![\w]|[:.][0-9]|\s?%)"
# (2100, the end of the century projections run to: "warming of 2.7C by 2100")
YEAR_DIGITS = r"(?:1[89][0-9]{2}|20[0-9]{2}|2100)"
YEAR = YEAR_DIGITS + r"(?![\w]|[.,:][0-9])"
YEAR2 = r"[0-9]{2}(?![\w\-‐/]|\.[0-9])"  # "in 2021-22." ends a sentence
# a fiscal year written across two calendar years after a quarter's number ("Q1 2026-27")
SPLIT_FISCAL = rf"(?P<fys>{YEAR_DIGITS})\s*[-‐–/]\s*(?P<fye>{YEAR2})"
# Roman numerals of a year's quarters, by their number ("III quarter 2026"); lower case, their
# dispatch keys
ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}
# A Buddhist-era year (Thai texts: 2568 BE = 2025 CE), read only as the year of a written day
# or month ("11 November 2568"), with the Common-era gloss after it in the span ("14 Nov. 2568
# (2025)"); the parser subtracts the era's offset.
BE_YEAR = (r"2[45][0-9]{2}(?![\w]|[.,:][0-9])"
           r"(?:\s*\(\s*(?:1[89]|20)[0-9]{2}(?:\s*CE)?\s*\))?")
CALENDAR_YEAR = rf"(?:{YEAR}|{BE_YEAR})"
NUM_LEFT = r"(?<![\w\-‐/.,:#№$€£+])"
# What may follow a day of the month written bare after a weekday ("last Saturday 8,",
# "Sunday 16 in Sinaloa"); not a counted noun ("on Saturday 8 suspects were held") nor a
# number's thousands ("seized on Sunday 2,000 pills").
BARE_DAY_END = (r"\s*,(?![0-9]{3})|\s*[;)]|\s*\.(?:\s|$)|\s*$"
                r"|\s+(?:in|at|on|during|when|while|near|around|and)\s")
WORD_LEFT = r"(?<![\w\-‐])"
# A list of days opening with two that follow each other ("3, 4 and 5"; not "3, 10 and 17")
NEXT_DAY_LIST = "(?:" + "|".join(rf"{day},\s*{day + 1}(?![0-9])" for day in range(1, 31)) + ")"
# Court filings hedge each end of a range: "between in or about January 2022 and on or about
# June 2023", "from on or about May 1, 2023, through on or about May 30, 2023".
ABOUT = r"(?:(?:in|on)\s+or\s+(?:about|around)\s+)?"
# Connectors in lower case, Title Case or capitals (headings: "FROM 15 TO 21 OCTOBER 2025").
RANGE_SEP = (r"(?:,(?=\s*(?:through|thru|to|until|till)\b))?"
             r"\s*(?:[-–—‐−]|\b(?:to|till|until|through|thru|To|Till|Until|Through|TO|TILL"
             r"|UNTIL|THROUGH|THRU)\b)\s*" + ABOUT)
AND_SEP = r"\s+(?:and|And|AND|&)\s+" + ABOUT
DAY_RANGE_SEP = rf"(?:{RANGE_SEP}|{AND_SEP})"
HOUR = r"(?:2[0-3]|[01]?[0-9])"  # an hour of the clock, 0-23
_CLOCK = rf"{HOUR}[:.][0-5][0-9]"  # a clock time, its minutes after a colon or a dot
# a timeline or live report entry's dash or colon after its day or time ("12.03 — ", "05.11: ")
ENTRY_SEPARATOR = r"(?:[ \t]+[-–—][ \t]|:[ \t])"
# The ordinal dot some publishers write after a dotted date's year ("14.11.2025.", Serbian,
# Croatian, Slovene, Czech usage) is part of the date when the sentence goes on after it
# ("on 11.11.2025., police", "on 13.11.2025. police") or the date fills its line (a date line
# under a headline); a dot ending a sentence ("... on 12.11.2025. The") stays out.
_LINE_DATE = "|".join(rf"(?<=\n[0-9]{{{a}}}\.[0-9]{{{b}}}\.[0-9]{{4}})"
                      for a in (1, 2) for b in (1, 2))
# ... and before a clock time ("Published: 14.3.2025. 11:20").
ORDINAL_YEAR_DOT = (rf"(?:(?<=\.[0-9]{{4}})\.(?=[ \t]*[,;)]|[ \t]+[a-z]"
                    rf"|[ \t]+{_CLOCK}(?![0-9]))"
                    rf"|(?:{_LINE_DATE})\.(?=[ \t]*(?:\r?\n|$)))?")

# What follows a day.month that opens its line ("02.11" under a headline, "18.11 A resident
# of ...": a date line or a news list's entry): the line's end, a capital opening its words,
# a comma and a capital ("– 17.11, Khorgos checkpoint."), a clock time ending the line ("14.10
# 15:42", a wire terminal's item stamp), or a timeline entry's dash or colon, a clock time
# before it or not ("12.03 — Officers ...", "14.03, 06:40 — At the checkpoint ...", "05.11:")
DOTTED_LINE_DAY_END = (r"[0-9]{2}(?:[ \t]*(?:\r?\n|\Z)|,?[ \t]+[A-Z]"
                       rf"|[ \t]+{_CLOCK}[ \t]*(?:\r?\n|\Z)"
                       rf"|(?:,?[ \t]+{_CLOCK})?{ENTRY_SEPARATOR})")
# What may open a line before such a day.month: nothing, or a list's dash or bullet and a space
_LINE_OPENERS = ("\n", "\n– ", "\n— ", "\n- ", "\n• ")


def after_line_opener(tail: str = "") -> str:
    """Lookbehinds joined by "|", one per line opener (_LINE_OPENERS): a position right
    after a line's opener and ``tail``, a regex ("[0-9]{2}\\." before the month of "– 17.11")."""
    return "|".join(f"(?<={opener}{tail})" for opener in _LINE_OPENERS)


WEEK_NUMBER = r"(?:5[0-3]|[1-4][0-9]|0?[1-9])(?![0-9])"  # an ISO week's number

NUMERIC_DATE = (
    r"(?P<a{i}>[0-9]{1,2})(?P<s{i}>[./-])(?P<b{i}>[0-9]{1,2})(?P=s{i})"
    r"(?P<y{i}>(?:1[89]|20)[0-9]{2})(?![\w]|[./-][0-9])"
)
# Year first with slashes or dots (East Asian usage: "2025/03/14", "2025.03.14").
YMD_DATE = (
    r"(?P<y{i}>(?:1[89]|20)[0-9]{2})(?P<s{i}>[./])(?P<m{i}>1[0-2]|0?[1-9])(?P=s{i})"
    r"(?P<d{i}>3[01]|[12][0-9]|0?[1-9])(?![\w]|[./-][0-9])"
)
# The dot Hungarian usage writes after a year-first dotted date's day ("2025.05.21.") is part
# of it when the sentence goes on after it or the date fills its line (as ORDINAL_YEAR_DOT).
YMD_DAY_DOT = ("(?:(?:" + "|".join(rf"(?<=[0-9]{{4}}\.[0-9]{{{a}}}\.[0-9]{{{b}}})"
                                    for a in (1, 2) for b in (1, 2))
               + r")\.(?=[ \t]*[,;)]|[ \t]+[a-z]|[ \t]*(?:\r?\n|$)))?")


def _tokens(phrase: str, either_case: bool) -> list[str]:
    """Regex pieces of a phrase, one per character; a run of spaces matches any whitespace."""
    pieces: list[str] = []
    for position, char in enumerate(" ".join(phrase.split())):
        if char == " ":
            pieces.append(r"\s+")
        elif position == 0 and either_case and char.isalpha():
            pieces.append(f"[{char.lower()}{char.upper()}]")
        else:
            pieces.append(re.escape(char))
    return pieces


def _emit(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [piece + _emit(child) for piece, child in node.items() if piece]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


NEVER = re.compile(r"(?!)")  # matches nothing: the regex of a word list left empty


def alternation(phrases: list[str], *, exact: bool = False) -> str:
    """A non-capturing alternation of phrases as a character trie (one test per first letter,
    longest phrase first). Unless ``exact``, a phrase's first letter may be upper case.
    Remembered across processes by the regex cache (start-up)."""
    from ..regex_cache import remembered  # (imports spaCy: not at this module's import)

    unique = sorted(set(phrases))  # (sorted: the same regex whatever the hash seed)
    kind = "exact alternation" if exact else "alternation"
    return remembered(kind, "\0".join(unique), lambda: _trie_alternation(unique, exact))


def _trie_alternation(phrases: list[str], exact: bool) -> str:
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for piece in _tokens(phrase, not exact):
            node = node.setdefault(piece, {})
        node[""] = {}
    return "(?:" + _emit(root) + ")"


def cased_alternation(names: Iterable[str]) -> str:
    """An exact alternation of lower-case words of another language in lower case, in title
    case, with only the first letter upper case, and in capitals ("jueves", "Jueves",
    "JUEVES"; "thứ tư", "Thứ Tư", "Thứ tư", "THỨ TƯ")."""
    return alternation([form for name in names for form in
                        (name, name.title(), name[:1].upper() + name[1:], name.upper())],
                       exact=True)


# Dispatch keys of numbers: a possible year (4 digits, 1800-2100), a possible day or short
# number (1-2 digits), a 3-digit number; a quote ("'90s").
YEAR_KEY, DAY_KEY, NUMBER_KEY, QUOTE_KEY = "#year", "#day", "#number", "'"
_YEAR_LIKE = re.compile(YEAR_DIGITS)
WORD = re.compile(r"(?<![\w])(?:['’]|[0-9]+|[^\W_]+)")


def start_key(word: str) -> str:
    """The dispatch key of a word: the shape of a number, "'" for quotes, else the word in
    lower case."""
    first = word[0]
    if first.isdigit():
        digits = len(word)
        if digits <= 2:
            return DAY_KEY
        if digits == 3:
            return NUMBER_KEY
        return YEAR_KEY if digits == 4 and _YEAR_LIKE.match(word) else NUMBER_KEY + "+"
    if first in "'’":
        return QUOTE_KEY
    return word.lower()


def first_words(phrases: list[str]) -> frozenset[str]:
    """The dispatch keys of the phrases' first words."""
    keys = set()
    for phrase in phrases:
        found = WORD.search(phrase)
        if found:
            keys.add(start_key(found.group()))
    return frozenset(keys)


def lookbehind_any(words: list[str]) -> str:
    """Succeeds when one of ``words`` (either case of first letter) and a space come just before."""
    by_length: dict[int, set[str]] = {}
    for word in set(words):
        for variant in (word, word[:1].upper() + word[1:]):
            by_length.setdefault(len(variant), set()).add(re.escape(variant))
    # One fixed-width lookbehind per word length (an alternation inside is allowed).
    options = [rf"(?<=\b(?:{'|'.join(sorted(group))})\s)"
               for _length, group in sorted(by_length.items())]
    return "(?:" + "|".join(options) + ")"


class Grammar:
    """The compiled forms, dispatched on the first word of an expression.

    ``matchers(key)`` are the forms that can start with a word, in priority order, tried one
    after the other: the first that matches wins, as in one alternation of them, which would
    cost no less per match but repeat every form (and its big word lists) once per
    combination of forms when compiled. Each form is compiled once, on the first use of a
    word that can start it (a process compiles only the forms its texts can reach, and the
    grammar's build compiles none); ``groups`` names each form's groups (without the form
    prefix).
    """

    def __init__(self, forms: list[tuple[str, frozenset[str], str]]) -> None:
        self.forms = [(name, first, _prefix_groups(name, body))
                      for name, first, body in forms]
        self.groups: dict[str, tuple[str, ...]] = {
            name: tuple(_GROUP_NAME.findall(body)) for name, _first, body in forms
        }
        self._bodies = {name: body for name, _first, body in self.forms}
        self.regexes: dict[str, re.Pattern[str]] = {}
        """Each form's regex compiled so far (``regex(name)``)."""
        names_by_key: dict[str, list[str]] = {}
        for name, first, _body in self.forms:
            for key in first:
                names_by_key.setdefault(key, []).append(name)
        self._names_by_key = {key: tuple(names) for key, names in names_by_key.items()}
        self._by_key: dict[str, tuple[Matcher, ...]] = {}
        words = [key for key in self.start_keys if key[0] not in "#'"]
        cased = {variant for word in words for variant in (word, word.title(), word.upper())}
        self.starts = re.compile(r"(?<![\w])(?:(?<![0-9]:)[0-9]+|['’]|"
                                 + alternation(list(cased), exact=True) + r"(?![^\W\d_]))")
        """Finds the words an expression can start with (numbers, quotes, listed words); a
        clock time's minutes start none ("10:02 August 12, 2026": no "02 August")."""

    def regex(self, name: str) -> re.Pattern[str]:
        """A form's regex (``Match.lastgroup`` is the form's name), compiled on first use."""
        compiled = self.regexes.get(name)
        if compiled is None:
            compiled = self.regexes[name] = re.compile(f"(?P<{name}>{self._bodies[name]})")
        return compiled

    def matchers(self, key: str) -> tuple[Matcher, ...]:
        """The ``match`` methods of the forms that can start with the word ``key`` (see
        ``start_key``), in priority order; empty when none can."""
        matchers = self._by_key.get(key)
        if matchers is None:
            names = self._names_by_key.get(key)
            if names is None:
                return ()
            matchers = self._by_key[key] = tuple(self.regex(name).match for name in names)
        return matchers

    def matcher(self, key: str) -> Matcher | None:
        """One ``match`` method trying the forms of ``key`` in priority order (the form
        groups' names are prefixed, so ``lastgroup`` is the form that matched). None when no
        form can start with ``key``."""
        matchers = self.matchers(key)
        if len(matchers) <= 1:
            return matchers[0] if matchers else None
        return partial(first_match, matchers)

    def match(self, key: str, text: str, start: int,
              stop: int | None = None) -> re.Match[str] | None:
        """The first form (in priority order) that can start with ``key`` and matches
        ``text`` at ``start`` (ending by ``stop``, if given)."""
        return first_match(self.matchers(key), text, start, stop)

    @property
    def start_keys(self) -> frozenset[str]:
        return frozenset().union(*(first for _name, first, _body in self.forms))


def first_match(matchers: tuple[Matcher, ...], text: str, start: int,
                stop: int | None = None) -> re.Match[str] | None:
    """The match of the first of ``matchers`` that matches ``text`` at ``start`` (ending by
    ``stop``, if given), or None."""
    end = len(text) if stop is None else stop
    for match_at in matchers:
        match = match_at(text, start, end)
        if match is not None:
            return match
    return None


_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")
_GROUP = re.compile(r"\(\?P([<=])(\w+)")


_CONDITION = re.compile(r"\(\?\((\w+)\)")  # "(?(name)yes|no)"


def _prefix_groups(form: str, pattern: str) -> str:
    pattern = _GROUP.sub(lambda m: f"(?P{m.group(1)}{form}__{m.group(2)}", pattern)
    return _CONDITION.sub(lambda m: f"(?({form}__{m.group(1)})", pattern)


def _next_day_pairs(lex: Lexicon) -> list[str]:
    """"Monday and Tuesday" for every pair of weekday forms of days next to each other."""
    by_day: dict[int, list[str]] = {}
    for form in lex.weekday_forms:
        by_day.setdefault(lex.weekdays[lookup_key(form)], []).append(form)
    return [f"{first} {conj} {second}" for day, names in by_day.items() for first in names
            for second in by_day.get((day + 1) % 7, []) for conj in ("and", "And", "AND")]


def _month_forms_by_number(lex: Lexicon) -> dict[int, list[str]]:
    """The month forms ("Jan", "January", ...) by the number of the month they name."""
    by_month: dict[int, list[str]] = {}
    for form in lex.month_forms:
        by_month.setdefault(lex.months[lookup_key(form)], []).append(form)
    return by_month


def _next_month_part_pairs(lex: Lexicon, qual: str) -> str:
    """The regex of "March and early April" for months next to each other in one year, the
    second one's part told (``qual``: the qualifiers' regex, its space included)."""
    by_month = _month_forms_by_number(lex)
    return "(?:" + "|".join(
        rf"{alternation(firsts, exact=True)}\s+(?:and|And|AND|&)\s+{qual}"
        rf"{alternation(by_month[month + 1], exact=True)}(?![\w])"
        for month, firsts in sorted(by_month.items()) if month + 1 in by_month) + ")"


def _next_month_pairs(lex: Lexicon) -> list[str]:
    """"July and August" for every pair of month forms of months next to each other in one
    year (the words joining them as the ``month_pair`` form writes them)."""
    by_month = _month_forms_by_number(lex)
    return [f"{first} {conj} {second}" for month, names in by_month.items() for first in names
            for second in by_month.get(month + 1, []) for conj in ("and", "And", "AND", "&")]


def build_grammar(lex: Lexicon) -> Grammar:
    """Compile the combined regex of every form, in priority order."""
    mon = alternation(lex.month_forms, exact=True) + r"(?![\w])"
    # a month's three capitals glued to a day and a year ("14JUL2026")
    mon_caps = alternation([form for form in lex.month_forms
                            if len(form) == 3 and form.isalpha() and form.isupper()], exact=True)
    wd = alternation(lex.weekday_forms, exact=True) + r"(?![\w])"
    wd_date = alternation(lex.weekday_forms_before_date, exact=True) + r"(?![\w])"
    qualifiers = [p for p, q in lex.qualifiers.items() if not q.relative_only]
    clips = [p for p, q in lex.qualifiers.items() if q.relative_only]
    qual = alternation(qualifiers) + r"(?:\s*[-‐]\s*|\s+)"
    # Before a bare year, "the beginning of" / "the end of" are an edge of it, inside the span
    # (a TIMEX3's extent: "the beginning of 2025", value 2025, mod START).
    frames = [p for p, q in lex.qualifiers.items() if q.month_day]
    qual_edge = alternation(frames) + r"(?:\s*[-‐]\s*|\s+)"
    qual_inner = alternation([p for p in qualifiers if p not in frames]) + r"(?:\s*[-‐]\s*|\s+)"
    clip = alternation(clips)
    week_start = alternation(lex.clause_words.get("week_start", []), exact=True)
    # "On Saturday 8 the investigators ...": a clause's first word after a weekday's bare day
    # ends it as a preposition does (not "on Saturday 8 police officers", a count)
    openers = lex.clause_words.get("bare_day_clause_opener", [])
    bare_day_end = BARE_DAY_END + (rf"|\s+{alternation(openers, exact=True)}\s"
                                   if openers else "")
    shift = alternation(list(lex.shifts))
    units_s = [u for u, plural in lex.unit_is_plural.items() if not plural]
    units_p = [u for u, plural in lex.unit_is_plural.items() if plural]
    unit_s = alternation(units_s, exact=True) + r"(?![\w])"
    unit_any = alternation(units_s + units_p, exact=True) + r"(?![\w])"
    num = "(?:" + NUM_LEFT + r"[0-9]{1,3}(?![\w.,])|" + WORD_LEFT + alternation(
        list(lex.numbers)) + ")"
    ordinal = alternation(list(lex.ordinals))
    season = alternation(list(lex.seasons))
    relative = alternation(list(lex.relative)) + r"(?![\w]|[-‐][a-z])"  # not "now-defunct"
    sets = "(?i:" + alternation(list(lex.sets)) + r")(?![\w])"  # "every Monday", "Weekly"
    prep = lookbehind_any(lex.period_preps)
    dot_prep = lookbehind_any([*lex.period_preps, *lex.month_preps, "from", "to", "until",
                               "till", "since", "by", "before", "after"])
    numeric_prep = lookbehind_any([*lex.period_preps, "dated", "to", "till"])
    # ... and a hedge after a deadline, lasting or since word ("until at least June")
    hedged = [f"{word} {hedge}" for word in (*lex.deadline_preps, *lex.since_preps,
                                             *lex.clause_words.get("lasting_until", []))
              for hedge in lex.clause_words.get("date_hedge", [])]
    month_prep = lookbehind_any([*lex.month_preps, *hedged])
    # a month after another and a connector ("in March and June", "May, July or September")
    after_month = lookbehind_any([f"{month}{sep}" for month in lex.month_forms
                                  for sep in (" and", " or", ",")])
    clock_prep = lookbehind_any(lex.clock_preps)
    holiday_prep = lookbehind_any([*lex.period_preps, *lex.holiday_preps])
    nouns = lex.clause_words.get("half_code_noun", [])
    half_noun = "(?i:" + alternation(nouns, exact=True) + ")" if nouns else "(?!)"
    half_prep = lookbehind_any([*lex.period_preps, *(w.upper() for w in lex.period_preps)])
    month_noun = alternation(lex.month_nouns, exact=True) if lex.month_nouns else "(?!)"
    commodity = alternation(lex.commodities, exact=True) if lex.commodities else "(?!)"
    iso_week_lead = lookbehind_any(lex.clause_words.get("iso_week_lead", [])) \
        if lex.clause_words.get("iso_week_lead") else "(?!)"
    month_det = lookbehind_any(lex.month_determiners) if lex.month_determiners else "(?!)"
    # function words after which a month between a determiner and them is a noun of its own
    # ("the March on Rome", "the April of his life"), no modifier of the next word
    month_noun_stop = "(?:" + "|".join(map(re.escape, lex.clause_words.get(
        "month_noun_stop", []))) + ")"
    zone = alternation(lex.time_zones, exact=True)
    # After four digits ("0900 GMT"), only a zone abbreviation or "local time" makes a time.
    zone4 = alternation([z for z in lex.time_zones if z.isupper() or " " in z], exact=True)
    holiday = alternation(lex.holiday_names, exact=True) + r"(?![\w])"
    day_part = alternation(list(lex.day_parts), exact=True) + r"(?![\w])"
    freq = alternation(list(lex.frequencies)) + r"(?![\w])"
    # Forms that need a word before them (prep, clock_prep) test their own words first: a
    # lookbehind alternation tried at every failed start would cost more than the rest.
    # The words each form can start with (lower case; "#" any number, "'" a quote).
    D, Y = frozenset({DAY_KEY}), frozenset({YEAR_KEY})
    QUOTE = frozenset({QUOTE_KEY})
    B, T = frozenset({"between"}), frozenset({"the"})
    WD, MON = first_words(lex.weekday_forms), first_words(lex.month_forms)
    WD_DATE = first_words(lex.weekday_forms_before_date)
    QUAL, CLIP = first_words(qualifiers), first_words(clips)
    SHIFT, ORD = first_words(list(lex.shifts)), first_words(list(lex.ordinals))
    SEASON, REL = first_words(list(lex.seasons)), first_words(list(lex.relative))
    SETS = first_words(list(lex.sets))
    HOLIDAY = first_words(lex.holiday_names)
    FREQ = first_words(list(lex.frequencies))
    NUM = D | first_words(list(lex.numbers)) | {NUMBER_KEY}
    QCODE = frozenset({"q1", "q2", "q3", "q4"})
    QCODE_FY = frozenset({"q1fy", "q2fy", "q3fy", "q4fy"})  # glued: "Q3FY27"
    HCODE = frozenset({"h1", "h2", "s1", "s2"})  # halves; S: a semester ("S1 2025")
    FOUR = frozenset({YEAR_KEY, NUMBER_KEY + "+"})  # any four digits ("0900", "1400")
    # before "year": the financial year (clause_words financial_year_word), in lower case
    # ("the previous financial year") or with either case of its first letter ("Fiscal")
    fiscal_words = lex.clause_words.get("financial_year_word", [])
    fiscal_word = alternation(fiscal_words, exact=True) if fiscal_words else "(?!)"
    fiscal_cased = alternation(fiscal_words) if fiscal_words else "(?!)"
    YEARWORD = frozenset({"the", "calendar", "year", "fy", "cy"}) | first_words(fiscal_words)
    CENTURY = T | QUAL | D | first_words(list(lex.centuries))
    century_word = alternation(list(lex.centuries))
    decade_word = alternation(list(lex.decades))
    LONG = frozenset(units_s) | frozenset(u + "long" for u in units_s)
    this_year = (rf"(?:(?:(?P<fy>[Ff]iscal)\s+(?:[Yy]ear\s+)?)?(?P<y>{YEAR})"
                 rf"|(?P<rel>{shift}|the)\s+(?:(?P<fyw>{fiscal_cased})\s+)?year(?![\w]))")
    # ("of (fiscal) 2025", "of last year", "of the next financial year")
    # "Tuesday, Nov. 12", "Tuesday night, November 11": the weekday (and part of the day) of
    # the written date are in its span
    wd_opt = rf"(?:(?P<wd>{wd_date})(?:\s+{day_part})?,?\s+)?"
    # "the 5th day of June, 2023" (legal usage)
    day_mon = (rf"(?:the\s+|THE\s+)?(?P<d{{i}}>{DAY})(?:\s+day\s+of|\s+DAY\s+OF|\s+of|\s+OF)?"
               rf"\s+(?P<m{{i}}>{mon})")
    mon_day = rf"(?P<m{{i}}>{mon})\s+(?:the\s+)?(?P<d{{i}}>{DAY})"
    # The year written out, or told relative to the reference ("March last year": 2024-03)
    # "March 5 this year", "3 to 7 March of the current year" (translations from Russian)
    shift_word = alternation(["this", "last", "next", "the current", "the present"])
    # ... "April-July this fiscal", "the corresponding period last fiscal" (Indian usage: "fiscal"
    # alone for the financial year, no noun after it)
    season_nouns = alternation(lex.clause_words.get("previous_season_noun", []), exact=True) \
        if lex.clause_words.get("previous_season_noun") else ""
    # "the previous season", not "the previous season of the show" (clause_words roles)
    season_shifts = alternation(lex.clause_words.get("previous_season_shift", []), exact=True)
    season_blockers = alternation(lex.clause_words.get("previous_season_blocker", []), exact=True)
    fiscal_nouns = lex.clause_words.get("fiscal_adjective_noun", [])
    fiscal_alone = (rf"fiscal(?![\w\-‐])(?![ \t]+{alternation(fiscal_nouns, exact=True)}(?![\w]))"
                    if fiscal_nouns else "(?!)")
    fiscal_noun = rf"(?:year|{fiscal_alone})"
    year_shift = rf"\s+(?:of\s+)?(?P<ys{{i}}>{shift_word})\s+{fiscal_noun}(?![\w])"
    # ... "1 January of 2025" (translations from Spanish and Portuguese: "1 de enero de 2025")
    y_opt = (rf"(?:(?:,?\s+|\s+of\s+)(?P<y{{i}}>{CALENDAR_YEAR})|{year_shift}"
             rf"|\s+['’](?P<yq{{i}}>[0-9]{{2}})(?![\w'’]))?")  # "17th March '25"
    part_year = rf"(?:\s+(?:of\s+)?{this_year})?(?![\w])"  # "the third quarter (of) 2025"
    filler = alternation(lex.duration_fillers, exact=True)
    next_days = alternation(_next_day_pairs(lex), exact=True)
    next_months = alternation(_next_month_pairs(lex), exact=True)
    next_month_parts = _next_month_part_pairs(lex, qual)
    next_years = alternation([f"{year} {conj} {year + 1}" for year in range(1900, 2049)
                              for conj in ("and", "&")], exact=True)

    # the first two and the last two years of a list ("2023, 2024 and 2025")
    year_list_start = alternation([f"{year}, {year + 1}" for year in range(1900, 2049)],
                                  exact=True)
    year_list_end = alternation([f"{year}{comma} {conj} {year + 1}" for year in range(1900, 2049)
                                 for comma in ("", ",") for conj in ("and", "&")], exact=True)

    def numbered(template: str, i: int) -> str:
        return template.replace("{i}", str(i))

    dmy_range = (
        rf"(?:[Tt]he\s+)?{NUM_LEFT}(?P<d1>{DAY})(?:\s+(?:of\s+)?(?P<m1>{mon}){numbered(y_opt, 1)})?"
        rf"{{SEP}}(?:{wd_date},?\s+)?{numbered(day_mon, 2)}{numbered(y_opt, 2)}"
    )
    mdy_range = (
        rf"(?P<m1>{mon})\s+(?P<d1>{DAY}){numbered(y_opt, 1)}"
        rf"{{SEP}}(?:(?P<m2>{mon})\s+)?(?P<d2>{DAY}){numbered(y_opt, 2)}"
    )
    month_range = (
        rf"(?:(?P<q1>{qual}))?(?P<m1>{mon}){numbered(y_opt, 1)}"
        rf"{{SEP}}(?:(?P<q2>{qual}))?(?P<m2>{mon}){numbered(y_opt, 2)}"
        # ... "June-May 2026/27": the months of a split year, the second in its second year
        rf"(?:(?<=[0-9]{{4}})/(?P<sy>{YEAR2}))?"
    )
    year_range = rf"{NUM_LEFT}(?P<y1>{YEAR}){{SEP}}(?P<y2>{YEAR})"
    # A two-digit end only after a dash or slash ("2024-26", "2019/20"), never a figure's
    # first digits ("from 61,200 in 2024 to 89,755").
    short_end = rf"\s*[-–—‐−/]\s*(?P<yy>{YEAR2})(?![.,:][0-9])"
    between = r"(?P<pre>[Bb]etween(?:\s+(?:in|on)\s+or\s+(?:about|around))?|BETWEEN)\s+"

    hijri = alternation(lex.hijri_month_names)
    iberian = cased_alternation(lex.foreign_months) if lex.foreign_months else ""
    foreign_weekday = cased_alternation(lex.foreign_weekdays) if lex.foreign_weekdays else "(?!)"
    # a foreign weekday before its date ("jueves 19 de noviembre", "Thứ Tư, 04/11/2026")
    FOREIGN_WEEKDAY = first_words(list(lex.foreign_weekdays))
    foreign_weekday_head = rf"(?P<wd>{foreign_weekday})(?![\w‐-]),?\s+"
    day_first_month, month_first_month = (
        cased_alternation(names) + r"(?![\w])" if names else "(?!)"
        for names in (lex.day_first_months, lex.month_first_months))
    dateline_month = alternation(list(lex.dateline_months), exact=True) + r"(?![\w])" \
        if lex.dateline_months else ""
    HIJRI = first_words(lex.hijri_month_names)
    # "17 Ramadan 1446 AH (17 March 2025)": a Hijri date and its Gregorian gloss (the dmy
    # form reads it day first, the hijri form month first: "Ramadan 15, 1446 H (...)")
    hijri_year = r"\s+(?P<hy>1[345][0-9]{2})(?:\s*(?:AH|A\.H\.|H|Hijri)(?![\w]))?"
    hijri_gloss = (r"\s*\(\s*(?:" + numbered(day_mon, 1).replace("P<d1>", "P<gd1>").replace(
        "P<m1>", "P<gm1>") + "|" + numbered(mon_day, 2).replace("P<d2>", "P<gd2>").replace(
        "P<m2>", "P<gm2>") + rf"),?\s+(?P<gy>{YEAR})\s*\)")
    # The gloss is read (a lookahead) but is a date of its own: one entity per expression
    hijri_day_first = (rf"(?P<hd>{DAY_DIGITS})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<hm>{hijri})"
                       rf"{hijri_year}(?:(?={hijri_gloss})|)")
    # "26 Azar 1404", "(24 Azar)": a Solar Hijri day, its year optional (inferred when left out)
    solar = alternation(lex.solar_month_names, exact=True) if lex.solar_month_names else "(?!)"
    solar_day_first = (rf"(?P<sd>{DAY_DIGITS})\s+(?P<sm>{solar})(?![\w])"
                       rf"(?:,?\s+(?P<sy>1[34][0-9]{{2}})(?:\s*(?:SH|AP|H\.?S\.?)(?![\w]))?"
                       r"(?![\w]|[.,:][0-9]))?")
    # "(Mehr 14)", "(Aban 26 to 28)": the month first (an Iranian agency's English gloss of a
    # weekday), a day or a range of days of it, the year optional; only in brackets, after
    # "on" or a comma ("Mehr" is also an agency's name)
    solar_month_first = (rf"(?:(?<=\()|(?<=\b[Oo]n )|(?<=, ))(?P<sm>{solar})\s+(?P<sd>{DAY_DIGITS})"
                         rf"(?:\s*(?:to|[-–])\s*(?P<sd2>{DAY_DIGITS}))?(?![\w]|[.,:/-]?[0-9])"
                         r"(?:,?\s+(?P<sy>1[34][0-9]{2})(?![\w]|[.,:][0-9]))?")
    # "the Iranian year 1403": a Solar Hijri year (the span is its number, as for a year)
    # (read from "year", a frame left out of the span)
    solar_year = (r"(?P<frame>(?:(?<=Iranian )|(?<=Persian )|(?<=Iranian calendar )"
                  r"|(?<=Persian calendar )|(?<=solar )|(?<=Solar Hijri ))year\s+)"
                  r"(?P<sy>1[34][0-9]{2})(?![\w]|[.,:][0-9])")
    # a year-first date that may open a range, dashed, to another ("2025.06.25-2025.06.28")
    # or to a month and day that share its year ("2026.06.20-07.03"), or end at a clock time
    # dashed on; no other dash and digits may follow it
    ymd_first = numbered(YMD_DATE, 1).replace(
        r"(?![\w]|[./-][0-9])",
        r"(?![\w]|[./][0-9]|-(?![0-9]{2}[./][0-9]{2}(?![\w]|[./-][0-9])"
        r"|(?:1[89]|20)[0-9]{2}[./][0-9]"
        # ... or a clock time glued on by a dash ("2027/10/05-18:34", a page's date line)
        r"|(?:[01][0-9]|2[0-3]):[0-5][0-9](?![0-9]))[0-9])")
    forms: list[tuple[str, frozenset[str], str]] = [
        ("between_dmy", B, between + dmy_range.replace("{SEP}", AND_SEP)),
        ("between_mdy", B, between + mdy_range.replace("{SEP}", AND_SEP)),
        ("between_month", B, between + month_range.replace("{SEP}", AND_SEP)),
        ("between_year", B, between + year_range.replace("{SEP}", AND_SEP)),
        ("between_numeric", B, between + numbered(NUMERIC_DATE, 1) + AND_SEP
         + numbered(NUMERIC_DATE, 2)),  # "between 01.01.2025 and 31.10.2025"
        ("range_numeric", D, NUM_LEFT + numbered(NUMERIC_DATE, 1) + RANGE_SEP
         + numbered(NUMERIC_DATE, 2)),
        ("clock_hhmm", FOUR, rf"{NUM_LEFT}(?P<h3>[01][0-9]|2[0-3])(?P<mi3>[0-5][0-9])\s+"
         rf"(?P<zone>{zone4})(?![\w])"),
        # ISO dates (not "ref. 2025-03-14-0012"), and year-first dates with slashes or dots,
        # alone or as a range ("2025/03/10 to 2025/03/12"): one form, one try per year
        ("iso", Y, NUM_LEFT + rf"(?:(?P<y>{YEAR_DIGITS})-(?P<m>0[1-9]|1[0-2])-"
         r"(?P<d>3[01]|[12][0-9]|0[1-9])(?![0-9]|[-‐][0-9])"
         rf"|{ymd_first}(?:{RANGE_SEP}(?:{numbered(YMD_DATE, 2)}"
         # ... "2026.06.20-07.03": the second end shares the first's year (same separator)
         r"|(?P<m3>1[0-2]|0[1-9])(?P=s1)(?P<d3>3[01]|[12][0-9]|0[1-9])(?![\w]|[./-][0-9])))?"
         rf"{YMD_DAY_DOT})"),
        # A Chinese, Japanese or Korean date, year first with its unit signs ("2026年5月14日",
        # "2026年 5月 14日", "2026년 5월 14일"): that day
        ("cjk", Y, NUM_LEFT + rf"(?P<y>{YEAR_DIGITS})\s*[年년]\s*(?P<m>1[0-2]|0?[1-9])\s*[月월]"
         r"\s*(?P<d>3[01]|[12][0-9]|0?[1-9])\s*[日일]"),
        # Taiwan's Republic of China era, year first: "114-10-03", "114/10/03" (years
        # 100-129 = 2011-2040, two-digit month and day, one separator), "民國114年10月3日"
        ("roc", frozenset({NUMBER_KEY, "民國"}),
         NUM_LEFT + r"(?:(?P<y>1[0-2][0-9])(?P<sep>[-/.])(?P<m>0[1-9]|1[0-2])(?P=sep)"
         r"(?P<d>3[01]|[12][0-9]|0[1-9])(?![0-9]|[-‐/.][0-9])"
         r"|民國\s*(?P<y2>1[0-2][0-9])\s*年\s*(?P<m2>1[0-2]|0?[1-9])\s*月"
         r"\s*(?P<d2>3[01]|[12][0-9]|0?[1-9])\s*日)"),
        # "on 9-11/06/2026", "12-14.03.2025": days of one numeric date's month
        # ... and "14.04-20.04.2025", "03.11–07.11.2025": the first day with its month
        # ... "15.09 to 21.09.2025": the same with a word between
        ("numeric_days", D, NUM_LEFT + rf"(?P<d1>{DAY_DIGITS})(?:\.(?P<m1>0?[1-9]|1[0-2]))?"
         r"(?:\s*[-–]\s*|\s+(?:to|till|until|through)\s+)"
         + numbered(NUMERIC_DATE, 2).replace("[./-]", "[./]", 1)),
        # "| 14.04 |" in a table's "Date" column (the handler reads the column's header)
        ("numeric_cell", D, r"(?:(?<=\|)|(?<=\|[ \t])|(?<=\|[ \t]{2}))"
         r"(?P<a>[0-9]{1,2})[./](?P<b>[0-9]{1,2})(?=[ \t]*\|)"),
        # "on Sunday, 16/3/2025", "Friday 14.03.2025": the weekday is in the date's span
        # ... and "on 17.03.25", "dated 12/03/25": a two-digit year only after a date's
        # preposition (not with dashes, which the tokenizer splits: no token would anchor it)
        ("numeric", WD_DATE | D, wd_opt + NUM_LEFT + "(?:" + numbered(NUMERIC_DATE, 1)
         + ORDINAL_YEAR_DOT
         + r"|(?=[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2}(?![\w]|[./-][0-9]))"
         + rf"{numeric_prep}(?P<a2>[0-9]{{1,2}})(?P<s2>[./])(?P<b2>[0-9]{{1,2}})"
         + r"(?P=s2)(?P<yy2>[0-9]{2})"
         # "14. 3. 2025" (Czech, Slovak, Slovene usage: a space after each dot)
         + rf"|(?P<a3>[0-9]{{1,2}})\.[ \t](?P<b3>[0-9]{{1,2}})\.[ \t](?P<y3>{YEAR_DIGITS})"
         + r"(?![\w]|[.,:][0-9]))"),
        # "the 2nd of this month", "the 28th of last month": one day of a month told
        # relative to the reference
        # "5th instant", "the 9th inst." (Indian and British official usage): this month
        ("month_day_shift", T | D,
         rf"(?:[Tt]he\s+)?(?P<d>{DAY_DIGITS})(?:st|nd|rd|th)\s+(?:of\s+"
         r"(?P<sh>this|last|next|the\s+current|the\s+previous)\s+month(?![\w])"
         r"|(?P<inst>instant(?![\w])|inst\.)|(?P<ult>ultimo(?![\w])|ult\.))"),
        # "on the 3rd," "on the 21st at noon": a day of the month (the reference's, or the
        # one before it), not "on the 3rd floor"
        ("month_day_bare", T, r"(?<=\b[Oo]n )[Tt]he\s+"
         rf"(?P<d>{DAY_DIGITS})(?:st|nd|rd|th)(?=\s*[,.;:)]|\s*$|\s+(?:at|in|when|after"
         r"|before|while)\s)"),
        # ... or glued, the month in capitals (the military and aviation day-time group's
        # date: "14JUL2026", "02FEB26"), or dotted ("3.Dec.2026 at 9h15": a page's date line)
        ("dashed", D, NUM_LEFT + rf"(?P<d>{DAY_DIGITS})(?:(?P<s>[-/.])(?P<m>{mon})(?P=s)"
         rf"|(?P<gm>{mon_caps}))(?P<y>{YEAR_DIGITS}|[0-9]{{2}})(?![\w])"),
        # A year-less numeric day after "on" or in brackets ("on 13/10", "Sunday (13/10)")
        # or after "the morning/afternoon/evening/night of" ("On the afternoon of 12/10")
        # ... or after its weekday ("Friday, 13/02": the weekday in the span)
        ("numeric_short", D | WD_DATE, rf"(?:(?P<wd>{wd_date}),?[ \t]+|(?<=\b[Oo]n\s)|(?<=\()"
         r"|(?<=\bmorning of )|(?<=\bafternoon of )"
         r"|(?<=\bevening of )|(?<=\bnight of )"
         r"|(?<=\btill )|(?<=\buntil )|(?<=\bbefore )|"
         + after_line_opener()
         + r"(?=[0-9]{2}\.[0-9]{2}[ \t\r\n,]))"
         r"(?P<a>[0-9]{1,2})"
         # ... "on 05.03, officers seized": day.month with dots (two digits each, a comma,
         # semicolon or full stop after), never a decimal ("on 5.3 percent"); ... "212 kg
         # of hashish (12.11)": in brackets of its own
         r"(?:/|(?P<dot>\.)(?:(?<=\b[Oo]n [0-9]{2}\.)(?=[0-9]{2}(?:\s*[,;]|\.(?![0-9])))"
         r"|(?<=\([0-9]{2}\.)(?=[0-9]{2}\)))"
         # ... "valid till 31.03.", "until 15.04.": day.month with a dot after each (two
         # digits each), after a word of a limit
         r"|\.(?:(?<=\btill [0-9]{2}\.)|(?<=\buntil [0-9]{2}\.)|(?<=\bbefore [0-9]{2}\.))"
         r"(?=[0-9]{2}\.(?![0-9]))(?P<dot2>)"
         # ... "02.11" alone on its line (a post's date line) or opening a line of a
         # headline ("18.11 A resident of Cheboksary ...": a list of a site's latest news)
         r"|\.(?:" + after_line_opener(r"[0-9]{2}\.")
         + rf")(?={DOTTED_LINE_DAY_END})(?P<dot3>)"
         # ... "on Saturday 5. 4." (Czech usage: a space after each dot), after its weekday
         r"|(?P<cz>\.[ \t])(?=[0-9]{1,2}\.(?![0-9])))"
         r"(?P<b>[0-9]{1,2})(?(cz)\.)"
         rf"(?![\w/]|[.,:][0-9]|\s*[-–]\s*[0-9]|\s+of(?![\w])|\s+{mon})"),
        # "the Jan. 1-20 period", "the 1-10 March period": the days' stretch with its frame
        # words, as "the January-June period"
        ("day_period", T, r"[Tt]he\s+" + mdy_range.replace("{SEP}", RANGE_SEP)
         + r"\s+period(?![\w])"),
        ("day_period_dmy", T, r"[Tt]he\s+" + dmy_range.replace("(?:[Tt]he\\s+)?", "", 1)
         .replace("{SEP}", RANGE_SEP) + r"\s+period(?![\w])"),
        # "the intervening night of 14/15 March 2025": two days next to each other
        ("range_dmy", WD_DATE | D | T, wd_opt + dmy_range.replace(
            "{SEP}", rf"(?:{DAY_RANGE_SEP}|(?P<night>/))")),
        ("range_mdy", WD_DATE | MON, wd_opt + mdy_range.replace("{SEP}", DAY_RANGE_SEP)),
        # "March 3, 4 and 5", "3, 4 and 5 March (2026)": a list of days next to each other,
        # one stretch (the handler checks they follow each other)
        ("day_list", MON | D,
         rf"(?:(?P<m1>{mon})\s+{NUM_LEFT}(?={NEXT_DAY_LIST})(?P<d1>{DAY_DIGITS})(?P<mid>(?:,\s*{DAY_DIGITS})+),?"
         rf"\s+and\s+(?P<d2>{DAY}){numbered(y_opt, 2)}"
         rf"|{NUM_LEFT}(?={NEXT_DAY_LIST})(?P<d3>{DAY_DIGITS})(?P<mid2>(?:,\s*{DAY_DIGITS})+),?\s+and\s+"
         rf"(?P<d4>{DAY_DIGITS})\s+(?P<m2>{mon}){numbered(y_opt, 3)})(?![\w])"),
        # "the October-December quarter (of 2023)": that calendar quarter (TIMEX3 2023-Q4)
        # ... "the September quarter", "the December half" (Australian usage): the quarter or
        # half ending with that month
        ("quarter_months", T,
         rf"[Tt]he\s+(?:(?P<m1>{mon})\s*[-‐–—/]\s*(?P<m2>{mon})\s+quarter"
         rf"|(?P<m3>{mon})(?:\s+|[-‐])(?P<part>quarter|half))" + part_year),
        # "the October-December period of 2025", "the January to March period": the months'
        # stretch with its frame words and the year after them
        ("month_period", T | MON,
         rf"(?:[Tt]he\s+)?(?P<m1>{mon})(?:\s*[-–—‐]\s*|\s+(?:to|through)\s+)(?P<m2>{mon})"
         rf"\s+period(?:\s+(?:of|in)\s+(?P<y2>{YEAR}))?(?![\w])"),
        ("range_month", QUAL | MON, month_range.replace("{SEP}", RANGE_SEP)),
        # "July and August 2025": two months next to each other and their year, one stretch
        ("month_pair", MON, rf"(?=(?:{next_months})(?![\w]))"
         rf"(?P<m1>{mon})\s+(?:and|And|AND|&)\s+(?P<m2>{mon})(?![\w])(?:,?\s+"
         rf"(?:of\s+)?(?P<y>{CALENDAR_YEAR}))?"),
        # ... and "March and early April", the second one's part told: one stretch too
        ("month_pair_part", MON,
         rf"(?={next_month_parts})(?P<m1>{mon})\s+(?:and|And|AND|&)\s+(?P<q>{qual})(?P<m2>{mon})(?:,?\s+"
         rf"(?:of\s+)?(?P<y>{CALENDAR_YEAR}))?"),
        # ... and "2026 and 2027": two years next to each other, one stretch
        # "2019 through June 2026": from a year to a month, one stretch
        ("year_to_month", Y, rf"{NUM_LEFT}(?P<y1>{YEAR})\s+(?:through|thru|to|until|till)\s+"
         rf"(?P<m>{mon}),?\s+(?P<y2>{YEAR})"),
        # "the 2024-25 fiscal year", "the 2025 financial year": a fiscal year named before
        # its noun (the noun and the article in the span, as in "the fiscal year")
        ("year_fiscal_noun", Y | T,
         rf"(?:[Tt]he\s+)?{NUM_LEFT}(?P<y>{YEAR})(?:{short_end}|/(?P<y4>{YEAR}))?\s+"
         rf"(?P<fy>{fiscal_cased})\s+[Yy]ear(?![\w\-‐])"),
        ("range_year", Y,
         # a list of years, each the one after the one before ("2023, 2024 and 2025": the
         # parser checks they follow), one stretch as "2024 and 2025"
         rf"{NUM_LEFT}(?:(?=(?:{year_list_start})(?![\w]))(?P<y5>{YEAR})"
         rf"(?P<ymid>(?:,\s*{YEAR}){{0,3}},\s*(?=(?:{year_list_end})(?![\w])){YEAR})"
         rf",?\s+(?:and|&)\s+(?P<y6>{YEAR})"
         # (not after "since" nor before "respectively": each year a thing's of its own, "in
         # service since 2015 and 2016", "in 2031 and 2032, respectively")
         rf"|(?<![Ss]ince\s)(?=(?:{next_years})(?![\w]|[.,:][0-9]))(?P<y4>{YEAR})\s+(?:and|&)\s+"
         rf"(?P<y3>{YEAR})(?!,?\s+respectively)|(?P<y1>{YEAR})(?:(?:{RANGE_SEP}|/)(?P<y2>{YEAR})|{short_end}))"),
        # "from 1. January", "since 14. March 2027": a day with the ordinal dot of German,
        # Scandinavian and Central European usage kept in a translation, after a preposition
        # (not a list's number: "1. January saw ...")
        ("dot_dmy", D, rf"{dot_prep}(?P<d1>{DAY_DIGITS})\.[ \t]+(?P<m1>{mon}){numbered(y_opt, 1)}"),
        ("dmy", WD_DATE | T | D, wd_opt + "(?:" + numbered(day_mon, 1) + numbered(y_opt, 1)
         + "|" + hijri_day_first + "|" + solar_day_first + ")"),
        ("mdy", WD_DATE | MON, wd_opt + numbered(mon_day, 1) + numbered(y_opt, 1)),
        ("month_year", QUAL | MON,
         rf"(?:(?P<q>{qual}))?(?P<m>{mon}),?\s+(?:of\s+)?(?P<y>{CALENDAR_YEAR})"),
        ("month_shift", QUAL | MON,
         rf"(?:(?P<q>{qual}))?(?P<m>{mon}){numbered(year_shift, 1)}"),
        # "the 12 months to February", "the three months through January 2026", "the year
        # to June 30, 2026", "the week ended Feb. 28": a length up to a month or a day, one
        # stretch (not "the three months to the end of March")
        # ... and "the nine months of 2025" (Russian "за девять месяцев"): the year's first
        # months (one form: both start with "the" and a number or unit)
        # ... "the fiscal year ended March 31", "the six months to the end of March", "the
        # week to Friday" (the seven days ending with the last or next Friday)
        # ... "the fiscal first quarter, ended Dec. 31": the quarter ending that day
        ("window", T, rf"[Tt]he\s+(?:(?P<n>{num})\s+)?(?:{fiscal_cased}\s+"
         rf"(?=year|{ordinal}\s+quarter))?(?:{ordinal}\s+(?=quarter\s*,?\s+end))?"
         rf"(?P<u>{unit_any})(?:\s+|\s*,\s*(?=end))"
         r"(?:(?:to|through|thru|(?P<ended>ended)|ending|until|till)\s+(?:the\s+end\s+of\s+)?"
         rf"(?:(?P<m>{mon})(?:\s+(?P<d>{DAY}))?(?:,?\s+(?P<ey>{YEAR}))?"
         rf"|(?P<d2>{DAY})\s+(?P<m2>{mon})(?:,?\s+(?P<ey2>{YEAR}))?"
         rf"|(?P<wd>{wd})(?:\s+{day_part})?)(?![\w])"
         rf"|(?<=months\s)of\s+{this_year})"),
        # ... "the last three months of 2025": its last months; "the first nine months" (no
        # year, not "of his term", "in office", "after the merger"): the year's, by tense
        ("first_months", T | frozenset({"first", "last", "final"}),
         rf"(?:[Tt]he\s+)?(?P<fl>[Ff]irst|[Ll]ast|[Ff]inal)\s+(?P<n>{num})\s+"
         rf"(?:months|(?P<qs>quarters))\s+of\s+{this_year}"
         rf"|[Tt]he\s+[Ff]irst\s+(?P<n2>{num})\s+(?:months|(?P<qs2>quarters))(?![\w\-‐])"
         r"(?!\s+(?:of|after|since|following|in|on|at|as|under|from|before|to|through|till"
         r"|until|ended|ending|with|for|since|when)(?![\w]))"),
        # "the second week of February" (days 8-14), "the last week of June", "the first 10
        # days of March", "the first two weeks of May": days of a month from its start or end
        ("month_days", T | ORD | frozenset({"last", "final"}),
         rf"(?:[Tt]he\s+)?(?:(?P<ord>{ordinal}|[Ll]ast|[Ff]inal)\s+week"
         rf"|(?P<fl>[Ff]irst|[Ll]ast|[Ff]inal)\s+(?P<n>{num})\s+(?:days|(?P<wks>weeks))"
         rf"|(?P<fn>[Ff]irst|[Ss]econd|[Ll]ast)\s+fortnight"
         # "the first decade of December", "the third ten-day period of March" (Russian
         # "декада"): days 1-10, 11-20, 21 to the month's end
         rf"|(?P<dk>{ordinal}|[Ll]ast)\s+(?:decade|ten[-‐\s]day\s+period))"
         rf"\s+of\s+(?:(?P<m>{mon})(?:,?\s+(?P<y>{YEAR}))?|the\s+(?P<tm>month))(?![\w])"),
        # "last year's fourth quarter", "this year's first half": a part of a year told
        # relative to the reference
        ("year_part_shift", SHIFT,
         rf"(?P<rel>{shift})\s+year['’]s\s+(?P<ord>{ordinal})(?:\s+|[-‐])"
         r"(?P<u>quarter|half)(?![\w])"),
        # "for 11 months of 2024" (Russian "за 11 месяцев"): the year's first months, not
        # "the last three months of 2024"
        # ("the end of the first quarter": its last month, mod END; "the start of the
        # third quarter": the quarter, mod START, as for a year)
        ("quarter", T | ORD | frozenset({"last", "fiscal"}),
         r"(?:(?P<qe>[Tt]he\s+(?:end|close|start|beginning)\s+of)\s+(?=the\s))?"
         rf"(?:[Tt]he\s+)?(?:(?P<fq>[Ff]iscal)\s+)?(?P<ord>{ordinal}|[Ll]ast(?=\s+quarter\s+of\s))(?:\s+|[-‐])quarter"
         + part_year),
        # "1Q 2025", "3Q'24"; "1H 2025", "2H'24" (a half only with its year)
        # ... and "4Q24", "1H25" (the two-digit year joined on)
        ("quarter_digit", D, rf"{NUM_LEFT}(?P<n>[1-4])(?:Q(?:\s*(?P<y>{YEAR})"
         rf"|(?:\s*['’])?(?P<yy>{YEAR2}))?|(?<=[12])(?P<h>H)(?:\s*(?P<hy>{YEAR})"
         rf"|(?:\s*['’])?(?P<hyy>{YEAR2})))(?![\w])"),
        # "Q1 2026-27", "Quarter 1, 2026-27" (a quarterly report's fiscal quarter, its year
        # split across two calendar years); "III quarter 2026", "the II quarter of 2025"
        # (post-Soviet reports' Roman numerals)
        ("quarter_split_year", QCODE | frozenset({"quarter"}),
         rf"(?:(?P<n>Q[1-4])|(?:[Qq]uarter|QUARTER)\s+(?P<qn>[1-4]),?)\s+{SPLIT_FISCAL}"),
        ("quarter_roman", T | frozenset(map(str.lower, ROMAN_QUARTERS)),
         rf"(?:[Tt]he\s+)?{WORD_LEFT}(?P<rq>{alternation(list(ROMAN_QUARTERS), exact=True)})"
         rf"[ \t]+(?:quarter|Quarter|QUARTER)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?(?![\w])"),
        ("quarter_code", QCODE | QCODE_FY, rf"(?P<n>Q[1-4])(?:\s*(?:of\s+)?(?P<y>{YEAR})"
         rf"|\s*['’](?P<yy>{YEAR2})|\s*(?P<fy>FY)\s?(?:(?P<fy4>{YEAR})(?![-‐/][0-9])|['’]?(?P<fyy>{YEAR2})))?"
         r"(?![\w])"),  # "Q1 FY25", "Q3FY27": the fiscal year's quarter
        ("year_quarter", Y, rf"{NUM_LEFT}(?P<y>{YEAR})\s*[-‐]?\s*(?P<n>Q[1-4])(?![\w])"),
        # "the first half of January (2025)": days 1-15 or 16 to the month's end
        # "the second half of the 1980s", "the first half of the 20th century": those years
        ("era_half", T | ORD,
         rf"(?:[Tt]he\s+)?(?P<ord>{ordinal})(?:\s+|[-‐])half\s+of\s+(?:the\s+)?"
         rf"(?:(?P<dec>(?:1[89]|20)[0-9]0)['’]?s|['’](?P<short>[0-9]0)s"
         rf"|(?:(?P<n>[0-9]{{1,2}})(?:st|nd|rd|th)|(?P<w>{century_word}))[\s\-‐]+[Cc]entury)"
         r"(?![\w])"),
        # ... "the second half of the month", "the first half of next month": of the month
        # the text named (else the reference's), or of the one told relative to the reference
        ("month_half", T | ORD, rf"(?:[Tt]he\s+)?(?P<ord>{ordinal})(?:\s+|[-‐])half\s+of\s+"
         rf"(?:(?P<m>{mon})(?:,?\s+(?P<y1>{CALENDAR_YEAR}))?"
         r"|(?P<tm>the|this|next|last)\s+month(?![\w]))"),
        # ... "the first semester of the past year" (Spanish "semestre"): a half
        # ... "the first half year" (German "Halbjahr", Dutch "halfjaar"): "year" in the span
        ("half", T | ORD, rf"(?:[Tt]he\s+)?(?P<ord>{ordinal})(?:\s+|[-‐])"
         r"(?:half(?:[\s\-‐]year(?![\w\-‐]))?|semester)"
         + part_year),
        # ... "IN H1", "for H2" (a headline's or analyst's half): a half without its year
        # after a period preposition, its year by tense (not "H1N1", "H-1B", "H1-B")
        # ... and before a report's noun ("BANK H1 NET PROFIT UP 8.6 PCT", "H2 sales")
        ("half_code", HCODE, rf"(?:(?:{half_prep}|(?=H[12]\s+{half_noun}(?![\w])))(?P<bare>)"
         rf"(?=H[12](?![\w\-‐/]|\s+{YEAR}))"
         rf"|(?=[HS][12]\s+{YEAR}))(?P<n>[HS][12])(?(bare)|\s+(?P<y>{YEAR}))"),
        # "the third and fourth quarters (of 2025)", "the first and second halves": one stretch
        ("part_pair", T, rf"[Tt]he\s+(?P<o1>{ordinal})\s+and\s+(?P<o2>{ordinal})\s+"
         rf"(?P<u>quarters|halves)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?(?![\w])"),
        # "the spring and summer of 2025": two seasons and their year, one stretch
        ("season_pair", T | SEASON, rf"(?:[Tt]he\s+)?(?P<s1>{season})\s+and\s+(?:the\s+)?"
         rf"(?P<s2>{season})\s+(?:of\s+)?(?P<y>{YEAR})(?![\w])"),
        ("season", QUAL | T | SEASON, rf"(?:(?P<q>{qual}))?(?:(?P<the>[Tt]he)\s+)?"
         rf"(?P<s>{season})(?![\w])(?:\s+(?:of\s+)?(?P<y>{YEAR_DIGITS})"
         rf"(?:\s*[-–/]\s*(?P<sy2>{YEAR2}))?(?![\w]|[.,:][0-9])"
         rf"|\s+of\s+(?P<ys>{shift_word})\s+year(?![\w])"  # "the spring of last year"
         r"|(?<=[a-z])\s+period(?![\w\-‐]|\s+of\s))?"),  # "the winter period": in the span
        ("decade", T | QUAL | Y | QUOTE,
         rf"(?:[Tt]he\s+)?(?:(?P<q>{qual})(?:[Tt]he\s+)?|{NUM_LEFT})"
         rf"(?:(?P<dec>(?:1[89]|20)[0-9]0)['’]?s|['’](?P<short>[0-9]0)s)(?![\w])"),
        ("decade_word", T, rf"[Tt]he\s+(?:(?P<q>{qual}))?(?P<w>{decade_word})(?![\w])"),
        ("short_year", QUOTE, rf"(?=['’][0-9]{{2}}(?![\w'’])){prep}['’](?P<yy>[0-9]{{2}})"),
        # "mid-2024 to early 2025", "early 2023 and late 2024" (after "between"): one
        # stretch, from a third of its first year to a third of its last
        ("year_qual_range", QUAL,
         rf"(?:(?<=[Bb]etween\s)(?P<bt>))?(?P<q1>{qual_inner})(?P<y1>{YEAR})"
         rf"(?:\s*{RANGE_SEP}|(?(bt){AND_SEP}|(?!)))"
         rf"(?P<q2>{qual_inner})?(?P<y2>{YEAR})"),
        # ... "the beginning of the year 2025": the frame "the year" inside the edge's span
        ("year_qual", QUAL, rf"(?:(?P<edge>{qual_edge})(?:the\s+year\s+)?|(?P<q>{qual_inner}))"
         rf"(?:(?P<fy>{fiscal_cased})\s+(?:[Yy]ear\s+)?)?(?P<y>{YEAR})"),  # "the end of
        # fiscal 2027"
        # "the turn of the century", "the first decade of the century" ("of this century",
        # "of the 21st century"): the century's first year, or its n-th ten years
        ("century_part", T,
         rf"[Tt]he\s+(?:(?P<turn>turn)|(?P<ord>{ordinal})\s+decade)\s+of\s+(?:the|this)\s+"
         rf"(?:(?:(?P<n>[0-9]{{1,2}})(?:st|nd|rd|th)|(?P<w>{century_word}))[\s\-‐]+)?"
         r"century(?![\w\-‐])"),
        ("century", CENTURY,
         rf"(?:[Tt]he\s+)?(?:(?P<q>{qual})(?:[Tt]he\s+)?|{NUM_LEFT})(?:(?P<n>[0-9]{{1,2}})"
         rf"(?:st|nd|rd|th)|(?P<w>{century_word}))[\s\-‐]+[Cc]entury(?![\w])"),
        # "the previous fiscal year", "this financial year": a fiscal year told relative to
        # the reference (TIMEX3 FY2024)
        ("fiscal_shift", SHIFT | T,
         rf"(?:[Tt]he\s+)?(?P<rel>{shift})\s+(?:{fiscal_cased}\s+year(?![\w\-‐])"
         rf"|{fiscal_alone})"),
        # "FY22-FY25", "FY2022–FY2025": from the first fiscal year to the last, both named
        ("fiscal_pair", frozenset({"fy"}),
         rf"FY\s?['’]?(?P<a>[0-9]{{2}}|{YEAR_DIGITS})\s*(?:[-–—‐]|to|through)\s*"
         rf"FY\s?['’]?(?P<b>[0-9]{{2}}|{YEAR_DIGITS})(?![\w]|[.,:][0-9])"),
        # "fiscal 2024", "the financial year 2023-24", "FY 2024-25", "FY25"
        ("year_word", YEARWORD,
         rf"(?:(?:(?:[Tt]he\s+)?(?P<fy>{fiscal_cased}|(?P<cal>[Cc]alendar))\s+"
         rf"(?:[Yy]ear\s+)?"  # "calendar 2025", "CY25": the calendar year (not a fiscal one)
         rf"|(?P<frame>(?:[Tt]he\s+)?[Yy]ear\s+))"  # "the year 2025": a frame, left out
         rf"(?P<y>{YEAR})|(?P<fy2>FY|(?P<cy>CY))\s?(?:(?P<y2>{YEAR})"
         rf"|['’]?(?P<fyy>{YEAR2})(?![.,:][0-9])))(?:{short_end}|/(?P<y4>{YEAR}))?"),
        ("set_count", FREQ | (NUM - D - {NUMBER_KEY}),  # "twice a year", "three times a week"
         rf"(?:(?P<f>{freq})|(?P<n>{num})\s+times)\s+(?:a|an|per|each|every)\s+"
         rf"(?P<u>{unit_s})"),
        ("set_every", frozenset({"every"}),
         rf"[Ee]very\s+(?:(?P<other>other)\s+(?P<u1>{unit_s})|(?P<n>{num})\s+(?P<u>{unit_any}))"),
        ("ago", NUM, rf"(?P<n>{num})\s+(?P<u>{unit_any})\s+"
         # ("fell 3.9 pct from a year before to 664,800 units": the figure after "to")
         r"(?P<dir>ago|earlier|later|from\s+now|before(?=\s*[,.;:)]|\s*$|\s+to\s+[0-9$€£¥]))"
         r"(?![\w])"),
        ("half_unit", frozenset({"half"}),
         rf"[Hh]alf\s+an?\s+(?P<u>{unit_s})"),
        # not "the weekend of March 8-9": the dates after it say which
        # "the same period of 2023", "the same quarter last year", "the corresponding period
        # a year earlier", "the year-earlier quarter", "the prior-year period": the stretch
        # (or quarter, half, month, week) the text compares with, in another year
        # ... "the same date last year", "the same day a year earlier": the day the text gave
        ("same_period", T, r"[Tt]he\s+(?:(?:same|corresponding|comparable)\s+"
         r"(?P<cu>period|months|quarter|half|semester|month|week|date|days|day|time)\s+"
         r"(?:(?:of|in)\s+)?"
         # (... "last fiscal year", "the previous financial year": the financial year's
         # stretch a year back)
         rf"(?:(?P<y>{YEAR})|(?P<rel>last|the\s+last|this|the\s+current)\s+"
         rf"(?:{fiscal_word}\s+)?{fiscal_noun}"
         r"|(?P<back>a\s+year\s+(?:earlier|before|ago)|(?:of\s+)?the\s+(?:previous|prior"
         rf"|preceding|past)\s+(?:{fiscal_word}\s+)?(?:year|season|campaign)"
         r"|the\s+(?:year|season)\s+before"
         r"|last\s+season))"  # a season a year long: "9% below the same period of the
        # previous season" (wheat exports from July 1 to Nov. 19)
         r"|(?P<yb>year[-‐](?:earlier|ago)|(?:prior|previous)[-‐\s]year)\s+"
         r"(?P<cu2>period|quarter|half|month|week)"
         # "rose 2.6% over the same period": the stretch the text just gave, in its own year
         r"|(?P<bare>same|corresponding|comparable)\s+(?:period|months)(?!\s+(?:of|in|last|this|next|a"
         r"|the|previous|prior|year|a\s+year)(?![\w])))(?![\w])"),
        # a table row's label opening its line or cell ("Same period 2025 (for comparison)"):
        # the table's stretch in that year
        ("same_period_label", frozenset({"same"}),
         r"(?<![^\n\t])(?:Same|SAME)[ \t]+(?:period|PERIOD)"
         rf"[ \t]+(?:(?:of|OF)[ \t]+)?(?P<y>{YEAR})(?![\w])"),
        # "the previous campaign", "the last season": the split year the text named last,
        # a year back (not "the previous season's champions", "the last season of the show")
        ("previous_season", T, rf"[Tt]he\s+(?P<rel>{season_shifts})\s+"
         rf"(?P<sn>{season_nouns})(?![\w]|['’])(?!\s+{season_blockers}(?![\w]))")
        if season_nouns else ("previous_season", frozenset(), "(?!)"),
        # ... "this time last year": the day a year back (the text's last day, else the
        # reference's), as "the same date last year"
        # "That autumn, barges ...", "in that summer": the season of the year the text gave
        # last (after a preposition or opening its sentence; not "said that summer sales")
        ("that_season", frozenset({"that"}),
         rf"(?:{prep}|(?<=[.!?]\s)|(?<![^\n]))(?P<th>[Tt]hat)\s+(?P<s>{season})(?![\w])"
         rf"(?!\s+{month_noun}(?![\w]))"),
        ("this_time_last", frozenset({"this"}),
         r"(?P<tt>[Tt]his)\s+time\s+last\s+year(?![\w])"),
        # ... "today (23rd)", "yesterday (22)" (Macao and Lusophone usage): the day of the
        # month glossing a day word is in its span
        # "Between the 17th and yesterday (22nd)": a stretch from a day of the month to a day
        # word, one range (the day word's month; the one before when the day is later)
        ("day_to_relative", D, r"(?:(?<=[Bb]etween the )|(?<=[Ff]rom the ))"
         rf"(?P<d>{DAY_DIGITS})(?:st|nd|rd|th)\s+(?:and|to|until|till|through)\s+"
         r"(?P<phrase>yesterday|today)"
         rf"(?:\s*\((?:the\s+)?(?P<md>{DAY_DIGITS})(?:st|nd|rd|th)?\))?(?![\w])"),
        # (not "in the past winter": a season after a shift word is that season)
        ("relative", REL, rf"{WORD_LEFT}(?P<phrase>{relative})"
         rf"(?!\s+(?:{num}\s+)?{unit_any}|\s+{season}(?![\w]))"
         rf"(?!\s+of\s+(?:{mon}|(?:the\s+)?[0-9]))"
         rf"(?!(?<=time)\s+{shift}\s+{unit_any})"  # ("at this time last year": a day back)
         rf"(?:(?:(?<=day)|(?<=tomorrow))\s*\((?P<md>{DAY_DIGITS})(?:st|nd|rd|th)?\))?"),
        ("the_past", T, rf"[Tt]he\s+(?P<rel>past|last|previous|next|coming|following)\s+"
         rf"(?:(?P<n>{num})\s+)?(?P<u>{unit_any})"
         # "the last week of September" is a part of the month, not the past week
         rf"(?!\s+of\s+(?:{mon}|{YEAR}|the\s+year|this|last|next)(?![\w]))"),
        # "the week of March 23", "the week beginning 6 April": the seven days from that day
        # "in week 43", "between weeks 43 and 47", "calendar week 15 of 2026": numbered
        # weeks of the year (not "Week 5 of the season", "week 3 of the trial")
        ("iso_week", frozenset({"week", "weeks"}),
         rf"{iso_week_lead}weeks?\s+(?P<w1>{WEEK_NUMBER})"
         rf"(?:\s*[-–]\s*|\s+(?:and|to|through)\s+)?(?P<w2>(?<=[\s\-–]){WEEK_NUMBER})?"
         rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?(?![\w]|[.,:/-][0-9]|\s+of\s)"),
        ("week_of", T | frozenset({"week"}),
         rf"(?:[Tt]he\s+)?[Ww]eek\s+{week_start}\s+"
         rf"(?:(?P<m>{mon})\.?\s+(?P<d>{DAY})|(?P<d2>{DAY})\s+(?P<m2>{mon}))"
         rf"(?:,?\s+(?P<ey>{YEAR}))?(?![\w])"),
        # "last week Friday" (West African usage): that day of the shifted week
        ("week_weekday", frozenset({"last", "next", "this"}),
         rf"(?P<wk>[Ll]ast|[Nn]ext|[Tt]his)\s+week(?:['’]s)?\s+(?P<wd>{wd})"
         rf"(?:\s+(?P<part>{day_part}))?"),
        # "last February 27" (Spanish "el pasado 27 de febrero"): that day, in the past;
        # "next February 9" ("el próximo 9 de febrero"): that day, ahead
        ("last_mdy", frozenset({"last", "past", "next"}),
         rf"(?P<ls>[Ll]ast|[Pp]ast|[Nn]ext)\s+{numbered(mon_day, 1)}{numbered(y_opt, 1)}"),
        ("relative_unit", QUAL | CLIP | SHIFT,
         rf"(?:(?P<q>{qual})(?:the\s+|(?P<rel1>{shift})\s+)|(?:(?P<clip>{clip})\s+)?"
         rf"(?P<rel2>{shift})\s+)"
         # (not a season modifying a figure's noun: "beat the previous summer record")
         rf"(?:(?P<u>{unit_s}|weekend(?![\w])|{mon}|{season}(?![\w])"
         rf"(?!\s+{month_noun}(?![\w])))"
         rf"|(?P<uwd>{wd})(?:\s*\((?P<mdb>{DAY_DIGITS})(?:st|nd|rd|th)?\)"
         rf"|\s+(?P<md>{DAY_DIGITS})(?={bare_day_end}))?)"
         # "this Wednesday, August 13" is the written date: the grammar takes it from the weekday
         rf"(?!,?\s+(?:{mon}\s+{DAY}|(?:the\s+)?{DAY}(?:\s+of)?\s+{mon})"
         rf"|\s+of\s+(?:{mon}|{YEAR})(?![\w]))"),  # "last week of September": the month's
        ("clock", D | frozenset({"noon", "midnight"}),
         rf"{NUM_LEFT}(?P<h>2[0-3]|[01]?[0-9])(?:[:.](?P<mi>[0-5][0-9]))?\s*"
         r"(?P<ap>[ap]\.\s?m\.|[AP]\.\s?M\.|[ap]m|[AP]M)(?![\w])"
         rf"(?:\s+(?P<zone1>{zone})(?![\w]))?"
         rf"|{NUM_LEFT}(?P<h2>2[0-3]|[01]?[0-9]):(?P<mi2>[0-5][0-9])\s*"
         rf"(?P<zone>{zone})(?![\w])"
         rf"|(?=noon|midnight){clock_prep}(?P<noon>noon|midnight)(?![\w])"),
        # Two weekdays as one stretch of days: "Wednesday and Thursday" (next to each other
        # only: "Monday and Thursday" are two days, but "between Wednesday and Saturday" one
        # stretch), "Monday to Friday"
        ("weekday_pair", WD,
         rf"(?:(?<=[Bb]etween\s)|(?=(?:{next_days})(?![\w])))"
         # ... each with its day of the month in brackets (Brazilian usage: "between
         # Thursday (19) and Sunday (22)")
         rf"(?P<wd1>{wd})(?:\s*\((?P<md1>{DAY_DIGITS})\))?\s+(?:and|And|AND)\s+(?P<wd2>{wd})"
         rf"(?(md1)\s*\((?P<md2>{DAY_DIGITS})\))"
         rf"(?:\s+(?P<part>{day_part}))?"
         # ... "from Wednesday evening to Friday": the first day's part in the span
         rf"|(?P<wd3>{wd})(?:\s+(?P<part3>{day_part})(?=\s+(?:to|through|until|till)\s))?"
         rf"\s*(?:[-–—]|\s(?:to|through|thru|till|until|To|Through|Thru)\s)\s*"
         rf"(?P<wd4>{wd})(?:\s+(?P<part2>{day_part}))?"),
        # "Saturday night", "Friday (31)": a day of the month in brackets after the weekday
        # (Brazilian usage), "Saturday (1st) night"; the part of the day is in the span
        # "early Thursday", "late Friday evening": the qualifier in the span (TIMEX3 mod),
        # not before a written date ("early Friday, November 20": the date's own span)
        ("weekday", WD | frozenset({"early", "late"}),
         rf"(?:(?P<eq>[Ee]arly|[Ll]ate)\s+(?={wd}(?!,?\s+(?:{mon}|{DAY})(?![\w]))))?"
         rf"(?P<wd>{wd})(?:\s*\((?P<md>{DAY_DIGITS})(?:st|nd|rd|th)?\)"
         rf"|\s+(?P<md2>{DAY_DIGITS})(?={bare_day_end})"
         rf"|\s+the\s+(?P<md3>{DAY_DIGITS})(?:st|nd|rd|th)(?![\w]|\s+of\s))?"
         rf"(?:\s+(?P<wk>{shift})\s+week(?![\w])|\s+(?P<part>{day_part})"
         # "on Thursday week" (British usage): a week after the coming Thursday
         r"|(?<=day)\s+(?P<wkl>week)(?![\w'’\-‐]|\s+(?:of|and|in|ending|ended|beginning"
         r"|starting)(?![\w])))?"),
        ("set", SETS, rf"{WORD_LEFT}(?P<phrase>{sets})"),
        ("duration_adj", NUM, rf"(?P<n>{num})[-‐\s](?P<u>{unit_s})(?:[-‐]long)?(?![\w\-‐])"),
        ("duration_long", LONG,  # "a month-long strike", "a yearlong inquiry": one unit
         rf"(?P<u>{alternation(units_s, exact=True)})[-‐]?long(?![\w\-‐])"),
        # ... also "for 11 months of 2024" (Russian "за 11 месяцев"): the year's first months
        # (the empty group "fm" takes part unless "last/past/final" comes before: "the last
        # three months of 2024" is the year's last months, read by the first_months form)
        ("duration", NUM, r"(?:(?<![LlPp]ast )(?<![Ff]inal )(?P<fm>))?"
         rf"(?P<n>{num})\s+(?:{filler}\s+)?(?P<u>{unit_any})"
         r"(?!\s+(?:ago|later|earlier|before|after|old)(?![\w])|[-‐]old)"
         rf"(?(fm)(?:(?<=months)(?P<of>\s+of\s+){this_year})?)"),
        # (not a Hijri date's month: "on Ramadan 15, 1446 H")
        # (also after "the": "on the Fourth of July" is the holiday, not the month)
        ("holiday", HOLIDAY, rf"(?={holiday})(?:{holiday_prep}|(?<=\b[Tt]he\s))(?P<h>{holiday})"
         rf"(?!,?\s+[0-9]{{1,2}}(?![0-9]))(?:,?\s+(?P<y>{YEAR}))?"),
        ("month_qual", QUAL, rf"(?P<q>{qual})(?P<m>{mon})"),
        # "for years", "for decades": a vague length (PXY, PXDE); the span leaves out "for"
        ("for_units", frozenset({"for"}),
         rf"(?P<pre>[Ff]or)\s+(?P<u>{alternation(units_p, exact=True)})(?![\w])"
         r"(?!\s+(?:ago|later|earlier|old|of|before|after)(?![\w])|[-‐]|\s*[0-9])"),
        # "by March-end" (Indian usage): the month's last day, as "end-March"
        ("month_end", MON, rf"(?P<m>{mon})[-‐](?P<e>end)(?![\w])(?:,?\s+(?P<y>{YEAR}))?"),
        # (not a name after "by": "Photo by Jan Kowalski", "reporting by April Ryan")
        # ... "May" of "in May and September 2024" takes the year written after the pair
        ("month_prep", MON, rf"(?:{month_prep}|{after_month})"
         # (not a name after "by": "by April Wilson"; a line break ends a name)
         rf"(?!(?<=[Bb]y\s)(?:{mon})[ \t]+[A-Z][a-z])(?P<m>{mon})"
         rf"(?=,?\s+(?:and|or)\s+(?P<lm>{mon})\s+(?P<ly>{YEAR})(?![\w]))?"),
        # "confirms April output hike", "the March contract": a month before a word of figures
        # ... "the most-traded April copper contract", "March crude futures": a lower-case
        # word of the commodity between (not after "May": "Theresa May said sales ...")
        # ... "July raw sugar", "December cocoa": a traded commodity, its contract month
        ("month_noun", MON, rf"(?P<m>{mon})(?=\s+{month_noun}(?![\w])"
         rf"|(?<!May)(?<!MAY)\s+(?!{month_noun_stop}\s)[a-z][a-z-]+\s+{month_noun}(?![\w])"
         rf"|(?<!May)(?<!MAY)\s+(?:(?!{month_noun_stop}\s)[a-z][a-z-]+\s+)?{commodity}"
         r"(?![\w]))"),
        # "1330 U.S. Retail sales Jan" (a wire's calendar of data): a month closing a line
        # after a lower-case word is the month of the figure named before it
        ("month_line_end", MON, rf"(?<=[a-z] )(?P<m>{mon})(?=[ \t]*(?:\r?\n|\Z))"),
        # "from its January estimate", "their October summit": a month between a determiner
        # and a lower-case noun (not a function word: "the March on Rome")
        ("month_det", MON, rf"{month_det}(?P<m>{mon})(?=\s+(?!{month_noun_stop}(?![\w]))"
         r"[a-z][a-z-]+(?![\w]))"),
        # "June's 3.6%", "July's figures": a month's possessive (not "Theresa May's": the
        # handler reads the word before)
        ("month_poss", MON, rf"(?P<m>{mon})(?=['’]s(?![\w]))"),
        # A month alone in a cell of a text table ("Drug | October | September"): the
        # handler checks the separator or line break on the left.
        ("month_cell", MON, rf"(?P<m>{mon})(?=[ \t]*(?:[|\t\r\n]|\Z))"),
        # "the same period of 2023", "the same period last year", "... a year earlier"
        # "20 de febrero de 2026" (an Iberian dateline kept in a translated release)
        # ... also without its year ("el 3 de febrero" kept in a translation: "de" and the
        # month's own name make it a date)
        ("iberian", D, NUM_LEFT + rf"(?P<d>{DAY_DIGITS})\s+(?:de|DE)\s+(?P<m>{iberian})"
         r"(?:\s+(?:del?|DEL?)\s+"
         rf"(?P<y>{YEAR}))?") if iberian else ("iberian", frozenset(), "(?!)"),
        # ... after its weekday ("jueves 19 de noviembre", "quinta-feira, 12 de março de
        # 2026", "lundi 3 mars 2026"): one span, its year optional (the weekday makes it a day)
        ("iberian_wd", FOREIGN_WEEKDAY,
         rf"{foreign_weekday_head}(?P<d>{DAY_DIGITS})(?:\.|er)?\s+"
         rf"(?:(?:de|DE)\s+)?(?P<m>{iberian}|{mon})(?![\w])"
         rf"(?:,?\s+(?:(?:del?|DEL?)\s+)?(?P<y>{YEAR}))?")
        if iberian and lex.foreign_weekdays else ("iberian_wd", frozenset(), "(?!)"),
        # ... or before a day-first numeric date with its year ("Thứ Tư, 04/11/2026",
        # "Senin, 16-11-2026": a page's date line)
        ("foreign_wd_numeric", FOREIGN_WEEKDAY,
         rf"{foreign_weekday_head}(?P<d>[0-9]{{1,2}})(?P<s>[./-])"
         rf"(?P<mm>[0-9]{{1,2}})(?P=s)(?P<y>{YEAR_DIGITS})(?![\w]|[./-][0-9])")
        if lex.foreign_weekdays else ("foreign_wd_numeric", frozenset(), "(?!)"),
        # ... "14 mai 2027", "3 maggio 2027", "14. März 2027", "1er juin 2027" (a French,
        # Italian or German date line kept in a translation: only with its year)
        ("foreign_dmy", D, NUM_LEFT + rf"(?P<d>{DAY_DIGITS})(?:\.|er)?\s+(?P<m>{iberian}),?\s+"
         rf"(?P<y>{YEAR})") if iberian else ("foreign_dmy", frozenset(), "(?!)"),
        # "8 қыркүйекте", "1-10 қазанда", "9 oktyabrya 2026", "16 november 2026": a day or a
        # range of days of one month, an inflected month name of another language and its
        # year, if written
        ("inflected_dmy", D, NUM_LEFT + rf"(?:(?P<d1>{DAY_DIGITS})\s*[-–]\s*)?"
         rf"(?P<d>{DAY_DIGITS})\.?\s+(?P<m>{day_first_month})(?:\s+(?P<y>{YEAR}))?"),
        # "liepos 17 d.", "spalio 5 d.": a Lithuanian day, the month's name first
        ("inflected_mdy", first_words(list(lex.month_first_months)),
         rf"(?P<m>{month_first_month})\s+(?P<d>{DAY_DIGITS})\s*d\.(?![\w])"),
        # "Madrid, 11 mar (EFE).-": a foreign agency's dateline kept in a translation (its
        # short month only after a place's comma and before the agency's bracket)
        ("dateline_abbr", D, rf"(?<=, )(?P<d>{DAY_DIGITS})\s+(?P<m>{dateline_month})\.?"
         r"(?=\s*\([A-Z])") if dateline_month else ("dateline_abbr", frozenset(), "(?!)"),
        # ... "25 nov. 2026", "3 dic 2025": a day, a short month in lower case (a Spanish,
        # Portuguese, French or Italian date kept in a translation) and its year
        ("abbr_dmy", D, NUM_LEFT + rf"(?P<d>{DAY_DIGITS})\s+(?P<m>{dateline_month})\.?\s+"
         rf"(?P<y>{YEAR})") if dateline_month else ("abbr_dmy", frozenset(), "(?!)"),
        ("hijri", HIJRI, rf"(?P<hm>{hijri})\s+(?P<hd>{DAY_DIGITS})(?:st|nd|rd|th)?,?{hijri_year}"
         rf"(?:(?={hijri_gloss})|)"),
        ("solar_year", frozenset({"year"}), solar_year),
        ("solar_mdy", first_words(lex.solar_month_names), solar_month_first),
        # not a code's year ("Ref: 2025/PR-418", "file 2024/INV-0091")
        ("year", Y, NUM_LEFT + rf"(?P<y>{YEAR})(?![-‐][A-Za-z0-9]|/[A-Za-z0-9])"),
        # "during the week", "over the year", "in the reporting period", "the largest find
        # of the year": the period the text named before (the handler reads the word before;
        # last, so that every other form starting at "the" wins); not "the year to March",
        # "the week beginning 6 April", "the period from 1 to 7 May", "the year's best"
        # ... "during the whole year", "in the six months" (the stretch of that many months)
        # ... "during the week under review": the report's own period
        # ... "during the fiscal year" after "fiscal 2025": the fiscal year named
        ("anaphor_period", T, r"[Tt]he\s+(?:reporting\s+|(?:whole|entire|(?P<full>full))\s+"
         rf"|(?P<fy>{fiscal_word}\s+)(?=year)"
         rf"|(?P<n>{num})\s+(?=months(?![\w])))?(?P<u>week|month|year|period|months)"
         r"(?![\w]|[-‐'’])(?!\s+(?:to|ended|ending|beginning|starting|from|between|of|through"
         r"|thru|before|after|ahead|earlier|later|ago|since|when|spent|under(?!\s+review)"
         r"|in\s+which|that"
         r"|which)(?![\w]))(?!\s+(?:[0-9]{4}|[0-9]{1,2}(?:st|nd|rd|th|\s*(?:to\s|[-–./]"
         r"|[A-Z]))))"),  # not "the period 2025-2026", "the period 2nd to 8th February"
    ]
    return Grammar(forms)
