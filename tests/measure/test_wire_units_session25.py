"""Session 25 units, classes of error on the spent sealed sets (newswire5, newswire16,
newswire17), tested in our own sentences from other countries:
- a range of bare degrees in a sentence about temperatures is a temperature, as one figure is
  ("exceeded the norm by 9-10 degrees", "between 0.5 and 1 degree"): Celsius, Fahrenheit
  above any air temperature in Celsius; not a range of angles.
- "deg C"/"deg F" (Indian and Pakistani weather copy), kilolitres (Indonesian, Indian and
  South African fuel copy: "kl") and acre-feet (US water copy) are units.
"""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity

CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("The average daily temperature in Tbilisi exceeded the norm by 9-10 degrees on Tuesday.",
     "9-10 degrees", dict(unit="°C", low=9, high=10)),
    ("Global temperatures are already between 0.5 and 1 degree above pre-industrial levels.",
     "between 0.5 and 1 degree", dict(unit="°C", low=0.5, high=1)),
    ("Forecasters in Phoenix expect temperatures of 110 to 115 degrees this weekend.",
     "110 to 115 degrees", dict(unit="°F", low=110, high=115)),
    ("The crane in Rotterdam can turn 90 to 180 degrees in high wind.", "90 to 180 degrees",
     dict(unit="degree")),
    ("Banda recorded a high of 47.2 deg C on Friday, the IMD said.", "47.2 deg C",
     dict(value=47.2, unit="°C")),
    ("Jacobabad sizzled at 49.5 deg. C, Sindh's weather office said.", "49.5 deg. C",
     dict(value=49.5, unit="°C")),
    ("Lows of 28 deg F are expected in Fargo overnight.", "28 deg F",
     dict(value=28, unit="°F")),
    ("Pertamina will blend 15.6 million kl of biodiesel next year.", "15.6 million kl",
     dict(value=15.6e6, unit="kl", kind="volume")),
    ("Eskom burned 2.1 million kilolitres of diesel in its peaking plants.",
     "2.1 million kilolitres", dict(value=2.1e6, unit="kl", kind="volume")),
    ("Lake Powell took in about 1.4 million acre-feet of water in May.",
     "about 1.4 million acre-feet", dict(value=1.4e6, unit="acre-ft", kind="volume")),
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES, ids=[c[1] for c in CASES])
def test_wire_unit(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)
