"""What a quantity measures when the noun is elsewhere: sizes written before their noun, pills
named by what they contain, bare masses of the substance named before, and the value of
one substance or of several. Our own wording."""

from __future__ import annotations

import pytest
from quantity_checks import substance_mentions

from pressparse.measure.scanner import SubstanceMention

# Substances a text names, as the SUBSTANCE component would pass them (surface: name).
KNOWN = {"heroin": "heroin", "cocaine": "cocaine", "fentanyl": "fentanyl",
         "oxycodone": "oxycodone", "mdma": "MDMA", "hashish": "hashish",
         "tramadol": "tramadol", "methamphetamine": "methamphetamine",
         "opium poppy": "opium poppy", "acetic anhydride": "acetic anhydride",
         "morphine": "morphine"}


def mentions(text: str) -> list[SubstanceMention]:
    return substance_mentions(text, KNOWN)


LINKS = [
    # a size written before its noun measures that noun
    ("Officers opened a 40-foot refrigerated container at the quay.", "40-foot",
     "refrigerated container"),
    ("The cargo arrived in a 20ft container from the south.", "20ft", "container"),
    ("The country shares a 1,200-km border with its neighbour.", "1,200-km", "border"),
    ("Sailors boarded the 18-metre fishing boat at dawn.", "18-metre", "fishing boat"),
    # pills: the substance they hold, else their name, else the one just named
    ("Agents found 12,000 counterfeit oxycodone tablets laced with fentanyl.", "12,000",
     "fentanyl"),
    ("They took 3,500 pills containing fentanyl from the car.", "3,500 pills", "fentanyl"),
    ("Police seized 800 white pills that tested positive for fentanyl.", "800", "fentanyl"),
    ("Customs found 2,400 oxycodone pills in a parcel.", "2,400", "oxycodone"),
    ("The MDMA could have made roughly 90,000 pills for the market.", "roughly 90,000 pills",
     "MDMA"),
    # "the same substance": the one an earlier amount was of, not one named in passing
    ("Customs stopped 12 tonnes of acetic anhydride, used to turn morphine into heroin.\n\n"
     "A week later, 3,000 litres of the same substance were found.", "3,000 litres",
     "acetic anhydride"),
    # a bare mass: the substance the paragraph or the one before is about
    ("Divers recovered 14 bales of hashish from the shallows.\n\n"
     "Once dried, the bales weighed 612 kilograms.", "612 kilograms", "hashish"),
    ("A van was stopped with 300 kilos of hashish. Later, in a flat in the city, the "
     "remaining 95 kilos were found.", "95 kilos", "hashish"),
    # a participle after the counted noun is its verb, not part of it
    ("Of the 94 suspects arrested, 28 were first offenders.", "94", "suspects"),
    ("Officers from 41 countries arrested more than 1,200 people.", "41", "countries"),
    ("Police said two arrested men were released on bail.", "two", "arrested men"),
    # a bracketed figure in a list counts what the count before it does
    ("Use was highest for cannabis, with 228 million users, followed by heroin (58 million) "
     "and cocaine (23 million).", "23 million", "users"),
    # an adverb before a participle keeps the phrase going
    ("Nearly 30 percent of newly registered users were under 25.", "Nearly 30 percent",
     "newly registered users"),
    # a results line's label names a sum
    ("Police seized:\n- Suspected heroin - 96 grams\n- Canadian currency - $7,250",
     "$7,250", "cash"),
    # a partitive of an owner's total counts the noun after the total
    ("So far 412 of the district's 530 villages have been declared drug-free.", "412",
     "villages"),
    # a sum per unit of goods is a price
    ("The gang bought the drug at Rs.2,500 per kg and sold it in the city.", "Rs.2,500",
     "price"),
    ("Dealers sold cocaine at $28,000 a kilo.", "$28,000", "price"),
    # cases name what they are of, through an activity in -ing
    ("Investigators recorded 57 cases of drug trafficking in the region.", "57",
     "cases of drug trafficking"),
    ("Prosecutors opened 19 cases of heroin sale last year.", "19", "cases of heroin sale"),
    # a money-laundering sum
    ("Detectives traced €800,000 that was laundered through shell firms.", "€800,000",
     "laundered money"),
    ("The gang made transactions of over Rs.2 crore since 2023.", "over Rs.2 crore",
     "transactions"),
    # an area without a cue: the plant its paragraph names, as written
    ("Opium poppy cultivation fell for a third year. It covered 9,400 hectares in 2024.",
     "9,400 hectares", "opium poppy"),
    # money: one substance's value, or "drugs" for several or a total
    ("Guards found 400 kg of cocaine on the ship. Sold in Europe, the load would have "
     "yielded more than $20 million.", "more than $20 million", "cocaine"),
    ("The boat carried 300 kg of heroin.\n\nPolice said the haul had a street value of "
     "about $9 million.", "about $9 million", "heroin"),
    ("Officers seized 60 kg of cocaine and 25 kg of heroin. The drugs, with an estimated "
     "value of €4 million, were in a lorry.", "€4 million", "drugs"),
    ("They found 2 kg of heroin and 1 kg of methamphetamine. The drugs have a street value "
     "of $150,000.", "$150,000", "drugs"),
    ("Agents took 5 kg of heroin at one house and 3 kg of methamphetamine at another; the "
     "two seizures have a combined street value of $700,000.", "$700,000", "drugs"),
    ("Police also recovered drugs with a street value of $2 million, including heroin "
     "and cocaine.", "$2 million", "drugs"),
    ("Police said the methamphetamine could have been sold as 1.2 million street deals "
     "worth up to $90 million.", "up to $90 million", "methamphetamine"),
    # a move in points names the index that moved; restated without a comma; its level
    ("The 50-stock Hang Seng Index shed 412.6 points or 2.1 per cent to settle at "
     "19,240.8.", "412.6 points", "Hang Seng Index"),
    ("The 50-stock Hang Seng Index shed 412.6 points or 2.1 per cent to settle at "
     "19,240.8.", "2.1 per cent", "Hang Seng Index"),
    ("The 50-stock Hang Seng Index shed 412.6 points or 2.1 per cent to settle at "
     "19,240.8.", "19,240.8", "Hang Seng Index"),
    ("Earlier, the Kospi edged higher by 9.4 points to 2,598.", "9.4 points", "Kospi"),
    # a share of GDP is of the clause's subject; the level it moved from is of the same
    ("The budget deficit will narrow to 2.9% of GDP next year, the minister said.", "2.9%",
     "budget deficit"),
    ("Government debt is projected to climb to 104.2% of GDP in 2027 from 101.8% in 2025.",
     "104.2%", "Government debt"),
    ("Government debt is projected to climb to 104.2% of GDP in 2027 from 101.8% in 2025.",
     "101.8%", "Government debt"),
    ("Core inflation slowed to 3.1% in April from 3.4% in March.", "3.4%", "Core inflation"),
    # a large bare count whose noun is elided counts what the count before it counted
    ("The carrier flew 4.6 million passengers in May, up 8% from 4.26 million a year "
     "earlier.", "4.26 million", "passengers"),
    ("Gimpo airport served 2.1 million travellers in June.\n\nThat beat the previous high "
     "of 1.98 million set in 2019.", "1.98 million", "travellers"),
    # "combined" names a total only as a combined value ("a combined team" is none); a sum
    # spent is of what it is spent on
    ("A combined team of police and customs spent $40,000 on the operation.", "$40,000",
     "operation"),
]

UNLINKED = [
    # a sum per trip or per day is no price of goods
    ("Each courier was given Rs.40,000 per trip.", "Rs.40,000"),
    # a distance is no size of a noun
    ("The vessel was stopped 250 km east of the islands.", "250 km"),
    # a bare count far from the size of the one before names nothing
    ("The port handled 3.2 million containers. Its staff numbered 4,100 in total.", "4,100"),
    # a container volume far from the substance's paragraph names no substance
    ("Police took 20 kg of heroin into custody.\n\nThe solvent was carried as 40 barrels "
     "on a truck.", "40 barrels"),
]


@pytest.mark.parametrize(("text", "span", "what"), LINKS, ids=[c[1] for c in LINKS])
def test_what_from_wider_context(scanner, text: str, span: str, what: str) -> None:
    found = {text[q.start:q.end]: q.what for q in scanner.scan(text, mentions(text))}
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] == what


@pytest.mark.parametrize(("text", "span"), UNLINKED, ids=[c[1] for c in UNLINKED])
def test_no_what_from_unrelated_context(scanner, text: str, span: str) -> None:
    found = {text[q.start:q.end]: q.what for q in scanner.scan(text, mentions(text))}
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] is None
