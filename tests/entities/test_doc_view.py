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


MERGES = [  # (text, candidates as (start_char, end_char, label, priority))
    ("Europol and the CSTO met in Almaty on Monday.", [(0, 7, "ORG", 0), (28, 34, "LOC", -2)]),
    ("The Anti-Drug Agency of Almaty said.", [(4, 34, "ORG", -1), (24, 30, "LOC", 0)]),
    ("Police in Osh Region seized heroin.", [(10, 20, "LOC", -2), (10, 13, "ORG", 0),
                                            (28, 34, "SUBSTANCE", 0), (29, 31, "ORG", 5)]),
    ("UNODC (Vienna) and Interpol.", [(6, 14, "LOC", 0), (19, 27, "ORG", 0)]),
    ("No entities at all here. ", [(24, 25, "ORG", 0), (3, 3, "ORG", 0)]),
]


@pytest.mark.parametrize(("text", "candidates"), MERGES)
def test_merge_entities_matches_add_entities(nlp: Language, text: str,
                                             candidates: list[tuple[int, int, str, int]]) -> None:
    from pressparse.components.organizations import merge_entities
    from pressparse.extensions import VALUES_KEY
    from pressparse.spans import Candidate, add_entities

    found = [Candidate(s, e, label, {"name": text[s:e]}, priority)
             for s, e, label, priority in candidates]
    expected = add_entities(nlp(text), found)
    doc = nlp(text)
    view = DocView(doc, text)
    merged = merge_entities(doc, view, found, doc.user_data.setdefault(VALUES_KEY, {}))
    spans = [(e.start, e.end, e.label_) for e in doc.ents]
    assert spans == [(e.start, e.end, e.label_) for e in expected.ents]
    assert [token.ent_iob for token in doc] == [token.ent_iob for token in expected]
    assert doc.user_data[VALUES_KEY] == expected.user_data[VALUES_KEY]
    if merged is not None:
        assert [(e.start, e.end, e.label_) for e in merged] == spans
