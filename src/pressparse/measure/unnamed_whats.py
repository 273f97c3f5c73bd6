"""What a quantity measures when no clause around it names it: the label of its line
("Affected area: 61,300 hectares", "* Tourism income: $412 million") or the noun its unit
always measures ("41 degrees Celsius": temperature, units.jsonl ``measures``).

Read last, after every clause link: a quantity whose sentence names what it is keeps that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clause_links import converts
from .lexicon import Lexicon
from .reading import RawQuantity

# a line's label and colon right before the figure (its qualifier is in the span): an
# optional list mark, then words that open with a letter, no digit, colon or cell bar
_LABEL_LINE = re.compile(r"[ \t]*(?:[-*•·–▪►◾🔹][ \t]*)?(?P<label>[^\W\d_][^\n:|\d]{0,60}?)"
                         r"[ \t]*:[ \t\u00a0]*")
_BRACKETED = re.compile(r"[ \t]*\([^()\n]*\)")  # "Eligible farms (estimate)": farms
_LABEL_WORDS = 6  # a longer run before a colon is a sentence, not a label
_LABEL_REACH = 80


def label_of_line(text: str, start: int, lex: Lexicon) -> str | None:
    """The label a line gives the figure at ``start`` ("Highest temperature: 41.6 degrees":
    Highest temperature), its bracketed asides left out; none for a contact, counter or pager
    label, a label of a number that is no amount ("Tel:", "Views:", "Page:")."""
    line_start = text.rfind("\n", max(0, start - _LABEL_REACH), start) + 1
    if not line_start and start > _LABEL_REACH:
        return None
    label = _LABEL_LINE.fullmatch(text, line_start, start)
    if label is None:
        return None
    words = _BRACKETED.sub("", label.group("label")).strip(" \t,;-–").split()
    if not words or len(words) > _LABEL_WORDS:
        return None
    said = " ".join(words)
    low = said.lower()
    first = words[0].lower() if len(words) < 3 or words[1].lower() != "of" else ""
    if any(low in names or first in names for names in (  # but "Number of farms:"
            lex.contact_labels, lex.counter_labels, lex.pagination_labels)):
        return None
    return lex.what_aliases.get(low, said)


def fill_unnamed_whats(text: str, found: Sequence[RawQuantity], lex: Lexicon) -> None:
    """Set ``what`` of the quantities still without one from their line's label (and of the
    amount converted in brackets after it: "Total aid: MDL 412 million (about EUR 21
    million)"), else from the noun their unit measures."""
    previous: RawQuantity | None = None
    for q in found:
        if q.what is None:
            q.what = label_of_line(text, q.start, lex)
            if q.what is None and previous is not None and previous.what \
                    and converts(text, previous, q):
                q.what = previous.what
            if q.what is None and q.unit:
                q.what = lex.unit_measures.get(q.unit)
        previous = q
