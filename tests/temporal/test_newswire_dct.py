"""News-wire TIMEX3 values against a second document creation time (TempEval-3 conventions:
the value of each expression relative to the DCT, the span as TimeBank marks it, determiners
in, prepositions out). Every sentence is our own wording.

DCT: Wednesday 8 October 2025 (ISO week 2025-W41, fourth quarter, autumn).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from pressparse.extensions import TEXT_KEY
from pressparse.temporal.tagger import DateTagger

DCT = date(2025, 10, 8)

# (sentence, expected span, expected TIMEX3 value)
CASES: list[tuple[str, str, str]] = [
    # -- weekdays: nearest one before the DCT in reporting, after it with future wording ------
    ("Shares of the lender slid Friday after the report.", "Friday", "2025-10-03"),
    ("The agency said Monday it would appeal the ruling.", "Monday", "2025-10-06"),
    ("The talks will resume Thursday in Geneva.", "Thursday", "2025-10-09"),
    ("The regulator issued the fine on Wednesday.", "Wednesday", "2025-10-08"),
    ("The storm made landfall on Tuesday near the border.", "Tuesday", "2025-10-07"),
    ("The talks collapsed last Thursday.", "last Thursday", "2025-10-02"),
    ("The report, released Monday, showed a drop in orders.", "Monday", "2025-10-06"),
    ("Demonstrators gathered outside the embassy Saturday night.", "Saturday night",
     "2025-10-04TNI"),
    ("The vote is scheduled for Tuesday, Oct. 14.", "Tuesday, Oct. 14", "2025-10-14"),
    # -- deictic days and parts of the day ----------------------------------------------------
    ("Stocks rose yesterday on hopes of a rate cut.", "yesterday", "2025-10-07"),
    ("The minister will travel to Brussels tomorrow.", "tomorrow", "2025-10-09"),
    ("The prime minister addressed parliament this morning.", "this morning",
     "2025-10-08TMO"),
    ("Fans will gather in the main square tonight.", "tonight", "2025-10-08TNI"),
    ("Both companies filed their reports the same day.", "the same day", "2025-10-08"),
    ("Two climbers went missing over the weekend.", "the weekend", "2025-W40-WE"),
    # -- weeks, months, quarters, years relative to the DCT -----------------------------------
    ("The chief executive hinted earlier this week at job cuts.", "earlier this week",
     "2025-W41"),
    ("The firm will report results next week.", "next week", "2025-W42"),
    ("Retail sales dipped last month.", "last month", "2025-09"),
    ("Earlier this month, the court blocked the plan.", "Earlier this month", "2025-10"),
    ("The lease expires at the end of the month.", "the end of the month", "2025-10"),
    ("The carmaker's profit fell 12 percent in the third quarter.", "the third quarter",
     "2025-Q3"),
    ("The deal is expected to close in the fourth quarter.", "the fourth quarter", "2025-Q4"),
    ("Output was flat in the first half.", "the first half", "2025-H1"),
    ("The index has gained 15 percent so far this year.", "this year", "2025"),
    ("The central bank expects inflation to ease next year.", "next year", "2026"),
    ("Prices fell late last year.", "late last year", "2024"),
    ("Last year's harvest was the worst on record.", "Last year", "2024"),
    ("The studio plans to release the film this fall.", "this fall", "2025-FA"),
    ("The reactor has been offline since last spring.", "last spring", "2025-SP"),
    # -- "ago", "earlier", "the following" ----------------------------------------------------
    ("The mill shut down a year ago.", "a year ago", "2024"),
    ("The ferry capsized two weeks ago.", "two weeks ago", "2025-09-24"),
    ("The fund was set up 10 years ago.", "10 years ago", "2015"),
    ("Twenty years ago, the town had no paved roads.", "Twenty years ago", "2005"),
    ("Inflation averaged 2.1 percent in 2024, down from 3.4 percent a year earlier.",
     "a year earlier", "2023"),
    ("The rules were tightened in 2021 and again the following year.", "the following year",
     "2022"),
    # -- durations and vague periods ----------------------------------------------------------
    ("Home prices have climbed 9 percent over the past year.", "the past year", "P1Y"),
    ("The currency has lost a third of its value in the last two years.",
     "the last two years", "P2Y"),
    ("Hundreds of clinics have closed in recent years.", "recent years", "PXY"),
    ("Bond yields have risen sharply in recent months.", "recent months", "PXM"),
    ("The strike lasted three weeks.", "three weeks", "P3W"),
    ("The drought has lasted 18 months.", "18 months", "P18M"),
    ("He served as mayor for a decade.", "a decade", "P10Y"),
    ("The walkout is the first in three decades.", "three decades", "P30Y"),
    ("Oil prices hit a two-year low on Tuesday.", "two-year", "P2Y"),
    ("The group plans to double output within five years.", "five years", "P5Y"),
    # -- reference words ----------------------------------------------------------------------
    ("The port is now handling twice as many containers.", "now", "PRESENT_REF"),
    ("The airline currently operates 60 aircraft.", "currently", "PRESENT_REF"),
    # -- calendar dates, months, years --------------------------------------------------------
    ("The ban was lifted on Oct. 3.", "Oct. 3", "2025-10-03"),
    ("The trial opened Sept. 12 in Boston.", "Sept. 12", "2025-09-12"),
    ("The firm reported a net loss for the year ended Dec. 31.", "the year ended Dec. 31",
     "2024-01-01/2024-12-31"),  # a length up to a day: one stretch (session 9)
    ("The group will hold its annual meeting on Nov. 20.", "Nov. 20", "2025-11-20"),
    ("The new law will take effect on Jan. 1.", "Jan. 1", "2026-01-01"),
    ("Applications closed on Sept. 30, 2025.", "Sept. 30, 2025", "2025-09-30"),
    ("The index closed at a record high on 7 October.", "7 October", "2025-10-07"),
    ("The minister resigned on 2 October 2025.", "2 October 2025", "2025-10-02"),
    ("Posted: Fri, 03 Oct 2025 14:02 GMT", "Fri, 03 Oct 2025", "2025-10-03"),
    ("The company was fined $5 million in March.", "March", "2025-03"),
    ("Production will restart in January.", "January", "2026-01"),
    ("The talks stalled in mid-September.", "mid-September", "2025-09"),
    ("The merger was announced in January 2023.", "January 2023", "2023-01"),
    ("Sales rose 4% in the second quarter of 2024.", "the second quarter of 2024", "2024-Q2"),
    ("The treaty was signed in 1972.", "1972", "1972"),
    ("Officials said the bridge would reopen by mid-2026.", "mid-2026", "2026"),
    ("The utility posted a loss in fiscal 1998.", "fiscal 1998", "FY1998"),
    ("Unemployment peaked in the summer of 2020.", "the summer of 2020", "2020-SU"),
    # -- decades and centuries ----------------------------------------------------------------
    ("Exports have tripled since the 1990s.", "the 1990s", "199"),
    ("The chain grew quickly in the mid-1990s.", "the mid-1990s", "199"),
    ("The region was a war zone in the early 1980s.", "the early 1980s", "198"),
    ("The project was first proposed in the 1970s.", "the 1970s", "197"),
    ("The dispute dates back to the 19th century.", "the 19th century", "18"),
    # -- times of day on the DCT --------------------------------------------------------------
    ("Voting ended at 3 p.m., officials said.", "3 p.m.", "2025-10-08T15:00"),
    ("The blast occurred at 15:30 GMT.", "15:30 GMT", "2025-10-08T15:30"),
    ("The bank will publish its rate decision at 12:00 GMT.", "12:00 GMT",
     "2025-10-08T12:00"),
    # -- a second batch: vague spans, counted words, decades in words, RSS stamps, fiscal years
    ("Rents have doubled over the past two weeks.", "the past two weeks", "P2W"),
    ("The currency has weakened over the last several years.", "the last several years", "PXY"),
    ("Fuel costs have jumped in the past few months.", "the past few months", "PXM"),
    ("The plant was sold several years ago.", "several years ago", "PAST_REF"),
    ("The ship left port a few days ago.", "a few days ago", "PAST_REF"),
    ("The May 5 elections were peaceful.", "May 5", "2025-05-05"),
    ("Shares climbed in mid-October trading.", "mid-October", "2025-10"),
    ("The retailer will cut prices later this year.", "later this year", "2025"),
    ("Aid will keep arriving over the next few days.", "the next few days", "PXD"),
    ("The company was founded in 1995 and went public the same year.", "the same year", "1995"),
    ("The police said the man was arrested the previous day.", "the previous day", "2025-10-07"),
    ("Fighting resumed three days ago.", "three days ago", "2025-10-05"),
    ("The grid was down for 48 hours.", "48 hours", "PT48H"),
    ("Two people died in the past 24 hours.", "the past 24 hours", "PT24H"),
    ("Prices rose 6 percent in the last 12 months.", "the last 12 months", "P12M"),
    ("It was the first strike in 20 years.", "20 years", "P20Y"),
    ("The airline announced a month-long sale.", "month-long", "P1M"),
    ("The state issued a 10-year bond.", "10-year", "P10Y"),
    ("Growers expect a poor harvest this spring.", "this spring", "2025-SP"),
    ("The ban took effect on Oct 3.", "Oct 3", "2025-10-03"),
    ("The vote took place on October 3rd.", "October 3rd", "2025-10-03"),
    ("The envoy arrived on Thursday, October 2, 2025.", "Thursday, October 2, 2025", "2025-10-02"),
    ("Report dated 2025-10-02 from the ministry.", "2025-10-02", "2025-10-02"),
    ("Issued: 02 Oct 2025", "02 Oct 2025", "2025-10-02"),
    ("Filed Thu, 2 Oct 2025 09:15:00 +0000", "Thu, 2 Oct 2025", "2025-10-02"),
    ("Sales in October 2025 were flat.", "October 2025", "2025-10"),
    ("Sales fell in Oct. 2024.", "Oct. 2024", "2024-10"),
    ("The stadium opened in summer 2024.", "summer 2024", "2024-SU"),
    ("The law dates from the year 2000.", "2000", "2000"),  # "the year": a frame (guide)
    ("The label was famous in the nineties.", "the nineties", "199"),
    ("The band was formed in the sixties.", "the sixties", "196"),
    ("The tower was built in the 1990's.", "the 1990's", "199"),
    ("Tech stocks soared in the 2010s.", "the 2010s", "201"),
    ("The debt doubled during the last decade.", "the last decade", "P10Y"),
    ("Costs have tripled over the past three decades.", "the past three decades", "P30Y"),
    ("Revenue for the current year is seen at $2 billion.", "the current year", "2025"),
    ("Output shrank in the previous quarter.", "the previous quarter", "2025-Q3"),
    ("The talks were held the following week.", "the following week", "2025-W42"),
    ("The budget deficit widened from the previous year.", "the previous year", "2024"),
    ("Inflation will slow over the next two years.", "the next two years", "P2Y"),
    ("The firm posted a profit in fiscal 2025.", "fiscal 2025", "FY2025"),
    ("The plan covers fiscal year 2026.", "fiscal year 2026", "FY2026"),
    ("Revenue in FY2024 rose 8 percent.", "FY2024", "FY2024"),
    ("Revenue rose in Q3 2025.", "Q3 2025", "2025-Q3"),
    ("Orders rose in the third quarter of this year.", "the third quarter of this year", "2025-Q3"),
    ("The rebels attacked Friday afternoon.", "Friday afternoon", "2025-10-03TAF"),
    ("The subsidy will be cut early next month.", "early next month", "2025-11"),
    ("The cabinet meets each week.", "each week", "P1W"),
    ("The agency publishes the data every month.", "every month", "P1M"),
    ("The club was relegated in the 2023-24 season.", "2023-24", "2023-07/2024-06"),
    ("The factory was shut a day earlier.", "a day earlier", "2025-10-07"),
    # -- a third batch: Reuters clock times, end-/first-half forms, counted 'in the month'
    ("Home sales rose 5 percent in the past 12 months.", "the past 12 months", "P12M"),
    ("Profit rose in the first nine months of the year.", "the first nine months of the year",
     "2025-01/2025-09"),
    ("Rainfall this month is below average.", "this month", "2025-10"),
    ("Three people were hurt over the past weekend.", "the past weekend", "2025-W40-WE"),
    ("The plant will close in two years.", "two years", "P2Y"),
    ("Shares have risen since the start of the year.", "the start of the year", "2025"),
    ("Debt rose sharply at the end of last year.", "the end of last year", "2024"),
    ("The fee rises at the beginning of next month.", "the beginning of next month", "2025-11"),
    ("Police cleared the camp Tuesday evening.", "Tuesday evening", "2025-10-07TEV"),
    ("Trading opens at 10 a.m. EDT.", "10 a.m. EDT", "2025-10-08T10:00"),
    ("The market closed at 2:30 p.m. ET.", "2:30 p.m. ET", "2025-10-08T14:30"),
    ("The data will be released at 0900 GMT.", "0900 GMT", "2025-10-08T09:00"),
    ("Fighting stopped at 1400 GMT on Tuesday.", "1400 GMT", "2025-10-07T14:00"),
    ("The bank will cut its payroll by end-June 2026.", "end-June 2026", "2026-06"),
    ("The rule expires at end-March.", "end-March", "2026-03"),
    ("Revenue jumped in first-half 2025.", "first-half 2025", "2025-H1"),
    ("The vote was held on December 31st, 2024.", "December 31st, 2024", "2024-12-31"),
    ("The ship docked on the 31st of December.", "the 31st of December", "2024-12-31"),
    ("The fair ran Oct 3-5 in Frankfurt.", "Oct 3-5", "2025-10-03/2025-10-05"),
    ("The envoy met the king on Sept 12.", "Sept 12", "2025-09-12"),
    ("The envoy met the king on Sep 12.", "Sep 12", "2025-09-12"),
    ("The accord was signed on 3rd of October.", "3rd of October", "2025-10-03"),
    ("The summit opened Thursday 2 October in Rome.", "Thursday 2 October", "2025-10-02"),
    ("The tanker arrived on 2 Oct with grain.", "2 Oct", "2025-10-02"),
    ("The order was dated 02.10.2025.", "02.10.2025", "2025-10-02"),
    ("Six people died in the past 48 hours.", "the past 48 hours", "PT48H"),
    ("The region suffered a decade-long war.", "decade-long", "P10Y"),
    ("The bank unveiled a five-year plan.", "five-year", "P5Y"),
    ("The repairs will be done within a year.", "a year", "P1Y"),
    ("The plant will reopen in a week.", "a week", "P1W"),
    ("The stores were shut on Christmas Day 2024.", "Christmas Day 2024", "2024-12-25"),
    ("The minister will speak later in the week.", "later in the week", "2025-W41"),
    ("Oil rose earlier in the month.", "earlier in the month", "2025-10"),
    ("The mill shut a week ago.", "a week ago", "2025-10-01"),  # the day seven days back
    ("The deal was agreed a month ago.", "a month ago", "2025-09-08"),
    ("Profits peaked in late 2024.", "late 2024", "2024"),
    ("The strike began late Monday.", "late Monday", "2025-10-06"),
    ("The firm was founded in the year 1998.", "1998", "1998"),
    ("The contract runs until 2030.", "2030", "2030"),
    ("The census was carried out in April and May.", "April and May", "2025-04/2025-05"),
    ("The lake froze in the winter of 2021-22.", "the winter of 2021-22", "2021-WI"),
    ("Inflation eased in the fourth quarter of last year.", "the fourth quarter of last year",
     "2024-Q4"),
    ("Sales rose in 1Q 2025.", "1Q 2025", "2025-Q1"),
    ("The firm will hire 500 people this quarter.", "this quarter", "2025-Q4"),
    ("The report covers the 2024-2025 period.", "2024-2025", "2024/2025"),
    ("The talks went on until midnight.", "midnight", "2025-10-08T24:00"),
    ("The rally was held on Saturday afternoon.", "Saturday afternoon", "2025-10-04TAF"),
    ("The president said on Tuesday night that he would veto the bill.", "Tuesday night",
     "2025-10-07TNI"),
    ("This year's budget is the largest ever.", "This year", "2025"),
    ("Next week's vote will be close.", "Next week", "2025-W42"),
    ("The fund has grown in each of the past five years.", "the past five years", "P5Y"),
    ("Output has dropped for three consecutive months.", "three consecutive months", "P3M"),
    ("The firm has operated there for more than 30 years.", "30 years", "P30Y"),
    ("The program will end March 31, officials said.", "March 31", "2026-03-31"),
    # -- a fourth batch: present-tense schedules point forward ('The trial begins Monday')
    ("The trial begins Monday in Chicago.", "Monday", "2025-10-13"),
    ("The strike starts Friday unless a deal is reached.", "Friday", "2025-10-10"),
    ("The museum opens Saturday after a long refit.", "Saturday", "2025-10-11"),
    ("Voters go to the polls Sunday.", "Sunday", "2025-10-12"),
    ("The leaders meet Thursday in Paris.", "Thursday", "2025-10-09"),
    ("The court is due to rule on Friday.", "Friday", "2025-10-10"),
    ("The president is set to visit Kenya on Monday.", "Monday", "2025-10-13"),
    ("The meeting is scheduled for Friday.", "Friday", "2025-10-10"),
    ("The company plans to announce the results Tuesday.", "Tuesday", "2025-10-14"),
    ("The team plays Arsenal on Saturday.", "Saturday", "2025-10-11"),
    ("He was released on bail Friday.", "Friday", "2025-10-03"),
    ("The minister resigned on Monday.", "Monday", "2025-10-06"),
    ("Officials said Tuesday that the fire was under control.", "Tuesday", "2025-10-07"),
    ("The vote takes place on Nov. 4.", "Nov. 4", "2025-11-04"),
    ("The festival takes place in December.", "December", "2025-12"),
    ("The contract expires in March.", "March", "2026-03"),
    ("A ruling is expected in January.", "January", "2026-01"),
    ("The rate was raised in July.", "July", "2025-07"),
    ("Elections are due in February.", "February", "2026-02"),
    ("Talks resume on Oct. 20.", "Oct. 20", "2025-10-20"),
    ("The findings will be published in the spring.", "the spring", "2026-SP"),
    ("The law comes into force on Jan. 1.", "Jan. 1", "2026-01-01"),
    # -- a fifth batch: 'from now', 'over the summer', 'the year to March', parts of months
    # the samples guide: "the same period ..." is one expression (the stretch compared, or
    # the year told when the text gave none)
    ("Sales rose from the same period a year earlier.", "the same period a year earlier",
     "2024"),
    # (session 19: "this time last year" is one expression, the reference's day a year back)
    ("Prices are higher than this time last year.", "this time last year", "2024-10-08"),
    ("The dam will be finished two years from now.", "two years from now", "2027"),
    ("The report is due in two weeks' time.", "two weeks", "P2W"),
    ("The company went bankrupt a decade ago.", "a decade ago", "2015"),
    ("The blast hit in the early hours of Monday.", "Monday", "2025-10-06"),
    ("The vote was held at the weekend.", "the weekend", "2025-W40-WE"),
    ("The deal should be signed at the end of the week.", "the end of the week", "2025-W41"),
    ("A decision is due by the end of next week.", "the end of next week", "2025-W42"),
    ("The network will be built by the end of the decade.", "the end of the decade", "202"),
    ("Hiring slowed over the summer.", "the summer", "2025-SU"),
    # a week of a month is its days, one expression (session 11; was the month alone)
    ("The talks were held in the first week of October.", "the first week of October",
     "2025-10-01/2025-10-07"),
    ("The ban was lifted in the second week of March.", "the second week of March",
     "2025-03-08/2025-03-14"),
    ("Cases rose in the last week of September.", "the last week of September",
     "2025-09-24/2025-09-30"),
    ("The ruling is expected early next week.", "early next week", "2025-W42"),
    ("The ceasefire collapsed late last week.", "late last week", "2025-W40"),
    ("The firm cut its forecast earlier this year.", "earlier this year", "2025"),
    ("Prices climbed midweek.", "midweek", "2025-W41"),
    ("The shares rose in the month of May.", "May", "2025-05"),
    ("Profit fell in the year to March.", "the year to March", "2024-04/2025-03"),
    ("Output rose in the 12 months to September.", "the 12 months to September",
     "2024-10/2025-09"),
    ("The bank posted a loss for the year ended Sept. 30, 2025.", "the year ended Sept. 30, 2025",
     "2024-10-01/2025-09-30"),
    ("Oil slid on Monday, Oct. 6.", "Monday, Oct. 6", "2025-10-06"),
    ("The talks lasted well into the night on Sunday.", "Sunday", "2025-10-05"),
    ("The agency raised its forecast for 2026 and 2027.", "2026 and 2027", "2026/2027"),
    ("The plant produced 2,000 tons in 2024 and 2,500 tons in 2025.", "2024", "2024"),
    ("The band toured in 2019-2020.", "2019-2020", "2019/2020"),
    ("The inquiry ran from 2018 to 2021.", "2018 to 2021", "2018/2021"),
    ("The survey was carried out between January and March.", "January and March",
     "2025-01/2025-03"),
    ("The 2024 election was close.", "2024", "2024"),
    ("Shares hit a 52-week high.", "52-week", "P52W"),
    ("The company was founded in 1890.", "1890", "1890"),
    ("Profit rose in the July-September quarter.", "the July-September quarter", "2025-Q3"),
    ("Growth slowed in the second half of last year.", "the second half of last year", "2024-H2"),
    ("The index closed Monday at a record.", "Monday", "2025-10-06"),
    ("The airline will resume flights on Oct. 15.", "Oct. 15", "2025-10-15"),
    ("The minister said last week that talks would resume next month.", "next month", "2025-11"),
    ("The minister said last week that talks would resume next month.", "last week", "2025-W40"),
    ("The firm has been in talks since August.", "August", "2025-08"),
    ("The deal, announced in September, closed this week.", "September", "2025-09"),
    ("The offer runs through Dec. 31.", "Dec. 31", "2025-12-31"),
    ("The museum is open until Sunday.", "Sunday", "2025-10-12"),
    ("Applications are open through Friday.", "Friday", "2025-10-10"),
    # -- fiscal quarters and halves (TimeBank: FY2025-Q1)
    ("Revenue rose in the first quarter of fiscal 2025.", "the first quarter of fiscal 2025",
     "FY2025-Q1"),
    ("Losses narrowed in the second half of fiscal year 2024.",
     "the second half of fiscal year 2024", "FY2024-H2"),
    ("Revenue rose in the first quarter of 2025.", "the first quarter of 2025", "2025-Q1"),
    ("Sales fell in the first six months of fiscal 2025.", "the first six months of fiscal 2025",
     "2025-01/2025-06"),
]


# Around the turn of the year: DCT Monday 5 January 2026 (ISO week 2026-W02).
DCT_NEW_YEAR = date(2026, 1, 5)
CASES_NEW_YEAR: list[tuple[str, str, str]] = [
    ("Retail sales surged in December.", "December", "2025-12"),
    ("The plant closed last month.", "last month", "2025-12"),
    ("The talks collapsed last week.", "last week", "2026-W01"),
    ("The vote was held on Friday.", "Friday", "2026-01-02"),
    ("The firm will report earnings next week.", "next week", "2026-W03"),
    ("The rule took effect on Jan. 1.", "Jan. 1", "2026-01-01"),
    ("The fire broke out on Dec. 30.", "Dec. 30", "2025-12-30"),
    ("Growth slowed in the fourth quarter.", "the fourth quarter", "2025-Q4"),
    ("Profits fell last year.", "last year", "2025"),
    ("The bank expects a rebound this year.", "this year", "2026"),
    ("Prices rose 3 percent in the past year.", "the past year", "P1Y"),
    ("The deadline is Jan. 31.", "Jan. 31", "2026-01-31"),
    ("The show closed on Dec. 31.", "Dec. 31", "2025-12-31"),
    ("Snow fell last winter.", "last winter", "2024-WI"),
    ("Heavy snow fell this winter.", "this winter", "2025-WI"),
    ("Yesterday, the minister resigned.", "Yesterday", "2026-01-04"),
    ("The envoy arrived Sunday night.", "Sunday night", "2026-01-04TNI"),
    ("Two weeks ago, the mine flooded.", "Two weeks ago", "2025-12-22"),
]


# No DATE: ages and temperatures in decade words, weekday words in names, scores, product and
# route numbers, per-week rates.
TRAPS: list[str] = [
    "The singer, who is in her sixties, toured Europe.",
    "Temperatures stayed in the thirties, forecasters said.",
    "The Sun, a tabloid, ran the story on its front page.",
    "Sat next to the minister was the envoy.",
    "Pilots logged 1500 hours of flight time.",
    "The now-defunct airline owed $2 billion.",
    "The strike ended over the holidays.",
    "The team won 2-1 in extra time.",
    "The airline ordered 40 Boeing 737 jets and 12 Airbus A320 planes.",
    "Stores opened early for Black Friday deals.",
    "He spent 1999 dollars on a ticket.",
    "The software runs on Windows 2000 machines.",
    "The patient was admitted at 10 o'clock.",
    "Route 2020 links the two towns.",
    "The H1N1 virus spread quickly.",
    "The 1st Infantry Division was deployed.",
    "Veterans of World War II gathered in Normandy.",
    "The bill passed 52-48 in the Senate.",
    "The hotline is open 24/7.",
    "Call 555-2019 for details.",
    "The stock closed at 20.19 dollars.",
    "The score was 2019 points.",
    "Flight 2023 landed safely.",
    "About 2,024 people attended.",
    "The Fed may raise rates again.",
    "May Day rallies drew thousands.",
    "Protesters staged a march on parliament.",
    "The regulator's decision came on the eve of the vote.",
    "Prices were flat year-on-year.",
    "The index rose 3 percent week-on-week.",
]


def _found(results: list[tuple[int, int, dict[str, Any]]], text: str) -> dict[str, Any]:
    return {text[s:e]: v for s, e, v in results}


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}@{i}" for i, c in enumerate(CASES)])
def test_newswire_value(tagger: DateTagger, nlp: Language, case: tuple[str, str, str]) -> None:
    text, span, timex = case
    found = _found(tagger.tag(text, DCT, clock_times=True), text)
    assert span in found, f"{span!r} not found in {text!r}; found {list(found)}"
    assert found[span]["timex"] == timex, (span, found[span])
    doc = nlp.make_doc(text)  # the same through the component on a driver-made doc
    doc.user_data[TEXT_KEY] = text
    doc._.reference_date = DCT
    ents = {ent.text: ent._.normalized for ent in nlp(doc).ents if ent.label_ == "DATE"}
    assert span in ents and ents[span]["timex"] == timex, (span, ents)


@pytest.mark.parametrize("case", CASES_NEW_YEAR, ids=[c[1] for c in CASES_NEW_YEAR])
def test_new_year_value(tagger: DateTagger, case: tuple[str, str, str]) -> None:
    text, span, timex = case
    found = _found(tagger.tag(text, DCT_NEW_YEAR, clock_times=True), text)
    assert span in found and found[span]["timex"] == timex, (span, found)


@pytest.mark.parametrize("text", TRAPS)
def test_newswire_trap(tagger: DateTagger, text: str) -> None:
    found = _found(tagger.tag(text, DCT, clock_times=True), text)
    assert found == {}


def test_table_is_large() -> None:
    assert len(CASES) >= 100
