"""Gazetteer coverage: bodies and places of publishers the rules were not written on are found
and normalized (label, canonical name, country) in press-release sentences."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

import pressparse.components  # noqa: F401  (registers the factories)


def entity(nlp: Language, text: str, surface: str) -> tuple[str, dict[str, Any]] | None:
    """The label and normalized value of the entity spanning exactly ``surface``."""
    for ent in nlp(text).ents:
        if ent.text == surface:
            return ent.label_, ent._.normalized or {}
    return None


# (sentence, surface, canonical name, country ISO2). A canonical name without its country
# takes "of <country>" ("Judicial Investigation Agency"), as the annotation
# guide's normalized names do; a unit takes its parent body ("... of the Royal Malaysia Police").
NATIONAL_BODIES = [
    ("Police in Kathmandu said the NCB destroyed the seized drugs, and Nepal Police thanked "
     "the Department of Drug Administration.", "NCB",
     "Narcotics Control Bureau of the Nepal Police", "NP"),
    ("Detective Inspector Blair Hansen of the NOCG said enquiries were continuing.",
     "NOCG", "National Organised Crime Group of the New Zealand Police", "NZ"),
    ("JIATF-South detected the go-fast boat off the Colombian coast.",
     "JIATF-South", "Joint Interagency Task Force South of the United States", "US"),
    ("The Mexican Navy intercepted a semi-submersible off Oaxaca.",
     "Mexican Navy", "Navy of Mexico", "MX"),
    ("SEMAR said the vessel carried three tonnes of cocaine.",
     "SEMAR", "Secretariat of the Navy of Mexico", "MX"),
    ("Agents of DIRAN and the Colombian Navy intercepted a go-fast boat off Tumaco.",
     "DIRAN", "Anti-Narcotics Directorate of the National Police of Colombia", "CO"),
    ("The National Directorate of Taxes and Customs found 300 kg of cocaine in a banana "
     "shipment at Santa Marta.",
     "National Directorate of Taxes and Customs",
     "National Directorate of Taxes and Customs of Colombia", "CO"),
    ("SENAE inspectors in Guayaquil flagged a container bound for Antwerp.",
     "SENAE", "National Customs Service of Ecuador", "EC"),
    ("The Policía Nacional del Perú and DEVIDA presented the coca monitoring figures.",
     "Policía Nacional del Perú", "National Police of Peru", "PE"),
    ("SUNAT officers at the port of Callao detected the shipment in a routine check.",
     "SUNAT", "National Superintendency of Customs and Tax Administration", "PE"),
    ("Carabineros de Chile dismantled a network that moved marijuana across the border.",
     "Carabineros de Chile", "Carabineros de Chile", "CL"),
    ("The Junta Nacional de Drogas presented its annual survey in Montevideo.",
     "Junta Nacional de Drogas", "National Drug Board of Uruguay", "UY"),
    ("Troops of the Guardia Nacional Bolivariana burned an airstrip in Zulia.",
     "Guardia Nacional Bolivariana", "Bolivarian National Guard of Venezuela", "VE"),
    ("The OIJ arrested three suspects in Limón after a six-month investigation.",
     "OIJ", "Judicial Investigation Agency of Costa Rica", "CR"),
    ("SENAFRONT units seized 1.2 tonnes of cocaine near the Colombian border.",
     "SENAFRONT", "National Border Service of Panama", "PA"),
    ("The Haitian National Police received two patrol boats from its partners.",
     "Haitian National Police", "National Police of Haiti", "HT"),
    ("JCF detectives and the Jamaica Defence Force searched a canoe at Old Harbour Bay.",
     "JCF", "Jamaica Constabulary Force", "JM"),
    ("The Trinidad and Tobago Coast Guard intercepted a pirogue off Cedros.",
     "Trinidad and Tobago Coast Guard", "Trinidad and Tobago Coast Guard", "TT"),
    ("NAFDAC and the NDLEA destroyed seized tramadol in Lagos.",
     "NAFDAC", "National Agency for Food and Drug Administration and Control", "NG"),
    ("The Ghana Revenue Authority handed the suspects over to NACOC.",
     "Ghana Revenue Authority", "Ghana Revenue Authority", "GH"),
    ("The Kenya Revenue Authority and the DCI inspected a container at Mombasa.",
     "Kenya Revenue Authority", "Kenya Revenue Authority", "KE"),
    ("The Tanzania Police Force and the DCEA raided a farm in Arusha region.",
     "Tanzania Police Force", "Tanzania Police Force", "TZ"),
    ("ZIMRA officers at Beitbridge found undeclared cigarettes in a haulage truck.",
     "ZIMRA", "Zimbabwe Revenue Authority", "ZW"),
    ("The Royal Oman Police said a boat carrying hashish was stopped off Dhofar.",
     "Royal Oman Police", "Royal Oman Police", "OM"),
    ("Abu Dhabi Police seized 4.2 million captagon pills hidden in fruit crates.",
     "Abu Dhabi Police", "Abu Dhabi Police", "AE"),
    ("The Royal Moroccan Gendarmerie intercepted a truck carrying cannabis resin.",
     "Royal Moroccan Gendarmerie", "Royal Gendarmerie of Morocco", "MA"),
    ("The Frontier Corps recovered hashish and opium in a raid near Chaman.",
     "Frontier Corps", "Frontier Corps", "PK"),
    ("Officers of the Indo-Tibetan Border Police handed the consignment to customs.",
     "Indo-Tibetan Border Police", "Indo-Tibetan Border Police", "IN"),
    ("The National Dangerous Drugs Control Board runs the treatment centre in Colombo.",
     "National Dangerous Drugs Control Board",
     "National Dangerous Drugs Control Board of Sri Lanka", "LK"),
    ("AADK officers and the police held a joint operation in Penang.",
     "AADK", "National Anti-Drugs Agency of Malaysia", "MY"),
    ("The Immigration and Checkpoints Authority found the drugs at Woodlands Checkpoint.",
     "Immigration and Checkpoints Authority",
     "Immigration and Checkpoints Authority", "SG"),
    ("Bea Cukai officers at Soekarno-Hatta airport stopped a passenger carrying sabu.",
     "Bea Cukai", "Directorate General of Customs and Excise of Indonesia", "ID"),
    ("Cambodia's NACD reported more than 4,000 drug cases in the first half of the year.",
     "NACD", "National Authority for Combating Drugs of Cambodia", "KH"),
    ("The PNP Drug Enforcement Group served the warrant in Quezon City.",
     "PNP Drug Enforcement Group",
     "Drug Enforcement Group of the Philippine National Police", "PH"),
    ("Officers of the Polish Border Guard found cigarettes in a freight train.",
     "Polish Border Guard", "Border Guard of Poland", "PL"),
    ("USKOK indicted 12 members of a cocaine smuggling group.",
     "USKOK", "Office for the Suppression of Corruption and Organised Crime of Croatia", "HR"),
    ("The Romanian Border Police stopped a lorry at the Giurgiu crossing point.",
     "Romanian Border Police", "Border Police of Romania", "RO"),
    ("The Independent Authority for Public Revenue found the cocaine in Piraeus.",
     "Independent Authority for Public Revenue",
     "Independent Authority for Public Revenue of Greece", "GR"),
    ("The Fiji Police Force and the FRCS examined the yacht at Lautoka wharf.",
     "Fiji Police Force", "Fiji Police Force", "FJ"),
    ("The Royal Papua New Guinea Constabulary found cannabis in a dinghy.",
     "Royal Papua New Guinea Constabulary", "Royal Papua New Guinea Constabulary", "PG"),
    ("The Royal Solomon Islands Police Force said the yacht was abandoned.",
     "Royal Solomon Islands Police Force", "Royal Solomon Islands Police Force", "SB"),
    ("The General Directorate for Narcotics Affairs said 1.5 million pills were destroyed.",
     "General Directorate for Narcotics Affairs",
     "General Directorate for Narcotics and Psychotropic Affairs of Iraq", "IQ"),
    ("The DLEAG raided a compound in Brikama and arrested four suspects.",
     "DLEAG", "Drug Law Enforcement Agency, The Gambia", "GM"),
    ("Officers of the Liberia Drug Enforcement Agency burned 300 kg of cannabis.",
     "Liberia Drug Enforcement Agency", "Liberia Drug Enforcement Agency", "LR"),
    ("The Royal Saint Lucia Police Force recovered a firearm and cocaine.",
     "Royal Saint Lucia Police Force", "Royal Saint Lucia Police Force", "LC"),
    # session 9: prosecutors, customs and border services, coast guards absent before
    ("Prosecutors of the DCIAP charged 14 people over the yacht seized off the Azores.",
     "DCIAP", "Central Department of Criminal Investigation and Prosecution of Portugal",
     "PT"),
    ("The FOCBS found 12 kg of cocaine in a car at the Chiasso crossing.", "FOCBS",
     "Federal Office for Customs and Border Security of Switzerland", "CH"),
    ("The Swedish Prosecution Authority charged four men in Gothenburg.",
     "Swedish Prosecution Authority", "Prosecution Authority of Sweden", "SE"),
    ("The Ministerio Público de Guatemala opened a case against the crew.",
     "Ministerio Público de Guatemala", "Public Ministry of Guatemala", "GT"),
    ("Officers of the DICAPI boarded the fishing boat off Paita.", "DICAPI",
     "General Directorate of Captaincies and Coast Guards of Peru", "PE"),
    ("The Korea Coast Guard seized 30 kg of methamphetamine off Busan.", "Korea Coast Guard",
     "Korea Coast Guard", "KR"),
    ("The Fiscalía de Chile charged the driver in Arica.", "Fiscalía de Chile",
     "Public Prosecutor's Office of Chile", "CL"),
    ("Officers of NamRA found undeclared cash at the Noordoewer border post.", "NamRA",
     "Namibia Revenue Agency", "NA"),
    ("Yerevan - The RA Police said 3 kg of cannabis were seized.", "RA Police",
     "Police of the Republic of Armenia", "AM"),
    ("NOVOSIBIRSK, May 4 (Interfax-Siberia) - Police seized 12 kg of hashish.",
     "Interfax-Siberia", "Interfax-Siberia", "RU"),
    # an acronym written with a dot after each letter
    ("Officers of the A.A.D.E. found 90 kg of cocaine at Piraeus, Greece.", "A.A.D.E.",
     "Independent Authority for Public Revenue of Greece", "GR"),
    # acronyms several countries' bodies use: the body of the country the text names
    ("Police of Kyrgyzstan: the MIA said 12 kg of hashish were seized in Bishkek, "
     "Kyrgyzstan.", "MIA", "Ministry of Internal Affairs of the Kyrgyz Republic", "KG"),
    ("In Tbilisi, Georgia, the MIA detained three couriers from Georgia.", "MIA",
     "Ministry of Internal Affairs of Georgia", "GE"),
    ("The PF seized 400 kg of cocaine at the port of Santos, Brazil.", "PF",
     "Federal Police of Brazil", "BR"),
    ("An officer of the Kenya Police told the court that the ODPP had approved charges in "
     "Mombasa, Kenya.", "ODPP", "Office of the Director of Public Prosecutions of Kenya",
     "KE"),

]


# (sentence, surface, canonical name): international and regional bodies, programmes, offices
INTERNATIONAL_BODIES = [
    ("SARPCCO and EAPCCO chiefs met in Windhoek to plan the joint operation.",
     "SARPCCO", "Southern African Regional Police Chiefs Cooperation Organisation"),
    ("The West African Police Chiefs Committee endorsed the plan.",
     "West African Police Chiefs Committee", "West African Police Chiefs Committee"),
    ("SICA member states signed the regional security strategy.",
     "SICA", "Central American Integration System"),
    ("Prosecutors trained under CRIMJUST shared case files with Brazil.",
     "CRIMJUST", "Global Programme on Strengthening Criminal Investigation and Criminal "
     "Justice Cooperation along the Cocaine Route"),
    ("The port unit was set up with SEACOP and the EU.", "SEACOP", "Seaport Cooperation Project"),
    ("The Combined Maritime Forces said HMS Lancaster boarded the dhow.",
     "Combined Maritime Forces", "Combined Maritime Forces"),
    ("The seizure was made by a warship working with CTF 150 in the Arabian Sea.",
     "CTF 150", "Combined Task Force 150 of the Combined Maritime Forces"),
    ("CTF 153 patrols the Red Sea and the Bab el-Mandeb.",
     "CTF 153", "Combined Task Force 153 of the Combined Maritime Forces"),
    ("Analysts from RILO Asia/Pacific circulated the alert.",
     "RILO Asia/Pacific", "Regional Intelligence Liaison Office for Asia and the Pacific"
     " of the World Customs Organization"),
    ("The Pacific Transnational Crime Coordination Centre shared intelligence with Fiji.",
     "Pacific Transnational Crime Coordination Centre",
     "Pacific Transnational Crime Coordination Centre"),
    ("COPOLAD funded the early warning system.", "COPOLAD",
     "Cooperation Programme between Latin America, the Caribbean and the European Union on "
     "Drugs Policies"),
]


@pytest.mark.parametrize(("text", "surface", "name"), INTERNATIONAL_BODIES)
def test_international_body(nlp: Language, text: str, surface: str, name: str) -> None:
    found = entity(nlp, text, surface)
    assert found is not None, f"{surface!r} not found"
    label, value = found
    assert label == "ORG"
    assert value.get("name") == name
    assert value.get("country") is None


@pytest.mark.parametrize(("text", "surface", "name", "country"), NATIONAL_BODIES)
def test_national_body(nlp: Language, text: str, surface: str, name: str,
                       country: str) -> None:
    found = entity(nlp, text, surface)
    assert found is not None, f"{surface!r} not found"
    label, value = found
    assert label == "ORG"
    assert value.get("name") == name
    assert value.get("country") == country


# (sentence, surface, canonical name, country ISO2): subdivisions under their English names
# (the ISO list writes "Jawa Barat"), with or without their head, old names, ports, crossings.
PLACES = [
    ("Detectives arrested the dealer at his apartment in the Bronx on Tuesday.", "Bronx",
     "Bronx", "US"),
    ("Border guards of the Republic of Tyva detained a courier in Tyva.", "Tyva",
     "Tuva", "RU"),  # a republic of Russia by its short English name (guide, session 20)
    ("BNN officers in West Java and North Sumatra arrested 14 couriers last month.",
     "West Java", "West Java", "ID"),
    ("The boat was intercepted in the waters of the Riau Islands before dawn.",
     "Riau Islands", "Riau Islands", "ID"),
    ("Police in South Sulawesi found 3 kg of crystal meth in a rented house.",
     "South Sulawesi", "South Sulawesi", "ID"),
    ("Border guards in West Azerbaijan province seized 80 kg of heroin.",
     "West Azerbaijan province", "West Azerbaijan Province", "IR"),
    ("Security forces in Anbar arrested a captagon dealer near the Syrian border.",
     "Anbar", "Anbar Governorate", "IQ"),
    ("The consignment crossed into Nineveh from the Kurdistan Region of Iraq.",
     "Kurdistan Region of Iraq", "Kurdistan Region", "IQ"),
    ("Patrols in Jazan region foiled the smuggling of 900 kg of khat.",
     "Jazan region", "Jazan Region", "SA"),
    ("Egyptian forces destroyed cannabis fields in North Sinai this week.",
     "North Sinai", "North Sinai Governorate", "EG"),
    # another romanization, named as written (guide: `Sumgait` and `Sumgayit`)
    ("Army units raided a captagon workshop in the Bekaa Valley overnight.",
     "Bekaa Valley", "Bekaa Valley", "LB"),
    ("Traffickers tried to cross from As-Suwayda into Jordan on foot.",
     "As-Suwayda", "As-Suwayda", "SY"),
    ("The coast guard stopped a dhow off Hodeidah with 2 tons of hashish.",
     "Hodeidah", "Hodeidah", "YE"),
    ("Poppy fields were destroyed in Maidan Wardak and Kandahar.",
     "Maidan Wardak", "Wardak Province", "AF"),  # AF provinces take their head (guide s31)
    ("Police in Azad Kashmir arrested two men with 12 kg of charas.",
     "Azad Kashmir", "Azad Jammu and Kashmir", "PK"),
    ("The excise squad in Orissa seized ganja worth Rs 2 crore.",
     "Orissa", "Odisha", "IN"),
    ("Officers of the task force operated in Goa for three days.", "Goa", "Goa", "IN"),
    ("Eradication teams were deployed to the VRAEM in April.",
     "VRAEM", "Valley of the Apurímac, Ene and Mantaro Rivers", "PE"),
    ("Coca leaf from the Chapare was loaded onto a truck.", "Chapare", "Chapare", "BO"),
    ("PDEA agents in Metro Manila served three search warrants.",
     "Metro Manila", "National Capital Region", "PH"),
    ("Police in Issyk-Kul seized 5 kg of hashish from a tourist.",
     "Issyk-Kul", "Issyk-Kul Region", "KG"),
    ("The driver was stopped at Mirjaveh on the Pakistan border.", "Mirjaveh", "Mirjaveh", "IR"),
    ("Customs officers at Tin Can Island Port found tramadol in a container.",
     "Tin Can Island Port", "Tin Can Island Port", "NG"),
    ("Officers at Onne examined two containers from Brazil.", "Onne", "Port of Onne", "NG"),
    ("The container was unloaded at Tanger Med on Monday.", "Tanger Med", "Tanger Med", "MA"),
    ("A passenger from Addis Ababa was arrested at JKIA with cocaine in his luggage.",
     "JKIA", "Jomo Kenyatta International Airport", "KE"),
    ("Officers at the Attari-Wagah border recovered 5 kg of heroin from a truck.",
     "Attari-Wagah border", "Attari-Wagah", "IN"),
    ("The bus was searched at Woodlands Checkpoint on Friday.",
     "Woodlands Checkpoint", "Woodlands Checkpoint", "SG"),
    ("Cocaine was found in a reefer container at the Port of Tanjung Pelepas.",
     "Port of Tanjung Pelepas", "Port of Tanjung Pelepas", "MY"),
    # letters English writes plain: dotless i, schwa, barred l
    ("Gendarmerie teams in Sanliurfa seized 40 kg of skunk from a minibus.",
     "Sanliurfa", "Şanlıurfa", "TR"),
    ("Customs officers in Lodz found tobacco in a furniture lorry.", "Lodz", "Łódź", "PL"),
]


@pytest.mark.parametrize(("text", "surface", "name", "country"), PLACES)
def test_place(nlp: Language, text: str, surface: str, name: str, country: str) -> None:
    found = entity(nlp, text, surface)
    assert found is not None, f"{surface!r} not found"
    label, value = found
    assert label == "LOC"
    assert value.get("name") == name
    assert value.get("country_iso2") == country


# (sentence, surface, demonym, country ISO2): country adjectives used on their own are NORP
COUNTRY_ALIASES = [
    ("Customs officers stopped the shipment before it reached Aotearoa.", "Aotearoa", "NZ"),
    # the country's own initials, written so in Balkan releases in English
    ("Two citizens of BiH were stopped at the Gradiška crossing.", "BiH", "BA"),
]


@pytest.mark.parametrize(("text", "surface", "iso2"), COUNTRY_ALIASES)
def test_country_alias(nlp: Language, text: str, surface: str, iso2: str) -> None:
    found = entity(nlp, text, surface)
    assert found is not None and found[0] == "COUNTRY" and found[1].get("iso2") == iso2


DEMONYMS = [
    ("Saudi authorities said the pills were hidden in a pomegranate shipment.", "Saudi", "SA"),
    ("Philippine authorities extradited the suspect on Tuesday.", "Philippine", "PH"),
    ("An Argentine court sentenced the pilot to 12 years.", "Argentine", "AR"),
    ("Two Cabo Verdean fishermen were rescued from the vessel.", "Cabo Verdean", "CV"),
    ("A Kosovar national was detained at the border crossing.", "Kosovar", "XK"),
    ("An Icelandic trawler was searched in Reykjavik harbour.", "Icelandic", "IS"),
    ("Three Vincentians were arrested aboard the pirogue.", "Vincentians", "VC"),
]


@pytest.mark.parametrize(("text", "surface", "country"), DEMONYMS)
def test_demonym(nlp: Language, text: str, surface: str, country: str) -> None:
    found = entity(nlp, text, surface)
    assert found is not None, f"{surface!r} not found"
    label, value = found
    assert label == "NORP"
    assert value.get("iso2") == country


# (sentence, surface): a shared acronym no body of the text's countries uses is no body
NO_BODIES = [
    ("The flight from MIA landed in Houston, Texas, United States.", "MIA"),
    ("The PF rating of the brand is low in Canada.", "PF"),
]


@pytest.mark.parametrize(("text", "surface"), NO_BODIES)
def test_shared_acronym_of_no_named_country(nlp: Language, text: str, surface: str) -> None:
    found = entity(nlp, text, surface)
    assert found is None or found[0] != "ORG", found
