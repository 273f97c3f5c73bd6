"""Session 36 "what" links of news-wire figures, in our own wording: a level stated with "was
at", a modal before a level verb, a year closing a verb's object, the level a change reached a
few words later, a counted noun opened by a participle, a sum granted "for" a purpose, a figure
a relative clause's verb of estimating puts "at", a sum sizing a noun in a headline; "up to"
before a load after a particle verb, no qualifier before "a" and a sized compound."""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity

CASES = [
    # a copula and "at" before the level: the subject
    ("A month ago the reservoir was at 41.2 per cent.", "41.2 per cent", dict(what="reservoir")),
    ("The jobless rate is at 6.1% in the capital.", "6.1%", dict(what="jobless rate")),
    # a modal or a level verb's base form between the subject and its level
    ("The deficit should fall to 3.9% next year.", "3.9%", dict(what="deficit")),
    ("Analysts expect the policy rate to stay at 4.75 per cent until June.", "4.75 per cent",
     dict(what="policy rate")),
    # a year phrase closing the object of a verb of change
    ("The ministry trimmed its export forecast for 2027 to 41 million tonnes.",
     "41 million tonnes", dict(what="export forecast")),
    ("The bank lifted its growth outlook for fiscal 2026 to 2.4%.", "2.4%",
     dict(what="growth outlook")),
    # the level a change reached, a few words of place or time between
    ("The regulator cut the discount rate by 50 basis points to 7.25 per cent.",
     "7.25 per cent", dict(what="discount rate")),
    ("Copper exports fell 8.5% in January-March from a year earlier to 412,000 tonnes.",
     "412,000 tonnes", dict(what="Copper exports")),
    ("The benchmark index rose 21.4 points, or 1.1 per cent, to close at 1,934.20 points.",
     "1,934.20 points", dict(what="benchmark index")),
    ("The chain added 14 outlets in the quarter, taking its total to 312 across the country.",
     "312", dict(what="outlets")),
    # a counted noun after a participle or an -ing adjective, its plural a few words on
    ("Shelters now house 3,210 unaccompanied refugee children in the region.", "3,210",
     dict(what="unaccompanied refugee children")),
    ("Health workers will hand out 12.4 million long-lasting mosquito nets.", "12.4 million",
     dict(what="long-lasting mosquito nets")),
    # the noun before a relative clause whose verb of estimating puts the figure "at"
    ("Fares stay well below running costs, which the operator puts at about $80 million.",
     "about $80 million", dict(what="running costs")),
    ("Offshore wind, which the regulator estimates at 4.2GW, grew fastest.", "4.2GW",
     dict(what="Offshore wind")),
    ("The ministry has earmarked AZN 90 million for demining in 2027.", "AZN 90 million",
     dict(what="demining")),
    ("The firm invested CHF 600 million in manufacturing capacity last year.",
     "CHF 600 million", dict(what="manufacturing capacity")),
    # a headline drops the article before a sum that sizes its noun
    ("Coalition agrees €4.1 billion savings package\nThe parties signed on Friday.",
     "€4.1 billion", dict(what="savings package")),
    ("Developer fails to pay $12.6 million coupon\nThe grace period ended.", "$12.6 million",
     dict(what="coupon")),
    # a sum granted or set aside "for" its purpose
    ("The cabinet approved $40 million for flood defences.", "$40 million",
     dict(what="flood defences")),
    ("The council set aside €2.5 million for a new fire station.", "€2.5 million",
     dict(what="new fire station")),
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES, ids=[c[1] for c in CASES])
def test_news_wire_what_links(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


# no link to the words after the figure where they are a verb and its object ("placed winning
# offers"), or a gerund's object; no level after a comma that opens a clause of its own
NOT_LINKED = [
    ("The sale drew 64 registered buyers, of whom 25 placed winning offers.", "25",
     dict(what="registered buyers")),
    ("The state approved Rs 900 crore for upgrading its power grid.", "Rs 900 crore",
     dict(what=None)),
    # a clause of its own after a comma: no level of the change before it
    ("MAKMUR BANK PROFIT UP 6.2 PCT, LOAN RATIO EASES TO 1.37 PCT", "1.37 PCT", dict(what=None)),
]


@pytest.mark.parametrize(("text", "span", "fields"), NOT_LINKED, ids=[c[1] for c in NOT_LINKED])
def test_news_wire_what_not_linked(scanner, text: str, span: str,
                                   fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


# "up to" after a verb whose particle is "up" is still the qualifier before a load "of" goods;
# a preposition before an article and a sized compound ("over a 1,400-km swath") is none
QUALIFIER_CASES = [
    ("The port aims to move up to 3.4 million tonnes of grain a year.", "up to 3.4 million tonnes",
     dict(qualifier="up_to", what="grain")),
    ("The jobless rate edged up to 4.1% in May.", "4.1%", dict(qualifier="exact")),
    ("The radar scans rainfall over a 900-km corridor.", "900-km",
     dict(qualifier="exact", value=900.0, unit="km")),
    ("Investors priced in about a 64% chance of a cut.", "about a 64%", dict(qualifier="about")),
]


@pytest.mark.parametrize(("text", "span", "fields"), QUALIFIER_CASES,
                         ids=[c[1] for c in QUALIFIER_CASES])
def test_qualifier_before_a_load_or_a_sized_noun(scanner, text: str, span: str,
                                                  fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)
