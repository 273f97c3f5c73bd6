"""Where a batch run's CPU time goes, by sampling, and what gating stages could save.

Usage: python benchmarks/sampled_profile.py [--docs 400] [--interval-ms 1] [--top 30]

The corpus documents (corpus.py) run through ``extract_many`` as a batch does (masking,
segmentation, pipeline, records). A CPU-time timer (``ITIMER_VIRTUAL``: the time budget of
budget.py holds ``ITIMER_PROF``) interrupts the run every ``--interval-ms`` and the stack
is read; printed as shares of the samples: each pipeline component (the rest of the driver
is "driver"), the functions on the stack (cumulative), and the lines of pressparse that
were running (the innermost pressparse frame; time in C code such as spaCy's tokenizer or a
regex is counted to the line that called it). Unlike cProfile, calls cost nothing extra, so
many small Python functions are not overweighted against C code.

Then, from a second pass with each component timed on every item: the CPU each component
spends on items it leaves unchanged (no entity added or removed, no stored value changed,
no event): the most that skipping a stage on items without a trigger for it could save.
"""

from __future__ import annotations

import argparse
import copy
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

from pressparse.components.base import DataComponent
from pressparse.driver import extract_many
from pressparse.extensions import VALUES_KEY

WARM_UP_DOCS = 20


def _where(frame: FrameType) -> str:
    """``package/module.py:function`` of a frame (site-packages and src/ prefixes cut)."""
    path = frame.f_code.co_filename
    path = path.split("site-packages/")[-1].split("src/")[-1]
    return f"{path}:{frame.f_code.co_name}"


class Sampler:
    """Counts, at each timer tick, the component running, the functions on the stack and
    the innermost pressparse line."""

    def __init__(self) -> None:
        self.ticks = 0
        self.stages: Counter[str] = Counter()
        self.functions: Counter[str] = Counter()
        self.lines: Counter[str] = Counter()

    def __call__(self, _signum: int, frame: FrameType | None) -> None:
        self.ticks += 1
        stage, seen, line = "driver", set(), None
        while frame is not None:
            where = _where(frame)
            if where not in seen:
                seen.add(where)
                self.functions[where] += 1
            if line is None and "pressparse/" in frame.f_code.co_filename:
                line = f"{where}:{frame.f_lineno}"
            if stage == "driver" and "pressparse/components/" in frame.f_code.co_filename \
                    and frame.f_code.co_name == "process":
                stage = Path(frame.f_code.co_filename).stem
            frame = frame.f_back
        self.stages[stage] += 1
        if line is not None:
            self.lines[line] += 1

    def report(self, top: int) -> None:
        for title, counts, rows in (("stage", self.stages, len(self.stages)),
                                    ("cumulative", self.functions, top),
                                    ("line", self.lines, top)):
            print(f"\n{'%':>6s}  {title}")
            for name, count in counts.most_common(rows):
                print(f"{100 * count / self.ticks:6.1f}  {name}")


def sampled(texts: list[str], interval: float) -> Sampler:
    """The samples of one batch run over ``texts``."""
    sampler = Sampler()
    previous = signal.signal(signal.SIGVTALRM, sampler)
    signal.setitimer(signal.ITIMER_VIRTUAL, interval, interval)
    try:
        for _document in extract_many(texts):
            pass
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)
    return sampler


def _output(doc: Any) -> tuple[Any, ...]:
    """What a component can change: the entities, the stored values and the events (none
    and empty alike)."""
    return ([(e.start_char, e.end_char, e.label_) for e in doc.ents],
            copy.deepcopy(doc.user_data.get(VALUES_KEY) or {}), doc._.events or [])


def unchanged_costs(texts: list[str]) -> dict[str, list[float]]:
    """Per component: [items, CPU s, items left unchanged, CPU s on those]."""
    costs: dict[str, list[float]] = {}
    call: Callable[[DataComponent, Any], Any] = DataComponent.__call__

    def timed(component: DataComponent, doc: Any) -> Any:
        before = _output(doc)
        started = time.process_time()
        doc = call(component, doc)
        spent = time.process_time() - started
        row = costs.setdefault(component.name, [0, 0.0, 0, 0.0])
        row[0] += 1
        row[1] += spent
        if _output(doc) == before:
            row[2] += 1
            row[3] += spent
        return doc

    DataComponent.__call__ = timed  # type: ignore[method-assign]
    try:
        for _document in extract_many(texts):
            pass
    finally:
        DataComponent.__call__ = call  # type: ignore[method-assign]
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--interval-ms", type=float, default=1.0)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()

    for _document in extract_many(corpus.documents(WARM_UP_DOCS, seed=1)):
        pass  # loading, lazily compiled rules, the first batch's freeze
    texts = list(corpus.documents(args.docs, seed=0))
    started = time.process_time()
    sampler = sampled(texts, args.interval_ms / 1000)
    print(f"{len(texts)} documents, {time.process_time() - started:.2f} s CPU, "
          f"{sampler.ticks} samples")
    sampler.report(args.top)

    print(f"\n{'component':28s} {'items':>6s} {'CPU s':>7s} {'unchanged':>10s} {'CPU s':>7s}")
    for name, (items, spent, idle, idle_spent) in unchanged_costs(texts).items():
        print(f"{name:28s} {items:6.0f} {spent:7.2f} {idle:10.0f} {idle_spent:7.2f}")


if __name__ == "__main__":
    main()
