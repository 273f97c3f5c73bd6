"""The entity stages alone (gazetteer + organizations) on a blank English pipeline, shared
by the entity tests that read ``doc.ents`` (a test module may define its own ``nlp``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import pressparse.components  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("pressparse_gazetteer")
    pipeline.add_pipe("pressparse_organizations")
    return pipeline
