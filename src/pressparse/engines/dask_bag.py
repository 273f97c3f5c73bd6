"""``pressparse extract --engine dask``: partitioned extraction with dask.bag.

The client only lists the input files; workers read, decode and process them, loading the
pipeline once per worker process, and write ``part-NNNNN.jsonl`` files into a temporary
folder that is renamed to the output folder when every partition is done. Inputs and the
output folder must be on storage every worker sees (a shared file system) when running on
a cluster.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..io.readers import (
    InputDoc,
    ReadOptions,
    doc_id_for,
    is_jsonl,
    limit_chars,
    read_bytes_file,
    read_jsonl_file,
    walk_folder,
)
from ..io.writer import dump_line
from .partition import process_inputs

PARTIAL_SUFFIX = ".partial"
TEXT_FILES_PER_PARTITION = 200


@dataclass(frozen=True)
class TextTask:
    """One text file to read on a worker, with its already decided document id."""

    path: str
    doc_id: str


@dataclass(frozen=True)
class ErrorTask:
    """An input the client already knows cannot be read (bad symlink, missing file)."""

    doc_id: str
    source: str
    message: str


def plan_inputs(specs: list[str], options: ReadOptions) -> tuple[list[Any], list[str]]:
    """Text-file tasks (and error tasks) and JSONL files, in input order."""
    import glob

    tasks: list[Any] = []
    jsonl_files: list[str] = []

    def add_file(path: Path, root: Path | None) -> None:
        if is_jsonl(path):
            jsonl_files.append(str(path))
        else:
            tasks.append(TextTask(str(path), doc_id_for(path, root)))

    def add_error(doc: InputDoc) -> None:
        tasks.append(ErrorTask(doc.id, doc.source or doc.id, (doc.error or ("", ""))[1]))

    for spec in specs:
        path = Path(spec)
        paths = [path] if path.exists() or path.is_symlink() else [
            Path(match) for match in sorted(glob.glob(spec, recursive=True))
            if not options.excluded(match)]  # (the output folder of an earlier run)
        if not paths:
            add_error(InputDoc(id=spec, text=None, source=spec,
                               error=("read", "no such file, folder or glob match")))
        for found in paths:
            if not found.is_dir():
                add_file(found, None)
                continue
            for item in walk_folder(found, options):
                if isinstance(item, InputDoc):
                    add_error(item)
                else:
                    add_file(item, found)
    return tasks, jsonl_files


def _task_inputs(tasks: list[Any], options: ReadOptions) -> Iterator[InputDoc]:
    for task in tasks:
        if isinstance(task, ErrorTask):
            yield InputDoc(id=task.doc_id, text=None, source=task.source,
                           error=("read", task.message))
        else:
            yield limit_chars(read_bytes_file(Path(task.path), task.doc_id, options),
                              options.max_chars)


def _lines(documents: Iterator[Any]) -> Iterator[str]:
    for document in documents:
        yield dump_line(document).decode().rstrip("\n")


def text_partition(tasks: list[Any], options: ReadOptions, model: str | None,
                   time_budget: float | None) -> Iterator[str]:
    """JSON lines for a partition of text-file tasks (runs on a worker)."""
    inputs = _task_inputs(list(tasks), options)
    return _lines(process_inputs(inputs, model=model, time_budget=time_budget))


def jsonl_partition(paths: list[str], options: ReadOptions, model: str | None,
                    time_budget: float | None) -> Iterator[str]:
    """JSON lines for the records of whole JSONL files (runs on a worker)."""
    inputs = (limit_chars(doc, options.max_chars)
              for path in paths for doc in read_jsonl_file(Path(path), options.max_bytes))
    return _lines(process_inputs(inputs, model=model, time_budget=time_budget))


@dataclass
class DaskRun:
    output: Path
    partitions: int
    files: list[Path]


def run_dask(specs: list[str], output: Path, *, scheduler: str | None = None,
             n_workers: int = 2, options: ReadOptions | None = None, model: str | None = None,
             time_budget: float | None = 60.0, force: bool = False,
             files_per_partition: int = TEXT_FILES_PER_PARTITION) -> DaskRun:
    """Extract ``specs`` into the folder ``output`` as ``part-NNNNN.jsonl`` files.

    ``scheduler``: address of a running ``dask.distributed`` scheduler, or None for a local
    cluster of ``n_workers`` single-threaded worker processes.
    """
    import dask.bag as db

    options = options or ReadOptions()
    if output.exists() and not force:
        raise FileExistsError(f"{output} exists; use --force to overwrite")
    staging = output.with_name(output.name + PARTIAL_SUFFIX)
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    tasks, jsonl_files = plan_inputs(specs, options)
    bags = []
    if tasks:
        bags.append(db.from_sequence(tasks, partition_size=files_per_partition)
                    .map_partitions(text_partition, options, model, time_budget))
    if jsonl_files:
        bags.append(db.from_sequence(jsonl_files, npartitions=len(jsonl_files)).map_partitions(
            jsonl_partition, options, model, time_budget))
    if not bags:
        raise ValueError("no inputs")
    bag = db.concat(bags) if len(bags) > 1 else bags[0]
    with _client(scheduler, n_workers):
        bag.to_textfiles(str(staging / "part-*.jsonl"), name_function=lambda i: f"{i:05d}",
                         last_endline=True)
    if output.exists():
        shutil.rmtree(output) if output.is_dir() else output.unlink()
    staging.rename(output)
    files = sorted(output.glob("part-*.jsonl"))
    return DaskRun(output=output, partitions=len(files), files=files)


class _client:
    """A dask.distributed client on ``address``, or on a local cluster started here."""

    def __init__(self, address: str | None, n_workers: int) -> None:
        self.address = address
        self.n_workers = n_workers
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> Any:
        from dask.distributed import Client, LocalCluster

        if self.address:
            self.client = Client(self.address)
        else:
            self.cluster = LocalCluster(n_workers=self.n_workers, threads_per_worker=1,
                                        processes=True, dashboard_address=None)
            self.client = Client(self.cluster)
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
