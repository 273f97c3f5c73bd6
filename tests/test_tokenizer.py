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


@pytest.mark.parametrize("text", [
    "Customs found 12kg. of cocaine (in Mr. Lee's car), then 3,400 pills; customs found more.",
    "\"Operation Vortex\" - seized: 1.5 t, 20,000 USD... again: 1.5 t, 20,000 USD...",
    "RIYADH, May 19 (SPA) -- the Anti-Narcotics Unit's raid/search in the north-east.",
])
def test_remembered_affixes_tokenize_as_spacy_does_read_after_read(reference, text: str) -> None:
    loaded = load().tokenizer
    expected = [(t.text, t.idx) for t in reference.tokenizer(text)]
    for _ in range(3):  # the second and third reads answer from the remembered findings
        assert [(t.text, t.idx) for t in loaded(text)] == expected


def test_remembered_affixes_follow_new_rules() -> None:
    tokenizer = load().tokenizer
    assert [t.text for t in tokenizer("Mr. Abq")] == ["Mr.", "Abq"]
    old_suffix = tokenizer.suffix_search
    try:
        tokenizer.suffix_search = spacy.util.compile_suffix_regex(["q"]).search
        assert [t.text for t in tokenizer("Mr. Abq")] == ["Mr.", "Ab", "q"]
    finally:
        tokenizer.suffix_search = old_suffix
    assert [t.text for t in tokenizer("Mr. Abq")] == ["Mr.", "Abq"]
