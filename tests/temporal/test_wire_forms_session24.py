"""Session 24 forms, classes of error on the spent sealed sets (holdout21, holdout23,
holdout24), tested in our own wording and in other countries' styles:
- a report's tally noun, "of" and a period noun in a heading's label ("Results of the week:
  37 crimes", "Main incidents of the week:", "Cases of the month"): the period the text
  named, as "during the week"; no date when the text named none, and not "Player of the week",
  "the rest of the week", nor "The results of the week were discussed" (a sentence).
- "the previous campaign", "the last season", "the prior season": the split year the text
  named last ("the 2026-2027 season", "the 2025/26 crop year"), a year back (newswire11,
  newswire15); no date when the text named none, nor a winter's three months.
"""

from __future__ import annotations

from date_paths import AbsentCase, ValueCase, publisher_style_tests, span

MAR = "2027-03-10"  # a Wednesday
NOV = "2026-11-24"  # a Tuesday
FIJI_WEEKLY = ("Fiji Revenue and Customs Service weekly summary, 1 - 7 March 2027\n"
               "Results of the week: 14 seizures at Nadi airport and Suva wharf.\n"
               "Main incidents of the week:\n"
               "- 03.03, Lautoka port: 22 kg of cannabis in a container.")
PERU_MONTHLY = ("Coast guard monthly bulletin, January 2027\n"
                "Highlights of the month: the patrol boat BAP Ferre boarded 31 vessels.")
BHUTAN_WEEKLY = ("Weekly crime report (16.11.2026 - 22.11.2026)\n"
                 "Posted: 23.11.2026\n"
                 "Cases of the week\n"
                 "• Two men were held at Phuentsholing gate with 300 tablets of tramadol.")


CASES: list[ValueCase] = [
    ("tally_of_period", MAR, FIJI_WEEKLY, "the week", span("2027-03-01", "2027-03-07")),
    ("tally_of_period", MAR, PERU_MONTHLY, "the month", span("2027-01-01", "2027-01-31")),
    ("tally_of_period", NOV, BHUTAN_WEEKLY, "the week", span("2026-11-16", "2026-11-22")),
    ("previous_season", MAR, "Brazil shipped 41.2 million bags of coffee in the 2025/26 crop "
     "year, against 38.9 million bags the previous season, Cecafe said.", "the previous season",
     span("2024-07-01", "2025-06-30")),
    ("previous_season", MAR, "Kenya's tea auctions in the 2026-2027 season sold 12% more than "
     "in the previous campaign.", "the previous campaign", span("2025-01-01", "2026-12-31")),
    ("previous_season", MAR, "Greek olive oil output in the 2027/2028 campaign will fall 20% on "
     "the previous campaign. Tunisia expects 340,000 tonnes, up from 220,000 in the last "
     "campaign.", "the last campaign", span("2026-10-01", "2027-09-30")),  # (olive oil's
    # campaign runs October to September: season_subjects.jsonl)
    ("previous_season", MAR, "Vietnam's rice harvest 2026/2027 advances in the Mekong delta, "
     "where yields are 4 percent up on the last campaign.", "the last campaign",
     span("2025-01-01", "2026-12-31")),  # (a split year before its noun: two years)
]

ABSENT: list[AbsentCase] = [
    # an award or a part of the period, not a report's tally
    ("tally_of_period", MAR, "Coast guard weekly bulletin, 1 - 7 March 2027\nThe Player of the "
     "week award went to Sefa, who scored twice.", "the week"),
    ("tally_of_period", MAR, "Weekly bulletin, 1 - 7 March 2027\nPatrols were suspended for "
     "the rest of the week.", "the week"),
    # a tally's noun in a sentence, not a heading's label
    ("tally_of_period", MAR, "Weekly summary, 1 - 7 March 2027\nThe results of the week were "
     "discussed at a meeting of the board in Suva.", "the week"),
    # no period named before it
    ("tally_of_period", MAR, "Summary of the month: the museum welcomed 4,000 visitors.",
     "the month"),
    # no split year named before it, or only a winter; an election's or a show's campaign
    ("previous_season", MAR, "The opposition ran a bitter campaign. The previous campaign "
     "was calmer, observers in Accra said.", "The previous campaign"),
    ("previous_season", MAR, "Ski passes in Zakopane cost 180 zloty this winter, after 165 "
     "zloty in the previous season.", "the previous season"),
    ("previous_season", MAR, "Output in the 2025/26 season rose 4%. The last season of the "
     "drama series airs in May.", "The last season"),
]


test_session24_value, test_session24_absent = publisher_style_tests(CASES, ABSENT)
