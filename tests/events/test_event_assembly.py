"""Assembly of whole event records from hand-set entities (no other component needed)."""

from __future__ import annotations

from typing import Any

import pytest
from event_docs import (
    build_doc,
    count,
    country,
    date_range,
    loc,
    mass,
    operation,
    org,
    substance,
)

from pressparse.events import assemble_events
from pressparse.schema import Event

ARTICLE = (
    'Results of the joint CSTO operation "Channel Centre" were presented in Almaty. '
    "Over 11 tonnes of narcotics were seized.\n\n"
    "Between February 26 and March 1, 2019, the CSTO carried out the international "
    'anti-drug operation "Channel-Centre".\n\n'
    "Police, customs and border agencies of the CSTO member states took part in the "
    "operation.\n\n"
    "Delegations of several states and international bodies took part in the operation as "
    "observers: Afghanistan, Iran, China, France, UNODC, Interpol and the OSCE.\n\n"
    "The coordination headquarters of the operation worked at the premises of CARICC "
    "(Alma-Ata, Kazakhstan).\n\n"
    "In total, about 11.4 tons of drugs were taken out of circulation, including over 8.9 "
    "tons of opium and more than 221 kg of heroin.\n\n"
    "Officers found 784 drug crimes and opened about 4 thousand criminal cases; 307 firearms "
    "were confiscated.\n\n"
    "In the Ryazan Region, Russian police uncovered a clandestine laboratory and seized more "
    "than 17 kg of mephedrone.\n\n"
    "The police of Iran dismantled a large trafficking ring and seized more than 5.1 tons of "
    "opium.\n\n"
    "This year, further joint actions are planned."
)

ARTICLE_ENTITIES = [
    ("CSTO", "ORG", org("Collective Security Treaty Organization", "CSTO")),
    ("Channel Centre", "OPERATION", operation("Channel-Center")),
    ("Channel-Centre", "OPERATION", operation("Channel-Center")),
    ("Almaty", "LOC", loc("Almaty", "KZ")),
    ("Alma-Ata", "LOC", loc("Almaty", "KZ")),
    ("Over 11 tonnes", "QUANTITY", mass(11, 11000, "t", "more_than", "drugs")),
    ("February 26 and March 1, 2019", "DATE", date_range("2019-02-26", "2019-03-01")),
    ("Afghanistan", "COUNTRY", country("AF", "Afghanistan")),
    ("Iran", "COUNTRY", country("IR", "Iran")),
    ("China", "COUNTRY", country("CN", "China")),
    ("France", "COUNTRY", country("FR", "France")),
    ("UNODC", "ORG", org("United Nations Office on Drugs and Crime", "UNODC")),
    ("Interpol", "ORG", org("International Criminal Police Organization", "INTERPOL")),
    ("OSCE", "ORG", org("Organization for Security and Co-operation in Europe", "OSCE")),
    ("CARICC", "ORG", org("Central Asian Regional Information and Coordination Centre",
                          "CARICC")),
    ("Kazakhstan", "COUNTRY", country("KZ", "Kazakhstan")),
    ("about 11.4 tons", "QUANTITY", mass(11.4, 11400, "t", "about", "drugs")),
    ("over 8.9 tons", "QUANTITY", mass(8.9, 8900, "t", "more_than", "opium")),
    ("opium", "SUBSTANCE", substance("opium")),
    ("more than 221 kg", "QUANTITY", mass(221, 221, "kg", "more_than", "heroin")),
    ("heroin", "SUBSTANCE", substance("heroin")),
    ("784", "QUANTITY", count(784, "drug crimes")),
    ("about 4 thousand", "QUANTITY", count(4000, "criminal cases", "about")),
    ("307", "QUANTITY", count(307, "firearms")),
    ("Ryazan Region", "LOC", loc("Ryazan Oblast", "RU")),
    ("Russian", "NORP", {"iso2": "RU", "name": "Russian Federation"}),
    ("more than 17 kg", "QUANTITY", mass(17, 17, "kg", "more_than", "mephedrone")),
    ("mephedrone", "SUBSTANCE", substance("mephedrone")),
    ("more than 5.1 tons", "QUANTITY", mass(5.1, 5100, "t", "more_than", "opium")),
    ("This year", "DATE", {"start": "2019-01-01", "end": "2019-12-31", "kind": "relative",
                           "precision": "year"}),
]


@pytest.fixture(scope="module")
def article_events(nlp, rules) -> list[dict[str, Any]]:
    return assemble_events(build_doc(nlp, ARTICLE, ARTICLE_ENTITIES), rules)


def _texts(refs: list[dict[str, Any]]) -> list[str]:
    return [ref["text"] for ref in refs]


def test_operation_record(article_events) -> None:
    operation_event = article_events[0]
    assert operation_event["type"] == "operation"
    assert operation_event["name"] == "Channel-Center"
    assert (operation_event["start_date"], operation_event["end_date"]) == (
        "2019-02-26", "2019-03-01")
    assert operation_event["location"]["normalized"]["name"] == "Almaty"
    assert _texts(operation_event["organizers"]) == ["CSTO"]
    assert _texts(operation_event["observers"]) == [
        "Afghanistan", "Iran", "China", "France", "UNODC", "Interpol", "OSCE"]


def test_totals_stay_with_the_operation(article_events) -> None:
    seizures = [(s["substance"], s["kg"], s["qualifier"], s.get("country_iso2"))
                for s in article_events[0]["seizures"]]
    # the lead's rounded "over 11 tonnes" re-states the total and is not repeated
    assert seizures == [("drugs", 11400, "about", None), ("opium", 8900, "more_than", None),
                        ("heroin", 221, "more_than", None)]
    counts = [(c["what"], c["value"], c["category"]) for c in article_events[0]["counts"]]
    assert counts == [("drug crimes", 784, "crimes"), ("criminal cases", 4000, "cases"),
                      ("firearms", 307, "weapons")]


def test_local_results_are_seizure_events_of_the_operation(article_events) -> None:
    parent = article_events[0]["id"]
    subs = [(e["type"], e["part_of"], e["location"]["text"],
             [(s["substance"], s["kg"], s["country_iso2"]) for s in e["seizures"]])
            for e in article_events[1:]]
    assert subs == [
        ("seizure", parent, "Ryazan Region", [("mephedrone", 17, "RU")]),
        ("seizure", parent, "Iran", [("opium", 5100, "IR")]),
    ]
    assert _texts(article_events[1]["participants"]) == ["Russian"]


def test_records_validate_and_evidence_points_into_the_text(article_events) -> None:
    ids = [e["id"] for e in article_events]
    assert len(set(ids)) == len(ids)
    for event in article_events:
        Event.model_validate(event)
        for start, end in event["evidence"]:
            assert 0 <= start < end <= len(ARTICLE)
            assert ARTICLE[start:end].strip()


DATE_CASES = [
    # (text, entities, expected start, expected end)
    ("On 14 May, border guards seized 120 kg of heroin at the checkpoint, the press service "
     "said on Monday.",
     [("14 May", "DATE", date_range("2025-05-14", "2025-05-14", "date")),
      ("Monday", "DATE", date_range("2025-05-19", "2025-05-19", "relative")),
      ("120 kg", "QUANTITY", mass(120, 120, "kg", what="heroin"))],
     "2025-05-14", "2025-05-14"),
    ("Border guards seized 120 kg of heroin at the checkpoint, the press service said on "
     "Monday.",
     [("Monday", "DATE", date_range("2025-05-19", "2025-05-19", "relative")),
      ("120 kg", "QUANTITY", mass(120, 120, "kg", what="heroin"))],
     None, None),
    ("CUSTOMS SEIZE HEROIN AT THE BORDER\n16.09.2024\n\nCustoms officers seized 3 kg of "
     "heroin in a bus.",
     [("16.09.2024", "DATE", date_range("2024-09-16", "2024-09-16", "date")),
      ("3 kg", "QUANTITY", mass(3, 3, "kg", what="heroin"))],
     None, None),
    ("A training course for drug squad officers was held from 3 to 7 June 2024. Since the "
     "beginning of 2024, 400 officers have been trained.",
     [("3 to 7 June 2024", "DATE", date_range("2024-06-03", "2024-06-07")),
      ("the beginning of 2024", "DATE", date_range("2024-01-01", "2024-01-31", "month"))],
     "2024-06-03", "2024-06-07"),
    ("KUALA LUMPUR, Aug 24 -- Police chiefs meeting in the city from August 21 to 24 agreed "
     "on a joint desk.",
     [("Aug 24", "DATE", date_range("2023-08-24", "2023-08-24", "date")),
      ("August 21 to 24", "DATE", date_range("2023-08-21", "2023-08-24"))],
     "2023-08-21", "2023-08-24"),
    ("The DEA today announced the results of a surge that ran between January and April.",
     [("today", "DATE", date_range("2024-05-09", "2024-05-09", "relative")),
      ("between January and April", "DATE", {**date_range("2024-01-01", "2024-04-30"),
                                             "precision": "month"})],
     "2024-01-01", "2024-04-30"),
    ("The council session opened in Minsk on 23 May. The two-day meeting will discuss "
     "synthetic drugs.",
     [("23 May", "DATE", date_range("2024-05-23", "2024-05-23", "date")),
      ("two-day", "DATE", {"start": None, "end": None, "kind": "duration", "timex": "P2D"})],
     "2024-05-23", "2024-05-24"),
    ("Europol backs cocaine investigation\nA joint investigation has dismantled a network.\n"
     "On the action day, 4 February 2025, police searched 73 locations and seized 1.4 tonnes "
     "of cocaine.",
     [("4 February 2025", "DATE", date_range("2025-02-04", "2025-02-04", "date")),
      ("1.4 tonnes", "QUANTITY", mass(1.4, 1400, "t", what="cocaine"))],
     "2025-02-04", "2025-02-04"),
    ("The annual operation \"Steppe Poppy\" started on 2 June in the river valley. The "
     "operation will last until 30 September.",
     [("2 June", "DATE", date_range("2025-06-02", "2025-06-02", "date")),
      ("30 September", "DATE", date_range("2025-09-30", "2025-09-30", "date")),
      ("Steppe Poppy", "OPERATION", operation("Steppe Poppy"))],
     "2025-06-02", "2025-09-30"),
    ("The joint exercise \"Shield-2025\" was completed at the training ground on 12 May.\n\n"
     "The drills, which began on 8 May, involved 900 troops.",
     [("12 May", "DATE", date_range("2025-05-12", "2025-05-12", "date")),
      ("8 May", "DATE", date_range("2025-05-08", "2025-05-08", "date")),
      ("Shield-2025", "OPERATION", operation("Shield-2025"))],
     "2025-05-08", "2025-05-12"),
    ("The regional operation \"Border Net\" was carried out in two stages: from 2 to 6 June "
     "and from 14 to 18 July 2025.",
     [("2 to 6 June", "DATE", date_range("2025-06-02", "2025-06-06")),
      ("14 to 18 July 2025", "DATE", date_range("2025-07-14", "2025-07-18")),
      ("Border Net", "OPERATION", operation("Border Net"))],
     "2025-06-02", "2025-07-18"),
    ("On 20 March, a meeting in Bishkek summed up the results of the operation \"Mountain "
     "Pass\", conducted from 3 to 9 March 2025 along the border.",
     [("20 March", "DATE", date_range("2025-03-20", "2025-03-20", "date")),
      ("3 to 9 March 2025", "DATE", date_range("2025-03-03", "2025-03-09")),
      ("Mountain Pass", "OPERATION", operation("Mountain Pass"))],
     "2025-03-03", "2025-03-09"),
    ("The drills \"Steppe-2025\" will take place next week. The active phase is scheduled "
     "for 29 and 30 October.",
     [("next week", "DATE", date_range("2025-10-27", "2025-11-02", "relative")),
      ("29 and 30 October", "DATE", date_range("2025-10-29", "2025-10-30")),
      ("Steppe-2025", "OPERATION", operation("Steppe-2025"))],
     "2025-10-29", "2025-10-30"),
    ("The investigation, which began in 2022, ended with an action day on 4 February 2025, "
     "when police raided 40 homes.",
     [("2022", "DATE", {**date_range("2022-01-01", "2022-12-31", "year"),
                        "precision": "year"}),
      ("4 February 2025", "DATE", date_range("2025-02-04", "2025-02-04", "date"))],
     "2025-02-04", "2025-02-04"),
    ("14.02.2025 Experts discussed information security\nOn 12-13 February, Minsk hosted a "
     "meeting of the expert group on cyber threats.",
     [("14.02.2025", "DATE", date_range("2025-02-14", "2025-02-14", "date")),
      ("12-13 February", "DATE", date_range("2025-02-12", "2025-02-13"))],
     "2025-02-12", "2025-02-13"),
    ("12 March 2025\nThe deputy minister took part in a meeting of the council of interior "
     "ministers in Baku",
     [("12 March 2025", "DATE", date_range("2025-03-12", "2025-03-12", "date"))],
     "2025-03-12", "2025-03-12"),
    ("12 March 2025\nMore than 2 tons of cocaine seized in the port during the operation",
     [("12 March 2025", "DATE", date_range("2025-03-12", "2025-03-12", "date")),
      ("2 tons", "QUANTITY", mass(2, 2000, "t", "more_than", what="cocaine"))],
     None, None),
    ("The Joint Staff announced that a staff training of the rapid reaction forces will be "
     "held in Bishkek from 10 to 13 March.",
     [("10 to 13 March", "DATE", date_range("2025-03-10", "2025-03-13"))],
     "2025-03-10", "2025-03-13"),
    ("The head of the drug control directorate gave an interview to our newspaper. "
     "Asked what had changed in 2024, he said that sales had moved online.",
     [("2024", "DATE", {**date_range("2024-01-01", "2024-12-31", "year"),
                        "precision": "year"})],
     None, None),
    ("The course lasted two weeks.",
     [("two weeks", "DATE", {"start": None, "end": None, "kind": "duration"})], None, None),
    # a seizure's "over three days" is no length of the event (only meetings, courses...)
    ("Officers intercepted a courier at the airport on 9 March. He excreted 87 wraps of "
     "cocaine over three days.",
     [("9 March", "DATE", date_range("2025-03-09", "2025-03-09", "date")),
      ("three days", "DATE", {"start": None, "end": None, "kind": "duration", "timex": "P3D"})],
     "2025-03-09", "2025-03-09"),
    # a day after the report ("will be arraigned on Wednesday") never dates what happened
    ("MOMBASA, Nov 4 (KNA) - Officers have seized 120 kg of heroin from a dhow. The officers "
     "boarded the vessel on Saturday. Five crew members were arrested and will be arraigned "
     "on Wednesday.",
     [("Nov 4", "DATE", date_range("2024-11-04", "2024-11-04", "date")),
      ("Saturday", "DATE", date_range("2024-11-02", "2024-11-02", "relative")),
      ("Wednesday", "DATE", date_range("2024-11-06", "2024-11-06", "relative")),
      ("120 kg", "QUANTITY", mass(120, 120, "kg", what="heroin"))],
     "2024-11-02", "2024-11-02"),
    # figures "since" a date run to the report: a summary open at its end
    ("Since 1 January, the navy has seized more than 41 tonnes of cocaine in the Pacific.",
     [("1 January", "DATE", date_range("2025-01-01", "2025-01-01", "date")),
      ("more than 41 tonnes", "QUANTITY", mass(41, 41000, "t", "more_than", "cocaine"))],
     "2025-01-01", None),
    # a statement is dated by the day it was made, not by the year its figures cover
    ("Agency survey: opium output rose\nOpium cultivation grew in 2023, according to a "
     "survey released on Tuesday by the agency.",
     [("2023", "DATE", {**date_range("2023-01-01", "2023-12-31", "year"), "precision": "year"}),
      ("Tuesday", "DATE", date_range("2023-12-12", "2023-12-12", "relative"))],
     "2023-12-12", "2023-12-12"),
    # the date after "held at <place> from" is the session's own, not the next one's
    ("The Commission closed its annual session today. The session, held at the Vienna "
     "International Centre from 10 to 14 March 2025, gathered 1,700 participants. Its next "
     "session is scheduled for March 2026.",
     [("today", "DATE", date_range("2025-03-14", "2025-03-14", "relative")),
      ("10 to 14 March 2025", "DATE", date_range("2025-03-10", "2025-03-14")),
      ("March 2026", "DATE", {**date_range("2026-03-01", "2026-03-31", "month"),
                              "precision": "month"})],
     "2025-03-10", "2025-03-14"),
    # the day of a court hearing dates no operation
    ("Three men will appear before the Magistrates' Court today after a joint investigation "
     "by border and state police into 312 kg of MDMA imported from Germany.",
     [("today", "DATE", date_range("2025-08-14", "2025-08-14", "relative")),
      ("312 kg", "QUANTITY", mass(312, 312, "kg", what="MDMA")),
      ("MDMA", "SUBSTANCE", substance("MDMA")),
      ("Germany", "COUNTRY", country("DE", "Germany"))],
     None, None),
    # a duration before an end bound runs back from the end
    ("A three-day eradication drive by agents and soldiers ended on 26 January 2025 in the "
     "mountain village, where 3,000 marijuana plants were uprooted.",
     [("three-day", "DATE", {"start": None, "end": None, "kind": "duration", "timex": "P3D"}),
      ("26 January 2025", "DATE", date_range("2025-01-26", "2025-01-26", "date"))],
     "2025-01-24", "2025-01-26"),
    # a duration before an end bound on the report's day, then the run of days ending on it
    ("A two-week staff course on border control, organized by the Staff College, concluded "
     "today in Dushanbe.\nFrom 11 to 22 May, 26 officers studied risk analysis and the "
     "profiling of passengers.",
     [("two-week", "DATE", {"start": None, "end": None, "kind": "duration", "timex": "P2W"}),
      ("today", "DATE", date_range("2026-05-22", "2026-05-22", "relative")),
      ("11 to 22 May", "DATE", date_range("2026-05-11", "2026-05-22"))],
     "2026-05-11", "2026-05-22"),
    # the offenders' enterprise "had been operating since" a season: no date of the event,
    # which runs over the days of the episodes it tells
    ("Police dismantle mephedrone network\nPolice officers dismantled a network selling "
     "mephedrone and detained four suspects. The network had been operating since the autumn "
     "of 2025.\n\nOn 10 March, at the Pogranichny checkpoint, officers found 4 kg of "
     "mephedrone in a car.\n\nOn 12 and 13 March, three more members were detained in "
     "Orenburg and 1 kg of mephedrone was seized.",
     [("the autumn of 2025", "DATE", {**date_range("2025-09-01", "2025-11-30"),
                                      "precision": "season"}),
      ("10 March", "DATE", date_range("2026-03-10", "2026-03-10", "date")),
      ("12 and 13 March", "DATE", date_range("2026-03-12", "2026-03-13")),
      ("Pogranichny checkpoint", "LOC", loc("Pogranichny checkpoint", "RU")),
      ("Orenburg", "LOC", loc("Orenburg", "RU")),
      ("4 kg", "QUANTITY", mass(4, 4, "kg", what="mephedrone")),
      ("1 kg", "QUANTITY", mass(1, 1, "kg", what="mephedrone"))],
     "2026-03-10", "2026-03-13"),
    # a start bound told of another event (the investigation) does not open the sentencing
    ("Four men jailed for drug supply\n\nFour men were sentenced at the High Court in "
     "Glasgow on 11 September 2025. The investigation began in November 2023 after "
     "intelligence about drug movements.",
     [("11 September 2025", "DATE", date_range("2025-09-11", "2025-09-11", "date")),
      ("November 2023", "DATE", {**date_range("2023-11-01", "2023-11-30", "month"),
                                 "precision": "month"})],
     "2025-09-11", "2025-09-11"),
    # the dated details paragraph of a seizure the lead already quantified dates it
    ("GANJA PEDDLING GANG BUSTED\n\nThe Special Operations Team apprehended four accused "
     "persons and seized 212 kgs of dry ganja from their possession. The gang bought the "
     "ganja in the Agency area. It was bound for Maharashtra.\n\nDetails of the "
     "case:\nOn 19-11-2024 at about 1700 hours, the team conducted a vehicle check at Pedda "
     "Amberpet and intercepted a car and an escort vehicle. On checking, 106 packets of "
     "ganja, each weighing about 2 kg, were found in the boot.",
     [("Special Operations Team", "ORG", org("Special Operations Team")),
      ("212 kgs", "QUANTITY", mass(212, 212, "kg", what="cannabis")),
      ("ganja", "SUBSTANCE", substance("cannabis")),
      ("19-11-2024", "DATE", date_range("2024-11-19", "2024-11-19", "date")),
      ("Pedda Amberpet", "LOC", loc("Pedda Amberpet", "IN")),
      ("2 kg", "QUANTITY", mass(2, 2, "kg", what="cannabis"))],
     "2024-11-19", "2024-11-19"),
]


@pytest.mark.parametrize(("text", "entities", "start", "end"), DATE_CASES)
def test_event_dates(nlp, rules, text: str, entities, start, end) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    event = next((e for e in events if e["name"]), events[0])  # the named one, if any
    assert (event["start_date"], event["end_date"]) == (start, end)


def test_pills_are_seizures_and_cumulative_figures_are_not_counts(nlp, rules) -> None:
    text = ("Customs officers detected 86,000 tablets of tramadol in a truck. The tablets "
            "weighed about 27 kg in total. Since January, officers prevented 11 attempts to "
            "smuggle medicines.")
    doc = build_doc(nlp, text, [
        ("86,000 tablets", "QUANTITY", {"value": 86000, "unit": "tablet", "kind": "count",
                                        "qualifier": "exact", "what": "tramadol"}),
        ("tramadol", "SUBSTANCE", substance("tramadol", "opioid")),
        ("about 27 kg", "QUANTITY", mass(27, 27, "kg", "about", "tramadol")),
        ("11", "QUANTITY", count(11, "attempts")),
    ])
    events = assemble_events(doc, rules)
    # the guidelines keep the stated weight of the same pills as its own record
    assert [(s["substance"], s["value"], s["unit"]) for s in events[0]["seizures"]] == [
        ("tramadol", 86000, "tablet"), ("tramadol", 27, "kg")]
    assert events[0]["counts"] == []  # a cumulative figure, not this event's


def test_generic_totals_are_drugs_and_a_headline_count_is_not_repeated(nlp, rules) -> None:
    text = ("49 arrests in cocaine investigation\nPolice seized 1.2 tonnes of narcotics. "
            "49 suspects were arrested.")
    doc = build_doc(nlp, text, [
        ("49 arrests", "QUANTITY", count(49, "arrests")),
        ("1.2 tonnes", "QUANTITY", mass(1.2, 1200, "t", what="narcotics")),
        ("49 suspects", "QUANTITY", count(49, "suspects")),
    ])
    events = assemble_events(doc, rules)
    assert [s["substance"] for s in events[0]["seizures"]] == ["drugs"]
    assert [(c["what"], c["category"]) for c in events[0]["counts"]] == [
        ("suspects", "arrests")]


@pytest.mark.parametrize(("year_inferred", "expected"), [
    (True, ("2024-06-25", "2024-06-27")),
    (False, ("2018-06-25", "2018-06-27")),
])
def test_year_left_out_is_taken_from_the_event_name(nlp, rules, year_inferred: bool,
                                                    expected) -> None:
    text = ('From 25 to 27 June, Kazakhstan hosted the staff talks of the "Steppe Shield-2024" '
            "command-staff training.")
    value = {**date_range("2018-06-25", "2018-06-27"), "year_inferred": year_inferred}
    doc = build_doc(nlp, text, [("25 to 27 June", "DATE", value),
                                ("Steppe Shield-2024", "OPERATION",
                                 operation("Steppe Shield-2024"))])
    events = assemble_events(doc, rules)
    assert (events[0]["start_date"], events[0]["end_date"]) == expected


@pytest.mark.parametrize(("text", "what", "category"), [
    ("During the raid, 2 smugglers were killed and 3 trucks were seized.", "smugglers",
     "killed"),
    ("In the same case, 8 members were jailed for a total of 60 years.", "members",
     "convictions"),
    ("During the raid, police detained 8 members of the gang.", "members", "arrests"),
    ("Officers searched 6 properties in the city during the raid.", "properties", "searches"),
    ("During the raid, police clashed with a gang, killing 2 traffickers.", "traffickers",
     "killed"),
    ("During the raid, 1 officer was injured in an exchange of fire.", "officer", "injured"),
    ("During the raid, the army kills 3 smugglers on the border.", "smugglers", "killed"),
    ("During the raid, 4 recipients of the shipments were arrested in Riyadh.", "recipients",
     "arrests"),
])
def test_count_categories(nlp, rules, text: str, what: str, category: str) -> None:
    surface = text.split(what)[0].split()[-1]  # the number right before the noun
    doc = build_doc(nlp, text, [(f"{surface} {what}", "QUANTITY",
                                 count(float(surface), what))])
    counts = assemble_events(doc, rules)[0]["counts"]
    assert [(c["what"], c["category"]) for c in counts] == [(what, category)]


HEROIN = substance("heroin", "opioid")
NOT_SEIZED_CASES = [
    # (text, entities, expected seizures as (substance, kg))
    ("Drug seizures, January-June 2025\nPolice seized 40 kg of heroin in six months.\n\n"
     "Substance | Jan-Jun 2025 | Jan-Jun 2024\nHeroin | 40 kg | 31 kg\n",
     [("January-June 2025", "DATE", {**date_range("2025-01-01", "2025-06-30"),
                                     "precision": "month"}),
      ("40 kg", "QUANTITY", mass(40, 40, "kg", what="heroin")),
      ("31 kg", "QUANTITY", mass(31, 31, "kg", what="heroin")),
      ("heroin", "SUBSTANCE", HEROIN), ("Heroin", "SUBSTANCE", HEROIN)],
     [("heroin", 40)]),
    ("Police seized 40 kg of heroin in 2025, the ministry said.\n\n"
     "Region | Seized, kg\nOsh region | 25 kg\nChui region | 15 kg\n",
     [("40 kg", "QUANTITY", mass(40, 40, "kg", what="heroin")),
      ("25 kg", "QUANTITY", mass(25, 25, "kg")), ("15 kg", "QUANTITY", mass(15, 15, "kg")),
      ("heroin", "SUBSTANCE", HEROIN), ("Osh region", "LOC", loc("Osh Region", "KG")),
      ("Chui region", "LOC", loc("Chuy Region", "KG"))],
     [("heroin", 40)]),
    ("Customs officers seized 2 kg of heroin at the border on 3 May. Experts say that "
     "about 300 tonnes of heroin are needed every year to supply the regional market.",
     [("3 May", "DATE", date_range("2025-05-03", "2025-05-03", "date")),
      ("2 kg", "QUANTITY", mass(2, 2, "kg", what="heroin")),
      ("about 300 tonnes", "QUANTITY", mass(300, 300000, "t", "about", "heroin")),
      ("heroin", "SUBSTANCE", HEROIN)],
     [("heroin", 2)]),
    ("Border guards seized 5 kg of heroin on 14 October 2024. The service seized almost "
     "900 kg of heroin in 2023, according to official figures.",
     [("14 October 2024", "DATE", date_range("2024-10-14", "2024-10-14", "date")),
      ("2023", "DATE", {**date_range("2023-01-01", "2023-12-31", "year"), "precision": "year"}),
      ("5 kg", "QUANTITY", mass(5, 5, "kg", what="heroin")),
      ("almost 900 kg", "QUANTITY", mass(900, 900, "kg", "about", "heroin")),
      ("heroin", "SUBSTANCE", HEROIN)],
     [("heroin", 5)]),
    ("At the seaport, officers discovered 40,000 tablets of tramadol 225mg in a container.",
     [("40,000 tablets", "QUANTITY", {"value": 40000, "unit": "tablet", "kind": "count",
                                      "qualifier": "exact", "what": "tramadol"}),
      ("225mg", "QUANTITY", mass(225, 0.000225, "mg", what="tramadol")),
      ("tramadol", "SUBSTANCE", substance("tramadol", "opioid"))],
     [("tramadol", None)]),  # the tablets' strength is no amount seized
    # a running total over a period holding the event's day is not the event's amount
    ("On 13 August, a navy patrol seized 2.3 tonnes of cocaine from a semi-submersible. So "
     "far in 2025, the navy has seized 94.6 tonnes of drugs.",
     [("13 August", "DATE", date_range("2025-08-13", "2025-08-13", "date")),
      ("2.3 tonnes", "QUANTITY", mass(2.3, 2300, "t", what="cocaine")),
      ("2025", "DATE", {**date_range("2025-01-01", "2025-12-31", "year"), "precision": "year"}),
      ("94.6 tonnes", "QUANTITY", mass(94.6, 94600, "t", what="drugs")),
      ("cocaine", "SUBSTANCE", substance("cocaine", "stimulant"))],
     [("cocaine", 2300)]),
    # one unit's weight and a potential yield are no amounts seized
    ("On 19 November, officers seized 212 kg of ganja in 106 packets, each weighing about "
     "2 kg, in a car.\nThe ganja could have been sold as 400,000 doses for 5 kg of cash.",
     [("19 November", "DATE", date_range("2024-11-19", "2024-11-19", "date")),
      ("212 kg", "QUANTITY", mass(212, 212, "kg", what="ganja")),
      ("2 kg", "QUANTITY", mass(2, 2, "kg", "about", "ganja")),
      ("5 kg", "QUANTITY", mass(5, 5, "kg", what="ganja")),
      ("ganja", "SUBSTANCE", substance("marijuana", "cannabis"))],
     [("marijuana", 212)]),
    # a part of a total by place is no seizure of its own; a comparison year dates nothing
    ("In 2024, customs seized 31.2 t of cocaine, of which 19.6 t in the ports of Le Havre "
     "and Dunkirk, 8.4 percent more than in 2023.",
     [("2024", "DATE", {**date_range("2024-01-01", "2024-12-31", "year"), "precision": "year"}),
      ("2023", "DATE", {**date_range("2023-01-01", "2023-12-31", "year"), "precision": "year"}),
      ("31.2 t", "QUANTITY", mass(31.2, 31200, "t", what="cocaine")),
      ("19.6 t", "QUANTITY", mass(19.6, 19600, "t", what="cocaine")),
      ("cocaine", "SUBSTANCE", substance("cocaine", "stimulant")),
      ("Le Havre", "LOC", loc("Le Havre", "FR")), ("Dunkirk", "LOC", loc("Dunkirk", "FR"))],
     [("cocaine", 31200)]),
    # goods seized beside the drugs are no drug seizure
    ("In the raid, officers seized 720 kg of hashish, two boats and 3,600 litres of petrol.",
     [("720 kg", "QUANTITY", mass(720, 720, "kg", what="hashish")),
      ("3,600 litres", "QUANTITY", {"value": 3600, "unit": "l", "kind": "volume", "kg": None,
                                    "qualifier": "exact", "what": "petrol"}),
      ("hashish", "SUBSTANCE", substance("hashish", "cannabis"))],
     [("hashish", 720)]),
    # customs: the cover load of a truck is no drug seizure, though heroin is named before it
    ("At the customs post, officers found 12 kg of heroin in a truck carrying 26 tons of "
     "dried apricots.",
     [("12 kg", "QUANTITY", mass(12, 12, "kg", what="heroin")),
      ("26 tons", "QUANTITY", mass(26, 26000, "t", what="dried apricots")),
      ("heroin", "SUBSTANCE", HEROIN)],
     [("heroin", 12)]),
    # a legal threshold is no amount seized, even beside "trafficking"
    ("Officers seized 2 kg of heroin in a raid on 3 May. Anyone convicted of trafficking in "
     "more than 15g of heroin may face the death penalty.",
     [("3 May", "DATE", date_range("2025-05-03", "2025-05-03", "date")),
      ("2 kg", "QUANTITY", mass(2, 2, "kg", what="heroin")),
      ("more than 15g", "QUANTITY", mass(15, 0.015, "g", "more_than", "heroin")),
      ("heroin", "SUBSTANCE", HEROIN)],
     [("heroin", 2)]),
    # "today" (the report's time) does not move an amount out of the event's period
    ("Two men will face court today over 260 kg of methamphetamine concealed in marble. "
     "Officers found the drugs at the port on 2 August.",
     [("today", "DATE", date_range("2024-08-21", "2024-08-21", "relative")),
      ("2 August", "DATE", date_range("2024-08-02", "2024-08-02", "date")),
      ("260 kg", "QUANTITY", mass(260, 260, "kg", what="methamphetamine")),
      ("methamphetamine", "SUBSTANCE", substance("methamphetamine", "stimulant"))],
     [("methamphetamine", 260)]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), NOT_SEIZED_CASES)
def test_amounts_that_are_not_this_events_seizures(nlp, rules, text: str, entities,
                                                    expected) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    # a running total of another period may be an event of its own, never this one's
    assert [(s["substance"], s["kg"]) for s in events[0]["seizures"]] == expected


HASHISH = substance("hashish", "cannabis")
KG_ = {"iso2": "KG", "iso3": "KGZ", "name": "Kyrgyzstan"}
ACETIC = substance("acetic anhydride", "precursor")


def test_local_results_split_at_a_sentence_opening_with_a_place(nlp, rules) -> None:
    text = ("The CSTO operation \"Steppe Net\" was held in May. It targeted couriers. Six "
            "states took part.\n\n"
            "Tajik border guards seized 40 kg of hashish in Khorog. In Kyrgyzstan, police in "
            "Osh detained a courier carrying 3 kg of heroin.")
    doc = build_doc(nlp, text, [
        ("Steppe Net", "OPERATION", operation("Steppe Net")),
        ("Khorog", "LOC", loc("Khorog", "TJ")), ("Kyrgyzstan", "COUNTRY", KG_),
        ("Osh", "LOC", loc("Osh", "KG")), ("hashish", "SUBSTANCE", HASHISH),
        ("heroin", "SUBSTANCE", HEROIN),
        ("40 kg", "QUANTITY", mass(40, 40, "kg", what="hashish")),
        ("3 kg", "QUANTITY", mass(3, 3, "kg", what="heroin"))])
    local = [e for e in assemble_events(doc, rules) if e["part_of"]]
    assert [(e["location"]["text"], [s["substance"] for s in e["seizures"]])
            for e in local] == [("Khorog", ["hashish"]), ("Osh", ["heroin"])]


def test_same_substance_and_packaging(nlp, rules) -> None:
    text = ("Customs officers intercepted 19 tonnes of acetic anhydride, used to make heroin. "
            "The chemical was loaded in 76 barrels.\n\nIn a separate case, officers stopped "
            "8,400 litres of the same substance at the Termez terminal.")
    doc = build_doc(nlp, text, [
        ("acetic anhydride", "SUBSTANCE", ACETIC), ("heroin", "SUBSTANCE", HEROIN),
        ("19 tonnes", "QUANTITY", mass(19, 19000, "t", what="acetic anhydride")),
        ("76 barrels", "QUANTITY", {"value": 76, "low": None, "high": None, "unit": "bbl",
                                    "kind": "volume", "kg": None, "qualifier": "exact",
                                    "what": None}),
        ("8,400 litres", "QUANTITY", {"value": 8400, "low": None, "high": None, "unit": "l",
                                      "kind": "volume", "kg": None, "qualifier": "exact",
                                      "what": "heroin"}),
        ("Termez", "LOC", loc("Termez", "UZ"))])
    seizures = [(s["substance"], s["value"]) for e in assemble_events(doc, rules)
                for s in e["seizures"]]
    assert seizures == [("acetic anhydride", 19), ("acetic anhydride", 8400)]


def test_a_paragraph_opened_by_a_named_operation_is_that_operations(nlp, rules) -> None:
    text = ("REVIEW OF THE YEAR 2023\nIn 2023, police recorded 5,000 drug crimes.\n\n"
            "The preventive operation \"Poppy\" was held from 1 June to 30 September 2023. "
            "During it, officers destroyed 4,000 plants and seized some 86 kg of poppy straw.")
    doc = build_doc(nlp, text, [
        ("2023", "DATE", {**date_range("2023-01-01", "2023-12-31", "year"),
                          "precision": "year"}),
        ("1 June to 30 September 2023", "DATE", date_range("2023-06-01", "2023-09-30")),
        ("Poppy", "OPERATION", operation("Poppy")),
        ("poppy straw", "SUBSTANCE", substance("poppy straw", "opioid")),
        ("some 86 kg", "QUANTITY", mass(86, 86, "kg", "about", "poppy straw"))])
    named = [e for e in assemble_events(doc, rules) if e["name"] == "Poppy"]
    assert [(e["start_date"], [s["kg"] for s in e["seizures"]]) for e in named] == [
        ("2023-06-01", [86])]


def test_a_meeting_summing_up_a_named_operation_is_an_event_of_its_own(nlp, rules) -> None:
    text = ("RESULTS OF THE OPERATION \"STEPPE NET\"\nOn 12 June 2025, a meeting of the "
            "working group was held in Bishkek under the chairmanship of the State Drug "
            "Service to sum up the results of the operation \"Steppe Net\", conducted from "
            "2 to 6 June 2025 in the border areas of Kazakhstan and Uzbekistan.")
    doc = build_doc(nlp, text, [
        ("STEPPE NET", "OPERATION", operation("Steppe Net")),
        ("Steppe Net", "OPERATION", operation("Steppe Net")),
        ("12 June 2025", "DATE", date_range("2025-06-12", "2025-06-12", "date")),
        ("2 to 6 June 2025", "DATE", date_range("2025-06-02", "2025-06-06")),
        ("Bishkek", "LOC", loc("Bishkek", "KG")),
        ("State Drug Service", "ORG", {"name": "State Drug Service", "acronym": None,
                                       "id": "sds"}),
        ("Kazakhstan", "COUNTRY", KG_ | {"iso2": "KZ", "name": "Kazakhstan"}),
        ("Uzbekistan", "COUNTRY", KG_ | {"iso2": "UZ", "name": "Uzbekistan"})])
    events = {e["type"]: e for e in assemble_events(doc, rules)}
    meeting, operation_event = events["meeting"], events["operation"]
    assert (meeting["start_date"], meeting["location"]["text"],
            [r["text"] for r in meeting["organizers"]]) == (
        "2025-06-12", "Bishkek", ["State Drug Service"])
    assert (operation_event["name"], operation_event["start_date"],
            operation_event["end_date"], operation_event["location"]) == (
        "Steppe Net", "2025-06-02", "2025-06-06", None)
    assert [r["text"] for r in operation_event["participants"]] == ["Kazakhstan", "Uzbekistan"]


def test_regional_breakdown_rows_give_no_counts(nlp, rules) -> None:
    text = ("The ministry summed up the results of the year: police recorded 900 drug crimes."
            "\n\nRegion | Crimes\nOsh region | 500\n"
            "Chui region | 400\n")
    doc = build_doc(nlp, text, [
        ("900", "QUANTITY", count(900, "drug crimes")), ("500", "QUANTITY", count(500, "crimes")),
        ("400", "QUANTITY", count(400, "crimes")),
        ("Osh region", "LOC", loc("Osh Region", "KG")),
        ("Chui region", "LOC", loc("Chuy Region", "KG"))])
    events = assemble_events(doc, rules)
    assert [c["value"] for e in events for c in e["counts"]] == [900]


EPISODE_TEXT = (
    "Police dismantle heroin ring\n\n"
    "Detectives of the City Police Department have dismantled a ring that sold heroin in the "
    "northern districts. The investigation began in March 2023.\n\n"
    "On 9 August 2023, agents searched a garage and seized 12 kg of heroin. On 16 January "
    "2024, officers searched four flats and seized 3 kg of heroin and 11 firearms.\n\n"
    "Between April and June 2024, the department seized 40 kg of heroin in the city."
)
EPISODE_ENTITIES = [
    ("City Police Department", "ORG", org("City Police Department")),
    ("March 2023", "DATE", {**date_range("2023-03-01", "2023-03-31", "month"),
                            "precision": "month"}),
    ("9 August 2023", "DATE", date_range("2023-08-09", "2023-08-09", "date")),
    ("12 kg", "QUANTITY", mass(12, 12, "kg", what="heroin")),
    ("16 January 2024", "DATE", date_range("2024-01-16", "2024-01-16", "date")),
    ("3 kg", "QUANTITY", mass(3, 3, "kg", what="heroin")),
    ("11", "QUANTITY", count(11, "firearms")),
    ("April and June 2024", "DATE", {**date_range("2024-04-01", "2024-06-30"),
                                     "precision": "month"}),
    ("40 kg", "QUANTITY", mass(40, 40, "kg", what="heroin")),
    ("heroin", "SUBSTANCE", substance("heroin")),
]


def test_dated_sentences_are_episodes_and_period_figures_a_summary(nlp, rules) -> None:
    events = assemble_events(build_doc(nlp, EPISODE_TEXT, EPISODE_ENTITIES), rules)
    summary = [(e["type"], e["start_date"], e["end_date"], e["part_of"],
                [s["kg"] for s in e["seizures"]]) for e in events]
    assert summary == [
        ("operation", "2023-03-01", None, None, []),  # "began in March 2023": open-ended
        ("seizure", "2023-08-09", "2023-08-09", "e1", [12]),
        ("seizure", "2024-01-16", "2024-01-16", "e1", [3]),
        ("other", "2024-04-01", "2024-06-30", "e1", [40]),  # a quarter's figures
    ]


def test_a_result_paragraph_opening_an_investigation_is_an_operation(nlp, rules) -> None:
    text = ("Police raid cocaine importers\n\nOn 28 May, police carried out a joint operation "
            "and seized 480 kg of cocaine in the port. Officers searched 40 houses.\n\n"
            "The investigation, led by the "
            "Federal Judicial Police in Antwerp, started in 2022. Since then, around 12 "
            "tonnes of cocaine have been seized.")
    doc = build_doc(nlp, text, [
        ("28 May", "DATE", date_range("2024-05-28", "2024-05-28", "date")),
        ("480 kg", "QUANTITY", mass(480, 480, "kg", what="cocaine")),
        ("Federal Judicial Police", "ORG", org("Federal Judicial Police")),
        ("Antwerp", "LOC", loc("Antwerp", "BE")),
        ("2022", "DATE", {**date_range("2022-01-01", "2022-12-31", "year"),
                          "precision": "year"}),
        ("around 12 tonnes", "QUANTITY", mass(12, 12000, "t", "about", "cocaine")),
        ("cocaine", "SUBSTANCE", substance("cocaine")),
    ])
    events = assemble_events(doc, rules)
    assert [(e["type"], e["start_date"], e["end_date"], [s["kg"] for s in e["seizures"]])
            for e in events] == [("operation", "2024-05-28", "2024-05-28", [480]),
                                 ("operation", "2022-01-01", None, [12000])]


EVENT_COUNT_CASES = [
    # (text, counted noun, expected (value, category) or None when it is no event count)
    ("Officers seized 3,520 kg of cocaine packed in 146 bales.", "bales", None),
    ("Customs found 110 packets of cocaine hidden among the fish.", "packets", None),
    ("The dog found 30 plates of cannabis resin in the spare tyre.", "plates", None),
    ("Police seized the drugs and arrested 4 suspects at the port.", "suspects",
     (4, "arrests")),
    ("Police seized the drugs; 3 crewmen are in custody.", "crewmen", (3, "arrests")),
    ("Police seized the drugs from 2 Colombians on board.", "Colombians", None),
    ("Police seized 40 kg of heroin in 4 regions of the country.", "regions", None),
    ("Police seized the drugs; 12 people use them in the city.", "people", None),
    ("Police seized the drugs and 2 four-wheelers.", "four-wheelers", (2, "vehicles")),
    ("During the raid, police seized 11 firearms.", "firearms", (11, "weapons")),
]


@pytest.mark.parametrize(("text", "what", "expected"), EVENT_COUNT_CASES)
def test_what_is_an_event_count(nlp, rules, text: str, what: str, expected) -> None:
    surface = text.split(f" {what}")[0].split()[-1]  # the number right before the noun
    value = float(surface.replace(",", ""))
    doc = build_doc(nlp, text, [(f"{surface} {what}", "QUANTITY", count(value, what))])
    events = assemble_events(doc, rules)
    counts = [(c["value"], c["category"]) for e in events for c in e["counts"]]
    assert counts == ([expected] if expected else [])


def test_officers_of_a_training_are_its_participants(nlp, rules) -> None:
    text = "The training course for 22 officers was held in Dushanbe."
    doc = build_doc(nlp, text, [("22 officers", "QUANTITY", count(22, "officers"))])
    events = assemble_events(doc, rules)
    assert [(e["type"], [c["category"] for c in e["counts"]]) for e in events] == [
        ("training", ["participants"])]


def test_arrests_on_a_later_day_are_an_operation_of_their_own(nlp, rules) -> None:
    text = ("Officers found 1.2 tonnes of cocaine in a container on 29 January.\n"
            "The container had arrived from Ecuador. The agency estimates its value at "
            "£96 million.\nAgency officers then arrested 3 men in Kent on 1 February.")
    doc = build_doc(nlp, text, [
        ("1.2 tonnes", "QUANTITY", mass(1.2, 1200, "t", what="cocaine")),
        ("29 January", "DATE", date_range("2025-01-29", "2025-01-29", "date")),
        ("1 February", "DATE", date_range("2025-02-01", "2025-02-01", "date")),
        ("3 men", "QUANTITY", count(3, "men")),
    ])
    events = assemble_events(doc, rules)
    assert sorted((e["start_date"], e["type"], [c["value"] for c in e["counts"]])
                  for e in events) == [("2025-01-29", "seizure", []),
                                       ("2025-02-01", "operation", [3])]


RUNNING_TOTAL_CASES = [
    # (background sentence, its date surface, date value, bound words, expected other event)
    ("Officers in Quebec have intercepted more than 1,800 kg of cocaine since January 1, "
     "2024.", "January 1, 2024", date_range("2024-01-01", "2024-01-01", "date"),
     ("2024-01-01", None)),
    ("In 2024, customs at the port seized 23,000 kg of cocaine.", "2024",
     {**date_range("2024-01-01", "2024-12-31", "year"), "precision": "year"},
     ("2024-01-01", "2024-12-31")),
    ("The network imported 18,000 kg of cocaine since January 1, 2024.", "January 1, 2024",
     date_range("2024-01-01", "2024-01-01", "date"), None),
]


@pytest.mark.parametrize(("sentence", "surface", "value", "expected"), RUNNING_TOTAL_CASES)
def test_running_totals_are_other_events(nlp, rules, sentence: str, surface: str,
                                         value: dict, expected) -> None:
    text = ("Customs officers seized 468 kg of cocaine at the port on 3 October 2024.\n"
            + sentence)
    amount = sentence.split(" kg")[0].split()[-1]
    doc = build_doc(nlp, text, [
        ("468 kg", "QUANTITY", mass(468, 468, "kg", what="cocaine")),
        ("3 October 2024", "DATE", date_range("2024-10-03", "2024-10-03", "date")),
        (f"{amount} kg", "QUANTITY", mass(float(amount.replace(",", "")),
                                          float(amount.replace(",", "")), "kg",
                                          what="cocaine")),
        (surface, "DATE", value),
        ("cocaine", "SUBSTANCE", substance("cocaine", "stimulant")),
    ])
    events = assemble_events(doc, rules)
    others = [(e["start_date"], e["end_date"]) for e in events if e["type"] == "other"]
    assert others == ([expected] if expected else [])
    assert [s["kg"] for e in events if e["type"] == "seizure" for s in e["seizures"]] == [468]


BREAKDOWN_CASES = [
    # (text, count surfaces with values, expected counted values)
    ("Police seized 120 kg of heroin. 5 crew members, 3 Kenyans and 2 Tanzanians, were "
     "arrested.", [("5 crew members", 5, "crew members"), ("3 Kenyans", 3, "Kenyans"),
                   ("2 Tanzanians", 2, "Tanzanians")], [5]),
    ("Police seized 120 kg of heroin in the operation.\nResults by country:\n"
     "- Spain: 15 arrests\n- Italy: 7 arrests\n64 suspects were arrested in all.",
     [("15 arrests", 15, "arrests"), ("7 arrests", 7, "arrests"),
      ("64 suspects", 64, "suspects")], [64]),
]


@pytest.mark.parametrize(("text", "counted", "expected"), BREAKDOWN_CASES)
def test_breakdowns_of_a_total_are_no_counts(nlp, rules, text: str, counted,
                                             expected: list[int]) -> None:
    entities = [("120 kg", "QUANTITY", mass(120, 120, "kg", what="heroin")),
                ("heroin", "SUBSTANCE", HEROIN),
                ("Spain", "COUNTRY", {"iso2": "ES", "iso3": "ESP", "name": "Spain"}),
                ("Italy", "COUNTRY", {"iso2": "IT", "iso3": "ITA", "name": "Italy"})]
    entities = [e for e in entities if e[0] in text]
    entities += [(surface, "QUANTITY", count(value, what)) for surface, value, what in counted]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert sorted(c["value"] for e in events for c in e["counts"]) == expected


def test_a_total_of_the_events_earlier_edition_is_that_edition(nlp, rules) -> None:
    text = ('The annual operation "Kara-Kuys" has started today in the Shu Valley.\n'
            "During the same operation last year, police seized over 2.3 tons of marijuana.")
    doc = build_doc(nlp, text, [
        ("Kara-Kuys", "OPERATION", {"name": "Kara-Kuys"}),
        ("today", "DATE", date_range("2024-06-03", "2024-06-03", "relative")),
        ("last year", "DATE", {**date_range("2023-01-01", "2023-12-31", "relative"),
                               "precision": "year"}),
        ("over 2.3 tons", "QUANTITY", mass(2.3, 2300, "t", "more_than", "marijuana")),
        ("marijuana", "SUBSTANCE", substance("marijuana", "cannabis")),
    ])
    events = assemble_events(doc, rules)
    assert sorted((e["type"], e["name"], e["start_date"], len(e["seizures"]))
                  for e in events) == [("operation", "Kara-Kuys", "2023-01-01", 1),
                                       ("operation", "Kara-Kuys", "2024-06-03", 0)]


def test_the_paragraph_naming_the_event_tells_that_event(nlp, rules) -> None:
    text = ('Press briefing on the results of operation "Dark Chemist"\n'
            'Officials presented the results of the operation.\n'
            'From 1 September to 5 November, we carried out operation "Dark Chemist" in the '
            "Kyiv and Odesa regions. Investigators seized 480 kg of mephedrone.")
    doc = build_doc(nlp, text, [
        ("Dark Chemist", "OPERATION", {"name": "Dark Chemist"}),
        ("1 September to 5 November", "DATE", date_range("2025-09-01", "2025-11-05")),
        ("Kyiv", "LOC", loc("Kyiv", "UA")), ("Odesa regions", "LOC", loc("Odesa", "UA")),
        ("480 kg", "QUANTITY", mass(480, 480, "kg", what="mephedrone")),
        ("mephedrone", "SUBSTANCE", substance("mephedrone", "stimulant")),
    ])
    events = assemble_events(doc, rules)
    assert [(e["name"], e["start_date"], [s["kg"] for s in e["seizures"]])
            for e in events] == [("Dark Chemist", "2025-09-01", [480])]


EXTENT_CASES = [
    # (text, entities, expected (type, start, end, part_of) per event)
    (  # an "operation" on one day; an earlier find elsewhere is an interdiction of its own
        "Police in Tangier seize cannabis resin\n\nOn 12 April, police in Tangier seized "
        "4,260 kg of cannabis resin in a warehouse and arrested five suspects. The operation "
        "was carried out on the basis of intelligence.\n\nOn 10 April, police in Casablanca "
        "had seized 1,870 kg of cannabis resin in a separate case.",
        [("12 April", "DATE", date_range("2025-04-12", "2025-04-12", "date")),
         ("Tangier", "LOC", loc("Tangier", "MA")),
         ("4,260 kg", "QUANTITY", mass(4260, 4260, "kg", what="cannabis resin")),
         ("cannabis resin", "SUBSTANCE", substance("cannabis resin")),
         ("10 April", "DATE", date_range("2025-04-10", "2025-04-10", "date")),
         ("Casablanca", "LOC", loc("Casablanca", "MA")),
         ("1,870 kg", "QUANTITY", mass(1870, 1870, "kg", what="cannabis resin"))],
        [("seizure", "2025-04-12", "2025-04-12", None),
         ("seizure", "2025-04-10", "2025-04-10", None)],
    ),
    (  # arrests on given days inside an investigation running since a month: its period
        "Police detain six drug dealers\n\nPolice officers detained six persons for the sale "
        "of narcotic drugs. The detentions were carried out on 27 and 28 October in Batumi "
        "as part of a covert investigation that had been running since June. During the "
        "searches police seized 2.4 kilograms of marijuana.",
        [("27 and 28 October", "DATE", date_range("2025-10-27", "2025-10-28")),
         ("Batumi", "LOC", loc("Batumi", "GE")),
         ("June", "DATE", {**date_range("2025-06-01", "2025-06-30", "month"),
                           "precision": "month"}),
         ("2.4 kilograms", "QUANTITY", mass(2.4, 2.4, "kg", what="marijuana")),
         ("marijuana", "SUBSTANCE", substance("cannabis"))],
        [("operation", "2025-06-01", "2025-10-28", None)],
    ),
]


@pytest.mark.parametrize(("text", "entities", "expected"), EXTENT_CASES)
def test_an_interdictions_type_and_period_follow_its_extent(
        nlp, rules, text: str, entities: list[Any], expected: list[tuple[Any, ...]]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [(e["type"], e["start_date"], e["end_date"], e["part_of"])
            for e in events] == expected
