"""Definite period nouns that refer back to a period the story named (guide, session 13):
"during the week" after "from 9 to 15 November" is those seven days, "over the year" after
"in 2025" is 2025, "during the month" the latest month named, "in the reporting period" the
stretch the text gave; none when the text named no such period, and generic uses ("twice a
year", "every week", "Player of the Year") are none. Session 14 (EFE translated style): "the
whole year", "in the six months" (a stretch of that many months the text gave), "in the
semester" (the half named, as "in the quarter").
Every sentence is our own wording.
"""

from __future__ import annotations

from typing import Any

from date_paths import publisher_style_tests

# (group, DCT, text, span, expected)
CASES: list[tuple[str, str | None, str, str, dict[str, Any]]] = [
    # -- "the week": the last stretch of seven days the text gave
    ("week", "2026-11-17", "From 9 to 15 November, police ran the operation across the "
     "region. During the week, officers detected 63 drug crimes.", "the week",
     {"start": "2026-11-09", "end": "2026-11-15"}),
    ("week", "2025-04-22", "Results of customs posts for 14.04-20.04.2025. Over the week, "
     "officers seized 12 kg of hashish.", "the week",
     {"start": "2025-04-14", "end": "2025-04-20"}),
    # -- "the month": the latest month named, not the year-ago one compared
    ("month", "2025-03-10", "In February 2025, border guards seized 21 kg of heroin. During "
     "the month, 412 smugglers were arrested.", "the month",
     {"start": "2025-02-01", "end": "2025-02-28"}),
    ("month", "2027-05-04", "Prices rose 18 per cent to Rs 5.42 in April, against Rs 4.59 in "
     "April 2026. Volume traded during the month rose 21 per cent.", "the month",
     {"start": "2027-04-01", "end": "2027-04-30"}),
    # -- "the year": the latest year named (one over by the reference first), not a
    # compared year in an aside
    ("year", "2024-02-10", "The committee summed up its work in 2023. Over the year, border "
     "guards detained 2,146 violators.", "the year",
     {"start": "2023-01-01", "end": "2023-12-31"}),
    ("year", "2025-07-25", "Coca crops fell to 89,755 hectares in 2024, 3.3 percent less "
     "than in 2023, after eradication teams removed 25,107 hectares during the year.",
     "the year", {"start": "2024-01-01", "end": "2024-12-31"}),
    ("year", "2025-03-01", "The service detected 1 142 cases in 2024 (2023: 1 387). Over "
     "the year, 1 376 balloons were detected.", "the year",
     {"start": "2024-01-01", "end": "2024-12-31"}),
    ("year", "2027-02-06", "In 2026 the police registered 28 417 crimes. The plans for 2027 "
     "were approved. Over the year, 912 drug couriers were detained.", "the year",
     {"start": "2026-01-01", "end": "2026-12-31"}),
    ("year", "2025-12-29", "In 2025 the group seized more than 190 kg of drugs. The largest "
     "find of the year was made near the village.", "the year",
     {"start": "2025-01-01", "end": "2025-12-31"}),
    # -- "the period", "the reporting period": the stretch the text gave
    ("period", "2024-10-15", "From January to September 2024, police removed 3,412 kg of "
     "drugs. During the period, 612 drug-related crimes were registered.", "the period",
     {"start": "2024-01-01", "end": "2024-09-30"}),
    ("period", "2024-08-12", "The bulletin covers the first half of 2024. In the reporting "
     "period 26 laboratories were dismantled.", "the reporting period",
     {"start": "2024-01-01", "end": "2024-06-30"}),
    # -- "the whole/entire year": the latest year named (EFE, session 14)
    ("whole year", "2027-07-02", "The record was set in 2024, with 46,843 arrivals during the "
     "whole year.", "the whole year", {"start": "2024-01-01", "end": "2024-12-31"}),
    ("whole year", "2026-02-10", "Exports of olive oil reached 1.1 million tonnes in 2025. "
     "Over the entire year, shipments to China doubled.", "the entire year",
     {"start": "2025-01-01", "end": "2025-12-31"}),
    # -- "the six months": the stretch of that many months the text gave
    ("n months", "2027-07-02", "Arrivals by sea between 1 January and 30 June fell 38%. On the "
     "Balearic route, 4,316 migrants arrived in the six months.", "the six months",
     {"start": "2027-01-01", "end": "2027-06-30"}),
    ("n months", "2026-10-20", "From April to June 2026, the port handled 2.1 million TEU. "
     "Transshipment volumes rose 4% over the three months.", "the three months",
     {"start": "2026-04-01", "end": "2026-06-30"}),
    # -- "the semester": the half the text named, as "the quarter" (Spanish "semestre")
    ("semester", "2027-07-02", "Irregular arrivals fell 38.6% in the first half. In total, "
     "22,685 migrants entered Spain in the semester.", "the semester",
     {"start": "2027-01-01", "end": "2027-06-30"}),
    # "the year before" stays a year counted from the one named, not that year
    ("year before", "2026-03-12", "Exports fell 4% in 2025 after rising 6% the year before.",
     "the year before", {"start": "2024-01-01", "end": "2024-12-31"}),
    # "in the past year" right after the year before the reference's: that year
    ("past year", "2026-02-10", "The board reviewed the fight against smuggling in 2025. In "
     "the past year, customs officers seized 9.6 tonnes of drugs.", "the past year",
     {"start": "2025-01-01", "end": "2025-12-31"}),
    ("past year", "2027-01-20", "The ministry published its figures for 2026 on Monday: in "
     "the past year, border guards detained 412 smugglers.", "the past year",
     {"start": "2026-01-01", "end": "2026-12-31"}),
    # ... over which something changed, or after an older year: a length (TIMEX3 P1Y)
    ("past year", "2026-02-10", "Prices in 2025 were high. Rents have risen 12% over the past "
     "year, the bank said.", "the past year", {"kind": "duration", "timex": "P1Y"}),
    ("past year", "2026-02-10", "Exports hit a record in 2024. In the past year, they fell.",
     "the past year", {"kind": "duration", "timex": "P1Y"}),
    # -- a part of a year names its year (session 19: "the year" after "the first half");
    # "the full year" with no year named is the year in progress
    ("part names year", "2026-08-20", "The fleet landed catches worth 14 billion crowns in "
     "the first half. For the year as a whole, exporters expect a record.", "the year",
     {"start": "2026-01-01", "end": "2026-12-31"}),
    ("part names year", "2026-08-20", "Catches rose 8% in the first half of 2026. Over the "
     "year, the fleet expects to land 2.4 million tonnes, more than the year before.",
     "the year before", {"start": "2025-01-01", "end": "2025-12-31"}),
    ("part names year", "2025-11-12", "Sales rose 4% in the third quarter of 2025. Over the "
     "year, the group expects 6% growth.", "the year",
     {"start": "2025-01-01", "end": "2025-12-31"}),
    ("full year", "2027-03-11", "The packaging maker said it expected core profit of 610 "
     "million euros for the full year.", "the full year",
     {"start": "2027-01-01", "end": "2027-12-31"}),
]

# (group, DCT, text, span): no date
ABSENT: list[tuple[str, str | None, str, str]] = [
    ("generic", "2026-05-21", "The board meets twice a year in the capital.", "a year"),
    ("generic", "2026-05-21", "Inspectors visit the port every week.", "week"),
    ("generic", "2026-05-21", "She was named Player of the Year at the gala.", "the Year"),
    ("generic", "2026-05-21", "The year was difficult for the industry, analysts said.",
     "The year"),
    # no period of that kind named before it
    ("none named", "2026-05-21", "Police made 40 arrests during the week, the ministry "
     "said.", "the week"),
    ("none named", "2026-05-21", "It was the largest seizure of the year by the highway "
     "police.", "the year"),
    ("none named", "2026-05-21", "During the month, officers seized 3 kg of heroin.",
     "the month"),
    # (a single month names no year: "In March ... over the year" stays none)
    ("none named", "2026-05-21", "In March police seized 3 kg of heroin. The largest find "
     "of the year was made in May.", "the year"),
    # a number of months with no stretch that long named, a semester with no half named
    ("n months", "2026-10-20", "In March 2026 the bank cut rates. Prices rose 2% over the "
     "three months.", "the three months"),
    ("n months", "2026-10-20", "He spent the six months in a remand prison.",
     "the six months"),
    ("semester", "2026-10-20", "Students enrolled in the semester pay lower fees.",
     "the semester"),
    # the period the words after it give, or a year ended later
    ("given after", "2026-05-21", "Profit rose 5% in the year to March 31.", "the year"),
    ("given after", "2026-05-21", "During the period from 12 to 18 May, 14 people were "
     "detained.", "the period"),
    ("given after", "2026-05-21", "A forum will be held during the week beginning 6 April.",
     "the week"),
]

test_period_anaphor_value, test_period_anaphor_absent = publisher_style_tests(CASES, ABSENT)
