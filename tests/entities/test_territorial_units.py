"""A national body and the area it serves after "for" are one ORG, its territorial unit
("the MVD for the Republic of Tatarstan", "the FSB of Russia for the Tver Region"), and so is
a unit's head and its area after "in" ("the Main Directorate of the National Police in Kharkiv
Oblast"); a place that says no area ("for the Moscow raid") and a ministry "in" an area stay
outside."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names


@pytest.mark.parametrize(("text", "expected"), [
    # a listed body's acronym, then its area: named without a country the text does not write
    ("Officers of the MVD for the Republic of Tatarstan seized 2 kg of heroin.",
     [("MVD for the Republic of Tatarstan",
       "Ministry of Internal Affairs for the Republic of Tatarstan")]),
    ("Officers of the FSB for the Pskov Region detained a courier.",
     [("FSB for the Pskov Region", "Federal Security Service for the Pskov Region")]),
    # an acronym with its country keeps the country
    ("The MVD of Russia for the Omsk Region reported the seizure.",
     [("MVD of Russia for the Omsk Region",
       "Ministry of Internal Affairs of the Russian Federation for the Omsk Region")]),
    # a name of the grammar and "the city of <town>"
    ("Employees of the Department of the Ministry of Internal Affairs of Russia for the city "
     "of Kazan detained him.",
     [("Department of the Ministry of Internal Affairs of Russia for the city of Kazan",
       "Department of the Ministry of Internal Affairs of Russia for the city of Kazan")]),
    # a lower-case area word after the place
    ("Officers of the Border Service for Zhambyl region stopped a truck.",
     [("Border Service for Zhambyl region", "Border Service for Zhambyl region")]),
    # two areas one unit serves, the second named by its head (session 38)
    ("Officers of the MVD for Moscow and Moscow Region seized 5 kg of mephedrone.",
     [("MVD for Moscow and Moscow Region",
       "Ministry of Internal Affairs for Moscow and Moscow Region")]),
    ("The FSB Directorate for Sevastopol and Kherson Region detained a courier.",
     [("FSB Directorate for Sevastopol and Kherson Region",
       "Directorate of the Federal Security Service of the Russian Federation for Sevastopol "
       "and Kherson Region")]),
    # a unit's head takes its area after "in" too (Ukrainian and Russian official names)
    ("Officers of the Main Directorate of the National Police in Kharkiv Oblast seized 2 kg "
     "of amphetamine.",
     [("Main Directorate of the National Police in Kharkiv Oblast",
       "Main Directorate of the National Police in Kharkiv Oblast")]),
    ("The Operational Headquarters in the Republic of Ingushetia said the operation ended.",
     [("Operational Headquarters in the Republic of Ingushetia",
       "Operational Headquarters in the Republic of Ingushetia")]),
    # a ministry or a facility "in" an area is only there
    ("Officers of the Ministry of Internal Affairs of Russia in the Tomsk region detained him.",
     [("Ministry of Internal Affairs of Russia",
       "Ministry of Internal Affairs of the Russian Federation")]),
    # a place that is no area is no unit's
    ("The FSB thanked the MVD for Moscow and Tver.",
     [("FSB", "Federal Security Service of the Russian Federation"),
      ("MVD", "Ministry of Internal Affairs of the Russian Federation")]),
    ("The FSB thanked the MVD for the Moscow raid.",
     [("FSB", "Federal Security Service of the Russian Federation"),
      ("MVD", "Ministry of Internal Affairs of the Russian Federation")]),
])
def test_territorial_unit(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert org_names(nlp, text) == expected
