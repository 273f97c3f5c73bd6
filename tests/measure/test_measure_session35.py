"""Session 35 money forms on the spent news-wire sets, in our own wording: a shared symbol
("$", "SR", "K") is the currency of the country the text names most; a text about a third
country that names a dollar country only in passing keeps "$" as the US dollar."""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity

CASES = [
    # a text about Bangladesh naming Singapore once: "$" stays the US dollar
    ("Petrobangla bought two LNG cargoes from Singapore-based traders at $11.85 per mmBtu, "
     "the Bangladesh energy ministry said. Bangladesh imports a third of its gas.",
     {"BD": 2, "SG": 1}, "$11.85", dict(value=11.85, unit="USD", kind="money")),
    # a text about Singapore: the Singapore dollar
    ("Singapore's customs seized duty-unpaid cigarettes worth $42,000 in Singapore.",
     {"SG": 2}, "$42,000", dict(value=42000.0, unit="SGD", kind="money")),
    # "SR" in a Seychelles text: the Seychelles rupee, the riyal's in a Saudi one
    ("The Seychelles federation awarded SR 40,000 to the winners in Victoria, Seychelles.",
     {"SC": 2}, "SR 40,000", dict(value=40000.0, unit="SCR", kind="money")),
    ("Saudi Arabia set aside SR 2 billion for the new stadium in Riyadh.", {"SA": 2},
     "SR 2 billion", dict(value=2e9, unit="SAR", kind="money")),
    # "K" with a scale in a Myanmar text: the kyat, the kwacha's in a Zambian one
    ("Myanmar police seized drugs worth K12.5 billion near Muse, Myanmar.", {"MM": 2},
     "K12.5 billion", dict(value=12.5e9, unit="MMK", kind="money")),
    ("Zambia's maize agency pays K3,200 per tonne in Lusaka, Zambia.", {"ZM": 2},
     "K3,200", dict(value=3200.0, unit="ZMW", kind="money")),
]


@pytest.mark.parametrize(("text", "countries", "span", "fields"), CASES,
                         ids=[c[2] for c in CASES])
def test_shared_symbol_by_country(scanner, text: str, countries: dict[str, int], span: str,
                                  fields: dict[str, Any]) -> None:
    found = {text[q.start:q.end]: q.normalized()
             for q in scanner.scan(text, countries=lambda: countries)}
    assert span in found, f"{span!r} not among {list(found)}"
    for key, expected in fields.items():
        assert found[span].get(key) == expected, (key, found[span])


# in a text that groups thousands with dots, a one-dot figure before "billion" is a decimal
# (a thousand billions is written as trillions); before "millones" it still groups thousands
DOT_GROUP_CASES = [
    ("The agency paid R$ 4.612.700 in fees, and the winning bid was R$ 1.262 billion.",
     "R$ 1.262 billion", dict(value=1.262e9, unit="BRL")),
    ("El Estado recaudó $23.450.000 y prevé $2.100 millones más.", "$2.100 millones",
     dict(value=2.1e9)),
]


@pytest.mark.parametrize(("text", "span", "fields"), DOT_GROUP_CASES,
                         ids=[c[1] for c in DOT_GROUP_CASES])
def test_dot_grouped_figure_before_a_scale(scanner, text: str, span: str,
                                           fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


# only "an estimated X" is approximate (the guide); a bare "estimated" before a figure is no
# qualifier and stays out of the span
@pytest.mark.parametrize(("text", "span", "fields"), [
    ("Officers foiled an attempt to smuggle heroin estimated 96 kilograms off the coast.",
     "96 kilograms", dict(value=96.0, unit="kg", qualifier="exact")),
    ("The march drew an estimated 100,000 people.", "an estimated 100,000",
     dict(value=100000.0, qualifier="about")),
], ids=["bare", "an estimated"])
def test_estimated_before_a_figure(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)
