"""The category of an event count from its event and its clause: vehicles, boats and aircraft
of an exercise or training are its units of equipment (seized ones stay vehicles); people
counted with a group they belong to, or with an aside between commas, take the category
the rest of their clause says ("were detained", "have been brought to criminal liability",
"were charged": arrests)."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, counted value, expected category)
CASES: list[tuple[str, str, float, str]] = [
    # border service exercise: vehicles and drones taking part are equipment
    ("Border guards hold a joint exercise at the checkpoint\n\n"
     "On 18 November 2025, border guards held a joint exercise at the Tashanta checkpoint "
     "to practise stopping armed smugglers. About 60 servicemen, 11 vehicles and a "
     "helicopter took part in the exercise.",
     "2025-11-20", 11, "equipment"),
    # navy drill: patrol boats of the exercise
    ("Navies of three countries train together in the strait\n\n"
     "The coordinated patrol exercise was held from 9 to 11 June 2026 in the strait, "
     "involving 14 patrol boats and 600 sailors.",
     "2026-06-12", 14, "equipment"),
    # a counting word: "units of" counts the things its phrase names (weapons), and
    # "units of equipment" of an exercise stay equipment
    ("Police seize weapons and heroin in a raid near Osh\n\n"
     "On 14 September 2025, officers of the Osh police searched a house in the village of "
     "Kara-Suu and seized 4 kg of heroin and 9 units of firearms with ammunition.",
     "2025-09-16", 9, "weapons"),
    ("Border guards hold a joint exercise near Khorog\n\n"
     "On 2 October 2025, border guards held a tactical exercise near Khorog; 150 "
     "servicemen and 23 units of military and special equipment were involved.",
     "2025-10-04", 23, "equipment"),
    ("CSTO forces practise an operation in the mountains\n\n"
     "From 3 to 7 September 2025, the joint exercise of the collective forces was held at "
     "the Edelweiss training ground; more than 400 units of weapons and military equipment "
     "and 2,500 servicemen were involved.",
     "2025-09-08", 400, "equipment"),
    # a find: the vehicles seized stay vehicles
    ("Police seize cocaine hidden in two cars\n\n"
     "On 3 May 2025, police officers stopped two cars on the highway near Tirana and seized "
     "40 kg of cocaine. Officers seized the 2 vehicles and arrested the drivers.",
     "2025-05-05", 2, "vehicles"),
    # ministry of internal affairs: members of a group, an aside, then the arrest
    ("Police dismantle a mephedrone laboratory\n\n"
     "On 8 July 2025, police officers found a laboratory in a house near Kaluga and seized "
     "112 kg of mephedrone. Three participants of the group, including the chemist, have "
     "been detained.",
     "2025-07-10", 3, "arrests"),
    # officers brought to criminal liability, people charged: arrests (not personnel)
    ("Police officer jailed for running a drug laboratory\n\n"
     "On 30 September 2026, the court sentenced a former police officer to 12 years for "
     "running a mephedrone laboratory. Since the beginning of 2026, 47 law enforcement "
     "officers have been brought to criminal liability for corruption offences.",
     "2026-10-02", 47, "arrests"),
    ("Police seize heroin at the bus station\n\n"
     "On 5 May 2025, police officers seized 3 kg of heroin at the central bus station. Two "
     "men were charged with drug trafficking.",
     "2025-05-07", 2, "arrests"),
    # an age aside between the counted people and their arrest
    ("Customs find heroin in a truck\n\n"
     "On 2 March 2025, customs officers at the border post found 20 kg of heroin in a truck. "
     "Two residents of Osh, aged 31 and 38, were detained at the scene.",
     "2025-03-04", 2, "arrests"),
    # a residence aside between the counted people (a noun of no category) and their arrest
    ("Police close a laboratory in a rented house\n\n"
     "On 11 January 2026, officers found 30 kg of mephedrone in a rented house near Gomel. "
     "Three \"chemists\", residents of Mozyr, were detained on the spot.",
     "2026-01-13", 3, "arrests"),
    # a pistol's magazines seized with the guns are ammunition
    ("Weapons and hashish found near the border fence\n\n"
     "On 7 July 2025, soldiers found 12 handguns, 25 magazines and 6 kg of hashish in two "
     "bags near the border fence.",
     "2025-07-08", 25, "ammunition"),
    # people searched in a stop-and-search zone: searches, though others were charged
    ("Police extend the visitation zone in Vesterbro\n\n"
     "The visitation zone in Vesterbro, where officers carry out a stop-and-search "
     "operation against knife crime, has been extended until 30 April 2025. Since the "
     "zone came into force on 3 March, we have searched 846 people, and 93 people have "
     "been charged with violations of the weapons law.",
     "2025-03-31", 846, "searches"),
    # indoor plantations and farms dismantled over a year: plantations, not fields
    ("Tax and customs administration dismantles cannabis farms\n\n"
     "On 12 May 2025, investigators dismantled an indoor cannabis plantation near Szeged "
     "and seized 40 kg of cannabis. Since the beginning of the year, the administration "
     "has dismantled 23 indoor plantations.",
     "2025-05-14", 23, "plantations"),
    # people "neutralized" in a shoot-out were killed
    ("Border guards seize heroin after a shoot-out\n\n"
     "On 4 June 2025, border guards seized 40 kg of heroin near Zaranj; in the shoot-out "
     "two militants were neutralized.",
     "2025-06-05", 2, "killed"),
    # seedlings uprooted are plants; bullets seized with guns are ammunition
    ("Police uproot cannabis in the hills\n\n"
     "On 2 April 2025, police uprooted 2,500 cannabis plants and 600 seedlings on a farm "
     "near Gisenyi.",
     "2025-04-03", 600, "plants"),
    ("Police seize guns and cocaine in Spanish Town\n\n"
     "On 8 August 2025, officers seized two pistols with 45 bullets and 3 kg of cocaine in "
     "a house in Spanish Town.",
     "2025-08-09", 45, "ammunition"),
    # people a find was taken from, stopped or intercepted, or handed over as the subject
    # of the passive (past a breakdown by nationality): arrests
    ("Navy hands over the crew of a drug boat\n\n"
     "On 9 May 2026 a navy patrol stopped a fishing boat off Salalah and found 300 kg of "
     "hashish under the ice. The five crew members, three Yemenis and two Somalis, were "
     "handed over to the police in Salalah.",
     "2026-05-10", 5, "arrests"),
    ("Go-fast boat intercepted with cocaine\n\n"
     "On 14 April 2026 the coast guard intercepted a go-fast boat near Golfito carrying "
     "900 kilos of cocaine. Two crew members were transferred to the naval base.",
     "2026-04-15", 2, "arrests"),
    ("Border guards find cannabis in backpacks\n\n"
     "On the night of 6 June 2026, near Reni, a border patrol stopped three men who were "
     "about to cross the river; in their backpacks the guards found 4 kg of cannabis.",
     "2026-06-07", 3, "arrests"),
    ("Cannabis seized from a boat off Domoni\n\n"
     "On 25 November 2026 the gendarmes found nine sacks of cannabis weighing 48 kilos in a "
     "boat off Domoni. The three occupants, the pilot and two passengers, were placed in "
     "police custody.",
     "2026-11-26", 3, "arrests"),
    ("Heroin found on motorcyclists\n\n"
     "On 3 March 2026, 900 grams of heroin were recovered from 2 motorcyclists at a "
     "checkpoint near Turbat.",
     "2026-03-04", 2, "arrests"),
    ("Customs find cocaine in travellers' luggage\n\n"
     "On 12 July 2026 customs officers found 18 kg of cocaine in the luggage of three "
     "passengers arriving at the airport from Lima.",
     "2026-07-13", 3, "arrests"),
]


@pytest.mark.parametrize(("text", "published", "value", "category"), CASES)
def test_count_category_in_context(text: str, published: str, value: float,
                                   category: str) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    found = [c.category for item in doc.items for e in item.events for c in e.counts
             if c.value == value]
    assert found == [category]
