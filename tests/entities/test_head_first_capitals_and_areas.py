"""Names whose form a headline or a regional command changes (full pipeline, our own
sentences): a head before a listed place in a line of capitals is in the span as in title
case ("PORT OF GUAYAQUIL"), a listed city written with "City" is that city and not the
province of the same name ("Quezon City"), and a compass area in brackets after a body or
unit is part of its name ("Frontier Corps Balochistan (South)")."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def entities(text: str, label: str) -> dict[str, str | None]:
    return {e.text: (e.normalized or {}).get("name") for item in extract(text).items
            for e in item.entities if e.label == label}


@pytest.mark.parametrize(("headline", "surface", "name"), [
    ("ANTI-DRUG AGENTS FIND COCAINE AT PORT OF GUAYAQUIL", "PORT OF GUAYAQUIL",
     "Port of Guayaquil"),
    ("CUSTOMS STOP HEROIN SHIPMENT AT PORT OF ANTWERP", "PORT OF ANTWERP", "Port of Antwerp"),
    ("THREE HELD AFTER RAID IN THE PROVINCE OF EL ORO", "PROVINCE OF EL ORO",
     "El Oro Province"),
    ("COCA FIELDS DESTROYED IN THE DEPARTMENT OF NARIÑO", "DEPARTMENT OF NARIÑO",
     "Nariño Department"),
    # a listed place named with the head stays one name
    ("TWO ARRESTED IN PORT OF SPAIN", "PORT OF SPAIN", "Port of Spain"),
])
def test_head_in_capitals_before_a_listed_place(headline: str, surface: str,
                                                name: str) -> None:
    assert entities(headline, "LOC").get(surface) == name


@pytest.mark.parametrize(("headline", "absent"), [
    # a plural head shares itself between names: each name alone, as in lower case
    ("RAIDS IN THE PROVINCES OF BARI AND FOGGIA", "PROVINCES OF BARI"),
    # a capitalized word after a listed name is no part of a port's name
    ("PORT OF SPAIN POLICE WARN MOTORISTS", "PORT OF SPAIN POLICE"),
])
def test_capitals_that_are_no_head_first_name(headline: str, absent: str) -> None:
    assert absent not in entities(headline, "LOC")


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    ("Police in Quezon City arrested four men selling shabu on Friday.", "Quezon City",
     "Quezon City"),
    ("Agents seized 2 kg of shabu in a buy-bust in Cebu City, Philippines.", "Cebu City",
     "Cebu City"),
    ("The suspect was arrested at a checkpoint in Mandaue City.", "Mandaue City",
     "Mandaue City"),
    ("Federal agents raided a warehouse in Mexico City on Tuesday.", "Mexico City",
     "Mexico City"),
])
def test_listed_city_with_city_head(sentence: str, surface: str, name: str) -> None:
    assert entities(sentence, "LOC").get(surface) == name


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    ("Troops of the Frontier Corps Balochistan (South) seized 300 kg of hashish near "
     "Turbat, Pakistan.", "Frontier Corps Balochistan (South)",
     "Frontier Corps Balochistan (South)"),
    ("FC Balochistan (North) recovered weapons in an operation near Quetta, Pakistan.",
     "FC Balochistan (North)", "Frontier Corps Balochistan (North)"),
    ("The Coast Guard Region (North West) of the Indian Coast Guard and the Narcotics "
     "Control Bureau seized methamphetamine off Gujarat. The Indian Coast Guard said the "
     "boat was escorted to Okha.", "Coast Guard Region (North West)",
     "Coast Guard Region (North West) of the Coast Guard of India"),
    ("Ships of the Coast Guard Region (EAST) boarded a fishing vessel off Chennai, India.",
     "Coast Guard Region (EAST)", "Coast Guard Region (East) of India"),
])
def test_compass_area_in_brackets_after_a_body(sentence: str, surface: str,
                                               name: str) -> None:
    assert entities(sentence, "ORG").get(surface) == name


@pytest.mark.parametrize(("sentence", "surface"), [
    # an acronym in brackets stays an ORG of its own
    ("The Narcotics Control Bureau (NCB) arrested two men in Delhi, India.",
     "Narcotics Control Bureau"),
    # a country in brackets is no area of the body's
    ("The National Police (Colombia) seized 2 tonnes of cocaine.", "National Police"),
])
def test_other_brackets_stay_apart(sentence: str, surface: str) -> None:
    assert surface in entities(sentence, "ORG")
