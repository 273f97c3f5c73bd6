"""What a text's country is not: a person's nationality ("a citizen of Iran"), a neighbour
("bordering Afghanistan") and the country in brackets after a route's town ("from Chernivtsi
(Ukraine)") weigh as a route's end; a generic body that several countries' bodies are named
(the State Customs Committee of Belarus, Azerbaijan and Uzbekistan) is no country's where the
text names other countries, none clearly its own; an own-language body in a letterhead's
capitals ("POLÍCIA JUDICIÁRIA — REPÚBLICA DE MOÇAMBIQUE") is the letterhead country's."""

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
