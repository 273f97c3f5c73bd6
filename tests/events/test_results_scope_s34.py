"""Which event a result belongs to, and where an event was (session 34, our own wording, end
to end): a named operation told in a paragraph after a lead-in sentence without figures
("Let me say something about last week. ... conducted Operation X ... seized 410 kg") or
over a list its sentence introduces with a colon takes those figures; a region or a
microdistrict written with its head word places the event; a press briefing's city is no
find's place; where troops are deployed places no find."""

from __future__ import annotations

import pytest

import pressparse


def _events(text: str, published: str) -> list[pressparse.schema.Event]:
    return [e for item in pressparse.extract(text, published=published).items
            for e in item.events]


# (text, published, operation name, substances the operation carries)
OWNED: list[tuple[str, str, str, list[str]]] = [
    # a transcript: the operation named in the paragraph's second sentence
    ("TRANSCRIPT: QUARTERLY BRIEFING OF THE NATIONAL DRUG AGENCY\n"
     "Monday, 6 April 2026 - Agency Headquarters, Freetown\n\n"
     "DIRECTOR: Good morning. In the first quarter our officers carried out 180 raids and "
     "seized 1,900 kilograms of cannabis.\n\n"
     "Now a word about last week. From Monday to Thursday our officers, together with the "
     "army, conducted Operation Clean Streets in Bo and Kenema. We raided 14 ghettos and "
     "took 260 kilograms of cannabis and 4.1 kilograms of cocaine off the streets.\n",
     "2026-04-06", "Clean Streets", ["cannabis", "cocaine"]),
    # a post presenting an operation's results as a list under a colon
    ("Back from Tashkent, where on 12 May 2026 I addressed the annual meeting of the heads of "
     "drug control agencies.\n"
     "I presented the results of \"Barrier-2026\", the joint operation our centre "
     "coordinated from 2 to 14 April with the police of five states:\n"
     "🔹 1.4 tonnes of hashish and 95 kg of heroin seized\n"
     "🔹 204 people detained\n"
     "Next stop: a workshop for analysts in Almaty in June.\n",
     "2026-05-14", "Barrier-2026", ["hashish", "heroin"]),
]


@pytest.mark.parametrize("case", OWNED, ids=[c[2] for c in OWNED])
def test_named_operation_takes_its_paragraph_figures(
        case: tuple[str, str, str, list[str]]) -> None:
    text, published, name, substances = case
    events = _events(text, published)
    operations = [e for e in events if e.name == name]
    assert operations, [(e.type, e.name) for e in events]
    assert sorted({s.substance for s in operations[0].seizures}) == substances
    own = {(s.substance, s.kg) for s in operations[0].seizures}
    others = {(s.substance, s.kg) for e in events if e is not operations[0] for s in e.seizures}
    assert not own & others


# (text, published, event type, expected location text)
PLACED: list[tuple[str, str, str, str]] = [
    ("From 9 to 20 March 2026, a course for dog handlers of the border units was held at the "
     "training centre of the State Border Service in the Mary velayat.",
     "2026-03-21", "training", "Mary velayat"),
    ("Yesterday officers of the district police department detained a courier in the "
     "Orbita-3 microdistrict. During a search, 41 packets with mephedrone weighing 52 grams "
     "were found on him.", "2026-03-21", "seizure", "Orbita-3 microdistrict"),
    ("Speaking to reporters in the city of Zahedan on Sunday, the provincial police chief "
     "said his forces seized 1.2 tonnes of opium in an ambush in Saravan County on Saturday "
     "night.", "2026-03-22", "seizure", "Saravan County"),
]


@pytest.mark.parametrize("case", PLACED, ids=[c[3] for c in PLACED])
def test_event_place(case: tuple[str, str, str, str]) -> None:
    text, published, kind, place = case
    events = [e for e in _events(text, published) if e.type == kind]
    assert events, [(e.type, e.location) for e in _events(text, published)]
    assert events[0].location is not None and events[0].location.text == place
