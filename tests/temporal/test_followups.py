"""Follow-up rows of issue 9 found on held-out texts and news-wire conventions: year ranges
that would swallow a figure, capitals, month names as table headers, "the past 24 hours",
future wording far from the date, "the last day" of an event, the order of slash dates,
counted weeks and months, "for years". Every sentence is our own wording.
"""

from __future__ import annotations

from typing import Any

import pytest
from date_paths import assert_value_on_every_path, found_by_tagger
from spacy.language import Language

from pressparse.temporal.tagger import DateTagger

DCT = "2025-10-08"

# (fix, reference or None, text, expected span, expected values)
CASES: list[tuple[str, str | None, str, str, dict[str, Any]]] = [
    # 1. a year range never takes a figure with a thousands separator or an implausible year
    ("year_range", DCT, "Arrests rose from 41,300 in 2023 to 57,810 in 2024.", "2023",
     {"timex": "2023"}),
    ("year_range", DCT, "Output went from 3,400 tonnes in 2022 to 12,050 tonnes.", "2022",
     {"timex": "2022"}),
    ("year_range", DCT, "Seizures fell from 410 in 2021 to 95 last year.", "2021",
     {"timex": "2021"}),
    ("year_range", DCT, "The strategy covers 2024-26 and was funded by donors.", "2024-26",
     {"start": "2024-01-01", "end": "2026-12-31"}),
    ("year_range", DCT, "The programme ran from 2016 to 2020 in four provinces.",
     "2016 to 2020", {"start": "2016-01-01", "end": "2020-12-31"}),
    # 2. ranges written in capitals
    ("capitals", None, "WEEKLY FIGURES FROM 15 TO 21 SEPTEMBER 2025", "15 TO 21 SEPTEMBER 2025",
     {"start": "2025-09-15", "end": "2025-09-21"}),
    ("capitals", None, "SEIZURES BETWEEN 3 AND 9 MARCH 2025", "3 AND 9 MARCH 2025",
     {"start": "2025-03-03", "end": "2025-03-09"}),
    ("capitals", None, "CAMPAIGN RESULTS, JANUARY TO APRIL 2025", "JANUARY TO APRIL 2025",
     {"start": "2025-01-01", "end": "2025-04-30"}),
    ("capitals", None, "PATROLS FROM 28 FEBRUARY TO 2 MARCH 2025",
     "28 FEBRUARY TO 2 MARCH 2025", {"start": "2025-02-28", "end": "2025-03-02"}),
    # 3. month names as the column headers of a text table (year from the reference)
    ("table", DCT, "Substance | October | September\nHeroin | 14 | 9", "October",
     {"start": "2025-10-01", "end": "2025-10-31"}),
    ("table", DCT, "Substance | October | September\nHeroin | 14 | 9", "September",
     {"start": "2025-09-01", "end": "2025-09-30"}),
    ("table", DCT, "| Month | Arrests |\n| August | 31 |\n| July | 27 |", "July",
     {"start": "2025-07-01", "end": "2025-07-31"}),
    ("table", DCT, "Category\tJune\tMay\nPills\t120\t98", "June",
     {"start": "2025-06-01", "end": "2025-06-30"}),
    # 4. the past 24 hours: a period ending at the reference, TIMEX3 the duration
    ("past_hours", DCT, "Patrols detained 31 people in the past 24 hours.",
     "the past 24 hours", {"timex": "PT24H", "start": "2025-10-07", "end": "2025-10-08",
                           "kind": "relative"}),
    ("past_hours", DCT, "Over the last 48 hours, rescuers reached three villages.",
     "the last 48 hours", {"timex": "PT48H", "start": "2025-10-06", "end": "2025-10-08",
                           "kind": "duration"}),  # "over": a length, as "over the past month"
    ("past_hours", DCT, "Customs made four seizures during the past 72 hours at the port.",
     "the past 72 hours", {"timex": "PT72H", "start": "2025-10-05", "end": "2025-10-08"}),
    ("past_hours", None, "Police made 12 arrests in the past 24 hours.", "the past 24 hours",
     {"timex": "PT24H", "start": None}),
    # 5. the future verb of the sentence governs a year-less date further on
    ("future_far", None,
     "NAIROBI, 3 November 2025 - The agency will run a three-day workshop for customs officers "
     "from Kenya, Uganda, Rwanda, Burundi and the United Republic of Tanzania from 12 to 14 "
     "January at the port of Mombasa.", "12 to 14 January",
     {"start": "2026-01-12", "end": "2026-01-14"}),
    ("future_far", None,
     "LIMA, 10 June 2025 - Officials said the ministry is planning to brief donors, partner "
     "agencies and the press on the results of the eradication campaign in two regions on "
     "2 April.", "2 April", {"start": "2026-04-02"}),
    ("future_far", None,
     "LIMA, 10 June 2025 - The ministry will publish a report. Its teams visited the coca "
     "fields of the two regions on 2 April.", "2 April", {"start": "2025-04-02"}),
    ("future_far", None,
     "QUITO, 5 May 2025 - The regional office, which will open a branch in Lima next year, "
     "held a seminar for prosecutors and judges from five Andean countries on 2 April.",
     "2 April", {"start": "2025-04-02"}),
    ("future_far", None,
     "QUITO, 5 May 2025 - A regional seminar for prosecutors will be held in the capital with "
     "judges and police chiefs from five Andean countries from 2 to 4 April.", "2 to 4 April",
     {"start": "2026-04-02", "end": "2026-04-04"}),
    # an -ed word after an article is an adjective, no past wording ("a reconvened session")
    ("future_far", None,
     "VIENNA, 14 March 2025 - The board will hold a reconvened meeting on budgetary and "
     "administrative matters of its secretariat on 4 and 5 December in Vienna.",
     "4 and 5 December", {"start": "2025-12-04", "end": "2025-12-05"}),
    # 7. slash dates: day first unless the document shows month first or is clearly US
    ("slash_order", None, "Police seized the boat on 05/11/2025 off Mombasa.", "05/11/2025",
     {"start": "2025-11-05", "date_order": "dmy"}),
    ("slash_order", None, "Agents seized 3 kg on 10/23/2025 and another 2 kg on 11/04/2025.",
     "11/04/2025", {"start": "2025-11-04", "date_order": "mdy"}),
    ("slash_order", None, "Agents seized 3 kg on 10/23/2025 and another 2 kg on 11/04/2025.",
     "10/23/2025", {"start": "2025-10-23", "date_order": "mdy"}),
    ("slash_order", None,
     "HOUSTON - The U.S. Attorney's Office said the defendant was arrested on 05/11/2025.",
     "05/11/2025", {"start": "2025-05-11", "date_order": "mdy"}),
    ("slash_order", None,
     "Special agents of the Drug Enforcement Administration served the warrant on 03/04/2025.",
     "03/04/2025", {"start": "2025-03-04", "date_order": "mdy"}),
    ("slash_order", None, "Officers searched the house on 14/06/2025 and 03/07/2025.",
     "03/07/2025", {"start": "2025-07-03", "date_order": "dmy"}),
    ("slash_order", None, "TAMPA, Fla. - Deputies stopped the truck on 06/09/2025.",
     "06/09/2025", {"start": "2025-06-09", "date_order": "mdy"}),
    ("slash_order", None, "The boat bound for the U.S. market was seized on 06/09/2025.",
     "06/09/2025", {"start": "2025-09-06", "date_order": "dmy"}),
    # 8. HeidelTime's reading: "N weeks earlier/later" counts 7N days from the last day given
    # (the reference day when none: a day is implied), "N weeks ago" is a week before the
    # reference's week, "a month later" the month after the last month given
    ("counted", DCT, "A week earlier, divers had found a second package.", "A week earlier",
     {"timex": "2025-10-01"}),
    ("counted", DCT, "Divers found a package two weeks ago.", "two weeks ago",
     {"timex": "2025-09-24"}),
    # "N days/weeks/months ago" is one day, counted back from the story's last past day
    # (guide, settled in session 18), not from a coming one
    ("ago", DCT, "Dairy prices slid at an auction on Tuesday and fell 2.7% from the previous "
     "auction two weeks ago.", "two weeks ago", {"timex": "2025-09-23", "end": "2025-09-23"}),
    ("ago", DCT, "The minister quit two months ago, officials said.", "two months ago",
     {"timex": "2025-08-08", "start": "2025-08-08"}),
    ("ago", DCT, "The vote is due at the Oct. 20-21 meeting, up from 40% three days ago.",
     "three days ago", {"timex": "2025-10-05"}),
    # a document's date after "of" is recalled: "the same day" counts from the story's day
    ("document", "2026-10-14", "On 13 October the appeals board met. By the verdict of the "
     "regional court of 11.10.2025, the man was jailed. On the same day, the board heard "
     "another case.", "the same day", {"timex": "2026-10-13"}),
    ("document", "2026-03-20", "Customs seized the boat on 12 March. Under the order of the "
     "ministry dated 2 February 2026, it was sold two days later.", "two days later",
     {"timex": "2026-03-14"}),
    # "Between the 17th and yesterday (22nd)": one range to the day word's day
    ("day_to_relative", "2025-09-23", "Between the 17th and yesterday (22nd), investigators "
     "searched three flats.", "17th and yesterday (22nd)",
     {"start": "2025-09-17", "end": "2025-09-22"}),
    ("day_to_relative", "2025-10-03", "From the 28th to today, patrols checked 410 cars.",
     "28th to today", {"start": "2025-09-28", "end": "2025-10-03"}),
    ("counted", DCT, "The raids ran from 3 to 7 March 2025. Three weeks later, the port "
     "reopened.", "Three weeks later", {"timex": "2025-03-28"}),
    ("counted", DCT, "The survey ended in May 2025. A year later, it was repeated.",
     "A year later", {"timex": "2026"}),
    ("counted", DCT, "The ship was seized on 2 May 2025. A week earlier, it left Santos.",
     "A week earlier", {"timex": "2025-04-25"}),
    ("counted", DCT, "The ship was seized on 2 May 2025. A month later, the crew was freed.",
     "A month later", {"timex": "2025-06"}),
    ("counted", DCT, "Two weeks later, the court froze the accounts.", "Two weeks later",
     {"timex": "2025-10-22"}),
    ("page_timestamp", DCT, "The fire broke out 48 hours ago, officials said.",
     "48 hours ago", {"start": "2025-10-06"}),  # "3 hours ago": a time of day, no date
    # a month, day or range with its year told relative to the reference: one expression
    ("year_shift", DCT, "Imports of the precursor peaked in March last year.", "March last year",
     {"timex": "2024-03", "start": "2024-03-01"}),
    ("year_shift", DCT, "Seizures from January to July this year topped 9 tonnes.",
     "January to July this year", {"start": "2025-01-01", "end": "2025-07-31"}),
    ("year_shift", DCT, "The lab was dismantled on 14 May last year.", "14 May last year",
     {"timex": "2024-05-14"}),
    ("year_shift", DCT, "The summit is planned for 10 to 12 March next year.",
     "10 to 12 March next year", {"start": "2026-03-10", "end": "2026-03-12"}),
    ("year_shift", DCT, "From November to February last year, flights were cut.",
     "November to February last year", {"start": "2023-11-01", "end": "2024-02-29"}),
    # a year-less numeric day after "on" or in brackets, in the text's order
    ("short_numeric", "2025-10-20", "Guards stopped the truck at about 23:00 on 14/10 near "
     "the crossing.", "14/10", {"start": "2025-10-14", "date_order": "dmy"}),
    ("short_numeric", "2025-10-20", "Agents raided the farm on Saturday (11/10) at dawn.",
     "11/10", {"start": "2025-10-11"}),
    # 9. "for years", "for decades": vague durations
    ("vague_duration", DCT, "The network had smuggled cocaine for years.", "years",
     {"timex": "PXY", "kind": "duration"}),
    ("vague_duration", DCT, "The cartel has dominated the route for decades.", "decades",
     {"timex": "PXDE", "kind": "duration"}),
    ("vague_duration", DCT, "The family farmed the valley for centuries.", "centuries",
     {"timex": "PXCE", "kind": "duration"}),
]

# (fix, reference or None, text, span that must not be a DATE)
ABSENT: list[tuple[str, str | None, str, str]] = [
    ("year_range", DCT, "Arrests rose from 41,300 in 2023 to 57,810 in 2024.", "2023 to 57"),
    ("year_range", DCT, "Seizures fell from 410 in 2021 to 95 last year.", "2021 to 95"),
    ("year_range", DCT, "Cases grew from 1,200 in 2019 to 2,050 a year later.", "2019 to 2"),
    ("capitals", None, "WEEKLY FIGURES FROM 15 TO 21 SEPTEMBER 2025", "21 SEPTEMBER 2025"),
    ("table", DCT, "Suspect: May Lin | Age: 34", "May"),
    # "before"/"after" opening a clause: no year counted from a date
    ("before_clause", DCT, "Coverage of the dose given in the year before children enter "
     "school reached 92%.", "the year before"),
    ("before_clause", DCT, "Arrests rose during the month after police opened the unit.",
     "the month after"),
    ("table", DCT, "The plan | may change | soon", "may"),
    ("last_day", DCT, "On the last day, participants will visit the port.", "last day"),
    ("last_day", DCT, "On the first day, trainers covered risk profiling.", "first day"),
    ("last_day", DCT, "The final day of the course was spent at the border.", "final day"),
    ("last_day", DCT, "On the last day of the course, officers sat an exam.", "last day"),
    ("page_timestamp", DCT, "Police seize 40 kg of cannabis\n3 hours ago\nOfficers stopped a van.",
     "3 hours ago"),
    ("page_timestamp", DCT, "Navy intercepts a go-fast boat\nUpdated 5 hours ago\nThe crew fled.",
     "5 hours ago"),
    ("short_numeric", DCT, "Farmers planted coca on 3/4 of the plot.", "3/4"),
    ("short_numeric", DCT, "The hotline runs on 24/7 shifts.", "24/7"),
    ("short_numeric", DCT, "The vote passed 13/10 in the council.", "13/10"),
    ("vague_duration", DCT, "The suspect had once worked at the port.", "once"),
    ("vague_duration", DCT, "Once the boat docked, officers boarded it.", "Once"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}:{c[3]}@{i}" for i, c in enumerate(CASES)])
def test_followup_value(tagger: DateTagger, nlp: Language,
                        case: tuple[str, str | None, str, str, dict[str, Any]]) -> None:
    _fix, reference, text, span, expected = case
    assert_value_on_every_path(tagger, nlp, reference, text, span, expected)


@pytest.mark.parametrize("case", ABSENT, ids=[f"{c[0]}:{c[3]}@{i}" for i, c in enumerate(ABSENT)])
def test_followup_absent(tagger: DateTagger, case: tuple[str, str | None, str, str]) -> None:
    _fix, reference, text, span = case
    found = found_by_tagger(tagger, reference, text)
    assert span not in found, (span, found)
