"""A release kept as one item whose body is split by section heads: each head ("Walvis Bay
port, 3 March", "■ 3 March | Walvis Bay port", or a sub-head over a date line) opens an
incident dated by the head's own day, whatever the lead's dates; a short label line with no
day opens nothing."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, day, loc, mass, substance

from pressparse.events import assemble_events

COCAINE = substance("cocaine")
HEROIN = substance("heroin")


LEAD = ("CUSTOMS REPORTS TWO INTERCEPTIONS IN ONE WEEK\n"
        "Windhoek, 9 March 2025 - Customs officers intercepted drugs worth N$40 million "
        "in two separate incidents during the past week.\n\n")
LEAD_ENTITIES: list[Entity] = [
    ("9 March 2025", "DATE", day("2025-03-09")),
]
FIRST_BODY = ("Officers searching a reefer container at the terminal found 96 kg of "
              "cocaine hidden among frozen hake.\n\n")
SECOND_BODY = ("A passenger arriving from Lagos was selected for a search, and 3.1 kg of "
               "heroin was found in his luggage.\n")
BODY_ENTITIES: list[Entity] = [
    ("96 kg", "QUANTITY", mass(96, 96.0, "kg")), ("cocaine", "SUBSTANCE", COCAINE),
    ("Lagos", "LOC", loc("Lagos", "NG")),
    ("3.1 kg", "QUANTITY", mass(3.1, 3.1, "kg")), ("heroin", "SUBSTANCE", HEROIN),
]

# the heads' days and places (both layouts that put them on a line of their own), and the two
# seizures every layout must yield
PLACE_DAY_HEADS: list[Entity] = [
    ("3 March", "DATE", day("2025-03-03", year_inferred=True)),
    ("6 March", "DATE", day("2025-03-06", year_inferred=True)),
    ("Walvis Bay", "LOC", loc("Walvis Bay", "NA")),
    ("Hosea Kutako International Airport", "LOC",
     loc("Hosea Kutako International Airport", "NA")),
]
TWO_SEIZURES = [("seizure", "2025-03-03", 96.0), ("seizure", "2025-03-06", 3.1)]

CASES = [
    pytest.param(
        LEAD + "Walvis Bay port, 3 March\n" + FIRST_BODY
        + "Hosea Kutako International Airport, 6 March\n" + SECOND_BODY,
        PLACE_DAY_HEADS, TWO_SEIZURES,
        id="place-and-day-heads"),
    pytest.param(
        LEAD + "COCAINE IN A REEFER CONTAINER\nMonday 3 March\n" + FIRST_BODY
        + "HEROIN IN A PASSENGER'S BAG\nThursday 6 March\n" + SECOND_BODY,
        [("Monday 3 March", "DATE", day("2025-03-03", year_inferred=True)),
         ("Thursday 6 March", "DATE", day("2025-03-06", year_inferred=True)),
         ("COCAINE", "SUBSTANCE", COCAINE), ("HEROIN", "SUBSTANCE", HEROIN)],
        TWO_SEIZURES,
        id="sub-head-over-date-line"),
    pytest.param(
        LEAD + "■ 3 March | Walvis Bay port\n" + FIRST_BODY
        + "■ 6 March | Hosea Kutako International Airport\n" + SECOND_BODY,
        PLACE_DAY_HEADS, TWO_SEIZURES,
        id="bullet-day-then-place-heads"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_each_section_is_dated_by_its_head(nlp, rules, text: str, entities: list[Entity],
                                           expected: list[tuple[str, str, float]]) -> None:
    doc = build_doc(nlp, text, LEAD_ENTITIES + BODY_ENTITIES + entities)
    events = assemble_events(doc, rules)
    found = [(e["type"], e["start_date"], e["seizures"][0]["kg"])
             for e in events if e["seizures"]]
    assert found == expected
