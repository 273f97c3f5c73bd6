"""A listed body known under two names (renamed) is named by the name its text uses: "State
Customs Committee" before the Uzbek committee's renaming, "Customs Committee" after."""

from __future__ import annotations

import pytest

import pressparse


def org_names(text: str) -> list[tuple[str, str]]:
    entities = [e for item in pressparse.extract(text).items for e in item.entities]
    return [(e.text, e.normalized.get("name")) for e in entities if e.label == "ORG"]


_BCOC = ("Bureau for Coordination of the Fight against Organized Crime and Other Dangerous "
         "Types of Crime on the Territory of the CIS Member States")


@pytest.mark.parametrize(("text", "expected"), [
    ("TASHKENT, Uzbekistan - Officers of the State Customs Committee seized 4 kg of heroin "
     "at a border post.",
     [("State Customs Committee", "State Customs Committee of the Republic of Uzbekistan")]),
    ("TASHKENT, Uzbekistan - The Customs Committee of Uzbekistan said on Monday.",
     [("Customs Committee of Uzbekistan", "Customs Committee of the Republic of Uzbekistan")]),
    # a listed body's short name and its acronym transliterated from Russian (session 38)
    ("Experts of the Bureau for Coordination of the Fight against Organized Crime presented "
     "a report in Minsk.",
     [("Bureau for Coordination of the Fight against Organized Crime", _BCOC)]),
    ("The BKBOP prepared the annual review on synthetic drugs.", [("BKBOP", _BCOC)]),
])
def test_listed_body_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert org_names(text) == expected
