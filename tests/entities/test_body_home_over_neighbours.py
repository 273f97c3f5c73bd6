"""A national body named without its country is the page's and the text's own, though the
text names a neighbour (a shipment's origin, a detainee's nationality) or the page's header
notes the language it was translated from ("[Automatic translation from Portuguese]": a
language, no country); the sentence's own words still give a foreign body its country
("In Brazil, the Federal Police ..."). Full pipeline on invented pages."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

MOZAMBIQUE_PAGE = (
    "REPÚBLICA DE MOÇAMBIQUE\n"
    "Ministério do Interior | Polícia da República de Moçambique\n"
    "Início > Notícias\n"
    "[Automatic translation from Portuguese]\n"
    "Police seize 12 kg of heroin in Nacala\n"
    "Nacala, 14 October 2026. The National Criminal Investigation Service seized 12 kg of "
    "heroin from a truck at the port of Nacala. The driver, a Tanzanian national, was "
    "detained.\n")

HONDURAS_PAGE = (
    "POLICÍA NACIONAL DE HONDURAS\n"
    "Inicio | Institución | Noticias | Comunicados | Contacto\n"
    "Noticias > Comunicado No. 31-2026\n"
    "[Translated from Spanish]\n"
    "COMMUNIQUE No. 31-2026: National Police seizes 52 kilograms of cocaine during the week\n"
    "Tegucigalpa, 9 March of 2026.\n"
    "On Friday 6 March, in the Tapachula customs yard, state of Chiapas, police officers "
    "together with officials of the Customs Administration inspected a lorry proceeding from "
    "Mexico and found 40 kilograms of cocaine. Was detained the driver, of Salvadoran "
    "nationality.\n")

CABO_VERDE_ITEM = (
    "Praia, Cabo Verde, 2 February 2026\n"
    "[Automatic translation from Portuguese]\n"
    "The Judiciary Police seized 230 kg of cocaine from a sailing boat coming from Brazil, "
    "off the island of Sal. In Brazil, the Federal Police arrested two suspects.\n")

GUINEA_PAGE = (
    "Armée Guinéenne\n"
    "Accueil | Marine nationale | Gendarmerie | Actualités\n"
    "[Translated automatically from French]\n"
    "Patrol boat stops a trawler carrying cannabis off Conakry\n"
    "On Monday the Navy boarded a trawler 60 nautical miles off Conakry and found 900 kg of "
    "cannabis. The crew, Guinean and Liberian nationals, were handed over to the police in "
    "Conakry. The Navy will keep patrolling the coast of Guinea.\n")

MALAYSIA_PAGE = (
    "ROYAL MALAYSIA POLICE\n"
    "Home | Media | Press Statements\n"
    "KUALA LUMPUR, 4 May 2026\n"
    "On Sunday, at the checkpoint in Padang Besar, Perlis, officers with the Anti-Smuggling "
    "Unit stopped a lorry coming from Thailand and found 120 kg of ganja. The driver, a Thai "
    "national, and a Cambodian passenger were detained.\n")

HOME_OVER_NEIGHBOURS = [
    # (text, ORG as written, expected name of each of its mentions)
    # a translation note in the header names a language: the page is Mozambique's
    (MOZAMBIQUE_PAGE, "National Criminal Investigation Service",
     "National Criminal Investigation Service of Mozambique"),
    # the Honduran page's customs, though the find was made beside Mexico
    (HONDURAS_PAGE, "Customs Administration", "Customs Administration of Honduras"),
    (CABO_VERDE_ITEM, "Judiciary Police", "Judicial Police of Cabo Verde"),
    # "In Brazil, ..." at the sentence's start ties the body to Brazil
    (CABO_VERDE_ITEM, "Federal Police", "Federal Police of Brazil"),
    # an adverb between the language verb and its preposition: still a language
    (GUINEA_PAGE, "Navy", "Navy of Guinea"),
    (MALAYSIA_PAGE, "Anti-Smuggling Unit", "Anti-Smuggling Unit of the Royal Malaysia Police"),
]


def names_of(text: str, surface: str) -> list[str]:
    document = extract(text, id="probe")
    return [entity.normalized["name"] for entity in document.entities
            if entity.label == "ORG" and entity.text == surface]


@pytest.mark.parametrize(("text", "surface", "name"), HOME_OVER_NEIGHBOURS)
def test_bodies_take_the_home_country(text: str, surface: str, name: str) -> None:
    found = names_of(text, surface)
    assert found and all(n == name for n in found), found
