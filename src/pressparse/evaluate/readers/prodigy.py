"""Prodigy JSONL with ``spans`` (ner, spans.manual) to and from evaluation docs.

Only accepted examples count (``answer`` missing or ``accept``). A span may carry its value
under ``normalized``; a top-level ``pressparse`` key carries ids and events.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from ..corpus import AnnotationError, EvalDoc
from .align import LabelMap
from .common import META_KEY, RawSpan, build_doc, meta_block


def read_prodigy(path: Path, label_map: LabelMap) -> list[EvalDoc]:
    """Accepted documents of a Prodigy JSONL export (``prodigy db-out``)."""
    docs = []
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
                raise AnnotationError(f"{where}: a Prodigy example needs a string 'text'")
            if record.get("answer", "accept") != "accept":
                continue
            spans = [RawSpan(int(s["start"]), int(s["end"]), str(s["label"]),
                             s.get("normalized"))
                     for s in record.get("spans") or [] if "label" in s]
            meta = record.get(META_KEY)
            doc_id = str((record.get("meta") or {}).get("id", number))
            docs.append(build_doc(doc_id, record["text"], spans, meta, label_map, where))
    label_map.warn_dropped(str(path))
    return docs


def to_prodigy(docs: list[EvalDoc]) -> list[dict[str, Any]]:
    """Prodigy examples for ``docs`` (one dict per line)."""
    return [{"text": doc.text, "meta": {"id": doc.id},
             "spans": [{"start": e.start, "end": e.end, "label": e.label,
                        **({"normalized": e.normalized} if e.normalized is not None else {})}
                       for e in doc.entities],
             "answer": "accept", META_KEY: meta_block(doc, with_values=False)}
            for doc in docs]
