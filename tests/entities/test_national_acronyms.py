"""National services written by their own-language acronym or name take their conventional
English name when the text names their country ("the IGP" in a Moldovan text, "the SIC" in an
Angolan one, "the Kustwacht" in a Curaçao one), and never in a text of another country; a
generic name of a small state's body takes the country, and a territory's own police force
is known by its acronym (organizations_national.jsonl,
local_body_names.jsonl; our own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names


@pytest.mark.parametrize(("text", "expected"), [
    ("CHISINAU, 4 March. Officers of the IGP searched 12 homes in Orhei district. The INI "
     "said the group shipped cannabis to Romania.",
     [("IGP", "General Police Inspectorate of Moldova"),
      ("INI", "National Investigation Inspectorate of the General Police Inspectorate of the "
              "Republic of Moldova")]),
    ("CAHUL, 9 June. Under the guidance of PCCOCS prosecutors, police searched six homes. "
     "The PCCOCS said two suspects were detained.",
     [("PCCOCS", "Prosecutor's Office for Combating Organized Crime and Special Cases of "
                 "Moldova")]),
    ("ULAANBAATAR. Officers of the GABP stopped a truck at the Altanbulag crossing, the "
     "General Authority for Border Protection said.",
     [("GABP", "General Authority for Border Protection of Mongolia"),
      ("General Authority for Border Protection",
       "General Authority for Border Protection of Mongolia")]),
    ("LUANDA, 12 April - Agents of the SIC detained two Angolan citizens with 8 kg of cocaine.",
     [("SIC", "Criminal Investigation Service of Angola")]),
    ("HAVANA, Cuba. The Ministry of the Interior (MININT) reported the seizure of 40 packages "
     "of marijuana in Holguín.",
     [("Ministry of the Interior", "Ministry of the Interior of Cuba"),
      ("MININT", "Ministry of the Interior of Cuba")]),
    ("DILI, Timor-Leste. PCIC investigators arrested three foreigners; the F-FDTL helped.",
     [("PCIC", "Scientific Criminal Investigation Police of Timor-Leste"),
      ("F-FDTL", "Falintil-Defence Force of Timor-Leste")]),
    ("WILLEMSTAD, Curaçao - The Kustwacht intercepted a go-fast boat. The crew was handed over "
     "to the KPC.",
     [("Kustwacht", "Dutch Caribbean Coast Guard"), ("KPC", "Korps Politie Curaçao")]),
    ("GUATEMALA CITY, Guatemala. Agents of the PNC seized 1,200 kg of cocaine in Escuintla.",
     [("PNC", "National Civil Police of Guatemala")]),
    ("LISBON, Portugal. The PSP arrested three men in Porto with 20 kg of hashish.",
     [("PSP", "Public Security Police of Portugal")]),
    ("SANTO DOMINGO. Agents of the National Directorate of Drug Control (DNCD) seized 450 "
     "packages in Pedernales.",
     [("National Directorate of Drug Control",
       "National Drug Control Directorate of the Dominican Republic"),
      ("DNCD", "National Drug Control Directorate of the Dominican Republic")]),
    # a territory's own police force, its acronym and a unit written with it in front
    ("PROVIDENCIALES. The Royal Turks and Caicos Islands Police Force said its Drug Squad "
     "arrested two men. The RTCIPF thanked the public.",
     [("Drug Squad", "Drug Squad of the Royal Turks and Caicos Islands Police Force"),
      ("RTCIPF", "Royal Turks and Caicos Islands Police Force")]),
    ("GEORGE TOWN, Grand Cayman. A canoe was spotted by the RCIPS Air Operations Unit.",
     [("RCIPS Air Operations Unit",
       "Air Operations Unit of the Royal Cayman Islands Police Service")]),
    # a generic name with a policy or a summary court: the small state's own body
    ("BASSETERRE, St Kitts and Nevis. The Summary Court remanded the two men. The Office of "
     "National Drug and Money Laundering Control Policy welcomed the ruling.",
     [("Summary Court", "Summary Court of Saint Kitts and Nevis"),
      ("Office of National Drug and Money Laundering Control Policy",
       "Office of National Drug and Money Laundering Control Policy of Saint Kitts and Nevis")]),
])
def test_own_language_names(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    found = org_names(nlp, text)
    for row in expected:
        assert row in found


@pytest.mark.parametrize(("text", "acronym"), [
    # another country's text: the acronym is no listed body of these countries
    ("ACCRA, Ghana. The IGP visited the Tema port after the seizure.", "IGP"),
    ("BOGOTA, Colombia. A PNC officer said 300 kg were seized in Cali.", "PNC"),
    ("KUALA LUMPUR, Malaysia. The SIC newsletter listed the new courses.", "SIC"),
])
def test_shared_acronym_needs_its_country(nlp: Language, text: str, acronym: str) -> None:
    assert all(written != acronym or name == acronym for written, name in org_names(nlp, text))
