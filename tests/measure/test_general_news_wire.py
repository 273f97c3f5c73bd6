"""News-wire quantities (economy, weather, markets): our own sentences, written to find
gaps before the fixes. Decisions: "a year ago" / "a year earlier" after a sum dates it (no
rate); "up"/"down" after a verb ("knocked down trees") is no change of the quantity before
the verb."""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity

CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("Profits rose 12% to £1.1bn, compared with £980m a year ago.", "£980m",
     dict(value=980e6, unit="GBP", kind="money")),
    ("Revenue reached $4.2bn, up from $3.9bn a year earlier.", "$3.9bn",
     dict(value=3.9e9, unit="USD", kind="money")),
    ("He earns £45,000 a year as a nurse.", "£45,000 a year",
     dict(value=45000, unit="GBP/year", kind="money")),
    ("Winds of 75 mph knocked down trees across the county.", "75 mph",
     dict(value=75, unit="mph", change=None)),
    ("Sales were 5% down on the month.", "5%", dict(value=5, unit="%", change="down")),
    ("A 3% pay rise was agreed.", "3%", dict(value=3, unit="%", change="up")),
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES, ids=[c[1] for c in CASES])
def test_news_wire(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)
