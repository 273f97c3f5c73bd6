"""A listed subdivision written with another subdivision's head is the listed one, as the list
names it ("the region of Santa Catarina" is Brazil's state, "the Michoacán region" Mexico's);
a subdivision written with its country's own head keeps it (full pipeline, our own
sentences)."""

from __future__ import annotations

import pytest

from loc_values import place_names


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    # a state, a department written with "region": the listed subdivision
    ("Federal police seized 2 tonnes of cocaine in the border region of Mato Grosso do Sul.",
     "Mato Grosso do Sul", "Mato Grosso do Sul"),
    ("Soldiers raided a laboratory in the Michoacán region of Mexico on Friday.",
     "Michoacán region", "Michoacán"),
    ("The army searched farms in the Antioquia region of Colombia.",
     "Antioquia region", "Antioquia Department"),
    # the country's own head stays as listed
    ("Officers in the Tver region seized heroin in a lorry.", "Tver region", "Tver Oblast"),
    ("Troops in the Loreto region of Peru destroyed coca fields.", "Loreto region",
     "Loreto Region"),
])
def test_subdivision_named_as_listed(sentence: str, surface: str, name: str) -> None:
    assert place_names(sentence).get(surface) == name
