"""Throughput of the QUANTITY stage against the blank tokenizer on the same paragraphs.

Run: .venv/bin/python tests/measure/bench_quantities.py [--paragraphs 2000] [--rounds 5]
Paragraphs: every blank-line-separated paragraph of samples/*/*.txt and the expression table,
topped up with generated press releases (tests/textgen.py) to the requested count.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "measure"))

from test_measure_expressions import CASES  # noqa: E402

import pressparse.components  # noqa: E402,F401
from textgen import press_release  # noqa: E402


def paragraphs(count: int, source: str = "mixed") -> list[str]:
    """``mixed``: samples + expression table + generated releases; ``samples``: only the
    annotated press texts, repeated (their realistic density of numbers)."""
    found: list[str] = []
    for path in sorted((ROOT / "samples").glob("*/*.txt")):
        found += [p.strip() for p in path.read_text().split("\n\n") if p.strip()]
    if source == "samples":
        return (found * (count // max(1, len(found)) + 1))[:count]
    found += [text for text, _span, _fields in CASES]
    seed = 0
    while len(found) < count:
        found += [p for p in press_release(seed).split("\n\n") if p.strip()]
        seed += 1
    return found[:count]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--source", choices=("mixed", "samples"), default="mixed")
    args = parser.parse_args()
    texts = paragraphs(args.paragraphs, args.source)
    tokenize_best = stage_best = tokenize_cpu = stage_cpu = float("inf")
    found = 0
    for _ in range(args.rounds):
        nlp = spacy.blank("en")  # a fresh tokenizer cache: every round sees unseen text
        stage = nlp.add_pipe("pressparse_quantities")
        stage.ensure_loaded()
        started, cpu = time.perf_counter(), time.process_time()
        docs = [nlp.make_doc(text) for text in texts]
        tokenize_best = min(tokenize_best, time.perf_counter() - started)
        tokenize_cpu = min(tokenize_cpu, time.process_time() - cpu)
        started, cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            stage(doc)
        stage_best = min(stage_best, time.perf_counter() - started)
        stage_cpu = min(stage_cpu, time.process_time() - cpu)
        found = sum(len(doc.ents) for doc in docs)
    chars = sum(len(t) for t in texts)
    print(f"paragraphs={len(texts)} chars={chars} quantities={found}")
    print(f"tokenizer {tokenize_best * 1000:.1f} ms, quantities {stage_best * 1000:.1f} ms, "
          f"ratio {stage_best / tokenize_best:.1%} (best of {args.rounds}); "
          f"CPU time ratio {stage_cpu / tokenize_cpu:.1%}")


if __name__ == "__main__":
    main()
