"""Quarters told by their months ("the October-December quarter": TIMEX3 2023-Q4), "the
previous quarter" counted from the last quarter the text named, and fiscal quarters in the
country's financial year. Our own wording.

DCT: Tuesday 6 February 2024 (a results season: the quarter just ended is 2023-Q4).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from date_paths import found_by_component
from spacy.language import Language

from pressparse.pipeline import model_path
from pressparse.temporal.fiscal import fiscal_value, load_fiscal_years, of_told_year_regex
from pressparse.temporal.tagger import DateTagger

DCT = date(2024, 2, 6)

# (text, span, TIMEX3 value, start, end)
CASES: list[tuple[str, str, str, str, str]] = [
    ("Weaker currency lifted the carmaker's profit in the October-December quarter.",
     "the October-December quarter", "2023-Q4", "2023-10-01", "2023-12-31"),
    ("Deliveries slowed in the July-September quarter of 2023, the group said.",
     "the July-September quarter of 2023", "2023-Q3", "2023-07-01", "2023-09-30"),
    ("Orders doubled in the April–June quarter of last year.",
     "the April–June quarter of last year", "2023-Q2", "2023-04-01", "2023-06-30"),
    # "the previous quarter" after a named quarter is the one before it
    ("Margins widened in the fourth quarter. Sales were 3% above the previous quarter.",
     "the previous quarter", "2023-Q3", "2023-07-01", "2023-09-30"),
    ("Revenue rose in the October-December quarter and was flat on the previous quarter.",
     "the previous quarter", "2023-Q3", "2023-07-01", "2023-09-30"),
]

# Months that do not bound a calendar quarter stay a range of months.
MONTH_RANGES: list[tuple[str, str, str]] = [
    ("Output fell in the July–October quarter, the miner said.", "July–October",
     "2023-07/2023-10"),
]


def _found(results: list[tuple[int, int, dict[str, Any]]], text: str) -> dict[str, Any]:
    return {text[s:e]: v for s, e, v in results}


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}@{i}" for i, c in enumerate(CASES)])
def test_quarter_value(tagger: DateTagger, case: tuple[str, str, str, str, str]) -> None:
    text, span, timex, start, end = case
    found = _found(tagger.tag(text, DCT), text)
    assert span in found, f"{span!r} not found in {text!r}; found {list(found)}"
    value = found[span]
    assert (value["timex"], value["start"], value["end"]) == (timex, start, end), value


@pytest.mark.parametrize(("text", "span", "timex"), MONTH_RANGES)
def test_months_off_a_quarter_stay_months(tagger: DateTagger, text: str, span: str,
                                          timex: str) -> None:
    found = _found(tagger.tag(text, DCT), text)
    assert span in found and found[span]["timex"] == timex, found


# "the fiscal third quarter": TIMEX3 FY<year>-Q3, valued in the country's financial year
# (fiscal_years.jsonl: Japan from April, named by its first year; the US from October).
FISCAL_QUARTERS: list[tuple[str, str, str, str, str]] = [
    ("JP", "FY2023-Q3", "2023-07-01", "2023-10-01", "2023-12-31"),
    ("JP", "FY2024-Q4", "2024-10-01", "2025-01-01", "2025-03-31"),
    ("US", "FY2025-Q1", "2025-01-01", "2024-10-01", "2024-12-31"),
    ("IN", "FY2025-Q2", "2025-04-01", "2024-07-01", "2024-09-30"),
]


def test_fiscal_wording_is_in_the_span(tagger: DateTagger) -> None:
    text = "Operating profit for the fiscal third quarter rose 18%."
    found = _found(tagger.tag(text, DCT), text)
    assert found["the fiscal third quarter"]["timex"] == "FY2023-Q3", found


@pytest.mark.parametrize(("country", "timex", "calendar_start", "start", "end"), FISCAL_QUARTERS)
def test_fiscal_quarter_in_country_year(tagger: DateTagger, country: str, timex: str,
                                        calendar_start: str, start: str, end: str) -> None:
    years = load_fiscal_years(model_path() / "pressparse_dates")
    value = {"timex": timex, "start": calendar_start, "end": calendar_start, "kind": "quarter"}
    told = of_told_year_regex(tagger.lex.clause_words.get("financial_year_word", []))
    moved = fiscal_value("the fiscal quarter", value, years[country], of_told_year=told)
    assert moved is not None and (moved["start"], moved["end"]) == (start, end), moved


# A company's fiscal quarter whose year the text leaves out ("its fiscal second quarter ended
# Feb. 28", the text stating where its year ends): the latest such quarter begun by the
# reference, through the dates component.
COMPANY_QUARTERS: list[tuple[str, str, str, str, str]] = [
    ("2026-03-12", "The company reported results for its fiscal second quarter ended Feb. 28.",
     "fiscal second quarter", "2025-12-01", "2026-02-28"),
    ("2026-03-12", "The retailer's sales rose 4% in its fiscal first quarter, which ended "
     "Jan. 31.", "fiscal first quarter", "2025-11-01", "2026-01-31"),
    ("2026-07-20", "Net income in the drugmaker's fiscal fourth quarter, which ended June 30, "
     "rose 12%.", "fiscal fourth quarter", "2026-04-01", "2026-06-30"),
    # future wording tells of the report, not of the quarter
    ("2026-04-29", "The software maker is due to report results on Thursday for its fiscal "
     "third quarter, the three months ended March 31.", "fiscal third quarter", "2026-01-01",
     "2026-03-31"),
]


@pytest.mark.parametrize(("reference", "text", "span", "start", "end"), COMPANY_QUARTERS)
def test_company_fiscal_quarter_latest_begun(nlp: Language, reference: str, text: str,
                                             span: str, start: str, end: str) -> None:
    found = found_by_component(nlp, reference, text)
    assert span in found and (found[span]["start"], found[span]["end"]) == (start, end), found
