"""Organization names around possessives and demonyms: a possessive ends a name (a body's
unit after it joins it), a plural noun opening a line is no name's head (full pipeline, our
own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

CASES = [
    # (text, ORG spans as written, in order)
    ("As part of the Ministry of Justice's plan, prisons in Tunisia were searched.",
     ["Ministry of Justice"]),
    ("The Ministry of Interior's General Directorate for Combating Smuggling seized 9 tonnes "
     "of hashish in Jordan.",
     ["Ministry of Interior's General Directorate for Combating Smuggling"]),
    ("Agents of the Anti-Narcotics Directorate and the State Attorney General's Office raided "
     "a farm.", ["Anti-Narcotics Directorate", "State Attorney General's Office"]),
    ("The People's Armed Police patrolled the port.", ["People's Armed Police"]),
    ("The Ministry of Foreign Affairs' statement was read in court.",
     ["Ministry of Foreign Affairs"]),
    ("The case went to the Supreme Prosecutors' Office in Seoul.",
     ["Supreme Prosecutors' Office"]),
    ("Updated 3 hours ago\nTroops of the Guatemalan Armed Forces found 500 kilos of cocaine.",
     ["Guatemalan Armed Forces"]),
    ("Regional news\n\nSoldiers of the Salvadoran Navy seized a go-fast boat.",
     ["Salvadoran Navy"]),
    # a title holding the office is in the office's name
    ("Officials of the Prosecutor General's Office and the customs service attended the "
     "board meeting.", ["Prosecutor General's Office"]),
    # a country's possessive is no part of its body's name
    ("Colombia's Technical Investigation Corps arrested the pilot on Friday.",
     ["Technical Investigation Corps"]),
    ("The United Kingdom's National Crime Agency shared intelligence with the navy.",
     ["National Crime Agency"]),
    # a title or a programme after a body's possessive is no unit of it
    ("INTERPOL's Secretary General opened the meeting. The EU's Connecting Europe Facility "
     "paid for the scanners.", ["INTERPOL", "EU"]),
]


@pytest.mark.parametrize(("text", "spans"), CASES)
def test_possessives_and_demonyms_in_names(text: str, spans: list[str]) -> None:
    found = [e.text for item in extract(text).items for e in item.entities if e.label == "ORG"]
    assert found == spans


@pytest.mark.parametrize(("text", "name"), [
    ("Officers of the Ministry of Interior's anti-drug police in Egypt and Egypt's customs "
     "seized 2 tonnes of tramadol in Egypt.", "Ministry of Interior"),
])
def test_no_possessive_in_normalized_names(text: str, name: str) -> None:
    names = [(e.normalized or {}).get("name") or "" for item in extract(text).items
             for e in item.entities if e.label == "ORG"]
    assert all(not n.endswith("'s") and "'s of" not in n for n in names), names
    assert any(n.startswith(name) for n in names), names


@pytest.mark.parametrize(("text", "span", "name"), [
    # a body's possessive, then a unit named as that body's: one ORG, '<unit> of <body>'
    ("KAMPALA - Detectives of the Uganda Police Force's Anti-Narcotics Department seized "
     "12 kg of heroin at Entebbe.", "Uganda Police Force's Anti-Narcotics Department",
     "Anti-Narcotics Department of the Uganda Police Force"),
    ("MADRID - Agents of the National Police's Central Narcotics Brigade arrested four men in "
     "Spain.", "National Police's Central Narcotics Brigade",
     "Central Narcotics Brigade of the National Police of Spain"),
    # the parent's last word in the possessive opening the unit's name is the parent's
    # a unit whose name carries its place too (guide: named with the parent)
    ("PHOENIX - Agents of the DEA's Phoenix Field Division seized 40 kg of fentanyl pills.",
     "DEA's Phoenix Field Division",
     "Phoenix Field Division of the Drug Enforcement Administration"),
    ("DOUGLAS - Officers of the Isle of Man Constabulary searched a car. Officers from the "
     "Constabulary's Drugs and Organised Crime Unit found 2 kg of cannabis.",
     "Constabulary's Drugs and Organised Crime Unit",
     "Drugs and Organised Crime Unit of the Isle of Man Constabulary"),
    # a bare apostrophe after a name ending in "s" is its possessive too
    ("AUSTIN - The Texas Department of Public Safety (DPS) stopped a truck. Agents of the DPS' "
     "Criminal Investigations Division arrested two men.",
     "DPS' Criminal Investigations Division",
     "Criminal Investigations Division of the Texas Department of Public Safety"),
    # ... also after a name of several words, inside its "of" part
    ("TBILISI - The Ministry of Internal Affairs' Special Operations Department seized 40 kg "
     "of heroin in Georgia.",
     "Ministry of Internal Affairs' Special Operations Department",
     "Special Operations Department of the Ministry of Internal Affairs of Georgia"),
    # the parent's head word in the possessive, the parent named with its country
    ("ULAANBAATAR - The General Police Agency met the press in Mongolia. The head of the "
     "Agency's Narcotics Division said 40 people were detained.",
     "Agency's Narcotics Division",
     "Narcotics Division of the General Police Agency of Mongolia"),
    # a unit written with "in" and its body after it (a translation's wording)
    ("BEIRUT - A patrol of the Intelligence Branch in the Internal Security Forces seized "
     "300 kg of hashish in Lebanon.",
     "Intelligence Branch in the Internal Security Forces",
     "Intelligence Branch of the Internal Security Forces of Lebanon"),
    # ... or with its body's acronym right after it
    ("NEW DELHI - The Sashastra Seema Bal (SSB) guards the border. Troops of the 12th "
     "Battalion SSB seized 30 kg of charas near Raxaul.", "12th Battalion SSB",
     "12th Battalion of the Sashastra Seema Bal"),
    # a body the text also names by its official wrapper name: the unit takes that name
    ("CHISINAU - The General Inspectorate of Border Police said on Monday that the Border "
     "Police's South Regional Directorate found 4 kg of hashish in Moldova.",
     "Border Police's South Regional Directorate",
     "South Regional Directorate of the General Inspectorate of Border Police of the Republic "
     "of Moldova"),
    # a unit no other rule reads after the possessive: an ordinal unit, or a bare head and
    # the place written after it
    ("MIAMI - The Coast Guard offloaded 9 tons of cocaine. The cases go to the Coast Guard's "
     "7th District in Miami, Florida.", "Coast Guard's 7th District",
     "7th District of the United States Coast Guard"),
    ("HAGATNA - Crews of the United States Coast Guard's Sector Saipan boarded a longliner "
     "off Tinian.", "United States Coast Guard's Sector Saipan",
     "Sector Saipan of the United States Coast Guard"),
    # ... an acronym of a unit joined to its parent's possessive takes the joined name
    ("VANCOUVER - Detectives of the RCMP's Coastal Serious Crime Investigations (CSCI) unit "
     "boarded the vessel. CSCI investigators found 40 kg of cocaine.", "CSCI",
     "Coastal Serious Crime Investigations of the Royal Canadian Mounted Police"),
])
def test_unit_after_possessive_joins_its_body(text: str, span: str, name: str) -> None:
    orgs = {e.text: (e.normalized or {}).get("name") for item in extract(text).items
            for e in item.entities if e.label == "ORG"}
    assert orgs.get(span) == name, orgs
