"""A listed body written before one of its units whose name ends in the unit's number or place
("US Coast Guard District Seven", "Bangladesh Coast Guard Zone Chattogram") is
"<unit> of <body>", as "DEA Atlanta Field Division" is; a unit with its place and no listed
body in front keeps its name as written."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("The US Coast Guard District Seven handed the detainees to the DEA in Miami.",
     "US Coast Guard District Seven", "District Seven of the United States Coast Guard"),
    ("Officers of the Philippine Coast Guard District Two intercepted the banca off Samar.",
     "Philippine Coast Guard District Two", "District Two of the Coast Guard of the Philippines"),
    ("The Tanzania Police Force Zone Mwanza handed the suspects to the DCEA.",
     "Tanzania Police Force Zone Mwanza", "Zone Mwanza of the Tanzania Police Force"),
    ("ANF Regional Directorate Balochistan recovered 40 kg of hashish near Quetta.",
     "ANF Regional Directorate Balochistan",
     "Regional Directorate Balochistan of the Anti-Narcotics Force"),
    ("The U.S. Coast Guard Sector Miami offloaded the cocaine at Port Everglades.",
     "U.S. Coast Guard Sector Miami", "Sector Miami of the United States Coast Guard"),
    # no listed body in front: the unit carries its place and keeps its name
    ("Coast Guard Station Tacloban rescued the crew of the pump boat.",
     "Coast Guard Station Tacloban", "Coast Guard Station Tacloban"),
    ("The Phoenix Field Division seized 20 kg of fentanyl in Tempe.",
     "Phoenix Field Division", "Phoenix Field Division"),
])
def test_units_after_a_listed_body(nlp: Language, text: str, surface: str, name: str) -> None:
    assert (surface, name) in org_names(nlp, text)
