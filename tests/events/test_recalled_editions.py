"""Another edition of a named series recalled in a background sentence ("In 2024, the
previous exercise of the forces, "X-2024", was held in ...", "Last year, "X-2024" was held
in ...") is an event of its own dated by its sentence's date (a year, a month or a relative
year) when that date falls in the year its name gives."""

from __future__ import annotations

import pytest

import pressparse

REEF = ("Naval exercise \"Southern Reef-2026\" ends off Fremantle\n"
        "The multinational naval exercise \"Southern Reef-2026\" was held from 18 to 22 May off "
        "Fremantle.\n\nContingents were sent by Australia, Indonesia and New Zealand; Fiji did "
        "not take part.\n")
SHIELD = ("Coast guards of Ghana and Togo end joint drill \"Gulf Shield-2026\"\n"
          "ACCRA, 14 March 2026 - The joint drill \"Gulf Shield-2026\" of the coast guards of "
          "Ghana and Togo was held from 10 to 13 March in the port of Tema.\n\n")

# (published, text, the recalled edition's (name, start, end))
RECALLED_CASES: list[tuple[str, str, tuple[str, str | None, str | None]]] = [
    # a year opening the sentence, the edition's word before its name
    ("2026-05-22",
     REEF + "In 2025, the previous exercise of the naval forces, \"Southern Reef-2025\", was "
     "held near Darwin.",
     ("Southern Reef-2025", "2025-01-01", "2025-12-31")),
    # "last year", resolved by the publication day
    ("2026-05-22",
     REEF + "Last year, \"Southern Reef-2025\" was held near Darwin.",
     ("Southern Reef-2025", "2025-01-01", "2025-12-31")),
    # a month
    ("2026-03-14",
     SHIELD + "In October 2025, the previous exercise of the two navies, \"Gulf Shield-2025\", "
     "was held in Lomé.",
     ("Gulf Shield-2025", "2025-10-01", "2025-10-31")),
    # a date outside the name's year dates something else: the edition stays undated
    ("2026-05-22",
     REEF + "Last year, \"Southern Reef-2023\" was recalled near Darwin.",
     ("Southern Reef-2023", None, None)),
]


@pytest.mark.parametrize(("published", "text", "expected"), RECALLED_CASES)
def test_a_recalled_edition_is_dated_by_its_sentence(
        published: str, text: str, expected: tuple[str, str | None, str | None]) -> None:
    events = [e for item in pressparse.extract(text, published=published).items
              for e in item.events]
    assert expected in [(e.name, e.start_date, e.end_date) for e in events]
