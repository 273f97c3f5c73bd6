"""Every ORG value carries ``acronym`` and every LOC value ``id`` (None when none), whichever
stage made it: a numbered court, a country relabelled a territory's LOC."""

from __future__ import annotations

import pytest

import pressparse

REQUIRED_KEYS = {"ORG": "acronym", "LOC": "id"}


@pytest.mark.parametrize(("text", "label", "surface", "value"), [
    ("The Karaganda City Court No. 2 sentenced the officer.", "ORG",
     "Karaganda City Court No. 2",
     {"name": "Karaganda City Court No. 2", "acronym": None, "id": None}),
    ("The cutter offloaded 900 kg of cocaine in San Juan, Puerto Rico.", "LOC", "Puerto Rico",
     {"name": "Puerto Rico", "country_iso2": "PR", "id": None}),
])
def test_every_org_and_loc_value_has_its_keys(text: str, label: str, surface: str,
                                              value: dict[str, object]) -> None:
    entities = [e for item in pressparse.extract(text).items for e in item.entities]
    assert {e.text: e.normalized for e in entities if e.label == label}[surface] == value
    for e in entities:
        if e.label in REQUIRED_KEYS:
            assert REQUIRED_KEYS[e.label] in e.normalized, (e.text, e.normalized)
