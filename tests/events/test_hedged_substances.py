"""An amount's substance named after words of belief or testing ("90 pills believed to be
oxycodone", "6 pounds of white pills suspected to contain fentanyl"): that substance is the
amount's, over its noun or a drug named before it; not when the amount names its own drug
before those words, nor when the words name no drug ("suspected to be destined for")."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, count, day, mass, substance

from pressparse.events.assembly import assemble_events

CASES: list[tuple[str, list[Entity], list[str]]] = [
    # (text, entities, expected substances of the seizures in text order)
    ("On 21 November 2026 troopers seized 1.4 pounds of methamphetamine and approximately "
     "90 pills believed to be oxycodone in the car.",
     [("1.4 pounds", "QUANTITY", mass(1.4, 0.635, "lb", what="methamphetamine")),
      ("methamphetamine", "SUBSTANCE", substance("methamphetamine")),
      # the amount's noun read as the drug named before it
      ("approximately 90 pills", "QUANTITY",
       {**count(90, "methamphetamine", "about"), "unit": "pill"}),
      ("oxycodone", "SUBSTANCE", substance("oxycodone"))],
     ["methamphetamine", "oxycodone"]),
    ("On 21 November 2026 deputies near Benson seized about 6 pounds of white M30 pills "
     "suspected to contain fentanyl, along with 3 pounds of cocaine.",
     [("about 6 pounds", "QUANTITY", mass(6, 2.72, "lb", "about", what="white M")),
      ("fentanyl", "SUBSTANCE", substance("fentanyl")),
      ("3 pounds", "QUANTITY", mass(3, 1.36, "lb", what="cocaine")),
      ("cocaine", "SUBSTANCE", substance("cocaine"))],
     ["fentanyl", "cocaine"]),
    ("On 21 November 2026 officers in Mombasa seized 2 kilograms of a whitish powder that "
     "tested positive for heroin.",
     [("2 kilograms", "QUANTITY", mass(2, 2, "kg", what="whitish powder")),
      ("heroin", "SUBSTANCE", substance("heroin"))],
     ["heroin"]),
    # the amount's own drug comes first: words about what follows name no other drug of it
    ("On 21 November 2026 rangers seized 2 kg of heroin and a bag of tablets believed to be "
     "tramadol.",
     [("2 kg", "QUANTITY", mass(2, 2, "kg", what="heroin")),
      ("heroin", "SUBSTANCE", substance("heroin")),
      ("tramadol", "SUBSTANCE", substance("tramadol"))],
     ["heroin"]),
    ("On 21 November 2026 customs officers seized 5 kg of cocaine suspected to be destined "
     "for Rotterdam.",
     [("5 kg", "QUANTITY", mass(5, 5, "kg", what="cocaine")),
      ("cocaine", "SUBSTANCE", substance("cocaine"))],
     ["cocaine"]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_hedged_substance_names_the_amount(nlp, rules, text: str, entities: list[Entity],
                                           expected: list[str]) -> None:
    entities = [*entities, ("21 November 2026", "DATE", day("2026-11-21"))]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [s["substance"] for e in events for s in e["seizures"]] == expected
