"""Docs with hand-set entities, so event assembly is tested without the other components."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from event_docs import Entity, build_doc
from spacy.language import Language
from spacy.tokens import Doc

from pressparse.events.cues import EventRules, load_event_rules
from pressparse.pipeline import model_path


@pytest.fixture(scope="session")
def nlp() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="session")
def rules(nlp: Language) -> EventRules:
    return load_event_rules(nlp, model_path() / "pressparse_events")


@pytest.fixture
def make_doc(nlp: Language) -> Callable[[str, list[Entity]], Doc]:
    return lambda text, entities: build_doc(nlp, text, entities)
