"""Process one partition of records with a pipeline loaded once per worker process.

Usable as is from Dask (``bag.map_partitions(process_partition)``), Spark
(``rdd.mapPartitions(process_partition)``) and Ray Data (``map_batches`` through
``process_batch``). Every record yields exactly one output dict (a Document as JSON-ready
data, strict JSON), with an ``errors`` entry when it could not be processed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..driver import freeze_loaded_heap
from ..io.readers import InputDoc, from_record
from ..io.writer import ensure_finite
from ..parallel import MemoryZones
from ..schema import Document

MEMORY_ZONE_DOCS = 64  # documents processed per spaCy memory zone

_lock = threading.Lock()
_zones = MemoryZones()
_extractors: dict[tuple[str | None, float | None], Any] = {}


def _extractor(model: str | None, time_budget: float | None) -> Any:
    """One Extractor per process (and model), created on first use."""
    key = (model, time_budget)
    with _lock:
        if key not in _extractors:
            from ..driver import Extractor

            _extractors[key] = Extractor(time_budget=time_budget, model=model)
            freeze_loaded_heap()
        return _extractors[key]


def _as_input(record: dict[str, Any] | InputDoc, index: int) -> InputDoc:
    if isinstance(record, InputDoc):
        return record
    return from_record(record, default_id=str(index), source=None)


def process_inputs(inputs: Iterable[InputDoc], *, model: str | None = None,
                   time_budget: float | None = 60.0) -> Iterator[Document]:
    """Documents for InputDocs, in order, flushing spaCy's string store every few docs."""
    extractor = _extractor(model, time_budget)
    batch: list[InputDoc] = []

    def run(pending: list[InputDoc]) -> list[Document]:
        # Threads of one worker share the pipeline: memory zones must not interleave.
        with _lock, _zones.zone(extractor.nlp, len(pending)):
            return [extractor(doc) for doc in pending]

    for doc in inputs:
        batch.append(doc)
        if len(batch) >= MEMORY_ZONE_DOCS:
            yield from run(batch)
            batch = []
    if batch:
        yield from run(batch)


def process_partition(records: Iterable[dict[str, Any]], *,
                      model: str | Path | None = None,
                      time_budget: float | None = 60.0) -> Iterator[dict[str, Any]]:
    """Output dicts (one per record, same order) for ``{"id", "text", ...}`` records.

    >>> list(process_partition([{"id": "a", "text": "Talks in Minsk on 3 May 2024."}]))[0]["id"]
    'a'
    """
    inputs = (_as_input(record, index) for index, record in enumerate(records))
    for document in process_inputs(inputs, model=model, time_budget=time_budget):
        yield ensure_finite(document).model_dump(mode="json", by_alias=True)


def process_batch(batch: dict[str, list[Any]], *, model: str | None = None,
                  time_budget: float | None = 60.0) -> dict[str, list[Any]]:
    """Ray Data ``map_batches`` form: columns ``id``/``text`` in, column ``document`` out.

    The document is given as a JSON string so the batch stays a flat table.
    """
    import orjson

    ids, texts = list(batch["id"]), list(batch["text"])
    records = [{"id": str(doc_id), "text": text} for doc_id, text in zip(ids, texts, strict=True)]
    documents = process_partition(records, model=model, time_budget=time_budget)
    return {"id": [str(doc_id) for doc_id in ids],
            "document": [orjson.dumps(document).decode() for document in documents]}
