"""Session 31 forms, classes of error on the spent sets (holdout25-31, newswire17-23), tested
in our own wording:
- a person's year of birth is an age, no DATE: "born in 1979", "born before 1990", a court
  docket's "b. 1988"; births counted in a year ("11,200 babies were born in 2025", "the
  number of children born in 2025") stay dates;
- "the same period of 2026" passes over a stretch already in the year told (the report's own
  "last year" or "the corresponding period of last year") for the stretch the report covers;
  "the same days of 2026" after "since Wednesday" is those days a year back; a table row's
  label "Same period 2025" is the table's stretch in that year;
- two years joined by "and" after "since" or before "respectively" are each a thing's own
  (two DATEs);
- "expected from" a weekday points ahead;
- "the end of the year" told with past wording in the first half of a year is the year just
  ended, and "a year earlier" after it that year's December a year back;
- a split year's months stated in a clause after it ("the 2027/28 season, which began on
  October 1", "which runs from October to May", "that ended on September 30") win over the
  season noun's data, also for the story's other split years;
- "in the past N years" after a superlative of its clause ("the best start in the past 10
  years") is the length measured over, a duration; without one, the stretch a thing
  happened in;
- "next February 9" (Spanish "el próximo 9 de febrero") is that day ahead, one span, as
  "last October 15" is that day past.
"""

from __future__ import annotations

from date_paths import AbsentCase, ValueCase, publisher_style_tests, span

MAY = "2027-04-30"  # a Friday
OCT = "2026-10-20"
FEB = "2028-02-16"
NOV = "2027-11-10"

CASES: list[ValueCase] = [
    ("birth_count", OCT, "Statistics Estonia said 11,200 babies were born in 2025, the lowest "
     "figure on record.", "2025", span("2025-01-01", "2025-12-31")),
    ("birth_count", OCT, "The ministry wants to raise the birth rate, but the number of "
     "children born in 2025 fell again.", "2025", span("2025-01-01", "2025-12-31")),
    ("same_period_year", "2027-10-05", "Coffee arrivals from July 1 to September 30, 2027 "
     "reached 212,000 bags. Roasters took 91,000 bags against 84,000 bags last year, and "
     "exporters 60,000 bags against 52,000 in the same period of 2026.",
     "the same period of 2026", span("2026-07-01", "2026-09-30")),
    ("same_period_year", MAY, "Some 88,000 travellers left Patras since Wednesday, against "
     "79,500 in the same days of 2026.", "the same days of 2026",
     span("2026-04-28", "2026-04-30")),
    ("same_period_year", OCT, "ARRESTS FOR DRUG OFFENCES, 1-30 SEPTEMBER 2026\n"
     "Region\tCases\tPersons\nTOTAL\t88\t61\nSame period 2025\t70\t52",
     "Same period 2025", span("2025-09-01", "2025-09-30")),
    ("year_pair", MAY, "Both ferries, in service since 2012 and 2013, will be retired.",
     "2012", span("2012-01-01", "2012-12-31")),
    ("year_pair", MAY, "Blocks 5 and 6 are due to be connected to the grid in 2030 and 2031, "
     "respectively.", "2031", span("2031-01-01", "2031-12-31")),
    ("year_pair", MAY, "Heroin seizures in Tajikistan rose in 2024 and 2025.",
     "2024 and 2025", span("2024-01-01", "2025-12-31")),
    ("expected_from", MAY, "Heavy return traffic expected from Monday evening on the "
     "Athens-Lamia motorway.", "Monday evening", span("2027-05-03", "2027-05-03")),
    ("year_end", FEB, "The number of dairy farms fell to 3,910 at the end of the year, from "
     "4,380 a year earlier.", "the end of the year", span("2027-12-01", "2027-12-31")),
    ("year_end", FEB, "The number of dairy farms fell to 3,910 at the end of the year, from "
     "4,380 a year earlier.", "a year earlier", span("2026-12-01", "2026-12-31")),
    ("year_end", FEB, "The cooperative expects to process 90,000 tonnes by the end of the "
     "year.", "the end of the year", span("2028-12-01", "2028-12-31")),
    ("stated_season", NOV, "Algerian date exports rose in the 2026/27 season. For the 2027/28 "
     "season, which began on October 1, the ministry expects a larger crop.", "2026/27",
     span("2026-10-01", "2027-09-30")),
    ("stated_season", NOV, "For the 2027/28 marketing year, which started on September 1, the "
     "Ukrainian ministry forecasts 6.1 million tonnes of barley exports.", "2027/28",
     span("2027-09-01", "2028-08-31")),
    ("stated_season", NOV, "Seaweed exports in the 2026-27 harvest season, which runs from "
     "November to April, reached a record.", "2026-27", span("2026-11-01", "2027-04-30")),
    ("stated_season", NOV, "Colombian growers sold more in the 2026/27 crop year that ended on "
     "September 30.", "2026/27", span("2026-10-01", "2027-09-30")),
    ("stated_season", NOV, "The harvest of the 2027-2028 campaign, which begins in April, is "
     "put at 90,000 tonnes of quinoa.", "2027-2028", span("2027-01-01", "2028-12-31")),
    ("superlative_length", NOV, "\"It was the busiest October we have seen in the past 12 "
     "years,\" the hotel owner said.", "the past 12 years", {"kind": "duration"}),
    ("superlative_length", NOV, "Rice exports reached 6.2 million tonnes, the highest level in "
     "the last five years.", "the last five years", {"kind": "duration"}),
    ("superlative_length", NOV, "The gang smuggled 9 tonnes of cannabis resin in the last two "
     "years.", "the last two years", span("2025-11-10", "2027-11-10")),
    ("next_mdy", "2027-01-09", "Avocado shipments to Japan will close next February 12, the "
     "exporters' association said.", "next February 12", span("2027-02-12", "2027-02-12")),
]

ABSENT: list[AbsentCase] = [
    ("birth_year", OCT, "The courier, a citizen of Kyrgyzstan born in 1984, was detained at "
     "the Dostuk checkpoint.", "1984"),
    ("birth_year", OCT, "Free shots are offered to adults born before 1991.", "1991"),
    ("birth_year", OCT, "Case 1/2417-26. Prosecution v. T. A., b. 1993, and S. K., b. 1999, "
     "both citizens of Armenia.", "1993"),
    ("birth_year", OCT, "Case 1/2417-26. Prosecution v. T. A., b. 1993, and S. K., b. 1999, "
     "both citizens of Armenia.", "1999"),
    ("year_pair", MAY, "Both ferries, in service since 2012 and 2013, will be retired.",
     "2012 and 2013"),
]

test_session31_value, test_session31_absent = publisher_style_tests(CASES, ABSENT)
