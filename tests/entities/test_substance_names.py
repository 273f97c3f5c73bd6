"""Street and regional names of drugs resolve to their canonical substance (full pipeline,
our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

CASES = [
    ("Officers seized 40 kg of syabu in a car park in Johor Bahru.", "syabu", "methamphetamine"),
    ("The parcel held 2 kg of cannabis buds wrapped in foil.", "cannabis buds", "marijuana"),
    ("Police in Mombasa recovered 30 bags of bhang from a lorry.", "bhang", "marijuana"),
    ("Officers found 120 kg of dagga hidden under timber on the N1.", "dagga", "marijuana"),
    ("Detectives in Giza seized 15 kg of bango and 300 grams of strox.", "bango", "marijuana"),
    ("Detectives in Giza seized 15 kg of bango and 300 grams of strox.", "strox",
     "synthetic cannabinoids"),
    ("Army units seized 6 quintals of processed kif near the border.", "processed kif",
     "hashish"),
]


@pytest.mark.parametrize(("sentence", "surface", "canonical"), CASES)
def test_street_names_resolve_to_the_substance(sentence: str, surface: str,
                                               canonical: str) -> None:
    entities = [e for item in extract(sentence).items for e in item.entities
                if e.label == "SUBSTANCE"]
    found = {e.text: (e.normalized or {}).get("name") for e in entities}
    assert found.get(surface) == canonical, found
