"""An operation named only in a plan at the end of a results summary is an event of its own,
not the item's main event: the summary keeps its period and figures; a period in brackets
beside last year's figure does not date the summary."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

SUMMARY = ("Results of the first half of 2025\n"
           "Bishkek, 9 July 2025\n\n"
           "In the first half of 2025, the anti-drug service detected 212 drug crimes (the "
           "first half of 2024 – 187) and seized 1,340 kg of drugs, including 960 kg of "
           "hashish.\n\n")

CASES = [
    "In the third quarter, the service plans to conduct the annual operation \"Mak-2025\" "
    "against wild hemp.",
    "In August the service will conduct the operation \"Mak-2025\" in the Chui region.",
]


@pytest.mark.parametrize("plan", CASES)
def test_a_planned_operation_does_not_take_the_summarys_figures(plan: str) -> None:
    events = [e for item in extract(SUMMARY + plan).items for e in item.events]
    planned = next(e for e in events if e.name == "Mak-2025")
    summary = next(e for e in events if e.name is None and e.seizures)
    assert planned.seizures == [] and planned.part_of is None
    assert (summary.start_date, summary.end_date) == ("2025-01-01", "2025-06-30")
    assert {s.kg for s in summary.seizures} == {1340.0, 960.0}


MEETING = ("Border troops council meets in Cholpon-Ata\n"
           "Cholpon-Ata, 23 May 2025\n\n"
           "On 21-22 May 2025, the Council of Commanders of Border Troops held its meeting in "
           "Cholpon-Ata. The commanders discussed the situation on the external borders.\n\n")

SCHEDULED_CASES = [
    # (the plan sentence, the scheduled event's name, type, start and end)
    ("The Council approved the plan of the joint border operation \"Granitsa-2025\", which "
     "is scheduled for September–October on the southern borders.",
     "Granitsa-2025", "operation", "2025-09-01", "2025-10-31"),
    ("The parties agreed to hold a joint customs operation \"Hamkorlik-2025\" at the "
     "checkpoints of the two countries on 3-7 November 2025.",
     "Hamkorlik-2025", "operation", "2025-11-03", "2025-11-07"),
    # an exercise dated only by the season of its plan sentence
    ("The commanders also approved the plan of the joint exercise \"Dala-Kalkan-2025\", "
     "which will be held in Kazakhstan in the autumn.",
     "Dala-Kalkan-2025", "exercise", "2025-09-01", "2025-11-30"),
]


@pytest.mark.parametrize(("plan", "name", "kind", "start", "end"), SCHEDULED_CASES)
def test_a_scheduled_operation_in_a_meeting_report_is_an_event(
        plan: str, name: str, kind: str, start: str, end: str) -> None:
    events = [e for item in extract(MEETING + plan).items for e in item.events]
    scheduled = [e for e in events if e.name == name]
    assert [(e.type, e.start_date, e.end_date) for e in scheduled] == [(kind, start, end)]
    assert any(e.type == "meeting" for e in events)


OPERATION = ("Results of the operation \"Kanal-2025\"\n"
             "Bishkek, 2 September 2025\n\n"
             "From 2 June to 31 August 2025, the police conducted the operation \"Kanal-2025\". "
             "During the operation, officers seized 1,250 kg of hashish and detained 87 "
             "suspects.\n\n")

COMPARED_CASES = [
    # (the comparison sentence, the earlier edition's name: no event of its own)
    ("Compared with \"Kanal-2024\", the amount of hashish seized rose by 12%.", "Kanal-2024"),
    ("The result is 30% higher compared to the operation \"Kanal-2024\".", "Kanal-2024"),
    ("Seizures of heroin fell, down from the Kanal-2024 campaign.", "Kanal-2024"),
]


@pytest.mark.parametrize(("comparison", "name"), COMPARED_CASES)
def test_an_edition_named_only_for_comparison_is_no_event(comparison: str, name: str) -> None:
    events = [e for item in extract(OPERATION + comparison).items for e in item.events]
    assert [e.name for e in events if e.name == name] == []
    assert any(e.name == "Kanal-2025" for e in events)


DATED_CASES = [
    # (the results sentence in a meeting report, the operation's name, start and end)
    ("The commanders heard the results of the joint operation \"Kanal-Zapad-2025\", carried "
     "out by the border services from 1 April to 30 June 2025 on the western borders.",
     "Kanal-Zapad-2025", "2025-04-01", "2025-06-30"),
    ("1. Results of the joint border operation \"Rubezh-2025\", conducted by the border "
     "agencies from 10 to 24 March 2025.",
     "Rubezh-2025", "2025-03-10", "2025-03-24"),
]


@pytest.mark.parametrize(("sentence", "name", "start", "end"), DATED_CASES)
def test_an_operation_dated_in_its_own_sentence_in_a_meeting_report_is_an_event(
        sentence: str, name: str, start: str, end: str) -> None:
    events = [e for item in extract(MEETING + sentence).items for e in item.events]
    dated = [e for e in events if e.name == name]
    assert [(e.type, e.start_date, e.end_date) for e in dated] == [("operation", start, end)]
    assert any(e.type == "meeting" for e in events)


PASSING_CASES = [
    # (a sentence naming an operation beside a date that is not its own period, the name)
    ("The sides are ready to host one of the stages of the \"Kordon\" operation in 2026.",
     "Kordon"),
    ("They discussed a cooperation programme for 2026-2030 and the joint operation "
     "\"Kanal-Vostok\".", "Kanal-Vostok"),
]


@pytest.mark.parametrize(("sentence", "name"), PASSING_CASES)
def test_an_operation_named_in_passing_beside_a_date_is_no_event(sentence: str,
                                                                 name: str) -> None:
    events = [e for item in extract(MEETING + sentence).items for e in item.events]
    assert [e.name for e in events if e.name == name] == []
