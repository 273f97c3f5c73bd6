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
# A single line break after a letter or comma and before a lowercase letter is a soft wrap of
# hard-wrapped text (a converted PDF: "... a consignment of industrial\nceramic tiles"): no
# break. A number sign before its number ("Press release No. 214-2025", "Case Nr. 12") ends
# no sentence.
_SENTENCE_BREAK = re.compile(
    r"\n\n+|\n(?!(?:(?<=[^\W\d_]\n)|(?<=,\n))[a-zß-öø-ÿа-яё])|[.!?](?:(?<=[a-z0-9\)\]\"”»’%][.!?])(?!(?<=\b[Nn][or]\.)\s+\d)([\"”»’)\]]{0,2}\s+)(?=[A-Z0-9\"“«(])"
    r"|(?<=[!?])(\s+))"
)
_VISIBLE = re.compile(r"\S")  # a span with one of these is no blank span
# the characters of a bullet opening a list row of results ("- 240 kg ...", "• Bolivia: ...",
# "* 3 arrests", "– Spain: ..."), hyphen first: every row reader of events/ puts them in a
# character class, some with a marker of their own after them
ROW_BULLET_CHARS = "-•*–"


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


def layout(text: str) -> Layout:
    """Sentences and paragraphs (newline-separated) of ``text``, in one pass of the sentence
    breaks: line breaks also end paragraphs, including those inside the whitespace after a
    sentence's final punctuation."""
    sentences: list[tuple[int, int]] = []
    paragraphs: list[tuple[int, int]] = []
    cursor = paragraph_cursor = 0
    visible = _VISIBLE.search
    for match in _SENTENCE_BREAK.finditer(text):
        group = match.lastindex
        start, end = match.span(group or 0)  # the break group, else the line break
        if start > cursor and visible(text, cursor, start):
            sentences.append((cursor, start))
        cursor = end
        if group is None:
            line_start, line_end = start, end
        else:
            line_start = text.find("\n", start, end)
            if line_start < 0:
                continue
            # blank text between the line breaks of one run makes no paragraph
            line_end = text.rfind("\n", start, end) + 1
        if line_start > paragraph_cursor and visible(text, paragraph_cursor, line_start):
            paragraphs.append((paragraph_cursor, line_start))
        paragraph_cursor = line_end
    size = len(text)
    if cursor < size and visible(text, cursor):
        sentences.append((cursor, size))
    if paragraph_cursor < size and visible(text, paragraph_cursor):
        paragraphs.append((paragraph_cursor, size))
    sentence_spans = tuple(sentences) or ((0, size),)
    paragraph_spans = tuple(paragraphs) or ((0, size),)
    return Layout(sentence_spans, paragraph_spans, tuple(s for s, _ in sentence_spans),
                  tuple(p for p, _ in paragraph_spans))
