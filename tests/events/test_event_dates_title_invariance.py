"""Event dates do not depend on the lines above the body (our own wording): the same body
under no title, a title, a kicker and a title, or a title with a date line, a release line
and the publisher's name gives the same events and days: the lead's length in sentences is
no reason to lose an earlier episode ("... was sentenced today." then "On 2 April 2023,
officers ... found"), and an episode opened by "Earlier, on 2 March 2025, ..." is one of its
own, not the day of the undated main find."""

from __future__ import annotations

import pytest

import pressparse

HEADS = [
    "",
    "Title of the release\n",
    "News\nTitle of the release\n",
    "Title of the release\nThursday, 13 March 2025\nFOR IMMEDIATE RELEASE\nRegional Police\n",
    "REGIONAL POLICE SERVICE\nMedia release\n13 March 2025\n",
]

# (body, expected (type, start_date, end_date) of every event, in order)
BODIES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # a court's sentence over a find two years earlier
    ("A 41-year-old man was sentenced today to 14 years in prison for importing cocaine.\n\n"
     "On 2 April 2023, officers at the container terminal found 60 kg of cocaine in a shipment "
     "of pineapples addressed to his company.\n\nHe was arrested on 5 April 2023.",
     [("other", "2025-03-13", "2025-03-13"), ("seizure", "2023-04-02", "2023-04-02")]),
    # an undated find, then an earlier find of the same unit
    ("Border guards of the southern detachment detained a man who tried to cross the border "
     "with 12 kg of heroin. The man was arrested.\n\nA criminal case has been opened. Earlier, "
     "on 2 March 2025, guards of the same detachment found 5 kg of hashish in a cave near the "
     "border.",
     [("seizure", None, None), ("seizure", "2025-03-02", "2025-03-02")]),
    # a three-day operation dated in its second paragraph
    ("The police carried out a three-day operation against drug dealers in the northern "
     "districts.\n\nFrom 10 to 12 March 2025, officers searched 40 homes, arrested 23 people and "
     "seized 8 kg of heroin.",
     [("operation", "2025-03-10", "2025-03-12")]),
]


@pytest.mark.parametrize("head", HEADS, ids=[f"head{i}" for i in range(len(HEADS))])
@pytest.mark.parametrize("case", BODIES, ids=[f"body{i}" for i in range(len(BODIES))])
def test_dates_do_not_depend_on_the_header(
        head: str, case: tuple[str, list[tuple[str, str | None, str | None]]]) -> None:
    body, expected = case
    document = pressparse.extract(f"{head}\n{body}" if head else body, published="2025-03-13")
    found = [(e.type, e.start_date, e.end_date) for item in document.items for e in item.events]
    assert found == expected
