"""Gatherings and planned campaigns reported beside an item's main event, each in a sentence
of its own with a date of its own."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from event_docs import build_doc, date_range, loc, org

import pressparse
from pressparse.events import assemble_events


def month(start: str, end: str) -> dict[str, Any]:
    return {**date_range(start, end, "month"), "precision": "month"}


def year(value: str) -> dict[str, Any]:
    return {**date_range(f"{value}-01-01", f"{value}-12-31", "year"), "precision": "year"}


MAIN_SEMINAR = ("Port officers complete seminar on container profiling\n\n"
                "A five-day seminar on container profiling for port officers, organized by the "
                "Customs Service, closed in Mombasa on Friday. The seminar ran from 3 to 7 "
                "March. ")
SEMINAR_ENTITIES = [("Customs Service", "ORG", org("Customs Service")),
                    ("Mombasa", "LOC", loc("Mombasa", "KE")),
                    ("3 to 7 March", "DATE", date_range("2025-03-03", "2025-03-07"))]

FURTHER_CASES = [
    # a second course later in the year, announced at the end of the item
    (MAIN_SEMINAR + "Trainees also visited the container terminal.\n\n"
     "A second seminar, for airport officers, is planned for June in Nairobi.",
     [("June", "DATE", month("2025-06-01", "2025-06-30")),
      ("Nairobi", "LOC", loc("Nairobi", "KE"))],
     [("training", "2025-03-03", "2025-03-07"), ("training", "2025-06-01", "2025-06-30")]),
    # a gathering of another kind on the day before the main one
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "On 2 March, the day before the seminar, the heads of the port units held a meeting "
     "on data sharing.",
     [("2 March", "DATE", date_range("2025-03-02", "2025-03-02", "date"))],
     [("training", "2025-03-03", "2025-03-07"), ("meeting", "2025-03-02", "2025-03-02")]),
    # the next meeting in a month of the following year
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The next regional meeting of port heads will be held in April 2026.",
     [("April 2026", "DATE", month("2026-04-01", "2026-04-30"))],
     [("training", "2025-03-03", "2025-03-07"), ("meeting", "2026-04-01", "2026-04-30")]),
    # the next meeting in a quarter of the following year
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The sides agreed to hold the next meeting in the first quarter of next year in Nairobi.",
     [("the first quarter of next year", "DATE",
       {**date_range("2026-01-01", "2026-03-31", "month"), "precision": "quarter"}),
      ("Nairobi", "LOC", loc("Nairobi", "KE"))],
     [("training", "2025-03-03", "2025-03-07"), ("meeting", "2026-01-01", "2026-03-31")]),
    # a campaign decided for days still to come
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The Customs Service also decided to launch a campaign against pill smuggling from "
     "1 May 2025 to 30 June 2025.",
     [("1 May 2025 to 30 June 2025", "DATE", date_range("2025-05-01", "2025-06-30"))],
     [("training", "2025-03-03", "2025-03-07"), ("operation", "2025-05-01", "2025-06-30")]),
    # the next edition marked by its ordinal in digits ("The 5th regional seminar")
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The 5th regional seminar of port officers is scheduled for October in Mombasa.",
     [("October", "DATE", month("2025-10-01", "2025-10-31"))],
     [("training", "2025-03-03", "2025-03-07"), ("training", "2025-10-01", "2025-10-31")]),
    # a follow-up course whose word is part of a longer cue ("course for")
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "A follow-up course for the same port units is planned for September in Mombasa.",
     [("September", "DATE", month("2025-09-01", "2025-09-30"))],
     [("training", "2025-03-03", "2025-03-07"), ("training", "2025-09-01", "2025-09-30")]),
    # a year alone dates a gathering still to come (session 37: d47, h6_13, h35_17, h36_12)
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The next seminar will be held in 2026.",
     [("2026", "DATE", year("2026"))],
     [("training", "2025-03-03", "2025-03-07"), ("training", "2026-01-01", "2026-12-31")]),
    # a plural's possessive between the marker and the word ("the next Heads' meeting")
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The next Port Directors' meeting will be hosted in Dar es Salaam in May 2026.",
     [("May 2026", "DATE", month("2026-05-01", "2026-05-31"))],
     [("training", "2025-03-03", "2025-03-07"), ("meeting", "2026-05-01", "2026-05-31")]),
    # a gathering of another kind held during the main one, on a day of its own
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "On 5 March, the trainees watched a joint exercise of the port's dog handlers at the "
     "container terminal.",
     [("5 March", "DATE", date_range("2025-03-05", "2025-03-05", "date"))],
     [("training", "2025-03-03", "2025-03-07"), ("exercise", "2025-03-05", "2025-03-05")]),
    # an operation still to come, set to a season, month or quarter (session 37: h34_03,
    # h36_09, h37_06 and the gold of h29_04, h33_04, h35_02)
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The services agreed to hold a joint operation in autumn.",
     [("autumn", "DATE", {**date_range("2025-09-01", "2025-11-30", "season"),
                           "precision": "season"})],
     [("training", "2025-03-03", "2025-03-07"), ("operation", "2025-09-01", "2025-11-30")]),
    # a gathering told as still to come by a relative clause after its word
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The draft will go to the plenary session of the port council, which will be held in "
     "November.",
     [("November", "DATE", month("2025-11-01", "2025-11-30"))],
     [("training", "2025-03-03", "2025-03-07"), ("meeting", "2025-11-01", "2025-11-30")]),
    # an undated further gathering dated by the next sentence, which refers back to it
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The participants proposed that the Customs Service hold a regional workshop on "
     "risk profiling. The workshop will take place in Arusha from 9 to 11 June.",
     [("9 to 11 June", "DATE", date_range("2025-06-09", "2025-06-11"))],
     [("training", "2025-03-03", "2025-03-07"), ("training", "2025-06-09", "2025-06-11")]),
    # ... also when its own sentence gives only the year of a plan
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The action plan for 2026 provides for an exercise at the container terminal. The "
     "exercise is to be held on 14 April 2026.",
     [("2026", "DATE", year("2026")),
      ("14 April 2026", "DATE", date_range("2026-04-14", "2026-04-14", "date"))],
     [("training", "2025-03-03", "2025-03-07"), ("exercise", "2026-04-14", "2026-04-14")]),
]

NO_FURTHER_CASES = [
    # the main event referred to again ("the seminar") with a later date: no new event
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The seminar was the first since the new customs code entered into force in January.",
     [("January", "DATE", month("2025-01-01", "2025-01-31"))]),
    # several courses of a programme are no one event
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The plan includes four regional seminars on profiling in June.",
     [("June", "DATE", month("2025-06-01", "2025-06-30"))]),
    # a year alone dates no gathering of the past ("a similar seminar was held in 2023")
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "A similar seminar for border officers was held in 2023.",
     [("2023", "DATE", year("2023"))]),
    # a sentence referring back to the main event names no new one
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The seminar was funded by the port authority for 2025.",
     [("2025", "DATE", year("2025"))]),
    # an operation only proposed, not decided or planned
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "The Customs Service proposed to hold the next joint operation in May.",
     [("May", "DATE", month("2025-05-01", "2025-05-31"))]),
    # a past operation in a background sentence is no event
    (MAIN_SEMINAR + "The trainees discussed risk indicators.\n\n"
     "Last year, a joint operation from 4 to 9 May seized 2 tonnes of khat.",
     [("4 to 9 May", "DATE", date_range("2024-05-04", "2024-05-09"))]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FURTHER_CASES)
def test_a_further_event_in_a_sentence_of_its_own(
        nlp, rules, text: str, entities, expected: list[tuple[str, str, str]]) -> None:
    doc = build_doc(nlp, text, SEMINAR_ENTITIES + entities)
    doc._.reference_date = date(2025, 3, 8)
    events = assemble_events(doc, rules)
    found = sorted((e["type"], e["start_date"], e["end_date"]) for e in events)
    assert found == sorted(expected)


@pytest.mark.parametrize(("text", "entities"), NO_FURTHER_CASES)
def test_no_further_event(nlp, rules, text: str, entities) -> None:
    doc = build_doc(nlp, text, SEMINAR_ENTITIES + entities)
    doc._.reference_date = date(2025, 3, 8)
    events = assemble_events(doc, rules)
    assert [(e["type"], e["start_date"]) for e in events] == [("training", "2025-03-03")]


REVIEWING_MEETING = (
    "Drug board reviews half-year results\n\n"
    "The Drug Control Board held its half-yearly meeting on Tuesday to review the results "
    "of the first half of 2025. In the first half of 2025, police recorded 1,240 drug cases "
    "and seized 315 kg of cannabis.")


def test_a_meeting_of_one_day_that_reviewed_a_period_is_an_event_beside_the_summary(
        nlp, rules) -> None:
    entities = [("Drug Control Board", "ORG", org("Drug Control Board")),
                ("Tuesday", "DATE", date_range("2025-07-08", "2025-07-08", "relative")),
                ("first half of 2025", "DATE",
                 {**date_range("2025-01-01", "2025-06-30", "range"), "precision": "quarter"})]
    doc = build_doc(nlp, REVIEWING_MEETING, entities)
    doc._.reference_date = date(2025, 7, 9)
    events = assemble_events(doc, rules)
    assert sorted((e["type"], e["start_date"], e["end_date"]) for e in events) == [
        ("meeting", "2025-07-08", "2025-07-08"), ("other", "2025-01-01", "2025-06-30")]


def test_a_study_presented_on_one_day_is_a_statement(nlp, rules) -> None:
    text = ("Heroin traces in river water: university study presented\n\n"
            "The state police and the national university presented on Thursday the results "
            "of a study of river water sampled in nine towns between May and August 2025.")
    entities = [("Thursday", "DATE", date_range("2025-10-02", "2025-10-02", "relative")),
                ("May and August 2025", "DATE",
                 {**date_range("2025-05-01", "2025-08-31", "range"), "precision": "month"})]
    doc = build_doc(nlp, text, entities)
    doc._.reference_date = date(2025, 10, 3)
    events = assemble_events(doc, rules)
    assert [(e["type"], e["start_date"]) for e in events] == [("statement", "2025-10-02")]


def test_the_next_meeting_takes_its_own_date_from_the_main_meeting(nlp, rules) -> None:
    # minutes whose only date is the next meeting's: that date is the next meeting's, not
    # the one the minutes record
    text = ("Regional drug council meets in Almaty\n\n"
            "The regional drug control council held its eighth meeting in Almaty. The members "
            "reviewed the results of the spring campaign.\n\n"
            "The council decided to hold its ninth meeting in October 2025 in Tashkent.")
    entities = [("Almaty", "LOC", loc("Almaty", "KZ")), ("Tashkent", "LOC", loc("Tashkent", "UZ")),
                ("October 2025", "DATE", month("2025-10-01", "2025-10-31"))]
    doc = build_doc(nlp, text, entities)
    doc._.reference_date = date(2025, 6, 10)
    events = assemble_events(doc, rules)
    found = sorted((e["type"], e["start_date"] or "", e["location"]["text"]) for e in events)
    assert found == [("meeting", "", "Almaty"), ("meeting", "2025-10-01", "Tashkent")]


def test_a_rejected_further_gathering_gives_back_the_sentence_it_was_told_on_in() -> None:
    """A further gathering told on in the next sentence and then rejected leaves that
    sentence to the main event (review session 37): in this event page the study visit's
    follow-up sentence stayed with the discarded draft, and the sentence naming the body at
    whose initiative the training was held lost its participant."""
    page = next((Path(__file__).parents[2] / "samples" / "holdout37").glob("h37_04_*.txt"))
    training = next(event for item in pressparse.extract(page.read_text()).items
                    for event in item.events if event.type == "training")
    assert "Ministry of Internal Affairs of the Republic of Kazakhstan" in {
        body.normalized["name"] for body in training.participants}
