"""Two names joined by a dash before a route word ("the Brest–Kobrin highway"): each is a
place, so a town no list knows takes its partner's country (entities/place_context.py;
full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from loc_values import locs


@pytest.mark.parametrize(("sentence", "surface", "country"), [
    ("Border guards stopped the courier before he reached the Brest–Chernavchitsy highway.",
     "Chernavchitsy", "BY"),
    ("Traffic police on the Osh–Sary-Tash highway found hashish in a minibus.",
     "Sary-Tash", "KG"),
    ("The lorry was checked on the Chernavchitsy–Brest road near the border.",
     "Chernavchitsy", "BY"),
    ("Customs dogs searched buses on the Dushanbe–Vahdat route every morning.", "Vahdat",
     "TJ"),
])
def test_unlisted_town_on_a_route_with_a_listed_one(sentence: str, surface: str,
                                                    country: str) -> None:
    found = locs(sentence)
    assert found.get(surface) == (surface, country)


@pytest.mark.parametrize(("sentence", "absent"), [
    # a demonym is no listed place: the other name stays unread
    ("Trucks on the Pan-American highway were searched.", "Pan"),
    # no route word after the pair (Kobrin is listed now: GeoNames' Kobryn, another
    # romanization)
    ("The Brest–Chernavchitsy talks ended on Monday.", "Chernavchitsy"),
])
def test_no_route_pair(sentence: str, absent: str) -> None:
    assert absent not in locs(sentence)
