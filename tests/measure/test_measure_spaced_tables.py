"""Figures in tables laid out with runs of spaces (session 28): the column header standing
over a figure gives its unit in brackets ("Cocaine (kg)"), a currency and scale ("Value
(€m)"), or names what it counts ("Arrests", "Cannabis plants"); a lone dash is an empty cell,
no range connector. Our own tables (holdout25 and holdout27 showed the class: a regional
operation's results by country, a parliamentary answer's results by year).

Decisions: the header row is the top row of the block of spaced rows above the figure, when
none of its cells is a bare figure; its cell is the one whose characters stand over the
figure's, left- or right-aligned; "(no.)" and other brackets give no unit.
"""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity, count, measure, money

BY_REGION = (
    "RESULTS BY REGION\n"
    "Region                Arrests   Heroin (g)   Khat (kg)   Cannabis plants\n"
    "Khomas                     12        3,410           -               215\n"
    "Erongo                      4           85        61.5                 -\n"
    "Oshana                      0            -           -             1,060\n"
)
BY_YEAR = (
    "Year    Seizures (no.)    Cocaine (kg)    Hashish (t)    Value (€m)\n"
    "2024    3,120             8,415           31.6           412.5\n"
    "2025    2,988             10,230          27.9           503.1\n"
)

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (BY_REGION, "12", count(12)),
    (BY_REGION, "3,410", measure(3410, "g", kg=3.41)),
    (BY_REGION, "61.5", measure(61.5, "kg", kg=61.5)),
    (BY_REGION, "215", count(215)),
    (BY_REGION, "85", measure(85, "g")),
    (BY_REGION, "1,060", count(1060)),
    (BY_YEAR, "8,415", measure(8415, "kg", kg=8415.0)),
    (BY_YEAR, "31.6", measure(31.6, "t", kg=31600.0)),
    (BY_YEAR, "412.5", money(412.5e6, "EUR")),
    (BY_YEAR, "10,230", measure(10230, "kg")),
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_spaced_table_column_header(scanner, text: str, span: str,
                                    fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


def test_dash_cell_joins_no_range(scanner) -> None:
    found = [BY_REGION[q.start:q.end] for q in scanner.scan(BY_REGION)]
    assert not any(" - " in span or "  -" in span for span in found), found
