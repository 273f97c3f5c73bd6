"""A subdivision named with and without its head: one normalized name where the country
writes the head ("Cross River State"), the plain name elsewhere (full pipeline, own text)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

CASES = [
    ("Officers in Cross River State, Nigeria seized 50 kg of cannabis.", "Cross River State",
     "Cross River State"),
    ("Officers in Cross River, Nigeria seized 50 kg of cannabis.", "Cross River",
     "Cross River State"),
    ("Soldiers in Rivers State burnt an illegal refinery near the creeks.", "Rivers State",
     "Rivers State"),
    ("Agents in Queensland, Australia found 30 kg of cocaine on a yacht.", "Queensland",
     "Queensland"),
    ("Police in Gujarat, India seized 70 kg of heroin at a port.", "Gujarat", "Gujarat"),
    # southern and eastern African subdivisions, which English writes with their head
    ("Zambian DEC officers destroyed cannabis fields in Muchinga and Luapula last week.",
     "Luapula", "Luapula Province"),
    ("NAMPOL officers in Oshana stopped a minibus carrying cannabis.", "Oshana",
     "Oshana Region"),
    ("The Ghana Police Service burnt cannabis farms in Volta on Friday.", "Volta",
     "Volta Region"),
    ("Dagga plantations were uprooted in the hills of Shiselweni, Eswatini.", "Shiselweni",
     "Shiselweni Region"),
    ("Police destroyed dagga fields in Thaba-Tseka and Mokhotlong, Lesotho.", "Mokhotlong",
     "Mokhotlong District"),
    # ... while a town of the region's name stays the town, a police force before it or not
    ("Royal Eswatini Police in Manzini seized 12 kg of dagga.", "Manzini", "Manzini"),
    ("A minibus from Mbabane was stopped in Manzini on Tuesday.", "Manzini", "Manzini"),
    # a Russian republic by its English short name, which ISO 3166-2 writes in its local form
    # ("Tatarstan, Respublika", "Udmurtskaya Respublika", "Buryatiya, Respublika")
    ("Transport police in Tatarstan detained a courier with 2 kg of mephedrone.", "Tatarstan",
     "Tatarstan"),
    ("Officers in Udmurtia dismantled a drug laboratory in a garage.", "Udmurtia", "Udmurtia"),
    ("A stash of hashish was found near Ulan-Ude in Buryatia on Friday.", "Buryatia",
     "Buryatia"),
    # the official long forms and the older or local short forms name the same republic
    # (guide: "Republics of Russia" take their short English name)
    ("Two men were detained in the Republic of Tatarstan with 2 kg of synthetic drugs.",
     "Republic of Tatarstan", "Tatarstan"),
    ("Investigators of the Chuvash Republic found 300 g of mephedrone in a flat.",
     "Chuvash Republic", "Chuvashia"),
    ("Border guards in Tyva stopped a lorry near the Mongolian frontier.", "Tyva", "Tuva"),
    ("A cannabis field of two hectares was destroyed in Bashkiria last week.", "Bashkiria",
     "Bashkortostan"),
    ("A courier from Grozny was detained on a train bound for the Chechen Republic.",
     "Chechen Republic", "Chechnya"),
    ("Customs officers of the Republic of Sakha seized 4 kg of hashish at Yakutsk airport.",
     "Republic of Sakha", "Yakutia"),
]


@pytest.mark.parametrize(("sentence", "surface", "name"), CASES)
def test_state_names(sentence: str, surface: str, name: str) -> None:
    found = {e.text: (e.normalized or {}).get("name") for item in extract(sentence).items
             for e in item.entities if e.label == "LOC"}
    assert found.get(surface) == name, found
