"""Multi-country regions written as one name ("West and Central Africa") and cities whose
English name carries their head ("Davao City"): one LOC each (full pipeline, our own
sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def places(text: str) -> dict[str, str | None]:
    return {e.text: (e.normalized or {}).get("name") for item in extract(text).items
            for e in item.entities if e.label == "LOC"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # two compass words sharing one continent: one agency region, not "West" + "Africa"
    ("Container seizures in West and Central Africa doubled in the last two years.",
     {"West and Central Africa": "West and Central Africa"}),
    ("The regional office for East and Southern Africa trained 40 port officers.",
     {"East and Southern Africa": "Eastern and Southern Africa"}),
    ("Traffickers move cocaine from Latin America and the Caribbean to Europe.",
     {"Latin America and the Caribbean": "Latin America and the Caribbean",
      "Europe": "Europe"}),
    # each region its own name when both are written in full
    ("The syndicate operated in West Africa and Central Africa.",
     {"West Africa": "West Africa", "Central Africa": "Central Africa"}),
    # the city's English name keeps its head, written or not
    ("DAVAO CITY – Agents seized 300 grams of shabu in a buy-bust operation.",
     {"DAVAO CITY": "Davao City"}),
    ("Two suspects were arrested in Davao on Friday, the PDEA said.",
     {"Davao": "Davao City"}),
])
def test_region_and_city_names(sentence: str, expected: dict[str, str]) -> None:
    found = places(sentence)
    assert {k: v for k, v in found.items() if k in expected or v in expected.values()} \
        == expected, found
