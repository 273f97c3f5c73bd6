"""Land border crossings of Central Asia, Mongolia, China, Russia, Belarus, Poland,
Lithuania, the Caucasus, Iran and Afghanistan that releases name without a country (the
gazetteer's places_small.jsonl; full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from loc_values import locs


@pytest.mark.parametrize(("sentence", "surface", "name", "country"), [
    ("Customs officers at Zamiin-Uud found methamphetamine in a fuel tank.", "Zamiin-Uud",
     "Zamiin-Uud", "MN"),
    ("METHAMPHETAMINE FOUND IN A TRUCK AT ZAMYN-UUD", "ZAMYN-UUD", "Zamyn-Uud", "MN"),
    ("The lorry had crossed from Erenhot the day before.", "Erenhot", "Erenhot", "CN"),
    ("Border guards at Kyakhta stopped a bus with 3 kg of hashish.", "Kyakhta", "Kyakhta",
     "RU"),
    ("A driver was detained at Kozlovichi with cigarettes and cannabis.", "Kozlovichi",
     "Kozlovichi", "BY"),
    ("Polish officers at Terespol found amphetamine in a van.", "Terespol", "Terespol", "PL"),
    ("Lithuanian customs at Medininkai seized 20 kg of cocaine.", "Medininkai", "Medininkai",
     "LT"),
    ("The trucks crossed at Sadakhlo into Georgia.", "Sadakhlo", "Sadakhlo", "GE"),
    ("The drugs entered through Imamnazar, the officers said.", "Imamnazar", "Imamnazar",
     "TM"),
    ("Iranian police stopped the smugglers near Bajgiran.", "Bajgiran", "Bajgiran", "IR"),
    ("The shipment left Sher Khan Bandar by truck.", "Sher Khan Bandar", "Sher Khan Bandar",
     "AF"),
    ("Kazakh officers at Kalzhat found heroin in a car.", "Kalzhat", "Kalzhat", "KZ"),
])
def test_border_crossing_is_a_place_of_its_country(sentence: str, surface: str, name: str,
                                                   country: str) -> None:
    assert locs(sentence).get(surface) == (name, country)
