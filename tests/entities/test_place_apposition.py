"""A place several countries share takes the country of the area written after it and a
comma ("San Fernando, Trinidad": Trinidad and Tobago, not the Philippines), where the two
have one country in common; the area takes it too (full pipeline, our own sentences)."""

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
]


def countries(text: str, surface: str) -> list[str | None]:
    return [(e.normalized or {}).get("country_iso2") for item in extract(text).items
            for e in item.entities if e.label == "LOC" and e.text == surface]


@pytest.mark.parametrize(("text", "surface", "country"), APPOSED)
def test_area_after_comma_decides_country(text: str, surface: str, country: str) -> None:
    assert countries(text, surface) == [country]
