"""Names resolved in context: street names of drugs to their substance, an acronym shared
with a disease to no agency (full pipeline, our own sentences)."""

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
    ("NDLEA operatives seized 340 kg of Canadian Loud at the Tin Can port in Lagos.",
     "Canadian Loud", "marijuana"),
    # a brand names its benzodiazepine; the class word stays the class
    ("Deputies found 64 Xanax bars and a bag of Rivotril in the glovebox.", "Xanax",
     "alprazolam"),
    ("Deputies found 64 Xanax bars and a bag of Rivotril in the glovebox.", "Rivotril",
     "clonazepam"),
    ("Customs seized 20,000 benzodiazepine tablets at the airport.", "benzodiazepine",
     "benzodiazepines"),
]


@pytest.mark.parametrize(("sentence", "surface", "canonical"), CASES)
def test_street_names_resolve_to_the_substance(sentence: str, surface: str,
                                               canonical: str) -> None:
    entities = [e for item in extract(sentence).items for e in item.entities
                if e.label == "SUBSTANCE"]
    found = {e.text: (e.normalized or {}).get("name") for e in entities}
    assert found.get(surface) == canonical, found


@pytest.mark.parametrize(("sentence", "organization"), [
    ("The SARS outbreak of 2003 and SARS-CoV-2 hit Asia hard.", None),
    ("SARS Customs officers at Beitbridge found 40 kg of dagga.",
     "Customs of the South African Revenue Service"),
])
def test_an_acronym_shared_with_a_disease_is_no_agency(sentence: str,
                                                        organization: str | None) -> None:
    names = [(e.normalized or {}).get("name") for item in extract(sentence).items
             for e in item.entities if e.label == "ORG"]
    assert names == ([organization] if organization else [])


@pytest.mark.parametrize(("sentence", "operation"), [
    ("Detectives from Strike Force Tamborine charged three men on Monday.", "Tamborine"),
    ("Taskforce Greywater seized 40 kg of cocaine in the harbour.", "Greywater"),
    ("Operation Lionfish ended in March.", "Lionfish"),
])
def test_investigation_prefixes_name_an_operation(sentence: str, operation: str) -> None:
    names = [(e.normalized or {}).get("name") for item in extract(sentence).items
             for e in item.entities if e.label == "OPERATION"]
    assert names == [operation]
