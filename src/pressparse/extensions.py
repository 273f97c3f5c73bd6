"""Custom spaCy attributes pressparse sets on docs and spans, registered once."""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH
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


_ENTITY_ARRAY_ATTRS = [ENT_IOB, IDX, LENGTH]  # small ints (ENT_TYPE is a uint64 hash)
_IOB_INSIDE, _IOB_BEGIN = 1, 3


def entity_offsets(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start_char, end_char, label)`` of every entity of ``doc``, in order.

    The same spans as ``doc.ents``, read from token arrays in one pass (``doc.ents`` builds
    a Span object per entity and visits every token from Python).
    """
    if not len(doc):
        return []
    table = doc.to_array(_ENTITY_ARRAY_ATTRS).astype(numpy.int64, copy=False)
    iob = table[:, 0]
    begins = numpy.flatnonzero(iob == _IOB_BEGIN)
    if not len(begins):
        return []
    in_entity = (iob == _IOB_BEGIN) | (iob == _IOB_INSIDE)
    continues = numpy.append(iob[1:] == _IOB_INSIDE, False)
    ends = numpy.flatnonzero(in_entity & ~continues)
    strings = doc.vocab.strings
    starts_char = table[begins, 1].tolist()
    ends_char = (table[ends, 1] + table[ends, 2]).tolist()
    labels = [strings[int(h)] for h in doc.to_array(ENT_TYPE)[begins]]
    return list(zip(starts_char, ends_char, labels, strict=True))


TEXT_KEY = "pressparse_text"
# Character offset (in the item doc) where the item's title line ends, when it has one.
TITLE_END_KEY = "pressparse_title_end"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc (spaCy rebuilds it from the tokens on each access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


# The country an item is about (ISO alpha-2, or None when no country clearly dominates it),
# weighed once by the organizations stage from its countries, demonyms, places, national
# bodies, dateline and publisher (entities.body_countries.CountryEvidence.text_countries).
HOME_COUNTRY_KEY = "pressparse_home_country"


def home_country(doc: Doc) -> str | None:
    """The country ``doc`` is about (ISO alpha-2), as the organizations stage weighed it; None
    when no country dominates the text or that stage has not run."""
    return doc.user_data.get(HOME_COUNTRY_KEY)


def register() -> None:
    """Register the extensions (idempotent)."""
    if not Span.has_extension("normalized"):
        Span.set_extension("normalized", getter=get_normalized)
    for name in ("reference_date", "published", "events"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
