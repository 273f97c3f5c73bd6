"""The raw material of event assembly: entity mentions and cue matches located in sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import add, itemgetter
from typing import Any

from spacy.tokens import Doc

from ..entities.doc_view import token_columns
from ..extensions import VALUES_KEY
from .cues import EventCue, EventRules, RoleCue
from .text import Layout

# Quantities measured in these kinds can be seizures; money, percent, time etc. cannot.
SEIZURE_KINDS = frozenset({"mass", "volume"})
ROLE_LABELS = frozenset({"ORG", "COUNTRY"})
PLACE_LABELS = frozenset({"LOC", "COUNTRY", "NORP"})
_KEY_FIELDS = ("iso2", "id", "name")  # normalized fields naming an entity, in order


@dataclass(slots=True)
class Mention:
    """An entity of the doc with its normalized value and sentence/paragraph."""

    label: str
    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    normalized: dict[str, Any]
    sentence: int
    paragraph: int
    _key: str | None = field(default=None, compare=False, repr=False)  # cached ``key``

    def ref(self) -> dict[str, Any]:
        """The mention as a schema.EntityRef dict."""
        return {"text": self.text, "label": self.label, "normalized": self.normalized or None,
                "start": self.start, "end": self.end}

    @property
    def key(self) -> str:
        """Identity for de-duplication: ISO code, organization name, or lowercase text."""
        if self._key is None:
            norm = self.normalized
            for name in _KEY_FIELDS:
                value = norm.get(name)
                if isinstance(value, str) and value:
                    self._key = f"{self.label}:{value.lower()}"
                    break
            else:
                self._key = f"{self.label}:{self.text.lower()}"
        return self._key


@dataclass(slots=True)
class EventCueMatch:
    cue: EventCue
    start: int
    end: int
    token_start: int
    token_end: int
    sentence: int


@dataclass(slots=True)
class RoleCueMatch:
    cue: RoleCue
    start: int
    end: int
    sentence: int


def get_values(doc: Doc) -> dict[tuple[int, int, str], Any]:
    """The normalized values of the doc's entities, by (start, end, label)."""
    return doc.user_data.get(VALUES_KEY, {})


class TokenOffsets:
    """Character offsets of a doc's tokens, from the columns earlier stages read (no Token
    objects)."""

    def __init__(self, doc: Doc) -> None:
        columns = token_columns(doc)
        self.starts: list[int] = columns.idx
        self.ends: list[int] = list(map(add, columns.idx, columns.lengths))

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def entity_tokens(doc: Doc) -> list[tuple[int, int, int]]:
    """(first token, end token, label hash) of each entity, in text order (``doc.ents`` is
    built in C and beats reading the IOB arrays in Python)."""
    return [(ent.start, ent.end, ent.label) for ent in doc.ents]


def mentions_of(doc: Doc, lay: Layout, text: str, offsets: TokenOffsets,
                entities: list[tuple[int, int, int]]) -> list[Mention]:
    """Every entity of ``doc`` as a Mention, in text order."""
    values = get_values(doc)
    strings = doc.vocab.strings
    labels: dict[int, str] = {}
    starts, ends = offsets.starts, offsets.ends
    # entities come in text order: walk the sentence and paragraph starts along with them
    sentence_starts, paragraph_starts = lay.sentence_starts, lay.paragraph_starts
    last_sentence, last_paragraph = len(sentence_starts) - 1, len(paragraph_starts) - 1
    sentence = paragraph = 0
    result = []
    for first, end_token, kind in entities:
        start, end = starts[first], ends[end_token - 1]
        label = labels.get(kind)
        if label is None:
            label = labels[kind] = strings[kind]
        while sentence < last_sentence and sentence_starts[sentence + 1] <= start:
            sentence += 1
        while paragraph < last_paragraph and paragraph_starts[paragraph + 1] <= start:
            paragraph += 1
        normalized = values.get((start, end, label))
        result.append(Mention(label, text[start:end], start, end, first, end_token,
                              normalized if isinstance(normalized, dict) else {},
                              sentence, paragraph))
    return result


_START = itemgetter(1)  # a matcher match's first token
_EXTENT = itemgetter(1, 2)  # its (first token, end token)


def _longest_first(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Drop matches overlapping a longer one; keep several cues of the same extent."""
    by_start = sorted(matches, key=_EXTENT)
    last_start = last_end = -1
    for _, start, end in by_start:
        if start < last_end and (start, end) != (last_start, last_end):
            break  # an overlap of two extents: settle it below
        if end > last_end:
            last_start, last_end = start, end
    else:
        return by_start  # no two extents overlap (the usual case)
    ordered = sorted(matches, key=lambda m: (m[1] - m[2], m[1]))
    owner: dict[int, tuple[int, int]] = {}  # token -> extent of the match that took it
    kept = []
    for match in ordered:
        _, start, end = match
        extents = {owner[i] for i in range(start, end) if i in owner}
        if extents and extents != {(start, end)}:
            continue
        for i in range(start, end):
            owner[i] = (start, end)
        kept.append(match)
    return sorted(kept, key=_START)


def _covered(entities: list[tuple[int, int, int]]) -> set[int]:
    """The tokens inside one of ``entities`` (a set: one C-level lookup a token)."""
    return {token for first, end, _ in entities for token in range(first, end)}


def event_cues_in(rules: EventRules, lay: Layout, offsets: TokenOffsets,
                  matches: list[tuple[int, int, int]],
                  names: list[tuple[int, int, int]] = ()) -> list[EventCueMatch]:
    """Event-type cue words among the matcher's event ``matches`` (the longest of
    overlapping cues), except those inside the name of a body or place (``names``: "Office
    of Field Operations", "Insular Naval Operations Command")."""
    result = []
    kinds = rules.match_kinds
    covered = _covered(list(names))
    for match_id, start, end in _longest_first(matches):
        if start in covered or end - 1 in covered:
            continue
        cue = rules.event_cues[kinds[match_id][1]]
        start_char, end_char = offsets.span(start, end)
        result.append(EventCueMatch(cue, start_char, end_char, start, end,
                                    lay.sentence_of(start_char)))
    return result


def role_cues_in(rules: EventRules, lay: Layout, offsets: TokenOffsets,
                 entities: list[tuple[int, int, int]],
                 matches: list[tuple[int, int, int]]) -> list[RoleCueMatch]:
    """Role cue phrases among the matcher's role ``matches`` (the longest of overlapping
    cues), except those inside an entity's name ("Bureau ... on the Territory of the CIS
    Member States"). A cue running into a name ("at the port of" before "Port of
    Auckland") is dropped before the longest is chosen, so a shorter cue ("at the") stays;
    a place cue is hidden only by a longer place cue ("police in" names participants, its
    "in" still places the event: "police in Tangier"; "held in" hides "in")."""
    covered = _covered(entities)
    result = []
    kinds = rules.match_kinds
    outside = [m for m in matches if m[1] not in covered and m[2] - 1 not in covered]
    location_ids = rules.location_match_ids
    places = [m for m in outside if m[0] in location_ids]
    kept = sorted(set(_longest_first(outside)) | set(_longest_first(places)), key=_EXTENT)
    for match_id, start, end in kept:
        cue = rules.role_cues[kinds[match_id][1]]
        start_char, end_char = offsets.span(start, end)
        result.append(RoleCueMatch(cue, start_char, end_char, lay.sentence_of(start_char)))
    return result
