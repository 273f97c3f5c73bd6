"""A person's name written right after a body's name ("the Ministry of ... of Belarus Ivan
Kubrakov") is no part of the body; a unit with a head noun after it is."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def _orgs(text: str) -> list[str]:
    return [e.text for item in extract(text).items for e in item.entities if e.label == "ORG"]


@pytest.mark.parametrize(("text", "orgs"), [
    ("The Ministry of Internal Affairs of Belarus Ivan Kubrakov opened the meeting in Minsk.",
     ["Ministry of Internal Affairs of Belarus"]),
    ("Speaking for the State Border Service of Azerbaijan Elchin Guliyev thanked the guards.",
     ["State Border Service of Azerbaijan"]),
    # a unit with its own head noun after the body stays one name
    ("Officers of the Ministry of Internal Affairs of Belarus Gomel Regional Department "
     "closed the laboratory.",
     ["Ministry of Internal Affairs of Belarus Gomel Regional Department"]),
])
def test_person_after_a_body_is_cut(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs
