"""A course's trainees listed after "officers from" attend it, also when "organised" follows
their list ("for officers from A, B and C, organised jointly with D": D co-organizes, A, B, C
take part); outside gatherings the same words leave the acting body alone."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, country, date_range, day, mass, org, substance

from pressparse.events import assemble_events

ACADEMY = "Border Academy"
OSCE = "OSCE Programme Office"
WCO = "World Customs Organization"
COMMISSION = "Narcotics Commission"


def countries(*names_iso: tuple[str, str]) -> list[Entity]:
    return [(name, "COUNTRY", country(iso, name)) for name, iso in names_iso]


COURSE_CASES: list[tuple[str, list[Entity], str, list[str], list[str]]] = [
    # (text, entities, event type, organizers, participants)
    (f"Border course\n\nFrom 8 to 12 December, the {ACADEMY} will host a course on detecting "
     "drugs in vehicles for 24 officers from Kazakhstan, Kyrgyzstan and Tajikistan, "
     f"organised jointly with the {OSCE}.",
     [(ACADEMY, "ORG", org(ACADEMY)), (OSCE, "ORG", org(OSCE)),
      ("8 to 12 December", "DATE", date_range("2025-12-08", "2025-12-12")),
      *countries(("Kazakhstan", "KZ"), ("Kyrgyzstan", "KG"), ("Tajikistan", "TJ"))],
     "training", [ACADEMY, OSCE], ["Kazakhstan", "Kyrgyzstan", "Tajikistan"]),
    (f"Port workshop opens\n\nThe {COMMISSION} held a workshop on container profiling for "
     "officials from Ghana, Togo and Benin on 23 June, organized jointly with the "
     f"{WCO}.",
     [(COMMISSION, "ORG", org(COMMISSION)), (WCO, "ORG", org(WCO)),
      ("23 June", "DATE", day("2025-06-23")),
      *countries(("Ghana", "GH"), ("Togo", "TG"), ("Benin", "BJ"))],
     "training", [COMMISSION, WCO], ["Ghana", "Togo", "Benin"]),
    # trainers, experts and instructors who taught at the course take part, as countries
    # and as bodies (guide, session 14)
    (f"Staff course ends\n\nFrom 11 to 22 May, the {ACADEMY} held a staff course on risk analysis "
     "for 20 officers from Kazakhstan and Tajikistan. Trainers and experts came from Finland "
     f"and Latvia, as well as from the {WCO}.",
     [(ACADEMY, "ORG", org(ACADEMY)), (WCO, "ORG", org(WCO)),
      ("11 to 22 May", "DATE", date_range("2026-05-11", "2026-05-22")),
      *countries(("Kazakhstan", "KZ"), ("Tajikistan", "TJ"), ("Finland", "FI"),
                 ("Latvia", "LV"))],
     "training", [ACADEMY], ["Kazakhstan", "Tajikistan", "Finland", "Latvia", WCO]),
    (f"Profiling course\n\nThe {COMMISSION} held a course on passenger profiling from 3 to 7 "
     "March. Experts from Germany and Lithuania showed the trainees how to use field test "
     "kits.",
     [(COMMISSION, "ORG", org(COMMISSION)),
      ("3 to 7 March", "DATE", date_range("2026-03-03", "2026-03-07")),
      *countries(("Germany", "DE"), ("Lithuania", "LT"))],
     "training", [COMMISSION], ["Germany", "Lithuania"]),
    (f"Container course\n\nThe {COMMISSION} held a course on container targeting on 9 June, "
     f"with funding from the European Union, delivered by instructors of the {WCO}.",
     [(COMMISSION, "ORG", org(COMMISSION)), ("European Union", "ORG", org("European Union")),
      (WCO, "ORG", org(WCO)), ("9 June", "DATE", day("2026-06-09"))],
     "training", [COMMISSION], ["European Union", WCO]),
    # a find: the body before "seized" acts, "officers of" names no trainees there
    ("Heroin at the border\n\nOn 3 May, officers of the Customs Service seized 5 kg of "
     "heroin at the checkpoint.",
     [("Customs Service", "ORG", org("Customs Service")), ("3 May", "DATE", day("2025-05-03")),
      ("5 kg", "QUANTITY", mass(5, 5, "kg")), ("heroin", "SUBSTANCE", substance("heroin"))],
     "seizure", ["Customs Service"], []),
]


@pytest.mark.parametrize(("text", "entities", "event_type", "organizers", "participants"),
                         COURSE_CASES)
def test_course_attendees_and_co_organizers(nlp, rules, text: str, entities: list[Entity],
                                            event_type: str, organizers: list[str],
                                            participants: list[str]) -> None:
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert event["type"] == event_type
    assert [m["text"] for m in event["organizers"]] == organizers
    assert [m["text"] for m in event["participants"]] == participants
