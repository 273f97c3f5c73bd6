"""Missions of one family named by their acronym and place ("EUCAP Somalia")."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def _entities(text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label, e.normalized.get("name")) for item in extract(text).items
            for e in item.entities}


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Trainers from EUCAP Somalia taught boarding drills to coastguards in Bosaso.",
     "EUCAP Somalia", "European Union Capacity Building Mission in Somalia"),
    ("Experts of EUBAM Libya visited the Ras Ajdir crossing last week.",
     "EUBAM Libya", "European Union Border Assistance Mission in Libya"),
    ("The workshop was opened by EUAM Iraq advisers in Baghdad.",
     "EUAM Iraq", "European Union Advisory Mission in Iraq"),
    # the family's listed mission of that place keeps its listed name
    ("Prosecutors of EULEX Kosovo handed the file to local judges.",
     "EULEX Kosovo", "European Union Rule of Law Mission in Kosovo"),
])
def test_family_acronym_and_place_name_one_mission(text: str, surface: str,
                                                   name: str) -> None:
    assert _entities(text).get(surface) == ("ORG", name)


def test_family_acronym_before_a_longer_name_stays_the_listed_body() -> None:
    found = _entities("Staff of the EUBAM Field Office Odesa checked the trucks.")
    assert "EUBAM Libya" not in found
    assert all("Border Assistance Mission in" not in name for _label, name in found.values())


def test_bracketed_short_form_with_its_place_reads_as_the_local_unit() -> None:
    found = _entities("Operatives of the Taraz city police department (DP of Taraz) detained "
                      "a dealer in Kazakhstan. According to the DP of Taraz, he sold pills.")
    assert found.get("DP of Taraz") == ("ORG", "Taraz City Police Department")
