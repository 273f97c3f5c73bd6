"""SUBSTANCE mentions around a number: the one a measure names, a table row's label, the last
of a list."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import NamedTuple

from .patterns import Patterns

# the first cell of a table row of all substances or the rest of them
_TOTAL_ROW = re.compile(r"[ \t|]*(?:\*\*)?(?:grand[ \t]+)?(?:total|others?|other[ \t]+drugs)"
                        r"(?:\*\*)?(?:[ \t]*\|[ \t|]*|[ \t]{2,}|\t)[^\n]*?$")
_OWN_VALUE = re.compile(r"(?<![a-z])(?:worth|valued)(?![a-z])")


class SubstanceMention(NamedTuple):  # a tuple: created per number, cheaper than a frozen dataclass
    """A SUBSTANCE entity already found: offsets, normalized name and class ("precursor")."""

    start: int
    end: int
    name: str
    substance_class: str | None = None


_START = itemgetter(0)  # a SubstanceMention's start, for bisecting a sorted list of them
_LIST_GAP = re.compile(r"[^.!?;\n]{0,80}")


def ends_list(mentions: Sequence[SubstanceMention], last: SubstanceMention, low: str) -> bool:
    """``last`` ends a list naming another substance in the same sentence ("4 kg of cocaine
    and 2 kg of heroin")."""
    index = mentions.index(last)
    if index == 0:
        return False
    previous = mentions[index - 1]
    gap = low[previous.end:last.start]
    # not a list whose items each carry their own value ("cannabis worth N$23 000 and 36
    # Mandrax tablets worth N$5 400")
    return previous.name != last.name and bool(_LIST_GAP.fullmatch(gap)) and (
        " and " in gap or "," in gap) and _OWN_VALUE.search(gap) is None


def mention_in(mentions: Sequence[SubstanceMention], start: int,
                end: int) -> SubstanceMention | None:
    """The first mention starting in [``start``, ``end``) (mentions sorted by start)."""
    index = bisect_left(mentions, start, key=_START)  # mentions are sorted by start
    if index < len(mentions) and mentions[index].start < end:
        return mentions[index]
    return None


def mention_ending_at(mentions: Sequence[SubstanceMention], end: int) -> SubstanceMention | None:
    """The mention ending exactly at ``end``."""
    for mention in mentions:
        if mention.end == end:
            return mention
        if mention.start >= end:
            break
    return None


def mention_named_in(mentions: Sequence[SubstanceMention], header: str,
                      text: str) -> SubstanceMention | None:
    """A substance mention whose words appear in a table header ("Crystal meth")."""
    low = header.lower()
    for mention in mentions:
        surface = text[mention.start:mention.end].lower()
        if surface and surface in low:
            return mention
    return None


def mention_starting(mentions: Sequence[SubstanceMention], start: int) -> SubstanceMention | None:
    """The mention starting exactly at ``start``."""
    for mention in mentions:
        if mention.start == start:
            return mention
        if mention.start > start:
            break
    return None


def mention_ending_before(mentions: Sequence[SubstanceMention], start: int, text: str,
                           pats: Patterns) -> SubstanceMention | None:
    """The last mention ending before ``start``, if a label's gap of four characters or fewer
    parts them ("heroin: 12")."""
    for mention in reversed(mentions):
        if mention.end <= start:
            if start - mention.end <= 4 and pats.label_gap.match(text[mention.end:start]):
                return mention
            return None
    return None


def row_label(mentions: Sequence[SubstanceMention], start: int,
               text: str) -> SubstanceMention | None:
    """A table row ("Hashish | 2,218.4 kg | 1,905.2 kg", "Cocaine      5.6      7.2")
    labelled by its first cell."""
    line_start = text.rfind("\n", 0, start) + 1
    if "|" not in text[line_start:start] and "\t" not in text[line_start:start] \
            and "  " not in text[line_start:start].strip():
        return None
    index = bisect_left(mentions, line_start, key=_START)
    if index < len(mentions) and mentions[index].end <= start:
        first_cell = text[line_start:mentions[index].start].strip(" |\t-–—•*")
        return mentions[index] if not first_cell else None  # "| – hashish (grams) | ..."
    return None


def total_row(mentions: Sequence[SubstanceMention], start: int, low: str) -> bool:
    """A table row labelled "Total" or "Others" under rows that name substances (the
    line before, or the one before it, starts with a mention)."""
    line_start = low.rfind("\n", 0, start) + 1
    label = _TOTAL_ROW.match(low, line_start, start)
    if label is None or label.end() > start:
        return False
    above = low.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = low.rfind("\n", 0, max(0, above - 1)) + 1  # two rows up
    index = bisect_left(mentions, above, key=_START)
    return index < len(mentions) and mentions[index].start < line_start


def amount_object_before(mentions: Sequence[SubstanceMention], start: int, low: str,
                          window: int) -> SubstanceMention | None:
    """The nearest SUBSTANCE mention before ``start`` (within ``window``) written as what an
    amount is of ("19 tonnes of acetic anhydride")."""
    for mention in reversed(mentions):
        if mention.end > start:
            continue
        if start - mention.end > window:
            return None
        if low.endswith(" of ", 0, mention.start) and low[mention.start - 5: mention.start - 4] \
                .isalnum():
            return mention
    return None


def mention_before(mentions: Sequence[SubstanceMention], start: int, text: str,
                    window: int, skip_names: Iterable[str] = (),
                    paragraphs: bool = False,
                    skip_class: str | None = None,
                    keep: Callable[[SubstanceMention], bool] | None = None,
                    ) -> SubstanceMention | None:
    """The nearest SUBSTANCE mention ending before ``start`` within ``window`` characters,
    not crossing a paragraph, skipping generic names ("drugs"), mentions of ``skip_class``
    and those ``keep`` refuses."""
    skip = set(skip_names)
    for mention in reversed(mentions):
        if mention.end > start or mention.name in skip or (
                skip_class is not None and mention.substance_class == skip_class) or (
                keep is not None and not keep(mention)):
            continue
        if start - mention.end > window or (
                not paragraphs and "\n\n" in text[mention.end:start]):
            return None
        return mention
    return None
