"""Which amounts of a release are its seizures: comparison baselines and headline totals
that restate the body's parts are not reported again (full pipeline, our own texts)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

CASES = [
    (  # a comparison's baseline is last year's total, not a seizure of this year
        "Customs seizes 1.2 tonnes of cocaine at the port\n\n"
        "Customs officers at the Port of Durban found 1.2 tonnes of cocaine hidden in a "
        "container of frozen fish on 4 March 2025. So far this year, officers have stopped "
        "more than 2.3 tonnes of cocaine at the border, compared with 900 kg in the whole "
        "of 2024.",
        {("cocaine", 1200.0), ("cocaine", 2300.0)},
    ),
    (  # "against" after the find's figure: the compared figure of an earlier month
        "Border guards seized 1,200 kg of hashish at the Nizhny Pyandzh crossing on 4 March "
        "2025, against 860 kg of hashish found there in February.",
        {("hashish", 1200.0)},
    ),
    (  # "up from": the earlier figure of a rising series
        "Police seized 410 kg of heroin during the spring campaign that ended on 30 April "
        "2025, up from 250 kg of heroin in the same campaign a year earlier.",
        {("heroin", 410.0)},
    ),
    (  # a headline total of "narcotics" that adds up the body's named substances
        "More than 60 kg of narcotics seized at the border\n"
        "Tashkent, 3 June 2025\n\n"
        "On 2 June, border guards stopped a truck near the Ayritom crossing and found "
        "35.5 kg of hashish and 25.1 kg of heroin in its spare tyres. The driver was detained.",
        {("hashish", 35.5), ("heroin", 25.1)},
    ),
    (  # a headline total that the body does not break down stays
        "Navy intercepts boat with 800 kg of drugs\n\n"
        "On 14 May 2025 a navy patrol intercepted a speedboat off the coast and seized "
        "800 kg of drugs packed in 32 bales.",
        {("drugs", 800.0)},
    ),
    (  # a round headline figure and "over a tonne" restate the exact body figure
        "Police find 4 tonnes of cocaine in pineapple shipment\n"
        "GUAYAQUIL, Oct 7 - Police seized more than four tonnes of cocaine hidden in a "
        "shipment of pineapples at the port, the ministry said on Monday.\n\n"
        "Agents found 4,120 kilos of the drug in three containers during an inspection on "
        "Sunday.",
        {("cocaine", 4120.0)},
    ),
    (  # the substance named after the amount in the same sentence
        "On 19 October 2025 the coast guard intercepted a go-fast boat and found 52 packages "
        "with an approximate weight of 61 kilograms, which tested positive for cocaine.",
        {("cocaine", 61.0)},
    ),
    (  # the baseline in brackets after 'compared with'
        "Customs seized 387 kg of methamphetamine in the first half of 2025, an increase of "
        "38.5% compared with the same period of last year (279 kg).",
        {("methamphetamine", 387.0)},
    ),
    (  # a year's figure opened before the operation began is no amount of the operation
        "Task force dismantles fentanyl ring in the Bronx\n\n"
        "Between July and November 2025, investigators of the drug task force followed "
        "couriers between two apartments in the Bronx, searched both apartments and "
        "seized 14 kilograms of fentanyl.\n\n"
        "The task force's work goes further: in 2025, its investigations removed more than "
        "500 kilograms of fentanyl from the city's drug supply.",
        {("fentanyl", 14.0)},
    ),
]


def seizures_of(text: str) -> set[tuple[str | None, float | None]]:
    document = extract(text)
    return {(s.substance, s.kg) for item in document.items for event in item.events
            for s in event.seizures}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_seizures_leave_out_baselines_and_restated_totals(
        text: str, expected: set[tuple[str, float]]) -> None:
    assert seizures_of(text) == expected


PILL_CASES = [
    # a headline's rounded number of pills restates the body's exact one
    ("Police stop 2.6 million captagon pills hidden in a cargo of oranges\n\n"
     "Police at the port found 2,615,000 captagon pills hidden inside a cargo of oranges "
     "on 2 April 2025. Two men were arrested.",
     [("captagon", 2615000.0, "pill")]),
    # two exact numbers of pills of one substance are two seizures
    ("Police at the port found 120,000 captagon pills in a truck on 2 April 2025.\n\n"
     "A week later, officers found 118,000 captagon pills in a second truck.",
     [("captagon", 120000.0, "pill"), ("captagon", 118000.0, "pill")]),
]


@pytest.mark.parametrize(("text", "expected"), PILL_CASES)
def test_a_headline_rounding_a_number_of_pills_is_not_repeated(text: str,
                                                               expected: list) -> None:
    document = extract(text, published="2025-04-04")
    found = [(s.substance, s.value, s.unit) for item in document.items
             for event in item.events for s in event.seizures]
    assert sorted(found) == sorted(expected)
