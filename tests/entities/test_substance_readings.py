"""Substance readings of names that are also everyday words, bodies or places
(entities/substance_readings.py), on invented texts: an everyday word is the drug only with a
drug signal (another substance named, quotes or capitals the word does not take); a listed
substance in capitals after an amount is the substance."""

from __future__ import annotations

import pytest
from spacy.language import Language

# (text, surface, is read as a substance)
CASES = [
    # an everyday word: a drug only with a signal in the text
    ("Coast guards off Suva found 26 kg of ice and 3 kg of cocaine in a yacht.", "ice", True),
    ("Researchers from Punta Arenas measured how fast the ice shelf melted.", "ice", False),
    ("Customs in Auckland intercepted \"ice\" hidden in tins of paint.", "ice", True),
    # after a determiner: only once a bare mention read as the drug
    ("Police in Apia seized 4 kg of ice and 2 kg of heroin; the ice came from Fiji.", "the ice",
     True),
    ("Police in Wellington seized 4 kg of ice; the ice came from Fiji.", "the ice", False),
    ("The ice on the runway at Nuuk delayed flights on Monday.", "ice", False),
    # "crystal", "spice", "tik": drugs only with a signal, never before a noun they modify
    ("Border guards in Kermanshah found 5 kg of crystal and 40 kg of hashish.", "crystal",
     True),
    ("Customs in Tarawa found 480 grams of a white crystal substance that was heroin.",
     "crystal", False),
    ("Customs in Ulaanbaatar found 2 kg of a crystal-like powder and 1 kg of opium.", "crystal",
     False),
    ("The crystal chandelier of the opera house in Riga was restored in May.", "crystal",
     False),
    ("Police in Mahe seized 400 g of spice and 20 g of heroin.", "spice", True),
    ("Traders in Zanzibar sell spice at the harbour market.", "spice", False),
    ("Spice merchants in Kochi exported 20 tonnes of pepper and cocaine was not found.",
     "Spice", False),
    ("Officers in Cape Town found 300 g of tik and 2 kg of dagga in a shack.", "tik", True),
    # capitals the other reading does not take, after an amount
    ("Officers in Port Moresby burnt 310 kg of GANJA on Friday.", "GANJA", True),
    # a body's acronym that is also a substance: the substance in a list of substances or in
    # quotes, the body elsewhere
    ("Rangers near Muse confiscated heroin and ICE from two traders.", "ICE", True),
    ("ICE AND CANNABIS FOUND IN A FISHING BOAT NEAR GALLE", "ICE", True),
    ('POLICE WARN OF "ICE" SOLD TO STUDENTS IN PAPEETE', "ICE", True),
    ("HSI and ICE agents in El Paso arrested a courier carrying heroin.", "ICE", False),
]


def _substance_at(nlp: Language, text: str, surface: str) -> bool:
    doc = nlp(text)
    start = text.rindex(surface.split()[-1])  # the word itself (the last one when repeated)
    return any(ent.label_ == "SUBSTANCE" and ent.start_char <= start < ent.end_char
               for ent in doc.ents)


@pytest.mark.parametrize(("text", "surface", "substance"), CASES)
def test_substance_reading(nlp: Language, text: str, surface: str, substance: bool) -> None:
    assert _substance_at(nlp, text, surface) is substance, [
        (ent.text, ent.label_) for ent in nlp(text).ents]
