"""A currency's letters after a place cue are no place ("valued at Rs. 12 million", "worth
Tk. 5 crore"): a short abbreviation with a stop before a figure (entities/place_context.py;
full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from loc_values import place_names


@pytest.mark.parametrize(("sentence", "not_places", "still_places"), [
    ("The Sri Lanka Navy seized cannabis valued at Rs. 12 million off Mannar.", {"Rs"},
     {"Mannar"}),
    ("Border guards seized yaba pills estimated at Tk. 5 crore in Teknaf.", {"Tk"},
     {"Teknaf"}),
    ("Nepal Police said the heroin was sold at Rs 40,000 a gram in Birgunj.", {"Rs"},
     {"Birgunj"}),
    ("Customs in Mombasa valued the cargo at Sh. 3 million after a raid in Likoni.", {"Sh"},
     {"Mombasa"}),
])
def test_currency_letters_are_no_places(sentence: str, not_places: set[str],
                                        still_places: set[str]) -> None:
    found = place_names(sentence)
    assert not_places.isdisjoint(found)
    assert still_places <= set(found)
