"""Event locations: places of persons, routes and references give way to the event's place
(custody and residence places, a route's added country, "X near Y", a region known by its
gazetteer id, a crossing passed "through")."""

from __future__ import annotations

from typing import Any

import pytest
from event_docs import Entity, build_doc, country, loc, mass, substance

from pressparse.events.assembly import assemble_events

COCAINE = substance("cocaine", "stimulant")
HEROIN = substance("heroin", "opioid")
HASHISH = substance("hashish", "cannabis")
CAPTAGON = substance("captagon", "stimulant")
ACETIC = substance("acetic anhydride", "precursor")


def region(name: str, iso2: str, slug: str) -> dict[str, Any]:
    """A subdivision as the gazetteer normalizes it: its kind only in the id."""
    return {"name": name, "country_iso2": iso2, "id": f"{iso2.lower()}:{slug}"}


PLACE_CASES: list[tuple[str, list[Entity], str | None]] = [
    # (text, entities, expected location text)
    # suspects held somewhere after the seizure: the custody place places nothing
    ("The navy intercepted a dhow carrying 300 kg of heroin off Mtwara on Sunday. The five "
     "crew members are being held in Dar es Salaam.",
     [("Mtwara", "LOC", loc("Mtwara", "TZ")),
      ("Dar es Salaam", "LOC", loc("Dar es Salaam", "TZ")),
      ("300 kg", "QUANTITY", mass(300, 300, "kg")), ("heroin", "SUBSTANCE", HEROIN)],
     "Mtwara"),
    ("Coast guard officers seized 1.2 tonnes of cocaine from a speedboat near Punta Gorda "
     "on 3 May. The three men were arrested and are currently being held at Belize City.",
     [("Punta Gorda", "LOC", loc("Punta Gorda", "BZ")),
      ("Belize City", "LOC", loc("Belize City", "BZ")),
      ("1.2 tonnes", "QUANTITY", mass(1.2, 1200, "t")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Punta Gorda"),
    # a court or custody building's place is no interdiction's place
    ("Officers seized 25 kg of cocaine in a truck stopped on the A-7 motorway on Friday. "
     "The driver appeared at the Almería courthouse on Saturday.",
     [("Almería", "LOC", loc("Almería", "ES")),
      ("25 kg", "QUANTITY", mass(25, 25, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     None),
    ("Detectives seized 8 kg of heroin at a house in Gulberg on 2 May. The suspect was "
     "later held at the Kot Lakhpat jail.",
     [("Gulberg", "LOC", loc("Gulberg", "PK")), ("Kot Lakhpat", "LOC", loc("Kot Lakhpat", "PK")),
      ("8 kg", "QUANTITY", mass(8, 8, "kg")), ("heroin", "SUBSTANCE", HEROIN)],
     "Gulberg"),
    # a place naming where a person is from ("a Gold Coast man") places nothing
    ("Two Sydney men and a Gold Coast man were charged after police found 600 kg of "
     "cocaine in a boat at Mooloolaba on Sunday.",
     [("Sydney", "LOC", loc("Sydney", "AU")), ("Gold Coast", "LOC", loc("Gold Coast", "AU")),
      ("Mooloolaba", "LOC", loc("Mooloolaba", "AU")),
      ("600 kg", "QUANTITY", mass(600, 600, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Mooloolaba"),
    # a body's seat is no interdiction's place
    ("Acting on information from the analysis centre based in Lisbon, the navy seized "
     "2 tonnes of cocaine from a yacht west of Madeira on 8 October.",
     [("Lisbon", "LOC", loc("Lisbon", "PT")), ("Madeira", "LOC", loc("Madeira", "PT")),
      ("2 tonnes", "QUANTITY", mass(2, 2000, "t")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Madeira"),
    # a route's added country ("to Antwerp, in Belgium") is no place of the seizure
    ("Police seized 900 kg of cocaine hidden in a banana container at the port of Paita "
     "that was to be shipped to Antwerp, in Belgium, the interior ministry said.",
     [("Paita", "LOC", loc("Paita", "PE")), ("Antwerp", "LOC", loc("Antwerp", "BE")),
      ("Belgium", "COUNTRY", country("BE", "Belgium")),
      ("900 kg", "QUANTITY", mass(900, 900, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Paita"),
    # "X near Y": X is where it happened, Y the reference; but a river is no finer than the
    # village that places the find on it (guide: the most specific place wins)
    ("Border guards recovered 12 kg of heroin from a fishing boat on the Naf River near "
     "Shah Porir Dwip early on Thursday.",
     [("Naf River", "LOC", loc("Naf River", "BD")),
      ("Shah Porir Dwip", "LOC", loc("Shah Porir Dwip", "BD")),
      ("12 kg", "QUANTITY", mass(12, 12, "kg")), ("heroin", "SUBSTANCE", HEROIN)],
     "Shah Porir Dwip"),
    ("Soldiers seized 45 kg of cocaine at a camp in Puerto Leguízamo, near Leticia, on "
     "Friday.",
     [("Puerto Leguízamo", "LOC", loc("Puerto Leguízamo", "CO")),
      ("Leticia", "LOC", loc("Leticia", "CO")),
      ("45 kg", "QUANTITY", mass(45, 45, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Puerto Leguízamo"),
    # a region written without its head word, known as one by its id: the finer place
    ("In Qalyubia, detectives raided a house in Bahtim and seized 40 kg of hashish on "
     "Tuesday.",
     [("Qalyubia", "LOC", region("Qalyubia", "EG", "qalyubia-governorate")),
      ("Bahtim", "LOC", loc("Bahtim", "EG")),
      ("40 kg", "QUANTITY", mass(40, 40, "kg")), ("hashish", "SUBSTANCE", HASHISH)],
     "Bahtim"),
    # a comma chain ending in a province is an address, not a list: its first place
    ("Soldiers stopped a pickup truck at a checkpoint at Ban Huai Khrai, Mae Sai District, "
     "Chiang Rai Province, on 11 November and found 12 kg of heroin.",
     [("Ban Huai Khrai", "LOC", loc("Ban Huai Khrai", "TH")),
      ("Mae Sai District", "LOC", loc("Mae Sai District", "TH")),
      ("Chiang Rai Province", "LOC", loc("Chiang Rai Province", "TH")),
      ("12 kg", "QUANTITY", mass(12, 12, "kg")), ("heroin", "SUBSTANCE", HEROIN)],
     "Ban Huai Khrai"),
    ("Police seized 30 kg of hashish on Tuesday in a warehouse in Kenitra, Sidi Slimane, "
     "Rabat-Salé-Kénitra region.",
     [("Kenitra", "LOC", loc("Kenitra", "MA")), ("Sidi Slimane", "LOC", loc("Sidi Slimane", "MA")),
      ("Rabat-Salé-Kénitra region", "LOC", loc("Rabat-Salé-Kénitra region", "MA")),
      ("30 kg", "QUANTITY", mass(30, 30, "kg")), ("hashish", "SUBSTANCE", HASHISH)],
     "Kenitra"),
    # a crossing the goods passed "through"/"via" is where they were stopped
    ("ASHGABAT, 21 November -- Customs officers seized 19 tonnes of acetic anhydride "
     "loaded on two trucks registered in Iran that entered the country through the Sarahs "
     "border post.",
     [("ASHGABAT", "LOC", loc("Ashgabat", "TM")), ("Iran", "COUNTRY", country("IR", "Iran")),
      ("Sarahs border post", "LOC", loc("Sarahs border post", "TM")),
      ("19 tonnes", "QUANTITY", mass(19, 19000, "t")), ("acetic anhydride", "SUBSTANCE", ACETIC)],
     "Sarahs border post"),
    ("RIYADH, May 19 -- Customs inspectors foiled an attempt to smuggle 1.3 million captagon "
     "pills and 40 kg of captagon powder into the Kingdom via the Al-Haditha Port.",
     [("RIYADH", "LOC", loc("Riyadh", "SA")),
      ("Al-Haditha Port", "LOC", loc("Al-Haditha Port", "SA")),
      ("40 kg", "QUANTITY", mass(40, 40, "kg")), ("captagon", "SUBSTANCE", CAPTAGON)],
     "Al-Haditha Port"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), PLACE_CASES)
def test_event_location_of_persons_routes_and_references(
        nlp, rules, text: str, entities: list[Entity], expected: str | None) -> None:
    doc = build_doc(nlp, text, entities)
    events = assemble_events(doc, rules)
    location = events[0]["location"]
    assert (location["text"] if location else None) == expected


SIDE_VENUE_CASES: list[tuple[str, list[Entity], str | None]] = [
    # (text, entities, expected location text of the training or meeting)
    ("A five-day training course for port officers opened in Tema on Monday. Participants "
     "will also take part in a practical exercise at the Tema Port container terminal.",
     [("Tema", "LOC", loc("Tema", "GH")), ("Tema Port", "LOC", loc("Port of Tema", "GH"))],
     "Tema"),
    ("The two-week investigation course for police officers concluded on Thursday. Trainees "
     "also took part in practical sessions at the Malé commercial harbour.",
     [("Malé commercial harbour", "LOC", loc("Malé commercial harbour", "MV"))],
     None),
    ("The regional meeting of drug liaison officers was held in Tashkent on 4 June. A field "
     "visit to the Airitom border crossing point followed on the second day.",
     [("Tashkent", "LOC", loc("Tashkent", "UZ")),
      ("Airitom border crossing point", "LOC", loc("Airitom border crossing point", "UZ"))],
     "Tashkent"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), SIDE_VENUE_CASES)
def test_training_side_part_places_no_training(
        nlp, rules, text: str, entities: list[Entity], expected: str | None) -> None:
    doc = build_doc(nlp, text, entities)
    events = assemble_events(doc, rules)
    location = events[0]["location"]
    assert events[0]["type"] in ("training", "meeting")
    assert (location["text"] if location else None) == expected


NEXT_EDITION_CASES: list[tuple[str, list[Entity], str]] = [
    # (text, entities, expected location): the next edition's place is no place of this one
    ("The regional drug liaison officers met in Nairobi on 3 and 4 March 2025 to review "
     "joint investigations. The officers exchanged data on couriers and routes. They "
     "agreed to share passenger lists more quickly. Delegates also reviewed a joint "
     "manual. The next meeting will take place in Kampala in September.",
     [("Nairobi", "LOC", loc("Nairobi", "KE")), ("Kampala", "LOC", loc("Kampala", "UG"))],
     "Nairobi"),
    ("Heads of the drug control agencies met in Brussels on 20 and 21 November. They "
     "adopted a joint declaration. The work plan runs to 2027. Observers from two agencies "
     "attended.\n\nNext steps\n\nThe 27th high-level meeting will take place in Bogotá in "
     "the first half of 2026.",
     [("Brussels", "LOC", loc("Brussels", "BE")), ("Bogotá", "LOC", loc("Bogotá", "CO"))],
     "Brussels"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), NEXT_EDITION_CASES)
def test_next_edition_places_no_meeting(
        nlp, rules, text: str, entities: list[Entity], expected: str) -> None:
    doc = build_doc(nlp, text, entities)
    events = assemble_events(doc, rules)
    location = events[0]["location"]
    assert (location["text"] if location else None) == expected


COORDINATION_CASES: list[tuple[str, list[Entity], str | None]] = [
    # (text, entities, expected location of the operation): where it was coordinated
    ("Operation Coastal Net ran from 9 to 20 June in 14 countries. It was run from an "
     "operational coordination unit hosted by the regional liaison office in Dakar.",
     [("Coastal Net", "OPERATION", {"name": "Coastal Net"}),
      ("Dakar", "LOC", loc("Dakar", "SN"))],
     "Dakar"),
    ("Operation Iron Gate took place from 1 to 30 October in 40 countries. A command centre "
     "set up at the police academy in Nairobi followed the seizures around the clock.",
     [("Iron Gate", "OPERATION", {"name": "Iron Gate"}),
      ("Nairobi", "LOC", loc("Nairobi", "KE"))],
     "Nairobi"),
    # without such a word, a multi-country operation has no place
    ("Operation Iron Gate took place from 1 to 30 October in Kenya, Uganda and Tanzania.",
     [("Iron Gate", "OPERATION", {"name": "Iron Gate"}),
      ("Kenya", "COUNTRY", country("KE", "Kenya")), ("Uganda", "COUNTRY", country("UG", "Uganda")),
      ("Tanzania", "COUNTRY", country("TZ", "Tanzania"))],
     None),
]


@pytest.mark.parametrize(("text", "entities", "expected"), COORDINATION_CASES)
def test_operation_placed_where_coordinated(
        nlp, rules, text: str, entities: list[Entity], expected: str | None) -> None:
    doc = build_doc(nlp, text, entities)
    events = assemble_events(doc, rules)
    location = events[0]["location"]
    assert events[0]["type"] == "operation"
    assert (location["text"] if location else None) == expected


HEADING_CASES: list[tuple[str, list[Entity], str | None]] = [
    # (text, entities, expected location): a digest entry's heading of a date and places
    ("2. 14.05.2024, Khatlon region, Panj district. Near the border, police found a hiding "
     "place with 12 kg of hashish.",
     [("Khatlon region", "LOC", loc("Khatlon region", "TJ")),
      ("Panj district", "LOC", loc("Panj district", "TJ")),
      ("12 kg", "QUANTITY", mass(12, 12, "kg")), ("hashish", "SUBSTANCE", HASHISH)],
     "Panj district"),
    ("Durban Harbour, 17 November\nOfficers searching a container of tiles found 40 kg of "
     "cocaine behind the pallets.",
     [("Durban Harbour", "LOC", loc("Port of Durban", "ZA")),
      ("40 kg", "QUANTITY", mass(40, 40, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Durban Harbour"),
    # a sentence with more than a date and places is no heading
    ("Officers from Khujand said that police found 12 kg of hashish on Monday.",
     [("Khujand", "LOC", loc("Khujand", "TJ")),
      ("12 kg", "QUANTITY", mass(12, 12, "kg")), ("hashish", "SUBSTANCE", HASHISH)],
     None),
]


@pytest.mark.parametrize(("text", "entities", "expected"), HEADING_CASES)
def test_digest_heading_places_its_seizure(
        nlp, rules, text: str, entities: list[Entity], expected: str | None) -> None:
    doc = build_doc(nlp, text, entities)
    events = assemble_events(doc, rules)
    location = events[0]["location"]
    assert events[0]["type"] == "seizure"
    assert (location["text"] if location else None) == expected
