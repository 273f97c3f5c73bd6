"""A quoted name's English gloss in brackets right after it: 'the operation "Frontieră
sigură" ("Safe Border")', '"Dunai-Barier" ("Danube Barrier")', '"Fronteira Seguru" (Safe
Border)'. The gloss translates the name: the places its words name ("Danube", "Pacific",
"Safe Border") are no places of the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from .text import CLOSE_QUOTES, OPEN_QUOTES

T = TypeVar("T")

MAX_GLOSS_WORDS = 6
_OPEN = "".join(sorted(OPEN_QUOTES))
_CLOSE = "".join(sorted(CLOSE_QUOTES))
# a closing quote, then the bracket holding the gloss (quoted or not, no digit-only text)
_GLOSS = re.compile(
    rf"[{_CLOSE}][ \t\u00a0]*\([ \t]*[{_OPEN}]?(?P<gloss>[^(){_OPEN}{_CLOSE}\n]{{2,60}}?)"
    rf"[{_CLOSE}]?[ \t]*\)")
_WORD = re.compile(r"[^\W\d_]+")


def gloss_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the bracketed glosses after quoted names in ``text``."""
    if "(" not in text:
        return []
    spans = []
    for match in _GLOSS.finditer(text):
        words = _WORD.findall(match["gloss"])
        if words and len(words) <= MAX_GLOSS_WORDS:
            spans.append(match.span("gloss"))
    return spans


def without_glossed_places(text: str, found: Sequence[T],
                           chars: Callable[[T], tuple[int, int, str]]) -> list[T]:
    """``found`` less the LOC candidates inside a gloss; ``chars`` gives a candidate's
    start and end characters and label."""
    spans = gloss_spans(text)
    if not spans:
        return list(found)
    kept = []
    for item in found:
        start, end, label = chars(item)
        if label == "LOC" and any(s <= start and end <= e for s, e in spans):
            continue
        kept.append(item)
    return kept
