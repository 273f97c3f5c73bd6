"""The investigation a verdict's release recalls with a time of its own is an operation of
its own beside the verdict; what the investigation established ("from May 2024 the officer
received ...") dates the offenders' acts, no investigation."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

HEAD = ("Three men jailed over cocaine imports through Gdynia\n"
        "Three men who imported cocaine in banana containers were sentenced at the Gdansk "
        "Regional Court today to prison terms of between six and nine years. The court found "
        "that the men had imported more than a tonne of cocaine. The main defendant, a "
        "49-year-old from Sopot, received nine years.\n\n")

# (text, the investigation's (start, end) or None when there is none)
CASES: list[tuple[str, tuple[str, str | None] | None]] = [
    (HEAD + "The investigation, led by officers of the Central Bureau of Investigation, "
     "began in March 2024 after a tip from Dutch customs.",
     ("2024-03-01", None)),
    (HEAD + "The investigation established that from May 2024 the men paid a port worker to "
     "release the containers.",
     None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_investigation_recalled_with_its_time_is_an_operation(
        text: str, expected: tuple[str, str | None] | None) -> None:
    events = [e for item in extract(text, published="2025-06-12").items for e in item.events]
    assert events[0].type == "other"  # the verdict
    found = [(e.start_date, e.end_date) for e in events if e.type == "operation"]
    assert found == ([expected] if expected is not None else [])
