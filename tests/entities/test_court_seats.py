"""Courts and office holders' offices followed by "in" + a place: a national one only sits
there (the place is no part of its name), a local one ("District", "County", "Basic" ...) is
named by it; other offices (programme offices, customs offices, embassies) keep their seat."""

from __future__ import annotations

import pytest
from spacy.language import Language

import pressparse


def org_spans(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize(("text", "expected"), [
    # national courts and offices: the town is where they sit
    ("The suspect appeared before the Serious Offences Court in Castries on Monday.",
     ["Serious Offences Court"]),
    ("He was sentenced by the Supreme Court in Apia to six years.", ["Supreme Court"]),
    ("The case file was sent to the Public Prosecutor's Office in Maputo for review.",
     ["Public Prosecutor's Office"]),
    ("The three men were handed to the Attorney General's Office in Cali on Sunday.",
     ["Attorney General's Office"]),
    ("The Specialised Criminal Court in Banska Bystrica found four men guilty.",
     ["Specialised Criminal Court"]),
    ("Two couriers were jailed at the High Court in Kumasi on Friday.", ["High Court"]),
    ("The National Prosecutors' Office in Zagreb filed charges.",
     ["National Prosecutors' Office"]),
    # local courts and offices: named by their town
    ("The District Court in Tartu ordered his arrest.", ["District Court in Tartu"]),
    ("The Regional Court in Poznan remanded him in custody.", ["Regional Court in Poznan"]),
    ("The Magistrates' Court in Lobatse remanded the two men.",
     ["Magistrates' Court in Lobatse"]),
    ("The Basic Court in Prizren convicted him on Tuesday.", ["Basic Court in Prizren"]),
    ("The County Prosecutor's Office in Vukovar opened a case.",
     ["County Prosecutor's Office in Vukovar"]),
    # a prosecution is an office holder's office: local ones named by their town
    ("The file went to the Basic Prosecution in Gjilan on Monday.",
     ["Basic Prosecution in Gjilan"]),
    ("The Public Prosecution in Dubai charged the two couriers.", ["Public Prosecution"]),
    # offices that are no court keep their seat
    ("The UNODC Programme Office in Kenya supported the training.",
     ["UNODC Programme Office in Kenya"]),
    ("The Customs Office in Kosice found the pills.", ["Customs Office in Kosice"]),
])
def test_court_seat(nlp: Language, text: str, expected: list[str]) -> None:
    assert org_spans(nlp, text) == expected


@pytest.mark.parametrize(("text", "surface", "name"), [
    # a national court left without its seat says no country: the text's country names it
    ("CASTRIES, Saint Lucia - The two men appeared before the Serious Offences Court in "
     "Castries on Monday, the Royal Saint Lucia Police Force said.", "Serious Offences Court",
     "Serious Offences Court of Saint Lucia"),
    ("APIA, Samoa - The Supreme Court in Apia sentenced the courier to six years, the Samoa "
     "Police Service said.", "Supreme Court", "Supreme Court of Samoa"),
    ("MAPUTO, Mozambique - The file was sent to the Public Prosecutor's Office in Maputo, "
     "police said.", "Public Prosecutor's Office", "Public Prosecutor's Office of Mozambique"),
])
def test_court_without_seat_named_by_country(text: str, surface: str, name: str) -> None:
    entities = [e for item in pressparse.extract(text).items for e in item.entities]
    assert [e.normalized.get("name") for e in entities
            if e.label == "ORG" and e.text == surface] == [name]
