"""JSON Lines output: one line per document, written line-atomically, resumable.

A run writes ``OUT.partial`` and renames it to ``OUT`` when every input is done. After a
crash (even SIGKILL), ``--resume`` repairs a torn last line, skips the ids already
written, and appends the rest.

The writer holds an exclusive ``flock`` on ``OUT.partial`` from before it reads or empties
it until after the rename; the kernel drops it when the process dies, also by SIGKILL. A
second run on the same output while the first still writes (a kill that reached a wrapper
such as ``sh``, ``make`` or ``timeout`` but not pressparse itself) is refused with
``OutputLockedError`` instead of reading the file mid-write and writing every document the
first run appends after that read a second time.
"""

from __future__ import annotations

import errno
import math
import os
import sys
from collections.abc import Iterable
from itertools import chain
from pathlib import Path
from typing import IO, Any

import orjson
from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

from ..schema import Document, ErrorRecord

PARTIAL_SUFFIX = ".partial"


class OutputExistsError(FileExistsError):
    """The output exists and neither --force nor --resume was given."""


class OutputLockedError(OutputExistsError):
    """Another process is still writing the output's partial file."""


def _lock(fd: int, partial: Path) -> None:
    """Take the exclusive lock on the open partial file, or raise OutputLockedError."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no flock, no check
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            raise
        os.close(fd)
        raise OutputLockedError(
            f"another pressparse run is still writing {partial}; wait for it to end or stop "
            "it (kill its process, not a wrapper around it), then rerun with --resume"
        ) from None


def non_finite_path(value: Any) -> str | None:
    """Where a NaN or infinity hides in a model, dict or list (``.items.0...``), if anywhere.

    pydantic would write such a value as null and json.dumps as ``Infinity`` (not JSON);
    a value must never be lost silently, so the document gets an error record instead.
    The walk builds no strings; the path is assembled only when something is found.
    """
    keys = _non_finite_keys(value)
    if keys is None:
        return None
    return "." + ".".join(str(key) for key in reversed(keys))


def _non_finite_keys(value: Any) -> list[Any] | None:
    if isinstance(value, float):
        return None if math.isfinite(value) else []
    if isinstance(value, BaseModel):
        pairs: Iterable[tuple[Any, Any]] = chain(value.__dict__.items(),
                                                 (value.__pydantic_extra__ or {}).items())
    elif isinstance(value, dict):
        pairs = value.items()
    elif isinstance(value, list | tuple):
        pairs = enumerate(value)
    else:
        return None
    for key, inner in pairs:
        if isinstance(inner, str | int | bool | None):
            continue
        found = _non_finite_keys(inner)
        if found is not None:
            found.append(key)
            return found
    return None


def ensure_finite(document: Document) -> Document:
    """The document itself, or (when it holds NaN/inf) a copy with an error and no items."""
    path = non_finite_path(document)
    if path is None:
        return document
    failed = document.model_copy(update={"items": [], "text": document.text})
    failed.errors = [*document.errors, ErrorRecord(
        stage="pipeline", message=f"non-finite number at {path} cannot be written as JSON; "
                                  "the document's items were dropped")]
    return failed


def unwritable(document: Document, exc: Exception) -> Document:
    """A line that can be written for a document that cannot: its id and source made
    writable, its items dropped, a ``write`` error saying why."""
    from .readers import writable

    return Document(
        id=writable(document.id), source=writable(document.source or "") or None,
        published=None, pressparse_version=document.pressparse_version,
        errors=[*(ErrorRecord(stage=e.stage, message=writable(e.message))
                  for e in document.errors),
                ErrorRecord(stage="write", message=writable(
                    f"the document could not be written as JSON ({exc}); items dropped"))])


def dump_line(document: Document) -> bytes:
    """One strict-JSON line for a document (NaN/inf turn the document into an error).

    Serialized once; only a line holding the constants' spelling (possibly inside a string)
    is walked for non-finite numbers.
    """
    try:
        line = document.model_dump_json(by_alias=True).encode()
    except PydanticSerializationError as exc:  # lone surrogates (a library caller's InputDoc)
        return unwritable(document, exc).model_dump_json(by_alias=True).encode() + b"\n"
    if b"NaN" in line or b"Infinity" in line:
        checked = ensure_finite(document)
        if checked is not document:
            line = checked.model_dump_json(by_alias=True).encode()
    return line + b"\n"


def partial_path(path: Path) -> Path:
    return path.with_name(path.name + PARTIAL_SUFFIX)


def repair_and_read_ids(path: Path, failed: set[str] | None = None) -> set[str]:
    """Ids of complete lines in ``path``; a torn or invalid tail is cut off. ``failed``
    collects the ids of the lines with an ``errors`` entry."""
    ids: set[str] = set()
    good_end = 0
    with path.open("rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break
            try:
                written = orjson.loads(line)
                ids.add(str(written["id"]))
            except (orjson.JSONDecodeError, KeyError, TypeError):
                break
            if failed is not None and written.get("errors"):
                failed.add(str(written["id"]))
            good_end += len(line)
    if good_end != path.stat().st_size:
        with path.open("r+b") as handle:
            handle.truncate(good_end)
    return ids


class JsonlWriter:
    """Writes documents to a file (atomically renamed at the end) or to stdout."""

    def __init__(self, path: Path | None, *, force: bool = False, resume: bool = False,
                 fsync_every: int = 200) -> None:
        self.path = path
        self.done_ids: set[str] = set()
        self.done_failed_ids: set[str] = set()  # (the done ids whose lines have errors)
        self.fsync_every = fsync_every
        self.written = 0
        self._fd: int | None = None
        self._stream: IO[bytes] | None = None
        if path is None:
            self._stream = sys.stdout.buffer
            return
        partial = partial_path(path)
        if not resume and path.exists() and not force:
            raise OutputExistsError(f"{path} exists; use --force to overwrite or --resume")
        if resume and path.exists() and not partial.exists():
            os.replace(path, partial)  # a finished run: append to it
        path.parent.mkdir(parents=True, exist_ok=True)
        # Opened (never truncated or unlinked) and locked before it is read or emptied.
        fd = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        _lock(fd, partial)
        try:
            if resume:
                self.done_ids = repair_and_read_ids(partial, self.done_failed_ids)
            else:
                os.ftruncate(fd, 0)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def write(self, document: Document) -> None:
        line = dump_line(document)
        if self._stream is not None:
            self._stream.write(line)
            return
        assert self._fd is not None
        view = memoryview(line)
        while view:  # O_APPEND + one write per line: a kill leaves at most one torn tail
            written = os.write(self._fd, view)
            view = view[written:]
        self.written += 1
        if self.written % self.fsync_every == 0:
            os.fsync(self._fd)

    def close(self, *, complete: bool = True) -> None:
        """Flush; when ``complete``, rename the partial file to the final name."""
        if self._stream is not None:
            self._stream.flush()
            return
        if self._fd is None:
            return
        try:
            os.fsync(self._fd)
            if complete and self.path is not None:  # (renamed while still locked)
                os.replace(partial_path(self.path), self.path)
        finally:
            os.close(self._fd)
            self._fd = None
