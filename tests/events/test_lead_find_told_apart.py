"""A seizure lead that gives no amount ("the army foiled a smuggling attempt at dawn on
Sunday") whose find a later paragraph tells at a place of its own ("A search of the area near
X revealed ...") is one seizure event, end to end (our own wording); a find on another day
stays an event of its own, and a week's results stay apart."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected (type, start_date, location text, sorted substances) per event)
EventView = tuple[str, str | None, str | None, list[str]]
CASES: list[tuple[str, str | None, list[EventView]]] = [
    # a news agency relaying an army statement
    ("Army foils smuggling attempt on the eastern border\n"
     "Amman, March 3 (Petra) -- The armed forces said the Southern Military Region foiled at "
     "dawn on Sunday an attempt by armed men to smuggle drugs across the border.\n\n"
     "A search of the area near Mafraq revealed 1,200,000 Captagon pills and "
     "260 kilograms of hashish.",
     "2024-03-03",
     [("seizure", "2024-03-03", "Mafraq", ["captagon", "hashish"])]),
    # a customs service's own release
    ("Customs officers stop a truck with heroin\n"
     "On 12 May 2025, officers of the Border Customs Office stopped a truck entering the "
     "country and referred it for a detailed inspection.\n\n"
     "At the Kapitan Andreevo border checkpoint, 38 kg of heroin were found in the spare "
     "wheel.",
     "2025-05-14",
     [("seizure", "2025-05-12", "Kapitan Andreevo border checkpoint", ["heroin"])]),
    # a find told later on another day is a seizure of its own
    ("Army foils smuggling attempt on the eastern border\n"
     "Amman, March 3 (Petra) -- The armed forces said the Southern Military Region foiled at "
     "dawn on Sunday an attempt by armed men to smuggle drugs across the border.\n\n"
     "A search of the area near Mafraq revealed 260 kilograms of hashish.\n\n"
     "On Saturday, the Northern Military Region stopped a smuggler near Ramtha and seized "
     "4 kilograms of crystal meth.",
     "2024-03-03",
     [("seizure", "2024-03-03", "Mafraq", ["hashish"]),
      ("seizure", "2024-03-02", "Ramtha", ["methamphetamine"])]),
]


def _view(document: pressparse.Document) -> list[EventView]:
    return [(e.type, e.start_date, e.location.text if e.location else None,
             sorted({s.substance for s in e.seizures}))
            for item in document.items for e in item.events]


@pytest.mark.parametrize("case", CASES, ids=[f"find@{i}" for i in range(len(CASES))])
def test_lead_find_told_apart_is_one_seizure(
        case: tuple[str, str | None, list[EventView]]) -> None:
    text, published, expected = case
    document = pressparse.extract(text, published=published)
    assert _view(document) == expected


# (text, published, (find's type, start date, substances), the operation's name)
FRAMING_CASES: list[tuple[str, str | None, tuple[str, str | None, list[str]], str]] = [
    # a defence ministry: the operation named after "within the framework of"
    ("NAVY INTERCEPTS GO-FAST BOAT WITH COCAINE\n"
     "Press release No. 88-2025 | Guatemala City, 14 July 2025\n\n"
     "The Ministry of Defence reports that on Friday 11 July, within the framework of the "
     "inter-agency operation \"Coastal Shield\", units of the Naval Command intercepted a "
     "go-fast boat south of Puerto Quetzal.\n\n"
     "On board, the crew found 1,150 kilograms of cocaine.\n\n"
     "The operation \"Coastal Shield\", launched in March 2025, brings together the navy "
     "and the police.",
     "2025-07-14", ("seizure", "2025-07-11", ["cocaine"]), "Coastal Shield"),
    # a police release: "as part of Operation X"
    ("Police seize heroin at the ferry port\n\n"
     "On 4 June 2025, as part of Operation Harbour Watch, officers stopped a van at the "
     "ferry port. A search of the van revealed 22 kg of heroin hidden in the spare wheel, "
     "and the driver was arrested.\n\n"
     "Operation Harbour Watch started in January 2025 and targets drug imports by sea.",
     "2025-06-06", ("seizure", "2025-06-04", ["heroin"]), "Harbour Watch"),
    # a customs news page: the framing sentence comes after the find's lead
    ("Customs officers find marijuana in a bus at the border bridge\n\n"
     "On Saturday (1st) night, customs officers inspecting a tourist bus at the border "
     "bridge found 41.2 kg of marijuana in the luggage of two passengers. Both were "
     "arrested and taken to the federal police.\n\n"
     "The inspection was part of Operation Ponte Segura, a joint action with the highway "
     "police that has checked more than 2,000 vehicles at the bridge since October 20.",
     "2025-11-03", ("seizure", "2025-11-01", ["marijuana"]), "Ponte Segura"),
]


@pytest.mark.parametrize("case", FRAMING_CASES,
                         ids=[f"framing@{i}" for i in range(len(FRAMING_CASES))])
def test_find_within_a_named_operation_is_its_result(
        case: tuple[str, str | None, tuple[str, str | None, list[str]], str]) -> None:
    text, published, (event_type, start, substances), name = case
    events = [e for item in pressparse.extract(text, published=published).items
              for e in item.events]
    finds = [e for e in events if e.type == event_type and e.seizures]
    operations = [e for e in events if e.name == name]
    assert finds and operations, [(e.type, e.name) for e in events]
    assert (finds[0].start_date, sorted({s.substance for s in finds[0].seizures})) == (
        start, substances)
    assert finds[0].part_of == operations[0].id
    assert not operations[0].seizures
