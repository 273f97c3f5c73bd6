"""A paragraph opening with its own day ("During a joint raid ... on 4 September, ...") is an
episode of the operation, and its place is its location even when the lead named that place
among the operation's area."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

LEAD = ("Police sum up a week-long operation in the south\n\n"
        "From 1 to 7 September 2025 the drug police, together with the police departments of "
        "the Masalli and Jalilabad districts, held an operation against drug trafficking. In "
        "total, 96 kg of drugs were seized and 14 people were detained.\n\n")

CASES = [
    ("During a joint raid with the State Border Service on 4 September, two men were detained "
     "in the Jalilabad district with 48 kg of marijuana.",
     ("2025-09-04", "Jalilabad district", 48.0)),
    ("On 5 September, officers found 12 kg of heroin in a garage in the Masalli district.",
     ("2025-09-05", "Masalli district", 12.0)),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_a_dated_paragraph_in_the_leads_area_is_its_own_seizure(paragraph: str,
                                                                expected: tuple) -> None:
    events = [e for item in extract(LEAD + paragraph).items for e in item.events]
    main = next(e for e in events if e.part_of is None)
    result = next(e for e in events if e.part_of == main.id)
    place = result.location.text if result.location else None  # the place chosen, as written
    assert (result.type, result.start_date, place, result.seizures[0].kg) == (
        "seizure", *expected)
