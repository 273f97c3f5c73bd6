"""Names of bodies in unseen publishers' styles: a unit's parent, a bare body's country, a
parent's acronym written out, news agencies credited in a dateline."""

from __future__ import annotations

import pytest

import pressparse


def org_names(text: str, surface: str) -> list[str]:
    entities = [e for item in pressparse.extract(text).items for e in item.entities]
    return [e.normalized.get("name") for e in entities if e.label == "ORG" and e.text == surface]


@pytest.mark.parametrize(("text", "surface", "name"), [
    # a unit named for police work belongs to the police, not to the armed force beside it
    ("Officers of the Drug Enforcement Unit, supported by marines of the Royal Bahamas Defence "
     "Force (RBDF), stopped a boat off Bimini. The RBDF towed it to Nassau. The Royal Bahamas "
     "Police Force said three men were charged.", "Drug Enforcement Unit",
     "Drug Enforcement Unit of the Royal Bahamas Police Force"),
    ("Detectives of the Anti-Narcotics Unit and sailors of the Kenya Navy searched the dhow "
     "in Mombasa, the Kenya Navy and the Directorate of Criminal Investigations said.",
     "Anti-Narcotics Unit",
     "Anti-Narcotics Unit of the Directorate of Criminal Investigations of Kenya"),
    # a military unit still belongs to the armed force
    ("AMMAN - The Jordan Armed Forces said the Eastern Military Zone foiled a smuggling "
     "attempt; the Anti-Narcotics Department received the seized pills. The General Command "
     "thanked the soldiers.", "General Command",
     "General Command of the Jordan Armed Forces-Arab Army"),
    # a military region or zone is a unit: of the armed force named, else of the country
    ("AMMAN - The Jordan Armed Forces said the Northern Military Region stopped three "
     "smugglers; the Military Security Service questioned them.", "Northern Military Region",
     "Northern Military Region of the Jordan Armed Forces-Arab Army"),
    ("AMMAN - The Jordan Armed Forces said the Northern Military Region stopped three "
     "smugglers; the Military Security Service questioned them.", "Military Security Service",
     "Military Security Service of the Jordan Armed Forces-Arab Army"),
    ("BANGKOK - Soldiers of the Third Army Region seized 2 million yaba pills in Chiang Rai, "
     "Thailand, the Office of the Narcotics Control Board said.", "Third Army Region",
     "Third Army Region of Thailand"),
    # a police station or a news agency is nobody's parent
    ("DHAKA, May 2 (BSS) - RAB-7 members arrested two men near the Teknaf Model Police "
     "Station in Cox's Bazar, Bangladesh, and handed them to the Teknaf Model Police Station.",
     "RAB-7", "Rapid Action Battalion-7 of Bangladesh"),
    # a security force has departments: the body the text names most often is the parent
    ("BEIRUT - The Internal Security Forces and Lebanese Customs met on Tuesday. The "
     "Internal Security Forces said the Drug Repression Bureau arrested five men in Beirut.",
     "Drug Repression Bureau", "Drug Repression Bureau of the Internal Security Forces of "
     "Lebanon"),
    # a customs unit belongs to the revenue body that runs customs
    ("DURBAN - The South African Revenue Service said its Customs Detector Dog Unit found "
     "40 kg of cocaine in a truck at the Port of Durban.", "Customs Detector Dog Unit",
     "Customs Detector Dog Unit of the South African Revenue Service"),
    # a listed body's acronym, then a service word: that body's service
    ("DURBAN - SARS Customs officials found 40 kg of cocaine in a truck, the South African "
     "Revenue Service said.", "SARS Customs", "Customs of the South African Revenue Service"),
    # a general directorate belongs to the ministry or police force the text names
    ("ABU DHABI - The Ministry of Interior said its General Directorate of Anti-Narcotics "
     "seized 2 tonnes of captagon in the United Arab Emirates.",
     "General Directorate of Anti-Narcotics",
     "General Directorate of Anti-Narcotics of the Ministry of Interior of the United Arab "
     "Emirates"),
    ("MUSCAT - The Royal Oman Police said the Directorate General of Narcotics and "
     "Psychotropic Substances Control arrested two men in Oman.",
     "Directorate General of Narcotics and Psychotropic Substances Control",
     "Directorate General of Narcotics and Psychotropic Substances Control of the Royal Oman "
     "Police"),
    ("CAIRO - The Ministry of Interior said the General Administration for Combating "
     "Narcotics seized 2 tonnes of hashish in Egypt.",
     "General Administration for Combating Narcotics",
     "General Administration for Combating Narcotics of the Ministry of Interior of Egypt"),
    # ... but a holder's office is a body, and a police department owns no general directorate
    ("PHOENIX, Arizona - The Phoenix Police Department and the Attorney General's Office "
     "charged four men in the United States.", "Attorney General's Office",
     "Attorney General's Office of the United States"),
    # one unit, one parent in a text: every mention takes the first mention's parent
    ("The Uganda Police Force said the Anti-Narcotics Department arrested a courier at "
     "Entebbe. In a later raid, the Kampala Metropolitan Police and the Anti-Narcotics "
     "Department searched 40 houses in Kampala.", "Anti-Narcotics Department",
     "Anti-Narcotics Department of the Uganda Police Force"),
    # a department the text names often is no department of a body it names once, later
    ("The Public Prosecution Service demanded eight years in Rotterdam. The Public "
     "Prosecution Service said the men imported cocaine through the port of Rotterdam. The "
     "case was led by the National Public Prosecutor's Office in Rotterdam.",
     "Public Prosecution Service", "Public Prosecution Service of the Netherlands"),
])
def test_unit_parent(text: str, surface: str, name: str) -> None:
    names = org_names(text, surface)
    assert names and all(n == name for n in names), names


@pytest.mark.parametrize(("text", "surface", "name"), [
    # a bare one-word body of a national release takes the text's country
    ("In Rotterdam, the Fiscal Information and Investigation Service (FIOD) and Customs "
     "seized 300 kilos of cocaine in a banana container, the FIOD said on Tuesday; the "
     "shipment came from Ecuador.", "Customs", "Customs of the Netherlands"),
    # "Information" in a national body's name is no news service: the FIOD tells the country
    ("Two FIOD teams searched offices in Utrecht and Rotterdam while Belgian police searched "
     "a flat in Antwerp; the National Public Prosecutor's Office leads the case.",
     "National Public Prosecutor's Office",
     "National Public Prosecutor's Office of the Netherlands"),
    # courts, laboratories and services made of institutional words are national bodies
    ("MOMBASA, Kenya - The convict may appeal to the Court of Appeal within 14 days, the "
     "High Court in Mombasa ruled after a report by the Kenya Police Service.",
     "Court of Appeal", "Court of Appeal of Kenya"),
    ("KAMPALA - The Uganda Police Force said the powder was sent to the Government "
     "Analytical Laboratory in Kampala for tests.", "Government Analytical Laboratory",
     "Government Analytical Laboratory of Uganda"),
    # China's bodies take the COUNTRY name "China", as the guide's suffix rule says
    ("BEIJING, June 3 (Xinhua) -- China's Ministry of Public Security said on Monday that "
     "police in Yunnan seized 2.1 tonnes of drugs in May.", "Ministry of Public Security",
     "Ministry of Public Security of China"),
    # a bare name two countries' bodies share takes the text's country
    ("DUSHANBE - The State Committee for National Security said 3 kg of heroin were seized "
     "in Khatlon.", "State Committee for National Security",
     "State Committee for National Security of the Republic of Tajikistan"),
    ("BISHKEK - The State Committee for National Security said 3 kg of heroin were seized "
     "in Osh.", "State Committee for National Security",
     "State Committee for National Security of the Kyrgyz Republic"),
])
def test_national_body_country(text: str, surface: str, name: str) -> None:
    names = org_names(text, surface)
    assert names and all(n == name for n in names), names


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("BEIJING, June 3 (Xinhua) -- The Ministry of Public Security (MPS) said on Monday that "
     "the Narcotics Control Bureau of the MPS opened 300 cases in Yunnan.",
     "Narcotics Control Bureau of the MPS",
     "Narcotics Control Bureau of the Ministry of Public Security of China"),
    ("The bulletin was prepared by the Analytical Department of CARICC in Almaty.",
     "Analytical Department of CARICC",
     "Analytical Department of the Central Asian Regional Information and Coordination Centre"),
    # the text's own acronym in front of a unit's name
    ("HARLAN, Ky. - The Harlan County Sheriff's Office (HCSO) said the HCSO Street Crimes "
     "Unit arrested two men.", "HCSO Street Crimes Unit",
     "Street Crimes Unit of the Harlan County Sheriff's Office"),
    ("BUDAPEST - Officers of the National Tax and Customs Administration (NAV) stopped a "
     "van; the case went to the NAV Criminal Directorate.", "NAV Criminal Directorate",
     "Criminal Directorate of the National Tax and Customs Administration of Hungary"),
    # a unit named with its place keeps its name alone, the parent's acronym left out
    ("Officers of the National Tax and Customs Administration (NAV) stopped a van; the NAV "
     "Baranya County Tax and Customs Directorate took the case.",
     "NAV Baranya County Tax and Customs Directorate",
     "Baranya County Tax and Customs Directorate"),
])
def test_parent_acronym_written_out(text: str, surface: str, name: str) -> None:
    assert org_names(text, surface) == [name]


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("AMMAN, May 2 (Petra) -- Border guards shot two smugglers on the Syrian border, an "
     "army source told Petra.", "Petra", "Jordan News Agency"),
    ("KATHMANDU, April 3 (RSS): Police destroyed 1,200 kg of cannabis in Kathmandu on "
     "Wednesday.", "RSS", "Rastriya Samachar Samiti"),
    ("BAKU, Azerbaijan, June 3. Customs officers seized 12 kg of heroin at the Astara "
     "checkpoint, the State Customs Committee told Trend.", "Trend", "Trend News Agency"),
    ("VIENTIANE, Laos (AP) — Police in Laos seized 3 tonnes of methamphetamine.", "AP",
     "Associated Press"),
])
def test_news_agency_credit(text: str, surface: str, name: str) -> None:
    names = org_names(text, surface)
    assert names and all(n == name for n in names), names


@pytest.mark.parametrize(("text", "surface"), [
    ("Tourists returned to Petra after police reopened the road from Wadi Musa.", "Petra"),
    ("The ministry publishes its seizure figures in an RSS feed every week.", "RSS"),
    ("Police in AP seized 400 kg of ganja near Visakhapatnam on Monday.", "AP"),
])
def test_news_agency_name_without_credit(text: str, surface: str) -> None:
    assert org_names(text, surface) == []


@pytest.mark.parametrize(("text", "surface", "name"), [
    # a council of member states' officials is the international body's the text is about
    ("Minsk hosted the CIS Executive Committee. The Council of Heads of State will approve "
     "the plan, the CIS said; CIS border guards and the CIS Anti-Terrorism Center took part.",
     "Council of Heads of State",
     "Council of Heads of State of the Commonwealth of Independent States"),
    ("The 80th meeting of the Council of Commanders of Border Troops opened in Astana. The "
     "CIS Executive Committee and the CIS Anti-Terrorism Center sent observers; the CIS "
     "states signed a plan.", "Council of Commanders of Border Troops",
     "Council of Commanders of Border Troops of the Commonwealth of Independent States"),
    # "of the Council": the council the text names; a short form starting a longer mention
    # is that body again
    ("The Council of Commanders of Border Troops met in Astana with the CIS Executive "
     "Committee; the CIS states agreed. The Coordination Service of the Council reported "
     "3,000 violators, and the Coordination Service will publish the figures.",
     "Coordination Service",
     "Coordination Service of the Council of Commanders of Border Troops of the Commonwealth "
     "of Independent States"),
    # a generic short form of a longer name going on with another link word
    ("BAKU - The Main Department for Combating Drug Trafficking of the Ministry of Internal "
     "Affairs reported its results. In October the Main Department seized 40 kg of heroin.",
     "Main Department",
     "Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of "
     "the Republic of Azerbaijan"),
    # no international body named: the council keeps its name
    ("The Council of Heads of State will meet in Dushanbe in October, Tajik officials said.",
     "Council of Heads of State", "Council of Heads of State"),
])
def test_member_councils(text: str, surface: str, name: str) -> None:
    names = org_names(text, surface)
    assert names and all(n == name for n in names), names


@pytest.mark.parametrize(("text", "span"), [
    # a body's name "<Body> Department of <Place> region" keeps the region's head
    ("Officers of the Police Department of Almaty region detained two couriers in Kaskelen.",
     "Police Department of Almaty region"),
    ("The Police Department of Kostanay region opened a criminal case on Monday.",
     "Police Department of Kostanay region"),
    # a national office's seat after "in" is no part of its name; a programme office's is
    ("TUMACO, Colombia - The three men were handed to the Attorney General's Office in Tumaco "
     "on Sunday.", "Attorney General's Office"),
    ("The OSCE Programme Office in Dushanbe trained 20 border guards on Monday.",
     "OSCE Programme Office in Dushanbe"),
])

def test_body_with_region_head(text: str, span: str) -> None:
    entities = [e for item in pressparse.extract(text).items for e in item.entities]
    assert [e.text for e in entities if e.label == "ORG"] == [span]


@pytest.mark.parametrize(("text", "spans"), [
    # a body's possessive, then its unit's name ending in a head: one name (samples guide,
    # session 34)
    ("KUWAIT CITY - The Ministry of Interior's Security Relations and Media Department said "
     "two men were arrested.",
     ["Ministry of Interior's Security Relations and Media Department"]),
    ("KUWAIT CITY - The Ministry of Interior's General Department for Drug Control seized "
     "3 kg of heroin.", ["Ministry of Interior's General Department for Drug Control"]),
    # "and the <name with a head>": a second body, not one name
    ("CAIRO - The Ministry of Interior said the General Administration for Combating "
     "Narcotics and the Public Security Sector seized 2 tonnes of hashish.",
     ["Ministry of Interior", "General Administration for Combating Narcotics"]),
])
def test_owner_and_unit(text: str, spans: list[str]) -> None:
    entities = [e for item in pressparse.extract(text).items for e in item.entities]
    assert [e.text for e in entities if e.label == "ORG"][:len(spans)] == spans


@pytest.mark.parametrize(("text", "found"), [
    # a bare short form opening a sentence or a headline before a verb is the body
    ("ROTTERDAM - Cocaine was hidden in bananas.\nCustoms finds 800 kilos of cocaine in the "
     "port of Rotterdam.", True),
    ("The shipment was checked in Auckland. Customs then started a joint investigation with "
     "the police.", True),
    ("Navy seizes 400 kg of cannabis off Jaffna\nThe Sri Lanka Navy said the boat was "
     "stopped in northern seas.", True),
    # before a noun or a staff word it stays generic
    ("The importer paid the tax. Customs duties on the cargo were also unpaid.", False),
    ("The boat was stopped at sea. Customs officers searched the hold.", False),
])
def test_short_form_opening_sentence(text: str, found: bool) -> None:
    entities = [e for item in pressparse.extract(text).items for e in item.entities]
    assert any(e.label == "ORG" and e.text in {"Customs", "Navy"} for e in entities) is found


@pytest.mark.parametrize(("text", "surface", "name"), [
    # known bodies take their canonical name, their parent included, from any surface form
    ("NEW DELHI - Officers of the DRI seized 12 kg of cocaine at Mumbai airport.", "DRI",
     "Directorate of Revenue Intelligence of the Central Board of Indirect Taxes and Customs "
     "of India"),
    ("BANGKOK - The Narcotics Suppression Bureau seized 1.2 million yaba pills in Chiang Rai, "
     "Thailand.", "Narcotics Suppression Bureau",
     "Narcotics Suppression Bureau of the Royal Thai Police"),
    # a body that exists once keeps its country in another country's release
    ("CARTAGENA, Colombia - The Navy of Colombia seized 2 tons of cocaine in the Caribbean "
     "with support from the Joint Interagency Task Force South, the Colombian Navy said.",
     "Joint Interagency Task Force South",
     "Joint Interagency Task Force South of the United States"),
    # an international body's unit: its parent's acronym in front written out
    ("Trainers of the OSCE Border Management Staff College in Dushanbe met 25 border guards.",
     "OSCE Border Management Staff College",
     "Border Management Staff College of the Organization for Security and Co-operation in "
     "Europe"),
    ("TASHKENT - The Executive Committee of the SCO Regional Anti-Terrorist Structure held "
     "its council meeting.", "Executive Committee of the SCO Regional Anti-Terrorist Structure",
     "Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation "
     "Organisation"),
    ("ANKARA - The General Directorate of Security (EGM) and the Jandarma seized 2 tonnes "
     "of captagon in Hatay, Türkiye.", "EGM", "General Directorate of Security of Türkiye"),
    ("ANKARA - The Jandarma seized 2 tonnes of captagon in Hatay, Türkiye.", "Jandarma",
     "Gendarmerie General Command of Türkiye"),
    ("STOCKHOLM - Tullverket seized 300 kg of cannabis at the port of Trelleborg, Sweden.",
     "Tullverket", "Customs of Sweden"),
    ("ASHGABAT - The State Service for Combating Drugs destroyed 2 tonnes of seized drugs, "
     "Turkmenistan's officials said.", "State Service for Combating Drugs",
     "State Service of Turkmenistan for Combating Drugs"),
    ("ASTANA - The General Prosecutor's Office said 40 cases were sent to court in "
     "Kazakhstan.", "General Prosecutor's Office",
     "General Prosecutor's Office of the Republic of Kazakhstan"),
    # an Indian release's "<Place> PS" is that place's police station (the guide's example)
    ("HYDERABAD - The accused were handed over to Banjara Hills PS for further "
     "investigation.", "Banjara Hills PS", "Banjara Hills Police Station"),
    ("DUBLIN - Officers of the Garda National Drugs and Organised Crime Bureau seized "
     "cannabis worth EUR 1 million in Ireland.",
     "Garda National Drugs and Organised Crime Bureau",
     "National Drugs and Organised Crime Bureau of An Garda Síochána"),
    ("LA PAZ - FELCN agents destroyed a cocaine lab in the Chapare, Bolivia.", "FELCN",
     "Special Force to Fight Drug Trafficking of Bolivia"),
    # a listed body's bare name keeps its country when the text's country is unclear
    ("Officers of the Tax and Customs Board found amphetamine from Latvia at the Valga "
     "crossing; the Latvian State Police and Latvian customs helped.",
     "Tax and Customs Board", "Tax and Customs Board of Estonia"),
    # a listed body is a parent by its own name, not by the body its name ends with
    ("BANGKOK - The Narcotics Suppression Bureau said its Narcotics Suppression Division 3 "
     "seized 400 kg of crystal meth in Thailand's Tak province.",
     "Narcotics Suppression Division 3",
     "Narcotics Suppression Division 3 of the Narcotics Suppression Bureau of the Royal Thai "
     "Police"),
    # a bare short form in a national release is that country's listed body
    ("COLOMBO - Navy seizes 400 kg of cannabis off Jaffna\nSri Lanka Navy sailors stopped "
     "the boat in northern seas off Sri Lanka.", "Navy", "Sri Lanka Navy"),
    ("TUMACO, Colombia - The Colombian Navy stopped a semi-submersible. According to the "
     "Navy, the load belonged to a dissident group in Colombia.", "Navy", "Navy of Colombia"),
    ("WEXFORD, Ireland - Gardaí in Rosslare and officers in Wexford seized cannabis worth "
     "EUR 2 million; the operation was led by Revenue in Rosslare, Ireland.", "Revenue",
     "Office of the Revenue Commissioners of Ireland"),
    ("AUCKLAND, New Zealand - A container of frozen corn was searched in Auckland. The "
     "shipment came from Fiji, and the Fiji Revenue and Customs Service helped; in Auckland "
     "a team from Customs found 200 kg of meth.", "Customs", "New Zealand Customs Service"),
])
def test_known_body_names(text: str, surface: str, name: str) -> None:
    names = org_names(text, surface)
    assert names and all(n == name for n in names), names
