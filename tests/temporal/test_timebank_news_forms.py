"""TimeBank / TempEval-3 style news expressions resolved against a publication date (DCT), in
forms the other tables do not hold: comparison windows ("the year-earlier quarter"), year
parts without a year ("the first nine months"), stretch windows to a weekday or of a fiscal
year, halves of decades and centuries, calendar-year codes, modal and outlook wording,
movable feasts, and traps (ages, lengths, scores, model numbers). Every sentence is our own.

Decisions (the annotation guide, else TIMEX3 as TimeBank writes it):
- A comparison window is the stretch the text compared, a year back: "the year-earlier
  quarter" after "the first quarter" is last year's first quarter (TimeBank wsj_0292 marks
  "the year-earlier period" 1988-Q3); with no quarter named, the last complete quarter a year
  before the DCT; "the same period last year" with no stretch named stays the year.
- "the first nine months" with no year is the year's, the last one when mostly ahead of the
  DCT (as "the first nine months of the year").
- "the week to Friday": the seven days ending with that Friday, one range (as "the week
  ended Feb. 28"); "the fiscal year ended March 31": its twelve months.
- "the second half of the 1980s": 1985-1989 (a range of years; TIMEX3 has no half modifier).
- Holidays are dates only after a period preposition; movable ones take that year's day
  (Ramadan: its days in the arithmetic Islamic calendar).
- Lengths ("a 30-day average", "the past four quarters") are durations (kind duration, TIMEX3
  P...), scored as no DATE; ages, scores, model and route numbers are no DATE at all.
- Clock times stay on the day written next to them ("noon Friday").
"""

from __future__ import annotations

from typing import Any

import pytest
from date_paths import assert_absent_on_every_path, assert_value_on_every_path
from spacy.language import Language

from pressparse.temporal.tagger import DateTagger

DCT = "2026-05-06"  # a Wednesday, second quarter, ISO week 19


def _days(start: str, end: str | None = None, timex: str | None = None) -> dict[str, Any]:
    expected: dict[str, Any] = {"start": start, "end": end or start}
    if timex is not None:
        expected["timex"] = timex
    return expected


def _timex(timex: str, kind: str | None = None) -> dict[str, Any]:
    return {"timex": timex} if kind is None else {"timex": timex, "kind": kind}


# (group, DCT (None: an undated text), text, span, expected fields, or None: no DATE)
CASES: list[tuple[str, str | None, str, str, dict[str, Any] | None]] = [
    # -- comparison windows ---------------------------------------------------------------
    ("compare", DCT, "Net income in the first quarter rose 12% from the year-earlier quarter.",
     "the year-earlier quarter", _days("2025-01-01", "2025-03-31", "2025-Q1")),
    ("compare", DCT, "Revenue for the three months ended March 31 climbed 8% from the "
     "prior-year period.", "the prior-year period", _days("2025-01-01", "2025-03-31")),
    ("compare", DCT, "Operating profit in the fourth quarter of 2025 fell from the same quarter "
     "a year earlier.", "the same quarter a year earlier",
     _days("2024-10-01", "2024-12-31", "2024-Q4")),
    ("compare", DCT, "Orders in April were 9% above the same month last year.",
     "the same month last year", _days("2025-04-01", "2025-04-30", "2025-04")),
    ("compare", DCT, "Margins improved from the year-ago quarter, the bank said.",
     "the year-ago quarter", _days("2025-01-01", "2025-03-31", "2025-Q1")),
    ("compare", "2025-11-10", "Sales for the nine months to September rose from the "
     "corresponding period of 2024.", "the corresponding period of 2024",
     _days("2024-01-01", "2024-09-30")),
    ("compare", "2026-08-05", "Sales in the first half beat the comparable period last year.",
     "the comparable period last year", _days("2025-01-01", "2025-06-30")),
    ("compare", "2026-08-05", "Second-quarter earnings topped the prior-year quarter.",
     "the prior-year quarter", _days("2025-04-01", "2025-06-30", "2025-Q2")),
    ("compare", DCT, "Jobless claims in the week ended May 2 were below the same week last "
     "year.", "the same week last year", _days("2025-04-26", "2025-05-02")),
    ("compare", DCT, "The company said sales were lower in the same period last year.",
     "the same period last year", _days("2025-01-01", "2025-12-31", "2025")),
    ("compare", "2026-08-05", "Revenue in the June quarter rose 6% from the year-earlier "
     "period.", "the year-earlier period", _days("2025-04-01", "2025-06-30", "2025-Q2")),
    ("compare", DCT, "March exports were down 3% from the same month a year ago.",
     "the same month a year ago", _days("2025-03-01", "2025-03-31", "2025-03")),
    # -- parts of a year without its year, and its last months ---------------------------
    ("year part", DCT, "Profit rose 4% in the first nine months.", "the first nine months",
     _days("2025-01-01", "2025-09-30", "2025-01/2025-09")),
    ("year part", DCT, "Output grew in the first three months, the agency said.",
     "the first three months", _days("2026-01-01", "2026-03-31")),
    ("year part", "2026-11-10", "The first three quarters brought record orders.",
     "The first three quarters", _days("2026-01-01", "2026-09-30")),
    ("year part", DCT, "Exports fell in the last three months of 2025.",
     "the last three months of 2025", _days("2025-10-01", "2025-12-31", "2025-10/2025-12")),
    ("year part", DCT, "Spending slowed in the final two quarters of last year.",
     "the final two quarters of last year", _days("2025-07-01", "2025-12-31")),
    ("year part", DCT, "He cut costs in the first six months of his tenure.",
     "the first six months", None),
    ("year part", DCT, "Sales doubled in the first three months after the launch.",
     "the first three months", None),
    # -- stretch windows ------------------------------------------------------------------
    ("window", DCT, "The index gained 3% in the week to Friday.", "the week to Friday",
     _days("2026-04-25", "2026-05-01")),
    ("window", DCT, "Bond yields rose in the week ended Friday.", "the week ended Friday",
     _days("2026-04-25", "2026-05-01")),
    ("window", DCT, "Mortgage applications fell in the five days through Tuesday.",
     "the five days through Tuesday", _days("2026-05-01", "2026-05-05")),
    ("window", DCT, "Revenue for the fiscal year ended March 31 rose 6%.",
     "the fiscal year ended March 31", _days("2025-04-01", "2026-03-31")),
    ("window", DCT, "Sales in the financial year to June 2025 reached A$3 billion.",
     "the financial year to June 2025", _days("2024-07-01", "2025-06-30")),
    ("window", DCT, "Profit doubled in the six months to the end of March.",
     "the six months to the end of March", _days("2025-10-01", "2026-03-31")),
    ("window", "2026-11-05", "Net sales for the quarter ended Sept. 30 rose 5%.",
     "the quarter ended Sept. 30", _days("2026-07-01", "2026-09-30")),
    # -- decades and centuries ------------------------------------------------------------
    ("era", DCT, "The tower was built in the first half of the 20th century.",
     "the first half of the 20th century", _days("1900-01-01", "1949-12-31", "1900/1949")),
    ("era", DCT, "Car ownership soared in the second half of the 1980s.",
     "the second half of the 1980s", _days("1985-01-01", "1989-12-31", "1985/1989")),
    ("era", DCT, "Record sales slumped in the latter half of the '90s.",
     "the latter half of the '90s", _days("1995-01-01", "1999-12-31")),
    ("era", DCT, "The mill was founded in the mid-19th century.", "the mid-19th century",
     {"timex": "18", "mod": "MID"}),
    ("era", DCT, "The law dates from the early 20th century.", "the early 20th century",
     {"timex": "19", "mod": "START"}),
    ("era", DCT, "It was the deadliest storm of the twentieth century.",
     "the twentieth century", _days("1900-01-01", "1999-12-31", "19")),
    ("era", DCT, "The treaty expires by the end of the decade.", "the end of the decade",
     {"timex": "202", "mod": "END"}),
    ("era", DCT, "Growth has been weak this decade.", "this decade",
     _days("2020-01-01", "2029-12-31", "202")),
    # -- calendar and fiscal codes --------------------------------------------------------
    ("codes", DCT, "Revenue for CY2025 was $4 billion.", "CY2025",
     _days("2025-01-01", "2025-12-31", "2025")),
    ("codes", DCT, "The firm guided to growth in CY26.", "CY26",
     _days("2026-01-01", "2026-12-31", "2026")),
    ("codes", DCT, "Spending in calendar 2024 fell.", "calendar 2024",
     _days("2024-01-01", "2024-12-31", "2024")),
    ("codes", DCT, "Capital spending for calendar year 2027 is set at $2 billion.",
     "calendar year 2027", _days("2027-01-01", "2027-12-31", "2027")),
    ("codes", DCT, "Sales rose 11% in H1 2026.", "H1 2026",
     _days("2026-01-01", "2026-06-30", "2026-H1")),
    ("codes", DCT, "The group expects a loss in 2H26.", "2H26",
     _days("2026-07-01", "2026-12-31", "2026-H2")),
    ("codes", DCT, "Margins widened in Q4 FY25.", "Q4 FY25", _timex("FY2025-Q4")),
    ("codes", DCT, "The company targets $1 billion in sales in FY27.", "FY27",
     _timex("FY2027")),
    ("codes", DCT, "Earnings for the 2025 fiscal year rose.", "the 2025 fiscal year",
     _timex("FY2025")),
    ("codes", DCT, "The law was passed in the 2024-25 fiscal year.", "the 2024-25 fiscal year",
     _timex("FY2024/FY2025")),
    # -- tense: modals, outlooks, infinitives ---------------------------------------------
    ("tense", DCT, "The central bank may cut rates again in July, economists said.", "July",
     _days("2026-07-01", "2026-07-31")),
    ("tense", DCT, "Analysts said the lender might sell the unit in the fourth quarter.",
     "the fourth quarter", _days("2026-10-01", "2026-12-31", "2026-Q4")),
    ("tense", DCT, "The outlook for the second half is uncertain, the company said.",
     "the second half", _days("2026-07-01", "2026-12-31", "2026-H2")),
    ("tense", DCT, "Officials said talks could resume in August.", "August",
     _days("2026-08-01", "2026-08-31")),
    ("tense", "2026-05-09", "Police could not say on Friday how many people were hurt.",
     "Friday", _days("2026-05-08")),
    ("tense", DCT, "The ministry said the ship may have sunk on Tuesday.", "Tuesday",
     _days("2026-05-05")),
    ("tense", DCT, "Growth should pick up in the third quarter.", "the third quarter",
     _days("2026-07-01", "2026-09-30", "2026-Q3")),
    ("tense", DCT, "He said growth could resume if talks succeed before the Aug. 1 "
     "deadline.", "Aug. 1", _days("2026-08-01")),
    ("tense", DCT, "The senator hoped to pass the bill by the weekend.", "the weekend",
     _days("2026-05-09", "2026-05-10", "2026-W19-WE")),
    ("tense", "2026-08-20", "Inflation rose to 3.8% in July, above June's 3.6%.", "June",
     _days("2026-06-01", "2026-06-30", "2026-06")),
    ("tense", "2026-08-05", "Economists see a rebound in the fourth quarter.",
     "the fourth quarter", _days("2026-10-01", "2026-12-31")),
    ("tense", "2025-09-19", "The bill funds agencies through Dec. 19. He is scheduled to "
     "travel to Texas on Friday.", "Friday", _days("2025-09-19")),
    ("tense", DCT, "Sales of the Paris-based firm rose on Monday.", "Monday",
     _days("2026-05-04")),
    # -- holidays: a name with its year is a date; a name alone is none (guide: holiday
    # names without a date are not annotated, session 12)
    ("holiday", DCT, "Churches were full at Easter 2026.", "Easter 2026",
     _days("2026-04-05", timex="2026-04-05")),
    ("holiday", "2027-03-01", "Markets will be closed on Good Friday 2027.", "Good Friday 2027",
     _days("2027-03-26")),
    ("holiday", "2025-12-02", "Shoppers spent heavily over Thanksgiving 2025.",
     "Thanksgiving 2025", _days("2025-11-27")),
    ("holiday", "2026-08-20", "Lawmakers return after Labor Day 2026.", "Labor Day 2026",
     _days("2026-09-07")),
    ("holiday", "2025-04-15", "Food prices rose during Ramadan 2025.", "Ramadan 2025",
     _days("2025-03-01", "2025-03-30")),
    ("holiday", DCT, "Voters go to the polls on Election Day 2026.", "Election Day 2026",
     _days("2026-11-03")),
    ("holiday", DCT, "The parade is held on Memorial Day 2026.", "Memorial Day 2026",
     _days("2026-05-25")),
    ("holiday", DCT, "Crowds gathered on Palm Sunday 2026.", "Palm Sunday 2026",
     _days("2026-03-29")),
    ("holiday", DCT, "The talks broke down on Easter Monday 2026.", "Easter Monday 2026",
     _days("2026-04-06")),
    ("holiday", DCT, "Sales peaked around Christmas 2025.", "Christmas 2025",
     _days("2025-12-25")),
    ("holiday", DCT, "Sales peaked around Christmas.", "Christmas", None),
    ("holiday", DCT, "Churches were full at Easter.", "Easter", None),
    ("holiday", "2025-04-15", "Food prices rose during Ramadan.", "Ramadan", None),
    ("holiday", "2026-07-10", "The peloton rode through the Alps around Bastille Day.",
     "Bastille Day", None),
    ("holiday", "2026-12-28", "Ticket sales over Christmas beat forecasts, the studio said.",
     "Christmas", None),
    ("holiday", "2026-03-22", "Families gathered to break the fast on Eid al-Fitr.",
     "Eid al-Fitr", None),
    ("holiday", DCT, "The Thanksgiving parade drew large crowds.", "Thanksgiving", None),
    ("holiday", DCT, "Theresa May's government fell.", "May", None),
    # -- relative days, weeks and parts of the day ----------------------------------------
    ("relative", DCT, "The vote took place this past Sunday.", "this past Sunday",
     _days("2026-05-03")),
    ("relative", DCT, "Sunday's election drew a record turnout.", "Sunday",
     _days("2026-05-03")),
    ("relative", DCT, "The plant will open at the start of next year.",
     "the start of next year", {"timex": "2027", "mod": "START", "start": "2027-01-01"}),
    ("relative", DCT, "Six months earlier, the plant had closed.", "Six months earlier",
     _days("2025-11-01", "2025-11-30", "2025-11")),
    ("relative", DCT, "The rules took effect a fortnight ago.", "a fortnight ago",
     _days("2026-04-22", "2026-04-22", "2026-04-22")),
    ("relative", DCT, "Results are due later this week.", "later this week",
     _timex("2026-W19")),
    ("relative", DCT, "The storm made landfall late Tuesday night.", "late Tuesday night",
     {"timex": "2026-05-05TNI", "mod": "END"}),
    ("relative", DCT, "The bank cut rates at the beginning of next month.",
     "the beginning of next month", {"timex": "2026-06", "start": "2026-06-01"}),
    ("relative", DCT, "The strike will last until the end of the week.",
     "the end of the week", {"timex": "2026-W19", "mod": "END"}),
    ("relative", DCT, "The ceasefire took effect on the morning of May 4.", "May 4",
     _days("2026-05-04")),
    ("relative", DCT, "The mine will close by 2030 at the latest.", "2030", _timex("2030")),
    ("relative", DCT, "The 2026 World Cup opens in June.", "2026", _timex("2026")),
    ("relative", DCT, "The 2026 World Cup opens in June.", "June", _timex("2026-06")),
    # -- clock times with their day --------------------------------------------------------
    ("clock", DCT, "Trading halts at 5 p.m. EST Tuesday.", "5 p.m. EST",
     _timex("2026-05-05T17:00")),
    ("clock", DCT, "Polls close at noon Friday.", "noon", _timex("2026-05-08T12:00")),
    ("clock", DCT, "Polls close at noon Friday.", "Friday", _days("2026-05-08")),
    ("clock", DCT, "The blast happened shortly after midnight on Saturday.", "midnight",
     _timex("2026-05-02T24:00")),
    ("clock", DCT, "The order was filed at 2026-05-04T10:00Z.", "2026-05-04",
     _days("2026-05-04")),
    # -- numeric dates by the wire's convention -------------------------------------------
    ("numeric", DCT, "NEW YORK (Reuters) - The indictment, dated 04/05/26, was unsealed on "
     "Monday in federal court.", "04/05/26", _days("2026-04-05")),
    ("numeric", DCT, "LONDON (Reuters) - The contract, dated 04/05/26, was signed in London.",
     "04/05/26", _days("2026-05-04")),
    # -- sets (TIMEX3 SET) ----------------------------------------------------------------
    ("set", DCT, "The board meets once a year.", "once a year", _timex("P1Y", "set")),
    ("set", DCT, "The council meets every other week.", "every other week",
     _timex("P2W", "set")),
    ("set", DCT, "The figures are published monthly.", "monthly", _timex("P1M", "set")),
    ("set", DCT, "Trains run every 15 minutes.", "every 15 minutes", _timex("PT15M", "set")),
    ("set", DCT, "The magazine comes out twice a month.", "twice a month",
     _timex("P1M", "set")),
    # -- lengths: durations, not dates ----------------------------------------------------
    ("length", DCT, "The 30-day average rose.", "30-day", _timex("P30D", "duration")),
    ("length", DCT, "The meeting lasted 90 minutes.", "90 minutes",
     _timex("PT90M", "duration")),
    ("length", DCT, "The dollar hit a two-year high on Friday.", "two-year",
     _timex("P2Y", "duration")),
    ("length", DCT, "The firm lost money in each of the past four quarters.",
     "the past four quarters", _timex("P4Q", "duration")),
    ("length", DCT, "Margins shrank in recent quarters.", "recent quarters",
     _timex("PXQ", "duration")),
    # -- blind-set forms (newswire3, holdout11), in our own words ---------------------------
    ("undated", None, "NANNING, June 18 (Xinhua) -- Rain has lashed the region since Sunday, "
     "officials said Thursday. The river hit its highest level since 1996. Rainfall in the "
     "first five months of 2026 was above the norm.", "Thursday", _days("2026-06-18")),
    ("undated", None, "LE LIORAN, France, 14 July (AFP) - The rider won the stage on Tuesday, "
     "the first home win on the day since 2019. The 2026 Tour began on 4 July.", "Tuesday",
     _days("2026-07-14")),
    ("tense", "2026-07-15", "In April, the port had said volumes could stabilize.", "April",
     _days("2026-04-01", "2026-04-30")),
    ("window", "2026-04-29", "The firm is due to report on Thursday for the three months "
     "ended March 31.", "the three months ended March 31", _days("2026-01-01", "2026-03-31")),
    ("window", "2026-10-14", "Royalties covered sales from 2019 through June 2026.",
     "2019 through June 2026", _days("2019-01-01", "2026-06-30")),
    ("compare", "2026-06-18", "Since the flood season began in April, levels were 40 percent "
     "higher than in the same period last year.", "the same period last year",
     _days("2025-04-01", "2025-06-18")),
    ("compare", "2025-09-10", "From January to August, seizures rose 20% compared with the same "
     "period of the previous year.", "the same period of the previous year",
     _days("2024-01-01", "2024-08-31")),
    ("numeric", "2025-04-10", "Officers found 24 kg of cocaine on Saturday 5. 4. at the "
     "airport.", "Saturday 5. 4.", _days("2025-04-05")),
    ("numeric", "2025-09-25", "The operation ran from 15.09 to 21.09.2025 in the region.",
     "15.09 to 21.09.2025", _days("2025-09-15", "2025-09-21")),
    ("numeric", "2026-03-20", "On 05.03, officers seized 236 kg of heroin at the border.",
     "05.03", _days("2026-03-05")),
    # ... before a full stop or semicolon, and in brackets of its own (a map legend's
    # "74 kg of heroin (13.11)"; session 38)
    ("numeric", "2026-03-20", "The totals were checked with the customs service on 05.03.",
     "05.03", _days("2026-03-05")),
    ("numeric", "2026-03-20", "Port of Poti - 48 kg of cocaine (11.03)", "11.03",
     _days("2026-03-11")),
    ("trap", DCT, "Inflation eased to 3.1% (05.10% a year ago).", "05.10", None),
    ("trap", DCT, "I dreamed of this day since I was a kid, the rider said.", "this day", None),
    # -- traps: ages, scores, model, route and flight numbers, counts ----------------------
    ("trap", DCT, "The 60-year-old was arrested at the airport.", "60-year-old", None),
    ("trap", DCT, "Madrid won 3-1 on Sunday.", "3-1", None),
    ("trap", DCT, "The Airbus A350-1000 entered service.", "1000", None),
    ("trap", DCT, "Route 2026 was closed after the crash.", "2026", None),
    ("trap", DCT, "The company employs 2,025 people.", "2,025", None),
    ("trap", DCT, "Flight 2045 landed safely in Lima.", "2045", None),
    ("trap", DCT, "She ran the marathon in 2:05:30.", "2:05:30", None),
    ("trap", DCT, "The S&P 500 rose 1.2% in early trading.", "500", None),
    ("trap", DCT, "The 1,500-page report was released.", "1,500-page", None),
    ("trap", DCT, "Police seized 2024 packets of heroin.", "2024", None),
    ("trap", DCT, "The team scored 21 points in the second half.", "the second half", None),
    ("trap", DCT, "Fighting eased overnight, residents said.", "overnight", None),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}:{c[3]}@{i}" for i, c in enumerate(CASES)])
def test_news_form(tagger: DateTagger, nlp: Language,
                   case: tuple[str, str | None, str, str, dict[str, Any] | None]) -> None:
    _group, reference, text, span, expected = case
    if expected is None:
        assert_absent_on_every_path(tagger, nlp, reference, text, span)
    else:
        assert_value_on_every_path(tagger, nlp, reference, text, span, expected)


def test_table_is_large() -> None:
    assert len(CASES) >= 100
