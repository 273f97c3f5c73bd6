"""Date conventions of publishers met on the fifth held-out set, in our own sentences:
Buddhist-era years, a weekday with its part of the day or with the day of the month in
brackets, two weekdays as one stretch, "between <dd.mm.yyyy> and <dd.mm.yyyy>", a posting
label or a "Source · date" header as the item's dateline, "in or about 2019" (a year), the
year of a name ("the ... Act, 2018", "a 2017 Toyota") and a year in a breadcrumb trail (no
dates), "the first half of <month>", a day word glossed by the date after it ("today, Friday
7 March 2025"), a future weekday inside the coming stretch of days the text gave.

Decisions: a year from 2400 written with a day or month is Buddhist-era (year - 543) and its
Common-era gloss in brackets joins the span. The part of the day after a weekday is in the
span ("Saturday night"). "Friday (31)" is the 31st nearest before the reference that is a
Friday. Two weekdays joined by "and" are one stretch only when they are next to each other.
"""

from __future__ import annotations

from typing import Any

import pytest
from date_paths import found_by_component, publisher_style_tests
from spacy.language import Language

DCT = "2025-11-18"  # a Tuesday

# (fix, reference or None, text, expected span, expected values)
CASES: list[tuple[str, str | None, str, str, dict[str, Any]]] = [
    ("buddhist_era", None, "Officers seized 2 million pills on 9 October 2568 in Chiang Rai.",
     "9 October 2568", {"start": "2025-10-09", "end": "2025-10-09", "year_inferred": False}),
    ("buddhist_era", None, "BANGKOK, 3 Dec. 2567 (2024) – The board met in Bangkok.",
     "3 Dec. 2567 (2024)", {"start": "2024-12-03"}),
    ("buddhist_era", None, "Results from 1 March to 30 April 2566 show a rise in arrests.",
     "1 March to 30 April 2566", {"start": "2023-03-01", "end": "2023-04-30"}),
    ("buddhist_era", None, "The campaign ran through June 2568 in three provinces.",
     "June 2568", {"start": "2025-06-01", "end": "2025-06-30"}),
    ("buddhist_era", None, "On December 5, 2567 the navy stopped a boat.", "December 5, 2567",
     {"start": "2024-12-05"}),
    ("day_part", DCT, "Customs officers stopped the lorry on Sunday evening near Calais.",
     "Sunday evening", {"start": "2025-11-16", "end": "2025-11-16", "timex": "2025-11-16TEV"}),
    ("day_part", DCT, "On Monday night, October 6, patrol officers stopped a van.",
     "Monday night, October 6", {"start": "2025-10-06", "end": "2025-10-06"}),
    ("month_day", DCT, "Inspectors found the cocaine on Friday (7) in a container.",
     "Friday (7)", {"start": "2025-11-07", "end": "2025-11-07"}),
    ("month_day", DCT, "The suspect was arrested on Thursday (30) at the airport.",
     "Thursday (30)", {"start": "2025-10-30", "end": "2025-10-30"}),
    ("month_day", DCT, "Agents seized the guns on Sunday (2nd) afternoon.",
     "Sunday (2nd) afternoon", {"start": "2025-11-02", "timex": "2025-11-02TAF"}),
    ("weekday_pair", DCT, "On Sunday and Monday, officers searched eleven flats.",
     "Sunday and Monday", {"start": "2025-11-16", "end": "2025-11-17"}),
    ("weekday_pair", DCT, "From Monday to Thursday, the team trained in Gdańsk.",
     "Monday to Thursday", {"start": "2025-11-10", "end": "2025-11-13"}),
    ("between_numeric", DCT, "Between 01.02.2025 and 30.09.2025 the unit seized 40 kg.",
     "01.02.2025 and 30.09.2025", {"start": "2025-02-01", "end": "2025-09-30"}),
    ("posting_label", None,
     "Heroin found in a truck\nPublished on 14/10/2025 10h20\n\nPolice found heroin on "
     "Saturday in Arica.", "Saturday", {"start": "2025-10-11", "end": "2025-10-11"}),
    ("in_or_about", DCT, "From in or about 2021 the group sold heroin near a school.",
     "2021", {"start": "2021-01-01", "end": "2021-12-31"}),
    ("counted_from_weekday", DCT,
     "Coast guards stopped the boat on Sunday. It had left Karachi about two weeks earlier.",
     "two weeks earlier", {"start": "2025-11-02", "end": "2025-11-02"}),
    ("month_half", DCT, "Seizures rose in the first half of September, police said.",
     "the first half of September", {"start": "2025-09-01", "end": "2025-09-15"}),
    ("month_half", DCT, "The campaign ran in the second half of February 2024.",
     "the second half of February 2024", {"start": "2024-02-16", "end": "2024-02-29"}),
    ("apposition", DCT, "Police will allege the men left port on Sunday (9 November, 2025) "
     "with the drugs.", "Sunday", {"start": "2025-11-09", "end": "2025-11-09"}),
    ("apposition", None, "GEORGE – A courier is due in court today, Friday 7 March 2025, "
     "after his arrest.", "today", {"start": "2025-03-07", "end": "2025-03-07"}),
    ("future_stretch", DCT, "The agency will hold a course from Monday, 1st December to Friday, "
     "5th December. The opening will take place on Tuesday at 10 a.m.", "Tuesday",
     {"start": "2025-12-02", "end": "2025-12-02"}),
    ("year_gloss", DCT, "In 2024 (January to December), customs found 1,200 kg of drugs, "
     "9% more than the previous year.", "January to December",
     {"start": "2024-01-01", "end": "2024-12-31"}),
    ("year_gloss", DCT, "In 2024 (January to December), customs found 1,200 kg of drugs, "
     "9% more than the previous year.", "the previous year",
     {"start": "2023-01-01", "end": "2023-12-31"}),
    ("opening_hours", DCT, "The drop box is open Monday to Friday 9am-5pm at the station.",
     "Monday to Friday", {"kind": "set", "start": None}),
    ("source_header", None,
     "Border Police · 21.10.2025 08:15\nYesterday, officers detained two couriers.",
     "Yesterday", {"start": "2025-10-20", "end": "2025-10-20"}),
]

ABSENT: list[tuple[str, str | None, str, str]] = [
    ("buddhist_era", DCT, "Officers counted 2568 pills in the bag.", "2568"),
    ("weekday_pair", DCT, "Raids took place on Monday and Thursday in two towns.",
     "Monday and Thursday"),
    ("law_name", DCT, "A case was filed under the Narcotics Control Act, 2018 in Dhaka.", "2018"),
    ("law_name", DCT, "They were charged under the Misuse of Drugs Ordinance 2019.", "2019"),
    ("law_name", DCT, "Charges under the Dangerous Drugs Act of 2002 will be filed.", "2002"),
    ("name_year", DCT, "Agents searched a 2017 Toyota pickup at the crossing.", "2017"),
    ("name_year", DCT, "The World Drug Report 2025 was released in Vienna.", "2025"),
    ("numbering", DCT, "Call the hotline 1919 to report smugglers.", "1919"),
    ("breadcrumb", DCT, "Home / News / News 2025\nPolice seize 2 kg of heroin", "2025"),
    ("breadcrumb", DCT, "Topics > Customs > 2024 > March\nCustoms seize cigarettes", "2024"),
]


test_publisher_style_value, test_publisher_style_absent = publisher_style_tests(
    CASES, ABSENT)


# (reference as a page gives it, text, span, expected start): a Buddhist-era reference date
# ("Date: 14 Nov. 2568") dates year-less days in the Common era
BUDDHIST_REFERENCES: list[tuple[str, str, str, str]] = [
    ("2568-11-14", "Officers stopped the truck on 11 November at a checkpoint.", "11 November",
     "2025-11-11"),
    ("2567-03-02", "Police raided the farm on Friday near Mae Sot.", "Friday", "2024-03-01"),
]


@pytest.mark.parametrize("case", BUDDHIST_REFERENCES, ids=[c[2] for c in BUDDHIST_REFERENCES])
def test_buddhist_era_reference(nlp: Language, case: tuple[str, str, str, str]) -> None:
    reference, text, span, start = case
    for driver_text in (True, False):
        found = found_by_component(nlp, reference, text, driver_text=driver_text)
        assert found[span]["start"] == start, found
