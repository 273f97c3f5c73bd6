"""Press, media and communications units named in a release's sign-off, byline or posting
line ("Issued by: Police Public Relations Office", "By: Digital Editorial Staff", "Posted:
2026.11.23 09:30 | Press and Public Relations Department") speak for the body: they take no
part, so they are no ORG (samples guide, ORG). A line opened by one of ``labels`` holds a
sign-off, and so does a line of names alone (no lower-case word but ``name_links``: "of",
"the", "de"), the press unit with at most its parent body, a bracketed detail or an address
("Media Cell, Headquarters Coast Guard", "From: Press Service of Varna Customs <press@...>",
"Press offices: A Communication Center | B Press Office"), and a line a label opens without
its colon where the unit follows "by" ("Posted on 12th November, 2026 by Public Relations
Unit", "By Khaama Press Staff | April 20, 2027"); a name holding one of
``press_words`` is a press unit. Named in a sentence (a unit that organizes or acts) it stays
an ORG.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..word_alternation import escaped_alternation

# what a line of names may hold besides the names: bracketed details and addresses, then
# separators, capitalized words (another body's name, "Headquarters") and the name links; any
# other lower-case word ("seizes", "kg", "said") makes the line a sentence or a headline
_BRACKETED = re.compile(r"\([^()\n]*\)|<[^<>\n]*>|\[[^\[\]\n]*\]")
_LOWER_WORD = re.compile(r"(?<![\w'\u2019])[a-z]")
_LABEL = re.compile(r"[^:\n]{1,40}:[ \t]")  # "Press offices: ", "From: "
# "... by " right before the name: a posting line without a colon ("Posted on 12th November,
# 2026 by Public Relations Unit", "By Khaama Press Staff | April 20, 2027")
_BY_BEFORE = re.compile(r"(?:^|\s)[Bb]y[ \t]+(?:the[ \t]+)?$")


class SignoffUnits:
    """Tells a press unit written on a sign-off line."""

    def __init__(self, labels: Iterable[str], press_words: Iterable[str],
                 name_links: Iterable[str]) -> None:
        labels, words = list(labels), list(press_words)
        label = escaped_alternation(labels)
        self._label = re.compile(rf"[ \t]*(?:{label})[ \t]*:") if labels else None
        # the same labels opening a line without their colon, for a posting line whose name
        # follows "by" ("Posted on <date> by <unit>")
        self._bare_label = re.compile(rf"[ \t]*(?:{label})\b") if labels else None
        self._press = re.compile(
            rf"\b(?:{escaped_alternation(words)})\b", re.IGNORECASE) if words else None
        # the lower-case words a line of names holds between its names ("of", "the", "de")
        self._links = re.compile(rf"\b(?:{escaped_alternation(name_links)})\b")

    def is_signoff_unit(self, text: str, start: int, end: int) -> bool:
        """Is ``text[start:end]`` a press unit's name on a line opened by a sign-off label or
        on a line of names alone?"""
        if self._press is None or self._press.search(text, start, end) is None:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        if self._label is not None and self._label.match(text, line_start) is not None:
            return True
        if self._by_line(text, line_start, start):
            return True
        return self._names_alone(text, line_start, start, end)

    def _by_line(self, text: str, line_start: int, start: int) -> bool:
        """Is the name written right after "by" on a line a sign-off label opens without
        its colon ("Posted on 12th November, 2026 by Public Relations Unit", "By Khaama
        Press Staff | April 20, 2027")?"""
        return self._bare_label is not None \
            and _BY_BEFORE.search(text[line_start:start]) is not None \
            and self._bare_label.match(text, line_start) is not None

    def _names_alone(self, text: str, line_start: int, start: int, end: int) -> bool:
        """Does the line around ``text[start:end]`` hold nothing but names (after a
        label)?"""
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        label = _LABEL.match(text, line_start, start)
        before = text[label.end() if label else line_start:start]
        rest = _BRACKETED.sub(" ", before + " " + text[end:line_end])
        return _LOWER_WORD.search(self._links.sub(" ", rest)) is None
