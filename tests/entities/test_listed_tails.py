"""A unit whose name ends with a listed body written bare, as any country's body may be
("Sughd Regional Department of the Drug Control Agency"), takes that body's listed name when
the body is of the text's country; of another country's text it stays a generic name with the
country (our own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names


@pytest.mark.parametrize(("text", "expected"), [
    ("KHUJAND - Officers of the Sughd regional department of the Drug Control Agency seized "
     "12 kg of hashish in Isfara, Tajikistan.",
     [("Sughd regional department of the Drug Control Agency",
       "Sughd Regional Department of the Drug Control Agency under the President of the "
       "Republic of Tajikistan")]),
    # the listed namesake is another country's: the text's country is appended instead
    ("ANTANANARIVO - The Toamasina regional office of the National Gendarmerie seized 200 kg "
     "of cannabis in a truck.",
     [("Toamasina regional office of the National Gendarmerie",
       "Toamasina Regional Office of the National Gendarmerie of Madagascar")]),
])
def test_bare_listed_tail_of_the_home_country(nlp: Language, text: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert org_names(nlp, text) == expected
