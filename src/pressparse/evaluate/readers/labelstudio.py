"""Label Studio JSON export (full ``JSON`` and ``JSON_MIN``) to and from evaluation docs.

Spans come from ``labels`` results; a per-region ``textarea`` result (same region ``id``)
whose text is a JSON object gives the span's normalized value, e.g. with the labeling config
``<TextArea name="normalized" toName="text" perRegion="true"/>``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from ..corpus import AnnotationError, EvalDoc
from .align import LabelMap
from .common import META_KEY, RawSpan, build_doc, meta_block


def _task_text(data: dict[str, Any], text_key: str, where: str) -> str:
    text = data.get(text_key)
    if isinstance(text, str):
        return text
    for value in data.values():
        if isinstance(value, str):
            return value
    raise AnnotationError(f"{where}: task has no text field {text_key!r}")


def _parse_value(texts: Any) -> dict[str, Any] | None:
    raw = texts[0] if isinstance(texts, list) and texts else texts
    if not isinstance(raw, str):
        return None
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def _spans_from_results(results: list[dict[str, Any]]) -> list[RawSpan]:
    values: dict[str, dict[str, Any]] = {}
    for result in results:
        if result.get("type") == "textarea" and result.get("id"):
            parsed = _parse_value(result.get("value", {}).get("text"))
            if parsed is not None:
                values[result["id"]] = parsed
    spans = []
    for result in results:
        value = result.get("value", {})
        labels = value.get("labels") or value.get("hypertextlabels")
        if result.get("type") not in (None, "labels", "hypertextlabels") or not labels:
            continue
        for label in labels:
            spans.append(RawSpan(int(value["start"]), int(value["end"]), str(label),
                                 values.get(result.get("id", ""))))
    return spans


def _annotation(task: dict[str, Any]) -> list[dict[str, Any]]:
    """The results of the last annotation that was not cancelled."""
    kept = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    return kept[-1].get("result", []) if kept else []


def read_labelstudio(path: Path, label_map: LabelMap, text_key: str = "text") -> list[EvalDoc]:
    """Documents of a Label Studio export file (a JSON list of tasks)."""
    data = orjson.loads(path.read_bytes())
    if not isinstance(data, list):
        raise AnnotationError(f"{path}: a Label Studio export is a JSON list of tasks")
    docs = []
    for number, task in enumerate(data):
        where = f"{path}[{number}]"
        if "annotations" in task or "data" in task:
            payload = task.get("data", {})
            text = _task_text(payload, text_key, where)
            spans = _spans_from_results(_annotation(task))
            meta = payload.get(META_KEY)
        else:  # JSON_MIN: the task's data fields at top level, spans under "label"
            text = _task_text(task, text_key, where)
            spans = [RawSpan(int(s["start"]), int(s["end"]), str(label))
                     for s in task.get("label") or [] for label in s.get("labels", [])]
            meta = task.get(META_KEY)
        doc_id = str(task.get("id", number))
        docs.append(build_doc(doc_id, text, spans, meta, label_map, where))
    label_map.warn_dropped(str(path))
    return docs


def to_labelstudio(docs: list[EvalDoc]) -> list[dict[str, Any]]:
    """Label Studio tasks (full export shape) carrying spans, values and events."""
    tasks = []
    for number, doc in enumerate(docs, start=1):
        results: list[dict[str, Any]] = []
        for index, ent in enumerate(doc.entities):
            region = f"r{index}"
            span = {"start": ent.start, "end": ent.end, "text": ent.text}
            results.append({"id": region, "from_name": "label", "to_name": "text",
                            "type": "labels", "origin": "manual",
                            "value": {**span, "labels": [ent.label]}})
            if ent.normalized is not None:
                results.append({"id": region, "from_name": "normalized", "to_name": "text",
                                "type": "textarea", "origin": "manual",
                                "value": {**span, "text": [orjson.dumps(ent.normalized).decode()]}})
        tasks.append({"id": number, "data": {"text": doc.text,
                                             META_KEY: meta_block(doc, with_values=False)},
                      "annotations": [{"id": number, "result": results,
                                       "was_cancelled": False}],
                      "predictions": []})
    return tasks
