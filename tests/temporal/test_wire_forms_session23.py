"""Session 23 forms, classes of error on the spent sealed sets (holdout21-23, newswire14-15),
tested in our own wording and in other countries' styles:
- a day.month opening a list's line after a dash or bullet and before a comma or a capital
  ("– 03.02, Bagratashen checkpoint."), or before a clock time ending the line ("21.04 09:15",
  a wire terminal's item stamp): that day;
- "that evening", "that night", "that morning": the day the text last gave;
- "the reporting week": the week the report gave, as "the reporting period" (holdout23);
- a weekday's bare day before an article or a determiner ("intercepted on Sunday 4 a fishing
  boat"), as before "the" (holdout17, holdout23): that day;
- "on the day" closing its clause ("firmer on the day,"): the day the text last gave; not
  "on the day of the vote", "the day he arrived" (the day of an event), nor "for the day",
  "during the day" (left undated in the samples, as is a bare "that day": holdout2 gold).
"""

from __future__ import annotations

from typing import Any

from date_paths import AbsentCase, ValueCase, publisher_style_tests


def _day(iso: str) -> dict[str, Any]:
    return {"start": iso, "end": iso}


FEB = "2027-02-06"  # a Saturday
APR = "2027-04-21"  # a Wednesday
OCT = "2026-10-09"  # a Friday
CUSTOMS_LIST = ("Weekly summary of the customs service:\n"
                "– 03.02, Bagratashen checkpoint. Officers found 12 kg of heroin in a truck.\n"
                "– 05.02, Zvartnots airport. A passenger failed to declare cash.")
BORDER_LIST = ("Latest from the border police\n"
               "• 04.02 Port of Durres: 40 kg of cannabis found in a lorry\n"
               "- 01.02, Kakavia crossing: two men held")

CASES: list[ValueCase] = [
    # -- a day.month opening a list's line, after a dash or a bullet
    ("list_day", FEB, CUSTOMS_LIST, "03.02", _day("2027-02-03")),
    ("list_day", FEB, CUSTOMS_LIST, "05.02", _day("2027-02-05")),
    ("list_day", FEB, BORDER_LIST, "04.02", _day("2027-02-04")),
    ("list_day", FEB, BORDER_LIST, "01.02", _day("2027-02-01")),
    # -- a day.month and a clock time on their own line (a wire terminal's item stamp)
    ("stamp_line", APR, "Heroin haul at the southern border\n21.04 09:15\nYEREVAN. April 21 "
     "(ArmInfo) - Customs officers seized 30 kg of heroin, the committee said.", "21.04",
     _day("2027-04-21")),
    ("stamp_line", APR, "Port strike ends after talks\n19.04 18.40\nThe dockers returned to "
     "work on Monday.", "19.04", _day("2027-04-19")),
    # -- "that evening", "that night": the day the text last gave
    ("that_part", OCT, "Detectives made a controlled delivery of the parcel on Wednesday. Later "
     "that evening they searched two houses in Apia.", "that evening", _day("2026-10-07")),
    ("that_part", OCT, "The vessel docked in Suva on Tuesday and customs officers boarded it "
     "that night.", "that night", _day("2026-10-06")),
    ("that_part", OCT, "Police were called to the market on October 2. That morning two "
     "stalls had been broken into.", "That morning", _day("2026-10-02")),
    # -- "the reporting week": the week the report gave (as "the reporting period")
    ("reporting_week", OCT, "Weekly bulletin, 28 September - 4 October 2026\nDuring the "
     "reporting week, customs officers at Nausori airport checked 1,240 passengers.",
     "the reporting week", {"start": "2026-09-28", "end": "2026-10-04"}),
    # -- a weekday's bare day before an article or determiner opening the clause
    ("bare_day", OCT, "A navy patrol intercepted on Sunday 4 a fishing boat carrying 90 kg of "
     "cocaine.", "Sunday 4", _day("2026-10-04")),
    ("bare_day", OCT, "On Tuesday 6 their vessel was boarded off Kiribati.", "Tuesday 6",
     _day("2026-10-06")),
    # -- "on the day" closing its clause
    ("on_the_day", OCT, "The central bank cut its policy rate on Thursday. The lira closed "
     "0.4% weaker on the day, dealers said.", "the day", _day("2026-10-08")),
    ("on_the_day", OCT, "The first wool auction of the season was held on Tuesday in Geelong. "
     "About 9,000 bales were sold on the day.", "the day", _day("2026-10-06")),
]

ABSENT: list[AbsentCase] = [
    # a weekday's bare day before a counted noun stays a count
    ("bare_day", OCT, "On Sunday 4 officers were injured in the clash.", "Sunday 4"),
    # a decimal or a time opening a line is no day.month
    ("list_day", FEB, "Lap times\n– 10.12 seconds, the fastest of the heat", "10.12"),
    ("list_day", FEB, "Rates\n12.03 12.50 per litre", "12.03"),
    # the day of an event
    ("on_the_day", OCT, "Crowds gathered in Nadi on the day of the funeral.", "the day"),
    ("on_the_day", OCT, "It rained on the day he arrived in Honiara.", "the day"),
    # ... nor "for the day", "during the day" (the samples leave them undated)
    ("on_the_day", OCT, "Ferries to Savai'i were halted for the day.", "the day"),
    ("on_the_day", OCT, "During the day, the index fell 2%.", "the day"),
    ("on_the_day", OCT, "Officials said that day-to-day work at the port goes on.", "that day"),
    ("that_part", OCT, "He said that night-time patrols would continue.", "that night"),
]


test_session23_value, test_session23_absent = publisher_style_tests(CASES, ABSENT)
