"""Who conducted an event: passive agents, a body named in full, the unit a body acts
through."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, country, mass, org, substance

from pressparse.events import assemble_events
from pressparse.extensions import TITLE_END_KEY

COCAINE = substance("cocaine", "stimulant")
ECUADORIAN = {"iso2": "EC", "name": "Ecuadorian", "country": "Ecuador"}

MEETING_HEADLINE = "Border Service heads held a working meeting at the checkpoint"
DELIVERY_HEADLINE = ("Joint investigation by Tokyo Customs and Prefectural Police: 31.6 kg of "
                     "stimulants hidden in brake discs")
HALF_YEAR_HEADLINE = "Cocaine detections at the border rise in the first half of the year"
TRAINING_HEADLINE = "Customs officers from Moldova and Romania train together in Iasi"
ACTOR_CASES: list[tuple[str, int, list[Entity], str, list[str]]] = [
    # (text, title length, entities, role field, expected texts)
    # a passive agent: "made by", "carried out by" (a demonym with a force noun is a body)
    ("The largest seizure, 5,600 kg of cocaine, was made by the Ecuadorian navy off the "
     "islands on 3 November.", 0,
     [("Ecuadorian", "NORP", ECUADORIAN), ("5,600 kg", "QUANTITY", mass(5600, 5600, "kg")),
      ("cocaine", "SUBSTANCE", COCAINE)],
     "organizers", ["Ecuadorian"]),
    ("The operation has been carried out by the Organic Unit of Judicial Police, with the "
     "support of the Customs Surveillance Service.", 0,
     [("Organic Unit of Judicial Police", "ORG", org("Organic Unit of Judicial Police")),
      ("Customs Surveillance Service", "ORG", org("Customs Surveillance Service"))],
     "organizers", ["Organic Unit of Judicial Police"]),
    # the body, not the acronym in brackets after its name
    ("The National Authority for Combating Drugs (NACD) held its quarterly meeting on "
     "Wednesday.", 0,
     [("National Authority for Combating Drugs", "ORG",
       org("National Authority for Combating Drugs")),
      ("NACD", "ORG", org("NACD"))],
     "organizers", ["National Authority for Combating Drugs"]),
    # a body acting through its unit: the unit conducts it
    ("The Judicial Police, through its National Narcotics Unit (UNCTE), seized 1,246 kg of "
     "cocaine at the port on Friday.", 0,
     [("Judicial Police", "ORG", org("Judicial Police")),
      ("National Narcotics Unit", "ORG", org("National Narcotics Unit")),
      ("UNCTE", "ORG", org("UNCTE")),
      ("1,246 kg", "QUANTITY", mass(1246, 1246, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "organizers", ["National Narcotics Unit"]),
    # the headline's acronym is the body's name written in full
    ("PJ seizes 1.8 tonnes of cocaine on a sailboat\n"
     "The Judicial Police (PJ) seized 1,852 kg of cocaine on a sailing vessel on Saturday.", 44,
     [("Judicial Police", "ORG", org("Judicial Police")), ("PJ", "ORG", org("PJ")),
      ("1.8 tonnes", "QUANTITY", mass(1.8, 1800, "t")),
      ("1,852 kg", "QUANTITY", mass(1852, 1852, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "organizers", ["Judicial Police"]),
    # the unit named before its parent acts, not the parent
    ("Agents of the Anti-Narcotics Division (DAIA) of the National Civil Police stopped a "
     "truck and seized 1,250 kg of cocaine on Monday.", 0,
     [("Anti-Narcotics Division", "ORG", org("Anti-Narcotics Division")),
      ("DAIA", "ORG", org("DAIA")),
      ("National Civil Police", "ORG", org("National Civil Police")),
      ("1,250 kg", "QUANTITY", mass(1250, 1250, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "organizers", ["Anti-Narcotics Division"]),
    # a subject with its acronym in brackets before an inserted clause: the subject acts
    ("The National Drug Control Directorate (DNCD), together with the Navy (ARD), "
     "intercepted a go-fast boat with 800 kg of cocaine on Sunday.", 0,
     [("National Drug Control Directorate", "ORG", org("National Drug Control Directorate")),
      ("DNCD", "ORG", org("DNCD")), ("Navy", "ORG", org("Navy")), ("ARD", "ORG", org("ARD")),
      ("800 kg", "QUANTITY", mass(800, 800, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "organizers", ["National Drug Control Directorate"]),
    # "the SCO member states" are the states, the organization does not hold the exercise
    ("The joint exercise of the competent authorities of the SCO member states will take "
     "place next week at a training ground.", 0,
     [("SCO", "ORG", org("Shanghai Cooperation Organisation", "SCO"))],
     "organizers", []),
    ("The joint exercise of the border services of the OSCE participating States will take "
     "place next week at a training ground.", 0,
     [("OSCE", "ORG", org("Organization for Security and Co-operation in Europe", "OSCE"))],
     "organizers", []),
    # the headline's bodies give way to the units the body names for the event; a meeting
    # of their heads with no host named: both take part (the guide's session-27 rule)
    (f"{MEETING_HEADLINE}\nOn 7 January, a working meeting of the heads of the Northern "
     "Department of the Border Service and the Chui border detachment took place at the "
     "Kordai checkpoint.", len(MEETING_HEADLINE),
     [("Border Service", "ORG", org("Border Service")),
      ("Northern Department of the Border Service", "ORG",
       org("Northern Department of the Border Service")),
      ("Chui border detachment", "ORG", org("Chui border detachment"))],
     "participants", ["Northern Department of the Border Service", "Chui border detachment"]),
    (f"{DELIVERY_HEADLINE}\nTokyo Customs then carried out a controlled delivery together "
     "with the Drug Division of the Prefectural Police. On October 14, investigators "
     "arrested two men at a rented warehouse.", len(DELIVERY_HEADLINE),
     [("Prefectural Police", "ORG", org("Prefectural Police")),
      ("Tokyo Customs", "ORG", org("Tokyo Customs")),
      ("Drug Division of the Prefectural Police", "ORG",
       org("Drug Division of the Prefectural Police")),
      ("31.6 kg", "QUANTITY", mass(31.6, 31.6, "kg")),
      ("stimulants", "SUBSTANCE", substance("stimulants", "stimulant"))],
     "organizers", ["Tokyo Customs"]),
    # a body credited with the figures ("according to ...") is their source: no role
    ("According to figures of the Drug Control Headquarters, police seized 4.2 tonnes of "
     "opium in the province on Monday.", 0,
     [("Drug Control Headquarters", "ORG", org("Drug Control Headquarters")),
      ("4.2 tonnes", "QUANTITY", mass(4.2, 4200, "t")),
      ("opium", "SUBSTANCE", substance("opium", "opioid"))],
     "organizers", []),
    ("Border guards seized 86 kg of heroin near the river on Monday, according to an official "
     "with the State Border Service.", 0,
     [("State Border Service", "ORG", org("State Border Service")),
      ("86 kg", "QUANTITY", mass(86, 86, "kg")),
      ("heroin", "SUBSTANCE", substance("heroin", "opioid"))],
     "organizers", []),
    ("The National Police seized 1.2 tonnes of cocaine at the port on Friday, according to "
     "figures presented by the Drug Observatory.", 0,
     [("National Police", "ORG", org("National Police")),
      ("Drug Observatory", "ORG", org("Drug Observatory")),
      ("1.2 tonnes", "QUANTITY", mass(1.2, 1200, "t")), ("cocaine", "SUBSTANCE", COCAINE)],
     "organizers", ["National Police"]),
    # a header line under the headline names the publisher's desk, no unit that acted
    (HALF_YEAR_HEADLINE + "\nDate 2025-07-15 | Department: Risk Analysis Division | Hits 2,417"
     "\nThe Central Customs Service announced on 15 July that it seized 380 kg of cocaine "
     "in the first half of 2025.", len(HALF_YEAR_HEADLINE),
     [("Risk Analysis Division", "ORG",
       org("Risk Analysis Division of the Central Customs Service")),
      ("Central Customs Service", "ORG", org("Central Customs Service")),
      ("380 kg", "QUANTITY", mass(380, 380, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "organizers", ["Central Customs Service"]),
    # ... but a body whose credit opens the sentence reports its own action
    ("According to the Provincial Border Guard Command, at about 22:00 on Monday its task "
     "force stopped two men on a forest trail and seized 12 kg of heroin.", 0,
     [("Provincial Border Guard Command", "ORG", org("Provincial Border Guard Command")),
      ("12 kg", "QUANTITY", mass(12, 12, "kg")),
      ("heroin", "SUBSTANCE", substance("heroin", "opioid"))],
     "organizers", ["Provincial Border Guard Command"]),
    # a headline's countries give way to their own bodies the body names for the course
    (TRAINING_HEADLINE + "\nA course on risk profiling was held from 2 to 6 March. It was "
     "organised by the Border Police of Romania and brought together officers of the Customs "
     "Service of Moldova and the Romanian Customs Authority.", len(TRAINING_HEADLINE),
     [("Moldova", "COUNTRY", country("MD", "Moldova")),
      ("Romania", "COUNTRY", country("RO", "Romania")),
      ("Border Police of Romania", "ORG", {**org("Border Police of Romania"), "country": "RO"}),
      ("Customs Service of Moldova", "ORG",
       {**org("Customs Service of Moldova"), "country": "MD"}),
      ("Romanian Customs Authority", "ORG",
       {**org("Romanian Customs Authority"), "country": "RO"})],
     "participants", ["Customs Service of Moldova", "Romanian Customs Authority"]),
]


@pytest.mark.parametrize(("text", "title_end", "entities", "field", "expected"), ACTOR_CASES)
def test_event_actors(nlp, rules, text: str, title_end: int, entities: list[Entity],
                      field: str, expected: list[str]) -> None:
    doc = build_doc(nlp, text, entities)
    if title_end:
        doc.user_data[TITLE_END_KEY] = title_end
    events = assemble_events(doc, rules)
    assert [m["text"] for m in events[0][field]] == expected
