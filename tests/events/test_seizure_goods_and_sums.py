"""Seizures on unseen wordings: goods that are no drugs (poached and mined goods, a noun phrase
broken by a hard wrap) are no seizures, while their find stays an event of its own; a sentence
summing up the period the sentence before it gives ("Since the beginning of 2026, ...
Altogether, about 58 kg of drugs were seized") gives that period's total, not the find the
item is about."""

from __future__ import annotations

import pytest

import pressparse

# (substance, value) of every seizure of every event, in output order
Seizures = list[tuple[str, float]]

GOODS_CASES: list[tuple[str, Seizures]] = [
    pytest.param(
        "Coast guard stops poachers off Sakhalin\n\n"
        "On 14 November 2026, a patrol boat of the coast guard stopped a fishing vessel near "
        "Kholmsk. On board, officers found 120 kg of king crabs and 2.4 kg of hashish hidden "
        "in the engine room. The captain was detained.",
        [("hashish", 2.4)], id="crabs-beside-hashish"),
    pytest.param(
        "On 9 November 2026 border guards on the Amur river detained two men who were "
        "carrying 38 kg of black caviar and 3 kg of opium in a motor boat.",
        [("opium", 3.0)], id="caviar"),
    pytest.param(
        "On 2 November 2026 officers at the Malaba border post inspected a truck declared as "
        "carrying 26 tonnes of dried\n"
        "mangoes from Uganda. Behind the cartons they found 340 kg of heroin packed in 170 "
        "slabs. The driver was arrested.",
        [("heroin", 340.0)], id="goods-noun-across-a-hard-wrap"),
    pytest.param(
        "Lagos, 5 November 2026 - Officers of the Nigeria Customs Service at Apapa port "
        "intercepted a container holding 3.2 tonnes of pangolin scales and 450 kg of ivory. "
        "In a separate search on the same day they seized 25 kg of cocaine from a vehicle.",
        [("cocaine", 25.0)], id="wildlife-products"),
    pytest.param(
        "On 21 October 2026 police in Cusco seized 4.5 kg of cocaine hydrochloride\n"
        "hidden in a shipment of coffee.",
        [("cocaine", 4.5)], id="drug-noun-wrapped-stays"),
]


def _seizures(text: str, published: str = "2026-11-20") -> Seizures:
    doc = pressparse.extract(text, id="t", published=published)
    return [(s.substance, s.value) for e in doc.events for s in e.seizures]


@pytest.mark.parametrize(("text", "expected"), GOODS_CASES)
def test_goods_are_no_seizures(text: str, expected: Seizures) -> None:
    assert _seizures(text) == expected


# (text, published, (type, start_date, end_date, seizures) of every event, in output order)
Event = tuple[str, str | None, str | None, Seizures]
SUM_CASES: list[tuple[str, str, list[Event]]] = [
    pytest.param(
        "Customs officers stop cocaine courier at Tallinn airport\n\n"
        "On 20 October 2026, officers of the Estonian Tax and Customs Board at Tallinn "
        "Airport detained a passenger arriving from Madrid. In his suitcase they found 3.1 kg "
        "of cocaine hidden in food tins. A criminal case has been opened.\n\n"
        "Since the beginning of 2026, customs officers at the airport have detected 41 "
        "attempts to smuggle drugs and detained 37 couriers. Altogether, about 58 kg of "
        "drugs were seized, including 22 kg of cocaine and 9 kg of hashish.",
        "2026-10-22",
        [("seizure", "2026-10-20", "2026-10-20", [("cocaine", 3.1)]),
         ("other", "2026-01-01", None,
          [("drugs", 58.0), ("cocaine", 22.0), ("hashish", 9.0)])],
        id="altogether-after-since"),
    pytest.param(
        "Heroin found in a bus at the Torkham crossing\n\n"
        "On Monday, 16 November 2026, anti-narcotics officers searched a passenger bus at the "
        "Torkham crossing and found 6 kg of heroin under the seats.\n\n"
        "In 2026 the force's teams at the crossing have registered 52 smuggling cases. In "
        "total they seized 310 kg of heroin and 95 kg of hashish.",
        "2026-11-18",
        [("seizure", "2026-11-16", "2026-11-16", [("heroin", 6.0)]),
         ("other", "2026-01-01", None, [("heroin", 310.0), ("hashish", 95.0)])],
        id="in-total-after-a-year"),
]


def _events(text: str, published: str) -> list[Event]:
    doc = pressparse.extract(text, id="t", published=published)
    return [(e.type, e.start_date, e.end_date, [(s.substance, s.value) for s in e.seizures])
            for e in doc.events]


@pytest.mark.parametrize(("text", "published", "expected"), SUM_CASES)
def test_summing_up_sentence_gives_the_period_total(text: str, published: str,
                                                    expected: list[Event]) -> None:
    assert _events(text, published) == expected


# a find of poached goods told after a drug find: an event of its own, with its arrests and
# no seizures (type, start_date, seizures, counts as (value, category))
GOODS_FIND = (
    "Coast guard report for the week\n\n"
    "On 16 November 2026, a patrol of the Coast Guard of Peru intercepted a fishing boat off "
    "Paita and found 1,150 kg of cocaine hidden under the catch. Four crew members were "
    "arrested.\n\n"
    "On 18 November, a patrol near Sechura detained two men who were loading a pickup truck. "
    "Some 300 kg of sea cucumbers and 40 kg of abalone were seized.")


def test_goods_find_stays_an_event() -> None:
    doc = pressparse.extract(GOODS_FIND, id="t", published="2026-11-20")
    assert [(e.type, e.start_date, [(s.substance, s.value) for s in e.seizures],
             [(c.value, c.category) for c in e.counts]) for e in doc.events] == [
        ("seizure", "2026-11-16", [("cocaine", 1150.0)], [(4.0, "arrests")]),
        ("seizure", "2026-11-18", [], [(2.0, "arrests")])]
