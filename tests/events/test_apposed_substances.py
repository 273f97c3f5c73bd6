"""A drug named right after the amount's drug word, in apposition or in brackets ("900 g of
the synthetic drug alpha-PVP", "1.6 kg of crystal (methamphetamine)"), names the amount's
drug more closely and is its substance; a list of drugs after a class word ("the synthetic
drugs mephedrone and alpha-PVP") keeps the class word."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, day, mass, substance

from pressparse.events.assembly import assemble_events

SYNTHETIC = substance("synthetic drugs", "synthetic")
CASES: list[tuple[str, list[Entity], list[str]]] = [
    # (text, entities, expected substances of the seizures in text order)
    ("On 4 May 2026 police in Kazan seized 6 kg of mephedrone and 900 g of the synthetic "
     "drug alpha-PVP from a courier.",
     [("6 kg", "QUANTITY", mass(6, 6, "kg", what="mephedrone")),
      ("mephedrone", "SUBSTANCE", substance("mephedrone")),
      ("900 g", "QUANTITY", mass(900, 0.9, "g", what="synthetic drugs")),
      ("synthetic drug", "SUBSTANCE", SYNTHETIC),
      ("alpha-PVP", "SUBSTANCE", substance("alpha-PVP", "nps"))],
     ["mephedrone", "alpha-PVP"]),
    # a slang word glossed in brackets (a translated release from Jordan)
    ("On 4 May 2026 officers in Irbid seized 1.6 kg of crystal (methamphetamine) and a "
     "pistol.",
     [("1.6 kg", "QUANTITY", mass(1.6, 1.6, "kg", what="crystal")),
      ("methamphetamine", "SUBSTANCE", substance("methamphetamine"))],
     ["methamphetamine"]),
    # a list of drugs after the class word: no one of them names the amount
    ("On 4 May 2026 officers in Ufa seized 2 kg of the synthetic drugs mephedrone and "
     "alpha-PVP.",
     [("2 kg", "QUANTITY", mass(2, 2, "kg", what="synthetic drugs")),
      ("synthetic drugs", "SUBSTANCE", SYNTHETIC),
      ("mephedrone", "SUBSTANCE", substance("mephedrone")),
      ("alpha-PVP", "SUBSTANCE", substance("alpha-PVP", "nps"))],
     ["synthetic drugs"]),
    ("On 4 May 2026 police in Almaty seized 3 kg of synthetic drugs (mephedrone, "
     "alpha-PVP).",
     [("3 kg", "QUANTITY", mass(3, 3, "kg", what="synthetic drugs")),
      ("synthetic drugs", "SUBSTANCE", SYNTHETIC),
      ("mephedrone", "SUBSTANCE", substance("mephedrone")),
      ("alpha-PVP", "SUBSTANCE", substance("alpha-PVP", "nps"))],
     ["synthetic drugs"]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_apposed_substance_names_the_amount(nlp, rules, text: str, entities: list[Entity],
                                            expected: list[str]) -> None:
    entities = [*entities, ("4 May 2026", "DATE", day("2026-05-04"))]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [s["substance"] for e in events for s in e["seizures"]] == expected
