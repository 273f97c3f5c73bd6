"""Units and their parent bodies: no parent when the unit already names the parent's kind,
and no parent from another country than the text's own (full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

CASES = [
    # (sentence, unit as written, expected normalized name)
    ("Soldiers of the Lao Cai Provincial Border Guard Command and the Vietnam Border Guard "
     "seized 12 kg of heroin near the border with Laos, Vietnam said.",
     "Lao Cai Provincial Border Guard Command", "Lao Cai Provincial Border Guard Command"),
    ("The Turkish Gendarmerie said the Mersin Provincial Gendarmerie Command found 80 kg of "
     "heroin in a truck in Turkey; Turkey's interior minister praised the teams.",
     "Mersin Provincial Gendarmerie Command", "Mersin Provincial Gendarmerie Command"),
    ("The Drug Enforcement Administration shared a tip. In Peru, the Huallaga Special Command "
     "destroyed a laboratory; Peru's army and Peruvian police said 2 tonnes were burnt near "
     "Tingo Maria, Peru.", "Huallaga Special Command", "Huallaga Special Command"),
    ("The Australian Federal Police said its Eastern Command seized 300 kg of cocaine in "
     "Sydney, Australia.", "Eastern Command", "Eastern Command of the Australian Federal Police"),
]


@pytest.mark.parametrize(("sentence", "unit", "name"), CASES)
def test_unit_parent(sentence: str, unit: str, name: str) -> None:
    found = {e.text: (e.normalized or {}).get("name") for item in extract(sentence).items
             for e in item.entities if e.label == "ORG"}
    assert found.get(unit) == name, found
