"""Small builders for hand-made gold/prediction pairs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pressparse.evaluate.corpus import EvalDoc
from pressparse.schema import Entity, Event

FIXTURES = Path(__file__).parent / "fixtures"
GOLD_DIR = FIXTURES / "gold"


def ent(text: str, surface: str, label: str, value: dict[str, Any] | None = None,
        nth: int = 0, cut: tuple[int, int] = (0, 0)) -> Entity:
    """The ``nth`` occurrence of ``surface`` in ``text`` as an entity (``cut`` trims chars)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    start, end = start + cut[0], start + len(surface) - cut[1]
    return Entity(label=label, text=text[start:end], start=start, end=end, normalized=value)


def doc(text: str, entities: list[Entity], events: list[Event] | None = None,
        doc_id: str = "d1") -> EvalDoc:
    return EvalDoc(id=doc_id, text=text, entities=entities, events=events,
                   event_items=[(0, len(text))] * len(events or []))
