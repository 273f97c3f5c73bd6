"""Where a find is placed by a phrase around its place: the kind of place named before it
("at the cargo terminal of X", "in a hotel of X"), a distance and compass word measured from
it ("40 nautical miles south of X", over the sea named around it) (guide, Events, location; full
pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def location(text: str) -> str | None:
    events = [e for item in extract(text, published="2026-11-20").items for e in item.events]
    place = events[0].location
    return place.text if place else None


@pytest.mark.parametrize(("text", "expected"), [
    # a cue ending in its article, then the kind of place and "of"
    ("Customs officers screening inbound mail at the sorting hall of Nadi International Airport "
     "noticed a parcel on Monday. An examination found 2.3 kg of cocaine inside a toaster.",
     "Nadi International Airport"),
    ("On 4 November the reefer container was inspected at the container terminal of the Port of "
     "Walvis Bay, and officers found 310 kg of cocaine.", "Port of Walvis Bay"),
    # an indefinite article before the kind of place
    ("On Tuesday gendarmes searched a room in a guesthouse of Toamasina and seized 4 kg of "
     "cannabis.", "Toamasina"),
])
def test_place_after_its_kind(text: str, expected: str) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the place a distance is measured from, over the sea named before it
    ("On 3 November a navy patrol on duty in the Andaman Sea, about 30 nautical miles west of "
     "Ko Surin, intercepted a trawler and seized 80 kg of methamphetamine.", "Ko Surin"),
    ("On Friday a Coast Guard cutter in the Caribbean Sea stopped a go-fast vessel about 90 "
     "miles south of Isla Saona and seized 700 kg of cocaine.", "Isla Saona"),
    # no distance: a compass word names a part of a wider area, no place of its own
    ("On Monday police seized 2 tonnes of cannabis in a warehouse in Kibaha, west of Dar es "
     "Salaam.", "Kibaha"),
])
def test_place_a_distance_is_measured_from(text: str, expected: str) -> None:
    assert location(text) == expected
