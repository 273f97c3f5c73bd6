"""Label maps and aligning foreign spans to pressparse's token boundaries."""

from __future__ import annotations

import warnings
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any, get_args

import orjson
import spacy
from spacy.language import Language

from ...schema import Entity, EntityLabel
from ..corpus import AnnotationError, AnnotationWarning

KNOWN_LABELS: frozenset[str] = frozenset(get_args(EntityLabel))


@lru_cache(maxsize=1)
def tokenizer_nlp() -> Language:
    """A blank English pipeline with the bundled pipeline's tokenizer when it has one."""
    nlp = spacy.blank("en")
    try:
        from ...pipeline import model_path

        tokenizer_dir = model_path() / "tokenizer"
        if tokenizer_dir.exists():
            nlp.tokenizer.from_disk(tokenizer_dir)
    except (FileNotFoundError, ValueError, OSError):
        pass
    return nlp


class LabelMap:
    """Maps foreign labels to pressparse labels; ``None`` (JSON null) drops a label.

    Labels already in pressparse's set pass unchanged unless mapped. Unknown, unmapped labels
    are dropped and reported once per reader call.
    """

    def __init__(self, mapping: dict[str, str | None] | None = None) -> None:
        self.mapping = dict(mapping or {})
        for source, target in self.mapping.items():
            if target is not None and target not in KNOWN_LABELS:
                raise AnnotationError(
                    f"label map sends {source!r} to {target!r}, which is not one of "
                    f"{', '.join(sorted(KNOWN_LABELS))}")
        self.dropped: Counter[str] = Counter()

    @classmethod
    def from_file(cls, path: Path | None) -> LabelMap:
        """Read a JSON object ``{"GPE": "COUNTRY", "MISC": null}`` (or no file: identity)."""
        if path is None:
            return cls()
        try:
            data = orjson.loads(path.read_bytes())
        except orjson.JSONDecodeError as exc:
            raise AnnotationError(f"{path}: label map is not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise AnnotationError(f"{path}: label map must be a JSON object")
        return cls(data)

    def __call__(self, label: str) -> str | None:
        if label in self.mapping:
            return self.mapping[label]
        if label in KNOWN_LABELS:
            return label
        self.dropped[label] += 1
        return None

    def warn_dropped(self, source: str) -> None:
        if self.dropped:
            listed = ", ".join(f"{label} ({n})" for label, n in self.dropped.most_common())
            warnings.warn(f"{source}: labels not in the label map were dropped: {listed}",
                          AnnotationWarning, stacklevel=3)
            self.dropped.clear()


def _cuts_word(text: str, at: int) -> bool:
    """Whether offset ``at`` falls between two letters or digits (inside a word)."""
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()


def align_span(doc_id: str, text: str, start: int, end: int,
               label: str) -> tuple[int, int] | None:
    """The span trimmed of outer whitespace and, where it cuts a word, widened to tokens.

    A boundary inside a word (letter or digit on both sides, e.g. ``amphetami|ne``) moves
    to the enclosing token's edge, with a warning. A boundary next to punctuation stays
    where the annotator put it even if the tokenizer keeps the punctuation attached
    (``/TASS/``): character-based tools mark such spans correctly. ``None`` for empty or
    out-of-range spans.
    """
    if not 0 <= start < end <= len(text):
        warnings.warn(f"{doc_id}: {label} span [{start}:{end}] lies outside the text "
                      f"({len(text)} characters): dropped", AnnotationWarning, stacklevel=3)
        return None
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    if not (_cuts_word(text, start) or _cuts_word(text, end)):
        return start, end
    doc = _tokenized(text)
    expanded = doc.char_span(start, end, alignment_mode="expand")
    if expanded is None or len(expanded) == 0:
        return start, end
    new_start = expanded.start_char if _cuts_word(text, start) else start
    new_end = expanded.end_char if _cuts_word(text, end) else end
    if (new_start, new_end) != (start, end):
        warnings.warn(
            f"{doc_id}: {label} span [{start}:{end}] {text[start:end]!r} cuts a word: "
            f"aligned to the token boundaries [{new_start}:{new_end}] "
            f"{text[new_start:new_end]!r}", AnnotationWarning, stacklevel=3)
    return new_start, new_end


@lru_cache(maxsize=8)
def _tokenized(text: str) -> Any:
    return tokenizer_nlp().make_doc(text)


def make_entity(doc_id: str, text: str, start: int, end: int, label: str,
                normalized: dict[str, Any] | None = None) -> Entity | None:
    """An aligned Entity, or ``None`` when the span is unusable."""
    aligned = align_span(doc_id, text, start, end, label)
    if aligned is None:
        return None
    s, e = aligned
    return Entity(label=label, text=text[s:e], start=s, end=e, normalized=normalized)
