"""Kill -9 a real `pressparse extract` run at random moments, resume: every doc exactly once.

CI runs 3 kills of a 600-document run. The longer run of the issue (10 kills of a
3,000-document run) is: PRESSPARSE_LONG_TESTS=1 pytest tests/test_resume.py
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from textgen import records

LONG = os.environ.get("PRESSPARSE_LONG_TESTS") == "1"
CLI = [sys.executable, "-c", "from pressparse.cli import app; app()"]


def count_lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(1 for _ in handle)
    except FileNotFoundError:
        return 0


def start(inputs: Path, out: Path, n_process: int, resume: bool) -> subprocess.Popen:
    args = [*CLI, "extract", str(inputs), "-o", str(out), "-q", "-n", str(n_process),
            "--batch-size", "8"]
    if resume:
        args.append("--resume")
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def kill_group(process: subprocess.Popen) -> None:
    """SIGKILL the run and any worker it started (as the OOM killer or a reboot would)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.parametrize(("documents", "kills"), [(3000, 10) if LONG else (600, 3)])
def test_sigkill_then_resume_loses_and_duplicates_nothing(tmp_path: Path, documents: int,
                                                          kills: int) -> None:
    rng = random.Random(2024)
    data = records(documents, seed=11)
    data[5]["id"] = data[6]["id"]  # a duplicate id too: renamed deterministically
    inputs = tmp_path / "in.jsonl"
    inputs.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in data))
    out = tmp_path / "out.jsonl"
    partial = out.with_name(out.name + ".partial")
    landed = 0
    for round_ in range(kills):
        process = start(inputs, out, n_process=2 if round_ % 3 == 2 else 1,
                        resume=round_ > 0)
        done = count_lines(partial)
        target = done + rng.randint(1, max(2, (documents - done) // (kills - round_ + 1)))
        deadline = time.monotonic() + 120
        while count_lines(partial) < target and process.poll() is None:
            assert time.monotonic() < deadline, "the run made no progress"
            time.sleep(0.005)
        time.sleep(rng.random() * 0.05)  # anywhere: mid-write, mid-batch, at a fsync
        if process.poll() is None:
            landed += 1
        kill_group(process)
    assert landed >= kills - 1, "kills should land while the run is still going"
    final = start(inputs, out, n_process=1, resume=True)
    _, stderr = final.communicate(timeout=600)
    assert final.returncode in (0, 1), stderr.decode()[-2000:]  # 1: some documents have errors
    assert not partial.exists()
    ids = [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()]
    expected = [r["id"] for r in data]
    expected[6] = f"{expected[6]}~1"
    assert len(ids) == len(set(ids)), "duplicated documents"
    assert set(ids) == set(expected), "lost documents"


def test_disk_full_gives_exit_3_and_resume_completes(tmp_path: Path) -> None:
    """A file-size limit stands in for a full disk: clear error, then --resume finishes."""
    import resource

    data = records(150, seed=5)
    inputs = tmp_path / "in.jsonl"
    inputs.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in data))
    out = tmp_path / "out.jsonl"

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))

    full = subprocess.run([*CLI, "extract", str(inputs), "-o", str(out), "-q"],
                          capture_output=True, timeout=300, preexec_fn=small_disk)
    assert full.returncode == 3, full.stderr.decode()[-2000:]
    assert b"--resume" in full.stderr
    assert not out.exists() and out.with_name("out.jsonl.partial").exists()
    resumed = subprocess.run([*CLI, "extract", str(inputs), "-o", str(out), "-q", "--resume"],
                             capture_output=True, timeout=300)
    assert resumed.returncode in (0, 1), resumed.stderr.decode()[-2000:]  # 1: some doc errors
    ids = [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()]
    assert sorted(ids) == sorted(r["id"] for r in data)


WRITER_HOLDING = """
import sys
from pressparse.io.writer import JsonlWriter
from pressparse.schema import Document
writer = JsonlWriter(__import__("pathlib").Path(sys.argv[1]))
writer.write(Document(id="r0", pressparse_version="test"))
print("writing", flush=True)
sys.stdin.read()  # keeps the output open, as a run whose wrapper alone was killed
"""


def test_resume_refuses_while_a_killed_runs_writer_lives_then_completes(tmp_path: Path) -> None:
    """A kill that reaches a wrapper (sh, make, timeout) but not the writer leaves it
    appending: a resume started then must refuse (exit 2, partial untouched) rather than
    write what the writer is still writing a second time; once the writer is SIGKILLed the
    kernel drops its lock and the resume completes, every document exactly once."""
    data = [{"id": f"r{i}", "text": f"Police in Osh seized {i} kg of opium on 1 June."}
            for i in range(12)]
    inputs = tmp_path / "in.jsonl"
    inputs.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in data))
    out = tmp_path / "out.jsonl"
    partial = out.with_name(out.name + ".partial")
    holder = subprocess.Popen([sys.executable, "-c", WRITER_HOLDING, str(out)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"writing\n"
        refused = subprocess.run([*CLI, "extract", str(inputs), "-o", str(out), "-q",
                                  "--resume"], capture_output=True, timeout=300)
        assert refused.returncode == 2, refused.stderr.decode()[-2000:]
        assert b"still writing" in refused.stderr
        assert count_lines(partial) == 1 and not out.exists()
    finally:
        holder.kill()
        holder.wait(timeout=30)
    resumed = subprocess.run([*CLI, "extract", str(inputs), "-o", str(out), "-q", "--resume"],
                             capture_output=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr.decode()[-2000:]
    ids = [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()]
    assert sorted(ids) == sorted(r["id"] for r in data)
