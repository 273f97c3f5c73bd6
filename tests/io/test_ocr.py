"""Reading a scan's misread characters: letters inside numbers as digits, digits among a
word's letters as letters, only in a text that shows several misread numbers."""

from __future__ import annotations

import pytest

from pressparse.io.edits import apply_edits
from pressparse.io.ocr import ocr_digits


@pytest.mark.parametrize(("text", "reads"), [
    # a 0 opening a word reads O where running text writes the word with a capital ('Office')
    ("Dakar, l2.O3.2O25\nThe 0ffice seized l,25O kg of c0caine and 4O0 g of heroin at the"
     " P0RT on O9 March.\n",
     "Dakar, 12.03.2025\nThe Office seized 1,250 kg of cocaine and 400 g of heroin at the"
     " PORT on 09 March.\n"),
    # a 1 among letters: l before a vowel after a vowel or in a cluster, else i; '1kg' stays
    ("Lome, O4.O5.2O25: 3OO p1ast1c bags, 2 vio1ators, the Gendarmer1e Nat1onale, 1kg of"
     " hero1n, 4O0 tab1ets\n",
     "Lome, 04.05.2025: 300 plastic bags, 2 violators, the Gendarmerie Nationale, 1kg of"
     " heroin, 400 tablets\n"),
])
def test_scan_misreadings_read_as_digits_and_letters(text: str, reads: str) -> None:
    assert apply_edits(text, ocr_digits(text))[0] == reads


@pytest.mark.parametrize("text", [
    "Operation IO-2 seized 2 kg; I said l was there.",  # one number with a letter
    "The A1 road, the M25 and Boeing 737 jets: no scan.",
    "Police seized 1,200 kg on 10.03.2025 in Lome.",
])
def test_text_without_misread_numbers_is_untouched(text: str) -> None:
    assert ocr_digits(text) == []


@pytest.mark.parametrize(("text", "reads"), [
    # short words running text writes, 1s beside an l or at a word's end, l for I in capitals
    # and before a consonant, a word broken by a space, a tilde for a lost accent
    ("NlGERlA DRUG LAW ENF0RCEMENT AGENCY, lKEJA C0MMAND\nRef: NDLEA/LAG/2O26/l4\n"
     "ln the period from l2 to 1O March 2O26 0fficers 0f the Command intercepted tw0 trucks"
     " at the Seme border. A search rev ealed 3OO kg 0f cannabis in the trailer. The"
     " Va11ey Road terminal was closed and the vesse1 detained at Ko~ssi.\n",
     "NIGERIA DRUG LAW ENFORCEMENT AGENCY, IKEJA COMMAND\nRef: NDLEA/LAG/2026/14\n"
     "In the period from 12 to 10 March 2026 officers of the Command intercepted two trucks"
     " at the Seme border. A search revealed 300 kg of cannabis in the trailer. The"
     " Valley Road terminal was closed and the vessel detained at Kossi.\n"),
    # a 0 opening a sentence, after an abbreviation's stop, and opening a name
    ("Lima, O3.O4.2O26. 0n Monday at 4 p.m. 0fficers of DlRANDRO seized 1O2 kg near"
     " 0xapampa and 4O bags.\n",
     "Lima, 03.04.2026. On Monday at 4 p.m. officers of DIRANDRO seized 102 kg near"
     " Oxapampa and 40 bags.\n"),
])
def test_scan_words_read_as_running_text_writes_them(text: str, reads: str) -> None:
    assert apply_edits(text, ocr_digits(text))[0] == reads
