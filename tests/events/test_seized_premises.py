"""Premises that the first passive after them says were seized or confiscated ("four cars,
two apartments and a warehouse were seized") are property, not places searched; premises
counted after a search ("during searches in 9 houses ... were found and seized") stay
searches."""

from __future__ import annotations

import pytest

import pressparse

TEXT = ("Police dismantle a heroin ring in Tbilisi\n\n"
        "On 12 May 2026, officers of the Georgian police detained six members of a group "
        "that sold heroin. Cash of GEL 120,000, four cars, two apartments and a warehouse "
        "were seized. During searches in 9 houses and 2 garages, 3 kg of heroin was found "
        "and seized. In the course of the investigation, 3 apartments and a car with a "
        "total value of 900,000 lari were confiscated.")
ULAANBAATAR = ("Police close a methamphetamine ring in Ulaanbaatar\n\n"
               "From 2 to 6 June 2026, officers of the Mongolian police detained nine members "
               "of a ring that sold methamphetamine. 5 apartments were searched and 2 cars "
               "were seized.")

# (text, date published, counted value, expected category)
CASES: list[tuple[str, str, float, str]] = [
    (TEXT, "2026-06-10", 2, "properties"),  # seized with the cars and the cash
    (TEXT, "2026-06-10", 3, "properties"),  # confiscated during the investigation
    (TEXT, "2026-06-10", 9, "searches"),  # a search before them
    (ULAANBAATAR, "2026-06-10", 5, "searches"),  # the first passive after them is "searched"
    # searches or places after a preposition, whatever the passive after them
    ("Police seize cocaine in raids in Guayaquil\n\n"
     "On 8 October 2025, officers of the National Police arrested 12 people in Guayaquil. "
     "During 11 searches, ten cell phones, two pistols and 40 kg of cocaine were seized.",
     "2025-10-10", 11, "searches"),
    ("Police close an online drug shop in Cluj\n\n"
     "On 7 July 2025, officers of the Romanian police carried out searches against an online "
     "shop that sold synthetic drugs. In 27 addresses, 18.5 kg of alpha-PVP was seized.",
     "2025-10-10", 27, "searches"),
]


@pytest.mark.parametrize(("text", "published", "value", "category"), CASES)
def test_seized_premises_are_property_and_searched_ones_searches(
        text: str, published: str, value: float, category: str) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    found = [c.category for item in doc.items for e in item.events for c in e.counts
             if c.value == value and c.what != "garages"]
    assert found == [category]
