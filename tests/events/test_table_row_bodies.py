"""A results table whose rows name the unit that made each find in a cell of its own: the
row's unit organizes that row's seizure; a row whose cells name two units names no one."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, loc, mass, org, substance

from pressparse.events import assemble_events

HEAD = ("Weekly results of the customs service\n\n"
        "During the week, officers of the Revenue Authority stopped the following attempts "
        "to smuggle drugs across the border:\n\n"
        "No. | Date | Post | Unit | Goods | Quantity\n")
BASE: list[Entity] = [
    ("Revenue Authority", "ORG", org("Revenue Authority")),
    ("Busia", "LOC", loc("Busia", "KE")), ("Namanga", "LOC", loc("Namanga", "KE")),
    ("Western Customs", "ORG", org("Western Customs")),
    ("3.4 kg", "QUANTITY", mass(3.4, 3.4, "kg")), ("heroin", "SUBSTANCE", substance("heroin")),
    ("7.1 kg", "QUANTITY", mass(7.1, 7.1, "kg")),
    ("cannabis", "SUBSTANCE", substance("cannabis")),
]
CASES = [
    pytest.param(
        "1 | 02.06 | Busia border post | Western Customs | heroin in a fuel tank | 3.4 kg\n"
        "2 | 04.06 | Namanga border post | Southern Customs | cannabis in sacks | 7.1 kg\n",
        [("Southern Customs", "ORG", org("Southern Customs"))],
        [["Western Customs"], ["Southern Customs"]], id="one-unit-a-row"),
    pytest.param(
        "1 | 02.06 | Busia border post | Western Customs with Police Dog Unit | heroin | 3.4 kg\n"
        "2 | 04.06 | Namanga border post | Western Customs | cannabis in sacks | 7.1 kg\n",
        [("Police Dog Unit", "ORG", org("Police Dog Unit"))],
        [[], ["Western Customs"]], id="two-units-name-no-one"),
]


@pytest.mark.parametrize(("rows", "entities", "organizers"), CASES)
def test_row_unit_organizes_its_seizure(nlp, rules, rows: str, entities: list[Entity],
                                        organizers: list[list[str]]) -> None:
    events = assemble_events(build_doc(nlp, HEAD + rows, BASE + entities), rules)
    rows_found = [e for e in events if e["seizures"] and e["location"]
                  and e["location"]["text"] in ("Busia", "Namanga")]
    assert [[m["text"] for m in e["organizers"]] for e in rows_found] == organizers
