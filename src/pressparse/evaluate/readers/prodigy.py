"""Prodigy JSONL with ``spans`` (ner, spans.manual) to and from evaluation docs.

Only accepted examples count (``answer`` missing or ``accept``). A span may carry its value
under ``normalized``; a top-level ``pressparse`` key carries ids and events.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..corpus import EvalDoc
from .align import LabelMap
from .common import META_KEY, RawSpan, build_doc, meta_block, text_records


def read_prodigy(path: Path, label_map: LabelMap) -> list[EvalDoc]:
    """Accepted documents of a Prodigy JSONL export (``prodigy db-out``)."""
    docs = []
    for number, where, record in text_records(path, "Prodigy"):
        if record.get("answer", "accept") != "accept":
            continue
        spans = [RawSpan(int(s["start"]), int(s["end"]), str(s["label"]), s.get("normalized"))
                 for s in record.get("spans") or [] if "label" in s]
        doc_id = str((record.get("meta") or {}).get("id", number))
        docs.append(build_doc(doc_id, record["text"], spans, record.get(META_KEY), label_map,
                              where))
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
