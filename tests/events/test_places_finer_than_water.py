"""A seizure's place: a village a river is placed by is finer than the river ("crossing the
Zeravshan River near the village of Kulbuston" -> Kulbuston), while a village near a town
stays the village; a fronted town gives way to the quarter its sentence names ("In Vitebsk,
... a house in the Pervomaisky district"); a digest entry's heading place wins over a
country its text names only as the suspects' nationality; a port passed "through" is where
the find was made."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected location text of the one seizure)
SEIZURE_PLACE_CASES: list[tuple[str, str, str]] = [
    ("Border guards detain smugglers on the river\n\n"
     "On 14 November, a border detail spotted two persons wading across the Zeravshan "
     "River near the village of Kulbuston and detained them with 11 kg of opium.",
     "2026-11-16", "Kulbuston"),
    ("Laboratory dismantled\n\n"
     "On 4 March, police officers found 30 kg of amphetamine in a rented barn in the "
     "village of Kourovka near Pervouralsk.",
     "2026-03-06", "Kourovka"),
    ("Mephedrone found in a private house\n\n"
     "In Vitebsk, on 5 November, officers of the city police searched a private house in "
     "the Pervomaisky district and found 2.4 kg of mephedrone packed in zip bags.",
     "2026-11-07", "Pervomaisky district"),
    ("Opium stopped at the port\n\n"
     "Astrakhan, 19.11.2026. Officers of Astrakhan Customs have stopped an attempt to "
     "smuggle 12 kg of opium through the port of Olya.",
     "2026-11-19", "Olya"),
]


@pytest.mark.parametrize(("text", "published", "expected"), SEIZURE_PLACE_CASES)
def test_a_seizure_takes_its_finest_own_place(text: str, published: str,
                                              expected: str) -> None:
    document = pressparse.extract(text, published=published)
    seizures = [e for item in document.items for e in item.events if e.type == "seizure"]
    assert len(seizures) == 1, [e.model_dump() for item in document.items for e in item.events]
    location = seizures[0].location
    assert location is not None and location.text == expected


def test_a_digest_heading_places_a_find_over_the_suspects_country() -> None:
    text = ("Results of the week at the border\n\n"
            "From 16 to 22 November, officers of the Department of State Revenue for "
            "Zhetysu region carried out checks at the border crossings.\n"
            "– 17.11, Nur Zholy checkpoint. Officers found 1.2 kg of hashish hidden in a "
            "truck. The driver was detained.\n"
            "– 21.11, Kolzhat checkpoint. In the door panels of a minibus, the service dog "
            "indicated 640 grams of mephedrone. Two passengers, citizens of Uzbekistan, "
            "were detained.")
    document = pressparse.extract(text, published="2026-11-23")
    places = {e.start_date: e.location.text if e.location else None
              for item in document.items for e in item.events if e.type == "seizure"}
    assert places.get("2026-11-21") == "Kolzhat checkpoint", places
