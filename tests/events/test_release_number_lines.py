"""A release number ("Press release No. 214-2025", "Case Nr. 12") ends no sentence; one day in
a header line under the title, or in a dateline before the agency's dash ("Jeddah, Shawwal 3,
1447, March 22, 2026, SPA --"), is the release's date, not the event's (our own wording)."""

from __future__ import annotations

import pytest
from event_days import DateCase, assert_first_event_days, case_ids

from pressparse.events.text import layout

LAYOUT_CASES = [
    pytest.param("Press release No. 214-2025 | Lima, 3 May 2025", 1, id="press-release-no"),
    pytest.param("The court heard case Nr. 12 on Monday.", 1, id="case-nr"),
    pytest.param("Officers said no. 5 more were held.", 1, id="lower-case-no"),
    pytest.param("Asked whether drugs were found, he said No. Then he left.", 2,
                 id="answer-no-before-word"),
]


@pytest.mark.parametrize(("text", "sentences"), LAYOUT_CASES)
def test_number_sign_ends_no_sentence(text: str, sentences: int) -> None:
    assert len(layout(text).sentences) == sentences


DATE_CASES: list[DateCase] = [
    # a ministry's numbered release: the date line is the release's, the find's day follows
    ("NAVY SEIZES COCAINE FROM A FISHING BOAT\n"
     "Press release No. 301-2025 | Panama City, 20 September 2025\n\n"
     "The Ministry of Public Security reports that on Wednesday 17 September, units of the "
     "National Aeronaval Service intercepted a fishing boat and found 640 kg of cocaine.",
     "2025-09-20", "seizure", ("2025-09-17", "2025-09-17")),
    # a customs bulletin number and a city before the date
    ("Customs officers find heroin in a lorry\n"
     "Bulletin Nr. 45 | Sofia, 21 January 2026\n\n"
     "Customs officers at the Kalotina checkpoint found 12 kg of heroin in a lorry on "
     "19 January.",
     "2026-01-21", "seizure", ("2026-01-19", "2026-01-19")),
]


# a news agency's dateline with two calendars and its credit before the dash: the report's
DATE_CASES += [
    ("Customs foil an attempt to smuggle pills at the port\n"
     "Jeddah, Shawwal 3, 1447, March 22, 2026, SPA -- The customs authority has foiled an "
     "attempt to smuggle 640,000 amphetamine pills hidden in a shipment of tiles. Its "
     "officers found the pills on Friday during an inspection.",
     "2026-03-22", "seizure", ("2026-03-20", "2026-03-20")),
    ("Police seize heroin in a raid\n"
     "Kabul, 14 June 2025, Bakhtar -- Police officers seized 40 kg of heroin in a raid on "
     "Thursday.",
     "2025-06-14", "seizure", ("2025-06-12", "2025-06-12")),
]


@pytest.mark.parametrize("case", DATE_CASES, ids=case_ids(DATE_CASES))
def test_header_line_date_is_the_release_date(case: DateCase) -> None:
    assert_first_event_days(case)
