"""Session 11 news-wire forms, by table: "into" before a month or season, "year-end" only
after a preposition (a modifier otherwise), "the month before", a month between a determiner
and a noun ("its January estimate"), weeks and counted days of a month ("the second week of
February", "the first 10 days of March"), a stretch of months with its frame words ("the
October-December period of 2025") and a bare "the same period" (the stretch the text just
gave), ranges with shared parts ("the third and fourth quarters", "March 3, 4 and 5"), and a
verb that moves a date later ("postponed until March 30"): the date is ahead; a clock time
before a date ("10:02 August 12, 2026"), a phone number's first group ("on 1800 595 160"), a
split year before a season noun ("the 2025/26 marketing season": July-June).
Every sentence is our own wording.
"""

from __future__ import annotations

from typing import Any

import pytest
from date_paths import assert_value_on_every_path, publisher_style_tests
from spacy.language import Language

from pressparse.temporal.tagger import DateTagger


def _at(timex: str, start: str, end: str | None = None) -> dict[str, Any]:
    """The expected TIMEX3 value and calendar stretch."""
    return {"timex": timex, "start": start, "end": end or start}


MAR = "2026-03-12"  # a Thursday
MAY = "2026-05-21"

# (group, DCT, text, span, expected)
CASES: list[tuple[str, str | None, str, str, dict[str, Any]]] = [
    # -- "into" a month or season
    ("into", MAR, "Wage talks at the steelmaker dragged on into March without a deal.",
     "March", _at("2026-03", "2026-03-01", "2026-03-31")),
    ("into", MAR, "Traders expect gas prices to stay high well into the summer, the agency said.",
     "the summer", _at("2026-SU", "2026-06-01", "2026-08-31")),
    # -- "year-end" / "year end" after a preposition
    ("year-end", MAR, "The lender expects to hire 500 more staff by year end, its chief said.",
     "year end", _at("2026", "2026-12-01", "2026-12-31")),
    ("year-end", MAR, "The utility said the sale should close by year-end, pending approval.",
     "year-end", _at("2026", "2026-12-01", "2026-12-31")),
    ("year-end", MAR, "Analysts see the benchmark rate at 3.5% at the year-end.",
     "year-end", _at("2026", "2026-12-01", "2026-12-31")),
    # -- "the month before": the month before the one the text gave
    ("month before", MAR, "Retail sales fell 0.8% in February after rising 1.1% the month "
     "before, the statistics office said.",
     "the month before", _at("2026-01", "2026-01-01", "2026-01-31")),
    # -- a month between a determiner and a noun
    ("determiner", MAY, "Conab raised its forecast for the coffee crop by 6% from its January "
     "estimate of 55.3 million bags.",
     "January", _at("2026-01", "2026-01-01", "2026-01-31")),
    ("determiner", MAY, "The ministers will settle the budget rules at their October summit in "
     "Brussels.",
     "October", _at("2026-10", "2026-10-01", "2026-10-31")),
    ("determiner", MAY, "The carmaker stood by its February guidance despite the tariffs.",
     "February", _at("2026-02", "2026-02-01", "2026-02-28")),
    # -- a date modifying the subject of a future cue a few words on
    ("attributive", MAR, "The Nov. 3 election will decide control of both chambers.",
     "Nov. 3", _at("2026-11-03", "2026-11-03")),
    ("attributive", MAR, "Officials said the Nov. 3 vote is expected to be close.",
     "Nov. 3", _at("2026-11-03", "2026-11-03")),
    ("attributive", MAR, "The March 3 attack, which will be investigated, killed 12 people.",
     "March 3", _at("2026-03-03", "2026-03-03")),
    # -- "earlier in the week" up to the reference, "later in the month" from it
    ("clipped", MAR, "The bill cleared the lower house earlier in the week.",
     "earlier in the week", {"start": "2026-03-09", "end": "2026-03-12"}),
    ("clipped", MAR, "The upper house will vote on the bill later in the month.",
     "later in the month", {"start": "2026-03-12", "end": "2026-03-31"}),
    # -- weeks and counted days of a month
    ("month days", MAR, "The refinery was shut in the second week of February after a fire.",
     "the second week of February", _at("2026-02-08/2026-02-14", "2026-02-08", "2026-02-14")),
    ("month days", MAR, "The first week of April will bring the new tariffs into force.",
     "The first week of April", _at("2026-04-01/2026-04-07", "2026-04-01", "2026-04-07")),
    ("month days", MAR, "Exports rose 4.1% in the first 10 days of March, customs data showed.",
     "the first 10 days of March", _at("2026-03-01/2026-03-10", "2026-03-01", "2026-03-10")),
    ("month days", MAR, "Holiday sales slumped in the last week of December 2025, the group said.",
     "the last week of December 2025",
     _at("2025-12-25/2025-12-31", "2025-12-25", "2025-12-31")),
    ("month days", MAR, "Power prices jumped in the final 10 days of February as winds dropped.",
     "the final 10 days of February",
     _at("2026-02-19/2026-02-28", "2026-02-19", "2026-02-28")),
    ("month days", MAR, "Store sales in the first two weeks of March were up 5%, the chain said.",
     "the first two weeks of March", _at("2026-03-01/2026-03-14", "2026-03-01", "2026-03-14")),
    # -- a stretch of months with its frame words and year
    ("month period", MAR, "Factory output fell 1.2% in the October-December period of 2025.",
     "the October-December period of 2025", _at("2025-10/2025-12", "2025-10-01", "2025-12-31")),
    ("month period", MAR, "The ministry expects exports to pick up in the April-June period.",
     "the April-June period", _at("2026-04/2026-06", "2026-04-01", "2026-06-30")),
    ("month period", "1989-10-30", "Output fell in the October-December period of 1988.",
     "the October-December period of 1988", _at("1988-10/1988-12", "1988-10-01", "1988-12-31")),
    # -- ranges with shared parts: ordinals of one unit, two seasons, a list of days, a
    # written year at the first end only
    ("shared parts", MAR, "Sales rose in the third and fourth quarters, the retailer said.",
     "the third and fourth quarters", _at("2025-Q3/2025-Q4", "2025-07-01", "2025-12-31")),
    ("shared parts", MAR, "Margins narrowed in the first and second halves of 2025.",
     "the first and second halves of 2025", _at("2025-H1/2025-H2", "2025-01-01", "2025-12-31")),
    ("shared parts", MAR, "Prices rose sharply in the spring and summer of 2025.",
     "the spring and summer of 2025", _at("2025-SP/2025-SU", "2025-03-01", "2025-08-31")),
    ("shared parts", MAR, "Hundreds of flights were cancelled on March 3, 4 and 5.",
     "March 3, 4 and 5", _at("2026-03-03/2026-03-05", "2026-03-03", "2026-03-05")),
    ("shared parts", MAR, "The talks will be held on 14, 15 and 16 April 2026 in Geneva.",
     "14, 15 and 16 April 2026", _at("2026-04-14/2026-04-16", "2026-04-14", "2026-04-16")),
    ("shared parts", MAR, "The clearance sale ran from Dec. 26, 2025, to Jan. 4.",
     "Dec. 26, 2025, to Jan. 4", _at("2025-12-26/2026-01-04", "2025-12-26", "2026-01-04")),
    ("shared parts", MAR, "The farmers' markets met on March 3, 10 and 17 this year.",
     "March 3", _at("2026-03-03", "2026-03-03")),
    # -- a bare "the same period": the stretch the text just gave
    ("same period", "2026-07-20", "Rotterdam handled 6.7 million containers in the first half, "
     "down 3%, while rival Hamburg reported a 2.1% gain for the same period.",
     "the same period", _at("2026-H1", "2026-01-01", "2026-06-30")),
    ("same period", "2026-07-20", "Exports rose 4% in January-May, and imports rose 3% over the "
     "same period.",
     "the same period", _at("2026-01/2026-05", "2026-01-01", "2026-05-31")),
    ("same period", "2026-07-15", "Container volumes at the port fell 1.8% in the first half. "
     "Freight rates are more than double the level of early 2024. In April, the port said "
     "volumes could stabilize in the second half of 2026. A rival port reported a 2.1% gain "
     "for the same period.",
     "the same period", _at("2026-H1", "2026-01-01", "2026-06-30")),
    # ... the stretch of the sentence just before it, before the lead's (session 14)
    ("same period", "2025-10-07", "Gendarmerie forces detained 312 suspects last week, the "
     "ministry said on Tuesday. They have seized 43.8 tons of drugs since the beginning of "
     "the year, 26 percent more than in the same period last year. Assets worth 42.6 million "
     "liras were also seized in the same period.", "the same period",
     {"start": "2025-01-01", "end": "2025-10-07"}),
    # -- an expectation's deadline: a noun after a quantifier is no past verb ("one more cut")
    ("deadline", "2026-03-05", "Economists said they expected one more cut of 25 basis points "
     "by the third quarter.",
     "the third quarter", _at("2026-Q3", "2026-07-01", "2026-09-30")),
    ("deadline", "2026-03-05", "Traders expect a rate cut by the third quarter, a poll showed.",
     "the third quarter", _at("2026-Q3", "2026-07-01", "2026-09-30")),
    ("deadline", MAR, "The jobless rate was 3.5% in the third quarter, the agency said.",
     "the third quarter", _at("2025-Q3", "2025-07-01", "2025-09-30")),
    # -- the edge of a quarter: its end is its last month, its start the quarter
    ("quarter edge", "1998-02-27", "The bank expects the economy to rebound by the end of the "
     "first quarter.",
     "the end of the first quarter", _at("1998-Q1", "1998-03-01", "1998-03-31")),
    ("quarter edge", MAR, "Inventories were unusually high at the close of the fourth quarter.",
     "the close of the fourth quarter", _at("2025-Q4", "2025-12-01", "2025-12-31")),
    ("quarter edge", MAR, "Orders picked up at the start of the third quarter of 2025.",
     "the start of the third quarter of 2025", _at("2025-Q3", "2025-07-01", "2025-09-30")),
    # -- "a year earlier" counts from the text's own period, not from a comparison's anchor
    # in an earlier sentence ("since December"); in the anchor's own sentence it does. It
    # keeps the extent of the stretch it counts from (guide, settled in session 14)
    ("counted", "2024-07-23", "Home sales fell 5.4% last month. That was the slowest pace "
     "since December. The median price rose 4.1% from a year earlier to $426,900.",
     "a year earlier", _at("2023-06", "2023-06-01", "2023-06-30")),
    ("counted", "2026-03-18", "The rate is at its highest since mid-2006, when the bank was "
     "still cutting from a peak set a year earlier.",
     "a year earlier", _at("2005", "2005-01-01", "2005-12-31")),
    # -- a verb moving a date later: the new date is ahead, whatever the verb's tense
    ("deferral", MAR, "The deadline for the tax filings was extended to the end of June.",
     "the end of June", {"start": "2026-06-30", "end": "2026-06-30"}),
    ("deferral", MAR, "The launch of the new rocket has been pushed back to February.",
     "February", _at("2027-02", "2027-02-01", "2027-02-28")),
    ("deferral", "2026-11-20", "Lawmakers extended the stopgap budget through Dec. 19, "
     "averting a shutdown.",
     "Dec. 19", _at("2026-12-19", "2026-12-19")),
    ("deferral", MAR, "The vote on the merger was postponed until March 30, the board said.",
     "March 30", _at("2026-03-30", "2026-03-30")),
    # -- a clock time before a date is no day of it ("10:02 August 12": no "02 August")
    ("clock first", None, "All Headlines  10:02 August 12, 2026\nSEOUL, Aug. 12 (Yonhap) -- "
     "Passenger numbers rose.", "August 12, 2026", _at("2026-08-12", "2026-08-12")),
    ("clock first", None, "Posted 09:15 March 3, 2026 | Markets", "March 3, 2026",
     _at("2026-03-03", "2026-03-03")),
    ("clock first", None, "Last updated 18:40 Oct. 7, 2025", "Oct. 7, 2025",
     _at("2025-10-07", "2025-10-07")),
    # -- a split year before a noun of a year over the turn of the calendar year
    ("split year", "2025-11-20", "Analysts raised their forecast for wheat exports in the "
     "2025/26 marketing season by 0.5 million tons.",
     "2025/26", _at("2025-07/2026-06", "2025-07-01", "2026-06-30")),
    ("split year", "2025-11-20", "The country exported a record 55.5 million tons of grain in "
     "the 2023/24 season.", "2023/24", _at("2023-07/2024-06", "2023-07-01", "2024-06-30")),
    ("split year", MAR, "Enrolment in state schools fell in the 2024-25 school year.",
     "2024-25", _at("2024-09/2025-08", "2024-09-01", "2025-08-31")),
    ("split year", MAR, "The coffee harvest of the 2024/2025 crop year was the smallest in a "
     "decade.", "2024/2025", _at("2024-07/2025-06", "2024-07-01", "2025-06-30")),
    ("two years", MAR, "The reform was carried out in 2018-2019, the ministry said.",
     "2018-2019", _at("2018/2019", "2018-01-01", "2019-12-31")),
    # -- "since" right before a day counts from a past one, though the clause is future
    ("since", "2026-02-10", "The decree will be published on Wednesday and will have "
     "retroactive effects since January 1.", "January 1", _at("2026-01-01", "2026-01-01")),
    # -- "to" before a figure's qualifier is no infinitive: "by" a day stays past
    ("by past", "2026-09-06", "It started Friday afternoon near a campground and had grown to "
     "about 12,000 acres by Saturday morning.", "Saturday morning",
     {"start": "2026-09-05", "end": "2026-09-05"}),
    ("by future", "2026-09-06", "Forecasters expect the fire to be contained by Saturday.",
     "Saturday", {"start": "2026-09-12", "end": "2026-09-12"}),
    # -- a deferral verb before a clock time and its day: the day is ahead
    ("deferral", "2026-09-06", "The weather service extended a red flag warning until 8 p.m. "
     "Tuesday, with humidity as low as 5%.", "Tuesday", {"start": "2026-09-08",
                                                          "end": "2026-09-08"}),
    # -- a year-less part compared with one the sentence just dated: the part before it
    ("compared part", "2026-06-04", "The commissioner received 595 notifications in the "
     "second half of 2025, up 9 per cent on the first half.", "the first half",
     {"start": "2025-01-01", "end": "2025-06-30"}),
    ("compared part", "2026-06-04", "Revenue in the first quarter of 2026 fell 4% from the "
     "fourth quarter, the company said.", "the fourth quarter",
     {"start": "2025-10-01", "end": "2025-12-31"}),
    ("compared part", "2026-06-04", "Sales in the second half of 2025 were weak, and the first "
     "half will be better.", "the first half", {"start": "2026-01-01", "end": "2026-06-30"}),
    # -- a date opening a reported clause takes the tense of the verb after it
    ("that clause", "2025-06-16", "It was agreed that in October the agency's experts will "
     "train 40 investigators.", "October", _at("2025-10", "2025-10-01", "2025-10-31")),
    ("that clause", "2025-06-16", "Officials said that on Friday the ministry will publish the "
     "list.", "Friday", _at("2025-06-20", "2025-06-20")),
    ("that clause", "2025-06-16", "He noted that in May the unit seized 3 kg, and it will "
     "report again.", "May", _at("2025-05", "2025-05-01", "2025-05-31")),
    # -- a month of delivery or shipment in commodity trade is ahead
    ("delivery month", "2025-11-20", "Prices for wheat for supply from Black Sea ports in "
     "December rose by $2 to $231 per ton last week.", "December",
     _at("2025-12", "2025-12-01", "2025-12-31")),
    ("delivery month", "2025-11-20", "Egypt bought 120,000 tons of wheat for shipment in "
     "January, traders said.", "January", _at("2026-01", "2026-01-01", "2026-01-31")),
    # -- a comparison with the previous season: the stretch just given, a year back
    ("season back", "2025-11-20", "Wheat exports from July 1 to Nov. 19 totalled 19.2 million "
     "tons, 9% below the same period of the previous season.",
     "the same period of the previous season", {"start": "2024-07-01", "end": "2024-11-19"}),
    ("season back", "2025-11-20", "Arrivals from August to October were up on the same period "
     "last season.", "the same period last season", {"start": "2024-08-01",
                                                     "end": "2024-10-31"}),
    # -- a winter written with both its years is one span
    ("split winter", MAR, "Gas demand peaked in the winter of 2024-25, the operator said.",
     "the winter of 2024-25", _at("2024-WI", "2024-12-01", "2025-02-28")),
    ("split winter", MAR, "Storage fell to a record low in winter 2025/26.", "winter 2025/26",
     _at("2025-WI", "2025-12-01", "2026-02-28")),
    # -- (session 12) planning told by a participle after the noun ("the seminar planned for
    # May"): the date is ahead
    ("planned for", MAR, "The seminar planned for May will bring together prosecutors from "
     "12 countries.", "May", _at("2026-05", "2026-05-01", "2026-05-31")),
    ("planned for", MAR, "A donor conference slated for June is still short of pledges, "
     "diplomats said.", "June", _at("2026-06", "2026-06-01", "2026-06-30")),
    # -- an act agreed on or intended ("agreed to hold", "a memorandum on holding"): the
    # nearer one, whatever the tense of the agreement
    ("intended", MAR, "A memorandum on holding a joint seminar for officers of the two "
     "countries in May was signed at the end of the meeting.", "May",
     _at("2026-05", "2026-05-01", "2026-05-31")),
    ("intended", MAR, "The two navies agreed to hold a joint search-and-rescue drill in "
     "April, the defence ministry said.", "April", _at("2026-04", "2026-04-01", "2026-04-30")),
    ("intended", MAR, "Both sides pledged to reopen the crossing in June.", "June",
     _at("2026-06", "2026-06-01", "2026-06-30")),
    ("intended", "2026-11-12", "In March the unions agreed to hold a ballot in May; turnout "
     "was 61%.", "May", _at("2026-05", "2026-05-01", "2026-05-31")),
    ("intended", MAR, "The two countries agreed to hold talks, which took place in May.",
     "May", _at("2025-05", "2025-05-01", "2025-05-31")),
    # -- a range between early/mid/late months: from the third of its first month to the
    # third of its last, as each end alone would be
    ("thirds range", MAR, "The festival will run from late June through early August.",
     "late June through early August", {"start": "2026-06-21", "end": "2026-08-10"}),
    ("thirds range", MAR, "Between early May and mid-June last year, police seized 40 kg.",
     "early May and mid-June last year", {"start": "2025-05-01", "end": "2025-06-20"}),
    ("thirds range", MAR, "The campaign ran from mid-January to the end of February.",
     "mid-January to the end of February", {"start": "2026-01-11", "end": "2026-02-28"}),
    ("thirds range", MAR, "Prices climbed from mid-2024 to early 2025, the survey found.",
     "mid-2024 to early 2025", _at("2024/2025", "2024-05-01", "2025-04-30")),
    ("thirds range", MAR, "Between early 2023 and late 2024, the navy seized 40 tonnes.",
     "early 2023 and late 2024", _at("2023/2024", "2023-01-01", "2024-12-31")),
    # -- "for" before a lone weekday: the day a thing is set for, the nearer one
    ("set for", "2026-08-04", "Wholesale power prices for Wednesday rose 31% to 132.50 euros "
     "per megawatt hour.", "Wednesday", _at("2026-08-05", "2026-08-05")),
    ("set for", "2026-08-04", "The airline cancelled 300 flights for Thursday as the strike "
     "spread.", "Thursday", _at("2026-08-06", "2026-08-06")),
    ("set for", "2026-08-04", "Sales for Monday were up 5%, the retailer said.", "Monday",
     _at("2026-08-03", "2026-08-03")),
    ("set for", "2026-08-04", "Police were searching for Wednesday's attackers.", "Wednesday",
     _at("2026-07-29", "2026-07-29")),
    # -- "the previous month": before the month reported on, not the last one named
    ("previous month", "2026-11-18", "Gasoline prices fell 6.8 per cent year-over-year in "
     "October after dropping 3.1 per cent in September. Excluding gasoline, the index rose "
     "2.6 per cent, matching the previous month.", "the previous month",
     _at("2026-09", "2026-09-01", "2026-09-30")),
    ("previous month", "2026-02-12", "Industrial output rose 1.4% in January, the statistics "
     "office said, after a 0.3% fall in December. Mining output was flat on the previous "
     "month.", "the previous month", _at("2025-12", "2025-12-01", "2025-12-31")),
    # ... a month not over by the reference is none reported on (a coming release's month)
    ("previous month", "2026-11-13", "The institute, which will publish November's figures on "
     "December 11, said a family of four needed 1.38 million pesos in October to stay above "
     "the poverty line, up 1.5% from the previous month.", "the previous month",
     _at("2026-09", "2026-09-01", "2026-09-30")),
    ("previous month", "2026-10-15", "Retail sales rose 0.8% in September. Economists expect "
     "October sales to slow, after a 1.2% gain the previous month.", "the previous month",
     _at("2026-08", "2026-08-01", "2026-08-31")),
    # -- "the week of March 23", "the week beginning 6 April": the seven days from that day
    ("week of", MAR, "Hotel bookings for the week of March 23 are up 40% on last year.",
     "the week of March 23", _at("2026-03-23/2026-03-29", "2026-03-23", "2026-03-29")),
    ("week of", MAR, "The carmaker will report results in the week beginning 6 April.",
     "the week beginning 6 April", _at("2026-04-06/2026-04-12", "2026-04-06", "2026-04-12")),
    ("week of", MAR, "Drug crime news from the regions: week of 23 February",
     "week of 23 February", _at("2026-02-23/2026-03-01", "2026-02-23", "2026-03-01")),
    ("week of", MAR, "Retail footfall in the week of Dec. 28, 2025 fell 4%.",
     "the week of Dec. 28, 2025", _at("2025-12-28/2026-01-03", "2025-12-28", "2026-01-03")),
    # -- a day.month with a dot after each, after a word of a limit ("valid till 31.03.")
    ("dotted limit", MAR, "The discount voucher is valid till 31.03.", "31.03",
     _at("2026-03-31", "2026-03-31")),
    ("dotted limit", MAR, "Applications must be filed before 30.04. at the latest.", "30.04",
     _at("2026-04-30", "2026-04-30")),
    # -- (session 12, round 2) a clock time after a dash is no day of a range
    ("clock after dash", "2026-09-15", "WIRE NEWS - Sep 15, 2026 - 13:07 | Asia, All",
     "Sep 15, 2026", _at("2026-09-15", "2026-09-15")),
    ("clock after dash", "2026-03-04", "Posted March 4, 2026 - 9:45 AM by the desk",
     "March 4, 2026", _at("2026-03-04", "2026-03-04")),
    # -- a date never runs over a line break, unless its line is wrapped prose
    ("line break", "2026-11-04", "Exports climb again in October\n04.11.2026, 11:36 Uhr",
     "October", _at("2026-10", "2026-10-01", "2026-10-31")),
    ("line break", "2026-11-04", "Exports climb again in October\n04.11.2026, 11:36 Uhr",
     "04.11.2026", _at("2026-11-04", "2026-11-04")),
    ("line break", "2026-11-05", "Customs seize record cocaine haul in October\n4 November 2026 "
     "| 10:15", "4 November 2026", _at("2026-11-04", "2026-11-04")),
    ("line break", "2026-11-05", "Customs officers at the port of Hamburg found 300 kg of "
     "cocaine hidden in a container on 12\nOctober 2026, the agency said on Thursday.",
     "12\nOctober 2026", _at("2026-10-12", "2026-10-12")),
    # -- a headline's "set to" (its verb dropped) is future wording
    ("set to", "2026-09-15", "Typhoon set to hit southern Kyushu Wednesday", "Wednesday",
     _at("2026-09-16", "2026-09-16")),
    ("set to", "2026-06-02", "Central bank poised to cut rates on Thursday", "Thursday",
     _at("2026-06-04", "2026-06-04")),
    # -- two weekdays as one stretch holding the reference day: this week's
    ("stretch now", "2026-09-15", "Airlines canceled 412 flights to and from the islands on "
     "Tuesday and Wednesday.", "Tuesday and Wednesday",
     _at("2026-09-15/2026-09-16", "2026-09-15", "2026-09-16")),
    ("stretch now", "2026-02-05", "The rail operator said it had added 40 extra trains on its "
     "busiest routes between Monday and Friday.", "Monday and Friday",
     _at("2026-02-02/2026-02-06", "2026-02-02", "2026-02-06")),
    # (a past verb right by the stretch tells its days are over: the last such stretch)
    ("stretch now", "2026-02-05", "From Tuesday to Friday, the inspectors checked 300 trucks.",
     "Tuesday to Friday", _at("2026-01-27/2026-01-30", "2026-01-27", "2026-01-30")),
    # -- a perfect passive is past wording
    ("perfect", "2026-07-07", "Since the start of the fishing season, on 1 September, 300 "
     "tonnes of cod have been landed at the port.", "1 September",
     _at("2025-09-01", "2025-09-01")),
    # -- "a week ago": the day seven days back
    ("week ago", "2026-12-03", "Traders priced in a 72% chance of a hike, up from 55% a week "
     "ago.", "a week ago", _at("2026-11-26", "2026-11-26")),
    ("week ago", "2026-12-03", "The benchmark yield stood at 1.1% one week ago.",
     "one week ago", _at("2026-11-26", "2026-11-26")),
    # -- "in H1": a half without its year after a period preposition
    ("bare half", "2026-08-27", "TOURIST ARRIVALS UP 14.6 PCT IN H1, RECEIPTS HIT RM58.3 BLN",
     "H1", _at("2026-H1", "2026-01-01", "2026-06-30")),
    ("bare half", "2026-02-20", "The lender expects margins to recover in H2, its chief said.",
     "H2", _at("2026-H2", "2026-07-01", "2026-12-31")),
    # -- a window of months ending on a day starts the day after that day, months back
    ("months ended", "2026-04-29", "Net profit rose 12% in the six months ended September 30, "
     "2025.", "the six months ended September 30, 2025",
     _at("2025-04-01/2025-09-30", "2025-04-01", "2025-09-30")),
    ("months ended", "2026-04-29", "Revenue fell in the six months to Feb. 28, 2026, the group "
     "said.", "the six months to Feb. 28, 2026",
     _at("2025-09-01/2026-02-28", "2025-09-01", "2026-02-28")),
    # -- a court's adjournment moves the date ahead, its object between
    ("adjourned", MAR, "The court adjourned the case to April 14, when the defendants are due "
     "to enter pleas.", "April 14", _at("2026-04-14", "2026-04-14")),
    ("adjourned", MAR, "The magistrate remanded both men in custody until April 2.", "April 2",
     _at("2026-04-02", "2026-04-02")),
    # -- "the previous December": the December before the month the text gave
    ("previous month name", "2026-01-08", "The jobless rate fell to 3.9% in December, its "
     "lowest since the previous December.", "the previous December",
     _at("2024-12", "2024-12-01", "2024-12-31")),
    ("previous month name", "2026-01-08", "Output peaked in March 2025; prices had bottomed "
     "out in the previous November.", "the previous November",
     _at("2024-11", "2024-11-01", "2024-11-30")),
    ("following month name", "2026-01-08", "The plant opened in March 2025 and reached full "
     "output the following December.", "the following December",
     _at("2025-12", "2025-12-01", "2025-12-31")),
    ("following season", "2026-01-08", "The drought began in July 2024 and eased only the "
     "following spring.", "the following spring", _at("2025-SP", "2025-03-01", "2025-05-31")),
    # -- a passive infinitive tells a coming act ("a package to be rolled out in ...")
    ("to be done", "2026-05-12", "The Cabinet on Tuesday approved a stimulus package to be "
     "rolled out in the second half of the year.", "the second half of the year",
     _at("2026-H2", "2026-07-01", "2026-12-31")),
    ("to be done", "2026-05-14", "The suspects, believed to be linked to a shipment seized in "
     "March, were detained.", "March", _at("2026-03", "2026-03-01", "2026-03-31")),
    ("to be done", "2026-05-14", "Residents had to be evacuated on Sunday as the river rose.",
     "Sunday", _at("2026-05-10", "2026-05-10")),
    # -- "is forecast" (a forecast's passive) is future wording
    ("forecast", "2026-10-20", "Heavy rain is forecast from Wednesday through the weekend.",
     "the weekend", _at("2026-W43-WE", "2026-10-24", "2026-10-25")),
    # -- a weekday after a verb's object is a date ("in a statement Wednesday")
    ("generic", "2026-10-07", "The companies said in a statement Tuesday that talks had ended.",
     "Tuesday", _at("2026-10-06", "2026-10-06")),
    # -- session 13: the dot after a year-first dotted date's day (Hungarian usage) is in it
    ("ymd dot", "2025-05-22", "Skunk hidden in a lorry roof\n2025.05.21.\nOn the evening of 19 "
     "May, officers stopped a lorry.", "2025.05.21.", _at("2025-05-21", "2025-05-21")),
    ("ymd dot", "2025-05-22", "The tax office said on 2025.05.20. that parcels were checked.",
     "2025.05.20.", _at("2025-05-20", "2025-05-20")),
    # -- a digest over the year's turn: its year-less December days are of the first year
    ("year turn", None, "CUSTOMS WEEK: digest for 29 December 2025 - 4 January 2026\n"
     "■ 30 December | Inspectors found 26 kg of hashish under coal.\n■ 2 January | A "
     "courier was held.", "30 December", {"start": "2025-12-30", "end": "2025-12-30"}),
    ("year turn", None, "CUSTOMS WEEK: digest for 29 December 2025 - 4 January 2026\n"
     "■ 30 December | Inspectors found 26 kg of hashish under coal.\n■ 2 January | A "
     "courier was held.", "2 January", {"start": "2026-01-02", "end": "2026-01-02"}),
    # -- a year opening an aside with the figure compared ("(2023: 1 387)") is no text year
    ("aside year", None, "In 2024, officers detected 1 142 smuggling cases (2023: 1 387). "
     "Most balloons crossed in September-December.", "September-December",
     {"start": "2024-09-01", "end": "2024-12-31"}),
    # -- a year counted from a stretch keeps the stretch's extent, as TIMEX3 values take the
    # anchor's granularity (guide, settled in session 14): a quarter, a run of months, a
    # month, a week, a day, a stretch opened by "since"; a whole year gives the year
    ("year back", "2027-04-14", "Korean yards won orders for 3.8 million CGT in the first "
     "quarter of 2027, up 17.3 percent from a year earlier.", "a year earlier",
     _at("2026-Q1", "2026-01-01", "2026-03-31")),
    ("year back", "2027-03-09", "Copper imports fell 11.2% in January-February from a year "
     "earlier to 812,000 tons.", "a year earlier",
     _at("2026-01/2026-02", "2026-01-01", "2026-02-28")),
    ("year back", "2025-01-29", "Net profit for the October-December quarter rose to Rs 856 "
     "crore from Rs 725 crore a year earlier, the company said.", "a year earlier",
     _at("2023-Q4", "2023-10-01", "2023-12-31")),
    ("year back", "2026-11-18", "Consumer prices were up 2.1 per cent in October compared "
     "with a year ago, the agency said.", "a year ago",
     _at("2025-10", "2025-10-01", "2025-10-31")),
    ("year back", "2027-04-21", "Reservoirs were 31.6 percent full on Monday, compared with "
     "27.1 percent a year earlier.", "a year earlier",
     _at("2026-04-19", "2026-04-19", "2026-04-19")),
    ("year back", "2026-07-30", "The port handled 6.6 million TEUs in the six months through "
     "June, down from 6.72 million a year earlier.", "a year earlier",
     _at("2025-01/2025-06", "2025-01-01", "2025-06-30")),
    ("year back", "2026-05-05", "Shares of the carmaker closed at 2,100 yen this week, "
     "compared with 2,650 yen a year ago.", "a year ago",
     {"start": "2025-05-04", "end": "2025-05-10"}),
    ("year back", "2026-05-07", "The company reports on Thursday for its fiscal quarter, "
     "the three months ended March 31. Analysts expect revenue up 11% from a year earlier.",
     "a year earlier", {"start": "2025-01-01", "end": "2025-03-31"}),
    ("year back", "2026-08-20", "Passengers rose 7.9 percent from a year earlier in July, "
     "the airport said. The number of passengers rose in July from 468,000 a year ago.",
     "a year ago", {"start": "2025-07-01", "end": "2025-07-31"}),
    ("year back", "2026-04-29", "Since January 1, border units have seized 214 kilograms "
     "of drugs, 1.6 times more than a year earlier.", "a year earlier",
     {"start": "2025-01-01", "end": "2025-04-29"}),
    ("year back", "2026-11-04", "Registrations rose 7.4 per cent from October 2025 last "
     "month, up 5.2 points from a year earlier.", "a year earlier",
     {"start": "2025-10-01", "end": "2025-10-31"}),
    ("year back", "2026-03-04", "Inflation averaged 2.1 percent in 2025, down from 3.4 "
     "percent a year earlier.", "a year earlier", _at("2024", "2024-01-01", "2024-12-31")),
    ("year back", "2026-07-07", "The reserve stands at 41.2 per cent, according to data "
     "published this Tuesday.\n\nA year ago the reserve was at 47.6 per cent.",
     "A year ago", {"start": "2025-07-07", "end": "2025-07-07"}),
    ("year back", "2026-03-18", "The mill shut down a year ago, the union said.",
     "a year ago", _at("2025", "2025-01-01", "2025-12-31")),
    # -- "the year-ago month": the month a year before the one reported, not before a
    # year-ago month the text already named
    ("year-ago", "2027-05-04", "Prices averaged Rs 5.42 a unit in April, against Rs 4.59 in "
     "April 2026. Volume rose 21.6 per cent from the year-ago month.", "the year-ago month",
     {"start": "2026-04-01", "end": "2026-04-30"}),
    # -- "mid-year" after a preposition: the middle third of the year
    ("mid-year", "2027-02-15", "Analysts still see room for $5,500 by mid-year.", "mid-year",
     {"start": "2027-05-01", "end": "2027-08-31"}),
    # -- an obligation ("must") sets a coming deadline
    ("must", "2027-03-24", "The bank must report by 30 June how it has remedied the "
     "deficiencies.", "30 June", {"start": "2027-06-30", "end": "2027-06-30"}),
    # -- "the year before" counts from the year its sentence named, not a month named after
    # it in an aside
    ("year before", None, "Auction sales fell 12 percent in 2025, according to a report "
     "published in March, after a drop of 25 percent the year before.", "the year before",
     {"start": "2024-01-01", "end": "2024-12-31"}),
    ("year before", None, "In 2024 the agency seized 3 tonnes. On 3 March 2025 it seized 40 "
     "kg, up from 12 kg the year before.", "the year before",
     {"start": "2024-01-01", "end": "2024-12-31"}),
    # -- "the end of the decade": its last year
    ("decade", "2026-11-18", "The chipmaker aims to triple output by the end of the decade.",
     "the end of the decade", {"start": "2029-01-01", "end": "2029-12-31"}),
    # -- a date naming the meeting or delivery after it is the nearer one, whatever the
    # tense of a comparison beside it
    ("event noun", "2027-02-15", "Traders see a 68% chance of a cut at the Fed's March 16-17 "
     "meeting, up from 41% a week ago.", "March 16-17",
     {"start": "2027-03-16", "end": "2027-03-17"}),
    ("event noun", "2027-02-15", "U.S. gold futures for April delivery climbed 0.9% to "
     "$5,238.70.", "April", {"start": "2027-04-01", "end": "2027-04-30"}),
    ("event noun", "2027-02-15", "Retail sales for March rose 2%.", "March",
     {"start": "2026-03-01", "end": "2026-03-31"}),
    # ... a traded commodity after a bare month: its futures contract's delivery month
    ("event noun", "2027-05-18", "* July raw sugar settled down 0.3 cent at 18.1 cents per "
     "lb.", "July", {"start": "2027-07-01", "end": "2027-07-31"}),
    ("event noun", "2027-05-18", "September robusta coffee gained 2.3% to $4,706 a ton.",
     "September", {"start": "2027-09-01", "end": "2027-09-30"}),
    ("event noun", "2027-11-04", "December cocoa in London eased 1% to 4,990 pounds a ton.",
     "December", {"start": "2027-12-01", "end": "2027-12-31"}),
    # -- numbered weeks of the year (ISO 8601, Monday to Sunday)
    ("iso week", "2026-10-22", "Some 41 of 706 sailings between weeks 43 and 47 have been "
     "blanked, the consultancy said.", "weeks 43 and 47",
     _at("2026-W43/2026-W47", "2026-10-19", "2026-11-22")),
    ("iso week", "2026-10-22", "Spot rates fell in week 42 for a third time.", "week 42",
     _at("2026-W42", "2026-10-12", "2026-10-18")),
    ("iso week", "2026-10-22", "Orders booked in calendar week 15 of 2025 were delayed.",
     "week 15 of 2025", _at("2025-W15", "2025-04-07", "2025-04-13")),
    # -- a sentence-opening "Today" before its subject is the day
    ("nowadays", "2027-03-24", "Good afternoon, colleagues. Today we present the results of "
     "the operation.", "Today", {"start": "2027-03-24", "end": "2027-03-24"}),
    # -- "the September-quarter results" (Indian and Australian usage, hyphenated)
    ("month quarter", "2026-09-03", "The September-quarter results will be announced on "
     "October 20.", "The September-quarter", _at("2026-Q3", "2026-07-01", "2026-09-30")),
    ("holiday the", "2026-10-01", "Fireworks lit up the sky on the Fourth of July 2025.",
     "Fourth of July 2025", _at("2025-07-04", "2025-07-04")),
    # -- "the last ten days of the month": those days of the month the text named
    ("days of the month", "2027-05-04", "Energy consumption in April grew 9.3 per cent. "
     "Prices hit the ceiling, particularly in the last ten days of the month, the exchange "
     "said.", "the last ten days of the month",
     _at("2027-04-21/2027-04-30", "2027-04-21", "2027-04-30")),
    # -- "the next morning", "the same afternoon": counted from the day the text gave
    ("next morning", "2026-04-10", "The ship docked on 2 April; the following evening, customs "
     "searched it.", "the following evening", {"start": "2026-04-03", "end": "2026-04-03"}),
    ("next morning", "2026-04-10", "Officers raided the house on 3 March and, the same "
     "afternoon, arrested the owner.", "the same afternoon",
     {"start": "2026-03-03", "end": "2026-03-03"}),
    # -- a month's fortnights (translated "quincena"): 1-15 and 16 to its end
    ("fortnight", "2026-05-14", "During the first fortnight of May, seizures rose.",
     "the first fortnight of May", {"start": "2026-05-01", "end": "2026-05-15"}),
    ("fortnight", "2026-05-14", "In the second fortnight of April 2026, prices fell.",
     "the second fortnight of April 2026", {"start": "2026-04-16", "end": "2026-04-30"}),
    # -- "the same night" after a night written as its two days is that night
    ("same night", "2025-03-20", "In the night of 13 to 14 March, the cannabis was seized in "
     "a warehouse. The consignee was intercepted the same night at the border.",
     "the same night", {"start": "2025-03-13", "end": "2025-03-14"}),
    # -- a month after another and "and"/"or" is a date too ("two cuts in March and June"),
    # and the first takes the year written after the second ("in May and September 2024")
    ("month after month", "2027-02-15", "Markets are pricing two rate cuts in March and June.",
     "June", {"start": "2027-06-01", "end": "2027-06-30"}),
    ("month after month", "2027-02-15", "The firm hired staff in March, June or October.",
     "October", {"start": "2026-10-01", "end": "2026-10-31"}),
    ("month after month", "2027-02-15", "Raids were carried out in May and September 2024.",
     "May", {"start": "2024-05-01", "end": "2024-05-31"}),
    # -- a month closing a line of a wire's data calendar: the month of the figure
    ("calendar line", "2027-02-15", "DATA/EVENTS (GMT)\n1330 U.S. Retail sales Jan\n1500 U.S. "
     "NAHB housing market index Feb\n", "Jan", _at("2027-01", "2027-01-01", "2027-01-31")),
    ("calendar line", "2027-02-15", "DATA/EVENTS (GMT)\n1330 U.S. Retail sales Jan\n1500 U.S. "
     "NAHB housing market index Feb\n", "Feb", _at("2027-02", "2027-02-01", "2027-02-28")),
    # -- "the reporting year": the year the report covers (the last year named)
    ("reporting year", "2027-02-06", "The board summed up the results of 2026. During the "
     "reporting year, police detected 1 146 drug-related crimes.", "the reporting year",
     {"start": "2026-01-01", "end": "2026-12-31"}),
    # -- session 14: a stretch across its years, each end with its year written
    ("joined range", MAR, "The network supplied the drug from October 2025 to 21 January "
     "2026, investigators said.", "October 2025 to 21 January 2026",
     {"start": "2025-10-01", "end": "2026-01-21", "precision": "month"}),
    ("joined range", MAR, "Prosecutors said the group trafficked pervitin from 2021 until the "
     "spring of 2023.", "2021 until the spring of 2023",
     {"start": "2021-01-01", "end": "2023-05-31", "precision": "year"}),
    ("joined range", MAR, "The suspects supplied methamphetamine between late 2024 and March "
     "2026, the prosecutor said.", "late 2024 and March 2026",
     {"start": "2024-09-01", "end": "2026-03-31"}),
    # -- a remand's end after its length and a comma: ahead
    ("deferral", "2026-06-18", "The driver was remanded in custody for two months, until 17 "
     "August.", "17 August", {"start": "2026-08-17", "end": "2026-08-17"}),
    # -- a month written in full ends a sentence: its future wording stays in it
    ("sentence stop", "2026-06-18", "The court hearing is scheduled for 3 July. The hearing on 2 "
     "June was adjourned.", "2 June", {"start": "2026-06-02", "end": "2026-06-02"}),
    ("sentence stop", "2026-06-18", "The next round is planned for May. The first round, on 12 "
     "June, ended without a deal.", "12 June", {"start": "2026-06-12", "end": "2026-06-12"}),
    # -- the ordinal dot of a dotted date before a clock time (Croatian posting lines)
    ("ordinal dot", None, "Published: 14.3.2025. 11:20\nPolice seized a tonne of cocaine.",
     "14.3.2025.", {"start": "2025-03-14", "end": "2025-03-14"}),
    # -- "the same date last year": the day the text gave, a year back
    ("same date", "2027-06-08", "The counters registered 3,900 salmon by Sunday, against "
     "10,450 on the same date last year.", "the same date last year",
     {"start": "2026-06-06", "end": "2026-06-06"}),
    ("same date", MAY, "The index closed at 412 points on May 4, against 388 on the same day "
     "a year earlier.", "the same day a year earlier",
     {"start": "2025-05-04", "end": "2025-05-04"}),
    # -- "semester" for a half (translated Spanish), "the same months" as "the same period"
    ("semester", "2027-07-02", "Boats fell to 187 from the 264 of the first semester of the "
     "past year.", "the first semester of the past year",
     _at("2026-H1", "2026-01-01", "2026-06-30")),
    ("semester", "2026-07-10", "Remittances fell 4.6% in the first semester of the year, "
     "compared to the same semester of 2025.", "the same semester of 2025",
     _at("2025-H1", "2025-01-01", "2025-06-30")),
    ("same date", "2026-07-10", "Peru registered 120 dengue deaths by July 5, double the "
     "number on the same date of the past year.", "the same date of the past year",
     {"start": "2025-07-05", "end": "2025-07-05"}),
    ("same months", "2026-07-02", "The NGO counted 1,537 deaths between January and May, double "
     "the number the IOM documented for the same months.", "the same months",
     _at("2026-01/2026-05", "2026-01-01", "2026-05-31")),
    # -- a past progressive before a passive infinitive tells no coming act
    ("past progressive", "2027-02-11", "An estimated 7.21 million treatments were waiting to be "
     "carried out at the end of December, NHS England said.", "the end of December",
     {"start": "2026-12-31", "end": "2026-12-31"}),
    # -- "the previous month" after a month's last day: the month before it
    ("previous month", "2027-02-11", "The list stood at 7.21 million at the end of December, "
     "down from 7.24 million at the end of November and a peak of 7.77 million in September "
     "2023. Long waits fell to 141,360 from 148,902 the previous month.", "the previous month",
     _at("2026-11", "2026-11-01", "2026-11-30")),
    # -- a future cue whose object is a year dates that year, not a later span
    ("cue object", "2027-04-20", "The central bank cut its growth forecast for 2027 to 3.2 "
     "percent from 4.1 percent in March, citing the poor harvest.", "March",
     _at("2027-03", "2027-03-01", "2027-03-31")),
    # -- a verb moving a date with a longer object before "until"
    ("deferral", "2027-04-20", "The government extended subsidies for soft wheat imports "
     "until December 31, the ministry said.", "December 31",
     {"start": "2027-12-31", "end": "2027-12-31"}),
    # -- "a year before" with the compared figure after "to"
    ("year before", "2027-02-26", "In 2026, the company's global sales fell 3.9 pct from a "
     "year before to 664,800 units.", "a year before", _at("2025", "2025-01-01", "2025-12-31")),
    # -- a month before a commodity word and a noun of figures or contracts
    ("month noun", "2027-03-10", "The most-traded April copper contract on the Shanghai "
     "Futures Exchange closed 3.1% lower.", "April", _at("2027-04", "2027-04-01", "2027-04-30")),
    ("month noun", "2027-03-10", "Benchmark July cocoa futures in New York rose 4%.", "July",
     _at("2027-07", "2027-07-01", "2027-07-31")),
    # -- "the close of" a month or year is its end, as "the end of"
    ("close of", "2026-05-14", "Spain registered 2.4 million unemployed at the close of April, "
     "the lowest since 2008.", "the close of April", {"start": "2026-04-30", "end": "2026-04-30"}),
    ("close of", "2026-05-14", "Inventories were high at the close of 2025, the agency said.",
     "the close of 2025", {"start": "2025-12-01", "end": "2025-12-31"}),
    # -- "after" and an -ing verb before a year-less month: an act done before, so past
    ("after gerund", "2026-09-03", "The Reserve Bank left rates on hold at its meeting on "
     "Tuesday, after cutting in February, May and August.", "February",
     _at("2026-02", "2026-02-01", "2026-02-28")),
    ("after gerund", "2026-09-03", "The index of leading indicators fell 0.4% in July after "
     "rising in October.", "October", _at("2025-10", "2025-10-01", "2025-10-31")),
    # -- a target set for a month: ahead, whatever the sentence's tense
    ("set for", "2027-02-11", "Some 73.4% of patients were admitted within four hours, below "
     "the target of 78% set for March.", "March", _at("2027-03", "2027-03-01", "2027-03-31")),
    # -- an act asked for: the nearer date
    ("asked", "2027-03-14", "The ministry has asked states to hold special drives on March 20 "
     "and 21.", "March 20 and 21", {"start": "2027-03-20", "end": "2027-03-21"}),
    # -- a quarter or half naming its report is the last one begun, whatever the tense
    ("reported part", "2026-10-22", "The carrier will publish third-quarter results on Nov. "
     "5.", "third-quarter", _at("2026-Q3", "2026-07-01", "2026-09-30")),
    ("reported part", "2026-10-22", "The lender expects first-half earnings to improve.",
     "first-half", _at("2026-H1", "2026-01-01", "2026-06-30")),
    # -- a numbered (fiscal) quarter ended on a day: the three months ending that day
    ("quarter ended", "2027-02-12", "The chipmaker's profit rose 12% in the fiscal first "
     "quarter, ended Dec. 31.", "the fiscal first quarter, ended Dec. 31",
     {"start": "2026-10-01", "end": "2026-12-31"}),
    ("quarter ended", "2026-11-12", "Net income for the second quarter ending Sept. 30 rose "
     "4%.", "the second quarter ending Sept. 30", {"start": "2026-07-01", "end": "2026-09-30"}),
    # -- "a year earlier" a paragraph after the month the story reports on: that month
    ("year earlier", "2026-11-05", "Truck sales rose in October.\n\nA total of 41,200 "
     "trucks were sold last month, 3.1 per cent more than in October 2025, the association "
     "said on Wednesday.\n\nElectric models took 9.4 per cent of sales, up 2.2 percentage "
     "points from a year earlier.", "a year earlier", _at("2025-10", "2025-10-01", "2025-10-31")),
    ("year earlier", "2026-11-05", "Police seized 40 kg of heroin on Monday.\n\nA year "
     "earlier, the same gang had been broken up.", "A year earlier",
     _at("2025", "2025-01-01", "2025-12-31")),
    # -- a numeric day in brackets after its weekday, both numbers under 10: a day, its
    # order of day and month the one that puts that weekday nearer the reference
    ("weekday gloss", "2027-02-06", "Police arrested two men on Thursday (2/4) in Quezon "
     "City.", "2/4", _at("2027-02-04", "2027-02-04")),
    ("weekday gloss", "2027-02-06", "Police arrested two men on Thursday (4/2) in Lagos.",
     "4/2", _at("2027-02-04", "2027-02-04")),
    ("weekday gloss", "2027-02-06", "Police arrested two men on Thursday (4/2) in Lagos.",
     "Thursday", _at("2027-02-04", "2027-02-04")),
    # -- a split year's season is the marketing year of the thing its sentence names
    ("season subject", "2026-05-12", "The cocoa council sees a surplus of 40,000 tonnes in "
     "the 2026/27 season.", "2026/27", _at("2026-10/2027-09", "2026-10-01", "2027-09-30")),
    ("season subject", "2026-05-12", "Cotton mills cut imports for the 2025/26 season, the "
     "trade body said.", "2025/26", _at("2025-08/2026-07", "2025-08-01", "2026-07-31")),
    ("season subject", "2026-05-12", "Growers expect sugar output to fall in the 2026/27 "
     "season.", "2026/27", _at("2026-10/2027-09", "2026-10-01", "2027-09-30")),
    ("season subject", "2026-05-12", "In the whole 2025/26 season, 11 skiers died in "
     "avalanches.", "2025/26", _at("2025-10/2026-09", "2025-10-01", "2026-09-30")),
    ("season subject", "2026-05-12", "The council revised its forecast for the 2026/27 sugar "
     "season.", "2026/27", _at("2026-10/2027-09", "2026-10-01", "2027-09-30")),
    ("season subject", "2026-05-12", "Farmers expect a bigger harvest in the 2026/27 grain "
     "season.", "2026/27", _at("2026-07/2027-06", "2026-07-01", "2027-06-30")),
    ("season subject", "2026-05-12", "Russia will cap wheat exports in the 2026/27 season.",
     "2026/27", _at("2026-07/2027-06", "2026-07-01", "2027-06-30")),
    # ... and so is a slashed split year with no season noun when its sentence names the thing
    ("season subject", "2026-05-12", "The board cut its 2026/27 output forecast for sugar to "
     "31 million tonnes.", "2026/27", _at("2026-10/2027-09", "2026-10-01", "2027-09-30")),
    ("season subject", "2026-05-12", "Cocoa grindings in 2025/26 are seen falling 4%.",
     "2025/26", _at("2025-10/2026-09", "2025-10-01", "2026-09-30")),
    ("season subject", "2026-05-12", "Police seized 3 tonnes of cocaine in 2023/24.",
     "2023/24", _at("2023/2024", "2023-01-01", "2024-12-31")),
    # -- a stock figure's day ("as on", "as of"): the year-ago window is that day a year back
    ("stock day", "2026-09-21", "Sowing of pulses stood at 120.4 lakh hectares as on "
     "September 18, up 2 per cent from the year-ago period.", "the year-ago period",
     {"start": "2025-09-18", "end": "2025-09-18"}),
    ("stock day", "2026-07-03", "Reservoirs held 61% of capacity as of June 30, against 68% in "
     "the same period last year.", "the same period last year",
     {"start": "2025-06-30", "end": "2025-06-30"}),
    # -- parts of "the century" (the one news is written in) and its end year
    ("century", "2026-05-12", "Arctic sea ice has shrunk by a third since the turn of the "
     "century, the agency said.", "the turn of the century", _at("2000", "2000-01-01",
                                                                  "2000-12-31")),
    ("century", "2026-05-12", "Coastal flooding doubled compared with the first decade of the "
     "century.", "the first decade of the century",
     _at("200", "2000-01-01", "2009-12-31")),
    ("century", "2026-05-12", "Output grew fastest in the second decade of this century.",
     "the second decade of this century", _at("201", "2010-01-01", "2019-12-31")),
    ("century", "2026-05-12", "The city boomed at the turn of the 20th century.",
     "the turn of the 20th century", _at("1900", "1900-01-01", "1900-12-31")),
    ("century", "2026-05-12", "Current policies put the world on track for 2.7C of warming by "
     "2100, the report said.", "2100", _at("2100", "2100-01-01", "2100-12-31")),
]

# (group, DCT, text, span): no date
ABSENT: list[tuple[str, str | None, str, str]] = [
    # session 14: a bare season naming a kind of thing; two ends a figure stands between
    ("season noun", "2027-04-20", "Only 2.47 million hectares were sown after autumn rains "
     "came late.", "autumn"),
    ("season noun", "2027-06-08", "The minister will present a new strategy before the summer "
     "holiday.", "the summer"),
    ("joined range", MAR, "Sales rose from 2,100 in 2024 to 3,000 in 2025.", "2024 to 3,000 "
     "in 2025"),
    ("joined range", MAR, "Raids took place in 2024 and May 2025.", "2024 and May 2025"),
    ("year before", MAR, "He had left the firm a year before to study abroad.",
     "a year before"),
    ("month noun", MAR, "Theresa May said sales of British cars rose.", "May"),
    ("month noun", MAR, "Traders said March was weak and sales fell.", "March"),
    ("year-end modifier", MAR, "The bank's year-end review showed a surplus of $2 billion.",
     "year-end"),
    ("year-end headline", MAR, "Year-end: police seized 2 tonnes of drugs across the region",
     "Year-end"),
    ("year-end modifier", "2025-12-29", "The coast guard held its year-end joint exercise off "
     "the islands on December 26.", "year-end"),
    ("name", MAY, "Spending rose sharply under the May government, the report found.", "May"),
    ("march", MAY, "He joined the March on Washington as a student.", "March"),
    # a phone number's first group is no year
    ("phone", "2026-06-04", "Customers worried about their data can contact IDCARE on "
     "1800 595 160.", "1800"),
    ("phone", "2026-06-04", "Call the helpline on 2020 555 0143 for advice.", "2020"),
    # a clock time's minutes start no day
    ("clock first", None, "All Headlines  10:02 August 12, 2026", "02 August"),

    ("not consecutive", MAR, "Sales rose in the first and third quarters.",
     "the first and third quarters"),
    ("no stretch", MAY, "Police made 40 arrests over the same period.", "the same period"),
    # two qualified years joined by "and" without "between" are two dates
    ("two years", MAR, "Prices rose in early 2023 and late 2024.", "early 2023 and late 2024"),
    # a decimal after "until" or "to" is no day
    ("decimal", MAR, "The shares traded flat until 12.05 before falling.", "12.05"),
    ("decimal", MAR, "The index rose to 31.03. Bonds were flat.", "31.03"),
    # (session 12, round 2) a century joined to the noun it modifies is no date
    ("century adjective", "2026-11-20", "The evening sale of 20th-century art brought in "
     "$612 million.", "20th-century"),
    # a weekday after an indefinite article (and an adjective of any day) is any such day
    ("generic", "2026-04-27", "Underground journeys were 18% higher than on a normal Sunday.",
     "Sunday"),
    ("generic", "2026-04-27", "Sales on a typical Monday are far lower, the chain said.",
     "Monday"),
    ("generic", "2026-04-27", "It was an ordinary Tuesday for the crew until the alarm.",
     "Tuesday"),
    ("generic", "2026-01-08", "The rate committee meets every second Tuesday of the month.",
     "Tuesday"),
    ("generic", "2026-01-08", "Recycling bins are collected every other Friday.", "Friday"),
    ("generic", "2026-01-08", "Each Monday, the desk reviews the week's data.", "Monday"),
    ("generic", "2026-10-20", "The board meets on the third Thursday of each month.",
     "Thursday"),
    ("generic", "2026-10-20", "Markets close early on the last Friday of every month.",
     "Friday"),
    # a half's code in a name is none
    ("half code", "2026-08-27", "Cases of H1N1 flu rose in the region.", "H1"),
    ("half code", "2026-08-27", "The firm hired 40 workers on H1-B visas.", "H1"),
    # a holiday's name without its date is none (guide)
    ("holiday", "2026-12-28", "Ticket sales over Christmas beat forecasts.", "Christmas"),
    # "mid-year" modifying a noun is none
    ("mid-year", "2027-02-15", "The lender published its mid-year review of risks.",
     "mid-year"),
    # a week of a trial or season is none
    ("iso week", "2026-10-22", "In week 3 of the trial, the witness testified.", "week 3"),
    ("iso week", "2026-10-22", "Week 5 of the season opens on Sunday.", "Week 5"),
    # a length compared with a plan is no date
    ("than", "2027-03-10", "It plans to start mass production in mid-2028, three months "
     "earlier than initially planned.", "three months earlier"),
    ("than", "2027-03-10", "The line will be finished by December 2028, six months later "
     "than planned.", "six months later"),
    # "today" meaning the present in general is no date
    ("nowadays", "2027-03-24", "– We take full responsibility. Today our processes look very "
     "different, says the chief executive.", "Today"),
    ("nowadays", "2027-03-24", "What does the drug situation in the region look like today?",
     "today"),
    ("nowadays", "2027-03-24", "The market keeps moving online. Today almost every sale is "
     "arranged through messengers.", "Today"),
    # a holiday's name after "the" is the holiday (no date without its year), not its month
    ("holiday the", "2026-10-01", "The bill was signed into law on the Fourth of July.",
     "July"),
    # a month's name after "by" before a capitalized word is a name ("Photo by Jan Kowalski")
    ("by name", "2026-04-10", "Photo by Jan Kowalski", "Jan"),
    ("by name", "2026-04-10", "Reporting by April Ryan; editing by June Carter", "April"),
    # "year-end" between "the" and a noun modifies it
    ("year-end", "2026-11-20", "Egg prices rose ahead of the year-end holiday season.",
     "year-end"),
    # a month before a commodity inside a clause with a preposition is the month itself, and
    # "May" before one stays the modal
    ("commodity", "2027-05-18", "May cotton growers expect rain, the ministry asked.", "May"),
    # a fraction after "on" stays no date without a weekday before its bracket
    ("fraction", "2027-02-06", "The tax falls on 3/4 of the land (1/2 of the farms).",
     "1/2"),
    # 2100 as a count or a clock time is no year
    ("2100", "2026-05-12", "Customs officers seized 2100 tablets of ecstasy.", "2100"),
    ("2100", "2026-05-12", "The convoy left the port at 2100 hours.", "2100"),
    ("2100", "2026-05-12", "Police arrested 2100 people in the sweep.", "2100"),
    # a turn in the road, a decade of a life
    ("century", "2026-05-12", "The bus overturned at the turn of the road.", "the turn"),
]

test_wire_form_value, test_wire_form_absent = publisher_style_tests(CASES, ABSENT)


# (group, text, span, expected): an undated wire that writes no year takes the latest year up
# to the dates component's ``latest_year`` setting (2026 by default: the model's build year,
# never the clock's) in which its dateline's day falls on a weekday its lead names
UNDATED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("dateline weekday", "Pilots strike\n\nFRANKFURT, Feb 5 (Reuters) - Pilots at a German "
     "airline walked off the job on Thursday, cancelling 800 flights.",
     "Feb 5", _at("2026-02-05", "2026-02-05")),
    ("dateline weekday", "Floods in the south\n\nNANNING, June 18 (Xinhua) -- Rain has lashed "
     "the region since Sunday, local authorities said Thursday.",
     "Thursday", _at("2026-06-18", "2026-06-18")),
    # (session 12) the weekday right after a reporting verb is the report's day, so the
    # dateline's, whatever other weekdays the lead names (Feb 5: a Wednesday in 2025, a
    # Sunday in 2023)
    ("said weekday", "Strike goes on\n\nFRANKFURT, Feb 5 (Reuters) - Pilots at the airline, "
     "who have been on strike since Wednesday, will return to work on Monday, their union "
     "said on Sunday.", "Feb 5", _at("2023-02-05", "2023-02-05")),
    ("said weekday", "Port strike\n\nROTTERDAM, Feb 5 (Reuters) - Dock workers have been "
     "out since Wednesday, the union said Sunday.", "Wednesday",
     _at("2023-02-01", "2023-02-01")),
    # (round 2) a weekday named for its event ("Friday's payrolls report") is no day of the
    # report: March 6 is a Thursday in 2025 (a Friday in 2026)
    ("possessive weekday", "Dollar slips\n\nNEW YORK, March 6 (Reuters) - The dollar edged "
     "lower on Thursday as investors awaited Friday's payrolls report.", "March 6",
     _at("2025-03-06", "2025-03-06")),
]


@pytest.mark.parametrize("case", UNDATED, ids=[f"{c[0]}:{c[2]}" for c in UNDATED])
def test_undated_dateline_year_from_weekday(tagger: DateTagger, nlp: Language,
                                            case: tuple[str, str, str, dict[str, Any]]) -> None:
    _group, text, span, expected = case
    assert_value_on_every_path(tagger, nlp, None, text, span, expected)


# (latest_year setting, text, span, expected timex): the setting bounds the year, on the
# tagger and on a component built with it; the clock plays no part
LATEST_YEAR_CASES: list[tuple[int, str, str, str]] = [
    (2026, "Pilots strike\n\nFRANKFURT, Feb 5 (Reuters) - Pilots at a German airline walked "
     "off the job on Thursday, cancelling 800 flights.", "Feb 5", "2026-02-05"),
    (2025, "Pilots strike\n\nFRANKFURT, Feb 5 (Reuters) - Pilots at a German airline walked "
     "off the job on Thursday, cancelling 800 flights.", "Feb 5", "2015-02-05"),
    (2025, "Floods in the south\n\nNANNING, June 18 (Xinhua) -- Rain has lashed the region "
     "for three days, local authorities said Thursday.", "Thursday", "2020-06-18"),
    (2019, "Port closed\n\nROTTERDAM, Oct 9 (AP) - The port shut its container terminals on "
     "Monday as dock workers walked out.", "Oct 9", "2017-10-09"),
]


@pytest.mark.parametrize("case", LATEST_YEAR_CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in LATEST_YEAR_CASES])
def test_undated_dateline_latest_year_setting(tagger: DateTagger,
                                              case: tuple[int, str, str, str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from pressparse.pipeline import build_blank
    from pressparse.temporal import context

    latest, text, span, timex = case

    class FarFuture(date):  # a clock far ahead changes nothing
        @classmethod
        def today(cls) -> date:
            return date(2040, 1, 1)

    monkeypatch.setattr(context, "date", FarFuture)
    found = {text[s:e]: v for s, e, v in tagger.tag(text, None, latest_year=latest)}
    assert found[span]["timex"] == timex
    nlp = build_blank(())
    nlp.add_pipe("pressparse_dates", config={"latest_year": latest})
    doc = nlp(text)
    assert {ent.text: ent._.normalized["timex"] for ent in doc.ents}[span] == timex


def test_latest_year_setting_in_the_model_config() -> None:
    from pressparse.pipeline import load

    nlp = load(exclude=("pressparse_events", "pressparse_quantities"))
    assert nlp.get_pipe("pressparse_dates").latest_year == 2026
