"""Parallel extraction on a process pool that notices crashed workers.

spaCy's ``nlp.pipe(n_process=...)`` hangs when a worker dies and aborts the stream on one
bad text; ``concurrent.futures`` raises ``BrokenProcessPool`` instead, which we turn into a
retry of the affected documents one by one and, for a document that kills its worker
again, an error record. Order of output equals order of input.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from .io.readers import InputDoc
from .schema import Document, ErrorRecord

_worker = None


def _init_worker(time_budget: float | None) -> None:
    global _worker
    from .extract import Extractor

    _worker = Extractor(time_budget=time_budget)


def _process_batch(batch: list[InputDoc]) -> list[Document]:
    assert _worker is not None
    with _worker.nlp.memory_zone():
        return [_worker(doc) for doc in batch]


def _batches(inputs: Iterable[InputDoc], size: int) -> Iterator[list[InputDoc]]:
    iterator = iter(inputs)
    while batch := list(islice(iterator, size)):
        yield batch


def crashed(doc: InputDoc) -> Document:
    from . import __version__

    return Document(id=doc.id, source=doc.source, published=doc.published,
                    pressparse_version=__version__,
                    errors=[ErrorRecord(stage="worker", message=(
                        "the worker process died while processing this document "
                        "(killed, or out of memory); it was retried once"))])


class WorkerPool:
    """A ProcessPoolExecutor that can be rebuilt after a worker dies."""

    def __init__(self, n_process: int, time_budget: float | None) -> None:
        self.n_process = n_process
        self.time_budget = time_budget
        self.context = multiprocessing.get_context("spawn")
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n_process, mp_context=self.context,
                                   initializer=_init_worker, initargs=(self.time_budget,))

    def submit(self, batch: list[InputDoc]) -> Future[list[Document]]:
        return self.executor.submit(_process_batch, batch)

    def rebuild(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def retry_one_by_one(self, batch: list[InputDoc]) -> list[Document]:
        """Process a batch again, one document per task; crashed ones get error records."""
        results = []
        for doc in batch:
            try:
                results.extend(self.submit([doc]).result())
            except BrokenProcessPool:
                self.rebuild()
                results.append(crashed(doc))
        return results

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def process_parallel(inputs: Iterable[InputDoc], *, n_process: int = 2, batch_size: int = 32,
                     time_budget: float | None = None) -> Iterator[Document]:
    """Yield a Document per input, in input order, computed by ``n_process`` workers."""
    pool = WorkerPool(n_process, time_budget)
    pending: deque[tuple[list[InputDoc], Future[list[Document]]]] = deque()
    try:
        for batch in _batches(inputs, batch_size):
            pending.append((batch, pool.submit(batch)))
            while len(pending) >= 2 * n_process:
                yield from _collect(pool, pending)
        while pending:
            yield from _collect(pool, pending)
    finally:
        pool.close()


def _collect(pool: WorkerPool,
             pending: deque[tuple[list[InputDoc], Future[list[Document]]]]) -> list[Document]:
    batch, future = pending.popleft()
    try:
        return future.result()
    except BrokenProcessPool:
        # Every in-flight batch is lost with the pool: redo them all, in order.
        lost = [batch] + [queued for queued, _ in pending]
        pending.clear()
        pool.rebuild()
        first = pool.retry_one_by_one(lost[0])
        for queued in lost[1:]:
            pending.append((queued, pool.submit(queued)))
        return first
