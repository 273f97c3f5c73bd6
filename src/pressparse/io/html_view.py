"""HTML and feed markup left in a text, read as the text a browser shows.

A page saved with its HTML (``<p>``, ``<br>``, ``<div>``, ``<li>``, ``&mdash;``) or a feed
saved as text (RSS, Atom: ``<item><title>..</title>``, CDATA sections, HTML escaped inside
``<description>`` as ``&lt;p&gt;``) is read as what it shows: a block tag as a line break, a
paragraph's tag as a blank line, an inline tag as nothing, a page's head and scripts as nothing,
a character reference as its character (:func:`html.unescape`), and whitespace as a browser
collapses it (``2&nbsp;910 grams`` reads ``2 910 grams``). The tags and what each reads as are
data (``pressparse_preprocess/html_tags.jsonl``). Only a text showing tags or references on
several lines is read so; a text with one ``<`` or one ``&amp;`` is untouched.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel

from ..data import read_jsonl
from .edits import Edit

TAGS_FILE = "html_tags.jsonl"
HTML_MIN_LINES = 3  # lines with a known tag or a character reference a text must show

# "&amp;" before a reference or an escaped tag's brackets: a reference escaped twice (a feed's
# escaped HTML); "&" and four spaces: the same after the reader blanked "&amp;" (io/decode.py).
_AMP = r"&(?:amp;|[ ]{4})?"
_REFERENCE = re.compile(_AMP + r"(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_NAME_PATTERN = r"([A-Za-z][\w:.-]{0,40})"  # a tag's name, as a group
_TAG_BODY = rf"/?{_NAME_PATTERN}(?:\s[^<>]{{0,2000}}?)?/?"
_ESCAPED_TAG_OPEN = rf"{_AMP}lt;/?{_NAME_PATTERN}"  # "&lt;p", "&lt;/p"
# Markup that reads as nothing in itself: a comment, a CDATA section's brackets, a declaration,
# a processing instruction, a tag, a tag escaped ("&lt;p&gt;").
_MARKUP = (r"<!--.*?-->|<!\[CDATA\[|\]\]>|<![A-Za-z][^<>]{0,2000}>|<\?[^<>]{0,2000}\?>"
           rf"|<{_TAG_BODY}>|{_ESCAPED_TAG_OPEN}"
           rf"(?:\s(?:(?!{_AMP}gt;)[^<>\n]){{0,2000}})?/?{_AMP}gt;")
_SIGN = re.compile(rf"<{_TAG_BODY}>|{_ESCAPED_TAG_OPEN}|{_REFERENCE.pattern}")

KEPT = 9  # (a tag read as written, on a line of its own)
FEED_DATE = 8  # (a feed's date field: its own date above its first item, else an item's)
FEED_DATE_REACH = 200  # characters from a date field's tag to its closing tag
ReadsAs = Literal["feed_date", "kept", "paragraph", "line", "break", "nothing", "hidden"]
# Line breaks each kind stands for ("break": one each, so two in a row make a blank line).
_BREAKS: dict[str, int] = {"feed_date": FEED_DATE, "kept": KEPT, "paragraph": 2, "line": 1,
                           "break": -1, "nothing": 0, "hidden": 0}


class HtmlTag(BaseModel):
    """One tag of ``html_tags.jsonl`` and what it reads as."""

    name: str
    reads_as: ReadsAs


@dataclass(frozen=True)
class HtmlReading:
    """The tag table: name (lower case) -> line breaks it stands for, and the token pattern
    (hidden elements whole, not self-closing ones nor across another of their name; then
    markup, references and whitespace)."""

    breaks: dict[str, int]
    tokens: re.Pattern[str]
    feed_date_end: re.Pattern[str]  # the closing tag of a feed's date field


@lru_cache(maxsize=1)
def html_reading() -> HtmlReading:
    """The bundled tag table and its token pattern."""
    from .mask import data_dir

    tags = read_jsonl(data_dir() / TAGS_FILE, HtmlTag)
    hidden = "|".join(re.escape(tag.name) for tag in tags if tag.reads_as == "hidden")
    tokens = re.compile(
        rf"(?P<hidden><({hidden})\b[^<>]{{0,2000}}(?<!/)>(?:(?!<\2\b).){{0,20000}}?</\2\s*>)"
        rf"|(?P<markup>{_MARKUP})"
        rf"|(?P<ref>{_REFERENCE.pattern})|(?P<space>\s+)", re.DOTALL | re.IGNORECASE)
    dates = "|".join(re.escape(tag.name) for tag in tags if tag.reads_as == "feed_date")
    return HtmlReading({tag.name.lower(): _BREAKS[tag.reads_as] for tag in tags}, tokens,
                       re.compile(rf"</({dates})\s*>", re.IGNORECASE))


def _signs(text: str, known: dict[str, int]) -> tuple[int, bool]:
    """Lines with a known tag or a character reference, and whether any tag is known."""
    lines: set[int] = set()
    tagged = False
    for match in _SIGN.finditer(text):
        name = match.group(1) or match.group(2)
        if name is not None:
            if name.lower() not in known:
                continue
            tagged = True
        elif _character(match.group(3)) is None:
            continue  # not a reference HTML knows
        lines.add(text.count("\n", 0, match.start()))
    return len(lines), tagged


def html_markup(text: str) -> list[Edit]:
    """Tags read as line breaks or nothing, references as their characters and whitespace
    collapsed, in a text with tags or references on several lines; references alone (no
    tag) are read without touching whitespace. Else no edit."""
    if "<" not in text and "&" not in text:
        return []
    reading = html_reading()
    lines, tagged = _signs(text, reading.breaks)
    if lines < HTML_MIN_LINES:
        return []
    if not tagged:
        return [edit for match in _REFERENCE.finditer(text)
                if (edit := _reference(match)) is not None]
    return _page_edits(text, reading)


def _character(body: str) -> str | None:
    """The character a reference's body (``nbsp``, ``#8212``) stands for, None when HTML
    knows no such reference."""
    written = "&" + body + ";"
    char = html.unescape(written)
    return None if char == written else char


def _reference(match: re.Match[str], body: int = 1) -> Edit | None:
    """A character reference read as its character, None when HTML knows no such name."""
    char = _character(match.group(body))
    return None if char is None else Edit(match.start(), match.end(), char)


@dataclass
class _Gap:
    """A run of markup and whitespace between two stretches of text."""

    start: int
    end: int
    breaks: int = 0  # the line breaks its block tags stand for
    line_breaks: int = 0  # its line break tags (<br>)
    written: int = 0  # the line breaks written in it: 1, or 2 for a blank line
    spaced: bool = False

    def edits(self, text: str) -> list[Edit]:
        """It reads as the line breaks its tags stand for or as those written in it (a
        blank line in it counts two), whichever are more (two at most: a blank line), else
        a space when it holds whitespace, else nothing; at the text's start as nothing, at
        its end as one line break at most."""
        breaks = min(max(self.breaks, self.line_breaks, self.written), 2)
        if self.start == 0:
            shown = ""
        elif self.end == len(text):
            shown = "\n" if breaks else ""
        else:
            shown = "\n" * breaks if breaks else " " if self.spaced else ""
        return [] if text[self.start:self.end] == shown else [Edit(self.start, self.end, shown)]


# Groups of the token pattern (html_reading): a tag's name, an escaped tag's name, a
# reference's body.
_TAG_NAME, _ESCAPED_NAME, _REFERENCE_BODY = 4, 5, 7


def _page_edits(text: str, reading: HtmlReading) -> list[Edit]:
    """The edits of a page's reading: references read as their characters, and each run of
    markup and whitespace between two stretches of text as a blank line, a line break, a
    space or nothing."""
    edits: list[Edit] = []
    gap: _Gap | None = None
    at = 0
    in_head = True  # above a feed's first item or entry (or anywhere in a page)
    position = 0
    while (match := reading.tokens.search(text, position)) is not None:
        position = match.end()
        kind = match.lastgroup
        reference = _reference(match, _REFERENCE_BODY) if kind == "ref" else None
        if match.start() > at or (kind == "ref" and (reference is None
                                                    or not reference.text.isspace())):
            if gap is not None:  # text closes the gap
                edits.extend(gap.edits(text))
                gap = None
            if reference is not None and not reference.text.isspace():
                edits.append(reference)
                at = match.end()
                continue
            if kind == "ref" and reference is None:  # a name HTML does not know: text
                at = match.end()
                continue
        if gap is None:
            gap = _Gap(match.start(), match.end())
        gap.end = at = match.end()
        if kind in ("space", "ref"):
            gap.spaced = True
            newlines = match.group().count("\n")
            gap.written = max(gap.written, min(newlines, 2))
        elif kind == "markup":
            name = match.group(_TAG_NAME) or match.group(_ESCAPED_NAME)
            breaks = reading.breaks.get(name.lower(), 1) if name else 0
            if breaks == FEED_DATE and in_head and not match.group().startswith(("</", "&")):
                close = reading.feed_date_end.search(text, match.end(),
                                                     match.end() + FEED_DATE_REACH)
                if close is not None:  # the feed's own date, above its first item: nothing
                    gap.end = at = position = close.end()
                    continue
            if breaks == KEPT and not match.group().startswith(("</", "&")):
                in_head = False
                gap.end = match.start()  # the gap before it reads as a blank line at least,
                gap.breaks = 2  # the one after it as a line break at least
                edits.extend(gap.edits(text))
                gap = _Gap(match.end(), match.end(), breaks=1)
                continue
            if breaks == KEPT:
                gap.breaks = max(gap.breaks, 2)
            elif breaks == FEED_DATE:
                gap.breaks = max(gap.breaks, 1)
            elif breaks < 0:
                gap.line_breaks += 1
            else:
                gap.breaks = max(gap.breaks, breaks)
    if gap is not None:
        edits.extend(gap.edits(text))
    return edits
