"""Generic national bodies ("Tax and Customs Authority") are named "<name> of <country>" when
the text makes the country clear; generic units ("Dog Unit", "Directorate of Special Units")
"<unit> of <parent>" when the text names the parent; an acronym the text defines reads as its
long form (full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract
from pressparse.entities.generic_names import GenericNames
from pressparse.entities.national_bodies import NationalBodies
from pressparse.pipeline import model_path

NAMED = [
    # (text, ORG as written, expected normalized name of each of its mentions)
    # the dateline's country, though the text names another country more often
    ("Baku, 13 May 2025\nThe State Border Service stopped two men crossing from Iran with "
     "46 kg of heroin near Astara; a third man ran back into Iran.",
     "State Border Service", "State Border Service of the Republic of Azerbaijan"),
    ("Lisbon, 12 June 2025 - The Tax and Customs Authority found 300 kg of cocaine in a "
     "container of pineapples at the port of Sines, Portugal.",
     "Tax and Customs Authority", "Tax and Customs Authority of Portugal"),
    ("Phnom Penh, Cambodia - The Ministry of Interior said 40 people were arrested in "
     "Preah Sihanouk province in March.",
     "Ministry of Interior", "Ministry of Interior of Cambodia"),
    # institutional words of translated names are generic too ("Scientific", "Documentation",
    # "Inland")
    ("DILI, 21 June 2026 - The Scientific Police for Criminal Investigation (PCIC) arrested two "
     "men with 1 kg of methamphetamine in Timor-Leste.",
     "Scientific Police for Criminal Investigation",
     "Scientific Police for Criminal Investigation of Timor-Leste"),
    ("LIBREVILLE, 5 March 2026 - The General Directorate of Documentation and Immigration "
     "arrested two men at the airport of Libreville, Gabon.",
     "General Directorate of Documentation and Immigration",
     "General Directorate of Documentation and Immigration of Gabon"),
    ("PORT VILA, 24 June 2026 - The Department of Customs and Inland Revenue found 40 kg of "
     "cocaine on a yacht in Vanuatu.", "Department of Customs and Inland Revenue",
     "Department of Customs and Inland Revenue of Vanuatu"),
    # a court named only by its level is the country's
    ("NUKU'ALOFA, Tonga - The two men appeared before the District Court on Monday and were "
     "remanded in custody in Tonga.", "District Court", "District Court of Tonga"),
    ("VICTORIA, Seychelles - The courier was charged before the Magistrates' Court with "
     "importation of heroin into Seychelles.", "Magistrates' Court",
     "Magistrates' Court of Seychelles"),
    # a translation's closed-up "Antinarcotics" is generic: the unit is the named force's
    ("SAN SALVADOR, El Salvador - Agents of the Antinarcotics Division seized 3 kg of crack "
     "at a house. The National Civil Police will continue the fight.",
     "Antinarcotics Division", "Antinarcotics Division of the National Civil Police of "
     "El Salvador"),
    # "Interdiction" is a generic word: the unit is the named force's
    ("GEORGETOWN, Guyana - The Guyana Police Force said its Drug Interdiction Unit found 3 kg "
     "of cocaine at the airport.",
     "Drug Interdiction Unit", "Drug Interdiction Unit of the Guyana Police Force"),
    # "Specialised" and "Tasks" are generic words: the text's country names the body
    ("BRATISLAVA, 5 May (TASR) - The Specialised Criminal Court sentenced four men for "
     "trafficking cocaine from the Netherlands.",
     "Specialised Criminal Court", "Specialised Criminal Court of Slovakia"),
    ("Tbilisi, 10 March - Police of the Ministry of Internal Affairs of Georgia, with the "
     "Special Tasks Department, detained four men in Batumi.",
     "Special Tasks Department",
     "Special Tasks Department of the Ministry of Internal Affairs of Georgia"),
    # a sentence opening "In <country>," names the country of the body in it
    ("INTERPOL said 14 countries took part. In Ecuador, the Anti-Drug Directorate of the "
     "National Police found 6 tonnes of cocaine in a banana container. Spain's Guardia Civil "
     "boarded a fishing boat west of the Canary Islands, Spain.",
     "Anti-Drug Directorate of the National Police",
     "Anti-Drug Directorate of the National Police of Ecuador"),
    # an acronym defined in the text reads as its long form
    ("Santo Domingo, Dominican Republic - Agents of the National Institute of Forensic "
     "Sciences (INACIF) weighed the packages. INACIF confirmed that they held cocaine.",
     "INACIF", "National Institute of Forensic Sciences of the Dominican Republic"),
    # a generic name ending an earlier body's name is that body again
    ("Kingston, Jamaica - The Jamaica Defence Force Coast Guard stopped a canoe off Portland. "
     "The Coast Guard found 300 kg of cannabis on board.", "Coast Guard",
     "Coast Guard of the Jamaica Defence Force"),
    # a demonym in front of a generic name is the country (samples guide, settled cases)
    ("Lisbon, Portugal - The Portuguese Air Force flew the sick sailor from the Azores.",
     "Portuguese Air Force", "Air Force of Portugal"),
    ("San Salvador - The Salvadoran Navy stopped a go-fast boat off Acajutla, El Salvador.",
     "Salvadoran Navy", "Navy of El Salvador"),
    # a publisher's bare short form is the body the text names with that word
    ("Auckland - The New Zealand Customs Service found 200 kg of methamphetamine in a "
     "container. After Customs intelligence analysts flagged the consignment, officers "
     "searched it.", "Customs", "New Zealand Customs Service"),
    # a listed body whose name is generic takes its own country
    ("Officers of the Narcotics Control Bureau seized 200 kg of ganja in Odisha, India.",
     "Narcotics Control Bureau", "Narcotics Control Bureau of India"),
    # a territory's national bodies are its sovereign's
    ("SAN JUAN, Puerto Rico - Homeland Security Investigations agents seized 300 kg of "
     "cocaine in Fajardo, Puerto Rico.", "Homeland Security Investigations",
     "Homeland Security Investigations of the United States"),
    # institutional words of a branch's or a court's name say no country of their own
    ("ABIDJAN - The Ministry of Interior and Security of Côte d'Ivoire said the Maritime and "
     "Lagoon Police found 40 kg of cocaine on a pirogue near Grand-Bassam.",
     "Maritime and Lagoon Police", "Maritime and Lagoon Police of Côte d'Ivoire"),
    ("Manama, Feb. 3 (BNA) -- The Second High Criminal Court jailed two men for ten years "
     "for importing hashish into Bahrain by sea.",
     "Second High Criminal Court", "Second High Criminal Court of Bahrain"),
    ("Moscow, Russia - Graduates of the Diplomatic Academy joined the Ministry of Foreign "
     "Affairs of the Russian Federation's anti-drug department.",
     "Diplomatic Academy",
     "Diplomatic Academy of the Ministry of Foreign Affairs of the Russian Federation"),
    # units take the body the text names; a body's own unit ("its ...") that body
    ("Hanoi (VNA) - The Ministry of Public Security said the ring was dismantled. Separately, "
     "the Quang Tri Provincial Border Guard Command said its Drug and Crime Prevention Task "
     "Force caught a courier at the Lao Bao border gate.",
     "Drug and Crime Prevention Task Force",
     "Drug and Crime Prevention Task Force of the Quang Tri Provincial Border Guard Command"),
    ("Brussels, Belgium - The Federal Police said its Directorate of Special Units "
     "entered the house near Antwerp at dawn.",
     "Directorate of Special Units",
     "Directorate of Special Units of the Federal Police of Belgium"),
    ("Bucharest - Officers of the Romanian Police and of its Special Actions Service searched "
     "a house in Constanta, Romania.",
     "Special Actions Service", "Special Actions Service of the Police of Romania"),
    ("Doha, Qatar - The General Authority of Customs said its Maritime Customs Department "
     "stopped a dhow carrying 2 tonnes of hashish.",
     "Maritime Customs Department",
     "Maritime Customs Department of the General Authority of Customs of Qatar"),
    ("The Australian Federal Police said its Eastern Command seized 300 kg of cocaine in "
     "Sydney, Australia.", "Eastern Command", "Eastern Command of the Australian Federal Police"),
    # a unit whose kind ("Customs") no named body shares takes its country, not that body
    ("Georgetown, Guyana - The Guyana Police Force and the Customs Anti-Narcotics Unit "
     "seized 80 kg of cannabis.",
     "Customs Anti-Narcotics Unit", "Customs Anti-Narcotics Unit of Guyana"),
    # a body of another country is no parent
    ("Nairobi, Kenya - The Guyana Police Force and the Drug and Firearms Squad met.",
     "Drug and Firearms Squad", "Drug and Firearms Squad of Kenya"),
    # a royal or a registration department is a national body's wording too
    ("Bandar Seri Begawan, Brunei - Officers of the Royal Customs and Excise Department "
     "found 2 kg of heroin in Tutong.", "Royal Customs and Excise Department",
     "Royal Customs and Excise Department of Brunei Darussalam"),
    ("Bandar Seri Begawan, Brunei - The Immigration and National Registration Department "
     "deported two men from Tutong.", "Immigration and National Registration Department",
     "Immigration and National Registration Department of Brunei Darussalam"),
    # a listed body of one country whose name any country's body bears is the home country's
    ("Bandar Seri Begawan, Brunei - The Narcotics Control Bureau arrested 37 persons in "
     "Tutong and Brunei-Muara.", "Narcotics Control Bureau",
     "Narcotics Control Bureau of Brunei Darussalam"),
    # two places sharing a plural head end a regional office's name together
    ("Officers of the Border Directorate of the FSB of Russia for the Kursk and Belgorod "
     "Regions detained a courier.",
     "Border Directorate of the FSB of Russia for the Kursk and Belgorod Regions",
     "Border Directorate of the Federal Security Service of the Russian Federation for the "
     "Kursk and Belgorod Regions"),
    # an office serving a district takes the district the text names (its header's)
    ("U.S. Attorney's Office, Western District of Texas\nA Laredo man was sentenced to 12 "
     "years. The U.S. Attorney's Office prosecuted the case.", "U.S. Attorney's Office",
     "U.S. Attorney's Office for the Western District of Texas"),
    ("SAN DIEGO - U.S. Attorney for the Southern District of California Tara Hale said the "
     "U.S. Attorney's Office charged three men.", "U.S. Attorney's Office",
     "U.S. Attorney's Office for the Southern District of California"),
    # words of services' tasks and ministries' portfolios are generic too ("Duties",
    # "Interinstitutional", "Commonwealth"; "Council of Ministers")
    ("LONDON, United Kingdom - The Foreign, Commonwealth and Development Office funded a "
     "maritime training course in London.", "Foreign, Commonwealth and Development Office",
     "Foreign, Commonwealth and Development Office of the United Kingdom"),
    ("LIBREVILLE, 3 May 2026 - The General Directorate of Customs and Indirect Duties seized "
     "2 kg of cocaine at the airport of Libreville, Gabon.",
     "General Directorate of Customs and Indirect Duties",
     "General Directorate of Customs and Indirect Duties of Gabon"),
    ("TEGUCIGALPA, Honduras - The National Interinstitutional Security Force seized 300 kg of "
     "cocaine on a beach in Colón.", "National Interinstitutional Security Force",
     "National Interinstitutional Security Force of Honduras"),
    ("SUVA, Fiji - Officers of the Ministry of Fisheries found 12 kg of cocaine washed up on a "
     "beach in Fiji.", "Ministry of Fisheries", "Ministry of Fisheries of Fiji"),
    ("OUAGADOUGOU, Burkina Faso - The Council of Ministers adopted a decree on drug control "
     "on Wednesday.", "Council of Ministers", "Council of Ministers of Burkina Faso"),
    # a joint force is no department's parent; a coast guard is one
    ("TEGUCIGALPA, Honduras - The National Interinstitutional Security Force worked with the "
     "Directorate for the Fight against Drug Trafficking on the beaches of Colón.",
     "Directorate for the Fight against Drug Trafficking",
     "Directorate for the Fight against Drug Trafficking of Honduras"),
    ("PIRAEUS, Greece - Officers of the Drug Enforcement Directorate found 2 tonnes of cannabis "
     "on a cargo ship. The Hellenic Coast Guard said the ship came from Lebanon.",
     "Drug Enforcement Directorate", "Drug Enforcement Directorate of the Hellenic Coast Guard"),
    # ... but a police force the text names comes first
    ("GEORGETOWN, Guyana - The Guyana Police Force worked with the Guyana Coast Guard on the "
     "river. At the airport, officers of the Airport Security Service found 1 kg of cocaine.",
     "Airport Security Service", "Airport Security Service of the Guyana Police Force"),
]

LEFT = [
    # (text, ORG as written): the name stays as written
    # a country's name in an official name stays ("Kenya Police Service")
    ("Nairobi - The Kenya Police Service arrested two men with 20 kg of heroin in Mombasa.",
     "Kenya Police Service"),
    # no country is clear: several countries, none dominating, no dateline
    ("Delegations from Kazakhstan, Kyrgyzstan and Tajikistan met; the Tax and Customs "
     "Authority hosted a dinner.", "Tax and Customs Authority"),
    # an international body's seat in the dateline is not the country of the bodies named
    ("LYON, France - INTERPOL coordinated the operation with police in Ecuador, Peru and "
     "Colombia; the Tax and Customs Authority seized 5 tonnes of cocaine.",
     "Tax and Customs Authority"),
    # a route's country is not the text's own
    ("Cocaine from Colombia was found by the Tax and Customs Authority.",
     "Tax and Customs Authority"),
    # a coordination centre is no national body's wording
    ("Lyon, France - The Coordination Centre followed the operation.",
     "Coordination Centre"),
    # no district named: the office stays as written
    ("The U.S. Attorney's Office said the investigation continues.", "U.S. Attorney's Office"),
    # a known body named the world over without its country
    ("Washington, United States - The Drug Enforcement Administration seized 4 tonnes of "
     "cocaine in Texas.", "Drug Enforcement Administration"),
]


def names_of(text: str, surface: str) -> list[str | None]:
    return [(e.normalized or {}).get("name") for item in extract(text).items
            for e in item.entities if e.label == "ORG" and e.text == surface]


@pytest.mark.parametrize(("text", "surface", "name"), NAMED)
def test_generic_bodies_say_whose_they_are(text: str, surface: str, name: str) -> None:
    found = names_of(text, surface)
    assert found and all(n == name for n in found), found


@pytest.mark.parametrize(("text", "surface"), LEFT)
def test_generic_bodies_left_as_written(text: str, surface: str) -> None:
    found = names_of(text, surface)
    assert found and all(n == surface for n in found), found


WORDINGS = [
    # (name, generic national wording?, unit kind)
    ("Tax and Customs Authority", True, None),
    ("National Drug Control Directorate", True, None),  # a national marker: a body
    # "General" alone: a ministry's or a police force's directorate when the text names one
    ("General Directorate of Security", True, "general"),
    ("General Directorate of Anti-Narcotics", True, "general"),
    ("Directorate General of National Security", True, None),  # "National": a body
    ("Directorate of Special Units", True, "department"),
    ("Special Actions Service", True, "department"),
    ("Dog Unit", True, "unit"),
    ("National Unit to Combat Drug Trafficking", True, "unit"),
    ("Joint Interagency Task Force South", True, "unit"),  # a direction after the head
    # a prefix written closed up before a generic word keeps the name generic
    ("Antinarcotics Division", True, "unit"),
    ("Counternarcotics Unit", True, "unit"),
    ("Antimony Division", False, None),  # no generic word after the "anti"
    ("Narcotics Suppression Division 5", True, "unit"),  # a unit number
    ("Zakat, Tax and Customs Authority", True, None),
    ("Anti-Drug Directorate of the National Police", True, None),  # names its parent
    ("Maritime and Lagoon Police", True, "service"),  # a branch of the police
    ("Special Purpose Police Brigade", True, "unit"),
    ("Regional Drug Enforcement Unit", True, "unit"),
    ("Third High Criminal Court", True, None),
    ("Guardia Civil", False, None),
    ("Tucson Field Office", False, None),
    ("Coordination Centre", False, None),  # no national body's head
    ("Police", False, None),  # one word is no name
]


@pytest.fixture(scope="module")
def generic() -> GenericNames:
    bodies = NationalBodies.load(
        model_path() / "pressparse_organizations" / "national_bodies.json")
    assert bodies is not None and bodies.generic is not None
    return bodies.generic


@pytest.mark.parametrize(("name", "is_generic", "kind"), WORDINGS)
def test_generic_wordings(generic: GenericNames, name: str, is_generic: bool,
                          kind: str | None) -> None:
    assert (generic.is_generic(name), generic.unit_kind(name)) == (is_generic, kind)
