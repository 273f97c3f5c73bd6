"""The process pool: same results as one process, crashed and stuck workers noticed."""

from __future__ import annotations

import os
import signal

import pytest

from pressparse.driver import extract_many
from pressparse.io.readers import from_record, from_text
from pressparse.parallel import WorkerPool, WorkersKeepDying, process_parallel
from textgen import records

TEXTS = [
    *records(30, seed=7),
    {"id": "empty", "text": ""},
    {"id": "bad", "text": 42},
    {"id": "long", "text": "On 5 May 2024 police seized 3 kg of opium. " * 3000},
]


def dumps(documents: list) -> list[dict]:
    return [d.model_dump(mode="json") for d in documents]


def test_n_process_2_identical_to_1() -> None:
    one = dumps(list(extract_many(TEXTS, n_process=1)))
    two = dumps(list(extract_many(TEXTS, n_process=2, batch_size=4)))
    assert one == two
    assert [d["id"] for d in two] == [r["id"] for r in TEXTS]


def test_workers_load_a_saved_pipeline_and_refuse_a_loaded_one(tmp_path) -> None:
    from pressparse.pipeline import shared

    nlp = shared()
    with pytest.raises(ValueError, match="model=<pipeline directory>"):
        next(extract_many(TEXTS[:2], n_process=2, nlp=nlp))
    nlp.to_disk(tmp_path / "saved")
    saved = dumps(list(extract_many(TEXTS[:6], n_process=2, model=str(tmp_path / "saved"))))
    assert saved == dumps(list(extract_many(TEXTS[:6], n_process=1)))


def test_worker_killed_mid_batch_is_detected_and_nothing_dropped() -> None:
    inputs = [from_record(r, default_id="x", source=None) for r in records(150, seed=3)]
    pool = WorkerPool(2, time_budget=30.0)
    results = []
    killed = []
    for index, document in enumerate(process_parallel(inputs, batch_size=6, pool=pool)):
        results.append(document)
        if index in (10, 70):  # two real SIGKILLs while other batches are in flight
            pid = pool.worker_pids()[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
    assert len(killed) == 2
    assert pool.rebuilds >= 2
    assert [d.id for d in results] == [d.id for d in inputs]  # none lost, none duplicated
    for document in results:
        # a retried document succeeds; one that died twice says so in its errors
        assert not document.errors or document.errors[0].stage == "worker"


def test_workers_that_cannot_start_fail_loudly(tmp_path: object,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import pressparse.parallel as parallel

    monkeypatch.setattr(parallel, "MAX_CONSECUTIVE_CRASHES", 2)
    inputs = [from_text("Talks in Minsk.", id=str(i)) for i in range(8)]
    with pytest.raises(WorkersKeepDying):
        list(process_parallel(inputs, n_process=1, batch_size=4,
                              model=f"{tmp_path}/no-such-pipeline"))


def test_stuck_batch_is_killed_and_documents_get_records(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import pressparse.parallel as parallel

    monkeypatch.setattr(parallel, "HARD_TIMEOUT_GRACE", 0.0)
    inputs = [from_text(f"Police seized {i} kg of heroin in Osh.", id=str(i)) for i in range(3)]
    # a budget far below the time a fresh worker needs to start: every task is "stuck"
    pool = WorkerPool(1, time_budget=0.001)
    results = list(process_parallel(inputs, batch_size=3, pool=pool))
    assert [d.id for d in results] == ["0", "1", "2"]
    assert all(d.errors and d.errors[0].stage == "timeout" for d in results)


def test_pool_broken_between_batches_is_rebuilt() -> None:
    """A worker that dies while idle breaks the pool before the next submit: no batch lost."""
    import time

    pool = WorkerPool(1, time_budget=30.0)
    warm = pool.submit([from_text("Talks in Minsk.", id="w")])
    assert warm.result(timeout=120)[0].id == "w"
    os.kill(pool.worker_pids()[0], signal.SIGKILL)
    deadline = time.monotonic() + 30
    while not getattr(pool.executor, "_broken", False) and time.monotonic() < deadline:
        time.sleep(0.05)
    inputs = [from_text(f"Police seized {i} kg of opium.", id=str(i)) for i in range(5)]
    results = list(process_parallel(inputs, batch_size=2, pool=pool))
    assert [d.id for d in results] == [str(i) for i in range(5)]
    assert all(not d.errors for d in results)


def test_a_worker_death_not_caused_by_the_document_does_not_fail_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Any worker's death breaks the whole pool (an idle worker's, one still starting): a
    document running alone when that happened got a 'worker' error before, though it was
    fine. It fails only when its worker dies on both of its runs alone."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    pool = WorkerPool(1, time_budget=30.0)
    real_submit = pool.submit
    broken_runs = {"ok": 1, "poison": 2}  # runs alone that find the pool broken

    def submit(batch: list) -> Future:
        if len(batch) == 1 and broken_runs.get(batch[0].id, 0) > 0:
            broken_runs[batch[0].id] -= 1
            future: Future = Future()
            future.set_exception(BrokenProcessPool("a worker died"))
            return future
        return real_submit(batch)

    monkeypatch.setattr(pool, "submit", submit)
    monkeypatch.setattr(pool, "_died_unguarded", lambda wait=1.0: False)
    inputs = [from_text("Police seized 3 kg of opium in Osh.", id=name)
              for name in ("ok", "poison", "after")]
    results = pool.retry_one_by_one(inputs)
    pool.close()
    assert [d.id for d in results] == ["ok", "poison", "after"]
    assert not results[0].errors and not results[2].errors
    assert results[1].errors[0].stage == "worker"


@pytest.mark.parametrize(("budget", "n_docs", "expected"), [
    (60.0, 1, 60.0 * 4 + 60.0),   # a document alone: 5 min of wall time, not 2
    (60.0, 8, 60.0 * 8 * 4 + 60.0),
    (None, 8, None),
])
def test_a_task_is_stuck_only_past_its_cpu_budget_at_load(budget: float | None, n_docs: int,
                                                          expected: float | None) -> None:
    """The budget counts CPU seconds; a document within it took 7x longer in wall time at
    load 12 and, alone, was killed as stuck at budget + 60 s (a timeout -n 1 never gave)."""
    pool = WorkerPool.__new__(WorkerPool)  # (no processes: only the arithmetic is checked)
    pool.time_budget = budget
    assert pool.hard_timeout(n_docs) == expected
