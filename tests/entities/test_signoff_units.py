"""A press or communications unit named on a release's sign-off, byline or posting line
speaks for the body and is no ORG ("Issued by: Police Public Relations Office"); named in a
sentence, and any other body on such a line, it stays one (signoff_labels, press_unit_words;
our own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names


@pytest.mark.parametrize(("text", "unit"), [
    ("Officers of the Narcotics Unit seized 12 kg of cannabis in Castries.\n"
     "Issued by: Police Public Relations Office", "Police Public Relations Office"),
    ("Officers of the Narcotics Division seized 40 kg of ganja in Kingston.\n"
     "By: Corporate Communications Unit", "Corporate Communications Unit"),
    ("Posted: 2025.04.02 10:15 | Media and Public Relations Department\n"
     "Border officers seized 3 kg of heroin in Ulaanbaatar.",
     "Media and Public Relations Department"),
    ("Source: Press Service of the State Border Committee\nGuards detained a courier.",
     "Press Service of the State Border Committee"),
])
def test_signoff_press_unit_is_no_org(nlp: Language, text: str, unit: str) -> None:
    assert unit not in [written for written, _name in org_names(nlp, text)]


@pytest.mark.parametrize(("text", "unit"), [
    # a press unit acting in a sentence
    ("The Press Office of the Police Department said 2 kg of cocaine were seized in Vilnius.",
     "Press Office of the Police Department"),
    # a body that is no press unit on a sign-off line
    ("Guards detained a courier at the Pskov checkpoint.\nSource: State Border Committee",
     "State Border Committee"),
])
def test_other_names_stay(nlp: Language, text: str, unit: str) -> None:
    assert unit in [written for written, _name in org_names(nlp, text)]
