"""One scoring error (false positive, false negative, wrong value), with where it is."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

ErrorKind = Literal["FP", "FN", "value"]


@dataclass
class ErrorEntry:
    """A disagreement between gold and prediction.

    ``scope`` is ``entity`` (then ``label`` is the entity label) or ``event`` (then ``label``
    is the event field, e.g. ``seizures``). ``start``/``end`` locate the evidence in the text.
    """

    doc_id: str
    scope: Literal["entity", "event"]
    kind: ErrorKind
    label: str
    text: str
    start: int | None = None
    end: int | None = None
    gold: str | None = None
    pred: str | None = None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
