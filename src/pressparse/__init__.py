"""pressparse: structured, normalized event records from raw press releases.

>>> import pressparse
>>> doc = pressparse.extract("On 3 May 2024 Kazakh police seized 1.2 tons of hashish in Almaty.")
>>> [e.label for e in doc.entities]  # doctest: +SKIP
['DATE', 'NORP', 'QUANTITY', 'SUBSTANCE', 'LOC']
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pressparse")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

from typing import TYPE_CHECKING, Any

from .schema import Document, Entity, Event, Item, json_schema

if TYPE_CHECKING:
    from .driver import extract, extract_many
    from .pipeline import load, model_path

_LAZY = {"extract": "driver", "extract_many": "driver", "load": "pipeline",
         "model_path": "pipeline"}


def __getattr__(name: str) -> Any:
    """Import the pipeline machinery on first use, so ``import pressparse`` stays light."""
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Document",
    "Entity",
    "Event",
    "Item",
    "__version__",
    "extract",
    "extract_many",
    "json_schema",
    "load",
    "model_path",
]
