"""A running total ("Since January, ...") is placed where its own sentence says its figures
were achieved: at a post, port or airport, on a border, in an area, or by the force of an
area ("border guards of Buryatia"); a place of a list, of a breakdown ("11 of them at
Kazbegi"), of a press briefing or of a body's name places it nowhere. A country's total
placed only by its country ("customs authorities of Belarus", "in Kazakhstan") is located at
that COUNTRY (session 39); a route's, a border's or two countries place it nowhere."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected location text of the running total)
TOTAL_PLACE_CASES: list[tuple[str, str, str | None]] = [
    # at an airport
    ("Courier stopped with cocaine in his luggage\n\n"
     "On Tuesday, officers of the Federal Police at Munich Airport arrested a 31-year-old "
     "man who carried 4 kilograms of cocaine in his suitcase.\n\n"
     "Since the beginning of the year, the Federal Police at Munich Airport has arrested "
     "more than 40 drug couriers.",
     "2026-10-15", "Munich Airport"),
    # the force of a region
    ("Border guards stop hashish smugglers\n\n"
     "On 3 October, border guards detained two men who tried to carry 6 kg of hashish "
     "across the border.\n\n"
     "Since January, border guards of Altai detained 29 violators of the state border and "
     "seized 7.4 kg of narcotic drugs.",
     "2026-10-06", "Altai"),
    # on a border
    ("Border troops seize opium\n\n"
     "On 12 September, a border patrol detained a smuggler with 25 kg of opium.\n\n"
     "In total, since the beginning of 2026, the Border Troops have seized more than "
     "900 kg of drugs on the Tajik-Afghan border.",
     "2026-09-15", "Tajik-Afghan border"),
    # a breakdown's place: the total spans all crossings of the country
    ("Customs results\n\n"
     "Since the beginning of the year we have detected 52 cases of drug smuggling at all "
     "border crossing points of Armenia, 9 of them at Bagratashen.",
     "2026-10-20", "Armenia"),
    # an area the total covers ("across"), no route's
    ("Police figures\n\n"
     "Since January 1, the city police have seized more than 30 kilograms of heroin "
     "across Winnipeg.",
     "2026-10-20", "Winnipeg"),
    # a country's total, placed only by its country: the country
    ("Customs results\n\n"
     "Since the start of the year, the customs bodies of Moldova have detected 31 cases of "
     "drug smuggling and seized more than 12 kg of narcotic drugs.",
     "2026-10-20", "Moldova"),
    ("Drug laboratories closed\n\n"
     "Since the beginning of 2026, 38 clandestine drug laboratories have been dismantled "
     "in Kyrgyzstan, the ministry said.",
     "2026-10-20", "Kyrgyzstan"),
    ("Police figures\n\n"
     "Since January, police units across Poland have seized 1.9 tonnes of amphetamine.",
     "2026-10-20", "Poland"),
    # a route's, a border's or two countries: no place
    ("Coast Guard figures\n\n"
     "Since January, the Coast Guard has seized 4 tonnes of cocaine, most of it bound for "
     "Haiti.",
     "2026-10-20", None),
    ("Border figures\n\n"
     "Since the beginning of the year, the border guards have thwarted 40 smuggling "
     "attempts along the border with Jordan.",
     "2026-10-20", None),
    ("Joint figures\n\n"
     "Since January, customs officers in Estonia and Latvia have seized 300 kg of "
     "hashish.",
     "2026-10-20", None),
    # a press briefing's venue
    ("Marijuana taken out of circulation\n\n"
     "So far this year, the agency has seized over 2,100 tonnes of marijuana, the minister "
     "said at a press conference in Asunción on Wednesday.",
     "2026-10-22", None),
]


def _running_total(text: str, published: str) -> dict:
    document = pressparse.extract(text, published=published)
    totals = [e for item in document.items for e in item.events
              if e.type == "other" and e.end_date is None]
    assert len(totals) == 1, [e.model_dump() for item in document.items for e in item.events]
    return totals[0].model_dump()


@pytest.mark.parametrize(("text", "published", "expected"), TOTAL_PLACE_CASES)
def test_a_running_total_is_placed_by_its_own_sentence(text: str, published: str,
                                                       expected: str | None) -> None:
    location = _running_total(text, published)["location"]
    assert (location["text"] if location else None) == expected
