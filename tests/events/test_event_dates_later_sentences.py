"""A find dated only late in its report (our own wording): "This happened on 4 March", "The
incident occurred on Tuesday" date it like "took place"; a record's comparison ("the largest
seizure since 4 March 2024") and a hearing's day date nothing; a find recalled on a day of its
own is a seizure of that day."""

from __future__ import annotations

import pytest

import pressparse

BODY = ("Police seize heroin in the capital\n\nPolice officers of the city drug squad stopped a "
        "car near the central market and found 14 kg of heroin hidden in the spare tyre. The "
        "driver, a 36-year-old man, was detained. A second man fled. Officers are looking for "
        "him. The car was taken to the police station. {last}")

# (last sentence, expected (type, start_date, end_date) of every event)
CASES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    ("This happened on 4 March.", [("seizure", "2025-03-04", "2025-03-04")]),
    ("The incident occurred on Tuesday.", [("seizure", "2025-03-04", "2025-03-04")]),
    ("The seizure was made on Tuesday night.", [("seizure", "2025-03-04", "2025-03-04")]),
    ("It was the largest seizure since 4 March 2024.", [("seizure", None, None)]),
    ("It is the biggest haul of heroin in the city since 2019.", [("seizure", None, None)]),
    ("The detained man will appear in court on 14 March.", [("seizure", None, None)]),
    # a find recalled on a day of its own after a sentence naming the year so far: a
    # seizure of that day, not the year's running total
    ("This happened on 4 March.\n\nThis seizure is the second of heroin made by the squad "
     "since the start of the year. It will be recalled that on 12 January, officers of the "
     "squad had seized 9 kg of heroin at the bus station.",
     [("seizure", "2025-03-04", "2025-03-04"), ("seizure", "2025-01-12", "2025-01-12")]),
]


@pytest.mark.parametrize("case", CASES, ids=[f"last{i}" for i in range(len(CASES))])
def test_late_dates_of_a_find(case: tuple[str, list[tuple[str, str | None, str | None]]]) -> None:
    last, expected = case
    document = pressparse.extract(BODY.format(last=last), published="2025-03-06")
    found = [(e.type, e.start_date, e.end_date) for item in document.items for e in item.events]
    assert found == expected
