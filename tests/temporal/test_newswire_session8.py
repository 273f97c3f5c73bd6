"""News-wire TIMEX3 values against a document creation time (DCT), session 8: weekdays in past
reporting, deictic periods, thirds of months and years ("early", "mid", "late"), the year's
beginning, stretches "in the last N months", Solar Hijri (Iranian) dates, half-year codes and
years inferred near the DCT. Every sentence is our own wording.

DCT: Sunday 29 November 2026 (ISO week 2026-W48, autumn) unless a row gives another.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from pressparse.temporal.tagger import DateTagger

DCT = date(2026, 11, 29)

# (text, span, TIMEX3 value, kind, start, end); a 7th element is another DCT.
CASES: list[tuple[Any, ...]] = [
    # -- weekdays: the nearest past one in past reporting, the next with future wording -------
    ("The minister said on Tuesday that the talks had failed.", "Tuesday", "2026-11-24",
     "relative", "2026-11-24", "2026-11-24"),
    ("Shares closed higher on Friday.", "Friday", "2026-11-27", "relative", "2026-11-27",
     "2026-11-27"),
    ("The vote will be held Thursday.", "Thursday", "2026-12-03", "relative", "2026-12-03",
     "2026-12-03"),
    ("The storm is forecast to hit on Monday.", "Monday", "2026-11-30", "relative",
     "2026-11-30", "2026-11-30"),
    # -- deictic periods ----------------------------------------------------------------------
    ("The company reported losses last year.", "last year", "2025", "relative", "2025-01-01",
     "2025-12-31"),
    ("The summit will take place next month.", "next month", "2026-12", "relative",
     "2026-12-01", "2026-12-31"),
    ("Officials met this week to discuss the plan.", "this week", "2026-W48", "relative",
     "2026-11-23", "2026-11-29"),
    ("The law was passed two years ago.", "two years ago", "2024", "relative", "2024-01-01",
     "2024-12-31"),
    ("Sales rose 5% from a year earlier.", "a year earlier", "2025", "relative", "2025-01-01",
     "2025-12-31"),
    ("Profit fell compared with the previous quarter.", "the previous quarter", "2026-Q3",
     "relative", "2026-07-01", "2026-09-30"),
    # (told in late November with future wording: the coming spring, not the one gone by)
    ("The vote is expected this spring.", "this spring", "2027-SP", "relative", "2027-03-01",
     "2027-05-31"),
    ("The president will speak tonight.", "tonight", "2026-11-29TNI", "relative",
     "2026-11-29", "2026-11-29"),
    ("The minister resigned this morning.", "this morning", "2026-11-29TMO", "relative",
     "2026-11-29", "2026-11-29"),
    ("Fighting continued over the weekend.", "the weekend", "2026-W48-WE", "relative",
     "2026-11-28", "2026-11-29"),
    ("He was released the same day.", "the same day", "2026-11-29", "relative", "2026-11-29",
     "2026-11-29"),
    ("A day earlier, police had raised the alarm.", "A day earlier", "2026-11-28", "relative",
     "2026-11-28", "2026-11-28"),
    ("In 2019 the firm lost money; the year before it had made a profit.", "the year before",
     "2018", "relative", "2018-01-01", "2018-12-31"),
    ("The talks began the year before last.", "the year before last", "2024", "relative",
     "2024-01-01", "2024-12-31"),
    # -- quarters, halves, fiscal years, decades -----------------------------------------------
    ("Revenue rose in Q3.", "Q3", "2026-Q3", "month", "2026-07-01", "2026-09-30"),
    ("Sales fell in the third quarter.", "the third quarter", "2026-Q3", "month",
     "2026-07-01", "2026-09-30"),
    ("The company lost money in fiscal 2025.", "fiscal 2025", "FY2025", "year", None, None),
    ("Revenue fell in the previous fiscal year.", "the previous fiscal year", "FY2025",
     "relative", "2025-01-01", "2025-12-31"),
    ("The agency expects growth this fiscal year.", "this fiscal year", "FY2026", "relative",
     "2026-01-01", "2026-12-31"),
    ("The program started in the 1990s.", "the 1990s", "199", "year", "1990-01-01",
     "1999-12-31"),
    ("Seizures rose in S1 2025 from S1 2024.", "S1 2025", "2025-H1", "month", "2025-01-01",
     "2025-06-30"),
    ("Seizures rose in S1 2025 from S2 2024.", "S2 2024", "2024-H2", "month", "2024-07-01",
     "2024-12-31"),
    ("Prices have doubled since 2019.", "2019", "2019", "year", "2019-01-01", "2019-12-31"),
    # -- early / mid / late: TIMEX3 the period, the value its third ----------------------------
    ("Rates peaked in early 2023.", "early 2023", "2023", "year", "2023-01-01", "2023-04-30"),
    ("The plant is due to open in mid-2025.", "mid-2025", "2025", "year", "2025-05-01",
     "2025-08-31"),
    ("The deal was signed late last year.", "late last year", "2025", "relative",
     "2025-09-01", "2025-12-31"),
    ("Talks resumed in mid-November.", "mid-November", "2026-11", "month", "2026-11-11",
     "2026-11-20"),
    ("The rains came in early May.", "early May", "2026-05", "month", "2026-05-01",
     "2026-05-10"),
    ("Prices fell in late March.", "late March", "2026-03", "month", "2026-03-21",
     "2026-03-31"),
    ("Shares slid late last month.", "late last month", "2026-10", "relative", "2026-10-21",
     "2026-10-31"),
    ("The strike ended in the middle of the year.", "the middle of the year", "2026",
     "relative", "2026-05-01", "2026-08-31"),
    # -- the beginning of a year is the year; the end of the year its last month ----------------
    ("The report was published at the beginning of the year.", "the beginning of the year",
     "2026", "relative", "2026-01-01", "2026-12-31"),
    ("The talks took place at the beginning of 2025.", "the beginning of 2025", "2025", "year",
     "2025-01-01",
     "2025-12-31"),
    ("Since the start of this year, 40 people have died.", "the start of this year", "2026",
     "relative", "2026-01-01", "2026-12-31"),
    ("The report is due by the end of the year.", "the end of the year", "2026", "relative",
     "2026-12-01", "2026-12-31"),
    ("The law was passed at the beginning of March.", "the beginning of March", "2026-03",
     "month", "2026-03-01", "2026-03-31"),
    # -- stretches up to the DCT ("in") and lengths ("over", "for") ----------------------------
    ("Police arrested 9,600 people in the last nine months.", "the last nine months", "P9M",
     "relative", "2026-02-28", "2026-11-29"),
    ("The gang smuggled 40 tonnes during the last two years.", "the last two years", "P2Y",
     "relative", "2024-11-29", "2026-11-29"),
    ("Sales rose 3% over the past 12 months.", "the past 12 months", "P12M", "duration",
     "2025-11-29", "2026-11-29"),
    ("Police made 40 arrests over the past two weeks.", "the past two weeks", "P2W",
     "duration", "2026-11-15", "2026-11-29"),
    ("Crime has fallen over the past decade.", "the past decade", "P10Y", "duration", None,
     None),
    ("The three-year plan was approved.", "three-year", "P3Y", "duration", None, None),
    ("The border was closed for 10 days.", "10 days", "P10D", "duration", None, None),
    ("Seizures have grown in recent years.", "recent years", "PXY", "duration", None, None),
    ("Prices will rise in the coming months.", "the coming months", "FUTURE_REF", "relative",
     None, None),
    # -- sets ---------------------------------------------------------------------------------
    ("The festival is held each year.", "each year", "P1Y", "set", None, None),
    ("The report is published annually.", "annually", "P1Y", "set", None, None),
    # -- years inferred near the DCT ----------------------------------------------------------
    ("The world day against drug abuse falls on June 26.", "June 26", "2024-06-26", "date",
     "2024-06-26", "2024-06-26", date(2024, 6, 25)),
    ("The buyback is to be carried out between Feb. 7 and June 30.", "Feb. 7 and June 30",
     "2024-02-07/2024-06-30", "range", "2024-02-07", "2024-06-30", date(2024, 2, 6)),
    ("The hurricane season runs from June 1 to Nov. 30.", "June 1 to Nov. 30",
     "2026-06-01/2026-11-30", "range", "2026-06-01", "2026-11-30", date(2026, 9, 18)),
    ("Temperatures were forecast to reach 35 degrees over the weekend.", "the weekend",
     "2026-W38-WE", "relative", "2026-09-19", "2026-09-20", date(2026, 9, 18)),
    ("Shipments reached 4.1 million tonnes in the first 11 months of the year.",
     "the first 11 months of the year", "2024-01/2024-11", "relative", "2024-01-01",
     "2024-11-30", date(2025, 1, 13)),
    ("Exports grew in the first 11 months of this year.", "the first 11 months of this year",
     "2025-01/2025-11", "relative", "2025-01-01", "2025-11-30", date(2025, 12, 13)),
    ("Profit fell in the second half of the year.", "the second half of the year", "2024-H2",
     "relative", "2024-07-01", "2024-12-31", date(2025, 1, 13)),
    # -- Solar Hijri (Iranian) dates ------------------------------------------------------------
    ("Wednesday 26 Azar 1404 - police seized 63 tons of narcotics.", "Wednesday 26 Azar 1404",
     "2025-12-17", "date", "2025-12-17", "2025-12-17", date(2025, 12, 17)),
    ("On Monday (24 Azar), police intercepted a truck.", "24 Azar", "2025-12-15", "date",
     "2025-12-15", "2025-12-15", date(2025, 12, 17)),
    ("The ceremony was held on 1 Farvardin 1403.", "1 Farvardin 1403", "2024-03-20", "date",
     "2024-03-20", "2024-03-20"),
    ("Police seized 900 kg on 10 Esfand 1402.", "10 Esfand 1402", "2024-02-29", "date",
     "2024-02-29", "2024-02-29"),
    ("Seizures rose in the Iranian year 1403 as a whole.", "1403", "2024-03-20/2025-03-20",
     "range", "2024-03-20", "2025-03-20"),
    ("On 5 Dey, border guards seized two tons of opium.", "5 Dey", "2025-12-26", "date",
     "2025-12-26", "2025-12-26"),
    ("On 5 Dey, border guards seized two tons of opium.", "5 Dey", "2024-12-25", "date",
     "2024-12-25", "2024-12-25", date(2025, 3, 1)),
]

# No date: a Solar Hijri month name without a day, a four-digit count.
TRAPS: list[str] = [
    "Mehr said the three men were arrested.",
    "The company shipped 1403 kg of goods to Bahman.",
    "Azar Nafisi wrote the book in Tehran.",
]


def _found(results: list[tuple[int, int, dict[str, Any]]], text: str) -> dict[str, Any]:
    return {text[s:e]: v for s, e, v in results}


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}@{i}" for i, c in enumerate(CASES)])
def test_newswire_value(tagger: DateTagger, case: tuple[Any, ...]) -> None:
    text, span, timex, kind, start, end = case[:6]
    reference = case[6] if len(case) > 6 else DCT
    found = _found(tagger.tag(text, reference), text)
    assert span in found, f"{span!r} not found in {text!r}; found {list(found)}"
    value = found[span]
    assert (value["timex"], value["kind"]) == (timex, kind), (span, value)
    if start is not None:
        assert (value["start"], value["end"]) == (start, end), (span, value)


@pytest.mark.parametrize("text", TRAPS)
def test_newswire_trap_has_no_date(tagger: DateTagger, text: str) -> None:
    assert _found(tagger.tag(text, DCT), text) == {}
