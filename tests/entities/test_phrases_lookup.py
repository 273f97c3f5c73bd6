"""The phrase index's own lookups agree with spaCy's: LOWER hashes and flags from the ORTH
cache, phrase spans from the LOWER-hash walk, and the gazetteer load leaves GC as it was."""

from __future__ import annotations

import gc

import pytest
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pressparse.entities.gazetteer_data import GazetteerData
from pressparse.entities.phrases import (
    LEXEME_FACTS_LIMIT,
    Entry,
    LexemeFacts,
    PhraseIndex,
    TokenTexts,
)
from pressparse.pipeline import model_path

TEXTS = [
    "DUSHANBE, 4 March 2024 -- Customs officers at the Fakhrobod post seized 12.5 kg of heroin.",
    "The Ministry of Internal\nAffairs of the Republic of\u00a0Tajikistan said on Monday...",
    "Police in Ciudad del Este (Paraguay) found 1,200 kg of cocaine;  two suspects fled.\n\n"
    "MORE: São Paulo, Rio de Janeiro and U.S. ports were checked.",
    "İSTANBUL \u2013 Kocaeli Gendarmerie: 'Operation Narkokapan'\t\tcontinues\r\n",
    "",
]

PHRASES = ["Republic of Tajikistan", "Ministry of Internal Affairs",
           "Ministry of Internal Affairs of the Republic of Tajikistan", "Ciudad del Este",
           "Rio de Janeiro", "São Paulo", "U.S.", "Tajikistan", "Paraguay", "Ministry"]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


@pytest.mark.parametrize("limit", [LEXEME_FACTS_LIMIT, 5])
@pytest.mark.parametrize("text", TEXTS)
def test_lexeme_facts_agree_with_spacy(nlp: Language, text: str, limit: int) -> None:
    facts = LexemeFacts(nlp.vocab, limit=limit)
    for _ in range(2):  # learnt, then remembered (or, past the limit, learnt again)
        doc = nlp.make_doc(text)
        orths = TokenTexts(doc).orths
        assert facts.lower(orths) == doc.to_array(LOWER).tolist()
        assert [orth in facts.spaces for orth in orths] == \
            [bool(flag) for flag in doc.to_array(IS_SPACE).tolist()]
        assert [orth in facts.punctuation for orth in orths] == \
            [bool(flag) for flag in doc.to_array(IS_PUNCT).tolist()]


def test_lexeme_facts_stay_right_past_their_limit(nlp: Language) -> None:
    facts = LexemeFacts(nlp.vocab, limit=5)  # every text's words push the others' out
    for text in [*TEXTS, *reversed(TEXTS)]:
        doc = nlp.make_doc(text)
        orths = TokenTexts(doc).orths
        assert facts.lower(orths) == doc.to_array(LOWER).tolist()
        assert [orth in facts.spaces for orth in orths] == \
            [bool(flag) for flag in doc.to_array(IS_SPACE).tolist()]


@pytest.mark.parametrize("text", TEXTS)
def test_phrase_walk_finds_what_spacys_phrase_matcher_finds(nlp: Language, text: str) -> None:
    index = PhraseIndex(nlp)
    for phrase in PHRASES:
        index.add(phrase, Entry("LOC", {"name": phrase}))
    index.build()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for phrase in PHRASES:  # as the index tokenizes it, then in lower case
        words = [token.text.lower() for token in nlp.make_doc(phrase)]
        matcher.add(phrase, [Doc(nlp.vocab, words=words)])
    doc = nlp.make_doc(text)
    expected = sorted({(start, end) for _, start, end in matcher(doc)})
    lower = index._facts.lower(TokenTexts(doc).orths)
    assert index._spans(lower) == expected


@pytest.mark.parametrize(("phrases", "text", "expected"), [
    # two spellings that are the same tokens: both keys' entries are read
    (["Centre - Narcotics", "Centre-Narcotics"], "the Centre-Narcotics unit",
     [("Centre-Narcotics", "Centre - Narcotics"), ("Centre-Narcotics", "Centre-Narcotics")]),
    # a phrase that starts another one: each is found
    (["Gulf of Aden", "Gulf"], "in the Gulf of Aden", [("Gulf", "Gulf"),
                                                      ("Gulf of Aden", "Gulf of Aden")]),
    (["Gulf of Aden"], "in the Gulf of\nAden", [("Gulf of\nAden", "Gulf of Aden")]),
    (["Gulf of Aden"], "in the Gulf of\n\nAden", []),
])
def test_phrases_sharing_tokens(nlp: Language, phrases: list[str], text: str,
                                expected: list[tuple[str, str]]) -> None:
    index = PhraseIndex(nlp)
    for phrase in phrases:
        index.add(phrase, Entry("LOC", {"name": phrase}))
    doc = nlp.make_doc(text)
    assert [(doc[m.start:m.end].text, m.entry.normalized["name"])
            for m in index.matches(doc)] == expected


@pytest.mark.parametrize("enabled", [True, False])
def test_gazetteer_load_leaves_garbage_collection_as_it_was(nlp: Language,
                                                            enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        data = GazetteerData(nlp, model_path() / "pressparse_gazetteer")
        assert gc.isenabled() is enabled
        assert len(data.index) > 10_000
    finally:
        gc.enable() if was else gc.disable()


@pytest.mark.parametrize("text", TEXTS)
def test_token_texts_read_a_doc_as_spacy_does(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    texts = TokenTexts(doc)
    assert [texts[i] for i in range(len(texts))] == [token.text for token in doc]
    assert texts.idx == [token.idx for token in doc]
    assert [texts.space_after(i) for i in range(len(texts))] == \
        [bool(token.whitespace_) for token in doc]
    spans = [(start, end) for start in range(len(doc)) for end in range(start, len(doc) + 1)]
    assert [texts.span_text(start, end) for start, end in spans] == \
        [doc[start:end].text for start, end in spans]
