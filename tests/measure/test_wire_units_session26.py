"""Session 26 units and numbers, classes of error on the spent sealed sets (newswire15,
newswire17, newswire18, holdout25, holdout26), tested in our own sentences from other
countries:
- bare degrees are a temperature also away from a word of temperature ("summer days with more
  than 25 degrees", "a record of +34.7 degrees ... beaten by almost four degrees"), unless
  they read as an angle ("turned 180 degrees", "45 degrees north", "a 90-degree turn").
- a number whose only mark follows a lone zero is a decimal ("KD 0.220", "0,750 dinars"): no
  thousands group follows a zero.
- a number written from its point before a firearm noun is a calibre (".38 revolver").
- scale words of translated copy ("R$ 33,5 milhões", "2,1 milliards d'euros").
- a report's numbered section heading ("3.1 Criminal cases", "4.2 Significant seizures") is
  no count: no count is a fraction of a thing (holdout26 twice; headings seen in seven sets).
- bare numbers sharing out a count over places ("seven people, five in Oslo, one in Drammen";
  "74 were on Providenciales, 29 on Grand Turk and 6 on North Caicos"; holdout26 twice) count
  what it counts; not before a month or weekday.
"""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity

CASES: list[tuple[str, str | None, dict[str, Any]]] = [
    ("Hungary had only 9 tropical nights with more than 20 degrees this July, the OMSZ said.",
     "more than 20 degrees", dict(value=20, unit="°C")),
    ("The old record for June 3, +31.2 degrees, was beaten in Riga by almost two degrees.",
     "+31.2 degrees", dict(value=31.2, unit="°C")),
    ("The old record for June 3, +31.2 degrees, was beaten in Riga by almost two degrees.",
     "almost two degrees", dict(value=2, unit="°C")),
    ("The ferry turned 180 degrees off Bergen after the alarm.", "180 degrees",
     dict(unit="degree")),
    ("Forecasters expect a high of 38 degrees in Seville on Saturday.", "38 degrees",
     dict(value=38, unit="°C")),
    ("Lows of minus 12 degrees are expected in Kiruna overnight.", "minus 12 degrees",
     dict(unit="°C")),
    ("The tower in Pisa leans at about 4 degrees of tilt, engineers said.", "about 4 degrees",
     dict(unit="degree")),
    ("The wreck lies at 62 degrees north, the Norwegian coast guard said.", "62 degrees",
     dict(unit="degree")),
    ("Omani fuel: the price of Super rose to OMR 0.239 a litre.", "OMR 0.239",
     dict(value=0.239, unit="OMR")),
    ("The Bahraini authority set the fee at 0,500 dinars per passenger.", "0,500 dinars",
     dict(value=0.5)),
    ("Officers in Basseterre seized a .38 revolver on Sunday.", None, {}),
    ("A .22 rifle was found in the boot of the car in Nassau.", None, {}),
    ("A Receita Federal apreendeu mercadorias avaliadas em R$ 12,5 milhões em Foz do Iguaçu.",
     "R$ 12,5 milhões", dict(value=12.5e6, unit="BRL")),
    ("Le budget atteint 2,1 milliards d'euros selon le ministère à Dakar.", "2,1 milliards",
     dict(value=2.1e9)),
    ("5. ENFORCEMENT\n\n5.2 Seized consignments\n\nThe unit in Mombasa reported no cases.",
     None, {}),
    ("Annex\n2.1.3 Intercepted vessels\nNone were recorded off Durban.", None, {}),
    ("SEIZURES\n2.5 Tonnes of cocaine were found in Santos.", "2.5 Tonnes",
     dict(value=2.5, unit="t")),
    ("The cartel ran 14 laboratories, two in Sinaloa and three in Durango, prosecutors said.",
     "three", dict(value=3)),
    ("Of the 61 arrests, 40 were in Mombasa, 15 in Malindi and 6 in Lamu.", "15",
     dict(value=15)),
]

ABSENT: list[tuple[str, str]] = [
    ("Police detained 12 suspects, 3 in March and 4 on Monday.", "4"),
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES,
                         ids=[f"{c[1]}@{i}" for i, c in enumerate(CASES)])
def test_wire_unit(scanner, text: str, span: str | None, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


@pytest.mark.parametrize(("text", "span"), ABSENT, ids=[c[1] for c in ABSENT])
def test_wire_no_quantity(scanner, text: str, span: str) -> None:
    assert span not in [text[q.start:q.end] for q in scanner.scan(text)]
