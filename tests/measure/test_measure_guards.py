"""Numbers that are not quantities, and regex safety on adversarial input."""

from __future__ import annotations

import time

import pytest

from timing import bound

NOT_QUANTITIES = [
    # a page's counters after their number, after "|" or "·" or at a line's start
    "Posted on November 8, 2026 by PRO | 0 Comments",
    "Like · Share · 37 Comments",
    "Posted by Admin | 2 Comments\nPolice thanked the public.",
    # a currency's letters after a code word are a code's ("Flight QR 1342")
    "Flight QR 1342 was diverted to Doha.",
    "The course ran from 17 to 28 June 2024 in Moscow.",
    "Talks were held from 25 to 27 June.",
    "It took place from February 26 to March 1, 2019.",
    "The operation was held in 2019.",
    "In 2024 the agency changed its name.",
    "The 2020-2021 season was cancelled.",
    "Results for Q3 2024 and H1 2023 are out.",
    "The exercise Indestructible Brotherhood-2024 was planned.",
    "See the photo IMG-20190301-WA0012 attached.",
    "Security Council Resolution 1373 was cited.",
    "Article 12 of the law applies.",
    "See No. 5 on page 7.",
    "Flight MH17 was shot down over Donetsk.",
    "He finished second in the 21st race.",
    "On the 3rd of May they met.",
    "The meeting starts at 10:30 and ends at 5 pm.",
    "Call us at 9 a.m. tomorrow.",
    "Call +7 (727) 123-45-67 for details.",
    "The hotline is 8-800-555-35-35.",
    "Fax +44 20 7946 0958 is closed.",
    "1. The operation began.\n2. It ended.",
    "COVID-19 cases were reported.",
    "The G20 summit opened.",
    "A Boeing 737 landed.",
    "The shop is open 24/7.",
    "Version 2.0.1 was released.",
    "In the 1990s trafficking grew.",
    "The team won 1-0 on Sunday.",
    # a firearm's calibre is a designation (holdout6 gold: "a 9mm pistol" is no QUANTITY)
    "A 9mm pistol was found under the seat.",
    "Officers found a 7.62 mm rifle in the boot.",
    "The man carried a .38 calibre revolver.",
    "A 12-gauge shotgun was seized at the farm.",
    "Agents recovered one caliber .38 revolver from the house.",
    "Dozens of people and hundreds of migrants gathered.",
    "One of the officers said the raid worked.",
    "The two of them left.",
    "Interpol and the CSTO met on 5 June.",
    "A meeting on June 12 was postponed.",
    "The law of 12.05.2019 was amended.",
    "They met in May 2022 and again in 2023.",
    "The G7 and U-235 were discussed.",
    "The score was 21:14.",
    "Section 230 and Chapter 11 were debated.",
    "She is 5G-ready.",
    # a postal code before its town, a model number before a name of several words
    "Secretariat, Level 5, Jalan Pudu, Cheras, 56100 Kuala Lumpur",
    "Write to the office at 75008 Paris Cedex or call the desk.",
    "The airline flies the 787 Dream Liner on the route.",
    # a duration whose time unit follows one modifier; a wire dateline's lower-case month
    "The doctors demand a maximum of 17 continuous hours on call.",
    "The strike lasted three consecutive days.",
    "Temperatures will stay below zero for five straight nights.",
    "The talks went on for three more days in Geneva.",
    "Madrid, 11 mar (EFE).- The indefinite strike of doctors continued on Tuesday.",
    "Lima, 4 abr (EFE).- Peru's Congress voted on Thursday.",
    # the one unit a price is given for, its verb of price right after it
    "On the local market one kilo sells for far more than in Colombia.",
    "In the capital one gram of cocaine costs much more than in the south.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_no_false_quantity(scanner, text: str) -> None:
    found = [text[q.start:q.end] for q in scanner.scan(text)]
    assert found == []


def test_quantities_beside_dates_survive(scanner) -> None:
    text = "On 5 June 2024 police seized 40 kg of heroin; 2019 saw 12 arrests."
    found = [text[q.start:q.end] for q in scanner.scan(text)]
    assert found == ["40 kg", "12"]


def test_blocked_ranges_are_respected(scanner) -> None:
    text = "Operation Trap 2 seized 40 kg of heroin."
    start = text.index("Operation")
    blocked = [(start, start + len("Operation Trap 2"))]
    found = [text[q.start:q.end] for q in scanner.scan(text, blocked=blocked)]
    assert found == ["40 kg"]


ADVERSARIAL = [
    "1" * 5000,
    "1," * 2500,
    "1 000 " * 800,
    "one hundred and " * 300,
    "more than " * 500 + "5 kg",
    "a " * 2500,
    "$" * 5000 + "5",
    "5-" * 2500,
    "1.2." * 1250,
    "half a half a " * 400,
    "\u00a0" * 5000 + "7 tons",
    "between 5 and " * 400,
    "12 kg of " * 500,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[t[:12] for t in ADVERSARIAL])
def test_adversarial_input_is_fast(scanner, text: str) -> None:
    """About 5,000 characters of worst-case input each: no catastrophic backtracking."""
    started = time.perf_counter()
    scanner.scan(text)
    assert time.perf_counter() - started < bound(1.0)  # backtracking would take minutes
