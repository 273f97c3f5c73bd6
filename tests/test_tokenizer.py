"""The registered empty tokenizer, filled from the pipeline directory, tokenizes exactly as
spaCy's English tokenizer with the same serialized rules does."""

from __future__ import annotations

import pytest
import spacy

from pressparse.pipeline import load, model_path


@pytest.fixture(scope="module")
def reference() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.tokenizer.from_disk(model_path() / "tokenizer")
    return nlp


@pytest.mark.parametrize("text", [
    "MOSCOW, July 2. /TASS/. The CSTO met in Almaty.",
    "Prices rose +6.2% y/y, while EUR120m. went to the U.S. Dr. Smith's lab.",
    "Officers found 450 g. of heroin and 3bn. in cash; 40C. was the peak.",
    "IMG-20190301-WA0012.jpgIn the period from February 26 to March 1, 2019 ...",
    "Don't stop: e-mail info@police.gov.kz or visit https://www.gov.kz/memleket (n.b.).",
])
def test_loaded_tokenizer_matches_the_serialized_rules(reference, text: str) -> None:
    loaded = load().tokenizer
    assert [(t.text, t.idx) for t in loaded(text)] == [
        (t.text, t.idx) for t in reference.tokenizer(text)]


def test_loaded_tokenizer_keeps_every_special_case(reference) -> None:
    assert load().tokenizer.rules == reference.tokenizer.rules
