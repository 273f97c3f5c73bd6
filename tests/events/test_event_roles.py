"""Organizers, participants, observers and locations from role cue phrases (data)."""

from __future__ import annotations

import pytest
from event_docs import build_doc, country, date_range, loc, mass, org, substance

from pressparse.events import assemble_events

KZ, KG, TJ, UZ, IR, CN = (country("KZ", "Kazakhstan"), country("KG", "Kyrgyzstan"),
                          country("TJ", "Tajikistan"), country("UZ", "Uzbekistan"),
                          country("IR", "Iran"), country("CN", "China"))
CSTO = org("Collective Security Treaty Organization", "CSTO")
UNODC = org("United Nations Office on Drugs and Crime", "UNODC")

ROLE_CASES = [
    # (text, entities, role field, expected texts)
    ("Operation Silk Road ran from 3 to 20 May 2024 in four countries: Kazakhstan, Kyrgyzstan, "
     "Tajikistan and China. Police seized 40 kg of heroin.",
     [("Kazakhstan", "COUNTRY", KZ), ("Kyrgyzstan", "COUNTRY", KG),
      ("Tajikistan", "COUNTRY", TJ), ("China", "COUNTRY", CN)],
     "participants", ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "China"]),
    ("Kazakhstan, Kyrgyzstan and Tajikistan took part in the operation, while Iran and "
     "China joined it as observers.",
     [("Kazakhstan", "COUNTRY", KZ), ("Kyrgyzstan", "COUNTRY", KG),
      ("Tajikistan", "COUNTRY", TJ), ("Iran", "COUNTRY", IR), ("China", "COUNTRY", CN)],
     "participants", ["Kazakhstan", "Kyrgyzstan", "Tajikistan"]),
    ("Kazakhstan, Kyrgyzstan and Tajikistan took part in the operation, while Iran and "
     "China joined it as observers.",
     [("Kazakhstan", "COUNTRY", KZ), ("Kyrgyzstan", "COUNTRY", KG),
      ("Tajikistan", "COUNTRY", TJ), ("Iran", "COUNTRY", IR), ("China", "COUNTRY", CN)],
     "observers", ["Iran", "China"]),
    ("The competent bodies of several states took part in the operation as observers: "
     "Uzbekistan, Iran, China and UNODC.",
     [("Uzbekistan", "COUNTRY", UZ), ("Iran", "COUNTRY", IR), ("China", "COUNTRY", CN),
      ("UNODC", "ORG", UNODC)],
     "observers", ["Uzbekistan", "Iran", "China", "UNODC"]),
    ("The operation of the CSTO targeted synthetic drug laboratories.",
     [("CSTO", "ORG", CSTO)], "organizers", ["CSTO"]),
    ("The seminar was organized by UNODC with the participation of Kazakhstan and "
     "Uzbekistan.",
     [("UNODC", "ORG", UNODC), ("Kazakhstan", "COUNTRY", KZ), ("Uzbekistan", "COUNTRY", UZ)],
     "organizers", ["UNODC"]),
    # an announced or closing event: its subject holds it
    ("UNODC will hold a five-day training course for border officers of Kazakhstan from 9 to "
     "13 March in Almaty.",
     [("UNODC", "ORG", UNODC), ("Kazakhstan", "COUNTRY", KZ)], "organizers", ["UNODC"]),
    ("The Collective Security Treaty Organization closed its annual meeting of drug control "
     "chiefs today.",
     [("Collective Security Treaty Organization", "ORG", CSTO)], "organizers",
     ["Collective Security Treaty Organization"]),
    ("The seminar was organized by UNODC with the participation of Kazakhstan and "
     "Uzbekistan.",
     [("UNODC", "ORG", UNODC), ("Kazakhstan", "COUNTRY", KZ), ("Uzbekistan", "COUNTRY", UZ)],
     "participants", ["Kazakhstan", "Uzbekistan"]),
    ("Special units of Kazakhstan and Kyrgyzstan will practise hostage rescue during the "
     "exercise.",
     [("Kazakhstan", "COUNTRY", KZ), ("Kyrgyzstan", "COUNTRY", KG)],
     "participants", ["Kazakhstan", "Kyrgyzstan"]),
    ("The plenary meeting was held in Minsk. Members of the group – Kazakhstan, Kyrgyzstan "
     "and Tajikistan – adopted the evaluation report.",
     [("Kazakhstan", "COUNTRY", KZ), ("Kyrgyzstan", "COUNTRY", KG),
      ("Tajikistan", "COUNTRY", TJ)],
     "participants", ["Kazakhstan", "Kyrgyzstan", "Tajikistan"]),
    ("The joint operation was conducted from 3 to 9 May in the border areas of Kazakhstan "
     "and Uzbekistan.",
     [("Kazakhstan", "COUNTRY", KZ), ("Uzbekistan", "COUNTRY", UZ)],
     "participants", ["Kazakhstan", "Uzbekistan"]),
    ("The investigation was carried out with the support of police in Iran and China.",
     [("Iran", "COUNTRY", IR), ("China", "COUNTRY", CN)],
     "participants", ["Iran", "China"]),
    ("The minister held a meeting with the Ambassador of Uzbekistan. The parties discussed "
     "the participation of Iran as an observer in future operations.",
     [("Uzbekistan", "COUNTRY", UZ), ("Iran", "COUNTRY", IR)],
     "participants", ["Uzbekistan"]),
    ("The minister held a meeting with the Ambassador of Uzbekistan. The parties discussed "
     "the participation of Iran as an observer in future operations.",
     [("Uzbekistan", "COUNTRY", UZ), ("Iran", "COUNTRY", IR)],
     "observers", []),
    ("The case was investigated by the Drug Squad with the assistance of the County "
     "Sheriff's Office and the State Bureau of Investigation. Agents seized 4 kg of heroin.",
     [("Drug Squad", "ORG", org("Drug Squad")),
      ("County Sheriff's Office", "ORG", org("County Sheriff's Office")),
      ("State Bureau of Investigation", "ORG", org("State Bureau of Investigation"))],
     "participants", ["County Sheriff's Office", "State Bureau of Investigation"]),
    ("The Drug Squad dismantled a cocaine network. The Provincial Police and the City "
     "Police Service assisted in the investigation.",
     [("Drug Squad", "ORG", org("Drug Squad")),
      ("Provincial Police", "ORG", org("Provincial Police")),
      ("City Police Service", "ORG", org("City Police Service"))],
     "participants", ["Provincial Police", "City Police Service"]),
    ("The interdictions supported an operation of the Joint Task Force, with help from "
     "the Royal Navy. The crews seized 2 tonnes of cocaine.",
     [("Joint Task Force", "ORG", org("Joint Task Force")),
      ("Royal Navy", "ORG", org("Royal Navy"))],
     "participants", ["Royal Navy"]),
    # an inverted clause lists those taking part after its verb
    ("The regional operation ran from 3 to 16 May. Taking part were Kazakhstan, Kyrgyzstan "
     "and Tajikistan, and police seized 40 kg of heroin.",
     [("Kazakhstan", "COUNTRY", KZ), ("Kyrgyzstan", "COUNTRY", KG),
      ("Tajikistan", "COUNTRY", TJ)],
     "participants", ["Kazakhstan", "Kyrgyzstan", "Tajikistan"]),
    # a country's possessive names whose body hosts: the body organizes, not the country
    ("The review meeting was held in Dushanbe on 4 June, hosted by Tajikistan's Drug "
     "Control Agency.",
     [("Tajikistan", "COUNTRY", TJ), ("Drug Control Agency", "ORG", org("Drug Control Agency"))],
     "organizers", ["Drug Control Agency"]),
    ("Officers of Kyrgyzstan's Border Service stopped a truck and seized 40 kg of heroin on "
     "3 May.",
     [("Kyrgyzstan", "COUNTRY", KG), ("Border Service", "ORG", org("Border Service"))],
     "participants", []),
    # a joint right after the body an organizing verb names joins a second organizer
    ("The seminar on container profiling was organized by the UNODC Office in Almaty together "
     "with the Border Academy.",
     [("UNODC Office", "ORG", org("UNODC Office")), ("Almaty", "LOC", loc("Almaty", "KZ")),
      ("Border Academy", "ORG", org("Border Academy"))],
     "organizers", ["UNODC Office", "Border Academy"]),
    ("The course was organised by the Drugs Agency (DA) in collaboration with the Ports "
     "Authority for 30 officers.",
     [("Drugs Agency", "ORG", org("Drugs Agency")), ("DA", "ORG", org("Drugs Agency")),
      ("Ports Authority", "ORG", org("Ports Authority"))],
     "organizers", ["Drugs Agency", "Ports Authority"]),
    # ... not a body after the others the joint names first: it takes part
    ("The operation was organized by the Drugs Service together with the bodies named "
     "above, the Border Service and the Customs Service.",
     [("Drugs Service", "ORG", org("Drugs Service")),
      ("Border Service", "ORG", org("Border Service")),
      ("Customs Service", "ORG", org("Customs Service"))],
     "organizers", ["Drugs Service"]),
    # nor after a verb of help or of conduct: the joined body takes part
    ("The seminar was conducted by the Drugs Agency together with the Ports Authority.",
     [("Drugs Agency", "ORG", org("Drugs Agency")),
      ("Ports Authority", "ORG", org("Ports Authority"))],
     "participants", ["Ports Authority"]),
    # observed by the representatives of countries and bodies: observers
    ("The regional operation ran from 3 to 16 May. The operation was observed by "
     "representatives of Iran and China, as well as the UNODC.",
     [("Iran", "COUNTRY", IR), ("China", "COUNTRY", CN), ("UNODC", "ORG", UNODC)],
     "observers", ["Iran", "China", "UNODC"]),
    ("The regional operation ran from 3 to 16 May. The operation was observed by "
     "representatives of Iran and China, as well as the UNODC.",
     [("Iran", "COUNTRY", IR), ("China", "COUNTRY", CN), ("UNODC", "ORG", UNODC)],
     "participants", []),
    # a delegation's head names a party of the meeting, no organizer
    ("On 4 June the Minister of Internal Affairs received in Tashkent a delegation led by the "
     "deputy head of the Drug Control Agency of Tajikistan.",
     [("Drug Control Agency of Tajikistan", "ORG", org("Drug Control Agency of Tajikistan"))],
     "participants", ["Drug Control Agency of Tajikistan"]),
    ("On 4 June the Minister of Internal Affairs received in Tashkent a delegation led by the "
     "deputy head of the Drug Control Agency of Tajikistan.",
     [("Drug Control Agency of Tajikistan", "ORG", org("Drug Control Agency of Tajikistan"))],
     "organizers", []),
    # the head of X met with (a delegation of) Y: X hosts, Y takes part (guide "Events",
    # session 27; "met with" a host verb since session 32: d13, h14_02, h32_18)
    ("On 4 June, in Tashkent, the Chairman of the Customs Committee met with the delegation "
     "of the Revenue Service of Georgia.",
     [("Customs Committee", "ORG", org("Customs Committee")),
      ("Revenue Service of Georgia", "ORG", org("Revenue Service of Georgia"))],
     "participants", ["Revenue Service of Georgia"]),
    ("On 4 June, in Tashkent, the Chairman of the Customs Committee met with the delegation "
     "of the Revenue Service of Georgia.",
     [("Customs Committee", "ORG", org("Customs Committee")),
      ("Revenue Service of Georgia", "ORG", org("Revenue Service of Georgia"))],
     "organizers", ["Customs Committee"]),
    # a training's trainees drawn from bodies: the bodies take part
    ("A five-day course on container profiling ended at the port on Friday. It brought "
     "together 30 officers drawn from the Customs Division and the Port Authority.",
     [("Customs Division", "ORG", org("Customs Division")),
      ("Port Authority", "ORG", org("Port Authority"))],
     "participants", ["Customs Division", "Port Authority"]),
    # a meeting's parties named by a demonym before their delegations
    ("A regular meeting of the border commissioners took place on 4 June at the Tejen "
     "checkpoint. The Uzbek delegation was led by the commissioner of the Border Service, and "
     "the Kazakh delegation by the commissioner of the Turkestan region.",
     [("Uzbek", "NORP", {"iso2": "UZ", "name": "Uzbek", "country": "Uzbekistan"}),
      ("Border Service", "ORG", org("Border Service")),
      ("Kazakh", "NORP", {"iso2": "KZ", "name": "Kazakh", "country": "Kazakhstan"})],
     "participants", ["Uzbek", "Border Service", "Kazakh"]),
    # a joint event's coordinated subject of countries: parties that take part, none leads
    ("Kazakhstan and Kyrgyzstan held a joint border exercise near the Karkara crossing on "
     "2 June.",
     [("Kazakhstan", "COUNTRY", KZ), ("Kyrgyzstan", "COUNTRY", KG)],
     "participants", ["Kazakhstan", "Kyrgyzstan"]),
    ("Kazakhstan and Kyrgyzstan held a joint border exercise near the Karkara crossing on "
     "2 June.",
     [("Kazakhstan", "COUNTRY", KZ), ("Kyrgyzstan", "COUNTRY", KG)],
     "organizers", []),
    ("In May, customs officers of Kazakhstan and China carried out a joint exercise on the "
     "detection of drugs in cargo at the Khorgos checkpoint.",
     [("Kazakhstan", "COUNTRY", KZ), ("China", "COUNTRY", CN)],
     "participants", ["Kazakhstan", "China"]),
    ("On 22 April, Uzbekistan, Tajikistan and Kyrgyzstan have successfully completed a joint "
     "special operation in the Fergana Valley, seizing 80 kg of opium.",
     [("Uzbekistan", "COUNTRY", UZ), ("Tajikistan", "COUNTRY", TJ),
      ("Kyrgyzstan", "COUNTRY", KG)],
     "participants", ["Uzbekistan", "Tajikistan", "Kyrgyzstan"]),
    ("Kyrgyz and Tajik border guards conducted joint exercises on the border from 1 to 5 August.",
     [("Kyrgyz", "NORP", {"iso2": "KG", "name": "Kyrgyz", "country": "Kyrgyzstan"}),
      ("Tajik", "NORP", {"iso2": "TJ", "name": "Tajik", "country": "Tajikistan"})],
     "participants", ["Kyrgyz", "Tajik"]),
    ("The interior ministers of Kazakhstan and Uzbekistan met in Tashkent on 18 June to "
     "discuss drug trafficking.",
     [("Kazakhstan", "COUNTRY", KZ), ("Uzbekistan", "COUNTRY", UZ)],
     "participants", ["Kazakhstan", "Uzbekistan"]),
    # one body named as the subject: it leads, the country after "with" takes part
    ("The Border Service held a joint exercise with Kyrgyzstan and Tajikistan on 4 June.",
     [("Border Service", "ORG", org("Border Service")), ("Kyrgyzstan", "COUNTRY", KG),
      ("Tajikistan", "COUNTRY", TJ)],
     "organizers", ["Border Service"]),
    # a list whose elements each carry a bracketed figure is one list: the countries whose
    # forces seized, and those taking part
    ('The joint operation "Kanal" was conducted from 14 to 25 September. The largest amounts '
     "were seized by the police of Kazakhstan (1.9 tons), Uzbekistan (640 kg) and Kyrgyzstan "
     "(430 kg).",
     [("Kazakhstan", "COUNTRY", KZ), ("Uzbekistan", "COUNTRY", UZ), ("Kyrgyzstan", "COUNTRY", KG)],
     "organizers", ["Kazakhstan", "Uzbekistan", "Kyrgyzstan"]),
    ('The operation "Kanal" was held from 14 to 25 September with the participation of the '
     "police of Kazakhstan (120 officers), Uzbekistan (80 officers) and Kyrgyzstan (40).",
     [("Kazakhstan", "COUNTRY", KZ), ("Uzbekistan", "COUNTRY", UZ), ("Kyrgyzstan", "COUNTRY", KG)],
     "participants", ["Kazakhstan", "Uzbekistan", "Kyrgyzstan"]),
    # the body a joint operation was held with, named before the seizure word, helps: it
    # does not act
    ("Police in Bishkek, in a joint operation with the State Committee for National Security, "
     "seized 12 kg of hashish on 30 January.",
     [("State Committee for National Security", "ORG",
       org("State Committee for National Security"))],
     "organizers", []),
    ("Police in Bishkek, in a joint operation with the State Committee for National Security, "
     "seized 12 kg of hashish on 30 January.",
     [("State Committee for National Security", "ORG",
       org("State Committee for National Security"))],
     "participants", ["State Committee for National Security"]),
    # a period's figures by country are a breakdown of the total: no parties
    ("In 2025, the customs services of the Union seized 9.6 tons of hashish. The largest "
     "volumes were seized by customs officers of Kazakhstan (7 412 kg), Uzbekistan (1 186 kg) "
     "and Kyrgyzstan (604 kg).",
     [("2025", "DATE", date_range("2025-01-01", "2025-12-31", "year")),
      ("9.6 tons", "QUANTITY", mass(9.6, 9600, "t")),
      ("hashish", "SUBSTANCE", substance("hashish")),
      ("Kazakhstan", "COUNTRY", KZ), ("Uzbekistan", "COUNTRY", UZ), ("Kyrgyzstan", "COUNTRY", KG)],
     "participants", []),
    # a unit "reinforced by" another: the other helps, the unit acts
    ("From 12 to 15 May, the elements of the Ihosy Company, reinforced by a detachment of the "
     "Intervention Group, have conducted an operation of eradication in the district.",
     [("Ihosy Company", "ORG", org("Ihosy Company")),
      ("Intervention Group", "ORG", org("Intervention Group"))],
     "organizers", ["Ihosy Company"]),
    ("From 12 to 15 May, the elements of the Ihosy Company, reinforced by a detachment of the "
     "Intervention Group, have conducted an operation of eradication in the district.",
     [("Ihosy Company", "ORG", org("Ihosy Company")),
      ("Intervention Group", "ORG", org("Intervention Group"))],
     "participants", ["Intervention Group"]),
    # a body with its people after the help cue's body and a comma opens the main clause
    ("In a joint action with the Border Police, SIPA officers on 21 October found 2 kg of "
     "heroin in the suitcase of a passenger at the airport.",
     [("Border Police", "ORG", org("Border Police")), ("SIPA", "ORG", org("SIPA")),
      ("2 kg", "QUANTITY", mass(2, 2, "kg")), ("heroin", "SUBSTANCE", substance("heroin"))],
     "organizers", ["SIPA"]),
    ("In a joint action with the Border Police, SIPA officers on 21 October found 2 kg of "
     "heroin in the suitcase of a passenger at the airport.",
     [("Border Police", "ORG", org("Border Police")), ("SIPA", "ORG", org("SIPA")),
      ("2 kg", "QUANTITY", mass(2, 2, "kg")), ("heroin", "SUBSTANCE", substance("heroin"))],
     "participants", ["Border Police"]),
    # an organizing verb's body joined by "in partnership with": both organize
    ("A three-day workshop organised by the Drug Agency in partnership with the ECOWAS "
     "Commission and UNODC ended on Thursday in Freetown.",
     [("Drug Agency", "ORG", org("Drug Agency")),
      ("ECOWAS Commission", "ORG", org("ECOWAS Commission")), ("UNODC", "ORG", UNODC)],
     "organizers", ["Drug Agency", "ECOWAS Commission", "UNODC"]),
    # the speaker's body hosts the gathering it announces; the counterparts take part
    ("The Drug Enforcement Agency briefed the press on Monday. The Director said: next week we "
     "will host a meeting in Monrovia with our counterparts from the Drug Law Enforcement "
     "Agency of Sierra Leone.",
     [("Drug Enforcement Agency", "ORG", org("Drug Enforcement Agency")),
      ("Drug Law Enforcement Agency of Sierra Leone", "ORG",
       org("Drug Law Enforcement Agency of Sierra Leone"))],
     "participants", ["Drug Law Enforcement Agency of Sierra Leone"]),
]


@pytest.mark.parametrize(("text", "entities", "field", "expected"), ROLE_CASES)
def test_roles(nlp, rules, text: str, entities, field: str, expected: list[str]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [ref["text"] for ref in events[0][field]] == expected


LOCATION_CASES = [
    # (text, entities, expected location text)
    # a river or a road the find was made on
    ("The Narcotics Brigade seized 86 kg of cocaine from a boat on the Corantijn River, not "
     "far from Nieuw Nickerie, on 19 August.",
     [("Narcotics Brigade", "ORG", org("Narcotics Brigade")),
      ("86 kg", "QUANTITY", mass(86, 86, "kg")), ("cocaine", "SUBSTANCE", substance("cocaine")),
      ("Corantijn River", "LOC", loc("Corantijn River", "SR")),
      ("Nieuw Nickerie", "LOC", loc("Nieuw Nickerie", "SR"))],
     "Corantijn River"),
    ("From 25 to 27 June, Kazakhstan hosted the staff talks of the joint exercise.",
     [("Kazakhstan", "COUNTRY", KZ), ("25 to 27 June", "DATE",
                                      date_range("2025-06-25", "2025-06-27"))],
     "Kazakhstan"),
    ("The operation was coordinated from Almaty by the regional centre.",
     [("Almaty", "LOC", loc("Almaty", "KZ"))], "Almaty"),
    # the room or office it was coordinated from, then the city that office sits in
    ("The operation was coordinated from the Executive Secretariat of the Regional Police "
     "Community in Bogota with the support of the European Union.",
     [("Regional Police Community", "ORG", org("Regional Police Community")),
      ("Bogota", "LOC", loc("Bogota", "CO"))], "Bogota"),
    ("The operation was coordinated from an operational coordination unit hosted at the "
     "General Secretariat in Lyon, France.",
     [("General Secretariat", "ORG", org("General Secretariat")),
      ("Lyon", "LOC", loc("Lyon", "FR")), ("France", "COUNTRY", country("FR", "France"))],
     "Lyon"),
    ("The coordination headquarters of the operation was deployed at the regional centre "
     "(Alma-Ata, Kazakhstan).",
     [("Alma-Ata", "LOC", loc("Almaty", "KZ")), ("Kazakhstan", "COUNTRY", KZ)], "Alma-Ata"),
    ("The meeting was held in Dushanbe. The drugs had been destined for buyers in Russia.",
     [("Dushanbe", "LOC", loc("Dushanbe", "TJ")),
      ("Russia", "COUNTRY", country("RU", "Russia"))], "Dushanbe"),
    ("ALMATY, March 4 (Kazinform) -- Border guards seized 12 kg of heroin in a truck.",
     [("ALMATY", "LOC", loc("Almaty", "KZ"))], "ALMATY"),
    ("The exercise will take place at a training ground near Chirchik next week.",
     [("Chirchik", "LOC", loc("Chirchik", "UZ"))], "Chirchik"),
    # a seizure's place: the first place of an address, a facility over its region
    ("Federal police seized 1.2 tonnes of cocaine in Rio Brilhante, Mato Grosso do Sul.",
     [("Rio Brilhante", "LOC", loc("Rio Brilhante", "BR")),
      ("Mato Grosso do Sul", "LOC", loc("Mato Grosso do Sul", "BR"))], "Rio Brilhante"),
    ("In Michoacan, marines seized 1.2 tonnes of cocaine in a container at the Port of "
     "Lazaro Cardenas.",
     [("Michoacan", "LOC", loc("Michoacan", "MX")),
      ("Port of Lazaro Cardenas", "LOC", loc("Port of Lazaro Cardenas", "MX"))],
     "Port of Lazaro Cardenas"),
    # a cue running into the place's name ("at the port of" + "Port of Auckland") gives way
    # to the shorter cue "at the"
    ("Customs officers found 96 kg of methamphetamine hidden in a shipping container at the "
     "Port of Auckland.",
     [("Port of Auckland", "LOC", loc("Port of Auckland", "NZ"))], "Port of Auckland"),
    ("Border officers found 30 kg of cocaine in a truck at the Port of Dover on Monday.",
     [("Port of Dover", "LOC", loc("Port of Dover", "GB"))], "Port of Dover"),
    # "police in" (a participant cue) does not hide the place cue "in" inside it
    ("RABAT - Officers of the judicial police in Tangier on Saturday seized 4 tonnes of "
     "chira, the national police said.",
     [("RABAT", "LOC", loc("Rabat", "MA")), ("Tangier", "LOC", loc("Tangier", "MA")),
      ("4 tonnes", "QUANTITY", mass(4, 4000, "t")),
      ("chira", "SUBSTANCE", substance("hashish", "cannabis"))],
     "Tangier"),
    # a bearing from a place ("12 nautical miles south of Black River") places a seizure
    ("The coast guard intercepted a go-fast boat about 12 nautical miles south of Black River "
     "and seized 620 kg of ganja.",
     [("Black River", "LOC", loc("Black River", "JM"))], "Black River"),
    # "in the municipality of <town>" names the place over a region in the headline
    ("Police seize 1.6 tonnes of marijuana in Mato Grosso do Sul\nFederal police seized 1.6 "
     "tonnes of marijuana in a truck in the municipality of Rio Brilhante on Sunday.",
     [("Mato Grosso do Sul", "LOC", loc("Mato Grosso do Sul", "BR")),
      ("Rio Brilhante", "LOC", loc("Rio Brilhante", "BR"))], "Rio Brilhante"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), LOCATION_CASES)
def test_location(nlp, rules, text: str, entities, expected: str) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert events[0]["location"]["text"] == expected


OPERATION_PLACE_CASES = [
    # (text, place names, expected location of the operation or None)
    ("In the operation, police arrested 37 suspects; two leaders were detained in Marbella.",
     ["Marbella"], None),
    ("The operation was carried out in Algeciras, La Linea and San Roque.",
     ["Algeciras", "La Linea", "San Roque"], None),
    ("The operation was carried out in Osh by the regional police.", ["Osh"], "Osh"),
    # one town and no other place: a bare "in" places the operation; not a county it covers
    ("In the operation, officers searched 12 homes in Nerja and arrested nine suspects.",
     ["Nerja"], "Nerja"),
    ("In the operation, officers searched 12 homes in Maricopa County and arrested nine "
     "suspects.", ["Maricopa County"], None),
    # "on the" places an event on water or on a two-country border (a place of no
    # country), not on a road it names
    ("The operation was carried out by border guards on the Danube River over three nights.",
     ["Danube River"], "Danube River"),
    ("The operation was carried out by border guards on the Belarus-Ukraine border.",
     [("Belarus-Ukraine border", None)], "Belarus-Ukraine border"),
    # a body's seat places nothing ("the Task Force, based in Key West, tracks vessels")
    ("The operation was supported by the Joint Task Force, based in Key West, which tracks "
     "suspect vessels.", ["Key West"], None),
]


@pytest.mark.parametrize(("text", "places", "expected"), OPERATION_PLACE_CASES)
def test_operation_location_needs_a_venue_cue(
        nlp, rules, text: str, places: list[str | tuple[str, str | None]],
        expected: str | None) -> None:
    # a bare name is a Spanish place; a (name, country) pair gives its own country
    entities = [(p, "LOC", loc(p, "ES")) if isinstance(p, str) else (p[0], "LOC", loc(*p))
                for p in places]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    location = events[0]["location"]
    assert events[0]["type"] == "operation"
    assert (location["text"] if location else None) == expected


def test_news_agency_is_never_a_role(nlp, rules) -> None:
    text = ("The Secretary General of the CSTO told a BELTA correspondent about the "
            "operation results.")
    doc = build_doc(nlp, text, [("CSTO", "ORG", CSTO),
                                ("BELTA", "ORG", org("Belarusian Telegraph Agency", "BELTA"))])
    events = assemble_events(doc, rules)
    refs = [r["text"] for e in events for f in ("organizers", "participants", "observers")
            for r in e[f]]
    assert "BELTA" not in refs


def test_statement_is_attributed_to_the_speakers_body(nlp, rules) -> None:
    text = ("The head of the Drug Control Agency told reporters that heroin flows from the "
            "south had declined, according to TASS.")
    doc = build_doc(nlp, text, [
        ("Drug Control Agency", "ORG", org("Drug Control Agency", None)),
        ("TASS", "ORG", org("TASS Russian News Agency", "TASS")),
    ])
    events = assemble_events(doc, rules)
    assert [(e["type"], [r["text"] for r in e["organizers"]]) for e in events] == [
        ("statement", ["Drug Control Agency"])]


_JOINT_LEAD = "Police report the results of a joint operation\n\nDuring the operation, police "
_JOINT_FINDS = [("Almaty", "LOC", loc("Almaty", "KZ")), ("Osh", "LOC", loc("Osh", "KG")),
                ("Customs Service", "ORG", org("Customs Service")),
                ("100 kg", "QUANTITY", mass(100.0, 100.0, "kg")),
                ("heroin", "SUBSTANCE", substance("heroin")),
                ("40 kg", "QUANTITY", mass(40.0, 40.0, "kg")),
                ("hashish", "SUBSTANCE", substance("hashish"))]
LOCAL_ORGANIZER_CASES = [
    # (text, entities, expected organizers of the local result): the subject before an
    # inserted clause acts, not the body inside the clause
    (_JOINT_LEAD + "seized 100 kg of heroin in Almaty. Five suspects were detained.\n\nIn Osh, "
     "the Customs Service, in a joint investigation with the State Police, found 40 kg of "
     "hashish.",
     [*_JOINT_FINDS, ("State Police", "ORG", org("State Police"))], ["Customs Service"]),
    # the body that stopped the vehicle the drugs were found in
    (_JOINT_LEAD + "seized 100 kg of heroin in Almaty. Five suspects were detained.\n\nIn Osh, "
     "teams of the Customs Service stopped a lorry on 22 October and found 40 kg of hashish "
     "in its fuel tank.",
     _JOINT_FINDS, ["Customs Service"]),
    # a body's personnel named by their trade ("customs inspectors of the X") found it: the
    # body organizes the find, also when the lead names it as the operation's helper
    (_JOINT_LEAD + "working jointly with the Customs Service seized 100 kg of heroin in Almaty. "
     "Five suspects were detained.\n\nIn Osh, customs inspectors of the Customs Service were "
     "checking a passenger train from Kashgar on 22 October and found 40 kg of hashish "
     "under the seats.",
     _JOINT_FINDS, ["Customs Service"]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), LOCAL_ORGANIZER_CASES)
def test_acting_body_organizes_a_local_result(nlp, rules, text: str, entities,
                                              expected: list[str]) -> None:
    local = assemble_events(build_doc(nlp, text, entities), rules)[-1]
    assert [r["text"] for r in local["organizers"]] == expected


def test_acting_body_of_a_seizure_is_its_organizer(nlp, rules) -> None:
    text = "Officers of the State Border Service found 40 kg of hashish in a lorry."
    doc = build_doc(nlp, text, [("State Border Service", "ORG", org("State Border Service"))])
    events = assemble_events(doc, rules)
    assert [r["text"] for r in events[0]["organizers"]] == ["State Border Service"]


def test_demonyms_act_in_local_results_only_with_a_force_noun(nlp, rules) -> None:
    text = ("The CSTO operation \"Steppe Net\" was held in May. It targeted couriers. "
            "Six states took part.\n\n"
            "In the second stage, Kyrgyz police, in cooperation with Tajik colleagues, seized "
            "40 kg of hashish in Osh from a Nigerian courier.")
    nigerian = {"iso2": "NG", "name": "Nigerian", "country": "Nigeria"}
    doc = build_doc(nlp, text, [
        ("CSTO", "ORG", CSTO), ("Steppe Net", "OPERATION", {"name": "Steppe Net"}),
        ("Kyrgyz", "NORP", {"iso2": "KG", "name": "Kyrgyz", "country": "Kyrgyzstan"}),
        ("Tajik", "NORP", {"iso2": "TJ", "name": "Tajik", "country": "Tajikistan"}),
        ("Nigerian", "NORP", nigerian), ("Osh", "LOC", loc("Osh", "KG")),
        ("40 kg", "QUANTITY", {"value": 40, "low": None, "high": None, "unit": "kg",
                               "kind": "mass", "kg": 40, "qualifier": "exact",
                               "what": "hashish"})])
    events = assemble_events(doc, rules)
    local = [e for e in events if e["part_of"]]
    assert sorted(r["text"] for r in local[0]["participants"]) == ["Kyrgyz", "Tajik"]


SEIZING_BODY_CASES = [
    # (text, entities, expected organizers): the body that seizes conducts a seizure
    ("The Anti-Drug Unit intercepted a van carrying 85 kg of hashish near the border.",
     [("Anti-Drug Unit", "ORG", org("Anti-Drug Unit"))], ["Anti-Drug Unit"]),
    ("Coast Guard crews recovered 2 tonnes of cocaine from a fishing boat.",
     [("Coast Guard", "ORG", org("Coast Guard"))], ["Coast Guard"]),
    ("Members of the Harbour Task Force searched a warehouse and found 300 kg of opium.",
     [("Harbour Task Force", "ORG", org("Harbour Task Force"))], ["Harbour Task Force"]),
    # an inserted clause: its body only tipped off the one that seized
    ("The Customs Service, using a tip from the Regional Centre, intercepted 9 tonnes of "
     "acetic anhydride.",
     [("Customs Service", "ORG", org("Customs Service")),
      ("Regional Centre", "ORG", org("Regional Centre"))], ["Customs Service"]),
    # the body leading the case after the find leads no part of it
    ("The Judicial Police seized 300 kg of cocaine in a container on 3 May. The investigation "
     "is led by the Public Prosecutor's Office.",
     [("Judicial Police", "ORG", org("Judicial Police")),
      ("Public Prosecutor's Office", "ORG", org("Public Prosecutor's Office"))],
     ["Judicial Police"]),
    ("Officers of the Customs Service found 300 kg of cocaine in a container on 3 May. The "
     "pre-trial investigation is being carried out by the Criminal Directorate.",
     [("Customs Service", "ORG", org("Customs Service")),
      ("Criminal Directorate", "ORG", org("Criminal Directorate"))], ["Customs Service"]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), SEIZING_BODY_CASES)
def test_seizing_body_organizes_the_seizure(nlp, rules, text: str, entities,
                                            expected: list[str]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [r["text"] for r in events[0]["organizers"]] == expected


def test_operation_is_not_placed_at_its_dateline(nlp, rules) -> None:
    text = ("GENEVA, 3 May -- A joint operation coordinated by the Bureau targeted "
            "cocaine trafficking across several continents.")
    doc = build_doc(nlp, text, [("GENEVA", "LOC", loc("Geneva", "CH")),
                                ("Bureau", "ORG", org("Bureau"))])
    events = assemble_events(doc, rules)
    assert events[0]["type"] == "operation"
    assert events[0]["location"] is None


FINER_PLACE_CASES = [
    # (text, entities, expected location): a region gives way to the place its event names
    ("Police seized 6 kg of hashish in Sughd region, Isfara district, on Monday.",
     [("Sughd region", "LOC", loc("Sughd region", "TJ")),
      ("Isfara district", "LOC", loc("Isfara district", "TJ"))], "Isfara district"),
    ("Border guards seized 900 kg of opium in Kerman province near the town of Bam.",
     [("Kerman province", "LOC", loc("Kerman province", "IR")),
      ("Bam", "LOC", loc("Bam", "IR"))], "Bam"),
    # a place of another country, or a route's end, is no finer place of the region
    ("Police seized 30 kg of heroin bound for Moscow in Osh region.",
     [("Osh region", "LOC", loc("Osh region", "KG")),
      ("Moscow", "LOC", loc("Moscow", "RU"))], "Osh region"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FINER_PLACE_CASES)
def test_region_gives_way_to_a_finer_place(nlp, rules, text: str, entities,
                                           expected: str) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert events[0]["location"]["text"] == expected


_ROW_COUNTRIES = [("Spain", "ES"), ("Netherlands", "NL"), ("France", "FR"), ("Italy", "IT")]
RESULT_ROW_CASES = [
    # (text, countries expected to take part)
    ("Police in several countries carried out a joint operation against a cocaine "
     "network.\nResults by country:\n- Spain: 15 arrests;\n- the Netherlands: 12 "
     "arrests;\n- France and Italy: 11 arrests in total.\n",
     ["Spain", "Netherlands", "France", "Italy"]),
    # a table of figures by country, its cells split by dashes or bars, no bullets
    ("Police in several countries carried out a joint operation against a cocaine "
     "network.\nArrests and main seizures by country:\nSpain – 15 – 2 300 kg cocaine\n"
     "Netherlands – 12 – 840 kg cocaine\nFrance – 9 – 95 kg cocaine\n",
     ["Spain", "Netherlands", "France"]),
    ("Police in several countries carried out a joint operation against a cocaine "
     "network.\nCountry | Arrests | Cocaine (kg)\nSpain | 15 | 2 300\nItaly | 7 | 410\n",
     ["Spain", "Italy"]),
    # one line heading a figure is no table; a country named in prose takes no part
    ("Police in several countries carried out a joint operation against a cocaine "
     "network.\nSpain – 15 arrests were made in Madrid.\nThe cocaine came from France and "
     "Italy.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), RESULT_ROW_CASES)
def test_countries_heading_result_rows_take_part(nlp, rules, text: str,
                                                 expected: list[str]) -> None:
    countries = [(name, "COUNTRY", country(iso, name)) for name, iso in _ROW_COUNTRIES
                 if name in text]
    events = assemble_events(build_doc(nlp, text, countries), rules)
    assert [r["text"] for r in events[0]["participants"]] == expected


NOT_ACTOR_CASES = [
    # (text, ORG surfaces, the ORG that must have no role)
    ("MOMBASA, Nov 4 (KNA) - Anti-narcotics officers of the Coast Guard Service seized "
     "120 kg of heroin from a dhow.", ["KNA", "Coast Guard Service"], "KNA"),
    # a dateline's medium in brackets before the dateline's dash, after a place closed by a
    # full stop
    ("KYZYL. Oct 9 (Tuva Media) - More than 120 kg of heroin were seized from a boat on "
     "the river, the Coast Guard Service said.", ["Tuva Media", "Coast Guard Service"],
     "Tuva Media"),
    # a known medium's regional service, wherever it is named
    ("Interfax-Ukraine news terminal\n\nMore than 120 kg of heroin were seized from a boat "
     "on the river, the Coast Guard Service said.",
     ["Interfax-Ukraine", "Coast Guard Service"], "Interfax-Ukraine"),
    ("Customs officers seized 40 kg of heroin at the port; two men were arrested and will "
     "appear at the Shanzu Law Courts on Wednesday.", ["Shanzu Law Courts"],
     "Shanzu Law Courts"),
    # a news site named by its domain, and an outlet's newsroom in a byline
    ("SHYMKENT, May 4. STEPPE.KZ - Officers of the Coast Guard Service seized 120 kg of "
     "heroin from a boat.", ["STEPPE.KZ", "Coast Guard Service"], "STEPPE.KZ"),
    ("By the El Pueblo newsroom\nOfficers of the Coast Guard Service seized 120 kg of heroin "
     "from a boat.", ["El Pueblo", "Coast Guard Service"], "El Pueblo"),
]


@pytest.mark.parametrize(("text", "surfaces", "silent"), NOT_ACTOR_CASES)
def test_media_and_courts_take_no_role_in_a_seizure(nlp, rules, text: str,
                                                    surfaces: list[str], silent: str) -> None:
    doc = build_doc(nlp, text, [(name, "ORG", org(name)) for name in surfaces])
    events = assemble_events(doc, rules)
    refs = [r["text"] for e in events for f in ("organizers", "participants", "observers")
            for r in e[f]]
    assert events and silent not in refs


def test_a_demonym_force_that_acts_organizes(nlp, rules) -> None:
    text = ("Iranian police have seized more than 3.2 tons of illicit drugs in the southeast "
            "over the past week.")
    doc = build_doc(nlp, text, [
        ("Iranian", "NORP", {"iso2": "IR", "name": "Iranian", "country": "Iran"}),
        ("more than 3.2 tons", "QUANTITY", {"value": 3.2, "low": None, "high": None,
                                            "unit": "t", "kind": "mass", "kg": 3200,
                                            "qualifier": "more_than", "what": "drugs"})])
    events = assemble_events(doc, rules)
    assert [r["text"] for r in events[0]["organizers"]] == ["Iranian"]


@pytest.mark.parametrize("phrase", ["with information from", "acting on information from",
                                    "on intelligence from", "following a tip-off from",
                                    "acting on information received from"])
def test_a_body_that_gave_information_takes_part(nlp, rules, phrase: str) -> None:
    text = (f"Officers of the Customs Service, {phrase} the Regional Centre, seized 40 kg of "
            "heroin.")
    doc = build_doc(nlp, text, [("Customs Service", "ORG", org("Customs Service")),
                                ("Regional Centre", "ORG", org("Regional Centre"))])
    events = assemble_events(doc, rules)
    assert [r["text"] for r in events[0]["organizers"]] == ["Customs Service"]
    assert [r["text"] for r in events[0]["participants"]] == ["Regional Centre"]


SUMMARY_PLACE_CASES = [
    # (text, entities, expected location of the first event): a period's results take no
    # dateline city; a seizure of one day still does
    ("BAKU, 5 March -- Between January and June, border guards seized 1.2 tonnes of heroin, "
     "the service said.",
     [("BAKU", "LOC", loc("Baku", "AZ")),
      ("Between January and June", "DATE", date_range("2024-01-01", "2024-06-30")),
      ("1.2 tonnes", "QUANTITY", mass(1.2, 1200.0, "t")),
      ("heroin", "SUBSTANCE", substance("heroin"))], None),
    ("BAKU, 5 March -- On 3 March, border guards seized 1.2 tonnes of heroin, the service "
     "said.",
     [("BAKU", "LOC", loc("Baku", "AZ")),
      ("On 3 March", "DATE", date_range("2024-03-03", "2024-03-03")),
      ("1.2 tonnes", "QUANTITY", mass(1.2, 1200.0, "t")),
      ("heroin", "SUBSTANCE", substance("heroin"))], "BAKU"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), SUMMARY_PLACE_CASES)
def test_period_results_take_no_dateline_place(nlp, rules, text: str, entities,
                                               expected: str | None) -> None:
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert (event["location"] or {}).get("text") == expected


NCB = org("Narcotics Control Bureau", "NCB")
ZONAL_UNIT = {"name": "Bhubaneswar Zonal Unit of the Narcotics Control Bureau", "acronym": None,
              "id": None}
UNIT_CASES = [
    # (text, entities, expected organizers): the acting unit the event's sentences name
    # organizes, not its parent named in the lead
    ("Acting on intelligence, the Narcotics Control Bureau has dismantled a ganja syndicate. "
     "On 3 November, a team of the Bhubaneswar Zonal Unit intercepted a truck near Koraput.",
     [("Narcotics Control Bureau", "ORG", NCB),
      ("Bhubaneswar Zonal Unit", "ORG", ZONAL_UNIT)], ["Bhubaneswar Zonal Unit"]),
    # a unit of another body is no unit of the organizer
    ("Acting on intelligence, the Narcotics Control Bureau has dismantled a ganja syndicate. "
     "On 3 November, a team of the Odisha Zonal Unit intercepted a truck near Koraput.",
     [("Narcotics Control Bureau", "ORG", NCB),
      ("Odisha Zonal Unit", "ORG", {"name": "Odisha Zonal Unit of the Customs Department",
                                    "acronym": None, "id": None})],
     ["Narcotics Control Bureau"]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), UNIT_CASES)
def test_acting_unit_organizes_not_its_parent(nlp, rules, text: str, entities,
                                             expected: list[str]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [r["text"] for r in events[0]["organizers"]] == expected


LOCAL_PLACE_CASES = [
    # (paragraph of a local result, its places, expected location of the local result)
    ("In Osh, border guards found 40 kg of hashish in a lorry.", ["Osh"], "Osh"),
    # a list of places is no one place
    ("Follow-up searches in Osh and Batken led to the seizure of 40 kg of hashish.",
     ["Osh", "Batken"], None),
]


@pytest.mark.parametrize(("paragraph", "places", "expected"), LOCAL_PLACE_CASES)
def test_local_result_place_is_one_place(nlp, rules, paragraph: str, places: list[str],
                                         expected: str | None) -> None:
    text = ("Police report the results of a joint operation\n\nDuring the operation, police "
            "seized 100 kg of heroin in Almaty. Five suspects were detained.\n\n" + paragraph)
    entities = [("Almaty", "LOC", loc("Almaty", "KZ")),
                ("100 kg", "QUANTITY", mass(100.0, 100.0, "kg")),
                ("heroin", "SUBSTANCE", substance("heroin")),
                ("40 kg", "QUANTITY", mass(40.0, 40.0, "kg")),
                ("hashish", "SUBSTANCE", substance("hashish"))]
    entities += [(place, "LOC", loc(place, "KG")) for place in places]
    local = assemble_events(build_doc(nlp, text, entities), rules)[-1]
    assert (local["location"] or {}).get("text") == expected
