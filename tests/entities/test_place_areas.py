"""A name that is a town and a subdivision of one country reads by the words around it
(samples guide, LOC): right after another place it is that place's area ("Puerto Quetzal,
Escuintla" -> Escuintla Department), after a town's word it is the town ("the municipality
of Enriquillo" -> Enriquillo), elsewhere and for cities of a million or more the town stays
(full pipeline, our own sentences). A compass word before a sea or a region of several
countries is part of its name ("North Arabian Sea")."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

PLACES = [
    # (text, LOC as written, expected normalized name)
    # the area of the place before it
    ("The navy stopped the boat 90 nautical miles south of Puerto Quetzal, Escuintla, on "
     "Sunday.", "Escuintla", "Escuintla Department"),
    ("Soldiers found the plane near Puerto Quetzal in Escuintla on Monday.",
     "Escuintla", "Escuintla Department"),
    # a town's word names the town, also where only the subdivision is listed
    ("DNCD agents searched two houses in the municipality of Enriquillo, Barahona province.",
     "Enriquillo", "Enriquillo"),
    # no area: the most populous place of the name, the town
    ("The two men were taken before a judge in Escuintla.", "Escuintla", "Escuintla"),
    ("Police in Escuintla burned 300 kg of cocaine.", "Escuintla", "Escuintla"),
    # a list of towns is no area
    ("Raids took place in Mixco, Escuintla and Villa Nueva.", "Escuintla", "Escuintla"),
    # a city of a million or more stays the city
    ("The courier was stopped at the airport in Ikeja, Lagos, on Friday.", "Lagos", "Lagos"),
]


def loc_names(text: str, surface: str) -> list[str | None]:
    return [(e.normalized or {}).get("name") for item in extract(text).items
            for e in item.entities if e.label == "LOC" and e.text == surface]


@pytest.mark.parametrize(("text", "surface", "name"), PLACES)
def test_town_or_area_by_context(text: str, surface: str, name: str) -> None:
    found = loc_names(text, surface)
    assert found and all(n == name for n in found), found


COMPASS = [
    # (text, LOC as written, expected normalized name)
    ("The Navy intercepted a dhow in the North Arabian Sea on Friday.",
     "North Arabian Sea", "North Arabian Sea"),
    ("Go-fast boats cross the Eastern Caribbean at night.", "Eastern Caribbean",
     "Eastern Caribbean"),
    ("The operation covered the Southern Mediterranean.", "Southern Mediterranean",
     "Southern Mediterranean"),
    # a listed name with its compass word stays that name; a country is no region
    ("Couriers fly from West Africa to Europe.", "West Africa", "West Africa"),
]


@pytest.mark.parametrize(("text", "surface", "name"), COMPASS)
def test_compass_word_in_region_name(text: str, surface: str, name: str) -> None:
    found = loc_names(text, surface)
    assert found and all(n == name for n in found), found


def test_compass_word_before_a_country_is_no_region() -> None:
    assert not loc_names("Officials of South Africa met in Pretoria.", "South Africa")
