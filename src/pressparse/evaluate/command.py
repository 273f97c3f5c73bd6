"""``pressparse evaluate``: score predictions (or the pipeline itself) against gold annotations."""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console

from ..schema import Document
from .baselines import BASELINES, BaselineUnavailable, run_baseline
from .corpus import (
    AnnotationError,
    AnnotationWarning,
    EvalDoc,
    pair_predictions,
    read_predictions,
)
from .html import html_report
from .readers import FORMATS, LabelMap, read_annotations
from .report import json_report, print_report
from .scoring import SystemResult, score_system
from .thresholds import ThresholdError, check, parse

MAX_WARNINGS_SHOWN = 20


def run_pipeline(gold: list[EvalDoc]) -> tuple[list[EvalDoc], float]:
    """pressparse's predictions for the gold texts, and the seconds they took."""
    try:
        from .. import extract
    except ImportError as exc:
        raise AnnotationError(
            f"pressparse.extract is not available ({exc}); pass predictions with --pred") from exc
    extract(gold[0].text[:200], id="warm-up")  # loads the pipeline outside the timing
    started = time.perf_counter()
    predictions = []
    for doc in gold:
        try:
            result: Document = extract(doc.text, id=doc.id, published=doc.published,
                                       source=doc.source)
        except Exception as exc:  # one failing document must not stop the evaluation
            warnings.warn(f"{doc.id}: the pipeline failed ({type(exc).__name__}: {exc}); "
                          "scored as empty", AnnotationWarning, stacklevel=2)
            predictions.append(EvalDoc(id=doc.id, text=doc.text, events=[]))
            continue
        predictions.append(EvalDoc.from_document(result, doc.text, source=doc.source))
    return predictions, time.perf_counter() - started


def _baseline_results(names: list[str], gold: list[EvalDoc], main: SystemResult,
                      main_pred: list[EvalDoc], limit: int | None,
                      err: Console) -> list[SystemResult]:
    results: list[SystemResult] = []
    for name in dict.fromkeys(names):
        try:
            run = run_baseline(name, gold, limit)
        except BaselineUnavailable as exc:
            err.print(f"[yellow]skipping baseline {name}: {exc}[/]")
            continue
        subset = gold[: len(run.predictions)]
        if len(subset) < len(gold) and not any(r.documents == len(subset) for r in results):
            results.append(score_system(f"{main.name} (same {len(subset)} docs)", subset,
                                        main_pred[: len(subset)],
                                        predicts_events=main.predicts_events))
        results.append(score_system(name, subset, run.predictions, predicts_events=False,
                                    seconds=run.seconds, note=run.note))
    return results


def _show_warnings(caught: list[warnings.WarningMessage], err: Console) -> None:
    for item in caught[:MAX_WARNINGS_SHOWN]:
        err.print(f"[yellow]warning:[/] {item.message}", highlight=False)
    if len(caught) > MAX_WARNINGS_SHOWN:
        err.print(f"[yellow]... and {len(caught) - MAX_WARNINGS_SHOWN} more warnings[/]")


def evaluate_command(
    gold: Annotated[Path, typer.Argument(
        help="Gold annotations: a folder of NAME.gold.json + NAME.txt, a JSONL of Documents, "
             "or a file in --format.", exists=True)],
    pred: Annotated[Path | None, typer.Option(
        "--pred", help="Predicted Documents (JSONL, JSON or a folder); default: run pressparse "
                       "on the gold texts.", exists=True)] = None,
    json_out: Annotated[Path | None, typer.Option(
        "--json", help="Write the scores, errors and threshold checks as JSON here.")] = None,
    html: Annotated[Path | None, typer.Option(
        "--html", help="Write an HTML report (gold and predicted side by side, every error).")
    ] = None,
    baseline: Annotated[list[str] | None, typer.Option(
        "--baseline", metavar="NAME",
        help=f"Also score a baseline: {', '.join(BASELINES)} (repeatable).")
    ] = None,
    baseline_limit: Annotated[int | None, typer.Option(
        "--baseline-limit", min=1, metavar="N",
        help="Run baselines on the first N documents only.")] = None,
    min_f1: Annotated[list[str] | None, typer.Option(
        "--min-f1", metavar="SPEC",
        help="Fail below these F1s: 'default' (the issue targets in thresholds.json), a JSON "
             "file of the same shape, and/or NAME=VALUE, "
             "e.g. COUNTRY=0.98, ORG.strict=0.9, seizures=0.95.")] = None,
    label_map: Annotated[Path | None, typer.Option(
        "--label-map", help="JSON object mapping foreign labels to ours (null drops).",
        exists=True)] = None,
    format: Annotated[str, typer.Option(
        "--format", metavar="FORMAT",
        help=f"Format of GOLD: {', '.join(FORMATS)} or auto.")] = "native",
    name: Annotated[str, typer.Option(help="Name of the scored system in reports.")
    ] = "pressparse",
) -> None:
    """Score entities (strict, overlap, value) and event fields against gold annotations."""
    out = Console()
    err = Console(stderr=True)
    started = time.perf_counter()
    try:
        thresholds = parse(min_f1 or [])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            gold_docs = read_annotations(gold, format, LabelMap.from_file(label_map))
            if not gold_docs:
                raise AnnotationError(f"{gold}: no gold documents")
            if pred is not None:
                pred_docs = pair_predictions(gold_docs, read_predictions(pred))
                seconds = None
            else:
                pred_docs, seconds = run_pipeline(gold_docs)
        _show_warnings(caught, err)
    except (AnnotationError, ThresholdError, OSError, ValueError) as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    main = score_system(name, gold_docs, pred_docs, seconds=seconds)
    results = [main, *_baseline_results(baseline or [], gold_docs, main, pred_docs,
                                        baseline_limit, err)]
    checks = check(main, thresholds)
    print_report(out, results, checks)
    if json_out is not None:
        json_out.write_bytes(orjson.dumps(json_report(results, checks),
                                          option=orjson.OPT_INDENT_2))
    if html is not None:
        html.write_text(html_report(gold_docs, results, checks), encoding="utf-8")
    out.print(f"[dim]evaluated {len(gold_docs)} documents in "
              f"{time.perf_counter() - started:.2f} s[/]")
    if not all(c.passed for c in checks):
        failed = ", ".join(c.threshold.name for c in checks if not c.passed)
        err.print(f"[red]below --min-f1 thresholds:[/] {failed}")
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover - for `python -m pressparse.evaluate.command`
    app = typer.Typer(add_completion=False)
    app.command("evaluate")(evaluate_command)
    app(args=sys.argv[1:])


if __name__ == "__main__":  # pragma: no cover
    main()
