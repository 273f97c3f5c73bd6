"""Roads named by their number are places; a number with no road word near it is none."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.entities.road_numbers import RoadNumberFinder

FINDER = RoadNumberFinder(["highway", "motorway", "road", "roadblock"], ["on", "near", "at"])


@pytest.mark.parametrize(("text", "names"), [
    ("Agents stopped a lorry on the BR-116 highway near Curitiba.", ["BR-116"]),
    ("The convoy left highway BR-364 after the checkpoint.", ["BR-364"]),
    ("Officers searched a van on the M1 Motorway at Leeds.", ["M1 Motorway"]),
    ("the A1 road was closed for hours", ["A1"]),
    ("A patrol set up a roadblock on the N2 near George.", ["N2"]),
    ("a car travelling on Motorway M-9 near Hyderabad", ["M-9"]),
    # no road word, no road
    ("The G20 ministers met in Rome.", []),
    ("He printed the A4 pages on the F16 printer.", []),
    ("Flight EK202 landed at 10:40.", []),
    ("Model X5 cars were seized.", []),
])
def test_road_numbers_found_by_their_road_words(text: str, names: list[str]) -> None:
    assert [name for _start, _end, name in FINDER.find(text)] == names


@pytest.mark.parametrize(("text", "surface"), [
    ("Police found 2 tonnes of cannabis in a truck on the BR-153 highway in Goiás.", "BR-153"),
    ("Officers stopped a car on the M5 Motorway at Liverpool and seized 4 kg of MDMA.",
     "M5 Motorway"),
    ("Highway patrol officers arrested a driver at a roadblock on the N3 on Sunday.", "N3"),
])
def test_road_numbers_are_loc_entities(text: str, surface: str) -> None:
    document = pressparse.extract(text)
    places = {e.text: e.normalized["name"] for item in document.items
              for e in item.entities if e.label == "LOC"}
    assert places.get(surface) == surface
