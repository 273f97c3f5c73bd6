"""A generic unit name written without its country that is a listed body of the text's
country ("Special Anti-Terrorist Unit" in a Greek text) is that listed body, not a unit of the
national force the text also names; and a body's acronym after "and the" is a second body,
no part of the name before it (our own sentences)."""

from __future__ import annotations

import pytest

from org_values import orgs


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("ATHENS, 5 May 2026 - Officers of the Hellenic Police arrested four people in Piraeus. "
     "The Special Anti-Terrorist Unit supported the operation.",
     "Special Anti-Terrorist Unit", "Special Anti-Terrorist Unit of Greece"),
    ("NICOSIA, 4 March 2026 - Cyprus Police said members of the Drug Law Enforcement Unit "
     "arrested a man in Limassol with 2 kg of cannabis.",
     "Drug Law Enforcement Unit", "Drug Law Enforcement Unit of Cyprus"),
    ("DILI, 5 May 2026 - The National Police of Timor-Leste and the Scientific Criminal "
     "Investigation Police seized 2 kg of methamphetamine at Dili port.",
     "Scientific Criminal Investigation Police",
     "Scientific Criminal Investigation Police of Timor-Leste"),
    ("COLOMBO, 3 April 2026 - The Police Narcotic Bureau and the Police Special Task Force "
     "arrested two suspects in Negombo, the Sri Lanka Police said.",
     "Police Narcotic Bureau", "Police Narcotic Bureau of Sri Lanka"),
    ("COLOMBO, 3 April 2026 - The Police Narcotic Bureau and the Police Special Task Force "
     "arrested two suspects in Negombo, the Sri Lanka Police said.",
     "Police Special Task Force", "Police Special Task Force of Sri Lanka"),
])
def test_generic_unit_that_is_a_listed_body(text: str, surface: str, name: str) -> None:
    assert orgs(text).get(surface) == name


@pytest.mark.parametrize(("text", "surface"), [
    ("SUVA - The operation was supported by the New Zealand Police and the FPF, officials "
     "said.", "New Zealand Police"),
    ("MAJURO - Training was given by the Australian Federal Police and the MIPD last week.",
     "Australian Federal Police"),
])
def test_acronym_after_and_the_is_another_body(text: str, surface: str) -> None:
    assert surface in orgs(text)
