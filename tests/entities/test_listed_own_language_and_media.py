"""National bodies written in their own language take the English name they normalize to, and
news agencies, broadcasters and newspapers are ORGs; a media acronym other bodies or words also
use is named only where the text names the outlet's country."""

from __future__ import annotations

import pytest

import pressparse


def org_names(text: str) -> list[tuple[str, str]]:
    entities = [e for item in pressparse.extract(text).items for e in item.entities]
    return [(e.text, e.normalized.get("name")) for e in entities if e.label == "ORG"]


OWN_LANGUAGE_BODIES: list[tuple[str, list[tuple[str, str]]]] = [
    ("BERGEN, 3 February 2026 - Tolletaten found 85 kg of hashish in a lorry at Storebø.",
     [("Tolletaten", "Customs of Norway")]),
    ("HELSINKI - Rajavartiolaitos and Poliisi stopped a van carrying 14,000 tablets.",
     [("Rajavartiolaitos", "Border Guard of Finland"), ("Poliisi", "Police of Finland")]),
    ("Bratislava, 2 May 2026 - Officers of the Policajný zbor seized 40 kg of cannabis.",
     [("Policajný zbor", "Police Force of the Slovak Republic")]),
    ("Koper, 12 May 2026 - FURS customs officers found 250 kg of cocaine in a container.",
     [("FURS", "Financial Administration of Slovenia")]),
    ("Douala, 4 March 2026 - The Douanes camerounaises seized 2 tonnes of tramadol.",
     [("Douanes camerounaises", "Customs of Cameroon")]),
    ("The Koninklijke Marechaussee arrested a courier; the KMar found 5 kg of cocaine.",
     [("Koninklijke Marechaussee", "Royal Netherlands Marechaussee"),
      ("KMar", "Royal Netherlands Marechaussee")]),
    ("KUALA LUMPUR - Polis Diraja Malaysia and the JKDM seized 300 kg of syabu in Klang.",
     [("Polis Diraja Malaysia", "Royal Malaysia Police"),
      ("JKDM", "Royal Malaysian Customs Department")]),
    ("JAKARTA - Bea dan Cukai officers and Bakamla seized 1.2 tonnes of methamphetamine.",
     [("Bea dan Cukai", "Directorate General of Customs and Excise of Indonesia"),
      ("Bakamla", "Indonesian Maritime Security Agency")]),
    ("The Guardia Costiera intercepted a sailing boat off Crotone carrying 60 kg of hashish.",
     [("Guardia Costiera", "Coast Guard of Italy")]),
    ("Hamburg - The Zollkriminalamt said 400 kg of cocaine were found in a container.",
     [("Zollkriminalamt", "Customs Criminological Office of Germany")]),
    ("Brussels - The Police fédérale arrested six people in Antwerp.",
     [("Police fédérale", "Federal Police of Belgium")]),
    # a demonym before a generic name still reads as the country
    ("Danish Customs seized 30 kg of amphetamine at Padborg.",
     [("Danish Customs", "Customs of Denmark")]),
]

MEDIA_OUTLETS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Lomé, 14 March 2026 (ATOP) - Gendarmes seized 300 kg of cannabis near Kpalimé in Togo.",
     [("ATOP", "Agence Togolaise de Presse")]),
    ("Budapest, 3 July 2026 (MTI) - Police in Hungary seized 2 tonnes of khat.",
     [("MTI", "Hungarian News Agency")]),
    ("Reykjavík, 2 April 2026 - An officer told RÚV that 20 kg of cocaine were found.",
     [("RÚV", "RÚV")]),
    ("JOURNALIST, SVT: How many people were arrested in Sweden?",
     [("SVT", "Sveriges Television")]),
    ("Tokyo - NHK reported the seizure of 600 kg of methamphetamine.", [("NHK", "NHK")]),
    ("A police spokesman in Kabul told TOLOnews that 90 kg of heroin were burnt.",
     [("TOLOnews", "TOLOnews")]),
    ("In an interview with Sputnik Kyrgyzstan, a border officer spoke of hashish couriers.",
     [("Sputnik Kyrgyzstan", "Sputnik Kyrgyzstan")]),
    ("Source: MONTSAME (Ulaanbaatar) | customs seized 2 kg of opium.",
     [("MONTSAME", "Montsame National News Agency")]),
    # a shared media acronym with no country of its outlet stays unnamed
    ("Trading on the NOS was flat; the ANP index fell and ratings at PAP were stable.", []),
]


@pytest.mark.parametrize(("text", "expected"), OWN_LANGUAGE_BODIES + MEDIA_OUTLETS)
def test_org_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert org_names(text) == expected
