"""A publisher's bare short form ("Customs") opening a sentence is its body before a verb,
a listed one or any in the past tense, not before a participle's preposition ("Revenue
collected from ..."); it reads as the body the text names with that word, also one whose
name carries its country in front ("Tonga Customs") (full pipeline, our own invented
releases)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

CASES = [
    # (text, start of the bare mention, expected name or None for no ORG there)
    ("NUKU'ALOFA, 3 April 2026 - Officers of Tonga Customs found 3 kg of methamphetamine in a "
     "container at Queen Salote Wharf on Monday.\nCustoms referred the case to the police, who "
     "arrested two men.", "Customs referred", "Tonga Customs"),
    ("VALLETTA, 9 May 2026 - Customs detained a 34-year-old passenger at the airport after "
     "12 kg of cannabis was found in his luggage, the Malta Customs Department said.",
     "Customs detained", "Malta Customs Department"),
    ("Customs foils attempt to smuggle 40 kg of hashish at Ambarli port\nISTANBUL, 4 June "
     "2026 - Officers of the Turkish Customs Enforcement found the drugs in a truck.",
     "Customs foils", "Customs Enforcement of Türkiye"),
    ("ACCRA, 2 March 2026 - Revenue collected from excise duties rose by 4 per cent, the "
     "Ghana Revenue Authority said on Monday.", "Revenue collected", None),
    ("KINGSTON, 5 March 2026 - Customs officers at the port found 20 kg of cocaine, the "
     "Jamaica Constabulary Force said.", "Customs officers", None),
]


@pytest.mark.parametrize(("text", "mention", "name"), CASES)
def test_short_form_opener(text: str, mention: str, name: str | None) -> None:
    start = text.index(mention)
    found = {e.start: (e.normalized or {}).get("name") for item in extract(text).items
             for e in item.entities if e.label == "ORG"}
    assert found.get(start) == name, found
