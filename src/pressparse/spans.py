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
    """Merge candidates into ``doc.ents`` under the overlap policy, storing normalized values.

    When no new span touches another (the common case) the new spans are simply added;
    the overlap policy runs only when there is a conflict.
    """
    new: list[tuple[Span, Candidate]] = []
    for candidate in candidates:
        span = to_span(doc, candidate)
        if span is not None:
            new.append((span, candidate))
    if not new:
        return doc
    existing = doc.ents
    taken = {i for ent in existing for i in range(ent.start, ent.end)}
    conflict = False
    for span, _candidate in new:
        tokens = range(span.start, span.end)
        if any(i in taken for i in tokens):
            conflict = True
            break
        taken.update(tokens)
    if not conflict:
        doc.set_ents([span for span, _ in new], default="unmodified")
        for span, candidate in new:
            set_normalized(span, candidate.normalized)
        return doc
    policy = policy or OverlapPolicy()
    # Existing entities carry no bonus: ties between old and new go by rank alone.
    ranked: list[tuple[Span, int]] = [(ent, 0) for ent in existing]
    values: dict[int, dict[str, Any] | None] = {id(ent): get_normalized(ent) for ent in existing}
    for span, candidate in new:
        ranked.append((span, candidate.priority))
        values[id(span)] = candidate.normalized
    kept = policy.resolve(ranked)
    kept_values = [values[id(span)] for span in kept]
    doc.ents = kept
    for span, value in zip(kept, kept_values, strict=True):
        set_normalized(span, value)
    return doc
