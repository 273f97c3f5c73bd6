"""The default country of a small place no list knows (entities/place_grammar.py): the country
the text names most, each written name counted once however many listed readings it has, on
a tie the country named first; an address of one country's places joined by commas counts
once."""

from __future__ import annotations

import pytest

from pressparse.driver import extract
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


@pytest.mark.parametrize(("text", "surface", "country"), [
    # an address of one country's places joined by commas is one place: a flight "from
    # Denpasar, Bali, Indonesia" does not outweigh the release's own Dili twice
    ("Dili, 3 March – Police officers at the Tasitolu checkpoint stopped a passenger "
     "arriving from Denpasar, Bali, Indonesia, with 900 g of methamphetamine. The case goes "
     "to the prosecutor in Dili.", "Tasitolu checkpoint", "TL"),
    ("Police in Suva said a parcel posted in Brisbane, Queensland, Australia, held 2 kg of "
     "cocaine; officers seized it at the Vatuwaqa checkpoint in Suva.", "Vatuwaqa checkpoint",
     "FJ"),
])
def test_address_counts_once(text: str, surface: str, country: str) -> None:
    found = [(e.normalized or {}).get("country_iso2") for item in extract(text).items
             for e in item.entities if e.label == "LOC" and e.text == surface]
    assert found == [country]
