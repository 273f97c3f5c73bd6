"""A figure in a bracket after another period ("18.2 tonnes (2024: 12.6 tonnes)", "41 kg (in
the first quarter of 2025 – 38 kg)") is that period's, given for comparison: no seizure and no
count of the event (guide, Events: figures of a previous period given for comparison)."""

from __future__ import annotations

import pytest
from event_figures import Count, assert_figures

# (text, published, counts as (value, category), seizures in kg) over all events
CASES: list[tuple[str, str, list[Count], list[float]]] = [
    # West African agency's annual report: "(year: figure)" after each figure
    ("Annual report 2025 of the National Drug Law Enforcement Agency\n\n"
     "In 2025 the Agency seized a total of 18.2 tonnes of cannabis (2024: 12.6 tonnes) and "
     "412 kg of cocaine (2024: 388 kg). Officers detected 1,214 drug offences (2024: 1,087) "
     "and arrested 1,530 suspects (2024 – 1,402).",
     "2026-02-10", [(1214, "crimes"), (1530, "arrests")], [18200.0, 412.0]),
    # Central Asian quarterly bulletin: "(in <period> – figure)" after each part
    ("Quarterly bulletin of the Drug Control Agency\n\n"
     "In the first quarter of 2026, 96 kg of narcotic drugs were withdrawn from illicit "
     "trafficking, including heroin – 41 kg (in the first quarter of 2025 – 38 kg) and "
     "hashish – 55 kg (in the first quarter of 2025 – 61 kg).",
     "2026-04-15", [], [96.0, 41.0, 55.0]),
    # a bracket holding a place, not a period, keeps its figure out of this rule
    ("Customs seize heroin at the border\n\n"
     "On 3 May 2026, customs officers at the Khorgos post (Almaty region) found 12 kg of "
     "heroin in a truck and detained 2 drivers.",
     "2026-05-05", [(2, "arrests")], [12.0]),
]


@pytest.mark.parametrize(("text", "published", "counts", "kgs"), CASES)
def test_period_bracket_figures_are_comparisons(text: str, published: str, counts: list[Count],
                                                kgs: list[float]) -> None:
    assert_figures(text, published, counts, kgs)
