"""Roads named by a capitalized road word and a number are places, named as written; the road
word without a number, or a number after another capitalized word, names no road."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.entities.place_routes import NamedRoadFinder, NumberedRouteFinder

FINDER = NumberedRouteFinder(["Route", "Highway", "Interstate", "Ruta"],
                             ["State", "National", "Provincial", "U.S."])


@pytest.mark.parametrize(("text", "names"), [
    ("Deputies stopped a sedan on State Route 87 near Payson.", ["State Route 87"]),
    ("a checkpoint on National Route 40, near the town of Zapala", ["National Route 40"]),
    ("Detectives stopped a van on Route 5-CH north of Arica.", ["Route 5-CH"]),
    ("Troopers found the pills on Interstate 95 in Maryland.", ["Interstate 95"]),
    ("OPP officers stopped a truck on Highway  401 near Kingston.", ["Highway 401"]),
    ("a bus on Ruta 3 and a car on U.S. Route 1", ["Ruta 3", "U.S. Route 1"]),
    # no number, a lower-case word, a decimal or a longer code: no road
    ("The Highway Patrol said the route 9 bus was late.", []),
    ("Highway Patrol officers seized 4 kg.", []),
    ("Chapter 12 of the Interstate 4.5 report", []),
    ("Route 2024-ABCD of the plan", []),
])
def test_numbered_routes_found(text: str, names: list[str]) -> None:
    assert [name for _start, _end, name in FINDER.find(text)] == names


@pytest.mark.parametrize(("road_words", "qualifiers", "names"), [
    # no qualifiers: the road word and its number alone
    (["Route"], [], ["Route 87", "Route 5"]),
    # no road words: no road
    ([], ["State"], []),
])
def test_numbered_routes_with_a_list_left_empty(road_words: list[str], qualifiers: list[str],
                                               names: list[str]) -> None:
    finder = NumberedRouteFinder(road_words, qualifiers)
    found = finder.find("a sedan on State Route 87 and a van on Route 5 near Arica")
    assert [name for _start, _end, name in found] == names


@pytest.mark.parametrize(("text", "surface"), [
    ("Sheriff's deputies stopped a pickup on State Route 89 near Prescott Valley and found "
     "3 kg of methamphetamine.", "State Route 89"),
    ("Gendarmes seized 40 kg of marijuana from a bus on National Route 34 near Rosario de la "
     "Frontera.", "National Route 34"),
    ("Police stopped a truck on Interstate 40 west of Amarillo and found 25 kg of cocaine.",
     "Interstate 40"),
])
def test_numbered_routes_are_loc_entities(text: str, surface: str) -> None:
    document = pressparse.extract(text)
    places = {e.text: e.normalized["name"] for item in document.items
              for e in item.entities if e.label == "LOC"}
    assert places.get(surface) == surface


NAMED = NamedRoadFinder(["Highway", "Motorway", "Ring Road"], ["on", "along", "near"],
                        ["Federal", "National", "New", "Northern"])


@pytest.mark.parametrize(("text", "names"), [
    ("Troopers stopped a pickup on the Seward Highway near Girdwood.", ["Seward Highway"]),
    ("Officers found meth in a car along the Great Eastern Highway on Friday.",
     ["Great Eastern Highway"]),
    ("A checkpoint near the Inner Ring Road stopped two trucks.", ["Inner Ring Road"]),
    ("Customs seized a lorry on the N-55 Motorway and on the KKH Highway.", ["KKH Highway"]),
    # a route between two places, a body's name, generic words only or no preposition: none
    ("Police patrols on the Bishkek-Osh Highway were doubled.", []),
    ("Officers of the Federal Highway Police stopped a car on the National Highway.", []),
    ("The Northern Motorway was closed. The Karakoram Highway Authority said so.", []),
])
def test_named_roads_found(text: str, names: list[str]) -> None:
    assert [name for _start, _end, name in NAMED.find(text)] == names


def test_named_road_is_a_place() -> None:
    doc = pressparse.extract("Police stopped a van on the Glenn Highway near Palmer on Monday.")
    places = [e.text for item in doc.items for e in item.entities if e.label == "LOC"]
    assert "Glenn Highway" in places
