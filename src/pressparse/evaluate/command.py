"""``pressparse evaluate``: score predictions (or the pipeline itself) against gold annotations."""

from __future__ import annotations

import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..schema import Document
from .baselines import BASELINES, BaselineUnavailable, run_baseline
from .corpus import (
    GOLD_SUFFIX,
    AnnotationError,
    AnnotationWarning,
    EvalDoc,
    gold_files,
    pair_predictions,
    read_predictions,
)
from .entities import ALL
from .html import html_report
from .readers import FORMATS, LabelMap, read_annotations
from .report import json_report, print_report
from .scoring import SystemResult, score_system
from .thresholds import Check, Threshold, ThresholdError, check, parse

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
            err.print(f"[yellow]skipping baseline {escape(name)}: {escape(str(exc))}[/]",
                      highlight=False)
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
        err.print(f"[yellow]warning:[/] {escape(str(item.message))}", highlight=False)
    if len(caught) > MAX_WARNINGS_SHOWN:
        err.print(f"[yellow]... and {len(caught) - MAX_WARNINGS_SHOWN} more warnings[/]")


def gold_folders(gold: Path, fmt: str = "native") -> list[Path]:
    """The folders to score one by one: GOLD's subfolders that hold gold files when GOLD is a
    folder of such folders (like ``samples/``) with none of its own, else ``[gold]``."""
    if fmt not in ("native", "auto") or not gold.is_dir() or any(gold.glob(f"*{GOLD_SUFFIX}")):
        return [gold]
    folders = [sub for sub in sorted(gold.iterdir()) if sub.is_dir() and gold_files(sub)]
    return folders if len(folders) > 1 else [gold]


@dataclass
class FolderRun:
    """One scored gold folder (or file): its systems, threshold checks and documents."""

    gold: Path
    docs: list[EvalDoc]
    results: list[SystemResult]
    checks: list[Check]

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)


def _score_folder(gold: Path, options: dict[str, Any], predictions: dict[str, Document] | None,
                  thresholds: list[Threshold], err: Console) -> FolderRun:
    """Read, predict (or pair ``predictions``) and score one gold folder or file."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gold_docs = read_annotations(gold, options["format"],
                                     LabelMap.from_file(options["label_map"]))
        if not gold_docs:
            raise AnnotationError(f"{gold}: no gold documents")
        if predictions is not None:
            pred_docs = pair_predictions(gold_docs, predictions)
            seconds = None
        else:
            pred_docs, seconds = run_pipeline(gold_docs)
    _show_warnings(caught, err)
    main = score_system(options["name"], gold_docs, pred_docs, seconds=seconds)
    results = [main, *_baseline_results(options["baseline"], gold_docs, main, pred_docs,
                                        options["baseline_limit"], err)]
    return FolderRun(gold, gold_docs, results, check(main, thresholds))


def _summary_table(runs: list[FolderRun], root: Path) -> Table:
    """One row per scored folder: documents, entity value F1, event F1, thresholds."""
    table = Table(title=f"Per folder of {root}", title_justify="left")
    for column in ("folder", "docs", "entities value F1", "events F1", "--min-f1"):
        table.add_column(column, justify="left" if column == "folder" else "right")
    for run in runs:
        main = run.results[0]
        events = main.events.get("events")
        table.add_row(escape(str(run.gold.relative_to(root))), str(len(run.docs)),
                      f"{100 * main.entity_rows()[ALL].value.f1:.1f}",
                      f"{100 * events.f1:.1f}" if events and main.event_documents else "-",
                      ("pass" if run.passed else "[red]FAIL[/]") if run.checks else "-")
    return table


def _per_folder_path(path: Path, folder: Path, root: Path) -> Path:
    """``report.html`` -> ``report-dev.html`` for folder ``root/dev``."""
    label = "-".join(folder.relative_to(root).parts)
    return path.with_name(f"{path.stem}-{label}{path.suffix}")


def evaluate_command(
    gold: Annotated[Path, typer.Argument(
        help="Gold annotations: a folder of NAME.gold.json + NAME.txt, a JSONL of Documents, "
             "or a file in --format. A folder of such folders (e.g. samples/) is scored "
             "folder by folder.", exists=True)],
    pred: Annotated[Path | None, typer.Option(
        "--pred", help="Predicted Documents (JSONL, JSON or a folder); default: run pressparse "
                       "on the gold texts.", exists=True)] = None,
    json_out: Annotated[Path | None, typer.Option(
        "--json", help="Write the scores, errors and threshold checks as JSON here (per "
                       "folder under 'folders' when GOLD is scored folder by folder).")] = None,
    html: Annotated[Path | None, typer.Option(
        "--html", help="Write an HTML report (gold and predicted side by side, every error); "
                       "one per folder (NAME-FOLDER.html) when scored folder by folder.")
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
             "e.g. COUNTRY=0.98, ORG.strict=0.9, seizures=0.95 (checked in every folder).")
    ] = None,
    label_map: Annotated[Path | None, typer.Option(
        "--label-map", help="JSON object mapping foreign labels to ours (null drops).",
        exists=True)] = None,
    format: Annotated[str, typer.Option(
        "--format", metavar="FORMAT",
        help=f"Format of GOLD: {', '.join(FORMATS)} or auto.")] = "native",
    name: Annotated[str, typer.Option(help="Name of the scored system in reports.")
    ] = "pressparse",
    pooled: Annotated[bool, typer.Option(
        "--pooled", help="Score every gold file under GOLD as one set, not folder by folder.")
    ] = False,
) -> None:
    """Score entities (strict, overlap, value) and event fields against gold annotations."""
    out = Console()
    err = Console(stderr=True)
    started = time.perf_counter()
    folders = [gold] if pooled else gold_folders(gold, format)
    by_folder = folders != [gold]
    options = {"format": format, "label_map": label_map, "name": name,
               "baseline": baseline or [], "baseline_limit": baseline_limit}
    runs: list[FolderRun] = []
    try:
        thresholds = parse(min_f1 or [])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            predictions = None if pred is None else read_predictions(pred)
        _show_warnings(caught, err)
        for folder in folders:
            if by_folder:
                out.rule(f"{escape(str(folder))}", align="left")
            run = _score_folder(folder, options, predictions, thresholds, err)
            print_report(out, run.results, run.checks)
            runs.append(run)
    except (AnnotationError, ThresholdError, OSError, ValueError) as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from exc
    if by_folder:
        out.rule()
        out.print(_summary_table(runs, gold))
    if json_out is not None:
        report = (json_report(runs[0].results, runs[0].checks) if not by_folder else
                  {"folders": {str(run.gold.relative_to(gold)): json_report(run.results,
                                                                            run.checks)
                               for run in runs},
                   "passed": all(run.passed for run in runs)})
        json_out.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    if html is not None:
        for run in runs:
            target = _per_folder_path(html, run.gold, gold) if by_folder else html
            target.write_text(html_report(run.docs, run.results, run.checks), encoding="utf-8")
    documents = sum(len(run.docs) for run in runs)
    where = f" in {len(runs)} folders" if by_folder else ""
    out.print(f"[dim]evaluated {documents} documents{where} in "
              f"{time.perf_counter() - started:.2f} s[/]")
    failing = [(run, [c for c in run.checks if not c.passed]) for run in runs if not run.passed]
    if failing:
        failed = "; ".join(
            (f"{run.gold.relative_to(gold)}: " if by_folder else "")
            + ", ".join(c.threshold.name for c in checks) for run, checks in failing)
        err.print(f"[red]below --min-f1 thresholds:[/] {escape(failed)}", highlight=False)
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover - for `python -m pressparse.evaluate.command`
    app = typer.Typer(add_completion=False)
    app.command("evaluate")(evaluate_command)
    app(args=sys.argv[1:])


if __name__ == "__main__":  # pragma: no cover
    main()
