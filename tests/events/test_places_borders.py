"""An event the text places only on a border between two countries is located on that border;
a checkpoint on it, when given, is the finer place; places of a list, each with its own "in" or
settlement noun, place no event (guide, Events, location; full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def location(text: str) -> str | None:
    events = [e for item in extract(text).items for e in item.events]
    place = events[0].location
    return place.text if place else None


@pytest.mark.parametrize(("text", "expected"), [
    ("Border guards seized 15 kg of heroin on the Tajik-Afghan border on 2 June.",
     "Tajik-Afghan border"),
    ("Soldiers intercepted a truck carrying 300 kg of cannabis on the Morocco-Algeria border "
     "on Tuesday.", "Morocco-Algeria border"),
    ('The joint operation "Frontera Segura" was carried out on the Ecuador-Colombia border '
     "from 3 to 9 May.", "Ecuador-Colombia border"),
    ("Customs officers seized 9 kg of opium at the Nizhny Pyandzh checkpoint on the "
     "Tajik-Afghan border on 2 June.", "Nizhny Pyandzh checkpoint"),
    # an operation run on a border is held there, whatever regions' bodies run it
    ("From 16 to 25 November, police of the Salta province together with colleagues from the "
     'Tarija department held the joint operation "Frontera-2026" on the Argentina-Bolivia '
     "border.", "Argentina-Bolivia border"),
    ("The Border Police of Moldova jointly with the Vinnytsia regional police carried out the "
     'operation "Dniester-2026" on the Moldovan-Ukrainian border within the Soroca district.',
     "Moldovan-Ukrainian border"),
    # the operation's own sentence names one border and a list of towns near it
    ("The border guards of Ukraine and the border police of Moldova held the joint operation "
     '"Prut-2026" from 2 to 6 May on the Ukrainian-Moldovan border near Reni and '
     "Giurgiulesti. During the operation 12 violators were detained.",
     "Ukrainian-Moldovan border"),
])
def test_event_on_a_border(text: str, expected: str) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a later place of a list keeps its own "in" or its settlement's noun: still one list, no
    # place of the event
    ("During the operation, carried out from 3 to 9 May in the city of Kisumu and in the "
     "districts of Siaya and Busia, police arrested 40 suspects.", None),
    ("Police seized 12 kg of cocaine during searches in Kumasi and in the town of Obuasi on "
     "Friday.", None),
    # one place is no list
    ("The operation was carried out in Tarija by the special anti-narcotics force.", "Tarija"),
    ("Officers seized 3 kg of heroin in a house in the village of Bermejo on Friday.",
     "Bermejo"),
])
def test_list_of_places_places_nothing(text: str, expected: str | None) -> None:
    assert location(text) == expected
