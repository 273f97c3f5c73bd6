"""Substances written in a headline's capitals, and a substance's form given in brackets."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import substance_names

CAPITALS_CASES = [
    ("GANJA SEIZED AT A FARM", "GANJA", "SUBSTANCE"),
    ("NDLEA OPERATIVES SEIZE GANJA IN OYO", "GANJA", "SUBSTANCE"),
    ("PDEA AGENTS SEIZE SHABU WORTH P6.8 MILLION", "SHABU", "SUBSTANCE"),
    ("COURIER HELD WITH HEROIN AT THE BORDER", "HEROIN", "SUBSTANCE"),
    ("Customs officers found GANJA hidden under the seats.", "GANJA", "SUBSTANCE"),
    ("TWO MEN DETAINED IN GANJA AFTER A RAID", "GANJA", "LOC"),
    ("The court in Ganja fined the driver.", "Ganja", "LOC"),
    # title case before its amount in a table row or before a word of its seizure
    ("Heroin ........ 1 kg 214 g\nGanja ......... 21 kg 650 g", "Ganja", "SUBSTANCE"),
    ("Ganja seized off Negril, two men arrested", "Ganja", "SUBSTANCE"),
    ("Ganja plantation dismantled in the hills near Montego Bay", "Ganja", "SUBSTANCE"),
    ("Police in Ganja seized 2 kg of heroin on Monday.", "Ganja", "LOC"),
    ("Ganja, 12 May: officers seized 3 kg of heroin.", "Ganja", "LOC"),
    ("ICE AGENTS SEIZE 2 KG OF COCAINE", "ICE", "ORG"),
    # a regional street name and a singular group name
    ("Police found 300 g of gandia in the car at Curepipe.", "gandia", "SUBSTANCE"),
    ("He was held with a synthetic drug in sachets.", "synthetic drug", "SUBSTANCE"),
    # tobacco is no drug (guide: named drugs, drug groups and precursors): no SUBSTANCE
    ("Border guards found 2 400 packs of cigarettes in the lorry.", "cigarettes", None),
    ("Tobacco products worth EUR 12 000 were seized at the port.", "Tobacco products", None),
    ("Smuggled tobacco and 3 kg of hashish were found.", "tobacco", None),
]


@pytest.mark.parametrize(("text", "word", "label"), CAPITALS_CASES)
def test_capitals_of_a_substance_word(nlp: Language, text: str, word: str,
                                      label: str | None) -> None:
    doc = nlp(text)
    labels = {ent.label_ for ent in doc.ents if ent.text == word}
    assert labels == ({label} if label else set())


BRACKET_CASES = [
    ("Cannabis (herbal): 2,870 kg", "Cannabis", "marijuana"),
    ("Seized this year: cannabis (herb) 41 kg and cocaine 3 kg.", "cannabis", "marijuana"),
    ("Cannabis (resin): 95 kg", "Cannabis", "hashish"),
    ("Cannabis (plants): 312", "Cannabis", "cannabis"),
    ("Officers seized cannabis worth N$ 9 000.", "cannabis", "cannabis"),
    # West African "kush" is a mix of its own, named as written
    ("Exhibits recovered include 18.5 kilograms of kush in sachets.", "kush", "kush"),
    ("Police seized 2 kg of synthetic marijuana at the port.", "synthetic marijuana",
     "synthetic cannabinoids"),
]


@pytest.mark.parametrize(("text", "word", "name"), BRACKET_CASES)
def test_bracketed_form_names_the_substance(nlp: Language, text: str, word: str,
                                            name: str) -> None:
    assert [found for span, found in substance_names(nlp, text) if span == word] == [name]


# the substance's word is the span: its state ("dried") and its plants stay out of it
SPAN_CASES = [
    ("Officers found 46 kg of dried cannabis in the barn.", "cannabis", "cannabis"),
    ("Police uprooted 2,300 cannabis plants on the hillside.", "cannabis", "cannabis"),
    ("The farmer grew cannabis plants in a greenhouse.", "cannabis", "cannabis"),
    ("Officers seized 3 kg of dried marijuana and 40 cannabis plants.", "marijuana",
     "marijuana"),
    # "chemicals" after "precursor" (or before it) is the precursors' own wording
    ("Customs seized 48 tonnes of precursor chemicals at the port.", "precursor chemicals",
     "precursors"),
    ("The lab held chemical precursors and pill presses.", "chemical precursors",
     "precursors"),
]


@pytest.mark.parametrize(("text", "word", "name"), SPAN_CASES)
def test_substance_span_is_its_word(nlp: Language, text: str, word: str, name: str) -> None:
    found = substance_names(nlp, text)
    assert (word, name) in found, found
    assert not any("dried" in text_ or "plants" in text_ for text_, _ in found), found
