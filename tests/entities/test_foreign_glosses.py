"""A body's own-language name in brackets right after its English name is a second ORG naming
the same body (as a bracketed acronym is); other brackets after a name are not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names
from pressparse.entities.foreign_glosses import ForeignGlossFinder


@pytest.mark.parametrize(("text", "gloss"), [
    ("Officers of the Customs Service (Alfândega) at Maputo port found the bags.",
     "Alfândega"),
    ("The Antwerp Court of First Instance (rechtbank van eerste aanleg Antwerpen) ruled.",
     "rechtbank van eerste aanleg Antwerpen"),
    ("The Federal Police Directorate (Bundespolizeidirektion) in Munich reported it.",
     "Bundespolizeidirektion"),
    ("Border Police (Polícia de Fronteira) agents in Bissau stopped the van.",
     "Polícia de Fronteira"),
    ("Officers of the Border Guard (Straż Graniczna) at Terespol stopped a lorry.",
     "Straż Graniczna"),
])
def test_gloss_is_the_same_body(nlp: Language, text: str, gloss: str) -> None:
    found = org_names(nlp, text)
    names = dict(found)
    assert gloss in names
    english = found[[t for t, _n in found].index(gloss) - 1]
    assert names[gloss] == english[1]


@pytest.mark.parametrize("text", [
    "The National Police (with the army) searched the port of Bissau.",
    "The Customs Service (Maputo office) found the bags.",
    "The Coast Guard (see the toll of the storm) rescued six fishermen.",
])
def test_other_brackets_are_no_gloss(nlp: Language, text: str) -> None:
    inside = text[text.index("(") + 1:text.index(")")]
    assert all(inside not in t for t, _n in org_names(nlp, text))


@pytest.mark.parametrize(("bracket", "found"), [
    (" (Alfândega)", True),
    (" (Landespolizeidirektion Tirol)", True),
    (" (openbaar ministerie)", True),
    (" (procurement office)", False),
    (" (see the death toll)", False),
    (" (2025)", False),
    (" (a very long aside that runs on for many words about the police)", False),
])
def test_finder(bracket: str, found: bool) -> None:
    finder = ForeignGlossFinder(["alfândega", "polizei", "openbaar ministerie", "politie"])
    assert (finder.after(bracket, 0) is not None) is found
