"""Event locations: the most specific place the text gives for the event itself."""

from __future__ import annotations

import pytest
from event_docs import (
    Entity,
    build_doc,
    country,
    date_range,
    loc,
    mass,
    operation,
    org,
    substance,
)

from pressparse.events.assembly import assemble_events
from pressparse.extensions import TITLE_END_KEY

COCAINE = substance("cocaine", "stimulant")
OPIUM = substance("opium", "opioid")
HEROIN = substance("heroin", "opioid")
CANNABIS = substance("cannabis", "cannabis")

PLACE_CASES: list[tuple[str, int, list[Entity], str | None]] = [
    # (text, title length, entities, expected location text)
    # a listing's place after the event's name and dates
    ('Exercise "Shield-2026", 14–19 September, Matybulak training ground (Zhambyl region).',
     0,
     [("Shield-2026", "OPERATION", operation("Shield-2026")),
      ("14–19 September", "DATE", date_range("2026-09-14", "2026-09-19")),
      ("Matybulak training ground", "LOC", loc("Matybulak training ground", "KZ")),
      ("Zhambyl region", "LOC", loc("Zhambyl Region", "KZ"))],
     "Matybulak training ground"),
    # "held there": the place the sentence before names
    ("The Otar garrison is the largest base of the region. On 4 September, the exercise "
     '"Search-2026" was held there.', 0,
     [("Otar", "LOC", loc("Otar", "KZ")),
      ("Search-2026", "OPERATION", operation("Search-2026")),
      ("4 September", "DATE", date_range("2026-09-04", "2026-09-04"))],
     "Otar"),
    # the headline's place named in full by the body's lead ("Poti" -> "Poti port")
    ("Divers find 84 kg of cocaine in Poti roadstead\n"
     "On 16 May, divers inspected a container ship waiting to enter the Poti port.\n\n"
     "In its sea chest they found three bags with 84 kg of cocaine.", 47,
     [("Poti port", "LOC", loc("Poti port", "GE")), ("Poti", "LOC", loc("Poti", "GE")),
      ("84 kg", "QUANTITY", mass(84, 84, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Poti port"),
    # a city and its country: the city
    ("The commission held its regular session in Montevideo, Uruguay, from 18 to 20 "
     "November.", 0,
     [("Montevideo", "LOC", loc("Montevideo", "UY")),
      ("Uruguay", "COUNTRY", country("UY", "Uruguay"))],
     "Montevideo"),
    # the headline's short place gives way to the body's place of the same country
    ("Coast guard seizes 540 kg of cocaine off Clarendon\n"
     "The coast guard seized 540 kg of cocaine about 12 nautical miles south of Portland "
     "Point on Saturday.", 50,
     [("Clarendon", "LOC", loc("Clarendon", "JM")),
      ("Portland Point", "LOC", loc("Portland Point", "JM")),
      ("540 kg", "QUANTITY", mass(540, 540, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Portland Point"),
    # a province named without its head word, and a city the body names in it
    ("Police seized 4,300 kg of opium in Sistan and Baluchestan on Monday, in a convoy "
     "stopped near the city of Saravan.", 0,
     [("Sistan and Baluchestan", "LOC", loc("Sistan and Baluchestan Province", "IR")),
      ("Saravan", "LOC", loc("Saravan", "IR")),
      ("4,300 kg", "QUANTITY", mass(4300, 4300, "kg")), ("opium", "SUBSTANCE", OPIUM)],
     "Saravan"),
    # a village named after "near the village of" is where it happened, not the dateline
    ("BAKU, 13 May 2025\nBorder guards seized 86 kg of heroin on 12 May near the village of "
     "Bahramtapa in the Bilasuvar district.", 0,
     [("BAKU", "LOC", loc("Baku", "AZ")), ("Bahramtapa", "LOC", loc("Bahramtapa", "AZ")),
      ("86 kg", "QUANTITY", mass(86, 86, "kg")), ("heroin", "SUBSTANCE", HEROIN)],
     "Bahramtapa"),
    # one place of a list places no event
    ("Police seized 30 kg of cocaine in searches in Pune, Surat and Nashik on Friday.", 0,
     [("Pune", "LOC", loc("Pune", "IN")), ("Surat", "LOC", loc("Surat", "IN")),
      ("Nashik", "LOC", loc("Nashik", "IN")),
      ("30 kg", "QUANTITY", mass(30, 30, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     None),
    # a body is no place
    ("Officers seized 12 kg of cocaine at the Police Academy on Friday.", 0,
     [("Police Academy", "ORG", org("Police Academy")),
      ("12 kg", "QUANTITY", mass(12, 12, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     None),
    # a route is no place
    ("Police seized 50 kg of cocaine smuggled across the Atacama Desert on Friday.", 0,
     [("Atacama Desert", "LOC", loc("Atacama Desert", "CL")),
      ("50 kg", "QUANTITY", mass(50, 50, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     None),
    # a place in the sentence where the body acts, past the lead, over the headline's "near"
    ("Cannabis grow found in a family house near Kalen\n\n"
     "Customs officers have uncovered a large indoor cannabis grow. The owner, a "
     "54-year-old man, was detained. Officers of the Mobile Unit searched the house in "
     "Dolina, Kalen District, on 25 March 2025. In three rooms they found 1,600 cannabis "
     "plants and 8.6 kg of dried cannabis.", 48,
     [("Kalen", "LOC", loc("Kalen", "CZ")), ("Mobile Unit", "ORG", org("Mobile Unit")),
      ("Dolina", "LOC", loc("Dolina", "CZ")),
      ("Kalen District", "LOC", loc("Kalen District", "CZ")),
      ("8.6 kg", "QUANTITY", mass(8.6, 8.6, "kg")),
      ("cannabis", "SUBSTANCE", substance("marijuana", "cannabis"))],
     "Dolina"),
    # no place cue: the crossing the find's own sentence names, not the route's countries
    ("On 10 November, officers of the District Police found 3.2 kg of opium in the spare "
     "tire of a truck that had entered the country from Iran through the Agarak border "
     "checkpoint.", 0,
     [("District Police", "ORG", org("District Police")),
      ("Iran", "COUNTRY", country("IR", "Iran")),
      ("Agarak border checkpoint", "LOC", loc("Agarak border checkpoint", "AM")),
      ("3.2 kg", "QUANTITY", mass(3.2, 3.2, "kg")), ("opium", "SUBSTANCE", OPIUM)],
     "Agarak border checkpoint"),
    # an operation whose sentences name one town only: placed there by a bare "in"
    ("Between 10 and 12 April, police carried out a raid in Karatau that targeted online drug "
     "shops. Officers detained five couriers and seized 640 grams of mephedrone from dead "
     "drops.", 0,
     [("Between 10 and 12 April", "DATE", date_range("2025-04-10", "2025-04-12")),
      ("Karatau", "LOC", loc("Karatau", "KZ")),
      ("640 grams", "QUANTITY", mass(640, 0.64, "g")),
      ("mephedrone", "SUBSTANCE", substance("mephedrone", "stimulant"))],
     "Karatau"),
    # ... but not by the region it covers
    ("From June to October, police carried out the operation Harvest in the Chui region to "
     "destroy wild hemp. Officers destroyed 120 hectares of hemp and seized 2 tonnes of "
     "marijuana.", 0,
     [("From June to October", "DATE", date_range("2025-06-01", "2025-10-31")),
      ("Chui region", "LOC", loc("Chui Region", "KG")),
      ("Harvest", "OPERATION", operation("Harvest")),
      ("2 tonnes", "QUANTITY", mass(2, 2000, "t")),
      ("marijuana", "SUBSTANCE", substance("marijuana", "cannabis"))],
     None),
    # a period's results told of two places took place at neither
    ("In 2025, customs officers detected 146 cases of drug smuggling and seized 118.4 kg of "
     "narcotic drugs. The largest amounts were found at the Sarpi customs checkpoint on the "
     "border with Turkey and at Tbilisi International Airport.", 0,
     [("In 2025", "DATE", date_range("2025-01-01", "2025-12-31")),
      ("118.4 kg", "QUANTITY", mass(118.4, 118.4, "kg")),
      ("Sarpi customs checkpoint", "LOC", loc("Sarpi customs checkpoint", "GE")),
      ("Turkey", "COUNTRY", country("TR", "Turkey")),
      ("Tbilisi International Airport", "LOC", loc("Tbilisi International Airport", "GE"))],
     None),
    # an exercise held at two places joined in one sentence spans them: no location
    ("From 17 to 19 November, the regional directorate conducted a tactical exercise near "
     "the town of Revda and at the Kamensky training ground of Yekaterinburg.", 0,
     [("From 17 to 19 November", "DATE", date_range("2025-11-17", "2025-11-19")),
      ("Revda", "LOC", loc("Revda", "RU")),
      ("Kamensky training ground", "LOC", loc("Kamensky training ground", "RU")),
      ("Yekaterinburg", "LOC", loc("Yekaterinburg", "RU"))],
     None),
    # ... held at one of them, it is placed there
    ("From 17 to 19 November, the regional directorate conducted a tactical exercise at the "
     "Kamensky training ground of Yekaterinburg.", 0,
     [("From 17 to 19 November", "DATE", date_range("2025-11-17", "2025-11-19")),
      ("Kamensky training ground", "LOC", loc("Kamensky training ground", "RU")),
      ("Yekaterinburg", "LOC", loc("Yekaterinburg", "RU"))],
     "Kamensky training ground"),
    # a period's total over a province stays there, not at the city where it was told
    ("Since 21 March, the provincial police have seized more than 63 tons of narcotics in "
     "Sistan and Baluchestan, the police chief told reporters in Zahedan on Wednesday.", 0,
     [("Since 21 March", "DATE", {"start": "2025-03-21", "end": "2025-12-17",
                                  "precision": "day", "year_inferred": False, "kind": "open"}),
      ("63 tons", "QUANTITY", mass(63, 63000, "t", "more_than")),
      ("Sistan and Baluchestan", "LOC", loc("Sistan and Baluchestan Province", "IR")),
      ("Zahedan", "LOC", loc("Zahedan", "IR"))],
     "Sistan and Baluchestan"),
    # a press briefing's venue places no find: the province gives way to the place the body
    # gives for the interception, not to the city where it was told
    ("The navy seized 300 kg of heroin from a dhow off the coast of the province of Cabo "
     "Delgado. Speaking to reporters in Pemba on Thursday, a spokesperson said a patrol boat "
     "stopped the dhow on Sunday about 14 nautical miles east of Mocímboa da Praia.", 0,
     [("Cabo Delgado", "LOC", loc("Cabo Delgado Province", "MZ")),
      ("Pemba", "LOC", loc("Pemba", "MZ")),
      ("Mocímboa da Praia", "LOC", loc("Mocímboa da Praia", "MZ")),
      ("300 kg", "QUANTITY", mass(300, 300, "kg")), ("heroin", "SUBSTANCE", HEROIN)],
     "Mocímboa da Praia"),
    ("Members of the battalion seized 12 kg of heroin from a trawler on Sunday, an officer told "
     "journalists at the battalion's camp in Chittagong.", 0,
     [("Chittagong", "LOC", loc("Chittagong", "BD")),
      ("12 kg", "QUANTITY", mass(12, 12, "kg")), ("heroin", "SUBSTANCE", HEROIN)],
     None),
    # the headline's one facility over the body's city: "seized at the Unity Bridge" ...
    # "officers in Ressano Garcia seized"
    ("Cannabis hidden in a truck seized at the Unity Bridge\n"
     "Customs officers in Ressano Garcia seized 40 kg of cannabis in a truck coming from "
     "Komatipoort on Saturday night.", 53,
     [("Unity Bridge", "LOC", loc("Unity Bridge", "MZ")),
      ("Ressano Garcia", "LOC", loc("Ressano Garcia", "MZ")),
      ("Komatipoort", "LOC", loc("Komatipoort", "ZA")),
      ("40 kg", "QUANTITY", mass(40, 40, "kg")), ("cannabis", "SUBSTANCE", CANNABIS)],
     "Unity Bridge"),
    # a headline facility the body names again for another step (the offload) is not
    # where the find was made
    ("Coast guard offloads 900 kg of cocaine at Port Everglades\n"
     "The crew seized 900 kg of cocaine from a sailing vessel near Cayo Largo on Aug. 25.\n"
     "The cutter returned to its home port on Wednesday and was welcomed at Port "
     "Everglades by the district commander.", 57,
     [("Port Everglades", "LOC", loc("Port Everglades", "US")),
      ("Cayo Largo", "LOC", loc("Cayo Largo", "US")),
      ("900 kg", "QUANTITY", mass(900, 900, "kg")), ("cocaine", "SUBSTANCE", COCAINE)],
     "Cayo Largo"),
    # a headline of two places joins two finds: the body's place stays
    ("Cocaine seized at Lagos airport, opioid pills at Onne port\n"
     "In Kano, operatives raided the Sabon Gari area on Thursday and recovered 426 kg of "
     "cannabis stored in a warehouse.", 58,
     [("Lagos airport", "LOC", loc("Lagos airport", "NG")),
      ("Onne port", "LOC", loc("Onne port", "NG")), ("Kano", "LOC", loc("Kano", "NG")),
      ("Sabon Gari", "LOC", loc("Sabon Gari", "NG")),
      ("426 kg", "QUANTITY", mass(426, 426, "kg")), ("cannabis", "SUBSTANCE", CANNABIS)],
     "Sabon Gari"),
    # a region written with its head word after "in the" is a venue, not a scope
    ("From 3 to 27 November, a course for dog handlers was organized at the training centre "
     "of the Border Guard in the Osh region.", 0,
     [("Border Guard", "ORG", org("Border Guard")), ("Osh region", "LOC", loc("Osh Region", "KG"))],
     "Osh region"),
    # where the car's owner resides is no place of the find
    ("The customs agents of the passenger terminal of the Port of Mpulungu discovered 426 kg "
     "of cannabis, hidden in a car belonging to a Zambian residing in Tanzania.", 0,
     [("Port of Mpulungu", "LOC", loc("Port of Mpulungu", "ZM")),
      ("Tanzania", "COUNTRY", country("TZ", "Tanzania")),
      ("426 kg", "QUANTITY", mass(426, 426, "kg")), ("cannabis", "SUBSTANCE", CANNABIS)],
     "Port of Mpulungu"),
    # officers stationed at a facility act there: the post is no seat (session 36)
    ("Officers stationed at the Noenieput border post stopped a bakkie and found 30 kg of "
     "cannabis; the driver was handed over to the police at Upington.", 0,
     [("Noenieput border post", "LOC", loc("Noenieput border post", "ZA")),
      ("Upington", "LOC", loc("Upington", "ZA")),
      ("30 kg", "QUANTITY", mass(30, 30, "kg")), ("cannabis", "SUBSTANCE", CANNABIS)],
     "Noenieput border post"),
    # where the troops are deployed places the find only when nothing else does
    ("Troops deployed at Pasni intercepted a boat near Kalmat and recovered 90 kg of "
     "heroin.", 0,
     [("Pasni", "LOC", loc("Pasni", "PK")), ("Kalmat", "LOC", loc("Kalmat", "PK")),
      ("90 kg", "QUANTITY", mass(90, 90, "kg")), ("heroin", "SUBSTANCE", HEROIN)],
     "Kalmat"),
    # a meeting's place in the sentence telling it over a checkpoint the talks were about
    ("On 12 November, the head of the customs service received in Tashkent a delegation of "
     "the customs of Kazakhstan. The sides discussed the queues of trucks at the Gisht-Kuprik "
     "checkpoint.", 0,
     [("Tashkent", "LOC", loc("Tashkent", "UZ")),
      ("Kazakhstan", "COUNTRY", country("KZ", "Kazakhstan")),
      ("Gisht-Kuprik checkpoint", "LOC", loc("Gisht-Kuprik checkpoint", "UZ"))],
     "Tashkent"),
]


@pytest.mark.parametrize(("text", "title_end", "entities", "expected"), PLACE_CASES)
def test_event_location(nlp, rules, text: str, title_end: int, entities: list[Entity],
                        expected: str | None) -> None:
    doc = build_doc(nlp, text, entities)
    if title_end:
        doc.user_data[TITLE_END_KEY] = title_end
    events = assemble_events(doc, rules)
    location = events[0]["location"]
    assert (location["text"] if location else None) == expected

