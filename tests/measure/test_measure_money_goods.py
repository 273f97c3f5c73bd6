"""What a sum valuing seized goods is of (session 9): the goods a unit or counted noun before
"worth" stands for ("36 Mandrax tablets worth", "cannabis weighing 2 kg worth"); each item of
a list with its own "worth" keeps its own goods; a value on the black, illicit or
international market is the goods named before, `drugs` when the text names drugs only in
general. Our own wording, in the phrasing of several kinds of publisher."""

from __future__ import annotations

import pytest
from quantity_checks import substance_mentions

from pressparse.measure.mentions import SubstanceMention

KNOWN = {"heroin": "heroin", "cocaine": "cocaine", "cannabis": "cannabis", "opium": "opium",
         "marijuana": "marijuana", "mandrax": "methaqualone", "shabu": "methamphetamine",
         "ganja": "marijuana", "drugs": "drugs"}

GOODS_WHATS = [
    # a unit of measure before "worth": the substance its sentence weighed
    ("Detectives found cannabis weighing 1 kg 400 g worth N$14 000 in the shack.",
     "N$14 000", "cannabis"),
    ("The team recovered ganja weighing 38 kg worth Rs 9.5 lakh from the truck.",
     "Rs 9.5 lakh", "marijuana"),
    # a counted noun named by its substance before "worth"
    ("Officers found 52 Mandrax tablets worth N$7 800 under a mattress.", "N$7 800",
     "methaqualone"),
    ("Troops uprooted about 9,000 marijuana plants worth P1.8M on two hillside sites.",
     "P1.8M", "marijuana"),
    ("Operatives recovered 120 shabu sachets worth P816,000 from the house.", "P816,000",
     "methamphetamine"),
    # each item of a list with its own value keeps its own goods
    ("The search yielded heroin weighing 300 g worth R45 000 and 20 Mandrax tablets worth "
     "R2 000.", "R2 000", "methaqualone"),
    ("Agents seized 2 kg of cocaine worth $60,000 and 5 kg of cannabis worth $9,000.",
     "$9,000", "cannabis"),
    # one sum after a whole list: drugs (unchanged)
    ("Agents seized 2 kg of cocaine and 5 kg of cannabis, worth $69,000 in all.",
     "$69,000", "drugs"),
    # a value on a market: the goods named before, else drugs in general
    ("Border guards seized 12 kg of heroin. The drug would fetch more than USD 600,000 on "
     "the black market.", "more than USD 600,000", "heroin"),
    ("Police said 84 kg of narcotic drugs were found, and the drugs would sell for about "
     "2.3 million manats on the illicit market.", "about 2.3 million manats", "drugs"),
    ("The seized drugs, the ministry said, have a value on the black market of over "
     "5 million hryvnias.", "over 5 million hryvnias", "drugs"),
    ("According to investigators, the drugs would exceed EUR 4 million on the "
     "international market.", "EUR 4 million", "drugs"),
    # a street market before the clause's sum, a ";" between (session 39)
    ("In all, 18 kg of cocaine were seized; on the street market it would have brought "
     "about 900,000 euros.", "about 900,000 euros", "cocaine"),
    # "the drugs" of a paragraph broken by one line break after a sentence (session 39)
    ("Dogs found 40 kg of cannabis at the border.\nAt the airport, officers found 2 kg of "
     "cocaine in a suitcase. The drugs have an estimated street value of $90,000.",
     "$90,000", "cocaine"),
]


@pytest.mark.parametrize(("text", "span", "what"), GOODS_WHATS,
                         ids=[case[0][:40] for case in GOODS_WHATS])
def test_goods_of_a_value(scanner, text: str, span: str, what: str) -> None:
    found = {text[q.start:q.end]: q.what
             for q in scanner.scan(text, substance_mentions(text, KNOWN))}
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] == what


NOT_GOODS = [
    # a sum with no drugs in its sentence keeps no drug `what`
    ("The new port scanners, worth about $3 million, were donated by Japan.",
     "about $3 million"),
    ("Rents on the black market for housing rose to 900 euros a month.", "900 euros"),
]


@pytest.mark.parametrize(("text", "span"), NOT_GOODS, ids=[case[0][:40] for case in NOT_GOODS])
def test_value_without_drugs(scanner, text: str, span: str) -> None:
    found = {text[q.start:q.end]: q.what
             for q in scanner.scan(text, substance_mentions(text, KNOWN))}
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] not in ("drugs", "heroin", "cocaine", "cannabis")


# A change whose subject is the seized amount under another name ("the haul", "the quantity
# intercepted") measures the amount seized before, not the subject's words.
CHANGED_AMOUNTS = [
    ("Police seized 4.2 tons of opium this year. The provincial police chief said that the "
     "haul marked a 14 percent increase compared to last year.", "14 percent", "opium"),
    ("Customs seized 14.2 tonnes of cocaine in 2025. This year the quantity intercepted "
     "rose by 39 per cent.", "39 per cent", "cocaine"),
    ("Officers recovered 820 kg of heroin in March; the consignment seized represented a "
     "12 percent rise on February.", "12 percent", "heroin"),
    # a subject that names what changed keeps its own words
    ("Customs seized 3 tonnes of cocaine. The number of cases rose by 12 percent.",
     "12 percent", "cases"),
]


@pytest.mark.parametrize(("text", "span", "what"), CHANGED_AMOUNTS,
                         ids=[case[0][:40] for case in CHANGED_AMOUNTS])
def test_change_of_the_amount_seized(scanner, text: str, span: str, what: str) -> None:
    found = {text[q.start:q.end]: q.what
             for q in scanner.scan(text, substance_mentions(text, KNOWN))}
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] == what


# A "|" table cell counting pieces ("240 pcs", "12 units") counts the goods the cell before
# names; a sum after "assets of" or "earnings of" is that (session 9).
TABLE_AND_CUE_WHATS = [
    ("No | Date | Post | Goods | Amount\n"
     "2 | 15.04 | Dostuk post | cartridges for hunting rifles, not declared | 240 pcs",
     "240", "cartridges"),
    ("Item | Description | Quantity\n7 | mobile phones without documents | 36 units",
     "36", "mobile phones"),
    ("Case | Find | Count\n3 | heroin in a spare tyre | 12 pcs", "12", "heroin"),
    ("Since January the agency has frozen assets of KZT 6.2 billion linked to the trade.",
     "KZT 6.2 billion", "assets"),
    ("Couriers were promised earnings of up to 80,000 rubles a week.",
     "up to 80,000 rubles", "earnings"),
]


@pytest.mark.parametrize(("text", "span", "what"), TABLE_AND_CUE_WHATS,
                         ids=[case[0][:40] for case in TABLE_AND_CUE_WHATS])
def test_table_pieces_and_money_cues(scanner, text: str, span: str, what: str) -> None:
    found = {text[q.start:q.end]: q.what
             for q in scanner.scan(text, substance_mentions(text, KNOWN))}
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] == what


# A sale naming its goods before "for" and the sum: those goods (session 9).
SOLD_FOR = [
    ("Officers detained two men at a car market while they were trying to sell 2 kg 400 g "
     "of heroin for USD 18,000.", "USD 18,000", "heroin"),
    ("The courier admitted he had agreed to sell the cocaine to a buyer in Durban for "
     "R350,000.", "R350,000", "cocaine"),
    ("An undercover officer offered to sell the cocaine and the heroin for $40,000.",
     "$40,000", "drugs"),
    # a price per unit stays a price; a sale of no drugs names none
    ("Dealers sold cocaine for $50 a gram.", "$50", "price"),
    ("The family sold the farmhouse for $300,000 in 2019.", "$300,000", None),
]


@pytest.mark.parametrize(("text", "span", "what"), SOLD_FOR,
                         ids=[case[0][:40] for case in SOLD_FOR])
def test_goods_sold_for_a_sum(scanner, text: str, span: str, what: str | None) -> None:
    found = {text[q.start:q.end]: q.what
             for q in scanner.scan(text, substance_mentions(text, KNOWN))}
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] == what


# A sum in brackets right after an amount values that amount's goods (session 9).
BRACKETED_VALUES = [
    ("Operatives arrested two pushers, recovering 15.6 grams of shabu (SDP P106,080).",
     "P106,080", "methamphetamine"),
    ("The search yielded 1.2 kg of heroin (worth about Rs 36 lakh) and a scooter.",
     "about Rs 36 lakh", "heroin"),
    ("Agents found 3 kg of cocaine (valued at $90,000) in the trunk.", "$90,000", "cocaine"),
    # money found beside the drugs is cash, not their value
    ("Officers seized 4.1 kg of heroin (USD 12,000 in cash was also found).", "USD 12,000",
     "cash"),
]


@pytest.mark.parametrize(("text", "span", "what"), BRACKETED_VALUES,
                         ids=[case[0][:40] for case in BRACKETED_VALUES])
def test_bracketed_value(scanner, text: str, span: str, what: str) -> None:
    found = {text[q.start:q.end]: q.what
             for q in scanner.scan(text, substance_mentions(text, KNOWN))}
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] == what


def test_precursors_are_no_drugs_valued(scanner) -> None:
    """"The drugs" valued after one drug seized with a precursor are that drug (session 39)."""
    text = ("Agents seized 4 kg of heroin and 200 litres of acetic anhydride in the barn. The "
            "drugs have an estimated street value of USD 160,000.")
    mentions = [SubstanceMention(text.index("heroin"), text.index("heroin") + 6, "heroin",
                                 "opioid"),
                SubstanceMention(text.index("acetic"), text.index("acetic") + 16,
                                 "acetic anhydride", "precursor")]
    found = {text[q.start:q.end]: q.what for q in scanner.scan(text, mentions)}
    assert found["USD 160,000"] == "heroin"
