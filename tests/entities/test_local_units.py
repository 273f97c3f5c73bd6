"""Local units named after their place ("the Karaganda regional police department")."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def _entities(text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label, e.normalized.get("name")) for item in extract(text).items
            for e in item.entities}


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Officers of the Shymkent city police department detained two couriers.",
     "Shymkent city police department", "Shymkent City Police Department"),
    ("The case was handed to the Ghent public prosecutor's office on Friday.",
     "Ghent public prosecutor's office", "Ghent Public Prosecutor's Office"),
    ("Guards of the Lankaran border detachment stopped a car near the frontier.",
     "Lankaran border detachment", "Lankaran Border Detachment"),
    # a named police station or post is a body, also after a place no list knows
    ("Fishermen handed the blocks to the Tatamba police post on Saturday.",
     "Tatamba police post", "Tatamba Police Post"),
    ("The two men were taken to the Lofa police station for questioning.",
     "Lofa police station", "Lofa Police Station"),
    # a named head after a place name of several words the text gives elsewhere takes the
    # whole name, not its last word
    ("Smugglers clashed with guards in the Jaloliddin Balkhi district on Monday. A patrol of "
     "the Jaloliddin Balkhi border detachment found 30 kg of hashish.",
     "Jaloliddin Balkhi border detachment", "Jaloliddin Balkhi Border Detachment"),
    # a police inspectorate named by its town (Moldova)
    ("Officers of the Ceadir-Lunga police inspectorate searched two houses in Moldova.",
     "Ceadir-Lunga police inspectorate", "Ceadir-Lunga Police Inspectorate"),
    # customs branches named by their place, one no list knows included
    ("Inspectors of the Lankaran customs office found 14 kg of heroin in a truck.",
     "Lankaran customs office", "Lankaran Customs Office"),
    ("Officers of the Nur-Ata customs complex stopped a passenger with pills.",
     "Nur-Ata customs complex", "Nur-Ata Customs Complex"),
    ("Officers of the Ulaanbaatar airport customs office found cannabis in a parcel.",
     "Ulaanbaatar airport customs office", "Ulaanbaatar Airport Customs Office"),
    # a place written with a level word and a bare head before its parent
    ("Operatives of the Angarsk inter-municipal department of the MVD of Russia detained "
     "a dealer.", "Angarsk inter-municipal department of the MVD of Russia",
     "Angarsk Inter-municipal Department of the Ministry of Internal Affairs of the Russian "
     "Federation"),
    # a place whose own spelling writes a later word in lower case ("Novo mesto")
    ("The suspect was brought before the Novo mesto District Court on Friday.",
     "Novo mesto District Court", "Novo mesto District Court"),
])
def test_place_and_lower_case_unit_head_make_one_body(text: str, surface: str,
                                                     name: str) -> None:
    assert _entities(text).get(surface) == ("ORG", name)


@pytest.mark.parametrize(("text", "absent"), [
    # a sentence's first word or a weekday before the head names no station
    ("The police station was closed for the holiday.", "The police station"),
    ("Local police station staff found the car.", "Local police station"),
    ("On Monday police post officers found the car.", "Monday police post"),
])
def test_common_words_before_a_unit_head_name_no_body(text: str, absent: str) -> None:
    assert absent not in _entities(text)


@pytest.mark.parametrize(("text", "surface", "name"), [
    # a regional department with its parent written after it, named after a place no list
    # knows as a place of its own
    ("TARAZ. Officers of the Zhambyl regional department of the National Security Committee "
     "detained two couriers in Kazakhstan.",
     "Zhambyl regional department of the National Security Committee",
     "Zhambyl Regional Department of the National Security Committee of the Republic of "
     "Kazakhstan"),
])
def test_unlisted_place_regional_department_with_parent(text: str, surface: str,
                                                        name: str) -> None:
    assert _entities(text).get(surface) == ("ORG", name)


@pytest.mark.parametrize("text", [
    # no name before the level word: no unit
    "The regional department of the National Security Committee opened a case.",
    "Officers said its regional department of the Police had closed.",
])
def test_regional_department_needs_a_name(text: str) -> None:
    assert not any("department" in surface for surface in _entities(text))


@pytest.mark.parametrize(("text", "surface"), [
    # a demonym or a country before a named head is a NORP or a COUNTRY and a generic noun
    ("Guards of the Afghan border detachment fired warning shots.", "Afghan"),
    ("Officers of the Uzbek customs office found the pills.", "Uzbek"),
])
def test_demonym_before_named_head_is_no_unit(text: str, surface: str) -> None:
    found = _entities(text)
    assert found.get(surface, ("", ""))[0] in {"NORP", "COUNTRY"}
    assert not any(label == "ORG" and surface in name for label, name in found.values())
