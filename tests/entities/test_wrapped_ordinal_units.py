"""A unit named with a spelled ordinal ("Third Naval Area Command") keeps the ordinal when a
hard-wrapped line (PDF text, subtitle cues) breaks the sentence just before it, and an area
command is a unit of the force the text names."""

from __future__ import annotations

import pytest

from org_values import orgs


@pytest.mark.parametrize(("text", "surface", "name"), [
    # the line breaks after "the": the ordinal still opens the unit's name
    ("KOTA KINABALU, 4 March 2026 - A patrol craft of the\nSecond Naval Region Command of the "
     "Royal Malaysian Navy stopped a pump boat off Tawau with 80 kg of methamphetamine.",
     "Second Naval Region Command of the Royal Malaysian Navy",
     "Second Naval Region Command of the Royal Malaysian Navy"),
    ("SURABAYA, 5 March 2026 - The Indonesian Navy said sailors of its\nFirst Naval Area "
     "Command boarded a fishing boat carrying 300 kg of crystal methamphetamine.",
     "First Naval Area Command", "First Naval Area Command of the Navy of Indonesia"),
    # "Area" is a unit's word like "Region" and "Zone"
    ("ABUJA, 6 March 2026 - Officers of the Nigeria Police Force Kuje Area Command arrested "
     "two men with 40 kg of cannabis.", "Nigeria Police Force Kuje Area Command",
     "Kuje Area Command of the Nigeria Police Force"),
    ("(PHILIPPINE NAVY - NAVAL FORCES WEST)\n\nA patrol boat of the Naval Forces West and the "
     "Philippine Navy's Second Naval Area Command seized 40 kg of shabu near Palawan.",
     "Philippine Navy's Second Naval Area Command",
     "Second Naval Area Command of the Navy of the Philippines"),
])
def test_ordinal_units_keep_their_ordinal(text: str, surface: str, name: str) -> None:
    assert orgs(text).get(surface) == name


@pytest.mark.parametrize(("text", "surface"), [
    # an ordinal that counts the sentences of a list opens no name
    ("Customs officers seized 12 kg of heroin at the port of Mombasa.\nSecond, the Kenya Coast "
     "Guard Service detained the crew.", "Kenya Coast Guard Service"),
    ("The haul was weighed in Dakar.\nThird, officers of the Senegalese Navy searched the "
     "hold.", "Senegalese Navy"),
])
def test_list_ordinals_stay_out(text: str, surface: str) -> None:
    found = orgs(text)
    assert surface in found
    assert not any(written.startswith(("Second", "Third")) for written in found)
