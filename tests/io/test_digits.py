"""Digits of other scripts and thin spaces inside numbers, read in ASCII."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.io.digits import unicode_digits
from pressparse.io.edits import apply_edits


@pytest.mark.parametrize(("text", "reads"), [
    ("found ４２.５ kg of heroin", "found 42.5 kg of heroin"),  # full-width digits
    ("a fine of ＮＴ$１，２００，０００", "a fine of ＮＴ$1,200,000"),  # letters stay full-width
    ("and ٣٫٢ kg of opium", "and 3.2 kg of opium"),  # Arabic-Indic digits, decimal separator
    ("and ۱۲ kg of hashish", "and 12 kg of hashish"),  # Persian digits
    ("stored 12\u2009640 tonnes and 3\u202f100 bags", "stored 12 640 tonnes and 3 100 bags"),
    # a date written in Japanese
    ("issued on ２０２６年３月４日 (4 March)", "issued on ２０２６年３月４日 (4 March)"),
    ("बैशाख १४, २०८२ | News", "बैशाख १४, २०८२ | News"),  # a Nepali date in a masthead
    ("plain ASCII 1 250 kg", "plain ASCII 1 250 kg"),
])
def test_numbers_read_in_ascii_digits(text: str, reads: str) -> None:
    assert apply_edits(text, unicode_digits(text))[0] == reads


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Taipei, 3 March 2026 - Coast guard officers in Kaohsiung found ３８.５ kg of "
     "methamphetamine in a fishing boat on 1 March.", "３８.５ kg", 38.5),
    ("Muscat, 5 May 2026 - The Royal Oman Police seized ١٢٠ kg of hashish off Sur on 2 May.",
     "١٢٠ kg", 120.0),
    ("Riga, 4 May 2026 - Customs officers found 12\u2009400 tablets of ecstasy in a van.",
     "12\u2009400 tablets", 12400.0),
])
def test_amounts_in_other_digits_are_found_at_original_offsets(text: str, written: str,
                                                              value: float) -> None:
    document = pressparse.extract(text, published="2026-05-06")
    found = [e for e in document.entities if e.label == "QUANTITY" and e.text == written]
    assert found and found[0].normalized.get("value") == value, [
        (e.text, e.normalized) for e in document.entities]
