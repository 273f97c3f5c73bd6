"""A paragraph opening with its own day ("During a joint raid ... on 4 September, ...") is an
episode of the operation, and its place is its location even when the lead named that place
among the operation's area."""

from __future__ import annotations

import pytest

from pressparse.driver import extract
from pressparse.schema import Event

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
    # a capitals label heading the paragraph before its opening day
    ("SOUTH. On 6 September, officers found 7 kg of hashish in a barn in the Jalilabad "
     "district.",
     ("2025-09-06", "Jalilabad district", 7.0)),
]


def main_and_result(text: str) -> tuple[Event, Event, str | None]:
    """The text's main event, its first result and the place chosen for it, as written."""
    events = [e for item in extract(text).items for e in item.events]
    main = next(e for e in events if e.part_of is None)
    result = next(e for e in events if e.part_of == main.id)
    return main, result, result.location.text if result.location else None


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_a_dated_paragraph_in_the_leads_area_is_its_own_seizure(paragraph: str,
                                                                expected: tuple) -> None:
    _main, result, place = main_and_result(LEAD + paragraph)
    assert (result.type, result.start_date, place, result.seizures[0].kg) == (
        "seizure", *expected)


# an operation's lead whose next paragraph tells one find on a day of the operation, inside
# its sentence, at a place of its own: that find is a local result of the operation
FOUND_DAY_CASES = [
    ("Security service stops a hashish channel\n08.01.2026\n"
     "From 4 to 6 January the security service together with the police conducted a special "
     "operation in Almaty, Shymkent and Taraz against a smuggling group.\n"
     "The main batch of 187 kg of hashish was found on 4 January in a cache of a truck at the "
     "Kordai checkpoint.\n"
     "In total, 9 members of the group were detained and 214 kg of hashish were seized.",
     ("2026-01-04", "Kordai checkpoint", 187.0)),
]


@pytest.mark.parametrize(("text", "expected"), FOUND_DAY_CASES)
def test_a_find_on_a_day_of_the_operation_is_its_own_seizure(text: str,
                                                             expected: tuple) -> None:
    events = [e for item in extract(text).items for e in item.events]
    main = next(e for e in events if e.part_of is None)
    result = next(e for e in events if e.part_of == main.id)
    place = result.location.text if result.location else None
    assert (result.type, result.start_date, place, result.seizures[0].kg) == (
        "seizure", *expected)
    assert [s.kg for s in main.seizures] == [214.0]


# a later paragraph telling a part of the total already given, found at one of the places
# the lead named among the operation's area: that place's own result, part of the operation
PART_LEAD = ("Police break up a drug ring in three towns\n04/06/2026\n"
             "Officers of the regional police, in the frame of an operation between March and "
             "May, carried out 7 searches in Barakaldo, Sestao and Portugalete and arrested 9 "
             "persons.\n"
             "In total, the officers seized 4,2 kilos of cocaine and 11 kilos of hashish.\n")

PART_CASES = [
    ("In the search of a warehouse in Sestao, the officers found 3 kilos of the cocaine, "
     "together with a hydraulic press.", ("Sestao", 3.0)),
    ("The biggest part of the hashish was found in Portugalete: in a rented garage, officers "
     "found 8 kilos of hashish and arrested the tenant.", ("Portugalete", 8.0)),
]


@pytest.mark.parametrize(("paragraph", "expected"), PART_CASES)
def test_a_part_of_the_total_at_a_lead_place_is_its_own_seizure(paragraph: str,
                                                                expected: tuple) -> None:
    main, result, place = main_and_result(PART_LEAD + paragraph)
    assert (result.type, place, result.seizures[0].kg) == ("seizure", *expected)
    assert sorted(s.kg for s in main.seizures) == [4.2, 11.0]


# a later paragraph whose amount is no part of an earlier total (more than it): the lead's
# place names no find of its own, the amount stays with the operation
def test_an_amount_over_the_total_at_a_lead_place_is_no_result() -> None:
    text = PART_LEAD + "In Sestao, the officers also found 20 kilos of hashish."
    events = [e for item in extract(text).items for e in item.events]
    assert not any(e.part_of for e in events)


# a part of a total of drugs in general is a part of it whatever its substance
def test_a_part_of_a_total_of_drugs_at_a_lead_place_is_its_own_seizure() -> None:
    text = ("Drug police sum up a week of raids\n"
            "Officers of the drug police held raids in Baku, Sumgait and Ganja during the "
            "week and detained 121 persons.\n"
            "In total, 86.4 kg of drugs were withdrawn.\n"
            "In Baku, a courier of an online shop was detained with 212 grams of "
            "methamphetamine packed in 48 packets.")
    events = [e for item in extract(text).items for e in item.events]
    main = next(e for e in events if e.part_of is None)
    result = next(e for e in events if e.part_of == main.id)
    place = result.location.text if result.location else None
    assert (result.type, place, result.seizures[0].kg) == ("seizure", "Baku", 0.212)
