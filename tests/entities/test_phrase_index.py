"""The phrase index: capitals kept, acronyms exact, names across line breaks, first names."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from pressparse.entities.phrases import Entry, PhraseIndex


@pytest.fixture(scope="module")
def index() -> tuple[Language, PhraseIndex]:
    nlp = spacy.blank("en")
    phrases = PhraseIndex(nlp)
    phrases.add("Turkey", Entry("COUNTRY", {"iso2": "TR"}))
    phrases.add("Islamic Republic of Iran", Entry("COUNTRY", {"iso2": "IR"}))
    phrases.add("US", Entry("COUNTRY", {"iso2": "US"}), case_sensitive=True)
    phrases.add("captagon", Entry("SUBSTANCE", {"name": "captagon"}))
    phrases.add("Captagon", Entry("SUBSTANCE", {"name": "captagon"}))
    phrases.add("Chad", Entry("COUNTRY", {"iso2": "TD"}, ambiguous=True))
    phrases.line_links = frozenset({"of", "and"})
    phrases.build()
    return nlp, phrases


def found(index: tuple[Language, PhraseIndex], text: str) -> list[str]:
    nlp, phrases = index
    doc = nlp.make_doc(text)
    return [doc[m.start:m.end].text for m in phrases.matches(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey and TURKEY", ["Turkey", "TURKEY"]),
    ("a roast turkey", []),
    ("the US and us", ["US"]),
    ("CAPTAGON, Captagon, captagon", ["CAPTAGON", "Captagon", "captagon"]),
    ("the Islamic\nRepublic of\u00a0Iran", ["Islamic\nRepublic of\u00a0Iran"]),
    ("the islamic republic of iran", []),
    ("Chad Smith and Chad.", ["Chad"]),
    ("GIVE US IT", []),
])
def test_matches(index: tuple[Language, PhraseIndex], text: str, expected: list[str]) -> None:
    assert found(index, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the Islamic Republic\nof Iran", ["Islamic Republic\nof Iran"]),
    ("the Islamic\nRepublic\nof  Iran and\nTurkey", ["Islamic\nRepublic\nof  Iran", "Turkey"]),
    ("Turkey\nIslamic Republic of Iran", ["Islamic Republic of Iran", "Turkey"]),
    ("Turkey, the Islamic\nRepublic", ["Turkey"]),
    ("the Islamic\n\nRepublic of Iran", []),
])
def test_names_across_gaps(index: tuple[Language, PhraseIndex], text: str,
                           expected: list[str]) -> None:
    """Line breaks and odd spaces inside a name (each gap, several gaps), names on either
    side of a gap; a blank line ends a name. (Overlapping windows may report a name twice.)"""
    assert sorted(set(found(index, text))) == expected


@pytest.mark.parametrize(("links", "expected"), [
    (frozenset({"of"}), ["Islamic Republic\nof Iran"]),
    (frozenset(), []),  # a line break before an unlisted lower-case word ends the name
])
def test_link_words_after_a_line_break_come_from_the_index(
        links: frozenset[str], expected: list[str]) -> None:
    nlp = spacy.blank("en")
    phrases = PhraseIndex(nlp)
    phrases.add("Islamic Republic of Iran", Entry("COUNTRY", {"iso2": "IR"}))
    phrases.line_links = links
    phrases.build()
    doc = nlp.make_doc("talks with the Islamic Republic\nof Iran on Monday")
    assert [doc[m.start:m.end].text for m in phrases.matches(doc)] == expected


def test_the_bundled_gazetteer_lists_the_link_words() -> None:
    from pressparse.entities.gazetteer_data import PHRASE_WORDS_FILE, read_word_lists
    from pressparse.pipeline import model_path

    words = read_word_lists(model_path() / "pressparse_gazetteer" / PHRASE_WORDS_FILE)
    assert {"of", "and", "de"} <= set(words["line_break_links"])
