"""Terminal tables (rich) and the machine-readable JSON report."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .entities import ALL
from .events import EVENT_FIELDS
from .matching import PRF
from .scoring import ITEM_IOU, SystemResult
from .thresholds import Check


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:5.1f}"


def _score(prf: PRF, attribute: str) -> str:
    """A PRF score in percent, or a dash when nothing was there to score."""
    return "—" if prf.empty else _pct(getattr(prf, attribute))


def entity_table(result: SystemResult) -> Table:
    """Per-label P/R/F1 for strict and overlapping spans, value accuracy and value F1."""
    table = Table(title=f"Entities — {escape(result.name)} ({result.documents} documents)",
                  title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("label", no_wrap=True, min_width=9)
    for column in ("gold", "pred"):
        table.add_column(column, justify="right")
    for column in ("strict\nP", "strict\nR", "strict\nF1", "overlap\nF1", "value\nacc",
                   "value\nF1"):
        table.add_column(column, justify="right")
    for label, s in result.entity_rows().items():
        table.add_row(
            label, str(s.strict.support), str(s.strict.tp + s.strict.fp),
            _score(s.strict, "precision"), _score(s.strict, "recall"), _score(s.strict, "f1"),
            _score(s.overlap, "f1"), _pct(s.value_accuracy), _score(s.value, "f1"),
            style="bold" if label == ALL else None,
        )
    return table


def event_table(result: SystemResult) -> Table:
    """Per-field P/R/F1 of the events (after one-to-one pairing)."""
    table = Table(title=f"Events — {escape(result.name)} ({result.event_documents} documents with "
                        "annotated events)", title_justify="left", box=box.SIMPLE_HEAD)
    for column in ("field", "gold", "pred", "TP", "P", "R", "F1", "acc"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for name in EVENT_FIELDS:
        prf = result.events.get(name)
        if prf is None:
            continue
        table.add_row(name, str(prf.support), str(prf.tp + prf.fp), str(prf.tp),
                      _score(prf, "precision"), _score(prf, "recall"), _score(prf, "f1"),
                      _pct(prf.accuracy),
                      style="bold" if name == "events" else None)
    return table


def comparison_table(results: list[SystemResult]) -> Table:
    """Strict-span F1 and value F1 (strict span + right value) per label, systems side by side."""
    table = Table(title="Entity F1 by system: strict span / span + normalized value",
                  title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("label", no_wrap=True)
    for result in results:
        table.add_column(f"{escape(result.name)}\n({result.documents} docs)", justify="right")
    labels = [*sorted({label for r in results for label in r.entities}), ALL]
    rows = [r.entity_rows() for r in results]
    for label in labels:
        table.add_row(label, *(f"{_score(row[label].strict, 'f1')} / "
                               f"{_score(row[label].value, 'f1')}" if label in row else "—"
                               for row in rows), style="bold" if label == ALL else None)
    return table


def checks_table(checks: list[Check]) -> Table:
    table = Table(title="--min-f1 thresholds", title_justify="left", box=box.SIMPLE_HEAD)
    for column in ("score", "minimum", "actual", "result"):
        table.add_column(column, justify="left" if column in ("score", "result") else "right")
    for item in checks:
        verdict = ("[green]pass[/]" if item.actual is not None else "[dim]not scored[/]") \
            if item.passed else "[red]FAIL[/]"
        table.add_row(item.threshold.name, _pct(item.threshold.minimum), _pct(item.actual),
                      verdict)
    return table


def print_report(console: Console, results: list[SystemResult], checks: list[Check]) -> None:
    """The whole terminal report: main system in detail, baselines side by side, gates."""
    main = results[0]
    console.print(entity_table(main))
    for label, scores in main.entity_rows().items():
        if label != ALL and scores.link_judged:
            console.print(f"[dim]{label} link accuracy (what it counts or weighs): "
                          f"{_pct(scores.link_accuracy).strip()} % of {scores.link_judged} "
                          "strict pairs[/]")
    if main.note:
        console.print(f"[dim]{escape(main.name)}: {escape(main.note)}[/]")
    if main.predicts_events and main.event_documents:
        console.print(event_table(main))
    for how, items in (("exact start and end", main.items),
                       (f"one-to-one at {ITEM_IOU:.0%} character overlap", main.items_overlap)):
        if items is not None and not items.empty:
            console.print(f"[dim]News items (segmentation, {how}): F1 "
                          f"{_pct(items.f1).strip()} (P {_pct(items.precision).strip()}, "
                          f"R {_pct(items.recall).strip()}; {items.support} gold items)[/]")
    if len(results) > 1:
        console.print(comparison_table(results))
        for result in results[1:]:
            if result.note:
                console.print(f"[dim]{escape(result.name)}: {escape(result.note)}[/]")
    for result in results:
        if result.seconds is not None:
            per_doc = result.seconds / max(result.documents, 1)
            console.print(f"[dim]{escape(result.name)}: {result.seconds:.2f} s for "
                          f"{result.documents} documents ({1000 * per_doc:.1f} ms/doc)[/]")
    if checks:
        console.print(checks_table(checks))


def json_report(results: list[SystemResult], checks: list[Check]) -> dict[str, Any]:
    """The report as plain JSON-able data."""
    return {
        "systems": {result.name: result.as_dict() for result in results},
        "thresholds": [
            {"score": c.threshold.name, "minimum": c.threshold.minimum,
             "actual": None if c.actual is None else round(c.actual, 4), "passed": c.passed}
            for c in checks
        ],
        "passed": all(c.passed for c in checks),
    }
