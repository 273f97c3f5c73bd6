"""Central Asian texts keep the local head of a district or region ("etrap", "nohiya",
"viloyat"): the place is one LOC named with the English head (full pipeline, our own
sentences)."""

from __future__ import annotations

import pytest

from loc_values import place_names
from pressparse.driver import extract


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    # Turkmen: etrap is a district, velayat / welayat a region
    ("Border guards stopped two men with opium in the Serhetabat etrap on Monday.",
     "Serhetabat etrap", "Serhetabat District"),
    ("Police in Kerki etrap of the eastern region burned 90 kg of seized drugs.",
     "Kerki etrap", "Kerki District"),
    ("A customs team in Dashoguz welayat found hashish in a lorry's fuel tank.",
     "Dashoguz welayat", "Dashoguz Region"),
    # Tajik: nohiya is a district, viloyat a region
    ("Drug control agents in Vose nohiya detained a courier with 4 kg of heroin.",
     "Vose nohiya", "Vose District"),
    ("The raid in Shamsiddin Shohin nohiya followed a tip from border guards.",
     "Shamsiddin Shohin nohiya", "Shamsiddin Shohin District"),
    # Uzbek: tuman is a district, viloyati a region
    ("Officers in Chilanzar tumani seized 2 kg of hashish from a parked car.",
     "Chilanzar tumani", "Chilanzar District"),
    ("Police in Fergana viloyati dismantled a group selling synthetic drugs.",
     "Fergana viloyati", "Fergana Region"),
    # Kazakh: audany is a district
    ("A patrol in Sarykol audany found a field of wild cannabis.",
     "Sarykol audany", "Sarykol District"),
])
def test_local_heads_name_the_place_in_english(sentence: str, surface: str, name: str) -> None:
    found = place_names(sentence)
    assert found.get(surface) == name, found


@pytest.mark.parametrize(("sentence", "surface"), [
    # a body whose name keeps the local word stays one ORG
    ("Officers of the Lebap Velayat Police Department detained seven sellers.",
     "Lebap Velayat Police Department"),
])
def test_bodies_keep_the_local_word(sentence: str, surface: str) -> None:
    orgs = {e.text for item in extract(sentence).items for e in item.entities
            if e.label == "ORG"}
    assert surface in orgs, orgs
