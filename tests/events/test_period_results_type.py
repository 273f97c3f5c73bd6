"""A release whose lead gives the figures of a period longer than a month (arrests and
seizures "from January to May", "since the beginning of the year") is a results summary
(type other), even with many arrests and an operation word in the text; a lead that counts
the interdictions or operations of its period ("during nine interdictions between February
and March") tells a campaign, an operation."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected type of the item's first event)
CASES: list[tuple[str, str, str]] = [
    # a ministry's five-month figures, told at a press conference
    ("Police solve thousands of drug cases in five months\n\n"
     "BEIJING, June 25 -- Police across the country solved 11,386 drug cases and arrested "
     "17,052 suspects from January to May this year, seizing 9.8 tonnes of drugs, the "
     "ministry said on Tuesday. Special operations against drug smuggling will continue.",
     "2025-06-25", "other"),
    # a provincial police chief's figures of nine months
    ("Police seize 60 tons of narcotics in nine months\n\n"
     "The anti-narcotics police of the province seized more than 60 tons of drugs between "
     "January and September 2025, the police chief said on Wednesday. A total of 4,900 "
     "traffickers were arrested during police operations.",
     "2025-10-08", "other"),
    # a coast guard campaign counted in interdictions
    ("Coast Guard offloads cocaine seized in the Caribbean\n\n"
     "The crew of a cutter offloaded more than 7,000 kg of cocaine seized during nine "
     "separate interdictions between February and March 2025. Twenty-four suspected "
     "smugglers were detained during the operation.",
     "2025-04-11", "operation"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_period_results_type(text: str, published: str, expected: str) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    assert doc.items[0].events[0].type == expected
