"""What a text's country is not: a person's nationality ("a citizen of Iran"), a vehicle's
plates ("Bolivian plates"), a neighbour ("bordering Afghanistan", "the crossing with
Villazon") and the country in brackets after a route's town ("from Chernivtsi
(Ukraine)") weigh as a route's end; a generic body that several countries' bodies are named
(the State Customs Committee of Belarus, Azerbaijan and Uzbekistan) is no country's where the
text names other countries, none clearly its own (also written as its acronym); a town two
countries' towns are named (Astara) weighs as a route's end; an own-language body in a
letterhead's capitals ("POLÍCIA JUDICIÁRIA — REPÚBLICA DE MOÇAMBIQUE") is the letterhead
country's; a body each of its regions holds (an emirate's Public Prosecution) is the region's
whose place-named police force the item names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from org_values import orgs
from pressparse.extensions import home_country


@pytest.mark.parametrize(("text", "country"), [
    # nationalities of the persons held are no home
    ("Officers of the State Border Service detained three citizens of Iran and a national "
     "of Iraq near Sadarak, Azerbaijan.", "AZ"),
    ("Two residents of Tanzania and a native of Uganda were arrested with 40 kg of cannabis "
     "in Kisumu, Kenya.", "KE"),
    # a neighbour across the border
    ("In the districts bordering Afghanistan, officers of Tajikistan's Drug Control Agency "
     "seized 40 kg of opium; Tajik border guards also searched the border with Afghanistan.",
     "TJ"),
    # a town of origin and its country in brackets: both a route's end
    ("Border guards stopped a coach arriving from Chernivtsi (Ukraine) and found 3 kg of "
     "cannabis; Romanian police and the Romanian border police took over the case.", "RO"),
    # a town two countries name alike (Astara of Iran and of Azerbaijan) says neither
    ("In Astara, police stopped a van carrying 20 kg of heroin brought from Iran; the driver "
     "was later taken to Baku, where police also searched his flat in Sumgayit.", "AZ"),
    # a vehicle's plates and the far side of a border crossing are a route's end: no
    # country clearly the text's own, so none (not the neighbour's by default)
    ("Gendarmes stopped a truck with Bolivian plates at the border crossing with Villazon, "
     "near La Quiaca; the driver was taken to Jujuy, and the Ministry of Security of "
     "Argentina thanked the Ministry of Government of Bolivia.", None),
    # still a home where the text names it more than the others
    ("BAKU, 4 May 2026 - The State Customs Committee of Azerbaijan seized heroin from a "
     "citizen of Iran.", "AZ"),
])
def test_route_and_nationality_countries_weigh_less(nlp: Language, text: str,
                                                    country: str | None) -> None:
    assert home_country(nlp(text)) == country


@pytest.mark.parametrize(("text", "written", "name"), [
    # a name several countries' listed bodies share, in a text naming other countries but
    # none clearly its own
    ("The State Customs Committee seized 300 kg of hashish in a lorry from Iran and 20 kg of "
     "heroin in a car from Afghanistan.", "State Customs Committee",
     "State Customs Committee"),
    # ... in a text naming no country at all: the list's body, the likeliest
    ("The State Customs Committee and the State Border Committee reported 300 kg of hashish "
     "seized in the first half of the year.", "State Customs Committee",
     "State Customs Committee of the Republic of Belarus"),
    # its acronym in a text naming two other countries, none clearly its own: no country's,
    # not the list's own country by default
    ("Officers of the National Gendarmerie (GNA) found 300 kg of cocaine in a lorry from "
     "Bolivia bound for Chile; the GNA handed the driver to a federal court.", "GNA",
     "National Gendarmerie"),
    # a body each emirate holds of its own: the emirate of the item's place-named force
    ("ABU DHABI, 4 May 2026 - The Abu Dhabi Police seized 300,000 Captagon pills in a lorry "
     "at Ghuwaifat and referred three suspects to the Public Prosecution, the United Arab "
     "Emirates' police said.", "Public Prosecution", "Public Prosecution of Abu Dhabi"),
    # ... and the country where no such force is named
    ("ABU DHABI, 4 May 2026 - Officers of the Ministry of Interior of the United Arab "
     "Emirates seized 300,000 Captagon pills in a lorry at Ghuwaifat and referred three "
     "suspects to the Public Prosecution.", "Public Prosecution",
     "Public Prosecution of the United Arab Emirates"),
    # a French collectivity's national bodies are France's
    ("NOUMEA, 3 March 2026 - The National Gendarmerie destroyed 2,000 cannabis plants in the "
     "Northern Province of New Caledonia; the plants were burned near Kone.",
     "National Gendarmerie", "National Gendarmerie of France"),
    # the same name where the text's country is clear: that country's body
    ("TASHKENT, 3 May 2026 - Officers of the State Customs Committee found 9 kg of opium in "
     "a lorry at the Oybek crossing, Uzbekistan.", "State Customs Committee",
     "State Customs Committee of the Republic of Uzbekistan"),
    # an own-language generic name in a letterhead's capitals, beside its country
    ("POLÍCIA JUDICIÁRIA — REPÚBLICA DE MOÇAMBIQUE\nComunicados\n\nThe Judicial Police seized "
     "200 kg of heroin in a dhow off Pemba; the crew were handed to the Public Prosecutor's "
     "Office.", "POLÍCIA JUDICIÁRIA", "Judicial Police of Mozambique"),
    ("GENDARMERIE NATIONALE — RÉPUBLIQUE DU NIGER\nCommuniqué\n\nThe National Gendarmerie "
     "seized 2 tonnes of cannabis resin near Agadez; the suspects, citizens of Chad, were "
     "handed to the Public Prosecutor's Office.", "Public Prosecutor's Office",
     "Public Prosecutor's Office of Niger"),
    ("POLÍCIA JUDICIÁRIA — REPÚBLICA DE CABO VERDE\nComunicados\n\nThe Judicial Police seized "
     "200 kg of cocaine on a yacht off Sal island.", "Judicial Police",
     "Judicial Police of Cabo Verde"),
])
def test_body_named_by_the_text_country(text: str, written: str, name: str) -> None:
    assert orgs(text)[written] == name
