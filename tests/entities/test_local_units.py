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
])
def test_place_and_lower_case_unit_head_make_one_body(text: str, surface: str,
                                                     name: str) -> None:
    assert _entities(text).get(surface) == ("ORG", name)
