"""Listed places that name a ship (entities/vessel_names.py), on invented texts: the
capitalized words after a ship's prefix are the ship's name, its other mentions are the ship
unless a locative preposition introduces them, and a place glued to "-class" is a ship
class."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import loc_at

# (text, the word, its occurrence (0 = first), read as a LOC)
CASES = [
    ("HMCS Regina seized 900 kg of cocaine in the eastern Pacific.", "Regina", 0, False),
    ("His Majesty's Canadian Ship (HMCS) Regina returned to Esquimalt on Friday.", "Regina", 0,
     False),
    ("HMCS Regina returned to Esquimalt. Regina's boarding team found the bales, and the crew "
     "of Regina were thanked.", "Regina", 2, False),
    ("HMCS Regina returned to Esquimalt. Regina's boarding team found the bales.", "Esquimalt",
     0, True),
    ("The frigate ARC Ciudad de Cartagena boarded a go-fast off Providencia.", "Cartagena", 0,
     False),
    ("USCGC Hamilton offloaded cocaine. The cutter later docked in Hamilton, Bermuda.",
     "Hamilton", 1, True),
    ("She is a Halifax-class frigate based in Esquimalt.", "Halifax", 0, False),
    # a headline in capitals or in Title Case names no more than the ship
    ("HMCS Moncton Returns To Halifax After Caribbean Patrol", "Halifax", 0, True),
    ("INS SEIZES HEROIN OFF MUMBAI", "MUMBAI", 0, True),
    # no prefix: the town
    ("The vessel sailed from Regina's sister port of Esquimalt to Moncton.", "Moncton", 0,
     True),
]


@pytest.mark.parametrize(("text", "word", "occurrence", "loc"), CASES)
def test_vessel_names(nlp: Language, text: str, word: str, occurrence: int,
                      loc: bool) -> None:
    assert loc_at(nlp, text, word, occurrence) is loc, [
        (ent.text, ent.label_) for ent in nlp(text).ents]
