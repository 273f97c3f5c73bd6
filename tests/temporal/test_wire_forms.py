"""News-wire date forms our samples rarely hold, resolved against a publication date (DCT) as
TempEval-3 / TimeBank value them (TIMEX3 ``timex``; ``start``/``end`` the calendar stretch that
value covers, per the annotation guide). Every sentence is our own wording.

DCT: Thursday 20 November 2025 (ISO week 2025-W47, fourth quarter, autumn) unless a row gives
another. Durations are kind ``duration`` with a P... value and no calendar stretch (not scored
as dates). Traps are number shapes that are no dates at all.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from date_paths import assert_absent_on_every_path, assert_value_on_every_path
from spacy.language import Language

from pressparse.pipeline import model_path
from pressparse.temporal.fiscal import company_fiscal_part, load_fiscal_years, tells_fiscal_years
from pressparse.temporal.tagger import DateTagger

DCT = "2025-11-20"


def _v(timex: str, kind: str, start: str | None = None, end: str | None = None,
       **more: Any) -> dict[str, Any]:
    """The expected fields: TIMEX3 value and kind, and the stretch when one is given."""
    expected: dict[str, Any] = {"timex": timex, "kind": kind}
    if start is not None:
        expected.update(start=start, end=end or start)
    expected.update(more)
    return expected


# (group, text, span, expected[, DCT])
CASES: list[tuple[Any, ...]] = [
    # -- quarters, halves, fiscal years -------------------------------------------------------
    ("quarter", "Revenue rose 8 percent in the fourth quarter, the company said.",
     "the fourth quarter", _v("2025-Q4", "month", "2025-10-01", "2025-12-31")),
    ("quarter", "Profit fell 3 percent from the previous quarter.", "the previous quarter",
     _v("2025-Q3", "relative", "2025-07-01", "2025-09-30")),
    ("quarter", "Sales rose in the second quarter. In the previous quarter they had fallen.",
     "the previous quarter", _v("2025-Q1", "relative", "2025-01-01", "2025-03-31")),
    ("quarter", "Profit rose in the third quarter of 2024, while orders fell in the quarter.",
     "the quarter", _v("2024-Q3", "relative", "2024-07-01", "2024-09-30")),
    ("quarter", "Sales rose in the fourth quarter. Net income for the quarter was $2 million.",
     "the quarter", _v("2025-Q4", "relative", "2025-10-01", "2025-12-31")),
    # after a superlative's noun and "of", as for the week or year (session 17: holdout4,
    # holdout8, holdout17 gold)
    ("quarter", "Sales rose in the third quarter. The largest deal of the quarter was in Oslo.",
     "the quarter", _v("2025-Q3", "relative", "2025-07-01", "2025-09-30")),
    # ... the quarter reported, not the same quarter of the year compared after it
    ("quarter", "Police seized 2.1 tonnes in the first quarter of 2025, against 1.7 tonnes in "
     "the first quarter of 2024. The largest case of the quarter was in Osh.",
     "the quarter", _v("2025-Q1", "relative", "2025-01-01", "2025-03-31")),
    ("quarter", "Profit rose in Q3 2025 and fell in Q4.", "Q3 2025",
     _v("2025-Q3", "month", "2025-07-01", "2025-09-30")),
    ("quarter", "Earnings for 4Q24 beat forecasts.", "4Q24",
     _v("2024-Q4", "month", "2024-10-01", "2024-12-31")),
    ("quarter", "Profit fell from last year's fourth quarter.", "last year's fourth quarter",
     _v("2024-Q4", "relative", "2024-10-01", "2024-12-31")),
    ("quarter", "The firm expects growth in next year's first quarter.",
     "next year's first quarter", _v("2026-Q1", "relative", "2026-01-01", "2026-03-31")),
    ("quarter", "Profit rose in the first three quarters of this year.",
     "the first three quarters of this year",
     _v("2025-01/2025-09", "relative", "2025-01-01", "2025-09-30")),
    ("quarter", "Net sales rose 4 percent in the fiscal third quarter and 2 percent in the "
     "previous quarter, the Tokyo-based firm said.", "the fiscal third quarter",
     _v("FY2025-Q3", "month", "2025-07-01", "2025-09-30")),
    ("months", "In the nine months of 2025, customs officers seized 3 tonnes.",
     "the nine months of 2025", _v("2025-01/2025-09", "range", "2025-01-01", "2025-09-30")),
    ("quarter", "Exports rose in the first three quarters of 2024.",
     "the first three quarters of 2024", _v("2024-01/2024-09", "range", "2024-01-01",
                                            "2024-09-30")),
    ("half", "Sales climbed in the first half, helped by exports.", "the first half",
     _v("2025-H1", "month", "2025-01-01", "2025-06-30")),
    ("half", "Revenue rose in H2 2024.", "H2 2024",
     _v("2024-H2", "month", "2024-07-01", "2024-12-31")),
    ("half", "Rates should fall in the second half of next year.",
     "the second half of next year", _v("2026-H2", "relative", "2026-07-01", "2026-12-31")),
    ("half", "The board set targets for the second half of the year.",
     "the second half of the year", _v("2025-H2", "relative", "2025-07-01", "2025-12-31"),
     "2025-07-11"),
    ("half", "Exports rose in the second half of the year, the ministry said.",
     "the second half of the year", _v("2024-H2", "relative", "2024-07-01", "2024-12-31"),
     "2025-01-12"),
    ("fiscal", "The group expects to break even in fiscal 2025.", "fiscal 2025",
     _v("FY2025", "year")),
    ("fiscal", "Net income for FY2025 rose to $4 billion.", "FY2025", _v("FY2025", "year")),
    ("fiscal", "The budget for fiscal year 2026 calls for cuts.", "fiscal year 2026",
     _v("FY2026", "year")),
    # -- decades, years, parts of years -------------------------------------------------------
    ("decade", "Wages have stagnated over the past decade.", "the past decade",
     _v("P10Y", "duration")),
    ("decade", "The brand peaked in the 1990s.", "the 1990s",
     _v("199", "year", "1990-01-01", "1999-12-31")),
    ("decade", "The town grew quickly in the 2010s.", "the 2010s",
     _v("201", "year", "2010-01-01", "2019-12-31")),
    ("decade", "The tower was built in the late '90s.", "the late '90s",
     _v("199", "year", mod="END")),
    ("decade", "The firm lost money in the previous decade.", "the previous decade",
     _v("201", "relative", "2010-01-01", "2019-12-31")),
    ("decade", "The plant was built a decade ago.", "a decade ago",
     _v("2015", "relative", "2015-01-01", "2015-12-31")),
    ("decade", "Emissions fell over the past two decades.", "the past two decades",
     _v("P20Y", "duration")),
    ("year", "Output slumped late last year.", "late last year",
     _v("2024", "relative", "2024-09-01", "2024-12-31", mod="END")),
    ("year", "The ministry raised its forecast earlier this year.", "earlier this year",
     _v("2025", "relative")),
    ("year", "Prices fell in early 2025.", "early 2025",
     _v("2025", "year", "2025-01-01", "2025-04-30", mod="START")),
    ("year", "Growth should pick up by mid-2026.", "mid-2026",
     _v("2026", "year", "2026-05-01", "2026-08-31", mod="MID")),
    ("year", "The line opens in the middle of next year.", "the middle of next year",
     _v("2026", "relative", "2026-05-01", "2026-08-31", mod="MID")),
    ("year", "Profit doubled from the previous year.", "the previous year",
     _v("2024", "relative", "2024-01-01", "2024-12-31")),
    ("year", "Exports have doubled since 2019.", "2019",
     _v("2019", "year", "2019-01-01", "2019-12-31")),
    ("year", "The plan runs through 2030.", "2030", _v("2030", "year", "2030-01-01",
                                                      "2030-12-31")),
    ("year", "The firm will close the deal by year-end.", "year-end",
     _v("2025", "relative", "2025-12-01", "2025-12-31", mod="END")),
    ("year", "The deal should close by the end of the year.", "the end of the year",
     _v("2025", "relative", "2025-12-01", "2025-12-31", mod="END")),
    ("year", "The line will be finished by the end of 2027.", "the end of 2027",
     _v("2027", "year", "2027-12-01", "2027-12-31", mod="END")),
    ("year", "The plant closed at the end of last year.", "the end of last year",
     _v("2024", "relative", "2024-12-01", "2024-12-31", mod="END")),
    ("year", "Shares have gained 12 percent year-to-date.", "year-to-date",
     _v("2025", "relative", "2025-01-01", "2025-11-20")),
    ("year", "Sales are down 4 percent year to date.", "year to date",
     _v("2025", "relative", "2025-01-01", "2025-11-20")),
    ("year", "Tickets for the 2025/26 season sold out.", "2025/26",
     _v("2025-07/2026-06", "range", "2025-07-01", "2026-06-30")),
    ("year", "Wheat exports in the 2025/26 marketing season are seen at 43.5 mln tons.",
     "2025/26", _v("2025-07/2026-06", "range", "2025-07-01", "2026-06-30")),
    ("year", "The 2024-25 academic year starts with 12,000 new students.", "2024-25",
     _v("2024-09/2025-08", "range", "2024-09-01", "2025-08-31")),
    ("year", "The reform was carried out in 2018-2019, the ministry said.", "2018-2019",
     _v("2018/2019", "range", "2018-01-01", "2019-12-31")),
    # -- months and seasons -------------------------------------------------------------------
    ("month", "The vote is expected in mid-November.", "mid-November",
     _v("2025-11", "month", "2025-11-11", "2025-11-20", mod="MID")),
    ("month", "The vote was held in late October.", "late October",
     _v("2025-10", "month", "2025-10-21", "2025-10-31", mod="END")),
    ("month", "Orders slowed in early September.", "early September",
     _v("2025-09", "month", "2025-09-01", "2025-09-10", mod="START")),
    ("month", "Oil falls to three-month low as OPEC+ confirms April output hike", "April",
     _v("2025-04", "month", "2025-04-01", "2025-04-30"), "2025-03-04"),
    ("month", "Incheon airport passenger traffic hits July record on Japan demand", "July",
     _v("2025-07", "month", "2025-07-01", "2025-07-31"), "2025-08-12"),
    ("month", "The port's July traffic rose 4% on container demand.", "July",
     _v("2025-07", "month", "2025-07-01", "2025-07-31"), "2025-08-12"),
    ("month", "Brent for the May contract rose 1% to $71.", "May",
     _v("2025-05", "month", "2025-05-01", "2025-05-31"), "2025-03-04"),
    ("month", "The December sales data disappointed investors.", "December",
     _v("2024-12", "month", "2024-12-01", "2024-12-31"), "2025-01-10"),
    ("season", "Demand was higher than the previous summer, the operator said.",
     "the previous summer", _v("2025-SU", "relative", "2025-06-01", "2025-08-31")),
    ("season", "The resort expects more visitors this summer.", "this summer",
     _v("2025-SU", "relative", "2025-06-01", "2025-08-31")),
    ("season", "The plant will open next spring.", "next spring",
     _v("2026-SP", "relative", "2026-03-01", "2026-05-31")),
    ("season", "Prices soared in the winter of 2024.", "the winter of 2024",
     _v("2024-WI", "month", "2024-12-01", "2025-02-28")),
    ("season", "The project started in the spring of last year.", "the spring of last year",
     _v("2024-SP", "relative", "2024-03-01", "2024-05-31")),
    ("season", "Trials are due in the autumn of next year.", "the autumn of next year",
     _v("2026-FA", "relative", "2026-09-01", "2026-11-30")),
    # "in the past" before a season is "the past" shifting it, as "the past week" (nw14)
    ("season", "Chile counted in the past winter 2.3 million skier days.", "the past winter",
     _v("2024-WI", "relative", "2024-12-01", "2025-02-28")),
    ("season", "Apple exports from Otago fell in the past summer.", "the past summer",
     _v("2025-SU", "relative", "2025-06-01", "2025-08-31")),
    # -- weeks and days told relative to the DCT or to a date given ---------------------------
    ("week", "The bridge was closed two weeks ago.", "two weeks ago",
     _v("2025-11-06", "relative", "2025-11-06", "2025-11-06")),
    ("week", "A week ago, the bank raised rates.", "A week ago",  # the day seven days back
     _v("2025-11-13", "relative", "2025-11-13", "2025-11-13")),
    ("week", "Crowds are expected this weekend.", "this weekend",
     _v("2025-W47-WE", "relative", "2025-11-22", "2025-11-23")),
    ("day", "The bank raised rates on Nov. 3. A week earlier, it had warned of inflation.",
     "A week earlier", _v("2025-10-27", "relative", "2025-10-27")),
    ("day", "The minister had met the envoy the day before.", "the day before",
     _v("2025-11-19", "relative", "2025-11-19")),
    ("day", "Talks began on Nov. 3. Two days later, the envoy left.", "Two days later",
     _v("2025-11-05", "relative", "2025-11-05")),
    ("day", "The envoy arrived Tuesday morning.", "Tuesday morning",
     _v("2025-11-18TMO", "relative", "2025-11-18")),
    ("day", "Shops were looted last night.", "last night",
     _v("2025-11-19TNI", "relative", "2025-11-19")),
    ("day", "The strike ends tomorrow.", "tomorrow", _v("2025-11-21", "relative",
                                                       "2025-11-21")),
    ("vague", "Prices should ease in the coming months.", "the coming months",
     _v("FUTURE_REF", "relative")),
    ("vague", "The firm aims to double sales within the next two years.",
     "the next two years", _v("P2Y", "duration")),
    # -- calendar days ------------------------------------------------------------------------
    ("day", "The meeting is set for March 3rd.", "March 3rd",
     _v("2026-03-03", "date", "2026-03-03")),
    ("day", "The meeting was held on 3rd March.", "3rd March",
     _v("2025-03-03", "date", "2025-03-03")),
    ("day", "The tender closed on the 3rd, the agency said.", "the 3rd",
     _v("2025-11-03", "relative", "2025-11-03")),
    ("day", "The fair will run Dec. 5-7 in Berlin.", "Dec. 5-7",
     _v("2025-12-05/2025-12-07", "range", "2025-12-05", "2025-12-07")),
    ("day", "The summit will run Nov. 30-Dec. 2 in Dubai.", "Nov. 30-Dec. 2",
     _v("2025-11-30/2025-12-02", "range", "2025-11-30", "2025-12-02")),
    ("day", "The law takes effect on 1 January 2026.", "1 January 2026",
     _v("2026-01-01", "date", "2026-01-01")),
    ("day", "Debt stood at $3 billion as of June 30.", "June 30",
     _v("2025-06-30", "date", "2025-06-30")),
    ("window", "Revenue rose in the three months to Sept. 30.", "the three months to Sept. 30",
     _v("2025-07-01/2025-09-30", "range", "2025-07-01", "2025-09-30")),
    ("weekday+date", "The vote took place on Sunday, Nov. 16.", "Sunday, Nov. 16",
     _v("2025-11-16", "date", "2025-11-16")),
    ("weekday+date", "The talks ended on Tuesday 18 November in Geneva.",
     "Tuesday 18 November", _v("2025-11-18", "date", "2025-11-18")),
    ("weekday+date", "The report is due on Friday, Nov. 21.", "Friday, Nov. 21",
     _v("2025-11-21", "date", "2025-11-21")),
    ("weekday+date", "The court will sit on Monday, March 2, 2026.", "Monday, March 2, 2026",
     _v("2026-03-02", "date", "2026-03-02")),
    ("weekday+date", "The envoy arrived Tuesday morning, Nov. 18.",
     "Tuesday morning, Nov. 18", _v("2025-11-18", "date", "2025-11-18")),
    ("day", "The tender will close on the 3rd.", "the 3rd",
     _v("2025-12-03", "relative", "2025-12-03")),
    # a present clause: the nearer Sunday (the coming one, three days ahead, not four back)
    ("clock", "Polls close at 8 p.m. on Sunday.", "8 p.m.",
     _v("2025-11-23T20:00", "time", "2025-11-23")),
    # -- datelines ----------------------------------------------------------------------------
    ("dateline", "LONDON, Jan 5 (Reuters) - Oil prices rose on Monday.", "Jan 5",
     _v("2026-01-05", "date", "2026-01-05"), "2026-01-05"),
    ("dateline", "LONDON, Jan 5 (Reuters) - Oil prices rose on Monday.", "Monday",
     _v("2026-01-05", "relative", "2026-01-05"), "2026-01-05"),
    ("dateline", "NEW YORK, Jan. 5, 2026 /PRNewswire/ -- Acme Corp. said on Monday it would "
     "cut 300 jobs.", "Jan. 5, 2026", _v("2026-01-05", "date", "2026-01-05")),
    ("dateline", "NEW YORK, Jan. 5, 2026 /PRNewswire/ -- Acme Corp. said on Monday it would "
     "cut 300 jobs.", "Monday", _v("2026-01-05", "relative", "2026-01-05")),
    ("dateline", "TOKYO, Nov 18 (Reuters) - Japan's exports rose in October.", "October",
     _v("2025-10", "month", "2025-10-01", "2025-10-31")),
    ("dateline", "BRUSSELS, Nov 19 (AP) — EU ministers met late Tuesday.", "late Tuesday",
     _v("2025-11-18", "relative", "2025-11-18", mod="END")),
    # -- a length up to a month or day: one stretch ------------------------------------------
    ("window", "Consumer prices rose 5.1% in the 12 months to February, data showed.",
     "the 12 months to February", _v("2025-03/2026-02", "range", "2025-03-01", "2026-02-28"),
     "2026-03-18"),
    ("window", "Unemployment stood at 5.8% in the three months through January.",
     "the three months through January",
     _v("2025-11/2026-01", "range", "2025-11-01", "2026-01-31"), "2026-03-18"),
    ("window", "Revenue rose 4% in the 12 months to June 2025, the accounts show.",
     "the 12 months to June 2025", _v("2024-07/2025-06", "range", "2024-07-01", "2025-06-30")),
    ("window", "The miner expects to ship 250 million tonnes in the year to June 30, 2026.",
     "the year to June 30, 2026",
     _v("2025-07-01/2026-06-30", "range", "2025-07-01", "2026-06-30")),
    ("window", "Crude stocks rose by 3.6 million barrels in the week ended Feb. 28.",
     "the week ended Feb. 28", _v("2025-02-22/2025-02-28", "range", "2025-02-22",
                                  "2025-02-28"), "2025-03-04"),
    ("window", "Net profit doubled in the quarter ended Sept. 30.", "the quarter ended Sept. 30",
     _v("2025-07-01/2025-09-30", "range", "2025-07-01", "2025-09-30")),
    # -- two months or years next to each other joined by "and": one stretch ----------------
    ("pair", "Heat was blamed for 2,000 deaths in June and July, officials said.",
     "June and July", _v("2025-06/2025-07", "range", "2025-06-01", "2025-07-31")),
    ("pair", "Inflation expectations for 2026 and 2027 remained high.", "2026 and 2027",
     _v("2026/2027", "range", "2026-01-01", "2027-12-31")),
    ("pair", "Seizures in 2019 and 2023 were records.", "2023",
     _v("2023", "year", "2023-01-01", "2023-12-31")),
    # -- quarters named by their last month; anaphora -----------------------------------------
    ("quarter", "Copper output rose 9% in the September quarter from a year earlier.",
     "the September quarter", _v("2025-Q3", "month", "2025-07-01", "2025-09-30")),
    ("half", "Profit fell in the December half of 2024.", "the December half of 2024",
     _v("2024-H2", "month", "2024-07-01", "2024-12-31")),
    ("quarter", "Output rose in the June quarter and kept its guidance for fiscal 2026. Output "
     "in the quarter was 142,600 tonnes, up from 130,800 tonnes a year before.",
     "a year before", _v("2024-Q2", "relative", "2024-04-01", "2024-06-30")),
    ("fiscal", "The chain will open 60 stores by the end of fiscal 2027.",
     "the end of fiscal 2027", _v("FY2027", "year", mod="END")),
    ("weekday+date", "Date & time: Friday, 13/02 at about 22:15 | Place: Windhoek",
     "Friday, 13/02", _v("2026-02-13", "date", "2026-02-13"), "2026-02-16"),
    # -- sub-day offsets are times of day, no dates -------------------------------------------
    ("offset", "Police arrived at 9 p.m. Two days later, the suspect was charged.",
     "Two days later", _v("2025-11-22", "relative", "2025-11-22"), "2025-11-20"),
]

# (group, text, span): number shapes that are no DATE (the span is not found as one)
TRAPS: list[tuple[str, str, str]] = [
    ("name", "Theresa May records a video message for voters.", "May"),
    ("season modifier", "Peak demand beat the previous summer record of 40,934 megawatts.",
     "the previous summer"),
    ("season modifier", "Gas use topped last winter peak on Tuesday.", "last winter"),
    ("version", "Users must update to version 2.1.2024 before Friday.", "2.1.2024"),
    ("version", "The fix ships in v10.12.2024 of the app.", "10.12.2024"),
    ("score", "The team won 2-1 in the final.", "2-1"),
    ("score", "Rangers earned a 3-0 win over Celtic.", "3-0"),
    ("around the clock", "The helpline is open 24/7 for victims.", "24/7"),
    ("attack", "The 9/11 attacks changed aviation.", "9/11"),
    ("model", "The airline flies the 747 on the route.", "747"),
    ("rank", "The firm made the Fortune 500 list again.", "500"),
    ("rank", "The chip maker joined the Top 500 last week.", "500"),
    ("phone", "Call 555-2024 for details.", "2024"),
    ("phone", "Tips can be sent to +44 20 7946 2019 at any time.", "2019"),
    ("page", "See page 2019 of the report.", "2019"),
    ("offset", "The probe separated from the rocket about 38 minutes later.",
     "38 minutes later"),
    ("offset", "A second raid about two hours later led to two arrests.", "two hours later"),
    ("offset", "The fire was put out an hour ago, officials said.", "an hour ago"),
    ("ordinal", "The office is on the 3rd floor of the tower.", "the 3rd"),
    ("ordinal", "She finished on the 2nd and 3rd laps in front.", "the 2nd"),
    ("fraction", "A quarter of the staff left; the quarter of the city was sealed off.",
     "the quarter"),
    ("years apart", "Seizures in 2019 and 2023 were records.", "2019 and 2023"),
    ("name", "April said she would stay on as chair.", "April"),
    ("event after", "He was seen two days before the vote.", "two days before"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}:{c[2]}@{i}" for i, c in enumerate(CASES)])
def test_wire_form_value(tagger: DateTagger, nlp: Language, case: tuple[Any, ...]) -> None:
    _group, text, span, expected = case[:4]
    reference = case[4] if len(case) > 4 else DCT
    assert_value_on_every_path(tagger, nlp, reference, text, span, expected)


@pytest.mark.parametrize("case", TRAPS, ids=[f"{c[0]}:{c[2]}@{i}" for i, c in enumerate(TRAPS)])
def test_wire_trap_is_no_date(tagger: DateTagger, nlp: Language,
                              case: tuple[str, str, str]) -> None:
    _group, text, span = case
    assert_absent_on_every_path(tagger, nlp, DCT, text, span)


FISCAL_PARTS: list[tuple[str, str, str, str, str, str]] = [
    # (country, span, calendar timex, its start (inferred), reference, fiscal start..end)
    ("AU", "first quarter", "2025-Q1", "2025-01-01", "2025-10-21", "2025-07-01..2025-09-30"),
    ("AU", "first-half", "2026-H1", "2026-01-01", "2025-10-21", "2025-07-01..2025-12-31"),
    ("IN", "third-quarter", "2025-Q3", "2025-07-01", "2026-01-10", "2025-10-01..2025-12-31"),
    ("JP", "the fourth quarter", "2025-Q4", "2025-10-01", "2025-11-20",
     "2025-01-01..2025-03-31"),
    ("US", "third-quarter", "2025-Q3", "2025-07-01", "2025-11-20", "-"),  # US firms vary
    ("AU", "the September quarter", "2025-Q3", "2025-07-01", "2025-10-21", "-"),  # a month
]


@pytest.mark.parametrize("case", FISCAL_PARTS, ids=[f"{c[0]}:{c[1]}" for c in FISCAL_PARTS])
def test_company_fiscal_part(case: tuple[str, str, str, str, str, str]) -> None:
    """In a text that speaks of fiscal years, a numbered quarter or half of a country whose
    companies report in its financial year is that fiscal part."""
    country, span, timex, start, reference, expected = case
    record = load_fiscal_years(model_path() / "pressparse_dates")[country]
    value = {"start": start, "end": start, "timex": timex, "kind": "month",
             "year_inferred": True}
    got = company_fiscal_part(span, value, record, date.fromisoformat(reference))
    assert (f"{got['start']}..{got['end']}" if got else "-") == expected
    assert tells_fiscal_years("The miner kept its fiscal 2026 guidance.")


def test_table_is_large() -> None:
    assert len(CASES) + len(TRAPS) >= 80
