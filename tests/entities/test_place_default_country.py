"""The default country of a small place no list knows (entities/place_grammar.py): the country
the text names most, each written name counted once however many listed readings it has, on
a tie the country named first."""

from __future__ import annotations

import pytest

from pressparse.entities.place_grammar import KnownSpan, _dominant_country


def town(start: int, country: str, name: str = "Town") -> KnownSpan:
    return KnownSpan(start, start + 1, "LOC", {"name": name, "country_iso2": country,
                                                 "id": f"{country.lower()}:{name.lower()}"})


def country(start: int, iso2: str) -> KnownSpan:
    return KnownSpan(start, start + 1, "COUNTRY", {"iso2": iso2, "name": iso2})


@pytest.mark.parametrize(("known", "expected"), [
    # a word read as two towns of one country ("Taza" twice in a Kazakh text) is one
    # mention: the country named twice wins
    ([town(3, "MA", "Taza"), town(3, "MA", "Taza"), town(9, "KZ", "Almaty"),
      country(20, "KZ")], "KZ"),
    # a town and the region of its name, one span: once
    ([town(0, "PE", "Ica"), town(0, "PE", "Ica Region"), country(6, "CL"),
      town(12, "CL", "Arica")], "CL"),
    # a tie: the country named first, in the text's order, not the list's
    ([town(30, "UZ", "Fergana"), country(2, "KG")], "KG"),
    ([country(4, "TR"), town(15, "GE", "Batumi"), town(22, "TR", "Tokat"),
      country(30, "GE")], "TR"),
    ([], None),
])
def test_default_country(known: list[KnownSpan], expected: str | None) -> None:
    assert _dominant_country(known) == expected
