"""A facility named after its place ("the Evzonoi border crossing", "Ivato International
Airport") is finer than the place alone: when an event's place cues name both, by cues as
strong, the facility places the event. A larger area named after a town ("the Almaty region")
is no facility and places nothing finer."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected location of the one event)
CASES: list[tuple[str, str, str]] = [
    # an exercise held in a town, its practical part at the town's bridge checkpoint
    ("Joint border exercise held\n\nOn 14 May 2026 a joint exercise of the customs services of "
     "Paraguay and Brazil was held in Ciudad del Este. The practical part was held at the "
     "Ciudad del Este international bridge checkpoint, where officers searched a bus.",
     "2026-05-20", "Ciudad del Este international bridge"),
    # a digest entry's heading names the town, its text the airport
    ("WEEKLY BULLETIN OF THE GENDARMERIE\n\n1- SEIZURE AT KOTOKA\nOn 16.05.2026, the airport "
     "brigade intercepted at the Kotoka International Airport a passenger arriving from Doha "
     "with 3 kg of cocaine in his luggage.",
     "2026-05-20", "Kotoka International Airport"),
    # a region named after the city is no facility: the city holds the find
    ("Police seize heroin\n\nOn 3 June 2026, officers of the Almaty police stopped a car in "
     "Almaty and found 2 kg of heroin. The driver, a resident of the Almaty region, was "
     "detained.",
     "2026-06-04", "Almaty"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_a_facility_named_after_the_place_places_the_event(text: str, published: str,
                                                           expected: str) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    events = [e for item in doc.items for e in item.events]
    assert len(events) == 1
    assert events[0].location is not None
    assert events[0].location.text == expected
