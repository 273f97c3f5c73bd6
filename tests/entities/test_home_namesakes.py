"""A listed body written only with the name several countries' bodies share ("Narcotics
Control Bureau", "NCB", "NDLEA") is the namesake of the text's home country when that country
has one listed, even where the text names the list's country as a nationality or a route's end
("two Indian nationals", "from Nigeria"); words that give the mention its country ("India's
...", "NCB of India") keep it, and a country with no namesake of its own changes nothing
(our own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names


@pytest.mark.parametrize(("text", "expected"), [
    # the home country's namesake, though the list's country is named as a nationality
    ("BANDAR SERI BEGAWAN, 3 March - The Narcotics Control Bureau (NCB) arrested two men from "
     "India at the Kuala Lurah checkpoint. NCB officers found 300 g of heroin in their bags; "
     "India was informed.",
     [("Narcotics Control Bureau", "Narcotics Control Bureau of Brunei Darussalam"),
      ("NCB", "Narcotics Control Bureau of Brunei Darussalam"),
      ("NCB", "Narcotics Control Bureau of Brunei Darussalam")]),
    # a namesake named as a unit of its country's force
    ("KATHMANDU, 14 May - The Narcotics Control Bureau arrested an Indian national at Birgunj "
     "with 2 kg of charas brought from India. NCB said the man had crossed from Raxaul, India.",
     [("Narcotics Control Bureau", "Narcotics Control Bureau of the Nepal Police"),
      ("NCB", "Narcotics Control Bureau of the Nepal Police")]),
    # an acronym too, and the route's country stays a route
    ("FREETOWN, 2 Feb - The NDLEA arrested three Nigerian nationals at Lungi airport with "
     "cocaine flown in from Nigeria. Nigeria's embassy was informed.",
     [("NDLEA", "National Drug Law Enforcement Agency of Sierra Leone")]),
    # the words before the mention give it the list's country
    ("KATHMANDU, 14 May - Nepal Police officers met a delegation of India's Narcotics Control "
     "Bureau in Lalitpur to plan joint border patrols against cannabis smuggling from India.",
     [("Nepal Police", "Nepal Police"),
      ("Narcotics Control Bureau", "Narcotics Control Bureau of India")]),
    # a home country with no namesake listed: the list's body stays
    ("COLOMBO, 2 June - Sri Lanka Police Narcotics Bureau officers arrested two Indian "
     "fishermen off Jaffna; the NCB of India had shared the tip-off. India thanked Sri Lanka.",
     [("Sri Lanka Police Narcotics Bureau", "Narcotics Bureau of the Sri Lanka Police"),
      ("NCB of India", "Narcotics Control Bureau of India")]),
    # a news agency is quoted from anywhere: never the home country's namesake
    ("ISLAMABAD, 5 May - The Associated Press reported that Pakistani police seized 40 kg of "
     "heroin in Quetta, Pakistan.",
     [("Associated Press", "Associated Press")]),
])
def test_shared_name_is_the_home_countrys_body(nlp: Language, text: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert org_names(nlp, text) == expected
