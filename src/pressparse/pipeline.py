"""Locating and loading the bundled spaCy pipeline directory."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401  (registers doc/span attributes)
from .data import gc_paused
from .regex_cache import cached_patterns

MODEL_NAME = "pressparse-en"
PIPE_NAMES = (
    "pressparse_gazetteer",
    "pressparse_organizations",
    "pressparse_dates",
    "pressparse_quantities",
    "pressparse_events",
)


def model_path(name: str = MODEL_NAME) -> Path:
    """The pipeline directory: inside the installed package, or the checkout's ``models/``."""
    packaged = Path(__file__).parent / "models" / name
    if (packaged / "config.cfg").is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "models" / name
    if (checkout / "config.cfg").is_file():
        return checkout
    raise FileNotFoundError(f"pipeline directory {name!r} is not installed with pressparse")


def load(path: str | Path | None = None, *, exclude: tuple[str, ...] = ()) -> Language:
    """Load the pressparse spaCy pipeline (the bundled one unless ``path`` is given)."""
    from . import components, tokenizer  # noqa: F401  (registers the factories)

    # (as DataComponent.ensure_loaded: no collections while loading; the tokenizer's patterns
    # from the regex cache)
    with gc_paused(), cached_patterns():
        return spacy.load(Path(path) if path else model_path(), exclude=list(exclude))


def shared(path: str | None = None) -> Language:
    """One loaded pipeline per process and path, for the library's convenience functions
    (``shared()`` and ``shared(None)`` are the same pipeline)."""
    return _loaded(path)


@lru_cache(maxsize=4)
def _loaded(path: str | None) -> Language:
    return load(path)


def build_blank(pipes: tuple[str, ...] = PIPE_NAMES) -> Language:
    """A blank English pipeline with pressparse's tokenizer, components and bundled data."""
    from . import components  # noqa: F401

    nlp = spacy.blank("en")
    nlp.tokenizer.from_disk(model_path() / "tokenizer")
    for pipe in pipes:
        nlp.add_pipe(pipe)
    return nlp
