"""Who acted in an operation's local results (seizure events ``part_of`` it): the body after
a row's label and opening adverbials, a relative clause's subject, a passive's agent; the
release's own body for rows naming nobody; countries as places, not participants."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, country, date_range, day, loc, mass, org, substance

from pressparse.events import assemble_events

COCAINE = substance("cocaine", "stimulant")
HASHISH = substance("hashish", "cannabis")
HEROIN = substance("heroin", "opioid")
CANNABIS = substance("cannabis", "cannabis")
SPAIN = country("ES", "Spain")
PORTUGAL = country("PT", "Portugal")
FRANCE = country("FR", "France")
KYRGYZSTAN = country("KG", "Kyrgyzstan")
TAJIKISTAN = country("TJ", "Tajikistan")
KYRGYZ = {"iso2": "KG", "name": "Kyrgyz", "country": "Kyrgyzstan"}


def _kg(amount: float) -> dict:
    return mass(amount, amount, "kg")


RESULT_ACTOR_CASES: list[tuple[str, list[Entity], str, list[str], list[str]]] = [
    # (text, entities, the result's place, expected organizers, expected participants)
    # a row's country label and an opening date before the acting bodies
    ("Atlantic operation ends\n\nOperation Blue Tide was coordinated by the Maritime Centre "
     "from 2 March to 20 April with navies and police forces of France, Portugal and Spain "
     "taking part. Vessels were checked at sea.\n\n"
     "- Spain: on 22 March, the Civil Guard and the Customs Service boarded a trawler "
     "south of Tenerife and seized 5,100 kg of cocaine.\n"
     "- Portugal: the Navy stopped a yacht off Madeira on 3 April with 900 kg of cocaine.",
     [("Maritime Centre", "ORG", org("Maritime Centre")), ("France", "COUNTRY", FRANCE),
      ("Portugal", "COUNTRY", PORTUGAL), ("Spain", "COUNTRY", SPAIN),
      ("Civil Guard", "ORG", org("Civil Guard")),
      ("Customs Service", "ORG", org("Customs Service")),
      ("Tenerife", "LOC", loc("Tenerife", "ES")), ("Madeira", "LOC", loc("Madeira", "PT")),
      ("Navy", "ORG", org("Navy")),
      ("5,100 kg", "QUANTITY", _kg(5100)), ("900 kg", "QUANTITY", _kg(900)),
      ("cocaine", "SUBSTANCE", COCAINE)],
     "Tenerife", ["Civil Guard", "Customs Service"], []),
    # two opening adverbials ("Last month, on 9 May,")
    ("Cocaine routes targeted\n\nThe regional operation against cocaine routes was conducted "
     "by the Maritime Centre over six weeks. Vessels were checked at sea.\n\n"
     "Last month, on 9 May, the Civil Guard boarded a fishing vessel off Tenerife and "
     "seized 2,000 kg of cocaine, with the support of the Customs Service.",
     [("Maritime Centre", "ORG", org("Maritime Centre")),
      ("Civil Guard", "ORG", org("Civil Guard")),
      ("Customs Service", "ORG", org("Customs Service")),
      ("Tenerife", "LOC", loc("Tenerife", "ES")), ("2,000 kg", "QUANTITY", _kg(2000)),
      ("cocaine", "SUBSTANCE", COCAINE)],
     "Tenerife", ["Civil Guard"], ["Customs Service"]),
    # the subject of a relative clause ("..., where the Drug Squad raided ...")
    ("Quarterly results\n\nThe Drug Authority conducted an operation against trafficking "
     "networks in the third quarter. Warehouses were checked.\n\n"
     "The largest case was recorded in the port district of Vigo, where the Drug Squad "
     "raided a warehouse and seized 312 kg of hashish.",
     [("Drug Authority", "ORG", org("Drug Authority")), ("Drug Squad", "ORG", org("Drug Squad")),
      ("Vigo", "LOC", loc("Vigo", "ES")), ("312 kg", "QUANTITY", _kg(312)),
      ("hashish", "SUBSTANCE", HASHISH)],
     "Vigo", ["Drug Squad"], []),
    # the agent of a passive seizure word, a date between
    ("Container operation ends\n\nThe customs operation against cocaine in containers ran in "
     "twelve ports over two weeks. Containers were scanned.\n\n"
     "The largest single seizure was made on 13 June by the Federal Revenue Service at the "
     "port of Santos, where 1,800 kg of cocaine were found in sugar.",
     [("Federal Revenue Service", "ORG", org("Federal Revenue Service")),
      ("Santos", "LOC", loc("Santos", "BR")), ("1,800 kg", "QUANTITY", _kg(1800)),
      ("cocaine", "SUBSTANCE", COCAINE)],
     "Santos", ["Federal Revenue Service"], []),
    # "arrested by the Police Service": custody after the find, not the find's organizer
    ("Customs results of the week\n\nThe customs operation at the airports ran for a week. "
     "Passengers were screened.\n\n"
     "At the Tambo airport, a false bottom in a suitcase contained 4 kg of cocaine. The "
     "passenger was arrested by the Police Service.",
     [("Police Service", "ORG", org("Police Service")),
      ("Tambo airport", "LOC", loc("Tambo airport", "ZA")), ("4 kg", "QUANTITY", _kg(4)),
      ("cocaine", "SUBSTANCE", COCAINE)],
     "Tambo airport", [], ["Police Service"]),
    # a result told of a country, no body named: nobody is named as acting (the country
    # is where it happened)
    ("Heroin routes targeted\n\nThe regional operation against heroin was conducted by the "
     "Drug Agency in the border areas. Roads were checked.\n\n"
     "In Kyrgyzstan, police in Osh detained three couriers carrying 21 kg of heroin.",
     [("Drug Agency", "ORG", org("Drug Agency")), ("Kyrgyzstan", "COUNTRY", KYRGYZSTAN),
      ("Osh", "LOC", loc("Osh", "KG")), ("21 kg", "QUANTITY", _kg(21)),
      ("heroin", "SUBSTANCE", substance("heroin", "opioid"))],
     "Osh", [], []),
    # session 38: the same result in the home country of the release's own body is its
    # body's ("a passenger arrived in Kyrgyzstan" in the national agency's release)
    ("Heroin routes targeted\n\nThe regional operation against heroin was conducted by the "
     "Drug Agency in the border areas. Roads were checked.\n\n"
     "In Kyrgyzstan, police in Osh detained three couriers carrying 21 kg of heroin.",
     [("Drug Agency", "ORG", {**org("Drug Agency"), "country": "KG"}),
      ("Kyrgyzstan", "COUNTRY", KYRGYZSTAN),
      ("Osh", "LOC", loc("Osh", "KG")), ("21 kg", "QUANTITY", _kg(21)),
      ("heroin", "SUBSTANCE", substance("heroin", "opioid"))],
     "Osh", ["Drug Agency"], []),
    # a country where the result was found is no participant
    ("Port operation ends\n\nOperation Red Harbour was coordinated by the Police Network in "
     "ten countries. Containers were scanned.\n\n"
     "In Spain, the Drug Brigade found 900 kg of cocaine in a container at the port of "
     "Algeciras.",
     [("Police Network", "ORG", org("Police Network")), ("Spain", "COUNTRY", SPAIN),
      ("Drug Brigade", "ORG", org("Drug Brigade")),
      ("Algeciras", "LOC", loc("Algeciras", "ES")), ("900 kg", "QUANTITY", _kg(900)),
      ("cocaine", "SUBSTANCE", COCAINE)],
     "Algeciras", ["Drug Brigade"], []),
    # a bullet row of the release's own results naming nobody: the release's body acted
    ("Drugs recovered in five operations\n\nThe Narcotics Force conducted five operations "
     "across the country on Monday and recovered 300 kg of drugs. Details are as follows:\n\n"
     "- 240 kg of hashish recovered from a truck near Landi Kotal.\n"
     "- 60 kg of hashish recovered from a house in Quetta.",
     [("Narcotics Force", "ORG", org("Narcotics Force")),
      ("Landi Kotal", "LOC", loc("Landi Kotal", "PK")), ("Quetta", "LOC", loc("Quetta", "PK")),
      ("300 kg", "QUANTITY", _kg(300)), ("240 kg", "QUANTITY", _kg(240)),
      ("60 kg", "QUANTITY", _kg(60)), ("hashish", "SUBSTANCE", HASHISH)],
     "Landi Kotal", ["Narcotics Force"], []),
    # a result paragraph of generic officers, no bullet row: nobody is named as acting, so
    # the body the release reports for made it (guide's fallback; d57's gold, session 13)
    ("Drugs recovered in three states\n\nThe Drug Agency conducted raids in three states "
     "this week and recovered 700 kg of drugs. Suspects were taken into custody.\n\n"
     "In Kano, operatives raided a warehouse in the Sabon Gari area and recovered 426 kg of "
     "hashish.",
     [("Drug Agency", "ORG", org("Drug Agency")), ("Kano", "LOC", loc("Kano", "NG")),
      ("Sabon Gari", "LOC", loc("Sabon Gari", "NG")), ("700 kg", "QUANTITY", _kg(700)),
      ("426 kg", "QUANTITY", _kg(426)), ("hashish", "SUBSTANCE", HASHISH)],
     "Sabon Gari", ["Drug Agency"], []),  # the town's locality places it (as d57's gold)
    # a result whose only body is a helper ("together with customs officers of the SRC"):
    # the release's body made it, the helper takes part
    ("Heroin channel cut\n\nThe Border Guard Troops dismantled a channel of heroin smuggling "
     "from the south this month. Four couriers were detained.\n\n"
     "On 27 May, at the Agarak checkpoint, border guards together with customs officers of "
     "the Revenue Committee examined a truck and found 41.7 kg of heroin.",
     [("Border Guard Troops", "ORG", org("Border Guard Troops")),
      ("Agarak", "LOC", loc("Agarak", "AM")),
      ("Revenue Committee", "ORG", org("Revenue Committee")),
      ("41.7 kg", "QUANTITY", _kg(41.7)), ("heroin", "SUBSTANCE", HEROIN)],
     "Agarak", ["Border Guard Troops"], ["Revenue Committee"]),
    # a row headed by a country that names no body: the country took part
    ("Action day against a cocaine network\n\nJudicial authorities of France and Spain "
     "coordinated an action day against a cocaine network on 16 September. Homes were "
     "searched.\n\n"
     "- Spain: 15 arrests, 2,300 kg of cocaine found in a warehouse near Valencia;\n"
     "- France: 9 arrests, 400 kg of cocaine found in a garage in Lyon.",
     [("France", "COUNTRY", FRANCE), ("Spain", "COUNTRY", SPAIN),
      ("Valencia", "LOC", loc("Valencia", "ES")), ("Lyon", "LOC", loc("Lyon", "FR")),
      ("2,300 kg", "QUANTITY", _kg(2300)), ("400 kg", "QUANTITY", _kg(400)),
      ("cocaine", "SUBSTANCE", COCAINE)],
     "Valencia", [], ["Spain"]),
    # a find of its own beside the item's meeting, its force after an adverbial of time: the
    # force found it (organizer); a demonym opening it names no people's origin
    ("Border chiefs meet in Batken\n\nThe heads of the border services of Kyrgyzstan and "
     "Tajikistan met in Batken on 15 April to agree on joint patrols. The sides also "
     "discussed the exchange of information on smuggling routes.\n\n"
     "Earlier this month, Kyrgyz border guards detained two riders near the village of "
     "Jany-Jer who were carrying 8 kg of hashish in their saddlebags.",
     [("Kyrgyzstan", "COUNTRY", KYRGYZSTAN), ("Tajikistan", "COUNTRY", TAJIKISTAN),
      ("Batken", "LOC", loc("Batken", "KG")), ("15 April", "DATE", day("2025-04-15")),
      ("Earlier this month", "DATE", date_range("2025-04-01", "2025-04-14")),
      ("Kyrgyz", "NORP", KYRGYZ), ("Jany-Jer", "LOC", loc("Jany-Jer", "KG")),
      ("8 kg", "QUANTITY", _kg(8)), ("hashish", "SUBSTANCE", HASHISH)],
     "Jany-Jer", ["Kyrgyz"], []),
    # within an operation the same opening names the operation's national contingent: it
    # takes part in the operation's result, as before
    ("Heroin routes targeted\n\nThe regional operation against heroin was conducted by the "
     "Drug Agency in the border areas from 2 to 9 June. Roads were checked.\n\n"
     "During the second stage, Kyrgyz police stopped a car near Osh with 21 kg of heroin.",
     [("Drug Agency", "ORG", org("Drug Agency")), ("Kyrgyz", "NORP", KYRGYZ),
      ("Osh", "LOC", loc("Osh", "KG")), ("21 kg", "QUANTITY", _kg(21)),
      ("heroin", "SUBSTANCE", HEROIN)],
     "Osh", [], ["Kyrgyz"]),
    # a body's group opening the result ("a patrol of the Navy") after its date: the body
    ("Atlantic operation ends\n\nOperation Blue Tide was coordinated by the Maritime Centre "
     "from 2 March to 20 April with navies and police forces of France, Portugal and Spain "
     "taking part. Vessels were checked at sea.\n\n"
     "On 3 April, a patrol of the Navy acting on a report by fishermen recovered 900 kg of "
     "cocaine floating off Madeira.",
     [("Maritime Centre", "ORG", org("Maritime Centre")), ("France", "COUNTRY", FRANCE),
      ("Portugal", "COUNTRY", PORTUGAL), ("Spain", "COUNTRY", SPAIN),
      ("Navy", "ORG", org("Navy")), ("Madeira", "LOC", loc("Madeira", "PT")),
      ("900 kg", "QUANTITY", _kg(900)), ("cocaine", "SUBSTANCE", COCAINE)],
     "Madeira", ["Navy"], []),
    # the body's people opening the result after its date ("customs officers of the", "the
    # agents of the", "effectives of the"; role_words.jsonl staff_noun), past the body's
    # post: the body acts, it takes no mere part
    ("Border operation ends\n\nOperation Andes Shield was coordinated by the National "
     "Customs Service from 2 to 20 March at the northern border crossings. Trucks were "
     "checked at the border.\n\n"
     "On 5 March, customs officers of the Customs Office Arica at the Chacalluta border "
     "crossing detected 45 kg of cocaine in the spare wheel of a truck.",
     [("National Customs Service", "ORG", org("National Customs Service")),
      ("Customs Office Arica", "ORG", org("Customs Office Arica")),
      ("Chacalluta border crossing", "LOC", loc("Chacalluta border crossing", "CL")),
      ("45 kg", "QUANTITY", _kg(45)), ("cocaine", "SUBSTANCE", COCAINE)],
     "Chacalluta border crossing", ["Customs Office Arica"], []),
    ("Highway operation ends\n\nOperation Northern Gate was coordinated by the Narcotics "
     "Suppression Bureau from 2 to 20 March on the roads of the north. Vehicles were "
     "checked on the highways.\n\n"
     "On the night of 8 March, the agents of the Mobile Highway Unit at the Mae Sai "
     "checkpoint stopped a pick-up and found 120 kg of heroin under sacks of rice.",
     [("Narcotics Suppression Bureau", "ORG", org("Narcotics Suppression Bureau")),
      ("Mobile Highway Unit", "ORG", org("Mobile Highway Unit")),
      ("Mae Sai checkpoint", "LOC", loc("Mae Sai checkpoint", "TH")),
      ("120 kg", "QUANTITY", _kg(120)), ("heroin", "SUBSTANCE", HEROIN)],
     "Mae Sai checkpoint", ["Mobile Highway Unit"], []),
    # the body opening the result's first sentence, whose find a later sentence tells
    # without naming anyone: the body acts, its helper takes part
    ("Port checks\n\nOperation Safe Harbour was conducted by the Narcotics Control "
     "Commission from 12 to 25 May at the country's ports. Containers were checked.\n\n"
     "On 20 May, the elements of the Port Police Station, in collaboration with the "
     "Customs Division, proceeded to the inspection of a container at the port of Tema. "
     "Inside, 140 kg of cocaine were discovered among bags of cocoa.",
     [("Narcotics Control Commission", "ORG", org("Narcotics Control Commission")),
      ("Port Police Station", "ORG", org("Port Police Station")),
      ("Customs Division", "ORG", org("Customs Division")),
      ("Tema", "LOC", loc("Tema", "GH")),
      ("140 kg", "QUANTITY", _kg(140)), ("cocaine", "SUBSTANCE", COCAINE)],
     "Tema", ["Port Police Station"], ["Customs Division"]),
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
    # a range opened by "From" is an opening adverbial like "On"
    ("Weekly results of the Police\n\nThe Samoa Police Service informs that from 15 to 21 "
     "June its units conducted operations in several villages.\n\n"
     "The main cases are the following:\n\n"
     "1. From 18 to 19 June, the Drug Squad, with the help of the village council, destroyed "
     "two fields of cannabis near Falealupo and seized 40 kg of dried cannabis.",
     [("Samoa Police Service", "ORG", org("Samoa Police Service")),
      ("from 15 to 21 June", "DATE", date_range("2026-06-15", "2026-06-21")),
      ("From 18 to 19 June", "DATE", date_range("2026-06-18", "2026-06-19")),
      ("Drug Squad", "ORG", org("Drug Squad")),
      ("Falealupo", "LOC", loc("Falealupo", "WS")), ("40 kg", "QUANTITY", _kg(40)),
      ("cannabis", "SUBSTANCE", CANNABIS)],
     "Falealupo", ["Drug Squad"], []),
]


@pytest.mark.parametrize(("text", "entities", "place", "organizers", "participants"),
                         RESULT_ACTOR_CASES)
def test_result_actors(nlp, rules, text: str, entities: list[Entity], place: str,
                       organizers: list[str], participants: list[str]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    result = next(e for e in events if (e["location"] or {}).get("text") == place)
    assert result["type"] == "seizure"
    assert [m["text"] for m in result["organizers"]] == organizers
    assert [m["text"] for m in result["participants"]] == participants


ONDA = (
    "PRESS RELEASE - OPERATION SILVER WAVE\n\n"
    "The Judicial Police, through its National Drug Unit, concluded Operation Silver Wave, "
    "which began in February. Two shipments of cocaine were intercepted.\n\n"
    "1. Nothing was found in the first phase of the checks.\n\n"
    "2. On the 2nd of this month, in a joint action with the Tax Authority, inspectors "
    "examined a container at the Port of Sines and found 1,246 kilograms of cocaine.\n\n"
    "3. With the support of the Navy and the Air Force, a sailing vessel was boarded on the "
    "10th west of Faial, and 2,100 kilograms of cocaine were found in the hull. The boarding "
    "was supported by two helicopters of the Coast Guard and by the Border Police."
)
ONDA_ENTITIES: list[Entity] = [
    ("Judicial Police", "ORG", org("Judicial Police")),
    ("National Drug Unit", "ORG", org("National Drug Unit")),
    ("Tax Authority", "ORG", org("Tax Authority")), ("Navy", "ORG", org("Navy")),
    ("Air Force", "ORG", org("Air Force")), ("Coast Guard", "ORG", org("Coast Guard")),
    ("Border Police", "ORG", org("Border Police")),
    ("Port of Sines", "LOC", loc("Port of Sines", "PT")), ("Faial", "LOC", loc("Faial", "PT")),
    ("1,246 kilograms", "QUANTITY", _kg(1246)), ("2,100 kilograms", "QUANTITY", _kg(2100)),
    ("cocaine", "SUBSTANCE", COCAINE),
]


def test_numbered_results_take_the_release_body_and_keep_their_helpers(nlp, rules) -> None:
    """Each result's helpers take part in that result only, not in the operation it belongs
    to (session 35: spent gold 29 such participants against 14)."""
    events = assemble_events(build_doc(nlp, ONDA, ONDA_ENTITIES), rules)
    operation_event = events[0]
    results = {e["location"]["text"]: e for e in events if e["part_of"] == operation_event["id"]}
    for place in ("Port of Sines", "Faial"):
        assert [m["text"] for m in results[place]["organizers"]] == ["National Drug Unit"]
    assert [m["text"] for m in results["Port of Sines"]["participants"]] == ["Tax Authority"]
    assert [m["text"] for m in results["Faial"]["participants"]] == [
        "Navy", "Air Force", "Coast Guard", "Border Police"]
    assert [m["text"] for m in operation_event["participants"]] == []


FIRST_PERSON_CASES: list[tuple[str, list[Entity], list[str]]] = [
    # (text, entities, expected organizers of the find and of the period's results)
    # the publisher's speaker tells its own officers' find beside the quarter's figures
    ("Press conference of the Drug Control Service on the results of the quarter\n\n"
     "HEAD OF THE SERVICE: In the first quarter we withdrew more than 1.7 tons of drugs "
     "from illicit circulation. The biggest single seizure was made on 12 March near "
     "Kara-Balta: in a truck loaded with onions our officers found 276 kg of hashish.",
     [("Drug Control Service", "ORG", org("Drug Control Service")),
      ("the first quarter", "DATE", date_range("2026-01-01", "2026-03-31")),
      ("12 March", "DATE", day("2026-03-12")),
      ("Kara-Balta", "LOC", loc("Kara-Balta", "KG")),
      ("1.7 tons", "QUANTITY", mass(1.7, 1700, "t", "more_than")),
      ("276 kg", "QUANTITY", _kg(276)), ("hashish", "SUBSTANCE", HASHISH)],
     ["Drug Control Service"]),
]


@pytest.mark.parametrize(("text", "entities", "organizers"), FIRST_PERSON_CASES)
def test_the_publishers_own_people_act_for_it(nlp, rules, text: str, entities: list[Entity],
                                              organizers: list[str]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    for event in events:
        assert [m["text"] for m in event["organizers"]] == organizers
