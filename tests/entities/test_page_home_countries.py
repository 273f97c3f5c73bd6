"""A national body's country on a page of several items: a country an item names only in a
foreign role (observers, a delegation, the smugglers' route or nationality, a partner named
by its demonym, a street named after a foreign city) is no home country; an item that
names no home of its own takes the page's (the other items', below it too); a unit one item
names in full keeps that name where a later item names it short (body_countries,
page_acronyms, driver)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressparse.driver import Extractor
from pressparse.entities.page_acronyms import (
    DEFINED_UNITS_KEY,
    HOME_WANTED_KEY,
    PAGE_HOME_KEY,
    page_homes,
)
from pressparse.extensions import HOME_COUNTRY_KEY, home_country
from pressparse.io.readers import from_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _names(extractor: Extractor, page: str) -> list[list[tuple[str, str | None]]]:
    items = extractor(from_text(page, id="page")).items
    return [[(e.text, (e.normalized or {}).get("name")) for e in item.entities
             if e.label == "ORG"] for item in items]


@pytest.mark.parametrize(("text", "country"), [
    # observers and a delegation from abroad: the host's text
    ("The Border Guard Service of Mongolia held a joint exercise at the Zamiin-Uud crossing "
     "in Dornogovi; officers of the General Administration of Customs of China attended as "
     "observers.", "MN"),
    ("The Ministry of Interior of Armenia received the delegation of the Ministry of "
     "Internal Affairs of Georgia in Yerevan and signed a cooperation plan.", "AM"),
    # the smugglers' side of the river, their nationality, the partners across the border
    ("Border guards of the Tajik Border Troops found 28 kg of hashish near Panj after three "
     "men crossed the river from the Afghan side; an Afghan citizen was detained, and the "
     "search continues together with the Afghan border police.", "TJ"),
    ("Officers of the Customs Service of Moldova stopped a minibus from Odesa at the Palanca "
     "post; the driver, a Ukrainian national, and a Ukrainian citizen travelling with him "
     "were held.",
     "MD"),
])
def test_foreign_roles_are_no_home(nlp: Language, text: str, country: str) -> None:
    assert home_country(nlp(text)) == country


@pytest.mark.parametrize(("text", "country"), [
    # a demonym the text's own sources are named by still tells its country
    ("According to the Kyrgyz police, officers of the Interior Ministry of Kyrgyzstan seized "
     "12 kg of hashish in Osh.", "KG"),
    # "observers" naming the home body's own role is no foreign role for others
    ("The State Border Service of Azerbaijan seized 12 kg of heroin from a "
     "citizen of Iran.", "AZ"),
])
def test_home_evidence_kept(nlp: Language, text: str, country: str) -> None:
    assert home_country(nlp(text)) == country


def test_a_street_named_after_a_foreign_city_is_no_place_of_it(nlp: Language) -> None:
    doc = nlp("The Yasamal District Police Department of Baku detained two men on Tabriz "
              "street with 600 grams of marijuana.")
    assert home_country(doc) != "IR"


AZ_PAGE = (
    "CASPIAN HERALD\nPolitics   Society   Region\n"
    "Border guards stop heroin crossing from Iran\n"
    "13 November 2026\n"
    "Servicemen of the Bilasuvar border detachment of the State Border Service stopped three "
    "men who crossed the river from the Iranian side near the village of Zargaran. Twelve "
    "kilograms of heroin were found; the search continues together with the Iranian border "
    "representatives.\n\n"
    "Interior ministers of Azerbaijan and Georgia meet in Baku\n"
    "12 November 2026\n"
    "The head of the Ministry of Internal Affairs of Azerbaijan received in Baku the "
    "delegation of the Ministry of Internal Affairs of Georgia to discuss synthetic drug "
    "channels.\n\n"
    "Customs exercise at the Alat port\n"
    "10 November 2026\n"
    "The State Customs Committee held an exercise at the Baku International Sea Trade Port. "
    "A truck arriving on the ferry from Turkmenbashi carried drugs in its fuel tank. The "
    "State Security Service took part, while representatives of the State Customs Service "
    "of Turkmenistan attended as observers.\n")

GE_PAGE = (
    "BRIEFING\n"
    "Briefing by the head of the Customs Department of the Revenue Service at the Sarpi "
    "checkpoint\n"
    "4 November 2026, 11:00\n\n"
    "Participants: the head of the Customs Department and the press officer of the Revenue "
    "Service\n\n"
    "HEAD: Last week at Sarpi our officers, together with the Border Police of Georgia, "
    "found 3 kilograms of hashish in a lorry that entered from Turkey. The driver, a citizen "
    "of Turkey, is detained. Since January the Customs Department has detected 40 cases at "
    "the checkpoints of Georgia, and the Revenue Service keeps 12 service dogs there.\n")


def test_items_naming_foreign_countries_only_take_the_page_home(
        extractor: Extractor) -> None:
    items = _names(extractor, AZ_PAGE)
    assert len(items) == 3
    names = dict(items[0] + items[2])
    assert names["State Customs Committee"] == \
        "State Customs Committee of the Republic of Azerbaijan"
    assert names["State Security Service"] == \
        "State Security Service of the Republic of Azerbaijan"
    assert names["State Customs Service of Turkmenistan"] == \
        "State Customs Service of Turkmenistan"
    assert all(name is not None and "Turkmenistan" not in name and "Iran" not in name
               for text, name in items[0] + items[2] if "Turkmenistan" not in text)


def test_an_item_above_takes_the_home_of_the_items_below(extractor: Extractor) -> None:
    items = _names(extractor, GE_PAGE)
    found = {(text, name) for item in items for text, name in item}
    full = "Customs Department of the Revenue Service of Georgia"
    assert ("Customs Department of the Revenue Service", full) in found
    # the unit's short name in a later item: the full name given above
    assert ("Customs Department", full) in found
    assert ("Customs Department", "Customs Department of Georgia") not in found


@pytest.mark.parametrize(("homes", "wanted", "given", "found"), [
    # an item with no home of its own, on a page whose other items are all Georgian
    ([None, None, "GE"], [False, True, False], [{}, {}, {}], {1: "GE"}),
    # items above already gave it that home: no second reading
    ([None, "GE", None], [False, False, True], [{}, {}, {PAGE_HOME_KEY: "GE"}], {}),
    # two countries on the page: no page home
    ([None, "GE", "AM"], [True, False, False], [{}, {}, {}], {}),
    # its bodies did not ask for a home
    ([None, "GE"], [False, False], [{}, {}], {}),
    # one item: no page
    ([None], [True], [{}], {}),
])
def test_page_homes(homes: list[str | None], wanted: list[bool],
                    given: list[dict[str, str]], found: dict[int, str]) -> None:
    items = [{HOME_COUNTRY_KEY: home, **({HOME_WANTED_KEY: True} if asked else {})}
             for home, asked in zip(homes, wanted, strict=True)]
    assert page_homes(items, given) == found


def test_defined_units_key_is_this_items_own() -> None:
    assert DEFINED_UNITS_KEY != PAGE_HOME_KEY
