"""Plural raids or searches naming two or more places joined ("raids in the Callao and Comas
districts", "searches in Tampere, Nokia and Pirkkala") are actions at several places: an
operation also on one day; a plural word alone on one day keeps one find a seizure."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, the types of the item's events)
CASES: list[tuple[str, str, list[str]]] = [
    ("Four arrested in raids in Lima\n\n"
     "The Anti-Drug Directorate of the National Police of Peru carried out on Thursday raids "
     "in the Callao and Comas districts, which resulted in the arrest of four suspects.\n\n"
     "During the raids, officers seized 3.1 kg of cocaine base and a pistol.",
     "2026-09-12", ["operation"]),
    ("Police seize amphetamine in Pirkanmaa\n\n"
     "On Wednesday 14 October, officers of the Central Finland Police carried out searches in "
     "Tampere, Nokia and Pirkkala and seized 4.5 kg of amphetamine.",
     "2026-10-16", ["operation"]),
    # one lorry on one day: "searches" of one find's places, no places named after it
    ("Customs find cannabis in lorry at Muuga port\n\n"
     "On Friday, 9 October, Estonian customs officers stopped a lorry arriving at Muuga port "
     "from Germany. During searches, 40 kg of cannabis were found in the trailer.",
     "2026-10-12", ["seizure"]),
]


@pytest.mark.parametrize("case", CASES, ids=[f"places@{i}" for i in range(len(CASES))])
def test_actions_at_places_type(case: tuple[str, str, list[str]]) -> None:
    text, published, expected = case
    document = pressparse.extract(text, published=published)
    assert [e.type for item in document.items for e in item.events] == expected
