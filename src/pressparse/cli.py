"""The ``pressparse`` command line."""

from __future__ import annotations

import csv
import os
import sys
import time
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .evaluate.command import evaluate_command
from .export import seizure_rows
from .io.readers import (
    MAX_DOC_CHARS,
    MAX_INPUT_BYTES,
    ReadOptions,
    iso_published,
    output_exclusions,
    read_inputs,
    unique_ids,
)
from .io.writer import JsonlWriter, OutputExistsError, partial_path
from .parallel import WorkersKeepDying
from .schema import Document, json_schema

app = typer.Typer(
    name="pressparse",
    help="Turn raw press releases into structured, normalized event records.\n\n"
         "Example: pressparse extract samples/ -o out/samples.jsonl",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",  # paragraphs rewrapped; "[dask]" is text, not Rich markup
)
err = Console(stderr=True)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class StdinFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


# The metavar of an on/off option: none (typer's help would show "<bool>", as if it took a value).
FLAG = ""


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pressparse {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          metavar=FLAG, help="Print the version and exit.")
                       ] = False,
) -> None:
    """pressparse: organizations, countries, dates, quantities and events from press releases."""


FAILURES_SHOWN = 20


class Stats:
    """Running totals for the end-of-run summary."""

    def __init__(self) -> None:
        self.documents = self.items = self.events = self.failed = self.skipped = 0
        self.empty = 0  # documents with neither an item nor an error (empty, only furniture)
        self.labels: Counter[str] = Counter()
        self.failures: list[str] = []  # the first few, for outputs that cannot hold them
        self.empty_ids: list[str] = []  # the first few
        self.started = time.perf_counter()

    def add(self, document: Document) -> None:
        self.documents += 1
        self.items += len(document.items)
        self.events += sum(len(item.events) for item in document.items)
        self.failed += bool(document.errors)
        if not document.items and not document.errors:
            self.empty += 1
            if len(self.empty_ids) < FAILURES_SHOWN:
                self.empty_ids.append(document.id)
        self.labels.update(entity.label for entity in document.entities)
        if document.errors and len(self.failures) < FAILURES_SHOWN:
            error = document.errors[0]
            self.failures.append(f"{document.id}: {error.stage}: {error.message}")

    def table(self) -> Table:
        seconds = time.perf_counter() - self.started
        table = Table(title="pressparse extract", show_header=True)
        table.add_column("measure")
        table.add_column("value", justify="right")
        rows = [("documents", self.documents), ("skipped (resume)", self.skipped),
                ("items", self.items), ("events", self.events),
                ("documents with errors", self.failed),
                ("documents with no items", self.empty)]
        rows += [(f"entities {label}", count) for label, count in sorted(self.labels.items())]
        for name, value in rows:
            table.add_row(name, str(value))
        table.add_row("seconds", f"{seconds:.2f}")
        table.add_row("docs/s", f"{self.documents / seconds:.1f}" if seconds else "-")
        return table


def output_problem(output: Path) -> tuple[int, str] | None:
    """Why OUTPUT cannot be written, as (exit code, message), checked before any work."""
    if output.is_dir():
        return 2, f"{output} is a folder; give a file name"
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return 3, f"cannot create the folder {output.parent}: {exc.strerror or exc}"
    if not os.access(output.parent, os.W_OK):
        return 3, f"cannot write to the folder {output.parent}"
    return None


def _stop_if_stdout_closed(exc: OSError, output: Path | None) -> None:
    """Stop with exit code 3 when ``exc`` is stdout's reader closing the pipe (``| head``)
    while writing to stdout, saying so (not "free space and rerun with --resume", which
    needs -o); other errors return to the caller's message. Stdout is pointed at /dev/null:
    what is still buffered, and the flush at exit, would fail again."""
    if output is not None or not isinstance(exc, BrokenPipeError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    err.print("[red]error:[/red] the reader of stdout closed it (a pipe into head?); stopped. "
              "Use -o FILE to keep every line.")
    raise typer.Exit(3) from exc


def _write_csv(rows: list[dict[str, object]], out: Path | None) -> None:
    from .export import SEIZURE_COLUMNS

    handle = out.open("w", newline="", encoding="utf-8") if out else sys.stdout
    try:
        writer = csv.DictWriter(handle, fieldnames=list(SEIZURE_COLUMNS), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    finally:
        if out:
            handle.close()


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(
        help="Files (.txt, .jsonl, .jsonl.gz), folders (recursive), globs, or - for stdin.")],
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="Output file (default: stdout).")] = None,
    output_format: Annotated[OutputFormat, typer.Option(
        "--format", help="jsonl (one document per line), json (one array) or csv "
                         "(one row per seizure).")] = OutputFormat.jsonl,
    n_process: Annotated[int, typer.Option("--n-process", "-n", min=1,
                                           help="Worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per worker task.")] = 32,
    resume: Annotated[bool, typer.Option(
        metavar=FLAG, help="Skip ids already in OUTPUT and append.")] = False,
    force: Annotated[bool, typer.Option(metavar=FLAG, help="Overwrite an existing OUTPUT.")
                     ] = False,
    published: Annotated[str | None, typer.Option(
        help="Publication date (YYYY-MM-DD) of inputs that give none of their own (.txt "
             "files, stdin text, JSONL records without 'published'): the reference for "
             "year-less and relative dates.")] = None,
    stdin_format: Annotated[StdinFormat, typer.Option(
        case_sensitive=False, help="How to read '-': text or jsonl.")] = StdinFormat.text,
    follow_symlinks: Annotated[bool, typer.Option(
        metavar=FLAG,
        help="Follow symlinks that point outside the input folders.")] = False,
    max_bytes: Annotated[int, typer.Option(
        help="Refuse input files, stdin and JSONL lines larger than this.")] = MAX_INPUT_BYTES,
    max_chars: Annotated[int, typer.Option(
        help="Refuse documents longer than this many characters with an error record "
             "(0: no limit).")] = MAX_DOC_CHARS,
    time_budget: Annotated[float, typer.Option(
        min=0, help="CPU seconds allowed per document before it gets a timeout error, so a "
                    "busy machine fails none (0: none; with --engine dask, wall seconds).")
    ] = 60.0,
    summary: Annotated[bool, typer.Option(
        metavar=FLAG, help="Print a summary table on stderr.")] = True,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", metavar=FLAG, help="No progress or summary.")] = False,
    engine: Annotated[Engine, typer.Option(
        help="local (this machine's process pool) or dask (pip install 'pressparse[dask]'; "
             "OUTPUT is then a folder of part-NNNNN.jsonl files).")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(
        help="With --engine dask: address of a running Dask scheduler, e.g. "
             "tcp://10.0.0.5:8786 (default: a local cluster of --n-process workers).")
                         ] = None,
) -> None:
    """Extract entities and event records from press releases.

    Writes one JSON line per input document; an input that cannot be read or decoded gets
    a line with an `errors` entry and the run goes on. Exit codes: 0 all documents
    processed cleanly, 1 some documents have errors (each has its line), 2 usage error or
    OUTPUT exists, 3 the output could not be written (disk full...; rerun with --resume),
    4 worker processes keep dying (the pipeline cannot run in them; rerun with --resume).

    Example: pressparse extract dumps/ news.jsonl.gz -o out/records.jsonl --n-process 2
    """
    from .driver import extract_many

    if output_format is not OutputFormat.jsonl and resume:
        raise typer.BadParameter("--resume works with --format jsonl only")
    if resume and output is None:
        raise typer.BadParameter("--resume needs --output")
    # (the output, and the dask engine's output folder, may sit inside an input folder)
    excluded = (output, partial_path(output)) if output else ()
    if published is not None and iso_published(published)[0] is None:
        raise typer.BadParameter(f"--published {published!r} is not a date (YYYY-MM-DD)")
    options = ReadOptions(follow_symlinks=follow_symlinks, max_bytes=max_bytes,
                          max_chars=max_chars, exclude=output_exclusions(*excluded),
                          published=published)
    if engine is Engine.dask:
        _extract_dask(inputs, output, options, n_process=n_process, scheduler=scheduler,
                      time_budget=time_budget or None, force=force, resume=resume,
                      output_format=output_format, show_summary=summary and not quiet)
        return
    writer = None
    problem = output_problem(output) if output else None
    if problem:
        err.print(f"[red]error:[/red] {problem[1]}")
        raise typer.Exit(problem[0])
    if output_format is OutputFormat.jsonl:
        try:
            writer = JsonlWriter(output, force=force, resume=resume)
        except OutputExistsError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc
        except OSError as exc:
            err.print(f"[red]error:[/red] cannot write {output}: {exc.strerror or exc}")
            raise typer.Exit(3) from exc
    elif output and output.exists() and not force:
        err.print(f"[red]error:[/red] {output} exists; use --force to overwrite")
        raise typer.Exit(2)
    if n_process == 1:  # load here, once, so the loaded pipeline can be frozen for the GC
        from .driver import freeze_loaded_heap, warm_up
        from .pipeline import shared
        from .regex_cache import cached_patterns

        with cached_patterns():  # one window for both: a cold start writes the cache once
            warm_up(shared())
        freeze_loaded_heap()
    stats = Stats()
    done = writer.done_ids if writer else set()
    done_failed = writer.done_failed_ids if writer else set()
    skipped_failed: list[str] = []  # done by an earlier run, with errors: still exit code 1
    sources = unique_ids(read_inputs(inputs, options, stdin_format=stdin_format.value))

    def pending():  # type: ignore[no-untyped-def]
        for source in sources:
            if source.id in done:
                stats.skipped += 1
                if source.id in done_failed:
                    skipped_failed.append(source.id)
                continue
            yield source

    collected: list[Document] = []  # --format json
    rows: list[dict[str, object]] = []  # --format csv: the rows only, not whole documents
    show_progress = not quiet and err.is_terminal
    progress = Progress(TextColumn("extract"), BarColumn(), TextColumn("{task.completed} docs"),
                        TimeElapsedColumn(), console=err, disable=not show_progress)
    complete = False
    try:
        with progress:
            task = progress.add_task("extract", total=None)
            for document in extract_many(pending(), n_process=n_process, batch_size=batch_size,
                                         time_budget=time_budget or None):
                stats.add(document)
                if writer:
                    writer.write(document)
                elif output_format is OutputFormat.csv:
                    rows.extend(seizure_rows(document))
                else:
                    collected.append(document)
                progress.advance(task)
        complete = True
    except OSError as exc:
        _stop_if_stdout_closed(exc, output)
        err.print(f"[red]error writing output:[/red] {exc}. Free space and rerun with --resume.")
        raise typer.Exit(3) from exc
    except WorkersKeepDying as exc:
        err.print(f"[red]error:[/red] {exc}. The output so far is kept: rerun with --resume.")
        raise typer.Exit(4) from exc
    except KeyboardInterrupt as exc:  # (typer would exit 130 without a word)
        kept = (f"; the documents done are in {escape(str(partial_path(output)))}: rerun the "
                "command with --resume to finish" if writer and output else "")
        err.print(f"[yellow]interrupted[/yellow]{kept}")
        raise typer.Exit(130) from exc
    finally:
        if writer:
            try:
                writer.close(complete=complete)
            except OSError as exc:
                err.print(f"[red]error closing output:[/red] {exc}; rerun with --resume.")
                raise typer.Exit(3) from exc
    try:
        if output_format is OutputFormat.json:
            data = orjson.dumps([d.model_dump(mode="json", by_alias=True) for d in collected],
                                option=orjson.OPT_INDENT_2)
            if output:
                output.write_bytes(data)
            else:
                sys.stdout.buffer.write(data + b"\n")
        elif output_format is OutputFormat.csv:
            _write_csv(rows, output)
    except OSError as exc:
        _stop_if_stdout_closed(exc, output)
        err.print(f"[red]error writing output:[/red] {exc}")
        raise typer.Exit(3) from exc
    if writer and resume:
        _warn_unmatched(len(done) - stats.skipped, len(done), output)
    if output_format is OutputFormat.csv and stats.failed:  # a CSV row cannot hold them
        shown = "\n".join(escape(failure) for failure in stats.failures)
        more = stats.failed - len(stats.failures)
        err.print(f"[red]{stats.failed} document(s) with errors, not in the CSV:[/red]\n{shown}"
                  + (f"\n... and {more} more (--format jsonl keeps every one)" if more else ""))
    if stats.empty and not quiet:
        _warn_empty(stats)
    if not stats.documents and not stats.skipped and not quiet:
        _warn_nothing_read(options)
    if summary and not quiet:
        err.print(stats.table())
    if skipped_failed and not quiet:
        err.print(f"[yellow]note:[/yellow] {len(skipped_failed)} document(s) skipped by --resume "
                  f"have errors in {escape(str(output))} (first: {escape(skipped_failed[0])})")
    if stats.failed or skipped_failed:
        raise typer.Exit(1)


def _warn_empty(stats: Stats) -> None:
    """Name the documents that gave no news item and no error (empty, blank, or a page of
    menus, share bars and footers only, all masked as furniture): their lines hold nothing,
    and a CSV shows no trace of them."""
    shown = ", ".join(escape(doc_id) for doc_id in stats.empty_ids)
    more = stats.empty - len(stats.empty_ids)
    err.print(f"[yellow]warning:[/yellow] {stats.empty} document(s) gave no news item (empty, "
              f"or only page furniture such as menus and footers): {shown}"
              + (f" ... and {more} more" if more else ""))


def _warn_nothing_read(options: ReadOptions) -> None:
    """Say so when the inputs gave no document at all (an empty folder, a folder of PDFs),
    which would otherwise end in silence with an empty output."""
    err.print("[yellow]warning:[/yellow] no document was read: the inputs hold no "
              f"{'/'.join(sorted(options.text_suffixes))} or JSONL file (names starting "
              "with '.' are skipped)")


def _warn_unmatched(unmatched: int, done: int, output: Path | None) -> None:
    """Say so when lines kept by --resume have ids that no input has: the inputs were
    spelled differently (``in/`` vs ``./in``, a JSONL file by another path) or changed, so
    those documents may now be in the output twice under two ids."""
    if unmatched > 0:
        err.print(f"[yellow]warning:[/yellow] {unmatched:,} of the {done:,} lines already in "
                  f"{escape(str(output))} have ids that no input has (were the inputs given "
                  "differently, or changed?): they are kept, and their documents may now be "
                  "in the output twice")


def _extract_dask(inputs: list[str], output: Path | None, options: ReadOptions, *,
                  n_process: int, scheduler: str | None, time_budget: float | None,
                  force: bool, resume: bool, output_format: OutputFormat,
                  show_summary: bool) -> None:
    """``extract --engine dask``: partitioned JSONL in the folder OUTPUT."""
    if output is None or output_format is not OutputFormat.jsonl or resume:
        raise typer.BadParameter("--engine dask needs --output FOLDER, --format jsonl and "
                                 "no --resume")
    from .engines.dask_bag import run_dask

    stats = Stats()  # started before the run, so docs/s covers it
    try:
        run = run_dask(inputs, output, scheduler=scheduler, n_workers=n_process,
                       options=options, time_budget=time_budget, force=force)
    except ImportError as exc:  # dask is imported by run_dask itself
        err.print(f"[red]error:[/red] --engine dask needs Dask ({exc}): "
                  "pip install 'pressparse\\[dask]'")
        raise typer.Exit(2) from exc
    except FileExistsError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    except OSError as exc:
        err.print(f"[red]error writing output:[/red] {exc}")
        raise typer.Exit(3) from exc
    for part in run.files:
        with part.open("rb") as handle:
            for line in handle:
                stats.add(Document.model_validate_json(line))
    if show_summary:
        err.print(stats.table())
    if stats.failed:
        raise typer.Exit(1)


@app.command()
def schema(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file.")] = None,
) -> None:
    """Print the JSON Schema of one output line (a Document).

    Example: pressparse schema -o document.schema.json
    """
    data = orjson.dumps(json_schema(), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
    if output:
        output.write_bytes(data + b"\n")
    else:
        sys.stdout.buffer.write(data + b"\n")


app.command("evaluate")(evaluate_command)
