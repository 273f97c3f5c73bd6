"""Doc-level helpers in pressparse.extensions agree with spaCy's own views."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pressparse.extensions import entity_offsets

TEXTS = [
    ("", []),
    ("Customs officers at Rotterdam found nothing.", []),
    ("Police in Almaty", [(2, 3, "LOC")]),  # entity at the very end
    ("UNODC Interpol and Europol met", [(0, 1, "ORG"), (1, 2, "ORG"), (3, 4, "ORG")]),
    ("The Ministry of Internal Affairs of Kazakhstan seized 5 kg of heroin",
     [(1, 7, "ORG"), (8, 10, "QUANTITY"), (11, 12, "SUBSTANCE")]),
]


@pytest.mark.parametrize(("text", "ents"), TEXTS)
def test_entity_offsets_match_doc_ents(text: str, ents: list[tuple[int, int, str]]) -> None:
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert entity_offsets(doc) == [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    assert len(entity_offsets(doc)) == len(ents)
