"""Quantities the spent sealed sets of session 32 showed missed or read wrongly
(measure/number_reading.py, phrases.py, counts.py, guards.py, scanner.py, unit_reading.py;
units.jsonl, counter_nouns.jsonl, what_aliases.jsonl): a letter symbol before a whole number
and a hyphenated scale, a counted noun after an -ing modifier, "one" before a nationality and
"national", durations, a video page's counters, "No" for "number", gas flows in mmcfd, the
generic "psychotropic substances" and a unit's symbol written before a sum. Our own sentences
(a Filipino court story, a South African police statement, an Afghan and a Peruvian
interdiction, a sprint result, a video page, a Hong Kong weather bulletin, a Bangladeshi gas
brief, a Bosnian trade release)."""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity, count, measure, money, whats_by_span

KNOWN = {"heroin": "heroin", "poppy": "opium poppy"}

FOUND: list[tuple[str, str, dict[str, Any]]] = [
    # a letter symbol before a whole number, the scale after a hyphen
    ("The Sandiganbayan convicted a mayor in a P45-M fertilizer deal.", "P45-M",
     money(45e6, "PHP")),
    ("The anti-graft court heard the P612-million irrigation case on Monday.",
     "P612-million", money(612e6, "PHP")),
    ("Detectives found drugs worth R12-million at a house in Gqeberha.", "R12-million",
     money(12e6, "ZAR")),
    # an -ing word modifying the counted noun after it
    ("Police recovered two electronic weighing scales and a car.", "two",
     count(2, what="electronic weighing scales")),
    ("Troops destroyed four heroin processing laboratories in Helmand.", "four",
     count(4, what="heroin processing laboratories")),
    # "one" counts a person named by nationality and "national"
    ("Officers detained one Peruvian national at Jorge Chavez airport.", "one", count(1)),
    # gas flows
    ("Gas supply to the grid stood at 2,650 mmcfd on Sunday.", "2,650 mmcfd",
     measure(2650, "mmcfd")),
]

NONE = [
    ("She won the 400m final in 52.31 seconds.", "52.31 seconds"),
    ("Noor cut 0.42 seconds off her own record.", "0.42 seconds"),
    ("Kabul Today ✔   310K subscribers   Subscribe", "310K"),
    ("8,204 views  Mar 2, 2027  #news", "8,204"),
    ("By Staff Reporter — 14/03/2027 at 10:05 — 2 317 views", "2 317"),
    ("Forecasters said the No 8 signal may be raised at noon.", "8"),
    ("The P38 pistol was found in the car.", "P38"),
]


@pytest.mark.parametrize(("text", "span", "fields"), FOUND, ids=[c[1] for c in FOUND])
def test_found_with_fields(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


@pytest.mark.parametrize(("text", "span"), NONE, ids=[c[1] for c in NONE])
def test_not_a_quantity(scanner, text: str, span: str) -> None:
    assert span not in whats_by_span(scanner, text, {})


def test_generic_psychotropic_substances_are_drugs(scanner) -> None:
    text = "Guards seized 1,200 tablets of psychotropic substances at the crossing."
    assert whats_by_span(scanner, text, KNOWN)["1,200 tablets"] == "drugs"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Exports from Bosnia and Herzegovina reached KM 4.6 billion in 2026.", "KM 4.6 billion",
     4.6e9),
    ("The average net wage in Bosnia and Herzegovina was KM 1,489 in March.", "KM 1,489",
     1489),
], ids=["scaled", "grouped"])
def test_unit_symbol_before_a_sum_in_its_country(scanner, text: str, span: str,
                                                   value: float) -> None:
    found = {text[q.start:q.end]: q.normalized() for q in scanner.scan(text, home_country="BA")}
    assert found[span]["unit"] == "BAM"
    assert found[span]["value"] == pytest.approx(value)


def test_unit_symbol_before_a_small_figure_stays_a_road_mark(scanner) -> None:
    text = "In Bosnia and Herzegovina the crash happened at KM 12 of the M17 road."
    found = {text[q.start:q.end] for q in scanner.scan(text, home_country="BA")}
    assert "KM 12" not in found


@pytest.mark.parametrize(("text", "span", "what"), [
    ("Eradication teams destroyed poppy on 310 hectares of farmland in Farah.", "310 hectares",
     "poppy"),
    ("Officials said cumin was grown on 1,150 hectares of land in the district.",
     "1,150 hectares", "cumin"),
    ("The new port is being built on 900 hectares of land near the coast.", "900 hectares",
     "land"),
], ids=["crop-named-before", "crop-grown", "no-crop"])
def test_area_of_land_is_of_its_crop(scanner, text: str, span: str, what: str) -> None:
    assert whats_by_span(scanner, text, KNOWN)[span] == what


@pytest.mark.parametrize(("text", "span", "what"), [
    # a figure for another year in brackets after a dash
    ("The regional department revealed 231 drug crimes (2025 – 204).", "204", "drug crimes"),
    ("In all, 1 208 drug-related crimes were detected (in the same period of 2025 – 1 117).",
     "1 117", "drug-related crimes"),
    # pills named after a hedge
    ("Deputies found 1.2 pounds of heroin and about 60 pills believed to be oxycodone.",
     "about 60 pills", "oxycodone"),
    ("Agents recovered roughly 2,300 pills suspected to contain fentanyl at the house.",
     "roughly 2,300 pills", "fentanyl"),
], ids=["dash-year", "dash-period", "believed-to-be", "suspected-to-contain"])
def test_what_of_a_bracketed_year_or_hedged_pills(scanner, text: str, span: str,
                                                   what: str) -> None:
    known = {"heroin": "heroin", "oxycodone": "oxycodone", "fentanyl": "fentanyl"}
    assert whats_by_span(scanner, text, known)[span] == what


@pytest.mark.parametrize(("text", "span", "what"), [
    ("Kenyan farmers planted tea bushes on 4,100 hectares last season.", "4,100 hectares",
     "tea bushes"),
    ("Maize was planted on 1.2 million hectares, sorghum on 310,000 hectares.",
     "310,000 hectares", "sorghum"),
    ("By Friday growers had harvested rapeseed on 2.1 million hectares.", "2.1 million hectares",
     "rapeseed"),
    ("Some 640,000 hectares were sown with barley this spring.", "Some 640,000 hectares",
     "barley"),
], ids=["object", "coordinated", "after-verb", "sown-with"])
def test_area_takes_the_crop_a_verb_of_growing_puts_on_it(scanner, text: str, span: str,
                                                           what: str) -> None:
    assert whats_by_span(scanner, text, {})[span] == what


def test_area_without_a_verb_of_growing_names_nothing(scanner) -> None:
    text = "The new logistics hub sits on 2,600 hectares south of the capital."
    assert whats_by_span(scanner, text, {})["2,600 hectares"] is None
