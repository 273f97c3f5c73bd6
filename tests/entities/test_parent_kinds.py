"""Units and their parent bodies: no parent when the unit already names the parent's kind,
and no parent from another country than the text's own; a unit named for one kind of work
("Border Control Unit") belongs to a body of its own kind when the text names one, else to a
body of a kind that keeps such units (``kind_parents`` of ``national_bodies.json``: a police
force's border units), else it takes its country (full pipeline, our own sentences)."""

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
    # a unit named for one kind of work, of a body that keeps such units
    ("Royal Eswatini Police Service\nMedia Statement\nOfficers attached to the Border Control "
     "Unit arrested two men at the Lomahasha border gate on Sunday after 48 kg of dagga was "
     "found in their vehicle. The Royal Eswatini Police Service urges the public to report "
     "smuggling.", "Border Control Unit",
     "Border Control Unit of the Royal Eswatini Police Service"),
    ("LILONGWE, 2 June 2026 - The Border Patrol Division of the force arrested a courier "
     "carrying 6 kg of heroin near Mchinji. The National Police of Malawi said the suspect "
     "will appear in court on Monday.", "Border Patrol Division",
     "Border Patrol Division of the National Police of Malawi"),
    # a body of the unit's own kind comes first
    ("TBILISI, 3 July 2026 - The Border Police of Georgia and the Patrol Police of Georgia "
     "said the Border Control Unit found 9 kg of heroin in a lorry at the Sarpi crossing; "
     "the Border Police of Georgia opened a case.", "Border Control Unit",
     "Border Control Unit of the Border Police of Georgia"),
    # a unit of a border guard ("Border" and "Guard") is no police force's
    ("HANOI, 6 May 2026 - The Anti-Drug Department of the Border Guard Command and the Quang "
     "Ninh Provincial Police seized 40 kg of heroin near Mong Cai, Vietnam.",
     "Anti-Drug Department of the Border Guard Command",
     "Anti-Drug Department of the Border Guard Command of Vietnam"),
    # no body of either kind: the country
    ("ASUNCION, 8 August 2026 - The Border Control Unit seized 400 kg of marijuana near "
     "Pedro Juan Caballero, Paraguay, the National Anti-Drug Secretariat said.",
     "Border Control Unit", "Border Control Unit of Paraguay"),
]


@pytest.mark.parametrize(("sentence", "unit", "name"), CASES)
def test_unit_parent(sentence: str, unit: str, name: str) -> None:
    found = {e.text: (e.normalized or {}).get("name") for item in extract(sentence).items
             for e in item.entities if e.label == "ORG"}
    assert found.get(unit) == name, found
