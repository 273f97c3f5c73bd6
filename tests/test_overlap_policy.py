"""spans.OverlapPolicy and add_entities: longest span first, then label priority, configurable."""

from __future__ import annotations

import itertools

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from pressparse.spans import DEFAULT_PRIORITY, Candidate, OverlapPolicy, add_entities

TEXT = "the Ministry of Internal Affairs of the Republic of Kazakhstan seized heroin in Almaty"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


def span_of(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def cand(text: str, surface: str, label: str, priority: int = 0,
         value: dict | None = None) -> Candidate:
    return Candidate(*span_of(text, surface), label, value or {"v": surface}, priority)


def result(doc: Doc) -> list[tuple[str, str]]:
    return [(e.label_, e.text) for e in doc.ents]


@pytest.mark.parametrize(("candidates", "expected"), [
    # the longest span wins over a higher-priority label inside it
    ([("Kazakhstan", "COUNTRY"), ("Republic of Kazakhstan", "COUNTRY"),
      ("Ministry of Internal Affairs of the Republic of Kazakhstan", "ORG")],
     [("ORG", "Ministry of Internal Affairs of the Republic of Kazakhstan")]),
    ([("Republic of Kazakhstan", "COUNTRY"), ("Kazakhstan", "OPERATION")],
     [("COUNTRY", "Republic of Kazakhstan")]),
    # equal spans: label priority decides (ORG 60 > COUNTRY 45 > LOC 40 > NORP 10)
    ([("Almaty", "LOC"), ("Almaty", "ORG")], [("ORG", "Almaty")]),
    ([("Kazakhstan", "NORP"), ("Kazakhstan", "COUNTRY")], [("COUNTRY", "Kazakhstan")]),
    ([("heroin", "SUBSTANCE"), ("heroin", "QUANTITY")], [("QUANTITY", "heroin")]),
    # non-overlapping candidates are all kept, in text order
    ([("Almaty", "LOC"), ("heroin", "SUBSTANCE"), ("Kazakhstan", "COUNTRY")],
     [("COUNTRY", "Kazakhstan"), ("SUBSTANCE", "heroin"), ("LOC", "Almaty")]),
    # partial overlaps: the longer one wins, the other is dropped whole
    ([("Internal Affairs of the Republic", "ORG"), ("Republic of Kazakhstan", "COUNTRY")],
     [("ORG", "Internal Affairs of the Republic")]),
])
def test_default_policy(nlp: Language, candidates: list[tuple[str, str]],
                        expected: list[tuple[str, str]]) -> None:
    doc = add_entities(nlp.make_doc(TEXT), [cand(TEXT, s, label) for s, label in candidates])
    assert result(doc) == expected


def test_candidate_priority_breaks_ties_within_a_label(nlp: Language) -> None:
    doc = add_entities(nlp.make_doc(TEXT), [
        cand(TEXT, "Almaty", "LOC", priority=-1, value={"name": "grammar"}),
        cand(TEXT, "Almaty", "LOC", priority=0, value={"name": "gazetteer"}),
    ])
    assert [e._.normalized for e in doc.ents] == [{"name": "gazetteer"}]


def test_custom_priorities(nlp: Language) -> None:
    policy = OverlapPolicy(priority={**DEFAULT_PRIORITY, "LOC": 99})
    doc = add_entities(nlp.make_doc(TEXT), [cand(TEXT, "Almaty", "ORG"),
                                            cand(TEXT, "Almaty", "LOC")], policy)
    assert result(doc) == [("LOC", "Almaty")]


def test_priority_before_length_when_not_preferring_longest(nlp: Language) -> None:
    policy = OverlapPolicy(prefer_longest=False)
    doc = add_entities(nlp.make_doc(TEXT), [
        cand(TEXT, "Republic of Kazakhstan", "COUNTRY"), cand(TEXT, "Kazakhstan", "OPERATION")],
        policy)
    assert result(doc) == [("OPERATION", "Kazakhstan")]


def test_existing_entities_merge_with_new_ones(nlp: Language) -> None:
    doc = add_entities(nlp.make_doc(TEXT), [cand(TEXT, "Kazakhstan", "COUNTRY",
                                                 value={"iso2": "KZ"})])
    doc = add_entities(doc, [cand(TEXT, "Ministry of Internal Affairs", "ORG"),
                             cand(TEXT, "Almaty", "LOC", value={"name": "Almaty"})])
    assert result(doc) == [("ORG", "Ministry of Internal Affairs"), ("COUNTRY", "Kazakhstan"),
                           ("LOC", "Almaty")]
    assert [e._.normalized for e in doc.ents][1:] == [{"iso2": "KZ"}, {"name": "Almaty"}]
    # a longer new span replaces the old ones it covers
    doc = add_entities(doc, [cand(TEXT, "Ministry of Internal Affairs of the Republic of "
                                        "Kazakhstan", "ORG")])
    assert result(doc)[0] == ("ORG", "Ministry of Internal Affairs of the Republic of Kazakhstan")
    assert len(doc.ents) == 2


def test_an_existing_entity_keeps_an_equal_span(nlp: Language) -> None:
    doc = add_entities(nlp.make_doc(TEXT), [cand(TEXT, "Almaty", "LOC", value={"name": "old"})])
    doc = add_entities(doc, [cand(TEXT, "Almaty", "LOC", value={"name": "new"})])
    assert [e.text for e in doc.ents] == ["Almaty"]


def test_offsets_inside_tokens_expand_to_token_bounds(nlp: Language) -> None:
    start = TEXT.index("Almaty")
    doc = add_entities(nlp.make_doc(TEXT), [Candidate(start + 1, start + 3, "LOC")])
    assert result(doc) == [("LOC", "Almaty")]


def test_equal_candidates_keep_the_value_of_the_one_kept(nlp: Language) -> None:
    doc = add_entities(nlp.make_doc(TEXT), [
        cand(TEXT, "Almaty", "LOC", value={"name": "first"}),
        cand(TEXT, "Almaty", "LOC", value={"name": "second"}),
    ])
    assert [e._.normalized for e in doc.ents] == [{"name": "first"}]


LABELS = list(DEFAULT_PRIORITY)
VOCAB = spacy.blank("en").vocab


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(1, 5), st.sampled_from(LABELS)),
                max_size=12))
def test_resolution_is_a_consistent_non_overlapping_choice(
        spans: list[tuple[int, int, str]]) -> None:
    words = [f"w{i}" for i in range(18)]
    doc = Doc(VOCAB, words=words)
    starts = [token.idx for token in doc]
    candidates = [Candidate(starts[s], doc[min(s + n, 18) - 1].idx + 3, label)
                  for s, n, label in spans]
    doc = add_entities(doc, candidates)
    kept = list(doc.ents)
    policy = OverlapPolicy()
    # non-overlapping and in text order
    assert all(a.end <= b.start for a, b in itertools.pairwise(kept))
    # every candidate is kept or overlaps a kept span that ranks at least as high
    for candidate in candidates:
        span = doc.char_span(candidate.start, candidate.end, label=candidate.label,
                             alignment_mode="expand")
        assert span is not None
        if any((k.start, k.end, k.label_) == (span.start, span.end, span.label_) for k in kept):
            continue
        blockers = [k for k in kept if k.start < span.end and span.start < k.end]
        assert blockers
        assert any(policy.rank(k)[:2] >= policy.rank(span)[:2] for k in blockers)
