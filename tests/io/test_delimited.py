"""Tables exported as delimited text (";", tab, ",") read as "|" tables in the pipeline view,
and the figures of their cells read with the unit, currency and decimal mark of their table."""

from __future__ import annotations

from typing import Any

import pytest

import pressparse
from pressparse.io.delimited import _split_row, delimited_tables
from pressparse.text_view import pipeline_view
from quantity_fields import assert_quantity_fields

# A Chilean customs sheet: semicolons, decimal commas, dash cells, a padded note row
CHILE = (
    "Servicio Nacional de Aduanas - incautaciones primer semestre 2026;;;;\n"
    "Aduana;Sustancia;Cantidad, kg;Detenidos;Valor, USD\n"
    "Arica;Cocaína;15,250;2;-\n"
    "Iquique;Marihuana;1 204,5;-;96 360,00\n"
    "TOTAL;;1 219,750;2;96 360,00\n"
    ";;;;\n"
    "Nota: cifras provisorias;;;;\n"
)
# A Kenyan county table, tab-separated, a scale and a currency in a header, decimal points
KENYA = (
    "County\tCannabis, kg\tArrests\tStreet value, KES million\tShare, %\n"
    "Mombasa\t1,240.5\t38\t24.8\t61.2\n"
    "Kilifi\t312.0\t11\t6.2\t15.4\n"
    "Kwale\t470.25\t9\t9.4\t23.4\n"
)
# An Estonian open-data CSV: commas between cells, decimal commas quoted, machine names
ESTONIA = (
    'office,substance,amount_kg,value_eur\n'
    'Tallinn Port,Amphetamine,"12,5","250 000,00"\n'
    'Narva Border,Cannabis,"3,75","18 750,00"\n'
    'Koidula,Heroin,"0,4","32 000,00"\n'
)

VIEWS = [
    (CHILE, [
        "Servicio Nacional de Aduanas - incautaciones primer semestre 2026",
        "Aduana | Sustancia | Cantidad, kg | Detenidos | Valor, USD",
        "Arica | Cocaína | 15.2500 | 2",
        "Iquique | Marihuana | 1204.5 |  | 96360.00",
        "TOTAL |  | 1219.7500 | 2 | 96360.00",
        "",
        "Nota: cifras provisorias",
    ]),
    (KENYA, [  # decimal points: the figures stay as written
        "County | Cannabis, kg | Arrests | Street value, KES million | Share, %",
        "Mombasa | 1,240.5 | 38 | 24.8 | 61.2",
    ]),
    (ESTONIA, [
        "office | substance | amount kg | value eur",
        "Tallinn Port | Amphetamine | 12.5 | 250000.00",
    ]),
]


@pytest.mark.parametrize(("text", "lines"), VIEWS, ids=["chile", "kenya", "estonia"])
def test_delimited_table_reads_as_bar_table(text: str, lines: list[str]) -> None:
    view, view_map = pipeline_view(text)
    assert view_map is not None
    assert view.split("\n")[:len(lines)] == lines


@pytest.mark.parametrize("text", [
    # prose with semicolons, a single delimited line, sentences with commas
    "Seized: heroin 2 kg; cocaine 5 kg; cannabis 1 kg.\nThe rest was destroyed.\n",
    "Officers from Busan, Incheon and Ulsan took part, as did the coast guard, navy, and "
    "police.\nThey found 4 kg, 2 kg, and 9 kg of methamphetamine, a record, the agency said.\n"
    "Arrests followed in Daegu, Gwangju, and Suwon, police said.\n",
    # figures with thousands commas, one to a line: no header, no table
    "1,234,567\n2,345,678\n3,456,789\n",
    # two lines only
    "Port;Drug;kg\nDurban;Cocaine;12,5\n",
])
def test_text_without_a_table_is_left_alone(text: str) -> None:
    assert delimited_tables(text) == []


def test_rows_of_a_differing_width_end_the_table() -> None:
    text = "a;b;c\n1;2;3\n4;5;6\nx;y\n7;8;9\n"
    edits = delimited_tables(text)
    assert all(edit.end <= text.index("x;y") for edit in edits)


def _quantities(text: str) -> dict[str, dict[str, Any]]:
    document = pressparse.extract(text)
    return {entity.text: entity.normalized for item in document.items
            for entity in item.entities if entity.label == "QUANTITY"}


# A Georgian customs sheet: two tables parted by a blank line, the second with years as
# columns and its unit in the corner cell
GEORGIA = (
    "Goods;Quantity (kg);Value, thousand EUR\n"
    "Heroin;12,40;620,0\n"
    "Cocaine;3,05;244,1\n"
    "\n"
    "Withdrawn, kg;2023;2024;2025\n"
    "Hashish;41,2;38,9;52,0\n"
    "Marijuana;120,5;99,0;140,25\n"
)

QUANTITIES = [
    (GEORGIA, "620,0", {"value": 620000, "unit": "EUR"}),
    (GEORGIA, "3,05", {"value": 3.05, "unit": "kg", "what": "cocaine"}),
    (GEORGIA, "38,9", {"value": 38.9, "unit": "kg", "what": "hashish"}),
    (GEORGIA, "140,25", {"value": 140.25, "unit": "kg", "what": "marijuana"}),
    (CHILE, "15,250", {"value": 15.25, "unit": "kg"}),  # a decimal comma, three decimals
    (CHILE, "1 204,5", {"value": 1204.5, "unit": "kg"}),
    (CHILE, "96 360,00", {"value": 96360, "unit": "USD"}),
    (CHILE, "2", {"value": 2, "unit": None}),
    (KENYA, "1,240.5", {"value": 1240.5, "unit": "kg"}),
    (KENYA, "24.8", {"value": 24.8e6, "unit": "KES"}),
    (KENYA, "61.2", {"value": 61.2, "unit": "%"}),
    (ESTONIA, "12,5", {"value": 12.5, "unit": "kg", "what": "amphetamine"}),
    (ESTONIA, "3,75", {"value": 3.75, "unit": "kg"}),
]


@pytest.mark.parametrize(("text", "span", "fields"), QUANTITIES,
                         ids=[f"{span}@{index}" for index, (_, span, _) in
                              enumerate(QUANTITIES)])
def test_cell_figures_read_with_their_table(text: str, span: str,
                                            fields: dict[str, Any]) -> None:
    assert_quantity_fields(_quantities(text), span, fields)


@pytest.mark.parametrize(("line", "delimiter", "cells"), [
    ("Arica;Cocaína;15,250;2;-", ";", ["Arica", "Cocaína", "15,250", "2", "-"]),
    ('"Tsagaannuur; border post";3;"4,60"', ";", ['"Tsagaannuur; border post"', "3", '"4,60"']),
    ('Cell with a "quote" inside;2;3', ";", ['Cell with a "quote" inside', "2", "3"]),
    ('  "padded, quoted",x,y', ",", ['  "padded, quoted"', "x", "y"]),
    ("no delimiter here", "\t", ["no delimiter here"]),
])
def test_split_row_parts_cells_outside_quotes(line: str, delimiter: str,
                                              cells: list[str]) -> None:
    row = _split_row(line, 0, len(line), delimiter)
    assert [line[cell.start:cell.end] for cell in row.cells] == cells
    assert len(row.delimiters) == len(cells) - 1
