"""A generic "<field> Branch" (Marine, Narcotics, Special Branch) is a unit of the force the
text names, as a "<field> Unit" is (our own sentences, several Commonwealth forces)."""

from __future__ import annotations

import pytest

from org_values import orgs


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("ROAD TOWN, 3 May 2026 - The Marine Branch found 300 kg of cocaine on a yacht, the Royal "
     "Virgin Islands Police Force said.", "Marine Branch",
     "Marine Branch of the Royal Virgin Islands Police Force"),
    ("GABORONE, 8 June 2026 - The Botswana Police Service said its Narcotics Branch seized "
     "40 kg of dagga in Francistown.", "Narcotics Branch",
     "Narcotics Branch of the Botswana Police Service"),
])
def test_branch_takes_the_force_as_parent(text: str, surface: str, name: str) -> None:
    assert orgs(text).get(surface) == name
