"""A territorial unit's own-language acronym and the area it serves are one ORG named as its
service's unit ("the UMVD of Russia for the Tambov region", "the GUVD of Osh region", "GUNP in
Kharkiv Oblast"); the area's country picks the acronym's reading, and a bare mention in a text
naming one such unit is that unit (territorial_acronyms.jsonl; our own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names

MVD_RU = "Ministry of Internal Affairs of the Russian Federation"


@pytest.mark.parametrize(("text", "expected"), [
    # the country written after the acronym, then "for the" and a region
    ("Officers of the UMVD of Russia for the Tambov region detained a courier. The UMVD said "
     "he carried 2 kg of mephedrone.",
     [("UMVD of Russia for the Tambov region",
       f"Directorate of the {MVD_RU} for the Tambov region"),
      ("UMVD", f"Directorate of the {MVD_RU} for the Tambov region")]),
    # a two-word acronym before a listed body's country form
    ("The GU MVD of Russia for the Krasnodar Territory and the UFSB for the Krasnodar "
     "Territory held a joint raid.",
     [("GU MVD of Russia for the Krasnodar Territory",
       f"Main Directorate of the {MVD_RU} for the Krasnodar Territory"),
      ("UFSB for the Krasnodar Territory",
       "Directorate of the Federal Security Service of the Russian Federation for the "
       "Krasnodar Territory")]),
    # Kyrgyz and Tajik units are named after their area with "of"
    ("Bishkek. The GUVD of Osh region seized 5 kg of hashish; officers of the UVD of Talas "
     "region helped.",
     [("GUVD of Osh region", "Main Department of Internal Affairs of Osh region"),
      ("UVD of Talas region", "Department of Internal Affairs of Talas region")]),
    ("Khujand. The UVD of Sughd region reported two arrests. The UVD said the men were couriers.",
     [("UVD of Sughd region", "Department of Internal Affairs of Sughd region"),
      ("UVD", "Department of Internal Affairs of Sughd region")]),
    # Kazakh regional police and a Ukrainian main directorate "in" its oblast
    ("Kostanay. The DP of Kostanay region detained three men with 7 kg of marijuana.",
     [("DP of Kostanay region", "Police Department of Kostanay region")]),
    # a city of republican significance: its lower-case "city" is part of the area
    ("Almaty. Officers of the DP of Almaty city found 4 kg of hashish. The DP said the man "
     "was a courier.",
     [("DP of Almaty city", "Police Department of Almaty city"),
      ("DP", "Police Department of Almaty city")]),
    ("Investigators of the GUNP in Kharkiv Oblast seized 3 kg of cocaine.",
     [("GUNP in Kharkiv Oblast", "Main Directorate of the National Police in Kharkiv Oblast")]),
])
def test_territorial_acronym_units(nlp: Language, text: str,
                                   expected: list[tuple[str, str]]) -> None:
    found = org_names(nlp, text)
    for row in expected:
        assert row in found


@pytest.mark.parametrize(("text", "acronym"), [
    # an acronym of another country's units: the Kazakh region says no Russian UMVD
    ("Astana. The UMVD of Kostanay region reported the arrest of two couriers.", "UMVD"),
    # no area after the acronym, and no unit elsewhere in the text
    ("The UVD said the two men were released on bail.", "UVD"),
    # a place that is no area
    ("The DP of Almaty thanked the customs officers.", "DP"),
])
def test_no_unit_without_its_area(nlp: Language, text: str, acronym: str) -> None:
    assert not any(name and name.startswith(("Directorate", "Department", "Police Department"))
                   and written.startswith(acronym) for written, name in org_names(nlp, text))
