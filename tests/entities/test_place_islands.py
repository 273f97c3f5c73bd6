"""Islands named alone ("on Upolu", "off Tortola") are places of their country
(``places_islands.jsonl``); one also a person's name or a word is skipped before another
capitalized word ("Pentecost Sunday", "Antigua Guatemala" is the Guatemalan town) (full
pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from loc_values import locs

ISLANDS = [
    # (text, LOC as written, expected name, expected country)
    ("Officers on Taveuni uprooted 3,000 cannabis plants on Tuesday.",
     "Taveuni", "Taveuni", "FJ"),
    ("The boat had left Savai'i with 12 kg of cannabis on board.",
     "Savai'i", "Savai'i Island", "WS"),
    ("Customs officers intercepted a sloop off Virgin Gorda carrying 200 kg of cocaine.",
     "Virgin Gorda", "Virgin Gorda", "VG"),
    ("The Guardia Civil seized two tonnes of hashish off Lanzarote.",
     "Lanzarote", "Lanzarote", "ES"),
    ("Three men were arrested in Hulhumalé with heroin.", "Hulhumalé", "Hulhumalé", "MV"),
    ("Police raided farms on Malekula and Tanna last week.", "Malekula", "Malekula", "VU"),
    ("The coast guard stopped a go-fast near Roatán.", "Roatán", "Roatán", "HN"),
]


@pytest.mark.parametrize(("text", "surface", "name", "country"), ISLANDS)
def test_island_named_alone(text: str, surface: str, name: str, country: str) -> None:
    assert locs(text).get(surface) == (name, country)


NOT_ISLANDS = [
    # (text, word that must be no island LOC)
    ("Pentecost Sunday passed without incident, the commissioner said.", "Pentecost"),
    ("Officers in Antigua Guatemala arrested a courier.", "Antigua"),
    ("Flores Díaz, 34, was sentenced to six years.", "Flores"),
]


@pytest.mark.parametrize(("text", "word"), NOT_ISLANDS)
def test_island_name_before_capitalized_word(text: str, word: str) -> None:
    assert word not in locs(text)
