"""What a sum of money is when no noun follows it: seized money is `cash` unless the text
names what it is (accounts, assets, property, a value of goods); a sum paid to move a load is
`transport`, a fee per trip a `payment`. Our own wording."""

from __future__ import annotations

import pytest
from quantity_checks import check_quantity, substance_mentions

KNOWN = {"heroin": "heroin", "cocaine": "cocaine", "hashish": "hashish",
         "methamphetamine": "methamphetamine"}

MONEY_WHATS = [
    # seized, confiscated, withheld: cash
    ("During four searches, USD 12,300 and EUR 1,900 in cash and three cars were seized.",
     "USD 12,300", "cash"),
    ("Two men were detained, and 9 kg of hashish and 45,000 somoni were seized in the flat.",
     "45,000 somoni", "cash"),
    ("Officers confiscated 2.1 kg of heroin and 310,000 tenge from the driver.",
     "310,000 tenge", "cash"),
    ("3 | 18.05 | Dostuk customs post | Osh Customs | undeclared cash | USD 27 000",
     "USD 27 000", "cash"),
    ("Cash was found in his bag; he had declared only EUR 5 000 and the rest was withheld.",
     "EUR 5 000", "cash"),
    ("Police recovered R45,000 and a pistol at the house.", "R45,000", "cash"),
    # the text names what the money is: that noun, not cash
    ("Police seized 14 kg of cocaine and $2.1 million in bank accounts.", "$2.1 million",
     "bank accounts"),
    ("Agents seized assets worth about $3 million, including two houses.", "about $3 million",
     "assets"),
    ("Officers seized 40 kg of heroin worth $1.2 million.", "$1.2 million", "heroin"),
    # paid to move a load: transport; paid per trip: payment
    ("The courier said he was paid ₦2 million to move the parcel to Lagos.", "₦2 million",
     "transport"),
    ("The two men had been hired for THB 30,000 each to take the load across the river.",
     "THB 30,000", "transport"),
    ("The driver told agents he had been paid R$ 6,500 to carry the boxes to Santos.",
     "R$ 6,500", "transport"),
    ("The drivers received Rs.25,000 per trip.", "Rs.25,000", "payment"),
    ("The club paid £40m for the striker.", "£40m", "payment"),
]


@pytest.mark.parametrize(("text", "span", "what"), MONEY_WHATS)
def test_money_what(scanner, text: str, span: str, what: str) -> None:
    found = {text[q.start:q.end]: q.what
             for q in scanner.scan(text, substance_mentions(text, KNOWN))}
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] == what


NOT_CASH = [
    # a sum in a sentence about no seizure keeps no `what`
    ("The ministry said the new scanners cost the state budget more than $4 million.",
     "more than $4 million"),
    ("The government borrowed £13.5bn in May.", "£13.5bn"),
]


@pytest.mark.parametrize(("text", "span"), NOT_CASH)
def test_sum_not_cash(scanner, text: str, span: str) -> None:
    check_quantity(scanner, text, span, {"kind": "money"})
    found = {text[q.start:q.end]: q.what for q in scanner.scan(text)}
    assert found[span] != "cash"


# Figures that name no noun and take the one of the figure they restate or total.
KNOWN_MORE = {**KNOWN, "precursors": "precursors", "marijuana": "marijuana"}

RESTATED_WHATS = [
    # a figure compared with one before, across a line broken inside the sentence (PDF text)
    ("Last year the agency kept 41.5 tonnes of illicit drugs and precursors off the\n"
     "streets, compared with 36.8 tonnes the year before.", "36.8 tonnes", "drugs"),
    # the same figure for another period, in brackets after the period
    ("In January-June the services withdrew 12,340.5 kg of narcotic drugs, which is 8.1 "
     "percent more than in the same period of 2024 (11,415.2 kg).", "11,415.2 kg", "drugs"),
    ("Customs detected 288 kg of heroin, an increase of 12% compared with the same period "
     "of last year (257 kg).", "257 kg", "heroin"),
    # "the figure was": the total of the sentence before, not the last part of it
    ("The navy has seized 61.2 tons of drugs this year, of which 44.0 tons are cocaine and "
     "12.3 tons marijuana. In the same period of 2023 the figure was 52.4 tons.",
     "52.4 tons", "drugs"),
    # a sentence about drugs in general: a bare mass is of drugs
    ("The service recorded 310 cases of drug smuggling weighing a total of 296 kg in the "
     "first half of the year.", "296 kg", "drugs"),
    ("In 2025 the customs made 1,904 drug seizures with a total weight of 3.7 tonnes.",
     "3.7 tonnes", "drugs"),
    # a table's Total and Others rows under rows of substances
    ("Seizures (tonnes)\nSubstance        2023     2024\nMarijuana        4.1      5.2\n"
     "Precursors       9.9      7.7\nTotal            14.0     12.9\n", "12.9", "drugs"),
    ("| Substance | 2025 (kg) | 2024 (kg) |\n|---|---|---|\n| Heroin | 41.2 | 30.5 |\n"
     "| Others | 18.6 | 12.4 |\n", "18.6", "drugs"),
]


CLAUSE_WHATS = [
    # a change in brackets after an amount is that amount's change
    ("Of the 512.4 tons seized, 401.7 tons were cocaine (6.2 percent more than in 2024).",
     "6.2 percent", "cocaine"),
    ("- heroin – 61 kg 300 g (first quarter of 2024 – 49 kg 120 g; growth – 24 percent);\n"
     "- hashish – 288 kg 100 g (decrease by 7.5%);", "7.5%", "hashish"),
    # "worth of" a substance named in a capitalized title
    ("₱8-M WORTH OF MARIJUANA UPROOTED IN THE HIGHLANDS", "₱8-M", "marijuana"),
    # "N metres long" measures the noun just before
    ("The navy stopped the semi-submersible, 16 metres long and built of wood.",
     "16 metres", "semi-submersible"),
    ("Border guards found a tunnel 40 metres long under the fence.", "40 metres", "tunnel"),
    # a sum "in" a list of substances is of drugs
    ("$9m in marijuana, cocaine seized off the coast", "$9m", "drugs"),
    # a line broken after "of" (PDF text)
    ("Agencies along the coast seized more than 2.1 tonnes of\nheroin in 12 interceptions.",
     "more than 2.1 tonnes", "heroin"),
    # "N of them": the set its own sentence names before the counts of earlier sentences
    ("Police arrested 6 men and seized 4 cars. The detainees were brought before the court, "
     "which ordered custody for three of them.", "three", "detainees"),
    ("More than 9 000 suspects were arrested. Of these, 2 311 were held for drug offences, "
     "and 512 were wanted for robbery.", "512", "suspects"),
    # a verb of estimating puts the sum on the noun phrase before "at"
    ("Prosecutors estimated the ring's profit at no less than €2.4 million.",
     "no less than €2.4 million", "profit"),
    ("Analysts put the cost of the recall at around 45 billion yen.",
     "around 45 billion yen", "cost of the recall"),
    ("The judge set the fine at €7,500 on Friday.", "€7,500", "fine"),
    # a verb of fining or costing, its object between it and the sum (session 17)
    ("EU regulators on Wednesday fined Dutch packaging maker Verpakt Holding 112 million "
     "euros for closing the deal early.", "112 million euros", "fine"),
    ("The watchdog fines lender Banco Norte $4.5 million over lapses", "$4.5 million", "fine"),
    ("The walkout is set to cost state-owned operator Deutsche Bahn (DB) up to €150 million.",
     "up to €150 million", "cost"),
    ("Wildfires cost insurers $2.3 billion this summer.", "$2.3 billion", "cost"),
    # a verb of buying, its object before "for" and the sum (session 38)
    ("Norvik Foods agreed to buy Danish dairy group Holm Mejeri for $2.7 billion.",
     "$2.7 billion", "Danish dairy group Holm Mejeri"),
    ("Commuters can buy 30-day passes for €49 at any station.", "€49", "30-day passes"),
    # "Of the suspects, 48 have been charged": the set the sentence opens with
    ("Officers seized 3 motorcycles used to deliver drugs. Of the suspects, 31 have been "
     "charged in court.", "31", "suspects"),
]


@pytest.mark.parametrize(("text", "span", "what"), RESTATED_WHATS + CLAUSE_WHATS)
def test_figure_what(scanner, text: str, span: str, what: str) -> None:
    found = {text[q.start:q.end]: q.what
             for q in scanner.scan(text, substance_mentions(text, KNOWN_MORE))}
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] == what
