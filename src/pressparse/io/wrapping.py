"""E-mail quote markers, and hard-wrapped text read as running text.

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
segmentation of a report's numbered sections with them). A break the wrap made inside a
paragraph before a capitalized word or a number reads as a space ("... and one\\nSaint
Lucian, were arrested" reads as one sentence), while the writer's breaks stay: blank lines,
list items, table rows, lines in capitals, short lines (headings, date lines, signatures)
and a line after a sentence's end.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
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
WRAP_SHARE = 0.33  # share of its lines of text that are full
FULL_LINE = 0.8  # a full line is at least this share of the text's widest (wrapped) line
WRAP_WIDTH = (40, 100)  # widths a text is wrapped at


def hard_wrapped(text: str) -> list[Edit]:
    """A hard-wrapped text read as running text: its words broken at line ends read whole
    (:func:`_hyphenated`) and its paragraphs' inner line breaks as spaces
    (:func:`_inner_breaks`); else no edit."""
    width = _wrap_width(text)
    if not width:
        return []
    return [*_hyphenated(text), *_inner_breaks(text, width)]


def _hyphenated(text: str) -> list[Edit]:
    """Words broken by a hyphen at a line end of a text known to be hard-wrapped read whole
    (or with their compound's hyphen), their two lines as one."""
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


def _wrap_width(text: str) -> int:
    """The width a text is hard-wrapped at (many of its lines about as long as its widest
    ones), else 0."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if len(lengths) < WRAP_MIN_LINES:
        return 0
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not WRAP_WIDTH[0] <= width <= WRAP_WIDTH[1]:
        return 0
    full = sum(FULL_LINE * width <= length <= width for length in lengths)
    return width if full >= WRAP_MIN_LINES and full >= WRAP_SHARE * len(lengths) else 0


# --- a wrapped paragraph's inner line breaks ---------------------------------------------------

WRAPPED_LINE = 0.5  # a line the wrap broke is at least this share of the width


def _inner_breaks(text: str, width: int) -> list[Edit]:
    """The wrap's line breaks of a text hard-wrapped at ``width`` that would end a sentence
    for the components: a wrapped line (at least half the width, no sentence end, no column
    layout, not in capitals) ending mid-phrase (a lower-case word or a comma, or any word
    inside its paragraph) followed by a line going on with a capitalized word or a number (no
    list item, not indented deeper, short only as a paragraph's last line) read as one line.
    A line going on in lower case keeps its break: read as a space it moved the roles and
    seizures of period results in paginated reports (session 28)."""
    edits: list[Edit] = []
    lines = text.split("\n")
    at = 0
    inside = False  # the line goes on a line before it
    shapes = line_shapes()
    for raw, after in pairwise(lines):
        line = raw.rstrip()
        end = at + len(line)
        at += len(raw) + 1
        if _goes_on(line, after, width, inside, shapes):
            edits.append(Edit(end, at + len(after) - len(after.lstrip()), " "))
            inside = True
        else:  # a word broken at the line end goes on too (read by _hyphenated)
            inside = line.endswith("-") and bool(after.strip())
    return edits


def _goes_on(line: str, after: str, width: int, inside: bool, shapes: LineShapes) -> bool:
    """Whether the wrapped ``line`` goes on, its phrase unbroken, with a capitalized word or
    a number on the line ``after`` it (a line ``inside`` a paragraph may end on a
    capitalized word, a name the wrap broke)."""
    words = after.strip()
    if (len(line) < WRAPPED_LINE * width or not words or line.endswith("-")
            or shapes.sentence_end.search(line) or line.isupper()
            or shapes.columns.search(line) or shapes.columns.search(words)
            or shapes.list_item.match(after)):
        return False
    indent = len(after) - len(after.lstrip())
    item = shapes.list_item.match(line)
    if indent > (item.end() if item else len(line) - len(line.lstrip())) + 1:
        return False
    if words[0].islower():
        return False
    last = line.split()[-1]
    if not (inside or line.endswith(",") or last[0].islower()):
        return False
    return len(words) >= WRAPPED_LINE * width or bool(shapes.sentence_end.search(words))


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


class LineShapes(NamedTuple):
    """``hyphenation.json``'s ``line_shapes``: lines whose break the writer made."""

    list_item: re.Pattern[str]  # a line opening a list item
    columns: re.Pattern[str]  # a line laid out in columns or boxes
    sentence_end: re.Pattern[str]  # a line ending a sentence


@lru_cache(maxsize=1)
def _data() -> dict:
    """``hyphenation.json`` as read."""
    from .mask import read_data_json

    return read_data_json(HYPHENATION_FILE)


@lru_cache(maxsize=1)
def hyphenation() -> Hyphenation:
    """The bundled lists of ``hyphenation.json``."""
    data = _data()
    return Hyphenation(frozenset(data["compound_heads"]), frozenset(data["prefixes"]))


@lru_cache(maxsize=1)
def line_shapes() -> LineShapes:
    """The bundled line shapes of ``hyphenation.json``."""
    shapes = _data()["line_shapes"]
    return LineShapes(*(re.compile(shapes[field]) for field in LineShapes._fields))


def _known(word: str) -> bool:
    """Whether the table of words of running text knows ``word`` (or its stem)."""
    from ..recase import word_cases

    cases = word_cases()
    return cases.known_form(word) is not None or word in cases.either
