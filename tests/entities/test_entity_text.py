"""Name cleaning and keys shared by the entity components."""

from __future__ import annotations

import pytest

from pressparse.entities.text import clean_name, dash_normalized, name_key


@pytest.mark.parametrize(("raw", "clean"), [
    ("the Academy of\nManagement", "Academy of Management"),
    ("The  Ministry\u00a0of Justice ", "Ministry of Justice"),
    ("People\u2019s Republic", "People's Republic"),
    ("theatre Group", "theatre Group"),
])
def test_clean_name(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


@pytest.mark.parametrize(("raw", "name"), [
    ("Channel - Far Eastern Raid", "Channel-Far Eastern Raid"),
    ("Channel \u2013 Center", "Channel-Center"),
    ("Channel\u2014Union", "Channel-Union"),
    ("Indestructible Brotherhood-2024", "Indestructible Brotherhood-2024"),
    ("  Mak  ", "Mak"),
])
def test_dash_normalized(raw: str, name: str) -> None:
    assert dash_normalized(raw) == name


def test_name_key_unifies_dash_space_and_case() -> None:
    assert name_key("Channel Center") == name_key("channel-center") == name_key("CHANNEL – CENTER")
    assert name_key("Channel Union") != name_key("Channel Center")
