"""A place several countries share takes the country of the area written after it and a
comma ("San Fernando, Trinidad": Trinidad and Tobago, not the Philippines), where the two
have one country in common; the area takes it too. A country after the comma places a town
there also where the lists know the name only elsewhere ("Tripoli, Lebanon"), unless the
country opens a list (full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

APPOSED = [
    # (text, LOC as written, expected country)
    ("Officers arrested two men in San Fernando, Trinidad, on Friday.", "San Fernando", "TT"),
    ("Officers arrested two men in San Fernando, Trinidad, on Friday.", "Trinidad", "TT"),
    ("Two couriers were detained in Kingston, Ontario, on Monday.", "Kingston", "CA"),
    ("The yacht was found near Victoria, British Columbia.", "Victoria", "CA"),
    ("A court in Córdoba, Veracruz, sentenced the driver.", "Córdoba", "MX"),
    # a country after the comma (the text's countries already decide)
    ("Customs officers in Victoria, Seychelles, found heroin in a parcel.", "Victoria", "SC"),
    # nothing after it: the most populous place of the name
    ("The trafficker was arrested in Trinidad on Monday.", "Trinidad", "BO"),
    # a country the lists know no town of that name in: the town is there all the same
    ("The boat left Tripoli, Lebanon, for Cyprus with 2 t of captagon.", "Tripoli", "LB"),
    ("Police in Portsmouth, Dominica, seized 10 kg of cannabis.", "Portsmouth", "DM"),
    ("COCAINE SEIZED IN TRIPOLI, LEBANON", "TRIPOLI", "LB"),
    ("Customs officers in Lagos, Portugal, found 200 kg of hashish on a beach.", "Lagos", "PT"),
    # the country opens a list: the town keeps its own country
    ("Joint raids were held in Almaty, Kyrgyzstan and Tajikistan last month.", "Almaty", "KZ"),
    ("Delegations from Almaty, Kyrgyzstan, Uzbekistan and Russia met.", "Almaty", "KZ"),
    # Antigua's capital is written "St. John's" like Newfoundland's (curated name)
    ("St. John's, Antigua – The ONDCP seized 12 kg of cocaine.", "St. John's", "AG"),
    ("Officers in St John's, Antigua and Barbuda, arrested a courier.", "St John's", "AG"),
    ("The RCMP in St. John's, Newfoundland and Labrador, seized cocaine.", "St. John's", "CA"),
    ("Police seized cocaine in St. John's on Monday.", "St. John's", "CA"),
]


def countries(text: str, surface: str) -> list[str | None]:
    return [(e.normalized or {}).get("country_iso2") for item in extract(text).items
            for e in item.entities if e.label == "LOC" and e.text == surface]


@pytest.mark.parametrize(("text", "surface", "country"), APPOSED)
def test_area_after_comma_decides_country(text: str, surface: str, country: str) -> None:
    assert countries(text, surface) == [country]
