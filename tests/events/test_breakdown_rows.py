"""Rows of a breakdown by place. Under a header announcing a breakdown by districts, regions or
departments (modifiers allowed: "By territorial police divisions:"), a row's figures break the
lead's total down and are no counts or seizures of their own, also when no place list knows the
row's name; a row telling a body's own find keeps its figures."""

from __future__ import annotations

import pytest
from event_figures import Count, assert_figures

# (text, published, counts as (value, category), seizures in kg) over all events
CASES: list[tuple[str, str, list[Count], list[float]]] = [
    # South Caucasus patrol police: district names after a modified header, spaced dashes
    ("Weekly summary: operation \"Safe Streets\"\nTbilisi, 12.10.2026\n\n"
     "From 5 to 11 October the Patrol Police Department carried out the operation \"Safe "
     "Streets\" against drug dealing in the capital.\n\n"
     "In total, 41 drug crimes were detected, 23 persons were detained and 6.4 kg of "
     "marijuana and 310 grams of heroin were seized.\n\n"
     "By territorial police divisions:\n"
     "• Gldani — 14 crimes, 2.2 kg of marijuana;\n"
     "• Saburtalo and Vake — 11 crimes, 1.9 kg of marijuana;\n"
     "• Isani — 9 crimes, 310 grams of heroin;\n"
     "• Mtatsminda — 7 crimes, 2.3 kg of marijuana.\n",
     "2026-10-12", [(41, "crimes"), (23, "arrests")], [6.4, 0.31]),
    # West African gendarmerie: "Results by administrative regions:" with colon rows
    ("Gendarmerie results of operation \"Epervier 4\"\nAbidjan, 3 March 2026\n\n"
     "The Gendarmerie conducted operation \"Epervier 4\" from 20 to 27 February. In total 58 "
     "suspects were arrested and 212 kg of cannabis seized.\n\n"
     "Results by administrative regions:\n"
     "- Gbeke: 19 arrests, 80 kg of cannabis;\n"
     "- San-Pedro: 22 arrests, 97 kg of cannabis;\n"
     "- Poro: 17 arrests, 35 kg of cannabis.\n",
     "2026-03-03", [(58, "arrests")], [212.0]),
    # Andean police: a row naming the body that made its own find keeps it
    ("Police of the department summed up the week.\n\nBy districts:\n"
     "- Cercado: the Special Force against Drug Trafficking arrested 4 suspects and seized "
     "12 kg of cocaine in a warehouse;\n"
     "- Yacuiba: 3 arrests.\n",
     "2026-05-04", [(4, "arrests")], [12.0]),
]


@pytest.mark.parametrize(("text", "published", "counts", "kgs"), CASES)
def test_breakdown_rows_count_nothing(text: str, published: str, counts: list[Count],
                                      kgs: list[float]) -> None:
    assert_figures(text, published, counts, kgs)


# Spreadsheets pasted as text: a region's name in a merged cell left blank below its first row,
# subtotal rows, and a total row whose drug columns are each a seizure of their own
SHEETS: list[tuple[str, str, list[Count], list[float]]] = [
    ("Drug seizures by region and district, month of March 2026\n"
     "Source: Anti-Drug Police Directorate, 04.04.2026\n\n"
     "Region | District | Persons arrested | Cannabis (kg) | Cocaine (kg) | Total drugs (kg)\n"
     "Kinshasa | Kalamu | 12 | 140.5 | 0.2 | 140.7\n"
     " | Limete | 7 | 61.0 | — | 61.0\n"
     "Subtotal Kinshasa |  | 19 | 201.5 | 0.2 | 201.7\n"
     "Haut-Katanga | Likasi | 5 | 33.0 | 1.1 | 34.1\n"
     "Subtotal Haut-Katanga |  | 5 | 33.0 | 1.1 | 34.1\n"
     "TOTAL |  | 24 | 234.5 | 1.3 | 235.8\n",
     "2026-04-04", [(24, "arrests")], [234.5, 1.3, 235.8]),
    # a "No." column before the place: the numbered rows break the total down too
    ("Detection of drugs at border crossings, January-June 2026\n"
     "No.;Crossing;Cases;Hashish, kg;Heroin, kg;Persons detained\n"
     "1;Torugart;2;3,10;-;2\n"
     "2;Irkeshtam;3;-;1,45;4\n"
     "TOTAL;;5;3,10;1,45;6\n",
     "2026-07-03", [(5, "cases"), (6, "arrests")], [3.1, 1.45]),
]


@pytest.mark.parametrize(("text", "published", "counts", "kgs"), SHEETS)
def test_sheet_rows_of_regions_count_nothing(text: str, published: str, counts: list[Count],
                                             kgs: list[float]) -> None:
    assert_figures(text, published, counts, kgs)
