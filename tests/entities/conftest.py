"""The entity stages alone (gazetteer + organizations) on a blank English pipeline, shared
by the entity tests that read ``doc.ents`` (a test module may define its own ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import entity_stages


@pytest.fixture(scope="module")
def nlp() -> Language:
    return entity_stages()
