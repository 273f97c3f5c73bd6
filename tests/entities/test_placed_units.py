"""Units whose place is written after their head ("Coast Guard Station Tacloban", "District
Police Office Morang"): the place joins the unit's span and name (samples guide: "a place
written right after the span joins it"), whether a list knows it or not; a capitalized word
that is a sentence, title or head word does not (our own sentences, several countries)."""

from __future__ import annotations

import pytest

from org_values import orgs
from pressparse.entities.placed_units import PlacedUnitFinder


@pytest.mark.parametrize(("text", "surface"), [
    ("TACLOBAN, 3 March 2026 - Personnel of Coast Guard Station Ormoc intercepted a boat "
     "carrying 20 kg of shabu on Tuesday.", "Coast Guard Station Ormoc"),
    ("The Coast Guard District Eastern Visayas turned the suspects over to the police.",
     "Coast Guard District Eastern Visayas"),
    ("KATHMANDU - District Police Office Morang arrested two men with 5 kg of hashish on "
     "Sunday.", "District Police Office Morang"),
    ("BIRATNAGAR - The District Police Office Sunsari seized 12 kg of cannabis.",
     "District Police Office Sunsari"),
    ("The Coast Guard District Northwestern Luzon said the boat was towed to port.",
     "Coast Guard District Northwestern Luzon"),
    # a place no list knows keeps the unit from taking its country
    ("SURIGAO CITY, Philippines - Personnel of Coast Guard Station Bucas intercepted a boat "
     "off Bucas Grande, Philippines.", "Coast Guard Station Bucas"),
    ("CHISINAU - The Border Police Sector Ungheni found 3 kg of heroin in a car.",
     "Border Police Sector Ungheni"),
])
def test_place_after_a_unit_head_joins_it(text: str, surface: str) -> None:
    assert orgs(text).get(surface) == surface


@pytest.mark.parametrize(("text", "absent"), [
    # a weekday, a title, a name before another capitalized word
    ("LIMA - The Provincial Prosecutor's Office Tuesday charged three men.",
     "Provincial Prosecutor's Office Tuesday"),
    ("The Coast Guard Station Commander confirmed the seizure in Ormoc.",
     "Coast Guard Station Commander"),
    ("The District Office Kumasi North also helped the Narcotics Control Commission.",
     "District Office Kumasi"),
    # a person's name after a unit
    ("BRISBANE - AFP Southern Command Janet Morrow said 120 kg of cocaine was seized.",
     "Southern Command Janet"),
    # a longer name's word before "in"
    ("QUITO - The Provincial Prosecutor's Office Specialised in Drug Trafficking of Guayas "
     "charged three men.", "Provincial Prosecutor's Office Specialised"),
])
def test_capitalized_words_that_name_no_place(text: str, absent: str) -> None:
    assert not any(name.startswith(absent) for name in orgs(text))


@pytest.mark.parametrize(("text", "span", "places", "found"), [
    # a listed place after any head
    ("the Customs Directorate Odesa seized", (4, 23), {24: 29}, [(4, 29)]),
    # an unknown name only after a local office's head
    ("the Customs Directorate Odesa seized", (4, 23), {}, []),
    ("the Police Post Maseru seized", (4, 15), {}, [(4, 22)]),
    # a capitalized word after the place: another name's
    ("the Police Post Maseru Central Unit", (4, 15), {}, []),
    # two words after an area word
    ("the Police Post Upper Thamaga seized", (4, 15), {}, [(4, 29)]),
    # a word before a link word: a longer name's
    ("the Police Post Specialised in Drugs", (4, 15), {}, []),
])
def test_finder(text: str, span: tuple[int, int], places: dict[int, int],
                found: list[tuple[int, int]]) -> None:
    finder = PlacedUnitFinder(["Directorate", "Post"], ["Post"], ["Upper"], ["Central", "Unit"],
                              ["of", "in"])
    assert finder.find(text, [span], places) == found


@pytest.mark.parametrize(("text", "surface", "name"), [
    # a listed body's acronym and the town of its office: one ORG
    ("HONOLULU - Agents of HSI Honolulu seized 4 kg of methamphetamine at the airport on "
     "Monday.", "HSI Honolulu", "Homeland Security Investigations Honolulu"),
    ("New Delhi: PIB Delhi released the figures of the Directorate of Revenue Intelligence.",
     "PIB Delhi", "Press Information Bureau Delhi"),
])
def test_acronym_and_its_office_town(text: str, surface: str, name: str) -> None:
    assert orgs(text).get(surface) == name


@pytest.mark.parametrize(("text", "absent"), [
    # the place goes on with a capitalized word: another name (the unit's own)
    ("Agents of the DEA Miami Field Division arrested two men.", "DEA Miami"),
])
def test_acronym_before_a_longer_name(text: str, absent: str) -> None:
    assert absent not in orgs(text)
