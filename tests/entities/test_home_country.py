"""The item's home country, weighed once by the organizations stage and kept on the doc for
the later stages (``pressparse.extensions.home_country``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import pressparse.components  # noqa: F401  (registers the factories)
from pressparse.extensions import HOME_COUNTRY_KEY, home_country


@pytest.mark.parametrize(("text", "country"), [
    # a dateline, the country's bodies and places
    ("Bishkek, 12 May 2025 - Officers of the Interior Ministry seized 4 kg of heroin in Osh, "
     "Kyrgyz police said.", "KG"),
    # a bare body read by the country the text names, and the demonym
    ("Belarusian customs officers at the Brest crossing found 20 kg of hashish in a lorry; "
     "the State Customs Committee said the driver was detained in Belarus.", "BY"),
    ("Spain: in Valencia and Algeciras, the National Police searched two container ships, "
     "the Interior Ministry said.", "ES"),
    # a listed body whose name any country's body may bear ("Narcotics Control Bureau",
    # listed for India) tells no country; places named as a route's end ("from Laos and
    # Thailand", coordinated) give no head start
    ("In 2024 the Narcotics Control Bureau (NCB) arrested 300 persons, most of them from "
     "Laos and Thailand. NCB officers raided two houses in Tutong and Brunei-Muara with the "
     "Royal Brunei Police Force.", "BN"),
    # a place named with its country's name tells that country, a route's origin less
    ("Officers of the Customs and Excise Agency stopped a passenger at Luxembourg Airport on "
     "Friday. The courier had flown in from Brazil.", "LU"),
    # two countries named as much as each other: none dominates
    ("Delegations of Kazakhstan and Uzbekistan met in Geneva to discuss the seminar.", None),
    # no country at all
    ("The meeting was held on Tuesday and lasted three hours.", None),
])
def test_home_country_is_stored_on_the_doc(nlp: Language, text: str,
                                           country: str | None) -> None:
    doc = nlp(text)
    assert home_country(doc) == country
    assert doc.user_data.get(HOME_COUNTRY_KEY) == country


def test_home_country_is_none_before_the_organizations_stage() -> None:
    doc = spacy.blank("en")("Kyrgyz police seized heroin in Osh.")
    assert home_country(doc) is None
