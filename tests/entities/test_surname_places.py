"""Listed one-word places that are people's surnames in the text (entities/surname_places.py),
on invented texts: a place right after a given name on a running-text line is the surname,
and so are the text's later bare mentions of it; a place after a sentence opener, a title, a
place's lead word, in a Title Case headline or after a place word stays a place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import loc_at

# (text, the word, its occurrence (0 = first), read as a LOC)
CASES = [
    ("Port director Alfredo Cruz said the crew was detained in Manila.", "Cruz", 0, False),
    ("Port director Alfredo Cruz said the crew was held. Cruz added that more arrests "
     "would follow.", "Cruz", 1, False),
    ("The accused are:\nDANIEL MORENO, 44, of Tucson\nLUIS PEREZ, 31, of Nogales", "MORENO", 0,
     False),
    ("Officers arrested Keira Douglas at the ferry terminal on Tuesday.", "Douglas", 0, False),
    # a lower-case word before a later mention: the place again
    ("Inspector Maria Cruz told reporters the boat had sailed from Cruz two days earlier.",
     "Cruz", 1, True),
    # no given name before the place
    ("The shipment was stopped in Manila on Tuesday.", "Manila", 0, True),
    ("A Marietta man was arrested on Friday with two kilograms of fentanyl.", "Marietta", 0,
     True),
    ("Police in Greater Toronto seized cocaine last week.", "Toronto", 0, True),
    ("Agents Dismantle Bronx Fentanyl Mill After Long Probe", "Bronx", 0, True),
    # an everyday word is no given name; a table row is no running text
    ("Two Tijuana men were charged with importing fentanyl.", "Tijuana", 0, True),
    ("Region | cases\nSubtotal Lusaka | 14\nA truck bound for Lusaka was stopped.", "Lusaka",
     1, True),
    # a byline's name, though the line reads like a headline: given name or surname
    ("Text: Marina Ivanova, photo: Pavel Orlov\nCustoms officers found 9 kg of hashish.",
     "Ivanova", 0, False),
    ("Translation: Elena Popescu / Editor: Ion Rusu\nThe border police seized pills.",
     "Elena", 0, False),
    ("Written by: Sahar Karimi | Published: 3 June 2027", "Sahar", 0, False),
    # a middle initial between the given name and the surname; "from" keeps the place
    ("Chief Judge Laura J. Rhodes imposed the sentence on Friday.", "Rhodes", 0, False),
    ("The ferry from Rhodes docked at Piraeus, where officers found 3 kg of heroin.", "Rhodes",
     0, True),
    # a court list's capitals surname after a Title Case given name, an age after it
    ("R v Marco TOLEDO (34), of Sheffield, and Ana RUIZ (29)\nCharge: importation", "TOLEDO", 0,
     False),
    ("Marco TOLEDO met customs officers at the quay in Dover.", "TOLEDO", 0, True),
    # a nickname after an alias word
    ("The main accused, Harjit Singh alias Toledo, was arrested near the canal.", "Toledo", 0,
     False),
    # a place after such a label stays one before a body's noun
    ("Photo: Kabul airport at night, where the courier was stopped.", "Kabul", 0, True),
]


@pytest.mark.parametrize(("text", "word", "occurrence", "loc"), CASES)
def test_surname_places(nlp: Language, text: str, word: str, occurrence: int,
                        loc: bool) -> None:
    assert loc_at(nlp, text, word, occurrence) is loc, [
        (ent.text, ent.label_) for ent in nlp(text).ents]
