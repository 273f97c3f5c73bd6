"""What a measure or count is of, from wording met in police and customs releases: "of
other chemicals" (not the substance named before), "of which 21.5 tons are cocaine", "which
tested positive for cocaine", a results line's label ("- Cases: 1,412 / 1,870"). Our own
sentences.
"""

from __future__ import annotations

import pytest
from quantity_checks import substance_mentions

KNOWN = {"pmk": "PMK", "cocaine": "cocaine", "marijuana": "marijuana", "heroin": "heroin",
         "safrole": "safrole"}

CASES: list[tuple[str, str, str | None]] = [
    ("The lab held 300 litres of safrole and over 1,500 litres of other solvents.",
     "over 1,500 litres", "solvents"),
    ("They found 640 litres of PMK and 2,000 litres of other chemicals.", "2,000 litres",
     "chemicals"),
    ("The navy seized 30 tons of drugs this year, of which 21.5 tons are cocaine.",
     "21.5 tons", "cocaine"),
    ("Agents found 40 bales weighing 880 kilograms, which tested positive for cocaine.",
     "880 kilograms", "cocaine"),
    ("Results:\n- Cases: 1,412 / 1,870\n- Suspects arrested: 2,904 / 3,615\n", "1,412",
     "cases"),
    ("Results:\n- Cases: 1,412 / 1,870\n- Suspects arrested: 2,904 / 3,615\n", "1,870",
     "cases"),
    ("Results:\n- Cases: 1,412 / 1,870\n- Suspects arrested: 2,904 / 3,615\n", "3,615",
     "suspects"),
    # the money a sum is, named right after it (session 7)
    ("Officers recovered 2 kg heroin and Rs 8 lakh drug money from the house.", "Rs 8 lakh",
     "drug money"),
    ("POLICE SEIZE HEROIN, RS 3 LAKH DRUG MONEY IN RAID", "RS 3 LAKH", "drug money"),
    ("The courier carried $40,000 cash in a backpack.", "$40,000", "cash"),
    # "N of them" with no count before: the people the sentence named (the guide's "Three of
    # them": the noun they refer to)
    ("Troops returned fire after the traffickers shot at the patrol, killing three of them.",
     "three", "traffickers"),
    # a generic noun right after a mass, without "of" (South Asian usage)
    ("The force recovered 312.4 kgs drugs worth millions of rupees.", "312.4 kgs", "drugs"),
    # a breakdown whose copula a spaced dash stands for, maybe with "to" (translated
    # releases, session 39): each amount is of the substance after its dash
    ("Of the total, 640 kg is heroin, 215 kg — marijuana and 38 kg — cocaine.", "215 kg",
     "marijuana"),
    ("Of the total, 640 kg is heroin, 215 kg — marijuana and 38 kg — cocaine.", "38 kg",
     "cocaine"),
    ("Of this, 2.3 tonnes fall to marijuana, 270 kg – to heroin.", "270 kg", "heroin"),
    # a share whose substance follows it (session 39)
    ("Customs seized 88 kg of drugs this year, about 35 % of it cocaine.", "about 35 %",
     "cocaine"),
    ("The region seized 4 120 kg of drugs, over 70 per cent of it was heroin.",
     "over 70 per cent", "heroin"),
    ("Agents seized 2 tonnes of marijuana and 610 kg of cocaine, 18 percent more cocaine than "
     "a year earlier.", "18 percent", "cocaine"),
    # "psychotropic" tablets or pills are drugs in general (the guide's SUBSTANCE line,
    # session 39)
    ("Guards found 2 kg of hashish and 3,400 psychotropic tablets in the lorry.", "3,400",
     "drugs"),
    # unchanged neighbours
    ("They seized 12 kg of heroin, of which 4 kg was hidden in a tyre.", "12 kg", "heroin"),
    ("Police seized 640 litres of PMK in the barn.", "640 litres", "PMK"),
]


@pytest.mark.parametrize(("text", "span", "what"), CASES, ids=[c[1] + "|" + c[0][:20]
                                                               for c in CASES])
def test_what_from_wording(scanner, text: str, span: str, what: str | None) -> None:
    found = {text[q.start:q.end]: q.what
             for q in scanner.scan(text, substance_mentions(text, KNOWN))}
    assert span in found, list(found)
    assert found[span] == what
