"""The per-document time budget, on the main thread and on worker threads."""

from __future__ import annotations

import re
import threading
import time

import pytest

from pressparse.budget import (
    LONG_RUN_CHARS,
    RUN_PIECE_CHARS,
    TimeBudgetExceeded,
    deadline,
    run_cuts,
)


def busy_python(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        try:
            sum(range(1000))
        except Exception:  # components' broad handlers must not swallow the budget
            continue


def run_with_budget(work, budget: float) -> tuple[bool, float]:  # type: ignore[no-untyped-def]
    """Whether ``work`` ran out of ``budget``, and the CPU seconds it was given (the main
    thread's budget is CPU time: wall time on a loaded machine says nothing)."""
    started = time.process_time()
    try:
        with deadline(budget):
            work()
    except TimeBudgetExceeded:
        return True, time.process_time() - started
    return False, time.process_time() - started


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



RELEASE = ("ASTANA, 4 March 2024 -- Officers of the Border Service of Kazakhstan found 12 kg "
           "of heroin in a lorry at the Korday checkpoint. ")


@pytest.mark.parametrize(("text", "cut"), [
    (RELEASE, False),
    ("", False),
    ("x" * (LONG_RUN_CHARS - 1), False),
    ("," * 20_000, True),                     # 113 s in spaCy's tokenizer as one run
    ('"' * 10_000, True),                     # 29 s
    ("([" * 5_000, True),                     # 33 s
    ("\U0001f600" * 5_000, True),             # 9 s
    (RELEASE + "," * 3_000 + "\n" + RELEASE + "http://x.org/" + "a" * 400 + " end.", True),
])
def test_make_doc_tokenizes_long_runs_in_pieces(text: str, cut: bool) -> None:
    """Whitespace-free runs of thousands of commas, quotes, brackets or emoji took spaCy's
    tokenizer 9-113 s each (quadratic affix splitting, in C code the time budget cannot
    interrupt on a worker thread); make_doc hands it no run of LONG_RUN_CHARS or more, and
    the Doc's text (the offsets) is the text exactly. Ordinary text is tokenized as one."""
    from pressparse.budget import make_doc
    from pressparse.pipeline import shared

    nlp = shared()
    pieces: list[str] = []

    class Spy:
        def make_doc(self, piece: str):  # type: ignore[no-untyped-def]
            pieces.append(piece)
            return nlp.make_doc(piece)

    doc = make_doc(Spy(), text)  # type: ignore[arg-type]
    assert doc.text == text
    assert "".join(token.text_with_ws for token in doc) == text
    assert (len(pieces) > 1) is cut
    assert max((len(run) for piece in pieces for run in piece.split()), default=0) \
        < LONG_RUN_CHARS
    if not cut:
        assert [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]
    else:  # the text around the runs is tokenized as before
        assert [t.text for t in doc if t.text in {"ASTANA", "12", "kg", "heroin"}] == \
            ["ASTANA", "12", "kg", "heroin"] * text.count("ASTANA")


def test_run_cuts_only_inside_long_runs() -> None:
    text = "a " + "," * 300 + " b " + "y" * 100
    assert run_cuts(text) == [2 + RUN_PIECE_CHARS, 2 + 2 * RUN_PIECE_CHARS]
    assert run_cuts(RELEASE * 100) == []


@pytest.mark.parametrize(("work", "timed_out"), [
    (lambda: time.sleep(0.6), False),   # waiting (a busy machine's other jobs): no CPU spent
    (lambda: busy_python(10), True),    # the document's own work
])
def test_the_main_threads_budget_counts_cpu_time_not_the_machines_load(work, timed_out: bool
                                                                       ) -> None:  # type: ignore[no-untyped-def]
    """On a loaded machine a document needing 8 s of CPU took 55 s of wall time and failed
    a 60 s budget in one run but not in the other (-n 2 differed from -n 1): the budget is
    the document's CPU seconds. A wait stands in for the other jobs' share of the CPU."""
    assert run_with_budget(work, 0.2)[0] is timed_out
