"""The drug an amount names more closely than its noun: one named right after its drug word,
in apposition or in brackets ("900 g of the synthetic drug alpha-PVP", "1.6 kg of crystal
(methamphetamine)"), though a list of drugs after a class word ("the synthetic drugs
mephedrone and alpha-PVP") keeps the class word; and one named after words of belief or
testing ("90 pills believed to be oxycodone", "6 pounds of white pills suspected to contain
fentanyl"), over its noun or a drug named before it, though not when the amount names its
own drug before those words, nor when the words name no drug ("suspected to be destined
for")."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, count, day, mass, substance

from pressparse.events.assembly import assemble_events

SYNTHETIC = substance("synthetic drugs", "synthetic")
MAY_4: Entity = ("4 May 2026", "DATE", day("2026-05-04"))
NOV_21: Entity = ("21 November 2026", "DATE", day("2026-11-21"))
CASES: list[tuple[str, list[Entity], list[str]]] = [
    # (text, entities, expected substances of the seizures in text order)
    ("On 4 May 2026 police in Kazan seized 6 kg of mephedrone and 900 g of the synthetic "
     "drug alpha-PVP from a courier.",
     [("6 kg", "QUANTITY", mass(6, 6, "kg", what="mephedrone")),
      ("mephedrone", "SUBSTANCE", substance("mephedrone")),
      ("900 g", "QUANTITY", mass(900, 0.9, "g", what="synthetic drugs")),
      ("synthetic drug", "SUBSTANCE", SYNTHETIC),
      ("alpha-PVP", "SUBSTANCE", substance("alpha-PVP", "nps")), MAY_4],
     ["mephedrone", "alpha-PVP"]),
    # a slang word glossed in brackets (a translated release from Jordan)
    ("On 4 May 2026 officers in Irbid seized 1.6 kg of crystal (methamphetamine) and a "
     "pistol.",
     [("1.6 kg", "QUANTITY", mass(1.6, 1.6, "kg", what="crystal")),
      ("methamphetamine", "SUBSTANCE", substance("methamphetamine")), MAY_4],
     ["methamphetamine"]),
    # a list of drugs after the class word: no one of them names the amount
    ("On 4 May 2026 officers in Ufa seized 2 kg of the synthetic drugs mephedrone and "
     "alpha-PVP.",
     [("2 kg", "QUANTITY", mass(2, 2, "kg", what="synthetic drugs")),
      ("synthetic drugs", "SUBSTANCE", SYNTHETIC),
      ("mephedrone", "SUBSTANCE", substance("mephedrone")),
      ("alpha-PVP", "SUBSTANCE", substance("alpha-PVP", "nps")), MAY_4],
     ["synthetic drugs"]),
    ("On 4 May 2026 police in Almaty seized 3 kg of synthetic drugs (mephedrone, "
     "alpha-PVP).",
     [("3 kg", "QUANTITY", mass(3, 3, "kg", what="synthetic drugs")),
      ("synthetic drugs", "SUBSTANCE", SYNTHETIC),
      ("mephedrone", "SUBSTANCE", substance("mephedrone")),
      ("alpha-PVP", "SUBSTANCE", substance("alpha-PVP", "nps")), MAY_4],
     ["synthetic drugs"]),
    # a drug named after words of belief or testing
    ("On 21 November 2026 troopers seized 1.4 pounds of methamphetamine and approximately "
     "90 pills believed to be oxycodone in the car.",
     [("1.4 pounds", "QUANTITY", mass(1.4, 0.635, "lb", what="methamphetamine")),
      ("methamphetamine", "SUBSTANCE", substance("methamphetamine")),
      # the amount's noun read as the drug named before it
      ("approximately 90 pills", "QUANTITY",
       {**count(90, "methamphetamine", "about"), "unit": "pill"}),
      ("oxycodone", "SUBSTANCE", substance("oxycodone")), NOV_21],
     ["methamphetamine", "oxycodone"]),
    ("On 21 November 2026 deputies near Benson seized about 6 pounds of white M30 pills "
     "suspected to contain fentanyl, along with 3 pounds of cocaine.",
     [("about 6 pounds", "QUANTITY", mass(6, 2.72, "lb", "about", what="white M")),
      ("fentanyl", "SUBSTANCE", substance("fentanyl")),
      ("3 pounds", "QUANTITY", mass(3, 1.36, "lb", what="cocaine")),
      ("cocaine", "SUBSTANCE", substance("cocaine")), NOV_21],
     ["fentanyl", "cocaine"]),
    ("On 21 November 2026 officers in Mombasa seized 2 kilograms of a whitish powder that "
     "tested positive for heroin.",
     [("2 kilograms", "QUANTITY", mass(2, 2, "kg", what="whitish powder")),
      ("heroin", "SUBSTANCE", substance("heroin")), NOV_21],
     ["heroin"]),
    # the amount's own drug comes first: words about what follows name no other drug of it
    ("On 21 November 2026 rangers seized 2 kg of heroin and a bag of tablets believed to be "
     "tramadol.",
     [("2 kg", "QUANTITY", mass(2, 2, "kg", what="heroin")),
      ("heroin", "SUBSTANCE", substance("heroin")),
      ("tramadol", "SUBSTANCE", substance("tramadol")), NOV_21],
     ["heroin"]),
    ("On 21 November 2026 customs officers seized 5 kg of cocaine suspected to be destined "
     "for Rotterdam.",
     [("5 kg", "QUANTITY", mass(5, 5, "kg", what="cocaine")),
      ("cocaine", "SUBSTANCE", substance("cocaine")), NOV_21],
     ["cocaine"]),
    # the drug the amount's own words link it to after it ("to", "the quantity of"), over
    # the drug of the amount before it or one the recognizer read from an earlier sentence
    ("On 4 May 2026 the National Police recovered 412 packages on the beaches of Paita. Of "
     "the total, 380 kilograms corresponded to cocaine and 52 kilograms to marijuana.",
     [("380 kilograms", "QUANTITY", mass(380, 380, "kg")),
      ("cocaine", "SUBSTANCE", substance("cocaine")),
      ("52 kilograms", "QUANTITY", mass(52, 52, "kg", what="cocaine")),
      ("marijuana", "SUBSTANCE", substance("marijuana")), MAY_4],
     ["cocaine", "marijuana"]),
    ("On 4 May 2026 officers at Tema port intercepted 12 kg of cocaine in a container.\n\n"
     "The find brings to 96 kg the quantity of heroin seized at the port.",
     [("12 kg", "QUANTITY", mass(12, 12, "kg", what="cocaine")),
      ("cocaine", "SUBSTANCE", substance("cocaine")),
      ("96 kg", "QUANTITY", mass(96, 96, "kg", what="cocaine")),
      ("heroin", "SUBSTANCE", substance("heroin")), MAY_4],
     ["cocaine", "heroin"]),
    # the drug the recognizer read from the amount's own noun phrase stays: counterfeit
    # pills of another drug's name
    ("On 21 November 2026 agents in Calgary seized about 20,000 counterfeit oxycodone pills "
     "containing fentanyl.",
     [("about 20,000", "QUANTITY", {**count(20000, "fentanyl", "about"), "unit": None}),
      ("oxycodone", "SUBSTANCE", substance("oxycodone")),
      ("fentanyl", "SUBSTANCE", substance("fentanyl")), NOV_21],
     ["fentanyl"]),
    # nor is a drug the pills are made to look like
    ("On 21 November 2026 officers in Winnipeg seized 2 kg of fentanyl powder and about "
     "5,000 pills made to look like oxycodone.",
     [("2 kg", "QUANTITY", mass(2, 2, "kg", what="fentanyl")),
      ("fentanyl", "SUBSTANCE", substance("fentanyl")),
      ("about 5,000 pills", "QUANTITY", {**count(5000, "fentanyl", "about"), "unit": "pill"}),
      ("oxycodone", "SUBSTANCE", substance("oxycodone")), NOV_21],
     ["fentanyl", "fentanyl"]),
    # a drug after other words ("in a truck ... along with") is no link of the amount's
    ("On 4 May 2026 gendarmes in Van seized heroin weighing 14 kg hidden in a truck along "
     "with methamphetamine.",
     [("heroin", "SUBSTANCE", substance("heroin")),
      ("14 kg", "QUANTITY", mass(14, 14, "kg", what="heroin")),
      ("methamphetamine", "SUBSTANCE", substance("methamphetamine")), MAY_4],
     ["heroin"]),
    # "of the drug" refers back to the last drug named, not to precursors named after it
    ("On 4 May 2026 police in Brest found a laboratory with 20 kg of mephedrone and 300 "
     "litres of precursors. A courier was stopped nearby with 2 kg of the drug in his bag.",
     [("20 kg", "QUANTITY", mass(20, 20, "kg", what="mephedrone")),
      ("mephedrone", "SUBSTANCE", substance("mephedrone")),
      ("300 litres", "QUANTITY", {**mass(300, None, "l", what="precursors"), "kind": "volume"}),
      ("precursors", "SUBSTANCE", substance("precursors", "precursor")),
      ("2 kg", "QUANTITY", mass(2, 2, "kg", what="precursors")), MAY_4],
     ["mephedrone", "precursors", "mephedrone"]),
    # "of the substance" may name a precursor; only precursors named: the anaphor keeps them
    ("On 4 May 2026 customs officers in Chop seized 40 litres of acetic anhydride, and later "
     "another 12 kg of the drug.",
     [("40 litres", "QUANTITY", {**mass(40, None, "l", what="acetic anhydride"),
                                 "kind": "volume"}),
      ("acetic anhydride", "SUBSTANCE", substance("acetic anhydride", "precursor")),
      ("12 kg", "QUANTITY", mass(12, 12, "kg", what="acetic anhydride")), MAY_4],
     ["acetic anhydride", "acetic anhydride"]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_closer_drug_name_is_the_amounts(nlp, rules, text: str, entities: list[Entity],
                                         expected: list[str]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [s["substance"] for e in events for s in e["seizures"]] == expected
