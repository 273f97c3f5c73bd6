"""A press or communications unit named on a release's sign-off, byline or posting line
speaks for the body and is no ORG ("Issued by: Police Public Relations Office"), and so does
one on a line of names alone (a header, a closing line, an e-mail's sender); named in a
sentence or a headline, and any other body on such a line, it stays one (signoff_labels,
press_unit_words; our own sentences)."""

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
    # a line of names alone: under a dateline, on a closing line, an e-mail's sender
    ("Sofia, 10 March 2026\nPress Office of the Ministry of Interior\nShare: Facebook | X\n\n"
     "Border police seized 40 kg of heroin.", "Press Office of the Ministry of Interior"),
    ("Officers found 20 kg of heroin at Mombasa port.\n\nCommunications Department, Kenya "
     "Revenue Authority\nTel. +254 700 000 000", "Communications Department"),
    ("From: Communications Department, Kenya Revenue Authority <media@kra.example>\n"
     "Officers found 20 kg of heroin.", "Communications Department"),
    ("The Navy seized 500 kg of cocaine off Manta.\nPUBLIC RELATIONS DIRECTORATE\n"
     "#SecureSeas", "PUBLIC RELATIONS DIRECTORATE"),
    ("Press offices: Tax Communication Center | Border Police Press Office (3rd Region)\n"
     "Officers seized 9 kg of cocaine.", "Tax Communication Center"),
    # a posting line or byline without its colon, the unit after "by"
    ("COMMISSION SEIZES 800 KG OF CANNABIS AT CHIRUNDU\nPosted on 4th March, 2026 by Public "
     "Relations Unit\nOfficers of the Commission seized 800 kg of cannabis.",
     "Public Relations Unit"),
    ("By Kabul Press Staff  |  March 3, 2026  |  3 min read\nPolice seized 40 kg of heroin in "
     "Herat.", "Kabul Press Staff"),
    # a sign-off unit named in Spanish
    ("Publicado / Posted: 12/03/2026 - Departamento de Comunicación Social\nAgents seized "
     "2 kg of cocaine in Escuintla.", "Departamento de Comunicación Social"),
])
def test_signoff_press_unit_is_no_org(nlp: Language, text: str, unit: str) -> None:
    assert unit not in [written for written, _name in org_names(nlp, text)]


@pytest.mark.parametrize(("text", "unit"), [
    # a press unit acting in a sentence
    ("The Press Office of the Police Department said 2 kg of cocaine were seized in Vilnius.",
     "Press Office of the Police Department"),
    # ... in a headline
    ("Public Relations Directorate of Police opens a hotline in Battambang\nOfficers seized "
     "4 kg.", "Public Relations Directorate of Police"),
    ("The Communications Department of the Authority organized a media tour of the port.",
     "Communications Department of the Authority"),
    # a press unit acting after "by" in a sentence
    ("The campaign was organized by the Public Relations Unit of the Police in Lusaka.",
     "Public Relations Unit of the Police"),
    # a body that is no press unit on a sign-off line
    ("Guards detained a courier at the Pskov checkpoint.\nSource: State Border Committee",
     "State Border Committee"),
])
def test_other_names_stay(nlp: Language, text: str, unit: str) -> None:
    assert unit in [written for written, _name in org_names(nlp, text)]
