"""Custom spaCy attributes pressparse sets on docs and spans, registered once."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

VALUES_KEY = "pressparse_values"


def _values(doc: Doc) -> dict[tuple[int, int, str], dict[str, Any]]:
    return doc.user_data.setdefault(VALUES_KEY, {})


def get_normalized(span: Span) -> dict[str, Any] | None:
    """The normalized value stored for this span (by offsets and label), if any."""
    return _values(span.doc).get((span.start_char, span.end_char, span.label_))


def set_normalized(span: Span, value: dict[str, Any] | None) -> None:
    """Store the normalized value of an entity span on its doc."""
    _values(span.doc)[(span.start_char, span.end_char, span.label_)] = value


TEXT_KEY = "pressparse_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc (spaCy rebuilds it from the tokens on each access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def register() -> None:
    """Register the extensions (idempotent)."""
    if not Span.has_extension("normalized"):
        Span.set_extension("normalized", getter=get_normalized)
    for name in ("reference_date", "published", "events"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
