"""A unit's acronym written with its parent's (in a bracket after the long form: "(ADU
MVD)"), or with "of" and its parent's name ("the SBNON of the Ministry of Internal Affairs of
the Kyrgyz Republic"), is one ORG: the unit."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names


@pytest.mark.parametrize(("text", "expected"), [
    # the unit's acronym and its parent's in one bracket, there and later
    ("The Anti-Drug Unit of the Ministry of Internal Affairs of Tajikistan (ADU MVD) seized "
     "3 kg of heroin. Officers of the ADU MVD detained two men.",
     [("Anti-Drug Unit of the Ministry of Internal Affairs of Tajikistan",
       "Anti-Drug Unit of the Ministry of Internal Affairs of the Republic of Tajikistan"),
      ("ADU MVD", "Anti-Drug Unit of the Ministry of Internal Affairs of the Republic of "
                  "Tajikistan"),
      ("ADU MVD", "Anti-Drug Unit of the Ministry of Internal Affairs of the Republic of "
                  "Tajikistan")]),
    ("The Drug Squad of the Jamaica Constabulary Force (DS JCF) arrested him.",
     [("Drug Squad of the Jamaica Constabulary Force",
       "Drug Squad of the Jamaica Constabulary Force"),
      ("DS JCF", "Drug Squad of the Jamaica Constabulary Force")]),
    # a bracket's second word that is no parent of the long form stays out
    ("The Anti-Narcotics Directorate of the National Police of Colombia (DIRAN PNC) seized "
     "cocaine.",
     [("Anti-Narcotics Directorate of the National Police of Colombia",
       "Anti-Narcotics Directorate of the National Police of Colombia"),
      ("DIRAN", "Anti-Narcotics Directorate of the National Police of Colombia")]),
    # a listed unit's acronym, "of", its listed parent
    ("The DIRAN of the National Police of Colombia seized cocaine.",
     [("DIRAN of the National Police of Colombia",
       "Anti-Narcotics Directorate of the National Police of Colombia")]),
    # a body that is not the acronym's parent stays a body of its own
    ("The FBI of the Department of Justice met the press.",
     [("FBI", "Federal Bureau of Investigation"),
      ("Department of Justice", "U.S. Department of Justice")]),
])
def test_unit_acronym_with_parent(nlp: Language, text: str,
                                  expected: list[tuple[str, str]]) -> None:
    assert org_names(nlp, text) == expected
