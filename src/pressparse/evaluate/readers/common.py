"""What all foreign-format readers share: the ``pressparse`` metadata block and doc building.

Annotation tools keep spans and labels; pressparse's normalized values and events travel in
a metadata object named ``pressparse`` (task data in Label Studio, an extra key in doccano and
Prodigy, ``user_data`` in a DocBin)::

    {"id": "...", "published": "2019-03-04",
     "values": [[start, end, label, {normalized}], ...],
     "items": [{"start": 0, "end": 812, "events": [{...Event...}]}]}

Without ``items`` the document's events count as not annotated (event scores skip it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError

from ...schema import Document, Event, Item
from ..corpus import AnnotationError, EvalDoc
from .align import LabelMap, make_entity

META_KEY = "pressparse"


@dataclass
class RawSpan:
    """A span as a foreign tool gives it, before label mapping and alignment."""

    start: int
    end: int
    label: str
    normalized: dict[str, Any] | None = None


def build_doc(doc_id: str, text: str, spans: Iterable[RawSpan], meta: Mapping[str, Any] | None,
              label_map: LabelMap, where: str) -> EvalDoc:
    """An EvalDoc from foreign spans and the optional ``pressparse`` metadata block."""
    meta = dict(meta or {})
    values = {(int(s), int(e), str(label)): value
              for s, e, label, value in meta.get("values", [])}
    entities = []
    for raw in spans:
        label = label_map(raw.label)
        if label is None:
            continue
        normalized = raw.normalized
        if normalized is None:
            normalized = values.get((raw.start, raw.end, label))
        entity = make_entity(doc_id, text, raw.start, raw.end, label, normalized)
        if entity is not None:
            entities.append(entity)
    entities.sort(key=lambda e: (e.start, e.end, e.label))
    events: list[Event] | None = None
    event_items: list[tuple[int, int]] = []
    if "items" in meta:
        events = []
        try:
            for raw_item in meta["items"]:
                item = Item.model_validate(raw_item)
                for event in item.events:
                    events.append(event)
                    event_items.append((item.start, item.end))
        except ValidationError as exc:
            raise AnnotationError(f"{where}: invalid pressparse events: {exc}") from exc
    return EvalDoc(id=str(meta.get("id") or doc_id), text=text, entities=entities,
                   events=events, event_items=event_items, published=meta.get("published"),
                   source=where)


def meta_block(doc: EvalDoc | Document, text: str | None = None,
               with_values: bool = True) -> dict[str, Any]:
    """The ``pressparse`` metadata block for writing ``doc`` into a foreign format."""
    if isinstance(doc, Document):
        doc = EvalDoc.from_document(doc, text)
    block: dict[str, Any] = {"id": doc.id, "published": doc.published}
    if with_values:
        block["values"] = [[e.start, e.end, e.label, e.normalized]
                           for e in doc.entities if e.normalized is not None]
    if doc.events is not None:
        spans = doc.event_items
        if len(spans) != len(doc.events):
            spans = [(0, len(doc.text))] * len(doc.events)
        by_item: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for event, span in zip(doc.events, spans, strict=True):
            by_item.setdefault(span, []).append(event.model_dump(mode="json", by_alias=True))
        block["items"] = [{"start": s, "end": e, "events": events}
                          for (s, e), events in by_item.items()]
    return block


def text_records(path: Path, tool: str) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """(line number, "path:line", record) for each non-blank line of an annotation tool's
    JSONL export; a line that is not an object with a string ``text`` is an error."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                raise AnnotationError(f"{where}: invalid JSON: {exc}") from exc
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise AnnotationError(f"{where}: a {tool} line needs a string 'text'")
            yield number, where, record
