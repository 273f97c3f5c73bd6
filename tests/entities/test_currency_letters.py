"""The letters of a currency written with its sign ("N$", "HK$", "R$") are no place, body or
country, whatever cue word stands before them."""

from __future__ import annotations

import pytest
from spacy.language import Language

CURRENCY_CASES = [
    ("Police arrested two men in Rundu and recovered cannabis valued at N$3 200 from their car.",
     "N$", {"Rundu"}),
    ("Detectives arrested the driver and seized pills valued at R$ 9 400 in the boot.",
     "R$", set()),
    ("Officers arrested a courier at Chek Lap Kok with cash of HK$ 2 million in his bag.",
     "HK$", {"Chek Lap Kok"}),
    ("Customs officers arrested the buyer in Auckland and seized goods valued at NZ$ 18 000.",
     "NZ$", {"Auckland"}),
    ("Agents arrested him in Bogota and found cash valued at US$ 20 000 in the bag.",
     "US$", {"Bogota"}),
    ("The raid in Katutura found N$ 5 000 in a shoe; a second raid found N$ 7 500 more.",
     "N$", {"Katutura"}),
]


@pytest.mark.parametrize(("text", "sign", "places"), CURRENCY_CASES)
def test_currency_letters_are_no_entity(nlp: Language, text: str, sign: str,
                                        places: set[str]) -> None:
    doc = nlp(text)
    sign_starts = {i for i in range(len(text)) if text.startswith(sign, i)}
    for ent in doc.ents:
        assert not any(ent.start_char <= s < ent.end_char for s in sign_starts), \
            (ent.text, ent.label_)
    assert places <= {ent.text for ent in doc.ents if ent.label_ == "LOC"}
