"""Which side of the publication date a year-less date or a lone weekday falls on, from the
tense of its clause (news-wire style, as AP and TimeBank read it): future wording (modal or
plan verbs, "signals", "is set to", a deadline "by"/"before" in an infinitive clause) takes
the next one; past wording ("fell", "said", "had arrested", "since") the last one; a clause
that tells no tense ("closes on Sept. 1", "the vote is on Friday") the nearer of the two.
Every sentence is our own wording.

DCT: Wednesday 18 March 2026 unless a row gives another.
"""

from __future__ import annotations

from typing import Any

import pytest
from date_paths import assert_value_on_every_path
from spacy.language import Language

from pressparse.temporal.tagger import DateTagger

DCT = "2026-03-18"


def _at(timex: str, start: str, end: str | None = None) -> dict[str, Any]:
    """The expected TIMEX3 value and calendar stretch."""
    return {"timex": timex, "start": start, "end": end or start}


# (group, text, span, expected[, DCT])
CASES: list[tuple[Any, ...]] = [
    # -- future wording: the next one ---------------------------------------------------------
    ("future", "Central bank lifts rates, signals a smaller rise in May", "May",
     _at("2026-05", "2026-05-01", "2026-05-31")),
    ("future", "The board will meet on Sept. 1 to review the merger.", "Sept. 1",
     _at("2026-09-01", "2026-09-01")),
    ("future", "The union is set to strike on Friday over pensions.", "Friday",
     _at("2026-03-20", "2026-03-20")),
    ("future", "The group aims to list its shares in October.", "October",
     _at("2026-10", "2026-10-01", "2026-10-31")),
    ("future", "The lender expects to make a second payment in the second half of the year.",
     "the second half of the year", _at("2026-H2", "2026-07-01", "2026-12-31"), "2026-01-29"),
    # -- a deadline in an infinitive clause: ahead, even after a past reporting verb ---------
    ("deadline", "Regulators asked the banks to submit new plans by the end of April.",
     "the end of April", _at("2026-04", "2026-04-30")),
    ("deadline", "A spokesman said the airline expected flights to resume by Friday.", "Friday",
     _at("2026-03-20", "2026-03-20")),
    ("deadline", "Ministers were told to settle the details before the summer.", "the summer",
     _at("2026-SU", "2026-06-01", "2026-08-31")),
    # -- no tense told: the nearer one --------------------------------------------------------
    ("present", "The transfer window closes at 7 p.m. on Sept. 1.", "Sept. 1",
     _at("2026-09-01", "2026-09-01"), "2026-07-29"),
    ("present", "The second round of the vote is on Friday.", "Friday",
     _at("2026-03-20", "2026-03-20")),
    ("present", "Sales in January are the highest on record.", "January",
     _at("2026-01", "2026-01-01", "2026-01-31")),
    ("present", "Exports in November are up 4 percent on the year.", "November",
     _at("2025-11", "2025-11-01", "2025-11-30")),
    # -- past wording: the last one -----------------------------------------------------------
    ("past", "Inflation fell in May, the statistics agency said.", "May",
     _at("2025-05", "2025-05-01", "2025-05-31")),
    ("past", "Police seized 40 kg of cannabis on Friday.", "Friday",
     _at("2026-03-13", "2026-03-13")),
    ("past", "Operations returned to normal by Friday.", "Friday",
     _at("2026-03-13", "2026-03-13")),
    ("past", "Officers had arrested five men by Monday.", "Monday",
     _at("2026-03-16", "2026-03-16")),
    ("past", "Since October 1, officers have intercepted 30 shipments of cocaine.",
     "October 1", _at("2025-10-01", "2025-10-01")),
    ("past", "Since June, the unit has dismantled three laboratories.", "June",
     _at("2025-06", "2025-06-01", "2025-06-30")),
    ("past", "On Thursday, in a village near the border, officers of the district police also "
     "found 46 kg of dried cannabis.", "Thursday", _at("2026-03-12", "2026-03-12")),
    ("past", "Exports rose in the second half of the year, the ministry said.",
     "the second half of the year", _at("2025-H2", "2025-07-01", "2025-12-31"), "2026-01-29"),
    ("past", "The fireworks on Dec. 31 drew large crowds.", "Dec. 31",
     _at("2025-12-31", "2025-12-31")),
    ("past", "In May, the bank cut rates by half a point.", "May",
     _at("2025-05", "2025-05-01", "2025-05-31")),
    ("future", "The bank will cut rates again in May.", "May",
     _at("2026-05", "2026-05-01", "2026-05-31")),
    ("past", "The storm hit the coast on Friday.", "Friday", _at("2026-03-13", "2026-03-13")),
    # -- "between" two weekdays: one stretch (next to each other or not) -------------------
    ("stretch", "Extra trains will run between Wednesday and Saturday.",
     "Wednesday and Saturday", _at("2026-03-18/2026-03-21", "2026-03-18", "2026-03-21")),
    ("stretch", "Talks were held on Monday and Thursday.", "Thursday",
     _at("2026-03-12", "2026-03-12")),
    # -- a headline: its present tells a past event, its infinitive a coming one -------------
    ("headline", "Police seize 40 kg of heroin on Friday", "Friday",
     _at("2026-03-13", "2026-03-13")),
    ("headline", "Pilots to strike on Friday over pensions", "Friday",
     _at("2026-03-20", "2026-03-20")),
    ("headline", "Fuel prices\nThe new tariff applies from Friday.", "Friday",
     _at("2026-03-20", "2026-03-20")),
    # -- a day or month just ahead (within three weeks, the last one most of a year back): the
    # next one, whatever participle or other clause's past stands in its sentence; "since"
    # still tells the last one
    ("just ahead", "The ministry will buy back bonds offered by March 27, with payment "
     "expected on April 2.", "March 27", _at("2026-03-27", "2026-03-27")),
    ("just ahead", "The ministry will buy back bonds offered by March 27, with payment "
     "expected on April 2.", "April 2", _at("2026-04-02", "2026-04-02")),
    ("just ahead", "Passes bought for the cancelled shows can be used until March 31 or "
     "refunded, the theatre said.", "March 31", _at("2026-03-31", "2026-03-31")),
    ("just ahead", "Millers said the levy would hurt firms that had signed deals for "
     "deliveries in April-May.", "April-May", _at("2026-04/2026-05", "2026-04-01",
                                                  "2026-05-31")),
    ("just ahead", "Since March 25, officers have seized 12 kg of heroin.", "March 25",
     _at("2025-03-25", "2025-03-25")),
    ("just ahead", "From January to November, the unit seized 86 kg of heroin, it said.",
     "January to November", _at("2025-01/2025-11", "2025-01-01", "2025-11-30"), "2025-12-20"),
    # -- a participle after "remains"/"stays" is a lasting state, no past
    ("state", "The mountain pass remains closed until Friday morning.",
     "Friday morning", _at("2026-03-20TMO", "2026-03-20")),
    ("state", "Schools stay shut until Thursday after the floods.", "Thursday",
     _at("2026-03-19", "2026-03-19")),
    # -- "until" ends a state told in the present: ahead, even when the last one is nearer;
    # past wording before it tells the state is over
    ("until", "Schools stay shut until Monday, the education ministry said.", "Monday",
     _at("2026-03-23", "2026-03-23")),
    ("until", "Flights from the island remain suspended until Sunday.", "Sunday",
     _at("2026-03-22", "2026-03-22")),
    ("until", "The border crossing is closed till Monday for repairs.", "Monday",
     _at("2026-03-23", "2026-03-23")),
    ("until", "Flights from the island were suspended until Sunday.", "Sunday",
     _at("2026-03-15", "2026-03-15")),
    ("until", "The plant remained closed until Monday, the company said.", "Monday",
     _at("2026-03-16", "2026-03-16")),
    # -- a weekday after "until" past wording: the day the state ends, told from the act that
    # set it, so the nearer one, ahead or past (DCT a Wednesday)
    ("until past", "Two regional airports were closed until Thursday morning, officials said.",
     "Thursday morning", _at("2026-03-19TMO", "2026-03-19")),
    ("until past", "Heavy trucks were banned from the motorways until Saturday 15:00.",
     "Saturday", _at("2026-03-21", "2026-03-21")),
    ("until past", "The weather office warned of heavy rain on the coast until 9pm Thursday.",
     "Thursday", _at("2026-03-19", "2026-03-19")),
    ("until past", "The talks ran until Tuesday, two delegates said.", "Tuesday",
     _at("2026-03-17", "2026-03-17")),
    ("until past", "The port stayed shut until Monday after the storm, the authority said.",
     "Monday", _at("2026-03-16", "2026-03-16")),
    # -- a date after one told ahead in its clause, no past verb between: ahead too
    ("after ahead", "The carrier launched a sale of 200,000 seats, on offer until March 25 for "
     "trips between May and July.", "May and July",
     _at("2026-05/2026-07", "2026-05-01", "2026-07-31")),
    ("after ahead", "The fare is valid until March 25, after the carrier cut prices in "
     "May.", "May", _at("2025-05", "2025-05-01", "2025-05-31")),
    # a verb of signalling and the act it signals: the act is ahead, whatever the tense
    ("signalled", "The central bank signalled a cut in June, sending bond yields lower.",
     "June", _at("2026-06", "2026-06-01", "2026-06-30")),
    ("signalled", "Policymakers flagged another rate hike in September as wage growth held.",
     "September", _at("2026-09", "2026-09-01", "2026-09-30")),
    ("signalled", "The ministry flagged a drop in February exports to Asia.", "February",
     _at("2026-02", "2026-02-01", "2026-02-28")),
    # a data release "for <month>": "due"/"expected" tell the release day, the month is past
    ("release", "Retail sales for February, due on Friday, are expected to show a modest rise.",
     "February", _at("2026-02", "2026-02-01", "2026-02-28")),
    ("release", "Factory orders for January, which are due next week, will be watched.",
     "January", _at("2026-01", "2026-01-01", "2026-01-31")),
    # -- a year counted from a season keeps its extent (guide: TIMEX3 anchor granularity) ---
    ("anchor", "Clubs spent a record in the summer of 2025, 18% more than a year earlier.",
     "a year earlier", _at("2024-SU", "2024-06-01", "2024-08-31"), "2026-07-29"),
    # ... and so does one counted in several years ("three years earlier"), not "ago"
    ("anchor", "Exports in the first quarter of 2026 were double those of three years "
     "earlier.", "three years earlier", _at("2023-Q1", "2023-01-01", "2023-03-31"),
     "2026-06-25"),
    ("anchor", "The population stood at 123.2 million as of Oct. 1, 2025, down 1.8% from five "
     "years earlier.", "five years earlier", _at("2020-10-01", "2020-10-01"), "2026-06-25"),
    ("anchor", "Sales in May rose 12% from two years ago.", "two years ago",
     _at("2024", "2024-01-01", "2024-12-31"), "2026-06-25"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}:{c[2]}@{i}" for i, c in enumerate(CASES)])
def test_tense_picks_the_side(tagger: DateTagger, nlp: Language, case: tuple[Any, ...]) -> None:
    _group, text, span, expected, *rest = case
    assert_value_on_every_path(tagger, nlp, rest[0] if rest else DCT, text, span, expected)
