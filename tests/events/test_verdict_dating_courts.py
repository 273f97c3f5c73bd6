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
    # the recalled find's own sentence names who made it (a passive's agent, officers of a
    # force): that body organizes the find, not the court; a later find under the verdict
    # whose sentence names no body is that body's too
    ("Smuggler jailed for heroin in suitcase\n\n"
     "The Regional Criminal Court on Tuesday sentenced a 35-year-old woman to six years in "
     "prison after she admitted importing 3.4 kilograms of heroin.\n\n"
     "The woman had been stopped by officers of the Customs Directorate at the port on 2 May "
     "2025, shortly after she left a ferry. The drugs were hidden in the lining of a suitcase.",
     "2026-02-12",
     [("other", "2026-02-10", "2026-02-10", ["Regional Criminal Court"]),
      ("seizure", "2025-05-02", "2025-05-02", ["Customs Directorate"])]),
    ("Brothers jailed over cannabis factory in old warehouse\n\n"
     "Two brothers who turned an empty warehouse in Blyth into a cannabis factory have been "
     "jailed for a total of nine years.\n\n"
     "They were sentenced at Newcastle Crown Court on Monday after pleading guilty to "
     "producing a controlled drug.\n\n"
     "Officers from Northumbria Police's Operation Sentinel team raided the building on 4 June "
     "2024 after a tip from residents.\n\nInside they found 640 cannabis plants and 5 kilos "
     "of dried cannabis.\n\n"
     "In a separate case, on Thursday last week, officers searching a flat in Ashington found "
     "a further 90 plants. A man aged 30 was arrested.",
     "2026-02-12",
     [("other", "2026-02-09", "2026-02-09", ["Newcastle Crown Court"]),
      ("seizure", "2024-06-04", "2024-06-04", ["Northumbria Police"]),
      ("seizure", "2026-02-05", "2026-02-05", ["Northumbria Police"])]),
    # a named operation's sentence naming the passive's agent: it leads the operation
    ("Gang leader gets 12 years\n\n"
     "The Higher Court in Brno on Monday sentenced the leader of a drug gang to 12 years in "
     "prison.\n\n"
     "The gang was broken up by officers of the National Drug Headquarters in an action "
     "codenamed Kvetina on 3 and 4 May 2024, when police searched 11 houses and detained five "
     "people. Police seized 2.5 kilograms of methamphetamine.",
     "2026-02-12",
     [("operation", "2024-05-03", "2024-05-04", ["National Drug Headquarters"])]),
]


@pytest.mark.parametrize("case", CASES, ids=["dated-after-the-find", "dated-next-to-the-lead",
                                             "headline-verdict-only",
                                             "recalled-find-agent", "recalled-find-officers",
                                             "named-operation-agent"])
def test_verdict_dating_courts(case: tuple[str, str, list[Expected]]) -> None:
    text, published, expected = case
    events = [e for item in pressparse.extract(text, published=published).items
              for e in item.events]
    assert [(e.type, e.start_date, e.end_date, [o.text for o in e.organizers])
            for e in events] == expected
