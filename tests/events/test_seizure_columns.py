"""Amounts in a second column after a slash are another period's figures, no seizures."""

from __future__ import annotations

from datetime import date

import pytest
from event_docs import build_doc, date_range, mass, substance

from pressparse.driver import extract
from pressparse.events import assemble_events

HEAD = ("Anti-drug board reviews first-half figures\n\n"
        "The anti-drug board met on Monday to review the results of the first half of the "
        "year. Police seized more drugs than a year earlier.\n\n"
        "Seizures (H1 2025 / H1 2024):\n")

CASES = [
    ("- Heroin: 41.5 kg / 18.2 kg\n- Cannabis: 730 kg / 905 kg\n",
     [("41.5 kg", 41.5), ("18.2 kg", 18.2), ("730 kg", 730), ("905 kg", 905)],
     [41.5, 730]),
    ("- Heroin: 41.5 kg/18.2 kg\n",
     [("41.5 kg", 41.5), ("18.2 kg", 18.2)],
     [41.5]),
]


@pytest.mark.parametrize(("rows", "amounts", "expected_kg"), CASES)
def test_second_column_after_a_slash_is_no_seizure(nlp, rules, rows: str, amounts,
                                                   expected_kg: list[float]) -> None:
    text = HEAD + rows
    entities = [(surface, "QUANTITY", mass(kg, kg, "kg")) for surface, kg in amounts]
    entities += [("Heroin", "SUBSTANCE", substance("heroin")),
                 ("Monday", "DATE", date_range("2025-07-07", "2025-07-07", "relative"))]
    if "Cannabis" in rows:
        entities.append(("Cannabis", "SUBSTANCE", substance("cannabis")))
    doc = build_doc(nlp, text, entities)
    doc._.reference_date = date(2025, 7, 8)
    events = assemble_events(doc, rules)
    found = sorted(s["kg"] for e in events for s in e["seizures"])
    assert found == sorted(expected_kg)


OTHER_GOODS_CASES = [
    ("Officers seized 12 kilos of MDMA, about 300 litres of BMK and more than 900 litres of "
     "other chemicals.", [12, None]),
    ("Officers seized 12 kilos of MDMA and 40 kilos of various other substances.", [12]),
]


@pytest.mark.parametrize(("sentence", "expected_kg"), OTHER_GOODS_CASES)
def test_an_amount_of_other_goods_takes_no_substance_named_before(
        nlp, rules, sentence: str, expected_kg: list[float | None]) -> None:
    text = "Laboratory dismantled\n\nOn Monday, police searched a farm near Breda. " + sentence
    entities = [("Monday", "DATE", date_range("2025-07-07", "2025-07-07", "relative")),
                ("12 kilos", "QUANTITY", mass(12, 12, "kg", what="MDMA")),
                ("MDMA", "SUBSTANCE", substance("MDMA"))]
    if "BMK" in sentence:
        entities += [("about 300 litres", "QUANTITY", {**mass(300, None, "l"), "kind": "volume"}),
                     ("BMK", "SUBSTANCE", substance("BMK", "precursor")),
                     ("more than 900 litres", "QUANTITY",
                      {**mass(900, None, "l", "more_than"), "kind": "volume",
                       "what": "other chemicals"})]
    else:
        entities.append(("40 kilos", "QUANTITY",
                         mass(40, 40, "kg", what="various other substances")))
    doc = build_doc(nlp, text, entities)
    doc._.reference_date = date(2025, 7, 8)
    events = assemble_events(doc, rules)
    assert [s["kg"] for e in events for s in e["seizures"]] == expected_kg


SPACE_TABLE_CASES = [
    # annual report pasted from a PDF: the previous year's column beside this year's
    ("Seizures by the police and customs (selection)\n\n"
     "Substance              2024          2023\n"
     "Cocaine                5,912 kg      4,218 kg\n"
     "Heroin                 287 kg        301 kg\n",
     {("cocaine", 5912.0), ("heroin", 287.0)}),
    # monthly bulletin with a two-column table under a heading line
    ("Seizures in March 2025\n\n"
     "Drug        March 2025     March 2024\n"
     "Cannabis    1,240 kg       980 kg\n",
     {("cannabis", 1240.0)}),
]


@pytest.mark.parametrize(("table", "expected"), SPACE_TABLE_CASES)
def test_space_aligned_columns_of_other_periods_are_no_seizures(
        table: str, expected: set[tuple[str, float]]) -> None:
    text = ("Police and customs seized more cocaine in 2024 than ever before, the federal "
            "office said in its annual report.\n\n" + table)
    found = {(s.substance, s.kg) for item in extract(text).items for event in item.events
             for s in event.seizures}
    assert found == expected


def test_a_substance_inside_the_counted_noun_names_the_seizure() -> None:
    """Bangladeshi wire style: "2,40,000 pieces of yaba tablets" are tablets of yaba."""
    text = ("COX'S BAZAR, Nov 9, 2025 (BSS) - Members of the Rapid Action Battalion recovered "
            "2,40,000 pieces of yaba tablets from a trawler in Teknaf on Sunday.")
    found = {(s.substance, s.value, s.unit) for item in extract(text).items
             for event in item.events for s in event.seizures}
    assert found == {("methamphetamine", 240000.0, "tablet")}


PERIOD_HEADER_CASES = [
    # a customs bulletin: last year's column first, this year's second
    ("Indicator                      | Jan-Jun 2024 | Jan-Jun 2025\n"
     "Cocaine, kg                    | 410,5        | 622,8\n"
     "Heroin, kg                     | 38,0         | 51,4\n",
     {("cocaine", 622.8), ("heroin", 51.4)}),
    # three financial years, the latest last
    ("Substance      2022        2023        2024\n"
     "Cocaine        3,100 kg    4,218 kg    5,912 kg\n",
     {("cocaine", 5912.0)}),
    # the latest year first, tablets with a narrow gap between the columns
    ("Substance           2024              2023\n"
     "Heroin              287 kg            301 kg\n"
     "MDMA (tablets)      612,400 tablets  274,900 tablets\n",
     {("heroin", 287.0), ("MDMA", 612400.0)}),
]


@pytest.mark.parametrize(("table", "expected"), PERIOD_HEADER_CASES)
def test_a_header_naming_years_keeps_the_latest_years_column(
        table: str, expected: set[tuple[str, float]]) -> None:
    text = ("Border officers seized more drugs this year than last year, the customs "
            "committee reported on 14 July 2025.\n\n" + table)
    found = {(s.substance, s.kg if s.kg is not None else s.value) for item in extract(text).items
             for event in item.events for s in event.seizures}
    assert found == expected
