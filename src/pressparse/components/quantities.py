"""QUANTITY entities: amounts with units, qualifiers and what was counted, normalized.

Runs after the gazetteer, organization and date components: it never proposes a
quantity overlapping their DATE/ORG/OPERATION/LOC/PERSON/SUBSTANCE entities, and it
links measures to SUBSTANCE entities already in ``doc.ents``.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import VALUES_KEY, doc_text, set_normalized
from ..measure.lexicon import load_lexicon
from ..measure.scanner import QuantityScanner, SubstanceMention
from ..spans import Candidate, add_entities
from .base import DataComponent

# Larger numbers are digit runs (IDs, garbage), not amounts: 10^18 exceeds any real figure.
MAX_MAGNITUDE = 1e18
# Labels a quantity may displace when it is longer ("US" inside "US$5 million").
_YIELDING_LABELS = frozenset({"COUNTRY", "NORP"})


class QuantityRecognizer(DataComponent):
    """Amounts with units, qualifiers and what was counted, normalized."""

    factory = "pressparse_quantities"
    scanner: QuantityScanner

    def load(self, data_dir: Path) -> None:
        self.scanner = QuantityScanner(load_lexicon(data_dir))

    def process(self, doc: Doc) -> Doc:
        ents: list[Sequence[Span]] = []  # doc.ents, read once by the context
        found = self.scanner.scan(doc_text(doc), context=lambda: _context(doc, ents))
        values = [(q, q.normalized()) for q in found]
        kept = [Candidate(q.start, q.end, "QUANTITY", value) for q, value in values
                if _representable(value)]
        if kept and not _add_quantities(doc, kept, ents[0] if ents else doc.ents):
            add_entities(doc, kept)
        return doc


def _add_quantities(doc: Doc, kept: list[Candidate], ents: Sequence[Span]) -> bool:
    """The common case of ``spans.add_entities`` (``ents`` is ``doc.ents``) without
    ``doc.char_span``: token ranges by bisect over token starts ("expand" alignment), then
    ``set_ents`` when no new span touches an entity or another new span. False (nothing
    done) otherwise: the caller then runs ``add_entities``, which resolves the overlap.
    """
    text = doc_text(doc)
    starts = doc.to_array(IDX).tolist()
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    spans: list[Span] = []
    for candidate in kept:
        start_char, end_char = candidate.start, candidate.end
        if not 0 <= start_char < end_char <= len(text) or text[start_char].isspace():
            return False  # an unusual span: char_span's own rules apply
        first = bisect_right(starts, start_char) - 1
        end = bisect_right(starts, end_char - 1)
        for i in range(first, end):
            if i in taken:
                return False
            taken.add(i)
        spans.append(Span(doc, first, end, label="QUANTITY"))
    doc.set_ents(spans, default="unmodified")
    for span, candidate in zip(spans, kept, strict=True):
        set_normalized(span, candidate.normalized)
    return True


def _representable(value: dict[str, object]) -> bool:
    """False for digit runs too long to be an amount ("9" * 400 reads as infinity)."""
    return all(
        not isinstance(number, float) or (math.isfinite(number) and abs(number) < MAX_MAGNITUDE)
        for number in (value.get("value"), value.get("low"), value.get("high"), value.get("kg"))
    )


def _context(doc: Doc, ents_out: list[Sequence[Span]]
             ) -> tuple[list[SubstanceMention], list[tuple[int, int]]]:
    """SUBSTANCE mentions to link to, and the entity ranges no quantity may overlap;
    ``doc.ents`` is appended to ``ents_out`` for reuse."""
    substances: list[SubstanceMention] = []
    blocked: list[tuple[int, int]] = []
    values = doc.user_data.get(VALUES_KEY, {})
    ents = doc.ents
    ents_out.append(ents)
    for ent in ents:
        label = ent.label_
        if label in _YIELDING_LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        if label == "SUBSTANCE":
            value = values.get((start, end, label)) or {}
            substances.append(SubstanceMention(start, end, value.get("name") or ent.text))
        blocked.append((start, end))
    return substances, blocked


@Language.factory("pressparse_quantities", default_config={"data_dir": None})
def make_quantities(nlp: Language, name: str, data_dir: str | None) -> QuantityRecognizer:
    return QuantityRecognizer(nlp, name, data_dir)
