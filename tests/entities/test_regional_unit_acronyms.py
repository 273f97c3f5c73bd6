"""Regional units named '<Place> <ACRONYM>' ("Gujarat ATS", "Appalachia HIDTA"): one ORG
with the unit's long form, and a bare mention of the acronym in a text that names one such
unit is that unit, not the acronym's other sense ("ATS", amphetamine-type stimulants)
(components/organizations.py; full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def entities(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.label, e.text, (e.normalized or {}).get("name"))
            for item in extract(text).items for e in item.entities]


@pytest.mark.parametrize(("text", "expected"), [
    ("Maharashtra ATS arrested two men in Mumbai with 4 kg of mephedrone.",
     [("ORG", "Maharashtra ATS", "Maharashtra Anti-Terrorism Squad")]),
    ("COAST GUARD AND GUJARAT ATS SEIZE HEROIN OFF OKHA",
     [("ORG", "GUJARAT ATS", "Gujarat Anti-Terrorism Squad")]),
    ("The Punjab ATS said the consignment came by drone. The ATS arrested three men and an "
     "ATS team searched a farm.",
     [("ORG", "Punjab ATS", "Punjab Anti-Terrorism Squad"),
      ("ORG", "ATS", "Punjab Anti-Terrorism Squad")]),
    ("Agents of the Appalachia HIDTA and the North Florida HIDTA met in Atlanta.",
     [("ORG", "Appalachia HIDTA", "Appalachia High Intensity Drug Trafficking Area"),
      ("ORG", "North Florida HIDTA", "North Florida High Intensity Drug Trafficking Area")]),
])
def test_regional_units_and_their_bare_acronym(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = entities(text)
    for row in expected:
        assert row in found


@pytest.mark.parametrize("text", [
    "UNODC said ATS seizures in East Asia rose; methamphetamine and other ATS dominate.",
    "Seizures of ATS in Myanmar reached a record, the report said.",
])
def test_acronym_without_a_regional_unit_keeps_its_other_sense(text: str) -> None:
    assert all(label != "ORG" for label, written, _ in entities(text) if written == "ATS")
