"""A lead that counts finds over several days ("stopped two loads on Saturday and Sunday"),
each told apart on its own day, reports one seizure a day, not one operation over the
days: the lead's own find keeps its first day and the later find stands on its own (no
part_of). A lead with an operation word, or days not each a find, keeps the operation."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected (type, start_date, end_date, part_of set) per event)
CASES: list[tuple[str, str, list[tuple[str, str | None, str | None, bool]]]] = [
    # a border agency's weekend digest: Saturday's find, then Sunday's
    ("Officers at Laredo stop two drug loads over the weekend\nRelease Date: May 6, 2025\n\n"
     "LAREDO, Texas – Customs officers at the Laredo port of entry intercepted two trucks "
     "carrying narcotics from Mexico on Saturday and Sunday.\n\n"
     "In the first case, officers at the World Trade Bridge inspected a truck on Saturday "
     "and found 120 pounds of cocaine in its fuel tank.\n\n"
     "On Sunday, officers at the Colombia Solidarity Bridge found 300 pounds of "
     "methamphetamine in a load of limes. The driver was arrested.",
     "2025-05-06",
     [("seizure", "2025-05-03", "2025-05-03", False),
      ("seizure", "2025-05-04", "2025-05-04", False)]),
    # a coast guard's two interdictions on two consecutive dates
    ("Coast Guard intercepts two boats with cocaine\n\n"
     "The Coast Guard intercepted two go-fast boats on 14 and 15 August 2025 south of "
     "Jamaica.\n\n"
     "On 14 August 2025, a patrol cutter stopped a vessel and seized 800 kilograms of "
     "cocaine.\n\n"
     "On 15 August 2025, a second crew boarded another boat and seized 650 kilograms of "
     "cocaine. Six crew members were detained.",
     "2025-08-18",
     [("seizure", "2025-08-14", "2025-08-14", False),
      ("seizure", "2025-08-15", "2025-08-15", False)]),
]

KEEPS_OPERATION: list[tuple[str, str, str]] = [
    # an operation word in the lead: the days are the operation's, its finds its results
    ("Police operation nets heroin in two raids\n\n"
     "Police carried out an operation in Peshawar on 3 and 4 June 2025 against drug "
     "traffickers.\n\n"
     "On 3 June 2025, officers raided a house and seized 20 kg of heroin.\n\n"
     "On 4 June 2025, a second team seized 15 kg of hashish from a car.",
     "2025-06-06", "operation"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_one_seizure_a_day(text: str, published: str,
                           expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    events = [e for item in doc.items for e in item.events if e.type != "other"]
    assert [(e.type, e.start_date, e.end_date, e.part_of is not None)
            for e in events] == expected


@pytest.mark.parametrize(("text", "published", "main_type"), KEEPS_OPERATION)
def test_operation_word_keeps_operation(text: str, published: str, main_type: str) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    assert doc.items[0].events[0].type == main_type
