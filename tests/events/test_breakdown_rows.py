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
