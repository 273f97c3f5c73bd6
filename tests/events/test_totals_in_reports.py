"""A period's results (an item's event of type other: a week's or month's results, a court's
verdict) keep the figures of their own period; the figures the item gives for a period
reaching beyond it ("Since the beginning of the year, ...") are a running total of their
own, with their own dates, seizures and counts; counted smuggling attempts tell that the
amounts given with them were seized."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected (type, start_date, end_date, counts as (value, category),
#  seizures as (substance, value)) of every event, in output order)
Expected = list[tuple[str, str | None, str | None, list[tuple[float, str]],
                      list[tuple[str, float]]]]
REPORT_CASES: list[tuple[str, str, Expected]] = [
    # a port customs office's results for a month, then the smuggling attempts of the year
    ("Port of Valparaiso customs: results for April\n\n"
     "From 1 to 30 April 2025, customs officers at the port of Valparaiso detected 14 "
     "customs offences and opened 3 criminal cases.\n\n"
     "Since the beginning of the year, customs officers have prevented 22 attempts to "
     "smuggle drugs with a total weight of more than 310 kg.",
     "2025-05-02",
     [("operation", "2025-04-01", "2025-04-30", [(14, "crimes"), (3, "cases")], []),
      ("other", "2025-01-01", None, [(22, "cases")], [("drugs", 310)])]),
    # a week's results in a police digest, then the figures of the year so far
    ("Weekly results of the drug squad in Cebu\n\n"
     "During the week of 8 to 14 September 2025, the drug squad arrested 19 suspects and "
     "seized 640 grams of shabu.\n\n"
     "So far this year, the squad has arrested 512 suspects and seized more than 21 "
     "kilograms of shabu.",
     "2025-09-15",
     [("other", "2025-09-08", "2025-09-14", [(19, "arrests")], [("methamphetamine", 640)]),
      ("other", "2025-01-01", None, [(512, "arrests")], [("methamphetamine", 21)])]),
]

# (text, published, expected (start_date, end_date, counts as (value, category)) of the
#  running total): a court's verdict, then the agency's results since January
VERDICT_CASES: list[tuple[str, str, tuple[str, str | None, list[tuple[float, str]]]]] = [
    ("Courier jailed for cocaine smuggling in Accra\n\n"
     "On Tuesday 14 October 2025, the High Court in Accra sentenced a 38-year-old man to "
     "twelve years in prison for importing 2.3 kilograms of cocaine.\n\n"
     "The Narcotics Control Commission said that since January it has made 148 "
     "drug-related arrests.",
     "2025-10-16",
     ("2025-01-01", None, [(148, "arrests")])),
]

def _events(text: str, published: str) -> Expected:
    doc = pressparse.extract(text, id="t", published=published)
    return [(e.type, e.start_date, e.end_date, [(c.value, c.category) for c in e.counts],
             [(s.substance, s.value) for s in e.seizures])
            for item in doc.items for e in item.events]


@pytest.mark.parametrize(("text", "published", "expected"), REPORT_CASES)
def test_total_beyond_the_report_is_its_own(text: str, published: str,
                                            expected: Expected) -> None:
    assert _events(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), VERDICT_CASES)
def test_total_after_a_verdict_is_its_own(
        text: str, published: str,
        expected: tuple[str, str | None, list[tuple[float, str]]]) -> None:
    events = _events(text, published)
    totals = [(start, end, counts) for _type, start, end, counts, _seized in events
              if end is None]
    assert totals == [expected]
    assert sum(len(counts) for *_rest, counts, _seized in events) == len(expected[2])
