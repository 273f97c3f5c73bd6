"""The gazetteer's phrase token cache: used only when written for the live tokenizer, never
different from what the tokenizer says, and phrases it lacks are tokenized at load."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from spacy.language import Language

from pressparse.entities.gazetteer_data import (
    PHRASE_TOKENS_FILE,
    read_phrase_tokens,
    tokenizer_fingerprint,
)
from pressparse.entities.phrases import Entry, PhraseIndex
from pressparse.pipeline import load, model_path


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def write_cache(path: Path, header: dict[str, str], rows: list[dict[str, object]]) -> Path:
    path.write_bytes(b"\n".join(orjson.dumps(line) for line in [header, *rows]) + b"\n")
    return path


def test_bundled_cache_says_what_the_tokenizer_says(nlp: Language) -> None:
    cached = read_phrase_tokens(model_path() / "pressparse_gazetteer" / PHRASE_TOKENS_FILE,
                                nlp.tokenizer)
    if not cached:
        pytest.skip("no phrase token cache for this tokenizer (run "
                    "scripts/build_gazetteer_phrase_tokens.py)")
    wrong = [text for text, tokens in cached.items()
             if tokens != tuple(token.text for token in nlp.tokenizer(text))]
    assert wrong == []


@pytest.mark.parametrize(("fingerprint", "expected"), [
    ("live", {"Guinea-Bissau": ("Guinea", "-", "Bissau")}),
    ("another tokenizer", {}),
    (None, {}),
])
def test_cache_is_read_only_for_the_live_tokenizer(nlp: Language, tmp_path: Path,
                                                   fingerprint: str | None,
                                                   expected: dict[str, tuple[str, ...]]) -> None:
    header = {} if fingerprint is None else {
        "tokenizer": tokenizer_fingerprint(nlp.tokenizer) if fingerprint == "live"
        else fingerprint}
    path = write_cache(tmp_path / PHRASE_TOKENS_FILE, header,
                       [{"text": "Guinea-Bissau", "tokens": ["Guinea", "-", "Bissau"]}])
    assert read_phrase_tokens(path, nlp.tokenizer) == expected


def test_missing_cache_file_is_no_cache(nlp: Language, tmp_path: Path) -> None:
    assert read_phrase_tokens(tmp_path / PHRASE_TOKENS_FILE, nlp.tokenizer) == {}


@pytest.mark.parametrize(("cached", "text", "expected"), [
    # cached phrases and phrases the cache lacks are found alike
    ({"Guinea-Bissau": ("Guinea", "-", "Bissau")}, "Police in Guinea-Bissau and Côte d'Ivoire",
     ["Guinea-Bissau", "Côte d'Ivoire"]),
    ({}, "Police in Guinea-Bissau and Côte d'Ivoire", ["Guinea-Bissau", "Côte d'Ivoire"]),
])
def test_phrases_outside_the_cache_are_tokenized(nlp: Language, cached: dict[str, tuple[str, ...]],
                                                 text: str, expected: list[str]) -> None:
    index = PhraseIndex(nlp)
    index.cached_tokens = cached
    for name in ["Guinea-Bissau", "Côte d'Ivoire"]:
        index.add(name, Entry("COUNTRY", {"name": name}))
    index.build()
    assert sorted(index.tokenizer_phrases) == ["Côte d'Ivoire", "Guinea-Bissau"]
    doc = nlp.make_doc(text)
    assert [doc[m.start:m.end].text for m in index.matches(doc)] == expected
