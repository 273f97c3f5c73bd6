"""Reading a scan's misread characters: letters inside numbers as digits, digits among a
word's letters as letters, only in a text that shows several misread numbers."""

from __future__ import annotations

import pytest

from pressparse.io.edits import apply_edits
from pressparse.io.ocr import ocr_digits


@pytest.mark.parametrize(("text", "reads"), [
    ("Dakar, l2.O3.2O25\nThe 0ffice seized l,25O kg of c0caine and 4O0 g of heroin at the"
     " P0RT on O9 March.\n",
     "Dakar, 12.03.2025\nThe office seized 1,250 kg of cocaine and 400 g of heroin at the"
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
