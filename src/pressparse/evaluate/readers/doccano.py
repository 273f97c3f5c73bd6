"""doccano JSONL (sequence labeling) to and from evaluation docs.

Reads both export shapes: ``{"text", "label": [[start, end, label], ...]}`` and
``{"text", "entities": [{"start_offset", "end_offset", "label"}, ...]}``. Extra keys are
doccano metadata; a ``pressparse`` key carries ids, values and events.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..corpus import EvalDoc
from .align import LabelMap
from .common import META_KEY, RawSpan, build_doc, meta_block, text_records


def _spans(record: dict[str, Any]) -> list[RawSpan]:
    spans = []
    for entry in record.get("label") or []:
        if isinstance(entry, list) and len(entry) >= 3:
            spans.append(RawSpan(int(entry[0]), int(entry[1]), str(entry[2])))
    for entry in record.get("entities") or []:
        if isinstance(entry, dict):
            spans.append(RawSpan(int(entry["start_offset"]), int(entry["end_offset"]),
                                 str(entry["label"])))
    return spans


def read_doccano(path: Path, label_map: LabelMap) -> list[EvalDoc]:
    """Documents of a doccano JSONL export."""
    docs = []
    for number, where, record in text_records(path, "doccano"):
        doc_id = str(record.get("id", number))
        docs.append(build_doc(doc_id, record["text"], _spans(record), record.get(META_KEY),
                              label_map, where))
    label_map.warn_dropped(str(path))
    return docs


def to_doccano(docs: list[EvalDoc]) -> list[dict[str, Any]]:
    """doccano JSONL records for ``docs`` (one dict per line)."""
    return [{"id": number, "text": doc.text,
             "label": [[e.start, e.end, e.label] for e in doc.entities],
             META_KEY: meta_block(doc)}
            for number, doc in enumerate(docs, start=1)]
