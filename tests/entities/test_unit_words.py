"""Generic unit names built from words a police force's units commonly bear ("K9 Unit",
"Uniform Support Group", "Rural Patrol Unit") are units of
the body the text names, like "Dog Unit" (generic_words in national_bodies.json; our own
sentences). The same words in lower case make no name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names


@pytest.mark.parametrize(("text", "expected"), [
    ("GABORONE, 4 March - Officers of the Botswana Police Service, assisted by the K9 Unit, "
     "seized 30 kg of dagga at Ramatlabama border post.",
     [("Botswana Police Service", "Botswana Police Service"),
      ("K9 Unit", "K9 Unit of the Botswana Police Service")]),
    ("SUVA, 9 May - The Fiji Police Force said two men were arrested in Nadi; the Uniform "
     "Support Group sealed off the street.",
     [("Fiji Police Force", "Fiji Police Force"),
      ("Uniform Support Group", "Uniform Support Group of the Fiji Police Force")]),
    ("PLYMOUTH - The Royal Montserrat Police Service reports that the Rural Patrol Unit found "
     "40 cannabis plants in Salem on Friday.",
     [("Royal Montserrat Police Service", "Royal Montserrat Police Service"),
      ("Rural Patrol Unit", "Rural Patrol Unit of the Royal Montserrat Police Service")]),
    ("Police said the major roads were closed and uniform officers supported the operation.",
     []),
])
def test_units_named_with_common_unit_words_take_their_parent(
        nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert org_names(nlp, text) == expected
