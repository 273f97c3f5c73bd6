"""The text the pipeline reads, and the map of its offsets back into the original text.

Two spellings of one word must read alike: characters invisible inside names
("Ka\u200bzakhstan", a soft hyphen) are left out of the view, and a letter written
decomposed, as a base letter and a combining accent ("Medelli\u0301n", common in text from
macOS and some PDFs), is composed into its one-character form (NFC), the form gazetteers
and word lists are written in. A text still in a transfer encoding or markup
(quoted-printable, Markdown, a JSON field dump: :mod:`pressparse.io.markup`; HTML or a feed:
:mod:`pressparse.io.html_view`), a reply's quote markers, a subtitle file's cues
(:mod:`pressparse.io.subtitles`) or words hyphenated at the line ends
of hard-wrapped text (:mod:`pressparse.io.wrapping`), digits of other scripts
(:mod:`pressparse.io.digits`), or a scan's with digits read as letters
(:mod:`pressparse.io.ocr`), reads as the text it stands for: a
span of original characters reads as a different, usually shorter, string. Entities found
in the view are mapped back so their offsets and text are those of the original.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from .io.delimited import delimited_tables
from .io.digits import unicode_digits
from .io.edits import Edit, apply_edits, disjoint
from .io.footnotes import footnote_markers
from .io.html_view import html_markup
from .io.markup import json_fields, markdown, quoted_printable
from .io.ocr import ocr_digits
from .io.revisions import tracked_changes
from .io.subtitles import subtitle_cues
from .io.wrapping import email_quotes, hard_wrapped

if TYPE_CHECKING:
    from .schema import Item

# Characters that are invisible in names ("Ka\u200bzakhstan"): hidden from the pipeline.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")

# Readers of transfer encodings, markup, layouts and scan errors, in the order they apply:
# quoted-printable first (HTML, Markdown or JSON can be sent quoted-printable), a draft's
# tracked changes and comments (:mod:`pressparse.io.revisions`) before the layouts, a reply's
# quote markers before Markdown (which reads them too), then a subtitle file's cues, a
# report's footnote markers glued to figures (:mod:`pressparse.io.footnotes`),
# delimited tables as "|" tables (:mod:`pressparse.io.delimited`) and hard-wrapped text as
# running text (words broken at line ends, a paragraph's inner breaks), digits of other
# scripts, and digits a scan misread.
READERS: tuple[Callable[[str], list[Edit]], ...] = (
    quoted_printable, html_markup, tracked_changes, email_quotes, markdown, json_fields,
    subtitle_cues, footnote_markers, delimited_tables, hard_wrapped, unicode_digits, ocr_digits)


class ViewMap(NamedTuple):
    """Where each view character comes from: ``starts[i]`` and ``ends[i]`` bound the
    original characters of ``view[i]`` (several when an accent was composed into it);
    ``starts`` has one more entry, the original text's length. ``view``: the view itself
    when it reads a transfer encoding or markup (spans of the original read as other strings,
    some as nothing), else empty."""

    starts: list[int]
    ends: list[int]
    view: str = ""

    def start(self, offset: int) -> int:
        """The original offset of a span starting at view ``offset``."""
        return self.starts[min(offset, len(self.starts) - 1)]

    def end(self, offset: int) -> int:
        """The original offset of a span ending at view ``offset``."""
        return self.ends[offset - 1] if offset > 0 else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the view span ``start``-``end``."""
        return self.start(start), self.end(end)

    def item_span(self, start: int, end: int, text: str) -> tuple[int, int]:
        """The original offsets of an item at view ``start``-``end``; in a decoded view they
        take in the markup at the item's edges on its first and last lines (a heading's
        ``##``, a link's ``](url)``, a line's encoded trailing ``=20``), which is written
        there though the view reads it as nothing or as a space."""
        first, last = self.span(start, end)
        if not self.view:
            return first, last
        while first > 0 and text[first - 1] != "\n" and self._markup_at(first - 1, text):
            first -= 1
        while last < len(text) and text[last] != "\n" and self._markup_at(last, text):
            last += 1
        return first, last

    def _markup_at(self, offset: int, text: str) -> bool:
        """Whether the view reads the original character at ``offset`` as nothing, or as
        whitespace though it is written as something else (``=20``) or inside a longer
        span (a tag and the spaces around it read as one line break)."""
        index = bisect_right(self.starts, offset, 0, len(self.ends)) - 1
        if index < 0 or self.ends[index] <= offset:
            return True
        return self.view[index].isspace() and (
            not text[offset].isspace() or self.ends[index] - self.starts[index] > 1)

    def apply(self, same_length: str) -> str:
        """The view of a text as long as the original, read through this map: a masked copy
        of the original (noise blanked) reads in step with the view of the original."""
        chars: list[str] = []
        for start, end in zip(self.starts, self.ends, strict=False):
            if end - start == 1:
                chars.append(same_length[start])
                continue
            joined = _composed(same_length, start, end)
            chars.append(joined if len(joined) == 1 else same_length[start])
        return "".join(chars)


def _composed(text: str, start: int, end: int) -> str:
    """``text[start:end]`` composed (NFC), its invisible characters left out."""
    return unicodedata.normalize("NFC", INVISIBLE.sub("", text[start:end]))


def decoded(text: str) -> tuple[str, list[int], list[int]] | None:
    """The text with its transfer encoding and markup read (see :func:`apply_edits`), or None
    when it shows none (the usual case). Quoted-printable is undone first: Markdown or JSON
    can be sent quoted-printable."""
    reading: tuple[str, list[int], list[int]] | None = None
    for reader in READERS:
        view = text if reading is None else reading[0]
        edits = disjoint(reader(view))
        if not edits:
            continue
        new_view, starts, ends = apply_edits(view, edits)
        if reading is not None:  # offsets into the previous view: back to the original
            starts, ends = _through(reading[1], reading[2], starts, ends, len(text))
        reading = new_view, starts, ends
    return reading


def _through(starts: list[int], ends: list[int], inner_starts: list[int],
             inner_ends: list[int], length: int) -> tuple[list[int], list[int]]:
    """Offsets into a reading of a reading (``inner_starts``, ``inner_ends``) taken back
    through the first reading's ``starts`` and ``ends`` into the original, ``length``
    characters long (a start past the first reading's end is the original's end)."""
    outer = ViewMap([*starts, length], ends)
    return [outer.start(s) for s in inner_starts], [outer.end(e) for e in inner_ends]


def pipeline_view(text: str) -> tuple[str, ViewMap | None]:
    """The text the pipeline reads and its :class:`ViewMap`, or ``(text, None)`` when the
    text has no encoding or markup, no invisible character and no decomposed letter (the
    usual case)."""
    reading = decoded(text)
    if reading is None:
        return _plain_view(text)
    view_text, starts, ends = reading
    view, inner = _plain_view(view_text)
    if inner is not None:  # offsets into the decoded text: back to the original
        starts, ends = _through(starts, ends, inner.starts, inner.ends, len(text))
    else:
        starts = [*starts, len(text)]
    return view, ViewMap(starts, ends, view)


def _plain_view(text: str) -> tuple[str, ViewMap | None]:
    """The view of a text without encoding or markup: invisible characters out, accents
    composed; ``(text, None)`` when it has neither."""
    composed = unicodedata.is_normalized("NFC", text)
    if composed and not INVISIBLE.search(text):
        return text, None
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        if INVISIBLE.match(char):
            continue
        if (not composed and starts and unicodedata.combining(char)
                and len(_composed(text, starts[-1], index + 1)) == 1):
            ends[-1] = index + 1  # the accent composes with the letter before it
            continue
        starts.append(index)
        ends.append(index + 1)
    starts.append(len(text))
    view_map = ViewMap(starts, ends)
    return view_map.apply(text), view_map


def same_in_view(original: str, view_text: str) -> bool:
    """Whether ``original`` (a span of the original text) reads as ``view_text`` in the view."""
    return _composed(original, 0, len(original)) == view_text


def remap_item(item: Item, view_map: ViewMap, text: str) -> None:
    """Map an item's offsets from the pipeline view back into the original ``text``."""
    item.start, item.end = view_map.item_span(item.start, item.end, text)
    for entity in item.entities:
        entity.start, entity.end = view_map.span(entity.start, entity.end)
        entity.text = text[entity.start:entity.end]
    for event in item.events:
        event.evidence = [view_map.span(a, b) for a, b in event.evidence]
        for part in (*event.seizures, *event.counts):
            part.start, part.end = view_map.span(part.start, part.end)
        roles = (event.location, *event.organizers, *event.participants, *event.observers,
                 *(seizure.location for seizure in event.seizures))
        done: set[int] = set()
        for role in roles:  # (they kept the view's offsets: ' Os' for 'Osh' after a U+200B)
            if role is None or role.start is None or role.end is None or id(role) in done:
                continue
            done.add(id(role))
            role.start, role.end = view_map.span(role.start, role.end)
            if same_in_view(text[role.start:role.end], role.text):
                role.text = text[role.start:role.end]
