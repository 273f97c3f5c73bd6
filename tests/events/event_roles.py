"""The roles check the role tables share (imported by name as ``event_roles``): each event's
type, organizers and participants in a text's output."""

from __future__ import annotations

import pressparse

Roles = tuple[str, list[str], list[str]]  # (type, organizers, participants)


def roles_of(text: str) -> list[Roles]:
    """Each event's type and the texts of its organizers and participants, in output order."""
    doc = pressparse.extract(text, id="t", published="2026-11-20")
    return [(e.type, [m.text for m in e.organizers], [m.text for m in e.participants])
            for item in doc.items for e in item.events]
