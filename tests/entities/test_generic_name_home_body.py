"""A generic name ("the Coast Guard", "the Border Police") in a text of one country reads as
that country's body the text names so, also when a listed foreign body with that name is
nearer or the only one named; with no home country, the foreign one it is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names


@pytest.mark.parametrize(("text", "expected"), [
    # the home body the text names, before a nearer foreign one
    ("KAMPALA - The Ugandan Coast Guard seized 40 kg of heroin on Lake Victoria on Monday. "
     "A vessel of the Kenya Coast Guard Service joined the patrol. The Coast Guard said the "
     "suspects were handed to the police.", "Coast Guard of Uganda"),
    ("MANILA - The Philippine Coast Guard held a drill off Batangas with the Japan Coast "
     "Guard on 3 May. The Coast Guard will repeat the drill in June.",
     "Coast Guard of the Philippines"),
    # the home body, also when only the foreign one is named beside it
    ("DJIBOUTI - From 16 to 19 November, the Coast Guard organised an exercise in the Gulf "
     "of Tadjoura with a vessel of the Japan Coast Guard.", "Coast Guard of Djibouti"),
    # no home country: the foreign body the text names
    ("A vessel of the Japan Coast Guard docked on 3 May. The Coast Guard crew met officials.",
     "Japan Coast Guard"),
])
def test_generic_name(nlp: Language, text: str, expected: str) -> None:
    assert [name for written, name in org_names(nlp, text) if written == "Coast Guard"] \
        == [expected]
