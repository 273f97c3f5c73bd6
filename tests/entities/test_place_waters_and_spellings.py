"""Waters named by a place or a country before a title-case head ("the Senegal River", "the
Mozambique Channel", "the Sulu Sea"), compass words before a listed town ("South Tarawa"),
and towns written in another romanization than the list's, named as written ("Izmail" for
GeoNames' "Izmayil"); full pipeline, our own sentences."""

from __future__ import annotations

import pytest

from loc_values import locs, place_names


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    # a country's name before a water's title-case head names the water, of no country
    ("A canoe carrying 90 kg of cannabis resin was stopped while crossing the Gambia River "
     "at Farafenni.", "Gambia River", "Gambia River"),
    ("The navy tracked the dhow across the Mozambique Channel for two days.",
     "Mozambique Channel", "Mozambique Channel"),
    # a listed place or an unlisted name before "Sea" or "Lagoon"
    ("Coast guard cutters boarded two pump boats in the Sulu Sea on Monday.",
     "Sulu Sea", "Sulu Sea"),
    ("Fishermen found bales of cocaine floating in the Camotes Sea off Cebu.",
     "Camotes Sea", "Camotes Sea"),
    ("A speedboat was abandoned on the shore of the Chiriquí Lagoon with 30 packages.",
     "Chiriquí Lagoon", "Chiriquí Lagoon"),
    ("Border guards stopped a motorboat in the Vistula Lagoon near the state border.",
     "Vistula Lagoon", "Vistula Lagoon"),
])
def test_waters_named_before_their_head(sentence: str, surface: str, name: str) -> None:
    found = locs(sentence)
    assert surface in found
    assert found[surface] == (name, None) or found[surface][0] == name


@pytest.mark.parametrize(("sentence", "not_places"), [
    # "Channel" names a water only after a listed place or country
    ("Follow the latest seizures on our Telegram Channel every morning.", {"Telegram Channel"}),
    ("The documentary aired on the Discovery Channel last year.", {"Discovery Channel"}),
    # a country before a lower-case water word is the country ("the Niger border"), and a
    # country's region is no water
    ("Troops patrolled the Kazakhstan Region border area in winter.", {"Kazakhstan Region"}),
])
def test_heads_that_name_no_water(sentence: str, not_places: set[str]) -> None:
    assert not_places.isdisjoint(place_names(sentence))


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    ("POLICE RAID HOMES IN SOUTH TARAWA AND SEIZE CANNABIS", "SOUTH TARAWA", "South Tarawa"),
    ("Officers searched a flat in West Tarawa on Friday.", "West Tarawa", "West Tarawa"),
])
def test_compass_words_before_a_listed_town(sentence: str, surface: str, name: str) -> None:
    assert place_names(sentence).get(surface) == name


@pytest.mark.parametrize(("sentence", "surface", "name", "country"), [
    # another romanization of a listed town is the town, named as the text writes it
    ("Border guards detained a driver from Izmail with 3 kg of cannabis.",
     "Izmail", "Izmail", "UA"),
    ("Police in Sainshand destroyed wild hemp on 2 hectares.", "Sainshand", "Sainshand", "MN"),
    ("The courier was arrested at a bus station in Gulistan on Tuesday.",
     "Gulistan", "Gulistan", "UZ"),
    ("ANF arrested two residents of Sheikhupura with 12 kg of hashish.",
     "Sheikhupura", "Sheikhupura", "PK"),
    # the list's own spelling stays the list's
    ("Police in Izmayil seized 400 tablets of pregabalin.", "Izmayil", "Izmayil", "UA"),
    # a breve of Uzbek and Korean romanization is written plain
    ("A greenhouse of cannabis plants was found in Yangiyul district's villages near "
     "Yangiyul.", "Yangiyul", "Yangiyul", "UZ"),
    # a capital keeps its English name, written with or without the hyphen
    ("ADSU officers arrested a trafficker in Port-Louis with heroin.",
     "Port-Louis", "Port Louis", "MU"),
])
def test_other_romanizations_named_as_written(sentence: str, surface: str, name: str,
                                              country: str) -> None:
    assert locs(sentence).get(surface) == (name, country)


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    # a Portuguese or Spanish port prefix names the port in English
    ("Inspectors found 400 kg of cocaine in a container at Porto de Leixões on Monday.",
     "Porto de Leixões", "Port of Leixões"),
    ("The container had been loaded at the Porto de Santos three weeks earlier.",
     "Porto de Santos", "Port of Santos"),
    ("Marines seized the shipment on arrival at the puerto de Manzanillo.",
     "Manzanillo", "Port of Manzanillo"),
    # an "Autonomous Port of" is the city's port, the qualifier in the span
    ("Customs at the Autonomous Port of Lomé found 200 kg of cocaine in a reefer.",
     "Autonomous Port of Lomé", "Port of Lomé"),
])
def test_ports_named_by_a_local_or_qualified_prefix(sentence: str, surface: str,
                                                    name: str) -> None:
    assert place_names(sentence).get(surface) == name
