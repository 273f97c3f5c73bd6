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
_heap_frozen = False  # whether freeze_for_good has frozen a heap (a batch run's loaded one)


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
    (objects are only made, not dropped; collections would only rescan them).

    The outermost block hands what it made to the oldest generation on leaving (see
    ``_promote_all``), so the next young collection does not walk all of it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            _promote_all()
            gc.enable()


def _promote_all() -> None:
    """Move every tracked object to the oldest generation without walking it (``freeze`` then
    ``unfreeze``), unless objects are frozen already (a batch run's loaded heap stays frozen).
    Loading leaves hundreds of thousands of young objects; the young collection after it
    walked them all (about 0.1 s CPU of a start-up) only to promote them. They stay
    collectable: full collections see them as before.

    A heap :func:`freeze_for_good` froze is known without asking ``gc.get_freeze_count``,
    which walks every frozen object (some 20 ms on a loaded pipeline, at every
    ``extract_many`` call's warm-up)."""
    if not _heap_frozen and gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def freeze_for_good() -> None:
    """``gc.freeze()`` of a heap that stays frozen for the rest of the process (a batch run's
    loaded pipeline), remembered by :func:`gc_paused`."""
    global _heap_frozen
    gc.freeze()
    _heap_frozen = True
