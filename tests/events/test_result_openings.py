"""The body that acted in a local result, past the sentence's opening adverbials: a long place
adverbial ("at the ... Airport of <city>,"), a range opened by "From", and a date with no comma
before the subject ("> Chile: on 7 May the Investigations Police ...")."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, country, date_range, day, loc, mass, org, substance

from pressparse.events import assemble_events

COCAINE = substance("cocaine", "stimulant")
CANNABIS = substance("cannabis", "cannabis")


def _kg(amount: float) -> dict:
    return mass(amount, amount, "kg")


OPENING_CASES: list[tuple[str, list[Entity], str, list[str], list[str]]] = [
    # (text, entities, the result's place, expected organizers, expected participants)
    # a row's label and a date with no comma before the acting body
    ("Andean operation ends\n\nOperation Condor Shield was coordinated by the Regional Centre "
     "from 3 to 16 May with police forces of Chile and Peru taking part. Trucks and buses "
     "were checked.\n\n"
     "> Chile: on 7 May the Investigations Police checked a bus near Arica and found 410 "
     "kg of cocaine under the floor.\n"
     "> Peru: on 9 May officers of the Anti-Drug Directorate raided a camp near Puno and "
     "seized 95 kg of cocaine.",
     [("Regional Centre", "ORG", org("Regional Centre")),
      ("from 3 to 16 May", "DATE", date_range("2026-05-03", "2026-05-16")),
      ("Chile", "COUNTRY", country("CL", "Chile")), ("Peru", "COUNTRY", country("PE", "Peru")),
      ("on 7 May", "DATE", day("2026-05-07")),
      ("Investigations Police", "ORG", org("Investigations Police")),
      ("Arica", "LOC", loc("Arica", "CL")), ("410 kg", "QUANTITY", _kg(410)),
      ("on 9 May", "DATE", day("2026-05-09")),
      ("Anti-Drug Directorate", "ORG", org("Anti-Drug Directorate")),
      ("Puno", "LOC", loc("Puno", "PE")), ("95 kg", "QUANTITY", _kg(95)),
      ("cocaine", "SUBSTANCE", COCAINE)],
     "Arica", ["Investigations Police"], []),
    # a place adverbial longer than a short phrase before the acting body, its helper after
    ("WEEKLY BULLETIN OF THE NATIONAL POLICE\n\nThe National Police informs that from 9 to "
     "15 March its units conducted search operations in several districts of the country.\n\n"
     "The main cases are the following:\n\n"
     "1. On 14/03/2026, at the Kotoka International Airport of the capital city of Accra, "
     "the Narcotics Unit of the Police, in collaboration with the Customs Division, has "
     "arrested a passenger in possession of 3 kg of cocaine hidden in his suitcase.",
     [("National Police", "ORG", org("National Police")),
      ("from 9 to 15 March", "DATE", date_range("2026-03-09", "2026-03-15")),
      ("14/03/2026", "DATE", day("2026-03-14")),
      ("Kotoka International Airport", "LOC", loc("Kotoka International Airport", "GH")),
      ("Accra", "LOC", loc("Accra", "GH")),
      ("Narcotics Unit of the Police", "ORG", org("Narcotics Unit of the Police")),
      ("Customs Division", "ORG", org("Customs Division")),
      ("3 kg", "QUANTITY", _kg(3)), ("cocaine", "SUBSTANCE", COCAINE)],
     "Kotoka International Airport", ["Narcotics Unit of the Police"], ["Customs Division"]),
]


@pytest.mark.parametrize(("text", "entities", "place", "organizers", "participants"),
                         OPENING_CASES)
def test_the_body_after_the_opening_adverbials_acts(nlp, rules, text: str,
                                                    entities: list[Entity], place: str,
                                                    organizers: list[str],
                                                    participants: list[str]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    result = next(e for e in events if (e["location"] or {}).get("text") == place)
    assert [m["text"] for m in result["organizers"]] == organizers
    assert [m["text"] for m in result["participants"]] == participants


def test_a_range_opened_by_from_is_an_opening_adverbial(nlp, rules) -> None:
    text = ("Weekly results of the Police\n\nThe Samoa Police Service informs that from 15 "
            "to 21 June its units conducted operations in several villages.\n\n"
            "The main cases are the following:\n\n"
            "1. From 18 to 19 June, the Drug Squad, with the help of the village council, "
            "destroyed two fields of cannabis near Falealupo and seized 40 kg of dried "
            "cannabis.")
    entities: list[Entity] = [
        ("Samoa Police Service", "ORG", org("Samoa Police Service")),
        ("from 15 to 21 June", "DATE", date_range("2026-06-15", "2026-06-21")),
        ("From 18 to 19 June", "DATE", date_range("2026-06-18", "2026-06-19")),
        ("Drug Squad", "ORG", org("Drug Squad")),
        ("Falealupo", "LOC", loc("Falealupo", "WS")), ("40 kg", "QUANTITY", _kg(40)),
        ("cannabis", "SUBSTANCE", CANNABIS)]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    result = next(e for e in events if (e["location"] or {}).get("text") == "Falealupo")
    assert [m["text"] for m in result["organizers"]] == ["Drug Squad"]
