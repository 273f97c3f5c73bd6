"""Units named without their parent body take the parent the text names."""

from __future__ import annotations

import pytest

import pressparse


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("The Narcotics Control Bureau said its Bhubaneswar Zonal Unit seized 200 kg of ganja.",
     "Bhubaneswar Zonal Unit", "Bhubaneswar Zonal Unit of the Narcotics Control Bureau"),
    ("CBP officers of the Tucson Field Office stopped a truck, U.S. Customs and Border "
     "Protection said.", "Tucson Field Office",
     "Tucson Field Office of U.S. Customs and Border Protection"),
    ("The Australian Federal Police said its Northern Command boarded the vessel.",
     "Northern Command", "Northern Command of the Australian Federal Police"),
    # bodies of their own keep their names
    ("The Drug Enforcement Administration thanked the Marietta Police Department.",
     "Marietta Police Department", "Marietta Police Department"),
    ("The Kenya News Agency reported that the Coastal Anti-Smuggling Unit seized the boat.",
     "Coastal Anti-Smuggling Unit", "Coastal Anti-Smuggling Unit"),
])
def test_unit_names_take_their_parent(text: str, surface: str, name: str) -> None:
    entities = pressparse.extract(text).items[0].entities
    names = [e.normalized.get("name") for e in entities if e.label == "ORG" and e.text == surface]
    assert names == [name], [(e.text, e.normalized) for e in entities]
