"""A bilingual page tells its story twice: a figure of a sentence written in another script
that repeats an amount of the Latin-script half is its translation, no seizure of its own."""

from __future__ import annotations

import pytest
from event_figures import Count, assert_figures

# (text, published, counts as (value, category), seizures in kg) over all events
CASES: list[tuple[str, str, list[Count], list[float]]] = [
    # a Russian and English police page: the Cyrillic half's "4,6 кг" is the English 4.6 kg
    ("Полиция Костаная\n\n"
     "12 марта в Костанае полицейские задержали мужчину и изъяли 4,6 кг гашиша.\n\n"
     "Kostanay police\n\n"
     "On 12 March in Kostanay, police officers detained a man and seized 4.6 kg of hashish.\n",
     "2026-03-13", [], [4.6]),
    # an Arabic and English customs note: the amounts of both halves read once
    ("ضبطت الجمارك 12 كغ من الكوكايين في ميناء العقبة.\n\n"
     "Customs officers seized 12 kg of cocaine at the port of Aqaba on 3 May.\n",
     "2026-05-04", [], [12.0]),
]


@pytest.mark.parametrize(("text", "published", "counts", "kgs"), CASES)
def test_translated_figures_seize_nothing(text: str, published: str, counts: list[Count],
                                          kgs: list[float]) -> None:
    assert_figures(text, published, counts, kgs)
