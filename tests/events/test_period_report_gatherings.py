"""A gathering told with a day of its own in a period's report ("Weekly review ... On 6 March,
a meeting of the border commissioners was held at ...") is an event of its own, also when
its day falls within the period; a gathering named without a day of its own is none."""

from __future__ import annotations

import pytest

import pressparse

WEEKLY = ("Weekly review of the Police and Border Guard Board (3-9 March 2026)\n"
          "10.03.2026 | Press service\n"
          "During the past week, the border guard units detained 11 violators of the state "
          "border and stopped 2 smuggling attempts. The most significant cases:\n"
          "On 4 March, at the Narva-1 checkpoint, officers found 1.2 kg of amphetamine in the "
          "door panels of a car arriving from Russia.\n"
          "On 7 March, at the Luhamaa checkpoint, border guards found 300 grams of cannabis in "
          "the luggage of a bus passenger.\n")

# (text, the (type, start, end) of the events expected beside the period's report, or [])
GATHERING_CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (WEEKLY + "In addition, on 6 March, a working meeting of the border commissioners of "
     "Estonia and Latvia was held at the Valga checkpoint.",
     [("meeting", "2026-03-06", "2026-03-06")]),
    (WEEKLY + "• 2026.03.05 — A regular meeting of the border representatives of Estonia and "
     "Latvia was held in Valga. The sides agreed on joint patrols.",
     [("meeting", "2026-03-05", "2026-03-05")]),
    # the week's results discussed at a meeting on no day of its own: no event
    (WEEKLY + "The results of the week were discussed at a meeting of the board.", []),
]


@pytest.mark.parametrize(("text", "expected"), GATHERING_CASES)
def test_a_dated_gathering_in_a_period_report(text: str,
                                              expected: list[tuple[str, str, str]]) -> None:
    events = [e for item in pressparse.extract(text).items for e in item.events]
    found = [(e.type, e.start_date, e.end_date) for e in events
             if e.type in ("meeting", "training", "exercise")]
    assert found == expected
