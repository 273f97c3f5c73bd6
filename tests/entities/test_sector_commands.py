"""A force split into sector commands named by a bracketed side ("Frontier Corps Khyber
Pakhtunkhwa (South)") names each command whole, in any of its written forms (the acronym,
the province's short form, the side without brackets), not the force's province alone."""

from __future__ import annotations

import pytest

from org_values import orgs


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("BANNU, 3 March 2026 - Frontier Corps Khyber Pakhtunkhwa (South) troops recovered 120 kg "
     "of hashish from a pickup near Bannu.", "Frontier Corps Khyber Pakhtunkhwa (South)",
     "Frontier Corps Khyber Pakhtunkhwa (South)"),
    ("A spokesman of FC KP (South) said two men were held at a checkpoint near Tank.",
     "FC KP (South)", "Frontier Corps Khyber Pakhtunkhwa (South)"),
    ("TURBAT, 4 March 2026 - FC Balochistan South seized 60 kg of heroin near Turbat.",
     "FC Balochistan South", "Frontier Corps Balochistan (South)"),
    ("ZHOB, 5 March 2026 - Personnel of the Frontier Corps Balochistan (North) found 300 kg of "
     "hashish in a truck.", "Frontier Corps Balochistan (North)",
     "Frontier Corps Balochistan (North)"),
])
def test_sector_commands_named_whole(text: str, surface: str, name: str) -> None:
    assert orgs(text).get(surface) == name
