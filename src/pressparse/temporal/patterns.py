"""The temporal grammar: one compiled regex of named forms, built from the lexicon.

Each form is a regex whose named groups are prefixed with the form's name in the combined
pattern (``range_dmy__d1``); ``Match.lastgroup`` names the form that matched. Forms are tried
in order at each position, so longer and more specific forms come first. Every quantifier is
bounded by literal separators, so there is no nested repetition (no catastrophic backtracking).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon

DAY_DIGITS = r"(?:3[01]|[12][0-9]|0?[1-9])"
DAY = DAY_DIGITS + r"(?:st|nd|rd|th)?(?![\w])"
YEAR_DIGITS = r"(?:1[89][0-9]{2}|20[0-9]{2})"
YEAR = YEAR_DIGITS + r"(?![\w]|[.,:][0-9])"
YEAR2 = r"[0-9]{2}(?![\w\-‐/.])"
NUM_LEFT = r"(?<![\w\-‐/.,:#№$€£+])"
WORD_LEFT = r"(?<![\w\-‐])"
RANGE_SEP = r"\s*(?:[-–—‐−]|\b(?:to|till|until|through|thru)\b)\s*"
AND_SEP = r"\s+and\s+"
NUMERIC_DATE = (
    r"(?P<a{i}>[0-9]{1,2})(?P<s{i}>[./-])(?P<b{i}>[0-9]{1,2})(?P=s{i})"
    r"(?P<y{i}>(?:1[89]|20)[0-9]{2})(?![\w]|[./-][0-9])"
)


def first_letter_either_case(phrase: str) -> str:
    """A regex for ``phrase`` whose first letter may be upper case; spaces match any space."""
    words = [re.escape(word) for word in phrase.split()]
    body = r"\s+".join(words)
    first = phrase[:1]
    if first.isalpha():
        body = f"[{first.lower()}{first.upper()}]" + body[1:]
    return body


def alternation(phrases: list[str], *, exact: bool = False) -> str:
    """A non-capturing alternation, longest phrase first."""
    unique = sorted(set(phrases), key=len, reverse=True)
    if exact:
        parts = [re.escape(p).replace(r"\ ", r"\s+") for p in unique]
    else:
        parts = [first_letter_either_case(p) for p in unique]
    return "(?:" + "|".join(parts) + ")"


def lookbehind_any(words: list[str]) -> str:
    """Succeeds when one of ``words`` (either case of first letter) and a space come just before."""
    options: list[str] = []
    for word in sorted(set(words)):
        for variant in {word, word[:1].upper() + word[1:]}:
            options.append(rf"(?<=\b{re.escape(variant)}\s)")
    return "(?:" + "|".join(options) + ")"


@dataclass(frozen=True)
class Grammar:
    """The compiled finder and, per form, the names of its groups (without the prefix)."""

    regex: re.Pattern[str]
    groups: dict[str, tuple[str, ...]]


_GROUP = re.compile(r"\(\?P([<=])(\w+)")


def _prefix_groups(form: str, pattern: str) -> str:
    return _GROUP.sub(lambda m: f"(?P{m.group(1)}{form}__{m.group(2)}", pattern)


def build_grammar(lex: Lexicon) -> Grammar:
    """Compile the combined regex of every form, in priority order."""
    mon = alternation(lex.month_forms, exact=True) + r"(?![\w])"
    wd = alternation(lex.weekday_forms, exact=True) + r"(?![\w])"
    qualifiers = [p for p, q in lex.qualifiers.items() if not q.relative_only]
    clips = [p for p, q in lex.qualifiers.items() if q.relative_only]
    qual = alternation(qualifiers) + r"(?:\s*[-‐]\s*|\s+)"
    clip = alternation(clips)
    shift = alternation(list(lex.shifts))
    units_s = [u for u, plural in lex.unit_is_plural.items() if not plural]
    units_p = [u for u, plural in lex.unit_is_plural.items() if plural]
    unit_s = alternation(units_s, exact=True) + r"(?![\w])"
    unit_any = alternation(units_s + units_p, exact=True) + r"(?![\w])"
    num = "(?:" + NUM_LEFT + r"[0-9]{1,3}(?![\w.,])|" + WORD_LEFT + alternation(
        list(lex.numbers)) + ")"
    ordinal = alternation(list(lex.ordinals))
    season = alternation(list(lex.seasons))
    relative = alternation(list(lex.relative)) + r"(?![\w])"
    sets = alternation(list(lex.sets)) + r"(?![\w])"
    prep = lookbehind_any(lex.period_preps)
    this_year = rf"(?:(?P<y>{YEAR})|(?P<rel>{shift}|the)\s+year(?![\w]))"
    wd_opt = rf"(?:(?P<wd>{wd}),?\s+)?"
    day_mon = rf"(?:the\s+)?(?P<d{{i}}>{DAY})(?:\s+of)?\s+(?P<m{{i}}>{mon})"
    mon_day = rf"(?P<m{{i}}>{mon})\s+(?:the\s+)?(?P<d{{i}}>{DAY})"
    y_opt = rf"(?:,?\s+(?P<y{{i}}>{YEAR}))?"

    def numbered(template: str, i: int) -> str:
        return template.replace("{i}", str(i))

    dmy_range = (
        rf"{NUM_LEFT}(?P<d1>{DAY})(?:\s+(?:of\s+)?(?P<m1>{mon}){numbered(y_opt, 1)})?"
        rf"{{SEP}}(?:{wd},?\s+)?{numbered(day_mon, 2)}{numbered(y_opt, 2)}"
    )
    mdy_range = (
        rf"(?P<m1>{mon})\s+(?P<d1>{DAY}){numbered(y_opt, 1)}"
        rf"{{SEP}}(?:(?P<m2>{mon})\s+)?(?P<d2>{DAY}){numbered(y_opt, 2)}"
    )
    month_range = (
        rf"(?:(?P<q1>{qual}))?(?P<m1>{mon}){numbered(y_opt, 1)}"
        rf"{{SEP}}(?:(?P<q2>{qual}))?(?P<m2>{mon}){numbered(y_opt, 2)}"
    )
    year_range = rf"{NUM_LEFT}(?P<y1>{YEAR}){{SEP}}(?P<y2>{YEAR}|{YEAR2})"
    between = r"(?P<pre>[Bb]etween)\s+"

    forms: list[tuple[str, str]] = [
        ("between_dmy", between + dmy_range.replace("{SEP}", AND_SEP)),
        ("between_mdy", between + mdy_range.replace("{SEP}", AND_SEP)),
        ("between_month", between + month_range.replace("{SEP}", AND_SEP)),
        ("between_year", between + year_range.replace("{SEP}", AND_SEP)),
        ("range_numeric", NUM_LEFT + numbered(NUMERIC_DATE, 1) + RANGE_SEP
         + numbered(NUMERIC_DATE, 2)),
        ("iso", NUM_LEFT + rf"(?P<y>{YEAR_DIGITS})-(?P<m>0[1-9]|1[0-2])-"
         r"(?P<d>3[01]|[12][0-9]|0[1-9])(?![0-9])"),
        ("numeric", NUM_LEFT + numbered(NUMERIC_DATE, 1)),
        ("dashed", NUM_LEFT + rf"(?P<d>{DAY_DIGITS})(?P<s>[-/])(?P<m>{mon})(?P=s)"
         rf"(?P<y>{YEAR_DIGITS}|[0-9]{{2}})(?![\w])"),
        ("range_dmy", wd_opt + dmy_range.replace("{SEP}", RANGE_SEP)),
        ("range_mdy", wd_opt + mdy_range.replace("{SEP}", RANGE_SEP)),
        ("range_month", month_range.replace("{SEP}", RANGE_SEP)),
        ("range_year", year_range.replace("{SEP}", RANGE_SEP)),
        ("dmy", wd_opt + numbered(day_mon, 1) + numbered(y_opt, 1)),
        ("mdy", wd_opt + numbered(mon_day, 1) + numbered(y_opt, 1)),
        ("month_year", rf"(?:(?P<q>{qual}))?(?P<m>{mon}),?\s+(?:of\s+)?(?P<y>{YEAR})"),
        ("quarter", rf"(?:[Tt]he\s+)?(?P<ord>{ordinal})\s+quarter(?:\s+of\s+{this_year})?"
         r"(?![\w])"),
        ("quarter_code", rf"(?P<n>Q[1-4])(?:\s*(?:of\s+)?(?P<y>{YEAR})|\s*['’](?P<yy>{YEAR2}))?"
         r"(?![\w])"),
        ("year_quarter", rf"{NUM_LEFT}(?P<y>{YEAR})\s*[-‐]?\s*(?P<n>Q[1-4])(?![\w])"),
        ("half", rf"(?:[Tt]he\s+)?(?P<ord>{ordinal})\s+half(?:\s+of\s+{this_year})?(?![\w])"),
        ("half_code", rf"(?P<n>H[12])\s+(?P<y>{YEAR})"),
        ("season", rf"(?:(?P<q>{qual}))?(?:(?P<the>[Tt]he)\s+)?(?P<s>{season})(?![\w])"
         rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?"),
        ("decade", rf"(?:(?P<q>{qual}))?(?:[Tt]he\s+)?(?:{NUM_LEFT}(?P<dec>(?:1[89]|20)[0-9]0)"
         r"['’]?s|['’](?P<short>[0-9]0)s)(?![\w])"),
        ("year_qual", rf"(?P<q>{qual})(?P<y>{YEAR})"),
        ("year_word", rf"(?:(?:[Tt]he\s+)?(?:[Ff]iscal\s+)?[Yy]ear\s+|FY\s?)(?P<y>{YEAR})"),
        ("ago", rf"(?P<n>{num})\s+(?P<u>{unit_any})\s+ago(?![\w])"),
        ("the_past", rf"[Tt]he\s+(?P<rel>past|last|previous|next|coming|following)\s+"
         rf"(?:(?P<n>{num})\s+)?(?P<u>{unit_any})"),
        ("relative_unit",
         rf"(?:(?P<q>{qual})(?:the\s+|(?P<rel1>{shift})\s+)|(?:(?P<clip>{clip})\s+)?"
         rf"(?P<rel2>{shift})\s+)"
         rf"(?P<u>{unit_s}|weekend(?![\w])|{mon}|{wd}|{season}(?![\w]))"),
        ("weekday", rf"(?P<wd>{wd})"),
        ("relative", rf"{WORD_LEFT}(?P<phrase>{relative})(?!\s+(?:{num}\s+)?{unit_any})"),
        ("set", rf"{WORD_LEFT}(?P<phrase>{sets})"),
        ("duration_adj", rf"(?P<n>{num})[-‐\s](?P<u>{unit_s})(?:[-‐]long)?(?![\w\-‐])"),
        ("duration", rf"(?P<n>{num})\s+(?P<u>{unit_any})"
         r"(?!\s+(?:ago|later|earlier|before|after|old)(?![\w])|[-‐]old)"),
        ("month_qual", rf"(?P<q>{qual})(?P<m>{mon})"),
        ("month_prep", rf"{prep}(?P<m>{mon})"),
        ("year", NUM_LEFT + rf"(?P<y>{YEAR})(?![-‐][A-Za-z0-9])"),
    ]
    parts = [f"(?P<{name}>{_prefix_groups(name, body)})" for name, body in forms]
    regex = re.compile("|".join(parts))
    groups: dict[str, tuple[str, ...]] = {}
    for full in regex.groupindex:
        if "__" in full:
            form, group = full.split("__", 1)
            groups.setdefault(form, ())
            groups[form] = (*groups[form], group)
    for name, _body in forms:
        groups.setdefault(name, ())
    return Grammar(regex=regex, groups=groups)
