"""A river, sea or delta written without its head when the wording makes it water ("on the
Prut", "across the Caspian") is named with the head (full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def places(text: str) -> dict[str, str | None]:
    return {e.text: (e.normalized or {}).get("name") for item in extract(text).items
            for e in item.entities if e.label == "LOC"}


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    # Moldova / Romania: a border river
    ("Officers checked every car at the bridges on the Prut during the week.",
     "Prut", "Prut River"),
    # Central Asia / Iran: a sea crossed by ferries
    ("Investigators say the pills were shipped across the Caspian in ferry cargo.",
     "Caspian", "Caspian Sea"),
    # Argentina: the river, not the Brazilian state or the Argentine city
    ("The prefecture stopped a launch on the Paraná near San Lorenzo at night.",
     "Paraná", "Paraná River"),
    # Europe: an already listed river keeps its listed name
    ("Police boats patrolled along the Danube after the tip-off.", "Danube", "Danube River"),
    # Iberia and the Caucasus: listed rivers, another romanization of one as written
    ("The launch crossed the Guadiana near Vila Real at night.", "Guadiana", "Guadiana River"),
    ("Border guards patrolled the Araz river bank near Jabrayil.", "Araz river",
     "Araz River"),
    ("The hashish reached the Iberian Peninsula in fishing boats.", "Iberian Peninsula",
     "Iberian Peninsula"),
    # Senegal: a delta written with its head, in capitals too
    ("Fishermen reported the pirogue in the Saloum Delta before dawn.",
     "Saloum Delta", "Saloum Delta"),
    ("SALOUM DELTA: NAVY STOPS A PIROGUE WITH 300 KG OF CANNABIS", "SALOUM DELTA",
     "Saloum Delta"),
])
def test_bare_waters_take_their_head(sentence: str, surface: str, name: str) -> None:
    found = places(sentence)
    assert found.get(surface) == name, found


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    # no water word before it: the state or city keeps its own reading
    ("Federal police in Paraná seized 2 tonnes of marijuana.", "Paraná", "Paraná"),
])
def test_names_without_water_words_keep_their_reading(sentence: str, surface: str,
                                                      name: str) -> None:
    assert places(sentence).get(surface) == name


@pytest.mark.parametrize("sentence", [
    # a lower-case noun after the name makes it a modifier
    "Soldiers were deployed on the Niger border after the attack.",
    "Smugglers moved heroin across the Caspian route to Europe.",
])
def test_modifiers_are_no_waters(sentence: str) -> None:
    assert not any(str(name).endswith((" River", " Sea")) for name in places(sentence).values())


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    # an Argentine text: the river wins the Argentine city of the same name
    ("Argentina: five held in Rosario after a launch with cocaine was stopped on the Paraná",
     "Paraná", "Paraná River"),
])
def test_water_wins_a_town_of_the_texts_country(sentence: str, surface: str, name: str) -> None:
    assert places(sentence).get(surface) == name
