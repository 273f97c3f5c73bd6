"""Turning character-offset candidates into entity spans, with a configurable overlap policy."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from .extensions import get_normalized, set_normalized

# Higher wins when two overlapping candidates have the same length.
DEFAULT_PRIORITY: Mapping[str, int] = {
    "OPERATION": 70,
    "ORG": 60,
    "DATE": 55,
    "QUANTITY": 50,
    "COUNTRY": 45,
    "LOC": 40,
    "SUBSTANCE": 35,
    "PERSON": 20,
    "NORP": 10,
}


@dataclass(frozen=True)
class Candidate:
    """An entity proposed by a component: character offsets, label and normalized value."""

    start: int
    end: int
    label: str
    normalized: dict[str, Any] | None = field(default=None, compare=False, hash=False)
    priority: int = 0  # extra priority within a label (e.g. gazetteer > grammar)


@dataclass(frozen=True)
class OverlapPolicy:
    """Resolves overlapping spans: longest first (in characters), then label priority."""

    priority: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_PRIORITY))
    prefer_longest: bool = True

    def rank(self, span: Span, extra: int = 0) -> tuple[int, int, int, int]:
        length = span.end_char - span.start_char if self.prefer_longest else 0
        return (length, self.priority.get(span.label_, 0), extra, -span.start_char)

    def resolve(self, ranked: Iterable[tuple[Span, int]]) -> list[Span]:
        """Keep a non-overlapping subset, best-ranked first; return it in text order."""
        ordered = sorted(ranked, key=lambda pair: self.rank(*pair), reverse=True)
        taken: set[int] = set()
        kept: list[Span] = []
        for span, _extra in ordered:
            tokens = range(span.start, span.end)
            if any(i in taken for i in tokens):
                continue
            taken.update(tokens)
            kept.append(span)
        return sorted(kept, key=lambda s: s.start)


def to_span(doc: Doc, candidate: Candidate) -> Span | None:
    """The token span covering a candidate's characters (expanded to token bounds)."""
    span = doc.char_span(candidate.start, candidate.end, label=candidate.label,
                         alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span


def add_entities(doc: Doc, candidates: Iterable[Candidate],
                 policy: OverlapPolicy | None = None) -> Doc:
    """Merge candidates into ``doc.ents`` under the overlap policy, storing normalized values."""
    policy = policy or OverlapPolicy()
    ranked: list[tuple[Span, int]] = [(ent, 1000) for ent in doc.ents]
    values: dict[tuple[int, int, str], dict[str, Any] | None] = {
        (ent.start_char, ent.end_char, ent.label_): get_normalized(ent) for ent in doc.ents
    }
    for candidate in candidates:
        span = to_span(doc, candidate)
        if span is None:
            continue
        ranked.append((span, candidate.priority))
        values[(span.start_char, span.end_char, span.label_)] = candidate.normalized
    # Existing entities carry no length advantage: ties between old and new go by rank.
    kept = policy.resolve((span, 0 if extra == 1000 else extra) for span, extra in ranked)
    doc.ents = kept
    for span in kept:
        set_normalized(span, values.get((span.start_char, span.end_char, span.label_)))
    return doc
