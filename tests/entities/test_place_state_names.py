"""A subdivision named with and without its head: one normalized name where the country
writes the head ("Cross River State"), the plain name elsewhere (full pipeline, own text)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

CASES = [
    ("Officers in Cross River State, Nigeria seized 50 kg of cannabis.", "Cross River State",
     "Cross River State"),
    ("Officers in Cross River, Nigeria seized 50 kg of cannabis.", "Cross River",
     "Cross River State"),
    ("Soldiers in Rivers State burnt an illegal refinery near the creeks.", "Rivers State",
     "Rivers State"),
    ("Agents in Queensland, Australia found 30 kg of cocaine on a yacht.", "Queensland",
     "Queensland"),
    ("Police in Gujarat, India seized 70 kg of heroin at a port.", "Gujarat", "Gujarat"),
]


@pytest.mark.parametrize(("sentence", "surface", "name"), CASES)
def test_state_names(sentence: str, surface: str, name: str) -> None:
    found = {e.text: (e.normalized or {}).get("name") for item in extract(sentence).items
             for e in item.entities if e.label == "LOC"}
    assert found.get(surface) == name, found
