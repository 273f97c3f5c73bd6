"""Figures in table cells read from their column header's tail (a currency, its scale, a
percent sign), from a substance named in an earlier cell of the row, from the row label
of a table laid out with spaces that has no caption line, and from a count's header whose
bracket gives no unit (our own tables)."""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity, substance_mentions

# a Ghanaian narcotics board's regional table: currency and scale after a comma, a percent
GHANA = (
    "Region | Cocaine, kg | Street value, GHS million | Share of seizures, %\n"
    "Greater Accra | 212.4 | 38.6 | 71.5\n"
    "Ashanti | 84.0 | 15.1 | 28.5\n"
)
# a Peruvian export: the currency in brackets, its scale after it, the goods in a cell
PERU = (
    "Fecha | Puesto | Droga | Peso (kg) | Valor (USD thousand)\n"
    "Tumbes | Callao | Cocaine | 1 150.2 | 34 506\n"
    "Desaguadero | Puno | Marijuana | 96.5 | 289\n"
)
# a spaced table straight under a blank line: the unit in the row label's brackets, a row
# whose label counts a thing ("Number of arrests")
SPACED_NO_CAPTION = (
    "The ministry gave these figures for the port of Gdansk.\n"
    "\n"
    "                        2023      2024      2025\n"
    "Heroin (kg)             41,5      37,0      52,8\n"
    "Number of arrests       311       297       342\n"
)

# headers of counts with a bracket that gives no unit, spaced and "|" (a Namibian and a
# Mauritian table)
SPACED_COUNT_BRACKET = (
    "Year      Arrests (no.)    Cannabis (kg)\n"
    "2024      1,214            3,406.5\n"
    "2025      1,377            2,981.0\n"
)
BAR_COUNT_BRACKET = (
    "Station | Seizures (number) | Heroin (g)\n"
    "Port Louis | 48 | 1 204\n"
    "Curepipe | 17 | 310\n"
)

# a Moroccan customs summary: period columns, rows whose labels name what they count
PERIOD_COUNT_ROWS = (
    "Indicator | H1 2025 | H1 2026\n"
    "Trafficking offences recorded | 2 406 | 2 611\n"
    "Persons arrested | 1 018 | 1 240\n"
    "Cannabis resin, kg | 61 204,5 | 58 930,0\n"
)

SALMON = (
    "Market | Volume in tonnes | change in %\n"
    "Poland | 81 220 | +6.1\n"
    "France | 47 930 | -2.4\n"
)

CASES: list[tuple[str, tuple[str, ...], str, dict[str, Any]]] = [
    (PERIOD_COUNT_ROWS, ("cannabis resin",), "2 611",
     {"unit": None, "value": 2611, "what": "trafficking offences"}),
    (PERIOD_COUNT_ROWS, ("cannabis resin",), "1 240", {"unit": None, "value": 1240}),
    (PERIOD_COUNT_ROWS, ("cannabis resin",), "58 930,0", {"unit": "kg", "kg": 58930}),
    (SPACED_COUNT_BRACKET, ("cannabis",), "1,377", {"unit": None, "what": "arrests"}),
    (SPACED_COUNT_BRACKET, ("cannabis",), "2,981.0", {"unit": "kg", "kg": 2981}),
    (BAR_COUNT_BRACKET, ("heroin",), "48", {"unit": None, "value": 48, "what": "seizures"}),
    (BAR_COUNT_BRACKET, ("heroin",), "310", {"unit": "g", "value": 310}),
    (GHANA, ("cocaine",), "212.4", {"unit": "kg", "kg": 212.4}),
    (GHANA, ("cocaine",), "38.6", {"unit": "GHS", "value": 38.6e6}),
    (GHANA, ("cocaine",), "15.1", {"unit": "GHS", "value": 15.1e6}),
    (GHANA, ("cocaine",), "71.5", {"unit": "%", "value": 71.5}),
    (PERU, ("cocaine", "marijuana"), "34 506", {"unit": "USD", "value": 34506e3}),
    (PERU, ("cocaine", "marijuana"), "1 150.2", {"unit": "kg", "what": "cocaine"}),
    (PERU, ("cocaine", "marijuana"), "96.5", {"unit": "kg", "what": "marijuana"}),
    (SPACED_NO_CAPTION, ("heroin",), "41,5", {"unit": "kg", "kg": 41.5}),
    (SPACED_NO_CAPTION, ("heroin",), "52,8", {"unit": "kg", "kg": 52.8}),
    (SPACED_NO_CAPTION, ("heroin",), "297", {"unit": None, "value": 297, "what": "arrests"}),
    # a header whose tail is no currency keeps the column's own reading
    ("Port | Seized, kg | Cases\nMombasa | 12.5 | 4\n", (), "4", {"unit": None, "value": 4}),
    ("Port | Seized, kg | Officers, total\nMombasa | 12.5 | 40\n", (), "12.5", {"unit": "kg"}),
    # a percent column beside a year column: the row label's unit stays the year's
    ("Drug | 2025 | Change, %\nHeroin, kg | 31.8 | 12.5\n", (), "31.8", {"unit": "kg"}),
    # the unit after "in" in a header (no inch), and a change's sign opening its cell (in the
    # span, the value its magnitude): a Norwegian fish-export sheet
    (SALMON, (), "+6.1", {"unit": "%", "value": 6.1}),
    (SALMON, (), "-2.4", {"unit": "%", "value": 2.4}),
    (SALMON, (), "81 220", {"unit": "t", "value": 81220}),
    ("Route | Length in km\nBergen–Oslo | 463\n", (), "463", {"unit": "km", "value": 463}),
]


@pytest.mark.parametrize(("text", "substances", "span", "fields"), CASES,
                         ids=[f"{case[2]}@{index}" for index, case in enumerate(CASES)])
def test_cell_reads_from_its_table(scanner, text: str, substances: tuple[str, ...],
                                   span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields,
                   substance_mentions(text, {name: name for name in substances}))

