"""People aboard a craft that was stopped ("On board were four men, three Colombians and an
Ecuadorian") are its arrests, the nationalities after them a breakdown; people aboard at an
exercise are its personnel, never arrests (no gathering counts arrests)."""

from __future__ import annotations

import pytest
from event_figures import Count, assert_counts

# (text, published, counts of every event as (value, category))
CASES: list[tuple[str, str, list[Count]]] = [
    # Caribbean navy: a go-fast boat's crew
    ("On 7 September 2026 the navy intercepted a speedboat 15 nautical miles off Cartagena "
     "with 1.2 tonnes of cocaine. On board were four men, three Colombians and an "
     "Ecuadorian.",
     "2026-09-08", [(4, "arrests")]),
    # Baltic border guards: a boat stopped inside the border
    ("A fishing boat that had strayed into the territorial waters of Estonia was stopped by "
     "a border patrol on 3 October 2026 in the Gulf of Finland. Aboard were two citizens of "
     "Russia.",
     "2026-10-04", [(2, "arrests")]),
    # a navy exercise: the sailors aboard are its personnel
    ("The frigate took part in the exercise from 2 to 6 May 2026. On board were 120 sailors "
     "and 3 helicopters.",
     "2026-05-07", [(120, "personnel"), (3, "equipment")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_people_aboard(text: str, published: str, expected: list[Count]) -> None:
    assert_counts(text, published, expected)
