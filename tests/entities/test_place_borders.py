"""Borders between two countries, rivers and small islands (entities/place_grammar.py, the
place files): a border named by its two sides, demonyms or countries' names, is one LOC of no
country; borders sharing one head are each their pair alone; a river has no country, also when
a town elsewhere shares its name; an atoll takes its head; Saint Kitts and Nevis are islands
(full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from loc_values import locs

BORDERS = [
    # (text, LOC as written, expected name): two countries' names, like two demonyms
    ("Soldiers intercepted a truck carrying 300 kg of cannabis on the Morocco-Algeria border.",
     "Morocco-Algeria border", "Morocco–Algeria border"),
    ("The joint operation was carried out on the Ecuador-Colombia border from 3 to 9 May.",
     "Ecuador-Colombia border", "Ecuador–Colombia border"),
    ("Officials discussed security of the Kenya-Somalia border at a meeting in Garissa.",
     "Kenya-Somalia border", "Kenya–Somalia border"),
    ("Border guards seized 15 kg of heroin on the Tajik-Afghan border on 2 June.",
     "Tajik-Afghan border", "Tajikistan–Afghanistan border"),
    # borders sharing their head: each pair alone, the head left out
    ("Police seized 40 kg of cannabis along the Ghana-Togo and Ghana-Ivory Coast borders.",
     "Ghana-Togo", "Ghana–Togo border"),
    ("Police seized 40 kg of cannabis along the Ghana-Togo and Ghana-Ivory Coast borders.",
     "Ghana-Ivory Coast", "Ghana–Côte d'Ivoire border"),
    ("Patrols were stepped up on the Pakistan-Iran and Afghanistan-Iran borders in May.",
     "Afghanistan-Iran", "Afghanistan–Iran border"),
    ("THE OPERATION RAN ALONG THE UZBEK-AFGHAN AND TAJIK-AFGHAN BORDER SECTIONS.",
     "UZBEK-AFGHAN", "Uzbekistan–Afghanistan border"),
    # a country's combining form names its side
    ("SSB personnel recovered 14 kg of charas near the Indo-Nepal border on Friday.",
     "Indo-Nepal border", "India–Nepal border"),
    ("Traders said smuggling across the Sino-Kyrgyz border had fallen this year.",
     "Sino-Kyrgyz border", "China–Kyrgyzstan border"),
]


@pytest.mark.parametrize(("text", "surface", "name"), BORDERS)
def test_border_of_two_countries(text: str, surface: str, name: str) -> None:
    assert locs(text).get(surface) == (name, None)


@pytest.mark.parametrize("text", [
    "Kazakh-Kyrgyz border guards met in Almaty on Monday.",  # a modifier: no place
    "Kyrgyz and Tajik border guards held talks in Osh.",  # two demonyms, no pair
    "Navies of the Indo-Pacific region met in Darwin.",  # a combining form before no country
])
def test_no_border_place(text: str) -> None:
    assert not any(name and name.endswith("border") for name, _ in locs(text).values())


PLACES = [
    # (text, LOC as written, expected name, expected country)
    # a river has no country, not that of a town sharing its name (Chu, Vietnam)
    ("Police found cannabis fields near the Chu river in the Zhambyl region.",
     "Chu river", "Chu River", None),
    ("Fishermen found 40 kg of cocaine floating in the Limpopo river on Sunday.",
     "Limpopo river", "Limpopo River", None),
    # the islands of Saint Kitts and Nevis
    ("Officers seized 8 kg of cocaine on St. Kitts on 3 June.", "St. Kitts", "Saint Kitts",
     "KN"),
    ("Police arrested two men on Nevis after finding 4 kg of cocaine in their boat.",
     "Nevis", "Nevis", "KN"),
    # an atoll is a feature: its head in the span and, in title case, in the name
    ("The package washed ashore on Funafuti atoll in Tuvalu last week.", "Funafuti atoll",
     "Funafuti Atoll", "TV"),
    # Kazakhstan's crossing to China is Dostyk, the Kyrgyz one Dostuk
    ('At the "Dostyk" checkpoint, customs officers found 12 kg of hashish in a train wagon.',
     "Dostyk", "Dostyk checkpoint", "KZ"),
]


@pytest.mark.parametrize(("text", "surface", "name", "country"), PLACES)
def test_place_name_and_country(text: str, surface: str, name: str,
                                country: str | None) -> None:
    assert locs(text).get(surface) == (name, country)
