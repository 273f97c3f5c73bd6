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
