"""A drug charge's threshold amount ("conspiracy to import 500 grams or more of heroin",
"possess with intent to distribute 5 kilograms or more of cocaine") is the statute's
quantity, no amount seized; the amounts the text tells seized stay seizures."""

from __future__ import annotations

import pytest
from event_figures import assert_kgs

# (text, published, seized kilograms over all events)
CASES: list[tuple[str, str, list[float]]] = [
    # a federal agency's arrest release: the find, then the charge
    ("EL PASO - Agents seized 12 kilograms of cocaine in a warehouse on 4 May 2026 and "
     "arrested two men. Both were charged with conspiracy to possess with intent to "
     "distribute 5 kilograms or more of cocaine.",
     "2026-05-05", [12.0]),
    # an indictment of importers: only the threshold is written
    ("Two Manila residents were indicted on 3 October 2026 on one count of conspiracy to "
     "import 500 grams or more of methamphetamine, federal prosecutors in Honolulu said.",
     "2026-10-04", []),
    # no charge verb before it: an amount seized stays one
    ("Police in Cebu seized 2 kilograms or more of shabu in a raid on 5 May 2026, "
     "the regional office said.",
     "2026-05-06", [2.0]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_charge_threshold_is_no_seizure(text: str, published: str,
                                        expected: list[float]) -> None:
    assert_kgs(text, published, expected)
