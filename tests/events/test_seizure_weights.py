"""The weight told of counted pills is evidence; the pills are the seizure. A bracketed
conversion of an amount ("1,052 pounds (477 kg)") is the same amount; an estimate word that
prices the find or hedges one figure ("an estimated street value", "An estimated 9,000
plants") leaves the sentence's amounts seizures; a week holding the find's day ("last week")
is the find's own time, no other period."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

_WAREHOUSE = ("Officers of the drug unit searched a warehouse in Georgetown on Friday and found "
              "parcels of cocaine. ")
CASES = [
    # the weight in a clause right after the counted pills
    ("Customs officers at the port of Mersin found 1,840,000 captagon pills, weighing about "
     "310 kilograms, hidden in a shipment of marble slabs on Tuesday.",
     {("captagon", 1840000.0, "pill")}),
    ("Police seized 92,000 tablets of tramadol weighing 61 kg from a van near Kano on Monday.",
     {("tramadol", 92000.0, "tablet")}),
    # bricks are no drug units: their weight is the seizure
    ("Border guards seized 14 bricks of heroin weighing 4.9 kg near Lao Cai on Monday.",
     {("heroin", 4.9, "kg")}),
    # a conversion in brackets after the amount, either way round, the find dated "last week"
    # in a release that gives its day later
    ("Customs officers at the Nogales port of entry seized 612 pounds (278 kg) of "
     "methamphetamine hidden in a shipment of tomatoes last week. The seizure occurred on "
     "May 1 at the Mariposa crossing.",
     {("methamphetamine", 612.0, "lb")}),
    ("Police at the port of Durban found 36 kg (79 pounds) of cocaine in a container on "
     "Tuesday.",
     {("cocaine", 36.0, "kg")}),
    # the amount's sentence prices it with an estimate word, and gives its conversion
    (_WAREHOUSE + "The parcels amounted to 88 lbs (40 kilograms) of cocaine, with an estimated "
     "street value of G$ 50 million.",
     {("cocaine", 88.0, "lb")}),
    (_WAREHOUSE + "The parcels held 40 kilograms of cocaine; the market value of the drug is "
     "estimated at G$ 50 million.",
     {("cocaine", 40.0, "kg")}),
    # the doses an amount corresponds to are no seizure of their own
    ("Customs officers at the port of Tokyo seized approximately 95 kg of methamphetamine on "
     "Friday. This amount corresponds to about 3.2 million doses, with an estimated street "
     "value of about 5.7 billion yen.",
     {("methamphetamine", 95.0, "kg")}),
    # an estimate of demand stays no seizure
    ("Police said on Friday that 40 kilograms of cocaine are needed every month in the city.",
     set()),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_the_weight_of_counted_pills_is_no_seizure_of_its_own(
        sentence: str, expected: set[tuple[str, float, str]]) -> None:
    found = {(s.substance, s.value, s.unit)
             for item in extract(sentence, published="2025-05-06").items
             for event in item.events for s in event.seizures}
    assert found == expected
