"""A per-document time budget enforced with a real-time interval timer (main thread only)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeBudgetExceeded(BaseException):
    """A document took longer than its time budget.

    A BaseException, so that a component's ``except Exception`` cannot swallow it; the
    timer also fires again every ``REFIRE_SECONDS`` until the block is left.
    """


REFIRE_SECONDS = 0.5


def _raise_timeout(signum: int, frame: object) -> None:
    raise TimeBudgetExceeded("document exceeded its time budget")


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise TimeBudgetExceeded in the block after ``seconds`` (no-op off the main thread)."""
    usable = (seconds is not None and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds, REFIRE_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
