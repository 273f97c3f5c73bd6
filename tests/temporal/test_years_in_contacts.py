"""Four digits that are no years: in contact details (an e-mail address
"1910@customs.example", a number in brackets after its label "the hotline number (1910)") and
in an asteroid's designation ("2019 TK7"); a year in brackets after other words, or before an
abbreviation ("2019 EU"), stays. Our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from pressparse.temporal.tagger import DateTagger

DCT = date(2025, 9, 9)

# (text, the years expected in it)
CASES: list[tuple[str, list[str]]] = [
    ("Tips can be sent to 1910@customs.example or by post.", []),
    ("Write to tips.2024@police.example for details.", []),
    ("Call the hotline number (1910) at any hour.", []),
    ("Dial the free phone (2020) to report smuggling.", []),
    ("The probe will fly past the asteroid 2019 TK7 on its way out.", []),
    ("Astronomers tracked the rock 2024 YR4 as it passed.", []),
    # a year in brackets after other words, or before an abbreviation, is a year
    ("In 2019 EU ministers agreed on new checks.", ["2019"]),
    ("The census (2021) counted 4 million residents.", ["2021"]),
    ("The new law on border control (2019) raised the fines.", ["2019"]),
]


@pytest.mark.parametrize(("text", "years"), CASES)
def test_years_in_contact_details(tagger: DateTagger, text: str, years: list[str]) -> None:
    assert [text[s:e] for s, e, _v in tagger.tag(text, DCT)] == years
