"""Paired CPU-time comparison of two source trees on the same fresh texts, in one command.

Usage: python benchmarks/compare_trees.py BASE_SRC NEW_SRC [--docs 1000] [--chunk 50]
                                          [--seed 0]

Two long-lived worker processes, one per tree (``PYTHONPATH=BASE_SRC`` / ``NEW_SRC``), load
the pipeline, warm up on texts of their own, then convert the same corpus documents chunk by
chunk with ``extract_many`` (the whole batch path: masking, segmentation, pipeline, records),
one worker at a time, the one that goes first alternating from chunk to chunk. Each worker
sees every text once, as a real run does (new lexemes, cold memos), and reports the CPU time
of its own process per chunk. Printed: each tree's words/s and the NEW/BASE ratio of CPU
time, over all chunks and as the median and spread of the per-chunk ratios.

Why paired: on a shared machine two separate benchmark runs differ by 5-10 %; and timing two
variants one after the other on the same texts in one process favours the second (the texts'
lexemes and memos are warm), while giving each variant texts of its own mixes in how costly
the texts are. Here both trees see the same texts, fresh, minutes apart at most. Compare a
tree with itself first to see the noise floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WARM_UP_DOCS = 20


def worker(docs: int, seed: int) -> None:
    """Convert the chunks the parent names on stdin ("START END"), answering each with the
    CPU seconds it took."""
    sys.path.insert(0, str(HERE))
    import corpus

    import pressparse
    from pressparse.driver import extract_many

    texts = list(corpus.documents(docs, seed=seed))
    for _document in extract_many(corpus.documents(WARM_UP_DOCS, seed=seed + 1)):
        pass  # loading, lazily compiled rules, the first batch's freeze
    print(f"ready {Path(pressparse.__file__).parent}", flush=True)
    for line in sys.stdin:
        start, end = map(int, line.split())
        began = time.process_time()
        for _document in extract_many(texts[start:end]):
            pass
        print(f"{time.process_time() - began:.6f}", flush=True)


def start_worker(src: str, docs: int, seed: int) -> subprocess.Popen[str]:
    """A worker process importing pressparse from ``src``, once it is loaded and warm."""
    env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
    process = subprocess.Popen(
        [sys.executable, __file__, "--worker", "--docs", str(docs), "--seed", str(seed)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    ready = process.stdout.readline().split()
    if not ready or ready[0] != "ready":
        raise SystemExit(f"worker for {src} did not start")
    print(f"{src}: pressparse from {ready[1]}", file=sys.stderr)
    return process


def timed_chunk(process: subprocess.Popen[str], start: int, end: int) -> float:
    """The CPU seconds a worker took to convert the corpus documents ``start:end``."""
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(f"{start} {end}\n")
    process.stdin.flush()
    return float(process.stdout.readline())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base", nargs="?")
    parser.add_argument("new", nargs="?")
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--chunk", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.docs, args.seed)
        return
    if not args.base or not args.new:
        parser.error("name two source trees (BASE_SRC NEW_SRC)")
    sys.path.insert(0, str(HERE))
    import corpus

    texts = list(corpus.documents(args.docs, seed=args.seed))
    processes = {"base": start_worker(args.base, args.docs, args.seed),
                 "new": start_worker(args.new, args.docs, args.seed)}
    seconds = {"base": 0.0, "new": 0.0}
    ratios: list[float] = []
    for number, start in enumerate(range(0, len(texts), args.chunk)):
        end = min(start + args.chunk, len(texts))
        order = ("base", "new") if number % 2 == 0 else ("new", "base")
        chunk = {name: timed_chunk(processes[name], start, end) for name in order}
        for name, value in chunk.items():
            seconds[name] += value
        ratios.append(chunk["new"] / chunk["base"])
    for process in processes.values():
        assert process.stdin is not None
        process.stdin.close()
        process.wait()
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} documents, {words} words, {len(ratios)} chunks of {args.chunk}")
    for name, src in (("base", args.base), ("new", args.new)):
        print(f"{name:5s} {words / seconds[name]:9.0f} words/s  CPU {seconds[name]:8.2f} s  {src}")
    quartiles = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else ratios * 3
    print(f"new/base CPU time: {seconds['new'] / seconds['base']:.3f} over all chunks; "
          f"per chunk median {statistics.median(ratios):.3f}, quartiles "
          f"{quartiles[0]:.3f}-{quartiles[2]:.3f}, range {min(ratios):.3f}-{max(ratios):.3f}")


if __name__ == "__main__":
    main()
