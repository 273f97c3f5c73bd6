"""One named event under two forms of its name (our own wording): a headline's "Operation
Mak" and the body's 'operation "Mak-2025"' are one event, named with the year and dated by
the body's period, as are a capitals headline's translated name and the body's original
name glossed with it ('operation "Urozhai" ("Harvest")'); its local result opening with a
place and a day inside that period ("In Chui region, on 4 June, ...") is a seizure of that
day, even in the lead."""

from __future__ import annotations

import pytest

import pressparse

TEXT = ("Operation Mak results\nThe operation \"Mak-2025\" was conducted from 1 to 10 June 2025 "
        "in all regions.\n\nIn Chui region, on 4 June, police destroyed 2 hectares of wild "
        "hemp and seized 40 kg of marijuana.\n\nIn Osh region, officers seized 12 kg of "
        "hashish.")

# a wire's headline with the short name, the edition's year in the body
WIRE = ("Exercise Interaction results summed up\nMINSK, 20 September 2025. /BelTA/. The joint "
        "exercise \"Interaction-2025\" of the collective rapid reaction forces was held from 15 "
        "to 19 September at a range near Brest.")


# (text, the one named event: type, name, start, end)
NAME_FORM_CASES: list[tuple[str, tuple[str, str, str, str]]] = [
    (TEXT, ("operation", "Mak-2025", "2025-06-01", "2025-06-10")),
    # a capitals headline with the translated name, the body's original name glossed after it
    ('POLICE SUM UP THE "HARVEST" OPERATION\nFrom 2 to 8 June 2025, officers of the regional '
     'police carried out the operation "Urozhai" ("Harvest") against drug dealers. During the '
     'week, they detected 41 drug crimes and seized 3.5 kg of marijuana.',
     ("operation", "Urozhai", "2025-06-02", "2025-06-08")),
    ('BORDER GUARDS END OPERATION "NET"\nFrom 2 to 8 June 2025, the border guards held the '
     'operation "Set" (Net) on the southern border. They detained 12 violators and seized '
     '2.1 kg of hashish.',
     ("operation", "Set", "2025-06-02", "2025-06-08")),
]


@pytest.mark.parametrize(("text", "expected"), NAME_FORM_CASES)
def test_two_forms_of_a_name_are_one_event(text: str,
                                           expected: tuple[str, str, str, str]) -> None:
    events = [e for item in pressparse.extract(text).items for e in item.events]
    assert [(e.type, e.name, e.start_date, e.end_date) for e in events if e.name] == [expected]


def test_local_result_in_the_lead_keeps_its_day() -> None:
    events = [e for item in pressparse.extract(TEXT).items for e in item.events]
    assert ("seizure", "2025-06-04", "2025-06-04") in [
        (e.type, e.start_date, e.end_date) for e in events]


def test_wire_headline_short_name() -> None:
    events = [e for item in pressparse.extract(WIRE).items for e in item.events]
    assert [(e.name, e.start_date, e.end_date) for e in events] == [
        ("Interaction-2025", "2025-09-15", "2025-09-19")]
