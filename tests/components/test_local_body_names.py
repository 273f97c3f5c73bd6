"""A national body's short name in its own language inside an English text ("the
Gendarmería", "the Douane sénégalaise") is that body only when the text names its country
(full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def bodies(text: str) -> dict[str, str | None]:
    return {e.text: (e.normalized or {}).get("name") for item in extract(text).items
            for e in item.entities if e.label == "ORG"}


@pytest.mark.parametrize(("sentence", "surface", "name"), [
    ("Argentina: troops of the Gendarmería found 300 kilos of marijuana in a truck.",
     "Gendarmería", "National Gendarmerie of Argentina"),
    ("In Argentina the Prefectura stopped a launch carrying cocaine at night.",
     "Prefectura", "Naval Prefecture of Argentina"),
    ("Senegal: the Douane sénégalaise seized 2 tonnes of cannabis near Kaolack.",
     "Douane sénégalaise", "Customs of Senegal"),
    # one short name, a body of each country: the text's country decides
    ("Colombia: the Armada intercepted a semi-submersible off Tumaco.",
     "Armada", "Navy of Colombia"),
    ("Spain: the Armada escorted the fishing boat to Las Palmas.", "Armada", "Navy of Spain"),
    ("Brazil: the Polícia Federal arrested four men at Santos port.",
     "Polícia Federal", "Federal Police of Brazil"),
    # a name two countries' forces share, whole ("Policía Nacional Civil", not its
    # "Policía Nacional"), in a bilingual release: the text's country's force
    ("SAN SALVADOR - Agentes de la Policía Nacional Civil incautaron 200 kilogramos de "
     "cocaína. / Officers seized 200 kilograms of cocaine in Acajutla, El Salvador.",
     "Policía Nacional Civil", "National Civil Police of El Salvador"),
    ("El Salvador: la Policia Nacional Civil detuvo a tres personas en La Union.",
     "Policia Nacional Civil", "National Civil Police of El Salvador"),
])
def test_local_names_in_the_texts_country(sentence: str, surface: str, name: str) -> None:
    assert bodies(sentence).get(surface) == name, bodies(sentence)


@pytest.mark.parametrize(("sentence", "surface"), [
    # another country's body of that name (Chile's Gendarmería runs prisons)
    ("Chile: Gendarmería officers searched the prison in Santiago.", "Gendarmería"),
    # no country named: no guess
    ("The Armada intercepted a semi-submersible carrying cocaine.", "Armada"),
])
def test_local_names_of_other_countries_are_not_resolved(sentence: str, surface: str) -> None:
    assert surface not in bodies(sentence)
