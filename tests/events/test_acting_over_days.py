"""A local result told over several days with counted actions of its own (arrests, searches,
laboratories dismantled, plants destroyed) is an operation, as the guide types a "seizure"
reported over several days with its own actions; a find examined or reported over several
days with no such counts stays a seizure."""

from __future__ import annotations

import pytest

import pressparse

LEAD = ("Nationwide anti-drug operation: results\n\n"
        "The National Police conducted a nationwide operation against drug trafficking from "
        "1 February to 20 March 2026 in all regions of the country.\n\n")

# (local result paragraph, published, expected type of the event dated by its days)
CASES: list[tuple[str, str, str, str]] = [
    # raids over three days with arrests: an operation
    ("From 3 to 6 March 2026, officers in Novi Grad raided five houses, seized 12 kg of "
     "cannabis and arrested six suspects.", "2026-03-09", "2026-03-03", "operation"),
    # plants destroyed over two days: an operation
    ("On 4 and 5 February 2026, agents in the hills above San Luis uprooted 9,000 cannabis "
     "plants and seized 30 kg of dried cannabis.", "2026-02-09", "2026-02-04", "operation"),
    # a container examined over several days, no actions counted: still one find
    ("Between 10 and 13 March 2026, customs officers at the port of Santos examined a "
     "container of coffee and found 400 kg of cocaine in its walls.", "2026-03-16",
     "2026-03-10", "seizure"),
]


@pytest.mark.parametrize(("paragraph", "published", "start", "expected"), CASES)
def test_local_result_over_days(paragraph: str, published: str, start: str,
                                expected: str) -> None:
    doc = pressparse.extract(LEAD + paragraph, id="t", published=published)
    types = [e.type for item in doc.items for e in item.events if e.start_date == start]
    assert types == [expected]
