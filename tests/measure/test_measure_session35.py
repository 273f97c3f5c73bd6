"""Session 35 money forms on the spent news-wire sets, in our own wording (the shared-symbol
rows, "$", "SR", "K" read by the country the text names most, are in test_general_news_wire's
COUNTRY_QUOTES table)."""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity

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
