"""DocView reads what spaCy's own objects give: token texts and spaces, ``doc.ents``, and the
token range of ``doc.char_span(..., alignment_mode="expand")``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressparse.entities.doc_view import DocView
from pressparse.pipeline import load

TEXTS = [
    "DUSHANBE, 4 March 2024 -- Customs officers at the Fakhrobod post seized 12.5 kg of heroin.",
    "The Ministry of Internal\nAffairs of the Republic of\u00a0Tajikistan said on Monday...",
    "Police in Ciudad del Este (Paraguay) found 1,200 kg of cocaine;  two suspects fled.\n\n"
    "MORE: São Paulo, Rio de Janeiro and U.S. ports were checked. ",
    "Europol and the CSTO met in Almaty; UNODC (Vienna) joined.\n",
    "",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load(exclude=("pressparse_dates", "pressparse_quantities", "pressparse_events"))


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_and_entities_match_the_doc(nlp: Language, text: str) -> None:
    doc = nlp(text)
    view = DocView(doc, text)
    assert [view[i] for i in range(len(view))] == [token.text for token in doc]
    assert [view.space_after(i) for i in range(len(view))] == \
        [bool(token.whitespace_) for token in doc]
    assert [(e.start, e.end, e.start_char, e.end_char, e.label_, e.text) for e in view.ents] \
        == [(e.start, e.end, e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]


@pytest.mark.parametrize("text", TEXTS)
def test_expand_matches_char_span(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    view = DocView(doc, text)
    for start in range(-1, len(text) + 2):
        for end in range(start + 1, min(start + 12, len(text) + 3)):
            span = doc.char_span(start, end, alignment_mode="expand")
            expected = None if span is None else (span.start, span.end)
            assert view.expand(start, end) == expected, (start, end)
