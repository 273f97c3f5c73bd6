"""Reading the digits of dates a scan's text recognition wrote as letters ("O8.09.2O26",
"l8 November", "O3 September", "l8.ll.2026"): the capital or small O read as 0, the small L
and the capital I read as 1, inside a number that has a real digit and stands as a word of
its own (not "Hello2", "No.1").

The reading has the text's length and offsets: only those letters change. Full-width digits
of an East Asian editor's date ("２０２６年１１月１９日", which the reader view leaves as written
among the other script's signs) read as ASCII digits the same way.

A footnote mark glued to a date ("In the third quarter of 2026¹,", "Q3 2027²" in a report's
table heading) reads as a blank: a superscript digit is a word character to the grammar's
patterns, which would read "2026¹" as no year.
"""

from __future__ import annotations

import re

# a letter a scan writes for a digit, next to a digit: a pre-filter
_LETTER_BY_DIGIT = re.compile(r"[OolI][0-9]|[0-9][OolI]")
# a number as a word of its own, its parts joined by dots, slashes or hyphens
_NUMBER = re.compile(r"(?<![^\W\d_])[0-9OolI]+(?:[./-][0-9OolI]+)*(?![^\W\d_])")
_DIGITS = str.maketrans("OolI", "0011")
_WIDE_DIGIT = re.compile("[\uff10-\uff19]")  # "２"
_WIDE_DIGITS = str.maketrans("".join(map(chr, range(0xFF10, 0xFF1A))), "0123456789")
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# a footnote mark: superscript digits right after a digit (not "m³", "km²": units' powers)
_FOOTNOTE_MARK = re.compile(rf"(?<=[0-9])[{_SUPERSCRIPT_DIGITS}]+")


def read_wide_digits(text: str) -> str:
    """``text`` with full-width digits read as ASCII digits (the text itself when it has
    none)."""
    if text.isascii() or _WIDE_DIGIT.search(text) is None:
        return text
    return text.translate(_WIDE_DIGITS)


def read_scanned_digits(text: str) -> str:
    """``text`` with the letters a scan wrote for digits read as digits, in numbers that hold
    a real digit next to such a letter (the text itself when it has none)."""
    if _LETTER_BY_DIGIT.search(text) is None:
        return text
    pieces: list[str] = []
    done = 0
    for number in _NUMBER.finditer(text):
        written = number.group()
        if _LETTER_BY_DIGIT.search(written) is None:  # all digits, or letters alone
            continue
        pieces += [text[done:number.start()], written.translate(_DIGITS)]
        done = number.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def read_footnote_marks(text: str) -> str:
    """``text`` with the superscript digits glued to a number (a footnote mark: "2026¹")
    read as blanks (the text itself when it has none)."""
    if text.isascii() or _FOOTNOTE_MARK.search(text) is None:
        return text
    return _FOOTNOTE_MARK.sub(lambda mark: " " * len(mark.group()), text)


def read_digits(text: str) -> str:
    """``text`` with full-width digits, then the letters a scan wrote for digits, read as
    ASCII digits, and footnote marks glued to numbers read as blanks: the reading of a
    date's digits, of the text's length and offsets."""
    return read_footnote_marks(read_scanned_digits(read_wide_digits(text)))
