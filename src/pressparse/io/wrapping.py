"""E-mail quote markers and words hyphenated across the line ends of hard-wrapped text.

A reply quotes the letter it answers line by line behind ``> `` (``> > `` one level deeper);
in a text with several quoted lines the markers read as nothing, so a quoted sentence reads
whole across its lines.

Plain text wrapped at a fixed width (many lines of about the same length) splits words at line
ends: "opera-\\ntion", "Administ-\\nration". In such a text a word so split reads as one word
when the joined form is a word (written elsewhere in the text, or known to the table of words
of running text, ``word_cases.jsonl``) or its parts are not both words ("inspec-\\nted"); a
compound keeps its hyphen ("drug-\\nrelated", "Sariosiyo-\\nbased": a compound's head of
``hyphenation.json``, or written with it elsewhere). Either way the two lines read as one
(moving the break after the word instead changes the lines' lengths as much, and the
segmentation of a report's numbered sections with them).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import NamedTuple

from .edits import Edit

# --- e-mail quoting --------------------------------------------------------------------------

_QUOTE_MARK = re.compile(r"(?m)^[ \t]{0,3}(?:>[ \t]?)+")
QUOTE_MIN_LINES = 3  # quoted lines a text must show


def email_quotes(text: str) -> list[Edit]:
    """Quote markers at line starts read as nothing, in a text with several quoted lines;
    else no edit."""
    if ">" not in text:
        return []
    marks = list(_QUOTE_MARK.finditer(text))
    if len(marks) < QUOTE_MIN_LINES:
        return []
    return [Edit(match.start(), match.end(), "") for match in marks]


# --- hyphenated line ends ----------------------------------------------------------------------

# A word broken at a line end and the word part that goes on the next line (after its indent).
_BROKEN_WORD = re.compile(r"(?<![\w-])([^\W\d_]{1,40})-\n([ \t]*)([^\W\d_]{1,40})(?![\w-])")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
HYPHENATION_FILE = "hyphenation.json"
WRAP_MIN_LINES = 6  # full lines of a hard-wrapped text
WRAP_SHARE = 0.4  # share of its lines of text that are full
FULL_LINE = 0.8  # a full line is at least this share of the text's widest (wrapped) line
WRAP_WIDTH = (40, 100)  # widths a text is wrapped at


def hyphenated_line_ends(text: str) -> list[Edit]:
    """Words broken by a hyphen at a line end of a hard-wrapped text read whole (or with
    their compound's hyphen), their two lines as one; else no edit."""
    if "-\n" not in text or not _hard_wrapped(text):
        return []
    breaks = list(_BROKEN_WORD.finditer(text))
    if not breaks:
        return []
    written = {word.lower() for word in _WORD.findall(_BROKEN_WORD.sub(" ", text))}
    edits: list[Edit] = []
    for match in breaks:
        first, _, second = match.groups()
        if not second[0].islower() and not first.isupper():
            continue  # a name after a dash ("Lithuania-\nPoland border") keeps its line
        hyphen = match.start(2) - 2
        keep = _keeps_hyphen(first, second, written)
        edits.append(Edit(hyphen + (1 if keep else 0), match.start(3), ""))
    return edits


def _hard_wrapped(text: str) -> bool:
    """Whether many of the text's lines are about as long as its widest ones."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if len(lengths) < WRAP_MIN_LINES:
        return False
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not WRAP_WIDTH[0] <= width <= WRAP_WIDTH[1]:
        return False
    full = sum(FULL_LINE * width <= length <= width for length in lengths)
    return full >= WRAP_MIN_LINES and full >= WRAP_SHARE * len(lengths)


def _keeps_hyphen(first: str, second: str, written: set[str]) -> bool:
    """Whether a word broken at a line end is a compound that keeps its hyphen: its joined
    form is no word (written elsewhere in the text, or known to running text), and its
    hyphenated form is written elsewhere, or its second part is a compound's head, or both
    parts are words (the first no prefix)."""
    joined = (first + second).lower()
    if joined in written or _known(joined):
        return False
    lower_first, lower_second = first.lower(), second.lower()
    rules = hyphenation()
    if f"{lower_first}-{lower_second}" in written or lower_second in rules.compound_heads:
        return True
    return (lower_first not in rules.prefixes and not first[0].isupper()
            and (lower_first in written or _known(lower_first))
            and (lower_second in written or _known(lower_second)))


class Hyphenation(NamedTuple):
    """``hyphenation.json``: compound heads and prefixes."""

    compound_heads: frozenset[str]
    prefixes: frozenset[str]


@lru_cache(maxsize=1)
def hyphenation() -> Hyphenation:
    """The bundled lists of ``hyphenation.json``."""
    from .mask import data_dir

    data = json.loads((data_dir() / HYPHENATION_FILE).read_text(encoding="utf-8"))
    return Hyphenation(frozenset(data["compound_heads"]), frozenset(data["prefixes"]))


def _known(word: str) -> bool:
    """Whether the table of words of running text knows ``word`` (or its stem)."""
    from ..recase import word_cases

    cases = word_cases()
    return cases.known_form(word) is not None or word in cases.either
