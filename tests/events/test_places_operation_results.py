"""An operation is not placed at the place of one of its own results (the find was made
there, the operation spans it and more), and "ran in" places an operation like "was held
in"."""

from __future__ import annotations

import pressparse


def _events(text: str, published: str) -> list[dict]:
    document = pressparse.extract(text, published=published)
    return [e.model_dump() for item in document.items for e in item.events]


def test_an_operation_takes_no_place_of_its_result() -> None:
    text = ("Operation \"Tranquera\": cocaine found in a rice container\n\n"
            "From 6 to 8 March 2025, the General Directorate for the Repression of Illicit "
            "Drug Trafficking carried out Operation \"Tranquera\" against a network "
            "exporting cocaine to Europe.\n\n"
            "On 6 March, officers inspected a container of rice at the Port of Montevideo "
            "and found 420 kg of cocaine hidden among the bags.\n\n"
            "On 8 March, searches were carried out at four homes and five people were "
            "arrested.")
    events = _events(text, "2025-03-10")
    operations = [e for e in events if e["type"] == "operation" and e["name"]]
    seizures = [e for e in events if e["type"] == "seizure"]
    assert len(operations) == 1 and len(seizures) == 1, events
    assert operations[0]["location"] is None
    assert seizures[0]["location"]["text"] == "Port of Montevideo"


def test_an_operation_that_ran_in_a_country_is_placed_there() -> None:
    text = ("Customs results of the week\n\n"
            "The checks were part of the regional stage of the international anti-drug "
            "operation \"Channel – Transit\", which ran in Kazakhstan from 16 to 21 "
            "November 2026. Customs officers seized 3 kg of hashish.")
    events = _events(text, "2026-11-23")
    named = [e for e in events if e["name"]]
    assert named and named[0]["location"] is not None, events
    assert named[0]["location"]["text"] == "Kazakhstan"


def test_an_operations_one_find_takes_the_operations_own_village() -> None:
    text = ("Cannabis oil workshop closed in Brest region\n\n6 May 2026\n\n"
            "From 27 April to 1 May, officers of the drug control department, together with "
            "the State Security Committee, carried out a special operation against a group "
            "producing cannabis oil.\n\n"
            "According to the investigators, the workshop was set up in a barn on the "
            "outskirts of the village of Zhabinka, Kobrin district. The product was sold "
            "through a messenger channel.\n\n"
            "On 30 April, during the search of the farm, the officers found and seized 12 kg "
            "of cannabis oil and 30 kg of dried plants.\n\n"
            "Three members of the group were detained.")
    events = _events(text, "2026-05-06")
    operations = [e for e in events if e["type"] == "operation"]
    seizures = [e for e in events if e["type"] == "seizure"]
    assert len(operations) == 1 and len(seizures) == 1, events
    assert operations[0]["location"] is None
    assert seizures[0]["location"]["text"] == "Zhabinka"
