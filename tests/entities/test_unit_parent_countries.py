"""Units named with a parent that says no country (entities/national_bodies.py; full
pipeline, our own sentences): a parent's acronym that several countries' bodies share
("MIA") is the body of the text's country; a local unit of a generic national body takes
the country with its parent ("... of the Agency for Financial Monitoring of the Republic of
Kazakhstan"); a listed body's own demonym stays in its name ("... of the South African Police
Service")."""

from __future__ import annotations

import pytest

from org_values import orgs


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("BISHKEK. Officers of the Patrol Police Service of the MIA stopped a car near "
     "Kara-Balta, Kyrgyzstan. The Kyrgyz police said the driver was detained.",
     "Patrol Police Service of the MIA",
     "Patrol Police Service of the Ministry of Internal Affairs of the Kyrgyz Republic"),
    ("YEREVAN. Officers of the Patrol Service of the MIA detained a driver with 2 kg of "
     "cannabis near Gyumri, Armenia. Armenian police said.", "Patrol Service of the MIA",
     "Patrol Service of the Ministry of Internal Affairs of the Republic of Armenia"),
    ("TBILISI. The Central Criminal Police Department of the MIA arrested three men in "
     "Batumi, Georgia. Georgian police found heroin.",
     "Central Criminal Police Department of the MIA",
     "Central Criminal Police Department of the Ministry of Internal Affairs of Georgia"),
    ("MOSCOW. The Main Directorate for Drug Control of the MIA said Russian police seized "
     "20 kg of mephedrone in Moscow, Russia.", "Main Directorate for Drug Control of the MIA",
     "Main Directorate for Drug Control of the Ministry of Internal Affairs of the Russian "
     "Federation"),
    # no country in the text: the acronym says none of its dozen bodies
    ("Officers of the Patrol Service of the MIA detained a driver.",
     "Patrol Service of the MIA", "Patrol Service of the MIA"),
])
def test_shared_parent_acronym_of_the_texts_country(text: str, surface: str,
                                                    name: str) -> None:
    assert orgs(text).get(surface) == name


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("ASTANA. The Department of Economic Investigations for the Turkestan Region of the "
     "Agency for Financial Monitoring seized assets in Kazakhstan. Kazakh police helped.",
     "Department of Economic Investigations for the Turkestan Region of the Agency for "
     "Financial Monitoring",
     "Department of Economic Investigations for the Turkestan Region of the Agency for "
     "Financial Monitoring of the Republic of Kazakhstan"),
    ("BISHKEK. The Chui Regional Directorate of the State Committee for National Security "
     "detained a courier in Kyrgyzstan, Kyrgyz officials said.",
     "Chui Regional Directorate of the State Committee for National Security",
     "Chui Regional Directorate of the State Committee for National Security of the Kyrgyz "
     "Republic"),
    ("MINSK, 4 May. The Vitebsk Regional Department of the State Security Committee "
     "detained a courier in Belarus. Belarusian border guards said.",
     "Vitebsk Regional Department of the State Security Committee",
     "Vitebsk Regional Department of the State Security Committee of the Republic of "
     "Belarus"),
    ("WARSAW. The Gdańsk Board of the Central Investigation Bureau of Police dismantled a "
     "laboratory in Poland, Polish police said.",
     "Gdańsk Board of the Central Investigation Bureau of Police",
     "Gdańsk Board of the Central Investigation Bureau of Police of Poland"),
])
def test_local_unit_of_a_generic_national_body(text: str, surface: str, name: str) -> None:
    assert orgs(text).get(surface) == name


@pytest.mark.parametrize(("text", "surface"), [
    ("Officers of the Serious Organised Crime Unit of the South African Police Service "
     "arrested two men in Durban, South Africa.",
     "Serious Organised Crime Unit of the South African Police Service"),
    ("The Counter Terrorism Command of the Australian Federal Police and Australian police "
     "raided homes in Sydney, Australia.",
     "Counter Terrorism Command of the Australian Federal Police"),
])
def test_listed_parent_keeps_its_demonym(text: str, surface: str) -> None:
    assert orgs(text).get(surface) == surface


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("KYZYL. The Border Directorate of the FSB of Russia for the Republic of Tyva held an "
     "exercise. Russian border guards took part.",
     "Border Directorate of the FSB of Russia for the Republic of Tyva",
     "Border Directorate of the Federal Security Service of the Russian Federation for the "
     "Republic of Tyva"),
    ("UFA. The Directorate of the Ministry of Internal Affairs for the Republic of "
     "Bashkortostan detained a courier in Russia.",
     "Directorate of the Ministry of Internal Affairs for the Republic of Bashkortostan",
     "Directorate of the Ministry of Internal Affairs of the Russian Federation for the "
     "Republic of Bashkortostan"),
    ("OMSK. The Directorate of the FSB of Russia for the Omsk Region detained a courier.",
     "Directorate of the FSB of Russia for the Omsk Region",
     "Directorate of the Federal Security Service of the Russian Federation for the Omsk "
     "Region"),
])
def test_regional_office_for_a_republic_or_region(text: str, surface: str,
                                                  name: str) -> None:
    assert orgs(text).get(surface) == name


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("OMSK. The Omsk Region Interior Ministry Directorate said Russian police seized "
     "synthetic drugs in Russia.", "Omsk Region Interior Ministry Directorate",
     "Directorate of the Ministry of Internal Affairs of the Russian Federation for the "
     "Omsk Region"),
    ("The Sverdlovsk Region FSB Department detained a courier in Yekaterinburg, Russia.",
     "Sverdlovsk Region FSB Department",
     "Department of the Federal Security Service of the Russian Federation for the "
     "Sverdlovsk Region"),
    ("The Moscow Region Interior Ministry Main Directorate said Russian police closed a "
     "laboratory.", "Moscow Region Interior Ministry Main Directorate",
     "Main Directorate of the Ministry of Internal Affairs of the Russian Federation for "
     "the Moscow Region"),
    # a city's own body keeps its name: no listed body between place and head
    ("The Almaty Police Department detained two men in Kazakhstan.",
     "Almaty Police Department", "Almaty Police Department"),
])
def test_regional_office_written_area_first(text: str, surface: str, name: str) -> None:
    assert orgs(text).get(surface) == name


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("CEBU CITY – Police Regional Office 7 (PRO7) reported 45 arrests in Central Visayas.",
     "Police Regional Office 7",
     "Police Regional Office 7 of the Philippine National Police"),
    ("Police Regional Office 3 said shabu worth P6.8 million was seized in Pampanga.",
     "Police Regional Office 3",
     "Police Regional Office 3 of the Philippine National Police"),
    # a unit family's start in another body's name says nothing
    ("The Regional Intelligence Liaison Office for Eastern and Southern Africa met in "
     "Nairobi.", "Regional Intelligence Liaison Office for Eastern and Southern Africa",
     "Regional Intelligence Liaison Office for Eastern and Southern Africa of the World "
     "Customs Organization"),
])
def test_unit_only_one_body_has(text: str, surface: str, name: str) -> None:
    assert orgs(text).get(surface) == name


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("SUVA. The Fiji Police Force's Counter Narcotics Bureau (CNB) seized 4 kg of "
     "methamphetamine in Fiji. The CNB said two men were charged.", "CNB",
     "Counter Narcotics Bureau of the Fiji Police Force"),
    ("SUVA. The Fiji Police Force's Counter Narcotics Bureau (CNB) seized 4 kg of "
     "methamphetamine in Fiji.", "Fiji Police Force's Counter Narcotics Bureau",
     "Counter Narcotics Bureau of the Fiji Police Force"),
    ("ABUJA. The Nigerian Police Force's Special Fraud Unit arrested a courier.",
     "Nigerian Police Force's Special Fraud Unit",
     "Special Fraud Unit of the Nigeria Police Force"),
    # a unit after a body's possessive is that body's, whatever words its name has, one
    # ORG with it (samples guide, session 34)
    ("N'DJAMENA. The National Gendarmerie's Research Brigade arrested three men with 20,000 "
     "tablets of tramadol in Chad.", "National Gendarmerie's Research Brigade",
     "Research Brigade of the National Gendarmerie of Chad"),
    ("The Korea Coast Guard said the KCG's East Sea Regional Headquarters found 12 kg of "
     "methamphetamine on a cargo ship at Donghae.", "KCG's East Sea Regional Headquarters",
     "East Sea Regional Headquarters of the Korea Coast Guard"),
    # a body no list knows is the parent too: its mention alone names it, or its words do,
    # and the unit's later bare mention takes the joined name (session 38)
    ("Detectives of the Halton Regional Police Service's Drug and Firearms Section arrested "
     "two men in Oakville. The Drug and Firearms Section seized 3 kg of cocaine, the Halton "
     "Regional Police Service said.", "Drug and Firearms Section",
     "Drug and Firearms Section of the Halton Regional Police Service"),
    ("Detectives of the Halton Regional Police Service's Drug and Firearms Section arrested "
     "two men in Oakville, the Halton Regional Police Service said.",
     "Halton Regional Police Service's Drug and Firearms Section",
     "Drug and Firearms Section of the Halton Regional Police Service"),
    ("Officers of the Port Security Administration's Northern Harbour Branch found 9 kg of "
     "heroin in a container.", "Port Security Administration's Northern Harbour Branch",
     "Northern Harbour Branch of the Port Security Administration"),
    # a country's possessive is the national rule's, not a parent
    ("Singapore's Central Narcotics Bureau (CNB) arrested 12 people.", "CNB",
     "Central Narcotics Bureau of Singapore"),
])
def test_unit_after_its_body_possessive(text: str, surface: str, name: str) -> None:
    assert orgs(text).get(surface) == name


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("DUSHANBE, 29.12.2025 /NIAT Khovar/. Border troops detained two couriers.",
     "NIAT Khovar", "National Information Agency of Tajikistan Khovar"),
    ("Manama, Dec. 30 (BNA) -- Customs officers foiled a hashish smuggling attempt.", "BNA",
     "Bahrain News Agency"),
    ("The interview was first broadcast by Khabar 24 on Tuesday.", "Khabar 24", "Khabar 24"),
    ("The ministers met in Minsk, MIR 24 reported.", "MIR 24", "MIR 24"),
    ("The report was published by 24.kg on Monday.", "24.kg", "24.kg"),
])
def test_relay_news_agencies(text: str, surface: str, name: str) -> None:
    assert orgs(text).get(surface) == name


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("BISHKEK. The Border Service detained two couriers at a checkpoint in Kyrgyzstan. "
     "Kyrgyz border guards said.", "Border Service",
     "Border Service of the State Committee for National Security of the Kyrgyz Republic"),
    ("ASTANA. Cadets of the Academy of the Border Service trained near Almaty, Kazakhstan. "
     "Kazakh officers said.", "Academy of the Border Service",
     "Academy of the Border Service of the National Security Committee of the Republic of "
     "Kazakhstan"),
    # no listed body of the text's country opens with the short form: the country's
    ("QUITO. The National Police seized cocaine in Ecuador.", "National Police",
     "National Police of Ecuador"),
])
def test_short_form_of_a_listed_body_of_the_texts_country(text: str, surface: str,
                                                          name: str) -> None:
    assert orgs(text).get(surface) == name


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("The heads of the MIA of Kyrgyzstan and the MIA of Kazakhstan met in Minsk.",
     "MIA of Kyrgyzstan", "Ministry of Internal Affairs of the Kyrgyz Republic"),
    ("The heads of the MIA of Kyrgyzstan and the MIA of Kazakhstan met in Minsk.",
     "MIA of Kazakhstan", "Ministry of Internal Affairs of the Republic of Kazakhstan"),
    ("Officers of the FSB of Russia detained a courier in Omsk.", "FSB of Russia",
     "Federal Security Service of the Russian Federation"),
])
def test_acronym_of_its_country_is_one_body(text: str, surface: str, name: str) -> None:
    assert orgs(text).get(surface) == name


def test_acronym_of_another_country_stays_apart() -> None:
    found = orgs("UNODC of Austria hosted the meeting.")
    assert "UNODC" in found and "UNODC of Austria" not in found
