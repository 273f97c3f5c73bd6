"""A release whose lead tells a verdict without naming the court ("were sentenced last week
in federal court") and whose later sentence dating it names the court ("On 4 and 5 March,
in the County Court of Victoria, Judge ... sentenced"): that court organizes the verdict
alone, and the find the release recalls is an event of its own. A verdict told by the
headline only leaves the lead's event (a completed investigation) to its body."""

from __future__ import annotations

import pytest

import pressparse

Expected = tuple[str, str | None, str | None, list[str]]  # type, start, end, organizers

# (text, published, events in order)
CASES: list[tuple[str, str, list[Expected]]] = [
    ("Three men jailed over methamphetamine importation\n\n"
     "Three men who imported methamphetamine hidden in marble tiles were sentenced this week "
     "in court in Melbourne.\n\n"
     "On 14 June 2025, officers of the Australian Border Force examined a shipping container "
     "at the Port of Melbourne and found 96 kilograms of methamphetamine.\n\n"
     "On 3 and 4 March 2026, in the County Court of Victoria, Judge Helen Marsh sentenced "
     "the men to terms of between nine and twelve years.",
     "2026-03-06",
     [("other", "2026-03-03", "2026-03-04", ["County Court of Victoria"]),
      ("seizure", "2025-06-14", "2025-06-14", ["Australian Border Force"])]),
    ("Cocaine couriers convicted\n\n"
     "Two couriers were convicted and sentenced on Monday for smuggling cocaine through "
     "Cape Town International Airport.\n\n"
     "On 9 February 2026, in the Western Cape High Court, the two women were sentenced to "
     "15 years' imprisonment each. Officers of the South African Police Service had found "
     "4 kg of cocaine in their luggage on 2 August 2025.",
     "2026-02-11",
     [("other", "2026-02-09", "2026-02-09", ["Western Cape High Court"]),
      ("seizure", "2025-08-02", "2025-08-02", ["South African Police Service"])]),
    ("Heroin traffickers convicted\n\n"
     "The Anti-Drug Agency of Azerbaijan completed the investigation of a criminal case "
     "against a group that smuggled heroin from Iran.\n\n"
     "In June 2025, officers detained 4 members of the group and seized 23 kg of heroin in "
     "Lankaran.\n\n"
     "On 2 March 2026, the Baku Grave Crimes Court found the 4 defendants guilty and "
     "sentenced them to terms from 9 to 14 years.",
     "2026-03-05",
     [("other", "2025-06-01", "2025-06-30", ["Anti-Drug Agency of Azerbaijan"]),
      ("other", "2026-03-02", "2026-03-02", ["Baku Grave Crimes Court"])]),
]


@pytest.mark.parametrize("case", CASES, ids=["dated-after-the-find", "dated-next-to-the-lead",
                                             "headline-verdict-only"])
def test_verdict_dating_courts(case: tuple[str, str, list[Expected]]) -> None:
    text, published, expected = case
    events = [e for item in pressparse.extract(text, published=published).items
              for e in item.events]
    assert [(e.type, e.start_date, e.end_date, [o.text for o in e.organizers])
            for e in events] == expected
