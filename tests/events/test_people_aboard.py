"""People aboard a craft that was stopped ("On board were four men, three Colombians and an
Ecuadorian", "a go-fast boat with three crew members", "a speedboat in which travelled three
persons", "its crew of 9 persons") are its arrests, the nationalities after them a
breakdown; people aboard at an exercise are its personnel, never arrests (no gathering
counts arrests)."""

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
    # Central American navy: the crew of the boat intercepted, told after "boat with"
    ("On 3 March 2026 the Navy intercepted 60 nautical miles off Puerto Cortés a go-fast boat "
     "with four crew members of Honduran nationality. In the boat 30 bales with 750 "
     "kilograms of cocaine were found.",
     "2026-03-04", [(4, "arrests")]),
    # Bahamas: the people a speedboat carried ("in which travelled"), nationalities a breakdown
    ("On 3 March 2026 a coast guard unit intercepted north of Inagua a speedboat in which "
     "travelled two persons, one Jamaican and one Haitian. On board were found 40 packages "
     "with 45 kilograms of cocaine.",
     "2026-03-04", [(2, "arrests")]),
    # Arabian Sea: a dhow's crew handed over with it
    ("On 3 March 2026 the Coast Guard seized a dhow carrying 1,200 kg of hashish. The dhow "
     "along with its crew of 9 persons was handed over to the police.",
     "2026-03-04", [(9, "arrests")]),
    # a navy exercise: the sailors aboard are its personnel
    ("The frigate took part in the exercise from 2 to 6 May 2026. On board were 120 sailors "
     "and 3 helicopters.",
     "2026-05-07", [(120, "personnel"), (3, "equipment")]),
    ("From 3 to 7 March 2026 the navies held the exercise Blue Shield off Mombasa. A patrol "
     "vessel with 40 sailors and two helicopters took part.",
     "2026-03-08", [(40, "personnel"), (2, "equipment")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_people_aboard(text: str, published: str, expected: list[Count]) -> None:
    assert_counts(text, published, expected)
