"""Compiled regular expressions built from the lexicon.

Every pattern is a flat alternation of literals or a bounded sequence of character
classes; none nests unbounded quantifiers, so matching time is linear in the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .lexicon import Lexicon

SPACE = r"[ \t\u00a0\u202f]"


def alternation(items: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any blank run."""
    parts = sorted({item for item in items if item}, key=lambda s: (-len(s), s))
    return "|".join(re.escape(part).replace(r"\ ", SPACE + "+") for part in parts)


def _words_of_role(lex: Lexicon, *roles: str) -> str:
    return alternation(w for w, rec in lex.number_words.items() if rec.role in roles)


@dataclass(frozen=True)
class Patterns:
    """The scanner's compiled patterns."""

    anchor: re.Pattern[str]
    and_half: re.Pattern[str]
    scale: re.Pattern[str]
    range_connector: re.Pattern[str]
    currency_before: re.Pattern[str]
    unit_after: re.Pattern[str]
    rate: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    opener_before: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    month_after: re.Pattern[str]
    month_before: re.Pattern[str]
    ordinal_after: re.Pattern[str]
    clock_after: re.Pattern[str]
    list_marker_after: re.Pattern[str]
    word_before: re.Pattern[str]
    sentence_start_before: re.Pattern[str]
    phrase_word: re.Pattern[str]
    of_after: re.Pattern[str]
    weighing_before: re.Pattern[str]
    label_gap: re.Pattern[str]
    list_join: re.Pattern[str]
    pounds_mass: re.Pattern[str]
    currency_at: re.Pattern[str]


def build_patterns(lex: Lexicon) -> Patterns:
    """Compile the patterns for one lexicon."""
    digit = _words_of_role(lex, "digit")
    teen = _words_of_role(lex, "teen")
    tens = _words_of_role(lex, "tens")
    number_word = rf"(?:{tens})(?:[ -](?:{digit}))?|(?:{teen})|(?:{digit})"
    words_number = (
        rf"\b(?:{number_word})(?:{SPACE}+hundred(?:{SPACE}+(?:and{SPACE}+)?(?:{number_word}))?)?\b"
    )
    scale_words = alternation(lex.scales)
    mass_volume = alternation(
        w for w, unit in lex.unit_words.items() if unit.kind in ("mass", "volume")
    )
    digits = (
        r"(?<![\d])(?:\d{1,3}(?P<sep>[,.'’\u00a0\u202f ])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*"
        r"(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    )
    anchor = re.compile(
        rf"(?P<digits>{digits})"
        rf"|(?i:(?P<words>{words_number}))"
        rf"|(?i:(?P<article>\ban?)(?={SPACE}+(?:{scale_words}|{mass_volume})\b))"
        rf"|(?i:(?P<half>\bhalf{SPACE}+an?)(?={SPACE}+[a-z]))"
    )
    alpha_symbols = [s for s in lex.currency_symbols if s[0].isalpha()]
    other_symbols = [s for s in lex.currency_symbols if not s[0].isalpha()]
    currency_before = re.compile(
        rf"(?:(?<![A-Za-z])(?:{alternation(alpha_symbols)})|(?:{alternation(other_symbols)}))"
        rf"{SPACE}?$"
    )
    unit_words = alternation(list(lex.unit_words) + list(lex.currency_words))
    unit_symbols = alternation(list(lex.unit_symbols) + list(lex.currency_symbols))
    unit_after = re.compile(
        rf"(?P<gap>{SPACE}*(?:-{SPACE}*)?)(?:(?i:(?P<word>{unit_words}))|(?P<sym>{unit_symbols}))"
        r"(?![A-Za-z0-9²³])"
    )
    per_kinds = ("time", "mass", "volume", "area", "length")
    per_words = alternation(
        [w for w, unit in lex.unit_words.items() if unit.kind in per_kinds]
        + ["capita", "annum", "head", "person", "inhabitants"]
    )
    qualifiers_before = alternation(lex.qualifiers_before)
    qualifiers_after = alternation(p for p in lex.qualifiers_after if p[0].isalpha())
    glued_after = alternation(p for p in lex.qualifiers_after if not p[0].isalpha())
    openers = alternation({r.opener for r in lex.ranges if r.opener} | {"from"})
    connectors_word = alternation(r.connector for r in lex.ranges if r.connector[0].isalpha())
    connectors_sign = alternation(r.connector for r in lex.ranges if not r.connector[0].isalpha())
    months = alternation(lex.months)
    return Patterns(
        anchor=anchor,
        and_half=re.compile(rf"{SPACE}+and{SPACE}+an?{SPACE}+half\b", re.IGNORECASE),
        scale=re.compile(rf"(?P<gap>{SPACE}*)(?i:(?P<scale>{scale_words}))(?![A-Za-z0-9²³])"),
        range_connector=re.compile(
            rf"{SPACE}*(?:(?P<sign>{connectors_sign})|(?i:(?P<word>{connectors_word}))\b){SPACE}*"
        ),
        currency_before=currency_before,
        unit_after=unit_after,
        rate=re.compile(
            rf"{SPACE}*(?:(?i:per|a|an|each){SPACE}+|/{SPACE}*)(?i:(?P<per>{per_words}))\b"
        ),
        qualifier_before=re.compile(
            rf"(?<![A-Za-z])(?i:(?P<q>{qualifiers_before})){SPACE}+$"
        ),
        opener_before=re.compile(rf"(?<![A-Za-z])(?i:(?P<o>{openers})){SPACE}+$"),
        qualifier_after=re.compile(
            rf"(?:{SPACE}*(?i:(?P<q>{qualifiers_after}))\b|(?P<g>{glued_after}))"
        ),
        month_after=re.compile(rf"{SPACE}*(?:of{SPACE}+)?(?:{months})\b"),
        month_before=re.compile(rf"\b(?:{months})\.?{SPACE}+$"),
        ordinal_after=re.compile(r"(?i:st|nd|rd|th)\b"),
        clock_after=re.compile(
            rf"(?:{SPACE}*(?i:[ap]\.m\.|[ap]m\b|o['’]clock)|:\d)"
        ),
        list_marker_after=re.compile(rf"[.)]{SPACE}"),
        word_before=re.compile(rf"(?P<w>[A-Za-z][A-Za-z.]*){SPACE}+$"),
        sentence_start_before=re.compile(r"(?:^|[.!?;:\n\"“(\[•*-])\s*$"),
        phrase_word=re.compile(rf"{SPACE}+(?P<w>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)"),
        of_after=re.compile(
            rf"{SPACE}+of(?:{SPACE}+(?i:the|a|an|pure|illicit|illegal)(?={SPACE}))?"
        ),
        weighing_before=re.compile(
            rf"(?i:\bweigh(?:ing|s|ed)?|\bweight{SPACE}+of|\btotal(?:l?ing)?|\bamounting{SPACE}+to"
            rf"|\bin{SPACE}+the{SPACE}+amount{SPACE}+of){SPACE}+$"
        ),
        label_gap=re.compile(rf"^{SPACE}*(?:[(:\-–—]{SPACE}*)?$"),
        list_join=re.compile(rf"^{SPACE}*(?:,|,?{SPACE}*(?:and|or|as well as))?{SPACE}*$"),
        currency_at=re.compile(rf"(?:{alternation(other_symbols)}){SPACE}?"),
        pounds_mass=re.compile(
            r"(?i:\d\s*(?:pounds?|lbs?\.?)\s+of\b|\blbs?\b|\bshort\s+tons?\b|\bU\.?S\.?\s+tons?\b)"
        ),
    )
