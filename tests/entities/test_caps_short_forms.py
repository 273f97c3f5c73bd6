"""A bare short form in a headline written in capitals ("PNTL AND CUSTOMS SEIZE ...",
"JOINT OPERATION WITH CUSTOMS") is the one body the text names in mixed case with that word,
and takes its name; before a staff noun ("CUSTOMS OFFICERS") it stays generic (our own
texts, several countries)."""

from __future__ import annotations

import pytest

from org_values import orgs


@pytest.mark.parametrize(("text", "short", "name"), [
    ("DILI, 4 May 2026\n\nPOLICE AND CUSTOMS SEIZE METHAMPHETAMINE AT DILI AIRPORT\n\nOfficers "
     "of the National Police of Timor-Leste, together with officers of the Customs Authority, "
     "found 2 kg of methamphetamine in a suitcase.", "CUSTOMS", "Customs Authority of Timor-Leste"),
    ("APIA, 3 May 2026\n\nCANNABIS IN PARCEL - JOINT OPERATION WITH CUSTOMS\n\nSamoa Police "
     "Service officers and officers of the Ministry of Customs and Revenue found cannabis in "
     "a parcel.", "CUSTOMS", "Ministry of Customs and Revenue of Samoa"),
    ("NUKU'ALOFA, 9 June 2026\n\nNAVY INTERCEPTS BOAT WITH COCAINE\n\nSailors of the Tonga "
     "Navy stopped a yacht carrying 40 kg of cocaine near Vava'u.", "NAVY", "Tonga Navy"),
])
def test_short_form_in_capitals(text: str, short: str, name: str) -> None:
    assert orgs(text).get(short) == name


@pytest.mark.parametrize(("text", "short"), [
    # before a staff noun: generic
    ("SUVA, 2 June 2026\n\nCUSTOMS OFFICERS SEIZE COCAINE AT PORT\n\nOfficers of the "
     "Fiji Revenue and Customs Service found 3 kg of cocaine in a container.", "CUSTOMS"),
    # before a name word: part of a longer name
    ("NOUAKCHOTT: THE NAVY NATIONAL SEIZES COCAINE ON A TRAWLER\n\nNouakchott, 4 June "
     "2026 - Units of the National Navy intercepted a trawler carrying 800 kg of "
     "cocaine.", "NAVY"),
])
def test_short_form_before_a_staff_or_name_word_stays_out(text: str, short: str) -> None:
    assert short not in orgs(text)
