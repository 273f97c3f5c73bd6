"""Sentence and paragraph boundaries of an item, by character offsets (no parser needed)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace and an opening
# capital, digit or quote; or at a line break. Abbreviations like "U.S. Customs" are kept
# together by requiring two letters before the period. The break is the pattern's group
# (the whitespace after the punctuation), or the whole match for line breaks. Every branch
# opens with a character class (the letter before the period is checked by a lookbehind after
# it), so the regex engine scans for those characters at C speed.
_SENTENCE_BREAK = re.compile(
    r"\n+|[.!?](?:(?<=[a-z0-9\)\]\"”»’%][.!?])([\"”»’)\]]{0,2}\s+)(?=[A-Z0-9\"“«(])"
    r"|(?<=[!?])(\s+))"
)
_PARAGRAPH_BREAK = re.compile(r"\n+")
_VISIBLE = re.compile(r"\S")  # a span with one of these is no blank span


@dataclass(frozen=True)
class Layout:
    """Sentence and paragraph spans of a text, with lookups by character offset."""

    sentences: tuple[tuple[int, int], ...]
    paragraphs: tuple[tuple[int, int], ...]
    sentence_starts: tuple[int, ...] = ()
    paragraph_starts: tuple[int, ...] = ()

    def sentence_of(self, offset: int) -> int:
        return max(bisect_right(self.sentence_starts, offset) - 1, 0)

    def paragraph_of(self, offset: int) -> int:
        return max(bisect_right(self.paragraph_starts, offset) - 1, 0)


def _spans(text: str, pattern: re.Pattern[str]) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    visible = _VISIBLE.search
    for match in pattern.finditer(text):
        start, end = match.span(match.lastindex or 0)  # the break group, else the match
        if start > cursor and visible(text, cursor, start):
            spans.append((cursor, start))
        cursor = end
    if cursor < len(text) and visible(text, cursor):
        spans.append((cursor, len(text)))
    return tuple(spans) or ((0, len(text)),)


def layout(text: str) -> Layout:
    """Sentences and paragraphs (newline-separated) of ``text``."""
    sentences = _spans(text, _SENTENCE_BREAK)
    paragraphs = _spans(text, _PARAGRAPH_BREAK)
    return Layout(sentences, paragraphs, tuple(s for s, _ in sentences),
                  tuple(p for p, _ in paragraphs))
