"""Units named without their parent body take the parent the text names."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.entities.parent_units import with_parent


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("The Australian Federal Police said its Northern Command boarded the vessel.",
     "Northern Command", "Northern Command of the Australian Federal Police"),
    ("NSW Police Force officers of the Dog Unit and the Public Order and Riot Squad searched "
     "the house in Sydney.", "Public Order and Riot Squad",
     "Public Order and Riot Squad of the NSW Police Force"),
    # a unit of one kind belongs to the named body of that kind
    ("Malé, Maldives - Officers of the Maldives Customs Service and the Maldives Police "
     "Service met at the Police Academy.", "Police Academy",
     "Police Academy of the Maldives Police Service"),
    # a state force named with its listed region is a parent like a national one (session 38:
    # "Northern Territory" is no "Northern Region" of another country)
    ("Northern Territory Police said detectives of the Serious Crime Squad charged two men in "
     "Darwin with help from the Australian Federal Police.", "Serious Crime Squad",
     "Serious Crime Squad of the Northern Territory Police"),
    # a department belongs to a police, ministry or customs body, not to a border guard
    ("Kuwait City - The Ministry of Interior said its Security Relations and Media Department "
     "published the figures.", "Security Relations and Media Department",
     "Security Relations and Media Department of the Ministry of Interior of Kuwait"),
    # a listed body, then its unit's name: "<unit> of <body>"
    ("DEA Atlanta Field Division agents arrested two men with 30 kg of cocaine.",
     "DEA Atlanta Field Division", "Atlanta Field Division of the Drug Enforcement Administration"),
    # a national body's regional office: the body before the area it serves
    ("Officers of the FSB Directorate for the Omsk Region detained a courier in Omsk, Russia.",
     "FSB Directorate for the Omsk Region",
     "Directorate of the Federal Security Service of the Russian Federation for the Omsk "
     "Region"),
    ("Officers of the Jamaica Defence Force Coast Guard stopped a canoe off Portland.",
     "Jamaica Defence Force Coast Guard", "Coast Guard of the Jamaica Defence Force"),
    # an international body's unit takes the body, never a country
    ("Kazakhstan sent experts to Almaty, Kazakhstan, where the CSTO Secretariat Analytical "
     "Department met.", "CSTO Secretariat Analytical Department",
     "Analytical Department of the Secretariat of the Collective Security Treaty Organization"),
    # a listed body's own name: only after an acronym ("United Nations Office ..." is no unit)
    ("Experts of the UNODC Global Maritime Crime Programme trained 40 coast guards in Colombo.",
     "UNODC Global Maritime Crime Programme",
     "Global Maritime Crime Programme of the United Nations Office on Drugs and Crime"),
    # a council, commission or centre after its body's acronym is that body's own
    ("The ECOWAS Commission opened a drug policy workshop for prosecutors in Abuja.",
     "ECOWAS Commission", "Commission of the Economic Community of West African States"),
    ("Delegates of the SCO RATS Council approved a joint plan at their session in Tashkent.",
     "SCO RATS Council",
     "Council of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation"),
    ("The FSB Public Relations Center said a courier was held with 3 kg of heroin in Omsk.",
     "FSB Public Relations Center",
     "Public Relations Center of the Federal Security Service of the Russian Federation"),
    ("Ministers met in Minsk for the CSTO Council of Defence Ministers on joint exercises.",
     "CSTO Council of Defence Ministers",
     "Council of Defence Ministers of the Collective Security Treaty Organization"),
    # an international body's organ named alone belongs to the body the text is about
    ("The Collective Security Treaty Organization held drills near Osh. The Joint Staff "
     "planned the exercise.", "Joint Staff",
     "Joint Staff of the Collective Security Treaty Organization"),
    ("CSTO troops landed at Kant. The Collective Forces then trained with Kyrgyz units.",
     "Collective Forces", "Collective Forces of the Collective Security Treaty Organization"),
    # ... also a working organ named for its topic
    ("The plenary of the Financial Action Task Force opened in Paris. The Working Group on "
     "Risks, Trends and Methods presented a report on drug money.",
     "Working Group on Risks, Trends and Methods",
     "Working Group on Risks, Trends and Methods of the Financial Action Task Force"),
    # ... or to the body of its full name given earlier
    ("The SCO RATS Executive Committee met in Tashkent. The SCO thanked the "
     "Executive Committee for its report.", "Executive Committee",
     "Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai "
     "Cooperation Organisation"),
    # a parent written short takes the full name the text gives it (as written, or its head)
    ("The Drug Control Agency under the President of the Republic of Tajikistan reported. "
     "Officers of the Sughd Regional Department of the Agency seized 5 kg of hashish.",
     "Sughd Regional Department of the Agency",
     "Sughd Regional Department of the Drug Control Agency under the President of the "
     "Republic of Tajikistan"),
    ("The Drug Control Agency under the President of the Republic of Tajikistan reported. "
     "Officers of the Khatlon Regional Department of the Drug Control Agency seized opium.",
     "Khatlon Regional Department of the Drug Control Agency",
     "Khatlon Regional Department of the Drug Control Agency under the President of the "
     "Republic of Tajikistan"),
    # a listed parent at the end of a unit's name is written as the body's own name
    ("Delegates of the Council of the Regional Anti-Terrorist Structure of the Shanghai "
     "Cooperation Organization met in Astana.",
     "Council of the Regional Anti-Terrorist Structure of the Shanghai Cooperation "
     "Organization",
     "Council of the Regional Anti-Terrorist Structure of the Shanghai Cooperation "
     "Organisation"),
    # ... also as an acronym written without an article
    ("The session heard the report of the Executive Committee of SCO RATS on joint border "
     "operations.", "Executive Committee of SCO RATS",
     "Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai "
     "Cooperation Organisation"),
    ("Officers from the Secretariat of CSTO visited the training ground near Osh.",
     "Secretariat of CSTO", "Secretariat of the Collective Security Treaty Organization"),
    # ... also before the area a regional office serves
    ("Officers of the Main Directorate of the MIA of Russia for the Samara Region seized "
     "4 kg of mephedrone.", "Main Directorate of the MIA of Russia for the Samara Region",
     "Main Directorate of the Ministry of Internal Affairs of the Russian Federation for the "
     "Samara Region"),
    ("The Australian Federal Police said its Criminal Assets Confiscation Taskforce "
     "restrained two houses in Perth.", "Criminal Assets Confiscation Taskforce",
     "Criminal Assets Confiscation Taskforce of the Australian Federal Police"),
    # a military unit (an ordinal is a unit number) belongs to the armed force the text names
    ("PDEA agents and troops of the Philippine Army's 66th Infantry Battalion raided a house; "
     "PDEA said.", "Philippine Army's 66th Infantry Battalion",
     "66th Infantry Battalion of the Philippine Army"),
    # ... a land force's unit to the army, also beside a navy the text names more often
    ("The operation joined the Naval Force of Honduras (FNH) and the Army. The FNH patrolled "
     "the coast while soldiers of the 12th Infantry Battalion destroyed a plantation.",
     "12th Infantry Battalion", "12th Infantry Battalion of the Army of Honduras"),
    # a unit number in Roman numerals, an abbreviated head ("RO": Regional Office)
    ("Agents of the PDEA RO XI arrested a suspect in a buy-bust in Tagum City.",
     "PDEA RO XI", "Regional Office XI of the Philippine Drug Enforcement Agency"),
    ("The PDEA Regional Office VII said the pusher was caught in Cebu City.",
     "PDEA Regional Office VII", "Regional Office VII of the Philippine Drug Enforcement Agency"),
    # an acronym that is also a news agency's: a unit with an office is the police's
    ("Officers from the AFP Brisbane Office charged a man over a cocaine import in Queensland.",
     "AFP Brisbane Office", "Brisbane Office of the Australian Federal Police"),
    # a place after "in" does not hide the unit's head ("Office")
    ("The OSCE Programme Office in Dushanbe hosted a seminar for Tajik border guards.",
     "OSCE Programme Office in Dushanbe",
     "Programme Office in Dushanbe of the Organization for Security and Co-operation in Europe"),
    ("Funding came from the UNODC Programme Office in Tajikistan and Japan.",
     "UNODC Programme Office in Tajikistan",
     "Programme Office in Tajikistan of the United Nations Office on Drugs and Crime"),
    ("The United Nations Office on Drugs and Crime published its report in Vienna.",
     "United Nations Office on Drugs and Crime", "United Nations Office on Drugs and Crime"),
    # a headquarters is a unit of the body of its kind the text names (session 38)
    ("Officers of the Northern Zone Customs Headquarters seized 40 kg of ketamine at Penang "
     "port, the Royal Malaysian Customs Department said.", "Northern Zone Customs Headquarters",
     "Northern Zone Customs Headquarters of the Royal Malaysian Customs Department"),
    ("The Japan Coast Guard said patrol boats of the 10th Regional Coast Guard Headquarters "
     "found 30 kg of cocaine on a yacht off Kagoshima.", "10th Regional Coast Guard Headquarters",
     "10th Regional Coast Guard Headquarters of the Japan Coast Guard"),
    ("The Zambia Police Service said the National Police Headquarters received the report "
     "from Lusaka.", "National Police Headquarters",
     "National Police Headquarters of the Zambia Police Service"),
    # a unit named after its place keeps its name (a sub-national unit)
    ("The Narcotics Control Bureau said its Bhubaneswar Zonal Unit seized 200 kg of ganja.",
     "Bhubaneswar Zonal Unit", "Bhubaneswar Zonal Unit"),
    ("CBP officers of the Tucson Field Office stopped a truck, U.S. Customs and Border "
     "Protection said.", "Tucson Field Office", "Tucson Field Office"),
    # a unit parted from the parent it names by its own bracketed acronym is that parent's;
    # the acronym reads the same
    ("Officers of the Financial Crimes Unit (FCU) of the Cayman Islands Police Service "
     "arrested two men.", "Financial Crimes Unit",
     "Financial Crimes Unit of the Cayman Islands Police Service"),
    ("Officers of the Financial Crimes Unit (FCU) of the Cayman Islands Police Service "
     "arrested two men.", "FCU",
     "Financial Crimes Unit of the Cayman Islands Police Service"),
    ("Chisinau, 4 May - The Special Investigations Directorate (SID) of the General Police "
     "Inspectorate detained a courier with 2 kg of cannabis.", "Special Investigations "
     "Directorate", "Special Investigations Directorate of the General Police Inspectorate of "
     "Moldova"),
    # ... not an international body's listed name, nor a unit named after its place
    ("The Inter-American Drug Abuse Control Commission (CICAD) of the Organization of "
     "American States met in Washington.", "Inter-American Drug Abuse Control Commission",
     "Inter-American Drug Abuse Control Commission"),
    # a body named after its town is no parent of a unit the text names apart: the unit is
    # a national one
    ("BAMAKO. Officers of the Bougouni Gendarmerie, supported by the Special Intervention Group, "
     "seized 40 kg of cannabis in Mali.", "Special Intervention Group",
     "Special Intervention Group of Mali"),
    ("Officers of the Pljevlja Security Department and the Special Anti-Terrorist Unit "
     "searched a house in Montenegro.", "Special Anti-Terrorist Unit",
     "Special Anti-Terrorist Unit of Montenegro"),
    # a joint unit is several bodies', no one's
    ("FREETOWN. The Sierra Leone Police said the Joint Maritime Interdiction Team seized 40 kg "
     "of cocaine off Sierra Leone.", "Joint Maritime Interdiction Team",
     "Joint Maritime Interdiction Team of Sierra Leone"),
    # a general administration of a kind (tax) is no police force's
    ("LUANDA. The Angolan National Police and the General Tax Administration seized 300 kg "
     "of cannabis in Cabinda, Angola.", "General Tax Administration",
     "General Tax Administration of Angola"),
    # an office named for a national function is a body of its own, no department
    ("FREETOWN. The Sierra Leone Police and the Office of National Security met in Freetown, "
     "Sierra Leone.", "Office of National Security", "Office of National Security of Sierra Leone"),
    # bodies of their own keep their names
    ("The Drug Enforcement Administration thanked the Marietta Police Department.",
     "Marietta Police Department", "Marietta Police Department"),
    ("The Kenya News Agency reported that the Coastal Anti-Smuggling Unit seized the boat.",
     "Coastal Anti-Smuggling Unit", "Coastal Anti-Smuggling Unit"),
])
def test_unit_names_take_their_parent(text: str, surface: str, name: str) -> None:
    entities = pressparse.extract(text).items[0].entities
    names = [e.normalized.get("name") for e in entities if e.label == "ORG" and e.text == surface]
    assert names == [name], [(e.text, e.normalized) for e in entities]


@pytest.mark.parametrize(("unit", "parent", "name"), [
    ("Northern Command", "Australian Federal Police",
     "Northern Command of the Australian Federal Police"),
    ("Air and Marine Operations", "U.S. Customs and Border Protection",
     "Air and Marine Operations of U.S. Customs and Border Protection"),
    # the parent is the unit's own body with its country: one body, its full name
    ("Public Prosecution Service", "Public Prosecution Service of the Netherlands",
     "Public Prosecution Service of the Netherlands"),
    ("State Police", "State Police", "State Police"),
])
def test_with_parent(unit: str, parent: str, name: str) -> None:
    assert with_parent(unit, parent) == name


@pytest.mark.parametrize(("text", "surface", "absent"), [
    # "I" after a numbered head is the pronoun, not a unit number
    ("Officers of the Narcotics Division I spoke with said the car was searched.",
     "Narcotics Division", "Narcotics Division I"),
    ("The Narcotics Suppression Division V raided a house in Bangkok.",
     "Narcotics Suppression Division V", "Narcotics Suppression Division"),
])
def test_roman_unit_numbers(text: str, surface: str, absent: str) -> None:
    found = [e.text for e in pressparse.extract(text).items[0].entities if e.label == "ORG"]
    assert surface in found and absent not in found, found
