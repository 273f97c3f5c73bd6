"""Quintals, compound masses and fractions of a scale: our own sentences, written before the
fix to count how many the scanner read right.

Decisions: a quintal is 100 kg in every spelling ("quintals", Spanish "quintales", French
"quintaux", the abbreviations "qx", "qq", "qtl"); a larger mass unit followed by a smaller
remainder, with or without "and" ("4 tonnes and 260 kilograms", "2 kg 300 g"), is one
quantity in the first unit with the summed kg; two amounts of the same size stay two.
"three quarters of a million" is 750,000. A number+noun compound adjective that counts things
("a 200-page report", "a 10-storey building") is no quantity of interest (NONE rows), as in
the samples guideline's QUANTITY section.
"""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity


def mass(value: float, unit: str, kg: float, **more: Any) -> dict[str, Any]:
    return dict(value=value, unit=unit, kind="mass", kg=kg, **more)


CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("Customs officers found 7 quintals of kif hidden in a lorry at the port.",
     "7 quintals", mass(7, "quintal", 700, what="kif")),
    ("Police in Tetouan seized 12 qx of cannabis resin on Sunday.",
     "12 qx", mass(12, "quintal", 1200)),
    ("Troops burned 35 quintales of marijuana found near the border.",
     "35 quintales", mass(35, "quintal", 3500, what="marijuana")),
    ("The mill bought 450 qtls of wheat from local farmers.",
     "450 qtls", mass(450, "quintal", 45000, what="wheat")),
    ("Farmers in Huila sold 120 qq of coffee to the cooperative.",
     "120 qq", mass(120, "quintal", 12000, what="coffee")),
    ("Soldiers seized 4 tonnes and 260 kilograms of cocaine aboard the vessel.",
     "4 tonnes and 260 kilograms", mass(4.26, "t", 4260, what="cocaine")),
    ("Gendarmes found 7 quintals and 38 kilograms of resin in the truck.",
     "7 quintals and 38 kilograms", mass(7.38, "quintal", 738, what="resin")),
    ("The baby weighed 2 kg 300 g at birth.", "2 kg 300 g", mass(2.3, "kg", 2.3)),
    ("Detectives found more than 3 tons and 400 kg of hashish.",
     "more than 3 tons and 400 kg", mass(3.4, "t", 3400, qualifier="more_than", what="hashish")),
    ("The navy intercepted 2 tonnes 150 kg of cocaine off the coast.",
     "2 tonnes 150 kg", mass(2.15, "t", 2150, what="cocaine")),
    ("The newborn weighed 7 pounds and 4 ounces.",
     "7 pounds and 4 ounces", mass(7.25, "lb", 3.288544)),
    ("Agents recovered a ton and a half of marijuana.",
     "a ton and a half", mass(1.5, "t", 1500, what="marijuana")),
    ("The firm was fined three quarters of a million pounds by the regulator.",
     "three quarters of a million pounds", dict(value=750000, unit="GBP", kind="money")),
    ("Officers seized half a million tablets of captagon.",
     "half a million tablets", dict(value=500000, unit="tablet", kind="count")),
    ("They found a quarter of a million pills in the warehouse.",
     "a quarter of a million pills", dict(value=250000, unit="pill", kind="count")),
    ("The charity raised three quarters of a million dollars in a week.",
     "three quarters of a million dollars", dict(value=750000, unit="USD", kind="money")),
]

# two amounts: neither is a remainder of the other
PAIRS: list[tuple[str, str, str]] = [
    ("Police seized 5 kg and 300 kg of cannabis in two raids.", "5 kg", "300 kg"),
    ("The dog found 2 kg of heroin and 300 g of cocaine.", "2 kg", "300 g"),
    ("The two couriers carried 1 kg and 500 grams of heroin respectively.", "1 kg", "500 grams"),
]

NONE = [
    "The agency published a 200-page report on Tuesday.",
    "Fire crews reached the top of a 10-storey building.",
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES, ids=[c[1] for c in CASES])
def test_compound_quantity(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


@pytest.mark.parametrize(("text", "first", "second"), PAIRS, ids=[p[0][:30] for p in PAIRS])
def test_two_amounts(scanner, text: str, first: str, second: str) -> None:
    spans = [text[q.start:q.end] for q in scanner.scan(text)]
    assert first in spans and second in spans


@pytest.mark.parametrize("text", NONE)
def test_count_adjective_is_no_quantity(scanner, text: str) -> None:
    assert [text[q.start:q.end] for q in scanner.scan(text)] == []
