"""Arrests on a later day than the find are an operation of their own: also when the day is
written twice ("Tuesday (20 August 2024)"), when the sentence names nobody acting, with the
place of its arrest clause, and with the lead's number of people charged."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from event_docs import Entity, build_doc, count, day, loc, mass, org, substance

from pressparse.events.assembly import assemble_events

COCAINE = substance("cocaine", "stimulant")
FEDERAL_POLICE = org("Australian Federal Police", "AFP")

FOLLOW_UP_CASES: list[tuple[str, list[Entity], dict[str, Any]]] = [
    # (text, entities, expected fields of the later day's operation)
    # the day written as a weekday and a date; the lead's "Two men ... charged" counts it
    ("Two men charged over cocaine in granite tiles\n"
     "Two men will appear in court today charged over 90 kilograms of cocaine hidden in a "
     "shipment of granite tiles.\n\n"
     "Border officers found the cocaine at Port Adelaide on 3 March. The Australian Federal "
     "Police (AFP) tracked the tiles to a storage unit in Wingfield, where the men were "
     "arrested on Thursday (20 March 2025).",
     [("90 kilograms", "QUANTITY", mass(90, 90, "kg")), ("cocaine", "SUBSTANCE", COCAINE),
      ("Port Adelaide", "LOC", loc("Port Adelaide", "AU")),
      ("Wingfield", "LOC", loc("Wingfield", "AU")),
      ("3 March", "DATE", day("2025-03-03")), ("Thursday", "DATE", day("2025-03-20")),
      ("20 March 2025", "DATE", day("2025-03-20")),
      ("Australian Federal Police", "ORG", FEDERAL_POLICE), ("AFP", "ORG", FEDERAL_POLICE),
      ("Two", "QUANTITY", count(2, "men"))],
     {"start_date": "2025-03-20", "location": "Wingfield",
      "organizers": ["Australian Federal Police"], "counts": [(2, "arrests")]}),
    # the later sentence counts its own arrests: the lead's number stays with the find
    ("Three men charged after cocaine find\n"
     "Three men have been charged after 40 kilograms of cocaine were found in a yacht.\n\n"
     "Officers searched the yacht at Port Adelaide on 3 March and arrested two men. "
     "Detectives then arrested one more man in Wingfield on 5 March.",
     [("40 kilograms", "QUANTITY", mass(40, 40, "kg")), ("cocaine", "SUBSTANCE", COCAINE),
      ("Port Adelaide", "LOC", loc("Port Adelaide", "AU")),
      ("Wingfield", "LOC", loc("Wingfield", "AU")),
      ("3 March", "DATE", day("2025-03-03")), ("5 March", "DATE", day("2025-03-05")),
      ("Three", "QUANTITY", count(3, "men")), ("two", "QUANTITY", count(2, "men")),
      ("one more", "QUANTITY", count(1, "man"))],
     {"start_date": "2025-03-05", "location": "Wingfield", "organizers": [],
      "counts": [(1, "arrests")]}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOLLOW_UP_CASES)
def test_later_day_arrests_are_an_operation(nlp, rules, text: str, entities: list[Entity],
                                            expected: dict[str, Any]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    seizure = next(e for e in events if e["type"] == "seizure")
    assert seizure["start_date"] == "2025-03-03"
    operation = next(e for e in events if e["type"] == "operation")
    found = {
        "start_date": operation["start_date"],
        "location": (operation["location"] or {}).get("text"),
        "organizers": [m["text"] for m in operation["organizers"]],
        "counts": [(c["value"], c["category"]) for c in operation["counts"]],
    }
    assert found == expected


MAGISTRATES = org("Windhoek Magistrate's Court")

NO_FOLLOW_UP_CASES: list[tuple[str, list[Entity]]] = [
    # a later day in court, with "remanded in custody", is a hearing, no day of arrests
    ("Cocaine found in courier's luggage at the airport\n"
     "Police found 2.4 kilograms of cocaine in the luggage of a passenger at the airport on "
     "3 March. Officers of the drug unit seized the drugs and arrested him.\n\n"
     "The suspect appeared in the Windhoek Magistrate's Court on 5 March and was remanded "
     "in custody.",
     [("2.4 kilograms", "QUANTITY", mass(2.4, 2.4, "kg")), ("cocaine", "SUBSTANCE", COCAINE),
      ("3 March", "DATE", day("2025-03-03")), ("5 March", "DATE", day("2025-03-05")),
      ("Windhoek Magistrate's Court", "ORG", MAGISTRATES)]),
]


@pytest.mark.parametrize(("text", "entities"), NO_FOLLOW_UP_CASES)
def test_a_later_court_day_is_no_arrests_operation(nlp, rules, text: str,
                                                   entities: list[Entity]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    # the remand is the court's own event (other, as h10_12's gold), never an arrests day
    assert [e["type"] for e in events] == ["seizure", "other"]
    assert events[0]["start_date"] == "2025-03-03"
    assert [m["text"] for m in events[1]["organizers"]] == ["Windhoek Magistrate's Court"]


COURT = org("Kirkwall District Court")
HEROIN = substance("heroin", "opioid")
# The raid every court case follows: its text and its entities.
RAID = ("Police seize heroin in Kirkwall raid\n"
        "Police seized 12 kilograms of heroin in a raid on a flat in Kirkwall on 4 June. "
        "Officers also took cash and two phones from the flat.\n\n")
RAID_ENTITIES: list[Entity] = [
    ("12 kilograms", "QUANTITY", mass(12, 12, "kg")), ("heroin", "SUBSTANCE", HEROIN),
    ("Kirkwall", "LOC", loc("Kirkwall", "GB")), ("4 June", "DATE", day("2025-06-04"))]

MAY = {"start": "2025-05-01", "end": "2025-05-31", "precision": "month",
       "year_inferred": False, "kind": "absolute"}
REPORT_DAY = date(2025, 6, 10)  # the release's day: 20 June is still to come

COURT_DECISION_CASES: list[tuple[str, list[Entity], dict[str, Any] | None]] = [
    # (text, entities, the court event's fields or None when there is none)
    # a detention order with its day opening the sentence: the court's own event
    (RAID +
     "On 6 June, the Kirkwall District Court ordered the pre-trial detention of three "
     "suspects.",
     [*RAID_ENTITIES,
      ("6 June", "DATE", day("2025-06-06")), ("Kirkwall District Court", "ORG", COURT)],
     {"start_date": "2025-06-06", "organizers": ["Kirkwall District Court"],
      "seizures": []}),
    # a sentence handed down for an earlier find: the court's event takes none of its amounts
    (RAID +
     "On 9 June, the Kirkwall District Court sentenced another courier, caught in 2023 with "
     "3 kilograms of heroin, to six years.",
     [*RAID_ENTITIES,
      ("9 June", "DATE", day("2025-06-09")), ("Kirkwall District Court", "ORG", COURT),
      ("3 kilograms", "QUANTITY", mass(3, 3, "kg"))],
     {"start_date": "2025-06-09", "organizers": ["Kirkwall District Court"],
      "seizures": []}),
    # an appearance alone is no decision: no event of the court
    (RAID +
     "The suspects will appear before the Kirkwall District Court on 6 June.",
     [*RAID_ENTITIES,
      ("6 June", "DATE", day("2025-06-06")), ("Kirkwall District Court", "ORG", COURT)],
     None),
    # a remand in custody is the court's decision on the day of the appearance
    (RAID +
     "The two suspects appeared in the Kirkwall District Court on Friday and were remanded "
     "in custody.",
     [*RAID_ENTITIES,
      ("Friday", "DATE", day("2025-06-06")), ("Kirkwall District Court", "ORG", COURT)],
     {"start_date": "2025-06-06", "organizers": ["Kirkwall District Court"],
      "seizures": []}),
    # a measure of restraint chosen by the court (CIS wording) is its decision
    (RAID +
     "On 6 June, at the request of the investigation, the Kirkwall District Court chose a "
     "measure of restraint in the form of detention for the courier.",
     [*RAID_ENTITIES,
      ("6 June", "DATE", day("2025-06-06")), ("Kirkwall District Court", "ORG", COURT)],
     {"start_date": "2025-06-06", "organizers": ["Kirkwall District Court"],
      "seizures": []}),
    # a verdict told with its month only (an annual review's case) is dated by the month
    (RAID +
     "In May, the Kirkwall District Court sentenced the head of the same network to nine "
     "years in prison.",
     [*RAID_ENTITIES,
      ("May", "DATE", MAY), ("Kirkwall District Court", "ORG", COURT)],
     {"start_date": "2025-05-01", "organizers": ["Kirkwall District Court"],
      "seizures": []}),
    # a report's wrapped line splitting the verdict's verb from the court's name
    (RAID +
     "The head of the same network was sentenced by the\nKirkwall District Court to nine "
     "years in May.",
     [*RAID_ENTITIES,
      ("May", "DATE", MAY), ("Kirkwall District Court", "ORG", COURT)],
     {"start_date": "2025-05-01", "organizers": ["Kirkwall District Court"],
      "seizures": []}),
    # a hearing still to come decides nothing, also when the remand before it is told
    (RAID +
     "The suspects were remanded in custody to appear before the Kirkwall District Court "
     "on 20 June.",
     [*RAID_ENTITIES,
      ("20 June", "DATE", day("2025-06-20")), ("Kirkwall District Court", "ORG", COURT)],
     None),
    # a custody extension is the court's decision, also when it grants the police's request
    (RAID +
     "Yesterday, the Kirkwall District Court extended the detention of the suspects by five "
     "days.",
     [*RAID_ENTITIES,
      ("Yesterday", "DATE", day("2025-06-09")), ("Kirkwall District Court", "ORG", COURT)],
     {"start_date": "2025-06-09", "organizers": ["Kirkwall District Court"],
      "seizures": []}),
    (RAID +
     "On Friday the Kirkwall District Court granted the request of the police to keep the "
     "courier in custody until 4 July.",
     [*RAID_ENTITIES,
      ("Friday", "DATE", day("2025-06-06")), ("Kirkwall District Court", "ORG", COURT)],
     {"start_date": "2025-06-06", "organizers": ["Kirkwall District Court"],
      "seizures": []}),
    # a court the text does not name, deciding as its sentence's subject: the court's event,
    # with no organizer
    (RAID +
     "On 6 June, at the prosecutor's request, the court remanded both suspects in custody "
     "for two months.",
     [*RAID_ENTITIES, ("6 June", "DATE", day("2025-06-06"))],
     {"start_date": "2025-06-06", "organizers": [], "seizures": []}),
    (RAID +
     "A judge of the investigating chamber ordered the courier held in prison on Friday.",
     [*RAID_ENTITIES, ("Friday", "DATE", day("2025-06-06"))],
     {"start_date": "2025-06-06", "organizers": [], "seizures": []}),
    # a named court's decision on the suspects told with no day: the court's event, undated
    (RAID +
     "The Kirkwall District Court has already placed two of the suspects in custody; the "
     "third is under house arrest.",
     [*RAID_ENTITIES, ("Kirkwall District Court", "ORG", COURT)],
     {"start_date": None, "organizers": ["Kirkwall District Court"], "seizures": []}),
    (RAID +
     "Both tenants were arrested and later convicted in the Kirkwall District Court, which "
     "imposed fines on each of them.",
     [*RAID_ENTITIES, ("Kirkwall District Court", "ORG", COURT)],
     {"start_date": None, "organizers": ["Kirkwall District Court"], "seizures": []}),
    # an undated order on goods is a step of the case, no decision on the suspects
    (RAID +
     "The Kirkwall District Court ordered the confiscation of the cash and the phones.",
     [*RAID_ENTITIES, ("Kirkwall District Court", "ORG", COURT)],
     None),
    # an undated decision still to come
    (RAID +
     "The Kirkwall District Court is expected to decide on their detention.",
     [*RAID_ENTITIES, ("Kirkwall District Court", "ORG", COURT)],
     None),
    # bail granted at a hearing that took place is the court's decision
    (RAID +
     "The tenant appeared before the Kirkwall District Court on Friday and was released on "
     "bail.",
     [*RAID_ENTITIES,
      ("Friday", "DATE", day("2025-06-06")), ("Kirkwall District Court", "ORG", COURT)],
     {"start_date": "2025-06-06", "organizers": ["Kirkwall District Court"],
      "seizures": []}),
    # the suspects brought before the court and remanded: their appearance, no decision told
    # by the court
    (RAID +
     "The suspects were produced before the court on Friday and remanded to judicial "
     "custody.",
     [*RAID_ENTITIES, ("Friday", "DATE", day("2025-06-06"))],
     None),
]


@pytest.mark.parametrize(("text", "entities", "expected"), COURT_DECISION_CASES)
def test_later_court_decision_is_an_event(nlp, rules, text: str, entities: list[Entity],
                                          expected: dict[str, Any] | None) -> None:
    doc = build_doc(nlp, text, entities)
    doc._.reference_date = REPORT_DAY
    events = assemble_events(doc, rules)
    seizure = next(e for e in events if e["type"] == "seizure")
    assert seizure["start_date"] == "2025-06-04"
    assert [s["value"] for s in seizure["seizures"]] == [12]
    courts = [e for e in events if e["type"] == "other"]
    if expected is None:
        assert courts == []
        return
    assert len(courts) == 1
    found = {
        "start_date": courts[0]["start_date"],
        "organizers": [m["text"] for m in courts[0]["organizers"]],
        "seizures": courts[0]["seizures"],
    }
    assert found == expected


STAGE_CASES: list[tuple[str, tuple[str, str], list[tuple[float, str]]]] = [
    # (text, the stage's (start, end), its counts as (value, category))
    # an investigation running for months; a later day's searches and arrests, and the
    # paragraph's next sentence, are a stage of it
    ("Police and customs dismantle cocaine network at the port of Sines\n\n"
     "The investigation, known as Project Falcão, began in March 2025 and targeted a network "
     "importing cocaine in containers of frozen fish. Customs analysts flagged the "
     "shipments from Ecuador.\n\n"
     "On 21 October, investigators carried out 14 searches in Setúbal and Lisbon and "
     "arrested four men. Officers also seized two vehicles and cash.",
     ("2025-10-21", "2025-10-21"), [(14, "searches"), (4, "arrests"), (2, "vehicles")]),
    # the day's raids told over two days
    ("Narcotics unit ends year-long probe into heroin ring\n\n"
     "The operation, launched in January 2025, targeted a ring supplying heroin to three "
     "northern districts. Informants and phone intercepts led officers to its leaders.\n\n"
     "On 3 and 4 November, officers raided 11 homes and detained six suspects.",
     ("2025-11-03", "2025-11-04"), [(11, "searches"), (6, "arrests")]),
]


@pytest.mark.parametrize(("text", "days", "counts"), STAGE_CASES)
def test_later_day_of_a_long_operation_is_a_stage(text: str, days: tuple[str, str],
                                                  counts: list[tuple[float, str]]) -> None:
    from pressparse.driver import extract

    events = [e for item in extract(text, published="2025-11-20").items for e in item.events]
    stages = [e for e in events if e.part_of is not None and e.type == "operation"]
    assert len(stages) == 1
    stage = stages[0]
    assert (stage.start_date, stage.end_date) == days
    assert sorted((c.value, c.category) for c in stage.counts) == sorted(counts)
    parent = next(e for e in events if e.id == stage.part_of)
    assert parent.type == "operation" and not parent.counts


LEAD_COURT_CASES: list[tuple[str, list[Entity], str, list[str]]] = [
    # (text, entities, the main event's type and organizers)
    # the court deciding in the lead organizes the verdict, not the investigation's bodies
    ("Prison terms of up to ten years for heroin imports\n"
     "The Kirkwall District Court today sentenced four men to prison terms of between five "
     "and ten years. The case stems from an investigation by the Northern Police Unit and "
     "the Customs Investigation Service.",
     [("Kirkwall District Court", "ORG", COURT),
      ("Northern Police Unit", "ORG", org("Northern Police Unit")),
      ("Customs Investigation Service", "ORG", org("Customs Investigation Service")),
      ("today", "DATE", day("2025-06-10"))],
     "other", ["Kirkwall District Court"]),
    # the passive wording names the court after the verdict's verb
    ("Courier jailed\nA courier was sentenced by the Kirkwall District Court today to six "
     "years in prison following an investigation by the Northern Police Unit.",
     [("Kirkwall District Court", "ORG", COURT),
      ("Northern Police Unit", "ORG", org("Northern Police Unit")),
      ("today", "DATE", day("2025-06-10"))],
     "other", ["Kirkwall District Court"]),
    # the arrests the lead recalls without figures are the case the court's remand decided
    ("Eight-day remand\nThe two persons arrested in the case of possession of cannabis in "
     "Kirkwall were brought today before the Kirkwall District Court, which issued an "
     "eight-day remand order against them.",
     [("Kirkwall District Court", "ORG", COURT),
      ("Kirkwall", "LOC", loc("Kirkwall", "GB")),
      ("today", "DATE", day("2025-06-10"))],
     "other", ["Kirkwall District Court"]),
    # a find with its amount stays the seizure; the remand is told beside it
    ("Police seized 12 kilograms of heroin in Kirkwall today. The Kirkwall District Court "
     "remanded the courier in custody.",
     [("Kirkwall District Court", "ORG", COURT),
      ("Kirkwall", "LOC", loc("Kirkwall", "GB")),
      ("12 kilograms", "QUANTITY", mass(12, 12, "kg")), ("heroin", "SUBSTANCE", HEROIN),
      ("today", "DATE", day("2025-06-10"))],
     "seizure", []),
]


@pytest.mark.parametrize(("text", "entities", "event_type", "organizers"), LEAD_COURT_CASES)
def test_the_lead_court_organizes_its_verdict(nlp, rules, text: str, entities: list[Entity],
                                             event_type: str, organizers: list[str]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert events[0]["type"] == event_type
    assert [m["text"] for m in events[0]["organizers"]] == organizers


# (text, published, the verdict's (seizures, counts), the recalled events as (type,
# start_date, seizures)): a court's verdict recalls the find and the arrests behind it; they
# are events of their own, dated by their own days, and the verdict seizes nothing; a
# period's figures given for reference are a total of their own (a verdict is no report)
VERDICT_RECALL_CASES: list[tuple[str, str, tuple[list[float], list[tuple[float, str]]],
                                 list[tuple[str, str, list[float]]]]] = [
    # the find dated "last year": its own day, no comparison with last year
    ("Court jails three members of heroin ring\n"
     "On 12 March the Navoi Regional Court sentenced three defendants to prison terms of 8 to "
     "15 years for drug smuggling.\n"
     "As established by the court, the group brought heroin from Afghanistan in lorries.\n"
     "On 4 June last year, at the Alat customs post, customs officers found 42 kg of heroin "
     "in a lorry. The driver was detained on the spot.\n"
     "The verdict may be appealed in the Supreme Court.\n"
     "For reference: in 2024, courts of the region considered 1 210 criminal cases on drug "
     "crimes.\n",
     "2025-03-14", ([], [(3, "convictions")]),
     [("other", "2024-01-01", []), ("seizure", "2024-06-04", [42.0])]),
    # the court finds the men guilty; the raid of two years before is an operation
    ("Court jails four members of cocaine group\n"
     "The Specialised Criminal Court in Banska Bystrica on Tuesday found four men guilty of "
     "drug trafficking and sentenced the leader of the group to 12 years in prison. The "
     "verdict is not final.\n"
     "The group was broken up by officers of the National Criminal Agency on 3 and 4 May "
     "2023, when police searched 9 houses in Zvolen and detained five people. In the "
     "searches, police seized 2.5 kilograms of cocaine.\n",
     "2025-02-13", ([], [(4, "convictions")]),
     [("operation", "2023-05-03", [2.5])]),
]


@pytest.mark.parametrize(("text", "published", "verdict", "recalled"), VERDICT_RECALL_CASES)
def test_a_verdict_recalls_events_of_their_own(
        text: str, published: str, verdict: tuple[list[float], list[tuple[float, str]]],
        recalled: list[tuple[str, str, list[float]]]) -> None:
    from pressparse.driver import extract

    events = [e for item in extract(text, published=published).items for e in item.events]
    court = events[0]
    assert court.type == "other" and court.organizers
    assert ([s.kg for s in court.seizures],
            [(c.value, c.category) for c in court.counts]) == verdict
    assert [(e.type, e.start_date, [s.kg for s in e.seizures]) for e in events[1:]] == recalled
    assert all(e.part_of is None for e in events)


# The report's day bounds the arrests' day; an item with no known day leaves it unbounded.
REPORT_BOUND_CASES: list[tuple[date | None, bool]] = [
    (None, True),  # no publication day: any later day can be the arrests'
    (date(2025, 3, 24), True),  # published after the arrests
    (date(2025, 3, 18), False),  # "on Thursday (20 March 2025)" after the release: no arrests yet
]


@pytest.mark.parametrize(("published", "arrests_apart"), REPORT_BOUND_CASES)
def test_the_report_day_bounds_later_arrests(nlp, rules, published: date | None,
                                             arrests_apart: bool) -> None:
    text, entities, _expected = FOLLOW_UP_CASES[0]
    doc = build_doc(nlp, text, entities)
    doc._.reference_date = published
    events = assemble_events(doc, rules)
    assert any(e["type"] == "operation" and e["start_date"] == "2025-03-20"
               for e in events) is arrests_apart
