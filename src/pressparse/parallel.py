"""Parallel extraction on a process pool that notices crashed and stuck workers.

spaCy's ``nlp.pipe(n_process=...)`` hangs when a worker dies and aborts the stream on one
bad text; ``concurrent.futures`` raises ``BrokenProcessPool`` instead, which we turn into a
retry of the affected documents one by one and, for a document that kills its worker
again, an error record. A batch that outlives its hard deadline (a worker stuck in C code
the time budget cannot interrupt) has its workers killed and is treated the same way.
Order of output equals order of input; no document is ever dropped: when workers keep
dying on documents in a row (a broken installation, not a bad document), the run stops
with ``WorkersKeepDying`` instead of writing error records for everything.

Workers exit when the parent process dies, even by SIGKILL (they would otherwise stay as
~200 MB orphans): on Linux through ``PR_SET_PDEATHSIG``, everywhere through a thread that
waits on the pipe from the parent. A script that starts the pool without the
``if __name__ == "__main__":`` guard (every spawned worker re-runs it) fails once with
``MainModuleNotGuarded`` instead of an error record per document.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from itertools import islice
from typing import TYPE_CHECKING

from .io.readers import InputDoc
from .schema import Document, ErrorRecord

if TYPE_CHECKING:
    from spacy.language import Language

# Wall-clock grace on top of the per-document time budget before a worker is killed.
HARD_TIMEOUT_GRACE = 60.0
# The budget counts a worker's CPU seconds (see budget.deadline), which take this many
# times longer in wall time on a loaded machine (2 cores at load 8) before a task whose
# documents all stay within budget is taken for stuck in C code and killed.
HARD_TIMEOUT_LOAD = 4.0
# Times a document runs alone after its batch's worker died before it gets a worker error.
ATTEMPTS_ALONE = 2
# This many worker deaths in a row (no document done in between: five documents that each
# kill their worker whenever they run) means the workers, not the documents, are broken.
MAX_CONSECUTIVE_CRASHES = 5 * ATTEMPTS_ALONE

# Whether workers ask Linux to SIGKILL them when their parent dies (the pipe watch runs
# regardless; tests turn this off to check the watch alone).
PDEATHSIG = True
PR_SET_PDEATHSIG = 1
# Seconds between parent checks where no pipe to the parent is known.
PARENT_POLL_SECONDS = 0.5
# Exit status of a spawned worker that found itself re-running an unguarded main script.
UNGUARDED_MAIN_EXIT = 86

_worker = None


class WorkersKeepDying(RuntimeError):
    """Worker processes die on every document: stop rather than mark all as failed."""


class MainModuleNotGuarded(WorkersKeepDying):
    """The script starting the pool runs it at import time, so every worker re-runs it."""

    def __init__(self, script: str | None = None) -> None:
        where = f" in {script}" if script else ""
        super().__init__(
            f"the worker processes could not start: the call to extract_many(n_process > 1)"
            f"{where} is not under 'if __name__ == \"__main__\":', so every worker process "
            "re-runs the script instead of working. Put the call (or a main() that makes it) "
            "under that guard, or use n_process=1")


def quiet_resource_tracker() -> None:
    """Start multiprocessing's resource tracker (if not running) with stderr on /dev/null.

    The pool's queues use named semaphores, which the tracker process unlinks when their
    owner died without doing so. After a SIGKILL of the parent it does, and then printed
    "resource_tracker: There appear to be 5 leaked semaphore objects" into the killed run's
    terminal: noise about a clean-up that worked. Its only other messages are of the same
    kind (nothing the run's output depends on).
    """
    if not hasattr(os, "fork"):  # pragma: no cover - Windows has no resource tracker
        return
    from multiprocessing import resource_tracker

    if getattr(resource_tracker._resource_tracker, "_fd", None) is not None:
        return  # already running (started by other multiprocessing code in this process)
    with suppress(AttributeError, OSError, ValueError):
        sys.stderr.flush()
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)  # the tracker is started with this process's fd 2 passed on
        resource_tracker.ensure_running()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def _bootstrapping_worker() -> bool:
    """True in a spawned child that is still importing the parent's main module."""
    return bool(getattr(multiprocessing.current_process(), "_inheriting", False))


def _set_pdeathsig() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent_pid: int) -> None:
    """Block until the parent process is gone, then end this process at once."""
    parent = multiprocessing.parent_process()
    if parent is not None and parent.sentinel is not None:
        # The sentinel is the pipe from the parent: it reads EOF once the parent is gone.
        multiprocessing.connection.wait([parent.sentinel])
    else:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


def exit_with_parent(parent_pid: int, use_pdeathsig: bool = True) -> None:
    """Make this worker exit when process ``parent_pid`` (its parent) dies, busy or idle."""
    if use_pdeathsig and _set_pdeathsig() and os.getppid() != parent_pid:
        os._exit(1)  # the parent died before the request was made
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True,
                     name="pressparse-parent-watch").start()


def _init_worker(time_budget: float | None, model: str | None, parent_pid: int | None = None,
                 use_pdeathsig: bool = True) -> None:
    global _worker
    if parent_pid is not None:
        exit_with_parent(parent_pid, use_pdeathsig)
    from .driver import Extractor, freeze_loaded_heap

    _worker = Extractor(time_budget=time_budget, model=model)
    freeze_loaded_heap()


class MemoryZones:
    """When to wrap work in ``nlp.memory_zone()``.

    The first ``warm_docs`` documents of a process run outside any zone, so the words they
    share with later documents (function words, names, units) become permanent lexemes:
    inside a zone every new word is rebuilt per zone, which makes tokenizing up to 8x
    slower. Later documents run in zones, which keeps the string store flat.
    """

    def __init__(self, warm_docs: int = 200) -> None:
        self.warm_left = warm_docs

    def zone(self, nlp: Language, n_docs: int = 1) -> AbstractContextManager[object]:
        if self.warm_left > 0:
            self.warm_left -= n_docs
            return nullcontext()
        return nlp.memory_zone()


_zones = MemoryZones()


def _process_batch(batch: list[InputDoc]) -> list[Document]:
    assert _worker is not None
    with _zones.zone(_worker.nlp, len(batch)):
        return [_worker(doc) for doc in batch]


def _batches(inputs: Iterable[InputDoc], size: int) -> Iterator[list[InputDoc]]:
    iterator = iter(inputs)
    while batch := list(islice(iterator, size)):
        yield batch


def failed(doc: InputDoc, stage: str, message: str) -> Document:
    """A Document for an input the workers could not process."""
    from . import __version__

    return Document(id=doc.id, source=doc.source, published=doc.published,
                    pressparse_version=__version__, encoding=doc.encoding,
                    errors=[ErrorRecord(stage=stage, message=message)])


def crashed(doc: InputDoc) -> Document:
    return failed(doc, "worker", "the worker process died while processing this document "
                                 "(killed, or out of memory), also when it ran alone")


@contextmanager
def _children_ignore_ctrl_c() -> Iterator[None]:
    """Processes started in the block never see SIGINT: it is blocked while they start, and
    a spawned process keeps the signal mask it inherits. Ctrl-C reaches the whole process
    group, and workers caught while importing or loading printed a KeyboardInterrupt
    traceback each; the parent alone handles it (a Ctrl-C during the block is delivered to
    it right after) and ends them (``WorkerPool.terminate``; they also exit with it)."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class WorkerPool:
    """A ProcessPoolExecutor that can be rebuilt after a worker dies or hangs."""

    def __init__(self, n_process: int, time_budget: float | None,
                 model: str | None = None) -> None:
        if _bootstrapping_worker():
            # A spawned worker importing an unguarded main script got here: leave quietly
            # with a status the parent recognizes, instead of starting a pool of its own.
            raise SystemExit(UNGUARDED_MAIN_EXIT)
        self.n_process = n_process
        self.time_budget = time_budget
        self.model = model
        self.context = multiprocessing.get_context("spawn")
        quiet_resource_tracker()
        self.consecutive_crashes = 0
        self.rebuilds = 0
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        # PR_SET_PDEATHSIG fires when the *thread* that started the worker ends: ask for it
        # only from the main thread (workers start in the thread that submits the first
        # batch, which is this one); the pipe watch covers the other cases.
        pdeathsig = PDEATHSIG and threading.current_thread() is threading.main_thread()
        return ProcessPoolExecutor(self.n_process, mp_context=self.context,
                                   initializer=_init_worker,
                                   initargs=(self.time_budget, self.model, os.getpid(),
                                             pdeathsig))

    def hard_timeout(self, n_docs: int) -> float | None:
        """Seconds after which a task of ``n_docs`` documents is declared stuck."""
        if not self.time_budget:
            return None
        return self.time_budget * n_docs * HARD_TIMEOUT_LOAD + HARD_TIMEOUT_GRACE

    def worker_pids(self) -> list[int]:
        processes = getattr(self.executor, "_processes", None) or {}
        return [process.pid for process in processes.values() if process.pid]

    def submit(self, batch: list[InputDoc]) -> Future[list[Document]]:
        """A future for the batch; one already failed when the pool broke before it."""
        try:
            with _children_ignore_ctrl_c():  # (workers are started by submit)
                return self.executor.submit(_process_batch, batch)
        except BrokenProcessPool as exc:  # a worker died since the last result was read
            failed_future: Future[list[Document]] = Future()
            failed_future.set_exception(exc)
            return failed_future

    def _died_unguarded(self, wait: float = 1.0) -> bool:
        """Whether a worker of the broken pool exited re-running an unguarded main script."""
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        deadline = time.monotonic() + wait
        while True:
            # exitcode can read None for a moment while the pool's thread reaps the process
            codes = [process.exitcode for process in processes]
            if UNGUARDED_MAIN_EXIT in codes:
                return True
            if None not in codes or time.monotonic() > deadline:
                return False
            time.sleep(0.02)

    def rebuild(self, broken: bool = True) -> None:
        """Kill what is left of the current pool and start a fresh one.

        After a broken pool (``broken``), raises ``MainModuleNotGuarded`` when a worker
        died re-running an unguarded script: no document can succeed then.
        """
        if broken and self._died_unguarded():
            self.executor.shutdown(wait=False, cancel_futures=True)
            main = sys.modules.get("__main__")
            raise MainModuleNotGuarded(getattr(main, "__file__", None)) from None
        processes = getattr(self.executor, "_processes", None) or {}
        for process in list(processes.values()):
            if process.is_alive():
                process.kill()
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.rebuilds += 1
        self.executor = self._new()

    def retry_one_by_one(self, batch: list[InputDoc]) -> list[Document]:
        """Process a batch again, one document per task; crashed ones get error records."""
        return [self._run_alone(doc) for doc in batch]

    def _run_alone(self, doc: InputDoc) -> Document:
        """One document as the only task in flight, up to ``ATTEMPTS_ALONE`` times.

        Any worker's death breaks the whole pool, also an idle one's or one still starting
        (killed by hand or by the OOM killer): a single crash alone does not prove that
        this document killed its worker, so it gets an error only after the second.
        """
        for _attempt in range(ATTEMPTS_ALONE):
            try:
                documents = self.submit([doc]).result(timeout=self.hard_timeout(1))
                self.consecutive_crashes = 0
                return documents[0]
            except BrokenProcessPool:
                self._count_crash()
                self.rebuild()
            except TimeoutError:
                self.rebuild(broken=False)
                return failed(doc, "timeout", "the worker was stuck on this document past its "
                                              "time budget and was killed")
            except Exception as exc:  # e.g. a result that cannot be sent back
                return failed(doc, "worker", f"{type(exc).__name__}: {exc}")
        return crashed(doc)  # its worker died on every run alone

    def _count_crash(self) -> None:
        self.consecutive_crashes += 1
        if self.consecutive_crashes >= MAX_CONSECUTIVE_CRASHES:
            raise WorkersKeepDying(
                f"worker processes died {self.consecutive_crashes} times in a row; "
                "the pipeline probably cannot load in a worker (run with --n-process 1 "
                "to see the error)")

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def terminate(self) -> None:
        """Kill the workers now, without waiting for their batches (Ctrl-C, an error, or
        a consumer that stopped reading): nothing they would return is wanted any more."""
        processes = getattr(self.executor, "_processes", None) or {}
        for process in list(processes.values()):
            if process.is_alive():
                process.kill()
        self.executor.shutdown(wait=False, cancel_futures=True)


Pending = deque[tuple[list[InputDoc], Future[list[Document]]]]


def process_parallel(inputs: Iterable[InputDoc], *, n_process: int = 2, batch_size: int = 32,
                     time_budget: float | None = None, model: str | None = None,
                     pool: WorkerPool | None = None) -> Iterator[Document]:
    """Yield a Document per input, in input order, computed by ``n_process`` workers.

    ``model`` is a pipeline directory (default: the bundled one), loaded once per worker.
    """
    pool = pool or WorkerPool(n_process, time_budget, model)
    pending: Pending = deque()
    finished = False
    try:
        for batch in _batches(inputs, batch_size):
            pending.append((batch, pool.submit(batch)))
            while len(pending) >= 2 * pool.n_process:
                yield from _collect(pool, pending)
        while pending:
            yield from _collect(pool, pending)
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # (Ctrl-C used to wait here for every batch in flight)
            pool.terminate()


def _collect(pool: WorkerPool, pending: Pending) -> list[Document]:
    batch, future = pending.popleft()
    try:
        documents = future.result(timeout=pool.hard_timeout(len(batch)))
        pool.consecutive_crashes = 0
        return documents
    except (BrokenProcessPool, TimeoutError) as exc:
        # Every in-flight batch is lost with the pool: redo them all, in order.
        lost = [batch] + [queued for queued, _ in pending]
        pending.clear()
        pool.rebuild(broken=isinstance(exc, BrokenProcessPool))
        first = pool.retry_one_by_one(lost[0])
        for queued in lost[1:]:
            pending.append((queued, pool.submit(queued)))
        return first
    except Exception:  # the pool still works; only this batch's result failed
        return pool.retry_one_by_one(batch)
