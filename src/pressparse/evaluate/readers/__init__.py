"""Readers (and writers) for annotations made in other tools."""

from __future__ import annotations

from pathlib import Path

from ..corpus import AnnotationError, EvalDoc, read_native
from .align import LabelMap
from .docbin import read_docbin, to_docbin
from .doccano import read_doccano, to_doccano
from .labelstudio import read_labelstudio, to_labelstudio
from .prodigy import read_prodigy, to_prodigy

FORMATS = ("native", "labelstudio", "doccano", "prodigy", "docbin")

__all__ = [
    "FORMATS",
    "LabelMap",
    "read_annotations",
    "to_docbin",
    "to_doccano",
    "to_labelstudio",
    "to_prodigy",
]


def read_annotations(path: Path, fmt: str = "native",
                     label_map: LabelMap | None = None) -> list[EvalDoc]:
    """Gold documents from ``path`` in format ``fmt`` (``auto`` guesses from the name)."""
    label_map = label_map or LabelMap()
    if fmt == "auto":
        fmt = guess_format(path)
    if fmt == "native":
        return read_native(path)
    if fmt == "labelstudio":
        return read_labelstudio(path, label_map)
    if fmt == "doccano":
        return read_doccano(path, label_map)
    if fmt == "prodigy":
        return read_prodigy(path, label_map)
    if fmt == "docbin":
        return read_docbin(path, label_map)
    raise AnnotationError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


def guess_format(path: Path) -> str:
    """``docbin`` for .spacy, ``labelstudio`` for a .json list, else ``native``."""
    if path.suffix == ".spacy":
        return "docbin"
    if path.suffix == ".json" and not path.name.endswith(".gold.json"):
        return "labelstudio"
    return "native"
