"""A period's total given as background in a release about another event is an event of its
own (type other): its counted results (arrests, laboratories, cases, ...) go to it, also
when a meeting or statement recalls them ("It was noted that in January-October ..."), and a
count of such a result makes the total even without an amount seized. Each figure of a
sentence naming two periods takes the period of its own clause."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected (start_date, end_date, counts as (value, category),
#  seizures as (substance, value)) of the item's `other` events)
TOTAL_CASES: list[tuple[str, str, list[tuple[str | None, str | None, list[tuple[float, str]],
                                             list[tuple[str, float]]]]]] = [
    # interior ministry: a laboratory raid, then the year's laboratories as background
    ("Police dismantle synthetic drug laboratory near Grodno\n\n"
     "On 12 March 2025, officers of the drug control department raided a house near Grodno "
     "and seized 18 kg of mephedrone. Two men were detained.\n\n"
     "Since the beginning of 2025, the ministry has dismantled five drug laboratories in "
     "the country.",
     "2025-03-14",
     [("2025-01-01", None, [(5, "laboratories")], [])]),
    # border service: the year's detentions and seizures after one interception
    ("Border guards stop heroin courier at the Tajik border\n\n"
     "On 4 June 2025, border guards at the Dusti checkpoint detained a man carrying 3 kg of "
     "heroin.\n\n"
     "Since the beginning of the year, border guards have detained 41 violators of the "
     "border and seized more than 90 kilograms of drugs.",
     "2025-06-06",
     [("2025-01-01", None, [(41, "arrests")], [("drugs", 90)])]),
    # a reminder of last year's laboratories after a raid told in several paragraphs
    ("Security service and police close a mephedrone laboratory\n\n"
     "The security service together with the drug police stopped a group that produced "
     "synthetic drugs.\n\n"
     "On 9 January 2026 in Minsk officers detained a courier with 2.1 kg of mephedrone.\n\n"
     "We remind that in 2025 the security service liquidated 14 drug laboratories.",
     "2026-01-14",
     [("2025-01-01", "2025-12-31", [(14, "laboratories")], [])]),
    # a navy's running total "so far in" the year, in a paragraph naming a coast of its own
    ("Navy intercepts a go-fast boat with cocaine\n\n"
     "In the early hours of Monday 16 June 2025, a navy patrol intercepted a go-fast boat off "
     "the coast and seized 900 kilograms of cocaine.\n\n"
     "With this result, the Navy accumulates so far in 2025 4,100 kilograms of cocaine "
     "seized along the coast of La Mosquitia.",
     "2025-06-17",
     [("2025-01-01", None, [], [("cocaine", 4100)])]),
    # customs agency: last year's cases recalled after a port find
    ("Customs find cocaine in banana container\n\n"
     "Customs officers at the port of Antwerp found 240 kg of cocaine in a container of "
     "bananas on 3 February 2025.\n\n"
     "In 2024, customs officers registered 1,310 drug smuggling cases.",
     "2025-02-05",
     [("2024-01-01", "2024-12-31", [(1310, "cases")], [])]),
    # a council meeting recalls last year's seizures: a meeting carries none, the year does
    ("Drug control council meets in Almaty\n\n"
     "On 14 May 2025, the council of heads of drug control agencies held its meeting in "
     "Almaty. The delegations discussed synthetic drugs sold online.\n\n"
     "It was noted that in 2024 the agencies of the member states seized over 21 tons of "
     "drugs.",
     "2025-05-15",
     [("2024-01-01", "2024-12-31", [], [("drugs", 21)])]),
    # a border meeting recalls the year's results: the counts are the period's, not the
    # meeting's
    ("Border representatives meet at the checkpoint\n\n"
     "On 6 November 2025, a regular meeting of the border representatives of the two "
     "countries was held at the Red Bridge checkpoint. The sides discussed joint patrols.\n\n"
     "It was noted that in January-October 2025, the border service prevented the smuggling "
     "of more than 1.9 tonnes of drugs, detained 412 border violators and seized 37 "
     "firearms.",
     "2025-11-07",
     [("2025-01-01", "2025-10-31", [(412, "arrests"), (37, "weapons")], [("drugs", 1.9)])]),
    # drugs taken "out of circulation" over the year so far: a seizure's words
    ("Anti-drug secretariat destroys cannabis fields in Amambay\n\n"
     "On 9 October 2025, agents of the secretariat destroyed 40 hectares of cannabis crops "
     "near Pedro Juan Caballero.\n\n"
     "So far this year, the secretariat has taken over 2,100 tonnes of marijuana out of "
     "circulation.",
     "2025-10-10",
     [("2025-01-01", None, [], [("marijuana", 2100)])]),
    # drugs "withdrawn" over the year so far (CIS releases' word for seized)
    ("Security service closes a drug laboratory near Samara\n\n"
     "On 3 March 2026, officers of the regional security directorate closed a laboratory "
     "near Samara and seized 12 kg of mephedrone.\n\n"
     "Since the beginning of the year, regional officers have withdrawn over 40 kg of "
     "synthetic drugs.",
     "2026-03-05",
     [("2026-01-01", None, [], [("synthetic drugs", 40)])]),
    # a port find, then a reference table under a caption naming its period: the table's
    # figures are that period's total, its "Total" row's cases the count (rows a breakdown)
    ("Customs find cocaine hidden in pineapples at Rotterdam\n\n"
     "On 12 August 2025, customs officers at the port of Rotterdam found 85 kg of cocaine "
     "in a container of pineapples.\n\n"
     "Reference: cocaine cases detected by Dutch Customs, January-June 2025\n"
     "Item | Cases | Quantity\n"
     "Cocaine | 41 | 3,210 kg\n"
     "Heroin | 6 | 48 kg\n"
     "Total | 47 | —\n",
     "2025-08-14",
     [("2025-01-01", "2025-06-30", [(47, "cases")], [("cocaine", 3210), ("heroin", 48)])]),
    # a year's table with year columns beside one find: the latest year's column is that
    # year's total, not the find's seizures
    ("Portuguese coast guard: drug interdiction in 2024\n\n"
     "The coast guard seized 620 kg of cocaine from a fishing vessel off Faro on 3 May 2024, "
     "the largest single find of the year.\n\n"
     "Table 4. Drug seizures by the coast guard, 2023-2024\n"
     "Substance            2023          2024\n"
     "Cocaine (kg)         1 410,5       2 035,2\n"
     "Hashish (kg)         8 120,0       6 944,7\n",
     "2025-02-20",
     [("2024-01-01", "2024-12-31", [], [("cocaine", 2035.2), ("hashish", 6944.7)])]),
    # a total's breakdown by substance in the next sentence: the total's seizures, no find
    ("Customs stop heroin in a truck at the southern post\n\n"
     "On 17 November 2026, customs officers at the southern post found 58 kg of heroin in "
     "a truck of persimmons.\n\n"
     "Since the beginning of the year, customs bodies prevented 214 smuggling attempts at "
     "the port of Baku and seized more than 1.2 tonnes of drugs. Among them are 640 kg of "
     "heroin and 312 kg of marijuana.",
     "2026-11-19",
     [("2026-01-01", None, [(214, "cases")],
       [("drugs", 1.2), ("heroin", 640), ("marijuana", 312)])]),
    # a year's seizures told only by their value: a total of its own, money no amount seized
    ("Drug squad arrests courier at the airport\n\n"
     "On 3 March 2026, officers of the drug squad arrested a passenger arriving from Dubai "
     "with 4 kg of heroin in his suitcase.\n\n"
     "Since the start of the year, the drug squad has seized drugs worth more than "
     "Rs 120 million.",
     "2026-03-05",
     [("2026-01-01", None, [], [])]),
    # a closed year's value of goods seized, beside its comparison: no running total
    ("Customs service sums up 2025\n\n"
     "In 2025, customs officers detected 1,140 cases of smuggling of excise goods and drugs "
     "(2024: 1,387). The total value of the smuggled goods seized reached EUR 6.8 million "
     "(2024: EUR 9.1 million).",
     "2026-02-06",
     [("2025-01-01", "2025-12-31", [(1140, "cases")], [])]),
    # "secured": a total's taking that is no seizure cue
    ("Border guards stop a car with cannabis at the crossing\n\n"
     "On 20 May 2026, border guards at the Terespol crossing found 12 kg of cannabis in a "
     "car.\n\n"
     "Since the beginning of 2026, border guards of the unit have secured over 90 kg of "
     "drugs.",
     "2026-05-22",
     [("2026-01-01", None, [], [("drugs", 90)])]),
    # drugs "taken off the streets", told by their street value
    ("Island police seize cannabis in a shipping container\n\n"
     "On 11 April 2026, officers searched a container at the harbour and found 30 kg of "
     "cannabis.\n\n"
     "So far this year, officers have taken drugs with a street value of more than "
     "£2 million off the streets.",
     "2026-04-13",
     [("2026-01-01", None, [], [])]),
]

# (text, published, expected (type, start_date, end_date, counts as (value, category)) of every
#  event): a report of a period whose body gives that period's figures has one event
OWN_PERIOD_CASES: list[tuple[str, str, list[tuple[str, str | None, str | None,
                                                  list[tuple[float, str]]]]]] = [
    # customs quarterly overview: the headline's quarter is the body's quarter
    ("Customs drug enforcement in the 1st quarter of 2025\n3. 4. 2025\n\n"
     "In the first quarter of 2025, the customs administration detected 52 cases of drug "
     "smuggling and trafficking, compared with 47 in the same period of 2024. Most cases "
     "were found at the airport.",
     "2025-04-03",
     [("other", "2025-01-01", "2025-03-31", [(52, "cases")])]),
    # a year's review: the lead's year dates it, not the year its revenue is compared with
    # nor the month of a course told in a sentence of its own
    ("Tax and Customs Board sums up 2025\nDecember 29, 2025 | 10:05\n"
     "In 2025, the Tax and Customs Board collected EUR 4.2 billion in duties, 6.1% more than "
     "in 2024.\nCustoms officers detected 212 cases of drug smuggling. In total, 340 kg of "
     "narcotic drugs were seized, including 210 kg of cocaine and 95 kg of hashish.\n"
     "In October, 30 officers of the Customs Department completed a course on container "
     "profiling held in Tallinn.\n",
     "2025-12-29",
     [("other", "2025-01-01", "2025-12-31", [(212, "cases")]),
      ("training", "2025-10-01", "2025-10-31", [(30, "participants")])]),
]

# background figures that make no total of their own
NO_TOTAL_CASES: list[tuple[str, str]] = [
    # a number the evidence was kept in, not a result of the period
    ("Police burn seized drugs at the depot\n\n"
     "On 20 April 2024, police destroyed 2,800 kg of marijuana at the Sisdol depot. The "
     "drugs had been kept as evidence in 412 cases filed between 2017 and 2021.",
     "2024-04-21"),
    # officers deployed over a year: no result counted
    ("Navy intercepts a go-fast boat with cocaine\n\n"
     "On 2 May 2025, a navy patrol seized 600 kg of cocaine from a go-fast boat off the "
     "coast.\n\n"
     "Since January 2025, more than 300 sailors have served on the patrol line.",
     "2025-05-04"),
]

# (text, published, expected (start_date, end_date) of the `other` event holding each count)
CLAUSE_CASES: list[tuple[str, str, dict[float, tuple[str, str | None]]]] = [
    # a workshop release recalling last year's figure, then this quarter's cases
    ("Anti-narcotics unit opens a port workshop\n\n"
     "On 10 April 2025, the unit seized 40 kg of cocaine at the port of Tema. He recalled "
     "that the unit seized 1.3 tonnes of cocaine in 2024, and that 17 smuggling cases were "
     "registered in the first quarter of this year.",
     "2025-04-12",
     {17: ("2025-01-01", "2025-03-31")}),
]


def _others(text: str, published: str) -> list[pressparse.schema.Event]:
    doc = pressparse.extract(text, id="t", published=published)
    return [e for item in doc.items for e in item.events if e.type == "other"]


@pytest.mark.parametrize(("text", "published", "expected"), TOTAL_CASES)
def test_period_total_takes_its_counts(
        text: str, published: str,
        expected: list[tuple[str | None, str | None, list[tuple[float, str]],
                             list[tuple[str, float]]]]) -> None:
    found = [(e.start_date, e.end_date, [(c.value, c.category) for c in e.counts],
              [(s.substance, s.value) for s in e.seizures]) for e in _others(text, published)]
    assert found == expected


@pytest.mark.parametrize(("text", "published"), NO_TOTAL_CASES)
def test_context_numbers_make_no_total(text: str, published: str) -> None:
    assert all(not e.counts for e in _others(text, published))


@pytest.mark.parametrize(("text", "published", "expected"), CLAUSE_CASES)
def test_count_takes_its_clause_period(text: str, published: str,
                                       expected: dict[float, tuple[str, str | None]]) -> None:
    held = {c.value: (e.start_date, e.end_date) for e in _others(text, published)
            for c in e.counts}
    assert {v: held.get(v) for v in expected} == expected


@pytest.mark.parametrize(("text", "published", "expected"), OWN_PERIOD_CASES)
def test_report_of_its_period_is_one_event(
        text: str, published: str,
        expected: list[tuple[str, str | None, str | None, list[tuple[float, str]]]]) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    found = [(e.type, e.start_date, e.end_date, [(c.value, c.category) for c in e.counts])
             for item in doc.items for e in item.events]
    assert found == expected
