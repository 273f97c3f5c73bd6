"""Quantities of typeset and saved pages (session 28): digit groups parted by a thin, figure or
no-break space, and unit phrases whose words a no-break space joins. Our own wording and
figures (holdout28 and newswire20 showed the classes: a Baltic dairy report, an Iranian police
page, a Japanese coast-guard page). Attachment sizes after a download or attachment word are
page chrome in test_measure_page_layouts.py.

Decisions: any of U+00A0, U+202F, U+2009 and U+2007 groups thousands as a plain space does;
the words of a unit phrase may be parted by any of them.
"""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity, count, measure, money, pct

THIN, NBSP, NARROW, FIGURE = "\u2009", "\u00a0", "\u202f", "\u2007"

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (f"Creameries in Estonia bought 52{THIN}870 tonnes of milk in May.", f"52{THIN}870 tonnes",
     measure(52870, "t", kg=52_870_000.0)),
    (f"Border guards seized 12{THIN}604{NBSP}kg of hashish near Zahedan.",
     f"12{THIN}604{NBSP}kg", measure(12604, "kg", kg=12604.0)),
    (f"The catch was valued at about ¥3{THIN}410{NBSP}million.",
     f"about ¥3{THIN}410{NBSP}million", money(3_410_000_000, "JPY", qualifier="about")),
    (f"The registry lists 214{THIN}300 holdings in the province.", f"214{THIN}300",
     count(214300)),
    (f"Exports reached 1{FIGURE}250{FIGURE}000 litres of wine.",
     f"1{FIGURE}250{FIGURE}000 litres", measure(1_250_000, "l")),
    (f"Officers found 7{NARROW}450 grams of cocaine in the cabin.", f"7{NARROW}450 grams",
     measure(7450, "g", kg=7.45)),
    (f"Seizures of opium rose 23{NBSP}per{NBSP}cent on the year.", f"23{NBSP}per{NBSP}cent",
     pct(23)),
    (f"Prices fell 4 per{NBSP}cent in October.", f"4 per{NBSP}cent", pct(4)),
    (f"The lake rose 12{THIN}cm overnight.", f"12{THIN}cm", measure(12, "cm")),
]



@pytest.mark.parametrize(("text", "span", "fields"), CASES, ids=[c[1] for c in CASES])
def test_typeset_blanks_in_quantities(scanner, text: str, span: str,
                                      fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


# A currency's own press writes its sums with the country's short notation (session 28:
# Algerian, Bolivian, Jordanian and Mauritanian sums in newswire18-20 and holdout24; the
# Nicaraguan "C$" is in tests/components); our own figures.
CURRENCY_NOTATIONS: list[tuple[str, str, dict[str, Any]]] = [
    ("Olive oil sold at DA 1,100 a litre in Tizi Ouzou.", "DA 1,100", money(1100, "DZD")),
    ("Lamb fetched 1,900 to 2,300 DA a kilo before Eid.", "1,900 to 2,300 DA",
     dict(low=1900, high=2300, unit="DZD", qualifier="range")),
    ("A quintal of potatoes cost Bs 410 in El Alto markets.", "Bs 410", money(410, "BOB")),
    ("Phosphate sales brought in JD1.8 billion last year.", "JD1.8 billion",
     money(1.8e9, "JOD")),
    ("The court fined the trader 2.4 million new ouguiyas.", "2.4 million new ouguiyas",
     money(2.4e6, "MRU")),
]


@pytest.mark.parametrize(("text", "span", "fields"), CURRENCY_NOTATIONS,
                         ids=[c[1] for c in CURRENCY_NOTATIONS])
def test_country_currency_notation(scanner, text: str, span: str,
                                   fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)
