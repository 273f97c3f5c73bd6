"""A page's masthead (the publisher's lines above its first item) tells the items' country and
the parent of units the items name alone."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.entities.masthead import MAX_MASTHEAD_CHARS, masthead_text


def _org_names(text: str) -> dict[str, str]:
    document = pressparse.extract(text)
    return {entity.text: entity.normalized["name"] for item in document.items
            for entity in item.entities if entity.label == "ORG"}


def _page(masthead: str, body: str) -> str:
    return (f"{masthead}\nHome > News > Press releases\n\n"
            "Cannabis field destroyed near the coast\n14.11.2025\n\n" + body)


@pytest.mark.parametrize(("masthead", "body", "surface", "name"), [
    # the publisher's demonym or country names the items' national bodies
    ("Albanian State Police",
     "Officers of the State Police uprooted 3,200 cannabis plants in two villages on Monday. "
     "The State Police opened two criminal proceedings against the owners of the land.",
     "State Police", "State Police of Albania"),
    ("Ministry of Interior of the Republic of Serbia",
     "The Customs Administration found 4.2 kilograms of heroin in a lorry with Bulgarian "
     "plates coming from Türkiye. The driver was arrested.",
     "Customs Administration", "Customs Administration of Serbia"),
    # a masthead in the publisher's own script names its country too
    ("Министерство внутренних дел Республики Казахстан",
     "Officers of the Committee for Combating Drug Crime of the Ministry of Internal Affairs "
     "found 120 kg of hashish in a lorry from Kyrgyzstan at the Kyrgyz border.",
     "Committee for Combating Drug Crime of the Ministry of Internal Affairs",
     "Committee for Combating Drug Crime of the Ministry of Internal Affairs of the Republic "
     "of Kazakhstan"),
    # ... also in its own Latin letters
    ("Azərbaycan Respublikası Daxili İşlər Nazirliyi",
     "Officers of the Main Drug Control Department of the Ministry of Internal Affairs "
     "seized 8 kg of heroin brought from Iran in a lorry.",
     "Main Drug Control Department of the Ministry of Internal Affairs",
     "Main Drug Control Department of the Ministry of Internal Affairs of the Republic of "
     "Azerbaijan"),
    # a translated release keeps its letterhead in the original language: the country's
    # name there (or its adjective) names the items' national bodies
    ("République Tunisienne – Ministère des Finances\nDOUANE TUNISIENNE",
     "Agents of the General Directorate of Customs found 3,100 ecstasy tablets hidden in a "
     "car at the Ras Jedir crossing on Monday. The driver was handed to the prosecutor.",
     "General Directorate of Customs", "General Directorate of Customs of Tunisia"),
    # ... also when its menu names the body by a word two countries' listed bodies share
    # ("Douane": France's and the Netherlands')
    ("République Tunisienne\nAccueil | La Douane | Actualités | Contact",
     "Officers of the customs brigade found 40 kg of cannabis resin in a lorry at the port on "
     "Sunday. The General Directorate of Customs opened an investigation.",
     "General Directorate of Customs", "General Directorate of Customs of Tunisia"),
    ("Policía Nacional del Perú | Noticias",
     "Agents of the Anti-Drug Directorate seized 240 kilograms of cocaine hidden in a fishing "
     "boat off the coast on Friday.",
     "Anti-Drug Directorate", "Anti-Drug Directorate of the National Police of Peru"),
    ("Gouvernement de la République du Bénin | Actualités",
     "The Central Office for the Repression of Illicit Drug Trafficking dismantled a network "
     "in Cotonou on Thursday and seized 12 kg of cannabis.",
     "Central Office for the Repression of Illicit Drug Trafficking",
     "Central Office for the Repression of Illicit Drug Trafficking of Benin"),
    # a listed body in the masthead is the parent of a unit the item names alone
    ("NSW Police Force",
     "Detectives of the Dog Unit searched a warehouse in western Sydney on Tuesday and "
     "seized 12 kg of cannabis.",
     "Dog Unit", "Dog Unit of the NSW Police Force"),
    # the publisher's short form for itself takes its listed name
    ("NATIONAL INFORMATION AND ANALYTICAL CENTER ON DRUG CONTROL",
     "On Monday the National Center held a seminar for school teachers in Tashkent on "
     "preventing drug use among teenagers.",
     "National Center", "National Information and Analytical Center on Drug Control under the "
     "Cabinet of Ministers of the Republic of Uzbekistan"),
    # a body's bare acronym beside a country names that country's body, not the listed
    # acronym's ("MVD" is also Russia's)
    ("IIV | MVD Uzbekistan \u2014 official channel",
     "From 1 to 10 June the Ministry of Internal Affairs, together with the National Guard, "
     "carried out the first stage of a preventive operation in Tashkent.",
     "National Guard", "National Guard of the Republic of Uzbekistan"),
    ("Kyrgyzstan MVD | Press service",
     "Officers of the National Guard and the Ministry of Internal Affairs destroyed 3 hectares "
     "of wild hemp near Tokmok on Monday.",
     "National Guard", "National Guard of the Kyrgyz Republic"),
    # the masthead names the body itself with its country: the item's bare name is the
    # publisher's, though the item names a neighbour more often
    ("State Border Guard Service of the Republic of Latvia | News",
     "On 5 November a regular meeting of the border representatives of Lithuania and Latvia "
     "was held at the Medumi checkpoint. It was attended by officials of the Border Police of "
     "Lithuania. The sides discussed the situation on the Lithuanian border in October. It "
     "was noted that in 2025 the State Border Guard Service detained 412 border violators. "
     "The next meeting is planned for December on the territory of Lithuania.",
     "State Border Guard Service", "State Border Guard Service of Latvia"),
    # a masthead naming the publisher by its bare short form, which only one country's
    # listed body has, names that country (the item names neighbours as often as its own)
    ("Valsts policija | State Border Guard",
     "On 3 March officials of the Daugavpils Board of the State Border Guard stopped a "
     "minibus entering from Lithuania with a Polish driver. In the luggage they found 6 kg "
     "of cannabis. The State Border Guard has started criminal proceedings.",
     "State Border Guard", "State Border Guard of Latvia"),
    ("Valsts policija | State Border Guard",
     "On 3 March officials of the Daugavpils Board of the State Border Guard stopped a "
     "minibus entering from Lithuania with a Polish driver. In the luggage they found 6 kg "
     "of cannabis. The State Border Guard has started criminal proceedings.",
     "Daugavpils Board of the State Border Guard",
     "Daugavpils Board of the State Border Guard of Latvia"),
    # an acronym the item never defines that spells the publisher's listed body is that body
    ("State Revenue Committee of the Republic of Armenia | News",
     "On 2 March officers of the SRC customs post at Bavra found 2 kg of hashish in a car. "
     "The case was passed to the Investigation Department of the SRC.",
     "Investigation Department of the SRC",
     "Investigation Department of the State Revenue Committee of the Republic of Armenia"),
    ("State Revenue Committee of the Republic of Armenia | News",
     "The SRC reminds travellers that carrying narcotic drugs across the border is a crime. "
     "The SRC said 14 such cases were opened this year.",
     "SRC", "State Revenue Committee of the Republic of Armenia"),
    # an acronym the item never defines, spelling the masthead's own body (unlisted;
    # a hyphenated word gives a letter per part)
    ("Anti-Narcotics Bureau - Seychelles",
     "ANB officers searched two houses on La Digue on Tuesday and arrested a man. The "
     "suspect is assisting the ANB with its enquiries.",
     "ANB", "Anti-Narcotics Bureau of Seychelles"),
    # a logo's acronym alone on its line over the body's name: the acronym's mentions and
    # its units are that body's
    ("ZDPA\nZeta Drug Policy Alliance",
     "The meeting of the ZDPA Expert Group was held in Nairobi, Kenya. ZDPA delegates agreed "
     "on a joint training.", "ZDPA", "Zeta Drug Policy Alliance"),
    ("ZDPA\nZeta Drug Policy Alliance",
     "The meeting of the ZDPA Expert Group was held in Nairobi, Kenya. ZDPA delegates agreed "
     "on a joint training.", "ZDPA Expert Group", "Expert Group of the Zeta Drug Policy "
     "Alliance"),
    # a unit the item names alone is the publisher's, before a body the item names more
    ("Lesotho Mounted Police Service | News",
     "The Drug Squad, supported by the Lesotho Defence Force, arrested four men in Leribe "
     "with 30 kg of dagga. The Lesotho Defence Force provided two vehicles.",
     "Drug Squad", "Drug Squad of the Lesotho Mounted Police Service"),
    ("Royal Papua New Guinea Constabulary",
     "Officers of the Tactical Response Team and the PNG Customs Service found 3 kg of "
     "cocaine in a bag at Jacksons airport. PNG Customs Service officers x-rayed the bag.",
     "Tactical Response Team",
     "Tactical Response Team of the Royal Papua New Guinea Constabulary"),
    # ... unless the item names the publisher's own body the unit belongs to
    ("Royal Thai Police",
     "The Narcotics Suppression Bureau said officers of Narcotics Suppression Division 5 "
     "seized 2 million yaba pills in Chiang Rai.", "Narcotics Suppression Division 5",
     "Narcotics Suppression Division 5 of the Narcotics Suppression Bureau of the Royal Thai "
     "Police"),
    # a letterhead writing a namesake of another country's listed body with its own country
    # ("– SIERRA LEONE"): the item's mentions, the acronym too, are the publisher's
    ("NATIONAL DRUG LAW ENFORCEMENT AGENCY – SIERRA LEONE",
     "NDLEA officers arrested a courier with 2 kg of cocaine at Lungi on Monday. The NDLEA "
     "said he will be charged to court.", "NDLEA",
     "National Drug Law Enforcement Agency of Sierra Leone"),
    # an item about a joint operation with a neighbour: its bare bodies are the publisher's
    ("SERVICIUL VAMAL AL REPUBLICII MOLDOVA",
     "From 4 to 8 November the Customs Service and the General Inspectorate of Border Police, "
     "together with the Romanian Border Police and the Romanian Customs Authority, checked "
     "1,200 vehicles at the border with Romania. Romanian officers found 3 kg of cannabis.",
     "Customs Service", "Customs Service of the Republic of Moldova"),
    # a news agency's masthead is a relay's: its country is not the items'
    ("TASS — Russian News Agency | Society | World",
     "The State Police said on Monday that 3,200 cannabis plants were uprooted in two "
     "villages. The State Police opened two criminal proceedings.",
     "State Police", "State Police"),
])
def test_masthead_names_the_publisher(masthead: str, body: str, surface: str,
                                      name: str) -> None:
    assert _org_names(_page(masthead, body))[surface] == name


@pytest.mark.parametrize(("view", "first_item", "expected"), [
    ("Maldives Police Service\n\nTitle line\nText of the item.", 25, "Maldives Police Service"),
    ("Title line\nText of the item.", 0, None),
    ("   \n\nTitle line\nText.", 5, None),
    ("x" * 900 + "\nTitle", 901, "x" * MAX_MASTHEAD_CHARS),
])
def test_masthead_text(view: str, first_item: int, expected: str | None) -> None:
    assert masthead_text(view, first_item) == expected
