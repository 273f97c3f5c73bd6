"""The pool's workers end with their parent, and an unguarded script gets one clear error."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                reason="reads the process table from /proc")

# A run of -n 2 that never ends by itself: prints one line per document, flushed.
RUN = """
import itertools, sys, time
import pressparse.parallel as parallel
from pressparse import extract_many

parallel.PDEATHSIG = {pdeathsig}
docs = ({{"id": f"d{{i}}", "text": f"On 5 May 2024 police seized {{i}} kg of opium in Almaty."}}
        for i in itertools.count())
if __name__ == "__main__":
    for document in extract_many(docs, n_process=2, batch_size=1):
        print(document.id, flush=True)
        if {idle}:
            time.sleep(600)  # the parent stops reading: the workers finish and wait idle
"""


def children(pid: int) -> list[int]:
    """Live (not zombie) processes whose parent is ``pid``."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@linux_only
@pytest.mark.slow  # four real -n 2 runs, about 25 s
@pytest.mark.parametrize(("pdeathsig", "idle"), [
    (True, False),   # Linux: PR_SET_PDEATHSIG while the workers are busy
    (False, False),  # the pipe watch alone (other platforms, pools started off the main thread)
    (False, True),   # the pipe watch alone, workers idle waiting for the next task
    (True, True),
])
def test_workers_exit_when_the_parent_is_sigkilled(tmp_path: Path, pdeathsig: bool,
                                                   idle: bool) -> None:
    """... and the resource tracker cleans up after them without a word on stderr."""
    script = tmp_path / "run.py"
    script.write_text(RUN.format(pdeathsig=pdeathsig, idle=idle))
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        assert parent.stdout.readline().strip() == "d0"  # workers loaded and working
        time.sleep(0.5)
        workers = children(parent.pid)
        assert len(workers) >= 2  # two workers (and the resource tracker)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 5
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [pid for pid in workers if alive(pid)] == []
        assert parent.stderr is not None  # (EOF: the resource tracker has ended too)
        # The tracker unlinks the dead run's semaphores; it used to say so in its terminal.
        assert "leaked semaphore" not in parent.stderr.read()
    finally:
        parent.kill()
        for pid in children(parent.pid):
            os.kill(pid, signal.SIGKILL)


GUARD_MESSAGE = "is not under 'if __name__ == \"__main__\":'"
DOCS = ('docs = [{"id": f"d{i}", "text": "Police seized 3 kg of opium in Almaty."} '
        'for i in range(6)]')


@pytest.mark.parametrize(("name", "body", "exit_code", "stdout"), [
    ("top-level loop", """
        for document in extract_many(docs, n_process=2, batch_size=2):
            print(document.id, document.errors)
        """, 1, ""),
    ("main() called unguarded", """
        def main():
            print(len(list(extract_many(docs, n_process=2))))
        main()
        """, 1, ""),
    ("guarded", """
        if __name__ == "__main__":
            print(sum(not d.errors for d in extract_many(docs, n_process=2)))
        """, 0, "6"),
])
def test_a_script_without_the_main_guard_fails_once_with_a_clear_message(
        tmp_path: Path, name: str, body: str, exit_code: int, stdout: str) -> None:
    script = tmp_path / "script.py"
    script.write_text(f"from pressparse import extract_many\n{DOCS}\n{textwrap.dedent(body)}")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert run.returncode == exit_code, run.stderr
    assert run.stdout.strip() == stdout
    if exit_code:
        assert run.stderr.count(GUARD_MESSAGE) == 1
        assert "MainModuleNotGuarded: the worker processes could not start" in run.stderr
        assert str(script) in run.stderr
        assert "the worker process died" not in run.stderr  # no per-document errors
        assert "terminated abruptly" not in run.stderr


_SIGINT_BIT = 1 << (signal.SIGINT - 1)


def _signal_masks(pid: int) -> dict[str, int]:
    """The SigIgn/SigBlk/SigCgt masks of a Linux process (empty where /proc is missing)."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    return {key: int(value, 16) for key, _, value in (line.partition(":\t") for line in lines)
            if key in {"SigIgn", "SigBlk", "SigCgt"}}


def _sigint_default() -> None:
    """In the child before exec: SIGINT as a terminal user has it. A test suite started in the
    background by a non-interactive shell (``make test &``, nohup, CI wrappers) runs with
    SIGINT ignored, and an ignored disposition survives exec: the run would never see it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@linux_only
def test_ctrl_c_while_workers_start_ends_an_n2_run_cleanly(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the whole process group) while the workers import and load: exit
    130, no traceback, no worker left, the partial output valid. Each worker caught starting
    printed a KeyboardInterrupt traceback before (Ctrl-C while they work was clean already).
    (A kill test: one real -n 2 run, about 5 s.)"""
    import orjson

    inputs = tmp_path / "in.jsonl"
    inputs.write_bytes(b"".join(
        orjson.dumps({"id": f"d{i}", "text": f"On 5 May 2024 police seized {i} kg of opium."})
        + b"\n" for i in range(50_000)))  # more than a loaded machine gets through before the
    # signal, so the run is always cut while it works (5,000 finished first once, on CI load)
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    process = subprocess.Popen(
        [sys.executable, "-m", "pressparse", "extract", str(inputs), "-o", str(out), "-q",
         "-n", "2", "--batch-size", "2"], stderr=subprocess.PIPE, start_new_session=True,
        preexec_fn=_sigint_default)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while time.monotonic() < deadline:
        workers = [pid for pid in children(process.pid) if alive(pid)]
        if len(workers) >= 2:
            break
        time.sleep(0.01)
    time.sleep(1.0)  # the workers are importing spaCy and the pipeline now (2-3 s)
    workers = children(process.pid)
    assert process.poll() is None, "the run ended before the signal: give it more documents"
    masks = _signal_masks(process.pid)
    waited_until = time.monotonic() + 10
    while masks.get("SigBlk", 0) & _SIGINT_BIT and time.monotonic() < waited_until:
        time.sleep(0.02)  # the run blocks SIGINT while it starts a worker: send it after
        masks = _signal_masks(process.pid)
    assert not masks.get("SigIgn", 0) & _SIGINT_BIT, masks  # _sigint_default undid any inherited
    os.killpg(process.pid, signal.SIGINT)
    try:  # seconds on a quiet machine; generous for a loaded CI runner
        _, stderr = process.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        raise
    assert process.returncode == 130, (masks, stderr.decode()[-2000:])
    assert b"Traceback" not in stderr, stderr.decode()[-2000:]
    said = b" ".join(stderr.split())  # (it was silent: how to finish the run was not said)
    assert b"interrupted; the" in said and b"rerun the command with --resume" in said, said
    time.sleep(0.5)
    assert not [pid for pid in workers if alive(pid)]
    assert not out.exists()
    for line in partial.read_bytes().splitlines():
        orjson.loads(line)
