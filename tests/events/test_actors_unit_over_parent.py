"""The acting unit organizes, not its parent: when both a unit ("Teknaf Battalion of Border
Guard Bangladesh") and the body it belongs to are named as acting, the unit alone organizes;
two bodies of which neither is the other's unit both organize."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, day, loc, mass, org, substance

from pressparse.events import assemble_events
from pressparse.events.mentions import Mention
from pressparse.events.roles import without_parents


def body(name: str, label: str = "ORG") -> Mention:
    """A mention of a body with a normalized name only."""
    return Mention(label=label, text=name, start=0, end=len(name), token_start=0,
                   token_end=1, normalized={"name": name}, sentence=0, paragraph=0)


PARENT_CASES: list[tuple[list[str], list[str]]] = [
    # (organizers found, organizers kept)
    (["Border Guard Bangladesh", "Teknaf Battalion of Border Guard Bangladesh"],
     ["Teknaf Battalion of Border Guard Bangladesh"]),
    (["Navy of Colombia", "Pacific Naval Force of the Navy of Colombia"],
     ["Pacific Naval Force of the Navy of Colombia"]),
    (["U.S. Customs and Border Protection",
      "Office of Field Operations of U.S. Customs and Border Protection"],
     ["Office of Field Operations of U.S. Customs and Border Protection"]),
    # no unit of the other: both stay
    (["Australian Border Force", "Australian Federal Police"],
     ["Australian Border Force", "Australian Federal Police"]),
    (["Guardia Civil", "National Police of Spain"], ["Guardia Civil", "National Police of Spain"]),
]


@pytest.mark.parametrize(("found", "kept"), PARENT_CASES)
def test_a_parent_gives_way_to_its_unit(found: list[str], kept: list[str]) -> None:
    assert [m.text for m in without_parents([body(name) for name in found])] == kept


def test_a_country_stays_beside_its_body() -> None:
    """A country is no parent body: "Thailand" and "Office of the Narcotics Control Board of
    Thailand" both stay."""
    bodies = [body("Thailand", "COUNTRY"),
              body("Office of the Narcotics Control Board of Thailand")]
    assert [m.text for m in without_parents(bodies)] == [m.text for m in bodies]


def test_the_unit_organizes_the_seizure(nlp, rules) -> None:
    text = ("Yaba seized on the Naf\n\n"
            "Members of Border Guard Bangladesh and the Teknaf Battalion seized 50 kg of yaba "
            "from a boat near Shah Porir Dwip on 13 March.")
    battalion = {"name": "Teknaf Battalion of Border Guard Bangladesh", "acronym": None,
                 "id": "teknaf"}
    entities: list[Entity] = [
        ("Border Guard Bangladesh", "ORG", org("Border Guard Bangladesh")),
        ("Teknaf Battalion", "ORG", battalion),
        ("Shah Porir Dwip", "LOC", loc("Shah Porir Dwip", "BD")),
        ("13 March", "DATE", day("2025-03-13")), ("50 kg", "QUANTITY", mass(50, 50, "kg")),
        ("yaba", "SUBSTANCE", substance("methamphetamine"))]
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert event["type"] == "seizure"
    assert [m["text"] for m in event["organizers"]] == ["Teknaf Battalion"]
