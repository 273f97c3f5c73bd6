"""Facts about a whole text that several quantities of it ask for, each computed once."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property

from .numbers import NumberStyle, SeparatorStyle
from .patterns import ODD_BLANKS, Patterns

# a line of cells parted by tabs ("Prague\t31\t26 412\t3 150"): a table row
_TAB_ROW = re.compile(r"^[^\t\n]*\S[^\t\n]*\t[^\n]*\S[^\n]*$", re.MULTILINE)
_LONG_WORD = re.compile(r"[A-Za-z][a-z]{3,}")  # a word of four letters or more
# a flattened table row's label and the spaced dash after it, before a field ("Cambodia – "
# of "Cambodia – 296 – 410 kg"): words without digits or sentence stops, the dash in group 1
_DASH_LABEL = re.compile(r"[ \t]*[^\W\d][^\d\n.,;:!?()]{0,60}?[ \t]+([–—-])[ \t]+")
# a whole row of such a table: its label, the dash, a figure, the rest of the line
DASH_ROW = re.compile(r"[ \t]*[^\W\d][^\d\n.,;:!?()]{0,60}?[ \t]+[–—-][ \t]+\d[^\n]*")


def _bar_row(match: re.Match[str]) -> str:
    """A tab-parted table row with its tabs written as "|" (same length, same offsets)."""
    return match.group().replace("\t", "|")


# The lower-cased text reads each odd blank (patterns.ODD_BLANKS) as a space, so a phrase's
# words match however they are parted
_AS_SPACES = str.maketrans(dict.fromkeys(ODD_BLANKS, " "))
_ODD_BLANK = re.compile(f"[{ODD_BLANKS}]")


class TextFacts:
    """Facts about the whole text, computed only when a quantity needs them."""

    def __init__(self, text: str, pats: Patterns,
                 document_style: NumberStyle | None = None) -> None:
        if "\t" in text:  # a table whose cells are parted by tabs is read as a "|" table
            text = _TAB_ROW.sub(_bar_row, text)
        self.text = text
        low = text.lower()
        if len(low) != len(text):  # a few characters lengthen when lower-cased ("İ")
            low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        if _ODD_BLANK.search(low) is not None:  # "17\u00a0per\u00a0cent" reads "per cent"
            low = low.translate(_AS_SPACES)
        self.low = low
        self.style = SeparatorStyle(text, document_style, pats.comma_pieces, pats.dot_pieces)
        self._pats = pats
        self.has_bar = "|" in text  # a "|" table may be in the text
        self._upper_lines: dict[int, bool] = {}  # line start -> written in capitals
        self._title_lines: dict[int, bool] = {}  # line start -> its words capitalized
        self.currencies: dict[str, str] = {}  # a shared symbol's code -> its currency here
        self.countries: Callable[[], Mapping[str, int]] | None = None
        """ISO2 country code -> how often the text's place and country names name it."""
        self.home_country: str | None = None
        """The ISO2 code of the country the item is about (the organizations stage's
        ``extensions.home_country``), or None."""

    @cached_property
    def imperial(self) -> bool:
        """The text weighs in pounds or US tons, so a bare "ton" is a short ton."""
        return any(pattern.search(self.low) for pattern in self._pats.pounds_mass_low)

    @cached_property
    def countries_named(self) -> Mapping[str, int]:
        """``countries``, read once per text (empty when not given)."""
        return self.countries() if self.countries is not None else {}

    def _line_bounds(self, position: int) -> tuple[int, int]:
        """The start and end (before its line break) of the line holding ``position``."""
        start = self.text.rfind("\n", 0, position) + 1
        end = self.text.find("\n", start)
        return start, end if end >= 0 else len(self.text)

    def bar_on_line(self, position: int) -> bool:
        """The line holding ``position`` has a "|" (a "|" table's row; a "|" elsewhere in the
        text, as a page footer's "Agency | Report 2024", makes no table of other lines)."""
        if not self.has_bar:
            return False
        return self.text.find("|", *self._line_bounds(position)) >= 0

    def dash_field(self, position: int) -> str:
        """The dash parting a flattened table row's label from its first field, when the
        field starts at ``position`` ("Cambodia – 296 – 410 kg": the row's fields are parted
        by the dash after its label, so "296 – 410" is two cells, no range); else ""."""
        start = self.text.rfind("\n", 0, position) + 1
        label = _DASH_LABEL.fullmatch(self.text, start, position)
        if label is None:
            return ""
        # a row among rows alike: the line above or below is one too (not a dash in prose)
        if start > 0:
            above = self.text.rfind("\n", 0, start - 1) + 1
            if DASH_ROW.fullmatch(self.text, above, start - 1):
                return label.group(1)
        end = self.text.find("\n", position)
        if end >= 0:
            below = self.text.find("\n", end + 1)
            if DASH_ROW.fullmatch(self.text, end + 1, below if below >= 0 else len(self.text)):
                return label.group(1)
        # a row alone (a text of one line, cut from its table): a label of capitalized
        # words ("Lao PDR", "Viet Nam"), and no full stop ending the line
        words = self.text[start:label.start(1)].split()
        if all(word[:1].isupper() for word in words) and not self.text[
                start:end if end >= 0 else len(self.text)].rstrip().endswith("."):
            return label.group(1)
        return ""

    def upper_line(self, position: int) -> bool:
        """The line holding ``position`` is written in capitals (a headline, where names look
        alike); each line is judged once, when a quantity on it asks."""
        start, end = self._line_bounds(position)
        known = self._upper_lines.get(start)
        if known is None:
            letters = "".join(filter(str.isalpha, self.text[start:end]))
            known = len(letters) > 8 and sum(map(str.isupper, letters)) > 0.8 * len(letters)
            self._upper_lines[start] = known
        return known

    def title_line(self, position: int) -> bool:
        """The line holding ``position`` capitalizes its longer words (a headline in title
        case: "Police Seize 12 Kilos of Heroin"): at least four words of four letters or
        more, nearly all capitalized."""
        start, end = self._line_bounds(position)
        known = self._title_lines.get(start)
        if known is None:
            words = _LONG_WORD.findall(self.text, start, end)
            known = len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.9 * len(words)
            self._title_lines[start] = known
        return known


class BlockedLookup:
    """Whether a range overlaps any of the sorted (start, end) blocked ranges (bisect)."""

    __slots__ = ("_max_ends", "_starts")

    def __init__(self, blocked: Sequence[tuple[int, int]]) -> None:
        self._starts = [start for start, _end in blocked]
        self._max_ends: list[int] = []
        furthest = -1
        for _start, end in blocked:
            furthest = max(furthest, end)
            self._max_ends.append(furthest)

    def __call__(self, start: int, end: int) -> bool:
        index = bisect_left(self._starts, end)  # ranges starting before ``end``
        return index > 0 and self._max_ends[index - 1] > start

