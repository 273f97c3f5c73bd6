"""A suburb named before its town after a comma ("in Okuryangava, Windhoek"), and the value
of a report form's place field at a line's start ("Place: Kuisebmond, Walvis Bay")."""

from __future__ import annotations

import pytest
from spacy.language import Language

SUBURB_CASES = [
    ("Two suspects were arrested in Okuryangava, Windhoek, on Friday night.",
     {"Okuryangava", "Windhoek"}),
    ("Officers arrested a dealer at Kuisebmond, Walvis Bay, after a tip-off.",
     {"Kuisebmond", "Walvis Bay"}),
    ("Date & time: Saturday at 15:30\nPlace: Kuisebmond, Walvis Bay\nDetails: cocaine found.",
     {"Kuisebmond", "Walvis Bay"}),
    ("Incident: Dealing in drugs\nLocation: Okuryangava, Windhoek\nSuspect(s): one arrested.",
     {"Okuryangava", "Windhoek"}),
    ("Crime: theft\nScene: Katutura, Windhoek\nStatus: under investigation.",
     {"Katutura", "Windhoek"}),
]


@pytest.mark.parametrize(("text", "places"), SUBURB_CASES)
def test_suburb_before_its_town_is_a_place(nlp: Language, text: str, places: set[str]) -> None:
    doc = nlp(text)
    assert places <= {ent.text for ent in doc.ents if ent.label_ == "LOC"}


NO_FIELD_CASES = [
    "The minister took first Place: Omar Said, Head of Unit, spoke next.",
    "Date: Monday\nLocation: TBC\nAgenda: a briefing.",
]


@pytest.mark.parametrize("text", NO_FIELD_CASES)
def test_field_label_only_at_a_line_start(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not [ent.text for ent in doc.ents if ent.label_ == "LOC"]
