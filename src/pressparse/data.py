"""Reading data files (JSON Lines) with validation that names the file and line."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import orjson
from pydantic import BaseModel, ValidationError

RecordT = TypeVar("RecordT", bound=BaseModel)


class DataFileError(ValueError):
    """A data file (gazetteer, patterns) has an invalid record."""


def read_jsonl(path: Path, model: type[RecordT]) -> list[RecordT]:
    """Parse every non-blank, non-comment line of ``path`` as ``model``.

    Lines starting with ``#`` or ``//`` are comments. Errors name the file and line.
    """
    records: list[RecordT] = []
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.strip()
            if not line or line.startswith((b"#", b"//")):
                continue
            try:
                records.append(model.model_validate(orjson.loads(line)))
            except orjson.JSONDecodeError as exc:
                raise DataFileError(f"{path}:{number}: invalid JSON: {exc}") from exc
            except ValidationError as exc:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or 'record'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise DataFileError(f"{path}:{number}: {problems}") from exc
    return records


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block: for building or unpickling large data
    (objects are only made, not dropped; collections would only rescan them)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
