"""Fixtures shared by the date tests: the date tagger and a pipeline with only the DATE stage
(clock times on)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressparse.pipeline import build_blank, model_path
from pressparse.temporal.tagger import DateTagger, tagger_for


@pytest.fixture(scope="session")
def tagger() -> DateTagger:
    return tagger_for(str(model_path() / "pressparse_dates"))


@pytest.fixture(scope="session")
def nlp() -> Language:
    nlp = build_blank(())
    nlp.add_pipe("pressparse_dates", config={"clock_times": True})
    return nlp
