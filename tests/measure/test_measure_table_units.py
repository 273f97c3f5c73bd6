"""Units of the figures in a "|" text table given outside their column header (our own
tables): in brackets in the row's label, or in the caption line above the table when the
column is headed by a period ("H1 2024") or by nothing."""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity, substance_mentions

PERIOD_COLUMNS = (
    "Seizures by drug are listed below (kg; tablets for captagon).\n\n"
    " Drug                | H1 2025    | H1 2024\n"
    "---------------------+------------+-----------\n"
    " Cocaine             | 2,310.4    | 1,874.0\n"
    " Heroin              | 96.5       | 120.3\n"
    " Captagon (tablets)  | 4,250,000  | 3,100,500\n"
)
MARKDOWN_YEARS = (
    "Table 2. Cannabis destroyed in each province (in tonnes)\n"
    "| Province | 2024 | 2023 |\n"
    "|---|---|---|\n"
    "| North | 14.5 | 12.0 |\n"
    "| South | 3.25 | 4.75 |\n"
)
UNIT_COLUMN = (
    "Table 4: Seizures and arrests by year\n"
    "Item | Unit | 2024/25 | 2025/26\n"
    "Cannabis (dried) | kg | 18 406 | 21 972\n"
    "Fields destroyed | ha | 402,5 | 518,3\n"
    "Ecstasy | tablets | 3 210 | 5 880\n"
    "Arrests | persons | 1 214 | 1 377\n"
)
NAMED_COLUMN = (
    "Results by district (drugs seized, kg / offences recorded):\n\n"
    "District     | Seized, kg | Offences\n"
    "Centre       | 402.7      | 1,120\n"
    "Harbour      | 311.5      | 604\n"
)

SPACED = (
    "Table 4.1: Border detections by financial year (tonnes)\n"
    "Substance          2022–23    2023–24\n"
    "Cocaine              5.6        7.2\n"
    "Heroin               0.9        1.4\n"
)
ROW_UNITS = (  # a review's table: each row's label gives its unit, decimal commas
    "Table 3. Seizures at the eastern border, 2024–2025\n"
    "Item                        2024          2025\n"
    "Heroin (kg)                 118,4          96,0\n"
    "MDMA (tablets)             52 300        71 950\n"
)

# a spaced table in a text whose page footer has a "|" ("Agency | Report 2024"): its rows
# are still read as a spaced table, dot thousands and decimal commas (holdout13 h13_14)
FOOTER_BAR = (
    "Table 2: Seizures by substance, 2023–2024\n"
    "Substance                   2023          2024\n"
    "Heroin (kg)                 1.204,5       987,3\n"
    "Ecstasy (tablets)           54.210        61.875\n"
    "\n"
    "12                      Federal Police | Annual Drug Report 2024\n"
)

# a "|" table whose column headers are years and whose corner cell gives the unit; the
# paragraph above ends in a bracket of a comparison, whose "in" is no inch
CORNER_UNIT = (
    "Seizures rose again (about 9% more than in 2024).\n"
    "Drugs seized at the border, kg | 2024 | 2025\n"
    "Cocaine | 1 142,5 | 1 987,3\n"
    "Heroin | 96,2 | 41,9\n"
    "Precursors, litres | 1 350 | 2 210\n"
)
CORNER_HALVES = (
    "Cash withheld by the service, USD | H1 2024 | H1 2025\n"
    "Airports | 845 000 | 1 120 500\n"
    "Land border | 96 400 | 77 000\n"
)
CORNER_NONE = (  # a header row of named columns: the corner is a plain label
    "Region | Arrests | Seized, kg\n"
    "North | 296 | 410\n"
)

# a caption whose unit follows a comma over a table headed by periods (session 39)
CAPTION_COMMA_UNIT = (
    "Cannabis destroyed by the district teams, ha\n"
    "District | 2025 | 2026\n"
    "Lowland | 12,5 | 30,25\n"
    "Hills | 4 | 7,5\n"
)

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (CAPTION_COMMA_UNIT, "30,25", {"unit": "ha", "value": 30.25}),
    (CAPTION_COMMA_UNIT, "4", {"unit": "ha", "value": 4}),
    (CORNER_UNIT, "1 142,5", {"unit": "kg", "kg": 1142.5}),
    (CORNER_UNIT, "41,9", {"unit": "kg", "kg": 41.9}),
    (CORNER_UNIT, "2 210", {"unit": "l", "value": 2210}),
    (CORNER_HALVES, "845 000", {"unit": "USD", "value": 845000}),
    (CORNER_HALVES, "77 000", {"unit": "USD", "value": 77000}),
    (CORNER_NONE, "296", {"unit": None, "value": 296}),
    (CORNER_NONE, "410", {"unit": "kg", "kg": 410}),
    (FOOTER_BAR, "1.204,5", {"unit": "kg", "kg": 1204.5}),
    (FOOTER_BAR, "987,3", {"unit": "kg", "kg": 987.3}),
    (FOOTER_BAR, "54.210", {"unit": "tablet", "value": 54210}),
    # a table laid out with spaces, its unit in the caption's brackets (session 7, holdout8)
    (SPACED, "5.6", {"unit": "t", "kg": 5600}),
    (SPACED, "1.4", {"unit": "t", "kg": 1400}),
    (PERIOD_COLUMNS, "2,310.4", {"unit": "kg", "kg": 2310.4}),
    (PERIOD_COLUMNS, "1,874.0", {"unit": "kg", "kg": 1874.0}),
    (PERIOD_COLUMNS, "96.5", {"unit": "kg", "kg": 96.5}),
    (PERIOD_COLUMNS, "4,250,000", {"unit": "tablet", "value": 4.25e6}),
    (PERIOD_COLUMNS, "3,100,500", {"unit": "tablet", "value": 3100500}),
    (MARKDOWN_YEARS, "14.5", {"unit": "t", "kg": 14500}),
    (MARKDOWN_YEARS, "4.75", {"unit": "t", "kg": 4750}),
    # a column that names what it counts keeps its own reading: no unit from the caption
    (NAMED_COLUMN, "402.7", {"unit": "kg"}),
    (NAMED_COLUMN, "1,120", {"unit": None, "value": 1120}),
    (NAMED_COLUMN, "604", {"unit": None, "value": 604}),
    # a spaced table whose row labels give the unit in brackets (holdout12 h12_12)
    (ROW_UNITS, "118,4", {"unit": "kg", "kg": 118.4}),
    (ROW_UNITS, "96,0", {"unit": "kg", "kg": 96.0}),
    (ROW_UNITS, "52 300", {"unit": "tablet", "value": 52300}),
    (ROW_UNITS, "71 950", {"unit": "tablet", "value": 71950}),
    # a unit column: the cell before the figures holds the row's unit or counted noun
    (UNIT_COLUMN, "18 406", {"unit": "kg", "kg": 18406}),
    (UNIT_COLUMN, "518,3", {"unit": "ha", "value": 518.3}),
    (UNIT_COLUMN, "5 880", {"unit": "tablet", "value": 5880}),
    (UNIT_COLUMN, "1 377", {"unit": None, "value": 1377, "what": "persons"}),
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES,
                         ids=[f"{c[1]}@{i}" for i, c in enumerate(CASES)])
def test_table_unit_outside_the_header(scanner, text: str, span: str,
                                       fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


@pytest.mark.parametrize(("text", "span", "fields"), [
    ("The court fined the company 1.9 billion soums.", "1.9 billion soums",
     {"unit": "UZS", "value": 1.9e9}),
])
def test_currency_words(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)



def check_table_quantity(scanner, table: str, substances: tuple[str, ...], span: str,
                         fields: dict) -> None:
    """The quantity read at ``span`` of ``table`` (with these substances named) has ``fields``."""
    found = {table[q.start:q.end]: q for q in scanner.scan(
        table, substance_mentions(table, {name: name for name in substances}))}
    assert span in found, f"{span!r} not among {list(found)}"
    quantity = found[span]
    for key, expected in fields.items():
        got = getattr(quantity, key)
        assert got == pytest.approx(expected) if isinstance(expected, float | int) \
            else got == expected, (key, got)


# A "|" table whose columns are periods and whose row labels give the unit after a comma.
PERIOD_COLUMNS_TABLE = (
    "Indicator                                   | 6 months 2024 | 6 months 2025\n"
    "Smuggling cases detected                    | 812           | 904\n"
    "Narcotic drugs and psychotropic substances, kg | 1 905,2    | 2 118,6\n"
    "  of which heroin, kg                       | 77,4          | 102,9\n"
    "  of which tramadol, tablets                | 98 200        | 143 600\n"
    "Cigarettes, thousand packs                  | 3 512,6       | 2 940,1\n"
    "Undeclared cash, USD                        | 845 000       | 1 120 500\n"
)

PERIOD_COLUMN_ROWS = [
    ("1 905,2", dict(value=1905.2, unit="kg", what="drugs")),
    ("102,9", dict(value=102.9, unit="kg", what="heroin")),
    ("98 200", dict(value=98200, unit="tablet")),
    # a scale and a counted noun in the label scale the cell; a currency code gives its unit
    ("3 512,6", dict(value=3512600, unit=None, kind="count", what="cigarettes packs")),
    ("2 940,1", dict(value=2940100, unit=None, kind="count")),
    ("845 000", dict(value=845000, unit="USD", kind="money", what="cash")),
    ("1 120 500", dict(value=1120500, unit="USD", kind="money")),
]


@pytest.mark.parametrize(("span", "fields"), PERIOD_COLUMN_ROWS)
def test_row_label_unit_under_period_columns(scanner, span: str, fields: dict) -> None:
    check_table_quantity(scanner, PERIOD_COLUMNS_TABLE, ("heroin", "tramadol"), span, fields)


# A "|" table with a change column: a change is of what its row's cells are; a row labelled
# by words nothing else names measures those words.
CHANGE_COLUMN_TABLE = (
    "Goods | 2024 | 2025 | Change, %\n"
    "of which heroin, kg | 31,8 | 44,1 | +38,7 %\n"
    "Fuel and lubricants, l | 12 400 | 9 950 | –19,8 %\n"
)

CHANGE_COLUMN_ROWS = [
    ("+38,7 %", dict(value=38.7, what="heroin")),
    ("12 400", dict(value=12400, unit="l", what="fuel and lubricants")),
    ("–19,8 %", dict(value=19.8, change="down", what="fuel and lubricants")),
]


@pytest.mark.parametrize(("span", "fields"), CHANGE_COLUMN_ROWS)
def test_change_column_of_its_row(scanner, span: str, fields: dict) -> None:
    check_table_quantity(scanner, CHANGE_COLUMN_TABLE, ("heroin",), span, fields)


# A "|" table under a generic column header: each row's label names what its figure counts
# or weighs, the unit in the label's brackets (our own figures).
GENERIC_COLUMN_TABLE = (
    "| Indicator | Quantity |\n"
    "| Drug offences detected | 41 |\n"
    "| Persons detained | 29 |\n"
    "| Drugs seized, total (grams) | 52 418,3 |\n"
    "| – cocaine (grams) | 31 200,5 |\n"
    "| Firearms seized | 4 |\n"
)

GENERIC_COLUMN_ROWS = [
    ("41", dict(value=41, unit=None, what="drug offences")),
    ("29", dict(value=29, unit=None, what="persons")),
    ("52 418,3", dict(value=52418.3, unit="g", what="drugs")),
    ("31 200,5", dict(value=31200.5, unit="g", what="cocaine")),
    ("4", dict(value=4, unit=None, what="firearms")),
]


@pytest.mark.parametrize(("span", "fields"), GENERIC_COLUMN_ROWS)
def test_rows_under_a_generic_header(scanner, span: str, fields: dict) -> None:
    check_table_quantity(scanner, GENERIC_COLUMN_TABLE, ("cocaine",), span, fields)


# A table whose cells are parted by tabs, its substance columns in the caption's unit
# (the preposition "in" of "quantities in grams" is no inch); a count column keeps its noun.
TAB_TABLE = (
    "Seizures in the first half by regional office (quantities in grams):\n\n"
    "Office\tCases\tHeroin\tCocaine\n"
    "North\t14\t2 450\t310\n"
    "Coast\t9\t180\t12 600\n"
)
TAB_TABLE_ROWS = [
    ("2 450", {"unit": "g", "kg": 2.45, "what": "heroin"}),
    ("12 600", {"unit": "g", "kg": 12.6, "what": "cocaine"}),
    ("14", {"unit": None, "value": 14, "what": "cases"}),
]


@pytest.mark.parametrize(("span", "fields"), TAB_TABLE_ROWS)
def test_tab_table_substance_columns_take_the_caption_unit(scanner, span: str,
                                                           fields: dict) -> None:
    check_table_quantity(scanner, TAB_TABLE, ("heroin", "cocaine"), span, fields)
