"""The token columns the gazetteer, organization and event stages share: what spaCy's tokens
give, read once per doc, and read again when the tokens change."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from pressparse.entities.doc_view import token_columns
from pressparse.entities.phrases import TokenTexts
from pressparse.events.mentions import TokenOffsets

TEXTS = [
    "DUSHANBE, 4 March 2024 -- Customs officers at the Fakhrobod post seized 12.5 kg of heroin.",
    "The Ministry of Internal\nAffairs of the Republic of\u00a0Tajikistan said on Monday...",
    "Police in Ciudad del Este (Paraguay) found 1,200 kg of cocaine;  two suspects fled.\n\n",
    "",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


@pytest.mark.parametrize("text", TEXTS)
def test_columns_are_the_tokens_attributes(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    columns = token_columns(doc)
    assert columns.orths == [token.orth for token in doc]
    assert columns.idx == [token.idx for token in doc]
    assert columns.lengths == [len(token) for token in doc]
    assert columns.spaces == [int(bool(token.whitespace_)) for token in doc]
    assert token_columns(doc) is columns  # read once, then shared


@pytest.mark.parametrize("text", TEXTS)
def test_stage_views_read_the_shared_columns(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    texts, offsets = TokenTexts(doc), TokenOffsets(doc)
    assert [texts[i] for i in range(len(texts))] == [token.text for token in doc]
    assert [texts.space_after(i) for i in range(len(texts))] == \
        [bool(token.whitespace_) for token in doc]
    assert offsets.starts == [token.idx for token in doc]
    assert offsets.ends == [token.idx + len(token) for token in doc]


def test_columns_are_read_again_after_a_merge(nlp: Language) -> None:
    doc = nlp.make_doc("Officers of the Border Service seized 40 kg of hashish.")
    before = token_columns(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:5])
    after = token_columns(doc)
    assert after is not before
    assert after.orths == [token.orth for token in doc]
