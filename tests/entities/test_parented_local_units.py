"""A territorial unit written as a place, a level word and a bare lower-case head ("the Sughd
regional department", "the Toamasina regional office") is one ORG with the body written right
after it ("... of the National Gendarmerie"); without a body there it is no name
(local_unit_parented_heads in word_lists.jsonl). A parent written bare, as any country's body
may be, takes its listed name when the list's body is of the text's country (the Tajik
agency), else the unit's generic name takes the country (national_bodies._listed_tail; our
own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names


@pytest.mark.parametrize(("text", "expected"), [
    # the listed namesake is another country's: the text's country is appended instead
    ("ANTANANARIVO - The Toamasina regional office of the National Gendarmerie seized 200 kg "
     "of cannabis in a truck.",
     [("Toamasina regional office of the National Gendarmerie",
       "Toamasina Regional Office of the National Gendarmerie of Madagascar")]),
    # the bare parent is the home country's listed body: its listed name
    ("KHUJAND - Officers of the Sughd regional department of the Drug Control Agency seized "
     "12 kg of hashish in Isfara.",
     [("Sughd regional department of the Drug Control Agency",
       "Sughd Regional Department of the Drug Control Agency under the President of the "
       "Republic of Tajikistan")]),
    # a Turkmen province (velayat) and its bare head before the ministry
    ("ASHGABAT - Officers of the Lebap velayat department of the Ministry of Internal Affairs "
     "found 2 kg of heroin in Turkmenistan.",
     [("Lebap velayat department of the Ministry of Internal Affairs",
       "Lebap Velayat Department of the Ministry of Internal Affairs of Turkmenistan")]),
    # the unit's parent written with its own parent
    ("Officers of the Brest regional department of the Financial Investigations Department "
     "of the State Control Committee detained a driver.",
     [("Brest regional department of the Financial Investigations Department of the State "
       "Control Committee",
       "Brest Regional Department of the Financial Investigations Department of the State "
       "Control Committee of the Republic of Belarus")]),
    # the parent written by its acronym, without an article
    ("BOKHTAR - The Drug Control Agency (DCA) reported that officers of the Khatlon regional "
     "department of DCA seized 8 kg of heroin in Panj.",
     [("Drug Control Agency", "Drug Control Agency under the President of the Republic of "
       "Tajikistan"),
      ("DCA", "Drug Control Agency under the President of the Republic of Tajikistan"),
      ("Khatlon regional department of DCA",
       "Khatlon Regional Department of the Drug Control Agency under the President of the "
       "Republic of Tajikistan")]),
    # no body after the head: no unit
    ("He visited the Brest regional department of the company last week.", []),
    ("Farmers in the Sughd region of the country grew cotton.", []),
])
def test_place_level_and_bare_head_join_the_body_after_them(
        nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert org_names(nlp, text) == expected
