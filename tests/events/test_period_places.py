"""A period's results (a week's or a year's figures) take no place from a later sentence that
only tells one incident of the period ("In addition, a forged passport was detected at the
X crossing"); a place of the lead, or of a one-day result's own sentence, still places it."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, count, date_range, day, loc, mass, org, substance

from pressparse.events.assembly import assemble_events

COCAINE = substance("cocaine")
POLICE = ("National Police", "ORG", org("National Police"))

PERIOD_PLACE_CASES: list[tuple[str, list[Entity], str | None]] = [
    # (text, entities, expected location of the period's results)
    # a week's figures, then an undated incident at a crossing: the week has no one place
    ("Weekly results of the National Police\n\n"
     "From 2 to 8 March 2026, officers of the National Police detained 41 suspects and "
     "seized 320 kg of cocaine across the country.\n\n"
     "Most of the drugs were destined for the European market.\n\n"
     "In addition, a forged passport was detected at the Puerto Quijarro border crossing. "
     "A criminal case was opened.",
     [POLICE, ("From 2 to 8 March 2026", "DATE", date_range("2026-03-02", "2026-03-08")),
      ("41", "QUANTITY", count(41, "suspects")), ("320 kg", "QUANTITY", mass(320, 320, "kg")),
      ("cocaine", "SUBSTANCE", COCAINE),
      ("Puerto Quijarro border crossing", "LOC", loc("Puerto Quijarro border crossing", "BO"))],
     None),
    # a financial year's figures, then a case told at a port in a later paragraph
    ("Annual report of the National Police, chapter 4\n\n"
     "In the year from 1 July 2025 to 30 June 2026, the National Police seized 2,140 kg of "
     "cocaine and arrested 388 people.\n\n"
     "Seizures rose by a fifth compared with the year before.\n\n"
     "Officers also found 12 kg of cocaine in a reefer container at the Port of Lae.",
     [POLICE,
      ("from 1 July 2025 to 30 June 2026", "DATE", date_range("2025-07-01", "2026-06-30")),
      ("2,140 kg", "QUANTITY", mass(2140, 2140, "kg")), ("cocaine", "SUBSTANCE", COCAINE),
      ("388", "QUANTITY", count(388, "people")), ("12 kg", "QUANTITY", mass(12, 12, "kg")),
      ("Port of Lae", "LOC", loc("Port of Lae", "PG"))],
     None),
]


def _period_results(events: list[dict]) -> dict:
    periods = [e for e in events if e["type"] == "other" and e["start_date"] != e["end_date"]]
    assert len(periods) == 1, events
    return periods[0]


@pytest.mark.parametrize(("text", "entities", "expected"), PERIOD_PLACE_CASES)
def test_a_period_takes_no_place_of_a_later_incident(nlp, rules, text: str,
                                                     entities: list[Entity],
                                                     expected: str | None) -> None:
    period = _period_results(assemble_events(build_doc(nlp, text, entities), rules))
    location = period["location"]
    assert (location["text"] if location else None) == expected


def test_a_one_day_result_keeps_its_own_place(nlp, rules) -> None:
    text = ("Results of the day\n\n"
            "On 14 October 2026, officers of the National Police dismantled a laboratory on "
            "the outskirts of Santa Cruz and seized 85 kg of cocaine.")
    entities: list[Entity] = [
        POLICE, ("14 October 2026", "DATE", day("2026-10-14")),
        ("Santa Cruz", "LOC", loc("Santa Cruz", "BO")),
        ("85 kg", "QUANTITY", mass(85, 85, "kg")), ("cocaine", "SUBSTANCE", COCAINE)]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [e["location"]["text"] for e in events if e["location"]] == ["Santa Cruz"]
