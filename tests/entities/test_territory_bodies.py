"""Bodies of small countries, dependencies and territories (organizations_territories.jsonl):
found, split from the body listed beside them and named canonically, their short acronyms read
only where the text names their territory; country names written with their own diacritics."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Bermuda Police Service officers said BPS detectives arrested a man in Hamilton, Bermuda.",
     "BPS", "Bermuda Police Service"),
    ("The Jersey Customs and Immigration Service and the States of Jersey Police seized cocaine "
     "at the harbour, JCIS said.", "States of Jersey Police", "States of Jersey Police"),
    ("The Jersey Customs and Immigration Service and the States of Jersey Police seized cocaine "
     "at the harbour, JCIS said.", "JCIS", "Jersey Customs and Immigration Service"),
    ("The Guernsey Border Agency said the GBA found cannabis in a parcel from Southampton.",
     "GBA", "Guernsey Border Agency"),
    ("A Falkland Islands Police spokesman said RFIP officers searched the trawler in Stanley.",
     "RFIP", "Royal Falkland Islands Police"),
    ("Police in Macao said the PJ arrested two men at the ferry terminal.",
     "PJ", "Judiciary Police of Macao"),
    ("Greenlandic Police in Nuuk said a parcel held 300 grams of hashish.",
     "Greenlandic Police", "Greenland Police"),
    ("The Grand-Ducal Police arrested a man in Esch-sur-Alzette, Luxembourg.",
     "Grand-Ducal Police", "Grand Ducal Police"),
    ("Officers of the Direction de la Sûreté Publique in Monaco arrested a courier.",
     "Direction de la Sûreté Publique", "Directorate of Public Security of Monaco"),
    ("The Isle of Man Constabulary said the parcel was intercepted at the sea terminal.",
     "Isle of Man Constabulary", "Isle of Man Constabulary"),
    ("Alaska State Troopers said the package was mailed to Fairbanks.",
     "Alaska State Troopers", "Alaska State Troopers"),
    ("The EU Border Assistance Mission welcomed the results at the Moldova-Ukraine border.",
     "EU Border Assistance Mission",
     "European Union Border Assistance Mission to Moldova and Ukraine"),
])
def test_territory_bodies_are_named(nlp: Language, text: str, surface: str, name: str) -> None:
    assert (surface, name) in org_names(nlp, text)


@pytest.mark.parametrize(("text", "surface", "name"), [
    # a short shared acronym is read as the territory's body only where the text names it
    ("The BPS results were published by the statistics office on Monday.", "BPS",
     "Bermuda Police Service"),
    ("GBA officers and the customs service of Belgium checked the lorry in Antwerp.", "GBA",
     "Guernsey Border Agency"),
])
def test_shared_acronyms_need_their_territory(nlp: Language, text: str, surface: str,
                                              name: str) -> None:
    assert (surface, name) not in org_names(nlp, text)


@pytest.mark.parametrize(("text", "surface", "iso2"), [
    ("Customs officers in São Tomé and Príncipe seized 2 kg of cocaine.",
     "São Tomé and Príncipe", "ST"),
    ("A courier from the Caribbean Netherlands was held at Schiphol.", "Caribbean Netherlands",
     "BQ"),
    ("The parcel was posted in the Faroes and opened in Copenhagen.", "Faroes", "FO"),
])
def test_country_names_in_their_own_spelling(nlp: Language, text: str, surface: str,
                                             iso2: str) -> None:
    found = {ent.text: (ent._.normalized or {}).get("iso2") for ent in nlp(text).ents
             if ent.label_ == "COUNTRY"}
    assert found.get(surface) == iso2
