"""Candidates merged into a doc's entities on its arrays, and the values stored for them."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc

from ..spans import Candidate, OverlapPolicy
from .doc_view import DocView, Ent

Values = dict[tuple[int, int, str], "dict[str, Any] | None"]


def overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does ``start``-``end`` overlap one of the ``taken`` character spans?"""
    return any(s < end and start < e for s, e in taken)


def crosses(taken: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Does one of the ``taken`` spans cross an edge of ``start``-``end``: overlap it
    without lying inside it?"""
    return any(s < end and start < e and not start <= s < e <= end for s, e in taken)


def entity_value(values: Values, ent: Ent) -> dict[str, Any] | None:
    """The normalized value stored for an entity (``get_normalized`` of its span)."""
    return values.get((ent.start_char, ent.end_char, ent.label_))


def merge_entities(doc: Doc, view: DocView, candidates: list[Candidate],
                   values: Values) -> list[Ent] | None:
    """:func:`pressparse.spans.add_entities` on the doc's arrays (no Span objects): the
    candidates join the doc's entities (``view.ents``) unless they overlap, then the shared
    overlap policy's rank decides (longest in characters, label priority, own priority).
    Returns the doc's entities after the merge, or None when no candidate fits a token."""
    new: list[tuple[int, int, Candidate]] = []
    for candidate in candidates:
        tokens = view.expand(candidate.start, candidate.end)
        if tokens is not None and tokens[0] < tokens[1]:
            new.append((tokens[0], tokens[1], candidate))
    if not new:
        return None
    existing = view.ents
    taken = bytearray(len(view))
    for ent in existing:
        taken[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
    conflict = False
    for start, end, _candidate in new:
        if taken.find(1, start, end) >= 0:
            conflict = True
            break
        taken[start:end] = b"\x01" * (end - start)
    iob, types = view.iob, view.types
    strings = doc.vocab.strings
    if not conflict:  # doc.set_ents(new, default="unmodified")
        added = [view.entity(start, end, c.label) for start, end, c in new]
        for ent, (start, end, candidate) in zip(added, new, strict=True):
            _set_tokens(iob, types, start, end, strings.add(candidate.label))
            values[(ent.start_char, ent.end_char, ent.label_)] = candidate.normalized
        _write_entities(doc, iob, types)
        return sorted([*existing, *added], key=lambda ent: ent.start)
    # Existing entities carry no bonus: ties between old and new go by rank alone.
    ranked = [(ent, 0, values.get((ent.start_char, ent.end_char, ent.label_)))
              for ent in existing]
    ranked += [(view.entity(start, end, c.label), c.priority, c.normalized)
               for start, end, c in new]
    priority = _POLICY.priority
    ranked.sort(reverse=True, key=lambda row: (
        row[0].end_char - row[0].start_char, priority.get(row[0].label_, 0), row[1],
        -row[0].start_char))
    kept_tokens = bytearray(len(view))
    kept: list[tuple[Ent, dict[str, Any] | None]] = []
    for ent, _extra, value in ranked:
        if kept_tokens.find(1, ent.start, ent.end) < 0:
            kept_tokens[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
            kept.append((ent, value))
    kept.sort(key=lambda row: row[0].start)
    iob[:] = [_IOB_OUTSIDE] * len(iob)  # doc.ents = kept: every other token is outside
    types[:] = [0] * len(types)
    for ent, _ in kept:
        _set_tokens(iob, types, ent.start, ent.end, strings.add(ent.label_))
    _write_entities(doc, iob, types)
    for ent, value in kept:
        values[(ent.start_char, ent.end_char, ent.label_)] = value
    return [ent for ent, _value in kept]


_POLICY = OverlapPolicy()
_IOB_INSIDE, _IOB_OUTSIDE, _IOB_BEGIN = 1, 2, 3


def _set_tokens(iob: list[int], types: list[int], start: int, end: int, label: int) -> None:
    iob[start:end] = [_IOB_BEGIN] + [_IOB_INSIDE] * (end - start - 1)
    types[start:end] = [label] * (end - start)


def _write_entities(doc: Doc, iob: list[int], types: list[int]) -> None:
    columns = numpy.frombuffer(array("Q", iob + types), dtype=numpy.uint64)
    doc.from_array([ENT_IOB, ENT_TYPE], columns.reshape(2, -1).T)
