"""A body named with its seat before its verb ("the Academy of the Ministry in Minsk held a
course", "the customs office at Zamiin-Uud held ...") organizes the event, as it does
without the seat; so does a body whose subject runs on in lower case or with auxiliaries
("the Branch of the coast guard held", "the Command successfully conducted")."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, date_range, day, loc, mass, org, substance

from pressparse.events import assemble_events

SEATED_CASES: list[tuple[str, list[Entity], str, list[str]]] = [
    # (text, entities, expected event type, expected organizers)
    ("Course for anti-drug chiefs\n\n"
     "From 2 to 13 June, the Police Academy in Minsk held a course for heads of anti-drug "
     "units on online drug shops.",
     [("Police Academy", "ORG", org("Police Academy")), ("Minsk", "LOC", loc("Minsk", "BY")),
      ("2 to 13 June", "DATE", date_range("2025-06-02", "2025-06-13"))],
     "training", ["Police Academy"]),
    ("Border meeting\n\n"
     "The Customs Office at Zamiin-Uud held a working meeting with its Chinese "
     "counterparts on 2 April.",
     [("Customs Office", "ORG", org("Customs Office")),
      ("Zamiin-Uud", "LOC", loc("Zamiin-Uud", "MN")), ("2 April", "DATE", day("2025-04-02"))],
     "meeting", ["Customs Office"]),
    ("Seminar on container profiling\n\n"
     "The Revenue Authority in Port Louis conducted a seminar on container profiling for "
     "port officers on 5 May.",
     [("Revenue Authority", "ORG", org("Revenue Authority")),
      ("Port Louis", "LOC", loc("Port Louis", "MU")), ("5 May", "DATE", day("2025-05-05"))],
     "training", ["Revenue Authority"]),
    # a seat with an airport's long name: the customs there carried out the check
    ("Cocaine in a suitcase\n\n"
     "On 30 June, the Customs Directorate at Soekarno-Hatta International Airport carried "
     "out a check of a passenger and seized 3 kg of cocaine.",
     [("Customs Directorate", "ORG", org("Customs Directorate")),
      ("Soekarno-Hatta International Airport", "LOC",
       loc("Soekarno-Hatta International Airport", "ID")),
      ("30 June", "DATE", day("2025-06-30")), ("3 kg", "QUANTITY", mass(3, 3, "kg")),
      ("cocaine", "SUBSTANCE", substance("cocaine"))],
     "seizure", ["Customs Directorate"]),
    # the rest of the subject: a generic "of the <noun>" after the name, auxiliaries, adverbs
    ("Year-end drill off the islands\n\n"
     "The Eastern Islands Branch of the coast guard held its year-end counter-drug exercise "
     "in the waters off Palm Bay on 12 December.",
     [("Eastern Islands Branch", "ORG", org("Eastern Islands Branch")),
      ("Palm Bay", "LOC", loc("Palm Bay", "PH")), ("12 December", "DATE", day("2025-12-12"))],
     "exercise", ["Eastern Islands Branch"]),
    ("Border drill on the river\n\n"
     "On 9 September, the Frontier Guard Command successfully conducted a joint "
     "exercise near Termez with river patrol boats.",
     [("Frontier Guard Command", "ORG", org("Frontier Guard Command")),
      ("Termez", "LOC", loc("Termez", "UZ")),
      ("9 September", "DATE", day("2025-09-09"))],
     "exercise", ["Frontier Guard Command"]),
    # a side's unit named in a clause between the subject and the host verb: the unit hosts
    ("Customs heads meet in Tashkent\n\n"
     "Tashkent hosted on 3-4 March the meeting of customs heads. The Uzbek side, "
     "represented by the Customs Committee of the Ministry of Economy, hosted the meeting.",
     [("Tashkent", "LOC", loc("Tashkent", "UZ")),
      ("3-4 March", "DATE", date_range("2026-03-03", "2026-03-04")),
      ("Customs Committee of the Ministry of Economy", "ORG",
       org("Customs Committee of the Ministry of Economy"))],
     "meeting", ["Customs Committee of the Ministry of Economy"]),
    # the headline's bodies close the course; the body names only who was trained
    ("Armed Forces and Southern Command close boarding course in Port Town\n\n"
     "The course, held from 2 to 13 June at the naval training centre of Port Town, "
     "prepared 32 officers and sailors of the Naval Force in boarding suspicious vessels.",
     [("Armed Forces", "ORG", org("Armed Forces")),
      ("Southern Command", "ORG", org("Southern Command")),
      ("Naval Force", "ORG", org("Naval Force")),
      ("Port Town", "LOC", loc("Port Town", "HN")),
      ("2 to 13 June", "DATE", date_range("2025-06-02", "2025-06-13"))],
     "training", ["Armed Forces", "Southern Command"]),
]


@pytest.mark.parametrize(("text", "entities", "event_type", "organizers"), SEATED_CASES)
def test_a_seated_body_organizes(nlp, rules, text: str, entities: list[Entity],
                                 event_type: str, organizers: list[str]) -> None:
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert event["type"] == event_type
    assert [m["text"] for m in event["organizers"]] == organizers


def test_a_place_of_a_find_is_no_seat(nlp, rules) -> None:
    """"drugs in Osh seized": a place before a verb that belongs to no body stays a place."""
    text = ("Heroin seized\n\nCouriers carrying heroin in Osh were detained on 3 May by "
            "officers of the Drug Service.")
    entities: list[Entity] = [("Drug Service", "ORG", org("Drug Service")),
                              ("Osh", "LOC", loc("Osh", "KG")),
                              ("3 May", "DATE", day("2025-05-03")),
                              ("heroin", "SUBSTANCE", substance("heroin"))]
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert [m["text"] for m in event["organizers"]] in ([], ["Drug Service"])
