"""A per-document time budget that works on the main thread and on worker threads, and a
tokenizer call whose time does not grow with the square of a run's length (``make_doc``).

On the main thread a CPU-time interval timer (SIGPROF: the process's CPU seconds, so a
busy machine does not fail documents) raises in the block; on other threads (Dask and Ray
workers, web servers) a wall-clock timer thread raises the exception asynchronously in the
worker thread (``PyThreadState_SetAsyncExc``). Both are delivered
between Python bytecodes (including inside ``re`` matching, which checks for signals), and
fire again every ``REFIRE_SECONDS`` until the block is left.
"""

from __future__ import annotations

import ctypes
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


class TimeBudgetExceeded(BaseException):
    """A document took longer than its time budget.

    A BaseException, so that a component's ``except Exception`` cannot swallow it.
    """


REFIRE_SECONDS = 0.5


def _raise_timeout(signum: int, frame: object) -> None:
    raise TimeBudgetExceeded("document exceeded its time budget")


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise TimeBudgetExceeded in the block after ``seconds`` (None or <= 0: no limit)."""
    if seconds is None or seconds <= 0:
        yield
        return
    if (threading.current_thread() is threading.main_thread()
            and hasattr(signal, "setitimer") and hasattr(signal, "SIGPROF")):
        with _alarm(seconds):
            yield
    else:
        with _thread_timer(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """The budget on the main thread, in CPU seconds of this process (``ITIMER_PROF``).

    Wall-clock seconds (``ITIMER_REAL``, until session 19) made a document's fate depend on
    the machine's load: on a shared 2-core machine at load 12 a 3,000-item dump needing 8 s
    of CPU took 55 s and failed a 60 s budget in one run and passed in the other, so
    ``-n 2`` could differ from ``-n 1``. CPU time is what the document itself costs.
    """
    previous = signal.signal(signal.SIGPROF, _raise_timeout)
    signal.setitimer(signal.ITIMER_PROF, seconds, REFIRE_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


class _AsyncRaiser:
    """Raises TimeBudgetExceeded in one thread from a timer thread, until stopped."""

    def __init__(self, seconds: float) -> None:
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.active = True
        self.timer = self._schedule(seconds)

    def _schedule(self, seconds: float) -> threading.Timer:
        timer = threading.Timer(seconds, self._fire)
        timer.daemon = True
        timer.start()
        return timer

    def _fire(self) -> None:
        with self.lock:
            if not self.active:
                return
            ctypes.pythonapi.PyThreadState_SetAsyncExc(
                ctypes.c_ulong(self.thread_id), ctypes.py_object(TimeBudgetExceeded))
            self.timer = self._schedule(REFIRE_SECONDS)

    def stop(self) -> None:
        # Never "clear" with PyThreadState_SetAsyncExc(id, NULL): on CPython 3.11 that leaves
        # the interpreter's eval breaker set for good and slows every thread down 10x.
        with self.lock:
            self.active = False
            self.timer.cancel()


def _checkpoint() -> None:
    """A Python call: an asynchronous exception still pending is delivered on entry."""


@contextmanager
def _thread_timer(seconds: float) -> Iterator[None]:
    raiser = _AsyncRaiser(seconds)
    try:
        yield
    finally:
        timed_out = False
        while True:  # an exception fired just before stop() lands here, not after the block
            try:
                raiser.stop()
                _checkpoint()
                break
            except TimeBudgetExceeded:
                timed_out = True
        if timed_out:
            raise TimeBudgetExceeded("document exceeded its time budget")


# spaCy's tokenizer splits prefixes and suffixes off a whitespace-free run one at a time,
# searching the rest of the run each time: its work grows with the square of the run's
# length (20,000 commas in a row: about 2 minutes, in C code). Runs this long are tokenized
# in pieces of RUN_PIECE_CHARS (20,000 commas: under a second); no real word, number or
# name is this long, and the samples' longest run is under 150 characters.
LONG_RUN_CHARS = 256
RUN_PIECE_CHARS = 128
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN_CHARS},}}")


def run_cuts(text: str) -> list[int]:
    """Offsets at which to cut ``text`` for tokenizing: every ``RUN_PIECE_CHARS`` characters
    inside each whitespace-free run of at least ``LONG_RUN_CHARS`` (none for ordinary text)."""
    cuts: list[int] = []
    for run in _LONG_RUN.finditer(text):
        cuts.extend(range(run.start() + RUN_PIECE_CHARS, run.end(), RUN_PIECE_CHARS))
    return cuts


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` with a bounded tokenizer time: long whitespace-free runs are
    tokenized in pieces (see ``run_cuts``) and the pieces joined into one Doc.

    The Doc's text is ``text`` exactly (offsets hold; the pieces are only tokenized apart);
    for text without such runs this is ``nlp.make_doc(text)`` itself.
    """
    cuts = run_cuts(text)
    if not cuts:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    bounds = [0, *cuts, len(text)]
    pieces = [nlp.make_doc(text[start:end]) for start, end in pairwise(bounds)]
    return Doc.from_docs(pieces, ensure_whitespace=False)
