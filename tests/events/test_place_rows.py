"""An operation's results listed in rows headed by the places the lead named among its areas
("c. Mand. 640 grams heroin ... recovered") are local results of their own, part_of the
operation, also when the lead's words first read as one seizure (our own wording)."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected locations of the results part_of the first operation)
CASES: list[tuple[str, str | None, list[str]]] = [
    ("Border force recovers narcotics in three operations\n"
     "Quetta - March 4, 2026:\n\n"
     "The border force conducted three operations in general areas of Turbat, Panjgur and "
     "Gwadar during the last 48 hours and recovered narcotics.\n\n"
     "Details of recoveries:\n\n"
     "a. Turbat. 500 kg hashish recovered from a hideout.\n\n"
     "b. Panjgur. 120 kg opium recovered from a pick-up vehicle.\n\n"
     "c. Gwadar. 60 kg hashish recovered from an abandoned boat.",
     "2026-03-04", ["Gwadar", "Panjgur", "Turbat"]),
    ("Police raids in three districts\n"
     "On 3 and 4 May 2025, the drug squad carried out raids in Karaganda, Temirtau and "
     "Saran and seized drugs. Five suspects were detained and charged.\n\n"
     "The results by district:\n"
     "- Temirtau: 12 kg of hashish were found in a garage.\n"
     "- Saran: 3 kg of heroin were seized from a courier.",
     "2025-05-05", ["Saran", "Temirtau"]),
    # the cases the lead places at an airport name only the country they arrived in: the
    # airport of that country the lead names is where each was found
    ("Singapore Customs detects two drug cases at Changi Airport\n\n"
     "Singapore Customs detected two drug trafficking cases at Changi Airport on March 3 and "
     "March 5 and seized about 12 kilograms of cocaine and about 6kg of cannabis buds. Two men "
     "were arrested.\n\n"
     "In the first case, customs officers inspected an air cargo consignment arriving in "
     "Singapore from Lima, Peru, on March 3. Upon inspection, officers found about 12kg of "
     "cocaine concealed inside hollow tiles.\n\n"
     "In the second case, a 35-year-old passenger arrived in Singapore from Bangkok, Thailand, "
     "on March 5. During customs clearance, officers found about 6kg of cannabis buds hidden "
     "in two suitcases.",
     "2026-03-06", ["Changi Airport", "Changi Airport"]),
]


@pytest.mark.parametrize("case", CASES, ids=[f"rows@{i}" for i in range(len(CASES))])
def test_place_rows_are_results(case: tuple[str, str | None, list[str]]) -> None:
    text, published, places = case
    events = [e for item in pressparse.extract(text, published=published).items
              for e in item.events]
    operations = [e for e in events if e.type == "operation"]
    assert operations, [(e.type, e.location) for e in events]
    results = sorted(e.location.text for e in events
                     if e.part_of == operations[0].id and e.location)
    assert results == places
