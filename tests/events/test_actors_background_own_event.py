"""A background sentence ("We recall that the previous exercise ...", "The next exercise ...
will be held in ...", "Last year ...") tells another period than the item's event, so its
places and bodies are not the item event's. When the sentence names an event of its own, it
tells that event: its place cue places that event. A background sentence that names no event
places nothing of the item's event (a period's total it gives is its own event, placed by
its own sentence)."""

from __future__ import annotations

import pytest

import pressparse

# (text, event name, expected location of the named event)
OWN_EVENT_CASES: list[tuple[str, str, str]] = [
    # last year's edition recalled after this year's exercise
    ("Joint exercise in Kenya\n\nThe joint exercise \"Lake Patrol-2026\" was completed on 12 "
     "September on Lake Victoria. Last year, \"Lake Patrol-2025\" was held in Uganda with the "
     "participation of 300 officers.",
     "Lake Patrol-2025", "Uganda"),
    # the next exercise announced at the end of a meeting's release
    ("Security chiefs meet in Niamey\n\nNIAMEY, 20 November 2026 - The heads of the national "
     "police and gendarmerie of Niger met on 18 November in Niamey to review cooperation "
     "against drug trafficking. The joint exercise \"Sahel Guard-2027\" will be held in the "
     "Tillabéri region in the spring of 2027.",
     "Sahel Guard-2027", "Tillabéri region"),
    # an announced operation, its place after the future tense
    ("Preventive operation announced\n\n14.03.2026 09:40\n\nFrom 6 to 15 April, the "
     "preventive operation \"Safe Roads – 2026\" will be held in the Vitebsk region. It is "
     "organized by the regional traffic police.",
     "Safe Roads-2026", "Vitebsk region"),
]


@pytest.mark.parametrize(("text", "name", "expected"), OWN_EVENT_CASES)
def test_a_background_sentence_places_the_event_it_names(text: str, name: str,
                                                        expected: str) -> None:
    doc = pressparse.extract(text, id="t", published="2026-06-05")
    located = {e.name: (e.location.text if e.location else None)
               for item in doc.items for e in item.events}
    assert located.get(name) == expected


def test_a_background_sentence_without_a_name_places_nothing() -> None:
    doc = pressparse.extract(
        "Police of Kumasi report results\n\nKUMASI, 3 June 2026 - From 20 to 27 May, the "
        "Ashanti Regional Police Command conducted an operation against drug dealers and "
        "arrested 31 suspects.\n\nLast year, officers seized 2 tonnes of cannabis in Obuasi.",
        id="t", published="2026-06-03")
    places = {e.type: e.location.text if e.location else None
              for item in doc.items for e in item.events}
    # the item's operation is not placed there; last year's total, an event of its own (type
    # other), is placed by its own sentence
    assert places.get("operation") != "Obuasi"
    assert places.get("other") in ("Obuasi", None)
