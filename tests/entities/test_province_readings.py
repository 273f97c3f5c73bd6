"""A province named like its capital in a country naming its subdivisions with their head
(Afghanistan): its police, officials or a list of provinces make it the province, "city"
after it or nothing the city; Afghanistan's districts are named with their head (full
pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from loc_values import place_names


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    # its police or officials: the province
    ("Kandahar police found 40 kg of opium in a truck on Sunday.", "Kandahar",
     "Kandahar Province"),
    ("Twenty counter-narcotics officers of Herat finished a course in Kabul last week.",
     "Herat", "Herat Province"),
    ("The counter-narcotics police of #Kunduz burnt 300 kg of hashish.", "Kunduz",
     "Kunduz Province"),
    # listed with a province
    ("Police destroyed two heroin labs in Nangarhar and Kandahar on Friday.", "Kandahar",
     "Kandahar Province"),
    ("Herat, Farah and Badghis officials agreed on joint patrols.", "Herat", "Herat Province"),
    # the city: "city" after it, a list of cities, a day before "in"
    ("A meeting was held on Tuesday in Herat city with customs officials.", "Herat", "Herat"),
    ("Couriers were arrested at the airports of Kabul and Kandahar.", "Kandahar", "Kandahar"),
    ("The truck was bound for Herat when police stopped it.", "Herat", "Herat"),
])
def test_province_named_like_its_capital(sentence: str, surface: str, name: str) -> None:
    assert place_names(sentence)[surface] == name


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    ("Poppy eradication teams reached Shindand and Adraskan this week.", "Shindand",
     "Shindand District"),
    ("Police destroyed three laboratories in Chahar Burjak, Nimroz province.",
     "Chahar Burjak", "Chahar Burjak District"),
    ("Officers seized 90 kg of opium in Ghoryan on Monday.", "Ghoryan", "Ghoryan District"),
    ("Eradication continued in the Musa Qala district of Helmand.", "Musa Qala district",
     "Musa Qala District"),
])
def test_afghan_districts_take_their_head(sentence: str, surface: str, name: str) -> None:
    assert place_names(sentence)[surface] == name
