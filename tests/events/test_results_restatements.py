"""A headline's rounded figure restates the body's exact one (events/results.py
dedupe_seizures): a lower bound of pills ("over 200,000 tablets") over the body's exact
count, as "over a tonne" over "1,137 kilograms"."""

from __future__ import annotations

from typing import Any

import pytest

from pressparse.events.results import dedupe_seizures


def _seizure(value: float, unit: str, qualifier: str, paragraph: int,
             kg: float | None = None) -> dict[str, Any]:
    return {"substance": "methamphetamine", "value": value, "unit": unit, "kg": kg,
            "qualifier": qualifier, "paragraph": paragraph}


@pytest.mark.parametrize(("headline", "body", "kept"), [
    # a border port's headline: "over 200,000" tablets, the body's exact count
    (_seizure(200_000, "tablet", "more_than", 0), _seizure(216_400, "tablet", "exact", 2),
     [216_400]),
    # a bound far below the body's count is another figure
    (_seizure(100_000, "tablet", "more_than", 0), _seizure(216_400, "tablet", "exact", 2),
     [100_000, 216_400]),
    # "over a tonne" and "1,137 kilograms"
    (_seizure(1, "t", "more_than", 0, kg=1000), _seizure(1137, "kg", "exact", 2, kg=1137),
     [1137]),
])
def test_rounded_restatement(headline: dict[str, Any], body: dict[str, Any],
                             kept: list[float]) -> None:
    assert [s["value"] for s in dedupe_seizures([headline, body])] == kept
