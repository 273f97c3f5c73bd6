"""Press, media and communications units named in a release's sign-off, byline or posting
line ("Issued by: Police Public Relations Office", "By: Digital Editorial Staff", "Posted:
2026.11.23 09:30 | Press and Public Relations Department") speak for the body: they take no
part, so they are no ORG (samples guide, ORG). A line opened by one of ``labels`` holds a
sign-off; a name holding one of ``press_words`` is a press unit. Named elsewhere (a unit that
organizes or acts) it stays an ORG.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..word_alternation import escaped_alternation


class SignoffUnits:
    """Tells a press unit written on a sign-off line."""

    def __init__(self, labels: Iterable[str], press_words: Iterable[str]) -> None:
        labels, words = list(labels), list(press_words)
        self._label = re.compile(
            rf"[ \t]*(?:{escaped_alternation(labels)})[ \t]*:") if labels else None
        self._press = re.compile(
            rf"\b(?:{escaped_alternation(words)})\b", re.IGNORECASE) if words else None

    def is_signoff_unit(self, text: str, start: int, end: int) -> bool:
        """Is ``text[start:end]`` a press unit's name on a line opened by a sign-off label?"""
        if self._label is None or self._press is None \
                or self._press.search(text, start, end) is None:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        return self._label.match(text, line_start) is not None
