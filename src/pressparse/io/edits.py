"""Edits of a text's reading: spans of the original that read as other strings."""

from __future__ import annotations

from typing import NamedTuple


class Edit(NamedTuple):
    """``original[start:end]`` reads as ``text`` (empty: it reads as nothing)."""

    start: int
    end: int
    text: str


def line_span(start: int, line: str) -> tuple[int, int]:
    """Span of ``line`` (written at ``start``) without the spaces around it."""
    return start + len(line) - len(line.lstrip()), start + len(line.rstrip())


def disjoint(edits: list[Edit]) -> list[Edit]:
    """The edits in order, each one that overlaps an earlier one left out."""
    kept: list[Edit] = []
    for edit in sorted(edits):
        if kept and edit.start < kept[-1].end:
            continue
        kept.append(edit)
    return kept


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, list[int], list[int]]:
    """The text as the edits read it, with the original start and end of each character."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for edit in edits:
        parts.append(text[at:edit.start])
        starts.extend(range(at, edit.start))
        ends.extend(range(at + 1, edit.start + 1))
        parts.append(edit.text)
        starts.extend([edit.start] * len(edit.text))
        ends.extend([edit.end] * len(edit.text))
        at = edit.end
    parts.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return "".join(parts), starts, ends
