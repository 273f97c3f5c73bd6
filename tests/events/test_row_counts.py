"""Counts in the rows of an operation's results list: a row telling what a named body did
("- Italy: the Carabinieri arrested four suspects and seized 300 kg ...") counts that local
result's arrests; a tally row of a country ("- Italy: 4 arrests, 300 kg ...") is a
breakdown of the total and counts nothing of its own."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, count, country, loc, mass, org, substance

from pressparse.events import assemble_events

LEAD = ("Police forces from Italy and Greece, supported by Europol, have dismantled a "
        "network that smuggled cocaine through Mediterranean ports. During action days from "
        "3 to 5 June, investigators arrested 9 suspects.\n\nResults:\n")
BASE: list[Entity] = [
    ("Italy", "COUNTRY", country("IT", "Italy")), ("Greece", "COUNTRY", country("GR", "Greece")),
    ("Europol", "ORG", org("Europol")), ("9", "QUANTITY", count(9, "suspects")),
    ("Gioia Tauro", "LOC", loc("Gioia Tauro", "IT")),
    ("300 kg", "QUANTITY", mass(300, 300.0, "kg")), ("cocaine", "SUBSTANCE", substance("cocaine")),
]
CASES = [
    pytest.param("- Italy: the Carabinieri arrested four suspects and seized 300 kg of cocaine "
                 "at the port of Gioia Tauro;\n",
                 [("Carabinieri", "ORG", org("Carabinieri")),
                  ("four", "QUANTITY", count(4, "suspects"))], [4.0], id="body-row"),
    pytest.param("- Italy: 4 arrests, 300 kg of cocaine found at the port of Gioia Tauro;\n",
                 [("4", "QUANTITY", count(4, "arrests"))], [], id="tally-row"),
]


@pytest.mark.parametrize(("row", "entities", "counted"), CASES)
def test_row_counts(nlp, rules, row: str, entities: list[Entity], counted: list[float]) -> None:
    events = assemble_events(build_doc(nlp, LEAD + row, BASE + entities), rules)
    local = [e for e in events if e["part_of"] and e["seizures"]]
    assert len(local) == 1
    assert [c["value"] for c in local[0]["counts"]] == counted
