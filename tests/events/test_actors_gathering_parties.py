"""Who takes part in a meeting or a course, in wordings several publishers use: experts from
countries, the party a body met with, and the attendees of a meeting that sums up an
operation."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, country, day, org, substance
from event_docs import operation as operation_name

from pressparse.events import assemble_events
from pressparse.extensions import TITLE_END_KEY

ORGS = "ORG"

PARTY_CASES: list[tuple[str, list[Entity], list[str]]] = [
    # (text, entities, expected participants of the item's gathering)
    # experts from countries come to a meeting: the countries take part
    ("Expert group meets in the capital\n\n"
     "A meeting of the expert group on online drug sales was held on 13 February. "
     "Experts from Armenia, Belarus and Kazakhstan discussed ways to block drug shops.",
     [("Armenia", "COUNTRY", country("AM", "Armenia")),
      ("Belarus", "COUNTRY", country("BY", "Belarus")),
      ("Kazakhstan", "COUNTRY", country("KZ", "Kazakhstan"))],
     ["Armenia", "Belarus", "Kazakhstan"]),
    # specialists from countries at a working meeting (at a course they would be trainers,
    # who take no part: tests/events/test_country_forces.py)
    ("Border working group meets\n\n"
     "The Police Academy hosted a working meeting on border checks on Monday. "
     "Specialists from Georgia and Moldova presented their national practice.",
     [("Police Academy", ORGS, org("Police Academy")),
      ("Georgia", "COUNTRY", country("GE", "Georgia")),
      ("Moldova", "COUNTRY", country("MD", "Moldova"))],
     ["Georgia", "Moldova"]),
    # the body a minister met with takes part in the meeting
    ("Minister receives UN envoy\n\n"
     "The Minister of the Interior met with the UNODC Regional Representative on Thursday "
     "to discuss border projects.",
     [("UNODC", ORGS, org("United Nations Office on Drugs and Crime", "UNODC"))],
     ["UNODC"]),
    # "held a meeting with" a body's envoy
    ("Prosecutor holds talks\n\n"
     "The Prosecutor General held a meeting with the Regional Representative of the "
     "Colombo Plan on Friday.",
     [("Colombo Plan", ORGS, org("Colombo Plan"))],
     ["Colombo Plan"]),
    # countries named by their officials after "a meeting of the": they meet as parties,
    # none of them hosts the meeting
    ("Border incident on the river\n\n"
     "On Sunday, a meeting of the border commissioners of Kyrgyzstan and Tajikistan was held "
     "at the Kyzyl-Bel checkpoint to discuss the night's clash.",
     [("Kyrgyzstan", "COUNTRY", country("KG", "Kyrgyzstan")),
      ("Tajikistan", "COUNTRY", country("TJ", "Tajikistan"))],
     ["Kyrgyzstan", "Tajikistan"]),
    # the bodies named after the people they sent to a course
    ("Dog handlers complete a course\n\n"
     "A course on the search for drugs was held at the Canine Centre from 3 to 27 November. "
     "The course was attended by 36 dog handlers from the units of the Border Service and "
     "the Customs Service.",
     [("Border Service", ORGS, org("Border Service")),
      ("Customs Service", ORGS, org("Customs Service"))],
     ["Border Service", "Customs Service"]),
    # the countries a course "gathered" its people from, past a coordinated noun for them
    ("Workshop on crypto tracing\n\n"
     "A workshop on tracing crypto payments was held in the capital from 27 to 29 October. "
     "The workshop gathered 24 police officers and prosecutors from Albania, Montenegro and "
     "Serbia.",
     [("Albania", "COUNTRY", country("AL", "Albania")),
      ("Montenegro", "COUNTRY", country("ME", "Montenegro")),
      ("Serbia", "COUNTRY", country("RS", "Serbia"))],
     ["Albania", "Montenegro", "Serbia"]),
    ("Port course ends\n\n"
     "A course on container profiling ended at the port on Friday. It brought together "
     "officers of the Customs Division and the Port Authority.",
     [("Customs Division", ORGS, org("Customs Division")),
      ("Port Authority", ORGS, org("Port Authority"))],
     ["Customs Division", "Port Authority"]),
    # the partner named after the event's word and "with" takes part
    ("Border exercise on the river\n\n"
     "The Border Service held a joint exercise with Georgia and Armenia on the river on "
     "Monday.",
     [("Border Service", ORGS, org("Border Service")),
      ("Georgia", "COUNTRY", country("GE", "Georgia")),
      ("Armenia", "COUNTRY", country("AM", "Armenia"))],
     ["Georgia", "Armenia"]),
    # ... the body a country's possessive owns, not the country
    ("Border exercise on the river\n\n"
     "The Border Service held a joint exercise with Georgia's Coast Guard on the river on "
     "Monday.",
     [("Border Service", ORGS, org("Border Service")),
      ("Georgia", "COUNTRY", country("GE", "Georgia")),
      ("Coast Guard", ORGS, org("Coast Guard"))],
     ["Coast Guard"]),
    # ... past the event's name in quotes
    ("Joint training announced\n\n"
     "The joint training \"Shield-2026\" with the Rapid Reaction Forces will take place on "
     "Monday. It is organized by the Joint Staff.",
     [("Rapid Reaction Forces", ORGS, org("Rapid Reaction Forces")),
      ("Joint Staff", ORGS, org("Joint Staff"))],
     ["Rapid Reaction Forces"]),
    # ... also when the headline makes it the subject ("Rapid Reaction Forces to hold ...")
    ("Rapid Reaction Forces to hold joint training\n\n"
     "The joint training with the Rapid Reaction Forces \"Shield-2026\" will take place on "
     "Monday. It is organized by the Joint Staff.",
     [("Rapid Reaction Forces", ORGS, org("Rapid Reaction Forces")),
      ("Joint Staff", ORGS, org("Joint Staff"))],
     ["Rapid Reaction Forces"]),
    # ... past the first party after "of" ("a meeting of A with B")
    ("Border talks at the post\n\n"
     "A working meeting of the Border Service with the Border Troops was held at the "
     "Kyzyl-Bel checkpoint on Monday.",
     [("Border Service", ORGS, org("Border Service")),
      ("Border Troops", ORGS, org("Border Troops"))],
     ["Border Troops"]),
    # ... named by the people standing for it
    ("Consultations on the border\n\n"
     "The Drug Control Agency hosted consultations with a delegation of Afghanistan on "
     "Monday.",
     [("Drug Control Agency", ORGS, org("Drug Control Agency")),
      ("Afghanistan", "COUNTRY", country("AF", "Afghanistan"))],
     ["Afghanistan"]),
    # not a helper's word ("with the support of" is a help cue's), nor a figure
    ("Course for dog handlers\n\n"
     "The Police Academy held a course with 30 dog handlers on Monday in the capital.",
     [("Police Academy", ORGS, org("Police Academy"))],
     []),
]


@pytest.mark.parametrize(("text", "entities", "participants"), PARTY_CASES)
def test_parties_of_a_gathering(nlp, rules, text: str, entities: list[Entity],
                                participants: list[str]) -> None:
    doc = build_doc(nlp, text, entities)
    doc.user_data[TITLE_END_KEY] = text.index("\n\n")  # the headline, as segmenting sets it
    events = assemble_events(doc, rules)
    gathering = next(e for e in events if e["type"] in ("meeting", "training", "exercise"))
    assert [m["text"] for m in gathering["participants"]] == participants


BOARD = "Drug Control Service"
ATTENDEES = ["Ministry of Interior", "Border Service", "Customs Service"]
SUMMIT_CASES: list[tuple[str, list[str]]] = [
    # (text of a release about an operation and the meeting that summed it up, attendees)
    (f'At a meeting of the board of the {BOARD} held last week in the capital, the results '
     'of the operation "Frontier-2025" were discussed. The meeting was attended by heads of '
     f"the {ATTENDEES[0]}, the {ATTENDEES[1]} and the {ATTENDEES[2]}.\n\n"
     'During the operation "Frontier-2025", 120 kg of heroin were seized on 3 May.',
     ATTENDEES),
    (f'At a meeting of the {BOARD} on Friday, the results of the operation "Frontier-2025" '
     f"were summed up. It was attended by officials of the {ATTENDEES[0]} and the "
     f'{ATTENDEES[1]}.\n\nIn the course of "Frontier-2025", 120 kg of heroin were seized '
     "on 3 May.",
     ATTENDEES[:2]),
    # the bodies told as taking part "in the meeting" after the meeting's sentence attend it,
    # not the operation it sums up
    (f'On 25 November, the {BOARD} hosted the final meeting on the results of the operation '
     f'"Frontier-2025". Representatives of the {ATTENDEES[0]} and the {ATTENDEES[1]} also '
     'took part in the meeting.\n\nDuring the operation "Frontier-2025", 120 kg of heroin '
     "were seized on 3 May.",
     ATTENDEES[:2]),
]


@pytest.mark.parametrize(("text", "attendees"), SUMMIT_CASES)
def test_attendees_of_a_summing_up_meeting(nlp, rules, text: str,
                                           attendees: list[str]) -> None:
    entities: list[Entity] = [(name, ORGS, org(name)) for name in [BOARD, *attendees]]
    entities += [("Frontier-2025", "OPERATION", operation_name("Frontier-2025")),
                 ("120 kg", "QUANTITY", {"value": 120, "low": None, "high": None,
                                         "unit": "kg", "kind": "mass", "kg": 120,
                                         "qualifier": "exact", "what": None}),
                 ("heroin", "SUBSTANCE", substance("heroin")),
                 ("3 May", "DATE", day("2025-05-03"))]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    meeting = next(e for e in events if e["type"] == "meeting")
    assert [m["text"] for m in meeting["participants"]] == attendees
