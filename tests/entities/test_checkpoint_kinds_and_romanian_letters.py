"""Checkpoints named by the traffic they serve and crossings named by both sides ("the
Pogranichny automobile checkpoint", "the Leușeni – Albița border crossing point"), sea ports
written "Sea Port", and Romanian and Moldovan names in their own letters whichever s/t
diacritic the text uses (entities/place_grammar.py, entities/gazetteer_data.py; full
pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from loc_values import place_names


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    ("Customs officers at the Pogranichny automobile checkpoint found a tonne of precursor.",
     "Pogranichny automobile checkpoint", "Pogranichny automobile checkpoint"),
    ("A driver was stopped at the Korday automobile checkpoint on the Kyrgyz border.",
     "Korday automobile checkpoint", "Korday automobile checkpoint"),
    ("The truck was searched at the Erenhot highway checkpoint in China.",
     "Erenhot highway checkpoint", "Erenhot highway checkpoint"),
    ("Dogs checked wagons at the Naushki railway checkpoint in Buryatia, Russia.",
     "Naushki railway checkpoint", "Naushki railway checkpoint"),
    ("Officers found cocaine in a container at the Poti Sea Port, Georgia.", "Poti Sea Port",
     "Port of Poti"),
    ("The ship docked at the Batumi sea port on Monday.", "Batumi sea port", "Port of Batumi"),
])
def test_checkpoint_kinds_and_sea_ports(sentence: str, surface: str, name: str) -> None:
    assert place_names(sentence).get(surface) == name


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    ("Border police checked 900 cars at the Leușeni – Albița border crossing point.",
     "Leușeni – Albița border crossing point", "Leușeni\u2013Albița border crossing point"),
    ("The convoy was stopped at the Termez – Hairatan checkpoint.",
     "Termez – Hairatan checkpoint", "Termez\u2013Hairatan checkpoint"),
    # an en dash without spaces joins the two sides too
    ("The lorry entered at the Kazbegi\u2013Verkhny Lars border crossing on Monday.",
     "Kazbegi\u2013Verkhny Lars border crossing", "Kazbegi\u2013Verkhny Lars border crossing"),
])
def test_crossing_named_by_both_sides(sentence: str, surface: str, name: str) -> None:
    assert place_names(sentence).get(surface) == name


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    ("Searches were carried out in Chișinău, Bălți and Orhei.", "Bălți", "Bălți"),
    ("Police in Bălţi (older cedilla letters) detained two men.", "Bălţi", "Bălți"),
    ("Police in Balti detained two men.", "Balti", "Bălți"),
    ("A laboratory was found near Căușeni, Moldova.", "Căușeni", "Căușeni"),
    ("Containers were checked in Constanța, Romania.", "Constanța", "Constanța"),
])
def test_romanian_letters(sentence: str, surface: str, name: str) -> None:
    assert place_names(sentence).get(surface) == name


@pytest.mark.parametrize(("text", "surface", "name"), [
    # a name no list knows that a facility head made a place is a place at its other mentions
    ("Cocaine found at Dzhanbul\nOfficers at the Dzhanbul border checkpoint opened a lorry.",
     "Dzhanbul", "Dzhanbul"),
    ("Court jails the couriers of Ketou-Kraké\nThe men were arrested at the Ketou-Kraké "
     "border post.", "Ketou-Kraké", "Ketou-Kraké"),
])
def test_facility_name_at_its_other_mentions(text: str, surface: str, name: str) -> None:
    assert place_names(text).get(surface) == name


def test_acronym_facility_name_is_no_place_elsewhere() -> None:
    text = ("Officers of the SRC customs post at the airport found heroin. The SRC said the "
            "case was opened.")
    found = place_names(text)  # (a body's post: no place name at all)
    assert "SRC" not in found and "SRC customs post" not in found
