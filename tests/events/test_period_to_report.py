"""A period's results that run to the report keep their end open: a headline's "this year"
beside the body's "Since the beginning of the year" dates one running period, and a running
total's "since 1 January" is not displaced by the period its figure is compared with ("against
3.1 tonnes over the whole of 2025"). A period over before the report stays closed."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected (start_date, end_date) of the item's `other` events)
PERIOD_CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # clipping digest style: the headline sums up the year, the snippet counts from its start
    ("Lagos command reports 9 tonnes of cannabis seized this year\n\n"
     "Since the beginning of the year, the Lagos State Command of the drug law enforcement "
     "agency has seized more than 9 tonnes of cannabis, its commander told reporters on "
     "Tuesday. Officers have registered 312 drug cases.",
     "2026-10-15",
     [("2026-01-01", None)]),
    # a ministry's bulletin: a quarter's total "so far" in the title, "since 1 July" below
    ("Anti-drug bulletin: results of the quarter so far\n\n"
     "The ministry reports the results of the current quarter. Since 1 July 2026, police "
     "units have seized 230 kg of heroin and detained 57 suspects.",
     "2026-09-03",
     [("2026-07-01", None)]),
    # navy total after a single interception, compared with the whole of the previous year
    ("Navy patrol boat intercepts cocaine off Cape Verde\n\n"
     "PRAIA, 20 November 2026 - A patrol vessel of the Cape Verde Coast Guard intercepted a "
     "fishing boat carrying 800 kg of cocaine on Tuesday 17 November, south of Sal island. "
     "Four crew members were detained.\n\n"
     "Since 1 January 2026, units of the Coast Guard deployed in the Atlantic have seized "
     "6.2 tonnes of cocaine, against 3.1 tonnes over the whole of 2025.",
     "2026-11-20",
     [("2026-01-01", None)]),
    # the compared year written "all of": still a comparison, not the total's period
    ("Customs stop heroin at Torkham\n\n"
     "On 2 March 2026 customs officers at Torkham found 12 kg of heroin in a lorry.\n\n"
     "Since 1 January 2026, customs units deployed at the border have seized 140 kg of "
     "heroin, compared with 95 kg in all of 2025.",
     "2026-03-04",
     [("2026-01-01", None)]),
    # an annual report of a year over before its publication stays closed
    ("Annual report: police seized 3 tonnes of drugs in 2025\n\n"
     "In 2025, the police seized more than 3 tonnes of drugs. Since the beginning of 2025 "
     "the drug squad has dismantled 11 laboratories.",
     "2026-02-10",
     [("2025-01-01", "2025-12-31")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PERIOD_CASES)
def test_period_running_to_report(text: str, published: str,
                                  expected: list[tuple[str, str | None]]) -> None:
    doc = pressparse.extract(text, published=published)
    others = [(e.start_date, e.end_date) for item in doc.items for e in item.events
              if e.type == "other"]
    assert others == expected
