"""Shares of a total. Amounts given right after places in one sentence, in brackets or after
a dash, break a total down by place: no seizures of their own (guide: breakdowns by region
are not seizures); a single place in brackets beside a find stays the find's. A share named
after "of them" is a seizure of the substance named there (a breakdown by substance)."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, amounts in kg of every seizure)
CASES: list[tuple[str, str, list[float]]] = [
    # East African police: towns in brackets after a period's total
    ("Police results since January\n\n"
     "Since January, police have seized 900 kg of cannabis, most of it in Kisumu (400 kg), "
     "Mombasa (300 kg) and Nakuru (100 kg).",
     "2025-12-01", [900.0]),
    # Central Asian agency: "in <region> – <amount>" rows in one sentence
    ("Agency results for the half-year\n\n"
     "In the first half of 2025 the agency seized 2.4 tonnes of hashish. By region, the "
     "largest volumes were seized in Sughd region – 402 kg, in Khatlon region – 318 kg and "
     "in Dushanbe – 120 kg.",
     "2025-07-10", [2400.0]),
    # one place in brackets beside a find is no breakdown
    ("Customs find heroin in a truck\n\n"
     "On 3 May 2025, customs officers at the Khorgos post (Almaty region) found 12 kg of "
     "heroin in a truck.",
     "2025-05-05", [12.0]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_place_shares_are_no_seizures(text: str, published: str,
                                      expected: list[float]) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    found = sorted((s.start, s.kg) for item in doc.items for e in item.events
                   for s in e.seizures)
    assert [kg for _start, kg in found] == expected


# (text, published, [(kg, substance)] of every seizure)
SUBSTANCE_CASES: list[tuple[str, str, list[tuple[float, str]]]] = [
    # CIS border service: "of them" names the share's substance
    ("Border service results\n\n"
     "In 2025, the border service seized 3.1 t of drugs, 1 400 kg of them synthetic drugs.",
     "2025-12-01", [(3100.0, "drugs"), (1400.0, "synthetic drugs")]),
    ("Customs results since January\n\n"
     "Since January, customs officers have stopped more than 2 tonnes of narcotics at the "
     "border, about 700 kg of them heroin.",
     "2025-12-01", [(2000.0, "drugs"), (700.0, "heroin")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SUBSTANCE_CASES)
def test_a_share_takes_the_substance_named_after_it(text: str, published: str,
                                                   expected: list[tuple[float, str]]) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    found = sorted((s.start, s.kg, s.substance) for item in doc.items for e in item.events
                   for s in e.seizures)
    assert [(kg, substance) for _start, kg, substance in found] == expected
