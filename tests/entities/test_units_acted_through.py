"""A body acting through its unit ("The National Police, through the National Anti-Drug
Investigation Directorate (DNIA), ..."): the unit is that body's, named "<unit> of the
<body's name>" with every mention of it, also when its own wording reads as a national
body's (entities/national_bodies.py; full pipeline, our own sentences in the style of
translated Latin American and Iberian bulletins)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def orgs(text: str) -> list[tuple[str, str | None]]:
    return [(e.text, (e.normalized or {}).get("name")) for item in extract(text).items
            for e in item.entities if e.label == "ORG"]


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Quito, 2 May 2026. The National Police, through the National Anti-Drug Investigation "
     "Directorate (DNIA), seized 3 tonnes of cocaine in Ecuador. The DNIA said the "
     "shipment was bound for Spain.", "DNIA",
     "National Anti-Drug Investigation Directorate of the National Police of Ecuador"),
    ("Lisbon, 4 June. The Judicial Police, through its National Unit to Combat Drug "
     "Trafficking, seized 2 tonnes of cocaine on a yacht off Portugal.",
     "National Unit to Combat Drug Trafficking",
     "National Unit to Combat Drug Trafficking of the Judicial Police of Portugal"),
    ("Lima. The National Police of Peru, through the Anti-Drug Directorate, destroyed a "
     "cocaine laboratory in the VRAEM, Peru.", "Anti-Drug Directorate",
     "Anti-Drug Directorate of the National Police of Peru"),
    ("Tumaco. The Navy of Colombia, through the Pacific Naval Force, seized a "
     "semi-submersible with cocaine off Colombia.", "Pacific Naval Force",
     "Pacific Naval Force of the Navy of Colombia"),
])
def test_unit_a_body_acts_through(text: str, surface: str, name: str) -> None:
    found = [value for written, value in orgs(text) if written == surface]
    assert found and all(value == name for value in found)


@pytest.mark.parametrize(("text", "surface", "name"), [
    # a ministry's services and forces are bodies of their own
    ("Bogotá. The Ministry of Defence, through the National Navy, seized cocaine in "
     "Colombia.", "National Navy", "National Navy of Colombia"),
    ("Quito. The Ministry of the Interior, through the National Police, destroyed 18 "
     "tonnes of drugs in Ecuador.", "National Police", "National Police of Ecuador"),
])
def test_no_unit_of_a_ministry(text: str, surface: str, name: str) -> None:
    assert (surface, name) in orgs(text)
