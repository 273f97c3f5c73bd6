"""The raw material of event assembly: entity mentions and cue matches located in sentences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from .cues import EventCue, EventRules, RoleCue
from .text import Layout

# Quantities measured in these kinds can be seizures; money, percent, time etc. cannot.
SEIZURE_KINDS = frozenset({"mass", "volume"})
ROLE_LABELS = frozenset({"ORG", "COUNTRY"})
PLACE_LABELS = frozenset({"LOC", "COUNTRY", "NORP"})


@dataclass(frozen=True)
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

    def ref(self) -> dict[str, Any]:
        """The mention as a schema.EntityRef dict."""
        return {"text": self.text, "label": self.label, "normalized": self.normalized or None,
                "start": self.start, "end": self.end}

    @property
    def key(self) -> str:
        """Identity for de-duplication: ISO code, organization name, or lowercase text."""
        norm = self.normalized
        for field in ("iso2", "id", "name"):
            value = norm.get(field)
            if isinstance(value, str) and value:
                return f"{self.label}:{value.lower()}"
        return f"{self.label}:{self.text.lower()}"


@dataclass(frozen=True)
class EventCueMatch:
    cue: EventCue
    start: int
    end: int
    token_start: int
    token_end: int
    sentence: int


@dataclass(frozen=True)
class RoleCueMatch:
    cue: RoleCue
    start: int
    end: int
    sentence: int


def mentions_of(doc: Doc, lay: Layout) -> list[Mention]:
    """Every entity of ``doc`` as a Mention, in text order."""
    result = []
    for ent in doc.ents:
        result.append(_mention(ent, lay))
    return result


def _mention(ent: Span, lay: Layout) -> Mention:
    normalized = ent._.normalized
    return Mention(ent.label_, ent.text, ent.start_char, ent.end_char, ent.start, ent.end,
                   dict(normalized) if isinstance(normalized, dict) else {},
                   lay.sentence_of(ent.start_char), lay.paragraph_of(ent.start_char))


def _longest_first(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Drop matches overlapping a longer one; keep several cues of the same extent."""
    ordered = sorted(matches, key=lambda m: (-(m[2] - m[1]), m[1]))
    taken: list[tuple[int, int]] = []
    kept = []
    for match in ordered:
        _, start, end = match
        if any(start < t_end and t_start < end and (t_start, t_end) != (start, end)
               for t_start, t_end in taken):
            continue
        taken.append((start, end))
        kept.append(match)
    return sorted(kept, key=lambda m: m[1])


def event_cues_in(doc: Doc, rules: EventRules, lay: Layout) -> list[EventCueMatch]:
    """Event-type cue words of the doc (the longest of overlapping cues)."""
    strings = doc.vocab.strings
    result = []
    for match_id, start, end in _longest_first(list(rules.event_matcher(doc))):
        cue = rules.event_cues[int(strings[match_id].split(":", 1)[1])]
        span = doc[start:end]
        result.append(EventCueMatch(cue, span.start_char, span.end_char, start, end,
                                    lay.sentence_of(span.start_char)))
    return result


def role_cues_in(doc: Doc, rules: EventRules, lay: Layout) -> list[RoleCueMatch]:
    """Role cue phrases of the doc (the longest of overlapping cues), except those inside an
    entity's name ("Bureau ... on the Territory of the CIS Member States")."""
    strings = doc.vocab.strings
    inside = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    result = []
    for match_id, start, end in _longest_first(list(rules.role_matcher(doc))):
        if start in inside or end - 1 in inside:
            continue
        cue = rules.role_cues[int(strings[match_id].split(":", 1)[1])]
        span = doc[start:end]
        result.append(RoleCueMatch(cue, span.start_char, span.end_char,
                                   lay.sentence_of(span.start_char)))
    return result
