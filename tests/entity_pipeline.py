"""The entity stages alone (gazetteer + organizations) on a blank English pipeline, for the
tests that read ``doc.ents`` without dates, quantities or events."""

from __future__ import annotations

import spacy
from spacy.language import Language

import pressparse.components  # noqa: F401  (registers the factories)
from pressparse.extensions import VALUES_KEY


def entity_stages() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("pressparse_gazetteer")
    pipeline.add_pipe("pressparse_organizations")
    return pipeline


def org_names(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """Each ORG entity of ``nlp(text)`` as written, with the name its value gives."""
    return [(ent.text, (ent._.normalized or {}).get("name")) for ent in nlp(text).ents
            if ent.label_ == "ORG"]


def substance_names(nlp: Language, text: str) -> list[tuple[str, str]]:
    """Each SUBSTANCE entity of ``nlp(text)`` as written, with the name its value gives."""
    doc = nlp(text)
    values = doc.user_data.get(VALUES_KEY) or {}
    return [(ent.text, values[(ent.start_char, ent.end_char, ent.label_)]["name"])
            for ent in doc.ents if ent.label_ == "SUBSTANCE"]


def loc_at(nlp: Language, text: str, word: str, occurrence: int) -> bool:
    """Is the ``occurrence``-th (0 = first) ``word`` of ``text`` inside a LOC entity?"""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return any(ent.label_ == "LOC" and ent.start_char <= start < ent.end_char
               for ent in nlp(text).ents)
