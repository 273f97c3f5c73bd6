"""Acronyms several bodies share resolve in context: the text's long form, a wire cue, the
countries the text names (full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

CASES = [
    # (sentence, acronym, expected normalized name of each of its mentions; None: no ORG)
    ("Officers of the National Police of Peru (PNP) seized 2 tonnes of cocaine in Callao. "
     "The PNP said the load was bound for Antwerp.", "PNP", "National Police of Peru"),
    ("In Lima, Peru, the PNP anti-drug directorate seized 300 kg of cocaine paste.", "PNP",
     "National Police of Peru"),
    ("Manila, Philippines - The PNP arrested four suspects in Quezon City with 2 kg of shabu.",
     "PNP", "Philippine National Police"),
    ("Agents of the National Police of Peru (PNP) met colleagues in Manila and Cebu, "
     "Philippines. The PNP team flew home on Friday.", "PNP", "National Police of Peru"),
    ("The PNP said on Monday that twelve people were arrested.", "PNP", "PNP"),
    # a wire credit before a double hyphen: "..., SPA -- "
    ("JEDDAH, May 3, 2026, SPA -- Customs officers at the Islamic port seized 90,000 pills.",
     "SPA", "Saudi Press Agency"),
    ("SYDNEY (AFP) - Police in Australia seized 500 kg of cocaine from a yacht.", "AFP",
     "Agence France-Presse"),
    # a national news agency's acronym in a wire credit; another body's where it is defined
    ("Hanoi (VNA) \u2013 Border guards in Quang Tri province seized 12 kg of heroin.", "VNA",
     "Vietnam News Agency"),
    ("ACCRA, May 3 (GNA) - The Narcotics Control Commission burnt 2 tonnes of cannabis.",
     "GNA", "Ghana News Agency"),
    ("IPOH, Oct 2 (Bernama) -- Police seized 30 kg of syabu in a raid in Perak.", "Bernama",
     "Malaysian National News Agency"),
    ("Officers of the National Gendarmerie of Argentina (GNA) seized 300 kg of marijuana in "
     "Misiones. The GNA patrols the border.", "GNA", "National Gendarmerie of Argentina"),
    ("A customs officer in Cartagena, Colombia told AFP that the boat came from Ecuador.", "AFP",
     "Agence France-Presse"),
    ("The AFP and Border Force officers found 200 kg of methamphetamine in Sydney, Australia.",
     "AFP", "Australian Federal Police"),
    ("AFP soldiers on Jolo island in the Philippines seized rifles and 3 kg of shabu.", "AFP",
     "Armed Forces of the Philippines"),
    ("In Mumbai, India, the NCB seized 20 kg of heroin hidden in a shipment of marble.", "NCB",
     "Narcotics Control Bureau of India"),
    ("The NCB in Astana passed a notice to partners in Interpol's network.", "NCB",
     "National Central Bureau of the International Criminal Police Organization"),
    ("Police in Casablanca, Morocco said the DGSN seized 3 tonnes of cannabis resin.", "DGSN",
     "Directorate General of National Security of Morocco"),
    ("In Oran, Algeria, DGSN officers seized 40 kg of cannabis resin near the port.", "DGSN",
     "General Directorate of National Security of Algeria"),
    ("In Praia, Cabo Verde, the PJ seized 2 tonnes of cocaine from a fishing boat.", "PJ",
     "Judicial Police of Cabo Verde"),
    ("In Lisbon, Portugal, PJ inspectors seized 700 kg of cocaine in a container.", "PJ",
     "Judicial Police of Portugal"),
    ("In Durban, South Africa, SARS officers found 40 kg of cocaine in a container.", "SARS",
     "South African Revenue Service"),
    # the interior ministry's Russian acronym: the ministry of the country the text names
    ("MINSK. The State Security Committee of Belarus and the MVD closed a channel from Russia "
     "to Minsk and Brest. The MVD said three couriers were held in Belarus.", "MVD",
     "Ministry of Internal Affairs of the Republic of Belarus"),
    ("Moscow, Russia. The MVD said the laboratory near Tver had made 40 kg of mephedrone.",
     "MVD", "Ministry of Internal Affairs of the Russian Federation"),
    # a Kazakh agency's acronym is Malta's armed forces in a Maltese release
    ("VALLETTA, Malta. The AFM intercepted a boat with 200 kg of cannabis off Malta.", "AFM",
     "Armed Forces of Malta"),
    # the Spanish acronym of the armed forces (Fuerzas Armadas) a translated release keeps:
    # the armed forces of the country the text names
    ("TEGUCIGALPA, Honduras. Troops of the FFAA seized 900 kg of cocaine near Puerto Lempira, "
     "Honduras.", "FFAA", "Armed Forces of Honduras"),
    ("LIMA, Peru. The FFAA and the National Police destroyed a cocaine lab in the VRAEM, Peru.",
     "FFAA", "Armed Forces of Peru"),
    ("The SARS-CoV-2 pandemic slowed shipping through Durban, South Africa.", "SARS", None),
    ("The SARS outbreak of 2003 emptied airports across Asia.", "SARS", None),
]


@pytest.mark.parametrize(("sentence", "acronym", "name"), CASES)
def test_shared_acronym_resolves_in_context(sentence: str, acronym: str,
                                            name: str | None) -> None:
    found = [(e.normalized or {}).get("name") for item in extract(sentence).items
             for e in item.entities if e.label == "ORG" and e.text == acronym]
    if name is None:
        assert found == []
    else:
        assert found and all(n == name for n in found), found
