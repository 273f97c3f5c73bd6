"""Hyphenated local names whose parts alone read as function words (entities/place_grammar.py):
a capitalized first part ("At-Bashy", "On-Archa") or a short lower-case joint ("Bab-e-Dosti",
"Dar-es-Salaam") stays in the name before a head or after a prefix (full pipeline, our own
sentences)."""

from __future__ import annotations

import pytest

from loc_values import place_names


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    # a first part spelled like a preposition
    ("Police detained a shepherd with 2 kg of hashish in At-Bashy district on Monday.",
     "At-Bashy district", "At-Bashy District"),
    ("Two men were stopped at the On-Archa checkpoint in Kyrgyzstan.",
     "On-Archa checkpoint", "On-Archa checkpoint"),
    # a lower-case joint between two names
    ("Officers at the Bab-e-Dosti border crossing found hashish in a truck.",
     "Bab-e-Dosti border crossing", "Bab-e-Dosti border crossing"),
    ("Customs found 3 kg of cocaine in a container at the Ras-al-Khaimah port.",
     "Ras-al-Khaimah port", "Ras-al-Khaimah Port"),
    # after a prefix
    ("The heroin was buried in a garden in the village of At-Bashy near the border.",
     "At-Bashy", "At-Bashy"),
])
def test_compound_name_kept_whole(sentence: str, surface: str, name: str) -> None:
    assert place_names(sentence).get(surface) == name


@pytest.mark.parametrize(("sentence", "absent"), [
    # a lower-case word glued to a hyphen is no name's part where no name follows it
    ("It was an at-home test; at-risk youth in the Tema-Ashaiman district were warned.",
     "at-risk youth"),
    # a plain compound keeps its parts apart from the function word before it
    ("At Kara-Balta checkpoint officers found heroin.", "At Kara-Balta checkpoint"),
    # a lead word's hyphenated town is the list's, no lead with a name after it
    ("Under the direction of the Port-au-Prince Prosecutor's Office, police raided a house.",
     "Port-au-Prince Prosecutor"),
    ("The case went to the\nFort-de-France Prosecutor's Office on Monday.",
     "France Prosecutor"),
])
def test_function_words_stay_outside(sentence: str, absent: str) -> None:
    assert absent not in place_names(sentence)
