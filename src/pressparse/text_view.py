"""The text the pipeline reads, and the map of its offsets back into the original text.

Two spellings of one word must read alike: characters invisible inside names
("Ka\u200bzakhstan", a soft hyphen) are left out of the view, and a letter written
decomposed, as a base letter and a combining accent ("Medelli\u0301n", common in text from
macOS and some PDFs), is composed into its one-character form (NFC), the form gazetteers
and word lists are written in. Entities found in the view are mapped back so their offsets
and text are those of the original.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .schema import Item

# Characters that are invisible in names ("Ka\u200bzakhstan"): hidden from the pipeline.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")


class ViewMap(NamedTuple):
    """Where each view character comes from: ``starts[i]`` and ``ends[i]`` bound the
    original characters of ``view[i]`` (several when an accent was composed into it);
    ``starts`` has one more entry, the original text's length."""

    starts: list[int]
    ends: list[int]

    def start(self, offset: int) -> int:
        """The original offset of a span starting at view ``offset``."""
        return self.starts[min(offset, len(self.starts) - 1)]

    def end(self, offset: int) -> int:
        """The original offset of a span ending at view ``offset``."""
        return self.ends[offset - 1] if offset > 0 else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the view span ``start``-``end``."""
        return self.start(start), self.end(end)

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


def pipeline_view(text: str) -> tuple[str, ViewMap | None]:
    """The text the pipeline reads and its :class:`ViewMap`, or ``(text, None)`` when the
    text has no invisible character and no decomposed letter (the usual case)."""
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
    item.start, item.end = view_map.span(item.start, item.end)
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
