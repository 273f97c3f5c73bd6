"""The per-document time budget, on the main thread and on worker threads."""

from __future__ import annotations

import re
import threading
import time

import pytest

from pressparse.budget import TimeBudgetExceeded, deadline


def busy_python(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        try:
            sum(range(1000))
        except Exception:  # components' broad handlers must not swallow the budget
            continue


def run_with_budget(work, budget: float) -> tuple[bool, float]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    try:
        with deadline(budget):
            work()
    except TimeBudgetExceeded:
        return True, time.perf_counter() - started
    return False, time.perf_counter() - started


def in_thread(work, budget: float) -> tuple[bool, float]:  # type: ignore[no-untyped-def]
    result: list[tuple[bool, float]] = []
    thread = threading.Thread(target=lambda: result.append(run_with_budget(work, budget)))
    thread.start()
    thread.join(30)
    assert result, "the thread did not finish"
    return result[0]


@pytest.mark.parametrize("runner", [run_with_budget, in_thread])
def test_busy_loop_is_stopped(runner) -> None:  # type: ignore[no-untyped-def]
    timed_out, elapsed = runner(lambda: busy_python(10), 0.2)
    assert timed_out and elapsed < 2


@pytest.mark.parametrize("runner", [run_with_budget, in_thread])
def test_fast_work_is_untouched_and_nothing_fires_later(runner) -> None:  # type: ignore[no-untyped-def]
    timed_out, _ = runner(lambda: busy_python(0.05), 0.3)
    assert not timed_out
    busy_python(0.8)  # a late timer would raise here


def test_catastrophic_regex_is_stopped_on_the_main_thread() -> None:
    """re checks for signals while matching, so even (a+)+$ cannot run past the budget."""
    pattern = re.compile(r"(a+)+$")
    timed_out, elapsed = run_with_budget(lambda: pattern.match("a" * 40 + "b"), 0.3)
    assert timed_out and elapsed < 2


@pytest.mark.parametrize("budget", [None, 0, -1])
def test_no_budget(budget: float | None) -> None:
    with deadline(budget):
        busy_python(0.05)

