"""Reading numbers: digits with context-dependent separators, and number words."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from .records import NumberWordRecord

# Evidence about a text's separator habits (each pattern is linear: no nested quantifiers).
_DOT_GROUPS = re.compile(r"\d\.\d{3}\.\d{3}(?!\d)|\d\.\d{3},\d")
_COMMA_GROUPS = re.compile(r"\d,\d{3},\d{3}(?!\d)|\d,\d{3}\.\d")
# A sum in euros written with a dot and three digits ("9.850 euros", "€ 2.400"), or in any
# currency after its code or sign and a space ("USD 23.400"): money has two decimals, so the
# dot groups thousands, and the text's other "1.217 kilograms" too (not
# "€1.250 billion", a decimal before a scale).
# (Every branch opens with the number's first digit, the sign or code before it looked
# behind for, so that ``search`` skips to digits in C.)
_DOT_EUROS = re.compile(
    r"\d(?:\.\d{3}(?![\d.,])[ \u00a0]?(?:euros?\b|EUR\b|€)"
    # "€ 2.400", or any currency's code or dollar sign set off by a space ("USD 23.400",
    # "$ 186.500"): a sum has no three decimals; the glued "$1.085" of an exchange rate is
    # not read
    r"|(?:(?<=€\d)|(?<=€[ \u00a0]\d)|(?<=(?<![A-Za-z])[A-Z]{3}[ \u00a0]\d)"
    r"|(?<=(?<![A-Za-z])\$[ \u00a0]\d)|(?<=(?<![A-Za-z])[A-Z]\$[ \u00a0]\d)"
    r"|(?<=(?<![A-Za-z])[A-Z]{2}\$[ \u00a0]\d))"
    r"\d{0,2}\.\d{3}(?![\d.,]|[ \u00a0]?(?:[mk]|bn|mn|million|billion)\b))")
# One to three digits not after a digit or mark: the lookbehind follows the first digit
# (``\d(?<![\d,.]\d)``) so that ``search`` skips to digits in C.
_COMMA_DECIMAL = re.compile(r"\d(?<![\d,.]\d)\d{0,2},\d{1,2}(?![\d,])")
# What parts digit groups ("1 000", "38\u2009416", "1'000"); patterns.build_patterns's digit
# runs take the same marks besides "," and "."
GROUP_SEPARATORS = "'’\u00a0\u202f\u2009\u2007 "  # (thin and figure spaces: typeset)
# A decimal with a dot and one digit before a word or a percent sign ("1.6 million", "2.3 tons",
# "4.5%"): no dotted day.month ("17.11") has one digit after its dot.
_DOT_DECIMAL = re.compile(r"\d(?<![\d,.]\d)\d{0,2}\.\d(?![\d.,])[ \u00a0]?(?:%|[a-z])")
# Thousands grouped with a blank or an apostrophe ("1 040", "38'940"), the number standing
# alone (not a phone number's "12 590 90"), and a dot that is plainly decimal: after a lone
# zero ("0.940") or before one, two or four and more digits ("8.21", "2.5", "4.1025").
_BLANK_GROUP = re.compile(r"\d(?<![\d.,]\d)(?<!\d['’\u00a0\u202f\u2009 ]\d)\d{0,2}"
                          r"['’\u00a0\u202f\u2009 ]\d{3}(?![\d.,]|['’\u00a0\u202f\u2009 ]\d)")
_PLAIN_DOT_DECIMAL = re.compile(r"\d(?<![\d,.]\d)(?:(?<=0)\.\d{3}(?![\d.,])"
                                r"|\d{0,2}\.(?:\d{1,2}|\d{4,})(?![\d.,]))")


NUMBER_STYLE_KEY = "pressparse_number_style"
"""``Doc.user_data`` key of the whole document's separator habits (:func:`document_style`),
read by an item that gives no evidence of its own ("1.176 kilos" in an item of a text that
writes "2.950.000" and "14,3" elsewhere)."""


class NumberStyle(NamedTuple):
    """A document's separator habits, each judged as :class:`SeparatorStyle` judges one text."""

    dot_groups: bool
    comma_groups: bool
    comma_decimal: bool
    mixed_decimals: bool

    @property
    def separators(self) -> tuple[bool, bool, bool]:
        """(dot groups, comma groups, comma decimal): the habits a text may borrow."""
        return self.dot_groups, self.comma_groups, self.comma_decimal


def document_style(text: str) -> NumberStyle:
    """The separator habits of a whole document."""
    style = SeparatorStyle(text)
    return NumberStyle(style.dot_groups, style.comma_groups, style.comma_decimal,
                       style.mixed_decimals)


@dataclass
class SeparatorStyle:
    """How one text writes numbers, judged lazily from the whole text; a text that shows no
    habit of its own takes its document's (``document``, from :func:`document_style`)."""

    text: str
    document: NumberStyle | None = None
    pieces: re.Pattern[str] | None = None
    """A number of one comma group before a plural of whole pieces ("35,600 capsules": no
    piece is cut, so the comma groups thousands), when the caller knows the pieces' words."""
    dot_pieces: re.Pattern[str] | None = None
    """A number of one dot group before a plural of whole things ("in 1.300 packages"): the
    dot groups thousands, when the caller knows the counted words."""

    @cached_property
    def _own(self) -> tuple[bool, bool, bool]:
        """(dot groups, comma groups, comma decimal) as the text itself shows them."""
        dot_groups = bool(_DOT_GROUPS.search(self.text) or _DOT_EUROS.search(self.text)) or (
            self.dot_pieces is not None and self.dot_pieces.search(self.text) is not None)
        comma_groups = bool(_COMMA_GROUPS.search(self.text)) or (
            self.pieces is not None and self.pieces.search(self.text) is not None)
        comma_decimal = not comma_groups and bool(_COMMA_DECIMAL.search(self.text))
        return dot_groups, comma_groups, comma_decimal

    @property
    def _borrowed(self) -> NumberStyle | None:
        """The document's habits when the text shows none of its own, else None."""
        return self.document if self.document is not None and not any(self._own) else None

    @cached_property
    def _habits(self) -> tuple[bool, bool, bool]:
        """(dot groups, comma groups, comma decimal): the text's own, or its document's when
        the text shows none."""
        borrowed = self._borrowed
        return borrowed.separators if borrowed is not None else self._own

    @cached_property
    def mixed_decimals(self) -> bool:
        """The text writes decimals both ways ("8,3 percent" and "1.6 million"): a translation
        or relay that keeps some of the source's numbers, so a lone "1,316" is the English
        thousands group it also keeps ("1,316 megawatts"; newswire16, holdout9)."""
        if _DOT_DECIMAL.search(self.text) is not None:
            return self.comma_decimal
        # (a teaser line that takes its page's habits: "seizes 1,550 kilos" over a story
        # that writes "1.550 kilos", "3,2 hectares" and "2.3 tons")
        borrowed = self._borrowed
        return borrowed is not None and borrowed.mixed_decimals

    @cached_property
    def blank_groups_dot_decimal(self) -> bool:
        """The text groups thousands with blanks or apostrophes (twice at least) and writes
        plain dot decimals, and no mark groups thousands: its "19.400 kg" is a decimal, as
        in a sheet that writes "1 040 g" and "0.940 kg" (holdout31)."""
        if any(self._own) or not _PLAIN_DOT_DECIMAL.search(self.text):
            return False
        found = _BLANK_GROUP.finditer(self.text)
        return next(found, None) is not None and next(found, None) is not None

    @property
    def dot_groups(self) -> bool:
        """The text writes thousands with dots ("1.234.567", "1.234,5")."""
        return self._habits[0]

    @property
    def comma_groups(self) -> bool:
        """The text writes thousands with commas ("1,234,567", "1,234.5")."""
        return self._habits[1]

    @property
    def comma_decimal(self) -> bool:
        """The text writes decimals with a comma ("3,5 kg")."""
        return self._habits[2]


class Number(NamedTuple):  # a tuple: created per number, cheaper than a frozen dataclass
    """A number as read; ``alternative`` is the other reading of an ambiguous "5.700"."""

    value: float
    decimals: bool
    alternative: float | None = None


def parse_digits(raw: str, style: SeparatorStyle) -> Number:
    """Read a digit string such as "1,234.5", "1.234,5", "5.700", "1 000" or "12,5"."""
    if raw.isdigit():
        return Number(float(raw), False)
    for sep in GROUP_SEPARATORS:
        if sep in raw:
            raw = raw.replace(sep, "")
            return _with_marks(raw, style, grouped=True)
    return _with_marks(raw, style, grouped=False)


def _with_marks(raw: str, style: SeparatorStyle, grouped: bool) -> Number:
    dots, commas = raw.count("."), raw.count(",")
    if not dots and not commas:
        return Number(float(raw), False)
    if dots and commas:  # the last mark is the decimal one
        decimal = "." if raw.rfind(".") > raw.rfind(",") else ","
        group = "," if decimal == "." else "."
        return Number(float(raw.replace(group, "").replace(decimal, ".")), True)
    mark = "." if dots else ","
    head, _, tail = raw.rpartition(mark)
    if raw.count(mark) > 1:  # "1.234.567": only groups
        return Number(float(raw.replace(mark, "")), False)
    if grouped or len(tail) != 3 or head == "0":  # "1 234,5", "3.14", "12,5", and "0.220"
        # (no thousands group follows a lone zero): decimal
        return Number(float(head.replace(mark, "") + "." + tail), True)
    as_group = float(head + tail)
    as_decimal = float(head + "." + tail)
    if mark == ",":
        if style.comma_decimal and not tail.endswith("00") and not style.mixed_decimals:
            # "12,500" in a text that writes "6,2 kg" is a decimal, but "48,500 soms" and
            # "USD 310,000" group thousands: decimals are not written with two final zeros
            # (nor in a text that writes "1.6 million" too)
            return Number(as_decimal, True, as_group)
        return Number(as_group, False, as_decimal)
    if style.comma_groups and not style.dot_groups and not tail.endswith("00"):
        # "to 2.880%" in a text that writes "49,210.35": its dots are decimal marks (but a
        # stray "5.700" there still groups thousands, as decimals rarely end in two zeros)
        return Number(as_decimal, True, as_group)
    if style.blank_groups_dot_decimal:
        return Number(as_decimal, True, as_group)
    if style.dot_groups or style.comma_decimal or tail.endswith("0"):
        return Number(as_group, False, as_decimal)
    return Number(as_decimal, True, as_group)


def parse_words(words: Sequence[str], table: Mapping[str, NumberWordRecord],
                scales: Mapping[str, float]) -> float | None:
    """Read number words ("one hundred and twenty", "twenty-five", "two million")."""
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        key = word.lower()
        if key == "and":
            continue
        if key == "hundred":
            current = (current or 1.0) * 100
            seen = True
            continue
        if key in scales:
            total += (current or 1.0) * scales[key]
            current = 0.0
            seen = True
            continue
        record = table.get(key)
        if record is None or record.role == "fraction":
            return None
        current += record.value
        seen = True
    return total + current if seen else None
