"""TIMEX3 values on general news-wire text (wire stories, business, politics, sports), resolved
against the document creation time, TempEval-3 style. Every sentence is our own wording.

Reference (document creation time): Wednesday 15 May 2024, ISO week 2024-W20, unless a row
gives another. Times of day may be added to a day's value ("2024-05-15TNI" for "tonight" is as
right as "2024-05-15"); everything else must match exactly.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from pressparse.extensions import TEXT_KEY
from pressparse.temporal.tagger import DateTagger

DCT = date(2024, 5, 15)


# (text, span, timex, kind); a 5th element is another reference date.
CASES: list[tuple[Any, ...]] = [
    # -- weekdays: past by default, future with future wording --------------------------------
    ("The central bank said on Tuesday it would keep rates on hold.", "Tuesday",
     "2024-05-14", "relative"),
    ("Shares in the carmaker fell sharply on Monday after the recall.", "Monday",
     "2024-05-13", "relative"),
    ("The foreign minister will travel to Brussels on Friday.", "Friday",
     "2024-05-17", "relative"),
    ("Stocks edged higher ahead of Friday's jobs report.", "Friday", "2024-05-17", "relative"),
    ("Friday's meeting of the cabinet ended without an agreement.", "Friday",
     "2024-05-10", "relative"),
    ("The committee will meet again next Monday to vote on the budget.", "next Monday",
     "2024-05-20", "relative"),
    ("The suspect was detained last Thursday in Lyon.", "last Thursday",
     "2024-05-09", "relative"),
    ("Police said Wednesday that two people were injured in the blast.", "Wednesday",
     "2024-05-15", "relative"),
    ("The talks are scheduled to resume on Thursday in Geneva.", "Thursday",
     "2024-05-16", "relative"),
    ("Early Tuesday, rescuers pulled three survivors from the rubble.", "Early Tuesday",
     "2024-05-14", "relative"),
    ("The strike by dock workers began last Saturday.", "last Saturday",
     "2024-05-11", "relative"),
    ("She will be sworn in as mayor this Friday.", "this Friday", "2024-05-17", "relative"),
    ("The ceasefire accord was signed on Sunday in Doha.", "Sunday", "2024-05-12", "relative"),
    ("The Lakers beat the Celtics 112-104 on Sunday night.", "Sunday night", "2024-05-12",
     "relative"),
    ("Voters will go to the polls on Sunday.", "Sunday", "2024-05-19", "relative"),
    ("The company will report first-quarter earnings on Tuesday, May 21.", "Tuesday, May 21",
     "2024-05-21", "date"),
    # -- deictic days ---------------------------------------------------------------------------
    ("The airline announced the merger today.", "today", "2024-05-15", "relative"),
    ("The president will address the nation tonight.", "tonight", "2024-05-15", "relative"),
    ("A fire broke out yesterday morning at the refinery.", "yesterday morning",
     "2024-05-14", "relative"),
    ("The results of the recount will be published tomorrow.", "tomorrow", "2024-05-16",
     "relative"),
    ("Rebels shelled the town last night, residents said.", "last night", "2024-05-14",
     "relative"),
    ("Officials said earlier today that the bridge would reopen.", "earlier today",
     "2024-05-15", "relative"),
    ("Fighting resumed yesterday after a brief lull.", "yesterday", "2024-05-14", "relative"),
    ("The day before yesterday, the river burst its banks.", "The day before yesterday",
     "2024-05-13", "relative"),
    ("The governor will sign the bill tomorrow afternoon.", "tomorrow afternoon",
     "2024-05-16", "relative"),
    # -- weeks, months, years relative to the reference ---------------------------------------
    ("Oil prices rose 3 percent last week.", "last week", "2024-W19", "relative"),
    ("The bill will be put to a vote next week.", "next week", "2024-W21", "relative"),
    ("The bank said earlier this week that it would cut 900 jobs.", "earlier this week",
     "2024-W20", "relative"),
    ("Inflation slowed for a third time last month.", "last month", "2024-04", "relative"),
    ("The plant will reopen next month after repairs.", "next month", "2024-06", "relative"),
    ("Home sales rose 5 percent this month.", "this month", "2024-05", "relative"),
    ("Parliamentary elections are due next year.", "next year", "2025", "relative"),
    ("The start-up was founded last year in Berlin.", "last year", "2023", "relative"),
    ("Exports have grown strongly this year.", "this year", "2024", "relative"),
    ("Earlier this year, the government raised fuel taxes.", "Earlier this year", "2024",
     "relative"),
    ("The merger was announced two years ago.", "two years ago", "2022", "relative"),
    ("He left the company six months ago.", "six months ago", "2023-11-15", "relative"),
    ("The bridge collapsed three days ago.", "three days ago", "2024-05-12", "relative"),
    ("A year ago, the shares traded at $40.", "A year ago", "2023", "relative"),
    ("The court ruled five weeks ago.", "five weeks ago", "2024-04-10", "relative"),
    ("Three weeks earlier, the board had rejected the offer.", "Three weeks earlier",
     "2024-04-24", "relative"),
    ("The plant closed on March 3. Two weeks later, it reopened.", "Two weeks later",
     "2024-03-17", "relative"),
    ("The rebels entered the city on April 2. The next day, the army withdrew.", "The next day",
     "2024-04-03", "relative"),
    ("Police raided the offices on Jan. 10 and arrested the owner the following day.",
     "the following day", "2024-01-11", "relative"),
    ("The treaty was signed on Nov. 4, 2023, a week after talks resumed the previous day.",
     "the previous day", "2023-11-03", "relative"),
    ("Rates will climb in coming months, the governor warned.", "coming months",
     "FUTURE_REF", "relative"),
    ("A day later, the suspect was released on bail.", "A day later", "2024-05-16",
     "relative"),
    ("Two months later, the talks collapsed.", "Two months later", "2024-07", "relative"),
    ("The refinery closed late last year.", "late last year", "2023", "relative"),
    ("The stadium should be finished by the end of the year.", "the end of the year", "2024",
     "relative"),
    ("The union will strike at the end of the month.", "the end of the month", "2024-05",
     "relative"),
    ("Fans are expected to flock to the coast this weekend.", "this weekend", "2024-W20-WE",
     "relative"),
    ("Two climbers died on the mountain last weekend.", "last weekend", "2024-W19-WE",
     "relative"),
    ("The company cut its forecast for the current year.", "the current year", "2024",
     "relative"),
    ("Sales fell in the previous year.", "the previous year", "2023", "relative"),
    ("Sales were 5 percent higher than a year earlier.", "a year earlier", "2023",
     "relative"),
    # -- decades and centuries ---------------------------------------------------------------
    ("Prices have not been this high since the 1990s.", "the 1990s", "199", "year"),
    ("The band had its biggest hits in the '80s.", "the '80s", "198", "year"),
    ("It is the worst drought of the 21st century.", "the 21st century", "20", "year"),
    ("The railway was built in the 19th century.", "the 19th century", "18", "year"),
    ("The town boomed in the early 2000s.", "the early 2000s", "200", "year"),
    ("The fund grew in the 1970s and 1980s.", "1980s", "198", "year"),
    # -- seasons ---------------------------------------------------------------------------------
    ("The company plans to launch the phone this spring.", "this spring", "2024-SP",
     "relative"),
    ("The drought last summer hit wheat farmers hard.", "last summer", "2023-SU", "relative"),
    ("Gas prices could spike next winter, analysts warned.", "next winter", "2024-WI",
     "relative"),
    ("The plant was built in the summer of 2022.", "the summer of 2022", "2022-SU", "month"),
    ("The film will open in cinemas in spring 2025.", "spring 2025", "2025-SP", "month"),
    ("Talks will resume in the autumn.", "the autumn", "2024-FA", "month"),
    ("Harvests were poor this past winter.", "this past winter", "2023-WI", "relative"),
    # -- months with and without years, qualifiers ---------------------------------------------
    ("Consumer prices peaked in mid-March.", "mid-March", "2024-03", "month"),
    ("The election will be held in late October.", "late October", "2024-10", "month"),
    ("Inflation eased in late 2019 before the pandemic.", "late 2019", "2019", "year"),
    ("The new line should open by mid-2025.", "mid-2025", "2025", "year"),
    ("The chain expanded in early 2023.", "early 2023", "2023", "year"),
    ("Exports fell 4 percent in March.", "March", "2024-03", "month"),
    ("The new law will take effect in September.", "September", "2024-09", "month"),
    ("The factory was shut down in September.", "September", "2023-09", "month"),
    ("In January, the firm cut 500 jobs.", "January", "2024-01", "month"),
    ("The plant opened in March 2023.", "March 2023", "2023-03", "month"),
    ("Retail sales jumped in December from a year earlier.", "December", "2023-12", "month"),
    ("Trading volumes hit a record in the middle of April.", "the middle of April", "2024-04",
     "month"),
    # -- calendar days, wire and business styles ------------------------------------------------
    ("The shares were listed on May 3.", "May 3", "2024-05-03", "date"),
    ("Stocks closed lower on Tuesday, Nov. 12, as yields rose.", "Tuesday, Nov. 12",
     "2024-11-12", "date", date(2024, 11, 14)),
    ("The summit opens on Monday, Nov. 11, in Baku.", "Monday, Nov. 11", "2024-11-11", "date",
     date(2024, 5, 15)),
    # a weekday written with a range's first day picks the range's year
    ("Talks were held from Monday, 23 June to Friday, 27 June.",
     "Monday, 23 June to Friday, 27 June", "2025-06-23/2025-06-27", "range", date(2025, 6, 10)),
    ("The vote is scheduled for June 12.", "June 12", "2024-06-12", "date"),
    ("The recall began on Jan. 5 and covers 40,000 cars.", "Jan. 5", "2024-01-05", "date"),
    ("The loan matures on Sept. 30, 2026.", "Sept. 30, 2026", "2026-09-30", "date"),
    ("The accounts were frozen on Dec. 31st.", "Dec. 31st", "2023-12-31", "date"),
    ("The treaty was signed on the 12th of April.", "the 12th of April", "2024-04-12", "date"),
    ("The rules came into force on 1 July 2023.", "1 July 2023", "2023-07-01", "date"),
    ("Profit doubled in 2023, the company said.", "2023", "2023", "year"),
    ("The index was launched on 2024-02-01.", "2024-02-01", "2024-02-01", "date"),
    ("The festival will run May 24-26 in the old town.", "May 24-26", "2024-05-24/2024-05-26",
     "range"),
    ("The festival ran May 24-26 in the old town.", "May 24-26", "2023-05-24/2023-05-26",
     "range"),
    ("Output rose steadily between 2010 and 2015.", "2010 and 2015", "2010/2015", "range"),
    ("He chaired the bank from 2019 to 2021.", "2019 to 2021", "2019/2021", "range"),
    ("Tickets for the 2024 Olympics sold out within hours.", "2024", "2024", "year"),
    # -- halves, quarters, fiscal years ------------------------------------------------------
    ("Profit rose 12 percent in the first half of 2023.", "the first half of 2023",
     "2023-H1", "month"),
    ("Growth will pick up in the second half, the ministry said.", "the second half",
     "2024-H2", "month"),
    ("Revenue rose 8 percent in the third quarter.", "the third quarter", "2023-Q3", "month"),
    ("The bank reported first-quarter profit of $2 billion.", "first-quarter", "2024-Q1",
     "month"),
    ("Deliveries slumped in Q4 2023.", "Q4 2023", "2023-Q4", "month"),
    ("Orders were weak in the fourth quarter of last year.", "the fourth quarter of last year",
     "2023-Q4", "relative"),
    ("The retailer expects sales to grow in fiscal 2024.", "fiscal 2024", "FY2024", "year"),
    ("The budget for fiscal year 2025 was approved.", "fiscal year 2025", "FY2025", "year"),
    ("The group lost money in FY2022.", "FY2022", "FY2022", "year"),
    # -- reference tokens -------------------------------------------------------------------
    ("Now the company is looking for a buyer.", "Now", "PRESENT_REF", "relative"),
    ("The plant currently employs 400 people.", "currently", "PRESENT_REF", "relative"),
    ("The firm recently opened an office in Dubai.", "recently", "PAST_REF", "relative"),
    ("Interest rates will fall in the future, he said.", "the future", "FUTURE_REF",
     "relative"),
    ("The deal is expected to close soon.", "soon", "FUTURE_REF", "relative"),
    ("In recent years, the city has boomed.", "recent years", "PXY", "duration"),
    ("At present, the mine produces 2 tonnes of gold a year.", "present", "PRESENT_REF",
     "relative"),
    # -- durations ------------------------------------------------------------------------------
    ("He served six years in prison for fraud.", "six years", "P6Y", "duration"),
    ("The 10-year bond yield rose to 4.5 percent.", "10-year", "P10Y", "duration"),
    ("Sales fell over the past three months.", "the past three months", "P3M", "duration"),
    ("The project took more than a decade.", "a decade", "P10Y", "duration"),
    ("Rescuers worked for 48 hours without a break.", "48 hours", "PT48H", "duration"),
    ("The meeting lasted half an hour.", "half an hour", "PT30M", "duration"),
    ("The prime minister began a two-day visit to Japan.", "two-day", "P2D", "duration"),
    ("The match was stopped for 90 minutes by rain.", "90 minutes", "PT90M", "duration"),
    ("Unions called a 24-hour strike.", "24-hour", "PT24H", "duration"),
    ("The talks dragged on for several weeks.", "several weeks", "PXW", "duration"),
    ("Prices rose 6 percent over the past year.", "the past year", "P1Y", "duration"),
    ("The city has changed a lot over the past decade.", "the past decade", "P10Y",
     "duration"),
    # "in the past 12 months": the stretch up to the DCT (a relative date), TIMEX3 its length
    ("The fund returned 8 percent in the past 12 months.", "the past 12 months", "P12M",
     "relative"),
    ("The fund returned 8 percent over the past 12 months.", "the past 12 months", "P12M",
     "duration"),
    ("The firm plans to hire 5,000 people over the next five years.", "the next five years",
     "P5Y", "duration"),
    ("The shares hit a 12-month high.", "12-month", "P12M", "duration"),
    ("The government unveiled a five-year plan for the railways.", "five-year", "P5Y",
     "duration"),
    ("The vote was held after a three-week campaign.", "three-week", "P3W", "duration"),
    ("He has been in custody for an hour.", "an hour", "PT1H", "duration"),
    # -- sets -----------------------------------------------------------------------------------
    ("The film festival is held every year in Cannes.", "every year", "P1Y", "set"),
    ("The report is published annually by the agency.", "annually", "P1Y", "set"),
    ("The magazine appears weekly.", "weekly", "P1W", "set"),
    ("The board meets monthly to review the accounts.", "monthly", "P1M", "set"),
    ("The pills must be taken daily.", "daily", "P1D", "set"),
    ("The dividend is paid quarterly.", "quarterly", "P1Q", "set"),
    ("The market is open every Saturday.", "every Saturday", "XXXX-WXX-6", "set"),
    # -- clock times (on the reference day) ---------------------------------------------------
    ("The market opened at 10:30 a.m. after a delay.", "10:30 a.m.", "2024-05-15T10:30",
     "time"),
    ("Polls close at 3 p.m. local time.", "3 p.m. local time", "2024-05-15T15:00", "time"),
    ("The launch is set for 14:00 GMT.", "14:00 GMT", "2024-05-15T14:00", "time"),
    ("The minister will speak at noon.", "noon", "2024-05-15T12:00", "time"),
    ("The quake struck at 6:15 PM.", "6:15 PM", "2024-05-15T18:15", "time"),
    ("The shop closes at 5.30pm on weekdays.", "5.30pm", "2024-05-15T17:30", "time"),
    # -- datelines: days and weekdays resolve against the dateline ------------------------------
    ("WASHINGTON, March 5 (Reuters) - The Senate on Monday passed a stopgap bill.",
     "March 5", "2024-03-05", "date", date(2024, 3, 5)),
    ("WASHINGTON, March 5 (Reuters) - The Senate on Monday passed a stopgap bill.",
     "Monday", "2024-03-04", "relative", date(2024, 3, 5)),
    ("LONDON, May 14 (Reuters) - British house prices rose on Tuesday, a survey showed.",
     "Tuesday", "2024-05-14", "relative"),
    ("PARIS, Jan 9 (AFP) - French lawmakers will debate the reform next week.",
     "next week", "2024-W03", "relative", date(2024, 1, 9)),
    ("TOKYO, Dec. 2 - Japan's economy shrank in the third quarter, data showed.",
     "the third quarter", "2024-Q3", "month", date(2024, 12, 2)),
]

# Texts without any DATE: numbers, names, versions, phone numbers, files, ages, verbs.
TRAPS: list[str] = [
    "Police recorded 784 drug crimes and 1,250 thefts.",
    "Operation Brotherhood-2024 ended with 15 arrests.",
    "Users should install version 2.3.1 of the app.",
    "For details call +1 202 555 2020 or write to the office.",
    "The file report_2023.pdf was posted on the website.",
    "Rates may be cut further, the economist said.",
    "Theresa May said she would not resign.",
    "Thousands plan to march on parliament.",
    "The Sun reported that the striker sat out training.",
    "The 45-year-old was charged with fraud.",
    "A 23-year-old woman was injured.",
    "The Boeing 737 jet landed safely.",
    "The team won 6-3, 7-5 in the final.",
    "Three quarters of voters backed the plan.",
    "Room 101 was searched by the police.",
    "The G20 summit communique was released.",
    "He was 2 years old when the family moved.",
    "The company sold 2019 cars in the region.",
    "The cargo weighed 2000 kg.",
    "May God bless this country, the president said.",
    "The deal was agreed at the last minute.",
]


def _matches(value: dict[str, Any], timex: str) -> bool:
    got = value["timex"] or ""
    return got == timex or (len(timex) == 10 and got.startswith(timex + "T"))


def _found(results: list[tuple[int, int, dict[str, Any]]], text: str) -> dict[str, Any]:
    return {text[s:e]: v for s, e, v in results}


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}@{i}" for i, c in enumerate(CASES)])
def test_news_timex(tagger: DateTagger, nlp: Language, case: tuple[Any, ...]) -> None:
    text, span, timex, kind = case[:4]
    reference = case[4] if len(case) > 4 else DCT
    found = _found(tagger.tag(text, reference, clock_times=True), text)
    assert span in found, f"{span!r} not found in {text!r}; found {list(found)}"
    assert _matches(found[span], timex), (span, found[span])
    assert found[span]["kind"] == kind, (span, found[span])
    # The same through the spaCy component on a driver-made doc (token-flag search path).
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    doc._.reference_date = reference
    ents = {ent.text: ent._.normalized for ent in nlp(doc).ents if ent.label_ == "DATE"}
    assert span in ents and _matches(ents[span], timex), (span, ents)


def test_table_is_large() -> None:
    assert len(CASES) + len(TRAPS) >= 120


@pytest.mark.parametrize("text", TRAPS)
def test_news_trap_has_no_date(tagger: DateTagger, text: str) -> None:
    assert _found(tagger.tag(text, DCT), text) == {}
